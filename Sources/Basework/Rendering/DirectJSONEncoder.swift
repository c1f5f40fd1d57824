/// Encodes a value as Foundation's `JSONEncoder` with `[.prettyPrinted, .sortedKeys,
/// .withoutEscapingSlashes]` does, byte for byte, without its tree of boxed values: scalars are
/// spelled once into one buffer, containers keep their members until the value is printed.
///
/// It follows Foundation's rules for what `Encodable` may do (a keyed container asked for twice is one
/// object, a value that encodes nothing is `{}`, a non-finite number fails the encoding), except that
/// `Date`, `Data`, `URL` and `Decimal` get no spelling of their own: they encode as their `encode(to:)`
/// says. basework's reports hold none of them.
final class DirectJSONEncoder: Encoder {
    /// The pretty-printed JSON of `value`.
    static func bytes(of value: some Encodable) throws -> [UInt8] {
        let encoder = DirectJSONEncoder(scratch: JSONScratch())
        try value.encode(to: encoder)
        guard let top = encoder.takeValue() else {
            throw EncodingError.invalidValue(value, .init(codingPath: [], debugDescription: "Top-level \(type(of: value)) did not encode any values."))
        }
        var printer = JSONPrinter(scratch: encoder.scratch.bytes)
        try printer.print(top)
        return printer.out
    }

    let scratch: JSONScratch
    private var object: JSONObjectBox?
    private var array: JSONArrayBox?
    private var single: JSONSlot?
    private var owner: DirectJSONEncoder?
    private var key: (any CodingKey)?
    /// A sub-encoder done with, kept for the next member (most values are small: this saves an allocation each).
    private var spare: DirectJSONEncoder?
    /// Where a super encoder puts its value when it is let go.
    private var finish: ((JSONSlot) -> Void)?

    private init(scratch: JSONScratch, owner: DirectJSONEncoder? = nil, key: (any CodingKey)? = nil) {
        self.scratch = scratch
        self.owner = owner
        self.key = key
    }

    deinit { finish?(takeValue() ?? .emptyObject()) }

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
                object = JSONObjectBox()
            }
        }
        return KeyedEncodingContainer(JSONObjectContainer(encoder: self, box: object!, path: []))
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
        return JSONArrayContainer(encoder: self, box: array!, path: [])
    }

    func singleValueContainer() -> any SingleValueEncodingContainer { self }

    /// `value` encoded by a sub-encoder standing at `key`; `{}` when it encoded nothing.
    func slot(for value: some Encodable, at key: any CodingKey) throws -> JSONSlot {
        var encoder: DirectJSONEncoder
        if let spare {
            self.spare = nil
            encoder = spare
            encoder.owner = self
            encoder.key = key
        } else {
            encoder = DirectJSONEncoder(scratch: scratch, owner: self, key: key)
        }
        try value.encode(to: encoder)
        let slot = encoder.takeValue() ?? .emptyObject()
        if spare == nil, isKnownUniquelyReferenced(&encoder) {
            encoder.owner = nil
            encoder.key = nil
            spare = encoder
        }
        return slot
    }

    /// An encoder standing at `key` whose value `finish` receives once it is let go.
    func superEncoder(at key: any CodingKey, finish: @escaping (JSONSlot) -> Void) -> any Encoder {
        let encoder = DirectJSONEncoder(scratch: scratch, owner: self, key: key)
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
        single = takeValue() ?? .emptyObject()
    }
}
