/// `people` and `person` as text: everyone known in one table, and one person's timeline.
extension TextRenderer {
    func people(_ report: PeopleReport, _ header: ReportHeader) -> [String] {
        let lines = [heading("People", "everyone known, as of \(TextFigures.dayWithYear(header.asOf))")]
        guard !report.people.isEmpty else { return lines + ["  No one yet."] }
        var table = TextTable([.left("Name"), .left("Handle"), .left("Role"), .left("Group"), .left("Standing"),
                               .left("Depth"), .left("First met"), .left("Last one-to-one"), .right("Open follow-ups")])
        for row in report.people {
            table.add([row.name, "@" + row.handle, row.role.rawValue, row.group ?? "–", row.standing?.rawValue ?? "–",
                       row.depth?.tag ?? "never met", row.firstMet.map(TextFigures.date) ?? "–",
                       row.lastOneToOne.map(TextFigures.date) ?? "–", String(row.openFollowUps)])
        }
        return lines + table.lines(style)
    }

    func person(_ report: PersonReport, _ header: ReportHeader) -> [String] {
        var lines = [heading(report.name, "@\(report.handle)")]
        var about = [report.role.rawValue]
        if let group = report.group { about.append(group) }
        if let standing = report.standing { about.append(standing.rawValue) }
        lines.append("  " + about.joined(separator: ", ") + "; \(Wording.duration(report.minutes)) together "
            + "in \(counted(report.meetings.count, "interaction")).")
        lines.append("")
        lines += list("Interactions", report.meetings.count)
        if !report.meetings.isEmpty {
            var table = TextTable([.left("Date"), .left("Activity"), .left("Rung"), .right("Time"), .left("Tags")],
                                  indent: 4)
            for meeting in report.meetings {
                var tags = meeting.tags.map { "#" + $0 }
                if meeting.firstTime { tags.insert("#first-time", at: 0) }
                table.add([TextFigures.date(meeting.date), meeting.activity ?? "–", meeting.rung.tag,
                           Wording.duration(meeting.minutes), tags.joined(separator: " ")],
                          notes: ["  " + style.dim("\(meeting.entry):\(meeting.line)")])
            }
            lines += table.lines(style)
        }
        lines += list("Follow-ups", report.followUps.count)
        if !report.followUps.isEmpty {
            var table = TextTable([.left("Written"), .left("Due"), .left("State"), .left("Follow-up")],
                                  notesColumn: 3, indent: 4)
            for plan in report.followUps {
                table.add([TextFigures.date(plan.date), TextFigures.date(plan.due), plan.state.rawValue, plan.text],
                          notes: [style.dim("\(plan.entry):\(plan.line)")])
            }
            lines += table.lines(style)
        }
        lines += list("Depth over time", report.depthOverTime.count)
        if !report.depthOverTime.isEmpty {
            var table = TextTable([.left("Date"), .left("Rung")], indent: 4, showsTitles: false)
            for step in report.depthOverTime { table.add([TextFigures.date(step.date), step.rung.tag]) }
            lines += table.lines(style)
        }
        return lines
    }
}
