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
