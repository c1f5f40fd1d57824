import Testing
@testable import Basework

@Suite("Section headings (FORMAT 2.7, 2.8)")
struct SectionHeadingTests {
    @Test("follow-up headings, in any case, with a trailing colon", arguments: [
        "Follow-up", "Follow up", "Follow-ups", "Followups", "Next steps", "To do", "To-do", "Todo", "Tasks", "Action items",
        "FOLLOW-UP", "follow-up:", "Next Steps:", "  To do  ", "Action  items", "Tasks :", "todo\t", "Action\titems:",
        // Not ASCII: lower-cased by Unicode's rules, as `String.lowercased()` does (the Kelvin sign is a K).
        "TAS\u{212A}S", "\tNEXT \t STEPS\t:",
    ])
    func followUp(_ heading: String) {
        #expect(SectionHeading.kind(of: heading) == .followUp)
    }

    @Test("justification headings, with a trailing colon or question mark", arguments: [
        "Justification", "Why", "WHY", "why?", "Why ?", "Justification:", " justification ", "Why:",
    ])
    func justification(_ heading: String) {
        #expect(SectionHeading.kind(of: heading) == .justification)
    }

    @Test("other headings open nothing", arguments: [
        "", " ", ":", "Follow-up?", "Follow-up::", "Followup", "Follow", "Next step", "To dos", "Task", "Action item",
        "Follow-up notes", "Why not", "Why??", "Justifications", "Picket at Riverside", "Why: because", "Todo list",
        "Follow-\u{00A0}up", "Follow–up", String(repeating: "Follow-up ", count: 20), "Tasks\u{0301}", "Wh\u{00FD}",
    ])
    func none(_ heading: String) {
        #expect(SectionHeading.kind(of: heading) == nil)
    }
}
