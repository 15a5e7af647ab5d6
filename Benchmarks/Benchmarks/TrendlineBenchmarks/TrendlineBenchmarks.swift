import Benchmark
import TrendlineAnalysis
import Foundation
import Dispatch
import TrendlineExtraction
import TrendlineSeries

// Each extraction iteration reads exactly 1 MiB of news text, so the throughput column reads in MiB/s.
let extractionMetrics: [BenchmarkMetric] = [.throughput, .wallClock, .cpuTotal, .mallocCountTotal, .peakMemoryResident]
let analysisMetrics: [BenchmarkMetric] = [.wallClock, .mallocCountTotal, .peakMemoryResident]

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(maxDuration: .seconds(10), maxIterations: 30)

    Benchmark("Extraction: quantities only, 1 MiB, single thread", configuration: .init(metrics: extractionMetrics)) { benchmark in
        let text = BenchCorpus.oneMiB
        benchmark.startMeasurement()
        blackHole(Extractor().quantities(in: text).count)
    }

    Benchmark("Extraction: full (quantities + linking), 1 MiB, single thread",
              configuration: .init(metrics: extractionMetrics)) { benchmark in
        let text = BenchCorpus.oneMiB
        benchmark.startMeasurement()
        blackHole(Extractor().extract(text: text, doc: "bench").claims.count)
    }

    // The benchmark runner parks one thread of Swift's cooperative pool while an async benchmark runs,
    // so the parallel case uses Dispatch threads, one part per thread at a time.
    Benchmark("Extraction: full, 1 MiB in parts, all cores",
              configuration: .init(metrics: extractionMetrics)) { benchmark in
        let parts = BenchCorpus.split(max(2, ProcessInfo.processInfo.activeProcessorCount) * 4)
        let counts = Counts(parts.count)
        benchmark.startMeasurement()
        DispatchQueue.concurrentPerform(iterations: parts.count) { i in
            counts.set(i, Extractor().extract(text: parts[i], doc: "bench").claims.count)
        }
        blackHole(counts.total)
    }

    Benchmark("Extraction: full, 1 MiB in parts, one core",
              configuration: .init(metrics: extractionMetrics)) { benchmark in
        let parts = BenchCorpus.split(max(2, ProcessInfo.processInfo.activeProcessorCount) * 4)
        benchmark.startMeasurement()
        blackHole(parts.reduce(0) { $0 + Extractor().extract(text: $1, doc: "bench").claims.count })
    }

    // Analysis on a million synthetic claims (built once, outside the measurement).
    let analysisConfig = Benchmark.Configuration(metrics: analysisMetrics, maxDuration: .seconds(20), maxIterations: 5)
    Benchmark("Series: build from 1M claims", configuration: analysisConfig) { benchmark in
        let claims = Million.claims
        benchmark.startMeasurement()
        blackHole(SeriesSet.build(claims).series.count)
    }

    Benchmark("Check: growth claims of 1M claims", configuration: analysisConfig) { benchmark in
        let claims = Million.claims, set = Million.set
        benchmark.startMeasurement()
        blackHole(GrowthChecker.check(claims, against: set).count)
    }

    Benchmark("Forecast: every forecastable series of 1M claims", configuration: analysisConfig) { benchmark in
        let set = Million.set
        benchmark.startMeasurement()
        var made = 0
        for s in SeriesForecast.forecastable(set) where (try? SeriesForecast.make(s, horizon: 5)) != nil { made += 1 }
        blackHole(made)
    }
}

enum Million {
    static let claims = SyntheticClaims.make(count: 1_000_000)
    static let set = SeriesSet.build(claims)
}

/// Per-part results written from several threads, each to its own slot.
final class Counts: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [Int]
    init(_ n: Int) { values = Array(repeating: 0, count: n) }
    func set(_ i: Int, _ v: Int) { lock.lock(); values[i] = v; lock.unlock() }
    var total: Int { lock.lock(); defer { lock.unlock() }; return values.reduce(0, +) }
}
