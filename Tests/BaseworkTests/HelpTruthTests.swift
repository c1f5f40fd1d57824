import ArgumentParser
import Foundation
import Testing
@testable import BaseworkCLI

/// Each command's help lists only what the command takes: every option and every format it names parses.
@Suite("Help that tells the truth")
struct HelpTruthTests {
    static let commands: [String] = BaseworkCommand.configuration.subcommands.compactMap { $0.configuration.commandName }

    /// The option lines of a command's help: each name (long and short) with its value placeholder, if any.
    static func options(_ command: String) throws -> [(names: [String], value: String?)] {
        let type = try #require(BaseworkCommand.configuration.subcommands.first { $0.configuration.commandName == command })
        let help = BaseworkCommand.helpMessage(for: type, columns: 500)
        let section = try #require(help.components(separatedBy: "OPTIONS:\n").last)
        return section.split(separator: "\n").compactMap { line in
            let words = line.split(separator: " ", omittingEmptySubsequences: true)
            guard line.hasPrefix("  -"), !words.isEmpty else { return nil }
            var names: [String] = []
            var value: String?
            for word in words {
                if word.hasPrefix("<") { value = String(word.dropFirst().dropLast()); break }
                guard word.hasPrefix("-") else { break }
                names.append(String(word.trimmingCharacters(in: CharacterSet(charactersIn: ","))))
            }
            return (names, value)
        }
    }

    /// A value the placeholder promises to take.
    static func sample(_ placeholder: String) -> [String] {
        switch placeholder {
        case "DATE": ["2026-11-20", "today", "yesterday"]
        case "N": ["3"]
        case "FILE": ["out.txt"]
        default:
            placeholder.contains("|")
                ? placeholder.split(separator: "|").map { ["YYYY-Www": "2026-W47", "YYYY-MM": "2026-11"][String($0)] ?? String($0) }
                : ["x"]
        }
    }

    @Test("every option a command's help lists, with every value its placeholder names, is accepted", arguments: commands)
    func listedOptionsParse(_ command: String) throws {
        let options = try HelpTruthTests.options(command).filter { !["--help", "--version"].contains($0.names.last) }
        #expect(!options.isEmpty || command == "init")
        let start = [command] + (command == "person" ? ["maria"] : [])
        // Every name once with its first value (--weeks and --months apart: trend takes one of them), then each
        // further value alone: one parse per line keeps the test quick.
        var lines: [[String]] = [start, start]
        for option in options {
            let values = option.value.map(HelpTruthTests.sample) ?? []
            let line = option.names.last == "--months" ? lines.count : option.names.count > 1 ? 1 : 0
            if line == lines.count { lines.append(start) }
            lines[line] += [option.names.last!] + values.prefix(1)
            if option.names.count > 1 { lines[0] += [option.names[0]] + values.prefix(1) }
            for value in values.dropFirst() { lines.append(start + [option.names.last!, value]) }
        }
        for line in lines {
            #expect(throws: Never.self, "\(line)") { _ = try BaseworkCommand.parseAsRoot(BareValues.filling(line, fileExists: { _ in false })) }
        }
    }

    @Test("only the one-table commands offer csv; trend lists no --from or --to")
    func formats() throws {
        for command in HelpTruthTests.commands {
            let format = try HelpTruthTests.options(command).first { $0.names.contains("--format") }
            let offersCSV = format?.value?.contains("csv") ?? false
            #expect(offersCSV == ["people", "time", "followups", "coverage", "trend"].contains(command), "\(command)")
        }
        let trend = try HelpTruthTests.options("trend").flatMap(\.names)
        #expect(!trend.contains("--from") && !trend.contains("--to") && trend.contains("--week"))
        #expect(throws: (any Error).self) { _ = try BaseworkCommand.parseAsRoot(["report", "--format", "csv"]) }
    }

    @Test("a mistyped subcommand gets the nearest one; a far one gets none")
    func didYouMean() {
        #expect(Suggestion.after(["reprot", "J"]) == "Did you mean `basework report`?")
        #expect(Suggestion.after(["strugles"]) == "Did you mean `basework struggles`?")
        #expect(Suggestion.after(["cov"]) == "Did you mean `basework coverage`?")
        #expect(Suggestion.after(["report"]) == nil)
        #expect(Suggestion.after(["xyzzy"]) == nil)
    }
}
