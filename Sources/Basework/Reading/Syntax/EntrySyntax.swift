/// What one entry file says, read without the roster or the settings (the first of reading's two
/// stages): every element as written, with where it was written. `JournalResolver` turns it into an
/// `Entry` against a roster and settings; the cache keeps it, and the language server keeps one per
/// open buffer.
public struct EntrySyntax: Sendable, Codable, Equatable {
    /// The front matter's values; a value with an error is absent (FORMAT 6). Without a date the
    /// entry is left out of the reports, but what its body says is still checked.
    public var date: Day?
    public var minutes: Double?
    public var activity: Word?
    public var mode: Mode
    public var aim: Aim?
    public var struggle: String?
    public var crowd: Int
    /// The front matter `people` list, `@` and `[[ ]]` taken off.
    public var people: [Word]
    /// Front matter tags, lower case.
    public var tags: [String]
    public var author: String?
    /// Every front matter key as written, with its range, known or not (for editors).
    public var keys: [Word]
    /// The front matter `justification` and the body's Justification and Why sections, joined.
    public var justification: String?
    /// The body's first heading that opens no section.
    public var title: String?
    /// The headings of the body, in order (for editors' outlines).
    public var headings: [Heading]
    /// Every context outside the follow-up sections, in order (FORMAT 2.2).
    public var contexts: [Context]
    /// Every item of the follow-up sections, in order (FORMAT 2.8).
    public var followUps: [FollowUpItem]
    /// The text of the lines that a resolve-stage diagnostic may point at (the first mention of each
    /// handle, parenthesised durations, `people` items, the activity), for showing them with it.
    public var quotedLines: [Int: String]

    /// A word as written, where it was written.
    public struct Word: Sendable, Codable, Equatable {
        public var text: String
        public var range: SourceRange

        public init(_ text: String, _ range: SourceRange) {
            self.text = text
            self.range = range
        }
    }

    /// A heading of the body.
    public struct Heading: Sendable, Codable, Equatable {
        public var level: Int
        public var text: String
        public var range: SourceRange
    }

    /// `@handle` or a wikilink in the body.
    public struct Mention: Sendable, Codable, Equatable {
        /// The handle as written (case kept), or the wikilink's target (before `|` and `#`).
        public var handle: String
        /// `[[target]]`: a mention only when the target names a roster person (FORMAT 2.2).
        public var isWikilink: Bool
        /// From the `@` (or the `[[`) to the end of the handle (or after the `]]`).
        public var range: SourceRange
    }

    /// `#word` in the body, lower case, `#` left out of the text but inside the range.
    public typealias Hashtag = Word

    /// A parenthesised duration, such as `(25m)`.
    public struct Duration: Sendable, Codable, Equatable {
        public var minutes: Double
        public var range: SourceRange
    }

    /// A context (FORMAT 2.2): a list item's own text, a paragraph, a heading, or a table row.
    public struct Context: Sendable, Codable, Equatable {
        /// The file line the context starts on.
        public var line: Int
        public var mentions: [Mention]
        public var hashtags: [Hashtag]
        public var durations: [Duration]
    }

    /// One item of a follow-up section.
    public struct FollowUpItem: Sendable, Codable, Equatable {
        /// The item's own text, box left out.
        public var text: String
        public var line: Int
        public var done: Bool
        public var mentions: [Mention]
        public var hashtags: [Hashtag]
        /// The first real `YYYY-MM-DD` in the text.
        public var dueDate: Day?
        /// `due Friday`: the ISO weekday (1 for Monday), when no date is given.
        public var dueWeekday: Int?
    }
}
