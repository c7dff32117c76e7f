package align

import (
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode"
)

// set builds a lookup set from space-separated words.
func set(words string) map[string]bool {
	m := make(map[string]bool)
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// union returns a new set holding the words of all sets.
func union(sets ...map[string]bool) map[string]bool {
	m := make(map[string]bool)
	for _, s := range sets {
		for w := range s {
			m[w] = true
		}
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
mr mrs ms one a.m p.m`)

// sentenceStarters are words that commonly begin a sentence; after an
// ambiguous abbreviation ("U.S.", "p.m.", "Jr.") a following starter marks
// a sentence boundary.
var sentenceStarters = set(`the a an he she it they we i you this that these those there his her its their our
but and yet so however meanwhile officials in on at after before when while as if according also
earlier later last next some many most several both all no one two three what why how who`)

// titleAbbrevs are abbreviations that precede a name and never end a sentence.
var titleAbbrevs = set(`mr mrs ms messrs dr prof gen col lt maj capt cpt sgt cmdr adm brig gov sen rep rev
hon pres supt insp det st mt ft fr sr jr no nos vol pp fig art sec lt.col lt.gen coun cllr clr cr
cpl const cst pte pvt spc amb msgr`)

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

var relativeUnits = set(`week month year weekend morning afternoon evening night decade quarter spring summer autumn winter fall`)

var relativeMods = set(`last next this past coming previous earlier`)

// numberWords maps cardinal number words to values.
var numberWords = map[string]float64{
	"zero": 0, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
	"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
	"fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
	"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
	"dozen": 12, "dozens": 24, "hundreds": 200, "thousands": 2000, "millions": 2e6, "billions": 2e9,
	"twice": 2, "thrice": 3,
	// Written so by canonPhrases: "tens of thousands".
	"tens-of-thousands": 2e4, "hundreds-of-thousands": 2e5, "tens-of-millions": 2e7, "hundreds-of-millions": 2e8,
}

// ordinalWords maps ordinal words to values; "first" is left out because
// it is more often an adverb ("was first seen") than a count.
var ordinalWords = map[string]float64{
	"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
	"ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
	"fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
	"twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60, "seventieth": 70,
	"eightieth": 80, "ninetieth": 90, "hundredth": 100, "thousandth": 1000,
}

// scaleWords multiply the number before them.
var scaleWords = map[string]float64{
	"hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
	"lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7, "mn": 1e6, "bn": 1e9, "m": 1e6, "b": 1e9, "k": 1e3,
	// Agency abbreviations: "310 mln yuan", "2.4 bln", "1.1 trln".
	"mln": 1e6, "bln": 1e9, "trln": 1e12, "tn": 1e12,
}

// negators flip the polarity of a clause.
var negators = set(`not no never none nobody nothing neither nor cannot without n't`)

// negativeWords say "not" by themselves: adjectives with a negative
// prefix whose base is common ("inadmissible" is "not admissible"), and
// words of absence, refusal or failure. A negator on one side of an
// aligned pair may be rendered by one of them on the other side.
var negativeWords = set(`inadmissible invalid illegal illegitimate unlawful unable unclear unknown unsafe
unavailable unaware unwilling unsuccessful unconstitutional unharmed unhurt uninjured unscathed
unopposed unresolved unpaid unemployed unidentified unnamed anonymous anonymity unchanged unaffected
unanswered unaccounted unfinished incomplete impossible ineligible insufficient inadequate inaccurate
incorrect untrue false unconfirmed unverified unprepared unrelated unnecessary unlikely unwelcome
undecided unspecified undisclosed unannounced unsigned unpublished unfit inactive inconclusive
absent absence lack lacks lacked lacking fail fails failed failure free zero nil barred banned
refuse refused refuses declined cut cutting lost losing excluded exempt exempted exemption waived waiver
withheld withhold withholding`)

// connectives join clauses; an edit of one changes how claims relate
// (judged with negation and modality), not a claim of its own.
var connectives = set(`although though despite because whereas unless whether since hence thus
therefore meanwhile moreover furthermore nevertheless nonetheless instead`)

// negatorPhrases are multi-word negations, matched on folded text.
var negatorPhrases = []string{"failed to", "refused to", "declined to", "yet to", "unable to", "denied", "rejected claims",
	"fails to", "refuses to", "declines to", "denies", "deny", "stopped short of", "stops short of",
	// "were still waiting to hear from their insurers" is "had yet to
	// hear" (waiting for a bus denies nothing: see waitingForRideRE).
	"still waiting to", "still waiting for", "still awaiting"}

// stateWords describe the state a claim leaves someone or something in;
// swapping one for another ("dead" → "missing", "guilty" → "innocent")
// changes the claim even in a sentence that is otherwise the same. Changed
// actions (past-tense verbs) are found by verbSwap.
var stateWords = set(`dead died alive missing safe unharmed injured injuries wounded guilty innocent liable free
captive open closed shut active inactive valid invalid legal binding final temporary permanent
partial full complete incomplete official unofficial stable critical serious
good fair`)

// upWords and downWords give the direction of a change; swapping one for
// the other ("rose" → "fell") reverses the claim, while swapping within a
// group ("rose" → "climbed") is a paraphrase.
var (
	upWords = set(`rose rise rises rising increased increase increases increasing grew grow grows growing gained
gain gains climbed climb climbs jumped jump jumps surged surge surges soared soar raised raise raises
boosted boost expanded expand up higher more above exceeded exceed risen rocketed skyrocketed`)
	downWords = set(`fell fall falls falling decreased decrease decreases decreasing shrank shrink shrinks
shrinking lost lose loses dropped drop drops declined decline declines slumped slump tumbled tumble
plunged plunge cut cuts lowered lower reduced reduce contracted contract down fewer less below fallen
plummeted slid`)
)

// quantifiers change how much of something a claim covers ("some" →
// "all"); they count even though they are function words.
// ("any" is left out: after a negation it quantifies nothing, "denied any
// wrongdoing".)
var quantifiers = set(`some all most many few several every both majority minority half`)

// gradedQuantifiers are the quantifiers that tell how widely a claim
// holds by degree, without saying all or none: swapping one for another
// or dropping one ("many" → "most", "some patients" → "patients") grades
// the claim; "some" → "all" changes it.
var gradedQuantifiers = set(`some most many few several majority minority`)

// frequencyRank ranks the words that tell how often something happens,
// from rarely (1) to always (5); "never" is a negator, judged apart.
var frequencyRank = func() map[string]int {
	m := make(map[string]int)
	for r, g := range []string{
		`rarely seldom rare infrequently infrequent`,
		`sometimes occasionally occasional sporadically sporadic`,
		`often frequently frequent repeatedly repeated regularly regular periodically periodic`,
		`routinely usually habitually routine habitual`,
		`always constantly invariably constant perpetually perpetual`,
	} {
		for _, w := range strings.Fields(g) {
			m[w] = r + 1
		}
	}
	return m
}()

// phrasalCanon rewrites multi-word expressions to one equivalent word
// before sentences are compared, so that "called off" and "cancelled" or
// "found not guilty" and "acquitted" read as the same claim.
var phrasalCanon = map[string]string{
	"explosive ordnance disposal": "bomb disposal",
	"explosive ordnance":          "ordnance",
	"improvised explosive device": "homemade bomb",
	"explosive device":            "bomb",
	"explosive devices":           "bombs",
	"were able to":                "could",
	"was able to":                 "could",
	"called off":                  "cancelled",
	"on the verge of":             "about to",
	"the majority of":             "most",
	"a majority of":               "most",
	"on the brink of":             "about to",
	"put off":                     "postponed",
	"pushed back":                 "postponed",
	"pulled out of":               "withdrawn from",
	"pulled out":                  "withdrew",
	"played down":                 "downplayed",
	"stepped down":                "resigned",
	"turned down":                 "rejected",
	"found not guilty":            "acquitted",
	"not guilty":                  "acquitted",
	"found guilty":                "convicted",
	"rather than":                 "not",
	"instead of":                  "not",
	"carried out":                 "conducted",
	"set up":                      "established",
	"handed over":                 "transferred",
	"showed off":                  "unveiled",
	"picked up pace":              "accelerated",
	"picked up speed":             "accelerated",
	"gathered pace":               "accelerated",
	"gained momentum":             "accelerated",
	"sped up":                     "accelerated",
	"slowed down":                 "slowed",
	"broke out":                   "erupted",
	"took over":                   "acquired",
	"shut down":                   "closed",
	"wiped out":                   "destroyed",
	"ruled out":                   "excluded",
	"stepped up":                  "intensified",
	"scaled back":                 "reduced",
	"laid off":                    "dismissed",
	"lay off":                     "dismiss",
	"lays off":                    "dismisses",
	"laying off":                  "dismissing",
	"bailed out":                  "rescued",
	"took place":                  "happened",
	"gave up":                     "abandoned",
	"went up":                     "rose",
	"went down":                   "fell",
	"looked into":                 "investigated",
	"held talks":                  "met",
	"signed off on":               "approved",
	"backed down":                 "retreated",
	"taken into custody":          "arrested",
	"lost their lives":            "died",
	"lost his life":               "died",
	"lost her life":               "died",
	"passed away":                 "died",
	"put to death":                "executed",
	"put back":                    "postponed",
	"voted down":                  "rejected",
	"looking into":                "investigating",
	"blew up":                     "exploded",
	"got into":                    "entered",
	"get into":                    "enter",
	"broke into":                  "entered",
	"forced to leave":             "evacuated",
	"forced to flee":              "evacuated",
	"ordered to leave":            "evacuated",
	"burned down":                 "destroyed",
	"burnt down":                  "destroyed",
	"put on hold":                 "suspended",
	"took legal action":           "sued",
	"filed a lawsuit":             "sued",
	"filed suit":                  "sued",
	"gave the green light":        "approved",
	"threw out":                   "rejected",
	"thrown out":                  "rejected",
	"shot dead":                   "killed",
	"gunned down":                 "killed",
	"shot and killed":             "killed",
	"shot to death":               "killed",
	"stabbed to death":            "killed",
	"came down":                   "fell",
	"come down":                   "fall",
	"held steady":                 "stable",
	"remained steady":             "stable",
	"year is out":                 "end of the year",
	"every hour":                  "hourly",
	"each hour":                   "hourly",
	"every day":                   "daily",
	"each day":                    "daily",
	"every night":                 "nightly",
	"every week":                  "weekly",
	"each week":                   "weekly",
	"every month":                 "monthly",
	"each month":                  "monthly",
	"every quarter":               "quarterly",
	"each quarter":                "quarterly",
	"every year":                  "annually",
	"each year":                   "annually",
	// Speed units written out or abbreviated: "165 km/h".
	"kilometres per hour": "km/h",
	"kilometers per hour": "km/h",
	"kilometres an hour":  "km/h",
	"kilometers an hour":  "km/h",
	"km per hour":         "km/h",
	"km an hour":          "km/h",
	"miles per hour":      "mph",
	"miles an hour":       "mph",
	"metres per second":   "m/s",
	"meters per second":   "m/s",
}

// phrasalRE matches the keys of phrasalCanon, longest first.
var phrasalRE = func() *regexp.Regexp {
	keys := make([]string, 0, len(phrasalCanon))
	for k := range phrasalCanon {
		keys = append(keys, regexp.QuoteMeta(k))
	}
	sort.Slice(keys, func(i, j int) bool {
		if len(keys[i]) != len(keys[j]) {
			return len(keys[i]) > len(keys[j])
		}
		return keys[i] < keys[j]
	})
	return regexp.MustCompile(`(?i)\b(` + strings.Join(keys, "|") + `)\b`)
}()

// modifierSuffixes mark words that are probably adjectives or adverbs.
var modifierSuffixes = []string{"ous", "ful", "ive", "ic", "less", "ible", "able", "ish", "ly"}

// notCharacterization are -ly words that are not evaluative adverbs.
var notCharacterization = set(`only early family daily weekly monthly yearly reply apply supply italy july
rally ally fly july likely unlikely nearly really largely mostly partly probably possibly reportedly
allegedly apparently purportedly seemingly presumably supposedly currently recently previously
formerly initially finally eventually subsequently immediately directly only holy belly jolly
lily emily kelly billy sally molly oily hilly silly bully assembly anomaly monopoly italy
reportedly july fully certainly definitely clearly undoubtedly conclusively already namely
respectively accordingly approximately roughly exactly nearly merely simply also shortly
hourly nightly fortnightly quarterly annually`)

// speechVerbs introduce an attribution.
var speechVerbs = set(`said says say told tells tell reported citing according noted notes added adds stated
states announced announces claimed claims wrote writes tweeted posted cited
quoted explained warned insisted argued acknowledged admitted revealed disclosed asserted
declared remarked observed commented conceded`)

// stanceVerbs credit their subject with a stance rather than words
// ("the union welcomed the law", "the minister urged calm", "the mayor
// described the news as a blow"): parseAttributions reads a named or
// described subject of theirs as a source, while the verb itself stays a
// content word, so "welcomed" → "condemned" is still a change.
var stanceVerbs = set(`welcomed urged described asked requested appealed blamed forecast predicted estimated attributed complained demanded accused condemned criticised criticized praised rejected denied dismissed pledged promised vowed`)

// stanceStems are the stems of stanceVerbs, to find their progressive
// forms ("is asking", "are urging").
var stanceStems = func() map[string]bool {
	m := make(map[string]bool)
	for w := range stanceVerbs {
		m[verbStem(w)] = true
	}
	return m
}()

// sourceNouns head an anonymous attribution ("a source familiar…", "officials").
var sourceNouns = set(`source sources official officials spokesperson spokesman spokeswoman spokespeople
diplomat diplomats person people aide aides analyst analysts expert experts officer officers
minister ministry report reports statement statements witness witnesses insider insiders
adviser advisers advisor advisors lawmaker lawmakers government administration agency police
authorities authority investigators investigator media outlet outlets newspaper network
lawyer lawyers attorney attorneys prosecutor prosecutors counsel family relatives residents
doctors doctor scientists researchers economists economist survey study data figures union
garda gardai gardaí gendarmes gendarmerie carabinieri constabulary`)

// transliterations maps variant spellings of names to one canonical form.
var transliterations = map[string]string{
	"kiev": "kyiv", "kharkov": "kharkiv", "odessa": "odesa", "lvov": "lviv", "lugansk": "luhansk",
	"türkiye": "turkey", "turkiye": "turkey", "burma": "myanmar", "swaziland": "eswatini", "bombay": "mumbai",
	"calcutta": "kolkata", "madras": "chennai", "bangalore": "bengaluru", "gurgaon": "gurugram",
	"zelenskyy": "zelensky", "zelenskiy": "zelensky", "zelenskii": "zelensky",
	"qaddafi": "gaddafi", "gadhafi": "gaddafi", "kadhafi": "gaddafi",
	"al-qaida": "al-qaeda", "al-qa'ida": "al-qaeda", "usama": "osama", "muhammad": "mohammed",
	"mohammad": "mohammed", "muhammed": "mohammed", "tehran": "tehran", "teheran": "tehran",
	"peking": "beijing", "britain": "uk", "u.k": "uk", "u.s": "us", "usa": "us", "u.s.a": "us", "volodymir": "volodymyr", "dmitri": "dmitry", "dmitriy": "dmitry",
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
	"kilogramme": "kilogram", "kilogrammes": "kilograms", "gramme": "gram", "grammes": "grams",
	"sulphur": "sulfur", "sulphuric": "sulfuric", "sulphate": "sulfate", "sulphates": "sulfates", "sulphide": "sulfide",
	"paediatric": "pediatric", "paediatrician": "pediatrician", "paediatricians": "pediatricians",
	"anaesthetic": "anesthetic", "anaesthetist": "anesthetist", "haemorrhage": "hemorrhage", "orthopaedic": "orthopedic",
	"mould": "mold", "mouldy": "moldy", "smoulder": "smolder", "smouldering": "smoldering", "smouldered": "smoldered",
	"cosy": "cozy", "moustache": "mustache", "sceptic": "skeptic", "sceptics": "skeptics",
	"ploughs": "plows", "ploughed": "plowed", "ploughing": "plowing", "snowplough": "snowplow",
	"snowploughs": "snowplows", "councillor": "councilor", "councillors": "councilors",
	"diarrhoea": "diarrhea", "oesophagus": "esophagus", "foetus": "fetus", "oedema": "edema", "anaemia": "anemia",
	"anaemic": "anemic", "leukaemia": "leukemia", "haemoglobin": "hemoglobin", "faeces": "feces", "oestrogen": "estrogen",
	"gynaecologist": "gynecologist", "haematoma": "hematoma", "septicaemia": "septicemia",
}

// spellingKey returns a canonical spelling of a lower-case word so that
// British and American variants (defence/defense, organised/organized,
// colour/color, centre/center, travelled/traveled) and transliterations
// (Kiev/Kyiv) compare equal. Both sides of a comparison go through it, so
// the key only has to be the same for variants, not a real spelling.
func spellingKey(w string) string {
	if t, ok := transliterations[w]; ok {
		return t
	}
	if len(w) < 5 {
		return w
	}
	switch w[len(w)-1] {
	case 'n', 'g', 's', 'd', 'r', 'e', 'l':
	default:
		return w // no rule below ends otherwise
	}
	// -ise/-ised/-ising/-isation → -ize…; -yse → -yze
	for _, suf := range []string{"isations", "isation", "ising", "ises", "ised", "isers", "iser", "ise"} {
		if stem, ok := strings.CutSuffix(w, suf); ok && len(stem) >= 2 {
			return stem + "iz" + suf[2:]
		}
	}
	for _, suf := range []string{"ysing", "yses", "ysed", "yse"} {
		if stem, ok := strings.CutSuffix(w, suf); ok && len(stem) >= 2 {
			return stem + "yz" + suf[2:]
		}
	}
	// -our → -or: colour, favourite, behaviour, neighbourhood, colourful
	for _, suf := range []string{"ourites", "ourite", "ourable", "ourhoods", "ourhood", "ourful", "ourless", "ouring", "oured", "ourers", "ourer", "ours", "our"} {
		if stem, ok := strings.CutSuffix(w, suf); ok && len(stem) >= 3 {
			return stem + "or" + suf[3:]
		}
	}
	// -re → -er after a consonant: centre, metres, theatre
	for _, suf := range []string{"res", "red", "re"} {
		if stem, ok := strings.CutSuffix(w, suf); ok && len(stem) >= 3 && !strings.ContainsRune("aeiou", rune(stem[len(stem)-1])) {
			return stem + "er" + suf[2:]
		}
	}
	// defence, offence, licence, pretence
	for _, stem := range []string{"def", "off", "lic", "pret"} {
		if w == stem+"ence" || w == stem+"ences" {
			return stem + "ense" + w[len(stem)+4:]
		}
	}
	// -elled/-alled → -eled/-aled: travelled, cancelled, signalled
	for _, suf := range []string{"lled", "lling", "ller", "llers"} {
		if stem, ok := strings.CutSuffix(w, suf); ok && len(stem) >= 4 && (stem[len(stem)-1] == 'e' || stem[len(stem)-1] == 'a') {
			return stem + suf[1:]
		}
	}
	// -ogue → -og: catalogue, dialogue
	if stem, ok := strings.CutSuffix(w, "ogue"); ok && len(stem) >= 3 {
		return stem + "og"
	}
	if stem, ok := strings.CutSuffix(w, "ogues"); ok && len(stem) >= 3 {
		return stem + "ogs"
	}
	return w
}

// boilerplatePatterns match paragraphs or sentences that are site chrome or
// syndication notices rather than story text; they are matched against
// folded text.
var boilerplatePatterns = []*regexp.Regexp{
	regexp.MustCompile(`sourced from (a|an) (syndicated|agency|wire) feed`),
	regexp.MustCompile(`published (as received|from a syndicated|from an agency|unedited)`),
	// "(This article is carried unedited from an agency feed. Only the
	// headline may have been changed.)"
	regexp.MustCompile(`^\(?(this|the) (article|story|report|copy|content|piece|item) (is|was|has been|have been) (carried|published|reproduced|run|printed|posted) (unedited|verbatim|as received|without (any )?(editing|modifications?|changes)) from (a|an|the|our) ([a-z-]+ ){0,2}(feeds?|wires?|services?|agency|agencies)\b`),
	regexp.MustCompile(`^\(?only the (headline|headlines|title|picture|image)( and [a-z ]{1,20})? (of this [a-z]+ )?(may have been|has been|have been) (changed|edited|modified|altered|reworked)[.)]*$`),
	regexp.MustCompile(`(assumes?|accepts?|takes?) no (responsibility|liability)`),
	// "CaribWire is not responsible for its content.", "Views expressed
	// are those of the original publisher.": a republisher disowning the
	// copy.
	regexp.MustCompile(`^[a-z0-9 .'&-]{1,40} (is|are) not responsible for (its|their|this) (content|contents|accuracy|views)\.?$|^[a-z0-9 .'&-]{1,40} (is|are) not responsible for the (content|contents|accuracy) of (this|the) (article|story|report|page|site|website|post|feed)s?\.?$`),
	// "Content syndicated from our partners; …", "Stories on
	// Caribbean Newsline are supplied by partner newsrooms.",
	// "Republished with permission": where a republisher's copy comes
	// from, and on what terms.
	regexp.MustCompile(`^(this |all |our )?(content|contents|stories|articles) (is |are |was |were )?(syndicated|sourced|supplied|republished|distributed|provided) (from|by|via|through) (our |its |their )?(partners?|partner (newsrooms?|sites?|outlets?|publications?)|syndication|news agencies|agencies|wire services?|[a-z .'&-]{2,40} (feature service|news service|syndicate|news agency))(\.|;.{0,120})?$`),
	// "(Information from EFE, republished under a content-sharing
	// agreement.)"
	regexp.MustCompile(`^\(?(information|reporting|material) (from|by) [a-z .'&-]{2,40}[,;]? (republished|reproduced|used|distributed|carried) under (a |an )?[a-z -]{0,30}(agreement|licen[cs]e|arrangement)\.?\)?\.?$`),
	regexp.MustCompile(`^(stories|articles|content|reports|news) (on|from|at|in) [a-z0-9 .'&-]{2,40} (is|are) (supplied|provided|sourced|distributed|produced|syndicated) by (our |its )?(partner|partners|syndication|wire|news)\b.{0,60}$`),
	regexp.MustCompile(`^\(?((this|the) (article|story|report|piece) (is |was |has been )?)?` + permissionPattern + `\)?\.?$`),
	// "This article was produced by the Local Democracy Reporting
	// Service and is republished with permission.", "Content from
	// partner publications is republished with permission.": who made
	// the copy, and the leave to run it.
	regexp.MustCompile(`^(this |the |all |our )?(article|story|report|piece|content|stories|articles|reports)( (was|is|were|are|has been|have been) (produced|written|supplied|provided|created|commissioned) (by|for|in partnership with) [a-z0-9 .'&-]{1,60} and| (from|by|of|on|in) [a-z0-9 .'&-]{1,60})? (is|are|was|were|has been|have been) ` + permissionPattern + `\.?$`),
	regexp.MustCompile(`^(the )?(views|opinions) expressed( (here|herein|above|below|in (this|the) (article|story|piece|column|report)))? (are|is) (those of|the author's|the writer's|solely|not necessarily)\b[a-z .'&-]{0,60}\.?$`),
	regexp.MustCompile(`has not been edited by .{1,60}staff`),
	// "This content is provided by Xinhua and has not been edited by
	// our newsroom."
	regexp.MustCompile(`has not been edited by our (newsroom|editors|editorial team|desk|team)\b`),
	// "Sponsored: Discover the Isle of Skye this winter": a paid
	// promotion under its label.
	regexp.MustCompile(`^(sponsored|advertisement|promoted|paid (content|post|partnership)|partner content) ?: .{1,120}$`),
	// "Reading time: 3 min".
	regexp.MustCompile(`^reading time:? *\d{0,2} ?min(ute)?s?\.?$`),
	// A picture's credit: "Belvaux Cruises/Handout".
	regexp.MustCompile(`^[a-z0-9 .'&-]{2,40} ?/ ?(handout|pool|file photo)\.?$`),
	// A wire's signature, alone or with its time: "From the Associated
	// Press", "Associated Press, Thursday 16:12 BST".
	regexp.MustCompile(`^(from|via) (the )?(associated press|reuters|afp|agence france-presse|xinhua( news agency)?|ani|pti|ians|kyodo( news)?|yonhap|bernama|efe|dpa|ap|aap|anadolu agency)\.?$`),
	regexp.MustCompile(`^(the )?(associated press|reuters|afp|ap|xinhua|pti|ani|kyodo|efe|dpa|bernama|yonhap|aap), [a-z]{0,9},? ?\d{1,2}[:.]\d\d( ?[ap]\.?m\.?)?( [a-z]{2,4})?\.?$`),
	regexp.MustCompile(`auto-?generated from a (syndicated|wire) feed`),
	regexp.MustCompile(`^\(?(with inputs? from|inputs? from) [a-z .,&]{1,60}\)?\.?$`),
	// "— With files from The Associated Press", "With agency inputs".
	regexp.MustCompile(`^[-–— ]*\(?(with (files|reporting|additional reporting|inputs?) (from|by)|with (agency|wire) inputs?)\b[a-z .,&'-]{0,60}\)?\.?$`),
	// An outlet's credit line with the wire it drew on: "The Provence
	// Weekly, with AFP", "Staff, with Reuters".
	regexp.MustCompile(`^[-–— ]*[a-z .'&-]{2,40}, with (afp|reuters|ap|the associated press|dpa|efe|ansa|anadolu|xinhua|kyodo|bernama|yonhap|pti|ani|agencies|wires|agency reports)\.?$`),
	// "Disclaimer: This story is from a syndicated feed."
	regexp.MustCompile(`^(disclaimer:? )?this (story|article|report|copy|content) (is|was|has been) (taken |sourced |published |auto-generated |carried |reproduced |republished )?from (a|an|the) (syndicated|agency|wire|news agency|news|wire service|news service|syndication) feed\b`),
	// "This article is published under a content-sharing agreement
	// with …": the terms on which a partner site runs the copy.
	regexp.MustCompile(`^\(?(this|the) (article|story|report|content|piece|copy) (is|was|has been|appears) [a-z ]{0,40}\b(content-sharing|content sharing|syndication|republishing|news-sharing) (agreement|arrangement|partnership|deal)\b`),
	// "Nothing but the headline has been changed."
	regexp.MustCompile(`^\(?(only|nothing but|except for|apart from) the headline\b.{0,40}\b(has|have|may have|was|were) (not )?been (changed|edited|reworked|modified|altered)`),
	// A promotion headed by its label: "Also read: …", "Related Stories: …",
	// "More news on the economy - …".
	regexp.MustCompile(`^(also read|read also|read more|read next|read|also see|see also|watch|related( (stories|story|articles?|news|coverage|content|reading|posts|links|topics))?|recommended( (stories|articles|reading|for you))?|must read|don't miss|trending( now| stories)?|more (stories|news|coverage)( (on|about|from) [a-z ]{1,30})?|more on this (story|topic|subject)|you (may|might) also like)\s*[:|»›>-]`),
	regexp.MustCompile(`\b(subscribe|sign up|signup) (to|for|now|today)\b`),
	regexp.MustCompile(`\b(newsletter|premium access|member only|members only|exclusive insights|unlock exclusive)\b`),
	regexp.MustCompile(`\b(follow us on|join our (whatsapp|telegram)|download the app|click here)\b`),
	regexp.MustCompile(`^(copyright|©|\(c\)) .{0,80}$`),
	regexp.MustCompile(`all rights reserved`),
	regexp.MustCompile(`^\(?((this )?(content|story|article|report|copy) (is |was )?)?(distributed|syndicated|supplied|provided) (by|through|via) [a-z .,&-]{1,60}\)?\.?$`),
	// A promotion of the republishing site's own stories: "Also on
	// Prague Today: …" (not "Also on the ballot: …").
	regexp.MustCompile(`^also on ([a-z.'&-]+ ){0,3}(today|news|times|post|daily|online|weekly|herald|tribune|wire|insider|gazette|journal|express|review|[a-z]+\.com)\s*:`),
	// A wire's note of what an update changed: "UPDATED with likely
	// source of the fly", "Updates with minister's comments".
	regexp.MustCompile(`^\(?(updated|updates|adds|recasts|rewrites) with [a-z ,;'’&-]{3,100}\)?\.?$`),
	// "without a licence" ends a notice only after a verb of copying:
	// "riding without a licence" is a claim.
	regexp.MustCompile(`not for (re-?distribution|re-?publication|resale)|\b(publish|republish|broadcast|rewritten|redistribut|reproduc|reprint|cop(y|ied)|used|stored|transmitted|shared)[a-z]*\b[^.;]{0,80}without (a|the|prior)( written)? (licen[cs]e|permission)`),
	// "This article may not be reproduced without the agency's written
	// consent": the notice names itself, where "the video was shared
	// without the girl's consent" is a claim.
	regexp.MustCompile(`^(this|the) (article|story|report|content|material|copy)\b[^.;]{0,40}\b(may|must|can|cannot|should)( not)? be (reproduc|republish|redistribut|copied|reprinted|rewritten|published|broadcast)[a-z]*\b[^.;]{0,60}\bwithout\b[^.;,]{0,40}\b(consent|permission|licen[cs]e|authori[sz]ation)( (of|from) [^.;,]{1,60}(, [a-z .&]{1,40}\b(holdings|group|limited|ltd|inc|media|press|corporation|corp))?)?(,? in whole or in part)?\.?$`),
	regexp.MustCompile(`^story continues below`),
	// A photo's credit, a byline or a wire's note of what an update
	// changed, in brackets alone: "(Courtesy)", "(By Jo Lee and Sam
	// Oduya)", "(Updates death toll, adds rescues)".
	regexp.MustCompile(`^\((courtesy|courtesy photo|file|file photo|handout|supplied)\)\.?$`),
	regexp.MustCompile(`^\(by [a-z.'-]+( [a-z.'-]+){0,3}((,| and) [a-z.'-]+( [a-z.'-]+){0,3}){0,3}\)\.?$`),

	// A page's count of comments: "Comments (0)".
	regexp.MustCompile(`^comments? \(\d+\)$`),
	// An explainer's label standing alone: "Why it matters:".
	regexp.MustCompile(`^(why it matters|the big picture|what's next|what they're saying|the bottom line|between the lines|by the numbers|zoom in|zoom out|state of play|driving the news|catch up quick|reality check|what to watch|go deeper)\s*:?$`),
	// A newsroom's note that it is covering the story live: "The Courier
	// has a reporter at the scene and will update this story as more
	// information becomes available."
	regexp.MustCompile(`^(the |our )?[a-z .'&-]{1,40} (has|have) (a |an )?(reporter|reporters|correspondent|correspondents) (at|on) the scene( and (will|is going to) update this (story|article|page)( as [a-z ]{1,60})?)?\.?$`),
	regexp.MustCompile(`^(we|[a-z .'&-]{1,40}) will (update|be updating) this (story|article|page)( as [a-z ]{1,60})?\.?$`),
	regexp.MustCompile(`^(advertisement|sponsored|sponsored content|ad|promoted)\b[^a-z]{0,6}(scroll|continue|story|article|content|\s*$)`),
	regexp.MustCompile(`\bscroll (down )?to (continue|read|see)\b|^(continue|keep) reading\b|^(the )?(story|article) continues\b`),
	// A time stamp, after a section's name or not ("Education -
	// Published: June 18, 2025 at 10:30"; an agency's name of more words
	// is read by outletSegment), and with its figures stripped
	// by a broken feed ("Published: June , at :"), with the poster's
	// name after it ("Posted on November 18, 2025 by Pacific Desk") or
	// labelled as the page's making ("Created: 04-03-2025 14:52 IST"),
	// or with its source after it ("Published: 21/11 17:48 - Source:
	// VNA"), or a desk's name before it, its figures stripped ("Sicily
	// News Desk, published // :").
	regexp.MustCompile(`^([a-z&]+( [a-z&]+)?(,| [-–|•·])? |[a-z&]+( [a-z&]+){2}(,| [-–|•·]) )?(first )?(published|updated|last updated|posted|created)(:| on:?| at:?)? ?((mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\.?,? )?([/.:-][/.:, -]*$|[a-z]{3,9}\.? \d{1,2},? \d{4}|\d{1,2} [a-z]{3,9},? \d{4}|\d{4}-\d\d-\d\d|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}|\d{1,2}/\d{1,2}|\d{1,2}[:.]\d\d|[a-z]{3,9}\.? \d{1,2},? \d{4},? at \d{1,2}[:.]\d\d|(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?[ ,.:]*(at)?[ ,.:]*$)[^a-z]{0,30}( ?(a\.m\.|p\.m\.|(am|pm|ist|gmt|utc|et|edt|est|bst|cet|cest|eet|eest|wet|west|eat|wat|cat|sast|pkt|pht|wib|wita|jst|kst|aest|aedt|acst|awst|nzst|nzdt|msk|cst|cdt|pst|pdt|mst|mdt|mt|pt|ct|akst|akdt|hkt|sgt|gst|ast|art|brt|ict|npt|bdt|mmt|hst)\b)[^a-z]{0,10})*( by [a-z][a-z.'-]*( [a-z][a-z.'-]*){0,3}|source: ?[a-z][a-z.'&/-]*( [a-z][a-z.'&/-]*){0,3})?$`),
	// A station's or paper's staff credited by a name with figures:
	// "By Plains 8 News Staff", "By Channel 9 Staff".
	regexp.MustCompile(`^by (?:[a-z.'&-]+ ){0,3}[a-z]*[0-9]+[a-z]*(?: news)? (?:staff|desk|news desk|newsroom)\.?$`),
	// A desk's byline without a name: "Staff Reporter", "Our
	// Correspondent".
	regexp.MustCompile(`^(staff|special|our|a) (reporter|correspondent|writer)s?$`),
	// A byline: "By Jo Lee", "By Jo Lee and Sam Oduya, Nairobi"; the names
	// are a few words, not a sentence ("By Wednesday they had found …").
	regexp.MustCompile(`^by [a-z.'-]+( [a-z.'-]+){0,5}\.?$|^by [a-z.'-]+( [a-z.'-]+){0,5}(,|\|) [a-z .'-]{2,40}$`),
	// A byline with the writer's role: "By Jo Lee | Staff correspondent
	// covering health and science", "By Sam Oduya, the Courier's chief reporter".
	regexp.MustCompile(`^by [a-z.'-]+( [a-z.'-]+){0,5} ?(,|\||-|/) ?[a-z .,'&-]{0,60}\b(correspondents?|reporters?|editors?|writers?|journalists?|columnists?|contributors?|producers?|photographers?|interns?|staff)\b[a-z .,'&-]{0,80}$`),
	// A note on where or when the copy first appeared: "This report by
	// the Northern Press was first published June 2, 2026.", "This story
	// first appeared in The Conversation." The date may abbreviate its
	// month ("Feb. 6, 2025"); a sentence that goes on ("… first
	// published in 2019 and found 14 breaches") is story text.
	regexp.MustCompile(`^this (report|article|story|copy|item) ((by|from) [a-z .'&-]{2,60} )?(was |has been )?(originally |first )(published|posted|filed|appeared)` +
		`( (in|by) (the )?[a-z .'&-]{2,60}?)?(,? (on |in )?([a-z]{3,9}\.? \d{1,2},? \d{4}|\d{1,2} [a-z]{3,9}\.?,? \d{4}|\d{4}-\d\d-\d\d|[a-z]{3,9} \d{4}|\d{4}))?(,? at [0-9:. apm]{3,12})?\.?$`),
	// "This article first appeared in the Honiara Business Weekly and is
	// republished by Pacific Newswire under a content-sharing
	// agreement.": the copy's terms, where "This story first appeared
	// on TikTok." may be the news.
	regexp.MustCompile(`^this (report|article|story|copy|item) (was |has been )?(originally |first )(published|posted|appeared) (in|by|on) (the )?[a-z .'&-]{2,60}? and (is|has been) (republished|reproduced|reprinted|shared|carried)\b[a-z .'&-]{0,100}\.?$`),
	regexp.MustCompile(`^\(?(file )?(photo|image|picture|representational image|video)( credit)?\s*:.{0,120}$`),
	// A share prompt: "Share this:", "Share it with your friends on
	// WhatsApp and X."
	regexp.MustCompile(`^share (this|it)( (article|story|post|page|news|link))?( with (your )?(friends|family|followers))?( (on|via) [a-z0-9 ,·•|&/+-]{1,60})?[.!]?$|^share (this|it)( (article|story|post|page|news|link))?:.{0,80}$`),
	regexp.MustCompile(`^(this story|this article|this report) (was|has been) (updated|corrected)`),
	regexp.MustCompile(`^\(?((additional )?reporting|writing|written|editing|edited|compiled|produced) by:? [a-z .,;&'-]{1,120}\)?$`),
	// A wire's credit of several parts, each a label and names:
	// "(Reporting by Jo Lee in Riga; Additional reporting by Sam Cox;
	// Editing by Ann Bell and Tom Oda)".
	regexp.MustCompile(`^\(?((additional )?reporting|writing|editing|graphics|fact-checking) by:? [a-z .,&'-]{1,120}(; ?((additional )?reporting|writing|editing|graphics|fact-checking) by:? [a-z .,&'-]{1,120}){1,5}\)?$`),
	// "Story by Jo Lee", "Text by …".
	regexp.MustCompile(`^(story|text|words|report) by:? [a-z .'-]{2,60}\.?$`),
	// A note on the writer of an opinion piece: "(The writer is a
	// former ambassador to Japan.)"
	regexp.MustCompile(`^\(?the (writer|author|columnist|reporter)s? (is|are|was|were) (a|an|the) [^()]{3,160}\)?\.?$`),
	// Credits for reporting: "Jo Lee contributed to this report.", "Jo
	// Lee reported from Nairobi."
	regexp.MustCompile(`\bcontributed (reporting )?to this (report|story|article)\.?$`),
	regexp.MustCompile(`^(topics?|tags?|tagged( with| in| under)?|filed under|categories|category|related tags|more about)\s*:.{0,200}$`),
	// Notes of a story still being written: "Developing story...", "This
	// is a developing story. Please refresh the page for the latest
	// updates.", "(Developing story; refresh for updates.)"
	regexp.MustCompile(`^\(?(this is a |a )?(developing|breaking)( (story|news))?( alert)?[ .…!]*([;:,-]* ?(please )?(refresh|check back|come back|stay tuned)[a-z ]{0,40}[.!]*)?\)?$|^\(?this (story|article|report) is (still )?developing\s*([.;:,…!-]+\s*((please )?(refresh|check back|come back|stay tuned|updates?|more to follow)\b.{0,60})?)?\)?$|^\(?(please )?refresh (the|this) (page|article|story)( for [a-z ]{0,30})?[.!)]*$|^\(?(please )?refresh for (the latest |more |further )?updates[.!)]*$`),
	// Prompts to comment: "Share your thoughts in the comments below."
	regexp.MustCompile(`^(please )?(share your (thoughts|views|opinions?)|leave (a|your) comments?|join the (conversation|discussion)|tell us what you think)\b.{0,60}$`),
	// Stamps told as a time ago, and a take's note of what it added:
	// "Published 2 hours ago", "Updated an hour ago", "Sports Wire -
	// Last updated  hours ago" (a feed stripped the digits), "News24 -
	// Last updated 5 hours ago", "Updated 16:45 with comment from the
	// minister".
	regexp.MustCompile(`^([a-z][a-z0-9&]*( [a-z0-9&]+){0,3} [-–|•·] )?(published|updated|posted|last updated)( on)?:? +((about |around |over |more than )?(\d{1,3} +|an? |(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) )?(seconds?|minutes?|mins?|hours?|hrs?|days?) ago|today|yesterday|just now)\.?$`),
	regexp.MustCompile(`^(updated|update)( on| at)? ` + updateWhen + `[,:]? (with|to add|to include|adds?) [a-z ,'-]{3,80}\.?$`),
	// A copyright's other wording: "Reproduction reserved", "All
	// reproduction prohibited".
	regexp.MustCompile(`^(all )?reproduction (rights )?(is )?(strictly )?(reserved|prohibited|forbidden)\b.{0,60}$`),
	// Notes that a feed's copy was imported as it came: "This article was
	// automatically imported from a news agency feed and has not been
	// edited by our newsroom."
	regexp.MustCompile(`^this (article|story|report|content|copy) (was|has been|is) (automatically |auto-?)(imported|generated|published|posted|created|fetched)\b[^.!?]{0,140}\.?$`),
	// Comments shut: "Comments are closed for this story."
	regexp.MustCompile(`^(comments (are|have been) (closed|disabled|turned off)|commenting (is|has been) (closed|disabled))( (for|on) this (story|article|post|page))?[.!]?$`),
	// "Syndicated from the North Kerry Observer", "Republished from
	// The Kerryman": the copy's source as a line of its own.
	regexp.MustCompile(`^\(?(syndicated|republished|reproduced|reprinted) (from|courtesy of|with permission from) (the )?[a-z0-9 .'&-]{2,60}\)?\.?$`),
	// "Costa Norte News republishes selected regional stories under
	// licence.": the terms on which a site runs others' copy.
	regexp.MustCompile(`^[a-z0-9 .'&-]{2,40} (republishes|reproduces|reprints|carries|runs|publishes) [a-z ,'-]{0,40}\b(stories|articles|reports|content|copy)\b[a-z ,'-]{0,40}\b(under|with) (a |an )?([a-z -]{0,30} )?(licen[cs]e|permission|agreement|arrangement)\b[a-z .,'-]{0,60}\.?$`),
	// "Published via NewsFeed Central.": the feed a copy came through.
	regexp.MustCompile(`^(published|posted|delivered|received) (via|through) [a-z0-9 .'&-]{2,60}\.?$`),
	// "More information follows.": a wire's note that the story goes on
	// in a later take.
	regexp.MustCompile(`^\(?(more|further) ((information|details|updates) )?(follows|to follow|will follow|to come)[.!…]*\)?$`),
	// "This article was republished from AAP with permission."
	regexp.MustCompile(`^this (article|story|report|content|piece) (was|is|has been) (re-?published|reproduced|reprinted) (from|with|courtesy|under|by arrangement)\b.{0,80}$`),
	// An editor's credit alone: "Editor: Huang Mei", "Source: Xinhua
	// Editor: Wang Lu".
	regexp.MustCompile(`^(source: ?[a-z]+[ |]+)?(editors?|edited by|editing): ?[a-z][a-z .'-]{1,40}([ .|]+\d{4}-\d\d-\d\d( \d\d:\d\d(:\d\d)?)?)?$`),
	regexp.MustCompile(`\b(sign up|signup|subscribe) (here|now|today|free|for free)\b|\b(in|into|to|straight to|delivered to) your inbox\b`),
	// Standing disclaimers of a site or feed: "This article is for
	// general information only and does not constitute financial
	// advice.", "… is not a substitute for professional medical advice."
	regexp.MustCompile(`^(disclaimer:? )?(this|the|our|all) [a-z ]{0,40}\b(is|are) (provided |published |intended )?for (general )?information(al)? (purposes )?only\b|\b(does|do|is|are) not (constitute|intended as|a substitute for|replace) (professional |personal )?(financial |investment |legal |medical |tax )?(advice|recommendations?)\b`),
	// Metered paywalls: "You have reached your limit of free articles.",
	// "Subscribe from £1 a week to keep reading."
	regexp.MustCompile(`\b(reached|used) (your|the) (limit|maximum|quota) of (free )?(articles|stories)\b|^subscribe (from|for) .{0,60}\bto (keep|continue) reading\b`),
	// A credit line naming the outlet the copy came from: "Source:
	// Northern Press".
	regexp.MustCompile(`^source: [a-z&'-]+(,? [a-z&'.-]+){0,4}\.?$`),
	// Promotions of the site's social accounts and apps.
	regexp.MustCompile(`^(follow|like|find) [a-z0-9 .'&-]{1,60} on (facebook|x|twitter|instagram|threads|tiktok|youtube|linkedin|bluesky|whatsapp|telegram)\b`),
	regexp.MustCompile(`\bdownload (the|our) [a-z0-9 .'&-]{0,40}\bapp\b`),
	// Paywall and log-in prompts.
	regexp.MustCompile(`^(already (a|an) (subscriber|member|customer)|not (a|an) (subscriber|member))\b.{0,80}$`),
	regexp.MustCompile(`^(log|sign) ?in( here| now| to (continue|read|comment)[a-z ]{0,30})?[.!]?$`),
	// Notes about the author.
	regexp.MustCompile(`^about the (author|writer|reporter)\b`),
	authorNoteRE,
	// Who supplied the copy: "Disclaimer: This content is provided by a
	// syndication partner.", "This story was supplied by our wire service."
	regexp.MustCompile(`^(disclaimer:? )?(this|the) (content|story|article|report|copy|piece|news) (is|was|has been) (provided|supplied|contributed|distributed|sourced)( to [a-z .'&-]{1,40})? (by|from|through|via) (a|an|our|the) ([a-z-]+ ){0,2}(partners?|feeds?|services?|providers?|agency|agencies|wires?)\b`),
	// The standing note that a partner's views are not the site's: "The
	// views expressed do not necessarily reflect those of this publication."
	regexp.MustCompile(`^(disclaimer:? |note:? |\* )?(the |all |any )?(views|opinions) (and (opinions|views) )?expressed (in this [a-z]+ |here |herein |above |by (the )?(authors?|writers?|contributors?|columnists?|readers?) )?(are [^.]{0,80} and )?(do|does) not (necessarily )?(reflect|represent) (those|the views|the opinions?|the (official |editorial )?(position|policy|stand))( (of|held by) [^.,;]{1,80})?\.?$`),
	// A republisher's note of the licence it runs a copy under: "This
	// article was reproduced under license from The Canadian Press; the
	// views expressed are not necessarily those of …".
	regexp.MustCompile(`^\(?(this |the )?(article|story|report|content|copy|piece) (is |was |has been )?(reproduced|republished|reprinted|published|used|carried) under (a )?licen[cs]e (from|with|by) [a-z0-9 .'&-]{2,60}(;.{0,120})?\)?\.?$`),
	// A partner or sponsor presenting the copy: "This article is
	// brought to you by our partners at the Bala Chronicle", "Sponsored
	// by Tongass Outfitters."
	regexp.MustCompile(`^(this (article|story|report|content|section|feature|newsletter) (is )?)?brought to you by [a-z0-9 .'&,-]{2,80}\.?$|^(sponsored|presented|supported) by [a-z0-9 .'&-]{2,60}\.?$`),
	// A republisher disowning the sites it links to: "NorthBeat News is
	// not responsible for the content of external sites."
	regexp.MustCompile(`^[a-z0-9 .'&-]{1,40} (is|are) not responsible for the (content|contents) of (external|third-party|linked|other) (sites|websites|web sites|links|pages)\.?$`),
	// Where the copy first ran, alone: "Originally published by the
	// Emerald Isle Tribune."
	regexp.MustCompile(`^(originally|first) (published|posted|appeared) (by|in|on|at) (the )?[a-z0-9 .'&-]{2,60}\.?$`),
	// Calls for tips: "Have a news tip?", "Contact the Alaska News
	// Network newsroom.", "Send your tips to news@…".
	regexp.MustCompile(`^(do you )?(have|got) a (news )?(tip|story( idea)?)( for us)?\?$|^contact (the|our) ([a-z0-9.'&-]+ ){0,5}(newsroom|news desk|newsdesk|editors|editorial team)( (at|on|by) .{1,60})?\.?$|^(send|email|e-mail) (us )?(your )?(news )?tips\b.{0,60}$`),
	// Paywall offers: "Get unlimited access to breaking news … for $2 a month."
	regexp.MustCompile(`^(get|enjoy|unlock|gain) (unlimited|full|digital|premium|complete|instant) access\b`),
	// A bare link to the rest of the story: "Read more…", "Continue
	// reading »", "Read the full story and more news from the region at
	// nordicwire.net".
	regexp.MustCompile(`^(read more|read the full (story|article|report)|continue reading)\s*(\.{2,}|…|»|>|→|")*\s*$` +
		`|^(read|see) the (full|whole|complete|rest of the) (story|article|report)( and more [a-z ]{1,40}?)? (at|on) [a-z0-9 .'&/-]{2,60}\.?$`),
}

// authorNoteRE matches a note introducing the author at the foot of an
// article: "Jane Doe is our health correspondent in Lagos.", "Sam Lee is
// the Gazette's political editor."
var authorNoteRE = regexp.MustCompile(`^[a-z .'-]{3,60} is (our|the [a-z .'&-]{1,40}'s) [a-z ,&-]{0,40}\b(correspondent|reporter|editor|writer|columnist|contributor|critic|analyst)\b[^.!?]{0,80}\.?$`)

// authorBeatRE matches a note giving the author's beat: "Jo Lee covers
// health for the Lagos bureau." The name, two to four words, is checked
// by authorBeat.
var authorBeatRE = regexp.MustCompile(`^([\pL.'-]+(?: [\pL.'-]+){1,3}) (covers|reports on|writes about) [\pL ,&'-]{1,80} (for|at) (the |our )?[\pL .'&-]{0,40}\b(bureau|desk|newsroom)\.?$`)

// readingTimeRE matches the reading time a site gives with its byline.
var readingTimeRE = regexp.MustCompile(`\b\d+[ -]?(min|mins|minute|minutes) read\b`)

// storyNoticeRE matches a whole line telling readers that the story is
// still being written: "This story is developing and will be updated.",
// "This is a breaking news update.", "More details to follow.", "Further
// details are awaited.", "AP's earlier story follows below.", "We will
// have more on this story as it develops.", "This article has been
// updated with new figures from the hospital."
var storyNoticeRE = regexp.MustCompile(`^(this (is an? )?(developing|breaking)( news)? (story|update)|((this|the) (story|article|report|page)|this (news|item|piece)) (is developing|is being updated|will be updated|has been updated|may be updated)|it (is being|will be|may be) updated|this (is an? )?(developing|breaking) story|(more|further) (details|updates|information) ((to|will) (follow|come)( soon| shortly)?|soon|shortly)|((more|further) )?details (are )?(still )?awaited|check back (later )?for (more|updates)|stay tuned for (more|updates)|((an?|the) )?([a-z]+'s )?earlier (story|version) (follows|is) below|please refresh (this page )?for updates|we('ll| will) (have|bring you|provide) more( (details|updates|information))?( on this( developing| breaking)? story)?)( and (will|may) be updated| as (more )?(information|details)( becomes?| are| is)? available| on this (developing |breaking )?(story|page)| throughout the (day|night|evening)| as (it|the story|the situation) (develops|unfolds|evolves)| (soon|shortly)| (with|to (include|reflect|add)) ((new|the latest|more|additional|further|fresh|updated) [a-z'-]+|comments?|a (comment|response|statement)|reactions?|responses?)( [a-z'-]+){0,6})?[.!?]?$`)

// storyNotice reports whether folded text is only a notice that the
// story is still being written (storyNoticeRE): an update drops it as the
// story settles, and it states no claim.
func storyNotice(f string) bool {
	if f == "" || len(f) >= 160 {
		return false
	}
	if a, b, ok := strings.Cut(f, "; "); ok && storyNotice(a) && storyNotice(b) {
		return true // "This is a developing story; check back for updates."
	}
	if len(f) <= maxWireMarker && wireMarkers[strings.Trim(f, " .()[]-")] {
		return true
	}
	if f[0] == '(' {
		return strings.IndexByte(f, '=') > 0 && rateNoteRE.MatchString(f)
	}
	// "Editor's note: …", "Developing story – …": a label before the
	// notice.
	for _, p := range noticeLabels {
		if rest, ok := strings.CutPrefix(f, p); ok && rest != "" && strings.ContainsRune(" :-–—", firstRune(rest)) {
			if rest = strings.TrimLeft(rest, " :-–—"); rest != "" {
				f = rest
				break
			}
		}
	}
	// Each pattern opens with one of a few words and holds one of a few
	// others: look for those first.
	first, _, _ := strings.Cut(f, " ")
	if (noticeOpeners[first] || strings.HasSuffix(first, "'s")) && noticeWords.in(f) && storyNoticeRE.MatchString(f) {
		return true
	}
	return promptOpeners[first] && promptWords.in(f) && pagePromptRE.MatchString(f)
}

// noticeWords are words one of which every line storyNoticeRE matches
// holds; promptOpeners and promptWords open and fill those of
// pagePromptRE.
var (
	noticeOpeners = set(`this it more further details check stay an a the earlier please we we'll`)
	noticeLabels  = []string{"editor's note", "editors' note", "editor’s note", "developing story", "breaking news", "update"}
	noticeWords   = newSubstrings([]string{"developing", "breaking", "updated", "to follow", "to come", "will follow", "will come", "check back", "stay tuned", "earlier", "refresh", "awaited", " soon", " shortly", " develops", " unfolds", " evolves", "more on this"})
	promptOpeners = set(`liked enjoyed did share catch this listen most trending popular related`)
	promptWords   = newSubstrings([]string{"stor", "article", "piece", "friends", "family", "news", "updates", "feed", "read", "popular", "viewed", "now", "stocks", "topics"})
)

// substrings is a set of non-empty strings indexed by their first byte,
// so that one pass over a text finds whether it contains any of them.
type substrings [256][]string

// newSubstrings returns the set of subs.
func newSubstrings(subs []string) *substrings {
	var set substrings
	for _, sub := range subs {
		if sub != "" {
			set[sub[0]] = append(set[sub[0]], sub)
		}
	}
	return &set
}

// in reports whether s contains one of the set's strings.
func (set *substrings) in(s string) bool {
	for i := 0; i < len(s); i++ {
		for _, sub := range set[s[i]] {
			if strings.HasPrefix(s[i:], sub) {
				return true
			}
		}
	}
	return false
}

// pagePromptRE matches a page's whole-line prompts to the reader and notes
// on the feed: "Liked this story?", "Share it with your friends.", "Catch
// all the business news and updates here.", "This story was carried from
// a wire agency feed without edits to its text.", "Listen to this
// article (3 min)", "Most read: 1."
var pagePromptRE = regexp.MustCompile(`^((liked|enjoyed|did you (like|enjoy)) (this|the) (story|article|piece)\??` +
	`|listen to (this|the) (article|story)\b.{0,30}` +
	`|(most read|most popular|most viewed|trending now|popular now|related stocks|related topics)\b.{0,60}` +
	`|share (it|this( story| article)?) with (your )?(friends|family)( and (friends|family))?[.!]?` +
	`|catch (all )?(the )?(latest )?[a-z ,&'-]{0,80}\b(news|updates)\b[a-z ,&'-]{0,60}\b(here|on [a-z ]{2,30})[.!]?` +
	`|this (story|article|report|copy) (was|is|has been) (carried|taken|published|sourced|reproduced|generated) from (a |an |the )?[a-z ]{0,30}feed\b[^.!?]{0,80}[.!]?)$`)

// rateNoteRE matches the exchange-rate note wire copy closes a story
// with money in another currency: "($1 = 16,210 rupiah)", "(1 euro =
// $1.08)", "($1 = 0.7895 pounds; 1 euro = 0.8451 pounds)".
var rateNoteRE = regexp.MustCompile(`^\((?:\s*[^=();0-9]{0,6}1(?:\.0+)? ?[a-z]{0,12} ?= ?[^=();]{1,30};?)+\)$`)

// maxWireMarker is the longest line that can be one of wireMarkers, with
// its brackets and dashes.
const maxWireMarker = 32

// wireMarkers are the lines a wire service closes or continues a take
// with, folded and without brackets, dashes or a full stop: Xinhua's
// "Enditem", "(END)", "-- ENDS --", "-30-", "More to come".
var wireMarkers = map[string]bool{"enditem": true, "end": true, "ends": true, "###": true, "30": true, "more": true,
	"more to come": true, "more to follow": true, "details to follow": true, "more follows": true}

// staffNoteRE matches a syndication note that the copy is the agency's:
// "Nothing but the headline has been changed by our staff."
var staffNoteRE = regexp.MustCompile(`\b(has|have|was|were) (not )?been (changed|edited|altered|modified) by (our|the [a-z .'-]{1,30}'s?) (staff|editors|editorial (staff|team|desk))\b`)

// staffNote reports whether folded text is a note that the site's staff
// did not edit the copy; a cheap test skips most text.
func staffNote(f string) bool {
	return strings.Contains(f, "been ") && (strings.Contains(f, "staff") || strings.Contains(f, "editor")) && staffNoteRE.MatchString(f)
}

// authorBeat reports whether folded text is an author's beat line, its
// subject a name rather than a noun phrase ("the policy covers…").
func authorBeat(f string) bool {
	// The line ends in one of these words (authorBeatRE).
	end := strings.TrimSuffix(f, ".")
	if !strings.HasSuffix(end, "bureau") && !strings.HasSuffix(end, "desk") && !strings.HasSuffix(end, "newsroom") {
		return false
	}
	m := authorBeatRE.FindStringSubmatch(f)
	if m == nil {
		return false
	}
	first, _, _ := strings.Cut(m[1], " ")
	return !stopWords[first] && !determinerWords[first]
}

// authorFollowRE matches a sentence that continues an author note: "She
// covers trade and markets.", "He writes about science."
var authorFollowRE = regexp.MustCompile(`^(he|she|they) (covers|writes (about|on)|reports on|has covered|has written for)\b[^.!?]{0,120}\.?$`)

// photoCreditRE matches folded photo, video and graphic credit lines:
// "(File photo)", "Photo: Coastwire", "(Harbour Times photo)",
// "Credit: J. Doe/Getty Images", "BNS/Scanpix photo".
var photoCreditRE = regexp.MustCompile(`^\(?\s*((file|archive|stock|representational|representative|handout|pool|supplied) )?(photo|photograph|picture|pic|image|video|footage|graphic|illustration)s?( credit)?\s*(:|/|by\b|courtesy\b|\)|\.?$)` +
	`|^\([^()]{0,60}\b(photo|photograph|picture|pic|image|video|footage|graphic|illustration)s?( credit)?\b[^()]{0,60}\)\.?$` +
	`|^\(?((photo|image|picture|video) )?(credit|courtesy)\s*:` +
	`|^[^.]{0,60}(/|\bvia |\bfor )(getty images|shutterstock|alamy|ap|afp|reuters|epa)\)?\.?$` +
	`|^\(?(getty images|shutterstock|alamy)\)?\.?$` +
	`|^\(?(reuters|ap|afp|epa|ani|pti|xinhua|anadolu|bloomberg|getty images)/[a-z .'-]{2,40}\)?\.?$` +
	`|^\([a-z]{2,15}/(file|files|handout|pool|photo|pic)\)\.?$` +
	`|^[a-z][a-z0-9.&-]*(/[a-z][a-z0-9.&-]*)* (photo|photograph|picture|pic|image)s?$`)

// photoCredit reports whether folded text is only a photo or video credit.
// Only text that starts like a credit, or names a picture agency, is
// matched against photoCreditRE.
func photoCredit(f string) bool {
	if len(f) > 160 || f == "" {
		return false
	}
	maybe := f[0] == '(' || slices.ContainsFunc(creditPrefixes, func(p string) bool { return strings.HasPrefix(f, p) })
	if !maybe {
		// Any other credit line holds a slash or ends with a picture
		// agency (photoCreditRE).
		end := strings.TrimRight(f, ".) ")
		maybe = strings.IndexByte(f, '/') >= 0 || slices.ContainsFunc(pictureAgencies, func(a string) bool { return strings.HasSuffix(end, a) }) ||
			len(f) <= 48 && slices.ContainsFunc(pictureWords, func(w string) bool { return strings.HasSuffix(f, w) }) // "Reuters photo"
	}
	return maybe && photoCreditRE.MatchString(f)
}

// creditPrefixes start photo credit lines.
var creditPrefixes = []string{"photo", "picture", "pic", "image", "video", "footage", "graphic", "illustration",
	"credit", "courtesy", "file", "archive", "stock", "representa", "handout", "pool", "supplied"}

// pictureWords end a short credit line after its source: "Reuters
// photo".
var pictureWords = []string{" photo", " photos", " photograph", " picture", " pictures", " pic", " image", " images"}

// pictureAgencies end credit lines: "J. Doe/Getty Images", "Photo by
// Jo Lee for AFP".
var pictureAgencies = []string{"getty images", "shutterstock", "alamy", " ap", " afp", " reuters", " epa"}

// IsBoilerplate reports whether a paragraph or sentence is site chrome or a
// syndication notice: disclaimers, credit lines such as "(ANI)" on their
// own, "Also read…" links and subscription promotions.
func IsBoilerplate(s string) bool {
	if len(s) > 4*maxBoilerplate {
		return false
	}
	return isBoilerFolded(Fold(s))
}

// maxBoilerplate bounds the length of a boilerplate text: longer text is
// story text (chrome glued to a story sentence is split off by Sentences).
const maxBoilerplate = 400

// isBoilerFolded is IsBoilerplate on folded text.
func isBoilerFolded(f string) bool {
	return boilerFoldedAfter(f, chromeUnchecked)
}

// What boilerHint has already ruled out before boilerFoldedAfter.
const (
	chromeUnchecked = iota // nothing
	chromeNoNotices        // chromeLine(f, false)
	chromeAll              // chromeLine(f, true)
)

// boilerFoldedAfter is isBoilerFolded for folded text f of which the line
// tests given by checked are already known to fail.
func boilerFoldedAfter(f string, checked int) bool {
	if f == "" || len(f) > maxBoilerplate {
		return false
	}
	if u := unaccented(f); u != f {
		f, checked = u, chromeUnchecked // the patterns spell names in ASCII: "Reporting by Lucía Ferrándiz"
	}
	if inner, ok := strings.CutPrefix(f, "("); ok && strings.HasSuffix(inner, ")") && strings.Count(f, "(") == 1 {
		// "(Reporting by Jo Lee; Editing by Sam Cox)": a credit in
		// brackets is the credit.
		if isBoilerFolded(strings.TrimSuffix(inner, ")")) {
			return true
		}
	}
	if len(f) < 160 && strings.Contains(f, " read") && readingTimeRE.MatchString(f) {
		return true // "The Canadian Press · Published Feb 24, 2025 · 2 minute read"
	}
	for _, sep := range lineSeparators {
		if !strings.Contains(f, sep) {
			continue
		}
		// "Edited by Sam Lee | Updated on Mar 3, 2026", "By AP · Cairo
		// · Last updated: 14 July 2025": chrome when every segment is,
		// or is one word without digits (a place, an agency).
		segs := strings.Split(f, sep)
		chrome, dated, named, all := 0, 0, 0, true
		for _, seg := range segs {
			seg = strings.TrimSpace(seg)
			switch {
			case isBoilerFolded(seg):
				chrome++
			case outletSegment(seg):
				// "The Canadian Press · Published …": the outlet's name.
			case dateLineRE.MatchString(seg) || stampRE.MatchString(seg) || agoRE.MatchString(seg) || bareStampRE.MatchString(seg):
				// "Source: Xinhua · 18 March 2025, 21:05", "AFP · 14
				// hours ago": its time stamp.
				dated++
			case len(words(seg)) <= 3 && !strings.ContainsAny(seg, "0123456789.,;:!?"):
				// "Space & Science": a section's name, chrome only
				// beside a credit and a date.
				if len(words(seg)) > 1 {
					named++
				}
			default:
				all = false
			}
		}
		all = all && (named == 0 || chrome > 0 && dated > 0)
		// "NAMPA · 6 May 2026": an agency's or a place's one word and
		// a date make a line of chrome too.
		if all && (chrome > 1 || chrome > 0 && sep != " - " || dated > 0 && len(segs) == 2 && sep != " - ") {
			// (A dash joins a story's words too: "Exclusive - Reporting
			// by Reuters shows …" has one chrome-like part.)
			return true
		}
	}
	switch checked {
	case chromeUnchecked:
		if chromeLine(f, true) {
			return true
		}
	case chromeNoNotices:
		if processNotice(f) {
			return true
		}
	}
	if captionLine(f) || len(f) <= 120 && promoChannelRE.MatchString(f) || len(f) <= 80 && smallChromeRE.MatchString(f) || len(f) <= 200 && promoArrowRE.MatchString(f) {
		return true
	}
	if by, date, ok := strings.Cut(f, " on "); ok && len(f) <= 80 && postedByRE.MatchString(by) && (dateLineRE.MatchString(date) || bareStampRE.MatchString(date)) && deskPoster(by) {
		// "Posted by CMC on May 22, 2024", "Posted by Newsroom on 9
		// September"; not "Posted by police on …", a source's post
		// that is the news.
		return true
	}
	if len(f) <= 40 && postedByRE.MatchString(f) && deskPoster(f) {
		// "Posted by Newsroom", alone or as a field of a meta line
		// ("Posted by Newsroom • Wednesday").
		return true
	}
	if pub, upd, ok := strings.Cut(f, ", updated "); ok && len(f) <= 100 && isBoilerFolded(pub) && isBoilerFolded("updated "+upd) {
		// "Published 6:15 a.m. HST, updated 9:02 a.m. HST": two stamps.
		return true
	}
	if w, rest, ok := strings.Cut(f, " "); ok && len(f) <= 60 && outletWord(w) && (months[firstWord(rest)] != 0 || dayThenMonth(rest)) && dateLineRE.MatchString(rest) {
		// An agency's name and the date: "Reuters May 22, 2024",
		// "Reuters 27 January 2025 14:05 GMT".
		return true
	}
	if wireUpdateNote(f) {
		return true
	}
	return (boilerplateStart(f) || boilerplateTriggerSet.in(f)) && !byTime(f) && boilerplateRE.MatchString(f)
}

// wireUpdateNote reports whether folded text is a wire's note, in
// brackets, of what an update changed: "(updates death toll, adds
// rescues)". A sentence in brackets that opens with such a word
// ("(Updates are expected next week, the ministry said.)", "(Adds to a
// string of setbacks …)") has a verb or a preposition after it.
func wireUpdateNote(f string) bool {
	rest, ok := strings.CutPrefix(f, "(")
	if !ok || len(f) > 160 || !strings.HasSuffix(strings.TrimSuffix(f, "."), ")") {
		return false
	}
	ws := words(rest)
	if len(ws) < 2 || !updateNoteVerbs[ws[0]] || notAfterUpdateVerb[ws[1]] {
		return false
	}
	return !slices.ContainsFunc(ws, func(w string) bool { return finiteWords[w] || w == "said" || w == "says" })
}

// updateNoteVerbs open a wire's note of an update.
var updateNoteVerbs = set(`updates adds recasts rewrites corrects refiles`)

// notAfterUpdateVerb are words after which such a verb opens a sentence,
// not a note: "(Adds to …)", "(Updates are …)".
var notAfterUpdateVerb = set(`to are is was were will would have has had of from on in at for by`)

// promoArrowRE matches a promo whose arrow ("ALSO READ » …") folding
// turned into a quotation mark, after words that only open promos.
var promoArrowRE = regexp.MustCompile(`^(also read|read also|read more|read next|see also|also see|related( stories| story| articles?)?|must read) "`)

// smallChromeRE matches short lines of a page's furniture: "Comments
// (0)", "3 comments", "Courtesy", "Photo courtesy of the ministry".
var smallChromeRE = regexp.MustCompile(`^(comments? \([0-9]+\)|(\d{1,5}|no) comments?|(photo |image )?courtesy( of [a-z .'&-]{1,40})?)$`)

// placeDayLine reports whether folded text f is a dateline left on a
// line of its own, its story's place and day: "Dharamshala, October 7".
func placeDayLine(f string) bool {
	return len(f) <= 60 && strings.Contains(f, ", ") && placeDayLineRE.MatchString(f) &&
		!slices.ContainsFunc(words(f), func(w string) bool { return months[w] == 0 && knownVerb(w) })
}

// placeDayLineRE matches folded text that is a place and a day alone,
// a dateline on a line of its own: "dharamshala, october 7", "jawali
// (kangra), october 4", "kyoto, japan, 12 march 2025".
var placeDayLineRE = regexp.MustCompile(`^[a-z][a-z.'-]*( [a-z][a-z.'-]*){0,2}( \([a-z][a-z .'-]{1,30}\))?(, [a-z][a-z.'-]*( [a-z][a-z.'-]*){0,2})?, ((jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.? \d{1,2}|\d{1,2} (jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?)(,? \d{4})?\.?$`)

// postedByRE matches who posted a page, before " on " and its date.
var postedByRE = regexp.MustCompile(`^(posted|published|written|uploaded) by [a-z][a-z.'&-]*( [a-z][a-z.'&-]*){0,3}$`)

// deskPoster reports whether folded "posted by …" names a desk, a writer
// or an outlet ("posted by Camino News Network"), not a source whose post
// is the news ("posted by police").
func deskPoster(by string) bool {
	ws := words(by)
	return !slices.ContainsFunc(ws, func(w string) bool {
		return (sourceNouns[w] || roleNouns[singular(w)]) && !deskWords[w]
	}) || slices.ContainsFunc(ws, func(w string) bool { return w == "news" || outletWord(w) })
}

// deskWords name who posts a page at its outlet.
var deskWords = set(`editor editors desk newsroom staff admin team reporter correspondent`)

// agoRE matches a time told back from the page's reading: "14 hours ago".
var agoRE = regexp.MustCompile(`^(about |over )?([0-9]{1,3}|an?|one) (seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?) ago$`)

// dayThenMonth reports whether folded text f opens with a day of the
// month and a month's name: "27 january 2025".
func dayThenMonth(f string) bool {
	d, rest, ok := strings.Cut(f, " ")
	if !ok || len(d) > 2 || d == "" || d[0] < '0' || d[0] > '9' {
		return false
	}
	_, month := months[firstWord(rest)]
	return month
}

// captionLine reports whether folded text f is a picture's caption: "The
// ship, seen at anchor in an undated handout photo.", "… in this photo",
// "… is seen in a file photo."; not "the suspect, seen in a handout
// photo released on Monday, fled".
// (Apart from boilerplateRE: its long gaps would slow every line.)
func captionLine(f string) bool {
	return len(f) <= 240 && (strings.Contains(f, " photo") || strings.Contains(f, " picture") || strings.Contains(f, " image")) &&
		(strings.Contains(f, "in this ") || strings.Contains(f, "in an undated ") || strings.Contains(f, "in a file ") || strings.Contains(f, "in a handout ")) &&
		captionRE.MatchString(f)
}

// captionRE matches a caption's words, for captionLine; a photo told as
// "a file photo" ends the line.
var captionRE = regexp.MustCompile(`\b(seen|pictured|shown)\b.{0,100}\bin ((this( undated)?|an undated) (handout |file )?(photo|picture|image|photograph)\b[^.0-9]{0,40}|a (file|handout) (photo|picture|image|photograph))\.?$`)

// promoChannelRE matches a site's prompt to follow it elsewhere, on a
// short line: "Join our WhatsApp channel", not a story sentence that
// names a Telegram channel.
var promoChannelRE = regexp.MustCompile(`\b(google news|whatsapp channel|telegram channel|share this article|share on)\b`)

// outletSegment reports whether folded text seg, a segment of a line cut
// at its separators, is only an outlet's name: up to five words without
// digits, one of them a word that names outlets ("the canadian press").
func outletSegment(seg string) bool {
	ws := words(seg)
	if len(ws) == 0 || len(ws) > 5 || strings.ContainsAny(seg, "0123456789") {
		return false
	}
	return slices.ContainsFunc(ws, outletWord)
}

// byTime reports whether folded text f opens with "by" and a time or a
// means ("By Wednesday they had identified seven urns", "By noon, …", "By
// the weekend", "By law"): a story sentence, not a byline.
func byTime(f string) bool {
	rest, ok := strings.CutPrefix(f, "by ")
	if !ok {
		return false
	}
	w, _, _ := strings.Cut(rest, " ")
	w = strings.TrimRight(w, ",.;:")
	if weekdays[w] || months[w] != 0 {
		return true
	}
	// A short line without a comma may be a byline: "By the Morning
	// Call staff", "By Chance Miller".
	if !strings.Contains(rest, ",") && len(strings.Fields(rest)) < 6 {
		return false
	}
	if w == "the" {
		w, _, _ = strings.Cut(strings.TrimPrefix(rest, "the "), " ")
		return byTheNouns[strings.TrimRight(w, ",.;:")]
	}
	return timeOfDayWords[w] || byMeans[w]
}

// byTheNouns follow "by the" in a story sentence, not in a byline: "By
// the weekend, rescuers had found two bodies", "By the time …".
var byTheNouns = set(`time end weekend evening morning afternoon night close middle start beginning age year years
month week day hour summer winter spring autumn fall deadline turn early late next last same way`)

// byMeans follow "by" in a story sentence: "By law the vote must be
// held", "By rail the trip takes six hours", "By all accounts", "By
// sundown".
var byMeans = set(`law rail road air sea car train bus boat ferry phone email mail hand contrast comparison far
chance mistake accident default design nature then now tradition convention midyear year-end all some most many
sundown sunup nightfall daybreak dawn dusk noon midday midnight lunchtime`)

// timeOfDayWords name a time of day or a time relative to now.
var timeOfDayWords = set(`noon midday midnight dawn dusk nightfall sunrise sunset daybreak morning afternoon evening night
tonight tomorrow yesterday today then now late early mid-morning mid-afternoon lunchtime`)

// lineSeparators join the parts of a byline or dateline: "By AFP ·
// Published Saturday", "Jo Lee | Updated Mar 3", "Source: Xinhua -
// Editor: Zhang Min".
var lineSeparators = []string{" | ", " · ", " • ", " - "}

// hasSeparator reports whether f holds a character of lineSeparators:
// "|", "·" or "•". One pass over the bytes: strings.ContainsAny decodes
// every rune when its set is not ASCII. (A dash, which story text holds
// as often, makes no line worth testing on its own.)
func hasSeparator(f string) bool {
	for i := 0; i < len(f); i++ {
		switch f[i] {
		case '|':
			return true
		case 0xC2: // "·" is C2 B7
			if i+1 < len(f) && f[i+1] == 0xB7 {
				return true
			}
		case 0xE2: // "•" is E2 80 A2
			if i+2 < len(f) && f[i+1] == 0x80 && f[i+2] == 0xA2 {
				return true
			}
		}
	}
	return false
}

// updateWhen matches, in folded text, when a take of a story was
// updated: a time ("16:45", "9:05 a.m. et"), a weekday, a day of a month
// ("sept. 10", "3 march 2025"), or a day and a time.
const updateWhen = `(?:(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.? \d{1,2}(?:,? \d{4})?|\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?(?: \d{4})?)(?:,? (?:at )?\d{1,2}[:.]\d\d(?: ?(?:am|pm|a\.m\.|p\.m\.))?(?: [a-z]{2,4})?)?|\d{1,2}[:.]\d\d(?: ?(?:am|pm|a\.m\.|p\.m\.))?(?: [a-z]{2,4})?)`

// stampRE matches a line that is only a date and time stamp: "07-08-2025
// 10:31", "2025/08/07 10:31 ist".
var stampRE = regexp.MustCompile(`^[0-9]{1,4}[-/.][0-9]{1,2}[-/.][0-9]{2,4},?( [0-9]{1,2}[:.][0-9]{2}(:[0-9]{2})?( ?[ap]\.?m\.?)?( [a-z]{2,4})?)?$`)

// updateNoteRE matches a wire agency's note on what a new take of a story
// changed: "(Updates with CEO comments, share close)", "(Adds details)",
// "(LEAD) (ATTN: UPDATES with restoration time)", "(2nd LEAD)".
// A sentence in brackets ("(Adds to a string of setbacks.)", "(Changes to
// the rules take effect in May.)") is no such note: it ends with a full
// stop, or "adds" is followed by "to" or "up".
var updateNoteRE = regexp.MustCompile(`^\((updates (with|throughout|to add|to include)|adds [a-z]|recasts|rewrites|refiles|writes through|corrects [a-z])[^().]{0,100}\)?$` +
	`|^(\((([0-9]+(st|nd|rd|th)|urgent) )?lead\) ?)?\(attn: [^()]{0,160}\)?$|^\((([0-9]+(st|nd|rd|th)|urgent) )?lead\)$`)

// wireNote reports whether folded text is a date and time stamp alone, a
// wire agency's note on a new take or a wire desk's sign-off.
func wireNote(f string) bool {
	if len(f) > 180 || f == "" {
		return false
	}
	if f[0] == '(' {
		return updateNoteRE.MatchString(f) && !strings.HasPrefix(f, "(adds to ") && !strings.HasPrefix(f, "(adds up")
	}
	if len(f) <= 24 && signoffRE.MatchString(f) && !slices.ContainsFunc(strings.FieldsFunc(f, func(r rune) bool { return r == '/' || r == '-' }), func(w string) bool { return stopWords[w] }) {
		return true // not "and/or", "his/her"
	}
	return f[0] >= '0' && f[0] <= '9' && len(f) <= 32 && stampRE.MatchString(f)
}

// signoffRE matches a wire desk's sign-off, the initials of the writer
// and editors joined by slashes, alone on a line: "sgk/jj", "str/pma",
// "bur-jm/kir".
var signoffRE = regexp.MustCompile(`^[a-z]{2,5}(-[a-z]{2,5})?(/[a-z]{2,5}(-[a-z]{2,5})?){1,3}$`)

// boilerHint is isBoilerFolded for text whose tokens are known: st
// says whether one is among boilerplateWords, process counts those among
// processWords. It skips the costly checks that cannot match.
func boilerHint(f string, st bool, process int) bool {
	if f == "" || len(f) > maxBoilerplate {
		return false
	}
	checked := chromeNoNotices
	if process >= 2 {
		checked = chromeAll
	}
	if chromeLine(f, checked == chromeAll) {
		return true
	}
	return (st || boilerplateStart(f) || hasSeparator(f)) && boilerFoldedAfter(f, checked)
}

// chromeLine reports whether folded text f is a whole line of site chrome
// by one of the line tests: a credit, a copyright, a photo credit, a
// ticker, a writer's beat or contact, a staff note, a byline, a notice
// that the story is developing, a date stamp or a wire agency's note on a
// new take, and a notice of how the copy was made when notices is true.
func chromeLine(f string, notices bool) bool {
	return creditLine(f) || copyrightLine(f) || notices && processNotice(f) || photoCredit(f) || tickerLine(f) || commentCount(f) ||
		authorBeat(f) || staffNote(f) || contactLine(f) || roleByline(f) || storyNotice(f) || wireNote(f) || labelledStamp(f) || placeDayLine(f) ||
		len(f) <= maxDeskCode && strings.IndexByte(f, '/') > 0 && deskCodeRE.MatchString(f)
}

// commentCount reports whether folded text f is a line of its own that
// counts a page's comments: "12 comments", "1 comment".
func commentCount(f string) bool {
	return len(f) <= 16 && strings.HasSuffix(strings.TrimSuffix(f, "s"), " comment") && smallChromeRE.MatchString(f)
}

// maxDeskCode is the longest text deskCodeRE can match.
const maxDeskCode = 6 + 5*5 + 5

// deskCodeRE matches folded text that is a wire desk's codes cut by
// slashes, the agency's first and the year last: "CMC/kb/ir/2025" (not
// "km/h/day").
var deskCodeRE = regexp.MustCompile(`^[a-z]{2,6}(/[a-z]{1,4}){2,5}/\d{4}$`)

// labelledStamp reports whether folded text is only a page's time stamp
// under its label ("Published 11:05, 17 April", "Updated 6:48pm, Friday 7
// March"): the label tells it from a date in story text wherever it
// stands.
func labelledStamp(f string) bool {
	if strings.HasPrefix(f, "by ") {
		// A byline run into the stamp: "By The Associated Press
		// Updated 5:41 PM GMT-3, December 9, 2025".
		if m := bylineStampRE.FindStringSubmatchIndex(f); m != nil {
			f = f[m[2]:]
		}
	}
	g := strings.TrimPrefix(strings.TrimPrefix(f, "first "), "last ")
	for _, l := range []string{"published", "updated", "posted", "modified"} {
		if strings.HasPrefix(g, l) {
			return len(f) <= 80 && (labelledStampRE.MatchString(f) || labelledDayTimeRE.MatchString(f) || labelledWeekdayRE.MatchString(f))
		}
	}
	return false
}

// bylineStampRE finds a byline of a few words run into a stamp's label;
// its group is the label.
var bylineStampRE = regexp.MustCompile(`^by [a-z.'&-]+(?: [a-z.'&-]+){0,4}? ((?:first |last )?(?:published|updated|posted|modified))\b`)

// labelledStampRE matches folded text that is a label and the time stamp
// right after it, with its weekday, year and time or not: "Published
// 11:05, 17 April", "Updated Friday 7 March, 6:48pm", "Posted on
// 2025-06-11 16:05". Other words between the label and the date make a
// sentence or a heading: "Updated travel advice - 17 April 2025",
// "Posted by police on May 22, 2024".
var labelledStampRE = regexp.MustCompile(`^(first |last )?(published|updated|posted|modified)( on| at)?:? ` +
	`(` + stampTime + `,? )?((mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\.?,? )?` +
	`(\d{1,2} (jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?|(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.? \d{1,2}(st|nd|rd|th)?|\d{4}-\d\d-\d\d)` +
	`(,? \d{4})?(,? ` + stampTime + `)?\.?$`)

// labelledWeekdayRE matches folded text that is a label and a weekday
// alone: "Last updated on Thursday".
var labelledWeekdayRE = regexp.MustCompile(`^(first |last )?(published|updated|posted|modified)(:| on)? (mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\.?$`)

// labelledDayTimeRE matches folded text that is a label and a stamp of
// a weekday and a time, in either order: "Published 11:20 Monday",
// "Updated Monday at 15:40".
var labelledDayTimeRE = regexp.MustCompile(`^(first |last )?(published|updated|posted|modified)( on| at)?:? ` +
	`(` + stampTime + `,? (on )?(mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}|(mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6},? (at )?` + stampTime + `)\.?$`)

// tickerLine reports whether folded text is a market ticker: two or more
// short quotes, each with an up or down mark, joined by bars ("FTSE 100 ▲
// 0.2% | Brent ▼ 1.1%").
func tickerLine(f string) bool {
	if len(f) > 240 || strings.IndexByte(f, '|') < 0 || !strings.ContainsAny(f, "▲▼△▽") {
		return false
	}
	segs := strings.Split(f, "|")
	if len(segs) < 2 {
		return false
	}
	for _, s := range segs {
		if len(s) > 40 || !strings.ContainsAny(s, "▲▼△▽") {
			return false
		}
	}
	return true
}

// copyrightLine reports whether folded text is only a copyright notice:
// the sign, or the word with the sign or a year, and the holder's name
// in at most six words ("© Example News Agency", "copyright 2026 the
// daily post").
// A sentence that goes on to tell something has a verb or more words.
func copyrightLine(f string) bool {
	if len(f) > 80 {
		return false
	}
	rest, ok := strings.CutPrefix(f, "©")
	if !ok {
		// The word or "(c)" only with the sign or a year after it:
		// "copyright holders won the case" tells something.
		for _, p := range []string{"copyright ", "(c) "} {
			if r, cut := strings.CutPrefix(f, p); cut {
				if y := strings.Fields(r); len(y) > 0 && (strings.HasPrefix(y[0], "©") || len(y[0]) == 4 && isDigits(y[0])) {
					rest, ok = r, true
				}
			}
		}
	}
	if !ok {
		return false
	}
	ws := strings.Fields(strings.Trim(rest, " .©"))
	if len(ws) == 0 || len(ws) > 6 {
		return false
	}
	for _, w := range ws {
		if speechVerbs[w] || finiteWords[w] {
			return false
		}
	}
	return true
}

// creditLine reports whether folded text is only an agency credit such as
// "(ANI)" or "Advertisement".
func creditLine(f string) bool {
	if len(f) > 24 {
		return false
	}
	// "==Kyodo" ends a Kyodo story; "Kyodo News", "The Associated
	// Press" sign one.
	t := strings.TrimPrefix(strings.Trim(f, "()[]. -="), "the ")
	t = strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(t, " news agency"), " news"), " agency")
	return creditWords[t] || t == "associated press" || t == "agence france-presse"
}

// roleBylineRE matches a byline without "by": a name of two to four
// words, a bar, slash or comma, and the writer's role ("Jo Lee | Staff
// Reporter", "Jo Lee, staff correspondent"); roleByline checks it.
var roleBylineRE = regexp.MustCompile(`^([a-z'-]+(?: [a-z.'-]+){1,3}) ?(\||/|,) ?((the|a|an|our|senior|chief|staff|special|political|business|sports|city|foreign) )*(reporters?|correspondents?|writers?|editors?|journalists?|staff)\b[a-z .'&-]{0,30}$`)

// roleByline reports whether folded text is a byline without "by"; a
// sentence that tells something ("…, staff said") is not.
func roleByline(f string) bool {
	if len(f) > 100 || !strings.ContainsAny(f, "|/,") {
		return false
	}
	m := roleBylineRE.FindStringSubmatch(f)
	if m == nil || stopWords[strings.Fields(m[1])[0]] {
		return false
	}
	for _, w := range words(f) {
		if speechVerbs[w] || finiteWords[w] {
			return false
		}
	}
	return true
}

// contactRE matches a line giving the writer's or the newsroom's
// address: "Reach her at jo@example.org.", "She can be reached at …",
// "Follow him on X at @jolee", "Contact the author: jo@example.org",
// "Have a news tip? Email tips@example.org".
var contactRE = regexp.MustCompile(`^(((you|he|she|they) can )?(be )?(reach|reached|contact|email|e-mail|write to|message|follow|send) ([a-z .'-]{1,40} )?(at|on|via|to)\b|(contact|email|e-mail|twitter|x)( [a-z .'-]{1,30})?\s*:|(have|got) (a|any) (news )?tips?\?? ?(email|e-mail|write to|contact)\b)[^@]{0,40}@[a-z0-9._-]+[^ ]*$`)

// contactLine reports whether folded text only tells how to reach the
// writer; a cheap test skips text without an at sign.
func contactLine(f string) bool {
	return len(f) <= 160 && strings.IndexByte(f, '@') >= 0 && contactRE.MatchString(f)
}

// creditWords are the agency names and labels creditLine accepts alone.
var creditWords = set(`ani pti ians afp ap aap reuters upi xinhua dpa efe kyodo yonhap bernama bloomberg cnn advertisement`)

var boilerplateTriggers = []string{"feed", "received", "responsib", "liabil", "edited by", "generated",
	"views expressed", "opinions expressed", "access", "contributed", "sourced",
	"information", "advice", "of free ", "source:",
	"input", "subscribe",
	"sign up", "signup", "newsletter", "premium", "member", "exclusive", "follow us", "join our",
	"download", "click", "copyright", "©", "(c)", "rights reserved", "distributed", "syndicated",
	"supplied", "provided", "redistribution", "republication", "resale", "reproduc", "licen", "permission",
	"advertisement", "continues", "scroll", "reading", "sponsored", "updated", "- published", "- posted", ", published", ", posted", "corrected", "written by", "reporting by",
	"inbox", "follow", "log in", "login", "sign in", "subscriber", "author", "correspondent", "editor", "reporter",
	"writer", "columnist", "contributor", "critic", "analyst", "first published", "originally published", "first appeared", "originally appeared", "with files",
	"with reporting", "with additional reporting", "headline", "contributed to this", "unedited", "verbatim",
	"handout", "/ pool", "/pool", "file photo", "associated press", "reuters", "afp", "xinhua", "kyodo",
	"bernama", "yonhap", "republished", "reprinted", "follows", "to come", "updated today", "updated yesterday", "min read", "minute read", "minutes read"}

// boilerplateTriggerSet is boilerplateTriggers indexed for one pass.
var boilerplateTriggerSet = newSubstrings(boilerplateTriggers)

// boilerplateRE is the union of boilerplatePatterns, matched in one pass.
var boilerplateRE = func() *regexp.Regexp {
	parts := make([]string, len(boilerplatePatterns))
	for i, re := range boilerplatePatterns {
		parts[i] = "(?:" + re.String() + ")"
	}
	return regexp.MustCompile(strings.Join(parts, "|"))
}()

// boilerplateWords are the words of which every long boilerplate text
// has at least one; texts without any skip the pattern match.
var boilerplateWords = set(`feed received responsibility responsible liability edited generated auto-generated
input inputs subscribe subscribers subscription sign signup newsletter newsletters premium member
members exclusive follow join download click copyright © rights distributed syndicated supplied
provided redistribution republication resale licence license permission advertisement continues
updated corrected written reporting editing writing published posted photo image picture video
google whatsapp scroll reading sponsored inbox log login subscriber author correspondent editor reporter
writer columnist contributor critic analyst contributed advice informational quota headline headlines
syndication content-sharing access expressed sourced reproduced reproduction unedited verbatim republished reprinted
handout associated reuters afp xinhua kyodo bernama yonhap min follows republishes reprinted`)

// boilerplateStart reports whether folded text starts like a link or
// promotion line ("Also read: …", "Watch - …").
func boilerplateStart(f string) bool {
	if f == "" {
		return false
	}
	for _, t := range boilerplatePrefixesBy[f[0]] {
		if strings.HasPrefix(f, t) {
			return true
		}
	}
	return false
}

// boilerplatePrefixesBy indexes boilerplatePrefixes by their first byte.
var boilerplatePrefixesBy = func() map[byte][]string {
	m := make(map[byte][]string)
	for _, t := range boilerplatePrefixes {
		m[t[0]] = append(m[t[0]], t)
	}
	return m
}()

// boilerplatePrefixes start link and promotion lines.
var boilerplatePrefixes = []string{"also", "read", "see", "watch", "related", "recommended", "must", "don't", "trending",
	"topic", "tag", "filed under", "categor", "more about", "edited by", "reporting by", "written by",
	"by ", "share", "published", "follow", "like", "find", "already", "not a", "log", "sign", "about the", "updated", "last updated", "first published", "posted", "created:", "photo", "image", "picture", "file photo", "(file", "(photo", "video",
	"with files", "with reporting", "with additional", "with agency", "with wire", "- with", "-- with", "(with",
	"(courtesy", "(file", "(handout", "(supplied", "(by ", "(updates", "(adds", "(recasts", "(rewrites", "(corrects", "(refiles",
	"comment", "why it matters", "the big picture", "what's next", "what they're saying", "the bottom line", "between the lines",
	"by the numbers", "zoom ", "state of play", "driving the news", "catch up", "reality check", "what to watch", "go deeper",
	"story by", "text by", "words by", "compiled by", "produced by", "the writer", "the author", "(the writer", "(the author",
	"more stories", "more news", "more coverage", "more on this", "you may also", "you might also",
	"developing", "(developing", "breaking", "(breaking", "this is a developing", "this is a breaking", "a developing",
	"this story is", "this report is", "(this", "this story was", "this report was", "this content was", "this piece",
	"this article was", "please", "refresh", "(refresh", "share your", "leave a", "leave your", "join the", "tell us", "comments are", "comments have", "commenting",
	"editor", "editing:", "only the", "(only the",
	"source:", "you have reached", "you've reached", "you have used", "you've used", "disclaimer", "this article is", "this content is",
	"the information", "all content", "have a ", "got a ", "do you have", "contact the ", "contact our ", "send us", "send your",
	"email us", "email your", "e-mail us", "brought to you", "presented by", "supported by", "sponsored", "advertisement", "promoted", "paid ", "partner content"}

// breadcrumb reports whether raw text is a navigation trail such as
// "Home / News / Courts" or "World › Europe": short segments of at most
// four words joined by a separator, without sentence punctuation.
func breadcrumb(raw string) bool {
	raw = strings.TrimSpace(raw)
	if raw == "" || len(raw) > 160 || strings.ContainsAny(raw, ".,;:!?\"“”") {
		return false
	}
	segs := strings.FieldsFunc(raw, func(r rune) bool { return strings.ContainsRune("/>›»|", r) })
	if len(segs) < 2 || strings.Count(raw, " ")+1 > 6*len(segs) {
		return false
	}
	for _, s := range segs {
		ws := strings.Fields(s)
		if len(ws) == 0 || len(ws) > 4 {
			return false
		}
		if r := []rune(ws[0])[0]; !unicode.IsUpper(r) {
			return false
		}
	}
	// Two segments make a trail only when joined by a mark that serves
	// no other purpose in a line of text ("Entertainment » Cinema",
	// "World › Europe"); "Jo / Lee" or "News | Sport" may be anything.
	return len(segs) >= 3 || strings.EqualFold(strings.TrimSpace(segs[0]), "home") ||
		len(segs) == 2 && strings.Count(raw, "»")+strings.Count(raw, "›") == 1 && !strings.ContainsAny(raw, "«‹/>|")
}

// labelPromo reports whether raw text is a promotion headed by a
// capitalised label and an imperative, in the label or after it:
// "MARKETS LIVE: Follow stocks in real time", "WATCH: …", "LISTEN - …". A capitalised dateline ("NEW
// DELHI: The minister said …") is followed by story text, not by an
// imperative.
func labelPromo(raw string) bool {
	if len(raw) > 240 {
		return false
	}
	i := strings.IndexAny(raw, ":|–—-")
	if i < 2 || i > 40 {
		return false
	}
	label := strings.TrimSpace(raw[:i])
	letters := 0
	for _, r := range label {
		switch {
		case unicode.IsLower(r):
			return false
		case unicode.IsUpper(r):
			letters++
		}
	}
	if letters < 3 {
		return false
	}
	rest := strings.Fields(strings.TrimLeft(raw[i:], ":|–—- "))
	if len(rest) == 0 {
		return false
	}
	lw := strings.Fields(strings.ToLower(label))
	if len(lw) == 0 || len(rest) > 30 {
		return false
	}
	if last := lw[len(lw)-1]; promoVerbs[last] || promoLabels[last] {
		return true
	}
	// After a dash the label may be a dateline ("LONDON - Get ready
	// for …"): only a colon or a bar makes the imperative a promotion.
	colon := raw[i] == ':' || raw[i] == '|'
	return colon && promoVerbs[strings.ToLower(strings.Trim(rest[0], ".,!"))]
}

// promoLabels end the capitalised label of a link to other content:
// "MORE:", "RELATED -", "PODCAST:".
var promoLabels = set(`more related recommended trending podcast podcasts newsletter newsletters video videos photos
gallery sponsored advertisement promoted opinion explainer`)

// sectionLabelRE matches folded section headings and link lists that
// sites put between paragraphs: "Most read", "More on this story",
// "You may also like", "5 min read", "Reading time: 3 min", "Listen to
// this article".
var sectionLabelRE = regexp.MustCompile(`^(most (read|popular|viewed|shared)|top stories|more on this (story|topic)|` +
	`related (stories|articles|topics|coverage|content|links|news)|you (may|might) also (like|be interested in)|` +
	`recommended( for you| stories| reading)?|in other news|editor'?s picks?|latest (news|stories|headlines)|` +
	`more from [a-z .'&-]{1,40}|more stories|trending( now| stories)?|\d{0,2} ?min(ute)?s? read|reading time:? *\d{0,2} ?min(ute)?s?|` +
	`listen to (this|the) (article|story)( \d{1,2} ?min(ute)?s?)?|(the )?views (and opinions )?expressed .{0,160}(author|writer)s?'?s? own|` +
	`this (article|story) (was )?(originally|first) (published|appeared) .{0,100}|` +
	`[a-z .'-]{3,40} (is|was) (a|an|the) ([a-z-]+ ){0,3}(reporter|correspondent|editor|writer|journalist|columnist|contributor|producer|photographer|intern)s? (for|at|with|based in) .{2,80})\.?$`)

// sectionLabel reports whether folded text is a section heading or a
// notice of the site rather than story text.
func sectionLabel(f string) bool {
	return len(f) <= 240 && sectionLabelRE.MatchString(f)
}

// promoVerbs open the call to action of a promotion line.
var promoVerbs = set(`follow read watch listen get sign subscribe download click tap join see catch discover explore
try stay find check register visit browse shop book`)
