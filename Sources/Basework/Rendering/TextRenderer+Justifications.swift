/// The justifications section of the text report: the entries that need one and have none first, with
/// the rules that apply, then those that have one, quoted in full.
extension TextRenderer {
    func justifications(_ report: JustificationsReport, _ header: ReportHeader) -> [String] {
        var lines = [heading("Justifications", "is it justified?")]
        guard report.required > 0 else {
            lines.append("  No entry \(periodPhrase(header)) needs a justification.")
            return lines
        }
        let missing = report.missing.isEmpty ? "none is missing" : "\(report.missing.count) missing"
        lines.append("  \(counted(report.required, "entry", "entries")) \(periodPhrase(header)) "
            + "\(report.required == 1 ? "needs" : "need") a justification: \(missing).")
        lines.append("")
        lines += list("Missing", report.missing.count)
        if !report.missing.isEmpty {
            lines += items(report.missing, header, quoted: false)
        }
        lines += list("Given", report.given.count)
        if !report.given.isEmpty {
            lines += items(report.given, header, quoted: true)
        }
        return lines
    }

    func items(_ items: [JustificationsReport.Item], _ header: ReportHeader, quoted: Bool) -> [String] {
        var table = TextTable([.left("Date"), .right("Base share"), .left("Rules"), .left("Entry")],
                              indent: 4)
        for item in items {
            var notes = ["  " + style.dim(item.entry)]
            if quoted, let text = item.text {
                let wrapped = TextWrap.lines(text, width: max(30, width - 8))
                notes += wrapped.enumerated().map { index, line in
                    (index == 0 ? "  “" : "   ") + line + (index == wrapped.count - 1 ? "”" : "")
                }
            }
            table.add([TextFigures.day(item.date), item.baseShare.map(Wording.percent) ?? "–",
                       item.rules.map { rule(for: $0, item) }.joined(separator: ", "),
                       item.title ?? item.entry], notes: notes)
        }
        return table.lines(style)
    }

    /// A rule by its name in the settings; `aims-outside` with the aim it found.
    func rule(for rule: JustificationRule, _ item: JustificationsReport.Item) -> String {
        guard rule == .aimsOutside, let aim = item.aim else { return rule.rawValue }
        return "\(rule.rawValue) (\(aim.aim.rawValue)\(aim.isInferred ? ", inferred" : ""))"
    }
}
