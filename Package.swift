// swift-tools-version:6.1
import PackageDescription

// The engine (DimingCore and, later, text/parsing/matching modules) is pure:
// text in, values out. DimingCSV owns byte-level file formats. DimingStore is
// the only module that talks to SQLite. The `diming` executable is a thin
// command tree over them, so an HTTP service can later reuse the same modules.
// The hot loops of bulk import and export keep their state in classes (a
// streaming reader, the parsing thread's tables). Swift's run-time exclusivity
// checks on those class properties took a tenth of an import's time (measured
// with perf, BENCHMARKS.md), so release builds of these modules rely on the
// compile-time checks alone; debug builds, and so the tests, keep both.
let hotPathSettings: [SwiftSetting] = [
    .unsafeFlags(["-enforce-exclusivity=unchecked"], .when(configuration: .release))
]

let package = Package(
    name: "Diming",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "diming", targets: ["diming"]),
        .library(name: "DimingCore", targets: ["DimingCore"]),
        .library(name: "DimingText", targets: ["DimingText"]),
        .library(name: "DimingParse", targets: ["DimingParse"]),
        .library(name: "DimingMatch", targets: ["DimingMatch"]),
        .library(name: "DimingCSV", targets: ["DimingCSV"]),
        .library(name: "DimingStore", targets: ["DimingStore"]),
        .library(name: "DimingQR", targets: ["DimingQR"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
    ],
    targets: [
        .target(name: "DimingCore", swiftSettings: hotPathSettings),
        .target(name: "DimingText"),
        .target(name: "DimingParse", dependencies: ["DimingCore", "DimingText"]),
        .target(name: "DimingNaming", dependencies: ["DimingCore", "DimingText", "DimingParse"]),
        .target(name: "DimingAliases", dependencies: ["DimingText", "DimingParse", "DimingMatch"]),
        .target(name: "DimingMatch", dependencies: ["DimingText", "DimingParse"]),
        .target(name: "DimingCSV", swiftSettings: hotPathSettings),
        .target(name: "DimingQR"),
        .target(
            name: "DimingStore",
            dependencies: [
                "DimingCore",
                "DimingCSV",
                "DimingAliases",
                "DimingMatch",
                "DimingQR",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ],
            swiftSettings: hotPathSettings),
        .executableTarget(
            name: "diming",
            dependencies: [
                "DimingCore",
                "DimingText",
                "DimingParse",
                "DimingMatch",
                "DimingCSV",
                "DimingStore",
                "DimingNaming",
                "DimingAliases",
                "DimingQR",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),
        .executableTarget(
            name: "diming-generate",
            dependencies: ["DimingCore", "DimingCSV"],
            path: "Tools/generate-registry"),
        .executableTarget(
            name: "diming-generate-legacy",
            dependencies: ["DimingCore", "DimingCSV"],
            path: "Tools/generate-legacy"),
        .executableTarget(
            name: "diming-parse-bench",
            dependencies: ["DimingCore", "DimingText", "DimingParse"],
            path: "Tools/parse-bench"),
        .executableTarget(
            name: "diming-fuzz-parse",
            dependencies: ["DimingCore", "DimingText", "DimingParse"],
            path: "Tools/fuzz-parse"),
        .executableTarget(
            name: "diming-pinyin-bench",
            dependencies: ["DimingText"],
            path: "Tools/pinyin-bench"),
        .testTarget(name: "DimingCoreTests", dependencies: ["DimingCore"]),
        .testTarget(name: "DimingTextTests", dependencies: ["DimingText", "DimingCore"]),
        .testTarget(name: "DimingParseTests", dependencies: ["DimingParse", "DimingCore"]),
        .testTarget(name: "DimingNamingTests", dependencies: ["DimingNaming", "DimingParse", "DimingText", "DimingCore", "DimingStore", "DimingCSV"]),
        .testTarget(name: "DimingMatchTests", dependencies: ["DimingMatch", "DimingParse", "DimingText", "DimingCore"]),
        .testTarget(name: "DimingCSVTests", dependencies: ["DimingCSV"]),
        .testTarget(name: "DimingQRTests", dependencies: ["DimingQR"]),
        .testTarget(name: "DimingAliasesTests", dependencies: ["DimingAliases", "DimingParse", "DimingText"]),
        .testTarget(
            name: "DimingStoreTests",
            dependencies: ["DimingStore", "DimingCore", "DimingCSV", "DimingAliases"],
            resources: [.copy("Fixtures")]),
        .testTarget(
            name: "DimingCLITests",
            dependencies: ["diming"],
            resources: [.copy("Fixtures")]),
    ],
    swiftLanguageModes: [.v6]
)
