package batch

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/csv"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/storydiff/storydiff/align"
)

var update = flag.Bool("update", false, "rewrite golden files in testdata")

// golden compares got with testdata/name, or rewrites it under -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the golden file (run with -update after checking):\n--- got\n%s\n--- want\n%s", name, got, want)
	}
}

// div builds a divergence for the hand-made dataset.
func div(kind align.Kind, facet align.Facet, material bool, ref, ver, detail string) align.Divergence {
	d := align.Divergence{Kind: kind, Facet: facet, Material: material, RefText: ref, VerText: ver, RefPara: 0, VerPara: 0, Detail: detail}
	if ref == "" {
		d.RefPara = -1
	}
	if ver == "" {
		d.VerPara = -1
	}
	return d
}

// rated returns d with the given confidence.
func rated(d align.Divergence, confidence float64) align.Divergence {
	d.Confidence = confidence
	return d
}

// seedDataset stores three stories with known divergences:
//
//	quake (reference a.example):
//	  b.example: number ×2, quote (material), spelling (cosmetic)
//	  c.example: spelling (cosmetic)
//	blast (reference a.example):
//	  b.example: number
//	  c.example: could not be read
//	  d.example: attribution
//	vote (reference c.example):
//	  b.example: nothing
//	  a.example: negation
//
// so that, counting only non-reference versions, b.example has 3 compared
// versions of which 2 alter numbers, and so on.
func seedDataset(t testing.TB, s *Store) {
	t.Helper()
	ctx := context.Background()
	type ver struct {
		host   string
		err    string
		madeAs align.VersionKind
		divs   []align.Divergence
	}
	stories := []struct {
		id   string
		vers []ver // the first is the reference
	}{
		{"quake", []ver{
			{host: "a.example"},
			{host: "b.example", madeAs: align.VersionCopy, divs: []align.Divergence{
				rated(div(align.Altered, align.FacetNumber, true, "At least 28 people died.", "At least 27 people died.", "28 → 27"), 0.95),
				rated(div(align.Altered, align.FacetNumber, true, "The quake struck at 6.4 magnitude.", "The quake struck at 6.1 magnitude.", "6.4 → 6.1"), 0.95),
				rated(div(align.Altered, align.FacetQuote, true, `"We are devastated," she said.`, `"We are shocked," she said.`, "devastated → shocked"), 0.6),
				div(align.Altered, align.FacetSpelling, false, "The colour of the sky.", "The color of the sky.", "colour → color"),
			}},
			{host: "c.example", madeAs: align.VersionCopy, divs: []align.Divergence{
				div(align.Altered, align.FacetSpelling, false, "He apologised.", "He apologized.", "apologised → apologized"),
			}},
		}},
		{"blast", []ver{
			{host: "a.example"},
			{host: "b.example", madeAs: align.VersionCopy, divs: []align.Divergence{
				rated(div(align.Altered, align.FacetNumber, true, "=1+1 injured, said 12 officials", "-3 injured, said 12 officials", "=1+1 → -3"), 0.95),
			}},
			{host: "c.example", err: "HTTP 404 Not Found"},
			{host: "d.example", madeAs: align.VersionRetelling, divs: []align.Divergence{
				rated(div(align.Altered, align.FacetAttribution, true, "an official told CNN.", "an official told Reuters.", "CNN → Reuters"), 0.54),
				div(align.Added, align.FacetWording, false, "", "@handle, \"quoted\", comma\nnew line", ""),
			}},
		}},
		{"vote", []ver{
			{host: "c.example"},
			{host: "b.example"},
			{host: "a.example", madeAs: align.VersionEdit, divs: []align.Divergence{
				rated(div(align.Altered, align.FacetNegation, true, "The bill passed.", "The bill did not pass.", "negation flipped"), 0.4),
			}},
		}},
	}
	for _, st := range stories {
		var vs []VersionResult
		for i, v := range st.vers {
			role := RoleVersion
			if i == 0 {
				role = RoleReference
			}
			vr := VersionResult{
				URL: fmt.Sprintf("https://%s/%s", v.host, st.id), Outlet: v.host, Role: role, Err: v.err,
			}
			if v.err == "" {
				vr.Title = "A story about the " + st.id
				vr.Paragraphs = []string{"First paragraph.", "Second paragraph."}
				vr.Words = 4
				if i > 0 {
					vr.SetComparison(align.Comparison{Divergences: v.divs, Summary: align.Summary{Version: v.madeAs}})
				}
			}
			vs = append(vs, vr)
		}
		if err := s.SaveStory(ctx, NewStoryResult(st.id, vs[0], vs[1:])); err != nil {
			t.Fatal(err)
		}
	}
}

func TestStats(t *testing.T) {
	s := openTemp(t)
	seedDataset(t, s)
	got, err := s.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	want := []OutletStats{
		{Outlet: "a.example", Versions: 1, WithMaterial: 1, Material: 1, Facets: map[align.Facet]int{align.FacetNegation: 1}},
		{Outlet: "b.example", Versions: 3, WithMaterial: 2, WithHigh: 2, Material: 4, Cosmetic: 1, Facets: map[align.Facet]int{align.FacetNumber: 2, align.FacetQuote: 1}},
		{Outlet: "c.example", Versions: 1, Errors: 1, Cosmetic: 1, Facets: map[align.Facet]int{}},
		{Outlet: "d.example", Versions: 1, WithMaterial: 1, Material: 1, Cosmetic: 1, Facets: map[align.Facet]int{align.FacetAttribution: 1}},
	}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Fatalf("Stats =\n%+v\nwant\n%+v", got, want)
	}
	b := got[1]
	if b.Rate() != 2.0/3 || b.PerVersion() != 4.0/3 || b.FacetRate(align.FacetNumber) != 2.0/3 || b.FacetRate(align.FacetDate) != 0 {
		t.Errorf("b.example rates %v, %v, %v", b.Rate(), b.PerVersion(), b.FacetRate(align.FacetNumber))
	}
	if (OutletStats{}).Rate() != 0 {
		t.Error("rate of no versions is not 0")
	}
	var buf bytes.Buffer
	if err := WriteStats(&buf, got); err != nil {
		t.Fatal(err)
	}
	golden(t, "stats.txt", buf.Bytes())
}

func TestStatsEmpty(t *testing.T) {
	s := openTemp(t)
	got, err := s.Stats(context.Background())
	if err != nil || len(got) != 0 {
		t.Fatalf("Stats of an empty database = %v, %v", got, err)
	}
}

func TestExportCSV(t *testing.T) {
	s := openTemp(t)
	seedDataset(t, s)
	var buf bytes.Buffer
	if err := s.Export(context.Background(), &buf, "divergences", CSV); err != nil {
		t.Fatal(err)
	}
	recs, err := csv.NewReader(&buf).ReadAll()
	if err != nil {
		t.Fatalf("export does not parse as CSV: %v", err)
	}
	header := strings.Join(recs[0], ",")
	if header != "story_id,url,seq,kind,facet,material,ref_text,ver_text,ref_para,ver_para,detail,confidence" {
		t.Errorf("header %s", header)
	}
	if len(recs) != 1+9 {
		t.Fatalf("%d records, want a header and 9 rows", len(recs))
	}
	// Rows come in manifest order, reference first, in the order found.
	if recs[1][0] != "quake" || recs[1][1] != "https://b.example/quake" || recs[1][2] != "0" || recs[9][0] != "vote" {
		t.Errorf("order: first %v, last %v", recs[1], recs[9])
	}
	var formula, added []string
	for _, r := range recs[1:] {
		if r[1] == "https://b.example/blast" {
			formula = r
		}
		if r[3] == "added" {
			added = r
		}
	}
	if formula[6] != "'=1+1 injured, said 12 officials" || formula[7] != "'-3 injured, said 12 officials" || formula[10] != "'=1+1 → -3" {
		t.Errorf("formula cells not neutralised: %q", formula)
	}
	if added[6] != "" || added[7] != "'@handle, \"quoted\", comma\nnew line" || added[8] != "-1" || added[5] != "0" {
		t.Errorf("added row: %q", added)
	}
}

func TestExportJSONL(t *testing.T) {
	s := openTemp(t)
	seedDataset(t, s)
	for _, table := range Tables() {
		var buf bytes.Buffer
		if err := s.Export(context.Background(), &buf, table, JSONL); err != nil {
			t.Fatalf("%s: %v", table, err)
		}
		lines := strings.Split(strings.TrimSuffix(buf.String(), "\n"), "\n")
		if want := count(t, s, table, ""); len(lines) != want && !(want == 0 && buf.Len() == 0) {
			t.Errorf("%s: %d lines, want %d", table, len(lines), want)
		}
		for _, l := range lines {
			if l == "" {
				continue
			}
			var row map[string]any
			if err := json.Unmarshal([]byte(l), &row); err != nil {
				t.Errorf("%s: line %q: %v", table, l, err)
			}
		}
	}
	// JSON Lines carries values exactly, without the CSV escaping.
	var buf bytes.Buffer
	if err := s.Export(context.Background(), &buf, "divergences", JSONL); err != nil {
		t.Fatal(err)
	}
	dec := json.NewDecoder(&buf)
	var found bool
	for dec.More() {
		var d struct {
			StoryID  string `json:"story_id"`
			URL      string `json:"url"`
			Seq      int    `json:"seq"`
			RefText  string `json:"ref_text"`
			VerText  string `json:"ver_text"`
			RefPara  int    `json:"ref_para"`
			Material int    `json:"material"`
		}
		if err := dec.Decode(&d); err != nil {
			t.Fatal(err)
		}
		if d.URL == "https://d.example/blast" && d.Seq == 1 {
			found = true
			if d.VerText != "@handle, \"quoted\", comma\nnew line" || d.RefText != "" || d.RefPara != -1 || d.Material != 0 {
				t.Errorf("round trip: %+v", d)
			}
		}
	}
	if !found {
		t.Error("added divergence missing from the export")
	}
}

func TestExportVersionsGolden(t *testing.T) {
	s := openTemp(t)
	seedDataset(t, s)
	var buf bytes.Buffer
	if err := s.Export(context.Background(), &buf, "versions", CSV); err != nil {
		t.Fatal(err)
	}
	golden(t, "versions.csv", buf.Bytes())
}

func TestExportErrors(t *testing.T) {
	s := openTemp(t)
	var buf bytes.Buffer
	if err := s.Export(context.Background(), &buf, "sqlite_master", CSV); err == nil || !strings.Contains(err.Error(), "unknown table") {
		t.Errorf("unknown table: %v", err)
	}
	if err := s.Export(context.Background(), &buf, "versions", "xlsx"); err == nil || !strings.Contains(err.Error(), "unknown format") {
		t.Errorf("unknown format: %v", err)
	}
	if err := s.Export(context.Background(), &buf, "versions", CSV); err != nil || buf.String() != strings.Join(versionColumns(t, s), ",")+"\n" {
		t.Errorf("empty table: %q, %v", buf.String(), err)
	}
}

func versionColumns(t *testing.T, s *Store) []string {
	rows, err := s.DB().Query(`SELECT * FROM versions LIMIT 0`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	cols, _ := rows.Columns()
	return cols
}

func TestNeutralizeCell(t *testing.T) {
	tests := map[string]string{
		"":            "",
		"=SUM(A1)":    "'=SUM(A1)",
		"+1":          "'+1",
		"-2":          "'-2",
		"@cmd":        "'@cmd",
		"\tx":         "'\tx",
		"\rx":         "'\rx",
		"plain":       "plain",
		" =x":         " =x",
		"'already":    "'already",
		"28 → 27":     "28 → 27",
		"https://x/=": "https://x/=",
	}
	for in, want := range tests {
		if got := NeutralizeCell(in); got != want {
			t.Errorf("NeutralizeCell(%q) = %q, want %q", in, got, want)
		}
	}
}

// queryBlocks returns the title and SQL of each "## " section of a
// Markdown document that holds a sql code block.
func queryBlocks(doc string) (titles, queries []string) {
	block := regexp.MustCompile("(?s)```sql\n(.*?)```")
	for _, sec := range strings.Split(doc, "\n## ")[1:] {
		title, body, _ := strings.Cut(sec, "\n")
		if m := block.FindStringSubmatch(body); m != nil {
			titles = append(titles, title)
			queries = append(queries, m[1])
		}
	}
	return titles, queries
}

// TestQueries runs every query of QUERIES.md on the hand-made dataset and
// compares the results with a golden file, so the examples in the README
// are known to run and to mean what they say.
func TestQueries(t *testing.T) {
	doc, err := os.ReadFile("QUERIES.md")
	if err != nil {
		t.Fatal(err)
	}
	titles, queries := queryBlocks(string(doc))
	if len(queries) < 5 {
		t.Fatalf("QUERIES.md has %d queries, want at least 5", len(queries))
	}
	s := openTemp(t)
	seedDataset(t, s)
	var out bytes.Buffer
	for i, title := range titles {
		q := queries[i]
		fmt.Fprintf(&out, "## %s\n", title)
		rows, err := s.DB().Query(q)
		if err != nil {
			t.Errorf("%s: %v", title, err)
			continue
		}
		res := formatRows(t, rows)
		out.WriteString(res)
		out.WriteString("\n")
		if strings.Contains(title, "alter numbers") {
			// b.example altered numbers in 2 of its 3 versions; no
			// other outlet did.
			first := strings.Split(res, "\n")[1]
			if !strings.HasPrefix(first, "b.example|3|2|66.7") {
				t.Errorf("%s: first row %q, want b.example with 2 of 3 (66.7%%)", title, first)
			}
		}
	}
	golden(t, "queries.txt", out.Bytes())
}

// formatRows renders query results as "|"-separated lines under a header.
func formatRows(t *testing.T, rows *sql.Rows) string {
	t.Helper()
	defer rows.Close()
	cols, _ := rows.Columns()
	var b strings.Builder
	b.WriteString(strings.Join(cols, "|") + "\n")
	vals := make([]any, len(cols))
	ptrs := make([]any, len(cols))
	for i := range vals {
		ptrs[i] = &vals[i]
	}
	for rows.Next() {
		if err := rows.Scan(ptrs...); err != nil {
			t.Fatal(err)
		}
		for i, v := range vals {
			if i > 0 {
				b.WriteString("|")
			}
			if v == nil {
				b.WriteString("NULL")
			} else {
				fmt.Fprint(&b, v)
			}
		}
		b.WriteString("\n")
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return b.String()
}
