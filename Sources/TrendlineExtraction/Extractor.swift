/// The extraction engine's entry point: text in, claims out.
///
///     let result = Extractor().extract(text: article, doc: "a.txt")
///     for claim in result.claims { print(claim.value, claim.unit, claim.metric) }
public struct Extractor: Sendable {
    public init() {}

    /// Every quantity in `text`, resolved (value, unit, bound, span) but not linked.
    public func quantities(in text: String) -> [Quantity] {
        let body = FrontMatter.parse(text, path: "").bodyStart
        return QuantityScanner.scan(NormalizedText(text)).dropping(before: body)
    }

    /// Every quantity in `text` as a linked claim.
    /// - Parameters:
    ///   - doc: the document's path as the user gave it (copied into each claim).
    ///   - docDate: the publication date when known (flag or metadata); inferred from the text otherwise.
    public func extract(text: String, doc: String = "", docDate: DocumentDate? = nil) -> ExtractionResult {
        // front matter ("---\ndate: 2025-08-28\n---") is metadata: no claims there, and its date counts
        let front = FrontMatter.parse(text, path: doc)
        return extract(text: text, doc: doc, docDate: docDate ?? front.date, bodyStart: front.bodyStart)
    }

    /// `extract(text:doc:docDate:)` of a text whose front matter the caller has read already (a
    /// `SourceDocument` from `DocumentLoader.load`: its `bodyStart`, and its `docDate` unless one is given),
    /// so that it is not parsed twice.
    public func extract(text: String, doc: String, docDate: DocumentDate?, bodyStart: Int) -> ExtractionResult {
        // a text with pinyin glosses (產(chǎn)業(yè)) is read without them; spans are mapped back onto the text
        if let glosses = PinyinGlosses(text) {
            var result = extract(text: glosses.clean, doc: doc, docDate: docDate, bodyStart: glosses.cleanOffset(bodyStart))
            let original = Array(text.unicodeScalars)
            for k in result.claims.indices {
                let (a, b) = glosses.originalSpan(result.claims[k].start, result.claims[k].end)
                result.claims[k].start = a
                result.claims[k].end = b
                result.claims[k].text = Scan.string(original, a, b)
            }
            result.textScalarCount = original.count
            return result
        }
        let normalized = NormalizedText(text)
        let quantities = QuantityScanner.scan(normalized).dropping(before: bodyStart)
        var result = ClaimLinker.link(quantities, in: normalized, doc: doc, docDate: docDate, bodyStart: bodyStart)
        result.textScalarCount = normalized.count
        return result
    }
}

/// What `Extractor.extract` returns: the claims and the document date they were resolved against.
public struct ExtractionResult: Sendable {
    public var claims: [Claim]
    /// The date relative words (今年, 去年) were resolved against; nil when none could be found.
    public var docDate: DocumentDate?
    /// How many Unicode scalars the text has (`text.unicodeScalars.count`), when the extractor counted
    /// them (it decodes the text anyway: callers checking offsets need not count again).
    public var textScalarCount: Int? = nil

    public init(claims: [Claim], docDate: DocumentDate?) {
        self.claims = claims
        self.docDate = docDate
    }
}

extension Extractor {
    /// Resolves one expression ("超1.2万亿元", "20%～30%") to the quantity that covers most of it,
    /// or nil when it states no quantity.
    public func parse(_ expression: String) -> Quantity? {
        quantities(in: expression).max { ($0.end - $0.start) < ($1.end - $1.start) }
    }
}

extension Array where Element == Quantity {
    /// `filter { $0.start >= start }`, without copying the array when nothing starts before `start`
    /// (front matter holds no figures as a rule).
    func dropping(before start: Int) -> [Quantity] {
        guard contains(where: { $0.start < start }) else { return self }
        return filter { $0.start >= start }
    }
}
