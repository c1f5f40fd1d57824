/// Finds mentions, hashtags, parenthesised durations and dates in a block's text (FORMAT 2.2, 2.3, 2.8).
/// The text has code, HTML and link destinations already left out.
///
/// The scans walk the text's UTF-8 bytes: ASCII bytes are classified by table, and only a non-ASCII
/// scalar asks Unicode for its properties, so the common case never leaves the bytes.
enum InlineScanner {
    /// A parenthesised duration and the text it was written as, e.g. `(25m)`.
    struct Duration {
        var minutes: Double
        var written: Substring
    }

    /// `@handle`s in order of appearance, as written (case kept).
    static func mentions(in text: String) -> [Substring] {
        marked(by: 0x40, in: text, kind: .mention)
            .map { handle in
                var handle = handle
                while handle.last == "." { handle = handle.dropLast() }
                return handle
            }
            .filter { !$0.isEmpty }
    }

    /// `#hashtag`s in order of appearance, lower case.
    static func hashtags(in text: String) -> [String] {
        marked(by: 0x23, in: text, kind: .hashtag)
            .filter { $0.unicodeScalars.first.map(isAlphabetic) == true }
            .map { $0.lowercased() }
    }

    /// Parenthesised durations, such as `(25m)` or `(1h10m)`.
    static func durations(in text: String) -> [Duration] {
        // On ASCII text without carriage returns every byte is a Character, so bytes can be searched.
        guard text.utf8.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) else { return durationsByCharacter(in: text) }
        var found: [Duration] = []
        let utf8 = text.utf8
        var search = utf8.startIndex
        while let open = utf8[search...].firstIndex(of: 0x28) {
            let inner = utf8.index(after: open)
            guard let close = utf8[inner...].firstIndex(where: { $0 == 0x29 || $0 == 0x28 || $0 == 0x0A }) else { break }
            if utf8[close] == 0x29, let minutes = DurationText.minutes(text[inner..<close], bareHours: false) {
                found.append(Duration(minutes: minutes, written: text[open...close]))
            }
            search = close
        }
        return found
    }

    /// `durations(in:)` by Characters, for text where a Character may be more than one byte.
    private static func durationsByCharacter(in text: String) -> [Duration] {
        var found: [Duration] = []
        var search = text[...]
        while let open = search.firstIndex(of: "(") {
            let rest = search[search.index(after: open)...]
            guard let close = rest.firstIndex(where: { $0 == ")" || $0 == "(" || $0 == "\n" }) else { break }
            if rest[close] == ")", let minutes = DurationText.minutes(rest[..<close], bareHours: false) {
                found.append(Duration(minutes: minutes, written: search[open...close]))
            }
            search = rest[close...]
        }
        return found
    }

    /// The first valid `YYYY-MM-DD` in the text.
    static func firstDate(in text: String) -> Day? {
        let bytes = Array(text.utf8)
        guard bytes.count >= 10 else { return nil }
        func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
        func number(_ from: Int, _ count: Int) -> Int? {
            var value = 0
            for index in from..<(from + count) {
                guard isDigit(bytes[index]) else { return nil }
                value = value * 10 + Int(bytes[index] - 0x30)
            }
            return value
        }
        for start in 0...(bytes.count - 10) where isDigit(bytes[start]) {
            if start > 0, isDigit(bytes[start - 1]) { continue }
            guard bytes[start + 4] == 0x2D, bytes[start + 7] == 0x2D,
                  let y = number(start, 4), let m = number(start + 5, 2), let d = number(start + 8, 2) else { continue }
            if let day = Day(year: y, month: m, day: d) { return day }
        }
        return nil
    }

    private static func isAlphabetic(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 { return (scalar.value | 0x20) >= 0x61 && (scalar.value | 0x20) <= 0x7A }
        return scalar.properties.isAlphabetic
    }

    /// A letter or digit: alphabetic, or with a numeric type.
    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 {
            let value = scalar.value
            return (value | 0x20) >= 0x61 && (value | 0x20) <= 0x7A || value >= 0x30 && value <= 0x39
        }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

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

    /// Words that follow `sigil`, when the sigil does not follow a scalar that `kind` rules out.
    /// Each word is a run of Unicode scalars (it may end inside a Character, as the rules are about scalars).
    private static func marked(by sigil: UInt8, in text: String, kind: Kind) -> [Substring] {
        var text = text
        text.makeContiguousUTF8()
        return text.utf8.withContiguousStorageIfAvailable { bytes in
            var found: [Substring] = []
            guard bytes.contains(sigil) else { return found }
            let count = bytes.count
            /// The scalar that starts at a byte offset, and its length in bytes (the text is valid UTF-8).
            func scalar(at offset: Int) -> (Unicode.Scalar, Int) {
                let lead = UInt32(bytes[offset])
                if lead < 0x80 { return (Unicode.Scalar(UInt8(lead)), 1) }
                func trail(_ index: Int) -> UInt32 { UInt32(bytes[offset + index]) & 0x3F }
                let value: UInt32, length: Int
                if lead < 0xE0 {
                    (value, length) = ((lead & 0x1F) << 6 | trail(1), 2)
                } else if lead < 0xF0 {
                    (value, length) = ((lead & 0x0F) << 12 | trail(1) << 6 | trail(2), 3)
                } else {
                    (value, length) = ((lead & 0x07) << 18 | trail(1) << 12 | trail(2) << 6 | trail(3), 4)
                }
                return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
            }
            let scalars = text.unicodeScalars
            func word(_ start: Int, _ end: Int) -> Substring {
                let from = text.utf8.index(text.utf8.startIndex, offsetBy: start)
                let to = text.utf8.index(from, offsetBy: end - start)
                return Substring(scalars[from..<to])
            }
            var offset = 0
            var previous: Unicode.Scalar?
            while offset < count {
                let (current, length) = scalar(at: offset)
                if bytes[offset] == sigil, previous.map(kind.allowedAfter) != false {
                    let start = offset + 1
                    if start < count, isWordScalar(scalar(at: start).0) {
                        var end = start
                        var last = current
                        while end < count {
                            let (next, nextLength) = scalar(at: end)
                            guard kind.continues(next) else { break }
                            last = next
                            end += nextLength
                        }
                        found.append(word(start, end))
                        previous = last
                        offset = end
                        continue
                    }
                }
                previous = current
                offset += length
            }
            return found
        } ?? []
    }
}
