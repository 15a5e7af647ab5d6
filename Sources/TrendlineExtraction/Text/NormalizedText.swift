/// Document text as Unicode scalars, folded one-to-one so that offsets into the folded text are
/// offsets into the original: full-width digits and symbols become ASCII, Traditional characters become
/// Simplified (every one that has a single Simplified form: `TraditionalFold`), ideographic spaces become
/// spaces. Word lists are written once, in Simplified, and match Traditional text through this fold.
/// Chinese clause punctuation (，；：。) is kept as it is.
public struct NormalizedText: Sendable {
    /// The original scalars (for quoting spans verbatim).
    public let original: [Unicode.Scalar]
    /// The folded scalars, same length as `original`.
    public let scalars: [Unicode.Scalar]
    /// The text itself (contiguous UTF-8), for copying spans of it without re-encoding (`SourceSpans`).
    let source: String
    /// Where a Chinese character was folded (Traditional text), in order: strings built from the folded
    /// scalars there are turned back into the text's own script with `originalScript`.
    let hanFolds: [Int]

    public init(_ text: String) {
        // decoded straight from the string's UTF-8 (valid by construction), into an array of the byte
        // count's capacity (never fewer bytes than scalars). Almost no text has a scalar to fold: the
        // folded scalars share the original array then, and are copied (and the few folded) only otherwise,
        // instead of writing a second array of every scalar.
        var text = text
        let capacity = text.utf8.count
        let folds = NormalizedText.foldBits
        var foldAt: [Int] = []
        let orig = text.withUTF8 { bytes in
            [Unicode.Scalar](unsafeUninitializedCapacity: capacity) { origBuf, origCount in
                var i = 0, k = 0
                let n = bytes.count
                while i < n {
                    let b0 = UInt32(bytes[i])
                    var v: UInt32
                    if b0 < 0x80 {
                        v = b0; i += 1
                        (origBuf.baseAddress! + k).initialize(to: unsafeBitCast(v, to: Unicode.Scalar.self))
                        k += 1
                        continue
                    } else if b0 < 0xE0 {
                        v = (b0 & 0x1F) << 6 | (UInt32(bytes[i + 1]) & 0x3F); i += 2
                    } else if b0 < 0xF0 {
                        v = (b0 & 0x0F) << 12 | (UInt32(bytes[i + 1]) & 0x3F) << 6 | (UInt32(bytes[i + 2]) & 0x3F); i += 3
                    } else {
                        v = (b0 & 0x07) << 18 | (UInt32(bytes[i + 1]) & 0x3F) << 12 | (UInt32(bytes[i + 2]) & 0x3F) << 6
                            | (UInt32(bytes[i + 3]) & 0x3F)
                        i += 4
                    }
                    let c = unsafeBitCast(v, to: Unicode.Scalar.self)
                    (origBuf.baseAddress! + k).initialize(to: c)
                    if folds.contains(c) { foldAt.append(k) }
                    k += 1
                }
                origCount = k
            }
        }
        original = orig
        hanFolds = foldAt.filter { orig[$0].value >= NormalizedText.hanLow && orig[$0].value <= NormalizedText.hanHigh }
        if foldAt.isEmpty {
            scalars = orig
        } else {
            var folded = orig
            for k in foldAt { folded[k] = NormalizedText.fold(folded[k]) }
            scalars = folded
        }
        source = text
    }

    public var count: Int { scalars.count }

    /// The original text of [start, end).
    public func text(_ start: Int, _ end: Int) -> String {
        let a = max(0, start), b = min(end, original.count)
        guard a < b else { return "" }
        return Scan.string(original, a, b)
    }

    /// The folded text of [start, end).
    public func folded(_ start: Int, _ end: Int) -> String {
        var s = String.UnicodeScalarView()
        s.append(contentsOf: scalars[max(0, start)..<min(end, scalars.count)])
        return String(s)
    }

    /// `phrase`, built from the folded scalars of `window`, in the text's own script there: each Chinese
    /// character takes the form the window writes it in (发 → 發 where the window has 發). The phrase itself
    /// when nothing in the window was folded (binary search; no work for a Simplified text).
    func originalScript(_ phrase: String, window: Range<Int>) -> String {
        guard !hanFolds.isEmpty else { return phrase }
        var lo = 0, hi = hanFolds.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if hanFolds[mid] < window.lowerBound { lo = mid + 1 } else { hi = mid }
        }
        var end = lo
        while end < hanFolds.count && hanFolds[end] < window.upperBound { end += 1 }
        guard end > lo else { return phrase }
        var out = String.UnicodeScalarView()
        var changed = false
        for c in phrase.unicodeScalars {
            var o = c
            if c.value >= NormalizedText.hanLow {
                for k in lo..<end where scalars[hanFolds[k]] == c { o = original[hanFolds[k]]; changed = true; break }
            }
            out.append(o)
        }
        return changed ? String(out) : phrase
    }

    /// The scalars `fold` changes (almost no Chinese character is among them).
    static let foldBits = ScalarBitmap { NormalizedText.fold($0) != $0 }

    /// One-to-one fold of a single scalar.
    @inline(__always)
    public static func fold(_ c: Unicode.Scalar) -> Unicode.Scalar {
        let v = c.value
        if v < 0x80 { return c }
        switch v {
        case 0xFF10...0xFF19, 0xFF21...0xFF3A, 0xFF41...0xFF5A:  // full-width digits and letters
            return Unicode.Scalar(v - 0xFEE0)!
        case 0xFF05: return "%"
        case 0xFF0E: return "."
        case 0xFF5E: return "~"
        case 0xFF0D: return "-"
        case 0xFF0B: return "+"
        case 0xFF04: return "$"
        case 0xFFE5: return "¥"
        case 0x3000, 0x00A0, 0x2002, 0x2003, 0x2009, 0x202F: return " "
        case 0x5104: return "亿"  // 億
        case 0x842C: return "万"  // 萬
        case 0x5169: return "两"  // 兩
        case 0x9EDE: return "点"  // 點
        case 0x500B: return "个"  // 個
        case 0x5713: return "元"  // 圓
        case 0x7D04: return "约"  // 約
        case 0x9918: return "余"  // 餘
        case 0x8207: return "与"  // 與
        case 0x6578: return "数"  // 數
        case 0x5E7E: return "几"  // 幾
        case 0x9805: return "项"  // 項
        case 0x81FA: return "台"  // 臺
        case 0x8F1B: return "辆"  // 輛
        case 0x7D1A: return "级"  // 級
        case 0x9054: return "达"  // 達
        case 0x5E63: return "币"  // 幣
        case 0x6B50: return "欧"  // 歐
        case 0x88CF: return "里"  // 裏
        case 0x5678: return "吨"  // 噸
        case 0x9577: return "长"  // 長
        case 0x6E1B: return "减"  // 減
        case 0x8A08: return "计"  // 計
        case 0x6E2C: return "测"  // 測
        case 0x9810: return "预"  // 預
        case 0x5C07: return "将"  // 將
        case 0x6A19: return "标"  // 標
        case 0x898F: return "规"  // 規
        case 0x984D: return "额"  // 額
        case 0x5834: return "场"  // 場
        case 0x696D: return "业"  // 業
        case 0x7522: return "产"  // 產
        // Traditional forms in time expressions (以來, 財年, 當年, 時期 …)
        case 0x4F86: return "来"  // 來
        case 0x8CA1: return "财"  // 財
        case 0x7576: return "当"  // 當
        case 0x6642: return "时"  // 時
        case 0x9593: return "间"  // 間
        case 0x5F8C: return "后"  // 後
        case 0x9019: return "这"  // 這
        case 0x722D: return "争"  // 爭
        case 0x5283: return "划"  // 劃
        case 0x767C: return "发"  // 發
        case 0x73FE: return "现"  // 現
        case 0x5167: return "内"  // 內
        case 0x5C46: return "届"  // 屆
        case 0x6703: return "会"  // 會
        case 0x58C7: return "坛"  // 壇
        case 0x8CFD: return "赛"  // 賽
        case 0x7BC0: return "节"  // 節
        case 0x89BD: return "览"  // 覽
        case 0x9031: return "周"  // 週
        case 0x8AD6: return "论"  // 論
        case 0x6E2C: return "测"  // 測
        case 0x5BE6: return "实"  // 實
        case 0x7E3D: return "总"  // 總
        default: return traditional(c)
        }
    }

    /// The Simplified form of a Traditional character (成長 → 成长, 融資 → 融资, 臺灣 → 台湾), from the
    /// generated `TraditionalFold` table; `c` itself when it has none.
    static func traditional(_ c: Unicode.Scalar) -> Unicode.Scalar {
        let v = c.value
        guard v >= hanLow && v <= hanHigh else { return c }
        let f = traditionalTable[Int(v - hanLow)]
        return f == 0 ? c : Unicode.Scalar(UInt32(f))!
    }

    static let hanLow: UInt32 = 0x3400, hanHigh: UInt32 = 0xFAFF

    /// `TraditionalFold` as a direct table over [hanLow, hanHigh]: the Simplified form, or 0 for none.
    static let traditionalTable: [UInt16] = {
        var table = [UInt16](repeating: 0, count: Int(hanHigh - hanLow) + 1)
        for (k, t) in TraditionalFold.traditional.enumerated() { table[Int(UInt32(t) - hanLow)] = TraditionalFold.simplified[k] }
        return table
    }()
}

/// Copies spans of a text's original scalars out of its UTF-8 (`String(Substring)`: bytes copied, neither
/// re-encoded nor validated). Scalar offsets become byte offsets by a cursor that walks forward, so spans
/// taken in document order (sentences) cost one pass over the text; a span before the cursor restarts it.
struct SourceSpans {
    let source: String
    let original: [Unicode.Scalar]
    private var scalar = 0
    private var byte = 0

    init(_ text: NormalizedText) {
        source = text.source
        original = text.original
    }

    /// The UTF-8 offset of scalar offset `k` (0 ≤ k ≤ count).
    mutating func byteOffset(_ k: Int) -> Int {
        if k < scalar { scalar = 0; byte = 0 }
        let from = scalar
        byte += original.withUnsafeBufferPointer { Scan.utf8Count($0, from, k) }
        scalar = k
        return byte
    }

    /// The original text of scalars [a, b) (as `NormalizedText.text(a, b)`), 0 ≤ a < b ≤ count.
    mutating func text(_ a: Int, _ b: Int) -> String {
        let x = byteOffset(a), y = byteOffset(b)
        let u = source.utf8
        return String(source[u.index(u.startIndex, offsetBy: x)..<u.index(u.startIndex, offsetBy: y)])
    }

    /// `Scan.flat(original, a, b)`: a copy of the span when flattening would not change it (no line break,
    /// tab or run of spaces, no space next to a Chinese character; spaces at either end are dropped
    /// first, as `Scan.flat` drops them), else `Scan.flat` itself.
    mutating func flat(_ a: Int, _ b: Int) -> String {
        var start = max(0, a), end = min(b, original.count)
        while start < end && Scan.isSpace(original[start]) { start += 1 }
        while start < end && Scan.isSpace(original[end - 1]) { end -= 1 }
        guard start < end else { return "" }
        // one pass, without branches, for the span's UTF-8 length and whether it holds whitespace at all (most
        // Chinese sentences hold none: they are plain without looking at their spaces)
        let (extra, low) = original.withUnsafeBufferPointer { o -> (Int, UInt32) in
            var extra: UInt32 = 0, low: UInt32 = 0
            for i in start..<end {
                let v = o[i].value
                extra &+= Scan.utf8Extra(v)
                low |= (v &- 0x21) >> 31
            }
            return (Int(extra), low)
        }
        if low != 0 {
            let plain = original.withUnsafeBufferPointer { o -> Bool in
                for i in start..<end where o[i].value <= 0x20 && Scan.isSpace(o[i]) {
                    guard o[i] == " ", !Scan.isSpace(o[i + 1]), !Scan.isHan(o[i - 1]), !Scan.isHan(o[i + 1]) else { return false }
                }
                return true
            }
            if !plain { return Scan.flat(original, start, end) }
        }
        // (the cursor moves to the span's end without walking it again)
        let x = byteOffset(start)
        let y = x + (end - start) + extra
        scalar = end
        byte = y
        let u = source.utf8
        return String(source[u.index(u.startIndex, offsetBy: x)..<u.index(u.startIndex, offsetBy: y)])
    }
}

