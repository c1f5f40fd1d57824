import Testing
@testable import Basework

/// The cache's binary coder gives back exactly the value it was given, refuses what it could not
/// give back, and throws (never crashes) on damaged bytes.
@Suite("Cache coder")
struct CacheCoderTests {
    enum Shape: Codable, Equatable {
        case point
        case line(length: Int)
        case named(String, [Shape])
    }

    enum Colour: String, Codable { case red, green }

    struct Sample: Codable, Equatable {
        var text: String
        var number: Int
        var negative: Int
        var flag: Bool
        var share: Double
        var small: UInt8
        var wide: Int64
        var note: String?
        var missing: Int?
        var colour: Colour
        var shapes: [Shape]
        var nested: [[String]]
        var position: SourcePosition?
        var bytes: [UInt8]
        var signature: FileSignature
        var lines: [Int: String]
        var names: [String: [Shape]]
    }

    static let sample = Sample(
        text: "Ünïcödé — @maria-g 🎉", number: 300, negative: -7_000_000_000, flag: true, share: 0.6, small: 255,
        wide: .min, note: "", missing: nil, colour: .green,
        shapes: [.point, .line(length: -3), .named("a", [.point, .named("", [])])],
        nested: [[], ["x", "y"]], position: SourcePosition(line: 3, column: 14), bytes: [0, 1, 255],
        signature: FileSignature(size: 10, modified: 1_764_000_000_123_456_789, changed: -1, inode: .max, device: 2049),
        lines: [3: "- @maria-g", -1: "", 40: "ü"], names: ["a": [.point], "": []])

    @Test("a value comes back equal")
    func roundTrip() throws {
        let bytes = try CacheEncoder.encode(Self.sample)
        #expect(try CacheDecoder.decode(Sample.self, from: bytes) == Self.sample)
        let many = Array(repeating: Self.sample, count: 3)
        #expect(try CacheDecoder.decode([Sample].self, from: try CacheEncoder.encode(many)) == many)
    }

    @Test("optionals, present or not, come back as they were")
    func optionals() throws {
        var sample = Self.sample
        sample.note = nil
        sample.missing = 0
        sample.position = nil
        #expect(try CacheDecoder.decode(Sample.self, from: try CacheEncoder.encode(sample)) == sample)
    }

    @Test("dictionaries, empty or not, come back equal")
    func dictionaries() throws {
        for value in [[:], ["a": 1, "b": 2], ["x": -5]] as [[String: Int]] {
            #expect(try CacheDecoder.decode([String: Int].self, from: try CacheEncoder.encode(value)) == value)
        }
        let nested: [Int: [Int: String]] = [1: [2: "b"], 3: [:]]
        #expect(try CacheDecoder.decode([Int: [Int: String]].self, from: try CacheEncoder.encode(nested)) == nested)
    }

    @Test("what could not be read back is refused when written")
    func refused() {
        #expect(throws: (any Error).self) { try CacheEncoder.encode([1, nil, 3] as [Int?]) }
    }

    @Test("every truncation and many single-byte changes throw or decode, never crash")
    func damaged() throws {
        let bytes = try CacheEncoder.encode(Self.sample)
        for end in 0..<bytes.count {
            #expect(throws: (any Error).self) { try CacheDecoder.decode(Sample.self, from: Array(bytes[..<end])) }
        }
        #expect(throws: (any Error).self) { try CacheDecoder.decode(Sample.self, from: bytes + [0]) }
        for index in bytes.indices {
            for value: UInt8 in [0, 0x7F, 0x80, 0xFF] {
                var changed = bytes
                changed[index] = value
                _ = try? CacheDecoder.decode(Sample.self, from: changed)
            }
        }
    }
}
