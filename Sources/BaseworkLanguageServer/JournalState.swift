import Basework
import Dispatch
import Foundation
import Synchronization

/// One journal the server serves: its roster and settings (from an open buffer when there is one,
/// else from disk), the whole journal read once in the background, and the entries of open buffers
/// laid over it, so that hover, completion and references see what is being typed.
final class JournalState {
    let root: String
    private(set) var roster: Roster
    private(set) var settings: Settings
    /// The text of `people.yml`, for placing people (go to definition, workspace symbols).
    private(set) var rosterText: DocumentText?
    /// The whole journal as read from disk; nil once the roster or settings changed, until next needed.
    private var load: JournalLoad?
    /// Entries read from open buffers, by path relative to the root; they replace what is on disk.
    private var overlays: [String: Entry] = [:]
    /// Entries re-read from disk after a save or a change on disk, by path.
    private var refreshed: [String: Entry?] = [:]
    private var cached: (journal: Journal, facts: ReportFacts)?
    /// The last model built, kept when the journal changes, for what may lag a keystroke behind.
    private var last: JournalUsage?

    static let rosterName = "people.yml"
    static let settingsName = "basework.yml"

    init(root: String) {
        self.root = root
        roster = Roster()
        settings = Settings()
        load = JournalLoad(root: root)
        readRosterFromDisk()
        readSettingsFromDisk()
    }

    /// The path relative to the root, with `/` separators; nil when the path is not under the root.
    func relative(_ path: String) -> String? {
        guard path.hasPrefix(root + "/") else { return nil }
        return String(path.dropFirst(root.count + 1))
    }

    func absolute(_ relative: String) -> String { root + "/" + relative }

    /// Re-reads `people.yml` from an open buffer's bytes, or from disk when the bytes are nil.
    /// The journal is then read again, as mentions resolve through the roster's aliases.
    @discardableResult
    func updateRoster(_ bytes: [UInt8]?) -> [Diagnostic] {
        let diagnostics = bytes.map { readRoster($0) } ?? readRosterFromDisk()
        reload()
        return diagnostics
    }

    @discardableResult
    func updateSettings(_ bytes: [UInt8]?) -> [Diagnostic] {
        let diagnostics = bytes.map { readSettings($0) } ?? readSettingsFromDisk()
        reload()
        return diagnostics
    }

    @discardableResult
    private func readRosterFromDisk() -> [Diagnostic] {
        guard let bytes = Self.contents(absolute(Self.rosterName)) else {
            roster = Roster()
            rosterText = nil
            return []
        }
        return readRoster(bytes)
    }

    private func readRoster(_ bytes: [UInt8]) -> [Diagnostic] {
        let read = JournalReader.readRoster(path: Self.rosterName, bytes: bytes)
        roster = read.roster
        rosterText = DocumentText(bytes)
        return read.diagnostics
    }

    @discardableResult
    private func readSettingsFromDisk() -> [Diagnostic] {
        guard let bytes = Self.contents(absolute(Self.settingsName)) else {
            settings = Settings()
            return []
        }
        return readSettings(bytes)
    }

    private func readSettings(_ bytes: [UInt8]) -> [Diagnostic] {
        let read = JournalReader.readSettings(path: Self.settingsName, bytes: bytes)
        settings = read.settings
        return read.diagnostics
    }

    /// Reads an entry's bytes against this journal's roster and settings.
    func readEntry(path: String, bytes: [UInt8]) -> JournalReader.EntryOutcome? {
        JournalReader.readEntry(path: path, bytes: bytes, roster: roster, settings: settings)
    }

    /// Lays an open buffer's entry over the journal (nil: the buffer is not an entry, or has an error;
    /// then the last entry that read stays).
    func overlay(_ path: String, _ entry: Entry?) {
        guard let entry, overlays[path] != entry else { return }
        overlays[path] = entry
        cached = nil
    }

    /// The buffer was closed: what is on disk counts again.
    func removeOverlay(_ path: String) {
        guard overlays.removeValue(forKey: path) != nil else { return }
        refreshFromDisk(path)
    }

    /// Re-reads one entry file from disk (saved, created, changed or deleted).
    func refreshFromDisk(_ path: String) {
        let entry = Self.contents(absolute(path)).flatMap { readEntry(path: path, bytes: $0)?.entry }
        refreshed[path] = .some(entry)
        cached = nil
    }

    private func reload() {
        load = nil
        refreshed = [:]
        cached = nil
    }

    /// The journal as it stands, with open buffers laid over it, and what the reports derive from it
    /// (built once per change).
    func model() -> (journal: Journal, facts: ReportFacts) {
        if let cached { return cached }
        var byPath: [String: Entry] = [:]
        let load = self.load ?? JournalLoad(root: root)
        self.load = load
        for entry in load.wait() { byPath[entry.path] = entry }
        for (path, entry) in refreshed { byPath[path] = entry }
        for (path, entry) in overlays { byPath[path] = entry }
        let journal = Journal(entries: Array(byPath.values), roster: roster, settings: settings)
        let model = (journal, ReportFacts(journal))
        cached = model
        last = JournalUsage(journal)
        return model
    }

    /// What the journal uses, for completion: from the last model built, which may be one keystroke
    /// old (the buffer being typed in counts as it was), so that completing never rebuilds the model.
    func usage() -> JournalUsage {
        if let last { return last }
        _ = model()
        return last ?? JournalUsage(Journal(entries: []))
    }

    /// A file's bytes, when it is a readable regular file within basework's size limit.
    static func contents(_ path: String) -> [UInt8]? {
        var status = stat()
        guard stat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG, Int(status.st_size) <= JournalReader.maxFileBytes,
              let data = FileManager.default.contents(atPath: path) else { return nil }
        return Array(data)
    }
}

/// The whole journal, read on another thread so that the first diagnostics need not wait for it.
/// It is read through the journal's index with the cache in `.basework/` read but never written (the
/// server writes nothing): once a command has run, only what changed since is read again.
final class JournalLoad: Sendable {
    private let result = Mutex<[Entry]?>(nil)
    private let done = DispatchSemaphore(value: 0)

    init(root: String) {
        DispatchQueue.global().async { [self] in
            var index = JournalIndex(root: root, writesCache: false, keepsSyntax: false)
            let entries = (try? index.update())?.entries ?? []
            result.withLock { $0 = entries }
            done.signal()
        }
    }

    /// The entries, waiting for the read to finish.
    func wait() -> [Entry] {
        if let entries = result.withLock({ $0 }) { return entries }
        done.wait()
        done.signal()
        return result.withLock { $0 } ?? []
    }
}
