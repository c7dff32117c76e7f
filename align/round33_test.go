package align

import "testing"

// Tests of session 21's work.

// TestPluralIntent reads a plan or wish told by a plural subject ("the
// victims plan to", "they intend to") as an intention, so that the plan
// told as done is a modality change; the noun "plan" after a verb or a
// possessive is none.
func TestPluralIntent(t *testing.T) {
	p := func(a string) []string {
		return []string{"Families demand answers", a, "The inquiry opens next month."}
	}
	runMechanismCases(t, []mechanismCase{
		{"plan to, done", p("Relatives of the victims plan to form a human chain around the stadium."),
			p("Relatives of the victims formed a human chain around the stadium."), []string{"altered modality"}},
		{"they intend to, done", p("Residents said they intend to block the road on Friday."),
			p("Residents said they blocked the road on Friday."), []string{"altered modality"}},
		{"the same plan", p("Relatives of the victims plan to form a human chain around the stadium."),
			p("The victims' relatives plan to form a human chain around the stadium."), nil},
		{"a noun after a verb", p("Premier defends plan to borrow from the pension fund."),
			p("Premier defends plan to borrow from pension reserves."), nil},
	})
}

// TestLoadedVerbs reads a plain verb told as a loaded one ("said" →
// "insisted", "imposed" → "slapped") and a neutral noun as a loaded one
// ("companies linked to" → "cronies of") as a characterization; the
// loaded word on both sides is none.
func TestLoadedVerbs(t *testing.T) {
	p := func(a string) []string {
		return []string{"Refinery fire under control", a, "An inquiry has been opened."}
	}
	runMechanismCases(t, []mechanismCase{
		{"said to insisted", p("Its owners said fuel supplies would not be affected."),
			p("Its owners insisted fuel supplies would not be affected."), []string{"altered characterization"}},
		{"imposed to slapped", p("India has imposed a five-year anti-dumping duty on the fuel."),
			p("India has slapped a five-year anti-dumping duty on the fuel."), []string{"altered characterization"}},
		{"cronies", p("The fund lent money to companies linked to two former trustees."),
			p("The fund lent money to cronies of two former trustees."), []string{"altered characterization"}},
		{"insisted on both sides", p("Its owners insisted fuel supplies would not be affected."),
			p("The owners insisted that fuel supplies would not be affected."), nil},
	})
}
