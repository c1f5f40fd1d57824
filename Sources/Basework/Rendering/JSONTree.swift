/// One encoded value: its bytes already written (a number, a string, a literal, or a finished object
/// or array, indented for where it stands), or an object or array still open to more keys or elements.
///
/// A container stays open while its encoder may come back to it: a keyed container asked for twice of
/// the same encoder is one object (`"redacted": true` is added beside a report's keys that way).
/// Once the encoder is done, the container is written out at once and its box used again.
enum JSONSlot {
    /// Where the written bytes lie in the encoding's `JSONScratch`.
    case bytes(Range<Int>)
    case object(JSONObjectBox)
    case array(JSONArrayBox)
}

/// An object's members in the order they were set; written in the order of their keys.
final class JSONObjectBox {
    /// Set through `set(_:for:)`; only a value is replaced directly (by its written bytes).
    var members: [(key: String, value: JSONSlot)] = []
    /// Where each key is among the members, once there are enough of them for a linear search to cost.
    private var positions: [String: Int]?
    /// The keys in the order they were set, and their sorted order, when the box was last sorted.
    private var lastKeys: [String] = []
    private var lastOrder: [Int] = []

    /// The value set for `key`, if any.
    func value(for key: String) -> JSONSlot? { position(of: key).map { members[$0].value } }

    /// Sets `key` to `value`; a key set again keeps its place and takes the new value, as a Swift
    /// dictionary does (keys compared as Swift strings, so canonically equivalent ones are one key).
    func set(_ value: JSONSlot, for key: String) {
        if let at = position(of: key) {
            members[at].value = value
            return
        }
        positions?[key] = members.count
        members.append((key, value))
        if positions == nil, members.count > 16 {
            positions = Dictionary(members.indices.map { (members[$0].key, $0) }) { first, _ in first }
        }
    }

    /// The members' indices sorted by the UTF-8 bytes of their keys, as Foundation's `.sortedKeys`
    /// sorts them. A box used again mostly holds the same type's keys, set in the same order as last
    /// time: then the order found last time is taken again.
    func sortedOrder() -> [Int] {
        // Compared byte for byte: canonically equivalent keys, equal as Swift strings, may sort apart.
        if members.count != lastKeys.count || members.indices.contains(where: { !JSONObjectBox.sameBytes(members[$0].key, lastKeys[$0]) }) {
            lastKeys = members.map(\.key)
            lastOrder = members.indices.sorted { JSONObjectBox.precedes(members[$0].key, members[$1].key) }
        }
        return lastOrder
    }

    /// Empties the box for another object, keeping its storage.
    func reset() {
        members.removeAll(keepingCapacity: true)
        positions = nil
    }

    private func position(of key: String) -> Int? {
        if let positions { return positions[key] }
        return members.firstIndex { $0.key == key }
    }

    /// Whether `a` and `b` are the same UTF-8 bytes.
    static func sameBytes(_ a: String, _ b: String) -> Bool {
        var a = a, b = b
        return a.withUTF8 { a in b.withUTF8 { b in a.elementsEqual(b) } }
    }

    /// Whether `a` sorts before `b` by their UTF-8 bytes.
    static func precedes(_ a: String, _ b: String) -> Bool {
        var a = a, b = b
        return a.withUTF8 { a in b.withUTF8 { b in a.lexicographicallyPrecedes(b) } }
    }
}

/// An array's elements in order.
final class JSONArrayBox {
    var elements: [JSONSlot] = []
}

/// The coding key of an array element (`Index 3`) or of a super encoder (`super`).
struct JSONCodingKey: CodingKey {
    private let name: String?
    let intValue: Int?

    init(index: Int) {
        name = nil
        intValue = index
    }

    init(stringValue: String) {
        name = stringValue
        intValue = nil
    }

    init(intValue: Int) { self.init(index: intValue) }

    /// Spelled only when asked for (an error's coding path), not for every element.
    var stringValue: String { name ?? "Index \(intValue ?? 0)" }

    static let `super` = JSONCodingKey(stringValue: "super")
}
