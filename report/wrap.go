package report

import (
	"strings"

	"github.com/olekukonko/tablewriter/pkg/twwidth"
	"github.com/storydiff/storydiff/align"
)

// ANSI SGR sequences used with TableOptions.Color.
const (
	ansiReset  = "\x1b[0m"
	ansiBold   = "\x1b[1m"
	ansiRed    = "\x1b[31m"
	ansiGreen  = "\x1b[32m"
	ansiYellow = "\x1b[33m"
)

// token is one word of terminal text, with how a word diff marks it.
type token struct {
	text  string
	op    align.SpanOp
	open  bool // first word of a marked span: opens the plain-text marker
	close bool // last word of a marked span: closes the plain-text marker
	space bool // preceded by white space, so a line may break before it
}

// tokenize splits sanitized spans into words. Words keep their diff
// operation; punctuation a diff split from a word stays glued to it.
func tokenize(spans []align.Span) []token {
	var toks []token
	spaceBefore := false
	for _, s := range spans {
		text := Sanitize(s.Text)
		fields := strings.Fields(text)
		if len(fields) == 0 {
			if text != "" {
				spaceBefore = true
			}
			continue
		}
		leadSpace := strings.TrimLeft(text, " \t\n\r\v\f") != text
		for i, f := range fields {
			toks = append(toks, token{
				text:  f,
				op:    s.Op,
				open:  i == 0,
				close: i == len(fields)-1,
				space: len(toks) > 0 && (i > 0 || leadSpace || spaceBefore),
			})
		}
		trimmed := strings.TrimRight(text, " \t\n\r\v\f")
		spaceBefore = trimmed != text
	}
	return toks
}

// plainTokens tokenizes unmarked text.
func plainTokens(s string) []token {
	return tokenize([]align.Span{{Op: align.SpanEqual, Text: s}})
}

// render returns t as printed, with colour codes or with the plain-text
// markers [-deleted-] and {+inserted+}.
func (t token) render(color bool) string {
	if t.op == align.SpanEqual {
		return t.text
	}
	if color {
		c := ansiRed
		if t.op == align.SpanInsert {
			c = ansiGreen
		}
		return c + t.text + ansiReset
	}
	open, close := "[-", "-]"
	if t.op == align.SpanInsert {
		open, close = "{+", "+}"
	}
	var b strings.Builder
	if t.open {
		b.WriteString(open)
	}
	b.WriteString(t.text)
	if t.close {
		b.WriteString(close)
	}
	return b.String()
}

// width returns the display width of t as printed.
func (t token) width(color bool) int {
	if color {
		return twwidth.Width(t.text)
	}
	return twwidth.Width(t.render(false))
}

// split breaks a token wider than width into pieces that fit, in time
// linear in its length. A piece holds at least one rune.
func (t token) split(width int, color bool) []token {
	var openW, closeW int // widths of the plain-text markers
	if !color && t.op != align.SpanEqual {
		if t.open {
			openW = 2
		}
		if t.close {
			closeW = 2 // reserved in every piece: any may be the last
		}
	}
	var out []token
	start, used := 0, 0
	emit := func(end int, last bool) {
		p := t
		p.text = t.text[start:end]
		p.open = t.open && start == 0
		p.close = t.close && last
		p.space = t.space && start == 0
		out = append(out, p)
		start, used = end, 0
	}
	for i, r := range t.text {
		rw := twwidth.Width(string(r))
		reserve := closeW
		if start == 0 {
			reserve += openW
		}
		if i > start && used+rw+reserve > width {
			emit(i, false)
		}
		used += rw
	}
	emit(len(t.text), true)
	return out
}

// wrapTokens lays toks out in lines no wider than width (when width > 0),
// breaking lines between words and breaking words only when one alone is
// too wide.
func wrapTokens(toks []token, width int, color bool) []string {
	var lines []string
	var line strings.Builder
	lineWidth := 0
	flush := func() {
		if lineWidth > 0 {
			lines = append(lines, line.String())
		}
		line.Reset()
		lineWidth = 0
	}
	for i := 0; i < len(toks); {
		// A unit is a word and the tokens glued to it.
		j := i + 1
		for j < len(toks) && !toks[j].space {
			j++
		}
		unit := toks[i:j]
		uw := 0
		for _, t := range unit {
			uw += t.width(color)
		}
		i = j
		switch {
		case lineWidth > 0 && (width <= 0 || lineWidth+1+uw <= width):
			line.WriteByte(' ')
			lineWidth++
		case lineWidth > 0:
			flush()
		}
		if width > 0 && lineWidth+uw > width {
			// Too wide for a line of its own: break it.
			for _, t := range unit {
				for _, p := range t.split(width, color) {
					pw := p.width(color)
					if lineWidth > 0 && lineWidth+pw > width {
						flush()
					}
					line.WriteString(p.render(color))
					lineWidth += pw
				}
			}
			continue
		}
		for _, t := range unit {
			line.WriteString(t.render(color))
		}
		lineWidth += uw
	}
	flush()
	return lines
}

// wrapPlain wraps unmarked text to width.
func wrapPlain(s string, width int) []string {
	return wrapTokens(plainTokens(s), width, false)
}
