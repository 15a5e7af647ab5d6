import Foundation

/// Documents carried as JSON Lines, one article per line: `{"doc": "a.txt", "text": "…", "date": "2025-08"}`.
/// `text` is required; the document's name is `doc`, `path` or `id` (else FILE:LINE); its date is `date`,
/// `doc_date`, `published` or `pubdate` (a metadata date, as front matter would give). Offsets of claims
/// are into `text`.
extension DocumentLoader {
    /// Whether a .jsonl file holds documents (its first record has a `text` field and no `value`), not claims.
    public static func holdsDocuments(_ path: String) -> Bool {
        guard path.hasSuffix(".jsonl"), let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: 1 << 20)) ?? Data()
        guard let line = head.split(separator: UInt8(ascii: "\n")).first(where: { !$0.allSatisfy { $0 == 0x20 || $0 == 0x0D } }),
              let obj = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any] else { return false }
        return obj["text"] is String && obj["value"] == nil
    }

    /// Every document of a JSON Lines file; a line that is not a JSON object with a `text` string is an
    /// error naming the file and line.
    public static func loadRecords(_ path: String) throws(InputError) -> [SourceDocument] {
        let bytes = try readBytes(path)
        guard let content = String(validating: bytes, as: UTF8.self) else {
            throw InputError(path: path, message: "a JSON Lines file must be UTF-8")
        }
        var docs: [SourceDocument] = []
        for (n, raw) in content.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty { continue }
            guard let obj = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else {
                throw InputError(path: path, message: "line \(n + 1) is not a JSON object")
            }
            guard let text = obj["text"] as? String else {
                throw InputError(path: path, message: "line \(n + 1) has no \"text\" string")
            }
            let name = (obj["doc"] ?? obj["path"] ?? obj["id"]).map { "\($0)" } ?? "\(path):\(n + 1)"
            var date: DocumentDate? = nil
            var warnings: [String] = []
            for key in ["date", "doc_date", "published", "pubdate"] {
                guard let v = obj[key] as? String, !v.isEmpty else { continue }
                if let p = FrontMatter.parseDate(v) {
                    date = DocumentDate(point: p, source: .metadata, evidence: "\(path):\(n + 1) \(key): \(v)")
                } else {
                    warnings.append("\(path):\(n + 1): \(key) \"\(v)\" is not a date (YYYY-MM-DD); ignored")
                }
                break
            }
            let normalized = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
            docs.append(SourceDocument(path: name, text: normalized, docDate: date, warnings: warnings))
        }
        return docs
    }
}
