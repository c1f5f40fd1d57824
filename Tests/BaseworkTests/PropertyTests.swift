import Foundation
import Testing
@testable import Basework

/// SplitMix64: a small seeded generator, so every property run sees the same journals and a failure
/// names the seed that reproduces it.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func chance(_ probability: Double) -> Bool { Double.random(in: 0..<1, using: &self) < probability }
    mutating func int(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &self) }
    mutating func pick<T>(_ items: [T]) -> T { items.randomElement(using: &self)! }
}

/// Random valid journals as model values: every handle on the roster, explicit times that fit the
/// duration, one interaction per person per entry, follow-ups with distinct lines. Everything it makes
/// can also be written as files (`JournalWriter`), so the same journals serve both generators.
struct JournalGenerator {
    var rng: SeededGenerator

    static let start = Day(year: 2026, month: 10, day: 1)!
    static let names = ["ana", "ben", "cara", "dan", "eve", "fay", "gil", "hal", "ida", "jon", "kim", "lea",
                        "maria-g", "pat-kim", "o_neil", "x.y"]
    static let freeTags = ["night-shift", "ward-4", "spanish", "rally"]
    static let struggles = ["riverside", "elm-street", "depot"]

    init(seed: UInt64) { rng = SeededGenerator(seed: seed) }

    mutating func roster() -> Roster {
        var people: [Person] = []
        var aliases: [String: String] = [:]
        for handle in Self.names where rng.chance(0.85) {
            var person = Person(handle: handle, role: rng.chance(0.6) ? .base : rng.pick(Role.allCases))
            if rng.chance(0.15) { person.standing = rng.pick(Standing.allCases) }
            if rng.chance(0.2) {
                let alias = "a-" + handle.filter(\.isLetter)
                person.aliases = [alias]
                aliases[alias] = handle
            }
            people.append(person)
        }
        if people.isEmpty { people = [Person(handle: "ana")] }
        return Roster(people: people, aliases: aliases, exists: true)
    }

    mutating func settings() -> Settings {
        var settings = Settings()
        if rng.chance(0.3) { settings.weekStart = .sunday }
        if rng.chance(0.5) { settings.followUpDays = rng.int(1...14) }
        if rng.chance(0.3) { settings.heatFollowUpDays = rng.int(1...14) }
        if rng.chance(0.3) { settings.coldAfterDays = rng.int(3...30) }
        if rng.chance(0.3) { settings.author = "alex" }
        return settings
    }

    /// A journal of `count` entries (random when nil), paths `e000.md`, `e001.md`, ... in generation order.
    mutating func journal(entries count: Int? = nil) -> Journal {
        let roster = roster()
        let settings = settings()
        let handles = roster.people.keys.sorted()
        let entries = (0..<(count ?? rng.int(1...12))).map { index in
            entry(path: String(format: "e%03d.md", index), handles: handles, settings: settings)
        }
        return Journal(entries: entries, roster: roster, settings: settings)
    }

    mutating func entry(path: String, handles: [String], settings: Settings) -> Entry {
        let date = Self.start.adding(days: rng.int(0...60))
        let minutes = Double(rng.chance(0.1) ? 0 : rng.int(1...24 * 60 / 5) * 5)
        var left = minutes
        var chosen = handles.shuffled(using: &rng).prefix(rng.int(0...min(6, handles.count)))
        var interactions: [Interaction] = []
        // People named in the body, then (last, as the reader orders them) the front matter `people` list.
        let listed = rng.chance(0.2) ? chosen.suffix(rng.int(0...2)) : []
        chosen = chosen.dropLast(listed.count)
        for handle in chosen {
            var interaction = Interaction(handle: handle, rung: rng.pick(Rung.allCases), firstTime: rng.chance(0.15))
            interaction.tags = Self.freeTags.filter { _ in rng.chance(0.1) }
            if rng.chance(0.35), left >= 1 {
                let explicit = Double(rng.int(1...Int(min(left, 120))))
                interaction.explicitMinutes = explicit
                left -= explicit
            }
            interactions.append(interaction)
        }
        interactions += listed.map { Interaction(handle: $0) }
        let followUps = (0..<(rng.chance(0.5) ? rng.int(1...3) : 0)).map { line in
            let people = Array(Set(handles.shuffled(using: &rng).prefix(rng.int(0...2)))).sorted()
            let due = rng.chance(0.4) ? date.adding(days: rng.int(0...20)) : date.adding(days: settings.followUpDays)
            return FollowUp(text: "", people: people, done: rng.chance(0.25), due: due, line: 100 + line)
        }
        return Entry(
            path: path, date: date, minutes: minutes,
            activity: rng.pick(Settings.builtInActivities),
            mode: rng.chance(0.15) ? .support : .building,
            aim: rng.chance(0.5) ? rng.pick(Aim.allCases) : nil,
            struggle: rng.chance(0.6) ? rng.pick(Self.struggles) : nil,
            crowd: rng.chance(0.25) ? rng.int(1...80) : 0,
            tags: rng.chance(0.1) ? ["heat"] : [],
            justification: rng.chance(0.2) ? "Because the shift needs it" : nil,
            author: rng.chance(0.2) ? rng.pick(["alex", "sam"]) : nil,
            interactions: interactions, followUps: followUps)
    }
}

/// Writes a generated journal as files, and gives back the entries exactly as the reader should read them
/// (lines, titles and follow-up texts filled in). The text of each entry depends only on `seed` and the
/// entry's place in the journal, so two layouts of one journal hold the same texts.
struct JournalWriter {
    let seed: UInt64
    /// For the order files are created in.
    var rng: SeededGenerator

    init(seed: UInt64) {
        self.seed = seed
        rng = SeededGenerator(seed: seed)
    }

    /// Writes under `root` with each entry at `place(entry)`, creating files in a shuffled order.
    mutating func write(_ journal: Journal, to root: URL, place: (Entry) -> String) throws -> [Entry] {
        let files = FileManager.default
        try files.createDirectory(at: root, withIntermediateDirectories: true)
        try roster(journal.roster).write(to: root.appendingPathComponent("people.yml"), atomically: false, encoding: .utf8)
        try settings(journal.settings).write(to: root.appendingPathComponent("basework.yml"), atomically: false, encoding: .utf8)
        var written: [(entry: Entry, text: String)] = []
        for (index, entry) in journal.entries.enumerated() {
            var entry = entry
            entry.path = place(entry)
            rng = SeededGenerator(seed: seed &+ UInt64(index) &* 0x1_0000)
            written.append(self.entry(&entry, roster: journal.roster, settings: journal.settings))
        }
        rng = SeededGenerator(seed: ~seed)
        for (entry, text) in written.shuffled(using: &rng) {
            let url = root.appendingPathComponent(entry.path)
            try files.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: false, encoding: .utf8)
        }
        return written.map(\.entry)
    }

    func roster(_ roster: Roster) -> String {
        roster.people.keys.sorted().map { handle in
            let person = roster.people[handle]!
            var lines = ["\(handle):", "  name: Name of \(handle)", "  role: \(person.role.rawValue)"]
            if let standing = person.standing { lines.append("  standing: \(standing.rawValue)") }
            if !person.aliases.isEmpty { lines.append("  aliases: [\(person.aliases.joined(separator: ", "))]") }
            return lines.joined(separator: "\n")
        }.joined(separator: "\n") + "\n"
    }

    func settings(_ settings: Settings) -> String {
        var lines = ["week-start: \(settings.weekStart.rawValue)", "follow-up-days: \(settings.followUpDays)",
                     "heat-follow-up-days: \(settings.heatFollowUpDays)", "cold-after-days: \(settings.coldAfterDays)"]
        if let author = settings.author { lines.append("author: \(author)") }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A handle as an organizer might write it: any case, or an alias.
    mutating func written(_ handle: String, _ roster: Roster) -> String {
        if let alias = roster.people[handle]?.aliases.first, rng.chance(0.5) { return alias }
        return rng.chance(0.3) ? handle.uppercased() : handle
    }

    /// A whole number of minutes as one of the ways FORMAT 2.1 allows; a bare number of hours only
    /// where `bareHours` (the front matter).
    mutating func duration(_ minutes: Double, bareHours: Bool = true) -> String {
        let whole = Int(minutes)
        switch (whole % 60, rng.int(0...2)) {
        case (0, 0) where whole > 0: return "\(whole / 60)h"
        case (0, 1) where bareHours: return "\(whole / 60)"
        case (let rest, 2) where whole >= 60: return "\(whole / 60)h\(rest)m"
        default: return "\(whole)m"
        }
    }

    /// The entry's file text; fills in what the text decides (lines, title, follow-up texts).
    mutating func entry(_ entry: inout Entry, roster: Roster, settings: Settings) -> (Entry, String) {
        var lines = ["---", "date: \(entry.date)", "duration: \(duration(entry.minutes))"]
        if let activity = entry.activity { lines.append("activity: \(activity)") }
        if entry.mode == .support || rng.chance(0.2) { lines.append("mode: \(entry.mode.rawValue)") }
        if let aim = entry.aim { lines.append("aim: \(aim.rawValue)") }
        if let struggle = entry.struggle { lines.append("struggle: \(struggle)") }
        if entry.crowd > 0 { lines.append("crowd: \(entry.crowd)") }
        if !entry.tags.isEmpty { lines.append("tags: [\(entry.tags.joined(separator: ", "))]") }
        if let justification = entry.justification { lines.append("justification: \(justification)") }
        if let author = entry.author { lines.append("author: \(author)") }
        // Only a trailing run of plain interactions can come from the `people` list (the reader adds
        // those after the body's); write some of it there.
        var fromList = 0
        for interaction in entry.interactions.reversed() {
            guard interaction.rung == .present, !interaction.firstTime, interaction.tags.isEmpty,
                  interaction.explicitMinutes == nil else { break }
            fromList += 1
        }
        fromList = fromList > 0 && rng.chance(0.7) ? rng.int(1...fromList) : 0
        let bodyInteractions = entry.interactions.dropLast(fromList).count
        if fromList > 0 {
            let handles = entry.interactions.suffix(fromList).map { written($0.handle, roster) }
            lines.append("people: [\(handles.joined(separator: ", "))]")
            for index in bodyInteractions..<entry.interactions.count { entry.interactions[index].line = lines.count }
        }
        lines += ["---", ""]
        entry.title = "Work on \(entry.date)"
        lines += ["# \(entry.title!)", "", "Some words about the day, with no one named in them.", ""]
        for index in 0..<bodyInteractions {
            let interaction = entry.interactions[index]
            var text = "- @\(written(interaction.handle, roster)): we spoke"
            if interaction.rung != .present || rng.chance(0.3) { text += " #\(interaction.rung.tag)" }
            if interaction.firstTime { text += " #first-time" }
            for tag in interaction.tags { text += " #\(tag)" }
            if let minutes = interaction.explicitMinutes { text += " (\(duration(minutes, bareHours: false)))" }
            entry.interactions[index].line = lines.count + 1
            lines.append(text)
        }
        if !entry.followUps.isEmpty {
            lines += ["", "## Follow-up", ""]
            for index in entry.followUps.indices {
                let followUp = entry.followUps[index]
                var text = followUp.people.isEmpty ? "Book the room" : "Talk with " + followUp.people.map { "@" + written($0, roster) }.joined(separator: " and ")
                if followUp.due != entry.date.adding(days: settings.followUpDays) || rng.chance(0.5) {
                    text += ", due \(followUp.due)"
                }
                entry.followUps[index].text = text
                entry.followUps[index].line = lines.count + 1
                lines.append("- " + (followUp.done ? rng.pick(["[x] ", "[X] "]) : rng.pick(["[ ] ", ""])) + text)
            }
        }
        return (entry, lines.joined(separator: rng.chance(0.2) ? "\r\n" : "\n") + "\n")
    }
}

/// The properties every journal satisfies, checked on random ones.
enum JournalProperties {
    /// Person-time sums to each entry's duration: shares plus unallocated equal the duration.
    static func personTimeSums(_ journal: Journal, _ history: History) -> Bool {
        journal.entries.indices.allSatisfy { index in
            let time = PersonTime(journal, history, entry: index)
            return abs(time.minutes + time.unallocated - journal.entries[index].minutes) < 1e-9
                && time.shares.allSatisfy { $0.minutes >= 0 } && time.unallocated >= 0
        }
    }

    /// A query over every entry, judged some days after the last.
    static func wholeQuery(_ journal: Journal, asOfAfter days: Int = 10) -> Query {
        let first = journal.entries.first?.date ?? JournalGenerator.start
        let asOf = (journal.entries.last?.date ?? JournalGenerator.start).adding(days: days)
        return Query(period: Period(from: first, to: max(first, asOf)), asOf: asOf)
    }
}

@Suite("Properties of random valid journals")
struct PropertyTests {
    static let journals = 200

    /// Journals as model values, one per seed.
    static func models(count: Int = journals, seed: UInt64 = 0x5EED) -> [(seed: UInt64, journal: Journal)] {
        (0..<UInt64(count)).map { offset in
            var generator = JournalGenerator(seed: seed &+ offset)
            return (seed &+ offset, generator.journal())
        }
    }

    @Test("person-time always sums to the entry's duration (shares + unallocated = duration)")
    func personTimeSums() {
        for (seed, journal) in Self.models() {
            #expect(JournalProperties.personTimeSums(journal, History(journal)), "seed \(seed)")
        }
    }

    @Test("on any day every follow-up is in exactly one state, and the state agrees with its facts")
    func followUpStates() {
        for (seed, journal) in Self.models() {
            let history = History(journal)
            for asOfAfter in [-30, 0, 5, 40] {
                let query = JournalProperties.wholeQuery(journal, asOfAfter: asOfAfter)
                let report = FollowUpsReport(ReportInput(journal, query, history: history))
                var listed: [String: Int] = [:]
                for item in report.overdue + report.open + report.satisfied + report.done {
                    listed["\(item.entry):\(item.line)", default: 0] += 1
                }
                for (index, entry) in journal.entries.enumerated() where entry.date <= query.asOf {
                    for followUp in entry.followUps {
                        #expect(listed["\(entry.path):\(followUp.line)"] == 1, "seed \(seed): listed once")
                        let state = FollowUpState(of: followUp, inEntry: index, journal: journal, history: history,
                                                  on: query.asOf)
                        switch state {
                        case .done:
                            #expect(followUp.done, "seed \(seed)")
                        case .satisfied(let by):
                            #expect(!followUp.done && by != index && !followUp.people.isEmpty, "seed \(seed)")
                            #expect(journal.entries[by].date >= entry.date && journal.entries[by].date <= query.asOf)
                        case .overdue(let days):
                            #expect(!followUp.done && days > 0 && query.asOf > followUp.due, "seed \(seed)")
                        case .open:
                            #expect(!followUp.done && query.asOf <= followUp.due, "seed \(seed)")
                        }
                    }
                }
                let expected = journal.entries.filter { $0.date <= query.asOf }.reduce(0) { $0 + $1.followUps.count }
                #expect(listed.values.reduce(0, +) == expected, "seed \(seed): no follow-up listed that should not be")
            }
        }
    }

    @Test("depth never decreases over time, and standing never goes back")
    func depthNeverDecreases() {
        for (seed, journal) in Self.models() {
            let history = History(journal)
            guard let first = journal.entries.first?.date, let last = journal.entries.last?.date else { continue }
            for handle in history.handles {
                var previous: Rung?
                var previousStanding = Standing.new
                let person = journal.roster.person(handle)
                for offset in -1...(last.days(since: first) + 1) {
                    let day = first.adding(days: offset)
                    let depth = history.depth(of: handle, through: day)
                    if let previous { #expect(depth != nil && depth! >= previous, "seed \(seed) \(handle) \(day)") }
                    previous = depth
                    let standing = history.standing(of: person, on: day)
                    #expect(Standing.allCases.firstIndex(of: standing)! >= Standing.allCases.firstIndex(of: previousStanding)!
                            || person.standing != nil, "seed \(seed)")
                    previousStanding = standing
                }
                for meeting in history.meetings[handle] ?? [] {
                    let interaction = journal.entries[meeting.entry].interactions[meeting.position]
                    #expect(interaction.handle == handle, "seed \(seed)")
                    #expect(meeting.rung >= interaction.rung, "seed \(seed): the derived rung only deepens")
                    #expect(history.depth(of: handle, through: meeting.date)! >= meeting.rung, "seed \(seed)")
                }
            }
        }
    }

    @Test("history gathered in ranges of entries, on all cores, is the history gathered in one")
    func historyInParts() {
        for (seed, journal) in PropertyTests.models() {
            let whole = History(journal, parts: 1)
            for parts in [2, 3, 7] {
                let joined = History(journal, parts: parts)
                #expect(joined.meetings == whole.meetings, "seed \(seed), \(parts) parts")
                #expect(joined.rungs == whole.rungs, "seed \(seed), \(parts) parts")
                #expect(joined.firstNamedInFollowUp == whole.firstNamedInFollowUp, "seed \(seed), \(parts) parts")
            }
        }
    }

    @Test("the entries dated in a period are found by halving, as a walk through every entry finds them")
    func entriesInPeriod() {
        for (seed, journal) in PropertyTests.models() {
            guard let first = journal.entries.first?.date, let last = journal.entries.last?.date else { continue }
            var generator = SeededGenerator(seed: seed)
            for _ in 0..<20 {
                let from = first.adding(days: generator.int(-3...(last.days(since: first) + 3)))
                let period = Period(from: from, to: from.adding(days: generator.int(0...10)))
                #expect(Array(journal.entryIndices(in: period)) == journal.entries.indices.filter { period.contains(journal.entries[$0].date) },
                        "seed \(seed) \(period)")
                #expect(journal.entriesEnd(through: period.to) == journal.entries.count(where: { $0.date <= period.to }),
                        "seed \(seed) \(period)")
            }
        }
    }

    @Test("the reports do not depend on the order entries are given in")
    func modelOrderIndependence() {
        for (seed, journal) in Self.models(count: 50) {
            var rng = SeededGenerator(seed: seed)
            let shuffled = Journal(entries: journal.entries.shuffled(using: &rng), roster: journal.roster,
                                   settings: journal.settings)
            let query = JournalProperties.wholeQuery(journal)
            #expect(JSONRenderer.encode(FullReport(ReportInput(journal, query)))
                    == JSONRenderer.encode(FullReport(ReportInput(shuffled, query))), "seed \(seed)")
        }
    }
}

@Suite("Properties of random valid journal files", .serialized)
struct FilePropertyTests {
    static let journals = 200

    /// A fresh temporary folder for one test, removed afterwards.
    static func withFolder(_ body: (URL) throws -> Void) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("basework-props-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try body(folder)
    }

    /// A layout: where each entry's file goes, keeping the order of paths the same as `e000.md`, `e001.md`, ...
    /// so that ties between entries on one day are broken the same way.
    static func monthly(_ entry: Entry) -> String {
        let (year, month, _) = entry.date.components
        return "\(year)/\(month < 10 ? "0" : "")\(month)/\(entry.path)"
    }

    static func flat(_ entry: Entry) -> String { "notes/" + entry.path.replacingOccurrences(of: "e", with: "entry-") }

    /// The report's JSON with every entry path replaced by a name that does not depend on the layout.
    static func reportJSON(_ journal: Journal) -> String {
        var json = JSONRenderer.encode(FullReport(ReportInput(journal, JournalProperties.wholeQuery(journal))))
        for entry in journal.entries {
            let name = entry.path.split(separator: "/").last!.replacingOccurrences(of: "entry-", with: "e")
            json = json.replacingOccurrences(of: "\"\(entry.path)\"", with: "\"\(name)\"")
        }
        return json
    }

    /// The first line where two JSON texts differ, with the lines before it; nil when they are equal.
    static func difference(_ a: String, _ b: String) -> String? {
        guard a != b else { return nil }
        let left = a.split(separator: "\n", omittingEmptySubsequences: false)
        let right = b.split(separator: "\n", omittingEmptySubsequences: false)
        let at = (0..<min(left.count, right.count)).first { left[$0] != right[$0] } ?? min(left.count, right.count)
        let context = left[max(0, at - 12)..<at].joined(separator: "\n")
        return "\(context)\n- \(at < left.count ? left[at] : "(end)")\n+ \(at < right.count ? right[at] : "(end)")"
    }

    @Test("written journals read back as written, with no diagnostics, and the properties hold on what is read")
    func roundTrip() throws {
        for seed in 0..<UInt64(Self.journals) {
            var generator = JournalGenerator(seed: 0xF11E &+ seed)
            let model = generator.journal()
            var writer = JournalWriter(seed: seed)
            try Self.withFolder { folder in
                let expected = try writer.write(model, to: folder, place: Self.monthly)
                let journal = try JournalReader.read(root: folder.path)
                #expect(journal.diagnostics.isEmpty, "seed \(seed): \(journal.diagnostics.map(\.message))")
                #expect(journal.leftOut == 0, "seed \(seed)")
                let sortedExpected = expected.sorted(by: Entry.precedes)
                #expect(journal.entries.count == sortedExpected.count, "seed \(seed)")
                for (read, written) in zip(journal.entries, sortedExpected) {
                    // The model does not say which hashtags the body spells out; every free tag must be among them.
                    #expect(read.interactions.allSatisfy { Set($0.tags).isSubset(of: read.hashtags) }, "seed \(seed): \(read.path)")
                    var bare = read
                    bare.hashtags = written.hashtags
                    if bare != written { Issue.record("seed \(seed): \(written.path) reads back as\n\(read)\nnot\n\(written)") }
                }
                let history = History(journal)
                #expect(JournalProperties.personTimeSums(journal, history), "seed \(seed)")
            }
        }
    }

    @Test("reading does not depend on file names, folders, creation order or the order files are read in")
    func layoutIndependence() throws {
        for seed in 0..<UInt64(Self.journals) {
            var generator = JournalGenerator(seed: 0x1A70 &+ seed)
            // Every 25th journal has more entries than one reading chunk (64), so several threads read it.
            let model = generator.journal(entries: seed % 25 == 0 ? generator.rng.int(65...90) : nil)
            try Self.withFolder { folder in
                var writer = JournalWriter(seed: seed)
                _ = try writer.write(model, to: folder.appendingPathComponent("a"), place: Self.monthly)
                _ = try writer.write(model, to: folder.appendingPathComponent("b"), place: Self.flat)
                let a = try JournalReader.read(root: folder.appendingPathComponent("a").path)
                let again = try JournalReader.read(root: folder.appendingPathComponent("a").path)
                let b = try JournalReader.read(root: folder.appendingPathComponent("b").path)
                let json = Self.reportJSON(a)
                #expect(Self.difference(json, Self.reportJSON(again)) == nil, "seed \(seed): reading the same folder twice")
                #expect(Self.difference(json, Self.reportJSON(b)) == nil, "seed \(seed): another layout")
            }
        }
    }
}
