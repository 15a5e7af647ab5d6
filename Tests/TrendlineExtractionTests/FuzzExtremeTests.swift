import Testing
import TrendlineExtraction

@Suite("Fuzz: extreme numbers give a finite value or none")
struct FuzzExtremeTests {
    /// Inputs that break naive scanners: very long numbers and scale chains must give a finite value or none.
    @Test(arguments: [
        String(repeating: "9", count: 400) + "亿元",
        "1" + String(repeating: "0", count: 320) + "%",
        String(repeating: "万", count: 200) + "亿元",
        "1" + String(repeating: "万亿", count: 40) + "美元",
        String(repeating: "九", count: 300) + "万亿元",
        "0." + String(repeating: "0", count: 400) + "1%",
        String(repeating: "一千", count: 200) + "家",
        String(repeating: "1.", count: 300) + "5倍",
        String(repeating: "超", count: 500) + "5%",
        String(repeating: "%", count: 1000),
    ])
    func extremeNumbers(text: String) {
        let extractor = Extractor()
        fuzzCheckQuantities(extractor.quantities(in: text), in: text)
        fuzzCheckClaims(extractor.extract(text: text).claims, in: text)
    }
}
