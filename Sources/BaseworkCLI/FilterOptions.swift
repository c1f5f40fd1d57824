import ArgumentParser

/// `--author`, `--struggle`, `--person`, `--tag` and `--group`: only matching entries supply what is
/// listed and counted; several filters must all hold (REPORTS "Which entries count").
struct FilterOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Only entries written by this author.", valueName: "HANDLE"))
    var author: String?
    @Option(help: ArgumentHelp("Only entries of this struggle.", valueName: "SLUG"), completion: .custom(Completions.struggles))
    var struggle: String?
    @Option(help: ArgumentHelp("Only entries that mention this person or list them in people (aliases count).", valueName: "HANDLE"),
            completion: .custom(Completions.handles))
    var person: String?
    @Option(help: ArgumentHelp("Only entries with this tag in front matter or as a hashtag in the body.", valueName: "TAG"),
            completion: .custom(Completions.tags))
    var tag: String?
    @Option(help: ArgumentHelp("Only entries that mention someone of this roster group.", valueName: "GROUP"))
    var group: String?
}
