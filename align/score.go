package align

import (
	"math"
	"sort"
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
	ids     map[string]int32
	keys    []string
	df      []int32
	bonus   []float32
	weights []float32
	n       int // units counted for df
}

func newVocab() *vocab { return &vocab{ids: make(map[string]int32)} }

// bag is the sorted set of word ids of a text unit.
type bag []int32

// wordKey is the comparison key of a token: lower case, spelling variant
// folded, possessive stripped.
func wordKey(t string) string {
	t = strings.TrimSuffix(strings.TrimSuffix(t, "'s"), "'")
	t = strings.TrimRight(t, ".")
	return spellingKey(t)
}

// bagOf interns the tokens of folded text and returns its bag.
func (v *vocab) bagOf(text string) bag {
	toks := tokenize(text)
	out := make(bag, 0, len(toks))
	for _, t := range toks {
		k := wordKey(t.lower)
		if k == "" {
			continue
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
			case t.cap && t.start > 0:
				b = 1.6
			case evaluative[k] || negators[k] || hedges[k] || certainties[k]:
				b = 1.4
			}
			v.bonus = append(v.bonus, b)
		} else if t.cap && t.start > 0 && v.bonus[id] == 1 {
			v.bonus[id] = 1.6
		}
		out = append(out, id)
	}
	sort.Slice(out, func(i, j int) bool { return out[i] < out[j] })
	// dedupe
	w := 0
	for i, id := range out {
		if i == 0 || id != out[i-1] {
			out[w] = id
			w++
		}
	}
	return out[:w]
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
	v := newVocab()
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
