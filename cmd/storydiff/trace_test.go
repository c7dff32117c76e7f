package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"github.com/storydiff/storydiff/cmd/storydiff/traceworld"
	"github.com/storydiff/storydiff/crawl"
	"github.com/storydiff/storydiff/report"
	"github.com/storydiff/storydiff/trace"
)

// startTraceWorld serves the demo's world of fake outlets with the demo's
// bundled pages, as the demo does, and writes its registry to a file.
func startTraceWorld(t *testing.T) (w *traceworld.World, article, registry string) {
	t.Helper()
	var pages []traceworld.Page
	for _, p := range []struct{ outlet, path, file string }{
		{"tribune", traceworld.ArticlePath, "tribune.html"},
		{"ani", traceworld.WirePath, "ani-wire.html"},
		{"courier", traceworld.CopyPath, "syndicated-trim.html"},
	} {
		body, err := demoSite.ReadFile("demosite/" + p.file)
		if err != nil {
			t.Fatal(err)
		}
		pages = append(pages, traceworld.Page{Outlet: p.outlet, Path: p.path, Body: body})
	}
	w, err := traceworld.Start(pages...)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(w.Close)
	registry = filepath.Join(t.TempDir(), "outlets.yml")
	if err := os.WriteFile(registry, w.Registry, 0o644); err != nil {
		t.Fatal(err)
	}
	return w, w.BaseURL("tribune") + traceworld.ArticlePath, registry
}

// fetchTime is a fetch time as the table and Markdown show it.
var fetchTime = regexp.MustCompile(`\d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC`)

// worldStable replaces the outlets' loopback addresses with their names,
// then what else changes from run to run.
func worldStable(w *traceworld.World, s string) string {
	for _, o := range w.Outlets() {
		s = strings.ReplaceAll(s, strings.TrimPrefix(w.BaseURL(o), "http://"), o+".test")
	}
	return fetchTime.ReplaceAllString(stable(s), "TIME")
}

// requireFeeds skips the test while crawl's fetcher refuses XML feeds
// even when told to accept them (crawl.Options.Accept).
func requireFeeds(t *testing.T, w *traceworld.World) {
	t.Helper()
	if err := probeFeeds(t, w); err != nil {
		t.Skipf("crawl's fetcher still refuses XML feeds with Options.Accept set (not yet implemented): %v", err)
	}
}

// probeFeeds reads one of the world's feeds as the trace command does and
// returns the crawl.ErrUnsupportedType error when crawl refuses it.
func probeFeeds(t *testing.T, w *traceworld.World) error {
	t.Helper()
	ff := fetchFlags{delay: 0, timeout: 5 * time.Second, retries: -1}
	f := ff.feedFetcher(stdio{})
	defer f.CloseIdleConnections()
	r := f.Fetch(context.Background(), []string{w.BaseURL("axios") + "/feed.rss"})
	if err := r[0].Err; err != nil {
		if errors.Is(err, crawl.ErrUnsupportedType) {
			return err
		}
		t.Fatalf("probing the feed: %v", err)
	}
	return nil
}

// traceJSON mirrors the parts of the trace JSON the tests check.
type traceJSON struct {
	Schema    string `json:"schema"`
	Reference struct {
		Source string `json:"source"`
	} `json:"reference"`
	Versions []struct {
		Source      string   `json:"source"`
		FoundBy     string   `json:"found_by"`
		Confidence  *float64 `json:"confidence"`
		Divergences []struct {
			Kind     string `json:"kind"`
			Facet    string `json:"facet"`
			Material bool   `json:"material"`
			Detail   string `json:"detail"`
		} `json:"divergences"`
	} `json:"versions"`
	Errors []struct {
		Source string `json:"source"`
		Error  string `json:"error"`
	} `json:"errors"`
	Attributions []struct {
		Outlet   string `json:"outlet"`
		Claim    string `json:"claim"`
		Status   string `json:"status"`
		Source   string `json:"source"`
		Evidence string `json:"evidence"`
		Detail   string `json:"detail"`
	} `json:"attributions"`
}

// checkTraceJSON checks a trace of the world: the true versions and no
// decoy, the verdicts, and the failed feeds named.
func checkTraceJSON(t *testing.T, w *traceworld.World, out string) {
	t.Helper()
	var got traceJSON
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("output is not JSON: %v\n%s", err, out)
	}
	if got.Schema != "storydiff.compare/v1" {
		t.Errorf("schema %q", got.Schema)
	}
	cnn := w.BaseURL("cnn") + "/2025/11/19/politics/trump-russia-ukraine-peace-plan-witkoff.html"
	axios := w.BaseURL("axios") + "/2025/11/19/us-russia-ukraine-peace-framework.html"
	want := map[string]string{ // version → the feed that lists it
		cnn:                                    w.BaseURL("cnn") + "/sitemaps/news.xml",
		axios:                                  w.BaseURL("axios") + "/feed.rss",
		w.BaseURL("ani") + traceworld.WirePath: w.BaseURL("ani") + "/news-sitemap.xml",
		w.BaseURL("courier") + traceworld.CopyPath: w.BaseURL("courier") + "/feed.atom",
	}
	found := map[string]bool{}
	for _, v := range got.Versions {
		feed, ok := want[v.Source]
		if !ok {
			t.Errorf("decoy taken for a version: %s", v.Source)
			continue
		}
		found[v.Source] = true
		if v.FoundBy != feed {
			t.Errorf("%s: found_by %q, want %q", v.Source, v.FoundBy, feed)
		}
		if v.Confidence == nil || *v.Confidence < trace.DefaultMinConfidence || *v.Confidence > 1 {
			t.Errorf("%s: confidence %v", v.Source, v.Confidence)
		}
	}
	for u := range want {
		if !found[u] {
			t.Errorf("version %s not found", u)
		}
	}
	// The syndicated copy states 27 points where the article has 28.
	for _, v := range got.Versions {
		if v.Source != w.BaseURL("courier")+traceworld.CopyPath {
			continue
		}
		altered := false
		for _, d := range v.Divergences {
			altered = altered || d.Kind == "altered" && d.Facet == "number" && d.Material && strings.Contains(d.Detail, "27")
		}
		if !altered {
			t.Errorf("the copy's 28 → 27 is not reported: %+v", v.Divergences)
		}
	}

	wantStatus := map[string]string{"CNN": "supported", "Axios": "altered", "The Wall Street Journal": "not_found"}
	if len(got.Attributions) != 8 {
		t.Errorf("%d attributions, want 8", len(got.Attributions))
	}
	for _, a := range got.Attributions {
		if a.Status != wantStatus[a.Outlet] {
			t.Errorf("%s claim %q: %s (%s), want %s", a.Outlet, a.Claim, a.Status, a.Detail, wantStatus[a.Outlet])
		}
		switch a.Status {
		case "supported":
			if a.Source != cnn || a.Evidence == "" {
				t.Errorf("supported claim without CNN evidence: %+v", a)
			}
		case "altered":
			if a.Source != axios || !strings.Contains(a.Evidence, "27 points") || !strings.Contains(a.Detail, "28 points → 27 points") {
				t.Errorf("altered claim: %+v, want 28 points → 27 points from Axios", a)
			}
		}
	}

	failed := map[string]string{}
	for _, e := range got.Errors {
		failed[e.Source] = e.Error
	}
	if e := failed[w.BaseURL("wsj")+"/rss/world.rss"]; !strings.Contains(e, "XML") {
		t.Errorf("broken WSJ feed: error %q, want it named with an XML error", e)
	}
	if e := failed[w.BaseURL("reuters")+"/news-sitemap.xml"]; !strings.Contains(e, "deadline") && !strings.Contains(e, "timed out") {
		t.Errorf("silent Reuters feed: error %q, want it named with a timeout", e)
	}
	if len(got.Errors) != 2 {
		t.Errorf("errors %+v, want the WSJ and Reuters feeds only", got.Errors)
	}
}

// validateReport checks a JSON report against the compare schema, which
// documents the members a trace adds.
func validateReport(t *testing.T, out string) {
	t.Helper()
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(report.CompareSchema()))
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	c.DefaultDraft(jsonschema.Draft2020)
	const url = "https://github.com/storydiff/storydiff/report/schema/compare.v1.schema.json"
	if err := c.AddResource(url, doc); err != nil {
		t.Fatal(err)
	}
	s, err := c.Compile(url)
	if err != nil {
		t.Fatal(err)
	}
	v, err := jsonschema.UnmarshalJSON(strings.NewReader(out))
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Validate(v); err != nil {
		t.Errorf("the trace report does not follow the schema: %v", err)
	}
}

// httpFeedFetcher reads feeds with net/http and articles with crawl's
// fetcher, so that the trace's report can be tested while crawl refuses
// feeds.
type httpFeedFetcher struct {
	*crawl.Fetcher
	mu    sync.Mutex
	loads []string
}

func (f *httpFeedFetcher) Fetch(ctx context.Context, sources []string) []crawl.Result {
	out := make([]crawl.Result, len(sources))
	var wg sync.WaitGroup
	for i, src := range sources {
		wg.Go(func() { out[i] = httpGet(ctx, src) })
	}
	wg.Wait()
	return out
}

func (f *httpFeedFetcher) Load(ctx context.Context, sources []string) []crawl.ArticleResult {
	f.mu.Lock()
	f.loads = append(f.loads, sources...)
	f.mu.Unlock()
	return f.Fetcher.Load(ctx, sources)
}

func httpGet(ctx context.Context, src string) crawl.Result {
	fail := func(err error) crawl.Result {
		return crawl.Result{Source: src, Err: &crawl.SourceError{Source: src, Err: err}}
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, src, nil)
	if err != nil {
		return fail(err)
	}
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		return fail(err)
	}
	defer res.Body.Close()
	body, err := io.ReadAll(io.LimitReader(res.Body, 4<<20))
	if err != nil {
		return fail(err)
	}
	if res.StatusCode != http.StatusOK {
		return fail(&crawl.StatusError{Code: res.StatusCode, Attempts: 1})
	}
	return crawl.Result{Source: src, Page: crawl.Page{Source: src, URL: src, ContentType: res.Header.Get("Content-Type"), Body: body}}
}

// runShimTrace runs the trace of the world's article through
// httpFeedFetcher and returns the exit code, output and the sources loaded.
func runShimTrace(t *testing.T, w *traceworld.World, article, format string, dryRun bool) (int, string, string, []string) {
	t.Helper()
	reg, err := trace.ParseRegistry(w.Registry, "world")
	if err != nil {
		t.Fatal(err)
	}
	f := &httpFeedFetcher{Fetcher: crawl.NewFetcher(crawl.Options{Delay: 0, Retries: -1})}
	defer f.CloseIdleConnections()
	var out, errb bytes.Buffer
	opts := trace.Options{Registry: reg, FeedTimeout: 2 * time.Second, DryRun: dryRun}
	of := outputFlags{format: format, color: "never"}
	code := runTracer(context.Background(), stdio{strings.NewReader(""), &out, &errb}, "storydiff trace", f, article, opts, of)
	return code, out.String(), errb.String(), f.loads
}

func TestTraceReportOverWorld(t *testing.T) {
	w, article, _ := startTraceWorld(t)
	code, out, stderr, _ := runShimTrace(t, w, article, "json", false)
	if code != exitOK {
		t.Fatalf("exit %d, stderr:\n%s", code, stderr)
	}
	checkTraceJSON(t, w, out)
	validateReport(t, out)
	golden(t, "trace.json", worldStable(w, out))

	code, out, stderr, _ = runShimTrace(t, w, article, "table", false)
	if code != exitOK {
		t.Fatalf("exit %d, stderr:\n%s", code, stderr)
	}
	for _, want := range []string{"Feed:", "Attributions", "6 supported, 1 altered, 1 not found", "Errors"} {
		if !strings.Contains(out, want) {
			t.Errorf("table lacks %q", want)
		}
	}
	golden(t, "trace.table", worldStable(w, out))
}

func TestTraceDryRunOverWorld(t *testing.T) {
	w, article, _ := startTraceWorld(t)
	code, out, stderr, loads := runShimTrace(t, w, article, "json", true)
	if code != exitOK {
		t.Fatalf("exit %d, stderr:\n%s", code, stderr)
	}
	if len(loads) != 1 || loads[0] != article {
		t.Errorf("dry run loaded %v, want the article only", loads)
	}
	var got candidatesJSON
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out)
	}
	if len(got.Candidates) < 4 {
		t.Fatalf("%d candidates", len(got.Candidates))
	}
	// The four true versions rank above every decoy, each with a score.
	top := map[string]bool{}
	for _, c := range got.Candidates[:4] {
		top[c.URL] = true
		if c.Score <= 0 || c.Feed == "" {
			t.Errorf("candidate %s: score %v, feed %q", c.URL, c.Score, c.Feed)
		}
	}
	for _, u := range []string{
		w.BaseURL("cnn") + "/2025/11/19/politics/trump-russia-ukraine-peace-plan-witkoff.html",
		w.BaseURL("axios") + "/2025/11/19/us-russia-ukraine-peace-framework.html",
		w.BaseURL("ani") + traceworld.WirePath,
		w.BaseURL("courier") + traceworld.CopyPath,
	} {
		if !top[u] {
			t.Errorf("%s not among the four best candidates", u)
		}
	}
	if len(got.Attributions) != 8 || len(got.FeedErrors) != 2 {
		t.Errorf("%d attributions, %d feed errors; want 8 and 2", len(got.Attributions), len(got.FeedErrors))
	}

	code, out, _, _ = runShimTrace(t, w, article, "table", true)
	if code != exitOK || !strings.Contains(out, "dry run: no article fetched") || !strings.Contains(out, "Trump team quietly drafts") {
		t.Errorf("dry-run table: exit %d\n%s", code, out)
	}
}

func TestTraceEndToEnd(t *testing.T) {
	w, article, registry := startTraceWorld(t)
	requireFeeds(t, w)
	code, out, stderr := runCLI(t, "", "trace", "--format", "json", "--delay", "0", "--feed-timeout", "2s", "--outlets", registry, article)
	if code != exitOK {
		t.Fatalf("exit %d, stderr:\n%s", code, stderr)
	}
	checkTraceJSON(t, w, out)
	validateReport(t, out)
	for _, feed := range []string{w.BaseURL("wsj") + "/rss/world.rss", w.BaseURL("reuters") + "/news-sitemap.xml"} {
		if !strings.Contains(stderr, feed) {
			t.Errorf("stderr does not name the failed feed %s:\n%s", feed, stderr)
		}
	}

	code, out, stderr = runCLI(t, "", "trace", "--color", "never", "--delay", "0", "--feed-timeout", "2s", "--outlets", registry, article)
	if code != exitOK {
		t.Fatalf("table: exit %d, stderr:\n%s", code, stderr)
	}
	golden(t, "trace-cli.table", worldStable(w, out))
}

func TestTraceEndToEndDryRun(t *testing.T) {
	w, article, registry := startTraceWorld(t)
	requireFeeds(t, w)
	code, out, stderr := runCLI(t, "", "trace", "--dry-run", "--delay", "0", "--feed-timeout", "2s", "--outlets", registry, article)
	if code != exitOK {
		t.Fatalf("exit %d, stderr:\n%s", code, stderr)
	}
	if !strings.Contains(out, "Trump team quietly drafts new plan") {
		t.Errorf("dry run does not list the CNN original:\n%s", out)
	}
}

func TestTraceFormatsOverWorld(t *testing.T) {
	w, article, _ := startTraceWorld(t)
	for _, tt := range []struct{ format, want string }{
		{"markdown", "Attributions"},
		{"html", `<section class="attributions" id="attributions">`},
	} {
		code, out, stderr, _ := runShimTrace(t, w, article, tt.format, false)
		if code != exitOK || !strings.Contains(out, tt.want) || !strings.Contains(out, "28 points → 27 points") {
			t.Errorf("--format %s: exit %d, lacks %q or the altered claim; stderr:\n%s", tt.format, code, tt.want, stderr)
		}
	}
}

func TestTraceErrors(t *testing.T) {
	w, article, registry := startTraceWorld(t)
	dir := t.TempDir()
	badReg := filepath.Join(dir, "bad.yml")
	if err := os.WriteFile(badReg, []byte("outlets:\n  - name: X\n    feeds: [ftp://x]\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	missing := filepath.Join(dir, "missing.html")
	tests := []struct {
		name    string
		args    []string
		wantErr string
	}{
		{"no source", []string{"trace"}, "need exactly one URL or FILE"},
		{"two sources", []string{"trace", article, article}, "need exactly one URL or FILE"},
		{"bad format", []string{"trace", "--format", "xml", article}, "unknown --format"},
		{"dry run as html", []string{"trace", "--dry-run", "--format", "html", article}, "unknown --format"},
		{"bad date", []string{"trace", "--date", "yesterday", article}, "--date"},
		{"bad window", []string{"trace", "--window", "-1h", article}, "--window"},
		{"bad registry", []string{"trace", "--outlets", badReg, article}, badReg},
		{"missing registry", []string{"trace", "--outlets", filepath.Join(dir, "none.yml"), article}, "none.yml"},
		{"unreadable article", []string{"trace", "--outlets", registry, missing}, missing},
		{"article 404", []string{"trace", "--delay", "0", "--outlets", registry, w.BaseURL("tribune") + "/no-such-story"}, "404"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, stderr := runCLI(t, "", tt.args...)
			if code != exitUsage {
				t.Errorf("exit %d, want %d; stderr:\n%s", code, exitUsage, stderr)
			}
			if !strings.Contains(stderr, tt.wantErr) {
				t.Errorf("stderr does not mention %q:\n%s", tt.wantErr, stderr)
			}
		})
	}
}

func TestParseDate(t *testing.T) {
	tests := []struct {
		in   string
		want string // RFC 3339; "" for an error
	}{
		{"2025-11-20", "2025-11-20T00:00:00Z"},
		{"2025-11-20T09:15:00+05:30", "2025-11-20T09:15:00+05:30"},
		{"2025-11-20T09:15", "2025-11-20T09:15:00Z"},
		{"20 Nov 2025", ""},
		{"", ""},
	}
	for _, tt := range tests {
		d, err := parseDate(tt.in)
		got := ""
		if err == nil {
			got = d.Format(time.RFC3339)
		}
		if got != tt.want {
			t.Errorf("parseDate(%q) = %q, %v; want %q", tt.in, got, err, tt.want)
		}
	}
}

func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"2025-11-20", "2025-11-20T09:15:00+05:30", "2025-11-20T09:15", "2025-02-30", "x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := parseDate(s)
		if err != nil {
			if !strings.Contains(err.Error(), "--date") {
				t.Errorf("error %q does not name the flag", err)
			}
			return
		}
		// What parses is a time that reads back as itself.
		back, err := parseDate(d.Format(time.RFC3339Nano))
		if err != nil || !back.Equal(d) {
			t.Errorf("parseDate(%q) = %v, which reads back as %v, %v", s, d, back, err)
		}
	})
}

func TestDemoTraceSection(t *testing.T) {
	code, out, stderr := runCLI(t, "", "demo", "--color", "never")
	if code != exitOK {
		t.Fatalf("exit %d, stderr:\n%s", code, stderr)
	}
	i := strings.Index(out, "\n== trace: http://127.0.0.1:")
	if i < 0 {
		t.Fatalf("demo output has no trace section:\n%s", out)
	}
	// The compare report comes first and ends before the trace.
	if !strings.HasPrefix(out, "Reference ") || !strings.Contains(out[:i], "[3]") || strings.Contains(out[:i], "Attributions") {
		t.Errorf("the compare report is not first and whole")
	}
	trace := out[i:]
	if !strings.Contains(trace, "Attributions") || !strings.Contains(trace, "Reference The Tribune") {
		t.Errorf("trace section lacks the reference or the attributions:\n%s", trace)
	}
	w, _, _ := startTraceWorld(t)
	if err := probeFeeds(t, w); err != nil {
		t.Logf("crawl refuses feeds (%v): the demo's trace finds no version yet", err)
	} else {
		for _, want := range []string{"6 supported, 1 altered, 1 not found", "28 points → 27 points", "] CNN\n", "] Axios\n"} {
			if !strings.Contains(trace, want) {
				t.Errorf("demo trace lacks %q:\n%s", want, trace)
			}
		}
	}
	// The demo's JSON stays a stream of JSON documents.
	code, out, stderr = runCLI(t, "", "demo", "--format", "json")
	if code != exitOK {
		t.Fatalf("json: exit %d, stderr:\n%s", code, stderr)
	}
	dec := json.NewDecoder(strings.NewReader(out))
	var docs []map[string]any
	for dec.More() {
		var d map[string]any
		if err := dec.Decode(&d); err != nil {
			t.Fatalf("demo --format json: document %d: %v", len(docs)+1, err)
		}
		docs = append(docs, d)
	}
	if len(docs) != 2 {
		t.Fatalf("demo --format json wrote %d documents, want the compare report and the trace", len(docs))
	}
	if _, ok := docs[0]["attributions"]; ok {
		t.Errorf("the compare report has attributions")
	}
	if _, ok := docs[1]["attributions"]; !ok {
		t.Errorf("the trace report has no attributions")
	}
}
