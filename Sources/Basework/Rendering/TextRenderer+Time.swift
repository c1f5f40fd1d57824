/// The time section of the text report: who the period's time went to, by role, standing, format,
/// mode, activity and aim, the base share against its goal, and the plan against what happened.
extension TextRenderer {
    func time(_ report: TimeReport, _ header: ReportHeader, opening: Bool) -> [String] {
        var lines = [heading("Time", "who did our time go to?")]
        let personMinutes = report.personMinutes
        let duration = Wording.duration
        let work = "  \(duration(report.minutes)) of work in \(counted(header.entriesInPeriod, "entry", "entries"))"
        lines.append(report.unallocated > 0
            ? work + ": \(duration(personMinutes)) with people, \(duration(report.unallocated)) with no one "
                + "(preparation, travel, admin)."
            : work + ", all of it with people.")
        if opening {
            lines.append("  " + answer(report, header))
        } else if let share = report.baseShare, let meets = report.meetsGoal {
            let goal = report.baseShareGoal
            let verdict = meets ? "at or above" : "below"
            lines.append("  Base share \(mark(Wording.percent(share, meets: meets, goal: goal), meets: meets)), "
                + "\(verdict) the goal of \(Wording.percent(goal)).")
        }
        guard report.minutes > 0 || personMinutes > 0 else { return lines }

        let roles = Role.allCases.filter { report.byRole[$0] != nil }
            .sorted { report.byRole[$0]! > report.byRole[$1]! }
        lines.append("")
        lines += breakdown("By role", "of person-time", roles.map { ($0.rawValue, report.byRole[$0]!) }, of: personMinutes)

        let baseMinutes = report.baseMinutes
        lines.append("")
        lines += breakdown("Base time by standing", "of base time",
                           Standing.allCases.map { ($0.rawValue, report.byStanding[$0, default: 0]) }, of: baseMinutes)

        lines.append("")
        lines += breakdown("One-to-one or one-to-many", "of person-time", [
            ("one-to-one", report.byFormat[.oneToOne, default: 0]),
            ("one-to-many", report.byFormat[.oneToMany, default: 0]),
        ], of: personMinutes)

        lines.append("")
        lines += breakdown("By mode", "of all time",
                           Mode.allCases.map { ($0.rawValue, report.byMode[$0, default: 0]) }, of: report.minutes)

        let activities = report.byActivity.sorted { a, b in
            a.value != b.value ? a.value > b.value : (a.key ?? "~") < (b.key ?? "~")
        }
        lines.append("")
        lines += breakdown("By activity", "of all time", activities.map { ($0.key ?? "none", $0.value) }, of: report.minutes)

        lines.append("")
        lines += aims(report)
        return lines
    }

    /// A small table: name, time, share of a whole.
    func breakdown(_ title: String, _ shareTitle: String, _ rows: [(String, Double)], of whole: Double) -> [String] {
        var table = TextTable([.left(title), .right("Time"), .right(shareTitle)])
        for (name, minutes) in rows {
            table.add([name, Wording.duration(minutes), Wording.percent(minutes, of: whole)])
        }
        return table.lines(style)
    }

    /// Time by aim, the inferred part of it, and the plan when the settings have one.
    func aims(_ report: TimeReport) -> [String] {
        let aimed = report.aimedMinutes
        let plan = report.plan.map { lines in Dictionary(lines.map { ($0.aim, $0) }, uniquingKeysWith: { a, _ in a }) }
        var columns: [TextTable.Column] = [.left("By aim"), .right("Time"), .right("inferred"), .right("of aimed time")]
        if plan != nil { columns.append(.right("planned")) }
        var table = TextTable(columns)
        for aim in Aim.allCases {
            let minutes = report.byAim[aim, default: 0]
            let inferred = report.byAimInferred[aim].map(Wording.duration) ?? ""
            var cells = [aim.rawValue, Wording.duration(minutes), inferred]
            if let line = plan?[aim] {
                cells.append(line.actual.map(Wording.percent) ?? "–")
                cells.append(Wording.percent(line.planned))
            } else {
                cells.append(Wording.percent(minutes, of: aimed))
                if plan != nil { cells.append("–") }
            }
            table.add(cells)
        }
        if let none = report.byAim[nil], none > 0 {
            table.add(["no aim", Wording.duration(none), "", "", plan != nil ? "" : ""])
        }
        var lines = table.lines(style)
        if !report.byAimInferred.isEmpty {
            lines.append("  inferred: the part of the time whose entries give no aim, judged from who it went to.")
        }
        return lines
    }
}
