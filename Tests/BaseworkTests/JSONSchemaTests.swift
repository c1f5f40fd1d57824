import Foundation
import Testing

/// Every golden JSON output is valid against `Docs/basework.schema.json`, under its command's definition.
@Suite("The JSON schema")
struct JSONSchemaTests {
    static var schema: [String: Any] {
        let data = FileManager.default.contents(atPath: GoldenRun.root.appendingPathComponent("Docs/basework.schema.json").path) ?? Data()
        return (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] ?? [:]
    }

    /// Golden cases whose command prints JSON, with their command.
    static let cases: [String] = GoldenRun.cases.filter { name in
        let args = arguments(name)
        return zip(args, args.dropFirst()).contains { ["--format", "-F"].contains($0.0) && $0.1 == "json" }
    }

    static func arguments(_ name: String) -> [String] {
        let url = GoldenRun.golden.appendingPathComponent(name).appendingPathComponent("args")
        return (try? String(contentsOf: url, encoding: .utf8))?.split(separator: "\n").map(String.init) ?? []
    }

    static func check(_ json: String, command: String) throws -> [String] {
        let value = try JSONSerialization.jsonObject(with: Data(json.utf8), options: [.fragmentsAllowed])
        return JSONSchemaCheck(root: schema).problems(value, against: ["$ref": "#/$defs/command-\(command)"])
    }

    @Test("a golden JSON output is valid against its command's schema", arguments: cases)
    func golden(_ name: String) throws {
        let stdout = try String(contentsOf: GoldenRun.golden.appendingPathComponent(name).appendingPathComponent("stdout"), encoding: .utf8)
        let command = try #require(JSONSchemaTests.arguments(name).first)
        #expect(try JSONSchemaTests.check(stdout, command: command) == [])
    }

    @Test("every command that prints JSON has golden JSON output checked, redacted too")
    func coverage() throws {
        let commands = Set(JSONSchemaTests.cases.compactMap { JSONSchemaTests.arguments($0).first })
        #expect(commands.isSuperset(of: ["report", "reach", "depth", "followups", "time", "justify", "coverage", "trend", "people",
                                         "person", "check", "tags", "struggles"]))
    }

    @Test("the schema catches a missing key, a wrong type, a value out of range and an unknown rung")
    func catches() throws {
        #expect(try JSONSchemaTests.check(#"{"tags": [{"tag": "x", "entries": 1}]}"#, command: "tags") == ["/tags/0: last is missing"])
        #expect(try JSONSchemaTests.check(#"{"tags": [{"tag": 3, "entries": 1, "last": "2026-11-02"}]}"#, command: "tags").count == 1)
        #expect(try JSONSchemaTests.check(#"{"struggles": [{"struggle": "x", "entries": -1, "last": "2026-11-02"}]}"#, command: "struggles").count == 1)
        #expect(try JSONSchemaTests.check(#"{"depth": {"ladder": [{"rung": "hero", "people": 1}], "movedUp": []}}"#, command: "depth").count == 1)
        #expect(try JSONSchemaTests.check(#"{"trend": {"by": "week", "periods": []}}"#, command: "trend") == [])
    }
}
