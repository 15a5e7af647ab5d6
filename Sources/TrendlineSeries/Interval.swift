import Foundation
import TrendlineExtraction

/// The values a stated figure allows: bounds become half-open intervals, exact figures allow for
/// rounding (half a unit of the last stated digit), approximate ones a further 5%.
public struct ValueInterval: Hashable, Sendable, CustomStringConvertible {
    public var lower: Double
    public var upper: Double

    public init(lower: Double, upper: Double) { self.lower = lower; self.upper = upper }

    /// Relative width allowed for approximate figures (约, 近, 左右).
    public static let approxTolerance = 0.05

    /// The interval a claim's figure allows.
    public static func of(value: Double, valueMax: Double? = nil, bound: Bound, text: String) -> ValueInterval {
        let half = Rounding.halfUnit(text: text, value: value)
        if let m = valueMax { return ValueInterval(lower: value - half, upper: m + half) }
        let magnitude = abs(value)
        // a fall (negative value) keeps its bound on the magnitude: 下降不到1% is in (−1, 0]
        let sign: Double = value < 0 ? -1 : 1
        let lo: Double, hi: Double
        switch bound {
        case .exact: lo = magnitude - half; hi = magnitude + half
        case .approx:
            let slack = max(half, magnitude * approxTolerance)
            lo = magnitude - slack; hi = magnitude + slack
        case .moreThan, .atLeast: lo = magnitude; hi = .infinity
        case .lessThan, .atMost: lo = value < 0 ? 0 : -.infinity; hi = magnitude
        }
        return sign > 0 ? ValueInterval(lower: lo, upper: hi) : ValueInterval(lower: -hi, upper: -lo)
    }

    public func overlaps(_ o: ValueInterval) -> Bool { lower <= o.upper && o.lower <= upper }

    public func intersection(_ o: ValueInterval) -> ValueInterval? {
        let l = max(lower, o.lower), u = min(upper, o.upper)
        return l <= u ? ValueInterval(lower: l, upper: u) : nil
    }

    public func contains(_ v: Double) -> Bool { lower <= v && v <= upper }

    /// Distance between two disjoint intervals; 0 when they overlap.
    public func gap(to o: ValueInterval) -> Double {
        if overlaps(o) { return 0 }
        return o.lower > upper ? o.lower - upper : lower - o.upper
    }

    public var description: String {
        func f(_ v: Double) -> String { v.isInfinite ? (v > 0 ? "∞" : "−∞") : String(format: "%g", v) }
        return "[\(f(lower)), \(f(upper))]"
    }
}

/// How precisely a figure was stated.
public enum Rounding {
    /// Half a unit of the last digit the text states, in the value's base units:
    /// "33.3%" → 0.05, "5000亿元" → 0.5亿, "44.3万套" → 0.05万. A figure stated with a single digit
    /// ("1万亿元", "RMB 1 trillion") is read to two significant digits (1.0万亿 → ±0.05万亿), so that a
    /// round number still constrains the arithmetic. Without Arabic digits (三成, 十余家) half a percent.
    public static func halfUnit(text: String, value: Double) -> Double {
        guard value != 0 else { return 0 }
        var digits = ""
        var started = false
        for ch in text.unicodeScalars {
            var u = ch
            if (0xFF10...0xFF19).contains(u.value) || u.value == 0xFF0E, let h = Unicode.Scalar(u.value - 0xFEE0) { u = h }
            if ("0"..."9").contains(u) || (started && (u == "." || u == ",")) {
                started = true
                digits.unicodeScalars.append(u)
            } else if started {
                break
            }
        }
        while digits.hasSuffix(".") || digits.hasSuffix(",") { digits.removeLast() }
        let plain = digits.replacingOccurrences(of: ",", with: "")
        guard !plain.isEmpty, let number = Double(plain), number != 0 else { return abs(value) * 0.005 }
        let scale = abs(value) / number
        let exponent = log10(scale)
        guard abs(exponent - exponent.rounded()) < 1e-6 else { return abs(value) * 0.005 }
        let decimals = plain.firstIndex(of: ".").map { plain.distance(from: $0, to: plain.endIndex) - 1 } ?? 0
        let significant = plain.filter { $0 != "." }.drop { $0 == "0" }.count
        var unit = pow(10, Double(-decimals)) * scale
        if significant == 1 && decimals == 0 { unit /= 10 }
        return unit / 2
    }
}
