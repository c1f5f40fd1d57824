import Testing
@testable import Basework

@Suite("Durations (FORMAT 2.1, 2.3)")
struct DurationTests {
    @Test("every duration FORMAT 2.1 names", arguments: [
        ("3h", 180.0), ("45m", 45), ("1h30m", 90), ("1h30", 90), ("1h 30m", 90), ("1.5h", 90), ("90 min", 90),
        ("10 mins", 10), ("1 hour", 60), ("2 hours", 120), ("1 hr", 60), ("25 minutes", 25),
    ])
    func named(_ text: String, _ minutes: Double) {
        #expect(DurationText.minutes(Substring(text), bareHours: false) == minutes)
        #expect(DurationText.minutes(Substring(text), bareHours: true) == minutes)
    }

    @Test("every unit, in any case, with or without a space", arguments: [
        ("2h", 120.0), ("2hr", 120), ("2hrs", 120), ("2hour", 120), ("2hours", 120),
        ("2m", 2), ("2min", 2), ("2mins", 2), ("2minute", 2), ("2minutes", 2),
        ("2 H", 120), ("2 HRS", 120), ("2 Hours", 120), ("2 M", 2), ("2 Min", 2), ("2 MINUTES", 2), ("2\tmin", 2),
    ])
    func units(_ text: String, _ minutes: Double) {
        #expect(DurationText.minutes(Substring(text), bareHours: false) == minutes)
    }

    @Test("hours and minutes together, in every spelling", arguments: [
        ("1 hour 30 minutes", 90.0), ("2 hrs 15 mins", 135), ("1H30M", 90), ("1h30min", 90), ("1 h 30 m", 90),
        ("2 hours 15", 135), ("1h 5", 65), ("1h59", 119), ("1h0", 60), ("0.5h 5m", 35), ("1h 0.5m", 60.5),
        ("0m", 0), ("0h", 0), ("90m", 90), ("0.25h", 15), (" 25m ", 25), ("007m", 7), (".5h", 30), ("1h90m", 150), ("1h 0.5 min", 60.5),
    ])
    func combined(_ text: String, _ minutes: Double) {
        #expect(DurationText.minutes(Substring(text), bareHours: false) == minutes)
    }

    @Test("hours and minutes in any spelling of their units read back as written", arguments: 0..<200)
    func spellings(_ seed: Int) {
        var generator = SeededGenerator(seed: UInt64(seed))
        let hourUnits = ["h", "hr", "hrs", "hour", "hours", "H", "Hours", "HR"]
        let minuteUnits = ["m", "min", "mins", "minute", "minutes", "M", "Min", "MINUTES"]
        let blanks = ["", " ", "\t", "  "]
        let hours = Int.random(in: 0...30, using: &generator)
        let minutes = Int.random(in: 0...59, using: &generator)
        func pick(_ list: [String]) -> String { list.randomElement(using: &generator)! }
        let total = Double(hours * 60 + minutes)
        let (written, expected): (String, Double) = switch Int.random(in: 0..<4, using: &generator) {
        case 0: ("\(hours)\(pick(blanks))\(pick(hourUnits))\(pick(blanks))\(minutes)\(pick(blanks))\(pick(minuteUnits))", total)
        case 1: ("\(hours)\(pick(blanks))\(pick(hourUnits))\(pick(blanks))\(minutes)", total)
        case 2: ("\(hours * 60 + minutes)\(pick(blanks))\(pick(minuteUnits))", total)
        default: ("\(pick(blanks))\(hours)\(pick(blanks))\(pick(hourUnits))\(pick(blanks))", Double(hours * 60))
        }
        #expect(DurationText.minutes(Substring(written), bareHours: false) == expected, "\(written)")
    }

    @Test("numbers read exactly as Double reads them, short or long", arguments: [
        "0.1", "0.25", "1.5", "2.675", "123456789012345", "12345678901234.5", "1234567890123456", "0.000000000000001",
        "0.3333333333333333333", "99999999999999.99", ".1", "007.50", "4503599627370497.5",
    ])
    func exactNumbers(_ number: String) throws {
        let parsed = try #require(Double(number))
        #expect(DurationText.minutes(Substring(number + "m"), bareHours: false) == parsed)
    }

    @Test("a bare number is hours in front matter only")
    func bareHours() {
        #expect(DurationText.minutes("2", bareHours: true) == 120)
        #expect(DurationText.minutes("1.5", bareHours: true) == 90)
        #expect(DurationText.minutes(" 3 ", bareHours: true) == 180)
        #expect(DurationText.minutes("2", bareHours: false) == nil)
        #expect(DurationText.minutes("1.5", bareHours: false) == nil)
    }

    @Test("what is not a duration", arguments: [
        "", " ", "h", "m", "min", "30m1h", "1h1h", "30m 10m", "1x", "1.2.3h", "-1h", "+1h", "one hour", "1 h x",
        "1hx", "1 hourly", "1 mint", "1 mi", "1,5h", "1.h", "..5h", ".h", "1.5.h", "1h30.5", "1.5h30", "1h60", "1h 90", "1h30 x",
        "1h 30m 10", "1m30", "1 2h", "1h 2 3", "25m)", "1\nh", "1h\u{00A0}30m", "１h", "1 h0urs", "1 hoursx",
    ])
    func notDurations(_ text: String) {
        #expect(DurationText.minutes(Substring(text), bareHours: true) == nil)
        #expect(DurationText.minutes(Substring(text), bareHours: false) == nil)
    }

    @Test("a duration inside a longer text is read from its substring only")
    func substring() {
        let text = "(see 90 min) and (1h30)"
        let first = text.index(text.startIndex, offsetBy: 5)..<text.index(text.startIndex, offsetBy: 11)
        #expect(DurationText.minutes(text[first], bareHours: false) == 90)
        let second = text.index(text.startIndex, offsetBy: 18)..<text.index(text.startIndex, offsetBy: 22)
        #expect(DurationText.minutes(text[second], bareHours: false) == 90)
    }

    @Test("hundreds of digits read as the largest finite number, never infinity or a crash", arguments: [
        String(repeating: "9", count: 400) + "m", String(repeating: "9", count: 400) + "h",
        "1" + String(repeating: "0", count: 307) + "h", "1h " + String(repeating: "9", count: 400) + "m",
        String(repeating: "9", count: 400) + ".5 hours",
    ])
    func huge(_ text: String) throws {
        let minutes = try #require(DurationText.minutes(Substring(text), bareHours: false))
        #expect(minutes == .greatestFiniteMagnitude)
    }

    @Test("a long run of digits with no unit is no duration, and quick to refuse")
    func longDigits() {
        let digits = String(repeating: "1", count: 100_000)
        #expect(DurationText.minutes(Substring(digits + "x"), bareHours: true) == nil)
        #expect(DurationText.minutes(Substring(digits), bareHours: false) == nil)
        #expect(DurationText.minutes(Substring(digits), bareHours: true) == .greatestFiniteMagnitude)
        #expect(DurationText.minutes(Substring("1h" + digits), bareHours: false) == nil)
    }

    @Test("a bare number over 24 and at most 1440 hints at minutes", arguments: [
        ("90", "90m" as String?), ("25", "25m"), ("24.5", "24.5m"), ("1440", "1440m"), (" 90 ", "90m"),
        ("24", nil), ("3", nil), ("1441", nil), ("90h", nil), ("90m", nil), ("90 min", nil), ("soon", nil), ("", nil),
        ("-90", nil), (String(repeating: "9", count: 400), nil),
    ])
    func minutesHint(_ text: String, _ hint: String?) {
        #expect(DurationText.minutesHint(Substring(text)) == hint)
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

    @Test("a duration that cannot be read is an error at its value", arguments: ["soon", "3 hous", "[1h]", "25h"])
    func bad(_ written: String) throws {
        let outcome = try #require(EntryFile.read("---\ndate: 2026-11-20\nduration: \(written)\n---\n"))
        #expect(outcome.entry?.minutes == 0)
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
          arguments: [("(25)", nil), ("(see 25m)", nil), ("(25 min)", 25.0), ("(1 hour)", 60), ("(0h30)", 30), ("( )", nil), ("(25m", nil),
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
        #expect(outcome.entry?.interactions.map(\.explicitMinutes) == [nil, nil, nil])
        #expect(outcome.diagnostics.map(\.summary) == ["entry.md:8:7 error explicit-time-too-long"])
    }

    @Test("explicit times that add up to exactly the duration are fine")
    func exactlyTheDuration() throws {
        let entry = try EntryFile.body("- @ana (30m)\n- @bo (30m)\n")
        #expect(entry.interactions.compactMap(\.explicitMinutes).reduce(0, +) == 60)
    }
}
