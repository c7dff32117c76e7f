package report

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
	"github.com/storydiff/storydiff/align"
	"github.com/storydiff/storydiff/crawl"
)

var (
	screenshotOut = flag.String("screenshot", "",
		"`file` to save a PNG screenshot of the HTML report of the demo story to (relative paths are from the module root); used by TestHTMLScreenshot")
	screenshotFrom = flag.String("screenshot-from", "",
		"HTML report `file` to screenshot instead of running 'storydiff demo --format html'")
)

// browserTimeout bounds each browser test as a whole, so that a hung
// browser fails the test instead of hanging it.
const browserTimeout = 60 * time.Second

// browserNames are the executables tried, in order, for headless Chromium.
var browserNames = []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"}

// startBrowser starts one headless Chromium for the test, with a fresh
// profile and no network features, and returns a chromedp context for it
// that ends within browserTimeout. Open tabs with chromedp.NewContext on
// the returned context. The test is skipped when no browser is installed.
func startBrowser(t *testing.T) context.Context {
	t.Helper()
	var path string
	for _, name := range browserNames {
		if p, err := exec.LookPath(name); err == nil {
			path = p
			break
		}
	}
	if path == "" {
		t.Skipf("no headless browser found (looked for %s on PATH); install Debian's chromium package (.ci/run does) to run the HTML report's browser tests",
			strings.Join(browserNames, ", "))
	}
	profile := t.TempDir() // removed after the browser has stopped
	ctx, cancel := context.WithTimeout(t.Context(), browserTimeout)
	t.Cleanup(cancel)
	allocCtx, cancelAlloc := chromedp.NewExecAllocator(ctx,
		chromedp.ExecPath(path),
		chromedp.UserDataDir(profile),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-extensions", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.Flag("force-color-profile", "srgb"),
		chromedp.WindowSize(1280, 1000),
	)
	t.Cleanup(cancelAlloc)
	browserCtx, cancelBrowser := chromedp.NewContext(allocCtx)
	t.Cleanup(cancelBrowser)
	if err := chromedp.Do(browserCtx); err != nil {
		t.Fatalf("starting %s: %v", path, err)
	}
	return browserCtx
}

// pageWatch records what a page did that a reader would notice or that
// shows script running where it should not: dialogs, uncaught exceptions
// and Content-Security-Policy violations.
type pageWatch struct {
	mu         sync.Mutex
	dialogs    []string
	exceptions []string
}

func (w *pageWatch) add(list *[]string, s string) {
	w.mu.Lock()
	defer w.mu.Unlock()
	*list = append(*list, s)
}

func (w *pageWatch) report(t *testing.T) {
	t.Helper()
	w.mu.Lock()
	defer w.mu.Unlock()
	for _, d := range w.dialogs {
		t.Errorf("the page opened a JavaScript dialog: %s", d)
	}
	for _, e := range w.exceptions {
		t.Errorf("uncaught exception in the page: %s", e)
	}
}

// cspRecorder runs in every document before the page's own script (as an
// injected script it is exempt from the page's policy) and keeps each
// Content-Security-Policy violation, so a test can tell that the policy
// blocked nothing, the page's own script and style included.
const cspRecorder = `window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", function (e) {
  window.__cspViolations.push(e.violatedDirective + " " + e.blockedURI + " " + (e.sample || ""));
});`

// openReport opens a new tab of the browser at the file path and returns
// the tab's context and what it watches for. Dialogs are dismissed so
// that a page that opens one cannot stall the test.
func openReport(t *testing.T, browser context.Context, path string) (context.Context, *pageWatch) {
	t.Helper()
	tab, cancel := chromedp.NewContext(browser)
	t.Cleanup(cancel)
	w := &pageWatch{}
	if err := chromedp.Listen(tab, func(ev any) {
		switch ev := ev.(type) {
		case *page.EventJavascriptDialogOpening:
			w.add(&w.dialogs, fmt.Sprintf("%s %q", ev.Type, ev.Message))
			go chromedp.Call(tab, page.HandleJavaScriptDialog, page.HandleJavaScriptDialogParams{Accept: false})
		case *runtime.EventExceptionThrown:
			d := ev.ExceptionDetails
			msg := d.Text
			if d.Exception != nil && d.Exception.Description != "" {
				msg += " " + d.Exception.Description
			}
			w.add(&w.exceptions, fmt.Sprintf("%s at %s:%d:%d", msg, d.URL, d.LineNumber+1, d.ColumnNumber+1))
		}
	}); err != nil {
		t.Fatalf("opening a tab: %v", err)
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		t.Fatal(err)
	}
	u := url.URL{Scheme: "file", Path: filepath.ToSlash(abs)}
	err = chromedp.Do(tab,
		chromedp.Func(func(ctx context.Context, tgt *chromedp.Target) error {
			_, err := chromedp.Call(ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: cspRecorder})
			return err
		}),
		chromedp.Navigate(u.String()),
	)
	if err != nil {
		t.Fatalf("opening %s in the browser: %v", u.String(), err)
	}
	return tab, w
}

// eval evaluates the JavaScript expression in the tab and returns its
// value decoded into T.
func eval[T any](t *testing.T, tab context.Context, expr string) T {
	t.Helper()
	v, err := chromedp.Run(tab, chromedp.Evaluate[T](expr))
	if err != nil {
		t.Fatalf("evaluating %s: %v", firstLine(expr), err)
	}
	return v
}

func firstLine(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i] + " …"
	}
	return s
}

// click clicks the element that the CSS selector matches, with the mouse,
// as a reader would.
func click(t *testing.T, tab context.Context, sel string) {
	t.Helper()
	if err := chromedp.Do(tab, chromedp.Click(chromedp.CSS(sel))); err != nil {
		t.Fatalf("clicking %s: %v", sel, err)
	}
}

// Hostile strings: markup and script that an article might carry. The page
// must show them as text and run none of them.
const (
	hostileScript = `<script>window.__pwned=1;alert(1)</script>`
	hostileImg    = `<img src=x onerror="window.__pwned=2;alert(2)">`
	hostileLink   = `<a href="javascript:window.__pwned=3;alert(3)">read more</a>`
)

// browserReport builds a report with the real pipeline: a reference and
// two versions, one with a changed number, a reworded quote and an added
// paragraph of markup, one with only a spelling variant; titles, sources
// and paragraphs carry hostile markup.
func browserReport() Report {
	ref := crawl.Article{
		Source: "javascript:window.__pwned=4",
		Title:  "Valley flood " + hostileScript,
		Byline: hostileImg,
		Paragraphs: []string{
			"Floodwater covered the valley on Tuesday after two days of rain, officials said.",
			"The river rose 28 points above its usual mark at the town gauge, the water agency reported.",
			`"We are going to rebuild every home that was lost," the governor told reporters at the scene.`,
			"Residents posted " + hostileScript + " and " + hostileImg + " on the town forum.",
			"Rescue crews worked through the night to organize shelters in two schools.",
		},
		FetchedAt: time.Date(2025, 11, 20, 9, 0, 0, 0, time.UTC),
	}
	edited := crawl.Article{
		Source: "https://example.org/flood",
		Title:  "Valley flood " + hostileImg,
		Paragraphs: []string{
			ref.Paragraphs[0],
			"The river rose 27 points above its usual mark at the town gauge, the water agency reported.",
			`"We will rebuild the homes people lost, all of them," the governor told reporters at the scene.`,
			ref.Paragraphs[3],
			ref.Paragraphs[4],
			"More at " + hostileLink + " and javascript:window.__pwned=5 for subscribers.",
		},
		FetchedAt: ref.FetchedAt.Add(time.Hour),
	}
	spelled := crawl.Article{
		Source:     "https://example.net/flood",
		URL:        "javascript:window.__pwned=6",
		Title:      "Valley flood",
		Paragraphs: slices.Clone(ref.Paragraphs),
		FetchedAt:  ref.FetchedAt.Add(2 * time.Hour),
	}
	spelled.Paragraphs[4] = "Rescue crews worked through the night to organise shelters in two schools."
	doc := func(a crawl.Article) align.Document {
		return align.Document{Source: a.Source, Title: a.Title, Paragraphs: a.Paragraphs}
	}
	r := Report{Reference: ref}
	for _, v := range []crawl.Article{edited, spelled} {
		r.Versions = append(r.Versions, Version{Article: v, Comparison: align.Compare(doc(ref), doc(v))})
	}
	r.Errors = []SourceError{{Source: hostileLink, Error: hostileScript}}
	return r
}

// writeBrowserReport writes the HTML report of r to a file in a temporary
// directory and returns its path.
func writeBrowserReport(t *testing.T, r Report, opts HTMLOptions) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "report.html")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := WriteHTML(f, r, opts); err != nil {
		f.Close()
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	return path
}

// visibleJS defines vis(e): whether a reader can see element e.
const visibleJS = `function vis(e) {
  if (!e) { return false; }
  var r = e.getBoundingClientRect();
  return e.getClientRects().length > 0 && r.width > 0 && r.height > 0 &&
    getComputedStyle(e).visibility !== "hidden";
}
`

// TestHTMLInBrowser opens the HTML report in headless Chromium and checks
// what a reader sees and can do. One browser serves all subtests, each in
// a tab of its own.
func TestHTMLInBrowser(t *testing.T) {
	r := browserReport()
	var facets []string
	for _, d := range r.Versions[0].Comparison.Divergences {
		facets = append(facets, fmt.Sprintf("%s/%s material=%v %q", d.Kind, d.Facet, d.Material, d.Detail))
	}
	if !hasDivergence(r.Versions[0], align.FacetNumber) || !hasDivergence(r.Versions[0], align.FacetQuote) {
		t.Fatalf("the comparison lacks the number and quote divergences the browser test needs; it found:\n%s", strings.Join(facets, "\n"))
	}
	path := writeBrowserReport(t, r, HTMLOptions{})
	browser := startBrowser(t)

	t.Run("AlteredNumberHighlighted", func(t *testing.T) {
		tab, w := openReport(t, browser, path)
		defer w.report(t)
		type style struct {
			Text, Background, Color, Decoration string
			Visible                             bool
		}
		type result struct {
			Found              bool
			Row                string
			Del, Ins, Plain    style
			RefHas27, VerHas28 bool
			DivDel28, DivIns27 bool
			DivRowVisible      bool
			RowVisible         bool
		}
		got := eval[result](t, tab, visibleJS+`(function () {
  function st(e) {
    var s = getComputedStyle(e);
    return { Text: e.textContent, Background: s.backgroundColor, Color: s.color,
      Decoration: s.textDecorationLine, Visible: vis(e) };
  }
  function has(list, re) { return Array.prototype.find.call(list, function (e) { return re.test(e.textContent); }); }
  var rows = document.querySelectorAll("#v1 table.aligned tr.row");
  for (var i = 0; i < rows.length; i++) {
    var cells = rows[i].querySelectorAll("td.text");
    if (cells.length !== 2) { continue; }
    var del = has(cells[0].querySelectorAll("del"), /\b28\b/);
    var ins = has(cells[1].querySelectorAll("ins"), /\b27\b/);
    if (!del || !ins) { continue; }
    var div = document.querySelector('#v1 table.divergences tr[data-facet="number"]');
    var dcells = div ? div.querySelectorAll("td.text") : [];
    return { Found: true, Row: rows[i].id, Del: st(del), Ins: st(ins), Plain: st(cells[0]),
      RefHas27: !!has(cells[0].querySelectorAll("del, ins"), /\b27\b/),
      VerHas28: !!has(cells[1].querySelectorAll("del, ins"), /\b28\b/),
      DivDel28: dcells.length === 2 && !!has(dcells[0].querySelectorAll("del"), /\b28\b/),
      DivIns27: dcells.length === 2 && !!has(dcells[1].querySelectorAll("ins"), /\b27\b/),
      DivRowVisible: vis(div), RowVisible: vis(rows[i]) };
  }
  return { Found: false };
})()`)
		if !got.Found {
			t.Fatalf("no side-by-side row of version 1 has 28 inside a <del> in the reference column and 27 inside an <ins> in the version column")
		}
		if !got.RowVisible || !got.Del.Visible || !got.Ins.Visible {
			t.Errorf("row %s: row visible %v, <del>28 visible %v, <ins>27 visible %v; want all visible", got.Row, got.RowVisible, got.Del.Visible, got.Ins.Visible)
		}
		if got.RefHas27 || got.VerHas28 {
			t.Errorf("row %s: the numbers are marked in the wrong column (27 marked in reference %v, 28 marked in version %v)", got.Row, got.RefHas27, got.VerHas28)
		}
		for _, m := range []struct {
			name       string
			s          style
			decoration string
		}{{"<del>", got.Del, "line-through"}, {"<ins>", got.Ins, "underline"}} {
			if m.s.Background == got.Plain.Background || m.s.Background == "rgba(0, 0, 0, 0)" {
				t.Errorf("%s %q has background %s, the same as plain text (%s): not highlighted", m.name, m.s.Text, m.s.Background, got.Plain.Background)
			}
			if m.s.Color == got.Plain.Color {
				t.Errorf("%s %q has colour %s, the same as plain text: not highlighted", m.name, m.s.Text, m.s.Color)
			}
			if !strings.Contains(m.s.Decoration, m.decoration) {
				t.Errorf("%s %q has text-decoration %q, want %s so the mark does not rest on colour alone", m.name, m.s.Text, m.s.Decoration, m.decoration)
			}
		}
		if got.Del.Background == got.Ins.Background {
			t.Errorf("deleted and inserted text share the background %s", got.Del.Background)
		}
		if !got.DivRowVisible || !got.DivDel28 || !got.DivIns27 {
			t.Errorf("divergence list: number row visible %v, 28 in <del> %v, 27 in <ins> %v; want all true", got.DivRowVisible, got.DivDel28, got.DivIns27)
		}
	})

	t.Run("FacetFilter", func(t *testing.T) {
		tab, w := openReport(t, browser, path)
		defer w.report(t)
		type state struct {
			NumberDivs, QuoteDivs, NumberBadges, SpellingDivs []bool
			NumberRow, QuoteRow, SameRows                     []bool
		}
		read := func() state {
			return eval[state](t, tab, visibleJS+`(function () {
  function all(sel) { return Array.prototype.map.call(document.querySelectorAll(sel), vis); }
  function rows(pred) {
    return Array.prototype.filter.call(document.querySelectorAll("#v1 table.aligned tr.row"), pred).map(vis);
  }
  function facets(tr) { return (tr.getAttribute("data-facets") || "").split(" "); }
  return {
    NumberDivs: all('table.divergences tr[data-facet="number"]'),
    QuoteDivs: all('table.divergences tr[data-facet="quote"]'),
    NumberBadges: all('table.aligned .badge[data-facet="number"]'),
    SpellingDivs: all('table.divergences tr[data-facet="spelling"]'),
    NumberRow: rows(function (tr) { var f = facets(tr); return f.indexOf("number") >= 0 && f.indexOf("quote") < 0; }),
    QuoteRow: rows(function (tr) { var f = facets(tr); return f.indexOf("quote") >= 0 && f.indexOf("number") < 0; }),
    SameRows: rows(function (tr) { return tr.classList.contains("op-same"); })
  };
})()`)
		}
		check := func(step, what string, got []bool, want bool) {
			t.Helper()
			if len(got) == 0 {
				t.Fatalf("%s: the page has no %s", step, what)
			}
			for i, v := range got {
				if v != want {
					t.Errorf("%s: %s #%d visible = %v, want %v", step, what, i+1, v, want)
				}
			}
		}

		s := read()
		check("on opening", "number divergence", s.NumberDivs, true)
		check("on opening", "number badge", s.NumberBadges, true)
		check("on opening", "quote divergence", s.QuoteDivs, true)
		check("on opening", "spelling divergence (cosmetic, hidden by default)", s.SpellingDivs, false)
		check("on opening", "unchanged row", s.SameRows, true)

		click(t, tab, `input.f-facet[value="number"]`)
		s = read()
		check("number unchecked", "number divergence", s.NumberDivs, false)
		check("number unchecked", "number badge", s.NumberBadges, false)
		check("number unchecked", "quote divergence", s.QuoteDivs, true)

		click(t, tab, `#f-changed`)
		s = read()
		check("number unchecked, only rows with a checked facet", "side-by-side row with the number", s.NumberRow, false)
		check("number unchecked, only rows with a checked facet", "side-by-side row with the quote", s.QuoteRow, true)
		check("number unchecked, only rows with a checked facet", "unchanged row", s.SameRows, false)

		click(t, tab, `input.f-facet[value="number"]`)
		s = read()
		check("number checked again", "number divergence", s.NumberDivs, true)
		check("number checked again", "number badge", s.NumberBadges, true)
		check("number checked again", "side-by-side row with the number", s.NumberRow, true)
		check("number checked again", "unchanged row", s.SameRows, false)

		click(t, tab, `input.f-facet[value="spelling"]`)
		check("spelling checked", "spelling divergence", read().SpellingDivs, true)

		click(t, tab, `#f-changed`)
		check("all rows again", "unchanged row", read().SameRows, true)
	})

	t.Run("EmptyTablesHidden", func(t *testing.T) {
		tab, w := openReport(t, browser, path)
		defer w.report(t)
		// Version 2 differs only by a spelling variant, which is cosmetic
		// and hidden on opening: its divergence table would show only
		// its header.
		tables := func() []bool {
			return eval[[]bool](t, tab, visibleJS+`[
  vis(document.querySelector("#v1 table.divergences")), vis(document.querySelector("#v2 table.divergences")),
  vis(document.querySelector("#v1 table.aligned")), vis(document.querySelector("#v2 table.aligned"))]`)
		}
		for i, step := range []struct {
			click string
			want  []bool // v1 and v2 divergences, v1 and v2 side by side
		}{
			{"", []bool{true, false, true, true}},
			{`input.f-facet[value="spelling"]`, []bool{true, true, true, true}},
			{`#f-changed`, []bool{true, true, true, true}},
			{`input.f-facet[value="spelling"]`, []bool{true, false, true, false}},
			{`#f-changed`, []bool{true, false, true, true}},
		} {
			if step.click != "" {
				click(t, tab, step.click)
			}
			if got := tables(); fmt.Sprint(got) != fmt.Sprint(step.want) {
				t.Errorf("step %d, after clicking %q: tables visible (v1 and v2 divergences, v1 and v2 side by side) %v, want %v", i+1, step.click, got, step.want)
			}
		}
	})

	t.Run("VersionFilter", func(t *testing.T) {
		tab, w := openReport(t, browser, path)
		defer w.report(t)
		sections := func() []bool {
			return eval[[]bool](t, tab, visibleJS+`Array.prototype.map.call(document.querySelectorAll("section.version"), vis)`)
		}
		// Choose an option as a reader does: the select changes and the
		// browser fires a change event.
		choose := func(v string) {
			t.Helper()
			eval[chromedp.Void](t, tab, fmt.Sprintf(`(function () {
  var s = document.getElementById("f-version");
  s.value = %q;
  s.dispatchEvent(new Event("change", { bubbles: true }));
})()`, v))
		}
		for _, c := range []struct {
			version string
			want    []bool
		}{
			{"", []bool{true, true}},
			{"v2", []bool{false, true}},
			{"v1", []bool{true, false}},
			{"", []bool{true, true}},
		} {
			choose(c.version)
			if got := sections(); fmt.Sprint(got) != fmt.Sprint(c.want) {
				t.Errorf("version %q chosen: sections visible %v, want %v", c.version, got, c.want)
			}
		}
	})

	t.Run("NoPageContentRuns", func(t *testing.T) {
		tab, w := openReport(t, browser, path)
		type result struct {
			Pwned      string
			Scripts    int
			Images     int
			JSLinks    []string
			Handlers   []string
			Text       string
			Violations []string
		}
		got := eval[result](t, tab, `(function () {
  var handlers = [];
  document.querySelectorAll("*").forEach(function (e) {
    Array.prototype.forEach.call(e.attributes, function (a) {
      if (/^on/i.test(a.name)) { handlers.push(e.tagName + " " + a.name); }
    });
  });
  return {
    Pwned: typeof window.__pwned === "undefined" ? "" : String(window.__pwned),
    Scripts: document.scripts.length,
    Images: document.images.length,
    JSLinks: Array.prototype.filter.call(document.querySelectorAll("a[href]"), function (a) {
      return /^\s*javascript:/i.test(a.getAttribute("href"));
    }).map(function (a) { return a.getAttribute("href"); }),
    Handlers: handlers,
    Text: document.body.innerText,
    Violations: window.__cspViolations || ["the violation recorder did not run"]
  };
})()`)
		// Let any stray timer or handler fire before the dialogs are counted.
		time.Sleep(200 * time.Millisecond)
		w.report(t)
		if got.Pwned != "" {
			t.Errorf("script from the page content ran: window.__pwned = %s", got.Pwned)
		}
		if got.Scripts != 1 {
			t.Errorf("the page has %d <script> elements, want only its own", got.Scripts)
		}
		if got.Images != 0 {
			t.Errorf("the page has %d <img> elements made from article text, want none", got.Images)
		}
		if len(got.JSLinks) > 0 {
			t.Errorf("javascript: links in the page: %q", got.JSLinks)
		}
		if len(got.Handlers) > 0 {
			t.Errorf("event handler attributes in the page: %q", got.Handlers)
		}
		if len(got.Violations) > 0 {
			t.Errorf("Content-Security-Policy violations (the page's own style or script blocked, or article markup rendered): %q", got.Violations)
		}
		for _, s := range []string{hostileScript, hostileImg, hostileLink, "javascript:window.__pwned=5"} {
			if !strings.Contains(got.Text, s) {
				t.Errorf("the page does not show %q as text", s)
			}
		}
	})
}

// hasDivergence reports whether v has a material divergence of facet f.
func hasDivergence(v Version, f align.Facet) bool {
	for _, d := range v.Comparison.Divergences {
		if d.Facet == f && d.Material {
			return true
		}
	}
	return false
}

// TestHTMLScreenshot saves a screenshot of the HTML report of the demo
// story, 1280 pixels wide and at most 1400 high, for the README:
//
//	go test ./report -run HTMLScreenshot -screenshot docs/demo-report.png
//
// It runs 'go run ./cmd/storydiff demo --format html' for the report
// unless -screenshot-from names a report file.
func TestHTMLScreenshot(t *testing.T) {
	if *screenshotOut == "" {
		t.Skip("no -screenshot file given")
	}
	root, err := moduleRoot()
	if err != nil {
		t.Fatal(err)
	}
	out := *screenshotOut
	if !filepath.IsAbs(out) {
		out = filepath.Join(root, out)
	}
	from := *screenshotFrom
	if from == "" {
		from = filepath.Join(t.TempDir(), "demo.html")
		ctx, cancel := context.WithTimeout(t.Context(), 2*time.Minute)
		defer cancel()
		cmd := exec.CommandContext(ctx, "go", "run", "./cmd/storydiff", "demo", "--format", "html", "--output", from)
		cmd.Dir = root
		if msg, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("storydiff demo: %v\n%s", err, msg)
		}
	} else if !filepath.IsAbs(from) {
		from = filepath.Join(root, from)
	}
	browser := startBrowser(t)
	tab, w := openReport(t, browser, from)
	defer w.report(t)
	// Show what a reader looking for changes would: the first version
	// with material changes, and only its rows with a checked facet.
	eval[chromedp.Void](t, tab, `(function () {
  var s = document.querySelector("section.version:has(table.divergences tr.material)");
  var v = document.getElementById("f-version");
  if (s) {
    v.value = s.id;
    v.dispatchEvent(new Event("change", { bubbles: true }));
  }
})()`)
	click(t, tab, "#f-changed")
	err = chromedp.Do(tab,
		chromedp.EmulateViewport(1280, 1400),
		chromedp.Func(func(ctx context.Context, tgt *chromedp.Target) error {
			_, err := chromedp.Call(ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{
				Features: []*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: "light"}},
			})
			return err
		}),
	)
	if err != nil {
		t.Fatalf("setting the viewport: %v", err)
	}
	png, err := chromedp.Run(tab, chromedp.CaptureScreenshot())
	if err != nil {
		t.Fatalf("taking the screenshot: %v", err)
	}
	if err := os.MkdirAll(filepath.Dir(out), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(out, png, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("wrote %s (%d bytes) from %s", out, len(png), from)
}

// moduleRoot returns the directory of the go.mod above the working
// directory.
func moduleRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("no go.mod above the working directory")
		}
		dir = parent
	}
}
