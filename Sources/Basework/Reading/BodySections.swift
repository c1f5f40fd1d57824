/// An entry body's blocks sorted by the sections they sit in (FORMAT 2.7, 2.8).
struct BodySections {
    /// Blocks whose mentions are interactions: everything outside follow-up sections.
    var contexts: [BodyBlock] = []
    /// List items inside follow-up sections, each one follow-up.
    var followUps: [BodyBlock] = []
    /// The text of Justification and Why sections.
    var justification: [String] = []
    /// The text of the first heading.
    var title: String?

    static let followUpHeadings: Set<String> = ["follow-up", "follow up", "follow-ups", "followups", "next steps"]
    static let justificationHeadings: Set<String> = ["justification", "why"]

    init(_ blocks: [BodyBlock]) {
        var followUpLevel: Int?
        var justificationLevel: Int?
        for block in blocks {
            if case .heading(let level) = block.kind {
                if let open = followUpLevel, level <= open { followUpLevel = nil }
                if let open = justificationLevel, level <= open { justificationLevel = nil }
                let name = block.text.trimmed.lowercased()
                let opensSection = BodySections.followUpHeadings.contains(name) || BodySections.justificationHeadings.contains(name)
                if title == nil, !opensSection { title = block.text.trimmed }
                if BodySections.followUpHeadings.contains(name) {
                    followUpLevel = level
                    continue
                }
                if BodySections.justificationHeadings.contains(name) {
                    justificationLevel = level
                    continue
                }
            }
            if followUpLevel != nil {
                if block.kind == .listItem { followUps.append(block) }
                continue
            }
            if justificationLevel != nil, !block.text.trimmed.isEmpty { justification.append(block.text.trimmed) }
            contexts.append(block)
        }
    }
}

extension StringProtocol {
    /// Without leading and trailing spaces, tabs and newlines.
    var trimmed: String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(self[first...last])
    }
}
