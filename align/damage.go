package align

import (
	"slices"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

// damagedLike reports whether version text v is reference text r but for
// character-set damage done to some of its words: every word differs, if
// at all, by characters spelled as the Windows-1252 or Latin-1 reading of
// their UTF-8 bytes ("Pūhanga" → "PÅ«hanga"), with the last bytes lost
// or replaced ("Waikōura" → "WaikÅura", "hapū" → "hapÅ\uFFFD"). A copy
// that lost a continuation byte changed no name.
func damagedLike(r, v string) bool {
	rw, vw := strings.Fields(r), strings.Fields(v)
	if len(rw) != len(vw) || r == v {
		return false
	}
	for i := range rw {
		if rw[i] != vw[i] && !damagedWord(rw[i], vw[i]) {
			return false
		}
	}
	return true
}

// damagedWord reports whether word v is word r with some of its non-ASCII
// characters damaged (see damagedLike).
func damagedWord(r, v string) bool {
	if r == "" {
		return v == ""
	}
	c, n := utf8.DecodeRuneInString(r)
	rest := r[n:]
	if c < utf8.RuneSelf {
		return strings.HasPrefix(v, r[:n]) && damagedWord(rest, v[n:])
	}
	if after, ok := strings.CutPrefix(v, r[:n]); ok && damagedWord(rest, after) {
		return true
	}
	// The characters the bytes of c read as one by one: a prefix of them
	// stands in v, the rest lost or replaced by U+FFFD.
	var read strings.Builder
	for k := 0; k < n; k++ {
		read.WriteRune(byteChar(r[k]))
		after, ok := strings.CutPrefix(v, read.String())
		if !ok {
			return false
		}
		if damagedWord(rest, after) {
			return true
		}
		if after, ok := strings.CutPrefix(after, "\uFFFD"); ok && damagedWord(rest, after) {
			return true
		}
	}
	return false
}

// allGone reports whether each figure of a divergence detail's side ref
// ("38 runs, 171") is in text ver with its digits taken out ("for  runs
// as"), or was digits only.
func allGone(ref, ver string) bool {
	for _, f := range strings.Split(ref, ", ") {
		if g := strings.TrimSpace(stripDigits(f)); g != "" && !strings.Contains(ver, g) {
			return false
		}
	}
	return true
}

// byteChar is the character byte b reads as in Windows-1252, or in
// Latin-1 where Windows-1252 leaves it unmapped.
func byteChar(b byte) rune {
	if b < utf8.RuneSelf {
		return rune(b)
	}
	if r := charmap.Windows1252.DecodeByte(b); r != utf8.RuneError {
		return r
	}
	return rune(b)
}

// strippedFigures marks as damage the numbers and dates that comparePair
// found changed, from index start, in a version whose feed stripped
// every digit ("June 18 → June", "524,000 students → (none)" where the
// version reads "More than , students"): the version has no digit at
// all while the reference has some, or the sentence is the reference's
// with its digits taken out, and the version's side of the change is
// the reference's side with its digits taken out.
func (c *comparer) strippedFigures(start int) {
	if start == len(c.divs) {
		return
	}
	checked, stripped := false, false
	for i := start; i < len(c.divs); i++ {
		d := &c.divs[i]
		if !d.Material || d.Kind != Altered || d.Facet != FacetNumber && d.Facet != FacetDate {
			continue
		}
		if !checked {
			checked, stripped = true, c.digitless()
		}
		if digitsStrippedFrom(d.RefText, d.VerText) && (stripped || stripTrace(d.RefText, d.VerText) || c.stripsMany()) {
			markStripped(d)
			continue
		}
		if !stripped {
			return
		}
		ref, ver, ok := strings.Cut(d.Detail, " → ")
		if !ok || ref == "(none)" || countDigits(ref) == 0 || c.refDigitUnits() < 2 {
			// A reference with one figure tells no feed from an
			// editor who cut it with its words ("A woman aged 34" →
			// "A woman").
			continue
		}
		gone := stripDigits(ref)
		if ver == "(none)" && allGone(ref, stripDigits(d.VerText)) || ver == gone || articleForDigits(ref, gone, ver, d.VerText) {
			markStripped(d)
		}
	}
}

// articleForDigits reports whether the version's side ver of a changed
// number is its reference side ref, which opens with digits, with the
// digits taken out (gone) and read with the article before them, the
// version's text verText keeping the gap: "a million pesos" is what the
// parser reads of "a  million pesos", all a feed left of "a 23 million
// pesos".
func articleForDigits(ref, gone, ver, verText string) bool {
	if gone == "" || ref == "" || ref[0] < '0' || ref[0] > '9' {
		return false
	}
	// The version's text keeps the gap the digits left: "a  million",
	// where "a million" was written so.
	first, _, _ := strings.Cut(gone, " ")
	for _, art := range []string{"a", "an"} {
		if ver == art+" "+gone && strings.Contains(verText, " "+art+"  "+first) {
			return true
		}
	}
	return false
}

// markStripped marks divergence d as damage by a feed that stripped
// digits, keeping what it was in its detail.
func markStripped(d *Divergence) {
	d.Facet, d.Material, d.Detail = FacetDamage, false, "digits stripped ("+d.Detail+")"
}

// digitsStrippedFrom reports whether version sentence ver is reference
// sentence ref with its digits taken out and nothing else changed: a
// feed that stripped the digits of one paragraph ("gained about 17%" →
// "gained about %").
func digitsStrippedFrom(ref, ver string) bool {
	if countDigits(ref) == 0 || countDigits(ver) > 0 {
		return false
	}
	a, b := words(Fold(stripDigits(ref))), words(Fold(ver))
	return slices.EqualFunc(a, b, func(x, y string) bool { return wordKey(x) == wordKey(y) }) // "programme" is "program"
}

// stripsMany reports whether two or more sentences of the reference
// stand in the version with their digits taken out and nothing else
// changed: a feed that strips digits, even where the page keeps some (a
// headline taken from its metadata, "5 min read"). An editor seldom cuts
// figures from two sentences and changes nothing else.
func (c *comparer) stripsMany() bool {
	if c.manyStrips == 0 {
		c.manyStrips = 2
		stripped := make(map[string]bool)
		for _, u := range c.vs {
			stripped[strings.Join(strings.Fields(u.fold), " ")] = true
		}
		n := 0
		for _, u := range c.rs {
			if countDigits(u.fold) == 0 {
				continue
			}
			if stripped[stripDigits(u.fold)] {
				if n++; n >= 2 {
					c.manyStrips = 1
					break
				}
			}
		}
	}
	return c.manyStrips == 1
}

// digitless reports whether the version has no digit at all, but in the
// chrome its page added, while the reference has some: a copy through a
// feed that strips digits.
func (c *comparer) digitless() bool {
	for _, u := range c.vs {
		if countDigits(u.raw) > 0 && !u.boiler && !dateLineRE.MatchString(u.fold) {
			return false // a time stamp or copyright line the page added has its own digits
		}
	}
	for _, u := range c.rs {
		if countDigits(u.raw) > 0 {
			return true
		}
	}
	return false
}

// refDigitUnits counts the reference's sentences that hold a digit, up to
// two.
func (c *comparer) refDigitUnits() int {
	n := 0
	for _, u := range c.rs {
		if countDigits(u.raw) > 0 {
			if n++; n == 2 {
				break
			}
		}
	}
	return n
}
