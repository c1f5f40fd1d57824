/// The reach and depth sections of the text report: who we reached, and how deeply.
extension TextRenderer {
    func reach(_ report: ReachReport, _ header: ReportHeader) -> [String] {
        var lines = [heading("Reach", "who did we reach?")]
        var summary = "\(counted(report.people, "person", "people")) named: \(report.oneToOne) one-to-one, "
            + "\(report.oneToManyOnly) only one-to-many; \(report.firstContacts == 0 ? "no first contacts" : counted(report.firstContacts, "first contact"))"
        summary += report.crowd > 0 ? "; a crowd of \(report.crowd) more, unnamed." : "; no unnamed crowd."
        lines.append("  " + summary)
        if !report.byRole.isEmpty {
            let roles = Role.allCases.compactMap { role in report.byRole[role].map { "\(role.rawValue) \($0)" } }
            lines.append("  By role: " + roles.joined(separator: ", ") + ".")
        }
        guard !report.list.isEmpty else { return lines }
        var table = TextTable([.left("Name"), .left("Handle"), .left("Role"), .left("Standing"), .left("Deepest"),
                               .right("Interactions"), .left("")])
        for person in report.list {
            table.add([person.name, "@" + person.handle, person.role.rawValue, person.standing?.rawValue ?? "–",
                       person.deepest.tag, String(person.interactions),
                       person.firstContact ? style.good("NEW") : ""])
        }
        lines.append("")
        lines += table.lines(style)
        if report.firstContacts > 0 { lines.append("  NEW: first contact ever in this period.") }
        if report.list.contains(where: { $0.standing == nil }) {
            lines.append("  Standing is for base people only.")
        }
        return lines
    }

    func depth(_ report: DepthReport, _ header: ReportHeader) -> [String] {
        var lines = [heading("Depth", "how deeply?")]
        lines.append("  Base people met by \(TextFigures.dayWithYear(header.period.to)), by the deepest rung reached:")
        let most = Double(report.ladder.map(\.people).max() ?? 0)
        var ladder = TextTable([.left("Rung"), .right("People"), .left("")], showsTitles: false)
        for step in report.ladder {
            ladder.add([step.rung.tag, String(step.people), Bar.line(Double(step.people), of: most, width: 20)])
        }
        lines += indented(ladder.lines(style))
        lines.append("")
        guard !report.movedUp.isEmpty else {
            lines.append(subheading("Moved up \(periodPhrase(header))") + ": no one.")
            return lines
        }
        lines.append(subheading("Moved up \(periodPhrase(header))", count: report.movedUp.count))
        var moves = TextTable([.left("Name"), .left("Handle"), .left("From"), .left(""), .left("To")],
                              indent: 4, showsTitles: false)
        for move in report.movedUp {
            moves.add([move.name, "@" + move.handle, move.from?.tag ?? "first met", "→", move.to.tag])
        }
        lines += moves.lines(style)
        return lines
    }
}
