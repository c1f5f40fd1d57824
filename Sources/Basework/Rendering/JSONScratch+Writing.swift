/// How a finished container is written, as Foundation's `JSONWriter` does with `.prettyPrinted` and
/// `.sortedKeys`: two spaces a level, `"key" : value`, keys in the order of their UTF-8 bytes, and an
/// empty object or array written open (`{`, an empty line, `}`).
extension JSONScratch {
    /// Foundation refuses values nested this deep, and so does the encoder.
    static let depthLimit = 512

    /// Writes `value`, found inside `depth` containers; where its bytes are.
    func write(_ value: JSONSlot, depth: Int) throws -> Range<Int> {
        switch value {
        case .bytes(let range): range
        case .object(let box): try write(box, depth: depth)
        case .array(let box): try write(box, depth: depth)
        }
    }

    func write(_ box: JSONObjectBox, depth: Int) throws -> Range<Int> {
        try checkDepth(depth)
        for index in box.members.indices {
            if case .bytes = box.members[index].value { continue }
            box.members[index].value = .bytes(try write(box.members[index].value, depth: depth + 1))
        }
        let order = box.sortedOrder()
        return writeContainer(UInt8(ascii: "{"), UInt8(ascii: "}"), depth: depth, parts: order.count,
                              key: { box.members[order[$0]].key }, bytes: { box.members[order[$0]].value.writtenBytes })
    }

    func write(_ box: JSONArrayBox, depth: Int) throws -> Range<Int> {
        try checkDepth(depth)
        for index in box.elements.indices {
            if case .bytes = box.elements[index] { continue }
            box.elements[index] = .bytes(try write(box.elements[index], depth: depth + 1))
        }
        return writeContainer(UInt8(ascii: "["), UInt8(ascii: "]"), depth: depth, parts: box.elements.count,
                              key: { _ in nil }, bytes: { box.elements[$0].writtenBytes })
    }

    private func checkDepth(_ depth: Int) throws {
        guard depth + 1 < JSONScratch.depthLimit else {
            throw EncodingError.invalidValue(depth, .init(codingPath: [], debugDescription: "Too many nested arrays or dictionaries."))
        }
    }
}

extension JSONSlot {
    /// The bytes of a value already written.
    var writtenBytes: Range<Int> {
        guard case .bytes(let range) = self else { preconditionFailure("a container not yet written") }
        return range
    }
}
