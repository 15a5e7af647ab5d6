import TrendlineExtraction

/// A million claims shaped like a decade of news: a few thousand series (metric × subject × region ×
/// unit), yearly values 2015–2025 with noise, some restated by several documents, some targets and
/// forecasts, and growth-rate claims to check against the levels.
enum SyntheticClaims {
    struct LCG {
        var state: UInt64
        mutating func next() -> UInt64 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return state >> 11
        }
        mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
        mutating func unit() -> Double { Double(next() % 1_000_000) / 1_000_000 }
    }

    static func make(count: Int, seed: UInt64 = 42) -> [Claim] {
        let metrics = ["market_size", "industry_size", "revenue", "investment", "output_value", "shipments", "count"]
        let regions = ["中国", "全球", "北京市", "上海市", "广东省", "安徽省", "浙江省", "江苏省", "四川省", "湖北省"]
        let subjects = (0..<300).map { "产业\($0)号" }
        var rng = LCG(state: seed)
        var claims: [Claim] = []
        claims.reserveCapacity(count)
        var n = 0
        while claims.count < count {
            let metric = metrics[rng.below(metrics.count)]
            let subject = subjects[rng.below(subjects.count)]
            let region = regions[rng.below(regions.count)]
            let unit = metric == "count" || metric == "shipments" ? "count" : "CNY"
            let year = 2015 + rng.below(11)
            let base = 1e9 * Double(1 + rng.below(500))
            let value = (base * pow11(1.12, year - 2015) * (0.95 + 0.1 * rng.unit())).rounded()
            let modality: Modality = year == 2025 && rng.below(4) == 0 ? .target : .actual
            let doc = "feed-\(n / 200).txt"
            claims.append(Claim(doc: doc, start: n % 200 * 50, end: n % 200 * 50 + 8, text: "\(value)元",
                                value: value, unit: unit, counter: unit == "count" ? "家" : nil,
                                bound: rng.below(5) == 0 ? .moreThan : .exact, metric: metric,
                                subject: subject, region: region, period: String(year), modality: modality,
                                sentence: "\(region)\(subject)规模达\(value)。"))
            if rng.below(4) == 0, claims.count < count {
                let growth = (12 + 4 * rng.unit() - 2) * 10 .rounded() / 10
                claims.append(Claim(doc: doc, start: n % 200 * 50 + 20, end: n % 200 * 50 + 25, text: "\(growth)%",
                                    value: growth, unit: "percent", metric: "growth_rate", subject: subject,
                                    region: region, period: String(year), modality: .actual,
                                    sentence: "同比增长\(growth)%。", basis: .yoy))
            }
            n += 1
        }
        return claims
    }

    private static func pow11(_ x: Double, _ k: Int) -> Double {
        var r = 1.0
        for _ in 0..<max(0, k) { r *= x }
        return r
    }
}
