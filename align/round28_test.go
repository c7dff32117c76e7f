package align

import "testing"

// Tests of session 16's work.

// TestMetricConversion keeps a measure told in another metric unit of
// its family ("1.2 tonnes" → "1,200 kilograms") as the same figure, and
// reports one whose value changed in the conversion.
func TestMetricConversion(t *testing.T) {
	p := func(a string) []string {
		return []string{"Police break up smuggling ring", a, "Six people were arrested, police said."}
	}
	runMechanismCases(t, []mechanismCase{
		{"tonnes as kilograms", p("Police seized 1.2 tonnes of pangolin scales at the port on Sunday."),
			p("Police seized 1,200 kilograms of pangolin scales at the port on Sunday."), nil},
		{"kilometres as metres", p("The fire spread along 2.5 km of the riverbank on Sunday."),
			p("The fire spread along 2,500 metres of the riverbank on Sunday."), nil},
		{"megawatts as gigawatts", p("The new plant will add 1,500 megawatts to the grid, the ministry said on Sunday."),
			p("The new plant will add 1.5 gigawatts to the grid, the ministry said on Sunday."), nil},
		{"converted to another value", p("Police seized 1.2 tonnes of pangolin scales at the port on Sunday."),
			p("Police seized 1,500 kilograms of pangolin scales at the port on Sunday."), []string{"altered number"}},
		{"kilometres and miles stay apart", p("The fire spread along 2.5 km of the riverbank on Sunday."),
			p("The fire spread along 2.5 miles of the riverbank on Sunday."), []string{"altered number"}},
	})
}
