// swift-tools-version:6.1
// Benchmarks for Trendline (ordo-one/package-benchmark). Run from this folder:
//   swift package --disable-sandbox benchmark
// See README.md for the corpus, the peer comparison and the measured numbers.
import PackageDescription

let package = Package(
    name: "TrendlineBenchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "Trendline", path: ".."),
        .package(url: "https://github.com/ordo-one/package-benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        .executableTarget(
            name: "TrendlineBenchmarks",
            dependencies: [
                .product(name: "Benchmark", package: "package-benchmark"),
                .product(name: "TrendlineExtraction", package: "Trendline"),
                .product(name: "TrendlineSeries", package: "Trendline"),
                .product(name: "TrendlineAnalysis", package: "Trendline"),
            ],
            path: "Benchmarks/TrendlineBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "package-benchmark")]
        ),
    ]
)
