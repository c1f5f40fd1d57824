/// The first stage of reading: one file's bytes into its `FileSyntax`, with no roster or settings,
/// so that the result depends on the file alone (the cache keeps it; editing `people.yml` only
/// re-runs `JournalResolver`).
public enum EntryParser {
    /// Nil when the file is not an entry: its first line is not `---` (and it is not in another encoding).
    public static func parse(path: String, bytes: [UInt8]) -> FileSyntax? {
        var sink = DiagnosticSink(path: path)
        if let encoding = SourceText.foreignEncoding(bytes) {
            sink.error(.notUTF8, at: fence, SourceText.foreignEncodingMessage(encoding))
            return FileSyntax(path: path, entry: nil, diagnostics: sink.diagnostics)
        }
        guard SourceText.opensWithFence(bytes) else { return nil }
        let source: SourceText
        switch SourceText.decode(bytes) {
        case .failure(let at):
            sink.source = SourceText.lossy(bytes)
            sink.error(.notUTF8, at: at, "the file is not UTF-8 from here on: save it as UTF-8 (most editors have it under \"Save with encoding\")")
            return FileSyntax(path: path, entry: nil, diagnostics: sink.diagnostics)
        case .success(let text):
            source = text
        }
        sink.source = source
        guard let (yaml, body, bodyFirstLine) = source.split() else {
            sink.error(.unclosedFrontMatter, at: fence, "the front matter opened here is never closed: add a line `---` after its last key")
            return FileSyntax(path: path, entry: nil, diagnostics: sink.diagnostics)
        }
        let value: YAMLValue?
        do {
            value = try YAMLReader.parse(yaml, firstLine: 2)
        } catch {
            YAMLReader.report(error, in: "front matter", to: &sink)
            return FileSyntax(path: path, entry: nil, diagnostics: sink.diagnostics)
        }
        let matter = FrontMatter.read(value, fence: fence, sink: &sink)
        var parser = BodyParser(body.bytes, firstLine: bodyFirstLine)
        parser.read(sink: &sink)
        var quoted = parser.quotedLines
        for word in matter.people + [matter.activity].compactMap({ $0 }) where quoted[word.range.start.line] == nil {
            quoted[word.range.start.line] = String(frontMatterLine(word.range.start.line, of: yaml))
        }
        let justification = ([matter.justification].compactMap { $0 } + parser.justification)
        let entry = EntrySyntax(
            date: matter.date, minutes: matter.minutes, activity: matter.activity, mode: matter.mode, aim: matter.aim,
            struggle: matter.struggle, crowd: matter.crowd, people: matter.people, tags: matter.tags,
            author: matter.author, keys: matter.keys,
            justification: justification.isEmpty ? nil : justification.joined(separator: "\n\n"),
            title: parser.title, headings: parser.headings, contexts: parser.contexts, followUps: parser.followUps,
            quotedLines: quoted)
        return FileSyntax(path: path, entry: entry, diagnostics: sink.diagnostics)
    }

    /// A line of the front matter (file line 2 is its first), found without indexing the whole file.
    private static func frontMatterLine(_ line: Int, of yaml: Substring) -> Substring {
        var rest = yaml[...]
        for _ in 2..<max(2, line) {
            guard let newline = rest.utf8.firstIndex(of: 0x0A) else { return "" }
            rest = rest[rest.utf8.index(after: newline)...]
        }
        let end = rest.utf8.firstIndex(of: 0x0A) ?? rest.endIndex
        var text = rest[..<end]
        if text.utf8.last == 0x0D { text = text.dropLast() }
        return text
    }

    /// The opening `---`.
    private static let fence = SourceRange(line: 1, column: 1, length: 3)
}
