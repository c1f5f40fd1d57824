import Foundation
import Testing
@testable import Basework

/// CSV is checked with a real reader, Python's `csv` module: the reader the issue names (it and pandas
/// read a blank line after the last CRLF as an empty record), on every Debian machine that has python3
/// (`Scripts/test` installs it when missing), and needing no package beyond the mirror's.
@Suite("CSV read back by Python's csv module")
struct CSVReaderTests {
    /// The golden cases that print CSV.
    static let cases = ["coverage-csv", "followups-csv", "people-csv", "people-csv-redact", "time-csv", "trend-csv",
                        "trend-csv-months"]

    @Test("every CSV the executable prints ends in exactly one CRLF and reads as whole records of one width",
          arguments: cases)
    func executableOutput(_ name: String) throws {
        let args = try String(contentsOf: GoldenRun.golden.appendingPathComponent(name).appendingPathComponent("args"),
                              encoding: .utf8).split(separator: "\n").map(String.init)
        let run = try GoldenRun(arguments: args)
        #expect(run.status == 0)
        let bytes = Array(run.stdout.utf8)
        #expect(bytes.suffix(2) == [13, 10], "ends with CRLF")
        #expect(bytes.suffix(3).first != 10, "no blank line after the last record")
        let records = try CSVReaderTests.python(run.stdout)
        #expect(records.count > 1)
        #expect(records.allSatisfy { $0.count == records[0].count }, "every record as wide as the header")
        #expect(!records.contains { $0.allSatisfy(\.isEmpty) }, "no empty record")
    }

    @Test("a field with a comma, a quote or a line break reads back as written")
    func quotedFields() throws {
        let rows = [["plain", "a, b", "say \"hi\""], ["line\r\nbreak", "new\nline", ""]]
        let text = CSVRenderer.table(["one", "two", "three"], rows)
        #expect(try CSVReaderTests.python(text) == [["one", "two", "three"]] + rows)
    }

    /// The records Python's `csv.reader` reads from `text`, as JSON back to us.
    static func python(_ text: String) throws -> [[String]] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", """
            import csv, io, json, sys
            text = sys.stdin.buffer.read().decode("utf-8")
            json.dump(list(csv.reader(io.StringIO(text, newline=""), strict=True)), sys.stdout)
            """]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        input.fileHandleForWriting.write(Data(text.utf8))
        try input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "python3 read the CSV")
        return try JSONDecoder().decode([[String]].self, from: data)
    }
}
