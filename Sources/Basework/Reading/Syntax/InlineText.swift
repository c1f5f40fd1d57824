/// A block's inline text as cmark reads it, with where each byte of it was written in the body.
///
/// Code spans, inline HTML and autolinks stand as one space each; a soft or hard line break is a
/// newline. `boundaries` are the offsets where an inline starts or ends (emphasis, a link's text,
/// a code span): a handle or hashtag ends there (FORMAT 2.2). `escaped` marks the bytes written as a
/// backslash escape or an entity (`\@`, `&#64;`), which are never a mention's `@` or a hashtag's `#`.
struct InlineText {
    /// Where a run of the text was written: bytes `offset ..< offset + length` of the text come from
    /// `sourceLength` bytes of body line `line` starting at byte column `column` (from 1). When
    /// `exact`, the run is the source byte for byte; otherwise (an escape, an entity, a stand-in
    /// space) every byte maps to the run's start.
    struct Segment {
        var offset: Int
        var length: Int
        var line: Int
        var column: Int
        var sourceLength: Int
        var exact: Bool
    }

    var bytes: [UInt8] = []
    var segments: [Segment] = []
    var boundaries: [Int] = []
    var escaped: Set<Int> = []

    var isEmpty: Bool { bytes.isEmpty }

    mutating func markBoundary() {
        if boundaries.last != bytes.count { boundaries.append(bytes.count) }
    }

    /// Appends bytes that stand for `sourceLength` source bytes at a line and column.
    mutating func append(_ more: some Collection<UInt8>, line: Int, column: Int, sourceLength: Int, exact: Bool) {
        guard !more.isEmpty else { return }
        if exact, let last = segments.last, last.exact, last.line == line,
           last.offset + last.length == bytes.count, last.column + last.sourceLength == column {
            segments[segments.count - 1].length += more.count
            segments[segments.count - 1].sourceLength += more.count
        } else {
            segments.append(Segment(offset: bytes.count, length: more.count, line: line, column: column,
                                    sourceLength: sourceLength, exact: exact))
        }
        bytes.append(contentsOf: more)
    }

    /// The segment holding a byte of the text.
    private func segment(holding offset: Int) -> Segment? {
        var low = 0, high = segments.count - 1
        while low <= high {
            let middle = (low + high) / 2
            let segment = segments[middle]
            if offset < segment.offset {
                high = middle - 1
            } else if offset >= segment.offset + segment.length {
                low = middle + 1
            } else {
                return segment
            }
        }
        return nil
    }

    /// The body line and byte column where the byte at `offset` was written.
    func start(of offset: Int) -> (line: Int, column: Int)? {
        guard let segment = segment(holding: offset) else { return nil }
        return (segment.line, segment.column + (segment.exact ? offset - segment.offset : 0))
    }

    /// The body line and byte column just after the source of the byte before `offset`.
    func end(of offset: Int) -> (line: Int, column: Int)? {
        guard offset > 0, let segment = segment(holding: offset - 1) else { return nil }
        return (segment.line, segment.exact ? segment.column + offset - segment.offset : segment.column + segment.sourceLength)
    }

    /// The first boundary after `offset`, or the end of the text.
    func boundary(after offset: Int) -> Int {
        var low = 0, high = boundaries.count
        while low < high {
            let middle = (low + high) / 2
            if boundaries[middle] <= offset { low = middle + 1 } else { high = middle }
        }
        return low < boundaries.count ? boundaries[low] : bytes.count
    }
}
