/// The JSON contract of REPORTS.md: `report` prints every section, a section command prints an
/// object holding only its own key.
public enum JSONRenderer {
    public static func render(_ document: ReportDocument) -> String { encode(value(document)) }

    /// What `render` encodes: the report, under its own key for a section command, marked when redacted.
    static func value(_ document: ReportDocument) -> any Encodable {
        func marked(_ value: some Encodable) -> any Encodable { Marked(value: value, redacted: document.header.redacted) }
        return switch document.body {
        case .full(let report): marked(report)
        case .reach(let report): marked(["reach": report])
        case .depth(let report): marked(["depth": report])
        case .followUps(let report): marked(["followUps": report])
        case .time(let report): marked(["time": report])
        case .justifications(let report): marked(["justifications": report])
        case .coverage(let report): marked(["coverage": report])
        case .trend(let report): marked(["trend": report])
        case .people(let report): marked(report)
        case .person(let report): marked(["person": report])
        }
    }

    /// Encodes a value as the JSON contract: keys sorted, pretty-printed, slashes left alone; the bytes
    /// of Foundation's `JSONEncoder` with those options, written directly (`DirectJSONEncoder`).
    public static func encode(_ value: some Encodable) -> String {
        (try? DirectJSONEncoder.string(of: value)) ?? "{}"
    }
}

/// A report's JSON with `"redacted": true` beside its keys when it was redacted (REPORTS `--redact`).
private struct Marked<Value: Encodable>: Encodable {
    var value: Value
    var redacted: Bool

    enum CodingKeys: String, CodingKey { case redacted }

    func encode(to encoder: any Encoder) throws {
        try value.encode(to: encoder)
        guard redacted else { return }
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(true, forKey: .redacted)
    }
}
