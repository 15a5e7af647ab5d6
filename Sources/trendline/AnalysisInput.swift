import ArgumentParser
import Foundation
import TrendlineAnalysis
import TrendlineExtraction
import TrendlineSeries
import TrendlineTables

/// Output formats of the analysis commands.
enum AnalysisFormat: String, ExpressibleByArgument, CaseIterable {
    case text, markdown, csv, json
    var output: OutputFormat {
        switch self {
        case .text: .text
        case .markdown: .markdown
        case .csv: .csv
        case .json: .json
        }
    }
}

/// Options every analysis command shares: inputs, output format, width, exchange rates.
struct AnalysisOptions: ParsableArguments {
    @Argument(help: "Article files or directories (.txt/.md, extracted on the fly) and claims files (.jsonl, .csv).")
    var paths: [String] = []

    @Option(help: "Output format: text, markdown, csv or json.")
    var format: AnalysisFormat = .text

    @Option(help: "Width of text tables in columns (default: the terminal's).")
    var width: Int?

    @Option(help: "JSON file of exchange rates, CNY per unit ({\"USD\": 7.2}); overrides the built-in table.")
    var rates: String?

    func validate() throws {
        if paths.isEmpty { throw ValidationError("give at least one article, directory or claims file") }
        if let width, width < 20 { throw ValidationError("--width must be at least 20") }
    }

    var tableWidth: Int? { format == .text ? (width ?? TerminalWidth.current()) : nil }

    func loadRates() throws -> CurrencyRates {
        guard let rates else { return .builtIn }
        do { return try CurrencyRates.load(path: rates) } catch { throw AnalysisFailure(error.description) }
    }
}

/// An error that ends a command with a one-line message on stderr and exit status 1.
struct AnalysisFailure: Error, CustomStringConvertible {
    var description: String
    init(_ d: String) { description = d }
}

/// Claims gathered from the inputs, with everything that went wrong on the way.
struct ClaimInput {
    var claims: [Claim] = []
    var documents: [String] = []
    var problems: [String] = []

    /// Reads claims files as they are and extracts claims from article files.
    /// - Parameter base: when set, document names are given relative to this directory
    ///   (so a report does not depend on where the command ran).
    static func load(_ paths: [String], relativeTo base: String? = nil) -> ClaimInput {
        var input = ClaimInput()
        var articlePaths: [String] = []
        for p in paths {
            let lower = p.lowercased()
            if DocumentLoader.holdsDocuments(p) {
                // a JSON Lines file of articles (one {"doc", "text", "date"} per line): extract them
                do {
                    for doc in try DocumentLoader.loadRecords(p) {
                        input.problems += doc.warnings
                        let result = Extractor().extract(text: doc.text, doc: doc.path, docDate: doc.docDate)
                        input.claims += result.claims.filter { $0.value.isFinite && ($0.valueMax?.isFinite ?? true) }
                        input.documents.append(doc.path)
                    }
                } catch {
                    input.problems.append(error.description)
                }
            } else if lower.hasSuffix(".jsonl") || lower.hasSuffix(".csv") {
                do {
                    let claims = try ClaimIO.read(path: p)
                    input.claims += claims
                    input.documents.append(p)
                } catch {
                    input.problems.append(error.description)
                }
            } else {
                articlePaths.append(p)
            }
        }
        if !articlePaths.isEmpty {
            let (files, errors) = DocumentLoader.expand(articlePaths)
            input.problems += errors.map(\.description)
            let extractor = Extractor()
            for f in files {
                do {
                    let doc = try DocumentLoader.load(f)
                    input.problems += doc.warnings
                    let name = relativeName(f, base: base)
                    let result = extractor.extract(text: doc.text, doc: name, docDate: doc.docDate)
                    for c in result.claims {
                        if c.value.isFinite && (c.valueMax?.isFinite ?? true) {
                            input.claims.append(c)
                        } else {
                            input.problems.append("\(name):\(c.start)-\(c.end): \"\(c.text)\" has no finite value; left out")
                        }
                    }
                    input.documents.append(name)
                } catch {
                    input.problems.append(error.description)
                }
            }
        }
        return input
    }

    static func relativeName(_ path: String, base: String?) -> String {
        guard let base else { return path }
        let b = base.hasSuffix("/") ? base : base + "/"
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        let std = URL(fileURLWithPath: absolute).standardizedFileURL.path
        let stdBase = URL(fileURLWithPath: b).standardizedFileURL.path + "/"
        return std.hasPrefix(stdBase) ? String(std.dropFirst(stdBase.count)) : path
    }

    /// The problems as stderr lines; throws when nothing could be read at all.
    func problemLines(command: String) throws -> String {
        let text = problems.map { "trendline \(command): \($0)\n" }.joined()
        if claims.isEmpty && !problems.isEmpty {
            throw AnalysisFailure(text + "trendline \(command): no claims could be read")
        }
        return text
    }
}

/// What an analysis command prints: standard output and standard error.
struct CommandOutput {
    var out = ""
    var err = ""
}

/// An analysis command: computes its output as text, which `run()` prints.
protocol AnalysisCommand: AsyncParsableCommand {
    func produce() throws -> CommandOutput
}

extension AnalysisCommand {
    /// The subcommand's name, for messages ("trendline compare: …").
    static var name: String { configuration.commandName ?? "trendline" }
}

extension AnalysisCommand {
    func run() async throws {
        do {
            let o = try produce()
            FileHandle.standardError.write(Data(o.err.utf8))
            FileHandle.standardOutput.write(Data(o.out.utf8))
        } catch let e as AnalysisFailure {
            let msg = e.description.hasPrefix("trendline ") ? e.description : "trendline \(Self.name): \(e.description)"
            FileHandle.standardError.write(Data((msg + "\n").utf8))
            throw ExitCode(1)
        }
    }
}

/// Loads the options' inputs; problems go to `output.err`. The common start of every analysis command.
func loadAnalysisInput(_ options: AnalysisOptions, command: String, output: inout CommandOutput) throws -> ClaimInput {
    let input = ClaimInput.load(options.paths)
    output.err += try input.problemLines(command: command)
    return input
}

/// Renders the tables; for JSON one object keyed by section, for CSV the first section only.
func render(_ sections: [(key: String, table: Table)], options: AnalysisOptions, notes: [String] = [], into output: inout CommandOutput) {
    var out = ""
    switch options.format {
    case .json:
        out = "{" + sections.map { "\(jsonString($0.key)):" + $0.table.render(.json) }.joined(separator: ",")
        if !notes.isEmpty { out += (sections.isEmpty ? "" : ",") + "\"notes\":[" + notes.map(jsonString).joined(separator: ",") + "]" }
        out += "}\n"
    case .csv:
        if let first = sections.first { out = first.table.render(.csv) + "\r\n" }
        if sections.count > 1 {
            let rest = sections.dropFirst().map(\.key).joined(separator: ", ")
            output.err += "note: CSV holds the \(sections[0].key) table only; use --format json for \(rest)\n"
        }
    case .text, .markdown:
        out = sections.map { $0.table.render(options.format.output, width: options.tableWidth) }.joined(separator: "\n\n")
        if !notes.isEmpty { out += "\n\n" + notes.joined(separator: "\n") }
        out += "\n"
    }
    output.out += out
}

/// Writes `text` to `path` atomically: a temporary file in the same directory, then a rename,
/// so the file is never seen half-written.
func writeAtomically(_ text: String, to path: String) throws {
    let url = URL(fileURLWithPath: path)
    let dir = url.deletingLastPathComponent()
    var isDir: ObjCBool = false
    guard FileManager.default.fileExists(atPath: dir.path, isDirectory: &isDir), isDir.boolValue else {
        throw AnalysisFailure("\(path): directory \(dir.path) does not exist")
    }
    let tmp = dir.appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
    do {
        try Data(text.utf8).write(to: tmp)
        guard rename(tmp.path, url.path) == 0 else {
            throw AnalysisFailure("\(path): cannot replace (\(String(cString: strerror(errno))))")
        }
    } catch let e as AnalysisFailure {
        try? FileManager.default.removeItem(at: tmp)
        throw e
    } catch {
        try? FileManager.default.removeItem(at: tmp)
        throw AnalysisFailure("\(path): cannot write (\(error.localizedDescription))")
    }
}
