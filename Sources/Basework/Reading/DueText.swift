/// What a follow-up's text says about when it is due (FORMAT 2.8): a `YYYY-MM-DD`, `due` and a
/// weekday, and the `YYYY-MM-DD`-shaped tokens that are no real day (`bad-due-date`).
enum DueText {
    /// What `scan` found. Offsets are UTF-8 byte offsets within the scanned text.
    struct DueScan: Equatable, Sendable {
        /// The first `YYYY-MM-DD` that is a real day.
        var date: Day?
        /// The ISO weekday (1 is Monday, 7 is Sunday) of the first `due` followed by a weekday name
        /// (`due Friday`, `due fri`, any case).
        var weekday: Int?
        /// Each `YYYY-MM-DD`-shaped token that is no real day (`2026-11-40`, `2026-02-30`), in order.
        var unrealDates: [Range<Int>] = []
    }

    /// Reads a follow-up's text. A `YYYY-MM-DD` counts only when no digit is glued to it on either
    /// side (`12026-11-20` and `2026-11-201` are neither dates nor unreal dates). `due` is a word of
    /// its own (not the end of `overdue`), followed by spaces or tabs, then a weekday's full English
    /// name or its first three letters, which no letter or digit follows (`due fri.`, not `due frisbee`).
    static func scan(_ text: String) -> DueScan {
        var found = DueScan()
        let bytes = Array(text.utf8)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if isDigit(byte), index + 10 <= bytes.count, index == 0 || !isDigit(bytes[index - 1]), dateShaped(bytes, at: index),
               index + 10 == bytes.count || !isDigit(bytes[index + 10]) {
                if let day = day(bytes, at: index) {
                    if found.date == nil { found.date = day }
                } else {
                    found.unrealDates.append(index..<index + 10)
                }
                index += 10
                continue
            }
            if found.weekday == nil, byte | 0x20 == 0x64, index == 0 || !isWordByte(bytes[index - 1]) {
                found.weekday = weekdayAfterDue(bytes, at: index)
            }
            index += 1
        }
        return found
    }

    /// Weekday names, Monday first.
    private static let weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

    /// The weekday of `due <weekday>` starting at `start`, if that is what is written there.
    private static func weekdayAfterDue(_ bytes: [UInt8], at start: Int) -> Int? {
        guard start + 3 < bytes.count, lowered(bytes[start + 1]) == 0x75, lowered(bytes[start + 2]) == 0x65 else { return nil }
        var index = start + 3
        guard bytes[index] == 0x20 || bytes[index] == 0x09 else { return nil }
        while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x09 { index += 1 }
        var end = index
        while end < bytes.count, isLetter(bytes[end]) { end += 1 }
        guard end > index, end == bytes.count || !isWordByte(bytes[end]) else { return nil }
        let word = String(decoding: bytes[index..<end].map(lowered), as: UTF8.self)
        guard let position = weekdays.firstIndex(where: { $0 == word || $0.prefix(3) == word }) else { return nil }
        return position + 1
    }

    /// Whether `YYYY-MM-DD` is written at `index` (the caller checked there are 10 bytes).
    private static func dateShaped(_ bytes: [UInt8], at index: Int) -> Bool {
        for offset in 0..<10 {
            let byte = bytes[index + offset]
            if offset == 4 || offset == 7 {
                guard byte == 0x2D else { return false }
            } else {
                guard isDigit(byte) else { return false }
            }
        }
        return true
    }

    private static func day(_ bytes: [UInt8], at index: Int) -> Day? {
        func number(_ from: Int, _ count: Int) -> Int {
            bytes[(index + from)..<(index + from + count)].reduce(0) { $0 * 10 + Int($1 - 0x30) }
        }
        return Day(year: number(0, 4), month: number(5, 2), day: number(8, 2))
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
    private static func isLetter(_ byte: UInt8) -> Bool { (0x61...0x7A).contains(byte | 0x20) }
    /// A letter, a digit, or any byte of a character beyond ASCII (a letter of another script, for all we know).
    private static func isWordByte(_ byte: UInt8) -> Bool { isDigit(byte) || isLetter(byte) || byte >= 0x80 }
    private static func lowered(_ byte: UInt8) -> UInt8 { isLetter(byte) ? byte | 0x20 : byte }
}
