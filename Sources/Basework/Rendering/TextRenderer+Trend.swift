/// The trend of the text report: the main figures period by period, the base share drawn against its goal.
extension TextRenderer {
    func trend(_ report: TrendReport, _ header: ReportHeader) -> [String] {
        guard let first = report.periods.first, let last = report.periods.last else { return [] }
        let unit = report.by == .week ? "weeks" : "months"
        let span = TextFigures.range(Period(from: first.from, to: last.to))
        var lines = [heading("Trend", "the last \(report.periods.count) \(unit), \(span)")]
        let goal = report.baseShareGoal
        var table = TextTable([.left(report.by == .week ? "Week" : "Month"), .left("From"), .right("Entries"),
                               .right("Time"), .right("Base share"), .right("People"), .right("One-to-one"),
                               .right("First contacts"), .right("Crowd"), .right("Moved up"), .right("Unjustified")])
        for row in report.periods {
            let period = Period(from: row.from, to: row.to)
            let name = report.by == .week ? period.weekName(start: header.weekStart) : TextFigures.shortMonth(row.from)
            let meets = row.meetsGoal ?? false
            let share = row.baseShare.map { mark(Wording.percent($0, meets: meets, goal: goal), meets: meets) } ?? "–"
            let spark = Sparkline.line([Sparkline.Point(share: row.baseShare, meetsGoal: row.meetsGoal)], goal: goal, style: style)
            table.add([name, TextFigures.date(row.from), String(row.entries), Wording.duration(row.minutes),
                       "\(share) \(spark)", String(row.people), String(row.oneToOne), String(row.firstContacts),
                       String(row.crowd), String(row.movedUp), String(row.justificationsMissing)])
        }
        lines += table.lines(style)
        lines.append("")
        let points = report.periods.map { Sparkline.Point(share: $0.baseShare, meetsGoal: $0.meetsGoal) }
        var key = "\(Sparkline.levels[4]) or taller meets the goal of \(Wording.percent(goal))"
        if points.contains(where: { $0.share == nil }) { key += "; \(Sparkline.gap) no time with people" }
        lines.append("  Base share: \(Sparkline.line(points, goal: goal, style: style))  (\(key))")
        lines.append("  Unjustified: entries that need a justification and have none.")
        return lines
    }
}
