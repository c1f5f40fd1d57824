import Basework
import Testing
@testable import BaseworkLanguageServer

/// Protocol positions count UTF-16 code units (or UTF-8 bytes); basework counts code points.
@Suite struct PositionTests {
    // "é" is 1 code point, 1 UTF-16 unit and 2 UTF-8 bytes; "☕" 1, 1 and 3; "日本" 2, 2 and 6;
    // "👩‍⚕️" 4, 5 and 13. So `@ana` starts at column 10.
    let line = "é☕日本👩‍⚕️ @ana"

    @Test func charactersBecomeUTF16Units() {
        let text = DocumentText("x\n" + line)
        let at = text.position(of: SourcePosition(line: 2, column: 10), .utf16)
        #expect(at == Position(line: 1, character: 1 + 1 + 2 + 5 + 1))
        #expect(text.sourcePosition(of: at, .utf16) == SourcePosition(line: 2, column: 10))
    }

    @Test func charactersBecomeUTF8Bytes() {
        let text = DocumentText(line)
        let at = text.position(of: SourcePosition(line: 1, column: 10), .utf8)
        #expect(at == Position(line: 0, character: 2 + 3 + 6 + 13 + 1))
        #expect(text.sourcePosition(of: at, .utf8) == SourcePosition(line: 1, column: 10))
    }

    @Test func anEditAfterAnEmojiLandsWhereTheEditorMeantIt() {
        var text = DocumentText("😀 @bo\n")
        // After "😀 @bo": 2 units for the emoji, then " @bo".
        text.replace(Range(start: Position(line: 0, character: 6), end: Position(line: 0, character: 6)), with: "b", .utf16)
        #expect(text.text == "😀 @bob\n")
        text.replace(Range(start: Position(line: 0, character: 0), end: Position(line: 0, character: 2)), with: "日本", .utf16)
        #expect(text.text == "日本 @bob\n")
    }

    @Test func anEditInsideACombinedCharacterKeepsTheMarks() {
        var text = DocumentText("e\u{301}x")
        text.replace(Range(start: Position(line: 0, character: 1), end: Position(line: 0, character: 1)), with: "z", .utf16)
        #expect(Array(text.text.unicodeScalars) == ["e", "z", "\u{301}", "x"])
    }

    @Test func positionsPastTheEndAreClamped() {
        let text = DocumentText("ab\r\ncd")
        #expect(text.lineCount == 2)
        #expect(text.line(0) == "ab")
        #expect(text.offset(of: Position(line: 0, character: 99), .utf16) == 2)
        #expect(text.offset(of: Position(line: 9, character: 0), .utf16) == 6)
        #expect(text.position(ofOffset: 5, .utf16) == Position(line: 1, character: 1))
    }
}
