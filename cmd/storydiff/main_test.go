package main

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// runCLI runs storydiff in-process and returns its exit code and output.
func runCLI(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = run(context.Background(), stdio{strings.NewReader(stdin), &out, &errb}, args)
	return code, out.String(), errb.String()
}

// hostOf returns the scheme and host of u.
func hostOf(u string) string {
	i := strings.Index(u[len("http://"):], "/")
	return u[:len("http://")+i]
}

// serveDemoPages serves each demo page from an httptest server of its own
// and returns their URLs in demoPages order.
func serveDemoPages(t *testing.T) []string {
	t.Helper()
	var urls []string
	for _, p := range demoPages {
		body, err := demoSite.ReadFile("demosite/" + p.file)
		if err != nil {
			t.Fatal(err)
		}
		srv := httptest.NewServer(demoHandler(p.path, body))
		t.Cleanup(srv.Close)
		urls = append(urls, srv.URL+p.path)
	}
	return urls
}

var (
	loopbackURL = regexp.MustCompile(`127\.0\.0\.1:\d+`)
	fetchedAt   = regexp.MustCompile(`fetched \d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC`)
	timestamp   = regexp.MustCompile(`\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)`)
)

// stable replaces what changes from run to run (ports, fetch times).
func stable(s string) string {
	s = loopbackURL.ReplaceAllString(s, "127.0.0.1:PORT")
	s = fetchedAt.ReplaceAllString(s, "fetched TIME")
	s = timestamp.ReplaceAllString(s, "TIME")
	return s
}

func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("reading golden file (run go test -update to create it): %v", err)
	}
	if got != string(want) {
		t.Errorf("%s differs from the golden file (run go test -update after checking):\n--- got\n%s\n--- want\n%s", name, got, want)
	}
}

// compareJSON mirrors the parts of the compare JSON the tests check.
type compareJSON struct {
	Schema    string `json:"schema"`
	Reference struct {
		Source     string   `json:"source"`
		Title      string   `json:"title"`
		Paragraphs []string `json:"paragraphs"`
	} `json:"reference"`
	Versions []struct {
		Source      string `json:"source"`
		Divergences []struct {
			Kind     string `json:"kind"`
			Facet    string `json:"facet"`
			Material bool   `json:"material"`
			RefText  string `json:"ref_text"`
			VerText  string `json:"ver_text"`
			Detail   string `json:"detail"`
		} `json:"divergences"`
	} `json:"versions"`
	Errors []struct {
		Source string `json:"source"`
		Error  string `json:"error"`
	} `json:"errors"`
}

func TestCompareEndToEnd(t *testing.T) {
	urls := serveDemoPages(t)
	code, out, stderr := runCLI(t, "", append([]string{"compare", "--format", "json", "--delay", "0"}, urls...)...)
	if code != exitOK {
		t.Fatalf("exit %d, stderr:\n%s", code, stderr)
	}
	var got compareJSON
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("output is not JSON: %v\n%s", err, out)
	}
	if got.Schema != "storydiff.compare/v1" {
		t.Errorf("schema = %q", got.Schema)
	}
	if len(got.Versions) != len(urls)-1 {
		t.Fatalf("got %d versions, want %d", len(got.Versions), len(urls)-1)
	}
	type want struct {
		kind, facet, refHas, verHas string
	}
	// The edits each demo page carries (see demosite/README.md).
	wants := map[string][]want{
		"syndicated-trim.html": {
			{"altered", "number", "28 points", "27 points"},
			{"dropped", "", "Kirill Dmitriev", ""},
		},
		"rewrite.html": {
			{"altered", "quote", "no new developments", "nothing new to report"},
			{"altered", "attribution", "told CNN", "told Reuters"},
		},
	}
	for i, p := range demoPages[1:] {
		v := got.Versions[i]
		for _, w := range wants[p.file] {
			found := false
			for _, d := range v.Divergences {
				if d.Kind == w.kind && (w.facet == "" || d.Facet == w.facet) && d.Material &&
					strings.Contains(d.RefText, w.refHas) && strings.Contains(d.VerText, w.verHas) {
					found = true
				}
			}
			if !found {
				t.Errorf("%s: no material %s/%s divergence with %q → %q; got %+v", p.file, w.kind, w.facet, w.refHas, w.verHas, v.Divergences)
			}
		}
	}
	golden(t, "compare.json", stable(out))
}

func TestCompareTableGolden(t *testing.T) {
	urls := serveDemoPages(t)
	code, out, stderr := runCLI(t, "", append([]string{"compare", "--color", "never", "--delay", "0"}, urls...)...)
	if code != exitOK {
		t.Fatalf("exit %d, stderr:\n%s", code, stderr)
	}
	golden(t, "compare.table", stable(out))
}

func TestCompareErrors(t *testing.T) {
	urls := serveDemoPages(t)
	missing := filepath.Join(t.TempDir(), "missing.html")
	tests := []struct {
		name     string
		args     []string
		wantCode int
		wantErr  string // in stderr
	}{
		{"no sources", []string{"compare"}, exitUsage, "need a REFERENCE"},
		{"one source", []string{"compare", urls[0]}, exitUsage, "need a REFERENCE"},
		{"bad flag", []string{"compare", "--nope", urls[0], urls[1]}, exitUsage, "flag provided but not defined"},
		{"bad format", []string{"compare", "--format", "xml", urls[0], urls[1]}, exitUsage, "unknown --format"},
		{"confidence too big", []string{"compare", "--min-confidence", "75", urls[0], urls[1]}, exitUsage, "--min-confidence 75 is not between 0 and 1"},
		{"confidence not a number", []string{"compare", "--min-confidence", "high", urls[0], urls[1]}, exitUsage, "invalid value"},
		{"missing version goes on", []string{"compare", "--delay", "0", urls[0], missing, urls[1]}, exitOK, missing},
		{"only reference readable", []string{"compare", "--delay", "0", urls[0], missing}, exitUsage, missing},
		{"reference unreadable", []string{"compare", "--delay", "0", missing, urls[1]}, exitUsage, missing},
		{"HTTP 404", []string{"compare", "--delay", "0", urls[0], hostOf(urls[1]) + "/no-such-story"}, exitUsage, "404"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, stderr := runCLI(t, "", tt.args...)
			if code != tt.wantCode {
				t.Errorf("exit %d, want %d; stderr:\n%s", code, tt.wantCode, stderr)
			}
			if !strings.Contains(stderr, tt.wantErr) {
				t.Errorf("stderr does not mention %q:\n%s", tt.wantErr, stderr)
			}
		})
	}
}

// TestCompareMinConfidence checks that --min-confidence leaves the less
// certain findings out of the table, counting them, while JSON keeps them.
func TestCompareMinConfidence(t *testing.T) {
	urls := serveDemoPages(t)
	args := append([]string{"compare", "--delay", "0", "--color", "never"}, urls...)
	code, all, stderr := runCLI(t, "", args...)
	if code != exitOK {
		t.Fatalf("exit %d, stderr:\n%s", code, stderr)
	}
	if !strings.Contains(all, "│ low ") && !strings.Contains(all, "│ medium ") {
		t.Fatalf("the demo story has no finding below high confidence any more; the test needs one:\n%s", all)
	}
	code, sure, stderr := runCLI(t, "", append([]string{"compare", "--min-confidence", "0.75"}, args[1:]...)...)
	if code != exitOK {
		t.Fatalf("--min-confidence 0.75: exit %d, stderr:\n%s", code, stderr)
	}
	if strings.Contains(sure, "│ low ") || strings.Contains(sure, "│ medium ") {
		t.Errorf("--min-confidence 0.75 lists findings below high confidence:\n%s", sure)
	}
	if !strings.Contains(sure, "below confidence 0.75 not listed (use --min-confidence 0)") {
		t.Errorf("--min-confidence 0.75 does not count what it leaves out:\n%s", sure)
	}
	code, js, _ := runCLI(t, "", append([]string{"compare", "--min-confidence", "0.75", "--format", "json"}, args[1:]...)...)
	if code != exitOK || !strings.Contains(js, `"confidence": 0.`) || !strings.Contains(js, `"version": "`) {
		t.Errorf("JSON with --min-confidence: exit %d, want every finding with its confidence and the kind of version", code)
	}
}

func TestCompareJSONKeepsErrors(t *testing.T) {
	urls := serveDemoPages(t)
	missing := filepath.Join(t.TempDir(), "missing.html")
	code, out, _ := runCLI(t, "", "compare", "--format", "json", "--delay", "0", urls[0], missing, urls[2])
	if code != exitOK {
		t.Fatalf("exit %d", code)
	}
	var got compareJSON
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatal(err)
	}
	if len(got.Errors) != 1 || got.Errors[0].Source != missing || got.Errors[0].Error == "" {
		t.Errorf("errors = %+v, want one naming %s", got.Errors, missing)
	}
	if len(got.Versions) != 1 {
		t.Errorf("got %d versions, want 1", len(got.Versions))
	}
}

func TestExtractJSONManySources(t *testing.T) {
	urls := serveDemoPages(t)
	dir := t.TempDir()
	txt := filepath.Join(dir, "story.txt")
	if err := os.WriteFile(txt, []byte("First paragraph of the story.\n\nSecond paragraph,\nwrapped over two lines.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	missing := filepath.Join(dir, "missing.html")
	code, out, _ := runCLI(t, "", "extract", "--format", "json", "--delay", "0", urls[1], txt, missing, urls[3])
	if code != exitFail {
		t.Errorf("exit %d, want %d (one source failed)", code, exitFail)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 4 {
		t.Fatalf("got %d lines, want one per source:\n%s", len(lines), out)
	}
	for i, src := range []string{urls[1], txt, missing, urls[3]} {
		var obj map[string]any
		if err := json.Unmarshal([]byte(lines[i]), &obj); err != nil {
			t.Fatalf("line %d is not JSON: %v", i+1, err)
		}
		if obj["source"] != src {
			t.Errorf("line %d: source = %v, want %s", i+1, obj["source"], src)
		}
		if src == missing {
			if obj["error"] == nil || obj["error"] == "" {
				t.Errorf("line %d: no error for a missing file: %v", i+1, obj)
			}
			continue
		}
		paras, _ := obj["paragraphs"].([]any)
		if len(paras) < 2 {
			t.Errorf("line %d: %d paragraphs", i+1, len(paras))
		}
		var ps []string
		for _, p := range paras {
			ps = append(ps, p.(string))
		}
		if obj["body"] != strings.Join(ps, "\n\n") {
			t.Errorf("line %d: body is not the paragraphs joined by blank lines", i+1)
		}
	}
	if !strings.Contains(lines[1], `"Second paragraph, wrapped over two lines."`) {
		t.Errorf("text file paragraphs not joined: %s", lines[1])
	}
	if strings.Contains(out, "Member Only Benefits") || strings.Contains(out, "syndicated feed") {
		t.Errorf("site chrome left in the extracted Tribune article")
	}
}

func TestExtractStdin(t *testing.T) {
	code, out, stderr := runCLI(t, "One.\n\nTwo.\n", "extract", "-")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if !strings.Contains(out, "One.") || !strings.Contains(out, "Two.") {
		t.Errorf("stdin text not extracted: %q", out)
	}
}

func TestDemo(t *testing.T) {
	code, out, stderr := runCLI(t, "", "demo", "--color", "never")
	if code != exitOK {
		t.Fatalf("exit %d, stderr:\n%s", code, stderr)
	}
	for _, want := range []string{"added", "dropped", "altered", "27"} {
		if !strings.Contains(out, want) {
			t.Errorf("demo report lacks %q", want)
		}
	}
}

func TestHelpAndVersion(t *testing.T) {
	for _, args := range [][]string{{"help"}, {"compare", "--help"}, {"help", "extract"}, {"check", "-h"}, {"--version"}} {
		code, out, errOut := runCLI(t, "", args...)
		if code != exitOK || out == "" {
			t.Errorf("%v: exit %d, output %q", args, code, out)
		}
		// Help goes to standard output once, nothing to standard error.
		if errOut != "" || strings.Count(out, "Usage:") > 1 {
			t.Errorf("%v: stderr %q; %d usages on stdout", args, errOut, strings.Count(out, "Usage:"))
		}
	}
	// A bad flag: its error and the usage, once, on standard error.
	code, out, errOut := runCLI(t, "", "compare", "--nope", "a", "b")
	if code != exitUsage || out != "" || strings.Count(errOut, "Usage:") != 1 || !strings.Contains(errOut, "-nope") {
		t.Errorf("bad flag: exit %d, stdout %q, stderr %q", code, out, errOut)
	}
	if code, _, _ := runCLI(t, "", "frobnicate"); code != exitUsage {
		t.Errorf("unknown command: exit %d, want %d", code, exitUsage)
	}
}
