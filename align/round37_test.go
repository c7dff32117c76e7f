package align

import (
	"strings"
	"testing"
)

// Tests of session 25's work.

// TestRankAbbreviations reads the ranks of police, army and church
// written short ("Cpl.", "Cst.", "Pte.", "Msgr.") as the titles they
// abbreviate: the name after one stays in its sentence, and the rank
// written out in full on the other side is no change; another rank is.
func TestRankAbbreviations(t *testing.T) {
	p := wrapBetween("Dog attack leaves girl hurt in Sussex", "The dog has been seized.")
	runMechanismCases(t, []mechanismCase{
		{"Cpl. and Corporal", p("RCMP Cpl. Danielle Arsenault said officers were called to Maple Avenue."),
			p("RCMP Corporal Danielle Arsenault said officers were called to Maple Avenue."), nil},
		{"Cst. and Constable", p("Cst. Mark Leger said the owner had been warned before."),
			p("Constable Mark Leger said the owner had been warned before."), nil},
		{"Pte. and Private", p("Pte. Sam Ng, 22, was treated for bites at the scene."),
			p("Private Sam Ng, 22, was treated for bites at the scene."), nil},
		{"Cpl. and Sergeant", p("RCMP Cpl. Danielle Arsenault said officers were called to Maple Avenue."),
			p("RCMP Sgt. Danielle Arsenault said officers were called to Maple Avenue."), []string{"altered entity"}},
	})
}

// TestBodyAfterName reads a name's body written in lower case after it
// as part of the credit ("according to Avilés city council", "the Gijón
// fire service said"), so that another body put in its place is another
// source, in a retelling too; the same body named without its town is
// not.
func TestBodyAfterName(t *testing.T) {
	ref := []string{"Chlorine leak at Avilés pool sends 27 to hospital",
		"The leak happened shortly after 6pm, when a technician was refilling the pool's disinfection system, according to Avilés city council.",
		"The regional emergency service sent six ambulances and a hazardous materials unit from Oviedo.",
		"Lifeguards ordered everyone out of the water and evacuated the building."}
	ver := func(credit, ambulances string) []string {
		return []string{"Chlorine leak at pool in Spain's Avilés sends 27 to hospital",
			"The leak occurred shortly after 6pm as a technician was refilling the pool's disinfection system, according to " + credit + ".",
			ambulances,
			"Lifeguards cleared the pool and evacuated the building."}
	}
	runMechanismCases(t, []mechanismCase{
		{"council for the emergency service", ref,
			ver("the regional emergency service", "The regional emergency service sent six ambulances and a hazardous materials unit from Oviedo."),
			[]string{"altered attribution"}},
		{"the council without its town", ref,
			ver("the city council", "Six ambulances and a hazardous materials unit were sent from Oviedo, the regional emergency service said."), nil},
	})
	for _, tt := range []struct{ s, want string }{
		{"The pool was closed, according to Avilés city council.", "Avilés city council"},
		{"The pool was closed, according to the GMB union.", "the GMB union"},
		{"The pool was closed, according to Gijón fire service on Friday.", "Gijón fire service"},
		{"The pool was closed, according to Avilés city officials.", "Avilés"},
	} {
		got := attribTexts(extract(tt.s, nil, nil).attribs)
		if len(got) != 1 || got[0] != tt.want {
			t.Errorf("attribution of %q = %q, want %q", tt.s, got, tt.want)
		}
	}
	// In a retelling a source the story names elsewhere may stand for
	// another name of the same body; a service is a body of its own.
	for _, tt := range []struct {
		a, b string
		want bool
	}{
		{"Avilés city council", "the regional emergency service", true},
		{"the ambulance service", "police", true},
		{"the fire service", "the fire brigade", false},
	} {
		if got := otherBodies(tt.a, tt.b); got != tt.want {
			t.Errorf("otherBodies(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

// TestStateAbbreviations reads a state or province abbreviated in news
// style ("Vt.", "N.H.", "Ont.") as the one written out on the other side;
// another state is still a change, and a common word that spells an
// abbreviation ("man", "miss") names no province.
func TestStateAbbreviations(t *testing.T) {
	p := wrapBetween("Tanker fire sparks gas station blast", "Police are investigating.")
	runMechanismCases(t, []mechanismCase{
		{"Vt. and Vermont", p("The fire broke out in Brattleboro, Vt., on Friday."),
			p("The fire broke out in Brattleboro, Vermont, on Friday."), nil},
		{"N.H. and New Hampshire", p("The driver, a 44-year-old Keene, N.H., man, was airlifted to a hospital in Lebanon, N.H."),
			p("The driver, a 44-year-old man from Keene, New Hampshire, was airlifted to a hospital in Lebanon, New Hampshire."), nil},
		{"Ont. and Ontario", p("The same line leaked about 6,000 litres near Wyoming, Ont., in 2019."),
			p("The same line leaked about 6,000 litres near Wyoming, Ontario, in 2019."), nil},
		{"Vt. and Maine", p("The fire broke out in Brattleboro, Vt., on Friday."),
			p("The fire broke out in Brattleboro, Maine, on Friday."), []string{"altered entity"}},
		{"Manitoba dropped beside a man", p("The driver, a man from Winnipeg, Manitoba, was hurt."),
			p("The driver, a man from Winnipeg, was hurt."), []string{"altered entity"}},
	})
}

// TestBarePluralAfterSubordinator ends a source told before its verb at
// "after", "when" or "before" when a bare plural stands between ("at
// 5.42am after neighbours reported a loud bang": the neighbours
// reported), and reads "at least a fortnight" as two weeks.
func TestBarePluralAfterSubordinator(t *testing.T) {
	p := wrapBetween("Blast at petrol station", "Police are investigating.")
	runMechanismCases(t, []mechanismCase{
		{"time written two ways", p("Emergency services were called to the station at 5.42am after neighbours reported a loud bang."),
			p("Emergency services were called to the station at 5:42am after neighbours reported a loud bang."), nil},
		{"at least a fortnight", p("Thieves stole cabling from a solar farm, forcing it offline for at least a fortnight."),
			p("Thieves stole cabling from a solar farm, forcing it offline for at least two weeks."), nil},
		{"a fortnight and three weeks", p("Thieves stole cabling from a solar farm, forcing it offline for at least a fortnight."),
			p("Thieves stole cabling from a solar farm, forcing it offline for at least three weeks."), []string{"altered number"}},
	})
	for _, s := range []string{
		"Crews arrived at 9pm after neighbours reported a loud bang.",
		"Crews arrived when residents reported a loud bang.",
	} {
		got := attribTexts(extract(s, nil, nil).attribs)
		if len(got) != 1 || got[0] == "" || strings.Contains(got[0], "Crews") || strings.Contains(got[0], "9pm") {
			t.Errorf("attribution of %q = %q, want the bare plural only", s, got)
		}
	}
}

// TestNamedAndDescribedBy credits who gave a name or a description: "named
// by gardaí on Monday as" credits the police, "named locally as" the
// people of the place, "described by police as" the police, and "what the
// company described as" the company; swapping one for another is a
// change of attribution.
func TestNamedAndDescribedBy(t *testing.T) {
	for _, tt := range []struct{ s, want string }{
		{"The man, who was named by gardaí on Monday as Cian Byrne, was 19.", "gardaí"},
		{"The teenager, who has been named locally as Conor Byrne, was 17.", "locally"},
		{"The dog, described by police as a pit bull cross, was seized.", "police"},
		{"The service went offline after what the company described as a cyberattack.", "the company"},
		{"The body was identified by dental records as that of a man.", ""},
		{"The plan, described as bold, was dropped.", ""},
	} {
		got := attribTexts(extract(tt.s, nil, nil).attribs)
		if tt.want == "" && len(got) != 0 || tt.want != "" && (len(got) != 1 || got[0] != tt.want) {
			t.Errorf("attribution of %q = %q, want %q", tt.s, got, tt.want)
		}
	}
	p := wrapBetween("Teenager drowns in Donegal lake", "Gardaí are investigating.")
	runMechanismCases(t, []mechanismCase{
		{"named locally, named by gardaí", p("The teenager, who has been named locally as Conor Byrne, was 17."),
			p("The teenager, who was named by gardaí as Conor Byrne, was 17."), []string{"altered attribution"}},
		{"named by gardaí, a day added", p("The teenager, who was named by gardaí as Conor Byrne, was 17."),
			p("The teenager, who was named by gardaí on Monday as Conor Byrne, was 17."), nil},
	})
}

// TestServiceKinds tells public services apart by what they serve: "the
// ambulance service" and "the fire service" are two sources, as a
// prefecture and the gendarmerie are; one service named two ways is one.
func TestServiceKinds(t *testing.T) {
	for _, tt := range []struct {
		a, b string
		want bool
	}{
		{"a North East Ambulance Service spokeswoman", "The fire service", false},
		{"the fire service", "the Gijón fire service", true},
	} {
		x, y := extract(tt.a+" said it.", nil, nil).attribs, extract(tt.b+" said it.", nil, nil).attribs
		if len(x) != 1 || len(y) != 1 {
			t.Fatalf("attributions of %q, %q: %d, %d", tt.a, tt.b, len(x), len(y))
		}
		if got := attribMatch(x[0], y[0]); got != tt.want {
			t.Errorf("attribMatch(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
	if otherServices(strings.Fields("the Montserrat Fire and Rescue Service"), strings.Fields("the fire service")) {
		t.Error("the Fire and Rescue Service and the fire service should be one service")
	}
	if !otherBodies("the Puy-de-Dôme prefecture", "the gendarmerie") {
		t.Error("a prefecture and the gendarmerie should be other bodies")
	}
	p := wrapBetween("Chlorine leak at leisure centre", "The centre stays closed.")
	runMechanismCases(t, []mechanismCase{
		{"ambulance service for fire service", p("None of the injuries is serious, the ambulance service said."),
			p("None of the injuries is serious, the fire service said."), []string{"altered attribution"}},
	})
}

// TestAgeDecades reads an age told by its decade ("in her 70s", "in his
// early thirties", "their mid-20s") as a number, in figures or words:
// another decade is a change of number, the same one written the other
// way is none.
func TestAgeDecades(t *testing.T) {
	p := wrapBetween("Dog attack leaves woman hurt", "Police are investigating.")
	runMechanismCases(t, []mechanismCase{
		{"70s and 60s", p("The victim, a woman in her 70s, was flown to hospital."),
			p("The victim, a woman in her 60s, was flown to hospital."), []string{"altered number"}},
		{"seventies and sixties", p("The victim, a woman in her seventies, was flown to hospital."),
			p("The victim, a woman in her sixties, was flown to hospital."), []string{"altered number"}},
		{"70s and seventies", p("The victim, a woman in her 70s, was flown to hospital."),
			p("The victim, a woman in her seventies, was flown to hospital."), nil},
	})
	for _, tt := range []struct{ s, want string }{
		{"A man in his early thirties was hurt.", "30"},
		{"Both were in their mid-20s.", "20"},
		{"Prices rose in the seventies.", ""},
		{"Temperatures hit the 30s.", ""},
	} {
		var got []string
		for _, f := range extract(tt.s, nil, nil).numbers {
			if f.unit == "decade of age" {
				got = append(got, f.Key)
			}
		}
		if tt.want == "" && len(got) != 0 || tt.want != "" && (len(got) != 1 || got[0] != tt.want) {
			t.Errorf("decades of age in %q = %q, want %q", tt.s, got, tt.want)
		}
	}
}

// TestJudgedAndForecast reads "were considered life-threatening", "is
// regarded as one of the finest" and "were forecast to reach" as hedges
// (a judgement held, a forecast), so that a version stating the claim
// plainly changed its modality; "was considered for the post" is no
// hedge.
func TestJudgedAndForecast(t *testing.T) {
	p := wrapBetween("Ice rink roof collapses", "The arena will stay closed.")
	runMechanismCases(t, []mechanismCase{
		{"considered dropped", p("Three people were hurt, but none were considered life-threatening."),
			p("Three people were hurt, but none were life-threatening."), []string{"altered modality"}},
		{"forecast to reach, reached", p("Temperatures in the hills were forecast to reach 36 degrees."),
			p("Temperatures in the hills reached 36 degrees."), []string{"altered modality"}},
		{"regarded as, considered", p("The rink is regarded as one of the finest in the state."),
			p("The rink is considered one of the finest in the state."), nil},
	})
	for _, tt := range []struct {
		s     string
		hedge bool
	}{
		{"None were considered life-threatening.", true},
		{"Kowalski was considered for the post of manager.", false},
		{"The plan was considered by the board on Monday.", false},
		{"The council considered the plan on Monday.", false},
		{"Rain is forecast to continue.", true},
		{"More showers are forecast for the north on Wednesday.", true},
		{"Forecasters expect more showers on Wednesday.", true},
		{"Forecasters are predicting more showers on Wednesday.", true},
		{"The council expects more visitors on Wednesday.", false},
		{"Sea cucumbers are considered a delicacy in Hong Kong.", false},
		{"The forecast for Monday is rain.", false},
	} {
		if got := len(extract(tt.s, nil, nil).modal) > 0; got != tt.hedge {
			t.Errorf("hedge in %q = %v, want %v", tt.s, got, tt.hedge)
		}
	}
}

// TestCountsInPhrases reads "mum-of-two" as "a mother of two", "the two
// sides" as both parties of a talk (no count), and a bound on an amount
// with its currency written before or after the figure ("exceed €6
// million", "exceed 6 million euros") as one bound.
func TestCountsInPhrases(t *testing.T) {
	p := wrapBetween("Chlorine leak at leisure centre", "The centre stays closed.")
	runMechanismCases(t, []mechanismCase{
		{"mum-of-two, mother of two", p("Mum-of-two Kelly Armstrong, 34, who lives nearby, said she smelled gas."),
			p("Kelly Armstrong, 34, a mother of two who lives nearby, said she smelled gas."), nil},
		{"mum-of-two, mum-of-three", p("Mum-of-two Kelly Armstrong, 34, who lives nearby, said she smelled gas."),
			p("Mum-of-three Kelly Armstrong, 34, who lives nearby, said she smelled gas."), []string{"altered number"}},
		{"the two sides", p("The operator said it would meet the union again on Thursday."),
			p("The operator said the two sides would meet again on Thursday."), nil},
		{"a bound, the currency moved", p("The director said the damage would exceed 6 million euros."),
			p("The director said the damage would exceed €6 million."), nil},
		{"a bound dropped, the currency moved", p("The director said the damage would exceed 6 million euros."),
			p("The director said the damage would be €6 million."), []string{"altered number"}},
	})
}

// TestDatelineTwoPlacesAndQuotedTimes reads a dateline that gives its
// town in capitals two places ("EL NIDO, Palawan, Philippines —") as one,
// not a list of surnames before a dash; and reads a time inside a quote
// one way however it is written ("8pm", "8 p.m.", "8:30 p.m.", "8.30pm").
func TestDatelineTwoPlacesAndQuotedTimes(t *testing.T) {
	p := wrapBetween("Copper thieves leave El Nido in the dark", "Police are investigating.")
	runMechanismCases(t, []mechanismCase{
		{"a country added to the dateline", p("EL NIDO, Palawan — Thieves have stripped copper wire from more than 80 streetlights."),
			p("EL NIDO, Palawan, Philippines — Thieves have stripped copper wire from more than 80 streetlights."), nil},
		{"surnames before a dash", p("Mertens, Vogel, Brandt — the three councillors voted against the plan."),
			p("Mertens, Vogel, Krause — the three councillors voted against the plan."), []string{"altered entity"}},
		{"8pm and 8 p.m. in a quote", p(`"We closed the rink at 8pm as a precaution," she said.`),
			p(`"We closed the rink at 8 p.m. as a precaution," she said.`), nil},
		{"8pm and 9 p.m. in a quote", p(`"We closed the rink at 8pm as a precaution," she said.`),
			p(`"We closed the rink at 9 p.m. as a precaution," she said.`), []string{"altered quote"}},
	})
	for _, tt := range []struct{ a, b string }{
		{"at 8.30pm", "at 8:30 p.m."},
		{"at 10:15am.", "at 10.15 a.m."},
	} {
		if ka, kb := quoteKey(tt.a), quoteKey(tt.b); ka != kb {
			t.Errorf("quoteKey(%q) = %q, quoteKey(%q) = %q, want one key", tt.a, ka, tt.b, kb)
		}
	}
}

// TestShareBarsAndPostedLines reads a share bar ("Share: Facebook · X ·
// WhatsApp"), a label of shared copy ("Shared content") and "Posted by
// Newsroom on 9 September" beside a page's date as chrome; a source's
// post is the news.
func TestShareBarsAndPostedLines(t *testing.T) {
	for _, tt := range []struct {
		line string
		want bool
	}{
		{"Shared content · Wednesday, October 21, 2026", true},
		{"Wednesday, 8 January 2025 | Share: Facebook · X · WhatsApp", true},
		{"Posted by Newsroom on 9 September · Source: The Southern Post", true},
		{"Posted by police on 9 September", false},
		{"Police posted on X · Monday", false},
	} {
		if got := IsBoilerplate(tt.line) || metaLine(tt.line); got != tt.want {
			t.Errorf("chrome(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}

// TestLivesClaimedWithheldAndLoneDatelines reads "claims watchman's
// life" as a death (not a claim made, nor a source), "names are being
// withheld" as "have not been released", and a dateline left alone on its
// line ("Dharamshala, October 7") as chrome.
func TestLivesClaimedWithheldAndLoneDatelines(t *testing.T) {
	for _, s := range []string{
		"Ammonia gas leak in Paonta Sahib claims watchman's life, nine hospitalised",
		"The avalanche claimed the lives of two climbers.",
	} {
		f := extract(s, nil, nil)
		if len(f.modal) != 0 || len(f.attribs) != 0 {
			t.Errorf("%q: modality %v, attributions %d, want none", s, f.modal, len(f.attribs))
		}
	}
	p := wrapBetween("Fire at care home kills three", "Police are investigating.")
	runMechanismCases(t, []mechanismCase{
		{"withheld, not released", p("Their names are being withheld pending notification of relatives."),
			p("Their names have not been released pending notification of relatives."), nil},
	})
	for _, tt := range []struct {
		line string
		want bool
	}{
		{"Dharamshala, October 7", true},
		{"Jawali (Kangra), October 4", true},
		{"Kyoto, Japan, 12 March 2025", true},
		{"Polls close, March 7", false},
		{"Deadline October 7", false},
	} {
		if got := IsBoilerplate(tt.line); got != tt.want {
			t.Errorf("IsBoilerplate(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}
