import Foundation

/// The man pages under `Docs/man/`, made from the binary's own description of its commands
/// (`basework --experimental-dump-help`) and the sections that `--help` has no place for: EXAMPLES,
/// FILES, ENVIRONMENT and EXIT STATUS. `basework.1` for the tool, `basework-report.1` and so on for
/// each command, as git and hledger name theirs. `ManualPageTests` checks them; `Scripts/update-man`
/// writes them.
enum ManualPages {
    /// The part of ArgumentParser's tool description that the pages use.
    struct Tool: Decodable {
        var command: Command
    }

    struct Command: Decodable {
        var commandName: String
        var abstract: String?
        var discussion: String?
        var arguments: [Argument]?
        var subcommands: [Command]?
    }

    struct Argument: Decodable {
        struct Name: Decodable {
            var kind: String
            var name: String
        }
        var kind: String
        var names: [Name]?
        var valueName: String?
        var abstract: String?
        var shouldDisplay: Bool
    }

    /// Every page by file name.
    static func pages(_ tool: Tool) -> [String: String] {
        let root = tool.command
        let commands = (root.subcommands ?? []).filter { $0.commandName != "help" }
        var pages = ["basework.1": page(root, name: "basework", subcommands: commands)]
        for command in commands {
            pages["basework-\(command.commandName).1"] = page(command, name: "basework-\(command.commandName)", subcommands: [])
        }
        return pages
    }

    static func page(_ command: Command, name: String, subcommands: [Command]) -> String {
        let words = name == "basework" ? "basework" : "basework \(command.commandName)"
        var lines = [".TH \(name.uppercased()) 1 \"\" \"basework 0.1.0\" \"basework manual\"", ".SH NAME",
                     "\(escape(name)) \\- \(escape(command.abstract ?? ""))", ".SH SYNOPSIS"]
        let shown = (command.arguments ?? []).filter(\.shouldDisplay)
        if subcommands.isEmpty {
            let positional = shown.filter { $0.kind == "positional" }.map { "[\\fI\($0.valueName ?? "")\\fR]" }
            lines.append(".B \(words)\n[\\fIoptions\\fR] \(positional.joined(separator: " "))")
        } else {
            lines.append(".B basework\n\\fIcommand\\fR [\\fIoptions\\fR] [\\fIjournal\\fR]")
        }
        lines.append(".SH DESCRIPTION")
        lines.append(escape(command.abstract ?? ""))
        if let discussion = command.discussion { lines += [".PP", escape(discussion)] }
        if !subcommands.isEmpty {
            lines.append(".SH COMMANDS")
            for sub in subcommands {
                lines += [".TP", "\\fBbasework-\(sub.commandName)\\fR(1)", escape(sub.abstract ?? "")]
            }
        }
        let arguments = shown.filter { $0.kind == "positional" }
        if !arguments.isEmpty {
            lines.append(".SH ARGUMENTS")
            for argument in arguments { lines += [".TP", "\\fI\(argument.valueName ?? "")\\fR", escape(argument.abstract ?? "")] }
        }
        let options = shown.filter { $0.kind != "positional" }
        if !options.isEmpty {
            lines.append(".SH OPTIONS")
            for option in options {
                let names = (option.names ?? []).map { ($0.kind == "long" ? "\\-\\-" : "\\-") + escape($0.name) }
                let value = option.kind == "option" ? " \\fI\(escape(option.valueName ?? ""))\\fR" : ""
                lines += [".TP", "\\fB" + names.joined(separator: "\\fR, \\fB") + "\\fR" + value, escape(option.abstract ?? "")]
            }
        }
        lines.append(".SH EXAMPLES")
        for (text, example) in examples[command.commandName] ?? examples["basework"]! {
            lines += [".PP", escape(text), ".PP", ".RS", ".nf", escape(example), ".fi", ".RE"]
        }
        lines += [".SH FILES",
                  ".TP", "\\fIpeople.yml\\fR", "The roster at the journal's root: who is who, their role, group and aliases.",
                  ".TP", "\\fIbasework.yml\\fR", "The settings at the journal's root: week start, goals, plan, activities.",
                  ".TP", "\\fI.basework/\\fR", "What basework has read, kept to read faster next time; always safe to delete.",
                  ".SH ENVIRONMENT",
                  ".TP", "\\fBBASEWORK_JOURNAL\\fR", "The journal folder when none is given (default: the current folder).",
                  ".TP", "\\fBNO_COLOR\\fR", "When set and not empty, text output has no colour.",
                  ".TP", "\\fBVISUAL\\fR, \\fBEDITOR\\fR", "The editor that \\fBbasework new \\-\\-edit\\fR opens, VISUAL first.",
                  ".SH EXIT STATUS",
                  ".TP", "0", "The command did its work.",
                  ".TP", "1", "\\fBcheck\\fR found an error, or any diagnostic with \\fB\\-\\-strict\\fR; or the editor failed without a status.",
                  ".TP", "2", "A usage error, a journal root that cannot be read, or a folder that is not a journal.",
                  ".SH SEE ALSO"]
        let related = name == "basework" ? subcommands.map { "basework-\($0.commandName)" } : ["basework"]
        lines.append(related.map { "\\fB\($0)\\fR(1)" }.joined(separator: ", "))
        return lines.joined(separator: "\n") + "\n"
    }

    /// Text that roff would otherwise read as a request or an escape.
    static func escape(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            let escaped = line.replacingOccurrences(of: "\\", with: "\\e").replacingOccurrences(of: "-", with: "\\-")
            return escaped.hasPrefix(".") || escaped.hasPrefix("'") ? "\\&" + escaped : escaped
        }.joined(separator: "\n")
    }

    /// A few uses of each command: what it does, then the command line.
    static let examples: [String: [(String, String)]] = [
        "basework": [("The Monday reflection on last week:", "basework report ~/journal --week last"),
                     ("Start a journal and write the first entry:", "basework init ~/journal\nbasework new ~/journal --activity call --edit")],
        "report": [("Last week, as one HTML file to share:", "basework report ~/journal --week last -o week.html"),
                   ("This month, only entries that mention Maria:", "basework report ~/journal --month --person maria-g")],
        "reach": [("Who we reached since the first of the month:", "basework reach ~/journal --from 2026-11-01")],
        "depth": [("Who moved up the ladder last week:", "basework depth ~/journal --week last")],
        "followups": [("What is pending today, as CSV:", "basework followups ~/journal -F csv")],
        "time": [("Where last month's time went, for one struggle:", "basework time ~/journal --month last --struggle riverside-nurses")],
        "justify": [("Which entries of last week still need a why:", "basework justify ~/journal --week last")],
        "coverage": [("How much of each group we have reached:", "basework coverage ~/journal")],
        "trend": [("The last twelve weeks:", "basework trend ~/journal --weeks 12"),
                  ("The last six months, as JSON:", "basework trend ~/journal --months 6 -F json")],
        "people": [("Everyone in one group:", "basework people ~/journal --group '4 West nights'")],
        "person": [("Maria's timeline:", "basework person maria-g ~/journal")],
        "tags": [("Every tag, most used first:", "basework tags ~/journal")],
        "struggles": [("Every struggle, as JSON:", "basework struggles ~/journal -F json")],
        "check": [("Every problem, failing on warnings too:", "basework check ~/journal --strict")],
        "new": [("Yesterday's picket, opened in the editor:", "basework new ~/journal --date yesterday --activity picket --edit")],
        "init": [("A new journal in ~/journal:", "basework init ~/journal")],
    ]
}
