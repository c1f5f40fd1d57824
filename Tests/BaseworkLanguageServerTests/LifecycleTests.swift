import Foundation
import Basework
import Testing
@testable import BaseworkLanguageServer

@Suite struct LifecycleTests {
    @Test func initializeNamesTheCapabilitiesAndUTF16ByDefault() throws {
        let harness = try ServerHarness(initialize: .object(["capabilities": .object([:])]))
        let result = harness.sent.first?["result"]?["capabilities"]
        #expect(result?["positionEncoding"] == .string("utf-16"))
        #expect(result?["textDocumentSync"]?["change"] == .number(2))
        #expect(result?["hoverProvider"] == .bool(true))
        #expect(result?["completionProvider"]?["triggerCharacters"]?.array?.contains(.string("@")) == true)
    }

    @Test func utf8IsHonouredWhenOffered() throws {
        let harness = try ServerHarness(initialize: ServerHarness.initializeParams(root: "/nowhere", encodings: ["utf-8", "utf-16"]))
        #expect(harness.sent.first?["result"]?["capabilities"]?["positionEncoding"] == .string("utf-8"))
    }

    @Test func shutdownThenExitIsZeroAndExitAloneIsOne() throws {
        let orderly = try ServerHarness()
        #expect(orderly.request("shutdown", .null)?["result"] == .null)
        #expect(orderly.request("textDocument/hover", orderly.at("x.md", line: 0, character: 0))?["error"]?["code"]?.int == -32600)
        orderly.notify("exit", .null)
        #expect(orderly.server.exitStatus == 0)
        let abrupt = try ServerHarness()
        abrupt.notify("exit", .null)
        #expect(abrupt.server.exitStatus == 1)
    }

    @Test func malformedAndUnknownMessagesGetErrorsOrNothing() throws {
        let harness = try ServerHarness()
        let before = harness.sent.count
        harness.receive("{not json")
        #expect(harness.sent.last?["error"]?["code"]?.int == -32700)
        #expect(harness.request("workspace/nonsense", .object([:]))?["error"]?["code"]?.int == -32601)
        #expect(harness.request("textDocument/hover", .string("not params"))?["error"]?["code"]?.int == -32602)
        let count = harness.sent.count
        harness.notify("$/somethingNew", .object([:]))
        harness.notify("textDocument/didOpen", .number(3))
        #expect(harness.sent.count == count)
        #expect(harness.sent.count == before + 3)
    }

    @Test func requestsBeforeInitializeAreRefused() {
        var sent: [JSONValue] = []
        let server = LanguageServer(today: { Day(iso: "2026-12-02")! }, send: { sent.append(try! JSONDecoder().decode(JSONValue.self, from: .init($0))) })
        server.receive(Array(#"{"jsonrpc":"2.0","id":1,"method":"textDocument/hover","params":{}}"#.utf8))
        #expect(sent.last?["error"]?["code"]?.int == -32002)
    }

    @Test func filesOutsideTheWorkspaceAndAnyJournalAreIgnored() throws {
        let harness = try ServerHarness()
        harness.notify("textDocument/didOpen", .object(["textDocument": .object([
            "uri": .string("file:///nonexistent-basework-folder/note.md"), "version": .number(1), "text": .string("---\nfoo: 1\n---\n@x"),
        ])]))
        harness.server.publishPending()
        #expect(!harness.sent.contains { $0["method"] == .string("textDocument/publishDiagnostics") })
        let hover = harness.request("textDocument/hover", .object([
            "textDocument": .object(["uri": .string("file:///nonexistent-basework-folder/note.md")]), "position": .position(3, 1),
        ]))
        #expect(hover?["result"] == .null)
    }

    @Test func withoutAWorkspaceAFileOutsideAnyJournalIsCheckedOnItsOwn() throws {
        let harness = try ServerHarness(files: [:], initialize: .object(["capabilities": .object([:])]))
        harness.open("loose.md", "---\ndate: 2026-11-31\n---\n")
        #expect(Set(harness.diagnostics("loose.md")?.compactMap { $0["code"]?.string } ?? []) == ["bad-date", "missing-duration"])
    }
}
