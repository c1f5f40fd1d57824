import Testing
@testable import Basework

@Suite("Justifications")
struct JustificationsReportTests {
    typealias F = ReportFixtures

    func justifications(_ journal: Journal, _ query: Query = F.week45) -> JustificationsReport {
        JustificationsReport(ReportInput(journal, query))
    }

    @Test("09-justify: four entries need one, two of them have none")
    func justify() throws {
        let report = justifications(F.justify)
        #expect(report.required == 4)
        #expect(report.missing.map(\.entry) == ["2026/11/2026-11-02-lawyer.md", "2026/11/2026-11-05-ana.md"])
        #expect(report.missing.map(\.rules) == [[.baseShareBelow, .aimsOutside], [.aimsOutside]])
        #expect(report.missing.first?.baseShare == 0.25)
        #expect(report.missing.allSatisfy { $0.text == nil })
    }

    @Test("09-justify: given justifications are quoted with the rules that asked for them")
    func given() throws {
        let report = justifications(F.justify)
        #expect(report.given.map(\.rules) == [[.support], [.baseShareBelow]])
        #expect(report.given.map(\.text) == ["Ana asked us to come.", "She is close to acting."])
        #expect(report.given.last?.baseShare == 0)
        #expect(report.given.first?.aim == EntryAim(aim: .newPeople, isInferred: true))
    }

    @Test("03-time: support work needs one; a base share of exactly the threshold does not")
    func time() throws {
        let report = justifications(F.time)
        #expect(report.required == 1)
        let missing = try #require(report.missing.first)
        #expect(missing.entry == "2026/11/2026-11-06-call.md")
        #expect(missing.rules == [.support])
        #expect(missing.baseShare == 0.5)
    }

    @Test("a justification of only blank space is missing")
    func blank() {
        let journal = F.journal([Entry(path: "a.md", date: F.day("2026-11-02"), minutes: 60, mode: .support,
                                       justification: "  \n")])
        let report = justifications(journal)
        #expect(report.missing.count == 1)
        #expect(report.missing.first?.baseShare == nil)
        #expect(report.given.isEmpty)
    }
}
