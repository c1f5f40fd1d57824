/// The titles and header lines that the renderers share.
public enum ReportWording {
    /// The period as a person names it: `week 2026-W47`, `November 2026`, or `2026-11-16 to 2026-11-22`.
    public static func period(_ header: ReportHeader) -> String {
        switch header.periodKind {
        case .week(let name): return "week \(name)"
        case .month:
            let (year, month, _) = header.period.from.components
            return "\(CalendarNames.months[month - 1]) \(year)"
        case .range: return "\(header.period.from) to \(header.period.to)"
        }
    }

    /// The dates of the period, and the day things are judged on; for a trend, the dates it spans.
    public static func span(_ document: ReportDocument) -> String {
        let header = document.header
        if case .trend(let report) = document.body, let first = report.periods.first, let last = report.periods.last {
            return "\(counted(report.periods.count, report.by.rawValue, report.by.rawValue + "s")), \(first.from) to \(last.to)"
        }
        switch document.body {
        case .people, .person: return "as of \(header.asOf)"
        default: return "\(header.period.from) to \(header.period.to), judged on \(header.asOf)"
        }
    }

    /// The heading of a page: the report's title and, for reports on one period, the period.
    public static func heading(_ document: ReportDocument) -> String {
        switch document.body {
        case .trend, .people, .person: title(document.body)
        default: "\(title(document.body)): \(period(document.header))"
        }
    }

    /// What the header says about the journal and the filters, as short phrases.
    public static func notes(_ document: ReportDocument) -> [String] {
        let header = document.header
        var notes = ["\(counted(header.entriesInPeriod, "entry", "entries")) in the period, \(header.entries) read"]
        if !document.body.isForOnePeriod { notes = ["\(header.entries) entries read"] }
        if let author = header.author { notes.append("author \(author)") }
        if let struggle = header.struggle { notes.append("struggle \(struggle)") }
        if let person = header.person { notes.append("person \(person)") }
        if let tag = header.tag { notes.append("tag \(tag)") }
        if let group = header.group { notes.append("group \(group)") }
        if header.leftOut > 0 { notes.append("\(header.leftOut) left out for errors (run basework check)") }
        if let nearest = header.nearestWeek, document.body.isForOnePeriod {
            notes.append("no entries in this period; the nearest are in the week of \(nearest.from)")
        }
        return notes
    }

    /// What a redacted output says first (REPORTS `--redact`).
    public static let redactedNotice = "Redacted: no name, handle, group, path or free text from the journal; "
        + "people are labels by role (base-1, officer-1, ...)."

    /// The heading of a document.
    public static func title(_ body: ReportDocument.Body) -> String {
        switch body {
        case .full: "Weekly reflection"
        case .reach: "Who was reached"
        case .depth: "How deeply"
        case .followUps: "Follow-up pending"
        case .time: "Who our time went to"
        case .justifications: "Justifications"
        case .coverage: "Coverage of the base"
        case .trend: "Trend"
        case .people: "Everyone known"
        case .person(let report): report.name == report.handle ? report.handle : "\(report.name) (\(report.handle))"
        }
    }
}

extension ReportDocument.Body {
    /// Whether the report is about the entries of one period (not a trend, nor people judged on the as-of day).
    var isForOnePeriod: Bool {
        switch self {
        case .trend, .people, .person: false
        default: true
        }
    }
}
