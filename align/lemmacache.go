package align

import (
	"slices"
	"strings"
)

// lemmaCache holds the lemmas and topic lemmas of the sentences of both
// sides, computed on first use, and the answers of synonymous for the
// pairs of lemmas already compared.
type lemmaCache struct {
	c              *comparer
	rs, vs         [][]string
	rTopic, vTopic [][]string
	info           map[string]*lemmaInfo
}

// newLemmaCache returns an empty lemma cache for the sentences of c.
func newLemmaCache(c *comparer) *lemmaCache {
	return &lemmaCache{c: c}
}

// overlap is lemmaOverlap, with the word forms each lemma's synonym test
// needs worked out once per comparison rather than once per pair.
func (lc *lemmaCache) overlap(a, b []string) (float64, int) {
	if len(a) == 0 || len(b) == 0 {
		return 0, 0
	}
	return overlapBy(lc.infos(a), lc.infos(b), (*lemmaInfo).synonymous)
}

// infos returns the lemmaInfo of each word of ws.
func (lc *lemmaCache) infos(ws []string) []*lemmaInfo {
	out := make([]*lemmaInfo, len(ws))
	for i, w := range ws {
		out[i] = lc.infoOf(w)
	}
	return out
}

// infoOf returns the lemmaInfo of lemma w, made on first use.
func (lc *lemmaCache) infoOf(w string) *lemmaInfo {
	if lc.info == nil {
		lc.info = make(map[string]*lemmaInfo)
	}
	li := lc.info[w]
	if li == nil {
		li = newLemmaInfo(w)
		lc.info[w] = li
	}
	return li
}

// topicOf returns topicLemmas of the lemmas of sentence i of a side.
func (lc *lemmaCache) topicOf(side, i int) []string {
	if lc.rTopic == nil {
		lc.rTopic, lc.vTopic = make([][]string, len(lc.c.rs)), make([][]string, len(lc.c.vs))
	}
	cache := lc.rTopic
	if side == 1 {
		cache = lc.vTopic
	}
	if cache[i] == nil {
		cache[i] = topicLemmas(lc.of(side, i))
	}
	return cache[i]
}

// of returns the lemmas of sentence i of side 0 (reference) or 1.
func (lc *lemmaCache) of(side, i int) []string {
	if lc.rs == nil {
		lc.rs, lc.vs = make([][]string, len(lc.c.rs)), make([][]string, len(lc.c.vs))
	}
	cache, us := lc.rs, lc.c.rs
	if side == 1 {
		cache, us = lc.vs, lc.c.vs
	}
	if cache[i] == nil {
		cache[i] = lemmas(us[i].fold)
		if cache[i] == nil {
			cache[i] = []string{}
		}
	}
	return cache[i]
}

// ofAll returns the lemmas of several sentences of one side.
func (lc *lemmaCache) ofAll(side int, idx []int) []string {
	if len(idx) == 1 {
		return lc.of(side, idx[0])
	}
	var out []string
	for _, i := range idx {
		out = append(out, lc.of(side, i)...)
	}
	return out
}

// lemmaInfo holds what synonymous needs of one word, worked out once.
type lemmaInfo struct {
	w, stem  string
	groups   []int
	eval     string
	evalOK   bool
	adverbs  []string // the words w is the adverb of: "quickly" → "quick"; "easily" → "easy"
	nounRoot []string // the forms derived compares with a verb's stem: "evacuation" → "evacu", "evacuat"
}

// newLemmaInfo computes the facts the synonym tests need about word w.
func newLemmaInfo(w string) *lemmaInfo {
	li := &lemmaInfo{w: w, stem: verbStem(w), groups: synonymGroups(w)}
	li.eval, li.evalOK = evaluativeScales[w]
	if base, ok := strings.CutSuffix(w, "ly"); ok {
		li.adverbs = append(li.adverbs, base)
		if b, ok := strings.CutSuffix(w, "ily"); ok {
			li.adverbs = append(li.adverbs, b+"y")
		}
	}
	li.nounRoot = nounRoots(w)
	return li
}

// synonymous is the package's synonymous(x.w, y.w).
func (x *lemmaInfo) synonymous(y *lemmaInfo) bool {
	if x == y || x.w == y.w || x.stem == y.stem {
		return true
	}
	if x.adverbOf(y) || y.adverbOf(x) || slices.Contains(x.nounRoot, y.stem) || slices.Contains(y.nounRoot, x.stem) {
		return true
	}
	if x.evalOK && x.eval == y.eval {
		return true
	}
	for _, g := range x.groups {
		if slices.Contains(y.groups, g) {
			return true
		}
	}
	return false
}

// adverbOf is the package's adverbOf(x.w, y.w).
func (x *lemmaInfo) adverbOf(y *lemmaInfo) bool {
	return len(y.w) >= 3 && slices.Contains(x.adverbs, y.w)
}
