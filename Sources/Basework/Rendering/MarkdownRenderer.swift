/// Renders reports as Markdown for a notes file: headings, short sentences and pipe tables that read well
/// as plain text and render on GitHub and in Obsidian. Every journal string goes through `escape`.
public enum MarkdownRenderer {
    public static func render(_ document: ReportDocument) -> String {
        var out = MarkdownText()
        if document.header.redacted { out.line("**\(escape(ReportWording.redactedNotice))**") }
        out.heading(1, escape(ReportWording.heading(document)))
        out.line("*\(escape(ReportWording.span(document)))* · " + ReportWording.notes(document).map(escape).joined(separator: " · "))
        out.blank()
        switch document.body {
        case .full(let report):
            reach(report.reach, &out, level: 2)
            depth(report.depth, &out, level: 2)
            followUps(report.followUps, &out, level: 2)
            time(report.time, &out, level: 2)
            justifications(report.justifications, &out, level: 2)
            coverage(report.coverage, &out, level: 2)
        case .reach(let report): reach(report, &out, level: nil)
        case .depth(let report): depth(report, &out, level: nil)
        case .followUps(let report): followUps(report, &out, level: nil)
        case .time(let report): time(report, &out, level: nil)
        case .justifications(let report): justifications(report, &out, level: nil)
        case .coverage(let report): coverage(report, &out, level: nil)
        case .trend(let report): trend(report, &out)
        case .people(let report): people(report, &out)
        case .person(let report): person(report, &out)
        }
        return out.text
    }

    /// Backslash-escapes the characters that are active in GitHub or Obsidian Markdown (emphasis, code, links,
    /// wiki links, tags, HTML, tables, math, comments, highlights, @mentions), and folds line breaks into spaces.
    public static func escape(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "\\", "`", "*", "_", "[", "]", "<", ">", "|", "#", "~", "$", "&", "%", "=", "!", "{", "}", "@":
                out.append("\\")
                out.append(character)
            case "\n", "\r", "\r\n", "\t":
                out.append(" ")
            default:
                out.append(character)
            }
        }
        return out
    }

    // MARK: - Sections

    /// `level` is the section's heading level in `report`; nil when the section is the whole document.
    static func reach(_ report: ReachReport, _ out: inout MarkdownText, level: Int?) {
        if let level { out.heading(level, "Who was reached") }
        out.line("**\(counted(report.people, "person", "people"))** named (\(report.firstContacts) first contacts): "
            + "\(report.oneToOne) one-to-one, \(report.oneToManyOnly) one-to-many only; and a crowd of \(report.crowd).")
        let roles = Role.allCases.compactMap { role in report.byRole[role].map { "\(role.rawValue) \($0)" } }
        if !roles.isEmpty { out.line("By role: " + roles.joined(separator: ", ") + ".") }
        out.blank()
        out.table(["person", "role", "standing", "interactions", "deepest", "first contact"], report.list.map {
            [person($0.name, $0.handle), $0.role.rawValue, $0.standing?.rawValue ?? "", String($0.interactions), $0.deepest.tag,
             $0.firstContact ? "yes" : ""]
        }, right: [3])
    }

    static func depth(_ report: DepthReport, _ out: inout MarkdownText, level: Int?) {
        if let level { out.heading(level, "How deeply") }
        out.table(["rung", "base people", "moved up to it"], report.ladder.map {
            [$0.rung.tag, String($0.people), report.movedUpTo[$0.rung].map { "+\($0)" } ?? ""]
        }, right: [1, 2])
        guard !report.movedUp.isEmpty else {
            out.line("No one moved up in this period.")
            out.blank()
            return
        }
        out.line("**Moved up**")
        out.blank()
        out.table(["person", "from", "to"], report.movedUp.map {
            [person($0.name, $0.handle), $0.from?.tag ?? "first met", $0.to.tag]
        })
    }

    static func followUps(_ report: FollowUpsReport, _ out: inout MarkdownText, level: Int?) {
        let sub = (level ?? 1) + 1
        if let level { out.heading(level, "Follow-up pending") }
        out.line("\(report.overdue.count) overdue, \(report.open.count) open, \(report.firstTimers.count) first-timers owed a one-to-one, "
            + "\(report.goingCold.count) going cold; \(report.satisfied.count) satisfied and \(report.done.count) done in the period.")
        out.blank()
        func list(_ title: String, _ items: [FollowUpsReport.Item], overdue: Bool = false, by: Bool = false) {
            guard !items.isEmpty else { return }
            out.heading(sub, "\(title) (\(items.count))")
            var headers = ["due", "follow-up", "people", "entry"]
            if overdue { headers.insert("days overdue", at: 1) }
            if by { headers.append("satisfied by") }
            out.table(headers, items.map { item in
                var row = [item.due.description, escape(item.text), item.people.map(escape).joined(separator: ", "),
                           "\(escape(item.entry)):\(item.line)"]
                if overdue { row.insert(item.daysOverdue.map(String.init) ?? "", at: 1) }
                if by { row.append(item.by.map(escape) ?? "") }
                return row
            }, right: overdue ? [1] : [])
        }
        list("Overdue", report.overdue, overdue: true)
        list("Open", report.open)
        if !report.firstTimers.isEmpty {
            out.heading(sub, "First-timers owed a one-to-one (\(report.firstTimers.count))")
            out.table(["person", "heat entry", "date", "due by", "state"], report.firstTimers.map {
                [escape($0.handle), escape($0.entry), $0.date.description, $0.dueBy.description, $0.state == .overdue ? "**overdue**" : "open"]
            })
        }
        if !report.goingCold.isEmpty {
            out.heading(sub, "Going cold (\(report.goingCold.count))")
            out.table(["person", "last one-to-one", "days"], report.goingCold.map {
                [escape($0.handle), $0.lastOneToOne.description, String($0.days)]
            }, right: [2])
        }
        list("Satisfied in the period", report.satisfied, by: true)
        list("Done in the period", report.done)
    }

    static func time(_ report: TimeReport, _ out: inout MarkdownText, level: Int?) {
        let sub = (level ?? 1) + 1
        if let level { out.heading(level, "Who our time went to") }
        var summary = "**\(Wording.duration(report.minutes))** of work. Base share **\(Wording.percent(report.baseShare))** "
            + "against a goal of \(Wording.percent(report.baseShareGoal))"
        if let meets = report.meetsGoal { summary += meets ? " (meets the goal)" : " (below the goal)" }
        if let most = report.mostTimeWith { summary += "; most time with **\(most.rawValue)**" }
        out.line(summary + ".")
        out.blank()
        for breakdown in report.breakdowns {
            out.heading(sub, "By \(breakdown.dimension) (\(breakdown.measure))")
            out.table([breakdown.dimension, "time", "share"], breakdown.rows.map { row in
                [escape(row.key) + (row.inferred.map { " (\(Wording.duration($0)) inferred)" } ?? ""),
                 Wording.duration(row.minutes), Wording.percent(row.share)]
            }, right: [1, 2])
        }
        if let plan = report.plan {
            out.heading(sub, "Plan against actual")
            out.table(["aim", "planned", "actual"], plan.map {
                [$0.aim.rawValue, Wording.percent($0.planned), Wording.percent($0.actual)]
            }, right: [1, 2])
        }
    }

    static func justifications(_ report: JustificationsReport, _ out: inout MarkdownText, level: Int?) {
        let sub = (level ?? 1) + 1
        if let level { out.heading(level, "Is it justified?") }
        out.line("\(counted(report.required, "entry needs", "entries need")) a justification: "
            + "\(report.missing.count) missing, \(report.given.count) given.")
        out.blank()
        if !report.missing.isEmpty {
            out.heading(sub, "Missing (\(report.missing.count))")
            out.table(["date", "entry", "rules", "base share", "aim"], report.missing.map(row))
        }
        if !report.given.isEmpty {
            out.heading(sub, "Given (\(report.given.count))")
            for item in report.given {
                out.line("- **\(item.date)** \(entryName(item)) — \(item.rules.map(\.rawValue).joined(separator: ", ")), "
                    + "base share \(Wording.percent(item.baseShare))")
                for line in (item.text ?? "").split(separator: "\n", omittingEmptySubsequences: false) {
                    out.line("  > " + escape(String(line)))
                }
            }
            out.blank()
        }
    }

    static func row(_ item: JustificationsReport.Item) -> [String] {
        [item.date.description, entryName(item), item.rules.map(\.rawValue).joined(separator: ", "),
         Wording.percent(item.baseShare), item.aim.map { $0.aim.rawValue + ($0.isInferred ? " (inferred)" : "") } ?? ""]
    }

    static func entryName(_ item: JustificationsReport.Item) -> String {
        item.title.map { "\(escape($0)) (\(escape(item.entry)))" } ?? escape(item.entry)
    }

    static func coverage(_ report: CoverageReport, _ out: inout MarkdownText, level: Int?) {
        if let level { out.heading(level, "Coverage of the base") }
        let total = report.total
        out.line("Of **\(counted(total.people, "base person", "base people"))**, \(total.reached) reached, "
            + "\(total.oneToOne) one-to-one (\(Wording.percent(total.share))), \(total.reachedInPeriod) in this period.")
        out.blank()
        out.table(["group", "people", "reached", "one-to-one", "this period", "one-to-one share", "never reached", "one-to-many only"],
                  report.groups.map { group in
            [group.name.map(escape) ?? "*no group*", String(group.figures.people), String(group.figures.reached),
             String(group.figures.oneToOne), String(group.figures.reachedInPeriod), Wording.percent(group.figures.share),
             group.notReached.map(escape).joined(separator: ", "), group.onlyOneToMany.map(escape).joined(separator: ", ")]
        }, right: [1, 2, 3, 4, 5])
    }

    static func trend(_ report: TrendReport, _ out: inout MarkdownText) {
        out.table([report.by.rawValue, "entries", "time", "base share", "people", "one-to-one", "first contacts", "crowd",
                   "moved up", "justifications missing"], report.periods.map { row in
            [report.by == .week ? "\(row.from) to \(row.to)" : String(row.from.description.prefix(7)), String(row.entries),
             Wording.duration(row.minutes), Wording.percent(row.baseShare), String(row.people), String(row.oneToOne),
             String(row.firstContacts), String(row.crowd), String(row.movedUp), String(row.justificationsMissing)]
        }, right: Array(1...9))
    }

    static func people(_ report: PeopleReport, _ out: inout MarkdownText) {
        out.table(["person", "role", "group", "standing", "depth", "first met", "last one-to-one", "open follow-ups"],
                  report.people.map {
            [person($0.name, $0.handle), $0.role.rawValue, $0.group.map(escape) ?? "", $0.standing?.rawValue ?? "",
             $0.depth?.tag ?? "", $0.firstMet?.description ?? "", $0.lastOneToOne?.description ?? "",
             $0.openFollowUps > 0 ? String($0.openFollowUps) : ""]
        }, right: [7])
    }

    static func person(_ report: PersonReport, _ out: inout MarkdownText) {
        var facts = ["role \(report.role.rawValue)"]
        if let group = report.group { facts.append("group \(escape(group))") }
        if let standing = report.standing { facts.append("standing \(standing.rawValue)") }
        facts.append("\(Wording.duration(report.minutes)) together over \(counted(report.meetings.count, "meeting", "meetings"))")
        out.line(facts.joined(separator: " · "))
        out.blank()
        out.heading(2, "Meetings")
        out.table(["date", "activity", "rung", "time", "tags", "entry"], report.meetings.map {
            [$0.date.description, $0.activity.map(escape) ?? "", $0.rung.tag + ($0.firstTime ? " (first time)" : ""),
             Wording.duration($0.minutes), $0.tags.map { escape("#" + $0) }.joined(separator: " "), "\(escape($0.entry)):\($0.line)"]
        }, right: [3])
        out.heading(2, "Follow-ups")
        out.table(["date", "due", "state", "follow-up", "entry"], report.followUps.map {
            [$0.date.description, $0.due.description, $0.state == .overdue ? "**overdue**" : $0.state.rawValue, escape($0.text),
             "\(escape($0.entry)):\($0.line)"]
        })
        out.heading(2, "Depth over time")
        out.table(["date", "rung"], report.depthOverTime.map { [$0.date.description, $0.rung.tag] })
    }

    /// `Name (handle)`, or the handle alone when the roster gives no name.
    static func person(_ name: String, _ handle: String) -> String {
        name == handle ? escape(handle) : "\(escape(name)) (\(escape(handle)))"
    }
}
