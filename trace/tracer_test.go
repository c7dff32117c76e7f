package trace

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/storydiff/storydiff/crawl"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// golden compares got, as indented JSON, with testdata/name, or rewrites
// the file with -update.
func golden(t *testing.T, name string, got any) {
	t.Helper()
	b, err := json.MarshalIndent(got, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	b = append(b, '\n')
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, b, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(want, b) {
		t.Errorf("result differs from %s (run go test -update and review the diff):\n%s", path, b)
	}
}

// placeholders replaces the servers' addresses in s with the outlets'
// names, so that golden files do not depend on ports.
func (w *world) placeholders(s string) string {
	for name, o := range map[string]*outletServer{"cnn": w.cnn, "axios": w.axios, "wsj": w.wsj, "reuters": w.reuters, "theprint": w.theprint, "tribune": w.tribune, "bbc": w.bbc} {
		s = strings.ReplaceAll(s, o.URL, "http://"+name+".test")
	}
	return s
}

func TestTraceLoopbackWorld(t *testing.T) {
	w := newWorld(t)
	tr := New(httpFetcher{client: &http.Client{}}, Options{Registry: w.registry, FeedTimeout: 2 * time.Second})
	res, err := tr.Trace(context.Background(), w.article)
	if err != nil {
		t.Fatal(err)
	}

	// The true versions, and nothing else.
	want := map[string]string{w.cnnURL: "CNN", w.axiosURL: "Axios", w.copyURL: "ThePrint"}
	got := map[string]bool{}
	for _, v := range res.Versions {
		got[v.URL] = true
		outlet, ok := want[v.URL]
		if !ok {
			t.Errorf("decoy confirmed as a version: %s %q (confidence %.2f)", v.URL, v.Title, v.Confidence)
			continue
		}
		if v.Outlet != outlet {
			t.Errorf("version %s: outlet %q, want %q", v.URL, v.Outlet, outlet)
		}
		if v.FoundBy == "" || v.Confidence < DefaultMinConfidence || v.Confidence > 1 {
			t.Errorf("version %s: FoundBy %q, Confidence %.2f", v.URL, v.FoundBy, v.Confidence)
		}
	}
	for u := range want {
		if !got[u] {
			t.Errorf("version %s not found", u)
		}
	}
	for _, c := range res.Candidates {
		if strings.Contains(c.URL, "/2025/06/") {
			t.Errorf("candidate outside the date window fetched: %s", c.URL)
		}
		if c.URL == w.article.URL {
			t.Errorf("the article itself was fetched as a candidate")
		}
	}
	if len(res.Candidates) > DefaultMaxCandidates {
		t.Errorf("%d candidates fetched, more than %d", len(res.Candidates), DefaultMaxCandidates)
	}

	// Attributions: CNN supported, Axios altered (28 → 27), WSJ not found.
	if len(res.Attributions) != 8 {
		t.Fatalf("%d attributions, want 8", len(res.Attributions))
	}
	for _, c := range res.Attributions {
		switch c.Outlet {
		case "CNN":
			if c.Status != Supported || c.Source != w.cnnURL || c.Evidence == "" || c.Similarity < MatchThreshold {
				t.Errorf("CNN claim %q: %s from %s (%s), want supported from CNN", c.Claim, c.Status, c.Source, c.Detail)
			}
		case "Axios":
			if c.Status != Altered || !strings.Contains(c.Detail, "28 points → 27 points") || !strings.Contains(c.Evidence, "27 points") {
				t.Errorf("Axios claim: %s, detail %q, evidence %q; want altered 28 → 27", c.Status, c.Detail, c.Evidence)
			}
		case "The Wall Street Journal":
			if c.Status != NotFound || c.Evidence != "" {
				t.Errorf("WSJ claim: %s, evidence %q; want not_found", c.Status, c.Evidence)
			}
		default:
			t.Errorf("unexpected attribution to %s", c.Outlet)
		}
	}
	if res.Wire == nil || res.Wire.Outlet != "ANI" {
		t.Errorf("wire credit %+v, want ANI", res.Wire)
	}

	// The broken and the silent feed are named; the others were read,
	// with the sitemap index's children.
	failed := map[string]string{}
	for _, f := range res.FeedErrors {
		failed[f.Feed] = f.Err
	}
	if e := failed[w.wsj.URL+"/rss/world.xml"]; !strings.Contains(e, "XML") {
		t.Errorf("broken WSJ feed: error %q, want an XML error", e)
	}
	if e := failed[w.reuters.URL+"/news-sitemap.xml"]; !strings.Contains(e, "deadline") {
		t.Errorf("silent Reuters feed: error %q, want a timeout", e)
	}
	if len(failed) != 2 {
		t.Errorf("feed errors %v, want the WSJ and Reuters feeds only", res.FeedErrors)
	}
	// The verdicts, evidence and details, as a golden file. Scores are
	// left out: they follow align's similarity measure, which may be
	// tuned; the thresholds are checked above.
	type version struct {
		URL, Outlet, FoundBy string
	}
	type verdict struct {
		Outlet, Cue, Status, Source, Evidence, Detail string
	}
	var sum struct {
		Versions     []version
		Attributions []verdict
		FeedErrors   []FeedError
	}
	for _, v := range res.Versions {
		sum.Versions = append(sum.Versions, version{w.placeholders(v.URL), v.Outlet, w.placeholders(v.FoundBy)})
	}
	for _, c := range res.Attributions {
		sum.Attributions = append(sum.Attributions, verdict{c.Outlet, c.Cue, string(c.Status), w.placeholders(c.Source), c.Evidence, c.Detail})
	}
	for _, f := range res.FeedErrors {
		sum.FeedErrors = append(sum.FeedErrors, FeedError{w.placeholders(f.Feed), w.placeholders(f.Err)})
	}
	sort.Slice(sum.Versions, func(i, j int) bool { return sum.Versions[i].URL < sum.Versions[j].URL })
	sort.Slice(sum.FeedErrors, func(i, j int) bool { return sum.FeedErrors[i].Feed < sum.FeedErrors[j].Feed })
	golden(t, "world.golden.json", sum)

	read := strings.Join(res.Feeds, " ")
	for _, f := range []string{w.tribune.URL + "/sitemap/news-today.xml", w.tribune.URL + "/sitemap/news-older.xml"} {
		if !strings.Contains(read, f) {
			t.Errorf("child sitemap %s not read; read %v", f, res.Feeds)
		}
	}
}

func TestTraceChildSitemapBound(t *testing.T) {
	w := newWorld(t)
	res, err := New(httpFetcher{client: &http.Client{}}, Options{Registry: w.registry, FeedTimeout: 2 * time.Second, MaxSitemaps: 1, DryRun: true}).Trace(context.Background(), w.article)
	if err != nil {
		t.Fatal(err)
	}
	read := strings.Join(res.Feeds, " ")
	if !strings.Contains(read, w.tribune.URL+"/sitemap/news-today.xml") || strings.Contains(read, w.tribune.URL+"/sitemap/news-older.xml") {
		t.Errorf("with MaxSitemaps 1, read %v; want only the child sitemap of the article's day", res.Feeds)
	}
}

func TestTraceDryRun(t *testing.T) {
	w := newWorld(t)
	f := &countingFetcher{Fetcher: httpFetcher{client: &http.Client{}}}
	res, err := New(f, Options{Registry: w.registry, FeedTimeout: 2 * time.Second, DryRun: true}).Trace(context.Background(), w.article)
	if err != nil {
		t.Fatal(err)
	}
	if f.loads != 0 {
		t.Errorf("dry run loaded %d articles", f.loads)
	}
	if len(res.Versions) != 0 {
		t.Errorf("dry run confirmed %d versions", len(res.Versions))
	}
	// The three true versions rank above every decoy.
	top := map[string]bool{}
	for _, c := range res.Candidates[:min(3, len(res.Candidates))] {
		top[c.URL] = true
	}
	for _, u := range []string{w.cnnURL, w.axiosURL, w.copyURL} {
		if !top[u] {
			t.Errorf("%s not among the three best candidates: %v", u, res.Candidates[:min(5, len(res.Candidates))])
		}
	}
	for _, c := range res.Attributions {
		if c.Status != "" {
			t.Errorf("dry run judged an attribution: %+v", c)
		}
	}
}

// countingFetcher counts calls to Load.
type countingFetcher struct {
	Fetcher
	loads int
}

func (f *countingFetcher) Load(ctx context.Context, sources []string) []crawl.ArticleResult {
	f.loads += len(sources)
	return f.Fetcher.Load(ctx, sources)
}

func TestTraceCanceled(t *testing.T) {
	w := newWorld(t)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := New(httpFetcher{client: &http.Client{}}, Options{Registry: w.registry}).Trace(ctx, w.article)
	if !errors.Is(err, context.Canceled) {
		t.Errorf("Trace with a canceled context: %v, want context.Canceled", err)
	}
}

// TestTraceWithCrawlFetcher runs the trace with crawl's polite fetcher.
// It is skipped while that fetcher refuses XML feeds.
func TestTraceWithCrawlFetcher(t *testing.T) {
	w := newWorld(t)
	f := crawl.NewFetcher(crawl.Options{Timeout: time.Second, Deadline: 2 * time.Second, Retries: -1})
	defer f.CloseIdleConnections()
	probe := f.Fetch(context.Background(), []string{w.cnn.URL + "/sitemaps/news.xml"})
	if err := probe[0].Err; err != nil {
		if errors.Is(err, crawl.ErrUnsupportedType) {
			t.Skipf("crawl's fetcher refuses feeds: %v", err)
		}
		t.Fatal(err)
	}
	res, err := New(f, Options{Registry: w.registry, FeedTimeout: 2 * time.Second}).Trace(context.Background(), w.article)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Versions) != 3 {
		t.Errorf("%d versions, want 3: %+v", len(res.Versions), res.Versions)
	}
}

func TestTraceFeedNotFound(t *testing.T) {
	o := newOutlet(t) // serves no feed: every feed URL is a 404
	reg, err := ParseRegistry([]byte("outlets:\n  - name: Gone\n    domains: [\""+strings.TrimPrefix(o.URL, "http://")+"\"]\n    feeds: [\""+o.URL+"/gone.xml\"]\n"), "r.yml")
	if err != nil {
		t.Fatal(err)
	}
	res, err := New(httpFetcher{client: &http.Client{}}, Options{Registry: reg}).Trace(context.Background(), seedArticle(t, ""))
	if err != nil {
		t.Fatal(err)
	}
	if len(res.FeedErrors) != 1 || res.FeedErrors[0].Feed != o.URL+"/gone.xml" || !strings.Contains(res.FeedErrors[0].Err, "404") {
		t.Errorf("FeedErrors = %+v, want the 404 feed", res.FeedErrors)
	}
	if len(res.Versions) != 0 || len(res.Candidates) != 0 {
		t.Errorf("versions %v, candidates %v from no feed", res.Versions, res.Candidates)
	}
}

// budgetFetcher answers one feed at once with a 404 and holds the other
// until its context ends.
type budgetFetcher struct {
	Fetcher
	notFound, hanging string
}

func (f budgetFetcher) Fetch(ctx context.Context, sources []string) []crawl.Result {
	out := make([]crawl.Result, len(sources))
	for i, s := range sources {
		out[i].Source = s
		switch s {
		case f.notFound:
			out[i].Err = fmt.Errorf("%s: HTTP 404 Not Found", s)
		case f.hanging:
			<-ctx.Done()
			out[i].Err = fmt.Errorf("%s: canceled: %w", s, ctx.Err())
		}
	}
	return out
}

// TestTraceFeedBudgetNote checks that the feed budget is named only for
// the feeds it stopped, not for every feed that failed in the same round.
func TestTraceFeedBudgetNote(t *testing.T) {
	reg, err := ParseRegistry([]byte("outlets:\n  - name: Slow\n    domains: [\"slow.test\"]\n    feeds: [\"http://slow.test/gone.xml\", \"http://slow.test/hang.xml\"]\n"), "r.yml")
	if err != nil {
		t.Fatal(err)
	}
	f := budgetFetcher{notFound: "http://slow.test/gone.xml", hanging: "http://slow.test/hang.xml"}
	res, err := New(f, Options{Registry: reg, FeedTimeout: 50 * time.Millisecond, DryRun: true}).Trace(context.Background(), seedArticle(t, ""))
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, e := range res.FeedErrors {
		got[e.Feed] = e.Err
	}
	if msg := got[f.notFound]; !strings.Contains(msg, "404") || strings.Contains(msg, "feeds are given") {
		t.Errorf("404 feed error %q: want the 404 without the budget note", msg)
	}
	if msg := got[f.hanging]; !strings.Contains(msg, "feeds are given 50ms") {
		t.Errorf("hanging feed error %q: want the budget named", msg)
	}
}
