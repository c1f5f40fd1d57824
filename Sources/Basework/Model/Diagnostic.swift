/// A problem found in the journal, located in the original file (FORMAT 6).
public struct Diagnostic: Hashable, Sendable, Codable {
    /// An error leaves its entry out; a warning keeps it.
    public enum Severity: String, Sendable, Codable { case error, warning }

    public var severity: Severity
    /// A stable rule id, such as `bad-date`; `Examples/broken/` has one case per rule.
    public var rule: Rule
    /// Relative to the journal root, with `/` separators.
    public var path: String
    /// Counted from 1 in the original file, front matter lines included.
    public var line: Int
    /// Counted from 1, in characters.
    public var column: Int
    /// Where the problem ends (exclusive), when it covers more than a point: editors underline up to it.
    public var end: SourcePosition?
    public var message: String
    /// The text of the line, for showing the problem in context; nil when there is none to show.
    public var sourceLine: String?

    public init(_ severity: Severity, _ rule: Rule, path: String, line: Int, column: Int, end: SourcePosition? = nil,
                message: String, sourceLine: String? = nil) {
        self.severity = severity
        self.rule = rule
        self.path = path
        self.line = line
        self.column = column
        self.end = end
        self.message = message
        self.sourceLine = sourceLine
    }

    /// Reports list diagnostics by file, then position.
    public static func precedes(_ a: Diagnostic, _ b: Diagnostic) -> Bool {
        if a.path != b.path { return a.path < b.path }
        if a.line != b.line { return a.line < b.line }
        return a.column < b.column
    }
}
