/// Turns quantities into claims: metric, subject, region, period, modality.
enum ClaimLinker {
    static func link(_ quantities: [Quantity], in text: NormalizedText, doc: String,
                     docDate: DocumentDate?) -> ExtractionResult {
        let date = docDate ?? TimeExpressions.inferDocumentDate(text)
        let claims = quantities.map { q in
            Claim(doc: doc, start: q.start, end: q.end, text: text.text(q.start, q.end), value: q.value,
                  valueMax: q.valueMax, unit: q.unit, counter: q.counter, bound: q.bound, rule: q.rule)
        }
        return ExtractionResult(claims: claims, docDate: date)
    }
}
