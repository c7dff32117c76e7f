package align

import (
	"regexp"
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
	f := foldKeepCase(s)
	if plainASCII(f) {
		return lowerASCII(f)
	}
	return strings.ToLower(f)
}

// foldKeepCase is Fold without lower-casing.
func foldKeepCase(s string) string {
	s = sanitize(s)
	if plainASCII(s) {
		return foldASCII(s)
	}
	s = charFold.Replace(unorm.NFKC.String(currencySigns(vulgarFractions(s))))
	if !needsSpaceFold(s) {
		return noOne(s)
	}
	return noOne(strings.Join(strings.Fields(s), " "))
}

// noOneRE matches "no-one", the hyphenated spelling of "no one".
var noOneRE = regexp.MustCompile(`\b([Nn][Oo])-([Oo][Nn][Ee])\b`)

// noOne writes "no-one" as "no one", its length kept: "No-one was hurt"
// denies as "No one was hurt" does.
func noOne(s string) string {
	if !strings.Contains(s, "-one") && !strings.Contains(s, "-ONE") && !strings.Contains(s, "-One") {
		return s
	}
	return noOneRE.ReplaceAllString(s, "$1 $2")
}

// lowerASCII is strings.ToLower for ASCII text, copying runs of bytes
// without upper-case letters whole.
func lowerASCII(s string) string {
	i := 0
	for i < len(s) && !('A' <= s[i] && s[i] <= 'Z') {
		i++
	}
	if i == len(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	start := 0
	for ; i < len(s); i++ {
		if c := s[i]; 'A' <= c && c <= 'Z' {
			b.WriteString(s[start:i])
			b.WriteByte(c + 'a' - 'A')
			start = i + 1
		}
	}
	b.WriteString(s[start:])
	return b.String()
}

// loweredASCII returns s in lower case when it is plain ASCII, the
// lowered text tokenizeLowered and internText take, and "" otherwise.
func loweredASCII(s string) string {
	if plainASCII(s) {
		return lowerASCII(s)
	}
	return ""
}

// foldASCII is foldKeepCase for ASCII text of at most maxInput bytes.
func foldASCII(s string) string {
	if strings.IndexByte(s, '`') >= 0 {
		s = strings.ReplaceAll(s, "`", "'")
	}
	if !needsSpaceFold(s) {
		return noOne(s)
	}
	return noOne(strings.Join(strings.Fields(s), " "))
}

// plainASCII reports whether s is printable ASCII and white space.
func plainASCII(s string) bool {
	i := 0
	for ; i+8 <= len(s); i += 8 {
		if s[i]|s[i+1]|s[i+2]|s[i+3]|s[i+4]|s[i+5]|s[i+6]|s[i+7] >= utf8.RuneSelf {
			return false
		}
	}
	for ; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
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
		// White space other than the space: \t \n \v \f \r.
		if c := s[i]; c-'\t' <= '\r'-'\t' || c >= utf8.RuneSelf {
			return true
		}
	}
	return strings.Contains(s, "  ")
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
	for i, r := range s {
		if isContinuationChar(r) {
			// Â and Ã lead the sequences of Latin-1 text; other leads
			// count only before a letter-like character, or, for Ä and
			// Å (the leads of ą, ę, ł, ś, ş, ğ …), before punctuation
			// inside a lower-case word ("DÄ…browska" for "Dąbrowska",
			// "AistÄ—" for "Aistė"), so that an upper-case "É" before
			// a closing quote or an apostrophe ("PELÉ’S") is not taken
			// for damage.
			if prev == 0xC2 || prev == 0xC3 {
				return true
			}
			if prev >= 0xC4 && prev <= 0xDF && prev != 0xD7 {
				if !strings.ContainsRune("‘’“”–—…•«»·", r) {
					return true
				}
				if next, _ := utf8.DecodeRuneInString(s[i+utf8.RuneLen(r):]); (prev == 0xC4 || prev == 0xC5) && (unicode.IsLower(next) || unicode.IsLower(prev2)) {
					// "DÄ…browska", or "AistÄ—" at a word's end after
					// a lower-case letter.
					return true
				}
			}
			if prev2 >= 0xE0 && prev2 <= 0xEF && isContinuationChar(prev) {
				return true
			}
		}
		if (prev == 'Ĺ' || prev == 'Ä' || prev == 'Ă') && cp1250Continuation[r] && prev2 != 0 && unicode.IsLetter(prev2) {
			// UTF-8 read as Windows-1250, Central Europe's code page:
			// "GroĹ„" for "Groń", "ĹĽ" for "ż" (after a letter, so
			// that a word's capital "Ĺ" is not taken for damage).
			return true
		}
		prev2, prev = prev, r
	}
	return false
}

// cp1250Continuation holds the characters Windows-1250 maps UTF-8
// continuation bytes (0x80–0xBF) to that Windows-1252 does not.
var cp1250Continuation = func() map[rune]bool {
	m := make(map[rune]bool)
	for _, r := range "„‚Ś‹ŚŤŽŹśťžźˇ˘ŁĄŞŻ˛łąşľĽ" {
		m[r] = true
	}
	return m
}()

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
// decoded as Windows-1252, Windows-1250 or GBK. Words that do not decode cleanly are
// left as they are.
func RepairMojibake(s string) string {
	if !HasMojibake(s) {
		return s
	}
	s = mojibakeTable.Replace(s)
	if !HasMojibake(s) {
		return s
	}
	s = joinNoBreakSeconds(s)
	words := strings.Fields(s)
	changed := false
	for i, w := range words {
		held := strings.ContainsRune(w, noBreakSecond)
		if held {
			w = strings.ReplaceAll(w, string(noBreakSecond), "\u00a0")
			words[i] = w
			changed = true
		}
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

// joinNoBreakSeconds keeps in its word a two-byte character whose
// second byte, 0xA0, was read as a no-break space ("Å\u00a0Å¥astnÃ½" is
// "Šťastný"): the space is held as noBreakSecond until the word is
// reencoded, so that splitting the text into words does not cut it.
func joinNoBreakSeconds(s string) string {
	if !strings.ContainsRune(s, '\u00a0') || strings.ContainsRune(s, noBreakSecond) {
		return s // (text that uses the placeholder itself is left alone)
	}
	rs := []rune(s)
	for i := 0; i+1 < len(rs); i++ {
		if rs[i] >= 0xC3 && rs[i] <= 0xDF && rs[i+1] == '\u00a0' {
			rs[i+1] = noBreakSecond
		}
	}
	return string(rs)
}

// noBreakSecond holds the place of a no-break space that is the second
// byte of a damaged character (see joinNoBreakSeconds).
const noBreakSecond = '\uE000'

// mojibakeTable repairs the Windows-1252 mojibake of common punctuation,
// including the right double quote whose last byte (0x9D) is unmapped in
// Windows-1252 and is often lost, or replaced by U+FFFD.
var mojibakeTable = strings.NewReplacer(
	"â€\ufffd", "”", "â€œ", "“", "â€", "”", "â€™", "’", "â€˜", "‘", "â€”", "—",
	"â€“", "–", "â€¦", "…", "â€¢", "•", "Â ", " ", "Â ", " ", "â€", "”",
)

// reencode tries to recover w by encoding it back to the wrong character
// set and decoding the bytes as UTF-8.
func reencode(w string) (string, bool) {
	for _, enc := range []interface {
		String(string) (string, error)
	}{charmap.Windows1252.NewEncoder(), charmap.Windows1250.NewEncoder(), simplifiedchinese.GBK.NewEncoder()} {
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
	lowered := loweredASCII(s)
	return tokenizeLowered(make([]token, 0, len(s)/6+1), s, lowered)
}

// tokenizeLowered is tokenize appending to out[:0], given
// strings.ToLower(s) of ASCII text, or "" to lower each token on its own.
func tokenizeLowered(out []token, s, lowered string) []token {
	out = out[:0]
	if len(lowered) != len(s) {
		lowered = ""
	}
	for i := 0; ; {
		start, end := nextWord(s, i)
		if start == end {
			return out
		}
		i = end
		w := s[start:end]
		lw := ""
		if lowered != "" {
			lw = lowered[start:end]
		} else {
			lw = strings.ToLower(w)
		}
		out = append(out, token{text: w, lower: lw, start: start, cap: isUpper(firstRuneOf(w))})
	}
}

// nextWord returns the bounds of the first word token of folded text s
// at or after byte offset i, start == end when there is none. A token is
// a run of letters and digits keeping inner apostrophes, periods and
// commas between digits, hyphens and a trailing percent sign.
func nextWord(s string, i int) (start, end int) {
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if asciiWord[c] {
				break
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if isWordRuneSlow(r) {
			break
		}
		i += n
	}
	if i >= len(s) {
		return len(s), len(s)
	}
	start = i
	_, n := runeAt(s, i)
	i += n
	for i < len(s) {
		c := s[i]
		r, n := rune(c), 1
		if c < utf8.RuneSelf {
			if asciiWord[c] {
				i++
				continue
			}
		} else {
			r, n = utf8.DecodeRuneInString(s[i:])
			if isWordRuneSlow(r) {
				i += n
				continue
			}
		}
		if r == '\'' || r == '.' || r == ',' || r == '-' || r == '%' {
			if r == '%' {
				i += n
				break
			}
			if i+n < len(s) {
				nr, _ := runeAt(s, i+n)
				if isWordRune(nr) {
					pr := lastRune(s[start:i])
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
		}
		break
	}
	// Keep a trailing period of an acronym such as "U.S.".
	if i < len(s) && s[i] == '.' && strings.IndexByte(s[start:i], '.') >= 0 && !strings.ContainsAny(s[start:i], "0123456789") {
		i++
	}
	return start, i
}

// firstRuneOf returns the first rune of s, which is not empty.
func firstRuneOf(s string) rune {
	if c := s[0]; c < utf8.RuneSelf {
		return rune(c)
	}
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// runeAt decodes the rune at byte offset i of s.
func runeAt(s string, i int) (rune, int) {
	if c := s[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(s[i:])
}

// lastRune returns the last rune of s.
func lastRune(s string) rune {
	if c := s[len(s)-1]; c < utf8.RuneSelf {
		return rune(c)
	}
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

// isUpper is unicode.IsUpper with a fast path for ASCII.
func isUpper(r rune) bool {
	if r < utf8.RuneSelf {
		return 'A' <= r && r <= 'Z'
	}
	return unicode.IsUpper(r)
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
	if r < utf8.RuneSelf {
		return r >= 0 && asciiWord[r]
	}
	return isWordRuneSlow(r)
}

// isWordRuneSlow is isWordRune for non-ASCII runes.
func isWordRuneSlow(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

// asciiSpace is 1 for the ASCII white space characters, 0 for other bytes.
var asciiSpace = [256]uint8{' ': 1, '\t': 1, '\n': 1, '\r': 1, '\v': 1, '\f': 1}

// asciiWord marks the ASCII letters and digits.
var asciiWord = func() (t [utf8.RuneSelf]bool) {
	for c := range t {
		t[c] = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
	}
	return t
}()

// words returns the lower-case word tokens of folded text.
func words(s string) []string {
	lowered := loweredASCII(s)
	out := make([]string, 0, len(s)/6+1)
	for i := 0; ; {
		start, end := nextWord(s, i)
		if start == end {
			return out
		}
		i = end
		if lowered != "" {
			out = append(out, lowered[start:end])
		} else {
			out = append(out, strings.ToLower(s[start:end]))
		}
	}
}

// countWords counts the words of a paragraph.
func countWords(s string) int {
	n := 0
	in := false
	if plainASCII(s) {
		// Count the non-space bytes that follow a space or the start,
		// without a branch per byte.
		prev := uint8(1)
		for i := 0; i < len(s); i++ {
			sp := asciiSpace[s[i]]
			n += int(prev &^ sp)
			prev = sp
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

// fractionValues are the decimals of the vulgar fraction characters.
var fractionValues = map[rune]string{'½': "5", '¼': "25", '¾': "75", '⅓': "33", '⅔': "67", '⅛': "125", '⅜': "375", '⅝': "625", '⅞': "875"}

// vulgarFractions writes the vulgar fraction characters of s as decimals:
// "2½ hours" → "2.5 hours", "½ mile" → "0.5 mile". NFKC would make "2½"
// "21⁄2", read as twenty-one.
func vulgarFractions(s string) string {
	if !strings.ContainsAny(s, "½¼¾⅓⅔⅛⅜⅝⅞") {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 8)
	for i, r := range s {
		dec, ok := fractionValues[r]
		if !ok {
			b.WriteRune(r)
			continue
		}
		prev, _ := utf8.DecodeLastRuneInString(s[:i])
		switch {
		case prev >= '0' && prev <= '9':
			b.WriteString("." + dec)
		case prev == ' ' && i >= 2 && s[i-2] >= '0' && s[i-2] <= '9':
			// "2 ½": the space goes.
			str := b.String()
			b.Reset()
			b.WriteString(strings.TrimSuffix(str, " ") + "." + dec)
		default:
			b.WriteString("0." + dec)
		}
	}
	return b.String()
}

// currencySignCodes maps the signs of currencies that have no key of
// their own among the amounts parseNumbers reads to their ISO 4217 codes
// (and "₨" to "Rs", the rupee's abbreviation):
// "GH₵9" reads as "GHS 9", the same amount as "9 cedis".
var currencySignCodes = strings.NewReplacer("GH₵", "GHS ", "GH¢", "GHS ", "₵", "GHS ", "₦", "NGN ", "₱", "PHP ",
	"₫", "VND ", "฿", "THB ", "৳", "BDT ", "₩", "KRW ", "₺", "TRY ", "₴", "UAH ", "₪", "ILS ",
	"₸", "KZT ", "₡", "CRC ", "₲", "PYG ", "₭", "LAK ", "₮", "MNT ", "₼", "AZN ", "₾", "GEL ", "₨", "Rs ")

// currencySigns writes the currency signs of s that currencySignCodes
// knows as codes, before the amount: "₦5,000" → "NGN 5,000", "40 zł" →
// "PLN 40".
func currencySigns(s string) string {
	if !strings.ContainsAny(s, "₵¢₦₱ł₫฿৳₩₺₴₪₸₡₲₭₮₼₾₨") {
		return s
	}
	s = trailingSignRE.ReplaceAllString(s, "$2 $1$3")
	return currencySignCodes.Replace(zlotySign(s))
}

// zlotySign writes the sign of the zloty, "zł" not followed by a letter
// ("złoty" is the word), as its code.
func zlotySign(s string) string {
	var b strings.Builder
	for {
		k := strings.Index(s, "zł")
		if k < 0 {
			b.WriteString(s)
			return b.String()
		}
		next, _ := utf8.DecodeRuneInString(s[k+len("zł"):])
		b.WriteString(s[:k])
		if unicode.IsLetter(next) {
			b.WriteString("zł")
		} else {
			b.WriteString("PLN ")
		}
		s = s[k+len("zł"):]
	}
}

// trailingSignRE matches an amount written before its currency sign, as
// Polish, Vietnamese and Thai copy do ("40 zł", "10,000₫"), to move the
// sign before it.
var trailingSignRE = regexp.MustCompile(`(\d[\d.,]*)\s?(zł|₫|฿|₺|₴|₪|₸|₡|₲|₭|₮|₼|₾)([^\pL\pN]|$)`)
