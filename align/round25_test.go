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
// and an ability lost ("could no longer") as no hedge.
func TestNamedBySource(t *testing.T) {
	p := func(s string) []string { return []string{"Air show crash", s, "The show was cancelled."} }
	runMechanismCases(t, []mechanismCase{
		{"named by another", p("The pilot, named by organisers as Marcus Teah, was taken to hospital."),
			p("The pilot, named by police as Marcus Teah, was taken to hospital."), []string{"altered attribution"}},
		{"identified for named", p("The pilot, named by police as Marcus Teah, was taken to hospital."),
			p("The pilot, identified by police as Marcus Teah, was taken to hospital."), nil},
		{"could no longer", p("By then treatment was no longer effective."), p("By then treatment could no longer save her."), nil},
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
