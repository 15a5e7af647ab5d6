/// How the stated figure relates to the true value ("超1.2万亿" is a lower bound).
public enum Bound: String, Codable, Sendable, CaseIterable {
    case exact, approx
    case moreThan = "more_than"
    case atLeast = "at_least"
    case lessThan = "less_than"
    case atMost = "at_most"
}

/// Whether a figure is a reported fact, a forecast or a target.
public enum Modality: String, Codable, Sendable, CaseIterable {
    case actual, forecast, target
}

/// What a growth figure compares against.
public enum GrowthBasis: String, Codable, Sendable, CaseIterable {
    /// 同比, 比上年
    case yoy
    /// 比"十三五"时期, 比2020年
    case vsPeriod = "vs_period"
    /// 年复合增长率, 年均增长
    case cagr
    case unspecified
}

/// A resolved quantity: a number with its unit and bound, before linking.
public struct Quantity: Sendable, Hashable {
    /// Unicode scalar offsets into the document text, end exclusive.
    public var start: Int
    public var end: Int
    /// Value in base units (亿 = 1e8; percent as the percent figure).
    public var value: Double
    /// Upper end for ranges (20%-30%), nil otherwise.
    public var valueMax: Double?
    /// CNY USD HKD EUR JPY GBP, percent, pp, multiple, count, or a physical unit (km2, t, kW ...).
    public var unit: String
    /// Counter word for counts (家, 台 ...).
    public var counter: String?
    public var bound: Bound
    /// Stated as a fall (下降4.6%) — the value is already negative.
    public var isFall: Bool
    /// Which rule produced it, for "why was this extracted?".
    public var rule: String
    /// Money read as CNY from a bare 元 (or from context, no currency word): a page whose amounts are in
    /// another currency (新台幣, （港幣，下同）) makes it that currency.
    var currencyImplied = false

    public init(start: Int, end: Int, value: Double, valueMax: Double? = nil, unit: String,
                counter: String? = nil, bound: Bound = .exact, isFall: Bool = false, rule: String) {
        self.start = start; self.end = end; self.value = value; self.valueMax = valueMax
        self.unit = unit; self.counter = counter; self.bound = bound; self.isFall = isFall; self.rule = rule
    }
}

/// One statement of a quantity, linked to what, where, when and how sure.
/// Field names follow the claims contract (SPEC.md); they are fixed.
public struct Claim: Codable, Sendable, Hashable {
    public var doc: String
    public var start: Int
    public var end: Int
    public var text: String
    public var value: Double
    public var valueMax: Double?
    public var unit: String
    public var counter: String?
    public var bound: Bound
    public var metric: String
    public var subject: String
    public var region: String
    /// "2025", "2025-03", "2021..2025", "..2026-03", or "" when unknown.
    public var period: String
    public var modality: Modality
    public var sentence: String
    /// Growth claims only: what the growth compares against.
    public var basis: GrowthBasis?
    /// Growth claims only: the base period when stated ("2016..2020" for 比“十三五”时期).
    public var basePeriod: String?
    /// Growth stated as a multiple (增长1.7倍): the factors the new level may be of the base under each
    /// reading — [N+1, N] ("grew by 1.7 times" → ×2.7, or "grew to 1.7 times" → ×1.7).
    public var growthFactors: [Double]?
    /// The rule that produced the quantity.
    public var rule: String?
    /// The name of the rule that decided each linked field (`"period": "period.scope"`), for "why did this
    /// figure get this region?" and for counting which rules fail.
    public var why: Why?

    public init(doc: String, start: Int, end: Int, text: String, value: Double, valueMax: Double? = nil,
                unit: String, counter: String? = nil, bound: Bound = .exact, metric: String = "other",
                subject: String = "", region: String = "", period: String = "", modality: Modality = .actual,
                sentence: String = "", basis: GrowthBasis? = nil, basePeriod: String? = nil, rule: String? = nil) {
        self.doc = doc; self.start = start; self.end = end; self.text = text; self.value = value
        self.valueMax = valueMax; self.unit = unit; self.counter = counter; self.bound = bound
        self.metric = metric; self.subject = subject; self.region = region; self.period = period
        self.modality = modality; self.sentence = sentence; self.basis = basis; self.basePeriod = basePeriod
        self.rule = rule
    }

    enum CodingKeys: String, CodingKey {
        case doc, start, end, text, value
        case valueMax = "value_max"
        case unit, counter, bound, metric, subject, region, period, modality, sentence, basis
        case basePeriod = "base_period"
        case growthFactors = "growth_factors"
        case rule, why
    }
}

/// Which rule decided each of a claim's linked fields (names such as `region.level-word`, `period.scope`,
/// `metric.money-cue`, `modality.forecast-cue`, `subject.clause`; README lists them).
public struct Why: Codable, Sendable, Hashable {
    public var metric: String
    public var subject: String
    public var region: String
    public var period: String
    public var modality: String

    public init(metric: String = "", subject: String = "", region: String = "", period: String = "", modality: String = "") {
        self.metric = metric; self.subject = subject; self.region = region; self.period = period; self.modality = modality
    }
}

/// The metric vocabulary of SPEC.md.
public enum Metric {
    public static let all: [String] = [
        "market_size", "industry_size", "fund_size", "investment", "financing", "transaction_value",
        "revenue", "output_value", "profit", "cost", "r_and_d", "growth_rate", "share", "count",
        "shipments", "other",
    ]
}

/// ISO codes of the currencies Trendline recognises.
public enum Currency {
    public static let codes: Set<String> = ["CNY", "USD", "HKD", "EUR", "JPY", "GBP", "TWD", "KRW", "AUD", "CAD", "SGD",
                                            "CHF", "RUB", "INR"]
    /// Whether a unit is money: an ISO 4217 code, three capital letters. No other unit has that shape
    /// (percent, pp, multiple, count, km2, kWh, TB, GW, EFLOPS …), so a currency read from a user's claims file
    /// that the extractor does not know yet still counts as money.
    public static func isMoney(_ unit: String) -> Bool {
        // (asked several times per figure: tested on the bytes, without hashing or reading a global)
        guard unit.utf8.count == 3 else { return false }
        for b in unit.utf8 where b < 0x41 || b > 0x5A { return false }
        return true
    }
}
