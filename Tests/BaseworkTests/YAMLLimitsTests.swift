import Testing
@testable import Basework

/// The limits that keep hostile YAML harmless must not refuse a long, honest roster.
@Suite("YAML limits")
struct YAMLLimitsTests {
    @Test("a roster of 3,000 people is read whole (the limit grows with a roster's size)")
    func longRoster() throws {
        var text = ""
        for index in 0..<3000 { text += "p\(index):\n  name: Person \(index)\n  role: base\n  group: G\(index % 20)\n  aliases: [a\(index)]\n" }
        guard case .map(let pairs, _)? = try YAMLReader.parse(text[...], firstLine: 1, growing: true) else {
            Issue.record("not a map")
            return
        }
        #expect(pairs.count == 3000)
    }

    @Test("an alias bomb is still refused")
    func aliasBomb() {
        var text = "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
        for level in 1...6 {
            let previous = level == 1 ? "a" : "l\(level - 1)"
            text += "l\(level): &l\(level) [" + Array(repeating: "*\(previous)", count: 10).joined(separator: ", ") + "]\n"
        }
        #expect(throws: YAMLReader.Failure.self) { try YAMLReader.parse(text[...], firstLine: 1, growing: true) }
    }
}
