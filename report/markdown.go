package report

import (
	"fmt"
	"io"
	"strings"

	"github.com/storydiff/storydiff/align"
	"github.com/storydiff/storydiff/crawl"
)

// MarkdownOptions controls WriteMarkdown.
type MarkdownOptions struct {
	// All lists cosmetic divergences too; otherwise only their number is
	// shown.
	All bool
	// HeadingLevel is the level of the report's top heading, 1 to 5;
	// 0 means 2, which suits an issue or pull request comment.
	HeadingLevel int
	// MaxRows limits the divergences listed per version, saying how many
	// were left out; 0 means no limit. GitHub refuses comments longer than
	// 65,536 characters.
	MaxRows int
	// MinConfidence leaves out of the tables the material divergences
	// whose confidence (align.Divergence.Confidence) is below it, saying
	// how many; 0 lists them all.
	MinConfidence float64
}

// WriteMarkdown writes r to w as GitHub-flavoured Markdown: the same
// content as WriteTable (attributions in a table of their own), with divergences in tables whose changed words are
// marked ~~deleted~~ and **inserted**. All page text is sanitized and
// escaped so that it renders as the literal text: it cannot add markup,
// links, HTML, mentions or table cells.
func WriteMarkdown(w io.Writer, r Report, opts MarkdownOptions) error {
	level := opts.HeadingLevel
	if level < 1 || level > 5 {
		level = 2
	}
	h1 := strings.Repeat("#", level) + " "
	h2 := strings.Repeat("#", level+1) + " "
	var b strings.Builder

	fmt.Fprintf(&b, "%sstorydiff: %d %s compared with %s\n\n", h1, len(r.Versions),
		plural(len(r.Versions), "version", "versions"), EscapeMarkdown(SourceLabel(r.Reference)))
	b.WriteString("**Reference**\n\n")
	mdArticle(&b, r.Reference)
	fmt.Fprintf(&b, "- %d words, %d paragraphs\n", countWords(r.Reference.Paragraphs), len(r.Reference.Paragraphs))
	if ws := r.Reference.Warnings; len(ws) > 0 {
		fmt.Fprintf(&b, "- **Warning:** %s\n", EscapeMarkdown(strings.Join(ws, "; ")))
	}

	for i, v := range r.Versions {
		fmt.Fprintf(&b, "\n%s[%d] %s\n\n", h2, i+1, EscapeMarkdown(SourceLabel(v.Article)))
		mdArticle(&b, v.Article)
		if fb := foundBy(v); fb != "" {
			fmt.Fprintf(&b, "- Found by: %s\n", EscapeMarkdown(fb))
		}
		fmt.Fprintf(&b, "- %d words, %d paragraphs: %s\n", versionWords(v), len(v.Article.Paragraphs), formatOps(v.Comparison))
		if ws := warnings(v); len(ws) > 0 {
			fmt.Fprintf(&b, "- **Warning:** %s\n", EscapeMarkdown(strings.Join(ws, "; ")))
		}
		material, cosmetic := ordered(v.Comparison)
		if len(material) == 0 {
			b.WriteString("\nNo material changes.\n")
		} else {
			fmt.Fprintf(&b, "\n**Material changes: %d** (%s%s)\n\n", len(material),
				EscapeMarkdown(formatFacets(countFacets(material))), formatBands(material))
			shown, unsure := confident(material, opts.MinConfidence)
			if len(shown) > 0 {
				mdTable(&b, shown, opts.MaxRows)
			}
			if unsure > 0 {
				fmt.Fprintf(&b, "\n%d %s below confidence %.2f not listed.\n", unsure, plural(unsure, "change", "changes"), opts.MinConfidence)
			}
		}
		switch {
		case len(cosmetic) == 0:
		case opts.All:
			fmt.Fprintf(&b, "\n**Cosmetic changes: %d** (%s)\n\n", len(cosmetic), EscapeMarkdown(formatFacets(countFacets(cosmetic))))
			mdTable(&b, cosmetic, opts.MaxRows)
		default:
			fmt.Fprintf(&b, "\n%d cosmetic %s not shown.\n", len(cosmetic), plural(len(cosmetic), "change", "changes"))
		}
	}

	mdAttributions(&b, h2, r.Attributions)
	if len(r.Errors) > 0 {
		fmt.Fprintf(&b, "\n%sErrors\n\n", h2)
		for _, e := range r.Errors {
			fmt.Fprintf(&b, "- %s: %s\n", EscapeMarkdown(e.Source), EscapeMarkdown(e.Error))
		}
	}
	if _, err := io.WriteString(w, b.String()); err != nil {
		return fmt.Errorf("report: writing Markdown: %w", err)
	}
	return nil
}

// mdArticle writes the source, title, byline, date and fetch time of a as
// list items.
func mdArticle(b *strings.Builder, a crawl.Article) {
	fmt.Fprintf(b, "- Source: %s\n", EscapeMarkdown(a.Source))
	if a.URL != "" && a.URL != a.Source {
		fmt.Fprintf(b, "- URL: %s\n", EscapeMarkdown(a.URL))
	}
	if a.Title != "" {
		fmt.Fprintf(b, "- Title: %s\n", EscapeMarkdown(a.Title))
	}
	var meta []string
	if a.Byline != "" {
		meta = append(meta, "by "+a.Byline)
	}
	if a.Published != "" {
		meta = append(meta, "published "+a.Published)
	}
	if !a.FetchedAt.IsZero() {
		meta = append(meta, "fetched "+a.FetchedAt.UTC().Format("2006-01-02 15:04:05 MST"))
	}
	if len(meta) > 0 {
		fmt.Fprintf(b, "- %s\n", EscapeMarkdown(strings.Join(meta, ", ")))
	}
}

// mdTable writes divergences as a GFM table, at most maxRows of them when
// maxRows > 0.
func mdTable(b *strings.Builder, ds []align.Divergence, maxRows int) {
	b.WriteString("| Kind | Facet | Confidence | Reference | Version | Detail |\n")
	b.WriteString("| --- | --- | --- | --- | --- | --- |\n")
	shown := ds
	if maxRows > 0 && len(ds) > maxRows {
		shown = ds[:maxRows]
	}
	for _, d := range shown {
		refSpans, verSpans := sides(d.RefText, d.VerText)
		fmt.Fprintf(b, "| %s | %s | %s | %s | %s | %s |\n",
			EscapeMarkdown(string(d.Kind)), EscapeMarkdown(string(d.Facet)), align.Band(d.Confidence),
			mdSpans(refSpans), mdSpans(verSpans), EscapeMarkdown(d.Detail))
	}
	if n := len(ds) - len(shown); n > 0 {
		fmt.Fprintf(b, "\n%d more not shown.\n", n)
	}
}

// mdSpans renders one side of a word diff, marking deleted text
// ~~like this~~ and inserted text **like this**.
func mdSpans(spans []align.Span) string {
	var b strings.Builder
	for _, s := range spans {
		text := collapseSpace(Sanitize(s.Text))
		lead, core, trail := splitSpace(text)
		b.WriteString(lead)
		switch {
		case core == "":
		case s.Op == align.SpanDelete:
			b.WriteString("~~" + escapeMarkdown(core, false) + "~~")
		case s.Op == align.SpanInsert:
			b.WriteString("**" + escapeMarkdown(core, false) + "**")
		default:
			// Table cells hold inline text only: no block can start.
			b.WriteString(escapeMarkdown(core, false))
		}
		b.WriteString(trail)
	}
	return strings.TrimSpace(b.String())
}

// collapseSpace replaces each run of white space in s with one space,
// keeping a leading or trailing run as one space.
func collapseSpace(s string) string {
	lead, core, trail := splitSpace(s)
	var b strings.Builder
	if lead != "" {
		b.WriteByte(' ')
	}
	b.WriteString(strings.Join(strings.Fields(core), " "))
	if trail != "" && core != "" {
		b.WriteByte(' ')
	}
	return b.String()
}

// mdSpecial holds the ASCII characters EscapeMarkdown always escapes:
// those that start or end inline markup, HTML, entities, links, table
// cells, math, mentions and issue references in GitHub-flavoured Markdown.
const mdSpecial = "\\`*_[]<>|~$@#&!{}"

// EscapeMarkdown returns s as GitHub-flavoured Markdown text that renders
// as s itself, on one line, so that it can go in a table cell, a list item
// or a heading. s is passed through Sanitize, runs of white space
// (newlines included) become one space, characters that could start
// markup are backslash-escaped, and so is a leading punctuation mark that
// could start a block (a list, heading, quote or rule).
func EscapeMarkdown(s string) string {
	return escapeMarkdown(s, true)
}

// escapeMarkdown is EscapeMarkdown; atStart says whether s may start a
// line, where a leading punctuation mark could start a block.
func escapeMarkdown(s string, atStart bool) string {
	s = strings.Join(strings.Fields(Sanitize(s)), " ")
	var b strings.Builder
	b.Grow(len(s) + len(s)/8)
	for i, r := range s {
		switch {
		case r < 0x80 && strings.ContainsRune(mdSpecial, r):
			b.WriteByte('\\')
		case atStart && i == 0 && r < 0x80 && isASCIIPunct(byte(r)):
			b.WriteByte('\\')
		case atStart && (r == '.' || r == ')'):
			// "1." or "1)" at the start would begin an ordered list.
			if isDigits(s[:i]) && i > 0 {
				b.WriteByte('\\')
			}
		}
		b.WriteRune(r)
	}
	return b.String()
}

func isASCIIPunct(c byte) bool {
	return c >= '!' && c <= '/' || c >= ':' && c <= '@' || c >= '[' && c <= '`' || c >= '{' && c <= '~'
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}
