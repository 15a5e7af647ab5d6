import Testing
@testable import TrendlineExtraction

/// The quantity scanner's spelt-out scalar tests agree with the sets they stand for.
@Suite struct QuantityScannerTests {
    @Test func speltOutTestsAgreeWithTheirSets() {
        for v in UInt32(0)..<0x11000 {
            guard let c = Unicode.Scalar(v) else { continue }
            #expect(QuantityScanner.isScaleFirst(c) == QuantityScanner.scaleFirsts.contains(c), "\(v)")
            let s: [Unicode.Scalar] = [c]
            #expect(QuantityScanner.mayBeRange(s, from: 0) == QuantityScanner.rangeConnectors.contains(c), "\(v)")
        }
    }

    @Test func noCurrencyPrefixStartsWithADigit() {
        for d in "0123456789".unicodeScalars {
            #expect(MoneyRules.prefixes.match([d, "0"], at: 0, skippingSpace: false) == nil)
        }
    }
}
