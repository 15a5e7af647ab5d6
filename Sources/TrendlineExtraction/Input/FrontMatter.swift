/// A metadata block at the top of a document:
///
///     ---
///     title: 人工智能产业基金
///     date: 2025-03-29
///     ---
///
/// `date` (or `published`, `pubdate`, `publish_date`) gives the document date, at year, month or day
/// precision (2025, 2025-03, 2025-03-29, 2025/3/29, 2025-03-29T08:00:00+08:00).
enum FrontMatter {
    struct Result {
        var date: DocumentDate?
        var bodyStart: Int = 0
        var warnings: [String] = []
    }

    static let dateKeys: Set<String> = ["date", "published", "pubdate", "publish_date", "published_at", "doc_date"]
    /// A front-matter block longer than this many lines is taken for ordinary text.
    static let maxLines = 60

    static func parse(_ text: String, path: String) -> Result {
        var result = Result()
        guard text.hasPrefix("---\n") else { return result }
        var offset = 4  // scalars consumed so far
        var linesSeen = 0
        var date: DocumentDate?
        var warnings: [String] = []
        var remaining = text.unicodeScalars.dropFirst(4)
        while linesSeen < maxLines {
            guard let nl = remaining.firstIndex(of: "\n") else { return result }  // never closed: not front matter
            let line = String(String.UnicodeScalarView(remaining[..<nl]))
            offset += line.unicodeScalars.count + 1
            remaining = remaining[remaining.index(after: nl)...]
            linesSeen += 1
            let trimmed = line.trimmingSpaces
            if trimmed == "---" || trimmed == "..." {
                result.date = date
                result.bodyStart = offset
                result.warnings = warnings
                return result
            }
            guard let colon = line.firstIndex(of: ":") else { continue }
            let key = String(line[..<colon]).trimmingSpaces.lowercased()
            guard dateKeys.contains(key), date == nil else { continue }
            var value = String(line[line.index(after: colon)...]).trimmingSpaces
            if value.count >= 2, let f = value.first, let l = value.last, f == l, f == "\"" || f == "'" {
                value = String(value.dropFirst().dropLast())
            }
            if let point = parseDate(value) {
                date = DocumentDate(point: point, source: .metadata, evidence: "front matter \(key): \(value)")
            } else {
                warnings.append("\(path): front matter \(key) \"\(value)\" is not a date (YYYY-MM-DD); ignored")
            }
        }
        return result
    }

    /// 2025 / 2025-03 / 2025-03-29 / 2025/3/29 / 2025.03.29, optionally followed by a time ("T08:00", " 08:00").
    static func parseDate(_ value: String) -> DatePoint? {
        var v = Substring(value)
        if let cut = v.firstIndex(where: { $0 == "T" || $0 == " " }) { v = v[..<cut] }
        let parts = v.split(omittingEmptySubsequences: false) { $0 == "-" || $0 == "/" || $0 == "." }
        guard (1...3).contains(parts.count),
              parts.allSatisfy({ !$0.isEmpty && $0.count <= 4 && $0.allSatisfy(\.isASCII) }),
              parts[0].count == 4 else { return nil }
        let numbers = parts.compactMap { Int($0) }
        guard numbers.count == parts.count, (1000...2999).contains(numbers[0]) else { return nil }
        let point = DatePoint(year: numbers[0], month: numbers.count > 1 ? numbers[1] : nil,
                              day: numbers.count > 2 ? numbers[2] : nil)
        return DatePoint(spec: point.spec)  // validates month and day ranges
    }
}

extension String {
    fileprivate var trimmingSpaces: String {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\t" { s = s.dropFirst() }
        while let l = s.last, l == " " || l == "\t" { s = s.dropLast() }
        return String(s)
    }
}
