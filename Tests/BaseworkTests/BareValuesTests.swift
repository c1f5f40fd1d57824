import Testing
@testable import BaseworkCLI

@Suite("--week and --month without a value")
struct BareValuesTests {
    let none: (String) -> Bool = { _ in false }

    @Test("a bare --week or --month becomes this; a week, month, last or this stays its value")
    func filling() {
        #expect(BareValues.filling(["report", "--week"], fileExists: none) == ["report", "--week=this"])
        #expect(BareValues.filling(["report", "-m", "J"], fileExists: none) == ["report", "--month=this", "J"])
        #expect(BareValues.filling(["report", "-w", "last", "J"], fileExists: none) == ["report", "--week", "last", "J"])
        #expect(BareValues.filling(["report", "--week", "2026-W47"], fileExists: none) == ["report", "--week", "2026-W47"])
        #expect(BareValues.filling(["report", "--week", "--as-of", "2026-11-24"], fileExists: none)
            == ["report", "--week=this", "--as-of", "2026-11-24"])
    }

    @Test("time --week J reads J as the journal, even when its name starts with a digit")
    func journalAfterWeek() {
        #expect(BareValues.filling(["time", "--week", "Examples/journal"], fileExists: none) == ["time", "--week=this", "Examples/journal"])
        #expect(BareValues.filling(["time", "--week", "2026-notes"], fileExists: { $0 == "2026-notes" })
            == ["time", "--week=this", "2026-notes"])
    }

    @Test("nothing after -- is touched")
    func afterDashes() {
        #expect(BareValues.filling(["report", "--", "--week"], fileExists: none) == ["report", "--", "--week"])
    }
}
