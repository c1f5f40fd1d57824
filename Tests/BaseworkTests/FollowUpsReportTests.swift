import Foundation
import Testing
@testable import Basework

@Suite("The followUps report")
struct FollowUpsReportTests {
    func report(_ journal: Journal, _ from: String, _ to: String, asOf: String, author: String? = nil,
                struggle: String? = nil) -> FollowUpsReport {
        FollowUpsReport(ReportInput(journal, Query(period: period(from, to), asOf: day(asOf), author: author, struggle: struggle)))
    }

    @Test("conformance 05: done, satisfied and by which entry, overdue, open")
    func conformance05() {
        let report = report(ConformanceJournals.followUps, "2026-11-02", "2026-11-08", asOf: "2026-11-12")
        #expect(report.done.map(\.line) == [13])
        #expect(report.satisfied.map(\.line) == [11, 12])
        #expect(report.satisfied.map(\.by) == ["2026/11/2026-11-04-mo.md", "2026/11/2026-11-08-oz.md"])
        #expect(report.satisfied[1].people == ["nell", "oz"])
        #expect(report.overdue.count == 1)
        #expect(report.overdue[0].line == 14)
        #expect(report.overdue[0].people.isEmpty)
        #expect(report.overdue[0].due == day("2026-11-09"))
        #expect(report.overdue[0].daysOverdue == 3)
        #expect(report.open.map(\.people) == [["pia"]])
        #expect(report.open[0].due == day("2026-11-20"))
        #expect(report.open[0].daysOverdue == nil && report.open[0].by == nil)
    }

    @Test("satisfied lists only what an entry in the period completed; done only ticks from the period")
    func periodBounds() {
        let report = report(ConformanceJournals.followUps, "2026-11-05", "2026-11-11", asOf: "2026-11-12")
        #expect(report.satisfied.map(\.line) == [12])
        #expect(report.done.isEmpty)
        #expect(report.overdue.map(\.line) == [14])
        #expect(report.open.map(\.line) == [15])
    }

    @Test("open and overdue come from entries dated up to the as-of day, whatever the period")
    func upToAsOf() {
        let journal = ConformanceJournals.followUps
        #expect(report(journal, "2026-11-23", "2026-11-29", asOf: "2026-11-30").overdue.map(\.line) == [14, 15])
        let before = report(journal, "2026-11-02", "2026-11-08", asOf: "2026-11-01")
        #expect(before.open.isEmpty && before.overdue.isEmpty && before.done.isEmpty && before.satisfied.isEmpty)
    }

    @Test("conformance 06: first-timers on 11-06, 11-10 and 11-12")
    func conformance06() {
        let journal = ConformanceJournals.firstTimers
        let early = report(journal, "2026-11-02", "2026-11-08", asOf: "2026-11-06").firstTimers
        #expect(early.map(\.handle) == ["sol", "rui"])
        #expect(early[1].state == .open)
        #expect(early[1].dueBy == day("2026-11-07"))
        #expect(early[1].entry == "2026/11/2026-11-02-picket.md")
        #expect(early[0].entry == "2026/11/2026-11-02-meeting.md")
        let later = report(journal, "2026-11-09", "2026-11-15", asOf: "2026-11-10").firstTimers
        #expect(later.map(\.handle) == ["sol", "rui"])
        #expect(later.map(\.state) == [.overdue, .overdue])
        #expect(report(journal, "2026-11-09", "2026-11-15", asOf: "2026-11-12").firstTimers.map(\.handle) == ["sol"])
    }

    @Test("conformance 07: going cold on 11-01, 11-03 and 11-04")
    func conformance07() {
        let journal = ConformanceJournals.goingCold
        let first = report(journal, "2026-10-26", "2026-11-01", asOf: "2026-11-01").goingCold
        #expect(first.map(\.handle) == ["uma"])
        #expect(first[0].lastOneToOne == day("2026-10-01"))
        #expect(first[0].days == 31)
        #expect(report(journal, "2026-11-02", "2026-11-08", asOf: "2026-11-03").goingCold.map(\.handle) == ["uma"])
        let later = report(journal, "2026-11-02", "2026-11-08", asOf: "2026-11-04").goingCold
        #expect(later.map(\.handle) == ["uma", "wes"])
        #expect(later[1].days == 15)
    }

    @Test("conformance 12: filters choose what is listed; the whole journal judges it")
    func conformance12() {
        let journal = ConformanceJournals.filters
        let alex = report(journal, "2026-11-02", "2026-11-08", asOf: "2026-11-08", author: "alex")
        #expect(alex.satisfied.count == 1)
        #expect(alex.overdue.isEmpty)
        #expect(alex.goingCold.map(\.handle) == ["ana"])

        let sam = report(journal, "2026-11-02", "2026-11-08", asOf: "2026-11-08", author: "sam")
        #expect(sam.overdue.map(\.people) == [["ben"]])
        #expect(sam.overdue[0].daysOverdue == 3)
        #expect(sam.satisfied.isEmpty)
        #expect(sam.goingCold.map(\.handle) == ["ben"])
        #expect(sam.goingCold[0].days == 5)

        let riverside = report(journal, "2026-11-02", "2026-11-08", asOf: "2026-11-08", struggle: "riverside")
        #expect(riverside.satisfied.map(\.by) == ["2026/11/2026-11-04-c.md"])
        #expect(riverside.overdue.isEmpty)
        #expect(riverside.goingCold.map(\.handle) == ["ana"])
        #expect(riverside.goingCold[0].lastOneToOne == day("2026-11-04"))
    }

    @Test("the JSON has the contract's keys, days as YYYY-MM-DD, and no daysOverdue or by where they do not apply")
    func json() throws {
        let report = report(ConformanceJournals.followUps, "2026-11-02", "2026-11-08", asOf: "2026-11-12")
        let object = try JSONSerialization.jsonObject(with: JSONEncoder().encode(report)) as! [String: Any]
        #expect(Set(object.keys) == ["overdue", "open", "satisfied", "done", "firstTimers", "goingCold"])
        let overdue = (object["overdue"] as! [[String: Any]])[0]
        #expect(overdue["entry"] as? String == "2026/11/2026-11-02-plan.md")
        #expect(overdue["due"] as? String == "2026-11-09")
        #expect(overdue["date"] as? String == "2026-11-02")
        #expect(overdue["daysOverdue"] as? Int == 3)
        #expect(overdue["text"] as? String == "Book the hall")
        #expect(overdue["by"] == nil)
        let open = (object["open"] as! [[String: Any]])[0]
        #expect(open["daysOverdue"] == nil)
        let satisfied = (object["satisfied"] as! [[String: Any]])[0]
        #expect(satisfied["by"] as? String == "2026/11/2026-11-04-mo.md")

        let timers = FollowUpsReport(ReportInput(ConformanceJournals.firstTimers, Query(period: period("2026-11-09", "2026-11-15"), asOf: day("2026-11-10"))))
        let first = try JSONSerialization.jsonObject(with: JSONEncoder().encode(timers)) as! [String: Any]
        let sol = (first["firstTimers"] as! [[String: Any]])[0]
        #expect(sol["handle"] as? String == "sol")
        #expect(sol["dueBy"] as? String == "2026-11-07")
        #expect(sol["state"] as? String == "overdue")
    }
}
