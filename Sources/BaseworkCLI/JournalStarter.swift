/// The commented files `basework init` writes: a roster and settings that change nothing until
/// their lines are uncommented (FORMAT 4 and 5).
enum JournalStarter {
    static let people = """
        # Who is who in this journal (FORMAT 4). Handles are what you write after @ in entries.
        # role: base (the default), staff, officer, professional, outside, comrade or opponent.
        # group: the workplace, building or shift, for `basework coverage`.
        # Uncomment and change these two examples, or write your own.

        # maria-g:
        #   name: Maria Gonzalez
        #   role: base
        #   group: 4 West nights
        #   aliases: [maria]
        # pat-kim:
        #   name: Pat Kim
        #   role: staff

        """

    static let settings = """
        # Settings for this journal (FORMAT 5). Every line shows the default; uncomment one to change it.

        # week-start: monday          # or sunday
        # follow-up-days: 7           # a follow-up with no date is due this many days after its entry
        # heat-follow-up-days: 7      # a first-timer is owed a one-to-one within this many days
        # cold-after-days: 21         # a base person with no one-to-one for this long is going cold
        # base-share-goal: 0.6        # the share of person-time we want with the base
        # justify:
        #   base-share-below: 0.5     # an entry with less base share than this needs a why
        #   support: true             # support work always needs a why
        #   aims-outside: []          # e.g. [new-people, deepen]
        # plan:                       # planned share of time by aim; no plan by default
        #   new-people: 0.4
        #   deepen: 0.3
        #   cadre: 0.2
        #   relationships: 0.1
        # heat-activities: [picket, action, march, strike]
        # activities: []              # extra activity names
        # author: alex                # who writes entries without an author line; none by default
        # cache: true                 # keep what was read in .basework/

        """
}
