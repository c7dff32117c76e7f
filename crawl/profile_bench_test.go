package crawl

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"golang.org/x/net/html"
)

// profileF1Tolerance is how far under the generic extractor's F1 a
// profile may score on a benchmark page: rounding noise, not a real loss.
const profileF1Tolerance = 0.005

// genericHost is a host no profile claims. A page's URL is moved under it
// to measure the generic extractors alone on the same markup.
const genericHost = "generic.invalid"

// benchTruth reads the benchmark's ground-truth bodies, keyed by page id.
func benchTruth(tb testing.TB, dir string) map[string]string {
	tb.Helper()
	raw, err := os.ReadFile(filepath.Join(dir, "ground-truth.json"))
	if err != nil {
		tb.Fatal(err)
	}
	var truth map[string]struct {
		Body string `json:"articleBody"`
	}
	if err := json.Unmarshal(raw, &truth); err != nil {
		tb.Fatalf("decode ground truth: %v", err)
	}
	out := make(map[string]string, len(truth))
	for id, t := range truth {
		out[id] = t.Body
	}
	return out
}

// pageF1 is the benchmark's metric (score.py) for one page: the F1 of the
// multisets of 4-grams of \w+ tokens of the truth and the prediction.
func pageF1(truth, pred string) float64 {
	a, b := scoreShingles(truth), scoreShingles(pred)
	tp, fp, fn := 0, 0, 0
	for k, x := range a {
		tp += min(x, b[k])
		fn += max(0, x-b[k])
	}
	for k, y := range b {
		fp += max(0, y-a[k])
	}
	switch {
	case fp == 0 && fn == 0:
		return 1
	case tp == 0:
		return 0
	}
	p, r := float64(tp)/float64(tp+fp), float64(tp)/float64(tp+fn)
	return 2 * p * r / (p + r)
}

// scoreShingles returns the multiset of token 4-grams of s, tokens being
// runs of letters, digits and underscores as Python's \w matches them; a
// text shorter than four tokens is one shingle.
func scoreShingles(s string) map[string]int {
	toks := strings.FieldsFunc(s, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsNumber(r) && r != '_'
	})
	m := make(map[string]int, len(toks))
	for i := 0; i < max(1, len(toks)-3); i++ {
		if j := min(len(toks), i+4); j > i {
			m[strings.Join(toks[i:j], "\x00")]++
		}
	}
	return m
}

func TestPageF1(t *testing.T) {
	tests := []struct {
		truth, pred string
		want        float64
	}{
		{"", "", 1},
		{"a b c d e", "", 0},
		{"a b c d e", "a b c d e", 1},
		{"a b c d e", "a, b. c d — e", 1},
		// Truth has shingles abcd, bcde; the prediction abcd, bcdf.
		{"a b c d e", "a b c d f", 0.5},
		{"A b c", "a b c", 0},
	}
	for _, tt := range tests {
		if got := pageF1(tt.truth, tt.pred); got != tt.want {
			t.Errorf("pageF1(%q, %q) = %v, want %v", tt.truth, tt.pred, got, tt.want)
		}
	}
}

// mostlyWithin reports whether two thirds or more of the words of got
// occur in declared, ignoring case.
func mostlyWithin(got, declared string) bool {
	in := map[string]bool{}
	for _, w := range wordTokens(declared) {
		in[w] = true
	}
	toks := wordTokens(got)
	n := 0
	for _, w := range toks {
		if in[w] {
			n++
		}
	}
	return len(toks) > 0 && 3*n >= 2*len(toks)
}

func TestMostlyWithin(t *testing.T) {
	tests := []struct {
		got, declared string
		want          bool
	}{
		{"By Jane Roe, Wire Business", "Jane Roe, Wire Business", true},
		{"By Jane Roe Jane Roe The Daily Biography @janeroe jane.roe@daily.example", "Jane Roe", false},
		{"Is It a Crime?", "Is It a Crime? - Journal", true},
		{"The Daily JournalOpinion", "Is It a Crime? - Journal", false},
		{"", "x", false},
	}
	for _, tt := range tests {
		if got := mostlyWithin(tt.got, tt.declared); got != tt.want {
			t.Errorf("mostlyWithin(%q, %q) = %v, want %v", tt.got, tt.declared, got, tt.want)
		}
	}
}

// genericURL returns pageURL moved under genericHost, so that no profile
// applies.
func genericURL(pageURL string) string {
	scheme, rest, ok := strings.Cut(pageURL, "://")
	if !ok {
		return "https://" + genericHost + "/"
	}
	return scheme + "://" + genericHost + "/" + rest
}

// extractText runs Extract on body as an HTML page at pageURL and returns
// the article and its paragraphs joined by blank lines.
func extractText(t *testing.T, id, pageURL string, body []byte) (Article, string) {
	t.Helper()
	a, err := Extract(Page{Source: id, URL: pageURL, ContentType: "text/html", Body: body})
	if err != nil {
		t.Fatalf("Extract(%s): %v", pageURL, err)
	}
	return a, strings.Join(a.Paragraphs, "\n\n")
}

// TestProfilesOnBenchmark checks the site profiles against the real pages
// of profiled sites in the shared extraction benchmark (a page belongs to
// a site by its URL). On each such page every selector list of the profile
// must find something (body, title, byline and a date that parses), Extract
// must use the profile rather than fall back to the generic extractor, and
// the result must score at least as well as the generic extractor alone.
// Pages of other hosts whose canonical URL names a profiled site (copies on
// aggregators) are checked without a URL, which makes Extract pick the
// profile from the canonical URL: the result must not score worse than the
// generic extractor. The test is skipped when the benchmark is absent.
func TestProfilesOnBenchmark(t *testing.T) {
	dir := benchDir(t)
	truth := benchTruth(t, dir)
	profiled := 0
	for _, p := range loadBench(t, dir) {
		doc, err := html.Parse(bytes.NewReader(p.body))
		if err != nil {
			t.Fatalf("%s: parse: %v", p.id, err)
		}
		pu := absURL(p.url)
		if pu == nil {
			continue
		}
		if prof, ok := profileFor(pu.Hostname()); ok {
			profiled++
			t.Run(prof.Name+"/"+p.id[:12], func(t *testing.T) {
				checkProfilePage(t, prof, doc, p, truth[p.id])
			})
			continue
		}
		cu := absURL(readPageMeta(doc).Canonical)
		if cu == nil {
			continue
		}
		if prof, ok := profileFor(cu.Hostname()); ok {
			t.Run(prof.Name+"/canonical/"+p.id[:12], func(t *testing.T) {
				_, got := extractText(t, p.id, "", p.body)
				_, generic := extractText(t, p.id, genericURL(p.url), p.body)
				pf, gf := pageF1(truth[p.id], got), pageF1(truth[p.id], generic)
				t.Logf("%s via canonical %s: F1 %.4f, generic %.4f", p.url, cu, pf, gf)
				if pf < gf-profileF1Tolerance {
					t.Errorf("F1 %.4f with the %s profile picked by the canonical URL, %.4f with the generic extractor", pf, prof.Name, gf)
				}
			})
		}
	}
	if profiled == 0 {
		t.Fatal("the benchmark holds no page of a profiled site; the test checks nothing")
	}
}

// checkProfilePage checks prof on the benchmark page p, whose parsed
// document is doc and whose true body is want.
func checkProfilePage(t *testing.T, prof Profile, doc *html.Node, p benchPage, want string) {
	pr := prof.apply(doc)
	if w := blockWords(pr.blocks); w < profileMinWords {
		t.Errorf("body selectors %q found %d words", prof.Body, w)
	}
	// What the profile finds must be there and agree with what the page
	// declares in its metadata, when it declares it: a selector that
	// catches a logo or a menu instead of the headline fails here.
	meta := readPageMeta(doc)
	for _, f := range []struct {
		name, got, declared string
		sels                []string
	}{
		{"title", pr.title, meta.Title, prof.Title},
		{"byline", pr.byline, meta.Byline, prof.Byline},
	} {
		switch {
		case f.got == "":
			t.Errorf("%s selectors %q found nothing", f.name, f.sels)
		case f.declared != "" && !mostlyWithin(f.got, f.declared):
			t.Errorf("%s selectors %q found %q; the page declares %q", f.name, f.sels, f.got, f.declared)
		}
	}
	date := normalizeDate(pr.published)
	switch declared := normalizeDate(meta.Published); {
	case date == "":
		t.Errorf("date selectors %q found %q, not a date", prof.Date, pr.published)
	case declared != "" && date != declared:
		t.Errorf("date selectors %q found %s; the page declares %s", prof.Date, date, declared)
	}

	a, got := extractText(t, p.id, p.url, p.body)
	for _, w := range a.Warnings {
		if strings.HasPrefix(w, "profile ") {
			t.Errorf("Extract fell back to the generic extractor: %s", w)
		}
	}
	_, generic := extractText(t, p.id, genericURL(p.url), p.body)
	// The profile's own text, before the shared cleaning, shows whether
	// its drop rules remove the chrome the cleaning would otherwise
	// have to catch.
	own := pageF1(want, blocksText(pr.blocks))
	pf, gf := pageF1(want, got), pageF1(want, generic)
	t.Logf("%s: title %q, byline %q, date %q; F1 %.4f (profile text alone %.4f), generic %.4f",
		p.url, pr.title, pr.byline, pr.published, pf, own, gf)
	if pf < gf-profileF1Tolerance {
		t.Errorf("F1 %.4f with the profile, %.4f with the generic extractor", pf, gf)
	}
	if own < gf-profileF1Tolerance {
		t.Errorf("F1 %.4f of the profile's text before cleaning, %.4f with the generic extractor", own, gf)
	}
}

func TestProfileApplyFields(t *testing.T) {
	const page = `<html><head>
<meta name="author" content="">
<meta itemprop="author" content=" Jane  Roe ">
<meta itemprop="datePublished" content="2025-11-20T10:00:00Z">
</head><body>
<h1 class="logo">The Daily</h1>
<h1 class="headline">Bridge reopens after repairs</h1>
<div class="story"><p>The bridge reopened on Thursday after two years of repairs.</p>
<div class="promo">Sign up for our newsletter.</div>
<p>Officials said traffic would be limited at first.</p></div>
</body></html>`
	tests := []struct {
		name                     string
		prof                     Profile
		title, byline, published string
		paras                    []string
	}{
		{
			name: "specific selectors first",
			prof: Profile{
				Title:  []string{"h1.headline", "h1"},
				Byline: []string{"meta[name='author']", "meta[itemprop='author']"},
				Date:   []string{"time[datetime]", "meta[itemprop='datePublished']"},
				Body:   []string{".story"},
				Drop:   []string{".promo"},
			},
			title: "Bridge reopens after repairs", byline: "Jane Roe", published: "2025-11-20T10:00:00Z",
			paras: []string{"The bridge reopened on Thursday after two years of repairs.", "Officials said traffic would be limited at first."},
		},
		{
			name:  "bare h1 takes the logo",
			prof:  Profile{Title: []string{"h1"}, Body: []string{".missing", ".story"}},
			title: "The Daily",
			paras: []string{"The bridge reopened on Thursday after two years of repairs.", "Sign up for our newsletter.", "Officials said traffic would be limited at first."},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := html.Parse(strings.NewReader(page))
			if err != nil {
				t.Fatal(err)
			}
			r := tt.prof.apply(doc)
			var paras []string
			for _, b := range r.blocks {
				paras = append(paras, b.text)
			}
			if r.title != tt.title || r.byline != tt.byline || r.published != tt.published {
				t.Errorf("got title %q byline %q published %q; want %q %q %q",
					r.title, r.byline, r.published, tt.title, tt.byline, tt.published)
			}
			if strings.Join(paras, "|") != strings.Join(tt.paras, "|") {
				t.Errorf("got paragraphs %q, want %q", paras, tt.paras)
			}
		})
	}
}

// FuzzParseProfile checks that ParseProfile never panics and that what it
// accepts is a profile Extract can use.
func FuzzParseProfile(f *testing.F) {
	names, _ := filepath.Glob(filepath.Join("profiles", "*.yaml"))
	for _, n := range names {
		if b, err := os.ReadFile(n); err == nil {
			f.Add(b)
		}
	}
	f.Add([]byte("name: X\nhosts: [x.example]\nbody: ['p[']\n"))
	f.Add([]byte("name: X\nhosts: [x.example]\nbody: [p]\ntitle: [\"meta[name='t']\"]\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		p, err := ParseProfile(data)
		if err != nil {
			return
		}
		if p.Name == "" || len(p.Hosts) == 0 || len(p.Body) == 0 {
			t.Fatalf("ParseProfile accepted a profile without name, hosts or body: %+v", p)
		}
		doc, err := html.Parse(strings.NewReader("<h1>t</h1><p>x</p>"))
		if err != nil {
			t.Fatal(err)
		}
		p.apply(doc)
	})
}

func TestParseProfileMalformed(t *testing.T) {
	tests := []struct{ name, yaml, wantErr string }{
		{"tag on a sequence field", "name: X\nhosts: !x\n0", "malformed YAML"},
		{"oversized", "name: X\nhosts: [x.example]\nbody: [p]\n#" + strings.Repeat("x", maxProfileBytes), "bytes, more than"},
	}
	for _, tt := range tests {
		_, err := ParseProfile([]byte(tt.yaml))
		if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
			t.Errorf("%s: ParseProfile error = %v, want one containing %q", tt.name, err, tt.wantErr)
		}
	}
}
