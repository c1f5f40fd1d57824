import Testing
@testable import Basework

@Suite("Due dates in follow-ups (FORMAT 2.8)")
struct DueTextTests {
    @Test("the first YYYY-MM-DD that is a real day", arguments: [
        ("Coffee with @maria-g, due 2026-11-27", "2026-11-27" as String?), ("2026-11-27", "2026-11-27"),
        ("by 2026-11-40 or 2026-12-01, then 2026-12-02", "2026-12-01"), ("(2026-02-28)", "2026-02-28"),
        ("on 2024-02-29, leap", "2024-02-29"), ("a-2026-11-27-b", "2026-11-27"), ("x2026-11-27", "2026-11-27"),
        ("café 2026-11-27", "2026-11-27"), ("2026-11-2026-11-20", "2026-11-20"),
        ("no date", nil), ("12026-11-27", nil), ("2026-11-270", nil), ("2026-1-27", nil), ("2026/11/27", nil),
        ("26-11-27", nil), ("2026-11-2", nil), ("", nil), ("2026-02-29", nil), ("2026-11-3a", nil),
    ])
    func date(_ text: String, _ day: String?) {
        #expect(DueText.scan(text).date == day.flatMap { Day(iso: $0) })
    }

    @Test("due and a weekday name or its three letters, any case", arguments: [
        ("due Friday", 5 as Int?), ("due fri", 5), ("DUE FRI", 5), ("Due friday.", 5), ("due monday", 1), ("due mon", 1),
        ("due Tuesday", 2), ("due tue", 2), ("due wednesday", 3), ("due wed", 3), ("due thursday", 4), ("due thu", 4),
        ("due saturday", 6), ("due sat", 6), ("due sunday", 7), ("due sun", 7), ("call @ana, due\tFri!", 5),
        ("due  fri", 5), ("(due fri)", 5), ("due fri, or due mon", 5), ("due someday, due wed", 3), ("- due sun", 7),
        ("Friday", nil), ("due", nil), ("due ", nil), ("duefri", nil), ("overdue friday", nil), ("due frisbee", nil),
        ("due fridays", nil), ("due thurs", nil), ("due tues", nil), ("due fr", nil), ("due on friday", nil),
        ("due fri2", nil), ("due friété", nil), ("ádue fri", nil), ("due\nfri", nil), ("due-fri", nil),
    ])
    func weekday(_ text: String, _ weekday: Int?) {
        #expect(DueText.scan(text).weekday == weekday)
    }

    @Test("each YYYY-MM-DD-shaped token that is no real day, at its byte offsets", arguments: [
        ("due 2026-11-40", [4..<14]), ("2026-02-30", [0..<10]), ("2026-13-01 and 2026-00-10", [0..<10, 15..<25]),
        ("2026-11-27 then 2026-11-31", [16..<26]), ("é 2026-11-40", [3..<13]), ("2026-11-31x", [0..<10]),
        ("2026-11-40-2026-11-41", [0..<10, 11..<21]), ("2026-11-27", []), ("12026-11-40", []), ("2026-11-400", []),
        ("0000-00-00", [0..<10]), ("9999-99-99", [0..<10]), ("2026-11-4", []), ("", []),
    ] as [(String, [Range<Int>])])
    func unreal(_ text: String, _ ranges: [Range<Int>]) {
        let scan = DueText.scan(text)
        #expect(scan.unrealDates == ranges)
        let bytes = Array(text.utf8)
        for range in scan.unrealDates {
            #expect(Day(iso: Substring(String(decoding: bytes[range], as: UTF8.self))) == nil)
        }
    }

    @Test("a date, a weekday and unreal dates are all found in one text")
    func together() {
        let scan = DueText.scan("- [ ] Text @deshawn due fri, not 2026-11-31 but 2026-12-04")
        #expect(scan == DueText.DueScan(date: Day(iso: "2026-12-04"), weekday: 5, unrealDates: [33..<43]))
    }

    @Test("a long text is scanned in one pass")
    func long() {
        let text = String(repeating: "due 2026-11-4 ", count: 20_000) + "due sun 2026-11-40"
        let scan = DueText.scan(text)
        #expect(scan.weekday == 7)
        #expect(scan.unrealDates.count == 1)
        #expect(scan.date == nil)
    }
}

@Suite("The next weekday")
struct NextWeekdayTests {
    @Test("the first such weekday strictly after the day", arguments: [
        (5, "2026-11-27"), (6, "2026-11-21"), (7, "2026-11-22"), (1, "2026-11-23"), (2, "2026-11-24"), (3, "2026-11-25"), (4, "2026-11-26"),
    ])
    func fromAFriday(_ weekday: Int, _ next: String) throws {
        let friday = try #require(Day(iso: "2026-11-20"))
        #expect(friday.isoWeekday == 5)
        let day = friday.nextWeekday(weekday)
        #expect(day == Day(iso: next))
        #expect(day.isoWeekday == weekday)
    }

    @Test("every weekday from every weekday is 1 to 7 days ahead")
    func everyPair() throws {
        let monday = try #require(Day(iso: "2026-11-16"))
        for start in 0..<7 {
            let day = monday.adding(days: start)
            for weekday in 1...7 {
                let next = day.nextWeekday(weekday)
                #expect(next.isoWeekday == weekday)
                #expect((1...7).contains(next.days(since: day)))
            }
        }
    }

    @Test("across a year's end and before 1970")
    func edges() throws {
        #expect(try #require(Day(iso: "2026-12-31")).nextWeekday(1) == Day(iso: "2027-01-04"))
        #expect(try #require(Day(iso: "1969-12-31")).nextWeekday(3) == Day(iso: "1970-01-07"))
        #expect(try #require(Day(iso: "1969-12-31")).nextWeekday(4) == Day(iso: "1970-01-01"))
    }

    @Test("a weekday outside 1...7 counts modulo 7")
    func modulo() throws {
        let friday = try #require(Day(iso: "2026-11-20"))
        #expect(friday.nextWeekday(12) == friday.nextWeekday(5))
        #expect(friday.nextWeekday(0) == friday.nextWeekday(7))
        #expect(friday.nextWeekday(-2) == friday.nextWeekday(5))
    }
}

@Suite("Due dates on random text")
struct DueTextPropertyTests {
    @Test("every unreal range is a date-shaped token no digit touches, and the date is the first real one")
    func random() {
        var generator = SeededGenerator(seed: 12)
        let pieces = ["2026-11-02", "2026-02-30", "2024-02-29", "2026-11-40", "2026-", "11-", "-02", "1", "9", " ", "due", "Due ",
                      "fri", "friday", "x", "é", "\t", "-"]
        var datesSeen = 0
        for _ in 0..<300 {
            let text = (0..<Int.random(in: 0...30, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let bytes = Array(text.utf8)
            let scan = DueText.scan(text)
            func isDigit(_ index: Int) -> Bool { index >= 0 && index < bytes.count && (0x30...0x39).contains(bytes[index]) }
            var realDays: [Day] = []
            var unreal: [Range<Int>] = []
            var index = 0
            while index + 10 <= bytes.count {
                let token = String(decoding: bytes[index..<index + 10], as: UTF8.self)
                let shaped = token.utf8.enumerated().allSatisfy { offset, byte in
                    offset == 4 || offset == 7 ? byte == 0x2D : (0x30...0x39).contains(byte)
                }
                if shaped, !isDigit(index - 1), !isDigit(index + 10) {
                    if let day = Day(iso: token) { realDays.append(day) } else { unreal.append(index..<index + 10) }
                    index += 10
                } else {
                    index += 1
                }
            }
            datesSeen += realDays.count + unreal.count
            #expect(scan.unrealDates == unreal, "\(text)")
            #expect(scan.date == realDays.first, "\(text)")
            if let weekday = scan.weekday {
                #expect((1...7).contains(weekday))
                #expect(text.lowercased().contains("due"))
            }
        }
        #expect(datesSeen > 100)
    }
}
