package align

import (
	"hash/fnv"
	"sort"
	"strings"
)

// Options tunes CompareWith.
type Options struct {
	// Scorer, when set, replaces the built-in weighted word overlap for
	// sentence similarity. Candidate pairs are still found through an
	// index of shared rare words, so a Scorer is called a bounded number
	// of times.
	Scorer Scorer
	// MaxCandidates bounds the candidate reference paragraphs considered
	// for each version paragraph (default 8).
	MaxCandidates int
}

// Compare aligns the version ver to the reference ref, paragraph by
// paragraph and sentence by sentence, and lists every divergence: added,
// dropped and altered claims with the facet that changed and whether the
// change is material.
func Compare(ref, ver Document) Comparison {
	return CompareWith(ref, ver, Options{})
}

// CompareWith is Compare with options.
func CompareWith(ref, ver Document, opts Options) Comparison {
	if opts.MaxCandidates <= 0 {
		opts.MaxCandidates = 8
	}
	c := newComparer(ref, ver, opts)
	c.alignParagraphs()
	c.alignSentences()
	c.classify()
	return c.result()
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
	opts        Options
	v           *vocab
	lv          lowerVocab
	ref, ver    []unit // paragraphs
	rs, vs      []unit // sentences
	rSent       [][]int
	vSent       [][]int
	links       []Link
	pairs       []sentPair
	rMatched    []bool // sentences
	vMatched    []bool
	divs        []Divergence
	truncatedAt int // first missing reference paragraph, or -1
	groupsMoved map[int]bool
	refCaps     map[string]bool // capitalised words inside sentences of each side
	verCaps     map[string]bool
	refCapsN    map[string]int // sentences naming each capitalised word
	verCapsN    map[string]int // first reference paragraph of groups out of order
}

type sentPair struct {
	r, v  []int // sentence indexes
	sim   float64
	cross bool // found by the global pass, across paragraph groups
}

func hashString(s string) uint64 {
	h := fnv.New64a()
	h.Write([]byte(s))
	return h.Sum64()
}

func newComparer(ref, ver Document, opts Options) *comparer {
	c := &comparer{opts: opts, v: newVocab(), lv: make(lowerVocab), truncatedAt: -1,
		refCaps: make(map[string]bool), verCaps: make(map[string]bool),
		refCapsN: make(map[string]int), verCapsN: make(map[string]int)}
	prep := func(paras []string, caps map[string]bool, capsN map[string]int) ([]unit, []unit, [][]int) {
		var ps, ss []unit
		var idx [][]int
		for pi, p := range paras {
			p = sanitize(p)
			fk := foldKeepCase(RepairMojibake(p))
			u := unit{raw: p, fold: strings.ToLower(fk), boiler: IsBoilerplate(p), para: pi}
			u.hash = hashString(u.fold)
			u.bag = c.v.bagOf(fk)
			c.v.count(u.bag)
			ps = append(ps, u)
			var ids []int
			for _, s := range Sentences(p) {
				sk := foldKeepCase(RepairMojibake(s))
				su := unit{raw: s, fold: strings.ToLower(sk), boiler: u.boiler || IsBoilerplate(s), para: pi}
				su.hash = hashString(su.fold)
				su.bag = c.v.bagOf(sk)
				ids = append(ids, len(ss))
				ss = append(ss, su)
				seen := make(map[string]bool)
				for _, t := range tokenize(sk) {
					k := wordKey(t.lower)
					if !t.cap {
						c.lv[k] = true
						continue
					}
					if t.start > 0 {
						caps[k] = true
					}
					if !seen[k] {
						seen[k] = true
						capsN[k]++
					}
				}
			}
			idx = append(idx, ids)
		}
		return ps, ss, idx
	}
	c.ref, c.rs, c.rSent = prep(ref.Paragraphs, c.refCaps, c.refCapsN)
	c.ver, c.vs, c.vSent = prep(ver.Paragraphs, c.verCaps, c.verCapsN)
	c.v.finish()
	for _, us := range [][]unit{c.ref, c.ver, c.rs, c.vs} {
		for i := range us {
			us[i].mass = c.v.mass(us[i].bag)
		}
	}
	c.rMatched = make([]bool, len(c.rs))
	c.vMatched = make([]bool, len(c.vs))
	return c
}

// factsOf returns the parsed facts of a sentence, parsing on first use.
func (c *comparer) factsOf(u *unit) *facts {
	if u.facts == nil {
		u.facts = extract(u.raw, c.lv)
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
	for _, p := range c.ref {
		s.RefWords += countWords(p.raw)
	}
	for _, p := range c.ver {
		s.VerWords += countWords(p.raw)
	}
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
