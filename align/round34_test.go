package align

import "testing"

// Tests of session 22's work.

// TestHalfADozen reads "half a dozen" as six, with its noun after "dozen":
// "six stations" is the same count, "seven stations" another.
func TestHalfADozen(t *testing.T) {
	p := func(a string) []string {
		return []string{"Radio mast fire", a, "An inquiry has been opened."}
	}
	runMechanismCases(t, []mechanismCase{
		{"six", p("Half a dozen local radio stations went off air on Monday."),
			p("Six local radio stations went off air on Monday."), nil},
		{"seven", p("Half a dozen local radio stations went off air on Monday."),
			p("Seven local radio stations went off air on Monday."), []string{"altered number"}},
		{"a dozen", p("A dozen local radio stations went off air on Monday."),
			p("Six local radio stations went off air on Monday."), []string{"altered number"}},
	})
}

// TestNewcomerSource keeps, in a retelling, a person's words given to
// someone the retelling brings in with an indefinite article ("Wallnöfer
// said" → "a city spokesman said") as a change of source; the same
// person described so in the story ("Wallnöfer, a city spokesman,") is
// none.
func TestNewcomerSource(t *testing.T) {
	const ref = "Talks were chaired by Mayor Georg Wallnöfer at city hall. Wallnöfer said the city would contribute 2 million euros a year for the next three years."
	runMechanismCases(t, []mechanismCase{
		retoldCase("mayor's words given to a spokesman", ref,
			"Mayor Georg Wallnöfer chaired the talks at city hall. The city will pay 2 million euros a year for the next three years, a city spokesman said.",
			"altered attribution"),
		retoldCase("the spokesman the story names", "Talks were chaired by the mayor at city hall. Wallnöfer, a city spokesman, said the city would contribute 2 million euros a year for the next three years.",
			"The mayor chaired the talks at city hall. The city will pay 2 million euros a year for the next three years, a city spokesman said."),
	})
}

// TestAppositiveAfterName keeps the words of a source intact when an
// appositive follows a name whose last word but one is also an adverb
// of time ("The Oak Point First Nation, whose reserve lies downstream,
// said"): the source is the whole name, and reading it leaves the
// sentence's tokens as they were (it once wrote "Nation" over "First"
// and panicked on the overlap).
func TestAppositiveAfterName(t *testing.T) {
	const s = "The Oak Point First Nation, whose reserve lies downstream, said it was not notified of the leak until 14 hours after it was detected."
	f := extract(s, nil, nil)
	if len(f.attribs) != 1 || f.attribs[0].text != "The Oak Point First Nation" {
		var got []string
		for _, a := range f.attribs {
			got = append(got, a.text)
		}
		t.Errorf("sources of %q: got %q, want [The Oak Point First Nation]", s, got)
	}
	runMechanismCases(t, []mechanismCase{
		{"another sentence beside it", []string{"Pipeline leak", "The cause of the weld failure is under investigation."},
			[]string{"Pipeline leak", s}, []string{"dropped modality", "added number"}},
	})
}

// TestShareOfCapacity reads a fraction before a measure it is a share of
// ("at half capacity", "half price") as a share, and "in theory" or "in
// principle" as a hedge of possibility.
func TestShareOfCapacity(t *testing.T) {
	p := func(a string) []string {
		return []string{"Glassworks strike", a, "Talks resume on Monday."}
	}
	runMechanismCases(t, []mechanismCase{
		{"half to a third", p("The plant has been running at about half capacity since March."),
			p("The plant has been running at about a third of capacity since March."), []string{"altered number"}},
		{"half price kept", p("Tickets were sold at half price on Sunday."),
			p("On Sunday, tickets were sold at half price."), nil},
		{"agreed in principle", p("The union and the company agreed on Friday to extend the truce."),
			p("The union and the company agreed in principle on Friday to extend the truce."), []string{"altered modality"}},
		{"can and could in theory", p("The samples are stored frozen and can in theory be thawed decades later."),
			p("Stored frozen, the samples could in theory be thawed decades later."), nil},
	})
}

// TestAnnouncedThenTaken reads a step announced in reported speech and
// then told as taken ("said she would ask the government" → "said she
// had asked the government") as a change of wording; the same step still
// to come, or its condition told in the past ("would have forced"), is
// none.
func TestAnnouncedThenTaken(t *testing.T) {
	p := func(a string) []string {
		return []string{"Hail damage", a, "Insurers have received 4,000 claims."}
	}
	runMechanismCases(t, []mechanismCase{
		{"would ask, had asked", p("Reboul said she would ask the government for emergency aid."),
			p("Reboul said she had asked the government for emergency aid."), []string{"altered wording"}},
		{"would ask on both sides", p("Reboul said she would ask the government for emergency aid."),
			p("She would ask the government for emergency aid, Reboul said."), nil},
		{"would have forced", p("If approved, the motion would force the mayor out of office."),
			p("If approved, the motion would have forced the mayor out of office."), nil},
	})
}

// TestFireSettled reads a fire told as burning on one side and as out or
// held on the other ("were still battling the flames" → "brought the
// flames under control") as a change of wording that carries its new
// time; a dateline's date moved stays a change of its own, and a fire
// held on both sides is none.
func TestFireSettled(t *testing.T) {
	p := func(a string) []string {
		return []string{"Blaze at palm oil depot", a, "The cause of the fire is under investigation."}
	}
	runMechanismCases(t, []mechanismCase{
		{"battling to under control", p("Firefighters were still battling the flames early on Thursday, the agency said."),
			p("Firefighters brought the flames under control shortly before noon on Thursday, the agency said."), []string{"altered wording"}},
		{"burning to extinguished", p("The fire was still burning on Friday, officials said."),
			p("The fire was extinguished on Friday, officials said."), []string{"altered wording"}},
		{"dateline moved too", p("CHANIA, Crete, 12 August — Firefighters were battling a large blaze at a biodiesel plant on Tuesday evening."),
			p("CHANIA, Crete, 13 August — Firefighters brought a large blaze at a biodiesel plant under control early on Wednesday."),
			[]string{"altered date", "altered wording"}},
		{"under control on both sides", p("Firefighters brought the flames under control shortly before noon, the agency said."),
			p("The flames were brought under control shortly before noon, the agency said."), nil},
	})
}

// TestNewsroomLines reads as chrome a sign-off whose name has particles
// ("— Courrier de l'Orne"), a meta line of an outlet, a section and a
// day in figures ("Sachsen Regional | Service | 14.06.2024 07:30"), a
// promotion headed "More on this topic:", a credit with the wire drawn
// on ("The Provence Weekly, with AFP") and a newsroom's note that it is
// at the scene and will update the story. Claims with the same words are
// still story text.
func TestNewsroomLines(t *testing.T) {
	runChromeLines(t, []string{
		"Hail damage tops 200 million euros",
		"Insurers in Saxony said on Monday that claims from last week's hailstorm had passed 200 million euros.",
		"The regional insurer Sachsenland Versicherung said it had received 4,000 claims.",
	}, []string{
		"— Courrier de l'Orne",
		"Sachsen Regional | Service | 14.06.2024 07:30",
		"More on this topic: Storm season in Saxony",
		"The Courier has a reporter at the scene and will update this story as more information becomes available.",
	}, []mechanismCase{
		{"a team at the scene", nil, []string{"Police have a team at the scene and will update residents on Tuesday."}, []string{"added date"}},
		{"a report updated", nil, []string{"The ministry will update the report as more data arrives."}, []string{"added wording"}},
		{"worked with agencies", nil, []string{"Farmers in 12 villages worked with agencies to count the damage."}, []string{"added number"}},
		{"a sign-off with a figure", nil, []string{"— Route de l'Orne closed for 3 days"}, []string{"added number"}},
	})
}

// TestWireCreditLine reads an outlet's credit line with the wire it drew
// on ("The Provence Weekly, with AFP") as chrome in any version, not only
// as a line added to a copy; a sentence with a verb before "with" is not.
func TestWireCreditLine(t *testing.T) {
	for _, tt := range []struct {
		f    string
		want bool
	}{
		{"the provence weekly, with afp", true},
		{"staff, with agencies", true},
		{"- the local, with reuters.", true},
		{"farmers worked with agencies to count the damage.", false},
		{"the ministry met with afp reporters on tuesday.", false},
	} {
		if got := isBoilerFolded(tt.f); got != tt.want {
			t.Errorf("isBoilerFolded(%q) = %v, want %v", tt.f, got, tt.want)
		}
	}
}

// TestOtherOffices keeps apart two offices of one noun told apart by
// what they deal with ("the regional tourism office" → "the state
// statistics office"); the same office spelt otherwise or with its
// scope told ("the harbour board" → "the harbor board", "the tourism
// office" → "the regional tourism office") is none.
func TestOtherOffices(t *testing.T) {
	p := func(a string) []string {
		return []string{"Spa town counts the cost", a, "The council votes on Thursday."}
	}
	runMechanismCases(t, []mechanismCase{
		{"tourism to statistics", p("About 38,000 overnight stays were recorded last year, according to the regional tourism office."),
			p("About 38,000 overnight stays were recorded last year, according to the state statistics office."), []string{"altered attribution"}},
		{"harbour board spelt", p("The harbour board said it had since overhauled its financial controls."),
			p("The harbor board said it had since overhauled its financial controls."), nil},
		{"scope told", p("About 38,000 overnight stays were recorded last year, according to the tourism office."),
			p("About 38,000 overnight stays were recorded last year, according to the regional tourism office."), nil},
	})
}

// TestOtherKindsOfBody keeps a source described by a common noun apart
// from a body of another kind that the story names ("according to the
// union" → "according to the company", "the GMB union" → "the
// company"), and reads a name's body after it as part of the source
// ("according to the GMB union"); bodies that stories call by each
// other's nouns ("the federation" → "the group") are one.
func TestOtherKindsOfBody(t *testing.T) {
	p := func(a string) []string {
		return []string{"Glassblowers strike", a, "The GMB union's organiser Steve Tonkin said members backed the action."}
	}
	runMechanismCases(t, []mechanismCase{
		{"union to company", p("Twenty-two workers joined the stoppage, one in a serious condition, according to the union."),
			p("Twenty-two workers joined the stoppage, one of them in a serious condition, according to the company."), []string{"altered attribution"}},
		{"named union to company", p("Twenty-two workers joined the stoppage, according to the GMB union."),
			p("Twenty-two workers joined the stoppage, according to the company."), []string{"altered attribution"}},
	})
	runMechanismCases(t, []mechanismCase{
		{"federation and group", []string{"Heat pump sales halve", "A total of 141,000 units were sold between January and June, the federation said.", "The federation represents 90 manufacturers."},
			[]string{"Heat pump sales halve", "In total, 141,000 units were sold between January and June, the group said.", "The federation represents 90 manufacturers."}, nil},
	})
}

// TestPossessiveDaysAndRanges reads a weekday as a possessive as its day
// ("Saturday's game" is "its Saturday game"), but not "today's prices",
// and a range of days with its month after it as one whatever stands
// before it ("covering 11 to 17 July" is "for July 11-17").
func TestPossessiveDaysAndRanges(t *testing.T) {
	p := func(a string) []string {
		return []string{"Team mourns players", a, "Counsellors will be available."}
	}
	runMechanismCases(t, []mechanismCase{
		{"possessive weekday", p("The team postponed its Saturday game in Neepawa."),
			p("Saturday's game in Neepawa was postponed, the team said."), nil},
		{"possessive weekday changed", p("The team postponed its Saturday game in Neepawa."),
			p("Sunday's game in Neepawa was postponed, the team said."), []string{"altered date"}},
		{"today's prices", p("Growers said they could not afford the rate at current tea prices."),
			p("Growers said they could not afford the rate at today's tea prices."), nil},
		{"day-first range", p("The union has filed a strike notice covering 11 to 17 July."),
			p("The union has filed a strike notice for July 11-17."), nil},
	})
}

// TestNamedElsewhere reads, in a version that edits the reference, a
// name given on one side only of a pair as context when the other side's
// story names it in another sentence ("home to one of Greenland's largest
// fishing fleets" cut, the version naming Greenland Police elsewhere); a
// name the other story never gives is still a change.
func TestNamedElsewhere(t *testing.T) {
	const (
		fire   = "The fire broke out at around 7 p.m. in a shed on the harbour's east pier, Chief Inspector Malik Kleist of Greenland Police said."
		fund   = "The municipality said it would set up an emergency fund for the fishermen."
		reopen = "The harbour reopened on Monday afternoon except for the damaged east pier."
	)
	runMechanismCases(t, []mechanismCase{
		{"named elsewhere", []string{"The harbour, home to one of Greenland's largest fishing fleets, reopened on Monday afternoon except for the damaged east pier."},
			[]string{fire, fund, reopen}, []string{"added date", "added wording"}},
		{"named nowhere else", []string{"The harbour, home to one of Greenland's largest fishing fleets, reopened on Monday afternoon except for the damaged east pier."},
			[]string{"The fire broke out at around 7 p.m. in a shed on the harbour's east pier, Chief Inspector Malik Kleist said.", fund, reopen},
			[]string{"added date", "added wording", "altered entity"}},
	})
}

// TestOpenInquiries reads an investigation opened into a cause and a
// matter "too early to say" as open, as "not yet known" is: the cause
// then named is a change of modality, and one open matter told as the
// other is none.
func TestOpenInquiries(t *testing.T) {
	p := func(a string) []string {
		return []string{"Fire on cruise ship", a, "Passengers were flown home on Friday."}
	}
	runMechanismCases(t, []mechanismCase{
		{"too early, then named", p("Linea Aurora said it was too early to say what had caused the fire."),
			p("Linea Aurora said an electrical fault in one of the ship's generators had caused the fire."), []string{"altered modality"}},
		{"not known, too early", p("A company spokeswoman said the cause of the fire was not yet known."),
			p("A company spokeswoman said it was too early to say what had caused the fire."), nil},
		{"under investigation, investigation opened", p("The cause of the fire was under investigation, the agency said."),
			p("Prosecutors have opened an investigation into the cause of the fire, the agency said."), []string{"altered wording"}},
	})
}

// TestHeadlineQuote reads words quoted in one headline only ("Faroe
// Islands fines fishing skipper for radio broadcasts" → "'Pirate radio'
// skipper fined in Faroe Islands") as a detail of the headline, as its
// numbers and names are; a quote changed for another is still reported.
func TestHeadlineQuote(t *testing.T) {
	const body, more = "A court in Torshavn fined a fishing skipper 40,000 kroner on Monday for broadcasting music from his trawler without a licence.", "He said he would appeal."
	runMechanismCases(t, []mechanismCase{
		{"quoted on one side", []string{"Faroe Islands fines fishing skipper for radio broadcasts", body, more},
			[]string{"'Pirate radio' skipper fined in Faroe Islands", body, more}, nil},
		{"quote changed", []string{"'Pirate radio' skipper fined in Faroe Islands", body, more},
			[]string{"'Radio rebel' skipper fined in Faroe Islands", body, more}, []string{"altered quote"}},
	})
}

// TestStampForms reads as chrome a stamp whose figures a broken feed
// stripped ("Published March , , : GMT"), a label with a space before its
// colon ("Last Updated : 14 Mar 2025, 09:30 AM"), an agency's name and a
// comma before its stamp, an outlet beside a section of two words and a
// day, and a wire's name beside a weekday and a time. Claims that share
// their words are still story text.
func TestStampForms(t *testing.T) {
	runChromeLines(t, []string{
		"Pension fund loses savings",
		"The state pension fund lost 4 percent of its value in the first quarter, its managers said on Monday.",
		"Members will be told of the loss by letter.",
	}, []string{
		"Published March , , : GMT",
		"Last Updated : 14 Mar 2025, 09:30 AM",
		"Island News Service | Updated Oct , ,  : AM",
		"Pacific Business Watch | Regional News | March 3, 2025",
		"Baltic Wire | Tuesday, 9:15 AM EET",
		"efe, 4 March 2025, 10:05 CET",
	}, []mechanismCase{
		{"published figures", nil, []string{"Figures published in March showed a loss of 4 percent."}, []string{"added number"}},
		{"updated forecast", nil, []string{"The fund updated its forecast on Tuesday, 9 March."}, []string{"added date"}},
	})
}

// TestLoneChromeInUpdate reads as chrome, in a version that edits the
// reference, a dateline standing as a paragraph of its own ("VIENTIANE
// –", "LAUNCESTON, Feb 15 -"), a photo's credit or a byline in brackets,
// a wire's update note in brackets, a count of comments and an
// explainer's label alone ("Why it matters:"); a dateline that opens its
// story, and a label followed by its claim, are story text.
func TestLoneChromeInUpdate(t *testing.T) {
	ref := []string{"Pension fund loses savings", "The state pension fund lost 4 percent of its value in the first quarter, its managers said on Monday.",
		"Members will be told of the loss by letter.", "The fund has 80,000 members."}
	with := func(line string) []string {
		return []string{ref[0], "The state pension fund lost 6 percent of its value in the first quarter, its managers said on Monday.", line, ref[2], ref[3]}
	}
	var cases []mechanismCase
	for _, line := range []string{"VIENTIANE –", "LAUNCESTON, Feb 15 -", "BRADES, Montserrat, CMC –", "(Courtesy)", "(By Lin Mei and Daniel Ko)",
		"(Updates loss, adds managers' comments)", "Comments (12)", "Why it matters:"} {
		cases = append(cases, mechanismCase{line, ref, with(line), []string{"altered number"}})
	}
	cases = append(cases,
		mechanismCase{"dateline opening a claim", ref, with("PARIS – Police arrested 12 people on Tuesday."), []string{"altered number", "added number"}},
		mechanismCase{"label with its claim", ref, with("Why it matters: 12 members lost their savings."), []string{"altered number", "added number"}})
	runMechanismCases(t, cases)
}

// TestHeadlineOfAnotherWire leaves a headline told in other words
// unreported when the datelines of one side credit a wire the other's do
// not ("LUSAKA, March 3 (Reuters) -" against "LUSAKA, March 3 -"): the
// story retold by another outlet, whose headline is its own. The same
// outlet's update is still reported.
func TestHeadlineOfAnotherWire(t *testing.T) {
	body := func(lead, piers, trucks, cost string) []string {
		return []string{lead + " Floodwater damaged " + piers + " piers of the Kafue River bridge on Monday, the roads agency said.",
			"About " + trucks + " trucks a day use the bridge on the main route to Zimbabwe.",
			"The agency said repairs would cost about " + cost + " million kwacha.",
			"Traffic was diverted through Chirundu, adding 90 km to the journey."}
	}
	headline := func(c Comparison) string {
		for _, d := range c.Divergences {
			if d.RefPara == 0 && d.VerPara == 0 && d.Material {
				return d.Detail
			}
		}
		return ""
	}
	ref := append([]string{"Floods damage Kafue River bridge in Zambia"}, body("LUSAKA, March 3 -", "two", "1,200", "40")...)
	for _, tt := range []struct {
		name, lead, want string
	}{
		{"same outlet", "LUSAKA, March 3 -", "headline rewritten"},
		{"another wire", "LUSAKA, March 3 (Reuters) -", ""},
	} {
		ver := append([]string{"Zambia closes Kafue River bridge as repair bill rises"}, body(tt.lead, "three", "1,500", "60")...)
		if got := headline(Compare(doc(ref...), doc(ver...))); got != tt.want {
			t.Errorf("%s: headline finding %q, want %q", tt.name, got, tt.want)
		}
	}
}

// TestQuoteCutWithNumerals reads a quote cut to its first sentence as the
// rest dropped even when the kept sentence writes a number otherwise
// ("forty years" → "40 years"), and a quote's word in another spelling
// ("sulphur" → "sulfur") as no change of the quote.
func TestQuoteCutWithNumerals(t *testing.T) {
	p := func(a string) []string {
		return []string{"Bear seen in village", a, "Rangers tracked it into the forest."}
	}
	runMechanismCases(t, []mechanismCase{
		{"cut, numeral", p(`"I have lived here for forty years and never seen anything like it. My guests thought it was a prank," said Ion Popa.`),
			p(`"I have lived here for 40 years and never seen anything like it," said Ion Popa.`), []string{"dropped quote"}},
		{"spelling", p(`"In summer you can smell sulphur from the balcony," said Marta Novak.`),
			p(`"In summer you can smell sulfur from the balcony," said Marta Novak.`), nil},
	})
}

// TestCentralEuropeanMojibake repairs UTF-8 read as Windows-1250, the
// code page of Polish and Czech sites ("GroĹ„" for "Groń", "WrocĹ‚aw"
// for "Wrocław"), so that the damaged name is damage, not another name;
// a Slovak "Ľubica" and a Romanian "Ă" stay as they are.
func TestCentralEuropeanMojibake(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"the hamlet of GroĹ„, near Sikora", "the hamlet of Groń, near Sikora"},
		{"WrocĹ‚aw", "Wrocław"},
		{"PaweĹ‚ KowalczykĂłw", "Paweł Kowalczyków"},
		{"Ľubica Žilina", "Ľubica Žilina"},
		{"ĂN ROMÂNIA", "ĂN ROMÂNIA"},
	} {
		if got := RepairMojibake(tt.in); got != tt.want {
			t.Errorf("RepairMojibake(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	p := func(a string) []string {
		return []string{"Bear attacks sheep", a, "Rangers tracked it into the forest."}
	}
	runMechanismCases(t, []mechanismCase{
		{"damaged name", p("The latest attack happened on Tuesday night in the hamlet of Groń, police said."),
			p("The latest attack happened on Tuesday night in the hamlet of GroĹ„, police said."), nil},
	})
}

// TestSourceLines reads as chrome a labelled source beside a note of
// syndication or of the licence the copy runs under ("Source: Baltic Now
// / syndicated content", "Source: Tatra Daily | Republished under
// licence"); a claim about a licence is story text.
func TestSourceLines(t *testing.T) {
	runChromeLines(t, []string{
		"Bear attacks sheep",
		"A brown bear killed 14 sheep near the village of Ruda on Tuesday night, police said.",
		"Rangers tracked it into the forest.",
	}, []string{
		"Source: Baltic Now / syndicated content",
		"Source: Tatra Daily | Republished under licence",
		"Source: Carpathian Courier | partner feed",
	}, []mechanismCase{
		{"a licence claim", nil, []string{"The farm had operated under licence since 2019, the ministry said."}, []string{"added date"}},
	})
}

// TestScaleLabelJoined reads the figure of a scale joined to its name by
// a hyphen ("magnitude-7.4", "category-4") as "magnitude 7.4" is read; a
// name with a figure ("COVID-19") is no such scale.
func TestScaleLabelJoined(t *testing.T) {
	p := func(a string) []string {
		return []string{"Nationwide earthquake drill", a, "Schools and offices took part."}
	}
	runMechanismCases(t, []mechanismCase{
		{"magnitude changed", p("The drill simulated a magnitude-7.4 quake striking the capital at 10 a.m."),
			p("The drill simulated a magnitude-7.8 quake striking the capital at 10 a.m."), []string{"altered number"}},
		{"hyphen or space", p("The drill simulated a magnitude-7.4 quake striking the capital at 10 a.m."),
			p("The drill simulated a magnitude 7.4 quake striking the capital at 10 a.m."), nil},
		{"a name with a figure", p("COVID-19 wards were cleared for the drill."),
			p("COVID-19 wards were emptied for the drill."), nil},
	})
}
