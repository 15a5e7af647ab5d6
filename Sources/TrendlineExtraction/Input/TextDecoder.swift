import Foundation

/// Turns a file's bytes into text: UTF-8 (with or without BOM), UTF-16 with a BOM, or GB18030/GBK
/// detected from the byte structure. Line breaks become LF (CRLF and lone CR alike), so offsets agree
/// with tools that read text with universal newlines.
enum TextDecoder {
    struct Decoded {
        var text: String
        var encoding: String
        var warnings: [String]
    }

    /// Foundation's NSStringEncoding for kCFStringEncodingGB_18030_2000 (a superset of GBK and GB2312).
    static let gb18030 = String.Encoding(rawValue: 0x8000_0632)

    static func decode(_ bytes: [UInt8], path: String) throws(InputError) -> Decoded {
        if bytes.isEmpty { return Decoded(text: "", encoding: "UTF-8", warnings: []) }

        // UTF-16 announces itself with a BOM; without one it is indistinguishable from binary.
        if bytes.count >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) {
            let little = bytes[0] == 0xFF
            let body = Data(bytes[2...])
            guard body.count % 2 == 0,
                  let text = String(data: body, encoding: little ? .utf16LittleEndian : .utf16BigEndian) else {
                throw InputError(path: path, message: "starts with a UTF-16 byte-order mark but is not valid UTF-16")
            }
            return Decoded(text: unifyLineBreaks(text), encoding: little ? "UTF-16LE" : "UTF-16BE", warnings: [])
        }

        var start = 0
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { start = 3 }

        if let nul = firstIndex(of: 0, in: bytes, from: start) {
            throw InputError(path: path, message: "binary file (NUL byte at byte \(nul)), not text")
        }

        let body = unifyLineBreaks(bytes, from: start)
        if let text = String(validating: body, as: UTF8.self) {
            return Decoded(text: text, encoding: "UTF-8", warnings: [])
        }

        // Not valid UTF-8. Locate the bad sequences (offsets into the file as it is on disk).
        let scan = scanUTF8(bytes, from: start)
        let invalidShare = scan.nonASCIIBytes == 0 ? 1 : Double(scan.invalidBytes) / Double(scan.nonASCIIBytes)
        if invalidShare >= 0.3 {
            let gb = scanGB(bytes, from: start)
            if gb.invalid == 0, gb.pairs >= 2, Double(gb.gb2312Pairs) >= 0.7 * Double(gb.pairs) {
                guard let text = String(data: Data(body), encoding: gb18030) else {
                    throw InputError(path: path, message: "looks like GB18030/GBK text but could not be decoded; "
                                     + "convert it to UTF-8 (iconv -f GB18030 -t UTF-8)")
                }
                return Decoded(text: text, encoding: "GB18030",
                               warnings: ["\(path): not UTF-8; decoded as GB18030/GBK"])
            }
            if scan.invalidSequences >= 16 {
                throw InputError(path: path, message: "not UTF-8 (\(scan.invalidSequences) invalid byte sequences, "
                                 + "first at byte \(scan.firstOffsets[0])) and not GB18030/GBK either; "
                                 + "convert it to UTF-8 first")
            }
        }
        let text = String(decoding: body, as: UTF8.self)
        let shown = scan.firstOffsets.map(String.init).joined(separator: ", ")
        let more = scan.invalidSequences > scan.firstOffsets.count
            ? " and \(scan.invalidSequences - scan.firstOffsets.count) more" : ""
        let noun = scan.invalidSequences == 1 ? "sequence" : "sequences"
        return Decoded(text: text, encoding: "UTF-8", warnings: [
            "\(path): invalid UTF-8 \(noun) at byte \(shown)\(more); replaced with U+FFFD",
        ])
    }

    // MARK: - Line breaks

    /// CRLF and lone CR become LF. CR (0x0D) never occurs inside a multi-byte UTF-8 or GB18030 sequence,
    /// so this is safe on the raw bytes of either.
    static func unifyLineBreaks(_ bytes: [UInt8], from start: Int) -> ArraySlice<UInt8> {
        guard let firstCR = firstIndex(of: 0x0D, in: bytes, from: start) else { return bytes[start...] }
        var out = [UInt8]()
        out.reserveCapacity(bytes.count - start)
        out.append(contentsOf: bytes[start..<firstCR])
        var i = firstCR
        while i < bytes.count {
            let b = bytes[i]
            if b == 0x0D {
                out.append(0x0A)
                if i + 1 < bytes.count, bytes[i + 1] == 0x0A { i += 1 }
            } else {
                out.append(b)
            }
            i += 1
        }
        return out[...]
    }

    static func unifyLineBreaks(_ text: String) -> String {
        guard text.utf8.contains(0x0D) else { return text }
        var scalars = String.UnicodeScalarView()
        var pendingCR = false
        for u in text.unicodeScalars {
            if u == "\r" { scalars.append("\n"); pendingCR = true; continue }
            if u == "\n" && pendingCR { pendingCR = false; continue }
            pendingCR = false
            scalars.append(u)
        }
        return String(scalars)
    }

    static func firstIndex(of byte: UInt8, in bytes: [UInt8], from start: Int) -> Int? {
        guard start < bytes.count else { return nil }
        return bytes.withUnsafeBufferPointer { buf -> Int? in
            guard let base = buf.baseAddress,
                  let hit = memchr(base + start, Int32(byte), buf.count - start) else { return nil }
            return base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
        }
    }

    // MARK: - Encoding evidence

    struct UTF8Scan {
        var invalidSequences = 0
        var invalidBytes = 0
        var nonASCIIBytes = 0
        /// Byte offsets (in the file) of the first few invalid sequences.
        var firstOffsets: [Int] = []
    }

    static func scanUTF8(_ bytes: [UInt8], from start: Int) -> UTF8Scan {
        var scan = UTF8Scan()
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes[start...].makeIterator()
        var offset = start
        loop: while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                if encoded.count > 1 { scan.nonASCIIBytes += encoded.count }
                offset += encoded.count
            case .error(let length):
                scan.invalidSequences += 1
                scan.invalidBytes += length
                scan.nonASCIIBytes += length
                if scan.firstOffsets.count < 5 { scan.firstOffsets.append(offset) }
                offset += length
            case .emptyInput:
                break loop
            }
        }
        return scan
    }

    struct GBScan {
        var pairs = 0
        /// Two-byte characters in the GB2312 zone (both bytes A1–FE), where all common Chinese text lives.
        var gb2312Pairs = 0
        var invalid = 0
    }

    /// Walks the bytes as GB18030: ASCII, two-byte (81–FE, 40–FE except 7F), four-byte (81–FE, 30–39, 81–FE, 30–39).
    static func scanGB(_ bytes: [UInt8], from start: Int) -> GBScan {
        var scan = GBScan()
        var i = start
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x80 { i += 1; continue }
            guard b >= 0x81, b <= 0xFE, i + 1 < n else { scan.invalid += 1; i += 1; continue }
            let t = bytes[i + 1]
            if t >= 0x30, t <= 0x39 {
                guard i + 3 < n, (0x81...0xFE).contains(bytes[i + 2]), (0x30...0x39).contains(bytes[i + 3]) else {
                    scan.invalid += 1; i += 1; continue
                }
                i += 4
            } else if t >= 0x40, t <= 0xFE, t != 0x7F {
                scan.pairs += 1
                if b >= 0xA1, t >= 0xA1 { scan.gb2312Pairs += 1 }
                i += 2
            } else {
                scan.invalid += 1; i += 1
            }
        }
        return scan
    }
}
