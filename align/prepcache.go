package align

// prepared is one side of a comparison as prepare left it, with what is
// needed to prepare the same paragraph or sentence again without
// segmenting, folding or tokenizing it: versions of a story repeat most
// of the reference word for word, and a copier may repeat a paragraph.
type prepared struct {
	paras []unit  // paragraphs
	sents []unit  // sentences
	idx   [][]int // sentence indexes of each paragraph
	// paraOf and sentOf map a raw paragraph or sentence to the index of
	// its first occurrence.
	paraOf map[string]int
	sentOf map[string]int
	sx     []sentExtra // per sentence
	// paraHint is the boilerplate hint of each paragraph before the
	// headline check, which depends on the side's title.
	paraHint []bool
	// paraWords counts the words of each paragraph, words all of them.
	paraWords []int
	words     int
}

// sentExtra is what prepare learnt about a sentence beyond its unit.
type sentExtra struct {
	// toks replays the sentence's interned tokens in order: the word id
	// shifted left by two, bit 0 set when the token is capitalised and
	// bit 1 when it does not start the sentence.
	toks    []uint32
	hint    bool // the sentence's own boilerplate hint
	trigger bool // a token is one of boilerplateWords
	process int  // tokens that are processWords
}

// Replay token bits.
const (
	tokCap   = 1 << iota // starts with an upper-case letter
	tokInner             // does not start the sentence
	tokShift = iota
)

// newPrepared returns an empty prepared side for n paragraphs of size
// bytes.
func newPrepared(n, size int) *prepared {
	ns := n + size/100 // sentences run to about 100 bytes or fewer
	return &prepared{
		paras:     make([]unit, 0, n),
		sents:     make([]unit, 0, ns),
		idx:       make([][]int, 0, n),
		paraOf:    make(map[string]int, n),
		sentOf:    make(map[string]int, ns),
		sx:        make([]sentExtra, 0, ns),
		paraHint:  make([]bool, 0, n),
		paraWords: make([]int, 0, n),
	}
}

// findPara returns the side and the index of an earlier paragraph with
// raw text p, in own or else in prior.
func findPara(p string, own, prior *prepared) (*prepared, int, bool) {
	if i, ok := own.paraOf[p]; ok {
		return own, i, true
	}
	if prior != nil {
		if i, ok := prior.paraOf[p]; ok {
			return prior, i, true
		}
	}
	return nil, 0, false
}

// findSent is findPara for a sentence.
func findSent(s string, own, prior *prepared) (*prepared, int, bool) {
	if i, ok := own.sentOf[s]; ok {
		return own, i, true
	}
	if prior != nil {
		if i, ok := prior.sentOf[s]; ok {
			return prior, i, true
		}
	}
	return nil, 0, false
}

// replay records the tokens of a sentence again, with the same effect on
// v as the internText call that produced toks. The weight bonus of
// capitalised words was already given by that call.
func (v *vocab) replay(toks []uint32, side int) {
	v.sent++
	if side < 0 {
		return
	}
	for _, x := range toks {
		v.mark(int32(x>>tokShift), side, x&tokCap != 0, x&tokInner != 0)
	}
}

// mark records an occurrence of word id on side in the current sentence:
// lower-case, or capitalised (inner: not as the first word), counting
// the sentences in which it is capitalised.
func (v *vocab) mark(id int32, side int, capd, inner bool) {
	if !capd {
		v.flags[id] |= 1
		return
	}
	if inner {
		v.flags[id] |= 2 << side
	}
	if v.stamp[side][id] != v.sent {
		v.stamp[side][id] = v.sent
		v.capsN[side][id]++
	}
}
