import Testing
@testable import Basework

@Suite("Hashtags and the ladder (FORMAT 2.3)")
struct HashtagTests {
    @Test("each rung's tag gives that rung", arguments: Rung.allCases)
    func rungTag(_ rung: Rung) throws {
        #expect(try EntryFile.body("- @ana #\(rung.tag)\n").interactions.first?.rung == rung)
    }

    @Test("with no rung tag the rung is present")
    func defaultRung() throws {
        #expect(try EntryFile.body("- @ana came #nights\n").interactions.first?.rung == .present)
    }

    @Test("the rung is the deepest tagged, whatever the order")
    func deepest() throws {
        #expect(try EntryFile.body("- @ana #political #talked #acted\n").interactions.first?.rung == .political)
    }

    @Test("hashtags compare case-insensitively")
    func caseInsensitive() throws {
        let interaction = try #require(EntryFile.body("- @ana #Talked #First-Time #Nights\n").interactions.first)
        #expect(interaction.rung == .talked)
        #expect(interaction.firstTime)
        #expect(interaction.tags == ["nights"])
    }

    @Test("a hashtag after a letter, digit or & is not a hashtag", arguments: ["a#talked", "4#talked", "&amp;#talked", "é#talked"])
    func notAfter(_ written: String) throws {
        #expect(try EntryFile.body("- @ana \(written)\n").interactions.first?.rung == .present)
    }

    @Test("a hashtag after punctuation or a space is a hashtag", arguments: ["(#talked)", "x/#talked", "done.#talked", "#talked,"])
    func afterPunctuation(_ written: String) throws {
        #expect(try EntryFile.body("- @ana \(written)\n").interactions.first?.rung == .talked)
    }

    @Test("a hashtag starts with a letter", arguments: ["#1st", "#-talked", "#_x", "# talked"])
    func startsWithLetter(_ written: String) throws {
        let interaction = try #require(EntryFile.body("- @ana \(written)\n").interactions.first)
        #expect(interaction.rung == .present)
        #expect(interaction.tags.isEmpty)
    }

    @Test("a hashtag is letters, digits and -; other characters end it")
    func ends() throws {
        let interaction = try #require(EntryFile.body("- @ana #night-shift2_b #talked.\n").interactions.first)
        #expect(interaction.tags == ["night-shift2"])
        #expect(interaction.rung == .talked)
    }

    @Test("hashtags in code, links' destinations and HTML do not count",
          arguments: ["`#acted`", "[page](https://x.org/#acted)", "<span class=\"#acted\">x</span>", "<https://x.org/#acted>"])
    func excluded(_ written: String) throws {
        #expect(try EntryFile.body("- @ana \(written)\n").interactions.first?.rung == .present)
    }

    @Test("#first-time is a flag, not a free tag nor a rung")
    func firstTime() throws {
        let interaction = try #require(EntryFile.body("- @gil signed. #acted #first-time\n").interactions.first)
        #expect(interaction.firstTime)
        #expect(interaction.tags.isEmpty)
        #expect(interaction.rung == .acted)
    }

    @Test("any other hashtag is a free tag, lower case, in order, once")
    func freeTags() throws {
        let interaction = try #require(EntryFile.body("- @ana #Nights #talked #rally #nights\n").interactions.first)
        #expect(interaction.tags == ["nights", "rally"])
    }

    @Test("a hashtag line on its own is not a heading")
    func notAHeading() throws {
        let entry = try EntryFile.body("@ana came by\n#talked\n")
        #expect(entry.interactions.first?.rung == .talked)
        #expect(entry.title == nil)
    }

    @Test("the scanner finds hashtags in order, lower case")
    func scanner() {
        #expect(InlineScanner(InlineText(plain: "#A b#c (#d-1) &#e #2f")).hashtags().map(\.text) == ["a", "d-1"])
    }
}
