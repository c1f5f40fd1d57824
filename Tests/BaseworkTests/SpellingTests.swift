import Testing
@testable import Basework

@Suite("Edit distance (optimal string alignment)")
struct EditDistanceTests {
    @Test("insertions, deletions, substitutions and neighbour swaps each count 1", arguments: [
        ("", "", 0), ("", "abc", 3), ("abc", "", 3), ("date", "date", 0), ("dat", "date", 1), ("date", "dat", 1),
        ("dote", "date", 1), ("dtae", "date", 1), ("activty", "activity", 1), ("durations", "duration", 1),
        ("kitten", "sitting", 3), ("ca", "abc", 3), ("id", "aim", 2), ("abcd", "badc", 2), ("ana", "ANA", 3),
        ("café", "cafe", 1), ("이며", "이다", 1),
    ])
    func distances(_ a: String, _ b: String, _ distance: Int) {
        #expect(EditDistance.between(a, b) == distance)
        #expect(EditDistance.between(b, a) == distance)
        #expect(EditDistance.between(a, b, atMost: distance) == distance)
        if distance > 0 { #expect(EditDistance.between(a, b, atMost: distance - 1) == nil) }
    }

    @Test("a limit cuts long strings short without changing what is within it")
    func limited() {
        let long = String(repeating: "x", count: 300)
        #expect(EditDistance.between(long, "date", atMost: 2) == nil)
        #expect(EditDistance.between(long, long + "y", atMost: 2) == 1)
        #expect(EditDistance.between(long + "ab", long + "ba", atMost: 1) == 1)
        #expect(EditDistance.between("abcdefgh", "hgfedcba", atMost: 2) == nil)
    }
}

@Suite("Misspelled keys (FORMAT 2.1)")
struct KeySpellingTests {
    static let keys = ["date", "duration", "activity", "mode", "aim", "struggle", "crowd", "people", "tags", "justification", "author"]

    @Test("a short key within 1, a longer one within 2, names the likely key", arguments: [
        ("dat", "date"), ("aims", "aim"), ("activty", "activity"), ("durations", "duration"), ("tag", "tags"),
        ("Mode", "mode"), ("DATE", "date"), ("dtae", "date"), ("authr", "author"), ("peeple", "people"),
        ("strugle", "struggle"), ("crowds", "crowd"), ("justfication", "justification"), ("actvty", "activity"),
    ])
    func likely(_ key: String, _ known: String) {
        #expect(KeySpelling.likelyKey(for: key, among: Self.keys) == known)
    }

    @Test("a key of up to 5 characters 2 away, or a longer one 3 away, gets nothing", arguments: [
        "da", "aimed", "mood", "actvy", "alias", "location", "weather", "activities", "notes", "peopel1x", "durashun",
    ])
    func tooFar(_ key: String) {
        #expect(KeySpelling.likelyKey(for: key, among: Self.keys + ["aliases"]) == nil)
    }

    @Test("keys that other tools write never get one", arguments: [
        "title", "id", "layout", "permalink", "categories", "category", "slug", "draft", "weight", "description",
        "summary", "aliases", "cssclasses", "created", "updated", "modified", "publish", "lang", "Title", "ID",
    ])
    func otherTools(_ key: String) {
        #expect(KeySpelling.likelyKey(for: key, among: Self.keys + ["tags", "late", "ids", "draw", "lane", "weights"]) == nil)
    }

    @Test("the closest known key wins, and on a tie the first of the list")
    func ties() {
        #expect(KeySpelling.likelyKey(for: "modes", among: ["mode", "modest"]) == "mode")
        #expect(KeySpelling.likelyKey(for: "mxde", among: ["mode", "made"]) == "mode")
        #expect(KeySpelling.likelyKey(for: "mxde", among: ["made", "mode"]) == "made")
        #expect(KeySpelling.likelyKey(for: "durashun", among: ["duration", "durashin"]) == "durashin")
    }

    @Test("settings and roster keys are measured the same way")
    func otherLists() {
        #expect(KeySpelling.likelyKey(for: "week-strat", among: ["week-start", "follow-up-days"]) == "week-start")
        #expect(KeySpelling.likelyKey(for: "rol", among: ["name", "role", "standing", "aliases"]) == "role")
        #expect(KeySpelling.likelyKey(for: "aliasses", among: ["name", "role", "standing", "aliases"]) == "aliases")
        #expect(KeySpelling.likelyKey(for: "x", among: []) == nil)
    }
}

@Suite("Misspelled tags (FORMAT 2.3)")
struct TagSpellingTests {
    @Test("a tag 1 away from a rung, first-time or heat names it", arguments: [
        ("talkd", "talked"), ("contacts", "contact"), ("first-tme", "first-time"), ("tlaked", "talked"),
        ("presnt", "present"), ("followed-upp", "followed-up"), ("actd", "acted"), ("trainde", "trained"),
        ("politcal", "political"), ("recuited", "recruited"), ("firsttime", "first-time"), ("first_time", "first-time"),
        ("heats", "heat"), ("hea", "heat"), ("talkéd", "talked"), ("contacté", "contact"), ("hé", nil), ("heät", "heat"), ("followed-up-", "followed-up"),
    ] as [(String, String?)])
    func likely(_ tag: String, _ meant: String?) {
        #expect(TagSpelling.likelyTag(for: tag) == meant)
    }

    @Test("follow-up and followup mean followed-up", arguments: ["follow-up", "followup"])
    func followUp(_ tag: String) {
        #expect(TagSpelling.likelyTag(for: tag) == "followed-up")
    }

    @Test("the tags themselves, and tags further away, get nothing", arguments: [
        "present", "talked", "contact", "followed-up", "acted", "trained", "political", "recruited", "first-time", "heat",
        "night-shift", "talk", "contacted", "first", "follow", "followedup-x", "recruit", "politics", "x", "",
        "políticas", "a-very-long-free-tag", "he", "ñ", "follow_up",
    ])
    func none(_ tag: String) {
        #expect(TagSpelling.likelyTag(for: tag) == nil)
    }

    @Test("the rungs come first, shallowest first, then first-time and heat")
    func order() {
        #expect(TagSpelling.likelyTags == ["present", "talked", "contact", "followed-up", "acted", "trained", "political",
                                           "recruited", "first-time", "heat"])
    }
}

@Suite("Handle suggestions for unknown people (FORMAT 4)")
struct HandleSpellingTests {
    static let roster = ["maria-g", "deshawn", "lena-p", "pat-kim", "ana", "Ren"]

    @Test("the closest handle or alias within 2", arguments: [
        ("maria", "maria-g"), ("mara-g", "maria-g"), ("marai-g", "maria-g"), ("deshaun", "deshawn"), ("dashawn", "deshawn"),
        ("lena-", "lena-p"), ("lena", "ana"), ("MARIA-G", "maria-g"), ("ren", "Ren"), ("anna", "ana"), ("an", "ana"),
    ])
    func likely(_ handle: String, _ meant: String) {
        #expect(HandleSpelling.likelyHandle(for: handle, among: Self.roster) == meant)
    }

    @Test("nothing further than 2, nor a suggestion that changes every character", arguments: [
        "marianne", "deshawnxyz", "zedd", "bo", "x", "", "patrick",
    ])
    func none(_ handle: String) {
        #expect(HandleSpelling.likelyHandle(for: handle, among: Self.roster) == nil)
    }

    @Test("the closest wins; on a tie, the first in sorted order")
    func ties() {
        #expect(HandleSpelling.likelyHandle(for: "jo", among: ["joe", "jon"]) == "joe")
        #expect(HandleSpelling.likelyHandle(for: "jo", among: ["jon", "joe"]) == "joe")
        #expect(HandleSpelling.likelyHandle(for: "jox", among: ["jo", "jon", "jox-y"]) == "jo")
        #expect(HandleSpelling.likelyHandle(for: "sam", among: ["sam-b", "sam-a", "samuel"]) == "sam-a")
    }

    @Test("built once for a roster, it answers every unknown handle alike")
    func builtOnce() {
        let spelling = HandleSpelling(candidates: Self.roster)
        for handle in ["maria", "deshaun", "lena-", "zedd", "x", "MARIA-G"] {
            #expect(spelling.likelyHandle(for: handle) == HandleSpelling.likelyHandle(for: handle, among: Self.roster))
        }
        #expect(spelling.likelyHandle(for: "deshaun") == "deshawn")
    }

    @Test("an exact match in another case wins over closer-sorted near ones")
    func exactInAnotherCase() {
        #expect(HandleSpelling.likelyHandle(for: "Maria", among: ["mari", "maria", "marian"]) == "maria")
        #expect(HandleSpelling.likelyHandle(for: "bob", among: ["BOB", "bo", "bobb"]) == "BOB")
    }

    @Test("an empty roster suggests nothing")
    func emptyRoster() {
        #expect(HandleSpelling.likelyHandle(for: "ana", among: []) == nil)
    }
}
