/// Percentages, percentage points and multiples.
/// Examples live in Tests/TrendlineExtractionTests/Corpus/percent.jsonl.
enum PercentRules {
    static let suffixes: [(String, UnitMatch)] = [
        ("%", .percent), ("‰", .reject), ("个百分点", .pp), ("个多百分点", .pp), ("百分点", .pp), ("个点", .pp),
        ("倍", .multiple), ("percent", .percent), ("per cent", .percent),
        ("percentage points", .pp), ("percentage point", .pp), ("times", .multiple),
    ]
}
