/// The params and results of the language features the server offers (LSP 3.17, "Language Features").
struct CompletionItem: Codable, Hashable {
    var label: String
    /// 18 reference (a person), 14 keyword (a rung), 12 value, 10 property (a key).
    var kind: Int?
    var detail: String?
    var documentation: MarkupContent?
    var sortText: String?
    var filterText: String?
    var textEdit: TextEdit?
}

struct CompletionList: Codable {
    var isIncomplete: Bool
    var items: [CompletionItem]
}

struct Hover: Codable {
    var contents: MarkupContent
    var range: Range?
}

struct ReferenceParams: Codable {
    var textDocument: TextDocumentIdentifier
    var position: Position
}

struct DocumentSymbolParams: Codable {
    var textDocument: TextDocumentIdentifier
}

struct DocumentSymbol: Codable, Hashable {
    var name: String
    var detail: String?
    /// 15 string (a heading), 24 event (a follow-up).
    var kind: Int
    var range: Range
    var selectionRange: Range
    var children: [DocumentSymbol]?
}

struct WorkspaceSymbolParams: Codable {
    var query: String
}

struct SymbolInformation: Codable, Hashable {
    var name: String
    /// 13 variable: a person.
    var kind: Int
    var location: Location
    var containerName: String?
}

struct CodeActionParams: Codable {
    var textDocument: TextDocumentIdentifier
    var range: Range
}

struct CodeAction: Codable, Hashable {
    var title: String
    var kind = "quickfix"
    var diagnostics: [LSPDiagnostic]?
    var isPreferred: Bool?
    var edit: WorkspaceEdit
}
