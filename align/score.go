package align

import (
	"hash/maphash"
	"maps"
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	unorm "golang.org/x/text/unicode/norm"
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
	scratch    []int32      // reused by internText
	seed       maphash.Seed // of the hashes of units
}

// newVocab returns a vocabulary sized for about n distinct words.
func newVocab(n int) *vocab {
	n = min(n, 1<<16)
	v := &vocab{ids: make(map[string]int32, n), byLower: make(map[string]int32, n), seed: maphash.MakeSeed()}
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
	c := &vocab{ids: maps.Clone(v.ids), byLower: maps.Clone(v.byLower), n: v.n, sent: v.sent, seed: v.seed}
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

// Word classes of the lexicons, as idOf weighs a new word.
const (
	classStop     = 1 << iota // one of stopWords
	classNumber               // a number word other than zero
	classEmphatic             // evaluative, a negator or a modal
	classBoiler               // one of boilerplateWords
	classProcess              // one of processWords
)

// wordClasses gives the classes of every word of the lexicons idOf
// consults, so that a new word costs one look-up instead of eight.
var wordClasses = func() map[string]uint8 {
	m := make(map[string]uint8)
	addClass(m, stopWords, classStop)
	addClass(m, numberWords, classNumber)
	addClass(m, evaluative, classEmphatic)
	addClass(m, negators, classEmphatic)
	addClass(m, modalClasses, classEmphatic)
	addClass(m, boilerplateWords, classBoiler)
	addClass(m, processWords, classProcess)
	return m
}()

// addClass adds class c to the words of lexicon lex whose value is not
// the zero value.
func addClass[V comparable](m map[string]uint8, lex map[string]V, c uint8) {
	var zero V
	for w, x := range lex {
		if x != zero {
			m[w] |= c
		}
	}
}

// bag is the sorted set of word ids of a text unit.
type bag []int32

// wordKey is the comparison key of a token: lower case, spelling variant
// folded, possessive stripped, accents dropped.
func wordKey(t string) string {
	t = strings.TrimSuffix(strings.TrimSuffix(t, "'s"), "'")
	for len(t) > 0 && (t[len(t)-1] == '.' || t[len(t)-1] == '%') {
		t = t[:len(t)-1]
	}
	t = spellingKey(unaccented(t))
	if i := strings.IndexByte(t, '\''); i > 0 && i < len(t)-1 && len(t) > 4 {
		// "Taha'a" is written "Tahaa", "Hawai'i" "Hawaii": the glottal
		// stop's mark is dropped as often as an accent.
		t = strings.ReplaceAll(t, "'", "")
	}
	if len(t) > 3 && (t[:2] == "dj" || t[:2] == "Dj") {
		// "Đoković" is written "Djokovic" too: both are "Dokovic".
		t = t[:1] + t[2:]
	}
	return t
}

// unaccented returns t without the accents of its letters: "darién" →
// "darien", "zambézia" → "zambezia". Sites that republish a story often
// drop the diacritics of names, or add them, without naming anything
// else. "ß" is written "ss", and the letters that do not decompose are
// written as their base letters ("Avcı" → "Avci", "Łódź" → "Lodz",
// "Søren" → "Soren", "Đức" → "Duc").
func unaccented(t string) string {
	ascii := true
	for i := 0; i < len(t); i++ {
		if t[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return t
	}
	if strings.ContainsAny(t, undecomposedLetters) {
		t = undecomposed.Replace(t) // "Preußen" is "Preussen"
	}
	d := unorm.NFD.String(t)
	if !strings.ContainsFunc(d, isMark) {
		return t
	}
	return strings.Map(func(r rune) rune {
		if isMark(r) {
			return -1
		}
		return r
	}, d)
}

// undecomposedPairs are the letters that Unicode does not decompose,
// each with its base letters; undecomposed writes them so, and
// undecomposedLetters lists them.
var undecomposedPairs = []string{"ß", "ss", "ı", "i", "ł", "l", "Ł", "L", "ø", "o", "Ø", "O", "đ", "d", "Đ", "D", "ħ", "h", "Ħ", "H",
	"æ", "ae", "Æ", "AE", "œ", "oe", "Œ", "OE"}

var (
	undecomposed        = strings.NewReplacer(undecomposedPairs...)
	undecomposedLetters = func() string {
		var b strings.Builder
		for i := 0; i < len(undecomposedPairs); i += 2 {
			b.WriteString(undecomposedPairs[i])
		}
		return b.String()
	}()
)

// isMark reports whether r is a combining mark.
func isMark(r rune) bool { return unicode.Is(unicode.Mn, r) }

// idOf returns the id of the key of a lower-case token, creating it; -1
// when the token has no key.
func (v *vocab) idOf(lower string) int32 {
	if id, ok := v.byLower[lower]; ok {
		return id
	}
	k := wordKey(lower)
	if k == "" {
		v.byLower[lower] = -1
		return -1
	}
	id, ok := v.ids[k]
	if !ok {
		id = int32(len(v.keys))
		v.ids[k] = id
		v.keys = append(v.keys, k)
		v.df = append(v.df, 0)
		kc := wordClasses[k]
		lc := kc
		if lower != k {
			lc = wordClasses[lower]
		}
		var b float32 = 1
		switch {
		case kc&classStop != 0:
			b = 0.15
		case unicode.IsDigit(firstRune(k)) || kc&classNumber != 0:
			b = 2
		case kc&classEmphatic != 0:
			b = 1.4
		}
		v.bonus = append(v.bonus, b)
		v.flags = append(v.flags, 0)
		var bw uint8
		if kc&classBoiler != 0 || lc&classBoiler != 0 {
			bw |= 1
		}
		if lc&classProcess != 0 {
			bw |= 2
		}
		v.boilerWord = append(v.boilerWord, bw)
		for side := range v.capsN {
			v.capsN[side] = append(v.capsN[side], 0)
			v.stamp[side] = append(v.stamp[side], -1)
		}
	}
	v.byLower[lower] = id
	return id
}

// keyOf returns wordKey(lower) from the words v has interned, without
// working the key out again for a word met before.
func (v *vocab) keyOf(lower string) string {
	if id, ok := v.byLower[lower]; ok {
		if id < 0 {
			return ""
		}
		return v.keys[id]
	}
	return wordKey(lower)
}

// bagOf interns the tokens of folded text and returns its bag.
func (v *vocab) bagOf(text string) bag {
	lowered := loweredASCII(text)
	var ar arena
	b, _, _, _ := v.internText(text, lowered, -1, &ar, nil)
	return b
}

// unionBags merges sorted bags into one, carved out of ar; tmp is
// scratch space, returned for reuse.
func unionBags(bs []bag, ar *arena, tmp []int32) (bag, []int32) {
	switch len(bs) {
	case 0:
		return bag{}, tmp
	case 1:
		return bs[0], tmp
	}
	n := 0
	for _, b := range bs {
		n += len(b)
	}
	if cap(tmp) < 2*n {
		tmp = make([]int32, 2*n)
	}
	tmp = tmp[:2*n]
	// Merge the bags in turn, alternating between the halves of tmp.
	acc := []int32(bs[0])
	for k, b := range bs[1:] {
		dst := tmp[:0]
		if k%2 == 1 {
			dst = tmp[n:n]
		}
		acc = mergeSorted(dst, acc, b)
	}
	return ar.bag(acc), tmp
}

// mergeSorted appends to dst the union of the sorted sets a and b.
func mergeSorted(dst, a, b []int32) []int32 {
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] == b[j]:
			dst = append(dst, a[i])
			i++
			j++
		case a[i] < b[j]:
			dst = append(dst, a[i])
			i++
		default:
			dst = append(dst, b[j])
			j++
		}
	}
	dst = append(dst, a[i:]...)
	return append(dst, b[j:]...)
}

func dedupe(out bag) bag {
	if len(out) <= 32 {
		// Insertion sort: short and often nearly sorted, as word ids
		// are given in order of first appearance.
		for i := 1; i < len(out); i++ {
			x := out[i]
			j := i
			for ; j > 0 && out[j-1] > x; j-- {
				out[j] = out[j-1]
			}
			out[j] = x
		}
	} else {
		slices.Sort(out)
	}
	w := 0
	for i, id := range out {
		if i == 0 || id != out[i-1] {
			out[w] = id
			w++
		}
	}
	return out[:w]
}

// internText interns the words of folded text sk, given
// strings.ToLower(sk) of ASCII text or "", and returns their bag, carved
// out of ar. It appends to rec the record with which replay repeats the
// call, and reports whether a word is one of boilerplateWords and how
// many are processWords. With side 0 (reference) or 1 (version) it also
// records how each word is capitalised.
func (v *vocab) internText(sk, lowered string, side int, ar *arena, rec []uint32) (b bag, _ []uint32, boiler bool, process int) {
	if len(lowered) != len(sk) {
		lowered = ""
	}
	out := v.scratch[:0]
	v.sent++
	quoted := false // inside quotation marks
	for i := 0; ; {
		start, end := nextWord(sk, i)
		if start == end {
			break
		}
		if strings.Count(sk[i:start], `"`)%2 == 1 {
			quoted = !quoted
		}
		i = end
		var id int32
		if lowered != "" {
			id = v.idOf(lowered[start:end])
		} else {
			id = v.idOf(strings.ToLower(sk[start:end]))
		}
		if id < 0 {
			continue
		}
		capd := isUpper(firstRuneOf(sk[start:end]))
		x := uint32(id) << tokShift
		if capd {
			x |= tokCap
		}
		if start > 0 {
			x |= tokInner
		}
		rec = append(rec, x)
		if capd && start > 0 && v.bonus[id] == 1 {
			v.bonus[id] = 1.6
		}
		if quoted && v.bonus[id] == 1 {
			// A quotation's words are facts of the sentence.
			v.bonus[id] = quotedBonus
		}
		if side >= 0 {
			v.mark(id, side, capd, start > 0)
		}
		boiler = boiler || v.boilerWord[id]&1 != 0
		process += int(v.boilerWord[id] >> 1)
		out = append(out, id)
	}
	v.scratch = out
	return ar.bag(dedupe(out)), rec, boiler, process
}

// quotedBonus is the weight bonus of a content word seen inside
// quotation marks.
const quotedBonus = 1.4

// arena hands out bags from large blocks, saving an allocation per bag.
type arena struct {
	block []int32
}

// bag returns a copy of b.
func (a *arena) bag(b bag) bag {
	if len(b) > cap(a.block)-len(a.block) {
		a.block = make([]int32, 0, max(1024, len(b)))
	}
	n := len(a.block)
	a.block = append(a.block, b...)
	return a.block[n : n+len(b) : n+len(b)]
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
