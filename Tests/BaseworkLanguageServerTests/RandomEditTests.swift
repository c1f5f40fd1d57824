import Basework
import Testing
@testable import BaseworkLanguageServer

/// Random edits at random places (past line ends, inside surrogate pairs, across lines), each
/// followed by every feature at random places: the server answers each, and never traps.
@Suite struct RandomEditTests {
    /// A small deterministic generator, so that a failure can be replayed.
    struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return state ^ (state >> 29)
        }
    }

    static let pieces = ["@", "#", "[[", "]]", "ma", "😀", "👩‍⚕️", "é", "e\u{301}", "日本", "\n", "\r\n", "---\n", "date: ",
                         "2026-11-20", "- ", "(25m)", "`", "\\", ":", " ", "people: [", "aim: ", "## Follow-up\n", ""]

    @Test(arguments: [1, 2, 3] as [UInt64])
    func everyRequestIsAnsweredWhateverTheEdits(seed: UInt64) throws {
        var random = Generator(state: seed)
        let harness = try ServerHarness()
        harness.open("2026/11/new.md", ServerHarness.picket)
        let methods = ["textDocument/completion", "textDocument/hover", "textDocument/definition", "textDocument/references",
                       "textDocument/documentSymbol", "textDocument/codeAction"]
        for version in 2...150 {
            func position() -> Position { Position(line: Int.random(in: 0...20, using: &random), character: Int.random(in: 0...40, using: &random)) }
            let start = position()
            let end = Bool.random(using: &random) ? start : position()
            let text = (0..<Int.random(in: 0...3, using: &random)).map { _ in Self.pieces.randomElement(using: &random)! }.joined()
            harness.change("2026/11/new.md", version: version, [(Range(start: start, end: max(start, end)), text)])
            let method = methods.randomElement(using: &random)!
            let at = position()
            var params = harness.at("2026/11/new.md", line: at.line, character: at.character)
            if method == "textDocument/codeAction" {
                params = .object(["textDocument": .object(["uri": .string(harness.uri("2026/11/new.md"))]),
                                  "range": ServerHarness.json(Range(start: at, end: at)), "context": .object([:])])
            }
            let answer = harness.request(method, params)
            #expect(answer?["error"] == nil, "\(method) after edit \(version)")
        }
        #expect(harness.diagnostics("2026/11/new.md") != nil)
    }
}

extension Position: Comparable {
    public static func < (a: Position, b: Position) -> Bool { a.line != b.line ? a.line < b.line : a.character < b.character }
}
