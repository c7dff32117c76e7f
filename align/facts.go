package align

import (
	"math"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Fact is one claim element found in a sentence.
type Fact struct {
	Facet Facet  `json:"facet"`
	Key   string `json:"key"`  // canonical form used for comparison, e.g. "14" or "m11d20"
	Text  string `json:"text"` // the words as written, e.g. "14 goals"
	unit  string // singular unit word of a number, "" when none
	weak  bool   // a number implied by a word such as "both"
	per   string // the time unit of a rate: "day" for "600 litres a day"
	loose bool   // a number that counts only where it matches one of the other side: the word "one"
	noun  string // a loose number's noun, as unitKey folds it: "person" of "one person"
	seq   int    // entities: which name of the sentence the word belongs to
	// initial marks an entity word that opens the sentence or follows
	// its dateline, where any word is capitalised.
	initial bool
	// ident marks a number that names rather than counts: "Highway
	// 12", "Flight 882", "Gate 4".
	ident bool
	// named is, for an ident number, the key of the word it names with:
	// "flight" of "Flight 882".
	named string
}

// unitKey folds a unit word: singular, spelling variants folded.
func unitKey(u string) string {
	if u == "" {
		return ""
	}
	u = singular(wordKey(u))
	if c, ok := unitCanon[u]; ok {
		return c
	}
	return u
}

// Facts lists the claim elements of one sentence: numbers (with number
// words and scales resolved: "eighteen" is 18, "3 million" is 3000000),
// dates (weekdays, months, years, relative days), quotations, attributions
// (who said or reported it), named entities, negations, hedges and
// certainty markers (modality) and evaluative words (characterization).
func Facts(sentence string) []Fact {
	return extract(sentence, nil, nil).list()
}

// facts is the parsed form of a sentence used for comparison.
type facts struct {
	// open caches openMatter's answer for the sentence: 0 not asked
	// yet, 1 open, 2 settled.
	open     int8
	numbers  []Fact
	dates    []Fact
	quotes   []Fact
	attribs  []attribution
	entities []Fact // one per capitalised token, key is the folded word
	negs     []Fact
	modal    []Fact
	charac   []Fact
	content  []string // content word keys outside facts, for wording
	titles   []titledName
	// dayParts are the times of day named ("Saturday morning"), keyed
	// by the part of the day they name: "tod:morning".
	dayParts []Fact
	// rates are the frequencies given without a number ("every
	// quarter", "monthly"), keyed by their time unit.
	rates []Fact
	// quoteRunsOn marks a last quotation left open at the sentence's
	// end, quoteRunsIn a first one closed before any mark opened it: a
	// quotation the sentences around continue.
	quoteRunsOn, quoteRunsIn bool
}

// titledName is a name with the title before it: "Deputy mayor Arjun
// Pillai".
type titledName struct {
	name  string   // key of the last word of the name
	heads []string // role nouns of the title, singular ("mayor")
	ranks []string // rank words of the title ("deputy")
	// portfolio holds the words before the role that name its field:
	// "housing" in "housing spokesperson".
	portfolio []string
	text      string
}

type attribution struct {
	keys  []string // capitalised names and source nouns
	text  string
	head  string   // singular key of the last word giving a key: "judge" in "the three judges"
	words []string // singular keys of every word, hyphenated compounds split
	acros []string // initials of runs of capitalised words: "un" for "United Nations"
	// audience marks who was told, not who told: "CNN" in "she told CNN".
	audience bool
	// role is the folded description a name stands in apposition to:
	// "the museum's director" for "the museum's director, Ian Maddox,".
	role string
	// finding marks a study or inquiry credited with what it found: "a
	// survey found that …".
	finding bool
	// stance marks the subject of a stance verb: "the union" of "the
	// union welcomed the law", whose stance is the claim.
	stance bool
}

func (f *facts) list() []Fact {
	var out []Fact
	out = append(out, f.numbers...)
	out = append(out, f.dates...)
	out = append(out, f.quotes...)
	for _, a := range f.attribs {
		out = append(out, Fact{Facet: FacetAttribution, Key: strings.Join(a.keys, " "), Text: a.text})
	}
	out = append(out, f.entities...)
	out = append(out, f.negs...)
	out = append(out, f.modal...)
	out = append(out, f.charac...)
	return out
}

// lowerVocab reports whether a word is known to appear in lower case in
// the documents; a capitalised sentence-initial word that does is not a
// name.
type lowerVocab map[string]bool

// quoteSpan is a quotation found in folded text.
type quoteSpan struct{ start, end int } // byte range of the quoted words, without marks

// findQuotes finds quotations in folded text (all quote marks already
// folded to ASCII " and ').
func findQuotes(s string) []quoteSpan {
	var out []quoteSpan
	open := -1
	from := 0
	// An odd mark after a digit is an inch mark: 5'10", a 65" screen.
	inch := -1
	if strings.Count(s, `"`)%2 == 1 {
		for i := 1; i < len(s); i++ {
			if s[i] == '"' && s[i-1] >= '0' && s[i-1] <= '9' {
				inch = i
				break
			}
		}
	}
	if i := strings.IndexByte(s, '"'); inch < 0 && i > 0 && s[i-1] != ' ' && s[i-1] != '(' && (i+1 == len(s) || s[i+1] == ' ') &&
		strings.Count(s, `"`)%2 == 1 {
		// A sentence that opens inside a quotation begun in the one
		// before ("… half the price. / This tariff gives them
		// breathing room," Hoxholli told …): its first mark closes it.
		out = append(out, quoteSpan{0, i})
		from = i + 1
	}
	for i := from; i < len(s); i++ {
		if s[i] != '"' || i == inch {
			continue
		}
		if open < 0 {
			open = i
			continue
		}
		out = append(out, quoteSpan{open + 1, i})
		open = -1
	}
	if open >= 0 && len(s)-open > 1 {
		// An unclosed quotation runs to the end (multi-paragraph quotes).
		out = append(out, quoteSpan{open + 1, len(s)})
	}
	// Single-quoted phrases: ' at a word start … ' at a word end.
	for i := 0; i < len(s); i++ {
		if s[i] != '\'' || insideAny(out, i) {
			continue
		}
		if i > 0 && !strings.ContainsRune(" ([:-\"", rune(s[i-1])) {
			continue
		}
		if i+1 >= len(s) || !isWordRune(firstRune(s[i+1:])) {
			continue
		}
		for j := i + 2; j < len(s); j++ {
			if s[j] != '\'' {
				continue
			}
			pr, _ := utf8.DecodeLastRuneInString(s[:j])
			if !isWordRune(pr) && !strings.ContainsRune(".,!?", pr) {
				continue
			}
			if j+1 < len(s) && isWordRune(firstRune(s[j+1:])) {
				continue // apostrophe inside a word
			}
			if pr == 's' && j+1 < len(s) && s[j+1] == ' ' && j-i > 40 {
				continue
			}
			out = append(out, quoteSpan{i + 1, j})
			i = j
			break
		}
	}
	sort.Slice(out, func(a, b int) bool { return out[a].start < out[b].start })
	return out
}

func insideAny(q []quoteSpan, i int) bool {
	for _, s := range q {
		if i >= s.start-1 && i <= s.end {
			return true
		}
	}
	return false
}

// quotedMoneyRE finds an amount written with its currency's sign or code
// in a quote: "Rs 20,000", "₹5 crore", "$2.5 million", "€100,000", "£40".
// Its first group is the sign, its second the amount said.
var quotedMoneyRE = regexp.MustCompile(`(\bRs\.?|[₹$€£]) ?(\d[\d,]*(?:\.\d+)?(?: (?:lakh|crore|million|billion|trillion))?)`)

// moneyWords name the currency of a sign quotedMoneyRE finds.
var moneyWords = map[string]string{"Rs": "rupees", "Rs.": "rupees", "₹": "rupees", "$": "dollars", "€": "euros", "£": "pounds"}

// quoteKey normalises quoted words for comparison. A compound is keyed
// closed up: "north-easterly" and "northeasterly", "re-elected" and
// "reelected" are one word spelt two ways; a word of "re-" that closed up
// is another word ("re-sign", "resign") keeps its hyphen.
func quoteKey(s string) string {
	if strings.Contains(s, "%") {
		s = quotedPercentRE.ReplaceAllString(s, "$1 percent") // "99%" is said "99 percent"
	}
	if strings.ContainsAny(s, "₹$€£") || strings.Contains(s, "Rs") {
		// "Rs 20,000" is said "20,000 rupees", "€100,000" "100,000 euros".
		s = quotedMoneyRE.ReplaceAllStringFunc(s, func(m string) string {
			g := quotedMoneyRE.FindStringSubmatch(m)
			return g[2] + " " + moneyWords[g[1]]
		})
	}
	ws := words(expandContractions(s))
	for i, w := range ws {
		k := wordKey(w)
		if v, ok := wordNumber(k); ok && !vagueCounts[k] {
			k = strconv.Itoa(int(v)) // "in at least twenty years" is said "20 years"
		} else if strings.Contains(k, ",") && isDigits(strings.ReplaceAll(k, ",", "")) {
			k = strings.ReplaceAll(k, ",", "") // "2,000" is "2000"
		}
		if c := strings.ReplaceAll(k, "-", ""); !(strings.HasPrefix(k, "re-") && reHomographs[c]) {
			k = c
		}
		ws[i] = k // "re-elected" is "reelected"; "re-sign" is not "resign"
	}
	// "8pm", "8 pm" and "8 p.m." are one time said.
	if slices.ContainsFunc(ws, clockWord) {
		var out []string
		for i, w := range ws {
			t := strings.ReplaceAll(w, ".", "")
			switch {
			case i+1 < len(ws) && clockWord(ws[i+1]) && len(w) >= 4 && (w[len(w)-3] == '.' || w[len(w)-3] == ':') && isDigits(w[:len(w)-3]+w[len(w)-2:]):
				out = append(out, w[:len(w)-3], w[len(w)-2:]) // "10.15 a.m." is "10 15 am"
			case t == "am" || t == "pm":
				out = append(out, t)
			case clockWord(w):
				// "8.30pm" is "8 30 pm", as "8:30 p.m." reads.
				hm := strings.TrimRight(w, ".")
				hm = hm[:len(hm)-2]
				out = append(append(out, strings.FieldsFunc(hm, func(r rune) bool { return r == '.' || r == ':' })...), t[len(t)-2:])
			default:
				out = append(out, w)
			}
		}
		ws = out
	}
	// "seven hundred families" is said "700 families".
	for i := 0; i+1 < len(ws); i++ {
		scale, ok := quoteScales[ws[i+1]]
		if !ok || !isDigits(ws[i]) {
			continue
		}
		if n, err := strconv.Atoi(ws[i]); err == nil && n > 0 && n < 1000 {
			ws[i] = strconv.Itoa(n * scale)
			ws = slices.Delete(ws, i+1, i+2)
		}
	}
	return strings.ReplaceAll(strings.Join(ws, " "), "per cent", "percent")
}

// clockWord reports whether quoted word w is a time of the clock with
// its half of the day ("8pm", "8.30pm", "10:15am") or the half alone
// ("p.m.", "am").
func clockWord(w string) bool {
	t := strings.ReplaceAll(w, ".", "")
	if t == "am" || t == "pm" {
		return true
	}
	if len(t) < 3 || !(strings.HasSuffix(t, "am") || strings.HasSuffix(t, "pm")) {
		return false
	}
	return isDigits(strings.ReplaceAll(t[:len(t)-2], ":", ""))
}

// quoteScales multiply the number word before them inside a quote:
// "seven hundred", "two thousand". They are keyed as quoteKey spells
// words (wordKey writes "hundred" as "hunderd", as it folds "centre").
var quoteScales = map[string]int{wordKey("hundred"): 100, wordKey("thousand"): 1000}

// quotedHedge reports whether quoted text q is a hedge and nothing else:
// "probably", "almost certainly", "very likely".
func quotedHedge(q string) bool {
	ws := strings.Fields(strings.ToLower(strings.Trim(strings.TrimSpace(q), ".,;:!?")))
	if len(ws) == 0 || len(ws) > 3 || modalClasses[ws[len(ws)-1]] == "" {
		return false
	}
	for _, w := range ws[:len(ws)-1] {
		if !hedgeDegrees[w] {
			return false
		}
	}
	return true
}

// hedgeDegrees grade a hedge: "almost certainly", "very likely".
var hedgeDegrees = set(`almost very most quite highly more less all but`)

// vagueCounts are number words that count roughly or by times, not an
// exact number a quote could give in digits.
var vagueCounts = set(`dozen dozens hundreds thousands millions billions twice thrice tens-of-thousands
hundreds-of-thousands tens-of-millions hundreds-of-millions`)

// spaceGroupedRE finds a number whose thousands are grouped by spaces
// ("4 200", "1 250 000"): one to three digits, then groups of three.
// Its match may open with the character before the number, which must
// not be a digit or a separator.
var spaceGroupedRE = regexp.MustCompile(`(?:^|[^0-9.,:])[0-9]{1,3}(?: [0-9]{3})+\b`)

// groupSpacedThousands writes the numbers of text s whose thousands are
// grouped by spaces with commas: "4 200" is "4,200". A number after a
// month or a label ("May 15 200 people", "Flight 1 250 passengers",
// "Grade 12 150 students") is a day or a name followed by a count.
func groupSpacedThousands(s string) string {
	var b strings.Builder
	last := 0
	for _, m := range spaceGroupedRE.FindAllStringIndex(s, -1) {
		start := m[0]
		if c := s[start]; c < '0' || c > '9' {
			start++ // the character before the number
		}
		before := words(strings.ToLower(s[max(0, start-20):start]))
		if n := len(before); n > 0 {
			if w := strings.TrimSuffix(before[n-1], "."); months[w] != 0 || numberLabels[w] {
				continue
			}
		}
		b.WriteString(s[last:start])
		b.WriteString(strings.ReplaceAll(s[start:m[1]], " ", ","))
		last = m[1]
	}
	b.WriteString(s[last:])
	return b.String()
}

// numberLabels name what a number after them numbers: "Flight 1250",
// "Section 3", "Grade 12".
var numberLabels = set(`flight flights route routes section sections grade grades article articles chapter chapters
page pages room rooms no number numbers top level levels phase phases platform gate gates bus buses line lines
highway road roads block blocks ward wards district districts zone zones class classes`)

// spacedDigits reports whether s has a digit, a space and a digit in a
// row, the cheap test before spaceGroupedRE.
func spacedDigits(s string) bool {
	for i := 1; i+1 < len(s); i++ {
		if s[i] == ' ' && s[i-1] >= '0' && s[i-1] <= '9' && s[i+1] >= '0' && s[i+1] <= '9' {
			return true
		}
	}
	return false
}

// quotedPercentRE finds a percent sign after a number.
var quotedPercentRE = regexp.MustCompile(`([0-9])\s*%`)

// extract parses a sentence. lv may be nil.
func extract(sentence string, lv lowerVocab, caps map[string]bool) *facts {
	sentence = spaceGluedDateline(sentence)
	fk := canonPhrases(foldKeepCase(RepairMojibake(sanitize(sentence))))
	if spacedDigits(fk) {
		// "4 200 candidates", thousands grouped by spaces, is "4,200".
		fk = groupSpacedThousands(fk)
	}
	f := &facts{}
	quotes := findQuotes(fk)
	// A hedge set in quotation marks ("was \"probably\" caused by a
	// meteor", "\"almost certainly\" not") is the source's hedge, read
	// as one.
	quotes = slices.DeleteFunc(quotes, func(q quoteSpan) bool { return quotedHedge(fk[q.start:q.end]) })
	for i, q := range quotes {
		txt := strings.TrimSpace(fk[q.start:q.end])
		if k := quoteKey(txt); k != "" {
			f.quotes = append(f.quotes, Fact{Facet: FacetQuote, Key: k, Text: txt})
			f.quoteRunsIn = f.quoteRunsIn || i == 0 && q.start == 0
			f.quoteRunsOn = q.end == len(fk)
		}
	}
	// Blank the quotations out so other facets see only the narration.
	outside := blankSpans(fk, quotes)
	// A dateline names the filing place and agency, not a claim.
	dateline := datelineEnd(outside)
	toks := tokenize(outside)
	used := make([]bool, len(toks))
	f.parseNumbers(outside, toks, used)
	f.rangePercents(outside)
	f.fractionShares(strings.ToLower(outside))
	f.parseDayParts(toks)
	f.parseFrequencies(toks, used)
	if dateline > 0 && len(f.dates) > 0 {
		// A dateline date is metadata: its absence is no change. The
		// date's text drops the point of "Oct. 4".
		dl := strings.ReplaceAll(outside[:dateline], ".", "")
		for i := range f.dates {
			if strings.Contains(dl, strings.ReplaceAll(f.dates[i].Text, ".", "")) {
				f.dates[i].weak = true
			}
		}
	}
	f.dates = withoutConversions(outside, f.dates)
	f.parseAttributions(outside, toks)
	if !titleCase(toks) {
		f.parseEntities(outside, toks, used, lv, caps, dateline)
		f.parseTitles(outside, toks)
	}
	lower := strings.ToLower(outside)
	quiet := -1
	reasonEnd := -1 // the last token of a source's reason for not being named
	for i, t := range toks {
		lw := t.lower
		switch {
		case (lw == "not" || lw == "n't" || strings.HasSuffix(lw, "n't")) && excludedAhead(toks, i) >= 0:
			// "sabotage has not been ruled out": a possibility kept
			// open, a hedge rather than a denial.
			f.modal = append(f.modal, Fact{Facet: FacetModality, Key: "hedge:possible", Text: t.text})
			quiet = excludedAhead(toks, i)
		case refusalVerbs[lw] && refusedExclusion(toks, i) >= 0:
			// "refused to rule out", "declined on Tuesday to rule out":
			// as "did not rule out", a possibility kept open. Its text
			// is the negator it stands for.
			f.modal = append(f.modal, Fact{Facet: FacetModality, Key: "hedge:possible", Text: "not"})
			quiet = refusedExclusion(toks, i)
		case (lw == "trying" || lw == "working" || lw == "seeking" || lw == "attempting") && i+2 < len(toks) &&
			toks[i+1].lower == "to" && epistemicVerbs[toks[i+2].lower]:
			// "investigators are trying to determine the cause": it is
			// not known yet.
			f.modal = append(f.modal, Fact{Facet: FacetModality, Key: "hedge:unknown", Text: t.text})
			quiet = i + 2
		case (lw == "investigation" || lw == "inquiry" || lw == "probe") && i+3 < len(toks) && toks[i+1].lower == "into" &&
			toks[i+2].lower == "the" && openCauseNouns[toks[i+3].lower]:
			// "opened an investigation into the cause of the fire": the
			// cause is not known yet, as "is under investigation" says.
			f.modal = append(f.modal, Fact{Facet: FacetModality, Key: "hedge:unknown", Text: t.text})
		case (lw == "early" || lw == "soon") && i > 0 && toks[i-1].lower == "too" && i+3 < len(toks) && toks[i+1].lower == "to" &&
			(toks[i+2].lower == "say" || toks[i+2].lower == "tell" || toks[i+2].lower == "determine") && openAfter[toks[i+3].lower]:
			// "too early to say what caused the fire": not known yet.
			f.modal = append(f.modal, Fact{Facet: FacetModality, Key: "hedge:unknown", Text: toks[i-1].text + " " + t.text})
		case inquiryAt(toks, i):
			// "police were investigating whether the fire was started
			// by thieves": whether it was is not known yet.
			f.modal = append(f.modal, Fact{Facet: FacetModality, Key: "hedge:unknown", Text: t.text})
		case (lw == "not" || lw == "n't") && unknownAhead(toks, i) >= 0:
			// "was not immediately known", "has not been identified":
			// the claim is open, a hedge rather than a denial.
			f.modal = append(f.modal, Fact{Facet: FacetModality, Key: "hedge:unknown", Text: t.text})
			quiet = unknownAhead(toks, i)
		case i == quiet:
			// the word the hedge above denies: "not confirmed" asserts
			// nothing.
		case lw == "nothing" && i+1 < len(toks) && (toks[i+1].lower == "has" || toks[i+1].lower == "had" || toks[i+1].lower == "was") && unknownAhead(toks, i+1) >= 0:
			// "nothing has been decided", "nothing was confirmed".
			f.modal = append(f.modal, Fact{Facet: FacetModality, Key: "hedge:unknown", Text: t.text})
			quiet = unknownAhead(toks, i+1)
		case lw == "undecided" && i > 0 && undecidedAfter[toks[i-1].lower] || lw == "yet" && yetToDecide(toks, i):
			// "remains undecided", "has yet to decide": the matter is
			// open ("8% undecided" in a poll counts voters).
			f.modal = append(f.modal, Fact{Facet: FacetModality, Key: "hedge:unknown", Text: t.text})
		case lw == "no" && decisionAhead(toks, i) > 0:
			// "though no decision had been made": the matter is open, a
			// hedge rather than a denial.
			quiet = decisionAhead(toks, i)
			f.modal = append(f.modal, Fact{Facet: FacetModality, Key: "hedge:unknown", Text: t.text + " " + toks[quiet].text})
		case (lw == "no" || lw == "not") && boundAhead(toks, i):
			// "no more than 20 litres", "not less than 5%": a bound of
			// the number, compared with it (see boundRE), not a denial.
		case lw == "not" && unnamedSource(toks, i):
			// "asking not to be named": who the source is, not a claim
			// denied; nor is the reason given for it ("because the bill
			// has not yet been published").
			reasonEnd = reasonClauseEnd(outside, toks, i)
		case i <= reasonEnd && (negators[lw] || strings.HasSuffix(lw, "n't")):
		case lw == "not" && i >= 2 && i+1 < len(toks) && toks[i+1].lower == "to" &&
			(toks[i-2].lower == "so" && toks[i-1].lower == "as" || toks[i-2].lower == "in" && toks[i-1].lower == "order"):
			// "stay away so as not to hinder the emergency services":
			// the purpose of what was asked, no claim denied.
		case lw == "without" && i+1 < len(toks) && withoutDetails(toks, i+1):
			// "…, a security source told AFP, without giving further
			// details": how the source spoke, not a claim denied.
		case negators[lw] || strings.HasSuffix(lw, "n't"):
			f.negs = append(f.negs, Fact{Facet: FacetNegation, Key: "neg", Text: t.text})
		case (lw == "hardly" || lw == "scarcely") && i > 0 && (toks[i-1].lower == "could" || toks[i-1].lower == "can"):
			// "could hardly have come at a worse time": "could not" in
			// other words.
			f.negs = append(f.negs, Fact{Facet: FacetNegation, Key: "neg", Text: t.text})
		case lw == "expected" && !(i+1 < len(toks) && toks[i+1].lower == "to") &&
			(!passiveBefore(toks, i) || i+1 == len(toks) || toks[i+1].lower == "by" && !timeAt(toks, i+2)):
			// "analysts had expected", "than expected", "was expected by
			// economists": someone's forecast reported, not a hedge of
			// the claim ("is expected to", "is expected on Friday").
			f.content = append(f.content, lw)
		case lw == "could" && clauseOfTimeSubject(outside, toks, i):
			// "trapped for 40 minutes before firefighters could free
			// him": when it was done, not whether it might be.
		case (lw == "could" || lw == "can") && capacityAhead(toks, i+1):
			// "It could hold about 800 worshippers", "can seat 2,000":
			// what a place holds, a fact, not a possibility.
		case lw == "could" && inabilityAhead(toks, i+1) || lw == "couldn't":
			// "could not be used", "could no longer help" state an
			// inability, not a hedge.
		case (lw == "claimed" || lw == "claims" || lw == "claim") && countTaken(toks, i):
			// "claimed six wickets", "claims 30 lives": took, not said.
			f.content = append(f.content, wordKey(lw))
		case (lw == "could" || lw == "can") && i+2 < len(toks) && toks[i+1].lower == "be" && perceivedWords[toks[i+2].lower]:
			// "the smoke could be seen from Tucker's Town": it was
			// visible, a fact, not a possibility.
			f.content = append(f.content, "visible")
			used[i+1], used[i+2] = true, true
		case lw == "possible" && !possibleHedge(toks, i):
			// "as soon as possible", "an investigation into possible
			// negligence", "possible investors": no hedge of the claim
			// ("a possible strike", "it is possible that" are).
			f.content = append(f.content, lw)
		case modalClasses[lw] != "" && (used[i] || (lw == "suspect" || lw == "suspects") && i > 0 && suspectNoun(toks[i-1]) ||
			lw == "may" && t.cap && i > 0 && !sentenceInitial(outside, toks, i)):
			// "May 3" is a date; "the suspects" are people; "May"
			// inside a sentence is the month or a name.
		case (lw == "claims" || lw == "claim") && i > 0 && (unicode.IsDigit(firstRune(toks[i-1].lower)) || nounDeterminers[toks[i-1].lower] ||
			isWordNumber(toks[i-1].lower)):
			// "more than 6,700 claims", "the claims", "thousands of
			// claims": the noun, what insurers and courts receive.
			f.content = append(f.content, "claim")
		case (lw == "claims" || lw == "claim") && i > 0 && (denialVerbs[toks[i-1].lower] || rebuttalVerbs[toks[i-1].lower]):
			// "denied claims that …": the claims are what the denial
			// answers, not a hedge of the sentence (the denial is its
			// negation).
			f.content = append(f.content, "claim")
		case lw == "apparent" && (i == 0 || !articleWords[toks[i-1].lower] && !possessiveWords[toks[i-1].lower] || toks[i-1].lower == "no"):
			// "an apparent electrical fault" hedges the cause; "it
			// became apparent", "for no apparent reason" say that it
			// was plain.
			f.content = append(f.content, lw)
		case modalClasses[lw] == "hedge:appearance" && strings.HasPrefix(lw, "appear") &&
			!(i > 0 && toks[i-1].lower == "it") &&
			(i+1 == len(toks) || placePrepositions[toks[i+1].lower] || arrivalAfter[toks[i+1].lower] ||
				clauseBreak(outside[t.start+len(t.text):toks[i+1].start])):
			// "appeared in court", "appeared in the journal", "once
			// symptoms appear,": a presence, not a hedge ("appeared
			// to", "appears likely").
			f.content = append(f.content, wordKey(lw))
		case lw == "estimated" && !(i > 0 && (determinerWords[toks[i-1].lower] || beVerbs[toks[i-1].lower])) && !estimatedAt(toks, i):
			// "Police estimated the crowd at 6,000": who made the
			// estimate, as "put the figure at"; "an estimated 6,000" and
			// "is estimated to" hedge the number.
		case (lw == "assumed" || lw == "assumes" || lw == "assume") && tookOffice(toks, i+1):
			// "assumed office", "assumed the presidency": took on a post,
			// not a belief.
			f.content = append(f.content, "assume")
		case lw == "established" && !(i+1 < len(toks) && assertedClause[toks[i+1].lower]):
			// "established a treatment centre", "set up a win": a
			// founding; only "established that …" asserts.
			f.content = append(f.content, lw)
		case purposeModal(toks, i):
			// "so that doctors could reach them": a purpose, not a hedge.
		case lw == "described" && i+2 < len(toks) && toks[i+1].lower == "as" && !determinerWords[toks[i+2].lower] && passiveBefore(toks, i) &&
			len(f.attribs) == 0 && !agentAfter(outside, toks, i+2):
			// "his condition was described as stable": hearsay, as "he
			// is said to be in a stable condition"; "he is described as
			// a man in his 20s" is a description, and "was described as
			// constructive by both sides" or "…, police said" names who
			// described it.
			f.modal = append(f.modal, Fact{Facet: FacetModality, Key: modalClasses["allegedly"], Text: t.text + " as"})
		case (lw == "allegations" || lw == "allegation" || lw == "accusations") && i+1 < len(toks) && (toks[i+1].lower == "that" || toks[i+1].lower == "of") &&
			i > 0 && allegedCauses[toks[i-1].lower]:
			// "arrested over allegations that the numbers were leaked":
			// the cause given as an allegation, as "allegedly". One
			// denied ("denied allegations of bullying") or looked into
			// is no claim made.
			f.modal = append(f.modal, Fact{Facet: FacetModality, Key: modalClasses["allegedly"], Text: t.text})
		case reportingAside(toks, i):
			// "drivers who they say have been held", "a fee which
			// officials claim is illegal": the claim is given as
			// someone's word, as "allegedly".
			f.modal = append(f.modal, Fact{Facet: FacetModality, Key: modalClasses["allegedly"], Text: toks[i-1].text + " " + t.text})
		case (lw == "feared" || lw == "fears" || lw == "presumed") && i > 0 && !personalPronouns[toks[i-1].lower] && i+1 < len(toks) &&
			(fearedStates[toks[i+1].lower] && !(i+2 < len(toks) && objectOpeners[toks[i+2].lower]) ||
				lw == "feared" && toks[i+1].lower == "to" && beVerbs[toks[i-1].lower]):
			// "Eight feared dead", "stock feared lost", "are feared to
			// have died", "presumed dead": a belief, as "believed dead";
			// "they feared losing", "parents feared missing the
			// deadline" is no hedge.
			f.modal = append(f.modal, Fact{Facet: FacetModality, Key: "hedge:belief", Text: t.text})
		case (lw == "always" || lw == "invariably") && i > 0 && nearlyWords[toks[i-1].lower]:
			// "nearly always fatal", "almost invariably fatal": not
			// every time, a hedge that "always fatal" drops.
			f.modal = append(f.modal, Fact{Facet: FacetModality, Key: "hedge:mostly", Text: toks[i-1].text + " " + t.text})
		case (lw == "said" || lw == "reported") && i+2 < len(toks) && toks[i+1].lower == "to" &&
			(toks[i+2].lower == "have" || toks[i+2].lower == "be") && i > 0 && !pronouns[toks[i-1].lower]:
			// "a man said to have acted as its chief", "is reported to
			// be": hearsay, as "allegedly".
			f.modal = append(f.modal, Fact{Facet: FacetModality, Key: modalClasses["allegedly"], Text: t.text + " to"})
		case (lw == "forecast" || lw == "forecasted" || lw == "projected" || lw == "predicted") && i > 0 && beVerbs[toks[i-1].lower] &&
			i+2 < len(toks) && (toks[i+1].lower == "to" || toks[i+1].lower == "for") && !toks[i+2].cap:
			// "Temperatures were forecast to reach 36 degrees", "is
			// projected to rise", "More showers are forecast for the
			// north": what is expected, as "expected to".
			f.modal = append(f.modal, Fact{Facet: FacetModality, Key: "hedge:likely", Text: t.text + " " + toks[i+1].text})
		case forecasterVerbs[lw] && i > 0 && (forecasterNouns[toks[i-1].lower] ||
			i > 1 && (beVerbs[toks[i-1].lower] || toks[i-1].lower == "have") && forecasterNouns[toks[i-2].lower]):
			// "Forecasters expect temperatures to drop", "forecasters
			// are predicting more rain": a forecast, as "temperatures
			// are forecast to drop" ("expect" of anyone else is too
			// often a plan to count as a hedge).
			f.modal = append(f.modal, Fact{Facet: FacetModality, Key: "hedge:likely", Text: t.text})
		case (lw == "considered" && i+1 < len(toks) && !prepositionWords[toks[i+1].lower] && !articleWords[toks[i+1].lower] &&
			toks[i+1].lower != "in" && toks[i+1].lower != "at" && !strings.HasSuffix(toks[i+1].lower, "ly") ||
			lw == "regarded" && i+1 < len(toks) && toks[i+1].lower == "as") &&
			i > 0 && beVerbs[toks[i-1].lower] && !clauseBreak(outside[t.start+len(t.text):toks[i+1].start]) && !holderNamed(outside, toks, i):
			// "none were considered life-threatening", "is considered
			// safe", "is regarded as one of the finest": a judgement
			// held, as "thought to be"; not "was considered for the
			// post", "was considered carefully", nor the kind of thing
			// something is taken for ("are considered a delicacy"),
			// nor a view whose holders are named ("was regarded as a
			// betrayal by local sailors").
			f.modal = append(f.modal, Fact{Facet: FacetModality, Key: "hedge:belief", Text: t.text})
		case lw == "understood" && understoodHearsay(toks, i):
			// "is understood to have clipped a fence", "It is understood
			// that 31 pupils were on board": hearsay, as "reportedly".
			f.modal = append(f.modal, Fact{Facet: FacetModality, Key: modalClasses["allegedly"], Text: t.text})
		case (lw == "theory" || lw == "principle" && i > 1 && agreeVerbs[toks[i-2].lower]) && i > 0 && toks[i-1].lower == "in" && (i+1 == len(toks) || toks[i+1].lower != "of"):
			// "could in theory support", "agreed in principle": a
			// possibility, not the thing done ("opposed in principle"
			// is a stance).
			f.modal = append(f.modal, Fact{Facet: FacetModality, Key: "hedge:possible", Text: toks[i-1].text + " " + t.text})
		case modalClasses[lw] != "":
			key, text := modalClasses[lw], t.text
			if (lw == "certainly" || lw == "certain") && i > 0 && (toks[i-1].lower == "almost" || toks[i-1].lower == "nearly") {
				// "almost certainly": very likely, not certain.
				key, text = "hedge:likely", toks[i-1].text+" "+t.text
			}
			if (lw == "suspected" || lw == "alleged") && i+1 < len(toks) && !stopWords[toks[i+1].lower] && !prepositionWords[toks[i+1].lower] &&
				unicode.IsLetter(firstRune(toks[i+1].lower)) && gapIsSpace(outside, t, toks[i+1]) {
				// "suspected smugglers", "alleged smugglers": one
				// qualifier of who is accused, either word ("bloom
				// suspected behind fish kill" suspects the bloom).
				key = "hedge:accused"
			}
			f.modal = append(f.modal, Fact{Facet: FacetModality, Key: key, Text: text})
		case lw == "should" && i == 0 && conditionClause(toks, i) && shouldCondition(outside):
			// "Should the talks fail, the strike will begin": the
			// condition "if the talks fail" inverted.
			f.modal = append(f.modal, Fact{Facet: FacetModality, Key: "hedge:condition", Text: t.text})
		case lw == "should" && epistemicShould(toks, i):
			// "Repairs should take 10 to 14 days": what is expected, as
			// "are expected to take"; "Residents should report damage"
			// is advice, no hedge.
			f.modal = append(f.modal, Fact{Facet: FacetModality, Key: modalClasses["expected"], Text: t.text})
		case lw == "would":
			// Reported speech turns "will" into "would": the same claim.
			// A relative clause of consequence outside reported speech
			// ("…, which would allow growers to defer taxes") is
			// conditional: against a plain verb it weakens the claim.
			weak := i == 0 || toks[i-1].lower != "which" || slices.ContainsFunc(toks[:i], func(t token) bool { return reportVerbs[t.lower] })
			f.modal = append(f.modal, Fact{Facet: FacetModality, Key: "certain:future", Text: t.text, weak: weak})
		case (lw == "due" || lw == "scheduled" || lw == "set" || lw == "slated") && passiveBefore(toks, i) && timeClauseBefore(outside, toks, i):
			// "shortly before the first train was due to pass", "weeks
			// before they were due to be harvested": when something
			// happened, told by a timetable, not a timetable claimed.
			f.content = append(f.content, lw)
		case (lw == "due" || lw == "scheduled" || lw == "set" || lw == "slated") && passiveBefore(toks, i) &&
			i+1 < len(toks) && toks[i+1].lower == "to" && !(lw == "due" && i+2 < len(toks) && causeAfterDue(toks[i+2].lower)):
			// "is due to", "is set to": a timetable (see scheduleKey).
			f.modal = append(f.modal, Fact{Facet: FacetModality, Key: scheduleKey, Text: t.text + " to"})
		case lw == "due" && passiveBefore(toks, i) && i+1 < len(toks) && dueArrivals[toks[i+1].lower]:
			// "The shipment is due in Honolulu on June 3", "due back
			// on Friday": an arrival timetabled, as "is due to arrive".
			f.modal = append(f.modal, Fact{Facet: FacetModality, Key: scheduleKey, Text: t.text})
		case lw == "to" && headlineTo(fk, toks, i):
			// "Vietnam to approve emergency aid": a headline's plan,
			// its "is" left out, as "plans to approve" tells it.
			f.modal = append(f.modal, Fact{Facet: FacetModality, Key: "hedge:intent", Text: t.text})
		case lw == "set" && headlineSetTo(toks, i):
			// "Morocco set to extend wheat subsidies": a headline's
			// timetable, its "is" left out.
			f.modal = append(f.modal, Fact{Facet: FacetModality, Key: scheduleKey, Text: t.text + " to"})
		case futureBe(toks, i):
			// "The bridge is to close": a plan stated as certain, as
			// "will close".
			f.modal = append(f.modal, Fact{Facet: FacetModality, Key: "certain:future", Text: t.text + " to"})
		case (lw == "meant" || lw == "supposed") && i > 0 && beVerbs[toks[i-1].lower] && i+2 < len(toks) && toks[i+1].lower == "to" && toks[i+2].lower == "have":
			// "is supposed to have fled": what is said of someone, as
			// "supposedly fled", no purpose.
			f.modal = append(f.modal, Fact{Facet: FacetModality, Key: modalClasses["supposedly"], Text: t.text})
		case (lw == "meant" || lw == "supposed") && i > 0 && beVerbs[toks[i-1].lower] && i+1 < len(toks) && toks[i+1].lower == "to":
			// "The project is meant to deepen the basin", "was supposed
			// to deliver six vessels": its purpose, as "aims to deepen"
			// tells it.
			f.modal = append(f.modal, Fact{Facet: FacetModality, Key: "hedge:intent", Text: t.text})
		case (intentVerbs[lw] || lw == "hoped" && slices.ContainsFunc(toks[:i], func(t token) bool { return reportVerbs[t.lower] })) &&
			i+1 < len(toks) && toks[i+1].lower == "to" &&
			!(i > 0 && (nounBefore(toks[i-1]) || neutralModifiers[toks[i-1].lower] && !verbAdverbs[toks[i-1].lower] && !adverbAfterBe(toks, i-1) || evaluative[toks[i-1].lower] || determinerWords[toks[i-1].lower])) &&
			!(i > 1 && prepositionWords[toks[i-2].lower]) ||
			deliberationVerbs[lw] && i > 0 && beVerbs[toks[i-1].lower] || weighedAt(toks, i):
			// "plans to cut", "is considering", "would consider using":
			// an intention, not a fact.
			// Weighing a step is weaker than intending it: "was
			// considering an appeal" is not "would appeal".
			key := "hedge:intent"
			if deliberationVerbs[lw] || weighedAt(toks, i) {
				key = "hedge:deliberation"
			}
			f.modal = append(f.modal, Fact{Facet: FacetModality, Key: key, Text: t.text})
		case baseIntentVerbs[lw] && i > 0 && i+1 < len(toks) && toks[i+1].lower == "to" && pluralSubject(outside, toks, i-1) && !nounPlanned(outside, toks, i) &&
			!(i+2 < len(toks) && knowingVerbs[toks[i+2].lower]):
			// "Relatives of the victims plan to form a human chain",
			// "they intend to appeal": an intention, as "plans to" tells
			// it, its verb in the plural.
			f.modal = append(f.modal, Fact{Facet: FacetModality, Key: "hedge:intent", Text: t.text})
		case hopeClause(toks, i):
			// "which organisers hope will draw 60,000 visitors", "hopes
			// that the talks will resume": a wish, as "hopes to".
			f.modal = append(f.modal, Fact{Facet: FacetModality, Key: "hedge:intent", Text: t.text})
		case directiveVerbs[lw] && i+1 < len(toks) && toks[i+1].lower == "that":
			// "recommended that it be listed": what someone wants done,
			// not what will be.
			f.modal = append(f.modal, Fact{Facet: FacetModality, Key: "hedge:directive", Text: t.text})
		case lw == "should" && invertedCondition(outside, toks, i):
			// "prices will ease should supply recover", "Should talks
			// fail, …": "if supply recovers", a condition.
			f.modal = append(f.modal, Fact{Facet: FacetModality, Key: "hedge:condition", Text: t.text})
		case (lw == "if" || lw == "unless") && conditionClause(toks, i):
			// "faces 20 years if convicted", "could cross 300 if the
			// weather holds": the claim holds only on a condition.
			f.modal = append(f.modal, Fact{Facet: FacetModality, Key: "hedge:condition", Text: t.text})
			if lw == "unless" {
				// "unless it pays" is "if it does not pay", "if it
				// fails to pay": the condition is negative.
				f.negs = append(f.negs, Fact{Facet: FacetNegation, Key: "neg", Text: t.text})
			}
		case lw == "accused" && i+1 < len(toks) && toks[i+1].lower == "of" ||
			(lw == "accuse" || lw == "accuses" || lw == "accusing") && (i+1 < len(toks) && toks[i+1].lower == "of" || i+2 < len(toks) && objectPronouns[toks[i+1].lower] && toks[i+2].lower == "of"):
			// "accused of fraud", "agencies they accuse of charging
			// illegal fees", "whom lawmakers accuse of …": an allegation.
			f.modal = append(f.modal, Fact{Facet: FacetModality, Key: modalClasses["allegedly"], Text: t.text})
		case imminent(toks, i):
			// "close to signing", "on the verge of collapse": the event
			// has not happened yet.
			f.modal = append(f.modal, Fact{Facet: FacetModality, Key: modalClasses["expected"], Text: t.text})
		case talksAt(toks, i):
			// "is in talks to buy": a step weighed, as "is considering
			// buying", not "has agreed to buy".
			f.modal = append(f.modal, Fact{Facet: FacetModality, Key: "hedge:deliberation", Text: "in " + t.text})
		case riskVerbs[lw] && i > 0 && !determinerWords[toks[i-1].lower] && i+1 < len(toks) && len(toks[i+1].lower) > 5 && strings.HasSuffix(toks[i+1].lower, "ing") &&
			!daredActs[toks[i+1].lower]:
			// "the reform risked pushing small firms out": a possible
			// outcome, as "could push".
			f.modal = append(f.modal, Fact{Facet: FacetModality, Key: modalClasses["may"], Text: t.text})
		case intensifiers[lw] && i+1 < len(toks) && (comparatives[toks[i+1].lower] || evaluative[toks[i+1].lower] || strings.HasSuffix(toks[i+1].lower, "er") ||
			surpassVerbs[toks[i+1].lower]) &&
			!(toks[i+1].lower == "too" && (i+2 == len(toks) || clauseBreak(outside[toks[i+1].start+len(toks[i+1].text):toks[i+2].start]))):
			// "far more", "far too high", "far exceeded" ("cut rates sharply too" is
			// "also"). In a comparison the key holds which way it goes:
			// "far larger than forecast" and "much smaller than
			// forecast" differ; "far too" and "much too" do not.
			key := evaluativeKey(lw)
			if d := comparisonWay[toks[i+1].lower]; d != "" && (i+2 < len(toks) && toks[i+2].lower == "than" || i+3 < len(toks) && toks[i+3].lower == "than") {
				key += " " + d
			}
			f.charac = append(f.charac, Fact{Facet: FacetCharacterization, Key: key, Text: t.text + " " + toks[i+1].text})
		case (lw == "well" || lw == "far") && i+1 < len(toks) && degreePrepositions[toks[i+1].lower] && i > 0 && !determinerWords[toks[i-1].lower] &&
			!wellNouns[toks[i-1].lower] &&
			i+2 < len(toks) && !clauseBreak(outside[toks[i+1].start+len(toks[i+1].text):toks[i+2].start]):
			// "pays well above the average", "falls well short of
			// inflation", "far behind": how far, a judgement of degree
			// ("as well as", "did well, above all" are none).
			f.charac = append(f.charac, Fact{Facet: FacetCharacterization, Key: "well", Text: t.text + " " + toks[i+1].text})
		case lw == "striking" && i+1 < len(toks) && strikers(toks[i+1].lower):
			// "striking workers" are on strike, not remarkable.
			f.content = append(f.content, lw)
		case lw == "explosive" && (i+1 < len(toks) && munitionNouns[singular(toks[i+1].lower)] || i > 0 && toks[i-1].lower == "improvised"):
			// "explosive ordnance", "an explosive device": what a thing
			// is made of, not a charged claim.
			f.content = append(f.content, lw)
		case stateWords[lw] && i+1 < len(toks) && toks[i+1].lower == "condition":
			// "in a serious condition", "in critical condition": a
			// patient's state as a hospital grades it, not a judgement.
			f.content = append(f.content, lw)
		case (lw == "insisted" || lw == "insists") && i+1 < len(toks) && (toks[i+1].lower == "on" || toks[i+1].lower == "upon"):
			// "insisted on a written agreement": a demand, as
			// "demanded" tells it, not speech told harder.
			f.content = append(f.content, lw)
		case (evaluative[lw] || judgedCompound(lw)) && !used[i]:
			f.charac = append(f.charac, Fact{Facet: FacetCharacterization, Key: evaluativeKey(wordKey(lw)), Text: t.text})
		default:
			if !used[i] && !stopWords[lw] && !speechVerbs[lw] {
				f.content = append(f.content, wordKey(lw))
			}
		}
	}
	for _, p := range negatorPhrases {
		n := strings.Count(lower, p)
		if n > 0 && p == "yet to" {
			n -= strings.Count(lower, "yet to decide") + strings.Count(lower, "yet to make a decision") + strings.Count(lower, "yet to take a decision") +
				len(yetUnknownRE.FindAllStringIndex(lower, -1))
		}
		if n > 0 && p == "still waiting for" {
			n -= len(waitingForRideRE.FindAllStringIndex(lower, -1))
		}
		if n > 0 && (p == "declined to" || p == "declines to" || p == "refused to" || p == "refuses to") {
			// "an official who declined to be named" says who spoke.
			for _, m := range unnamedRefusalRE.FindAllStringSubmatch(lower, -1) {
				if m[1]+" to" == p {
					n--
				}
			}
		}
		if n > 0 && refusalVerbs[strings.TrimSuffix(p, " to")] {
			// "refused to rule out" keeps a possibility open (above).
			for _, m := range refusedExclusionRE.FindAllStringSubmatch(lower, -1) {
				if m[1]+" to" == p {
					n--
				}
			}
		}
		for ; n > 0; n-- {
			f.negs = append(f.negs, Fact{Facet: FacetNegation, Key: "neg", Text: p})
		}
	}
	if len(f.modal) > 0 {
		f.penalty(lower)
	}
	for i, n := range f.numbers {
		// "25 basis points" is "0.25 percentage points".
		if v, err := strconv.ParseFloat(n.Key, 64); err == nil && n.unit == "basis" {
			f.numbers[i].Key, f.numbers[i].unit = formatNum(v/100), "percentage"
		}
	}
	return f
}

// perceivedWords follow "could be" for what was there to see or hear:
// "could be seen", "could be heard".
var perceivedWords = set(`seen heard felt smelled smelt spotted glimpsed`)

// munitionNouns are the things "explosive" describes literally.
var munitionNouns = set(`ordnance device charge material remnant residue trace vest belt substance detection detector
expert experts team unit disposal`)

// penalty reads the modals of a sentence, lower-cased as lower, that
// states the penalty the law allows under a condition: in "if found
// guilty, she could be jailed for five years" the "could" of the penalty
// adds no hedge of its own to "if convicted"; other modals of the
// sentence ("the driver may have been drunk") stay.
func (f *facts) penalty(lower string) {
	if !penaltyRE.MatchString(lower) {
		return
	}
	for _, m := range penaltyModalRE.FindAllStringSubmatch(lower, -1) {
		if k := slices.IndexFunc(f.modal, func(x Fact) bool { return strings.EqualFold(x.Text, m[1]) }); k >= 0 {
			f.modal = slices.Delete(f.modal, k, k+1)
		}
	}
}

// reportingAside reports whether toks[i] is the verb of a reporting
// clause set inside a relative clause, its subject a pronoun right after
// "who", "which" or "that" or after the noun it qualifies, its object the
// clause's own verb straight after it: "drivers who they say have been
// held", "a fault which he said had been fixed". A source named there ("which officials said
// would ease …") is compared as a credit.
func reportingAside(toks []token, i int) bool {
	if !asideVerbs[toks[i].lower] || i < 2 || i+1 >= len(toks) || !auxiliaryWords[toks[i+1].lower] || !personalPronouns[toks[i-1].lower] {
		return false
	}
	// "a fee he says is illegal": the relative word left out after a
	// noun, as copy desks do.
	prev := toks[i-2].lower
	if relativeWords[prev] {
		return true
	}
	// Not "The first thing he said was that …": a clause follows.
	if i+2 >= len(toks) || toks[i+2].lower == "that" || toks[i+2].lower == "to" {
		return false
	}
	return !stopWords[prev] && !auxiliaryWords[prev] && !toks[i-2].cap && unicode.IsLetter(firstRune(prev)) &&
		!looksLikeVerb(prev) && !asideVerbs[prev]
}

// isAside reports whether modal fact f is a reporting aside's
// (reportingAside): "they say".
func isAside(f Fact) bool {
	_, v, ok := strings.Cut(f.Text, " ")
	return ok && asideVerbs[strings.ToLower(v)]
}

// asideVerbs report a claim as someone's word in a reporting aside.
var asideVerbs = set(`say says said claim claims claimed allege alleges alleged insist insists insisted`)

// allegedCauses stand before "allegations" given as the cause of an act.
var allegedCauses = set(`over amid following after`)

// personalPronouns are the subjects of a reporting aside; objectPronouns
// the objects of an accusation ("accuse her of").
var (
	personalPronouns = set(`he she they we`)
	objectPronouns   = set(`him her them us`)
)

// relativeWords open the relative clause a reporting aside stands in.
var relativeWords = set(`who which that whom`)

// speedUnits map the units of speed to the unit of distance they count
// in an hour.
var speedUnits = map[string]string{"mph": "mile", "km/h": "kilometer"}

// rateUnits are the time units a rate or a frequency is given in.
var rateUnits = set(`second minute hour day night week fortnight month quarter year annum`)

// rateAdverbs give a rate or frequency in one word: "daily", "annually".
var rateAdverbs = map[string]string{"hourly": "hour", "daily": "day", "nightly": "night", "weekly": "week",
	"fortnightly": "fortnight", "monthly": "month", "quarterly": "quarter", "yearly": "year", "annually": "year",
	"annual": "year"}

// rateOpeners open the time unit of a rate: "a day", "per hour",
// "every month".
var rateOpeners = set(`a an per each every`)

// spanBefore are the words before "a day", "a week" that make it a span
// ("for a week", "within a day"), not a rate; spanAfter the words after
// it that make it a point in time ("a day after", "a week ago").
var (
	spanBefore = set(`for over within in than about under after before of around nearly almost only just barely
least past last next`)
	spanAfter = set(`after later earlier before ago ahead into old long`)
)

// rateAt returns the time unit of a rate or frequency that starts at
// token k ("a day", "every quarter", "annually") and the number of tokens
// it takes, or "" and 0.
func rateAt(toks []token, k int) (string, int) {
	lw := toks[k].lower
	if u := rateAdverbs[lw]; u != "" {
		return u, 1
	}
	if !rateOpeners[lw] || k+1 >= len(toks) {
		return "", 0
	}
	u := strings.TrimSuffix(toks[k+1].lower, ".")
	if !rateUnits[u] {
		return "", 0
	}
	if k+2 < len(toks) && spanAfter[toks[k+2].lower] {
		return "", 0
	}
	if k > 0 && spanBefore[toks[k-1].lower] {
		return "", 0
	}
	if u == "annum" {
		u = "year"
	}
	return u, 2
}

// rateAfter returns the time unit of a rate that follows a number whose
// words end before token j, within a few words and the same clause: "600
// cubic metres of water a day", "$15 an hour", "2% a year". The rate's
// words are marked used.
func rateAfter(s string, toks []token, j int, used []bool) string {
	for k := j; k < len(toks) && k < j+5; k++ {
		if k > 0 && clauseBreak(s[toks[k-1].start+len(toks[k-1].text):toks[k].start]) {
			break
		}
		if unicode.IsDigit(firstRune(toks[k].lower)) {
			break // the next number's
		}
		if u, n := rateAt(toks, k); n > 0 {
			for m := k; m < k+n; m++ {
				used[m] = true
			}
			return u
		}
	}
	return ""
}

// parseFrequencies finds how often something happens where no number
// gives a rate: "every quarter", "monthly". The key is the time unit.
func (f *facts) parseFrequencies(toks []token, used []bool) {
	for k := 0; k < len(toks); k++ {
		if used[k] {
			continue
		}
		u, n := rateAt(toks, k)
		if n == 0 || toks[k].cap && k > 0 {
			continue // "the Daily Mail"
		}
		if n == 2 && toks[k].lower != "every" && toks[k].lower != "each" {
			continue // "a day" with no count: a span or a day
		}
		text := toks[k].text
		if n == 2 {
			text += " " + toks[k+1].text
		}
		f.rates = append(f.rates, Fact{Facet: FacetWording, Key: u, Text: text})
		k += n - 1
	}
}

// dayPartWords map the words naming a part of the day to that part.
var dayPartWords = map[string]string{
	"morning": "morning", "dawn": "morning", "daybreak": "morning", "sunrise": "morning",
	"afternoon": "afternoon", "evening": "evening", "dusk": "evening", "sunset": "evening",
	"nightfall": "evening", "night": "night",
}

// durationWords before a part of the day make it a span or a rate ("a
// night in hospital", "twice a night"), not the time of an event.
var durationWords = set(`a an one per each`)

// parseDayParts finds the parts of the day that time an event: "on
// Saturday morning", "late on Tuesday night", "in the afternoon".
func (f *facts) parseDayParts(toks []token) {
	for i, t := range toks {
		part := dayPartWords[t.lower]
		if part == "" || t.cap && i > 0 {
			continue // "Morning Star" is a name
		}
		if i > 0 {
			if p := toks[i-1].lower; durationWords[p] || unicode.IsDigit(firstRune(p)) {
				continue
			}
			if _, isNum := numberWords[toks[i-1].lower]; isNum {
				continue
			}
		}
		if i+1 < len(toks) && t.lower == "evening" && (toks[i+1].lower == "out" || toks[i+1].lower == "up") {
			continue // "evening out": the verb
		}
		f.dayParts = append(f.dayParts, Fact{Facet: FacetDate, Key: "tod:" + part, Text: t.text})
	}
	// "early on Thursday", "late Tuesday": the end of a day, when no part
	// of the day is named after it; "the early hours" are the night's.
	for i := 0; i+1 < len(toks); i++ {
		lw := toks[i].lower
		if lw != "early" && lw != "late" {
			continue
		}
		if toks[i+1].lower == "hours" && lw == "early" {
			f.dayParts = append(f.dayParts, Fact{Facet: FacetDate, Key: "tod:night", Text: "early hours"})
			continue
		}
		d := i + 1
		if toks[d].lower == "on" && d+1 < len(toks) {
			d++
		}
		if !weekdays[toks[d].lower] && toks[d].lower != "yesterday" && toks[d].lower != "today" && toks[d].lower != "tomorrow" {
			continue
		}
		if d+1 < len(toks) && dayPartWords[toks[d+1].lower] != "" {
			continue // "late on Tuesday night": the night is the part
		}
		f.dayParts = append(f.dayParts, Fact{Facet: FacetDate, Key: "tod:" + lw, Text: toks[i].text})
	}
}

// dayPartsMeet reports whether part-of-day keys a and b may name the
// same time: "early" on a day is its night or morning, "late" its
// evening or night.
func dayPartsMeet(a, b string) bool {
	if a > b {
		a, b = b, a
	}
	switch a + " " + b {
	case "tod:early tod:morning", "tod:early tod:night", "tod:evening tod:late", "tod:late tod:night":
		return true
	}
	return false
}

// datelineRE and datelineDateRE match a news dateline: "WASHINGTON (Reuters) -",
// "Washington [US], November 20 (ANI):", "KYIV, Nov 20:",
// "New Delhi, March 3 (PTI) ", and the agency some wires set after the
// date without brackets: "OSAKA, May 2 Jiji -", "Tamale, June 8, GNA -",
// the Spanish agencies' stop and dash: "Quito, Feb 17 (EFE).-", and a
// month in capitals: "WINDHOEK, 07 OCT (NAMPA) –", and a province of two
// words joined: "HAPPY VALLEY-GOOSE BAY, Newfoundland and Labrador, Nov 18
// (Reuters) -".
var (
	datelineRE     = regexp.MustCompile(`^\s*[A-Z][A-Za-z.'-]*(?: [A-Z][A-Za-z.'-]*){0,3}(?: \([A-Z][A-Za-z .'-]{1,30}\))?(?: \[[^\]]{1,30}\])?(?:, [A-Z][A-Za-z.'-]*(?: (?:and |of )?[A-Z][A-Za-z.'-]*){0,2}){0,2}(?:(?:, [A-Z](?:[a-z]{2,8}|[A-Z]{2,8})\.? \d{1,2}|, \d{1,2} [A-Z](?:[a-z]{2,8}|[A-Z]{2,8})\.?)(?:,? \d{4})?(?:,? [A-Z][A-Za-z]{1,15})?|,? \d{4})?(?: \([A-Za-z ]{2,20}\)| /[A-Za-z -]{2,30}/)?\s*(?::|\.-|--|-|–|—)\s`)
	datelineDateRE = regexp.MustCompile(`^\s*[A-Z][A-Za-z.'-]*(?: [A-Z][A-Za-z.'-]*){0,3}(?: \([A-Z][A-Za-z .'-]{1,30}\))?(?: \[[^\]]{1,30}\])?(?:, [A-Z][A-Za-z.'-]*(?: (?:and |of )?[A-Z][A-Za-z.'-]*){0,2})?, (?:[A-Z](?:[a-z]{2,8}|[A-Z]{2,8})\.? \d{1,2}|\d{1,2} [A-Z](?:[a-z]{2,8}|[A-Z]{2,8})\.?)(?:,? \d{4})? \([A-Za-z ]{2,20}\)\s`)
)

// datelineUniRE and datelineUniDateRE are datelineRE and datelineDateRE
// for places written with letters beyond ASCII: "SÃO PAULO (AP) —".
var (
	datelineUniRE     = regexp.MustCompile(`^\s*\p{Lu}[\pL.'-]*(?: \p{Lu}[\pL.'-]*){0,3}(?: \([A-Z][A-Za-z .'-]{1,30}\))?(?: \[[^\]]{1,30}\])?(?:, \p{Lu}[\pL.'-]*(?: \p{Lu}[\pL.'-]*){0,2})?(?:(?:, [A-Z](?:[a-z]{2,8}|[A-Z]{2,8})\.? \d{1,2}|, \d{1,2} [A-Z](?:[a-z]{2,8}|[A-Z]{2,8})\.?)(?:,? \d{4})?(?:,? [A-Z][A-Za-z]{1,15})?|,? \d{4})?(?: \([A-Za-z ]{2,20}\)| /[A-Za-z -]{2,30}/)?\s*(?::|\.-|--|-|–|—)\s`)
	datelineUniDateRE = regexp.MustCompile(`^\s*\p{Lu}[\pL.'-]*(?: \p{Lu}[\pL.'-]*){0,3}(?: \([A-Z][A-Za-z .'-]{1,30}\))?(?: \[[^\]]{1,30}\])?(?:, \p{Lu}[\pL.'-]*(?: \p{Lu}[\pL.'-]*){0,2})?, (?:[A-Z](?:[a-z]{2,8}|[A-Z]{2,8})\.? \d{1,2}|\d{1,2} [A-Z](?:[a-z]{2,8}|[A-Z]{2,8})\.?)(?:,? \d{4})? \([A-Za-z ]{2,20}\)\s`)
)

// agencyDatelineRE matches the agency alone before the dash, "(AP) —",
// when the place stands in a paragraph of its own.
var agencyDatelineRE = regexp.MustCompile(`^\s*\([A-Za-z ]{2,20}\)\s*(?:-|–|—)\s`)

// digitLed returns the submatches of re, a pattern for a token that
// opens with a digit or a minus sign, in token w; a cheap test skips the
// other tokens.
func digitLed(w string, re *regexp.Regexp) []string {
	if w == "" || (w[0] < '0' || w[0] > '9') && w[0] != '-' {
		return nil
	}
	return re.FindStringSubmatch(w)
}

// letterLed returns the submatches of re, a pattern for a token of
// letters glued to a number ("rs40", "vnd300"), in token w; a cheap test
// skips the other tokens.
func letterLed(w string, re *regexp.Regexp) []string {
	if w == "" || w[0] < 'a' || w[0] > 'z' || strings.IndexAny(w, "0123456789") < 0 {
		return nil
	}
	return re.FindStringSubmatch(w)
}

func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// gluedDatelineRE matches a dateline in capitals joined to the story by
// an em dash without spaces, as some papers print it: "DUBAI—The
// airline …", "SAN JOSE, Calif.—Shares …".
var gluedDatelineRE = regexp.MustCompile(`^\s*[A-Z]{2}[A-Z.']*(?: [A-Z]{2}[A-Z.']*){0,2}(?:, [A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)?)?—\p{Lu}`)

// spaceGluedDateline puts spaces round the em dash of a glued dateline,
// so that the place is read as the dateline and not as the first word of
// a name ("DUBAI—Falcon Airways").
func spaceGluedDateline(s string) string {
	if k := strings.Index(s, "—"); k < 0 || k > 60 || !gluedDatelineRE.MatchString(s) {
		return s
	}
	return strings.Replace(s, "—", " — ", 1)
}

// datelineEnd returns the end of a leading dateline, or 0.
func datelineEnd(s string) int {
	// Both patterns end in a separator or an agency in parentheses.
	if strings.IndexAny(s, ":-(") < 0 && !strings.ContainsRune(s, '–') && !strings.ContainsRune(s, '—') {
		return 0
	}
	if loc := datelineRE.FindStringIndex(s); loc != nil && joinedPlaceDated(s[:loc[1]]) {
		return loc[1]
	}
	if loc := datelineDateRE.FindStringIndex(s); loc != nil {
		return loc[1]
	}
	if strings.HasPrefix(strings.TrimSpace(s), "(") {
		if loc := agencyDatelineRE.FindStringIndex(s); loc != nil {
			return loc[1]
		}
		return 0
	}
	if head := s[:min(len(s), 60)]; !plainASCII(head) {
		if loc := datelineUniRE.FindStringIndex(s); loc != nil {
			return loc[1]
		}
		if loc := datelineUniDateRE.FindStringIndex(s); loc != nil {
			return loc[1]
		}
	}
	return 0
}

// clauseOfTimeSubject reports whether the "could" at toks[i] follows
// "before" or "until" and a subject only: "before firefighters could",
// "until paramedics and firefighters could"; not "until Friday and could
// remain shut", "an inspection before the blast found the boiler could",
// "until Monday as the main could leak".
func clauseOfTimeSubject(s string, toks []token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-6; k-- {
		if clauseBreak(s[toks[k].start+len(toks[k].text) : toks[k+1].start]) {
			return false
		}
		switch w := toks[k].lower; {
		case w == "before" || w == "until":
			return k < i-1
		case w == "and" || w == "or":
			if k == i-1 {
				return false // "until Friday and could remain shut"
			}
		case looksLikeVerb(w), clauseOpeners[w]:
			return false
		}
	}
	return false
}

// capacityAhead reports whether toks[i:] open with a verb of holding and
// a figure: "hold about 800", "seat 2,000", "accommodate up to 40" (not
// "hold talks").
func capacityAhead(toks []token, i int) bool {
	if i+1 >= len(toks) || !capacityVerbs[toks[i].lower] {
		return false
	}
	for _, t := range toks[i+1 : min(len(toks), i+4)] {
		switch {
		case unicode.IsDigit(firstRune(t.lower)) || isWordNumber(t.lower):
			return true
		case !approxWords[t.lower] && !figureBounds[t.lower]:
			return false
		}
	}
	return false
}

// capacityVerbs tell what a place or a vessel holds.
var capacityVerbs = set(`hold seat accommodate house sleep fit`)

// figureBounds bound a figure: "up to 40", "as many as", "more than".
var figureBounds = set(`up to as many more than over`)

// joinedPlaceDated reports whether dateline d, if its place joins two
// words with "and" ("Newfoundland and Labrador") or names two places
// after its town, goes on to a date or an agency, as a list of names
// before a dash does not ("Mertens, Vogel and Brandt —"); two places
// after a town in capitals need neither ("EL NIDO, Palawan,
// Philippines —").
func joinedPlaceDated(d string) bool {
	if strings.ContainsAny(d, "(0123456789") {
		return true
	}
	if strings.Count(d, ",") >= 2 {
		// "EL NIDO, Palawan, Philippines —": a town and two places
		// after it only under a town in capitals ("Mertens, Vogel,
		// Brandt —" lists names).
		town, places, _ := strings.Cut(strings.TrimSpace(d), ",")
		if len(town) < 2 || strings.ToUpper(town) != town || strings.Contains(d, " and ") {
			return false
		}
		// The places are written in lower case after their capital
		// ("NOAA, CSIRO, AIMS —" lists bodies).
		ps := strings.Split(places, ",")
		for k, p := range ps {
			p = strings.Trim(p, " —–-:")
			if p != "" && strings.ToUpper(p) == p && !(k == len(ps)-1 && k > 0 && len(p) <= 6) {
				return false // not the agency after its places: "BRADES, Montserrat, CMC –"
			}
		}
		return true
	}
	return !strings.Contains(d, " and ")
}

// parseNumber reads a numeric token ("1,000", "3.5", "14", "5%", "2nd").
func parseNumber(s string) (v float64, pct, ord, ok bool) {
	if s == "" || s[0] < '0' || s[0] > '9' {
		return 0, false, false, false // every number starts with a digit
	}
	s = strings.TrimSuffix(s, ".")
	if strings.HasSuffix(s, "%") {
		pct = true
		s = strings.TrimSuffix(s, "%")
	} else if t, ok := strings.CutSuffix(strings.ToLower(s), "pc"); ok && t != "" && t[len(t)-1] >= '0' && t[len(t)-1] <= '9' {
		pct = true // "31pc", as British papers write per cent
		s = s[:len(t)]
	}
	for _, suf := range []string{"st", "nd", "rd", "th"} {
		if strings.HasSuffix(strings.ToLower(s), suf) && len(s) > len(suf) && unicode.IsDigit(rune(s[len(s)-len(suf)-1])) {
			s = s[:len(s)-len(suf)]
			ord = true
			break
		}
	}
	if s == "" || !unicode.IsDigit(rune(s[0])) {
		return 0, false, false, false
	}
	scale := 1.0
	for _, suf := range []string{"bn", "mn", "tn", "m", "b", "k"} {
		if t := strings.TrimSuffix(strings.ToLower(s), suf); t != strings.ToLower(s) && t != "" && unicode.IsDigit(rune(t[len(t)-1])) {
			s = s[:len(t)]
			scale = map[string]float64{"bn": 1e9, "b": 1e9, "mn": 1e6, "m": 1e6, "tn": 1e12, "k": 1e3}[suf]
			break
		}
	}
	v, err := strconv.ParseFloat(strings.ReplaceAll(s, ",", ""), 64)
	if err != nil {
		return 0, false, false, false
	}
	return v * scale, pct, ord, true
}

// gluedMetres reports whether lw, the lowered text of token t of
// sentence s, is a number with "m" written onto it ("200m") that its
// context reads as metres rather than millions: no currency before it,
// and a word of distance or extent after it ("30m high", "400m away",
// "the 200m sprint") or a determiner before it and no noun after it
// ("won the 800m.").
func gluedMetres(s string, t token, lw, prev, next string) bool {
	if len(lw) < 2 || lw[len(lw)-1] != 'm' || lw[len(lw)-2] < '0' || lw[len(lw)-2] > '9' {
		return false
	}
	if currencyBefore(s, t, prev) {
		return false // "$200m", "Rs 200m", "USD 40m"
	}
	if extentWords[next] {
		return true
	}
	return (prev == "the" || prev == "a") && (next == "" || !unicode.IsLetter(firstRune(next)) || stopWords[next])
}

// currencyBefore reports whether a currency's sign stands before token t
// of sentence s, or its code is prev, the lowered word before t without
// its period: "£5", "Rs 200", "USD 40".
func currencyBefore(s string, t token, prev string) bool {
	if t.start > 0 {
		if r, _ := utf8.DecodeLastRuneInString(s[:t.start]); r == '$' || unicode.Is(unicode.Sc, r) {
			return true
		}
	}
	_, abbr := currencyAbbrevs[prev]
	return abbr || currencyCodes[prev] != ""
}

// extentWords follow a length and tell it is one: "30m high", "400m
// away", "the 200m sprint".
var extentWords = set(`high tall long deep wide away above below beneath offshore inland upstream downstream
	sprint dash race hurdles freestyle backstroke breaststroke butterfly medley relay`)

// withoutDetails reports whether toks from i, after "without", tell that
// a source left information out: "elaborating", "giving further
// details", "providing evidence", "saying why". "Without naming a
// successor", "without giving them compensation" deny a claim.
func withoutDetails(toks []token, i int) bool {
	switch toks[i].lower {
	case "elaborating", "commenting":
		return true
	case "saying", "explaining", "specifying", "disclosing", "revealing":
		if i+1 < len(toks) && questionWords[toks[i+1].lower] {
			return true // "without saying why"
		}
		fallthrough
	case "giving", "providing", "offering", "citing", "going":
		for k := i + 1; k < len(toks) && k <= i+3; k++ {
			w := toks[k].lower
			switch {
			case unsaidObjects[w]:
				return true
			case !unsaidQuantifiers[w]:
				return false
			case k+1 == len(toks):
				return true // "without saying more."
			}
		}
	case "naming", "identifying":
		// "without naming the company", "without naming them", not
		// "without naming a successor".
		return i+1 < len(toks) && toks[i+1].lower != "a" && toks[i+1].lower != "an" && toks[i+1].lower != "any"
	}
	return false
}

// questionWords open what a source did not say: "without saying why".
var questionWords = set(`how why where when which who what whether`)

// unsaidObjects are the information a source gave none of: "without
// giving details", "without providing evidence".
var unsaidObjects = set(`details detail evidence specifics figures figure reasons reason proof timeline explanation
sources source particulars information date dates breakdown amount amounts price cost number numbers name names
timeframe time location`)

// unsaidQuantifiers stand between the verb and unsaidObjects: "without
// giving any further details", "without going into detail".
var unsaidQuantifiers = set(`a an the its his her their any further more additional other much fuller full specific into exact precise`)

// eraOf returns the era of the year at toks[i] written with one ("400
// BC", "AD 79", "1200 CE"), "bc" or "ad", or "".
func eraOf(s string, toks []token, i int) string {
	if strings.Contains(toks[i].text, ",") || len(toks[i].text) > 4 {
		return "" // "4,000 BC Hydro customers"
	}
	if i+1 < len(toks) && toks[i+1].text == strings.ToUpper(toks[i+1].text) {
		if e := eraWords[strings.ReplaceAll(toks[i+1].lower, ".", "")]; e != "" &&
			(i+2 == len(toks) || stopWords[toks[i+2].lower] || !unicode.IsLetter(firstRune(toks[i+2].lower)) ||
				clauseBreak(s[toks[i+1].start+len(toks[i+1].text):toks[i+2].start])) {
			// "400 BC", "between 600 BC and 400 BC", not "500 ad
			// slots" nor "the 2023 BC wildfire season" (British
			// Columbia's).
			return e
		}
	}
	if i > 0 && (toks[i-1].lower == "ad" || toks[i-1].lower == "a.d.") && toks[i-1].cap {
		return "ad"
	}
	return ""
}

// eraWords map the words of an era after a year to the era.
var eraWords = map[string]string{"bc": "bc", "bce": "bc", "ad": "ad", "ce": "ad"}

// agentAfter reports whether "by" follows toks[i] in its clause, within
// three words: "described as constructive by both sides".
func agentAfter(s string, toks []token, i int) bool {
	for k := i; k < len(toks) && k <= i+3; k++ {
		if k > i && clauseBreak(s[toks[k-1].start+len(toks[k-1].text):toks[k].start]) {
			return false
		}
		if toks[k].lower == "by" {
			return true
		}
	}
	return false
}

// nounDeterminers stand before a noun, never before a verb: "the claims",
// "thousands of claims" (not "a group that claims").
var nounDeterminers = set(`the a an these those its their his her our your my of some many several any no`)

// isWordNumber reports whether s is a number word ("two", "dozens").
func isWordNumber(s string) bool {
	_, ok := wordNumber(s)
	return ok
}

// wordNumber reads a number word, including hyphenated ones ("twenty-eight").
func wordNumber(s string) (float64, bool) {
	if v, ok := numberWords[s]; ok {
		return v, true
	}
	if a, b, ok := strings.Cut(s, "-"); ok {
		va, oka := numberWords[a]
		vb, okb := numberWords[b]
		if b == "one" {
			// "one" is read apart, as a loose count: "thirty-one" is 31.
			vb, okb = 1, true
		}
		if oka && okb && va >= 20 && vb < 10 {
			return va + vb, true
		}
	}
	return 0, false
}

var yearContext = set(`in since of by until from early late mid before after during year fiscal the`)

// monthSpanAhead reports whether toks[i] opens a span of months: "and",
// "to", "through" or "or" and then a month's name ("May to July").
func monthSpanAhead(toks []token, i int) bool {
	if i+2 >= len(toks) || !toks[i+2].cap {
		return false
	}
	switch toks[i+1].lower {
	case "and", "to", "through", "or":
		_, ok := months[toks[i+2].lower]
		return ok
	}
	return false
}

// spanAsRelative returns the index of the last word of a span at toks[i]
// that restates a relative date: "a year earlier", "a month ago", "the
// past ten years", "for the year"; else -1.
func spanAsRelative(toks []token, i int) int {
	word := func(k int) string {
		if k >= len(toks) {
			return ""
		}
		return strings.Trim(toks[k].lower, ".,")
	}
	switch w := word(i); {
	case (w == "a" || w == "one") && (word(i+1) == "year" || word(i+1) == "month" || word(i+1) == "week" || word(i+1) == "day") &&
		(word(i+2) == "earlier" || word(i+2) == "ago") && word(i+3) != "than":
		// "a year earlier than planned" compares, it does not date.
		return i + 2
	case (w == "last" || w == "past") && (word(i+1) == "ten" || word(i+1) == "10") && word(i+2) == "years":
		return i + 2
	case w == "for" && word(i+1) == "the" && word(i+2) == "year" && word(i+3) == "to" && unicode.IsDigit(firstRune(word(i+4)+" ")):
		// "its tally for the year to 27": the count of this year, not
		// "the year to March".
		return i + 2
	}
	return -1
}

// fractionShares keys each share told as a fraction ("four-fifths",
// "two-thirds", "two thirds of") as the percentage it is, rounded, so that
// "80%" and "four-fifths" agree and "four-fifths" is no count of four.
// Unhyphenated, only a fraction "of" something is one: "three quarters"
// may count quarters of a year. lower is the sentence in lower case.
func (f *facts) fractionShares(lower string) {
	for i, n := range f.numbers {
		t := strings.ToLower(n.Text)
		num, den, ok := strings.Cut(t, "-")
		if !ok && strings.Contains(lower, t+" of") {
			num, den, ok = strings.Cut(t, " ") // "two thirds of", "three quarters of"
		}
		d := denominators[strings.TrimSuffix(den, "s")]
		k, isNum := numberWords[num]
		if !ok || d == 0 || d == 2 || !isNum || k >= d {
			continue
		}
		f.numbers[i].Key = strconv.FormatFloat(math.Round(100*k/d), 'f', -1, 64) + "%"
		f.numbers[i].unit = ""
	}
}

// penaltyRE finds the condition of a penalty the law allows: "if
// convicted", "if found guilty".
var penaltyRE = regexp.MustCompile(`\bif (convicted|found guilty|proven guilty|proved guilty|guilty)\b`)

// penaltyModalRE finds the modal of a penalty: "could face up to five
// years", "would be jailed for life".
var penaltyModalRE = regexp.MustCompile(`\b(could|may|might|would) (face|be jailed|be sentenced|be imprisoned|spend|be fined|get|receive)\b[^.;]{0,40}\b(years?|months?|prison|jail|life|fine|fines)\b`)

// refusedExclusionRE finds a refusal to rule something out in lower-case
// text, with up to two words before and after its "to": "refused on
// Tuesday to rule out", "declined to immediately rule out".
var refusedExclusionRE = regexp.MustCompile(`\b(refused|refuses|declined|declines)(?: [a-z]+){0,2} to(?: [a-z]+){0,2} (?:rule|exclude)\b`)

// comparisonWay says which way a comparative goes.
var comparisonWay = map[string]string{"more": "up", "greater": "up", "higher": "up", "larger": "up", "bigger": "up",
	"less": "down", "fewer": "down", "lower": "down", "smaller": "down", "better": "good", "worse": "bad"}

// possibleHedge reports whether "possible" at toks[i] hedges the claim:
// said of it ("a strike is possible", "it is possible that", "further
// arrests were still possible"), of a coming event ("a possible strike")
// or of what someone warned of ("warned of possible frost"). Elsewhere it
// names what is looked into or weighed ("investigating possible
// negligence", "talks with possible investors"), or sits in an idiom ("as
// soon as possible", "the strongest possible terms", "it was not possible
// to"), and hedges nothing.
func possibleHedge(toks []token, i int) bool {
	word := func(k int) string { return wordAt(toks, k) }
	if next := word(i + 1); next == "to" || next == "for" {
		return false // "possible to reach", "possible for rescuers to"
	}
	prev := word(i - 1)
	if possibleAdverbs[prev] {
		prev = word(i - 2) // "is also possible", "was quite possible"
	}
	switch {
	case word(i+1) == "that":
		return true // "it is (not) possible that": a negator before it is the negation's
	case beVerbs[prev] || prev == "seems" || prev == "seemed" || prev == "appears" || prev == "remains" || prev == "remained" ||
		prev == "it's" || prev == "that's" || prev == "there's":
		return true
	case word(i-1) == "a" || word(i-1) == "an" || word(i-1) == "another" || word(i-1) == "one":
		return true // "a possible strike", "one possible explanation"
	case i == 0:
		return true // "Possible tornado hits crowd": a headline's, its article left out
	case word(i-1) == "the" && word(i+2) == "of":
		return true // "the possible closure of the plant"
	case word(i-1) == "of":
		return warnVerbs[word(i-2)]
	}
	return false
}

// possibleAdverbs may stand between a verb and "possible": "is also
// possible".
var possibleAdverbs = set(`also still quite very entirely now always certainly even`)

// warnVerbs warn of what may come: "warned of possible frost".
var warnVerbs = set(`warn warns warned cautioned`)

// hopeClause reports whether toks[i] is the verb "hope" before the
// clause hoped for: "hope that …", "hope it will …", "which they hope
// will …". The noun ("the hope that", "hopes of a deal") is no such verb.
func hopeClause(toks []token, i int) bool {
	switch toks[i].lower {
	case "hope", "hopes", "hoped", "hoping":
	default:
		return false
	}
	if i == 0 || toks[i].cap || determinerWords[toks[i-1].lower] || nounDeterminers[toks[i-1].lower] || hopeNounBefore[toks[i-1].lower] {
		// "raised hopes that …" is the noun; "Hope Hicks", "Hope
		// will vote" a name (the verb follows its subject).
		return false
	}
	for k := i + 1; k < len(toks) && k <= i+4; k++ {
		switch toks[k].lower {
		case "that":
			if k == i+1 {
				return true
			}
		case "will", "would", "can", "could", "shall":
			return true
		case "to", "for", "of", "and", "but":
			return false
		}
	}
	return false
}

// hopeNounBefore are words after which "hopes" is the noun: "raised
// hopes that", "amid hopes that", "high hopes".
var hopeNounBefore = set(`raise raised raises raising dash dashed dashes fuel fuelled fueled fuels boost boosted boosts
revive revived revives renewed high growing rising faint fading false new little slim amid with of in on express expressed
pin pinned pinning`)

// yearPartOrdinals are the ordinals that number the quarters and halves
// of a year.
var yearPartOrdinals = map[string]string{"first": "1", "second": "2", "third": "3", "fourth": "4", "1st": "1", "2nd": "2", "3rd": "3", "4th": "4"}

// yearPart reads a part of a year at toks[i]: "first quarter" (key
// "q1"), "second half" ("h2"), "third-quarter", "Q3", "H1", "the first
// six months of the year" ("h1"). It returns the key, the number of
// tokens read (0 when there is none) and whether a year is named with
// it ("of 2026", "of the year", "Q3 2024"): a part of a year alone may
// be a part of a match or a season ("scored in the first half"), a
// detail whose absence is no change.
func yearPart(toks []token, i int) (key string, n int, dated bool) {
	lw := strings.TrimSuffix(toks[i].lower, ".")
	if len(lw) == 2 && (lw[0] == 'q' && lw[1] >= '1' && lw[1] <= '4' || lw[0] == 'h' && (lw[1] == '1' || lw[1] == '2')) && toks[i].text[0] == lw[0]-'a'+'A' {
		key, n = lw, 1
	} else {
		ord, part := lw, ""
		n = 1
		if a, b, ok := strings.Cut(lw, "-"); ok {
			ord, part = a, b
		} else if i+1 < len(toks) {
			part, n = strings.TrimSuffix(toks[i+1].lower, "."), 2
		}
		if key, n = yearPartKey(toks, i, ord, part, n); n == 0 {
			return "", 0, false
		}
	}
	word := func(k int) string { return wordAt(toks, k) }
	months := word(i+n-1) == "months" // "the first six months" tells a year's half only with the year
	switch k := i + n; {
	case word(k) == "running" || word(k) == "in" && word(k+1) == "a" && word(k+2) == "row":
		return "", 0, false // "for a second quarter in a row": a count
	case measureUnits[unitKey(word(k))]:
		return "", 0, false // "the first quarter mile", "the first half hour"
	case yearWord(word(k)):
		return key, n, true // "Q3 2024"
	case word(k) != "of" && months:
		return "", 0, false
	case word(k) != "of":
		return key, n, false
	}
	// "of 2026", "of the year", "of the financial year"; not "of the
	// shift", "of the war".
	k := i + n + 1
	if w := word(k); w == "the" || w == "this" || w == "next" || w == "last" || w == "its" {
		k++
	}
	if w := word(k); w == "financial" || w == "fiscal" {
		k++
	}
	switch w := word(k); {
	case w == "year" && k == i+n+2 && word(k-1) != "next" && word(k-1) != "last":
		return key, n + 3, true // "of the year" and "of this year" say the same
	case w == "year" || yearWord(w):
		return key, n, true
	case (w == "season" || w == "decade" || w == "century") && !months:
		return key, n, false
	}
	return "", 0, false
}

// yearPartKey is yearPart for the ordinal ord of toks[i], followed by
// part, the hyphenated word or the next token (n tokens read so far).
func yearPartKey(toks []token, i int, ord, part string, n int) (string, int) {
	d := yearPartOrdinals[ord]
	if d == "1" && part != "quarter" && part != "half" && i+2 < len(toks) && strings.TrimSuffix(toks[i+2].lower, ".") == "months" {
		// "the first six months", "the first three months".
		switch part {
		case "six", "6":
			return "h1", 3
		case "three", "3":
			return "q1", 3
		}
	}
	switch {
	case d == "":
		return "", 0
	case part == "quarter":
		return "q" + d, n
	case part == "half" && (d == "1" || d == "2"):
		return "h" + d, n
	}
	return "", 0
}

// dayAfter returns the day of the month written after the weekday or
// relative day at toks[i] of folded text s, in brackets ("Thursday (27)",
// "yesterday (27)") or as an ordinal ("Thursday, the 27th"), and the
// number of tokens it takes; n is 0 when there is none.
func dayAfter(s string, toks []token, i int) (day string, n int) {
	if i+1 >= len(toks) || !weekdays[toks[i].lower] && !relativeDays[toks[i].lower] {
		return "", 0
	}
	inRange := func(d string) bool {
		v, err := strconv.Atoi(d)
		return err == nil && v >= 1 && v <= 31
	}
	d := toks[i+1]
	if inRange(d.text) && strings.TrimSpace(s[toks[i].start+len(toks[i].text):d.start]) == "(" && strings.HasPrefix(s[d.start+len(d.text):], ")") {
		return d.text, 1
	}
	if i+2 < len(toks) && d.lower == "the" && weekdays[toks[i].lower] &&
		(i+3 == len(toks) || toks[i+3].lower == "of" || clauseBreak(s[toks[i+2].start+len(toks[i+2].text):toks[i+3].start])) {
		// "on Thursday, the 27th," but not "on Friday, the 13th victim".
		o := strings.TrimSuffix(toks[i+2].lower, ".")
		for _, suf := range []string{"st", "nd", "rd", "th"} {
			if num, ok := strings.CutSuffix(o, suf); ok && inRange(num) {
				return num, 2
			}
		}
	}
	return "", 0
}

// wordAt returns the lower-cased word of toks[k] without a final period,
// or "" when k is out of range.
func wordAt(toks []token, k int) string {
	if k < 0 || k >= len(toks) {
		return ""
	}
	return strings.TrimSuffix(toks[k].lower, ".")
}

// yearRange reports whether the number at toks[i] is an end of a span of
// years, "between 2017 and 2023", "from 2014 to 2024": both ends are
// years.
func yearRange(toks []token, i int) bool {
	word := func(k int) string { return wordAt(toks, k) }
	if (word(i-1) == "between" && word(i+1) == "and" || word(i-1) == "from" && word(i+1) == "to") && yearWord(word(i+2)) {
		return true
	}
	return (word(i-3) == "between" && word(i-1) == "and" || word(i-3) == "from" && word(i-1) == "to") && yearWord(word(i-2))
}

// casualtyVerbs take a toll as their object: "kills one", "injured
// three".
var casualtyVerbs = set(`kills killed kill injures injured injure wounds wounded wound hurts`)

// casualtyStates tell a toll after "leaves": "leaves one dead".
var casualtyStates = set(`dead injured hurt missing wounded`)

// nounAfter reports whether toks[i], in text s, stands before a word it
// may count: "in 1850 cases", "by 1750 metres" (not "in 1899, when",
// "in 1899 by", "in 1899 and").
func nounAfter(s string, toks []token, i int) bool {
	if i+1 >= len(toks) || !gapIsSpace(s, toks[i], toks[i+1]) {
		return false
	}
	n := toks[i+1].lower
	return unicode.IsLetter(firstRune(n)) && !stopWords[n] && !prepositionWords[n] && !clauseJoiners[n] && !toks[i+1].cap
}

// datingTo reports whether toks[i] follows a verb that dates something
// and "to" or "from": "dates to 1901", "dating from 1887".
func datingTo(toks []token, i int) bool {
	if i < 2 || toks[i-1].lower != "to" && toks[i-1].lower != "from" && toks[i-1].lower != "back" {
		return false
	}
	k := i - 2
	if toks[i-1].lower == "back" || k > 0 && toks[k].lower == "back" {
		k-- // "dates back to"
	}
	switch toks[max(k, 0)].lower {
	case "date", "dates", "dated", "dating":
		return true
	}
	return false
}

// yearWord reports whether w is written as a year from 1900 to 2100.
func yearWord(w string) bool {
	if len(w) != 4 || strings.Trim(w, "0123456789") != "" {
		return false
	}
	v, _ := strconv.Atoi(w)
	return v >= 1900 && v <= 2100
}

// yearDeterminers before a bare year make it a modifier of the noun that
// follows: "a 1944 fire", "its 2023 report".
var yearDeterminers = set(`a an its his her their our this that`)

func formatNum(v float64) string {
	if v != math.Trunc(v) || math.Abs(v) >= 1e6 {
		// A scaled decimal is read with a rounding error: 318.6 lakh
		// is 31859999.999999996, and must be 31.86 million's 31860000.
		v, _ = strconv.ParseFloat(strconv.FormatFloat(v, 'g', 12, 64), 64)
	}
	return strconv.FormatFloat(v, 'f', -1, 64)
}

// parseNumbers finds numbers and dates among the tokens.
func (f *facts) parseNumbers(s string, toks []token, used []bool) {
	acronymExpansions(s, toks, used)
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		lw := strings.TrimSuffix(t.lower, ".")
		prev, next := "", ""
		if i > 0 {
			prev = strings.TrimSuffix(toks[i-1].lower, ".")
		}
		if i+1 < len(toks) {
			next = strings.TrimSuffix(toks[i+1].lower, ".")
		}
		// "half a mile", "half an hour", "a half-mile stretch": a
		// measure of one half.
		if lw == "half" && i+2 < len(toks) && (next == "a" || next == "an") && measureUnits[unitKey(toks[i+2].lower)] ||
			strings.HasPrefix(lw, "half-") && measureUnits[unitKey(strings.TrimPrefix(lw, "half-"))] {
			u, n := strings.TrimPrefix(lw, "half-"), 1
			if u == lw { // "half a mile"
				u, n = toks[i+2].lower, 3
			}
			text := takeSpan(toks, used, i, n)
			f.numbers = append(f.numbers, Fact{Facet: FacetNumber, Key: "0.5", Text: text, unit: unitKey(u)})
			i += n - 1
			continue
		}
		// "a quarter of an hour", "three quarters of a mile": a measure
		// of quarters.
		if n, q, u := quarterMeasure(toks, i); n > 0 {
			text := takeSpan(toks, used, i, n)
			f.numbers = append(f.numbers, Fact{Facet: FacetNumber, Key: q, Text: text, unit: unitKey(u)})
			i += n - 1
			continue
		}
		// "a woman in her 70s", "in his early thirties", "in their
		// mid-20s": an age by its decade, a number written in figures
		// or in words. It is weak: a description of someone ("a man in
		// his eighties has died"), a change only against another decade.
		if d := ageDecade(toks, i); d != "" {
			text := takeSpan(toks, used, i, 1)
			f.numbers = append(f.numbers, Fact{Facet: FacetNumber, Key: d, Text: text, unit: "decade of age", weak: true})
			continue
		}
		// Holidays and festivals: "by Christmas", "before Durga Puja".
		if h := holidayAt(toks, i); h > 0 {
			text := takeSpan(toks, used, i, h)
			f.dates = append(f.dates, Fact{Facet: FacetDate, Key: "hol:" + strings.ToLower(text), Text: text})
			i += h - 1
			continue
		}
		// "the first quarter", "the second half of 2026", "Q3": a part
		// of the year, a date.
		if key, n, dated := yearPart(toks, i); n > 0 {
			text := takeSpan(toks, used, i, n)
			f.dates = append(f.dates, Fact{Facet: FacetDate, Key: key, Text: text, weak: !dated})
			i += n - 1
			continue
		}
		// "late September", "early March": the part of the month, weak
		// (it counts only against another part of the month: "in
		// September" → "in late September" adds a detail); the month
		// itself is read next.
		if (lw == "early" || lw == "late") && i+1 < len(toks) {
			// ("late September 2024" too; not "early September 5", a
			// day's early hours.)
			if m, ok := months[strings.TrimRight(toks[i+1].lower, ".,")]; ok && !(i+2 < len(toks) && unicode.IsDigit(firstRune(toks[i+2].lower)) &&
				!yearRE.MatchString(strings.TrimRight(toks[i+2].lower, ".,;"))) {
				f.dates = append(f.dates, Fact{Facet: FacetDate, Key: "part:" + lw + " m" + strconv.Itoa(m), Text: t.text + " " + toks[i+1].text, weak: true})
				used[i] = true
				continue
			}
			// "early 2026", "late 2025": the part of the year so.
			if y := strings.TrimRight(toks[i+1].lower, ".,;"); yearRE.MatchString(y) {
				f.dates = append(f.dates, Fact{Facet: FacetDate, Key: "part:" + lw + " y" + y, Text: t.text + " " + toks[i+1].text, weak: true})
				used[i] = true
				continue
			}
		}
		// "mid-March" (and "the middle of March", see canonPhrases).
		if m, ok := months[strings.TrimPrefix(lw, "mid-")]; ok && strings.HasPrefix(lw, "mid-") {
			f.dates = append(f.dates, Fact{Facet: FacetDate, Key: "mid:m" + strconv.Itoa(m), Text: t.text})
			used[i] = true
			continue
		}
		// "mid-2028", or "mid 2028": the middle of the year, a date of
		// its own.
		if y, n := midYear(toks, i); n > 0 {
			f.dates = append(f.dates, Fact{Facet: FacetDate, Key: "mid:y" + y, Text: takeSpan(toks, used, i, n)})
			i += n - 1
			continue
		}
		// "the end of the month", "the start of next year".
		if periodEdges[lw] && i+2 < len(toks) && toks[i+1].lower == "of" {
			k := i + 2
			if l := toks[k].lower; (l == "the" || l == "this" || l == "next" || l == "last") && k+1 < len(toks) {
				k++
			}
			if u := strings.TrimSuffix(toks[k].lower, "."); relativeUnits[u] {
				mod := "this"
				if l := toks[k-1].lower; l == "next" || l == "last" {
					mod = l
				}
				edge := lw
				if edge == "beginning" {
					edge = "start" // "the beginning of the month" is its start
				}
				text := takeSpan(toks, used, i, k-i+1)
				f.dates = append(f.dates, Fact{Facet: FacetDate, Key: "rel:" + edge + " " + mod + " " + u, Text: text})
				i = k
				continue
			}
		}
		// "until winter ends" is "until the end of winter".
		if u := strings.TrimSuffix(lw, "."); relativeUnits[u] && i > 0 && i+1 < len(toks) {
			b, mod := i-1, "this"
			if l := toks[b].lower; (l == "the" || l == "this" || l == "next") && b > 0 {
				b--
				if l == "next" {
					mod = l
				}
			}
			if edge := edgeVerbs[strings.TrimRight(toks[i+1].lower, ".,;")]; edge != "" && edgeBefore[toks[b].lower] {
				// Weak: against "until spring", "through the winter",
				// "before year-end", which are not read, it is no change.
				f.dates = append(f.dates, Fact{Facet: FacetDate, Key: "rel:" + edge + " " + mod + " " + u, Text: t.text + " " + toks[i+1].text, weak: true})
				for j := b + 1; j <= i+1; j++ {
					used[j] = true
				}
				i++
				continue
			}
		}
		// A weekday as a possessive dates too: "Saturday's game",
		// "yesterday's vote" ("today's prices" are the present's).
		if bare, poss := strings.CutSuffix(lw, "'s"); poss && (weekdays[bare] || bare == "yesterday") {
			f.dates = append(f.dates, Fact{Facet: FacetDate, Key: bare, Text: t.text})
			used[i] = true
			continue
		}
		if weekdays[lw] || relativeDays[lw] {
			f.dates = append(f.dates, Fact{Facet: FacetDate, Key: lw, Text: t.text})
			used[i] = true
			if d, n := dayAfter(s, toks, i); n > 0 {
				// "on Thursday (27)", as Sri Lankan papers write it, or
				// "on Thursday, the 27th": the day of the month, a
				// detail of the date (weak: "on Thursday" says as much),
				// not a count.
				f.dates = append(f.dates, Fact{Facet: FacetDate, Key: "d" + d, Text: toks[i+n].text, weak: true})
				for k := i + 1; k <= i+n; k++ {
					used[k] = true
				}
				i += n
			}
			continue
		}
		if k := spanAsRelative(toks, i); k > i {
			// "a year earlier" is "last year"; "the past ten years" is
			// "the past decade"; "the tally for the year" counts this
			// year's.
			key, weak := "rel:last year", false
			switch {
			case lw == "for":
				key = "rel:this year"
			case lw == "last" || lw == "past":
				key = "rel:last decade"
			case (lw == "a" || lw == "one") && next == "day":
				key = "yesterday" // "held a day earlier"
			case lw == "a" || lw == "one":
				// A baseline of a comparison ("than a year ago"),
				// weak: its absence is no change.
				key, weak = "rel:last "+strings.TrimSuffix(next, "s"), true
			}
			text := t.text
			for j := i + 1; j <= k; j++ {
				text += " " + toks[j].text
				used[j] = true
			}
			used[i] = true
			f.dates = append(f.dates, Fact{Facet: FacetDate, Key: key, Text: text, weak: weak})
			i = k
			continue
		}
		// "a year earlier", "a week ago": the last one.
		if (lw == "a" || lw == "one") && relativeUnits[next] && i+2 < len(toks) {
			if l := strings.TrimSuffix(toks[i+2].lower, "."); (l == "ago" || l == "earlier" || l == "before") &&
				!(i+3 < len(toks) && toks[i+3].lower == "than") {
				// "a year earlier than planned" compares, dates nothing.
				// A baseline of a comparison ("than a year ago"), weak:
				// its absence is no change.
				f.dates = append(f.dates, Fact{Facet: FacetDate, Key: "rel:last " + next, Text: t.text + " " + toks[i+1].text + " " + toks[i+2].text, weak: true})
				used[i], used[i+1], used[i+2] = true, true, true
				i += 2
				continue
			}
		}
		if (lw == "over" || lw == "at" || lw == "during" || lw == "on" || lw == "through" || lw == "across") && next == "the" &&
			i+2 < len(toks) && strings.TrimSuffix(toks[i+2].lower, "s") == "weekend" {
			// "some time over the weekend": a date, less exact than
			// "late on Saturday night".
			f.dates = append(f.dates, Fact{Facet: FacetDate, Key: "rel:the weekend", Text: takeSpan(toks, used, i+1, 2)})
			i += 2
			continue
		}
		if unit := strings.TrimSuffix(possessiveBase(next), "s"); relativeMods[lw] && relativeUnits[unit] {
			// ("last year's floods" dates them as "last year" does.)
			mod := lw
			if mod == "past" || mod == "previous" {
				mod = "last"
			}
			if mod == "coming" {
				mod = "next"
			}
			if mod == "earlier" {
				mod = "this"
			}
			// A possessive may describe rather than date ("last
			// year's champions"): weak, its absence is no change.
			f.dates = append(f.dates, Fact{Facet: FacetDate, Key: "rel:" + mod + " " + unit, Text: t.text + " " + toks[i+1].text, weak: unit != strings.TrimSuffix(next, "s")})
			used[i], used[i+1] = true, true
			i++
			continue
		}
		// Month ranges: "July-September" gives its two ends, as "between
		// July and September" does.
		if a, b, cut := strings.Cut(lw, "-"); cut {
			if ma, ok := months[a]; ok && len(a) > 2 {
				if mb, ok := months[b]; ok {
					ta, tb, _ := strings.Cut(t.text, "-")
					f.dates = append(f.dates, Fact{Facet: FacetDate, Key: "m" + strconv.Itoa(ma), Text: ta},
						Fact{Facet: FacetDate, Key: "m" + strconv.Itoa(mb), Text: tb})
					used[i] = true
					continue
				}
			}
		}
		// Months, with a day ("November 20", "20 November").
		if m, ok := months[lw]; ok && (t.cap || len(lw) > 3) && !(lw == "may" && !t.cap) && !(lw == "march" && !t.cap) {
			if lw == "may" && (i == 0 || !unicode.IsDigit(firstRune(next))) && !unicode.IsDigit(firstRune(prev)) &&
				!(t.cap && (i > 0 && (yearContext[prev] || relativeMods[prev]) || (i == 0 || prev == "between" || !toks[i-1].cap) && monthSpanAhead(toks, i))) {
				// "May" alone is more often the verb; "between May and
				// July", "May to July" are months, where "between May
				// and Corbyn" names a person.
				continue
			}
			key := "m" + strconv.Itoa(m)
			text := t.text
			used[i] = true
			if a, b, ok := numberRange(next); ok && a >= 1 && a <= 31 && a == float64(int(a)) {
				// "July 10-20": the first day, and the last as a number,
				// as "from July 10 to 20" reads.
				f.dates = append(f.dates, Fact{Facet: FacetDate, Key: key + "d" + formatNum(a), Text: text + " " + toks[i+1].text})
				f.numbers = append(f.numbers, Fact{Facet: FacetNumber, Key: formatNum(b), Text: toks[i+1].text})
				used[i+1] = true
				i++
				continue
			} else if d, _, _, ok := parseNumber(next); ok && d >= 1 && d <= 31 && d == float64(int(d)) {
				key += "d" + formatNum(d)
				text += " " + toks[i+1].text
				used[i+1] = true
				i++
			} else if d, _, _, ok := parseNumber(prev); ok && d >= 1 && d <= 31 && i > 0 && !used[i-1] {
				key += "d" + formatNum(d)
				text = toks[i-1].text + " " + text
				used[i-1] = true
				// the day was recorded as a number already: remove it
				if n := len(f.numbers); n > 0 && f.numbers[n-1].Key == formatNum(d) {
					f.numbers = f.numbers[:n-1]
				}
			}
			f.dates = append(f.dates, Fact{Facet: FacetDate, Key: key, Text: text})
			continue
		}
		if used[i] {
			continue
		}
		// Noon and midnight are times of the clock too.
		if lw == "noon" || lw == "midday" || lw == "midnight" {
			key := "t12:00"
			if lw == "midnight" {
				key = "t0:00"
			}
			if n := len(f.numbers); prev == "12" && n > 0 && f.numbers[n-1].Key == "12" {
				f.numbers = f.numbers[:n-1] // "12 noon": the 12 is the time's
			}
			f.dates = append(f.dates, Fact{Facet: FacetDate, Key: key, Text: t.text})
			f.timeSide(prev, key, t.text)
			used[i] = true
			continue
		}
		// A wire's time in a zone, four digits: "1115 GMT", "0900 UTC".
		if len(lw) == 4 && isDigits(lw) && timeZones[next] && lw[:2] < "24" {
			if key, ok := clockKey(lw[:2], lw[2:], ""); ok {
				f.dates = append(f.dates, Fact{Facet: FacetDate, Key: key + " " + next, Text: t.text + " " + toks[i+1].text})
				used[i], used[i+1] = true, true
				i++
				continue
			}
		}
		// A 24-hour time written with a point, after a word of time and
		// before its zone or a word of the clock ("at 14.30 GMT", "from
		// 11.00 hours", "at 20.00 local time"): "closed at 12.45" is a
		// price, "at 1.27" a rate.
		if m := dottedClockRE.FindStringSubmatch(lw); m != nil && clockPrepositions[prev] && i+1 < len(toks) &&
			(timeZones[next] || next == "hours" || next == "hrs" || next == "local" && i+2 < len(toks) && toks[i+2].lower == "time") {
			if key, ok := clockKey(m[1], m[2], ""); ok {
				text := t.text
				used[i] = true
				if timeZones[next] {
					key, text = key+" "+next, text+" "+toks[i+1].text // "20.00 GMT"
					used[i+1] = true
					i++
				}
				f.dates = append(f.dates, Fact{Facet: FacetDate, Key: key, Text: text})
				continue
			}
		}
		// A time written with a point opening a range that ends in a
		// time of the clock: "between 7.30 and 8 p.m.", keyed as "7:30"
		// is.
		if m := dottedClockRE.FindStringSubmatch(lw); m != nil && (prev == "between" || prev == "from") && i+2 < len(toks) &&
			(next == "and" || next == "to") && clockAhead(toks, i+2) {
			if key, ok := clockKey(m[1], m[2], ""); ok {
				f.dates = append(f.dates, Fact{Facet: FacetDate, Key: key, Text: t.text})
				used[i] = true
				continue
			}
		}
		// Times: "3 p.m.", "6pm", "2.30am", "10:30", "18:00". The key is
		// the time on a 24-hour clock, however written.
		if m := digitLed(lw, clockRE); m != nil {
			if key, ok := clockKey(m[1], m[2], m[3]); ok {
				f.dates = append(f.dates, Fact{Facet: FacetDate, Key: key, Text: t.text})
				f.timeSide(prev, key, t.text)
				used[i] = true
				continue
			}
		}
		if m := digitLed(lw, hourRE); m != nil && meridiem(next) != "" {
			if key, ok := clockKey(m[1], m[2], meridiem(next)); ok {
				f.timeSide(prev, key, t.text)
				f.dates = append(f.dates, Fact{Facet: FacetDate, Key: key, Text: t.text + " " + toks[i+1].text})
				used[i], used[i+1] = true, true
				i++
				continue
			}
		}
		if end := t.start + len(t.text); i+1 < len(toks) && end < len(s) && s[end] == ':' && toks[i+1].start == end+1 &&
			isDigits(t.text) && len(toks[i+1].text) >= 2 && isDigits(toks[i+1].text[:2]) &&
			(len(toks[i+1].text) == 2 || meridiem(strings.TrimSuffix(toks[i+1].lower[2:], ".")) != "") {
			hour, minute := t.text, toks[i+1].text[:2]
			text := t.text + ":" + toks[i+1].text
			mer := meridiem(strings.TrimSuffix(toks[i+1].lower[2:], ".")) // "1:30pm", read as "1" and "30pm"
			used[i], used[i+1] = true, true
			i++
			if mer == "" && i+1 < len(toks) {
				if mer = meridiem(strings.TrimSuffix(toks[i+1].lower, ".")); mer != "" {
					text += " " + toks[i+1].text
					used[i+1] = true
					i++
				}
			}
			key, ok := clockKey(hour, minute, mer)
			if !ok {
				key = "t" + strings.TrimLeft(hour, "0") + ":" + minute
			}
			f.dates = append(f.dates, Fact{Facet: FacetDate, Key: key, Text: text})
			continue
		}
		// A day before a month: "20 November", "20th November".
		if d, _, _, ok := parseNumber(lw); ok && d >= 1 && d <= 31 && d == float64(int(d)) && i+1 < len(toks) {
			if m, isMonth := months[next]; isMonth && (toks[i+1].cap || len(next) > 3 && next != "march") && (next != "may" || toks[i+1].cap) {
				f.dates = append(f.dates, Fact{Facet: FacetDate, Key: "m" + strconv.Itoa(m) + "d" + formatNum(d), Text: t.text + " " + toks[i+1].text})
				used[i], used[i+1] = true, true
				i++
				continue
			}
		}
		tally := false // "voted 7-4": two counts, no unit after them
		if a, b, ok := numberPair(lw); ok && !(a >= 1900 && a <= 2100) {
			// A range "10-20" is the two numbers of "10 to 20"; the unit
			// after it belongs to the second.
			f.numbers = append(f.numbers, Fact{Facet: FacetNumber, Key: formatNum(a), Text: t.text})
			lw = formatNum(b)
			tally = b <= a
		}
		if end := t.start + len(t.text); i+1 < len(toks) && (next == "c" || next == "f") && strings.HasPrefix(s[end:], "°") &&
			toks[i+1].start == end+len("°") {
			// "41°C" read as one token, as "41c" is.
			lw += next
			used[i], used[i+1] = true, true
			i++
		}
		if m := digitLed(lw, degreeRE); m != nil {
			// "44.7C", "30°F": a temperature. One in parentheses after
			// another is its conversion ("44.7C (112.5F)").
			used[i] = true
			if n := len(f.numbers); n > 0 && f.numbers[n-1].unit == "degree" && t.start > 0 && s[t.start-1] == '(' {
				continue
			}
			f.numbers = append(f.numbers, Fact{Facet: FacetNumber, Key: m[1], Text: t.text, unit: "degree"})
			continue
		}
		// A currency code glued to the number: "Rs40", "KSh500", "R2
		// million" (a lone "R" only before a scale word).
		glued := ""
		_, scaleNext := scaleWords[next]
		dollarCode := "" // "$US95", "$A2 billion": which dollar, after the sign
		if t.start > 0 && s[t.start-1] == '$' {
			if m := dollarCodeRE.FindStringSubmatch(lw); m != nil {
				dollarCode, lw = m[1], m[2]
			}
		}
		if dollarCode != "" {
		} else if m := letterLed(lw, gluedCurrencyRE); m != nil && (len(m[1]) > 1 || scaleNext || m[3] != "") {
			// A lone letter ("R", "P", "N") is a currency only before
			// a scale word, or with one hyphened on: "P12-million".
			glued, lw = m[1], m[2]+m[3]
		} else if m := letterLed(lw, pricedLetterRE); m != nil && t.cap && !(i+1 < len(toks) && toks[i+1].cap) {
			// A lone letter before an amount in units and hundredths
			// ("K27.90", "R12.50"): a price, where "A380", "M25" or
			// "K2" is a name.
			glued, lw = m[1], m[2]
		} else if m := letterLed(lw, groupedLetterRE); m != nil && t.cap {
			// A lone letter before an amount in thousands ("R250,000",
			// "P15,000"): a currency; a name is no such figure.
			glued, lw = m[1], m[2]
		} else if m := letterLed(lw, scaledCurrencyRE); m != nil && t.cap {
			// Any currency's letters before a scaled amount: "P12-million",
			// "N5bn". Without the scale, "A380" or "M25" is a name.
			glued, lw = m[1], m[2]+scaleSuffixes[m[3]+m[4]]
		} else if m := letterLed(lw, loneLetterRE); m != nil && t.cap && scaleNext && next != "hundred" {
			// A lone letter before an amount and its scale: "D3.9
			// billion" (dalasi), "K25 million" (kina, kwacha).
			glued, lw = m[1], m[2]
		} else if m := letterLed(lw, isoGluedRE); m != nil && (isoCode(t.text[:3]) ||
			(scaleNext || strings.Contains(m[2], ",")) && isoCode(strings.ToUpper(t.text[:3]))) {
			// A currency's ISO code written onto its amount: "VND300
			// billion", "KES1,500", or in a house style's case before a
			// scale word or a grouped amount ("Rwf180 million",
			// "Rwf25,000"), where "Abc123" alone is a name.
			glued, lw = m[1], m[2]
		}
		v, pct, ord, ok := parseNumber(lw)
		hyUnit, hyCountry := "", "" // "7,000-Egyptian-pound": "pound", "egyptian "
		skip := 0                   // words of the number after its first ("half a dozen")
		if ok && glued == "" && dollarCode == "" && gluedMetres(s, t, lw, prev, next) {
			v, hyUnit = v/1e6, "metre" // "the 200m", "30m high": metres, not millions
		}
		if _, isWord := wordNumber(lw); !ok && !isWord {
			// "41-year-old", "12-storey", "10-point"
			if a, b, cut := strings.Cut(lw, "-"); cut {
				if hv, hp, ho, hok := parseNumber(a); hok {
					v, pct, ord, ok = hv, hp, ho, true
					hyUnit, _, _ = strings.Cut(b, "-")
					if sc, isScale := scaleWords[hyUnit]; isScale && len(hyUnit) > 2 {
						// "300-million-pound": the scale, then the unit
						v *= sc
						_, b, _ = strings.Cut(b, "-")
						hyUnit, _, _ = strings.Cut(b, "-")
					}
					if i := strings.LastIndexByte(b, '-'); i >= 0 && currencyWord(b[i+1:]) {
						// "7,000-Egyptian-pound"
						hyUnit, hyCountry = b[i+1:], strings.ReplaceAll(unaccented(b[:i]), "-", " ")+" "
					}
					if hyUnit == "percent" || b == "per-cent" || strings.HasPrefix(b, "per-cent-") {
						// "a 10-percent stake" is "a 10% stake".
						pct, hyUnit = true, ""
					}
				} else if wv, isNum := wordNumber(a); isNum && (!strings.Contains(b, "-") || strings.HasSuffix(b, "-old") && strings.Count(b, "-") == 1) {
					// "three-day", and an age, "nine-year-old".
					v, ok = wv, true
					hyUnit, _, _ = strings.Cut(b, "-")
				} else if ov, rest, isOrd := compoundOrdinal(lw); isOrd && rest != "" && !notOrdinalCompounds[strings.SplitN(rest, "-", 2)[0]] {
					// "twenty-first-century"
					v, ord, ok = ov, true, true
					hyUnit, _, _ = strings.Cut(rest, "-")
				} else if bv, bp, bo, bok := parseNumber(b); bok && scaleLabels[a] {
					// "magnitude-7.4", "category-4": the figure of a
					// scale written onto its name, as "magnitude 7.4".
					v, pct, ord, ok = bv, bp, bo, true
				} else if ov, isOrd := ordinalWords[a]; isOrd && !notOrdinalCompounds[b] {
					// "third-quarter", "second-largest": the ordinal
					// of "third quarter", "the second largest".
					v, ord, ok = ov, true, true
					hyUnit, _, _ = strings.Cut(b, "-")
				}
			}
		}
		if !ok {
			// A unit written onto its number: "300mm", "7.8in",
			// "100km/h" read as "300 mm", "7.8 inch", "100 km".
			if m := gluedUnitRE.FindStringSubmatch(lw); m != nil {
				u := m[2]
				if gluedUnitWords[u] != "" {
					u = gluedUnitWords[u]
				}
				if gv, gp, gord, gok := parseNumber(m[1]); gok && !gp && measureUnits[unitKey(u)] {
					v, ord, ok, hyUnit = gv, gord, true, u
				}
			}
		}
		text := t.text
		if !ok {
			if ov, isOrd := ordinalWords[lw]; isOrd {
				v, ord, ok = ov, true, true
			} else if ov, rest, isOrd := compoundOrdinal(lw); isOrd && rest == "" {
				v, ord, ok = ov, true, true
			} else if wv, isNum := wordNumber(lw); isNum {
				v, ok = wv, true
			} else if lw == "half" && next == "a" && i+2 < len(toks) && toks[i+2].lower == "dozen" {
				// "half a dozen" is six, its noun after "dozen".
				v, ok, skip = 6, true, 2
				text += " " + toks[i+1].text + " " + toks[i+2].text
				used[i+1], used[i+2] = true, true
			} else if lw == "half" && (next == "a" || next == "an") && i+2 < len(toks) && measureUnits[unitKey(toks[i+2].lower)] {
				// "half a mile" is 0.5 miles.
				v, ok, hyUnit = 0.5, true, toks[i+2].lower
				text += " " + toks[i+1].text + " " + toks[i+2].text
				used[i+1], used[i+2] = true, true
			} else if lw == "once" && i+1 < len(toks) && rateOpeners[next] &&
				!(next == "every" && i+2 < len(toks) && (unicode.IsDigit(firstRune(toks[i+2].lower)) || isWordNumber(toks[i+2].lower))) {
				// ("once every three weeks" is "every three weeks".)
				// "once a week" counts as "twice a week" does.
				v, ok = 1, true
			} else if lw == "both" && i+1 < len(toks) && !stopWords[next] {
				// "both companies" counts two, weakly: "the two firms" matches it,
				// and its absence is no change.
				f.numbers = append(f.numbers, Fact{Facet: FacetNumber, Key: "2", Text: t.text, weak: true})
				continue
			} else if lw == "one" || lw == "a" {
				// "one million", "a dozen"
				if lw == "one" && prev == "to" && tallyBefore(toks, i) {
					// "by a vote of four to one", "four votes to one":
					// the second count of a tally.
					v, ok = 1, true
				} else if _, isScale := scaleWords[next]; isScale && next != "m" && next != "b" && next != "k" {
					v, ok = 1, true
				} else if next == "dozen" {
					v, ok = 1, true
				} else if lw == "one" && next != "of" && i > 0 && gapIsSpace(s, toks[i-1], t) &&
					(casualtyVerbs[prev] && !nounAfter(s, toks, i) || (prev == "leaves" || prev == "left") && casualtyStates[next]) {
					// "Hotel collapse kills one", "leaves one dead": the
					// toll, a count ("kills one strain" counts strains).
					v, ok = 1, true
				} else if lw == "one" && next != "" && unicode.IsLetter(firstRune(next)) && !stopWords[next] {
					// "one finals appearance" counts, weakly: "1 finals
					// appearance" matches it, and its absence is no change.
					// Its unit is kept: "one mile" against "half a mile".
					lf := Fact{Facet: FacetNumber, Key: "1", Text: t.text, loose: true, noun: unitKey(next)}
					if u := unitKey(next); measureUnits[u] {
						lf.unit, lf.Text = u, t.text+" "+toks[i+1].text
					}
					f.numbers = append(f.numbers, lf)
					continue
				}
			}
		}
		if !ok {
			continue
		}
		// Years of an era: "400 BC", "AD 79", "1200 CE".
		if era := eraOf(s, toks, i); era != "" && !pct && !ord && lw[0] >= '0' && lw[0] <= '9' {
			f.dates = append(f.dates, Fact{Facet: FacetDate, Key: "y" + formatNum(v) + era, Text: t.text + " " + strings.ToUpper(era)})
			used[i] = true
			if i+1 < len(toks) && eraWords[strings.ReplaceAll(next, ".", "")] != "" && toks[i+1].text == strings.ToUpper(toks[i+1].text) {
				used[i+1] = true
			} else {
				used[i-1] = true
			}
			continue
		}
		// Years.
		// A year is written in digits: "thousands" (read as 2000) is a crowd.
		// A year before 1900 needs a word that dates ("built in 1899",
		// "dating to 1887"): "1850 runners" is a count.
		before1900 := v >= 1700 && v < 1900 && (yearContext[prev] && prev != "the" && prev != "of" && !nounAfter(s, toks, i) || datingTo(toks, i))
		if !pct && !ord && (v >= 1900 || before1900) && v <= 2100 && v == float64(int(v)) && !strings.Contains(lw, ",") && !strings.Contains(lw, ".") && lw[0] >= '0' && lw[0] <= '9' {
			if _, isScale := scaleWords[next]; !isScale && (yearContext[prev] || datingTo(toks, i) || yearDeterminers[prev] && hyUnit == "" && !measureUnits[unitKey(next)] ||
				next == "" || !unicode.IsLetter(firstRune(next)) || yearRange(toks, i) || afterDate(f.dates, toks, i, used)) {
				f.dates = append(f.dates, Fact{Facet: FacetDate, Key: "y" + formatNum(v), Text: t.text})
				used[i] = true
				continue
			}
		}
		used[i] = true
		j := i + 1 + skip
		// Scales: "3 million", "three hundred", "a dozen".
		for j < len(toks) {
			nl := strings.TrimSuffix(toks[j].lower, ".")
			if sc, isScale := scaleWords[nl]; isScale {
				if (nl == "m" || nl == "b" || nl == "k") && toks[j].start != toks[j-1].start+len(toks[j-1].text) && !currencyBefore(s, t, prev) {
					break // "200 m inland"; "£5 m" is money, in millions
				}
				v *= sc
			} else if nl == "dozen" {
				v *= 12
			} else {
				break
			}
			text += " " + toks[j].text
			used[j] = true
			j++
		}
		unit, unitText, country := hyUnit, "", hyCountry
		if unit == "" && j < len(toks) && !tally && !clauseBreak(s[toks[j-1].start+len(toks[j-1].text):toks[j].start]) {
			// ("injuring nine, police said": no unit across the comma)
			nl := toks[j].lower
			if nl == "percent" || (nl == "per" && j+1 < len(toks) && toks[j+1].lower == "cent") {
				pct = true
				used[j] = true
			} else if u, k := countryCurrency(toks, j); u != "" {
				// A country's word or two before a currency's name:
				// "300 billion Vietnamese dong", "117 US dollars", "5
				// million Hong Kong dollars".
				for ; j < k; j++ {
					used[j] = true
					unitText += toks[j].text + " "
					country += strings.Trim(unaccented(toks[j].lower), ".") + " "
				}
				unit = u
			} else if !stopWords[nl] && unicode.IsLetter(firstRune(nl)) {
				unit = nl
			}
		}
		// Currency before the number.
		cur := ""
		if t.start > 0 {
			switch c := s[t.start-1]; c {
			case '$':
				cur = "$"
			default:
				if r, _ := utf8.DecodeLastRuneInString(s[:t.start]); r == '£' || r == '€' || r == '₹' || r == '¥' {
					cur = string(r)
				}
			}
		}
		if cur == "$" && i > 0 && dollarCountries[toks[i-1].lower] && toks[i-1].start+len(toks[i-1].text) == t.start-1 {
			// "US$95", "A$2 billion": the country of the dollar is no
			// name of the story.
			used[i-1] = true
		}
		reais := false
		if i > 0 && toks[i-1].text == "R" && (cur == "$" && toks[i-1].start+1 == t.start-1 || strings.HasSuffix(s[:t.start], "R$ ")) {
			// "R$5.10" is Brazilian reais, "5.10 reais", not dollars.
			cur, reais, used[i-1] = "", true, true
		}
		if dollarCode != "" {
			text = text[len(dollarCode):]
		}
		key := formatNum(v)
		if pct {
			key += "%"
		}
		if ord {
			key += "th"
		}
		if unit != "" && hyUnit == "" {
			text += " " + unitText + toks[j].text
		}
		if unit == "m" && !currencyBefore(s, t, prev) && (i == 0 || !isoCode(toks[i-1].text)) {
			// "200 m inland": metres, where a currency before the
			// number makes the "m" its millions ("Rs 200 m", "AUD 5 m").
			unit = "metre"
		}
		uk := unitKey(unit)
		if !measureUnits[uk] {
			uk = ""
		}
		if cur == "" && i > 0 && !used[i-1] {
			// A currency code before the number: "Rs 500", "USD 40".
			cur = currencyCodes[strings.TrimSuffix(toks[i-1].lower, ".")]
			used[i-1] = cur != "" // the code is the number's, not a name
		}
		codeKey := "" // the ISO code keying a currency several countries name alike
		if cur == "" && uk == "" && i > 0 && !used[i-1] && isoCode(toks[i-1].text) {
			// "AUD 5 billion", "CNY 12 million": the code of a
			// currency compared as a unit.
			if u := isoCurrencies.unit[toks[i-1].lower]; sharedCurrencies[u] {
				codeKey, used[i-1] = toks[i-1].lower, true // "EGP 14.25" is no sterling
			} else if u != "" {
				uk, used[i-1] = u, true
			}
		}
		if glued != "" && cur == "" {
			if cur = currencyCodes[glued]; cur == "" {
				name := currencyKeyOfCode(glued, glued, true)
				if name == "" {
					name = glued
				}
				key = name + ":" + key // a currency without a symbol of its own
			} else {
				text = text[len(glued):] // "Rs40" is written "₹40"
			}
		} else if cur == "" && uk == "" {
			// A currency without a symbol, by its code before the
			// number ("KSh 500") or its name after it ("500
			// shillings"): both read "ksh:500". A lone letter is no
			// code here.
			name := ""
			if code := strings.TrimSuffix(prev, "."); i > 0 && !used[i-1] && len(code) > 1 {
				name = currencyKeyOfCode(code, toks[i-1].text, false) // "KSh 500", "HUF 4 billion"
				used[i-1] = name != ""
			}
			if name == "" && unit != "" {
				name = currencyKeyOfName(unit) // "500 forints", "a 700-zloty fine"
			}
			if name != "" {
				key = name + ":" + key
			}
		}
		if reais {
			key = "brl:" + key
		}
		if c := currencyUnits[cur]; c != "" {
			uk = c
		}
		// The key names a currency by its symbol, however written:
		// "$62 million" and "62 million dollars" are "$62000000".
		for sym, u := range currencyUnits {
			if u == uk {
				key = sym + key
				break
			}
		}
		if c := strings.TrimSpace(country); c != "" && sharedCurrencies[unitKey(unit)] {
			// A currency several countries name alike is told apart by
			// its country: "5 million Hong Kong dollars" is "HKD 5
			// million", not "5 million Singapore dollars" (see
			// codeAmount for "$5 million").
			if codeKey = countryCurrencies[c]; codeKey == "" {
				codeKey = c + " " + unitKey(unit)
			}
		}
		if codeKey != "" {
			key, uk = codeKey+":"+formatNum(v), ""
		}
		// "a second man", "another third": an ordinal word after an
		// indefinite article says "one more" more than it counts.
		weak := ord && !unicode.IsDigit(firstRune(lw)) && i > 0 && (prev == "a" || prev == "an" || prev == "another")
		per := rateAfter(s, toks, j, used)
		if sp, ok := speedUnits[uk]; ok && per == "" {
			// "60 mph" is 60 miles an hour.
			uk, per = sp, "hour"
		}
		// An amount in brackets after another gives it in a second
		// currency or unit: "2.8 billion riyals ($746 million)", "45
		// meters per second (162 kilometers per hour)".
		weak = weak || conversion(s, t.start, key, uk, f.numbers)
		// A whole number right after a capitalised noun names a thing:
		// "Highway 12", "Flight 882".
		ident := cur == "" && glued == "" && !pct && !ord && uk == "" && i > 0 && toks[i-1].cap && !used[i-1] &&
			isDigits(t.text) && !stopWords[prev] && !numberQualifiers[prev] && !sentenceStarters[prev] && months[prev] == 0
		named := ""
		if ident && s[toks[i-1].start+len(toks[i-1].text):t.start] == " " {
			named = wordKey(toks[i-1].lower) // "Falcon 9", not "Okoro, 52,"
		}
		f.numbers = append(f.numbers, Fact{Facet: FacetNumber, Key: key, Text: strings.TrimSpace(cur + text), unit: uk, weak: weak,
			per: per, ident: ident, named: named})
		i = j - 1
	}
}

// dataNouns name figures that a story cites without crediting anyone.
var dataNouns = set(`figures data statistics results estimates numbers count tally`)

// dataParties name, before one of dataNouns, the party whose data it is:
// "government figures", "police data".
var dataParties = set(`government ministry police army military company council union cooperative hospital`)

// suspectNoun reports whether "suspect" after token prev is the noun:
// after a determiner or a modifier ("the unnamed suspect", "a key
// suspect"), not after a subject ("officials suspect").
func suspectNoun(prev token) bool {
	lw := prev.lower
	_, ordinal := ordinalWords[lw]
	return nounBefore(prev) || determinerWords[lw] || evaluative[lw] ||
		neutralModifiers[lw] && !timeAdverbs[lw] || len(lw) > 4 && strings.HasSuffix(lw, "ed") ||
		ordinal || isWordNumber(lw) || unicode.IsDigit(firstRune(lw)) // "a fourth suspect", "two suspects"
}

// definedAcronym reports whether token i is an acronym in brackets that
// spells the initials of the lower-case words before it: "minimum
// support price (MSP)".
func definedAcronym(s string, toks []token, i int) bool {
	t := toks[i]
	n := len(t.text)
	if n < 2 || n > 6 || strings.ToUpper(t.text) != t.text || t.start == 0 || s[t.start-1] != '(' ||
		t.start+n >= len(s) || s[t.start+n] != ')' || i < n {
		return false
	}
	for k := 0; k < n; k++ {
		w := toks[i-n+k]
		if w.cap || unicode.ToLower(rune(t.text[k])) != firstRune(w.lower) {
			return false
		}
	}
	return true
}

// nameAcronym reports whether token i of s is an acronym in brackets
// right after a name of two words or more, which it stands for whatever
// its letters: "the Departmental Electoral Tribunal (TED)" gives the
// acronym of the name in its own language, with its own word order.
func nameAcronym(s string, toks []token, i int) bool {
	t := toks[i]
	n := len(t.text)
	if n < 2 || n > 6 || i < 2 || strings.ToUpper(t.text) != t.text || t.start < 2 || s[t.start-1] != '(' ||
		t.start+n >= len(s) || s[t.start+n] != ')' {
		return false
	}
	a, b := toks[i-2], toks[i-1]
	return a.cap && b.cap && b.start+len(b.text) == t.start-2 && gapIsSpace(s, a, b)
}

// strikers reports whether w names people who can be on strike:
// "workers", "teachers", "doctors", "staff".
func strikers(w string) bool {
	for _, suf := range []string{"ers", "ors", "ists", "ees", "ians"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return w == "staff" || w == "crew" || w == "crews" || w == "nurses" || w == "pilots" || w == "students" || w == "unions"
}

// periodEdges open a date at an edge of a period: "the end of the month".
var periodEdges = set(`end start beginning middle`)

// holidays are festivals and public holidays that date an event: one
// word, or two (the first word a key of holidayPairs).
var holidays = set(`christmas easter diwali deepavali eid ramadan ramzan hanukkah passover thanksgiving
halloween holi navratri dussehra onam pongal vesak songkran nowruz hogmanay pentecost`)

// holidayPairs maps the first word of two-word holidays to the second.
var holidayPairs = map[string][]string{"durga": {"puja"}, "ganesh": {"chaturthi"}, "lunar": {"new"},
	"chinese": {"new"}, "good": {"friday"}, "boxing": {"day"}, "yom": {"kippur"}, "rosh": {"hashanah"},
	"independence": {"day"}, "labour": {"day"}, "labor": {"day"}, "memorial": {"day"}, "bastille": {"day"},
	"christmas": {"eve", "day"}, "easter": {"sunday", "monday"}, "eid": {"al-fitr", "al-adha", "ul-fitr", "ul-adha"}}

// holidayAt returns the number of tokens of a capitalised holiday name
// at toks[i] ("Christmas", "Durga Puja", "Lunar New Year"), or 0.
func holidayAt(toks []token, i int) int {
	t := toks[i]
	if !t.cap {
		return 0
	}
	n := 0
	if holidays[t.lower] {
		n = 1
	}
	if i+1 < len(toks) && toks[i+1].cap && slices.Contains(holidayPairs[t.lower], toks[i+1].lower) {
		n = 2
		if toks[i+1].lower == "new" && i+2 < len(toks) && toks[i+2].lower == "year" {
			n = 3
		}
	}
	// "New Year's Eve", "New Year's Day".
	if t.lower == "new" && i+2 < len(toks) && toks[i+1].lower == "year's" && toks[i+2].cap && (toks[i+2].lower == "eve" || toks[i+2].lower == "day") {
		n = 3
	}
	return n
}

// afterDate reports whether token i, a year, ends the date recorded last,
// its day and month the tokens before it: "3 February 2026".
func afterDate(dates []Fact, toks []token, i int, used []bool) bool {
	if i == 0 || !used[i-1] || len(dates) == 0 {
		return false
	}
	return strings.HasSuffix(dates[len(dates)-1].Text, toks[i-1].text)
}

// conversion reports whether the amount with key and unit written at
// start of s is bracketed right after another amount in a currency, as
// its value in another currency, or right after a measure, as its value
// in another unit.
func conversion(s string, start int, key, unit string, prior []Fact) bool {
	if len(prior) == 0 || key == "" {
		return false
	}
	p := prior[len(prior)-1]
	last := p.Key
	units := unit != "" && p.unit != "" && unit != p.unit && measureUnits[unit] && measureUnits[p.unit] // "45 meters per second (162 kilometers per hour)"
	if !units && unit == p.unit && (unit == "square" || unit == "cubic") {
		// "400 square meters (4,300 square feet)": the measure is the
		// word after "square".
		k, m := strings.LastIndex(s[:start], p.Text), strings.Index(s[start:], " "+unit)
		if k >= 0 && m >= 0 {
			a, b := unitKey(firstWord(strings.TrimLeft(s[k+len(p.Text):], " "))), unitKey(firstWord(strings.TrimLeft(s[start+m+1+len(unit):], " ")))
			units = a != "" && b != "" && a != b && measureUnits[a] && measureUnits[b]
		}
	}
	if !units && (unicode.IsDigit(firstRune(key)) || last == "" || unicode.IsDigit(firstRune(last)) || currencyPrefix(last) == currencyPrefix(key)) {
		return false // not a currency, or the same one
	}
	trim := func(s string) string {
		return strings.TrimRightFunc(s, func(r rune) bool {
			return r == ' ' || r == '$' || r == '£' || r == '€' || r == '₹' || r == '¥' || unicode.IsUpper(r)
		})
	}
	before := trim(s[:start])
	// A conversion is as often given roughly: "20,000 baht (about
	// US$600)", "(roughly $1.1 million)".
	if k := strings.LastIndexAny(before, " ("); k >= 0 && conversionApprox[strings.ToLower(before[k+1:])] {
		before = trim(before[:k+1])
	}
	return strings.HasSuffix(before, "(")
}

// boundAhead reports whether toks[i], a "no" or "not", opens a bound of a
// number: "more than", "fewer than", "less than" or "later than" and then
// a figure or a number word.
func boundAhead(toks []token, i int) bool {
	if i+3 >= len(toks) || toks[i+2].lower != "than" {
		return false
	}
	switch toks[i+1].lower {
	case "more", "fewer", "less", "later", "earlier", "longer":
	default:
		return false
	}
	n := toks[i+3].lower
	return n != "" && (unicode.IsDigit(firstRune(n)) || strings.ContainsAny(n[:1], "$£€₹¥") || numberWords[n] > 0)
}

// reportVerbs are the verbs of reported speech, after which "would" is
// the future of what was said.
var reportVerbs = set(`said says say told tells tell added adds stated according reported quoted`)

// conversionApprox are the words that may open a bracketed conversion of
// an amount: "(about US$600)".
var conversionApprox = set(`about around roughly approximately approx. some nearly almost over under ~ c. ca.`)

// currencyPrefix returns the currency part of a number key: "$" of
// "$746000000", "sr:" of "sr:2800000000".
func currencyPrefix(key string) string {
	if i := strings.IndexFunc(key, unicode.IsDigit); i >= 0 {
		return key[:i]
	}
	return key
}

// measureUnits are units whose change changes a number's meaning
// ("5 miles" → "5 kilometres", "a 10-metre wall" → "a 10-foot wall").
var measureUnits = set(`basis percentage point percent metre meter foot feet km kilometre kilometer mile
mi yard inch cm centimetre centimeter mm millimetre millimeter kg kilogram gram milligram pound lb ton
tonne ounce litre liter milliliter gallon barrel dollar euro pound rupee yuan yen cent penny pence
degree celsius fahrenheit acre hectare year month week day hour minute second decade century kilowatt
megawatt gigawatt watt volt kwh mph km/h knot storey story floor square cubic`)

// gluedUnitRE matches a number with a unit written onto it: "300mm",
// "7.8in", "100km/h" (the unit read up to its slash, as the tokenizer
// reads "100 km/h").
var gluedUnitRE = regexp.MustCompile(`^([0-9][0-9,]*(?:\.[0-9]+)?)([a-z]+)(?:/[a-z]+)?$`)

// gluedUnitWords are abbreviations read as units only when written onto
// a number: "7.8in" is inches, "in" alone is a preposition.
var gluedUnitWords = map[string]string{"in": "inch", "ft": "foot", "g": "gram", "l": "liter"}

// scaleLabels name scales whose figure news copy joins to them by a
// hyphen: "magnitude-7.4", "category-4", "level-3".
var scaleLabels = set(`magnitude category level grade force stage phase`)

// notOrdinalCompounds end compounds whose first word is an ordinal but
// that count nothing: "second-hand", "second-guess".
var notOrdinalCompounds = set(`hand hander guess guessed guessing rate class string`)

// loneLetterRE matches a letter written onto a number: "d3.9", "k25".
var loneLetterRE = regexp.MustCompile(`^([a-z])([0-9][0-9,]*(?:\.[0-9]+)?)$`)

// pricedLetterRE matches a lone letter written onto an amount with two
// decimals: "k27.90" (kwacha), "r12.50" (rand).
var pricedLetterRE = regexp.MustCompile(`^([a-z])([0-9]{1,3}(?:,[0-9]{3})*\.[0-9]{2})$`)

// groupedLetterRE matches the lone letter of a currency written onto an
// amount grouped in thousands: "r250,000" (rand), "p15,000" (pesos),
// "k5,000" (kwacha), "n5,000" (naira), "e2,000" (emalangeni).
var groupedLetterRE = regexp.MustCompile(`^([rpkne])([0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]{2})?)$`)

// unnamedSource reports whether the "not" at toks[i] asks that a source
// go unnamed: "asking not to be named", "who asked not to be
// identified".
func unnamedSource(toks []token, i int) bool {
	if i+3 >= len(toks) {
		return false
	}
	if permitWords[toks[i+1].lower] && toks[i+2].lower == "to" {
		// "because he was not authorised to speak to the media", "an
		// official who was not authorized to publicly discuss the
		// matter": why the source is not named. "Reporters were not
		// allowed to speak to detainees" is a claim.
		k := i + 3
		if strings.HasSuffix(toks[k].lower, "ly") && k+1 < len(toks) {
			k++
		}
		return briefingVerbs[strings.TrimSuffix(toks[k].lower, ".")] && sourceClause(toks, i)
	}
	if toks[i+1].lower != "to" || toks[i+2].lower != "be" {
		return false
	}
	return namingVerbs[strings.TrimSuffix(toks[i+3].lower, ".")]
}

// namingVerbs say who a source is.
var namingVerbs = set(`named identified quoted`)

// permitWords and briefingVerbs tell why a source is not named: "not
// authorised to speak", "not allowed to comment publicly".
var (
	permitWords   = set(`authorised authorized allowed permitted cleared entitled`)
	briefingVerbs = set(`speak talk comment brief discuss disclose release give speaking talking commenting briefing`)
)

// sourceClause reports whether the "not" at toks[i] stands in a clause
// telling about a source: after "who was", "because he was", "as they
// were", or in a sentence that speaks of anonymity.
func sourceClause(toks []token, i int) bool {
	if i >= 2 && beVerbs[toks[i-1].lower] {
		if w := toks[i-2].lower; w == "who" || pronouns[w] && i >= 3 && (toks[i-3].lower == "because" || toks[i-3].lower == "as" || toks[i-3].lower == "since") {
			return true
		}
	}
	return slices.ContainsFunc(toks, func(t token) bool { return strings.HasPrefix(t.lower, "anonymity") })
}

// unnamedRefusalRE matches a source's refusal to be named, which
// negatorPhrases would count as a denial: "who declined to be named",
// "…, said a resident who refused to be identified because …"; not
// "declined to be named in the squad".
var unnamedRefusalRE = regexp.MustCompile(`\b(declined|declines|refused|refuses) to be (named|identified)(?:$|[.,;)]| (?:because|for|so|while|when|and|but|saying|citing|fearing))`)

// assertedClause opens what "established" asserts: "established that",
// "established how".
var assertedClause = set(`that whether how why who what when where`)

// isoGluedRE matches three letters written onto an amount, a currency's
// ISO code when they are one (isoCode): "VND300", "KES1,500".
var isoGluedRE = regexp.MustCompile(`^([a-z]{3})([0-9][0-9,]*(?:\.[0-9]+)?)$`)

// countryCurrency returns the currency named at toks[k] after one or two
// capitalised words from toks[j] ("Vietnamese dong", "U.S. dollars",
// "Hong Kong dollars") and k; "" when there is none.
func countryCurrency(toks []token, j int) (string, int) {
	for k := j + 1; k <= j+2 && k < len(toks) && toks[k-1].cap; k++ {
		if w := toks[k].lower; currencyWord(w) {
			return w, k
		}
	}
	return "", 0
}

// gluedCurrencyRE matches a currency code written onto its number.
var gluedCurrencyRE = regexp.MustCompile(`^(rs|r|ksh|sh|rm|inr|usd|eur|gbp|sr|qr|aed|dhs?|php|p|ngn|n|rp|idr|tk)\.?([0-9][0-9,.]*(?:bn|mn|m|k)?)(-(?:million|billion|trillion))?$`)

// scaledCurrencyRE matches a currency's letters written onto a scaled
// amount: "p12-million", "n5bn", "gh2.5m".
var scaledCurrencyRE = regexp.MustCompile(`^([a-z]{1,3})\.?([0-9][0-9,]*(?:\.[0-9]+)?)(?:-(million|billion|trillion)|(bn|mn|tn|m|b|k))$`)

// scaleSuffixes are the short scale suffixes parseNumber reads, by the
// scale word or suffix of scaledCurrencyRE.
var scaleSuffixes = map[string]string{"million": "m", "billion": "bn", "trillion": "tn", "bn": "bn", "mn": "mn",
	"tn": "tn", "m": "m", "b": "b", "k": "k"}

// dollarCodeRE matches a lower-cased token that follows a "$" and starts
// with dollarCountries letters: "us95" of "$US95".
var dollarCodeRE = regexp.MustCompile(`^(us|a|au|nz|c|ca|hk|s|sg|nt|fj|f)([0-9][0-9,.]*(?:bn|mn|m|k)?)$`)

// unitCanon maps abbreviations and variants of measurement units to the
// unit word they stand for, after unitKey ("km" is "kilometer").
var unitCanon = map[string]string{
	"km": "kilometer", "kilometre": "kilometer", "mm": "millimeter", "millimetre": "millimeter",
	"cm": "centimeter", "centimetre": "centimeter", "metre": "meter", "kg": "kilogram",
	"lb": "pound", "lbs": "pound", "ft": "foot", "feet": "foot", "mi": "mile", "hr": "hour",
	"hrs": "hour", "min": "minute", "mins": "minute", "sec": "second", "secs": "second",
	"yr": "year", "yrs": "year", "ton": "tonne", "litre": "liter", "ml": "milliliter",
	"millilitre": "milliliter", "mg": "milligram", "kph": "km/h", "kmh": "km/h",
	"sterling": "pound", "usd": "dollar", "eur": "euro", "gbp": "pound", "storey": "story",
	"floor": "story", "kilowatt-hour": "kwh", "celsius": "degree", "fahrenheit": "fahrenheit",
	"sq": "square", "cu": "cubic", "kw": "kilowatt", "mw": "megawatt", "gw": "gigawatt",
}

// nameJoiners are the lower-case words that join the capitalised words
// of one name: "Bank of England", "Ahmed bin Said", "Ludwig van Beethoven".
var nameJoiners = set(`of de la al bin von van der du da`)

// parseAttributions finds who said or reported the sentence's claims.
func (f *facts) parseAttributions(s string, toks []token) {
	for i, t := range toks {
		lw := t.lower
		if sourcingVerbs[lw] && i > 0 && (i+1 == len(toks) || clauseBreak(s[t.start+len(t.text):toks[i+1].start])) {
			// "…, the Echo understands.": a paper's own sources.
			if phrase := takeBackward(s, toks, i, 5); len(phrase) > 0 {
				f.addAttrib(phrase)
			}
			continue
		}
		if that := i+1 < len(toks) && toks[i+1].lower == "that"; findingVerbs[lw] && i > 0 && (that ||
			i+1 == len(toks) || clauseBreak(s[t.start+len(t.text):toks[i+1].start])) {
			// "A survey last year found that 71% …" credits the survey
			// as "according to a survey last year" does; so does "…,
			// Vell University hydrologists have found."
			phrase := takeBackward(s, toks, i, 7)
			if k := slices.IndexFunc(phrase, func(t token) bool { return speechVerbs[t.lower] }); k >= 0 {
				phrase = phrase[k+1:] // "officials told CNN the White House concluded"
			}
			if slices.ContainsFunc(phrase, func(t token) bool {
				return findingNouns[t.lower] || !that && (sourceNouns[t.lower] || t.cap && t.start > 0)
			}) {
				n := len(f.attribs)
				f.addAttrib(phrase)
				for k := n; k < len(f.attribs); k++ {
					f.attribs[k].finding = true
				}
			}
			continue
		}
		if (lw == "named" || lw == "identified") && i+2 < len(toks) && toks[i+1].lower == "locally" && toks[i+2].lower == "as" {
			// "who has been named locally as Conor Byrne": people of
			// the place gave the name, where "named by gardaí as"
			// credits the police.
			f.addAttrib(toks[i+1 : i+2])
			continue
		}
		if lw == "described" && i+2 < len(toks) && toks[i+1].lower == "by" {
			// "described by police as a pit bull cross": who gave the
			// description, as "named by" reads.
			ph := agentOnly(takeForward(s, toks, i+2, 6))
			if k := slices.IndexFunc(ph, func(t token) bool { return t.lower == "as" }); k > 0 {
				ph = ph[:k]
			}
			f.addAttribNamed(ph)
			continue
		}
		if lw == "described" && i > 0 && i+1 < len(toks) && toks[i+1].lower == "as" {
			// "which police described as a pit bull cross", "what the
			// company described as a cyberattack": the subject, a
			// name, a source or a body, described it.
			ph := takeBackward(s, toks, i, 4)
			for len(ph) > 1 && (subordinators[ph[0].lower] || ph[0].lower == "what" || ph[0].lower == "which") {
				ph = ph[1:]
			}
			if slices.ContainsFunc(ph, func(t token) bool {
				return t.cap && t.start > 0 || sourceNouns[t.lower] || roleNouns[singular(t.lower)] || bodyGroups[singular(t.lower)] != 0
			}) {
				f.addAttrib(ph)
			}
			continue
		}
		// "The agency is asking residents to …": a stance taken now.
		// Not "The question many residents are asking is why …": the
		// verb ends a noun phrase there.
		progressive := i > 0 && beVerbs[toks[i-1].lower] && strings.HasSuffix(lw, "ing") && stanceStems[verbStem(lw)] &&
			i+1 < len(toks) && !auxiliaryWords[toks[i+1].lower]
		// "Opposition councillor Benedito Macamo called the cut 'a
		// short-sighted decision'": a judgement given, as "described
		// the cut as" gives one; not "called for", "called off", "called
		// the police".
		calledAs := lw == "called" && i+2 < len(toks) && !calledParticles[toks[i+1].lower] && calledJudgement(s, toks, i)
		// "Conservationists have called on the authorities not to kill
		// the animals": an appeal, as "urged" makes one.
		calledOn := (lw == "called" || lw == "calls" || lw == "call") && i+2 < len(toks) && (toks[i+1].lower == "on" || toks[i+1].lower == "upon") &&
			slices.ContainsFunc(toks[i+2:min(len(toks), i+9)], func(t token) bool { return t.lower == "to" })
		if stanceVerbs[lw] || progressive || calledAs || calledOn {
			// "Opposition MP Velusamy Arumugam welcomed the law": a
			// subject named or described as a source, not "the
			// stadium, which welcomed 40,000 fans", nor the residents
			// of "residents were urged to stay indoors".
			if !progressive && (passiveBefore(toks, i) || i > 0 && (beVerbs[toks[i-1].lower] || toks[i-1].lower == "being")) ||
				i+1 < len(toks) && unicode.IsDigit(firstRune(toks[i+1].lower)) {
				continue
			}
			if i > 0 && (articleWords[toks[i-1].lower] || strings.HasSuffix(toks[i-1].lower, "'s") || strings.HasSuffix(toks[i-1].lower, "’s")) {
				continue // "the IMF's forecast of 3.1 percent": a noun
			}
			if objectAsked[lw] && (i == 0 || i+1 == len(toks) || !toks[i+1].cap && !articleWords[toks[i+1].lower] || toks[i-1].lower == "who") {
				// "has asked Madrid to …", "asked the operator for …"
				// credit a request; "who asked not to be named" does not.
				continue
			}
			at := i
			if progressive {
				at = i - 1 // the subject stands before "is"
			}
			phrase := takeBackward(s, toks, at, 7)
			if len(phrase) == 0 {
				phrase, _ = appositiveSubject(s, toks, at) // "X, who represents Y, welcomed"
			}
			if slices.ContainsFunc(phrase, func(t token) bool {
				return t.cap && !(t.start == 0 && articleWords[t.lower]) || sourceNouns[t.lower] || roleNouns[singular(t.lower)]
			}) {
				n := len(f.attribs)
				f.addAttrib(phrase)
				for k := n; k < len(f.attribs); k++ {
					f.attribs[k].stance = true
				}
			}
			continue
		}
		if (lw == "named" || lw == "identified") && i+2 < len(toks) && toks[i+1].lower == "by" {
			// "The pilot, named by police as Marcus Teah": who gave
			// the name is its source.
			// Not what identified a body ("identified by dental
			// records as …") nor an honour ("named by Forbes as one of
			// …"): a party, then a name.
			// A time may stand between the party and "as": "named by
			// gardaí on Monday as".
			as := -1
			for k := i + 3; k < len(toks) && k <= i+8 && !clauseBreak(s[toks[k-1].start+len(toks[k-1].text):toks[k].start]); k++ {
				if toks[k].lower == "as" {
					as = k
					break
				}
			}
			if as > 0 && as+1 < len(toks) && toks[as+1].cap && toks[as+1].lower != "one" {
				if ph := withoutTimeAfter(toks[i+2 : as]); len(ph) > 0 {
					head := ph[len(ph)-1]
					if sourceNouns[head.lower] || namingParties[head.lower] || head.cap {
						f.addAttrib(ph)
					}
				}
			}
			continue
		}
		if (lw == "speaking" || lw == "talking") && i+2 < len(toks) && toks[i+1].lower == "to" &&
			(i == 0 || clauseBreak(s[toks[i-1].start+len(toks[i-1].text):t.start])) {
			// Only a clause of its own credits: "was speaking to Mary
			// Wanjiku when the bus left the road" tells the event.
			// "…, speaking to RTÉ's Morning Ireland", "talking to local
			// radio": the outlet the words were given to, as "told
			// RTÉ" reads.
			if toks[i+2].cap {
				n := len(f.attribs)
				f.addAttribNamed(takeForward(s, toks, i+2, 5))
				f.markAudience(n)
			} else if k := mediaRecipient(s, toks, i+2); k > i {
				n := len(f.attribs)
				f.addAttrib(toks[i+2 : k+1])
				f.markAudience(n)
			}
			continue
		}
		if (lw == "carried" || lw == "published" || lw == "broadcast" || lw == "aired") && i+2 < len(toks) && toks[i+1].lower == "by" {
			// "a statement carried by the Oman News Agency": the outlet
			// that ran the words, as "quoted by PTI" is.
			if ph := takeForward(s, toks, i+2, 6); slices.ContainsFunc(ph, func(t token) bool { return outletWord(t.lower) || fusedOutlet(t.text) }) {
				n := len(f.attribs)
				f.addAttrib(ph)
				f.markAudience(n)
				continue
			}
		}
		if lw == "telling" && i > 0 && i+1 < len(toks) && clauseBreak(s[toks[i-1].start+len(toks[i-1].text):t.start]) && !directive(s, toks, i) {
			// "…, telling state broadcaster ZBC by phone": the outlet
			// heard the words, as "told ZBC" reads.
			f.addHeard(s, toks, i)
			continue
		}
		if !speechVerbs[lw] && !putAtFigure(toks, i) {
			continue
		}
		if (lw == "claimed" || lw == "claims") && countTaken(toks, i) {
			continue // "leak claims watchman's life": took, not said
		}
		if nounLikeVerbs[lw] && (i == 0 || !(toks[i-1].cap || pronouns[toks[i-1].lower] || sourceNouns[toks[i-1].lower]) ||
			toks[i-1].lower == "united" || i+1 == len(toks) || nounFollowers[toks[i+1].lower]) {
			continue // "member states", "the notes", "the United States and"
		}
		if objectVerbs[lw] && i+1 < len(toks) && !clauseBreak(s[t.start+len(t.text):toks[i+1].start]) {
			if n := toks[i+1].lower; objectStarts[n] || unicode.IsDigit(firstRune(n)) {
				continue // "added a third goal", "posted a loss": an action, not speech
			}
		}
		if lw != "quoted" && lw != "told" && passiveBefore(toks, i) && !(i+1 < len(toks) && toks[i+1].lower == "by") {
			// "nobody was reported injured", "it was announced", "a zone
			// has been declared", "was admitted to hospital": no source
			// given ("was quoted as saying" and "were told" are read
			// below).
			continue
		}
		var phrase []token
		role := ""
		switch {
		case lw == "according":
			if i+1 < len(toks) && toks[i+1].lower == "to" {
				phrase = takeForward(s, toks, i+2, 10)
				if k := i + 2 + len(phrase); len(phrase) > 0 && phrase[len(phrase)-1].cap && k < len(toks) &&
					!clauseBreak(s[toks[k-1].start+len(toks[k-1].text):toks[k].start]) {
					if j := roleThenName(s, toks, k); j > k {
						// "according to Northern Region police
						// spokesperson Peter Kalaya": a place or body,
						// its role, then the name, the source.
						role = strings.ToLower(s[phrase[0].start : toks[j-1].start+len(toks[j-1].text)])
						phrase = takeForward(s, toks, j, 5)
					}
				}
				var docRole string
				if phrase, docRole = documentSource(s, toks, phrase); docRole != "" {
					role = docRole
				}
				if len(phrase) > 0 && len(phrase) <= 4 && dataNouns[phrase[len(phrase)-1].lower] &&
					!slices.ContainsFunc(phrase, func(t token) bool { return t.cap && t.start > 0 }) {
					// "according to final results": the data, not a
					// party credited with them. "according to
					// government figures" credits the government.
					if n := len(phrase); n >= 2 && dataParties[phrase[n-2].lower] {
						phrase = phrase[:n-1]
					} else {
						phrase = nil
					}
				}
				// "according to dealers quoted by PTI": the dealers are
				// the source, the outlet only carried their words.
				// (The outlet is taken at "quoted by" below.)
				for k := 1; k+2 < len(phrase); k++ {
					if l := phrase[k].lower; (l == "quoted" || l == "cited") && phrase[k+1].lower == "by" {
						phrase = phrase[:k]
						break
					}
				}
			}
		case lw == "told" && passiveBefore(toks, i):
			// "Residents were told to leave": the subject heard it; a
			// source follows only as "told by".
			if i+1 < len(toks) && toks[i+1].lower == "by" {
				f.addAttribNamed(agentOnly(takeForward(s, toks, i+2, 6)))
			}
		case (lw == "told" || lw == "tells" || lw == "tell") && directive(s, toks, i):
			// "The judge told jurors to take their time": an order,
			// not a statement credited to anyone.
		case lw == "told" || lw == "tells" || lw == "tell":
			f.addHeard(s, toks, i)
			phrase = takeBackward(s, toks, i, 7)
			if len(phrase) == 0 {
				phrase, role = appositiveSubject(s, toks, i)
			}
		case (lw == "quoted" || lw == "cited") && i+1 < len(toks) && toks[i+1].lower == "by":
			// "dealers quoted by PTI": the outlet carried the words,
			// as "told PTI" does.
			n := len(f.attribs)
			f.addAttrib(takeForward(s, toks, i+2, 6))
			f.markAudience(n)
		case i+1 < len(toks) && toks[i+1].lower == "by":
			// "was first reported by the Journal", "results declared by
			// the commission": the agent after "by" is the source.
			phrase = agentOnly(takeForward(s, toks, i+2, 6))
		case lw == "citing":
			// "citing a source", not "citing a wish to retire".
			f.addAttribNamed(takeForward(s, toks, i+1, 6))
		default:
			phrase = takeBackward(s, toks, i, 7)
			if len(phrase) == 0 {
				phrase, role = appositiveSubject(s, toks, i)
				if slices.ContainsFunc(phrase, func(t token) bool { return beVerbs[t.lower] }) {
					// "Crews are expected to begin on Thursday,
					// weather permitting, said …": a clause and an
					// aside before the verb, the speaker after it.
					phrase, role = nil, ""
				}
			}
			if len(phrase) == 0 && i+1 < len(toks) && toks[i+1].cap {
				// "…," said Peskov.
				phrase = takeForward(s, toks, i+1, 5)
				if k := i + 1 + len(phrase); k < len(toks) && !clauseBreak(s[toks[k-1].start+len(toks[k-1].text):toks[k].start]) {
					if j := roleThenName(s, toks, k); j > k {
						// "…," said Seonbi coast guard chief Kang
						// Tae-sik: a place or body, its role, then the
						// name, the speaker.
						role = strings.ToLower(s[phrase[0].start : toks[j-1].start+len(toks[j-1].text)])
						phrase = takeForward(s, toks, j, 5)
					}
				}
			} else if len(phrase) == 0 && roleBeforeName(toks, i+1) {
				// "…, said deputy director Paul Severin."
				phrase = takeForward(s, toks, i+1, 6)
			} else if len(phrase) == 0 && describedAfter(s, toks, i+1) {
				// "…, said municipal manager Johan Fourie.", "…, said the
				// provincial environment secretary, Mariela Quintana."
				phrase = takeForward(s, toks, i+1, 8)
				if k := i + 1 + len(phrase); k < len(toks) && toks[k].cap &&
					strings.TrimSpace(s[toks[k-1].start+len(toks[k-1].text):toks[k].start]) == "," {
					// The name in apposition is the speaker, the
					// description its role; a name that ends the clause,
					// not "…, said the mayor, Tuesday" nor "…, Reuters
					// reported".
					name := takeForward(s, toks, k, 5)
					end := k + len(name)
					if !(len(name) == 1 && (weekdays[name[0].lower] || months[name[0].lower] != 0)) &&
						(end == len(toks) || clauseBreak(s[toks[end-1].start+len(toks[end-1].text):toks[end].start]) ||
							!toks[end].cap && !speechVerbs[toks[end].lower] && !sourcingVerbs[toks[end].lower]) {
						role = strings.ToLower(s[phrase[0].start : phrase[len(phrase)-1].start+len(phrase[len(phrase)-1].text)])
						phrase = name
					}
				}
			}
		}
		if len(phrase) > 0 {
			n := len(f.attribs)
			f.addAttrib(phrase)
			if role != "" && len(f.attribs) > n {
				f.attribs[n].role = role
			}
		}
	}
}

// addHeard adds, as an audience, whoever the verb of telling at toks[i]
// ("told", "telling") names as hearing the words: an outlet ("told
// Jordanian state television", "told local radio", "told state news
// agency TAP"), a name or the press ("told reporters").
func (f *facts) addHeard(s string, toks []token, i int) {
	k := mediaRecipient(s, toks, i+1)
	if k > i+1 && toks[i+1].cap && !toks[k].cap {
		// "told Jordanian state television": the outlet, its
		// country's word before it.
		n := len(f.attribs)
		f.addAttrib(toks[i+1 : k+1])
		f.markAudience(n)
	} else if i+1 < len(toks) && (toks[i+1].cap || sourceNouns[toks[i+1].lower] || toks[i+1].lower == "the" || toks[i+1].lower == "reporters" || toks[i+1].lower == "journalists") {
		obj := takeForward(s, toks, i+1, 5)
		n := len(f.attribs)
		f.addAttribNamed(obj)
		f.markAudience(n)
	} else if k > i {
		// "told local radio", "told state television", and
		// with the outlet's name after it, "told state news
		// agency TAP".
		end := k + 1
		for end < len(toks) && end < k+4 && toks[end].cap && !clauseBreak(s[toks[end-1].start+len(toks[end-1].text):toks[end].start]) {
			end++
		}
		n := len(f.attribs)
		f.addAttrib(toks[i+1 : end])
		f.markAudience(n)
	}
}

// calledParticles after "called" make another verb of it: "called for",
// "called off".
var calledParticles = set(`for off on in up out back upon into`)

// calledJudgement reports whether "called" at toks[i] names its object as
// something, within a few words: a quote ("called the cut 'a mistake'")
// or a judgement ("called the strike illegal").
func calledJudgement(s string, toks []token, i int) bool {
	for k := i + 2; k < len(toks) && k <= i+5; k++ {
		gap := s[toks[k-1].start+len(toks[k-1].text) : toks[k].start]
		if strings.ContainsAny(gap, `"“'‘`) || strings.ContainsAny(toks[k].text[:1], `"“'‘`) {
			return true
		}
		if clauseBreak(gap) {
			return false
		}
		if evaluative[toks[k].lower] {
			return true
		}
	}
	// The quote may end the sentence, with no word after it.
	if last := toks[len(toks)-1]; len(toks) <= i+5 {
		return strings.ContainsAny(s[last.start+len(last.text):], `"“'‘`)
	}
	return false
}

// findingVerbs report what a study or an inquiry found: with "that"
// after them, their subject is the claim's source.
var findingVerbs = set(`found finds showed shows concluded concludes revealed reveals`)

// findingNouns name studies and inquiries whose findings a story
// reports.
var findingNouns = set(`study studies survey surveys poll polls consultation review inquiry investigation audit
analysis research probe census assessment report evaluation`)

// documentNouns name what a source issues: "according to a statement
// from the council" credits the council.
var documentNouns = set(`statement statements release announcement filing notice letter post communique
bulletin note figures data statistics results estimates`)

// documentSource returns the source of an "according to" phrase that
// names a document and who issued it ("a statement from the developer",
// "figures published on Thursday by the exams council") as that issuer;
// when the issuer, a common noun, is followed by its name in apposition
// ("…, Corrib Holdings"), the name is the source and the noun its role.
func documentSource(s string, toks []token, phrase []token) ([]token, string) {
	if len(phrase) == 0 {
		return phrase, ""
	}
	first := slices.IndexFunc(toks, func(t token) bool { return t.start == phrase[0].start })
	if first < 0 {
		return phrase, ""
	}
	doc := -1
	for k := first; k < len(toks) && k < first+3; k++ {
		if documentNouns[toks[k].lower] {
			doc = k
			break
		}
	}
	if doc < 0 {
		return phrase, ""
	}
	// The issuer follows "from", "by" or "of", perhaps after a verb and
	// a date ("published on Thursday by").
	at := -1
	for k := doc + 1; k < len(toks) && k <= doc+5; k++ {
		if clauseBreak(s[toks[k-1].start+len(toks[k-1].text) : toks[k].start]) {
			break
		}
		if l := toks[k].lower; l == "from" || l == "by" || l == "of" && k == doc+1 {
			at = k
			break
		}
	}
	if at < 0 || at+1 >= len(toks) || clauseBreak(s[toks[at].start+len(toks[at].text):toks[at+1].start]) {
		return phrase, ""
	}
	issuer := takeForward(s, toks, at+1, 6)
	if len(issuer) == 0 {
		return phrase, ""
	}
	if slices.ContainsFunc(issuer, func(t token) bool { return t.cap }) {
		return issuer, ""
	}
	// The issuer's name after a comma: "the developer, Corrib Leisure
	// Holdings."
	i := at + len(issuer)
	if i+1 >= len(toks) || !strings.Contains(s[toks[i].start+len(toks[i].text):toks[i+1].start], ",") {
		return issuer, ""
	}
	name := takeForward(s, toks, i+1, 5)
	if len(name) == 0 || slices.ContainsFunc(name, func(t token) bool { return !t.cap }) {
		return issuer, ""
	}
	var desc []string
	for _, t := range issuer {
		desc = append(desc, t.lower)
	}
	return name, strings.Join(desc, " ")
}

// sourcingVerbs close a sentence with its source when nothing follows
// them: "…, the Echo understands", "…, the paper has learned".
var sourcingVerbs = set(`understands understood learned learnt`)

// markAudience marks the attributions from index n on as audiences.
func (f *facts) markAudience(n int) {
	for k := n; k < len(f.attribs); k++ {
		f.attribs[k].audience = true
	}
}

// withoutShare returns a source phrase without the share of the group
// it opens with: "respondents" of "About 60% of respondents", "About 60
// percent of respondents" and "a third of households". The share is a
// number, compared as one; the source is the group.
func withoutShare(phrase []token) []token {
	k := slices.IndexFunc(phrase, func(t token) bool { return t.lower == "of" })
	if k <= 0 || k+1 >= len(phrase) {
		return phrase
	}
	for _, t := range phrase[:k] {
		if !shareTokens[t.lower] && !unicode.IsDigit(firstRune(t.lower)) && !isWordNumber(t.lower) {
			return phrase
		}
	}
	return phrase[k+1:]
}

// shareTokens tell a share of a group before "of": "about 60 percent
// of", "a third of", "half of".
var shareTokens = set(`about around roughly nearly almost some over more than less fewer just under a an one percent per
cent half third thirds quarter quarters fifth fifths tenth tenths two-thirds three-quarters`)

// addAttribNamed records an attribution only when the phrase names a
// source (a capitalised name or a source noun), so that "told to leave"
// is not taken for one.
func (f *facts) addAttribNamed(phrase []token) {
	n := len(f.attribs)
	f.addAttrib(phrase)
	if len(f.attribs) > n {
		a := f.attribs[n]
		named := false
		for _, k := range a.keys {
			named = named || !strings.HasPrefix(k, "#")
		}
		if !named || (len(a.keys) == 1 && a.keys[0] == phrase[len(phrase)-1].lower && !sourceNouns[a.keys[0]] && !phrase[len(phrase)-1].cap && a.keys[0] != "reporters" && a.keys[0] != "journalists") {
			f.attribs = f.attribs[:n]
		}
	}
}

func (f *facts) addAttrib(phrase []token) {
	phrase, ok := sourcePhrase(withoutShare(phrase))
	if !ok {
		return
	}
	var keys []string
	var text []string
	a := attribution{}
	run := ""
	headOf := false // an "of" after the head: "Ministry" of "Ministry of Health"
	for k, t := range phrase {
		text = append(text, t.text)
		if t.lower == "of" && a.head != "" {
			headOf = true
		}
		lw := strings.TrimSuffix(t.lower, ".")
		for _, part := range strings.Split(lw, "-") {
			if part != "" && !stopWords[part] {
				a.words = append(a.words, singular(wordKey(part)))
			}
		}
		n := len(keys)
		switch {
		case t.cap && !(k == 0 && (stopWords[lw] || sentenceStarters[lw])) && !titleAbbrevs[lw]:
			keys = append(keys, wordKey(lw))
			run += string(firstRune(lw))
		case sourceNouns[lw]:
			keys = append(keys, sourceKey(lw))
		case lw == "a" || lw == "an" || lw == "one":
			keys = append(keys, "#one")
		case lw == "reporters" || lw == "journalists":
			keys = append(keys, lw)
		}
		if len(keys) > n && !strings.HasPrefix(keys[n], "#") && !headOf {
			a.head = singular(keys[n])
		}
		if !t.cap && !nameJoiners[lw] || k == len(phrase)-1 {
			if len(run) >= 2 {
				a.acros = append(a.acros, run)
			}
			if !t.cap {
				run = ""
			}
		}
	}
	if len(keys) == 0 && len(phrase) > 0 {
		// A common-noun source: its head is the last word before an "of"
		// complement ("the chamber of commerce") or the last word.
		h := len(phrase) - 1
		for k := 1; k < len(phrase); k++ {
			if phrase[k].lower == "of" {
				h = k - 1
				break
			}
		}
		head := strings.TrimSuffix(phrase[h].lower, ".")
		switch {
		case pronouns[head]:
			keys = append(keys, "#pron")
		case !stopWords[head] && h < 4 && unicode.IsLetter(firstRune(head)) && !looksLikeVerb(head):
			keys = append(keys, head)
			a.head = singular(head)
		}
	}
	if len(keys) == 0 {
		return
	}
	sort.Strings(keys)
	a.keys, a.text = keys, strings.Join(text, " ")
	f.attribs = append(f.attribs, a)
}

// sourcePhrase trims from the words before a verb of speech those that
// belong to the verb ("The sources did not say" is credited to "The
// sources"), and reports false for words that name no source: a passive
// ("A quarantine zone has been declared", "after their singer was
// admitted to hospital"), a circumstance ("with no casualties reported",
// "by the time of publication"). In "what he claimed" the source is the
// pronoun.
func sourcePhrase(phrase []token) ([]token, bool) {
	end := len(phrase)
	for end > 0 && verbParts[phrase[end-1].lower] {
		if passiveParts[phrase[end-1].lower] {
			return nil, false
		}
		end--
	}
	phrase = phrase[:end]
	if len(phrase) == 0 {
		return nil, false
	}
	switch first := phrase[0].lower; {
	case first == "with" || first == "without" || first == "no":
		return nil, false
	case len(phrase) > 1 && (first == "the" || first == "this") && (phrase[1].lower == "time" || phrase[1].lower == "end"):
		return nil, false
	}
	if n := len(phrase); n >= 2 && pronouns[phrase[n-1].lower] && (phrase[n-2].lower == "what" || phrase[n-2].lower == "which") {
		return phrase[n-1:], true
	}
	return phrase, true
}

// verbParts are auxiliaries and negators that can stand between a source
// and its verb; passiveParts among them make the verb passive.
var (
	verbParts    = set(`did does do not never would could should will can may might has have had was were is are been be being also`)
	passiveParts = set(`was were is are been be being`)
)

// nounFollowers follow a plural noun rather than a verb: "the Gulf States
// and", "Claims of fraud".
var nounFollowers = set(`and or of in for on at with from by nor but`)

// objectVerbs are speech verbs that also take a thing as object ("added
// a third goal", "posted a loss", "claimed the title"); followed by a
// determiner or a number they report an action, not speech.
var objectVerbs = set(`added adds posted posts claimed claims`)

// objectStarts begin a noun phrase object.
var objectStarts = set(`a an the its his her their our another some more two three four five six seven eight
nine ten dozens hundreds thousands`)

// impersonalVerbs are speech verbs that in the passive without an agent
// ("was reported", "were said") credit nobody.
var impersonalVerbs = set(`reported said announced stated noted claimed added`)

// dueArrivals are the words after "due" that timetable an arrival: "due
// in Honolulu", "due back", "due home".
var dueArrivals = set(`in at back home into`)

// passiveBefore reports whether token i follows a form of "to be",
// allowing an adverb between ("was widely reported").
func passiveBefore(toks []token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-2; k-- {
		lw := toks[k].lower
		if beVerbs[lw] {
			return true
		}
		if !strings.HasSuffix(lw, "ly") && lw != "also" && lw != "not" && lw != "now" && lw != "still" {
			return false
		}
	}
	return false
}

// beVerbs are the forms of "to be".
var beVerbs = set(`is are was were be been being am`)

var pronouns = set(`he she they it we i you who which`)

// nounLikeVerbs are speech verbs that are also plural nouns; they count
// only after a name, a pronoun or a source noun.
var nounLikeVerbs = set(`states notes claims adds tells writes posts`)

// clauseBreak reports whether the text between two tokens breaks a clause.
func clauseBreak(between string) bool {
	return strings.ContainsAny(between, ",;:\"()—–") || strings.Contains(between, " - ")
}

// takeForward returns up to n tokens from i until a clause break.
func takeForward(s string, toks []token, i, n int) []token {
	var out []token
	for k := i; k < len(toks) && len(out) < n; k++ {
		if k > i && clauseBreak(s[toks[k-1].start+len(toks[k-1].text):toks[k].start]) {
			break
		}
		if k > i && !toks[k].cap && len(out) > 0 && out[len(out)-1].cap &&
			!((nameJoiners[toks[k].lower] || toks[k].lower == "and" || toks[k].lower == "for" || toks[k].lower == "the") && k+1 < len(toks) && toks[k+1].cap) {
			if n := bodyAfterName(s, toks, k); n > 0 {
				// "according to the GMB union", "according to Avilés
				// city council": the name's body, last ("Northern
				// Region police spokesperson Peter Kalaya" goes on to
				// its speaker).
				out = append(out, toks[k:k+n]...)
			}
			break // the name ended: "told CNN on Wednesday"
		}
		out = append(out, toks[k])
	}
	return out
}

// bodyAfterName returns how many lower-case words from token k name the
// body of the name before them and end its phrase: one body noun ("the
// GMB union"), or a body noun or a kind of service before one ("Avilés
// city council", "Gijón fire service"), then the end of the sentence, a
// function word or a clause break. It returns 0 when the words go on.
func bodyAfterName(s string, toks []token, k int) int {
	body := func(w string) bool { return bodyGroups[singular(w)] != 0 || unionHeads[singular(w)] }
	ends := func(j int) bool {
		return j == len(toks) || stopWords[toks[j].lower] || clauseBreak(s[toks[j-1].start+len(toks[j-1].text):toks[j].start])
	}
	if !body(toks[k].lower) && !serviceKinds[toks[k].lower] {
		return 0
	}
	if body(toks[k].lower) && ends(k+1) {
		return 1
	}
	if k+1 < len(toks) && !toks[k+1].cap && body(toks[k+1].lower) && !clauseBreak(s[toks[k].start+len(toks[k].text):toks[k+1].start]) && ends(k+2) {
		return 2
	}
	return 0
}

// serviceKinds are the words that tell what a public body serves before
// its noun: "fire service", "health department", "county council".
var serviceKinds = set(`fire health ambulance emergency rescue county district regional provincial state water transport port coast harbour education`)

// takeBackward returns up to n tokens before i back to a clause break.
// directive reports whether the verb "told" at i takes an object and an
// infinitive ("told jurors to take", "told residents to stay indoors").
func directive(s string, toks []token, i int) bool {
	for k := i + 2; k < len(toks)-1 && k <= i+4; k++ {
		if clauseBreak(s[toks[k-1].start+len(toks[k-1].text) : toks[k].start]) {
			return false
		}
		if toks[k].lower == "to" {
			n := toks[k+1].lower
			return !toks[k+1].cap && !stopWords[n] && !unicode.IsDigit(firstRune(n))
		}
	}
	return false
}

// appositiveSubject returns the named subject before an appositive that
// ends right before the verb at i: "Jane Doe" in "Jane Doe, a lawyer for
// the family, said", or a name that is the appositive, with the folded
// description it follows as role: "Ian Maddox" and "the museum's
// director" in "the museum's director, Ian Maddox, said".
func appositiveSubject(s string, toks []token, i int) (phrase []token, role string) {
	if i < 2 || !strings.Contains(s[toks[i-1].start+len(toks[i-1].text):toks[i].start], ",") {
		return nil, ""
	}
	for j := i - 1; j > 0 && i-j <= 10; j-- {
		gap := s[toks[j-1].start+len(toks[j-1].text) : toks[j].start]
		if !clauseBreak(gap) {
			continue
		}
		if !strings.Contains(gap, ",") {
			return nil, ""
		}
		phrase = append(takeBackward(s, toks, j-1, 6), toks[j-1])
		// "Ruth Abernathy and Sam Doyle, who voted against, said"
		if p := j - len(phrase); p >= 2 && toks[p-1].lower == "and" && toks[p-2].cap &&
			!clauseBreak(s[toks[p-2].start+len(toks[p-2].text):toks[p].start]) {
			phrase = append(append(takeBackward(s, toks, p-2, 5), toks[p-2], toks[p-1]), phrase...)
		} else if slices.ContainsFunc(phrase, func(t token) bool { return weekdays[t.lower] || months[t.lower] != 0 }) {
			// "… stringing the new cable across the river on
			// Thursday, weather permitting, said …": the words before
			// the aside end a clause with its day; they name no
			// subject.
			return nil, ""
		}
		// "Ruiz's attorney, Maria Delgado, told": a role, even one
		// naming its owner, before a name is the name's description.
		roleFirst := !phrase[len(phrase)-1].cap
		for _, t := range phrase {
			if t.cap && t.start > 0 && !roleFirst {
				return phrase, ""
			}
		}
		// "the museum's director, Ian Maddox, announced": the name is
		// the appositive.
		if name := toks[j:i]; len(name) <= 4 && !slices.ContainsFunc(name, func(t token) bool { return !t.cap }) {
			var desc []string
			for _, t := range phrase {
				desc = append(desc, t.lower)
			}
			return name, strings.Join(desc, " ")
		}
		if roleFirst && slices.ContainsFunc(phrase, func(t token) bool { return t.cap && t.start > 0 }) {
			return phrase, ""
		}
		return nil, ""
	}
	return nil, ""
}

// subordinators open a clause whose subject follows them: a source
// phrase read backwards from its verb stops there when a determiner or
// a name opens that subject.
var subordinators = set(`after before when since until once although though whereas unless`)

// takeBackward returns the source phrase of at most n tokens before the
// verb at toks[i], stopping at a clause break: a slice of toks, clipped.
func takeBackward(s string, toks []token, i, n int) []token {
	// An aside between dashes before the verb is skipped: "The minister
	// — who resigned on Monday — said".
	aside := false
	if i >= 2 && dashAfter(s, toks, i-1) {
		for k := i - 2; k >= 0 && i-k <= 15; k-- {
			if dashAfter(s, toks, k) {
				i, aside = k+1, true
				break
			}
		}
	}
	start := i
	for k := i - 1; k >= 0 && i-k <= n; k-- {
		if clauseBreak(s[toks[k].start+len(toks[k].text):toks[k+1].start]) && !(aside && k == i-1) {
			break
		}
		lw := toks[k].lower
		if lw == "that" || lw == "and" || lw == "but" || lw == "as" || lw == "while" || lw == "because" {
			break
		}
		if subordinators[lw] && k+1 < i && (toks[k+1].cap || determinerWords[toks[k+1].lower] || k+2 == i && strings.HasSuffix(toks[k+1].lower, "s")) {
			// "landed in Muscat after the crew reported smoke": the
			// crew reported; so did the bare plural of "at 5.42am
			// after neighbours reported a loud bang".
			break
		}
		start = k
	}
	// "has said", "was told": drop auxiliaries (not a name's word: "The
	// Oak Point First Nation, whose …, said")
	out := toks[start:i]
	for len(out) > 0 && !(out[len(out)-1].cap && out[len(out)-1].start > 0) {
		lw := out[len(out)-1].lower
		if lw == "has" || lw == "have" || lw == "had" || lw == "was" || lw == "were" || lw == "is" || lw == "also" || lw == "later" || lw == "then" || lw == "previously" || lw == "first" {
			out = out[:len(out)-1]
			continue
		}
		break
	}
	// "A driver who crashed while carrying 38 pupils has admitted …": a
	// participle's clause after "while" is no subject; the subject
	// stands before it. (After "as" it may be: "as leading economists
	// had predicted".)
	if len(out) > 1 && start > 0 && toks[start-1].lower == "while" && !out[0].cap &&
		len(out[0].lower) > 5 && strings.HasSuffix(out[0].lower, "ing") {
		return nil
	}
	// A personal pronoun right before the verb is its subject, whatever
	// stands before it: "a bonus they say is late" credits "they".
	if n := len(out); n > 1 && personalPronouns[out[n-1].lower] && !out[n-1].cap {
		out = out[n-1:]
	}
	// The phrase shares toks' array: clipped, appending to it (as
	// appositiveSubject does) cannot write over the tokens after it.
	return slices.Clip(withoutTimeAfter(out))
}

// agentOnly cuts the words after "by" at what the agent was told or
// said to do, and at the time after it: "told by police to leave" and
// "announced by the ministry on Monday" credit the police and the
// ministry.
func agentOnly(phrase []token) []token {
	if k := slices.IndexFunc(phrase, func(t token) bool { return t.lower == "to" || t.lower == "that" }); k > 0 {
		phrase = phrase[:k]
	}
	return withoutTimeAfter(phrase)
}

// dashAfter reports whether a dash stands between toks[k] and the token
// after it.
func dashAfter(s string, toks []token, k int) bool {
	between := s[toks[k].start+len(toks[k].text) : toks[k+1].start]
	return strings.ContainsAny(between, "—–") || strings.Contains(between, " - ")
}

// withoutTimeAfter drops from the words of a source the time that follows
// it: "The finance ministry on Sunday night (announced)", "Police late
// Friday (said)".
func withoutTimeAfter(out []token) []token {
	lead := func(w string) bool { return w == "on" || w == "late" || w == "early" || w == "last" || w == "this" }
	k := len(out)
	led := false // a word tells the time is one: not "India Today"
	for k > 0 && (weekdays[out[k-1].lower] || relativeDays[out[k-1].lower] || timeOfDayWords[out[k-1].lower]) {
		led = led || lead(out[k-1].lower)
		k--
	}
	if k == len(out) {
		return out
	}
	for k > 0 && lead(out[k-1].lower) {
		k--
		led = true
	}
	if k == 0 || !led || k >= 2 && out[k-1].cap && out[k].lower == "on" && out[k-2].lower == "the" {
		return out // "The Mail on Sunday"
	}
	return out[:k]
}

// parseEntities finds capitalised names outside quotations.
func (f *facts) parseEntities(s string, toks []token, used []bool, lv lowerVocab, caps map[string]bool, dateline int) {
	seq := 0
	for i, t := range toks {
		if !t.cap || used[i] || t.start < dateline {
			continue
		}
		lw := strings.TrimSuffix(t.lower, ".")
		// A possessive day or month ("next September's election",
		// "Friday's vote") dates something; it names nobody, unless a
		// name runs on into it ("Theresa May's").
		bare := strings.TrimSuffix(strings.TrimSuffix(lw, "'s"), "’s")
		if _, isMonth := months[bare]; isMonth && bare != lw && !(i > 0 && toks[i-1].cap) || weekdays[bare] || scaleNames[lw] || commonAcronyms[lw] {
			continue
		}
		if k := strings.LastIndexByte(lw, '-'); k > 0 && tieParticiples[lw[k+1:]] {
			// "Qaeda-linked", "Tehran-backed": the name the compound
			// ties to, as "linked to Al Qaeda" names it.
			lw = lw[:k]
		}
		if _, metric := metricUnits[unitKey(lw)]; metric && i > 0 && unicode.IsDigit(firstRune(toks[i-1].text)) {
			// "1,500 MW": the unit of a figure, not a name.
			continue
		}
		if timeZones[lw] && i > 0 && (unicode.IsDigit(firstRune(toks[i-1].text)) || meridiem(strings.TrimSuffix(toks[i-1].lower, ".")) != "") {
			// "06:00 GMT", "9 pm IST": the clock of a time, not a name.
			continue
		}
		if _, isMonth := months[lw]; isMonth {
			continue
		}
		if definedAcronym(s, toks, i) || nameAcronym(s, toks, i) {
			continue // "the minimum support price (MSP)": a term, not a name
		}
		if stopWords[lw] && i > 0 && dashAfter(s, toks, i-1) {
			// "…, 21 May – About 310 workers": a sentence begun anew
			// after a dateline's dash, not a name.
			continue
		}
		initial := false
		if i == 0 || sentenceInitial(s, toks, i) || toks[i-1].start < dateline {
			initial = true
			if stopWords[lw] || sentenceStarters[lw] || lv[wordKey(lw)] || speechVerbs[lw] {
				continue
			}
			// A capitalised first word is a name only if it is seen
			// capitalised inside a sentence or starts a longer name.
			// A state or a participle ("Missing North Macedonian
			// couple found", "Stranded Qantas passengers") starts none.
			if caps != nil && !caps[wordKey(lw)] && (!(i+1 < len(toks) && toks[i+1].cap && gapIsSpace(s, t, toks[i+1])) ||
				stateWords[lw] || (strings.HasSuffix(lw, "ed") || strings.HasSuffix(lw, "ing")) && knownVerb(lw)) {
				continue
			}
		}
		seq++
		if i > 0 && toks[i-1].cap && !used[i-1] && gapIsSpace(s, toks[i-1], t) {
			seq-- // continues the previous name
		}
		if a, b, ok := strings.Cut(t.text, "-"); ok && countryish(strings.ToLower(a)) && countryish(strings.ToLower(b)) {
			// "a Slovenian-Montenegrin consortium" names the two
			// countries "Slovenian and Montenegrin firms" name.
			f.entities = append(f.entities, Fact{Facet: FacetEntity, Key: wordKey(strings.ToLower(a)), Text: a, seq: seq, initial: initial},
				Fact{Facet: FacetEntity, Key: wordKey(strings.ToLower(b)), Text: b, seq: seq + 1, initial: initial})
			seq++ // two names: one of them dropped is a change
			continue
		}
		f.entities = append(f.entities, Fact{Facet: FacetEntity, Key: wordKey(lw), Text: t.text, seq: seq, initial: initial})
	}
}

// countryish reports whether lower-case word w names a country or is its
// demonym: "montenegro", "slovenian".
func countryish(w string) bool {
	return w != "" && slices.ContainsFunc(countryWords(), func(c string) bool { return w == c || demonym(w, c) })
}

// objectAsked are the stance verbs that credit their subject only
// before whom they ask: a name or an article.
var objectAsked = set(`asked requested`)

// estimatedAt reports whether "estimated" at toks[i] hedges the figure
// right after "at", as a clause of the noun before it: "output of millet
// estimated at 34.2 million tonnes", "damage estimated at about $4
// million".
func estimatedAt(toks []token, i int) bool {
	if i == 0 || i+2 >= len(toks) || toks[i+1].lower != "at" {
		return false
	}
	if p := toks[i-1]; p.cap || sourceNouns[p.lower] || roleNouns[singular(p.lower)] || pronouns[p.lower] || estimators[p.lower] ||
		bodyKinds[singular(p.lower)] {
		return false // "which police estimated at 6,000": who made the estimate
	}
	for k := max(0, i-5); k < i; k++ {
		if w := toks[k].lower; w == "which" || w == "that" || w == "whom" {
			return false // "turnout, which observers estimated at 60 percent"
		}
	}
	n := toks[i+2].lower
	if (isoCode(toks[i+2].text) || currencyUnits[n] != "") && i+3 < len(toks) {
		n = toks[i+3].lower // "estimated at EUR 140 million", "at € 5m"
	}
	return unicode.IsDigit(firstRune(n)) || strings.HasPrefix(n, "$") || conversionApprox[n]
}

// clockPrepositions come before a time of the clock: "from 11.00".
var clockPrepositions = set(`at from until till by before after around since`)

// estimators make estimates in the news besides sources and officials.
var estimators = set(`insurers organisers organizers traders brokers engineers scientists authorities observers
monitors pollsters`)

// tieParticiples end a compound that ties something to the name before
// them: "Iran-backed", "Lagos-based", "Saudi-led", "state-owned",
// "Maltese-flagged", "Russian-made"; or to what it does: "cocoa-growing",
// "oil-producing".
var tieParticiples = set(`linked backed based led owned run funded allied aligned affiliated born bound controlled flagged registered made built listed headquartered
sponsored supported growing producing exporting importing speaking farming mining trading`)

// commonAcronyms are written in capitals but name things, not people,
// places or organisations: "state TV", "the company's CEO".
var commonAcronyms = set(`tv ceo cfo coo cto gdp ai dna hiv aids vat suv pc mp mps`)

// timeZones are the abbreviations of time zones written after a time.
var timeZones = set(`gmt utc bst ist est edt cst cdt mst mdt pst pdt cet cest eet eest wet msk aest aedt acst awst
nzst nzdt jst kst hkt sgt pkt wat eat cat sast et mt pt ct akst akdt`)

// scaleNames are capitalised names of units and scales, not of people,
// places or organisations: "degrees Celsius", "on the Richter scale".
var scaleNames = set(`celsius fahrenheit centigrade kelvin richter beaufort`)

// titleCase reports whether a sentence is written in headline style, with
// most longer words capitalised, where capitals do not mark names.
func titleCase(toks []token) bool {
	long, caps := 0, 0
	for _, t := range toks {
		if len(t.text) < 4 {
			continue
		}
		long++
		if t.cap {
			caps++
		}
	}
	return long >= 5 && caps*10 >= long*9
}

// gapIsSpace reports whether only white space, or the period of a title
// such as "Gen.", separates two tokens.
func gapIsSpace(s string, a, b token) bool {
	gap := strings.TrimSpace(s[a.start+len(a.text) : b.start])
	return gap == "" || gap == "." && titleAbbrevs[a.lower]
}

// canonPhrases rewrites equivalent multi-word expressions and expands
// contractions ("don't" → "do not"), keeping the case of the rest.
func canonPhrases(s string) string {
	if hasPhrasal(s) {
		s = phrasalRE.ReplaceAllStringFunc(s, func(m string) string {
			return phrasalCanon[strings.ToLower(m)]
		})
	}
	if strings.Contains(s, " in the morning") || strings.Contains(s, " in the afternoon") || strings.Contains(s, " in the evening") || strings.Contains(s, " at night") {
		// "nine in the morning" is "9 a.m.", "six in the evening" "6
		// p.m.".
		s = clockWordsRE.ReplaceAllStringFunc(s, func(m string) string {
			sm := clockWordsRE.FindStringSubmatch(m)
			prep, _, _ := strings.Cut(m, " ")
			n := sm[1]
			if v, ok := numberWords[strings.ToLower(n)]; ok {
				n = strconv.Itoa(int(v))
			} else if strings.EqualFold(n, "one") {
				n = "1"
			}
			switch {
			case n == "12" && sm[4] != "":
				return prep + " midnight" // "twelve at night"
			case strings.EqualFold(sm[3], "morning"):
				return prep + " " + n + " a.m."
			}
			return prep + " " + n + " p.m."
		})
	}
	if strings.Contains(s, " in the year") && !yearNamedRE.MatchString(s) {
		// "later in the year" is "later this year" where no other year
		// is named ("closed in March 2019 and reopened later in the
		// year" is not).
		s = laterInYearRE.ReplaceAllString(s, "${1} this year")
	}
	if digitRuns(s) >= 2 {
		// "October 5 to 10" is "October 5 to October 10": the second
		// day is a day of the month too.
		s = dayRanges(s)
	}
	if strings.Contains(s, "iddle of ") {
		// "the middle of March" is "mid-March".
		s = middleMonthRE.ReplaceAllString(s, "mid-$1")
	}
	if strings.Contains(s, "nder investigation") || strings.Contains(s, "nder inquiry") {
		// "The cause of the fire is under investigation": the cause is
		// not known yet, no inquiry is the news.
		s = openCauseRE.ReplaceAllString(s, "${1}not yet known")
	}
	if strings.Contains(s, " and a ") || strings.Contains(s, " and three quarters") {
		s = andAHalf(s)
	}
	if strings.ContainsAny(s, "-–") && (strings.Contains(s, "%") || strings.Contains(s, " per") || strings.Contains(s, "percent")) {
		// "30-35%" is "30% to 35%".
		s = percentRangeRE.ReplaceAllString(s, "$1$3 to $2$3")
	}
	if strings.Contains(s, "illion") && strings.ContainsAny(s, "-–") {
		// "140-160 million" is "140 million to 160 million", "$1-2
		// billion" "$1 billion to $2 billion".
		s = scaledRangeRE.ReplaceAllString(s, "$1$2 $4 to $1$3 $4")
	}
	if strings.Contains(s, "-to-") {
		// "a six-to-three vote" counts as "six to three".
		s = toTallyRE.ReplaceAllStringFunc(s, func(m string) string {
			a, rest, _ := strings.Cut(m, "-to-")
			b, noun, _ := strings.Cut(rest, " ")
			if _, ok := wordNumber(strings.ToLower(a)); !ok && !isDigits(a) && !strings.EqualFold(a, "one") {
				return m
			}
			if _, ok := wordNumber(strings.ToLower(b)); !ok && !isDigits(b) && !strings.EqualFold(b, "one") {
				return m
			}
			return a + " to " + b + " " + noun
		})
	}
	if strings.Contains(s, "illion") && (strings.Contains(s, "uarter") || strings.Contains(s, "alf")) {
		// "half a million" is "0.5 million", "a quarter of a million"
		// "0.25 million".
		s = fractionScaleRE.ReplaceAllStringFunc(s, func(m string) string {
			sub := fractionScaleRE.FindStringSubmatch(m)
			switch w := strings.ToLower(sub[1]); {
			case strings.HasPrefix(w, "three"):
				return "0.75 " + sub[2]
			case strings.Contains(w, "half"):
				return "0.5 " + sub[2]
			}
			return "0.25 " + sub[2]
		})
	}
	if strings.Contains(s, "s of ") && (strings.Contains(s, "housands") || strings.Contains(s, "illions")) {
		// "tens of thousands" is one vague count, larger than
		// "thousands": written as one word (see numberWords).
		s = vagueScaleRE.ReplaceAllString(s, "$1-of-$2")
	}
	if strings.Contains(s, "ouble ") || strings.Contains(s, "reble ") || strings.Contains(s, "riple ") || strings.Contains(s, "uadruple ") {
		// "triple the usual level" is "three times the usual level",
		// "double last year's" "twice last year's".
		s = replaceWhere(s, multipleWordRE, func(m, before, after string) (string, bool) {
			// "won the treble the following season", "scored a double
			// the week before", "the domestic treble the next year":
			// the word a noun, after its article, no multiple ("cost
			// the city double the estimate" is one).
			bw, aw := strings.Fields(strings.ToLower(before)), strings.Fields(strings.ToLower(after))
			if len(bw) > 0 && (multipleNounDeterminers[bw[len(bw)-1]] ||
				len(bw) > 1 && articleWords[bw[len(bw)-2]] && len(aw) > 0 && timeAfterNoun[strings.Trim(aw[0], ",.;:")]) {
				return "", false
			}
			w, rest, _ := strings.Cut(m, " ")
			return multipleWords[strings.ToLower(w)] + " " + rest, true
		})
	}
	if strings.Contains(s, "illion-") || strings.Contains(s, "thousand-") {
		// "a 2.4 million-euro restoration" is "2.4 million euro", as
		// "2.4-million-euro" is.
		s = scaleHyphenRE.ReplaceAllString(s, "$1 $2")
	}
	if strings.Contains(s, "the clock") {
		// "works around the clock" is "works 24 hours a day".
		// Not "gathered around the clock tower".
		s = replaceWhere(s, roundClockRE, func(_, _, after string) (string, bool) {
			if aw := strings.Fields(strings.ToLower(after)); len(aw) > 0 && clockNouns[strings.Trim(aw[0], ",.;:")] {
				return "", false
			}
			return "24 hours a day", true
		})
	}
	if ratioAhead(s) {
		// "six in ten debtors" is "60% of debtors", "one out of five"
		// "20%".
		s = ratioShares(s)
	}
	if strings.Contains(s, "bp") {
		// "25bps", "25 bp": basis points, written in lower case ("25
		// BP stations" are the company's).
		s = basisPointsRE.ReplaceAllString(s, "$1 basis points")
	}
	if strings.Contains(s, "two sides") {
		// "the two sides would meet again": the parties of a talk,
		// both of them, not a count.
		s = strings.ReplaceAll(strings.ReplaceAll(s, "the two sides", "both sides"), "The two sides", "Both sides")
	}
	if strings.Contains(s, "-of-") {
		// "Mum-of-two Kelly Armstrong" is "a mother of two": the count
		// of children, read as a number.
		s = parentOfRE.ReplaceAllString(s, "$1 of $2")
	}
	if strings.Contains(s, "decade") {
		s = decadeRE.ReplaceAllString(s, "${1}10 years$2")
	}
	if strings.Contains(s, "fortnight") {
		// "once a fortnight" is "every two weeks".
		s = everyFortnightRE.ReplaceAllString(s, "every two weeks")
	}
	if strings.Contains(s, "century") || strings.Contains(s, "fortnight") {
		s = spanWordRE.ReplaceAllStringFunc(s, func(m string) string {
			sm := spanWordRE.FindStringSubmatch(m)
			if strings.EqualFold(sm[1], "after ") && strings.Contains(strings.ToLower(sm[2]), "century") {
				return m // "after a century from Kohli": a batter's hundred
			}
			return sm[1] + spanWordLengths[strings.ToLower(sm[2])] + sm[3]
		})
	}
	return expandContractions(s)
}

// andAHalfRE matches a count with a half or a quarter more, in words or
// figures ("four and a half years", "2 and a quarter", "one and a half
// million"), and a unit and a half ("a year and a half", "an hour and a
// half").
var andAHalfRE = regexp.MustCompile(`(?i)\b((?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(?:one|two|three|four|five|six|seven|eight|nine)|\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty) and (a half|a quarter|three quarters)\b|\b(?:a|an|one) (year|hour|day|week|month|decade|century|mile|metre|meter|kilometre|kilometer|minute|season|term) and a half\b`)

// scaledRangeRE matches a range whose scale word follows its second end
// only: "140-160 million".
// percentRangeRE matches a range of percentages written with a dash:
// "30-35%", "2.5–3 per cent".
var percentRangeRE = regexp.MustCompile(`\b(\d+(?:\.\d+)?)[-–](\d+(?:\.\d+)?)( ?%| per ?cent| percent)`)

var scaledRangeRE = regexp.MustCompile(`([$€£¥₹]?)\b(\d[\d,]*(?:\.\d+)?)[-–](\d[\d,]*(?:\.\d+)?) (million|billion|trillion)\b`)

// toTallyRE matches two words joined by "-to-" before the word of a vote
// or result: "a six-to-three vote" (a "nine-to-five job" counts nothing).
var toTallyRE = regexp.MustCompile(`\b[A-Za-z0-9]+-to-[A-Za-z0-9]+ (vote|votes|majority|decision|ruling|margin|split|verdict|win|victory|defeat)\b`)

// basisPointsRE matches a number of basis points abbreviated in lower
// case: "25bps", "50 bp".
var basisPointsRE = regexp.MustCompile(`\b(\d+(?:\.\d+)?) ?bps?\b`)

// fractionScaleRE matches a half, a quarter or three quarters of a scale
// word: "half a million", "a quarter of a million", "three-quarters of a
// billion".
// vagueScaleRE matches a vague count of a larger scale: "tens of
// thousands", "hundreds of millions".
var vagueScaleRE = regexp.MustCompile(`(?i)\b(tens|hundreds) of (thousands|millions)\b`)

// ratioShareRE matches a share told as a ratio of small numbers: "six
// in ten", "one out of five", "3 in 10".
var ratioShareRE = regexp.MustCompile(`(?i)\b(one|two|three|four|five|six|seven|eight|nine|\d{1,2}) (?:in|out of) (two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|\d{1,3})\b( of)?`)

// ratioNotBefore and ratioNotAfter stand before or after a ratio of
// ratioShareRE that counts no share: "children under five in 12
// districts", "won five in six matches", "one in ten years".
var (
	ratioNotBefore = set(`under over aged age ages won lost drew scored beat winning losing`)
	ratioNotAfter  = set(`years year months month weeks week days day hours hour minutes minute seconds games matches rounds`)
)

// ratioAhead reports whether s may hold a share told as a ratio: a word
// of a number or a digit right before " in " or " out of ". It is the
// cheap test before ratioShareRE.
func ratioAhead(s string) bool {
	for _, sep := range [2]string{" in ", " out of "} {
		for k := 0; ; {
			i := strings.Index(s[k:], sep)
			if i < 0 {
				break
			}
			i += k
			// The word is the run of letters and digits before the
			// separator, as ratioShareRE's \b reads it: "(one in five",
			// "—one in three", "\"one in five".
			j := i
			for j > 0 && isASCIIAlnum(s[j-1]) {
				j--
			}
			if w := strings.ToLower(s[j:i]); w != "" && (w[0] >= '0' && w[0] <= '9' || w == "one" || isWordNumber(w)) {
				return true
			}
			k = i + 1
		}
	}
	return false
}

// isASCIIAlnum reports whether b is an ASCII letter or digit.
func isASCIIAlnum(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9'
}

// ratioShares writes the shares of s told as ratios (ratioShareRE) as
// percentages: "six in ten" is "60%", "six in ten of" "60% of". A ratio
// of one whole or more, or one of a larger number ("one in 100,000"),
// is left as it is.
func ratioShares(s string) string {
	var b strings.Builder
	last := 0
	num := func(w string) float64 {
		if strings.EqualFold(w, "one") {
			return 1
		}
		if v, ok := wordNumber(strings.ToLower(w)); ok {
			return v
		}
		v, _ := strconv.ParseFloat(w, 64)
		return v
	}
	for _, m := range ratioShareRE.FindAllStringSubmatchIndex(s, -1) {
		if m[1] < len(s) && (s[m[1]] == ',' || s[m[1]] == '.') && m[1]+1 < len(s) && s[m[1]+1] >= '0' && s[m[1]+1] <= '9' {
			continue
		}
		if prev := strings.Fields(s[:m[0]]); len(prev) > 0 && ratioNotBefore[strings.ToLower(strings.Trim(prev[len(prev)-1], ",;:"))] {
			continue // "children under five in 12 districts", "won five in six matches"
		}
		if next := strings.Fields(s[m[1]:]); m[6] < 0 && len(next) > 0 && ratioNotAfter[strings.ToLower(strings.Trim(next[0], ",.;:"))] {
			continue // "one in ten years", "three in five minutes"
		}
		a, d := num(s[m[2]:m[3]]), num(s[m[4]:m[5]])
		if a <= 0 || d <= 0 || a >= d {
			continue
		}
		b.WriteString(s[last:m[0]])
		// A share that is no whole percent is said in whole ones ("one
		// in three" is "33 percent"), but for a half ("one in eight" is
		// "12.5%").
		pct := 100 * a / d
		if r := math.Round(pct); math.Abs(pct-r) > 0.01 && math.Abs(math.Abs(pct-r)-0.5) > 0.01 {
			pct = r
		}
		b.WriteString(strconv.FormatFloat(math.Round(10*pct)/10, 'f', -1, 64) + "% of")
		last = m[1]
	}
	if last == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}

var fractionScaleRE = regexp.MustCompile(`(?i)\b((?:a|one|three|three-) ?quarters? of an?|half an?|an? half|one half) (million|billion|trillion)\b`)

// decadeRE matches "a decade", ten years ("more than a decade" is "over
// ten years").
var decadeRE = regexp.MustCompile(`(?i)\b(more than |over |nearly |almost |about |in |for )(?:a|one) decade([^-\pL]|$)`)

// parentOfRE matches a parent named by their count of children in one
// hyphenated word: "mum-of-two", "father-of-three".
var parentOfRE = regexp.MustCompile(`(?i)\b(mum|mom|mother|dad|father|grandmother|grandfather|gran|grandma|grandpa|parent)-of-([a-z]+|\d+)\b`)

// laterInYearRE matches "later in the year", "earlier in the year".
var laterInYearRE = regexp.MustCompile(`(?i)\b(later|earlier) in the year\b`)

// yearNamedRE finds a year written in figures.
var yearNamedRE = regexp.MustCompile(`\b(19|20)\d\d\b`)

// clockWordsRE matches an hour of the clock told by the part of the day:
// "nine in the morning", "6 o'clock in the evening", "eleven at night".
var clockWordsRE = regexp.MustCompile(`(?i)\b(?:at|by|from|until|till|before|after|around|about|since|to|past) (one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[1-9]|1[0-2])( o'clock| o’clock)? (?:in the (morning|afternoon|evening)|at (night))\b`)

// holderNamed reports whether "by" follows the verb at toks[i] within
// its clause: "was regarded as a betrayal by local sailors" names who
// holds the view.
func holderNamed(s string, toks []token, i int) bool {
	for k := i + 1; k < len(toks) && k <= i+8; k++ {
		if clauseBreak(s[toks[k-1].start+len(toks[k-1].text) : toks[k].start]) {
			return false
		}
		if toks[k].lower == "by" {
			return true
		}
	}
	return false
}

// forecasterNouns are those whose expectation is a forecast, and
// forecasterVerbs the verbs of their forecasts.
var forecasterNouns = set(`forecasters forecaster meteorologists meteorologist`)

var forecasterVerbs = set(`expect expects expected predict predicts predicted predicting forecast forecasts forecasting`)

// ageDecade returns the decade of age that token i names after a
// possessive ("her 70s", "his early thirties", "their mid-20s"), as the
// figure of its first year ("70"), or "".
func ageDecade(toks []token, i int) string {
	lw := strings.TrimPrefix(strings.TrimRight(toks[i].lower, ".,;"), "mid-")
	d := decadeWords[lw]
	if d == "" {
		w := strings.TrimSuffix(strings.TrimSuffix(lw, "s"), "'")
		if len(w) != 2 || w[1] != '0' || w[0] < '1' || w[0] > '9' || !strings.HasSuffix(lw, "s") {
			return ""
		}
		d = w
	}
	k := i - 1
	for k >= 0 && (toks[k].lower == "early" || toks[k].lower == "mid" || toks[k].lower == "late") {
		k--
	}
	if k < 0 || !possessiveWords[toks[k].lower] {
		return ""
	}
	return d
}

// decadeWords are the decades of age written in words.
var decadeWords = map[string]string{"teens": "10", "twenties": "20", "thirties": "30", "forties": "40", "fifties": "50",
	"sixties": "60", "seventies": "70", "eighties": "80", "nineties": "90"}

// possessiveWords are the possessive determiners of people.
var possessiveWords = set(`his her their its my our your`)

// spanWordRE matches a span of time named by one word: "more than a
// century", "in half a century", "after a fortnight", "for at least a
// fortnight".
var spanWordRE = regexp.MustCompile(`(?i)\b(more than |over |nearly |almost |about |in |for |after |within |least |only |just )(a century|one century|half a century|a fortnight|one fortnight)([^-\pL]|$)`)

// everyFortnightRE matches a rate of once in two weeks: "once a
// fortnight", "every fortnight".
var everyFortnightRE = regexp.MustCompile(`(?i)\b(?:once (?:a|every|each) |every |each )fortnight\b`)

// spanWordLengths give the spans spanWordRE matches in years or weeks.
var spanWordLengths = map[string]string{"a century": "100 years", "one century": "100 years", "half a century": "50 years",
	"a fortnight": "two weeks", "one fortnight": "two weeks"}

// fractionWords are the decimals of the fractions andAHalfRE reads.
var fractionWords = map[string]string{"a half": ".5", "a quarter": ".25", "three quarters": ".75"}

// halfAgain gives a unit and a half in a smaller unit.
var halfAgain = map[string]string{"year": "18 months", "hour": "90 minutes", "day": "36 hours", "minute": "90 seconds",
	"decade": "15 years", "century": "150 years"}

// andAHalf writes the counts andAHalfRE matches as decimals: "four and a
// half years" → "4.5 years", "a year and a half" → "18 months", so that
// they compare with the same count in figures and differ from "four
// years".
func andAHalf(s string) string {
	return andAHalfRE.ReplaceAllStringFunc(s, func(m string) string {
		sub := andAHalfRE.FindStringSubmatch(m)
		if sub[3] != "" {
			// In the smaller unit where one is whole: "a year and a
			// half" is "18 months".
			if w, ok := halfAgain[strings.ToLower(sub[3])]; ok {
				return w
			}
			return "1.5 " + sub[3] + "s"
		}
		n, err := strconv.Atoi(sub[1])
		if err != nil {
			n = 1 // "one", which numberWords leaves out
			if v, ok := wordNumber(strings.ToLower(sub[1])); ok {
				n = int(v)
			}
		}
		return strconv.Itoa(n) + fractionWords[strings.ToLower(sub[2])]
	})
}

// yearRE matches a year of the last two centuries written alone.
var yearRE = regexp.MustCompile(`^(19|20)\d\d$`)

// multipleWordRE finds a multiplier word before what it multiplies:
// "double the figure", "triple last year's", "treble that of 2020".
var multipleWordRE = regexp.MustCompile(`(?i)\b(?:double|treble|triple|quadruple) (?:the|that|those|its|their|his|her|our|last|what)\b`)

// multipleWords write a multiplier word as a count of times.
var multipleWords = map[string]string{"double": "twice", "treble": "three times", "triple": "three times", "quadruple": "four times"}

// multipleNounDeterminers stand before a multiplier word used as a
// noun: "the treble", "a double" (and an article two words before it,
// "the domestic treble").
var multipleNounDeterminers = set(`a an the this that his her its their our your my`)

// timeAfterNoun open the time told after a multiplier word used as a
// noun: "the domestic treble the following season".
var timeAfterNoun = set(`following next same week year season month day weekend`)

// clockNouns are the things "the clock" names in "around the clock
// tower", not all day and night.
var clockNouns = set(`tower towers face faces hand hands`)

// replaceWhere replaces each match of re in s by what repl returns for
// it, given the text before and after the match, unless repl declines.
func replaceWhere(s string, re *regexp.Regexp, repl func(m, before, after string) (string, bool)) string {
	idx := re.FindAllStringIndex(s, -1)
	if idx == nil {
		return s
	}
	var b strings.Builder
	last := 0
	for _, ix := range idx {
		r, ok := repl(s[ix[0]:ix[1]], s[:ix[0]], s[ix[1]:])
		if !ok {
			continue
		}
		b.WriteString(s[last:ix[0]])
		b.WriteString(r)
		last = ix[1]
	}
	b.WriteString(s[last:])
	return b.String()
}

// scaleHyphenRE finds a scale joined to the unit after it, after a
// number: "2.4 million-euro", "5 billion-dollar".
var scaleHyphenRE = regexp.MustCompile(`(?i)(\d (?:thousand|million|billion|trillion))-([a-z])`)

// roundClockRE finds "around the clock", "round the clock": all day and
// all night.
var roundClockRE = regexp.MustCompile(`(?i)\b(?:a?round|all) the clock\b`)

// monthDayRangeRE matches a range of days of one month: "October 5 to
// 10", "Oct. 5-10", "5 to 10 October", "between March 3 and 7".
var monthDayRangeRE = regexp.MustCompile(`\b(` + monthNamePattern + `)(\.? )(\d{1,2})(?:st|nd|rd|th)?( ?[-–] ?| to | through | until | till | and )(\d{1,2})(?:st|nd|rd|th)?\b|` +
	`\b(\d{1,2})(?:st|nd|rd|th)?( ?[-–] ?| to | and )(\d{1,2})(?:st|nd|rd|th)? (` + monthNamePattern + `)\b`)

// monthNamePattern matches a month's name, capitalised, whole or cut
// short.
const monthNamePattern = `January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec`

// rangeEnders are the words that may follow a range of days; any other
// word makes its second figure a count ("October 5 to 10 people").
var rangeEnders = set(`in at and or this next last but when as while with for after before on of the a an
its their his her during`)

// rangeOpeners end the words before a range of days told with "to":
// "runs October 5 to 10", "held October 5 to 10".
var rangeOpeners = []string{"run ", "runs ", "running ", "ran ", "held ", "take place ", "takes place ", "open ", "opens ",
	"scheduled ", "planned ", "set for ", "lasts ", "last ", "closed ", "close ", "for ", "covering ", "covers "}

// dayRanges writes each range of days of one month in text s with the
// month at both ends: "October 5 to 10" → "October 5 to October 10", "5
// to 10 October" → "5 October to 10 October". "and" joins a range only
// after "between", or two days running after "on", and "to" before the
// month only after "from" or a verb of a period ("runs"); the second
// figure is a day only when it is greater than the first, and when no
// unit, time or noun follows it (a verb in the past may follow two days
// running).
func dayRanges(s string) string {
	return replaceWhere(s, monthDayRangeRE, func(m, before, after string) (string, bool) {
		g := monthDayRangeRE.FindStringSubmatch(m)
		month, dot, first, sep, second := g[1], g[2], g[3], g[4], g[5]
		dayFirst := month == ""
		if dayFirst {
			month, first, sep, second = g[9], g[6], g[7], g[8]
		}
		a, _ := strconv.Atoi(first)
		z, _ := strconv.Atoi(second)
		if a < 1 || z <= a || z > 31 {
			return "", false
		}
		// The words just before the range: "between", "from", "runs".
		before = strings.ToLower(before[max(0, len(before)-16):])
		switch strings.TrimSpace(sep) {
		case "and":
			// "between March 3 and 7"; "on September 14 and 15", two
			// days running.
			if !strings.HasSuffix(before, "between ") && !(strings.HasSuffix(before, "on ") && z == a+1) {
				return "", false
			}
		case "to", "through", "until", "till":
			// "from October 5 to 10", "runs October 5 to 10"; "rose
			// on May 4 to 15" is a count reached on a day.
			// With its month after it ("covering 11 to 17 July") the
			// range is one whatever stands before it.
			if !dayFirst && !strings.HasSuffix(before, "from ") && !slices.ContainsFunc(rangeOpeners, func(w string) bool { return strings.HasSuffix(before, w) }) {
				return "", false
			}
		case "-", "–":
			sep = " to " // "Oct. 5-Oct. 10" would read as one word
		}
		if dayFirst {
			return first + " " + month + sep + second + " " + month, true
		}
		if !rangeEnds(after) && !(strings.TrimSpace(sep) == "and" && pastVerbAfter(after)) {
			return "", false
		}
		return month + dot + first + sep + month + dot + second, true
	})
}

// pastVerbAfter reports whether text rest opens with a verb in the past
// tense: "(on September 14 and 15) damaged 31 rooms".
func pastVerbAfter(rest string) bool {
	w, _, _ := strings.Cut(strings.TrimLeft(rest, " "), " ")
	return len(w) > 4 && strings.HasSuffix(w, "ed") && strings.ToLower(w) == w
}

// rangeEnds reports whether text rest, after a range's second figure,
// lets the figure be a day: the text ends, punctuation or a year
// follows, or a word of rangeEnders.
func rangeEnds(rest string) bool {
	t := strings.TrimLeft(rest, " ")
	if t == "" {
		return true
	}
	switch c := t[0]; {
	case c == ',' && len(t) > 2 && t[1] == ' ' && t[2] >= '0' && t[2] <= '9':
		return true // "October 5 to 10, 2025"
	case c == ':' || c == '%' || c >= '0' && c <= '9':
		return false
	case c == '.' && len(t) > 1 && t[1] >= '0' && t[1] <= '9':
		return false
	case !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'):
		return true
	}
	if len(rest) > 0 && rest[0] != ' ' {
		return false // "10am", "10th-century"
	}
	return rangeEnders[strings.ToLower(firstWord(t))] || unicode.IsUpper(rune(t[0])) && !strings.HasPrefix(t, "GMT") && !strings.HasPrefix(t, "UTC")
}

// middleMonthRE matches "the middle of" a month or a year.
var middleMonthRE = regexp.MustCompile(`(?i)\b(?:the )?middle of ((?:jan|febr)uary|march|april|may|june|july|august|(?:sept|nov|dec)ember|october|(?:19|20)\d\d)\b`)

// agreeVerbs settle a deal, which "in principle" leaves tentative:
// "agreed in principle", "approved in principle".
var agreeVerbs = set(`agree agreed agrees approve approved approves accept accepted accepts back backed backs endorse endorsed endorses`)

// openCauseWords name what an inquiry into a thing looks for: "an
// investigation into the cause of", "the cause is under investigation".
const openCauseWords = `cause causes circumstances origin origins reason reasons motive source`

// openCauseNouns is openCauseWords as a set.
var openCauseNouns = set(openCauseWords)

// openAfter are the words after "too early to say" that leave a matter
// open: "what", "whether".
var openAfter = set(`what whether how why who when where if which`)

// openCauseRE matches a cause or motive said to be under investigation.
var openCauseRE = regexp.MustCompile(`(?i)(\b(?:` + strings.Join(strings.Fields(openCauseWords), "|") + `)\b[^.;:!?]{0,60}?\b(?:is|are|was|were|remains?|remained) (?:still |now )?)under (?:investigation|inquiry)`)

// hasPhrasal reports whether s may hold a key of phrasalCanon: whether
// two neighbouring words of s, lower-cased, start one.
func hasPhrasal(s string) bool {
	var buf [48]byte
	prevStart, start := -1, -1
	for i := 0; i <= len(s); i++ {
		letter := i < len(s) && ('a' <= s[i]|0x20 && s[i]|0x20 <= 'z')
		switch {
		case letter && start < 0:
			start = i
		case !letter && start >= 0:
			if prevStart >= 0 && s[start-1] == ' ' && i-prevStart <= len(buf) {
				n := copy(buf[:], s[prevStart:i])
				for k := range n {
					buf[k] |= 0x20 // ASCII letters and the space are unchanged
				}
				if phrasalBigrams[string(buf[:n])] {
					return true
				}
			}
			prevStart, start = start, -1
			if i < len(s) && s[i] != ' ' {
				prevStart = -1 // punctuation ends the pair
			}
		}
	}
	return false
}

// phrasalBigrams holds the first two words of every key of phrasalCanon.
var phrasalBigrams = func() map[string]bool {
	m := make(map[string]bool)
	for k := range phrasalCanon {
		f := strings.Fields(k)
		m[f[0]+" "+f[1]] = true
	}
	return m
}()

// contractionRE matches the contractions expandContractions spells out.
var contractionRE = regexp.MustCompile(`(?i)\b(\w+)n't\b|\b(\w+)'(re|ve|ll|m|d)\b|\bcannot\b`)

// expandContractions spells out negative and auxiliary contractions of
// folded text: "don't" → "do not", "won't" → "will not", "they're" →
// "they are".
func expandContractions(s string) string {
	if strings.IndexByte(s, '\'') < 0 && !strings.Contains(s, "annot") && !strings.Contains(s, "ANNOT") {
		return s
	}
	low := strings.ToLower(s)
	if !strings.Contains(low, "annot") && !strings.Contains(low, "n't") && !strings.Contains(low, "'re") &&
		!strings.Contains(low, "'ve") && !strings.Contains(low, "'ll") && !strings.Contains(low, "'m") && !strings.Contains(low, "'d") {
		return s
	}
	return contractionRE.ReplaceAllStringFunc(s, func(m string) string {
		low := strings.ToLower(m)
		if low == "cannot" {
			return m[:3] + " not"
		}
		if stem, ok := strings.CutSuffix(low, "n't"); ok {
			switch stem {
			case "wo":
				return "will not"
			case "ca":
				return "can not"
			case "sha":
				return "shall not"
			}
			return m[:len(stem)] + " not"
		}
		i := strings.LastIndexByte(m, '\'')
		suffix := map[string]string{"re": "are", "ve": "have", "ll": "will", "m": "am", "d": "would"}[low[i+1:]]
		return m[:i] + " " + suffix
	})
}

// sentenceInitial reports whether token i follows a colon or opening
// quote, where capitals are not evidence of a name.
func sentenceInitial(s string, toks []token, i int) bool {
	between := s[toks[i-1].start+len(toks[i-1].text) : toks[i].start]
	return strings.ContainsAny(between, ":\"")
}

// singular strips a regular plural ending from a word key: "judges" is
// "judge", "authorities" is "authority".
func singular(w string) string {
	switch {
	case len(w) > 4 && strings.HasSuffix(w, "ies"):
		return w[:len(w)-3] + "y"
	case len(w) > 4 && sibilantPlural(w):
		return w[:len(w)-2] // "inches", "boxes", "bushes", "losses"
	case len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is"):
		return w[:len(w)-1]
	}
	return w
}

// imminent reports whether token i starts a phrase saying an event is
// about to happen but has not: "close to signing", "near to agreeing",
// "on the verge of", "on the brink of", "poised to", "was about to".
func imminent(toks []token, i int) bool {
	lw := toks[i].lower
	next := func(k int) string {
		if i+k < len(toks) {
			return toks[i+k].lower
		}
		return ""
	}
	switch lw {
	case "close", "closer", "near", "nearer":
		n2 := next(2)
		return next(1) == "to" && len(n2) > 5 && strings.HasSuffix(n2, "ing") && !toks[i+2].cap
	case "verge", "brink":
		return i >= 2 && toks[i-1].lower == "the" && toks[i-2].lower == "on" && next(1) == "of"
	case "about":
		// "the lender was about to collapse", not "fell about 5%".
		n2 := next(2)
		return i > 0 && beVerbs[toks[i-1].lower] && next(1) == "to" && n2 != "" && !toks[i+2].cap && !unicode.IsDigit(firstRune(n2)) && !stopWords[n2]
	case "poised":
		return next(1) == "to"
	case "projected", "predicted", "tipped":
		// "was projected to win", "is tipped to succeed him": a
		// prediction, not a result. ("forecast to fall" is the
		// weather's, which "forecasters expect" retells; an active
		// "expects … to" is read as no hedge, so neither is this.)
		return next(1) == "to" && passiveBefore(toks, i)
	case "set":
		// "looked set to become": likely, as "was expected to".
		return next(1) == "to" && i > 0 && appearVerbs[toks[i-1].lower]
	case "course", "track":
		// "on course to win", "on track to meet the target", "on
		// course for victory"; not a ship "on course to Rotterdam" or
		// "to the port".
		if i == 0 || toks[i-1].lower != "on" || i+2 >= len(toks) {
			return false
		}
		// "On track for" is no ship's ("on track for completion").
		return next(1) == "to" && !toks[i+2].cap && !nounDeterminers[next(2)] && unicode.IsLetter(firstRune(next(2))) ||
			next(1) == "for" && (outcomeAhead(toks, i+2) || lw == "track" && !toks[i+2].cap)
	case "heading", "headed":
		// "was heading for victory", "for a landslide", not a train
		// "heading for Dhaka" or "for the coast".
		return next(1) == "for" && i > 0 && beVerbs[toks[i-1].lower] && outcomeAhead(toks, i+2)
	}
	return false
}

// outcomeAhead reports whether one of the few words from toks[k] names an
// outcome a contest or a trend may come to ("victory", "a landslide", "a
// record", "recession"), not a place.
func outcomeAhead(toks []token, k int) bool {
	for j := k; j < len(toks) && j < k+3; j++ {
		if toks[j].cap {
			return false
		}
		if outcomeNouns[toks[j].lower] {
			return true
		}
	}
	return false
}

// outcomeNouns are the outcomes "heading for" and "on course for"
// predict.
var outcomeNouns = set(`victory victories win wins defeat defeats loss losses landslide majority record recession slump
collapse default relegation promotion title term draw runoff run-off clash showdown shutdown deficit surplus
failure bankruptcy crisis disaster trouble fall completion`)

// talksAt reports whether toks[i] is "talks" (or "negotiations") in a
// step a subject is weighing: "is in talks to buy", "remain in advanced
// negotiations to", not the talks where something happened ("the
// breakthrough came in talks to end the war").
func talksAt(toks []token, i int) bool {
	if lw := toks[i].lower; lw != "talks" && lw != "negotiations" || i+1 >= len(toks) || toks[i+1].lower != "to" {
		return false
	}
	j := i - 1
	if j > 0 && toks[j].lower != "in" && !toks[j].cap && toks[j-1].lower == "in" {
		j-- // "in advanced talks to"
	}
	if j < 1 || toks[j].lower != "in" {
		return false
	}
	k := j - 1
	if k > 0 && (toks[k].lower == "now" || toks[k].lower == "still" || toks[k].lower == "already" || toks[k].lower == "also") {
		k--
	}
	return beVerbs[toks[k].lower] || remainVerbs[toks[k].lower]
}

// remainVerbs keep a subject in a state: "remains in talks".
var remainVerbs = set(`remain remains remained remaining`)

// daredActs are done at a risk, not put at it: "families risked crossing
// the river at night" crossed it.
// ("risks leaving thousands without power", "risked going under" are
// outcomes.)
var daredActs = set(`crossing travelling traveling returning venturing walking swimming sailing entering staying
speaking defying fleeing`)

// headlineSetTo reports whether "set" at toks[i] opens a timetable
// without its verb of being, as headlines write it: a subject before it
// and "to" with a verb of the synonym table after it ("Morocco set to
// extend subsidies", "with Shimizu set to win his 50th cap"); not "set to
// work", "set to music" or "a deadline set to the end of May". ("due
// to" is left out: "fell due to lower acreage" gives a cause.)
func headlineSetTo(toks []token, i int) bool {
	if i == 0 || i+2 >= len(toks) || toks[i+1].lower != "to" || passiveBefore(toks, i) || determinerWords[toks[i-1].lower] {
		return false
	}
	v := toks[i+2].lower
	return !toks[i+2].cap && v != "work" && knownVerb(v) && !strings.HasSuffix(v, "ed") && !strings.HasSuffix(v, "ing")
}

// headlineTo reports whether toks[i], a "to", opens the plan of a
// headline without its verb of being: sentence s is short and has no
// final stop, a noun stands before the "to" with no verb anywhere before
// it, and a verb of the synonym table in its base form follows ("Fiji
// parliament to vote on bill", "Vietnam to approve emergency aid").
func headlineTo(s string, toks []token, i int) bool {
	if i == 0 || i+1 >= len(toks) || len(toks) > 16 || strings.HasSuffix(strings.TrimSpace(s), ".") {
		return false
	}
	v := toks[i+1].lower
	if toks[i+1].cap && i+1 > 0 || !baseVerb(v) {
		return false
	}
	prev := toks[i-1].lower
	if stopWords[prev] || determinerWords[prev] || indefinitePronouns[prev] || unicode.IsDigit(firstRune(prev)) {
		return false // "nothing to suggest", "no one to blame"
	}
	if len(prev) > 4 && strings.HasSuffix(prev, "ed") && !toks[i-1].cap || irregularForm(prev, prev) {
		// "Herder trampled to death", "Man sentenced to hang", "Four
		// taken to hospital": a participle's "to"
		return false
	}
	for _, t := range toks[:i] {
		if beVerbs[t.lower] || knownVerb(t.lower) || modalVerbs[t.lower] {
			return false // "Police move to evacuate", "Talks set to resume": a verb of its own
		}
	}
	return true
}

// indefinitePronouns stand for no one thing: "nothing to suggest",
// "somewhere to stay".
var indefinitePronouns = set(`nothing something anything everything nobody somebody anybody everybody someone anyone everyone nowhere somewhere anywhere`)

// tallyBefore reports whether toks[i], after a "to", closes a tally: a
// count stands right before the "to", or before the noun before it
// ("four to one", "four votes to one").
func tallyBefore(toks []token, i int) bool {
	num := func(k int) bool {
		if k < 0 {
			return false
		}
		_, isWord := wordNumber(toks[k].lower)
		return isWord || unicode.IsDigit(firstRune(toks[k].lower))
	}
	return num(i-2) || i >= 3 && num(i-3) && !stopWords[toks[i-2].lower]
}

// riskVerbs put an outcome at risk: "risks pushing", "risked losing".
var riskVerbs = set(`risk risks risked risking`)

// timeSide adds, after a time of the clock keyed key and written text,
// the side of it that the word before it, prev, gives: "shortly before 11
// a.m." and "shortly after 11 a.m." are other times. It is weak: it counts
// only against another side of a time ("at 11 a.m." → "shortly after 11
// a.m." adds a detail).
func (f *facts) timeSide(prev, key, text string) {
	if prev == "before" || prev == "after" {
		f.dates = append(f.dates, Fact{Facet: FacetDate, Key: "side:" + prev + " " + key, Text: prev + " " + text, weak: true})
	}
}

// appearVerbs tell how a thing looks: "looked set to", "seems set to".
var appearVerbs = set(`look looks looked looking seem seems seemed appear appears appeared`)

// parseTitles finds names preceded by a title of role nouns and rank
// words, possibly led by capitalised words naming an organisation or
// place: "Deputy mayor Arjun Pillai", "Rovena coach Marta Ibsen",
// "Chief executive Lotte Brandt".
func (f *facts) parseTitles(s string, toks []token) {
	isTitle := func(lw string) bool {
		lw = strings.TrimSuffix(lw, ".")
		return roleNouns[lw] || titleWords[lw] || titleAbbrevs[lw] || rankWords[lw]
	}
	for i := 1; i < len(toks); i++ {
		t := toks[i]
		if !t.cap || isTitle(t.lower) || !isTitle(toks[i-1].lower) {
			continue
		}
		// "the board's secretary, Ana Ruiz": a title set before the
		// name with a comma, as a described role.
		apposed := !gapIsSpace(s, toks[i-1], t) && s[toks[i-1].start+len(toks[i-1].text):t.start] == ", "
		if !gapIsSpace(s, toks[i-1], t) && !apposed {
			continue
		}
		// "Deputy Agriculture Minister Kabwe Siamutwa": a rank word
		// opens a title that goes on in capitals; the name starts after
		// the title's last role word.
		if rankWords[strings.TrimSuffix(toks[i-1].lower, ".")] && !apposed {
			last := -1
			for k := i; k < len(toks) && k-i < 4 && toks[k].cap && gapIsSpace(s, toks[k-1], toks[k]); k++ {
				if isTitle(toks[k].lower) {
					last = k
				}
			}
			if last >= 0 && last+1 < len(toks) && toks[last+1].cap && !isTitle(toks[last+1].lower) && gapIsSpace(s, toks[last], toks[last+1]) {
				i = last + 1
				t = toks[i]
			}
		}
		// The title: back over title words, capitalised words and the
		// lower-case words naming a portfolio ("housing spokesperson").
		start := i
		for k := i - 1; k >= 0 && i-k <= 4; k-- {
			if k < i-1 && !gapIsSpace(s, toks[k], toks[k+1]) {
				break
			}
			// "assistant national statistician": a word between a rank
			// and its role belongs to the title.
			ranked := k > 0 && rankWords[toks[k-1].lower] && gapIsSpace(s, toks[k-1], toks[k]) && plainWord(toks[k].lower) && !stopWords[toks[k].lower]
			if !isTitle(toks[k].lower) && !toks[k].cap && !(portfolioWord(toks[k].lower) && portfolioBefore(toks, k)) && !ranked {
				break
			}
			start = k
		}
		if apposed && (start == 0 || !determinerWords[toks[start-1].lower] && !strings.HasSuffix(toks[start-1].lower, "'s")) {
			continue
		}
		// The name: on over capitalised words.
		end := i
		for end+1 < len(toks) && toks[end+1].cap && gapIsSpace(s, toks[end], toks[end+1]) {
			end++
		}
		tn := titledName{name: wordKey(strings.TrimSuffix(toks[end].lower, "'s"))}
		var txt []string
		for k := start; k <= end; k++ {
			txt = append(txt, toks[k].text)
			if k >= i {
				continue
			}
			lw := strings.TrimSuffix(toks[k].lower, ".")
			switch {
			case rankWords[lw]:
				tn.ranks = append(tn.ranks, lw)
			case roleNouns[singular(lw)]:
				hs, rs := roleParts(singular(lw))
				tn.heads, tn.ranks = append(tn.heads, hs...), append(tn.ranks, rs...)
			case len(tn.heads) == 0 && !toks[k].cap && portfolioWord(lw) && portfolioBefore(toks, k):
				// "housing" in "housing spokesperson". Capitalised words
				// name a party or body ("Sinn Féin housing spokesperson")
				// or a portfolio in other words ("External Affairs
				// Minister" for "foreign minister"): left to names.
				tn.portfolio = append(tn.portfolio, wordKey(lw))
			}
		}
		tn.text = strings.Join(txt, " ")
		if len(tn.heads)+len(tn.ranks) > 0 {
			f.titles = append(f.titles, tn)
		}
		i = end
	}
	f.parseTitlesAfter(s, toks, isTitle)
}

// parseTitlesAfter finds names followed by their title in apposition:
// "Ana Ruiz, chief economist at Banco Sol, said", "Ana Ruiz, the
// club's treasurer,". The title's head is its last role noun ("economist"
// in "chief economist"), as a title is compared by its head.
func (f *facts) parseTitlesAfter(s string, toks []token, isTitle func(string) bool) {
	for i := 0; i < len(toks); i++ {
		if !toks[i].cap {
			continue
		}
		end := i
		for end+1 < len(toks) && toks[end+1].cap && gapIsSpace(s, toks[end], toks[end+1]) {
			end++
		}
		start := i
		i = end
		for start < end && titleAbbrevs[strings.TrimSuffix(toks[start].lower, ".")] {
			start++ // "Dr Ana Ruiz, the study's lead author"
		}
		if end == start || end+2 >= len(toks) || s[toks[end].start+len(toks[end].text):toks[end+1].start] != ", " ||
			slices.ContainsFunc(toks[start:end+1], func(t token) bool { return isTitle(t.lower) }) {
			continue // a two-word name, a comma, and no title inside the name
		}
		k := end + 1
		if lw := toks[k].lower; lw == "a" || lw == "an" || lw == "the" || lw == "its" || lw == "their" || strings.HasSuffix(lw, "'s") {
			k++
			if lw == "the" && k < len(toks) && strings.HasSuffix(toks[k].lower, "'s") && !toks[k].cap {
				k++ // "the study's lead author"
			}
		}
		tn := titledName{name: wordKey(toks[end].lower)}
		head, last := "", -1
		var ranks, portfolio []string
	title:
		for ; k < len(toks) && k <= end+6; k++ {
			if k > end+1 && !gapIsSpace(s, toks[k-1], toks[k]) || toks[k].cap && !isTitle(toks[k].lower) {
				break
			}
			lw := strings.TrimSuffix(toks[k].lower, ".")
			switch {
			case rankWords[lw]:
				ranks = append(ranks, lw)
			case roleNouns[singular(lw)]:
				head, last = singular(lw), k
			case head == "" && portfolioWord(lw) && portfolioBefore(toks, k):
				portfolio = append(portfolio, wordKey(lw))
			default:
				break title
			}
		}
		if head == "" {
			continue
		}
		// The title ends the sentence or its clause, or names where
		// the role is held: "head of treasury at …".
		if n := last + 1; n < len(toks) && !prepositionWords[toks[n].lower] && toks[n].lower != "at" &&
			!clauseBreak(s[toks[last].start+len(toks[last].text):toks[n].start]) {
			continue
		}
		hs, rs := roleParts(head)
		tn.heads, tn.ranks, tn.portfolio = hs, append(ranks, rs...), portfolio
		tn.text = s[toks[start].start : toks[last].start+len(toks[last].text)]
		f.titles = append(f.titles, tn)
	}
}

// roleParts returns the role nouns and rank words of role noun r: r
// itself, and the parts of a compound that are role nouns or ranks, so
// that one office written with or without its hyphen is one title:
// "vice-president" holds the rank "vice" and the role "president",
// "secretary-general" the roles "secretary" and "general", as "general
// secretary" does.
func roleParts(r string) (heads, ranks []string) {
	heads = []string{r}
	if !strings.Contains(r, "-") {
		return heads, nil
	}
	for _, p := range strings.Split(r, "-") {
		switch {
		case rankWords[p]:
			ranks = append(ranks, p)
		case roleNouns[p]:
			heads = append(heads, p)
		default:
			// "under-secretary", "permanent-secretary": a part that is
			// neither makes another office of the compound.
			return []string{r}, nil
		}
	}
	return heads, ranks
}

// portfolioWord reports whether a lower-case word before a role noun may
// name the role's field ("housing spokesperson", "police chief", "board
// chairman") rather than describe the person ("veteran", "embattled") or
// end another phrase ("said", "the party's").
func portfolioWord(lw string) bool {
	if len(lw) < 3 || stopWords[lw] || speechVerbs[lw] || evaluative[lw] || neutralModifiers[lw] || titleAbbrevs[lw] || personDescribers[lw] ||
		strings.HasSuffix(lw, "'s") || strings.HasSuffix(lw, "ed") || !plainWord(lw) {
		return false
	}
	return !allModifiers([]string{lw})
}

// verbAdverbs stand between an auxiliary and its verb ("is also
// planning to"), never before a noun.
var verbAdverbs = set(`also still now already again just currently`)

// personDescribers describe the holder of a role, not its field:
// "veteran coach", "longtime aide".
var personDescribers = set(`veteran longtime outgoing incoming newly popular legendary prominent renowned famed
noted then influential powerful`)

// portfolioBefore reports whether token k stands where a portfolio does:
// before a role noun, or before one more word and a role noun ("water
// resources minister").
func portfolioBefore(toks []token, k int) bool {
	role := func(j int) bool { return j < len(toks) && roleNouns[singular(strings.TrimSuffix(toks[j].lower, "."))] }
	return role(k+1) || k+2 < len(toks) && portfolioWord(toks[k+1].lower) && role(k+2)
}

// plainWord reports whether w is made of letters only.
func plainWord(w string) bool {
	for _, r := range w {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}

// nounBefore reports whether a token opens a noun phrase, so that the
// word after it is a noun: a determiner, a possessive or a number.
func nounBefore(t token) bool {
	lw := t.lower
	return objectStarts[lw] || lw == "these" || lw == "those" || lw == "several" || lw == "both" ||
		lw == "one" || unicode.IsDigit(firstRune(lw)) || strings.HasSuffix(lw, "'s")
}

// sourceKey folds the source nouns that news writing uses for the same
// kind of source: "authorities" and "officials", "lawyers" and
// "attorneys". ("spokesman" and "spokeswoman" are other people.)
func sourceKey(w string) string {
	if k, ok := sourceClasses[w]; ok {
		return k
	}
	return w
}

// sourceClasses maps a source noun to the class sourceKey folds it to:
// "attorney" is "lawyer".
var sourceClasses = map[string]string{
	"authorities": "officials", "authority": "official",
	"attorney": "lawyer", "attorneys": "lawyers", "counsel": "lawyer",
	"scientists": "researchers", "investigator": "investigators", "advisor": "adviser", "advisors": "advisers",
}

// mediaNouns name outlets that an interview may be given to.
var mediaNouns = set(`radio television tv broadcaster channel station newspaper paper daily magazine
website podcast media outlet outlets`)

// mediaEvents follow a media noun in the name of an event, not an outlet:
// "a media briefing", "a radio interview".
var mediaEvents = set(`briefing briefings conference conferences release statement event call interview`)

// mediaRecipient returns the index of a media noun among the first three
// tokens from i, with no clause break before it ("local radio", "a
// regional newspaper", "state news agency"), or -1.
func mediaRecipient(s string, toks []token, i int) int {
	for k := i; k < len(toks) && k < i+3; k++ {
		if k > i && clauseBreak(s[toks[k-1].start+len(toks[k-1].text):toks[k].start]) {
			return -1
		}
		if mediaNouns[toks[k].lower] || k > i && toks[k-1].lower == "news" && (toks[k].lower == "agency" || toks[k].lower == "service") {
			if k+1 < len(toks) && mediaEvents[toks[k+1].lower] {
				return -1 // "told a media briefing": an event, no outlet
			}
			return k
		}
	}
	return -1
}

// withoutConversions returns dates without the time, and its day, that
// text s gives in brackets right after another time: the same instant in
// another zone ("4:17 am (1917 GMT Wednesday)", "7.15 p.m. local time
// (1115 GMT)"), which a copy may convert, or leave out, without changing
// the claim. The time before the brackets is compared.
func withoutConversions(s string, dates []Fact) []Fact {
	isTime := func(d Fact) bool {
		return strings.HasPrefix(d.Key, "t") && len(d.Key) > 1 && unicode.IsDigit(rune(d.Key[1]))
	}
	if len(dates) < 2 || strings.IndexByte(s, '(') < 0 {
		return dates
	}
	for lp := strings.IndexByte(s, '('); lp >= 0; {
		rp := strings.IndexByte(s[lp:], ')')
		if rp < 0 {
			break
		}
		inner, before := s[lp+1:lp+rp], s[max(0, lp-30):lp]
		timeBefore, timeInside := false, false
		for _, d := range dates {
			if isTime(d) {
				timeBefore = timeBefore || strings.Contains(before, d.Text)
				timeInside = timeInside || strings.Contains(inner, d.Text)
			}
		}
		if timeBefore && timeInside {
			dates = slices.DeleteFunc(dates, func(d Fact) bool { return strings.Contains(inner, d.Text) })
		}
		next := strings.IndexByte(s[lp+rp:], '(')
		if next < 0 {
			break
		}
		lp += rp + next
	}
	return dates
}

// timeAt reports whether toks[i] opens a time: a weekday, a month, a
// relative day, a figure, a part of the day or "the end", "next", "noon"
// ("expected by Saturday evening", "by the end of the month").
func timeAt(toks []token, i int) bool {
	if i >= len(toks) {
		return false
	}
	w := strings.TrimSuffix(toks[i].lower, ".")
	if i+1 < len(toks) && (w == "the" || w == "this" || w == "next") {
		n := toks[i+1].lower
		return w == "next" || n == "end" || n == "start" || n == "middle" || n == "weekend" || relativeUnits[strings.TrimSuffix(n, "s")]
	}
	_, month := months[w]
	return weekdays[w] || relativeDays[w] || month || unicode.IsDigit(firstRune(w)) || w == "noon" || w == "midday" || w == "midnight" || strings.HasPrefix(w, "mid-")
}

// intentVerbs followed by "to" state an intention ("plans to close").
// "hoped to" after a verb of reporting is "hopes to" told in the past
// ("said they hoped to name a successor").
// Past desires ("she wanted to rest") give a motive, not a hedge, and a
// plural noun ("new plans to cut") is no verb: those are left out.
var intentVerbs = set(`plans planned planning intends intended intending aims aimed aiming hopes hoping
wants seeks proposes`)

// nounPlanned reports whether the intent word at toks[i], in text s, is
// a noun after all: the subject of a verb later in its clause ("The
// city's schools plan to add 40 classrooms was approved").
func nounPlanned(s string, toks []token, i int) bool {
	for k := i + 2; k+1 < len(toks); k++ {
		if clauseBreak(s[toks[k].start+len(toks[k].text) : toks[k+1].start]) {
			return false
		}
		switch toks[k+1].lower {
		case "was", "were", "is":
			return true
		case "whether", "that", "if", "when", "because", "which", "who", "where", "after", "before", "while", "as", "and", "but":
			return false // a clause of its own
		}
	}
	return false
}

// knowingVerbs after "want to" tell a wish to learn, not a step
// intended: "Parents want to know why".
var knowingVerbs = set(`know understand see hear learn find`)

// baseIntentVerbs are intentVerbs in the plural: "they plan to".
var baseIntentVerbs = set(`plan intend aim hope want seek propose`)

// pluralSubject reports whether token j can be the plural subject of a
// verb after it in text: "they", "we", "the victims", "two banks", "the
// victims' relatives", "Authorities" opening the sentence. A plural
// after another word may be a verb ("Premier defends plan to"), and a
// possessive makes the verb a noun ("the ministry's plan to", "the
// families' plan to").
func pluralSubject(text string, toks []token, j int) bool {
	w := toks[j].lower
	switch w {
	case "they", "we", "i", "you":
		return true
	}
	if len(w) <= 3 || !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "'s") || determinerWords[w] ||
		strings.HasPrefix(text[min(toks[j].start+len(toks[j].text), len(text)):], "'") {
		return false // ("the families' plan": a possessive)
	}
	if j == 0 {
		return true
	}
	b := toks[j-1].lower
	_, number := numberWords[b]
	return b == "the" || b == "these" || b == "those" || b == "both" || b == "many" || b == "some" || b == "their" || b == "our" ||
		number || unicode.IsDigit(firstRune(b)) || neutralModifiers[b] || strings.HasSuffix(b, "'s") ||
		strings.HasPrefix(text[min(toks[j-1].start+len(toks[j-1].text), len(text)):], "'")
}

// rebuttalVerbs answer a claim as denialVerbs do: "rejected claims
// that …".
var rebuttalVerbs = set(`rejected rejects dismissed dismisses disputed disputes refuted refutes rebutted`)

// adverbAfterBe reports whether token i is an adverb after a form of
// "to be" ("is also planning", "was still hoping"): the word after it is
// then a verb, not a noun the adverb modifies.
func adverbAfterBe(toks []token, i int) bool {
	return i > 0 && timeAdverbs[toks[i].lower] && beVerbs[toks[i-1].lower]
}

// timeAdverbs stand between an auxiliary and its verb.
var timeAdverbs = set(`also still now already again currently reportedly even actually`)

// deliberationVerbs after "to be" state that a decision is not taken ("is
// considering", "are weighing").
var deliberationVerbs = set(`considering weighing mulling debating negotiating`)

var (
	// dottedClockRE matches a 24-hour time written with a point: "14.30".
	dottedClockRE = regexp.MustCompile(`^([01]?\d|2[0-3])\.([0-5]\d)$`)
	// clockRE matches a time written as one token: "6pm", "2.30am",
	// "11:15p.m".
	clockRE = regexp.MustCompile(`^(\d{1,2})(?:[.:](\d\d))?(a\.?m|p\.?m)\.?$`)
	// hourRE matches the number of a time whose a.m. or p.m. follows:
	// "6", "2.30".
	hourRE = regexp.MustCompile(`^(\d{1,2})(?:[.:](\d\d))?$`)
	// degreeRE matches a temperature written as one token: "44.7c",
	// "30°f".
	degreeRE = regexp.MustCompile(`^(-?\d{1,3}(?:\.\d+)?)°?[cf]$`)
	// rangeRE matches a range of two numbers: "10-20", "1,500-2,000".
	rangeRE = regexp.MustCompile(`^(\d[\d,]*(?:\.\d+)?)[-–](\d[\d,]*(?:\.\d+)?)$`)
)

// meridiem returns "am" or "pm" for a lower-case token that is one, or "".
func meridiem(w string) string {
	switch strings.TrimSuffix(w, ".") {
	case "a.m", "am":
		return "am"
	case "p.m", "pm":
		return "pm"
	}
	return ""
}

// clockKey returns the date key of a time on a 24-hour clock: "6" "" "pm"
// and "18" "00" "" are both "t18:00". mer is "am", "pm" (with or without
// periods) or "" for a 24-hour time.
func clockKey(hour, minute, mer string) (string, bool) {
	h, err := strconv.Atoi(hour)
	if err != nil || h > 24 {
		return "", false
	}
	m := 0
	if minute != "" {
		if m, err = strconv.Atoi(minute); err != nil || m > 59 {
			return "", false
		}
	}
	switch strings.ReplaceAll(mer, ".", "") {
	case "am":
		// "00:01 am" is "12:01 am", a minute past midnight.
		if h > 12 {
			return "", false
		}
		if h == 12 {
			h = 0
		}
	case "pm":
		if h == 0 || h > 12 {
			return "", false
		}
		if h < 12 {
			h += 12
		}
	}
	mm := strconv.Itoa(m)
	if m < 10 {
		mm = "0" + mm
	}
	return "t" + strconv.Itoa(h) + ":" + mm, true
}

// numberRange reads a range of two numbers written as one token ("10-20"),
// the second larger than the first.
// numberPair reads two numbers joined by a dash in either order: a range
// "10-20" or a tally "212-198", "7-4".
func numberPair(w string) (a, b float64, ok bool) {
	if a, b, ok := numberRange(w); ok {
		return a, b, true
	}
	m := rangeRE.FindStringSubmatch(w)
	if m == nil {
		return 0, 0, false
	}
	a, err1 := strconv.ParseFloat(strings.ReplaceAll(m[1], ",", ""), 64)
	b, err2 := strconv.ParseFloat(strings.ReplaceAll(m[2], ",", ""), 64)
	return a, b, err1 == nil && err2 == nil
}

func numberRange(w string) (a, b float64, ok bool) {
	m := rangeRE.FindStringSubmatch(w)
	if m == nil {
		return 0, 0, false
	}
	a, err1 := strconv.ParseFloat(strings.ReplaceAll(m[1], ",", ""), 64)
	b, err2 := strconv.ParseFloat(strings.ReplaceAll(m[2], ",", ""), 64)
	if err1 != nil || err2 != nil || b <= a {
		return 0, 0, false
	}
	return a, b, true
}

// compoundOrdinal reads an ordinal written in words, alone or before a
// hyphenated noun: "fourteenth", "twenty-first", "fourteenth-century"
// (rest "century"). "first" counts only in a compound such as
// "twenty-first", being mostly no number at all.
func compoundOrdinal(w string) (v float64, rest string, ok bool) {
	head, tail, _ := strings.Cut(w, "-")
	if tens, isTens := numberWords[head]; isTens && tens >= 20 && tens < 100 && tail != "" {
		unit, after, _ := strings.Cut(tail, "-")
		if u, isOrd := ordinalWords[unit]; isOrd && u < 10 {
			return tens + u, after, true
		}
		if unit == "first" {
			return tens + 1, after, true
		}
	}
	if v, isOrd := ordinalWords[head]; isOrd {
		return v, tail, true
	}
	return 0, "", false
}

// namingParties, besides sourceNouns, name who may give a person's
// name: "named by organisers as …".
var namingParties = set(`organisers organizers organiser organizer family relatives relative hospital employer club team`)

// surpassVerbs compare by themselves, as comparatives do: "turnout far
// exceeded expectations".
var surpassVerbs = set(`exceeded exceeds exceed outstripped outstrips surpassed surpasses outnumbered outnumber outpaced outweighed outweighs`)

// objectOpeners open the object of a verb: "missing the deadline",
// "missing out".
var objectOpeners = set(`the a an his her their its our my your this that out`)

// fearedStates follow "feared" when it hedges what became of people or
// things: "feared dead", "feared lost".
var fearedStates = set(`dead lost killed drowned missing trapped buried destroyed`)

// reasonClauseEnd returns the index of the last token of the reason a
// source gives for not being named, the clause opened by "because",
// "as" or "since" within a few words of toks[i], or i when there is
// none.
func reasonClauseEnd(s string, toks []token, i int) int {
	// "not to be named because …": the reason follows the request.
	k := i + 4
	if k >= len(toks) || toks[i+3].lower != "named" && toks[i+3].lower != "identified" ||
		toks[k].lower != "because" && toks[k].lower != "as" && toks[k].lower != "since" ||
		clauseBreak(s[toks[k-1].start+len(toks[k-1].text):toks[k].start]) {
		return i
	}
	// It ends at its clause's end or where the source's words begin
	// ("… because he feared reprisals said the bakeries …").
	for j := k + 1; j < len(toks); j++ {
		if j+1 == len(toks) || clauseBreak(s[toks[j].start+len(toks[j].text):toks[j+1].start]) || speechVerbs[toks[j+1].lower] {
			return j
		}
	}
	return i
}

// weighedAt reports whether toks[i] weighs a step in the future tense:
// "would consider using", "will weigh raising".
func weighedAt(toks []token, i int) bool {
	l := toks[i].lower
	return (l == "consider" || l == "weigh") && i > 0 && (toks[i-1].lower == "would" || toks[i-1].lower == "will") &&
		i+1 < len(toks) && strings.HasSuffix(toks[i+1].lower, "ing") && !ingNouns[toks[i+1].lower]
}

// ingNouns end in "-ing" and are nouns more often than verbs: "will
// consider funding requests", "sentencing guidelines".
var ingNouns = set(`funding sentencing bidding housing training building planning spending pricing licensing lending
parking timing rating ranking meeting hearing ruling finding earnings savings proceedings shipping`)

// nearlyWords before "always" make it "not every time".
var nearlyWords = set(`nearly almost virtually practically`)

// placePrepositions follow "appeared" when it states a presence.
var placePrepositions = set(`in on at before for with alongside outside inside into onstage`)

// arrivalAfter follow "appeared" when it tells that something came
// about: "symptoms appeared within days", "cracks appeared overnight".
var arrivalAfter = set(`within after during when and or but overnight later first suddenly`)

// clauseJoiners open a clause of their own after a clause of time:
// "until Friday and could remain shut", "until Thursday but it might".
var clauseJoiners = set(`and but or while although though yet`)

// purposeModal reports whether the modal at toks[i] is in a purpose
// clause ("so that doctors could reach", "so they can") or a clause of
// time ("until the roof could be fixed"), which states an aim or a
// limit rather than hedging a claim.
func purposeModal(toks []token, i int) bool {
	switch toks[i].lower {
	case "could", "can", "would", "might", "may":
	default:
		return false
	}
	crossed := false // a conjunction between: "until Friday and could remain shut" is another clause
	for j := i - 1; j >= 0 && j >= i-4; j-- {
		if toks[j].lower == "so" || toks[j].lower == "that" && j > 0 && toks[j-1].lower == "order" ||
			!crossed && (toks[j].lower == "until" || toks[j].lower == "till") {
			return true // "so that doctors could reach them", "until the roof could be fixed"
		}
		crossed = crossed || clauseJoiners[toks[j].lower]
	}
	return false
}

// futureBe reports whether toks[i] is "is", "are" or "was" stating a
// plan: "is to close", "are to be sent". Nouns of purpose before it
// ("the aim is to") and "is to blame" say something else.
func futureBe(toks []token, i int) bool {
	switch toks[i].lower {
	case "is", "are":
	default:
		return false
	}
	if i == 0 || i+2 >= len(toks) || toks[i+1].lower != "to" || toBlame[toks[i+2].lower] {
		return false
	}
	prev := toks[i-1].lower
	return !purposeNouns[singular(prev)] && !stopWords[prev] || pronouns[prev] && prev != "which" && prev != "who"
}

// purposeNouns before "is to" name a purpose, not a plan: "the aim is to".
var purposeNouns = set(`aim goal plan idea task job purpose intention priority objective challenge mission role
hope ambition dream point answer solution way step thing problem option choice rule policy focus target
strategy approach alternative`)

// toBlame completes "is to" without stating a plan.
var toBlame = set(`blame`)

// prepositionWords open a noun phrase: "against government plans to"
// makes "plans" a noun.
var prepositionWords = set(`against over about amid despite on of for with from into under after before during by
behind beyond toward towards`)

// unknownAhead returns the index of the word that the negator at toks[i]
// denies when it denies only that something is known yet: "not (yet|
// immediately) known", "not been (formally) identified"; else -1.
func unknownAhead(toks []token, i int) int {
	for k := i + 1; k < len(toks) && k <= i+4; k++ {
		w := toks[k].lower
		switch {
		case w == "established" && k+2 < len(toks) && (toks[k+1].lower == "with" || toks[k+1].lower == "between") &&
			toks[k+2].lower != "certainty" && toks[k+2].lower != "any":
			return -1 // "contact had not been established with them": none was made
		case epistemicWords[w] || w == "decided":
			return k // "not immediately known", "has not decided whether"
		case (w == "taken" || w == "made" || w == "reached") && slices.ContainsFunc(toks[max(i-6, 0):i], func(t token) bool { return t.lower == "decision" }):
			return k // "a decision has not yet been taken"
		case w == "clear" && k+1 < len(toks) && openQuestionWords[toks[k+1].lower]:
			return k // "not immediately clear what sparked the trouble"
		case (w == "know" || w == "knew") && k+1 < len(toks) && openQuestionWords[toks[k+1].lower]:
			return k // "the board did not yet know how long repairs would take"
		case w == "clear" && creditTailFrom(toks, k+1) && matterSubject(toks, i):
			return k // "the cause of the breach is not yet clear"; not "the road is not clear"
		case (w == "verify" || w == "confirm") && i > 0 && (toks[i-1].lower == "could" || toks[i-1].lower == "can"):
			return k // "Reuters could not independently verify the data"
		case w == "yet" || w == "immediately" || w == "formally" || w == "officially" || w == "publicly" || w == "independently" ||
			w == "been" || w == "be" || w == "yet," || w == "entirely" || w == "fully":
			continue
		}
		return -1
	}
	return -1
}

// creditTailFrom reports whether toks[k:] is empty or a short credit:
// "…, police said".
func creditTailFrom(toks []token, k int) bool {
	if k == len(toks) {
		return true
	}
	if len(toks)-k > 5 {
		return false
	}
	return slices.ContainsFunc(toks[k:], func(t token) bool { return speechVerbs[t.lower] })
}

// matterSubject reports whether a matter noun opens the clause of the
// negator at toks[i]: "the motive for the attack was not clear", not "a
// police source said the route was not clear" nor "the reason was a bag,
// and the building was not yet clear".
func matterSubject(toks []token, i int) bool {
	for k := i - 1; k >= 0; k-- {
		w := toks[k].lower
		if matterNouns[w] {
			return true
		}
		if speechVerbs[w] || w == "and" || w == "but" || w == "while" || w == "after" || w == "because" {
			return false
		}
	}
	return false
}

// shouldCondition reports whether folded text f, opened by "Should",
// closes that clause with a comma before any question mark: "Should the
// talks fail, the strike will begin", not the question "Should the
// council sell the park? Residents will vote".
func shouldCondition(f string) bool {
	c, q := strings.IndexByte(f, ','), strings.IndexByte(f, '?')
	return c >= 0 && (q < 0 || c < q)
}

// epistemicShould reports whether "should" at toks[i] tells what is
// expected ("Repairs should take 10 to 14 days", "the deal should
// complete in June") rather than what someone ought to do: an outcome
// verb follows it, and no person is its subject ("Residents should
// report damage", "no family should have to choose").
func epistemicShould(toks []token, i int) bool {
	if i == 0 || i+1 >= len(toks) {
		return false
	}
	switch next := toks[i+1].lower; {
	case next == "be":
		// "should be back", "should be restored by midnight"; not
		// "should be used instead", "should be counted".
		if i+2 >= len(toks) || !expectedStates[toks[i+2].lower] {
			return false
		}
	case !outcomeVerbs[next]:
		return false
	case i+2 < len(toks):
		// "Repairs should take 10 days", "the border should reopen on
		// Monday"; not advice with an object: "the government should
		// reopen the border", "doctors should take extra precautions".
		o := toks[i+2].lower
		if next == "take" {
			// "should take 10 to 14 days", "should take a week".
			if !(unicode.IsDigit(firstRune(o)) || isWordNumber(o) || takeUnits[o] || durationLeads[o] ||
				(o == "a" || o == "an" || o == "another") && i+3 < len(toks) && takeUnits[toks[i+3].lower]) {
				return false
			}
		} else if shouldObjects[o] || strings.HasSuffix(o, "'s") {
			return false
		}
	}
	for k := i - 1; k >= max(0, i-6); k-- {
		w := toks[k].lower
		if peopleNouns[w] || personalPronouns[w] || shouldPersons[w] {
			return false
		}
	}
	return true
}

// takeUnits and durationLeads tell, after "should take", how long
// something is expected to last: "days", "a while"; "between", "about".
var (
	takeUnits     = set(`day days week weeks month months year years hour hours time while`)
	durationLeads = set(`between about around up longer until several some`)
)

// shouldObjects open the object of a demand after "should" and its verb:
// "the government should reopen the border".
var shouldObjects = set(`the a an its his her their this that these those our your my all some any more new`)

// outcomeVerbs tell, after "should", what is expected to happen.
var outcomeVerbs = set(`take complete begin start open reopen arrive last reach resume finish end return close
fall rise ease drop decline improve recover grow slow`)

// expectedStates tell, after "should be", a state expected: "should be
// back", "should be restored".
var expectedStates = set(`able back ready restored reconnected completed finished open reopened over operational
available fully partly partially`)

// shouldPersons are the subjects of advice: "anyone should", "parents
// should".
var shouldPersons = set(`anyone everyone nobody someone parents pupils patients children family families students
learners retirees workers drivers motorists travellers travelers passengers visitors customers members one`)

// inquiryAt reports whether toks[i] opens an inquiry under way into
// whether something is so: "police were investigating whether", "are
// looking into whether". One planned or kept up ("would examine
// whether", "will be investigating whether", "keep checking whether")
// leaves the matter as it was.
func inquiryAt(toks []token, i int) bool {
	whether := func(k int) bool { return k < len(toks) && (toks[k].lower == "whether" || toks[k].lower == "if") }
	lw := toks[i].lower
	if !(inquiryVerbs[lw] && whether(i+1) || lw == "looking" && i+1 < len(toks) && toks[i+1].lower == "into" && whether(i+2)) {
		return false
	}
	if i == 0 {
		return true
	}
	planned := func(w string) bool { return w == "to" || w == "would" || w == "will" }
	prev := toks[i-1].lower
	if planned(prev) || prev == "keep" || prev == "keeps" {
		return false
	}
	return !(prev == "be" && i > 1 && planned(toks[i-2].lower))
}

// inquiryVerbs look into a matter not known yet: "investigating
// whether".
var inquiryVerbs = set(`investigating investigates examining probing probes checking assessing reviewing studying testing`)

// matterNouns name a matter that can be open: "the cause is not yet
// clear".
var matterNouns = set(`cause causes reason reasons motive motives circumstances extent origin origins identity whereabouts
toll nature outcome timing source`)

// edgeBefore and edgeVerbs read a period's edge told by a verb: "until
// winter ends", "before the month is out" is not read.
var (
	edgeBefore = set(`until till before when after once`)
	edgeVerbs  = map[string]string{"ends": "end", "begins": "start", "starts": "start"}
)

// takeSpan marks the n tokens from toks[i] used and returns their words
// joined by spaces: the text of a fact told in several words.
func takeSpan(toks []token, used []bool, i, n int) string {
	var b strings.Builder
	for k := i; k < i+n; k++ {
		used[k] = true
		if k > i {
			b.WriteByte(' ')
		}
		b.WriteString(toks[k].text)
	}
	return b.String()
}

// midYear reads "mid-2028" or "mid 2028" at toks[i]: the year and the
// tokens it takes, or 0.
func midYear(toks []token, i int) (string, int) {
	year := func(y string) bool { return len(y) == 4 && isDigits(y) && y >= "1900" && y <= "2100" }
	if y, ok := strings.CutPrefix(toks[i].lower, "mid-"); ok && year(y) {
		return y, 1
	}
	if toks[i].lower == "mid" && i+1 < len(toks) && year(toks[i+1].lower) {
		return toks[i+1].lower, 2
	}
	return "", 0
}

// quarterMeasure reads a measure told in quarters at toks[i]: "a
// quarter of an hour", "a quarter mile", "a quarter-hour", "three
// quarters of a mile", "three-quarters of a mile", "a quarter of a
// percentage point", "a quarter-point cut". It returns the tokens it
// takes, the key of the measure ("0.25", "0.75") and its unit, or 0.
func quarterMeasure(toks []token, i int) (int, string, string) {
	k, key := i, "0.25"
	switch toks[i].lower {
	case "a", "one":
		k++
	case "three":
		k, key = k+1, "0.75"
	case "three-quarters":
		key = "0.75"
	}
	if k >= len(toks) {
		return 0, "", ""
	}
	q := toks[k].lower
	if q == "three-quarters" {
		q = "quarters"
	}
	if u, ok := strings.CutPrefix(strings.TrimRight(q, ".,;"), "quarter-"); ok && quarteredUnits[u] != "" && key == "0.25" {
		return k + 1 - i, key, quarteredUnits[u] // "a quarter-hour", "a quarter-point cut"
	}
	if q != "quarter" && !(q == "quarters" && key == "0.75") || k+1 >= len(toks) {
		return 0, "", ""
	}
	if u := quarteredUnits[strings.TrimRight(toks[k+1].lower, ".,;")]; u != "" && q == "quarter" {
		return k + 2 - i, key, u // "a quarter mile"
	}
	if k+3 >= len(toks) || toks[k+1].lower != "of" || toks[k+2].lower != "a" && toks[k+2].lower != "an" {
		return 0, "", ""
	}
	if u := quarteredUnits[strings.TrimRight(toks[k+3].lower, ".,;")]; u != "" {
		return k + 4 - i, key, u
	}
	return 0, "", ""
}

// quarteredUnits maps the units told in quarters to what they measure:
// a quarter of a point, in rates, is of a percentage point.
var quarteredUnits = map[string]string{"hour": "hour", "mile": "mile", "century": "century", "percentage": "percentage", "point": "percentage"}

// causeAfterDue reports whether word w, after "due to", opens the cause
// it gives rather than the step a timetable sets: "is due to a shortage
// of parts", "is now due to heavy rain", not "is due to resume".
func causeAfterDue(w string) bool {
	return determinerWords[w] || articleWords[w] || unicode.IsDigit(firstRune(w)) || causeWords[w]
}

// causeWords open causes after "due to": adjectives of degree and
// common nouns of causes.
var causeWords = set(`heavy strong weak poor bad low high rising falling lower higher lack shortages shortage rain rains flooding
weather demand delays problems technical concerns fears safety security budget`)

// undecidedAfter are the words after which "undecided" leaves a matter
// open: "remains undecided", "is still undecided".
var undecidedAfter = set(`is was are were remains remained remain still stays stayed left`)

// yetToDecide reports whether the "yet" at toks[i] opens "yet to decide",
// "yet to make a decision", "yet to take a decision" or "yet to be
// identified" (any of epistemicWords).
func yetToDecide(toks []token, i int) bool {
	if i+2 >= len(toks) || toks[i+1].lower != "to" {
		return false
	}
	w := strings.TrimRight(toks[i+2].lower, ".,;")
	return w == "decide" || (w == "make" || w == "take") && i+4 < len(toks) && toks[i+3].lower == "a" && strings.HasPrefix(toks[i+4].lower, "decision") ||
		w == "be" && i+3 < len(toks) && epistemicWords[strings.TrimRight(toks[i+3].lower, ".,;")]
}

// waitingForRideRE finds a wait for a ride, which denies nothing: "still
// waiting for buses at the shelter".
var waitingForRideRE = regexp.MustCompile(`\bstill waiting for (a |the |their |)(bus|buses|train|trains|ferry|ferries|flight|flights|taxi|taxis|boat|boats|shuttle|shuttles|lift|lifts|ride|rides)\b`)

// yetUnknownRE finds a matter told open with "yet to be": "has yet to be
// identified" is "has not been identified", a hedge (yetToDecide).
var yetUnknownRE = regexp.MustCompile(`\byet to be (known|identified|confirmed|determined|established|verified)\b`)

// decisionAhead returns the index of "decision" in "no decision", "no
// final decision", or -1.
func decisionAhead(toks []token, i int) int {
	for k := i + 1; k < len(toks) && k <= i+2; k++ {
		switch strings.TrimRight(toks[k].lower, ".,;") {
		case "decision", "decisions":
			if k+1 < len(toks) && toks[k+1].lower == "to" {
				return -1 // "there was no decision to close the crossing": denied
			}
			return k
		case "final", "firm", "formal", "official":
			continue
		}
		return -1
	}
	return -1
}

// openQuestionWords open the question a matter "not clear" leaves open.
var openQuestionWords = set(`whether which how when where what who why if`)

// countTaken reports whether the verb at toks[i] takes a count as its
// object ("claimed six for 48", "claimed 30 lives") or a life ("claims
// watchman's life", "claimed the lives of two climbers") rather than a
// clause ("claimed 30 people had died").
func countTaken(toks []token, i int) bool {
	if i+1 >= len(toks) {
		return false
	}
	for k := i + 1; k < len(toks) && k <= i+3; k++ {
		if l := toks[k].lower; l == "life" || l == "lives" {
			return true
		}
	}
	n := strings.TrimSuffix(toks[i+1].lower, ".")
	if _, isWord := wordNumber(n); !isWord && !unicode.IsDigit(firstRune(n)) {
		return false
	}
	for k := i + 2; k < len(toks) && k <= i+4; k++ {
		if beVerbs[toks[k].lower] || toks[k].lower == "had" || toks[k].lower == "have" || toks[k].lower == "would" {
			return false
		}
	}
	return true
}

// directiveVerbs, before "that", ask for what their clause says: "urged
// that the plant be closed".
var directiveVerbs = set(`recommended recommends recommend proposed proposes propose urged urges urge demanded
demands demand requested requests advised advises advise`)

// reHomographs are words that, written with a hyphen after "re", mean
// something else: "re-sign" (sign again) and "resign".
var reHomographs = set(`resign recover reform release resort reserve retreat recreation resent repress recount
restore refund remark reside represent reprove resound redress recollect reclaim recede`)

// tookOffice reports whether toks from i, after "assumed", name a post
// taken on: "office", "power", "command", "the presidency", "the reins".
// A noun that goes on with a verb is the subject of a belief: "assumed
// the power was off", "assumed the position of the pipe was safe".
func tookOffice(toks []token, i int) bool {
	if i >= len(toks) {
		return false
	}
	k := i
	if takenPosts[toks[i].lower] {
		k = i + 1
	} else if (determinerWords[toks[i].lower] || toks[i].lower == "its") && i+1 < len(toks) &&
		(namedPosts[toks[i+1].lower] || i+2 < len(toks) && namedPosts[toks[i+2].lower] && !auxiliaryWords[toks[i+1].lower]) {
		k = i + 2
	} else {
		return false
	}
	return k == len(toks) || !auxiliaryWords[toks[k].lower]
}

// takenPosts are what one assumes, bare, on taking a post: "assumed
// office", "assumed command"; namedPosts follow an article or possessive:
// "assumed the presidency", "assumed his duties".
var (
	takenPosts = set(`office power control command charge responsibility leadership`)
	namedPosts = set(`presidency premiership chairmanship throne reins helm mantle leadership command duties office
role post position chair`)
)

// invertedCondition reports whether "should" at toks[i], of folded text
// s, opens a condition told without "if": at the start of a sentence
// before a comma ("Should talks fail, the strike will go ahead"), or after
// a main clause whose modal or finite verb comes right before it with no
// clause opened in between ("prices will ease later this year should
// supply recover"), its subject before its verb.
func invertedCondition(s string, toks []token, i int) bool {
	if i+2 >= len(toks) || invertedNot[toks[i+1].lower] {
		return false
	}
	end := i + 1
	for end < len(toks) && end-i <= 6 && !clauseBreak(s[toks[end-1].start+len(toks[end-1].text):toks[end].start]) {
		end++
	}
	// The condition's own verb closes it ("should supply from Asia
	// recover"), or an article opens its subject after it ("should the
	// government agree to talks"): a plain "should" has its verb first
	// ("should receive compensation").
	subject := subjectOpeners[toks[i+1].lower] || toks[i+1].cap // "should EU funding rules change"
	if end-i < 3 || end-i > 6 || stopWords[toks[end-1].lower] && !subject || toks[end-1].cap && !subject ||
		!baseVerb(toks[end-1].lower) && !subject {
		return false
	}
	if i == 0 {
		return end < len(toks) // "Should talks fail, …"
	}
	for k := i - 1; k >= 0 && k >= i-7; k-- {
		w := toks[k].lower
		if clauseOpeners[w] || speechVerbs[w] || k+1 <= i && clauseBreak(s[toks[k].start+len(toks[k].text):toks[k+1].start]) {
			return false
		}
		if w == "will" || w == "would" || w == "could" || w == "can" || w == "may" || w == "might" || w == "to" && k+1 < i && !toks[k+1].cap {
			return true // "expect prices to ease later this year should supply recover"
		}
	}
	return false
}

// subjectOpeners open the subject of a condition told without "if":
// "should the rains fail", "should its appeal succeed".
var subjectOpeners = set(`the a an its their his her our this these those`)

// invertedNot follow a plain "should": "should be", "should not".
var invertedNot = set(`be have not n't also still never only be,`)

// clauseOpeners open a clause of their own: a "should" after them is the
// clause's own modal.
var clauseOpeners = set(`that which who whom whether and but because if when so as where while although though how what why`)

// conditionClause reports whether the "if" or "unless" at toks[i] opens a
// condition rather than an indirect question ("asked if", "unclear if")
// or a comparison ("as if", "even if"), or closes a set phrase ("if any",
// "if so").
func conditionClause(toks []token, i int) bool {
	if i+1 >= len(toks) || ifAfterWords[strings.Trim(toks[i+1].lower, ",.;:")] {
		return false
	}
	return i == 0 || !ifBeforeWords[toks[i-1].lower]
}

// ifBeforeWords before "if" make it "whether" or a comparison; ifAfterWords
// after it make a set phrase.
var (
	ifBeforeWords = set(`as even ask asks asked asking wonder wonders wondered know knows knew known see sees saw
check checks checked decide decides decided determine determines determined unclear clear sure certain question
whether`)
	ifAfterWords = set(`any so not ever anything`)
)

// outObjects are the pronouns that may stand inside "rule … out".
var outObjects = set(`it them this that him her`)

// refusalVerbs decline to do something: "refused to rule out".
var refusalVerbs = set(`refused refuses refusing declined declines declining`)

// refusedExclusion returns the index of the word a refusal at toks[i]
// declines to say when it keeps a possibility open ("refused to rule
// out", "declined on Tuesday to rule out"), or -1.
func refusedExclusion(toks []token, i int) int {
	for k := i + 1; k < len(toks) && k <= i+3; k++ {
		if toks[k].lower == "to" {
			return excludedAhead(toks, k)
		}
	}
	return -1
}

// excludedAhead returns the index of the word that the negator at
// toks[i] denies when it says a possibility is not excluded ("has not
// been ruled out", "cannot be excluded", "not been discounted"), or -1.
func excludedAhead(toks []token, i int) int {
	for k := i + 1; k < len(toks) && k <= i+4; k++ {
		switch w := toks[k].lower; w {
		case "excluded", "discounted", "ruled", "exclude", "rule", "ruling":
			if w == "ruled" || w == "rule" || w == "ruling" {
				// "rule out", "rule it out", "ruled them out", "are
				// not ruling out"
				o := k + 1
				if o < len(toks) && outObjects[toks[o].lower] {
					o++
				}
				if o >= len(toks) || toks[o].lower != "out" {
					return -1
				}
			}
			return k
		case "yet", "been", "be", "being", "entirely", "completely", "fully", "immediately":
			continue
		}
		return -1
	}
	return -1
}

// epistemicVerbs find out what is not known yet: "trying to determine".
var epistemicVerbs = set(`determine establish identify ascertain confirm verify`)

// epistemicWords say that something is known or established.
var epistemicWords = set(`known identified confirmed determined established verified`)

// articleWords are the articles that open a noun phrase.
var articleWords = set(`the a an`)

// describedAfter reports whether the tokens of folded sentence s from i,
// after a speech verb, describe the speaker by a role, its modifiers
// first and perhaps an article: "municipal manager Johan Fourie", "the
// provincial environment secretary, Mariela Quintana", "the company's
// chief executive". The role noun ends the run: a name, a clause break
// or the sentence's end follows it, where "said police were searching"
// goes on with a verb.
func describedAfter(s string, toks []token, i int) bool {
	k := i
	if k < len(toks) && articleWords[toks[k].lower] {
		k++
	}
	for n := 0; k < len(toks) && n < 5; k, n = k+1, n+1 {
		t := toks[k]
		if k > i && clauseBreak(s[toks[k-1].start+len(toks[k-1].text):t.start]) || t.cap || stopWords[t.lower] {
			return false
		}
		if roleWord(t.lower) && (k+1 == len(toks) || toks[k+1].cap || clauseBreak(s[t.start+len(t.text):toks[k+1].start])) {
			return true
		}
	}
	return false
}

// roleWord reports whether lower-case word w names a role, a title, a rank
// or a source: "manager", "minister", "colonel", "police".
func roleWord(w string) bool {
	return roleNouns[singular(w)] || titleWords[w] || rankWords[w] || sourceNouns[w]
}

// roleThenName returns the index of the capitalised name that follows,
// in toks from i, up to four lower-case words the last of which names a
// role ("coast guard chief Kang Tae-sik", "police spokeswoman Ana
// Ruiz"), or -1.
func roleThenName(s string, toks []token, i int) int {
	for k := i; k < len(toks) && k < i+4; k++ {
		t := toks[k]
		if t.cap || stopWords[t.lower] || k > i && clauseBreak(s[toks[k-1].start+len(toks[k-1].text):t.start]) {
			return -1
		}
		if roleWord(t.lower) && k+1 < len(toks) && toks[k+1].cap && !clauseBreak(s[t.start+len(t.text):toks[k+1].start]) {
			return k + 1
		}
	}
	return -1
}

// roleBeforeName reports whether toks from i hold up to three lower-case
// role or title words followed by a capitalised name: "deputy director
// Paul Severin", "police spokeswoman Ana Ruiz".
func roleBeforeName(toks []token, i int) bool {
	for k := i; k < len(toks) && k < i+4; k++ {
		w := toks[k].lower
		if toks[k].cap {
			return k > i
		}
		if !roleWord(w) {
			return false
		}
	}
	return false
}

// acronymExpansions marks as used the tokens of toks, of folded sentence
// s, that spell out in brackets the acronym before them: "TEU
// (twenty-foot equivalent units)", "the CAA (Civil Aviation Authority)".
// The words of an acronym's expansion count nothing: "twenty-foot" there
// is no number.
func acronymExpansions(s string, toks []token, used []bool) {
	for _, sp := range expansionSpans(s, toks) {
		for k := sp[0]; k < sp[1]; k++ {
			used[k] = true
		}
	}
}

// withoutExpansions returns folded text f without the bracketed
// expansions of acronyms that raw text, its source, spells out: "412,000
// teu (twenty-foot equivalent units) from" → "412,000 teu from".
func withoutExpansions(raw, f string) string {
	if !acronymBeforeBracket(raw) {
		return f
	}
	s := foldKeepCase(raw)
	toks := tokenize(s)
	for _, sp := range expansionSpans(s, toks) {
		open := strings.LastIndex(s[:toks[sp[0]].start], "(")
		end := toks[sp[1]-1].start + len(toks[sp[1]-1].text)
		if close := strings.Index(s[end:], ")"); open >= 0 && close >= 0 {
			f = strings.Replace(f, strings.ToLower(s[open:end+close+1]), "", 1)
		}
	}
	return strings.Join(strings.Fields(f), " ")
}

// expansionSpans returns the token ranges [from, to) of toks, of folded
// sentence s, that spell out in brackets the acronym before them.
func expansionSpans(s string, toks []token) [][2]int {
	var out [][2]int
	for i := 0; i+1 < len(toks); i++ {
		a := toks[i].text
		if len(a) < 2 || !toks[i].cap || strings.IndexFunc(a, func(r rune) bool { return !unicode.IsUpper(r) }) >= 0 {
			continue
		}
		end := toks[i].start + len(a)
		if strings.TrimSpace(s[end:toks[i+1].start]) != "(" {
			continue
		}
		var initials strings.Builder
		j := i + 1
		for ; j < len(toks) && initials.Len() < len(a); j++ {
			if j > i+1 && strings.Contains(s[toks[j-1].start+len(toks[j-1].text):toks[j].start], ")") {
				break
			}
			if stopWords[toks[j].lower] && toks[j].lower != "a" {
				continue // "Bureau of Statistics" is "BS" or "BOS"
			}
			initials.WriteString(strings.ToUpper(toks[j].text[:1]))
		}
		rest := s[toks[j-1].start+len(toks[j-1].text):]
		if initials.String() != a || !strings.HasPrefix(strings.TrimSpace(rest), ")") {
			continue
		}
		out = append(out, [2]int{i + 1, j})
		i = j - 1
	}
	return out
}

// acronymBeforeBracket reports whether raw text has an opening bracket
// after a capital letter and a space ("TEU ("), where an expansion may
// stand: a cheap test before tokenizing.
func acronymBeforeBracket(raw string) bool {
	for i := strings.Index(raw, " ("); i > 0; {
		if c := raw[i-1]; c >= 'A' && c <= 'Z' {
			return true
		}
		j := strings.Index(raw[i+2:], " (")
		if j < 0 {
			return false
		}
		i += 2 + j
	}
	return false
}

// inabilityAhead reports whether the words from toks[i] deny an ability
// that a "could" before them tells: "not", "no longer", "hardly",
// "barely".
func inabilityAhead(toks []token, i int) bool {
	if i >= len(toks) {
		return false
	}
	switch toks[i].lower {
	case "not", "hardly", "barely", "scarcely":
		return true
	case "no":
		return i+1 < len(toks) && toks[i+1].lower == "longer"
	}
	return false
}

// putAtFigure reports whether toks[i] is a verb that gives a source's
// count ("Police put participation at about 9,000", "organisers placed
// the crowd at 3,000"): "put" or "placed", then "at" and a figure within
// a few words.
func putAtFigure(toks []token, i int) bool {
	switch toks[i].lower {
	case "put", "puts", "placed", "places", "pegged", "pegs":
	default:
		return false
	}
	if i > 0 && reckoningNouns[toks[i-1].lower] {
		return false // "Revised estimates put the area at 520 hectares", "Provisional results put …": no source
	}
	if i+1 < len(toks) && putParticles[toks[i+1].lower] {
		return false // "put up tents at 3 sites": another verb
	}
	for k := i + 1; k < len(toks) && k <= i+6; k++ {
		if toks[k].lower != "at" {
			continue
		}
		for j := k + 1; j < len(toks) && j <= k+4; j++ {
			w := toks[j].lower
			if unicode.IsDigit(firstRune(w)) || isWordNumber(w) || strings.ContainsAny(w[:min(len(w), 3)], "$€£¥₹") {
				return true
			}
			if !figureApproximators[w] {
				return false
			}
		}
		return false
	}
	return false
}

// putParticles make "put" another verb: "put up", "put out".
var putParticles = set(`up out down off on in forward aside together back away`)

// reckoningNouns name a count itself, not who made it.
var reckoningNouns = set(`estimate estimates estimation calculations projections forecasts forecast tallies tally
results figures data count counts`)

// figureApproximators may stand between "at" and the figure a source
// puts a count at: "at about 9,000", "at more than 3,000".
var figureApproximators = set(`about around some roughly nearly almost approximately more less than over under
up to close closer just at least`)

// understoodHearsay reports whether "understood" at toks[i] gives a claim
// as what is heard: "is understood to", "are understood to have", "It is
// understood that" or "It is understood the …", an adverb perhaps
// before it ("It is widely understood that", "is also understood to").
// A verb of knowing ("they understood the risk") or a passive with its
// agent ("was understood by all") is none.
func understoodHearsay(toks []token, i int) bool {
	b := i - 1 // the "be" before it
	if b > 0 && (strings.HasSuffix(toks[b].lower, "ly") || toks[b].lower == "also") {
		b-- // "is widely understood", "is also understood"
	}
	if b < 0 || !beVerbs[toks[b].lower] || i+1 == len(toks) {
		return false
	}
	next := toks[i+1].lower
	return next == "to" && !(i+2 < len(toks) && toks[i+2].lower == "mean") || b > 0 && toks[b-1].lower == "it" && next != "by"
}

// sibilantPlural reports whether w is a plural that adds "es" to a noun
// ending in a hiss: "inches", "branches", "bushes", "boxes", "losses". A
// noun that ends in "e" itself ("headaches", "niches", "axes" of "axe")
// is left to the plain rule.
func sibilantPlural(w string) bool {
	switch {
	case strings.HasSuffix(w, "ches"):
		return !strings.HasSuffix(w, "aches") && !strings.HasSuffix(w, "iches") && !strings.HasSuffix(w, "uches") && !strings.HasSuffix(w, "eches") ||
			sibilantEs[w]
	case strings.HasSuffix(w, "shes"), strings.HasSuffix(w, "sses"), strings.HasSuffix(w, "xes") && w != "axes", strings.HasSuffix(w, "zzes"):
		return true
	}
	return false
}

// sibilantEs are plurals in "-aches", "-iches", "-uches" and "-eches" of
// nouns ending in "ch": "beaches", "coaches", "speeches".
var sibilantEs = set(`beaches coaches approaches reaches breaches bleaches poaches roaches peaches leaches
speeches leeches pouches couches touches crouches ostriches riches sandwiches`)

// rangePercents gives the first figure of a range of percentages written
// once after the second ("between 60 and 70 percent", "from 5 to 7%",
// "60-70%") its percent, as "between 60% and 70%" writes it, and the
// second of one written once after the first ("from 5 percent to 7").
func (f *facts) rangePercents(s string) {
	for k := 0; k+1 < len(f.numbers); k++ {
		a, b := &f.numbers[k], f.numbers[k+1]
		if !strings.HasSuffix(b.Key, "%") || !isDigits(strings.ReplaceAll(strings.ReplaceAll(a.Key, ".", ""), "-", "")) || a.unit != "" {
			continue
		}
		for _, sep := range [...]string{" and ", " to ", "-", "–", " or "} {
			if strings.Contains(s, a.Text+sep+b.Text) {
				a.Key += "%"
				break
			}
		}
	}
	// "from 5 percent to 7": the second figure of a range the percent
	// of the first.
	for k := 0; k+1 < len(f.numbers); k++ {
		a, b := f.numbers[k], &f.numbers[k+1]
		if !strings.HasSuffix(a.Key, "%") || strings.HasSuffix(b.Key, "%") || !isDigits(strings.ReplaceAll(b.Text, ".", "")) || b.unit != "" {
			continue
		}
		for _, pct := range [...]string{"%", " percent", " per cent"} {
			if strings.Contains(s, "from "+a.Text+pct+" to "+b.Text) {
				b.Key += "%"
				break
			}
		}
	}
}

// timeClauseBefore reports whether toks[i], a word of a timetable after
// its "be" ("was due", "were scheduled"), stands in a clause of time
// opened by "before" or "until" a few words back, with no break of the
// clause between: "before the first train was due to pass".
func timeClauseBefore(s string, toks []token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-10; k-- {
		if clauseBreak(s[toks[k].start+len(toks[k].text) : toks[k+1].start]) {
			return false
		}
		if lw := toks[k].lower; lw == "before" || lw == "until" {
			return true
		}
	}
	return false
}

// clockAhead reports whether toks[k] is a time of the clock: "8pm",
// "8:15", or a figure with "a.m." or "p.m." after it.
func clockAhead(toks []token, k int) bool {
	if m := digitLed(toks[k].lower, clockRE); m != nil || strings.Contains(toks[k].lower, ":") && isDigits(strings.ReplaceAll(toks[k].lower, ":", "")) {
		return true
	}
	if k+1 == len(toks) || !isDigits(toks[k].lower) {
		return false
	}
	switch strings.ReplaceAll(toks[k+1].lower, ".", "") {
	case "am", "pm":
		return true
	}
	return false
}

// digitRuns counts the runs of digits in s, up to two: a range of days
// needs two.
func digitRuns(s string) int {
	n, in := 0, false
	for i := 0; i < len(s); i++ {
		d := s[i] >= '0' && s[i] <= '9'
		if d && !in {
			if n++; n == 2 {
				return n
			}
		}
		in = d
	}
	return n
}
