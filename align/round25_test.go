package align

import "testing"

// Tests of session 13's work.

// TestScaledQuartersAndBasisPoints reads "25bps" as 25 basis points and
// "half a million" and "a quarter of a million" as 500,000 and 250,000, and still reports a changed
// figure told either way.
func TestScaledQuartersAndBasisPoints(t *testing.T) {
	p := func(s string) []string { return []string{"Rates and floods", s, "Analysts had expected the move."} }
	runMechanismCases(t, []mechanismCase{
		{"bps glued", p("The bank raised its rate by 25bps to 6.5%, it said."), p("The bank raised its rate by 25 basis points to 6.5%, it said."), nil},
		{"bps spaced", p("The bank raised its rate by 25 bps to 6.5%, it said."), p("The bank raised its rate by a quarter of a percentage point to 6.5%, it said."), nil},
		{"bps changed", p("The bank raised its rate by 25bps to 6.5%, it said."), p("The bank raised its rate by 50 basis points to 6.5%, it said."), []string{"altered number"}},
		{"quarter of a million", p("About a quarter of a million people fled, the UN said."), p("About 250,000 people fled, the UN said."), nil},
		{"three quarters of a billion", p("The dam will cost three-quarters of a billion dollars, he said."), p("The dam will cost $750 million, he said."), nil},
		{"half a million", p("About half a million people fled, the UN said."), p("About 500,000 people fled, the UN said."), nil},
		{"one and a half million", p("About one and a half million people fled, the UN said."), p("About 1.5 million people fled, the UN said."), nil},
		{"half a million changed", p("About half a million people fled, the UN said."), p("About 600,000 people fled, the UN said."), []string{"altered number"}},
		{"quarter of a million changed", p("About a quarter of a million people fled, the UN said."), p("About 150,000 people fled, the UN said."), []string{"altered number"}},
	})
}

// TestAdjectivalSources tells apart a source named by a noun that is
// also an adjective from a source that adjective qualifies: "Locals" are
// not "Local officials".
func TestAdjectivalSources(t *testing.T) {
	p := func(s string) []string { return []string{"Brown water", s, "Traders say losses are mounting."} }
	runMechanismCases(t, []mechanismCase{
		{"locals to local officials", p("Locals said the water had turned brown overnight."), p("Local officials said the water had turned brown overnight."), []string{"altered attribution"}},
		{"official to official media", p("An official said the water had turned brown overnight."), p("Official media said the water had turned brown overnight."), []string{"altered attribution"}},
		{"locals to residents", p("Locals said the water had turned brown overnight."), p("Residents said the water had turned brown overnight."), nil},
		{"panel qualified", p("The panel said the water had turned brown overnight."), p("The three-judge panel said the water had turned brown overnight."), nil},
	})
}

// TestResponsesGiven pairs a party's "no comment" with the response an
// update gives in its place, reports it as one claim, and reads no "no
// comment" into a return to normal or a negator inside a reworded quote.
func TestResponsesGiven(t *testing.T) {
	p := func(s string) []string {
		return []string{"Fish kill", "Villagers blamed a fuel depot upstream. " + s, "Samples were sent to a laboratory."}
	}
	runMechanismCases(t, []mechanismCase{
		{"company responds", p("The company has not responded to questions."),
			p("The company said in a statement on Friday that a valve had failed."), []string{"altered wording"}},
		{"party named responds", p("Tasman Oils did not respond to a request for comment."),
			p("Tasman Oils said on Friday that a valve had failed."), []string{"altered wording"}},
		{"response with a quote", p("Tasman Oils did not respond to a request for comment."),
			p("Tasman Oils said on Friday it had \"nothing to hide\"."), []string{"altered quote"}},
		{"no answer either way", p("It did not respond to requests for comment."), p("The company did not answer requests for comment."), nil},
		{"emails unanswered", p("Tasman Oils did not respond to emails seeking comment."), p("Emails to Tasman Oils went unanswered."), nil},
		{"further comment declined", p("The company said it could not comment further."), p("The company declined further comment."), nil},
		{"no return to normal", p("Tests show oxygen levels have started to return to normal."),
			p("Tests show oxygen levels have not yet returned to normal."), []string{"altered negation"}},
		{"negator inside a reworded quote", p("\"We will not reopen until every family is paid,\" the manager said."),
			p("\"We will reopen tonight because every family will be paid by Friday,\" the manager said."), []string{"altered quote"}},
	})
}

// TestHarmCountedAtHospital pairs "No injuries have been reported" with
// the count an update gives of people treated at a named hospital, and
// reads falling ill as harm.
func TestHarmCountedAtHospital(t *testing.T) {
	p := func(s ...string) []string {
		return append([]string{"Dormitory fire", "A fire destroyed a dormitory at a children's home on Tuesday night."}, s...)
	}
	runMechanismCases(t, []mechanismCase{
		{"treated at a named hospital", p("No injuries have been reported.", "The cause is not known."),
			p("The cause is not known.", "Two children were treated at Tungaru Central Hospital for smoke inhalation."), []string{"altered number"}},
		{"fell ill", p("No one has fallen ill.", "The cause is not known."),
			p("The cause is not known.", "Three people fell ill after eating fish from the lagoon."), []string{"altered number"}},
	})
}

// TestSourcesOfDataAndEstimates credits figures to the party they belong
// to ("according to government figures") and keeps a preliminary
// finding's hedge when a retelling tells its clause plainly.
func TestSourcesOfDataAndEstimates(t *testing.T) {
	runMechanismCases(t, []mechanismCase{
		retoldCase("data of another party", "About 8,000 people in the district depend on fishing, according to the cooperative.",
			"Around 8,000 people in the district rely on fishing, according to government figures.", "altered attribution"),
		retoldCase("data of no party", "About 8,000 people in the district depend on fishing, according to official figures.",
			"Around 8,000 people in the district rely on fishing, according to official data."),
	})
	// The hedge of a finding governs the clause it states.
	for _, tc := range []struct {
		own, other string
		want       bool
	}{
		{"our preliminary finding is that a brake did not engage", "the minister said a brake had failed to engage", true},
		{"preliminary results suggest the pump failed", "the engineer said the pump had failed", true},
		{"preliminary finding is that a brake did not engage", "the minister said the park would close", false},
	} {
		if got := hedgedKept(words(tc.own), []string{"preliminary"}, words(tc.other)); got != tc.want {
			t.Errorf("hedgedKept(%q, preliminary, %q) = %v, want %v", tc.own, tc.other, got, tc.want)
		}
	}
}

// TestSet42Readings covers the set42 round: one of two hedges of a class
// settled; "symptoms appear" is no hedge; a name given where it was
// withheld is one change of entity; "neither bank responded" is no
// comment.
func TestSet42Readings(t *testing.T) {
	p := func(s string) []string {
		return []string{"Cable cut", "A fibre cable was cut on Monday. " + s, "The ministry has not commented."}
	}
	runMechanismCases(t, []mechanismCase{
		{"one of two hedges settled", p("About 60% of services may be restored by the evening, but repairs could take until Thursday."),
			p("About 60% of services had been restored by the evening, but repairs could take until Thursday."), []string{"altered modality"}},
		{"two hedges kept", p("About 60% of services may be restored by the evening, but repairs could take until Thursday."),
			p("About 60% of services could be restored by the evening, but repairs may take until Thursday."), nil},
		{"a presence, not a hedge", p("Rabies is almost always fatal once symptoms appear."), p("Rabies is nearly always fatal once symptoms show."), nil},
		{"a hedge of appearance", p("The cut appears to have been accidental."), p("The cut was accidental."), []string{"altered modality"}},
		{"name given", p("The driver, whose name has not been released, was arrested."),
			p("The driver, identified by police as Ivan Petrov, 41, was arrested."), []string{"altered entity"}},
		{"name withheld", p("The driver, identified by police as Ivan Petrov, 41, was arrested."),
			p("The driver, whose name has not been released, was arrested."), []string{"altered entity"}},
		{"neither responded", p("Neither company responded to requests for comment."),
			p("Neither company replied to requests for comment."), nil},
	})
	if !noComment("neither bank responded to requests for comment") {
		t.Error(`noComment("neither bank responded …") = false`)
	}
}

// TestOpenMatterAnsweredInPlace pairs the one sentence left on each side of a
// paragraph when one says a matter is not known yet and the other
// answers it, and keeps that answer a change of modality in a retelling.
func TestOpenMatterAnsweredInPlace(t *testing.T) {
	p := func(s string) []string {
		return []string{"Cable cut", "The damage was on a section of cable near the village of Zhukovshchina. " + s, "Repairs began on Tuesday."}
	}
	runMechanismCases(t, []mechanismCase{
		{"cause given", p("The cause was not yet known, it said."), p("It said the cable had been cut by an excavator."), []string{"altered modality"}},
		{"condition given", p("His condition was not known."), p("He died in hospital shortly after 5pm."), []string{"altered modality"}},
		{"no cause in the other", p("The cause was not yet known, it said."), p("Crews from Minsk were sent to the site."), []string{"dropped modality", "added entity"}},
		{"open both ways", p("It did not say when water would be restored."), p("There was no word on when supply would resume."), nil},
		retoldCase("cause given in a retelling", "The utility said the cause of the flooding was under investigation.",
			"The utility blamed the flooding on a blocked drain.", "altered modality"),
	})
	// Open either way: no hedge changed.
	c := Compare(doc(p("The cause of the cut is under investigation.")...), doc(p("Authorities are investigating the cause of the cut.")...))
	for _, d := range c.Divergences {
		if d.Material && d.Facet == FacetModality {
			t.Errorf("open either way: %s %s %q", d.Kind, d.Facet, d.Detail)
		}
	}
}

// TestCountryOfSource matches a source specified by its country on one
// side with the same body on the other, and keeps two countries' bodies
// apart.
func TestCountryOfSource(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"No one was hurt, the country's Ministry of Emergency Situations said.", "Belarus's emergencies ministry said no one was hurt.", true},
		{"No one was hurt, the Belarusian ministry said.", "The ministry said no one was hurt.", true},
		{"No one was hurt, the Belarusian ministry said.", "The Russian ministry said no one was hurt.", false},
		{"No one was hurt, the Ministry of Emergency Situations said.", "Police in Belarus said no one was hurt.", false},
	} {
		fa, fb := extract(tc.a, nil, nil), extract(tc.b, nil, nil)
		if len(fa.attribs) != 1 || len(fb.attribs) != 1 {
			t.Fatalf("attributions of %q, %q: %d, %d", tc.a, tc.b, len(fa.attribs), len(fb.attribs))
		}
		if got := attribMatch(fa.attribs[0], fb.attribs[0]); got != tc.want {
			t.Errorf("attribMatch(%q, %q) = %v, want %v", fa.attribs[0].text, fb.attribs[0].text, got, tc.want)
		}
	}
}

// TestConditionsAndFrequencies reads "without treatment" as "if not
// treated", "nearly always" as a hedge that "always" drops, and a time
// ago whose digits a feed stripped as chrome.
func TestConditionsAndFrequencies(t *testing.T) {
	p := func(s string) []string {
		return []string{"Rabies", "A girl died of rabies on Monday. " + s, "The ministry sent vaccines."}
	}
	runMechanismCases(t, []mechanismCase{
		{"without and if not", p("The disease is fatal without treatment."), p("The disease is fatal if not treated."), nil},
		{"nearly always to always", p("Cases are nearly always fatal."), p("Cases are always fatal."), []string{"altered modality"}},
		{"almost and nearly always", p("Cases are almost always fatal."), p("Cases are nearly always fatal."), nil},
		{"treatment given", p("The disease is fatal without treatment."), p("The disease is fatal even with treatment."), []string{"altered negation"}},
	})
	runBoilerCases(t, []boilerCase{
		{"Anadolu Agency | Updated  hours ago", true},
		{"Updated an hour ago", true},
		{"Updated three hours ago, the minister said.", false},
	})
}

// TestNamedBySource reads who named a person as the source of the name,
// and not what identified them.
func TestNamedBySource(t *testing.T) {
	p := func(s string) []string { return []string{"Air show crash", s, "The show was cancelled."} }
	runMechanismCases(t, []mechanismCase{
		{"named by another", p("The pilot, named by organisers as Marcus Teah, was taken to hospital."),
			p("The pilot, named by police as Marcus Teah, was taken to hospital."), []string{"altered attribution"}},
		{"identified for named", p("The pilot, named by police as Marcus Teah, was taken to hospital."),
			p("The pilot, identified by police as Marcus Teah, was taken to hospital."), nil},
		{"identified by records", p("The pilot, identified by dental records as Marcus Teah, died in hospital."),
			p("The pilot, identified as Marcus Teah, died in hospital."), nil},
		{"named as an honour", p("Teah, named by Forbes as one of Africa's top young pilots, flew first."),
			p("Teah, named by Time as one of Africa's top young pilots, flew first."), []string{"altered entity"}},
	})
}

// TestQuoteContinued joins a quote's next sentence, quoted whole, to the
// pair of the sentence it continues, so that the rewording of its words
// is the quote's change, not a quote dropped and another added.
func TestQuoteContinued(t *testing.T) {
	ref := []string{"Sinkhole swallows road", `"We heard a dull bang, and then the car alarms started," said Natalya Bortnik, 52, who lives on the second floor. "When I looked out of the window, the road was simply gone."`, "Nobody was hurt."}
	ver := []string{"Sinkhole swallows road", `Natalya Bortnik, 52, who lives on the second floor, said: "We heard a dull bang, and then the car alarms started. When I looked out of the window, the whole street had vanished."`, "Nobody was hurt."}
	runMechanismCases(t, []mechanismCase{{"reworded continuation", ref, ver, []string{"altered quote"}}})
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{`"When I looked out, the road was gone."`, true},
		{`“When I looked out, the road was gone.”`, true},
		{`"Yes," he said, "we will."`, false},
		{`He said: "We will."`, false},
	} {
		if got := quotedWhole(tc.s); got != tc.want {
			t.Errorf("quotedWhole(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}

// TestReviewSession13 keeps the cases of this session's review by fresh
// eyes that the first rules of the session got wrong: no comment read
// into a patient's response or a hotline's calls, a response from last
// year, sick leave as harm, causes and conditions answered by unrelated
// sentences, two different open questions, "it appears" at a sentence's
// end, what identified a body or an honour read as a source, "BP" as
// basis points, a first name read as a country, and a quote added beside
// one kept.
func TestReviewSession13(t *testing.T) {
	runMechanismCases(t, []mechanismCase{
		{"nc near neither patient responded",
			[]string{"An eight-year-old girl died of rabies in the southern district of Tessaoua on Monday, health officials said.", "Two other children were admitted to hospital last week. Neither patient responded to the antiviral treatment.", "The ministry has sent 5,000 doses of vaccine to the district."},
			[]string{"An eight-year-old girl died of rabies in the southern district of Tessaoua on Monday, health officials said.", "Two other children were admitted to hospital last week. Both patients responded to the antiviral treatment.", "The ministry has sent 5,000 doses of vaccine to the district."},
			[]string{"altered negation"}},
		{"nc near hotline answer calls",
			[]string{"Heavy rain caused the Sava river to burst its banks on Sunday, flooding villages across the valley.", "Roads into the valley were closed. The regional hotline did not answer calls from stranded residents on Sunday, villagers said.", "More rain is forecast for the weekend."},
			[]string{"Heavy rain caused the Sava river to burst its banks on Sunday, flooding villages across the valley.", "Roads into the valley were closed. The regional hotline answered calls from stranded residents on Sunday, villagers said.", "More rain is forecast for the weekend."},
			[]string{"altered negation"}},
		{"nc near minister answered questions",
			[]string{"Heavy rain caused the Sava river to burst its banks on Sunday, flooding villages across the valley.", "Roads into the valley were closed. The minister did not answer questions about flood defences in parliament on Monday.", "More rain is forecast for the weekend."},
			[]string{"Heavy rain caused the Sava river to burst its banks on Sunday, flooding villages across the valley.", "Roads into the valley were closed. The minister answered questions about flood defences in parliament on Monday.", "More rain is forecast for the weekend."},
			[]string{"altered negation"}},
		{"nc near company background",
			[]string{"Thousands of dead fish washed up along the Kaweka River near the town of Oruna on Wednesday, residents said.", "Villagers blamed a fuel depot upstream run by Tasman Oils. The company did not respond to questions.", "Samples of the water were sent to a laboratory in the capital for testing."},
			[]string{"Thousands of dead fish washed up along the Kaweka River near the town of Oruna on Wednesday, residents said.", "Villagers blamed a fuel depot upstream run by Tasman Oils. The company said last year it would spend $2 million upgrading the depot.", "Samples of the water were sent to a laboratory in the capital for testing."},
			[]string{"dropped wording", "added number"}},
		{"harm near sick leave",
			[]string{"A fire destroyed a furniture warehouse in the port district of Kelston on Tuesday night.", "Firefighters fought the blaze for six hours. No one was injured.", "The warehouse was owned by Delmar Logistics, according to the port authority."},
			[]string{"A fire destroyed a furniture warehouse in the port district of Kelston on Tuesday night.", "Firefighters fought the blaze for six hours. Three staff were on sick leave at the time, the manager said.", "The warehouse was owned by Delmar Logistics, according to the port authority."},
			[]string{"dropped negation", "added number"}},
		{"harm near hospital patients moved",
			[]string{"A fire destroyed a furniture warehouse in the port district of Kelston on Tuesday night.", "Firefighters fought the blaze for six hours. No injuries were reported.", "The warehouse was owned by Delmar Logistics, according to the port authority."},
			[]string{"A fire destroyed a furniture warehouse in the port district of Kelston on Tuesday night.", "Firefighters fought the blaze for six hours. Smoke drifted over Kelston General Hospital, where 40 sick patients were moved to another wing.", "The warehouse was owned by Delmar Logistics, according to the port authority."},
			[]string{"dropped negation", "added number"}},
		{"open near by not cause",
			[]string{"A fibre-optic cable linking the capital to the north was cut on Monday, leaving thousands without internet access.", "The damage was on a section of cable near the village of Zhukovshchina. The cause was not yet known, it said.", "Repair crews began work on Tuesday morning."},
			[]string{"A fibre-optic cable linking the capital to the north was cut on Monday, leaving thousands without internet access.", "The damage was on a section of cable near the village of Zhukovshchina. The damaged section was repaired by a crew from Minsk.", "Repair crews began work on Tuesday morning."},
			[]string{"dropped modality", "added entity"}},
		{"open near due not cause",
			[]string{"A fibre-optic cable linking the capital to the north was cut on Monday, leaving thousands without internet access.", "The damage was on a section of cable near the village of Zhukovshchina. The cause was not yet known, it said.", "Repair crews began work on Tuesday morning."},
			[]string{"A fibre-optic cable linking the capital to the north was cut on Monday, leaving thousands without internet access.", "The damage was on a section of cable near the village of Zhukovshchina. Repairs are due to be finished by Friday.", "Repair crews began work on Tuesday morning."},
			[]string{"dropped modality", "added date"}},
		{"open near because unrelated",
			[]string{"A fibre-optic cable linking the capital to the north was cut on Monday, leaving thousands without internet access.", "The damage was on a section of cable near the village of Zhukovshchina. The cause was not yet known, it said.", "Repair crews began work on Tuesday morning."},
			[]string{"A fibre-optic cable linking the capital to the north was cut on Monday, leaving thousands without internet access.", "The damage was on a section of cable near the village of Zhukovshchina. Schools in the area closed because the internet was down.", "Repair crews began work on Tuesday morning."},
			[]string{"dropped modality", "added wording"}},
		{"open near blamed effect",
			[]string{"A fibre-optic cable linking the capital to the north was cut on Monday, leaving thousands without internet access.", "The damage was on a section of cable near the village of Zhukovshchina. The cause was not yet known, it said.", "Repair crews began work on Tuesday morning."},
			[]string{"A fibre-optic cable linking the capital to the north was cut on Monday, leaving thousands without internet access.", "The damage was on a section of cable near the village of Zhukovshchina. Shopkeepers blamed the outage for a day of lost sales.", "Repair crews began work on Tuesday morning."},
			[]string{"dropped modality", "added wording"}},
		{"open near other event cause",
			[]string{"A fibre-optic cable linking the capital to the north was cut on Monday, leaving thousands without internet access.", "The damage was on a section of cable near the village of Zhukovshchina. The cause was not yet known, it said.", "Repair crews began work on Tuesday morning."},
			[]string{"A fibre-optic cable linking the capital to the north was cut on Monday, leaving thousands without internet access.", "The damage was on a section of cable near the village of Zhukovshchina. A similar cut last year was blamed on a farmer ploughing a field.", "Repair crews began work on Tuesday morning."},
			[]string{"dropped modality", "added date"}},
		{"open near condition other people",
			[]string{"A fibre-optic cable linking the capital to the north was cut on Monday, leaving thousands without internet access.", "A worker was hurt when the trench collapsed. His condition was not known.", "Repair crews began work on Tuesday morning."},
			[]string{"A fibre-optic cable linking the capital to the north was cut on Monday, leaving thousands without internet access.", "A worker was hurt when the trench collapsed. Two other workers were treated in hospital for cuts.", "Repair crews began work on Tuesday morning."},
			[]string{"dropped modality", "added number"}},
		{"open near two different rewritten",
			[]string{"A light aircraft crashed during an air show at Roberts Field on Saturday afternoon, witnesses said.", "The plane came down in a field beyond the runway. Police did not say who was flying the plane.", "The remaining displays were cancelled."},
			[]string{"A light aircraft crashed during an air show at Roberts Field on Saturday afternoon, witnesses said.", "The plane came down in a field beyond the runway. Police did not say how many people had been hurt.", "The remaining displays were cancelled."},
			[]string{"altered wording"}},
		{"hed near it appears end",
			[]string{"A fibre-optic cable linking the capital to the north was cut on Monday, leaving thousands without internet access.", "The damage was on a section of cable near the village of Zhukovshchina. The cut was accidental, it appears.", "Repair crews began work on Tuesday morning."},
			[]string{"A fibre-optic cable linking the capital to the north was cut on Monday, leaving thousands without internet access.", "The damage was on a section of cable near the village of Zhukovshchina. The cut was accidental.", "Repair crews began work on Tuesday morning."},
			[]string{"altered modality"}},
		{"nmd near dental records",
			[]string{"A light aircraft crashed during an air show at Roberts Field on Saturday afternoon, witnesses said.", "The plane came down in a field beyond the runway. The pilot, identified by dental records as Marcus Teah, died at the scene.", "The remaining displays were cancelled."},
			[]string{"A light aircraft crashed during an air show at Roberts Field on Saturday afternoon, witnesses said.", "The plane came down in a field beyond the runway. The pilot, identified as Marcus Teah, died at the scene.", "The remaining displays were cancelled."},
			nil},
		{"nmd near tail number",
			[]string{"A light aircraft crashed during an air show at Roberts Field on Saturday afternoon, witnesses said.", "The plane came down in a field beyond the runway. The plane, identified by its tail number as a Yak-52, belonged to a flying club.", "The remaining displays were cancelled."},
			[]string{"A light aircraft crashed during an air show at Roberts Field on Saturday afternoon, witnesses said.", "The plane came down in a field beyond the runway. The plane, a Yak-52, belonged to a flying club.", "The remaining displays were cancelled."},
			nil},
		{"nmd near honour named by",
			[]string{"A light aircraft crashed during an air show at Roberts Field on Saturday afternoon, witnesses said.", "The plane came down in a field beyond the runway. The pilot, Marcus Teah, named by Forbes as one of Africa's top young entrepreneurs, was taken to hospital.", "The remaining displays were cancelled."},
			[]string{"A light aircraft crashed during an air show at Roberts Field on Saturday afternoon, witnesses said.", "The plane came down in a field beyond the runway. The pilot, Marcus Teah, named by Time as one of Africa's top young entrepreneurs, was taken to hospital.", "The remaining displays were cancelled."},
			[]string{"altered entity"}},
		{"alw almost invariably",
			[]string{"An eight-year-old girl died of rabies in the southern district of Tessaoua on Monday, health officials said.", "She was bitten by a stray dog three weeks ago. Cases are nearly always fatal.", "The ministry has sent 5,000 doses of vaccine to the district."},
			[]string{"An eight-year-old girl died of rabies in the southern district of Tessaoua on Monday, health officials said.", "She was bitten by a stray dog three weeks ago. Cases are almost invariably fatal.", "The ministry has sent 5,000 doses of vaccine to the district."},
			nil},
		{"src locals local people",
			[]string{"Heavy rain caused the Sava river to burst its banks on Sunday, flooding villages across the valley.", "Roads into the valley were closed. Locals said the water rose by two metres overnight.", "More rain is forecast for the weekend."},
			[]string{"Heavy rain caused the Sava river to burst its banks on Sunday, flooding villages across the valley.", "Roads into the valley were closed. Local people said the water rose by two metres overnight.", "More rain is forecast for the weekend."},
			nil},
		{"fig bp company not unit",
			[]string{"Heavy rain caused the Sava river to burst its banks on Sunday, flooding villages across the valley.", "Roads into the valley were closed. Protesters blockaded 25 BP petrol stations across the valley.", "More rain is forecast for the weekend."},
			[]string{"Heavy rain caused the Sava river to burst its banks on Sunday, flooding villages across the valley.", "Roads into the valley were closed. Protesters blockaded 25 Shell petrol stations across the valley.", "More rain is forecast for the weekend."},
			[]string{"altered entity"}},
		{"cty near first name jordan",
			[]string{"A large sinkhole opened on Lenin Street in the city of Gomel early on Friday, swallowing part of the road and two parked cars.", "The hole was about 15 metres wide. No one was hurt, police spokesman Jordan Ellis said.", "City officials said the street would stay closed for at least a week."},
			[]string{"A large sinkhole opened on Lenin Street in the city of Gomel early on Friday, swallowing part of the road and two parked cars.", "The hole was about 15 metres wide. Police spokesman Mark Ellis said no one was hurt.", "City officials said the street would stay closed for at least a week."},
			[]string{"altered attribution"}},
		{"q added continuation",
			[]string{"A large sinkhole opened on Lenin Street in the city of Gomel early on Friday, swallowing part of the road and two parked cars.", "\"We heard a dull bang, and then the car alarms started,\" said Natalya Bortnik, 52.", "City officials said the street would stay closed for at least a week."},
			[]string{"A large sinkhole opened on Lenin Street in the city of Gomel early on Friday, swallowing part of the road and two parked cars.", "\"We heard a dull bang, and then the car alarms started,\" said Natalya Bortnik, 52. \"The car alarms went on for an hour after the bang.\"", "City officials said the street would stay closed for at least a week."},
			[]string{"added quote"}},
		{"q dropped continuation",
			[]string{"A large sinkhole opened on Lenin Street in the city of Gomel early on Friday, swallowing part of the road and two parked cars.", "\"We heard a dull bang, and then the car alarms started,\" said Natalya Bortnik, 52. \"The car alarms went on for an hour after the bang.\"", "City officials said the street would stay closed for at least a week."},
			[]string{"A large sinkhole opened on Lenin Street in the city of Gomel early on Friday, swallowing part of the road and two parked cars.", "\"We heard a dull bang, and then the car alarms started,\" said Natalya Bortnik, 52.", "City officials said the street would stay closed for at least a week."},
			[]string{"dropped quote"}},
		{"nc answer questions declined",
			[]string{"Thousands of dead fish washed up along the Kaweka River near the town of Oruna on Wednesday, residents said.", "Villagers blamed a fuel depot upstream run by Tasman Oils. The company's manager did not answer questions from reporters.", "Samples of the water were sent to a laboratory in the capital for testing."},
			[]string{"Thousands of dead fish washed up along the Kaweka River near the town of Oruna on Wednesday, residents said.", "Villagers blamed a fuel depot upstream run by Tasman Oils. The company's manager declined to answer questions from reporters.", "Samples of the water were sent to a laboratory in the capital for testing."},
			nil},
		{"nc near bodies not returned",
			[]string{"A fire destroyed a furniture warehouse in the port district of Kelston on Tuesday night.", "Two night guards died in the blaze. The bodies were not returned to the families.", "The warehouse was owned by Delmar Logistics, according to the port authority."},
			[]string{"A fire destroyed a furniture warehouse in the port district of Kelston on Tuesday night.", "Two night guards died in the blaze. The bodies have been returned to the families.", "The warehouse was owned by Delmar Logistics, according to the port authority."},
			[]string{"altered negation"}},
	})
}

// TestSet44Readings covers the set44 round: a wire's end mark and
// signature, a feed's note that the newsroom did not edit it and a
// reading time are chrome; an amount not known yet and then estimated is
// a change of number; an exemption says what "will pay no" says; "over
// the weekend" is a date.
func TestSet44Readings(t *testing.T) {
	runBoilerCases(t, []boilerCase{
		{"==Kyodo", true},
		{"Kyodo News", true},
		{"The Associated Press", true},
		{"This content is provided by Xinhua News Agency and has not been edited by our newsroom.", true},
		{"The news agency said 40 people died.", false},
	})
	p := func(s string) []string {
		return []string{"Ticket scam", "Fake tickets were sold online. " + s, "Police urged buyers to check."}
	}
	runMechanismCases(t, []mechanismCase{
		{"amount estimated", p("Police did not say how much money had been lost."), p("Police now estimate losses at more than A$31,000."), []string{"altered number"}},
		{"exemption", p("The firm gets a ten-year exemption from customs duties."), p("The firm will pay no customs duties for ten years."), nil},
		{"weekend to a day", p("The site went offline some time over the weekend."), p("The site went offline late on Saturday night."), []string{"altered date"}},
		{"weekend kept", p("Heavy rain over the weekend flooded the office."), p("Heavy weekend rain flooded the office."), nil},
		{"reading time", []string{"Ticket scam", "Reading time: 3 min", "Fake tickets were sold online.", "Police urged buyers to check."},
			[]string{"Ticket scam", "Reading time:  min", "Fake tickets were sold online.", "Police urged buyers to check."}, nil},
	})
}

// TestReviewSession13Second keeps the cases of the session's second
// review that the set44 round and the first review's fixes got wrong:
// calls or messages to a party not returned are no comment without a
// word for the press; a press word elsewhere in the sentence ("…,
// residents told reporters") or an open letter makes none; a story
// sentence on what a newsroom did not edit is no feed's note.
func TestReviewSession13Second(t *testing.T) {
	runMechanismCases(t, []mechanismCase{
		{"r5 calls not returned plain",
			[]string{"Police in Brisbane have warned music fans about fake tickets for next month's Riverstage festival sold on social media.", "The ticket site was registered to a company in Perth. Calls to the company were not returned on Friday.", "Police urged buyers to purchase tickets only from official outlets."},
			[]string{"Police in Brisbane have warned music fans about fake tickets for next month's Riverstage festival sold on social media.", "The ticket site was registered to a company in Perth. The company said on Friday it was cooperating with police.", "Police urged buyers to purchase tickets only from official outlets."},
			[]string{"altered wording"}},
		{"r5 phone calls club",
			[]string{"Rovers beat City 2-1 in the derby on Saturday to move top of the league.", "Okafor was not in the squad. Phone calls to the club were not returned.", "Rovers play away at Athletic next week."},
			[]string{"Rovers beat City 2-1 in the derby on Saturday to move top of the league.", "Okafor was not in the squad. The club said on Monday he had been suspended.", "Rovers play away at Athletic next week."},
			[]string{"altered wording"}},
		{"r5 messages ministry",
			[]string{"Opposition lawmakers walked out of parliament on Tuesday during a debate on the budget.", "Messages left with the finance ministry were not returned on Tuesday.", "The budget vote is scheduled for next week."},
			[]string{"Opposition lawmakers walked out of parliament on Tuesday during a debate on the budget.", "The finance ministry said on Tuesday the budget would stay as drafted.", "The budget vote is scheduled for next week."},
			[]string{"altered wording"}},
		{"r5 near hotline told reporters",
			[]string{"A storm swept across southern Sweden on Friday, bringing down trees and power lines.", "Emergency calls to the hotline went unanswered on Sunday, residents told reporters.", "Train services between Malmo and Gothenburg were suspended."},
			[]string{"A storm swept across southern Sweden on Friday, bringing down trees and power lines.", "Emergency calls to the hotline were answered on Sunday, residents told reporters.", "Train services between Malmo and Gothenburg were suspended."},
			[]string{"altered negation"}},
		{"r5 near neither minister letter",
			[]string{"Opposition lawmakers walked out of parliament on Tuesday during a debate on the budget.", "Neither minister responded to the journalists' union's open letter.", "The budget vote is scheduled for next week."},
			[]string{"Opposition lawmakers walked out of parliament on Tuesday during a debate on the budget.", "Both ministers responded to the journalists' union's open letter.", "The budget vote is scheduled for next week."},
			[]string{"altered negation"}},
		{"r1 near newsroom story",
			[]string{"Staff at the state broadcaster walked out on Monday over claims of political interference.", "The union said the leaked transcript has not been edited by the broadcaster's newsroom.", "Management denied the claims."},
			[]string{"Staff at the state broadcaster walked out on Monday over claims of political interference.", "The union said the leaked transcript has been edited by the broadcaster's newsroom.", "Management denied the claims."},
			[]string{"altered negation"}},
		{"r1 near desk has story",
			[]string{"A football club apologised on Friday for a video interview with its coach.", "The club said the interview has not been edited by its media desk.", "The coach has not commented."},
			[]string{"A football club apologised on Friday for a video interview with its coach.", "The club said the interview has been edited by its media desk.", "The coach has not commented."},
			[]string{"altered negation"}},
	})
	runBoilerCases(t, []boilerCase{
		{"Reading time: 3 min", true},
		{"Agence France-Presse", true},
		{"The report has not been edited by the ministry's newsroom, a spokesman said.", false},
	})
}

// TestFearedAndSurpassed reads "feared lost" as a belief and "far
// exceeded" as a comparison made stronger.
func TestFearedAndSurpassed(t *testing.T) {
	p := func(s string) []string { return []string{"Drill", s, "The drill ended at noon."} }
	runMechanismCases(t, []mechanismCase{
		{"feared lost settled", p("Vaccine stock on the outer islands is feared lost."), p("Vaccine stock on the outer islands was lost."), []string{"altered modality"}},
		{"feared kept", p("Several people are feared trapped."), p("Several people are believed to be trapped."), nil},
		{"fear as a verb", p("Residents feared losing their homes."), p("Residents worried about losing their homes."), nil},
		{"far exceeded", p("Turnout exceeded expectations, he said."), p("Turnout far exceeded expectations, he said."), []string{"altered characterization"}},
	})
}

// TestNotAnyCounted reads "not … any" as a count of none, which a count
// given replaces.
func TestNotAnyCounted(t *testing.T) {
	p := func(s string) []string {
		return []string{"Eagles shot", "Two eagles were found shot. " + s, "Rangers are patrolling."}
	}
	runMechanismCases(t, []mechanismCase{
		{"arrests made", p("Police have not made any arrests, a source said."), p("Police arrested two men on Monday evening, a source said."), []string{"altered number"}},
		{"none kept", p("Police have not made any arrests, a source said."), p("No arrests have been made, a source said."), nil},
	})
	if zeroCount("police did not say whether they had any leads") {
		t.Error(`zeroCount read "not say whether they had any" as none`)
	}
}

// TestPreliminaryFigureRevised reads a preliminary figure revised as one
// change of number, not also a hedge dropped.
func TestPreliminaryFigureRevised(t *testing.T) {
	p := func(s string) []string { return []string{"Drill", s, "The drill ended at noon."} }
	runMechanismCases(t, []mechanismCase{
		{"revised", p("Preliminary figures suggest around 4,500 people took part."), p("Figures suggest around 5,100 people took part."), []string{"altered number"}},
		{"settled", p("Preliminary figures suggest around 4,500 people took part."), p("Figures suggest around 4,500 people took part."), []string{"altered modality"}},
	})
}

// TestLateSession13Chrome covers the last readings of the session, taken
// from set43 and set45 after they were measured: a caption of a handout
// photo, a picture's credit, a wire's signature with its time, "Updated
// today"; "neighbourhoods" spelled either way; "Đurišić" written
// "Djurisic" and "Đức" written "Duc".
func TestLateSession13Chrome(t *testing.T) {
	runBoilerCases(t, []boilerCase{
		{"The Azure Meridian, seen at anchor off Mahé in an undated handout photo.", true},
		{"Protesters are seen outside parliament in this photo.", true},
		{"Police said the suspect, seen in a handout photo released on Monday, fled.", false},
		{"Belvaux Cruises/Handout", true},
		{"From the Associated Press", true},
		{"Associated Press, Thursday 16:12 BST", true},
		{"Reuters, Thursday, 3 boats sank.", false},
		{"Updated today", true},
		{"Updated today with the minister's remarks, the site said.", false},
		{"Published 11:20 Monday", true},
		{"Updated Monday at 15:40.", true},
		{"Updated Monday at 15:40 police said", false},
	})
	p := func(s string) []string { return []string{"Bread strike", s, "Bakeries reopened on Friday."} }
	runMechanismCases(t, []mechanismCase{
		{"spelling in a quote", p(`He wrote that supplies were "normal in all neighborhoods."`), p(`He wrote that supplies were 'normal in all neighbourhoods.'`), nil},
		{"Đ as Dj", p("Grandmaster Nikola Đurišić, 29, denied the accusations."), p("Grandmaster Nikola Djurisic, 29, denied the accusations."), nil},
		{"Đ as D", p("Police raided 11 sites in Thủ Đức City."), p("Police raided 11 sites in Thu Duc City."), nil},
		{"another name", p("Grandmaster Nikola Đurišić, 29, denied the accusations."), p("Grandmaster Nikola Dragić, 29, denied the accusations."), []string{"altered entity"}},
	})
}

// TestLimitsAsBounds reads a limit told by a verb or noun ("limited to",
// "caps … at", "a maximum of") and "as long as" as the bound "up to" or
// "no more than" is, and still reports a bound turned the other way.
func TestLimitsAsBounds(t *testing.T) {
	p := func(s string) []string { return []string{"Land leases", s, "The vote was close."} }
	runMechanismCases(t, []mechanismCase{
		{"limited to", p("Non-citizens may lease land for no more than 50 years."), p("Non-citizens may lease land, with leases limited to 50 years."), nil},
		{"capped at", p("Under the constitution, leases of land run for no more than 50 years."), p("Under the constitution, leases of land are capped at 50 years."), nil},
		{"a maximum of", p("Firms may hold licences for up to 10 years."), p("Firms may hold licences for a maximum of 10 years."), nil},
		{"as long as", p("Players can be banned for up to two years."), p("Players can be banned for as long as two years."), nil},
		{"bound dropped", p("Players can be banned for up to two years."), p("Players will be banned for two years."), []string{"altered number"}},
		{"bound turned", p("Players can be banned for up to two years."), p("Players can be banned for at least two years."), []string{"altered number"}},
	})
}

// TestCountriesJoined reads two countries' demonyms joined by a hyphen as
// the two demonyms, and "Montenegrin" as the demonym of "Montenegro".
func TestCountriesJoined(t *testing.T) {
	p := func(s string) []string { return []string{"Flood defences", s, "Work starts in May."} }
	runMechanismCases(t, []mechanismCase{
		{"joined", p("The government signed a contract with a Slovenian-Montenegrin consortium."),
			p("The government signed a contract with a consortium of Slovenian and Montenegrin firms."), nil},
		{"one country changed", p("The government signed a contract with a Slovenian-Montenegrin consortium."),
			p("The government signed a contract with a consortium of Croatian and Montenegrin firms."), []string{"altered entity"}},
	})
	if !demonym("montenegrin", "montenegro") {
		t.Error(`"montenegrin" is not the demonym of "montenegro"`)
	}
}

// TestWeighedAndWithheld reads "would consider using" as a step weighed,
// which "would use" settles and "would not use" denies, and a source's
// reason for not being named as no claim denied.
func TestWeighedAndWithheld(t *testing.T) {
	p := func(s string) []string { return []string{"Chess cheating", s, "The tournament ends on Sunday."} }
	runMechanismCases(t, []mechanismCase{
		{"weighed, then planned", p("The federation said it would consider using metal detectors."), p("The federation said it would use metal detectors."), []string{"altered modality"}},
		{"denied, then weighed", p("The federation said it would not use metal detectors."), p("The federation said it would consider using metal detectors."), []string{"altered negation"}},
		{"reason dropped", p("An official, who asked not to be named because the rules have not been published, said bans would rise."),
			p("An official said bans would rise."), nil},
		{"claim denied kept", p("An official, who asked not to be named, said bans would not rise."), p("An official said bans would rise."), []string{"altered negation"}},
	})
}

// TestReviewSession13Third keeps the cases of the session's third review
// that the last rules got wrong: a story sentence that mentions a photo,
// a limit word near another figure, "as long as" as a condition, one of
// two joined demonyms dropped, a source's reason clause that ran into
// the claim, "feared missing the deadline", "feared" against "presumed",
// "far" against "greatly", "preliminary" of another claim, and nouns in
// "-ing" after "consider".
func TestReviewSession13Third(t *testing.T) {
	runMechanismCases(t, []mechanismCase{
		{"c08 near police appeal photo",
			[]string{"A fire swept through a textile warehouse in the port district of Kelston on Tuesday night.", "Firefighters battled the blaze for six hours before bringing it under control.", "The cause of the fire is under investigation."},
			[]string{"A fire swept through a textile warehouse in the port district of Kelston on Tuesday night.", "Police said the man seen in this photo is wanted over the deaths of 2 guards in the blaze.", "Firefighters battled the blaze for six hours before bringing it under control.", "The cause of the fire is under investigation."},
			[]string{"added number"}},
		{"b10 near speed limit fine bound dropped",
			[]string{"A powerful storm swept across the island overnight, tearing roofs off houses and uprooting trees.", "The speed limit on the coast road was cut to 50 km/h, and drivers face fines of up to 300 euros.", "Power was cut to much of the capital.", "Airports reopened on Thursday morning."},
			[]string{"A powerful storm swept across the island overnight, tearing roofs off houses and uprooting trees.", "The speed limit on the coast road was cut to 50 km/h, and drivers face fines of 300 euros.", "Power was cut to much of the capital.", "Airports reopened on Thursday morning."},
			[]string{"altered number"}},
		{"b11 near maximum other figure",
			[]string{"A powerful storm swept across the island overnight, tearing roofs off houses and uprooting trees.", "Winds reached a maximum of 140 km/h, and as many as 40 homes lost their roofs.", "Power was cut to much of the capital.", "Airports reopened on Thursday morning."},
			[]string{"A powerful storm swept across the island overnight, tearing roofs off houses and uprooting trees.", "Winds reached a maximum of 140 km/h, and 40 homes lost their roofs.", "Power was cut to much of the capital.", "Airports reopened on Thursday morning."},
			[]string{"altered number"}},
		{"b12 near limited adj",
			[]string{"A powerful storm swept across the island overnight, tearing roofs off houses and uprooting trees.", "Damage in the capital was limited, but up to 300 households lost power.", "Power was cut to much of the capital.", "Airports reopened on Thursday morning."},
			[]string{"A powerful storm swept across the island overnight, tearing roofs off houses and uprooting trees.", "Damage in the capital was limited, but 300 households lost power.", "Power was cut to much of the capital.", "Airports reopened on Thursday morning."},
			[]string{"altered number"}},
		{"b13 near as long as conditional",
			[]string{"Heavy rain caused the Morača river to burst its banks near Podgorica on Sunday, flooding farmland and roads.", "The dam will hold as long as 2,000 sandbags are placed along the crest, engineers said.", "Schools in the area were closed on Monday.", "Forecasters expect more rain later in the week."},
			[]string{"Heavy rain caused the Morača river to burst its banks near Podgorica on Sunday, flooding farmland and roads.", "The dam will hold provided 2,000 sandbags are placed along the crest, engineers said.", "Schools in the area were closed on Monday.", "Forecasters expect more rain later in the week."},
			nil},
		{"b19 near 50th cap ban",
			[]string{"The national chess federation opened an inquiry on Monday into claims of cheating at the Budva Open.", "The player, who won his 50th cap for the national team in March, faces a ban of up to six months.", "Several players complained that a rival had received help through an earpiece.", "The tournament ends on Sunday."},
			[]string{"The national chess federation opened an inquiry on Monday into claims of cheating at the Budva Open.", "The player, who won his 50th cap for the national team in March, faces a ban of six months.", "Several players complained that a rival had received help through an earpiece.", "The tournament ends on Sunday."},
			[]string{"altered number"}},
		{"d11 near hyphen one dropped",
			[]string{"Heavy rain caused the Morača river to burst its banks near Podgorica on Sunday, flooding farmland and roads.", "The government signed a contract with a Slovenian-Montenegrin consortium to rebuild the embankments.", "Schools in the area were closed on Monday.", "Forecasters expect more rain later in the week."},
			[]string{"Heavy rain caused the Morača river to burst its banks near Podgorica on Sunday, flooding farmland and roads.", "The government signed a contract with a Slovenian consortium to rebuild the embankments.", "Schools in the area were closed on Monday.", "Forecasters expect more rain later in the week."},
			[]string{"altered entity"}},
		{"a05 near no comma reason runs into claim",
			[]string{"Bakery workers in Dushanbe walked off the job on Monday in a dispute over pay and night shifts.", "A union official who asked not to be named because he feared reprisals said the bakeries had not paid wages since March.", "Long queues formed outside supermarkets as bread ran short.", "Talks between the union and employers are due to resume on Thursday."},
			[]string{"Bakery workers in Dushanbe walked off the job on Monday in a dispute over pay and night shifts.", "A union official who asked not to be named because he feared reprisals said the bakeries had paid wages since March.", "Long queues formed outside supermarkets as bread ran short.", "Talks between the union and employers are due to resume on Thursday."},
			[]string{"altered negation"}},
		{"a06 near as many as",
			[]string{"A cruise ship with 1,200 passengers ran aground off the coast of Mahé on Saturday, the Seychelles coast guard said.", "A port official, who asked not to be named, said as many as 12 ships were not allowed to dock.", "Tugs from Port Victoria were sent to pull the vessel free at high tide.", "The operator, Belvaux Cruises, said passengers would be flown home on Tuesday."},
			[]string{"A cruise ship with 1,200 passengers ran aground off the coast of Mahé on Saturday, the Seychelles coast guard said.", "A port official, who asked not to be named, said as many as 12 ships were allowed to dock.", "Tugs from Port Victoria were sent to pull the vessel free at high tide.", "The operator, Belvaux Cruises, said passengers would be flown home on Tuesday."},
			[]string{"altered negation"}},
		{"a07 near since Monday",
			[]string{"Heavy rain caused the Morača river to burst its banks near Podgorica on Sunday, flooding farmland and roads.", "An official, who asked not to be named, said since Monday the dam had not been inspected.", "Schools in the area were closed on Monday.", "Forecasters expect more rain later in the week."},
			[]string{"Heavy rain caused the Morača river to burst its banks near Podgorica on Sunday, flooding farmland and roads.", "An official, who asked not to be named, said since Monday the dam had been inspected.", "Schools in the area were closed on Monday.", "Forecasters expect more rain later in the week."},
			[]string{"altered negation"}},
		{"f08 near feared missing the deadline",
			[]string{"Voters went to the polls on Sunday in a referendum on changes to the constitution.", "Parents feared missing the registration deadline.", "Polling stations closed at 8 p.m. and counting began immediately.", "The electoral commission is expected to announce results on Tuesday."},
			[]string{"Voters went to the polls on Sunday in a referendum on changes to the constitution.", "Parents worried about missing the registration deadline.", "Polling stations closed at 8 p.m. and counting began immediately.", "The electoral commission is expected to announce results on Tuesday."},
			nil},
		{"f12 far to greatly exceeded",
			[]string{"Thousands of people attended the opening of the city's new night market on Saturday.", "Attendance far exceeded the organisers' forecasts.", "Stalls sold street food, crafts and clothing until midnight.", "Organisers plan to hold the market every weekend."},
			[]string{"Thousands of people attended the opening of the city's new night market on Saturday.", "Attendance greatly exceeded the organisers' forecasts.", "Stalls sold street food, crafts and clothing until midnight.", "Organisers plan to hold the market every weekend."},
			nil},
		{"f15 feared to have died",
			[]string{"A fishing boat capsized in rough seas off the coast of Mindanao on Thursday, the coast guard said.", "Eight fishermen are feared dead.", "Search teams were deployed from two nearby ports.", "Weather conditions hampered the search through the night."},
			[]string{"A fishing boat capsized in rough seas off the coast of Mindanao on Thursday, the coast guard said.", "Eight fishermen are feared to have died.", "Search teams were deployed from two nearby ports.", "Weather conditions hampered the search through the night."},
			nil},
		{"p06 near preliminary tests other figure",
			[]string{"Residents of the eastern suburbs were told on Monday to boil tap water after a fuel spill upstream of the treatment plant.", "Preliminary tests showed the water was safe, and 300 homes were reconnected.", "Bottled water was distributed from schools and community halls.", "The utility said it was flushing the pipes."},
			[]string{"Residents of the eastern suburbs were told on Monday to boil tap water after a fuel spill upstream of the treatment plant.", "Tests showed the water was safe, and 450 homes were reconnected.", "Bottled water was distributed from schools and community halls.", "The utility said it was flushing the pipes."},
			[]string{"altered number", "altered modality"}},
		{"p09 near preliminary report cause and deaths",
			[]string{"A fire swept through a textile warehouse in the port district of Kelston on Tuesday night.", "A preliminary report blamed faulty wiring for the fire, which killed 2 guards.", "Firefighters battled the blaze for six hours before bringing it under control.", "The cause of the fire is under investigation."},
			[]string{"A fire swept through a textile warehouse in the port district of Kelston on Tuesday night.", "A report blamed faulty wiring for the fire, which killed 3 guards.", "Firefighters battled the blaze for six hours before bringing it under control.", "The cause of the fire is under investigation."},
			[]string{"altered number", "altered modality"}},
		{"c25 near caption with story claim",
			[]string{"Heavy rain caused the Morača river to burst its banks near Podgorica on Sunday, flooding farmland and roads.", "Schools in the area were closed on Monday.", "Forecasters expect more rain later in the week."},
			[]string{"Heavy rain caused the Morača river to burst its banks near Podgorica on Sunday, flooding farmland and roads.", "The dam, seen in this photo taken by a villager, burst on Monday, flooding 40 homes.", "Schools in the area were closed on Monday.", "Forecasters expect more rain later in the week."},
			[]string{"added number"}},
		{"d16 near hyphen one dropped court",
			[]string{"A former transport minister went on trial on Tuesday accused of taking bribes from a construction firm.", "The firm is part of a Slovenian-Montenegrin consortium.", "He denies all the charges against him.", "The trial is expected to last several weeks."},
			[]string{"A former transport minister went on trial on Tuesday accused of taking bribes from a construction firm.", "The firm is part of a Slovenian consortium.", "He denies all the charges against him.", "The trial is expected to last several weeks."},
			[]string{"altered entity"}},
		{"f17 feared dead to presumed dead",
			[]string{"A fishing boat capsized in rough seas off the coast of Mindanao on Thursday, the coast guard said.", "Eight fishermen are feared dead.", "Search teams were deployed from two nearby ports.", "Weather conditions hampered the search through the night."},
			[]string{"A fishing boat capsized in rough seas off the coast of Mindanao on Thursday, the coast guard said.", "Eight fishermen are presumed dead.", "Search teams were deployed from two nearby ports.", "Weather conditions hampered the search through the night."},
			nil},
		{"f19 near feared missing out",
			[]string{"Voters went to the polls on Sunday in a referendum on changes to the constitution.", "Voters feared missing out on the chance to have their say.", "Polling stations closed at 8 p.m. and counting began immediately.", "The electoral commission is expected to announce results on Tuesday."},
			[]string{"Voters went to the polls on Sunday in a referendum on changes to the constitution.", "Voters worried about missing out on the chance to have their say.", "Polling stations closed at 8 p.m. and counting began immediately.", "The electoral commission is expected to announce results on Tuesday."},
			nil},
	})
}
