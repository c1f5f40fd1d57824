// How the cache writes and reads each type it keeps: every stored property, in declaration order.
// `CacheCodingTests` round-trips the syntax of varied journals, so a property added to one of these
// types and not here fails there.

extension FileSyntax: CacheCoding {
    func write(to writer: inout CacheWriter) {
        writer.write(path)
        writer.write(entry) { $0.write($1) }
        writer.write(diagnostics)
    }

    init(from reader: inout CacheReader) throws(CacheReader.Damaged) {
        self.init(path: try reader.string(), entry: try reader.optional { (r: inout CacheReader) throws(CacheReader.Damaged) in try r.read() },
                  diagnostics: try reader.array())
    }
}

extension EntrySyntax: CacheCoding {
    func write(to writer: inout CacheWriter) {
        writer.write(date) { $0.write($1) }
        writer.write(minutes) { $0.write($1) }
        writer.write(activity) { $0.write($1) }
        writer.write(mode.rawValue)
        writer.write(aim) { $0.write($1.rawValue) }
        writer.write(struggle) { $0.write($1) }
        writer.write(crowd)
        writer.write(people)
        writer.write(tags) { $0.write($1) }
        writer.write(author) { $0.write($1) }
        writer.write(keys)
        writer.write(justification) { $0.write($1) }
        writer.write(title) { $0.write($1) }
        writer.write(headings)
        writer.write(contexts)
        writer.write(followUps)
        writer.write(quotedLines.sorted { $0.key < $1.key }) { $0.write($1.key); $0.write($1.value) }
    }

    init(from reader: inout CacheReader) throws(CacheReader.Damaged) {
        typealias R = CacheReader
        let date = try reader.optional { (r: inout R) throws(R.Damaged) -> Day in try r.read() }
        let minutes = try reader.optional { (r: inout R) throws(R.Damaged) in try r.double() }
        let activity = try reader.optional { (r: inout R) throws(R.Damaged) -> Word in try r.read() }
        let mode: Mode = try reader.raw()
        let aim = try reader.optional { (r: inout R) throws(R.Damaged) -> Aim in try r.raw() }
        let struggle = try reader.optional { (r: inout R) throws(R.Damaged) in try r.string() }
        let crowd = try reader.int()
        let people: [Word] = try reader.array()
        let tags = try reader.array { (r: inout R) throws(R.Damaged) in try r.string() }
        let author = try reader.optional { (r: inout R) throws(R.Damaged) in try r.string() }
        let keys: [Word] = try reader.array()
        let justification = try reader.optional { (r: inout R) throws(R.Damaged) in try r.string() }
        let title = try reader.optional { (r: inout R) throws(R.Damaged) in try r.string() }
        let headings: [Heading] = try reader.array()
        let contexts: [Context] = try reader.array()
        let followUps: [FollowUpItem] = try reader.array()
        let lines = try reader.array { (r: inout R) throws(R.Damaged) in (try r.int(), try r.string()) }
        var quotedLines: [Int: String] = [:]
        quotedLines.reserveCapacity(lines.count)
        for (line, text) in lines { quotedLines[line] = text }
        self.init(date: date, minutes: minutes, activity: activity, mode: mode, aim: aim, struggle: struggle, crowd: crowd,
                  people: people, tags: tags, author: author, keys: keys, justification: justification, title: title,
                  headings: headings, contexts: contexts, followUps: followUps, quotedLines: quotedLines)
    }
}

extension EntrySyntax.Word: CacheCoding {
    func write(to writer: inout CacheWriter) {
        writer.write(text)
        writer.write(range)
    }

    init(from reader: inout CacheReader) throws(CacheReader.Damaged) {
        self.init(try reader.string(), try reader.read())
    }
}

extension EntrySyntax.Heading: CacheCoding {
    func write(to writer: inout CacheWriter) {
        writer.write(level)
        writer.write(text)
        writer.write(range)
    }

    init(from reader: inout CacheReader) throws(CacheReader.Damaged) {
        self.init(level: try reader.int(), text: try reader.string(), range: try reader.read())
    }
}

extension EntrySyntax.Mention: CacheCoding {
    func write(to writer: inout CacheWriter) {
        writer.write(handle)
        writer.write(isWikilink)
        writer.write(range)
    }

    init(from reader: inout CacheReader) throws(CacheReader.Damaged) {
        self.init(handle: try reader.string(), isWikilink: try reader.bool(), range: try reader.read())
    }
}

extension EntrySyntax.Duration: CacheCoding {
    func write(to writer: inout CacheWriter) {
        writer.write(minutes)
        writer.write(range)
    }

    init(from reader: inout CacheReader) throws(CacheReader.Damaged) {
        self.init(minutes: try reader.double(), range: try reader.read())
    }
}

extension EntrySyntax.Context: CacheCoding {
    func write(to writer: inout CacheWriter) {
        writer.write(line)
        writer.write(mentions)
        writer.write(hashtags)
        writer.write(durations)
    }

    init(from reader: inout CacheReader) throws(CacheReader.Damaged) {
        self.init(line: try reader.int(), mentions: try reader.array(), hashtags: try reader.array(), durations: try reader.array())
    }
}

extension EntrySyntax.FollowUpItem: CacheCoding {
    func write(to writer: inout CacheWriter) {
        writer.write(text)
        writer.write(line)
        writer.write(done)
        writer.write(mentions)
        writer.write(hashtags)
        writer.write(dueDate) { $0.write($1) }
        writer.write(dueWeekday) { $0.write($1) }
    }

    init(from reader: inout CacheReader) throws(CacheReader.Damaged) {
        typealias R = CacheReader
        self.init(text: try reader.string(), line: try reader.int(), done: try reader.bool(), mentions: try reader.array(),
                  hashtags: try reader.array(), dueDate: try reader.optional { (r: inout R) throws(R.Damaged) -> Day in try r.read() },
                  dueWeekday: try reader.optional { (r: inout R) throws(R.Damaged) in try r.int() })
    }
}

extension Diagnostic: CacheCoding {
    func write(to writer: inout CacheWriter) {
        writer.write(severity.rawValue)
        writer.write(rule.rawValue)
        writer.write(path)
        writer.write(line)
        writer.write(column)
        writer.write(end) { $0.write($1) }
        writer.write(message)
        writer.write(sourceLine) { $0.write($1) }
    }

    init(from reader: inout CacheReader) throws(CacheReader.Damaged) {
        typealias R = CacheReader
        self.init(try reader.raw(), try reader.raw(), path: try reader.string(), line: try reader.int(), column: try reader.int(),
                  end: try reader.optional { (r: inout R) throws(R.Damaged) -> SourcePosition in try r.read() },
                  message: try reader.string(), sourceLine: try reader.optional { (r: inout R) throws(R.Damaged) in try r.string() })
    }
}

extension SourceRange: CacheCoding {
    func write(to writer: inout CacheWriter) {
        writer.write(start)
        writer.write(end)
    }

    init(from reader: inout CacheReader) throws(CacheReader.Damaged) {
        self.init(try reader.read(), try reader.read())
    }
}

extension SourcePosition: CacheCoding {
    func write(to writer: inout CacheWriter) {
        writer.write(line)
        writer.write(column)
    }

    init(from reader: inout CacheReader) throws(CacheReader.Damaged) {
        self.init(line: try reader.int(), column: try reader.int())
    }
}

extension Day: CacheCoding {
    func write(to writer: inout CacheWriter) { writer.write(ordinal) }

    init(from reader: inout CacheReader) throws(CacheReader.Damaged) { self.init(ordinal: try reader.int()) }
}

extension FileSignature: CacheCoding {
    func write(to writer: inout CacheWriter) {
        writer.write(Int(size))
        writer.write(Int(modified))
        writer.write(Int(changed))
        writer.write(inode)
        writer.write(device)
    }

    init(from reader: inout CacheReader) throws(CacheReader.Damaged) {
        self.init(size: Int64(try reader.int()), modified: Int64(try reader.int()), changed: Int64(try reader.int()),
                  inode: try reader.unsigned(), device: try reader.unsigned())
    }
}
