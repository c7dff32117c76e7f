package report

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/olekukonko/tablewriter/pkg/twwidth"
	"github.com/santhosh-tekuri/jsonschema/v6"
	"github.com/storydiff/storydiff/align"
	"github.com/storydiff/storydiff/crawl"
)

// seedPath is the shared seed story, present only in the project's work
// tree.
var seedPath = filepath.Join("..", "..", "shared", "seed", "ani-tribune-2025-11-20.txt")

// TestSeedStory renders a real comparison of the seed story with an edited
// copy in every format and checks each output's invariants.
func TestSeedStory(t *testing.T) {
	data, err := os.ReadFile(seedPath)
	if err != nil {
		t.Skipf("seed story not available: %v", err)
	}
	var paras []string
	for line := range strings.Lines(string(data)) {
		if line = strings.TrimSpace(line); line != "" {
			paras = append(paras, line)
		}
	}
	if len(paras) < 6 {
		t.Fatalf("seed story has %d paragraphs", len(paras))
	}
	edited := make([]string, 0, len(paras))
	for _, p := range paras[:len(paras)-1] { // the copy drops the last paragraph
		p = strings.Replace(p, "28", "27", 1)
		p = strings.Replace(p, "told CNN", "told Reuters", 1)
		edited = append(edited, p)
	}
	edited[2], edited[3] = edited[3], edited[2]
	edited = append(edited[:4], append([]string{"<script>alert(1)</script> \x1b[2J | =cmd"}, edited[4:]...)...)

	ref := crawl.Article{Source: "https://www.tribuneindia.com/news/world/seed", Title: paras[0], Paragraphs: paras}
	ver := crawl.Article{Source: "copy.html", Title: paras[0], Paragraphs: edited}
	r := Report{Reference: ref, Versions: []Version{{
		Article: ver,
		Comparison: align.Compare(
			align.Document{Source: ref.Source, Title: ref.Title, Paragraphs: ref.Paragraphs},
			align.Document{Source: ver.Source, Title: ver.Title, Paragraphs: ver.Paragraphs}),
	}}}

	var js bytes.Buffer
	if err := WriteJSON(&js, r); err != nil {
		t.Fatal(err)
	}
	doc, err := jsonschema.UnmarshalJSON(&js)
	if err != nil {
		t.Fatal(err)
	}
	if err := compareSchemaValidator(t).Validate(doc); err != nil {
		t.Errorf("JSON does not validate: %v", err)
	}

	checkHTMLSafe(t, r)

	for _, width := range []int{MinWidth, 80, 120} {
		var b bytes.Buffer
		if err := WriteTable(&b, r, TableOptions{Width: width, All: true}); err != nil {
			t.Fatal(err)
		}
		for _, line := range strings.Split(strings.TrimSuffix(b.String(), "\n"), "\n") {
			if w := twwidth.Width(line); w > width {
				t.Errorf("width %d: line is %d wide: %q", width, w, line)
			}
		}
		if strings.Contains(b.String(), "\x1b") {
			t.Error("escape character in the table")
		}
	}

	var md bytes.Buffer
	if err := WriteMarkdown(&md, r, MarkdownOptions{All: true}); err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(md.String(), "\n") {
		if strings.HasPrefix(line, "|") {
			if n := len(mdCells(line)); n != 6 {
				t.Errorf("Markdown row has %d cells: %q", n, line)
			}
		}
	}
	if containsUnescaped(md.String(), "<script") {
		t.Error("unescaped <script in Markdown")
	}
}
