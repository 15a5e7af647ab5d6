import ArgumentParser

struct ParseCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "parse", abstract: "(in progress)")
    func run() async throws {
        throw ValidationError("parse is not implemented yet")
    }
}
