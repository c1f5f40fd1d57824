/// Reads the durations people write: `3h`, `45m`, `1h30m`, `1.5h`, `1h 30m`, and, in front
/// matter only, a bare number of hours (FORMAT 2.1 and 2.3).
enum DurationText {
    /// Minutes, or nil when the text is not a duration.
    static func minutes(_ text: Substring, bareHours: Bool) -> Double? {
        let compact = text.filter { $0 != " " }
        guard !compact.isEmpty else { return nil }
        var total = 0.0
        var number = ""
        var sawUnit = false
        var sawMinutes = false
        for character in compact {
            if character.isASCII, character.isNumber || character == "." {
                number.append(character)
                continue
            }
            guard let value = Double(number), !sawMinutes else { return nil }
            switch character {
            case "h" where !sawUnit: total += value * 60
            case "m": total += value
                sawMinutes = true
            default: return nil
            }
            sawUnit = true
            number = ""
        }
        if !number.isEmpty {
            guard !sawUnit, bareHours, let hours = Double(number) else { return nil }
            return hours * 60
        }
        return total
    }
}
