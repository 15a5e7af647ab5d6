import Foundation
import Testing
@testable import TrendlineExtraction

/// One example of the per-dimension corpora in Corpus/*.jsonl: a short text and the quantity the
/// extractor must find in it (or `none` when it must find nothing).
struct CorpusCase: CustomTestStringConvertible, Sendable {
    let file: String
    let line: Int
    let text: String
    let quote: String?
    let value: Double?
    let valueMax: Double?
    let unit: String?
    let counter: String?
    let bound: String?
    let none: Bool

    var testDescription: String { "\(file):\(line) \(text)" }

    static func load(_ name: String) -> [CorpusCase] {
        guard let dir = Bundle.module.url(forResource: "Corpus", withExtension: nil),
              let data = try? String(contentsOf: dir.appendingPathComponent(name + ".jsonl"), encoding: .utf8) else {
            Issue.record("corpus file \(name).jsonl is missing from the test bundle")
            return []
        }
        var out: [CorpusCase] = []
        for (i, line) in data.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where !line.trimmingCharacters(in: .whitespaces).isEmpty {
            guard let obj = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                  let text = obj["text"] as? String else {
                Issue.record("\(name).jsonl:\(i + 1) is not a JSON object with a text field")
                continue
            }
            out.append(CorpusCase(file: name, line: i + 1, text: text, quote: obj["quote"] as? String,
                                  value: (obj["value"] as? NSNumber)?.doubleValue,
                                  valueMax: (obj["value_max"] as? NSNumber)?.doubleValue,
                                  unit: obj["unit"] as? String, counter: obj["counter"] as? String,
                                  bound: obj["bound"] as? String, none: obj["none"] as? Bool ?? false))
        }
        return out
    }
}

func close(_ a: Double, _ b: Double) -> Bool { abs(a - b) <= 1e-9 * max(abs(a), abs(b), 1) }

func checkCase(_ c: CorpusCase) {
    let found = Extractor().quantities(in: c.text)
    let scalars = Array(c.text.unicodeScalars)
    func quoted(_ q: Quantity) -> String { String(String.UnicodeScalarView(scalars[q.start..<q.end])) }
    if c.none {
        #expect(found.isEmpty, "expected no quantity, found \(found.map { quoted($0) + "=" + String($0.value) + " " + $0.unit })")
        return
    }
    guard let quote = c.quote else { Issue.record("case has neither quote nor none"); return }
    guard let q = found.first(where: { quoted($0) == quote }) else {
        Issue.record("no quantity quoted \"\(quote)\"; found \(found.map { "\"" + quoted($0) + "\" " + String($0.value) + " " + $0.unit })")
        return
    }
    if let v = c.value { #expect(close(q.value, v), "value \(q.value), expected \(v)") }
    if let vm = c.valueMax {
        #expect(q.valueMax.map { close($0, vm) } == true, "value_max \(String(describing: q.valueMax)), expected \(vm)")
    } else {
        #expect(q.valueMax == nil, "unexpected value_max \(String(describing: q.valueMax))")
    }
    if let u = c.unit { #expect(q.unit == u) }
    if let ctr = c.counter { #expect(q.counter == ctr) }
    #expect(q.bound.rawValue == (c.bound ?? "exact"))
}

@Suite("Extraction corpora, one file per dimension")
struct CorpusTests {
    @Test(arguments: CorpusCase.load("numerals")) func numerals(_ c: CorpusCase) { checkCase(c) }
    @Test(arguments: CorpusCase.load("money")) func money(_ c: CorpusCase) { checkCase(c) }
    @Test(arguments: CorpusCase.load("percent")) func percent(_ c: CorpusCase) { checkCase(c) }
    @Test(arguments: CorpusCase.load("counts")) func counts(_ c: CorpusCase) { checkCase(c) }
    @Test(arguments: CorpusCase.load("physical")) func physical(_ c: CorpusCase) { checkCase(c) }
    @Test(arguments: CorpusCase.load("ranges")) func ranges(_ c: CorpusCase) { checkCase(c) }
    @Test(arguments: CorpusCase.load("bounds")) func bounds(_ c: CorpusCase) { checkCase(c) }
    @Test(arguments: CorpusCase.load("not_quantities")) func notQuantities(_ c: CorpusCase) { checkCase(c) }
}
