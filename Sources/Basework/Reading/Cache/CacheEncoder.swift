/// Encodes `Codable` values into the cache's compact binary form: fields in declaration order with no
/// key names, integers as variable-length numbers, strings as a length and their UTF-8 bytes, each
/// optional field behind a presence byte, each array behind its element count. Only the key of a
/// nested container is written (that is how a synthesized enum with associated values names its case).
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

    /// The key type of a `Dictionary` with `String` or `Int` keys. Its keyed container is read back by
    /// listing its keys, which this format does not write, so such a dictionary is refused.
    private static let dictionaryKey: ObjectIdentifier? = {
        let probe = CacheBuffer(probe: true)
        try? ["": 0].encode(to: probe)
        return probe.probed
    }()

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        if isProbe {
            probed = ObjectIdentifier(Key.self)
        } else if ObjectIdentifier(Key.self) == Self.dictionaryKey {
            unsupported = true
        }
        return KeyedEncodingContainer(Keyed(buffer: self))
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

    /// A keyed container: values in the order they come, no keys.
    struct Keyed<Key: CodingKey>: KeyedEncodingContainerProtocol {
        let buffer: CacheBuffer
        var codingPath: [any CodingKey] { [] }

        mutating func encodeNil(forKey key: Key) throws { throw Unsupported() }
        mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws { try buffer.write(value) }
        mutating func encode(_ value: String, forKey key: Key) throws { buffer.string(value) }
        mutating func encode(_ value: Int, forKey key: Key) throws { buffer.int(Int64(value)) }
        mutating func encode(_ value: Bool, forKey key: Key) throws { buffer.bytes.append(value ? 1 : 0) }
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
            guard let value else { return buffer.bytes.append(0) }
            buffer.bytes.append(1)
            try buffer.write(value)
        }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key)
            -> KeyedEncodingContainer<NestedKey> {
            buffer.string(key.stringValue)
            return KeyedEncodingContainer(Keyed<NestedKey>(buffer: buffer))
        }

        mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
            buffer.string(key.stringValue)
            return Unkeyed(buffer: buffer)
        }

        mutating func superEncoder() -> any Encoder { buffer }
        mutating func superEncoder(forKey key: Key) -> any Encoder {
            buffer.string(key.stringValue)
            return buffer
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
            return KeyedEncodingContainer(Keyed<NestedKey>(buffer: buffer))
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
