/// A keyed container of `DirectJSONEncoder`: sets members of one object.
struct JSONObjectContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let encoder: DirectJSONEncoder
    let box: JSONObjectBox
    /// How many containers hold this object.
    let depth: Int
    /// The keys of the nested containers between the encoder and this one.
    let path: [any CodingKey]

    var codingPath: [any CodingKey] { encoder.codingPath + path }

    private var scratch: JSONScratch { encoder.scratch }

    mutating func encodeNil(forKey key: Key) throws { box.set(scratch.null, for: key.stringValue) }
    mutating func encode(_ value: Bool, forKey key: Key) throws { box.set(scratch.bool(value), for: key.stringValue) }
    mutating func encode(_ value: String, forKey key: Key) throws { box.set(scratch.string(value), for: key.stringValue) }
    mutating func encode(_ value: Int, forKey key: Key) throws { box.set(scratch.integer(value), for: key.stringValue) }
    mutating func encode(_ value: Int8, forKey key: Key) throws { box.set(scratch.integer(value), for: key.stringValue) }
    mutating func encode(_ value: Int16, forKey key: Key) throws { box.set(scratch.integer(value), for: key.stringValue) }
    mutating func encode(_ value: Int32, forKey key: Key) throws { box.set(scratch.integer(value), for: key.stringValue) }
    mutating func encode(_ value: Int64, forKey key: Key) throws { box.set(scratch.integer(value), for: key.stringValue) }
    mutating func encode(_ value: UInt, forKey key: Key) throws { box.set(scratch.integer(value), for: key.stringValue) }
    mutating func encode(_ value: UInt8, forKey key: Key) throws { box.set(scratch.integer(value), for: key.stringValue) }
    mutating func encode(_ value: UInt16, forKey key: Key) throws { box.set(scratch.integer(value), for: key.stringValue) }
    mutating func encode(_ value: UInt32, forKey key: Key) throws { box.set(scratch.integer(value), for: key.stringValue) }
    mutating func encode(_ value: UInt64, forKey key: Key) throws { box.set(scratch.integer(value), for: key.stringValue) }

    mutating func encode(_ value: Float, forKey key: Key) throws {
        guard let number = scratch.number(value) else { throw DirectJSONEncoder.notANumber(value, at: codingPath + [key]) }
        box.set(number, for: key.stringValue)
    }

    mutating func encode(_ value: Double, forKey key: Key) throws {
        guard let number = scratch.number(value) else { throw DirectJSONEncoder.notANumber(value, at: codingPath + [key]) }
        box.set(number, for: key.stringValue)
    }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        box.set(try encoder.bytes(for: value, at: key, depth: depth + 1), for: key.stringValue)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        let nested: JSONObjectBox
        switch box.value(for: key.stringValue) {
        case .object(let existing)?: nested = existing
        case nil:
            nested = JSONObjectBox()
            box.set(.object(nested), for: key.stringValue)
        default: preconditionFailure("A nested keyed container for key \"\(key.stringValue)\", which already holds an encoded value or an unkeyed container")
        }
        return KeyedEncodingContainer(JSONObjectContainer<NestedKey>(encoder: encoder, box: nested, depth: depth + 1, path: path + [key]))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        let nested: JSONArrayBox
        switch box.value(for: key.stringValue) {
        case .array(let existing)?: nested = existing
        case nil:
            nested = JSONArrayBox()
            box.set(.array(nested), for: key.stringValue)
        default: preconditionFailure("A nested unkeyed container for key \"\(key.stringValue)\", which already holds an encoded value or a keyed container")
        }
        return JSONArrayContainer(encoder: encoder, box: nested, depth: depth + 1, path: path + [key])
    }

    mutating func superEncoder() -> any Encoder { superEncoder(at: JSONCodingKey.super) }

    mutating func superEncoder(forKey key: Key) -> any Encoder { superEncoder(at: key) }

    private func superEncoder(at key: any CodingKey) -> any Encoder {
        let box = box, name = key.stringValue
        return encoder.superEncoder(at: key, depth: depth + 1) { box.set($0, for: name) }
    }
}

/// An unkeyed container of `DirectJSONEncoder`: appends elements to one array.
struct JSONArrayContainer: UnkeyedEncodingContainer {
    let encoder: DirectJSONEncoder
    let box: JSONArrayBox
    /// How many containers hold this array.
    let depth: Int
    /// The keys of the nested containers between the encoder and this one.
    let path: [any CodingKey]

    var codingPath: [any CodingKey] { encoder.codingPath + path }
    var count: Int { box.elements.count }

    private var scratch: JSONScratch { encoder.scratch }

    mutating func encodeNil() throws { box.elements.append(scratch.null) }
    mutating func encode(_ value: Bool) throws { box.elements.append(scratch.bool(value)) }
    mutating func encode(_ value: String) throws { box.elements.append(scratch.string(value)) }
    mutating func encode(_ value: Int) throws { box.elements.append(scratch.integer(value)) }
    mutating func encode(_ value: Int8) throws { box.elements.append(scratch.integer(value)) }
    mutating func encode(_ value: Int16) throws { box.elements.append(scratch.integer(value)) }
    mutating func encode(_ value: Int32) throws { box.elements.append(scratch.integer(value)) }
    mutating func encode(_ value: Int64) throws { box.elements.append(scratch.integer(value)) }
    mutating func encode(_ value: UInt) throws { box.elements.append(scratch.integer(value)) }
    mutating func encode(_ value: UInt8) throws { box.elements.append(scratch.integer(value)) }
    mutating func encode(_ value: UInt16) throws { box.elements.append(scratch.integer(value)) }
    mutating func encode(_ value: UInt32) throws { box.elements.append(scratch.integer(value)) }
    mutating func encode(_ value: UInt64) throws { box.elements.append(scratch.integer(value)) }

    mutating func encode(_ value: Float) throws {
        guard let number = scratch.number(value) else { throw DirectJSONEncoder.notANumber(value, at: codingPath + [JSONCodingKey(index: count)]) }
        box.elements.append(number)
    }

    mutating func encode(_ value: Double) throws {
        guard let number = scratch.number(value) else { throw DirectJSONEncoder.notANumber(value, at: codingPath + [JSONCodingKey(index: count)]) }
        box.elements.append(number)
    }

    mutating func encode<T: Encodable>(_ value: T) throws {
        box.elements.append(try encoder.bytes(for: value, at: JSONCodingKey(index: count), depth: depth + 1))
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        let nested = JSONObjectBox()
        let key = JSONCodingKey(index: count)
        box.elements.append(.object(nested))
        return KeyedEncodingContainer(JSONObjectContainer<NestedKey>(encoder: encoder, box: nested, depth: depth + 1, path: path + [key]))
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        let nested = JSONArrayBox()
        let key = JSONCodingKey(index: count)
        box.elements.append(.array(nested))
        return JSONArrayContainer(encoder: encoder, box: nested, depth: depth + 1, path: path + [key])
    }

    /// Its value goes where the array stood when it was asked for, as Foundation puts it.
    mutating func superEncoder() -> any Encoder {
        let box = box, index = count
        return encoder.superEncoder(at: JSONCodingKey(index: index), depth: depth + 1) { box.elements.insert($0, at: index) }
    }
}
