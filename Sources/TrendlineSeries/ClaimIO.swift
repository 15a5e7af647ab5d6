import Foundation
import TrendlineExtraction

/// A claims file could not be read: names the file, the line and what is wrong with it.
public struct ClaimFileError: Error, Sendable, Equatable, CustomStringConvertible, LocalizedError {
    public var file: String
    /// 1-based line number, nil when the problem concerns the whole file.
    public var line: Int?
    public var message: String

    public init(file: String, line: Int?, message: String) {
        self.file = file; self.line = line; self.message = message
    }

    public var description: String {
        if let line { return "\(file):\(line): \(message)" }
        return "\(file): \(message)"
    }
    public var errorDescription: String? { description }
}

/// Reads and writes claims as JSON Lines (one claim object per line, snake_case keys as in SPEC.md)
/// and as CSV (a header row with the same field names).
public enum ClaimIO {
    /// The CSV columns, in order; the same names as the JSON keys.
    public static let csvColumns = [
        "doc", "start", "end", "text", "value", "value_max", "unit", "counter", "bound", "metric", "subject",
        "region", "period", "modality", "sentence", "basis", "base_period", "growth_factors", "rule",
    ]

    /// Reads a `.jsonl` or `.csv` claims file (chosen by extension).
    public static func read(path: String) throws(ClaimFileError) -> [Claim] {
        let data: Data
        do { data = try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
            throw ClaimFileError(file: path, line: nil, message: "cannot read file (\(error.localizedDescription))")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw ClaimFileError(file: path, line: nil, message: "not UTF-8 text")
        }
        if path.lowercased().hasSuffix(".csv") { return try parseCSV(text, file: path) }
        return try parseJSONL(text, file: path)
    }

    /// Parses JSON Lines text; blank lines are skipped, and so is a first line that holds document
    /// metadata instead of a claim (as in gold files: `{"doc": …, "doc_date": …}`).
    public static func parseJSONL(_ text: String, file: String) throws(ClaimFileError) -> [Claim] {
        var claims: [Claim] = []
        var lineNo = 0
        var seenRecord = false
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNo += 1
            let line = raw.trimmingCharacters(in: .whitespacesAndNewlines)
            if line.isEmpty { continue }
            let data = Data(line.utf8)
            guard let object = try? JSONSerialization.jsonObject(with: data), let dict = object as? [String: Any] else {
                throw ClaimFileError(file: file, line: lineNo, message: "not a JSON object")
            }
            // a gold-style header (first line, document metadata, no value)
            if claims.isEmpty && !seenRecord && dict["value"] == nil && dict["unit"] == nil && dict["doc_date"] != nil {
                seenRecord = true
                continue
            }
            seenRecord = true
            let claim = try claimFromJSON(dict, file: file, line: lineNo)
            try validate(claim, file: file, line: lineNo)
            claims.append(claim)
        }
        return claims
    }

    /// A claim from one decoded JSON object. `doc`, `start`, `end`, `text`, `value` and `unit` are required;
    /// the other fields default as in `Claim.init` (bound exact, metric other, modality actual, "" strings).
    static func claimFromJSON(_ d: [String: Any], file: String, line: Int) throws(ClaimFileError) -> Claim {
        func fail(_ m: String) -> ClaimFileError { ClaimFileError(file: file, line: line, message: m) }
        func string(_ k: String, required: Bool = false) throws(ClaimFileError) -> String? {
            guard let v = d[k], !(v is NSNull) else {
                if required { throw fail("missing field \"\(k)\"") }
                return nil
            }
            guard let s = v as? String else { throw fail("field \"\(k)\" must be a string") }
            return s
        }
        func number(_ k: String, required: Bool = false) throws(ClaimFileError) -> Double? {
            guard let v = d[k], !(v is NSNull) else {
                if required { throw fail("missing field \"\(k)\"") }
                return nil
            }
            guard !(v is String), let n = v as? NSNumber else { throw fail("field \"\(k)\" must be a number") }
            return n.doubleValue
        }
        func integer(_ k: String) throws(ClaimFileError) -> Int {
            let v = try number(k, required: true)!
            guard v == v.rounded(), abs(v) < 1e15, v >= 0 else { throw fail("field \"\(k)\" must be a non-negative integer") }
            return Int(v)
        }
        func parsed<T: RawRepresentable>(_ k: String, _ type: T.Type) throws(ClaimFileError) -> T? where T.RawValue == String {
            guard let raw = try string(k) else { return nil }
            guard let v = T(rawValue: raw) else { throw fail("unknown \(k) \"\(raw)\"") }
            return v
        }
        var factors: [Double]? = nil
        if let raw = d["growth_factors"], !(raw is NSNull) {
            guard let list = raw as? [Any], let nums = Optional(list.compactMap { ($0 is String) ? nil : ($0 as? NSNumber)?.doubleValue }),
                  nums.count == list.count, nums.allSatisfy({ $0.isFinite && $0 > 0 }) else {
                throw fail("field \"growth_factors\" must be a list of positive numbers")
            }
            factors = nums
        }
        var claim = Claim(
            doc: try string("doc", required: true)!, start: try integer("start"), end: try integer("end"),
            text: try string("text", required: true)!, value: try number("value", required: true)!,
            valueMax: try number("value_max"), unit: try string("unit", required: true)!, counter: try string("counter"),
            bound: try parsed("bound", Bound.self) ?? .exact, metric: try string("metric") ?? "other",
            subject: try string("subject") ?? "", region: try string("region") ?? "", period: try string("period") ?? "",
            modality: try parsed("modality", Modality.self) ?? .actual, sentence: try string("sentence") ?? "",
            basis: try parsed("basis", GrowthBasis.self), basePeriod: try string("base_period"), rule: try string("rule"))
        claim.growthFactors = factors
        return claim
    }

    static func validate(_ c: Claim, file: String, line: Int) throws(ClaimFileError) {
        guard c.value.isFinite else { throw ClaimFileError(file: file, line: line, message: "value is not a finite number") }
        if let m = c.valueMax, !m.isFinite || m < c.value {
            throw ClaimFileError(file: file, line: line, message: "value_max \(m) is below value \(c.value)")
        }
        guard c.end >= c.start else { throw ClaimFileError(file: file, line: line, message: "end \(c.end) is before start \(c.start)") }
        guard !c.unit.isEmpty else { throw ClaimFileError(file: file, line: line, message: "empty unit") }
        guard Period(spec: c.period) != nil else {
            throw ClaimFileError(file: file, line: line, message: "unreadable period \"\(c.period)\" (expected 2025, 2025-03, 2021..2025, ..2026-03)")
        }
        if let b = c.basePeriod, Period(spec: b) == nil {
            throw ClaimFileError(file: file, line: line, message: "unreadable base_period \"\(b)\"")
        }
    }

    /// One JSON object per line, keys in a fixed order.
    public static func writeJSONL(_ claims: [Claim]) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var out = ""
        for c in claims {
            // encoding a Claim (strings, finite doubles) cannot fail
            if let data = try? encoder.encode(c), let s = String(data: data, encoding: .utf8) { out += s + "\n" }
        }
        return out
    }

    // MARK: CSV

    public static func writeCSV(_ claims: [Claim]) -> String {
        var out = csvColumns.joined(separator: ",") + "\n"
        for c in claims {
            let cells: [String] = [
                c.doc, String(c.start), String(c.end), c.text, number(c.value), c.valueMax.map(number) ?? "", c.unit,
                c.counter ?? "", c.bound.rawValue, c.metric, c.subject, c.region, c.period, c.modality.rawValue,
                c.sentence, c.basis?.rawValue ?? "", c.basePeriod ?? "",
                c.growthFactors.map { $0.map(number).joined(separator: ";") } ?? "", c.rule ?? "",
            ]
            out += cells.map(csvEscape).joined(separator: ",") + "\n"
        }
        return out
    }

    static func number(_ v: Double) -> String {
        if v == v.rounded(), abs(v) < 1e15 { return String(Int64(v)) }
        return "\(v)"
    }

    static func csvEscape(_ s: String) -> String {
        if s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) {
            return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        return s
    }

    /// Splits CSV text into records (RFC 4180: quoted fields may hold commas, quotes and line breaks).
    /// Returns each record with the line it starts on.
    static func csvRecords(_ text: String, file: String) throws(ClaimFileError) -> [(line: Int, fields: [String])] {
        var records: [(Int, [String])] = []
        var fields: [String] = [], field = ""
        var inQuotes = false, line = 1, recordLine = 1, fieldWasQuoted = false
        var chars = Array(text.unicodeScalars)[...]
        if chars.first == "\u{FEFF}" { chars = chars.dropFirst() }
        var it = chars.makeIterator()
        var pending: Unicode.Scalar? = nil
        func next() -> Unicode.Scalar? { if let p = pending { pending = nil; return p }; return it.next() }
        while let ch = next() {
            if inQuotes {
                if ch == "\"" {
                    if let n = next() {
                        if n == "\"" { field.unicodeScalars.append("\"") } else { inQuotes = false; pending = n }
                    } else { inQuotes = false }
                } else {
                    if ch == "\n" { line += 1 }
                    field.unicodeScalars.append(ch)
                }
                continue
            }
            switch ch {
            case "\"":
                if field.isEmpty && !fieldWasQuoted { inQuotes = true; fieldWasQuoted = true } else {
                    throw ClaimFileError(file: file, line: line, message: "stray quote inside an unquoted field")
                }
            case ",":
                fields.append(field); field = ""; fieldWasQuoted = false
            case "\r":
                continue
            case "\n":
                fields.append(field); field = ""; fieldWasQuoted = false
                if !(fields.count == 1 && fields[0].isEmpty) { records.append((recordLine, fields)) }
                fields = []; line += 1; recordLine = line
            default:
                if fieldWasQuoted { throw ClaimFileError(file: file, line: line, message: "text after a closing quote") }
                field.unicodeScalars.append(ch)
            }
        }
        if inQuotes { throw ClaimFileError(file: file, line: recordLine, message: "unterminated quoted field") }
        if !field.isEmpty || !fields.isEmpty { fields.append(field); records.append((recordLine, fields)) }
        return records
    }

    /// Parses CSV with a header row naming the columns (any order; `doc`, `value`, `unit` required).
    public static func parseCSV(_ text: String, file: String) throws(ClaimFileError) -> [Claim] {
        let records = try csvRecords(text, file: file)
        guard let header = records.first else { return [] }
        let names = header.fields.map { $0.trimmingCharacters(in: .whitespaces) }
        for required in ["doc", "value", "unit"] where !names.contains(required) {
            throw ClaimFileError(file: file, line: header.line, message: "header has no \"\(required)\" column")
        }
        // extra columns are welcome (extract adds doc_date, doc_date_source); a column repeated is an error
        for n in names where names.filter({ $0 == n }).count > 1 {
            throw ClaimFileError(file: file, line: header.line, message: "column \"\(n)\" appears twice")
        }
        var claims: [Claim] = []
        for rec in records.dropFirst() {
            guard rec.fields.count == names.count else {
                throw ClaimFileError(file: file, line: rec.line, message: "\(rec.fields.count) fields, header has \(names.count)")
            }
            var row: [String: String] = [:]
            for (n, v) in zip(names, rec.fields) { row[n] = v }
            func int(_ k: String) throws(ClaimFileError) -> Int {
                let s = row[k] ?? ""
                if s.isEmpty { return 0 }
                guard let v = Int(s) else { throw ClaimFileError(file: file, line: rec.line, message: "\(k) \"\(s)\" is not an integer") }
                return v
            }
            func double(_ k: String) throws(ClaimFileError) -> Double? {
                let s = row[k] ?? ""
                if s.isEmpty { return nil }
                guard let v = Double(s), v.isFinite else { throw ClaimFileError(file: file, line: rec.line, message: "\(k) \"\(s)\" is not a number") }
                return v
            }
            func optional(_ k: String) -> String? { let s = row[k] ?? ""; return s.isEmpty ? nil : s }
            guard let value = try double("value") else { throw ClaimFileError(file: file, line: rec.line, message: "empty value") }
            let boundText = row["bound"] ?? ""
            guard let bound = boundText.isEmpty ? .exact : Bound(rawValue: boundText) else {
                throw ClaimFileError(file: file, line: rec.line, message: "unknown bound \"\(boundText)\"")
            }
            let modText = row["modality"] ?? ""
            guard let modality = modText.isEmpty ? .actual : Modality(rawValue: modText) else {
                throw ClaimFileError(file: file, line: rec.line, message: "unknown modality \"\(modText)\"")
            }
            var basis: GrowthBasis? = nil
            if let b = optional("basis") {
                guard let g = GrowthBasis(rawValue: b) else { throw ClaimFileError(file: file, line: rec.line, message: "unknown basis \"\(b)\"") }
                basis = g
            }
            var factors: [Double]? = nil
            if let f = optional("growth_factors") {
                let parts = f.split(separator: ";").map { Double($0.trimmingCharacters(in: .whitespaces)) }
                guard !parts.isEmpty, parts.allSatisfy({ $0 != nil && $0!.isFinite && $0! > 0 }) else {
                    throw ClaimFileError(file: file, line: rec.line, message: "growth_factors \"\(f)\" must be positive numbers separated by ;")
                }
                factors = parts.map { $0! }
            }
            var claim = Claim(
                doc: row["doc"] ?? "", start: try int("start"), end: try int("end"), text: row["text"] ?? "",
                value: value, valueMax: try double("value_max"), unit: row["unit"] ?? "", counter: optional("counter"),
                bound: bound, metric: optional("metric") ?? "other", subject: row["subject"] ?? "",
                region: row["region"] ?? "", period: row["period"] ?? "", modality: modality,
                sentence: row["sentence"] ?? "", basis: basis, basePeriod: optional("base_period"), rule: optional("rule"))
            claim.growthFactors = factors
            try validate(claim, file: file, line: rec.line)
            claims.append(claim)
        }
        return claims
    }
}
