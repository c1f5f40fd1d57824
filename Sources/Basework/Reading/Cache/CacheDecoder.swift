/// Reads back what `CacheEncoder` wrote, into the same types. Every read is bounds-checked: bytes that
/// end early or make no sense throw `CacheDecoder.Damaged`, never crash and never allocate more than
/// the bytes could hold.
struct CacheDecoder {
    /// The bytes are not what `CacheEncoder` wrote for this type.
    struct Damaged: Error {}

    /// Decodes one value from the whole of `bytes`.
    static func decode<T: Decodable>(_ type: T.Type, from bytes: UnsafeRawBufferPointer) throws -> T {
        let reader = CacheReader(bytes)
        let value = try reader.read(T.self)
        guard reader.offset == bytes.count else { throw Damaged() }
        return value
    }

    static func decode<T: Decodable>(_ type: T.Type, from bytes: [UInt8]) throws -> T {
        try bytes.withUnsafeBytes { try decode(type, from: $0) }
    }
}

/// A cursor over encoded bytes, and the `Decoder` every value is read through.
final class CacheReader: Decoder {
    let bytes: UnsafeRawBufferPointer
    var offset = 0
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    init(_ bytes: UnsafeRawBufferPointer) { self.bytes = bytes }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard ObjectIdentifier(Key.self) == CacheBuffer.dictionaryKey else { return KeyedDecodingContainer(Keyed(reader: self, keys: nil)) }
        // A dictionary: its count, then each key, value length and value. The keys are listed first.
        let count = try fixed32()
        let start = offset
        var keys: [Key] = []
        for _ in 0..<count {
            guard let key = Key(stringValue: try string()) else { throw CacheDecoder.Damaged() }
            keys.append(key)
            let length = try fixed32()
            guard length <= bytes.count - offset else { throw CacheDecoder.Damaged() }
            offset += length
        }
        offset = start
        return KeyedDecodingContainer(Keyed(reader: self, keys: keys))
    }

    /// A 4-byte count or length, low byte first.
    func fixed32() throws -> Int {
        var value = 0
        for shift in stride(from: 0, to: 32, by: 8) { value |= Int(try byte()) << shift }
        return value
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer { try Unkeyed(reader: self) }

    func singleValueContainer() throws -> any SingleValueDecodingContainer { Single(reader: self) }

    // MARK: Primitives

    @inline(__always) func byte() throws -> UInt8 {
        guard offset < bytes.count else { throw CacheDecoder.Damaged() }
        defer { offset += 1 }
        return bytes[offset]
    }

    func varint() throws -> UInt64 {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            let next = try byte()
            guard shift < 64 else { throw CacheDecoder.Damaged() }
            value |= UInt64(next & 0x7F) << shift
            if next < 0x80 { return value }
            shift += 7
        }
    }

    func int() throws -> Int64 {
        let raw = try varint()
        return Int64(bitPattern: (raw >> 1) ^ (0 &- (raw & 1)))
    }

    func bool() throws -> Bool {
        switch try byte() {
        case 0: false
        case 1: true
        default: throw CacheDecoder.Damaged()
        }
    }

    /// A length that the remaining bytes could hold.
    func length(each size: Int = 1) throws -> Int {
        let count = try varint()
        guard count <= UInt64(bytes.count - offset) / UInt64(size) else { throw CacheDecoder.Damaged() }
        return Int(count)
    }

    func string() throws -> String {
        let count = try length()
        defer { offset += count }
        return String(decoding: UnsafeRawBufferPointer(rebasing: bytes[offset..<(offset + count)]), as: UTF8.self)
    }

    func integer<T: FixedWidthInteger>(_ type: T.Type) throws -> T {
        guard let exact = T.isSigned ? T(exactly: try int()) : T(exactly: try varint()) else { throw CacheDecoder.Damaged() }
        return exact
    }

    /// Reads any value, the common primitives without going through a container.
    func read<T: Decodable>(_ type: T.Type) throws -> T {
        if T.self == String.self { return unsafeBitCast(try string(), to: T.self) }
        if T.self == Int.self { return unsafeBitCast(Int(try int()), to: T.self) }
        if T.self == Bool.self { return unsafeBitCast(try bool(), to: T.self) }
        if T.self == [UInt8].self {
            let count = try length()
            defer { offset += count }
            return unsafeBitCast(Array(UnsafeRawBufferPointer(rebasing: bytes[offset..<(offset + count)])), to: T.self)
        }
        return try T(from: self)
    }

    /// The key written before a nested container, checked against the one asked for.
    func key(_ key: some CodingKey) throws {
        guard try string() == key.stringValue else { throw CacheDecoder.Damaged() }
    }

    // MARK: Containers

    /// A keyed container: values in the order they were written. `allKeys` is the key of the nested
    /// container that comes next: what a synthesized enum reads to learn its case.
    struct Keyed<Key: CodingKey>: KeyedDecodingContainerProtocol {
        let reader: CacheReader
        /// A dictionary's keys, in the order written; nil for any other container.
        let keys: [Key]?
        var codingPath: [any CodingKey] { [] }

        var allKeys: [Key] {
            if let keys { return keys }
            let start = reader.offset
            defer { reader.offset = start }
            return (try? reader.string()).flatMap(Key.init(stringValue:)).map { [$0] } ?? []
        }

        func contains(_ key: Key) -> Bool { true }

        func decodeNil(forKey key: Key) throws -> Bool { throw CacheDecoder.Damaged() }
        func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
            guard keys != nil else { return try reader.read(T.self) }
            // A dictionary's entries are read in the order listed, each checked against its key.
            try reader.key(key)
            let end = try reader.fixed32() + reader.offset
            let value = try reader.read(T.self)
            guard reader.offset == end else { throw CacheDecoder.Damaged() }
            return value
        }
        func decode(_ type: String.Type, forKey key: Key) throws -> String { keys == nil ? try reader.string() : try decode(type as String.Type?, key) }
        func decode(_ type: Int.Type, forKey key: Key) throws -> Int { keys == nil ? Int(try reader.int()) : try decode(type as Int.Type?, key) }
        func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { keys == nil ? try reader.bool() : try decode(type as Bool.Type?, key) }

        /// A dictionary's value of a type that has its own overload, read through the generic `decode`.
        private func decode<T: Decodable>(_ type: T.Type?, _ key: Key) throws -> T { try decode(T.self, forKey: key) }
        func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try reader.read(type) }
        func decode(_ type: Float.Type, forKey key: Key) throws -> Float { try reader.read(type) }
        func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { try reader.read(type) }
        func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { try reader.read(type) }
        func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { try reader.read(type) }
        func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try reader.read(type) }
        func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { try reader.read(type) }
        func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { try reader.read(type) }
        func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 { try reader.read(type) }
        func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 { try reader.read(type) }
        func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 { try reader.read(type) }

        /// Optionals: a presence byte, then the value. Every overload comes here.
        func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? { try optional(type) }
        func decodeIfPresent(_ type: Bool.Type, forKey key: Key) throws -> Bool? { try optional(type) }
        func decodeIfPresent(_ type: String.Type, forKey key: Key) throws -> String? { try optional(type) }
        func decodeIfPresent(_ type: Double.Type, forKey key: Key) throws -> Double? { try optional(type) }
        func decodeIfPresent(_ type: Float.Type, forKey key: Key) throws -> Float? { try optional(type) }
        func decodeIfPresent(_ type: Int.Type, forKey key: Key) throws -> Int? { try optional(type) }
        func decodeIfPresent(_ type: Int8.Type, forKey key: Key) throws -> Int8? { try optional(type) }
        func decodeIfPresent(_ type: Int16.Type, forKey key: Key) throws -> Int16? { try optional(type) }
        func decodeIfPresent(_ type: Int32.Type, forKey key: Key) throws -> Int32? { try optional(type) }
        func decodeIfPresent(_ type: Int64.Type, forKey key: Key) throws -> Int64? { try optional(type) }
        func decodeIfPresent(_ type: UInt.Type, forKey key: Key) throws -> UInt? { try optional(type) }
        func decodeIfPresent(_ type: UInt8.Type, forKey key: Key) throws -> UInt8? { try optional(type) }
        func decodeIfPresent(_ type: UInt16.Type, forKey key: Key) throws -> UInt16? { try optional(type) }
        func decodeIfPresent(_ type: UInt32.Type, forKey key: Key) throws -> UInt32? { try optional(type) }
        func decodeIfPresent(_ type: UInt64.Type, forKey key: Key) throws -> UInt64? { try optional(type) }

        private func optional<T: Decodable>(_ type: T.Type) throws -> T? {
            guard keys == nil else { throw CacheDecoder.Damaged() }
            return try reader.bool() ? try reader.read(type) : nil
        }

        func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws
            -> KeyedDecodingContainer<NestedKey> {
            try reader.key(key)
            return KeyedDecodingContainer(Keyed<NestedKey>(reader: reader, keys: nil))
        }

        func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
            try reader.key(key)
            return try Unkeyed(reader: reader)
        }

        func superDecoder() throws -> any Decoder { reader }
        func superDecoder(forKey key: Key) throws -> any Decoder {
            try reader.key(key)
            return reader
        }
    }

    /// An unkeyed container: its 4-byte element count, then the elements.
    struct Unkeyed: UnkeyedDecodingContainer {
        let reader: CacheReader
        let count: Int?
        private(set) var currentIndex = 0
        var codingPath: [any CodingKey] { [] }
        var isAtEnd: Bool { currentIndex >= count! }

        init(reader: CacheReader) throws {
            self.reader = reader
            let value = try reader.fixed32()
            // Every element takes at least one byte.
            guard value <= reader.bytes.count - reader.offset else { throw CacheDecoder.Damaged() }
            count = value
        }

        private mutating func next() throws {
            guard !isAtEnd else { throw CacheDecoder.Damaged() }
            currentIndex += 1
        }

        mutating func decodeNil() throws -> Bool { false }
        mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
            try next()
            return try reader.read(T.self)
        }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
            try next()
            return KeyedDecodingContainer(Keyed<NestedKey>(reader: reader, keys: nil))
        }

        mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
            try next()
            return try Unkeyed(reader: reader)
        }

        mutating func superDecoder() throws -> any Decoder {
            try next()
            return reader
        }
    }

    /// A single value, read as written.
    struct Single: SingleValueDecodingContainer {
        let reader: CacheReader
        var codingPath: [any CodingKey] { [] }

        func decodeNil() -> Bool { false }
        func decode<T: Decodable>(_ type: T.Type) throws -> T { try reader.read(T.self) }
        func decode(_ type: String.Type) throws -> String { try reader.string() }
        func decode(_ type: Int.Type) throws -> Int { Int(try reader.int()) }
        func decode(_ type: Bool.Type) throws -> Bool { try reader.bool() }
        func decode(_ type: Double.Type) throws -> Double { Double(bitPattern: try reader.varint().byteSwapped) }
        func decode(_ type: Float.Type) throws -> Float {
            guard let bits = UInt32(exactly: try reader.varint()) else { throw CacheDecoder.Damaged() }
            return Float(bitPattern: bits)
        }
        func decode(_ type: Int8.Type) throws -> Int8 { try reader.integer(type) }
        func decode(_ type: Int16.Type) throws -> Int16 { try reader.integer(type) }
        func decode(_ type: Int32.Type) throws -> Int32 { try reader.integer(type) }
        func decode(_ type: Int64.Type) throws -> Int64 { try reader.int() }
        func decode(_ type: UInt.Type) throws -> UInt { try reader.integer(type) }
        func decode(_ type: UInt8.Type) throws -> UInt8 { try reader.integer(type) }
        func decode(_ type: UInt16.Type) throws -> UInt16 { try reader.integer(type) }
        func decode(_ type: UInt32.Type) throws -> UInt32 { try reader.integer(type) }
        func decode(_ type: UInt64.Type) throws -> UInt64 { try reader.varint() }
    }
}
