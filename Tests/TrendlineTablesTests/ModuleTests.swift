import Testing
@testable import TrendlineTables

@Test func moduleLoads() { #expect(Bool(true)) }
