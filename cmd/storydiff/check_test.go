package main

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/storydiff/storydiff/check"
)

// wireStory is the reference of the check tests, written for them.
var wireStory = []string{
	"SRINAGAR, Nov 20 (Wire) - A bomb blast at a crowded market in Srinagar killed 28 people and injured 61 on Thursday, police said.",
	"Inspector General Vijay Kumar told the Wire Agency that the explosive had been hidden in a parked motorcycle.",
	`"We will find those responsible and bring them to justice," Chief Minister Omar Abdullah said in a statement.`,
	"Police said the blast was not an accident and that the area had been cordoned off.",
	"The market, which sells dried fruit and spices, reopened only last month after repairs.",
	"Hospitals in the city may need more blood donors, health officials said.",
	"No group has claimed responsibility for the attack so far.",
}

// deskNote is the site's own note, which only the policy knows to be
// boilerplate.
const deskNote = "Courier Desk: this wire report is carried as received from the agency, with style edits by our staff."

const disclaimer = "Disclaimer: This story is auto-generated from a syndicated news feed; only the headline may have been reworked by our staff."

// checkPolicy is the policy of the test repository: the defaults, plus
// the site's disclaimer as allowed boilerplate, plus its pairs.
const checkPolicy = `# storydiff policy of the test newsroom
version: 1
boilerplate:
  - copies: "site/**"
    patterns: ['^Disclaimer: This story is auto-generated', '^Courier Desk:']
pairs:
  - reference: wire/blast.md
    copies: ["site/faithful.html", "site/faithful.md"]
`

// edit returns the wire story with old replaced by new in paragraph i, or
// paragraph i dropped when old is empty.
func edit(i int, old, new string) []string {
	out := slices.Clone(wireStory)
	if old == "" {
		return slices.Delete(out, i, i+1)
	}
	if !strings.Contains(out[i], old) {
		panic("edit: " + old + " not in paragraph")
	}
	out[i] = strings.Replace(out[i], old, new, 1)
	return out
}

// curly replaces straight double quotes by typographic ones, a cosmetic
// edit house style makes.
func curly(paras []string) []string {
	out := slices.Clone(paras)
	for i, p := range out {
		for strings.Contains(p, `"`) {
			p = strings.Replace(p, `"`, "\u201c", 1)
			p = strings.Replace(p, `"`, "\u201d", 1)
		}
		out[i] = p
	}
	return out
}

// sitePage renders paragraphs as a page of the republishing site, with
// navigation, a related-stories box, the syndication disclaimer and a
// footer around the article.
func sitePage(title string, paras []string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>%s | The Daily Courier</title>\n</head>\n<body>\n", title)
	b.WriteString("<header><nav><a href=\"/\">Home</a> <a href=\"/world\">World</a> <a href=\"/sport\">Sport</a></nav></header>\n<main>\n<article>\n")
	fmt.Fprintf(&b, "<h1>%s</h1>\n<p class=\"byline\">By Wire Agency | Updated Nov 20, 2025</p>\n", title)
	for i, p := range paras {
		fmt.Fprintf(&b, "<p>%s</p>\n", strings.NewReplacer("&", "&amp;", "<", "&lt;").Replace(p))
		if i == 2 {
			fmt.Fprintf(&b, "<p>%s</p>\n", deskNote)
		}
	}
	fmt.Fprintf(&b, "<p><em>%s</em></p>\n", disclaimer)
	b.WriteString("</article>\n<aside><h2>Related stories</h2><ul><li><a href=\"/a\">Markets close higher</a></li><li><a href=\"/b\">Rain expected this weekend</a></li></ul></aside>\n</main>\n")
	b.WriteString("<footer><p>&copy; 2025 The Daily Courier. All rights reserved.</p></footer>\n</body>\n</html>\n")
	return b.String()
}

// siteMarkdown renders paragraphs as a Markdown page of a site kept in a
// repository.
func siteMarkdown(paras []string) string {
	paras = slices.Insert(slices.Clone(paras), 3, deskNote)
	return strings.Join(paras, "\n\n") + "\n\n*" + disclaimer + "*\n"
}

// newsroom lays out a repository of a wire story and its copies in a
// temporary directory, makes it the current directory and returns it.
func newsroom(t *testing.T, copies map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	files := map[string]string{
		"wire/blast.md":      strings.Join(wireStory, "\n\n") + "\n",
		"site/faithful.html": sitePage("Blast kills 28 in Srinagar market", curly(wireStory)),
		"site/faithful.md":   siteMarkdown(curly(wireStory)),
		".storydiff.yml":     checkPolicy,
	}
	for name, body := range copies {
		files[name] = body
	}
	for name, body := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	t.Chdir(dir)
	return dir
}

// lineOf returns the 1-based line of the first occurrence of s in text.
func lineOf(text, s string) int {
	i := strings.Index(text, s)
	if i < 0 {
		return 0
	}
	return strings.Count(text[:i], "\n") + 1
}

type checkJSON struct {
	Copies []struct {
		Copy        string
		Error       string
		Boilerplate int
		Findings    []struct {
			Rule      string
			Level     string
			Line      int
			Message   string
			Baselined bool
		}
	}
}

func parseCheckJSON(t *testing.T, out string) checkJSON {
	t.Helper()
	var r checkJSON
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatalf("JSON output does not parse: %v\n%s", err, out)
	}
	return r
}

// failing returns the rules of the findings that fail a copy.
func (r checkJSON) failing() []string {
	var rules []string
	for _, c := range r.Copies {
		for _, f := range c.Findings {
			if f.Level == "fail" && !f.Baselined {
				rules = append(rules, f.Rule)
			}
		}
	}
	return rules
}

// TestCheckFacets is the end-to-end table: a faithful copy with site
// chrome passes, and a copy with one material edit fails with the edit's
// facet as rule.
func TestCheckFacets(t *testing.T) {
	tests := []struct {
		name  string
		file  string
		paras []string
		rule  string // "" for a copy that must pass
	}{
		{"faithful html with chrome", "site/faithful.html", nil, ""},
		{"faithful markdown", "site/faithful.md", nil, ""},
		{"changed number", "site/number.html", edit(0, "killed 28", "killed 27"), "number"},
		{"changed date", "site/date.md", edit(0, "on Thursday", "on Wednesday"), "date"},
		{"reworded quote", "site/quote.html", edit(2, "bring them to justice", "make them pay"), "quote"},
		{"swapped attribution", "site/attribution.md", edit(1, "told the Wire Agency", "told Reuters"), "attribution"},
		{"changed entity", "site/entity.html", edit(0, "market in Srinagar", "market in Anantnag"), "entity"},
		{"flipped negation", "site/negation.md", edit(3, "was not an accident", "was an accident"), "negation"},
		{"dropped claim", "site/dropped.html", edit(1, "", ""), "dropped"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			copies := map[string]string{}
			if tt.paras != nil {
				if strings.HasSuffix(tt.file, ".html") {
					copies[tt.file] = sitePage("Blast in Srinagar", curly(tt.paras))
				} else {
					copies[tt.file] = siteMarkdown(tt.paras)
				}
			}
			newsroom(t, copies)
			code, out, errOut := runCLI(t, "", "check", "--format", "json", "wire/blast.md", tt.file)
			if testing.Verbose() {
				_, text, _ := runCLI(t, "", "check", "wire/blast.md", tt.file)
				t.Log("\n" + text)
			}
			want := exitOK
			if tt.rule != "" {
				want = exitFail
			}
			if code != want {
				t.Errorf("exit %d, want %d; stderr: %s\n%s", code, want, errOut, out)
			}
			r := parseCheckJSON(t, out)
			failing := r.failing()
			if tt.rule == "" && len(failing) > 0 {
				t.Errorf("faithful copy fails with %v", failing)
			}
			if b := r.Copies[0].Boilerplate; b < 1 {
				t.Errorf("%d paragraphs removed as boilerplate, want the policy's desk note", b)
			}
			if tt.rule != "" && !slices.Contains(failing, tt.rule) {
				t.Errorf("failing rules %v lack %q\n%s", failing, tt.rule, out)
			}
		})
	}
}

// TestCheckMinFailConfidence checks that a policy's min_fail_confidence
// turns failing findings of lower confidence into warnings, and that the
// findings carry their confidence.
func TestCheckMinFailConfidence(t *testing.T) {
	newsroom(t, map[string]string{
		"site/number.html": sitePage("Blast in Srinagar", curly(edit(0, "killed 28", "killed 27"))),
		"lenient.yml":      checkPolicy + "min_fail_confidence: 0.999\n",
	})
	code, out, errOut := runCLI(t, "", "check", "--format", "json", "wire/blast.md", "site/number.html")
	if code != exitFail || !strings.Contains(out, `"confidence": 0.`) {
		t.Fatalf("default policy: exit %d, want %d with confidences; stderr: %s\n%s", code, exitFail, errOut, out)
	}
	code, out, errOut = runCLI(t, "", "check", "--policy", "lenient.yml", "--format", "json", "wire/blast.md", "site/number.html")
	if code != exitOK {
		t.Errorf("min_fail_confidence 0.999: exit %d, want %d; stderr: %s\n%s", code, exitOK, errOut, out)
	}
	r := parseCheckJSON(t, out)
	if len(r.Copies) != 1 || len(r.Copies[0].Findings) == 0 || len(r.failing()) > 0 {
		t.Fatalf("min_fail_confidence 0.999: findings %+v, want warnings only", r.Copies)
	}
	for _, f := range r.Copies[0].Findings {
		if f.Level != "warn" || !strings.Contains(f.Message, "(confidence ") {
			t.Errorf("finding %s: level %s, message %q; want a warning naming its confidence", f.Rule, f.Level, f.Message)
		}
	}
}

// TestCheckPairs runs check with no sources: the policy's pairs.
func TestCheckPairs(t *testing.T) {
	newsroom(t, nil)
	code, out, errOut := runCLI(t, "", "check")
	if code != exitOK {
		t.Errorf("exit %d, want 0; stderr: %s\n%s", code, errOut, out)
	}
	for _, want := range []string{"PASS  site/faithful.html", "PASS  site/faithful.md", "all 2 copies pass"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
}

func TestCheckErrors(t *testing.T) {
	tests := []struct {
		name   string
		policy string // written to .storydiff.yml when not empty
		args   []string
		stderr string
	}{
		{"missing copy", "", []string{"wire/blast.md", "site/nowhere.html"}, "site/nowhere.html"},
		{"missing reference", "", []string{"wire/nowhere.md", "site/faithful.html"}, "wire/nowhere.md"},
		{"bad policy value", "version: 1\nfail:\n  - number\n  - numbers\n", []string{"wire/blast.md", "site/faithful.html"}, ".storydiff.yml:4: unknown facet \"numbers\""},
		{"unknown policy key", "version: 1\n\nmax_drop: 0.1\n", nil, ".storydiff.yml:3: unknown key \"max_drop\""},
		{"pair glob matching nothing", "pairs:\n  - reference: wire/blast.md\n    copies: ['site/*.txt']\n", nil, ".storydiff.yml:2: copies \"site/*.txt\" match no file"},
		{"explicit missing policy", "", []string{"--policy", "none.yml", "wire/blast.md", "site/faithful.html"}, "none.yml"},
		{"missing baseline", "", []string{"--baseline", "none.json", "wire/blast.md", "site/faithful.html"}, "none.json"},
		{"bad format", "", []string{"--format", "xml", "wire/blast.md", "site/faithful.html"}, `unknown --format "xml"`},
		{"bad flag", "", []string{"--frmat", "json"}, "frmat"},
		{"one source", "", []string{"wire/blast.md"}, "need a REFERENCE and at least one COPY"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := newsroom(t, nil)
			if tt.policy != "" {
				if err := os.WriteFile(filepath.Join(dir, ".storydiff.yml"), []byte(tt.policy), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			code, out, errOut := runCLI(t, "", append([]string{"check"}, tt.args...)...)
			if code != exitUsage {
				t.Errorf("exit %d, want 2; stdout: %s", code, out)
			}
			if !strings.Contains(errOut, tt.stderr) {
				t.Errorf("stderr %q lacks %q", errOut, tt.stderr)
			}
		})
	}
}

func TestCheckHelp(t *testing.T) {
	code, out, _ := runCLI(t, "", "check", "--help")
	if code != exitOK {
		t.Errorf("exit %d", code)
	}
	for _, want := range []string{"Exit status:", "0  every copy passes", "1  a copy has a divergence the policy fails", "2  an error", "-write-baseline", "sarif"} {
		if !strings.Contains(out, want) {
			t.Errorf("help lacks %q:\n%s", want, out)
		}
	}
}

// TestCheckBaseline writes a baseline while one copy has a changed number
// and checks that it silences exactly that divergence.
func TestCheckBaseline(t *testing.T) {
	number := sitePage("Blast", curly(edit(0, "killed 28", "killed 27")))
	dir := newsroom(t, map[string]string{"site/number.html": number})
	code, _, errOut := runCLI(t, "", "check", "--write-baseline", "wire/blast.md", "site/number.html")
	if code != exitOK {
		t.Fatalf("--write-baseline exit %d: %s", code, errOut)
	}
	b, err := check.ReadBaseline(filepath.Join(dir, check.DefaultBaselineFile))
	if err != nil {
		t.Fatal(err)
	}
	if len(b.Entries) == 0 {
		t.Fatalf("baseline has no entries (stderr %s)", errOut)
	}
	for _, e := range b.Entries {
		if e.Copy != "site/number.html" {
			t.Errorf("baseline entry for %q", e.Copy)
		}
	}

	// The baselined copy passes, even after an unrelated edit moves the
	// changed sentence down the file.
	moved := strings.Replace(number, "<article>\n", "<article>\n<p class=\"note\"></p>\n\n\n", 1)
	if err := os.WriteFile(filepath.Join(dir, "site/number.html"), []byte(moved), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errOut := runCLI(t, "", "check", "--format", "json", "wire/blast.md", "site/number.html")
	if code != exitOK {
		t.Errorf("baselined copy: exit %d, want 0; %s\n%s", code, errOut, out)
	}

	// A new divergence in the same copy still fails, and only it does.
	both := sitePage("Blast", curly(edit(3, "was not an accident", "was an accident")))
	both = strings.Replace(both, "killed 28", "killed 27", 1)
	if err := os.WriteFile(filepath.Join(dir, "site/number.html"), []byte(both), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, _ = runCLI(t, "", "check", "--format", "json", "wire/blast.md", "site/number.html")
	if code != exitFail {
		t.Errorf("new divergence: exit %d, want 1\n%s", code, out)
	}
	if failing := parseCheckJSON(t, out).failing(); slices.Contains(failing, "number") || !slices.Contains(failing, "negation") {
		t.Errorf("failing rules = %v, want negation and not number", failing)
	}

	// Without the baseline the number fails again.
	if err := os.Rename(filepath.Join(dir, check.DefaultBaselineFile), filepath.Join(dir, "old-baseline.json")); err != nil {
		t.Fatal(err)
	}
	code, out, _ = runCLI(t, "", "check", "--format", "json", "wire/blast.md", "site/number.html")
	if failing := parseCheckJSON(t, out).failing(); code != exitFail || !slices.Contains(failing, "number") {
		t.Errorf("without the baseline: exit %d, failing %v; want 1 with number", code, failing)
	}
	code, _, _ = runCLI(t, "", "check", "--baseline", "old-baseline.json", "wire/blast.md", "site/number.html")
	if code != exitFail {
		t.Errorf("--baseline old-baseline.json: exit %d, want 1 (the negation is new)", code)
	}
}

// TestCheckFormats checks the CI formats of a failing copy: SARIF that
// validates against the SARIF 2.1.0 schema with the copy's file and line,
// JUnit XML that parses, GitHub commands that carry file and line.
func TestCheckFormats(t *testing.T) {
	number := sitePage("Blast", curly(edit(0, "killed 28", "killed 27")))
	newsroom(t, map[string]string{"site/number.html": number})
	line := lineOf(number, "killed 27")
	args := []string{"wire/blast.md", "site/faithful.html", "site/number.html"}

	t.Run("sarif", func(t *testing.T) {
		code, out, errOut := runCLI(t, "", append([]string{"check", "--format", "sarif"}, args...)...)
		if code != exitFail {
			t.Errorf("exit %d, want 1: %s", code, errOut)
		}
		validateSARIF(t, []byte(out))
		var log struct {
			Runs []struct {
				Results []struct {
					RuleID    string
					Level     string
					Message   struct{ Text string }
					Locations []struct {
						PhysicalLocation struct {
							ArtifactLocation struct{ URI string }
							Region           struct{ StartLine int }
						}
					}
				}
			}
		}
		if err := json.Unmarshal([]byte(out), &log); err != nil {
			t.Fatal(err)
		}
		found := false
		for _, r := range log.Runs[0].Results {
			loc := r.Locations[0].PhysicalLocation
			if r.RuleID == "number" && r.Level == "error" && loc.ArtifactLocation.URI == "site/number.html" && loc.Region.StartLine == line {
				found = true
			}
		}
		if !found {
			t.Errorf("no error result with rule number at site/number.html:%d:\n%s", line, out)
		}
	})

	t.Run("junit", func(t *testing.T) {
		code, out, _ := runCLI(t, "", append([]string{"check", "--format", "junit"}, args...)...)
		if code != exitFail {
			t.Errorf("exit %d, want 1", code)
		}
		var doc struct {
			Suites []struct {
				Cases []struct {
					Name     string `xml:"name,attr"`
					Failures []struct {
						Type string `xml:"type,attr"`
					} `xml:"failure"`
				} `xml:"testcase"`
			} `xml:"testsuite"`
		}
		if err := xml.Unmarshal([]byte(out), &doc); err != nil {
			t.Fatalf("JUnit XML does not parse: %v\n%s", err, out)
		}
		if len(doc.Suites) != 1 || len(doc.Suites[0].Cases) != 2 {
			t.Fatalf("want 1 suite of 2 cases:\n%s", out)
		}
		cases := doc.Suites[0].Cases
		if cases[0].Name != "site/faithful.html" || len(cases[0].Failures) != 0 {
			t.Errorf("faithful case = %+v", cases[0])
		}
		if cases[1].Name != "site/number.html" || !slices.ContainsFunc(cases[1].Failures, func(f struct {
			Type string `xml:"type,attr"`
		}) bool {
			return f.Type == "number"
		}) {
			t.Errorf("number case = %+v", cases[1])
		}
	})

	t.Run("github", func(t *testing.T) {
		code, out, _ := runCLI(t, "", append([]string{"check", "--format", "github"}, args...)...)
		if code != exitFail {
			t.Errorf("exit %d, want 1", code)
		}
		want := fmt.Sprintf("::error file=site/number.html,line=%d,title=storydiff%%3A number::number changed", line)
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	})

	t.Run("output file", func(t *testing.T) {
		code, out, _ := runCLI(t, "", append([]string{"check", "--format", "sarif", "--output", "check.sarif"}, args...)...)
		if code != exitFail || out != "" {
			t.Errorf("exit %d, stdout %q", code, out)
		}
		data, err := os.ReadFile("check.sarif")
		if err != nil {
			t.Fatal(err)
		}
		validateSARIF(t, data)
	})
}

// validateSARIF validates a SARIF log against the SARIF 2.1.0 schema kept
// in report/testdata/ci.
func validateSARIF(t *testing.T, data []byte) {
	t.Helper()
	schemaFile := filepath.Join(repoRoot, "report", "testdata", "ci", "sarif-2.1.0-rtm.5.json")
	f, err := os.Open(schemaFile)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	doc, err := jsonschema.UnmarshalJSON(f)
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	c.AssertFormat()
	if err := c.AddResource("file:///sarif.json", doc); err != nil {
		t.Fatal(err)
	}
	s, err := c.Compile("file:///sarif.json")
	if err != nil {
		t.Fatal(err)
	}
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
	if err != nil {
		t.Fatalf("SARIF output is not JSON: %v\n%s", err, data)
	}
	if err := s.Validate(inst); err != nil {
		t.Errorf("SARIF output does not validate: %v", err)
	}
}

// repoRoot is the module root, found from the package directory before any
// test changes directory.
var repoRoot = func() string {
	wd, err := os.Getwd()
	if err != nil {
		return "."
	}
	return filepath.Join(wd, "..", "..")
}()

// TestCheckBoilerplate checks that the policy's boilerplate patterns are
// what keeps the site's desk note out of the comparison.
func TestCheckBoilerplate(t *testing.T) {
	dir := newsroom(t, nil)
	if err := os.WriteFile(filepath.Join(dir, "bare.yml"), []byte("version: 1\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, _ := runCLI(t, "", "check", "--policy", "bare.yml", "--format", "json", "wire/blast.md", "site/faithful.html")
	if code != exitOK {
		t.Errorf("exit %d, want 0 (an added claim only warns)", code)
	}
	r := parseCheckJSON(t, out)
	warned := false
	for _, f := range r.Copies[0].Findings {
		if f.Rule == "added" && f.Level == "warn" && strings.Contains(f.Message, "Courier Desk") {
			warned = true
		}
	}
	if !warned || r.Copies[0].Boilerplate != 0 {
		t.Errorf("without the pattern, the desk note is not an added claim:\n%s", out)
	}
}

// TestCheckSeed republishes the seed story (an ANI report as carried by
// The Tribune) as a page of another site with its attribution swapped.
func TestCheckSeed(t *testing.T) {
	seed, err := os.ReadFile(filepath.Join(repoRoot, "..", "shared", "seed", "ani-tribune-2025-11-20.txt"))
	if err != nil {
		t.Skipf("seed story not available: %v", err)
	}
	var paras []string
	for _, l := range strings.Split(string(seed), "\n") {
		if l = strings.TrimSpace(l); l != "" {
			paras = append(paras, l)
		}
	}
	i := slices.IndexFunc(paras, func(p string) bool { return strings.Contains(p, "A US official told CNN") })
	if i < 0 {
		t.Skip("seed story lacks the sentence this test edits")
	}
	faithful := sitePage("Peace plan", paras)
	swapped := slices.Clone(paras)
	swapped[i] = strings.Replace(swapped[i], "told CNN", "told Reuters", 1)
	page := sitePage("Peace plan", swapped)
	dir := newsroom(t, map[string]string{"site/seed-faithful.html": faithful, "site/seed-swapped.html": page})
	if err := os.WriteFile(filepath.Join(dir, "wire", "seed.txt"), seed, 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errOut := runCLI(t, "", "check", "--format", "github", "wire/seed.txt", "site/seed-faithful.html", "site/seed-swapped.html")
	t.Log("\n" + out)
	if code != exitFail {
		t.Errorf("exit %d, want 1: %s\n%s", code, errOut, out)
	}
	want := fmt.Sprintf("::error file=site/seed-swapped.html,line=%d,title=storydiff%%3A attribution::", lineOf(page, "told Reuters"))
	if !strings.Contains(out, want) {
		t.Errorf("output lacks %q:\n%s", want, out)
	}
	if strings.Contains(out, "file=site/seed-faithful.html") && strings.Contains(out, "::error file=site/seed-faithful.html") {
		t.Errorf("the faithful copy fails:\n%s", out)
	}
}

// TestCheckURL checks a copy served over HTTP: it fails like a file, and
// its annotations name the URL instead of a file and line.
func TestCheckURL(t *testing.T) {
	newsroom(t, nil)
	page := sitePage("Blast", curly(edit(0, "killed 28", "killed 27")))
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/world/blast" {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		io.WriteString(w, page)
	}))
	t.Cleanup(srv.Close)
	copyURL := srv.URL + "/world/blast"
	code, out, errOut := runCLI(t, "", "check", "--delay", "0", "--format", "github", "wire/blast.md", copyURL, srv.URL+"/missing")
	if code != exitUsage {
		t.Errorf("exit %d, want 2 for the missing page: %s", code, errOut)
	}
	if want := "::error title=storydiff%3A number::" + copyURL + ": number changed"; !strings.Contains(out, want) {
		t.Errorf("output lacks %q:\n%s", want, out)
	}
	if !strings.Contains(out, "::error title=storydiff%3A source error::") || !strings.Contains(errOut, "404") {
		t.Errorf("missing page not reported: stdout %s\nstderr %s", out, errOut)
	}
}
