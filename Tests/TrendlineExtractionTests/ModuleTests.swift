import Testing
@testable import TrendlineExtraction

@Test func moduleLoads() { #expect(Bool(true)) }
