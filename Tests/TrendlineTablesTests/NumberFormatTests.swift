import Testing
@testable import TrendlineTables

@Suite struct NumberFormatTests {
    @Test(arguments: [
        (1234567.8, 0, "1,234,568"),
        (1234567.8, 1, "1,234,567.8"),
        (-1234.5, 0, "-1,235"),
        (-1234.56, 1, "-1,234.6"),
        (999.5, 0, "1,000"),
        (2.5, 0, "3"),
        (0, 2, "0.00"),
        (-0.4, 0, "0"),
        (-0.0, 0, "0"),
        (12, 0, "12"),
        (123, 0, "123"),
        (1234, 0, "1,234"),
        (100000, 0, "100,000"),
        (1e15, 0, "1,000,000,000,000,000"),
        (0.125, 2, "0.13"),
        (5, -3, "5"),
        (Double.nan, 0, "NaN"),
        (Double.infinity, 0, "∞"),
        (-Double.infinity, 2, "-∞"),
    ])
    func grouped(_ v: Double, _ digits: Int, _ expected: String) {
        #expect(NumberFormat.grouped(v, fractionDigits: digits) == expected)
    }

    @Test(arguments: [
        (1.2e12, "CNY", "1.2万亿元"),
        (9e10, "CNY", "900亿元"),
        (5e7, "CNY", "5,000万元"),
        (5347.9e8, "CNY", "5,348亿元"),
        (2.85e9, "CNY", "28.5亿元"),
        (1.234e8, "CNY", "1.23亿元"),
        (9.99996e11, "CNY", "1万亿元"),
        (3.5e16, "CNY", "35,000万亿元"),
        (8000, "CNY", "8,000元"),
        (-2e8, "CNY", "-2亿元"),
        (9e11, "USD", "9,000亿美元"),
        (2.8e12, "TWD", "2.8万亿新台币"),
        (3e9, "HKD", "30亿港元"),
        (59.8, "percent", "59.8%"),
        (-4.6, "percent", "-4.6%"),
        (30, "percent", "30%"),
        (2, "pp", "2个百分点"),
        (-0.5, "pp", "-0.5个百分点"),
        (1.7, "multiple", "1.7倍"),
        (280, "multiple", "280倍"),
        (12000, "count", "12,000"),
        (1200, "t", "1,200 t"),
        (0.1, "mm", "0.1 mm"),
        (0.000123, "percent", "0.000123%"),
        (0.05, "pp", "0.05个百分点"),
        (0.5, "CNY", "0.5元"),
        (0.0012, "CNY", "0.0012元"),
        (0, "percent", "0%"),
        (Double.nan, "CNY", "NaN"),
    ])
    func compact(_ v: Double, _ unit: String, _ expected: String) {
        #expect(NumberFormat.compact(v, unit: unit) == expected)
    }

    @Test(arguments: [
        (700, "家", "700家"),
        (120000, "家", "12万家"),
        (3.2e8, "人", "3.2亿人"),
        (8, "台", "8台"),
    ])
    func compactCountWithCounter(_ v: Double, _ counter: String, _ expected: String) {
        #expect(NumberFormat.compact(v, unit: "count", counter: counter) == expected)
    }

    @Test(arguments: [
        (59.8, 1, "59.8%"), (60, 1, "60.0%"), (-4.56, 1, "-4.6%"), (12.346, 2, "12.35%"), (1234.5, 0, "1,235%"),
    ])
    func percent(_ v: Double, _ digits: Int, _ expected: String) {
        #expect(NumberFormat.percent(v, fractionDigits: digits) == expected)
    }
}
