package report

import (
	"bytes"
	"strings"
	"testing"

	"github.com/storydiff/storydiff/align"
)

func TestEscapeMarkdown(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain words, with commas.", "plain words, with commas."},
		{"a | b", `a \| b`},
		{`back\slash`, `back\\slash`},
		{"`code`", "\\`code\\`"},
		{"*bold* _em_", `\*bold\* \_em\_`},
		{"<script>alert(1)</script>", `\<script\>alert(1)\</script\>`},
		{"[link](http://x)", `\[link\](http://x)`},
		{"![img](x.png)", `\!\[img\](x.png)`},
		{"~~strike~~ $math$", `\~\~strike\~\~ \$math\$`},
		{"@everyone see #12", `\@everyone see \#12`},
		{"&lt; &amp;", `\&lt; \&amp;`},
		{"line\nbreak\r\nand\ttab", "line break and tab"},
		{"- list item", `\- list item`},
		{"> quote", `\> quote`},
		{"=cmd", `\=cmd`},
		{"1. ordered", `1\. ordered`},
		{"2025. A year", `2025\. A year`},
		{"in 2025. A year", "in 2025. A year"},
		{"\x1b[31mred\x1b[0m", "red"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := EscapeMarkdown(tt.in); got != tt.want {
			t.Errorf("EscapeMarkdown(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// unescapeMarkdown undoes backslash escapes, as a Markdown renderer does.
func unescapeMarkdown(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' && i+1 < len(s) && isASCIIPunct(s[i+1]) {
			i++
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

// checkEscaped fails when s could be read as anything but literal text.
func checkEscaped(t *testing.T, in, s string, atStart bool) {
	t.Helper()
	if strings.ContainsAny(s, "\n\r") {
		t.Fatalf("EscapeMarkdown(%q) = %q: has a line break", in, s)
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '\\' {
			if i+1 >= len(s) || !isASCIIPunct(s[i+1]) {
				t.Fatalf("EscapeMarkdown(%q) = %q: stray backslash at %d", in, s, i)
			}
			i++
			continue
		}
		if strings.IndexByte(mdSpecial, c) >= 0 {
			t.Fatalf("EscapeMarkdown(%q) = %q: unescaped %q at %d", in, s, c, i)
		}
		if atStart && i == 0 && isASCIIPunct(c) {
			t.Fatalf("EscapeMarkdown(%q) = %q: unescaped leading %q", in, s, c)
		}
	}
}

func FuzzEscapeMarkdown(f *testing.F) {
	for _, s := range hostileText {
		f.Add(s)
	}
	f.Add("1. item\n2) item\n# heading\n---\n| a | b |")
	f.Fuzz(func(t *testing.T, in string) {
		for _, atStart := range []bool{true, false} {
			out := escapeMarkdown(in, atStart)
			checkEscaped(t, in, out, atStart)
			// Rendering gives back the sanitized text with white space
			// collapsed: nothing lost, nothing added.
			want := strings.Join(strings.Fields(Sanitize(in)), " ")
			if got := unescapeMarkdown(out); got != want {
				t.Fatalf("escapeMarkdown(%q, %v) = %q renders as %q, want %q", in, atStart, out, got, want)
			}
		}
	})
}

// mdCells splits a GFM table row into its cells, honouring \| escapes.
func mdCells(row string) []string {
	var cells []string
	var cur strings.Builder
	for i := 0; i < len(row); i++ {
		switch {
		case row[i] == '\\' && i+1 < len(row):
			cur.WriteByte(row[i])
			cur.WriteByte(row[i+1])
			i++
		case row[i] == '|':
			cells = append(cells, cur.String())
			cur.Reset()
		default:
			cur.WriteByte(row[i])
		}
	}
	cells = append(cells, cur.String())
	return cells[1 : len(cells)-1] // drop what is outside the outer pipes
}

func TestWriteMarkdownHostile(t *testing.T) {
	r := hostileReport()
	var b bytes.Buffer
	if err := WriteMarkdown(&b, r, MarkdownOptions{All: true}); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	rows := 0
	for _, line := range strings.Split(out, "\n") {
		if !strings.HasPrefix(line, "|") {
			continue
		}
		rows++
		if n := len(mdCells(line)); n != 6 {
			t.Errorf("row has %d cells, want 6: %q", n, line)
		}
	}
	if want := len(r.Versions[0].Comparison.Divergences) + 2*2; rows != want {
		t.Errorf("%d table lines, want %d", rows, want)
	}
	for _, bad := range []string{"<script", "<img", "\x1b", "\u202e", "](http", "@everyone", "\r", "~~gone"} {
		if containsUnescaped(out, bad) {
			t.Errorf("output contains unescaped %q", bad)
		}
	}
}

func TestWriteMarkdownMarks(t *testing.T) {
	d := align.Divergence{Kind: align.Altered, Facet: align.FacetNumber, Material: true,
		RefText: "It has *28* points.", VerText: "It has *27* points.", RefPara: 0, VerPara: 0, Detail: "28 → 27"}
	r := Report{Versions: []Version{{Comparison: align.Comparison{Divergences: []align.Divergence{d}}}}}
	var b bytes.Buffer
	if err := WriteMarkdown(&b, r, MarkdownOptions{}); err != nil {
		t.Fatal(err)
	}
	for _, s := range align.WordDiff(d.RefText, d.VerText) {
		core := escapeMarkdown(s.Text, false)
		var want string
		switch s.Op {
		case align.SpanDelete:
			want = "~~" + core + "~~"
		case align.SpanInsert:
			want = "**" + core + "**"
		default:
			continue
		}
		if !strings.Contains(b.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, b.String())
		}
	}
}

func TestWriteMarkdownOptions(t *testing.T) {
	r := sampleReport()
	tests := []struct {
		opts    MarkdownOptions
		want    []string
		wantNot []string
	}{
		{MarkdownOptions{}, []string{"## storydiff: 2 versions", "### [1] edition.cnn.com", "2 cosmetic changes not shown."}, []string{"site chrome"}},
		{MarkdownOptions{HeadingLevel: 1, All: true}, []string{"# storydiff", "## [1]", "site chrome"}, []string{"not shown"}},
		{MarkdownOptions{MaxRows: 1}, []string{"told CNN", "3 more not shown."}, []string{"new claim"}},
	}
	for _, tt := range tests {
		var b bytes.Buffer
		if err := WriteMarkdown(&b, r, tt.opts); err != nil {
			t.Fatal(err)
		}
		for _, s := range tt.want {
			if !strings.Contains(b.String(), s) {
				t.Errorf("%+v: output lacks %q", tt.opts, s)
			}
		}
		for _, s := range tt.wantNot {
			if strings.Contains(b.String(), s) {
				t.Errorf("%+v: output has %q", tt.opts, s)
			}
		}
	}
}

// containsUnescaped reports whether s occurs in md without a backslash
// before it.
func containsUnescaped(md, s string) bool {
	for i := 0; ; {
		j := strings.Index(md[i:], s)
		if j < 0 {
			return false
		}
		if i+j == 0 || md[i+j-1] != '\\' {
			return true
		}
		i += j + 1
	}
}
