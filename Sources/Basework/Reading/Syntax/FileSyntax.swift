/// What reading one journal file gave before the roster and settings are applied: the entry's
/// syntax (nil when its front matter cannot be read), and the problems found in the file alone.
public struct FileSyntax: Sendable, Codable, Equatable {
    /// Relative to the journal root, with `/` separators.
    public var path: String
    /// Nil when the front matter cannot be read at all.
    public var entry: EntrySyntax?
    /// Problems that the file shows without the roster or the settings.
    public var diagnostics: [Diagnostic]

    public init(path: String, entry: EntrySyntax?, diagnostics: [Diagnostic]) {
        self.path = path
        self.entry = entry
        self.diagnostics = diagnostics
    }

    /// Left out of the reports (FORMAT 6): the entry cannot be read, or cannot be placed in time.
    public var isLeftOut: Bool { entry?.date == nil }
}
