/// Finds mentions, hashtags, parenthesised durations and dates in a block's text (FORMAT 2.2, 2.3, 2.8).
/// The text has code, HTML and link destinations already left out.
enum InlineScanner {
    /// A parenthesised duration and the text it was written as, e.g. `(25m)`.
    struct Duration {
        var minutes: Double
        var written: Substring
    }

    /// `@handle`s in order of appearance, as written (case kept).
    static func mentions(in text: String) -> [Substring] {
        marked(by: "@", in: text, notAfter: { isWordScalar($0) }, body: { isWordScalar($0) || "-_.".unicodeScalars.contains($0) })
            .map { handle in
                var handle = handle
                while handle.last == "." { handle = handle.dropLast() }
                return handle
            }
            .filter { !$0.isEmpty }
    }

    /// `#hashtag`s in order of appearance, lower case.
    static func hashtags(in text: String) -> [String] {
        marked(by: "#", in: text, notAfter: { isWordScalar($0) || $0 == "&" }, body: { isWordScalar($0) || $0 == "-" })
            .filter { $0.unicodeScalars.first.map { $0.properties.isAlphabetic } == true }
            .map { $0.lowercased() }
    }

    /// Parenthesised durations, such as `(25m)` or `(1h10m)`.
    static func durations(in text: String) -> [Duration] {
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
        let scalars = Array(text.utf8)
        guard scalars.count >= 10 else { return nil }
        for start in 0...(scalars.count - 10) where scalars[start] >= 0x30 && scalars[start] <= 0x39 {
            if start > 0, scalars[start - 1] >= 0x30 && scalars[start - 1] <= 0x39 { continue }
            let candidate = String(decoding: scalars[start..<(start + 10)], as: UTF8.self)
            if let day = Day(iso: candidate) { return day }
        }
        return nil
    }

    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    /// Words that follow `sigil`, when the sigil does not follow a character that `notAfter` accepts.
    private static func marked(by sigil: Unicode.Scalar, in text: String, notAfter: (Unicode.Scalar) -> Bool,
                               body: (Unicode.Scalar) -> Bool) -> [Substring] {
        var found: [Substring] = []
        let scalars = text.unicodeScalars
        var index = scalars.startIndex
        var previous: Unicode.Scalar?
        while index < scalars.endIndex {
            let scalar = scalars[index]
            if scalar == sigil, previous.map(notAfter) != true {
                let start = scalars.index(after: index)
                var end = start
                if end < scalars.endIndex, isWordScalar(scalars[end]) {
                    while end < scalars.endIndex, body(scalars[end]) { end = scalars.index(after: end) }
                    found.append(Substring(scalars[start..<end]))
                    previous = scalars[scalars.index(before: end)]
                    index = end
                    continue
                }
            }
            previous = scalar
            index = scalars.index(after: index)
        }
        return found
    }
}
