package align

import (
	"regexp"
	"strings"
)

// set builds a lookup set from space-separated words.
func set(words string) map[string]bool {
	m := make(map[string]bool)
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// stopWords are function words that carry little of a sentence's claim.
var stopWords = set(`a an the and or but nor so yet of to in on at by for with from into onto upon about
as than then that this these those there here it its it's is are was were be been being am do does did
has have had having he she they we i you him her them us me my our your their his hers theirs ours
who whom whose which what when where why how all any both each few more most other some such only own
same too very can just also s t will would shall should may might must could said says say saying told
tell tells while after before during since until up down out over under again further once because if
not no nor off per via amid among between through against across within without however including
mr mrs ms one`)

// sentenceStarters are words that commonly begin a sentence; after an
// ambiguous abbreviation ("U.S.", "p.m.", "Jr.") a following starter marks
// a sentence boundary.
var sentenceStarters = set(`the a an he she it they we i you this that these those there his her its their our
but and yet so however meanwhile officials in on at after before when while as if according also
earlier later last next some many most several both all no one two three what why how who`)

// titleAbbrevs are abbreviations that precede a name and never end a sentence.
var titleAbbrevs = set(`mr mrs ms messrs dr prof gen col lt maj capt cpt sgt cmdr adm brig gov sen rep rev
hon pres supt insp det st mt ft fr sr jr no nos vol pp fig art sec lt.col lt.gen`)

// ambiguousAbbrevs may end a sentence ("…in the U.S. The…") or not.
var ambiguousAbbrevs = set(`inc ltd co corp bros plc llc etc al vs jr sr esq ave blvd rd dept univ assn`)

// monthAbbrevs are month abbreviations, written with a period.
var monthAbbrevs = set(`jan feb mar apr jun jul aug sep sept oct nov dec`)

var months = map[string]int{
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
	"august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
	"oct": 10, "nov": 11, "dec": 12,
}

var weekdays = set(`monday tuesday wednesday thursday friday saturday sunday`)

var relativeDays = set(`today yesterday tomorrow tonight overnight`)

var relativeUnits = set(`week month year weekend morning afternoon evening night decade quarter`)

var relativeMods = set(`last next this past coming previous earlier`)

// numberWords maps cardinal number words to values.
var numberWords = map[string]float64{
	"zero": 0, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
	"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
	"fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
	"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
	"dozen": 12, "dozens": 24, "hundreds": 200, "thousands": 2000, "millions": 2e6, "billions": 2e9,
}

// ordinalWords maps ordinal words to values; "first" is left out because
// it is more often an adverb ("was first reported") than a count.
var ordinalWords = map[string]float64{
	"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
	"ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "twentieth": 20, "hundredth": 100,
}

// scaleWords multiply the number before them.
var scaleWords = map[string]float64{
	"hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
	"lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7, "mn": 1e6, "bn": 1e9, "m": 1e6, "b": 1e9, "k": 1e3,
}

// negators flip the polarity of a clause.
var negators = set(`not no never none nobody nothing neither nor cannot without n't`)

// negatorPhrases are multi-word negations, matched on folded text.
var negatorPhrases = []string{"failed to", "refused to", "declined to", "yet to", "denied", "rejected claims"}

// hedges weaken a claim.
var hedges = set(`may might could possibly reportedly allegedly apparently purportedly seemingly likely
unlikely probably perhaps believe believes believed suspected suspect expected appears appear appeared
seems seem seemed suggest suggests suggested potential potentially unconfirmed rumoured rumored
estimated presumably supposedly claimed claims`)

// certainties assert a claim.
var certainties = set(`will confirmed confirms confirm certainly definitely clearly undoubtedly proven
established conclusively verified`)

// evaluative is a curated lexicon of words that characterize rather than
// report: a version that adds, drops or swaps one of them changes the
// story's framing. Neutral descriptors (senior, new, top) are left out.
var evaluative = set(`significant desperate brutal genocidal quietly historic historical massive huge
dramatic dramatically controversial unprecedented shocking stunning landmark bold aggressive
aggressively fierce fiercely ferocious harsh harshly strongly deeply secretly hastily reluctantly
crucial vital disastrous catastrophic devastating brazen brazenly illegal unlawful so-called
radical extremist embattled beleaguered disgraced notorious infamous desperately frantic
frantically sweeping ambitious meagre meager staggering alarming worrying troubling disturbing
outrageous scandalous shameful heroic cowardly ruthless savage barbaric horrific horrifying
atrocious bloody bitter bitterly heated furious angry angrily defiant defiantly humiliating
humiliation humiliated surprising surprisingly abrupt abruptly swift swiftly urgent urgently
breakthrough flawed disputed discredited baseless misleading dubious questionable credible
legitimate illegitimate rogue hardline hard-line far-right far-left authoritarian dictator autocrat
strongman fragile shaky divisive polarizing polarising inflammatory incendiary provocative hostile
cordial frosty productive fruitful constructive optimistic pessimistic grim bleak dire remarkable
extraordinary exceptional secret covert clandestine relentless mounting escalating spiralling
spiraling skyrocketing soaring plunging plummeting chaotic turbulent embarrassing disappointing
outraged dismayed openly tacitly covertly overtly firmly flatly categorically vehemently
gruelling grueling harrowing tragic tragically terrifying terrified shocked stunned fierce
lavish glowing scathing blistering damning damaging crushing stinging sweeping historic
ordeal fiasco debacle catastrophe disaster crisis chaos massacre slaughter atrocity genocide
carnage bloodbath spree rampage regime rioters riot riots mob thugs looters militants insurgents
rebels terrorists terrorist freedom-fighters activists protesters demonstrators extremists
zealots hardliners`)

// criticalWords are predicates and quantifiers whose change alters the
// claim even in a sentence that is otherwise the same ("arrested" →
// "questioned", "some" → "all").
var criticalWords = set(`arrested questioned detained charged convicted acquitted sentenced jailed released
freed killed injured wounded dead died hurt missing rescued fixed contained resolved solved repaired
won lost beat defeated drew tied resigned fired sacked dismissed suspended appointed elected
approved rejected passed vetoed blocked banned lifted imposed signed cancelled canceled postponed
delayed closed opened launched halted stopped resumed raised cut increased decreased rose fell
denied admitted confirmed refused agreed accepted declined ordered requested attacked invaded
captured seized destroyed damaged evacuated collapsed exploded crashed sank burned flooded
some all most many few several none every each both no any majority minority half
guilty innocent legal banned allowed permitted forbidden`)

// modifierSuffixes mark words that are probably adjectives or adverbs.
var modifierSuffixes = []string{"ous", "ful", "ive", "ic", "less", "ible", "able", "ish", "ly", "ling", "ening", "ing"}

// notCharacterization are -ly words that are not evaluative adverbs.
var notCharacterization = set(`only early family daily weekly monthly yearly reply apply supply italy july
rally ally fly july likely unlikely nearly really largely mostly partly probably possibly reportedly
allegedly apparently purportedly seemingly presumably supposedly currently recently previously
formerly initially finally eventually subsequently immediately directly only holy belly jolly
lily emily kelly billy sally molly oily hilly silly bully assembly anomaly monopoly italy
reportedly july fully certainly definitely clearly undoubtedly conclusively already namely
respectively accordingly approximately roughly exactly nearly merely simply also`)

// speechVerbs introduce an attribution.
var speechVerbs = set(`said says say told tells tell report reported reports citing according noted notes added adds stated
states announced announces claimed claims wrote writes tweeted posted cited
quoted explained warned insisted argued acknowledged admitted revealed disclosed asserted
declared remarked observed commented conceded`)

// sourceNouns head an anonymous attribution ("a source familiar…", "officials").
var sourceNouns = set(`source sources official officials spokesperson spokesman spokeswoman spokespeople
diplomat diplomats person people aide aides analyst analysts expert experts officer officers
minister ministry report reports statement statements witness witnesses insider insiders
adviser advisers advisor advisors lawmaker lawmakers government administration agency police
authorities authority investigators investigator media outlet outlets newspaper network
lawyer lawyers attorney attorneys prosecutor prosecutors counsel family relatives residents
doctors doctor scientists researchers economists economist survey study data figures`)

// intensifiers strengthen the comparative or adjective after them
// ("fewer" → "far fewer").
var intensifiers = set(`far much very extremely highly vastly significantly slightly somewhat barely hugely
overwhelmingly considerably substantially markedly sharply dramatically even`)

// comparatives are words an intensifier may modify.
var comparatives = set(`more less fewer greater worse better larger smaller higher lower bigger`)

// transliterations maps variant spellings of names to one canonical form.
var transliterations = map[string]string{
	"kiev": "kyiv", "kharkov": "kharkiv", "odessa": "odesa", "lvov": "lviv", "lugansk": "luhansk",
	"zelenskyy": "zelensky", "zelenskiy": "zelensky", "zelenskii": "zelensky",
	"qaddafi": "gaddafi", "gadhafi": "gaddafi", "kadhafi": "gaddafi",
	"al-qaida": "al-qaeda", "al-qa'ida": "al-qaeda", "usama": "osama", "muhammad": "mohammed",
	"mohammad": "mohammed", "muhammed": "mohammed", "tehran": "tehran", "teheran": "tehran",
	"peking": "beijing", "volodymir": "volodymyr", "dmitri": "dmitry", "dmitriy": "dmitry",
	"sergei": "sergey", "sergej": "sergey", "alexei": "alexey", "aleksei": "alexey",
	"navalniy": "navalny", "yevgeny": "yevgeny", "evgeny": "yevgeny", "shmygal": "shmyhal",
	"whilst": "while", "amongst": "among", "towards": "toward", "afterwards": "afterward",
	"e-mail": "email", "percent": "percent", "programme": "program", "programmes": "programs",
	"cheque": "check", "tyre": "tire", "tyres": "tires", "grey": "gray", "mum": "mom",
	"aluminium": "aluminum", "jewellery": "jewelry", "plough": "plow", "sceptical": "skeptical",
	"storey": "story", "kerb": "curb", "pyjamas": "pajamas", "manoeuvre": "maneuver",
	"ageing": "aging", "judgement": "judgment", "acknowledgement": "acknowledgment",
	"enrol": "enroll", "fulfil": "fulfill", "instal": "install", "skilful": "skillful",
	"wilful": "willful", "artefact": "artifact", "draught": "draft", "analyse": "analyze",
	"paralyse": "paralyze", "catalogue": "catalog", "dialogue": "dialog", "ok": "okay",
}

// spellingKey returns a canonical spelling of a lower-case word so that
// British and American variants (defence/defense, organised/organized,
// colour/color, centre/center) compare equal.
func spellingKey(w string) string {
	if t, ok := transliterations[w]; ok {
		return t
	}
	for _, r := range spellingRules {
		if r.re.MatchString(w) {
			w = r.re.ReplaceAllString(w, r.repl)
		}
	}
	return w
}

var spellingRules = []struct {
	re   *regexp.Regexp
	repl string
}{
	{regexp.MustCompile(`([a-z]{2,})is(e|es|ed|ing|ation|ations|er|ers)$`), "${1}iz$2"},
	{regexp.MustCompile(`([a-z]{2,})ys(e|es|ed|ing)$`), "${1}yz$2"},
	{regexp.MustCompile(`([a-z]{2,}[^aeiou])our(s|ed|ing|able|ite|ites|er|ers)?$`), "${1}or$2"},
	{regexp.MustCompile(`([a-z]{2,})(e|o)ur(s|ed|ing|able|ite|ites)?$`), "${1}${2}or$3"},
	{regexp.MustCompile(`([a-z]{2,}[^aeiou])re(s|d)?$`), "${1}er$2"},
	{regexp.MustCompile(`^(def|off|lic|pret)ence(s)?$`), "${1}ense$2"},
	{regexp.MustCompile(`([aeiou])ll(ed|ing|er|ers)$`), "${1}l$2"},
	{regexp.MustCompile(`([a-z]{3,})ogue(s)?$`), "${1}og$2"},
	{regexp.MustCompile(`ae`), "e"},
	{regexp.MustCompile(`oe([a-z])`), "e$1"},
}

// boilerplatePatterns match paragraphs or sentences that are site chrome or
// syndication notices rather than story text; they are matched against
// folded text.
var boilerplatePatterns = []*regexp.Regexp{
	regexp.MustCompile(`sourced from (a|an) (syndicated|agency|wire) feed`),
	regexp.MustCompile(`published (as received|from a syndicated|from an agency|unedited)`),
	regexp.MustCompile(`(assumes?|accepts?|takes?) no (responsibility|liability)`),
	regexp.MustCompile(`has not been edited by .{1,60}staff`),
	regexp.MustCompile(`auto-?generated from a (syndicated|wire) feed`),
	regexp.MustCompile(`^\(?(with inputs? from|inputs? from) [a-z .,&]{1,60}\)?\.?$`),
	regexp.MustCompile(`^\(?(ani|pti|ians|afp|ap|reuters|upi|xinhua|dpa|efe|bloomberg|cnn)\)?\.?$`),
	regexp.MustCompile(`^(also read|read also|read more|read|also see|see also|watch|related|recommended|must read|don't miss|trending)\s*[:|-]`),
	regexp.MustCompile(`\b(subscribe|sign up|signup) (to|for|now|today)\b`),
	regexp.MustCompile(`\b(newsletter|premium access|member only|members only|exclusive insights|unlock exclusive)\b`),
	regexp.MustCompile(`\b(follow us on|join our (whatsapp|telegram)|download the app|click here)\b`),
	regexp.MustCompile(`^(copyright|©|\(c\)) .{0,80}$`),
	regexp.MustCompile(`all rights reserved`),
	regexp.MustCompile(`^\(?(distributed|syndicated|supplied|provided) (by|through) [a-z .,&-]{1,60}\)?\.?$`),
	regexp.MustCompile(`not for (re-?distribution|re-?publication|resale)|without (a|the|prior) (licen[cs]e|permission)`),
	regexp.MustCompile(`^advertisement$|^story continues below`),
	regexp.MustCompile(`^(this story|this article|this report) (was|has been) (updated|corrected)`),
	regexp.MustCompile(`^(edited by|written by|reporting by|additional reporting by) [a-z .,;&]{1,80}$`),
}

// IsBoilerplate reports whether a paragraph or sentence is site chrome or a
// syndication notice: disclaimers, credit lines such as "(ANI)" on their
// own, "Also read…" links and subscription promotions.
func IsBoilerplate(s string) bool {
	f := Fold(s)
	if f == "" {
		return false
	}
	for _, re := range boilerplatePatterns {
		if re.MatchString(f) {
			return true
		}
	}
	return false
}
