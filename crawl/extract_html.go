package crawl

import (
	"bytes"
	"fmt"
	nurl "net/url"
	"strings"
	"time"

	readability "codeberg.org/readeck/go-readability/v2"
	"github.com/itlightning/dateparse"
	trafilatura "github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// maxElements bounds the number of elements the extractors look at.
const maxElements = 200000

// candidate is the output of one extractor.
type candidate struct {
	blocks    []block
	title     string
	byline    string
	published string
}

// Health rule for site profiles: a profile whose text has fewer than
// profileMinWords words, or less than profileMinShare of the generic
// extractor's words, is taken to be stale and the generic text is used.
const (
	profileMinWords = 50
	profileMinShare = 0.4
)

// Minimum-content guard: text shorter than doubtfulWords words that is
// also less than doubtfulShare of the page's visible words is flagged.
const (
	doubtfulWords = 100
	doubtfulShare = 0.1
)

// extractHTML fills a from an HTML page.
func extractHTML(a *Article, body []byte, pageURL string) error {
	doc, err := html.Parse(bytes.NewReader(body))
	if err != nil {
		return fmt.Errorf("parse HTML: %w", err)
	}
	meta := readPageMeta(doc)
	u := absURL(pageURL)
	profileURL := u
	if u == nil {
		u = absURL(meta.Canonical)
		profileURL = u
		// A page read without its URL takes its site's profile from its
		// canonical link, unless its og:url names another host: then it
		// is a republished copy, whose markup is not the original site's.
		if og := absURL(meta.OGURL); og != nil && u != nil && !strings.EqualFold(og.Hostname(), u.Hostname()) {
			profileURL = nil
		}
	}
	tr := runTrafilatura(doc, u)
	rd := runReadability(doc, u)
	blocks := combine(dropCaptions(dropLinkParagraphs(tr.blocks)), dropCaptions(dropLinkParagraphs(rd.blocks)))
	if ld := jsonLDBlocks(meta.Body); preferJSONLD(blocks, ld) {
		blocks = ld
	}
	a.Title = firstNonEmpty(meta.Title, tr.title, rd.title, docTitle(doc))
	a.Byline = firstNonEmpty(meta.Byline, tr.byline, rd.byline)
	a.Published = firstNonEmpty(meta.Published, tr.published, rd.published)
	a.Site = truncateRunes(meta.Site, maxSiteRunes)

	if profileURL != nil {
		if prof, ok := profileFor(profileURL.Hostname()); ok {
			pr := prof.apply(doc)
			pr.blocks = dropCaptions(dropLinkParagraphs(pr.blocks))
			pw, gw := blockWords(pr.blocks), blockWords(blocks)
			if pw >= profileMinWords && float64(pw) >= profileMinShare*float64(gw) {
				blocks = pr.blocks
				a.Title = firstNonEmpty(pr.title, a.Title)
				a.Byline = firstNonEmpty(pr.byline, a.Byline)
				if d := normalizeDate(pr.published); d != "" {
					a.Published = d
				}
			} else {
				a.Warnings = append(a.Warnings, fmt.Sprintf(
					"profile %s yielded %d words against %d from the generic extractor; generic extractor used",
					prof.Name, pw, gw))
			}
			if pr.paywalled {
				a.Warnings = append(a.Warnings, "truncated: "+prof.Name+" page shows a subscriber teaser")
			}
		}
	}
	a.Published = normalizeDate(a.Published)
	blocks = dropTitleHeadings(blocks, a.Title)
	for _, b := range blocks {
		a.Paragraphs = append(a.Paragraphs, b.text)
	}
	visible := visibleText(doc)
	w := blockWords(blocks)
	if w < minArticleWords && !anyProse(blocks) {
		// A few words without a sentence: a title, a menu, an error page.
		a.Paragraphs = nil
		return nil
	}
	if vw := len(wordTokens(visible)); doubtful(w, vw) {
		a.Warnings = append(a.Warnings, fmt.Sprintf(
			"extraction doubtful: %d words extracted from a page showing %d", w, vw))
	}
	// A paywall prompt somewhere on the page is only evidence of a cut
	// when the body is teaser-length or visibly cut: many sites ship the
	// prompt in inactive templates around complete articles.
	if m := paywall.FindString(visible); m != "" && (w < teaserWords || len(truncationWarnings(a.Paragraphs)) > 0) {
		a.Warnings = append(a.Warnings, fmt.Sprintf("truncated: page shows a paywall prompt %q", m))
	}
	return nil
}

// teaserWords is the length under which a body on a page showing a
// paywall prompt is taken for a teaser.
const teaserWords = 250

// doubtful reports whether words extracted from a page showing visible
// words are too few to trust: short, and a small share of the page.
func doubtful(words, visible int) bool {
	return words < doubtfulWords && float64(words) < doubtfulShare*float64(visible)
}

// minArticleWords is the length below which HTML text must hold a
// sentence to count as an article.
const minArticleWords = 15

// anyProse reports whether some block ends a sentence.
func anyProse(bs []block) bool {
	for _, b := range bs {
		if endsSentence(b.text) {
			return true
		}
	}
	return false
}

// absURL parses s as an absolute http(s) URL, or returns nil.
func absURL(s string) *nurl.URL {
	if s == "" {
		return nil
	}
	u, err := nurl.Parse(s)
	if err != nil || !u.IsAbs() || (u.Scheme != "http" && u.Scheme != "https") {
		return nil
	}
	return u
}

// blockWords counts the words in bs.
func blockWords(bs []block) int {
	n := 0
	for _, b := range bs {
		n += len(wordTokens(b.text))
	}
	return n
}

// visibleText returns the text a reader sees in the page body.
func visibleText(doc *html.Node) string {
	var body *html.Node
	var find func(*html.Node)
	find = func(n *html.Node) {
		if body != nil {
			return
		}
		if n.Type == html.ElementNode && n.DataAtom == atom.Body {
			body = n
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			find(c)
		}
	}
	find(doc)
	if body == nil {
		return ""
	}
	return textOf(body)
}

// runTrafilatura extracts the main content of doc with go-trafilatura.
func runTrafilatura(doc *html.Node, u *nurl.URL) candidate {
	res, err := trafilatura.ExtractDocument(doc, trafilatura.Options{
		OriginalURL:     u,
		ExcludeComments: true,
		Focus:           trafilatura.FavorRecall,
		HtmlDateMode:    trafilatura.Fast,
		MaxTreeSize:     maxElements,
	})
	if err != nil || res == nil || res.ContentNode == nil {
		return candidate{}
	}
	c := candidate{
		blocks: blocksOf(res.ContentNode),
		title:  collapseSpace(res.Metadata.Title),
		byline: collapseSpace(res.Metadata.Author),
	}
	if !res.Metadata.Date.IsZero() {
		c.published = res.Metadata.Date.Format(time.RFC3339)
	}
	return c
}

// runReadability extracts the main content of doc with go-readability.
func runReadability(doc *html.Node, u *nurl.URL) candidate {
	p := readability.NewParser()
	p.MaxElemsToParse = maxElements
	art, err := p.ParseDocument(doc, u)
	if err != nil || art.Node == nil {
		return candidate{}
	}
	c := candidate{
		blocks: blocksOf(art.Node),
		title:  collapseSpace(art.Title()),
		byline: collapseSpace(art.Byline()),
	}
	if t, err := art.PublishedTime(); err == nil && !t.IsZero() {
		c.published = t.Format(time.RFC3339)
	}
	return c
}

// docTitle returns the text of the document's <title> element.
func docTitle(doc *html.Node) string {
	var title string
	var walk func(*html.Node) bool
	walk = func(n *html.Node) bool {
		if n.Type == html.ElementNode && n.DataAtom == atom.Title {
			title = textOf(n)
			return true
		}
		if n.Type == html.ElementNode && n.DataAtom == atom.Body {
			return false
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if walk(c) {
				return true
			}
		}
		return false
	}
	walk(doc)
	return title
}

// firstNonEmpty returns the first of vals that is not blank.
func firstNonEmpty(vals ...string) string {
	for _, v := range vals {
		if v = strings.TrimSpace(v); v != "" {
			return v
		}
	}
	return ""
}

// normalizeDate returns s as an ISO 8601 date (2006-01-02) or date-time
// (RFC 3339), or "" when s does not parse as a date.
func normalizeDate(s string) string {
	s = strings.TrimSpace(s)
	layouts := []string{
		time.RFC3339Nano, time.RFC3339, "2006-01-02T15:04:05Z0700",
		"2006-01-02T15:04:05", "2006-01-02T15:04Z07:00", "2006-01-02T15:04",
		"2006-01-02 15:04:05Z07:00", "2006-01-02 15:04:05",
		time.RFC1123Z, time.RFC1123, time.RFC850, "Mon, 2 Jan 2006 15:04:05 -0700",
		"January 2, 2006", "Jan 2, 2006", "2 January 2006",
	}
	for _, l := range layouts {
		if t, err := time.Parse(l, s); err == nil {
			if strings.Contains(l, "15") {
				return t.Format(time.RFC3339)
			}
			return t.Format(time.DateOnly)
		}
	}
	if t, err := time.Parse(time.DateOnly, s); err == nil {
		return t.Format(time.DateOnly)
	}
	if len(s) <= 64 {
		if t, err := dateparse.ParseIn(s, time.UTC); err == nil && t.Year() > 1900 {
			if t.Hour() == 0 && t.Minute() == 0 && t.Second() == 0 {
				return t.Format(time.DateOnly)
			}
			return t.Format(time.RFC3339)
		}
	}
	return ""
}

// jsonLDBlocks splits a JSON-LD articleBody into paragraphs at line
// breaks.
func jsonLDBlocks(body string) []block {
	var out []block
	for _, line := range strings.Split(body, "\n") {
		if t := collapseSpace(html.UnescapeString(line)); t != "" {
			out = append(out, block{kind: blockPara, text: t})
		}
	}
	return out
}

// preferJSONLD reports whether the page's JSON-LD articleBody should
// replace the extracted text: it is at least half as long again, and the
// extracted text lies inside it, so the extractors found only part of the
// article the page itself declares.
func preferJSONLD(extracted, ld []block) bool {
	lw := blockWords(ld)
	if lw < 100 || float64(lw) < 1.5*float64(blockWords(extracted)) {
		return false
	}
	et := wordTokens(blocksText(extracted))
	lt := wordTokens(blocksText(ld))
	return containment(shingles(et), shingles(lt)) >= 0.8
}

// maxSiteRunes bounds the length of a site name taken from a page.
const maxSiteRunes = 80

// truncateRunes returns s cut to at most n runes.
func truncateRunes(s string, n int) string {
	for i := range s {
		if n == 0 {
			return s[:i]
		}
		n--
	}
	return s
}
