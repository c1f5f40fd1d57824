/// Days appear in the JSON contract as `YYYY-MM-DD`.
extension Day: Encodable {
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
