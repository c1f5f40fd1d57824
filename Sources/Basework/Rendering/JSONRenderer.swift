import Foundation

/// The JSON contract of REPORTS.md: `report` prints every section, a section command prints an
/// object holding only its own key.
public enum JSONRenderer {
    public static func render(_ document: ReportDocument) -> String {
        func encode(_ value: some Encodable) -> String {
            JSONRenderer.encode(Marked(value: value, redacted: document.header.redacted))
        }
        return switch document.body {
        case .full(let report): encode(report)
        case .reach(let report): encode(["reach": report])
        case .depth(let report): encode(["depth": report])
        case .followUps(let report): encode(["followUps": report])
        case .time(let report): encode(["time": report])
        case .justifications(let report): encode(["justifications": report])
        case .coverage(let report): encode(["coverage": report])
        case .trend(let report): encode(["trend": report])
        case .people(let report): encode(report)
        case .person(let report): encode(["person": report])
        }
    }

    /// Encodes a value as the JSON contract: keys sorted, pretty-printed, slashes left alone.
    public static func encode(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(value) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
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
