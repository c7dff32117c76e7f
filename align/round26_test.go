package align

import "testing"

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
