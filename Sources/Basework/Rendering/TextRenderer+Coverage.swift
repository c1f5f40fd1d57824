/// The coverage section of the text report (union charting): group by group, how much of the base
/// was reached and talked with one-to-one, then everyone not reached yet and everyone reached only
/// one-to-many, by name.
extension TextRenderer {
    func coverage(_ report: CoverageReport, _ header: ReportHeader) -> [String] {
        var lines = [heading("Coverage", "how much of the base have we reached by \(TextFigures.dayWithYear(header.period.to))?")]
        guard report.total.people > 0 else {
            lines.append("  No base people yet: the roster lists none and no entry names anyone.")
            return lines
        }
        let inPeriod = header.periodKind == .range ? "In period" : (periodPhrase(header).prefix(1).uppercased()
            + periodPhrase(header).dropFirst())
        var table = TextTable([.left("Group"), .right("People"), .right("Reached"), .right(inPeriod),
                               .right("One-to-one"), .right("Share"), .left("")])
        func add(_ name: String, _ figures: CoverageReport.Figures) {
            table.add([name, String(figures.people), String(figures.reached), String(figures.reachedInPeriod),
                       String(figures.oneToOne), Wording.percent(figures.share), Bar.share(figures.share, width: 10)])
        }
        for group in report.groups { add(group.name ?? "(no group)", group.figures) }
        add(style.bold("All"), report.total)
        lines += table.lines(style)
        lines.append("  Share: people who had a one-to-one, of all the people in the group.")
        if header.isFiltered {
            lines.append("  Coverage looks at the whole journal: the filters do not narrow it.")
        }

        lines.append("")
        lines += people("Never reached", report.total.notReached, report.groups.map { ($0.name, $0.notReached) }, header)
        lines += people("Reached only one-to-many so far", report.total.onlyOneToMany,
                        report.groups.map { ($0.name, $0.onlyOneToMany) }, header)
        return lines
    }

    /// A list of people group by group, every name shown, wrapped.
    func people(_ title: String, _ count: Int, _ groups: [(String?, [String])], _ header: ReportHeader) -> [String] {
        var lines = list(title, count)
        guard count > 0 else { return lines }
        let shown = groups.filter { !$0.1.isEmpty }
        let nameWidth = shown.map { TextTable.width($0.0 ?? "(no group)") }.max() ?? 0
        for (name, handles) in shown {
            let group = name ?? "(no group)"
            let lead = "    " + group + String(repeating: " ", count: nameWidth - TextTable.width(group) + 2)
            let wrapped = TextWrap.list(handles.map { label($0, header) }, width: max(30, width - TextTable.width(lead)))
            for (index, line) in wrapped.enumerated() {
                lines.append((index == 0 ? lead : String(repeating: " ", count: TextTable.width(lead))) + line)
            }
        }
        return lines
    }
}
