// swift-tools-version: 6.1
import PackageDescription

/// Settings every Kinora target shares: Swift 6 language mode (strict concurrency) and
/// the upcoming features that keep imports and existentials explicit.
let kinoraSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

/// Numeric engine code is optimized in debug builds too: unoptimized Swift is 30–100×
/// slower on per-pixel and per-sample loops, which would make the test suite crawl.
let numericSettings: [SwiftSetting] = kinoraSettings + [.unsafeFlags(["-O"], .when(configuration: .debug))]

let package = Package(
    name: "Kinora",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "kinora", targets: ["kinora"]),
        .library(name: "Director", targets: ["Director"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto", "3.12.3"..<"5.0.0"),
        .package(url: "https://github.com/apple/swift-certificates", from: "1.21.1"),
        .package(url: "https://github.com/apple/swift-asn1", from: "1.7.4"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/vapor/multipart-kit", from: "4.7.1"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/vapor/sql-kit", from: "3.36.0"),
        .package(url: "https://github.com/vapor/sqlite-kit", from: "4.5.2"),
        .package(url: "https://github.com/vapor/postgres-kit", from: "2.17.0"),
    ],
    targets: [
        // Bottom layer: math and meshes shared by the engine.
        .target(name: "Geometry", swiftSettings: numericSettings),
        // The single source of truth every later stage is a pure function of.
        .target(name: "Storyboard", swiftSettings: kinoraSettings),
        .target(name: "Screenwriter", dependencies: ["Storyboard"], swiftSettings: kinoraSettings),
        .target(name: "Physics", dependencies: ["Geometry", "Storyboard"], swiftSettings: numericSettings),
        .target(name: "Stage", dependencies: ["Geometry", "Storyboard"], swiftSettings: numericSettings),
        .target(name: "Motion", dependencies: ["Geometry", "Storyboard", "Stage"], swiftSettings: numericSettings),
        .target(name: "Camera", dependencies: ["Geometry", "Storyboard"], swiftSettings: numericSettings),
        .target(name: "Raster", dependencies: ["Geometry", "Camera", "Stage", "Storyboard"], swiftSettings: numericSettings),
        .systemLibrary(name: "CEspeakNG", pkgConfig: "espeak-ng", providers: [.apt(["libespeak-ng-dev"])]),
        .target(name: "Sound", dependencies: ["Geometry", "Storyboard", "CEspeakNG"], swiftSettings: numericSettings),
        .target(name: "Media", swiftSettings: kinoraSettings),
        // Where a video came from: visible and invisible watermarks, signed C2PA credentials.
        .target(
            name: "Provenance",
            dependencies: [
                "Media",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "X509", package: "swift-certificates"),
                .product(name: "SwiftASN1", package: "swift-asn1"),
            ],
            swiftSettings: numericSettings
        ),
        .target(
            name: "Director",
            dependencies: ["Geometry", "Storyboard", "Screenwriter", "Stage", "Physics", "Motion", "Camera", "Raster", "Sound", "Media", "Provenance"],
            swiftSettings: kinoraSettings
        ),
        // The server: OpenAI-compatible /v1/videos, accounts and keys, the job queue and its workers, storage.
        .target(
            name: "Studio",
            dependencies: [
                "Director", "Screenwriter", "Storyboard", "Media", "Provenance",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "MultipartKit", package: "multipart-kit"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "UnixSignals", package: "swift-service-lifecycle"),
                .product(name: "SQLKit", package: "sql-kit"),
                .product(name: "SQLiteKit", package: "sqlite-kit"),
                .product(name: "PostgresKit", package: "postgres-kit"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            swiftSettings: kinoraSettings
        ),
        .executableTarget(
            name: "kinora",
            dependencies: ["Director", "Screenwriter", "Storyboard", "Media", "Physics", "Provenance", "Studio", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            swiftSettings: kinoraSettings
        ),
        .target(name: "TestSupport", dependencies: ["Media"], path: "Tests/TestSupport", swiftSettings: kinoraSettings),
        .testTarget(name: "GeometryTests", dependencies: ["Geometry"], swiftSettings: kinoraSettings),
        .testTarget(name: "StoryboardTests", dependencies: ["Storyboard"], swiftSettings: kinoraSettings),
        .testTarget(name: "ScreenwriterTests", dependencies: ["Screenwriter", "Storyboard"], swiftSettings: kinoraSettings),
        .testTarget(name: "PhysicsTests", dependencies: ["Physics", "Geometry", "Storyboard"], swiftSettings: kinoraSettings),
        .testTarget(name: "CameraTests", dependencies: ["Camera", "Geometry", "Storyboard"], swiftSettings: kinoraSettings),
        .testTarget(name: "RasterTests", dependencies: ["Raster", "Camera", "Geometry", "Stage", "Storyboard"], exclude: ["Golden"], swiftSettings: kinoraSettings),
        .testTarget(name: "SoundTests", dependencies: ["Sound", "Storyboard", "Geometry"], swiftSettings: kinoraSettings),
        .testTarget(name: "MediaTests", dependencies: ["Media", "TestSupport"], swiftSettings: kinoraSettings),
        .testTarget(name: "ProvenanceTests", dependencies: ["Provenance", "Media", "TestSupport"], exclude: ["Scripts"], swiftSettings: kinoraSettings),
        .testTarget(name: "StudioTests", dependencies: ["Studio"], swiftSettings: kinoraSettings),
        .testTarget(
            name: "KinoraCLITests",
            dependencies: ["Director", "Storyboard", "Media", "TestSupport"],
            swiftSettings: kinoraSettings
        ),
    ]
)
