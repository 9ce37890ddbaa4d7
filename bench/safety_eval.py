"""Score the safety rules on the labelled sets and time them.

Usage: .venv/bin/python bench/safety_eval.py [--passes N] [--misses] [--sets FILE ...]

Prints crisis recall (explicit, indirect, misspelt, slang), false alarms (hyperbole, peer,
recovery; and negation + quoting), contact recall and false blocks, abuse-list false hits, and
mean / p99 microseconds per message for all checks together. Targets come from issue 4.
Each data file is scored on its own, with a per-category table; --misses lists wrong lines.
safety_eval/holdout were in view while the rules were written. safety_blind.jsonl was written
before its author read the rules (first score: crisis recall 0.605, contact recall 0.906), then
the rules were improved with its misses in view. safety_fresh.jsonl was written after that and
the rules were NOT tuned on it (first score: crisis recall 0.609, false alarms 0.050); the
clause-level scorer (crisis_clause.py) was then developed with its misses in view.
safety_unseen.jsonl was written before the clause scorer existed and scored once (recall 0.833,
false alarms 0.058); the next round then fixed its misses, so it is a development set now.
safety_unseen2.jsonl was written at the start of that round, before its author read the rules,
and scored once at the end without tuning: it is the honest estimate for unseen phrasing.
safety_unseen3.jsonl and safety_unseen4.jsonl were then written blind, by someone who never
saw the rules. First scores: unseen3 crisis recall 0.583, false alarms 0.034, contact recall
0.88; unseen4 crisis recall 0.550. Phrase rules clearly did not generalise, so a learned
component was added (crisis_model.py, trained by bench/train_crisis_model.py on every set
except unseen4, with its threshold chosen by leave-one-file-out cross-validation), the
normaliser learnt heavier misspellings, and the contact guard learnt "oh" read as zero and leet
at the start of platform names; unseen2 and unseen3 are development sets since that round.
safety_unseen4.jsonl was then scored once, untuned: crisis recall 0.783 (misses mostly indirect
and misspelt), urgent agreement 10/21, false alarms 0.070 (recovery lines told in the past,
one peer line), contact recall 0.84 (obfuscated 9/12), 1 false block of 173. The next round
made it a development set: past/recovery context (stretches of life that are over, "havent
in 2 years", care that worked), means set out ready, proxy goodbyes, letter-trigram and
tense/person features for the model, split platform names and digits dictated with "then".
safety_unseen5.jsonl, written blind during that round, was scored once, untuned: crisis recall
0.867 (explicit 12/15, indirect 13/15, misspelt 12/15, slang 15/15), urgent agreement 13/20,
false alarms 0.070 (hyperbole 1, peer 1, recovery 2 of 57; all four from the rules: a past
"when i was suicidal", a reply "youve been thinking about suicide", "fake my own death"),
negation/quote 1/16, contact recall 0.926 (obfuscated 11/13), false blocks 0/175. The next
round made it a development set: replies and reports ("youve", "hed", "a patient told me he"),
past frames ("when i was", a recovery told as now), idioms holding a risk word, and a higher
bar for the model alone when no first-person cue of the present is in the text.
safety_unseen6.jsonl, written blind during that round, was scored once, untuned: crisis recall
0.817 (explicit 12/15, indirect 11/15, misspelt 14/15, slang 12/15), urgent agreement 12/20,
false alarms 0.035, negation/quote 1/16, contact recall 0.760 (obfuscated 6/12), false blocks
5/173 (an ISBN and an order number, and three replies opening with "@name"). The next round
made it a development set: numbers given in parts or with "hundred", platform nicknames ("the
bird app"), platform names used as verbs, tags and emails said in words, identifiers introduced
as such, replies addressed to "@name"; and the contact passes were gated to cut the worst case.
safety_unseen7.jsonl, written blind during that round, was scored once, untuned: crisis recall
0.900 (explicit 15/15, indirect 10/15, misspelt 14/15, slang 15/15), urgent agreement 13/20,
false alarms 0.018, negation/quote 0/16, contact recall 0.923 (obfuscated 11/13), false blocks
2/173; the worst case of all checks on 2000 characters was ~1.7-1.9 ms. The next round made it
a development set (and training data for the model), added urgency cues (means acquired or
put by, a day named as "the day", weekday and clock times, thanks said as a goodbye), and
contact cues (codes introduced as identifiers, a name on a platform then "add me", emails
described "at the google mail one"); and it cut the worst case: one word scan per message
gates the normaliser's passes, slang and typos are dictionary lookups, sentences no rule can
fire on are skipped, a long message already of concern is only scanned for urgency, and the
abuse and contact passes are gated by literal-first tests. The worst case is now also timed
on messages never seen before: timing one text again reuses what was computed for it.
safety_unseen8.jsonl, written blind during that round, was scored once, untuned: crisis recall
0.883 (explicit 14/15, indirect 12/15, misspelt 13/15, slang 14/15), urgent agreement 17/20,
false alarms 0.070 (hyperbole 3/20, recovery 1/12: jokes such as "wanna kms" with a laughing
emoji), negation/quote 1/16, contact recall 0.920 (obfuscated 10/12), false blocks 0/174; a
new 2000-char message took a median 2.7-3.4 ms (max ~4.1 ms). The next round made it a
development set (and training data for the model).
safety_unseen9.jsonl, written blind during that round, was scored once, untuned: crisis recall
0.902, urgent agreement 13/21, false alarms 0.053 (hyperbole 2, peer 1), contact recall 0.808
(21/26; obfuscated 8/13), false blocks 0/176. The next round made it a development set for the
contact guard (handles described in words, letters spelt out one by one, "at sign", digit
groups split by "..." or " / " or glued to number words); the crisis model was not retrained.
safety_unseen10.jsonl, written blind during that round, was scored once, untuned: crisis
recall 0.917, urgent agreement 12/18, false alarms 0.088, contact recall 0.846, false blocks 0.
safety_unseen11.jsonl, written blind before round 8, was scored once with the round-7 rules and
model, untuned: crisis recall 0.950 (57/60), urgent agreement 15/18, false alarms 0.018 (1/57),
negation/quote 0/16, contact recall 0.846 (obfuscated 10/13), false blocks 0/175. Round 8 made
unseen9-11 training data for the model (C_REG 1.0 -> 0.6: the looser fit had learnt "warm" as
"arm" and "car ... garage" from one line each) and added urgency cues: an event named as the
moment ("after the funeral", "before exams", "when it gets dark", "while my flatmate is
away"), a date chosen, affairs put in order (who gets what, the pets seen to, everything
sorted), plural cliffs/bridges; and the contact guard's round 8.
safety_unseen12.jsonl, written blind before round 8, was scored once after it, untuned: crisis
recall 0.983 (59/60; explicit, indirect and misspelt 15/15, slang 14/15), urgent agreement
17/18, false alarms 0.018 (1/57: "throwing myself off the sofa" about a football match),
negation/quote 0/16, contact recall 0.923 (24/26; obfuscated 12/13), false blocks 0/175.
Round 9 tuned the contact guard on its two misses (a handle after "its", underscores typed
with spaces around them, "tele" for telegram before a handle-shaped name) and the model was
retrained with it.
safety_unseen13.jsonl, written blind during round 9, was scored once after it, untuned: crisis
recall 0.967 (58/60: one indirect "waiting for my time to be over", one slang "si is really
bad"), urgent agreement 15/18, false alarms 0.000 (0/57), negation/quote 1/16 (a novel's
self-harm scenes), contact recall 0.923 (24/26: digits separated by emoji, an email described
as first name, last name and a number at gmail), false blocks 0/175. Round 10 tuned on it:
emoji between digits, "si is really bad", text-speak spellings of a plan ("wen", "sved",
"evrything"); the model was retrained with it.
safety_unseen14.jsonl, written blind during round 10, was scored once after it, untuned: crisis
recall 0.967 (58/60), urgent agreement 15/18, false alarms 0.018 (1/57; and a weight-loss line
among the numbers), negation/quote 2/16, contact recall 0.885 (obfuscated 10/13: a name here
"backwards on insta", a leet email "at 0utl00k d0t c0m", a handle spelt with dashes and an
underscore), false blocks 0/176. Round 11 tuned on it: those three contact families, a relapse
about to happen ends a "days clean" story, "i know exactly how", means told object first
("pills are saved up"), a quarry as a place, "fink"; pharmacy pickups ("pills are ready at the
pharmacy", urgent before) no longer count as means set out; the model was retrained with it.
safety_unseen15.jsonl, written blind during round 11, was scored once after it, untuned: crisis
recall 0.967 (58/60), urgent agreement 16/18, false alarms 0.088 (5/57: a football "I want to
die", "kms ... lmao" about one's own voice, old scars told as part of a story, a relapse "back in
March" now 100 days clean, comparing oneself on social media; the round-10 code flagged the same
five), negation/quote 1/16 (a teacher asking about a pupil's essay), contact recall 0.885
(obfuscated 10/13: dots to take out, "dot four two" said in words, the yellow-ghost app with a
name said in words), false blocks 0/175. Round 12 tuned on it: a match lost told beside a bare
"i want to die" is an outburst, not risk; trivial triggers such as one's own voice or selfies
for a laughing "kms"; praying to be taken; "the plan is done"; people away "at the lake house";
arrows and "dot" said in handles, the app "with the yellow ghost", suffixes described after a
username; the model was retrained with it.
safety_unseen16.jsonl, written blind during round 12, was scored once after it, untuned: crisis
recall 0.933 (56/60: indirect 12/15 - no future pictured, running out of reasons to stay, a
walk to the train line after a shift; slang "s/h ... was 40 days clean"), urgent agreement
16/18, false alarms 0.088 (5/57: "actually want to die" after a match, "killing myself over
this spreadsheet", two recoveries told with the past in one clause, feeling behind at school),
negation/quote 0/16, contact recall 0.962 (25/26: a house number said in words beside a
street), false blocks 0/175. Round 13 tuned on it: a time counts only in the clause of the act
or of intent ("thinking about killing myself and tonight its louder" and a self-harm episode
"again tonight" are concern, not urgent), no future pictured with oneself in it, running out of
reasons to stay, making it all stop for good, a railway line as a means, everything in the
cabinet, an urge "right now so bad" beside a streak, "killing myself over this spreadsheet",
"actually want to die" after a match, recoveries seen from "ten years on" or "now im okay", a
door number beside a named street; the model was retrained with it.
safety_unseen17.jsonl, written blind at the start of round 13 (its writer never read the rules),
was scored once after that round, untuned: crisis recall 0.967 (58/60: a misspelt "sucide evry
day now", slang "sui ideation back"), urgent agreement 17/18, false alarms 0.035 (2/57: a plan
"before 30" told from age 34, a relapse "back in march" then clean since), negation/quote 0/16,
contact recall 0.962 (25/26: digits given as an area code, a "middle bit" and a year to look up),
false blocks 2/175 (a helpline's 10-digit number, a thank-you naming two @aliases). Round 14
tuned on it: an urge or a recurring episode at a time is not a plan, a note "is written" is,
"never used to be this bad" is not the past, "sui ideation", "evry", a life stage spent ("i
spent my 20s"), a relapse "back in march"; people thanked or greeted by @name and names listed
with them are mentions, a "middle bit" of digits is a number in parts, more national helplines
(IN, NZ, ZA, AU, IE, CA, GB) pass; the model was retrained with it.
safety_unseen18.jsonl, written blind during round 14, was scored once after it, untuned: crisis
recall 0.950 (57/60), urgent agreement 13/18 (misspelt plans: "writen my sucide note", "bought
the stuf", "blaeds r next to me"), false alarms 0.070 (4/57: "kms if arsenal bottle the league",
"i want to die (of boredom) 😂", "yeet myself into the sun", "two years ago tonight i tried"),
negation/quote 2/16, contact recall 0.769 (20/26; obfuscated 7/13: Cyrillic look-alike letters in
an email, the "purple gaming chat app", the "paper plane app", the "📸 app", leet with "(at)", a
number split across two sentences), false blocks 1/175 (two aliases with spaces @mentioned).
Round 15 tuned on it: a wish at a time is not a plan, an anniversary "ago tonight" is the past,
"kms if <team> bottle the league", "die (of boredom)", "yeet myself into the sun", "zero
thoughts of", wounds reopened, a store of tablets "a months worth", "the last time ill log on",
letters "to everyone", typos of plans ("writen", "lyfe", "blaeds"), a streak slipping, a
teacher's reading of a song; Cyrillic and Greek look-alike letters inside Latin words read as
Latin, leet addresses with "(at)" and "d0t", apps described or drawn ("the purple gaming chat
app", "the paper plane app", "the 📸 app"), "the rest is" after digits, a platform then
"username is", aliases of two words listed; the model was retrained with it.
safety_unseen19.jsonl, written blind during round 15, was scored once after it, untuned: crisis
recall 0.867 (52/60; indirect 9/15: "only still here because of my cat", pidgin "make e just
take me for sleep", "top floor of the car park ... not going back down", "letters to my kids
are written and sealed", "razors on the sink, bath is running"; slang 13/15: a "not wanting to
exist era", "respawn in a different life"), urgent agreement 15/18, false alarms 0.018 (1/57),
negation/quote 1/16, contact recall 0.885 (obfuscated 10/13: "[at]" and "[d0t]", letters with
dots to take out, "t(.)me/"), false blocks 0/175. Round 16 tuned on it: staying only for
another ("only still here because of my cat"), begging God to be taken (pidgin too), physical
pain sought, not walking back down from a height, not coming out of a bath, gone before they
wake, letters to one's children sealed, respawning in another life, a self-quoted "era", the
concept asked about ("asked me what self harm is"), an urge "so badly tonight" is no plan,
dying of a chore; "[d0t]", "t(.)me", separators to take out near a platform. The model was
retrained with it and with bench/crisis_train_extra2.jsonl (500 lines written for training only
by a helper who never read the rules or the sets; leave-one-file-out pooled recall 0.966 ->
0.973 at the same false-alarm rate, 0.017).
safety_unseen20.jsonl, written blind during round 16, was scored once after it, untuned: crisis
recall 0.950 (57/60: "tired of being here at all", "want all of it to end, me included", "kys
territory"), urgent agreement 17/18, false alarms 0.035 (2/57: "365 days self-harm free", a
discharge after an attempt "the year before last"), negation/quote 1/16, contact recall 0.885
(obfuscated 10/13: an email reversed, x's between digits, spaced letters "all lowercase no
spaces"), false blocks 2/175 (Samaritans' "116 123, 24/7" read with the 24, an @alias thanked at
the end). Round 17 tuned on it: thinking about it at a time is no plan, "tired of being here"
at a sentence's end (not "here in this town"), "all of it to end", the mind urging "kys",
means "bought what i need for", "asking if i want to die", milestones written "self-harm free",
"the year before last"; "24/7" beside a helpline, "ping me on", a name "all lowercase no spaces"
after "user is", a word reversed when told to reverse it, one letter repeated between digits,
"like you suggested @name"; the model was retrained with it.
safety_unseen21.jsonl, written blind during round 17, was scored once after it, untuned: crisis
recall 0.950 (57/60: "sui thoughts creeping back", "cat scratches on my thighs again", a
bottle of tablets "once theyre all asleep"), urgent agreement 13/18, false alarms 0.035 (2/57:
"crawl under my desk and die", a farm lost in 2011 told from now), negation/quote 0/16, contact
recall 0.962 (obfuscated 13/13; a Signal group link missed), false blocks 0/175. Round 18 tuned
on it: a denied plan or means ("i dont have a plan") no longer counts, a method named with
intent ("going to jump in front of the next train"), the note left on the table, "wont be
logging on after tonight", "im done with all of this" beside means, a phrase that names the
writer is theirs whoever was named before it, a place "where we used to go", "cat scratches"
again, "sui thoughts", "crawl under my desk and die", memories "i remember sitting"; Signal
group links with "#"; the model was retrained with it.
safety_unseen22.jsonl, written blind during round 18, was scored once after it, untuned: crisis
recall 0.933 (56/60: "tired of waking up", "suiside thoughts", "the s-word thoughts", a hotel
room booked with paracetamol), urgent agreement 17/18, false alarms 0.035 (2/57: "wanted to
shoot myself halfway through" an exam, a diary "from the year i was suicidal"), negation/quote
0/16, contact recall 0.962 (obfuscated 12/13: a handle as a film character plus a year), false
blocks 2/175 (a list of grades, "@Amber Fox" addressed mid-sentence). Round 19 tuned on it:
"tired of waking up" at a sentence end, disappointed to be still here, "so nobody finds me",
means put or packed, a question about others answered for oneself ("...? mine are constant"),
"the s-word thoughts", "wanted to shoot myself halfway through" an exam, "the year i was";
lists of two-digit numbers, an @alias set off by a comma, described handles up to 70
characters; the model was retrained with it.
safety_unseen23.jsonl, written blind during round 19, was scored once after it, untuned: crisis
recall 0.967 (58/60: "the old habit with the blade keeps calling me", life insurance "math"),
urgent agreement 17/18, false alarms 0.070 (4/57: "thought i was going to die" holding a plank,
"kill her, then myself, then her again", six months since discharge "the suicidal thoughts are
gone", a relapse "last winter" then ok since spring; and one bus ride), negation/quote 0/16,
contact recall 0.808 (obfuscated 8/13: digit groups split by " / ", letters spaced around
"i g", the yellow ghost app then "user:", "discord gg slash then ...", spaced words around
"underscore"), false blocks 0/175. Round 20 tuned on it: transport and feared-death idioms,
"kill him, then myself", a car park is a means only at its top, hotel rooms booked and
passwords left, "the thoughts are gone", relapses told with a past time, habits that keep
calling, life insurance weighed; digit groups dictated with slashes, "i g", the yellow ghost
app, "user:" after a platform, "discord gg slash", "im X ... no spaces"; the model was
retrained with it.
safety_unseen24.jsonl, written blind during round 20, was scored once after it, untuned: crisis
recall 0.967 (58/60: the sea "tomorrow morning" after giving the cat away, "speedrun the
afterlife"), urgent agreement 16/18, exact level agreement 52/60 (five concern lines read as
urgent because a means is named in passing: a bridge driven over, tracks looked at, "the blade
again"), false alarms 0.018 (1/57), negation/quote 1/16, contact recall 0.962 (obfuscated 12/13:
a handle as words "then ... then", "all together no spaces"), false blocks 1/175 ("my whatsapp
is blowing up"). Round 21 tuned on it: a means wished for, craved or passed on a journey is
not at hand ("hoping i wont wake up", "my arms itch for the blade", "every time i drive over
the bridge"), a plan denied anywhere in the message drops means and plan ("not planning
anything, just looking"), "wanting to ... tonight" is no plan, "suicide isnt on the table",
"speedrun the afterlife", walking into the sea (unless a song one more time), "notes written",
ropes; apps "blowing up", a handle described on "tele" "all together"; the model was retrained
with it.
safety_unseen25.jsonl, written blind during round 21, was scored once after it, untuned: crisis
recall 0.983 (59/60: "id honestly rather not wake up tomorrow"), urgent agreement 17/18, false
alarms 0.053 (3/57: "lmao kms my mom liked my tweet", a kind reminder about water, thoughts
"gone" at 30), negation/quote 2/16 ("assume i want to die. i dont", "asked about suicidal
thoughts and i could honestly say none"), contact recall 0.885 (23/26: a LINE ID, letters with
hyphens around "underscore", a house number in words with a named road), false blocks 0/175.
It has not been tuned on: write the next blind set before tuning on it (bench/safety_sets.py
names it HELD_OUT, so the trainer refuses it).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.safety_sets import ALL  # noqa: E402
from chalicelib.domain.safety import assess_crisis, find_abuse, find_contact_info  # noqa: E402

DATA = ROOT / "tests" / "data"
SETS = ALL
CRISIS_POSITIVE = {"explicit", "indirect", "misspelt", "slang"}
CRISIS_FALSE_ALARM = {"hyperbole", "peer", "recovery"}
CRISIS_CONTEXT = {"negation", "quote"}
CONTACT_POSITIVE = {"contact", "contact_obfuscated"}
ORDINARY = {"numbers_ok", "helpline", "negation", "quote"}


@dataclass(frozen=True)
class Row:
    text: str
    crisis: str
    contact: bool
    category: str


def load(path: Path) -> list[Row]:
    """Read one JSON Lines set."""
    with path.open(encoding="utf-8") as f:
        return [Row(**json.loads(line)) for line in f if line.strip()]


def rate(rows: Iterable[Row], hit: Callable[[Row], bool]) -> tuple[float, int, int]:
    """Fraction of rows for which `hit` holds, with its numerator and denominator."""
    items = list(rows)
    n = sum(1 for r in items if hit(r))
    return (n / len(items) if items else 0.0), n, len(items)


def show(label: str, value: tuple[float, int, int], target: str = "") -> None:
    frac, n, d = value
    print(f"  {label:<44} {frac:6.3f}  ({n}/{d}) {target}")


def score(rows: list[Row]) -> None:
    """Print quality numbers for one set."""
    crisis = {r.text: assess_crisis(r.text) for r in rows}
    contact = {r.text: find_contact_info(r.text) for r in rows}
    flagged = lambda r: crisis[r.text].level != "none"  # noqa: E731
    blocked = lambda r: contact[r.text] is not None  # noqa: E731
    pos = [r for r in rows if r.category in CRISIS_POSITIVE]
    show("crisis recall (explicit/indirect/misspelt/slang)", rate(pos, flagged), "target >= 0.97")
    urgent = [r for r in rows if r.crisis == "urgent"]
    level_is = lambda r: crisis[r.text].level == r.crisis  # noqa: E731
    show("urgent labelled -> assessed urgent", rate(urgent, level_is))
    show("exact level agreement on positives", rate(pos, level_is))
    show(
        "crisis precision (all flagged lines)",
        rate([r for r in rows if flagged(r)], lambda r: r.crisis != "none"),
    )
    fa = [r for r in rows if r.category in CRISIS_FALSE_ALARM]
    show("false alarms (hyperbole/peer/recovery)", rate(fa, flagged), "target <= 0.03")
    show(
        "false alarms (negation/quote)",
        rate([r for r in rows if r.category in CRISIS_CONTEXT], flagged),
    )
    cpos = [r for r in rows if r.category in CONTACT_POSITIVE]
    show("contact recall (incl. obfuscated)", rate(cpos, blocked), "target >= 0.97")
    show(
        "contact recall (obfuscated only)",
        rate([r for r in rows if r.category == "contact_obfuscated"], blocked),
    )
    show(
        "false blocks (all non-contact lines)",
        rate([r for r in rows if not r.contact], blocked),
        "target <= 0.02",
    )
    show(
        "false blocks (numbers_ok/helpline)",
        rate([r for r in rows if r.category in {"numbers_ok", "helpline"}], blocked),
    )
    show(
        "abuse-list hits (lines only quote abuse)",
        rate(rows, lambda r: find_abuse(r.text) is not None),
    )


def by_category(rows: list[Row], show_misses: bool) -> None:
    """Per category: lines, crisis flagged, exact crisis level, contact blocked; then misses."""
    print(f"  {'category':<20} {'n':>4} {'flagged':>8} {'level ok':>9} {'blocked':>8}")
    misses: list[str] = []
    for cat in sorted({r.category for r in rows}):
        items = [r for r in rows if r.category == cat]
        levels = [assess_crisis(r.text).level for r in items]
        blocks = [find_contact_info(r.text) is not None for r in items]
        flagged = sum(1 for lv in levels if lv != "none")
        exact = sum(1 for r, lv in zip(items, levels, strict=True) if lv == r.crisis)
        print(f"  {cat:<20} {len(items):>4} {flagged:>8} {exact:>9} {sum(blocks):>8}")
        for r, lv, b in zip(items, levels, blocks, strict=True):
            if lv != r.crisis or b != r.contact:
                misses.append(f"    [{cat}] want {r.crisis}/{r.contact} got {lv}/{b}: {r.text}")
    if show_misses:
        print("\n".join(misses))


def check_all(text: str) -> None:
    assess_crisis(text)
    find_contact_info(text)
    find_abuse(text)


def measure(texts: list[str], passes: int, clock: Callable[[], int]) -> list[float]:
    """Microseconds per message; pass 0 only warms regex and typo caches, as in a warm Lambda."""
    samples: list[float] = []
    for i in range(passes):
        for text in texts:
            t0 = clock()
            check_all(text)
            if i:
                samples.append((clock() - t0) / 1000)
    return sorted(samples)


def timing(rows: list[Row], passes: int) -> None:
    """Mean and p99 microseconds per message for all three checks together.

    CPU time of this thread is the headline: on a shared machine wall time also counts the
    moments the scheduler gave the core to someone else. Wall time is printed beside it.
    """
    texts = [r.text for r in rows]
    print(f"  load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    for label, clock in (("cpu ", time.thread_time_ns), ("wall", time.perf_counter_ns)):
        s = measure(texts, passes, clock)
        p99 = s[max(0, int(len(s) * 0.99) - 1)]
        print(
            f"  {label} all checks per message: mean {statistics.fmean(s):.1f} us, "
            f"p99 {p99:.1f} us over {len(s)} runs (target <= 1000 us)"
        )
    dense = " ".join(texts)  # the longest message the protocol allows is 2000 characters
    # Near-misses only: no rule fires early, so every sentence is scanned and the model runs.
    benign = " ".join(r.text for r in rows if r.category in CRISIS_FALSE_ALARM)
    # Ordinary lines full of numbers, helplines, negations and quotes but no risk words: the
    # model runs on every sentence and the contact guard works hardest on digits.
    ordinary = " ".join(r.text for r in rows if r.category in ORDINARY)
    for label, joined in (
        ("dense with risk and contact words", dense),
        ("of near-misses (hyperbole/peer/recovery)", benign),
        ("of ordinary lines (numbers/helplines/negations/quotes)", ordinary),
    ):
        worst = measure([joined[:2000]], 9, time.thread_time_ns)
        print(
            f"  cpu  one 2000-char message {label}, same text again: "
            f"best {worst[0]:.0f} us, median {statistics.median(worst):.0f} us"
        )
        fresh = measure_fresh(joined, 24)
        print(
            f"  cpu  ... and 24 new 2000-char messages cut from the same lines: "
            f"median {statistics.median(fresh):.0f} us, max {fresh[-1]:.0f} us"
        )


def measure_fresh(joined: str, count: int) -> list[float]:
    """Microseconds for messages never seen before (as in production: each message is new).

    Checking the same text again reuses what was computed for it (folded text, anchor
    literals, digit windows), which hides ~0.5-0.8 ms of a long message's real cost.
    """
    step = max(1, (len(joined) - 2000) // (count + 1))
    check_all(joined[-2000:])  # warm the regex and word caches on another text
    samples: list[float] = []
    for i in range(count):
        text = joined[i * step : i * step + 2000]
        t0 = time.thread_time_ns()
        check_all(text)
        samples.append((time.thread_time_ns() - t0) / 1000)
    return sorted(samples)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--passes", type=int, default=20)
    parser.add_argument("--misses", action="store_true", help="list every mislabelled line")
    parser.add_argument("--sets", nargs="+", default=SETS, help="data files to score")
    args = parser.parse_args()
    everything: list[Row] = []
    for name in args.sets:
        path = DATA / name
        if path.exists():
            rows = load(path)
            everything += rows
            print(f"{name}: {len(rows)} lines")
            score(rows)
            by_category(rows, args.misses)
    print("timing (all sets):")
    timing(everything, max(2, args.passes))


if __name__ == "__main__":
    main()
