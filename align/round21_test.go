package align

import "testing"

// Tests of session 9's work.

// TestFigureCutIsNoStrip tells an editor who cut a figure from a sentence
// from a feed that stripped its digits: the feed leaves a trace (the gap
// the digits stood in, a sign or separator left alone, or no digit in
// the whole copy), the editor leaves none, and the cut is a change.
func TestFigureCutIsNoStrip(t *testing.T) {
	ref := []string{
		"Storm hits the coast",
		"The storm killed 24 people on Monday, officials said.",
		"Rescue teams from 3 towns worked through the night near Orvel.",
	}
	kept := ref[2]
	runMechanismCases(t, []mechanismCase{
		{"an editor cut the figure", ref,
			[]string{ref[0], "The storm killed people on Monday, officials said.", kept},
			[]string{"altered number"}},
		{"a feed left the gap", ref,
			[]string{ref[0], "The storm killed  people on Monday, officials said.", kept}, nil},
		{"a feed stripped every digit", ref,
			[]string{ref[0], "The storm killed people on Monday, officials said.",
				"Rescue teams from towns worked through the night near Orvel."}, nil},
		{"a sign left without its figure",
			[]string{"Shares climb", "Shares of Orvel Mining gained about 17% on Tuesday, traders said.", kept},
			[]string{"Shares climb", "Shares of Orvel Mining gained about % on Tuesday, traders said.", kept}, nil},
	})
}
