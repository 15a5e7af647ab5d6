import Testing
@testable import TrendlineSeries

@Test func moduleLoads() { #expect(Bool(true)) }
