import Basework

/// The language server's core: takes one JSON-RPC message body at a time, answers through `send`,
/// and publishes diagnostics for the documents changed since the last `publishPending()`. It never
/// touches standard input or output itself (`StdioTransport` does), so tests drive it directly.
/// Edits only change the text; the reading waits for `publishPending()`, which the transport calls
/// once the messages that have arrived are all handled: fast typing coalesces into one reading.
public final class LanguageServer {
    /// Where the server's lifecycle stands (LSP 3.17 "Lifecycle Messages").
    enum Lifecycle { case starting, running, shutDown }

    private let send: ([UInt8]) -> Void
    private let log: (String) -> Void
    /// The day hover counts "days ago" from: asked each time, so a server left running past midnight follows.
    private let clock: () -> Day
    private var today: Day { clock() }
    private var lifecycle = Lifecycle.starting
    /// Set by `exit`: 0 after `shutdown`, 1 without.
    public private(set) var exitStatus: Int32?
    /// Whether `shutdown` was asked: input that ends after it ends the server as `exit` would.
    public var isShutDown: Bool { lifecycle == .shutDown }
    private(set) var encoding = PositionEncoding.utf16
    private var workspaceFolders: [String] = []
    private var documents: [String: OpenDocument] = [:]
    private var journals: [String: JournalState] = [:]
    /// URIs whose diagnostics are due, in the order they changed.
    private var pending: [String] = []
    /// The diagnostics last published for each open document, for quick fixes.
    private var published: [String: [Diagnostic]] = [:]
    private var nextRequest = 1

    /// `send` gets each outgoing message's JSON body; `log` gets lines for standard error.
    public init(today: @escaping () -> Day, send: @escaping ([UInt8]) -> Void, log: @escaping (String) -> Void = { _ in }) {
        clock = today
        self.send = send
        self.log = log
    }

    /// Handles one message body.
    public func receive(_ body: [UInt8]) {
        guard let message = IncomingMessage(body: body) else {
            send(Outgoing.error(id: nil, ResponseError(code: .parseError, message: "the message is not a JSON object")))
            return
        }
        guard let method = message.method else {
            // A response to one of our requests (client/registerCapability): nothing to do with it.
            if message.id == nil { send(Outgoing.error(id: nil, ResponseError(code: .invalidRequest, message: "a message needs a method"))) }
            return
        }
        guard let id = message.id else {
            notify(method, message)
            return
        }
        do {
            try answer(method, id: id, message)
        } catch let error as ResponseError {
            send(Outgoing.error(id: id, error))
        } catch {
            send(Outgoing.error(id: id, ResponseError(code: .invalidParams, message: "invalid params for \(method): \(error)")))
        }
    }

    /// A frame whose header could not be read: logged, as it has no id to answer.
    public func badFrame(_ reason: String) {
        log("basework lsp: ignored a message: \(reason)")
    }

    // MARK: Requests

    private func answer(_ method: String, id: JSONValue, _ message: IncomingMessage) throws {
        switch (lifecycle, method) {
        case (.starting, "initialize"):
            send(Outgoing.response(id: id, result: initialize(message.params ?? .null)))
            lifecycle = .running
            return
        case (.starting, _):
            throw ResponseError(code: .serverNotInitialized, message: "initialize first")
        case (.shutDown, _):
            throw ResponseError(code: .invalidRequest, message: "the server is shut down")
        case (.running, "initialize"):
            throw ResponseError(code: .invalidRequest, message: "already initialized")
        case (.running, "shutdown"):
            lifecycle = .shutDown
            send(Outgoing.response(id: id, result: JSONValue?.none))
            return
        default:
            break
        }
        // What is answered reads the buffers as they are now.
        publishPending()
        switch method {
        case "textDocument/completion":
            let params = try message.params(as: TextDocumentPositionParams.self)
            let list = document(params.textDocument.uri).map { document in
                Completion(state: journal(document.root), text: document.text, encoding: encoding, today: today)
                    .list(at: params.position)
            }
            send(Outgoing.response(id: id, result: list))
        case "textDocument/hover":
            let params = try message.params(as: TextDocumentPositionParams.self)
            let hover = document(params.textDocument.uri).flatMap { document in
                HoverText(state: journal(document.root), document: document, encoding: encoding, today: today).hover(at: params.position)
            }
            send(Outgoing.response(id: id, result: hover))
        case "textDocument/definition":
            let params = try message.params(as: TextDocumentPositionParams.self)
            send(Outgoing.response(id: id, result: definition(params)))
        case "textDocument/references":
            let params = try message.params(as: ReferenceParams.self)
            send(Outgoing.response(id: id, result: references(params)))
        case "textDocument/documentSymbol":
            let params = try message.params(as: DocumentSymbolParams.self)
            send(Outgoing.response(id: id, result: document(params.textDocument.uri).map { Outline.symbols($0, encoding) }))
        case "workspace/symbol":
            let params = try message.params(as: WorkspaceSymbolParams.self)
            let symbols = journals.values.sorted { $0.root < $1.root }.flatMap { state in
                Navigation.workspaceSymbols(params.query, state: state, uri: rosterURI(state), encoding)
            }
            send(Outgoing.response(id: id, result: symbols))
        case "textDocument/codeAction":
            let params = try message.params(as: CodeActionParams.self)
            send(Outgoing.response(id: id, result: codeActions(params)))
        default:
            throw ResponseError(code: .methodNotFound, message: "basework lsp does not offer \(method)")
        }
    }

    private func initialize(_ params: JSONValue) -> JSONValue {
        let offered = params["capabilities"]?["general"]?["positionEncodings"]?.array?.compactMap(\.string) ?? []
        encoding = offered.contains(PositionEncoding.utf8.rawValue) ? .utf8 : .utf16
        var folders = params["workspaceFolders"]?.array?.compactMap { $0["uri"]?.string.flatMap(FileURI.path) } ?? []
        if folders.isEmpty, let root = params["rootUri"]?.string.flatMap(FileURI.path) ?? params["rootPath"]?.string {
            folders = [root]
        }
        workspaceFolders = folders
        let watches = params["capabilities"]?["workspace"]?["didChangeWatchedFiles"]?["dynamicRegistration"]?.bool == true
        if watches { registerWatchers() }
        let capabilities: JSONValue = .object([
            "positionEncoding": .string(encoding.rawValue),
            "textDocumentSync": .object(["openClose": .bool(true), "change": .number(2), "save": .object(["includeText": .bool(false)])]),
            "completionProvider": .object(["triggerCharacters": .array(["@", "#", "["].map(JSONValue.string))]),
            "hoverProvider": .bool(true),
            "definitionProvider": .bool(true),
            "referencesProvider": .bool(true),
            "documentSymbolProvider": .bool(true),
            "workspaceSymbolProvider": .bool(true),
            "codeActionProvider": .object(["codeActionKinds": .array([.string("quickfix")])]),
        ])
        return .object(["capabilities": capabilities,
                        "serverInfo": .object(["name": .string("basework"), "version": .string("0.1.0")])])
    }

    /// Asks the client to tell about changes on disk to the roster, the settings and entries.
    private func registerWatchers() {
        let globs = ["**/people.yml", "**/basework.yml", "**/*.md", "**/*.markdown"]
        let registration: JSONValue = .object(["registrations": .array([.object([
            "id": .string("basework-files"),
            "method": .string("workspace/didChangeWatchedFiles"),
            "registerOptions": .object(["watchers": .array(globs.map { .object(["globPattern": .string($0)]) })]),
        ])])])
        // Sent once `initialize` has been answered: a request of ours may not come before it.
        pendingRequests.append(Outgoing.request(id: .string("basework-\(nextRequest)"), "client/registerCapability", registration))
        nextRequest += 1
    }

    private var pendingRequests: [[UInt8]] = []

    // MARK: Notifications

    private func notify(_ method: String, _ message: IncomingMessage) {
        if method == "exit" {
            exitStatus = lifecycle == .shutDown ? 0 : 1
            return
        }
        guard lifecycle == .running else { return }
        do {
            switch method {
            case "initialized":
                for request in pendingRequests { send(request) }
                pendingRequests = []
            case "textDocument/didOpen":
                let params = try message.params(as: DidOpenTextDocumentParams.self)
                open(params.textDocument.uri, version: params.textDocument.version, text: params.textDocument.text)
            case "textDocument/didChange":
                let params = try message.params(as: DidChangeTextDocumentParams.self)
                change(params)
            case "textDocument/didClose":
                let params = try message.params(as: DidCloseTextDocumentParams.self)
                close(params.textDocument.uri)
            case "textDocument/didSave":
                let params = try message.params(as: DidSaveTextDocumentParams.self)
                if let document = documents[params.textDocument.uri], document.kind == .entry {
                    journal(document.root).refreshFromDisk(document.path)
                }
            case "workspace/didChangeWatchedFiles":
                let params = try message.params(as: DidChangeWatchedFilesParams.self)
                for change in params.changes { changedOnDisk(change.uri) }
            default:
                break
            }
        } catch {
            log("basework lsp: ignored \(method): invalid params: \(error)")
        }
    }

    private func open(_ uri: String, version: Int?, text: String) {
        guard let path = FileURI.path(uri),
              let root = FileURI.journalRoot(for: path, workspaceFolders: workspaceFolders),
              path.hasPrefix(root + "/"), case let relative = String(path.dropFirst(root.count + 1)),
              let kind = OpenDocument.kind(ofRelative: relative) else {
            log("basework lsp: \(uri) is not a journal file; it gets no diagnostics")
            return
        }
        documents[uri] = OpenDocument(uri: uri, version: version, text: DocumentText(text), root: root, path: relative, kind: kind)
        changed(uri)
    }

    private func change(_ params: DidChangeTextDocumentParams) {
        guard var document = documents[params.textDocument.uri] else { return }
        for change in params.contentChanges { document.text.replace(change.range, with: change.text, encoding) }
        document.version = params.textDocument.version
        document.syntax = nil
        documents[document.uri] = document
        changed(document.uri)
    }

    private func close(_ uri: String) {
        guard let document = documents.removeValue(forKey: uri) else { return }
        pending.removeAll { $0 == uri }
        published[uri] = nil
        let state = journal(document.root)
        switch document.kind {
        case .entry: state.removeOverlay(document.path)
        case .roster: state.updateRoster(nil); recheck(document.root)
        case .settings: state.updateSettings(nil); recheck(document.root)
        }
        send(Outgoing.notification("textDocument/publishDiagnostics", PublishDiagnosticsParams(uri: uri, version: nil, diagnostics: [])))
    }

    /// A file changed on disk: a roster or settings file not open in a buffer is read again and the
    /// open files re-checked; an entry is read again for hover, completion and references.
    private func changedOnDisk(_ uri: String) {
        guard let path = FileURI.path(uri), !documents.keys.contains(uri) else { return }
        for state in journals.values {
            guard let relative = state.relative(path), let kind = OpenDocument.kind(ofRelative: relative) else { continue }
            switch kind {
            case .entry: state.refreshFromDisk(relative)
            case .roster: state.updateRoster(nil); recheck(state.root)
            case .settings: state.updateSettings(nil); recheck(state.root)
            }
        }
    }

    private func changed(_ uri: String) {
        guard let document = documents[uri] else { return }
        if !pending.contains(uri) { pending.append(uri) }
        if document.kind != .entry { recheck(document.root) }
    }

    /// Every open file of a journal is due for diagnostics (its roster or settings changed).
    private func recheck(_ root: String) {
        for (uri, document) in documents.sorted(by: { $0.key < $1.key }) where document.root == root && !pending.contains(uri) {
            pending.append(uri)
        }
    }

    // MARK: Diagnostics

    /// Reads each document changed since the last call and publishes its diagnostics. A roster or
    /// settings buffer is read first, so that the entries are checked against it.
    public func publishPending() {
        let due = pending.sorted { (documents[$0]?.kind == .entry ? 1 : 0) < (documents[$1]?.kind == .entry ? 1 : 0) }
        pending = []
        for uri in due {
            guard var document = documents[uri] else { continue }
            if document.kind == .entry, document.syntax == nil, document.text.bytes.count <= JournalReader.maxFileBytes {
                document.syntax = EntryParser.parse(path: document.path, bytes: document.text.bytes)
                documents[uri] = document
            }
            let diagnostics = diagnose(document)
            published[uri] = diagnostics
            let converted = diagnostics.map { LSPDiagnostic($0, in: document.text, encoding) }
            send(Outgoing.notification("textDocument/publishDiagnostics",
                                       PublishDiagnosticsParams(uri: uri, version: document.version, diagnostics: converted)))
        }
    }

    private func diagnose(_ document: OpenDocument) -> [Diagnostic] {
        let state = journal(document.root)
        let bytes = document.text.bytes
        guard bytes.count <= JournalReader.maxFileBytes else {
            return [Diagnostic(.error, .fileTooLarge, path: document.path, line: 1, column: 1,
                               message: "this file is \(bytes.count / 1_048_576) MiB; basework reads files up to \(JournalReader.maxFileBytes / 1_048_576) MiB")]
        }
        switch document.kind {
        case .roster:
            return state.updateRoster(bytes)
        case .settings:
            return state.updateSettings(bytes)
        case .entry:
            // The parse is kept per text; a change to the roster or settings only resolves it again.
            guard let syntax = document.syntax ?? EntryParser.parse(path: document.path, bytes: bytes) else { return [] }
            let resolved = JournalResolver.resolve([syntax], roster: state.roster, settings: state.settings)
            state.overlay(document.path, resolved.entries.first)
            return (syntax.diagnostics + resolved.diagnostics).sorted(by: Diagnostic.precedes)
        }
    }

    // MARK: Navigation and fixes

    /// An open document the features work on: not one over basework's size limit, which gets only its diagnostic.
    private func document(_ uri: String) -> OpenDocument? {
        documents[uri].flatMap { $0.text.bytes.count <= JournalReader.maxFileBytes ? $0 : nil }
    }

    private func journal(_ root: String) -> JournalState {
        if let state = journals[root] { return state }
        let state = JournalState(root: root)
        journals[root] = state
        return state
    }

    private func rosterURI(_ state: JournalState) -> String {
        let path = state.absolute(JournalState.rosterName)
        return documents.values.first { $0.root == state.root && $0.kind == .roster }?.uri ?? FileURI.uri(path)
    }

    private func handle(at params: TextDocumentPositionParams) -> (OpenDocument, JournalState, String)? {
        guard let document = document(params.textDocument.uri) else { return nil }
        let state = journal(document.root)
        guard let token = Self.token(at: params.position, in: document, encoding),
              let handle = Navigation.handle(of: token, in: state.roster) else { return nil }
        return (document, state, handle)
    }

    /// The token at a position: from the entry's syntax when it reads (in the body, only there: code
    /// and link destinations hold no mention), else from the line's text.
    static func token(at position: Position, in document: OpenDocument, _ encoding: PositionEncoding) -> Token? {
        let source = document.text.sourcePosition(of: position, encoding)
        if let entry = document.syntax?.entry {
            if let token = SyntaxLookup.token(at: source, in: entry) { return token }
            guard FrontMatterLines(document.text)?.contains(line: position.line) == true else { return nil }
        }
        return Token.at(source.column - 1, line: position.line, in: document.text)
    }

    private func definition(_ params: TextDocumentPositionParams) -> Location? {
        guard let (_, state, handle) = handle(at: params) else { return nil }
        return Navigation.definition(of: handle, state: state, uri: rosterURI(state), encoding)
    }

    private func references(_ params: ReferenceParams) -> [Location]? {
        guard let (_, state, handle) = handle(at: TextDocumentPositionParams(textDocument: params.textDocument, position: params.position))
        else { return nil }
        let open = Dictionary(documents.values.filter { $0.root == state.root }.map { ($0.path, $0) }, uniquingKeysWith: { a, _ in a })
        return Navigation.references(
            to: handle, state: state,
            syntax: { path in
                if let document = open[path] {
                    return (document.syntax ?? EntryParser.parse(path: path, bytes: document.text.bytes)).map { ($0, document.text) }
                }
                guard let bytes = JournalState.contents(state.absolute(path)) else { return nil }
                return EntryParser.parse(path: path, bytes: bytes).map { ($0, DocumentText(bytes)) }
            },
            uri: { path in open[path]?.uri ?? FileURI.uri(state.absolute(path)) }, encoding)
    }

    private func codeActions(_ params: CodeActionParams) -> [CodeAction]? {
        guard let document = document(params.textDocument.uri) else { return nil }
        let state = journal(document.root)
        let diagnostics = published[document.uri] ?? diagnose(document)
        return QuickFixes(state: state, text: document.text, uri: document.uri, rosterURI: rosterURI(state), encoding: encoding)
            .actions(for: diagnostics, in: params.range)
    }
}
