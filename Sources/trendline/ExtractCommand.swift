import ArgumentParser
import Foundation
import TrendlineExtraction
import TrendlineTables

/// `trendline extract FILE_OR_DIR...`: every quantity claim in the given documents.
struct ExtractCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Extract the quantity claims of documents (.txt/.md files or directories of them).",
        discussion: """
            Prints one claim per line (jsonl, the default), CSV with a header, or one aligned table per \
            document. Files are read in parallel; output follows the order of the paths, a directory's \
            files sorted by path. Exit status: 0 when every input was read, 1 when some were skipped \
            (each named on stderr), 2 for usage errors.
            """)

    @Argument(help: "Files or directories (read recursively for .txt and .md files).")
    var paths: [String] = []

    @Option(help: "Output format: jsonl, csv or table.")
    var format: String = "jsonl"

    @Option(name: .customLong("doc-date"),
            help: "Publication date (YYYY-MM or YYYY-MM-DD) for resolving 今年/去年; overrides front matter.")
    var docDate: String?

    @Option(help: "Files processed at once (default: the number of processors).")
    var jobs: Int?

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output; it is replaced only when complete.")
    var output: String?

    @Flag(name: .shortAndLong, help: "Report each file's encoding, document date and claim count on stderr.")
    var verbose = false

    func run() async throws {
        guard !paths.isEmpty else { throw usageError("give at least one file or directory") }
        guard let format = ExtractFormat(rawValue: format.lowercased()) else {
            throw usageError("unknown --format '\(format)'; use jsonl, csv or table")
        }
        var runner = ExtractRunner(format: format, verbose: verbose, width: TerminalWidth.current())
        if let spec = docDate {
            guard let point = DatePoint(spec: spec), (1000...2999).contains(point.year) else {
                throw usageError("--doc-date '\(spec)' is not a date (YYYY-MM or YYYY-MM-DD)")
            }
            runner.docDate = DocumentDate(point: point, source: .flag, evidence: "--doc-date \(spec)")
        }
        if let jobs {
            guard jobs >= 1 else { throw usageError("--jobs must be at least 1") }
            runner.jobs = jobs
        }
        let stderr = FileHandle.standardError
        let err: (String) -> Void = { stderr.write(Data($0.utf8)) }
        guard let output else {
            let stdout = FileHandle.standardOutput
            let status = await runner.run(paths: paths, out: { stdout.write(Data($0)) }, err: err)
            if status != 0 { throw ExitCode(status) }
            return
        }
        let file: ExtractOutputFile
        do throws(InputError) {
            file = try ExtractOutputFile(path: output)
        } catch {
            throw usageError("--output \(error.description)")
        }
        var writeError: InputError?
        let status = await runner.run(paths: paths, out: { bytes in
            guard writeError == nil else { return }
            do throws(InputError) { try file.write(bytes) } catch { writeError = error }
        }, err: err)
        do throws(InputError) {
            if let writeError { throw writeError }
            try file.commit()
        } catch {
            file.abandon()
            err("trendline extract: \(error.description)\n")
            throw ExitCode(1)
        }
        if status != 0 { throw ExitCode(status) }
    }

    /// Usage errors exit with status 2 (argument-parser's own would be 64).
    private func usageError(_ message: String) -> ExitCode {
        FileHandle.standardError.write(Data("Error: \(message)\nUsage: trendline \(Self.usageString())\n".utf8))
        return ExitCode(2)
    }
}
