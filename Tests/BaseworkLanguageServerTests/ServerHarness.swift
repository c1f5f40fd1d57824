import Basework
import Foundation
@testable import BaseworkLanguageServer

/// A journal in a temporary folder and a server core talking to it, with what the server sent.
final class ServerHarness {
    let root: String
    private(set) var sent: [JSONValue] = []
    private(set) var logged: [String] = []
    private(set) var server: LanguageServer!
    private var nextID = 100

    static let roster = """
        maria-g:
          name: Maria Gonzalez
          role: base
          group: 4 West nights
          aliases: [maria]
        pat-kim:
          name: Pat Kim
          role: officer
          aliases: [pat, pk]
        lena-p:
          name: Lena Park
          standing: cadre

        """

    static let picket = """
        ---
        date: 2026-11-20
        duration: 3h
        activity: picket
        struggle: riverside-nurses
        ---

        # Picket at Riverside

        - @maria-g: her first time on a line. (25m) #talked #contact #first-time #night-shift
        - @pat-kim: 20 min on tomorrow's plan. (20m) #talked

        ## Follow-up

        - [ ] Coffee with @maria-g about the schedule, due 2026-11-27

        """

    init(files: [String: String] = ["people.yml": ServerHarness.roster, "2026/11/picket.md": ServerHarness.picket],
         initialize params: JSONValue? = nil) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("basework-lsp-\(UUID().uuidString)").path
        for (relative, content) in files { try write(relative, content) }
        server = LanguageServer(today: { Day(iso: "2026-12-02")! }, send: { [unowned self] body in
            sent.append(try! JSONDecoder().decode(JSONValue.self, from: Data(body)))
        }, log: { [unowned self] in logged.append($0) })
        if let params { _ = request("initialize", params) } else { _ = request("initialize", Self.initializeParams(root: root)) }
        notify("initialized", .object([:]))
    }

    static func initializeParams(root: String, encodings: [String]? = nil) -> JSONValue {
        var capabilities: [String: JSONValue] = [:]
        if let encodings { capabilities["general"] = .object(["positionEncodings": .array(encodings.map(JSONValue.string))]) }
        return .object(["processId": .null, "rootUri": .string(FileURI.uri(root)), "capabilities": .object(capabilities)])
    }

    func write(_ relative: String, _ content: String) throws {
        let url = URL(fileURLWithPath: root + "/" + relative)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(content.utf8).write(to: url)
    }

    func uri(_ relative: String) -> String { FileURI.uri(root + "/" + relative) }

    /// Sends a message body as given.
    func receive(_ text: String) { server.receive(Array(text.utf8)) }

    func send(_ message: [String: JSONValue]) {
        var message = message
        message["jsonrpc"] = .string("2.0")
        server.receive(Array(try! JSONEncoder().encode(JSONValue.object(message))))
    }

    /// Sends a request and returns the response the server sent for it.
    func request(_ method: String, _ params: JSONValue) -> JSONValue? {
        nextID += 1
        let id = JSONValue.number(Double(nextID))
        send(["id": id, "method": .string(method), "params": params])
        return sent.last { $0["id"] == id }
    }

    func notify(_ method: String, _ params: JSONValue) {
        send(["method": .string(method), "params": params])
    }

    func open(_ relative: String, _ text: String, version: Int = 1) {
        notify("textDocument/didOpen", .object(["textDocument": .object([
            "uri": .string(uri(relative)), "languageId": .string("markdown"), "version": .number(Double(version)), "text": .string(text),
        ])]))
    }

    func change(_ relative: String, version: Int, _ changes: [(range: Range?, text: String)]) {
        let events: [JSONValue] = changes.map { change in
            var event: [String: JSONValue] = ["text": .string(change.text)]
            if let range = change.range { event["range"] = Self.json(range) }
            return .object(event)
        }
        notify("textDocument/didChange", .object([
            "textDocument": .object(["uri": .string(uri(relative)), "version": .number(Double(version))]),
            "contentChanges": .array(events),
        ]))
    }

    /// Publishes pending diagnostics and returns those for the document (the last published set).
    func diagnostics(_ relative: String) -> [JSONValue]? {
        server.publishPending()
        let target = JSONValue.string(uri(relative))
        let published = sent.last { message in
            message["method"] == .string("textDocument/publishDiagnostics") && message["params"]?["uri"] == target
        }
        return published?["params"]?["diagnostics"]?.array
    }

    func at(_ relative: String, line: Int, character: Int) -> JSONValue {
        .object(["textDocument": .object(["uri": .string(uri(relative))]),
                 "position": .object(["line": .number(Double(line)), "character": .number(Double(character))])])
    }

    static func json(_ range: Range) -> JSONValue {
        try! JSONDecoder().decode(JSONValue.self, from: JSONEncoder().encode(range))
    }

    /// Every file under the root with its bytes, to show that nothing was written.
    func snapshot() -> [String: Data] {
        var files: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(atPath: root)
        while let path = enumerator?.nextObject() as? String {
            if let data = FileManager.default.contents(atPath: root + "/" + path) { files[path] = data }
        }
        return files
    }

    deinit { try? FileManager.default.removeItem(atPath: root) }
}

extension JSONValue {
    static func position(_ line: Int, _ character: Int) -> JSONValue {
        .object(["line": .number(Double(line)), "character": .number(Double(character))])
    }

    var int: Int? { number.map { Int($0) } }
}
