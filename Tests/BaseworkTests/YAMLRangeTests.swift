import Testing
@testable import Basework

/// Every YAML value carries where it was written, start and end, counted as FORMAT 6 counts.
@Suite("YAML values: ranges")
struct YAMLRangeTests {
    private func pairs(_ text: String, firstLine: Int = 1) throws -> [(key: String, keyAt: SourceRange, value: YAMLValue)] {
        guard case .map(let pairs, _)? = try YAMLReader.parse(text[...], firstLine: firstLine) else {
            Issue.record("not a map")
            return []
        }
        return pairs
    }

    @Test("an empty key after an anchor never ends before it starts (found by the fuzzer)")
    func emptyAnchoredKey() throws {
        let read = try pairs("date: 2026-11-20\n&date: 4\n")
        for (_, keyAt, value) in read {
            #expect(keyAt.start <= keyAt.end)
            #expect(value.range.start <= value.range.end)
        }
    }

    @Test("a scalar runs from its first character to just after its last; a key likewise")
    func scalars() throws {
        let read = try pairs("date: 2026-11-20\nname:   Ana Ruiz  \n", firstLine: 2)
        #expect(read[0].keyAt == SourceRange(line: 2, column: 1, length: 4))
        #expect(read[0].value.range == SourceRange(line: 2, column: 7, length: 10))
        #expect(read[1].value.range == SourceRange(line: 3, column: 9, length: 8))
    }

    @Test("a quoted scalar includes its quotes and is marked quoted")
    func quoted() throws {
        let read = try pairs("a: \"x y\"\nb: 'z'\nc: w\n")
        guard case .scalar("x y", let at, quoted: true) = read[0].value else { Issue.record("\(read[0].value)"); return }
        #expect(at == SourceRange(line: 1, column: 4, length: 5))
        guard case .scalar("z", _, quoted: true) = read[1].value, case .scalar("w", _, quoted: false) = read[2].value else {
            Issue.record("quoting lost")
            return
        }
    }

    @Test("a flow list ends after its bracket; a block list with its last item")
    func lists() throws {
        let read = try pairs("tags: [rent, repairs]\npeople:\n  - ana\n  - bo\nnext: 1\n")
        #expect(read[0].value.range == SourceRange(line: 1, column: 7, length: 15))
        #expect(read[1].value.range == SourceRange(SourcePosition(line: 3, column: 3), SourcePosition(line: 4, column: 7)))
    }

    @Test("a block map ends with its last value; a flow map after its brace; the document map spans it all")
    func maps() throws {
        let text = "ana:\n  name: Ana\n  role: base\nbo: {name: Bo}\n\n# the end\n"
        let value = try #require(try YAMLReader.parse(text[...], firstLine: 1))
        #expect(value.range == SourceRange(SourcePosition(line: 1, column: 1), SourcePosition(line: 4, column: 15)))
        guard case .map(let pairs, _) = value else { Issue.record("not a map"); return }
        #expect(pairs[0].value.range == SourceRange(SourcePosition(line: 2, column: 3), SourcePosition(line: 3, column: 13)))
        #expect(pairs[1].value.range == SourceRange(line: 4, column: 5, length: 10))
    }

    @Test("columns count code points after non-ASCII text: é, an emoji with a skin tone, CJK",
          arguments: ["é", "👍🏽", "日本語", "e\u{301}", "👩‍👩‍👧"])
    func nonASCII(_ written: String) throws {
        let characters = written.unicodeScalars.count
        let read = try pairs("name: \(written) x\ntags: [\(written), b]\n\(written)k: v\n")
        #expect(read[0].value.range == SourceRange(line: 1, column: 7, length: characters + 2))
        guard case .list(let items, let at) = read[1].value else { Issue.record("not a list"); return }
        #expect(at == SourceRange(line: 2, column: 7, length: characters + 5))
        #expect(items[1].range == SourceRange(line: 2, column: 10 + characters, length: 1))
        #expect(read[2].keyAt == SourceRange(line: 3, column: 1, length: characters + 1))
        #expect(read[2].value.range == SourceRange(line: 3, column: characters + 4, length: 1))
    }

    @Test("after a non-ASCII line, the next lines' columns are unchanged; CRLF line ends count once")
    func laterLines() throws {
        let read = try pairs("a: ñandú\r\nb: [x]\r\nc: yes\r\n")
        #expect(read[1].value.range == SourceRange(line: 2, column: 4, length: 3))
        #expect(read[2].value.range == SourceRange(line: 3, column: 4, length: 3))
    }

    @Test("a value after an anchor or a tag starts at the value, not at the anchor")
    func afterAnchor() throws {
        let read = try pairs("a: &x 1\nb: !!str  two\nc: &l [x]\nd: &m\n  k: v\n")
        #expect(read[0].value.range == SourceRange(line: 1, column: 7, length: 1))
        #expect(read[1].value.range == SourceRange(line: 2, column: 11, length: 3))
        #expect(read[2].value.range == SourceRange(line: 3, column: 7, length: 3))
        #expect(read[3].value.range.start == SourcePosition(line: 5, column: 3))
    }

    @Test("a key given twice is an error at the later one, wherever it is")
    func duplicateKey() throws {
        #expect(throws: YAMLReader.Failure.duplicateKey("date", SourcePosition(line: 4, column: 1))) {
            try YAMLReader.parse("date: 1\nx: 2\n# date: 3\ndate: 4\n", firstLine: 1)
        }
        #expect(throws: YAMLReader.Failure.duplicateKey("a", SourcePosition(line: 2, column: 11))) {
            try YAMLReader.parse("x: 1\ny: {a: 1, \"a\": 2}\n", firstLine: 1)
        }
        #expect(throws: YAMLReader.Failure.duplicateKey("name", SourcePosition(line: 6, column: 3))) {
            try YAMLReader.parse("ana:\n  name: A\nbo:\n  name: B\n  name: C\n", firstLine: 2)
        }
        // A large map (a roster's) keeps its keys in a set from the 17th on: a key repeated before and after that point.
        let many = (1...40).map { "k\($0): \($0)\n" }.joined()
        for (repeated, line) in [("k3", 41), ("k16", 41), ("k17", 41), ("k40", 41)] {
            #expect(throws: YAMLReader.Failure.duplicateKey(repeated, SourcePosition(line: line, column: 1))) {
                try YAMLReader.parse(Substring(many + "\(repeated): again\n"), firstLine: 1)
            }
        }
        #expect(try YAMLReader.parse(Substring(many), firstLine: 1) != nil)
    }

    @Test("an empty document, or only comments, is nothing; an empty value is an empty plain scalar")
    func empty() throws {
        #expect(try YAMLReader.parse("", firstLine: 1) == nil)
        #expect(try YAMLReader.parse("# nothing\n\n", firstLine: 1) == nil)
        let read = try pairs("a:\nb: 1\n")
        #expect(read[0].value.isNull)
    }
}

/// A YAML syntax error keeps libyaml's words and adds what to change, where to change it.
@Suite("YAML values: hints")
struct YAMLHintTests {
    private func failure(_ text: String, firstLine: Int = 1) -> (String, SourcePosition)? {
        do {
            _ = try YAMLReader.parse(text[...], firstLine: firstLine)
            return nil
        } catch {
            guard case .syntax(let message, let at) = error else { return nil }
            return (message, at)
        }
    }

    @Test("a tab in the indentation is pointed at", arguments: [
        ("ana:\n\tname: Ana\n", SourcePosition(line: 3, column: 1)),
        ("ana:\n  name: Ana\n\trole: base\n", SourcePosition(line: 4, column: 1)),
        ("ana:\n \tname: Ana\n", SourcePosition(line: 3, column: 2)),
        ("a:\n\t- x\n", SourcePosition(line: 3, column: 1)),
    ])
    func tab(_ text: String, _ at: SourcePosition) throws {
        let (message, position) = try #require(failure(text, firstLine: 2))
        #expect(message.hasSuffix("; YAML does not allow tabs for indentation: use spaces"))
        #expect(message.hasPrefix("while scanning") || message.hasPrefix("found"))
        #expect(position == at)
    }

    @Test("an @ that starts a value or a flow item", arguments: [
        ("author: @ana\n", 9), ("people: [@ana, bo]\n", 10), ("people: [bo, @ana]\n", 14), ("name: é\npeople: [日本, @ana]\n", 14),
    ])
    func at(_ text: String, _ column: Int) throws {
        let (message, position) = try #require(failure(text))
        #expect(message == "while scanning for the next token, found character that cannot start any token; remove the @ or quote it")
        #expect(position.column == column)
    }

    @Test("a `: ` inside a plain value, at the colon")
    func colon() throws {
        let (message, position) = try #require(failure("date: 2026-11-20\nstruggle: elm-street: tenants\n", firstLine: 2))
        #expect(message == "mapping values are not allowed in this context; put the value in quotes")
        #expect(position == SourcePosition(line: 3, column: 21))
        let (_, afterEmoji) = try #require(failure("name: é👍🏽x: y\n"))
        #expect(afterEmoji == SourcePosition(line: 1, column: 11))
    }

    @Test("an unclosed [ or { is reported at the bracket, not at the end", arguments: [
        ("date: 2026-11-20\ntags: [a, b\nduration: 1h\n", SourcePosition(line: 3, column: 7), "this [ is never closed: add ] after its last item"),
        ("tags: {a: b\nduration: 1h\n", SourcePosition(line: 2, column: 7), "this { is never closed: add } after its last key and value"),
        ("tags: [a, \"]\", 'b]'\n# ] in a comment\n", SourcePosition(line: 2, column: 7), "this [ is never closed: add ] after its last item"),
    ])
    func unclosed(_ text: String, _ at: SourcePosition, _ advice: String) throws {
        let (message, position) = try #require(failure(text, firstLine: 2))
        #expect(message.hasPrefix("while parsing a flow"))
        #expect(message.hasSuffix("; " + advice))
        #expect(position == at)
    }

    @Test("a closed list with a stray word keeps libyaml's place and words")
    func closedList() throws {
        let (message, position) = try #require(failure("tags: [a, \"b\" c]\n"))
        #expect(message == "while parsing a flow sequence, did not find expected ',' or ']'")
        #expect(position == SourcePosition(line: 1, column: 15))
    }

    @Test("an unclosed quote is reported at the quote")
    func unclosedQuote() throws {
        let (message, position) = try #require(failure("a: 1\nname: \"Ana\nb: 2\n"))
        #expect(message.hasSuffix("; this \" is never closed: add one after the text it quotes"))
        #expect(position == SourcePosition(line: 2, column: 7))
    }

    @Test("in an entry, the hint is reported at its place in the file", arguments: [
        ("---\ndate: 2026-11-20\ntags: [rent, repairs\nduration: 1h\n---\n", "entry.md:3:7 error bad-yaml", "this [ is never closed"),
        ("---\ndate: 2026-11-20\npeople:\n\t- ana\n---\n", "entry.md:4:1 error bad-yaml", "YAML does not allow tabs"),
        ("---\ndate: 2026-11-20\nauthor: @ana\n---\n", "entry.md:3:9 error bad-yaml", "remove the @ or quote it"),
        ("---\ndate: 2026-11-20\njustification: Why: she asked\n---\n", "entry.md:3:19 error bad-yaml", "put the value in quotes"),
    ])
    func inAnEntry(_ text: String, _ summary: String, _ advice: String) throws {
        let outcome = try #require(EntryFile.read(text))
        #expect(outcome.diagnostics.map(\.summary) == [summary])
        #expect(outcome.diagnostics.first?.message.hasPrefix("the front matter is not valid YAML: ") == true)
        #expect(outcome.diagnostics.first?.message.contains(advice) == true)
    }
}

/// Properties of the YAML read on random documents: it never traps, every error is placed inside the
/// text, and every scalar's range, cut out of the source, is the scalar as written.
@Suite("YAML values: properties")
struct YAMLPropertyTests {
    /// Lines of keys and values, lists and maps, with the mistakes people make and non-ASCII text.
    private static func document(_ rng: inout SeededGenerator) -> String {
        let words = ["ana", "é", "👍🏽x", "日本", "e\u{301}", "a b", "@ana", "x: y", "\"q\"", "'s'", "[a, b]", "{k: v}",
                     "[a", "{k", "\"open", "", "#c", "\t", "- z", "*r", "&r w", "1h30"]
        var text = ""
        for _ in 0..<Int.random(in: 1...8, using: &rng) {
            let indent = String(repeating: " ", count: [0, 0, 2, 4].randomElement(using: &rng)!)
            let key = ["k", "date", "名前", "tags", "k"].randomElement(using: &rng)! + String(Int.random(in: 0...3, using: &rng))
            text += indent + key + ": " + words.randomElement(using: &rng)! + [" ", "", "\n"].randomElement(using: &rng)!
            if Bool.random(using: &rng) { text += "\n" }
        }
        return text
    }

    @Test("random documents: no trap, errors inside the text, scalar ranges cut out the scalar", arguments: 0..<400)
    func randomDocuments(_ seed: Int) throws {
        var rng = SeededGenerator(seed: UInt64(seed))
        let text = Self.document(&rng)
        let lines = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map(Array.init)
        func cut(_ range: SourceRange) -> String? {
            guard range.start.line == range.end.line, range.start.line - 1 < lines.count else { return nil }
            let line = lines[range.start.line - 1]
            guard range.start.column >= 1, range.end.column - 1 <= line.count, range.start.column <= range.end.column else { return nil }
            var cut = ""
            cut.unicodeScalars.append(contentsOf: line[(range.start.column - 1)..<(range.end.column - 1)])
            return cut
        }
        func check(_ value: YAMLValue) {
            switch value {
            case .scalar(let written, let range, let quoted):
                if !quoted, !written.isEmpty, range.start.line == range.end.line {
                    #expect(cut(range) == written, "seed \(seed): \(text.debugDescription)")
                }
            case .list(let items, _):
                items.forEach(check)
            case .map(let pairs, _):
                for pair in pairs {
                    #expect(cut(pair.keyAt) == pair.key || pair.key.isEmpty, "seed \(seed): \(text.debugDescription)")
                    check(pair.value)
                }
            }
        }
        do {
            if let value = try YAMLReader.parse(text[...], firstLine: 1) { check(value) }
        } catch {
            let at: SourcePosition
            switch error {
            case .syntax(_, let position), .duplicateKey(_, let position), .tooComplex(_, let position): at = position
            }
            #expect(at.line >= 1 && at.line <= lines.count + 1, "seed \(seed): \(text.debugDescription)")
            #expect(at.column >= 1 && at.column <= (lines[safe: at.line - 1]?.count ?? 0) + 1, "seed \(seed): \(text.debugDescription) \(error)")
        }
    }
}

private extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
