"""Round 24 (speakers and dates): "the X co-chair" is X's (a word split at its hyphen); "we took
note" is no verb of saying; "“…”: excerpts from a speech by X" is X's, dated by the day the body
says X addressed the forum; "a Klow lawyer" is no government. Invented states and people,
hand-written sentences."""

from __future__ import annotations

from round_helpers import TOY_STATES, quoted_dates, quoted_speakers, toy_fixtures

from parley.core.types import Actor, Codebook, Issue

BOOK = Codebook(
    "round24speakers",
    TOY_STATES[:2] + (Actor("syldavia", "Syldavia", "state", ("Republic of Syldavia",), ("Emil Sultan",), ("Klow",),
                            ("Syldavian",)),),
    (Issue("peace", "Conclude a peace treaty", keywords=("peace treaty",)),),
)
pipeline, run, parse = toy_fixtures(BOOK)
HEAD = "Written answer\nThe Assembly\n2 March 2032\n\n"


def test_a_co_chair_is_the_demonyms(run):
    text = HEAD + ("At the group's most recent meeting the Bordurian co-chair agreed to search the archives and "
                   "promised a search that would be \"complete, and honest about what it finds\".")
    assert quoted_speakers(run(text)) == [("complete, and honest about what it finds", "borduria")]


def test_took_note_is_no_saying(run):
    text = HEAD + ("When the Ruritanian prime minister's office said on 20 February that the office \"will watch "
                   "nothing and help everyone\", we took note.")
    assert quoted_speakers(run(text)) == [("will watch nothing and help everyone", "ruritania")]
    assert quoted_dates(run(text)) == [("will watch nothing and help everyone", "2032-02-20")]


def test_a_headline_quote_from_a_speech_by_someone(run):
    text = ("\"Peace is not an event, it is a habit\": excerpts from a speech by Emil Sultan\n"
            "Embassy of the Republic of Syldavia\n15 March 2032\n\n"
            "[Emil Sultan, an adviser to the President of Syldavia, addressed a forum in Klow on 9 March 2032. "
            "The Embassy publishes these excerpts. — Ed.]\n\nDear friends, the treaty entered into force last year.")
    assert quoted_speakers(run(text)) == [("Peace is not an event, it is a habit", "syldavia")]
    assert quoted_dates(run(text)) == [("Peace is not an event, it is a habit", "2032-03-09")]


def test_she_is_no_state_remembered_as_a_speaker(run):
    text = HEAD + ("Anna Black has co-chaired the group since last spring. Syldavia hosts the meetings and has said it "
                   "will go on doing so.\n\nWhat she wants is simple. \"Every map, every register,\" she says.")
    assert quoted_speakers(run(text)) == [("Every map, every register", "ruritania")]


def test_a_mother_who_speaks_is_a_private_person(run):
    text = HEAD + ("Anna Black will not be drawn into that argument.\n\nIn Strelsau, a mother whose son has been missing "
                   "since 2020 keeps his room as he left it. \"I do not care which flag is on the table,\" she said.")
    assert quoted_speakers(run(text)) == [("I do not care which flag is on the table", None)]


def test_a_fronted_date_dates_the_clause_joined_to_the_main_one(run):
    text = HEAD + ("On 14 January Borduria released the last Ruritanian detainee, and the Government welcomed his "
                   "return as \"the end of a painful chapter\".")
    assert quoted_dates(run(text)) == [("the end of a painful chapter", "2032-01-14")]


def test_words_of_the_minister_called_on(run):
    text = HEAD + ("On 10 February the Head of Mission called on Ruritania's deputy foreign minister, who said that "
                   "Ruritania \"will welcome the office as a partner\".")
    assert quoted_dates(run(text)) == [("will welcome the office as a partner", "2032-02-10")]


def test_a_letter_dated(run):
    text = HEAD + ("In a letter to the Mission dated 12 February, Borduria's border service described the end of the "
                   "mandate as \"the end of third-party presence on our border\".")
    assert quoted_dates(run(text)) == [("the end of third-party presence on our border", "2032-02-12")]


def test_a_capital_lawyer_is_no_government(run):
    text = HEAD + "Anna Berg, a Klow lawyer, said the hearing was long. Klow said the hearing was short."
    actors = [m.actor for m in run(text).mentions]
    assert actors.count("syldavia") == 1
