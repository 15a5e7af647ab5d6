import ArgumentParser

struct ExtractCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "extract", abstract: "(in progress)")
    func run() async throws {
        throw ValidationError("extract is not implemented yet")
    }
}
