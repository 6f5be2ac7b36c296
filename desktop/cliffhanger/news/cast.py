"""Cast with their characters, in the shapes articles write them.

"Actor as Character", "Actor will play / will recur as / joined as / was cast as Character", "Actor, who'll
be playing Character", "Actor from "Show" will play Character", "Actor's character Character", "Actor,
Show's Character", "Character actress Actor", "Character (played by Actor)", and parentheses both ways:
"Actor (Character)" in cast lists ("returning cast includes..."), "Character (Actor)" in prose. Parentheses
that name the actors' other work ("Jason Ritter (Raising Dion)") are not characters.
"""

from __future__ import annotations

import re

from .outlets import OUTLETS
from .patterns import any_of
from .people import FULL, NOT_NAMES, TOKEN, UP, full_names, person, strip_leading, strip_sentence_words

__all__ = ["credits_in", "full_names", "leaving", "quoted_works", "with_antecedent", "with_title"]

_ACTOR = rf"(?P<actor>{FULL}|{TOKEN})"
_TITLES = r"(?:(?:Dr|Mr|Mrs|Ms|Prof|Det|Capt|Sgt|Lt)\.\s+)?"
_CHAR = (
    rf"(?P<character>{_TITLES}(?:{TOKEN})(?:(?:\s+(?:de|da|di|van|von|der|al|of)\s+|\s+)(?:{TOKEN}|\"{TOKEN}\")){{0,3}}"
    rf"(?:\s+(?:of\s+)?the\s+{TOKEN}(?:\s+{TOKEN}){{0,2}})?)"
)  # "Uhak the Silent", "Romzo of the Star Map"
_LINKS = (
    "(?:and|or|as|of|in|on|at|for|from|with|to|who|while|since|de|van|von|al|the)"  # not an adjective's noun
)
_TOWARDS = "(?:for|with|to|against|opposite|alongside|from|in|at)"  # "suitors for Penelope": not Penelope
_DESCRIPTION = any_of(
    "a", "an", "the", "new", "recurring", "regular", "character", "characters", "role", "roles", "part",
    "of", "named", "called", "his", "her", "their", "young", "younger", "older",
    r"[A-Z][\w-]*\.?(?:\s+[A-Z][\w-]*){0,2}'s",
    rf"(?!{_TOWARDS}\b)[a-z][a-z-]*", rf"[A-Z][a-z]+(?=\s+(?!{_LINKS}\b)[a-z][a-z-]+\b(?!'))",
    r'"[a-z][a-z-]*"',
)  # fmt: skip
_DESCRIBED = rf"(?:{_DESCRIPTION},?\s+){{0,5}}"  # "joins as Nevermore's new principal, Barry Dort"
_LEAD = any_of(
    "is", "are", "was", "were", "has been", "have been", "will", "would", "is set to", "is going to",
    "has signed on to", "signed on to", "has", "have", "has been tapped to", "was tapped to",
    "has been cast to",
    "is slated to", "has been enlisted to", "has boarded to", "will return to", "returns to",
    "is returning to", "also", "who'll", "who will", "who has", "(?:has been|have been|was|is) confirmed to",
    "who had", "who", "to",
)  # fmt: skip
_ROLE = r"(?:her|his|their) role as"
_VERB = any_of(
    "play", "plays", "playing", "played", "portray", "portrays", "portraying", "portrayed", "voiced",
    "(?:lend|lends|lending) (?:his|her|their) voice to", "recur as", "recurs as",
    "recurring as", "star as", "stars as", "starring as", "co-stars as", "co-starring as",
    "stars? in the (?:series|show) as", "appear as", "appears as", "return as",
    "returns as", "returning as", "come back as", "comes back as", "coming back as",
    f"reprise {_ROLE}", f"reprises {_ROLE}", f"reprising {_ROLE}", "voice",
    "voices", "voicing", "(?:has been|have been|was|were|is|are) cast as", "joined as", "joins as",
    "joining as", "(?:stepping|steps) into the role of", "(?:was|were) introduced as",
    "(?:has been|have been|was|were|is|are) cast in the (?:[\\w-]+ ){0,2}role of",
    "in the role of", "(?:essay|essays|essaying) the role of", "(?:take|takes) over the (?:lead )?role of",
    "(?:take|takes|taking) on the role of",
    "(?:joins|joined|joining) the (?:line ?-?up|cast|ensemble|team) as",
    "(?:join|joins|joined|joining) the (?:cast|ensemble),? (?:playing|portraying)", "as",
)  # fmt: skip
_PLAYS = rf"{_LEAD}?\s*(?:also\s+|\w+ly\s+)?(?:be\s+)?{_VERB}"
_ASIDE = (
    r"(?:,\s+(?:on the other hand|meanwhile|however|in turn|for (?:his|her|their) part|too),"
    r"|\s*\([^)]{1,60}\)|\s+from\s+\"[^\"]{1,40}\"|,\s+who\s+[^,;]{1,60},\"?"
    r"|\s+from\s+[A-Z][^,.;]{0,30}?(?=,|\s+(?:will|is|was|has|plays|joins|returns)\b)"
    r"|,\s+(?:(?:who is |who's )?(?:best )?known for|fresh off|star of)\s+[^,]{1,60},(?:\s+(?:he|she|they))?"
    r"|\s+in (?:the|a|her|his|their) (?:lead |leading |title |main |recurring )?role"
    r"|\s+(?:has |have )?(?:joined|joins|joining) the (?:[\w-]+ ){0,3}cast of [^,.;]{1,40}?(?=\s+in the role "
    r"of\b)"
    r"|,\s+(?:a|an|another|the)\s+[\w\s-]{0,40}?(?=\s+who\b)){0,2}"
)  # "Tomori Kusunoki from Deca-Dence will be voicing Hisame"
_CHARACTER_WORD = r"(?:character|role|alter ego)(?:\s+on\s+the\s+(?:series|show))?,?\s+"
_JOB_WORDS = (
    r"(?:[a-z][a-z-]+\s+)?(?!(?:director|producer|writer|creator|showrunner|composer|editor|author|partner"
    r"|co-?star|manager|mother|father|brother|sister|daughter)\b)"
    r"(?:[a-z-]+(?:er|or|ist|ian|ess|man|woman)|agent|doctor|cop|detective|lawyer|nurse|surgeon|captain"
    r"|officer|spy|chef|boss|hero|villain|mentor|queen|king|prince|princess)\s+(?=\S+\s+\S)"
)  # "Tom Payne's criminal profiler Malcolm Bright": a person's job, then a full name
_SHAPES = (
    (
        "replaces",
        re.compile(
            rf"{_ACTOR}\s+(?:replaces|is replacing|will replace|replaced|succeeds)\s+{FULL}\s+as\s+{_CHAR}"
        ),
    ),
    ("plays", re.compile(rf"{_ACTOR}{_ASIDE}(?:,|\s+-)?\s+{_PLAYS}\s+\"?{_DESCRIBED}{_CHAR}")),
    (
        "arrived as",
        re.compile(
            rf"(?P<actor>{FULL}),\s+who\s+(?:first\s+)?(?:arrived|appeared|debuted|was introduced|came aboard"
            rf"|joined|returned|recurred)\s+(?:in|on|during)\s+[^,;]{{1,30}}?\s+as\s+{_DESCRIBED}{_CHAR}"
        ),
    ),  # "Will Patton, who arrived in Season 3 as Garrett Randall"
    (
        "performance as",
        re.compile(
            rf"(?P<actor>{FULL}|{TOKEN})(?:,?\s+who)?\s+[^,.;]{{0,80}}?\b(?:her|his|their)\s+(?:performance|turn|portrayal)"
            r"\s+as\s+"
            rf"{_DESCRIBED}{_CHAR}"
        ),
    ),  # "Lynskey, who earned her first Emmy nomination for her performance as Shauna Shipman"
    (
        "starred as",
        re.compile(
            rf"\b(?:starred|stars|starring|starred|featured|features|featuring)\s+(?P<actor>{FULL})\s+as\s+"
            rf"{_DESCRIBED}{_CHAR}"
        ),
    ),  # "The drama, which starred Sarah Parish as bent top cop Elizabeth Bancroft"
    ("character is", re.compile(rf"{_ACTOR}(?:'s|')\s+(?:character|role)\s+is\s+{_DESCRIBED}{_CHAR}")),
    ("possessive", re.compile(rf"{_ACTOR}(?:'s|')\s+(?P<described>{_CHARACTER_WORD}|{_JOB_WORDS})?{_CHAR}")),
    ("appositive", re.compile(rf"{_ACTOR},\s+(?:{TOKEN}\s+){{0,3}}{TOKEN}(?:'s|')\s+{_CHAR}")),
    (
        "his character",
        re.compile(
            rf"^(?:[^,]{{0,30}}?(?:,\s+|\s(?=[A-Z])))?{_ACTOR}\b[^.]{{0,40}}?\b(?:his|her|their) (?:[a-z]+ )?"
            rf"character,?\s+{_CHAR}"
        ),
    ),
    (
        "whom",
        re.compile(
            rf"{_CHAR},\s+(?:a|an|the)\s+[^,;]{{0,60}}?\s+whom\s+{_ACTOR}\s+(?:portrays|plays|voices|played|portrayed)\b"
        ),
    ),  # "Beck, the NYC-based grad student whom Elizabeth Lail portrays"
    (
        "described played by",
        re.compile(
            rf"{_CHAR},\s+(?:a|an|the)\s+[^,;()]{{0,50}}?\s+(?:played|portrayed|voiced)\s+by\s+(?P<actor>{FULL})"
        ),
    ),  # "Brock Holt, a surgeon played by John Stamos"
    ("billed", re.compile(rf"{_CHAR}\s+(?:actor|actress)\s+{_ACTOR}")),
    ("described", re.compile(rf"(?:^|(?<=\.\s)){_ACTOR}\s+is\s+{_CHAR},\s+(?:a|an|the)\s")),
    ("who is", re.compile(rf"(?P<actor>{FULL}),?\s+who\s+is\s+{_CHAR}(?=[.,;]|$)")),
    ("parentheses", re.compile(rf"{_ACTOR}(?:'s|')?\s*[(\[](?P<inner>[^()\[\]]{{2,60}})[)\]]")),
    ("aka", re.compile(rf"(?P<actor>{FULL})\s+(?:aka|a\.k\.a\.)\s+{_CHAR}")),
    ("himself", re.compile(rf"{_CHAR}\s+(?:himself|herself|themselves),\s+{_ACTOR},")),
)
_LIST_CUE = re.compile(
    r"\b(?:cast|stars?|co-stars?|leads|starring|returning|includes?|including|joined by|alongside|along with"
    r"|features?|reprising|ensemble|led by|headlined by|regulars?|namely|welcomes? back|talents of)\b",
    re.IGNORECASE,
)
_CHARACTER_CUE = re.compile(
    r"\bcharacters?(?:,?\s+(?:namely|including|such as|like))?\b|\b(?:the )?story of\b", re.IGNORECASE
)
_OTHER_WORK = re.compile(r"\b(?:alum|best known|known for|replacing)\b")
_WORK_TITLE = re.compile(
    r"^(?:The |A |An )|:|\d|[!?]|\b(?:of|the|and|in|on|to|be|manga|novels?|comics?|webtoon|film|anime)\b"
)  # "Takahiro (Akame ga KILL!)" names the writer's other work
_RANK = re.compile(
    r"(?:Lady|Lord|Sir|Dame|King|Queen|Prince|Princess|Duke|Duchess|Earl|Count|Countess|Baron|Emperor|Empress"
    r"|Captain|Commander|General|Admiral|Colonel|Major|Sergeant|Detective|Inspector|Agent|Doctor|Professor"
    r"|Father|Sister|Brother|Uncle|Aunt|Grandma|Grandpa|Mother|Master|Chief|Lt\.|Capt\.|Sgt\.|Det\.|Dr\.)\s+[A-Z]"
)
_THING_AFTER = re.compile(
    r"(?:\s*\([^()]{1,80}\))?\s+(?:production|company|studio|studios|banner|label|network|series|show|franchise"
    r"|empire|novels?|light novels?|books?|manga|comics?|webtoon|podcast|brand|team|universe)\b"
)  # "Shonda Rhimes' Shondaland production company" names a business, not a character
_PLAYED_BY = re.compile(rf"^(?:played|portrayed|voiced) by\s+(?P<actor>{FULL}|{TOKEN}(?=\s*$))")
_WHO_PLAYS = re.compile(
    rf"^who (?:plays|played|portrays|voices|will play)\s+(?P<character>{TOKEN}(?:\s+{TOKEN}){{0,2}})$"
)


def _works_named(sentence: str, position: int) -> bool:
    """True when the sentence's parentheses name other work ("Elijah Wood (Lord of the Rings)")."""
    inner = [
        part.strip()
        for i in re.findall(r"\(([^()]{2,60})\)", sentence)
        for n, part in enumerate(i.split(","))
        if n == 0 or part.strip()[:1].isupper()
    ]  # "(Veep, Bridget Jones's Diary)", not "(Dean Lennox Kelly, pictured in the above set images)"
    near = sentence[max(0, position - 60) : position]
    return bool(_OTHER_WORK.search(near)) or any(_WORK_TITLE.search(i) for i in inner)


_ACTORS_RETURN_AFTER = re.compile(
    r"(?:,?\s*(?:and\s+)?[^.;()]{0,40}\([^()]{2,40}\))*,?\s+(?:are|will|have been|were)\b[^.;]{0,30}"
    r"\b(?:return|returning|reprise|reprising|back)\b"
)  # "Jessie Mei Li (Alina Starkov), ..., and Calahan Skogman (Matthias Helvar) are all set to return"


def _actor_first(before: str, outer: str, inner: str) -> bool:
    """Which way round "Name (Name)" goes: actor first in a cast list ("returning cast includes A (C), B (D)
    and..."), character first in prose and after "characters"."""
    if re.search(r"\b(?:played|portrayed|voiced) by\s+$", before):
        return True  # "played by Steve Carell (Mitch Kessler)"
    if bool(_RANK.match(outer)) != bool(_RANK.match(inner)):
        return bool(_RANK.match(inner))  # "Lady Danbury (Adjoa Andoh)": a rank belongs to the character
    cues = [(m.end(), True) for m in _LIST_CUE.finditer(before)]
    cues += [(m.end() + 1, False) for m in _CHARACTER_CUE.finditer(before)]  # "characters namely" wins
    if cues:
        end, actor_first = max(cues)
        between = re.sub(r"\([^()]*\)|\b[A-ZÀ-Þ][\w'.-]*|\band\b|[,:]", " ", before[end:])
        if len(between.split()) <= 3:
            return actor_first
    return " " in outer and " " not in inner  # "Danielle Brooks (Taystee)"


_AWARD = re.compile(r"(?:Best|Outstanding|Favou?rite|Most)\b")
_NETWORK_LETTERS = {
    "HBO",
    "FX",
    "AMC",
    "ABC",
    "CBS",
    "NBC",
    "BBC",
    "ITV",
    "TNT",
    "USA",
    "CW",
    "MTV",
    "TBS",
    "PBS",
}
_CREW_BEFORE = re.compile(
    r"\b(?:producer|showrunner|director|writer|creator|author|novelist|composer|executive)\s+$", re.IGNORECASE
)  # "producer Mark Johnson (Breaking Bad)" names his work


def _initials(name: str) -> str:
    """ "DP" for "D.P." and for "Deserter Pursuit"; "" for a single word."""
    if "." in name or name.isupper():
        return re.sub(r"[^A-Z]", "", name)
    return "".join(w[0] for w in name.split() if w[:1].isupper()) if " " in name else ""


def _inner_name(inner: str) -> str:
    """The name a parenthesis gives, without what describes it: "guest star Hannaha Hall", "fellow
    PDSA-sufferer Amy", "Kieren's sister, Jem"."""
    if re.search(r"\b(?:known as|aka|also called|formerly)\b", inner):
        return ""  # "(otherwise known as Deserter Pursuit)" names the show again
    described = re.match(r"^[^,]*'s?\s+[a-z][\w-]*,\s+(?P<name>.+)$", inner)
    name = described["name"] if described else inner.split(",")[0]
    words = name.strip().split()
    while len(words) > 1 and (words[0][:1].islower() or re.search(r"-[a-z]", words[0])):
        words.pop(0)
    return " ".join(words)


_CREW_AFTER = re.compile(
    r"(?:\s+and\s+[^.;]{0,60}?)?\s+(?:directed|designed|handled|wrote|composed|produced|performed)\b"
    r"|,\s+who (?:also )?(?:executive[- ])?(?:produces?|directs?|writes?)\b"
    r"|\s*,?\s+(?:directing|writing|producing|(?:will|to) (?:direct|write|produce)\b"
    r"|(?:will )?(?:return|serve|stay|come on|come aboard)s? as (?:\w+ )?"
    r"(?:showrunner|director|writer|producer))",
    re.IGNORECASE,
)


def _parenthesised(match: re.Match[str], sentence: str, names: dict[str, str]) -> tuple[str, str] | None:
    outer, inner = strip_leading(match["actor"]), _inner_name(match["inner"])
    raw = match["inner"].split(",")[0].strip()
    who_plays = _WHO_PLAYS.match(raw)
    if who_plays:  # "Austin North (who plays Topper)"
        actor = person(outer, names)
        return (actor, who_plays["character"]) if actor else None
    played_by = _PLAYED_BY.match(raw)
    if played_by:
        actor = person(played_by["actor"], names)
        return (actor, outer) if actor else None
    if (
        len(inner.split()) > 4
        or _AWARD.match(outer)  # "Best Actress (Moss)"
        or not re.match(UP, inner)
        or (inner.isupper() and (len(inner) > 3 or inner in _NETWORK_LETTERS or sentence.count("(") < 3))
        or (len(_initials(inner)) > 1 and _initials(inner) == _initials(outer))  # "D.P. (Deserter Pursuit)"
        or (
            re.search(rf",\s*{UP}", match["inner"]) and not re.search(r"'s?\s+[a-z][\w-]*,", match["inner"])
        )  # "(Breaking Bad, Better Call Saul)", not "(Kieren's sister, Jem)"
        or _CREW_BEFORE.search(sentence[: match.start("actor")])
        or ("[" in match.group(0) and " " not in inner)  # "M. Night [Shyamalan]" completes a name
        or _works_named(sentence, match.start())
        or _THING_AFTER.match(sentence[match.end() :])  # "Iron Bloom (Tetsu no Hana) manga": a title twice
    ):
        return None
    if _CREW_AFTER.match(sentence[match.end() :]):
        return None  # "Jack Bender (Lost) directing the new season"
    if re.match(rf"\s*,?\s+(?!as\s+[a-z]){_PLAYS}\s", sentence[match.end() : match.end() + 40]):
        return None  # "Jake Weber (Medium) will play..." names another of the actor's shows
    if " " not in inner and names.get(inner, inner) != inner and names[inner] != outer:
        return names[inner], outer  # "chef Carmy Berzatto (White)": the article named Jeremy Allen White
    listed_back = (
        sentence.count("(") > 1
        and _ACTORS_RETURN_AFTER.match(sentence, match.end())
        and not _RANK.match(outer)
    )
    if _actor_first(sentence[: match.start()], outer, inner) or listed_back:
        actor = person(outer, names)
        return (actor, inner) if actor else None
    actor = person(inner, names)
    return (actor, strip_sentence_words(match["actor"])) if actor else None


_DESCRIBING_WORD = re.compile(r"^(?:Young|Old|Former|Brilliant|Charming|Mysterious)\s+")
_IN_A_LIST_OF_WORKS = re.compile(r"\([^()]*,\s*$")
_VOICED_BY_ASIDE = re.compile(r"\(\s*(?:played|portrayed|voiced) by\b")


def _pair(shape: str, match: re.Match[str], sentence: str, names: dict[str, str]) -> tuple[str, str] | None:
    if shape == "parentheses":
        return _parenthesised(match, sentence, names)
    if shape == "described played by":
        actor = person(match["actor"].strip().rstrip("."), names)
        return (actor, strip_sentence_words(match["character"].strip())) if actor else None
    if shape == "himself":
        actor = person(match["actor"], names)  # "Jack Reacher himself, Alan Ritchson, revealed"
        return (actor, match["character"].strip()) if actor else None
    if shape == "billed" and " " not in match["character"].strip():
        return None  # "English actor Henry Cavill"
    if shape == "billed" and re.search(r"(?:\band|[A-Z][\w.]*,)\s+$", sentence[: match.start()]):
        return None  # "The Americans and Luke Cage actress Karen Pittman" lists her other work
    if shape == "plays" and re.match(r",?\s+(?:playing|portraying)\b", sentence[match.end("character") :]):
        return None  # "has joined the cast as Speechless, playing a character with ...": the role follows
    if shape == "plays" and _VOICED_BY_ASIDE.search(match.group(0)):
        return None  # "Kana Arima (voiced by Megumi Han) will play Tsurugi": a role the character plays
    if shape == "plays" and _REPLACING.search(sentence[: match.start()]):
        return None  # "Hemsworth replaces Henry Cavill as Geralt": Cavill no longer plays him
    if shape == "plays" and re.search(
        r"\b(?:played|portrayed|voiced|played here) by\s+(?:(?:the\s+)?(?:actor|actress|star)\s+)?"
        r"(?:(?:[a-z][\w-]*|[A-Z][\w-]*'s?)\s+){0,3}$",
        match.group(0)[: match.start("character") - match.start()],
    ):
        actor = person(
            match["character"].strip().rstrip("."), names
        )  # "Charlotte, played by India Amarteifio"
        character = _DESCRIBING_WORD.sub(
            "", strip_sentence_words(match["actor"])
        )  # ranks kept: "Captain Ivo"
        return (actor, character) if actor else None
    if shape == "possessive" and _IN_A_LIST_OF_WORKS.search(sentence[: match.start()]):
        return None  # "(Veep, Bridget Jones's Diary)"
    if shape == "possessive" and _THING_AFTER.match(sentence[match.end("character") :]):
        return None
    if shape == "possessive" and _SOURCE_WORK_BEFORE.search(sentence[: match.start()]):
        return None  # "based on the events of Gabaldon's Voyager": her novel
    if shape == "plays" and _ANOTHERS_ROLE.search(match.group(0)[: match.start("character") - match.start()]):
        return None  # "Norris will play the father of Rose McIver's character, Sam": Sam is hers
    if shape == "plays" and re.search(r"\bas well as\b", match.group(0)):
        return None  # "Joanne Froggatt and Kevin Doyle, as well as Lesley Manville" lists actors
    if shape == "plays" and _CLAUSE_AFTER_AS.search(match.group(0)):
        return None  # "Wednesday (Jenna Ortega) as she attends Nevermore Academy"
    if shape == "plays" and _ROLE_IN_ANOTHER_WORK.match(sentence, match.end("character")):
        return None  # "Kusunoki, who will be voicing Makima in the upcoming Chainsaw Man anime series"
    if shape == "plays" and _EARLIER_ROLE.search(sentence[match.start() : match.end() + 40]):
        return None  # "Lloyd, who played Uncle Fester in the 1991 Addams Family film"
    character = strip_leading(match["character"]) if shape == "billed" else match["character"].strip()
    if shape == "described" and " " not in match["actor"].strip() and match["actor"].strip() not in names:
        return None  # "Solis is Tom Wallace, a diplomat" needs Solis named in full earlier
    character = character.rstrip(".'")
    if re.match(r"(?:'s|')(?:\s|$)", sentence[match.end("character") :]) and shape != "billed":
        return None  # "... protect James Marsden's US president": a possessor, not a character
    if (
        shape == "possessive"
        and " " in match["actor"].strip()
        and " " in character
        and not match["described"]
        and match["actor"].split()[-1] not in getattr(names, "alone", ())
        and not re.search(r"\b(?:follows|following|as|with)\s+$", sentence[: match.start()])
    ):
        return (
            None  # "Gossip Girl's Penn Badgley" is an actor; "Blair Underwood's" is one when "Underwood" acts
        )
    if re.search(
        r"-(?:winning|nominated|starring|led|based|born|produced|written|directed|like|style)\b", character
    ):
        return None  # "Donald Glover's Emmy-winning comedy"
    actor = person(_nearest_four(strip_leading(match["actor"])), names)
    if not actor or not character or NOT_NAMES.fullmatch(character) or character.isupper():
        return None
    return (actor, character) if actor.casefold() != character.casefold() else None


def _nearest_four(actor: str) -> str:
    """Four capitalised words before "as" are two names run together ("Masato Sendō Hiroyuki Yoshino as
    Hiroaki Sakata" from a list that lost its line breaks): the actor is the last two."""
    tokens = actor.split()
    return " ".join(tokens[-2:]) if len(tokens) == 4 and all(t[:1].isupper() for t in tokens) else actor


_REPLACING = re.compile(r"\b(?:replaces|replacing|replaced|succeeds|taking over from|takes over from)\s+$")
_LEAVING = re.compile(
    r"\b(?:not be (?:returning|back|reprising|coming back)|won't be (?:back|returning|reprising|coming back)"
    r"|will not (?:return|be back)"
    r"|(?:is|are) leaving|exits?|departure|replaced by|recast|died|passed away)\b",
    re.IGNORECASE,
)


_ANOTHERS_ROLE = re.compile(r"\b(?:of|to)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*'s?\s+(?:character|role)\b")


def leaving(sentences: list[str], names: dict[str, str]) -> set[str]:
    """The people the article says are not coming back ("its two main stars in Sean Bean and Stephen Graham
    won't be coming back"): their roles elsewhere in it are the earlier seasons'."""
    gone = set()
    for sentence in sentences:
        if not _LEAVING.search(sentence):
            continue
        for match in re.finditer(rf"(?<![\w]){FULL}|(?<![\w]){TOKEN}", sentence):
            who = person(match.group(0), names)
            if who:
                gone.add(who.casefold())
    return gone


_SOURCE_WORK_BEFORE = re.compile(r"\b(?:based on|adapted from|adapts?|inspired by)\b[^.;]{0,30}$", re.I)
_CLAUSE_AFTER_AS = re.compile(r"\bas\s+(?:she|he|they|it|we|you|i)\b")
_ROLE_IN_ANOTHER_WORK = re.compile(
    r"\s+(?:in|on|for|from)\s+(?:the\s+)?(?:upcoming\s+|new\s+|hit\s+)?(?-i:[A-Z])[\w'!:-]*"
    r"(?:\s+(?-i:[A-Z0-9])[\w'!:-]*){0,4}\s+(?:anime|series|show|film|movie|season|game)\b",
    re.IGNORECASE,
)
_EARLIER_ROLE = re.compile(
    r"\b(?:who|previously|once|formerly) (?:played|portrayed|voiced)\b[^.;]{0,50}"
    r"\bin (?:the )?(?:\d{4}|original)\b"
)
_JOB_BEFORE = re.compile(
    r"^(?:(?-i:[A-Z]{2,5})\s+(?:Lawyer|Attorney|Agent|Officer|Analyst|Director|Doctor|Nurse|Operative|Officer)"
    r"|(?:Supervisory )?Special Agent)\s+"
)  # "CIA Lawyer Owen Hendricks" is Owen Hendricks
_ITEM = rf"(?:{FULL}|{TOKEN})"
_ITEMS = rf"{_ITEM}(?:,\s+{_ITEM}){{0,6}},?\s+and\s+{_ITEM}"
_LISTS = (
    re.compile(
        rf"(?P<actors>{_ITEMS}),?\s+(?:[a-z']+\s+|(?:in|for) (?:Season|Series) "
        rf"\d+\s+){{1,6}}?(?<!well )as\s+(?P<chars>{_ITEMS})\b"
    ),
    re.compile(
        rf"(?P<actors>{_ITEMS})\s+(?:provide the voices "
        rf"(?:of|for)|voice|play|portray)\s+(?P<chars>{_ITEMS})\b(?:,?"
        r"\s+respectively\b)?"
    ),
    re.compile(
        rf"(?P<chars>{_ITEMS}),[^.;]{{0,80}}?\b(?:played|portrayed|voiced) by\s+(?P<actors>{_ITEMS})\b"
    ),
)  # "A, B and C will reprise their roles as X, Y and Z"; "X and Y, ... played by A and B (respectively)"


def _items(text: str) -> list[tuple[int, str]]:
    parts, position = [], 0
    for piece in re.split(r"(,\s+(?:and\s+)?|\s+and\s+)", text):
        if piece and not re.fullmatch(r",\s+(?:and\s+)?|\s+and\s+", piece):
            parts.append((position, piece.strip()))
        position += len(piece)
    return parts


def _lists(sentence: str, names: dict[str, str]) -> list[tuple[int, int, str, str]]:
    """Pairs from two lists of the same length, in order: (start, end, actor, character)."""
    found = []
    sentence = re.sub(
        r"\s*\([^()]{1,60}\)", lambda m: " " * len(m.group(0)), sentence
    )  # "Joseph Morgan (Vampire
    # Diaries) and Cristina Rodlo (...) have joined the cast as X and Y"
    for pattern in _LISTS:
        for match in pattern.finditer(sentence):
            actors, chars = _items(match["actors"]), _items(match["chars"])
            if len(actors) > len(chars) and match.start("actors") < match.start("chars"):
                actors = actors[-len(chars) :]  # "In Casual, Watkins and Dewey play Valerie and Alex"
            if len(actors) != len(chars):
                continue
            for (_, actor), (offset, character) in zip(actors, chars, strict=True):
                who = person(actor, names)
                if who and not NOT_NAMES.fullmatch(character):
                    found.append((match.start("chars") + offset, match.end(), who, character))
    return found


def credits_in(sentence: str, names: dict[str, str]) -> list[tuple[str, str]]:
    """(actor, character) pairs the sentence states, in the order it states them; none from a sentence
    about someone leaving."""
    return [(actor, character) for actor, character, _ in shaped_credits_in(sentence, names)]


def shaped_credits_in(sentence: str, names: dict[str, str]) -> list[tuple[str, str, bool]]:
    """The sentence's (actor, character) pairs, each marked True when a verb states it ("X plays Y") rather
    than a parenthesis ("X (Y)"), which may also name other work."""
    if _LEAVING.search(sentence):
        return []
    listed = _lists(sentence, names)
    found: list[tuple[int, str, str, bool]] = [(start, actor, char, True) for start, _, actor, char in listed]
    taken: list[tuple[int, int]] = [(start, end) for start, end, _, _ in listed]
    for shape, pattern in _SHAPES:
        for match in pattern.finditer(sentence):
            if any(start < match.end() and match.start() < end for start, end in taken):
                continue
            pair = _pair(shape, match, sentence, names)
            if (
                pair
                and pair[1].casefold() not in _NOT_ROLES  # "joining Scream Queens, as TVLine reports"
                and not any(
                    _NEWS_WORD.search(name) for name in pair
                )  # "Premiere Date Hopes as Filming Wraps"
            ):
                found.append((match.start(), *pair, shape != "parentheses"))
                taken.append(match.span())
    return [(actor, _JOB_BEFORE.sub("", character), said) for _, actor, character, said in sorted(found)]


_QUOTED = r"(?:\"(?P<{0}>[^\"]{{2,40}}?)\"|'(?P<{0}_>(?:[^']|'(?=[a-z])){{2,40}}?)')"
_QUOTED_WORK = re.compile(
    rf"(?:\b(?:on|in|of|from)\s+(?:{UP}\w+'s\s+|the\s+)?{_QUOTED.format('after')}"
    rf"|{_QUOTED.format('before')}\s+(?:stars?|alums?|actors?|actress(?:es)?|veterans?)\b)"
)


def quoted_works(sentences: list[str]) -> set[str]:
    """Names the article writes in quotes as works: "a captain on "NYPD Blue"", "'Grey's Anatomy' stars"."""
    found = set()
    for sentence in sentences:
        for match in _QUOTED_WORK.finditer(sentence.replace("\u2018", "'").replace("\u2019", "'")):
            name = next(group for group in match.groups() if group)
            found.add(name.strip(" ,.").casefold())
    return found


_NEWS_WORD = re.compile(
    r"\b(?:filming|wraps?|premieres?|date|release|season|renewed|renewal|cancell?ed|trailer|production|hopes"
    r"|casting)\b",
    re.IGNORECASE,
)
_NOT_ROLES = frozenset(name.casefold() for name in OUTLETS) | {
    "twitter", "instagram", "tiktok", "youtube", "facebook", "threads", "blog", "weibo",
}  # fmt: skip
_PRONOUN_PLAYS = re.compile(
    r"^(?:He|She|They)(?=(?:'ll\s+be|'ll|\s+will\s+be|\s+is\s+going\s+to\s+be)?"
    r"\s+(?:also\s+|will\s+|is set to\s+|is\s+|are\s+)?(?:plays|played|portrays|portrayed"
    r"|voices|voiced|play|portray|voice|playing|portraying|voicing|stars as|star as)\b)"
)


_OWN_TITULAR = re.compile(r"(?<=[a-z])'s? titular (?:[A-Za-z-]+ ){0,3}?[a-z]+\b")
_TITULAR = re.compile(
    r"\bthe (?:titular|title) (?:[a-z-]+\s+){0,2}?(?:character|role|[a-z-]+)(?=,?\s+(?:played|portrayed"
    r"|voiced) by\b)"
)


def with_title(sentence: str, title: str) -> str:
    """ "the titular game warden portrayed by Michael Dorman" with the title written for "the titular ...",
    and "John Krasinski's titular CIA analyst" as "John Krasinski plays" the title."""
    if not title:
        return sentence
    return _OWN_TITULAR.sub(f" plays {title}", _TITULAR.sub(f"the character {title}", sentence))


_THEY_RESPECTIVELY = re.compile(
    r"^They\s+(?=(?:provide the voices (?:of|for)|voice|play|portray)\s[^.]*\brespectively\b)"
)
_PEOPLE_LISTED = re.compile(rf"{FULL}(?:,\s+{FULL})*,?\s+and\s+{FULL}")


def with_antecedent(sentence: str, previous: str, names: dict[str, str], title: str = "") -> str:
    """The sentence with its "he", "she" or a plural "they ... respectively" written as the people the
    sentence before names ("Miyu Tomita, Mariya Ise, and Shiori Izawa ... They provide the voices for Riko,
    Reg, and Nanachi, respectively")."""
    they = _THEY_RESPECTIVELY.match(sentence)
    listed = _PEOPLE_LISTED.search(previous) if they else None
    if they and listed:
        return listed.group(0) + " " + sentence[they.end() :]
    return _with_person(sentence, previous, names, title)


def _with_person(sentence: str, previous: str, names: dict[str, str], title: str = "") -> str:
    """ "He plays the role of Ben" with "he" written as the person the sentence before names first
    ("TVLine reported that Jay R. Ferguson will be a series regular."), words of the title not counted."""
    pronoun = _PRONOUN_PLAYS.match(sentence)
    if not pronoun:
        return sentence
    for candidate in re.finditer(rf"(?<![\w]){FULL}", previous):
        actor = person(candidate.group(0), names)
        if actor and not (title and actor.casefold() in title.casefold()):
            return actor + re.sub(r"^'ll\b", " will", sentence[pronoun.end() :])
    return sentence
