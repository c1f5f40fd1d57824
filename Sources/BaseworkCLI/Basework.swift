import ArgumentParser
import Basework
import Foundation

/// The `basework` command: reads an organizing journal and answers the seed's questions.
/// It only dispatches; each subcommand is its own file.
public struct BaseworkCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "basework",
        abstract: "Who did we reach, how deeply, what follow-up is pending, and who did our time go to?",
        discussion: "basework reads a journal of Markdown files and never sends anything anywhere.",
        version: "0.1.0",
        subcommands: [Report.self, Reach.self, Depth.self, FollowUps.self, Time.self, Justify.self, Coverage.self,
                      Trend.self, People.self, PersonTimeline.self, Tags.self, Struggles.self, Check.self, New.self,
                      Init.self, LanguageServerCommand.self])

    public init() {}

    /// Parses and runs the command; a usage error exits 2, as REPORTS.md asks, not ArgumentParser's 64,
    /// with a suggestion when a subcommand looks mistyped.
    public static func main() {
        let given = Array(CommandLine.arguments.dropFirst())
        let arguments = given.first == "---completion" ? given : BareValues.filling(given)
        do {
            var command = try parseAsRoot(arguments)
            try command.run()
        } catch {
            if exitCode(for: error) == .validationFailure {
                Output.error(Suggestion.replacing(given) ?? fullMessage(for: error))
                if let suggestion = Suggestion.after(given) { Output.error(suggestion) }
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}
