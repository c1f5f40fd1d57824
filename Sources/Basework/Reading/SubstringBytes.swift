extension Substring {
    /// The text's UTF-8 bytes, copied at once where they lie together (a piece of a native string),
    /// byte by byte otherwise.
    var bytes: [UInt8] {
        utf8.withContiguousStorageIfAvailable { Array($0) } ?? Array(utf8)
    }
}
