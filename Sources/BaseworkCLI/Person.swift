import ArgumentParser
import Basework

/// `basework person HANDLE`: one person's timeline.
struct PersonTimeline: ReportCommand {
    static let configuration = CommandConfiguration(
        commandName: "person",
        abstract: "One person's timeline: interactions, follow-ups, depth over time.")
    @Argument(help: "The person's handle or alias (with or without @).", completion: .custom(Completions.handles))
    var handle: String
    @OptionGroup var options: ReportOptions<AsOfOptions, DocumentFormat>

    func body(_ run: ReportRun) throws -> ReportDocument.Body {
        var input = run.input
        input.subject = handle
        guard PersonReport.subject(input) != nil else {
            Output.error("basework: no one called \(handle) in this journal: not in people.yml and never mentioned (try `basework people\(run.journalArgument.rerunArguments)`)")
            throw ExitCode(2)
        }
        return .person(PersonReport(input))
    }
}
