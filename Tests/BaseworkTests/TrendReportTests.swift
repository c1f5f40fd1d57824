import Foundation
import Testing
@testable import Basework

@Suite("The trend report")
struct TrendReportTests {
    @Test("weeks end with the week that holds the day, oldest first")
    func weeks() {
        let weeks = TrendReport.Unit.week.periods(count: 3, endingWith: day("2027-01-01"), weekStart: .monday)
        #expect(weeks == [period("2026-12-14", "2026-12-20"), period("2026-12-21", "2026-12-27"),
                          period("2026-12-28", "2027-01-03")])
    }

    @Test("Sunday weeks")
    func sundayWeeks() {
        let weeks = TrendReport.Unit.week.periods(count: 2, endingWith: day("2027-01-03"), weekStart: .sunday)
        #expect(weeks == [period("2026-12-27", "2027-01-02"), period("2027-01-03", "2027-01-09")])
    }

    @Test("months of different lengths, across a leap February and a year end")
    func months() {
        let months = TrendReport.Unit.month.periods(count: 4, endingWith: day("2028-03-15"), weekStart: .monday)
        #expect(months == [period("2027-12-01", "2027-12-31"), period("2028-01-01", "2028-01-31"),
                           period("2028-02-01", "2028-02-29"), period("2028-03-01", "2028-03-31")])
        #expect(TrendReport.Unit.month.periods(count: 0, endingWith: day("2028-03-15"), weekStart: .monday).isEmpty)
    }

    @Test("each period counts its own entries, minutes, people, one-to-ones, first contacts and crowd")
    func figures() {
        let journal = Journal(entries: [
            Entry(path: "a.md", date: day("2026-11-03"), minutes: 60, crowd: 10,
                  interactions: [Interaction(handle: "ana", rung: .talked), Interaction(handle: "bo")]),
            Entry(path: "b.md", date: day("2026-11-10"), minutes: 30.5, crowd: 5,
                  interactions: [Interaction(handle: "ana"), Interaction(handle: "cy", rung: .contact)]),
            Entry(path: "c.md", date: day("2026-11-12"), minutes: 15, author: "sam",
                  interactions: [Interaction(handle: "dee", rung: .talked)]),
        ])
        let periods = TrendReport.Unit.week.periods(count: 3, endingWith: day("2026-11-12"), weekStart: .monday)
        var asked: [Period] = []
        let trend = TrendReport(journal, Query(period: periods[2], asOf: day("2026-12-01")), by: .week,
                                periods: periods) { query in
            asked.append(query.period)
            return TrendReport.Judged(baseShare: query.period.from == day("2026-11-02") ? 0.5 : nil, movedUp: 1,
                                      justificationsMissing: 2)
        }
        #expect(asked == periods)
        #expect(trend.by == .week)
        #expect(trend.periods.map(\.from) == periods.map(\.from))
        #expect(trend.periods.map(\.entries) == [0, 1, 2])
        #expect(trend.periods.map(\.minutes) == [0, 60, 45.5])
        #expect(trend.periods.map(\.people) == [0, 2, 3])
        #expect(trend.periods.map(\.oneToOne) == [0, 1, 2])
        #expect(trend.periods.map(\.firstContacts) == [0, 2, 2])
        #expect(trend.periods.map(\.crowd) == [0, 10, 5])
        #expect(trend.periods.map(\.baseShare) == [nil, 0.5, nil])
        #expect(trend.periods.map(\.movedUp) == [1, 1, 1])
        #expect(trend.periods.map(\.justificationsMissing) == [2, 2, 2])
    }

    @Test("filters narrow what is counted, not who is a first contact")
    func filtered() {
        let journal = Journal(entries: [
            Entry(path: "a.md", date: day("2026-11-03"), author: "sam", interactions: [Interaction(handle: "ana")]),
            Entry(path: "b.md", date: day("2026-11-10"), minutes: 20, author: "alex",
                  interactions: [Interaction(handle: "ana", rung: .talked)]),
        ])
        let week = period("2026-11-09", "2026-11-15")
        let query = Query(period: week, asOf: day("2026-11-15"), author: "Alex")
        var narrowed: [Query] = []
        let trend = TrendReport(journal, query, by: .week, periods: [week]) {
            narrowed.append($0)
            return TrendReport.Judged(baseShare: 1, movedUp: 0, justificationsMissing: 0)
        }
        #expect(trend.periods[0].entries == 1 && trend.periods[0].people == 1)
        #expect(trend.periods[0].firstContacts == 0)
        #expect(narrowed.map(\.author) == ["Alex"])
    }

    @Test("the JSON rounds minutes to 3 decimals and shares to 4, and gives a missing base share as null")
    func json() throws {
        let row = TrendReport.Row(from: day("2026-11-09"), to: day("2026-11-15"), entries: 1, minutes: 10.0 / 3,
                                  baseShare: 2.0 / 3, people: 1, oneToOne: 1, firstContacts: 1, crowd: 0,
                                  movedUp: 0, justificationsMissing: 0)
        var empty = row
        empty.baseShare = nil
        let trend = TrendReport(by: .month, periods: [row, empty])
        let object = try JSONSerialization.jsonObject(with: JSONEncoder().encode(trend)) as! [String: Any]
        #expect(object["by"] as? String == "month")
        let periods = object["periods"] as! [[String: Any]]
        #expect(periods[0]["from"] as? String == "2026-11-09")
        #expect(periods[0]["minutes"] as? Double == 3.333)
        #expect(periods[0]["baseShare"] as? Double == 0.6667)
        #expect(periods[1].keys.contains("baseShare") && periods[1]["baseShare"] is NSNull)
        #expect(Set(periods[0].keys) == ["from", "to", "entries", "minutes", "baseShare", "people", "oneToOne",
                                         "firstContacts", "crowd", "movedUp", "justificationsMissing"])
    }
}
