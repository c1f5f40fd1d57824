/// The params of the document synchronisation notifications (LSP 3.17, "Text Document Synchronization").
struct DidOpenTextDocumentParams: Codable {
    struct Item: Codable {
        var uri: String
        var languageId: String?
        var version: Int?
        var text: String
    }

    var textDocument: Item
}

struct DidChangeTextDocumentParams: Codable {
    struct Document: Codable {
        var uri: String
        var version: Int?
    }

    /// A range and its new text; without a range, the whole document's new text.
    struct Change: Codable {
        var range: Range?
        var text: String
    }

    var textDocument: Document
    var contentChanges: [Change]
}

struct DidCloseTextDocumentParams: Codable {
    var textDocument: TextDocumentIdentifier
}

struct DidSaveTextDocumentParams: Codable {
    var textDocument: TextDocumentIdentifier
    var text: String?
}

struct DidChangeWatchedFilesParams: Codable {
    struct Event: Codable {
        var uri: String
        /// 1 created, 2 changed, 3 deleted.
        var type: Int
    }

    var changes: [Event]
}

/// `textDocument/publishDiagnostics`.
struct PublishDiagnosticsParams: Codable {
    var uri: String
    var version: Int?
    var diagnostics: [LSPDiagnostic]
}

/// A diagnostic as the protocol has it: severity 1 error, 2 warning; the code is basework's rule.
public struct LSPDiagnostic: Codable, Hashable, Sendable {
    public var range: Range
    public var severity: Int
    public var code: String
    public var source: String
    public var message: String
}

/// `window/logMessage`: type 1 error, 3 info.
struct LogMessageParams: Codable {
    var type: Int
    var message: String
}
