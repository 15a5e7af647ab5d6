/// The output formats a `Table` renders to.
public enum OutputFormat: String, CaseIterable, Sendable {
    case text, markdown, csv, json
}

extension Table {
    /// Renders the table.
    ///
    /// - `text`: aligned columns for a terminal, measured in display columns
    ///   (`DisplayWidth`), every line equally wide; see `renderText(width:)`.
    /// - `markdown`: a GitHub-flavoured pipe table.
    /// - `csv`: RFC 4180 (CRLF between records, quotes where needed), header first.
    /// - `json`: an array of objects keyed by column title, keys in column order.
    ///
    /// `width` limits only the text format. The result has no trailing line break.
    /// Rows shorter than the header are padded with empty cells; cells beyond the
    /// last column are kept, under untitled extra columns (never dropped).
    public func render(_ format: OutputFormat, width: Int? = nil) -> String {
        switch format {
        case .text: return renderText(width: width)
        case .markdown: return renderMarkdown()
        case .csv: return renderCSV()
        case .json: return renderJSON()
        }
    }

    /// Columns and rows made rectangular: extra untitled columns for long rows,
    /// empty cells for short ones.
    var normalized: (columns: [Column], rows: [[String]]) {
        let n = max(columns.count, rows.map(\.count).max() ?? 0)
        var cols = columns
        while cols.count < n { cols.append(Column("")) }
        let rs = rows.map { $0.count == n ? $0 : $0 + Array(repeating: "", count: n - $0.count) }
        return (cols, rs)
    }
}
