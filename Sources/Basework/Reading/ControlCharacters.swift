/// Control characters in a journal (escape sequences from a pasted binary, a hostile file or file
/// name) are shown as U+FFFD from the moment they are read, so no report, diagnostic or format can
/// carry them to the terminal or the page that shows it. Tabs and line breaks stay.
enum ControlCharacters {
    /// In one pass over a file's bytes: whether they hold a control character other than tab, LF or
    /// CR (C0, DEL, or C1 as UTF-8), and whether they hold a carriage return. Every byte of every file is looked at here, so the common
    /// byte (printable, not `0xC2`) costs one comparison or two.
    static func scan(_ bytes: ArraySlice<UInt8>) -> (controls: Bool, carriageReturns: Bool) {
        bytes.withUnsafeBufferPointer { bytes in
            var carriageReturns = false
            for index in bytes.indices {
                let byte = bytes[index]
                if byte >= 0x20 && byte != 0x7F && byte != 0xC2 { continue }
                switch byte {
                case 0x09, 0x0A: continue
                case 0x0D: carriageReturns = true
                case 0xC2:
                    if index + 1 < bytes.count, (0x80...0x9F).contains(bytes[index + 1]) { return (true, carriageReturns) }
                default: return (true, carriageReturns || bytes[index...].contains(0x0D))
                }
            }
            return (false, carriageReturns)
        }
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
