/// basework's version, shown by `basework --version` and written into the cache.
public enum BaseworkVersion {
    public static let current = "0.1.0"
}
