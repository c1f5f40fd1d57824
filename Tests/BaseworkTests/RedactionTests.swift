import Foundation
import Testing
@testable import Basework

@Suite("Redaction: nothing from the journal in a redacted report")
struct RedactionTests {
    @Test("no name, handle, alias, group, struggle, author, path or free text appears in any format of any command")
    func nothingLeaks() throws {
        let journal = try JournalReader.read(root: EveryDocument.examples)
        let secrets = Secrets(journal)
        var checked = 0
        for (command, document) in EveryDocument.documents(journal, EveryDocument.week47) {
            let redacted = Redaction.apply(document, roster: journal.roster)
            for (format, output) in EveryDocument.renderings(redacted) {
                let found = secrets.found(in: output)
                #expect(found.isEmpty, "\(command) --format \(format) --redact shows \(found)")
                checked += 1
            }
        }
        #expect(checked > 100)
    }

    @Test("people become labels by role, the same label for the same person throughout one output")
    func stableLabels() throws {
        let journal = try JournalReader.read(root: EveryDocument.examples)
        let document = EveryDocument.documents(journal, EveryDocument.week47)[0].1
        guard case .full(let report) = Redaction.apply(document, roster: journal.roster).body else { Issue.record("not full"); return }
        let reached = Dictionary(uniqueKeysWithValues: report.reach.list.map { ($0.handle, $0) })
        #expect(reached.keys.allSatisfy { $0.range(of: #"^(base|staff|officer|professional|outside|comrade|opponent|other)-\d+$"#,
                                                     options: .regularExpression) != nil })
        for item in report.reach.list { #expect(item.handle.hasPrefix(item.role.rawValue + "-")) }
        // Whoever moved up is listed under the same label in reach.
        for move in report.depth.movedUp { #expect(reached[move.handle] != nil) }
        #expect(report.coverage.groups.compactMap(\.name) == (1...5).map { "group-\($0)" })
    }

    @Test("a free text is reduced to its length and how many people it names")
    func shape() {
        #expect(Redaction.shape(of: "Call @ana and @bo", naming: 2) == "(text withheld, 17 characters, names 2 people)")
        #expect(Redaction.shape(of: "x") == "(text withheld, 1 character)")
    }
}

/// What must not appear: everything the journal's people.yml, settings and entries name or say.
struct Secrets {
    /// Matched as whole words, case-sensitive: names, parts of names, groups.
    var exact: Set<String> = []
    /// Matched as whole words, ignoring case: handles, aliases, struggles, authors, path slugs, long words of texts.
    var words: Set<String> = []
    /// Matched anywhere: whole texts, titles and paths.
    var texts: Set<String> = []

    init(_ journal: Journal) {
        // The journal's own vocabulary of kinds of work stays in a redacted report, by design.
        var vocabulary = Set(journal.entries.compactMap(\.activity))
        vocabulary.formUnion(Rung.allCases.map(\.tag) + Role.allCases.map(\.rawValue) + Aim.allCases.map(\.rawValue)
                             + Mode.allCases.map(\.rawValue) + Standing.allCases.map(\.rawValue))
        for person in journal.roster.people.values {
            exact.insert(person.name)
            exact.formUnion(person.name.split(separator: " ").map(String.init).filter { $0.count >= 4 })
            if let group = person.group { exact.insert(group) }
            words.insert(person.handle)
            words.formUnion(person.aliases)
        }
        if let author = journal.settings.author { words.insert(author) }
        for entry in journal.entries {
            words.formUnion(entry.interactions.map(\.handle))
            if let struggle = entry.struggle { words.insert(struggle) }
            if let author = entry.author { words.insert(author) }
            texts.insert(entry.path)
            let slug = (entry.path as NSString).lastPathComponent.replacingOccurrences(of: ".md", with: "")
            texts.insert(slug)
            var free = entry.followUps.map(\.text)
            if let justification = entry.justification { free.append(justification) }
            if let title = entry.title { free.append(title) }
            texts.formUnion(free.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { $0.count >= 8 })
            for text in free + [slug] {
                let long = text.split { !$0.isLetter }.map { $0.lowercased() }.filter { $0.count >= 6 }
                words.formUnion(long.filter { !vocabulary.contains($0) && !Secrets.reportWords.contains($0) })
            }
        }
        words.subtract(vocabulary)
    }

    /// Words that basework writes itself ("12 people named", "Everyone known", "of 1 needed") and that the
    /// example journal's texts also use; any other word of six letters or more from a text is a leak.
    static let reportWords: Set<String> = ["people", "everyone", "needed"]

    func found(in output: String) -> [String] {
        let lower = output.lowercased()
        var found = Array(texts.filter { output.contains($0) })
        found += exact.filter { Secrets.containsWord($0, in: output) }
        found += words.filter { Secrets.containsWord($0.lowercased(), in: lower) }
        return found.sorted()
    }

    /// Whether `word` occurs in `text` with no letter, digit, `-` or `_` on either side.
    static func containsWord(_ word: String, in text: String) -> Bool {
        var searchRange = text.startIndex..<text.endIndex
        while let range = text.range(of: word, range: searchRange) {
            let before = range.lowerBound == text.startIndex ? nil : text[text.index(before: range.lowerBound)]
            let after = range.upperBound == text.endIndex ? nil : text[range.upperBound]
            let isWordCharacter = { (c: Character?) in c.map { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" } ?? false }
            if !isWordCharacter(before) && !isWordCharacter(after) { return true }
            searchRange = range.upperBound..<text.endIndex
        }
        return false
    }
}
