/// Money: currency words after the number, currency symbols and codes before it.
/// Examples live in Tests/TrendlineExtractionTests/Corpus/money.jsonl.
enum MoneyRules {
    static let suffixes: [(String, UnitMatch)] = [
        ("元", .money("CNY")), ("元人民币", .money("CNY")), ("人民币", .money("CNY")), ("块钱", .money("CNY")),
        ("美元", .money("USD")), ("美金", .money("USD")),
        ("港元", .money("HKD")), ("港币", .money("HKD")),
        ("欧元", .money("EUR")), ("日元", .money("JPY")), ("日圆", .money("JPY")),
        ("英镑", .money("GBP")), ("新台币", .money("TWD")), ("台币", .money("TWD")),
        ("韩元", .money("KRW")), ("澳元", .money("AUD")), ("澳币", .money("AUD")), ("加元", .money("CAD")),
        ("新加坡元", .money("SGD")), ("瑞士法郎", .money("CHF")), ("瑞郎", .money("CHF")), ("卢布", .money("RUB")),
        ("韩币", .money("KRW")), ("日币", .money("JPY")), ("印度卢比", .money("INR")), ("卢比", .money("INR")),
        // 元 followed by the currency's name: 100亿元港币 is Hong Kong dollars, not yuan
        ("元港币", .money("HKD")), ("元港元", .money("HKD")), ("元新台币", .money("TWD")), ("元台币", .money("TWD")),
        ("元美元", .money("USD")), ("元日币", .money("JPY")),
        // English and code spellings after a number: "120 billion yuan", "5亿 USD"
        ("yuan", .money("CNY")), ("RMB", .money("CNY")), ("CNY", .money("CNY")),
        ("USD", .money("USD")), ("dollars", .money("USD")), ("HKD", .money("HKD")),
        ("EUR", .money("EUR")), ("euros", .money("EUR")), ("JPY", .money("JPY")), ("yen", .money("JPY")),
        ("GBP", .money("GBP")), ("pounds", .money("GBP")),
    ]

    /// Symbols, codes and currency names written before the number: ¥100, US$9亿, RMB 120 billion, 港幣二十三億元,
    /// 新臺幣14,265億元 (Traditional forms are folded: 臺 → 台, 幣 → 币).
    static let prefixWords: [(String, String)] = [
        ("¥", "CNY"), ("RMB", "CNY"), ("CNY", "CNY"), ("人民币", "CNY"),
        ("$", "USD"), ("US$", "USD"), ("USD", "USD"), ("USD$", "USD"), ("美元", "USD"),
        ("HK$", "HKD"), ("HKD", "HKD"), ("港币", "HKD"), ("港元", "HKD"),
        ("€", "EUR"), ("EUR", "EUR"), ("£", "GBP"), ("GBP", "GBP"),
        ("JPY", "JPY"), ("NT$", "TWD"), ("NTD", "TWD"), ("TWD", "TWD"), ("新台币", "TWD"), ("台币", "TWD"),
        ("A$", "AUD"), ("AU$", "AUD"), ("AUD", "AUD"), ("澳元", "AUD"), ("澳币", "AUD"),
        ("S$", "SGD"), ("SGD", "SGD"), ("C$", "CAD"), ("CAD", "CAD"),
    ]

    static let prefixes = Lexicon<String>(prefixWords)

    /// The first scalars of `prefixWords` (where a figure may start with its currency).
    static let prefixFirsts = CharSet(String(String.UnicodeScalarView(prefixWords.compactMap { $0.0.unicodeScalars.first })))

    /// The first two scalars of every `prefixWords` word that starts with an ideograph (人民币, 新台币, 港币 …):
    /// 人, 新 or 港 start a figure only before the second scalar of one of them.
    static let hanPrefixPairs: Set<UInt64> = Set(prefixWords.compactMap { w, _ in
        let u = Array(w.unicodeScalars)
        guard u.count >= 2, Scan.isHan(u[0]) else { return nil }
        return UInt64(u[0].value) << 32 | UInt64(u[1].value)
    })

    /// Currencies whose bare 元 a page may mean (a Taiwan or Hong Kong page that names them: 新台幣, 港幣).
    static let homeCurrencies: Set<String> = ["TWD", "HKD"]

    /// Words around a bare scaled number that make it money in a Chinese context (经济效益过亿, 年薪数十万).
    static let contextCues: [[Unicode.Scalar]] = [
        "效益", "年薪", "月薪", "薪酬", "收入", "营收", "销售额", "利润", "资金", "投资", "融资", "金额", "价值",
        "产值", "估值", "市值", "税收", "成本", "奖金", "补贴", "资助", "经费", "创收", "增收", "节约", "节省",
        "成交额", "交易额", "规模", "出资",
    ].map { Array($0.unicodeScalars) }
}
