/// Line breaking, truncation and padding measured in display columns.
public enum TextLayout {
    /// Splits at line breaks (LF, CR, CRLF, U+2028/2029, NEL, VT, FF) and makes each
    /// line safe for a terminal: a tab becomes a space, other control characters become
    /// their visible Control Pictures (ESC → "␛"), so they cannot move the cursor.
    public static func lines(_ s: String) -> [String] {
        var out: [String] = []
        var cur = ""
        for ch in s {
            if ch.isNewline { out.append(cur); cur = ""; continue }
            cur.append(contentsOf: visible(ch))
        }
        out.append(cur)
        return out
    }

    private static func visible(_ ch: Character) -> String {
        guard ch.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else {
            return String(ch)
        }
        var out = ""
        for s in ch.unicodeScalars {
            switch s.value {
            case 0x09: out += " "
            case 0x00..<0x20: out.unicodeScalars.append(Unicode.Scalar(0x2400 + s.value)!)
            case 0x7F: out += "\u{2421}"
            case 0x80..<0xA0: out += "\u{FFFD}"
            default: out.unicodeScalars.append(s)
            }
        }
        return out
    }

    /// Closing punctuation never starts a line; it stays with what precedes it.
    static let closing: Set<Character> = Set("，。、；：！？）」』】》〉〕〗｝”’％…,.;:!?)]}%")
    /// Opening punctuation never ends a line; it stays with what follows it.
    static let opening: Set<Character> = Set("（「『【《〈〔〖｛“‘([{")

    /// Scale words, currency names and counters that stay on the line of the
    /// number before them ("1.2万亿元" is never split after "1.2").
    static let numberSuffix: Set<Character> = Set("十百千万亿兆元角美港欧日英镑币台家个项人名位所座款只批倍吨度年月号%％")

    /// Breaks one line (no line breaks inside) into lines of at most `width` columns.
    /// Latin text breaks at spaces; CJK text may break between any two characters
    /// except before closing or after opening punctuation. A word longer than the
    /// width is cut; a single character wider than the width gets a line of its own.
    public static func wrap(_ line: String, width: Int) -> [String] {
        let width = max(width, 1)
        if DisplayWidth.of(line) <= width { return [line] }
        var out: [String] = []
        var cur = "", curW = 0
        var pending = "", pendingW = 0   // spaces waiting for the next word
        func flush() {
            out.append(cur); cur = ""; curW = 0; pending = ""; pendingW = 0
        }
        for token in tokens(line) {
            let w = DisplayWidth.of(token.text)
            if token.isSpace {
                if !cur.isEmpty { pending += token.text; pendingW += w }
                continue
            }
            if curW + pendingW + w <= width {
                cur += pending + token.text; curW += pendingW + w
                pending = ""; pendingW = 0
                continue
            }
            if w <= width {
                if !cur.isEmpty { flush() }
                cur = token.text; curW = w; pending = ""; pendingW = 0
                continue
            }
            // Too long for any line: fill the current line, then cut.
            if !cur.isEmpty && curW + pendingW < width {
                cur += pending; curW += pendingW
            } else if !cur.isEmpty {
                flush()
            }
            pending = ""; pendingW = 0
            for ch in token.text {
                let cw = DisplayWidth.of(ch)
                if curW + cw > width && !cur.isEmpty { flush() }
                cur.append(ch); curW += cw
            }
        }
        if !cur.isEmpty || out.isEmpty { out.append(cur) }
        return out
    }

    private struct Token { var text: String; var isSpace: Bool }

    private static func tokens(_ line: String) -> [Token] {
        var out: [Token] = []
        var lastWide = false      // the last character of the last token is wide
        var glue = false          // the last character was opening punctuation
        var afterNumber = false   // inside a number and the scale/unit words after it
        for ch in line {
            if ch == " " || ch == "\u{3000}" {
                if let last = out.last, last.isSpace { out[out.count - 1].text.append(ch) }
                else { out.append(Token(text: String(ch), isSpace: true)) }
                glue = false; lastWide = false
                continue
            }
            let wide = DisplayWidth.of(ch) >= 2
            let suffix = afterNumber && numberSuffix.contains(ch)
            afterNumber = ch.isASCII && ch.isNumber || (afterNumber && (suffix || ch == "." || ch == ","))
            if let last = out.last, !last.isSpace,
               glue || suffix || closing.contains(ch) || (!wide && !lastWide) {
                out[out.count - 1].text.append(ch)
            } else {
                out.append(Token(text: String(ch), isSpace: false))
            }
            glue = opening.contains(ch)
            lastWide = wide
        }
        return out
    }

    /// Cuts `line` to at most `width` columns, ending in "…" when anything was cut.
    public static func truncate(_ line: String, width: Int) -> String {
        if DisplayWidth.of(line) <= width { return line }
        if width <= 0 { return "" }
        var out = "", w = 0
        for ch in line {
            let cw = DisplayWidth.of(ch)
            if w + cw > width - 1 { break }
            out.append(ch); w += cw
        }
        return out + "…"
    }

    /// Pads `s` with spaces to `width` columns (unchanged if already as wide).
    public static func pad(_ s: String, to width: Int, alignment: Table.Alignment) -> String {
        let gap = width - DisplayWidth.of(s)
        guard gap > 0 else { return s }
        switch alignment {
        case .left: return s + String(repeating: " ", count: gap)
        case .right: return String(repeating: " ", count: gap) + s
        case .center:
            let l = gap / 2
            return String(repeating: " ", count: l) + s + String(repeating: " ", count: gap - l)
        }
    }
}
