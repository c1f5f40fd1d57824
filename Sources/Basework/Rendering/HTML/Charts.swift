import Plot

/// The report's charts as inline SVG: drawn from report values only, styled by the page's CSS classes.
enum Charts {
    static let width = 640.0
    static let labelWidth = 118.0

    // MARK: - Time by role

    /// Person-time by role as shares of all person-time, with the base-share goal as a dashed line.
    static func timeByRole(_ report: TimeReport) -> Node<HTML.BodyContext> {
        let roles = Role.allCases.filter { (report.byRole[$0] ?? 0) > 0 }
        let top = 30.0, row = 30.0, barMax = width - labelWidth - 150
        let height = top + Double(roles.count) * row + 24
        var nodes: [SVG.Content] = grid(top: top - 6, bottom: height - 20, left: labelWidth, span: barMax)
        for (index, role) in roles.enumerated() {
            let minutes = report.byRole[role] ?? 0
            let share = report.personTimeShare(role) ?? 0
            let y = top + Double(index) * row
            let below = role.isBase && report.meetsGoal == false
            nodes.append(SVG.text(x: labelWidth - 10, y: y + 15, role.rawValue, anchor: .end, class: role.isBase ? "label strong" : "label"))
            nodes.append(SVG.rect(x: labelWidth, y: y, width: share * barMax, height: 20,
                                  class: "role-\(role.rawValue)" + (below ? " below-goal" : "")))
            nodes.append(SVG.text(x: labelWidth + share * barMax + 8, y: y + 15,
                                  "\(Wording.percent(share)) · \(Wording.duration(minutes))", class: "value"))
        }
        let goalX = labelWidth + report.baseShareGoal * barMax
        nodes.append(SVG.line(x1: goalX, y1: top - 10, x2: goalX, y2: height - 20, class: "goal"))
        nodes.append(SVG.text(x: goalX, y: top - 14, "base-share goal \(Wording.percent(report.baseShareGoal))",
                              anchor: .middle, class: "goal-label"))
        return SVG.chart(width: width, height: height, title: "Person-time by role, with the base-share goal", nodes)
    }

    /// Faint vertical lines at 0, 25, 50, 75 and 100% with their labels underneath.
    static func grid(top: Double, bottom: Double, left: Double, span: Double) -> [SVG.Content] {
        stride(from: 0.0, through: 1.0, by: 0.25).flatMap { fraction -> [SVG.Content] in
            let x = left + fraction * span
            return [SVG.line(x1: x, y1: top, x2: x, y2: bottom, class: "grid"),
                    SVG.text(x: x, y: bottom + 14, Wording.percent(fraction), anchor: .middle, class: "axis")]
        }
    }

    // MARK: - Ladder

    /// The ladder as a funnel: one centred bar per rung, shallowest on top, with who moved up to each rung.
    static func ladder(_ report: DepthReport) -> Node<HTML.BodyContext> {
        let most = Double(max(1, report.ladder.map(\.people).max() ?? 1))
        let top = 8.0, row = 30.0, barMax = width - labelWidth - 170
        let centre = labelWidth + barMax / 2
        var nodes: [SVG.Content] = []
        for (index, step) in report.ladder.enumerated() {
            let y = top + Double(index) * row
            let barWidth = step.people == 0 ? 2 : max(6, Double(step.people) / most * barMax)
            nodes.append(SVG.text(x: labelWidth - 10, y: y + 16, step.rung.tag, anchor: .end))
            nodes.append(SVG.rect(x: centre - barWidth / 2, y: y, width: barWidth, height: 22,
                                  class: step.people == 0 ? "rung-empty" : "rung rung-\(step.rung.rawValue)"))
            nodes.append(SVG.text(x: labelWidth + barMax + 12, y: y + 16, String(step.people), class: "value strong"))
            if let count = report.movedUpTo[step.rung] {
                nodes.append(SVG.text(x: labelWidth + barMax + 40, y: y + 16, "▲ \(count) moved up", class: "moved"))
            }
        }
        return SVG.chart(width: width, height: top + Double(report.ladder.count) * row, title: "Base people by rung, and who moved up", nodes)
    }

    // MARK: - Plan

    /// Each aim's planned share of aimed time beside its actual share.
    static func plan(_ plan: [TimeReport.PlanLine]) -> Node<HTML.BodyContext> {
        let most = max(0.5, plan.flatMap { [$0.planned, $0.actual ?? 0] }.max() ?? 0.5)
        let scale = (most * 10).rounded(.up) / 10
        let top = 22.0, group = 46.0, barMax = width - labelWidth - 130
        let height = top + Double(plan.count) * group + 8
        var nodes: [SVG.Content] = [
            SVG.rect(x: labelWidth, y: 2, width: 12, height: 10, class: "plan-planned", rounded: false),
            SVG.text(x: labelWidth + 18, y: 11, "planned", class: "axis"),
            SVG.rect(x: labelWidth + 90, y: 2, width: 12, height: 10, class: "plan-actual", rounded: false),
            SVG.text(x: labelWidth + 108, y: 11, "actual", class: "axis"),
        ]
        for (index, line) in plan.enumerated() {
            let y = top + Double(index) * group
            nodes.append(SVG.text(x: labelWidth - 10, y: y + 20, line.aim.rawValue, anchor: .end))
            nodes.append(SVG.rect(x: labelWidth, y: y, width: line.planned / scale * barMax, height: 15, class: "plan-planned"))
            nodes.append(SVG.text(x: labelWidth + line.planned / scale * barMax + 8, y: y + 12,
                                  "planned \(Wording.percent(line.planned))", class: "value muted"))
            let actual = line.actual ?? 0
            let off = line.offPlan
            nodes.append(SVG.rect(x: labelWidth, y: y + 18, width: actual / scale * barMax, height: 15,
                                  class: off ? "plan-actual off-plan" : "plan-actual"))
            nodes.append(SVG.text(x: labelWidth + actual / scale * barMax + 8, y: y + 30,
                                  "actual \(Wording.percent(line.actual))", class: off ? "value strong" : "value"))
        }
        return SVG.chart(width: width, height: height, title: "Plan against actual, by aim", nodes)
    }

    // MARK: - Coverage

    /// One bar per group, split into one-to-one, one-to-many only and never reached, then the whole base.
    static func coverage(_ report: CoverageReport) -> Node<HTML.BodyContext> {
        let rows = report.groups.map { ($0.name ?? "no group", $0.figures) } + [("whole base", report.total)]
        let top = 26.0, row = 32.0, barMax = width - labelWidth - 120
        let height = top + Double(rows.count) * row + 10
        var nodes: [SVG.Content] = []
        let legend = [("one-to-one", "cov-one"), ("one-to-many only", "cov-many"), ("never reached", "cov-never")]
        nodes.append(SVG.text(x: labelWidth + barMax + 10, y: 12, "one-to-one", class: "axis"))
        var legendX = labelWidth
        for (name, style) in legend {
            nodes.append(SVG.rect(x: legendX, y: 2, width: 12, height: 12, class: style, rounded: false))
            nodes.append(SVG.text(x: legendX + 18, y: 12, name, class: "axis"))
            legendX += Double(name.count) * 7 + 40
        }
        for (index, (name, figures)) in rows.enumerated() {
            let y = top + Double(index) * row + (index == rows.count - 1 ? 6 : 0)
            nodes.append(SVG.text(x: labelWidth - 10, y: y + 16, SVG.fit(name, 17), anchor: .end,
                                  class: index == rows.count - 1 ? "label strong" : "label"))
            let parts = [(figures.oneToOne, "cov-one"), (figures.onlyOneToMany, "cov-many"), (figures.notReached, "cov-never")]
            var x = labelWidth
            for (count, style) in parts where count > 0 {
                let segment = Double(count) / Double(max(1, figures.people)) * barMax
                nodes.append(SVG.rect(x: x, y: y, width: segment, height: 22, class: style, rounded: false))
                if segment >= 16 {
                    nodes.append(SVG.text(x: x + segment / 2, y: y + 15, String(count), anchor: .middle,
                                          class: style == "cov-never" ? "in-bar dark" : style == "cov-many" ? "in-bar light" : "in-bar"))
                }
                x += segment
            }
            nodes.append(SVG.text(x: labelWidth + barMax + 10, y: y + 16,
                                  "\(figures.oneToOne) of \(figures.people) · \(Wording.percent(figures.share))", class: "value"))
        }
        return SVG.chart(width: width, height: height, title: "Coverage of the base by group", nodes)
    }

    // MARK: - Trend

    /// People reached as columns, the base share as a line over them, and the goal as a dashed line.
    static func trend(_ report: TrendReport, weekStart: Settings.WeekStart) -> Node<HTML.BodyContext> {
        let goal = report.baseShareGoal
        let left = 44.0, right = 56.0, top = 30.0, bottom = 40.0, height = 300.0
        let plotWidth = width - left - right, plotHeight = height - top - bottom
        let count = max(1, report.periods.count)
        let slot = plotWidth / Double(count)
        let mostPeople = report.periods.map(\.people).max() ?? 0
        let peopleScale = Double(max(4, ((mostPeople + 3) / 4) * 4))
        let baseline = top + plotHeight
        var nodes: [SVG.Content] = [
            SVG.rect(x: left, y: 4, width: 12, height: 12, class: "trend-people", rounded: false),
            SVG.text(x: left + 18, y: 14, "people reached", class: "axis"),
            SVG.line(x1: left + 140, y1: 10, x2: left + 164, y2: 10, class: "trend-line"),
            SVG.text(x: left + 170, y: 14, "base share", class: "axis"),
            SVG.line(x1: left + 260, y1: 10, x2: left + 284, y2: 10, class: "goal"),
            SVG.text(x: left + 290, y: 14, "goal \(Wording.percent(goal))", class: "axis"),
        ]
        for step in 0...4 {
            let y = baseline - Double(step) / 4 * plotHeight
            nodes.append(SVG.line(x1: left, y1: y, x2: left + plotWidth, y2: y, class: "grid"))
            nodes.append(SVG.text(x: left - 8, y: y + 4, SVG.number(peopleScale * Double(step) / 4), anchor: .end, class: "axis"))
            nodes.append(SVG.text(x: left + plotWidth + 8, y: y + 4, "\(step * 25)%", class: "axis"))
        }
        var points: [[(Double, Double)]] = [[]]
        for (index, period) in report.periods.enumerated() {
            let centre = left + slot * (Double(index) + 0.5)
            let barHeight = Double(period.people) / peopleScale * plotHeight
            nodes.append(SVG.rect(x: centre - slot * 0.3, y: baseline - barHeight, width: slot * 0.6, height: barHeight,
                                  class: "trend-people", rounded: false))
            if period.people > 0 {
                nodes.append(SVG.text(x: centre, y: baseline - 8, String(period.people), anchor: .middle,
                                      class: "in-bar dark"))
            }
            nodes.append(SVG.text(x: centre, y: baseline + 16, periodLabel(period, report.by, weekStart), anchor: .middle, class: "axis"))
            if let share = period.baseShare {
                points[points.count - 1].append((centre, baseline - share * plotHeight))
            } else if !points[points.count - 1].isEmpty {
                points.append([])
            }
        }
        let goalY = baseline - goal * plotHeight
        nodes.append(SVG.line(x1: left, y1: goalY, x2: left + plotWidth, y2: goalY, class: "goal"))
        for run in points where run.count > 1 { nodes.append(SVG.polyline(run, class: "trend-line")) }
        for run in points {
            for point in run { nodes.append(SVG.circle(x: point.0, y: point.1, radius: 4, class: "trend-dot")) }
        }
        return SVG.chart(width: width, height: height, title: "Base share over people reached, period by period", nodes)
    }

    /// `W47` for a week, `Nov` for a month (with the year under January).
    static func periodLabel(_ period: TrendReport.Row, _ unit: TrendReport.Unit, _ weekStart: Settings.WeekStart) -> String {
        switch unit {
        case .week:
            let monday = weekStart == .monday ? period.from : period.from.adding(days: 1)
            return "W" + (Period.isoWeekName(of: monday).split(separator: "W").last.map(String.init) ?? "")
        case .month:
            let (year, month, _) = period.from.components
            let name = CalendarNames.shortMonths[month - 1]
            return month == 1 ? "\(name) \(year)" : name
        }
    }
}
