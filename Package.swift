// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Trendline",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "trendline", targets: ["trendline"]),
        .library(name: "TrendlineExtraction", targets: ["TrendlineExtraction"]),
        .library(name: "TrendlineSeries", targets: ["TrendlineSeries"]),
        .library(name: "TrendlineAnalysis", targets: ["TrendlineAnalysis"]),
        .library(name: "TrendlineTables", targets: ["TrendlineTables"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        // text -> quantities -> claims
        .target(name: "TrendlineExtraction", exclude: ["Text/make_traditional_fold.py", "Linking/make_divisions.py"]),
        // claims -> dated series (merging, conflicts, JSONL/CSV I/O)
        .target(name: "TrendlineSeries", dependencies: ["TrendlineExtraction"]),
        // series -> comparisons, growth checks, forecasts
        .target(name: "TrendlineAnalysis", dependencies: ["TrendlineSeries"]),
        // any rows -> aligned text (CJK width), Markdown, CSV
        .target(name: "TrendlineTables"),
        .executableTarget(
            name: "trendline",
            dependencies: [
                "TrendlineExtraction", "TrendlineSeries", "TrendlineAnalysis", "TrendlineTables",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "TrendlineExtractionTests", dependencies: ["TrendlineExtraction"],
                    resources: [.copy("Corpus")]),
        .testTarget(name: "TrendlineSeriesTests", dependencies: ["TrendlineSeries"]),
        .testTarget(name: "TrendlineAnalysisTests", dependencies: ["TrendlineAnalysis"],
                    resources: [.copy("Fixtures")]),
        .testTarget(name: "TrendlineTablesTests", dependencies: ["TrendlineTables"],
                    exclude: ["make_width_table.py", "make_width_fixture.py"]),
        .testTarget(name: "TrendlineCLITests", dependencies: ["trendline"]),
    ]
)
