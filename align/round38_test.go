package align

import "testing"

// Tests of session 26's work.

// TestPredicateBesideNumber reports a predicate swapped for another
// beside a number changed in its place as two claims ("have arrested two
// men" → "have charged three men": who was counted, and what was done to
// them); a predicate that only comes or goes with its number is still
// the number's one claim.
func TestPredicateBesideNumber(t *testing.T) {
	p := wrapBetween("Copper cable stolen from rail line near Limerick", "Services resumed on Friday.")
	runMechanismCases(t, []mechanismCase{
		{"arrested two → charged three", p("Gardaí have arrested two men in connection with the theft."),
			p("Gardaí have charged three men in connection with the theft."), []string{"altered number", "altered wording"}},
		{"burning → under control, with a new count", p("The fire was still burning on Monday after destroying 40 hectares of forest."),
			p("The fire was brought under control on Monday after destroying 55 hectares of forest."), []string{"altered number", "altered wording"}},
		{"the same predicate", p("Gardaí have arrested two men in connection with the theft."),
			p("Gardaí have arrested three men in connection with the theft."), []string{"altered number"}},
		{"a predicate added with its count", p("Gardaí are questioning a man in connection with the theft."),
			p("Gardaí have arrested two men in connection with the theft."), []string{"altered wording"}},
	})
}
