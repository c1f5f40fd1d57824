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

/// The YAML budget, counted in the same pass that reads the values.
@Suite("YAML limits: the budget")
struct YAMLBudgetTests {
    private func excess(_ text: String, maxDepth: Int = 64, maxValues: Int = 100) -> YAMLReader.Failure? {
        do {
            _ = try YAMLReader.parse(text[...], firstLine: 1, maxDepth: maxDepth, maxValues: maxValues)
            return nil
        } catch {
            return error
        }
    }

    @Test("aliases count as what they stand for, in size and in depth")
    func aliasesExpand() throws {
        #expect(excess("a: &a [1, 2, 3]\nb: [*a, *a]\n") == nil)
        #expect(excess("a: &a [1, 2, 3]\nb: [*a, *a]\n", maxValues: 12)
                == .tooComplex("its aliases (`*name`) expand it to more than 12 values", SourcePosition(line: 2, column: 9)))
        // Three levels through an alias inside two more: five in all.
        #expect(excess("a: &a [[[x]]]\nb: [*a]\n", maxDepth: 4)
                == .tooComplex("it nests lists and maps more than 4 levels deep", SourcePosition(line: 2, column: 5)))
        #expect(excess("a: &a [[[x]]]\nb: [*a]\n", maxDepth: 5) == nil)
    }

    @Test("values without aliases count one each")
    func plainValues() throws {
        // The map, three keys and three values.
        #expect(excess("a: 1\nb: 2\nc: 3\n", maxValues: 7) == nil)
        #expect(excess("a: 1\nb: 2\nc: 3\n", maxValues: 6) == .tooComplex("it has more than 6 values", SourcePosition(line: 3, column: 4)))
    }

    @Test("an alias is a copy of its anchored value, placed at the alias")
    func aliasCopies() throws {
        let value = try #require(try YAMLReader.parse("a: &x [1, 2]\nb: *x\n", firstLine: 1))
        guard case .map(let pairs, _) = value, case .list(let items, let at) = pairs[1].value else {
            Issue.record("not a map with a list")
            return
        }
        #expect(items.compactMap(\.string) == ["1", "2"])
        #expect(at == SourceRange(line: 2, column: 4, length: 2))
    }

    @Test("an undefined alias and a second document are syntax errors")
    func undefinedAlias() {
        #expect(excess("a: *nothing\n") == .syntax("found undefined alias `*nothing`", SourcePosition(line: 1, column: 4)))
        #expect(excess("a: 1\n---\nb: 2\n")
                == .syntax("expected a single document in the stream, but found another document", SourcePosition(line: 2, column: 1)))
    }
}
