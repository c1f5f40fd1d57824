import Plot

/// The report's charts as inline SVG: drawn from report values only, styled by the page's CSS classes.
///
/// Each chart is drawn twice, for a wide screen and for a narrow one (a phone), and the page's CSS shows
/// one: a chart is never scaled down until its labels cannot be read. The narrow layout's SVG units are
/// about CSS pixels at 300 px wide, its text no smaller than 12 units.
struct Charts {
    /// The drawing's width in SVG units.
    var width: Double
    /// The room for labels left of the bars.
    var labelWidth: Double
    /// The room for figures right of the bars.
    var valueRoom: Double
    var narrow: Bool

    static let wide = Charts(width: 640, labelWidth: 118, valueRoom: 150, narrow: false)
    static let phone = Charts(width: 300, labelWidth: 92, valueRoom: 46, narrow: true)

    /// Both layouts of one chart; the CSS shows the one that fits the screen.
    static func both(_ draw: (Charts) -> Node<HTML.BodyContext>) -> Node<HTML.BodyContext> {
        .group(draw(.wide), draw(.phone))
    }

    var barMax: Double { width - labelWidth - valueRoom }

    func chart(height: Double, title: String, _ nodes: [SVG.Content]) -> Node<HTML.BodyContext> {
        SVG.chart(width: width, height: height, title: title, layout: narrow ? "narrow" : "wide", nodes)
    }

    // MARK: - Time by role

    /// Person-time by role as shares of all person-time, with the base-share goal as a dashed line.
    func timeByRole(_ report: TimeReport) -> Node<HTML.BodyContext> {
        let roles = Role.allCases.filter { (report.byRole[$0] ?? 0) > 0 }
        let top = 30.0, row = 30.0
        let height = top + Double(roles.count) * row + 24
        var nodes: [SVG.Content] = grid(top: top - 6, bottom: height - 20)
        for (index, role) in roles.enumerated() {
            let minutes = report.byRole[role] ?? 0
            let share = report.personTimeShare(role) ?? 0
            let y = top + Double(index) * row
            let below = role.isBase && report.meetsGoal == false
            nodes.append(SVG.text(x: labelWidth - 8, y: y + 15, role.rawValue, anchor: .end, class: role.isBase ? "label strong" : "label"))
            nodes.append(SVG.rect(x: labelWidth, y: y, width: share * barMax, height: 20,
                                  class: "role-\(role.rawValue)" + (below ? " below-goal" : "")))
            let value = narrow ? Wording.percent(share) : "\(Wording.percent(share)) · \(Wording.duration(minutes))"
            nodes.append(SVG.text(x: labelWidth + share * barMax + 6, y: y + 15, value, class: "value"))
        }
        let goalX = labelWidth + report.baseShareGoal * barMax
        nodes.append(SVG.line(x1: goalX, y1: top - 10, x2: goalX, y2: height - 20, class: "goal"))
        nodes.append(SVG.text(x: goalX, y: top - 14, "goal \(Wording.percent(report.baseShareGoal))",
                              anchor: .middle, class: "goal-label"))
        return chart(height: height, title: "Person-time by role, with the base-share goal", nodes)
    }

    /// Faint vertical lines at 0, 25, 50, 75 and 100% with their labels underneath (0, 50 and 100% when narrow).
    func grid(top: Double, bottom: Double) -> [SVG.Content] {
        stride(from: 0.0, through: 1.0, by: narrow ? 0.5 : 0.25).flatMap { fraction -> [SVG.Content] in
            let x = labelWidth + fraction * barMax
            return [SVG.line(x1: x, y1: top, x2: x, y2: bottom, class: "grid"),
                    SVG.text(x: x, y: bottom + 14, Wording.percent(fraction), anchor: .middle, class: "axis")]
        }
    }

    // MARK: - Ladder

    /// The ladder as a funnel: one centred bar per rung, shallowest on top, with who moved up to each rung.
    func ladder(_ report: DepthReport) -> Node<HTML.BodyContext> {
        let most = Double(max(1, report.ladder.map(\.people).max() ?? 1))
        let top = 8.0, row = 30.0
        let room = barMax - (narrow ? 10 : 20)
        let centre = labelWidth + room / 2
        var nodes: [SVG.Content] = []
        for (index, step) in report.ladder.enumerated() {
            let y = top + Double(index) * row
            let barWidth = step.people == 0 ? 2 : max(6, Double(step.people) / most * room)
            nodes.append(SVG.text(x: labelWidth - 8, y: y + 16, step.rung.tag, anchor: .end))
            nodes.append(SVG.rect(x: centre - barWidth / 2, y: y, width: barWidth, height: 22,
                                  class: step.people == 0 ? "rung-empty" : "rung rung-\(step.rung.rawValue)"))
            nodes.append(SVG.text(x: labelWidth + room + 6, y: y + 16, String(step.people), class: "value strong"))
            if let count = report.movedUpTo[step.rung] {
                nodes.append(SVG.text(x: labelWidth + room + 28, y: y + 16, narrow ? "▲\(count)" : "▲ \(count) moved up",
                                      class: "moved"))
            }
        }
        return chart(height: top + Double(report.ladder.count) * row, title: "Base people by rung, and who moved up", nodes)
    }

    // MARK: - Plan

    /// Each aim's planned share of aimed time beside its actual share.
    func plan(_ plan: [TimeReport.PlanLine]) -> Node<HTML.BodyContext> {
        let most = max(0.5, plan.flatMap { [$0.planned, $0.actual ?? 0] }.max() ?? 0.5)
        let scale = (most * 10).rounded(.up) / 10
        let top = 22.0, group = 46.0
        let span = barMax + (narrow ? 0 : 20)
        let height = top + Double(plan.count) * group + 8
        var nodes: [SVG.Content] = [
            SVG.rect(x: labelWidth, y: 2, width: 12, height: 10, class: "plan-planned", rounded: false),
            SVG.text(x: labelWidth + 18, y: 12, "planned", class: "axis"),
            SVG.rect(x: labelWidth + 90, y: 2, width: 12, height: 10, class: "plan-actual", rounded: false),
            SVG.text(x: labelWidth + 108, y: 12, "actual", class: "axis"),
        ]
        for (index, line) in plan.enumerated() {
            let y = top + Double(index) * group
            let off = line.offPlan
            nodes.append(SVG.text(x: labelWidth - 8, y: y + 20, line.aim.rawValue, anchor: .end))
            nodes.append(SVG.rect(x: labelWidth, y: y, width: line.planned / scale * span, height: 15, class: "plan-planned"))
            nodes.append(SVG.text(x: labelWidth + line.planned / scale * span + 6, y: y + 12,
                                  narrow ? Wording.percent(line.planned) : "planned \(Wording.percent(line.planned))",
                                  class: "value muted"))
            let actual = line.actual ?? 0
            nodes.append(SVG.rect(x: labelWidth, y: y + 18, width: actual / scale * span, height: 15,
                                  class: off ? "plan-actual off-plan" : "plan-actual"))
            nodes.append(SVG.text(x: labelWidth + actual / scale * span + 6, y: y + 30,
                                  narrow ? Wording.percent(line.actual) : "actual \(Wording.percent(line.actual))",
                                  class: off ? "value strong" : "value"))
        }
        return chart(height: height, title: "Plan against actual, by aim", nodes)
    }

    // MARK: - Coverage

    /// One bar per group, split into one-to-one, one-to-many only and never reached, then the whole base.
    func coverage(_ report: CoverageReport) -> Node<HTML.BodyContext> {
        let rows = report.groups.map { ($0.name ?? "no group", $0.figures) } + [("whole base", report.total)]
        let legendRows = narrow ? 2.0 : 1.0
        let top = 10 + 16 * legendRows, row = 32.0
        let height = top + Double(rows.count) * row + 10
        var nodes: [SVG.Content] = []
        let legend = [("one-to-one", "cov-one"), ("one-to-many only", "cov-many"), ("never reached", "cov-never")]
        var legendX = narrow ? 0 : labelWidth, legendY = 2.0
        for (name, style) in legend {
            let room = Double(name.count) * 7 + 34
            if narrow && legendX + room > width {
                legendX = 0
                legendY += 16
            }
            nodes.append(SVG.rect(x: legendX, y: legendY, width: 12, height: 12, class: style, rounded: false))
            nodes.append(SVG.text(x: legendX + 18, y: legendY + 11, name, class: "axis"))
            legendX += room
        }
        for (index, (name, figures)) in rows.enumerated() {
            let y = top + Double(index) * row + (index == rows.count - 1 ? 6 : 0)
            nodes.append(SVG.text(x: labelWidth - 8, y: y + 16, SVG.fit(name, narrow ? 11 : 14), anchor: .end,
                                  class: index == rows.count - 1 ? "label strong" : "label"))
            let parts = [(figures.oneToOne, "cov-one"), (figures.onlyOneToMany, "cov-many"), (figures.notReached, "cov-never")]
            var x = labelWidth
            for (count, style) in parts where count > 0 {
                let segment = Double(count) / Double(max(1, figures.people)) * barMax
                nodes.append(SVG.rect(x: x, y: y, width: segment, height: 22, class: style, rounded: false))
                if segment >= 18 {
                    nodes.append(SVG.text(x: x + segment / 2, y: y + 15, String(count), anchor: .middle,
                                          class: style == "cov-never" ? "in-bar dark" : style == "cov-many" ? "in-bar light" : "in-bar"))
                }
                x += segment
            }
            let value = narrow ? Wording.percent(figures.share)
                : "\(figures.oneToOne) of \(figures.people) · \(Wording.percent(figures.share))"
            nodes.append(SVG.text(x: labelWidth + barMax + 6, y: y + 16, value, class: "value"))
        }
        return chart(height: height, title: "Coverage of the base by group", nodes)
    }

    // MARK: - Trend

    /// The plot area of the two trend charts: an axis on the left, one slot per period.
    private var plotLeft: Double { narrow ? 44 : 48 }
    private var plotWidth: Double { width - plotLeft - 10 }

    /// The period labels under a trend chart, thinned out so that they never overlap.
    private func periodLabels(_ report: TrendReport, _ weekStart: Settings.WeekStart, baseline: Double) -> [SVG.Content] {
        let slot = plotWidth / Double(max(1, report.periods.count))
        let every = max(1, Int((34 / slot).rounded(.up)))
        return report.periods.enumerated().compactMap { index, period in
            guard (report.periods.count - 1 - index) % every == 0 else { return nil }
            return SVG.text(x: plotLeft + slot * (Double(index) + 0.5), y: baseline + 16,
                            Charts.periodLabel(period, report.by, weekStart), anchor: .middle, class: "axis")
        }
    }

    /// People reached, period by period, as columns on their own scale.
    func trendPeople(_ report: TrendReport, weekStart: Settings.WeekStart) -> Node<HTML.BodyContext> {
        let top = 12.0, height = narrow ? 180.0 : 220.0, baseline = height - 26
        let plotHeight = baseline - top
        let slot = plotWidth / Double(max(1, report.periods.count))
        let mostPeople = report.periods.map(\.people).max() ?? 0
        let scale = Double(max(4, ((mostPeople + 3) / 4) * 4))
        var nodes: [SVG.Content] = []
        for step in 0...4 {
            let y = baseline - Double(step) / 4 * plotHeight
            nodes.append(SVG.line(x1: plotLeft, y1: y, x2: plotLeft + plotWidth, y2: y, class: "grid"))
            nodes.append(SVG.text(x: plotLeft - 6, y: y + 4, SVG.number(scale * Double(step) / 4), anchor: .end, class: "axis"))
        }
        for (index, period) in report.periods.enumerated() {
            let centre = plotLeft + slot * (Double(index) + 0.5)
            let barHeight = Double(period.people) / scale * plotHeight
            nodes.append(SVG.rect(x: centre - slot * 0.3, y: baseline - barHeight, width: slot * 0.6, height: barHeight,
                                  class: "trend-people", rounded: false))
            if period.people > 0 && slot >= 22 {
                nodes.append(SVG.text(x: centre, y: baseline - 6, String(period.people), anchor: .middle, class: "in-bar dark"))
            }
        }
        return chart(height: height, title: "People reached, period by period",
                     nodes + periodLabels(report, weekStart, baseline: baseline))
    }

    /// The base share, period by period, as a line on a 0–100% scale, with the goal on the same scale.
    func trendShare(_ report: TrendReport, weekStart: Settings.WeekStart) -> Node<HTML.BodyContext> {
        let goal = report.baseShareGoal
        let top = 12.0, height = narrow ? 180.0 : 220.0, baseline = height - 26
        let plotHeight = baseline - top
        let slot = plotWidth / Double(max(1, report.periods.count))
        var nodes: [SVG.Content] = []
        for step in 0...4 {
            let y = baseline - Double(step) / 4 * plotHeight
            nodes.append(SVG.line(x1: plotLeft, y1: y, x2: plotLeft + plotWidth, y2: y, class: "grid"))
            nodes.append(SVG.text(x: plotLeft - 6, y: y + 4, "\(step * 25)%", anchor: .end, class: "axis"))
        }
        let goalY = baseline - goal * plotHeight
        nodes.append(SVG.line(x1: plotLeft, y1: goalY, x2: plotLeft + plotWidth, y2: goalY, class: "goal"))
        nodes.append(SVG.text(x: plotLeft + plotWidth - 4, y: goalY - 5, "goal \(Wording.percent(goal))", anchor: .end,
                              class: "goal-label"))
        var points: [[(Double, Double)]] = [[]]
        for (index, period) in report.periods.enumerated() {
            let centre = plotLeft + slot * (Double(index) + 0.5)
            if let share = period.baseShare {
                points[points.count - 1].append((centre, baseline - share * plotHeight))
            } else if !points[points.count - 1].isEmpty {
                points.append([])
            }
        }
        for run in points where run.count > 1 { nodes.append(SVG.polyline(run, class: "trend-line")) }
        for (index, period) in report.periods.enumerated() {
            guard let share = period.baseShare else { continue }
            let centre = plotLeft + slot * (Double(index) + 0.5)
            nodes.append(SVG.circle(x: centre, y: baseline - share * plotHeight, radius: 4,
                                    class: period.meetsGoal == false ? "trend-dot below-goal" : "trend-dot"))
        }
        return chart(height: height, title: "Base share, period by period, against the goal",
                     nodes + periodLabels(report, weekStart, baseline: baseline))
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
