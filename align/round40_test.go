package align

import "testing"

// Tests of session 28's work.

// TestNameGivenPaired pairs the one sentence that says a name has not
// been given with the one sentence of the other side that gives a name,
// wherever the update put it: the name given is one claim, its
// negator and the age or figures told with the name its details.
func TestNameGivenPaired(t *testing.T) {
	story := func(mid ...string) []string {
		return append(append([]string{
			"Farm worker dies in silo collapse near Tarbes",
			"A farm worker died on Monday when a grain silo collapsed at a cooperative near Tarbes, the fire service said.",
		}, mid...), "The cooperative said it was cooperating with the inquiry.", "Labour inspectors visited the site on Tuesday.")
	}
	ref := story("The man, 52, was buried under maize for more than an hour. His name has not been released.")
	runMechanismCases(t, []mechanismCase{
		{"named later in the story",
			ref,
			append(story("The man, 52, was buried under maize for more than an hour."),
				"He was named on Wednesday as Laurent Caubet, a father of two from Aureilhan."),
			[]string{"altered entity"}},
		{"police identified, age with the name",
			story("The man, 52, was buried under maize for more than an hour. Police have not released the names of his two colleagues."),
			story("The man, 52, was buried under maize for more than an hour.", "Police identified the two colleagues as Marc Lafitte, 31, and Yves Dupuy, 47."),
			[]string{"altered entity"}},
		// Near-misses: "identified as" what, not who; a withheld name
		// kept and a naming sentence of someone else added beside it.
		{"identified as a thing",
			ref,
			append(story("The man, 52, was buried under maize for more than an hour. His name has not been released."),
				"The silo had been identified as a risk in an audit in 2023."),
			[]string{"added date"}},
	})
}
