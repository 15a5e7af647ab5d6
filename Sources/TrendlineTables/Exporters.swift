extension Table {
    /// GitHub-flavoured Markdown: optional title as a paragraph, then a pipe table
    /// whose source is padded to line up in a monospace font. "|" is escaped as "\|",
    /// a backslash before ASCII punctuation is doubled, line breaks become "<br>".
    public func renderMarkdown() -> String {
        let (cols, rows) = normalized
        var out: [String] = []
        if let title, !title.isEmpty {
            out.append(TextLayout.lines(title).joined(separator: " "))
            if !cols.isEmpty { out.append("") }
        }
        guard !cols.isEmpty else { return out.joined(separator: "\n") }
        let header = cols.map { Table.markdownEscape($0.title) }
        let body = rows.map { $0.map(Table.markdownEscape) }
        let widths = cols.indices.map { i in
            max(3, ([header[i]] + body.map { $0[i] }).map(DisplayWidth.of).max() ?? 0)
        }
        func line(_ cells: [String]) -> String {
            "| " + cells.indices.map {
                TextLayout.pad(cells[$0], to: widths[$0], alignment: cols[$0].alignment)
            }.joined(separator: " | ") + " |"
        }
        out.append(line(header))
        out.append("| " + cols.indices.map { i -> String in
            let w = widths[i]
            switch cols[i].alignment {
            case .left: return ":" + String(repeating: "-", count: w - 1)
            case .right: return String(repeating: "-", count: w - 1) + ":"
            case .center: return ":" + String(repeating: "-", count: w - 2) + ":"
            }
        }.joined(separator: " | ") + " |")
        for row in body { out.append(line(row)) }
        return out.joined(separator: "\n")
    }

    static func markdownEscape(_ s: String) -> String {
        var out = ""
        let chars = Array(s)
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c == "\\", i + 1 < chars.count, let a = chars[i + 1].asciiValue, (0x21...0x7E).contains(a),
               !chars[i + 1].isLetter, !chars[i + 1].isNumber {
                out += "\\\\"
            } else if c == "|" {
                out += "\\|"
            } else if c.isNewline {
                out += "<br>"
            } else if c == "\t" {
                out += " "
            } else {
                out.append(c)
            }
            i += 1
        }
        return out
    }

    /// RFC 4180 CSV: header record then rows, CRLF between records; a field is quoted
    /// when it holds a comma, a double quote, CR or LF, with quotes doubled.
    public func renderCSV() -> String {
        let (cols, rows) = normalized
        guard !cols.isEmpty else { return "" }
        let records = [cols.map(\.title)] + rows
        return records.map { $0.map(Table.csvField).joined(separator: ",") }.joined(separator: "\r\n")
    }

    static func csvField(_ s: String) -> String {
        let needsQuotes = s.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" }
        guard needsQuotes else { return s }
        return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// JSON: an array with one object per row, keys = column titles in column order,
    /// values = the cell strings. An empty title becomes "column N" (1-based) and a
    /// repeated title gets " (2)", " (3)"… so no cell is lost. The title is not included.
    public func renderJSON() -> String {
        let (cols, rows) = normalized
        var keys: [String] = []
        var seen = Set<String>()
        for (i, c) in cols.enumerated() {
            let base = c.title.isEmpty ? "column \(i + 1)" : c.title
            var key = base, n = 2
            while seen.contains(key) { key = "\(base) (\(n))"; n += 1 }
            seen.insert(key); keys.append(key)
        }
        guard !rows.isEmpty else { return "[]" }
        let objects = rows.map { row in
            "  {" + zip(keys, row).map { Table.jsonString($0) + ": " + Table.jsonString($1) }
                .joined(separator: ", ") + "}"
        }
        return "[\n" + objects.joined(separator: ",\n") + "\n]"
    }

    static func jsonString(_ s: String) -> String {
        var out = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            default:
                if u.value < 0x20 || u.value == 0x2028 || u.value == 0x2029 {
                    out += "\\u" + String(repeating: "0", count: 4 - String(u.value, radix: 16).count)
                        + String(u.value, radix: 16)
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        return out + "\""
    }
}
