package align

import (
	"hash/maphash"
	"iter"
	"slices"
	"sort"
	"strings"
	"unicode"
)

// Options tunes CompareWith.
type Options struct {
	// Scorer, when set, replaces the built-in weighted word overlap when
	// sentences are paired (paragraphs are still paired by word overlap).
	// Across the documents, candidate pairs are found through an index of
	// shared rare words, so a Scorer is called a bounded number of times.
	Scorer Scorer
	// MaxCandidates bounds the candidate reference paragraphs considered
	// for each version paragraph (default 8).
	MaxCandidates int
}

// Compare aligns the version ver to the reference ref, paragraph by
// paragraph and sentence by sentence, and lists every divergence: added,
// dropped and altered claims with the facet that changed and whether the
// change is material.
//
// Paragraphs are paired through an index of their rarer words (identical
// ones first); the longest run of pairs in the same order on both sides
// anchors the alignment and pairs out of that order are moved; splits and
// merges are found by containment, and weaker pairs are looked for only in
// the gaps between anchors. Sentences are then paired inside each aligned
// group, and the leftovers across the whole documents, so that moved
// sentences and complete re-paragraphing are recognised. The facts of each
// pair of sentences are compared facet by facet. The cost grows about
// linearly with the input: no character diff of whole texts and no matrix
// of all paragraph pairs is built, and a paragraph or sentence that the
// version repeats word for word is not segmented or tokenized again.
// Paragraphs longer than 64 KiB are cut.
// To compare many versions with one reference, prepare it once with
// NewReference.
func Compare(ref, ver Document) Comparison {
	return CompareWith(ref, ver, Options{})
}

// CompareWith is Compare with options.
func CompareWith(ref, ver Document, opts Options) Comparison {
	return NewReferenceWith(ref, opts).compare(ver, true)
}

// unit is a paragraph or a sentence prepared for comparison.
type unit struct {
	raw    string
	fold   string
	hash   uint64
	bag    bag
	mass   float64
	boiler bool
	para   int // paragraph index (for sentences)
	facts  *facts
}

type comparer struct {
	retold      int         // 0 not judged yet, 1 the version is a retelling, 2 it is not
	kind        VersionKind // the kind of version, judged once by kindOfVersion
	opts        Options
	v           *vocab
	lv          lowerVocab
	ref, ver    []unit // paragraphs
	rs, vs      []unit // sentences
	rSent       [][]int
	vSent       [][]int
	links       []Link
	pairs       []sentPair
	scratch     []scored // reused by matchSentences
	pairOf      []int    // scratch of matchSentences: pair of each sentence
	verPair     []int
	rMatched    []bool // sentences
	vMatched    []bool
	divs        []Divergence
	truncatedAt int // first missing reference paragraph, or -1
	refWords    int // words of the reference
	verWords    int // words of the version
	groupsMoved map[int]bool
	refCaps     map[string]bool // capitalised words inside sentences of each side
	verCaps     map[string]bool
	refCapsN    map[string]int // sentences naming each capitalised word
	verCapsN    map[string]int
	allCaps     map[string]bool     // union of refCaps and verCaps
	refLink     []int               // link index of each reference paragraph
	verLink     []int               // first reference paragraph of groups out of order
	docWords    [2]map[string]bool  // word keys of the reference and the version, built by sideWords
	wires       [2]map[string]bool  // wire agencies of the datelines of each side, built by datelineWires
	rPairOf     []int               // pair (index into pairs) of each reference sentence, or -1
	vPairOf     []int               // pair of each version sentence, or -1
	keptShare   float64             // share of reference sentences kept word for word, set by indexPairs
	roles       map[string][]string // role nouns of titled names in either document, built by rolesOfNames
	manyStrips  int                 // stripsMany's answer: 0 not yet judged, 1 yes, 2 no
}

type sentPair struct {
	r, v  []int // sentence indexes
	sim   float64
	cross bool // found by the global pass, across paragraph groups
}

// hash returns the hash of s under v's seed, which all units compared
// with each other share.
func (v *vocab) hash(s string) uint64 {
	return maphash.String(v.seed, s)
}

// Reference is a reference version prepared once for comparison with
// many versions: its paragraphs are segmented, folded and indexed a single
// time. A Reference is safe for concurrent use by several goroutines.
type Reference struct {
	opts Options
	v    *vocab // the reference's words; each comparison extends a copy
	prep *prepared
}

// NewReference prepares doc as the reference of comparisons.
func NewReference(doc Document) *Reference {
	return NewReferenceWith(doc, Options{})
}

// NewReferenceWith is NewReference with options for every comparison.
func NewReferenceWith(doc Document, opts Options) *Reference {
	if opts.MaxCandidates <= 0 {
		opts.MaxCandidates = 8
	}
	size := 0
	for _, p := range doc.Paragraphs {
		size += len(p)
	}
	r := &Reference{opts: opts, v: newVocab(size / 16)}
	r.prep = r.v.prepare(doc.Paragraphs, doc.Title, 0, nil)
	return r
}

// Compare compares the version ver with the reference; it gives the same
// result as Compare(ref, ver) with the document r was prepared from.
func (r *Reference) Compare(ver Document) Comparison {
	return r.compare(ver, false)
}

// compare runs one comparison. With own set the comparison may use the
// reference's state itself instead of a copy: r is not used again.
func (r *Reference) compare(ver Document, own bool) Comparison {
	c := r.newComparer(ver, own)
	c.alignParagraphs()
	c.indexLinks()
	c.alignSentences()
	c.classify()
	return c.result()
}

// prepare segments and folds the paragraphs of one side (0 reference,
// 1 version) and interns their words. A paragraph or sentence met before
// on this side or in prior, which may be nil, is not segmented, folded or
// tokenized again: its interned words are replayed.
func (v *vocab) prepare(paras []string, title string, side int, prior *prepared) *prepared {
	return v.prepareWith(paras, title, side, prior, true)
}

// prepareWith is prepare that, without reuse, prepares every paragraph and
// sentence afresh; it gives the same result.
func (v *vocab) prepareWith(paras []string, title string, side int, prior *prepared, reuse bool) *prepared {
	titleFold := Fold(RepairMojibake(title))
	size := 0
	for _, p := range paras {
		size += min(len(p), maxInput)
	}
	pr := newPrepared(len(paras), size)
	recs := make([]uint32, 0, 256) // replay records, carved out in turn
	var bags arena
	var folds []string
	var sentBags []bag
	var tmp []int32
	for pi, raw := range paras {
		psrc, i, pfound := findPara(raw, pr, prior)
		if pfound && reuse {
			v.replayPara(pr, psrc, i, pi, titleFold, side)
			continue
		}
		p := sanitize(raw)
		u := unit{raw: p, para: pi}
		var ids []int
		folds, sentBags = folds[:0], sentBags[:0]
		trigger, process := false, 0
		for _, s := range Sentences(p) {
			var su unit
			var sx sentExtra
			src, i, found := findSent(s, pr, prior)
			if found && reuse {
				su, sx = src.sents[i], src.sx[i]
				su.para, su.facts, su.boiler = pi, nil, sx.hint
				v.replay(sx.toks, side)
			} else {
				su, sx, recs = v.prepareSentence(s, pi, side, &bags, recs)
				if src != pr { // the first on this side
					pr.sentOf[s] = len(pr.sents)
				}
			}
			folds = append(folds, su.fold)
			sentBags = append(sentBags, su.bag)
			trigger = trigger || sx.trigger
			process += sx.process
			ids = append(ids, len(pr.sents))
			pr.sents = append(pr.sents, su)
			pr.sx = append(pr.sx, sx)
		}
		if len(folds) == 1 {
			u.fold = folds[0]
		} else {
			u.fold = strings.Join(folds, " ")
		}
		u.hash = v.hash(u.fold)
		if len(ids) == 1 {
			u.boiler = pr.sents[ids[0]].boiler
		} else {
			u.boiler = boilerHint(u.fold, trigger, process)
		}
		pr.paraHint = append(pr.paraHint, u.boiler)
		pr.paraWords = append(pr.paraWords, countWords(p))
		u.bag, tmp = unionBags(sentBags, &bags, tmp)
		if psrc != pr {
			pr.paraOf[raw] = pi
		}
		pr.addPara(u, ids, titleFold)
		v.count(u.bag)
	}
	return pr
}

// prepareSentence folds and interns sentence s of paragraph pi, carving
// its bag out of bags and its replay record out of recs.
func (v *vocab) prepareSentence(s string, pi, side int, bags *arena, recs []uint32) (unit, sentExtra, []uint32) {
	var sk string
	ascii := plainASCII(s)
	if ascii && len(s) <= maxInput {
		sk = foldASCII(s) // what foldKeepCase(RepairMojibake(s)) gives
	} else {
		sk = foldKeepCase(RepairMojibake(s))
		ascii = plainASCII(sk)
	}
	su := unit{raw: s, para: pi}
	if ascii {
		su.fold = lowerASCII(sk)
	} else {
		su.fold = strings.ToLower(sk)
	}
	su.hash = v.hash(su.fold)
	lowered := ""
	if ascii {
		lowered = su.fold
	}
	var sx sentExtra
	start := len(recs)
	su.bag, recs, sx.trigger, sx.process = v.internText(sk, lowered, side, bags, recs)
	sx.toks = recs[start:len(recs):len(recs)]
	// A page's meta line ("PTI ⋅ Last Updated: 21 Feb, 10:46 PM IST")
	// and a credit run into a stamp ("Hina, published 17 January
	// 10:24") are read on the raw line, whose capitals tell names from
	// words.
	su.boiler = boilerHint(su.fold, sx.trigger, sx.process) || metaLine(s) || stampLabelled(su.fold) && creditStamp(s)
	sx.hint = su.boiler
	return su, sx, recs
}

// replayPara prepares paragraph pi as a repeat of paragraph i of src.
func (v *vocab) replayPara(pr, src *prepared, i, pi int, titleFold string, side int) {
	ids := make([]int, len(src.idx[i]))
	for k, si := range src.idx[i] {
		su, sx := src.sents[si], src.sx[si]
		su.para, su.facts, su.boiler = pi, nil, sx.hint
		v.replay(sx.toks, side)
		ids[k] = len(pr.sents)
		pr.sents = append(pr.sents, su)
		pr.sx = append(pr.sx, sx)
	}
	u := src.paras[i]
	u.para, u.facts, u.boiler = pi, nil, src.paraHint[i]
	pr.paraHint = append(pr.paraHint, u.boiler)
	pr.paraWords = append(pr.paraWords, src.paraWords[i])
	pr.addPara(u, ids, titleFold)
	v.count(u.bag)
}

// addPara appends paragraph u with sentences ids, marking it and its
// sentences as boilerplate when it repeats the headline.
// addPara appends paragraph u, whose sentences are ids, to pr; a
// paragraph that repeats the headline titleFold is boilerplate, and so
// are its sentences.
func (pr *prepared) addPara(u unit, ids []int, titleFold string) {
	u.boiler = u.boiler || titleFold != "" && u.fold == titleFold // the headline repeated in the body
	if u.boiler {
		for _, i := range ids {
			pr.sents[i].boiler = true
		}
	}
	pr.paras = append(pr.paras, u)
	pr.idx = append(pr.idx, ids)
	pr.words += pr.paraWords[len(pr.paraWords)-1]
}

// newComparer prepares a comparison of ver with the reference; with own
// set it takes the reference's state instead of copying it.
func (r *Reference) newComparer(ver Document, own bool) *comparer {
	size := 0
	for _, p := range ver.Paragraphs {
		size += len(p)
	}
	c := &comparer{opts: r.opts, v: r.v, truncatedAt: -1}
	c.ref, c.rs, c.rSent = r.prep.paras, r.prep.sents, r.prep.idx
	if !own {
		c.v = r.v.clone(size / 32)
		c.ref, c.rs = slices.Clone(c.ref), slices.Clone(c.rs)
	}
	vp := c.v.prepare(ver.Paragraphs, ver.Title, 1, r.prep)
	c.ver, c.vs, c.vSent = vp.paras, vp.sents, vp.idx
	c.verWords = vp.words
	// Size the word maps exactly: they are built for every comparison.
	var nLower, nRefCaps, nVerCaps, nAll, nRefN, nVerN int
	for id := range c.v.keys {
		f := c.v.flags[id]
		nLower += int(f & 1)
		nRefCaps += int(f >> 1 & 1)
		nVerCaps += int(f >> 2 & 1)
		if f&6 != 0 {
			nAll++
		}
		if c.v.capsN[0][id] > 0 {
			nRefN++
		}
		if c.v.capsN[1][id] > 0 {
			nVerN++
		}
	}
	c.lv = make(lowerVocab, nLower)
	c.refCaps, c.verCaps = make(map[string]bool, nRefCaps), make(map[string]bool, nVerCaps)
	c.refCapsN, c.verCapsN = make(map[string]int, nRefN), make(map[string]int, nVerN)
	c.allCaps = make(map[string]bool, nAll)
	for id, k := range c.v.keys {
		f := c.v.flags[id]
		if f&1 != 0 {
			c.lv[k] = true
		}
		if f&2 != 0 {
			c.refCaps[k] = true
		}
		if f&4 != 0 {
			c.verCaps[k] = true
		}
		if f&6 != 0 {
			c.allCaps[k] = true
		}
		if n := c.v.capsN[0][id]; n > 0 {
			c.refCapsN[k] = int(n)
		}
		if n := c.v.capsN[1][id]; n > 0 {
			c.verCapsN[k] = int(n)
		}
	}
	c.v.finish()
	for _, us := range [][]unit{c.ref, c.ver, c.rs, c.vs} {
		for i := range us {
			us[i].mass = c.v.mass(us[i].bag)
		}
	}
	c.rMatched = make([]bool, len(c.rs))
	c.vMatched = make([]bool, len(c.vs))
	c.refWords = r.prep.words
	return c
}

// factsOf returns the parsed facts of a sentence, parsing on first use.
func (c *comparer) factsOf(u *unit) *facts {
	if u.facts == nil {
		u.facts = extract(u.raw, c.lv, c.allCaps)
	}
	return u.facts
}

// sim scores two sentences.
func (c *comparer) sim(a, b *unit) float64 {
	if c.opts.Scorer != nil {
		return c.opts.Scorer.Similarity(a.raw, b.raw)
	}
	return c.v.overlap(a.bag, b.bag, a.mass, b.mass).dice
}

// result assembles the Comparison.
func (c *comparer) result() Comparison {
	cmp := Comparison{Alignment: c.links, Divergences: c.divs}
	s := &cmp.Summary
	s.Ops = make(map[Op]int)
	s.Material = make(map[Facet]int)
	s.Cosmetic = make(map[Facet]int)
	s.RefWords = c.refWords
	s.VerWords = c.verWords
	for _, l := range c.links {
		s.Ops[l.Op]++
	}
	for _, d := range c.divs {
		if !d.Material {
			s.Cosmetic[d.Facet]++
			continue
		}
		s.Material[d.Facet]++
		switch d.Kind {
		case Added:
			s.Added++
		case Dropped:
			s.Dropped++
		case Altered:
			s.Altered++
		}
	}
	s.Truncated = c.truncatedAt >= 0
	s.Version = c.kindOfVersion()
	for i := range cmp.Divergences {
		d := &cmp.Divergences[i]
		if d.Material {
			d.Confidence = ClassOf(*d, s.Version).Confidence()
		}
		d.Detail = surfaceDetail(d.Detail, d.RefText, d.VerText, c.v.keyOf)
	}
	if cmp.Alignment == nil {
		cmp.Alignment = []Link{}
	}
	if cmp.Divergences == nil {
		cmp.Divergences = []Divergence{}
	}
	return cmp
}

// sortLinks orders links by version position, placing dropped reference
// paragraphs after the link holding their reference predecessor.
func sortLinks(links []Link, nRef int) {
	refLink := make([]int, nRef)
	for i := range refLink {
		refLink[i] = -1
	}
	for li, l := range links {
		for _, r := range l.Ref {
			refLink[r] = li
		}
	}
	key := make([]float64, len(links))
	var fill func(li int) float64
	done := make([]bool, len(links))
	fill = func(li int) float64 {
		if done[li] {
			return key[li]
		}
		done[li] = true
		l := links[li]
		if len(l.Ver) > 0 {
			key[li] = float64(l.Ver[0])
			return key[li]
		}
		r := l.Ref[0]
		k := -1.0
		for p := r - 1; p >= 0; p-- {
			if pl := refLink[p]; pl >= 0 && len(links[pl].Ver) > 0 {
				k = float64(links[pl].Ver[len(links[pl].Ver)-1])
				break
			}
		}
		key[li] = k + 0.5 + float64(r)/float64(4*nRef+4)
		return key[li]
	}
	for i := range links {
		fill(i)
	}
	idx := make([]int, len(links))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool { return key[idx[a]] < key[idx[b]] })
	out := make([]Link, len(links))
	for i, j := range idx {
		out[i] = links[j]
	}
	copy(links, out)
}

// surfaceDetail writes the words of detail that the comparison read by
// one spelling of each ("criticized" for "criticised", "promized" for
// "promised") as texts ref and ver write them, so that a detail names
// only words the texts hold. key gives the word key of a lower-case
// word, as wordKey does.
func surfaceDetail(detail, ref, ver string, key func(string) string) string {
	var b strings.Builder
	last := 0
	lref, lver := "", ""
	for start, end := range detailWords(detail) {
		w := detail[start:end]
		if !unicode.IsLower(firstRune(w)) || strings.Contains(ref, w) || strings.Contains(ver, w) {
			continue
		}
		if lref == "" {
			lref, lver = strings.ToLower(ref), strings.ToLower(ver)
		}
		if hasWholeWord(lref, w) || hasWholeWord(lver, w) {
			continue // "tahaa" of "Tahaa": written so, capitalised
		}
		s := surfaceOf(w, ref, key)
		if s == "" {
			s = surfaceOf(w, ver, key)
		}
		if s == "" {
			continue
		}
		b.WriteString(detail[last:start])
		b.WriteString(s)
		last = end
	}
	if last == 0 {
		return detail
	}
	b.WriteString(detail[last:])
	return b.String()
}

// hasWholeWord reports whether word w stands in text t as a word of its
// own: not "people" of "people's".
func hasWholeWord(t, w string) bool {
	for start, end := range detailWords(t) {
		if t[start:end] == w {
			return true
		}
	}
	return false
}

// surfaceOf returns the word of text t, in lower case, whose comparison
// key is w but which is written otherwise, or "".
func surfaceOf(w, t string, key func(string) string) string {
	first := firstRune(w)
	for start, end := range detailWords(t) {
		if d := end - start - len(w); d < -3 || d > 3 || unicode.ToLower(firstRune(t[start:end])) != first {
			continue // keys keep a word's first letter and near its length
		}
		lw := strings.ToLower(t[start:end])
		if lw != w && key(lw) == w {
			return lw
		}
	}
	return ""
}

// detailWords yields the start and end of each word of s: letters, with
// apostrophes and hyphens inside.
func detailWords(s string) iter.Seq2[int, int] {
	return func(yield func(int, int) bool) {
		inWord := func(r rune) bool { return unicode.IsLetter(r) || r == '\'' || r == '’' || r == '-' }
		start := -1
		for i, r := range s {
			switch {
			case inWord(r) && start < 0:
				start = i
			case !inWord(r) && start >= 0:
				if !yield(start, i) {
					return
				}
				start = -1
			}
		}
		if start >= 0 {
			yield(start, len(s))
		}
	}
}
