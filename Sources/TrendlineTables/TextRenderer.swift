extension Table {
    /// Separator between text columns.
    static let columnGap = "  "

    /// Aligned text: optional title (centred), header, a rule of "-", rows.
    ///
    /// Each cell is split at its line breaks; a column with `maxWidth` wraps longer
    /// lines (CJK between characters, Latin at spaces, never between a number and
    /// its scale or unit). When `width` is given and the table is wider, columns
    /// shrink — the widest left/centre-aligned (text) column first, right-aligned
    /// (number) columns only when text columns are down to 4 columns, and anything
    /// below 4 only as a last resort. A shrunk column with `maxWidth` wraps again at
    /// its new width; in other columns lines that no longer fit end in "…". A table narrower than `width` is left as it is; a table that
    /// cannot fit even with every column 1 wide is printed at that minimum.
    /// All lines have the same display width (trailing spaces included).
    public func renderText(width: Int? = nil) -> String {
        let (cols, rows) = normalized
        guard !cols.isEmpty else { return title.map { TextLayout.lines($0).joined(separator: "\n") } ?? "" }
        let gapW = DisplayWidth.of(Table.columnGap)

        // Lines of every cell, then wrapped to the column's maxWidth.
        let rawHeader = cols.map { TextLayout.lines($0.title) }
        let rawBody = rows.map { $0.map(TextLayout.lines) }
        func wrapped(_ lines: [String], _ width: Int?) -> [String] {
            guard let width else { return lines }
            return lines.flatMap { TextLayout.wrap($0, width: width) }
        }
        var header = cols.indices.map { wrapped(rawHeader[$0], cols[$0].maxWidth) }
        var body = rawBody.map { row in cols.indices.map { wrapped(row[$0], cols[$0].maxWidth) } }

        var widths = cols.indices.map { i in
            max(1, (header[i] + body.flatMap { $0[i] }).map(DisplayWidth.of).max() ?? 0)
        }
        if let limit = width {
            let natural = widths
            widths = Table.shrink(widths, alignments: cols.map(\.alignment),
                                  to: limit - gapW * (cols.count - 1))
            // A wrapping column (one with maxWidth) that had to shrink wraps again at
            // its new width rather than losing text; other columns are truncated.
            for i in cols.indices where cols[i].maxWidth != nil && widths[i] < natural[i] {
                header[i] = wrapped(rawHeader[i], widths[i])
                for r in body.indices { body[r][i] = wrapped(rawBody[r][i], widths[i]) }
            }
        }
        let total = widths.reduce(0, +) + gapW * (cols.count - 1)

        func render(_ cells: [[String]]) -> [String] {
            let height = cells.map(\.count).max() ?? 1
            return (0..<height).map { k in
                cols.indices.map { i in
                    let line = k < cells[i].count ? TextLayout.truncate(cells[i][k], width: widths[i]) : ""
                    return TextLayout.pad(line, to: widths[i], alignment: cols[i].alignment)
                }.joined(separator: Table.columnGap)
            }
        }

        var lines: [String] = []
        var tableWidth = total
        if let title {
            let titleLines = TextLayout.lines(title)
            let natural = titleLines.map(DisplayWidth.of).max() ?? 0
            // A title wider than the table widens it (up to the width limit).
            tableWidth = max(total, min(natural, width ?? natural))
            for l in titleLines {
                for part in TextLayout.wrap(l, width: tableWidth) {
                    let fitted = TextLayout.truncate(part, width: tableWidth)  // a wide character in a 1-column table
                    lines.append(TextLayout.pad(fitted, to: tableWidth, alignment: .center))
                }
            }
        }
        lines += render(header)
        lines.append(widths.map { String(repeating: "-", count: $0) }.joined(separator: Table.columnGap))
        for row in body { lines += render(row) }
        return lines.map { TextLayout.pad($0, to: tableWidth, alignment: .left) }.joined(separator: "\n")
    }

    /// Narrows column widths until their sum is at most `budget`.
    static func shrink(_ natural: [Int], alignments: [Alignment], to budget: Int) -> [Int] {
        var w = natural
        var excess = w.reduce(0, +) - budget
        guard excess > 0 else { return w }
        let phases: [(Int) -> Int?] = [
            { alignments[$0] != .right ? min(natural[$0], 4) : nil },   // text columns first
            { min(natural[$0], 4) },                                   // then numbers
            { _ in 1 },                                                // then anything
        ]
        for floor in phases {
            while excess > 0 {
                var best: Int? = nil
                for i in w.indices {
                    guard let f = floor(i), w[i] > f else { continue }
                    if best == nil || w[i] > w[best!] { best = i }
                }
                guard let i = best else { break }
                w[i] -= 1; excess -= 1
            }
        }
        return w
    }
}
