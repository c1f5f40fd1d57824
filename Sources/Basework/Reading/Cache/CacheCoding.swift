/// A value the cache can keep: written field by field into a `CacheWriter` and read back, in the same
/// order, from a `CacheReader`. Written by hand for each kept type (`SyntaxStorage.swift`): Swift's
/// `Codable` took most of a warm run's time (an existential container per value).
protocol CacheCoding {
    func write(to writer: inout CacheWriter)
    init(from reader: inout CacheReader) throws(CacheReader.Damaged)
}

/// The bytes being written: integers as variable-length numbers, strings as a length and their UTF-8
/// bytes, optionals behind a presence byte, arrays behind their count.
struct CacheWriter {
    var bytes: [UInt8] = []

    mutating func write(_ value: UInt64) {
        var value = value
        while value >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: value) | 0x80)
            value >>= 7
        }
        bytes.append(UInt8(value))
    }

    mutating func write(_ value: Int) {
        let wide = Int64(value)
        write(UInt64(bitPattern: (wide << 1) ^ (wide >> 63)))
    }

    mutating func write(_ value: Bool) { bytes.append(value ? 1 : 0) }

    mutating func write(_ value: Double) { write(value.bitPattern.byteSwapped) }

    mutating func write(_ value: String) {
        var value = value
        value.withUTF8 { utf8 in
            write(UInt64(utf8.count))
            bytes.append(contentsOf: utf8)
        }
    }

    mutating func write<T: CacheCoding>(_ value: T) { value.write(to: &self) }

    mutating func write<T>(_ value: T?, _ each: (inout CacheWriter, T) -> Void) {
        guard let value else { return bytes.append(0) }
        bytes.append(1)
        each(&self, value)
    }

    mutating func write<T>(_ values: [T], _ each: (inout CacheWriter, T) -> Void) {
        write(UInt64(values.count))
        for value in values { each(&self, value) }
    }

    mutating func write<T: CacheCoding>(_ values: [T]) { write(values) { $0.write($1) } }
}

/// A cursor over cached bytes. Every read is bounds-checked: bytes that end early or make no sense
/// throw `Damaged`, never crash, and never allocate more than the bytes could hold.
struct CacheReader {
    /// The bytes are not what `CacheWriter` wrote for this type.
    struct Damaged: Error {}

    let bytes: UnsafeRawBufferPointer
    private(set) var offset = 0

    init(_ bytes: UnsafeRawBufferPointer) { self.bytes = bytes }

    var isAtEnd: Bool { offset == bytes.count }

    mutating func byte() throws(Damaged) -> UInt8 {
        guard offset < bytes.count else { throw Damaged() }
        defer { offset += 1 }
        return bytes[offset]
    }

    mutating func unsigned() throws(Damaged) -> UInt64 {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            let next = try byte()
            guard shift < 64 else { throw Damaged() }
            value |= UInt64(next & 0x7F) << shift
            if next < 0x80 { return value }
            shift += 7
        }
    }

    mutating func int() throws(Damaged) -> Int {
        let raw = try unsigned()
        guard let value = Int(exactly: Int64(bitPattern: (raw >> 1) ^ (0 &- (raw & 1)))) else { throw Damaged() }
        return value
    }

    mutating func bool() throws(Damaged) -> Bool {
        switch try byte() {
        case 0: return false
        case 1: return true
        default: throw Damaged()
        }
    }

    mutating func double() throws(Damaged) -> Double { Double(bitPattern: try unsigned().byteSwapped) }

    /// A count that the remaining bytes could hold (each element takes at least one byte).
    mutating func count() throws(Damaged) -> Int {
        let count = try unsigned()
        guard count <= UInt64(bytes.count - offset) else { throw Damaged() }
        return Int(count)
    }

    mutating func string() throws(Damaged) -> String {
        let count = try count()
        defer { offset += count }
        return String(decoding: UnsafeRawBufferPointer(rebasing: bytes[offset..<(offset + count)]), as: UTF8.self)
    }

    mutating func read<T: CacheCoding>(_ type: T.Type = T.self) throws(Damaged) -> T { try T(from: &self) }

    mutating func strings() throws(Damaged) -> [String] {
        try array { (reader: inout CacheReader) throws(Damaged) in try reader.string() }
    }

    mutating func optionalString() throws(Damaged) -> String? {
        try optional { (reader: inout CacheReader) throws(Damaged) in try reader.string() }
    }

    mutating func optional<T>(_ each: (inout CacheReader) throws(Damaged) -> T) throws(Damaged) -> T? {
        try bool() ? try each(&self) : nil
    }

    mutating func array<T>(_ each: (inout CacheReader) throws(Damaged) -> T) throws(Damaged) -> [T] {
        let count = try count()
        var values: [T] = []
        values.reserveCapacity(count)
        for _ in 0..<count { values.append(try each(&self)) }
        return values
    }

    mutating func array<T: CacheCoding>(_ type: T.Type = T.self) throws(Damaged) -> [T] {
        try array { (reader: inout CacheReader) throws(Damaged) in try T(from: &reader) }
    }

    /// A raw value written as its string: an enum case.
    mutating func raw<T: RawRepresentable<String>>(_ type: T.Type = T.self) throws(Damaged) -> T {
        guard let value = T(rawValue: try string()) else { throw Damaged() }
        return value
    }
}
