import ArgumentParser
import Foundation

/// The editor `new --edit` opens: `$VISUAL`, else `$EDITOR`, as a shell command line (it may carry
/// options, such as `code --wait`), found before anything is written.
struct Editor {
    var command: String
    /// Which variable named it, for messages.
    var variable: String

    /// The editor named by the environment, or exit 2 when none is named or it cannot be found.
    static func chosen(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> Editor {
        guard let (variable, command) = [("VISUAL", environment["VISUAL"]), ("EDITOR", environment["EDITOR"])]
            .compactMap({ name, value in value.map { (name, $0) } })
            .first(where: { !$0.1.trimmingCharacters(in: .whitespaces).isEmpty }) else {
            Output.error("basework: --edit needs $VISUAL or $EDITOR to name your editor (for example EDITOR=nano); nothing was written")
            throw ExitCode(2)
        }
        let program = String(command.trimmingCharacters(in: .whitespaces).split(separator: " ").first!)
        guard found(program, path: environment["PATH"] ?? "/usr/bin:/bin") else {
            Output.error("basework: the editor \(program) (from $\(variable)) is not found; nothing was written")
            throw ExitCode(2)
        }
        return Editor(command: command, variable: variable)
    }

    /// Whether a program name is an executable file, as given when it holds a `/`, else on the path.
    static func found(_ program: String, path: String) -> Bool {
        if program.contains("/") { return FileManager.default.isExecutableFile(atPath: program) }
        return path.split(separator: ":").contains { FileManager.default.isExecutableFile(atPath: "\($0)/\(program)") }
    }

    /// Runs the editor on the file; when it fails, exits with its status and says where the file is.
    func open(_ path: String) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "\(command) \"$1\"", "sh", path]
        do {
            try process.run()
        } catch {
            Output.error("basework: could not start the editor \(command): \(error); the entry is kept at \(path)")
            throw ExitCode(2)
        }
        process.waitUntilExit()
        guard process.terminationStatus != 0 || process.terminationReason != .exit else { return }
        Output.error("basework: the editor \(command) (from $\(variable)) failed with status \(process.terminationStatus); "
            + "the entry is kept at \(path)")
        throw ExitCode(process.terminationStatus == 0 ? 1 : process.terminationStatus)
    }
}
