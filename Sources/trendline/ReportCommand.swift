import ArgumentParser
import Foundation
import TrendlineAnalysis
import TrendlineSeries

/// `trendline report PATH... [--out FILE]`, and `trendline` with no arguments (the bundled corpus).
struct ReportCommand: AnalysisCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "The whole analysis as one Markdown document: checks, conflicts, comparisons, forecasts, a trend table per series.",
        discussion: """
            Without paths, analyses the bundled corpus (Datasets/articles, found under the current directory or \
            next to Trendline's sources). With --out the file is written atomically (a temporary file renamed \
            into place), never half-written.
            """)

    @Argument(help: "Article files or directories and claims files (.jsonl, .csv); default: the bundled corpus.")
    var paths: [String] = []

    @Option(help: "Write the report to this file instead of standard output.")
    var out: String?

    @Option(help: "JSON file of exchange rates, CNY per unit ({\"USD\": 7.2}).")
    var rates: String?

    @Option(help: "Years to project in the forecast section.")
    var horizon: Int = 3

    func validate() throws {
        guard (1...50).contains(horizon) else { throw ValidationError("--horizon must be between 1 and 50") }
    }

    func produce() throws -> CommandOutput {
        var output = CommandOutput()
        let input: ClaimInput
        if paths.isEmpty {
            guard let corpus = AnalysisReport.bundledCorpus() else {
                throw AnalysisFailure("no paths given and no bundled Datasets/articles found; give article files or directories")
            }
            input = ClaimInput.load([corpus.articles], relativeTo: corpus.root)
        } else {
            input = ClaimInput.load(paths)
        }
        output.err += try input.problemLines(command: Self.name)
        let rateTable: CurrencyRates
        if let rates {
            do { rateTable = try CurrencyRates.load(path: rates) } catch { throw AnalysisFailure(error.description) }
        } else {
            rateTable = .builtIn
        }
        let md = AnalysisReport.markdown(input, rates: rateTable, horizon: horizon)
        if let out {
            try writeAtomically(md, to: out)
        } else {
            output.out = md
        }
        return output
    }
}
