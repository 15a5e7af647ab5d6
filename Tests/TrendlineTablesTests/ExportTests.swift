import Foundation
import Testing
@testable import TrendlineTables

let tricky = Table(
    title: "导出",
    columns: [.init("名称"), .init("金额, 亿元", alignment: .right), .init("备注", alignment: .center)],
    rows: [
        ["A|B 公司", "1,200", "说\"明\""],
        ["多行\n第二行", "-3.5", "C:\\path\\x"],
        ["", "0", "a\r\nb"],
    ])

/// Minimal RFC 4180 reader, to check that what we write reads back.
func parseCSV(_ s: String) -> [[String]] {
    var rows: [[String]] = [], row: [String] = [], field = ""
    var quoted = false, i = s.startIndex
    while i < s.endIndex {
        let c = s[i]
        if quoted {
            if c == "\"" {
                let n = s.index(after: i)
                if n < s.endIndex && s[n] == "\"" { field.append("\""); i = n } else { quoted = false }
            } else { field.append(c) }
        } else if c == "\"" { quoted = true
        } else if c == "," { row.append(field); field = ""
        } else if c == "\r\n" || c == "\n" { row.append(field); rows.append(row); row = []; field = ""
        } else { field.append(c) }
        i = s.index(after: i)
    }
    row.append(field); rows.append(row)
    return rows
}

@Suite struct ExportTests {
    @Test func csvRoundTrips() {
        let csv = tricky.render(.csv)
        #expect(parseCSV(csv) == [tricky.columns.map(\.title)] + tricky.rows)
        #expect(csv.hasPrefix("名称,\"金额, 亿元\",备注\r\n"))
        #expect(csv.contains("\"说\"\"明\"\"\""))
        #expect(csv.contains("\"1,200\""))
        #expect(!csv.hasSuffix("\r\n"))
    }

    @Test func csvOfEmptyTableIsHeader() {
        #expect(Table(columns: [.init("a"), .init("b")]).render(.csv) == "a,b")
    }

    @Test func jsonIsValidAndKeepsColumnOrder() throws {
        let json = tricky.render(.json)
        let parsed = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: String]]
        #expect(parsed?.count == 3)
        #expect(parsed?[0]["名称"] == "A|B 公司")
        #expect(parsed?[0]["备注"] == "说\"明\"")
        #expect(parsed?[1]["名称"] == "多行\n第二行")
        #expect(parsed?[1]["备注"] == "C:\\path\\x")
        #expect(parsed?[2]["备注"] == "a\r\nb")
        let first = json.split(separator: "\n")[1]
        let order = ["名称", "金额, 亿元", "备注"].map { first.range(of: "\"\($0)\"")!.lowerBound }
        #expect(order == order.sorted())
    }

    @Test func jsonEscapesControlsAndDisambiguatesKeys() throws {
        let t = Table(columns: [.init("x"), .init("x"), .init("")], rows: [["\u{01}\t", "2", "3"]])
        let json = t.render(.json)
        #expect(json.contains("\\u0001\\t"))
        let parsed = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: String]]
        #expect(parsed?[0] == ["x": "\u{01}\t", "x (2)": "2", "column 3": "3"])
        #expect(Table(columns: [.init("a")]).render(.json) == "[]")
    }

    @Test func markdownEscapesPipesAndLineBreaks() {
        let md = tricky.render(.markdown)
        let lines = md.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines[0] == "导出")
        #expect(lines[1] == "")
        #expect(lines.count == 2 + 2 + 3)
        #expect(md.contains("A\\|B 公司"))
        #expect(md.contains("多行<br>第二行"))
        #expect(md.contains("a<br>b"))
        #expect(md.contains("C:\\path\\x"))   // backslash before a letter is left alone
        // Every table line has the same number of unescaped pipes: one per column + 1.
        for line in lines[2...] {
            let pipes = line.replacingOccurrences(of: "\\|", with: "").filter { $0 == "|" }.count
            #expect(pipes == 4, "\(line)")
        }
    }

    @Test func markdownAlignmentRowAndPadding() {
        let md = tricky.render(.markdown)
        let lines = md.split(separator: "\n").map(String.init)
        let rule = lines[2].split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(rule[0].hasPrefix(":") && !rule[0].hasSuffix(":"))
        #expect(!rule[1].hasPrefix(":") && rule[1].hasSuffix(":"))
        #expect(rule[2].hasPrefix(":") && rule[2].hasSuffix(":"))
        #expect(lineWidths(lines[1...].joined(separator: "\n")).count == 1)
    }

    @Test func markdownEscapesBackslashBeforePunctuation() {
        #expect(Table.markdownEscape("a\\|b") == "a\\\\\\|b")
        #expect(Table.markdownEscape("50\\%") == "50\\\\%")
    }

    @Test func everyFormatRenders() {
        for f in OutputFormat.allCases {
            #expect(!sample.render(f).isEmpty, "\(f)")
            #expect(OutputFormat(rawValue: f.rawValue) == f)
        }
    }
}
