package align

import (
	"slices"
	"testing"
)

// Tests of session 14's work.

// TestHarmReportedLater pairs a report of no injuries with the harm an
// update tells in its place, the count of a "no reports of" sentence
// being of what is reported, and the harm counted at a health unit or
// post as at a hospital.
func TestHarmReportedLater(t *testing.T) {
	p := func(a string, more ...string) []string {
		return append([]string{"Ship fire", "The fire was put out by the crew within an hour, the company said. " + a,
			"Passengers were asked to stay in their cabins."}, more...)
	}
	quote := "\"Our priority is to get every guest home safely,\" the chief executive said in a video."
	runMechanismCases(t, []mechanismCase{
		{"no reports of injuries to two treated",
			p("There were no reports of injuries."),
			p("Two crew members were treated for smoke inhalation, it said.", quote), []string{"altered number", "added quote"}},
		{"treated at a health unit",
			p("There have been no reports of injuries so far."),
			p("One deckhand was treated at the Assab Basic Health Unit for minor burns."),
			[]string{"altered negation"}},
		{"no reports of injuries kept",
			p("There were no reports of injuries."),
			p("No injuries were reported.", quote), []string{"added quote"}},
	})
}

// TestOpenCauseAnswered pairs a cause said not to be clear with the
// tentative answer an update gives ("a preliminary inspection pointed
// to", "preliminary findings suggest"), and does not pair an open
// question of who did something with a finding that does not tell it.
func TestOpenCauseAnswered(t *testing.T) {
	p := func(a string) []string {
		return []string{"Wall collapse", "About 40 metres of the flood wall collapsed at around 4am on Monday.",
			"Residents of 30 homes were moved to a school.", a, "Engineers will inspect the rest of the wall."}
	}
	runMechanismCases(t, []mechanismCase{
		{"not yet clear to preliminary findings", p("Officials say the cause of the breach is not yet clear."),
			p("Preliminary findings suggest the river undercut the foundation of the wall."), []string{"altered modality"}},
		{"not immediately clear to a preliminary inspection", p("It was not immediately clear what caused the wall to give way."),
			p("Officials said a preliminary inspection pointed to a corroded anchor bolt."), []string{"altered modality"}},
		{"who is not answered by a finding", p("It was not immediately clear who had built the wall."),
			p("Preliminary tests found traces of salt in the concrete."), []string{"dropped modality", "added modality"}},
		{"not clear as a state", p("The road to the school is not clear."),
			p("The road to the school is blocked."), []string{"altered negation"}},
	})
}

// TestCountRevisedAndRepeated reports a count the pair replaced with
// one of the same noun ("three cases" → "five cases") as revised, though
// the version repeats the old count in the next sentence ("The first
// three infections …"); a count only moved there is still no change.
func TestCountRevisedAndRepeated(t *testing.T) {
	tests := []struct {
		name     string
		ref, ver []string
		want     []string // details of the material divergences
	}{
		{"revised and repeated",
			[]string{"Palau has confirmed three cases of mpox, the ministry says.", "The infections were detected on Saturday among hotel staff in Koror."},
			[]string{"Palau has confirmed five cases of mpox, the ministry says.", "The first three infections were detected on Saturday among hotel staff in Koror."},
			[]string{"three cases → five cases"}},
		{"revised, other noun repeated",
			[]string{"Palau has confirmed three cases of mpox, the ministry says.", "The infections were detected on Saturday among hotel staff in Koror."},
			[]string{"Palau has confirmed five cases of mpox, the ministry says.", "Officials met three times on Saturday at a hotel in Koror."},
			[]string{"three cases → five cases"}},
		{"moved only",
			[]string{"About 2,300 members voted in the ballot.", "The union said the result was clear."},
			[]string{"Members voted in the ballot.", "About 2,300 of them took part, and the union said the result was clear."},
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, d := range Compare(doc(tt.ref...), doc(tt.ver...)).Divergences {
				if d.Material {
					got = append(got, d.Detail)
				}
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("details = %q, want %q", got, tt.want)
			}
		})
	}
}
