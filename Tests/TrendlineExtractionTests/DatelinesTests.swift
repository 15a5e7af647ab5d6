import Testing
@testable import TrendlineExtraction

/// Datelines at the head of a line: the fast reject of the Chinese form keeps what the full test finds.
@Suite struct DatelinesTests {
    @Test func stopBitsAreThoseOfTheScalarsTheLoopActsOn() {
        let bits = "。，\n电讯".unicodeScalars.reduce(UInt64(0)) { $0 | 1 << UInt64($1.value & 63) }
        #expect(Datelines.stopLowBits == bits)
    }

    @Test func chineseDatelinesEndAfterTheirByline() {
        func end(_ t: String) -> Int? { Datelines.end(Array(t.unicodeScalars), at: 0) }
        #expect(end("新华社合肥3月29日电（记者 张三）安徽省") == 18)
        #expect(end("本报讯（记者 李四）今年") == 10)
        #expect(end("中新网讯 今年") == 4)
        #expect(end("本报合肥3月11日电安徽省") == 10)
        #expect(end("安徽省日前正式设立人工智能产业主题基金，总规模不低于200亿元") == nil)
        #expect(end("据新华社电，今年") == nil)
    }
}
