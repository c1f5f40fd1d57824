/// Prints an encoded value as Foundation's `JSONWriter` does with `.prettyPrinted` and `.sortedKeys`:
/// two spaces a level, `"key" : value`, keys in the order of their UTF-8 bytes, and an empty object or
/// array printed open (`{`, an empty line, `}`).
struct JSONPrinter {
    /// Foundation refuses values nested this deep, and so does the printer.
    static let depthLimit = 512

    private(set) var out: [UInt8] = []
    private let scratch: [UInt8]

    init(scratch: [UInt8]) {
        self.scratch = scratch
        out.reserveCapacity(scratch.count * 2)
    }

    /// Prints `value`, found inside `depth` containers.
    mutating func print(_ value: JSONSlot, depth: Int = 0) throws {
        switch value {
        case .scalar(let range): out.append(contentsOf: scratch[range])
        case .object(let box):
            let members = box.members.sorted { JSONPrinter.precedes($0.key, $1.key) }
            try container(UInt8(ascii: "{"), UInt8(ascii: "}"), members.count, depth: depth + 1) { printer, index in
                JSONScratch.quote(members[index].key, into: &printer.out)
                printer.out.append(contentsOf: [UInt8(ascii: " "), UInt8(ascii: ":"), UInt8(ascii: " ")])
                try printer.print(members[index].value, depth: depth + 1)
            }
        case .array(let box):
            let elements = box.elements
            try container(UInt8(ascii: "["), UInt8(ascii: "]"), elements.count, depth: depth + 1) { printer, index in
                try printer.print(elements[index], depth: depth + 1)
            }
        }
    }

    private mutating func container(_ open: UInt8, _ close: UInt8, _ count: Int, depth: Int,
                                    _ member: (inout JSONPrinter, Int) throws -> Void) throws {
        guard depth < JSONPrinter.depthLimit else {
            throw EncodingError.invalidValue(depth, .init(codingPath: [], debugDescription: "Too many nested arrays or dictionaries."))
        }
        out.append(open)
        out.append(UInt8(ascii: "\n"))
        for index in 0..<count {
            if index > 0 { out.append(contentsOf: [UInt8(ascii: ","), UInt8(ascii: "\n")]) }
            indent(depth)
            try member(&self, index)
        }
        out.append(UInt8(ascii: "\n"))
        indent(depth - 1)
        out.append(close)
    }

    private mutating func indent(_ depth: Int) {
        out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * depth))
    }

    /// Whether `a` sorts before `b` by their UTF-8 bytes.
    static func precedes(_ a: String, _ b: String) -> Bool {
        var a = a, b = b
        return a.withUTF8 { a in b.withUTF8 { b in a.lexicographicallyPrecedes(b) } }
    }
}
