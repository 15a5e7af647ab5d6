import ArgumentParser

struct ForecastCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "forecast", abstract: "(in progress)")
    func run() async throws {
        throw ValidationError("forecast is not implemented yet")
    }
}
