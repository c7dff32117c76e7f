package align

import (
	"sort"
	"strings"
	"unicode"
)

// Thresholds of the wording classifier.
const (
	wordingMaxShare    = 0.4 // changed share of content words above which a rewording is a paraphrase
	wordingMaxHunks    = 3   // separate edits above which a rewording is a paraphrase
	wordingClauseWords = 3   // content words of an added or removed clause
	truncMinParas      = 2   // missing tail paragraphs that make a truncation
)

// titleWords are words of a title rather than of a name.
var titleWords = set(`president vice prime minister secretary general gen col colonel lt lieutenant sgt sergeant
major maj capt captain adm admiral chief staff army navy spokesperson spokesman spokeswoman special
envoy senator sen rep representative governor gov mayor judge justice chairman chair director
commander officer ambassador king queen prince princess pope dr mr mrs ms sir lord lady deputy
foreign defense defence interior finance state house white`)

// classify turns the alignment into divergences.
func (c *comparer) classify() {
	c.detectTruncation()
	for _, l := range c.links {
		switch l.Op {
		case OpMoved:
			c.add(Divergence{Kind: Altered, Facet: FacetMoved, RefPara: l.Ref[0], VerPara: l.Ver[0],
				RefText: c.ref[l.Ref[0]].raw, VerText: c.ver[l.Ver[0]].raw, Detail: "paragraph moved"})
		case OpSplit, OpMerged:
			d := Divergence{Kind: Altered, Facet: FacetParagraphing, RefPara: l.Ref[0], VerPara: l.Ver[0],
				RefText: c.joinParas(c.ref, l.Ref), VerText: c.joinParas(c.ver, l.Ver)}
			if l.Op == OpSplit {
				d.Detail = "paragraph split in " + itoa(len(l.Ver))
			} else {
				d.Detail = itoa(len(l.Ref)) + " paragraphs merged"
			}
			c.add(d)
			if c.groupsMoved[l.Ref[0]] {
				d.Facet, d.Detail = FacetMoved, "paragraphs moved"
				c.add(d)
			}
		}
	}
	for _, p := range c.pairs {
		c.comparePair(p)
	}
	c.unmatched()
	sort.SliceStable(c.divs, func(i, j int) bool {
		a, b := c.divs[i], c.divs[j]
		ka, kb := a.VerPara, b.VerPara
		if ka < 0 {
			ka = c.verPosOfRef(a.RefPara)
		}
		if kb < 0 {
			kb = c.verPosOfRef(b.RefPara)
		}
		return ka < kb
	})
}

// verPosOfRef maps a reference paragraph to the version position where
// its content would be.
func (c *comparer) verPosOfRef(r int) int {
	if r < 0 || r >= len(c.refLink) {
		return -1
	}
	for k := c.refLink[r]; k >= 0; k-- {
		if l := c.links[k]; len(l.Ver) > 0 {
			return l.Ver[len(l.Ver)-1]
		}
	}
	return -1
}

// indexLinks records which link holds each paragraph.
func (c *comparer) indexLinks() {
	c.refLink = make([]int, len(c.ref))
	c.verLink = make([]int, len(c.ver))
	for i, l := range c.links {
		for _, r := range l.Ref {
			c.refLink[r] = i
		}
		for _, v := range l.Ver {
			c.verLink[v] = i
		}
	}
}

func itoa(n int) string {
	if n < 0 {
		return "-" + itoa(-n)
	}
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}

func (c *comparer) add(d Divergence) {
	d.Material = isMaterial(d.Facet)
	if d.Facet == FacetWording && d.Detail == "paraphrase" {
		d.Material = false
	}
	c.divs = append(c.divs, d)
}

func isMaterial(f Facet) bool {
	switch f {
	case FacetNumber, FacetDate, FacetQuote, FacetAttribution, FacetEntity, FacetNegation,
		FacetModality, FacetCharacterization, FacetWording:
		return true
	}
	return false
}

func (c *comparer) joinParas(us []unit, idx []int) string {
	var parts []string
	for _, i := range idx {
		parts = append(parts, us[i].raw)
	}
	return strings.Join(parts, "\n")
}

func (c *comparer) joinSents(us []unit, idx []int) string {
	var parts []string
	for _, i := range idx {
		parts = append(parts, us[i].raw)
	}
	return strings.Join(parts, " ")
}

// detectTruncation finds a version that follows the reference and then
// stops: the reference tail after the last matched paragraph is missing.
func (c *comparer) detectTruncation() {
	lastRef := -1
	lastVer := -1
	matched := 0
	for _, l := range c.links {
		if len(l.Ref) > 0 && len(l.Ver) > 0 {
			matched += len(l.Ref)
			for _, r := range l.Ref {
				lastRef = max(lastRef, r)
			}
			for _, v := range l.Ver {
				lastVer = max(lastVer, v)
			}
		}
	}
	if lastRef < 0 {
		return
	}
	tail := 0
	first := -1
	for r := lastRef + 1; r < len(c.ref); r++ {
		if c.ref[r].boiler {
			continue
		}
		if first < 0 {
			first = r
		}
		tail++
	}
	if tail < truncMinParas || matched*2 < lastRef+1 {
		return
	}
	// The version must not go on with other story text.
	for v := lastVer + 1; v < len(c.ver); v++ {
		if !c.ver[v].boiler && countWords(c.ver[v].raw) > 12 {
			return
		}
	}
	c.truncatedAt = first
}

// comparePair classifies the differences of aligned sentences.
func (c *comparer) comparePair(p sentPair) {
	rt, vt := c.joinSents(c.rs, p.r), c.joinSents(c.vs, p.v)
	rp, vp := c.rs[p.r[0]].para, c.vs[p.v[0]].para
	base := Divergence{Kind: Altered, RefText: rt, VerText: vt, RefPara: rp, VerPara: vp}
	emit := func(f Facet, detail string) {
		d := base
		d.Facet, d.Detail = f, detail
		c.add(d)
	}
	if p.cross && !c.sameGroup(rp, vp) {
		emit(FacetMoved, "sentence moved")
	}
	if len(p.r) != len(p.v) {
		emit(FacetParagraphing, "sentences split or merged")
	}
	if HasMojibake(vt) && !HasMojibake(rt) {
		emit(FacetDamage, "mojibake")
	}
	rf := strings.Join(foldSents(c.rs, p.r), " ")
	vf := strings.Join(foldSents(c.vs, p.v), " ")
	if rf == vf {
		if rt != vt && !HasMojibake(vt) {
			emit(FacetPunctuation, "quote, dash or space characters")
		}
		return
	}
	if c.lastStorySentence(p.v[len(p.v)-1]) {
		cut := strings.TrimRight(vf, " .…-")
		if len(cut) > 0 && len(cut) < len(rf) && strings.HasPrefix(rf, cut) && !strings.HasSuffix(vf, ".") || strings.HasSuffix(vf, "...") && strings.HasPrefix(rf, cut) && len(cut) < len(rf) {
			emit(FacetDamage, "cut off")
			return
		}
	}
	if stripDigits(rf) == stripDigits(vf) && countDigits(vf) < countDigits(rf) {
		emit(FacetDamage, "digits stripped")
		return
	}
	fr := c.factsOfSents(c.rs, p.r)
	fv := c.factsOfSents(c.vs, p.v)
	material := false
	out := func(f Facet, detail string) {
		material = true
		emit(f, detail)
	}
	if rem, add := diffNumbers(fr.numbers, fv.numbers); len(rem)+len(add) > 0 {
		out(FacetNumber, arrow(rem, add))
	}
	if rem, add := diffFacts(fr.dates, fv.dates); len(rem)+len(add) > 0 {
		out(FacetDate, arrow(rem, add))
	}
	if d := diffQuotes(fr.quotes, fv.quotes); d != "" {
		out(FacetQuote, d)
	}
	rw, vw := wordSet(rf), wordSet(vf)
	attrRem, attrAdd, retold := c.diffAttribs(fr.attribs, fv.attribs, rw, vw)
	if len(attrRem)+len(attrAdd) > 0 {
		out(FacetAttribution, arrow(attrRem, attrAdd))
	}
	skip := make(map[string]bool)
	for _, t := range append(append(append([]string{}, attrRem...), attrAdd...), retold...) {
		for _, w := range words(t) {
			skip[wordKey(w)] = true
		}
	}
	if d := c.diffEntities(fr.entities, fv.entities, skip, vf, vw); d != "" {
		out(FacetEntity, d)
	}
	if len(fr.negs) != len(fv.negs) {
		out(FacetNegation, arrow(texts(fr.negs), texts(fv.negs)))
	}
	if rem, add := diffModal(fr.modal, fv.modal, rf, vf); len(rem)+len(add) > 0 {
		out(FacetModality, arrow(rem, add))
	}
	charac := false
	if rem, add := diffFacts(fr.charac, fv.charac); len(rem)+len(add) > 0 {
		out(FacetCharacterization, arrow(rem, add))
		charac = true
	}
	if material {
		// Other facts changed too; a modifier added or swapped is still
		// its own characterization ("strong winds" → "fierce winds").
		if !charac {
			if f, d := wordingChange(rf, vf, len(fr.content)+len(fv.content)); f == FacetCharacterization {
				emit(FacetCharacterization, d)
			}
		}
		return
	}
	// No fact changed: spelling, punctuation or wording.
	rsp, vsp := spellingWords(rf), spellingWords(vf)
	if rsp == vsp {
		if words(rf) != nil && strings.Join(words(rf), " ") != strings.Join(words(vf), " ") {
			emit(FacetSpelling, spellingDetail(rf, vf))
		} else {
			emit(FacetPunctuation, "punctuation")
		}
		return
	}
	facet, detail := wordingChange(rf, vf, len(fr.content)+len(fv.content))
	if facet != "" {
		out(facet, detail)
		return
	}
	emit(FacetWording, "paraphrase")
}

// wordingChange classifies the word-level edits of two aligned sentences
// whose facts all match. Synonyms and inflections swapped for each other
// are no change. A small edit that inserts or removes an evaluative word
// or modifier is a characterization ("more" → "far more", "a bitter
// dispute"); one that swaps a quantifier, a state or an action for a word
// of another meaning, or reverses a direction, is material wording
// ("signed" → "vetoed"). A sentence rewritten throughout with the same
// facts is a paraphrase, and "" is returned.
func wordingChange(rf, vf string, contentTotal int) (Facet, string) {
	type hunk struct{ del, ins []string }
	var hunks []hunk
	var cur hunk
	flush := func() {
		if len(cur.del)+len(cur.ins) > 0 {
			hunks = append(hunks, cur)
		}
		cur = hunk{}
	}
	rc, vc := canonPhrases(rf), canonPhrases(vf)
	for _, sp := range WordDiff(rc, vc) {
		switch sp.Op {
		case SpanEqual:
			if len(contentWords(sp.Text)) > 0 {
				flush()
			}
		case SpanDelete:
			cur.del = append(cur.del, contentWords(sp.Text)...)
		case SpanInsert:
			cur.ins = append(cur.ins, contentWords(sp.Text)...)
		}
	}
	flush()
	// Words moved within the sentence are not changes, and neither are
	// synonyms or inflections swapped for each other.
	gRem, gAdd := dropSynonyms(diffStrings(contentWords(rc), contentWords(vc)))
	remLeft, addLeft := countOf(gRem), countOf(gAdd)
	changed := 0
	for i := range hunks {
		hunks[i].del = takeCounted(hunks[i].del, remLeft)
		hunks[i].ins = takeCounted(hunks[i].ins, addLeft)
		changed += len(hunks[i].del) + len(hunks[i].ins)
	}
	if changed == 0 || contentTotal == 0 {
		return "", ""
	}
	if float64(changed) > wordingMaxShare*float64(contentTotal) || len(hunks) > wordingMaxHunks {
		return "", "" // rewritten throughout: a paraphrase
	}
	for _, h := range hunks {
		all := append(append([]string{}, h.del...), h.ins...)
		switch {
		case len(all) == 0:
		case anyIn(all, quantifiers) || len(h.del) > 0 && len(h.ins) > 0 && anyIn(all, stateWords):
			return FacetWording, arrow(h.del, h.ins)
		case anyIn(h.del, upWords) && anyIn(h.ins, downWords) || anyIn(h.del, downWords) && anyIn(h.ins, upWords):
			return FacetWording, arrow(h.del, h.ins)
		case anyIn(all, evaluative):
			return FacetCharacterization, arrow(h.del, h.ins)
		case (len(h.del) == 0 || len(h.ins) == 0) && len(all) <= 2 && allModifiers(all):
			return FacetCharacterization, arrow(h.del, h.ins)
		case verbSwap(h.del, h.ins):
			// The sentence reports another action: "signed" →
			// "vetoed", "opened" → "closed".
			return FacetWording, arrow(h.del, h.ins)
		}
	}
	return "", ""
}

// dropSynonyms removes from both sides the words that have a synonym or
// an inflection of themselves on the other side.
func dropSynonyms(rem, add []string) ([]string, []string) {
	if len(rem) == 0 || len(add) == 0 {
		return rem, add
	}
	dr := make([]bool, len(rem))
	da := make([]bool, len(add))
	for i, r := range rem {
		for j, a := range add {
			if synonymous(r, a) {
				dr[i], da[j] = true, true
			}
		}
	}
	keep := func(ss []string, drop []bool) []string {
		var out []string
		for i, s := range ss {
			if !drop[i] {
				out = append(out, s)
			}
		}
		return out
	}
	return keep(rem, dr), keep(add, da)
}

// verbSwap reports whether an edit replaces a content verb with another
// that is not its synonym. Both verbs must be in the synonym table: a swap
// involving a verb the table does not know is taken for a paraphrase.
func verbSwap(del, ins []string) bool {
	for _, d := range del {
		if !looksLikeVerb(d) || !knownVerb(d) {
			continue
		}
		for _, i := range ins {
			if looksLikeVerb(i) && knownVerb(i) && !synonymous(d, i) {
				return true
			}
		}
	}
	return false
}

// diffModal compares hedges and certainty markers by strength class. A
// marker of plain assertion ("confirmed") against a plain speech verb on
// the other side ("said") is no change of strength.
func diffModal(a, b []Fact, rf, vf string) (rem, add []string) {
	a = dropAssertions(a, b, vf)
	b = dropAssertions(b, a, rf)
	return diffFacts(a, b)
}

// dropAssertions leaves out the assertion markers of fs when other has
// none and the other sentence states its claim with an assertion verb.
func dropAssertions(fs, other []Fact, otherText string) []Fact {
	const assert = "certain:assert"
	for _, f := range other {
		if f.Key == assert {
			return fs
		}
	}
	found := false
	for _, w := range words(otherText) {
		found = found || assertionVerbs[w]
	}
	if !found {
		return fs
	}
	var out []Fact
	for _, f := range fs {
		if f.Key != assert {
			out = append(out, f)
		}
	}
	return out
}

func countOf(ss []string) map[string]int {
	m := make(map[string]int)
	for _, s := range ss {
		m[s]++
	}
	return m
}

// takeCounted keeps the words of ss still available in left, consuming them.
func takeCounted(ss []string, left map[string]int) []string {
	var out []string
	for _, s := range ss {
		if left[s] > 0 {
			left[s]--
			out = append(out, s)
		}
	}
	return out
}

func anyIn(ss []string, m map[string]bool) bool {
	for _, s := range ss {
		if m[s] {
			return true
		}
	}
	return false
}

// allModifiers reports whether every word looks like an adjective or
// adverb by its ending.
func allModifiers(ss []string) bool {
	for _, s := range ss {
		ok := false
		for _, suf := range modifierSuffixes {
			if strings.HasSuffix(s, suf) && len(s) > len(suf)+2 {
				ok = true
				break
			}
		}
		if !ok || notCharacterization[s] {
			return false
		}
	}
	return true
}

// contentWords returns the spelling-folded content words of folded text,
// leaving out function words, speech verbs and numbers (numerals and
// number words are compared as numbers).
func contentWords(s string) []string {
	var out []string
	for _, w := range words(s) {
		k := wordKey(w)
		if k == "" || stopWords[k] && !quantifiers[k] || speechVerbs[k] || unicode.IsDigit(firstRune(k)) {
			continue
		}
		if _, ok := wordNumber(k); ok {
			continue
		}
		if _, ok := scaleWords[k]; ok || k == "percent" || k == "cent" {
			continue
		}
		out = append(out, k)
	}
	return out
}

// lastStorySentence reports whether version sentence v is the last one
// that is not boilerplate: where a copy that stops mid-sentence is cut.
func (c *comparer) lastStorySentence(v int) bool {
	for i := v + 1; i < len(c.vs); i++ {
		if !c.vs[i].boiler {
			return false
		}
	}
	return true
}

// sameGroup reports whether two paragraphs are aligned by one link.
func (c *comparer) sameGroup(r, v int) bool {
	return c.refLink[r] == c.verLink[v]
}

func foldSents(us []unit, idx []int) []string {
	out := make([]string, len(idx))
	for i, k := range idx {
		out[i] = us[k].fold
	}
	return out
}

// factsOfSents returns the combined facts of several sentences.
func (c *comparer) factsOfSents(us []unit, idx []int) *facts {
	if len(idx) == 1 {
		return c.factsOf(&us[idx[0]])
	}
	all := &facts{}
	for _, k := range idx {
		f := c.factsOf(&us[k])
		all.numbers = append(all.numbers, f.numbers...)
		all.dates = append(all.dates, f.dates...)
		all.quotes = append(all.quotes, f.quotes...)
		all.attribs = append(all.attribs, f.attribs...)
		all.entities = append(all.entities, f.entities...)
		all.negs = append(all.negs, f.negs...)
		all.modal = append(all.modal, f.modal...)
		all.charac = append(all.charac, f.charac...)
		all.content = append(all.content, f.content...)
	}
	return all
}

func stripDigits(s string) string {
	return strings.Join(strings.Fields(strings.Map(func(r rune) rune {
		if unicode.IsDigit(r) {
			return -1
		}
		return r
	}, s)), " ")
}

func countDigits(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsDigit(r) {
			n++
		}
	}
	return n
}

// spellingWords returns the words of folded text with spelling variants
// folded.
func spellingWords(s string) string {
	ws := words(s)
	for i, w := range ws {
		ws[i] = wordKey(w)
	}
	return strings.Join(ws, " ")
}

func spellingDetail(a, b string) string {
	wa, wb := words(a), words(b)
	var parts []string
	for i := 0; i < len(wa) && i < len(wb); i++ {
		if wa[i] != wb[i] {
			parts = append(parts, wa[i]+" → "+wb[i])
		}
	}
	return strings.Join(parts, ", ")
}

// primaryFacet names the most important fact a lone sentence carries.
func (c *comparer) primaryFacet(u *unit) Facet {
	if u.boiler {
		return FacetBoilerplate
	}
	f := c.factsOf(u)
	switch {
	case len(f.quotes) > 0:
		return FacetQuote
	case len(f.numbers) > 0:
		return FacetNumber
	case len(f.attribs) > 0:
		return FacetAttribution
	case len(f.dates) > 0:
		return FacetDate
	case len(f.charac) > 0:
		return FacetCharacterization
	case hasHedge(f.modal):
		return FacetModality
	case len(f.negs) > 0:
		return FacetNegation
	}
	return FacetWording
}

func hasHedge(fs []Fact) bool {
	for _, f := range fs {
		if strings.HasPrefix(f.Key, "hedge") {
			return true
		}
	}
	return false
}

// unmatched reports sentences without a counterpart.
func (c *comparer) unmatched() {
	if c.truncatedAt >= 0 {
		missing := 0
		for r := c.truncatedAt; r < len(c.ref); r++ {
			if !c.ref[r].boiler {
				missing++
			}
		}
		text := c.ref[c.truncatedAt].raw
		if ids := c.rSent[c.truncatedAt]; len(ids) > 0 {
			text = c.rs[ids[0]].raw
		}
		c.add(Divergence{Kind: Dropped, Facet: FacetWording, RefText: text, RefPara: c.truncatedAt, VerPara: -1,
			Detail: "truncated: " + itoa(missing) + " paragraphs missing from here"})
	}
	for i := range c.rs {
		if c.rMatched[i] {
			continue
		}
		u := &c.rs[i]
		if c.truncatedAt >= 0 && u.para >= c.truncatedAt && !u.boiler {
			continue
		}
		c.add(Divergence{Kind: Dropped, Facet: c.primaryFacet(u), RefText: u.raw, RefPara: u.para, VerPara: -1})
	}
	seen := make(map[uint64]bool)
	for i := range c.vs {
		if c.vMatched[i] {
			seen[c.vs[i].hash] = true
		}
	}
	for i := range c.vs {
		if c.vMatched[i] {
			continue
		}
		u := &c.vs[i]
		d := Divergence{Kind: Added, Facet: c.primaryFacet(u), VerText: u.raw, RefPara: -1, VerPara: u.para}
		if seen[u.hash] && u.fold != "" {
			d.Facet, d.Detail = FacetDamage, "duplicated text"
		}
		seen[u.hash] = true
		c.add(d)
	}
}
