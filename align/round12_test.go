package align

import (
	"slices"
	"testing"
)

// TestDatelineAgencyUnbracketed checks datelines whose agency follows the
// date without brackets ("OSAKA, May 2 Jiji -"): a copy that drops them
// changes no claim, while a dateline date moved on both sides still does.
func TestDatelineAgencyUnbracketed(t *testing.T) {
	body := "Rail operators in the Kansai region will raise fares by 4 percent from October, the transport ministry said."
	second := "Commuter groups called the increase unfair."
	runMechanismCases(t, []mechanismCase{
		{"agency after the date, dateline dropped",
			[]string{"OSAKA, May 2 Jiji - " + body, second}, []string{"OSAKA — " + body, second}, nil},
		{"agency after a comma, dateline dropped",
			[]string{"Tamale, June 8, GNA - " + body, second}, []string{body, second}, nil},
		{"dateline date moved",
			[]string{"OSAKA, May 2 Jiji - " + body, second}, []string{"OSAKA, May 3 Jiji - " + body, second},
			[]string{"altered date"}},
	})
}

// TestClosingCreditLines checks lines a wire or a site closes a story
// with: a copyright notice, the agency's initials alone, its desk codes
// run onto the last sentence. A line that tells something is a claim.
func TestClosingCreditLines(t *testing.T) {
	ref := []string{
		"The river burst its banks near Marlow Ferry early on Tuesday, flooding 40 homes.",
		"The district set up three relief camps where 900 people have taken shelter.",
	}
	plus := func(s string) []string { return append(slices.Clone(ref), s) }
	coded := slices.Clone(ref)
	coded[1] += " IANS KT RL"
	runMechanismCases(t, []mechanismCase{
		{"copyright notice", ref, plus("© Northern Wire Service"), nil},
		{"copyright notice with a year", ref, plus("Copyright 2026 Valley Herald Ltd."), nil},
		{"agency initials alone", ref, plus("XNA"), nil},
		{"desk codes after the last sentence", ref, coded, nil},
		{"agency initials telling something", ref, plus("XNA said 40 more homes were flooded overnight."),
			[]string{"added number"}},
	})
	for _, tt := range []struct {
		f    string
		want bool
	}{
		{"© northern wire service", true},
		{"(c) 2026 the daily post", true},
		{"copyright holders said the site had copied 300 articles", false},
		{"copyright holders won the case", false},
		{"copyright © 2026 valley herald", true},
		{"© the agency said the figures were provisional and would be revised", false},
	} {
		if got := copyrightLine(tt.f); got != tt.want {
			t.Errorf("copyrightLine(%q) = %v, want %v", tt.f, got, tt.want)
		}
	}
	for _, tt := range []struct {
		raw  string
		want bool
	}{{"XNA", true}, {"(NNA)", true}, {"Yes", false}, {"A", false}, {"UNICEF2", false}} {
		if got := acronymLine(tt.raw); got != tt.want {
			t.Errorf("acronymLine(%q) = %v, want %v", tt.raw, got, tt.want)
		}
	}
}

// TestGluedScaleAndUnit checks numbers with a letter written onto them:
// "m" is metres where the context tells a length or a race, millions
// where it tells money or a count; "pc" is per cent.
func TestGluedScaleAndUnit(t *testing.T) {
	one := func(s string) []string { return []string{s, "The meeting ends on Sunday."} }
	runMechanismCases(t, []mechanismCase{
		{"race in metres", one("Okoro won the 400m in 44.9 seconds at the trials."),
			one("Okoro won the 400 metres in 44.9 seconds at the trials."), nil},
		{"race distance changed", one("Okoro won the 400m in 44.9 seconds at the trials."),
			one("Okoro won the 800m in 44.9 seconds at the trials."), []string{"altered number"}},
		{"height in metres", one("The new mast is 120m tall, the builders said."),
			one("The new mast is 120 metres tall, the builders said."), nil},
		{"money in millions", one("The club paid £45m for the striker."),
			one("The club paid £45 million for the striker."), nil},
		{"count in millions", one("The app has 12m users in the region."),
			one("The app has 12 million users in the region."), nil},
		{"per cent as pc", one("Inflation eased to 3.1 per cent in May, the statistics office said."),
			one("Inflation eased to 3.1pc in May, the statistics office said."), nil},
		{"pc figure changed", one("Inflation eased to 3.1 per cent in May, the statistics office said."),
			one("Inflation eased to 3.4pc in May, the statistics office said."), []string{"altered number"}},
	})
}

// TestScaledFigureKeys checks that a decimal read with a scale keeps its
// exact value ("318.6 lakh" is 31.86 million), and that a plural of
// vagueness ("thousands") is a crowd and never a year.
func TestScaledFigureKeys(t *testing.T) {
	for _, tt := range []struct {
		v    float64
		want string
	}{{318.6 * 1e5, "31860000"}, {31.86 * 1e6, "31860000"}, {0.1 + 0.2, "0.3"}, {2.5, "2.5"}, {2026, "2026"}} {
		if got := formatNum(tt.v); got != tt.want {
			t.Errorf("formatNum(%v) = %q, want %q", tt.v, got, tt.want)
		}
	}
	for _, s := range []string{"Tens of thousands of people marched in Varna.", "Thousands gathered outside the court."} {
		for _, f := range Facts(s) {
			if f.Facet == FacetDate {
				t.Errorf("Facts(%q) has date %q", s, f.Text)
			}
		}
	}
	runMechanismCases(t, []mechanismCase{
		{"lakh and million in a retold sentence",
			[]string{"The board said output rose to 92.7 lakh tonnes from 88.1 lakh tonnes.", "Exports were steady."},
			[]string{"The board said output rose to 9.27 million tonnes from 8.81 million tonnes.", "Exports were steady."}, nil},
	})
}

// TestAcronymOfSplitName checks that a name split by "of" ("Electoral
// Board of Valdoria") and its acronym on the other side ("EBV") are one
// name.
func TestAcronymOfSplitName(t *testing.T) {
	runMechanismCases(t, []mechanismCase{
		{"acronym of a name with of",
			[]string{"Turnout was low, with the Electoral Board of Valdoria (EBV) putting it at 38 per cent.", "Counting resumes on Monday."},
			[]string{"Turnout was low, at 38 per cent, according to EBV estimates.", "Counting resumes on Monday."}, nil},
		{"two names whose initials make a word",
			[]string{"Flights to Tarvo and Osmund were cancelled on Monday.", "Counting resumes on Monday."},
			[]string{"Flights to Tarvo were cancelled on Monday.", "Counting resumes on Monday."}, []string{"altered entity"}},
	})
}

// TestPairedByFigures checks that sentences without a counterpart that
// give the same figures are paired as one sentence retold, and that one
// shared small count pairs nothing.
func TestPairedByFigures(t *testing.T) {
	ref := []string{
		"Farmers in the province have planted 64.2 lakh hectares of maize so far this season, the agriculture department said.",
		"Seed suppliers reported strong demand in the northern districts.",
		"Sowing of pulses rose to 23.4 lakh hectares from 21.9 lakh hectares a year earlier.",
		"Officials expect planting to end by mid-December.",
	}
	ver := []string{
		"Maize now covers 6.42 million hectares in the province, according to the agriculture department.",
		"Seed suppliers reported strong demand in the northern districts.",
		"Officials expect planting to end by mid-December.",
		"Pulses now cover 2.34 million hectares, up from 2.19 million hectares a year earlier.",
	}
	two := slices.Clone(ref)
	two[2] = "Two storage depots were damaged by hail."
	twoVer := slices.Clone(ver)
	twoVer[3] = "Two lorry drivers were hurt on the highway."
	runMechanismCases(t, []mechanismCase{
		{"figures moved and rewritten", ref, ver, nil},
		{"one small count shared", two, twoVer, []string{"dropped number", "added number"}},
	})
}

// TestPronounSpeakerFacet checks that a new sentence crediting its claim
// to a pronoun ("It said …") is told by its claim, not as a new source.
func TestPronounSpeakerFacet(t *testing.T) {
	keep := []string{
		"The opposition alliance rejected the provisional results on Tuesday.",
		"Its candidate trailed by about 9,000 votes.",
	}
	plus := func(s string) []string { return append(slices.Clone(keep), s) }
	runMechanismCases(t, []mechanismCase{
		{"pronoun speaker", keep, plus("It said it would take the dispute to the electoral court."), []string{"added wording"}},
		{"named speaker", keep, plus("Alliance leader Tomas Brenner said he would take the dispute to the electoral court."),
			[]string{"added wording"}}, // the claim, not its new speaker (session 18)
	})
}

// TestTimetableModality checks that a timetable ("is due to", "is set
// to") tells the same as "will" or "is expected to", and still differs
// from a hedge.
func TestTimetableModality(t *testing.T) {
	one := func(s string) []string { return []string{s, "Traffic is diverted through Elm Street."} }
	runMechanismCases(t, []mechanismCase{
		{"will and due to", one("The Harlow bridge will reopen on May 4 after repairs."),
			one("The Harlow bridge is due to reopen on May 4 after repairs."), nil},
		{"scheduled and will", one("The Harlow bridge is scheduled to reopen on May 4 after repairs."),
			one("The Harlow bridge will reopen on May 4 after repairs."), nil},
		{"expected and set", one("The Harlow bridge is expected to reopen on May 4 after repairs."),
			one("The Harlow bridge is set to reopen on May 4 after repairs."), nil},
		{"due to and may", one("The Harlow bridge is due to reopen on May 4 after repairs."),
			one("The Harlow bridge may reopen on May 4 after repairs."), []string{"altered modality"}},
	})
}

// TestRetoldPredicate checks that in a retold version a predicate given
// on one side only of a reworded pair is retelling, unless it tells a
// person's standing before the law or in a post.
func TestRetoldPredicate(t *testing.T) {
	ref, ver := retoldFerry[0], retoldFerry[1]
	with := func(i int, s string) []string {
		v := slices.Clone(ver)
		v[i] = s
		return v
	}
	runMechanismCases(t, []mechanismCase{
		{"predicate added", ref,
			with(2, "Baltrea Lines, which runs the ferry, said power on the vessel collapsed in rough weather soon after it set off."), nil},
		{"predicate added in a clause", ref,
			with(4, "Ferry crossings to Tarvo and Osmund, postponed on Sunday, were suspended until further notice."), nil},
		{"standing added", ref,
			with(2, "Baltrea Lines, which runs the ferry, said its captain was arrested after power on the vessel collapsed in rough weather."),
			[]string{"altered wording"}},
	})
}

// TestSourceByRole checks that a speaker called by name on one side and
// by the role the story gives that name on the other is one source,
// while another person in that role is a new one.
func TestSourceByRole(t *testing.T) {
	lede := "Judge Ada Okafor of the Eastern District Court blocked the state's new water levy on Friday."
	runMechanismCases(t, []mechanismCase{
		{"name and role",
			[]string{lede, `"The levy was imposed without notice," Okafor wrote in a 40-page ruling.`},
			[]string{lede, `"The levy was imposed without notice," the judge wrote in her 40-page ruling.`}, nil},
		{"role and name",
			[]string{lede, "The judge said the state could appeal within 30 days."},
			[]string{lede, "Okafor said the state could appeal within 30 days."}, nil},
		{"role not given to the name",
			[]string{lede, "The governor said the state would appeal within 30 days."},
			[]string{lede, "Okafor said the state would appeal within 30 days."}, []string{"altered attribution"}},
	})
}

// TestSourceAfterSubordinator checks that a source phrase read back from
// its verb stops at a subordinating word, so that a place before it
// ("landed in Kestra after the crew reported …") is compared as a place.
func TestSourceAfterSubordinator(t *testing.T) {
	tail := "The airline apologised to passengers."
	runMechanismCases(t, []mechanismCase{
		{"place swapped before the clause",
			[]string{"A Norwind flight made an emergency landing in Kestra on Sunday after the crew reported smoke in the cabin.", tail},
			[]string{"A Norwind flight made an emergency landing in Tarvo on Sunday after the crew reported smoke in the cabin.", tail},
			[]string{"altered entity"}},
	})
}

// TestUnknownHarmCounted checks that an update counting harm where the
// earlier copy said it was not known whether there was any tells one
// changed count.
func TestUnknownHarmCounted(t *testing.T) {
	lede := "A bus overturned on the coast road near Harlow early on Monday."
	tail := "The road was closed for six hours."
	runMechanismCases(t, []mechanismCase{
		{"unknown turned into a count",
			[]string{lede, "It was not immediately clear whether anyone was injured.", tail},
			[]string{lede, "Four passengers were treated for minor injuries, the operator said in a statement on Monday evening.", tail},
			[]string{"altered number"}},
	})
	for _, tt := range []struct {
		f    string
		want bool
	}{
		{"it was not immediately clear whether anyone was hurt.", true},
		{"it is unknown if any homes burned.", true},
		{"it was not clear whether the bridge would reopen.", false},
		{"officials asked whether anyone had seen the driver.", false},
	} {
		if got := unknownWhetherAny(tt.f); got != tt.want {
			t.Errorf("unknownWhetherAny(%q) = %v, want %v", tt.f, got, tt.want)
		}
	}
}

// TestYearsAndNamedNumbers checks that a year read as a date on one side
// and as a bare number on the other is one year, and that a number that
// is part of a name goes with the name.
func TestYearsAndNamedNumbers(t *testing.T) {
	tail := "Growers blamed the dry spring."
	runMechanismCases(t, []mechanismCase{
		{"year after than and after on",
			[]string{"The barley crop reached 11.2 million tonnes, 6 per cent more than in 2025, the growers' federation said.", tail},
			[]string{"The barley crop reached 11.2 million tonnes, a 6 percent increase on 2025, according to the growers' federation.", tail}, nil},
		{"year as a number and a fraction changed",
			[]string{"The firm said it would delay the plant's opening to 2029 and cut spending by about a fifth.", tail},
			[]string{"The firm said the plant would now open in 2029, and that it would cut spending by about a third.", tail},
			[]string{"altered number"}},
		{"model number dropped with its name",
			[]string{"The probe will launch next month aboard an Orion 5 rocket from Kestra.", tail},
			[]string{"The probe will launch next month aboard a rocket from Kestra.", tail}, []string{"altered entity"}},
		{"flight number changed",
			[]string{"Passengers on Flight 882 were delayed by six hours.", tail},
			[]string{"Passengers on Flight 883 were delayed by six hours.", tail}, []string{"altered number"}},
		{"age after a name",
			[]string{"Mendel, 52, denied the charges.", tail},
			[]string{"The 52-year-old denied the charges.", tail}, nil},
	})
}

// TestReportedSpeechBackshift checks that a quoted "can" told in reported
// speech as "could" is no change of modality, while a quoted "will" told
// as "could" still is.
func TestReportedSpeechBackshift(t *testing.T) {
	tail := "The satellite weighs 1.2 kilograms."
	runMechanismCases(t, []mechanismCase{
		{"can told as could",
			[]string{`"This shows that such satellites can be built by students," project leader Ana Ruiz said.`, tail},
			[]string{"Project leader Ana Ruiz said it showed that such satellites could be built by students.", tail}, nil},
		{"will told as could",
			[]string{`"This shows that such satellites will be built by students," project leader Ana Ruiz said.`, tail},
			[]string{"Project leader Ana Ruiz said it showed that such satellites could be built by students.", tail},
			[]string{"altered modality"}},
	})
}

// TestWithoutDateline checks that the words of a leading dateline are
// taken off the folded text compared for wording, and nothing else.
func TestWithoutDateline(t *testing.T) {
	for _, tt := range []struct{ raw, want string }{
		{"VARNA, Oct 30 (NWS) The new tram line will open on November 4.", "the new tram line will open on november 4."},
		{"Varna (NWS) - The harvest totalled 42.1 million tonnes.", "the harvest totalled 42.1 million tonnes."},
		{"OSAKA, May 2 Jiji - Fares will rise.", "fares will rise."},
		{"The new tram line will open on November 4.", "the new tram line will open on november 4."},
	} {
		if got := withoutDateline(tt.raw, Fold(tt.raw), ""); got != tt.want {
			t.Errorf("withoutDateline(%q) = %q, want %q", tt.raw, got, tt.want)
		}
	}
	if got := withoutDateline("MADRID (EFE) — Rain fell.", "madrid (efe) — rain fell.", "rain fell, the agency efe said."); got != "(efe) rain fell." {
		t.Errorf("withoutDateline kept %q, want the agency the other side credits", got)
	}
}

// TestCapitalForCountry checks that a capital standing for its country's
// government ("Islamabad and London") is no change of name, while a
// capital of another country still is.
func TestCapitalForCountry(t *testing.T) {
	tail := "The next round is due in March."
	runMechanismCases(t, []mechanismCase{
		{"capitals for countries",
			[]string{"Kenya and Norway agreed to resume talks on a fisheries pact, officials said.", tail},
			[]string{"Nairobi and Oslo will restart talks on a fisheries pact, officials said.", tail}, nil},
		{"capital for a possessive country",
			[]string{"Kenya's trade ministry did not respond to a request for comment.", tail},
			[]string{"Nairobi's trade ministry did not respond to a request for comment.", tail}, nil},
		{"capital of another country",
			[]string{"Kenya and Norway agreed to resume talks on a fisheries pact, officials said.", tail},
			[]string{"Nairobi and Lisbon will restart talks on a fisheries pact, officials said.", tail}, []string{"altered entity"}},
	})
}

// TestPeopleForCountry checks that a country's people ("Nigerians",
// "Kenyans") and the country ("Nigeria's") are one name.
func TestPeopleForCountry(t *testing.T) {
	for _, tt := range []struct {
		adj, name string
		want      bool
	}{
		{"Nigerians", "nigeria", true}, {"kenyans", "Kenya's", true}, {"kenyan", "kenya", true},
		{"italian", "italy", true}, {"Ghanaians", "kenya", false}, {"kenyans", "ghana", false},
	} {
		if got := demonym(tt.adj, tt.name); got != tt.want {
			t.Errorf("demonym(%q, %q) = %v, want %v", tt.adj, tt.name, got, tt.want)
		}
	}
	tail := "The final lasted 71 minutes."
	runMechanismCases(t, []mechanismCase{
		{"people for the country",
			[]string{"Okoro and Bello won the title on Sunday, beating Nigeria's Amos Eze and Paul Obi in the final.", tail},
			[]string{"Okoro and Bello won the title on Sunday, beating Nigerians Amos Eze and Paul Obi in the final.", tail}, nil},
	})
}

// TestListItems checks that an item dropped from or added to a list in a
// sentence otherwise kept is a change, while items swapped for synonyms
// and actions recast are not.
func TestListItems(t *testing.T) {
	one := func(s string) []string { return []string{s, "The rules take effect in June."} }
	runMechanismCases(t, []mechanismCase{
		{"item dropped",
			one("The new levy will force small bakeries to cut staff and hours, the guild said."),
			one("The new levy will force small bakeries to cut staff, the guild said."), []string{"altered wording"}},
		{"item added",
			one("The ban covers buses and lorries, the council said."),
			one("The ban covers buses, lorries and taxis, the council said."), []string{"altered wording"}},
		{"item swapped",
			one("The ban covers buses and lorries, the council said."),
			one("The ban covers buses and trucks, the council said."), nil},
		{"actions recast",
			one("Crews cleared the road and reopened the bridge, the council said."),
			one("Crews cleared the road, reopening the bridge, the council said."), nil},
	})
	lists, _ := coordLists("the ban covers buses, lorries, and taxis.")
	if len(lists) != 1 || lists[0].anchor != "covers" || len(lists[0].items) != 3 {
		t.Errorf("coordLists = %+v, want one list of three after covers", lists)
	}
}

// TestAccusedAndHearsay checks that "suspected" and "alleged" before the
// people accused are one qualifier, that "said to have" is hearsay as
// "allegedly" is, and that either dropped is still a change.
func TestAccusedAndHearsay(t *testing.T) {
	tail := "The raid began at dawn."
	runMechanismCases(t, []mechanismCase{
		{"suspected and alleged smugglers",
			[]string{"Police arrested four suspected smugglers at the port, officials said.", tail},
			[]string{"Police arrested four alleged smugglers at the port, officials said.", tail}, nil},
		{"allegedly and said to have",
			[]string{"The man, who allegedly ran the scheme from a rented flat, was arrested.", tail},
			[]string{"The man, said to have run the scheme from a rented flat, was arrested.", tail}, nil},
		{"suspected dropped",
			[]string{"Police arrested four suspected smugglers at the port, officials said.", tail},
			[]string{"Police arrested four smugglers at the port, officials said.", tail}, []string{"altered modality"}},
		{"said to have dropped",
			[]string{"The man, said to have run the scheme from a rented flat, was arrested.", tail},
			[]string{"The man, who ran the scheme from a rented flat, was arrested.", tail}, []string{"altered modality"}},
	})
}

// TestMidnightClock checks that "00:01 am" and "12:01 am" are one time,
// and "12:01 pm" another.
func TestMidnightClock(t *testing.T) {
	for _, tt := range []struct {
		hour, minute, mer, want string
	}{{"00", "01", "am", "t0:01"}, {"12", "01", "am", "t0:01"}, {"12", "01", "pm", "t12:01"}, {"0", "30", "pm", ""}} {
		if got, _ := clockKey(tt.hour, tt.minute, tt.mer); got != tt.want {
			t.Errorf("clockKey(%q, %q, %q) = %q, want %q", tt.hour, tt.minute, tt.mer, got, tt.want)
		}
	}
	tail := "Talks broke down on Monday."
	runMechanismCases(t, []mechanismCase{
		{"midnight written two ways",
			[]string{"The strike will begin at 00:01 am on Thursday, the union said.", tail},
			[]string{"The strike will begin at 12:01 am on Thursday, the union said.", tail}, nil},
	})
}
