import Foundation
import Testing
@testable import Basework

@Suite("A file's text: fences and encodings (FORMAT 1, 2.1)")
struct SourceTextTests {
    static func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

    @Test("a first line of --- opens front matter, with spaces or tabs after it, after a UTF-8 byte order mark",
          arguments: ["---", "---\n", "---\r\n", "--- \n", "---\t\n", "---  \t\r\n", "--- ", "---\t", "\u{FEFF}---\n", "\u{FEFF}--- \n"])
    func opens(_ text: String) {
        #expect(SourceText.opensWithFence(Self.bytes(text)))
    }

    @Test("anything else on the first line opens nothing",
          arguments: ["", "--", "----\n", "--- x\n", "---x\n", " ---\n", "\t---\n", "...\n", "# ---\n", "--- \u{00A0}\n",
                      "\n---\n", "---\u{000B}\n", "\u{FEFF}\u{FEFF}---\n"])
    func opensNot(_ text: String) {
        #expect(!SourceText.opensWithFence(Self.bytes(text)))
    }

    @Test("front matter closes at --- or ..., with spaces or tabs after it", arguments: [
        "---", "...", "--- ", "...\t", "---\t \t", "--- \r", "...  ",
    ])
    func closes(_ fence: String) throws {
        let source = try Self.source("--- \ndate: 2026-11-20\n\(fence)\nbody\n")
        let (yaml, body, bodyFirstLine) = try #require(source.split())
        #expect(yaml == "date: 2026-11-20\n")
        #expect(body == "body\n")
        #expect(bodyFirstLine == 4)
    }

    @Test("a line that only starts like a fence does not close front matter", arguments: [
        "---x", "--- x", "....", "----", " ---", "-- -", "..", "...\u{00A0}",
    ])
    func closesNot(_ fence: String) throws {
        let source = try Self.source("---\ndate: 2026-11-20\n\(fence)\nbody\n")
        #expect(source.split() == nil)
    }

    @Test("the first closing fence wins, and the body may hold more")
    func firstClosing() throws {
        let source = try Self.source("---\r\na: 1\r\n... \r\n---\r\nb\r\n")
        let (yaml, body, bodyFirstLine) = try #require(source.split())
        #expect(yaml == "a: 1\r\n")
        #expect(body == "---\r\nb\r\n")
        #expect(bodyFirstLine == 4)
    }

    @Test("an empty front matter and an empty body")
    func empty() throws {
        let (yaml, body, bodyFirstLine) = try #require(try Self.source("---\t\n---\t").split())
        #expect(yaml.isEmpty)
        #expect(body.isEmpty)
        #expect(bodyFirstLine == 3)
    }

    @Test("a UTF-16 or UTF-32 byte order mark names the encoding", arguments: [
        ([0xFF, 0xFE, 0x2D, 0x00], "UTF-16 LE" as String?), ([0xFE, 0xFF, 0x00, 0x2D], "UTF-16 BE"),
        ([0xFF, 0xFE, 0x00, 0x00, 0x2D, 0x00, 0x00, 0x00], "UTF-32 LE"), ([0x00, 0x00, 0xFE, 0xFF, 0x00, 0x00, 0x00, 0x2D], "UTF-32 BE"),
        ([0xFF, 0xFE], "UTF-16 LE"), ([0xFE, 0xFF], "UTF-16 BE"), ([0xFF, 0xFE, 0x00, 0x00], "UTF-32 LE"), ([0x00, 0x00, 0xFE, 0xFF], "UTF-32 BE"),
        ([0xFF, 0xFE, 0x00], "UTF-16 LE"),
        ([0xEF, 0xBB, 0xBF, 0x2D], nil), ([0x2D, 0x2D, 0x2D], nil), ([], nil), ([0xFF], nil), ([0x00, 0x00, 0xFE], nil),
        ([0x00, 0x00, 0xFF, 0xFE], nil), ([0xFE, 0xFE], nil), ([0x2D, 0xFF, 0xFE], nil),
    ] as [([UInt8], String?)])
    func foreignEncoding(_ bytes: [UInt8], _ encoding: String?) {
        #expect(SourceText.foreignEncoding(bytes) == encoding)
    }

    @Test("a whole UTF-16 or UTF-32 entry is named, not opened as front matter", arguments: [
        (String.Encoding.utf16LittleEndian, "UTF-16 LE"), (.utf16BigEndian, "UTF-16 BE"),
        (.utf32LittleEndian, "UTF-32 LE"), (.utf32BigEndian, "UTF-32 BE"),
    ])
    func wholeFiles(_ encoding: String.Encoding, _ name: String) throws {
        let text = "---\ndate: 2026-11-20\nduration: 1h\n---\n\n- @ana #talked\n"
        let mark: [UInt8] = switch name {
        case "UTF-16 LE": [0xFF, 0xFE]
        case "UTF-16 BE": [0xFE, 0xFF]
        case "UTF-32 LE": [0xFF, 0xFE, 0x00, 0x00]
        default: [0x00, 0x00, 0xFE, 0xFF]
        }
        let bytes = mark + [UInt8](try #require(text.data(using: encoding)))
        #expect(SourceText.foreignEncoding(bytes) == name)
        #expect(!SourceText.opensWithFence(bytes))
        let message = SourceText.foreignEncodingMessage(name)
        #expect(message.contains(name))
        #expect(message.contains("save it as UTF-8"))
    }

    static func source(_ text: String) throws -> SourceText {
        try SourceText.decode(Array(text.utf8)).get()
    }
}
