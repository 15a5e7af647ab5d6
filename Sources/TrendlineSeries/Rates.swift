import Foundation
import TrendlineExtraction

/// Exchange rates used to show foreign-currency figures in CNY. Never applied silently: every
/// converted figure is marked, and the table in use is printed with the output.
public struct CurrencyRates: Sendable, Equatable {
    /// CNY per one unit of each currency.
    public var cnyPer: [String: Double]
    /// Where the table came from ("built-in", or the file it was read from).
    public var origin: String

    public init(cnyPer: [String: Double], origin: String) {
        self.cnyPer = cnyPer; self.origin = origin
    }

    /// Indicative rates (CNY per unit), rounded; override with `--rates FILE`.
    public static let builtIn = CurrencyRates(cnyPer: [
        "USD": 7.1, "EUR": 7.8, "GBP": 9.0, "HKD": 0.91, "JPY": 0.048, "TWD": 0.22, "KRW": 0.0052,
        "AUD": 4.7, "CAD": 5.2, "SGD": 5.4, "CHF": 8.8, "RUB": 0.09, "INR": 0.085,
    ], origin: "built-in")

    /// Reads a JSON object of CNY per unit, `{"USD": 7.2, "EUR": 7.9}`; currencies it does not
    /// name keep the built-in rate.
    public static func load(path: String) throws(ClaimFileError) -> CurrencyRates {
        let data: Data
        do { data = try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
            throw ClaimFileError(file: path, line: nil, message: "cannot read rate table (\(error.localizedDescription))")
        }
        guard let obj = try? JSONSerialization.jsonObject(with: data), let dict = obj as? [String: Any] else {
            throw ClaimFileError(file: path, line: nil, message: "rate table must be a JSON object such as {\"USD\": 7.2}")
        }
        var table = builtIn.cnyPer
        for (code, raw) in dict {
            guard let n = raw as? NSNumber, n.doubleValue.isFinite, n.doubleValue > 0 else {
                throw ClaimFileError(file: path, line: nil, message: "rate for \"\(code)\" must be a positive number (CNY per 1 \(code))")
            }
            guard code == code.uppercased(), code.count == 3 else {
                throw ClaimFileError(file: path, line: nil, message: "\"\(code)\" is not an ISO currency code")
            }
            if code == "CNY" {
                guard n.doubleValue == 1 else { throw ClaimFileError(file: path, line: nil, message: "CNY rate must be 1") }
                continue
            }
            table[code] = n.doubleValue
        }
        return CurrencyRates(cnyPer: table, origin: path)
    }

    /// The CNY value of `value` in `unit`; nil when the unit is not money or no rate is known.
    public func cny(_ value: Double, unit: String) -> Double? {
        if unit == "CNY" { return value }
        guard let r = cnyPer[unit] else { return nil }
        return value * r
    }
}
