/// `--redact`: a report fit to share with a wider group (REPORTS `--redact`). It is a transformation of the
/// report values (`ReportDocument` to `ReportDocument`), so every renderer (text, Markdown, JSON, HTML, CSV)
/// gets the redacted values and none can leak what it never sees; the header says it was redacted, and every
/// format says so.
///
/// What goes:
/// - people's handles and names become labels by role (`base-1`, `officer-1`, ...), numbered in the order
///   of each person's first interaction in the journal (by date, then path); people with none come last,
///   in the order of their first mention in a follow-up, then the roster's people never mentioned, by handle;
/// - roster groups become `group-1`, ..., in the order of their first person's label; entry paths become
///   `entry-1`, ..., in journal order (date, then path);
/// - activities other than FORMAT 2.4's list (the settings' own, and unknown ones) become `activity-1`, ...,
///   in the order of first use;
/// - follow-up and justification texts are reduced to their length; entry titles, tags, and the
///   `--author` and `--struggle` filters are withheld.
///
/// Every list of people is sorted by label, so that nothing follows the order of the real handles.
/// What stays: dates, counts, minutes, shares, roles, standings, rungs, rules, aims, modes and the
/// activities of FORMAT 2.4.
public struct Redaction: Sendable {
    private var people: [String: String] = [:]
    private var groups: [String: String] = [:]
    private var entries: [String: String] = [:]
    private var activities: [String: String] = [:]
    private let roster: Roster

    public static let withheld = "(withheld)"

    /// Hands out every label from the whole journal before any report is looked at.
    public init(_ journal: Journal) {
        roster = journal.roster
        var order: [String] = []
        var seen: Set<String> = []
        func see(_ handle: String) { if seen.insert(handle).inserted { order.append(handle) } }
        for entry in journal.entries { entry.interactions.forEach { see($0.handle) } }
        for entry in journal.entries { entry.followUps.forEach { $0.people.forEach(see) } }
        journal.roster.people.keys.sorted().forEach(see)
        var perRole: [Role: Int] = [:]
        for handle in order {
            let role = journal.roster.person(handle).role
            perRole[role, default: 0] += 1
            people[handle] = "\(role.rawValue)-\(perRole[role]!)"
        }
        for handle in order {
            guard let group = journal.roster.person(handle).group, groups[group] == nil else { continue }
            groups[group] = "group-\(groups.count + 1)"
        }
        for (index, entry) in journal.entries.enumerated() { entries[entry.path] = "entry-\(index + 1)" }
        for entry in journal.entries {
            guard let activity = entry.activity, !Settings.builtInActivities.contains(activity),
                  activities[activity] == nil else { continue }
            activities[activity] = "activity-\(activities.count + 1)"
        }
    }

    /// The document with every journal name, handle, group, path, activity of its own and free text replaced.
    public static func apply(_ document: ReportDocument, journal: Journal) -> ReportDocument {
        Redaction(journal).redact(document)
    }

    public func redact(_ document: ReportDocument) -> ReportDocument {
        var header = document.header
        header.author = header.author.map { _ in Redaction.withheld }
        header.struggle = header.struggle.map { _ in Redaction.withheld }
        header.person = header.person.map { _ in Redaction.withheld }
        header.tag = header.tag.map { _ in Redaction.withheld }
        header.group = header.group.map { _ in Redaction.withheld }
        header.names = [:]
        header.redacted = true
        let body: ReportDocument.Body = switch document.body {
        case .full(let report): .full(redact(report))
        case .reach(let report): .reach(redact(report))
        case .depth(let report): .depth(redact(report))
        case .followUps(let report): .followUps(redact(report))
        case .time(let report): .time(redact(report))
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
    public func person(_ handle: String) -> String {
        people[handle] ?? "\(roster.person(handle).role.rawValue)-\(people.count + 1)"
    }

    public func group(_ name: String) -> String { groups[name] ?? "group-\(groups.count + 1)" }

    public func entry(_ path: String) -> String { entries[path] ?? "entry-\(entries.count + 1)" }

    /// FORMAT 2.4's activities as they are; any other as its label.
    public func activity(_ name: String) -> String {
        Settings.builtInActivities.contains(name) ? name : activities[name] ?? "activity-\(activities.count + 1)"
    }

    /// A free text reduced to its length.
    public static func shape(of text: String) -> String { "(text withheld, length \(text.count))" }

    /// Whether label `a` sorts before label `b`: by role in FORMAT's order, then by number.
    public static func precedes(_ a: String, _ b: String) -> Bool { key(a) < key(b) }

    private static func key(_ label: String) -> (Int, Int, String) {
        let parts = label.split(separator: "-")
        let role = Role.allCases.firstIndex { $0.rawValue == parts.dropLast().joined(separator: "-") } ?? Role.allCases.count
        return (role, parts.last.flatMap { Int($0) } ?? 0, label)
    }

    private func sorted(_ labels: [String]) -> [String] { labels.sorted(by: Redaction.precedes) }

    // MARK: - Reports

    func redact(_ report: FullReport) -> FullReport {
        var report = report
        report.reach = redact(report.reach)
        report.depth = redact(report.depth)
        report.followUps = redact(report.followUps)
        report.time = redact(report.time)
        report.justifications = redact(report.justifications)
        report.coverage = redact(report.coverage)
        return report
    }

    func redact(_ report: ReachReport) -> ReachReport {
        var report = report
        for index in report.list.indices {
            let label = person(report.list[index].handle)
            report.list[index].handle = label
            report.list[index].name = label
        }
        report.list.sort { Redaction.precedes($0.handle, $1.handle) }
        return report
    }

    func redact(_ report: DepthReport) -> DepthReport {
        var report = report
        for index in report.movedUp.indices {
            let label = person(report.movedUp[index].handle)
            report.movedUp[index].handle = label
            report.movedUp[index].name = label
        }
        report.movedUp.sort { Redaction.precedes($0.handle, $1.handle) }
        return report
    }

    func redact(_ report: FollowUpsReport) -> FollowUpsReport {
        var report = report
        func items(_ list: [FollowUpsReport.Item]) -> [FollowUpsReport.Item] {
            list.map { item in
                var item = item
                item.entry = entry(item.entry)
                item.text = Redaction.shape(of: item.text)
                item.people = sorted(item.people.map(person))
                item.by = item.by.map(entry)
                return item
            }
        }
        report.overdue = items(report.overdue)
        report.open = items(report.open)
        report.satisfied = items(report.satisfied)
        report.done = items(report.done)
        // First-timers stay in entry order; within one entry, by label.
        let entryOrder = Dictionary(report.firstTimers.map(\.entry).enumerated().map { ($1, $0) }) { first, _ in first }
        for index in report.firstTimers.indices {
            report.firstTimers[index].handle = person(report.firstTimers[index].handle)
        }
        report.firstTimers.sort { a, b in
            a.entry != b.entry ? entryOrder[a.entry]! < entryOrder[b.entry]! : Redaction.precedes(a.handle, b.handle)
        }
        for index in report.firstTimers.indices {
            report.firstTimers[index].entry = entry(report.firstTimers[index].entry)
        }
        for index in report.goingCold.indices {
            report.goingCold[index].handle = person(report.goingCold[index].handle)
        }
        report.goingCold.sort { a, b in
            a.lastOneToOne != b.lastOneToOne ? a.lastOneToOne < b.lastOneToOne : Redaction.precedes(a.handle, b.handle)
        }
        return report
    }

    func redact(_ report: TimeReport) -> TimeReport {
        var report = report
        report.byActivity = Dictionary(report.byActivity.map { ($0.key.map(activity), $0.value) }, uniquingKeysWith: +)
        return report
    }

    func redact(_ report: JustificationsReport) -> JustificationsReport {
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

    func redact(_ report: CoverageReport) -> CoverageReport {
        var report = report
        for index in report.groups.indices {
            report.groups[index].name = report.groups[index].name.map(group)
            report.groups[index].notReached = sorted(report.groups[index].notReached.map(person))
            report.groups[index].onlyOneToMany = sorted(report.groups[index].onlyOneToMany.map(person))
        }
        // Groups by label (`group-2` before `group-10`), the people with no group last.
        report.groups.sort { a, b in
            switch (a.name, b.name) {
            case (nil, _): false
            case (_, nil): true
            case (let a?, let b?): (Int(a.dropFirst(6)) ?? 0) < (Int(b.dropFirst(6)) ?? 0)
            }
        }
        return report
    }

    func redact(_ report: PeopleReport) -> PeopleReport {
        var report = report
        for index in report.people.indices {
            let label = person(report.people[index].handle)
            report.people[index].handle = label
            report.people[index].name = label
            report.people[index].group = report.people[index].group.map(group)
        }
        report.people.sort { Redaction.precedes($0.handle, $1.handle) }
        return report
    }

    func redact(_ report: PersonReport) -> PersonReport {
        var report = report
        let label = person(report.handle)
        report.handle = label
        report.name = label
        report.group = report.group.map(group)
        for index in report.meetings.indices {
            report.meetings[index].entry = entry(report.meetings[index].entry)
            report.meetings[index].activity = report.meetings[index].activity.map(activity)
            report.meetings[index].tags = []
        }
        for index in report.followUps.indices {
            report.followUps[index].entry = entry(report.followUps[index].entry)
            report.followUps[index].text = Redaction.shape(of: report.followUps[index].text)
        }
        return report
    }
}
