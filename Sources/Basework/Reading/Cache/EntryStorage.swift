// How the cache writes and reads a resolved file: every stored property of the model types, in
// declaration order, but the entry's path, which is its record's (`ResolvedFile.placed(at:)`), and
// enumerations as their case's index. `CacheCodingTests` round-trips the entries of varied journals,
// so a property added to one of these types and not here fails there.

extension ResolvedFile: CacheCoding {
    func write(to writer: inout CacheWriter) {
        writer.write(entry) { $0.write($1) }
        writer.write(diagnostics)
        writer.write(leftOut)
        writer.write(roster)
        writer.write(lookups)
    }

    init(from reader: inout CacheReader) throws(CacheReader.Damaged) {
        self.init(entry: try reader.optional { (r: inout CacheReader) throws(CacheReader.Damaged) -> Entry in try r.read() },
                  diagnostics: try reader.array(), leftOut: try reader.bool(), roster: try reader.unsigned(), lookups: try reader.array())
    }
}

extension RosterLookup: CacheCoding {
    func write(to writer: inout CacheWriter) {
        writer.write(name)
        writer.write(isWikilink)
        writer.write(handle) { $0.write($1) }
        writer.write(known)
    }

    init(from reader: inout CacheReader) throws(CacheReader.Damaged) {
        self.init(name: try reader.string(), isWikilink: try reader.bool(), handle: try reader.optionalString(), known: try reader.bool())
    }
}

extension Entry: CacheCoding {
    func write(to writer: inout CacheWriter) {
        writer.write(date)
        writer.write(minutes)
        writer.write(activity) { $0.write($1) }
        writer.write(mode.index)
        writer.write(aim) { $0.write($1.index) }
        writer.write(struggle) { $0.write($1) }
        writer.write(crowd)
        writer.write(tags) { $0.write($1) }
        writer.write(hashtags) { $0.write($1) }
        writer.write(justification) { $0.write($1) }
        writer.write(author) { $0.write($1) }
        writer.write(title) { $0.write($1) }
        writer.write(interactions)
        writer.write(followUps)
    }

    init(from reader: inout CacheReader) throws(CacheReader.Damaged) {
        typealias R = CacheReader
        self.init(path: "", date: try reader.read(), minutes: try reader.double(),
                  activity: try reader.optionalString(), mode: try reader.index(),
                  aim: try reader.optional { (r: inout R) throws(R.Damaged) -> Aim in try r.index() },
                  struggle: try reader.optionalString(), crowd: try reader.int(), tags: try reader.strings(),
                  hashtags: try reader.strings(), justification: try reader.optionalString(),
                  author: try reader.optionalString(), title: try reader.optionalString(),
                  interactions: try reader.array(), followUps: try reader.array())
    }
}

extension Interaction: CacheCoding {
    func write(to writer: inout CacheWriter) {
        writer.write(handle)
        writer.write(rung.rawValue)
        writer.write(firstTime)
        writer.write(tags) { $0.write($1) }
        writer.write(explicitMinutes) { $0.write($1) }
        writer.write(line)
    }

    init(from reader: inout CacheReader) throws(CacheReader.Damaged) {
        let handle = try reader.string()
        guard let rung = Rung(rawValue: try reader.int()) else { throw CacheReader.Damaged() }
        self.init(handle: handle, rung: rung, firstTime: try reader.bool(), tags: try reader.strings(),
                  explicitMinutes: try reader.optional { (r: inout CacheReader) throws(CacheReader.Damaged) in try r.double() },
                  line: try reader.int())
    }
}

extension FollowUp: CacheCoding {
    func write(to writer: inout CacheWriter) {
        writer.write(text)
        writer.write(people) { $0.write($1) }
        writer.write(done)
        writer.write(due)
        writer.write(line)
    }

    init(from reader: inout CacheReader) throws(CacheReader.Damaged) {
        self.init(text: try reader.string(), people: try reader.strings(), done: try reader.bool(), due: try reader.read(),
                  line: try reader.int())
    }
}

extension CaseIterable where Self: Equatable, AllCases.Index == Int {
    /// The case's place among all cases: what the cache writes for it.
    var index: Int { Self.allCases.firstIndex(of: self)! }
}

extension CacheReader {
    /// A case written as its index.
    mutating func index<T: CaseIterable>(_ type: T.Type = T.self) throws(Damaged) -> T where T.AllCases.Index == Int {
        let index = try int()
        guard T.allCases.indices.contains(index) else { throw Damaged() }
        return T.allCases[index]
    }
}
