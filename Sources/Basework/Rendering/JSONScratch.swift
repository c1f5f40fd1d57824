/// The bytes of every scalar of one encoding, spelled as Foundation's `JSONEncoder` spells them:
/// integers in decimal; floating-point numbers as Swift's `description` without a trailing `.0`;
/// strings quoted, with `"` `\` and control characters escaped and `/` and non-ASCII left as they are.
final class JSONScratch {
    private(set) var bytes: [UInt8] = Array("nulltruefalse".utf8)

    let null = JSONSlot.scalar(0..<4)
    private let trueSlot = JSONSlot.scalar(4..<8)
    private let falseSlot = JSONSlot.scalar(8..<13)

    func bool(_ value: Bool) -> JSONSlot { value ? trueSlot : falseSlot }

    func integer(_ value: some FixedWidthInteger) -> JSONSlot {
        let start = bytes.count
        bytes.append(contentsOf: value.description.utf8)
        return .scalar(start..<bytes.count)
    }

    /// Nil for infinity and NaN, which JSON cannot spell.
    func number(_ value: some BinaryFloatingPoint & LosslessStringConvertible) -> JSONSlot? {
        guard value.isFinite else { return nil }
        let start = bytes.count
        var text = value.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        bytes.append(contentsOf: text.utf8)
        return .scalar(start..<bytes.count)
    }

    func string(_ value: String) -> JSONSlot {
        let start = bytes.count
        JSONScratch.quote(value, into: &bytes)
        return .scalar(start..<bytes.count)
    }

    /// `text` as a JSON string, quotes included.
    static func quote(_ text: String, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { utf8 in
            var mark = 0
            for index in utf8.indices {
                let byte = utf8[index]
                guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[mark..<index]))
                mark = index + 1
                out.append(UInt8(ascii: "\\"))
                switch byte {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"): out.append(byte)
                case 0x08: out.append(UInt8(ascii: "b"))
                case 0x0C: out.append(UInt8(ascii: "f"))
                case 0x0A: out.append(UInt8(ascii: "n"))
                case 0x0D: out.append(UInt8(ascii: "r"))
                case 0x09: out.append(UInt8(ascii: "t"))
                default:
                    let hex = Array("0123456789abcdef".utf8)
                    out.append(contentsOf: [UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"), hex[Int(byte >> 4)], hex[Int(byte & 0xF)]])
                }
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[mark...]))
        }
        out.append(UInt8(ascii: "\""))
    }
}
