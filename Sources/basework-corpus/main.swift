// basework-corpus: writes a synthetic journal for benchmarks (Docs/BENCHMARKS.md).
//
//     basework-corpus OUT --entries N [--people M] [--seed S] [--per-day D] [--end YYYY-MM-DD] [--dense]
//
// OUT gets `people.yml`, `basework.yml`, entries at `YYYY/MM/YYYY-MM-DD-SLUG-NNNNNN.md`, and, beside
// the journal, `OUT.bodies.md`: every entry's body (front matter left out) concatenated, for timing
// the cmark CLI on the same Markdown. The same arguments always give the same bytes. Every entry is
// valid: `basework check OUT` prints no diagnostic. `--dense` mentions 5 to 12 people per entry
// instead of 1 to 5 (the rest of the random stream is the same).
//
// No Foundation; days come from basework's own `Day`.

import Basework

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// MARK: - Arguments

/// Writes a message to standard error.
func complain(_ text: String) {
    var text = text
    #if canImport(Glibc)
    text.withUTF8 { _ = Glibc.write(2, $0.baseAddress, $0.count) }
    #else
    text.withUTF8 { _ = Darwin.write(2, $0.baseAddress, $0.count) }
    #endif
}

func usage() -> Never {
    complain("usage: basework-corpus OUT --entries N [--people M] [--seed S] [--per-day D] [--end YYYY-MM-DD] [--dense]\n")
    exit(2)
}

var arguments = Array(CommandLine.arguments.dropFirst())
var output: String?
var entryCount = 1000
var peopleCount = 2000
var seed: UInt64 = 1
var perDay = 40
var endText = "2026-11-22"
var dense = false
while !arguments.isEmpty {
    let argument = arguments.removeFirst()
    func value() -> String {
        guard !arguments.isEmpty else { usage() }
        return arguments.removeFirst()
    }
    switch argument {
    case "--entries": entryCount = Int(value()) ?? { usage() }()
    case "--people": peopleCount = Int(value()) ?? { usage() }()
    case "--seed": seed = UInt64(value()) ?? { usage() }()
    case "--per-day": perDay = Int(value()) ?? { usage() }()
    case "--end": endText = value()
    case "--dense": dense = true
    case "-h", "--help": usage()
    default:
        guard output == nil, !argument.hasPrefix("-") else { usage() }
        output = argument
    }
}
guard let root = output, entryCount >= 1, peopleCount >= 10, perDay >= 1 else { usage() }

// MARK: - Randomness (SplitMix64: small, fast, the same everywhere)

struct Random {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    /// 0 ..< bound
    mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
    mutating func chance(_ percent: Int) -> Bool { below(100) < percent }
    mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }
}

var random = Random(state: seed)

// MARK: - Days

func pad(_ value: Int, _ width: Int) -> String {
    let digits = String(value)
    return String(repeating: "0", count: max(0, width - digits.count)) + digits
}

func iso(_ ordinal: Int) -> String { Day(ordinal: ordinal).description }

let endParts = endText.split(separator: "-").compactMap { Int($0) }
guard endParts.count == 3 else { usage() }
let endDay = Day(year: endParts[0], month: endParts[1], day: endParts[2])!.ordinal

// MARK: - Files

func makeFolder(_ path: String) {
    if mkdir(path, 0o755) != 0 && errno != EEXIST {
        complain("basework-corpus: cannot create \(path): \(String(cString: strerror(errno)))\n")
        exit(1)
    }
}

func write(_ text: String, to path: String) {
    guard let file = fopen(path, "wb") else {
        complain("basework-corpus: cannot write \(path): \(String(cString: strerror(errno)))\n")
        exit(1)
    }
    var text = text
    text.withUTF8 { _ = fwrite($0.baseAddress, 1, $0.count, file) }
    fclose(file)
}

// MARK: - Words

let firstNames = ["maria", "deshawn", "lena", "ife", "tomasz", "carmen", "tyrell", "yusuf", "pat", "ana", "li", "omar",
                  "grace", "kofi", "sven", "amara", "diego", "hana", "ravi", "zoe", "bruno", "fatima", "jun", "noor",
                  "elena", "marcus", "priya", "sam", "wei", "lucia", "ahmed", "rosa", "ben", "mei", "jamal", "ines"]
let lastInitials = Array("abcdefghijklmnoprstvwyz").map(String.init)
let groups = ["4 West nights", "4 West days", "ER", "ICU", "Building A", "Building B", "Warehouse 3 days",
              "Warehouse 3 nights", "Depot north", "Depot south", "Kitchen", "Front desk", "Ward 5 days", "Ward 5 nights",
              "Drivers", "Cleaners", "Maintenance", "Call centre", "Lab", "Pharmacy"]
let struggles = ["riverside-nurses", "elm-street-tenants", "depot-drivers", "warehouse-3", "cleaners-contract",
                 "call-centre-union", "school-staff", "bus-fares"]
let activities = ["one-to-one", "house-visit", "call", "picket", "action", "march", "strike", "meeting", "training",
                  "social", "leafleting", "canvass", "court-support", "other"]
let titles = ["Picket at the main gate", "House visits on the third floor", "Call after the march",
              "Shop-floor meeting before the shift", "Training on one-to-ones", "Potluck in the courtyard",
              "Leafleting the morning change", "Court support for the eviction case", "Canvass of the east wing",
              "Delegation to the manager", "Debrief with the committee", "Break-room conversations"]
let sentences = [
    "Walked the line most of the shift and talked with people one at a time.",
    "The manager came out twice and said nothing, which people read as fear.",
    "Rain all morning, so we moved under the awning by the loading dock.",
    "Most of the talk was about the schedule and who covers the weekend.",
    "People are tired of being told there is no money while the rent goes up.",
    "A few new faces stood at the edge and took a flyer without saying much.",
    "We kept the meeting short and ended with a clear ask for next week.",
    "Coffee ran out early; next time bring two flasks and more cups.",
    "Someone asked what the union actually does, and we answered with the last win.",
    "The room was quieter than last time but the questions were sharper.",
    "Mould in the stairwell again; the landlord's answer is still paint.",
    "Talked through what happens if they retaliate, and who we call first.",
]
let itemTexts = [
    "her first time on a line. Scared of retaliation on nights; mostly listened.",
    "took flyers for the break room and asked for more for the night crew.",
    "twenty minutes on tomorrow's plan and who brings the banner.",
    "said standing behind the others was the bravest thing this year.",
    "wants to bring a coworker next time; worried about the supervisor.",
    "asked good questions about the contract and the overtime rules.",
    "came late, ate, left early, but nodded at the end.",
    "ran the sign-in table and knows everyone on the floor.",
    "talked about her son and the building's mould, then about rent.",
    "offered to host the next meeting in the common room.",
]
let followTexts = ["Coffee with", "Call", "Text", "Visit", "Bring the petition to", "Ask about the schedule with"]
let rungTags = ["present", "talked", "contact", "followed-up", "acted", "trained", "political", "recruited"]
let freeTags = ["night-shift", "retaliation", "rent", "schedule", "mould", "overtime"]

// MARK: - People

struct Member {
    var handle: String
    var name: String
    var role: String
    var group: String?
    var alias: String?
}

var people: [Member] = []
for index in 0..<peopleCount {
    let first = random.pick(firstNames)
    let last = random.pick(lastInitials)
    let handle = "\(first)-\(last)\(index)"
    let roll = random.below(100)
    let role = roll < 80 ? "base" : roll < 85 ? "staff" : roll < 88 ? "officer" : roll < 90 ? "professional"
        : roll < 93 ? "outside" : roll < 97 ? "comrade" : roll < 99 ? "opponent" : "other"
    let group: String? = role == "base" && random.chance(85) ? random.pick(groups) : nil
    let alias: String? = random.chance(10) ? "\(first.prefix(1))\(last)\(index)" : nil
    people.append(Member(handle: handle, name: "\(first.prefix(1).uppercased())\(first.dropFirst()) \(last.uppercased()).",
                         role: role, group: group, alias: alias))
}

/// People are met unevenly: a few often, most now and then.
@MainActor func somePerson() -> Member {
    let a = random.below(peopleCount)
    let b = random.below(peopleCount)
    return people[random.chance(50) ? min(a, b) : a]
}

// MARK: - Writing

makeFolder(root)
var roster = "# Generated by basework-corpus (seed \(seed)): \(peopleCount) people.\n"
for person in people {
    roster += "\(person.handle):\n  name: \(person.name)\n  role: \(person.role)\n"
    if let group = person.group { roster += "  group: \(group)\n" }
    if let alias = person.alias { roster += "  aliases: [\(alias)]\n" }
}
write(roster, to: root + "/people.yml")
write("""
    # Generated by basework-corpus.
    author: alex
    week-start: monday
    base-share-goal: 0.6
    justify:
      base-share-below: 0.5
      support: true
    plan:
      new-people: 0.4
      deepen: 0.3
      cadre: 0.2
      relationships: 0.1

    """, to: root + "/basework.yml")

let bodiesPath = root.hasSuffix("/") ? String(root.dropLast()) + ".bodies.md" : root + ".bodies.md"
guard let bodies = fopen(bodiesPath, "wb") else {
    complain("basework-corpus: cannot write \(bodiesPath)\n")
    exit(1)
}

var folders = Set<String>()
let days = (entryCount + perDay - 1) / perDay
for index in 0..<entryCount {
    let day = endDay - (days - 1) + index / perDay
    let date = iso(day)
    let (year, month, _) = Day(ordinal: day).components
    let folder = "\(root)/\(pad(year, 4))/\(pad(month, 2))"
    if !folders.contains(folder) {
        makeFolder("\(root)/\(pad(year, 4))")
        makeFolder(folder)
        folders.insert(folder)
    }
    let activity = random.pick(activities)
    let minutes = [30, 45, 60, 90, 120, 150, 180, 240][random.below(8)]

    var matter = "---\ndate: \(date)\n"
    matter += minutes % 60 == 0 ? "duration: \(minutes / 60)h\n" : minutes > 60 ? "duration: 1h\(minutes - 60)m\n" : "duration: \(minutes)m\n"
    matter += "activity: \(activity)\nstruggle: \(random.pick(struggles))\n"
    if random.chance(60) { matter += "aim: \(random.pick(["new-people", "deepen", "cadre", "relationships"]))\n" }
    if random.chance(10) { matter += "mode: support\n" }
    if random.chance(30) { matter += "crowd: \(random.below(60) + 1)\n" }
    if random.chance(25) { matter += "tags: [\(random.pick(freeTags))]\n" }
    if random.chance(20) { matter += "author: sam\n" }
    if random.chance(5) { matter += "people: [\(somePerson().handle)]\n" }
    matter += "---\n"

    var body = "\n# \(random.pick(titles))\n\n"
    for _ in 0..<(3 + random.below(4)) { body += random.pick(sentences) + " " }
    body += "\n\n"
    // 1 to 5 people (5 to 12 when dense), each in a list item; explicit times stay within the duration.
    let mentioned = dense ? 5 + random.below(8) : 1 + random.below(5)
    var explicitLeft = minutes / 2
    for _ in 0..<mentioned {
        let person = somePerson()
        let written = person.alias.map { random.chance(30) ? $0 : person.handle } ?? person.handle
        body += "- @\(written): \(random.pick(itemTexts))"
        if random.chance(40), explicitLeft >= 10 {
            let spent = 5 * (1 + random.below(min(6, explicitLeft / 5)))
            explicitLeft -= spent
            body += " (\(spent)m)"
        }
        body += " #\(rungTags[min(random.below(10), 7)])"
        if random.chance(10) { body += " #first-time" }
        if random.chance(15) { body += " #\(random.pick(freeTags))" }
        body += "\n"
        if random.chance(15) { body += "  - with `code` and a [link](https://example.org/@nobody) and mail@example.org\n" }
    }
    body += "\n" + random.pick(sentences) + " " + random.pick(sentences) + "\n"
    if random.chance(30) {
        body += "\n## Why\n\nBecause the people on this floor have not been reached yet, and \(random.pick(sentences).lowercased())\n"
    }
    body += "\n## Follow-up\n\n"
    for _ in 0..<(1 + random.below(3)) {
        let person = somePerson()
        let box = random.chance(30) ? "[x]" : "[ ]"
        body += "- \(box) \(random.pick(followTexts)) @\(person.handle)"
        if random.chance(50) { body += " about the schedule, due \(iso(day + 3 + random.below(10)))" }
        body += "\n"
    }
    if random.chance(20) { body += "- [ ] Book the room for the next meeting\n" }

    let slug = activity
    write(matter + body, to: "\(folder)/\(date)-\(slug)-\(pad(index, 6)).md")
    var bodyCopy = body + "\n"
    bodyCopy.withUTF8 { _ = fwrite($0.baseAddress, 1, $0.count, bodies) }
}
fclose(bodies)
print("wrote \(entryCount) entries and \(peopleCount) people to \(root), bodies to \(bodiesPath)")
