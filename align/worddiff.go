package align

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sergi/go-diff/diffmatchpatch"
)

// WordDiff returns a word-level diff of a (the reference) and b (the
// version). Words and the white space or punctuation between them are the
// units of the diff, so a changed word is reported whole. Invalid UTF-8 is
// replaced before diffing, and the diff has no time limit, so it never
// degrades into a "delete all, insert all" answer; only texts of more than
// a million words and separators together are reported as one replacement.
func WordDiff(a, b string) []Span {
	a = strings.ToValidUTF8(a, "\uFFFD")
	b = strings.ToValidUTF8(b, "\uFFFD")
	if a == b {
		if a == "" {
			return nil
		}
		return []Span{{Op: SpanEqual, Text: a}}
	}
	ta, tb := wordUnits(a), wordUnits(b)
	if len(ta)+len(tb) > maxDiffUnits {
		// Too many distinct words to map to runes: report a replacement.
		return []Span{{Op: SpanDelete, Text: a}, {Op: SpanInsert, Text: b}}
	}
	// Map each distinct unit to one rune, diff the rune strings and map
	// back: the DiffLinesToRunes trick applied to words.
	index := make(map[string]rune)
	var units []string
	encode := func(toks []string) []rune {
		out := make([]rune, len(toks))
		for i, t := range toks {
			r, ok := index[t]
			if !ok {
				r = unitRune(len(units))
				index[t] = r
				units = append(units, t)
			}
			out[i] = r
		}
		return out
	}
	ra, rb := encode(ta), encode(tb)
	dmp := diffmatchpatch.New()
	dmp.DiffTimeout = 0
	diffs := dmp.DiffMainRunes(ra, rb, false)
	diffs = dmp.DiffCleanupSemanticLossless(diffs)
	// The units of the diffs follow each other in a and b, so the text of
	// a diff is the next stretch of a (equal or deleted units) or of b
	// (inserted units).
	var out []Span
	pa, pb := 0, 0
	for _, d := range diffs {
		n := 0
		for _, r := range d.Text {
			n += len(units[runeUnit(r)])
		}
		var op SpanOp
		var text string
		switch d.Type {
		case diffmatchpatch.DiffDelete:
			op, text = SpanDelete, a[pa:pa+n]
			pa += n
		case diffmatchpatch.DiffInsert:
			op, text = SpanInsert, b[pb:pb+n]
			pb += n
		default:
			op, text = SpanEqual, a[pa:pa+n]
			pa += n
			pb += n
		}
		if k := len(out); k > 0 && out[k-1].Op == op {
			out[k-1].Text += text
			continue
		}
		out = append(out, Span{Op: op, Text: text})
	}
	return coalesce(out)
}

// coalesce merges a run of changed words separated only by white space
// into one deletion and one insertion: "[-on-] [-a-] [-new-]" with
// "{+behind+} {+the+}" becomes "[-on a new-]{+behind the+}". The white
// space between the words goes to both sides, so the Equal and Delete
// spans still rebuild the reference and the Equal and Insert spans the
// version. A run is merged only when both sides keep words.
func coalesce(spans []Span) []Span {
	out := spans[:0:0]
	for i := 0; i < len(spans); {
		if spans[i].Op == SpanEqual {
			out = append(out, spans[i])
			i++
			continue
		}
		// Extend the run over changes and white-space-only equal spans
		// that are followed by another change.
		j := i + 1
		for j < len(spans) {
			if spans[j].Op != SpanEqual {
				j++
				continue
			}
			if j+1 < len(spans) && strings.TrimSpace(spans[j].Text) == "" {
				j++
				continue
			}
			break
		}
		for j > i+1 && spans[j-1].Op == SpanEqual {
			j--
		}
		var del, ins strings.Builder
		delWords, insWords := false, false
		for _, sp := range spans[i:j] {
			if sp.Op != SpanInsert {
				del.WriteString(sp.Text)
				delWords = delWords || sp.Op == SpanDelete && strings.TrimSpace(sp.Text) != ""
			}
			if sp.Op != SpanDelete {
				ins.WriteString(sp.Text)
				insWords = insWords || sp.Op == SpanInsert && strings.TrimSpace(sp.Text) != ""
			}
		}
		if !delWords || !insWords || j-i < 3 {
			out = append(out, spans[i:j]...)
		} else {
			out = append(out, Span{Op: SpanDelete, Text: del.String()}, Span{Op: SpanInsert, Text: ins.String()})
		}
		i = j
	}
	return out
}

// maxDiffUnits bounds the words and separators WordDiff maps to runes;
// it stays below the number of valid runes.
const maxDiffUnits = 1 << 20

// unitRune maps a unit index to a valid rune outside the surrogate range.
func unitRune(i int) rune {
	r := rune(i + 1)
	if r >= 0xD800 {
		r += 0x800
	}
	return r
}

func runeUnit(r rune) int {
	if r >= 0xD800+0x800 {
		r -= 0x800
	}
	return int(r) - 1
}

// wordUnits splits s into alternating runs of word characters and of
// everything else, so that concatenating the units gives s back.
func wordUnits(s string) []string {
	var out []string
	start := 0
	prevWord := false
	for i, r := range s {
		var w bool
		if r < utf8.RuneSelf {
			w = asciiWord[r] || r == '\''
		} else {
			w = unicode.IsLetter(r) || unicode.IsDigit(r) || r == '’'
		}
		if i > start && w != prevWord {
			out = append(out, s[start:i])
			start = i
		}
		prevWord = w
	}
	if start < len(s) {
		out = append(out, s[start:])
	}
	return out
}
