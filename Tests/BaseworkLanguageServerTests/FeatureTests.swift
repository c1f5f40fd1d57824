import Basework
import Testing
@testable import BaseworkLanguageServer

@Suite struct CompletionTests {
    func labels(_ result: JSONValue?) -> [String] {
        result?["result"]?["items"]?.array?.compactMap { $0["label"]?.string } ?? []
    }

    @Test func afterAtHandlesAliasesAndNamesAllMatch() throws {
        let harness = try ServerHarness()
        harness.open("2026/11/new.md", "---\ndate: 2026-11-21\n---\n\n@mar and @gonz and @pk and @\n")
        let byHandle = harness.request("textDocument/completion", harness.at("2026/11/new.md", line: 4, character: 4))
        #expect(labels(byHandle).contains("maria-g"))
        let item = try #require(byHandle?["result"]?["items"]?.array?.first { $0["label"] == .string("maria-g") })
        #expect(item["detail"] == .string("Maria Gonzalez · base · 4 West nights"))
        #expect(item["textEdit"]?["range"] == ServerHarness.json(Range(start: Position(line: 4, character: 1), end: Position(line: 4, character: 4))))
        #expect(labels(harness.request("textDocument/completion", harness.at("2026/11/new.md", line: 4, character: 14))) == ["maria-g"])
        #expect(labels(harness.request("textDocument/completion", harness.at("2026/11/new.md", line: 4, character: 22))).contains("pat-kim"))
        let all = labels(harness.request("textDocument/completion", harness.at("2026/11/new.md", line: 4, character: 28)))
        #expect(all.contains("lena-p") && all.contains("maria") && all.contains("pat"))
    }

    @Test func afterHashRungsWithTheirMeaningThenFreeTags() throws {
        let harness = try ServerHarness()
        harness.open("2026/11/new.md", "---\ndate: 2026-11-21\n---\n\n@maria-g #\n")
        let result = harness.request("textDocument/completion", harness.at("2026/11/new.md", line: 4, character: 10))
        let items = result?["result"]?["items"]?.array ?? []
        #expect(Array(labels(result).prefix(10)) == Rung.allCases.map(\.tag) + ["first-time", "heat"])
        #expect(items.first { $0["label"] == .string("talked") }?["documentation"]?["value"]?.string?.contains("one-to-one") == true)
        #expect(labels(result).contains("night-shift"))
    }

    @Test func frontMatterKeysAndValues() throws {
        let harness = try ServerHarness()
        harness.open("2026/11/new.md", "---\nda\naim: \nmode: s\nstruggle: \nactivity: pi\npeople: [lena-p, ma\n---\n")
        #expect(labels(harness.request("textDocument/completion", harness.at("2026/11/new.md", line: 1, character: 2))) == ["date"])
        #expect(labels(harness.request("textDocument/completion", harness.at("2026/11/new.md", line: 2, character: 5))) == Aim.allCases.map(\.rawValue))
        #expect(labels(harness.request("textDocument/completion", harness.at("2026/11/new.md", line: 3, character: 7))) == ["support"])
        #expect(labels(harness.request("textDocument/completion", harness.at("2026/11/new.md", line: 4, character: 10))) == ["riverside-nurses"])
        #expect(labels(harness.request("textDocument/completion", harness.at("2026/11/new.md", line: 5, character: 12))) == ["picket"])
        #expect(labels(harness.request("textDocument/completion", harness.at("2026/11/new.md", line: 6, character: 19))).contains("maria-g"))
    }
}

@Suite struct HoverTests {
    func hover(_ harness: ServerHarness, _ line: Int, _ character: Int) -> String? {
        harness.request("textDocument/hover", harness.at("2026/11/new.md", line: line, character: character))?["result"]?["contents"]?["value"]?.string
    }

    @Test func aMentionShowsWhoTheyAreAndWhereWeStand() throws {
        let harness = try ServerHarness()
        harness.open("2026/11/new.md", "---\ndate: 2026-12-01\n---\n\n☕ @maria and [[Maria Gonzalez]] #talked\n")
        let text = try #require(hover(harness, 4, 4))
        #expect(text.contains("Maria Gonzalez"))
        #expect(text.contains("4 West nights"))
        #expect(text.contains("standing: new"))
        // A one-to-one after the first one counts as followed-up (FORMAT 3.2).
        #expect(text.contains("Deepest rung: **followed-up**, reached 2026-12-01 (yesterday)"))
        #expect(text.contains("Last one-to-one: 2026-12-01, yesterday"))
        #expect(text.contains("overdue** 5 days") == false)
        #expect(text.contains("First-timer") == false)
        #expect(hover(harness, 4, 20)?.contains("Maria Gonzalez") == true)
    }

    @Test func openFollowUpsAndFirstTimersShow() throws {
        let harness = try ServerHarness()
        harness.open("2026/11/new.md", "---\ndate: 2026-12-01\n---\n\n@maria-g\n")
        let text = try #require(hover(harness, 4, 3))
        #expect(text.contains("**overdue** 5 days, due 2026-11-27: Coffee with @maria-g"))
        #expect(text.contains("First-timer: their one-to-one was due by 2026-11-27 (**overdue**)"))
        #expect(text.contains("reached 2026-11-20 (12 days ago)"))
    }

    @Test func codeAndLinkDestinationsHoldNoMention() throws {
        let harness = try ServerHarness()
        harness.open("2026/11/new.md", "---\ndate: 2026-12-01\n---\n\n`@maria` [x](https://x.org/@maria) \\@maria #acted\n")
        _ = harness.diagnostics("2026/11/new.md")
        #expect(hover(harness, 4, 3) == nil)
        #expect(hover(harness, 4, 25) == nil)
        #expect(hover(harness, 4, 38) == nil)
        #expect(hover(harness, 4, 45)?.contains("they took action themselves") == true)
    }

    @Test func rungsAimsAndModesAreExplained() throws {
        let harness = try ServerHarness()
        harness.open("2026/11/new.md", "---\naim: deepen\nmode: Support\n---\n\n#acted\n")
        #expect(hover(harness, 5, 2)?.contains("they took action themselves") == true)
        #expect(hover(harness, 1, 7)?.contains("upping the commitment") == true)
        #expect(hover(harness, 2, 7)?.contains("supporting work that others carry") == true)
        #expect(hover(harness, 4, 0) == nil)
    }
}

@Suite struct NavigationTests {
    @Test func definitionIsThePersonsBlockInTheRoster() throws {
        let harness = try ServerHarness()
        harness.open("2026/11/new.md", "---\ndate: 2026-12-01\n---\n\n日本 @pk\n")
        let location = try #require(harness.request("textDocument/definition", harness.at("2026/11/new.md", line: 4, character: 4))?["result"])
        #expect(location["uri"] == .string(harness.uri("people.yml")))
        #expect(location["range"] == ServerHarness.json(Range(start: Position(line: 5, character: 0), end: Position(line: 8, character: 20))))
    }

    @Test func handlesInTheFrontMatterPeopleListLeadThereToo() throws {
        let harness = try ServerHarness()
        harness.open("2026/11/new.md", "---\ndate: 2026-12-01\npeople: [lena-p, '@maria']\nauthor: pk\n---\n")
        let lena = harness.request("textDocument/definition", harness.at("2026/11/new.md", line: 2, character: 11))?["result"]
        #expect(lena?["range"]?["start"] == .position(9, 0))
        let maria = harness.request("textDocument/definition", harness.at("2026/11/new.md", line: 2, character: 21))?["result"]
        #expect(maria?["range"]?["start"] == .position(0, 0))
        #expect(harness.request("textDocument/definition", harness.at("2026/11/new.md", line: 2, character: 3))?["result"] == .null)
        let hover = harness.request("textDocument/hover", harness.at("2026/11/new.md", line: 3, character: 9))
        #expect(hover?["result"]?["contents"]?["value"]?.string?.hasPrefix("**Pat Kim** (@pat-kim)") == true)
    }

    @Test func referencesAreEveryMention() throws {
        let harness = try ServerHarness()
        harness.open("2026/11/new.md", "---\ndate: 2026-12-01\n---\n\n@maria\n")
        let result = harness.request("textDocument/references", harness.at("2026/11/new.md", line: 4, character: 2))?["result"]?.array ?? []
        let places = result.compactMap { location -> String? in
            guard let uri = location["uri"]?.string, let line = location["range"]?["start"]?["line"]?.int else { return nil }
            return "\(uri.split(separator: "/").last!):\(line)"
        }
        #expect(places == ["picket.md:9", "picket.md:14", "new.md:4"])
    }

    @Test func documentSymbolsAreHeadingsAndFollowUps() throws {
        let harness = try ServerHarness()
        harness.open("2026/11/new.md", ServerHarness.picket)
        let symbols = harness.request("textDocument/documentSymbol", .object(["textDocument": .object(["uri": .string(harness.uri("2026/11/new.md"))])]))?["result"]
        #expect(symbols?[0]?["name"] == .string("Picket at Riverside"))
        #expect(symbols?[0]?["children"]?[0]?["name"] == .string("Follow-up"))
        #expect(symbols?[0]?["children"]?[0]?["children"]?[0]?["name"] == .string("[ ] Coffee with @maria-g about the schedule, due 2026-11-27"))
    }

    @Test func anEntryWithoutADateStillHasAnOutline() throws {
        let text = ServerHarness.picket.replacingOccurrences(of: "date: 2026-11-20\n", with: "")
        let items = Outline.items(scanning: DocumentText(text))
        let syntax = try #require(EntryParser.parse(path: "p.md", bytes: Array(ServerHarness.picket.utf8))?.entry)
        #expect(items.map(\.name) == ["Picket at Riverside", "Follow-up", "[ ] Coffee with @maria-g about the schedule, due 2026-11-27"])
        #expect(items.map(\.name) == Outline.items(of: syntax).map(\.name))
        #expect(items.map(\.line) == Outline.items(of: syntax).map { $0.line - 1 })
    }

    @Test func workspaceSymbolsArePeopleByName() throws {
        let harness = try ServerHarness()
        harness.open("2026/11/new.md", "---\ndate: 2026-12-01\n---\n")
        let result = harness.request("workspace/symbol", .object(["query": .string("park")]))?["result"]?.array ?? []
        #expect(result.map { $0["name"] } == [.string("Lena Park")])
        #expect(result.first?["location"]?["range"]?["start"] == .position(9, 0))
    }
}

@Suite struct QuickFixTests {
    func actions(_ harness: ServerHarness, lines: ClosedRange<Int>) -> [JSONValue] {
        _ = harness.diagnostics("2026/11/new.md")
        return harness.request("textDocument/codeAction", .object([
            "textDocument": .object(["uri": .string(harness.uri("2026/11/new.md"))]),
            "range": ServerHarness.json(Range(start: Position(line: lines.lowerBound, character: 0), end: Position(line: lines.upperBound, character: 0))),
            "context": .object(["diagnostics": .array([])]),
        ]))?["result"]?.array ?? []
    }

    @Test func anUnknownPersonCanBeAddedToTheRoster() throws {
        let harness = try ServerHarness()
        harness.open("2026/11/new.md", "---\ndate: 2026-12-01\nduration: 1h\n---\n\n@bob\n")
        let action = try #require(actions(harness, lines: 5...5).first)
        #expect(action["title"] == .string("Add bob to people.yml"))
        let edit = try #require(action["edit"]?["changes"]?[harness.uri("people.yml")]?[0])
        #expect(edit["newText"] == .string("bob:\n  name: bob\n  role: base\n"))
        #expect(edit["range"]?["start"] == .position(12, 0))
    }

    @Test func aMisspelledKeyTakesTheSuggestion() throws {
        let harness = try ServerHarness()
        harness.open("2026/11/new.md", "---\ndate: 2026-12-01\nduration: 1h\nactivty: picket\n---\n")
        let action = try #require(actions(harness, lines: 3...3).first)
        #expect(action["title"] == .string("Change to activity"))
        #expect(action["edit"]?["changes"]?[harness.uri("2026/11/new.md")]?[0] ==
            .object(["newText": .string("activity"), "range": ServerHarness.json(Range(start: Position(line: 3, character: 0), end: Position(line: 3, character: 7)))]))
    }

    @Test func aMisspelledTagOrHandleTakesTheSuggestion() throws {
        let harness = try ServerHarness()
        harness.open("2026/11/new.md", "---\ndate: 2026-12-01\nduration: 1h\n---\n\n- 日本 @lena-q #talkd\n")
        let titles = actions(harness, lines: 5...5).compactMap { $0["title"]?.string }
        #expect(titles.contains("Change to talked"))
        #expect(titles.contains("Change to lena-p"))
        #expect(titles.contains("Add lena-q to people.yml"))
        let tag = try #require(actions(harness, lines: 5...5).first { $0["title"] == .string("Change to talked") })
        #expect(tag["edit"]?["changes"]?[harness.uri("2026/11/new.md")]?[0] ==
            .object(["newText": .string("talked"), "range": ServerHarness.json(Range(start: Position(line: 5, character: 14), end: Position(line: 5, character: 19)))]))
    }

    @Test func aMissingDurationIsFilledIn() throws {
        let harness = try ServerHarness()
        harness.open("2026/11/new.md", "---\ndate: 2026-12-01\n---\n")
        let action = try #require(actions(harness, lines: 0...0).first)
        #expect(action["edit"]?["changes"]?[harness.uri("2026/11/new.md")]?[0] ==
            .object(["newText": .string("duration: 1h\n"), "range": ServerHarness.json(Range(start: Position(line: 2, character: 0), end: Position(line: 2, character: 0)))]))
    }

    @Test func suggestionsAreReadFromMessages() {
        #expect(QuickFixes.suggestion(in: "unknown key `dat`: did you mean `date`?") == "date")
        #expect(QuickFixes.suggestion(in: "unknown person @carl: did you mean @carla?") == "carla")
        #expect(QuickFixes.suggestion(in: "did you mean #talked?") == "talked")
        #expect(QuickFixes.suggestion(in: "no suggestion") == nil)
    }
}
