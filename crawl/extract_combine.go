package crawl

import (
	"strings"
	"unicode"
)

// shingleSize is the number of tokens in the shingles used to compare
// extractor outputs.
const shingleSize = 4

// wordTokens splits s into lower-case runs of letters and digits.
func wordTokens(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '_'
	})
}

// shingles returns the multiset of token n-grams of toks.
func shingles(toks []string) map[string]int {
	m := make(map[string]int, len(toks))
	if len(toks) < shingleSize {
		if len(toks) > 0 {
			m[strings.Join(toks, " ")]++
		}
		return m
	}
	for i := 0; i+shingleSize <= len(toks); i++ {
		m[strings.Join(toks[i:i+shingleSize], " ")]++
	}
	return m
}

// blocksText joins the text of blocks with newlines.
func blocksText(bs []block) string {
	var b strings.Builder
	for _, x := range bs {
		b.WriteString(x.text)
		b.WriteByte('\n')
	}
	return b.String()
}

// containment returns the share of a's shingles that occur in b.
func containment(a, b map[string]int) float64 {
	total, in := 0, 0
	for k, n := range a {
		total += n
		in += min(n, b[k])
	}
	if total == 0 {
		return 0
	}
	return float64(in) / float64(total)
}

// combine merges the outputs of the primary extractor (go-trafilatura) and
// the secondary one (go-readability). The two work differently, so text
// both keep is very likely article text while text only one keeps is
// often chrome.
//
// When the secondary output lies mostly inside the primary one (both found
// the same article), primary paragraphs that the secondary extractor
// dropped are removed. When the primary output lies inside the secondary
// one, it is kept whole. In both cases, runs of prose paragraphs that only
// the secondary extractor found right before or after the agreed text are
// added: a lead set apart by its markup, or the rest of an article split
// by an advertisement. When the extractors disagree, the primary output is
// kept; the secondary one is used when the primary found nothing.
func combine(primary, secondary []block) []block {
	if len(primary) == 0 {
		return secondary
	}
	if len(secondary) == 0 {
		return primary
	}
	pt := wordTokens(blocksText(primary))
	st := wordTokens(blocksText(secondary))
	if len(st) < 50 {
		return primary
	}
	ps, ss := shingles(pt), shingles(st)
	var out []block
	switch {
	case containment(ss, ps) >= 0.6:
		// The secondary output lies inside the primary one: drop what
		// only the primary extractor kept.
		sJoined := " " + strings.Join(st, " ") + " "
		for _, b := range primary {
			if within(b.text, ss, sJoined) {
				out = append(out, b)
			}
		}
	case containment(ps, ss) >= 0.8:
		// The primary output lies inside the secondary one.
		out = primary
	default:
		// The extractors disagree on where the article is.
		return primary
	}
	// Extend the agreed text with prose the secondary extractor found
	// right before or after it: the primary one sometimes stops at an
	// advertisement or a lead set apart by its markup.
	pJoined := " " + strings.Join(pt, " ") + " "
	first, last := -1, -1
	for i, b := range secondary {
		if within(b.text, ps, pJoined) {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	if first < 0 {
		return out
	}
	var lead []block
	for i := first - 1; i >= 0 && isProse(secondary[i], nil); i-- {
		lead = append([]block{secondary[i]}, lead...)
	}
	out = append(lead, out...)
	for i := last + 1; i < len(secondary); i++ {
		var next *block
		if i+1 < len(secondary) {
			next = &secondary[i+1]
		}
		if !isProse(secondary[i], next) {
			break
		}
		out = append(out, secondary[i])
	}
	return out
}

// within reports whether most of text occurs in the text whose shingles
// are set and whose space-joined tokens are joined.
func within(text string, set map[string]int, joined string) bool {
	toks := wordTokens(text)
	if len(toks) == 0 {
		return false
	}
	if len(toks) < shingleSize {
		return strings.Contains(joined, " "+strings.Join(toks, " ")+" ")
	}
	return containment(shingles(toks), set) >= 0.5
}

// proseWords is the length from which a paragraph ending a sentence counts
// as running prose.
const proseWords = 20

// isProse reports whether b reads as a paragraph of running text: a
// sentence-ending paragraph of proseWords words or more, or a shorter
// sentence followed by such a paragraph.
func isProse(b block, next *block) bool {
	if b.kind != blockPara || !endsSentence(b.text) {
		return false
	}
	if len(wordTokens(b.text)) >= proseWords {
		return true
	}
	return next != nil && next.kind == blockPara && endsSentence(next.text) &&
		len(wordTokens(next.text)) >= proseWords
}

// endsSentence reports whether s ends with sentence punctuation, possibly
// followed by closing quotes or brackets.
func endsSentence(s string) bool {
	s = strings.TrimRight(s, " \"'”’»)]")
	return strings.HasSuffix(s, ".") || strings.HasSuffix(s, "!") ||
		strings.HasSuffix(s, "?") || strings.HasSuffix(s, "…")
}
