/// What each diagnostic rule means and how to fix it, in one place: `Docs/DIAGNOSTICS.md` is generated
/// from it (`Scripts/update-docs`), and a test keeps the two equal. The texts are Markdown.
public enum DiagnosticCatalogue {
    /// The part of the journal a rule is about, in the order the docs list them.
    public enum Section: String, CaseIterable, Sendable {
        case files = "The journal's files"
        case frontMatter = "Front matter"
        case body = "Body"
        case rosterAndSettings = "Roster and settings"
    }

    /// One rule's documentation.
    public struct Page: Sendable {
        public var rule: Diagnostic.Rule
        public var section: Section
        /// One line: what the rule says is wrong.
        public var summary: String
        /// When it is reported, where, and what basework does with what it could not read.
        public var trigger: String
        /// What to change.
        public var fix: String

        /// What the error costs the reports (FORMAT 6): a file not read, an entry left out (no
        /// readable date or front matter), or an entry kept and read as if the wrong value were absent.
        /// `nil` for warnings and for the roster and settings, whose errors cost only the person or
        /// setting they name.
        public var effect: String? {
            guard rule.severity == .error else { return nil }
            switch section {
            case .files: return "the file is not read"
            case .rosterAndSettings: return nil
            case .frontMatter, .body: return rule.leavesEntryOut ? "the entry is left out" : "the entry is kept"
            }
        }
    }

    /// Every rule's page, section by section, each section in the rules' own order.
    public static var pages: [Page] {
        let all = Diagnostic.Rule.allCases.map(page)
        return Section.allCases.flatMap { section in all.filter { $0.section == section } }
    }

    /// The page of one rule. The switch has no default, so a new rule cannot be left undocumented.
    public static func page(_ rule: Diagnostic.Rule) -> Page {
        switch rule {
        case .notUTF8:
            Page(rule: rule, section: .files, summary: "A journal file is not saved as UTF-8.", trigger: """
                the file has bytes that are not UTF-8, usually because it was saved as Latin-1 or \
                Windows-1252 (`café`, `niño`, curly quotes from a word processor): reported at the first bad \
                byte, for a file that starts with `---`. A `.md` or `.markdown` file saved as UTF-16 or \
                UTF-32 (Windows editors offer it as "Unicode") is reported at 1:1 with its encoding, whether \
                or not it would be an entry, so no entry is lost without a word. The file is not read.
                """, fix: """
                open it and save it again as UTF-8 (most editors have it under "Save with encoding" or \
                "Reopen with encoding"; in Notepad, "Save as", encoding "UTF-8").
                """)
        case .unreadableFile:
            Page(rule: rule, section: .files, summary: "A file or folder in the journal cannot be read.", trigger: """
                a file or folder in the journal can't be read, usually because of its permissions, or a \
                symbolic link named `*.md` leads nowhere.
                """, fix: """
                give yourself read access (`chmod u+r FILE`), or move it out of the journal.
                """)
        case .fileTooLarge:
            Page(rule: rule, section: .files, summary: "A file is larger than basework reads (8 MiB).", trigger: """
                a file is larger than basework reads (8 MiB). No journal entry is that big; it is usually \
                an export or a pasted log. It is not read.
                """, fix: """
                move it out of the journal, or split it.
                """)
        case .notRegularFile:
            Page(rule: rule, section: .files, summary: "A journal name is a pipe, a socket or a device.", trigger: """
                an `.md` or `.markdown` name that is not an ordinary file: a named pipe, a socket or a \
                device. It is never opened, so basework cannot hang on it.
                """, fix: """
                remove it from the journal folder.
                """)
        case .linkLoop:
            Page(rule: rule, section: .files, summary: "A symbolic link leads back into a folder being read.", trigger: """
                a symbolic link leads back to a folder already being read (for example `again -> .`), which \
                would otherwise be read forever. The folder is read once.
                """, fix: """
                remove the link, or point it somewhere that doesn't contain it.
                """)
        case .linkOutsideRoot:
            Page(rule: rule, section: .files, summary: "A symbolic link points outside the journal.", trigger: """
                a symbolic link points outside the journal folder. basework only reads inside the journal, \
                so the link is not followed.
                """, fix: """
                copy or move what it points to into the journal, or run basework on a folder that contains both.
                """)
        case .unclosedFrontMatter:
            Page(rule: rule, section: .frontMatter, summary: "The front matter is never closed.", trigger: """
                the file starts with `---` but no later line is `---` (or `...`, spaces or tabs after it \
                allowed), so the whole file would be front matter. Reported at the opening `---`.
                """, fix: """
                add a line `---` after the last key, before the body.
                """)
        case .badYAML:
            Page(rule: rule, section: .frontMatter, summary: "The front matter, roster or settings are not valid YAML.", trigger: """
                the front matter (or `people.yml`, or `basework.yml`) is not valid YAML. Common causes: a \
                second `: ` inside a value (`struggle: elm-street: tenants`), an unclosed `[` or `"`, a tab \
                used for indentation, a value starting with `@`. Reported where the YAML reader gave up, or, \
                for those common causes, at the tab, the `@`, the second `:` or the unclosed `[`, with what \
                to do. In `people.yml`, a person whose lines are not valid YAML is left out and reported at \
                their first line; the other people are still read.
                """, fix: """
                correct the line. Put a value in quotes when it contains `: ` or starts with a special \
                character: `justification: "Why: she asked us."`
                """)
        case .yamlTooComplex:
            Page(rule: rule, section: .frontMatter, summary: "The YAML is nested too deep or expands too far.", trigger: """
                YAML nested far too deep, or aliases that expand to a huge number of values. Real front \
                matter never does this; it guards against damaged or hostile files.
                """, fix: """
                write plain `key: value` lines.
                """)
        case .frontMatterNotMap:
            Page(rule: rule, section: .frontMatter, summary: "The front matter is not `key: value` lines.", trigger: """
                the front matter is valid YAML but not `key: value` lines: a list (`- 2026-11-05`) or a \
                single sentence.
                """, fix: """
                write each item as a key and a value: `date: 2026-11-05`.
                """)
        case .duplicateKey:
            Page(rule: rule, section: .frontMatter, summary: "A key, or a roster handle, is written twice.", trigger: """
                the same key appears twice in the front matter (two `duration:` lines after an edit). A \
                YAML map with a key written twice is not valid YAML, so the front matter cannot be read. \
                In `people.yml`, the same handle twice (in any case: `ana` and `ANA`), or a person's field \
                twice; there the first is kept. Reported at the second one.
                """, fix: """
                keep one of them.
                """)
        case .missingDate:
            Page(rule: rule, section: .frontMatter, summary: "The entry has no `date`.", trigger: """
                the entry has no `date`, so it cannot be placed in time. Reported at the opening `---`. \
                Its body is still checked, so every other problem shows while the note is being written.
                """, fix: """
                add `date: YYYY-MM-DD`, the day the work happened.
                """)
        case .badDate:
            Page(rule: rule, section: .frontMatter, summary: "The `date` is not a real day written `YYYY-MM-DD`.", trigger: """
                `date` is not a real day written `YYYY-MM-DD`: `2026-11-31`, `20/11/2026`, `Nov 20`.
                """, fix: """
                write the day as `2026-11-20`.
                """)
        case .badDuration:
            Page(rule: rule, section: .frontMatter, summary: "The `duration` is not a length of time, or is over 24 hours.", trigger: """
                `duration` is not a length of time basework understands (`all morning`, `a while`), or is \
                more than 24 hours. A bare number over 24 (`duration: 90`) is read as hours, and the message \
                says you may have meant minutes (`90m`). The entry is read as if it had no duration (0 \
                minutes, with no second warning about it).
                """, fix: """
                write `3h`, `45m`, `1h30m`, `1h30`, `1.5h`, `90 min`, `2 hours`, or a bare number of hours \
                (`2`). Split work across several days into one entry per day.
                """)
        case .missingDuration:
            Page(rule: rule, section: .frontMatter, summary: "The entry has no `duration`.", trigger: """
                the entry has no `duration`, or `duration:` is left empty (as `basework new` leaves it). It \
                is read, but counts as no time at all, so it's missing from every time figure. Reported at \
                the empty `duration:` line, else at the opening `---`.
                """, fix: """
                add `duration:` with your best estimate.
                """)
        case .badValue:
            Page(rule: rule, section: .frontMatter, summary: "A known key has a value of the wrong kind.", trigger: """
                a known key has a value of the wrong kind: `mode` other than `building` or `support` \
                (`mode: sideways`); `aim` other than `new-people`, `deepen`, `cadre` or `relationships`; \
                `crowd` that is not a whole number of 0 or more (`crowd: about 60`); `people` or `tags` \
                that are not a list of words; `activity`, `struggle` or `author` that is not a single word; \
                `justification` that is not text. Capitals don't matter (`mode: Support` is right). The \
                entry is read as if that key were absent: `crowd: about 60` counts no crowd, and the \
                entry's people and follow-ups are kept.
                """, fix: """
                use one of the values the message lists. For `crowd`, guess a number: `crowd: 60`.
                """)
        case .badHandle:
            Page(rule: rule, section: .frontMatter, summary: "An item of `people` is not a handle.", trigger: """
                an item of the front matter `people` list is not a handle, even after removing a leading \
                `@` or the `[[` `]]` around it: `Maria Gonzalez`, `@`, `[[ ]]`. Reported at the item, which \
                is left out; the other people are kept.
                """, fix: """
                write the person's handle, as in the roster: `people: [maria-g, "@deshawn", "[[lena-p]]"]`.
                """)
        case .unknownActivity:
            Page(rule: rule, section: .frontMatter, summary: "The `activity` is not in the list.", trigger: """
                `activity` is not one of `one-to-one`, `house-visit`, `call`, `picket`, `action`, `march`, \
                `strike`, `meeting`, `training`, `social`, `leafleting`, `canvass`, `court-support`, \
                `other`, nor one added in the settings (capitals don't matter). The entry is read with that \
                activity anyway.
                """, fix: """
                use one from the list, or add yours to `basework.yml`: `activities: [phone-bank]`.
                """)
        case .misspelledKey:
            Page(rule: rule, section: .frontMatter, summary: "A front matter key looks like a typo for a known one.", trigger: """
                a front matter key that isn't known but is one letter away from a known key of up to 5 \
                letters (`dat`, `aims`), or two letters from a longer one (`activty`, `durations`). Reported \
                at the key, naming the key you probably meant. The value is ignored, so the entry is read as \
                if the key were missing. Keys that other tools write (`title`, `id`, `layout`, `draft`...) \
                never get it; the list is in `Docs/FORMAT.md`.
                """, fix: """
                correct the spelling. (Keys far from every known one, like `mood: tired`, are kept and \
                ignored without a warning.)
                """)
        case .unknownPerson:
            Page(rule: rule, section: .body, summary: "A handle is not in the roster.", trigger: """
                the journal has a `people.yml`, and an entry mentions a handle (in its text, its follow-ups \
                or its `people` list) that is neither a handle nor an alias in it. Usually a typo (`@tomas` \
                for `@tomasz`) or someone new. Reported once per handle in each file, at its first \
                occurrence; when a roster handle or alias is close, the message asks "did you mean \
                @tomasz?". The person is still counted, as `base` with no group. Journals with no roster get \
                no such warnings.
                """, fix: """
                correct the handle, or add the person to `people.yml`.
                """)
        case .explicitTimeTooLong:
            Page(rule: rule, section: .body, summary: "The times in brackets add up to more than the `duration`.", trigger: """
                the times in brackets, like `(20m)`, add up to more than the entry's `duration`. Reported at \
                the time that takes the sum past it. The entry is read as if it had no times in brackets: \
                its duration is shared equally.
                """, fix: """
                shorten the times, or raise `duration` if the work took longer than you first wrote.
                """)
        case .misspelledTag:
            Page(rule: rule, section: .body, summary: "A hashtag looks like a typo for a rung or a flag.", trigger: """
                a hashtag that is not a rung, `#first-time` or `#heat`, but is one letter away from one \
                (`#talkd`, `#contacts`, `#first-tme`), or is `#follow-up` or `#followup` (the rung is \
                `#followed-up`). Reported at the hashtag, naming the tag you probably meant. It still counts \
                as the free tag it is, not as the rung.
                """, fix: """
                correct the spelling. If you meant a free tag of your own, choose a word further from the \
                rungs.
                """)
        case .badDueDate:
            Page(rule: rule, section: .body, summary: "A follow-up's date is not a real day.", trigger: """
                a follow-up item holds a `YYYY-MM-DD` that is not a real day (`2026-11-40`, `2026-02-30`). \
                Reported at the date. It is not the due date: the next real date in the item is, else a \
                `due Friday`, else the entry's date plus `follow-up-days`.
                """, fix: """
                write the day you meant: `due 2026-11-30`.
                """)
        case .badRoster:
            Page(rule: rule, section: .rosterAndSettings, summary: "`people.yml` or one person in it is not as expected.", trigger: """
                `people.yml` is not a map from handles to people (a list, or a single line), a person is not \
                a set of fields, or a field has a wrong value: a `role` that doesn't exist (`role: boss`), a \
                `standing` other than `new`, `involved` or `cadre`, aliases that are not words. Capitals don't \
                matter (`role: Staff` is right). The person is kept with the default for that field. An unknown field for a person is reported under \
                this rule as a warning.
                """, fix: """
                use the roles `base`, `staff`, `officer`, `professional`, `outside`, `comrade`, `opponent` \
                or `other` (a boss or a landlord is `opponent`), and write each person as

                ```yaml
                maria-g:
                  name: Maria Gonzalez
                  role: base
                  group: 4 West nights
                ```
                """)
        case .aliasClaimed:
            Page(rule: rule, section: .rosterAndSettings, summary: "Two people claim the same alias.", trigger: """
                two people in `people.yml` claim the same alias, or an alias is someone else's handle. \
                Reported at the later claim; the first person in the file keeps it.
                """, fix: """
                give each person their own aliases: `maria-g: {aliases: [maria-g2]}` and \
                `maria-s: {aliases: [santos]}`, not `maria` for both.
                """)
        case .badSetting:
            Page(rule: rule, section: .rosterAndSettings, summary: "A setting has a value of the wrong kind.", trigger: """
                a setting in `basework.yml` has a value of the wrong kind: `follow-up-days: soon`, \
                `base-share-goal: 60%`, `week-start: friday`, a `plan` naming something that is not an aim. \
                The message names the setting, the line and what it expected. That setting keeps its \
                default; the others still apply.
                """, fix: """
                write the kind of value the message asks for: a whole number of days, a share from 0 to 1 \
                (`0.6`), `monday` or `sunday`, a list `[a, b]`.
                """)
        case .unknownSetting:
            Page(rule: rule, section: .rosterAndSettings, summary: "`basework.yml` has a key basework doesn't know.", trigger: """
                `basework.yml` has a key basework doesn't know (`theme: dark`, `weekstart: sunday`). It is \
                ignored.
                """, fix: """
                correct the spelling, or remove it. The settings are listed in `Docs/FORMAT.md`, section 12.
                """)
        }
    }
}
