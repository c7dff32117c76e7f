package crawl

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"html"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

var update = flag.Bool("update", false, "rewrite the golden files of the extraction tests")

// fixedTime is the FetchedAt of test pages.
var fixedTime = time.Date(2025, 11, 21, 8, 0, 0, 0, time.UTC)

// contentTypeOf returns the media type for a fixture file name.
func contentTypeOf(name string) string {
	switch filepath.Ext(name) {
	case ".md":
		return "text/markdown"
	case ".txt":
		return "text/plain"
	}
	return "text/html"
}

func TestExtractGolden(t *testing.T) {
	tests := []struct {
		file string
		url  string
	}{
		{"syndicated-ani.html", ""},
		{"wire-reuters.html", "https://wire.example/markets/grain-prices"},
		{"paywall-teaser.html", "https://journal.example/tech/batteries"},
		{"profile-ap.html", "https://apnews.com/article/storm-power-coast"},
		{"profile-stale.html", "https://edition.cnn.com/2025/11/22/style/museum-reopens"},
		{"jsonld-body.html", "https://courier.example/city/water-pipes"},
		{"seed-like.md", ""},
		{"plain.txt", ""},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			path := filepath.Join("testdata", "extract", tt.file)
			body, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			a, err := Extract(Page{Source: path, URL: tt.url, ContentType: contentTypeOf(tt.file), Body: body, FetchedAt: fixedTime})
			if err != nil {
				t.Fatalf("Extract: %v", err)
			}
			got, err := json.MarshalIndent(a, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			golden := strings.TrimSuffix(path, filepath.Ext(path)) + ".golden.json"
			if *update {
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test ./crawl -run Extract -update)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("Extract(%s) differs from %s:\ngot:\n%s\nwant:\n%s", tt.file, golden, got, want)
			}
		})
	}
}

// TestExtractBehaviour checks the properties the golden files are meant
// to pin down, so that an -update cannot silently accept a regression.
func TestExtractBehaviour(t *testing.T) {
	tests := []struct {
		file         string
		url          string
		firstPrefix  string   // first paragraph starts with this
		absent       []string // no paragraph contains these
		present      []string // some paragraph contains these
		warnPrefixes []string // a warning starts with each of these
		noWarnings   bool
		title        string
		byline       string
		published    string
	}{
		{
			file:        "syndicated-ani.html",
			firstPrefix: "Rotterdam [Netherlands], November 20 (ANI): The regional port authority",
			absent: []string{"Member Only Benefits", "syndicated feed", "Also read", "Photo:",
				"Sign up", "Follow us", "Related stories", "Harbour fees to rise", "All rights reserved", "Share on Facebook"},
			present:    []string{"feeding ground for migratory birds. (ANI)", "publish the survey in full"},
			noWarnings: true,
			title:      "Port authority delays harbour expansion after survey: Report",
			byline:     "ANI",
			published:  "2025-11-20T09:15:00+05:30",
		},
		{
			file:        "wire-reuters.html",
			url:         "https://wire.example/markets/grain-prices",
			firstPrefix: "CHICAGO (Reuters) - Wheat and corn futures fell",
			absent:      []string{"2 minute read", "Read more"},
			present:     []string{"Export demand", "Soybeans bucked the trend"},
			title:       "Grain prices slip as harvest forecasts improve",
			byline:      "Maria Jensen, Tom Okafor",
			published:   "2025-11-19T14:02:00Z",
		},
		{
			file:         "paywall-teaser.html",
			firstPrefix:  "Start-ups and carmakers are betting",
			present:      []string{"Battery makers are racing"},
			absent:       []string{"Subscribe to continue", "Already a subscriber"},
			warnPrefixes: []string{"truncated: page shows a paywall prompt"},
			published:    "2025-11-18",
		},
		{
			// A complete article on a page whose template carries an
			// inactive paywall prompt is not a teaser; its section
			// label (kicker) is not part of the body.
			file:        "inactive-paywall.html",
			firstPrefix: "The island ferry operator will add four night crossings",
			present:     []string{"consider the noise question"},
			absent:      []string{"Subscribe to continue"},
			noWarnings:  true,
			title:       "Ferry operator adds night crossings after record summer",
		},
		{
			file:        "profile-ap.html",
			url:         "https://apnews.com/article/storm-power-coast",
			firstPrefix: "HARBOR CITY (AP) — A fast-moving storm",
			absent:      []string{"Earlier storm season", "Advertisement"},
			noWarnings:  true,
			title:       "Storm knocks out power to thousands along the coast",
			byline:      "By LENA MORALES and PETER HOLT",
			published:   "2025-11-21T06:40:00Z",
		},
		{
			file:        "jsonld-body.html",
			url:         "https://courier.example/city/water-pipes",
			firstPrefix: "The regional water board has approved",
			present:     []string{"Opposition members on the board voted against the plan"},
			absent:      []string{"Loading the rest"},
			title:       "Water board approves four-year pipe replacement",
			byline:      "Ines Duarte",
			published:   "2025-11-17T07:30:00+01:00",
		},
		{
			file:         "profile-stale.html",
			url:          "https://edition.cnn.com/2025/11/22/style/museum-reopens",
			firstPrefix:  "The city's natural history museum reopened",
			warnPrefixes: []string{"profile CNN yielded 0 words"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			path := filepath.Join("testdata", "extract", tt.file)
			body, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			a, err := Extract(Page{Source: path, URL: tt.url, ContentType: "text/html", Body: body})
			if err != nil {
				t.Fatalf("Extract: %v", err)
			}
			if len(a.Paragraphs) == 0 || !strings.HasPrefix(a.Paragraphs[0], tt.firstPrefix) {
				t.Errorf("first paragraph = %q, want prefix %q", first(a.Paragraphs), tt.firstPrefix)
			}
			text := strings.Join(a.Paragraphs, "\n")
			for _, s := range tt.absent {
				if strings.Contains(text, s) {
					t.Errorf("body contains chrome %q", s)
				}
			}
			for _, s := range tt.present {
				if !strings.Contains(text, s) {
					t.Errorf("body lacks %q", s)
				}
			}
			for _, w := range tt.warnPrefixes {
				if !hasPrefixIn(a.Warnings, w) {
					t.Errorf("warnings %q lack one starting %q", a.Warnings, w)
				}
			}
			if tt.noWarnings && len(a.Warnings) > 0 {
				t.Errorf("unexpected warnings %q", a.Warnings)
			}
			if tt.title != "" && a.Title != tt.title {
				t.Errorf("Title = %q, want %q", a.Title, tt.title)
			}
			if tt.byline != "" && a.Byline != tt.byline {
				t.Errorf("Byline = %q, want %q", a.Byline, tt.byline)
			}
			if tt.published != "" && a.Published != tt.published {
				t.Errorf("Published = %q, want %q", a.Published, tt.published)
			}
			for i, p := range a.Paragraphs {
				if p == "" || p != strings.Join(strings.Fields(p), " ") {
					t.Errorf("paragraph %d not whitespace-collapsed: %q", i, p)
				}
			}
		})
	}
}

func first(ss []string) string {
	if len(ss) == 0 {
		return ""
	}
	return ss[0]
}

func hasPrefixIn(ss []string, prefix string) bool {
	for _, s := range ss {
		if strings.HasPrefix(s, prefix) {
			return true
		}
	}
	return false
}

func TestExtractNoArticle(t *testing.T) {
	tests := []struct {
		name        string
		contentType string
		body        string
	}{
		{"no-article.html", "text/html", ""},
		{"empty.html", "text/html", "<html><body></body></html>"},
		{"blank.txt", "text/plain", " \n\n \t\n"},
		{"chrome-only.md", "text/markdown", "Share this article\n\nFollow us on X"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			body := []byte(tt.body)
			if tt.body == "" {
				var err error
				body, err = os.ReadFile(filepath.Join("testdata", "extract", tt.name))
				if err != nil {
					t.Fatal(err)
				}
			}
			_, err := Extract(Page{Source: tt.name, ContentType: tt.contentType, Body: body})
			if !errors.Is(err, ErrNoArticle) {
				t.Fatalf("Extract error = %v, want ErrNoArticle", err)
			}
			if !strings.Contains(err.Error(), tt.name) {
				t.Errorf("error %q does not name the source %q", err, tt.name)
			}
		})
	}
}

// seedPath is the seed story shared by the team, when present.
const seedPath = "../../shared/seed/ani-tribune-2025-11-20.txt"

// seedHTML wraps the seed text (title line, chrome lines, then the
// article) in a news-site page: navigation, a promo box glued to the
// dateline the way the site renders it, related links and a footer.
func seedHTML(t *testing.T) []byte {
	t.Helper()
	raw, err := os.ReadFile(seedPath)
	if errors.Is(err, os.ErrNotExist) {
		t.Skipf("seed story %s not present", seedPath)
	}
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(string(raw)), "\n")
	var b strings.Builder
	fmt.Fprintf(&b, "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>%s - The Tribune</title>", html.EscapeString(lines[0]))
	fmt.Fprintf(&b, "<meta property=\"og:title\" content=\"%s\"><meta property=\"article:published_time\" content=\"2025-11-20T10:30:00+05:30\"></head><body>", html.EscapeString(lines[0]))
	b.WriteString(`<header><nav><a href="/">Home</a> <a href="/news/world">World</a> <a href="/news/india">India</a> <a href="/premium">Premium</a></nav></header><main><article>`)
	fmt.Fprintf(&b, "<h1>%s</h1><div class=\"byline\">ANI | Updated at: Nov 20, 2025 10:30 AM (IST)</div><div class=\"story-desc\">", html.EscapeString(lines[0]))
	for _, l := range lines[2:] {
		l = strings.TrimSpace(l)
		if l == "" {
			continue
		}
		// The promo ("…Member Only Benefits") and the dateline arrive
		// glued in one line; render the promo as an inline box.
		if i := strings.Index(l, "Benefits"); i >= 0 && strings.Contains(l, "(ANI)") {
			cut := i + len("Benefits")
			fmt.Fprintf(&b, "<p><span class=\"premium-promo\"><strong>%s</strong> %s</span>%s</p>\n",
				html.EscapeString(strings.TrimSpace(lines[1])), html.EscapeString(l[:cut]), html.EscapeString(l[cut:]))
			continue
		}
		fmt.Fprintf(&b, "<p>%s</p>\n", html.EscapeString(l))
	}
	b.WriteString(`</div></article><aside><h3>Also read</h3><ul><li><a href="/x">Markets rally as oil slips</a></li><li><a href="/y">Monsoon session to begin next week</a></li></ul></aside></main><footer>Copyright The Tribune Trust</footer></body></html>`)
	return []byte(b.String())
}

func TestExtractSeed(t *testing.T) {
	body := seedHTML(t)
	a, err := Extract(Page{Source: "seed", URL: "https://www.tribuneindia.com/news/world/trump-administration-peace-plan", ContentType: "text/html", Body: body, FetchedAt: fixedTime})
	if err != nil {
		t.Fatalf("Extract: %v", err)
	}
	if len(a.Paragraphs) == 0 || !strings.HasPrefix(a.Paragraphs[0], "Washington [US], November 20 (ANI): The Trump administration") {
		t.Errorf("first paragraph = %q, want it to start at the dateline", first(a.Paragraphs))
	}
	text := strings.Join(a.Paragraphs, "\n")
	for _, chrome := range []string{"Member Only", "Premium", "syndicated feed", "assumes no responsibility", "Markets rally", "Copyright"} {
		if strings.Contains(text, chrome) {
			t.Errorf("body contains chrome %q", chrome)
		}
	}
	last := a.Paragraphs[len(a.Paragraphs)-1]
	if !strings.HasSuffix(last, "not a temporary ceasefire. (ANI)") {
		t.Errorf("last paragraph = %q, want the article's last sentence", last)
	}
	if got, want := len(a.Paragraphs), 25; got != want {
		t.Errorf("got %d paragraphs, want %d", got, want)
	}
	if a.Title != "Trump administration 'quietly' pushes new Russia-Ukraine peace plan: Report" {
		t.Errorf("Title = %q", a.Title)
	}
	if a.Published != "2025-11-20T10:30:00+05:30" {
		t.Errorf("Published = %q", a.Published)
	}
}

func TestExtractSeedPlain(t *testing.T) {
	raw, err := os.ReadFile(seedPath)
	if errors.Is(err, os.ErrNotExist) {
		t.Skipf("seed story %s not present", seedPath)
	}
	if err != nil {
		t.Fatal(err)
	}
	a, err := Extract(Page{Source: seedPath, ContentType: "text/plain", Body: raw})
	if err != nil {
		t.Fatalf("Extract: %v", err)
	}
	if a.Title != "Trump administration 'quietly' pushes new Russia-Ukraine peace plan: Report" {
		t.Errorf("Title = %q", a.Title)
	}
	if len(a.Paragraphs) != 25 || !strings.HasPrefix(a.Paragraphs[0], "Washington [US], November 20 (ANI): The Trump") {
		t.Errorf("got %d paragraphs starting %q; want 25 starting at the dateline", len(a.Paragraphs), first(a.Paragraphs))
	}
	if text := strings.Join(a.Paragraphs, "\n"); strings.Contains(text, "Premium") || strings.Contains(text, "syndicated") {
		t.Errorf("chrome left in body")
	}
}

func TestCutBeforeDateline(t *testing.T) {
	tests := []struct {
		in, want string
		found    bool
	}{
		{"Member Only BenefitsWashington [US], November 20 (ANI): The Trump administration said.",
			"Washington [US], November 20 (ANI): The Trump administration said.", true},
		{"Read the latest updatesNew Delhi [India], Nov 3 (ANI): Officials said.",
			"New Delhi [India], Nov 3 (ANI): Officials said.", true},
		{"2 minute readLONDON (Reuters) - Shares fell.", "LONDON (Reuters) - Shares fell.", true},
		{"Updated 2 hours ago WASHINGTON (Reuters) - Shares fell.", "WASHINGTON (Reuters) - Shares fell.", true},
		{"Mumbai, Dec 1 (PTI) - Markets rose.", "Mumbai, Dec 1 (PTI) - Markets rose.", true},
		{"Washington [US], November 20 (ANI): Already clean.", "Washington [US], November 20 (ANI): Already clean.", true},
		{"He flew to Washington on Monday and met officials.", "He flew to Washington on Monday and met officials.", false},
		{"The report cited Reuters and other agencies.", "The report cited Reuters and other agencies.", false},
	}
	for _, tt := range tests {
		got, found := cutBeforeDateline(tt.in)
		if got != tt.want || found != tt.found {
			t.Errorf("cutBeforeDateline(%q) = %q, %v; want %q, %v", tt.in, got, found, tt.want, tt.found)
		}
	}
}

func TestCleanParagraphs(t *testing.T) {
	tests := []struct {
		name string
		in   []string
		want []string
		warn string
	}{
		{"tribune disclaimer", []string{"Body text here.", "(This content is sourced from a syndicated feed and is published as received. The Tribune assumes no responsibility or liability for its accuracy, completeness, or content.)"},
			[]string{"Body text here."}, ""},
		{"theprint disclaimer", []string{"Body text here.", "(Only the headline of this report may have been reworked by ThePrint staff; the rest of the content is auto-generated from a syndicated feed.)"},
			[]string{"Body text here."}, ""},
		{"ndtv disclaimer", []string{"Body text here.", "(Except for the headline, this story has not been edited by NDTV staff and is published from a syndicated feed.)"},
			[]string{"Body text here."}, ""},
		{"bare disclaimer", []string{"Body text here.", "This report is auto-generated from a syndicated news feed."},
			[]string{"Body text here."}, ""},
		{"dateline only in lead", []string{"One.", "Two.", "Three.", "Quoted textWASHINGTON (Reuters) - late."},
			[]string{"One.", "Two.", "Three.", "Quoted textWASHINGTON (Reuters) - late."}, ""},
		{"disclaimer label", []string{"Body text here.", "Disclaimer: The views expressed are those of the author."},
			[]string{"Body text here."}, ""},
		{"glued disclaimer", []string{"It ended there. (ANI)(This content is sourced from a syndicated feed and is published as received.)"},
			[]string{"It ended there. (ANI)"}, ""},
		{"chrome lines", []string{"Also read: Other story", "READ MORE: Something", "Follow us on Facebook and X", "Click here to download the app", "Sign up for our newsletter to get updates in your inbox", "Advertisement", "Kept paragraph."},
			[]string{"Kept paragraph."}, ""},
		{"label-like words in text", []string{"Related-party deals rose.", "See-saw trading continued.", "Watch makers gained."},
			[]string{"Related-party deals rose.", "See-saw trading continued.", "Watch makers gained."}, ""},
		{"title repeated", []string{"Big News Today", "Body."}, []string{"Body."}, ""},
		{"section label before the text", []string{"World", "Body."}, []string{"Body."}, ""},
		{"short lines after the text are kept", []string{"Body.", "Second Quarter", "More."}, []string{"Body.", "Second Quarter", "More."}, ""},
		{"a short first line with punctuation is kept", []string{"NEW DELHI:", "Body."}, []string{"NEW DELHI:", "Body."}, ""},
		{"long paragraph mentioning chrome words is kept", []string{"Officials said residents should follow us on the evacuation routes, read more about the plan at the town hall, and click here and there on the map, which drew criticism from councillors who said the instructions were confusing and far too long for an emergency notice."},
			[]string{"Officials said residents should follow us on the evacuation routes, read more about the plan at the town hall, and click here and there on the map, which drew criticism from councillors who said the instructions were confusing and far too long for an emergency notice."}, ""},
		{"paywall prompt", []string{"Body.", "Subscribe to continue reading"}, []string{"Body."}, "truncated: paywall prompt"},
		{"shortcode", []string{"[button link=\"x\"]Send us your review[/button] Body."}, []string{"Send us your review Body."}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, warns := cleanParagraphs(tt.in, "Big News Today")
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("got %q, want %q", got, tt.want)
			}
			if tt.warn == "" && len(warns) > 0 {
				t.Errorf("unexpected warnings %q", warns)
			}
			if tt.warn != "" && !hasPrefixIn(warns, tt.warn) {
				t.Errorf("warnings %q lack %q", warns, tt.warn)
			}
		})
	}
}

func TestNormalizeDate(t *testing.T) {
	tests := []struct{ in, want string }{
		{"2025-11-20T09:15:00+05:30", "2025-11-20T09:15:00+05:30"},
		{"2025-11-20T09:15:00.000Z", "2025-11-20T09:15:00Z"},
		{"2025-11-20", "2025-11-20"},
		{"November 20, 2025", "2025-11-20"},
		{"Thu, 20 Nov 2025 09:15:00 +0000", "2025-11-20T09:15:00Z"},
		{"Nov 20, 2025 10:30 AM", "2025-11-20T10:30:00Z"},
		{"yesterday evening", ""},
		{"", ""},
	}
	for _, tt := range tests {
		if got := normalizeDate(tt.in); got != tt.want {
			t.Errorf("normalizeDate(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestDoubtful(t *testing.T) {
	tests := []struct {
		words, visible int
		want           bool
	}{
		{20, 1000, true},
		{20, 150, false},   // most of a short page
		{150, 5000, false}, // long enough to stand alone
		{0, 0, false},
	}
	for _, tt := range tests {
		if got := doubtful(tt.words, tt.visible); got != tt.want {
			t.Errorf("doubtful(%d, %d) = %v, want %v", tt.words, tt.visible, got, tt.want)
		}
	}
}

func TestTruncationWarnings(t *testing.T) {
	tests := []struct {
		last string
		want bool
	}{
		{"The companies say their first factories could open within two years, although investors remain", true},
		{"All...", true},
		{"It ended there.", false},
		{"\"We will see,\" she said.”", false},
		{"Short label", false},
	}
	for _, tt := range tests {
		got := len(truncationWarnings([]string{tt.last})) > 0
		if got != tt.want {
			t.Errorf("truncationWarnings(%q) = %v, want %v", tt.last, got, tt.want)
		}
	}
}

func TestExtractMarkdown(t *testing.T) {
	a, err := Extract(Page{Source: "x.md", ContentType: "text/markdown; charset=utf-8", Body: []byte(
		"# The *Title*\n\nSome **bold** and _emphasis_ with a [link](http://x.example) and `code`.\n\n## Sub head\n\n* item one\n* item two\n\n> quoted line\n")})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"Some bold and emphasis with a link and code.", "Sub head", "item one", "item two", "quoted line"}
	if a.Title != "The Title" || strings.Join(a.Paragraphs, "|") != strings.Join(want, "|") {
		t.Errorf("got title %q paragraphs %q; want %q %q", a.Title, a.Paragraphs, "The Title", want)
	}
}

func TestProfiles(t *testing.T) {
	ps, err := Profiles()
	if err != nil {
		t.Fatal(err)
	}
	hosts := map[string]string{
		"edition.cnn.com": "CNN", "www.axios.com": "Axios", "www.wsj.com": "WSJ",
		"www.reuters.com": "Reuters", "apnews.com": "AP", "www.tribuneindia.com": "The Tribune",
		"theprint.in": "ThePrint", "www.devdiscourse.com": "Devdiscourse", "www.latestly.com": "LatestLY",
		"www.business-standard.com": "Business Standard", "www.hindustantimes.com": "Hindustan Times",
		"notcnn.com": "", "example.org": "",
	}
	if len(ps) != 11 {
		t.Errorf("got %d profiles, want 11", len(ps))
	}
	for host, want := range hosts {
		p, ok := profileFor(host)
		if ok != (want != "") || p.Name != want {
			t.Errorf("profileFor(%q) = %q, %v; want %q", host, p.Name, ok, want)
		}
	}
}

func TestParseProfileErrors(t *testing.T) {
	tests := []struct{ name, yaml string }{
		{"no hosts", "name: X\nbody: [p]\n"},
		{"bad selector", "name: X\nhosts: [x.example]\nbody: ['p[']\n"},
		{"unknown field", "name: X\nhosts: [x.example]\nbody: [p]\nbogus: 1\n"},
	}
	for _, tt := range tests {
		if _, err := ParseProfile([]byte(tt.yaml)); err == nil {
			t.Errorf("%s: ParseProfile succeeded, want error", tt.name)
		}
	}
}

func FuzzExtract(f *testing.F) {
	seeds, _ := filepath.Glob(filepath.Join("testdata", "extract", "*.*"))
	for _, s := range seeds {
		if strings.HasSuffix(s, ".golden.json") {
			continue
		}
		if b, err := os.ReadFile(s); err == nil {
			f.Add(b, contentTypeOf(s))
		}
	}
	f.Add([]byte("<p>x</p><p>Washington [US], November 20 (ANI):"), "text/html")
	f.Add([]byte("# t\n\n[a](b) **c"), "text/markdown")
	f.Fuzz(func(t *testing.T, body []byte, ct string) {
		a, err := Extract(Page{Source: "fuzz", ContentType: ct, Body: body})
		if err != nil {
			if !errors.Is(err, ErrNoArticle) && !strings.Contains(err.Error(), "fuzz") {
				t.Fatalf("error does not name the source: %v", err)
			}
			return
		}
		if len(a.Paragraphs) == 0 {
			t.Fatal("no paragraphs and no error")
		}
		for _, p := range a.Paragraphs {
			if strings.TrimSpace(p) == "" {
				t.Fatal("empty paragraph")
			}
		}
	})
}

// TestExtractProfileFromCanonical checks how a page read without its URL
// takes a site profile from its canonical link: a page of the site gets
// the profile (here a stale one, so its health warning shows), while a
// republished copy whose og:url names another host is left to the generic
// extractor without a warning about a profile that was never its own.
func TestExtractProfileFromCanonical(t *testing.T) {
	body, err := os.ReadFile(filepath.Join("testdata", "extract", "profile-stale.html"))
	if err != nil {
		t.Fatal(err)
	}
	const canonical = `<link rel="canonical" href="https://edition.cnn.com/2025/11/22/style/museum-reopens">`
	tests := []struct {
		name     string
		head     string
		wantWarn bool
	}{
		{"canonical only", canonical, true},
		{"og:url on the same host", canonical + `<meta property="og:url" content="https://edition.cnn.com/2025/11/22/style/museum-reopens">`, true},
		{"og:url of a republisher", canonical + `<meta property="og:url" content="https://news.aggregator.example/museum-reopens-ar-123">`, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page := strings.Replace(string(body), "<head>", "<head>"+tt.head, 1)
			a, err := Extract(Page{Source: "saved.html", ContentType: "text/html", Body: []byte(page)})
			if err != nil {
				t.Fatal(err)
			}
			if len(a.Paragraphs) == 0 || !strings.HasPrefix(a.Paragraphs[0], "The city's natural history museum reopened") {
				t.Errorf("first paragraph = %q", first(a.Paragraphs))
			}
			warned := false
			for _, w := range a.Warnings {
				if strings.HasPrefix(w, "profile CNN") {
					warned = true
				}
			}
			if warned != tt.wantWarn {
				t.Errorf("profile warning %v, want %v (warnings %q)", warned, tt.wantWarn, a.Warnings)
			}
		})
	}
}
