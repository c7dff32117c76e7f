package align

import "testing"

// Tests of session 24's work.

// TestJudgedFacet reports a lone sentence that judges by who or what it
// judges: an evaluative word said of something named is a
// characterization, one said of nothing named is the sentence's wording.
func TestJudgedFacet(t *testing.T) {
	base := []string{"Sawmill fire destroys timber stock", "A fire destroyed the sawmill at Leoben on Tuesday, firefighters said.", "No one was hurt."}
	with := func(s string) []string { return []string{base[0], base[1], s, base[2]} }
	runMechanismCases(t, []mechanismCase{
		{"judged, nothing named", base, with("Illegal timber felling has surged in recent years."), []string{"added wording"}},
		{"judged, a name", base, with("Critics say the Leoben sawmill was dangerously overcrowded with stock."), []string{"added characterization"}},
		{"dropped, nothing named", with("Illegal timber felling has surged in recent years."), base, []string{"dropped wording"}},
	})
}
