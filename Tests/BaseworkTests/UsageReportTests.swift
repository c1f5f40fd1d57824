import Testing
@testable import Basework

@Suite("basework tags and struggles")
struct UsageReportTests {
    @Test("each tag or struggle with its number of entries and last date, most used first; rung tags are not free tags")
    func counts() {
        let d = { (text: String) in Day(iso: text)! }
        let journal = Journal(entries: [
            Entry(path: "a.md", date: d("2026-11-02"), struggle: "Nurses", tags: ["heat"],
                  interactions: [Interaction(handle: "x", rung: .talked, tags: ["strike", "heat"])]),
            Entry(path: "b.md", date: d("2026-11-09"), struggle: "nurses", tags: ["strike"]),
            Entry(path: "c.md", date: d("2026-11-05"), struggle: "rent"),
        ])
        let tags = UsageReport(journal, .tags)
        #expect(tags.uses.map(\.name) == ["strike", "heat"])
        #expect(tags.uses.map(\.entries) == [2, 1])
        #expect(tags.uses.map(\.last) == [d("2026-11-09"), d("2026-11-02")])
        let struggles = UsageReport(journal, .struggles)
        #expect(struggles.uses.map(\.name) == ["Nurses", "rent"])
        #expect(struggles.uses.map(\.entries) == [2, 1])
        #expect(JSONRenderer.encode(struggles).contains("\"struggle\" : \"Nurses\""))
    }
}
