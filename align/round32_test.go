package align

import "testing"

// Tests of session 20's work.

// TestUpdateNotesAndStaffBylines reads as chrome a take's note of what it
// added with its day or time ("Updated Monday 9:05 a.m. with …",
// "Updated Sept. 10 with …"), a copyright told as reproduction
// reserved, and a meta line of an outlet, its staff's byline and a day
// apart by dashes. A sentence saying what was updated, a claim with a
// dash, and a fact box are still story text.
func TestUpdateNotesAndStaffBylines(t *testing.T) {
	runChromeLines(t, []string{
		"Mast collapses in storm",
		"A telecommunications mast collapsed onto a street on Saturday night, injuring two people.",
		"The building's managers said an inquiry would follow.",
	}, []string{
		"Updated Monday 9:05 a.m. with hospital, prosecutor and building manager statements.",
		"Updated Sept. 10 with comments from water officials and city council",
		"Updated on March 3 with new casualty figures",
		"Updated 12 March 2025 at 14:20 with police comment",
		"REPRODUCTION RESERVED © Copyright ANSA",
		"Pacific Islands Wire — Staff reporter — 12 March",
		"Riviera Daily – By our correspondent – 4 May 2025",
	}, []mechanismCase{
		{"what was updated, told", nil, []string{"The city updated its storm plan on Monday with new evacuation routes."}, []string{"added date"}},
		{"a claim with dashes", nil, []string{"Two staff reporters — both injured — were taken to hospital on 12 March."}, []string{"added number"}},
	})
}

// runChromeLines checks that each of lines, put between the second and
// third sentence of base, is chrome, and that each claim's one line
// (its ver) put there is read as its want.
func runChromeLines(t *testing.T, base, lines []string, claims []mechanismCase) {
	t.Helper()
	runMechanismCases(t, chromeLineCases(base, lines, claims))
}

// chromeLineCases builds cases that put each line (want nil) and each
// claim's one ver line (its want) between the second and third
// paragraph of base, against base without it.
func chromeLineCases(base, lines []string, claims []mechanismCase) []mechanismCase {
	with := func(line string) []string {
		return []string{base[0], base[1], line, base[2]}
	}
	var cases []mechanismCase
	for _, line := range lines {
		cases = append(cases, mechanismCase{line, base, with(line), nil})
	}
	for _, c := range claims {
		cases = append(cases, mechanismCase{c.name, base, with(c.ver[0]), c.want})
	}
	return cases
}

// TestDayRanges reads the second day of a range of one month as a day of
// that month ("October 5 to 10", "Oct. 5-10", "5 to 10 October"), so that
// it changed is a date's change and the range written the other way
// round is none; a count after a day is still a count.
func TestDayRanges(t *testing.T) {
	p := func(a string) []string {
		return []string{"Festival cancelled over drought", a, "Refunds will follow."}
	}
	runMechanismCases(t, []mechanismCase{
		{"second day changed", p("The festival was to run from October 5 to 10 in Shiraz."),
			p("The festival was to run from October 5 to 12 in Shiraz."), []string{"altered date"}},
		{"hyphenated, a year after", p("The fair runs Oct. 5-10, 2025."),
			p("The fair runs Oct. 5-11, 2025."), []string{"altered date"}},
		{"day first", p("The festival was to run from 5 to 10 October."),
			p("The festival was to run from 5 to 12 October."), []string{"altered date"}},
		{"month moved", p("The festival was to run from October 5 to 10 in Shiraz."),
			p("The festival was to run from 5 to 10 October in Shiraz."), nil},
		{"between and", p("Talks were held between March 3 and 7."),
			p("Talks were held from March 3 to 7."), nil},
		{"a count after the day", p("On October 5 to 10 people were hurt."),
			p("On October 5 to 12 people were hurt."), []string{"altered number"}},
	})
}

// TestWindGraded reads a wind told stronger or weaker ("gale-force" →
// "hurricane-force", "high winds" → "hurricane-force winds") as a
// characterization, beside any other change of the sentence; one told
// the same strength in other words is none.
func TestWindGraded(t *testing.T) {
	p := func(a string) []string {
		return []string{"Mast falls in storm", a, "Repairs will take a week."}
	}
	runMechanismCases(t, []mechanismCase{
		{"gale-force to hurricane-force", p("The mast fell as gale-force winds lashed the coast."),
			p("The mast fell as hurricane-force winds swept the coast."), []string{"altered characterization"}},
		{"high winds to hurricane-force, with a number", p("A 25-metre mast fell as high winds lashed the coast."),
			p("A 30-metre mast fell as hurricane-force winds lashed the coast."), []string{"altered number", "altered characterization"}},
		{"gale-force to gales", p("The mast fell as gale-force winds lashed the coast."),
			p("The mast fell as gales lashed the coast."), nil},
	})
}

// TestEveryFortnight reads "once a fortnight" as "every two weeks".
func TestEveryFortnight(t *testing.T) {
	p := func(a string) []string {
		return []string{"Atoll waits for flights", a, "Residents have asked for more."}
	}
	runMechanismCases(t, []mechanismCase{
		{"once a fortnight", p("The atoll is served by a flight roughly once a fortnight."),
			p("The atoll is served by a flight roughly every two weeks."), nil},
		{"every fortnight, every week", p("The atoll is served by a flight every fortnight."),
			p("The atoll is served by a flight every week."), []string{"altered number"}},
	})
}

// TestOpenMatterAnsweredInSlot pairs a paragraph saying a matter is not
// known yet with the paragraph that answers it in the same place
// between kept paragraphs, and reads a cause told as "infected by" as an
// answer; the answer must fit the question, and the slot must hold only
// the two.
func TestOpenMatterAnsweredInSlot(t *testing.T) {
	p := func(mid ...string) []string {
		out := []string{"Ferry aground off Anguilla",
			"A passenger ferry ran aground off Sandy Island on Saturday with 47 people on board.",
			"The ferry is operated by Island Hopper Charters, a St Barts-based company."}
		out = append(out, mid...)
		return append(out, "The Department of Disaster Management said it had activated its emergency plan.")
	}
	runMechanismCases(t, []mechanismCase{
		{"cause not known, then reported", p("The cause of the grounding was not known."),
			p("Police said the captain had reported an engine failure shortly before the vessel drifted onto the reef."),
			[]string{"altered modality"}},
		{"no cause in the answer", p("The cause of the grounding was not known."),
			p("Police said divers from Marigot were on their way to the reef."),
			[]string{"dropped modality", "added entity"}},
		{"two sentences in the version's slot", p("The cause of the grounding was not known."),
			p("Police said the captain had reported an engine failure shortly before the vessel drifted onto the reef.",
				"Divers from Marigot were on their way to the reef."),
			[]string{"dropped modality", "added wording", "added entity"}},
		{"infected by", []string{"Oysters die at Aruba farm", "About 40 percent of the stock was lost. The cause of the die-off is not yet known.", "Sales were suspended."},
			[]string{"Oysters die at Aruba farm", "About 40 percent of the stock was lost. Laboratory tests found the oysters were infected by a parasite.", "Sales were suspended."},
			[]string{"altered modality"}},
	})
}

// TestCreditNamedOtherwise keeps, in a retelling, a credit that named a
// person in apposition ("the committee's director, Sandrine Fontaine")
// told as another name the story gives elsewhere ("Oceanis Cruises") as
// a change of source; the same person by name is none.
func TestCreditNamedOtherwise(t *testing.T) {
	const ref = "The ship's operator, Oceanis Cruises, cancelled the call. About 1,200 passengers had booked shore excursions with local operators, according to the committee's director, Sandrine Fontaine."
	runMechanismCases(t, []mechanismCase{
		retoldCase("person's credit given to the operator", ref,
			"Oceanis Cruises, which runs the ship, called off the visit. About 1,200 passengers had booked shore excursions with local operators, according to Oceanis Cruises.",
			"altered attribution"),
		retoldCase("the same person by name", ref,
			"Oceanis Cruises, which runs the ship, called off the visit. About 1,200 passengers had booked shore excursions with local operators, according to Sandrine Fontaine."),
	})
}

// TestWeighedThenTaken keeps a step weighed and then taken ("is weighing
// an increase" → "on Tuesday approved an increase") a change of modality
// when the day changes with it; an event awaited and then reported with
// its day is still one claim of the day.
func TestWeighedThenTaken(t *testing.T) {
	p := func(a string) []string {
		return []string{"Tehran water tariffs", a, "The capital's reservoirs are near record lows."}
	}
	runMechanismCases(t, []mechanismCase{
		{"weighing, then approved on a day", p("The energy ministry is weighing an increase of 40 percent in water tariffs, officials said on Sunday."),
			p("The energy ministry approved an increase of 40 percent in water tariffs, officials said on Tuesday."),
			[]string{"altered date", "altered modality"}},
		{"considering, then approved on a day", p("The cabinet is considering a ban on cars in the centre, officials said on Sunday."),
			p("The cabinet approved a ban on cars in the centre, officials said on Tuesday."),
			[]string{"altered date", "altered modality"}},
	})
}

// TestSyndicationTerms reads as chrome a republisher's note of where its
// copy comes from and on what terms ("Content syndicated from our
// partners; …", "Stories on Caribbean Newsline are supplied by partner
// newsrooms.", "Republished with permission"), a meta line of fields
// apart by hyphens, and a staff byline naming the outlet. Story
// sentences with the same words, and a fact box, are still story text.
func TestSyndicationTerms(t *testing.T) {
	runChromeLines(t, []string{
		"Fire burns in Montserrat hills",
		"A bush fire burned across the hills above Salem on Saturday, forcing 40 households to leave.",
		"Police said the cause had not been determined.",
	}, []string{
		"By Pago Pago Herald staff | Republished with permission",
		"Published 03/11/2025 at 18:40 - Source: AFP",
		"Outre-Mer Sport staff - updated 14:05",
		"Stories on Caribbean Newsline are supplied by partner newsrooms.",
		"Published 12 Sep 2025 - Economy - Caribbean",
		"Content syndicated from our partners; Outre-mer Business Daily is not responsible for its accuracy.",
		"Reprinted with permission.",
	}, []mechanismCase{
		{"a claim told by hyphens", nil, []string{"Fire crews - more than 40 of them - worked through the night."}, []string{"added number"}},
		{"content supplied by police", nil, []string{"The content was supplied by police to reporters on Monday."}, []string{"added date"}},
		{"photos used with permission", nil, []string{"The photos were used with permission from the family."}, []string{"added wording"}},
		{"a fact box", nil, []string{"Kickoff - National Stadium - 19:00"}, []string{"added date"}},
	})
}

// TestCountryForms reads a country named by another of its names
// ("United Kingdom" → "Britain", "United States" → "US") as no change of
// entity, in a merged pair too; another country is still one.
func TestCountryForms(t *testing.T) {
	ref := []string{"Fire burns in Montserrat hills",
		"Premier Jerome Skerritt urged residents to stay away from the area. He said the government had asked the United Kingdom for a helicopter fitted with a water bucket.",
		"Police said the cause had not been determined."}
	ver := func(country string) []string {
		return []string{ref[0],
			"Premier Jerome Skerritt told residents to keep away from the area and said the government had asked " + country + " for a helicopter fitted with a water bucket.",
			ref[2]}
	}
	runMechanismCases(t, []mechanismCase{
		{"Britain", ref, ver("Britain"), nil},
		{"the UK", ref, ver("the UK"), nil},
		{"France", ref, ver("France"), []string{"altered entity"}},
	})
	aid := func(a string) []string {
		return []string{"Aid reaches quake zone", a, "More flights are planned."}
	}
	runMechanismCases(t, []mechanismCase{
		{"U.S., United States", aid("The U.S. sent two military planes with water and tents."),
			aid("The United States sent two military planes with water and tents."), nil},
		{"United States, U.S.", aid("The United States sent two military planes with water and tents."),
			aid("The U.S. sent two military planes with water and tents."), nil},
		{"U.S., France", aid("The U.S. sent two military planes with water and tents."),
			aid("France sent two military planes with water and tents."), []string{"altered entity", "altered wording"}},
	})
	if r, a := dropPlaceForms([]string{"United", "States"}, []string{"US"}); len(r)+len(a) != 0 {
		t.Errorf("dropPlaceForms(United States, US) = %v, %v", r, a)
	}
	if r, a := dropPlaceForms([]string{"South", "America"}, []string{"US"}); len(r) != 2 || len(a) != 1 {
		t.Errorf("dropPlaceForms(South America, US) = %v, %v", r, a)
	}
}

// TestTitleAbbreviated reads a title written out on one side and
// abbreviated on the other ("Representative" → "Rep.") as the same
// title; another title is still a change.
func TestTitleAbbreviated(t *testing.T) {
	p := func(a string) []string {
		return []string{"House passes reef bill", a, "The bill goes to the governor."}
	}
	runMechanismCases(t, []mechanismCase{
		{"Representative, Rep.", p("The plan was flawed, said Representative Ana Cruz."), p("The plan was flawed, said Rep. Ana Cruz."), nil},
		{"Governor, Gov.", p("The plan was flawed, said Governor Ana Cruz."), p("The plan was flawed, said Gov. Ana Cruz."), nil},
		{"Representative, Sen.", p("The plan was flawed, said Representative Ana Cruz."), p("The plan was flawed, said Sen. Ana Cruz."), []string{"altered entity"}},
	})
}

// TestCauseHedgeSettled keeps, in a retelling, a cause told as likely on
// one side and stated on the other ("the most likely cause was aging
// service lines" → "blamed aging service lines") as a change of
// modality, though the retelling words the cause otherwise; a hedge of a
// clause the other side leaves out is still none.
func TestCauseHedgeSettled(t *testing.T) {
	runMechanismCases(t, []mechanismCase{
		retoldCase("likely cause stated",
			"Director Hollis Benjamin said the most likely cause was aging service lines that corroded after the switch in May.",
			"Executive director Hollis Benjamin blamed aging service lines that corroded after the May switch.",
			"altered modality"),
		retoldCase("likely cause kept",
			"Director Hollis Benjamin said the most likely cause was aging service lines that corroded after the switch in May.",
			"Executive director Hollis Benjamin said aging service lines that corroded after the May switch were the likely cause."),
	})
}

// TestDueArrival reads "due in Honolulu", "due back" as an arrival
// timetabled, as "expected to arrive" tells it; the arrival reported is
// still the timetable settled, and "due to rain" is a cause.
func TestDueArrival(t *testing.T) {
	p := func(a string) []string {
		return []string{"Bananas shipped to Hawaii", a, "Growers hope for more orders."}
	}
	runMechanismCases(t, []mechanismCase{
		{"due in, expected to arrive", p("The shipment of green bananas from the cooperative's packing shed is expected to arrive in Honolulu on June 3."),
			p("The shipment of green bananas from the cooperative's packing shed is due in Honolulu on June 3."), nil},
		{"due back, expected back", p("The crew is expected back in Pago Pago on Friday."),
			p("The crew is due back in Pago Pago on Friday."), nil},
		{"due in, arrived", p("The shipment is due in Honolulu on June 3."),
			p("The shipment arrived in Honolulu on June 3."), []string{"altered modality"}},
	})
}

// TestEstimateToldAsPut reads an estimate told as what someone put the
// cost at ("put the cost of the damage at €310 million" → "an estimated
// €310 million") as the same hedge, and an estimate against a bound of
// another figure ("an estimated 45 acres" → "more than 60 acres") as the
// figure's change alone; the estimate dropped before the same bare
// figure is still a change of modality.
func TestEstimateToldAsPut(t *testing.T) {
	p := func(a string) []string {
		return []string{"Storm damage counted", a, "Insurers expect claims to rise."}
	}
	runMechanismCases(t, []mechanismCase{
		{"put at, an estimated", p("The regional council has put the cost of the damage at €310 million."),
			p("The storm caused an estimated €310 million in damage, the regional council said."), nil},
		{"an estimated, more than another", p("The fire had burned an estimated 45 acres of dry forest by late afternoon."),
			p("The fire had burned more than 60 acres of dry forest by late afternoon."), []string{"altered number"}},
		retoldCase("an estimated, more than another, beside a time, retold",
			"The fire, first reported at around 11 a.m. near the Runaway Ghaut trail, had burned an estimated 45 acres of dry forest and scrub by late afternoon, according to the Montserrat Fire and Rescue Service.",
			"The blaze was first reported around 11 a.m. near the Runaway Ghaut trail and had scorched more than 60 acres of dry forest and scrub by late afternoon, the fire service said.",
			"altered number"),
		{"an estimated, the bare figure", p("The storm caused an estimated €310 million in damage, the council said."),
			p("The storm caused €310 million in damage, the council said."), []string{"altered modality"}},
	})
	if got := trailingFigure("put the cost at €310"); got != "310" {
		t.Errorf(`trailingFigure("put the cost at €310") = %q, want "310"`, got)
	}
}

// TestSomeSeveral reads "several" and "some" before a noun as the same
// count left vague; "several" against "many" or a figure is still a
// change.
func TestSomeSeveral(t *testing.T) {
	p := func(a string) []string {
		return []string{"Airport strike", a, "Talks resume on Monday."}
	}
	runMechanismCases(t, []mechanismCase{
		{"several, some", p("Several airlines advised passengers to arrive at least four hours before departure."),
			p("Some airlines advised passengers to arrive at least four hours before departure."), nil},
		{"several, many", p("Several airlines advised passengers to arrive at least four hours before departure."),
			p("Many airlines advised passengers to arrive at least four hours before departure."), []string{"altered characterization"}},
	})
}
