/// The follow-ups section of the text report: what is overdue first, then what is open, the
/// first-timers owed a one-to-one, the people going cold, and what was satisfied or done.
/// Every item says where it is written (`path:line`) so that it can be opened.
extension TextRenderer {
    func followUps(_ report: FollowUpsReport, _ header: ReportHeader) -> [String] {
        var lines = [heading("Follow-ups", "what is pending on \(TextFigures.dayWithYear(header.asOf))?")]
        lines += overdue(report.overdue, header)
        lines += open(report.open, header)
        lines += firstTimers(report.firstTimers, header)
        lines += goingCold(report.goingCold, header)
        lines += satisfied(report.satisfied, header)
        lines += done(report.done, header)
        return lines
    }

    /// Follow-ups by due date, the longest overdue or soonest due first (what to do next), otherwise in
    /// the report's order (date, path, line).
    static func byDue(_ items: [FollowUpsReport.Item]) -> [FollowUpsReport.Item] {
        items.enumerated().sorted { ($0.element.due, $0.offset) < ($1.element.due, $1.offset) }.map(\.element)
    }

    /// Who a follow-up names, by display name; `–` when it names no one.
    func names(_ handles: [String], _ header: ReportHeader) -> String {
        handles.isEmpty ? "–" : handles.map { header.name($0) }.joined(separator: ", ")
    }

    /// The heading of one list, with `none.` when it is empty.
    func list(_ name: String, _ count: Int) -> [String] {
        count == 0 ? [subheading(name) + ": none."] : [subheading(name, count: count)]
    }

    func overdue(_ items: [FollowUpsReport.Item], _ header: ReportHeader) -> [String] {
        let lines = list("Overdue", items.count)
        guard !items.isEmpty else { return lines }
        var table = TextTable([.right("Late"), .left("Due"), .left("With"), .left("Follow-up")], notesColumn: 3, indent: 4)
        for item in TextRenderer.byDue(items) {
            let late = item.daysOverdue.map { counted($0, "day") } ?? ""
            table.add([style.error(late), TextFigures.day(item.due, near: header.asOf), names(item.people, header), item.text],
                      notes: [style.dim("\(item.entry):\(item.line)")])
        }
        return lines + table.lines(style)
    }

    func open(_ items: [FollowUpsReport.Item], _ header: ReportHeader) -> [String] {
        let lines = list("Open", items.count)
        guard !items.isEmpty else { return lines }
        var table = TextTable([.left("Due"), .left("With"), .left("Follow-up")], notesColumn: 2, indent: 4)
        for item in TextRenderer.byDue(items) {
            let due = item.due == header.asOf ? "today" : TextFigures.day(item.due, near: header.asOf)
            table.add([due, names(item.people, header), item.text], notes: [style.dim("\(item.entry):\(item.line)")])
        }
        return lines + table.lines(style)
    }

    func firstTimers(_ items: [FollowUpsReport.FirstTimerItem], _ header: ReportHeader) -> [String] {
        let lines = list("First-timers owed a one-to-one", items.count)
        guard !items.isEmpty else { return lines }
        var table = TextTable([.left("Name"), .left("Handle"), .left("First action"), .left("One-to-one due by"),
                               .left("")], notesColumn: 2, indent: 4)
        for item in items {
            let state = item.state == .overdue ? style.error("overdue") : ""
            table.add([header.name(item.handle), "@" + item.handle, TextFigures.day(item.date, near: header.asOf),
                       TextFigures.day(item.dueBy, near: header.asOf), state], notes: [style.dim(item.entry)])
        }
        return lines + table.lines(style)
    }

    func goingCold(_ items: [FollowUpsReport.ColdItem], _ header: ReportHeader) -> [String] {
        let lines = list("Going cold", items.count)
        guard !items.isEmpty else { return lines }
        var table = TextTable([.left("Name"), .left("Handle"), .left("Last one-to-one"), .right("Days ago")], indent: 4)
        for item in items {
            table.add([header.name(item.handle), "@" + item.handle, TextFigures.dayWithYear(item.lastOneToOne),
                       String(item.days)])
        }
        return lines + table.lines(style)
    }

    func satisfied(_ items: [FollowUpsReport.Item], _ header: ReportHeader) -> [String] {
        let lines = list("Satisfied \(periodPhrase(header))", items.count)
        guard !items.isEmpty else { return lines }
        var table = TextTable([.left("Written"), .left("With"), .left("Follow-up")], notesColumn: 2, indent: 4)
        for item in items {
            var notes = [style.dim("\(item.entry):\(item.line)")]
            if let by = item.by { notes.append(style.dim("one-to-one in \(by)")) }
            table.add([TextFigures.day(item.date, near: header.asOf), names(item.people, header), item.text], notes: notes)
        }
        return lines + table.lines(style)
    }

    func done(_ items: [FollowUpsReport.Item], _ header: ReportHeader) -> [String] {
        let lines = list("Ticked done \(periodPhrase(header))", items.count)
        guard !items.isEmpty else { return lines }
        var table = TextTable([.left("Written"), .left("With"), .left("Follow-up")], notesColumn: 2, indent: 4)
        for item in items {
            table.add([TextFigures.day(item.date, near: header.asOf), names(item.people, header), item.text],
                      notes: [style.dim("\(item.entry):\(item.line)")])
        }
        return lines + table.lines(style)
    }
}
