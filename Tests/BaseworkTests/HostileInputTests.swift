import Foundation
import Testing
@testable import Basework

/// Hostile front matter: YAML that would explode, nest without end, or hold values no one meant.
/// Each case puts the hostile file beside a valid entry (see `expectHostile`).
@Suite("Hostile input: front matter", .timeLimit(.minutes(5)))
struct HostileFrontMatterTests {
    /// Nine anchors, each a list of nine aliases to the one before: 9^9 values once expanded.
    static let laughs: String = {
        var text = "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        var previous = "a"
        for name in ["b", "c", "d", "e", "f", "g", "h", "i"] {
            text += "\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ", ") + "]\n"
            previous = name
        }
        return text
    }()

    @Test("a billion-laughs alias bomb is refused where it passes the value limit")
    func aliasBomb() throws {
        // date on line 2, a..d on lines 3-6; the first alias of `e` (line 7, column 8) passes 10,000 values.
        try expectHostile(["h.md": entry("date: 2026-11-20\n" + Self.laughs)], rule: .yamlTooComplex, line: 7, column: 8)
    }

    @Test("an alias bomb used as a mapping key is refused before Yams hashes it")
    func aliasBombAsKey() throws {
        // Before the budget, hashing the key `*i` (9^9 values) never finished.
        try expectHostile(["h.md": entry("date: 2026-11-20\n" + Self.laughs + "? *i\n: boom\n")], rule: .yamlTooComplex, line: 7)
        // Anchors within the limit, and one key that takes it past.
        let yaml = "date: 2026-11-20\n" + Self.laughs.split(separator: "\n").prefix(4).joined(separator: "\n") + "\n? *d\n: boom\n"
        try expectHostile(["h.md": entry(yaml)], rule: .yamlTooComplex, line: 7, column: 3)
    }

    @Test("a small alias used as a key is read (aliases are fine within the limits)")
    func smallAliasKey() throws {
        let reading = try expectHostile(["h.md": entry("date: 2026-11-20\nduration: 1h\nx: &k [a, b]\n? *k\n: 1\n")])
        #expect(reading.entry("h.md") != nil)
    }

    @Test("50,000-deep flow nesting is refused at its line")
    func deepFlow() throws {
        let deep = String(repeating: "[", count: 50_000) + String(repeating: "]", count: 50_000)
        try expectHostile(["h.md": entry("date: 2026-11-20\nx: " + deep)], rule: .yamlTooComplex, line: 3)
        try expectHostile(["h.md": entry("date: 2026-11-20\nx: " + String(repeating: "{a: ", count: 50_000))],
                          rule: .yamlTooComplex, line: 3)
    }

    @Test("deep block sequences (`- - - ...`) and deep indentation are refused")
    func deepBlock() throws {
        try expectHostile(["h.md": entry("date: 2026-11-20\nx:\n" + String(repeating: "- ", count: 50_000) + "a")],
                          rule: .yamlTooComplex, line: 4)
        // One-space indentation per level: the 65th level is on file line 2 + 65.
        let indented = (0..<3000).map { String(repeating: " ", count: $0) + "k:" }.joined(separator: "\n")
        try expectHostile(["h.md": entry("date: 2026-11-20\n" + indented)], rule: .yamlTooComplex, line: 67)
        let stepped = (0..<200).map { String(repeating: "  ", count: $0) + "-" }.joined(separator: "\n")
        try expectHostile(["h.md": entry("date: 2026-11-20\nx:\n" + stepped)], rule: .yamlTooComplex)
    }

    @Test("nesting at the limit is read, on worker threads too (more files than one chunk)")
    func atTheLimit() throws {
        let scratch = ScratchJournal()
        defer { scratch.remove() }
        let depth = YAMLReader.maxDepth - 1  // the front matter map itself is one level
        let flow = String(repeating: "[", count: depth) + "x" + String(repeating: "]", count: depth)
        let block = (0..<depth).map { String(repeating: " ", count: $0 * 2) + "k\($0):" }.joined(separator: "\n") + " end"
        for index in 0..<200 {
            scratch.write("deep/\(index).md", entry("date: 2026-11-20\nduration: 1h\nflow: \(flow)\nblock:\n" + block.split(separator: "\n").map { "  " + $0 }.joined(separator: "\n"),
                                                     body: "\n" + String(repeating: "> ", count: 10_000) + "@bob #talked\n"))
        }
        let reading = try read(scratch)
        #expect(reading.journal.entries.count == 201, "\(reading.journal.diagnostics.prefix(3))")
        #expect(reading.inTime)
    }

    @Test("a front matter of 100,000 keys is refused at the value limit")
    func manyKeys() throws {
        let keys = (0..<100_000).map { "k\($0): v" }.joined(separator: "\n")
        let reading = try expectHostile(["h.md": entry("date: 2026-11-20\n" + keys)], rule: .yamlTooComplex, line: 5001)
        #expect(reading.diagnostics(in: "h.md").first?.message.contains("more than 10000 values") == true)
    }

    @Test("duplicate keys, a list where a date belongs, a day that does not exist")
    func badKeys() throws {
        try expectHostile(["h.md": entry("date: 2026-11-20\ndate: 2026-11-21")], rule: .duplicateKey, line: 3)
        try expectHostile(["h.md": entry("date: [2026-11-20]")], rule: .badDate, line: 2, column: 7)
        try expectHostile(["h.md": entry("date: 2026-02-30")], rule: .badDate, line: 2, column: 7)
    }

    @Test("negative, absurd and overflowing durations are bad-duration", arguments: [
        "-1h", "10000h", "25h", "1e400h", "99999999999999999999m", String(repeating: "9", count: 400) + "m",
        "h", "1.2.3h", "nanh", "infh", "1e400",
    ])
    func badDurations(_ written: String) throws {
        try expectHostile(["h.md": entry("date: 2026-11-20\nduration: \(written)")], rule: .badDuration, line: 3, column: 11)
    }

    @Test("`.5h` is half an hour and `1h90m` is 2h30m (minutes past 60 are added, not refused)")
    func oddDurations() throws {
        let half = try expectHostile(["h.md": entry("date: 2026-11-20\nduration: .5h")])
        #expect(half.entry("h.md")?.minutes == 30)
        let ninety = try expectHostile(["h.md": entry("date: 2026-11-20\nduration: 1h90m")])
        #expect(ninety.entry("h.md")?.minutes == 150)
    }

    @Test("negative, fractional and overflowing crowds are bad-value", arguments: [
        "-3", "1e12", "99999999999999999999", "1000001", "2.5", "0x10",
    ])
    func badCrowds(_ written: String) throws {
        try expectHostile(["h.md": entry("date: 2026-11-20\nduration: 1h\ncrowd: \(written)")], rule: .badValue, line: 4, column: 8)
    }

    @Test("an explicit time that overflows Int is an error, not a trap")
    func overflowingExplicitTime() throws {
        let body = "\n# Hostile\n\n- @bob (99999999999999999999m) #talked\n- @ann (" + String(repeating: "9", count: 400) + "m)\n"
        try expectHostile(["h.md": entry("date: 2026-11-20\nduration: 1h", body: body)], rule: .explicitTimeTooLong, line: 8, column: 8)
    }

    @Test("a long misspelled key costs no more than a short one")
    func longUnknownKeys() throws {
        let keys = (0..<4000).map { String(repeating: "x", count: 900) + "\($0): v" }.joined(separator: "\n")
        let reading = try expectHostile(["h.md": entry("date: 2026-11-20\nduration: 1h\n" + keys)])
        #expect(reading.entry("h.md") != nil)
    }

    @Test("roster and settings bombs are refused, and the entries are still read")
    func rosterAndSettingsBombs() throws {
        // A roster that cannot be read still exists, so the valid entry's @maria-g is an unknown person.
        let roster = try expectHostile(["people.yml": Self.laughs], rule: .yamlTooComplex, path: "people.yml", line: 5,
                                       validQuiet: false)
        #expect(roster.diagnostics(in: "valid.md").map(\.rule) == [.unknownPerson])
        try expectHostile(["basework.yml": Self.laughs], rule: .yamlTooComplex, path: "basework.yml", line: 5)
    }

    @Test("a roster alias claimed twice is an error at the later claim; the first keeps it")
    func aliasClaimedTwice() throws {
        let roster = "maria-g:\n  aliases: [mg]\nbob:\n  aliases: [mg]\n"
        let reading = try expectHostile(["people.yml": roster], rule: .aliasClaimed, path: "people.yml", line: 4, column: 13)
        #expect(reading.journal.roster.canonical("mg") == "maria-g")
    }
}
