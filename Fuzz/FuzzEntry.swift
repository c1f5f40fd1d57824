import Basework

/// libFuzzer's entry point: reads the input as one entry file, then, when it is an entry without
/// errors, runs every report on a journal holding it (and its JSON), so the reports are fuzzed too.
/// Built only with `BASEWORK_FUZZ=1` (see `Scripts/fuzz`); plain `swift build` never sees it.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    guard let outcome = JournalReader.readEntry(path: "fuzz.md", bytes: bytes, roster: FuzzFixture.roster) else { return 0 }
    // What every reading promises, checked so that breaking it is a finding like a crash.
    for diagnostic in outcome.diagnostics {
        precondition(diagnostic.line >= 1 && diagnostic.column >= 1, "a diagnostic outside the file: \(diagnostic)")
    }
    precondition((outcome.entry == nil) == outcome.diagnostics.contains { $0.severity == .error },
                 "an entry is read exactly when the file has no error")
    guard let entry = outcome.entry else { return 0 }
    precondition((0...24 * 60).contains(entry.minutes), "a duration outside one day: \(entry.minutes)")
    let journal = Journal(entries: [entry, FuzzFixture.earlier(than: entry)], roster: FuzzFixture.roster,
                          diagnostics: outcome.diagnostics)
    let history = History(journal)
    for index in journal.entries.indices {
        let time = PersonTime(journal, history, entry: index)
        precondition(abs(time.minutes + time.unallocated - journal.entries[index].minutes) < 1e-6,
                     "person-time does not sum to the duration")
    }
    let period = Period.week(holding: entry.date, start: journal.settings.weekStart)
    let query = Query(period: period, asOf: entry.date.adding(days: 30))
    let input = ReportInput(journal, query, history: history, span: .init(unit: .week, count: 4))
    _ = JSONRenderer.render(ReportDocument(header: ReportHeader(journal, query), body: .full(FullReport(input))))
    _ = TrendReport(input)
    return 0
}

/// libFuzzer's driver (in the toolchain's `libclang_rt.fuzzer`).
@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(_ argc: UnsafeMutablePointer<CInt>,
                     _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
                     _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt) -> CInt

/// The program's entry point. SwiftPM on Linux links an executable target with `main` defined as
/// `<module>_main`, so libFuzzer's own `main` is never linked in: this one hands over to its driver.
@_cdecl("basework_fuzz_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    var count = argc
    var arguments = argv
    return runFuzzerDriver(&count, &arguments, fuzz)
}

/// A roster with roles, a fixed standing and aliases, so handles in fuzzed entries resolve every way.
enum FuzzFixture {
    static let roster = Roster(
        people: [
            Person(handle: "maria-g", name: "Maria Gonzalez"),
            Person(handle: "pat-kim", role: .officer, aliases: ["pat", "pk"]),
            Person(handle: "lena-p", standing: .cadre),
            Person(handle: "boss", role: .opponent),
        ],
        aliases: ["pat": "pat-kim", "pk": "pat-kim"],
        exists: true)

    /// An entry a week before, meeting some of the same people, so history and follow-ups have a past.
    static func earlier(than entry: Entry) -> Entry {
        Entry(path: "earlier.md", date: entry.date.adding(days: -7), minutes: 60, activity: "picket",
              interactions: [Interaction(handle: "maria-g", rung: .talked, firstTime: true, explicitMinutes: 20),
                             Interaction(handle: "pat-kim", rung: .acted)]
                + entry.interactions.filter { !["maria-g", "pat-kim"].contains($0.handle) }.prefix(2)
                    .map { Interaction(handle: $0.handle, rung: .talked) },
              followUps: [FollowUp(text: "see @maria-g", people: ["maria-g"], done: false,
                                   due: entry.date, line: 9)])
    }
}
