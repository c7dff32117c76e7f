package align

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/simplifiedchinese"
	unorm "golang.org/x/text/unicode/norm"
)

// maxInput bounds the bytes of one paragraph that the package inspects;
// longer paragraphs are cut so that hostile input cannot blow up the cost.
const maxInput = 64 << 10

// sanitize makes s valid UTF-8 and bounds its length.
func sanitize(s string) string {
	if len(s) > maxInput {
		s = s[:maxInput]
	}
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	return s
}

// charFold maps typographic variants to one plain character for comparison.
var charFold = strings.NewReplacer(
	"\u201c", `"`, "\u201d", `"`, "\u201e", `"`, "\u201f", `"`, "\u00ab", `"`, "\u00bb", `"`,
	"\u2033", `"`, "\u301d", `"`, "\u301e", `"`,
	"\u2018", "'", "\u2019", "'", "\u201a", "'", "\u201b", "'", "\u2032", "'", "\u2039", "'", "\u203a", "'", "`", "'", "\u00b4", "'",
	"\u2010", "-", "\u2011", "-", "\u2012", "-", "\u2013", "-", "\u2014", "-", "\u2015", "-", "\u2212", "-",
	"\u2026", "...",
	"\u00a0", " ", "\u2009", " ", "\u202f", " ", "\u200b", "", "\u200c", "", "\u200d", "", "\ufeff", "", "\u00ad", "",
)

// Fold returns s normalised for comparison: NFKC, typographic quotes, dashes
// and spaces folded to ASCII, lower case, whitespace collapsed. The original
// text is kept for output; Fold is used only to decide equality.
func Fold(s string) string {
	return strings.ToLower(foldKeepCase(s))
}

// foldKeepCase is Fold without lower-casing.
func foldKeepCase(s string) string {
	s = sanitize(s)
	if !plainASCII(s) {
		s = charFold.Replace(unorm.NFKC.String(s))
	} else if strings.IndexByte(s, '`') >= 0 {
		s = strings.ReplaceAll(s, "`", "'")
	}
	if !needsSpaceFold(s) {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}

// plainASCII reports whether s is printable ASCII and white space.
func plainASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// needsSpaceFold reports whether s has white space other than single
// inner spaces.
func needsSpaceFold(s string) bool {
	if s == "" {
		return false
	}
	if s[0] == ' ' || s[len(s)-1] == ' ' {
		return true
	}
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == ' ':
			if i+1 < len(s) && s[i+1] == ' ' {
				return true
			}
		case c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f' || c >= 0x80:
			return true
		}
	}
	return false
}

// mojibakeMarkers are sequences that appear when UTF-8 text is decoded with
// the wrong character set (Windows-1252 or GBK) by a copier.
var mojibakeMarkers = []string{
	"â€", "Ã©", "Ã¨", "Ã¶", "Ã¼", "Ã¤", "Ã±", "Ã§", "Ã¡", "Ã³", "Ã­", "Ãº", "Â ", "Â·",
	"鈥", "锟斤拷", "\uFFFD",
}

// HasMojibake reports whether s shows signs of character-set damage, such
// as "donâ€™t" or "history鈥檚".
func HasMojibake(s string) bool {
	if plainASCII(s) {
		return false // every marker is non-ASCII
	}
	for _, m := range mojibakeMarkers {
		if strings.Contains(s, m) {
			return true
		}
	}
	return hasLatin1Mojibake(s)
}

// hasLatin1Mojibake reports whether s holds a UTF-8 multi-byte sequence
// read as Windows-1252 or Latin-1: a character that stands for a lead byte
// (U+00C2–U+00DF for two-byte sequences, U+00E0–U+00EF for three-byte ones)
// followed by characters that stand for continuation bytes 0x80–0xBF, such
// as "Ã‰" for "É" or "â€™" for "’".
func hasLatin1Mojibake(s string) bool {
	prev, prev2 := rune(0), rune(0)
	for _, r := range s {
		if isContinuationChar(r) {
			// Â and Ã lead the sequences of Latin-1 text; other leads
			// count only before a letter-like character, so that an
			// upper-case "É" before a closing quote is not taken for
			// damage.
			if prev == 0xC2 || prev == 0xC3 {
				return true
			}
			if prev >= 0xC4 && prev <= 0xDF && prev != 0xD7 && !strings.ContainsRune("‘’“”–—…•«»·", r) {
				return true
			}
			if prev2 >= 0xE0 && prev2 <= 0xEF && isContinuationChar(prev) {
				return true
			}
		}
		prev2, prev = prev, r
	}
	return false
}

// isContinuationChar reports whether r is what a UTF-8 continuation byte
// (0x80–0xBF) becomes when decoded as Windows-1252 or Latin-1.
func isContinuationChar(r rune) bool {
	if r >= 0x80 && r <= 0xBF {
		return true
	}
	return cp1252High[r]
}

// cp1252High holds the characters Windows-1252 maps bytes 0x80–0x9F to.
var cp1252High = func() map[rune]bool {
	m := make(map[rune]bool)
	for _, r := range "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ" {
		m[r] = true
	}
	return m
}()

// RepairMojibake undoes the most common character-set damage: UTF-8 text
// decoded as Windows-1252 or as GBK. Words that do not decode cleanly are
// left as they are.
func RepairMojibake(s string) string {
	if !HasMojibake(s) {
		return s
	}
	s = mojibakeTable.Replace(s)
	if !HasMojibake(s) {
		return s
	}
	words := strings.Fields(s)
	changed := false
	for i, w := range words {
		if !HasMojibake(w) {
			continue
		}
		if r, ok := reencode(w); ok {
			words[i] = r
			changed = true
		}
	}
	if !changed {
		return s
	}
	return strings.Join(words, " ")
}

// mojibakeTable repairs the Windows-1252 mojibake of common punctuation,
// including the right double quote whose last byte (0x9D) is unmapped in
// Windows-1252 and is often lost.
var mojibakeTable = strings.NewReplacer(
	"â€œ", "“", "â€", "”", "â€™", "’", "â€˜", "‘", "â€”", "—",
	"â€“", "–", "â€¦", "…", "â€¢", "•", "Â ", " ", "Â ", " ", "â€", "”",
)

// reencode tries to recover w by encoding it back to the wrong character
// set and decoding the bytes as UTF-8.
func reencode(w string) (string, bool) {
	for _, enc := range []interface {
		String(string) (string, error)
	}{charmap.Windows1252.NewEncoder(), simplifiedchinese.GBK.NewEncoder()} {
		// Encode rune by rune so that characters outside the charset
		// (plain ASCII is always inside) do not abort the whole word.
		var b strings.Builder
		ok := true
		for _, r := range w {
			e, err := enc.String(string(r))
			if err != nil {
				if r >= 0x80 && r <= 0xFF {
					// Latin-1 decoders keep the bytes Windows-1252
					// leaves unmapped (0x81, 0x8D, 0x8F, 0x90, 0x9D).
					b.WriteByte(byte(r))
					continue
				}
				ok = false
				break
			}
			b.WriteString(e)
		}
		if !ok {
			continue
		}
		out := b.String()
		if utf8.ValidString(out) && out != w && !HasMojibake(out) {
			return out, true
		}
	}
	return "", false
}

// Token is one word of a sentence.
type token struct {
	text  string // original spelling, folded characters
	lower string // lower case
	start int    // byte offset in the folded sentence
	cap   bool   // starts with an upper-case letter
}

// tokenize splits folded text into word tokens: runs of letters and digits,
// keeping inner apostrophes, periods, commas between digits and hyphens.
func tokenize(s string) []token {
	lowered := ""
	if plainASCII(s) {
		lowered = strings.ToLower(s)
	}
	return tokenizeLowered(make([]token, 0, len(s)/6+1), s, lowered)
}

// tokenizeLowered is tokenize appending to out[:0], given
// strings.ToLower(s) of ASCII text, or "" to lower each token on its own.
func tokenizeLowered(out []token, s, lowered string) []token {
	out = out[:0]
	if len(lowered) != len(s) {
		lowered = ""
	}
	i := 0
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !isWordRune(r) {
			i += n
			continue
		}
		start := i
		i += n
		for i < len(s) {
			r, n = utf8.DecodeRuneInString(s[i:])
			if isWordRune(r) {
				i += n
				continue
			}
			if (r == '\'' || r == '.' || r == ',' || r == '-' || r == '%') && i+n <= len(s) {
				if r == '%' {
					i += n
					break
				}
				nr, _ := utf8.DecodeRuneInString(s[i+n:])
				pr, _ := utf8.DecodeLastRuneInString(s[start:i])
				if i+n < len(s) && isWordRune(nr) {
					if r == ',' && !(unicode.IsDigit(pr) && unicode.IsDigit(nr)) {
						break
					}
					if r == '.' && !(unicode.IsDigit(pr) && unicode.IsDigit(nr)) && !(unicode.IsLetter(pr) && unicode.IsLetter(nr) && isAcronymDot(s[start:], i-start)) {
						break
					}
					i += n
					continue
				}
			}
			break
		}
		w := s[start:i]
		// Keep a trailing period of an acronym such as "U.S.".
		if i < len(s) && s[i] == '.' && strings.Count(w, ".") > 0 && !strings.ContainsAny(w, "0123456789") {
			w = s[start : i+1]
			i++
		}
		fr, _ := utf8.DecodeRuneInString(w)
		lw := ""
		if lowered != "" {
			lw = lowered[start : start+len(w)]
		} else {
			lw = strings.ToLower(w)
		}
		out = append(out, token{text: w, lower: lw, start: start, cap: unicode.IsUpper(fr)})
	}
	return out
}

// isAcronymDot reports whether the period at offset i of w sits between
// single letters, as in "U.S" or "p.m".
func isAcronymDot(w string, i int) bool {
	// letter before the period must be a single letter word part
	j := i - 1
	for j > 0 && w[j-1] != '.' {
		j--
	}
	if i-j != 1 {
		return false
	}
	k := i + 1
	for k < len(w) && isWordRune(rune(w[k])) {
		k++
	}
	return k-(i+1) == 1
}

func isWordRune(r rune) bool {
	if r < 0x80 {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

// words returns the lower-case word tokens of folded text.
func words(s string) []string {
	toks := tokenize(s)
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = t.lower
	}
	return out
}

// countWords counts the words of a paragraph.
func countWords(s string) int {
	n := 0
	in := false
	if plainASCII(s) {
		for i := 0; i < len(s); i++ {
			c := s[i]
			sp := c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'
			if !sp && !in {
				n++
			}
			in = !sp
		}
		return n
	}
	for _, r := range s {
		sp := unicode.IsSpace(r)
		if !sp && !in {
			n++
		}
		in = !sp
	}
	return n
}
