import Testing
@testable import Basework

@Suite("Days")
struct DayTests {
    @Test("a day that does not exist is refused", arguments: ["2026-11-31", "2026-02-29", "2026-13-01", "26-11-01", "2026-1-01"])
    func refused(_ text: String) {
        #expect(Day(iso: text) == nil)
    }

    @Test("days round-trip through their components", arguments: ["1970-01-01", "2024-02-29", "2026-12-31", "1899-03-01",
                                                                 "0001-01-01", "0999-10-09", "9999-12-31"])
    func roundTrip(_ text: String) throws {
        let day = try #require(Day(iso: text))
        #expect(day.description == text)
    }

    @Test("every day of four centuries prints as its components, padded")
    func printed() throws {
        var day = try #require(Day(iso: "1900-01-01"))
        while day.description != "2300-01-01" {
            let (y, m, d) = day.components
            let padded = [(y, 4), (m, 2), (d, 2)].map { String(repeating: "0", count: $1 - String($0).count) + String($0) }
            #expect(day.description == padded.joined(separator: "-"))
            day = day.adding(days: 1)
        }
    }

    @Test("weekdays are ISO weekdays")
    func weekday() {
        #expect(Day(iso: "2026-11-23")!.isoWeekday == 1)
        #expect(Day(iso: "2026-11-29")!.isoWeekday == 7)
    }
}
