package align

import "testing"

// Tests of session 22's work.

// TestHalfADozen reads "half a dozen" as six, with its noun after "dozen":
// "six stations" is the same count, "seven stations" another.
func TestHalfADozen(t *testing.T) {
	p := func(a string) []string {
		return []string{"Radio mast fire", a, "An inquiry has been opened."}
	}
	runMechanismCases(t, []mechanismCase{
		{"six", p("Half a dozen local radio stations went off air on Monday."),
			p("Six local radio stations went off air on Monday."), nil},
		{"seven", p("Half a dozen local radio stations went off air on Monday."),
			p("Seven local radio stations went off air on Monday."), []string{"altered number"}},
		{"a dozen", p("A dozen local radio stations went off air on Monday."),
			p("Six local radio stations went off air on Monday."), []string{"altered number"}},
	})
}

// TestNewcomerSource keeps, in a retelling, a person's words given to
// someone the retelling brings in with an indefinite article ("Wallnöfer
// said" → "a city spokesman said") as a change of source; the same
// person described so in the story ("Wallnöfer, a city spokesman,") is
// none.
func TestNewcomerSource(t *testing.T) {
	const ref = "Talks were chaired by Mayor Georg Wallnöfer at city hall. Wallnöfer said the city would contribute 2 million euros a year for the next three years."
	runMechanismCases(t, []mechanismCase{
		retoldCase("mayor's words given to a spokesman", ref,
			"Mayor Georg Wallnöfer chaired the talks at city hall. The city will pay 2 million euros a year for the next three years, a city spokesman said.",
			"altered attribution"),
		retoldCase("the spokesman the story names", "Talks were chaired by the mayor at city hall. Wallnöfer, a city spokesman, said the city would contribute 2 million euros a year for the next three years.",
			"The mayor chaired the talks at city hall. The city will pay 2 million euros a year for the next three years, a city spokesman said."),
	})
}
