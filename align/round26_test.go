package align

import (
	"slices"
	"testing"
)

// Tests of session 14's work.

// TestHarmReportedLater pairs a report of no injuries with the harm an
// update tells in its place, the count of a "no reports of" sentence
// being of what is reported, and the harm counted at a health unit or
// post as at a hospital.
func TestHarmReportedLater(t *testing.T) {
	p := func(a string, more ...string) []string {
		return append([]string{"Ship fire", "The fire was put out by the crew within an hour, the company said. " + a,
			"Passengers were asked to stay in their cabins."}, more...)
	}
	quote := "\"Our priority is to get every guest home safely,\" the chief executive said in a video."
	runMechanismCases(t, []mechanismCase{
		{"no reports of injuries to two treated",
			p("There were no reports of injuries."),
			p("Two crew members were treated for smoke inhalation, it said.", quote), []string{"altered number", "added quote"}},
		{"treated at a health unit",
			p("There have been no reports of injuries so far."),
			p("One deckhand was treated at the Assab Basic Health Unit for minor burns."),
			[]string{"altered negation"}},
		{"no reports of injuries kept",
			p("There were no reports of injuries."),
			p("No injuries were reported.", quote), []string{"added quote"}},
	})
}

// TestOpenCauseAnswered pairs a cause said not to be clear with the
// tentative answer an update gives ("a preliminary inspection pointed
// to", "preliminary findings suggest"), and does not pair an open
// question of who did something with a finding that does not tell it.
func TestOpenCauseAnswered(t *testing.T) {
	p := func(a string) []string {
		return []string{"Wall collapse", "About 40 metres of the flood wall collapsed at around 4am on Monday.",
			"Residents of 30 homes were moved to a school.", a, "Engineers will inspect the rest of the wall."}
	}
	runMechanismCases(t, []mechanismCase{
		{"not yet clear to preliminary findings", p("Officials say the cause of the breach is not yet clear."),
			p("Preliminary findings suggest the river undercut the foundation of the wall."), []string{"altered modality"}},
		{"not immediately clear to a preliminary inspection", p("It was not immediately clear what caused the wall to give way."),
			p("Officials said a preliminary inspection pointed to a corroded anchor bolt."), []string{"altered modality"}},
		{"who is not answered by a finding", p("It was not immediately clear who had built the wall."),
			p("Preliminary tests found traces of salt in the concrete."), []string{"dropped modality", "added modality"}},
		{"not clear as a state", p("The road to the school is not clear."),
			p("The road to the school is blocked."), []string{"altered negation"}},
	})
}

// TestCountRevisedAndRepeated reports a count the pair replaced with
// one of the same noun ("three cases" → "five cases") as revised, though
// the version repeats the old count in the next sentence ("The first
// three infections …"); a count only moved there is still no change.
func TestCountRevisedAndRepeated(t *testing.T) {
	tests := []struct {
		name     string
		ref, ver []string
		want     []string // details of the material divergences
	}{
		{"revised and repeated",
			[]string{"Palau has confirmed three cases of mpox, the ministry says.", "The infections were detected on Saturday among hotel staff in Koror."},
			[]string{"Palau has confirmed five cases of mpox, the ministry says.", "The first three infections were detected on Saturday among hotel staff in Koror."},
			[]string{"three cases → five cases"}},
		{"revised, other noun repeated",
			[]string{"Palau has confirmed three cases of mpox, the ministry says.", "The infections were detected on Saturday among hotel staff in Koror."},
			[]string{"Palau has confirmed five cases of mpox, the ministry says.", "Officials met three times on Saturday at a hotel in Koror."},
			[]string{"three cases → five cases"}},
		{"moved only",
			[]string{"About 2,300 members voted in the ballot.", "The union said the result was clear."},
			[]string{"Members voted in the ballot.", "About 2,300 of them took part, and the union said the result was clear."},
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, d := range Compare(doc(tt.ref...), doc(tt.ver...)).Divergences {
				if d.Material {
					got = append(got, d.Detail)
				}
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("details = %q, want %q", got, tt.want)
			}
		})
	}
}

// TestMetaLines reads a page's meta line (metaLine, which needs the
// line's capitals, so IsBoilerplate on folded text does not call it) of fields apart by dots or
// bars, or opened by labels, as chrome, and no story sentence that has a
// colon or a byline's "By".
func TestMetaLines(t *testing.T) {
	for _, tt := range []boilerCase{
		{"By Associated Press Reporter Published: 15:12 GMT, Tuesday ⋅ Updated: 15:40 GMT", true},
		{"Source: Xinhua ⋅ Editor: M. Ndlovu ⋅ 12 Feb, 19:05", true},
		{"ANI ⋅ Updated: Jun 08, 11:41 PM IST", true},
		{"PTI ⋅ Last Updated: 21 Feb, 10:46 PM IST", true},
		{"Reuters | Updated: 3 May 2026 10:04 IST", true},
		{"By Tuesday, rescuers had reached the village.", false},
		{"Source: a ministry official said the talks had failed.", false},
		{"The minister said: Updated figures will follow.", false},
		{"Note: the figures are provisional.", false},
		{"Updated: the council will vote again · officials", false},
	} {
		if got := metaLine(tt.text); got != tt.want {
			t.Errorf("metaLine(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
	ref := []string{"Mudslide buries homes", "Rescuers searched through mud on Tuesday after a slide buried 12 homes, officials said.",
		"Two people were missing."}
	runMechanismCases(t, []mechanismCase{
		{"meta line added", ref, []string{ref[0], "ANI ⋅ Updated: Jun 08, 11:41 PM IST", ref[1], ref[2]}, nil},
		{"a story sentence with a time added", ref, []string{ref[0], ref[1], ref[2], "The search resumes at 06:00 on Wednesday."}, []string{"added date"}},
	})
}

// TestSession14Facts covers this session's readings of figures, titles,
// quotes and inquiries: a share told as a ratio, a role told by a verb, a
// quotation continued across a split paragraph, an open inquiry "whether"
// settled, and harm treated at a hospital named by its town.
func TestSession14Facts(t *testing.T) {
	runMechanismCases(t, []mechanismCase{
		{"six in ten is 60 percent",
			[]string{"Vindas said roughly 60 percent of the debtors were migrants."},
			[]string{"About six in ten of the debtors are migrants, Vindas said."}, nil},
		{"one in five to one in four",
			[]string{"One in five children in the district is underweight, the survey found."},
			[]string{"One in four children in the district is underweight, the survey found."}, []string{"altered number"}},
		{"tens of thousands",
			[]string{"Thousands of dead fish have washed up on the lagoon shore."},
			[]string{"Tens of thousands of dead fish have washed up on the lagoon shore."}, []string{"altered number"}},
		{"hundreds of thousands kept",
			[]string{"Hundreds of thousands of people marched in the capital."},
			[]string{"Hundreds of thousands of people took to the streets of the capital."}, nil},
		{"one in three is a third",
			[]string{"About one in three children aged eight to nine is overweight, the survey found."},
			[]string{"Roughly a third of children aged eight to nine are overweight, the survey found."}, nil},
		{"one in four is no third",
			[]string{"One in four households in Kibera has no toilet, the survey found."},
			[]string{"A third of households in Kibera have no toilet, the survey found."}, []string{"altered number"}},
		{"one in a larger number",
			[]string{"The risk is one in 100,000 for most patients."},
			[]string{"The risk is one in 200,000 for most patients."}, []string{"altered number"}},
		{"role told by a verb",
			[]string{"Legislator Andrés Quirós, who chairs the committee, called the collection process abusive."},
			[]string{"The committee's chairman, Andrés Quirós, described the collection process as abusive."}, nil},
		{"role swapped",
			[]string{"Legislator Andrés Quirós called the collection process abusive."},
			[]string{"Senator Andrés Quirós called the collection process abusive."}, []string{"altered entity"}},
		{"quotation continued across a split paragraph",
			[]string{`"Our farmers cannot compete with subsidized imports that arrive at half the price. This tariff gives them breathing room," Hoxholli told a press conference.`},
			[]string{"“Our farmers cannot compete with subsidised imports that arrive at half the price.", "This tariff gives them breathing room,” Hoxholli told a press conference."}, nil},
		{"quotation continued and changed",
			[]string{`"Our farmers cannot compete with subsidized imports that arrive at half the price. This tariff gives them breathing room," Hoxholli told a press conference.`},
			[]string{"“Our farmers cannot compete with subsidised imports that arrive at half the price.", "This tariff gives them a fighting chance,” Hoxholli told a press conference."}, []string{"altered quote"}},
		{"inquiry settled",
			[]string{"Police said they were investigating whether the fire was started by people tapping the line to steal oil."},
			[]string{"The fire was started by people tapping the line to steal oil, police said."}, []string{"altered modality"}},
		{"inquiry planned is no hedge",
			[]string{"The minister said the government would examine whether the network had been adequately adapted."},
			[]string{"The minister said the government would look into whether the network had been adequately adapted."}, nil},
	})
	p := func(s string) []string {
		return []string{"Pipeline fire", "A fire broke out on a crude pipeline in Ahmadi on Monday. " + s, "Pumping was halted."}
	}
	runMechanismCases(t, []mechanismCase{
		{"harm at a hospital in a town", p("No injuries have been reported so far, he added."),
			p("Two contractors suffered minor burns and were treated at a hospital in Ahmadi, he added."), []string{"altered number"}},
	})
}

// TestExpectedShould reads "should" before an outcome as what is
// expected ("Repairs should take 10 days" = "are expected to take"), and
// advice ("Residents should report damage", "Paracetamol should be used
// instead") as no hedge.
func TestExpectedShould(t *testing.T) {
	p := func(s string) []string {
		return []string{"Pipeline repairs", s, "The line carries crude to the coast."}
	}
	runMechanismCases(t, []mechanismCase{
		{"expected to should", p("Cassoma said repairs were expected to take 10 to 14 days."), p("Repairs should take between 10 and 14 days, Cassoma said."), nil},
		{"due to should", p("Works are due to start in May, the ministry said."), p("Works should begin in May, the ministry said."), nil},
		{"should be restored to would be", p("Officials said the rest of the country should be reconnected by midnight."),
			p("Officials said the rest of the country would be reconnected by midnight."), []string{"altered modality"}},
		{"advice kept", p("Residents are urged to report damage to the council."), p("Residents should report damage to the council."), nil},
	})
	for _, tt := range []struct {
		s    string
		want bool
	}{
		{"Repairs should take between 10 and 14 days.", true},
		{"Power should be back by midnight.", true},
		{"Paracetamol should be used instead.", false},
		{"Anyone who bought tickets should contact the police.", false},
		{"No family should have to choose.", false},
	} {
		toks := tokenize(Fold(tt.s))
		k := slices.IndexFunc(toks, func(t token) bool { return t.lower == "should" })
		if got := epistemicShould(toks, k); got != tt.want {
			t.Errorf("epistemicShould(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

// TestMissingToDead reports a person missing on one side and dead on the
// other as a change of their state, in a headline as in the story.
func TestMissingToDead(t *testing.T) {
	runMechanismCases(t, []mechanismCase{
		{"headline and lede",
			[]string{"Two missing after river zip line snaps", "Two tourists were missing on Sunday after a zip line over the Ruvu river snapped, police said."},
			[]string{"Two dead after river zip line snaps", "Two tourists died on Sunday after a zip line over the Ruvu river snapped, police said."},
			[]string{"altered wording", "altered wording"}},
		{"still missing",
			[]string{"Two missing after river zip line snaps", "Two tourists were missing on Sunday after a zip line over the Ruvu river snapped, police said."},
			[]string{"Two still missing after river zip line snaps", "Two tourists were still missing on Sunday after a zip line over the Ruvu river snapped, police said."},
			nil},
	})
}

// TestOutletCredits reads, in a retelling, the outlet credited for the
// story ("according to Reuters", "told Reuters") as no other source,
// while one outlet for another and a body whose name ends in "Agency"
// are still sources.
func TestOutletCredits(t *testing.T) {
	for _, tt := range []struct {
		s    string
		want bool
	}{
		{"Reuters", true},
		{"the Valley Herald", true},
		{"AFP", true},
		{"the National Maritime Agency", false},
		{"the ABC, Mr Trewartha", false},
		{"Palau's government", false},
		{"officials", false},
	} {
		if got := newsOutlet(tt.s); got != tt.want {
			t.Errorf("newsOutlet(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

// TestNamePlaceByline reads a reporter's name and the place filed from,
// alone on a line above the story, as a byline.
func TestNamePlaceByline(t *testing.T) {
	story := []string{"Forest fire razes over 600 acres in Wangbarma",
		"A forest fire that started on Sunday afternoon has destroyed more than 600 acres of chir pine forest in Wangbarma gewog.",
		"More than 300 volunteers and desuups are fighting the fire."}
	runMechanismCases(t, []mechanismCase{
		{"byline dropped", []string{story[0], "Kinley Dorji, Wangbarma", story[1], story[2]}, story, nil},
		{"a name and place inside the story", append(slices.Clone(story), "Sonam Choden, Thimphu"), story, []string{"dropped entity"}},
	})
}

// TestDescribedSources reads a kind of source told in several words as
// the one noun for it ("People living nearby" are "Residents",
// "Construction firms" "Builders"), but not when the noun is qualified
// or another kind.
func TestDescribedSources(t *testing.T) {
	p := func(s string) []string { return []string{s + " said they heard a loud crack before the rocks fell."} }
	runMechanismCases(t, []mechanismCase{
		{"people living nearby", p("Residents"), p("People living nearby"), nil},
		{"construction firms", []string{"Construction firms warned that the levy would raise the cost of housing."},
			[]string{"Builders warned that the levy would raise the cost of housing."}, nil},
		{"residents of the capital", p("Residents of the capital"), p("People living nearby"), []string{"altered attribution"}},
		{"officials", p("Officials"), p("People living nearby"), []string{"altered attribution"}},
	})
}

// TestDatelineWireHeard reads a wire agency that the other document's
// dateline credits as no new audience: "Luanda (AFP) -" against "…," he
// told AFP.
func TestDatelineWireHeard(t *testing.T) {
	lede := "Luanda (AFP) - At least 12 people were killed when a hillside collapsed onto homes, officials said Saturday."
	lede2 := "At least 12 people were killed when a hillside collapsed onto homes, officials told reporters on Saturday."
	runMechanismCases(t, []mechanismCase{
		{"wire of the dateline",
			[]string{lede, `"We dug with our hands until the firefighters came," said Domingos Tchipa.`},
			[]string{lede2, `"We dug with our bare hands until help came," Domingos Tchipa told AFP.`},
			[]string{"altered quote"}},
		{"another outlet",
			[]string{lede, `"We dug with our hands until the firefighters came," said Domingos Tchipa.`},
			[]string{lede2, `"We dug with our bare hands until help came," Domingos Tchipa told Reuters.`},
			[]string{"altered quote", "altered attribution"}},
	})
}

// TestSession14Readings covers more of this session's readings: "no-one"
// denies as "no one" does, and "no one" → "nobody" changes nothing; a
// labelled weekday alone is a time stamp; number words inside a quote
// match its digits; "until … could" is no hedge; "He said" against a body
// credited on the other side is another source.
func TestSession14Readings(t *testing.T) {
	runMechanismCases(t, []mechanismCase{
		{"no-one to no one", []string{"Officials said no-one had been hurt."}, []string{"Officials said no one had been hurt."}, nil},
		{"no one to nobody", []string{"Officials said no one had been hurt."}, []string{"Officials said nobody had been hurt."}, nil},
		{"no-one to a count", []string{"Officials said no-one had been hurt."}, []string{"Officials said two people had been hurt."}, []string{"altered number"}},
		{"labelled weekday stamp",
			[]string{"Meteor lights up sky", "A bright meteor was seen over Reykjavik on Tuesday night, the Met Office said."},
			[]string{"Meteor lights up sky", "Last updated on Thursday", "A bright meteor was seen over Reykjavik on Tuesday night, the Met Office said."}, nil},
		{"number word in a quote", []string{`"We have not seen anything like it in at least twenty years," she said.`},
			[]string{`"We have not seen anything like it in at least 20 years," she said.`}, nil},
		{"scaled number words in a quote", []string{`"Seven hundred families have lost their homes," the mayor said.`},
			[]string{`"700 families have lost their homes," the mayor said.`}, nil},
		{"thousands grouped in a quote", []string{`"Two thousand people came," she said.`}, []string{`"2,000 people came," she said.`}, nil},
		{"number changed in a quote", []string{`"We have not seen anything like it in at least twenty years," she said.`},
			[]string{`"We have not seen anything like it in at least 30 years," she said.`}, []string{"altered quote"}},
		{"until could", []string{"The family is staying with relatives while the roof is repaired."},
			[]string{"The family is staying with relatives until the roof can be repaired."}, nil},
		{"he against a body",
			[]string{"Police spokesman Orlando Mabote said drivers had blocked the main road. He said 14 drivers had been arrested."},
			[]string{"Police spokesman Orlando Mabote said drivers had blocked the main road. The interior ministry said 14 drivers had been arrested."},
			[]string{"altered attribution"}},
	})
	for _, tt := range []struct {
		ref, ver string
		want     bool
	}{
		{"Dorval said no one had been hurt.", "Dorval said the boy was treated for minor cuts.", true},
		{"No deaths were reported, but two workers were taken to hospital.", "Two workers were treated in hospital.", false},
		{"No deaths were reported.", "A worker was treated in hospital for burns.", false},
		{"Nobody was killed in the blast.", "A guard died in the blast.", true},
	} {
		d := &Divergence{RefText: tt.ref, VerText: tt.ver}
		if got := harmTold(d); got != tt.want {
			t.Errorf("harmTold(%q, %q) = %v, want %v", tt.ref, tt.ver, got, tt.want)
		}
	}
}

// TestHowManyAnswered pairs a sentence that leaves an amount open with
// the one that gives an amount of the thing asked, wherever it stands,
// and reads a hedge in quotation marks as a hedge.
func TestHowManyAnswered(t *testing.T) {
	ref := []string{"Chocolate maker cuts jobs", "Kakao Dolina will close its Tuzla plant, the company said on Tuesday.",
		"Kakao Dolina said it had not yet decided how many jobs might go.", "The plant opened in 1998."}
	ver := []string{"Chocolate maker cuts jobs", "Kakao Dolina will close its Tuzla plant, the company said on Tuesday.",
		"The plant opened in 1998.", "The company said later on Wednesday that 45 of its 340 workers would be laid off by the end of March."}
	runMechanismCases(t, []mechanismCase{
		{"jobs answered by workers", ref, ver, []string{"altered number"}},
		{"scare-quoted hedge dropped", []string{`The institute said the event was "probably" caused by a meteor.`},
			[]string{"The institute said the event was caused by a meteor."}, []string{"altered modality"}},
		{"scare-quoted hedge of two words dropped", []string{`The minister said the drones were "almost certainly" not flown by hobbyists.`},
			[]string{"The minister said the drones were not flown by hobbyists."}, []string{"altered modality"}},
		{"almost certainly to probably", []string{"The minister said the drones were almost certainly not flown by hobbyists."},
			[]string{"The minister said the drones were probably not flown by hobbyists."}, nil},
		{"scare-quoted hedge unquoted", []string{`The institute said the event was "probably" caused by a meteor.`},
			[]string{"The institute said the event was probably caused by a meteor."}, nil},
	})
	for _, tt := range []struct{ f, want string }{
		{"the ministry did not say how many of the network's roughly 400 employees would be affected.", "employee"},
		{"it had not yet decided how many jobs might go.", "job"},
		{"it is unclear how much money was lost.", "money"},
	} {
		if got := askedNoun(tt.f); got != tt.want {
			t.Errorf("askedNoun(%q) = %q, want %q", tt.f, got, tt.want)
		}
	}
}

// TestExceedBound reads "can exceed 10 hours" as "more than 10 hours".
func TestExceedBound(t *testing.T) {
	runMechanismCases(t, []mechanismCase{
		{"exceed is more than", []string{"Blackouts can last more than 10 hours a day."}, []string{"Blackouts can exceed 10 hours a day."}, nil},
		{"exceed against at most", []string{"Blackouts last at most 10 hours a day."}, []string{"Blackouts can exceed 10 hours a day."}, []string{"altered number"}},
	})
}

// TestSharesOfSources reads the group a share opens as the source ("60%
// of respondents said" and "60 percent of respondents said" credit the
// respondents) and compares the share as a number.
func TestSharesOfSources(t *testing.T) {
	runMechanismCases(t, []mechanismCase{
		{"percent sign and word", []string{"About 60% of respondents said they trusted the police."},
			[]string{"About 60 percent of respondents said they trusted the police."}, nil},
		{"a share given", []string{"Most respondents said they trusted the police."},
			[]string{"About 60% of respondents said they trusted the police."}, []string{"altered number"}},
		{"ratio and fraction", []string{"One in three households reported skipping meals last winter."},
			[]string{"A third of households reported skipping meals last winter."}, nil},
		{"ratio and another fraction", []string{"One in three households reported skipping meals last winter."},
			[]string{"A quarter of households reported skipping meals last winter."}, []string{"altered number"}},
		{"a body of a place", []string{"The Ministry of Health said 12 cases were confirmed."},
			[]string{"The Ministry of Finance said 12 cases were confirmed."}, []string{"altered entity"}},
	})
}
