"""Word lists for issue cues and stance rules, and the light stemmer they are matched with.

Everything here is general English about negotiations (no conflict, party or place is
named). Lists are written as plain words and compared by :func:`stem`, so one entry
covers its inflections ("reject" → rejects, rejected, rejecting, rejection).

>>> stem("Rejected") == stem("rejection") == stem("rejects")
True
>>> stem("delimitation") == stem("delimit"), stem("recognition") == stem("recognise")
(True, True)
>>> stem("territories") == stem("territorial"), stem("railways") == stem("railway")
(True, True)
>>> stem("criticised") == stem("criticise"), stem("demarcated") == stem("demarcation")
(True, True)
>>> is_in("refused", OPPOSE_WORDS), is_in("welcomed", OPPOSE_WORDS)
(True, False)
"""

from __future__ import annotations

from functools import lru_cache

_DERIVATIONS = (
    "izations", "isations", "ization", "isation", "ations", "ation", "itions", "ition", "ions",
    "ion", "ments", "ment", "ness", "ities", "ity", "ful", "ize", "ise", "ive", "ance", "ence",
    "al", "ate",
)
_KEEP_S = ("ss", "us", "sis", "ous")
_E_DROPPED = ("is", "iz", "at", "iv", "anc", "enc")


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A crude, consistent stem: inflection, then up to two derivational suffixes, removed.

    Only equality of stems matters, so consistency beats linguistic accuracy.
    """
    w = word.lower().replace("’", "'").strip("'-.")
    if w.endswith("'s"):
        w = w[:-2]
    if len(w) <= 3 or not w.isalpha():
        return w
    w = _strip_inflection(w)
    for _ in range(2):
        w = _strip_derivation(w)
    if w.endswith("e") and len(w) > 3:
        w = w[:-1]
    if w.endswith("y") and len(w) > 3:
        w = w[:-1] + "i"
    return w


def _strip_inflection(w: str) -> str:
    if w.endswith(("ies", "ied")) and len(w) > 4:
        return w[:-3] + "i"
    if w.endswith("eed") and len(w) > 5:  # agreed, guaranteed
        return w[:-1]
    for suffix in ("ing", "ed"):
        rest = w[: -len(suffix)]
        if w.endswith(suffix) and len(rest) >= 3 and any(c in "aeiouy" for c in rest):
            if rest.endswith(_E_DROPPED) and not rest.endswith(("eat", "oat")):  # criticised → criticise; repeated
                return rest + "e"
            return rest[:-1] if len(rest) > 3 and rest[-1] == rest[-2] and rest[-1] not in "lsz" else rest
    if w.endswith(("sses", "xes", "zes", "ches", "shes")):
        return w[:-2]
    if w.endswith("s") and not w.endswith(_KEEP_S):
        return w[:-1]
    return w


def _strip_derivation(w: str) -> str:
    for suffix in _DERIVATIONS:
        if w.endswith(suffix) and len(w) - len(suffix) >= 4:
            if suffix in {"ion", "ions"} and len(w) - len(suffix) == 4:
                return w  # a short word is its own: "mission" not "miss", "station" not "state", "portion" not "port"
            return w[: -len(suffix)]
    return w


def stems(words) -> frozenset[str]:
    """The stems of ``words`` (a list, or a string of whitespace-separated words)."""
    return frozenset(stem(w) for w in (words.split() if isinstance(words, str) else words))


def is_in(word: str, table: frozenset[str]) -> bool:
    """Whether ``word`` (any inflection) is in a stemmed ``table``."""
    return stem(word) in table


# --- stance: what an actor does with an issue -------------------------------------------

OPPOSE_WORDS = stems(
    """reject oppose opposition refuse refusal decline deny denial renounce refrain cease end stop
    halt abandon prevent avoid against unacceptable inadmissible barrier obstacle unwilling
    reluctant resist resistance condemn denounce criticise criticize criticism disregard ignore
    weaken undermine obstruct block sabotage veto dismiss drop quit exclude
    without lack absence wrong rule impossible unlikely impede hamper hinder freeze suspend
    alternative concern concerned worry worried regret fail failure withdraw withdrawal departure
    disagree objection object protest threaten endanger jeopardise jeopardize destroy damage
    refute hostage pawn violate violation breach fear betray betrayal frozen froze burn deplore begrudge resent
    delay postpone annul annulled annulling annulment overturn revoke revocation rescind invalidate nullify cancel
    cancellation mourn lament quarrel""".split()
)
"""Words that turn what they govern into its opposite ("rejected the plan", "refrain from force").

"alternative" is here so that "no alternative to X" reads as support (two negations)."""

OPPOSING_COMPLEMENTS = OPPOSE_WORDS | stems("problem problems capitulation sellout mistake trap".split())
"""Complements that say the subject is refused ("X is a problem", "X is a capitulation"; "the road is not a
problem" accepts it)."""

DEROGATORY_NAMES = stems("surrender betrayal humiliation".split())
"""Names given to what is rejected, as an object predicate: "called the treaty a surrender", "branded the
deal a betrayal" (as a copula's complement "it is surrender" the text often negates its other reading)."""

NEGATION_WORDS = frozenset({"not", "n't", "n’t", "never", "no", "nor", "neither", "nothing", "none", "nobody", "cannot"})
NEGATIVE_PRONOUNS = frozenset({"nothing", "none", "nobody", "noone"})
"""Grammatical negation ("not", "never", "no …")."""

CONFLICT_WORDS = stems(
    """war wars force forces hostilities fighting fight attack attacks aggression invasion invade
    escalation violence offensive shelling clashes clash military conflict threat threats arms
    bombardment strike strikes occupation frontline front-line front revanchism revenge""".split()
)
"""Words for fighting: a label that says "refrain from force" makes them cues of the opposite pole."""

STANCE_PREDICATES = stems(
    """want wish support back favour favor endorse welcome accept agree agreement approve commit
    commitment pledge promise vow intend intention plan seek sought pursue propose proposal offer call
    demand urge ask request insist insistence press push advocate defend ready readiness prepared
    willing willingness unwilling determined determination keen eager interested aim desire
    reject oppose refuse decline renounce refrain resist condemn denounce criticise criticize
    question challenge dismiss recognise recognize recognition reaffirm affirm confirm guarantee
    ensure respect uphold need position stance prefer hope expect believe view consider argue
    concerned concern welcome commend praise applaud initiate initiative strive work working
    promote facilitate encourage host help contribute step intensify conclude sign
    restore protect normalize normalise campaign lobby vote tolerate allow permit see sees saw object protest
    deplore mourn lament invite""".split()
)
"""Predicates that state a position (what an actor wants, accepts, rejects or does for an issue)."""

STANCE_NOUNS = stems(
    """readiness commitment proposal offer call calls demand position stance support opposition
    refusal rejection willingness desire intention plan plans recognition insistence request
    initiative pledge promise determination goodwill will efforts effort announcement
    decision view views opinion belief conviction""".split()
)
"""Nouns whose possessor holds the position ("Borduria's readiness to …", "the President's commitments")."""

POSITION_NOUNS = frozenset({"position", "stance", "view", "policy", "line"})
"""Nouns that name a holder's position as a whole ("That is the position of the Government")."""

COPULAS = frozenset({"is", "are", "was", "were", "be", "been", "being", "remain", "remains", "remained"})
"""Forms of "be" and "remain": a clause on them states how things are, not a deed."""

COPULA_FORMS = frozenset({"is", "was", "remains", "remained", "been"})
"""Forms of a copula that states a position ("X's answer is that …", "That has been our view")."""

STATEMENT_NOUNS = frozenset({"statement", "statements", "assurance", "assurances"})
"""Nouns of saying whose possessor holds what they say ("X's statements that it will sign"), compared
whole: their stem would be that of "state"."""


def stance_noun(word: str) -> bool:
    """A noun whose possessor (or "of"/"by" object) holds the position it names."""
    return stem(word) in STANCE_NOUNS or word in STATEMENT_NOUNS


ADDRESS_VERBS = stems("tell told inform brief address remind assure".split())
"""Verbs whose object is the one spoken to ("told the Castelmar talks that …")."""

SPEECH_PREDICATES = stems(
    """say tell state add note stress emphasize emphasise underline underscore remark declare
    announce explain reply answer comment conclude observe recall report claim write mention
    assert reiterate repeat highlight tweet post confirm acknowledge admit suggest told said
    inform brief point indicate show demonstrate reveal""".split()
)
"""Verbs that report words or evidence: the content below them is the lower subject's, if any."""

ATTITUDE_PREDICATES = stems(
    """believe think understand understood share consider view hope expect want wish welcome commend praise applaud support
    back endorse reject oppose condemn denounce criticise criticize regret concerned worry call
    urge demand ask insist request press agree accept propose offer""".split()
)
"""Verbs whose subject holds a position on what they govern (also above another holder)."""

NEUTRAL_PREDICATES = stems("discuss talk debate mention address raise review visit examine attend".split())
"""Verbs that touch an issue without taking a side (unless negated: "would not discuss")."""

ACQUAINTANCE_VERBS = stems("read see seen saw study receive know knew known".split())
"""Verbs of coming to know a text: "I have not read the text" says nothing for or against it (negated
only: "we want to see the treaty signed" is a wish)."""

LOSS_VERBS = stems("disappear vanish crumble perish decay erode fade".split())
"""Verbs of loss: a subject that disappears or crumbles is lost ("let the cemeteries disappear")."""

CREATION_VERBS = stems("commission build fund finance sponsor found establish".split())
"""Verbs of bringing a thing about: "a study, which A and B commissioned" is their act for it."""

REJECTION_WORDS = stems("reject deny dismiss refute denounce".split())
"""Verbs that turn an accusation or claim back ("rejected the claims that …")."""

ACCUSATION_WORDS = stems(
    """claim claims allegation allege alleged accuse accusation blame charge charges pretext
    propaganda fearmongering rumour rumor disinformation""".split()
)
"""Words that mark their content as what one side says of another: not the other's position."""

DEMAND_PREDICATES = stems("call urge demand ask request press appeal push encourage exhort".split())
"""Verbs whose object is asked to act: the asker holds the position, not the one asked."""

DEMAND_WORDS = stems(
    """call urge demand ask request insist press need needs necessary must should ought require
    requirement appeal""".split()
)
"""Markers of a demand ("calls on X to …", "X should …")."""

INTENTION_WORDS = stems(
    """will shall intend intention plan ready readiness prepared willing willingness determined
    commit commitment pledge promise vow going aim""".split()
)
"""Markers of an intention or commitment ("ready to sign", "will reopen")."""

HYPOTHETICAL_WORDS = frozenset({"would", "could", "might"})
"""Modals that make a clause hypothetical when no condition is attached."""

EVENT_OF_NOUNS = stems(
    "result outcome consequence aftermath anniversary victim memory legacy years course period time days history".split()
)
"""Nouns whose "of" object is a past event named, not an issue ("the results of the war")."""

ACCUSING_VERBS = stems("accuse blame".split())
"""Verbs of accusing someone *of* conduct: the accuser rejects that conduct."""

NOT_NEGOTIABLE = stems("sale negotiable negotiation bargaining discussion debate".split())
"""Words that say a thing is held firmly when negated ("is not for sale", "is not negotiable")."""

PLACE_TIME_PREPOSITIONS = frozenset(
    "at along near across around inside within beyond after before since during following until amid throughout onto".split()
)
"""A cue after these is where or when something happened ("at the border", "after the war"), not an issue."""

LOCATED_ON = stems(
    "put place deploy station post stand force troop soldier unit village checkpoint live presence "
    "stay remain monitor observer witness patrol".split()  # "monitors should stay on the border"
)
"""Words whose "on X" is where something stands ("forces on the frontier"), not what is agreed on."""

CONDITION_MARKS = frozenset({"if", "unless", "provided", "providing", "once", "whether"})
TEMPORAL_CONDITION_MARKS = frozenset({"until", "till", "after", "before", "when"})
"""Subordinators of a condition (the temporal ones count where the main clause is modal or negated)."""

MODALS = frozenset({"will", "would", "shall", "should", "must", "can", "could", "may", "might", "'ll", "’ll"})

NORMATIVE_WORDS = stems(
    """should must need necessary essential vital crucial important imperative unacceptable
    opportunity chance barrier obstacle path way best right wrong welcome encouraged encouraging
    hope hopeful regret deplorable deserve rightly wisely reason justification matter""".split()
)
"""Words of an author's own argument (op-eds, remarks): "X should …", "the best path", "barriers to peace"."""

FIRST_PERSON = frozenset({"i", "we", "me", "us", "our", "ours", "my", "mine", "myself", "ourselves"})
PLURAL_PRONOUNS = frozenset({"they", "them", "their", "theirs"})
SINGULAR_PRONOUNS = frozenset({"he", "she", "him", "her", "his", "hers", "it", "its"})
RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom", "whose"})
PARTY_NOUNS = stems(
    """sides parties leaders countries governments states neighbours neighbors nations ministers presidents
    premiers delegations""".split()
)
"""Plural heads that point to the parties already named ("both leaders", "the two sides")."""
PARTY_DETERMINERS = frozenset({"both", "two", "the", "all", "these", "those"})
LEAVE_VERBS = stems("allow permit let")
"""Verbs that give someone leave to do a thing ("X allowed Y to return")."""

GENERIC_CUE_WORDS = stems(
    """keep open make include including treat take give allow use power concern concerns security
    right rights presence approach link links region regions side sides state states international
    mutual new foreign leading comprehensive people issue issues process role party parties
    support means actor actors relation relations each other future basis part full fair good
    claim claims conflict protect guarantee conclude ensure provide hold clear hand""".split()
)
"""Label words too common to mark an issue on their own (they count half)."""

STOP_WORDS = frozenset(
    """a an the and or of to in on at by for from with as is are be been being was were it its
    this that these those their his her our your my into over under than then so such not no
    any all every some one two three per via vs etc e.g i.e between within through across both
    also he she they them we us i me him its his hers theirs who whom which what each other
    against""".split()
)

_CONCEPTS = {
    "treati": "peace agreement, treaty, deal, settlement, negotiations, peace talks, "
              "normalization, normalisation, peace process, reconciliation, sign the agreement, "
              "signing the agreement, sign the text, sign any document, peace agenda, want peace, wants peace, signed peace, "
              "agreement … peace",
    "peac": "peace agreement, treaty, peace deal, settlement, normalization, normalisation, "
            "reconciliation",
    "forc": "war, hostilities, fighting, military, attack, aggression, invasion, invade, escalation, "
            "violence, offensive, shelling, clashes, ceasefire, truce, restraint, imposed by force, military means, "
            "military solution, gunfire, bloodshed, take up arms, took up arms, taking up arms",
    # under "threat", whose label weight is whole where "force" is shared: "no intention of resorting to force"
    "threat": "resort to force, resorting to force, resorted to force, use force, using force, threaten force, "
              "settle … by force, solve … by force, resolve … by force, never by force, anything by force",
    "border": "frontier, boundary, delimitation, demarcation",
    "delimit": "delimitation, demarcation, border, frontier, boundary, border commissions, delimitation commissions, "
               "work of the commissions",
    "railwai": "rail, railroad, railway, =trains, railway line, freight, passenger service, passenger services, joint station, table of rates, table of through rates",
    "road": "highway, roads, route, routes",
    "transport": "transit, communications, unblocking, transportation, open … border, reopen … border, "
                 "opening … border, reopening … border, open … borders, reopen … borders, open … crossing, "
                 "reopen … crossing, crossing … open, crossing … reopen",  # a crossing opened
    "corridor": "corridor, route, transit",
    "return": "returnees, resettle, resettlement, repatriation, go home, come back, go back, come home",
    "displac": "refugees, displaced, expelled, deported, idps",
    "refuge": "refugees, displaced, expelled, deported",
    "heritag": "monuments, churches, mosques, cemetery, shrines, monastery, religious sites, bury, buried, burials, "
               "visit … graves, visits … graves, visiting … graves, graves",
    "monument": "monuments, churches, mosques, shrines, monastery",
    "evenli": "even-handed, even-handedness, impartial, impartiality, neutral mediator, honest broker, ~biased, "
              "~one-sided, ~partisan, ~taking sides, ~double standards, ~one side only, ~only … one side",
    "monitor": "observers, observer mission, monitoring mission, monitoring",
    "peacekeep": "peacekeepers, peacekeeping, peacekeeping contingent",
    "sovereignti": "sovereignty, territorial integrity",
    "integr": "sovereignty, inviolability of borders, inviolability of the borders, recognised borders, "
              "recognized borders, ~change … borders, ~changes … borders, ~change … frontier, ~changes … frontier, "
              "~redraw … borders, ~redrawing … borders, ~move the border, ~moves the border, ~moved the border, ~move the borders, ~move borders,  ~revision … borders, ~revise … borders, "
              "~violation … borders, ~violate … borders, ~geopolitical change, ~geopolitical changes, "
              "existing … border, existing … borders, ~border … be changed, ~borders … be changed",
    "withdraw": "pull back, pullout, withdrawal, leave",
    "minoriti": "autonomy, self-government, statute, special status",
    "reintegr": "special status, autonomy, self-government, international guarantees, international protection, "
                "guaranteed internationally, international mechanism, safety … guarantees",  # a return "under international guarantees"
    "pres": "foreign missions, foreign mission, new missions, foreign monitors, international monitors, "
            "liaison office, liaison offices, liaison desk, liaison desks, foreign escort, foreign escorts, "
            "deployment, stationing, foreign troops, foreign forces, extra-regional forces, extra-regional powers, "
            "foreign force, foreign bases, foreign base, foreign soldiers, foreign soldier, foreign uniform, foreign uniforms, "
            "foreign guards, foreign guard, foreign police, foreign policemen, outside police, foreign personnel, "
            "foreign presence, security contractors, outside forces, any third party, third parties, "
            "outside powers, troops on the ground, forces from outside, from outside the region, from beyond the region, "
            "from across the ocean, "
            "foreign instructors, foreign trainers, foreign military instructors, "
            "third state, third states, third country, third countries, personnel of … third, foreign advisers, "
            "team of advisers, anyone outside, "
            "~withdrawal … mission, ~withdrawal … monitors, ~withdrawal … peacekeepers, ~withdrawal … observers, "
            "~mission's withdrawal, ~monitors' withdrawal, ~peacekeepers' withdrawal, "
            "mandate … extended, extend … mandate, extension of … mandate, renew … mandate, renewal of … mandate",
    "perpetrator": "those responsible, culprits, war criminals, brought to justice, bring to justice, punished, "
                   "prosecuted, handed to prosecutors, referred to prosecutors",
    "landmin": "mines, minefields, mine maps, maps of minefields, mine clearance, demining, certified … ground, certifies … ground, certify … ground, certification of the ground, certified … as cleared, quality-assurance team",
    "minefield": "minefields, mine maps, maps of minefields, mines, maps handed over, hand over … maps, "
                 "handing over … maps, handed over … maps",
    "detaine": "captives, captivity, prisoners, detained, hostages, custody, jailed, imprisoned, behind bars, in prison",
    "prisoner": "captives, captivity, detainees, detained, fate … missing, whereabouts, missing since, still missing, "
                "free … held, set free, joint search, search for the missing, mass graves, burial sites, search, searched, "
                "went missing, gone missing, custody, jailed, imprisoned, behind bars, "
                "forensic team, forensic teams, forensic experts, exhumation, exhumations, exhumed, digging, dig, "
                "open … archive, open … archives, hand over … archives, handed over … archives",
    "constitut": "basic law, constitutional change, constitutional amendment, preamble, referendum",
}
"""Label stems → related words a text uses for the same thing (general negotiation vocabulary).

"~" marks a phrase that names the opposite of the label's pole ("a change to the borders"
against their inviolability); "…" stands for up to four words ("change to the recognised borders");
"=" marks a noun whose "-ing" and "-ed" forms say something else ("trains", not "training")."""


def concept_words(label_stem: str) -> tuple[str, ...]:
    """Related phrases for a label word's stem (empty when none is known).

    >>> "ceasefire" in concept_words(stem("force"))
    True
    """
    related = _CONCEPTS.get(label_stem, "")
    return tuple(p.strip() for p in related.split(",") if p.strip())
