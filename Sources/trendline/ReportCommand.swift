import ArgumentParser

struct ReportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "report", abstract: "(in progress)")
    func run() async throws {
        throw ValidationError("report is not implemented yet")
    }
}
