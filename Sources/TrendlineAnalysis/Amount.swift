import Foundation
import TrendlineExtraction

/// Short human-readable amounts for explanations: "5600亿元", "1.2万亿元", "2.1亿台", "33.3%".
public enum Amount {
    public static func describe(_ v: Double, unit: String, counter: String? = nil) -> String {
        switch unit {
        case "percent": return trimmed(v, digits: 2) + "%"
        case "pp": return trimmed(v, digits: 2) + "个百分点"
        case "multiple": return trimmed(v, digits: 2) + "倍"
        default: break
        }
        let suffix: String
        switch unit {
        case "CNY": suffix = "元"
        case "count": suffix = counter ?? ""
        default: suffix = Currency.isMoney(unit) ? " " + unit : " " + unit
        }
        let a = abs(v)
        let scaled: String
        if a >= 1e12 { scaled = trimmed(v / 1e12, digits: 3) + "万亿" }
        else if a >= 1e8 { scaled = trimmed(v / 1e8, digits: 2) + "亿" }
        else if a >= 1e4 { scaled = trimmed(v / 1e4, digits: 2) + "万" }
        else { scaled = trimmed(v, digits: 2) }
        return scaled + suffix
    }

    /// At most `digits` decimals, trailing zeros removed.
    public static func trimmed(_ v: Double, digits: Int) -> String {
        var s = String(format: "%.\(digits)f", v)
        if s.contains(".") {
            while s.hasSuffix("0") { s.removeLast() }
            if s.hasSuffix(".") { s.removeLast() }
        }
        return s == "-0" ? "0" : s
    }
}
