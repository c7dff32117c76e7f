package align

import (
	"slices"
	"testing"
)

// Tests of session 15's work.

// TestMentionTurnedSpeaker reports a claim given to someone the
// reference sentence only mentioned ("cared for by a veterinarian, Manu
// Faleafa, …, Seluka said" → "…, Faleafa said") as another source, and
// keeps a name told in apposition to a role as the same speaker.
func TestMentionTurnedSpeaker(t *testing.T) {
	ref := func(a string) []string {
		return []string{"Eagles seized at Funafuti port", "Two white-bellied sea eagles were found in a crate during a routine inspection on Tuesday, chief customs officer Talia Seluka told AFP.",
			a, "The crate had been declared as machine parts, according to a customs report seen by AFP."}
	}
	ver := func(a string) []string {
		return []string{"Customs find sea eagles in crate at Funafuti", "Customs officers came across two white-bellied sea eagles in a crate during a routine check on Tuesday, chief customs officer Talia Seluka told the agency.",
			a, "A customs report seen by AFP says the crate had been declared as machine parts."}
	}
	said := "The eagles are being cared for by a local veterinarian, Manu Faleafa, and will be sent home once their origin has been confirmed through DNA testing, Seluka said."
	runMechanismCases(t, []mechanismCase{
		{"mentioned vet becomes the speaker", ref(said),
			ver("The eagles are in the care of local veterinarian Manu Faleafa and will be returned home once DNA tests confirm where they came from, Faleafa said."),
			[]string{"altered attribution"}},
		{"same speaker, vet still mentioned", ref(said),
			ver("The eagles are in the care of local veterinarian Manu Faleafa and will be returned home once DNA tests confirm where they came from, Seluka said."),
			nil},
		{"role and name in apposition",
			ref("The general manager of the port, Ema Tausi, said the crate had come from Fiji on a cargo ship."),
			ver("Ema Tausi, the port's general manager, said the crate arrived from Fiji aboard a cargo ship."),
			nil},
	})
}

// TestCountsSwapped reports two counts whose values changed places
// between their nouns, though the sentence holds the same numbers.
func TestCountsSwapped(t *testing.T) {
	p := func(a string) []string {
		return []string{"Dam bursts in Malawi", "A dam burst near Zomba on Monday night, flooding three villages.", a,
			"The district council has opened two camps for those left homeless."}
	}
	runMechanismCases(t, []mechanismCase{
		{"values swapped between nouns",
			p("Police said rescuers had recovered six bodies and that 11 people were still missing."),
			p("Police said rescuers had recovered 11 bodies and that six people were still missing."),
			[]string{"altered number", "altered number"}},
		{"same counts in another order",
			p("Police said rescuers had recovered six bodies and that 11 people were still missing."),
			p("Police said 11 people were still missing and that rescuers had recovered six bodies."),
			nil},
	})
}

// TestSet50Round covers the round on set50.
func TestSet50Round(t *testing.T) {
	// A multiplier word is a count of times; "around the clock" is 24
	// hours a day.
	for _, tt := range []struct{ a, b string }{
		{"Some 1,800 containers were waiting, more than three times the normal level.", "Some 1,800 containers were waiting, over triple the usual level."},
		{"Prices are now twice last year's.", "Prices are now double last year's."},
		{"The port will work 24 hours a day.", "The port will work around the clock."},
	} {
		if a, b := numberKeys(tt.a), numberKeys(tt.b); !slices.Equal(a, b) || len(a) == 0 {
			t.Errorf("numbers of %q = %v, of %q = %v, want equal", tt.a, a, tt.b, b)
		}
	}
	if k := numberKeys("She won the triple jump and the double sculls."); len(k) != 0 {
		t.Errorf("sporting events read as multiples: %v", k)
	}
	// Chrome: a stamp with the poster's name after it, a "Created"
	// field, a site's name before a time-ago stamp.
	runBoilerCases(t, []boilerCase{
		{"Posted on November 18, 2025 by Pacific Desk", true},
		{"Reuters · Updated: 04-03-2025 14:52 IST · Created: 04-03-2025 14:52 IST", true},
		{"Jordan Sports Wire - Last updated  hours ago", true},
		{"Jordan Sports Wire - Last updated 3 hours ago", true},
		{"Created by students in 2019, the app now has 40,000 users.", false},
		{"The fund was created on March 3, 2021 by decree.", false},
	})
	// "according to" a body, its role and a name credits the person.
	for _, s := range []string{
		"According to Northern Region police spokesperson Sub-Inspector Peter Kalaya, the blaze began in a generator room.",
		"The blaze began in a generator room, according to Northern Region police spokesperson Sub-Inspector Peter Kalaya.",
	} {
		var got []string
		for _, f := range Facts(s) {
			if f.Facet == FacetAttribution {
				got = append(got, f.Text)
			}
		}
		if want := []string{"Sub-Inspector Peter Kalaya"}; !slices.Equal(got, want) {
			t.Errorf("sources of %q = %q, want %q", s, got, want)
		}
	}
	retold := func(a, b string) []string {
		return []string{"Trucks queue at Aqaba as port backlog grows", a,
			"He said the electronic system had been restored on Sunday but that clearing the backlog could take up to two weeks.", b}
	}
	runMechanismCases(t, []mechanismCase{
		// A quote shortened keeps its "not … until": no denial flipped.
		{"quote shortened with not until",
			[]string{"Dam review", `Minister Josaia Tuilevu said the government would launch a review. "We will not rest until we know why this happened and who knew what," he said.`},
			[]string{"Dam review", `Tuilevu said the government would launch a review. "We will not rest until we know why this happened," he told reporters.`},
			[]string{"altered quote"}},
		// A hedge settled where another of its class stays: "could
		// face fines and may lose" → "could face fines and will lose".
		{"may to will beside could",
			[]string{"Mine dam bursts", "The minister said the company could face heavy fines and may lose its mining concession if it is found to have ignored safety rules."},
			[]string{"Mine dam bursts", "The minister said the company could face heavy fines and will lose its mining concession if it is found to have ignored safety rules."},
			[]string{"altered modality"}},
		// An outlet whose name holds a place the story names ("the
		// Jordan Times" in a story from Jordan) is credited in a
		// retelling, not added as a source.
		{"retold from an outlet named for a place",
			retold("AQABA, Jordan, April 8 - Hundreds of trucks were queuing on the roads into Aqaba on Tuesday as containers piled up after the customs system failed, transport officials said.",
				"The ministry said the port would extend its working hours."),
			retold("Hundreds of lorries were lined up on the roads into Aqaba on Tuesday as containers piled up after the customs system failed, the Jordan Times reported, citing transport officials.",
				"The ministry said the port would extend its working hours."),
			nil},
	})
}

// TestSet50RoundSecond covers the rest of the round on set50: the part
// of a month, a scale joined to its currency, an order told as a call,
// an attempt told as done.
func TestSet50RoundSecond(t *testing.T) {
	if a, b := numberKeys("It had been due to undergo a 2.4 million-euro restoration."), numberKeys("A €2.4 million restoration had been planned."); !slices.Equal(a, b) || len(a) != 1 {
		t.Errorf("2.4 million-euro read as %v, €2.4 million as %v", a, b)
	}
	p := func(a string) []string {
		return []string{"Port backlog grows", "Hundreds of trucks were queuing on the roads into the port on Tuesday.", a,
			"Drivers said they had been waiting for three days."}
	}
	runMechanismCases(t, []mechanismCase{
		{"late to early September", p("The backlog, which began in late September, is the worst in a decade."),
			p("The backlog, which began in early September, is the worst in a decade."), []string{"altered date"}},
		{"before to after a time", p("The backlog began when the system failed shortly before 11 a.m. on Monday."),
			p("The backlog began when the system failed shortly after 11 a.m. on Monday."), []string{"altered date"}},
		{"a side of a time kept", p("The backlog began when the system failed shortly after midnight on Monday."),
			p("The backlog began on Monday, when the system failed shortly after midnight."), nil},
		{"a part of the month added", p("The backlog, which began in September, is the worst in a decade."),
			p("The backlog, which began in late September, is the worst in a decade."), nil},
		{"disrupted to restored", p("Power supplies have been disrupted across much of the region."),
			p("Power supplies have been restored across much of the region."), []string{"altered wording"}},
		{"ordered to called for", p("The minister ordered safety inspections at all the country's ports."),
			p("The minister called for safety inspections at all the country's ports."), []string{"altered wording"}},
		{"not known how long answered", p("The port said it did not yet know how long repairs would take."),
			p("The port said repairs would take at least three weeks."), []string{"altered modality"}},
		{"not known how long kept", p("The port said it did not yet know how long repairs would take."),
			p("The port said it still did not know how long repairs would take."), nil},
		{"attempt done", p("Engineers were working to restore the customs system, the port said."),
			p("Engineers had restored the customs system, the port said."), []string{"altered wording"}},
		{"attempt still under way", p("Engineers were working to restore the customs system, the port said."),
			p("Engineers were still working to restore the customs system, the port said."), nil},
		{"attempt done at another time", p("Engineers were still trying to restore the customs system at 5 p.m., the port said."),
			p("Engineers restored the customs system shortly before 7 p.m., the port said."), []string{"altered date"}},
	})
}

// TestHeadlineVerbSwap reports a headline whose verb in the present was
// replaced by another ("tables bill" → "passes bill"), not one told by a
// synonym ("fires" → "sacks") nor one kept.
func TestHeadlineVerbSwap(t *testing.T) {
	body := []string{"SUVA, Sept 12 - Fiji's parliament voted on a bill that raises the pension withdrawal age from 55 to 60.",
		"The bill also introduces a monthly social pension for citizens aged 70 and over."}
	p := func(h string) []string { return append([]string{h}, body...) }
	runMechanismCases(t, []mechanismCase{
		{"tables to passes", p("Fiji government tables bill to raise pension age"), p("Fiji parliament passes bill to raise pension age"), []string{"altered wording"}},
		{"fires to sacks", p("Fiji fires pension fund chief after losses"), p("Fiji sacks pension fund chief after losses"), nil},
		{"same verb", p("Fiji government tables bill to raise pension age"), p("Fiji cabinet tables pension age bill"), nil},
	})
}

// TestMoreLoadedWords reports loaded words added to a sentence kept
// whole ("an acute shortage", "panicking fans", "a neglected
// community") as characterization.
func TestMoreLoadedWords(t *testing.T) {
	p := func(a string) []string {
		return []string{"Insulin runs short", "Pharmacies in three towns say they cannot get supplies.", a,
			"The health ministry said a delivery was due on Friday."}
	}
	runMechanismCases(t, []mechanismCase{
		{"acute added", p("Pharmacies are reporting a shortage of rapid-acting insulin."),
			p("Pharmacies are reporting an acute shortage of rapid-acting insulin."), []string{"altered characterization"}},
		{"chronic added", p("The country has struggled with shortages of foreign currency."),
			p("The country has struggled with chronic shortages of foreign currency."), []string{"altered characterization"}},
		{"remote to neglected", p("The clinic serves a remote community near the border."),
			p("The clinic serves a neglected community near the border."), []string{"altered characterization"}},
		{"plain kept", p("Pharmacies are reporting a shortage of rapid-acting insulin."),
			p("Pharmacies are reporting a shortage of rapid-acting insulin, the ministry said."), nil},
	})
}

// TestQuoteRegainedFromMerge pairs a quote with its retelling by another
// speaker where the version merged its paragraph with the next one, whose
// speaker the quote's new credit names: the quote's words outweigh the
// name, so the finding is the speaker changed, not the quote dropped and
// another sentence requoted.
func TestQuoteRegainedFromMerge(t *testing.T) {
	quote := `"We have heard nothing from the mine since midnight, but we have not given up hope,"`
	ref := []string{"Miners trapped after tunnel collapse",
		"Eleven miners were trapped on Tuesday when a tunnel collapsed at a copper mine near Potosí, officials said.",
		quote + " rescue coordinator Elena Quispe told reporters at the site.",
		"Mining Minister Raúl Condori said the mine would stay closed for at least a month.",
		"The cause of the collapse is not yet known."}
	ver := []string{"Eleven trapped in Bolivian mine collapse",
		"A tunnel caved in on Tuesday at a copper mine near Potosí, trapping eleven miners, officials said.",
		quote + " Mining Minister Raúl Condori told reporters at the site. He added that the mine would remain shut for a month at least.",
		"The cause of the collapse is not yet known."}
	runMechanismCases(t, []mechanismCase{
		{"quote credited to the minister", ref, ver, []string{"altered attribution"}},
	})
}

// TestPredictionsSettled reports a prediction told as a result ("was
// projected to win" → "won", "looked set to become" → "will become",
// "was heading for victory" → "has won") as a change of modality, and
// keeps a train heading for a city and a weather forecast retold.
func TestPredictionsSettled(t *testing.T) {
	p := func(a string) []string {
		return []string{"Election count", "Counting continued through the night in the capital.", a, "Turnout was 68 percent."}
	}
	runMechanismCases(t, []mechanismCase{
		{"projected to won", p("The Labour Party was projected to win Monday's election, officials said."),
			p("The Labour Party won Monday's election, officials said."), []string{"altered modality"}},
		{"looked set to will", p("Rahmi looked set to become the first woman to lead the party."),
			p("Rahmi will become the first woman to lead the party."), []string{"altered modality"}},
		{"heading for victory", p("The governor was heading for victory in Wednesday's election, early results showed."),
			p("The governor has won Wednesday's election, early results showed."), []string{"altered modality"}},
		{"heading for a city", p("The train was heading for Dhaka with about 900 passengers, officials said."),
			p("The train, which was heading for Dhaka, carried about 900 passengers, officials said."), nil},
		{"forecast retold", p("Temperatures were forecast to fall to minus 25 Celsius inland by Friday."),
			p("Forecasters expect inland temperatures to drop to minus 25 Celsius by Friday."), nil},
	})
}

// TestTalksAndRisks reads "in talks to" as a step weighed and "risked
// pushing" as a possible outcome, and credits "a bonus they say is late"
// to "they", not to the words before the pronoun.
func TestTalksAndRisks(t *testing.T) {
	p := func(a string) []string {
		return []string{"Snack deal", "Shares in Crestline rose 3 percent in early trading.", a, "Neither company gave a price."}
	}
	runMechanismCases(t, []mechanismCase{
		{"talks to agreed", p("Fenwick Foods is in talks to buy the snack maker Crestline, the company said."),
			p("Fenwick Foods has agreed to buy the snack maker Crestline, the company said."), []string{"altered modality"}},
		{"talks kept", p("Fenwick Foods is in talks to buy the snack maker Crestline, the company said."),
			p("Fenwick Foods said it was in talks to buy the snack maker Crestline."), nil},
		{"risked to would", p("Employers said the deal risked pushing small suppliers out of business."),
			p("Employers said the deal would push small suppliers out of business."), []string{"altered modality"}},
		{"risked lives", p("Employers said the drivers risked their lives on the road every day."),
			p("Employers said drivers risked their lives on the roads every day."), nil},
	})
	var got []string
	for _, f := range Facts("Workers walked out over a profit-sharing bonus they say is four months late.") {
		if f.Facet == FacetAttribution {
			got = append(got, f.Text)
		}
	}
	if !slices.Equal(got, []string{"they"}) {
		t.Errorf("sources of a bonus they say is late = %q, want [they]", got)
	}
}

// TestCountsOfEachNoun reports the counts of two nouns changed in one
// sentence, one in place and one new, as two claims, and keeps a bare
// number of a list ("aged 27, 38 and 51") with the count it belongs to.
func TestCountsOfEachNoun(t *testing.T) {
	p := func(a string) []string {
		return []string{"Train hits truck", a, "The injured were taken to the district hospital.", "Rail traffic was suspended for seven hours."}
	}
	runMechanismCases(t, []mechanismCase{
		{"two claims", p("A train hit a truck at a level crossing on Sunday, killing the driver and injuring six passengers, officials said."),
			p("A train hit a truck at a level crossing on Sunday, killing two people and injuring 11 passengers, officials said."),
			[]string{"altered number", "altered number"}},
		{"a list's bare number", p("Two injured workers, aged 27 and 51, were brought to the surface on Sunday, officials said."),
			p("Three injured workers, aged 27, 38 and 51, were brought to the surface on Sunday, officials said."),
			[]string{"altered number"}},
	})
}

// TestSet51Round covers the round on set51 and set52: a part of the day
// told from the day of writing ("this morning" for "on Sunday morning"
// under a Sunday dateline), "deny" as a denial in the present, and two
// more forms of page chrome.
func TestSet51Round(t *testing.T) {
	runBoilerCases(t, []boilerCase{
		{"By The Associated Press Updated 5:41 PM GMT-3, December 9, 2025", true},
		{"NAMPA · 6 May 2026", true},
		{"By Wednesday the river had risen 2 metres", false},
		{"Police said · 6 May 2026", false},
		{"Hina · 20.02.2024. 15:10", true},
		{"Reuters May 22, 2024", true},
		{"Reuters reported May 22, 2024", false},
		{"June 4, 2025 · Staff Reporter", true},
		{"Our Correspondent", true},
		{"BNS/Scanpix photo", true},
		{"The police photo showed the man.", false},
		{"Staff reporters were sent home early.", false},
	})
	if a, b := quoteKey("Deposits of up to 100,000 euros are protected"), quoteKey("Deposits of up to €100,000 are protected"); a != b {
		t.Errorf("quoteKey: %q against %q", a, b)
	}
	if a, b := quoteKey("Deposits of up to €100,000 are protected"), quoteKey("Deposits of up to €150,000 are protected"); a == b {
		t.Errorf("quoteKey reads €100,000 as €150,000: %q", a)
	}
	p := func(dateline, a string) []string {
		return []string{"Jailbreak in Gaur", dateline + " Twelve inmates escaped from the district jail " + a + ", police said.",
			"Police have set up checkpoints on roads leading to the border."}
	}
	runMechanismCases(t, []mechanismCase{
		{"last night for the day before", p("GAUR, July 27 —", "late on Saturday"), p("GAUR, July 27 —", "late last night"), nil},
		{"this morning for the day's morning", p("GAUR, July 27 —", "on Sunday morning"), p("GAUR, July 27 —", "this morning"), nil},
		{"denied in the present", []string{"Lottery fraud", "Lawyers for two of the officials said their clients denied the accusations."},
			[]string{"Lottery fraud", "Lawyers for two of the officials say their clients deny the accusations."}, nil},
		{"denial dropped", []string{"Lottery fraud", "Lawyers for two of the officials said their clients denied the accusations."},
			[]string{"Lottery fraud", "Lawyers for two of the officials said their clients would answer the accusations."}, []string{"altered negation"}},
	})
}

// TestHeadlineSetTo reads a headline's "set to" without its verb of
// being as a timetable, settled when the version tells it done, and
// keeps "set to work" and a cause after "due to".
func TestHeadlineSetTo(t *testing.T) {
	body := []string{"RABAT, Dec 12 (Reuters) - Morocco's cabinet met on Thursday to discuss subsidies for soft wheat imports.",
		"The subsidies were introduced in 2022 after a drought cut the harvest."}
	p := func(h string) []string { return append([]string{h}, body...) }
	runMechanismCases(t, []mechanismCase{
		{"set to settled", p("Morocco set to extend wheat import subsidies"), p("Morocco extends wheat import subsidies"), []string{"altered modality"}},
		{"set to kept", p("Morocco set to extend wheat import subsidies"), p("Morocco set to prolong wheat import subsidies"), nil},
		{"set to work", p("Engineers set to work on Rabat grain terminal"), p("Engineers start work on Rabat grain terminal"), nil},
	})
	for _, s := range []string{"Oilseed coverage dipped to 81.4 lakh hectares due to lower mustard acreage.", "Engineers set to work on the terminal."} {
		for _, f := range Facts(s) {
			if f.Facet == FacetModality {
				t.Errorf("%q: modality %q", s, f.Text)
			}
		}
	}
}

// TestHeadlineRewritten reports an update's headline rewritten around a
// new event over a body with news in it. (Over a body copied nearly
// whole the pair of headlines is judged rewritten in place before
// headlineRewritten sees it, so no near miss of the threshold can be
// written here.)
func TestHeadlineRewritten(t *testing.T) {
	body := []string{"LUSAKA, March 3 - Floodwater damaged two piers of the Kafue River bridge on Monday, the roads agency said.",
		"About 1,200 trucks a day use the bridge on the main route to Zimbabwe.",
		"The agency said repairs would cost about 40 million kwacha.",
		"Traffic was diverted through Chirundu, adding 90 km to the journey."}
	news := []string{"LUSAKA, March 3 - Floodwater damaged three piers of the Kafue River bridge on Monday, the roads agency said.",
		"About 1,500 trucks a day use the bridge on the main route to Zimbabwe.",
		"The agency said repairs would cost about 60 million kwacha.",
		"Traffic was diverted through Chirundu, adding 90 km to the journey."}
	ref := append([]string{"Floods damage Kafue River bridge in Zambia"}, body...)
	headline := func(c Comparison) string {
		for _, d := range c.Divergences {
			if d.RefPara == 0 && d.VerPara == 0 && d.Material {
				return d.Detail
			}
		}
		return ""
	}
	rewritten := append([]string{"Zambia closes Kafue River bridge as repair bill rises"}, news...)
	if got := headline(Compare(doc(ref...), doc(rewritten...))); got != "headline rewritten" {
		t.Errorf("headline over a body with news: %q, want headline rewritten", got)
	}
}
