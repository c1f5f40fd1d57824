/// Control characters in a journal (escape sequences from a pasted binary, a hostile file or file
/// name) are shown as U+FFFD from the moment they are read, so no report, diagnostic or format can
/// carry them to the terminal or the page that shows it. Tabs and line breaks stay.
enum ControlCharacters {
    /// Whether the bytes hold a control character other than tab, LF or CR (C0, DEL, or C1 as UTF-8).
    static func present(in bytes: some Collection<UInt8>) -> Bool {
        var previous: UInt8 = 0
        for byte in bytes {
            if (byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D) || byte == 0x7F { return true }
            if previous == 0xC2, (0x80...0x9F).contains(byte) { return true }
            previous = byte
        }
        return false
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
