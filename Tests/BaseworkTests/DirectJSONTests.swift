import Foundation
import Testing
@testable import Basework

/// `JSONRenderer.encode` writes its JSON directly: it must give the bytes Foundation's `JSONEncoder` gives
/// with the contract's options, for every report and for any value the encoders may meet.
@Suite("Direct JSON: the bytes of JSONEncoder")
struct DirectJSONTests {
    /// What `JSONRenderer.encode` printed before it wrote JSON itself.
    static func foundation(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(value) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }

    static func same(_ value: some Encodable, _ comment: Comment? = nil, sourceLocation: SourceLocation = #_sourceLocation) {
        let direct = JSONRenderer.encode(value), expected = foundation(value)
        guard direct != expected else { return }
        let at = zip(direct.utf8, expected.utf8).prefix { $0 == $1 }.count
        func around(_ text: String) -> String { String(decoding: text.utf8.dropFirst(max(0, at - 40)).prefix(80), as: UTF8.self) }
        let prefix = comment.map { "\($0): " } ?? ""
        Issue.record("\(prefix)differs at byte \(at): \(around(direct)) instead of \(around(expected))",
                     sourceLocation: sourceLocation)
    }

    @Test("every report of the examples, of the report fixtures and of the conformance journals, redacted and not")
    func everyDocument() throws {
        let examples = try JournalReader.read(root: EveryDocument.examples)
        let journals: [(String, Journal, Query)] = [
            ("examples", examples, EveryDocument.week47),
            ("examples, whole journal", examples, JournalProperties.wholeQuery(examples)),
            ("real notes", try JournalReader.read(root: EveryDocument.packageRoot.appendingPathComponent("Tests/Fixtures/real-notes").path),
             EveryDocument.week47),
            ("time", ReportFixtures.time, ReportFixtures.week45), ("depth", ReportFixtures.depth, ReportFixtures.week45),
            ("justify", ReportFixtures.justify, ReportFixtures.week45), ("mentions", ReportFixtures.mentions, ReportFixtures.week45),
            ("follow-ups", ConformanceJournals.followUps, ReportFixtures.week45),
            ("first timers", ConformanceJournals.firstTimers, ReportFixtures.week45),
            ("coverage", ConformanceJournals.coverage, ReportFixtures.week45),
            ("empty", Journal(entries: [], roster: Roster(people: [], exists: false)), ReportFixtures.week45),
        ]
        var compared = 0
        for (name, journal, query) in journals {
            for (command, document) in EveryDocument.documents(journal, query) {
                for (redacted, shown) in [(false, document), (true, Redaction.apply(document, journal: journal))] {
                    let value = JSONRenderer.value(shown)
                    DirectJSONTests.same(value, "\(name): \(command)\(redacted ? " --redact" : "")")
                    compared += 1
                }
            }
            DirectJSONTests.same(DiagnosticListing(journal), "\(name): check")
            DirectJSONTests.same(UsageReport(journal, .tags), "\(name): tags")
            DirectJSONTests.same(UsageReport(journal, .struggles), "\(name): struggles")
        }
        #expect(compared > 100)
    }

    @Test("seeded random values: nested objects, arrays and optionals, every escape, numbers of every size", arguments: 0..<200)
    func randomValues(seed: UInt64) {
        var rng = SeededGenerator(seed: seed)
        DirectJSONTests.same(Sample.random(&rng, depth: 4), "seed \(seed)")
    }

    @Test("numbers: integral, negative zero, the smallest and largest, exponents, and every width of integer")
    func numbers() {
        let doubles: [Double] = [0, -0.0, 1, -1, 0.5, 70, 1e15, 1e16, 1e17, 123456789012345680, 0.1, 1.0 / 3, 1e-5, 1e-7, 2.5e-300,
                                 .leastNonzeroMagnitude, .leastNormalMagnitude, .greatestFiniteMagnitude, -.greatestFiniteMagnitude,
                                 9007199254740992, 9007199254740994, 4.35, 0.5385, 1e21, 1e22, 123e-20]
        DirectJSONTests.same(doubles)
        DirectJSONTests.same(doubles.map(Float.init))
        DirectJSONTests.same(doubles.map { ["n": $0] })
        DirectJSONTests.same(Integers())
    }

    @Test("what JSON cannot spell fails both encoders alike: infinity, NaN, a value that encodes nothing, too deep a value")
    func failures() {
        DirectJSONTests.same([1, Double.nan])
        DirectJSONTests.same(["x": Double.infinity])
        DirectJSONTests.same(Float.infinity)
        DirectJSONTests.same(Sample.nothing)
        DirectJSONTests.same([Sample.nothing])
        #expect(JSONRenderer.encode(Sample.nothing) == "{}")
        // Foundation refuses 512 nested containers.
        for levels in 510...513 {
            var nested = Sample.int(1)
            for level in 0..<levels { nested = level.isMultiple(of: 3) ? .object(["k": nested]) : .array([nested]) }
            DirectJSONTests.same(nested, "\(levels) levels")
            #expect((JSONRenderer.encode(nested) == "{}") == (levels >= 512), "\(levels) levels")
        }
    }

    @Test("empty containers, and containers nested deeper than the indentation's shortcuts")
    func shapes() {
        DirectJSONTests.same([String: Int]())
        DirectJSONTests.same([Int]())
        DirectJSONTests.same([[[String: [Int]]]]([[[:]], [["a": []]]]))
        var deep = Sample.int(1)
        for level in 0..<14 { deep = level.isMultiple(of: 2) ? .array([deep, .null]) : .object(["k\(level)": deep, "e": .array([])]) }
        DirectJSONTests.same(deep)
    }

    @Test("keys: sorted by their UTF-8 bytes, escaped, set twice, canonically equivalent, many in one object")
    func keys() {
        let names = ["b", "a", "B", "_", "\"", "\\", "/", "\u{1}", "\n", "é", "e\u{301}", "z", "Z", "10", "9", "ä", "😀", "ﬁ", "", " "]
        DirectJSONTests.same(Dictionary(names.enumerated().map { ($1, $0) }) { first, _ in first })
        DirectJSONTests.same(Sample.keyed(names.map { ($0, .int(1)) } + [("a", .string("again")), ("é", .int(2))]))
        // Objects one after the other with the same keys but for one canonically equivalent spelling.
        DirectJSONTests.same([Sample.keyed([("é", .int(1)), ("f", .int(2))]), .keyed([("e\u{301}", .int(1)), ("f", .int(2))]),
                              .keyed([("é", .int(1)), ("f", .int(2))])])
        DirectJSONTests.same(Dictionary(uniqueKeysWithValues: (0..<500).map { ("key \($0 * 7919 % 500)", $0) }))
        DirectJSONTests.same(Dictionary(uniqueKeysWithValues: (0..<40).map { ($0, "\($0)") }))
    }

    @Test("containers asked for again, nested containers, super encoders and optionals left out or written null")
    func containerRules() {
        DirectJSONTests.same(Sample.merged([.object(["a": .int(1)]), .object(["b": .int(2), "a": .int(3)])]))
        DirectJSONTests.same(Sample.merged([.array([.int(1)]), .array([.int(2)])]))
        DirectJSONTests.same(Nesting(withSuper: false))
        DirectJSONTests.same(Nesting(withSuper: true))
        DirectJSONTests.same(Optionals(present: nil, written: nil))
        DirectJSONTests.same(Optionals(present: "x", written: 2.5))
    }
}

/// A JSON-shaped value whose encoding uses every kind of container.
private indirect enum Sample: Encodable {
    case int(Int)
    case double(Double)
    case string(String)
    case bool(Bool)
    case null
    case optional(Sample?)
    case array([Sample])
    case object([String: Sample])
    /// Members set one by one through a keyed container, a key possibly set again.
    case keyed([(String, Sample)])
    /// Each part encoded into the same encoder, as `"redacted": true` is added beside a report's keys.
    case merged([Sample])
    /// Encodes nothing at all.
    case nothing

    struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    func encode(to encoder: any Encoder) throws {
        switch self {
        case .int(let value): var single = encoder.singleValueContainer(); try single.encode(value)
        case .double(let value): var single = encoder.singleValueContainer(); try single.encode(value)
        case .string(let value): var single = encoder.singleValueContainer(); try single.encode(value)
        case .bool(let value): var single = encoder.singleValueContainer(); try single.encode(value)
        case .null: var single = encoder.singleValueContainer(); try single.encodeNil()
        case .optional(let value): try value.encode(to: encoder)
        case .array(let values): try values.encode(to: encoder)
        case .object(let values): try values.encode(to: encoder)
        case .keyed(let members):
            var container = encoder.container(keyedBy: Key.self)
            for (key, value) in members { try container.encode(value, forKey: Key(stringValue: key)) }
        case .merged(let parts): for part in parts { try part.encode(to: encoder) }
        case .nothing: break
        }
    }

    /// Characters that need escaping, or that sort or compare unexpectedly.
    static let alphabet: [String] = (0..<0x20).map { String(UnicodeScalar(UInt8($0))) }
        + ["\"", "\\", "/", "\u{7F}", "a", "b", "A", "Z", "0", "9", " ", "-", "é", "e\u{301}", "ß", "ﬁ", "Ω", "中", "😀", "👩‍👩‍👧", "\u{2028}", "\u{FEFF}"]

    static func text(_ rng: inout SeededGenerator) -> String {
        (0..<rng.int(0...8)).map { _ in rng.pick(alphabet) }.joined()
    }

    static func number(_ rng: inout SeededGenerator) -> Double {
        switch rng.int(0...4) {
        case 0: return Double(rng.int(-1_000_000...1_000_000))
        case 1: return Double(rng.int(-99_999...99_999)) / 10_000
        case 2: return Double(sign: rng.chance(0.5) ? .minus : .plus, exponent: rng.int(-1074...1023), significand: Double.random(in: 1..<2, using: &rng))
        case 3: return rng.pick([0, -0.0, 1e16, 1e-7, .greatestFiniteMagnitude, .leastNonzeroMagnitude])
        default:
            let bits = rng.next()
            let value = Double(bitPattern: bits)
            return value.isFinite ? value : 0.25
        }
    }

    static func random(_ rng: inout SeededGenerator, depth: Int) -> Sample {
        let leaf = depth == 0 || rng.chance(0.35)
        switch rng.int(leaf ? 0...4 : 0...10) {
        case 0: return .int(rng.pick([0, -1, Int.min, Int.max, rng.int(-1000...1000)]))
        case 1: return .double(number(&rng))
        case 2: return .string(text(&rng))
        case 3: return .bool(rng.chance(0.5))
        case 4: return .null
        case 5: return .optional(rng.chance(0.5) ? nil : random(&rng, depth: depth - 1))
        case 6: return .array((0..<rng.int(0...5)).map { _ in random(&rng, depth: depth - 1) })
        case 7, 8: return .object(Dictionary((0..<rng.int(0...6)).map { _ in (text(&rng), random(&rng, depth: depth - 1)) }) { first, _ in first })
        case 9: return .keyed((0..<rng.int(0...6)).map { _ in (rng.chance(0.3) ? rng.pick(["a", "é", "e\u{301}"]) : text(&rng), random(&rng, depth: depth - 1)) })
        default:
            return .merged((0..<rng.int(1...3)).map { _ in .object(Dictionary((0..<rng.int(0...3)).map { _ in (text(&rng), random(&rng, depth: depth - 1)) }) { first, _ in first }) })
        }
    }
}

/// Every integer width at its extremes.
private struct Integers: Encodable {
    var int8 = [Int8.min, 0, Int8.max], int16 = [Int16.min, Int16.max], int32 = [Int32.min, Int32.max], int64 = [Int64.min, Int64.max]
    var uint = [UInt.max], uint8 = [UInt8.max], uint16 = [UInt16.max], uint32 = [UInt32.max], uint64 = [UInt64.max]
    var one: UInt8 = 1, two: Int16 = -2
}

/// Nested keyed and unkeyed containers, opened again for the same key, and super encoders.
private struct Nesting: Encodable {
    var withSuper: Bool

    enum Keys: String, CodingKey { case inner, list, again }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        var inner = container.nestedContainer(keyedBy: Keys.self, forKey: .inner)
        try inner.encode(1, forKey: .again)
        var list = container.nestedUnkeyedContainer(forKey: .list)
        try list.encode("x")
        var element = list.nestedContainer(keyedBy: Keys.self)
        try element.encodeNil(forKey: .inner)
        var innerList = list.nestedUnkeyedContainer()
        try innerList.encode(true)
        var innerAgain = container.nestedContainer(keyedBy: Keys.self, forKey: .inner)
        try innerAgain.encode([1.5], forKey: .list)
        var listAgain = container.nestedUnkeyedContainer(forKey: .list)
        try listAgain.encode(2)
        guard withSuper else { return }
        try ["from": "super"].encode(to: container.superEncoder())
        try "keyed".encode(to: container.superEncoder(forKey: .again))
        try 7.encode(to: listAgain.superEncoder())
        try listAgain.encode(8)
    }
}

/// `encodeIfPresent` leaves a nil out; `encode` of a nil writes null.
private struct Optionals: Encodable {
    var present: String?
    var written: Double?

    enum CodingKeys: String, CodingKey { case present, written }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(present, forKey: .present)
        try container.encode(written, forKey: .written)
    }
}
