import Dispatch
import Synchronization

/// Pieces of work that do not depend on one another, done on all cores.
enum OnAllCores {
    /// Every piece's value, in the pieces' order. Pieces are taken in order as cores come free, so the
    /// longest should come first.
    static func values<Value: Sendable>(_ pieces: [@Sendable () -> Value]) -> [Value] {
        let done = Mutex<[Value?]>(Array(repeating: nil, count: pieces.count))
        DispatchQueue.concurrentPerform(iterations: pieces.count) { index in
            let value = pieces[index]()
            done.withLock { $0[index] = value }
        }
        return done.withLock { $0.map { $0! } }
    }

    /// `count` indices cut into `parts` consecutive ranges of nearly equal size, for pieces that each take one.
    static func ranges(_ count: Int, parts: Int) -> [Range<Int>] {
        (0..<parts).map { part in (count * part / parts)..<(count * (part + 1) / parts) }
    }
}
