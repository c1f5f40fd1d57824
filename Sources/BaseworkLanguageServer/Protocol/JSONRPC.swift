import Foundation

/// One message read from the client (JSON-RPC 2.0): a request (id and method), a notification
/// (method only) or a response to a request of ours (id, result or error).
struct IncomingMessage {
    var id: JSONValue?
    var method: String?
    var params: JSONValue?
    /// The body as received, for decoding the params into a typed value.
    var body: [UInt8]

    private struct Envelope: Decodable {
        var id: JSONValue?
        var method: String?
        var params: JSONValue?
    }

    private struct ParamsBox<Params: Decodable>: Decodable {
        var params: Params
    }

    /// Nil when the body is not a JSON object.
    init?(body: [UInt8]) {
        guard let envelope = try? JSONDecoder().decode(Envelope.self, from: Data(body)) else { return nil }
        id = envelope.id
        method = envelope.method
        params = envelope.params
        self.body = body
    }

    /// The params decoded as the method's type.
    func params<Params: Decodable>(as type: Params.Type) throws -> Params {
        try JSONDecoder().decode(ParamsBox<Params>.self, from: Data(body)).params
    }
}

/// The JSON-RPC and LSP error codes the server answers with.
enum ErrorCode: Int {
    case parseError = -32700
    case invalidRequest = -32600
    case methodNotFound = -32601
    case invalidParams = -32602
    case internalError = -32603
    case serverNotInitialized = -32002
    case requestFailed = -32803
}

/// A failed request, answered as a JSON-RPC error.
struct ResponseError: Error {
    var code: ErrorCode
    var message: String
}

/// The messages the server writes, each encoded as one JSON body.
enum Outgoing {
    private struct Response<Result: Encodable>: Encodable {
        var id: JSONValue
        var result: Result?

        enum CodingKeys: String, CodingKey { case jsonrpc, id, result }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode("2.0", forKey: .jsonrpc)
            try container.encode(id, forKey: .id)
            // A result of null is still a member: JSON-RPC requires `result` on success.
            if let result { try container.encode(result, forKey: .result) } else { try container.encodeNil(forKey: .result) }
        }
    }

    private struct ErrorResponse: Encodable {
        struct Body: Encodable {
            var code: Int
            var message: String
        }

        var jsonrpc = "2.0"
        var id: JSONValue
        var error: Body
    }

    private struct Notification<Params: Encodable>: Encodable {
        var jsonrpc = "2.0"
        var method: String
        var params: Params
    }

    private struct Request<Params: Encodable>: Encodable {
        var jsonrpc = "2.0"
        var id: JSONValue
        var method: String
        var params: Params
    }

    private static func encode(_ value: some Encodable) -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // Every value here is plain data; encoding cannot fail.
        return Array((try? encoder.encode(value)) ?? Data())
    }

    static func response(id: JSONValue, result: (some Encodable)?) -> [UInt8] {
        encode(Response(id: id, result: result))
    }

    static func error(id: JSONValue?, _ error: ResponseError) -> [UInt8] {
        encode(ErrorResponse(id: id ?? .null, error: .init(code: error.code.rawValue, message: error.message)))
    }

    static func notification(_ method: String, _ params: some Encodable) -> [UInt8] {
        encode(Notification(method: method, params: params))
    }

    static func request(id: JSONValue, _ method: String, _ params: some Encodable) -> [UInt8] {
        encode(Request(id: id, method: method, params: params))
    }
}
