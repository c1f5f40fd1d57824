import Foundation
@testable import Basework

/// Every report a command can print, computed in-process for one journal and query, and each rendered in
/// every format that accepts it: what the format and redaction tests run over.
enum EveryDocument {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let examples = packageRoot.appendingPathComponent("Examples/journal").path

    /// Week 2026-W47 judged on 2026-11-24, as the golden cases ask.
    static let week47 = Query(period: Period(from: Day(year: 2026, month: 11, day: 16)!, to: Day(year: 2026, month: 11, day: 22)!),
                              asOf: Day(year: 2026, month: 11, day: 24)!)

    /// One document per command (`person` once per person known), by name.
    static func documents(_ journal: Journal, _ query: Query) -> [(String, ReportDocument)] {
        let history = History(journal)
        let header = ReportHeader(journal, query)
        var bodies: [(String, ReportDocument.Body)] = [
            ("report", .full(FullReport(ReportInput(journal, query, history: history)))),
            ("reach", .reach(ReachReport(ReportInput(journal, query, history: history)))),
            ("depth", .depth(DepthReport(ReportInput(journal, query, history: history)))),
            ("followups", .followUps(FollowUpsReport(ReportInput(journal, query, history: history)))),
            ("time", .time(TimeReport(ReportInput(journal, query, history: history)))),
            ("justify", .justifications(JustificationsReport(ReportInput(journal, query, history: history)))),
            ("coverage", .coverage(CoverageReport(ReportInput(journal, query, history: history)))),
            ("trend", .trend(TrendReport(ReportInput(journal, query, history: history)))),
            ("people", .people(PeopleReport(ReportInput(journal, query, history: history)))),
        ]
        let known = Set(journal.roster.people.keys).union(history.meetings.keys).sorted()
        for handle in known {
            let input = ReportInput(journal, query, history: history, subject: handle)
            if PersonReport.subject(input) != nil { bodies.append(("person \(handle)", .person(PersonReport(input)))) }
        }
        return bodies.map { ($0.0, ReportDocument(header: header, body: $0.1)) }
    }

    /// The document in every format it can be printed in, by format name.
    static func renderings(_ document: ReportDocument) -> [(String, String)] {
        var out = [("text", TextRenderer(style: .plain).render(document)), ("markdown", MarkdownRenderer.render(document)),
                   ("json", JSONRenderer.render(document)), ("html", HTMLRenderer.render(document))]
        if let csv = CSVRenderer.render(document) { out.append(("csv", csv)) }
        return out
    }
}
