/// What to say after ArgumentParser refused a command line, where it says too little: "did you
/// mean" for a mistyped subcommand (ArgumentParser suggests options, not subcommands), why `trend`
/// takes no `--from`/`--to`, and where CSV is taken.
enum Suggestion {
    /// A message to print instead of ArgumentParser's, if any.
    static func replacing(_ arguments: [String]) -> String? {
        let words = Array(arguments.prefix { $0 != "--" })
        guard let first = words.first else { return nil }
        if first == "trend", words.contains(where: { ["--from", "--to", "-f", "-t"].contains($0.prefix { $0 != "=" }) }) {
            return "basework: trend counts whole weeks or months: use --week or --month (and --weeks N or --months N), not --from/--to"
        }
        let asksCSV = words.indices.contains { index in
            words[index] == "--format=csv" || (["--format", "-F"].contains(words[index]) && words.dropFirst(index + 1).first == "csv")
        }
        if asksCSV, let command = BaseworkCommand.configuration.subcommands.first(where: { $0.configuration.commandName == first }),
           !BaseworkCommand.helpMessage(for: command).contains("|csv>") {
            return "basework: --format csv is only for the one-table commands (people, time, followups, coverage, trend); "
                + "\(first) has several tables: use --format markdown, json or html"
        }
        return nil
    }

    /// A line to add after ArgumentParser's message, if any.
    static func after(_ arguments: [String]) -> String? {
        guard let first = arguments.first, !first.hasPrefix("-") else { return nil }
        var names: [String] = []
        for command in BaseworkCommand.configuration.subcommands {
            let name = command.configuration.commandName ?? ""
            if name == first { return nil }
            names.append(name)
        }
        return nearest(first, among: names).map { "Did you mean `basework \($0)`?" }
    }

    /// The nearest of the names, if one is close: within edit distance 2, or begun by the word.
    static func nearest(_ word: String, among names: [String]) -> String? {
        let scored = names.map { ($0, distance(word.lowercased(), $0)) }.filter { $0.1 <= 2 }
        if let best = scored.min(by: { $0.1 < $1.1 }) { return best.0 }
        return word.count >= 3 ? names.first { $0.hasPrefix(word.lowercased()) } : nil
    }

    /// Levenshtein distance, with a swap of two neighbours counted as one edit.
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        guard !a.isEmpty, !b.isEmpty else { return max(a.count, b.count) }
        var table = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { table[i][0] = i }
        for j in 0...b.count { table[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                table[i][j] = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { table[i][j] = min(table[i][j], table[i - 2][j - 2] + 1) }
            }
        }
        return table[a.count][b.count]
    }
}
