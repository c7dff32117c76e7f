package align

import "testing"

// Tests of session 27's work.

// TestCreditStamp reads a credit run into the page's time stamps as
// chrome: a byline, an outlet or a staff credit, then labelled stamps to
// the end of the line. A sentence whose subject "updated" something, or
// a credit followed by more than a stamp, is story text.
func TestCreditStamp(t *testing.T) {
	for _, tt := range []struct {
		s    string
		want bool
	}{
		{"Hina, published 17 January 10:24", true},
		{"Australian Associated Press, updated 7:55pm AEDT Friday", true},
		{"Staff report, posted 3:08 PM CDT Thursday", true},
		{"Kate Delaney Updated November 2 2025 - 4:55pm, first published 3:41pm", true},
		{"Our Staff Reporter Published March 9, 2025", true},
		{"The council updated on Monday.", false},
		{"Health officials, updated on the outbreak, said the risk was low.", false},
		{"Kate Delaney updated her forecast on Friday", false},
		{"Hina, published 17 January 10:24, said the train was late", false},
		{"Updated 7:55pm AEDT Friday", false}, // a stamp alone is labelledStamp's
	} {
		if got := creditStamp(tt.s); got != tt.want {
			t.Errorf("creditStamp(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
	// In a comparison the line is boilerplate, not a date added.
	p := wrapBetween("Tram and truck collide in Sale", "The highway reopened at 2.20pm.")
	runMechanismCases(t, []mechanismCase{
		{"credit and stamp added", p("Two people were hurt when a tram hit a truck."),
			append([]string{"Australian Associated Press, updated 7:55pm AEDT Friday"}, p("Two people were hurt when a tram hit a truck.")...), nil},
	})
}

// TestBoundaryMoved pairs two sentences with two when the version moves
// the boundary between them: the first reference sentence is joined
// into the second's pair instead of being reported as dropped, and the
// hedge the version settled is reported.
func TestBoundaryMoved(t *testing.T) {
	p := wrapBetween("Pupils rescued after kayaks capsize", "The school said the trip would be reviewed.")
	runMechanismCases(t, []mechanismCase{
		{"boundary moved, hedge settled",
			p("All 13 were checked by ambulance staff on the quay in Faaborg. Three pupils with mild hypothermia were taken to Svendborg Hospital for observation and were expected to be discharged on Tuesday evening."),
			p("All 13 were checked by paramedics on the quayside in Faaborg, and three pupils with mild hypothermia were taken to Svendborg Hospital for observation. They were discharged on Tuesday evening."),
			[]string{"altered modality"}},
		{"boundary moved, nothing else",
			p("All 13 were checked by ambulance staff on the quay in Faaborg. Three pupils with mild hypothermia were taken to Svendborg Hospital for observation and were discharged on Tuesday evening."),
			p("All 13 were checked by paramedics on the quayside in Faaborg, and three pupils with mild hypothermia were taken to Svendborg Hospital for observation. They were discharged on Tuesday evening."),
			nil},
	})
}
