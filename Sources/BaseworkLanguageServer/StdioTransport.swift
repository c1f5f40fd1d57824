import Basework
import Dispatch
import Foundation
import Synchronization

/// Runs a `LanguageServer` over standard input and output: a thread reads and frames the input,
/// the calling thread handles every message that has arrived, then publishes diagnostics once.
/// Logs go to standard error only.
public enum StdioTransport {
    private enum Event: Sendable {
        case frame(MessageFraming.Frame)
        case end
    }

    private final class Inbox: Sendable {
        let events = Mutex<[Event]>([])
        let arrived = DispatchSemaphore(value: 0)

        func post(_ event: Event) {
            events.withLock { $0.append(event) }
            arrived.signal()
        }

        func take() -> [Event] {
            arrived.wait()
            return events.withLock { events in
                defer { events.removeAll() }
                return events
            }
        }
    }

    /// Serves until `exit` or the end of input; returns the exit status: 0 after `shutdown`, else 1.
    public static func run(today: @escaping () -> Day) -> Int32 {
        signal(SIGPIPE, SIG_IGN)
        let inbox = Inbox()
        let reader = Thread {
            var framing = MessageFraming()
            var buffer = [UInt8](repeating: 0, count: 1 << 16)
            while true {
                let count = buffer.withUnsafeMutableBytes { read(0, $0.baseAddress, $0.count) }
                if count < 0, errno == EINTR { continue }
                if count <= 0 { break }
                framing.append(buffer[0..<count])
                while let frame = framing.next() { inbox.post(.frame(frame)) }
            }
            inbox.post(.end)
        }
        reader.start()
        let server = LanguageServer(today: today, send: write, log: { line in
            FileHandle.standardError.write(Data((line + "\n").utf8))
        })
        while true {
            for event in inbox.take() {
                switch event {
                case .frame(.body(let body)): server.receive(body)
                case .frame(.badHeader(let reason)): server.badFrame(reason)
                case .end: return server.exitStatus ?? (server.isShutDown ? 0 : 1)
                }
                if let status = server.exitStatus { return status }
            }
            server.publishPending()
        }
    }

    private static func write(_ body: [UInt8]) {
        let framed = MessageFraming.frame(body)
        var offset = 0
        while offset < framed.count {
            let written = framed[offset...].withUnsafeBytes { Foundation.write(1, $0.baseAddress, $0.count) }
            if written < 0, errno == EINTR { continue }
            if written <= 0 { return }
            offset += written
        }
    }
}
