/// One rung of the ladder and how many people stand on it, as `depth` and `coverage` list them.
public struct LadderStep: Hashable, Encodable, Sendable {
    public var rung: Rung
    public var people: Int

    enum CodingKeys: String, CodingKey { case rung, people }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(rung.tag, forKey: .rung)
        try container.encode(people, forKey: .people)
    }
}
