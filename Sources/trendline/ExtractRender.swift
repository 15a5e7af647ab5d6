import Foundation
import TrendlineExtraction
import TrendlineTables

/// Output formats of `trendline extract`.
enum ExtractFormat: String, CaseIterable, Sendable {
    case jsonl, csv, table
}

/// Renders claims as JSON lines, CSV rows or a text table, one document at a time.
enum ExtractRender {
    /// The claims contract's fields, in output order (CSV header and JSON key order).
    static let fields = [
        "doc", "start", "end", "text", "value", "value_max", "unit", "counter", "bound", "metric", "subject",
        "region", "period", "modality", "sentence", "basis", "base_period", "rule", "doc_date", "doc_date_source",
    ]

    static var csvHeader: String { fields.joined(separator: ",") + "\n" }

    /// The JSON object of one claim on one line, with a trailing newline. Optional fields are left out
    /// when absent (value_max only for ranges, counter only for counts, basis only for growth figures).
    static func jsonLine(_ c: Claim, docDate: DocumentDate?) -> String {
        var s = "{\"doc\":"
        appendJSONString(c.doc, to: &s)
        s += ",\"start\":\(c.start),\"end\":\(c.end),\"text\":"
        appendJSONString(c.text, to: &s)
        s += ",\"value\":" + number(c.value)
        if let m = c.valueMax { s += ",\"value_max\":" + number(m) }
        s += ",\"unit\":"; appendJSONString(c.unit, to: &s)
        if let counter = c.counter { s += ",\"counter\":"; appendJSONString(counter, to: &s) }
        s += ",\"bound\":\"\(c.bound.rawValue)\",\"metric\":"; appendJSONString(c.metric, to: &s)
        s += ",\"subject\":"; appendJSONString(c.subject, to: &s)
        s += ",\"region\":"; appendJSONString(c.region, to: &s)
        s += ",\"period\":"; appendJSONString(c.period, to: &s)
        s += ",\"modality\":\"\(c.modality.rawValue)\",\"sentence\":"; appendJSONString(c.sentence, to: &s)
        if let basis = c.basis { s += ",\"basis\":\"\(basis.rawValue)\"" }
        if let base = c.basePeriod { s += ",\"base_period\":"; appendJSONString(base, to: &s) }
        if let rule = c.rule { s += ",\"rule\":"; appendJSONString(rule, to: &s) }
        s += ",\"doc_date\":"; appendJSONString(docDate?.point.spec ?? "", to: &s)
        s += ",\"doc_date_source\":"; appendJSONString(docDate?.source.rawValue ?? "", to: &s)
        s += "}\n"
        return s
    }

    /// One CSV record (RFC 4180: fields with a comma, quote or line break are quoted).
    static func csvLine(_ c: Claim, docDate: DocumentDate?) -> String {
        let cells: [String] = [
            c.doc, String(c.start), String(c.end), c.text, number(c.value), c.valueMax.map(number) ?? "", c.unit,
            c.counter ?? "", c.bound.rawValue, c.metric, c.subject, c.region, c.period, c.modality.rawValue,
            c.sentence, c.basis?.rawValue ?? "", c.basePeriod ?? "", c.rule ?? "", docDate?.point.spec ?? "",
            docDate?.source.rawValue ?? "",
        ]
        return cells.map(csvCell).joined(separator: ",") + "\n"
    }

    static func csvCell(_ s: String) -> String {
        guard s.utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) else { return s }
        return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    static let tableColumns: [Table.Column] = [
        Table.Column("value", alignment: .right), Table.Column("unit"), Table.Column("bound"),
        Table.Column("metric"), Table.Column("subject", maxWidth: 24), Table.Column("region"),
        Table.Column("period"), Table.Column("modality"), Table.Column("text", maxWidth: 24),
    ]

    /// One table per document, titled with its path.
    static func table(_ claims: [Claim], doc: String) -> Table {
        let rows = claims.map { c -> [String] in
            var value = number(c.value)
            if let m = c.valueMax { value += "–" + number(m) }
            let unit = c.counter.map { "\(c.unit) (\($0))" } ?? c.unit
            let text = c.text.replacingOccurrences(of: "\n", with: " ")
            return [value, unit, c.bound.rawValue, c.metric, c.subject, c.region, c.period, c.modality.rawValue, text]
        }
        return Table(title: doc, columns: tableColumns, rows: rows)
    }

    // MARK: - Numbers and strings

    /// A plain JSON number: 1200000000000, 59.8, 33.333333333333336, 0.00012 — never an exponent.
    /// The caller guarantees `v` is finite.
    static func number(_ v: Double) -> String {
        if v == v.rounded(), abs(v) < 1e17 { return String(Int64(v)) }
        let d = "\(v)"
        guard let e = d.firstIndex(where: { $0 == "e" || $0 == "E" }) else { return d }
        return expandExponent(mantissa: String(d[..<e]), exponent: Int(d[d.index(after: e)...]) ?? 0)
    }

    /// "1.25", 3 -> "1250"; "1.5", -4 -> "0.00015".
    static func expandExponent(mantissa: String, exponent: Int) -> String {
        var m = Substring(mantissa)
        var sign = ""
        if m.hasPrefix("-") { sign = "-"; m = m.dropFirst() }
        let parts = m.split(separator: ".", omittingEmptySubsequences: false)
        let intPart = String(parts[0])
        let fracPart = parts.count > 1 ? String(parts[1]) : ""
        var digits = intPart + fracPart
        var point = intPart.count + exponent  // position of the decimal point within digits
        if point <= 0 {
            digits = String(repeating: "0", count: 1 - point) + digits
            point = 1
        }
        if point >= digits.count {
            digits += String(repeating: "0", count: point - digits.count)
            return sign + trimLeadingZeros(digits)
        }
        let i = digits.index(digits.startIndex, offsetBy: point)
        var frac = String(digits[i...])
        while frac.hasSuffix("0") { frac.removeLast() }
        let whole = trimLeadingZeros(String(digits[..<i]))
        return sign + (frac.isEmpty ? whole : whole + "." + frac)
    }

    private static func trimLeadingZeros(_ s: String) -> String {
        let t = s.drop { $0 == "0" }
        return t.isEmpty ? "0" : String(t)
    }

    static func appendJSONString(_ string: String, to out: inout String) {
        out.append("\"")
        var plainStart = string.unicodeScalars.startIndex
        let scalars = string.unicodeScalars
        var i = scalars.startIndex
        while i < scalars.endIndex {
            let u = scalars[i]
            let escape: String?
            switch u {
            case "\"": escape = "\\\""
            case "\\": escape = "\\\\"
            case "\n": escape = "\\n"
            case "\r": escape = "\\r"
            case "\t": escape = "\\t"
            default:
                if u.value < 0x20 {
                    let hex = String(u.value, radix: 16)
                    escape = "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    escape = nil
                }
            }
            if let escape {
                out.unicodeScalars.append(contentsOf: scalars[plainStart..<i])
                out.append(escape)
                plainStart = scalars.index(after: i)
            }
            i = scalars.index(after: i)
        }
        out.unicodeScalars.append(contentsOf: scalars[plainStart..<scalars.endIndex])
        out.append("\"")
    }
}
