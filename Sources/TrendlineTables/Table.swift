/// A table of text cells, rendered by the renderers in this module
/// (aligned text with East Asian Width, Markdown, CSV, JSON).
public struct Table: Sendable, Equatable {
    public enum Alignment: String, Sendable { case left, right, center }

    public struct Column: Sendable, Equatable {
        public var title: String
        public var alignment: Alignment
        /// Cells longer than this (in display columns) are wrapped or truncated; nil = no limit.
        public var maxWidth: Int?
        public init(_ title: String, alignment: Alignment = .left, maxWidth: Int? = nil) {
            self.title = title; self.alignment = alignment; self.maxWidth = maxWidth
        }
    }

    public var title: String?
    public var columns: [Column]
    public var rows: [[String]]

    public init(title: String? = nil, columns: [Column], rows: [[String]] = []) {
        self.title = title; self.columns = columns; self.rows = rows
    }
}
