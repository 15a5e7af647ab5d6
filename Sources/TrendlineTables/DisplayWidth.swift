/// How many terminal columns text occupies, after Unicode East Asian Width (UAX #11).
///
/// Wide (W) and full-width (F) characters — CJK ideographs, kana, Hangul syllables,
/// full-width forms, CJK punctuation, emoji with emoji presentation — take 2 columns.
/// Combining marks (non-spacing, enclosing and spacing), format characters, zero-width spaces and joiners,
/// variation selectors, Hangul medial vowels and final consonants, and control
/// characters take 0. Everything else, including East Asian Ambiguous characters
/// (such as “…” and “·”), takes 1, as in a terminal set to the Western convention.
/// An emoji sequence that a terminal draws as one picture (ZWJ sequences, skin tones,
/// VS16, flags, keycaps) counts 2 as a whole.
public enum DisplayWidth {
    /// Display columns of `s`: the sum over its characters (grapheme clusters).
    public static func of(_ s: String) -> Int {
        var ascii = true
        var n = 0
        for b in s.utf8 {
            if b >= 0x80 { ascii = false; break }
            if b >= 0x20 && b != 0x7F { n += 1 }
        }
        if ascii { return n }
        var total = 0
        for ch in s { total += of(ch) }
        return total
    }

    /// Display columns of one character (grapheme cluster).
    public static func of(_ ch: Character) -> Int {
        let scalars = ch.unicodeScalars
        var it = scalars.makeIterator()
        guard let first = it.next() else { return 0 }
        guard let second = it.next() else { return of(first) }
        if isEmojiSequence(first: first, second: second, scalars: scalars) { return 2 }
        var total = of(first) + of(second)
        while let s = it.next() { total += of(s) }
        return total
    }

    /// Display columns of one code point: 0, 1 or 2.
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v < 0x7F { return v >= 0x20 ? 1 : 0 }
        if v < 0xA0 { return 0 }            // DEL and C1 controls
        if v == 0xAD { return 1 }           // soft hyphen is drawn by terminals
        if (0x200B...0x200F).contains(v) || (0xFE00...0xFE0F).contains(v)
            || (0x2028...0x202E).contains(v) || (0x2060...0x206F).contains(v) {
            return 0
        }
        // Hangul Jamo medial vowels and final consonants join the preceding initial.
        if (0x1160...0x11FF).contains(v) || (0xD7B0...0xD7FF).contains(v) { return 0 }
        switch scalar.properties.generalCategory {
        case .format where isPrependedConcatenationMark(v): return 1
        // Spacing marks (Devanagari vowel signs, Hangul tone marks) join their base
        // character's cell, as wcwidth counts them.
        case .nonspacingMark, .enclosingMark, .spacingMark, .format: return 0
        default: break
        }
        if v >= 0x1100 && isWide(v) { return 2 }
        if v >= 0x1F000 && scalar.properties.isEmojiPresentation { return 2 }  // emoji newer than the table
        return 1
    }

    /// Format characters that are drawn (Arabic number signs and the like).
    private static func isPrependedConcatenationMark(_ v: UInt32) -> Bool {
        switch v {
        case 0x0600...0x0605, 0x06DD, 0x070F, 0x0890...0x0891, 0x08E2, 0x110BD, 0x110CD: return true
        default: return false
        }
    }

    /// Binary search in the generated W/F ranges.
    static func isWide(_ v: UInt32) -> Bool {
        var lo = 0, hi = eastAsianWideRanges.count - 1
        while lo <= hi {
            let mid = (lo + hi) / 2
            let r = eastAsianWideRanges[mid]
            if v < r.lowerBound { hi = mid - 1 } else if v > r.upperBound { lo = mid + 1 } else { return true }
        }
        return false
    }

    private static func isEmojiSequence(first: Unicode.Scalar, second: Unicode.Scalar,
                                        scalars: String.UnicodeScalarView) -> Bool {
        // Regional-indicator pairs (flags).
        if (0x1F1E6...0x1F1FF).contains(first.value) && (0x1F1E6...0x1F1FF).contains(second.value) { return true }
        guard first.properties.isEmoji else { return false }
        for s in scalars {
            switch s.value {
            case 0xFE0F, 0x200D, 0x20E3, 0x1F3FB...0x1F3FF, 0xE0020...0xE007F: return true
            default: continue
            }
        }
        return false
    }
}
