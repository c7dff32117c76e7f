package align

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

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

// TestMaySpan reads "May" as the month in a span of months ("between
// May and July", "from May to July") and not after a capitalised name.
func TestMaySpan(t *testing.T) {
	dates := func(s string) []string {
		var out []string
		for _, f := range Facts(s) {
			if f.Facet == FacetDate {
				out = append(out, f.Key)
			}
		}
		return out
	}
	for _, c := range []struct {
		s    string
		want string
	}{
		{"Rainfall between May and July was 60% below the average.", "[m5 m7]"},
		{"Officials said May to July was the driest spell on record.", "[m5 m7]"},
		{"Prime Minister Theresa May and her deputy met the envoy.", "[]"},
		{"Residents may or may not return.", "[]"},
	} {
		if got := fmt.Sprint(dates(c.s)); got != c.want {
			t.Errorf("%q: dates %s, want %s", c.s, got, c.want)
		}
	}
	p := func(a string) []string {
		return []string{"Drought hits Kakheti vineyards", a, "The ministry will pay farmers 200 lari a hectare."}
	}
	runMechanismCases(t, []mechanismCase{
		{"between … and as from … to", p("Rainfall in Kakheti between May and July was 60% below the long-term average, the agency said."),
			p("The agency said rainfall in Kakheti from May to July was 60% below the long-term average."), nil},
	})
}

// TestMeasureStageRetold reports a measure told at another stage
// ("approved" → "proposed") in a retelling, where other predicates
// swapped are read as the retelling's own words.
func TestMeasureStageRetold(t *testing.T) {
	ref := func(a string) []string {
		return []string{"Georgia approves aid for drought-hit farmers", a,
			"The package will pay affected farmers 800 lari per hectare of damaged vineyard, Agriculture Minister Nodar Kiknadze said.",
			"About 12,000 farmers are expected to qualify, most of them smallholders in Kakheti.",
			"Farmers' groups welcomed the money but said payments should have come in July, when the heat first hit.",
			"The ministry said the first payments would be made within three weeks of applications closing on September 15."}
	}
	ver := func(a string) []string {
		return []string{"Drought aid for Georgian farmers", a,
			"Affected farmers will get 800 lari for each hectare of damaged vineyard, Agriculture Minister Nodar Kiknadze told reporters.",
			"Around 12,000 farmers, mostly smallholders in Kakheti, are expected to be eligible, Reuters reported.",
			"Groups representing farmers welcomed the funds but said the payments should have arrived in July, when the heat began.",
			"First payments will be made within three weeks after applications close on September 15, according to the ministry."}
	}
	runMechanismCases(t, []mechanismCase{
		{"approved told as proposed",
			ref("TBILISI, Aug 12 (Reuters) - Georgia's government on Monday approved a 65 million lari aid package for farmers hit by the worst drought in 20 years."),
			ver("Georgia's government on Monday proposed a 65 million lari package to help farmers hit by the worst drought in 20 years."),
			[]string{"altered wording"}},
		{"approved told as adopted",
			ref("TBILISI, Aug 12 (Reuters) - Georgia's government on Monday approved a 65 million lari aid package for farmers hit by the worst drought in 20 years."),
			ver("Georgia's government on Monday adopted a 65 million lari package to help farmers hit by the worst drought in 20 years."),
			nil},
	})
}

// TestBegunToldDone reports an action told as begun on one side and done
// on the other ("began selling a bond" → "sold a bond"), also beside a
// changed figure; a check "to confirm" a death that succeeded is the
// hedge's change, not an act done.
func TestBegunToldDone(t *testing.T) {
	p := func(a string) []string {
		return []string{"Ireland returns to bond market", a, "The debt agency plans to raise up to €10 billion this year."}
	}
	runMechanismCases(t, []mechanismCase{
		{"began selling, sold",
			p("Ireland began selling a new 10-year bond on Tuesday, the debt agency said."),
			p("Ireland sold a new 10-year bond on Tuesday, the debt agency said."),
			[]string{"altered wording"}},
		{"started to evacuate, evacuated",
			p("Police started to evacuate the harbour district on Tuesday, the debt agency said."),
			p("Police evacuated the harbour district on Tuesday, the debt agency said."),
			[]string{"altered wording"}},
		{"sold beside a new figure",
			p("Ireland began selling a new 10-year bond on Tuesday, with orders exceeding €20 billion, the memo showed."),
			p("Ireland sold a new 10-year bond on Tuesday, with orders exceeding €32 billion, the memo showed."),
			[]string{"altered number", "altered wording"}},
		{"still selling",
			p("Ireland began selling a new 10-year bond on Tuesday, the debt agency said."),
			p("Ireland started selling a new 10-year bond on Tuesday, the debt agency said."),
			nil},
		{"a check to confirm, settled with a figure",
			p("One person may have died, but the agency said it was still working to confirm the death."),
			p("A 63-year-old woman died, the agency confirmed."),
			[]string{"altered modality"}},
	})
}

// TestReversedBesideDate reports a predicate that reverses the other
// side's ("has closed the bridge" → "has reopened the bridge") in an
// update whose dateline also moved, with both words in its detail.
func TestReversedBesideDate(t *testing.T) {
	p := func(a string) []string {
		return []string{"Kafue River bridge", a, "About 600 trucks were queued at the border post, drivers said."}
	}
	c := Compare(doc(p("LUSAKA, March 3 (Reuters) - Zambia has closed the Namalombwe Bridge on the main road to Chirundu after floodwaters eroded an abutment, the roads authority said on Monday.")...),
		doc(p("LUSAKA, March 4 (Reuters) - Zambia has reopened the Namalombwe Bridge on the main road to Chirundu after floodwaters eroded an abutment, the roads authority said on Tuesday.")...))
	var got []string
	for _, d := range c.Divergences {
		if d.Material {
			got = append(got, string(d.Facet)+": "+d.Detail)
		}
	}
	if !slices.Contains(got, "wording: closed → reopened") || !slices.ContainsFunc(got, func(s string) bool { return strings.HasPrefix(s, "date: ") }) {
		t.Errorf("material findings %q, want the date's and \"wording: closed → reopened\"", got)
	}
}

// TestVerbIntensity reports an act told milder or harsher by a synonym
// ("condemned" → "criticised", "paralysed" → "disrupted"), and keeps
// synonyms of one strength ("criticised" → "criticized", "disrupted" →
// "interrupted") as the same claim.
func TestVerbIntensity(t *testing.T) {
	p := func(a string) []string {
		return []string{"Metro fares rise in Tunis", a, "The new fares take effect on Monday, the transport ministry said."}
	}
	runMechanismCases(t, []mechanismCase{
		{"condemned, criticised",
			p("The increase, which unions and passenger groups condemned as a blow to low-income workers, is the first in six years."),
			p("The increase, which unions and passenger groups criticised as a blow to low-income workers, is the first in six years."),
			[]string{"altered wording"}},
		{"disrupted, paralysed",
			p("A strike by ground staff disrupted the city's main airport for six hours on Friday."),
			p("A strike by ground staff paralysed the city's main airport for six hours on Friday."),
			[]string{"altered wording"}},
		{"spelling of one strength",
			p("The increase, which unions and passenger groups criticised as a blow to low-income workers, is the first in six years."),
			p("The increase, which unions and passenger groups criticized as a blow to low-income workers, is the first in six years."),
			nil},
		{"synonym of one strength",
			p("A strike by ground staff disrupted the city's main airport for six hours on Friday."),
			p("A strike by ground staff interrupted the city's main airport for six hours on Friday."),
			nil},
	})
}

// TestExtentQualifier reports a claim made whole or partial by a
// qualifier given on one side only ("partly locked" → "locked").
func TestExtentQualifier(t *testing.T) {
	p := func(a string) []string {
		return []string{"Stadium fire kills two", a, "Police said an investigation had been opened."}
	}
	runMechanismCases(t, []mechanismCase{
		{"partly dropped",
			p("Witnesses said fans were trapped behind a single exit gate that was partly locked when the fire broke out."),
			p("Witnesses said fans were trapped behind a single exit gate that was locked when the fire broke out."),
			[]string{"altered wording"}},
		{"fully added",
			p("Power was restored to the stadium district on Sunday, the utility said."),
			p("Power was fully restored to the stadium district on Sunday, the utility said."),
			[]string{"altered wording"}},
		{"partly for partially",
			p("Witnesses said fans were trapped behind a single exit gate that was partly locked when the fire broke out."),
			p("Witnesses said fans were trapped behind a single exit gate that was partially locked when the fire broke out."),
			nil},
	})
}

// TestOutletsSpokenTo reads the outlet a statement was given to in
// "speaking to RTÉ" and "told local media" as "told RTÉ" is read, and a
// media briefing as no outlet.
func TestOutletsSpokenTo(t *testing.T) {
	p := func(a string) []string {
		return []string{"Hospital fire in Galway", a, "The fire started in a laundry room, officials said."}
	}
	runMechanismCases(t, []mechanismCase{
		{"speaking to one broadcaster, told another",
			p(`"Every patient was accounted for within 40 minutes," said Dr Aoife Kinsella, the clinical director, speaking to RTÉ's Morning Ireland.`),
			p(`"Every patient was accounted for within 40 minutes," Dr Aoife Kinsella, the clinical director, told Newstalk's breakfast programme.`),
			[]string{"altered attribution"}},
		{"speaking to, told the same",
			p(`"Every patient was accounted for within 40 minutes," said Dr Aoife Kinsella, the clinical director, speaking to RTÉ.`),
			p(`"Every patient was accounted for within 40 minutes," Dr Aoife Kinsella, the clinical director, told RTÉ.`),
			nil},
		{"an agency, then local media",
			p(`"We have told villagers not to use the water," Sophorn told Xinhua over the phone.`),
			p(`"We have told villagers not to use the water," Sophorn told local media.`),
			[]string{"altered attribution"}},
		{"a media briefing, then reporters",
			p(`"We have clear evidence that 12 questions were leaked," Wijesundara told a media briefing at the head office.`),
			p(`"We have clear evidence that 12 questions were leaked," he told reporters at the head office.`),
			nil},
	})
}

// TestStampWithSource reads a time stamp with a day and month and no
// year, and one with its source after it, as site chrome.
func TestStampWithSource(t *testing.T) {
	runBoilerCases(t, []boilerCase{
		{"Published: 21/11 17:48 - Source: VNA", true},
		{"Updated 3/7 09:15", true},
		{"Published: 21/11/2024 17:48 | Source: Xinhua", true},
		{"Published on 21/11, the report found 14 breaches at the plant.", false},
		{"Source: officials said 21/11 was the deadline.", false},
	})
}

// TestLikelihoodReversed reports "unlikely" → "likely" once, as the
// hedge's change, not as a denial besides.
func TestLikelihoodReversed(t *testing.T) {
	p := func(a string) []string {
		return []string{"Run on Paraguayan cooperative", a, "The agency appointed an interim administrator on Tuesday."}
	}
	runMechanismCases(t, []mechanismCase{
		{"unlikely, likely",
			p("Economists said the problems at the cooperative were unlikely to spread to the wider financial system."),
			p("Economists said the problems at the cooperative were likely to spread to the wider financial system."),
			[]string{"altered modality"}},
		{"unclear, clear stays a denial",
			p("Economists said it was unclear whether the problems would spread to the wider financial system."),
			p("Economists said it was clear that the problems would spread to the wider financial system."),
			[]string{"altered negation"}},
	})
}

// TestShareOfAmount reports an amount changed with its share of a whole
// restated after it ("180 billion guaranies, roughly 4 percent of the
// bank's deposits") as one claim, and a share standing on its own as a
// claim of its own.
func TestShareOfAmount(t *testing.T) {
	p := func(a string) []string {
		return []string{"Run on Paraguayan bank", a, "The central bank said the wider system was sound."}
	}
	runMechanismCases(t, []mechanismCase{
		{"amount and its share",
			p("Depositors withdrew about 180 billion guaranies on Monday, roughly 4 percent of the bank's deposits, people familiar with the matter said."),
			p("Depositors withdrew about 410 billion guaranies on Monday, roughly 9 percent of the bank's deposits, people familiar with the matter said."),
			[]string{"altered number"}},
		{"two figures of their own",
			p("Depositors withdrew about 180 billion guaranies on Monday, and 4 percent of branches closed early, people familiar with the matter said."),
			p("Depositors withdrew about 410 billion guaranies on Monday, and 9 percent of branches closed early, people familiar with the matter said."),
			[]string{"altered number", "altered number"}},
	})
}

// TestGivenNameMisspelt reports a speaker whose given name is spelt
// another way ("Jaan Sepp" → "Jaak Sepp") as a name changed, not as
// another source; another given name is another person.
func TestGivenNameMisspelt(t *testing.T) {
	p := func(a string) []string {
		return []string{"Tallinn school tender under review", a, "The city has suspended payments to the contractor."}
	}
	runMechanismCases(t, []mechanismCase{
		{"given name one letter apart, place before the title dropped",
			p("Tallinn Deputy Mayor Jaan Sepp said the offers would be reviewed by an independent panel."),
			p("Deputy Mayor Jaak Sepp said the offers would be reviewed by an independent panel."),
			[]string{"altered entity"}},
		{"another given name",
			p("Deputy Mayor Jaan Sepp said the offers would be reviewed by an independent panel."),
			p("Deputy Mayor Mart Sepp said the offers would be reviewed by an independent panel."),
			[]string{"altered attribution"}},
	})
	for _, c := range []struct {
		a, b string
		want bool
	}{{"Jaan", "Jaak", true}, {"Kuznetsova", "Kuznetsov", true}, {"Mary", "Mira", false}, {"Jon", "Jan", false}, {"Sepp", "Sepp", false}} {
		if got := nearSpelling(c.a, c.b); got != c.want {
			t.Errorf("nearSpelling(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}

// TestOpinionsDisclaimer reads a portal's note that opinions are not its
// own as chrome, like the one on views.
func TestOpinionsDisclaimer(t *testing.T) {
	runBoilerCases(t, []boilerCase{
		{"Disclaimer: Opinions expressed here are those of the writers and do not reflect those of this portal.", true},
		{"Opinions and views expressed in this article do not necessarily reflect the position of the site.", true},
		{"Opinions expressed at the hearing were divided, the committee chair said.", false},
	})
}

// TestDatelineCreditSwapped reports a copy whose dateline credits
// another agency ("(Xinhua)" → "(KPL)"), and not a dateline credit
// dropped, restyled or spelt out, nor another outlet's retelling under
// its own credit.
func TestDatelineCreditSwapped(t *testing.T) {
	p := func(dl string) []string {
		return []string{"Laos pharmacies run short of medicines",
			dl + " Pharmacies in three provinces have reported shortages of antibiotics since May, health officials said.",
			"The ministry said new supplies of antibiotics and syrups would arrive from Thailand next month.",
			"Patients said prices at private clinics had doubled since the spring."}
	}
	runMechanismCases(t, []mechanismCase{
		{"another agency", p("VIENTIANE, July 9 (Xinhua) --"), p("VIENTIANE, July 9 (KPL) --"), []string{"altered attribution"}},
		{"same agency, other style", p("VIENTIANE, July 9 (Xinhua) --"), p("Vientiane, July 9 (XINHUA) -"), nil},
		{"credit dropped", p("VIENTIANE, July 9 (Xinhua) --"), p("VIENTIANE, July 9 --"), nil},
		{"initials spelt out", p("VIENTIANE, July 9 (AP) --"), p("VIENTIANE, July 9 (Associated Press) --"), nil},
	})
	retold := []string{"Vientiane [Laos], July 9 (ANI): Pharmacies across three Lao provinces are running out of antibiotics, officials said, according to Xinhua.",
		"New supplies of the drugs and syrups are due from Thailand next month, according to the ministry.",
		"Prices at private clinics have doubled since spring, patients said."}
	runMechanismCases(t, []mechanismCase{
		{"a retelling's own credit", p("VIENTIANE, July 9 (Xinhua) --"), append([]string{"Lao pharmacies short of drugs"}, retold...), nil},
	})
}

// TestPlaceNameOpener reports a place swapped in a retelling ("New
// Takoradi" → "Sekondi") though the retelling uses "new" as a word
// elsewhere: a word that opens place names counts as named only where it
// is written capitalised.
func TestPlaceNameOpener(t *testing.T) {
	ref := []string{"Takoradi dredging stalls as fishermen protest",
		"TAKORADI, Ghana, April 8 (Reuters) - Work to deepen the main channel of Ghana's Takoradi port has been halted for a second week after hundreds of canoe fishermen blocked the dredging vessels, port officials said.",
		"Fishermen say sediment pumped onto the shore has made the beach at New Takoradi impassable and muddied the inshore waters where they set their nets.",
		"The Ghana Ports and Harbours Authority said it was in talks with the fishermen's leaders and hoped to resume work within days.",
		"The $210 million project is meant to let larger container ships call at the port."}
	ver := []string{"Ghana: fishermen's blockade halts Takoradi dredging",
		"Dredging at Ghana's Takoradi port has been at a standstill for a second week because hundreds of canoe fishermen are blocking the vessels, port officials told Reuters.",
		"According to the fishermen, sediment pumped onto the shore has left the beach at Sekondi impassable and muddied the inshore waters where they set their nets.",
		"The ports authority said talks with the fishermen's leaders were under way and it hoped work would restart within days.",
		"The $210 million project aims to allow larger, new container ships to call at the port."}
	runMechanismCases(t, []mechanismCase{{"New Takoradi to Sekondi", ref, ver, []string{"altered entity"}}})
}

// TestPurposeTold reads "is meant to" and "was supposed to" as the
// purpose that "aims to" tells, and keeps "meant to deliver" → "will
// deliver" a change.
func TestPurposeTold(t *testing.T) {
	p := func(a string) []string {
		return []string{"Port dredging resumes", a, "Fishermen have blocked the dredgers for two weeks."}
	}
	runMechanismCases(t, []mechanismCase{
		{"meant to, aims to",
			p("The $210 million project is meant to deepen the harbour basin to 16 metres."),
			p("The $210 million project aims to deepen the harbour basin to 16 metres."), nil},
		{"meant to, supposed to",
			p("The programme, which was meant to deliver six supply vessels by 2027, is two years late."),
			p("The programme was supposed to deliver six supply vessels by 2027 but is two years late."), nil},
		{"meant to, will",
			p("The $210 million project is meant to deepen the harbour basin to 16 metres."),
			p("The $210 million project will deepen the harbour basin to 16 metres."), []string{"altered modality"}},
	})
}

// TestModalSwappedInPlace reports a modal swapped for one of another
// class before the same words ("could leave them" → "would leave them")
// though the sentence keeps another of the first class.
func TestModalSwappedInPlace(t *testing.T) {
	p := func(a string) []string {
		return []string{"Coral bleaching off Qatar", a, "Officials said more surveys were planned."}
	}
	runMechanismCases(t, []mechanismCase{
		{"could to would beside another could",
			p("The institute said the reefs could recover if temperatures fell quickly, but warned that repeated bleaching could leave them dominated by algae."),
			p("The institute said the reefs could recover if temperatures fell quickly, but warned that repeated bleaching would leave them dominated by algae."),
			[]string{"altered modality"}},
		{"both could kept",
			p("The institute said the reefs could recover if temperatures fell quickly, but warned that repeated bleaching could leave them dominated by algae."),
			p("The institute said reefs could recover if temperatures fell fast, but warned repeated bleaching could leave them dominated by algae."),
			nil},
	})
}

// TestSpeakerBesideFinding reports a speaker swapped ("the institute
// said" → "the environment ministry said") though the sentence keeps the
// institute's name as the author of the survey.
func TestSpeakerBesideFinding(t *testing.T) {
	p := func(a string) []string {
		return []string{"Coral bleaching off Qatar", a, "Officials said more surveys were planned."}
	}
	s := "A survey of 26 reef sites by the Doha Marine Research Institute found that 68 percent of coral colonies were bleached, "
	runMechanismCases(t, []mechanismCase{
		{"institute to ministry", p(s + "the institute said in a report."), p(s + "the environment ministry said in a report."),
			[]string{"altered attribution"}},
		{"institute kept", p(s + "the institute said in a report."), p(s + "the institute said in its report."), nil},
	})
}

// TestBoundsOfWordCounts reads bounds before a count in words ("nearly
// four hours" → "more than four hours") and "no fewer than" as "at
// least".
func TestBoundsOfWordCounts(t *testing.T) {
	p := func(a string) []string {
		return []string{"Trading halted in Thimphu", a, "Officials said the fault was fixed."}
	}
	runMechanismCases(t, []mechanismCase{
		{"nearly to more than", p("Trading was suspended for nearly four hours on Tuesday, the exchange said."),
			p("Trading was suspended for more than four hours on Tuesday, the exchange said."), []string{"altered number"}},
		{"nearly to almost", p("Trading was suspended for nearly four hours on Tuesday, the exchange said."),
			p("Trading was suspended for almost four hours on Tuesday, the exchange said."), nil},
		{"at least to no fewer than", p("At least 430 cattle died in the fire on Tuesday, the council said."),
			p("No fewer than 430 cattle died in the fire on Tuesday, the council said."), nil},
		{"at least to no less than, in words", p("The salvage is expected to last at least three weeks, the council said on Tuesday."),
			p("The salvage is expected to last no less than three weeks, the council said on Tuesday."), nil},
	})
}

// TestNameSwappedInPlace reports a name put in another's place, the
// words around it kept ("a shopkeeper in Thimphu" → "a shopkeeper in
// Paro"), though the story names both places elsewhere; a name told by
// its initials there is the same name.
func TestNameSwappedInPlace(t *testing.T) {
	p := func(a string) []string {
		return []string{"Landslide cuts power to three districts", a,
			"Officials said power was restored on Tuesday in Thimphu, Paro and Punakha."}
	}
	runMechanismCases(t, []mechanismCase{
		{"place swapped", p(`"We had no light for the whole night," said Kinley Om, a shopkeeper in Thimphu.`),
			p(`"We had no light for the whole night," said Kinley Om, a shopkeeper in Paro.`), []string{"altered entity"}},
		{"initials in place", p("Bhutan is one of the few countries outside the European Union to export all of its surplus power."),
			p("Bhutan is one of the few countries outside the EU to export all of its surplus power."), nil},
	})
}

// TestMoreLoadedWordsSession16 reports judgements added with words the
// lexicon lacked: cumbersome, squalid, moribund, pioneering, opaque,
// fledgling, long-stalled.
func TestMoreLoadedWordsSession16(t *testing.T) {
	p := func(a string) []string {
		return []string{"Refugee camp fills", a, "Officials said supplies would improve."}
	}
	var cases []mechanismCase
	for _, w := range []string{"cumbersome", "squalid", "moribund", "pioneering", "opaque", "fledgling", "long-stalled"} {
		cases = append(cases, mechanismCase{w,
			p("About 300 people are waiting at the camp on the sports field, officials said."),
			p("About 300 people are waiting at the " + w + " camp on the sports field, officials said."),
			[]string{"altered characterization"}})
	}
	runMechanismCases(t, cases)
}

// TestBoundKeptDayTold keeps a deadline whose day is told on one side
// only ("by the afternoon" → "by yesterday afternoon") as the same
// claim, and a deadline moved ("by the afternoon" → "by Friday
// afternoon" in a sentence about what is to come) as a change.
func TestBoundKeptDayTold(t *testing.T) {
	p := func(a string) []string {
		return []string{"Rubbish avalanche in Kumasi", a, "Officials said the search would continue."}
	}
	runMechanismCases(t, []mechanismCase{
		{"day told", p("Rescue workers had pulled 14 people alive from the debris by the afternoon, officials said."),
			p("Rescue workers had pulled 14 people alive from the debris by yesterday afternoon, officials said."), nil},
		{"deadline set", p("Officials said the road would reopen by the afternoon."),
			p("Officials said the road would reopen by Friday afternoon."), []string{"altered date"}},
	})
}

// TestApproximationBeforeFigure reads "some" before a figure as a word of
// approximation ("about two metres" → "some two metres"), and "some"
// before a noun as a quantifier still.
func TestApproximationBeforeFigure(t *testing.T) {
	p := func(a string) []string {
		return []string{"Avalanche at ski resort", a, "Officials said the search would continue."}
	}
	runMechanismCases(t, []mechanismCase{
		{"about to some before a number word", p("Rescuers dug the boy out from under about two metres of snow after roughly 40 minutes."),
			p("Rescuers dug the boy out from under some two metres of snow after roughly 40 minutes."), nil},
		{"about to some before digits", p("Rescuers searched about 300 metres of slope after roughly 40 minutes."),
			p("Rescuers searched some 300 metres of slope after roughly 40 minutes."), nil},
		{"some residents", p("Residents were evacuated from the valley after the avalanche, officials said."),
			p("Some residents were evacuated from the valley after the avalanche, officials said."), []string{"altered characterization"}},
	})
}

// TestAddedEventFacet gives a sentence added with a key event told of a
// name ("The Ministry has since suspended further payments") the
// wording facet, and one that only names who or where the entity facet.
func TestAddedEventFacet(t *testing.T) {
	ref := []string{"Highway tender under audit", "An audit found irregularities in the $48 million highway tender, officials said.",
		"The contractor denied wrongdoing."}
	for _, c := range []struct {
		added string
		want  Facet
	}{
		{"The Ministry has since suspended further payments to the company.", FacetWording},
		{"The delegation was led by Transport Minister Viengthong Siphandone.", FacetEntity},
	} {
		ver := append(slices.Clone(ref), c.added)
		got := Facet("")
		for _, d := range Compare(doc(ref...), doc(ver...)).Divergences {
			if d.Kind == Added && d.Material {
				got = d.Facet
			}
		}
		if got != c.want {
			t.Errorf("added %q: facet %q, want %q", c.added, got, c.want)
		}
	}
}

// TestHeadlineRewrittenOverHedge reports a headline told anew around the
// news as rewritten, once, when its only findings were words that went
// with the old event ("without power" → "Power returns"); a headline's
// hedge settled ("set to vote" → "passes") stays the hedge's change.
func TestHeadlineRewrittenOverHedge(t *testing.T) {
	body := []string{"GABORONE, March 3 - A fault at the Morupule B plant cut power to much of Botswana on Monday, the utility said.",
		"About 400,000 households were affected, it said.",
		"The utility said repairs would cost about 40 million pula.",
		"Hospitals ran on generators through the night.",
		"The Morupule B plant supplies most of the country's electricity.",
		"Botswana imports the rest of its power from South Africa.",
		"The plant has had repeated faults since it opened in 2012."}
	news := []string{"GABORONE, March 3 - A fault at the Morupule B plant cut power to much of Botswana on Monday, the utility said.",
		"About 550,000 households were affected, it said.",
		"The utility said repairs would cost about 60 million pula.",
		"Hospitals ran on generators through the night, and 12 schools closed.",
		"The Morupule B plant supplies most of the country's electricity.",
		"Botswana imports the rest of its power from South Africa.",
		"The plant has had repeated faults since it opened in 2012."}
	heads := func(ref, ver string) []string {
		c := Compare(doc(append([]string{ref}, body...)...), doc(append([]string{ver}, news...)...))
		var out []string
		for _, d := range c.Divergences {
			if d.RefPara == 0 && d.VerPara == 0 && d.Material {
				out = append(out, string(d.Facet)+": "+d.Detail)
			}
		}
		return out
	}
	if got := heads("Blackout leaves much of Botswana without power after main plant trips",
		"Power returns to most of Botswana after blackout; minister orders audit of plant"); !slices.Equal(got, []string{"wording: headline rewritten"}) {
		t.Errorf("headline over a denial gone: %q, want [wording: headline rewritten]", got)
	}
	if got := heads("Botswana lawmakers set to vote on power levy", "Botswana parliament passes power levy"); slices.Contains(got, "wording: headline rewritten") || len(got) == 0 {
		t.Errorf("headline's hedge settled: %q, want the hedge's change", got)
	}
}

// TestHeadlineToldAnewPaired pairs a headline told anew with the other
// headline, not merged into the lead whose words it repeats, and reports
// it rewritten over an update's news, also when its new facts ("rise to
// 41") alone would be a headline's detail and its verb follows a plural
// subject ("workers extend").
func TestHeadlineToldAnewPaired(t *testing.T) {
	body := []string{"LILONGWE, March 19 - Malawi's Ministry of Health has confirmed an outbreak of dengue fever in the northern district of Karonga, with 27 laboratory-confirmed cases.",
		"Most of the patients are traders who travel to Tanzania, officials said.",
		"The ministry said it had sent a team of 15 health workers to Karonga.",
		"Spraying of breeding sites is planned for next week.",
		"Hospitals in the district have set aside 40 beds.",
		"Dengue is spread by mosquitoes and has no specific treatment."}
	news := []string{"LILONGWE, March 20 - Malawi's Ministry of Health has confirmed an outbreak of dengue fever in the northern district of Karonga, with 41 laboratory-confirmed cases.",
		"Most of the patients are traders who travel to Tanzania, officials said.",
		"The ministry said it had sent a team of 25 health workers to Karonga.",
		"Spraying of breeding sites began on Thursday.",
		"Hospitals in the district have set aside 40 beds.",
		"Dengue is spread by mosquitoes and has no specific treatment."}
	head := func(ref, ver string) []string {
		c := Compare(doc(append([]string{ref}, body...)...), doc(append([]string{ver}, news...)...))
		var out []string
		for _, d := range c.Divergences {
			if d.RefPara == 0 && d.VerPara == 0 && d.Material {
				out = append(out, d.Detail)
			}
		}
		return out
	}
	for _, c := range []struct{ ref, ver string }{
		{"Malawi confirms dengue outbreak in northern district of Karonga", "Malawi dengue cases rise to 41 as Karonga records first death"},
		{"Malawi health workers begin dengue spraying in Karonga", "Malawi health workers extend dengue spraying as government offers loan"},
	} {
		if got := head(c.ref, c.ver); !slices.Equal(got, []string{"headline rewritten"}) {
			t.Errorf("%q → %q: headline findings %q, want [headline rewritten]", c.ref, c.ver, got)
		}
	}
}

// TestToldOutletsRetold reports, in a retelling, a statement told to one
// outlet and then to another ("told AFP" → "told Jordanian state
// television", "told LETA" → "told public broadcaster LSM"), and not an
// agency described ("told the French news agency").
func TestToldOutletsRetold(t *testing.T) {
	ref := func(a string) []string {
		return []string{"Cholera outbreak in Jordan Valley", a,
			"AMMAN, Aug 4 (AFP) - Jordan has confirmed a cholera outbreak in the Jordan Valley, where 21 patients were admitted to hospital this week.",
			"The ministry traced the outbreak to a contaminated irrigation canal near South Shuna, officials said.",
			"Residents were told not to drink untreated water until further notice."}
	}
	ver := func(a string) []string {
		return []string{"Cholera outbreak hits Jordan Valley", a,
			"Jordanian health authorities have confirmed cholera in the Jordan Valley, with 21 people hospitalised this week, AFP reported.",
			"Officials said a polluted irrigation canal close to South Shuna was behind the outbreak.",
			"People living in the area were warned against drinking untreated water until further notice."}
	}
	said := `"The situation is under control," ministry spokesman Hazem al-Rawashdeh told `
	runMechanismCases(t, []mechanismCase{
		{"AFP, then state television", ref(said + "AFP."), ver(`"The situation is under control," Hazem al-Rawashdeh, a spokesman for the ministry, told Jordanian state television.`),
			[]string{"altered attribution"}},
		{"an agency, then a broadcaster described", ref(said + "LETA."), ver(`"The situation is under control," Hazem al-Rawashdeh, a spokesman for the ministry, told public broadcaster LSM.`),
			[]string{"altered attribution"}},
		{"AFP, then the agency described", ref(said + "AFP."), ver(`"The situation is under control," Hazem al-Rawashdeh, a spokesman for the ministry, told the French news agency.`),
			nil},
	})
}

// TestRankChangedRetold reports, in a retelling, a person given another
// rank of a post ("the authority's head" → "the authority's deputy
// head"), and not a rank both sentences give in other places.
func TestRankChangedRetold(t *testing.T) {
	ref := func(a string) []string {
		return []string{"Moldova revokes casino licence", a,
			"CHISINAU, May 6 (Reuters) - Moldova's gambling authority on Tuesday revoked the licence of a casino in the capital after an audit found unpaid taxes of 12 million lei.",
			"The casino's owners said they would appeal the decision in court.",
			"The audit was ordered in January after complaints from residents."}
	}
	ver := func(a string) []string {
		return []string{"Chisinau casino loses its licence", a,
			"The gambling authority in Moldova pulled the licence of a casino in Chisinau on Tuesday, after auditors found 12 million lei in unpaid taxes, Reuters reported.",
			"The owners of the casino plan to challenge the decision in court.",
			"Complaints from residents prompted the audit in January."}
	}
	runMechanismCases(t, []mechanismCase{
		{"head, then deputy head", ref(`"A licence is a privilege, not a right," said the authority's head, Natalia Grosu.`),
			ver(`Natalia Grosu, the authority's deputy head, told reporters that a licence was "a privilege, not a right".`), []string{"altered entity"}},
		{"deputy head both sides", ref(`"A licence is a privilege, not a right," said the authority's deputy head, Natalia Grosu.`),
			ver(`Natalia Grosu, the authority's deputy head, told reporters that a licence was "a privilege, not a right".`), nil},
	})
}

// TestHeadlinePlanTo reads a headline's "Subject to verb" as its plan
// ("Vietnam to approve emergency aid" → "Vietnam approves emergency
// aid" settles it), and not "to" after a verb or in a phrase.
func TestHeadlinePlanTo(t *testing.T) {
	modal := func(s string) string {
		for _, f := range Facts(s) {
			if f.Facet == FacetModality {
				return f.Key
			}
		}
		return ""
	}
	for _, c := range []struct{ s, want string }{
		{"Vietnam to approve emergency aid", "hedge:intent"},
		{"Fiji parliament to vote on pension bill", "hedge:intent"},
		{"Police move to evacuate village", ""},
		{"Flights to Paris cancelled after strike", ""},
		{"The ministry is due to approve the aid.", scheduleKey},
		{"Key to success, the coach said.", ""},
	} {
		if got := modal(c.s); got != c.want {
			t.Errorf("%q: modality %q, want %q", c.s, got, c.want)
		}
	}
	body := []string{"HANOI, Aug 12 - Vietnam's government approved 1.5 trillion dong in emergency aid for drought-hit farmers in the Mekong Delta on Tuesday.",
		"The aid will be paid out within a month, the agriculture ministry said."}
	runMechanismCases(t, []mechanismCase{
		{"plan settled", append([]string{"Vietnam to approve emergency aid for drought-hit farmers"}, body...),
			append([]string{"Vietnam approves emergency aid for drought-hit farmers"}, body...), []string{"altered modality"}},
		{"plan told as plans", append([]string{"Vietnam to approve emergency aid for drought-hit farmers"}, body...),
			append([]string{"Vietnam plans to approve emergency aid for drought-hit farmers"}, body...), nil},
	})
}

// TestRankHyphened reports a rank joined to a post by a hyphen given on
// one side only ("vice-governor" → "governor").
func TestRankHyphened(t *testing.T) {
	p := func(a string) []string {
		return []string{"Run on Croatian bank", a, "Officials said the bank would reopen on Monday."}
	}
	runMechanismCases(t, []mechanismCase{
		{"vice-governor to governor", p(`"There is no reason for panic," central bank vice-governor Tomislav Perić told reporters.`),
			p(`"There is no reason for panic," central bank governor Tomislav Perić told reporters.`), []string{"altered entity"}},
		{"vice-governor kept", p(`"There is no reason for panic," central bank vice-governor Tomislav Perić told reporters.`),
			p(`"There is no reason for panic," central bank vice-governor Tomislav Perić told journalists.`), nil},
	})
	if !rankPrefixed("ex-minister", "minister") || rankPrefixed("well-known", "known") {
		t.Errorf("rankPrefixed: ex-minister and well-known misread")
	}
}

// TestFragmentHedgeRetold reports a hedge of a fragment quoted in the
// narration that the other side tells without it ("officers 'may have
// located' a site" → "officers had located a site") as a hedge settled,
// not as a quote dropped.
func TestFragmentHedgeRetold(t *testing.T) {
	p := func(a string) []string {
		return []string{"Rocket launch site found", a, "Officials said the search would continue."}
	}
	runMechanismCases(t, []mechanismCase{
		{"may have located, had located", p(`Police said officers "may have located" a launch site near the border.`),
			p("Police said officers had located a launch site near the border."), []string{"altered modality"}},
		{"fragment kept", p(`Police said officers "may have located" a launch site near the border.`),
			p(`Police said officers "may have located" a launch site close to the border.`), nil},
	})
}

// TestPredicateSwapWithCount reports a predicate swapped for another with
// a count given on one side only ("were taken in for questioning" →
// "Two people have been arrested") as the predicate's change, once; a
// count changed for another is still reported.
func TestPredicateSwapWithCount(t *testing.T) {
	p := func(a string) []string {
		return []string{"Vanilla smuggling at Toamasina port", a, "Customs said the shipment had been declared as cloves."}
	}
	runMechanismCases(t, []mechanismCase{
		{"questioned to arrested, count added",
			p("A freight agent and a foreign national were taken in for questioning on Tuesday, police said."),
			p("Two people, a freight agent and a foreign national, have been arrested, police said on Tuesday."),
			[]string{"altered wording"}},
		{"count changed beside",
			p("Police said 40 kilograms of vanilla were seized and three people were taken in for questioning."),
			p("Police said 60 kilograms of vanilla were seized and three people were arrested."),
			[]string{"altered number"}},
	})
}

// TestAbilityTold keeps an ability told without a modal verb ("capable
// of handling", "were able to bid") as the same claim as "could handle",
// and a possibility turned certain still a change.
func TestAbilityTold(t *testing.T) {
	could := extract("Officials said the airport's runway could handle wide-body aircraft.", nil, nil).modal
	if got := abilityTold(could, Fold("The airport has a runway capable of handling wide-body aircraft.")); len(got) != 0 {
		t.Errorf("could against capable of: modal %v left, want none", got)
	}
	p := func(a string) []string {
		return []string{"New airport opens in Skardu", a, "Flights to Islamabad will start next month."}
	}
	runMechanismCases(t, []mechanismCase{
		{"could, were able to", p("Retail investors, who could bid from 5,000 rupees through banking apps, took a third of the issue."),
			p("Retail investors, who were able to bid from 5,000 rupees via banking apps, took a third of the issue."), nil},
		{"could, will", p("Officials said the runway could handle wide-body aircraft from next year."),
			p("Officials said the runway will handle wide-body aircraft from next year."), []string{"altered modality"}},
	})
}

// TestCountOfNamedPair keeps a count of two given on one side only, where
// the pair names two places joined by "and" ("Oraltobe and Koktal-Ata,
// two villages"), as no claim of its own; a span of two weeks is still
// one.
func TestCountOfNamedPair(t *testing.T) {
	p := func(a string) []string {
		return []string{"Floods in Kazakhstan", a, "Rescuers evacuated 1,200 people overnight."}
	}
	runMechanismCases(t, []mechanismCase{
		{"two villages named", p("Floodwater reached about 600 houses in the villages of Oraltobe and Koktal-Ata, the ministry said."),
			p("Floodwater reached about 600 houses in Oraltobe and Koktal-Ata, two villages, the ministry said."), nil},
		{"two weeks beside a pair", p("Trains between Oraltobe and Koktal-Ata will remain suspended, the ministry said."),
			p("Trains between Oraltobe and Koktal-Ata will remain suspended for two weeks, the ministry said."), []string{"altered number"}},
	})
}

// TestMoreChromeSession16 reads more lines of a page's furniture as
// chrome, and story lines of the same shape as story.
func TestMoreChromeSession16(t *testing.T) {
	runBoilerCases(t, []boilerCase{
		{"Reuters 27 January 2025 14:05 GMT", true},
		{"AFP · 14 hours ago", true},
		{"Posted by CMC on May 22, 2024", true},
		{"Comments (0)", true},
		{"(Courtesy)", true},
		{"Read next: Oberhain coach praises \"perfect\" display in Rotenfels rout", true},
		{"ALSO READ » Frontex to expand Aegean patrols, says agency chief", true},
		{"Police 27 January 2025 arrested two men near the port.", false},
		{"Read \"The Leopard\" tonight, the professor told her students.", false},
		{"The law was posted by the ministry on May 22, 2024, and took effect a week later.", false},
		{"Courtesy calls were made to the families on Monday.", false},
	})
}

// TestTallyToOne reads "one" closing a tally ("by a vote of four to
// one", "four votes to one") as a count, so that "by a 4-1 vote" is the
// same tally and "four to two" another.
func TestTallyToOne(t *testing.T) {
	p := func(a string) []string {
		return []string{"Casino licence approved", a, "Residents said they would appeal."}
	}
	runMechanismCases(t, []mechanismCase{
		{"four to one, 4-1", p("The board approved the licence by a vote of four to one on Tuesday."),
			p("The board approved the licence by a 4-1 vote on Tuesday."), nil},
		{"four votes to one, four votes to two", p("The board approved the licence by four votes to one on Tuesday."),
			p("The board approved the licence by four votes to two on Tuesday."), []string{"altered number"}},
	})
}
