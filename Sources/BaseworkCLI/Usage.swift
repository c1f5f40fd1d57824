import ArgumentParser
import Basework

/// The options of `tags` and `struggles`: the journal and text or JSON.
struct UsageOptions: ParsableArguments {
    @OptionGroup var journalArgument: JournalArgument
    @Option(name: [.customShort("F"), .long], help: ArgumentHelp("text (default) or json.", valueName: "text|json"))
    var format: ListFormat = .text

    func print(_ kind: UsageReport.Kind) throws {
        let report = UsageReport(try journalArgument.read(), kind)
        switch format {
        case .text: Output.print(TextUsage.render(report, style: Output.style()))
        case .json: Output.print(JSONRenderer.encode(report))
        }
    }
}

/// `basework tags`: every tag in the journal with its count of entries and last date.
struct Tags: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tags",
        abstract: "Every tag (front matter tags and free hashtags) with its number of entries and last date.")
    @OptionGroup var options: UsageOptions

    func run() throws { try options.print(.tags) }
}

/// `basework struggles`: every struggle in the journal with its count of entries and last date.
struct Struggles: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "struggles",
        abstract: "Every struggle with its number of entries and last date.")
    @OptionGroup var options: UsageOptions

    func run() throws { try options.print(.struggles) }
}
