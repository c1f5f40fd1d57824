/// The bytes of one encoding: every scalar as it is encoded, and every container once it is finished,
/// spelled as Foundation's `JSONEncoder` spells them: integers in decimal; floating-point numbers as
/// Swift's `description` without a trailing `.0`; strings quoted, with `"` `\` and control characters
/// escaped and `/` and non-ASCII left as they are.
///
/// A finished container is written after its members' bytes, then moved back over them: the buffer
/// holds little more than the output, and no tree of values is built.
final class JSONScratch {
    private var base: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    private(set) var count = 0
    /// Boxes of finished containers, to be used again.
    var spareObjects: [JSONObjectBox] = []

    let null = JSONSlot.bytes(0..<4)
    private let trueSlot = JSONSlot.bytes(4..<8)
    private let falseSlot = JSONSlot.bytes(8..<13)

    init() {
        capacity = 1 << 16
        base = .allocate(capacity: capacity)
        for byte in "nulltruefalse".utf8 { append(byte) }
    }

    deinit { base.deallocate() }

    /// The bytes in `range` as a string.
    func string(_ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(start: base + range.lowerBound, count: range.count), as: UTF8.self)
    }

    func bool(_ value: Bool) -> JSONSlot { value ? trueSlot : falseSlot }

    func integer(_ value: some FixedWidthInteger) -> JSONSlot {
        let start = count
        var text = value.description
        text.withUTF8 { append($0) }
        return .bytes(start..<count)
    }

    /// Nil for infinity and NaN, which JSON cannot spell.
    func number(_ value: some BinaryFloatingPoint & LosslessStringConvertible) -> JSONSlot? {
        guard value.isFinite else { return nil }
        let start = count
        var text = value.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        text.withUTF8 { append($0) }
        return .bytes(start..<count)
    }

    func string(_ value: String) -> JSONSlot {
        let start = count
        quote(value)
        return .bytes(start..<count)
    }

    /// Appends `text` as a JSON string, quotes included.
    func quote(_ text: String) {
        reserve(JSONScratch.quotedSize(text))
        count = JSONScratch.quote(text, at: base + count) - base
    }

    /// The most bytes `text` can take quoted (each byte escaped as `\u00XX`).
    static func quotedSize(_ text: String) -> Int { text.utf8.count * 6 + 2 }

    /// Writes `text` as a JSON string at `at`, which has room for `quotedSize(text)` bytes; where it ends.
    static func quote(_ text: String, at start: UnsafeMutablePointer<UInt8>) -> UnsafeMutablePointer<UInt8> {
        var text = text
        return text.withUTF8 { utf8 in
            var at = start
            at.pointee = UInt8(ascii: "\"")
            at += 1
            for byte in utf8 {
                guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else {
                    at.pointee = byte
                    at += 1
                    continue
                }
                at.pointee = UInt8(ascii: "\\")
                at += 1
                switch byte {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"): at.pointee = byte
                case 0x08: at.pointee = UInt8(ascii: "b")
                case 0x0C: at.pointee = UInt8(ascii: "f")
                case 0x0A: at.pointee = UInt8(ascii: "n")
                case 0x0D: at.pointee = UInt8(ascii: "r")
                case 0x09: at.pointee = UInt8(ascii: "t")
                default:
                    let hex: StaticString = "0123456789abcdef"
                    at[0] = UInt8(ascii: "u")
                    at[1] = UInt8(ascii: "0")
                    at[2] = UInt8(ascii: "0")
                    at[3] = hex.utf8Start[Int(byte >> 4)]
                    at += 4
                    at.pointee = hex.utf8Start[Int(byte & 0xF)]
                }
                at += 1
            }
            at.pointee = UInt8(ascii: "\"")
            return at + 1
        }
    }

    /// Writes a container: `open`, a line for each of `parts` (indented for `depth` containers, after
    /// its quoted key for an object), and `close` on a line of its own; where it is.
    func writeContainer(_ open: UInt8, _ close: UInt8, depth: Int, parts: Int,
                        key: (Int) -> String?, bytes: (Int) -> Range<Int>) -> Range<Int> {
        var size = 4 + 2 * depth + parts * (2 * depth + 4)
        for index in 0..<parts { size += bytes(index).count + (key(index).map { JSONScratch.quotedSize($0) + 3 } ?? 0) }
        reserve(size)
        let start = count
        var at = base + count
        at.pointee = open
        at[1] = UInt8(ascii: "\n")
        at += 2
        for index in 0..<parts {
            if index > 0 {
                at.pointee = UInt8(ascii: ",")
                at[1] = UInt8(ascii: "\n")
                at += 2
            }
            at.update(repeating: UInt8(ascii: " "), count: 2 * depth + 2)
            at += 2 * depth + 2
            if let key = key(index) {
                at = JSONScratch.quote(key, at: at)
                at.pointee = UInt8(ascii: " ")
                at[1] = UInt8(ascii: ":")
                at[2] = UInt8(ascii: " ")
                at += 3
            }
            let part = bytes(index)
            at.update(from: base + part.lowerBound, count: part.count)
            at += part.count
        }
        at.pointee = UInt8(ascii: "\n")
        at += 1
        at.update(repeating: UInt8(ascii: " "), count: 2 * depth)
        at += 2 * depth
        at.pointee = close
        count = at + 1 - base
        return start..<count
    }

    /// Keeps, of the bytes written since `start`, only those in `range`, moved back to `start`; where they are now.
    /// A range before `start` (`null`, `true`, `false`) stays where it is.
    func move(_ range: Range<Int>, to start: Int) -> Range<Int> {
        if range.lowerBound < start {
            count = start
            return range
        }
        if range.lowerBound > start { (base + start).update(from: base + range.lowerBound, count: range.count) }
        count = start + range.count
        return start..<count
    }

    func append(_ byte: UInt8) {
        reserve(1)
        base[count] = byte
        count += 1
    }

    func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress else { return }
        reserve(bytes.count)
        (base + count).update(from: source, count: bytes.count)
        count += bytes.count
    }

    private func reserve(_ extra: Int) {
        guard count + extra > capacity else { return }
        var grown = capacity * 2
        while grown < count + extra { grown *= 2 }
        let moved = UnsafeMutablePointer<UInt8>.allocate(capacity: grown)
        moved.update(from: base, count: count)
        base.deallocate()
        base = moved
        capacity = grown
    }
}
