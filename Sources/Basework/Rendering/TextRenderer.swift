/// Renders reports as text for a person reflecting on their week at a terminal: the answer to the
/// seed's test first, then the period and the journal, then each section as an aligned table.
///
/// Every figure comes from the report values; this only formats them. Colour comes from `style` alone,
/// and the text reads the same without it. Nothing is cut short: long text is wrapped, lists are whole.
public struct TextRenderer {
    public var style: TerminalStyle
    /// Where free text (justifications, name lists) is wrapped.
    public var width = 78
    /// What the hints add after a suggested report command so that it reads the same journal the same
    /// way (` ~/journal --as-of 2026-11-24`, already shell-quoted); empty when nothing was given.
    public var rerun: String
    /// The journal alone, as given (` ~/journal`), for hints to `check` and `new`.
    public var rerunJournal: String

    public init(style: TerminalStyle, rerun: String = "", rerunJournal: String = "") {
        self.style = style
        self.rerun = rerun
        self.rerunJournal = rerunJournal
    }

    public func render(_ document: ReportDocument) -> String {
        let header = document.header
        let empty = header.entriesInPeriod == 0
        var blocks: [[String]] = header.redacted ? [[ReportWording.redactedNotice]] : []
        switch document.body {
        case .full(let report):
            if empty {
                blocks.append(emptyPeriod(header, command: "report"))
                blocks.append(periodLines(header))
                blocks.append(followUps(report.followUps, header))
            } else {
                blocks.append(opening(report.time, trend: report.baseShareTrend, header))
                blocks.append(periodLines(header))
                blocks.append(reach(report.reach, header))
                blocks.append(depth(report.depth, header))
                blocks.append(followUps(report.followUps, header))
                blocks.append(time(report.time, header, opening: false))
                blocks.append(justifications(report.justifications, header))
                blocks.append(coverage(report.coverage, header))
            }
        case .reach(let report):
            blocks += section(header, command: "reach", empty ? nil : reach(report, header))
        case .depth(let report):
            blocks += section(header, command: "depth", depth(report, header), keptWhenEmpty: true)
        case .followUps(let report):
            blocks += section(header, command: "followups", followUps(report, header), keptWhenEmpty: true)
        case .time(let report):
            blocks += section(header, command: "time", empty ? nil : time(report, header, opening: true))
        case .justifications(let report):
            blocks += section(header, command: "justify", empty ? nil : justifications(report, header))
        case .coverage(let report):
            blocks += section(header, command: "coverage", coverage(report, header), keptWhenEmpty: true)
        case .trend(let report):
            blocks.append(journalLines(header, inPeriod: false))
            blocks.append(trend(report, header))
        case .people(let report):
            blocks.append(periodLines(header, period: false))
            blocks.append(people(report, header))
        case .person(let report):
            blocks.append(periodLines(header, period: false))
            blocks.append(person(report, header))
        }
        return blocks.filter { !$0.isEmpty }.map { $0.map(TextTable.trimmed).joined(separator: "\n") }
            .joined(separator: "\n\n")
    }

    /// A section command: the period, then the section, or the empty-period message when the period
    /// holds no entry (sections judged on the period's end or the as-of day still follow it).
    func section(_ header: ReportHeader, command: String, _ lines: [String]?, keptWhenEmpty: Bool = false)
        -> [[String]] {
        guard header.entriesInPeriod == 0 else { return [periodLines(header), lines ?? []] }
        return [emptyPeriod(header, command: command), periodLines(header)] + (keptWhenEmpty ? [lines ?? []] : [])
    }

    /// A section's heading: its name, and the question it answers.
    func heading(_ name: String, _ question: String) -> String {
        "\(style.bold(name)) — \(question)"
    }

    /// A sub-heading inside a section, with how many items follow.
    func subheading(_ name: String, count: Int? = nil) -> String {
        "  " + style.bold(name) + (count.map { " (\($0))" } ?? "")
    }

    /// Lines indented under a section.
    func indented(_ lines: [String], by spaces: Int = 2) -> [String] {
        let lead = String(repeating: " ", count: spaces)
        return lines.map { $0.isEmpty ? $0 : lead + $0 }
    }

    /// `Name (@handle)`, or `@handle` alone when no name is known.
    func label(_ handle: String, _ header: ReportHeader) -> String {
        let name = header.name(handle)
        return name == handle ? "@\(handle)" : "\(name) (@\(handle))"
    }
}
