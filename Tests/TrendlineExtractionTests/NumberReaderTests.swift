import Testing
@testable import TrendlineExtraction

/// `Extractor.readNumber`: bare numbers in every register, as `trendline parse` reads them.
@Suite struct NumberReaderTests {
    static let cases: [(String, Double, Double?, String, Bound)] = [
        ("一千二百三十四", 1234, nil, "number", .exact), ("两千零五十", 2050, nil, "number", .exact),
        ("七十八万五佰零六", 780506, nil, "number", .exact), ("一万零五百", 10500, nil, "number", .exact),
        ("零点五", 0.5, nil, "number", .exact), ("负五", -5, nil, "number", .exact),
        ("十几", 10, nil, "number", .moreThan), ("二十多", 20, nil, "number", .moreThan),
        ("几百", 100, nil, "number", .moreThan), ("数十", 10, nil, "number", .moreThan), ("上百", 100, nil, "number", .moreThan),
        ("壹佰贰拾叁", 123, nil, "number", .exact), ("貳", 2, nil, "number", .exact), ("陸仟", 6000, nil, "number", .exact),
        ("廿五", 25, nil, "number", .exact), ("卅", 30, nil, "number", .exact), ("〇", 0, nil, "number", .exact),
        ("兩萬", 20000, nil, "number", .exact), ("三億", 300000000, nil, "number", .exact), ("一兆", 1e12, nil, "number", .exact),
        ("1万600", 10600, nil, "number", .exact), ("16.4亿", 1640000000, nil, "number", .exact),
        ("3千万", 30000000, nil, "number", .exact), ("1.2万亿", 1.2e12, nil, "number", .exact),
        ("千分之五", 0.5, nil, "percent", .exact), ("第三", 3, nil, "ordinal", .exact), ("第二十一", 21, nil, "ordinal", .exact),
        ("three hundred and twenty", 320, nil, "number", .exact), ("twenty-one", 21, nil, "number", .exact),
        ("1.2k", 1200, nil, "number", .exact), ("3M", 3e6, nil, "number", .exact), ("5bn", 5e9, nil, "number", .exact),
        ("2.5 trillion", 2.5e12, nil, "number", .exact), ("百亿亿", 1e18, nil, "number", .exact), ("两亿亿", 2e16, nil, "number", .exact), ("三到五", 3, 5, "number", .exact), ("3-5万", 30000, 50000, "number", .exact),
        ("两三", 2, 3, "number", .exact), ("二三十", 20, 30, "number", .exact), ("1,234.5", 1234.5, nil, "number", .exact),
        ("12 192", 12192, nil, "number", .exact), ("１２３", 123, nil, "number", .exact), ("约三百", 300, nil, "number", .approx),
        ("一亿零一", 100000001, nil, "number", .exact), ("二〇二五", 2025, nil, "number", .exact),
    ]

    @Test func readsEveryRegister() {
        for (text, value, valueMax, unit, bound) in Self.cases {
            guard let r = Extractor().readNumber(text) else { Issue.record("\(text): nothing read"); continue }
            #expect(r.start == 0 && r.end == text.unicodeScalars.count, "\(text): read \(r.start)..<\(r.end)")
            #expect(close(r.value, value), "\(text): \(r.value), expected \(value)")
            #expect(r.valueMax.map { v in valueMax.map { close(v, $0) } ?? false } ?? (valueMax == nil), "\(text): value_max \(String(describing: r.valueMax))")
            #expect(r.unit == unit, "\(text): unit \(r.unit)")
            #expect(r.bound == bound, "\(text): bound \(r.bound)")
        }
    }

    @Test func bareNumbersAreNotExtracted() {
        #expect(Extractor().quantities(in: "一千二百三十四和三到五").isEmpty)
    }
}
