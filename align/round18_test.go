package align

import "testing"

// TestQuoteCutTold checks quotes cut to a part of themselves in a
// retelling: the rest told in the narration is no change, the rest left
// out or words put inside the quotation marks are.
func TestQuoteCutTold(t *testing.T) {
	runMechanismCases(t, []mechanismCase{
		{"opening words cut",
			[]string{`"It is a warning, not a ban," said Ana Ruiz of the port authority.`},
			[]string{`Ana Ruiz of the port authority called it "a warning, not a ban."`}, nil},
		{"opening told in the narration",
			[]string{`"Fishermen are losing money on every trip because fuel costs have doubled," said co-operative head Tomas Vidal.`},
			[]string{`Co-operative head Tomas Vidal said fishermen were losing money on every trip "because fuel costs have doubled."`}, nil},
		{"ending told in the narration",
			[]string{`"The river is rising fast and we are asking families near the banks to leave tonight," the mayor said.`},
			[]string{`"The river is rising fast," the mayor said, asking families near the banks to leave tonight.`}, nil},
		{"ending left out",
			[]string{`"We will reopen the bridge in May, and the tolls will stay the same," the minister said.`},
			[]string{`"We will reopen the bridge in May," the minister said.`}, []string{"altered quote"}},
		{"closing words without content left out",
			[]string{`"Some of the boats have nothing left on them," the fisherman said.`},
			[]string{`"Some of the boats have nothing left," the fisherman said.`}, []string{"altered quote"}},
		{"only half told",
			[]string{`"The new ruling gives us breathing room to hire and to expand," said Dana Kross.`},
			[]string{`Dana Kross said the ruling gave the firm "breathing room to hire".`}, []string{"altered quote"}},
		{"negation reversed in the narration",
			[]string{`"We will not raise taxes this year, and we will cut spending," the minister said.`},
			[]string{`The minister said the government would raise taxes this year and "we will cut spending."`}, []string{"altered quote"}},
		{"words put inside the quote",
			[]string{`The minister said the bridge was "safe for cars and lorries."`},
			[]string{`"It is safe for cars and lorries," the minister said of the bridge.`}, []string{"altered quote"}},
	})
}

// TestMojibakeInsideWord checks a two-byte letter whose second byte
// reads as punctuation in Windows-1252 ("ą" read as "Ä…"): damage inside
// a word, where an upper-case letter before punctuation is not.
func TestMojibakeInsideWord(t *testing.T) {
	tests := []struct {
		in, want string
		damaged  bool
	}{
		{"said Agnieszka DÄ…browska, an analyst", "said Agnieszka Dąbrowska, an analyst", true},
		{"the CAFÉ… and the bar", "the CAFÉ… and the bar", false},
		{"a crowd shouted “OLÉ”", "a crowd shouted “OLÉ”", false},
		{"PELÉ’S LAST MATCH", "PELÉ’S LAST MATCH", false},
		{"“OLÉ…OLÉ”", "“OLÉ…OLÉ”", false},
	}
	for _, tt := range tests {
		if got := HasMojibake(tt.in); got != tt.damaged {
			t.Errorf("HasMojibake(%q) = %v, want %v", tt.in, got, tt.damaged)
		}
		if got := RepairMojibake(tt.in); got != tt.want {
			t.Errorf("RepairMojibake(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestCurrencyWrittenAround checks amounts whose currency is written with a
// country before its name, as a code glued to the amount or hyphened on
// as an adjective.
func TestCurrencyWrittenAround(t *testing.T) {
	runMechanismCases(t, []mechanismCase{
		{"code glued to the amount",
			[]string{"The government has allocated 300 billion Vietnamese dong (about 11.8 million U.S. dollars) to the region."},
			[]string{"The government has allocated VND300 billion (about US$11.8 million) to the region."}, nil},
		{"code glued, amount changed",
			[]string{"The government has allocated 300 billion Vietnamese dong to the region."},
			[]string{"The government has allocated VND400 billion to the region."}, []string{"altered number"}},
		{"country before the currency",
			[]string{"Nurses earn about 117 US dollars a month."},
			[]string{"Nurses earn about US$117 a month."}, nil},
		{"another country's dollars",
			[]string{"Nurses earn about 117 US dollars a month."},
			[]string{"Nurses earn about 117 Canadian dollars a month."}, []string{"altered number"}},
		{"two countries' dollars",
			[]string{"The firm was fined 5 million Hong Kong dollars on Monday."},
			[]string{"The firm was fined 5 million Singapore dollars on Monday."}, []string{"altered number"}},
		{"two codes",
			[]string{"The fund holds AUD5 billion in bonds."},
			[]string{"The fund holds CAD5 billion in bonds."}, []string{"altered number"}},
		{"code and country",
			[]string{"The firm priced its offering at 14.25 Egyptian pounds per share on Tuesday."},
			[]string{"The firm priced its offering at EGP 14.25 a share on Tuesday."}, nil},
		{"code and the currency's name",
			[]string{"The offering raised about 3.1 billion pounds on Tuesday."},
			[]string{"The offering raised about EGP 3.1 billion on Tuesday."}, nil},
		{"currency as an adjective",
			[]string{"Drivers who ignore the ban face a fine of 700 zlotys, the city said."},
			[]string{"Drivers who ignore the ban face a 700-zloty fine, the city said."}, nil},
		{"country in the adjective",
			[]string{"Workers want the minimum wage of 7,000 Egyptian pounds a month."},
			[]string{"Workers want the 7,000-Egyptian-pound monthly minimum wage."}, nil},
		{"scale in the adjective",
			[]string{"The club agreed a 300-million-pound deal."},
			[]string{"The club agreed a 400-million-pound deal."}, []string{"altered number"}},
	})
}

// TestNameWrittenAsOneWord checks a place written in one word or two,
// with or without its accents.
func TestNameWrittenAsOneWord(t *testing.T) {
	runMechanismCases(t, []mechanismCase{
		{"one word or two",
			[]string{"Việt Nam has tightened rules on the protection of relics."},
			[]string{"Vietnam has tightened rules on the protection of relics."}, nil},
		{"inside the sentence",
			[]string{"The rules on relics in Việt Nam were tightened last year."},
			[]string{"The rules on relics in Vietnam were tightened last year."}, nil},
		{"another place",
			[]string{"Việt Nam has tightened rules on the protection of relics."},
			[]string{"Cambodia has tightened rules on the protection of relics."}, []string{"altered entity"}},
	})
}

// TestWireNotices checks more notices of the wire and the site that
// carry no claim.
func TestWireNotices(t *testing.T) {
	runBoilerCases(t, []boilerCase{
		{"More follows.", true},
		{"It will be updated as more information becomes available.", true},
		{"This article was syndicated from Reuters and has not been reviewed by Example Money staff.", true},
		{"It will be updated next year with new figures, the ministry said.", false},
		{"07-08-2025 10:31", true},
		{"By AFP · Published Saturday, 6:58 PM ET", true},
		{"Xinhua · Updated: Jul 21, 2025 21:14 IST", true},
		{"By Associated Press · Cairo · Last updated: 14 July 2025, 4:20 pm", true},
		{"Rain · Wind · Floods: what the storm did to the coast", false},
		{"(This report is auto-published from the Xinhua news feed.", true},
		{"(Reporting by Deniz Avcı; Writing by Leyla Korkmaz; Editing by Tom Hogue)", true},
		{"(Updates with confirmation of orbit, CEO comments, share close)", true},
		{"(Adds analyst quote, share price)", true},
		{"(Updates are expected next week, the ministry said.)", false},
		{"(Changes to the rules take effect on Jan. 1.)", false},
		{"(Adds to a string of setbacks for the company.)", false},
		{"Reuters | Ceasefire collapses", false},
		{"07-08-2025 10:31 the council met to vote on the budget", false},
		{"The plan was reviewed by council staff in March.", false},
	})
}

// TestTimesAndFoundings checks that how near a time is told is no
// characterization, that "established" asserts only a clause, and that
// a contact "not established" was not made.
func TestTimesAndFoundings(t *testing.T) {
	runMechanismCases(t, []mechanismCase{
		{"time told as near",
			[]string{"The collapse happened shortly after 6 a.m. at the mine."},
			[]string{"The collapse happened at about 5:40 a.m. at the mine."}, []string{"altered date"}},
		{"near time only",
			[]string{"Officers were called to the museum on Lower Wharf Road at around 3 a.m. after an alarm sounded, police said."},
			[]string{"Officers were called to the museum on Lower Wharf Road shortly after 3 a.m. after an alarm sounded, police said."}, nil},
		{"a centre set up",
			[]string{"The hospital has set up a temporary treatment centre in the town hall."},
			[]string{"The hospital has expanded its temporary treatment centre in the town hall."}, []string{"altered wording"}},
		{"not established with certainty",
			[]string{"It has not been established with certainty who fired the shots."},
			[]string{"It is not known who fired the shots."}, nil},
		{"contact made",
			[]string{"Contact had not yet been established with the miners, she said."},
			[]string{"Rescuers made contact with the miners, she said."}, []string{"altered negation"}},
		{"held steady",
			[]string{"The peso was stable at 1,148 per dollar in the official market on Thursday."},
			[]string{"In the official market, the peso held steady at 1,148 per dollar on Thursday."}, nil},
		{"before the year is out",
			[]string{"The minister expects inflation to fall before the end of the year."},
			[]string{"The minister expects inflation to fall before the year is out."}, nil},
	})
	for _, tt := range []struct {
		text string
		want int
	}{
		{"The hospital has established a treatment centre.", 0},
		{"Investigators established that the fire was started deliberately.", 1},
	} {
		if got := len(extract(tt.text, nil, nil).modal); got != tt.want {
			t.Errorf("%q: %d modal facts, want %d", tt.text, got, tt.want)
		}
	}
}

// TestIrregularPastKept checks that a negator's verb is found on the
// other side in its irregular past: "did not take" against "took".
func TestIrregularPastKept(t *testing.T) {
	if !governedKept(words("the team did not win"), []string{"not"}, words("the team won the final")) {
		t.Error(`"won" does not keep "win"`)
	}
	if governedKept(words("the team did not win"), []string{"not"}, words("the team lost the final")) {
		t.Error(`"lost" keeps "win"`)
	}
}

// TestQuoteCreditedInParagraph checks that a quote whose speaker its
// paragraph names in the sentence before has that speaker when the other
// side credits it in its own sentence.
func TestQuoteCreditedInParagraph(t *testing.T) {
	runMechanismCases(t, []mechanismCase{
		{"same speaker",
			[]string{`"We are working on the assumption that they are alive," Ruiz said. "There is a refuge chamber with water and food."`},
			[]string{`"There is a refuge chamber with water and food," Ruiz said.`, `"We are working on the assumption that they are alive," Ruiz said.`}, nil},
		{"a name met before is no credit",
			[]string{`Ortega met Ruiz in the capital on Monday. "We agreed on nothing at all," Ortega said. "The talks are over for now."`},
			[]string{`"The talks are over for now," Ruiz said.`, `"We agreed on nothing at all," Ortega said.`}, []string{"altered attribution", "dropped entity"}},
		{"another speaker",
			[]string{`"We are working on the assumption that they are alive," Ruiz said. "There is a refuge chamber with water and food."`},
			[]string{`"There is a refuge chamber with water and food," Ortega said.`, `"We are working on the assumption that they are alive," Ruiz said.`}, []string{"altered attribution"}},
	})
}

// TestUnnamedSource checks that a source asking not to be named denies
// nothing.
func TestUnnamedSource(t *testing.T) {
	for _, tt := range []struct {
		text string
		want int
	}{
		{"The particles may have formed in transport, an official said, asking not to be named.", 0},
		{"An official, who asked not to be identified, said the talks had stalled.", 0},
		{"The official said he was not named in the report.", 1},
		{"The minister said the talks would not be resumed.", 1},
	} {
		if got := len(extract(tt.text, nil, nil).negs); got != tt.want {
			t.Errorf("%q: %d negations, want %d", tt.text, got, tt.want)
		}
	}
}

// TestStrippedFiguresOfOneSentence checks that a sentence losing two
// figures to a feed that strips digits is damage, while a word added to
// it is still a change.
func TestStrippedFiguresOfOneSentence(t *testing.T) {
	ref := []string{
		"Spinner Arefin Kabir took five wickets for 38 runs as Bangladesh bowled out Zimbabwe for 171 on Monday.",
		"Zimbabwe had won the toss and chosen to bat on a dry pitch.",
	}
	runMechanismCases(t, []mechanismCase{
		{"figures stripped, a word added", ref, []string{
			"Spinner Arefin Kabir took five wickets for  runs as Bangladesh bowled out a hapless Zimbabwe for  on Monday.",
			"Zimbabwe had won the toss and chosen to bat on a dry pitch.",
		}, []string{"altered characterization"}},
	})
}

// TestSpansInOtherUnits checks a span of time told in another unit of
// its family, and one that changed.
func TestSpansInOtherUnits(t *testing.T) {
	runMechanismCases(t, []mechanismCase{
		{"days as weeks",
			[]string{"Volunteers were followed for 28 days after the second dose."},
			[]string{"Volunteers were followed for four weeks after the second dose."}, nil},
		{"hours as days",
			[]string{"Rail workers began a 48-hour strike on Thursday."},
			[]string{"Rail workers began a two-day strike on Thursday."}, nil},
		{"another span",
			[]string{"Volunteers were followed for 28 days after the second dose."},
			[]string{"Volunteers were followed for three weeks after the second dose."}, []string{"altered number"}},
		{"months are no fixed days",
			[]string{"The works will last 30 days."},
			[]string{"The works will last 1 month."}, []string{"altered number"}},
		{"months as years",
			[]string{"The works will last 24 months."},
			[]string{"The works will last two years."}, nil},
	})
}

// TestLoadedCompounds checks judgements written as compounds.
func TestLoadedCompounds(t *testing.T) {
	runMechanismCases(t, []mechanismCase{
		{"hard-won",
			[]string{"Teachers' unions are recommending that members accept a new pay deal worth 9%."},
			[]string{"Teachers' unions are recommending that members accept a hard-won new pay deal worth 9%."}, []string{"altered characterization"}},
		{"scheme to scam",
			[]string{"The former minister was charged over payments linked to a low-cost housing scheme."},
			[]string{"The former minister was charged over payments linked to a low-cost housing scam."}, []string{"altered characterization"}},
	})
}

// TestBylineAddedToCopy checks that a byline split by middle dots, added
// to a copy, is chrome in the comparison as well as on its own.
func TestBylineAddedToCopy(t *testing.T) {
	ref := []string{"The vaccine was approved by the regulator on Tuesday.", "It will be sold in pharmacies from May."}
	runMechanismCases(t, []mechanismCase{
		{"byline with reading time", ref, []string{ref[0], "EFE · 19 Aug 2025 · 3 min read", ref[1]}, nil},
		{"byline with dateline", ref, []string{"By Associated Press · Cairo · Last updated: 14 July 2025, 4:20 pm", ref[0], ref[1]}, nil},
	})
}

// TestDroppedClaimFacet checks that a sentence dropped or added whole is
// reported by the kind of claim it made, not by who made it.
func TestDroppedClaimFacet(t *testing.T) {
	ref := []string{
		"Floodwater closed the coastal road between Ravenna and Cervia on Monday.",
		"Engineers inspected the damaged bridge at Savio for most of the day.",
	}
	with := func(s string) []string { return []string{ref[0], s, ref[1]} }
	runMechanismCases(t, []mechanismCase{
		{"a dated claim dropped", with("The ministry said the bridge would reopen on Friday."), ref, []string{"dropped date"}},
		{"no comment dropped", with("A spokeswoman for the operator declined to comment."), ref, []string{"dropped wording"}},
		{"a forecast dropped", with("The operator said it expected traffic to stay light for weeks."), ref, []string{"dropped modality"}},
		{"a dated claim added", ref, with("The ministry said the bridge would reopen on Friday."), []string{"added date"}},
		{"a claim without a fact added", ref, with("The ministry said engineers had worked through the night."), []string{"added wording"}},
	})
}

// TestReportCreditDropped checks that a dropped sentence whose claim is
// who first reported the story keeps the attribution facet.
func TestReportCreditDropped(t *testing.T) {
	ref := []string{
		"The envoy met the president in Kyiv on Tuesday.",
		"The trip was first reported by the Harbour Times.",
		"Officials gave no details of the talks.",
	}
	runMechanismCases(t, []mechanismCase{
		{"report credit dropped", ref, []string{ref[0], ref[2]}, []string{"dropped attribution"}},
	})
}

// TestRangesAndBareAmounts checks a range of percentages written with a
// dash and an amount given again without its currency.
func TestRangesAndBareAmounts(t *testing.T) {
	runMechanismCases(t, []mechanismCase{
		{"percent range",
			[]string{"Delivery platforms currently charge restaurants between 30% and 35% of each order."},
			[]string{"Delivery platforms currently charge restaurants 30-35% of each order."}, nil},
		{"percent range changed",
			[]string{"Delivery platforms currently charge restaurants between 30% and 35% of each order."},
			[]string{"Delivery platforms currently charge restaurants 25-35% of each order."}, []string{"altered number"}},
		{"amount without its currency",
			[]string{"The single fare will rise from 4 dirhams to 5 dirhams next month."},
			[]string{"The single fare will rise to 5 dirhams next month, up from 4."}, nil},
		{"another bare amount",
			[]string{"The single fare will rise from 4 dirhams to 5 dirhams next month."},
			[]string{"The single fare will rise to 5 dirhams next month, up from 3."}, []string{"altered number"}},
	})
}

// TestAlternativeNamed checks that naming an alternative ("instead of",
// "rather than") denies nothing the other side says, while a negation
// added beside it still does.
func TestAlternativeNamed(t *testing.T) {
	runMechanismCases(t, []mechanismCase{
		{"instead of",
			[]string{"The council chose to repair the old bridge over the Savio."},
			[]string{"The council chose to repair the old bridge over the Savio rather than build a new one."}, nil},
		{"not against rather than",
			[]string{"The council chose to repair the old bridge, not build a new one."},
			[]string{"The council chose to repair the old bridge rather than build a new one."}, nil},
		{"a denial beside it",
			[]string{"The council chose to repair the old bridge rather than build a new one."},
			[]string{"The council did not choose to repair the old bridge rather than build a new one."}, []string{"altered negation"}},
	})
}
