import ArgumentParser

/// The cache options of every command that reads a journal (REPORTS: the cache).
struct CacheOptions: ParsableArguments {
    @Flag(help: "Read every file again, and neither read nor write the cache in .basework/.")
    var noCache = false

    @Flag(help: "Say on standard error what the cache did.")
    var verbose = false
}
