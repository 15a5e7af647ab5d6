import Testing
@testable import TrendlineExtraction

/// The claim model's vocabularies.
@Suite struct ModelTests {
    @Test(arguments: ["CNY", "USD", "HKD", "EUR", "JPY", "GBP", "TWD", "KRW", "AUD", "CAD", "SGD", "CHF", "RUB", "INR"])
    func everyCurrencyTheExtractorReadsIsMoney(_ code: String) {
        #expect(Currency.isMoney(code))
        #expect(Currency.codes.contains(code))
    }

    @Test(arguments: ["percent", "pp", "multiple", "count", "km2", "kWh", "TB", "GW", "MW", "kW", "EFLOPS", "t", "", "usd", "US$"])
    func otherUnitsAreNotMoney(_ unit: String) {
        #expect(!Currency.isMoney(unit))
    }

    /// A figure in a currency other than the main six is linked as money (a financing amount, not `other`).
    @Test func australianDollarsAreLinkedAsMoney() {
        let claims = Extractor().extract(text: "该公司完成新一轮融资5000万澳元。", doc: "t").claims
        #expect(claims.count == 1)
        #expect(claims.first?.unit == "AUD")
        #expect(claims.first?.metric == "financing")
    }
}
