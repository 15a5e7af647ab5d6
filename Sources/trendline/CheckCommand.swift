import ArgumentParser

struct CheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "check", abstract: "(in progress)")
    func run() async throws {
        throw ValidationError("check is not implemented yet")
    }
}
