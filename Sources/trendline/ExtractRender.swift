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
        "region", "period", "modality", "sentence", "basis", "base_period", "growth_factors", "rule", "doc_date", "doc_date_source",
    ]

    static var csvHeader: String { fields.joined(separator: ",") + "\n" }

    /// The JSON object of one claim on one line, with a trailing newline, appended to `out` as UTF-8.
    /// Optional fields are left out when absent (value_max only for ranges, counter only for counts,
    /// basis only for growth figures).
    static func appendJSONLine(_ c: Claim, docDate: DocumentDate?, to out: inout [UInt8]) {
        appendJSONLine(c, tail: jsonTail(docDate), to: &out)
    }

    /// The end of every JSON line of a document: its date fields and the closing brace. The same for all
    /// of a document's claims, so it is rendered once per document.
    static func jsonTail(_ docDate: DocumentDate?) -> [UInt8] {
        var out: [UInt8] = []
        out.append(contentsOf: ",\"doc_date\":".utf8)
        appendJSONString(docDate?.point.spec ?? "", to: &out)
        out.append(contentsOf: ",\"doc_date_source\":".utf8)
        appendJSONString(docDate?.source.rawValue ?? "", to: &out)
        out.append(contentsOf: "}\n".utf8)
        return out
    }

    /// As `appendJSONLine(_:docDate:to:)`, with the document's `jsonTail` rendered beforehand.
    static func appendJSONLine(_ c: Claim, tail: [UInt8], to out: inout [UInt8]) {
        func raw(_ s: StaticString) {
            s.withUTF8Buffer { out.append(contentsOf: $0) }
        }
        func str(_ key: StaticString, _ value: String) {
            raw(key); appendJSONString(value, to: &out)
        }
        str("{\"doc\":", c.doc)
        raw(",\"start\":"); appendInteger(c.start, to: &out)
        raw(",\"end\":"); appendInteger(c.end, to: &out)
        str(",\"text\":", c.text)
        raw(",\"value\":"); appendNumber(c.value, to: &out)
        if let m = c.valueMax { raw(",\"value_max\":"); appendNumber(m, to: &out) }
        str(",\"unit\":", c.unit)
        if let counter = c.counter { str(",\"counter\":", counter) }
        str(",\"bound\":", c.bound.rawValue)
        str(",\"metric\":", c.metric)
        str(",\"subject\":", c.subject)
        str(",\"region\":", c.region)
        str(",\"period\":", c.period)
        str(",\"modality\":", c.modality.rawValue)
        str(",\"sentence\":", c.sentence)
        if let basis = c.basis { str(",\"basis\":", basis.rawValue) }
        if let base = c.basePeriod { str(",\"base_period\":", base) }
        if let g = c.growthFactors {
            raw(",\"growth_factors\":[")
            for (k, v) in g.enumerated() {
                if k > 0 { out.append(0x2C) }
                appendNumber(v, to: &out)
            }
            out.append(0x5D)
        }
        if let rule = c.rule { str(",\"rule\":", rule) }
        out.append(contentsOf: tail)
    }

    /// `number(v)` appended as UTF-8; integral values (most figures) are written digit by digit.
    static func appendNumber(_ v: Double, to out: inout [UInt8]) {
        if v == v.rounded(), abs(v) < 1e17 {
            appendInteger(Int(Int64(v)), to: &out)
        } else {
            out.append(contentsOf: number(v).utf8)
        }
    }

    /// The decimal digits of `n` (as `String(n)` writes them) appended as UTF-8.
    static func appendInteger(_ n: Int, to out: inout [UInt8]) {
        if n == 0 { out.append(0x30); return }
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)  // room for 20 digits, written backwards
        var m = n.magnitude
        var count = 0
        withUnsafeMutableBytes(of: &digits) { buf in
            while m > 0 {
                buf[23 - count] = UInt8(truncatingIfNeeded: m % 10) + 0x30
                m /= 10
                count += 1
            }
            if n < 0 { out.append(0x2D) }
            out.append(contentsOf: UnsafeRawBufferPointer(rebasing: buf[(24 - count)...]))
        }
    }

    /// As `appendJSONLine`, as a String.
    static func jsonLine(_ c: Claim, docDate: DocumentDate?) -> String {
        var bytes: [UInt8] = []
        appendJSONLine(c, docDate: docDate, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// One CSV record (RFC 4180: fields with a comma, quote or line break are quoted).
    static func csvLine(_ c: Claim, docDate: DocumentDate?) -> String {
        let cells: [String] = [
            c.doc, String(c.start), String(c.end), c.text, number(c.value), c.valueMax.map(number) ?? "", c.unit,
            c.counter ?? "", c.bound.rawValue, c.metric, c.subject, c.region, c.period, c.modality.rawValue,
            c.sentence, c.basis?.rawValue ?? "", c.basePeriod ?? "",
            c.growthFactors.map { $0.map(number).joined(separator: ";") } ?? "", c.rule ?? "", docDate?.point.spec ?? "",
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
            // readable against the article: 1.2万亿元, 59.8%, 超 shown by the bound column; the exact base-unit
            // value is in JSON and CSV
            var value = NumberFormat.compact(c.value, unit: c.unit, counter: c.counter)
            if let m = c.valueMax { value += "–" + NumberFormat.compact(m, unit: c.unit, counter: c.counter) }
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

    /// Appends `string` as a JSON string literal (UTF-8). Works on the UTF-8 bytes: only `"`, `\\` and
    /// control characters are escaped, everything else is copied in runs.
    static func appendJSONString(_ string: String, to out: inout [UInt8]) {
        var string = string
        out.append(0x22)
        string.withUTF8 { bytes in
            var runStart = 0
            var i = 0
            let n = bytes.count
            // eight bytes at a time while none of them needs escaping (long sentences are mostly plain):
            // a byte below 0x20, a quote or a backslash shows as a set high bit in `special`
            if let base = bytes.baseAddress {
                let raw = UnsafeRawPointer(base)
                let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
                while i + 8 <= n {
                    let w = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                    let quote = w ^ (ones &* 0x22), backslash = w ^ (ones &* 0x5C)
                    // (the classic exact tests for "some byte is below n" and "some byte is zero")
                    let special = ((w &- ones &* 0x20) & ~w | (quote &- ones) & ~quote | (backslash &- ones) & ~backslash)
                        & highs
                    if special != 0 { break }
                    i += 8
                }
            }
            while i < n {
                let b = bytes[i]
                i += 1
                guard b < 0x20 || b == 0x22 || b == 0x5C else { continue }
                let at = i - 1
                if runStart < at { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<at])) }
                switch b {
                case 0x22: out.append(contentsOf: [0x5C, 0x22])
                case 0x5C: out.append(contentsOf: [0x5C, 0x5C])
                case 0x0A: out.append(contentsOf: [0x5C, 0x6E])
                case 0x0D: out.append(contentsOf: [0x5C, 0x72])
                case 0x09: out.append(contentsOf: [0x5C, 0x74])
                default:
                    let hex = Array("0123456789abcdef".utf8)
                    out.append(contentsOf: [0x5C, 0x75, 0x30, 0x30, hex[Int(b >> 4)], hex[Int(b & 0xF)]])
                }
                runStart = at + 1
            }
            if runStart < bytes.count { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...])) }
        }
        out.append(0x22)
    }
}
