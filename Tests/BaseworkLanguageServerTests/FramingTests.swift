import Testing
@testable import BaseworkLanguageServer

@Suite struct FramingTests {
    @Test func bodiesComeOutWholeWhateverTheChunks() {
        let first = Array(#"{"jsonrpc":"2.0","method":"initialized","params":{}}"#.utf8)
        let second = Array(#"{"id":1,"method":"shutdown"}"#.utf8)
        let stream = MessageFraming.frame(first) + MessageFraming.frame(second)
        var framing = MessageFraming()
        var frames: [MessageFraming.Frame] = []
        for byte in stream {
            framing.append([byte])
            while let frame = framing.next() { frames.append(frame) }
        }
        #expect(frames == [.body(first), .body(second)])
    }

    @Test func headersAreCaseInsensitiveAndMayHaveAContentType() {
        var framing = MessageFraming()
        framing.append(Array("content-length: 2\r\nContent-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n{}".utf8))
        #expect(framing.next() == .body(Array("{}".utf8)))
        #expect(framing.next() == nil)
    }

    @Test func aHeaderWithoutLengthIsReportedAndTheStreamGoesOn() {
        var framing = MessageFraming()
        framing.append(Array("Content-Type: x\r\n\r\n".utf8) + MessageFraming.frame(Array("{}".utf8)))
        guard case .badHeader = framing.next() else { Issue.record("expected a bad header"); return }
        #expect(framing.next() == .body(Array("{}".utf8)))
    }

    @Test func anOversizedBodyIsSkippedNotBuffered() {
        var framing = MessageFraming()
        let size = MessageFraming.maxBodyBytes + 10
        framing.append(Array("Content-Length: \(size)\r\n\r\n".utf8))
        guard case .badHeader = framing.next() else { Issue.record("expected a refusal"); return }
        framing.append([UInt8](repeating: 0x20, count: size))
        framing.append(MessageFraming.frame(Array("{}".utf8)))
        #expect(framing.next() == .body(Array("{}".utf8)))
    }
}
