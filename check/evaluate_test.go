package check

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/storydiff/storydiff/align"
)

// copyHTML is a republished page: site chrome around a body whose second
// paragraph changed a number.
const copyHTML = `<!doctype html>
<html><head><title>Blast</title>
<script>var x = "28 people";</script></head>
<body>
<nav>Home | World</nav>
<article>
<p>The blast killed <b>27</b> people,
officials said on Thursday.</p>
<p>&ldquo;We are doing everything we can,&rdquo; the minister told reporters.</p>
<p>Police said no group had claimed responsibility.</p>
</article>
</body></html>
`

var copyParas = []string{
	"The blast killed 27 people, officials said on Thursday.",
	"“We are doing everything we can,” the minister told reporters.",
	"Police said no group had claimed responsibility.",
}

func TestEvaluate(t *testing.T) {
	cmp := align.Comparison{
		Alignment: []align.Link{
			{Op: align.OpEdited, Ref: []int{0}, Ver: []int{0}},
			{Op: align.OpDropped, Ref: []int{1}},
			{Op: align.OpSame, Ref: []int{2}, Ver: []int{1}},
			{Op: align.OpSame, Ref: []int{3}, Ver: []int{2}},
		},
		Divergences: []align.Divergence{
			{Kind: align.Altered, Facet: align.FacetNumber, Material: true,
				RefText: "The blast killed 28 people, officials said on Thursday.",
				VerText: copyParas[0], RefPara: 0, VerPara: 0, Detail: "28 → 27"},
			{Kind: align.Dropped, Facet: align.FacetQuote, Material: true,
				RefText: "He said: “The toll may rise.”", RefPara: 1, VerPara: -1},
			{Kind: align.Altered, Facet: align.FacetWording, Material: true,
				RefText: "“We are doing all we can,” the minister told reporters.",
				VerText: copyParas[1], RefPara: 2, VerPara: 1},
			{Kind: align.Altered, Facet: align.FacetSpelling,
				RefText: "Police said no group had claimed responsibilty.",
				VerText: copyParas[2], RefPara: 3, VerPara: 2},
		},
	}
	in := Input{
		Reference: "wire.txt", Copy: "site/blast.html", Path: "site/blast.html",
		Raw: []byte(copyHTML), RefParagraphs: 4, Paragraphs: copyParas, Comparison: cmp,
	}
	res := DefaultPolicy().Evaluate(in)
	type row struct {
		Rule  string
		Level Action
		Line  int
	}
	var got []row
	for _, f := range res.Findings {
		got = append(got, row{f.Rule, f.Level, f.Line})
	}
	want := []row{
		{"number", Fail, 7},
		{"dropped", Fail, 9}, // located at the following copy paragraph
		{"wording", Warn, 9},
		{RuleDroppedShare, Fail, 1}, // 1 of 4 paragraphs > 20%
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("findings = %+v\nwant %+v", got, want)
	}
	if res.Passed != 1 {
		t.Errorf("Passed = %d, want 1 (the spelling fix)", res.Passed)
	}
	if res.DroppedShare != 0.25 {
		t.Errorf("DroppedShare = %v", res.DroppedShare)
	}
	if !res.Failed() {
		t.Error("copy with a changed number passes")
	}
	if m := res.Findings[0].Message; !strings.Contains(m, "28 → 27") || !strings.HasPrefix(m, "number changed") {
		t.Errorf("message = %q", m)
	}
	if m := res.Findings[1].Message; !strings.Contains(m, "The toll may rise") || !strings.Contains(m, "dropped claim (quote)") {
		t.Errorf("dropped message = %q", m)
	}

	// A policy that only warns passes the copy.
	lenient, err := ParsePolicy("p.yml", []byte("warn: [number]\ndropped: warn\nmax_dropped_share: 0.5\n"))
	if err != nil {
		t.Fatal(err)
	}
	lres := lenient.Evaluate(in)
	if lres.Failed() {
		t.Errorf("lenient policy fails the copy: %+v", lres.Findings)
	}
	if n, _ := lres.Count(Warn); n != 3 {
		t.Errorf("lenient warnings = %d, want 3", n)
	}

	// Without the raw file no lines are set.
	in.Raw = nil
	for _, f := range DefaultPolicy().Evaluate(in).Findings {
		if f.Line != 0 {
			t.Errorf("finding %s has line %d without a file", f.Rule, f.Line)
		}
	}
}

func TestEvaluateFaithful(t *testing.T) {
	cmp := align.Comparison{
		Alignment: []align.Link{{Op: align.OpSame, Ref: []int{0}, Ver: []int{0}}},
		Divergences: []align.Divergence{
			{Kind: align.Altered, Facet: align.FacetPunctuation, RefText: "a", VerText: "a.", RefPara: 0, VerPara: 0},
			{Kind: align.Altered, Facet: align.FacetBoilerplate, VerText: "Disclaimer", RefPara: -1, VerPara: 1},
		},
	}
	res := DefaultPolicy().Evaluate(Input{Copy: "c.md", Comparison: cmp, RefParagraphs: 1})
	if res.Failed() || len(res.Findings) != 0 || res.Passed != 2 {
		t.Errorf("faithful copy: %+v", res)
	}
}

func TestLocator(t *testing.T) {
	md := "# Blast kills 27\n\nThe blast killed **27** people,\nofficials said on [Thursday](https://x.test/a).\n\n> \"We are doing everything we can,\" the minister told reporters.\n\nRead more at example dot com.\n"
	tests := []struct {
		name, raw, text string
		want            int
	}{
		{"html across lines and tags", copyHTML, "The blast killed 27 people, officials said on Thursday.", 7},
		{"html entities and curly quotes", copyHTML, "\"We are doing everything we can,\" the minister told reporters.", 9},
		{"script text is not the body", copyHTML, "Police said no group had claimed responsibility.", 10},
		{"markdown link splits the sentence", md, "The blast killed 27 people, officials said on Thursday.", 3},
		{"markdown quote", md, "“We are doing everything we can,” the minister told reporters.", 6},
		{"edited sentence found by a window", md, "Yesterday: we are doing everything we can, said the minister.", 6},
		{"not found", md, "Nothing like this appears anywhere in the file at all.", 1},
		{"empty", md, "", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := NewLocator([]byte(tt.raw)).Line(tt.text); got != tt.want {
				t.Errorf("Line(%q) = %d, want %d", tt.text, got, tt.want)
			}
		})
	}
}

func FuzzLocator(f *testing.F) {
	f.Add([]byte(copyHTML), "27 people")
	f.Add([]byte("a &amp b &#x27; <x\n y> z"), "b z")
	f.Fuzz(func(t *testing.T, raw []byte, text string) {
		l := NewLocator(raw)
		line := l.Line(text)
		if line < 1 || line > bytes.Count(raw, []byte("\n"))+1 {
			t.Fatalf("Line = %d outside the file's %d lines", line, bytes.Count(raw, []byte("\n"))+1)
		}
	})
}

func TestBaseline(t *testing.T) {
	number := align.Divergence{Kind: align.Altered, Facet: align.FacetNumber, Material: true,
		RefText: "28 died.", VerText: "27 died.", Detail: "28 → 27", RefPara: 0, VerPara: 0}
	quote := align.Divergence{Kind: align.Altered, Facet: align.FacetQuote, Material: true,
		RefText: `He said "no".`, VerText: `He said "yes".`, RefPara: 1, VerPara: 1}
	eval := func(divs ...align.Divergence) *Result {
		res := DefaultPolicy().Evaluate(Input{Copy: "./site/a.html", Comparison: align.Comparison{Divergences: divs}})
		return &Result{Copies: []CopyResult{res}}
	}
	old := eval(number)
	b := NewBaseline(old, "")
	if len(b.Entries) != 1 || b.Entries[0].Copy != "site/a.html" || b.Entries[0].Facet != "number" {
		t.Fatalf("baseline = %+v", b.Entries)
	}
	path := filepath.Join(t.TempDir(), "baseline.json")
	if err := b.Write(path); err != nil {
		t.Fatal(err)
	}
	b2, err := ReadBaseline(path)
	if err != nil {
		t.Fatal(err)
	}
	if b2.Dir != filepath.Dir(path) {
		t.Errorf("read baseline Dir = %q", b2.Dir)
	}
	b2.Dir = ""
	if !reflect.DeepEqual(b, b2) {
		t.Errorf("round trip: %+v != %+v", b2, b)
	}

	// The same divergence, moved to another paragraph with whitespace
	// changes, is still accepted; a new one is not.
	moved := number
	moved.RefPara, moved.VerPara = 5, 7
	moved.VerText = "27  died."
	now := eval(quote, moved)
	if n := b2.Apply(now); n != 1 {
		t.Errorf("Apply accepted %d findings, want 1", n)
	}
	fs := now.Copies[0].Findings
	if fs[0].Baselined || !fs[1].Baselined {
		t.Errorf("baselined = %v %v, want false true", fs[0].Baselined, fs[1].Baselined)
	}
	if !now.Failed() {
		t.Error("new quote change is silenced")
	}
	// Changing the number again is a new finding.
	again := number
	again.VerText = "26 died."
	r := eval(again)
	b2.Apply(r)
	if !r.Failed() {
		t.Error("a different number is silenced by the baseline")
	}
	// A baseline entry is used once per listing.
	twice := eval(number, number)
	b2.Apply(twice)
	if got := []bool{twice.Copies[0].Findings[0].Baselined, twice.Copies[0].Findings[1].Baselined}; !slices.Equal(got, []bool{true, false}) {
		t.Errorf("duplicate findings baselined = %v", got)
	}
	// An accepted result passes.
	r = eval(number)
	b2.Apply(r)
	if r.Failed() {
		t.Error("baselined finding still fails")
	}
}

func TestParseBaselineErrors(t *testing.T) {
	for _, data := range []string{
		``,
		`{"version": 2, "entries": []}`,
		`{"version": 1, "entries": [{"copy": "a"}]}`,
		`{"version": 1, "entries": [], "extra": 1}`,
		`[1, 2]`,
	} {
		if _, err := ParseBaseline("b.json", []byte(data)); err == nil || !strings.Contains(err.Error(), "b.json") {
			t.Errorf("ParseBaseline(%q) error = %v", data, err)
		}
	}
}

func FuzzParseBaseline(f *testing.F) {
	f.Add([]byte(`{"version": 1, "entries": [{"copy": "a", "kind": "altered", "facet": "number", "fingerprint": "ab"}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		b, err := ParseBaseline("f.json", data)
		if err != nil {
			return
		}
		b.Apply(&Result{Copies: []CopyResult{{Copy: "a", Findings: []Finding{{Rule: "number", Level: Fail}}}}})
	})
}

func TestExpandPairs(t *testing.T) {
	dir := t.TempDir()
	for _, f := range []string{"wire/blast.txt", "site/2025/blast.html", "site/2025/11/blast.md", "site/other.txt", ".git/x.html"} {
		p := filepath.Join(dir, f)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte("x"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	policy := filepath.Join(dir, ".storydiff.yml")
	src := "pairs:\n  - reference: wire/blast.txt\n    copies: ['site/**/blast.*', 'https://example.com/blast', 'site/missing.html']\n"
	p, err := ParsePolicy(policy, []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	jobs, err := p.ExpandPairs()
	if err != nil {
		t.Fatal(err)
	}
	want := []Job{{
		Reference: filepath.Join(dir, "wire/blast.txt"),
		Copies: []string{
			filepath.Join(dir, "site/2025/11/blast.md"),
			filepath.Join(dir, "site/2025/blast.html"),
			"https://example.com/blast",
			filepath.Join(dir, "site/missing.html"),
		},
	}}
	if !reflect.DeepEqual(jobs, want) {
		t.Errorf("jobs = %+v\nwant %+v", jobs, want)
	}

	p, err = ParsePolicy(policy, []byte("version: 1\npairs:\n  - reference: wire/blast.txt\n    copies: ['nowhere/*.html']\n"))
	if err != nil {
		t.Fatal(err)
	}
	_, err = p.ExpandPairs()
	if pe, ok := err.(*PolicyError); !ok || pe.Line != 3 {
		t.Errorf("ExpandPairs with an empty glob: %v", err)
	}
	if _, err := DefaultPolicy().ExpandPairs(); err == nil {
		t.Error("ExpandPairs without pairs succeeded")
	}
}

func TestWriteText(t *testing.T) {
	r := &Result{Copies: []CopyResult{
		{Reference: "wire.txt", Copy: "a.html", Findings: []Finding{
			{Rule: "number", Level: Fail, Message: "number changed: 28 → 27", Line: 4},
			{Rule: "wording", Level: Warn, Message: "wording \x1b[31mchanged", Line: 5},
			{Rule: "quote", Level: Fail, Message: "accepted", Baselined: true},
		}, Passed: 2},
		{Reference: "wire.txt", Copy: "b.html"},
	}}
	var buf bytes.Buffer
	if err := WriteText(&buf, r); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	for _, want := range []string{"FAIL  a.html", "PASS  b.html", "line 4", "28 → 27", "1 failing, 1 warning, 2 passed, 1 accepted by the baseline", "1 of 2 copies fail"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "\x1b") || strings.Contains(out, "accepted\n") {
		t.Errorf("output has an escape or a baselined finding:\n%s", out)
	}
}

func TestMessage(t *testing.T) {
	long := strings.Repeat("word ", 60)
	tests := []struct {
		d    align.Divergence
		want string
	}{
		{align.Divergence{Kind: align.Altered, Facet: align.FacetNumber, Detail: "28 → 27", VerText: "27 died."},
			"number changed: 28 → 27 in “27 died.”"},
		{align.Divergence{Kind: align.Altered, Facet: align.FacetQuote, Detail: "quote changed: -bring +make", VerText: `"Make them pay," he said.`},
			"quote changed: -bring +make in “\"Make them pay,\" he said.”"},
		{align.Divergence{Kind: align.Altered, Facet: align.FacetNegation},
			"negation changed"},
		{align.Divergence{Kind: align.Altered, Facet: align.FacetModality, Material: true, Detail: "(none) → reportedly", VerText: "He reportedly left.", Confidence: 0.34},
			"modality changed: (none) → reportedly in “He reportedly left.” (confidence low, 0.34)"},
		{align.Divergence{Kind: align.Dropped, Facet: align.FacetQuote, Material: true, RefText: "\"Go,\" she said.", Confidence: 0.92},
			"dropped claim (quote): “\"Go,\" she said.” (confidence high, 0.92)"},
		{align.Divergence{Kind: align.Dropped, Facet: align.FacetWording, RefText: "He left.\nShe stayed."},
			"dropped claim: “He left. She stayed.”"},
		{align.Divergence{Kind: align.Added, Facet: align.FacetCharacterization, VerText: "The brutal attack."},
			"added claim (characterization): “The brutal attack.”"},
		{align.Divergence{Kind: align.Added, VerText: long},
			"added claim: “" + strings.TrimSpace(long)[:maxQuoted-1] + "…”"},
	}
	for _, tt := range tests {
		if got := message(tt.d); got != tt.want {
			t.Errorf("message(%+v) =\n%q, want\n%q", tt.d, got, tt.want)
		}
	}
}

// TestBaselineDir checks that file paths in a baseline are relative to its
// directory, so the baseline matches wherever check runs from.
func TestBaselineDir(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	d := align.Divergence{Kind: align.Altered, Facet: align.FacetDate, RefText: "on Monday", VerText: "on Sunday"}
	fromRoot := &Result{Copies: []CopyResult{DefaultPolicy().Evaluate(Input{Copy: "repo/site/a.html", Comparison: align.Comparison{Divergences: []align.Divergence{d}}})}}
	b := NewBaseline(fromRoot, "repo")
	if got := b.Entries[0].Copy; got != "site/a.html" {
		t.Fatalf("entry copy = %q, want site/a.html", got)
	}
	if err := os.MkdirAll("repo/site", 0o755); err != nil {
		t.Fatal(err)
	}
	if err := b.Write("repo/" + DefaultBaselineFile); err != nil {
		t.Fatal(err)
	}
	t.Chdir("repo/site")
	rb, err := ReadBaseline("../" + DefaultBaselineFile)
	if err != nil {
		t.Fatal(err)
	}
	fromSite := &Result{Copies: []CopyResult{DefaultPolicy().Evaluate(Input{Copy: "a.html", Comparison: align.Comparison{Divergences: []align.Divergence{d}}})}}
	if n := rb.Apply(fromSite); n != 1 || fromSite.Failed() {
		t.Errorf("baseline read from a subdirectory accepted %d findings", n)
	}
	other := &Result{Copies: []CopyResult{DefaultPolicy().Evaluate(Input{Copy: "b.html", Comparison: align.Comparison{Divergences: []align.Divergence{d}}})}}
	if n := rb.Apply(other); n != 0 {
		t.Errorf("baseline accepted the same divergence in another copy")
	}
}

func ExamplePolicy_Evaluate() {
	policy, err := ParsePolicy("example.yml", []byte("version: 1\nwarn: [date]\n"))
	if err != nil {
		fmt.Println(err)
		return
	}
	res := policy.Evaluate(Input{
		Reference: "wire.txt",
		Copy:      "copy.md",
		Comparison: align.Comparison{Divergences: []align.Divergence{
			{Kind: align.Altered, Facet: align.FacetNumber, Material: true, Detail: "28 → 27", VerText: "27 died."},
			{Kind: align.Altered, Facet: align.FacetDate, Material: true, Detail: "Monday → Sunday", VerText: "on Sunday."},
			{Kind: align.Altered, Facet: align.FacetSpelling, VerText: "colour"},
		}},
	})
	for _, f := range res.Findings {
		fmt.Printf("%s %s: %s\n", f.Level, f.Rule, f.Message)
	}
	fmt.Println("failed:", res.Failed(), "passed:", res.Passed)
	// Output:
	// fail number: number changed: 28 → 27 in “27 died.”
	// warn date: date changed: Monday → Sunday in “on Sunday.”
	// failed: true passed: 1
}

func ExampleParsePolicy() {
	_, err := ParsePolicy(".storydiff.yml", []byte("version: 1\nfail:\n  - number\n  - numbers\n"))
	fmt.Println(err)
	// Output:
	// .storydiff.yml:4: unknown facet "numbers" (want one of number, date, quote, attribution, entity, negation, modality, characterization, wording, spelling, punctuation, boilerplate, moved, paragraphing)
}

func BenchmarkLocator(b *testing.B) {
	var page strings.Builder
	for i := range 400 {
		fmt.Fprintf(&page, "<p class=\"x\">Paragraph %d of the story says that officials counted %d people &amp; more.</p>\n", i, i*3)
	}
	raw := []byte(page.String())
	b.ReportAllocs()
	for b.Loop() {
		l := NewLocator(raw)
		l.Line("Paragraph 399 of the story says that officials counted 1197 people & more.")
	}
}
