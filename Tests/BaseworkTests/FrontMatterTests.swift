import Testing
@testable import Basework

@Suite("Front matter (FORMAT 2.1)")
struct FrontMatterTests {
    @Test("every key is read")
    func everyKey() throws {
        let outcome = try #require(EntryFile.read("""
            ---
            date: 2026-11-20
            duration: 3h
            activity: picket
            mode: support
            aim: new-people
            struggle: riverside-nurses
            crowd: 40
            tags: [night-shift, Heat]
            justification: The nurses asked us to come.
            author: alex
            ---

            # Picket at Riverside
            """))
        #expect(outcome.diagnostics.isEmpty)
        let entry = try #require(outcome.entry)
        #expect(entry.date == Day(iso: "2026-11-20"))
        #expect(entry.minutes == 180)
        #expect(entry.activity == "picket")
        #expect(entry.mode == .support)
        #expect(entry.aim == .newPeople)
        #expect(entry.struggle == "riverside-nurses")
        #expect(entry.crowd == 40)
        #expect(entry.tags == ["night-shift", "heat"])
        #expect(entry.justification == "The nurses asked us to come.")
        #expect(entry.author == "alex")
        #expect(entry.title == "Picket at Riverside")
    }

    @Test("the defaults: building, no aim, no crowd, no tags")
    func defaults() throws {
        let entry = try EntryFile.body("")
        #expect(entry.mode == .building)
        #expect(entry.aim == nil)
        #expect(entry.activity == nil)
        #expect(entry.crowd == 0)
        #expect(entry.tags.isEmpty)
        #expect(entry.justification == nil)
        #expect(entry.author == nil)
    }

    @Test("a missing date is an error at the opening fence")
    func missingDate() throws {
        let outcome = try #require(EntryFile.read("---\nduration: 1h\n---\n"))
        #expect(outcome.entry == nil)
        #expect(outcome.diagnostics.map(\.summary) == ["entry.md:1:1 error missing-date"])
    }

    @Test("an empty front matter lacks a date")
    func empty() throws {
        let outcome = try #require(EntryFile.read("---\n---\n@ana\n"))
        #expect(outcome.entry == nil)
        #expect(outcome.diagnostics.map(\.summary) == ["entry.md:1:1 error missing-date"])
    }

    @Test("a date that is not a real YYYY-MM-DD day is an error at its value",
          arguments: ["2026-11-31", "2026/11/20", "20-11-2026", "today", "2026-11-2", "[2026-11-20]"])
    func badDate(_ written: String) throws {
        let outcome = try #require(EntryFile.read("---\nduration: 1h\ndate: \(written)\n---\n"))
        #expect(outcome.entry == nil)
        #expect(outcome.diagnostics.map(\.summary) == ["entry.md:3:7 error bad-date"])
    }

    @Test("a quoted date is a date")
    func quotedDate() throws {
        #expect(try #require(EntryFile.read("---\ndate: \"2026-11-20\"\nduration: 1h\n---\n")?.entry).date == Day(iso: "2026-11-20"))
    }

    @Test("values that are not allowed are errors at the value",
          arguments: [("mode: sideways", 7), ("aim: fun", 6), ("crowd: -1", 8), ("crowd: many", 8), ("crowd: 2.5", 8),
                      ("justification: [a]", 16), ("tags: {a: 1}", 7), ("people: [[a]]", 10), ("struggle: [a, b]", 11)])
    func badValues(_ line: String, _ column: Int) throws {
        let outcome = try #require(EntryFile.read("---\ndate: 2026-11-20\nduration: 1h\n\(line)\n---\n"))
        #expect(outcome.entry != nil, "an error in a value keeps the entry")
        #expect(outcome.diagnostics.map(\.summary) == ["entry.md:4:\(column) error bad-value"])
    }

    @Test("other keys are kept and ignored without a word")
    func otherKeys() throws {
        let outcome = try #require(EntryFile.read("---\ndate: 2026-11-20\nduration: 1h\nlocation: union hall\nweather: rain\n---\n"))
        #expect(outcome.entry != nil)
        #expect(outcome.diagnostics.isEmpty)
    }

    @Test("a key within edit distance 2 of a known key is a warning naming it",
          arguments: [("activty", "activity"), ("durations", "duration"), ("dat", "date"), ("tag", "tags"),
                      ("justfication", "justification"), ("peeple", "people"), ("Mode", "mode"), ("authr", "author"),
                      ("strugle", "struggle"), ("crowds", "crowd"), ("aims", "aim")])
    func misspelled(_ key: String, _ likely: String) throws {
        let outcome = try #require(EntryFile.read("---\ndate: 2026-11-20\nduration: 1h\n\(key): x\n---\n"))
        #expect(outcome.entry != nil)
        #expect(outcome.diagnostics.map(\.summary) == ["entry.md:4:1 warning misspelled-key"])
        #expect(outcome.diagnostics.first?.message.contains("`\(likely)`") == true)
    }

    @Test("a key further from every known key is not a misspelling", arguments: ["location", "weather", "activities", "notes"])
    func notMisspelled(_ key: String) throws {
        #expect(try #require(EntryFile.read("---\ndate: 2026-11-20\nduration: 1h\n\(key): x\n---\n")).diagnostics.isEmpty)
    }

    @Test("every activity of the list is known", arguments: Settings.builtInActivities)
    func knownActivity(_ activity: String) throws {
        #expect(try #require(EntryFile.read("---\ndate: 2026-11-20\nduration: 1h\nactivity: \(activity)\n---\n")).diagnostics.isEmpty)
    }

    @Test("an unknown activity is a warning at its value, and the entry is still read")
    func unknownActivity() throws {
        let outcome = try #require(EntryFile.read("---\ndate: 2026-11-06\nduration: 1h\nactivity: bowling\n---\n"))
        #expect(outcome.entry?.activity == "bowling")
        #expect(outcome.diagnostics.map(\.summary) == ["entry.md:4:11 warning unknown-activity"])
    }

    @Test("settings may add activities")
    func settingsActivities() throws {
        var settings = Settings()
        settings.activities = ["bowling"]
        settings.heatActivities = ["occupation"]
        for activity in ["bowling", "occupation"] {
            let outcome = try #require(EntryFile.read("---\ndate: 2026-11-06\nduration: 1h\nactivity: \(activity)\n---\n", settings: settings))
            #expect(outcome.diagnostics.isEmpty)
        }
    }

    @Test("a key given twice is an error at its later appearance")
    func duplicate() throws {
        let outcome = try #require(EntryFile.read("---\ndate: 2026-11-20\nduration: 1h\nduration: 2h\n---\n"))
        #expect(outcome.entry == nil)
        #expect(outcome.diagnostics.map(\.summary) == ["entry.md:4:1 error duplicate-key"])
    }

    @Test("a front matter that is not a map is an error")
    func notAMap() throws {
        let outcome = try #require(EntryFile.read("---\n- date\n- 2026-11-20\n---\n"))
        #expect(outcome.entry == nil)
        #expect(outcome.diagnostics.map(\.summary) == ["entry.md:2:1 error front-matter-not-map"])
    }

    @Test("YAML that cannot be parsed is an error at the place the parser stopped")
    func badYAML() throws {
        let outcome = try #require(EntryFile.read("---\ndate: 2026-11-20\nduration: [1h\n---\n"))
        #expect(outcome.entry == nil)
        #expect(outcome.diagnostics.map(\.rule) == [.badYAML])
        #expect(outcome.diagnostics.first.map { $0.line >= 3 } == true)
    }

    @Test("a front matter that is never closed is an error at its opening ---")
    func unclosed() throws {
        let outcome = try #require(EntryFile.read("---\ndate: 2026-11-04\nduration: 1h\n\n- @ana #talked\n"))
        #expect(outcome.entry == nil)
        #expect(outcome.diagnostics.map(\.summary) == ["entry.md:1:1 error unclosed-front-matter"])
    }

    @Test("the front matter may be closed with ...")
    func dotsFence() throws {
        let entry = try #require(EntryFile.read("---\ndate: 2026-11-20\nduration: 1h\n...\n\n- @ana #talked\n")?.entry)
        #expect(entry.interactions.map(\.handle) == ["ana"])
    }

    @Test("a closing fence is --- or ... with nothing but spaces or tabs after it", arguments: ["--- x", "----", " ---", "…"])
    func notAFence(_ fence: String) throws {
        let outcome = try #require(EntryFile.read("---\ndate: 2026-11-20\nduration: 1h\n\(fence)\n"))
        #expect(outcome.entry == nil)
    }

    @Test("CRLF line endings read like LF")
    func crlf() throws {
        let text = "---\r\ndate: 2026-11-20\r\nduration: 1h\r\nactivity: call\r\n---\r\n\r\n- @ana (20m) #talked\r\n- @bo\r\n"
        let outcome = try #require(EntryFile.read(text))
        #expect(outcome.diagnostics.isEmpty)
        let entry = try #require(outcome.entry)
        #expect(entry.activity == "call")
        #expect(entry.interactions.map(\.handle) == ["ana", "bo"])
        #expect(entry.interactions.map(\.line) == [7, 8])
    }

    @Test("a UTF-8 byte order mark before the first --- is allowed")
    func bom() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("---\ndate: 2026-11-20\nduration: 1h\n---\n@ana\n".utf8)
        let outcome = try #require(JournalReader.readEntry(path: "e.md", bytes: bytes))
        #expect(outcome.diagnostics.isEmpty)
        #expect(outcome.entry?.interactions.map(\.handle) == ["ana"])
    }

    @Test("a file whose first line is not --- (spaces or tabs after it allowed) is not an entry",
          arguments: ["# Notes\n@ana\n", "\n---\ndate: 2026-11-20\n---\n", "--- x\ndate: 2026-11-20\n---\n",
                      "----\ndate: 2026-11-20\n---\n", "", "date: 2026-11-20\n"])
    func notAnEntry(_ text: String) {
        #expect(EntryFile.read(text) == nil)
    }

    @Test("a file that is only --- is an unclosed entry")
    func onlyFence() throws {
        #expect(try #require(EntryFile.read("---")).diagnostics.map(\.rule) == [.unclosedFrontMatter])
    }

    @Test("YAML's own types do not leak: yes, on and 1e3 are plain words")
    func plainScalars() throws {
        let entry = try #require(EntryFile.read("---\ndate: 2026-11-20\nduration: 1h\nstruggle: yes\nauthor: on\n---\n")?.entry)
        #expect(entry.struggle == "yes")
        #expect(entry.author == "on")
    }
}
