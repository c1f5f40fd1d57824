/// Finds mentions, wikilinks, hashtags and parenthesised durations in a block's inline text
/// (FORMAT 2.2, 2.3), as byte offsets into it.
///
/// A handle or hashtag ends at the end of the inline it is written in; `\@`, `\#` and entities are
/// no sigils; nothing inside a bare URL or a wikilink is a mention or hashtag. The scan walks UTF-8
/// bytes: ASCII is classified by table, and only a non-ASCII scalar asks Unicode for its properties.
struct InlineScanner {
    /// Something found, from `start` up to `end` (byte offsets into the text).
    struct Found: Equatable {
        /// The handle as written, the wikilink's target, the hashtag in lower case, or the duration as written.
        var text: String
        var start: Int
        var end: Int
        var isWikilink = false
        /// For a duration, its minutes.
        var minutes: Double = 0
    }

    let text: InlineText
    private let bytes: [UInt8]
    /// Byte ranges that hold no mention or hashtag: bare URLs and wikilinks.
    private var excluded: [Range<Int>] = []
    private(set) var wikilinks: [Found] = []

    init(_ text: InlineText) {
        self.text = text
        bytes = text.bytes
        findExclusions()
    }

    /// `@handle`s and wikilinks, in order of appearance.
    func mentions() -> [Found] {
        var found = marked(by: 0x40, kind: .mention).compactMap { found -> Found? in
            var found = found
            while found.text.last == "." {
                found.text.removeLast()
                found.end -= 1
            }
            return found.text.isEmpty ? nil : found
        }
        guard !wikilinks.isEmpty else { return found }
        found += wikilinks
        return found.sorted { $0.start < $1.start }
    }

    /// `#hashtag`s in order of appearance, lower case.
    func hashtags() -> [Found] {
        marked(by: 0x23, kind: .hashtag)
            .filter { $0.text.unicodeScalars.first.map(Self.isAlphabetic) == true }
            .map { found in
                var found = found
                found.text = found.text.lowercased()
                return found
            }
    }

    /// Parenthesised durations, such as `(25m)` or `(10 min)`, outside bare URLs.
    func durations() -> [Found] {
        var found: [Found] = []
        var search = 0
        while let open = bytes[search...].firstIndex(of: 0x28) {
            guard let close = bytes[(open + 1)...].firstIndex(where: { $0 == 0x29 || $0 == 0x28 || $0 == 0x0A }) else { break }
            if bytes[close] == 0x29, !isExcluded(open) {
                let inner = String(decoding: bytes[(open + 1)..<close], as: UTF8.self)
                if let minutes = DurationText.minutes(inner[...], bareHours: false) {
                    found.append(Found(text: "(\(inner))", start: open, end: close + 1, minutes: minutes))
                }
            }
            search = close
        }
        return found
    }

    // MARK: - Exclusions

    /// Finds wikilinks and bare URLs. Only `[[`, `://` and `www.` can start one, so every other byte
    /// is passed over at once.
    private mutating func findExclusions() {
        var offset = 0
        let count = bytes.count
        while offset < count {
            switch bytes[offset] {
            case 0x5B where offset + 1 < count && bytes[offset + 1] == 0x5B:
                if let link = wikilink(at: offset) {
                    excluded.append(offset..<link.end)
                    if !link.text.isEmpty { wikilinks.append(link) }
                    offset = link.end
                    continue
                }
            case 0x3A where offset + 2 < count && bytes[offset + 1] == 0x2F && bytes[offset + 2] == 0x2F:
                // `://` ends `http` or `https` at the start of a URL.
                for scheme in [5, 4] where offset >= scheme && startsURL(at: offset - scheme) {
                    offset = excludeURL(from: offset - scheme)
                    break
                }
            case 0x77, 0x57:
                if offset + 3 < count, bytes[offset + 3] == 0x2E, startsURL(at: offset) {
                    offset = excludeURL(from: offset)
                    continue
                }
            default:
                break
            }
            offset += 1
        }
    }

    /// Leaves out a bare URL, from its start to the next whitespace; the offset where it ends.
    private mutating func excludeURL(from start: Int) -> Int {
        var end = start
        while end < bytes.count, !Self.isSpace(bytes[end]) { end += 1 }
        if let last = excluded.last, last.upperBound > start {
            excluded[excluded.count - 1] = last.lowerBound..<max(last.upperBound, end)
        } else {
            excluded.append(start..<end)
        }
        return end
    }

    /// `[[target]]`, `[[target|shown]]`, `[[target#heading]]` on one line, starting at `start`.
    private func wikilink(at start: Int) -> Found? {
        var index = start + 2
        while index + 1 < bytes.count {
            switch bytes[index] {
            case 0x0A, 0x5B: return nil
            case 0x5D:
                guard bytes[index + 1] == 0x5D else { return nil }
                let inner = bytes[(start + 2)..<index]
                let targetEnd = inner.firstIndex(where: { $0 == 0x7C || $0 == 0x23 }) ?? index
                let target = String(decoding: bytes[(start + 2)..<targetEnd], as: UTF8.self).trimmed
                return Found(text: target, start: start, end: index + 2, isWikilink: true)
            default: index += 1
            }
        }
        return nil
    }

    /// A word that starts with `http://`, `https://` or `www.` (case ignored), not after a letter or digit.
    private func startsURL(at offset: Int) -> Bool {
        let first = bytes[offset] | 0x20
        guard first == 0x68 || first == 0x77 else { return false }
        if offset > 0, let previous = scalar(before: offset), Self.isWordScalar(previous) { return false }
        func has(_ prefix: String) -> Bool {
            let prefix = Array(prefix.utf8)
            guard offset + prefix.count <= bytes.count else { return false }
            for (index, byte) in prefix.enumerated() where (bytes[offset + index] | (byte >= 0x61 ? 0x20 : 0)) != byte { return false }
            return true
        }
        return has("http://") || has("https://") || has("www.")
    }

    /// Whether an offset is in a bare URL or a wikilink (the ranges are sorted and apart).
    private func isExcluded(_ offset: Int) -> Bool {
        guard !excluded.isEmpty else { return false }
        var low = 0, high = excluded.count
        while low < high {
            let middle = (low + high) / 2
            if excluded[middle].upperBound <= offset { low = middle + 1 } else { high = middle }
        }
        return low < excluded.count && excluded[low].contains(offset)
    }

    // MARK: - Sigils

    private enum Kind {
        /// Not after a word scalar; a word scalar, then word scalars, `-`, `_` or `.`.
        case mention
        /// Not after a word scalar or `&`; a word scalar, then word scalars or `-`.
        case hashtag

        func allowedAfter(_ scalar: Unicode.Scalar) -> Bool {
            switch self {
            case .mention: !isWordScalar(scalar)
            case .hashtag: !(isWordScalar(scalar) || scalar == "&")
            }
        }

        func continues(_ scalar: Unicode.Scalar) -> Bool {
            switch self {
            case .mention: isWordScalar(scalar) || scalar == "-" || scalar == "_" || scalar == "."
            case .hashtag: isWordScalar(scalar) || scalar == "-"
            }
        }
    }

    /// Words that follow `sigil` where it counts, each ending at the end of its inline. Only the
    /// sigils are visited (it is ASCII, so never inside another scalar); what comes before one is the
    /// scalar that ends there.
    private func marked(by sigil: UInt8, kind: Kind) -> [Found] {
        var found: [Found] = []
        var offset = 0
        while let at = bytes[offset...].firstIndex(of: sigil) {
            offset = at
            if scalar(before: offset).map(kind.allowedAfter) != false, !text.escaped.contains(offset), !isExcluded(offset) {
                let start = offset + 1
                let limit = text.boundary(after: offset)
                if start < limit, Self.isWordScalar(scalar(at: start).0) {
                    var end = start
                    while end < limit {
                        let (next, nextLength) = scalar(at: end)
                        guard kind.continues(next), !isExcluded(end) else { break }
                        end += nextLength
                    }
                    found.append(Found(text: String(decoding: bytes[start..<end], as: UTF8.self), start: offset, end: end))
                    offset = end
                    continue
                }
            }
            offset += 1
        }
        return found
    }

    /// The scalar that starts at a byte offset, and its length in bytes (the text is valid UTF-8).
    private func scalar(at offset: Int) -> (Unicode.Scalar, Int) {
        let lead = UInt32(bytes[offset])
        if lead < 0x80 { return (Unicode.Scalar(UInt8(lead)), 1) }
        func trail(_ index: Int) -> UInt32 { offset + index < bytes.count ? UInt32(bytes[offset + index]) & 0x3F : 0 }
        let value: UInt32, length: Int
        if lead < 0xE0 {
            (value, length) = ((lead & 0x1F) << 6 | trail(1), 2)
        } else if lead < 0xF0 {
            (value, length) = ((lead & 0x0F) << 12 | trail(1) << 6 | trail(2), 3)
        } else {
            (value, length) = ((lead & 0x07) << 18 | trail(1) << 12 | trail(2) << 6 | trail(3), 4)
        }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", min(length, bytes.count - offset))
    }

    /// The scalar that ends just before a byte offset.
    private func scalar(before offset: Int) -> Unicode.Scalar? {
        var start = offset - 1
        while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }
        return start >= 0 ? scalar(at: start).0 : nil
    }

    private static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }

    static func isAlphabetic(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 { return (scalar.value | 0x20) >= 0x61 && (scalar.value | 0x20) <= 0x7A }
        return scalar.properties.isAlphabetic
    }

    /// A letter or digit: alphabetic, or with a numeric type.
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 {
            let value = scalar.value
            return (value | 0x20) >= 0x61 && (value | 0x20) <= 0x7A || value >= 0x30 && value <= 0x39
        }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }
}
