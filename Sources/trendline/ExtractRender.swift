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
        "region", "period", "modality", "sentence", "basis", "base_period", "growth_factors", "rule", "why", "doc_date", "doc_date_source",
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
        withUnsafePointer(to: c) { p in
            let start = out.count, bound = jsonLineBound(p, tail: tail)
            out.append(contentsOf: repeatElement(0, count: bound))
            let end = out.withUnsafeMutableBufferPointer { buf in
                var w = JSONWriter(buf.baseAddress! + start)
                w.line(p, tail: tail)
                return start + w.count
            }
            out.removeLast(out.count - end)
        }
    }

    /// The JSON lines of `claims`, one after another, as UTF-8 (as `appendJSONLine` for each), written
    /// into one buffer sized for them beforehand.
    /// - Parameter doc: the `doc` of every one of the claims, when the caller knows they share it: its
    ///   field is then rendered once for all of them.
    static func jsonLines(_ claims: UnsafeBufferPointer<Claim>, tail: [UInt8], doc: String? = nil) -> [UInt8] {
        guard let first = claims.baseAddress else { return [] }
        // `{"doc":"…"` rendered once (as `line` writes it)
        var head: [UInt8]? = nil
        if let doc {
            var h = Array("{\"doc\":".utf8)
            appendJSONString(doc, to: &h)
            head = h
        }
        // (claims read through the pointer: their fields are not copied)
        var bound = 0
        for i in claims.indices { bound += jsonLineBound(first + i, tail: tail) }
        return [UInt8](unsafeUninitializedCapacity: bound) { buf, count in
            var w = JSONWriter(buf.baseAddress!)
            if let head {
                for i in claims.indices { w.line(first + i, tail: tail, head: head) }
            } else {
                for i in claims.indices { w.line(first + i, tail: tail) }
            }
            count = w.count
        }
    }

    /// At most how many bytes `appendJSONLine` writes for the claim at `p`: every string byte escaped as \u00XX
    /// (six bytes), every number as long as a Double can be written without an exponent, and the keys.
    static func jsonLineBound(_ p: UnsafePointer<Claim>, tail: [UInt8]) -> Int {
        var strings = p.pointee.doc.utf8.count + p.pointee.text.utf8.count + p.pointee.unit.utf8.count + (p.pointee.counter?.utf8.count ?? 0)
            + p.pointee.metric.utf8.count + p.pointee.subject.utf8.count + p.pointee.region.utf8.count + p.pointee.period.utf8.count
            + p.pointee.sentence.utf8.count
        strings += (p.pointee.basePeriod?.utf8.count ?? 0) + (p.pointee.rule?.utf8.count ?? 0)
        if let w = p.pointee.why {
            strings += w.metric.utf8.count + w.subject.utf8.count + w.region.utf8.count + w.period.utf8.count + w.modality.utf8.count
        }
        let numbers = 4 + (p.pointee.growthFactors?.count ?? 0)   // start, end, value, value_max and the factors
        return 6 * strings + 400 * numbers + 768 + tail.count
    }

    /// Writes JSON into memory known to be large enough (`jsonLineBound`): no capacity checks, no
    /// reference counting of the output.
    struct JSONWriter {
        let base: UnsafeMutablePointer<UInt8>
        var count = 0
        /// The last sentence written (its UTF-8 storage and length) and where its escaped form sits in
        /// the output: a sentence's later claims copy those bytes instead of escaping it again.
        var sentenceKey: UnsafeRawPointer? = nil
        var sentenceKeyCount = 0
        var sentenceAt = 0
        var sentenceLength = 0

        init(_ base: UnsafeMutablePointer<UInt8>) { self.base = base }

        @inline(__always) mutating func byte(_ b: UInt8) {
            base[count] = b
            count += 1
        }

        @inline(__always) mutating func bytes(_ b: UnsafeBufferPointer<UInt8>) {
            guard let a = b.baseAddress, b.count > 0 else { return }
            (base + count).update(from: a, count: b.count)
            count += b.count
        }

        @inline(__always) mutating func raw(_ s: StaticString) {
            s.withUTF8Buffer { bytes($0) }
        }

        mutating func bytes(_ b: [UInt8]) {
            b.withUnsafeBufferPointer { bytes($0) }
        }

        @inline(__always) mutating func str(_ key: StaticString, _ value: String) {
            raw(key)
            string(value)
        }

        /// `string(_:)` of a claim's sentence. The claims of one sentence share its string (one storage,
        /// alive while the claims are), so a sentence stored at the same address with the same length as
        /// the last one is the same text: its escaped bytes, already written, are copied (sentences are
        /// most of the output; a sentence with three figures would be escaped three times). Strings of up
        /// to 15 bytes are stored inline and have no address of their own: they are always escaped.
        @inline(__always) mutating func sentence(_ text: String) {
            let key = text.utf8.count > 15
                ? text.utf8.withContiguousStorageIfAvailable { UnsafeRawPointer($0.baseAddress) } ?? nil : nil
            if let key, key == sentenceKey, text.utf8.count == sentenceKeyCount {
                (base + count).update(from: base + sentenceAt, count: sentenceLength)
                count += sentenceLength
                return
            }
            let at = count
            string(text)
            sentenceKey = key
            sentenceKeyCount = text.utf8.count
            sentenceAt = at
            sentenceLength = count - at
        }

        /// `appendJSONString`.
        @inline(__always) mutating func string(_ string: String) {
            byte(0x22)
            // (read in place; a copy only for a string not stored as contiguous UTF-8)
            let base = self.base, at = count
            if let n = string.utf8.withContiguousStorageIfAvailable({ JSONWriter.escape($0, to: base, at: at) }) {
                count = n
            } else {
                var copy = string
                count = copy.withUTF8 { JSONWriter.escape($0, to: base, at: at) }
            }
            byte(0x22)
        }

        /// The bytes of `b` with `"`, `\\` and control characters escaped, written at out[at...]; returns
        /// the offset after them.
        static func escape(_ b: UnsafeBufferPointer<UInt8>, to out: UnsafeMutablePointer<UInt8>, at: Int) -> Int {
            var n = at
            var runStart = 0
            var i = 0
            let count = b.count
            func flush(_ end: Int) {
                if runStart < end {
                    (out + n).update(from: b.baseAddress! + runStart, count: end - runStart)
                    n += end - runStart
                }
            }
            while i < count {
                // eight bytes at a time while none of them needs escaping (long sentences are mostly plain):
                // a byte below 0x20, a quote or a backslash shows as a set high bit in `special`
                if i + 8 <= count {
                    let w = UnsafeRawPointer(b.baseAddress! + i).loadUnaligned(as: UInt64.self)
                    let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
                    let quote = w ^ (ones &* 0x22), backslash = w ^ (ones &* 0x5C)
                    let special = ((w &- ones &* 0x20) & ~w | (quote &- ones) & ~quote | (backslash &- ones) & ~backslash)
                        & highs
                    if special == 0 { i += 8; continue }
                }
                let c = b[i]
                i += 1
                guard c < 0x20 || c == 0x22 || c == 0x5C else { continue }
                flush(i - 1)
                runStart = i
                out[n] = 0x5C
                switch c {
                case 0x22: out[n + 1] = 0x22; n += 2
                case 0x5C: out[n + 1] = 0x5C; n += 2
                case 0x0A: out[n + 1] = 0x6E; n += 2
                case 0x0D: out[n + 1] = 0x72; n += 2
                case 0x09: out[n + 1] = 0x74; n += 2
                default:
                    let hex: StaticString = "0123456789abcdef"
                    hex.withUTF8Buffer { h in
                        out[n + 1] = 0x75; out[n + 2] = 0x30; out[n + 3] = 0x30
                        out[n + 4] = h[Int(c >> 4)]; out[n + 5] = h[Int(c & 0xF)]
                    }
                    n += 6
                }
            }
            flush(count)
            return n
        }

        /// `appendInteger`.
        mutating func integer(_ v: Int) {
            if v == 0 { byte(0x30); return }
            if v < 0 { byte(0x2D) }
            var m = v.magnitude
            // digits counted by comparisons (no division), then written two at a time from the end
            var digits = 1
            var p: UInt = 10
            while digits < 20 && m >= p { digits += 1; if p > UInt.max / 10 { break }; p *= 10 }
            var k = count + digits
            while m >= 100 {
                let r = Int(m % 100)
                m /= 100
                k -= 2
                base[k] = UInt8(truncatingIfNeeded: r / 10) + 0x30
                base[k + 1] = UInt8(truncatingIfNeeded: r % 10) + 0x30
            }
            if m >= 10 {
                k -= 2
                base[k] = UInt8(truncatingIfNeeded: m / 10) + 0x30
                base[k + 1] = UInt8(truncatingIfNeeded: m % 10) + 0x30
            } else {
                k -= 1
                base[k] = UInt8(truncatingIfNeeded: m) + 0x30
            }
            count += digits
        }

        /// `appendNumber`.
        mutating func number(_ v: Double) {
            if v == v.rounded(), abs(v) < 1e17 {
                integer(Int(Int64(v)))
            } else {
                var s = ExtractRender.number(v)
                s.withUTF8 { bytes($0) }
            }
        }

        /// `appendJSONLine`: the claim's JSON object on one line, `tail` (date fields, brace, newline) after it.
        mutating func line(_ p: UnsafePointer<Claim>, tail: [UInt8], head: [UInt8]? = nil) {
            // (`head`: the doc field rendered beforehand, the same for all the claims of a document)
            if let head { bytes(head) } else { str("{\"doc\":", p.pointee.doc) }
            raw(",\"start\":"); integer(p.pointee.start)
            raw(",\"end\":"); integer(p.pointee.end)
            str(",\"text\":", p.pointee.text)
            raw(",\"value\":"); number(p.pointee.value)
            if let m = p.pointee.valueMax { raw(",\"value_max\":"); number(m) }
            str(",\"unit\":", p.pointee.unit)
            if let counter = p.pointee.counter { str(",\"counter\":", counter) }
            // (the enums' raw values written as static text: no string made, nothing to escape)
            switch p.pointee.bound {
            case .exact: raw(",\"bound\":\"exact\"")
            case .approx: raw(",\"bound\":\"approx\"")
            case .moreThan: raw(",\"bound\":\"more_than\"")
            case .atLeast: raw(",\"bound\":\"at_least\"")
            case .lessThan: raw(",\"bound\":\"less_than\"")
            case .atMost: raw(",\"bound\":\"at_most\"")
            }
            str(",\"metric\":", p.pointee.metric)
            str(",\"subject\":", p.pointee.subject)
            str(",\"region\":", p.pointee.region)
            str(",\"period\":", p.pointee.period)
            switch p.pointee.modality {
            case .actual: raw(",\"modality\":\"actual\"")
            case .forecast: raw(",\"modality\":\"forecast\"")
            case .target: raw(",\"modality\":\"target\"")
            }
            raw(",\"sentence\":")
            sentence(p.pointee.sentence)
            if let basis = p.pointee.basis { str(",\"basis\":", basis.rawValue) }
            if let base = p.pointee.basePeriod { str(",\"base_period\":", base) }
            if let g = p.pointee.growthFactors {
                raw(",\"growth_factors\":[")
                for (k, v) in g.enumerated() {
                    if k > 0 { byte(0x2C) }
                    number(v)
                }
                byte(0x5D)
            }
            if let rule = p.pointee.rule { str(",\"rule\":", rule) }
            if let w = p.pointee.why {
                str(",\"why\":{\"metric\":", w.metric)
                str(",\"subject\":", w.subject)
                str(",\"region\":", w.region)
                str(",\"period\":", w.period)
                str(",\"modality\":", w.modality)
                byte(0x7D)
            }
            bytes(tail)
        }
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
            c.growthFactors.map { $0.map(number).joined(separator: ";") } ?? "", c.rule ?? "",
            c.why.map { "metric=\($0.metric);subject=\($0.subject);region=\($0.region);period=\($0.period);modality=\($0.modality)" } ?? "",
            docDate?.point.spec ?? "",
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
    /// control characters are escaped, everything else is copied in runs (`JSONWriter.escape`).
    static func appendJSONString(_ string: String, to out: inout [UInt8]) {
        var string = string
        let start = out.count
        string.withUTF8 { b in
            out.append(contentsOf: repeatElement(0, count: 6 * b.count + 2))
            let end = out.withUnsafeMutableBufferPointer { buf in
                var w = JSONWriter(buf.baseAddress! + start)
                w.byte(0x22)
                w.count = JSONWriter.escape(b, to: w.base, at: w.count)
                w.byte(0x22)
                return start + w.count
            }
            out.removeLast(out.count - end)
        }
    }
}
