/// One file's cached payload (its syntax, or its resolved entry), with the stat signature of the file
/// it was made from; the payload is nil when the file is not an entry.
struct CacheRecord<Payload: CacheCoding & Sendable>: CacheCoding, Sendable {
    var signature: FileSignature
    /// Whether the signature can be trusted next time (`FileSignature.isSettled`).
    var settled: Bool
    var payload: Payload?

    /// A record of what was just made from the file stat'ed as `signature`.
    init(signature: FileSignature, now: Int64, payload: Payload?) {
        self.signature = signature
        settled = signature.isSettled(at: now)
        self.payload = payload
    }

    /// Whether the record is still the file's, now that it is stat'ed as `signature` (nil: cannot be stat'ed).
    func holds(for signature: FileSignature?) -> Bool {
        settled && signature == self.signature
    }

    func write(to writer: inout CacheWriter) {
        writer.write(signature)
        writer.write(settled)
        writer.write(payload) { $0.write($1) }
    }

    init(from reader: inout CacheReader) throws(CacheReader.Damaged) {
        signature = try reader.read()
        settled = try reader.bool()
        payload = try reader.optional { (r: inout CacheReader) throws(CacheReader.Damaged) -> Payload in try r.read() }
    }
}
