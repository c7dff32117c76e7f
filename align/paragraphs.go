package align

import (
	"slices"
	"sort"
)

// Thresholds of the paragraph aligner.
const (
	paraMatchDice   = 0.35 // a 1-1 pair found through the index
	paraGapDice     = 0.2  // a 1-1 pair inside a gap between anchors
	paraLoneDice    = 0.1  // the only two story paragraphs of a gap, sharing a fact
	paraContainment = 0.6  // a paragraph absorbed by a split or merge
	maxPosting      = 64   // words in more paragraphs than this are not indexed
	maxGapCells     = 4096 // cap on pairs scored inside one gap
)

// group is a set of reference and version paragraphs aligned together.
type group struct {
	ref, ver []int
	score    float64
	moved    bool
}

type cand struct {
	r, v int
	o    overlap
}

// headlineFree reports whether paragraph i, of the version if ver, is the
// headline of its document while the other document's headline is still
// unpaired (its group in other is -1): a headline told anew ("Malawi
// confirms dengue outbreak" → "Malawi dengue cases rise to 41") pairs
// with the other headline, not merged into the lead whose words it
// repeats.
func (c *comparer) headlineFree(i int, ver bool, other []int) bool {
	own, oth := c.ref, c.ver
	if ver {
		own, oth = c.ver, c.ref
	}
	return i == 0 && len(oth) > 0 && other[0] < 0 && headline(own[0].raw) && headline(oth[0].raw) && !oth[0].boiler
}

// alignParagraphs aligns the paragraphs and fills c.links.
func (c *comparer) alignParagraphs() {
	nr, nv := len(c.ref), len(c.ver)
	rGroup := make([]int, nr)
	vGroup := make([]int, nv)
	for i := range rGroup {
		rGroup[i] = -1
	}
	for i := range vGroup {
		vGroup[i] = -1
	}
	var groups []*group
	join := func(r, v int, s float64) {
		g := &group{ref: []int{r}, ver: []int{v}, score: s}
		rGroup[r], vGroup[v] = len(groups), len(groups)
		groups = append(groups, g)
	}
	// 1. Exact matches, in order of appearance.
	byHash := make(map[uint64][]int)
	for r := range c.ref {
		if c.ref[r].fold != "" {
			byHash[c.ref[r].hash] = append(byHash[c.ref[r].hash], r)
		}
	}
	for v := range c.ver {
		list := byHash[c.ver[v].hash]
		for k, r := range list {
			if rGroup[r] < 0 && c.ref[r].fold == c.ver[v].fold {
				join(r, v, 1)
				byHash[c.ver[v].hash] = list[k+1:]
				break
			}
		}
	}
	// 2. Candidates through an inverted index of the reference words.
	cands := c.paraCandidates(rGroup, vGroup)
	sort.Slice(cands, func(i, j int) bool {
		if cands[i].o.dice != cands[j].o.dice {
			return cands[i].o.dice > cands[j].o.dice
		}
		return cands[i].v < cands[j].v
	})
	for _, cd := range cands {
		if cd.o.dice < paraMatchDice {
			break
		}
		if rGroup[cd.r] < 0 && vGroup[cd.v] < 0 {
			join(cd.r, cd.v, cd.o.dice)
		}
	}
	// 3. Splits and merges: an unmatched paragraph mostly contained in a
	// neighbour's partner joins its group.
	for changed := true; changed; {
		changed = false
		for _, cd := range cands {
			switch {
			case vGroup[cd.v] < 0 && rGroup[cd.r] >= 0 && cd.o.contB >= paraContainment:
				g := groups[rGroup[cd.r]]
				if len(g.ref) == 1 && adjacent(g.ver, cd.v) && !c.ver[cd.v].boiler && !c.duplicateIn(c.ver, g.ver, cd.v) && !c.headlineFree(cd.v, true, rGroup) {
					g.ver = insertSorted(g.ver, cd.v)
					vGroup[cd.v] = rGroup[cd.r]
					changed = true
				}
			case rGroup[cd.r] < 0 && vGroup[cd.v] >= 0 && cd.o.contA >= paraContainment:
				g := groups[vGroup[cd.v]]
				if len(g.ver) == 1 && adjacent(g.ref, cd.r) && !c.ref[cd.r].boiler && !c.duplicateIn(c.ref, g.ref, cd.r) && !c.headlineFree(cd.r, false, vGroup) {
					g.ref = insertSorted(g.ref, cd.r)
					rGroup[cd.r] = vGroup[cd.v]
					changed = true
				}
			}
		}
	}
	// 4. Order: the longest run of groups in the same order on both sides
	// stays in place; the others moved.
	c.markMoves(groups)
	// 5. Weaker 1-1 pairs inside the gaps between in-order groups.
	c.fillGaps(groups, rGroup, vGroup, join)
	c.markMoves(groups)
	// 6. Links.
	for _, g := range groups {
		op := OpEdited
		switch {
		case len(g.ref) > 1 && len(g.ver) == 1:
			op = OpMerged
		case len(g.ver) > 1:
			op = OpSplit
		case g.moved:
			op = OpMoved
		case c.ref[g.ref[0]].fold == c.ver[g.ver[0]].fold:
			op = OpSame
		}
		c.links = append(c.links, Link{Op: op, Ref: g.ref, Ver: g.ver})
	}
	for r := range c.ref {
		if rGroup[r] < 0 {
			c.links = append(c.links, Link{Op: OpDropped, Ref: []int{r}, Ver: []int{}})
		}
	}
	for v := range c.ver {
		if vGroup[v] < 0 {
			c.links = append(c.links, Link{Op: OpAdded, Ref: []int{}, Ver: []int{v}})
		}
	}
	sortLinks(c.links, nr)
	c.groupsMoved = make(map[int]bool)
	for _, g := range groups {
		if g.moved {
			c.groupsMoved[g.ref[0]] = true
		}
	}
}

func adjacent(list []int, x int) bool {
	for _, y := range list {
		if y == x-1 || y == x+1 {
			return true
		}
	}
	return false
}

func insertSorted(list []int, x int) []int {
	i := sort.SearchInts(list, x)
	list = append(list, 0)
	copy(list[i+1:], list[i:])
	list[i] = x
	return list
}

// paraCandidates finds, for every unmatched version paragraph, the
// reference paragraphs sharing the most rare words with it.
func (c *comparer) paraCandidates(rGroup, vGroup []int) []cand {
	open := false
	for v := range c.ver {
		open = open || vGroup[v] < 0
	}
	if !open {
		return nil
	}
	postings := newPostings(len(c.v.keys), len(c.ref), func(k int) (int32, bag) { return int32(k), c.ref[k].bag })
	acc := make([]float64, len(c.ref))
	var touched []int
	var out []cand
	for v := range c.ver {
		if vGroup[v] >= 0 {
			continue
		}
		touched = touched[:0]
		for _, id := range c.ver[v].bag {
			list := postings.list(id)
			if len(list) > maxPosting {
				continue
			}
			w := c.v.weight(id)
			for _, r := range list {
				if acc[r] == 0 {
					touched = append(touched, int(r))
				}
				acc[r] += w
			}
		}
		sort.Slice(touched, func(i, j int) bool { return acc[touched[i]] > acc[touched[j]] })
		for k, r := range touched {
			if k < c.opts.MaxCandidates {
				o := c.v.overlap(c.ref[r].bag, c.ver[v].bag, c.ref[r].mass, c.ver[v].mass)
				out = append(out, cand{r: r, v: v, o: o})
			}
			acc[r] = 0
		}
	}
	// Unmatched reference paragraphs may be absorbed by matched version
	// paragraphs (merges): score them against their neighbours' partners.
	return out
}

// markMoves finds the longest increasing run of groups and marks the rest
// as moved.
func (c *comparer) markMoves(groups []*group) {
	idx := make([]int, len(groups))
	for i := range idx {
		idx[i] = i
	}
	sort.Slice(idx, func(a, b int) bool { return groups[idx[a]].ver[0] < groups[idx[b]].ver[0] })
	// Patience LIS on the reference positions in version order.
	var tails []int // indexes into idx
	prev := make([]int, len(idx))
	for k, gi := range idx {
		r := groups[gi].ref[0]
		i := sort.Search(len(tails), func(t int) bool { return groups[idx[tails[t]]].ref[0] >= r })
		if i > 0 {
			prev[k] = tails[i-1]
		} else {
			prev[k] = -1
		}
		if i == len(tails) {
			tails = append(tails, k)
		} else {
			tails[i] = k
		}
	}
	for _, g := range groups {
		g.moved = true
	}
	if len(tails) > 0 {
		for k := tails[len(tails)-1]; k >= 0; k = prev[k] {
			groups[idx[k]].moved = false
		}
	}
}

// fillGaps pairs unmatched paragraphs lying between the same two in-order
// groups on both sides.
func (c *comparer) fillGaps(groups []*group, rGroup, vGroup []int, join func(r, v int, s float64)) {
	type anchor struct{ r, v int }
	anchors := []anchor{{-1, -1}}
	var inOrder []*group
	for _, g := range groups {
		if !g.moved {
			inOrder = append(inOrder, g)
		}
	}
	sort.Slice(inOrder, func(i, j int) bool { return inOrder[i].ver[0] < inOrder[j].ver[0] })
	for _, g := range inOrder {
		anchors = append(anchors, anchor{g.ref[len(g.ref)-1], g.ver[len(g.ver)-1]})
	}
	anchors = append(anchors, anchor{len(c.ref), len(c.ver)})
	for k := 0; k+1 < len(anchors); k++ {
		var rs, vs []int
		for r := anchors[k].r + 1; r < anchors[k+1].r && r < len(c.ref); r++ {
			if r >= 0 && rGroup[r] < 0 {
				rs = append(rs, r)
			}
		}
		for v := anchors[k].v + 1; v < anchors[k+1].v && v < len(c.ver); v++ {
			if v >= 0 && vGroup[v] < 0 {
				vs = append(vs, v)
			}
		}
		if len(rs) == 0 || len(vs) == 0 || len(rs)*len(vs) > maxGapCells {
			continue
		}
		// One story paragraph replaced by one other in the same place: a
		// rewrite of it when they share a fact (a number or a name).
		if r, v, ok := c.loneStory(rs, vs); ok {
			if o := c.v.overlap(c.ref[r].bag, c.ver[v].bag, c.ref[r].mass, c.ver[v].mass); o.dice >= paraLoneDice && c.sharesFact(c.ref[r].bag, c.ver[v].bag) {
				join(r, v, o.dice)
				continue
			}
		}
		var cs []cand
		for _, r := range rs {
			for _, v := range vs {
				o := c.v.overlap(c.ref[r].bag, c.ver[v].bag, c.ref[r].mass, c.ver[v].mass)
				if o.dice >= paraGapDice {
					cs = append(cs, cand{r: r, v: v, o: o})
				}
			}
		}
		sort.Slice(cs, func(i, j int) bool { return cs[i].o.dice > cs[j].o.dice })
		for _, cd := range cs {
			if rGroup[cd.r] < 0 && vGroup[cd.v] < 0 {
				join(cd.r, cd.v, cd.o.dice)
			}
		}
	}
}

// loneStory returns the only non-boilerplate paragraph of each side of a
// gap, if each side has exactly one.
func (c *comparer) loneStory(rs, vs []int) (r, v int, ok bool) {
	r, v = -1, -1
	for _, x := range rs {
		if !c.ref[x].boiler {
			if r >= 0 {
				return 0, 0, false
			}
			r = x
		}
	}
	for _, x := range vs {
		if !c.ver[x].boiler {
			if v >= 0 {
				return 0, 0, false
			}
			v = x
		}
	}
	return r, v, r >= 0 && v >= 0
}

// sharesFact reports whether two bags share a number or a name.
func (c *comparer) sharesFact(a, b bag) bool {
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] == b[j]:
			if c.v.bonus[a[i]] >= 1.6 {
				return true
			}
			i++
			j++
		case a[i] < b[j]:
			i++
		default:
			j++
		}
	}
	return false
}

// postings is an inverted index from word ids to the units holding them,
// all lists in one block.
type postings struct {
	start []int32 // list of word id is units[start[id]:start[id+1]]
	units []int32
}

// newPostings indexes n units with nWords distinct words; at gives the
// index and the bag of the k-th unit. Lists keep the order of the units.
func newPostings(nWords, n int, at func(k int) (int32, bag)) postings {
	start := make([]int32, nWords+1)
	total := 0
	for k := range n {
		_, b := at(k)
		for _, id := range b {
			start[id+1]++
		}
		total += len(b)
	}
	for id := 1; id <= nWords; id++ {
		start[id] += start[id-1]
	}
	units := make([]int32, total)
	next := slices.Clone(start[:nWords])
	for k := range n {
		u, b := at(k)
		for _, id := range b {
			units[next[id]] = u
			next[id]++
		}
	}
	return postings{start: start, units: units}
}

// list returns the units holding word id.
func (p postings) list(id int32) []int32 {
	return p.units[p.start[id]:p.start[id+1]]
}
