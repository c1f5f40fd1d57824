/// The words and numbers that the Markdown, HTML and CSV renderers share, so a figure reads the same in each.
public enum ReportWording {
    /// Whole minutes as `2 h 05 min`, `45 min`; person-time is rounded to the minute.
    public static func minutes(_ value: Double) -> String {
        let total = Int(value.rounded())
        guard total >= 60 else { return "\(total) min" }
        let rest = total % 60
        return rest == 0 ? "\(total / 60) h" : "\(total / 60) h \(rest < 10 ? "0" : "")\(rest) min"
    }

    /// A share as a whole percentage, `—` when there is none.
    public static func percent(_ value: Double?) -> String {
        guard let value else { return "—" }
        return "\(Int((value * 100).rounded()))%"
    }

    /// The period as a person names it: `week 2026-W47`, `November 2026`, or `2026-11-16 to 2026-11-22`.
    public static func period(_ header: ReportHeader) -> String {
        switch header.periodKind {
        case .week(let name): return "week \(name)"
        case .month:
            let (year, month, _) = header.period.from.components
            return "\(monthNames[month - 1]) \(year)"
        case .range: return "\(header.period.from) to \(header.period.to)"
        }
    }

    /// The dates of the period, and the day things are judged on; for a trend, the dates it spans.
    public static func span(_ document: ReportDocument) -> String {
        let header = document.header
        if case .trend(let report) = document.body, let first = report.periods.first, let last = report.periods.last {
            return "\(count(report.periods.count, report.by.rawValue, report.by.rawValue + "s")), \(first.from) to \(last.to)"
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
        var notes = ["\(header.entriesInPeriod) \(header.entriesInPeriod == 1 ? "entry" : "entries") in the period, \(header.entries) read"]
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

    public static let monthNames = ["January", "February", "March", "April", "May", "June", "July", "August",
                                    "September", "October", "November", "December"]

    /// `2 people`, `1 entry`.
    public static func count(_ value: Int, _ one: String, _ many: String) -> String {
        "\(value) \(value == 1 ? one : many)"
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

/// The time report as named rows, dimension by dimension, in the order every renderer shows them.
public struct TimeBreakdown: Sendable {
    /// One key of a dimension and its minutes.
    public struct Row: Sendable {
        public var key: String
        public var minutes: Double
        /// The row's minutes over its dimension's total; nil when the total is 0.
        public var share: Double?
    }

    /// `role`, `standing`, `format`, `mode`, `activity` or `aim`.
    public var dimension: String
    /// What the minutes are: person-time (role, standing, format) or whole durations.
    public var measure: String
    public var rows: [Row]

    /// Role, standing and format are person-time (role and format with `unallocated`; standing is base
    /// person-time); mode, activity and aim are whole entry durations (`none` for no activity or aim).
    public static func of(_ report: TimeReport) -> [TimeBreakdown] {
        func make(_ dimension: String, _ measure: String, _ pairs: [(String, Double)]) -> TimeBreakdown {
            let total = pairs.reduce(0) { $0 + $1.1 }
            return TimeBreakdown(dimension: dimension, measure: measure, rows: pairs.map {
                Row(key: $0.0, minutes: $0.1, share: total > 0 ? $0.1 / total : nil)
            })
        }
        let roles = Role.allCases.compactMap { role in report.byRole[role].map { (role.rawValue, $0) } }
            + (report.unallocated > 0 ? [("unallocated", report.unallocated)] : [])
        let standings = Standing.allCases.map { ($0.rawValue, report.byStanding[$0, default: 0]) }
        let formats = [("one-to-one", report.byFormat[.oneToOne, default: 0]),
                       ("one-to-many", report.byFormat[.oneToMany, default: 0])]
            + (report.unallocated > 0 ? [("unallocated", report.unallocated)] : [])
        let modes = Mode.allCases.map { ($0.rawValue, report.byMode[$0, default: 0]) }
        let activities = report.byActivity.map { ($0.key ?? "none", $0.value) }
            .sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }
        let aims = Aim.allCases.compactMap { aim in report.byAim[aim].map { (aim.rawValue, $0) } }
            + (report.byAim[nil].map { [("none", $0)] } ?? [])
        return [make("role", "person-time", roles), make("standing", "base person-time", standings),
                make("format", "person-time", formats), make("mode", "entry time", modes),
                make("activity", "entry time", activities), make("aim", "entry time", aims)]
    }
}
