import ArgumentParser

struct CompareCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "compare", abstract: "(in progress)")
    func run() async throws {
        throw ValidationError("compare is not implemented yet")
    }
}
