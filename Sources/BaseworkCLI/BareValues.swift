import Foundation

/// `--week` and `--month` may be given without a value (REPORTS "Options"); ArgumentParser needs one,
/// so `this` (the period holding the as-of day) is filled in before parsing when the next word is not theirs.
enum BareValues {
    static let options: Set<String> = ["--week", "-w", "--month", "-m"]

    /// The arguments with `--week=this` (or `--month=this`) where the option stands alone. The next word is the
    /// option's value when it is `last` or `this`, or starts with a digit and names no file or folder.
    static func filling(_ arguments: [String], fileExists: (String) -> Bool = { FileManager.default.fileExists(atPath: $0) })
        -> [String] {
        var result: [String] = []
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if argument == "--" {
                result += arguments[(index - 1)...]
                break
            }
            guard options.contains(argument) else {
                result.append(argument)
                continue
            }
            let long = argument.count == 2 ? (argument == "-w" ? "--week" : "--month") : argument
            let next = index < arguments.count ? arguments[index] : ""
            if isValue(next, fileExists: fileExists) {
                result += [long, next]
                index += 1
            } else {
                result.append(long + "=this")
            }
        }
        return result
    }

    static func isValue(_ word: String, fileExists: (String) -> Bool) -> Bool {
        if ["last", "this"].contains(word.lowercased()) { return true }
        return word.first.map { $0.isASCII && $0.isNumber } == true && !fileExists(word)
    }
}
