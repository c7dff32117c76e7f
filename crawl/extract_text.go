package crawl

import (
	"regexp"
	"strings"
)

// splitBlankLines splits s into paragraphs separated by blank lines, with
// the white space inside each paragraph collapsed.
func splitBlankLines(s string) []string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	var out []string
	for _, chunk := range blankLine.Split(s, -1) {
		if t := collapseSpace(chunk); t != "" {
			out = append(out, t)
		}
	}
	return out
}

// plainTitleWords is the longest first line of plain text taken as its
// title.
const plainTitleWords = 25

// extractPlain fills a from plain text. Paragraphs are separated by blank
// lines; text without any blank line is taken one paragraph per line. A
// short first paragraph that does not end a sentence is the title, and a
// "By Name" line after it the byline.
func extractPlain(a *Article, s string) {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	if !blankLine.MatchString(strings.TrimSpace(s)) {
		for _, line := range strings.Split(s, "\n") {
			if t := collapseSpace(line); t != "" {
				a.Paragraphs = append(a.Paragraphs, t)
			}
		}
	} else {
		a.Paragraphs = splitBlankLines(s)
	}
	if len(a.Paragraphs) > 1 {
		if t := a.Paragraphs[0]; !endsSentence(t) && len(wordTokens(t)) <= plainTitleWords {
			a.Title, a.Paragraphs = t, a.Paragraphs[1:]
		}
	}
	a.Byline, a.Paragraphs = leadingByline(a.Paragraphs)
}

var (
	blankLine   = regexp.MustCompile(`\n[ \t]*\n`)
	mdHeading   = regexp.MustCompile(`^#{1,6}\s+`)
	mdImage     = regexp.MustCompile(`!\[([^\]]*)\]\([^)]*\)`)
	mdLink      = regexp.MustCompile(`\[([^\]]+)\]\([^)]*\)`)
	mdRefLink   = regexp.MustCompile(`\[([^\]]+)\]\[[^\]]*\]`)
	mdLinkDef   = regexp.MustCompile(`(?m)^\s{0,3}\[[^\]]+\]:\s+\S+.*$`)
	mdStrong    = regexp.MustCompile(`(\*\*|__)(\S(?:.*?\S)?)(\*\*|__)`)
	mdEmphStar  = regexp.MustCompile(`\*(\S(?:[^*]*?\S)?)\*`)
	mdEmphUnder = regexp.MustCompile(`(^|[^\w])_(\S(?:[^_]*?\S)?)_([^\w]|$)`)
	mdCode      = regexp.MustCompile("`([^`]*)`")
	mdListMark  = regexp.MustCompile(`^(\s*)([-*+]|\d+[.)])\s+`)
	mdQuoteMark = regexp.MustCompile(`(?m)^\s{0,3}>\s?`)
	mdRule      = regexp.MustCompile(`^\s*([-*_]\s*){3,}$`)
)

// extractMarkdown fills a from Markdown: a leading "# " heading becomes
// the title, paragraphs are separated by blank lines, and simple inline
// markup (emphasis, links, images, code spans, heading and list marks) is
// removed.
func extractMarkdown(a *Article, s string) {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = mdLinkDef.ReplaceAllString(s, "")
	for _, para := range splitBlankLinesRaw(s) {
		lines := strings.Split(para, "\n")
		// Each heading or list item line is its own paragraph.
		var cur []string
		emit := func() {
			if t := stripMarkdown(strings.Join(cur, " ")); t != "" {
				a.Paragraphs = append(a.Paragraphs, t)
			}
			cur = cur[:0]
		}
		for _, line := range lines {
			trimmed := strings.TrimSpace(line)
			switch {
			case mdRule.MatchString(trimmed):
				emit()
			case strings.HasPrefix(trimmed, "# ") && a.Title == "" && len(a.Paragraphs) == 0 && len(cur) == 0:
				a.Title = stripMarkdown(trimmed)
			case mdHeading.MatchString(trimmed), mdListMark.MatchString(line):
				emit()
				cur = append(cur, trimmed)
				emit()
			default:
				cur = append(cur, trimmed)
			}
		}
		emit()
	}
	a.Byline, a.Paragraphs = leadingByline(a.Paragraphs)
}

// bylineLine matches a short "By Name" line.
var bylineLine = regexp.MustCompile(`^(?i:by)\s+\p{Lu}[\p{L}.'’-]*(?:[\s,]+(?:and\s+)?\p{Lu}[\p{L}.'’-]*){0,7}$`)

// leadingByline takes a "By Name" line opening the text as the byline.
func leadingByline(paras []string) (string, []string) {
	if len(paras) > 0 && bylineLine.MatchString(paras[0]) {
		return strings.TrimSpace(paras[0][2:]), paras[1:]
	}
	return "", paras
}

// splitBlankLinesRaw splits s at blank lines without collapsing space.
func splitBlankLinesRaw(s string) []string {
	var out []string
	for _, chunk := range blankLine.Split(s, -1) {
		if strings.TrimSpace(chunk) != "" {
			out = append(out, chunk)
		}
	}
	return out
}

// stripMarkdown removes simple inline Markdown markup from one paragraph.
func stripMarkdown(s string) string {
	s = mdQuoteMark.ReplaceAllString(s, "")
	s = strings.TrimSpace(s)
	s = mdHeading.ReplaceAllString(s, "")
	s = strings.TrimRight(strings.TrimSpace(s), "#")
	s = mdListMark.ReplaceAllString(s, "")
	s = mdImage.ReplaceAllString(s, "$1")
	s = mdLink.ReplaceAllString(s, "$1")
	s = mdRefLink.ReplaceAllString(s, "$1")
	s = mdCode.ReplaceAllString(s, "$1")
	for range 3 {
		s = mdStrong.ReplaceAllString(s, "$2")
		s = mdEmphStar.ReplaceAllString(s, "$1")
		s = mdEmphUnder.ReplaceAllString(s, "$1$2$3")
	}
	return collapseSpace(s)
}
