package align

import (
	"reflect"
	"strings"
	"testing"
)

func TestWordDiff(t *testing.T) {
	tests := []struct {
		name string
		a, b string
		want []Span
	}{
		{"equal", "same text", "same text", []Span{{SpanEqual, "same text"}}},
		{"empty", "", "", nil},
		{"word changed", "spans 28 points", "spans 27 points",
			[]Span{{SpanEqual, "spans "}, {SpanDelete, "28"}, {SpanInsert, "27"}, {SpanEqual, " points"}}},
		{"whole word not letters", "told CNN today", "told Reuters today",
			[]Span{{SpanEqual, "told "}, {SpanDelete, "CNN"}, {SpanInsert, "Reuters"}, {SpanEqual, " today"}}},
		{"insert", "a fresh plan", "a fresh peace plan",
			[]Span{{SpanEqual, "a fresh "}, {SpanInsert, "peace "}, {SpanEqual, "plan"}}},
		{"all new", "", "new", []Span{{SpanInsert, "new"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := WordDiff(tt.a, tt.b)
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("WordDiff(%q, %q)\n got %v\nwant %v", tt.a, tt.b, got, tt.want)
			}
		})
	}
}

// TestWordDiffLarge checks that a long diff is computed fully (no
// timeout degrading it to "delete all, insert all") and that the spans
// rebuild both texts.
func TestWordDiffLarge(t *testing.T) {
	ref, ver := benchPair(300, 5)
	a, b := strings.Join(ref.Paragraphs, "\n"), strings.Join(ver.Paragraphs, "\n")
	spans := WordDiff(a, b)
	var ra, rb strings.Builder
	equal := 0
	for _, s := range spans {
		if s.Op != SpanInsert {
			ra.WriteString(s.Text)
		}
		if s.Op != SpanDelete {
			rb.WriteString(s.Text)
		}
		if s.Op == SpanEqual {
			equal += len(s.Text)
		}
	}
	if ra.String() != a || rb.String() != b {
		t.Fatal("spans do not rebuild the inputs")
	}
	if equal < len(a)/2 {
		t.Errorf("only %d of %d bytes equal: the diff degraded", equal, len(a))
	}
}

func TestWordDiffInvalidUTF8(t *testing.T) {
	spans := WordDiff("caf\xe9 ok", "caf\xc3\xa9 ok")
	if len(spans) == 0 {
		t.Fatal("no spans")
	}
	for _, s := range spans {
		if !strings.Contains(s.Text, "ok") && s.Text == "" {
			t.Errorf("empty span %v", s)
		}
	}
}

func TestWordDiffCoalesce(t *testing.T) {
	tests := []struct {
		name string
		a, b string
		want []Span
	}{
		{"run replaced", "talks on a fresh peace plan went on", "talks behind the scenes went on",
			[]Span{{SpanEqual, "talks "}, {SpanDelete, "on a fresh peace plan"}, {SpanInsert, "behind the scenes"}, {SpanEqual, " went on"}}},
		{"separate edits stay apart", "one big red fox ran", "one small red cat ran",
			[]Span{{SpanEqual, "one "}, {SpanDelete, "big"}, {SpanInsert, "small"}, {SpanEqual, " red "}, {SpanDelete, "fox"}, {SpanInsert, "cat"}, {SpanEqual, " ran"}}},
		{"punctuation not merged", "cost 5, said Ann", "cost 6, said Bob",
			[]Span{{SpanEqual, "cost "}, {SpanDelete, "5"}, {SpanInsert, "6"}, {SpanEqual, ", said "}, {SpanDelete, "Ann"}, {SpanInsert, "Bob"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := WordDiff(tt.a, tt.b)
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("WordDiff(%q, %q)\n got %v\nwant %v", tt.a, tt.b, got, tt.want)
			}
			checkRebuild(t, tt.a, tt.b, got)
		})
	}
}

// checkRebuild checks that the Equal and Delete spans give a, the Equal
// and Insert spans give b, and that no two neighbouring spans share an op.
func checkRebuild(t *testing.T, a, b string, spans []Span) {
	t.Helper()
	var ra, rb strings.Builder
	for i, s := range spans {
		if s.Op != SpanInsert {
			ra.WriteString(s.Text)
		}
		if s.Op != SpanDelete {
			rb.WriteString(s.Text)
		}
		if s.Text == "" {
			t.Errorf("span %d is empty", i)
		}
		if i > 0 && spans[i-1].Op == s.Op {
			t.Errorf("spans %d and %d share op %d", i-1, i, s.Op)
		}
	}
	if ra.String() != a || rb.String() != b {
		t.Errorf("spans do not rebuild the texts:\n%q\n%q\nfrom %v", a, b, spans)
	}
}
