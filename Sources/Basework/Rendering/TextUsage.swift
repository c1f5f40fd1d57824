/// `basework tags` and `basework struggles` as text: one aligned row per tag or struggle.
public enum TextUsage {
    public static func render(_ report: UsageReport, style: TerminalStyle) -> String {
        let noun = report.kind == .tags ? "tag" : "struggle"
        guard !report.uses.isEmpty else { return "No entry in the journal has a \(noun)." }
        var table = TextTable([.left(noun == "tag" ? "Tag" : "Struggle"), .right("Entries"), .left("Last")])
        for use in report.uses { table.add([use.name, "\(use.entries)", use.last.description]) }
        return table.lines(style).map(TextTable.trimmed).joined(separator: "\n")
    }
}
