package align

import (
	"math"
	"slices"
	"strings"
	"unicode"
)

// Scorer measures how similar two pieces of text are, from 0 (unrelated)
// to 1 (the same). A semantic model can be plugged into CompareWith
// through Options.Scorer; the default weighs the facts of a sentence
// (names, numbers, rare words) above function words.
type Scorer interface {
	Similarity(ref, ver string) float64
}

// vocab interns word keys and holds their weights for one comparison.
type vocab struct {
	ids     map[string]int32 // word key → id
	byLower map[string]int32 // lower-case word → id, -1 when it has no key
	keys    []string
	df      []int32
	bonus   []float32
	weights []float32
	n       int // units counted for df
	// Per id: bit 0 the word was seen in lower case; bits 1 and 2 it was
	// seen capitalised inside a sentence of the reference or version.
	flags      []uint8
	boilerWord []uint8    // bit 0: one of boilerplateWords; bit 1: one of processWords
	capsN      [2][]int32 // per side, sentences where the word is capitalised
	stamp      [2][]int32 // per side, last sentence counted in capsN
	sent       int32
}

// newVocab returns a vocabulary sized for about n distinct words.
func newVocab(n int) *vocab {
	n = min(n, 1<<16)
	v := &vocab{ids: make(map[string]int32, n), byLower: make(map[string]int32, n)}
	v.keys = make([]string, 0, n)
	v.df = make([]int32, 0, n)
	v.bonus = make([]float32, 0, n)
	v.flags = make([]uint8, 0, n)
	v.boilerWord = make([]uint8, 0, n)
	for side := range v.capsN {
		v.capsN[side] = make([]int32, 0, n)
		v.stamp[side] = make([]int32, 0, n)
	}
	return v
}

// clone returns a copy of v that can take about n more words without
// changing v.
func (v *vocab) clone(n int) *vocab {
	n = min(n, 1<<16)
	grow := func(s []int32) []int32 { return append(make([]int32, 0, len(s)+n), s...) }
	c := &vocab{ids: make(map[string]int32, len(v.ids)+n), byLower: make(map[string]int32, len(v.byLower)+n), n: v.n, sent: v.sent}
	for k, id := range v.ids {
		c.ids[k] = id
	}
	for k, id := range v.byLower {
		c.byLower[k] = id
	}
	c.keys = append(make([]string, 0, len(v.keys)+n), v.keys...)
	c.df = grow(v.df)
	c.bonus = append(make([]float32, 0, len(v.bonus)+n), v.bonus...)
	c.flags = append(make([]uint8, 0, len(v.flags)+n), v.flags...)
	c.boilerWord = append(make([]uint8, 0, len(v.boilerWord)+n), v.boilerWord...)
	for side := range v.capsN {
		c.capsN[side] = grow(v.capsN[side])
		c.stamp[side] = grow(v.stamp[side])
	}
	return c
}

// bag is the sorted set of word ids of a text unit.
type bag []int32

// wordKey is the comparison key of a token: lower case, spelling variant
// folded, possessive stripped.
func wordKey(t string) string {
	t = strings.TrimSuffix(strings.TrimSuffix(t, "'s"), "'")
	t = strings.TrimRight(t, ".%")
	return spellingKey(t)
}

// idOf returns the id of a token's key, creating it; -1 when the token
// has no key.
func (v *vocab) idOf(t token) int32 {
	if id, ok := v.byLower[t.lower]; ok {
		return id
	}
	k := wordKey(t.lower)
	if k == "" {
		v.byLower[t.lower] = -1
		return -1
	}
	id, ok := v.ids[k]
	if !ok {
		id = int32(len(v.keys))
		v.ids[k] = id
		v.keys = append(v.keys, k)
		v.df = append(v.df, 0)
		var b float32 = 1
		switch {
		case stopWords[k]:
			b = 0.15
		case unicode.IsDigit(firstRune(k)) || numberWords[k] != 0:
			b = 2
		case evaluative[k] || negators[k] || modalClasses[k] != "":
			b = 1.4
		}
		v.bonus = append(v.bonus, b)
		v.flags = append(v.flags, 0)
		var bw uint8
		if boilerplateWords[k] || boilerplateWords[t.lower] {
			bw |= 1
		}
		if processWords[t.lower] {
			bw |= 2
		}
		v.boilerWord = append(v.boilerWord, bw)
		for side := range v.capsN {
			v.capsN[side] = append(v.capsN[side], 0)
			v.stamp[side] = append(v.stamp[side], -1)
		}
	}
	v.byLower[t.lower] = id
	return id
}

// bagOf interns the tokens of folded text and returns its bag.
func (v *vocab) bagOf(text string) bag {
	return v.bagOfTokens(tokenize(text), -1)
}

// unionBags merges sorted bags.
func unionBags(bs []bag) bag {
	if len(bs) == 1 {
		return bs[0]
	}
	n := 0
	for _, b := range bs {
		n += len(b)
	}
	out := make(bag, 0, n)
	for _, b := range bs {
		out = append(out, b...)
	}
	return dedupe(out)
}

func dedupe(out bag) bag {
	slices.Sort(out)
	w := 0
	for i, id := range out {
		if i == 0 || id != out[i-1] {
			out[w] = id
			w++
		}
	}
	return out[:w]
}

// bagOfTokens interns the tokens of one sentence and returns their bag.
// With side 0 (reference) or 1 (version) it also records how each word
// is capitalised.
func (v *vocab) bagOfTokens(toks []token, side int) bag {
	b, _, _ := v.bagOfTokensBoiler(toks, side)
	return b
}

// bagOfTokensBoiler is bagOfTokens that also reports whether a token is
// one of boilerplateWords and counts the tokens that are processWords.
func (v *vocab) bagOfTokensBoiler(toks []token, side int) (b bag, boiler bool, process int) {
	out := make(bag, 0, len(toks))
	v.sent++
	for _, t := range toks {
		id := v.idOf(t)
		if id < 0 {
			continue
		}
		if t.cap && t.start > 0 && v.bonus[id] == 1 {
			v.bonus[id] = 1.6
		}
		if side >= 0 {
			switch {
			case !t.cap:
				v.flags[id] |= 1
			default:
				if t.start > 0 {
					v.flags[id] |= 2 << side
				}
				if v.stamp[side][id] != v.sent {
					v.stamp[side][id] = v.sent
					v.capsN[side][id]++
				}
			}
		}
		boiler = boiler || v.boilerWord[id]&1 != 0
		process += int(v.boilerWord[id] >> 1)
		out = append(out, id)
	}
	return dedupe(out), boiler, process
}

// count adds one unit's bag to the document frequencies.
func (v *vocab) count(b bag) {
	for _, id := range b {
		v.df[id]++
	}
	v.n++
}

// finish computes the IDF-like weights once all units are counted.
func (v *vocab) finish() {
	v.weights = make([]float32, len(v.keys))
	n := float64(v.n + 1)
	for i := range v.keys {
		idf := math.Log(1 + n/float64(v.df[i]+1))
		v.weights[i] = float32(idf) * v.bonus[i]
	}
}

func (v *vocab) weight(id int32) float64 {
	if int(id) < len(v.weights) {
		return float64(v.weights[id])
	}
	return 1
}

func (v *vocab) mass(b bag) float64 {
	s := 0.0
	for _, id := range b {
		s += v.weight(id)
	}
	return s
}

// shared returns the weight of the words two bags have in common.
func (v *vocab) shared(a, b bag) float64 {
	s := 0.0
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] == b[j]:
			s += v.weight(a[i])
			i++
			j++
		case a[i] < b[j]:
			i++
		default:
			j++
		}
	}
	return s
}

// overlap holds the similarity measures of two units.
type overlap struct {
	dice   float64 // 2·shared / (ma+mb)
	contA  float64 // share of a's weight found in b
	contB  float64 // share of b's weight found in a
	shared float64
}

func (v *vocab) overlap(a, b bag, ma, mb float64) overlap {
	s := v.shared(a, b)
	o := overlap{shared: s}
	if ma+mb > 0 {
		o.dice = 2 * s / (ma + mb)
	}
	if ma > 0 {
		o.contA = s / ma
	}
	if mb > 0 {
		o.contB = s / mb
	}
	return o
}

// TokenScorer is the default Scorer: a weighted Dice overlap of word sets
// where numbers and capitalised names weigh more and function words less.
// Without document statistics every content word weighs the same.
type TokenScorer struct{}

// Similarity implements Scorer.
func (TokenScorer) Similarity(ref, ver string) float64 {
	v := newVocab(16)
	a, b := v.bagOf(foldKeepCase(ref)), v.bagOf(foldKeepCase(ver))
	v.count(a)
	v.count(b)
	v.finish()
	// With two units the IDF is flat; keep only the bonuses.
	for i := range v.weights {
		v.weights[i] = v.bonus[i]
	}
	return v.overlap(a, b, v.mass(a), v.mass(b)).dice
}
