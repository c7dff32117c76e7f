package align

import (
	"slices"
	"testing"
)

// Tests of session 12's work.

// TestStampsAndCredits reads as chrome a page's labelled time stamp
// without a year, a wire's long credit and an agency's footer cut by
// dashes, and not story sentences that look like them.
func TestStampsAndCredits(t *testing.T) {
	runBoilerCases(t, []boilerCase{
		{"Published 11:05, 17 April", true},
		{"Updated 6:48pm, Friday 7 March", true},
		{"Updated 15:40, 17 April 2025", true},
		{"(Reporting by Yann Mouele; Additional reporting by Sandrine Ekomi; Writing by Clara Desmarais; Editing by Peter Orme and Alison Williams)", true},
		{"Source: Xinhua - Editor: Zhang Min - 2025-06-11 16:05:22", true},
		{"Updated at 6:48pm, the council said.", false},
		{"The council met at 10:30 on 17 April.", false},
		{"Source: the ministry - which declined to comment - said 40 people were hurt.", false},
		{"Source: Xinhua · 18 March 2025, 21:05", true},
		{"Disclaimer: This article is carried from a wire service feed.", true},
	})
	stamp := func(s string) []string {
		return []string{"Taxi drivers block the capital", s, "Hundreds of taxi drivers parked across the main boulevard on Thursday."}
	}
	runMechanismCases(t, []mechanismCase{
		{"a stamp updated", stamp("Published 11:05, 17 April"), stamp("Updated 15:40, 17 April"), nil},
	})
}

// TestTimeLimitRedated reads a time limit told as a span on one side and
// as a date on the other as one change of date.
func TestTimeLimitRedated(t *testing.T) {
	story := func(s string) []string {
		return []string{"Bee deaths", "Hundreds of hives died near the border this week. " + s, "Farmers have asked for compensation."}
	}
	runMechanismCases(t, []mechanismCase{
		{"span to a day", story("Test results are expected within 10 days."), story("Test results are expected by Wednesday."), []string{"altered date"}},
		{"span to a week", story("Test results are expected within 10 days."), story("Full test results are expected next week."), []string{"altered date"}},
		{"a span kept", story("Test results are expected within 10 days."), story("The results of the tests are expected within 10 days."), nil},
		{"a span changed", story("Test results are expected within 10 days."), story("Test results are expected within 12 days."), []string{"altered number"}},
	})
	c := Compare(doc(story("Test results are expected within 10 days.")...), doc(story("Test results are expected next week.")...))
	if !slices.ContainsFunc(c.Divergences, func(d Divergence) bool { return d.Detail == "within 10 days → next week" }) {
		t.Errorf("no finding within 10 days → next week: %+v", c.Divergences)
	}
}

// TestRoundTwelveReadings covers the smaller readings of the set38 round:
// "mid-2028" is a year; "spectacularly" judges as "spectacular" does; a
// source's reason for not being named is no denial; "no decision had
// been made" leaves the matter open; "are now expected" is passive;
// "residents" and "villagers" are one source; "kilogrammes" is a
// spelling of "kilograms".
func TestRoundTwelveReadings(t *testing.T) {
	p := func(s string) []string { return []string{"Shipyard order", s, "The yard employs 400 people."} }
	runMechanismCases(t, []mechanismCase{
		{"mid-year changed", p("The vessels will be delivered between late 2026 and mid-2028, the companies said."),
			p("The vessels will be delivered between late 2026 and mid-2027, the companies said."), []string{"altered date"}},
		{"mid-year kept", p("The vessels will be delivered by mid-2028, the companies said."),
			p("The companies said the vessels would be delivered by mid-2028."), nil},
		{"judging adverb added", p("Revenue will grow to about 6 million euros this year, he said."),
			p("Revenue will grow spectacularly to about 6 million euros this year, he said."), []string{"altered characterization"}},
		{"adverb of degree", p("Revenue will grow to about 6 million euros this year, he said."),
			p("Revenue will grow to about 6 million euros this year, he said, though such orders come rarely."), []string{"altered wording"}},
		{"reason for anonymity dropped", p("Three workers were hurt, an official said, speaking on condition of anonymity because he was not authorized to brief reporters."),
			p("Three workers were hurt, an official said."), nil},
		{"refusal to be named dropped", p("Three workers were hurt, said an official who declined to be named."),
			p("Three workers were hurt, an official said."), nil},
		{"a refusal kept as a denial", p("The company declined to pay the workers, an official said."),
			p("The company paid the workers, an official said."), []string{"altered negation"}},
		{"decision made", p("The ministry said it was considering the plan, though no decision had been made."),
			p("The ministry said it would adopt the plan."), []string{"altered modality"}},
		{"now expected", p("Results were expected on Monday."), p("Results are now expected on Monday."), nil},
		{"residents and villagers", p("Residents say the blasting has cracked walls in their homes."),
			p("Villagers say the blasting has cracked walls in their homes."), nil},
		{"residents and police", p("Residents say the blasting has cracked walls in their homes."),
			p("Police say the blasting has cracked walls in their homes."), []string{"altered attribution"}},
		{"dalasi", p("The auction attracted bids worth D3.9 billion from banks."), p("The auction attracted bids worth D3.4 billion from banks."), []string{"altered number"}},
		{"a route, not an amount", p("The bus runs on route D3 every hour."), p("The bus runs on route D4 every hour."), []string{"altered entity"}},
		{"kilogrammes", p("Each hive can produce up to 15 kilograms of honey a year."),
			p("Each hive can produce up to 15 kilogrammes of honey a year."), nil},
	})
	if got := judgingAdverb("spectacularly"); got != "spectacular" {
		t.Errorf(`judgingAdverb("spectacularly") = %q, want "spectacular"`, got)
	}
	for _, w := range []string{"rarely", "sharply", "quickly", "ly"} {
		if got := judgingAdverb(w); got != "" {
			t.Errorf("judgingAdverb(%q) = %q, want none", w, got)
		}
	}
}

// TestPeriodEdgesAndSources reads "until winter ends" as "until the end of
// winter", "is now due to" as a timetable, and the same kind of source
// named by another common noun as the same source.
func TestPeriodEdgesAndSources(t *testing.T) {
	p := func(s string) []string {
		return []string{"Mountain pass closed", s, "Snow blocked the road on Monday."}
	}
	runMechanismCases(t, []mechanismCase{
		{"edge told by a verb", p("The minister said the pass would be closed to buses until the end of winter."),
			p("The minister said buses would be barred from the pass until winter ends."), nil},
		{"edge of the month", p("The pass will be closed until the end of the month."), p("The pass will be closed until the month ends."), nil},
		{"another season", p("The pass will be closed until the end of winter."), p("The pass will be closed until spring ends."), []string{"altered date"}},
		{"timetable kept", p("The contract is due to end in March 2027."), p("The contract is now due to end in March 2027."), nil},
		{"health department and health service", p("Seven people were hurt, the health department said."), p("Seven people were hurt, the health service said."), []string{"altered attribution"}},
		{"a bare department and a service", p("Seven people were hurt, the department said."), p("Seven people were hurt, the prison service said."), []string{"altered attribution"}},
		{"villagers and residents of one place", p("Residents in the east said the water was cut."), p("Villagers in the east said the water was cut."), nil},
		{"automakers and carmakers", p("Several automakers said they would halt production."), p("Several carmakers said they would halt production."), nil},
		{"people close to the talks and locals", p("Talks will resume on Monday, people close to the talks said."), p("Talks will resume on Monday, locals said."), []string{"altered attribution"}},
		{"denied and rejected", p("The minister denied the claim, saying the pass was safe."), p("The minister rejected the claim, saying the pass was safe."), nil},
		{"a refusal beside a flipped claim", p("The government said it would not lift the fuel subsidy this year."),
			p("The government said it would lift the fuel subsidy this year, rejecting pleas from unions."), []string{"altered negation"}},
		{"denied and accepted", p("The minister denied the claim, saying the pass was safe."), p("The minister accepted the claim, saying the pass was safe."), []string{"altered negation"}},
		{"residents and the company", p("Residents living nearby said the smell was unbearable."), p("The company said the smell was unbearable."), []string{"altered attribution"}},
	})
	runMechanismCases(t, []mechanismCase{
		{"an edge against a season", p("The road will stay closed until spring begins."), p("The road will stay closed until spring."), nil},
		{"before the year ends", p("The company will decide before the year ends."), p("The company will decide before year-end."), nil},
	})
	f := extract("The pass will be closed until the end of winter.", nil, nil)
	if len(f.dates) != 1 || f.dates[0].Text != "end of winter" {
		t.Errorf("dates = %+v, want one with text %q", f.dates, "end of winter")
	}
}

// TestBeliefDroppedInRetelling keeps as a change of modality a belief
// dropped in a retelling whose clause is told with its subject named
// anew, and still judges a hedge on a noun by the noun.
func TestBeliefDroppedInRetelling(t *testing.T) {
	ref := []string{
		"Beehive thefts",
		"CHISINAU, Moldova (AP) — Police in Moldova said Tuesday they had broken up a gang suspected of stealing more than 700 beehives from farms in the north of the country.",
		"Investigators believe the group moved the hives at night, when the bees are inside, and drove them to buyers who paid around 1,500 lei per colony.",
		"Beekeepers have lost about 2 million lei this year, their association said.",
	}
	ver := []string{
		"Beehive thefts",
		"Moldovan police have dismantled a gang that stole more than 700 beehives from farms in the north of the country, according to The Associated Press.",
		"The gang moved the hives at night, when the bees are inside, and sold them to buyers for around 1,500 lei a colony.",
		"Beekeepers have lost some 2 million lei this year, according to their association.",
	}
	c := Compare(doc(ref...), doc(ver...))
	n := 0
	for _, d := range c.Divergences {
		if d.Material && d.Facet == FacetModality {
			n++
		}
	}
	if n != 2 {
		for _, d := range c.Divergences {
			t.Logf("%s %s %v %s", d.Kind, d.Facet, d.Material, d.Detail)
		}
		t.Errorf("%d modality findings, want 2 (suspected, believe)", n)
	}
	for _, tt := range []struct {
		g    string
		own  []string
		want bool
	}{
		{"believe", []string{"investigators", "believe", "the", "group", "moved"}, true},
		{"suspected", []string{"a", "gang", "suspected", "of", "stealing"}, true},
		{"suspected", []string{"a", "wave", "of", "suspected", "sabotage"}, false},
		{"may", []string{"it", "may", "rain"}, false},
	} {
		if got := beliefClause(tt.own, tt.g); got != tt.want {
			t.Errorf("beliefClause(%q, %q) = %v, want %v", tt.own, tt.g, got, tt.want)
		}
	}
}

// TestReviewSession12 keeps the readings a review by fresh eyes found
// the set38 round got wrong: claims that look like a source's reason for
// anonymity, a stamp pattern swallowing headings, long credits
// swallowing story sentences, a time limit merged with an unrelated
// date, "mid-2028" made plain 2028, "no decision" against other
// wordings of an open matter, and sources of other places.
func TestReviewSession12(t *testing.T) {
	p := func(s string) []string { return []string{"Plant future", s, "The plant employs 400 people."} }
	runMechanismCases(t, []mechanismCase{
		{"not allowed to speak, a claim", p("The journalist was not allowed to speak to his lawyer for four days, the group said."),
			p("The journalist was allowed to speak to his lawyer after four days, the group said."), []string{"altered negation"}},
		{"not authorized to publicly discuss, a source", p("Three soldiers were hurt, according to a defense official who was not authorized to publicly discuss the matter."),
			p("Three soldiers were hurt, according to a defense official."), nil},
		{"declined to be named in the squad", p("Striker Victor Osimhen declined to be named in the squad, citing an injury."),
			p("Striker Victor Osimhen was named in the squad despite an injury."), []string{"altered negation"}},
		{"mid-year to late", p("The plant is now expected to start operating in mid-2028."), p("The plant is now expected to start operating in late 2028."), []string{"altered date"}},
		{"the middle of the year", p("The plant is now expected to start operating in mid-2028."), p("The plant is now expected to start operating by the middle of 2028."), nil},
		{"not decided", p("No decision has been made on the plant's future, a spokesperson said."),
			p("The company has not decided the plant's future, a spokesperson said."), nil},
		{"decision not taken", p("No decision has been made on the plant's future, a spokesperson said."),
			p("A decision on the plant's future has not yet been taken, a spokesperson said."), nil},
		{"yet to decide", p("No decision has been made on the plant's future, a spokesperson said."),
			p("The company has yet to decide the plant's future, a spokesperson said."), nil},
		{"undecided", p("No decision has been made on the plant's future, a spokesperson said."),
			p("The plant's future remains undecided, a spokesperson said."), nil},
		{"formal decision", p("No formal decision has been made on the plant's future."), p("No decision has been made on the plant's future."), nil},
		{"a decision to close denied", p("There was no decision to close the crossing, he said."), p("There was a decision to close the crossing, he said."), []string{"altered negation"}},
		{"a background date beside a dropped limit", p("The central bank will decide in two weeks whether to raise interest rates again."),
			p("The central bank, which raised interest rates in March, will decide whether to raise them again."), []string{"altered number", "altered date"}},
		{"villagers and residents of other places", p("Villagers in the hills say the blasting has cracked their walls."),
			p("Residents of the capital say the blasting has cracked their walls."), []string{"altered attribution"}},
	})
	runBoilerCases(t, []boilerCase{
		{"Published Thursday, 17 April", true},
		{"Updated Friday 7 March, 6:48pm", true},
		{"Updated travel advice - 17 April 2025", false},
		{"Posted to social media - 3 March 2025", false},
		{"(Reporting by Duncan Obi, Jo Lee and Sam Cox in Nairobi; Additional reporting by Ann Bell in Kampala and Tom Oda in Addis Ababa; Writing by Aaron Ross and Bo Li; Editing by Alison Williams, Peter Graff and Nick Moss)", true},
		{"Written by Judge Amelia Ortiz for a unanimous panel, the ruling found the ministry had acted unlawfully when it deported the men without giving them access to lawyers.", false},
		{"Reporting by the Wall Street Journal and ProPublica has shown that the company knew about the defect for years but did not recall the vehicles, according to internal documents seen by both newspapers.", false},
		{"Exclusive - Reporting by Reuters shows the ministry hid the data", false},
		{"Editor: Zhang Min - Source: Global Times", true},
	})
}

// TestConversionsConditionsQuarters covers the set40 round: an amount in
// brackets converting a changed amount is one change with it; a quoted
// condition dropped is a change of modality; "a quarter of an hour" is
// 15 minutes.
func TestConversionsConditionsQuarters(t *testing.T) {
	p := func(s string) []string { return []string{"Museum theft", s, "Police are investigating."} }
	runMechanismCases(t, []mechanismCase{
		{"a conversion changed alone", p("Police said 2.4 billion guaraníes (about US$310,000) was stolen."),
			p("Police said 2.4 billion guaraníes (about US$350,000) was stolen."), []string{"altered number"}},
		{"a measure and its conversion", p("Gusts of up to 45 meters per second (162 kilometers per hour) were recorded."),
			p("Gusts of up to 50 metres per second (180 kilometres per hour) were recorded."), []string{"altered number"}},
		{"an age in brackets", p("Police arrested Ramesh Kumar (45) and seized 3 kg of heroin."),
			p("Police arrested Ramesh Kumar (54) and seized 4 kg of heroin."), []string{"altered number", "altered number"}},
		{"conversion follows the amount", p("An official said the items were insured for 2.4 billion guaraníes (about US$310,000)."),
			p("An official said the items were insured for 2.9 billion guaraníes (about US$375,000)."), []string{"altered number"}},
		{"a bracketed figure of its own", p("Prices rose 4% (up from 3% in May), the office said."),
			p("Prices rose 5% (up from 2% in May), the office said."), []string{"altered number", "altered number"}},
		{"quoted condition dropped", p(`He said the ministry would issue a seven-year bond before the end of the year "if market conditions allow".`),
			p("He said the ministry would issue a seven-year bond before the end of the year."), []string{"altered modality"}},
		{"a vague time dated", p(`Relief items would be distributed "as soon as possible", she said.`), p("Relief items would be distributed on Monday, she said."), []string{"altered date"}},
		{"quoted words dropped", p(`He said the ministry would issue a seven-year bond "as soon as possible".`),
			p("He said the ministry would issue a seven-year bond."), []string{"altered quote"}},
		{"quarter of an hour", p("The storm lasted roughly 15 minutes, he said."), p("The storm lasted about a quarter of an hour, he said."), nil},
		{"three quarters of an hour", p("The storm lasted roughly 45 minutes, he said."), p("The storm lasted about three quarters of an hour, he said."), nil},
		{"quarter against half", p("The storm lasted a quarter of an hour, he said."), p("The storm lasted half an hour, he said."), []string{"altered number"}},
		{"quarter of a point", p("The bank cut its rate by a quarter of a percentage point."), p("The bank cut its rate by 25 basis points."), nil},
		{"quarter-point", p("The bank cut its rate by a quarter of a percentage point."), p("The bank made a quarter-point cut to its rate."), nil},
		{"half a point against 25 basis points", p("The bank cut its rate by half a percentage point."), p("The bank cut its rate by 25 basis points."), []string{"altered number"}},
		{"three-quarters hyphenated", p("The hill is three-quarters of a mile long."), p("The hill is three quarters of a mile long."), nil},
		{"a quarter mile", p("The hill is a quarter of a mile long."), p("The hill is a quarter mile long."), nil},
		{"quarter of the vote", p("He won a quarter of the vote."), p("He won a third of the vote."), []string{"altered number"}},
	})
}

// TestRetoldLoneNegation reports a sentence that a retelling leaves out
// whole by its claim, not as a denial flipped, while an edited copy
// keeps the negation facet.
func TestRetoldLoneNegation(t *testing.T) {
	ref := []string{
		"Court blocks quarry permit",
		"A regional court on Tuesday suspended the permit for a granite quarry near the village of Borek, siding with residents who said blasting had cracked their homes.",
		"Judge Marta Kowalska said the environmental assessment had ignored the risk to groundwater.",
		"The quarry's owner, Granit Polska, said it would appeal.",
		"The ruling is not final.",
	}
	retold := []string{
		"Court blocks quarry permit",
		"Residents of Borek won a court fight on Tuesday when a regional judge halted the permit of a nearby granite quarry, whose blasting they blame for cracks in their houses.",
		"According to Judge Marta Kowalska, the environmental study failed to weigh the danger to groundwater.",
		"Granit Polska, which owns the quarry, plans to appeal.",
	}
	edited := append(slices.Clone(ref[:4]), "Granit Polska shares fell 3% in Warsaw.")
	for _, tt := range []struct {
		name string
		ver  []string
		want Facet
	}{
		{"retold", retold, FacetWording},
		{"edited", edited, FacetNegation},
	} {
		c := Compare(doc(ref...), doc(tt.ver...))
		i := slices.IndexFunc(c.Divergences, func(d Divergence) bool { return d.Kind == Dropped && d.RefText == ref[4] })
		if i < 0 {
			t.Errorf("%s: the dropped sentence is not reported: %+v", tt.name, c.Divergences)
			continue
		}
		if got := c.Divergences[i].Facet; got != tt.want {
			t.Errorf("%s: dropped sentence has facet %s, want %s", tt.name, got, tt.want)
		}
	}
}

// TestNoSourceInPassives reads no source in a passive verb of speech, a
// circumstance or a time after "by", and credits "The sources did not
// say" to the sources and "what he claimed" to him.
func TestNoSourceInPassives(t *testing.T) {
	for _, tt := range []struct {
		s    string
		want []string
	}{
		{"Hundreds of homes were flooded after heavy rain, with no casualties reported so far.", nil},
		{"A quarantine zone has been declared around the area.", nil},
		{"The band pulled out after their singer was admitted to hospital, organisers said.", []string{"organisers"}},
		{"The union had not commented by the time of publication.", nil},
		{"The sources did not say whether the rate would also change.", []string{"The sources"}},
		{"The firm is investigating after a hacker offered to sell what he claimed were its records.", []string{"he"}},
		{"The minister was quoted as saying the plan would go ahead.", []string{"The minister"}},
		{"Police said the road was closed.", []string{"Police"}},
		{"CAPE COAST — Health authorities in the Central Region say two people died.", []string{"Health authorities in the Central Region"}},
		{"The minister — who resigned on Monday — said the plan was dead.", []string{"The minister"}},
		{"He was told by police to leave.", []string{"police"}},
		{"The closure was announced by the ministry on Monday.", []string{"the ministry"}},
	} {
		var got []string
		for _, a := range extract(tt.s, nil, nil).attribs {
			got = append(got, a.text)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("attributions of %q = %q, want %q", tt.s, got, tt.want)
		}
	}
}

// TestSpanishDatelineAndPluralPlaces reads the Spanish agencies' "(EFE).-"
// as the end of a dateline, and "Andean" as the adjective of "Andes".
func TestSpanishDatelineAndPluralPlaces(t *testing.T) {
	runMechanismCases(t, []mechanismCase{
		{"EFE dateline", []string{"Flood", "Quito, Feb 17 (EFE).- At least five people died in a flash flood in the Andes, authorities said."},
			[]string{"Flood", "At least five people died in a flash flood in the Andes, authorities said."}, nil},
	})
	for _, tt := range []struct {
		adj, name string
		want      bool
	}{
		{"andean", "andes", true},
		{"texan", "texas", true},
		{"athenian", "athens", true},
		{"kenyan", "kenya", true},
		{"andean", "india", false},
		{"parish", "paris", false},
	} {
		if got := demonym(tt.adj, tt.name); got != tt.want {
			t.Errorf("demonym(%q, %q) = %v, want %v", tt.adj, tt.name, got, tt.want)
		}
	}
}

// TestNoUnitAcrossClause keeps a number's unit within its clause: in
// "injuring nine, police said" the police are no unit of the count; and
// reads "cocoa-growing" as what a town does, not a judgement.
func TestNoUnitAcrossClause(t *testing.T) {
	for _, tt := range []struct{ s, want string }{
		{"The cabin fell, killing two people and injuring nine, police said.", "nine"},
		{"The bank paid out about $120 million, roughly a fifth of its deposits.", "$120 million"},
		{"The cabin fell, injuring nine tourists.", "nine tourists"},
	} {
		var got []string
		for _, n := range extract(tt.s, nil, nil).numbers {
			got = append(got, n.Text)
		}
		if !slices.Contains(got, tt.want) {
			t.Errorf("numbers of %q = %q, want one %q", tt.s, got, tt.want)
		}
	}
	for _, w := range []string{"fast-growing", "much-loved", "poorly-built", "fastest-growing", "ever-growing"} {
		if !participleCompound(w) {
			t.Errorf("%q not judged", w)
		}
	}
	if participleCompound("cocoa-growing") {
		t.Error(`"cocoa-growing" judged`)
	}
}

// TestReviewSession12Second keeps the readings a second review found the
// set40 round got wrong.
func TestReviewSession12Second(t *testing.T) {
	p := func(s string) []string { return []string{"Plant", s, "The plant employs 400 people."} }
	runMechanismCases(t, []mechanismCase{
		{"mid-year written apart", p("The plant will open in mid-2028."), p("The plant will open in mid 2028."), nil},
		{"a cause after due to", p("The delay is now due to a shortage of parts."), p("The delay was caused by a shortage of parts."), nil},
		{"undecided voters", p("Kaur had 41%, Singh 38% and 8% undecided."), p("Kaur had 41%, Singh 38% and 8% unsure."), nil},
		{"undecided settled", p("The plant's future remains undecided, he said."), p("The company will close the plant, he said."), []string{"altered modality"}},
		{"a quote opening with if", p(`The herders said "if the rains fail again, our animals will all die".`), p("The herders said the drought was over."), []string{"altered quote"}},
	})
	if beliefClause([]string{"a", "think", "tank", "estimated"}, "think") {
		t.Error(`"think tank" read as a belief`)
	}
}

// TestQuoteMarksOnly reads a few words quoted on one side and given word
// for word on the other as no change of claim (as a long quote told word
// for word already was), and words quoted and then dropped as a change of
// quote.
func TestQuoteMarksOnly(t *testing.T) {
	p := func(s string) []string { return []string{"Volcano", s, "Flights were cancelled."} }
	runMechanismCases(t, []mechanismCase{
		{"scare quotes dropped", p(`Vanuatu sits on the Pacific "Ring of Fire", the agency said.`), p("Vanuatu sits on the Pacific Ring of Fire, the agency said."), nil},
		{"quoted words dropped", p(`The bank said it had "no plans" to alter its rate.`), p("The bank said it would keep its rate."), []string{"altered quote"}},
		{"a charged word's marks dropped", p(`The army said it had killed 40 "terrorists", the agency said.`), p("The army said it had killed 40 terrorists, the agency said."), []string{"altered quote"}},
		{"a label's marks dropped", p(`The opposition leader called the plan "a disgrace".`), p("The opposition leader called the plan a disgrace."), []string{"altered quote"}},
	})
}

// TestSet39Round covers the round on set39: a brand's two glued words
// stay one word; a wire desk's codes and "Posted by CMC on …" are
// chrome; hedges a quote held and its retelling tells are no change.
func TestSet39Round(t *testing.T) {
	for _, tt := range []struct {
		s    string
		want []string
	}{
		{"He works for IslandWire in Bridgetown.", []string{"He works for IslandWire in Bridgetown."}},
		{"Member Only BenefitsWashington [US], Nov 20 (ANI): Talks resumed.", []string{"Member Only Benefits", "Washington [US], Nov 20 (ANI): Talks resumed."}},
		{"The storm endedResidents returned home.", []string{"The storm ended", "Residents returned home."}},
	} {
		if got := Sentences(tt.s); !slices.Equal(got, tt.want) {
			t.Errorf("Sentences(%q) = %q, want %q", tt.s, got, tt.want)
		}
	}
	runBoilerCases(t, []boilerCase{
		{"CMC/kb/ir/2025", true},
		{"Posted by police on May 22, 2024", false},
		{"km/h/day", false},
		{"and/or", false},
		{"Posted by the ministry on its website on Monday, the notice said.", false},
	})
	p := func(s string) []string { return []string{"Coffee rust", "Coffee rust hit farms in the west.", s} }
	runMechanismCases(t, []mechanismCase{
		{"hedges of the quote retold", p("“If farmers act quickly, we believe the damage can be contained.”"),
			p("He added that he believed the damage could be contained if farmers acted quickly."), nil},
		{"a hedge the quote did not hold", p("“The damage will be contained,” he said."), p("He said the damage could be contained."), []string{"altered quote", "altered modality"}},
	})
}
