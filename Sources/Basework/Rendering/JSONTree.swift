/// One encoded value, kept until the whole value is encoded: its bytes already spelled (a number, a
/// string, a literal), or an object or array still open to more keys or elements.
///
/// Containers stay open because `Encodable` may come back to one: a keyed container asked for twice
/// at the same place is one object (`"redacted": true` is added beside a report's keys that way).
enum JSONSlot {
    /// Where the spelled bytes lie in the encoding's `JSONScratch`.
    case scalar(Range<Int>)
    case object(JSONObjectBox)
    case array(JSONArrayBox)

    /// What a value that encoded nothing is written as: `{}`, as Foundation does.
    static func emptyObject() -> JSONSlot { .object(JSONObjectBox()) }
}

/// An object's members in the order they were set; printed sorted by key.
final class JSONObjectBox {
    private(set) var members: [(key: String, value: JSONSlot)] = []
    /// Where each key is among the members, once there are enough of them for a linear search to cost.
    private var positions: [String: Int]?

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

    private func position(of key: String) -> Int? {
        if let positions { return positions[key] }
        return members.firstIndex { $0.key == key }
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
