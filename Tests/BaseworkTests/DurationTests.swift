import Testing
@testable import Basework

@Suite("Durations (FORMAT 2.1, 2.3)")
struct DurationTests {
    @Test("durations people write", arguments: [
        ("3h", 180.0), ("45m", 45), ("1h30m", 90), ("1.5h", 90), ("1h 30m", 90), ("0m", 0), ("90m", 90), ("0.25h", 15),
    ])
    func written(_ text: String, _ minutes: Double) {
        #expect(DurationText.minutes(Substring(text), bareHours: false) == minutes)
    }

    @Test("a bare number is hours in front matter only")
    func bareHours() {
        #expect(DurationText.minutes("2", bareHours: true) == 120)
        #expect(DurationText.minutes("1.5", bareHours: true) == 90)
        #expect(DurationText.minutes("2", bareHours: false) == nil)
    }

    @Test("what is not a duration", arguments: ["", "h", "m", "30m1h", "1h1h", "1x", "1.2.3h", "1h30", "-1h", "one hour", "1 h x"])
    func notDurations(_ text: String) {
        #expect(DurationText.minutes(Substring(text), bareHours: true) == nil)
    }

    @Test("the front matter duration", arguments: [("3h", 180.0), ("45m", 45), ("1h30m", 90), ("1.5h", 90), ("2", 120), ("1.5", 90)])
    func frontMatter(_ written: String, _ minutes: Double) throws {
        let entry = try #require(EntryFile.read("---\ndate: 2026-11-20\nduration: \(written)\n---\n")?.entry)
        #expect(entry.minutes == minutes)
    }

    @Test("a missing duration is 0 minutes and a warning at the opening fence")
    func missing() throws {
        let outcome = try #require(EntryFile.read("---\ndate: 2026-11-20\n---\n"))
        #expect(outcome.entry?.minutes == 0)
        #expect(outcome.diagnostics.map(\.summary) == ["entry.md:1:1 warning missing-duration"])
    }

    @Test("a duration that cannot be read is an error at its value", arguments: ["soon", "3 hours", "[1h]", "25h"])
    func bad(_ written: String) throws {
        let outcome = try #require(EntryFile.read("---\ndate: 2026-11-20\nduration: \(written)\n---\n"))
        #expect(outcome.entry == nil)
        #expect(outcome.diagnostics.map(\.summary) == ["entry.md:3:11 error bad-duration"])
    }

    @Test("a parenthesised duration is the time with the people in its context")
    func explicit() throws {
        let entry = try EntryFile.body("- @maria-g: mostly listened. (25m) #talked\n- @pat (0h30m)\n- @lena\n")
        #expect(entry.interactions.map(\.explicitMinutes) == [25, 30, nil])
    }

    @Test("a parenthesised duration naming several people is shared equally")
    func shared() throws {
        let entry = try EntryFile.body("- @dan, @eve and @fay (30m) #talked\n")
        #expect(entry.interactions.map(\.explicitMinutes) == [10, 10, 10])
    }

    @Test("several durations in one context add up before they are shared")
    func summed() throws {
        let entry = try EntryFile.body("- @dan and @eve (20m), then again later (10m)\n")
        #expect(entry.interactions.map(\.explicitMinutes) == [15, 15])
    }

    @Test("a person's explicit times from several contexts add up")
    func acrossContexts() throws {
        let entry = try EntryFile.body("- @dan (20m)\n- @dan and @eve (20m)\n")
        #expect(entry.interactions.map(\.explicitMinutes) == [30, 10])
    }

    @Test("only parentheses holding nothing but a duration are one",
          arguments: [("(25)", nil), ("(see 25m)", nil), ("(25 min)", nil), ("( )", nil), ("(25m", nil),
                      ("((25m)", 25.0), ("(1h)x(", 60), ("(0.5h 5m)", 35)] as [(String, Double?)])
    func parentheses(_ written: String, _ minutes: Double?) throws {
        #expect(try EntryFile.body("- @dan \(written)\n").interactions.first?.explicitMinutes == minutes)
    }

    @Test("a parenthesised duration in a code span does not count")
    func inCode() throws {
        #expect(try EntryFile.body("- @dan `(20m)`\n").interactions.first?.explicitMinutes == nil)
    }

    @Test("explicit times past the entry's duration are an error at the time that takes the sum past")
    func tooLong() throws {
        let outcome = try #require(EntryFile.read("""
            ---
            date: 2026-11-03
            duration: 30m
            activity: call
            ---

            - @ana (20m) #talked
            - @bo (20m) #talked
            - @cy (20m) #talked
            """))
        #expect(outcome.entry == nil)
        #expect(outcome.diagnostics.map(\.summary) == ["entry.md:8:7 error explicit-time-too-long"])
    }

    @Test("explicit times that add up to exactly the duration are fine")
    func exactlyTheDuration() throws {
        let entry = try EntryFile.body("- @ana (30m)\n- @bo (30m)\n")
        #expect(entry.interactions.compactMap(\.explicitMinutes).reduce(0, +) == 60)
    }
}
