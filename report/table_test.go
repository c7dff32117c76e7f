package report

import (
	"bytes"
	"regexp"
	"strings"
	"testing"

	"github.com/olekukonko/tablewriter/pkg/twwidth"
	"github.com/storydiff/storydiff/align"
)

// sgr matches the colour sequences WriteTable itself emits.
var sgr = regexp.MustCompile(`\x1b\[[0-9;]*m`)

func TestWriteTableFitsWidth(t *testing.T) {
	for _, r := range []Report{sampleReport(), hostileReport()} {
		for _, width := range []int{MinWidth, 60, 80, 100, 160} {
			for _, color := range []bool{false, true} {
				var b bytes.Buffer
				if err := WriteTable(&b, r, TableOptions{Width: width, Color: color, All: true}); err != nil {
					t.Fatal(err)
				}
				for n, line := range strings.Split(strings.TrimSuffix(b.String(), "\n"), "\n") {
					if w := twwidth.Width(sgr.ReplaceAllString(line, "")); w > width {
						t.Errorf("width %d color %v: line %d is %d wide: %q", width, color, n+1, w, line)
					}
				}
			}
		}
	}
}

func TestWriteTableDefaultWidth(t *testing.T) {
	var def, hundred bytes.Buffer
	r := sampleReport()
	if err := WriteTable(&def, r, TableOptions{}); err != nil {
		t.Fatal(err)
	}
	if err := WriteTable(&hundred, r, TableOptions{Width: DefaultWidth}); err != nil {
		t.Fatal(err)
	}
	if def.String() != hundred.String() {
		t.Error("Width 0 does not lay out like DefaultWidth")
	}
}

func TestWriteTableHostile(t *testing.T) {
	r := hostileReport()
	for _, color := range []bool{false, true} {
		var b bytes.Buffer
		if err := WriteTable(&b, r, TableOptions{Width: 120, Color: color, All: true}); err != nil {
			t.Fatal(err)
		}
		out := sgr.ReplaceAllString(b.String(), "")
		for i, r := range out {
			switch {
			case r == '\n':
			case r < 0x20 || r == 0x7f || r >= 0x80 && r <= 0x9f:
				t.Fatalf("color %v: control character %U at byte %d in %q", color, r, i, out[max(0, i-40):min(len(out), i+40)])
			case r >= 0x202a && r <= 0x202e || r >= 0x2066 && r <= 0x2069:
				t.Fatalf("color %v: bidi control %U in output", color, r)
			}
		}
		// The title an OSC sequence would set is part of the sequence.
		if strings.Contains(out, "pwned") {
			t.Errorf("color %v: output has the payload of an OSC sequence", color)
		}
		for _, want := range []string{"=cmd|'", "<script>alert(1)</script>", "a | b || c"} {
			if !strings.Contains(strings.Join(strings.Fields(out), " "), want) {
				t.Errorf("color %v: output lacks the literal text %q", color, want)
			}
		}
	}
}

func TestWriteTableMarksWords(t *testing.T) {
	d := align.Divergence{Kind: align.Altered, Facet: align.FacetNumber, Material: true,
		RefText: "It has 28 points.", VerText: "It has 27 points.", RefPara: 0, VerPara: 0, Detail: "28 → 27"}
	r := Report{Versions: []Version{{Comparison: align.Comparison{Divergences: []align.Divergence{d}}}}}

	// The marks follow align.WordDiff, whatever its granularity.
	var wantPlain, wantColor []string
	for _, s := range align.WordDiff(d.RefText, d.VerText) {
		for _, w := range strings.Fields(s.Text) {
			switch s.Op {
			case align.SpanDelete:
				wantColor = append(wantColor, ansiRed+w+ansiReset)
			case align.SpanInsert:
				wantColor = append(wantColor, ansiGreen+w+ansiReset)
			}
		}
		switch core := strings.TrimSpace(s.Text); s.Op {
		case align.SpanDelete:
			wantPlain = append(wantPlain, "[-"+strings.Fields(core)[0])
		case align.SpanInsert:
			wantPlain = append(wantPlain, "{+"+strings.Fields(core)[0])
		}
	}
	if len(wantPlain) == 0 {
		t.Fatal("align.WordDiff found no change")
	}
	var plain, color bytes.Buffer
	if err := WriteTable(&plain, r, TableOptions{Width: 200}); err != nil {
		t.Fatal(err)
	}
	if err := WriteTable(&color, r, TableOptions{Width: 200, Color: true}); err != nil {
		t.Fatal(err)
	}
	for _, w := range wantPlain {
		if !strings.Contains(plain.String(), w) {
			t.Errorf("plain output lacks %q:\n%s", w, plain.String())
		}
	}
	if strings.Contains(plain.String(), "\x1b") {
		t.Error("plain output contains an escape character")
	}
	for _, w := range wantColor {
		if !strings.Contains(color.String(), w) {
			t.Errorf("colour output lacks %q:\n%q", w, color.String())
		}
	}
}

func TestWriteTableCosmetic(t *testing.T) {
	r := sampleReport()
	tests := []struct {
		all     bool
		want    []string
		wantNot []string
	}{
		{false, []string{"2 cosmetic changes hidden (use --all)", "No material changes."}, []string{"site chrome", "Cosmetic changes:"}},
		{true, []string{"Cosmetic changes: 2 (1 boilerplate, 1 moved)", "site chrome"}, []string{"hidden (use --all)"}},
	}
	for _, tt := range tests {
		var b bytes.Buffer
		if err := WriteTable(&b, r, TableOptions{All: tt.all}); err != nil {
			t.Fatal(err)
		}
		for _, s := range tt.want {
			if !strings.Contains(b.String(), s) {
				t.Errorf("All=%v: output lacks %q", tt.all, s)
			}
		}
		for _, s := range tt.wantNot {
			if strings.Contains(b.String(), s) {
				t.Errorf("All=%v: output has %q", tt.all, s)
			}
		}
	}
}

func TestWriteTableOrder(t *testing.T) {
	// Material divergences are listed in reference order, and a claim
	// the reference lacks goes where its version paragraph is aligned.
	r := sampleReport()
	var b bytes.Buffer
	if err := WriteTable(&b, r, TableOptions{Width: 200}); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	order := []string{"told CNN → told Reuters", "28 → 27", "quote shortened", "new claim"}
	last := -1
	for _, s := range order {
		i := strings.Index(out, s)
		if i < 0 || i < last {
			t.Fatalf("%q is out of reference order (at %d, previous at %d)", s, i, last)
		}
		last = i
	}
}

func TestWriteTableWarnings(t *testing.T) {
	var b bytes.Buffer
	if err := WriteTable(&b, sampleReport(), TableOptions{}); err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{"Warning: extraction doubtful; truncated", "Errors\n  https://www.example.com/paywalled: fetch: 403 Forbidden"} {
		if !strings.Contains(b.String(), s) {
			t.Errorf("output lacks %q", s)
		}
	}
}

func TestWrapTokens(t *testing.T) {
	tests := []struct {
		spans []align.Span
		width int
		want  []string
	}{
		{[]align.Span{{Op: align.SpanEqual, Text: "one two three four"}}, 9, []string{"one two", "three", "four"}},
		{[]align.Span{{Op: align.SpanEqual, Text: "abcdefghij"}}, 4, []string{"abcd", "efgh", "ij"}},
		{[]align.Span{{Op: align.SpanEqual, Text: "has "}, {Op: align.SpanDelete, Text: "28"}, {Op: align.SpanEqual, Text: ", so"}}, 40, []string{"has [-28-], so"}},
		{[]align.Span{{Op: align.SpanEqual, Text: "a "}, {Op: align.SpanInsert, Text: "new big"}, {Op: align.SpanEqual, Text: " plan"}}, 40, []string{"a {+new big+} plan"}},
		{[]align.Span{{Op: align.SpanEqual, Text: "a "}, {Op: align.SpanInsert, Text: "new big"}, {Op: align.SpanEqual, Text: " plan"}}, 6, []string{"a", "{+new", "big+}", "plan"}},
		{[]align.Span{{Op: align.SpanEqual, Text: "  spaced\n\tout  "}}, 40, []string{"spaced out"}},
		{nil, 10, nil},
	}
	for _, tt := range tests {
		got := wrapTokens(tokenize(tt.spans), tt.width, false)
		if strings.Join(got, "|") != strings.Join(tt.want, "|") || len(got) != len(tt.want) {
			t.Errorf("wrapTokens(%v, %d) = %q, want %q", tt.spans, tt.width, got, tt.want)
		}
	}
}

// FuzzWrapTokens checks that wrapped lines fit and keep every word.
func FuzzWrapTokens(f *testing.F) {
	f.Add("The draft runs to 28 points.", "The draft runs to 27 points, officials said.", 12, false)
	f.Add("中文字符 wide ＷＯＲＤＳ", "emoji 👍🏽 text", 5, true)
	f.Fuzz(func(t *testing.T, a, b string, width int, color bool) {
		// The table never makes a column narrower than 6, room for one
		// wide rune and both markers.
		width = 6 + int(uint(width)%80)
		var spans []align.Span
		for _, s := range align.WordDiff(a, b) {
			if s.Op != align.SpanInsert {
				spans = append(spans, s)
			}
		}
		toks := tokenize(spans)
		lines := wrapTokens(toks, width, color)
		var got, want strings.Builder
		for _, l := range lines {
			plain := sgr.ReplaceAllString(l, "")
			if w := twwidth.Width(plain); w > width {
				t.Fatalf("line %q is %d wide, limit %d", l, w, width)
			}
			got.WriteString(strings.Join(strings.Fields(plain), ""))
		}
		for _, tok := range toks {
			want.WriteString(tok.text)
		}
		// With colour, no marker is added: every character is kept.
		if color && got.String() != want.String() {
			t.Fatalf("wrapped text %q, want %q", got.String(), want.String())
		}
		if len(toks) > 0 && len(lines) == 0 {
			t.Fatalf("no lines for %d tokens", len(toks))
		}
	})
}

func TestWrapLongWord(t *testing.T) {
	// A hostile page may hold a huge run without spaces; wrapping it must
	// stay linear and keep every character.
	word := strings.Repeat("aé中", 20000)
	for _, color := range []bool{false, true} {
		toks := tokenize([]align.Span{{Op: align.SpanEqual, Text: "x "}, {Op: align.SpanDelete, Text: word}})
		lines := wrapTokens(toks, 30, color)
		var got strings.Builder
		for _, l := range lines {
			plain := sgr.ReplaceAllString(l, "")
			if w := twwidth.Width(plain); w > 30 {
				t.Fatalf("color %v: line %q is %d wide", color, l, w)
			}
			if !color {
				plain = strings.NewReplacer("[-", "", "-]", "").Replace(plain)
			}
			got.WriteString(strings.Join(strings.Fields(plain), ""))
		}
		if got.String() != "x"+word {
			t.Errorf("color %v: text changed by wrapping", color)
		}
	}
}

func BenchmarkWrapLongWord(b *testing.B) {
	toks := tokenize([]align.Span{{Op: align.SpanInsert, Text: strings.Repeat("abcdefghij", 10000)}})
	b.ReportAllocs()
	for b.Loop() {
		wrapTokens(toks, 40, false)
	}
}
