/// Encodes a value as Foundation's `JSONEncoder` with `[.prettyPrinted, .sortedKeys,
/// .withoutEscapingSlashes]` does, byte for byte, without its tree of boxed values: every value is
/// written into one buffer as soon as it is encoded, a container as soon as its encoder is done.
///
/// It follows Foundation's rules for what `Encodable` may do (a keyed container asked for twice of one
/// encoder is one object, a value that encodes nothing is `{}`, a non-finite number fails the
/// encoding), with two exceptions that nothing in basework meets: `Date`, `Data`, `URL` and `Decimal`
/// get no spelling of their own (they encode as their `encode(to:)` says), and a nested container
/// cannot be asked for under a key that already holds an encoded value (Foundation opens that value
/// again; this encoder stops, as Foundation does when that value is not a container). Like any
/// encoder, it expects the containers and encoders it hands out to be used only while the value that
/// asked for them is being encoded.
final class DirectJSONEncoder: Encoder {
    /// The pretty-printed JSON of `value`.
    static func string(of value: some Encodable) throws -> String {
        let encoder = DirectJSONEncoder(scratch: JSONScratch(), depth: 0)
        try value.encode(to: encoder)
        guard let top = encoder.takeValue() else {
            throw EncodingError.invalidValue(value, .init(codingPath: [], debugDescription: "Top-level \(type(of: value)) did not encode any values."))
        }
        return encoder.scratch.string(try encoder.scratch.write(top, depth: 0))
    }

    let scratch: JSONScratch
    /// How many containers hold the value encoded here.
    private(set) var depth: Int
    private var object: JSONObjectBox?
    private var array: JSONArrayBox?
    private var single: JSONSlot?
    private var owner: DirectJSONEncoder?
    private var key: (any CodingKey)?
    /// A sub-encoder done with, kept for the next member (most values are small: this saves an allocation each).
    private var spare: DirectJSONEncoder?
    /// Where a super encoder puts its value when it is let go.
    private var finish: ((JSONSlot) -> Void)?

    private init(scratch: JSONScratch, depth: Int, owner: DirectJSONEncoder? = nil, key: (any CodingKey)? = nil) {
        self.scratch = scratch
        self.depth = depth
        self.owner = owner
        self.key = key
    }

    deinit {
        guard let finish else { return }
        finish(takeValue() ?? .object(JSONObjectBox()))
    }

    var codingPath: [any CodingKey] {
        var path: [any CodingKey] = []
        var encoder: DirectJSONEncoder? = self
        while let current = encoder {
            if let key = current.key { path.append(key) }
            encoder = current.owner
        }
        return path.reversed()
    }

    var userInfo: [CodingUserInfoKey: Any] { [:] }

    /// What was encoded here, leaving the encoder empty.
    private func takeValue() -> JSONSlot? {
        if let object {
            self.object = nil
            return .object(object)
        }
        if let array {
            self.array = nil
            return .array(array)
        }
        defer { single = nil }
        return single
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        if object == nil {
            if case .object(let box)? = single {
                single = nil
                object = box
            } else {
                precondition(single == nil && array == nil, "Attempt to push new keyed encoding container when already previously encoded at this path.")
                object = scratch.spareObjects.popLast() ?? JSONObjectBox()
            }
        }
        return KeyedEncodingContainer(JSONObjectContainer(encoder: self, box: object!, depth: depth, path: []))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        if array == nil {
            if case .array(let box)? = single {
                single = nil
                array = box
            } else {
                precondition(single == nil && object == nil, "Attempt to push new unkeyed encoding container when already previously encoded at this path.")
                array = JSONArrayBox()
            }
        }
        return JSONArrayContainer(encoder: self, box: array!, depth: depth, path: [])
    }

    func singleValueContainer() -> any SingleValueEncodingContainer { self }

    /// `value` encoded by a sub-encoder standing at `key` (a member of a container held by this
    /// encoder, `depth` containers deep), and written out; `{}` when it encoded nothing.
    func bytes(for value: some Encodable, at key: any CodingKey, depth: Int) throws -> JSONSlot {
        var encoder: DirectJSONEncoder
        if let spare {
            self.spare = nil
            encoder = spare
            encoder.owner = self
            encoder.key = key
            encoder.depth = depth
        } else {
            encoder = DirectJSONEncoder(scratch: scratch, depth: depth, owner: self, key: key)
        }
        let start = scratch.count
        try value.encode(to: encoder)
        let bytes = try encoder.writeValue()
        if spare == nil, isKnownUniquelyReferenced(&encoder) {
            encoder.owner = nil
            encoder.key = nil
            spare = encoder
        }
        // Everything written since `start` was this value's, and only its bytes are needed now.
        return .bytes(scratch.move(bytes, to: start))
    }

    /// Writes out what was encoded here, leaving the encoder empty, and keeps the object's box for
    /// another object when nothing else holds it.
    private func writeValue() throws -> Range<Int> {
        if var box = object {
            object = nil
            let bytes = try scratch.write(box, depth: depth)
            if isKnownUniquelyReferenced(&box) {
                box.reset()
                scratch.spareObjects.append(box)
            }
            return bytes
        }
        return try scratch.write(takeValue() ?? .object(JSONObjectBox()), depth: depth)
    }

    /// An encoder standing at `key`, `depth` containers deep, whose value `finish` receives once it is let go.
    func superEncoder(at key: any CodingKey, depth: Int, finish: @escaping (JSONSlot) -> Void) -> any Encoder {
        let encoder = DirectJSONEncoder(scratch: scratch, depth: depth, owner: self, key: key)
        encoder.finish = finish
        return encoder
    }

    /// The error for infinity or NaN, which JSON cannot spell.
    static func notANumber(_ value: some BinaryFloatingPoint, at path: [any CodingKey]) -> EncodingError {
        EncodingError.invalidValue(value, .init(codingPath: path, debugDescription: "Unable to encode \(type(of: value)).\(value) directly in JSON."))
    }
}

extension DirectJSONEncoder: SingleValueEncodingContainer {
    private func put(_ value: JSONSlot) {
        precondition(single == nil, "Attempt to encode value through single value container when previously value already encoded.")
        single = value
    }

    func encodeNil() throws { put(scratch.null) }
    func encode(_ value: Bool) throws { put(scratch.bool(value)) }
    func encode(_ value: String) throws { put(scratch.string(value)) }
    func encode(_ value: Int) throws { put(scratch.integer(value)) }
    func encode(_ value: Int8) throws { put(scratch.integer(value)) }
    func encode(_ value: Int16) throws { put(scratch.integer(value)) }
    func encode(_ value: Int32) throws { put(scratch.integer(value)) }
    func encode(_ value: Int64) throws { put(scratch.integer(value)) }
    func encode(_ value: UInt) throws { put(scratch.integer(value)) }
    func encode(_ value: UInt8) throws { put(scratch.integer(value)) }
    func encode(_ value: UInt16) throws { put(scratch.integer(value)) }
    func encode(_ value: UInt32) throws { put(scratch.integer(value)) }
    func encode(_ value: UInt64) throws { put(scratch.integer(value)) }

    func encode(_ value: Float) throws {
        guard let number = scratch.number(value) else { throw DirectJSONEncoder.notANumber(value, at: codingPath) }
        put(number)
    }

    func encode(_ value: Double) throws {
        guard let number = scratch.number(value) else { throw DirectJSONEncoder.notANumber(value, at: codingPath) }
        put(number)
    }

    /// Encoded in this same encoder, as Foundation does.
    func encode<T: Encodable>(_ value: T) throws {
        precondition(single == nil, "Attempt to encode value through single value container when previously value already encoded.")
        try value.encode(to: self)
        single = takeValue() ?? .object(JSONObjectBox())
    }
}
