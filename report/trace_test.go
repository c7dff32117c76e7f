package report

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"github.com/storydiff/storydiff/crawl"
)

// traceReport returns the sample report as a trace gives it: its versions
// found by feeds, and the reference's attributed claims checked.
func traceReport() Report {
	r := sampleReport()
	r.Versions[0].FoundBy = "https://edition.cnn.com/sitemaps/news.xml"
	r.Versions[0].Confidence = 0.8125
	r.Versions[1].FoundBy = "https://www.example-syndicator.com/feed/"
	r.Versions[1].Confidence = 0.6
	r.Attributions = []Attribution{
		{Outlet: "CNN", Cue: "told CNN", Claim: r.Reference.Paragraphs[0], Status: Supported,
			Source: r.Versions[0].Article.URL, Evidence: r.Versions[0].Article.Paragraphs[0], Detail: "CNN states it"},
		{Outlet: "Axios", Cue: "An Axios report", Claim: "An Axios report said the draft runs to 28 points.", Status: Altered,
			Source: "https://www.axios.com/2025/11/19/peace-plan", Evidence: "The draft runs to 27 points.", Detail: "28 points → 27 points"},
		{Outlet: "The Wall Street Journal", Cue: "reported by The Wall Street Journal", Claim: "The trip was first reported by The Wall Street Journal.",
			Status: NotFound, Detail: "no version from The Wall Street Journal was found"},
	}
	r.Errors = append(r.Errors, SourceError{Source: "https://www.wsj.example/rss/world.xml", Error: "broken feed: XML syntax error on line 1: unexpected EOF"})
	return r
}

func TestTraceJSON(t *testing.T) {
	var b bytes.Buffer
	if err := WriteJSON(&b, traceReport()); err != nil {
		t.Fatal(err)
	}
	var got struct {
		Versions []struct {
			FoundBy    *string  `json:"found_by"`
			Confidence *float64 `json:"confidence"`
		} `json:"versions"`
		Attributions []map[string]any `json:"attributions"`
	}
	if err := json.Unmarshal(b.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	if v := got.Versions[0]; v.FoundBy == nil || *v.FoundBy != "https://edition.cnn.com/sitemaps/news.xml" || v.Confidence == nil || *v.Confidence != 0.8125 {
		t.Errorf("version 1: found_by %v, confidence %v", v.FoundBy, v.Confidence)
	}
	if len(got.Attributions) != 3 {
		t.Fatalf("%d attributions, want 3", len(got.Attributions))
	}
	for _, key := range []string{"outlet", "claim", "status", "source", "evidence", "detail"} {
		if _, ok := got.Attributions[2][key]; !ok {
			t.Errorf("not_found attribution lacks %q: %v", key, got.Attributions[2])
		}
	}
	if s := got.Attributions[1]["status"]; s != "altered" {
		t.Errorf("status %v, want altered", s)
	}
	checkGolden(t, "trace.json", b.Bytes())
}

func TestTraceJSONMembersOnlyInTraces(t *testing.T) {
	// A compare report has no trace members; a trace that checked no
	// claim says so with an empty list.
	tests := []struct {
		name    string
		r       Report
		present []string
		absent  []string
	}{
		{"compare", sampleReport(), nil, []string{`"attributions"`, `"found_by"`}},
		{"trace without attributions", func() Report { r := sampleReport(); r.Attributions = []Attribution{}; return r }(),
			[]string{`"attributions": []`}, []string{`"found_by"`}},
		{"trace", traceReport(), []string{`"attributions": [`, `"found_by"`, `"confidence"`}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b bytes.Buffer
			if err := WriteJSON(&b, tt.r); err != nil {
				t.Fatal(err)
			}
			// A version's confidence that it tells the same story is a
			// trace's; its divergences' confidence is always there.
			var doc struct {
				Versions []map[string]any `json:"versions"`
			}
			if err := json.Unmarshal(b.Bytes(), &doc); err != nil {
				t.Fatal(err)
			}
			for i, v := range doc.Versions {
				if _, has := v["confidence"]; has != (tt.name == "trace") {
					t.Errorf("version %d: has confidence %v", i, has)
				}
			}
			for _, s := range tt.present {
				if !strings.Contains(b.String(), s) {
					t.Errorf("output lacks %s", s)
				}
			}
			for _, s := range tt.absent {
				if strings.Contains(b.String(), s) {
					t.Errorf("output has %s", s)
				}
			}
		})
	}
}

func TestTraceJSONValidates(t *testing.T) {
	s := compareSchemaValidator(t)
	var b bytes.Buffer
	if err := WriteJSON(&b, traceReport()); err != nil {
		t.Fatal(err)
	}
	good := b.String()
	tests := []struct {
		name     string
		old, new string
		valid    bool
	}{
		{"as written", "", "", true},
		{"unknown status", `"status": "altered"`, `"status": "changed"`, false},
		{"missing evidence", `"evidence": "",`, ``, false},
		{"confidence above 1", `"confidence": 0.8125`, `"confidence": 1.5`, false},
		{"found_by not a string", `"found_by": "https://edition.cnn.com/sitemaps/news.xml"`, `"found_by": 3`, false},
		{"attributions not a list", `"attributions": [`, `"attributions": "none", "x": [`, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := good
			if tt.old != "" {
				if !strings.Contains(doc, tt.old) {
					t.Fatalf("output lacks %q", tt.old)
				}
				doc = strings.Replace(doc, tt.old, tt.new, 1)
			}
			v, err := jsonschema.UnmarshalJSON(strings.NewReader(doc))
			if err != nil {
				t.Fatalf("not JSON: %v\n%s", err, doc)
			}
			err = s.Validate(v)
			if tt.valid && err != nil {
				t.Errorf("does not validate: %v", err)
			}
			if !tt.valid && err == nil {
				t.Errorf("validates, want rejected")
			}
		})
	}
}

func TestTraceTable(t *testing.T) {
	var b bytes.Buffer
	if err := WriteTable(&b, traceReport(), TableOptions{Width: 100}); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, want := range []string{
		"Feed:    https://edition.cnn.com/sitemaps/news.xml (confidence 0.81)",
		"3 attributed claims: 1 supported, 1 altered, 1 not found",
		"  altered    Axios: An Axios report said the draft runs to 28 points.",
		"             Detail: 28 points → 27 points",
		"  not found  The Wall Street Journal: The trip",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("table lacks %q", want)
		}
	}
	if a, e := strings.Index(out, "Attributions"), strings.Index(out, "Errors"); a < 0 || e < a {
		t.Errorf("attributions should come before errors")
	}
	checkGolden(t, "trace.table.txt", b.Bytes())
}

func TestTraceMarkdown(t *testing.T) {
	r := traceReport()
	r.Attributions[0].Claim = "A | pipe, a [link](https://evil.example) and <b>bold</b>"
	var b bytes.Buffer
	if err := WriteMarkdown(&b, r, MarkdownOptions{}); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, want := range []string{
		"### Attributions",
		"| altered | Axios | An Axios report said the draft runs to 28 points. |",
		`A \| pipe, a \[link\](https://evil.example) and \<b\>bold\<\/b\>`,
		"- Found by: https://edition.cnn.com/sitemaps/news.xml (confidence 0.81)",
	} {
		if !strings.Contains(out, want) && !strings.Contains(out, strings.ReplaceAll(want, `\/`, "/")) {
			t.Errorf("markdown lacks %q:\n%s", want, out)
		}
	}
	// Each attribution is one table row of five cells.
	_, attrs, _ := strings.Cut(out, "### Attributions")
	for line := range strings.Lines(attrs) {
		if strings.HasPrefix(line, "| supported") || strings.HasPrefix(line, "| altered") || strings.HasPrefix(line, "| not found") {
			if n := strings.Count(strings.ReplaceAll(line, `\|`, ""), "|"); n != 6 {
				t.Errorf("row has %d cell borders, want 6: %s", n, line)
			}
		}
	}
}

func TestTraceHTML(t *testing.T) {
	r := traceReport()
	r.Attributions[1].Evidence = `<script>alert(1)</script>`
	r.Attributions[1].Source = `javascript:alert(1)`
	var b bytes.Buffer
	if err := WriteHTML(&b, r, HTMLOptions{}); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, want := range []string{
		`<section class="attributions" id="attributions">`,
		`<span class="badge material">altered</span>`,
		`<span class="badge cosmetic">not found</span>`,
		`&lt;script&gt;alert(1)&lt;/script&gt;`,
		`Found by https://edition.cnn.com/sitemaps/news.xml (confidence 0.81)`,
		`href="https://edition.cnn.com/2025/11/20/politics/peace-plan"`,
	} {
		if !strings.Contains(out, want) {
			t.Errorf("HTML lacks %q", want)
		}
	}
	if strings.Contains(out, `href="javascript:`) || strings.Contains(out, "<script>alert") {
		t.Errorf("hostile attribution text became markup")
	}
}

func ExampleWriteTable_attributions() {
	r := Report{
		Reference: crawl.Article{Source: "story.txt", Paragraphs: []string{"An Axios report said the draft runs to 28 points."}},
		Attributions: []Attribution{{
			Outlet:   "Axios",
			Claim:    "An Axios report said the draft runs to 28 points.",
			Status:   Altered,
			Source:   "https://www.axios.com/2025/11/19/peace-plan",
			Evidence: "The draft runs to 27 points.",
			Detail:   "28 points → 27 points",
		}},
	}
	if err := WriteTable(os.Stdout, r, TableOptions{Width: 80}); err != nil {
		fmt.Println(err)
	}
	// Output:
	// Reference story.txt
	//   Source:  story.txt
	//   10 words, 1 paragraphs
	//
	// Attributions
	//   1 attributed claim: 1 altered
	//   altered    Axios: An Axios report said the draft runs to 28 points.
	//              Evidence: The draft runs to 27 points.
	//              Source: https://www.axios.com/2025/11/19/peace-plan
	//              Detail: 28 points → 27 points
}
