package align

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
)

// diffFacts returns the texts of facts only in a and only in b, by key.
// Weak facts (a dateline date) left over on one side only are no change.
func diffFacts(a, b []Fact) (rem, add []string) {
	var weakRem, weakAdd []string
	for _, f := range unmatchedByKey(a, b) {
		if f.weak {
			weakRem = append(weakRem, f.Text)
		} else {
			rem = append(rem, f.Text)
		}
	}
	for _, f := range unmatchedByKey(b, a) {
		if f.weak {
			weakAdd = append(weakAdd, f.Text)
		} else {
			add = append(add, f.Text)
		}
	}
	if len(weakRem) > 0 && len(weakAdd) > 0 {
		rem = append(rem, weakRem...)
		add = append(add, weakAdd...)
	}
	return rem, add
}

// unmatchedByKey returns the facts of a left over when each is paired
// with a fact of b of the same key, each fact of b at most once.
func unmatchedByKey(a, b []Fact) []Fact {
	count := make(map[string]int, len(b))
	for _, f := range b {
		count[f.Key]++
	}
	var out []Fact
	for _, f := range a {
		if count[f.Key] > 0 {
			count[f.Key]--
			continue
		}
		out = append(out, f)
	}
	return out
}

func diffStrings(a, b []string) (rem, add []string) {
	fa := make([]Fact, len(a))
	for i, s := range a {
		fa[i] = Fact{Key: s, Text: s}
	}
	fb := make([]Fact, len(b))
	for i, s := range b {
		fb[i] = Fact{Key: s, Text: s}
	}
	return diffFacts(fa, fb)
}

func texts(fs []Fact) []string {
	out := make([]string, len(fs))
	for i, f := range fs {
		out[i] = f.Text
	}
	return out
}

// arrow formats a change as "a, b → c".
func arrow(rem, add []string) string {
	l, r := strings.Join(rem, ", "), strings.Join(add, ", ")
	if l == "" {
		l = "(none)"
	}
	if r == "" {
		r = "(none)"
	}
	return l + " → " + r
}

// oneSided parses a detail made by arrow with one side empty: the facts
// given, and whether they were added (else dropped). ok is false when
// both sides name facts.
func oneSided(detail string) (given string, added, ok bool) {
	if given, ok = strings.CutPrefix(detail, "(none) → "); ok {
		return given, true, true
	}
	given, ok = strings.CutSuffix(detail, " → (none)")
	return given, false, ok
}

// quoteSentencesCut reports how a quote changed between two sentences'
// quotations a and b when the change is whole sentences of one quote
// left out of the other ("The grid was under strain. Consumption hit a
// record." → "The grid was under strain,"): Dropped when the reference's
// quote lost them, Added when the version's gained them, else Altered.
func quoteSentencesCut(a, b []Fact) Kind {
	rem, add := diffFacts(a, b)
	if len(rem) != 1 || len(add) != 1 {
		return Altered
	}
	switch {
	case sentencesLeftOut(rem[0], add[0]):
		return Dropped
	case sentencesLeftOut(add[0], rem[0]):
		return Added
	}
	return Altered
}

// fillerSentence reports whether a quote's sentence is a word or two of
// assent or address ("Absolutely.", "Thank you.", "Look."), no claim.
func fillerSentence(s string) bool {
	return len(words(s)) < 3
}

// sentencesLeftOut reports whether quote short is quote long with one or
// more of its sentences left out and nothing else changed but
// punctuation, at least one sentence being kept.
func sentencesLeftOut(long, short string) bool {
	rest := strings.Fields(quoteKey(short)) // "forty" is "40", "sulphur" "sulfur"
	kept, cut := 0, 0
	for _, sent := range quoteSentences(long) {
		ws := strings.Fields(quoteKey(sent))
		if len(ws) > 0 && len(ws) <= len(rest) && slices.Equal(ws, rest[:len(ws)]) {
			rest = rest[len(ws):]
			kept++
		} else if fillerSentence(sent) {
			return false // a word of assent cut is no claim dropped
		} else {
			cut++
		}
	}
	return len(rest) == 0 && kept > 0 && cut > 0
}

// quoteSentences splits quoted text at the end of each sentence: a full
// stop, question or exclamation mark before a space and a capital.
func quoteSentences(q string) []string {
	var out []string
	start := 0
	for i := 0; i+2 < len(q); i++ {
		if (q[i] == '.' || q[i] == '?' || q[i] == '!') && q[i+1] == ' ' && unicode.IsUpper(firstRune(q[i+2:])) && !abbreviationAt(q, i) {
			out = append(out, q[start:i+1])
			start = i + 2
		}
	}
	return append(out, q[start:])
}

// abbreviationAt reports whether the full stop at q[i] ends an
// abbreviation, not a sentence: "U.S.", "Gen.", "Dr.".
func abbreviationAt(q string, i int) bool {
	if q[i] != '.' {
		return false
	}
	w := q[strings.LastIndexByte(q[:i], ' ')+1 : i]
	return strings.Contains(w, ".") || titleAbbrevs[strings.ToLower(w)] || len(w) == 1
}

// diffQuotes compares quotations and describes the change, or returns "".
func diffQuotes(a, b []Fact) string {
	rem, add := diffFacts(a, b)
	if len(rem)+len(add) == 0 {
		return ""
	}
	if len(a) != len(b) && quotedWords(a) == quotedWords(b) {
		// One quote split in two around its speaker ("…," she said.
		// "…") or two joined: the same words.
		return ""
	}
	if len(rem) == 1 && len(add) == 1 {
		var parts []string
		for _, s := range WordDiff(rem[0], add[0]) {
			if strings.IndexFunc(s.Text, isWordRune) < 0 {
				continue // punctuation only
			}
			switch s.Op {
			case SpanDelete:
				parts = append(parts, "-"+strings.TrimSpace(s.Text))
			case SpanInsert:
				parts = append(parts, "+"+strings.TrimSpace(s.Text))
			}
		}
		return "quote changed: " + strings.Join(parts, " ")
	}
	return arrow(quoteTexts(rem), quoteTexts(add))
}

// quotedWords returns the words of quotes qs in order, lower-cased and
// joined by spaces, without punctuation.
func quotedWords(qs []Fact) string {
	var b strings.Builder
	for _, q := range qs {
		for _, w := range strings.FieldsFunc(q.Text, func(r rune) bool { return !isWordRune(r) }) {
			b.WriteString(strings.ToLower(w))
			b.WriteByte(' ')
		}
	}
	return b.String()
}

func quoteTexts(ss []string) []string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = `"` + s + `"`
	}
	return out
}

// diffAttribs compares who is credited; a name or source noun matches when
// one side's keys include the other's, and a pronoun matches anyone. A
// source named anywhere in the other sentence was restructured, not
// changed ("The union criticised…" → "…, according to the union"),
// and a credit to an outlet that only one document ever names is the
// retelling of its report ("According to CNN, …"), not a new claim.
// rw and vw are the word keys of the two sentences.
//
// told lists the named audiences dropped so ("she told the Gazette"
// against "she said"): the caller counts them as an attribution change
// when the words told changed as well.
// unmatchedWords returns the words of ws, a sentence's word set, less
// those that occur only in its attributions matched (used) with the
// other side's: a speaker of the other sentence counts as named in it
// only by words of its own.
func unmatchedWords(as []attribution, used []bool, ws map[string]bool) map[string]bool {
	var drop []string
	for i, x := range as {
		if !used[i] || !x.finding {
			continue
		}
		drop = append(drop, x.words...)
	}
	if len(drop) == 0 {
		return ws
	}
	for i, x := range as {
		if !used[i] || !x.finding {
			drop = slices.DeleteFunc(drop, func(w string) bool { return slices.Contains(x.words, w) })
		}
	}
	if len(drop) == 0 {
		return ws
	}
	out := make(map[string]bool, len(ws))
	for w := range ws {
		if !slices.Contains(drop, w) {
			out[w] = true
		}
	}
	return out
}

func (c *comparer) diffAttribs(a, b []attribution, rw, vw map[string]bool) (rem, add, retold, told []string) {
	usedB := make([]bool, len(b))
	usedA := make([]bool, len(a))
	// A source who asked not to be named and one on the record ("a
	// ministry official, asking not to be named" → "the ministry said in
	// a statement") are two sources, whatever body they speak for.
	onRecord := len(a) > 0 && len(b) > 0 && anonymousIn(a, rw) != anonymousIn(b, vw)
	for i, x := range a {
		for j, y := range b {
			if !usedB[j] && attribMatch(x, y) && !(onRecord && !x.audience && !y.audience) {
				usedA[i], usedB[j] = true, true
				break
			}
		}
	}
	// A generic noun ("the group", "the company") refers back to a source
	// that its own document also calls by the other side's head noun
	// ("the rebels" in a story about rebels). A source unnamed on purpose
	// is not the body on the record, whatever it is called.
	for i, x := range a {
		for j, y := range b {
			if usedA[i] || usedB[j] || onRecord {
				continue
			}
			switch {
			case otherKindsOfBody(x, y):
				// "according to the GMB union" → "according to the
				// company": a company is no union, however often the
				// story names both.
			case genericSource(x) && y.head != "":
				if refWords := c.sideWords(false); refWords[y.head] || refWords[y.head+"s"] {
					usedA[i], usedB[j] = true, true
				}
			case genericSource(y) && x.head != "":
				if verWords := c.sideWords(true); verWords[x.head] || verWords[x.head+"s"] {
					usedA[i], usedB[j] = true, true
				}
			}
		}
	}
	// A person named in the other sentence only as its subject matter
	// ("cared for by a veterinarian, Manu Faleafa, … Seluka said") who is
	// now its speaker ("…, Faleafa said"), where the old speaker is gone
	// from the sentence, is a new source, not a name the sentence shared.
	if x, y, ok := mentionTurnedSpeaker(a, b, usedA, usedB, rw, vw); ok {
		return []string{x}, []string{y}, nil, nil
	}
	// A pronoun credits someone named before: left over, it is the same
	// source told another way, not a new one.
	// A source whose words the other sentence gives only in a credit
	// matched already ("…, the institute said" beside "by the Doha
	// Marine Research Institute" on both sides) is left over too.
	freeR, freeV := unmatchedWords(a, usedA, rw), unmatchedWords(b, usedB, vw)
	var ra, rb []attribution
	// (An office told apart by what it deals with is another source,
	// whatever head it shares: see otherOffices.)
	for i, x := range a {
		if !usedA[i] && (!keysIn(x.keys, freeV) || slices.ContainsFunc(b, func(y attribution) bool { return otherOffices(x, y) })) && !pronounOnly(x) {
			ra = append(ra, x)
		}
	}
	for j, y := range b {
		if !usedB[j] && (!keysIn(y.keys, freeR) || slices.ContainsFunc(a, func(x attribution) bool { return otherOffices(x, y) })) && !pronounOnly(y) {
			rb = append(rb, y)
		}
	}
	// The press told on both sides ("told journalists after the
	// meeting" → "told reporters") is one audience in other words.
	if slices.ContainsFunc(ra, pressAudience) && slices.ContainsFunc(rb, pressAudience) {
		ra, rb = slices.DeleteFunc(ra, pressAudience), slices.DeleteFunc(rb, pressAudience)
	}
	// The outlet that tells of itself on one side ("told this
	// newspaper") is named on the other ("told the Noorderpost"): one
	// audience.
	if i, j := slices.IndexFunc(ra, selfOutlet), slices.IndexFunc(rb, outletAudience); i >= 0 && j >= 0 {
		retold = append(retold, rb[j].text)
		ra, rb = slices.Delete(ra, i, i+1), slices.Delete(rb, j, j+1)
	} else if i, j := slices.IndexFunc(ra, outletAudience), slices.IndexFunc(rb, selfOutlet); i >= 0 && j >= 0 {
		retold = append(retold, ra[i].text)
		ra, rb = slices.Delete(ra, i, i+1), slices.Delete(rb, j, j+1)
	}
	// An audience named on one side only ("told reporters") credits
	// nobody new.
	if len(ra) == 0 || len(rb) == 0 {
		var ta, tb []string
		ra, ta = dropAudience(ra)
		rb, tb = dropAudience(rb)
		// The wire whose dateline opens the other document heard
		// nothing new ("Luanda (AFP) -" against "…," he told AFP").
		// (Its name may be spelled out: "told The Associated Press".)
		heard := func(t string, wires map[string]bool) bool {
			return anyIn(words(Fold(t)), wires) || wires[capInitials(t)]
		}
		// Unless the other names the occasion the words were given at
		// instead ("said in a statement" → "told Xinhua"): see
		// venueSwap.
		occasion := func(own, other map[string]bool) bool {
			return slices.ContainsFunc(occasionWords, func(w string) bool { return other[w] && !own[w] })
		}
		ta = slices.DeleteFunc(ta, func(t string) bool { return heard(t, c.datelineWires(true)) && !occasion(rw, vw) })
		tb = slices.DeleteFunc(tb, func(t string) bool { return heard(t, c.datelineWires(false)) && !occasion(vw, rw) })
		told = append(ta, tb...)
	}
	// Two descriptions of one body ("the gallery said" → "the museum
	// announced").
	if sa, sb := speakers(ra), speakers(rb); len(sa) == 1 && len(sb) == 1 && sameBody(sa[0], sb[0]) && !onRecord {
		ra, rb = slices.DeleteFunc(ra, func(x attribution) bool { return !x.audience }), slices.DeleteFunc(rb, func(x attribution) bool { return !x.audience })
		if len(ra) == 0 || len(rb) == 0 {
			var ta, tb []string
			ra, ta = dropAudience(ra)
			rb, tb = dropAudience(rb)
			told = append(append(told, ta...), tb...)
		}
	}
	// One role named by two names ("Hale's lawyer, Petra Lindqvist," →
	// "Hale's lawyer, Petra Lindgren,"): the source is the same, the
	// name is the entity's change.
	if len(ra) == 1 && len(rb) == 1 && ra[0].role != "" && ra[0].role == rb[0].role {
		ra, rb = nil, nil
	}
	// One person called by name on one side and by the role the story
	// gives that name on the other ("Okafor wrote" → "the judge wrote"
	// where the story has "Judge Ada Okafor").
	if len(ra) == 1 && len(rb) == 1 && (c.namedInRole(ra[0], rb[0]) || c.namedInRole(rb[0], ra[0])) {
		ra, rb = nil, nil
	}
	// The wire agency credited in the other sentence's dateline
	// ("(EFE) —" against "…, the Spanish news agency EFE reported") is
	// the same report retold.
	// So is the wire whose dateline opens the other document ("Luanda
	// (AFP) -" against "…," he told AFP").
	ra = slices.DeleteFunc(ra, func(x attribution) bool {
		w := wireCredit(x, vw) || wireCredit(x, c.datelineWires(true))
		if w {
			retold = append(retold, x.text)
		}
		return w
	})
	rb = slices.DeleteFunc(rb, func(y attribution) bool {
		w := wireCredit(y, rw) || wireCredit(y, c.datelineWires(false))
		if w {
			retold = append(retold, y.text)
		}
		return w
	})
	// Anonymous sources retold as the reports they gave ("according to
	// sources, the firm plans …" → "the firm denied reports that it
	// planned …") are the same sources.
	ra = slices.DeleteFunc(ra, func(x attribution) bool { return anonymousSource(x) && reportsRetold(vw) })
	rb = slices.DeleteFunc(rb, func(y attribution) bool { return anonymousSource(y) && reportsRetold(rw) })
	swapped := len(ra) > 0 && len(rb) > 0
	for _, x := range ra {
		if swapped || !c.retelling(x.keys, c.refCapsN, c.verCaps) && !outletCredit(x, c.verCaps, vw) {
			rem = append(rem, x.text)
		} else {
			retold = append(retold, x.text)
		}
	}
	if !swapped {
		// A body described as the other sentence names it: "the
		// museum said" where the reference has "the gallery".
		ra, rb = describedIn(ra, rw), describedIn(rb, vw)
	}
	for _, y := range rb {
		if swapped || !c.retelling(y.keys, c.verCapsN, c.refCaps) && !outletCredit(y, c.refCaps, rw) {
			add = append(add, y.text)
		} else {
			retold = append(retold, y.text)
		}
	}
	return rem, add, retold, told
}

// namedInRole reports whether attribution name is a bare name ("Okafor")
// and attribution role a definite role noun ("the judge") that a title
// in either document gives that name ("Judge Ada Okafor", "Trade
// Minister Ada Okafor").
func (c *comparer) namedInRole(name, role attribution) bool {
	if len(name.keys) != 1 || name.keys[0] != name.head || len(role.keys) != 1 || role.keys[0] != role.head ||
		!strings.HasPrefix(strings.ToLower(role.text), "the ") || !capitalised(lastWord(name.text)) {
		return false
	}
	return slices.Contains(c.rolesOfNames()[name.head], role.head)
}

// rolesOfNames maps the last word of every titled name of either
// document ("okafor" of "Judge Ada Okafor") to its role nouns; it is
// built on first use.
func (c *comparer) rolesOfNames() map[string][]string {
	if c.roles != nil {
		return c.roles
	}
	c.roles = make(map[string][]string)
	for _, us := range [][]unit{c.rs, c.vs} {
		for i := range us {
			for _, tn := range c.factsOf(&us[i]).titles {
				c.roles[tn.name] = append(c.roles[tn.name], tn.heads...)
			}
		}
	}
	return c.roles
}

// speakers returns the attributions of as that credit a speaker, not an
// audience.
func speakers(as []attribution) []attribution {
	var out []attribution
	for _, a := range as {
		if !a.audience {
			out = append(out, a)
		}
	}
	return out
}

// anonymousSource reports whether attribution x credits unnamed
// sources only: "sources", "people familiar with the matter".
func anonymousSource(x attribution) bool {
	if len(x.acros) > 0 {
		return false
	}
	for _, k := range x.keys {
		if k != "#one" && k != "source" && k != "sources" && k != "person" && k != "people" && k != "insider" && k != "insiders" {
			return false
		}
	}
	return len(x.keys) > 0
}

// anonymousIn reports whether a sentence of word keys ws credits its
// claim to someone unnamed on purpose: a source or insider ("a police
// source", "people familiar with the matter"), or one speaking on
// condition of anonymity or "asking not to be named".
func anonymousIn(as []attribution, ws map[string]bool) bool {
	if ws["anonymity"] || ws["anonymously"] || ws["familiar"] && (ws["matter"] || ws["talks"] || ws["discussions"] || ws["plans"] || ws["situation"]) ||
		ws["named"] && ws["not"] && (ws["asked"] || ws["asking"] || ws["declined"] || ws["requested"]) ||
		(ws["authorised"] || ws["authorized"]) && ws["not"] && (ws["speak"] || ws["comment"] || ws["publicly"]) {
		return true
	}
	return slices.ContainsFunc(as, func(a attribution) bool {
		return !a.audience && slices.ContainsFunc(a.keys, func(k string) bool {
			return k == "source" || k == "sources" || k == "insider" || k == "insiders"
		})
	})
}

// reportsRetold reports whether a sentence of word keys ws refers to
// reports, claims or rumours of what it tells.
func reportsRetold(ws map[string]bool) bool {
	return ws["reports"] || ws["claims"] || ws["rumours"] || ws["rumors"] || ws["speculation"]
}

// outletCredit reports whether attribution x credits a news outlet by
// name ("the BBC reported", "according to the Valley Herald") that the
// other document, whose capitalised words are other, never names: a
// copy crediting the report it retells, not a new source of the claim.
// When the other sentence, of word keys ow, credits an outlet itself
// ("DENVER (AP) —"), crediting another one is a change.
func outletCredit(x attribution, other, ow map[string]bool) bool {
	for w := range ow {
		if creditWords[w] || outletNames[w] {
			return false
		}
	}
	// The other document may name a part of the outlet's name, a place
	// ("the Jordan Times" in a story from Jordan), but not all of it.
	named, outlet, unnamed := false, false, false
	for _, k := range x.keys {
		if strings.HasPrefix(k, "#") {
			continue
		}
		unnamed = unnamed || !other[k]
		named = true
		outlet = outlet || creditWords[k] || outletNames[k] || outletWords[k]
	}
	// Words that end a paper's name only ("the Malta Independent", "the
	// Jamaica Gleaner") are read at its end.
	if ws := words(strings.ToLower(x.text)); len(ws) > 1 && outletEnds[ws[len(ws)-1]] {
		outlet = true
	}
	return named && outlet && unnamed && !x.audience
}

// outletEnds end the names of newspapers but are common words
// elsewhere: "the Malta Independent", "the Jamaica Gleaner", "the
// Standard".
var outletEnds = set(`independent gleaner standard nation monitor star mirror sun`)

// outletNames are broadcasters and news services known by their
// initials or a one-word name; creditWords holds the wire agencies.
var outletNames = set(`bbc nbc cbs abc npr pbs cbc ctv rte itv sky ndtv wion abs-cbn gma sabc kbc ntv ktn
aljazeera jazeera dw france24 rfi voa rferl nhk kbs arirang cgtn tass ria interfax yle svt nrk`)

// outletWords end the names of newspapers, magazines and broadcasters:
// "the Valley Herald", "Channel 4 News".
var outletWords = set(`news times post herald tribune chronicle journal gazette radio television tv
broadcaster daily express telegraph guardian mail observer courier magazine channel newspaper
bulletin dispatch inquirer examiner enquirer`)

// datelineWires returns the word keys of the wire agencies credited in
// the datelines of the version's sentences (ver) or the reference's:
// "afp" of "Luanda (AFP) - …".
func (c *comparer) datelineWires(ver bool) map[string]bool {
	k := 0
	us := c.rs
	if ver {
		k, us = 1, c.vs
	}
	if c.wires[k] == nil {
		c.wires[k] = make(map[string]bool)
		for i := range us {
			end := datelineEnd(us[i].raw)
			if end == 0 {
				continue
			}
			for _, w := range words(Fold(us[i].raw[:end])) {
				if creditWords[w] {
					c.wires[k][w] = true
				}
			}
		}
	}
	return c.wires[k]
}

// wireCredit reports whether attribution x names a wire agency, by
// name or initials ("The Associated Press" is "AP"), that the other
// sentence, of word keys other, also names.
func wireCredit(x attribution, other map[string]bool) bool {
	for _, ks := range [2][]string{x.keys, x.acros} {
		for _, k := range ks {
			if k != "advertisement" && creditWords[k] && other[k] {
				return true
			}
		}
	}
	return false
}

// retelling reports whether keys name a source credited in at least two
// sentences of its own document and never named in the other.
func (c *comparer) retelling(keys []string, own map[string]int, other map[string]bool) bool {
	n := 0
	for _, k := range keys {
		if strings.HasPrefix(k, "#") {
			continue
		}
		if own[k] < 2 || other[k] {
			return false
		}
		n++
	}
	return n > 0
}

func wordSet(s string) map[string]bool {
	m := make(map[string]bool)
	for _, w := range words(s) {
		m[wordKey(w)] = true
	}
	return m
}

// keysIn reports whether every name key occurs among the words.
func keysIn(keys []string, ws map[string]bool) bool {
	n := 0
	for _, k := range keys {
		if strings.HasPrefix(k, "#") {
			continue
		}
		if !ws[k] {
			return false
		}
		n++
	}
	return n > 0
}

// attribMatch reports whether two attributions credit the same source:
// one's keys include the other's, with a run of capitalised words matching
// its initials ("United Nations" and "UN"), or the head noun of one is a
// word of the other ("the three judges" and "the three-judge panel").
func attribMatch(x, y attribution) bool {
	if len(x.keys) == 1 && x.keys[0] == "#pron" || len(y.keys) == 1 && y.keys[0] == "#pron" {
		return !x.audience && !y.audience // "she" is who told, not who heard
	}
	if otherOffices(x, y) {
		return false // "the regional tourism office" and "the state statistics office"
	}
	if otherServices(x.words, y.words) {
		return false // "the ambulance service" and "the fire service"
	}
	xk, yk := acronymKeys(x, y), acronymKeys(y, x)
	if subset(xk, yk) || subset(yk, xk) {
		return true
	}
	// "Belarus's emergencies ministry" and "the country's Ministry of
	// Emergency Situations": the country named on one side only, when
	// the other names none, specifies the body, it names no other.
	if cx, cy := withoutCountries(x, xk), withoutCountries(y, yk); len(cx) < len(xk) && len(cy) == len(yk) && len(cx) > 0 && (subset(cx, yk) || subset(yk, cx)) ||
		len(cy) < len(yk) && len(cx) == len(xk) && len(cy) > 0 && (subset(cy, xk) || subset(xk, cy)) {
		return true
	}
	// One person described two ways: "Kingsmere manager Steve Corrigan"
	// and "boss Steve Corrigan" share the full name.
	if x.head != "" && x.head == y.head && len(x.acros) > 0 && len(y.acros) > 0 && fullName(x.text) != "" && fullName(x.text) == fullName(y.text) {
		return true
	}
	if x.head != "" && y.head != "" && x.head != y.head && len(x.acros) == 0 && len(y.acros) == 0 && len(x.keys) == 1 && len(y.keys) == 1 &&
		nounSynonyms(x.keys[0], y.keys[0]) && commonNoun(x) && commonNoun(y) && sameQualifiers(x, y) {
		return true // "Residents say" and "Villagers say"
	}
	if len(x.keys) == 1 && len(y.keys) == 1 && (advocatesOf(x.keys[0], y.keys[0]) || advocatesOf(y.keys[0], x.keys[0])) {
		return true // "Conservation groups say" and "Conservationists say"
	}
	if kx, ky := describedKind(x), describedKind(y); kx != "" && ky == "" && bareKind(y, kx) || ky != "" && kx == "" && bareKind(x, ky) {
		return true // "Residents said" and "People living nearby said"
	}
	if wireReference(x) && namesWire(y) || wireReference(y) && namesWire(x) {
		return true // "told AFP" and "told the news agency"
	}
	if nx, ny := sourceNameKeys(x), sourceNameKeys(y); len(nx) > 0 && len(ny) > 0 && !slices.ContainsFunc(nx, func(k string) bool { return slices.Contains(ny, k) }) {
		return false // "the state news agency BelTA" and "the Interfax news agency": two named
	}
	return x.head != "" && modifies(x.head, y) || y.head != "" && modifies(y.head, x)
}

// otherOffices reports whether two sources are offices of one kind of
// noun that say, each by a word of their own before it, what they deal
// with: "the tourism office" and "the statistics office", "the labour
// department" and "the health department". Words of scope ("regional",
// "state") and owners ("the city's") say nothing of what an office does.
func otherOffices(x, y attribution) bool {
	if x.head == "" || x.head != y.head || !officeHeads[x.head] {
		return false
	}
	mx, my := officeModifiers(x), officeModifiers(y)
	if len(mx) == 0 || len(my) == 0 {
		return false
	}
	for _, a := range mx {
		for _, b := range my {
			if strings.Contains(a, b) || strings.Contains(b, a) || sharedPrefix(a, b) >= 5 || synonymous(a, b) || sameOfficeWords[a+":"+b] || sameOfficeWords[b+":"+a] {
				return false // "tourism" and "tourist", "meteorological" and "weather"
			}
		}
	}
	return true
}

// sharedPrefix returns the number of bytes a and b share at their start.
func sharedPrefix(a, b string) int {
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	return n
}

// sameOfficeWords pair the words that name one field of an office in
// other words: "the meteorological office" is "the weather office".
var sameOfficeWords = set(`meteorological:weather met:weather revenue:tax customs:border labour:employment labor:employment
health:medical statistic:census`)

// officeModifiers returns the lower-case words of source a before its
// head that say what it deals with (see otherOffices).
func officeModifiers(a attribution) []string {
	var out []string
	for _, w := range strings.Fields(a.text) {
		lw := strings.ToLower(strings.Trim(w, ",."))
		if singular(lw) == a.head {
			return out
		}
		if capitalised(w) || stopWords[lw] || scopeWords[lw] || strings.HasSuffix(lw, "'s") || strings.HasSuffix(lw, "’s") {
			continue
		}
		out = append(out, singular(wordKey(lw))) // "harbour" is "harbor"
	}
	return nil
}

// officeHeads are the nouns of bodies that a word before them tells
// apart: "office", "department", "agency".
var officeHeads = set(`office department agency bureau board commission institute directorate authority service unit`)

// scopeWords tell where or at what level a body works, not what it does:
// the levels of bodyLevels and words of rank or standing.
var scopeWords = union(bodyLevels, set(`national federal central government official public main head chief new`))

// advocatesOf reports whether key b names the advocates of the cause key
// a names: "conservationists" of "conservation" (groups),
// "environmentalists" of "environmental" (groups).
func advocatesOf(a, b string) bool {
	rest, ok := strings.CutPrefix(b, a)
	return ok && len(a) >= 5 && (rest == "ists" || rest == "ist") && !outletWords[a] // not "the Journal" and "journalists"
}

// sourceNameKeys returns the keys of a that name it rather than say what it
// is: "belta" of "the state news agency BelTA", not "agency".
func sourceNameKeys(a attribution) []string {
	var out []string
	for i, w := range strings.Fields(a.text) {
		if prepositionWords[strings.ToLower(w)] || strings.EqualFold(w, "at") {
			break // "a nurse at Phonkham Hospital": where the source works
		}
		if i == 0 || !capitalised(w) {
			continue // (a first word may be capitalised as the sentence's)
		}
		k := wordKey(strings.ToLower(strings.Trim(w, `,.;:"“”'’`)))
		if slices.Contains(a.keys, k) && !sourceNouns[k] && !roleNouns[k] && !classifierNouns[k] && !officeWord(k) {
			out = append(out, k)
		}
	}
	return out
}

// wireReference reports whether attribution a names no outlet but
// refers to one by what it is: "the news agency", "the agency", "the
// wire service".
func wireReference(a attribution) bool {
	if a.head != "agency" && a.head != "service" || len(a.acros) > 0 || strings.Contains(a.text, "Agency") || strings.Contains(a.text, "Service") {
		return false // "the Wire Agency" names one
	}
	for _, k := range a.words {
		switch k {
		case "new", "news", "agency", "wire", "service":
		default:
			return false
		}
	}
	return true
}

// namesWire reports whether attribution a credits a wire agency: "AFP",
// "Reuters" (not a broadcaster, nor a country's state agency).
func namesWire(a attribution) bool {
	return slices.ContainsFunc(a.keys, func(k string) bool { return creditWords[k] && k != "advertisement" })
}

// describedKindRE matches, in folded text, a kind of source told in
// several words: "people living nearby", "construction firms".
var describedKindRE = regexp.MustCompile(`^(?:the |some |many )?(?:(people|those|families) (?:living|who live) (?:nearby|near(?:by)? the \S+|in the area|locally|there)|(construction|building) (?:firms|companies))$`)

// describedKind returns the noun of sourceKinds that attribution a's
// words describe ("people living nearby" are "residents", "construction
// firms" "builders"), or "".
func describedKind(a attribution) string {
	m := describedKindRE.FindStringSubmatch(Fold(a.text))
	switch {
	case m == nil:
		return ""
	case m[1] != "":
		return "residents"
	}
	return "builders"
}

// bareKind reports whether attribution a credits one common noun of the
// same sourceKinds group as noun kind, with no other words: "Residents",
// "Builders".
func bareKind(a attribution, kind string) bool {
	return len(a.keys) == 1 && len(a.acros) == 0 && commonNoun(a) && nounSynonyms(a.keys[0], kind) && len(words(Fold(a.text))) <= 2
}

// commonNoun reports whether the key of attribution a is written in
// lower case, or opens it: "Residents", "the local fire service", not
// "the Post".
func commonNoun(a attribution) bool {
	ws := strings.Fields(a.text)
	for i, w := range ws {
		if lw := strings.ToLower(strings.Trim(w, ",.;:'’")); lw == a.keys[0] {
			return i == 0 || lw == strings.Trim(w, ",.;:'’")
		}
	}
	return false
}

// sameQualifiers reports whether the words that qualify the source of
// one attribution, but for its key, are all among the other's, matched
// by their first four letters, and either both or neither have such
// words: "Villagers in the east" and "Residents of several villages in
// the east", not "Villagers in the hills" and "Residents of the
// capital", nor "Residents" and "Villagers of the capital".
func sameQualifiers(x, y attribution) bool {
	rest := func(a attribution) []string {
		var out []string
		for _, w := range words(Fold(a.text)) {
			if !stopWords[w] && w != a.keys[0] && !determinerWords[w] {
				out = append(out, w[:min(len(w), 4)])
			}
		}
		return out
	}
	rx, ry := rest(x), rest(y)
	if len(rx) > len(ry) {
		rx, ry = ry, rx
	}
	if len(rx) == 0 && len(ry) > 0 {
		return false // "the department" and "the prison service", "Residents" and "People online"
	}
	for _, w := range rx {
		if !slices.Contains(ry, w) {
			return false
		}
	}
	return true
}

// nounSynonyms reports whether two common nouns naming a source share a
// synonym group ("company" and "firm") or a group of sourceKinds
// ("residents" and "villagers", "automakers" and "carmakers"):
// as who spoke, not as who was hurt ("care home residents" are no
// villagers).
func nounSynonyms(a, b string) bool {
	ga, oka := sourceKinds[a]
	gb, okb := sourceKinds[b]
	if oka && okb {
		return ga == gb
	}
	sa := verbSynonyms[a]
	return len(sa) > 0 && slices.ContainsFunc(verbSynonyms[b], func(g int) bool { return slices.Contains(sa, g) })
}

// sourceKinds groups common nouns that name the same kind of source:
// the people of a place, an industry, a trade. ("The health department"
// and "the health service" are two bodies in some countries.)
var sourceKinds = func() map[string]int {
	m := make(map[string]int)
	for g, ws := range []string{
		`resident residents local locals inhabitant inhabitants villager villagers townspeople townsfolk`,
		`automaker automakers carmaker carmakers`,
		`builder builders contractor contractors`,
		`farmer farmers grower growers`,
	} {
		for _, w := range strings.Fields(ws) {
			m[w] = g
		}
	}
	return m
}()

// ownerOfShared reports whether folded text f gives the added name key k
// as a possessive ("un's") right before a name of the other side's
// entities other.
func ownerOfShared(k, f string, other []Fact) bool {
	lk := k + "'s"
	i := strings.Index(f, lk+" ")
	if i < 0 || i > 0 && f[i-1] != ' ' {
		return false
	}
	next, _, _ := strings.Cut(f[i+len(lk)+1:], " ")
	next = strings.Trim(next, ",.;:")
	for _, e := range other {
		if e.Key == wordKey(next) {
			return true
		}
	}
	return false
}

// fullName returns the last two words of an attribution's text when both
// are capitalised, folded ("steve corrigan"), or "".
func fullName(text string) string {
	ws := strings.Fields(text)
	if len(ws) < 2 {
		return ""
	}
	last := ws[len(ws)-2:]
	for _, w := range last {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return ""
		}
	}
	return strings.ToLower(last[0] + " " + last[1])
}

// modifies reports whether word w is a word of a other than its head:
// "judge" in "the three-judge panel". A word that is an adjective
// before a noun says nothing of who spoke: "Locals" are not "local
// officials", nor "an official" "official media".
func modifies(w string, a attribution) bool {
	if adjectivalNouns[w] {
		// "Locals" are "local people" or "local residents".
		return (w == "local" || w == "locals") && peopleNouns[a.head] && slices.Contains(a.words, "local")
	}
	for _, x := range a.words {
		if x == w && x != a.head {
			return true
		}
	}
	return false
}

// peopleNouns name people in general, whom "locals" are when local.
var peopleNouns = set(`people person persons residents resident inhabitants villagers folk`)

// adjectivalNouns name a source as nouns ("locals", "an official") and
// qualify one as adjectives ("local officials", "official media").
var adjectivalNouns = set(`local locals official officials native natives national nationals`)

// acronymKeys returns the keys of x, with the words of a capitalised run
// whose initials are a key of y replaced by those initials.
func acronymKeys(x, y attribution) []string {
	keys := x.keys
	for _, a := range x.acros {
		if !slices.Contains(y.keys, a) {
			continue
		}
		var out []string
		left := a
		for _, k := range keys {
			if left != "" && !strings.HasPrefix(k, "#") && strings.IndexRune(left, firstRune(k)) >= 0 {
				left = strings.Replace(left, string(firstRune(k)), "", 1)
				continue
			}
			out = append(out, k)
		}
		keys = append(out, a)
	}
	return keys
}

func subset(a, b []string) bool {
	for _, k := range a {
		found := false
		for _, l := range b {
			if k == l {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// diffEntities compares names. Shortening a name ("Interior Minister Ana
// Ruiz" → "Ruiz") is not a change; a swapped, dropped or new name
// is. A name found elsewhere in the reference is not new to the story.
// vw holds the word keys of the version sentence vf.
//
// A name left out of a sentence but found in the version sentence just
// before or after it (near returns their word keys) moved there when the
// sentences were restructured.
func (c *comparer) diffEntities(a, b []Fact, skip map[string]bool, rf, vf string, vw map[string]bool, near func() map[string]bool) string {
	var fa, fb []Fact
	// A lone initial word on both sides is kept: "Acme said …" →
	// "Bolt said …" swaps the subject.
	loneA, loneB := c.loneInitials(a, c.refCapsN), c.loneInitials(b, c.verCapsN)
	if indexKey(b, loneA) >= 0 {
		loneA = "" // a name the other side gives too
	}
	if indexKey(a, loneB) >= 0 {
		loneB = ""
	}
	both := loneA != "" && loneB != "" && loneA != loneB
	for _, f := range a {
		if !skip[f.Key] && (both || f.Key != loneA) {
			fa = append(fa, f)
		}
	}
	for _, f := range b {
		if !skip[f.Key] && (both || f.Key != loneB) {
			fb = append(fb, f)
		}
	}
	if d := titleSwap(fa, fb); d != "" {
		return d
	}
	rem, add := diffFacts(fa, fb)
	rem, add = dropPlaceForms(rem, add)
	rem, add = dropTitleForms(rem, add)
	if len(rem) > 0 && len(add) > 0 && swappedInPlace(rem, add, rf, vf) && !sameName(rem, add) {
		// "a shopkeeper in Thimphu" → "a shopkeeper in Paro": one name
		// put in the other's place, however often the story names both.
		return arrow(rem, add)
	}
	add = filterOut(add, c.refCaps)
	// A platform a statement was posted on ("said in a statement on
	// Telegram") is the medium, not a claim.
	add = filterOut(add, platforms)
	rem = filterOut(rem, platforms)
	// A country for its adjective: "the Spanish court" → "Spain's court".
	add = filterFunc(add, func(k string) bool {
		for r := range c.refCaps {
			if sameNation(k, r) {
				return true
			}
		}
		return false
	})
	rem = filterFunc(rem, func(k string) bool {
		for _, f := range fb {
			if sameNation(k, f.Key) {
				return true
			}
		}
		return false
	})
	// An acronym standing for a name of the other side: "EU", "European Union".
	add = filterOut(add, acronyms(fa))
	// A capital for its country, as news copy writes governments:
	// "Pakistan and the United Kingdom" → "Islamabad and London".
	add = filterFunc(add, func(k string) bool { return capitalOfNamed(k, c.refCaps) })
	// An owner put before a name both sides give ("the UN's Food and
	// Agriculture Organisation", "Acme's chief Jo Lee") adds no claim.
	// Only a name added: one swapped ("St Brennan's Hospital" → "St
	// Brendan's Hospital") is the change.
	if len(rem) == 0 {
		add = filterFunc(add, func(k string) bool { return ownerOfShared(k, vf, fa) })
	}
	nonTitle := func(ss []string) []string {
		var out []string
		for _, s := range ss {
			if !titleWords[wordKey(strings.ToLower(strings.TrimSuffix(s, ".")))] {
				out = append(out, s)
			}
		}
		return out
	}
	if len(rem) > 0 && len(add) > 0 && sameLetters(rem, add) {
		// One name written in one word or two: "Việt Nam" → "Vietnam".
		rem, add = nil, nil
	}
	switch {
	case len(rem) > 0 && len(add) > 0:
		return arrow(rem, add)
	case len(add) > 0 && len(nonTitle(add)) > 0:
		return arrow(nil, add)
	}
	// A name dropped whole: none of its words is left in the version.
	inVer := vw
	pron := hasPronoun(vf) || hasDescription(vf)
	var gone []string
	for i := 0; i < len(fa); {
		j := i
		var seqWords []string
		left := false
		for j < len(fa) && fa[j].seq == fa[i].seq {
			if !titleWords[fa[j].Key] {
				seqWords = append(seqWords, fa[j].Text)
				// A name the version gives inside a compound
				// ("Kandor-backed") is left too.
				left = left || inVer[fa[j].Key] || indexKey(b, fa[j].Key) >= 0
			}
			j++
		}
		if acr := initials(fa[i:j]); acr != "" && inVer[acr] || joinedInitials(fa, i, j, inVer) || inVer[capitals[seqKey(fa[i:j])]] ||
			j > i+1 && inVer[joinedKeys(fa[i:j])] {
			left = true // "Việt Nam" → "Vietnam" too
		}
		if !left && placeNamedIn(seqKey(fa[i:j]), vf) {
			left = true // "the U.S." → "the United States"
		}
		if j == i+1 && !left && creditWords[fa[i].Key] && (inVer["agency"] || inVer["service"]) && !inVer["state"] {
			left = true // "told AFP" → "told the news agency"
		}
		if j == i+1 && !left {
			for w := range inVer {
				if sameNation(w, fa[i].Key) {
					left = true // "a Spanish court" → "a court in Spain"
					break
				}
			}
		}
		// The name's own words, not a title before it ("Rep. Ana
		// Ruiz"), are looked for near.
		nearBy := slices.ContainsFunc(fa[i:j], func(f Fact) bool { return !titleWords[f.Key] && near()[f.Key] })
		// A platform a statement was posted on ("in a post on X") is
		// the medium, as above.
		medium := j == i+1 && platforms[fa[i].Key]
		if len(seqWords) > 0 && !left && !medium && !(pron && (c.verCaps[fa[i].Key] || c.verCapsN[fa[i].Key] > 0)) && !nearBy {
			gone = append(gone, strings.Join(seqWords, " "))
		}
		i = j
	}
	if len(gone) > 0 {
		return arrow(gone, nil)
	}
	return ""
}

// sameName reports whether name words a and b name one thing: one is the
// other's initials ("European Union", "EU"), its demonym ("Spain",
// "Spanish") or the same letters ("Việt Nam", "Vietnam").
func sameName(a, b []string) bool {
	ja, jb := strings.Join(a, " "), strings.Join(b, " ")
	if initialsOf(ja, jb) || initialsOf(jb, ja) || sameLetters(a, b) {
		return true
	}
	ka, kb := wordKey(strings.ToLower(ja)), wordKey(strings.ToLower(jb))
	if len(a) != 1 || len(b) != 1 {
		return false
	}
	return sameNation(ka, kb)
}

// dropPlaceForms removes from name words rem and add a country, state
// or province named on each side by another of its names ("United
// Kingdom" → "Britain", "United States" → "US", "Vt" → "Vermont"),
// returning the rest.
func dropPlaceForms(rem, add []string) ([]string, []string) {
	if len(rem) == 0 || len(add) == 0 || !slices.ContainsFunc(rem, placeFormWord) || !slices.ContainsFunc(add, placeFormWord) {
		return rem, add
	}
	fr, fv := placeFormSpans(rem, true), placeFormSpans(add, true)
	drop := func(ws []string, at map[string][]int, other map[string][]int) []string {
		gone := map[int]bool{}
		for c, is := range at {
			if other[c] != nil {
				for _, i := range is {
					gone[i] = true
				}
			}
		}
		if len(gone) == 0 {
			return ws
		}
		var out []string
		for i, w := range ws {
			if !gone[i] {
				out = append(out, w)
			}
		}
		return out
	}
	return drop(rem, fr, fv), drop(add, fv, fr)
}

// dropTitleForms removes from name words rem and add a title written
// out on one side and abbreviated on the other ("Representative" →
// "Rep."), returning the rest.
func dropTitleForms(rem, add []string) ([]string, []string) {
	if len(rem) == 0 || len(add) == 0 {
		return rem, add
	}
	full := func(w string) string {
		w = strings.ToLower(strings.TrimSuffix(w, "."))
		if f := titleInFull[w]; f != "" {
			return wordKey(f)
		}
		return wordKey(w)
	}
	var gone []string
	for _, r := range rem {
		for _, a := range add {
			if fr, fa := full(r), full(a); fr == fa && !strings.EqualFold(strings.TrimSuffix(r, "."), strings.TrimSuffix(a, ".")) {
				gone = append(gone, r, a)
			}
		}
	}
	if gone == nil {
		return rem, add
	}
	keep := func(ws []string) []string {
		var out []string
		for _, w := range ws {
			if !slices.Contains(gone, w) {
				out = append(out, w)
			}
		}
		return out
	}
	return keep(rem), keep(add)
}

// placeNamedIn reports whether the name of key k is one of placeForms
// or placeAbbrevs and folded text f names the same place by any of
// them.
func placeNamedIn(k, f string) bool {
	k = strings.ReplaceAll(k, ".", "")
	c := placeForms[k]
	if c == "" {
		c = placeAbbrevs[k]
	}
	return c != "" && placeFormSpans(words(f), false)[c] != nil
}

// placeFormSpans returns, for each place of placeForms that words ws
// name, the indexes of the words naming it: "United Kingdom" gives "uk"
// its two words. Words of names (names true) may abbreviate a state
// ("Vt"); in folded text, where "man" and "miss" are words, only an
// abbreviation with a period inside ("n.h.") counts.
func placeFormSpans(ws []string, names bool) map[string][]int {
	out := map[string][]int{}
	for i := range ws {
		for n := 3; n >= 1; n-- {
			if i+n > len(ws) {
				continue
			}
			k := strings.ToLower(strings.Join(ws[i:i+n], " "))
			bare := strings.ReplaceAll(k, ".", "")
			c := placeForms[bare]
			if c == "" && (names || strings.Contains(strings.TrimSuffix(k, "."), ".")) {
				c = placeAbbrevs[bare] // not "man", "miss" in folded text
			}
			if c != "" {
				for j := i; j < i+n; j++ {
					out[c] = append(out[c], j)
				}
				break
			}
		}
	}
	return out
}

// placeFormWord reports whether name word w may stand in a name of
// placeForms: the cheap test before the names are joined.
func placeFormWord(w string) bool {
	w = strings.ToLower(strings.ReplaceAll(w, ".", ""))
	return placeFormWords[w] || placeAbbrevs[w] != ""
}

// placeFormWords are the words of the names of placeForms.
var placeFormWords = func() map[string]bool {
	m := map[string]bool{}
	for k := range placeForms {
		for _, w := range strings.Fields(k) {
			m[w] = true
		}
	}
	return m
}()

// placeForms maps the names of countries that news copy writes more
// than one way to one of them, and the names of the states and
// provinces of placeAbbrevs to themselves.
var placeForms = func() map[string]string {
	m := map[string]string{"united kingdom": "uk", "great britain": "uk", "britain": "uk", "uk": "uk",
		"united states": "us", "us": "us", "usa": "us",
		"united arab emirates": "uae", "uae": "uae"}
	for _, name := range placeAbbrevs {
		m[name] = name
	}
	return m
}()

// placeAbbrevs maps the abbreviations of news style for states and
// provinces, periods dropped, to their names: "N.H." is "New
// Hampshire", "Alta." "Alberta". A word such as "Miss" or "Wash" counts
// only as a name, beside the state written out on the other side.
// Louisiana's "La." is left out: "LA" is Los Angeles in news copy.
var placeAbbrevs = func() map[string]string {
	m := map[string]string{}
	for _, pair := range strings.Split(`ala alabama,ariz arizona,ark arkansas,calif california,colo colorado,
conn connecticut,del delaware,fla florida,ga georgia,ill illinois,ind indiana,kan kansas,kans kansas,
ky kentucky,md maryland,mass massachusetts,mich michigan,minn minnesota,miss mississippi,
mo missouri,mont montana,neb nebraska,nebr nebraska,nev nevada,nh new hampshire,nj new jersey,nm new mexico,
ny new york,nc north carolina,nd north dakota,okla oklahoma,ore oregon,pa pennsylvania,ri rhode island,
sc south carolina,sd south dakota,tenn tennessee,tex texas,vt vermont,va virginia,wash washington,
wva west virginia,wis wisconsin,wyo wyoming,ont ontario,que quebec,bc british columbia,alta alberta,
sask saskatchewan,man manitoba,ns nova scotia,nb new brunswick,nfld newfoundland,pei prince edward island,
nsw new south wales,qld queensland,vic victoria,tas tasmania`, ",") {
		abbr, name, _ := strings.Cut(strings.TrimSpace(pair), " ")
		m[abbr] = name
	}
	return m
}()

// sameNation reports whether name keys a and b name one country or its
// people: one is the other's demonym ("spain", "spanish"), or both are
// the country's adjective spelt two ways ("ecuadorean", "ecuadorian").
func sameNation(a, b string) bool {
	if demonym(a, b) || demonym(b, a) {
		return true
	}
	if len(a) < 5 || len(b) < 5 || a[:4] != b[:4] {
		return false
	}
	return slices.ContainsFunc(countryWords(), func(c string) bool { return demonym(a, c) && demonym(b, c) })
}

// swappedInPlace reports whether the name words rem, run together in
// folded text rf, stand where the name words add stand in folded text
// vf: the two words before them, the last a preposition, and the word
// after them are the same on both sides. A name acting in the claim
// ("that Russia would respond" → "that Moscow would respond") may be
// told by another name for one actor.
func swappedInPlace(rem, add []string, rf, vf string) bool {
	at := func(names []string, f string) (before, after string, ok bool) {
		ws := words(f)
		ns := words(Fold(strings.Join(names, " ")))
		if len(ns) == 0 {
			return "", "", false
		}
		for i := 2; i+len(ns) <= len(ws); i++ {
			if slices.Equal(ws[i:i+len(ns)], ns) {
				if i+len(ns) < len(ws) {
					after = ws[i+len(ns)]
				}
				return ws[i-2] + " " + ws[i-1], after, true
			}
		}
		return "", "", false
	}
	rb, ra, okr := at(rem, rf)
	vb, va, okv := at(add, vf)
	_, prep, _ := strings.Cut(rb, " ")
	return okr && okv && rb == vb && ra == va && swapPrepositions[prep]
}

// swapPrepositions place what follows them: "a shopkeeper in Thimphu".
var swapPrepositions = set(`in at from near to into outside inside across around of`)

// joinedKeys returns the keys of facts fs written as one word.
func joinedKeys(fs []Fact) string {
	var b strings.Builder
	for _, f := range fs {
		b.WriteString(f.Key)
	}
	return b.String()
}

// sameLetters reports whether names a and b, put together, are the same
// letters apart from case, accents, spaces and hyphens.
func sameLetters(a, b []string) bool {
	letters := func(ss []string) string {
		return strings.Map(func(r rune) rune {
			if r == ' ' || r == '-' || r == '‐' {
				return -1
			}
			return unicode.ToLower(r)
		}, unaccented(strings.Join(ss, "")))
	}
	return letters(a) == letters(b)
}

// pairLeft pairs the numbers of a and b left unpaired (usedA, usedB)
// that same reports as one figure, and that count per the same thing.
func pairLeft(a, b []Fact, usedA, usedB []bool, same func(x, y Fact) bool) {
	for i, x := range a {
		for j, y := range b {
			if !usedA[i] && !usedB[j] && x.per == y.per && same(x, y) {
				usedA[i], usedB[j] = true, true
			}
		}
	}
}

// sameAmount reports whether number x is amount y written with less: y
// without its currency ("4" for "aed:4" or "$4.40"), or y's code or
// country ("egp:3100000000", "hong kong dollar:5000000") where y gives
// only the sign of that currency ("£3100000000"), as an Egyptian story's
// "pounds" are its EGP. Two codes ("HKD", "SGD") are two currencies.
func sameAmount(x, y Fact) bool {
	xc, xn := amountParts(x.Key)
	yc, yn := amountParts(y.Key)
	if xn != yn || yc == "" {
		return false
	}
	if xc == "" {
		return x.unit == "" && unicode.IsDigit(firstRune(x.Key)) // "4" for "4 dirhams"
	}
	if k := isoCurrencies.key[xc]; k != "" && k == yc {
		// "420 Kenyan shillings" ("kes:420") is "Sh420" ("ksh:420"), the
		// shillings of a story that names no other.
		return true
	}
	u := isoCurrencies.unit[xc]
	if u == "" {
		u = xc[strings.LastIndexByte(xc, ' ')+1:] // "hong kong dollar"
	}
	return currencyUnits[yc] == u
}

// amountParts splits the key of an amount into its currency, a code or
// country before a colon or a sign before the digits, and its figure:
// "aed:4" → "aed", "4"; "$4.4" → "$", "4.4"; "4" → "", "4".
func amountParts(k string) (currency, figure string) {
	if c, n, ok := strings.Cut(k, ":"); ok {
		return c, n
	}
	n := strings.TrimLeftFunc(k, func(r rune) bool { return !unicode.IsDigit(r) })
	return k[:len(k)-len(n)], n
}

// spanUnits gives each unit of time its length in the smallest unit of
// its family: minutes for the clock and the calendar's days and weeks,
// months for months and years, which have no fixed number of days.
var spanUnits = map[string]struct {
	family string
	size   float64
}{
	"minute": {"clock", 1}, "hour": {"clock", 60}, "day": {"clock", 1440}, "week": {"clock", 10080},
	"fortnight": {"clock", 20160}, "month": {"calendar", 1}, "year": {"calendar", 12}, "decade": {"calendar", 120},
	"century": {"calendar", 1200},
}

// sameSpan reports whether numbers x and y give one span of time in
// two units of a family: "28 days" and "four weeks".
func sameSpan(x, y Fact) bool {
	ux, okx := spanUnits[x.unit]
	uy, oky := spanUnits[y.unit]
	if !okx || !oky || x.unit == y.unit || ux.family != uy.family {
		return false
	}
	vx, errx := strconv.ParseFloat(x.Key, 64)
	vy, erry := strconv.ParseFloat(y.Key, 64)
	return errx == nil && erry == nil && vx*ux.size == vy*uy.size
}

// metricUnits gives each metric unit, as unitKey folds it, its size in
// the unit of its family.
var metricUnits = map[string]struct {
	family string
	size   float64
}{
	"kilogram": {"mass", 1}, "tonne": {"mass", 1e3}, "gram": {"mass", 1e-3}, "milligram": {"mass", 1e-6},
	"meter": {"length", 1}, "kilometer": {"length", 1e3}, "centimeter": {"length", 1e-2}, "millimeter": {"length", 1e-3},
	"liter": {"volume", 1}, "milliliter": {"volume", 1e-3},
	"watt": {"power", 1}, "kilowatt": {"power", 1e3}, "megawatt": {"power", 1e6}, "gigawatt": {"power", 1e9},
}

// sameMeasure reports whether numbers x and y give one measure in two
// metric units of a family: "1.2 tonnes" and "1,200 kilograms".
func sameMeasure(x, y Fact) bool {
	ux, okx := metricUnits[x.unit]
	uy, oky := metricUnits[y.unit]
	if !okx || !oky || x.unit == y.unit || ux.family != uy.family || x.per != y.per {
		return false
	}
	vx, errx := strconv.ParseFloat(x.Key, 64)
	vy, erry := strconv.ParseFloat(y.Key, 64)
	return errx == nil && erry == nil && formatNum(vx*ux.size) == formatNum(vy*uy.size)
}

// nameSeq is one name of a sentence split into title words and the rest.
type nameSeq struct {
	titles, names []string
	text          string
}

func nameSeqs(fs []Fact) []nameSeq {
	var out []nameSeq
	for i := 0; i < len(fs); {
		j := i
		var n nameSeq
		var txt []string
		for j < len(fs) && fs[j].seq == fs[i].seq {
			if titleWords[fs[j].Key] {
				n.titles = append(n.titles, fs[j].Key)
			} else {
				n.names = append(n.names, fs[j].Key)
			}
			txt = append(txt, fs[j].Text)
			j++
		}
		n.text = strings.Join(txt, " ")
		out = append(out, n)
		i = j
	}
	return out
}

// intersects reports whether word lists a and b have a word in common.
func intersects(a, b []string) bool {
	for _, x := range a {
		for _, y := range b {
			if x == y {
				return true
			}
		}
	}
	return false
}

// titleSwap finds a person given another title ("Gen. Ana Ruiz" →
// "Col. Ana Ruiz"): the same name with disjoint title words.
func titleSwap(a, b []Fact) string {
	vs := nameSeqs(b)
	for _, r := range nameSeqs(a) {
		if len(r.titles) == 0 || len(r.names) == 0 {
			continue
		}
		for _, v := range vs {
			if len(v.titles) > 0 && intersects(r.names, v.names) && !intersects(fullTitles(r.titles), fullTitles(v.titles)) {
				return r.text + " → " + v.text
			}
		}
	}
	return ""
}

// fullTitles returns title words ts with each abbreviation written out:
// "rep" is "representative", "gov" "governor".
func fullTitles(ts []string) []string {
	out := make([]string, len(ts))
	for i, t := range ts {
		out[i] = t
		if f := titleInFull[t]; f != "" {
			out[i] = f
		}
	}
	return out
}

// titleInFull maps the abbreviations of titles to their words.
var titleInFull = map[string]string{"sen": "senator", "rep": "representative", "gov": "governor", "gen": "general",
	"col": "colonel", "lt": "lieutenant", "maj": "major", "capt": "captain", "cpt": "captain", "sgt": "sergeant",
	"cmdr": "commander", "adm": "admiral", "brig": "brigadier", "prof": "professor", "rev": "reverend",
	"supt": "superintendent", "insp": "inspector", "det": "detective", "atty": "attorney", "pres": "president",
	"cr": "councillor", "cllr": "councillor", "clr": "councillor", "coun": "councillor",
	"cpl": "corporal", "const": "constable", "cst": "constable", "pte": "private", "pvt": "private",
	"spc": "specialist", "amb": "ambassador", "msgr": "monsignor"}

// initials returns the lower-case initials of a multi-word name, such as
// "eu" for "European Union", or "".
func initials(name []Fact) string {
	if len(name) < 2 {
		return ""
	}
	var b strings.Builder
	for _, f := range name {
		b.WriteRune(firstRune(f.Key))
	}
	return b.String()
}

// acronyms returns the initials of every multi-word name in fs.
func acronyms(fs []Fact) map[string]bool {
	m := make(map[string]bool)
	for i := 0; i < len(fs); {
		j := i
		for j < len(fs) && fs[j].seq == fs[i].seq {
			j++
		}
		if a := initials(fs[i:j]); a != "" {
			m[a] = true
		}
		i = j
	}
	return m
}

var pronounWords = set(`he she they it his her their its him them`)

// seqKey joins the keys of name words fs with spaces: "united kingdom".
func seqKey(fs []Fact) string {
	ks := make([]string, len(fs))
	for i, f := range fs {
		ks[i] = f.Key
	}
	return strings.Join(ks, " ")
}

// capitalOfNamed reports whether k, the key of a name, is the capital of
// a country that names, the capitalised words of the other document,
// give: "london" where the other side has "Britain".
func capitalOfNamed(k string, names map[string]bool) bool {
	for _, country := range capitalCountries[k] {
		if !strings.Contains(country, " ") && names[country] {
			return true
		}
		if ws := strings.Fields(country); len(ws) > 1 && names[ws[0]] && names[ws[len(ws)-1]] {
			return true
		}
	}
	return false
}

// capitals maps countries, as the keys of their names, to their capitals:
// in news copy a capital stands for its government ("talks between
// Islamabad and London").
var capitals = map[string]string{
	"afghanistan": "kabul", "algeria": "algiers", "argentina": "buenos aires", "australia": "canberra",
	"austria": "vienna", "bangladesh": "dhaka", "belgium": "brussels", "brazil": "brasilia", "britain": "london",
	"united kingdom": "london", "uk": "london", "canada": "ottawa", "chile": "santiago", "china": "beijing",
	"colombia": "bogota", "denmark": "copenhagen", "egypt": "cairo", "ethiopia": "addis ababa", "finland": "helsinki",
	"france": "paris", "germany": "berlin", "ghana": "accra", "greece": "athens", "hungary": "budapest",
	"india": "new delhi", "indonesia": "jakarta", "iran": "tehran", "iraq": "baghdad", "ireland": "dublin",
	"israel": "jerusalem", "italy": "rome", "japan": "tokyo", "jordan": "amman", "kenya": "nairobi",
	"lebanon": "beirut", "malaysia": "kuala lumpur", "mexico": "mexico city", "morocco": "rabat", "nepal": "kathmandu",
	"netherlands": "amsterdam", "new zealand": "wellington", "nigeria": "abuja", "norway": "oslo", "pakistan": "islamabad",
	"peru": "lima", "philippines": "manila", "poland": "warsaw", "portugal": "lisbon", "qatar": "doha",
	"russia": "moscow", "saudi arabia": "riyadh", "south africa": "pretoria", "south korea": "seoul", "spain": "madrid",
	"sri lanka": "colombo", "sweden": "stockholm", "switzerland": "bern", "syria": "damascus", "taiwan": "taipei",
	"tanzania": "dodoma", "thailand": "bangkok", "turkey": "ankara", "uganda": "kampala", "ukraine": "kyiv",
	"united states": "washington", "us": "washington", "usa": "washington", "vietnam": "hanoi", "zimbabwe": "harare",
}

// capitalCountries maps each capital of capitals to its country keys.
var capitalCountries = func() map[string][]string {
	m := make(map[string][]string)
	for country, capital := range capitals {
		m[capital] = append(m[capital], country)
	}
	return m
}()

// joinedInitials reports whether the initials of the name fs[i:j] (one
// sequence of capitalised words) joined with those of the sequence just
// before or after it are a word of ws: a name split by "of" or "for"
// ("Election Commission of Nowhere", "Centre for Sea Studies") and
// written by its acronym on the other side ("ECN", "CSS"). Acronyms of
// fewer than three letters would be common words ("to", "in").
func joinedInitials(fs []Fact, i, j int, ws map[string]bool) bool {
	own := ""
	for _, f := range fs[i:j] {
		own += string(firstRune(f.Key))
	}
	if i > 0 {
		k, before := i-1, ""
		for ; k >= 0 && fs[k].seq == fs[i-1].seq; k-- {
			before = string(firstRune(fs[k].Key)) + before
		}
		if len(before+own) >= 3 && ws[before+own] {
			return true
		}
	}
	if j < len(fs) {
		after := ""
		for k := j; k < len(fs) && fs[k].seq == fs[j].seq; k++ {
			after += string(firstRune(fs[k].Key))
		}
		if len(own+after) >= 3 && ws[own+after] {
			return true
		}
	}
	return false
}

// pronounOnly reports whether an attribution credits only a pronoun.
func pronounOnly(a attribution) bool {
	return len(a.keys) == 1 && a.keys[0] == "#pron"
}

// hasDescription reports whether folded text refers to someone by a
// definite description instead of a name: "the 61-year-old", "the mayor",
// "the company".
func hasDescription(s string) bool {
	ws := words(s)
	for i := 0; i+1 < len(ws); i++ {
		if ws[i] != "the" {
			continue
		}
		n := ws[i+1]
		if strings.HasSuffix(n, "-old") || roleNouns[singular(n)] || titleWords[n] || bodyGroups[n] != 0 {
			return true
		}
	}
	return false
}

func hasPronoun(s string) bool {
	for _, w := range words(s) {
		if pronounWords[w] {
			return true
		}
	}
	return false
}

// filterOut drops the words whose key is in known.
func filterOut(ss []string, known map[string]bool) []string {
	return filterFunc(ss, func(k string) bool { return known[k] })
}

// diffNumbers compares numbers by value, and by unit when both sides
// give one ("5 miles" → "5 kilometres").
func diffNumbers(a, b []Fact) (rem, add []string) {
	usedA := make([]bool, len(a))
	usedB := make([]bool, len(b))
	for pass := 0; pass < 2; pass++ {
		for i, x := range a {
			if usedA[i] {
				continue
			}
			for j, y := range b {
				if usedB[j] || x.Key != y.Key || x.per != y.per && x.per != "" && y.per != "" {
					continue
				}
				if x.unit == y.unit || (pass == 1 && (x.unit == "" || y.unit == "")) {
					usedA[i], usedB[j] = true, true
					break
				}
			}
		}
	}
	unswapCounts(a, b, usedA, usedB)
	// An amount given again without its currency, or by the sign of a
	// currency several countries name alike: "from 4 dirhams to 5
	// dirhams" → "5 dirhams instead of 4", "EGP 3.1 billion" → "3.1
	// billion pounds".
	pairLeft(a, b, usedA, usedB, func(x, y Fact) bool { return x.Key != y.Key && (sameAmount(x, y) || sameAmount(y, x)) })
	// An ordinal may restate a count of the same value: "their fifth
	// straight win" is "five wins in a row", "in the 71st minute" is
	// "on 71 minutes". Only numbers left over on both sides pair so.
	for i, x := range a {
		for j, y := range b {
			if !usedA[i] && !usedB[j] && x.Key != y.Key && cardinalKey(x.Key) == cardinalKey(y.Key) &&
				(x.unit == y.unit || x.unit == "" || y.unit == "") {
				usedA[i], usedB[j] = true, true
			}
		}
	}
	// A span told in another unit of time: "28 days" is "four weeks",
	// "24 months" "two years".
	pairLeft(a, b, usedA, usedB, sameSpan)
	pairLeft(a, b, usedA, usedB, sameMeasure)
	// A loose number ("one") counts only as the match of another:
	// left over, it is no claim, unless the other side has a number of
	// its unit left over ("one mile" → "half a mile").
	// So does "one person" → "two people": the other side counts its
	// noun anew.
	for i, x := range a {
		usedA[i] = usedA[i] || x.loose && !unitLeft(x, b, usedB) && !nounLeft(x, b, usedB)
	}
	for j, y := range b {
		usedB[j] = usedB[j] || y.loose && !unitLeft(y, a, usedA) && !nounLeft(y, a, usedA)
	}
	// A weak number ("both") may stand for a plain one ("the two").
	for i, x := range a {
		for j, y := range b {
			if !usedA[i] && !usedB[j] && x.Key == y.Key && (x.weak || y.weak) {
				usedA[i], usedB[j] = true, true
			}
		}
	}
	// A weak number left over on one side only is no change; left over
	// on both, it changed ("a second charge" → "a third charge"), unless
	// a plain number changed with it: an amount and its conversion
	// ("40 million euros ($43 million)" → "45 million euros ($48
	// million)") are one claim.
	weakA, weakB, plainA, plainB := false, false, false, false
	for i, x := range a {
		weakA = weakA || !usedA[i] && x.weak
		plainA = plainA || !usedA[i] && !x.weak
	}
	for j, y := range b {
		weakB = weakB || !usedB[j] && y.weak
		plainB = plainB || !usedB[j] && !y.weak
	}
	if plainA && plainB {
		weakA, weakB = false, false
	}
	for i, x := range a {
		if !usedA[i] && (!x.weak || weakB) {
			rem = append(rem, rateText(x, b, usedB))
		}
	}
	for j, y := range b {
		if !usedB[j] && (!y.weak || weakA) {
			add = append(add, rateText(y, a, usedA))
		}
	}
	return rem, add
}

// unitLeft reports whether other has a number left over, not loose, in
// the unit of x.
func unitLeft(x Fact, other []Fact, used []bool) bool {
	if x.unit == "" {
		return false
	}
	for j, y := range other {
		if !used[j] && !y.loose && y.unit == x.unit {
			return true
		}
	}
	return false
}

// nounLeft reports whether other has a number left over, not loose, that
// counts the noun of loose number x: "two people" for "one person".
func nounLeft(x Fact, other []Fact, used []bool) bool {
	if x.noun == "" {
		return false
	}
	for j, y := range other {
		if ws := strings.Fields(y.Text); !used[j] && !y.loose && len(ws) == 2 && countNoun(ws[1]) == countNoun(x.noun) {
			return true
		}
	}
	return false
}

// irregularPlurals maps the plural nouns that singular leaves alone to
// their singular.
var irregularPlurals = map[string]string{"people": "person", "men": "man", "women": "woman", "children": "child"}

// countNoun folds a counted noun to its singular: "people" to "person".
func countNoun(w string) string {
	k := unitKey(w)
	if s, ok := irregularPlurals[k]; ok {
		return s
	}
	return k
}

// rateText is the text of number x left unmatched, with its rate when a
// number of the same value is left over among other at another rate
// ("600,000 cubic metres a day" → "… an hour").
func rateText(x Fact, other []Fact, used []bool) string {
	if x.per == "" {
		return x.Text
	}
	for j, y := range other {
		if !used[j] && y.Key == x.Key && y.per != x.per {
			return x.Text + " per " + x.per
		}
	}
	return x.Text
}

// cardinalKey is a number key without its ordinal mark: "5th" is "5".
func cardinalKey(k string) string {
	return strings.TrimSuffix(k, "th")
}

// diffTitles finds a person named on both sides with another title: a
// role noun without a synonym on the other side ("Deputy mayor Arjun
// Pillai" → "Council leader Arjun Pillai"), or a rank added or dropped
// ("deputy mayor" → "mayor"). A name with a title on one side only is
// no change: titles are often shortened.
//
// A role the sentence tells in words ("Legislator Andrés Quirós, who
// chairs the committee" → "The committee's chairman, Andrés Quirós")
// counts as a title of its side; aFold and bFold are the folded texts.
func diffTitles(a, b []titledName, aFold, bFold string) string {
	for _, x := range a {
		for _, y := range b {
			if x.name != y.name || len(x.heads) == 0 || len(y.heads) == 0 {
				continue
			}
			if !rolesShared(append(toldRoles(aFold, x.name), x.heads...), append(toldRoles(bFold, y.name), y.heads...)) || !sameSet(x.ranks, y.ranks) || portfolioSwapped(x.text, y.text) ||
				len(x.portfolio) > 0 && len(y.portfolio) > 0 && !slices.ContainsFunc(x.portfolio, func(w string) bool {
					return slices.ContainsFunc(y.portfolio, func(v string) bool { return synonymous(w, v) })
				}) {
				return x.text + " → " + y.text
			}
		}
	}
	return ""
}

// toldRoleRE finds a role told by a verb in folded text: "who chairs
// the committee", "who heads the union".
var toldRoleRE = regexp.MustCompile(`(\S+),? who (chairs|chaired|heads|headed|leads|led|directs|directed|manages|managed|coaches|coached|captains|captained) (?:the|a|an|its|his|her|their|\S+'s) `)

// toldRoles returns the role nouns that folded text f tells by a verb
// ("who chairs" is "chair"), or nil.
func toldRoles(f, name string) []string {
	if !strings.Contains(f, "who ") {
		return nil
	}
	var out []string
	for _, m := range toldRoleRE.FindAllStringSubmatch(f, -1) {
		if wordKey(strings.ToLower(strings.TrimSuffix(m[1], ","))) != name {
			continue
		}
		switch m[2][:3] {
		case "cha":
			out = append(out, "chair")
		case "hea":
			out = append(out, "head")
		case "lea", "led":
			out = append(out, "leader")
		case "dir":
			out = append(out, "director")
		case "man":
			out = append(out, "manager")
		case "coa":
			out = append(out, "coach")
		case "cap":
			out = append(out, "captain")
		}
	}
	return out
}

// rolesShared reports whether two lists of role nouns share a word or a
// synonym.
func rolesShared(a, b []string) bool {
	for _, x := range a {
		for _, y := range b {
			if x == y || slices.ContainsFunc(roleSynonyms[x], func(g int) bool { return slices.Contains(roleSynonyms[y], g) }) {
				return true
			}
			if x == "head" && len(a) == 1 && topTitles[y] || y == "head" && len(b) == 1 && topTitles[x] {
				return true // "Senacave president Óscar Villagra" is its head
			}
		}
	}
	return false
}

// topTitles are the titles of the one person who heads a body, whom a
// retelling may call its "head".
var topTitles = set(`president chairman chairwoman chair chairperson director director-general ceo
commissioner governor administrator secretary-general`)

// sameSet reports whether a and b hold the same words, ignoring order
// and repeats.
func sameSet(a, b []string) bool {
	return subset(a, b) && subset(b, a)
}

// genericSource reports whether an attribution credits only a generic
// noun such as "the group" or "the company".
// otherKindsOfBody reports whether two sources are bodies of different
// kinds (bodyKind): "the union" and "the company", "the developers" and
// "the ministry".
func otherKindsOfBody(x, y attribution) bool {
	gx, gy := bodyKind(x), bodyKind(y)
	return gx != 0 && gy != 0 && gx != gy && !vagueBodyHeads[x.head] && !vagueBodyHeads[y.head]
}

// bodyKind returns the kind of body source a is: the group of
// bodyGroups of its head, a body of employers or of an industry ("the
// employers' federation", "the industry association") counting as a
// company's, and a workers' body as one of unionHeads; 0 for none.
func bodyKind(a attribution) int {
	if slices.ContainsFunc(a.words, func(w string) bool { return employerWords[w] }) {
		return bodyGroups["company"]
	}
	if unionHeads[a.head] {
		return unionKind
	}
	return bodyGroups[a.head]
}

// unionHeads are the heads of workers' bodies, a kind of body beside
// bodyGroups' ("the union" is no company, no council); unionKind numbers
// their kind apart from bodyGroups' numbers.
var unionHeads = set(`union federation confederation guild`)

const unionKind = -1

// employerWords tell a body of employers or firms: "the employers'
// federation", "the industry association" (not "business", which names
// papers too: "the Nikkei business daily").
var employerWords = set(`employer employers industry manufacturers manufacturer chamber`)

// vagueBodyHeads are heads of bodyGroups that stories give bodies of
// other groups too: an industry association is "the industry group", a
// town's council "the city administration".
var vagueBodyHeads = set(`group administration authority executive`)

func genericSource(a attribution) bool {
	return len(a.keys) == 1 && classifierNouns[a.head]
}

// filterFunc drops the words whose key known reports.
func filterFunc(ss []string, known func(string) bool) []string {
	var out []string
	for _, s := range ss {
		if !known(wordKey(strings.ToLower(s))) {
			out = append(out, s)
		}
	}
	return out
}

// possessiveBase lowers the ASCII letters of name text w and cuts a
// possessive: "Kenya's" is "kenya".
func possessiveBase(w string) string {
	w = lowerASCII(w)
	if b, ok := strings.CutSuffix(w, "'s"); ok {
		return b
	}
	if b, ok := strings.CutSuffix(w, "’s"); ok {
		return b
	}
	return w
}

// demonym reports whether adj is the adjective of the country or place
// name: "kenyan" of "kenya", "italian" of "italy", "chinese" of "china",
// "spanish" of "spain", or the name of its people: "kenyans".
func demonym(adj, name string) bool {
	adj, name = possessiveBase(adj), possessiveBase(name)
	if irregularDemonyms[adj] == name {
		return true
	}
	if p, ok := strings.CutSuffix(adj, "s"); ok && len(p) > 4 && !strings.HasSuffix(p, "s") {
		if p == name {
			// A people for its adjective ("Jamaicans", "Jamaican
			// students"), the adjective a country's; not a family for a
			// person ("Williams"), nor a faith for a name ("Christians").
			return countryAdjective(name)
		}
		adj = p // a people for its country: "Indonesians", "Kenyans"
	}
	if n := len(name); n >= 3 && strings.ContainsRune("aeiou", rune(name[n-1])) && adj == name+"n" {
		return true // "asia" is "asia-n", "korea" is "korea-n"
	}
	if rest, ok := strings.CutPrefix(adj, name); ok && len(name) >= 4 && (rest == "ian" || rest == "nian" && name[len(name)-1] == 'a') {
		return true // "ghana" is "ghana-ian", "panama" is "panama-nian"
	}
	if s, ok := strings.CutSuffix(name, "que"); ok && len(s) >= 4 && len(adj) == len(s)+3 && strings.HasPrefix(adj, s) && strings.HasSuffix(adj, "can") {
		return true // "mozambique" is "mozambi-can"
	}
	// "italy" is "ital-ian", "kenya" is "keny-an", "andes" is "and-ean".
	for k, stem := range [3]string{strings.TrimRight(name, "aeiouy"), strings.TrimRight(name, "aeiou"), strings.TrimRight(strings.TrimSuffix(name, "s"), "aeiou")} {
		if len(stem) < 3 || !strings.HasPrefix(adj, stem) {
			continue
		}
		switch adj[len(stem):] {
		case "an", "ian", "ean":
			return true
		case "n", "ese", "i", "ish", "ic":
			return k < 2 // not "Paris" and "parish"
		}
	}
	return false
}

// countryAdjective reports whether adj is the adjective of a country
// whose name is one word: "jamaican", "israeli".
func countryAdjective(adj string) bool {
	if irregularDemonyms[adj] != "" {
		return true // "dutch", "filipino"
	}
	for _, country := range countryWords() {
		if adj == country || demonym(adj, country) {
			return true // "palestinian" (territories), "korean" of (south) "korea"
		}
	}
	return false
}

// withoutCountries returns the keys of attribution a but for a
// country's demonym ("Belarusian") or its name in the possessive
// ("Belarus's"), not a name that is a country's too ("Jordan Ellis").
func withoutCountries(a attribution, keys []string) []string {
	lower := strings.ToLower(a.text)
	return slices.DeleteFunc(slices.Clone(keys), func(k string) bool {
		if slices.Contains(countryWords(), k) {
			return strings.Contains(lower, k+"'s") || strings.Contains(lower, k+"’s")
		}
		return countryish(k)
	})
}

// countryWords lists, in lower case, the words of the English names of
// the countries of ISO 3166 ("jamaica", "korea", "palestinian"), but for
// the words that name no country alone ("south", "united", "islands"),
// read once from the Unicode CLDR data of golang.org/x/text.
var countryWords = sync.OnceValue(func() []string {
	namer := display.English.Regions()
	var out []string
	for a := 'A'; a <= 'Z'; a++ {
		for b := 'A'; b <= 'Z'; b++ {
			r, err := language.ParseRegion(string([]rune{a, b}))
			if err != nil || !r.IsCountry() {
				continue
			}
			for _, w := range strings.FieldsFunc(strings.ToLower(namer.Name(r)), func(r rune) bool { return !unicode.IsLetter(r) }) {
				if len(w) > 3 && !countryNameFillers[w] && !slices.Contains(out, w) {
					out = append(out, w)
				}
			}
		}
	}
	return out
})

// countryNameFillers are the words of countries' names that name no
// country alone.
var countryNameFillers = set(`south north east west central united states republic islands island kingdom
democratic people's peoples federated territories territory saint sint outlying minor french british caribbean
netherlands`)

// irregularDemonyms maps demonyms not formed by a regular suffix to
// their country: "french" is "france".
var irregularDemonyms = map[string]string{"spanish": "spain", "french": "france", "dutch": "netherlands",
	"swiss": "switzerland", "welsh": "wales", "irish": "ireland", "scottish": "scotland", "danish": "denmark",
	"swedish": "sweden", "finnish": "finland", "polish": "poland", "turkish": "turkey", "greek": "greece",
	"thai": "thailand", "filipino": "philippines", "british": "britain", "english": "england",
	"norwegian": "norway", "peruvian": "peru", "argentine": "argentina", "belgian": "belgium",
	"portuguese": "portugal", "lebanese": "lebanon", "afghan": "afghanistan", "german": "germany",
	"ghanaian": "ghana", "congolese": "congo", "cypriot": "cyprus", "czech": "czechia", "slovak": "slovakia",
	"montenegrin": "montenegro", "croat": "croatia", "serb": "serbia", "bosniak": "bosnia", "monegasque": "monaco",
	"malagasy": "madagascar", "burmese": "myanmar"}

// loneInitials returns the key of an entity of fs that is probably a
// common word capitalised only because it opens the sentence or follows
// the dateline ("Software maker Quillon …", "Defending champion …"): a
// single word, not part of a longer name, capitalised in no other
// sentence of its document (capsN counts the sentences naming each
// word). It returns "" when there is none.
func (c *comparer) loneInitials(fs []Fact, capsN map[string]int) string {
	for _, f := range fs {
		if !f.initial || capsN[f.Key] > 1 {
			continue
		}
		n := 0
		for _, g := range fs {
			if g.seq == f.seq {
				n++
			}
		}
		if n == 1 {
			return f.Key
		}
	}
	return ""
}

// diffDates compares the dates of two aligned sentences. Words that place
// an event relative to the story's own dateline are no new claim when
// they are added or left out alone ("at 3 a.m." → "at 3 a.m. on Sunday",
// "this year"), nor when a weekday is restated relative to the day of
// publication ("on Tuesday" → "yesterday"). A changed day, month, year
// or time, or a relative date swapped for another ("last week" → "next
// week"), is a change.
func diffDates(a, b []Fact, af, bf string) (rem, add []string) {
	ra, rb := unmatchedByKey(a, b), unmatchedByKey(b, a)
	ra, rb = quarterMonths(ra, rb)
	rb, ra = quarterMonths(rb, ra)
	if slices.ContainsFunc(ra, isYearPart) && slices.ContainsFunc(rb, isYearPart) {
		// "the first half of the year" → "the first quarter": a part
		// of the year told without its year is weak only alone.
		ra, rb = strongYearParts(ra), strongYearParts(rb)
	}
	// A weekday for "today", "yesterday" or "tomorrow", and back.
	for i := 0; i < len(ra); i++ {
		for j := 0; j < len(rb); j++ {
			if weekdays[ra[i].Key] && (relativeDays[rb[j].Key] || deicticPart(rb[j].Key)) || (relativeDays[ra[i].Key] || deicticPart(ra[i].Key)) && weekdays[rb[j].Key] ||
				tonight(ra[i].Key, rb[j].Key) || tonight(rb[j].Key, ra[i].Key) || yearEdgeMonth(ra[i].Key, rb[j].Key) ||
				yearEdgeMonth(rb[j].Key, ra[i].Key) || dayOfMonth(ra[i].Key, rb[j].Key) || dayOfMonth(rb[j].Key, ra[i].Key) {
				ra = slices.Delete(ra, i, i+1)
				rb = slices.Delete(rb, j, j+1)
				i--
				break
			}
		}
	}
	if len(ra) == 0 && allDeictic(rb, bf, af) || len(rb) == 0 && allDeictic(ra, af, bf) {
		return nil, nil
	}
	// A dateline date left over on one side is no change (diffFacts):
	// nor is a weekday placed against it ("Patna, Apr 14 (PTI) … held a
	// day earlier" → "PATNA: … held on Saturday").
	if allWeak(ra) && !anyWeak(rb) && allDeictic(rb, bf, af) || allWeak(rb) && !anyWeak(ra) && allDeictic(ra, af, bf) {
		return nil, nil
	}
	return diffFacts(ra, rb)
}

// isYearPart reports whether date fact f is a quarter or a half of a
// year (yearPart).
func isYearPart(f Fact) bool {
	return len(f.Key) == 2 && (f.Key[0] == 'q' || f.Key[0] == 'h') && f.Key[1] >= '1' && f.Key[1] <= '4'
}

// strongYearParts returns fs with its parts of a year no longer weak.
func strongYearParts(fs []Fact) []Fact {
	fs = slices.Clone(fs)
	for i := range fs {
		if isYearPart(fs[i]) {
			fs[i].weak = false
		}
	}
	return fs
}

// quarterMonths takes out of a the quarters and halves of a year ("third
// quarter", key "q3"; "first half", "h1") that b gives as their first and
// last months ("July-September", keys "m7" and "m9"; "between January
// and June"), and those months out of b.
func quarterMonths(a, b []Fact) ([]Fact, []Fact) {
	for i := 0; i < len(a); i++ {
		if !isYearPart(a[i]) {
			continue
		}
		k := a[i].Key
		size := 3 // months of a quarter, or of a half
		if k[0] == 'h' {
			size = 6
		}
		q := int(k[1] - '0')
		first := slices.IndexFunc(b, func(f Fact) bool { return f.Key == "m"+strconv.Itoa(size*q-size+1) })
		last := slices.IndexFunc(b, func(f Fact) bool { return f.Key == "m"+strconv.Itoa(size*q) })
		if first < 0 || last < 0 {
			continue
		}
		b = slices.Delete(slices.Clone(b), max(first, last), max(first, last)+1)
		b = slices.Delete(b, min(first, last), min(first, last)+1)
		a = slices.Delete(slices.Clone(a), i, i+1)
		i--
	}
	return a, b
}

// dayOfMonth reports whether date key a is a day of the month alone
// ("d27", from "Thursday (27)") and b a date on that day ("m11d27").
func dayOfMonth(a, b string) bool {
	return strings.HasPrefix(a, "d") && strings.HasPrefix(b, "m") && strings.HasSuffix(b, a) &&
		strings.IndexFunc(b[1:len(b)-len(a)], func(r rune) bool { return r < '0' || r > '9' }) < 0
}

// diffBothSides compares facts that qualify a claim rather than make
// one: how often something happens ("every quarter" → "every month"),
// the part of the day that times an event. Named on one side only, such
// a fact adds or drops a detail ("on Saturday" → "on Saturday morning");
// named on both sides and different, it changes the claim.
func diffBothSides(a, b []Fact) (rem, add []string) {
	ra, rb := unmatchedByKey(a, b), unmatchedByKey(b, a)
	if len(ra) == 0 || len(rb) == 0 {
		return nil, nil
	}
	return texts(ra), texts(rb)
}

// deicticPart reports whether date key k is a part of the day told from
// the day of writing: "this morning", "last night" (for "on Sunday
// morning", "on Saturday" under a Sunday dateline).
func deicticPart(k string) bool {
	switch k {
	case "rel:this morning", "rel:this afternoon", "rel:this evening", "rel:last night":
		return true
	}
	return false
}

// tonight reports whether date keys a and b are "tonight" and "this
// evening" or "this night": one time told two ways.
func tonight(a, b string) bool {
	return a == "tonight" && (b == "rel:this evening" || b == "rel:this night")
}

// diffDayParts compares the parts of the day that time the events of two
// aligned sentences, as diffBothSides does; a part that may name the
// other side's time ("early on Monday" for "on Monday morning") is no
// change.
func diffDayParts(a, b []Fact) (rem, add []string) {
	ra, rb := unmatchedByKey(a, b), unmatchedByKey(b, a)
	meets := func(x Fact, other []Fact) bool {
		return slices.ContainsFunc(other, func(y Fact) bool { return dayPartsMeet(x.Key, y.Key) })
	}
	ra2 := slices.DeleteFunc(slices.Clone(ra), func(x Fact) bool { return meets(x, rb) })
	rb2 := slices.DeleteFunc(slices.Clone(rb), func(y Fact) bool { return meets(y, ra) })
	if len(ra2) == 0 || len(rb2) == 0 {
		return nil, nil
	}
	return texts(ra2), texts(rb2)
}

// allWeak reports whether every fact of fs is weak.
func allWeak(fs []Fact) bool {
	return !slices.ContainsFunc(fs, func(f Fact) bool { return !f.weak })
}

// anyWeak reports whether a fact of fs is weak.
func anyWeak(fs []Fact) bool {
	return slices.ContainsFunc(fs, func(f Fact) bool { return f.weak })
}

// allDeictic reports whether every date of fs, facts of folded text f,
// places an event relative to the dateline: a weekday, "today", "this
// year". A date that bounds a period or sets a deadline ("until Friday",
// "by Monday"), or any date of a sentence about the future, is a claim of
// its own.
func allDeictic(fs []Fact, f, other string) bool {
	ws := words(f)
	for _, w := range ws {
		if futureWords[w] {
			return false // "will be closed on Tuesday" sets a date
		}
	}
	for _, d := range fs {
		if !weekdays[d.Key] && !relativeDays[d.Key] && !strings.HasPrefix(d.Key, "rel:this ") {
			return false
		}
		first := strings.ToLower(strings.Fields(d.Text)[0])
		for i := 1; i < len(ws); i++ {
			if ws[i] == first && deadlineBefore(ws, i) && !boundKept(ws, i, words(other)) {
				return false
			}
		}
	}
	return true
}

// boundKept reports whether the bound before ws[i], a relative day, and
// the part of the day after it stand in other without the day: "by
// yesterday afternoon" against "by the afternoon", the deadline kept and
// its day told.
func boundKept(ws []string, i int, other []string) bool {
	if i+1 >= len(ws) || !timeOfDayWords[ws[i+1]] || !boundWords[ws[i-1]] {
		return false
	}
	return containsRun(other, ws[i-1], "the") && containsRun(other, "the", ws[i+1]) || containsRun(other, ws[i-1], ws[i+1])
}

// futureWords mark a sentence about what is to come, whose dates are
// claims of their own.
var futureWords = set(`will shall would going due scheduled expected plans planned planning intends set tomorrow next
upcoming later`)

// boundWords open a date that bounds a period or sets a deadline.
var boundWords = set(`until till by before after from since through to between within`)

// deadlineBefore reports whether the words before ws[i] bound a time:
// "until Friday", "until at least Friday".
func deadlineBefore(ws []string, i int) bool {
	switch {
	case i >= 1 && boundWords[ws[i-1]]:
		return true
	case i >= 3 && ws[i-1] == "least" && ws[i-2] == "at" && boundWords[ws[i-3]]:
		return true
	}
	return false
}

// dropAudience drops the attributions that only name an audience:
// "reporters", "journalists", or whoever a source told ("she told the
// Gazette" where the other side has "she said"): naming who heard a
// statement credits nobody new. It returns the attributions kept and the
// texts of the named audiences dropped.
func dropAudience(as []attribution) (kept []attribution, told []string) {
	for _, a := range as {
		aud := true
		for _, k := range a.keys {
			aud = aud && audienceNouns[k]
		}
		switch {
		case aud:
		case a.audience:
			told = append(told, a.text)
		default:
			kept = append(kept, a)
		}
	}
	return kept, told
}

// pressAudience reports whether a names the press as who was told:
// "told reporters", "told journalists after the meeting".
func pressAudience(a attribution) bool {
	return a.audience && len(a.keys) > 0 && pressNouns[a.keys[0]]
}

// selfOutlet reports whether audience a is the outlet telling of itself:
// "this newspaper", "our reporter".
func selfOutlet(a attribution) bool {
	return a.audience && selfOutletRE.MatchString(strings.ToLower(a.text))
}

// selfOutletRE matches an outlet's words for itself.
var selfOutletRE = regexp.MustCompile(`^(this|our) (newspaper|paper|publication|website|site|station|channel|programme|program|broadcaster|outlet|magazine|reporter|correspondent|news ?desk)$`)

// outletAudience reports whether audience a is a named outlet ("the
// Noorderpost", "local newspaper the Zutphen Courant"), not a wire
// agency: a name, no common noun of a body or the press.
func outletAudience(a attribution) bool {
	if !a.audience || pressAudience(a) || selfOutlet(a) || slices.ContainsFunc(a.words, func(w string) bool { return w == "agency" || creditWords[w] }) ||
		strings.ToUpper(strings.TrimPrefix(a.text, "the ")) == strings.TrimPrefix(a.text, "the ") {
		// A wire, named or by its initials ("told the APA news
		// agency"), is another outlet than the paper's own.
		return false
	}
	// A name after "the" is a paper's ("the Noorderpost"); one
	// without it may be a person's ("told Marco di Lorenzo").
	name, ok := strings.CutPrefix(a.text, "the ")
	return outletNamed(a.text) || ok && strings.ToLower(name) != name && !slices.ContainsFunc(a.words, func(w string) bool {
		return classifierNouns[w] || audienceNouns[w] || sourceNouns[w] || roleNouns[w] || bodyKinds[w] || bodyGroups[w] != 0 || institutionWords[w]
	})
}

// institutionWords name bodies an audience may be besides an outlet:
// "told the Harbour Commission", "told the inquiry".
var institutionWords = set(`commission inquiry tribunal panel hearing assembly senate congress jury`)

// pressNouns name the press as an audience.
var pressNouns = set(`reporters journalists media press newsmen correspondents`)

// audienceNouns name who heard a statement, not who made it.
var audienceNouns = set(`reporters journalists media press crowd audience supporters lawmakers parliament`)

// sameBody reports whether two attributions are common-noun descriptions
// of one kind of body, such as "the company" and "the firm": neither
// names anyone.
func sameBody(a, b attribution) bool {
	if len(a.keys) != 1 || len(b.keys) != 1 || a.head == "" || b.head == "" || otherOffices(a, b) {
		return false
	}
	ga, gb := bodyKind(a), bodyKind(b)
	return ga != 0 && ga == gb
}

// bodyGroups numbers groups of common nouns that describe the same kind
// of organisation.
var bodyGroups = func() map[string]int {
	m := make(map[string]int)
	for i, g := range []string{
		`company firm group business maker manufacturer producer carrier airline lender bank insurer retailer
		developer operator conglomerate corporation giant startup supplier`,
		`gallery museum institution collection`,
		`ministry department government administration cabinet executive`,
		`council authority municipality city town`,
		`police force constabulary garda gardai gardaí gendarmes gendarme gendarmerie carabinieri carabiniere`,
		`university college school academy`,
		`club team side franchise`,
		`agency service office bureau regulator watchdog`,
		`hospital clinic trust`,
		`court tribunal`,
		`army military forces`,
		`organisers organizers committee`,
		`newspaper paper daily tabloid publication outlet broadcaster channel network station`,
		`trader dealer broker`,
	} {
		for _, w := range strings.Fields(g) {
			m[w] = i + 1
		}
	}
	return m
}()

// describedIn drops the common-noun sources of as whose kind of body the
// other sentence, with words ws, also names ("the museum" against "the
// National Gallery").
func describedIn(as []attribution, ws map[string]bool) []attribution {
	var out []attribution
	for _, a := range as {
		g := 0
		if len(a.keys) == 1 && a.head != "" {
			g = bodyGroups[a.head]
		}
		named := false
		if g != 0 {
			for w := range ws {
				if bodyGroups[w] == g {
					named = true
					break
				}
			}
		}
		if !named {
			out = append(out, a)
		}
	}
	return out
}

// platforms are services statements are posted on.
var platforms = set(`telegram facebook instagram whatsapp youtube tiktok twitter x linkedin bluesky weibo
wechat vk`)

// yearEdgeMonth reports whether date key a, the start or the end of this
// year ("rel:start this year"), and date key b, a month alone, name the
// same time: "since the start of the year" is "since January", "by the
// end of the year" is "by December".
func yearEdgeMonth(a, b string) bool {
	switch a {
	case "rel:start this year":
		return b == "m1"
	case "rel:end this year":
		return b == "m12"
	}
	return false
}

// titleFields returns the capitalised words just before the last role
// noun of title text t, lower-cased, up to a rank word or another role
// noun: "agriculture" in "Deputy Agriculture Minister Kabwe Siamutwa".
func titleFields(t string) []string {
	ws := strings.Fields(t)
	last := -1
	for i, w := range ws {
		lw := strings.ToLower(strings.TrimSuffix(w, "."))
		if roleNouns[singular(lw)] {
			last = i
		}
	}
	// The run of capitalised words just before the role: "Indian
	// foreign minister" has none, "Indian" telling a nationality.
	var out []string
	for i := last - 1; i >= 0; i-- {
		w := ws[i]
		lw := strings.ToLower(strings.TrimSuffix(w, "."))
		// "Marija Petkovska, director": a name set before its title
		// with a comma names no field.
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) || strings.HasSuffix(w, ",") || rankWords[lw] || titleAbbrevs[lw] || roleNouns[singular(lw)] {
			break
		}
		out = append(out, wordKey(lw))
	}
	return out
}

// portfolioSwapped reports whether two titles of one name give their
// role different fields in capitals, sharing none: "Justice Minister
// Stefanie Brandauer" → "Building Minister Stefanie Brandauer". A field
// given on one side only ("Kenyan Agriculture Minister" → "Agriculture
// Minister") is no swap.
func portfolioSwapped(a, b string) bool {
	fa, fb := titleFields(a), titleFields(b)
	if len(fa) == 0 || len(fb) == 0 {
		return false
	}
	for _, w := range fa {
		if slices.Contains(fb, w) {
			return false
		}
	}
	return true
}

// capInitials returns, in lower case, the initials of the capitalised
// words of s after a leading "The": "ap" of "The Associated Press".
func capInitials(s string) string {
	var b strings.Builder
	for k, w := range strings.Fields(s) {
		if k == 0 && strings.EqualFold(w, "the") {
			continue
		}
		if r := firstRune(w); unicode.IsUpper(r) {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// mentionTurnedSpeaker finds, among the attributions left unmatched, a
// named speaker of one sentence who is gone from the other and a named
// speaker of the other who is mentioned in the first without speaking
// there: the claim was given to someone else. It returns the texts of
// the reference's and the version's speakers.
func mentionTurnedSpeaker(a, b []attribution, usedA, usedB []bool, rw, vw map[string]bool) (string, string, bool) {
	lone := func(as []attribution, used []bool, other map[string]bool, gone bool) (attribution, bool) {
		var got attribution
		n := 0
		for i, x := range as {
			if used[i] || x.audience || pronounOnly(x) || x.finding {
				continue
			}
			if !bareName(x.text) {
				return attribution{}, false
			}
			if keysIn(x.keys, other) == gone {
				return attribution{}, false
			}
			got = x
			n++
		}
		return got, n == 1
	}
	x, okA := lone(a, usedA, vw, true)
	y, okB := lone(b, usedB, rw, false)
	if !okA || !okB {
		return "", "", false
	}
	return x.text, y.text, true
}

// bareName reports whether an attribution's text is a name alone, one
// to three capitalised words ("Faleafa", "Manu Faleafa"), not a
// description ("The general manager of Sabores") or a possessive.
func bareName(t string) bool {
	ws := strings.Fields(t)
	if len(ws) == 0 || len(ws) > 3 {
		return false
	}
	for _, w := range ws {
		if !capitalised(w) || strings.ContainsAny(w, "'’()") {
			return false
		}
	}
	return true
}

// unswapCounts undoes the pairing by value of two counts whose values
// changed places between their nouns ("recovered six bodies … 11 people
// still missing" → "recovered 11 bodies … six people still missing"):
// each noun's count changed, though the sentence holds the same numbers.
func unswapCounts(a, b []Fact, usedA, usedB []bool) {
	noun := func(f Fact) string {
		if f.unit != "" {
			return ""
		}
		return countedNoun(f.Text)
	}
	// pairs holds, for each fact of a paired by value, the index of its
	// partner in b.
	var pairs [][2]int
	for i, x := range a {
		if !usedA[i] || noun(x) == "" {
			continue
		}
		for j, y := range b {
			if usedB[j] && y.Key == x.Key && noun(y) != "" {
				pairs = append(pairs, [2]int{i, j})
				break
			}
		}
	}
	for _, p := range pairs {
		for _, q := range pairs {
			x1, y1, x2, y2 := a[p[0]], b[p[1]], a[q[0]], b[q[1]]
			if p == q || x1.Key == x2.Key || noun(x1) == noun(y1) || noun(x1) != noun(y2) || noun(x2) != noun(y1) {
				continue
			}
			usedA[p[0]], usedB[p[1]], usedA[q[0]], usedB[q[1]] = false, false, false, false
		}
	}
}
