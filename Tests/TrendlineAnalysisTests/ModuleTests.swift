import Testing
@testable import TrendlineAnalysis

@Test func moduleLoads() { #expect(Bool(true)) }
