"""Cues of urgency (means, a plan, finality) and of method detail, for the crisis assessment.
Split from crisis_rules.py; patterns run on `crisis.normalise` text. A cue alone raises
nothing: it makes a risk statement urgent (`crisis_scan.level_of`)."""

from __future__ import annotations

import re

from chalicelib.domain.safety import crisis_context as C
from chalicelib.domain.safety.crisis_phrases import DRUGS, NOT_A_MOVE, PREPARED, RISK_PLACES
from chalicelib.domain.safety.crisis_regex import Anchored

_rx = Anchored
# A pet minded for a while is no pet rehomed: "left the dog with my mum for the weekend".
_NOT_FOR_A_WHILE = r"(?! (?:for the|while|until|til|over)\b)"

MEANS = _rx(
    # round 97: treatment stopped to die, "im stopping dialysis on purpose so i die" (its review:
    # not only thought of, "i keep thinking about stopping my meds on purpose")
    r"(?<!about )(?<!of )(?<!considering )\bstop(?:ping|ped)? (?:my )?(?:dialysis|insulin"
    r"|treatment|meds|medication|chemo) (?:on purpose|deliberately)\b",
    r"\b(?:ropes?|noose|guns?|firearms?|pistols?|revolvers?|handguns?|rifles?|razors?|blades?"
    # (round 58: not the rainbow bridge, where pets go)
    r"|knife|knives|(?<!rainbow )bridges?|cliffs?"
    # round 87 and its review: on a footbridge or flyover now, means beside a risk statement,
    # "im on the footbridge over the bypass right now. i want to die" (not "im on the footbridge
    # waiting for my train", "im on the flyover, stuck in traffic lol")
    r"|(?<=im on the )(?:\w+ )?(?:footbridge|flyover)(?![^.!?]*\b(?:lol|lmao|haha\w*|waiting"
    r"|traffic|photos?|sunset|stuck|train|bus|queue|commute)\b)"
    r"|rooftop|parking garage|multi[ -]?stor(?:e)?y|overpass|balcony|ledge"
    r"|train tracks?|bleach|poison|everything i need|everything ready|got it ready"
    # (round 66: not "the cord", discord: "everyone in the cord would be better off")
    r"|train station|railway|hose|car keys|cliff road|shotgun|(?<!in the )cord|quarry|mine ?shaft"
    r"|train line|railway line|rail line|level crossing|pesticide|weedkiller|weed killer"
    r"|paraquat|rat poison|antifreeze)\b",
    r"\b(?:with|under|in front of) (?:the|a) train\b",
    # a roof, not urges "through the roof" (round 92: "pain is thru the roof")
    r"\b(?<!through )(?<!through the )(?<!thru )(?<!thru the )(?:the )?roof\b(?! (?:terrace|garden"
    r"|bar|party|top bar|deck|leak|leaks|tiles|rack|box))",
    # a car park is a height only at its top: sitting in one after a shift is not a means
    r"\b(?:top|roof) (?:floor |level |deck |storey )?(?:of )?(?:the |a )?car ?park\b",
    # a room away from home, affairs left for others
    r"\bbooked (?:a|the) (?:hotel |motel |b&b |airbnb )?room\b",
    # a room away from home taken to be alone: "checked into a hotel ... so nobody finds me"
    r"\bchecked (?:in )?(?:into|in to|in at) (?:a|the) (?:hotel|motel|b&b|airbnb|guest ?house"
    r"|travelodge)\b(?=[^.!?]{0,60}\b(?:\d+(?:st|nd|rd|th) floor|nobody|no one|noone|alone"
    r"|dont tell)\b)",
    r"\b(?:passwords?|pins?|bank details|my will) (?:is |are )?(?:in an envelope|written down|left)"
    r" for\b",
    # a car left running shut in: not one warming up
    r"\b(?:car|engine)(?:s| is)? running in the (?:closed|shut|locked) garage\b",
    r"\b(?:car|engine)(?:s| is)? running in the garage\b(?=[^.!?]{0,40}\bdoor(?:s| is)?"
    r" (?:shut|closed|locked)\b)",
    # a store counted: "counted them twice, 60 tablets, thats enough"
    r"\b\d{2,3} (?:pills|tablets|capsules)\b[^.!?]{0,20}\b(?:enough|counted)\b",
    r"\bcounted (?:them|the (?:pills|tablets|meds))\b",
    # a store put by: "a months worth of my mums heart tablets in my bag"
    r"\b(?:a|two|three|six) (?:months?|weeks?|years?)s? worth of (?:\w+ ){0,3}(?:pills|tablets"
    r"|meds|medication|painkillers)\b",
    # round 56: "collected a month of dads prescriptions today and theyre not for him"
    r"\b(?:collected|collecting|saved|saving|kept|keeping|hoarded) (?:a|two|three|six) (?:months?"
    r"|weeks?) of (?:\w+ ){0,3}(?:pills|tablets|meds|medication|painkillers|prescriptions)\b",
    r"\b(?:bought|got|have|ordered|picked up) (?:everything |what )i need(?:ed)? (?:for|to do)\b",
    # a whole store named by where it is kept: "taking everything in the cabinet"
    r"\beverything in (?:the|my) (?:medicine |bathroom |meds )?(?:cabinet|cupboard|drawer)\b",
    # the means set by, told object first: "pills are saved up in my drawer"
    r"\b(?:pills|tablets|meds|painkillers) (?:are|is) (?:all )?(?:saved|stashed|stockpiled"
    r"|counted|ready|lined up)\b",
    r"\b(?:stockpil\w*|saving|saved|hoarding|collecting) (?:\w+ ){0,3}(?:morphine|oxycodone|codeine"
    r"|opioids|insulin|sleeping pills)\b",
    r"\b(?:took|taking|take|swallow|swallowed|saved|saving|stockpil\w*|bought|have|got|all|sorted"
    r"|put|packed|hid|hidden|collecting|collected|hoarding|hoarded"
    r"|stocked up on|stocking up on"
    r"|bottle of|bunch of|handful of|box of)\s+(?:\w+\s+){0,5}(?:pills|tablets|meds|medication"
    r"|painkillers|paracetamol|tylenol|insulin|antidepressants|ibuprofen|aspirin)\b",
    r"\boverdose\b",
    # the means acquired or put by: "bought the stuff", "got enough now", "saved up all my X"
    r"\b(?:bought|ordered|got|sorted|picked up) (?:the|all the) (?:stuff|things i need|supplies)\b",
    r"\b(?:got|have|saved up|put by|put aside|stashed|collected) (?:\w+ ){0,2}enough\b"
    r"(?! (?:sleep|time|money|rest|food|energy|of (?:this|that|it|them|you|him|her)|on|going on"
    r"|to (?:deal|worry|cope)|problems|stress|worries|troubles|drama)\b)",
    r"\bsaved up (?:\d+|all|enough|my|the)\b",
    r"\b(?:stash|stockpile|hoard) (?:is|of|big enough)\b",
    r"\b(?:pistol|gun|rifle|shotgun)s? (?:is |are )?(?:cleaned|loaded|oiled|ready|out)\b",
    r"\b(?:tablets|pills|meds|painkillers) (?:are |is )?in (?:one|my|each) pocket\b"
    r"(?! (?:in case|for (?:my|a|the) (?:migraine|headache|pain|period|allergy|hay ?fever)))",
    r"\b(?:bought|got|picked up|collected) (?:what|everything|all) i need(?:ed)?\b"
    r"(?! (?:for (?:the|my|a|dinner|tea|school|work|the trip)|to (?:make|cook|bake|fix))\b)",
    r"\b(?:\d+|all (?:my|the)) (?:\w+ )?(?:pills|tablets|oxys?|xans|percs|meds|painkillers)"
    r" (?:are )?(?:in my (?:pocket|hand|bag|car)|with me|on me|next to me)\b",
    r"\bgot (?:the|a|my) (?:\w+ )?(?:bottle|cord|belt|gun|knife|blade|razor|rope)"
    r" (?:\w+ )?(?:here|out|ready|with me|in my hand|tied|up)\b",
)
# Not estate planning, a retirement or a move, told later in the message (session 16's review).
_NOT_AN_ESTATE = (
    r"(?![\s\S]*\b(?:solicitor|lawyer|my will|the will|retir\w*|downsiz\w*|estate|moving"
    r"|emigrat\w*)\b)"
)
# Affairs put in order: ordinary one at a time, so never a plan cue alone; they count only
# toward the preparations that together make one (`crisis.PREPARATIONS_ENOUGH`): "sorted the
# will, paid off the credit card, left the spare key with next door".
AFFAIRS = _rx(
    r"\b(?:sorted|done|made|finished|updated) (?:out )?(?:the|my) will\b(?! (?:for|with) )",
    r"\bpaid off (?:the|my) (?:credit card|cards|debts?|loans?|overdraft)\b",
    r"\bleft the (?:spare )?keys? (?:with|for|under)\b",
    # round 64: "everything i need is in the drawer. wont need an alarm for monday"
    r"\b(?:i )?(?:wont|will not) need (?:an|my|the) alarm\b",
    # round 58: "cleared my flat, cancelled the carers, gave my cat to a friend"
    r"\bcleared (?:out )?my (?:flat|room|house|apartment|things|stuff)\b",
    r"\bcancel+ed (?:the|my) (?:carers|care visits|support worker|home help|meals on wheels)\b",
    r"\bwalk(?:ing)? into the (?:river|sea|lake|ocean|water)\b(?! for| to (?:swim|cool|paddle))",
    # session 16: "given my tools to the apprentice, signed the bike over to my brother. letters are
    # in the drawer."
    # (its review: not estate planning or retiring, "... and the letters are in the drawer for the
    # solicitor. sorting my will at 84 feels sensible")
    r"\bsigned (?:the|my) (?:\w+ )?over to (?:my|the|a)\b" + _NOT_AN_ESTATE,
    r"\b(?:letters|notes) are in the (?:drawer|top drawer|desk|kitchen drawer)\b" + _NOT_AN_ESTATE,
    r"\b(?:ive |i have |i )?(?:given|gave) (?:away )?(?:all )?my (?:tools|guns?|rifle|medals|guitar"
    r"|records|games|console|fishing gear|bike|dog|cat) to (?:the|my|a)\b" + _NOT_AN_ESTATE,
)
# A note or letter someone else left (round 72 and its review): "she'd left a note saying she's at
# her mum's", "she had left the note on my pillow".
_NOT_THEIRS = (
    r"(?<!\bshe )(?<!\bshed )(?<!\bhe )(?<!\bhed )(?<!\bthey )(?<!\btheyd )(?<!\bshe had )"
    r"(?<!\bhe had )(?<!\bthey had )"
)
PLAN = _rx(
    r"\b(?:i have a plan|ive (?:got|made) a plan|i (?:made|got) a plan|(?:have|got|made) a plan"
    # (round 74's review: not "i know where im going with my life and i love it")
    r"|planned (?:it|everything|how|when)|i know (?:exactly |just )?(?:how|when|where(?! im going"
    r" with| i am going with))"
    r"|decided (?:to|how|when)"
    r"|made up my mind|made my (?:choice|decision)|(?:picked|chosen|chose|found) (?:out )?"
    # (round 68: "ive chosen the train line behind the factory dormitory. 11:40 tonight")
    r"(?:the|a|my) (?:spot|place|train line|railway line|tracks|bridge|cliff|rope|tree))\b",
    r"\b(?:wrote|written|writing|left) (?:my |a |the )?(?:goodbye|suicide) (?:notes?|not|letters?"
    r"|posts?|messages?)\b"
    # (round 72: not someone else's, "she'd left a note saying she's at her mum's")
    rf"|{_NOT_THEIRS}\b(?:wrote|written|finished|left) (?:my|the|a) (?:last |goodbye |suicide )?"
    r"notes?\b",
    r"\b(?:wrote|written|writing|left) (?:letters|notes|cards) (?:to|for) (?:everyone|all of"
    r" them|each of)\b",
    r"\bthe (?:note|letter)(?:s| is| are) (?:on|under|by|in) (?:the|my) (?:kitchen |bedroom |dining"
    r" |top |bedside )?(?:table|bed|desk|pillow|counter|fridge|drawer)\b",
    # a day picked, the pets rehomed, the decision made: "picked friday", "its decided"
    # (session 12: not someone else's date, set for the writer: "the court date got set on
    # tuesday")
    r"(?<!got )(?<!was )(?<!is )(?<!been )(?<!gets )(?<!date )(?<!hearing )"
    rf"\b(?:picked|chosen|chose|set) (?:on )?(?:{C.WEEKDAYS})\b"
    r"(?! (?:for|to|as|because|cause|since)\b)",
    r"\bleft (?:the|my) (?:cat|dog|pets?|cats|dogs) with (?:the|my|a) \w+\b" + _NOT_FOR_A_WHILE,
    r"\bthe (?:cat|dog|pets?|cats|dogs)s? (?:is |are )?going to (?:my|a|the|our) \w+\b"
    + _NOT_FOR_A_WHILE,
    r"\b(?:now that|since|because|cause) (?:its|it is|its all|everything is) decided\b",
    # a method named with intent: "im going to jump in front of the next train"
    r"\b(?:going to|gonna|about to|will) (?:jump|step|walk|throw myself) in front of (?:a|the|an)"
    r" (?:next )?(?:train|bus|truck|lorry|car|tram)\b|\bin front of the next one\b",
    r"\b(?:letters?|notes?|cards?) (?:to|for) (?:my|the) (?:\w+ )?(?:kids|children|family|wife"
    r"|husband|parents|partner|son|daughter)s? (?:is |are |has been |have been )?(?:all )?"
    r"(?:written and sealed|sealed)\b",
    r"\bnote(?:s| is) (?:all )?written\b",
    r"\b(?:letters?|notes?)\b[^.!?]{0,60}\b(?:are|is|theyre|its) (?:all )?sealed\b",
    r"\b(?:goodbye|suicide|last) (?:notes?|letters?) (?:is |are |has been |have been )?(?:all )?"
    r"(?:written|done|finished|ready|sorted)\b",
    # peace made, a day named as the day, thanks said as a farewell
    r"\b(?:made|make|making) (?:my )?peace\b(?! with (?:it|that|the fact|him|her|them)\b)",
    r"\b(?:tonights? (?:is )?the night(?! (?:of|for|before|we|to)\b)|(?:today|tonight|tomorrow"
    rf"|{C.WEEKDAYS}) is the day)\b"
    # not a day for something ordinary: "tomorrow is the day i get my results"
    r"(?! (?:of|for|we|you|they|he|she|my|our|the|i (?:get|start|move|fly|have|find|meet|see"
    r"|pick|graduate|go|finally))\b)",
    r"\bthank(?:s| you)(?: all| everyone| guys)? for (?:being (?:so )?(?:kind|there|nice)"
    r"|all you(?:ve)? (?:done|did))\b",
    r"\b(?:planning|plan) (?:to|on) (?:overdose|hang|kill|end|take|do it|die|cut|shoot"
    r"|drown|crash)",
    r"\b(?:saving|saved|stockpiling|stockpiled) (?:up )?(?:my )?(?:pills|meds|tablets)\b",
    r"\bbought (?:a |the )?(?:rope|gun|noose|blades?|razors?)\b",
    r"\b(?:sorted|wrote|written|made|updated|finished) (?:out )?my will\b",
    r"\b(?:the |my )?plans? (?:is|are) (?:done|ready|set|made|sorted|in place|final)\b",
    # a date chosen; affairs put in order: who gets what, the pets seen to, all of it ready
    r"\b(?:picked|set|chosen|chose) (?:a |the )?date\b|\bthe date (?:picked|set|chosen)\b",
    # round 105: "sewerslide szn fr, dates set for friday 🫡" (its review: the date named by nothing
    # else, not a court, discharge, scan, funeral or first date)
    r"(?<![a-z] )(?<![a-z]s )\b(?:(?:the|my) )?dates? (?:is |s |has been )?set for"
    rf" (?:{C.WEEKDAYS}|tonight|tomorrow)\b",
    r"\beverythings? (?:is )?(?:sorted|in order|ready|arranged)\b",
    r"\beverythings? (?:is )?set up (?:for (?:tonight|tomorrow)\b(?! (?:for|at|with)\b)"
    r"|(?=\W+(?:the )?(?:letters?|notes?) (?:are|is) (?:written|on)))",
    r"\b(?:made|wrote|written|updated|signed) my will\b|\bpaid off (?:what i owe|my debts?)\b",
    rf"{_NOT_THEIRS}\b(?:left|put) (?:the|a|my) (?:letter|note)(?: for \w+)? (?:under|on|by)"
    r" (?:my|the)\b",
    # nerve being gathered now is the moment itself: "working up the nerve to walk to the edge"
    r"\b(?:working up|building up|getting up) (?:the )?(?:nerve|courage|guts|bottle) to"
    r" (?:walk (?:to|off) the edge|step off|jump|go through with it|swallow (?:them|it|the|all)"
    r"|pull the trigger|end it|let go(?! of))\b",
    # affairs put in order, a place named with a time: "put the farm papers in order",
    # "going down to the river bridge at first light"
    r"\b(?:papers|affairs|paperwork|finances|accounts|things) (?:all )?(?:in order|sorted)\b",
    # things given away for good: "gave my ps5 to my cousin. wont need it where im going"
    r"\b(?:gave|given|giving) (?:away )?(?:my|all my) (?:tools|guitar|games|medals|things|stuff"
    r"|belongings|bike|car|truck|ps5|xbox|books|records|clothes) to\b(?=[^!?]{0,80}\b(?:wont need"
    r"|where im going|for good|no use to me|theyre (?:his|hers|theirs) now|its (?:his|hers) now"
    rf"|after (?:this|tonight|tomorrow|{C.WEEKDAYS}))\b)",
    r"\b(?:tonight|today|tomorrow)\b[^.!?]{0,30}\b(?:stops?|ends?) for good\b",
    r"\bwhere (?:the|my) (?:passwords|will|bank details|pin numbers|documents|insurance papers)\b",
    r"\b(?:going|heading|walking|driving) (?:down |out |up )?to the (?:\w+ )?(?:bridge|cliffs?"
    r"|tracks|quarry|edge|roof|river|viaduct|overpass|railway line|railway|line)"
    r" (?:at|tonight|tomorrow|before|after|when|once|for the \d)",
    # round 66: "took the boat keys, tank's full, heading past the reef at dusk and not coming
    # back": a place of risk (not "heading north and not coming back", nor a thought "think
    # about walking in and not coming back")
    r"(?<!about )(?<!of )(?<!imagine )(?<!imagining )(?<!picture )(?<!picturing )"
    r"\b(?:heading|going|driving|walking|sailing|swimming|rowing|wading) (?:out )?(?:\w+ ){0,6}"
    rf"(?:{RISK_PLACES})\b[^.!?]{{0,30}}\band"
    r" (?:im )?not coming back\b" + NOT_A_MOVE,
    r"\b(?:sorted|sorting|decided|arranged) (?:out )?who (?:gets|will get|takes|can have)\b",
    r"\bmade sure (?:the|my) (?:cat|dog|pets?|kids?|children) (?:has|have|is|are|will)\b",
    r"\b(?:given|gave|giving) (?:away )?(?:my|the) (?:dog|cat|pets?|puppy|kitten|rabbit|bird"
    r"|hamster) (?:away|to)\b"
    r"(?![^.!?]{0,30}\b(?:while|until|til|for the (?:week|weekend|holiday))\b)",
    r"\b(?:left|leaving) (?:letters|notes|cards) (?:to|for) (?:my|each of my|all my|all of my)"
    r" (?:\w+ )?(?:sisters|brothers|siblings|kids|children|family|parents|girls|boys|friends"
    r"|grandkids|grandchildren)\b(?![^.!?]{0,40}\b(?:first day|birthday|christmas|lunch|school"
    r"|trip|holiday|exam|while i|when i get back)\b)",
    # a place of risk reached, farewells before, gone before something expected: each is urgent
    # only beside a risk statement ("standing at the bridge now. tell the night mods thank you")
    r"(?<!when )(?<!whenever )(?<!time )(?<!if )\bim (?:standing at|sitting at|stood at|stood on"
    r"|here at) (?:the|a) (?:\w+ )?(?:bridge|roof|edge|cliff|tracks|station|ledge)\b",
    r"\b(?:wanted|want|had|needed) to (?:say|tell) (?:bye|goodbye) to (?:you lot|you all|you guys"
    r"|everyone|yall|all of you) (?:first|before)\b",
    r"\bwont be (?:here|around|alive) (?:by the time|when) (?:it|they|you|she|he|this|the \w+)"
    r" (?:arrives?|gets? (?:back|home|here)|comes? (?:back|home)|wakes? up|reads? (?:it|this))\b"
    # (not an ordinary absence: "can my neighbour sign for the parcel", "ive got work")
    r"(?![^.!?]{0,50}\b(?:sign for|parcel|delivery|neighbour|work|shift|dinner|oven|key|can"
    r" (?:you|my|someone|somebody)|ive got|i have|im at|back (?:at|by|on|in))\b)",
    PREPARED,
)
# An overdose told as just taken (session 12 and its review): "i took an overdose", "took a
# handful of painkillers", "ive swallowed the whole bottle", "i just overdosed", "i overdosed on
# sertraline" (the normaliser reads "overdosed" as "overdose" and "od'd" as "odd"). Not someone
# quoted ("in the film he says i just overdosed", "her diary: i took every pill"), a whole bottle
# of something else ("of water", "of crisps to the cinema"), a dose as told ("took all my meds
# today", "every pill the doctor gave me and still got the flu"), an accident ("too many
# ibuprofen for my back", "after my c-section"), a figure ("an overdose of responsibility") or an
# old story ("at 17", "once", "years back", "in year 9").
_OD_SINCE = ("just ", "already ", "have ", "ve ")  # "i just overdosed", "i have overdosed"


def _said(subject: str = "") -> str:
    """Not someone's words quoted ("says ", "said ", "wrote ", ": ") just before `subject` ("i
    just "), checked from the end of it."""
    return "".join(f"(?<!{who}{subject})" for who in ("says ", "said ", "wrote ", ": "))


_OD_WHO = _said()

_OD_HOLDER = r"(?:my |the |her |his |mums |dads |some |a bunch of |a load of )?"
_OD_NOT_NOW = (
    r"(?![^.!?]{0,60}\b(?:by accident|accidentally|by mistake|for (?:my|the|a) (?:back|head|pain"
    r"|migraine|tooth|knee|period|cramps|cold|flu|fever|hangover)|on time|as (?:prescribed|told"
    r"|directed)|today like|like (?:i was|we were) told|like (?:the|my) (?:doctor|gp|chart|nurse)"
    r"|(?:the )?(?:doctor|gp|dr|nurse|midwife|pharmacist) (?:gave|said|told|prescribed)"
    r"|(?:and|but) still (?:got|get|have|had|feel)|finally finished|once|years? back|(?:a )?(?:long"
    r" time|lifetime|while) (?:ago|back)|at \d\d?|aged? \d+|in year \d+|when i was|as a (?:teen"
    r"|teenager|kid|child|student)|in (?:high school|school|uni|college|my teens|my twenties"
    r"|hospital|rehab)|after my (?:c section|c-section|csection|surgery|operation|op)|told me off"
    r"|of (?:responsibility|love|sugar|caffeine|coffee|work|cuteness|drama|content))\b)"
)
_OVERDOSE_TAKEN = (
    _OD_WHO
    + r"(?:^|(?<=[.!?] )|(?<=[.!?])|\b(?:i|ive|i have|just|already) )(?:just |already |now )?"
    r"(?:took|taken|swallowed|downed) (?:an overdose|an od|(?:way )?too many (?:of (?:my|the|her"
    r"|his|mums|dads) )?" + DRUGS + r"|(?:the|a|my) (?:whole|full|entire) (?:bottle|box|pack|packet"
    r"|strip|blister pack|tub|prescription|supply|stash)(?: of "
    + _OD_HOLDER
    + DRUGS
    + r"\b|(?=\s*(?:[.!?,]|$|and\b|an hour|\d+ ?min|just now|tonight|earlier)))"
    r"|every (?:single )?(?:pill|tablet)"
    # (all of a supply: swallowed, or taken with how; not "took all my meds today")
    r"|(?:(?<=swallowed )|(?<=downed ))all (?:of )?(?:my|the|her|his|mums|dads) "
    + DRUGS
    + r"|all (?:of )?(?:my|the|her|his|mums|dads) "
    + DRUGS
    + r" (?:at once|in one go|together"
    r"|to make it stop|i (?:had|had saved|saved|was saving|stockpiled|hoarded|collected|could find)"
    r"|id saved|ive been saving)"
    r"|(?:a|the) (?:bunch|load|handful|fistful|lot|heap) of (?:\w+ )?"
    + DRUGS
    + r")\b"
    + _OD_NOT_NOW
    + r"|(?:"
    # "i just overdosed", looked for from the verb (a search anchored on "i " ran on nearly every
    # sentence): the writer's words, not someone's quoted ("he says i just overdosed")
    + "|".join(rf"(?<=\bi {pre}){_said('i ' + pre)}" for pre in _OD_SINCE)
    + r")(?:overdosed?|odd|oded)\b(?! on (?!purpose\b|"
    + _OD_HOLDER
    + DRUGS
    + r"\b))"
    + _OD_NOT_NOW
    + r"|(?<=\bi )"
    + _said("i ")
    + r"(?:overdosed?|odd|oded)(?=\s*(?:[.!?,]|$|again|tonight|today"
    r"|earlier|last night|this morning|an hour|(?:like |about |around )?\d+ ?min|on purpose|on "
    + _OD_HOLDER
    + DRUGS
    + r"\b))"
    + _OD_NOT_NOW
)
# A count of pills just taken, "took 30 ", "already swallowed about 40 ": read in FINALITY after
# the writer ("i took 30 of my ...") or where a sentence starts ("took 30 of my ...").
_TOOK_A_COUNT = (
    r"(?:just |already )?(?:took|taken|swallowed|downed) (?:about |like |around |over |maybe )?"
    r"[1-9]\d "
)
FINALITY = _rx(
    # round 79: "scheduled an email to my friends for 6am tomorrow. by the time it sends i wont be
    # around to read the replies"
    r"\bby the time (?:it|they|you|this|the \w+) (?:sends?|arrives?|reads? (?:it|this)|sees? (?:it"
    r"|this)|wakes? up|gets? (?:this|it))\w*,? i (?:wont|will not|will no longer) be (?:around|here"
    # (its review: not a trip, a parcel or a shift, "... early flight to lisbon! see u in a week")
    r"|alive)\b(?![^\n]*\b(?:flight|trip|holiday|hike|parcel|sign for|work|shift|weekend|week"
    r"|dads|mums|moving|dead zone|signal|back (?:on|by|in|at)|see (?:u|you)|lol|haha)\b)",
    # the act put off to a day named as the day (session 9): "not doing anything tonight though,
    # saturday is the day"
    r"\bnot doing (?:it|anything) (?:tonight|today|now|yet)(?: though| tho)?,? (?:but )?"
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow) (?:is|will be) the (?:day|night)"
    r"\s*(?:[.!?,]|$)",
    # (not a dose as prescribed: "just took my 400mg quetiapine ... night all")
    r"\b(?:already|just) (?:took|taken|swallowed)\b(?! my (?:\d+ ?mg|usual|nightly|night|evening"
    r"|morning|prescribed|normal)\b| my (?:meds|medication|dose)\b(?! all))",
    # (round 74's review: not the idiom, "on the edge of my seat", "on the edge, emotionally")
    r"\bim (?:on|at|standing on|sitting on) (?:the|a) (?:\w+ )?(?:bridge|roof"
    r"|edge(?!,? (?:emotionally|mentally)\b)(?! of (?!(?:the|a|this) (?:cliff|bridge|roof|platform"
    r"|building|car park)\b))|cliff|tracks|ledge)\b",
    r"\bthis is (?:goodbye|my goodbye)\b|\bsaid my goodbyes\b|\bsaying my goodbyes\b",
    r"\b(?:given|gave) away (?:my|all my) (?:things|stuff|belongings)\b",
    # round 78 and its review: charcoal burnt in a closed room ("booked the hotel room for
    # saturday and packed the charcoal"; not a colour, tablets, a barbecue or a camping trip)
    r"\b(?:hotel room|motel room|locked room|sealed room)\b[^.!?]{0,40}\bcharcoal\b(?! (?:grey"
    r"|gray|black|tablets?|pills?|filters?|pencils?|drawings?|masks?)\b)(?![^\n]*\b(?:bbq"
    r"|barbecue|grill|braai|camping|campfire|sausages?|burgers?|tent|cook\w*)\b)",
    r"\bwont (?:be here|be around|wake up) tomorrow\b",
    # session 20: "... After tonight nobody has to worry about me again." (was concern), where the
    # sentence ends (its review: not with the reason told, "... anymore, the cast comes off!",
    # "... anymore because i start my new meds", "... anymore, i got into uni!")
    r"\bafter (?:tonight|today|tomorrow|this weekend|(?:mon|tues|wednes|thurs|fri|satur|sun)day),?"
    r" (?:nobody|no one|noone) (?:has|will have|needs|will need|has got) to (?:worry about|deal"
    r" with|put up with|look after|take care of) me (?:again|anymore|any more|ever again)\s*(?:[.!]"
    r"|$)(?![^\n]*\b(?:because|cos|cause|since|lol|lmao|haha\w*|moving|move|job|test|passed"
    r"|results|cast|stitches|surgery|discharged|meds|uni|college|school)\b)",
    # part of a supply already taken, the rest to follow
    r"\b(?:swallowed|took|taken)\b[^.]{0,40}\b(?:pills|tablets|meds|painkillers)\b[^.]{0,40}"
    r"\b(?:take|taking|swallow|swallowing|have|having) (?:the rest|more|some more)\b"
    r"(?! (?:later|tomorrow|in the morning|if|when|after)\b)",
    r"\bthank(?:s| you)(?: all| everyone| guys)? for (?:everything|trying)\b",
    # round 70 and its review: "bought paracetamol from three different chemists so they
    # wouldnt ask questions", the writer's (not "my sister bought ...", "from a different
    # chemist so they wouldnt ask about my hrt")
    r"(?:^|[.!?]\s*|\b(?:i|ive|i have|just|and)\s+)(?:bought|got)\b[^.!?]{0,40}\b(?:pills"
    r"|paracetamol|tablets|painkillers|tylenol)\b[^.!?]{0,20}\bfrom (?:two|three|four|several"
    r"|multiple|\d+|different) (?:different )?(?:chemists|pharmacies|shops|stores)\b[^.!?]{0,20}"
    r"\bso (?:they|nobody|no one|the \w+) (?:wouldnt|would not|wont|didnt|would) (?:ask|notice"
    r"|get suspicious)\b",
    # round 67's review: "if ur reading this im already gone", and a supply taken: "i took 20
    # paracetamol and 10 ibuprofen an hour ago" (not "over the week", "a day")
    r"\bif (?:you|u|ur|youre|you are|your) reading this,? (?:im|i am|ill be|i will be)"
    r" (?:already )?(?:gone|dead|not here|not alive)\b",
    r"\b(?:i|ive|i have|i just|just|already) "
    + _TOOK_A_COUNT
    # (session 20's review: not a dose, "Took 50 mg sertraline at 8pm, doc said go up to 100 mg")
    + r"(?!(?:mg|mcg|ml|milligrams?|micrograms?|units?)\b)(?:of (?:my|the) )?"
    + DRUGS
    + r"\b(?!\s+(?:over|across|during|this|a|per|each|every|daily|since|in (?:a|one|the) (?:week"
    r"|month|day))\b)",
    # session 20: told without "i" where the message or a sentence starts, "took 30 of my
    # sertraline about 20 mins ago. I want to die and I think it's working" (its review: only the
    # writer's own, "of my" (not news, a brother's, "of the sleeping tablets he had saved"), not
    # carried ("... to the pharmacy for disposal", "... back", "... home"), nor taken back
    # ("Took 30 of my pills. Kidding!! It was 30 minutes of yoga"))
    r"(?:^|(?<=[.!?] ))"
    + _TOOK_A_COUNT
    + r"of my "
    + DRUGS
    + r"\b(?! (?:to|back|home|out|into|in|with|for|over|across|during|this|a|per|each|every|daily"
    r"|since)\b)(?![^\n]*\b(?:kidding|jk|lol|lmao|haha\w*)\b)",
    # session 12 and its review: an overdose told as just taken (`_OVERDOSE_TAKEN`)
    _OVERDOSE_TAKEN,
    r"\b(?:engine|car|motor) (?:running|on)\b[^.]{0,40}\bgarage\b"
    r"|\bgarage\b[^.]{0,40}\b(?:engine|car) (?:running|on)\b",
    # round 66's review: "car's in the shut garage, engine's running" (not "... running rough")
    r"\b(?:shut|closed|locked) garage\b[^.]{0,30}\bengines? running\b(?! (?:rough|fine|well|ok"
    r"|okay|badly|hot|smooth\w*|again|great|to warm)\b)",
    # "the car is running in the garage with the door shut"
    r"\b(?:engine|car|motor)s? (?:is |are )?running\b[^.]{0,40}\bgarage\b[^.]{0,30}\bdoors?"
    r" (?:shut|closed|down)\b",
    # a hose taped to the exhaust or run into the car (not one fitted, tested or come loose)
    r"\bhose(?:pipe)?\b[^.!?]{0,30}\b(?:taped|duct taped|gaffer taped|sealed) (?:to|on|onto"
    r"|into) (?:the |my )?(?:car )?exhaust\b(?![^.!?]{0,30}\b(?:test|mot|emissions?|mechanic"
    r"|fix\w*|repair\w*)\b)",
    # round 66's review: "taped the hose to the exhaust" (the verb first)
    r"\b(?:taped|duct taped|gaffer taped|sealed) the hose(?:pipe)? (?:to|on|onto|into) the"
    r" (?:car )?exhaust\b(?![^.!?]{0,30}\b(?:test|mot|emissions?|mechanic|fix\w*|repair\w*)\b)",
    r"\bhose(?:pipe)?\b[^.!?]{0,20}\b(?:from|off) the exhaust\b[^.!?]{0,20}\b(?:into|in|through)"
    r" the (?:car|window)\b",
    r"\bhose(?:pipe)?\b[^.!?]{0,40}\b(?:in|into|through) the (?:car |drivers |back )?window\b"
    r"(?! box)",
    # round 66: "hose is cut to length and the ute's in the closed shed" (not one in the shed
    # for a car wash, nor run to a radiator)
    r"\bhose(?:pipe)?(?: is|s)? (?:already |all )?(?:cut to (?:length|size)|taped|measured)\b"
    r"[^.!?]{0,40}\b(?:ute|car|truck|van|engine)s? (?:is )?(?:in|into) the (?:closed|shut|locked)"
    r" (?:shed|garage)\b(?![^.!?]{0,80}\b(?:wash\w*|clean\w*|rinse\w*|flush\w*|radiator)\b)",
)
METHOD_QUANTITY = re.compile(
    r"\b\d+\s*(?:mg|milligrams?|g|grams?|pills|tablets|capsules)\b|\ball \d+ of (?:my|the)\b"
)
METHOD_HOWTO = _rx(
    r"\bhow (?:many|much) (?:\w+ ){0,2}(?:does it take|would it take|do i need|do you need|to)"
    r" (?:to )?(?:die|kill|overdose|be fatal|be lethal)\b",
    r"\b(?:lethal|fatal) dose\b",
    r"\bhow (?:many|much) (?:\w+ ){0,2}(?:pills|tablets|meds|paracetamol|tylenol|insulin"
    r"|painkillers) (?:it )?(?:would|does|will|do)? ?(?:it )?(?:take|kill)\b",
    r"\b(?:tie|tying|tied) (?:a |the )?(?:noose|knot to hang)\b",
    r"\bhow (?:high|tall|far) (?:\w+ ){0,4}(?:to die|to be fatal)\b",
)
