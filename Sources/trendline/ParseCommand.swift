import ArgumentParser
import Foundation
import TrendlineExtraction

/// `trendline parse "超1.2万亿元"`: resolves one expression to value, unit and bound.
struct ParseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parse",
        abstract: "Resolve one expression (超1.2万亿元, 20%～30%, 十余家, 一千二百三十四, 第三) to value, unit and bound.")

    @Argument(help: "The expressions to resolve.")
    var expressions: [String]

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @Option(help: "Output format: text or json (one object per line).")
    var format: Format = .text

    func run() throws {
        let extractor = Extractor()
        var failed = false
        for expr in expressions {
            // a quantity (超1.2万亿元) or, when a bare number covers more of it, the number (一千二百三十四, 第三, 3-5万)
            var found = extractor.parse(expr)
            if let r = extractor.readNumber(expr), found.map({ r.end - r.start > $0.end - $0.start }) ?? true {
                found = Quantity(start: r.start, end: r.end, value: r.value, valueMax: r.valueMax, unit: r.unit,
                                 bound: r.bound, rule: r.unit == "ordinal" ? "ordinal" : "number")
            }
            guard let q = found else {
                failed = true
                FileHandle.standardError.write(Data("trendline parse: no quantity found in \"\(expr)\"\n".utf8))
                if format == .json { print("{\"input\":\(jsonString(expr)),\"found\":false}") }
                continue
            }
            let quoted = String(String.UnicodeScalarView(Array(expr.unicodeScalars)[q.start..<q.end]))
            switch format {
            case .text:
                var line = "\(expr)\tvalue=\(formatNumber(q.value))"
                if let m = q.valueMax { line += "\tvalue_max=\(formatNumber(m))" }
                line += "\tunit=\(q.unit)"
                if let c = q.counter { line += "\tcounter=\(c)" }
                line += "\tbound=\(q.bound.rawValue)\ttext=\(quoted)\trule=\(q.rule)"
                print(line)
            case .json:
                var fields = ["\"input\":\(jsonString(expr))", "\"found\":true", "\"text\":\(jsonString(quoted))",
                              "\"value\":\(formatNumber(q.value))"]
                if let m = q.valueMax { fields.append("\"value_max\":\(formatNumber(m))") }
                fields.append("\"unit\":\(jsonString(q.unit))")
                if let c = q.counter { fields.append("\"counter\":\(jsonString(c))") }
                fields.append("\"bound\":\(jsonString(q.bound.rawValue))")
                fields.append("\"rule\":\(jsonString(q.rule))")
                print("{" + fields.joined(separator: ",") + "}")
            }
        }
        if failed { throw ExitCode(1) }
    }
}

/// A JSON number without exponent noise: 1200000000000, 59.8, 33.333333333333336.
func formatNumber(_ v: Double) -> String { ExtractRender.number(v) }

/// A JSON string literal.
func jsonString(_ s: String) -> String {
    var bytes: [UInt8] = []
    ExtractRender.appendJSONString(s, to: &bytes)
    return String(decoding: bytes, as: UTF8.self)
}
