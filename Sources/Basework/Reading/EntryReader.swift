/// Reads one entry file into an `Entry` (FORMAT 2), with every problem found in it.
/// An entry with an error is left out; its warnings still count.
struct EntryReader: Sendable {
    let roster: Roster
    let settings: Settings

    /// The entry, when it could be read without error, and the file's diagnostics.
    struct Outcome: Sendable {
        var entry: Entry?
        var diagnostics: [Diagnostic]
    }

    private static let fence = SourcePosition(line: 1, column: 1)

    /// Nil when the file is not an entry: its first line is not `---`.
    func read(path: String, bytes: [UInt8]) -> Outcome? {
        guard SourceText.opensWithFence(bytes) else { return nil }
        var sink = DiagnosticSink(path: path)
        let source: SourceText
        switch SourceText.decode(bytes) {
        case .failure(let at):
            sink.source = SourceText.lossy(bytes)
            sink.error(.notUTF8, at: at, "the file is not UTF-8 from here on: save it as UTF-8 (most editors have it under \"Save with encoding\")")
            return Outcome(entry: nil, diagnostics: sink.diagnostics)
        case .success(let text):
            source = text
        }
        sink.source = source
        guard let (yaml, body, bodyFirstLine) = source.split() else {
            sink.error(.unclosedFrontMatter, at: Self.fence, "the front matter opened here is never closed: add a line `---` after its last key")
            return Outcome(entry: nil, diagnostics: sink.diagnostics)
        }
        let value: YAMLValue?
        do {
            value = try YAMLReader.parse(yaml, firstLine: 2)
        } catch {
            YAMLReader.report(error, in: "front matter", to: &sink)
            return Outcome(entry: nil, diagnostics: sink.diagnostics)
        }
        let matter = FrontMatter.read(value, fenceAt: Self.fence, settings: settings, sink: &sink)
        var builder = EntryBuilder(matter: matter, source: source, bodyFirstLine: bodyFirstLine, roster: roster)
        builder.read(BodySections(MarkdownBody.blocks(of: String(body))), sink: &sink)
        guard !sink.hasError, let date = matter.date else { return Outcome(entry: nil, diagnostics: sink.diagnostics) }
        let entry = Entry(
            path: path, date: date, minutes: matter.minutes ?? 0, activity: matter.activity, mode: matter.mode,
            aim: matter.aim, struggle: matter.struggle, crowd: matter.crowd, tags: matter.tags,
            justification: builder.justification, author: matter.author, title: builder.title,
            interactions: builder.interactions, followUps: builder.followUps(date: date, settings: settings))
        return Outcome(entry: entry, diagnostics: sink.diagnostics)
    }
}

extension YAMLReader {
    /// Turns a parse failure into a diagnostic.
    static func report(_ failure: Failure, in what: String, to sink: inout DiagnosticSink) {
        switch failure {
        case .syntax(let detail, let at):
            sink.error(.badYAML, at: at, "the \(what) is not valid YAML: \(detail)")
        case .duplicateKey(let keys, let at):
            sink.error(.duplicateKey, at: at, "`\(keys)` is given twice in the \(what); keep one")
        case .tooComplex(let detail, let at):
            sink.error(.yamlTooComplex, at: at, "the \(what) is too complex to read: \(detail)")
        }
    }
}
