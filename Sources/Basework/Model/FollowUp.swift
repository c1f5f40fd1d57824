/// One item of a follow-up section (FORMAT 2.8): a plan to see people again, or a task.
public struct FollowUp: Hashable, Sendable {
    /// The item's own text, box and nested items left out.
    public var text: String
    /// Canonical handles mentioned in it, sorted; may be empty ("book the room").
    public var people: [String]
    /// `[x]` or `[X]` at the start of the text.
    public var done: Bool
    /// The first `YYYY-MM-DD` in the text, else the entry's date plus `follow-up-days`.
    public var due: Day
    /// The line of the list item in the entry's file.
    public var line: Int

    public init(text: String, people: [String], done: Bool, due: Day, line: Int) {
        self.text = text
        self.people = people
        self.done = done
        self.due = due
        self.line = line
    }
}
