import Testing
@testable import Basework

/// The byte-level scanner must find exactly what the scalar- and Character-level scanner it replaced found:
/// that scanner is kept here, as written, and both run over many generated texts.
@Suite("Inline scanner against its reference")
struct InlineScannerTests {
    static let pieces: [String] = [
        "@", "#", "&", "-", "_", ".", "(", ")", "\n", "\r\n", " ", "a", "Z", "q", "7", "0", "25m", "1h10m", "1.5h", "h", "m",
        "é", "e\u{301}", "\u{301}", "٣", "ſ", "ß", "日本", "👩🏽‍⚕️", "’", "maria-g", "first-time", "#talked", "@pat.", "a@b.org",
        "2026-11-27", "2026-02-30", "12026-11-27", "-", "x", "(25m)", "(", "((", "1h 30m",
    ]

    struct Random {
        var state: UInt64
        mutating func below(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
    }

    @Test("mentions, hashtags, durations and dates agree on 20,000 generated texts")
    func agree() {
        var random = Random(state: 7)
        for _ in 0..<20_000 {
            var text = ""
            for _ in 0..<random.below(24) { text += Self.pieces[random.below(Self.pieces.count)] }
            #expect(InlineScanner.mentions(in: text).map(String.init) == ReferenceScanner.mentions(in: text).map(String.init), "\(text.debugDescription)")
            #expect(InlineScanner.hashtags(in: text) == ReferenceScanner.hashtags(in: text), "\(text.debugDescription)")
            #expect(InlineScanner.durations(in: text).map { "\($0.minutes) \($0.written)" }
                    == ReferenceScanner.durations(in: text).map { "\($0.minutes) \($0.written)" }, "\(text.debugDescription)")
            #expect(InlineScanner.firstDate(in: text) == ReferenceScanner.firstDate(in: text), "\(text.debugDescription)")
        }
    }
}

enum ReferenceScanner {
    /// A parenthesised duration and the text it was written as, e.g. `(25m)`.
    struct Duration: Equatable {
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
