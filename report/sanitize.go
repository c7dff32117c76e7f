package report

import (
	"strings"
	"unicode/utf8"
)

// Sanitize returns s made safe to print on a terminal.
//
// Text taken from web pages may carry bytes that a terminal interprets
// rather than displays. Sanitize removes escape sequences (CSI, OSC, DCS,
// SOS, PM, APC and two-character ESC sequences, in their 7-bit and 8-bit
// forms), C0 and C1 control characters other than newline and tab, DEL,
// and the Unicode bidirectional embeddings, overrides and isolates that can
// make displayed text read differently from its content. Carriage returns
// are removed too, so a line cannot overwrite itself. Invalid UTF-8 becomes
// U+FFFD. Printable text, newlines and tabs are unchanged.
func Sanitize(s string) string {
	if isClean(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			b.WriteRune(utf8.RuneError)
			i++
		case r == 0x1b: // ESC
			i = skipEscape(s, i+1)
		case r == 0x9b: // 8-bit CSI
			i = skipCSI(s, i+size)
		case r == 0x9d || r == 0x90 || r == 0x98 || r == 0x9e || r == 0x9f: // 8-bit OSC, DCS, SOS, PM, APC
			i = skipString(s, i+size)
		case keepRune(r):
			b.WriteString(s[i : i+size])
			i += size
		default:
			i += size
		}
	}
	return b.String()
}

// isClean reports whether s needs no change by Sanitize.
func isClean(s string) bool {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c < 0x20 && c != '\n' && c != '\t' || c == 0x7f {
				return false
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 || !keepRune(r) {
			return false
		}
		i += size
	}
	return true
}

// keepRune reports whether r may be printed as is.
func keepRune(r rune) bool {
	switch {
	case r == '\n' || r == '\t':
		return true
	case r < 0x20 || r == 0x7f: // C0 controls and DEL
		return false
	case r >= 0x80 && r <= 0x9f: // C1 controls
		return false
	case r >= 0x202a && r <= 0x202e: // LRE, RLE, PDF, LRO, RLO
		return false
	case r >= 0x2066 && r <= 0x2069: // LRI, RLI, FSI, PDI
		return false
	}
	return true
}

// skipEscape returns the index just past the escape sequence whose ESC
// byte precedes s[i].
func skipEscape(s string, i int) int {
	if i >= len(s) {
		return i
	}
	switch s[i] {
	case '[':
		return skipCSI(s, i+1)
	case ']', 'P', 'X', '^', '_':
		return skipString(s, i+1)
	}
	// nF sequences: intermediate bytes 0x20-0x2F, then one final byte.
	for i < len(s) && s[i] >= 0x20 && s[i] <= 0x2f {
		i++
	}
	if i < len(s) && s[i] >= 0x30 && s[i] <= 0x7e {
		i++
	}
	return i
}

// skipCSI returns the index just past a control sequence whose parameters
// start at s[i]: parameter bytes 0x30-0x3F, intermediate bytes 0x20-0x2F
// and a final byte 0x40-0x7E. A malformed sequence ends at the first byte
// that does not fit, which is kept.
func skipCSI(s string, i int) int {
	for i < len(s) && s[i] >= 0x30 && s[i] <= 0x3f {
		i++
	}
	for i < len(s) && s[i] >= 0x20 && s[i] <= 0x2f {
		i++
	}
	if i < len(s) && s[i] >= 0x40 && s[i] <= 0x7e {
		i++
	}
	return i
}

// skipString returns the index just past a control string (OSC, DCS and
// the like) whose content starts at s[i]. The string ends with BEL, ST
// (ESC \ or U+009C) or, as terminals do, at ESC or the end of s.
func skipString(s string, i int) int {
	for i < len(s) {
		switch {
		case s[i] == 0x07:
			return i + 1
		case s[i] == 0x1b:
			if i+1 < len(s) && s[i+1] == '\\' {
				return i + 2
			}
			return i // a new escape sequence starts here
		case strings.HasPrefix(s[i:], "\u009c"):
			return i + len("\u009c")
		}
		i++
	}
	return i
}
