import Foundation

/// A validator for the part of JSON Schema (2020-12) that `Docs/basework.schema.json` uses: `type`,
/// `properties`, `required`, `additionalProperties`, `items`, `enum`, `minimum`, `maximum`, `pattern`,
/// `allOf`, `anyOf` and local `$ref`. It refuses a schema keyword it does not know, so the schema
/// cannot use more than is checked. Written here rather than taken from PyPI so that `swift test`
/// needs no network and no Python.
struct JSONSchemaCheck {
    let root: [String: Any]

    static let known: Set<String> = ["type", "properties", "required", "additionalProperties", "items", "enum", "minimum",
                                     "maximum", "pattern", "allOf", "anyOf", "$ref", "$schema", "$id", "$defs", "title",
                                     "description"]

    /// Every problem, each with its place (`/reach/list/0/role: ...`); empty when the value is valid.
    func problems(_ value: Any, against schema: [String: Any], at path: String = "") -> [String] {
        var found: [String] = []
        for key in schema.keys where !JSONSchemaCheck.known.contains(key) { found.append("\(path): schema keyword \(key) is not checked") }
        if let reference = schema["$ref"] as? String {
            let name = reference.replacingOccurrences(of: "#/$defs/", with: "")
            guard let target = (root["$defs"] as? [String: Any])?[name] as? [String: Any] else { return ["\(path): no $defs/\(name)"] }
            found += problems(value, against: target, at: path)
        }
        if let types = schema["type"] {
            let names = (types as? [String]) ?? [types as? String ?? ""]
            if !names.contains(where: { JSONSchemaCheck.value(value, is: $0) }) { found.append("\(path): \(describe(value)) is not \(names)") }
        }
        if let options = schema["enum"] as? [Any], !options.contains(where: { JSONSchemaCheck.equal($0, value) }) {
            found.append("\(path): \(describe(value)) is none of \(options)")
        }
        if let number = value as? NSNumber, !JSONSchemaCheck.isBool(value) {
            if let minimum = schema["minimum"] as? Double, number.doubleValue < minimum { found.append("\(path): \(number) < \(minimum)") }
            if let maximum = schema["maximum"] as? Double, number.doubleValue > maximum { found.append("\(path): \(number) > \(maximum)") }
        }
        if let pattern = schema["pattern"] as? String, let text = value as? String,
           text.range(of: pattern, options: .regularExpression) == nil {
            found.append("\(path): \(text) does not match \(pattern)")
        }
        for part in schema["allOf"] as? [[String: Any]] ?? [] { found += problems(value, against: part, at: path) }
        if let options = schema["anyOf"] as? [[String: Any]], !options.contains(where: { problems(value, against: $0, at: path).isEmpty }) {
            found.append("\(path): matches none of anyOf")
        }
        if let object = value as? [String: Any] {
            let properties = schema["properties"] as? [String: [String: Any]] ?? [:]
            for key in schema["required"] as? [String] ?? [] where object[key] == nil { found.append("\(path): \(key) is missing") }
            for (key, item) in object {
                if let property = properties[key] {
                    found += problems(item, against: property, at: "\(path)/\(key)")
                } else if let extra = schema["additionalProperties"] as? [String: Any] {
                    found += problems(item, against: extra, at: "\(path)/\(key)")
                }
            }
        }
        if let array = value as? [Any], let items = schema["items"] as? [String: Any] {
            for (index, item) in array.enumerated() { found += problems(item, against: items, at: "\(path)/\(index)") }
        }
        return found
    }

    static func isBool(_ value: Any) -> Bool {
        String(describing: type(of: value)).contains("Boolean") || type(of: value) == Bool.self
    }

    static func value(_ value: Any, is type: String) -> Bool {
        switch type {
        case "null": return value is NSNull
        case "boolean": return isBool(value)
        case "integer": return !isBool(value) && (value as? NSNumber).map { $0.doubleValue == $0.doubleValue.rounded() } == true
        case "number": return !isBool(value) && value is NSNumber
        case "string": return value is String
        case "array": return value is [Any]
        case "object": return value is [String: Any]
        default: return false
        }
    }

    static func equal(_ a: Any, _ b: Any) -> Bool {
        if a is NSNull || b is NSNull { return a is NSNull && b is NSNull }
        if let a = a as? String, let b = b as? String { return a == b }
        return false
    }

    func describe(_ value: Any) -> String { value is NSNull ? "null" : "\(value)" }
}
