/// A place in a document as the protocol counts it: line from 0, character in the negotiated
/// encoding's code units (UTF-16 unless the client chose UTF-8).
public struct Position: Codable, Hashable, Sendable {
    public var line: Int
    public var character: Int

    public init(line: Int, character: Int) {
        self.line = line
        self.character = character
    }
}

/// A span of a document, its end excluded.
public struct Range: Codable, Hashable, Sendable {
    public var start: Position
    public var end: Position

    public init(start: Position, end: Position) {
        self.start = start
        self.end = end
    }
}

/// A range in a document named by URI.
public struct Location: Codable, Hashable, Sendable {
    public var uri: String
    public var range: Range
}

/// A replacement of a range by text.
public struct TextEdit: Codable, Hashable, Sendable {
    public var range: Range
    public var newText: String
}

/// Changes to several documents, by URI; the client applies them (the server never writes a file).
public struct WorkspaceEdit: Codable, Hashable, Sendable {
    public var changes: [String: [TextEdit]]
}

/// Text for the client to show, Markdown here.
public struct MarkupContent: Codable, Hashable, Sendable {
    public var kind = "markdown"
    public var value: String
}

struct TextDocumentIdentifier: Codable {
    var uri: String
}

struct TextDocumentPositionParams: Codable {
    var textDocument: TextDocumentIdentifier
    var position: Position
}
