/// The top of the text report: the answer to the seed's test ("who will this work have us spending the
/// most time with?"), the base share of the weeks before, the period, and the journal; or, for a period
/// with no entry, where the entries are.
extension TextRenderer {
    /// "Most of this week's person-time went to the base: 62%, goal 60%." and the 8-week sparkline.
    func opening(_ time: TimeReport, trend: [FullReport.WeekShare], _ header: ReportHeader) -> [String] {
        var lines = [answer(time, header)]
        if !trend.isEmpty {
            lines.append(trendLine(trend, goal: time.baseShareGoal, header))
        }
        return lines
    }

    /// The sentence that answers the seed's test for the period.
    func answer(_ time: TimeReport, _ header: ReportHeader) -> String {
        let goal = time.baseShareGoal
        let goalText = Wording.percent(goal)
        guard let baseShare = time.baseShare, let most = time.mostTimeWith else {
            return "No time with people is recorded \(periodPhrase(header)), so there is no base share "
                + "to set against the goal of \(goalText)."
        }
        let subject = switch header.periodKind {
        case .week: "Most of this week's person-time"
        case .month: "Most of this month's person-time"
        case .range: "Most of the person-time \(periodPhrase(header))"
        }
        let meets = time.meetsGoal ?? false
        let base = mark(Wording.percent(baseShare, meets: meets, goal: goal), meets: meets)
        guard most != .base else {
            return "\(subject) went to the base: \(base), goal \(goalText)."
        }
        let theirs = Wording.percent(time.mostTimeWithShare)
        return "\(subject) went to \(TextRenderer.plural(most)) (\(theirs)); the base had \(base), goal \(goalText)."
    }

    /// `Base share, last 8 weeks: ▅▆▄·▇▆▅▇ (2026-W40 to 2026-W47; ▅ or taller meets the goal)`.
    func trendLine(_ trend: [FullReport.WeekShare], goal: Double, _ header: ReportHeader) -> String {
        let points = trend.map { Sparkline.Point(share: $0.baseShare, meetsGoal: $0.meetsGoal) }
        let first = Period(from: trend[0].from, to: trend[0].to).weekName(start: header.weekStart)
        let last = Period(from: trend[trend.count - 1].from, to: trend[trend.count - 1].to).weekName(start: header.weekStart)
        var key = "\(first) to \(last); \(Sparkline.levels[4]) or taller meets the goal"
        if points.contains(where: { $0.share == nil }) { key += ", \(Sparkline.gap) no time with people" }
        return "Base share, last \(trend.count) weeks: \(Sparkline.line(points, goal: goal, style: style)) (\(key))"
    }

    /// A share coloured by whether it meets its goal.
    func mark(_ text: String, meets: Bool) -> String { meets ? style.good(text) : style.warning(text) }

    /// The period and the as-of day, the filters, then the journal line.
    func periodLines(_ header: ReportHeader, period: Bool = true) -> [String] {
        var lines: [String] = []
        let asOf = "as of \(TextFigures.dayWithYear(header.asOf))"
        if period {
            lines.append("\(periodName(header)), \(asOf).")
        } else {
            lines.append("As of \(TextFigures.dayWithYear(header.asOf)).")
        }
        if let filters = filterLine(header) { lines.append(filters) }
        return lines + journalLines(header, inPeriod: period)
    }

    /// `Week 2026-W47 (16–22 Nov 2026)`, `November 2026`, `16 Nov – 3 Dec 2026`.
    func periodName(_ header: ReportHeader) -> String {
        switch header.periodKind {
        case .week(let name): "Week \(name) (\(TextFigures.range(header.period)))"
        case .month: TextFigures.month(header.period.from)
        case .range: TextFigures.range(header.period)
        }
    }

    /// `this week`, `this month`, `from 16 Nov to 3 Dec 2026`.
    func periodPhrase(_ header: ReportHeader) -> String {
        switch header.periodKind {
        case .week: "this week"
        case .month: "this month"
        case .range:
            header.period.from == header.period.to
                ? "on \(TextFigures.date(header.period.from))"
                : "from " + TextFigures.range(header.period, joinedBy: " to ")
        }
    }

    /// `Only entries by alex, of the struggle nurses.`; nil without filters.
    func filterLine(_ header: ReportHeader) -> String? {
        var parts: [String] = []
        if let author = header.author { parts.append("by \(author)") }
        if let struggle = header.struggle { parts.append("of the struggle \(struggle)") }
        if let person = header.person { parts.append("mentioning \(person)") }
        if let tag = header.tag { parts.append("tagged \(tag)") }
        if let group = header.group { parts.append("mentioning someone of \(group)") }
        guard !parts.isEmpty else { return nil }
        return "Only entries " + parts.joined(separator: ", ") + "."
    }

    /// `Journal: 33 entries read, 7 of them this week; no problems found.`
    func journalLines(_ header: ReportHeader, inPeriod: Bool) -> [String] {
        var line = "Journal: \(counted(header.entries, "entry", "entries")) read"
        if inPeriod {
            let phrase = header.periodKind == .range ? "in the period" : periodPhrase(header)
            let matching = header.isFiltered ? " and matching" : ""
            line += header.entriesInPeriod == 0
                ? ", none of them \(phrase)\(matching)"
                : ", \(header.entriesInPeriod) of them \(phrase)\(matching)"
        }
        if header.leftOut > 0 {
            line += "; \(counted(header.leftOut, "file")) left out for errors"
        }
        if header.errors + header.warnings == 0 {
            line += "; no problems found."
        } else {
            let problems = "\(counted(header.errors, "error")) and \(counted(header.warnings, "warning"))"
            line += "; " + (header.errors > 0 ? style.error(problems) : style.warning(problems))
                + ": run basework check\(rerunJournal)."
        }
        return [line]
    }

    /// Said plainly when the period holds no entry, with the nearest week that has some.
    func emptyPeriod(_ header: ReportHeader, command: String) -> [String] {
        let filtered = header.isFiltered
        let subject = filtered ? "No entry matching the filters is" : "No entry is"
        let place = switch header.periodKind {
        case .week(let name): "in week \(name) (\(TextFigures.range(header.period)))"
        case .month: "in \(TextFigures.month(header.period.from))"
        case .range: "\(periodPhrase(header))"
        }
        var lines = ["\(subject) dated \(place)."]
        if let nearest = header.nearestWeek, let name = header.nearestWeekName {
            lines.append("The nearest week with entries is \(name) (\(TextFigures.range(nearest))); "
                + "to see it: basework \(command)\(rerun) --week \(name)")
        } else if header.entries == 0 {
            lines.append("The journal has no entries yet: basework new\(rerunJournal) writes one.")
        } else {
            lines.append("No entry in the journal matches the filters.")
        }
        return lines
    }

    /// A role as people: `the base`, `staff`, `officers`, `people from outside`.
    static func plural(_ role: Role) -> String {
        switch role {
        case .base: "the base"
        case .staff: "staff"
        case .officer: "officers"
        case .professional: "professionals"
        case .outside: "people from outside"
        case .comrade: "comrades"
        case .opponent: "opponents"
        case .other: "other people"
        }
    }
}
