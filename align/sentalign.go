package align

import (
	"cmp"
	"slices"
)

// Thresholds of the sentence aligner.
const (
	sentMatchSim    = 0.3  // a 1-1 pair inside an aligned paragraph group
	sentGlobalSim   = 0.45 // a pair found across the whole documents
	sentLoneSim     = 0.1  // the only sentences of two aligned paragraphs, sharing a fact
	sentContainment = 0.65 // a sentence absorbed by a split or merge
	// sentLooseContainment absorbs a leftover sentence that no other
	// sentence holds as much of.
	sentLooseContainment = 0.55
	// sentRepeats is the share of a leftover sentence's words found in a
	// sentence of its own side from which it repeats that sentence.
	sentRepeats = 0.5
	// reclaimSim and reclaimMargin give a sentence paired in a group to
	// a leftover that matches it at least this well, and by this
	// much more than its partner does (see reclaim).
	reclaimSim      = 0.45
	reclaimMargin   = 0.05
	maxGroupCells   = 2500 // cap on sentence pairs scored inside one group
	maxSentCands    = 4
	maxSentPostings = 48
)

// alignSentences pairs the sentences inside each paragraph group, then
// pairs the leftovers across the documents (moved sentences, complete
// re-paragraphing).
func (c *comparer) alignSentences() {
	for _, l := range c.links {
		if len(l.Ref) == 0 || len(l.Ver) == 0 {
			continue
		}
		var rs, vs []int
		for _, p := range l.Ref {
			rs = append(rs, c.rSent[p]...)
		}
		for _, p := range l.Ver {
			vs = append(vs, c.vSent[p]...)
		}
		minSim := sentMatchSim
		if len(rs) == 1 && len(vs) == 1 && c.sharesFact(c.rs[rs[0]].bag, c.vs[vs[0]].bag) {
			// The only sentences of aligned paragraphs, sharing a fact.
			minSim = sentLoneSim
		}
		c.matchSentences(rs, vs, minSim, false)
	}
	c.reclaim()
	var rs, vs []int
	for i, m := range c.rMatched {
		if !m {
			rs = append(rs, i)
		}
	}
	for i, m := range c.vMatched {
		if !m {
			vs = append(vs, i)
		}
	}
	if len(rs) > 0 && len(vs) > 0 {
		c.matchSentences(rs, vs, sentGlobalSim, true)
	}
	if len(rs) > 0 || len(vs) > 0 {
		c.absorbLeftovers()
	}
}

// reclaim gives a version sentence that the pairing inside paragraph
// groups gave to one reference sentence to a reference sentence left
// over that matches it much better: two paragraphs merged in the version
// ("'We have heard no voices …,' Quirós told reporters. He added that
// the road would remain closed.") whose group paired the quote with the
// minister's other sentence ("Quirós said the road would stay closed")
// for his name, leaving over the quote as the reference told it with
// another speaker. The reference sentence it leaves is paired again
// across the documents.
func (c *comparer) reclaim() {
	var left, taken []int
	for i, m := range c.rMatched {
		if !m && !c.rs[i].boiler && !c.headlineLine(c.rs, c.rSent, i) {
			left = append(left, i)
		}
	}
	if len(left) == 0 {
		return
	}
	pairOfVer := make(map[int]int)
	for pi, p := range c.pairs {
		if len(p.r) == 1 && len(p.v) == 1 && !p.cross && p.sim < 1 {
			pairOfVer[p.v[0]] = pi
			taken = append(taken, p.v[0])
		}
	}
	if len(taken) == 0 {
		return
	}
	slices.Sort(taken)
	var cs []scored
	if len(left)*len(taken) <= maxGroupCells {
		// Few enough to score every pair: cheaper than an index.
		for _, r := range left {
			for _, v := range taken {
				if s := c.scorePair(r, v); s.sim >= reclaimSim {
					cs = append(cs, s)
				}
			}
		}
		slices.SortStableFunc(cs, func(a, b scored) int { return cmp.Compare(b.sim, a.sim) })
	} else {
		cs = c.sentCandidates(left, taken)
	}
	for _, s := range cs {
		pi, ok := pairOfVer[s.v]
		if !ok || c.rMatched[s.r] || s.sim < reclaimSim || s.sim < c.pairs[pi].sim+reclaimMargin {
			continue
		}
		old := c.pairs[pi].r[0]
		c.rMatched[old] = false
		c.rMatched[s.r] = true
		c.pairs[pi] = sentPair{r: []int{s.r}, v: []int{s.v}, sim: s.sim, cross: true}
		delete(pairOfVer, s.v)
		c.repairInGroup(old)
	}
}

// repairInGroup pairs reference sentence r, left by reclaim, with the
// version sentence of its paragraph group still unpaired that matches it
// best, if one matches as well as a pair inside a group must.
func (c *comparer) repairInGroup(r int) {
	for _, l := range c.links {
		if !slices.Contains(l.Ref, c.rs[r].para) {
			continue
		}
		best := scored{sim: -1}
		for _, p := range l.Ver {
			for _, v := range c.vSent[p] {
				if s := c.scorePair(r, v); !c.vMatched[v] && s.sim > best.sim {
					best = s
				}
			}
		}
		if best.sim >= sentMatchSim {
			c.rMatched[r], c.vMatched[best.v] = true, true
			c.pairs = append(c.pairs, sentPair{r: []int{r}, v: []int{best.v}, sim: best.sim})
		}
		return
	}
}

// absorbLeftovers joins a sentence still unpaired to the pair of a
// sentence of the other side that contains it, wherever the two stand:
// a sentence split off into a paragraph of its own, which the paragraph
// groups did not pair, is part of a split, not an added claim.
func (c *comparer) absorbLeftovers() {
	c.absorbSide(true)  // version sentences contained in a reference sentence
	c.absorbSide(false) // reference sentences contained in a version sentence
}

// absorbSide is absorbLeftovers for the leftovers of the version (ver) or
// of the reference, each measured against one sentence of the other side
// and joined to that sentence's pair, however many sentences it holds: a
// boundary moved ("All 13 were checked on the quay. Three … were taken
// to hospital and were expected to be discharged." → "All 13 were
// checked on the quayside, and three … were taken to hospital. They were
// discharged.") makes one pair of two sentences each.
func (c *comparer) absorbSide(ver bool) {
	us, sents, matched, otherMatched := c.rs, c.rSent, c.rMatched, c.vMatched
	own := func(p *sentPair) *[]int { return &p.r }
	other := func(p *sentPair) []int { return p.v }
	if ver {
		us, sents, matched, otherMatched = c.vs, c.vSent, c.vMatched, c.rMatched
		own = func(p *sentPair) *[]int { return &p.v }
		other = func(p *sentPair) []int { return p.r }
	}
	pairOf := make([]int, len(otherMatched)) // the pair of each sentence, -1 for those unpaired
	for i := range pairOf {
		pairOf[i] = -1
	}
	for pi := range c.pairs {
		for _, o := range other(&c.pairs[pi]) {
			pairOf[o] = pi
		}
	}
	var left, paired []int
	for i, m := range otherMatched {
		if m && pairOf[i] >= 0 {
			paired = append(paired, i)
		}
	}
	for i, m := range matched {
		if !m && !us[i].boiler && !c.headlineLine(us, sents, i) {
			left = append(left, i)
		}
	}
	if len(left) == 0 || len(paired) == 0 {
		return
	}
	// key gives a candidate's leftover sentence and the share of its
	// words that the paired sentence holds.
	key := func(s scored) (int, float64) { return s.r, s.o.contA }
	var cs []scored
	if ver {
		key = func(s scored) (int, float64) { return s.v, s.o.contB }
		cs = c.sentCandidates(paired, left)
	} else {
		cs = c.verCandidates(left, paired)
	}
	for _, s := range cs {
		l, share := key(s)
		o := s.v
		if ver {
			o = s.r
		}
		pi := pairOf[o]
		if matched[l] || pi < 0 {
			continue
		}
		list := own(&c.pairs[pi])
		if c.duplicateIn(us, *list, l) || c.repeats(us, l, *list) ||
			share < sentContainment && !(nextTo(*list, l) && containedOnce(cs, s, key)) ||
			c.chrome(us, sents, l) != "" {
			continue // (captions and other chrome, judged last: it costs most)
		}
		*list = insertSorted(*list, l)
		matched[l] = true
	}
}

type scored struct {
	r, v int
	o    overlap
	sim  float64
}

// matchSentences pairs sentences rs with vs: identical ones first, then
// the most similar, then splits and merges by containment.
func (c *comparer) matchSentences(rs, vs []int, minSim float64, global bool) {
	if !global && c.pairIdentical(rs, vs) {
		return
	}
	c.matchScored(rs, vs, minSim, global)
}

// matchScored is matchSentences scoring every pair, or the candidates
// of the index of rare words when there are too many pairs.
func (c *comparer) matchScored(rs, vs []int, minSim float64, global bool) {
	var cs []scored
	if !global && len(rs)*len(vs) <= maxGroupCells {
		cs = c.scratch[:0]
		for _, r := range rs {
			for _, v := range vs {
				cs = append(cs, c.scorePair(r, v))
			}
		}
	} else {
		cs = c.sentCandidates(rs, vs)
	}
	slices.SortStableFunc(cs, func(a, b scored) int {
		if a.sim != b.sim {
			if a.sim > b.sim {
				return -1
			}
			return 1
		}
		// Prefer pairs in the same relative position.
		return cmp.Compare(abs(a.r-a.v), abs(b.r-b.v))
	})
	c.scratch = cs[:0] // for the next call; cs is not kept
	// pairOf and verPair give the pair of a reference or version
	// sentence paired here, -1 for others; the global pass, which looks
	// for no splits or merges, keeps none.
	var pairOf, verPair []int
	if !global {
		if c.pairOf == nil {
			c.pairOf, c.verPair = make([]int, len(c.rs)), make([]int, len(c.vs))
		}
		pairOf, verPair = c.pairOf, c.verPair
		for _, r := range rs {
			pairOf[r] = -1
		}
		for _, v := range vs {
			verPair[v] = -1
		}
	}
	for _, s := range cs {
		if s.sim < minSim {
			break
		}
		if c.rMatched[s.r] || c.vMatched[s.v] || c.rs[s.r].boiler != c.vs[s.v].boiler && c.rs[s.r].hash != c.vs[s.v].hash {
			// Site chrome is no counterpart of a story sentence.
			continue
		}
		c.rMatched[s.r], c.vMatched[s.v] = true, true
		if !global {
			pairOf[s.r] = len(c.pairs)
			verPair[s.v] = len(c.pairs)
		}
		c.pairs = append(c.pairs, sentPair{r: []int{s.r}, v: []int{s.v}, sim: s.sim, cross: global})
	}
	if global {
		return
	}
	for _, s := range cs {
		switch {
		case !c.vMatched[s.v] && c.rMatched[s.r] && s.o.contB >= sentContainment && !c.vs[s.v].boiler && !c.headlineLine(c.vs, c.vSent, s.v):
			// Chrome shares the words of the line it stands by, not its
			// claim: "ARMENPRESS, Yerevan." above "YEREVAN, MAY 15,
			// ARMENPRESS. …" (judged last: it costs most).
			if pi := pairOf[s.r]; pi >= 0 && len(c.pairs[pi].r) == 1 && !c.duplicateIn(c.vs, c.pairs[pi].v, s.v) && c.chrome(c.vs, c.vSent, s.v) == "" {
				c.pairs[pi].v = insertSorted(c.pairs[pi].v, s.v)
				c.vMatched[s.v] = true
				verPair[s.v] = pi
			}
		case !c.rMatched[s.r] && c.vMatched[s.v] && s.o.contA >= sentContainment && !c.rs[s.r].boiler && !c.headlineLine(c.rs, c.rSent, s.r):
			if pi := verPair[s.v]; pi >= 0 && len(c.pairs[pi].v) == 1 && !c.duplicateIn(c.rs, c.pairs[pi].r, s.r) && c.chrome(c.rs, c.rSent, s.r) == "" {
				c.pairs[pi].r = insertSorted(c.pairs[pi].r, s.r)
				c.rMatched[s.r] = true
				pairOf[s.r] = pi
			}
		}
	}
}

// pairIdentical pairs the sentences of a group whose two sides are the
// same sentences in the same order, none repeated, and reports whether it
// did. It gives the pairs matchSentences would find, in the same order,
// without scoring every pair: each sentence's only exact twin scores
// 1.01, above any built-in score, and pairing them leaves nothing to do.
func (c *comparer) pairIdentical(rs, vs []int) bool {
	n := len(rs)
	if c.opts.Scorer != nil || n == 0 || n != len(vs) || n*n > maxGroupCells || n > 64 {
		return false
	}
	for i, r := range rs {
		a, b := &c.rs[r], &c.vs[vs[i]]
		if a.hash != b.hash || a.fold != b.fold || c.rMatched[r] || c.vMatched[vs[i]] {
			return false
		}
		for _, q := range rs[:i] {
			if c.rs[q].hash == a.hash && c.rs[q].fold == a.fold {
				return false
			}
		}
	}
	// The order of the pairs: by distance of the indexes, then in order.
	var order [64]int
	for i := range n {
		order[i] = i
	}
	slices.SortStableFunc(order[:n], func(i, j int) int {
		return cmp.Compare(abs(rs[i]-vs[i]), abs(rs[j]-vs[j]))
	})
	one := make([]int, 2*n) // the one-element index lists of the pairs
	for k, i := range order[:n] {
		c.rMatched[rs[i]], c.vMatched[vs[i]] = true, true
		r, v := one[2*k:2*k+1:2*k+1], one[2*k+1:2*k+2:2*k+2]
		r[0], v[0] = rs[i], vs[i]
		c.pairs = append(c.pairs, sentPair{r: r, v: v, sim: 1.01})
	}
	return true
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

func (c *comparer) scorePair(r, v int) scored {
	a, b := &c.rs[r], &c.vs[v]
	o := c.v.overlap(a.bag, b.bag, a.mass, b.mass)
	s := o.dice
	if a.hash == b.hash && a.fold == b.fold {
		s = 1.01
	} else if c.opts.Scorer != nil {
		s = c.opts.Scorer.Similarity(a.raw, b.raw)
	}
	return scored{r: r, v: v, o: o, sim: s}
}

// repeats reports whether leftover sentence x of us says again much of
// what one of the sentences list of its own side says: it adds nothing
// to their pair that a split would explain ("On Friday, the minister said
// the plant will close" beside "The plant will not close, the minister
// said"), but is another statement.
func (c *comparer) repeats(us []unit, x int, list []int) bool {
	for _, k := range list {
		if c.v.overlap(us[x].bag, us[k].bag, us[x].mass, us[k].mass).contA >= sentRepeats {
			return true
		}
	}
	return false
}

// nextTo reports whether sentence x stands next to one of the sentences
// list: a clause split off stays beside its sentence.
func nextTo(list []int, x int) bool {
	return slices.ContainsFunc(list, func(i int) bool { return abs(i-x) == 1 })
}

// containedOnce reports whether candidate s, of the candidates cs, holds
// more than half of the words of its leftover sentence (of which side,
// and how much of it, key tells) and over twice the share any other
// candidate holds.
func containedOnce(cs []scored, s scored, key func(scored) (int, float64)) bool {
	who, share := key(s)
	if share < sentLooseContainment {
		return false
	}
	for _, o := range cs {
		if w, sh := key(o); w == who && o != s && sh*2 > share {
			return false
		}
	}
	return true
}

// sentCandidates finds likely sentence pairs through an index of rare
// words: the reference sentences rs likeliest to pair with each of vs.
func (c *comparer) sentCandidates(rs, vs []int) []scored {
	return c.candidates(rs, c.rs, vs, c.vs, c.scorePair)
}

// verCandidates is sentCandidates the other way round: the version
// sentences vs likeliest to pair with each of rs.
func (c *comparer) verCandidates(rs, vs []int) []scored {
	return c.candidates(vs, c.vs, rs, c.rs, func(v, r int) scored { return c.scorePair(r, v) })
}

// candidates scores, for each unit of query, the units of index sharing
// the most weight of rare words with it.
func (c *comparer) candidates(index []int, iu []unit, query []int, qu []unit, score func(i, q int) scored) []scored {
	postings := newPostings(len(c.v.keys), len(index), func(k int) (int32, bag) { return int32(index[k]), iu[index[k]].bag })
	acc := make([]float64, len(iu))
	var touched []int32
	type kv struct {
		i int32
		w float64
	}
	var best []kv
	var out []scored
	for _, q := range query {
		touched = touched[:0]
		for _, id := range qu[q].bag {
			list := postings.list(id)
			if len(list) > maxSentPostings {
				continue
			}
			w := c.v.weight(id)
			for _, i := range list {
				if acc[i] == 0 {
					touched = append(touched, i)
				}
				acc[i] += w
			}
		}
		best = best[:0]
		for _, i := range touched {
			best = append(best, kv{i, acc[i]})
			acc[i] = 0
		}
		slices.SortFunc(best, func(a, b kv) int {
			if a.w != b.w {
				return cmp.Compare(b.w, a.w)
			}
			return cmp.Compare(a.i, b.i)
		})
		for k := 0; k < len(best) && k < maxSentCands; k++ {
			out = append(out, score(int(best[k].i), q))
		}
	}
	return out
}

// duplicateIn reports whether unit x repeats one of the units in list, as
// a copier's duplicated text does.
func (c *comparer) duplicateIn(us []unit, list []int, x int) bool {
	for _, i := range list {
		if us[i].hash == us[x].hash && us[i].fold == us[x].fold {
			return true
		}
	}
	return false
}

// headlineLine reports whether sentence i of us stands alone as a
// paragraph that reads as a headline: its words repeat the lede's, but
// it is no part of it.
func (c *comparer) headlineLine(us []unit, sents [][]int, i int) bool {
	return len(sents[us[i].para]) == 1 && headline(us[i].raw)
}
