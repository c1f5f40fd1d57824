import Testing
@testable import Basework

@Suite("Days")
struct DayTests {
    @Test("a day that does not exist is refused", arguments: ["2026-11-31", "2026-02-29", "2026-13-01", "26-11-01", "2026-1-01"])
    func refused(_ text: String) {
        #expect(Day(iso: text) == nil)
    }

    @Test("days round-trip through their components", arguments: ["1970-01-01", "2024-02-29", "2026-12-31", "1899-03-01"])
    func roundTrip(_ text: String) throws {
        let day = try #require(Day(iso: text))
        #expect(day.description == text)
    }

    @Test("weekdays are ISO weekdays")
    func weekday() {
        #expect(Day(iso: "2026-11-23")!.isoWeekday == 1)
        #expect(Day(iso: "2026-11-29")!.isoWeekday == 7)
    }
}
