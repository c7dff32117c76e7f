package align

import (
	"slices"
	"testing"
)

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
// "insisted", "criticised" → "berated") and a neutral noun as a loaded one
// ("companies linked to" → "cronies of") as a characterization; the
// loaded word on both sides is none.
func TestLoadedVerbs(t *testing.T) {
	p := func(a string) []string {
		return []string{"Refinery fire under control", a, "An inquiry has been opened."}
	}
	runMechanismCases(t, []mechanismCase{
		{"said to insisted", p("Its owners said fuel supplies would not be affected."),
			p("Its owners insisted fuel supplies would not be affected."), []string{"altered characterization"}},
		{"criticised to berated", p("The minister criticised the refinery's managers on Tuesday."),
			p("The minister berated the refinery's managers on Tuesday."), []string{"altered characterization"}},
		{"cronies", p("The fund lent money to companies linked to two former trustees."),
			p("The fund lent money to cronies of two former trustees."), []string{"altered characterization"}},
		{"insisted on both sides", p("Its owners insisted fuel supplies would not be affected."),
			p("The owners insisted that fuel supplies would not be affected."), nil},
	})
}

// TestRepublisherLines reads as chrome a licence note ("reproduced under
// license from …"), a partner or sponsor presenting the copy, a
// disclaimer of linked sites, where the copy first ran, calls for tips,
// a desk's stamp (also with its figures stripped), two stamps in one
// line and a wire's update note after a colon. Claims that share their
// words are still story text.
func TestRepublisherLines(t *testing.T) {
	runChromeLines(t, []string{
		"Water rationing extended in Nome",
		"The city extended water rationing on Tuesday as the reservoir fell to 20 percent of capacity.",
		"Officials said deliveries by barge would start next week.",
	}, []string{
		"This article was reproduced under license from The Canadian Press; the views expressed are not necessarily those of HealthLine North.",
		"This article is brought to you by our partners at the Bala & Penllyn Chronicle",
		"Sponsored by Tongass Outfitters.",
		"NorthBeat News is not responsible for the content of external sites.",
		"Originally published by the Emerald Isle Tribune.",
		"Have a news tip?",
		"Contact the Alaska News Network newsroom.",
		"Europe Desk | Friday 14:05 CET",
		"Sicily News Desk, published // :",
		"Published 6:15 a.m. HST, updated 9:02 a.m. HST",
		"(Updated 11 June: adds asking price, new pledge total and concert date.)",
	}, []mechanismCase{
		{"contact the police", nil, []string{"Residents should contact the police if they see tankers selling water."}, []string{"added modality"}},
		{"a sponsored tanker", nil, []string{"The first tanker, sponsored by a mining company, brought 40,000 litres."}, []string{"added number"}},
		{"originally built", nil, []string{"The reservoir was originally built by the Army in 1943."}, []string{"added date"}},
	})
}

// TestParticipleNoSource reads a count in a participle's clause after
// "while" before a verb of speech ("who crashed while carrying 38 pupils
// has admitted") as the claim's, not as the count of a source, so that
// it changed is a number's change from one figure to the other.
func TestParticipleNoSource(t *testing.T) {
	doc := func(a string) Document {
		return Document{Paragraphs: []string{"Driver admits careless driving", a, "Twelve pupils were taken to hospital."}}
	}
	c := Compare(doc("A school bus driver who crashed into a wall near Llandeilo while carrying 38 pupils has admitted driving without due care."),
		doc("A bus driver has admitted careless driving after the double-decker he was driving with 40 pupils on board hit a wall near Llandeilo."))
	var got []string
	for _, d := range c.Divergences {
		if d.Material {
			got = append(got, string(d.Kind)+" "+string(d.Facet)+": "+d.Detail)
		}
	}
	if want := []string{"altered number: 38 pupils → 40 pupils"}; !slices.Equal(got, want) {
		t.Errorf("material = %q, want %q", got, want)
	}
}

// TestFractionAfterBy reads a fraction after "by" (and a bound) as a
// share whatever follows it ("cut by half after the break", "fall by
// about a quarter this year"), and one before "that" as a share of it
// ("less than half that amount"), so that it changed is a number's
// change.
func TestFractionAfterBy(t *testing.T) {
	p := func(a string) []string {
		return []string{"Nome rations water", a, "Crews are working on the line."}
	}
	runMechanismCases(t, []mechanismCase{
		{"half to a third", p("The utility asked residents to cut their water use by half after a break in the main line."),
			p("The utility asked residents to cut their water use by a third after a break in the main line."), []string{"altered number"}},
		{"a quarter to a third", p("Output fell by a quarter last year."), p("Output fell by a third last year."), []string{"altered number"}},
		{"a third kept", p("Output fell by a third last year."), p("Output dropped by a third last year."), nil},
		{"by about a quarter", p("The harvest will fall by about a quarter this year."), p("The harvest will fall by about a third this year."), []string{"altered number"}},
		{"half that amount", p("He expects to produce less than half that amount."), p("He expects to produce only about a third of that."), []string{"altered number"}},
	})
}

// TestOlderYears reads a year before 1900 after a word that dates ("built
// in 1899", "dates to 1901" → "dating to 1899") as a date, so that it
// changed is a date's change; a count of that size is still a number.
func TestOlderYears(t *testing.T) {
	p := func(a string) []string {
		return []string{"Fish house burns", a, "The cause is under investigation."}
	}
	runMechanismCases(t, []mechanismCase{
		{"dates to", p("The shop was in a wooden building that dates to 1901, officials said."),
			p("The shop was in a wooden building dating to 1899, officials said."), []string{"altered date"}},
		{"built in", p("The shop was in a wooden building built in 1901, officials said."),
			p("The shop was in a wooden building built in 1899, officials said."), []string{"altered date"}},
		{"dating back to", p("Owners can clear arrears dating back to 1995 under the scheme."),
			p("Owners can clear arrears dating back to 1998 under the scheme."), []string{"altered date"}},
		{"a count", p("A total of 1850 runners took part in the race."),
			p("A total of 1880 runners took part in the race."), []string{"altered number"}},
	})
}

// TestTollsAndRupees reads "kills one" as a toll, so that it changed is a
// number's change; a toll given in one headline only, the other telling
// of none, as a number added; an amount after its currency's code
// ("nearly Rs 20,000") with its bound; "Rs 20,000" in a quote as "20,000
// rupees"; "suspected behind" as a belief, not an accusation; and a
// byline before a stamp whose time stands after a dash as chrome.
func TestTollsAndRupees(t *testing.T) {
	h := func(head string) []string {
		return []string{head, "Firefighters worked through the night.", "An inquiry has been opened."}
	}
	p := func(a string) []string {
		return []string{"Fish die in Vembanad lake", a, "Officials are testing the water."}
	}
	runMechanismCases(t, []mechanismCase{
		{"kills one to three", h("Hotel collapse in Puerto Natales kills one"), h("Hotel collapse in Puerto Natales kills three"), []string{"altered number"}},
		{"a toll in one headline", h("Fire at Freetown chemical warehouse forces evacuation of hundreds"),
			h("Fire at Freetown chemical warehouse kills one, hundreds evacuated"), []string{"altered number"}},
		{"one of them, no toll", p("Police said at least five were injured, one of them seriously."),
			p("Police said at least five were injured, one of them critically."), []string{"altered characterization"}},
		{"rupees in a quote", p("\"I have lost nearly Rs 20,000 worth of fish in my cage farm,\" said Joseph."),
			p("\"I have lost nearly 20,000 rupees worth of fish in my cage farm,\" said Joseph."), nil},
		{"dollars in a quote", p("\"We lost $500 in one night,\" said Joseph."),
			p("\"We lost 500 dollars in one night,\" said Joseph."), nil},
		{"dollars in a quote, changed", p("\"We lost $500 in one night,\" said Joseph."),
			p("\"We lost 800 dollars in one night,\" said Joseph."), []string{"altered quote"}},
		{"suspected behind", h("Algal bloom suspected behind mass fish kill in Vembanad lake"),
			h("Dead fish pile up in Vembanad lake; algal bloom suspected"), nil},
		{"byline and stamp", []string{"Lift fails at park", "By Nusantara Times Staff Thursday, 10 April 2025 - 17:05 WITA", "Rescuers freed 40 people."},
			[]string{"Lift fails at park", "Rescuers freed 40 people."}, nil},
	})
}

// TestPreliminaryAsInitial reads "a preliminary inspection" and "an
// initial inspection" as one finding; a preliminary result settled is
// still a modality change.
func TestPreliminaryAsInitial(t *testing.T) {
	p := func(a string) []string {
		return []string{"Bus crash inquiry", a, "The driver has been questioned."}
	}
	runMechanismCases(t, []mechanismCase{
		{"preliminary as initial", p("A preliminary inspection found that the rear brakes were worn."),
			p("An initial inspection found the rear brakes were worn."), nil},
		{"preliminary dropped", p("A preliminary inspection found that the rear brakes were worn."),
			p("An inspection found the rear brakes were worn."), []string{"altered modality"}},
	})
}

// TestDashStartsAndDayPairs reads a capitalised small word after a
// dateline's dash ("21 May – About 310 workers") as no name, two days
// running after "on" ("on September 14 and 15 damaged") as dates, and an
// outlet's line with its date and reading time apart by commas as
// chrome.
func TestDashStartsAndDayPairs(t *testing.T) {
	p := func(a string) []string {
		return []string{"Workers strike at cable plant", a, "Talks are due to resume next week."}
	}
	runMechanismCases(t, []mechanismCase{
		{"about, some after a dash", p("LAS PALMAS DE GRAN CANARIA, 21 May – About 310 workers at a copper cable plant began a strike."),
			p("LAS PALMAS DE GRAN CANARIA, 21 May – Some 290 workers at a copper cable plant began a strike."), []string{"altered number"}},
		{"two days running", p("The floods on September 14 and 15 damaged 31 of the longhouse's 38 rooms."),
			p("The floods on September 13 and 14 damaged 31 of the longhouse's 38 rooms."), []string{"altered date"}},
		{"a count after and", p("The floods on September 14 and 15 rooms were damaged."),
			p("The floods on September 14 and 18 rooms were damaged."), []string{"altered number"}},
		{"reading time apart by commas", []string{"Workers strike at cable plant", "IslasBusiness.com, 4 June 2025, 2 min read", "Talks are due to resume next week."},
			[]string{"Workers strike at cable plant", "Talks are due to resume next week."}, nil},
	})
}
