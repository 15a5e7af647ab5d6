import Testing
@testable import TrendlineTables

@Suite struct DisplayWidthTests {
    @Test func agreesWithPythonWcwidthOnFixture() {
        #expect(wcwidthFixture.count > 500)
        var mismatches: [String] = []
        for (cp, expected) in wcwidthFixture {
            let scalar = Unicode.Scalar(cp)!
            let got = DisplayWidth.of(scalar)
            if got != expected { mismatches.append("U+\(String(cp, radix: 16, uppercase: true)) got \(got) want \(expected)") }
        }
        #expect(mismatches.isEmpty, "\(mismatches.count) mismatches: \(mismatches.prefix(20))")
    }

    @Test(arguments: [
        ("", 0),
        ("abc 123", 7),
        ("人工智能", 8),
        ("AI手机出货量", 12),
        ("超1.2万亿元", 11),
        ("59.8%", 5),
        ("５９％", 6),                    // full-width forms
        ("，。、“”", 8),                  // CJK punctuation wide, curly quotes ambiguous → 1
        ("ｱｲｳ", 3),                       // half-width katakana
        ("ひらがな カタカナ", 17),
        ("한국어", 6),
        ("e\u{301}", 1),                 // combining acute
        ("a\u{200B}b", 2),               // zero-width space
        ("中\u{FE0F}", 2),
        ("…·—", 3),                      // ambiguous counts 1
        ("\u{1B}[31m", 4),              // ESC is a control: 0
        ("𠀀𪚥", 4),                      // plane 2 ideographs
        ("\u{2EBF0}", 2),                // CJK Ext I (Unicode 15.1): default wide block
    ])
    func stringWidths(_ s: String, _ expected: Int) {
        #expect(DisplayWidth.of(s) == expected)
    }

    @Test(arguments: [
        ("😀", 2), ("👍🏽", 2), ("👨‍👩‍👧", 2), ("❤️", 2), ("🇨🇳", 2), ("1️⃣", 2), ("\u{1FAE8}", 2),
    ])
    func emojiSequencesCountAsOnePicture(_ s: String, _ expected: Int) {
        #expect(DisplayWidth.of(s) == expected)
    }

    @Test func hangulJamoSequenceIsOneWideSyllable() {
        // ᄒ + ᅡ + ᆫ (conjoining jamo) draws as 한.
        #expect(DisplayWidth.of("\u{1112}\u{1161}\u{11AB}") == 2)
    }

    @Test func stringWidthIsSumOfCharacterWidths() {
        let s = "2025年AI芯片出货量超过700万台😀，同比增长59.8%"
        #expect(DisplayWidth.of(s) == s.reduce(0) { $0 + DisplayWidth.of($1) })
    }
}

@Suite struct TerminalWidthTests {
    @Test func columnsEnvironmentWins() {
        #expect(TerminalWidth.current(environment: ["COLUMNS": "120"], fileDescriptor: -1) == 120)
        #expect(TerminalWidth.current(environment: ["COLUMNS": " 80 "], fileDescriptor: -1) == 80)
    }

    @Test func badColumnsFallsBackToTerminal() {
        // fd -1 is no terminal, so nothing is known.
        #expect(TerminalWidth.current(environment: ["COLUMNS": "wide"], fileDescriptor: -1) == nil)
        #expect(TerminalWidth.current(environment: ["COLUMNS": "0"], fileDescriptor: -1) == nil)
        #expect(TerminalWidth.current(environment: ["COLUMNS": "-5"], fileDescriptor: -1) == nil)
        #expect(TerminalWidth.current(environment: [:], fileDescriptor: -1) == nil)
    }
}
