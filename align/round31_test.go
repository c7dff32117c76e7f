package align

import "testing"

// Tests of session 19's work.

// TestEstimateToldApproximate reads an estimated figure told on the other
// side as the same figure approximated ("an estimated 1.2 million" →
// "about 1.2 million", "put at about 40 million") as the same hedge; the
// estimate dropped before a bare figure is still a change of modality.
func TestEstimateToldApproximate(t *testing.T) {
	p := func(a string) []string {
		return []string{"Customs seize rhino horn at port", a, "The suspects appear in court on Monday."}
	}
	runMechanismCases(t, []mechanismCase{
		{"an estimated figure told as about the figure",
			p("Officers seized 27 kilograms of rhino horn worth an estimated 1.2 million dollars."),
			p("Officers seized 27 kilograms of rhino horn worth about 1.2 million dollars."), nil},
		{"estimated at about, put at about",
			p("The haul, estimated at about 40 million dollars, was hidden in a container."),
			p("The haul, put at about 40 million dollars, was hidden in a container."), nil},
		{"estimated at around, around",
			p("The haul is estimated at around 1,300 kilograms, officials said."),
			p("Around 1,300 kilograms were in the haul, officials said."), nil},
		{"estimate dropped before the bare figure",
			p("Officers seized 27 kilograms of rhino horn worth an estimated 1.2 million dollars."),
			p("Officers seized 27 kilograms of rhino horn worth 1.2 million dollars."), []string{"altered modality"}},
	})
}
