/// Reads the durations people write, the one grammar of FORMAT 2.1 for front matter and body alike:
/// hours and/or minutes such as `3h`, `45m`, `1h30m`, `1h30`, `1h 30m`, `1.5h`, `90 min`, `1 hour`,
/// `25 minutes`, and, in front matter only, a bare number of hours.
///
/// A number is digits with an optional decimal part (`1.5`, `.5`); a unit is `h`, `hr`, `hrs`, `hour`,
/// `hours` or `m`, `min`, `mins`, `minute`, `minutes`, in any case, with or without spaces or tabs
/// before it. Hours come first, then minutes: a minutes part with its unit, or, after whole hours, a
/// bare whole number of minutes below 60 (`1h30`, `2 hours 15`). Spaces and tabs around the whole are
/// ignored. Anything else (a sign, a comma, a second hours part, a unit glued to other letters) is not
/// a duration.
enum DurationText {
    /// Minutes, or nil when the text is not a duration.
    ///
    /// Never infinite, never NaN: a number too long for a `Double` (hundreds of digits) reads as the
    /// largest finite one, so the callers' "more than a day" and "more than a year" checks catch it.
    static func minutes(_ text: Substring, bareHours: Bool) -> Double? {
        var scanner = Scanner(text.utf8)
        scanner.skipBlanks()
        guard let first = scanner.number() else { return nil }
        scanner.skipBlanks()
        if scanner.atEnd { return bareHours ? saturated(first.value * 60) : nil }
        switch scanner.unit() {
        case .minutes?:
            scanner.skipBlanks()
            return scanner.atEnd ? saturated(first.value) : nil
        case .hours?:
            var total = first.value * 60
            scanner.skipBlanks()
            if scanner.atEnd { return saturated(total) }
            guard let second = scanner.number() else { return nil }
            scanner.skipBlanks()
            if scanner.atEnd {
                // `1h30`: whole hours, then whole minutes below 60.
                guard first.isWhole, second.isWhole, second.value < 60 else { return nil }
            } else {
                guard scanner.unit() == .minutes else { return nil }
                scanner.skipBlanks()
                guard scanner.atEnd else { return nil }
            }
            total += second.value
            return saturated(total)
        case nil:
            return nil
        }
    }

    /// When a front matter duration is a bare number over 24 and at most 1440, the same number written
    /// as minutes (`90m` for `90`): the hint for its error, as it was likely meant as minutes (FORMAT 2.1).
    /// Nil for anything else, including a number with a unit.
    static func minutesHint(_ text: Substring) -> String? {
        var scanner = Scanner(text.utf8)
        scanner.skipBlanks()
        let start = scanner.position
        guard let number = scanner.number() else { return nil }
        let end = scanner.position
        scanner.skipBlanks()
        guard scanner.atEnd, number.value > 24, number.value <= 1440 else { return nil }
        return String(decoding: text.utf8[start..<end], as: UTF8.self) + "m"
    }

    private static func saturated(_ minutes: Double) -> Double {
        minutes.isFinite ? minutes : .greatestFiniteMagnitude
    }

    enum Unit { case hours, minutes }

    private static let units: [String: Unit] = [
        "h": .hours, "hr": .hours, "hrs": .hours, "hour": .hours, "hours": .hours,
        "m": .minutes, "min": .minutes, "mins": .minutes, "minute": .minutes, "minutes": .minutes,
    ]

    /// Reads a duration's parts over UTF-8 bytes.
    private struct Scanner {
        let bytes: Substring.UTF8View
        var position: Substring.UTF8View.Index

        init(_ bytes: Substring.UTF8View) {
            self.bytes = bytes
            position = bytes.startIndex
        }

        var atEnd: Bool { position == bytes.endIndex }

        mutating func skipBlanks() {
            while position < bytes.endIndex, bytes[position] == 0x20 || bytes[position] == 0x09 {
                position = bytes.index(after: position)
            }
        }

        /// Digits, optionally `.` and more digits; or `.` and digits (`.5`).
        mutating func number() -> (value: Double, isWhole: Bool)? {
            let start = position
            var mantissa = 0.0
            let whole = digits(into: &mantissa)
            var fraction = 0
            if position < bytes.endIndex, bytes[position] == 0x2E {
                position = bytes.index(after: position)
                fraction = digits(into: &mantissa)
                guard fraction > 0 else { return nil }
            } else if whole == 0 {
                return nil
            }
            // Up to 15 digits the mantissa and the power of ten are exact, so one division rounds as
            // Double's own parser would; longer numbers go to it (past its range they are infinite,
            // saturated later).
            if whole + fraction <= 15 {
                return (mantissa / Scanner.powersOfTen[fraction], fraction == 0)
            }
            guard let value = Double(String(decoding: bytes[start..<position], as: UTF8.self)) else { return nil }
            return (value, fraction == 0)
        }

        private static let powersOfTen: [Double] = (0...15).map { (0..<$0).reduce(1.0) { value, _ in value * 10 } }

        /// Reads digits, accumulating them into `mantissa`; how many there were.
        private mutating func digits(into mantissa: inout Double) -> Int {
            var count = 0
            while position < bytes.endIndex, (0x30...0x39).contains(bytes[position]) {
                mantissa = mantissa * 10 + Double(bytes[position] - 0x30)
                position = bytes.index(after: position)
                count += 1
            }
            return count
        }

        /// A unit: the whole run of ASCII letters here, in any case.
        mutating func unit() -> Unit? {
            let start = position
            while position < bytes.endIndex, (0x41...0x5A).contains(bytes[position] & 0xDF), bytes[position] < 0x80 {
                position = bytes.index(after: position)
            }
            let length = bytes.distance(from: start, to: position)
            guard length > 0, length <= 7 else { return nil }
            return DurationText.units[String(decoding: bytes[start..<position], as: UTF8.self).lowercased()]
        }
    }
}
