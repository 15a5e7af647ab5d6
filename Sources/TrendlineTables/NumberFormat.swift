import Foundation

/// Number formatting for table cells, independent of the user's locale.
public enum NumberFormat {
    /// Rounds half away from zero to `fractionDigits` (0...15) and groups the integer
    /// part by thousands: 1234567.8 → "1,234,568", -1234.5 with 1 digit → "-1,234.5".
    /// NaN → "NaN", infinities → "∞" / "-∞"; a value that rounds to zero has no sign.
    public static func grouped(_ v: Double, fractionDigits: Int = 0) -> String {
        guard v.isFinite else { return v.isNaN ? "NaN" : (v < 0 ? "-∞" : "∞") }
        let digits = min(max(fractionDigits, 0), 15)
        let (intPart, fracPart, negative) = rounded(v, digits: digits)
        var out = negative ? "-" : ""
        out += group(intPart)
        if digits > 0 { out += "." + fracPart }
        return out
    }

    /// A percent figure (already in percent, 59.8 for 59.8%) with fixed fraction digits:
    /// 59.8 → "59.8%", -4.6 → "-4.6%", 60 → "60.0%".
    public static func percent(_ v: Double, fractionDigits: Int = 1) -> String {
        grouped(v, fractionDigits: fractionDigits) + "%"
    }

    /// A short Chinese reading of a value in the base units of the claims contract:
    /// money scaled to 万 / 亿 / 万亿 with the currency's name (CNY 1.2e12 → "1.2万亿元",
    /// 9e10 → "900亿元", 5e7 → "5,000万元", USD 9e11 → "9,000亿美元"); percent → "59.8%";
    /// pp → "2个百分点"; multiple → "1.7倍"; count → grouped ("12,000"); a physical or
    /// unknown unit → grouped number, a space and the unit code ("1,200 t").
    /// About three significant digits are kept (at most two decimals above 0.1); NaN and
    /// infinities give `grouped`'s spelling without a unit.
    public static func compact(_ v: Double, unit: String) -> String {
        compact(v, unit: unit, counter: nil)
    }

    /// As `compact(_:unit:)`; a count with a counter word is scaled like money and
    /// followed by the counter (120000, 家 → "12万家"; 35, 家 → "35家").
    public static func compact(_ v: Double, unit: String, counter: String?) -> String {
        guard v.isFinite else { return grouped(v) }
        let digits = fractionDigits(v)
        switch unit {
        case "percent": return trimmed(v, maxDigits: digits) + "%"
        case "pp": return trimmed(v, maxDigits: digits) + "个百分点"
        case "multiple": return trimmed(v, maxDigits: digits) + "倍"
        case "count":
            if let c = counter, !c.isEmpty { return chineseScaled(v) + c }
            return trimmed(v, maxDigits: digits)
        default:
            if let name = currencyNames[unit] { return chineseScaled(v) + name }
            let number = trimmed(v, maxDigits: digits)
            return unit.isEmpty ? number : number + " " + unit
        }
    }

    /// Two decimals, or enough for three significant digits below 1 (0.000123 stays
    /// 0.000123 rather than becoming 0), at most 10.
    static func fractionDigits(_ v: Double) -> Int {
        let a = abs(v)
        guard a > 0, a < 0.1 else { return 2 }
        return min(10, Int(-log10(a).rounded(.down)) + 3)
    }

    static let currencyNames: [String: String] = [
        "CNY": "元", "USD": "美元", "HKD": "港元", "EUR": "欧元", "JPY": "日元",
        "GBP": "英镑", "TWD": "新台币", "KRW": "韩元", "AUD": "澳元", "CAD": "加元", "SGD": "新加坡元",
        "CHF": "瑞士法郎", "RUB": "卢布", "INR": "卢比",
    ]

    private static let scales: [(Double, String)] = [(1, ""), (1e4, "万"), (1e8, "亿"), (1e12, "万亿")]

    /// 5e7 → "5,000万", 1.2e12 → "1.2万亿", 1234 → "1,234".
    static func chineseScaled(_ v: Double) -> String {
        let a = abs(v)
        var i = scales.count - 1
        while i > 0 && a < scales[i].0 { i -= 1 }
        while true {
            let m = a / scales[i].0
            let digits = m >= 100 ? 0 : (m >= 10 ? 1 : fractionDigits(m))
            let r = (m * pow(10, Double(digits))).rounded(.toNearestOrAwayFromZero) / pow(10, Double(digits))
            // 9,999.96亿 rounds to 10,000亿: say 1万亿 instead.
            if r >= 10_000 && i < scales.count - 1 { i += 1; continue }
            let text = trimmed(r, maxDigits: digits)
            return (v < 0 && text != "0" ? "-" : "") + text + scales[i].1
        }
    }

    /// Grouped, at most `maxDigits` decimals, trailing zeros dropped: 1.20 → "1.2".
    static func trimmed(_ v: Double, maxDigits: Int) -> String {
        var s = grouped(v, fractionDigits: maxDigits)
        if s.contains(".") {
            while s.hasSuffix("0") { s.removeLast() }
            if s.hasSuffix(".") { s.removeLast() }
        }
        return s == "-0" ? "0" : s
    }

    /// Digits of |v| rounded half away from zero, split at the decimal point.
    private static func rounded(_ v: Double, digits: Int) -> (String, String, Bool) {
        var x = abs(v)
        let scale = pow(10, Double(digits))
        if x * scale < 9e15 { x = (x * scale).rounded(.toNearestOrAwayFromZero) / scale }
        let s = String(format: "%.\(digits)f", x)
        let parts = s.split(separator: ".", omittingEmptySubsequences: false)
        let intPart = String(parts[0])
        let fracPart = parts.count > 1 ? String(parts[1]) : ""
        let isZero = !s.contains { $0 >= "1" && $0 <= "9" }
        return (intPart, fracPart, v < 0 && !isZero)
    }

    private static func group(_ digits: String) -> String {
        let chars = Array(digits)
        var out = ""
        out.reserveCapacity(chars.count + chars.count / 3)
        for (i, c) in chars.enumerated() {
            if i > 0 && (chars.count - i) % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return out
    }
}
