package check

import (
	"html"
	"strings"
	"unicode"
	"unicode/utf8"
)

// locateWindow is the number of consecutive words searched for when a
// whole sentence is not found in the raw file.
const locateWindow = 6

// Locator finds the line of a text in a raw copy file (HTML, Markdown or
// plain text). It compares words only, lower-cased, ignoring markup, HTML
// entities, punctuation and line breaks, so a sentence found by extraction
// is found in the file it came from.
type Locator struct {
	words []string
	lines []int // line of each word
	index map[string][]int
}

// NewLocator indexes the words of raw.
func NewLocator(raw []byte) *Locator {
	l := &Locator{index: make(map[string][]int)}
	line := 1
	inTag := false
	var word strings.Builder
	wordLine := 0
	flush := func() {
		if word.Len() == 0 {
			return
		}
		l.index[word.String()] = append(l.index[word.String()], len(l.words))
		l.words = append(l.words, word.String())
		l.lines = append(l.lines, wordLine)
		word.Reset()
	}
	s := string(raw)
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == '\n':
			flush()
			line++
		case inTag:
			if r == '>' {
				inTag = false
			}
		case r == '<' && i+1 < len(s) && startsTag(s[i+1]):
			flush()
			inTag = true
		case r == '&':
			if j := strings.IndexByte(s[i:min(len(s), i+12)], ';'); j > 1 {
				if u := html.UnescapeString(s[i : i+j+1]); u != s[i:i+j+1] {
					for _, ur := range u {
						if isWordRune(ur) {
							if word.Len() == 0 {
								wordLine = line
							}
							word.WriteRune(unicode.ToLower(ur))
						} else {
							flush()
						}
					}
					i += j + 1
					continue
				}
			}
			flush()
		case isWordRune(r):
			if word.Len() == 0 {
				wordLine = line
			}
			word.WriteRune(unicode.ToLower(r))
		default:
			flush()
		}
		i += size
	}
	flush()
	return l
}

func startsTag(c byte) bool {
	return c == '/' || c == '!' || c == '?' || ('a' <= c && c <= 'z') || ('A' <= c && c <= 'Z')
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// words splits text as NewLocator splits a file.
func words(text string) []string {
	return NewLocator([]byte(text)).words
}

// Line returns the 1-based line where text starts in the file: where its
// words all occur in order, or else where the first run of locateWindow of
// its words does. It returns 1 when text is not found.
func (l *Locator) Line(text string) int {
	w := words(text)
	if len(w) == 0 {
		return 1
	}
	if at := l.find(w); at >= 0 {
		return l.lines[at]
	}
	n := min(locateWindow, len(w))
	for start := 0; start+n <= len(w); start++ {
		if at := l.find(w[start : start+n]); at >= 0 {
			return l.lines[at]
		}
	}
	return 1
}

// find returns the index of the first occurrence of the word sequence w,
// or -1.
func (l *Locator) find(w []string) int {
	for _, at := range l.index[w[0]] {
		if at+len(w) > len(l.words) {
			break
		}
		ok := true
		for k := 1; k < len(w); k++ {
			if l.words[at+k] != w[k] {
				ok = false
				break
			}
		}
		if ok {
			return at
		}
	}
	return -1
}
