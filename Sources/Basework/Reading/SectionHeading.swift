/// The headings that open the sections the reader treats apart (FORMAT 2.7, 2.8).
enum SectionHeading {
    /// What a heading opens.
    enum SectionKind: Equatable, Sendable {
        /// A follow-up section: each list item in it is a follow-up.
        case followUp
        /// A justification section: its text is part of the entry's justification.
        case justification
    }

    static let followUpNames: Set<String> = [
        "follow-up", "follow up", "follow-ups", "followups", "next steps", "to do", "to-do", "todo", "tasks", "action items",
    ]
    static let justificationNames: Set<String> = ["justification", "why"]

    /// The kind of section a heading's text opens, or nil. Case-insensitive; spaces and tabs around
    /// the text are ignored, and a run of them inside it counts as one space (`Next  steps`); a
    /// trailing `:` is ignored for both kinds, a trailing `?` for a justification (`Why?`).
    static func kind(of headingText: String) -> SectionKind? {
        guard headingText.utf8.count <= 64 else { return nil }
        let words = headingText.lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" })
        var name = words.joined(separator: " ")
        var mark: Character?
        if let last = name.last, last == ":" || last == "?" {
            mark = last
            name.removeLast()
            while name.last == " " { name.removeLast() }
        }
        if mark != "?", followUpNames.contains(name) { return .followUp }
        if justificationNames.contains(name) { return .justification }
        return nil
    }
}
