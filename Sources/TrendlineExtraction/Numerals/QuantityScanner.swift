/// Finds every quantity in a text.
enum QuantityScanner {
    static func scan(_ text: NormalizedText) -> [Quantity] {
        []
    }
}
