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
        var text = headingText
        let name = text.withUTF8 { asciiName($0) } ?? unicodeName(headingText)
        return kind(ofName: name)
    }

    private static func kind(ofName name: String) -> SectionKind? {
        var name = name
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

    /// The name as compared: lower-cased, each run of spaces and tabs as one space, none around it.
    private static func unicodeName(_ text: String) -> String {
        text.lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
    }

    /// `unicodeName` for ASCII text, byte by byte (every heading of a journal is read through here);
    /// nil when the text is not all ASCII.
    private static func asciiName(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count) { name in
            var count = 0
            var space = false
            for byte in bytes {
                guard byte < 0x80 else { return nil }
                if byte == 0x20 || byte == 0x09 {
                    space = count > 0
                    continue
                }
                if space {
                    name[count] = 0x20
                    count += 1
                    space = false
                }
                name[count] = (0x41...0x5A).contains(byte) ? byte + 0x20 : byte
                count += 1
            }
            return String(decoding: UnsafeBufferPointer(rebasing: name[..<count]), as: UTF8.self)
        }
    }
}
