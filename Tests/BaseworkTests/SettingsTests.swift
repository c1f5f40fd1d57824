import Testing
@testable import Basework

@Suite("Settings (FORMAT 5)")
struct SettingsTests {
    @Test("with no settings file every default applies")
    func defaults() throws {
        let settings = try TemporaryJournal.read([:]).settings
        #expect(settings.weekStart == .monday)
        #expect(settings.followUpDays == 7)
        #expect(settings.heatFollowUpDays == 7)
        #expect(settings.coldAfterDays == 21)
        #expect(settings.baseShareGoal == 0.6)
        #expect(settings.justify.baseShareBelow == 0.5)
        #expect(settings.justify.support)
        #expect(settings.justify.aimsOutside.isEmpty)
        #expect(settings.plan.isEmpty)
        #expect(settings.heatActivities == ["picket", "action", "march", "strike"])
        #expect(settings.activities.isEmpty)
        #expect(settings.author == nil)
        #expect(settings.cache)
    }

    @Test("every key is read")
    func everyKey() {
        let (settings, diagnostics) = SettingsFile.read("""
            week-start: sunday          # or monday
            follow-up-days: 5
            heat-follow-up-days: 3
            cold-after-days: 30
            base-share-goal: 0.7
            justify:
              base-share-below: 0.4
              support: false
              aims-outside: [new-people, deepen]
            plan:
              relationships: 0.1
              new-people: 0.4
              cadre: 0.2
              deepen: 0.3
            heat-activities: [picket, occupation]
            activities: [bowling]
            author: alex
            """)
        #expect(diagnostics.isEmpty)
        #expect(settings.weekStart == .sunday)
        #expect(settings.followUpDays == 5)
        #expect(settings.heatFollowUpDays == 3)
        #expect(settings.coldAfterDays == 30)
        #expect(settings.baseShareGoal == 0.7)
        #expect(settings.justify.baseShareBelow == 0.4)
        #expect(!settings.justify.support)
        #expect(settings.justify.aimsOutside == [.newPeople, .deepen])
        #expect(settings.plan.map(\.aim) == [.newPeople, .deepen, .cadre, .relationships])
        #expect(settings.plan.map(\.share) == [0.4, 0.3, 0.2, 0.1])
        #expect(settings.heatActivities == ["picket", "occupation"])
        #expect(settings.activities == ["bowling"])
        #expect(settings.author == "alex")
    }

    @Test("an empty settings file is all defaults")
    func empty() {
        let (settings, diagnostics) = SettingsFile.read("# nothing yet\n")
        #expect(diagnostics.isEmpty)
        #expect(settings.followUpDays == 7)
    }

    @Test("a wrong type is an error that names the key, at the value's line",
          arguments: [
              ("week-start: friday", "week-start", 1, 13),
              ("follow-up-days: soon", "follow-up-days", 1, 17),
              ("heat-follow-up-days: -1", "heat-follow-up-days", 1, 22),
              ("cold-after-days: 2.5", "cold-after-days", 1, 18),
              ("base-share-goal: 60%", "base-share-goal", 1, 18),
              ("base-share-goal: 1.5", "base-share-goal", 1, 18),
              ("justify: yes", "justify", 1, 10),
              ("justify:\n  base-share-below: half", "justify.base-share-below", 2, 21),
              ("justify:\n  support: maybe", "justify.support", 2, 12),
              ("justify:\n  aims-outside: [fun]", "justify.aims-outside", 2, 18),
              ("justify:\n  aims-outside: deepen", "justify.aims-outside", 2, 17),
              ("plan: [0.4]", "plan", 1, 7),
              ("plan:\n  fun: 0.4", "plan", 2, 3),
              ("plan:\n  deepen: lots", "plan.deepen", 2, 11),
              ("heat-activities: picket", "heat-activities", 1, 18),
              ("activities: {a: 1}", "activities", 1, 13),
              ("activities: [[a]]", "activities", 1, 13),
              ("author: [a, b]", "author", 1, 9),
              ("cache: sometimes", "cache", 1, 8),
              ("cache: [true]", "cache", 1, 8),
          ])
    func wrongType(_ yaml: String, _ key: String, _ line: Int, _ column: Int) {
        let diagnostics = SettingsFile.read(yaml + "\n").diagnostics
        #expect(diagnostics.map(\.summary) == ["basework.yml:\(line):\(column) error bad-setting"])
        #expect(diagnostics.first?.message.contains("`\(key)`") == true)
    }

    @Test("an unknown key is a warning at the key", arguments: [("colour: red", nil), ("folow-up-days: 3", "follow-up-days"), ("plans: {}", "plan")])
    func unknownKey(_ yaml: String, _ likely: String?) {
        let diagnostics = SettingsFile.read("author: alex\n" + yaml + "\n").diagnostics
        #expect(diagnostics.map(\.summary) == ["basework.yml:2:1 warning unknown-setting"])
        if let likely { #expect(diagnostics.first?.message.contains("`\(likely)`") == true) }
    }

    @Test("an unknown key inside justify is a warning")
    func unknownJustifyKey() {
        #expect(SettingsFile.read("justify:\n  suport: true\n").diagnostics.map(\.summary) == ["basework.yml:2:3 warning unknown-setting"])
    }

    @Test("settings that are not a map are an error")
    func notAMap() {
        #expect(SettingsFile.read("- a\n").diagnostics.map(\.summary) == ["basework.yml:1:1 error bad-setting"])
    }

    @Test("a bad setting keeps its default and the other settings still apply")
    func keepsDefault() {
        let settings = SettingsFile.read("follow-up-days: soon\ncold-after-days: 10\n").settings
        #expect(settings.followUpDays == 7)
        #expect(settings.coldAfterDays == 10)
    }

    @Test("the settings apply to the entries: follow-up-days and activities")
    func applied() throws {
        let journal = try TemporaryJournal.read([
            "basework.yml": "follow-up-days: 2\nactivities: [bowling]\n",
            "a.md": "---\ndate: 2026-11-20\nduration: 1h\nactivity: bowling\n---\n## Follow-up\n- call @ana\n",
        ])
        #expect(journal.diagnostics.isEmpty)
        #expect(journal.entries.first?.followUps.first?.due == Day(iso: "2026-11-22"))
    }

    @Test("`cache` is true or false, in any case; true by default", arguments: [("false", false), ("FALSE", false), ("no", false), ("True", true), ("yes", true)])
    func cache(_ written: String, _ value: Bool) {
        let (settings, diagnostics) = SettingsFile.read("cache: \(written)\n")
        #expect(diagnostics.isEmpty)
        #expect(settings.cache == value)
    }

    @Test("words compare case-insensitively: week-start, activities, heat-activities, aims")
    func caseInsensitiveWords() {
        let (settings, diagnostics) = SettingsFile.read("""
            week-start: Sunday
            activities: [Bowling]
            heat-activities: [PICKET, Occupation]
            justify:
              aims-outside: [New-People]
              support: False
            plan:
              Deepen: 1
            """)
        #expect(diagnostics.isEmpty)
        #expect(settings.weekStart == .sunday)
        #expect(settings.activities == ["bowling"])
        #expect(settings.heatActivities == ["picket", "occupation"])
        #expect(settings.justify.aimsOutside == [.newPeople])
        #expect(!settings.justify.support)
        #expect(settings.plan.map(\.aim) == [.deepen])
        #expect(settings.knowsActivity("BOWLING") && settings.knowsActivity("Occupation") && settings.knowsActivity("Call"))
        #expect(!settings.knowsActivity("knitting"))
    }

    @Test("a wrong type names the key, its line and what was expected")
    func wrongTypeMessage() {
        let diagnostics = SettingsFile.read("author: alex\nfollow-up-days: soon\n").diagnostics
        #expect(diagnostics.map(\.line) == [2])
        #expect(diagnostics.first?.message == "`follow-up-days` must be a whole number of days from 0 to 3650, not \"soon\"")
    }

    @Test("a YAML mistake in the settings gets the same hints as front matter")
    func yamlHint() {
        let diagnostics = SettingsFile.read("week-start: monday\nactivities: [bowling, @home]\n").diagnostics
        #expect(diagnostics.map(\.summary) == ["basework.yml:2:23 error bad-yaml"])
        #expect(diagnostics.first?.message.hasSuffix("; remove the @ or quote it") == true)
    }
}
