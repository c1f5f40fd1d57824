import Testing
@testable import Basework

/// The fast front matter reader must give exactly what Yams gives, positions included, whenever it answers.
@Suite("Simple front matter against Yams")
struct SimpleYAMLTests {
    static func render(_ value: YAMLValue?) -> String {
        guard let value else { return "nil" }
        switch value {
        case .scalar(let text, let at, let quoted): return "s(\(text.debugDescription)@\(at.line):\(at.column)\(quoted ? "q" : ""))"
        case .list(let items, let at): return "l@\(at.line):\(at.column)[" + items.map { render($0) }.joined(separator: ",") + "]"
        case .map(let pairs, let at):
            return "m@\(at.line):\(at.column){" + pairs.map { "\($0.key)@\($0.keyAt.line):\($0.keyAt.column)=\(render($0.value))" }
                .joined(separator: ";") + "}"
        }
    }

    static let keys = ["date", "duration", "activity", "tags", "people", "justification", "crowd", "aim", "a_b", "x-y", "2", "date"]
    static let values = [
        "2026-11-20", "3h", "1h30m", "1.5h", "picket", "new-people", "40", "[night-shift]", "[a, b]", "[ a , b ]", "[]", "[ ]",
        "[a,b,c]", "[a b, c]", "Because the floor, at last, spoke up!", "it's fine (really)", "a/b", "yes", "null", "Null", "~",
        "", "  spaced  ", "\"quoted\"", "'single'", "a: b", "a #not", "a#b", "[a, [b]]", "{a: b}", "[a,]", "[a, ]", "@maria",
        "-x", "x-", "é", "a\tb", "[a, b] c", "|", ">", "&anchor x", "*alias", "!tag x", "10:30", "a;b+c?d", "[a', b]",
    ]
    static let separators = ["\n", "\n\n", "\n# a comment\n", "\n  continued\n", "\n- item\n", "\r\n", "\n  \n"]

    struct Random {
        var state: UInt64
        mutating func below(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
    }

    @Test("on 20,000 generated front matters, an answer is always Yams's answer")
    func agree() throws {
        var random = Random(state: 11)
        var answered = 0
        for _ in 0..<20_000 {
            var text = random.below(4) == 0 ? "# leading comment\n" : ""
            for _ in 0..<(1 + random.below(6)) {
                text += Self.keys[random.below(Self.keys.count)] + ": " + Self.values[random.below(Self.values.count)]
                text += Self.separators[random.below(3) == 0 ? random.below(Self.separators.count) : 0]
            }
            let firstLine = 2 + random.below(3)
            guard let simple = SimpleYAML.parse(text[...], firstLine: firstLine) else { continue }
            answered += 1
            let yams = try? YAMLReader.parseWithYams(text[...], firstLine: firstLine)
            #expect(Self.render(simple) == Self.render(yams), "\(text.debugDescription)")
        }
        #expect(answered > 2_000)
    }

    @Test("a typical entry's front matter is answered without Yams")
    func typical() {
        let text = "date: 2026-11-20\nduration: 3h\nactivity: picket\nstruggle: riverside-nurses\naim: new-people\ncrowd: 40\ntags: [night-shift]\n"
        #expect(SimpleYAML.parse(text[...], firstLine: 2) != nil)
    }
}
