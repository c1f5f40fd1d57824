import Basework

/// libFuzzer's entry point: parses the input as one entry file (`EntryParser.parse`), resolves it
/// against a roster (`JournalResolver.resolve`), checks what every reading promises, then, when it
/// is an entry, runs every report on a journal holding it (and its JSON), so the reports are fuzzed
/// too. Built only with `BASEWORK_FUZZ=1` (see `Scripts/fuzz`); plain `swift build` never sees it.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    guard let file = EntryParser.parse(path: "fuzz.md", bytes: bytes) else { return 0 }
    let resolved = JournalResolver.resolve([file], roster: FuzzFixture.roster, settings: Settings())
    // What every reading promises, checked so that breaking it is a finding like a crash.
    for diagnostic in file.diagnostics + resolved.diagnostics {
        precondition(diagnostic.line >= 1 && diagnostic.column >= 1, "a diagnostic outside the file: \(diagnostic)")
        if let end = diagnostic.end {
            precondition(SourcePosition(line: diagnostic.line, column: diagnostic.column) <= end, "a diagnostic that ends before it starts: \(diagnostic)")
        }
    }
    precondition(resolved.entries.count == (file.entry?.date == nil ? 0 : 1), "an entry is read exactly when its date is readable")
    precondition(file.isLeftOut == resolved.entries.isEmpty, "left out exactly when no entry is read")
    precondition(file.isLeftOut == file.diagnostics.contains { $0.severity == .error && $0.rule.leavesEntryOut },
                 "left out exactly when an error that leaves the entry out says so")
    if let syntax = file.entry { FuzzChecks.ranges(of: syntax, source: FuzzChecks.decoded(bytes)) }
    guard let entry = resolved.entries.first else { return 0 }
    precondition((0...24 * 60).contains(entry.minutes), "a duration outside one day: \(entry.minutes)")
    let journal = Journal(entries: [entry, FuzzFixture.earlier(than: entry)], roster: FuzzFixture.roster,
                          diagnostics: file.diagnostics + resolved.diagnostics)
    let history = History(journal)
    for index in journal.entries.indices {
        let time = PersonTime(journal, history, entry: index)
        precondition(abs(time.minutes + time.unallocated - journal.entries[index].minutes) < 1e-6,
                     "person-time does not sum to the duration")
    }
    let period = Period.week(holding: entry.date, start: journal.settings.weekStart)
    let query = Query(period: period, asOf: entry.date.adding(days: 30))
    let input = ReportInput(journal, query, history: history, span: .init(unit: .week, count: 4))
    _ = JSONRenderer.render(ReportDocument(header: ReportHeader(journal, query), body: .full(FullReport(input))))
    _ = TrendReport(input)
    return 0
}

/// The promises about the syntax's ranges: every element starts at line and column 1 or later and
/// ends no earlier than it starts, and cut out of the decoded source, every mention reads `@handle`
/// (or a whole wikilink), every hashtag `#tag` and every parenthesised duration `(…)`.
enum FuzzChecks {
    /// The text as the parser reads it: no UTF-8 byte order mark, a lone CR as LF. Lines are split
    /// into Unicode scalars, their CR left off.
    static func decoded(_ bytes: [UInt8]) -> [[Unicode.Scalar]] {
        var content = bytes[...]
        if content.starts(with: [0xEF, 0xBB, 0xBF]) { content = content.dropFirst(3) }
        var fixed = Array(content)
        for index in fixed.indices where fixed[index] == 0x0D && (index + 1 == fixed.count || fixed[index + 1] != 0x0A) {
            fixed[index] = 0x0A
        }
        let text = String(decoding: fixed, as: UTF8.self)
        return text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.last == "\r" ? Array(line.dropLast()) : Array(line)
        }
    }

    /// The text with each backslash escape of ASCII punctuation (`\_`, `\-`, `\(`) read as what it
    /// escapes: a handle, hashtag or duration may be written with one, and its range holds the backslash.
    static func unescaped(_ text: String) -> String {
        var result = ""
        var scalars = text.unicodeScalars.makeIterator()
        while let scalar = scalars.next() {
            guard scalar == "\\", let next = scalars.next() else {
                result.unicodeScalars.append(scalar)
                continue
            }
            if !asciiPunctuation.unicodeScalars.contains(next) { result.unicodeScalars.append(scalar) }
            result.unicodeScalars.append(next)
        }
        return result
    }

    /// What a backslash escapes in CommonMark.
    static let asciiPunctuation = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"

    /// The text of a range, lines joined by LF; nil when the range leaves the text.
    static func cut(_ lines: [[Unicode.Scalar]], _ range: SourceRange) -> String? {
        let (start, end) = (range.start, range.end)
        guard start.line >= 1, start.column >= 1, start <= end, end.line <= lines.count else { return nil }
        var scalars: [Unicode.Scalar] = []
        for line in start.line...end.line {
            let text = lines[line - 1]
            let from = line == start.line ? start.column - 1 : 0
            let to = line == end.line ? end.column - 1 : text.count
            guard from <= to, to <= text.count else { return nil }
            if line > start.line { scalars.append("\n") }
            scalars += text[from..<to]
        }
        var string = ""
        string.unicodeScalars.append(contentsOf: scalars)
        return string
    }

    static func ranges(of syntax: EntrySyntax, source lines: [[Unicode.Scalar]]) {
        for word in syntax.keys + syntax.people + [syntax.activity].compactMap({ $0 }) {
            precondition(cut(lines, word.range) != nil, "a front matter range outside the file: \(word)")
        }
        for heading in syntax.headings {
            precondition(cut(lines, heading.range) != nil, "a heading's range outside the file: \(heading)")
        }
        let mentions = syntax.contexts.flatMap(\.mentions) + syntax.followUps.flatMap(\.mentions)
        for mention in mentions {
            let text = cut(lines, mention.range).map(unescaped)
            if mention.isWikilink {
                precondition(text.map { $0.hasPrefix("[[") && $0.hasSuffix("]]") } == true, "a wikilink cut as \(text ?? "nothing"): \(mention)")
            } else {
                precondition(text == "@" + mention.handle, "a mention cut as \(text ?? "nothing"): \(mention)")
            }
        }
        for hashtag in syntax.contexts.flatMap(\.hashtags) {
            let text = cut(lines, hashtag.range).map(unescaped)
            precondition(text?.lowercased() == "#" + hashtag.text, "a hashtag cut as \(text ?? "nothing"): \(hashtag)")
        }
        for duration in syntax.contexts.flatMap(\.durations) {
            let text = cut(lines, duration.range).map(unescaped)
            precondition(text.map { $0.hasPrefix("(") && $0.hasSuffix(")") } == true, "a duration cut as \(text ?? "nothing"): \(duration)")
        }
    }
}

/// libFuzzer's driver (in the toolchain's `libclang_rt.fuzzer`).
@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(_ argc: UnsafeMutablePointer<CInt>,
                     _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
                     _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt) -> CInt

/// The program's entry point. SwiftPM on Linux links an executable target with `main` defined as
/// `<module>_main`, so libFuzzer's own `main` is never linked in: this one hands over to its driver.
@_cdecl("basework_fuzz_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    var count = argc
    var arguments = argv
    return runFuzzerDriver(&count, &arguments, fuzz)
}

/// A roster with roles, a fixed standing and aliases, so handles in fuzzed entries resolve every way.
enum FuzzFixture {
    static let roster = Roster(
        people: [
            Person(handle: "maria-g", name: "Maria Gonzalez"),
            Person(handle: "pat-kim", role: .officer, aliases: ["pat", "pk"]),
            Person(handle: "lena-p", standing: .cadre),
            Person(handle: "boss", role: .opponent),
        ],
        aliases: ["pat": "pat-kim", "pk": "pat-kim"],
        exists: true)

    /// An entry a week before, meeting some of the same people, so history and follow-ups have a past.
    static func earlier(than entry: Entry) -> Entry {
        Entry(path: "earlier.md", date: entry.date.adding(days: -7), minutes: 60, activity: "picket",
              interactions: [Interaction(handle: "maria-g", rung: .talked, firstTime: true, explicitMinutes: 20),
                             Interaction(handle: "pat-kim", rung: .acted)]
                + entry.interactions.filter { !["maria-g", "pat-kim"].contains($0.handle) }.prefix(2)
                    .map { Interaction(handle: $0.handle, rung: .talked) },
              followUps: [FollowUp(text: "see @maria-g", people: ["maria-g"], done: false,
                                   due: entry.date, line: 9)])
    }
}
