/// Encodes `Codable` values into the cache's compact binary form: fields in declaration order with no
/// key names, integers as variable-length numbers, strings as a length and their UTF-8 bytes, each
/// optional field behind a presence byte, each array behind its element count. Only the key of a
/// nested container is written (that is how a synthesized enum with associated values names its case),
/// and a dictionary's keys, each before its value's length and the value, so its keys can be listed.
///
/// It reads back only with `CacheDecoder` and the same types, so the cache file carries the format
/// version and basework's version. What it cannot write back faithfully (a `nil` outside a keyed
/// field) throws, so such a value is never cached rather than cached wrong.
struct CacheEncoder {
    /// The bytes of one value.
    static func encode<T: Encodable>(_ value: T) throws -> [UInt8] {
        let buffer = CacheBuffer()
        try buffer.write(value)
        guard !buffer.unsupported else { throw CacheBuffer.Unsupported() }
        return buffer.bytes
    }

    /// Appends one value to `bytes`.
    static func append<T: Encodable>(_ value: T, to bytes: inout [UInt8]) throws {
        let buffer = CacheBuffer()
        swap(&buffer.bytes, &bytes)
        defer { swap(&buffer.bytes, &bytes) }
        try buffer.write(value)
        guard !buffer.unsupported else { throw CacheBuffer.Unsupported() }
    }
}

/// The growing output of one encoding, and the `Encoder` every value of it is written through.
final class CacheBuffer: Encoder {
    var bytes: [UInt8] = []
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    struct Unsupported: Error {}

    /// Set when a value met a container this format cannot read back: the encoding then throws.
    var unsupported = false
    /// Whether this buffer only learns `dictionaryKey`, into `probed`.
    private let isProbe: Bool
    private var probed: ObjectIdentifier?

    init(probe: Bool = false) { isProbe = probe }

    /// The key type of a `Dictionary` with `String` or `Int` keys: its keyed container is read back by
    /// listing its keys, so it is written as a count, then each key, value length and value.
    static let dictionaryKey: ObjectIdentifier? = {
        let probe = CacheBuffer(probe: true)
        try? ["": 0].encode(to: probe)
        return probe.probed
    }()

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        if isProbe {
            probed = ObjectIdentifier(Key.self)
        } else if ObjectIdentifier(Key.self) == Self.dictionaryKey {
            return KeyedEncodingContainer(Keyed(buffer: self, dictionary: Counter(buffer: self)))
        }
        return KeyedEncodingContainer(Keyed(buffer: self, dictionary: nil))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer { Unkeyed(buffer: self) }

    func singleValueContainer() -> any SingleValueEncodingContainer { Single(buffer: self) }

    // MARK: Primitives

    @inline(__always) func varint(_ value: UInt64) {
        var value = value
        while value >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: value) | 0x80)
            value >>= 7
        }
        bytes.append(UInt8(value))
    }

    @inline(__always) func int(_ value: Int64) { varint(UInt64(bitPattern: (value << 1) ^ (value >> 63))) }

    func string(_ value: String) {
        var value = value
        value.withUTF8 { utf8 in
            varint(UInt64(utf8.count))
            bytes.append(contentsOf: utf8)
        }
    }

    /// Writes any value, the common primitives without going through a container.
    func write<T: Encodable>(_ value: T) throws {
        if T.self == String.self {
            string(unsafeBitCast(value, to: String.self))
        } else if T.self == Int.self {
            int(Int64(unsafeBitCast(value, to: Int.self)))
        } else if T.self == Bool.self {
            bytes.append(unsafeBitCast(value, to: Bool.self) ? 1 : 0)
        } else if T.self == [UInt8].self {
            let data = unsafeBitCast(value, to: [UInt8].self)
            varint(UInt64(data.count))
            bytes.append(contentsOf: data)
        } else {
            try value.encode(to: self)
        }
    }

    // MARK: Containers

    /// A 4-byte count at a place in the buffer, filled in as elements come.
    final class Counter {
        let buffer: CacheBuffer
        let at: Int
        var count: UInt32 = 0

        init(buffer: CacheBuffer) {
            self.buffer = buffer
            at = buffer.bytes.count
            buffer.bytes.append(contentsOf: [0, 0, 0, 0])
        }

        func increment() {
            count += 1
            buffer.patch(count, at: at)
        }
    }

    func patch(_ value: UInt32, at offset: Int) {
        for index in 0..<4 { bytes[offset + index] = UInt8(truncatingIfNeeded: value >> UInt32(8 * index)) }
    }

    /// A keyed container: values in the order they come, no keys; a dictionary's with its keys.
    struct Keyed<Key: CodingKey>: KeyedEncodingContainerProtocol {
        let buffer: CacheBuffer
        /// Set for a dictionary's container: its entry count.
        let dictionary: Counter?
        var codingPath: [any CodingKey] { [] }

        mutating func encodeNil(forKey key: Key) throws { throw Unsupported() }
        mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
            guard let dictionary else { return try buffer.write(value) }
            dictionary.increment()
            buffer.string(key.stringValue)
            let lengthAt = buffer.bytes.count
            buffer.bytes.append(contentsOf: [0, 0, 0, 0])
            try buffer.write(value)
            guard let length = UInt32(exactly: buffer.bytes.count - lengthAt - 4) else { throw Unsupported() }
            buffer.patch(length, at: lengthAt)
        }
        mutating func encode(_ value: String, forKey key: Key) throws { try encode(value as String?, key) }
        mutating func encode(_ value: Int, forKey key: Key) throws { try encode(value as Int?, key) }
        mutating func encode(_ value: Bool, forKey key: Key) throws { try encode(value as Bool?, key) }

        /// The fast paths, for fields of structs; a dictionary's values go through the generic `encode`.
        private mutating func encode<T: Encodable>(_ value: T?, _ key: Key) throws {
            guard dictionary == nil, let value else { return try encode(value!, forKey: key) }
            try buffer.write(value)
        }
        mutating func encode(_ value: Double, forKey key: Key) throws { try buffer.write(value) }
        mutating func encode(_ value: Float, forKey key: Key) throws { try buffer.write(value) }
        mutating func encode(_ value: Int8, forKey key: Key) throws { try buffer.write(value) }
        mutating func encode(_ value: Int16, forKey key: Key) throws { try buffer.write(value) }
        mutating func encode(_ value: Int32, forKey key: Key) throws { try buffer.write(value) }
        mutating func encode(_ value: Int64, forKey key: Key) throws { try buffer.write(value) }
        mutating func encode(_ value: UInt, forKey key: Key) throws { try buffer.write(value) }
        mutating func encode(_ value: UInt8, forKey key: Key) throws { try buffer.write(value) }
        mutating func encode(_ value: UInt16, forKey key: Key) throws { try buffer.write(value) }
        mutating func encode(_ value: UInt32, forKey key: Key) throws { try buffer.write(value) }
        mutating func encode(_ value: UInt64, forKey key: Key) throws { try buffer.write(value) }

        /// Optionals: a presence byte, then the value. Every overload comes here, so none skips the byte.
        mutating func encodeIfPresent<T: Encodable>(_ value: T?, forKey key: Key) throws { try optional(value) }
        mutating func encodeIfPresent(_ value: Bool?, forKey key: Key) throws { try optional(value) }
        mutating func encodeIfPresent(_ value: String?, forKey key: Key) throws { try optional(value) }
        mutating func encodeIfPresent(_ value: Double?, forKey key: Key) throws { try optional(value) }
        mutating func encodeIfPresent(_ value: Float?, forKey key: Key) throws { try optional(value) }
        mutating func encodeIfPresent(_ value: Int?, forKey key: Key) throws { try optional(value) }
        mutating func encodeIfPresent(_ value: Int8?, forKey key: Key) throws { try optional(value) }
        mutating func encodeIfPresent(_ value: Int16?, forKey key: Key) throws { try optional(value) }
        mutating func encodeIfPresent(_ value: Int32?, forKey key: Key) throws { try optional(value) }
        mutating func encodeIfPresent(_ value: Int64?, forKey key: Key) throws { try optional(value) }
        mutating func encodeIfPresent(_ value: UInt?, forKey key: Key) throws { try optional(value) }
        mutating func encodeIfPresent(_ value: UInt8?, forKey key: Key) throws { try optional(value) }
        mutating func encodeIfPresent(_ value: UInt16?, forKey key: Key) throws { try optional(value) }
        mutating func encodeIfPresent(_ value: UInt32?, forKey key: Key) throws { try optional(value) }
        mutating func encodeIfPresent(_ value: UInt64?, forKey key: Key) throws { try optional(value) }

        private func optional<T: Encodable>(_ value: T?) throws {
            if dictionary != nil { throw Unsupported() }
            guard let value else { return buffer.bytes.append(0) }
            buffer.bytes.append(1)
            try buffer.write(value)
        }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key)
            -> KeyedEncodingContainer<NestedKey> {
            nested(key)
            return KeyedEncodingContainer(Keyed<NestedKey>(buffer: buffer, dictionary: nil))
        }

        mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
            nested(key)
            return Unkeyed(buffer: buffer)
        }

        mutating func superEncoder() -> any Encoder {
            if dictionary != nil { buffer.unsupported = true }
            return buffer
        }
        mutating func superEncoder(forKey key: Key) -> any Encoder {
            nested(key)
            return buffer
        }

        private func nested(_ key: Key) {
            if dictionary != nil { buffer.unsupported = true }
            buffer.string(key.stringValue)
        }
    }

    /// An unkeyed container: a 4-byte element count, filled in as elements come, then the elements.
    struct Unkeyed: UnkeyedEncodingContainer {
        let buffer: CacheBuffer
        let countAt: Int
        private(set) var count = 0
        var codingPath: [any CodingKey] { [] }

        init(buffer: CacheBuffer) {
            self.buffer = buffer
            countAt = buffer.bytes.count
            buffer.bytes.append(contentsOf: [0, 0, 0, 0])
        }

        private mutating func counted() {
            count += 1
            let value = UInt32(truncatingIfNeeded: count)
            buffer.bytes[countAt] = UInt8(truncatingIfNeeded: value)
            buffer.bytes[countAt + 1] = UInt8(truncatingIfNeeded: value >> 8)
            buffer.bytes[countAt + 2] = UInt8(truncatingIfNeeded: value >> 16)
            buffer.bytes[countAt + 3] = UInt8(truncatingIfNeeded: value >> 24)
        }

        mutating func encodeNil() throws { throw Unsupported() }
        mutating func encode<T: Encodable>(_ value: T) throws {
            counted()
            try buffer.write(value)
        }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
            counted()
            return KeyedEncodingContainer(Keyed<NestedKey>(buffer: buffer, dictionary: nil))
        }

        mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
            counted()
            return Unkeyed(buffer: buffer)
        }

        mutating func superEncoder() -> any Encoder {
            counted()
            return buffer
        }
    }

    /// A single value: written as it is.
    struct Single: SingleValueEncodingContainer {
        let buffer: CacheBuffer
        var codingPath: [any CodingKey] { [] }

        mutating func encodeNil() throws { throw Unsupported() }
        mutating func encode<T: Encodable>(_ value: T) throws { try buffer.write(value) }
        mutating func encode(_ value: String) throws { buffer.string(value) }
        mutating func encode(_ value: Int) throws { buffer.int(Int64(value)) }
        mutating func encode(_ value: Bool) throws { buffer.bytes.append(value ? 1 : 0) }
        mutating func encode(_ value: Double) throws { buffer.varint(value.bitPattern.byteSwapped) }
        mutating func encode(_ value: Float) throws { buffer.varint(UInt64(value.bitPattern)) }
        mutating func encode(_ value: Int8) throws { buffer.int(Int64(value)) }
        mutating func encode(_ value: Int16) throws { buffer.int(Int64(value)) }
        mutating func encode(_ value: Int32) throws { buffer.int(Int64(value)) }
        mutating func encode(_ value: Int64) throws { buffer.int(value) }
        mutating func encode(_ value: UInt) throws { buffer.varint(UInt64(value)) }
        mutating func encode(_ value: UInt8) throws { buffer.varint(UInt64(value)) }
        mutating func encode(_ value: UInt16) throws { buffer.varint(UInt64(value)) }
        mutating func encode(_ value: UInt32) throws { buffer.varint(UInt64(value)) }
        mutating func encode(_ value: UInt64) throws { buffer.varint(value) }
    }
}
