package report

import (
	"bytes"
	"crypto/sha256"
	"encoding/base64"
	"regexp"
	"strings"
	"testing"

	"github.com/storydiff/storydiff/align"
	"golang.org/x/net/html"
)

// parsedPage is a page from WriteHTML, parsed.
type parsedPage struct {
	root *html.Node
	ids  map[string]*html.Node
}

func renderHTML(t *testing.T, r Report, opts HTMLOptions) (string, parsedPage) {
	t.Helper()
	var b bytes.Buffer
	if err := WriteHTML(&b, r, opts); err != nil {
		t.Fatal(err)
	}
	root, err := html.Parse(bytes.NewReader(b.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	p := parsedPage{root: root, ids: map[string]*html.Node{}}
	p.each(func(n *html.Node) {
		if id := attr(n, "id"); id != "" {
			if p.ids[id] != nil {
				t.Errorf("duplicate id %q", id)
			}
			p.ids[id] = n
		}
	})
	return b.String(), p
}

func (p parsedPage) each(f func(*html.Node)) {
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		f(n)
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(p.root)
}

func (p parsedPage) elements(tag string) []*html.Node {
	var out []*html.Node
	p.each(func(n *html.Node) {
		if n.Type == html.ElementNode && n.Data == tag {
			out = append(out, n)
		}
	})
	return out
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func hasClass(n *html.Node, class string) bool {
	return strings.Contains(" "+attr(n, "class")+" ", " "+class+" ")
}

func textOf(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}

func TestWriteHTMLSafe(t *testing.T) {
	for name, r := range map[string]Report{"sample": sampleReport(), "hostile": hostileReport()} {
		t.Run(name, func(t *testing.T) { checkHTMLSafe(t, r) })
	}
}

// checkHTMLSafe fails unless the page for r runs only its own script,
// loads nothing and links only to its anchors and to web pages.
func checkHTMLSafe(t *testing.T, r Report) {
	t.Helper()
	out, p := renderHTML(t, r, HTMLOptions{All: true})

	// One inline script and one inline style, allowed by hash
	// in the Content-Security-Policy and by nothing else.
	var csp string
	for _, m := range p.elements("meta") {
		if strings.EqualFold(attr(m, "http-equiv"), "Content-Security-Policy") {
			csp = attr(m, "content")
		}
	}
	scripts, styles := p.elements("script"), p.elements("style")
	if len(scripts) != 1 || len(styles) != 1 {
		t.Fatalf("%d scripts and %d styles, want 1 each", len(scripts), len(styles))
	}
	hash := func(n *html.Node) string {
		sum := sha256.Sum256([]byte(textOf(n)))
		return "'sha256-" + base64.StdEncoding.EncodeToString(sum[:]) + "'"
	}
	wantCSP := "default-src 'none'; script-src " + hash(scripts[0]) + "; style-src " + hash(styles[0]) +
		"; img-src 'none'; base-uri 'none'; form-action 'none'"
	if csp != wantCSP {
		t.Errorf("CSP = %q\nwant %q", csp, wantCSP)
	}
	if attr(scripts[0], "src") != "" {
		t.Error("script loads a file")
	}

	// Nothing is fetched and no handler can run.
	for _, tag := range []string{"img", "iframe", "object", "embed", "link", "base", "svg", "math"} {
		if n := len(p.elements(tag)); n > 0 {
			t.Errorf("%d <%s> elements", n, tag)
		}
	}
	p.each(func(n *html.Node) {
		for _, a := range n.Attr {
			switch {
			case strings.HasPrefix(a.Key, "on"):
				t.Errorf("<%s> has handler %s=%q", n.Data, a.Key, a.Val)
			case a.Key == "src" || a.Key == "style" || a.Key == "srcdoc":
				t.Errorf("<%s> has %s=%q", n.Data, a.Key, a.Val)
			case a.Key == "href":
				if !strings.HasPrefix(a.Val, "#") && !strings.HasPrefix(a.Val, "https://") && !strings.HasPrefix(a.Val, "http://") {
					t.Errorf("<%s> links to %q", n.Data, a.Val)
				}
				if id, ok := strings.CutPrefix(a.Val, "#"); ok && p.ids[id] == nil {
					t.Errorf("link to missing anchor %q", a.Val)
				}
			}
		}
	})
	if strings.Contains(textOf(styles[0]), "url(") || strings.Contains(textOf(styles[0]), "@import") {
		t.Error("style sheet fetches something")
	}
	if strings.ContainsAny(out, "\x1b\u202e\u009b") {
		t.Error("control characters in the page")
	}
}

func TestWriteHTMLHostileTextShown(t *testing.T) {
	_, p := renderHTML(t, hostileReport(), HTMLOptions{})
	text := textOf(p.root)
	for _, want := range []string{"<script>alert(1)</script>", `<img src=x onerror="alert(2)">`, "=cmd|' /C calc'!A0", "redlink"} {
		if !strings.Contains(strings.Join(strings.Fields(text), ""), strings.Join(strings.Fields(want), "")) {
			t.Errorf("page text lacks %q", want)
		}
	}
	// A javascript: source is shown but not linked.
	for _, a := range p.elements("a") {
		if strings.Contains(attr(a, "href"), "javascript") {
			t.Errorf("link to %q", attr(a, "href"))
		}
	}
}

func TestWriteHTMLStructure(t *testing.T) {
	r := sampleReport()
	_, p := renderHTML(t, r, HTMLOptions{})

	// A section per version, an option per version in the filter.
	sections := 0
	for _, s := range p.elements("section") {
		if hasClass(s, "version") {
			sections++
		}
	}
	if sections != len(r.Versions) {
		t.Errorf("%d version sections, want %d", sections, len(r.Versions))
	}
	// and three settings of the confidence filter.
	if n := len(p.elements("option")); n != len(r.Versions)+1+3 {
		t.Errorf("%d options, want %d for the versions and 3 for confidence", n, len(r.Versions)+1+3)
	}

	// One aligned row per alignment step, plus a placeholder for the
	// moved paragraph, each linking to the other.
	for vi, v := range r.Versions {
		var rows, ghosts []*html.Node
		for _, tr := range p.elements("tr") {
			if hasClass(tr, "row") && strings.HasPrefix(attr(tr, "id"), "v"+string(rune('1'+vi))+"-") {
				if hasClass(tr, "ghost") {
					ghosts = append(ghosts, tr)
				} else {
					rows = append(rows, tr)
				}
			}
		}
		if len(rows) != len(v.Comparison.Alignment) {
			t.Errorf("version %d: %d rows, want %d", vi+1, len(rows), len(v.Comparison.Alignment))
		}
		moved := 0
		for _, l := range v.Comparison.Alignment {
			if l.Op == "moved" {
				moved++
			}
		}
		if len(ghosts) != moved {
			t.Errorf("version %d: %d placeholders, want %d", vi+1, len(ghosts), moved)
		}
		for _, g := range ghosts {
			var link string
			for _, a := range elementsUnder(g, "a") {
				link = attr(a, "href")
			}
			target := p.ids[strings.TrimPrefix(link, "#")]
			if target == nil || !hasClass(target, "op-moved") {
				t.Errorf("placeholder %s links to %q, not to a moved row", attr(g, "id"), link)
				continue
			}
			back := false
			for _, a := range elementsUnder(target, "a") {
				back = back || attr(a, "href") == "#"+attr(g, "id")
			}
			if !back {
				t.Errorf("moved row %s does not link back to %s", attr(target, "id"), attr(g, "id"))
			}
		}
	}

	// The placeholder sits where the version puts the paragraph: right
	// after the row holding version paragraph 1.
	ghost := p.ids["v1-m2"]
	if ghost == nil {
		t.Fatal("no placeholder v1-m2")
	}
	prev := ghost.PrevSibling
	for prev != nil && prev.Type != html.ElementNode {
		prev = prev.PrevSibling
	}
	if prev == nil || attr(prev, "id") != "v1-a0" {
		t.Errorf("placeholder follows %v, want row v1-a0", prev)
	}

	// Every facet has a filter checkbox, checked for material facets,
	// and every badge and divergence names its facet.
	checked := map[string]bool{}
	for _, in := range p.elements("input") {
		if hasClass(in, "f-facet") {
			on := false
			for _, a := range in.Attr {
				on = on || a.Key == "checked"
			}
			checked[attr(in, "value")] = on
		}
	}
	for _, d := range r.Versions[0].Comparison.Divergences {
		on, ok := checked[string(d.Facet)]
		if !ok || on != d.Material {
			t.Errorf("facet %s: checkbox present %v, checked %v; material %v", d.Facet, ok, on, d.Material)
		}
	}
	badges := 0
	p.each(func(n *html.Node) {
		if n.Type == html.ElementNode && hasClass(n, "badge") && attr(n, "data-facet") != "" {
			badges++
		}
	})
	if badges == 0 {
		t.Error("no badges with data-facet")
	}
}

func elementsUnder(n *html.Node, tag string) []*html.Node {
	return parsedPage{root: n}.elements(tag)
}

func TestWriteHTMLWordMarks(t *testing.T) {
	_, p := renderHTML(t, sampleReport(), HTMLOptions{})
	dels, ins := p.elements("del"), p.elements("ins")
	if len(dels) < 3 || len(ins) < 3 {
		t.Errorf("%d <del> and %d <ins>, want the changed words of 3 edited paragraphs", len(dels), len(ins))
	}
	joined := regexp.MustCompile(`\s+`).ReplaceAllString(textOf(p.root), " ")
	if !strings.Contains(joined, "28") || !strings.Contains(joined, "27") {
		t.Error("changed numbers missing")
	}
}

func TestWriteHTMLCosmeticHidden(t *testing.T) {
	for _, all := range []bool{false, true} {
		_, p := renderHTML(t, sampleReport(), HTMLOptions{All: all})
		var material, cosmetic int
		p.each(func(n *html.Node) {
			if n.Type != html.ElementNode || attr(n, "data-facet") == "" {
				return
			}
			hidden := false
			for _, a := range n.Attr {
				hidden = hidden || a.Key == "hidden"
			}
			switch {
			case hasClass(n, "material"):
				material++
				if hidden {
					t.Errorf("All=%v: material %s hidden", all, attr(n, "data-facet"))
				}
			case hasClass(n, "cosmetic"):
				cosmetic++
				if hidden == all {
					t.Errorf("All=%v: cosmetic %s hidden=%v", all, attr(n, "data-facet"), hidden)
				}
			}
		})
		if material == 0 || cosmetic == 0 {
			t.Errorf("All=%v: %d material and %d cosmetic items tagged", all, material, cosmetic)
		}
	}
}

func TestWriteHTMLFaultyAlignment(t *testing.T) {
	// Indexes out of range, a paragraph listed twice and divergences
	// pointing nowhere must not break the page.
	r := sampleReport()
	c := &r.Versions[0].Comparison
	c.Alignment = append(c.Alignment,
		align.Link{Op: align.OpMoved, Ref: []int{0}, Ver: []int{99}},
		align.Link{Op: align.OpMerged, Ref: []int{-5, 42}, Ver: []int{0}})
	c.Divergences = append(c.Divergences, align.Divergence{Kind: align.Altered, Facet: align.FacetDate, Material: true, RefPara: 77, VerPara: -1})
	checkHTMLSafe(t, r)
	var b bytes.Buffer
	for _, write := range []func() error{
		func() error { return WriteTable(&b, r, TableOptions{All: true}) },
		func() error { return WriteMarkdown(&b, r, MarkdownOptions{All: true}) },
		func() error { return WriteJSON(&b, r) },
	} {
		if err := write(); err != nil {
			t.Error(err)
		}
	}
}
