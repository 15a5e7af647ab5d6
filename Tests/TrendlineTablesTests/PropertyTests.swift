import Foundation
import Testing
@testable import TrendlineTables

/// Deterministic pseudo-random tables of mixed Chinese, Latin, digits, punctuation,
/// line breaks and controls: whatever the content and width, the text rendering is
/// rectangular and never wider than the limit unless even 1-column-wide columns
/// cannot fit.
struct LCG {
    var state: UInt64
    mutating func next(_ n: Int) -> Int {
        state = state &* 6364136223846793005 &+ 1442695040888963407
        return Int((state >> 33) % UInt64(n))
    }
}

let pieces = ["人工智能", "产业", "规模", "超1.2万亿元", "59.8%", "AI", "model", "GPU", " ", "，", "。",
              "（IDC）", "“智能”", "2025", "\n", "OpenAI", "ｱｲ", "한국", "e\u{301}", "\t", "…", "-4.6%"]

func randomTable(_ rng: inout LCG) -> Table {
    let nCols = 1 + rng.next(5)
    let aligns: [Table.Alignment] = [.left, .right, .center]
    let cols = (0..<nCols).map { i in
        Table.Column("列\(i)" + (rng.next(3) == 0 ? " title" : ""), alignment: aligns[rng.next(3)],
                     maxWidth: rng.next(3) == 0 ? 1 + rng.next(20) : nil)
    }
    let rows = (0..<rng.next(6)).map { _ in
        (0..<(nCols + rng.next(2) - (nCols > 1 ? rng.next(2) : 0))).map { _ in
            (0..<rng.next(6)).map { _ in pieces[rng.next(pieces.count)] }.joined()
        }
    }
    return Table(title: rng.next(3) == 0 ? "标题 title" : nil, columns: cols, rows: rows)
}

@Suite struct PropertyTests {
    @Test(arguments: 0..<60)
    func renderedTextIsRectangularAndWithinWidth(_ seed: Int) {
        var rng = LCG(state: UInt64(seed) &* 2654435761 &+ 1)
        let table = randomTable(&rng)
        let n = max(table.columns.count, table.rows.map(\.count).max() ?? 0)
        let minimum = n + 2 * (n - 1)
        for width in [nil, 200, 40, 24, 12, 5, 0] as [Int?] {
            let out = table.render(.text, width: width)
            let widths = lineWidths(out)
            #expect(widths.count == 1, "seed \(seed) width \(String(describing: width))\n\(out)")
            if let width, let w = widths.first {
                #expect(w <= max(width, minimum), "seed \(seed) width \(width)\n\(out)")
            }
            #expect(!out.contains("\t") && !out.contains("\u{1B}"))
        }
    }

    @Test(arguments: 0..<60)
    func csvAndJSONKeepEveryCell(_ seed: Int) throws {
        var rng = LCG(state: UInt64(seed) &* 2654435761 &+ 7)
        let table = randomTable(&rng)
        let (cols, rows) = table.normalized
        #expect(parseCSV(table.render(.csv)) == [cols.map(\.title)] + rows)
        let json = table.render(.json)
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: String]])
        #expect(parsed.count == rows.count)
        for (obj, row) in zip(parsed, rows) { #expect(Set(obj.values) == Set(row)) }
    }
}
