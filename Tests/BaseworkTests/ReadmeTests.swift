import Foundation
import Testing

/// The README shows real output: each block between `<!-- output: ARGS -->` and `<!-- end output -->`
/// must be what `basework ARGS` prints now (`Scripts/update-readme` refreshes them).
@Suite("README")
struct ReadmeTests {
    static let blocks: [(arguments: String, shown: String)] = {
        let readme = (try? String(contentsOf: GoldenRun.root.appendingPathComponent("README.md"), encoding: .utf8)) ?? ""
        let pattern = try! NSRegularExpression(pattern: "<!-- output: (.*?) -->\\n```\\n(.*?)```\\n<!-- end output -->",
                                               options: [.dotMatchesLineSeparators])
        let range = NSRange(readme.startIndex..., in: readme)
        return pattern.matches(in: readme, range: range).map { match in
            (String(readme[Range(match.range(at: 1), in: readme)!]), String(readme[Range(match.range(at: 2), in: readme)!]))
        }
    }()

    @Test("the README shows three commands' output")
    func thereAreBlocks() {
        #expect(ReadmeTests.blocks.count == 3)
    }

    @Test("each output shown in the README is what basework prints now", arguments: ReadmeTests.blocks.map(\.arguments))
    func current(_ arguments: String) throws {
        let shown = try #require(ReadmeTests.blocks.first { $0.arguments == arguments }?.shown)
        let run = try GoldenRun(arguments: arguments.split(separator: " ").map(String.init))
        #expect(run.stdout == shown, "README.md is out of date: run Scripts/update-readme")
    }
}
