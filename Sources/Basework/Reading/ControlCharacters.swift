/// Control characters in a journal (escape sequences from a pasted binary, a hostile file or file
/// name) are shown as U+FFFD from the moment they are read, so no report, diagnostic or format can
/// carry them to the terminal or the page that shows it. Tabs and line breaks stay.
enum ControlCharacters {
    /// In one pass over a file's bytes: whether they hold a control character other than tab, LF or
    /// CR (C0, DEL, or C1 as UTF-8), and whether they hold a carriage return. Every byte of every file
    /// is looked at here, so eight bytes are tested at once for any byte below 0x20, 0x7F or 0xC2, the
    /// only ones that can matter; only a word that has one is looked at byte by byte.
    static func scan(_ bytes: ArraySlice<UInt8>) -> (controls: Bool, carriageReturns: Bool) {
        bytes.withUnsafeBufferPointer { bytes in
            var carriageReturns = false
            var index = 0
            while index < bytes.count {
                if index + 8 <= bytes.count {
                    let word = UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self)
                    if !mayMatter(word) {
                        index += 8
                        continue
                    }
                }
                let byte = bytes[index]
                if byte < 0x20 || byte == 0x7F || byte == 0xC2 {
                    switch byte {
                    case 0x09, 0x0A: break
                    case 0x0D: carriageReturns = true
                    case 0xC2:
                        if index + 1 < bytes.count, (0x80...0x9F).contains(bytes[index + 1]) {
                            return (true, carriageReturns || bytes[index...].contains(0x0D))
                        }
                    default: return (true, carriageReturns || bytes[index...].contains(0x0D))
                    }
                }
                index += 1
            }
            return (false, carriageReturns)
        }
    }

    /// Whether any of a word's eight bytes is below 0x20, 0x7F or 0xC2 (it may say so of a word that
    /// has none, never the other way).
    private static func mayMatter(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        func hasZero(_ value: UInt64) -> Bool { (value &- ones) & ~value & highs != 0 }
        let below = (word &- ones &* 0x20) & ~word & highs != 0
        return below || hasZero(word ^ (ones &* 0x7F)) || hasZero(word ^ (ones &* 0xC2))
    }

    /// The text with each control character other than tab, LF and CR replaced by U+FFFD.
    static func replaced(in text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { isControl($0) ? "\u{FFFD}" : $0 }))
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        (scalar.value < 0x20 && scalar != "\t" && scalar != "\n" && scalar != "\r") || (0x7F...0x9F).contains(scalar.value)
    }

    /// A file or folder name as paths show it: every control character, tabs and line breaks included,
    /// as U+FFFD (the file is still opened by its real name).
    static func inName(_ name: String) -> String {
        guard name.unicodeScalars.contains(where: { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }) else { return name }
        return String(String.UnicodeScalarView(name.unicodeScalars.map {
            $0.value < 0x20 || (0x7F...0x9F).contains($0.value) ? "\u{FFFD}" : $0
        }))
    }
}
