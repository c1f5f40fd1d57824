/// CSV for the one-table commands (`people`, `time`, `followups`, and `coverage` and `trend`, one row per
/// group or period): RFC 4180, a header row, CRLF line ends,
/// and a field quoted when it holds a comma, a double quote, CR or LF (its quotes doubled).
public enum CSVRenderer {
    /// Whether the document's report is one table.
    public static func supports(_ body: ReportDocument.Body) -> Bool {
        switch body {
        case .people, .time, .followUps, .coverage, .trend: true
        default: false
        }
    }

    /// The table, or nil for a report that is not one table.
    public static func render(_ document: ReportDocument) -> String? {
        switch document.body {
        case .people(let report): table(peopleHeader, report.people.map(row))
        case .time(let report): table(timeHeader, timeRows(report))
        case .followUps(let report): table(followUpsHeader, followUpRows(report))
        case .coverage(let report): table(coverageHeader, coverageRows(report))
        case .trend(let report): table(trendHeader, report.periods.map(row))
        default: nil
        }
    }

    /// One field, quoted when it must be.
    public static func field(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" || $0 == "\r\n" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    static func table(_ header: [String], _ rows: [[String]]) -> String {
        ([header] + rows).map { $0.map(field).joined(separator: ",") + "\r\n" }.joined()
    }

    static func number(_ value: Double) -> String {
        let rounded = ReportNumber.minutes(value)
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }

    static func share(_ value: Double?) -> String { value.map { String(ReportNumber.share($0)) } ?? "" }

    // MARK: - people

    static let peopleHeader = ["handle", "name", "role", "group", "standing", "depth", "first_met", "last_one_to_one",
                               "open_follow_ups"]

    static func row(_ person: PeopleReport.Row) -> [String] {
        [person.handle, person.name, person.role.rawValue, person.group ?? "", person.standing?.rawValue ?? "",
         person.depth?.tag ?? "", person.firstMet?.description ?? "", person.lastOneToOne?.description ?? "",
         String(person.openFollowUps)]
    }

    // MARK: - time

    static let timeHeader = ["dimension", "key", "minutes", "share"]

    /// Every breakdown's rows, then `summary` rows: the total minutes, the base share and its goal.
    static func timeRows(_ report: TimeReport) -> [[String]] {
        var rows = report.breakdowns.flatMap { breakdown in
            breakdown.rows.map { [breakdown.dimension, $0.key, number($0.minutes), share($0.share)] }
        }
        for line in report.plan ?? [] {
            rows.append(["plan-planned", line.aim.rawValue, "", share(line.planned)])
            rows.append(["plan-actual", line.aim.rawValue, "", share(line.actual)])
        }
        rows.append(["summary", "minutes", number(report.minutes), ""])
        rows.append(["summary", "base-share", "", share(report.baseShare)])
        rows.append(["summary", "base-share-goal", "", share(report.baseShareGoal)])
        return rows
    }

    // MARK: - followups

    static let followUpsHeader = ["kind", "state", "date", "entry", "line", "people", "due", "days", "text", "by"]

    /// Follow-ups (overdue, open, satisfied, done), then first-timers owed a one-to-one, then people going cold.
    /// `days` is the days overdue, or for going cold the days since the last one-to-one.
    static func followUpRows(_ report: FollowUpsReport) -> [[String]] {
        func items(_ list: [FollowUpsReport.Item], _ state: String) -> [[String]] {
            list.map { item in
                ["follow-up", state, item.date.description, item.entry, String(item.line), item.people.joined(separator: " "),
                 item.due.description, item.daysOverdue.map(String.init) ?? "", item.text, item.by ?? ""]
            }
        }
        let firstTimers = report.firstTimers.map { item in
            ["first-timer", item.state.rawValue, item.date.description, item.entry, "", item.handle, item.dueBy.description,
             item.daysOverdue.map(String.init) ?? "", "", ""]
        }
        let cold = report.goingCold.map { item in
            ["going-cold", "cold", item.lastOneToOne.description, "", "", item.handle, "", String(item.days), "", ""]
        }
        return items(report.overdue, "overdue") + items(report.open, "open") + items(report.satisfied, "satisfied")
            + items(report.done, "done") + firstTimers + cold
    }

    // MARK: - coverage

    static let coverageHeader = ["group", "people", "reached", "one_to_one", "reached_in_period", "share"]
        + Rung.allCases.map(\.tag) + ["not_reached", "only_one_to_many"]

    /// One row per group (the people with no group under an empty name), then `total` for the whole base.
    static func coverageRows(_ report: CoverageReport) -> [[String]] {
        func figures(_ figures: CoverageReport.Figures) -> [String] {
            let ladder = Dictionary(figures.ladder.map { ($0.rung, $0.people) }, uniquingKeysWith: +)
            return [String(figures.people), String(figures.reached), String(figures.oneToOne), String(figures.reachedInPeriod),
                    share(figures.share)] + Rung.allCases.map { String(ladder[$0] ?? 0) }
        }
        let groups = report.groups.map { group in
            [group.name ?? ""] + figures(group.figures)
                + [group.notReached.joined(separator: " "), group.onlyOneToMany.joined(separator: " ")]
        }
        return groups + [["total"] + figures(report.total) + ["", ""]]
    }

    // MARK: - trend

    static let trendHeader = ["from", "to", "entries", "minutes", "base_share", "people", "one_to_one", "first_contacts",
                              "crowd", "moved_up", "justifications_missing"]

    static func row(_ period: TrendReport.Row) -> [String] {
        [period.from.description, period.to.description, String(period.entries), number(period.minutes), share(period.baseShare),
         String(period.people), String(period.oneToOne), String(period.firstContacts), String(period.crowd),
         String(period.movedUp), String(period.justificationsMissing)]
    }
}
