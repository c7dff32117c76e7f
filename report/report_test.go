package report

import (
	"bytes"
	"errors"
	"io"
	"testing"

	"github.com/storydiff/storydiff/align"
	"github.com/storydiff/storydiff/crawl"
)

func TestGolden(t *testing.T) {
	r := sampleReport()
	tests := []struct {
		name  string
		write func(*bytes.Buffer) error
	}{
		{"sample.table.txt", func(b *bytes.Buffer) error { return WriteTable(b, r, TableOptions{}) }},
		{"sample.table-all-72.txt", func(b *bytes.Buffer) error { return WriteTable(b, r, TableOptions{Width: 72, All: true}) }},
		{"sample.json", func(b *bytes.Buffer) error { return WriteJSON(b, r) }},
		{"sample.md", func(b *bytes.Buffer) error { return WriteMarkdown(b, r, MarkdownOptions{}) }},
		{"sample-all.md", func(b *bytes.Buffer) error { return WriteMarkdown(b, r, MarkdownOptions{All: true}) }},
		{"sample.table-sure.txt", func(b *bytes.Buffer) error { return WriteTable(b, r, TableOptions{MinConfidence: 0.75}) }},
		{"sample-sure.md", func(b *bytes.Buffer) error { return WriteMarkdown(b, r, MarkdownOptions{MinConfidence: 0.9}) }},
		{"sample.html", func(b *bytes.Buffer) error { return WriteHTML(b, r, HTMLOptions{}) }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b bytes.Buffer
			if err := tt.write(&b); err != nil {
				t.Fatal(err)
			}
			checkGolden(t, tt.name, b.Bytes())
		})
	}
}

// hostileText holds page text meant to break out of each output format.
var hostileText = []string{
	"<script>alert(1)</script>",
	`<img src=x onerror="alert(2)">`,
	"a | b || c",
	"=cmd|' /C calc'!A0",
	"\x1b[31mred\x1b[0m \x1b]0;pwned\x07 \x1b]8;;http://evil.example/\x1b\\link\x1b]8;;\x1b\\",
	"\u009b31mC1 CSI",
	"abc\u202edcba\u202c",
	"line one\nline two\r\nthree",
	"`code` *bold* _em_ [link](http://evil.example/) ![img](http://evil.example/x.png)",
	"@everyone #1 ~~gone~~ $x$ &lt; \\",
	"javascript:alert(3)",
}

// hostileReport returns a report whose every text field is hostile.
func hostileReport() Report {
	h := func(i int) string { return hostileText[i%len(hostileText)] }
	var paras []string
	for i := range hostileText {
		paras = append(paras, "Para "+h(i))
	}
	ref := crawl.Article{
		Source: "javascript:alert(3)", Title: h(0) + h(4), Byline: h(1), Published: h(3),
		Paragraphs: paras, Warnings: []string{h(5)},
	}
	ver := crawl.Article{
		Source: "https://evil.example/\"><script>alert(4)</script>", URL: "https://evil.example/<x>",
		Title: h(1) + h(2), Paragraphs: paras[1:], Warnings: []string{h(4), h(6)},
	}
	var ds []align.Divergence
	for i := range hostileText {
		ds = append(ds, align.Divergence{
			Kind: align.Altered, Facet: align.Facet(h(i + 2)), Material: i%3 != 0,
			RefText: "The " + h(i) + " said", VerText: "The " + h(i+1) + " said",
			RefPara: i, VerPara: i - 1, Detail: h(i + 3),
		})
	}
	links := []align.Link{{Op: align.OpDropped, Ref: []int{0}}}
	for i := 1; i < len(paras); i++ {
		links = append(links, align.Link{Op: align.OpEdited, Ref: []int{i}, Ver: []int{i - 1}})
	}
	return Report{
		Reference: ref,
		Versions: []Version{{Article: ver, Comparison: align.Comparison{
			Alignment: links, Divergences: ds,
		}}},
		Errors: []SourceError{{Source: h(0), Error: h(4)}, {Source: h(2), Error: h(7)}},
	}
}

// failingWriter fails every write once n bytes have been written.
type failingWriter struct{ n int }

var errFull = errors.New("disk full")

func (w *failingWriter) Write(p []byte) (int, error) {
	if len(p) > w.n {
		k := w.n
		w.n = 0
		return k, errFull
	}
	w.n -= len(p)
	return len(p), nil
}

func TestWriteErrors(t *testing.T) {
	r := sampleReport()
	writers := map[string]func(w io.Writer) error{
		"table":    func(w io.Writer) error { return WriteTable(w, r, TableOptions{}) },
		"json":     func(w io.Writer) error { return WriteJSON(w, r) },
		"markdown": func(w io.Writer) error { return WriteMarkdown(w, r, MarkdownOptions{}) },
		"html":     func(w io.Writer) error { return WriteHTML(w, r, HTMLOptions{}) },
	}
	for name, write := range writers {
		for _, n := range []int{0, 100, 1000} {
			if err := write(&failingWriter{n: n}); !errors.Is(err, errFull) {
				t.Errorf("%s, failing after %d bytes: error %v, want %v", name, n, err, errFull)
			}
		}
	}
}
