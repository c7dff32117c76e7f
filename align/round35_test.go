package align

import "testing"

// Tests of session 23's work.

// TestQuoteKeyMoney keys an amount written with its currency's sign as
// it is said, in every currency and with its scale word after it:
// "€2.5 million" is "2.5 million euros", "£ 40" is "40 pounds"; the same
// figure in another currency is another amount.
func TestQuoteKeyMoney(t *testing.T) {
	for _, tt := range []struct {
		a, b string
		same bool
	}{
		{"it will cost €2.5 million", "it will cost 2.5 million euros", true},
		{"it will cost $2.5 million", "it will cost 2.5 million dollars", true},
		{"a fine of Rs. 20,000", "a fine of 20,000 rupees", true},
		{"a fine of ₹5 crore", "a fine of 5 crore rupees", true},
		{"a ticket costs £ 40", "a ticket costs 40 pounds", true},
		{"a ticket costs £40", "a ticket costs 40 euros", false},
		{"it will cost €2.5 million", "it will cost €2.5 billion", false},
	} {
		if ka, kb := quoteKey(tt.a), quoteKey(tt.b); (ka == kb) != tt.same {
			t.Errorf("quoteKey(%q) = %q, quoteKey(%q) = %q; same = %v, want %v", tt.a, ka, tt.b, kb, ka == kb, tt.same)
		}
	}
}

// TestSignOffJoiners reads a sign-off whose name is joined by any word
// that joins a name's words ("— Ahmed bin Said", "— Bank of England") as
// a sign-off; words of a sentence after the name are not.
func TestSignOffJoiners(t *testing.T) {
	for _, tt := range []struct {
		raw  string
		want bool
	}{
		{"— Ahmed bin Said", true},
		{"— Bank of England", true},
		{"— Courrier de l'Orne", true},
		{"— Ahmed bin Said said on Monday", false},
		{"— Route de l'Orne closed for 3 days", false},
	} {
		if got := signOff(tt.raw); got != tt.want {
			t.Errorf("signOff(%q) = %v, want %v", tt.raw, got, tt.want)
		}
	}
}

// TestOfficeScopeWords reads a town's or a village's word before an
// office's noun as where it works, as a district's or a city's is: "the
// town planning office" and "the planning office" are one office.
func TestOfficeScopeWords(t *testing.T) {
	for _, tt := range []struct {
		x, y string
		want bool
	}{
		{"the town planning office", "the planning office", false},
		{"the village planning office", "the district planning office", false},
		{"the town planning office", "the town tax office", true},
	} {
		x := attribution{text: tt.x, head: "office"}
		y := attribution{text: tt.y, head: "office"}
		if got := otherOffices(x, y); got != tt.want {
			t.Errorf("otherOffices(%q, %q) = %v, want %v", tt.x, tt.y, got, tt.want)
		}
	}
}

// TestCasualtyWords reads every form of killing and dying, and bodies,
// as a casualty told where a toll is looked for (tellsCasualty); as harm
// to people (harmWords) it reads the words of death and injury, and
// bodies only when found ("three bodies were recovered"), not a verb of
// killing that may take a bill or a body of officials.
func TestCasualtyWords(t *testing.T) {
	for _, tt := range []struct {
		f              string
		casualty, harm bool
	}{
		{"the blast kills two workers", true, false},
		{"three bodies were recovered", true, true},
		{"two oversight bodies will investigate", true, false},
		{"the regulatory body found that the firm broke the rules", false, false},
		{"the body of a farmer was found on tuesday", false, true},
		{"one senator vowed to kill the bill", true, false},
		{"a man dying of his injuries", true, true},
		{"four people were wounded", true, true},
		{"the roof was damaged", false, false},
	} {
		if got := tellsCasualty(tt.f); got != tt.casualty {
			t.Errorf("tellsCasualty(%q) = %v, want %v", tt.f, got, tt.casualty)
		}
		if got := harmWords(tt.f); got != tt.harm {
			t.Errorf("harmWords(%q) = %v, want %v", tt.f, got, tt.harm)
		}
	}
}

// TestUnderstoodHearsay reads "is understood to" and "It is understood
// (that)" as hearsay, settled when the version states the claim; a verb
// of knowing ("understood the risk") and a passive with its agent are no
// hedge.
func TestUnderstoodHearsay(t *testing.T) {
	p := func(a string) []string {
		return []string{"Balloon lands hard near Methven", a, "An inquiry has been opened."}
	}
	runMechanismCases(t, []mechanismCase{
		{"understood to have", p("The balloon is understood to have clipped a fence before it came down."),
			p("The balloon clipped a fence before it came down."), []string{"altered modality"}},
		{"it is understood", p("It is understood the ride involved is the Whirlwind."),
			p("The ride involved is the Whirlwind."), []string{"altered modality"}},
		{"understood the risk", p("The pilot understood the risk before the balloon came down."),
			p("The pilot knew the risk before the balloon came down."), nil},
		{"understood by all", p("The rule was understood by all crews before the flight."),
			p("The rule was known to all crews before the flight."), nil},
	})
}

// TestVagueCountInHeadline reports a headline whose count was left vague
// and is now a figure ("Several injured" → "Seven injured") as a change
// of number even when the story tells the figure too; a figure the other
// headline left out, without a vague count, is the headline's detail.
func TestVagueCountInHeadline(t *testing.T) {
	body := func(n string) string {
		return n + " people have been injured after a fault on a fairground ride at an Easter fair in Cockermouth, police said."
	}
	runMechanismCases(t, []mechanismCase{
		{"several to seven", []string{"Several injured after fairground ride fault", body("Several"), "The fair has closed."},
			[]string{"Seven injured after fairground ride fault", body("Seven"), "The fair has closed."},
			[]string{"altered number", "altered number"}},
		{"a figure added", []string{"Fairground ride fault in Cockermouth", body("Seven"), "The fair has closed."},
			[]string{"Seven injured after fairground ride fault in Cockermouth", body("Seven"), "The fair has closed."}, nil},
	})
}

// TestOutletStampLines reads a masthead ending "Online" or "Newswire",
// its words joined by "&" or "of", beside a bare stamp as a page's meta
// line; a fact box's name beside a date is not.
func TestOutletStampLines(t *testing.T) {
	runChromeLines(t, []string{
		"Toll strike ends",
		"Toll collectors at the Kawarau Crossing ended their strike on Thursday.",
		"Talks resume on Monday.",
	}, []string{
		"Lakes & Borders Online · 29 Apr 2025, 16:20",
		"Southern Star Newswire | 14 August",
		"Voice of Otago Online | 3 March 2025",
	}, []mechanismCase{
		{"a fact box", nil, []string{"Pay Offer & Ballot · 29 April"}, []string{"added date"}},
	})
}

// TestDetailsAwaited reads a newsroom's "More details are awaited." as a
// notice that the story is still being written; details a story awaits
// of a named matter are a claim.
func TestDetailsAwaited(t *testing.T) {
	for _, tt := range []struct {
		f    string
		want bool
	}{
		{"more details are awaited.", true},
		{"further details are awaited.", true},
		{"details awaited.", true},
		{"details of the compensation package are awaited.", false},
	} {
		if got := storyNotice(tt.f); got != tt.want {
			t.Errorf("storyNotice(%q) = %v, want %v", tt.f, got, tt.want)
		}
	}
}

// TestDollarCountryWording compares a dollar amount with its country's
// letters before the sign ("NZ$150 million") as the amount, not as a
// word added; another amount is still a change.
func TestDollarCountryWording(t *testing.T) {
	p := func(a string) []string {
		return []string{"Honey exports", a, "Talks resume on Monday."}
	}
	runMechanismCases(t, []mechanismCase{
		{"NZ$ the same", p("The Otago honey industry is worth an estimated $150 million a year, according to the council."),
			p("The Otago honey industry is worth an estimated NZ$150 million a year, according to the council."), nil},
		{"NZ$ another", p("The Otago honey industry is worth an estimated $150 million a year, according to the council."),
			p("The Otago honey industry is worth an estimated NZ$180 million a year, according to the council."), []string{"altered number"}},
	})
}

// TestSibilantPlurals takes "es" off a plural of a noun ending in a hiss
// ("inches", "branches", "boxes", "losses") and only "s" off one ending
// in "e" ("headaches", "niches").
func TestSibilantPlurals(t *testing.T) {
	for _, tt := range []struct{ plural, want string }{
		{"inches", "inch"}, {"branches", "branch"}, {"churches", "church"}, {"beaches", "beach"},
		{"boxes", "box"}, {"bushes", "bush"}, {"losses", "loss"},
		{"headaches", "headache"}, {"niches", "niche"}, {"axes", "axe"}, {"homes", "home"},
	} {
		if got := singular(tt.plural); got != tt.want {
			t.Errorf("singular(%q) = %q, want %q", tt.plural, got, tt.want)
		}
	}
}

// TestMeasureConversions reads an amount in brackets after a measure in
// another unit as its conversion, which a copy may drop: "30 centimetres
// (12 inches)", "400 square meters (4,300 square feet)"; the same unit in
// brackets is another amount.
func TestMeasureConversions(t *testing.T) {
	p := func(a string) []string {
		return []string{"Roof collapse", a, "Talks resume on Monday."}
	}
	runMechanismCases(t, []mechanismCase{
		{"inches", p("The storm dumped 30 centimetres (12 inches) of snow on the town, officials said."),
			p("The storm dumped 30 centimetres of snow on the town, officials said."), nil},
		{"square feet", p("A section of the roof measuring about 400 square meters (4,300 square feet) crashed onto the court."),
			p("A section of the roof measuring about 400 square metres crashed onto the court."), nil},
		{"square meters twice", p("A section of the roof measuring about 400 square meters (of 900 square meters in all) crashed onto the court."),
			p("A section of the roof measuring about 400 square metres crashed onto the court."), []string{"altered number"}},
	})
}

// TestRangePercents gives the first figure of a range its percent when
// the range writes it once: "between 60 and 70 percent" is "between 60%
// and 70%"; another bound is still a change.
func TestRangePercents(t *testing.T) {
	p := func(a string) []string {
		return []string{"Frost", a, "Talks resume on Monday."}
	}
	runMechanismCases(t, []mechanismCase{
		{"and", p("A night of frost has destroyed between 60% and 70% of this year's cherry crop, growers said."),
			p("A night of frost has destroyed between 60 and 70 percent of this year's cherry crop, growers said."), nil},
		{"hyphen", p("A night of frost has destroyed 60%-70% of this year's cherry crop, growers said."),
			p("A night of frost has destroyed 60-70% of this year's cherry crop, growers said."), nil},
		{"another bound", p("A night of frost has destroyed between 50% and 70% of this year's cherry crop, growers said."),
			p("A night of frost has destroyed between 60 and 70 percent of this year's cherry crop, growers said."), []string{"altered number"}},
	})
}

// TestDegreeJudged reads "well" or "far" before a word of position
// ("well above", "falls well short of", "far behind") as a judgement of
// degree, cut or added; one against a sentence without that word tells
// the comparison anew, and "as well as" is none.
func TestDegreeJudged(t *testing.T) {
	p := func(a string) []string {
		return []string{"Pay offer", a, "Talks resume on Monday."}
	}
	runMechanismCases(t, []mechanismCase{
		{"well above cut", p("The offer pays well above the national average, the union said."),
			p("The offer pays above the national average, the union said."), []string{"altered characterization"}},
		{"well short cut", p("The 3% offer falls well short of inflation, the union said."),
			p("The 3% offer falls short of inflation, the union said."), []string{"altered characterization"}},
		{"far and well", p("Coffee makes up less than 2% of exports, far behind cotton, the ministry said."),
			p("Coffee makes up less than 2% of exports, well behind cotton, the ministry said."), nil},
		{"as well as", p("The offer covers drivers as well as cleaners, the union said."),
			p("The offer covers drivers and cleaners, the union said."), nil},
	})
	// "up from 49 percent" → "well above the 49%": the comparison told
	// anew.
	if !degreeRetold("well above", map[string]bool{"up": true, "from": true}) || degreeRetold("well above", map[string]bool{"above": true}) {
		t.Error(`degreeRetold("well above", …) should hold only against a sentence without "above"`)
	}
}

// TestDeskCodesChanged reads a wire's credit and desk codes closing the
// story on both sides ("PTI NK MNB" → "PTI NK MNB RT") as chrome changed;
// a headline's change, though chrome reads it as a headline above its
// story, is still the story's.
func TestDeskCodesChanged(t *testing.T) {
	runMechanismCases(t, []mechanismCase{
		{"desk codes", []string{"Pension scam", "Police arrested three men on Monday.", "Police named the vendor as Zeliang Infotech. PTI NK MNB"},
			[]string{"Pension scam", "Police arrested three men on Monday.", "Police named the vendor as Zeliang Infotech. PTI NK MNB RT"}, nil},
		{"headline toll", []string{"Fire at Kutaisi hospital kills three", "A fire swept through a hospital in Kutaisi on Monday, officials said.", "An inquiry has opened."},
			[]string{"Fire at Kutaisi hospital kills five", "A fire swept through a hospital in Kutaisi on Monday, officials said.", "An inquiry has opened."},
			[]string{"altered number"}},
	})
}

// TestOutletAppositive reads an appositive that tells what kind of outlet
// a source spoke to ("told the Dimapur Courier, a local newspaper") as
// no comment on the claim; one appended to the claim still is.
func TestOutletAppositive(t *testing.T) {
	p := func(a string) []string {
		return []string{"Kelp farm losses", a, "Talks resume on Monday."}
	}
	runMechanismCases(t, []mechanismCase{
		{"a local newspaper", p("Co-founder Avinuo Kikhi said the farm had lost a third of its tanks, speaking to the Dimapur Courier."),
			p("Co-founder Avinuo Kikhi said the farm had lost a third of its tanks, speaking to the Dimapur Courier, a local newspaper."), nil},
		{"a comment", p("The farm grows kelp in tanks of artificial seawater in the hills."),
			p("The farm grows kelp in tanks of artificial seawater in the hills, a rare sight in the region."), []string{"altered characterization"}},
	})
}

// TestQualifierNoHedge reports a sentence added whole by the fact it
// tells, not by a word that qualifies who is accused ("the suspected
// leader") or by a demand ("demanded that the minister resign"): neither
// hedges the claim. A forecast added is still a modality.
func TestQualifierNoHedge(t *testing.T) {
	base := []string{"Pension scam gang traced to Jharkhand", "Two men have been arrested in Jharkhand over the pension fraud, police said.", "Pensioners lost more than Rs 1.3 crore."}
	with := func(s string) []string { return []string{base[0], base[1], s, base[2]} }
	runMechanismCases(t, []mechanismCase{
		{"suspected leader", base, with("Inspector Temsu Ao said a lookout notice had been issued for the suspected leader of the gang."), []string{"added wording"}},
		{"demanded", base, with("The opposition Congress demanded that the finance minister resign over the fraud."), []string{"added entity"}},
		{"forecast", base, with("More arrests could follow in the coming weeks, police said."), []string{"added modality"}},
	})
}

// TestTimetableInTimeClause reads a timetable told in a clause of time
// ("shortly before the first train was due to pass", "weeks before they
// were due to be harvested") as when something happened, not as a
// timetable claimed; a timetable of the claim's own is still one.
func TestTimetableInTimeClause(t *testing.T) {
	p := func(a string) []string {
		return []string{"Landslide blocks railway", a, "Repairs began on Tuesday."}
	}
	runMechanismCases(t, []mechanismCase{
		{"before a train was due", p("Rock slid onto the tracks at around 6:40 a.m., shortly before the first train of the day was due to pass."),
			p("Rock slid onto the tracks at around 6:40 a.m., shortly before the first train of the day passed."), nil},
		{"before harvest was due", p("Farmers reported heavy damage to melon fields two weeks before harvest was due to begin."),
			p("Farmers reported heavy damage to melon fields two weeks before the harvest."), nil},
		{"a timetable claimed", p("The line is due to reopen on Friday, the operator said."),
			p("The line reopens on Friday, the operator said."), []string{"altered modality"}},
	})
}

// TestRenamedPlaces reads a country's or a city's new name and its old
// one ("Türkiye" and "Turkey", "Bombay" and "Mumbai") as one place
// spelt two ways; another country is still another place.
func TestRenamedPlaces(t *testing.T) {
	p := func(a string) []string {
		return []string{"Reservoir runs dry", a, "Talks resume on Monday."}
	}
	runMechanismCases(t, []mechanismCase{
		{"Türkiye", p("A severe drought in Turkey's Cappadocia has drained the Mavikaya reservoir, officials said."),
			p("A severe drought in Türkiye's Cappadocia has drained the Mavikaya reservoir, officials said."), nil},
		{"Mumbai", p("The flights to Bombay were cancelled on Monday, the airline said."),
			p("The flights to Mumbai were cancelled on Monday, the airline said."), nil},
		{"another country", p("A severe drought in Turkey's Cappadocia has drained the Mavikaya reservoir, officials said."),
			p("A severe drought in Greece's Thessaly has drained the Mavikaya reservoir, officials said."), []string{"altered entity"}},
	})
}

// TestDottedTimeRange reads a time written with a point that opens a
// range ending in a time of the clock ("between 7.30 and 8 p.m.") as the
// time "7:30" writes; a range of other figures is no time.
func TestDottedTimeRange(t *testing.T) {
	p := func(a string) []string {
		return []string{"Pharmacy robbed", a, "The second man is still being sought."}
	}
	runMechanismCases(t, []mechanismCase{
		{"7.30 and 7:30", p("Detective Inspector Jari Kettunen appealed to anyone in the Koskikatu area between 7.30 and 8 p.m. to come forward."),
			p("Detective Inspector Jari Kettunen appealed to anyone in the Koskikatu area between 7:30 and 8 pm to come forward."), nil},
		{"another time", p("Detective Inspector Jari Kettunen appealed to anyone in the Koskikatu area between 7.30 and 8 p.m. to come forward."),
			p("Detective Inspector Jari Kettunen appealed to anyone in the Koskikatu area between 6:30 and 8 pm to come forward."), []string{"altered date"}},
	})
	if f := extract("prices rose between 7.30 and 8 percent", nil, nil); len(f.dates) != 0 {
		t.Errorf("a range of percentages read as times: %v", f.dates)
	}
}
