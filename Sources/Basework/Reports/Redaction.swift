/// `--redact`: a report fit to share with a wider group. It is a transformation of the report values
/// (`ReportDocument` to `ReportDocument`), so every renderer (text, Markdown, JSON, HTML, CSV) gets the
/// redacted values and none can leak what it never sees.
///
/// What goes:
/// - people's handles and names become labels by role (`base-1`, `officer-1`, ...);
/// - roster groups become `group-1`, ...; entry paths (which hold names and slugs) become `entry-1`, ...;
/// - follow-up and justification texts are reduced to their shape: "(text withheld, 42 characters,
///   names 2 people)"; entry titles, free hashtags, and the `--author` and `--struggle` filters are withheld.
///
/// What stays: dates, counts, minutes, shares, roles, standings, rungs, rules, aims, modes and activities
/// (the journal's own vocabulary of kinds of work, not free text).
///
/// Labels are stable within one output: they are handed out in order of first appearance in a fixed walk
/// of the document (the order in which every renderer shows it), numbered per role.
public struct Redaction {
    let roster: Roster
    private var people: [String: String] = [:]
    private var perRole: [Role: Int] = [:]
    private var groups: [String: String] = [:]
    private var entries: [String: String] = [:]

    public static let withheld = "(withheld)"

    public init(roster: Roster) { self.roster = roster }

    /// The document with every journal name, handle, group, path and free text replaced.
    public static func apply(_ document: ReportDocument, roster: Roster) -> ReportDocument {
        var redaction = Redaction(roster: roster)
        return redaction.redact(document)
    }

    public mutating func redact(_ document: ReportDocument) -> ReportDocument {
        var header = document.header
        header.author = header.author.map { _ in Redaction.withheld }
        header.struggle = header.struggle.map { _ in Redaction.withheld }
        header.person = header.person.map { _ in Redaction.withheld }
        header.tag = header.tag.map { _ in Redaction.withheld }
        header.group = header.group.map { _ in Redaction.withheld }
        header.names = [:]
        let body: ReportDocument.Body = switch document.body {
        case .full(let report): .full(redact(report))
        case .reach(let report): .reach(redact(report))
        case .depth(let report): .depth(redact(report))
        case .followUps(let report): .followUps(redact(report))
        case .time(let report): .time(report)
        case .justifications(let report): .justifications(redact(report))
        case .coverage(let report): .coverage(redact(report))
        case .trend(let report): .trend(report)
        case .people(let report): .people(redact(report))
        case .person(let report): .person(redact(report))
        }
        return ReportDocument(header: header, body: body)
    }

    // MARK: - Labels

    /// The label for a person: their role and a number, the same for the same handle within one output.
    public mutating func person(_ handle: String) -> String {
        if let label = people[handle] { return label }
        let role = roster.person(handle).role
        let number = perRole[role, default: 0] + 1
        perRole[role] = number
        let label = "\(role.rawValue)-\(number)"
        people[handle] = label
        return label
    }

    public mutating func group(_ name: String) -> String {
        if let label = groups[name] { return label }
        let label = "group-\(groups.count + 1)"
        groups[name] = label
        return label
    }

    public mutating func entry(_ path: String) -> String {
        if let label = entries[path] { return label }
        let label = "entry-\(entries.count + 1)"
        entries[path] = label
        return label
    }

    /// A free text reduced to its shape.
    public static func shape(of text: String, naming people: Int? = nil) -> String {
        var shape = "(text withheld, \(text.count) \(text.count == 1 ? "character" : "characters")"
        if let people, people > 0 { shape += ", names \(people) \(people == 1 ? "person" : "people")" }
        return shape + ")"
    }

    // MARK: - Reports, in the order renderers show them

    mutating func redact(_ report: FullReport) -> FullReport {
        var report = report
        report.reach = redact(report.reach)
        report.depth = redact(report.depth)
        report.followUps = redact(report.followUps)
        report.justifications = redact(report.justifications)
        report.coverage = redact(report.coverage)
        return report
    }

    mutating func redact(_ report: ReachReport) -> ReachReport {
        var report = report
        for index in report.list.indices {
            let label = person(report.list[index].handle)
            report.list[index].handle = label
            report.list[index].name = label
        }
        return report
    }

    mutating func redact(_ report: DepthReport) -> DepthReport {
        var report = report
        for index in report.movedUp.indices {
            let label = person(report.movedUp[index].handle)
            report.movedUp[index].handle = label
            report.movedUp[index].name = label
        }
        return report
    }

    mutating func redact(_ report: FollowUpsReport) -> FollowUpsReport {
        var report = report
        func items(_ list: [FollowUpsReport.Item]) -> [FollowUpsReport.Item] {
            list.map { item in
                var item = item
                item.entry = entry(item.entry)
                item.text = Redaction.shape(of: item.text, naming: item.people.count)
                item.people = item.people.map { person($0) }
                item.by = item.by.map { entry($0) }
                return item
            }
        }
        report.overdue = items(report.overdue)
        report.open = items(report.open)
        report.satisfied = items(report.satisfied)
        report.done = items(report.done)
        for index in report.firstTimers.indices {
            report.firstTimers[index].handle = person(report.firstTimers[index].handle)
            report.firstTimers[index].entry = entry(report.firstTimers[index].entry)
        }
        for index in report.goingCold.indices {
            report.goingCold[index].handle = person(report.goingCold[index].handle)
        }
        return report
    }

    mutating func redact(_ report: JustificationsReport) -> JustificationsReport {
        var report = report
        func items(_ list: [JustificationsReport.Item]) -> [JustificationsReport.Item] {
            list.map { item in
                var item = item
                item.entry = entry(item.entry)
                item.title = nil
                item.text = item.text.map { Redaction.shape(of: $0) }
                return item
            }
        }
        report.missing = items(report.missing)
        report.given = items(report.given)
        return report
    }

    mutating func redact(_ report: CoverageReport) -> CoverageReport {
        var report = report
        for index in report.groups.indices {
            report.groups[index].name = report.groups[index].name.map { group($0) }
            report.groups[index].notReached = report.groups[index].notReached.map { person($0) }
            report.groups[index].onlyOneToMany = report.groups[index].onlyOneToMany.map { person($0) }
        }
        return report
    }

    mutating func redact(_ report: PeopleReport) -> PeopleReport {
        var report = report
        for index in report.people.indices {
            let label = person(report.people[index].handle)
            report.people[index].handle = label
            report.people[index].name = label
            report.people[index].group = report.people[index].group.map { group($0) }
        }
        return report
    }

    mutating func redact(_ report: PersonReport) -> PersonReport {
        var report = report
        let label = person(report.handle)
        report.handle = label
        report.name = label
        report.group = report.group.map { group($0) }
        for index in report.meetings.indices {
            report.meetings[index].entry = entry(report.meetings[index].entry)
            report.meetings[index].tags = []
        }
        for index in report.followUps.indices {
            report.followUps[index].entry = entry(report.followUps[index].entry)
            report.followUps[index].text = Redaction.shape(of: report.followUps[index].text)
        }
        return report
    }
}
