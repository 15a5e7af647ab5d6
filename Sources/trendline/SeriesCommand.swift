import ArgumentParser

struct SeriesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "series", abstract: "(in progress)")
    func run() async throws {
        throw ValidationError("series is not implemented yet")
    }
}
