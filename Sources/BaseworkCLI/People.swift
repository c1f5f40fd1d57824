import ArgumentParser
import Basework

/// `basework people`: everyone known, judged on the as-of day.
struct People: ReportCommand {
    static let configuration = CommandConfiguration(
        commandName: "people",
        abstract: "Everyone known: role, standing, depth, first met, last one-to-one, open follow-ups.")
    @OptionGroup var options: ReportOptions<AsOfOptions, TableFormat>

    func body(_ run: ReportRun) -> ReportDocument.Body { .people(PeopleReport(run.input)) }
}
