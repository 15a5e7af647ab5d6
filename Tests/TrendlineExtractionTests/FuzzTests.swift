import Foundation
import Testing
import TrendlineExtraction

/// SplitMix64: a small seeded generator, so every fuzz run sees the same cases and a failure reproduces.
private struct SeededRandom: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Pieces real number phrases are made of, so random strings often look almost like quantities.
private let alphabet: [String] = [
    "0", "1", "2", "5", "9", ".", ",", "%", "％", "‰", "-", "—", "～", "~", "至", "到", "、", "，", "。", " ", "\n",
    "\r\n", "\t", "１", "２", "．", "零", "〇", "一", "二", "两", "三", "五", "七", "九", "十", "百", "千", "万",
    "亿", "兆", "億", "萬", "兩", "點", "点", "分之", "成", "倍", "元", "美元", "港元", "人民币", "$", "¥", "US$",
    "RMB", "家", "台", "个", "项", "人", "起", "平方公里", "吨", "千瓦", "个百分点", "超", "近", "约", "逾", "余",
    "多", "以上", "左右", "不低于", "不超过", "不到", "负", "下降", "增长", "同比", "年", "月", "日", "第", "十四五",
    "“", "”", "(", ")", "e", "E", "x", "GLM-", "V", "\u{0301}", "\u{200B}", "\u{FEFF}", "\u{FFFD}", "😀", "👨‍👩‍👧",
    "𠀀", "\u{0}", "\u{7F}", "ﬁ", "Ⅻ", "①", "½", "٣",
]

private let seeds: [String] = [
    "超1.2万亿元", "20%～30%", "一千二百三十四", "七十八万五佰零六", "负22.2%", "3至5家", "两三家", "百分之四十",
    "三分之一", "1,234.5亿美元", "近千家", "数十万", "增长1.7倍", "下降4.6个百分点", "38.5 万亿\n\n元",
    "2025年3月29日", "壹佰伍拾", "零点五", "12 192台", "5347.9亿\n元", "１２３，４５６．７８％", "兩萬億元",
    "不低于200亿元", "约380家", "1.2万余家", "US$3.5bn", "100亿—200亿元", "十余", "上百", "几十", "五点五亿",
]

private func randomString(_ rng: inout SeededRandom, maxPieces: Int) -> String {
    var s = ""
    for _ in 0..<Int.random(in: 0...maxPieces, using: &rng) {
        if Int.random(in: 0..<10, using: &rng) == 0 {
            // any scalar at all (surrogates excluded by the initialiser)
            if let u = Unicode.Scalar(UInt32.random(in: 0...0x10FFFF, using: &rng)) { s.unicodeScalars.append(u) }
        } else {
            s += alphabet.randomElement(using: &rng)!
        }
    }
    return s
}

private func mutate(_ text: String, _ rng: inout SeededRandom) -> String {
    var scalars = Array(text.unicodeScalars)
    for _ in 0..<Int.random(in: 1...4, using: &rng) {
        let at = Int.random(in: 0...scalars.count, using: &rng)
        switch Int.random(in: 0..<6, using: &rng) {
        case 0:  // insert a piece
            scalars.insert(contentsOf: alphabet.randomElement(using: &rng)!.unicodeScalars, at: at)
        case 1:  // delete one
            if at < scalars.count { scalars.remove(at: at) }
        case 2:  // duplicate a run many times (long digit strings, 万万万亿)
            if at < scalars.count {
                let end = min(scalars.count, at + Int.random(in: 1...3, using: &rng))
                let run = Array(scalars[at..<end])
                scalars.insert(contentsOf: Array(repeating: run, count: Int.random(in: 2...60, using: &rng)).joined(), at: at)
            }
        case 3:  // swap two
            if scalars.count > 1 {
                let b = Int.random(in: 0..<scalars.count, using: &rng)
                scalars.swapAt(min(at, scalars.count - 1), b)
            }
        case 4:  // splice another seed in
            scalars.insert(contentsOf: seeds.randomElement(using: &rng)!.unicodeScalars, at: at)
        default:  // cut the text short
            scalars = Array(scalars[..<min(at, scalars.count)])
        }
    }
    return String(String.UnicodeScalarView(scalars))
}

func fuzzCheckQuantities(_ qs: [Quantity], in text: String) {
    let count = text.unicodeScalars.count
    for q in qs {
        #expect(0 <= q.start && q.start < q.end && q.end <= count,
                "quantity span \(q.start)..<\(q.end) outside 0..<\(count) in \(text.debugDescription)")
        #expect(q.value.isFinite, "value \(q.value) from \(text.debugDescription)")
        #expect(q.valueMax?.isFinite ?? true, "value_max \(String(describing: q.valueMax)) from \(text.debugDescription)")
    }
}

func fuzzCheckClaims(_ claims: [Claim], in text: String) {
    let count = text.unicodeScalars.count
    for c in claims {
        #expect(0 <= c.start && c.start < c.end && c.end <= count,
                "claim span \(c.start)..<\(c.end) outside 0..<\(count) in \(text.debugDescription)")
        #expect(c.value.isFinite, "value \(c.value) from \(text.debugDescription)")
        #expect(c.valueMax?.isFinite ?? true, "value_max from \(text.debugDescription)")
    }
}

@Suite("Fuzz: random and mutated number phrases never crash or produce out-of-range spans or infinite values")
struct FuzzTests {
    static let casesPerSeed = 150

    @Test(arguments: [UInt64(1), 2, 3, 4])
    func randomText(seed: UInt64) {
        var rng = SeededRandom(seed: seed)
        let extractor = Extractor()
        for _ in 0..<Self.casesPerSeed {
            let text = randomString(&rng, maxPieces: 80)
            fuzzCheckClaims(extractor.extract(text: text, doc: "fuzz").claims, in: text)
            if let q = extractor.parse(text) { fuzzCheckQuantities([q], in: text) }
        }
    }

    @Test(arguments: [UInt64(11), 12, 13, 14])
    func mutatedPhrases(seed: UInt64) {
        var rng = SeededRandom(seed: seed)
        let extractor = Extractor()
        for _ in 0..<Self.casesPerSeed {
            let phrase = mutate(seeds.randomElement(using: &rng)!, &rng)
            let sentence = "据统计，" + phrase + "，同比增长" + mutate("15.3%", &rng) + "。"
            fuzzCheckQuantities(extractor.quantities(in: phrase), in: phrase)
            if let q = extractor.parse(phrase) { fuzzCheckQuantities([q], in: phrase) }
            fuzzCheckClaims(extractor.extract(text: sentence, doc: "fuzz").claims, in: sentence)
        }
    }
}
