package align

// This file measures how well Compare finds material divergences, against a
// labelled corpus in testdata/corpus (see testdata/corpus/README.md for the
// format and the labelling conventions).
//
//	go test ./align -run TestCorpus -corpus.report      # per-facet table and misses
//	go test ./align -run TestCorpus -corpus.min=0.8     # gate at a lower threshold
//	go test ./align -run TestCorpus -corpus.only=rewrite # files whose name contains "rewrite"
//	go test ./align -run TestCorpus -corpus.dir=/elsewhere # another corpus, such as a held-out one

import (
	"bufio"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"unicode/utf8"
)

var (
	corpusMin    = flag.Float64("corpus.min", 0.95, "TestCorpus fails when overall precision or recall of material divergences is below this")
	corpusReport = flag.Bool("corpus.report", false, "TestCorpus prints a per-facet table and the misses of every pair")
	corpusHits   = flag.Bool("corpus.hits", false, "with -corpus.report, TestCorpus also lists the reported divergences that matched an expectation")
	corpusClass  = flag.Bool("corpus.classes", false, "with -corpus.report, TestCorpus also counts hits and false alarms per class of finding (ClassOf) and per confidence band")
	corpusOnly   = flag.String("corpus.only", "", "TestCorpus reads only corpus files whose name contains this string")
	corpusDirArg = flag.String("corpus.dir", corpusDir, "TestCorpus reads the corpus files (*.txt) in this directory")
)

const corpusDir = "testdata/corpus"

// Expectation kinds besides the divergence kinds.
const (
	expectCosmetic  = "cosmetic"
	expectTruncated = "truncated"
	expectNone      = "none"
)

// facetTruncated labels the truncation row of the corpus report.
const facetTruncated Facet = "truncated"

// materialFacets and cosmeticLabels are the facets an expect line may name.
// Cosmetic labels include corpus-only ones (whitespace, paraphrase, damage,
// numeral) that Compare may report under any cosmetic facet.
var (
	materialFacets = []Facet{FacetNumber, FacetDate, FacetQuote, FacetAttribution, FacetEntity,
		FacetNegation, FacetModality, FacetCharacterization, FacetWording}
	cosmeticLabels = []Facet{FacetSpelling, FacetPunctuation, FacetBoilerplate, FacetMoved, FacetParagraphing,
		"whitespace", "paraphrase", "damage", "numeral"}
)

// corpusCase is one labelled reference/version pair.
type corpusCase struct {
	Name   string
	Kind   string // syndicated, update or rewrite
	Note   string
	Ref    Document
	Ver    Document
	Expect []expectation
}

// expectation is one line of the expect section.
type expectation struct {
	Line   int
	Kind   string  // added, dropped, altered, cosmetic, truncated or none
	Facets []Facet // accepted facets, the first being the primary one
	Ref    string  // substring of the reference sentence ("" when none)
	Ver    string  // substring of the version sentence ("" when none)
	Detail string
}

func (e expectation) material() bool {
	switch Kind(e.Kind) {
	case Added, Dropped, Altered:
		return true
	}
	return false
}

func (e expectation) String() string {
	fs := make([]string, len(e.Facets))
	for i, f := range e.Facets {
		fs[i] = string(f)
	}
	return fmt.Sprintf("line %d: %s %s | %s | %s | %s", e.Line, e.Kind, strings.Join(fs, "/"), e.Ref, e.Ver, e.Detail)
}

// parseCorpus parses one corpus file. It checks the structure and that every
// expected substring occurs in the text it names.
func parseCorpus(name string, data []byte) (*corpusCase, error) {
	if !utf8.Valid(data) {
		return nil, fmt.Errorf("%s: not valid UTF-8", name)
	}
	sections := map[string][]string{}
	starts := map[string]int{}
	var cur string
	sc := bufio.NewScanner(strings.NewReader(string(data)))
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimRight(sc.Text(), "\r")
		if h, ok := sectionHeader(line); ok {
			switch h {
			case "meta", "reference", "version", "expect":
			default:
				return nil, fmt.Errorf("%s:%d: unknown section %q", name, n, h)
			}
			if _, dup := sections[h]; dup {
				return nil, fmt.Errorf("%s:%d: section %q repeated", name, n, h)
			}
			cur = h
			sections[h] = []string{}
			starts[h] = n + 1
			continue
		}
		if cur == "" {
			if strings.TrimSpace(line) != "" {
				return nil, fmt.Errorf("%s:%d: text before the first section", name, n)
			}
			continue
		}
		sections[cur] = append(sections[cur], line)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	for _, s := range []string{"meta", "reference", "version", "expect"} {
		if _, ok := sections[s]; !ok {
			return nil, fmt.Errorf("%s: missing section %q", name, s)
		}
	}
	c := &corpusCase{Name: name}
	for i, line := range sections["meta"] {
		if strings.TrimSpace(line) == "" {
			continue
		}
		k, v, ok := strings.Cut(line, ":")
		if !ok {
			return nil, fmt.Errorf("%s:%d: meta line is not \"key: value\"", name, starts["meta"]+i)
		}
		switch strings.TrimSpace(k) {
		case "kind":
			c.Kind = strings.TrimSpace(v)
		case "note":
			c.Note = strings.TrimSpace(v)
		case "title":
			// informational only
		default:
			return nil, fmt.Errorf("%s:%d: unknown meta key %q", name, starts["meta"]+i, k)
		}
	}
	switch c.Kind {
	case "syndicated", "update", "rewrite":
	default:
		return nil, fmt.Errorf("%s: meta kind is %q, want syndicated, update or rewrite", name, c.Kind)
	}
	c.Ref = Document{Source: name + "#reference", Paragraphs: paragraphs(sections["reference"])}
	c.Ver = Document{Source: name + "#version", Paragraphs: paragraphs(sections["version"])}
	if len(c.Ref.Paragraphs) == 0 || len(c.Ver.Paragraphs) == 0 {
		return nil, fmt.Errorf("%s: reference and version must each have a paragraph", name)
	}
	truncated, none := 0, 0
	for i, line := range sections["expect"] {
		n := starts["expect"] + i
		if t := strings.TrimSpace(line); t == "" || strings.HasPrefix(t, "#") {
			continue
		}
		e, err := parseExpect(line)
		if err != nil {
			return nil, fmt.Errorf("%s:%d: %w", name, n, err)
		}
		e.Line = n
		if e.Ref != "" && !containsIn(c.Ref.Paragraphs, e.Ref) {
			return nil, fmt.Errorf("%s:%d: %q does not occur in the reference", name, n, e.Ref)
		}
		if e.Ver != "" && !containsIn(c.Ver.Paragraphs, e.Ver) {
			return nil, fmt.Errorf("%s:%d: %q does not occur in the version", name, n, e.Ver)
		}
		switch e.Kind {
		case expectTruncated:
			truncated++
			if containsIn(c.Ver.Paragraphs, e.Ref) {
				return nil, fmt.Errorf("%s:%d: truncation starts at %q, which the version still has", name, n, e.Ref)
			}
		case expectNone:
			none++
		}
		c.Expect = append(c.Expect, e)
	}
	if len(c.Expect) == 0 {
		return nil, fmt.Errorf("%s: empty expect section (write \"none\" for a pair without any change)", name)
	}
	if truncated > 1 {
		return nil, fmt.Errorf("%s: more than one truncated line", name)
	}
	if none > 0 && len(c.Expect) > none {
		return nil, fmt.Errorf("%s: \"none\" together with other expect lines", name)
	}
	return c, nil
}

func sectionHeader(line string) (string, bool) {
	t := strings.TrimSpace(line)
	if !strings.HasPrefix(t, "---") || !strings.HasSuffix(t, "---") || len(t) < 7 {
		return "", false
	}
	return strings.TrimSpace(strings.Trim(t, "-")), true
}

// paragraphs splits lines into paragraphs at blank lines; the lines of one
// paragraph are joined with a space.
func paragraphs(lines []string) []string {
	var out, cur []string
	flush := func() {
		if len(cur) > 0 {
			out = append(out, strings.Join(cur, " "))
			cur = nil
		}
	}
	for _, l := range lines {
		if strings.TrimSpace(l) == "" {
			flush()
			continue
		}
		cur = append(cur, l)
	}
	flush()
	return out
}

// parseExpect parses "KIND FACET[/FACET...] | REF | VER | DETAIL" (trailing
// fields may be left out), "truncated | REF" and "none".
func parseExpect(line string) (expectation, error) {
	fields := strings.Split(line, "|")
	for i := range fields {
		fields[i] = strings.TrimSpace(fields[i])
	}
	for len(fields) < 4 {
		fields = append(fields, "")
	}
	if len(fields) > 4 {
		return expectation{}, fmt.Errorf("expect line has %d fields, want at most 4", len(fields))
	}
	head := strings.Fields(fields[0])
	e := expectation{Ref: fields[1], Ver: fields[2], Detail: fields[3]}
	if len(head) == 0 {
		return e, errors.New("expect line without a kind")
	}
	e.Kind = head[0]
	switch e.Kind {
	case expectNone:
		if len(head) != 1 || e.Ref != "" || e.Ver != "" || e.Detail != "" {
			return e, errors.New(`"none" takes no fields`)
		}
		return e, nil
	case expectTruncated:
		if len(head) != 1 {
			return e, errors.New(`"truncated" takes no facet`)
		}
		if e.Ref == "" || e.Ver != "" {
			return e, errors.New(`"truncated" needs the reference text where the version stops, and no version text`)
		}
		return e, nil
	case string(Added), string(Dropped), string(Altered), expectCosmetic:
	default:
		return e, fmt.Errorf("unknown kind %q", e.Kind)
	}
	if len(head) != 2 {
		return e, fmt.Errorf("want \"%s FACET\", got %q", e.Kind, fields[0])
	}
	allowed := materialFacets
	if e.Kind == expectCosmetic {
		allowed = cosmeticLabels
	}
	for _, f := range strings.Split(head[1], "/") {
		if !hasFacet(allowed, Facet(f)) {
			return e, fmt.Errorf("facet %q is not allowed with %q", f, e.Kind)
		}
		e.Facets = append(e.Facets, Facet(f))
	}
	switch {
	case e.Kind == string(Added) && (e.Ref != "" || e.Ver == ""):
		return e, errors.New("added needs version text only")
	case e.Kind == string(Dropped) && (e.Ref == "" || e.Ver != ""):
		return e, errors.New("dropped needs reference text only")
	case e.Kind == string(Altered) && (e.Ref == "" || e.Ver == ""):
		return e, errors.New("altered needs reference and version text")
	case e.Kind == expectCosmetic && e.Ref == "" && e.Ver == "":
		return e, errors.New("cosmetic needs reference or version text")
	}
	return e, nil
}

func hasFacet(fs []Facet, f Facet) bool {
	for _, g := range fs {
		if g == f {
			return true
		}
	}
	return false
}

// norm folds the differences that the corpus does not want matching to
// depend on: typographic quotes and dashes, and runs of white space.
var normReplacer = strings.NewReplacer(
	"\u2018", "'", "\u2019", "'", "\u201a", "'", "\u201b", "'",
	"\u201c", `"`, "\u201d", `"`, "\u201e", `"`, "\u00ab", `"`, "\u00bb", `"`,
	"\u2010", "-", "\u2011", "-", "\u2012", "-", "\u2013", "-", "\u2014", "-", "\u2212", "-",
	"\u00a0", " ", "\u2009", " ", "\u202f", " ",
)

func norm(s string) string {
	return strings.Join(strings.Fields(normReplacer.Replace(s)), " ")
}

func containsIn(paras []string, sub string) bool {
	return indexIn(paras, sub) >= 0
}

// indexIn returns the index of the first paragraph containing sub, or -1.
func indexIn(paras []string, sub string) int {
	n := norm(sub)
	for i, p := range paras {
		if strings.Contains(norm(p), n) {
			return i
		}
	}
	return -1
}

// textMatch reports whether d's texts contain e's substrings.
func textMatch(e expectation, d Divergence) bool {
	if e.Ref != "" && !strings.Contains(norm(d.RefText), norm(e.Ref)) {
		return false
	}
	if e.Ver != "" && !strings.Contains(norm(d.VerText), norm(e.Ver)) {
		return false
	}
	return true
}

// loadCorpus reads every corpus file in dir.
func loadCorpus(tb testing.TB, dir string) []*corpusCase {
	tb.Helper()
	files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil {
		tb.Fatalf("listing %s: %v", dir, err)
	}
	if len(files) == 0 {
		tb.Fatalf("no corpus files in %s", dir)
	}
	var cases []*corpusCase
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			tb.Fatalf("reading corpus file: %v", err)
		}
		c, err := parseCorpus(filepath.Base(f), data)
		if err != nil {
			tb.Errorf("parsing corpus file: %v", err)
			continue
		}
		cases = append(cases, c)
	}
	return cases
}

// TestCorpusFormat checks that every corpus file parses and that its labels
// name text that is really there.
func TestCorpusFormat(t *testing.T) {
	cases := loadCorpus(t, corpusDir)
	kinds := map[string]int{}
	facets := map[Facet]int{}
	var truncated, clean, multi int
	for _, c := range cases {
		kinds[c.Kind]++
		material := 0
		for _, e := range c.Expect {
			switch {
			case e.material():
				facets[e.Facets[0]]++
				material++
			case e.Kind == expectCosmetic:
				facets[e.Facets[0]]++
			case e.Kind == expectTruncated:
				truncated++
			}
		}
		if material == 0 && !hasTruncation(c) {
			clean++
		}
		if material >= 2 {
			multi++
		}
	}
	if len(cases) < 40 {
		t.Errorf("corpus has %d pairs, want at least 40", len(cases))
	}
	for _, k := range []string{"syndicated", "update", "rewrite"} {
		if kinds[k] == 0 {
			t.Errorf("corpus has no pair of kind %q", k)
		}
	}
	for _, f := range append(append([]Facet{}, materialFacets...), cosmeticLabels...) {
		if facets[f] == 0 {
			t.Errorf("corpus has no expectation with facet %q", f)
		}
	}
	if truncated == 0 {
		t.Error("corpus has no truncated pair")
	}
	if clean == 0 {
		t.Error("corpus has no pair without material change")
	}
	if multi == 0 {
		t.Error("corpus has no pair with several material changes")
	}
	t.Logf("%d pairs %v; %d truncated, %d without material change, %d with 2+; labels %v",
		len(cases), kinds, truncated, clean, multi, facets)
}

func hasTruncation(c *corpusCase) bool {
	for _, e := range c.Expect {
		if e.Kind == expectTruncated {
			return true
		}
	}
	return false
}

func TestParseCorpusErrors(t *testing.T) {
	const ok = "--- meta ---\nkind: update\n--- reference ---\nA cat sat.\n--- version ---\nA dog sat.\n--- expect ---\n"
	tests := []struct {
		name, text, wantErr string
	}{
		{"valid", ok + "altered entity | cat | dog | cat → dog\n", ""},
		{"alternative facets", ok + "altered entity/wording | cat | dog\n", ""},
		{"none", ok + "none\n", ""},
		{"empty expect", ok, "empty expect section"},
		{"missing section", "--- meta ---\nkind: update\n--- reference ---\nA.\n--- expect ---\nnone\n", "missing section"},
		{"repeated section", ok + "none\n--- meta ---\n", "repeated"},
		{"unknown section", ok + "none\n--- notes ---\n", "unknown section"},
		{"bad kind", strings.Replace(ok, "update", "remix", 1) + "none\n", "meta kind"},
		{"bad meta", strings.Replace(ok, "kind: update", "kind: update\nauthor", 1) + "none\n", "key: value"},
		{"text before", "hello\n" + ok + "none\n", "before the first section"},
		{"unknown expect kind", ok + "moved entity | cat | dog\n", "unknown kind"},
		{"material facet on cosmetic", ok + "cosmetic number | cat | dog\n", "not allowed"},
		{"cosmetic facet on material", ok + "altered spelling | cat | dog\n", "not allowed"},
		{"substring absent", ok + "altered entity | cow | dog\n", "does not occur in the reference"},
		{"version substring absent", ok + "altered entity | cat | cow\n", "does not occur in the version"},
		{"added with ref", ok + "added entity | cat | dog\n", "version text only"},
		{"dropped with ver", ok + "dropped entity | cat | dog\n", "reference text only"},
		{"altered one side", ok + "altered entity | cat |\n", "reference and version"},
		{"too many fields", ok + "altered entity | cat | dog | x | y\n", "at most 4"},
		{"truncated kept", ok + "truncated | sat\n", "still has"},
		{"none with others", ok + "none\naltered entity | cat | dog\n", "together"},
		{"bad utf8", ok + "altered entity | cat | d\xffg\n", "UTF-8"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := parseCorpus("x.txt", []byte(tt.text))
			switch {
			case tt.wantErr == "" && err != nil:
				t.Fatalf("parseCorpus: %v", err)
			case tt.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tt.wantErr)):
				t.Fatalf("parseCorpus error = %v, want one containing %q", err, tt.wantErr)
			}
		})
	}
}

func FuzzParseCorpus(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join(corpusDir, "*.txt"))
	for i, file := range files {
		if i >= 8 {
			break
		}
		if data, err := os.ReadFile(file); err == nil {
			f.Add(data)
		}
	}
	f.Add([]byte("--- meta ---\nkind: update\n--- reference ---\nA.\n--- version ---\nB.\n--- expect ---\n|||\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := parseCorpus("fuzz.txt", data)
		if err != nil {
			return
		}
		if len(c.Ref.Paragraphs) == 0 || len(c.Ver.Paragraphs) == 0 || len(c.Expect) == 0 {
			t.Fatalf("parseCorpus accepted a case without text or expectations: %+v", c)
		}
		for _, e := range c.Expect {
			if e.material() && len(e.Facets) == 0 {
				t.Fatalf("material expectation without facet: %v", e)
			}
		}
	})
}

// tally counts outcomes for one facet (or overall).
type tally struct {
	Expected, Reported, Matched int // Matched: reported ones matching an expected one (kind, facet, text)
	Found                       int // expected ones that were matched
	Loose, LooseRight           int // matches by kind and text; of which with an accepted facet
}

func (t *tally) add(o tally) {
	t.Expected += o.Expected
	t.Reported += o.Reported
	t.Matched += o.Matched
	t.Found += o.Found
	t.Loose += o.Loose
	t.LooseRight += o.LooseRight
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

// caseResult is the scoring of one pair.
type caseResult struct {
	byFacet map[Facet]*tally
	misses  []string // expected material divergences not found
	extras  []string // reported material divergences not expected
	hits    []string // reported material divergences that matched one expected
	hitOf   []Divergence
	extraOf []Divergence
	notes   []string // cosmetic expectations broken, truncation remarks
}

func (r *caseResult) facet(f Facet) *tally {
	if r.byFacet[f] == nil {
		r.byFacet[f] = &tally{}
	}
	return r.byFacet[f]
}

func describe(d Divergence) string {
	return fmt.Sprintf("%s %s (%q | %q | %s)", d.Kind, d.Facet, clip(d.RefText), clip(d.VerText), d.Detail)
}

func clip(s string) string {
	if r := []rune(s); len(r) > 70 {
		return string(r[:67]) + "..."
	}
	return s
}

// scoreCase matches the material divergences Compare reported for c to the
// expected ones.
func scoreCase(c *corpusCase, cmp Comparison) *caseResult {
	r := &caseResult{byFacet: map[Facet]*tally{}}
	var reported []Divergence
	for _, d := range cmp.Divergences {
		if d.Material {
			reported = append(reported, d)
		}
	}
	var want []expectation
	var trunc *expectation
	for i := range c.Expect {
		switch e := c.Expect[i]; {
		case e.material():
			want = append(want, e)
		case e.Kind == expectTruncated:
			trunc = &c.Expect[i]
		}
	}

	// Truncation: expected once; one material drop inside the missing
	// tail is the truncation report itself, not a false positive.
	absorbed := make([]bool, len(reported))
	if trunc != nil {
		t := r.facet(facetTruncated)
		t.Expected++
		if cmp.Summary.Truncated {
			t.Reported++
			t.Matched++
			t.Found++
			t.Loose++
			t.LooseRight++
			start := indexIn(c.Ref.Paragraphs, trunc.Ref)
			for i, d := range reported {
				if d.Kind == Dropped && d.RefPara >= start {
					absorbed[i] = true
					break
				}
			}
		} else {
			r.misses = append(r.misses, "truncation not reported (Summary.Truncated false)")
		}
	} else if cmp.Summary.Truncated {
		r.facet(facetTruncated).Reported++
		r.extras = append(r.extras, "Summary.Truncated true, but the version is not truncated")
	}

	// Strict matching: kind, an accepted facet and text.
	usedD := make([]bool, len(reported))
	usedE := make([]bool, len(want))
	for i, e := range want {
		for j, d := range reported {
			if usedD[j] || absorbed[j] || string(d.Kind) != e.Kind || !hasFacet(e.Facets, d.Facet) || !textMatch(e, d) {
				continue
			}
			usedD[j], usedE[i] = true, true
			r.facet(e.Facets[0]).Found++
			r.facet(d.Facet).Matched++
			break
		}
	}
	strict := 0
	for _, u := range usedE {
		if u {
			strict++
		}
	}
	// Loose matching for facet accuracy: kind and text only.
	looseD := append([]bool(nil), usedD...)
	looseE := make([]bool, len(want))
	loose := strict
	for i, e := range want {
		if usedE[i] {
			continue
		}
		for j, d := range reported {
			if looseD[j] || absorbed[j] || string(d.Kind) != e.Kind || !textMatch(e, d) {
				continue
			}
			looseD[j], looseE[i] = true, true
			loose++
			r.misses = append(r.misses, fmt.Sprintf("%v: found with facet %s", e, d.Facet))
			break
		}
	}
	for i, e := range want {
		r.facet(e.Facets[0]).Expected++
		if !usedE[i] && !looseE[i] {
			r.misses = append(r.misses, fmt.Sprintf("%v: not found", e))
		}
	}
	for j, d := range reported {
		if absorbed[j] {
			continue
		}
		r.facet(d.Facet).Reported++
		if !usedD[j] {
			r.extras = append(r.extras, describe(d))
			r.extraOf = append(r.extraOf, d)
		} else {
			r.hits = append(r.hits, describe(d))
			r.hitOf = append(r.hitOf, d)
		}
	}
	// Facet accuracy is kept in the overall tally only.
	all := r.facet("")
	all.Loose += loose
	all.LooseRight += strict

	// Cosmetic expectations: no unexpected material divergence on them.
	for _, e := range c.Expect {
		if e.Kind != expectCosmetic {
			continue
		}
		for j, d := range reported {
			if usedD[j] || absorbed[j] {
				continue
			}
			if (e.Ref != "" && strings.Contains(norm(d.RefText), norm(e.Ref))) ||
				(e.Ver != "" && strings.Contains(norm(d.VerText), norm(e.Ver))) {
				r.notes = append(r.notes, fmt.Sprintf("%v: reported as material %s", e, d.Facet))
				break
			}
		}
	}
	return r
}

// TestCorpus runs Compare on every corpus pair and measures precision and
// recall of the material divergences it reports.
func TestCorpus(t *testing.T) {
	cases := loadCorpus(t, *corpusDirArg)
	if t.Failed() {
		t.FailNow()
	}
	total := map[Facet]*tally{}
	get := func(f Facet) *tally {
		if total[f] == nil {
			total[f] = &tally{}
		}
		return total[f]
	}
	var overall tally
	var report strings.Builder
	classes := newCalibration()
	cosmeticBroken, cosmeticAll := 0, 0
	for _, c := range cases {
		if *corpusOnly != "" && !strings.Contains(c.Name, *corpusOnly) {
			continue
		}
		cmp := Compare(c.Ref, c.Ver)
		r := scoreCase(c, cmp)
		classes.add(c.Kind, cmp.Summary.Version, r)
		for f, tl := range r.byFacet {
			if f == "" {
				overall.Loose += tl.Loose
				overall.LooseRight += tl.LooseRight
				continue
			}
			get(f).add(*tl)
			overall.Expected += tl.Expected
			overall.Reported += tl.Reported
			overall.Matched += tl.Matched
			overall.Found += tl.Found
		}
		for _, e := range c.Expect {
			if e.Kind == expectCosmetic {
				cosmeticAll++
			}
		}
		cosmeticBroken += len(r.notes)
		if len(r.misses)+len(r.extras)+len(r.notes) > 0 || *corpusHits && len(r.hits) > 0 {
			fmt.Fprintf(&report, "%s (%s)\n", c.Name, c.Kind)
			if *corpusHits {
				for _, h := range r.hits {
					fmt.Fprintf(&report, "  hit    %s\n", h)
				}
			}
			for _, m := range r.misses {
				fmt.Fprintf(&report, "  miss   %s\n", m)
			}
			for _, x := range r.extras {
				fmt.Fprintf(&report, "  extra  %s\n", x)
			}
			for _, n := range r.notes {
				fmt.Fprintf(&report, "  cosm.  %s\n", n)
			}
		}
	}
	precision := ratio(overall.Matched, overall.Reported)
	recall := ratio(overall.Found, overall.Expected)
	accuracy := ratio(overall.LooseRight, overall.Loose)
	if *corpusReport {
		var b strings.Builder
		fmt.Fprintf(&b, "%-17s %8s %8s %8s %8s %9s %7s\n", "facet", "expected", "reported", "found", "precision", "recall", "")
		facets := make([]Facet, 0, len(total))
		for f := range total {
			facets = append(facets, f)
		}
		sort.Slice(facets, func(i, j int) bool { return facets[i] < facets[j] })
		for _, f := range facets {
			tl := total[f]
			fmt.Fprintf(&b, "%-17s %8d %8d %8d %8.2f %9.2f\n", f, tl.Expected, tl.Reported, tl.Found,
				ratio(tl.Matched, tl.Reported), ratio(tl.Found, tl.Expected))
		}
		fmt.Fprintf(&b, "%-17s %8d %8d %8d %8.2f %9.2f\n", "ALL", overall.Expected, overall.Reported, overall.Found, precision, recall)
		fmt.Fprintf(&b, "facet accuracy %.2f (%d of %d matched by kind and text)\n", accuracy, overall.LooseRight, overall.Loose)
		fmt.Fprintf(&b, "cosmetic expectations reported as material: %d of %d\n\n", cosmeticBroken, cosmeticAll)
		if *corpusClass {
			classes.write(&b)
		}
		t.Logf("corpus report\n%s%s", b.String(), report.String())
	}
	t.Logf("material divergences: precision %.3f (%d/%d), recall %.3f (%d/%d), facet accuracy %.3f",
		precision, overall.Matched, overall.Reported, recall, overall.Found, overall.Expected, accuracy)
	if precision < *corpusMin || recall < *corpusMin {
		t.Errorf("precision %.3f or recall %.3f below -corpus.min=%.2f (run with -corpus.report for the misses)",
			precision, recall, *corpusMin)
	}
}

func TestScoreCase(t *testing.T) {
	const text = `--- meta ---
kind: update
--- reference ---
The council approved 28 projects on Monday.

"We are pleased," the mayor said.

The work starts in May.

Residents may comment until June.
--- version ---
The council approved 27 projects on Monday.

"We are delighted," the mayor said.
--- expect ---
altered number | approved 28 projects | approved 27 projects
altered quote/wording | We are pleased | We are delighted
truncated | The work starts in May
`
	c, err := parseCorpus("score.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	num := Divergence{Kind: Altered, Facet: FacetNumber, Material: true,
		RefText: "The council approved 28 projects on Monday.", VerText: "The council approved 27 projects on Monday.", RefPara: 0, VerPara: 0}
	quoteAsWording := Divergence{Kind: Altered, Facet: FacetWording, Material: true,
		RefText: `"We are pleased," the mayor said.`, VerText: `"We are delighted," the mayor said.`, RefPara: 1, VerPara: 1}
	quoteAsEntity := quoteAsWording
	quoteAsEntity.Facet = FacetEntity
	tail := Divergence{Kind: Dropped, Facet: FacetDate, Material: true, RefText: "The work starts in May.", RefPara: 2, VerPara: -1}
	tail2 := Divergence{Kind: Dropped, Facet: FacetModality, Material: true, RefText: "Residents may comment until June.", RefPara: 3, VerPara: -1}
	cosmetic := Divergence{Kind: Altered, Facet: FacetSpelling, Material: false, RefText: "x", VerText: "y"}

	tests := []struct {
		name          string
		cmp           Comparison
		wantFound     int // expected items found, truncation included
		wantExpected  int
		wantMatched   int // reported items matched
		wantReported  int
		wantLoose     int
		wantLooseGood int
	}{
		{"all found", Comparison{Divergences: []Divergence{num, quoteAsWording, tail, cosmetic}, Summary: Summary{Truncated: true}},
			3, 3, 3, 3, 2, 2},
		{"wrong facet", Comparison{Divergences: []Divergence{num, quoteAsEntity}, Summary: Summary{Truncated: true}},
			2, 3, 2, 3, 2, 1},
		{"tail reported twice", Comparison{Divergences: []Divergence{num, quoteAsWording, tail, tail2}, Summary: Summary{Truncated: true}},
			3, 3, 3, 4, 2, 2},
		{"truncation missed", Comparison{Divergences: []Divergence{num, quoteAsWording, tail, tail2}},
			2, 3, 2, 4, 2, 2},
		{"nothing reported", Comparison{},
			0, 3, 0, 0, 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := scoreCase(c, tt.cmp)
			var sum tally
			for f, tl := range r.byFacet {
				if f == "" {
					sum.Loose, sum.LooseRight = tl.Loose, tl.LooseRight
					continue
				}
				sum.Expected += tl.Expected
				sum.Reported += tl.Reported
				sum.Matched += tl.Matched
				sum.Found += tl.Found
			}
			got := [6]int{sum.Found, sum.Expected, sum.Matched, sum.Reported, sum.Loose, sum.LooseRight}
			want := [6]int{tt.wantFound, tt.wantExpected, tt.wantMatched, tt.wantReported, tt.wantLoose, tt.wantLooseGood}
			if got != want {
				t.Errorf("found, expected, matched, reported, loose, loose right = %v, want %v\nmisses %q\nextras %q", got, want, r.misses, r.extras)
			}
		})
	}
}
