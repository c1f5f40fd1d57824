/// The base protocol's framing (LSP 3.17, "Base Protocol"): each message is a header of
/// `Name: value` lines ending in an empty line, with `Content-Length` giving the UTF-8 body's size.
/// Bytes are fed in as they arrive; whole bodies come out.
public struct MessageFraming: Sendable {
    /// A message announced larger than this is refused and its body skipped: the largest entry file
    /// basework reads is 8 MiB, and its JSON with escapes fits in four times that.
    public static let maxBodyBytes = 32 << 20
    /// A header longer than this is not a header.
    static let maxHeaderBytes = 8 << 10

    /// What one frame held.
    public enum Frame: Equatable, Sendable {
        case body([UInt8])
        /// A header without a usable `Content-Length`, or a body over the limit (then skipped).
        case badHeader(String)
    }

    private var buffer: [UInt8] = []
    private var start = 0
    /// Bytes of an oversized body still to skip.
    private var skipping = 0

    public init() {}

    /// Adds bytes read from the stream.
    public mutating func append(_ bytes: some Sequence<UInt8>) {
        buffer.append(contentsOf: bytes)
    }

    /// The next complete frame, or nil until more bytes arrive.
    public mutating func next() -> Frame? {
        if skipping > 0 {
            let available = min(skipping, buffer.count - start)
            start += available
            skipping -= available
            compact()
            if skipping > 0 { return nil }
        }
        guard let end = headerEnd() else {
            if buffer.count - start > Self.maxHeaderBytes {
                buffer.removeAll()
                start = 0
                return .badHeader("a header of more than \(Self.maxHeaderBytes) bytes")
            }
            return nil
        }
        let header = String(decoding: buffer[start..<end.header], as: UTF8.self)
        guard let length = Self.contentLength(in: header) else {
            start = end.body
            compact()
            return .badHeader("no Content-Length in the header")
        }
        guard length <= Self.maxBodyBytes else {
            start = end.body
            skipping = length
            return .badHeader("a message of \(length) bytes, over the limit of \(Self.maxBodyBytes)")
        }
        guard buffer.count - end.body >= length else { return nil }
        let body = Array(buffer[end.body..<(end.body + length)])
        start = end.body + length
        compact()
        return .body(body)
    }

    /// The header text's end and the body's start: after the first `\r\n\r\n` (or a bare `\n\n`).
    private func headerEnd() -> (header: Int, body: Int)? {
        var index = start
        while index < buffer.count {
            if buffer[index] == 0x0A {
                if index + 1 < buffer.count, buffer[index + 1] == 0x0A { return (index, index + 2) }
                if index + 2 < buffer.count, buffer[index + 1] == 0x0D, buffer[index + 2] == 0x0A { return (index, index + 3) }
            }
            index += 1
        }
        return nil
    }

    private static func contentLength(in header: String) -> Int? {
        for line in header.split(whereSeparator: { $0 == "\r\n" || $0 == "\n" || $0 == "\r" }) {
            let parts = line.split(separator: ":", maxSplits: 1)
            guard parts.count == 2, parts[0].lowercased() == "content-length" else { continue }
            return Int(parts[1].trimmingSpaces).flatMap { $0 >= 0 ? $0 : nil }
        }
        return nil
    }

    private mutating func compact() {
        if start > 0 && start >= buffer.count / 2 {
            buffer.removeFirst(start)
            start = 0
        }
    }

    /// A body with its header, ready to write.
    public static func frame(_ body: [UInt8]) -> [UInt8] {
        Array("Content-Length: \(body.count)\r\n\r\n".utf8) + body
    }
}

extension StringProtocol {
    var trimmingSpaces: Substring {
        let characters = self[...]
        guard let first = characters.firstIndex(where: { $0 != " " && $0 != "\t" }),
              let last = characters.lastIndex(where: { $0 != " " && $0 != "\t" }) else { return "" }
        return Substring(characters[first...last])
    }
}
