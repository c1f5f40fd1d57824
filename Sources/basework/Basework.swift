import ArgumentParser
import Basework

/// The `basework` command: reads an organizing journal and answers the seed's questions.
@main
struct BaseworkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "basework")
}
