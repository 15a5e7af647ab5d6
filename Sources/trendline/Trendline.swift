import ArgumentParser

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
}
