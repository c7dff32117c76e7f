package report

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/storydiff/storydiff/align"
	"github.com/storydiff/storydiff/check"
)

var updateCI = flag.Bool("update-ci", false, "rewrite the golden files of the CI formats under testdata/ci")

// sampleCheck is a check result covering each case the CI formats handle:
// a failing file copy with a warning and a baselined finding, a copy read
// from a URL, one from standard input, a passing copy and an unreadable
// one. Messages carry characters each format must escape.
func sampleCheck() *check.Result {
	number := align.Divergence{Kind: align.Altered, Facet: align.FacetNumber, Material: true,
		RefText: "The blast killed 28 people.", VerText: "The blast killed 27 people.",
		RefPara: 0, VerPara: 0, Detail: "28 → 27", Confidence: 0.953}
	quote := align.Divergence{Kind: align.Altered, Facet: align.FacetQuote, Material: true,
		RefText: `"We will rebuild," she said.`, VerText: `"We must rebuild," she said.`,
		RefPara: 2, VerPara: 2, Detail: "will → must"}
	dropped := align.Divergence{Kind: align.Dropped, Facet: align.FacetAttribution, Material: true,
		RefText: "Officials told ANI the toll may rise.", RefPara: 3, VerPara: -1}
	added := align.Divergence{Kind: align.Added, Facet: align.FacetCharacterization, Material: true,
		VerText: "The brutal attack, 100% <unprovoked> & shocking,\nstunned the city: residents \x1b[31mfled.", RefPara: -1, VerPara: 4}
	finding := func(d align.Divergence, level check.Action, line int, msg string) check.Finding {
		rule := string(d.Facet)
		if d.Kind != align.Altered {
			rule = string(d.Kind)
		}
		return check.Finding{Rule: rule, Level: level, Divergence: d, Message: msg, Line: line, Fingerprint: check.Fingerprint(d)}
	}
	baselined := finding(quote, check.Fail, 12, `quote changed: will → must in "\"We must rebuild,\" she said."`)
	baselined.Baselined = true
	return &check.Result{Copies: []check.CopyResult{
		{
			Reference: "wire/blast.txt", Copy: "site/news/blast story.html", Path: "site/news/blast story.html",
			Findings: []check.Finding{
				finding(number, check.Fail, 7, `number changed: 28 → 27 in "The blast killed 27 people."`),
				finding(dropped, check.Fail, 15, `dropped claim (attribution): "Officials told ANI the toll may rise."`),
				finding(added, check.Warn, 18, "added claim (characterization): \"The brutal attack, 100% <unprovoked> & shocking,\nstunned the city: residents \x1b[31mfled.\""),
				baselined,
			},
			Passed: 3,
		},
		{
			Reference: "wire/blast.txt", Copy: "https://example.com/world/blast", Findings: []check.Finding{
				finding(added, check.Warn, 0, "added claim (characterization): \"The brutal attack…\""),
			},
		},
		{
			Reference: "wire/blast.txt", Copy: "site/news/faithful.md", Path: "site/news/faithful.md",
			Findings: []check.Finding{}, Passed: 5, Boilerplate: 2,
		},
		{
			Reference: "wire/blast.txt", Copy: "-", Findings: []check.Finding{
				{Rule: check.RuleDroppedShare, Level: check.Fail, Message: "copy drops 3 of 10 reference paragraphs (30%), more than the 20% allowed"},
			},
		},
		{
			Reference: "wire/flood.txt", Copy: "site/news/missing.html", Path: "site/news/missing.html",
			Error: "open site/news/missing.html: no such file or directory",
		},
	}}
}

// golden compares got with the golden file testdata/ci/name, rewriting it
// under -update-ci.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", "ci", name)
	if *updateCI {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update-ci to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the golden file (run go test -update-ci after checking):\n%s", name, got)
	}
}

func compileSchema(t *testing.T, file string) *jsonschema.Schema {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", "ci", file))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	doc, err := jsonschema.UnmarshalJSON(f)
	if err != nil {
		t.Fatalf("%s: %v", file, err)
	}
	c := jsonschema.NewCompiler()
	c.AssertFormat()
	url := "file:///" + file
	if err := c.AddResource(url, doc); err != nil {
		t.Fatal(err)
	}
	s, err := c.Compile(url)
	if err != nil {
		t.Fatalf("compile %s: %v", file, err)
	}
	return s
}

func TestWriteSARIF(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteSARIF(&buf, sampleCheck(), SARIFOptions{ToolVersion: "0.1.0"}); err != nil {
		t.Fatal(err)
	}
	golden(t, "check.sarif", buf.Bytes())

	// Validate against the published SARIF 2.1.0 schema and against the
	// stricter schema of what code scanning needs from each result.
	for _, schema := range []string{"sarif-2.1.0-rtm.5.json", "sarif-results.schema.json"} {
		inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(buf.Bytes()))
		if err != nil {
			t.Fatal(err)
		}
		if err := compileSchema(t, schema).Validate(inst); err != nil {
			t.Errorf("SARIF does not validate against %s: %v", schema, err)
		}
	}

	var log struct {
		Runs []struct {
			Tool struct {
				Driver struct {
					Rules []struct{ ID string }
				}
			}
			Invocations []struct {
				ExecutionSuccessful bool
			}
			Results []struct {
				RuleID    string
				RuleIndex int
				Level     string
				Message   struct{ Text string }
				Locations []struct {
					PhysicalLocation struct {
						ArtifactLocation struct{ URI string }
						Region           *struct{ StartLine int }
					}
				}
				Suppressions []struct{ Kind string }
			}
		}
	}
	if err := json.Unmarshal(buf.Bytes(), &log); err != nil {
		t.Fatal(err)
	}
	run := log.Runs[0]
	if len(run.Results) != 6 {
		t.Fatalf("%d results, want one per finding (6)", len(run.Results))
	}
	first := run.Results[0]
	if first.RuleID != "number" || first.Level != "error" || !strings.Contains(first.Message.Text, "28 → 27") {
		t.Errorf("first result = %+v", first)
	}
	loc := first.Locations[0].PhysicalLocation
	if loc.ArtifactLocation.URI != "site/news/blast%20story.html" || loc.Region == nil || loc.Region.StartLine != 7 {
		t.Errorf("first location = %+v", loc)
	}
	for i, r := range run.Results {
		if run.Tool.Driver.Rules[r.RuleIndex].ID != r.RuleID {
			t.Errorf("result %d: ruleIndex %d names %s, not %s", i, r.RuleIndex, run.Tool.Driver.Rules[r.RuleIndex].ID, r.RuleID)
		}
	}
	if r := run.Results[2]; r.Level != "warning" || r.RuleID != "added" {
		t.Errorf("warning result = %+v", r)
	}
	if r := run.Results[3]; len(r.Suppressions) != 1 || r.Suppressions[0].Kind != "external" {
		t.Errorf("baselined result not suppressed: %+v", r)
	}
	if r := run.Results[4]; r.Locations[0].PhysicalLocation.ArtifactLocation.URI != "https://example.com/world/blast" || r.Locations[0].PhysicalLocation.Region != nil {
		t.Errorf("URL copy location = %+v", r.Locations)
	}
	if r := run.Results[5]; len(r.Locations) != 0 || r.RuleID != check.RuleDroppedShare {
		t.Errorf("stdin copy result = %+v", r)
	}
	if run.Invocations[0].ExecutionSuccessful {
		t.Error("invocation successful despite an unreadable copy")
	}
	if bytes.Contains(buf.Bytes(), []byte("\x1b")) || bytes.Contains(buf.Bytes(), []byte(`\u001b`)) {
		t.Error("SARIF carries a terminal escape")
	}
}

// TestSARIFSchemaRejects makes sure the schemas used above can fail.
func TestSARIFSchemaRejects(t *testing.T) {
	bad := map[string]string{
		"wrong version":  `{"version": "2.0.0", "runs": []}`,
		"no driver name": `{"version": "2.1.0", "runs": [{"tool": {"driver": {}}}]}`,
		"bad level":      `{"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "x"}}, "results": [{"message": {"text": "m"}, "level": "fatal"}]}]}`,
		"no message":     `{"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "x"}}, "results": [{"ruleId": "x"}]}]}`,
	}
	official := compileSchema(t, "sarif-2.1.0-rtm.5.json")
	for name, doc := range bad {
		inst, err := jsonschema.UnmarshalJSON(strings.NewReader(doc))
		if err != nil {
			t.Fatal(err)
		}
		if official.Validate(inst) == nil {
			t.Errorf("%s: the SARIF schema accepts %s", name, doc)
		}
	}
	results := compileSchema(t, "sarif-results.schema.json")
	noLine := `{"$schema": "x", "version": "2.1.0", "runs": [{"tool": {"driver": {"name": "x", "rules": []}}, "results": [{"ruleId": "n", "level": "error", "message": {"text": "m"}, "locations": [{"physicalLocation": {"artifactLocation": {"uri": "a.html"}, "region": {}}}]}]}]}`
	inst, _ := jsonschema.UnmarshalJSON(strings.NewReader(noLine))
	if results.Validate(inst) == nil {
		t.Error("the results schema accepts a region without startLine")
	}
}

func TestWriteJUnit(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteJUnit(&buf, sampleCheck()); err != nil {
		t.Fatal(err)
	}
	golden(t, "check.junit.xml", buf.Bytes())

	var doc struct {
		XMLName  xml.Name `xml:"testsuites"`
		Tests    int      `xml:"tests,attr"`
		Failures int      `xml:"failures,attr"`
		Errors   int      `xml:"errors,attr"`
		Suites   []struct {
			Name  string `xml:"name,attr"`
			Cases []struct {
				Name     string `xml:"name,attr"`
				Failures []struct {
					Message string `xml:"message,attr"`
					Type    string `xml:"type,attr"`
					Text    string `xml:",chardata"`
				} `xml:"failure"`
				Errors    []struct{} `xml:"error"`
				SystemOut string     `xml:"system-out"`
			} `xml:"testcase"`
		} `xml:"testsuite"`
	}
	dec := xml.NewDecoder(bytes.NewReader(buf.Bytes()))
	dec.Strict = true
	if err := dec.Decode(&doc); err != nil {
		t.Fatalf("JUnit XML does not parse: %v", err)
	}
	if doc.Tests != 5 || doc.Failures != 2 || doc.Errors != 1 || len(doc.Suites) != 2 {
		t.Errorf("totals: tests %d failures %d errors %d suites %d; want 5 2 1 2", doc.Tests, doc.Failures, doc.Errors, len(doc.Suites))
	}
	blast := doc.Suites[0].Cases[0]
	if blast.Name != "site/news/blast story.html" || len(blast.Failures) != 2 {
		t.Fatalf("first case = %+v, want 2 failures (the baselined one left out)", blast)
	}
	if f := blast.Failures[0]; f.Type != "number" || !strings.Contains(f.Message, "28 → 27") || !strings.HasPrefix(f.Text, "site/news/blast story.html:7: number:") {
		t.Errorf("first failure = %+v", f)
	}
	if !strings.Contains(blast.SystemOut, "100% <unprovoked> & shocking") {
		t.Errorf("warning not in system-out: %q", blast.SystemOut)
	}
	if c := doc.Suites[0].Cases[2]; len(c.Failures) != 0 || len(c.Errors) != 0 {
		t.Errorf("faithful copy = %+v", c)
	}
	if c := doc.Suites[1].Cases[0]; len(c.Errors) != 1 {
		t.Errorf("unreadable copy = %+v", c)
	}
}

func TestWriteGitHub(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteGitHub(&buf, sampleCheck()); err != nil {
		t.Fatal(err)
	}
	golden(t, "check.github.txt", buf.Bytes())

	lines := strings.Split(strings.TrimSuffix(buf.String(), "\n"), "\n")
	cmd := regexp.MustCompile(`^::(error|warning)( [^:]*)?::(.*)$`)
	var cmds [][]string
	for _, l := range lines {
		if m := cmd.FindStringSubmatch(l); m != nil {
			cmds = append(cmds, m)
		}
	}
	if len(cmds) != 6 {
		t.Fatalf("%d commands, want 6 (5 unbaselined findings, 1 error):\n%s", len(cmds), buf.String())
	}
	want := []struct{ cmd, props string }{
		{"error", " file=site/news/blast story.html,line=7,title=storydiff%3A number"},
		{"error", " file=site/news/blast story.html,line=15,title=storydiff%3A dropped"},
		{"warning", " file=site/news/blast story.html,line=18,title=storydiff%3A added"},
		{"warning", " title=storydiff%3A added"},
		{"error", " title=storydiff%3A dropped-share"},
		{"error", " file=site/news/missing.html,title=storydiff%3A source error"},
	}
	for i, w := range want {
		if cmds[i][1] != w.cmd || cmds[i][2] != w.props {
			t.Errorf("command %d = %q %q, want %q %q", i, cmds[i][1], cmds[i][2], w.cmd, w.props)
		}
	}
	if msg := cmds[2][3]; !strings.Contains(msg, "100%25 <unprovoked>") || !strings.Contains(msg, "%0Astunned") || strings.Contains(msg, "\x1b") {
		t.Errorf("message not escaped: %q", msg)
	}
	if !strings.HasPrefix(cmds[3][3], "https://example.com/world/blast: ") {
		t.Errorf("URL copy message does not name the copy: %q", cmds[3][3])
	}
	if last := lines[len(lines)-1]; !strings.HasPrefix(last, "storydiff check: ") {
		t.Errorf("last line = %q", last)
	}
}

func ExampleWriteGitHub() {
	r := &check.Result{Copies: []check.CopyResult{{
		Reference: "wire/story.txt", Copy: "site/story.html", Path: "site/story.html",
		Findings: []check.Finding{{Rule: "number", Level: check.Fail, Line: 12, Message: "number changed: 28 → 27"}},
	}}}
	WriteGitHub(os.Stdout, r)
	// Output:
	// ::error file=site/story.html,line=12,title=storydiff%3A number::number changed: 28 → 27
	// storydiff check: 1 of 1 copies fail the policy
}

// FuzzCIWriters feeds hostile page text and file names to the CI writers:
// GitHub output must stay one command per finding (no injected commands),
// SARIF must stay JSON and JUnit must stay XML.
func FuzzCIWriters(f *testing.F) {
	f.Add("number changed: 28 → 27", "site/a.html", 3)
	f.Add("x\n::error::injected\r\n%0A", "a,b:c.html", 0)
	f.Add("\x1b]8;;http://evil\x07link\x1b]8;;\x07 <![CDATA[ ]]> &amp; \x00", "-", 1)
	f.Fuzz(func(t *testing.T, msg, path string, line int) {
		r := &check.Result{Copies: []check.CopyResult{{
			Reference: "wire.txt", Copy: path, Path: path,
			Findings: []check.Finding{
				{Rule: "number", Level: check.Fail, Message: msg, Line: line},
				{Rule: "added", Level: check.Warn, Message: msg},
			},
		}}}
		var gh bytes.Buffer
		if err := WriteGitHub(&gh, r); err != nil {
			t.Fatal(err)
		}
		lines := strings.Split(strings.TrimSuffix(gh.String(), "\n"), "\n")
		if len(lines) != 3 || !strings.HasPrefix(lines[0], "::error ") || !strings.HasPrefix(lines[1], "::warning ") || strings.HasPrefix(lines[2], "::") {
			t.Fatalf("GitHub output is not 2 commands and a summary:\n%q", gh.String())
		}
		var sarif bytes.Buffer
		if err := WriteSARIF(&sarif, r, SARIFOptions{}); err != nil {
			t.Fatal(err)
		}
		if !json.Valid(sarif.Bytes()) {
			t.Fatalf("SARIF is not JSON: %s", sarif.Bytes())
		}
		var junit bytes.Buffer
		if err := WriteJUnit(&junit, r); err != nil {
			t.Fatal(err)
		}
		var v struct{}
		if err := xml.Unmarshal(junit.Bytes(), &v); err != nil {
			t.Fatalf("JUnit is not XML: %v\n%s", err, junit.Bytes())
		}
	})
}
