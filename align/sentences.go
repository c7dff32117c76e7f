package align

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Sentences splits a paragraph of news text into sentences.
//
// The segmenter is rule based and tuned for news copy: it keeps titles and
// abbreviations ("Gen.", "Col.", "Nov. 20", "p.m.", "U.S. officials"),
// initials ("J. D. Vance") and decimals ("3.5") inside a sentence, keeps a
// dateline ("Washington [US], November 20 (ANI): …") with its first clause,
// does not split inside a quotation that closes later in the paragraph
// ("\"It is over. We won,\" he said."), and does split after a sentence that
// ends in a number ("…rose to 14. Officials said…"). Sentences are returned
// trimmed, with their original characters.
func Sentences(paragraph string) []string {
	p := sanitize(paragraph)
	var out []string
	for _, span := range sentenceSpans(p) {
		for _, part := range splitGlued(p[span[0]:span[1]]) {
			if s := strings.TrimSpace(part); s != "" {
				out = append(out, s)
			}
		}
	}
	return out
}

// splitGlued splits text where extraction glued two blocks together
// without a space, as in "Member Only BenefitsWashington [US], …": a run
// of at least five lower-case letters directly followed by a capitalised
// word, the two more than twelve letters long. Brand names such as
// "YouTube" or "LinkedIn" have shorter runs, "IslandWire" or "SolarCity"
// fewer letters.
func splitGlued(s string) []string {
	glued := false
	for i := 1; i < len(s); i++ {
		if c := s[i]; ('A' <= c && c <= 'Z' || c >= 0x80) && 'a' <= s[i-1] && s[i-1] <= 'z' {
			glued = true
			break
		}
	}
	if !glued {
		return []string{s}
	}
	var out []string
	start, lowerRun := 0, 0
	var prev rune
	for i, r := range s {
		if unicode.IsUpper(r) && lowerRun >= 5 && unicode.IsLower(prev) {
			rest := s[i+utf8.RuneLen(r):]
			if n := len(firstWord(rest)); n >= 2 && strings.ToLower(rest[:n]) == rest[:n] && lowerRun+1+n > 12 {
				out = append(out, s[start:i])
				start = i
			}
		}
		if unicode.IsLower(r) {
			lowerRun++
		} else {
			lowerRun = 0
		}
		prev = r
	}
	return append(out, s[start:])
}

// sentenceSpans returns the byte ranges of the sentences of p.
func sentenceSpans(p string) [][2]int {
	inQuote := quoteRegions(p)
	var spans [][2]int
	start := 0
	i := 0
	for i < len(p) {
		r, n := utf8.DecodeRuneInString(p[i:])
		if r != '.' && r != '!' && r != '?' && r != '…' {
			i += n
			continue
		}
		// Consume a run of terminal punctuation ("?!", "...").
		end := i + n
		for end < len(p) {
			r2, n2 := utf8.DecodeRuneInString(p[end:])
			if r2 != '.' && r2 != '!' && r2 != '?' && r2 != '…' {
				break
			}
			end += n2
		}
		// Closing quotes and brackets directly after the punctuation.
		closeEnd := end
		for closeEnd < len(p) {
			r2, n2 := utf8.DecodeRuneInString(p[closeEnd:])
			if !isCloser(r2) {
				break
			}
			closeEnd += n2
		}
		// A boundary needs white space after it.
		ws := closeEnd
		for ws < len(p) {
			r2, n2 := utf8.DecodeRuneInString(p[ws:])
			if !unicode.IsSpace(r2) {
				break
			}
			ws += n2
		}
		if ws == closeEnd || ws >= len(p) {
			i = end
			continue
		}
		if inQuote(i) && closeEnd == end {
			// Inside a quotation that closes later: not a boundary.
			i = end
			continue
		}
		if isBoundary(p, start, i, end, ws) {
			spans = append(spans, [2]int{start, closeEnd})
			start = ws
		}
		i = ws
	}
	if start < len(p) {
		spans = append(spans, [2]int{start, len(p)})
	}
	return spans
}

// numberAbbrevs are abbreviations only before a number: "No. 10",
// "Vol. 3", roads ("Hwy. 2", "Rte. 9"), and the currencies written with
// a period before an amount ("Rs. 60", "Re. 1", "Tk. 500", "KSh. 200",
// "Rp. 15,000", "Dh. 50").
var numberAbbrevs = set(`no nos vol pp fig art sec rs re tk sh ksh ush tsh rp dh dhs nu bs hwy rte`)

// mojibakeQuote returns the curly double quote that s opens with when it
// is one read as Windows-1252 ("â€œ" for "“", "â€" for "”"), else 0.
func mojibakeQuote(s string) rune {
	rest, ok := strings.CutPrefix(s, "â€")
	if !ok {
		return 0
	}
	r, _ := utf8.DecodeRuneInString(rest)
	switch {
	case r == 'œ':
		return '“'
	case r == '\u009d' || r == utf8.RuneError || r < 0x80 && !unicode.IsLetter(r) && !unicode.IsDigit(r):
		// The last byte kept as U+009D, or lost before a space or a
		// punctuation mark: "there,â€ she said".
		return '”'
	}
	return 0 // another character: "’", "‘", "—", "–", "…", "•", a zero-width space
}

func isCloser(r rune) bool {
	switch r {
	case '"', '\'', '”', '’', '»', '›', ')', ']', '}':
		return true
	}
	return false
}

func isOpener(r rune) bool {
	switch r {
	case '"', '\'', '“', '‘', '«', '‹', '(', '[', '{', '„':
		return true
	}
	return false
}

// isBoundary decides whether the terminal punctuation p[punct:end] ends a
// sentence that started at start, given that the next sentence would start
// at next.
func isBoundary(p string, start, punct, end, next int) bool {
	nr, _ := utf8.DecodeRuneInString(p[next:])
	// Skip opening quotes and brackets to find the first letter.
	j := next
	for j < len(p) {
		r, n := utf8.DecodeRuneInString(p[j:])
		if !isOpener(r) {
			nr = r
			break
		}
		j += n
	}
	nextWord := firstWord(p[j:])
	if unicode.IsLower(nr) {
		return false
	}
	if !unicode.IsUpper(nr) && !unicode.IsDigit(nr) && !isOpener(nr) && !unicode.IsLetter(nr) {
		return false
	}
	term := p[punct:end]
	if term != "." {
		// "!", "?" and ellipses end a sentence before a capital.
		return true
	}
	if p[next] == '(' && agencyDatelineRE.MatchString(p[next:]) {
		// "HOLLIS CITY, Ind. (AP) — …": the agency of a dateline.
		return false
	}
	prev := lastWord(p[start:punct])
	if prev == "" {
		return true
	}
	lw := strings.ToLower(prev)
	bare := strings.Trim(lw, "([{\"'“‘")
	switch {
	case utf8.RuneCountInString(bare) == 1 && unicode.IsUpper(firstRune(strings.TrimLeft(prev, "([{\"'“‘"))):
		// An initial: "J. D. Vance".
		return false
	case numberAbbrevs[bare]:
		// "No. 10", "Vol. 3"; "…said no. Then…" ends.
		return !unicode.IsDigit(nr)
	case titleAbbrevs[bare]:
		return false
	case monthAbbrevs[bare]:
		// "Nov. 20" continues; "…in Nov. The…" ends.
		if unicode.IsDigit(nr) {
			return false
		}
		return sentenceStarters[strings.ToLower(nextWord)]
	case ambiguousAbbrevs[bare] || strings.Contains(bare, "."):
		// "U.S.", "p.m.", "Inc.": a boundary only before a word that
		// usually starts a sentence.
		return sentenceStarters[strings.ToLower(nextWord)]
	}
	return true
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// lastWord returns the last white-space separated word of s.
func lastWord(s string) string {
	s = strings.TrimRightFunc(s, unicode.IsSpace)
	i := strings.LastIndexFunc(s, unicode.IsSpace)
	return s[i+1:]
}

// firstWord returns the leading letters of s.
func firstWord(s string) string {
	end := strings.IndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) })
	if end < 0 {
		return s
	}
	return s[:end]
}

// quoteRegions returns a function reporting whether byte offset i lies
// inside a quotation that is closed later in p. Curly double quotes pair
// by direction, straight ones in order of appearance; single quotes (‘…’
// or '…') open at the start of a word and close at the end of one, so
// apostrophes ("don't", "Trump's") are not taken for quotes.
func quoteRegions(p string) func(int) bool {
	var regions [][2]int
	open := -1
	single := -1
	for i := 0; i < len(p); i++ {
		// Every quote character starts with one of these bytes.
		if b := p[i]; b != '"' && b != '\'' && b != 0xE2 && b != 0xC2 && b != 0xC3 {
			continue
		}
		r, _ := utf8.DecodeRuneInString(p[i:])
		if r == 'â' {
			// Curly double quotes read as Windows-1252 by a copier:
			// "â€œ" opens, "â€" with its last byte lost or kept as
			// U+009D closes.
			r = mojibakeQuote(p[i:])
		}
		switch r {
		case '“', '«', '„':
			open = i
		case '”', '»':
			if open >= 0 {
				regions = append(regions, [2]int{open, i})
			}
			open = -1
		case '"':
			if open >= 0 {
				regions = append(regions, [2]int{open, i})
				open = -1
			} else {
				open = i
			}
		case '‘', '\'', '’':
			next, _ := utf8.DecodeRuneInString(p[i+utf8.RuneLen(r):])
			prev := ' '
			if i > 0 {
				prev, _ = utf8.DecodeLastRuneInString(p[:i])
			}
			switch {
			case open < 0 && single < 0 && r != '’' && !isWordRune(prev) && isWordRune(next):
				single = i
			case single >= 0 && r != '‘' && !isWordRune(next) && !unicode.IsSpace(prev):
				regions = append(regions, [2]int{single, i})
				single = -1
			}
		}
	}
	if len(regions) == 0 {
		return func(int) bool { return false }
	}
	sort.Slice(regions, func(a, b int) bool { return regions[a][0] < regions[b][0] })
	return func(i int) bool {
		// The last region starting before i, and the one before it in
		// case of nesting.
		k := sort.Search(len(regions), func(k int) bool { return regions[k][0] >= i }) - 1
		for stop := k - 8; k >= 0 && k > stop; k-- {
			if i > regions[k][0] && i < regions[k][1] {
				return true
			}
			if k > 0 && regions[k-1][1] < regions[k][0] {
				return false
			}
		}
		return false
	}
}
