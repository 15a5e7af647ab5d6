/// What a word after a number makes of it.
enum UnitMatch: Sendable, Equatable {
    /// Money: ISO currency code.
    case money(String)
    case percent
    /// 个百分点
    case pp
    /// 倍
    case multiple
    /// A counter word (家, 台 …); `counter` is what the claim reports, `word` may be longer (个人 → 个).
    case count(String)
    /// A physical unit (km2, t, kW …).
    case physical(String)
    /// The number is not a quantity: durations (个月, 小时), ages (岁), ordinal-like words (位数).
    case reject
}

/// The unit rule sets of every dimension, joined into one longest-match lexicon.
enum UnitRules {
    static let all: Lexicon<UnitMatch> = Lexicon(
        MoneyRules.suffixes + PercentRules.suffixes + CountRules.counters + PhysicalRules.units + CountRules.rejects
    )
}
