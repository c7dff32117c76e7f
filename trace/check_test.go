package trace

import (
	"strings"
	"testing"
)

func TestCheckAttributions(t *testing.T) {
	versions := []Version{{
		URL:    "https://orig.example/a",
		Outlet: "Orig",
		Paragraphs: []string{
			"The barrier gave way on Tuesday after the Kessel river rose to 9.4 metres, the highest level on record.",
			"Mayor Ana Torvik ordered 3,000 homes evacuated, and said no one had been hurt.",
			"Engineers had inspected the barrier in March and found it sound, the council said.",
		},
	}}
	tests := []struct {
		name, claim, outlet string
		want                Status
		detail              string
	}{
		{"same facts", "The barrier gave way on Tuesday as the Kessel river rose to a record 9.4 metres, Orig reported.", "Orig", Supported, "states it"},
		{"number changed", "Mayor Ana Torvik ordered 5,000 homes evacuated, Orig reported.", "Orig", Altered, "3,000"},
		{"day changed", "The barrier gave way on Monday after the Kessel river rose to 9.4 metres, Orig reported.", "Orig", Altered, "Tuesday"},
		{"negation flipped", "Engineers had inspected the barrier in March and did not find it sound, Orig reported.", "Orig", Altered, "negation"},
		{"number absent", "Mayor Ana Torvik ordered homes evacuated after 12 hours of rain, Orig reported.", "Orig", NotFound, `does not state "12 hours"`},
		{"day absent", "Engineers had inspected the barrier in March and found it sound on Friday, Orig reported.", "Orig", Supported, `without "Friday"`},
		{"claim absent", "The regional governor blamed climate change for the rising waters, Orig reported.", "Orig", NotFound, "states this claim"},
		{"no version", "The barrier gave way on Tuesday, Other reported.", "Other", NotFound, "no version from Other"},
	}
	for _, tt := range tests {
		a := Attribution{Outlet: tt.outlet, Claim: tt.claim, Cue: tt.outlet + " reported"}
		got := CheckAttributions([]Attribution{a}, versions)[0]
		if got.Status != tt.want || !strings.Contains(got.Detail, tt.detail) {
			t.Errorf("%s: %s (%s), evidence %q; want %s with %q", tt.name, got.Status, got.Detail, got.Evidence, tt.want, tt.detail)
		}
		if (got.Evidence != "") != (got.Status != NotFound || got.Source != "") {
			t.Errorf("%s: evidence %q with source %q", tt.name, got.Evidence, got.Source)
		}
	}
}

func TestConfirm(t *testing.T) {
	art := seedArticle(t, "").Paragraphs
	if c, n := Confirm(art, cnnOriginal.paragraphs); c < DefaultMinConfidence || n < 5 {
		t.Errorf("CNN rewrite: confidence %.2f, %d matched", c, n)
	}
	if c, n := Confirm(art, axiosOriginal.paragraphs); c < DefaultMinConfidence || n < 2 {
		t.Errorf("short Axios original: confidence %.2f, %d matched", c, n)
	}
	if c, _ := Confirm(art, topicalDecoy.paragraphs); c >= DefaultMinConfidence {
		t.Errorf("topical decoy: confidence %.2f", c)
	}
	for _, title := range decoyTitles {
		if c, _ := Confirm(art, decoyPage(title, storyDate).paragraphs); c >= DefaultMinConfidence {
			t.Errorf("decoy %q: confidence %.2f", title, c)
		}
	}
	if c, n := Confirm(art, nil); c != 0 || n != 0 {
		t.Errorf("empty candidate: %.2f, %d", c, n)
	}
}

func TestStripDateline(t *testing.T) {
	for in, want := range map[string]string{
		"Washington [US], November 20 (ANI): The plan has 28 points.": "The plan has 28 points.",
		"LONDON (Reuters) - Shares fell.":                             "Shares fell.",
		"The plan (first draft) has 28 points.":                       "The plan (first draft) has 28 points.",
	} {
		if got := stripDateline(in); got != want {
			t.Errorf("stripDateline(%q) = %q, want %q", in, got, want)
		}
	}
}
