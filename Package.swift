// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "basework",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "basework", targets: ["basework"]),
        .executable(name: "basework-corpus", targets: ["basework-corpus"]),
        .library(name: "Basework", targets: ["Basework"]),
    ],
    dependencies: [
        // Exact: basework reads libyaml's events through Yams's `CYaml` target (`YAMLReader`). Yams exports
        // only its `Yams` product, so `CYaml` cannot be named here; it is importable because SwiftPM puts
        // the module of a dependency's C target on the search path of its dependents. A new Yams release
        // may move or rename it, so the version is pinned and moved on purpose.
        .package(url: "https://github.com/jpsim/Yams", exact: "6.2.2"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/JohnSundell/Plot", from: "0.14.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        .target(
            name: "Basework",
            dependencies: ["CCmark", .product(name: "Yams", package: "Yams"), .product(name: "Plot", package: "Plot")]
        ),
        .executableTarget(
            name: "basework-corpus",
            dependencies: ["Basework"],
            path: "Sources/basework-corpus"
        ),
        .target(
            name: "BaseworkLanguageServer",
            dependencies: ["Basework"]
        ),
        .target(
            name: "BaseworkCLI",
            dependencies: ["Basework", "BaseworkLanguageServer", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .executableTarget(
            name: "basework",
            dependencies: ["BaseworkCLI"]
        ),
        .testTarget(
            name: "BaseworkTests",
            dependencies: ["Basework", "BaseworkCLI", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .testTarget(
            name: "BaseworkLanguageServerTests",
            dependencies: ["BaseworkLanguageServer", "Basework"]
        ),
    ]
)

// The libFuzzer target (`Scripts/fuzz`): only with BASEWORK_FUZZ set, so plain builds and CI never see it.
if Context.environment["BASEWORK_FUZZ"] != nil {
    package.targets.append(
        .executableTarget(
            name: "basework-fuzz",
            dependencies: ["Basework"],
            path: "Fuzz",
            swiftSettings: [.unsafeFlags(["-parse-as-library"])]
        )
    )
    package.products.append(.executable(name: "basework-fuzz", targets: ["basework-fuzz"]))
}
