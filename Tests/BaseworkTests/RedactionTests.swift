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
            let redacted = Redaction.apply(document, journal: journal)
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
        guard case .full(let report) = Redaction.apply(document, journal: journal).body else { Issue.record("not full"); return }
        let reached = Dictionary(uniqueKeysWithValues: report.reach.list.map { ($0.handle, $0) })
        #expect(reached.keys.allSatisfy { $0.range(of: #"^(base|staff|officer|professional|outside|comrade|opponent|other)-\d+$"#,
                                                     options: .regularExpression) != nil })
        for item in report.reach.list { #expect(item.handle.hasPrefix(item.role.rawValue + "-")) }
        // Whoever moved up is listed under the same label in reach.
        for move in report.depth.movedUp { #expect(reached[move.handle] != nil) }
        #expect(report.coverage.groups.compactMap(\.name) == (1...5).map { "group-\($0)" })
    }

    @Test("a free text is reduced to its length")
    func shape() {
        #expect(Redaction.shape(of: "Call @ana and @bo") == "(text withheld, length 17)")
    }

    /// A journal whose activities, struggles, tags, settings and handles all carry names.
    static let kessler: [String: String] = [
        "basework.yml": "activities: [kessler-dinner]\nauthor: zed-organizer\n",
        "people.yml": """
            zora-q:
              name: Zora Quill
              group: Kessler Night Crew
            abe-a:
              name: Abe Anders
              role: officer
            mo-m:
              name: Mo Mull
              group: Ward Five
            """,
        "2026/11/2026-11-17-talk.md": """
            ---
            date: 2026-11-17
            duration: 1h
            activity: meeting-at-kesslers-office
            struggle: kessler-lockout
            tags: [secret-plan, kessler-raid]
            ---
            - @zora-q: talked about the raid (30m) #talked #hush-hush
            - @abe-a: came along #contact

            ## Follow-up

            - [ ] Visit @mo-m about Kessler's payroll, due 2026-11-18
            """,
        "2026/11/2026-11-16-dinner.md": """
            ---
            date: 2026-11-16
            duration: 2h
            activity: kessler-dinner
            mode: support
            ---
            - @mo-m: cooked #talked #first-time
            """,
    ]

    @Test("activities of its own, struggles, settings' activity names and tags never appear in any redacted output")
    func ownWords() throws {
        let journal = try TemporaryJournal.read(RedactionTests.kessler)
        let secrets = Secrets(journal)
        for word in ["meeting-at-kesslers-office", "kessler-dinner", "kessler-lockout", "secret-plan", "hush-hush"] {
            #expect(secrets.words.contains(word) || secrets.texts.contains(word), "\(word) is checked")
        }
        let week = Query(period: Period(from: Day(iso: "2026-11-16")!, to: Day(iso: "2026-11-22")!), asOf: Day(iso: "2026-11-24")!,
                         struggle: "kessler-lockout")
        for query in [week, Query(period: week.period, asOf: week.asOf)] {
            for (command, document) in EveryDocument.documents(journal, query) {
                for (format, output) in EveryDocument.renderings(Redaction.apply(document, journal: journal)) {
                    let found = secrets.found(in: output)
                    #expect(found.isEmpty, "\(command) --format \(format) --redact shows \(found)")
                }
            }
        }
    }

    @Test("labels follow each person's first interaction (date, then path), people with none last; lists sort by label")
    func labelOrder() throws {
        let journal = try TemporaryJournal.read(RedactionTests.kessler)
        let redaction = Redaction(journal)
        // mo-m is met first (16 Nov), zora-q on 17 Nov; abe-a is the first officer.
        #expect(redaction.person("mo-m") == "base-1")
        #expect(redaction.person("zora-q") == "base-2")
        #expect(redaction.person("abe-a") == "officer-1")
        #expect(redaction.activity("meeting-at-kesslers-office") == "activity-2")
        #expect(redaction.activity("kessler-dinner") == "activity-1")
        #expect(redaction.activity("picket") == "picket")
        #expect(Redaction.precedes("base-2", "base-10") && Redaction.precedes("base-10", "staff-1"))
        let query = Query(period: Period(from: Day(iso: "2026-11-16")!, to: Day(iso: "2026-11-22")!), asOf: Day(iso: "2026-11-24")!)
        guard case .full(let report) = Redaction.apply(EveryDocument.documents(journal, query)[0].1, journal: journal).body else {
            Issue.record("not full")
            return
        }
        #expect(report.reach.list.map(\.handle) == ["base-1", "base-2", "officer-1"])
        // Ward Five (mo-m, base-1) is group-1, whatever the names' alphabetical order.
        #expect(report.coverage.groups.map(\.name) == ["group-1", "group-2"])
        #expect(report.coverage.groups[0].figures.people == 1 && redaction.group("Ward Five") == "group-1")
        #expect(report.time.byActivity.keys.compactMap { $0 }.sorted() == ["activity-1", "activity-2"])
    }

    @Test("every redacted output says so: first line in text and Markdown, a banner in HTML, \"redacted\": true in JSON")
    func saysSo() throws {
        let journal = try TemporaryJournal.read(RedactionTests.kessler)
        let query = Query(period: Period(from: Day(iso: "2026-11-16")!, to: Day(iso: "2026-11-22")!), asOf: Day(iso: "2026-11-24")!)
        for (command, document) in EveryDocument.documents(journal, query) {
            let redacted = Redaction.apply(document, journal: journal)
            #expect(TextRenderer(style: .plain).render(redacted).hasPrefix("Redacted: "), "\(command)")
            #expect(MarkdownRenderer.render(redacted).hasPrefix("**Redacted: "), "\(command)")
            #expect(HTMLRenderer.render(redacted).contains("<div class=\"redacted\" role=\"note\">Redacted: "), "\(command)")
            let json = try JSONSerialization.jsonObject(with: Data(JSONRenderer.render(redacted).utf8)) as? [String: Any]
            #expect(json?["redacted"] as? Bool == true, "\(command)")
            #expect(!TextRenderer(style: .plain).render(document).contains("Redacted"))
            #expect(!JSONRenderer.render(document).contains("redacted"))
        }
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
        // FORMAT 2.4's kinds of work stay in a redacted report, by design; an activity of the journal's own does not.
        var vocabulary = Set(Settings.builtInActivities)
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
        words.formUnion(journal.settings.activities)
        for entry in journal.entries {
            words.formUnion(entry.interactions.map(\.handle))
            if let struggle = entry.struggle { words.insert(struggle) }
            if let author = entry.author { words.insert(author) }
            if let activity = entry.activity { words.insert(activity) }
            words.formUnion(entry.tags)
            words.formUnion(entry.interactions.flatMap(\.tags))
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
    /// example journal's texts also use (`before` is in the page's CSS, `td::before`); any other word of six letters or
    /// more from a text is a leak.
    static let reportWords: Set<String> = ["people", "everyone", "needed", "before"]

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
