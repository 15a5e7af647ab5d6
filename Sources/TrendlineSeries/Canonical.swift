import Foundation
import TrendlineExtraction

/// How regions, subjects and periods are normalised before claims are grouped into series.
/// Deliberately conservative: two subjects are only merged when they differ by spelling
/// (quotes, spaces, width, a few Traditional characters), by a leading place word that the
/// series key already holds, or by a trailing word that only repeats the metric (规模 for a size).
public enum Canonical {
    /// A few Traditional characters that occur in economic news, mapped to Simplified.
    static let traditional: [Character: Character] = [
        "規": "规", "業": "业", "產": "产", "億": "亿", "萬": "万", "場": "场", "資": "资", "額": "额", "國": "国",
        "際": "际", "開": "开", "發": "发", "總": "总", "計": "计", "機": "机", "導": "导", "體": "体", "電": "电",
        "創": "创", "應": "应", "數": "数", "據": "据", "術": "术", "與": "与", "為": "为", "項": "项",
        "營": "营", "區": "区", "測": "测", "預": "预", "長": "长", "實": "实", "貨": "货", "幣": "币",
        "圓": "圆", "韓": "韩", "灣": "湾", "臺": "台", "東": "东", "廣": "广", "蘇": "苏",
    ]

    /// The canonical spelling of a region ("广西壮族自治区" → "广西", "北京" → "北京市", "我国" → "中国").
    public static func region(_ raw: String) -> String {
        let r = spelling(raw)
        if r.isEmpty { return "" }
        // the extractor's gazetteer decides (北京 → 北京市, 我国 → 中国, 广西壮族自治区 → 广西)
        return Places.canonical(r) ?? Places.canonical(raw) ?? r
    }

    /// The administrative level of a canonical region name.
    public static func level(ofRegion region: String) -> RegionLevel? {
        if region.isEmpty { return nil }
        switch Places.level(of: region) {
        case "world": return .world
        case "country": return .country
        case "province": return .province
        case "city": return .city
        default: return region.hasSuffix("州") ? .city : .other
        }
    }

    /// Spelling only: drops quotes, brackets and white space, folds full-width ASCII to half-width,
    /// Latin letters to upper case and a few Traditional characters to Simplified.
    public static func spelling(_ raw: String) -> String {
        var out = ""
        for ch in raw {
            if ch.isWhitespace { continue }
            if "\"'“”‘’「」『』《》〈〉".contains(ch) { continue }
            var c = ch
            if let u = c.unicodeScalars.first, c.unicodeScalars.count == 1, (0xFF01...0xFF5E).contains(u.value),
               let half = Unicode.Scalar(u.value - 0xFEE0) {
                c = Character(half)
            }
            if let t = traditional[c] { c = t }
            if c.isASCII, c.isLetter { c = Character(c.uppercased()) }
            out.append(c)
        }
        return out
    }

    /// Trailing words that only restate the metric: dropped so "人工智能核心产业规模" and
    /// "人工智能核心产业" (both industry_size) are one series.
    static let metricSuffixes: [String: [String]] = [
        "market_size": ["总规模", "规模"],
        "industry_size": ["产业总规模", "总规模", "规模"],
        "fund_size": ["总规模", "规模"],
        "output_value": ["总产值", "产值"],
        "revenue": ["营业收入", "总营收", "营收", "收入"],
        "shipments": ["出货量", "销量", "产量"],
        "transaction_value": ["成交额", "交易额"],
        "financing": ["融资额", "融资总额", "融资规模"],
        "investment": ["投资额", "总投资"],
    ]
    static let leadingFillers = ["我国", "全国", "国内", "全球", "全世界", "世界", "的",
                                 // modality words: the key's modality says this already
                                 "力争", "争取", "预计", "有望", "计划", "目标"]

    /// Drops a leading time phrase (the period is in the key): 2025年, 到2030年, 2025年底, 前8个月, 今年, 全年.
    static func dropLeadingTime(_ s: String) -> String {
        var chars = Array(s)
        var i = 0
        if i < chars.count, chars[i] == "到" || chars[i] == "至" { i += 1 }
        let digitsStart = i
        while i < chars.count, chars[i].isASCII, chars[i].isNumber { i += 1 }
        if i - digitsStart == 4, i < chars.count, chars[i] == "年" {
            i += 1
            if i < chars.count, "底末初".contains(chars[i]) { i += 1 }
            if i < chars.count, chars[i] == "，" || chars[i] == "," { i += 1 }
            return i < chars.count ? String(chars[i...]) : s
        }
        for p in ["前三季度", "上半年", "下半年", "今年", "去年", "全年", "明年"] where s.hasPrefix(p) && s.count > p.count {
            return String(s.dropFirst(p.count))
        }
        if chars.first == "前" {
            i = 1
            while i < chars.count, chars[i].isNumber || "一二三四五六七八九十".contains(chars[i]) { i += 1 }
            if i > 1, i + 2 < chars.count, chars[i] == "个", chars[i + 1] == "月" { chars.removeFirst(i + 2); return String(chars) }
        }
        return s
    }

    /// The subject as a series key: spelling normalised, the key's region and national/global words
    /// removed from the front, a trailing word that repeats the metric removed. Falls back to the
    /// spelling when stripping would leave nothing.
    public static func subject(_ raw: String, region: String, metric: String) -> String {
        let base = spelling(raw)
        var s = base
        var prefixes = leadingFillers
        let canonRegion = Canonical.region(region)
        if !canonRegion.isEmpty {
            prefixes.append(canonRegion)
            prefixes += Places.spellings(of: canonRegion).filter { !$0.unicodeScalars.contains { $0.value < 0x80 } }
            if canonRegion.hasSuffix("市") || canonRegion.hasSuffix("省") { prefixes.append(String(canonRegion.dropLast())) }
            if canonRegion == "中国" { prefixes += ["中国", "CHINA"] }
        }
        prefixes.sort { $0.count > $1.count }
        var changed = true
        while changed {
            changed = false
            let untimed = dropLeadingTime(s)
            if untimed != s { s = untimed; changed = true; continue }
            for p in prefixes where s.hasPrefix(p) && s.count > p.count && !"省市区县".contains(s.dropFirst(p.count).first!) {
                s = String(s.dropFirst(p.count)); changed = true; break
            }
        }
        for suffix in metricSuffixes[metric] ?? [] where s.hasSuffix(suffix) && s.count > suffix.count {
            s = String(s.dropLast(suffix.count)); break
        }
        return s.isEmpty ? base : s
    }

    /// A period spec in one spelling: a whole calendar year written as a span ("2025-01..2025-12",
    /// "2025-01-01..2025-12-31") becomes "2025"; unreadable specs are returned unchanged.
    public static func period(_ spec: String) -> String {
        guard var p = Period(spec: spec) else { return spec }
        // a span from the first of a month to a month, or from a month to the last of a month, is
        // a span of months: 2025-01-01..2025-08 = 2025-01..2025-08
        if var s = p.start, var e = p.end, s.month != nil, e.month != nil {
            if s.day == 1 && e.day == nil { s.day = nil }
            if e.day != nil && s.day == nil, let m = e.month, e.day == daysIn(month: m, year: e.year) { e.day = nil }
            if s.day == 1, let m = e.month, e.day == daysIn(month: m, year: e.year) { s.day = nil; e.day = nil }
            p = Period(start: s, end: e)
        }
        if let s = p.start, let e = p.end, s.year == e.year,
           (s.month == nil || (s.month == 1 && (s.day == nil || s.day == 1))),
           (e.month == nil || (e.month == 12 && (e.day == nil || e.day == 31))) {
            return String(s.year)
        }
        return p.spec
    }
}

private func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
}

/// Administrative level of a region, for `compare --region-level`.
public enum RegionLevel: String, Sendable, CaseIterable, Codable {
    case world, country, province, city, other
}
