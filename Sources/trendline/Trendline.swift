import ArgumentParser
import Foundation

@main
struct Trendline: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "trendline",
        abstract: "Numbers in economic and technology news, as data: extract, series, checks, forecasts.",
        discussion: "With no subcommand, analyses the bundled corpus in Datasets/ and prints the report.",
        subcommands: [
            ExtractCommand.self, ParseCommand.self, SeriesCommand.self, CompareCommand.self,
            CheckCommand.self, ForecastCommand.self, ReportCommand.self,
        ],
        defaultSubcommand: ReportCommand.self
    )

    /// Runs the command; usage errors (unknown options, bad values) exit with status 2, as the commands'
    /// own validation does, rather than argument-parser's default 64.
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            if exitCode(for: error) == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}
