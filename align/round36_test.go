package align

import (
	"strings"
	"testing"
)

// Tests of session 24's work.

// TestJudgedFacet reports a lone sentence that judges by who or what it
// judges: an evaluative word said of something named is a
// characterization, one said of nothing named is the sentence's wording.
func TestJudgedFacet(t *testing.T) {
	base := []string{"Sawmill fire destroys timber stock", "A fire destroyed the sawmill at Leoben on Tuesday, firefighters said.", "No one was hurt."}
	with := func(s string) []string { return []string{base[0], base[1], s, base[2]} }
	runMechanismCases(t, []mechanismCase{
		{"judged, nothing named", base, with("Illegal timber felling has surged in recent years."), []string{"added wording"}},
		{"judged, a name", base, with("Critics say the Leoben sawmill was dangerously overcrowded with stock."), []string{"added characterization"}},
		{"dropped, nothing named", with("Illegal timber felling has surged in recent years."), base, []string{"dropped wording"}},
	})
}

// TestParticiples reads an irregular participle as its verb ("sunk" is
// "sank", "taken" is "took"), so a tense retold is no change of wording;
// another verb still is.
func TestParticiples(t *testing.T) {
	for _, tt := range []struct {
		a, b string
		want bool
	}{
		{"sank", "sunk", true},
		{"took", "taken", true},
		{"stole", "stolen", true},
		{"withdrew", "withdrawn", true},
		{"sank", "stolen", false},
		{"taken", "given", false},
	} {
		if got := synonymous(tt.a, tt.b); got != tt.want {
			t.Errorf("synonymous(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
	p := func(s string) []string {
		return []string{"Storm sinks boats at marina", s, "Divers will survey the basin on Monday."}
	}
	runMechanismCases(t, []mechanismCase{
		{"sank, had sunk", p("At least nine vessels sank at their moorings, the harbour master said."),
			p("The harbour master said at least nine vessels had sunk at their moorings."), nil},
		{"sank, had been rescued", p("At least nine vessels sank at their moorings, the harbour master said."),
			p("The harbour master said at least nine vessels had been rescued from their moorings."), []string{"altered wording"}},
	})
}

// TestCaptionFilePhoto reads "… is seen in a file photo." as a picture's
// caption, as it reads "… in this photo"; a story sentence that goes on
// after the photo is not one.
func TestCaptionFilePhoto(t *testing.T) {
	for _, tt := range []struct {
		f    string
		want bool
	}{
		{"a vial of measles vaccine is seen in a file photo.", true},
		{"the ship is pictured in a handout photo.", true},
		{"the ship, seen at anchor in an undated handout photo.", true},
		{"the suspect, seen in a file photo released on monday, fled to 3 towns.", false},
		{"the ship was seen in a file photo by 2 witnesses", false},
	} {
		if got := captionLine(tt.f); got != tt.want {
			t.Errorf("captionLine(%q) = %v, want %v", tt.f, got, tt.want)
		}
	}
}

// TestForeignPaperNamed reads a paper named by its copier in its own
// language ("the Wälder Bote", "Corriere di Como") as the outlet that
// called itself "this newspaper"; a body is still a source.
func TestForeignPaperNamed(t *testing.T) {
	p := func(s string) []string { return []string{"Sawmill fire destroys stock", s, "The cause is not known."} }
	runMechanismCases(t, []mechanismCase{
		{"Bote", p(`"Three generations of work, gone in one night," he told this newspaper.`),
			p(`"Three generations of work, gone in one night," he told the Wälder Bote.`), nil},
		{"Corriere", p(`"We lost everything," the owner told this newspaper.`),
			p(`"We lost everything," the owner told the Corriere di Como.`), nil},
		{"a ministry", p(`"We lost everything," the owner told this newspaper.`),
			p(`"We lost everything," the owner told the Finance Ministry.`), []string{"altered attribution"}},
	})
}

// TestStillWaiting reads "still waiting to" as "yet to": a matter open on
// both sides is no negation changed; one settled still is.
func TestStillWaiting(t *testing.T) {
	p := func(s string) []string {
		return []string{"Storm sinks boats at marina", s, "Divers will survey the basin on Monday."}
	}
	runMechanismCases(t, []mechanismCase{
		{"yet to", p("Many owners said they were still waiting to hear from their insurers."),
			p("Many owners said they had yet to hear from their insurers."), nil},
		{"heard", p("Many owners said they were still waiting to hear from their insurers."),
			p("Many owners said they had heard from their insurers."), []string{"altered negation"}},
	})
}

// TestDatelineQualifier reads the words after a dateline's town ("TAAL,
// Batangas —" → "TAAL, Philippines (AFP) —") as where the town lies, told
// by province or by country, even when the body names the country again;
// a place named in the body alone is still one, and so is another town.
func TestDatelineQualifier(t *testing.T) {
	p := func(s string) []string {
		return []string{"Fireworks blast injures 11", s, "The cause is being investigated."}
	}
	lead := "TAAL, Batangas — Eleven people were injured on Saturday when a fireworks stall exploded during a fiesta, police said."
	runMechanismCases(t, []mechanismCase{
		{"country", p(lead), p("TAAL, Philippines (AFP) — Eleven people were injured on Saturday when a fireworks stall exploded during a fiesta in the Philippines, police said."), nil},
		{"body place", p(lead), p("TAAL, Batangas — Eleven people were injured on Saturday when a fireworks stall exploded during a fiesta in Lemery, police said."), []string{"altered entity"}},
	})
}

// TestUpdatedWithNotice reads "This article has been updated with new
// figures from the hospital." as a newsroom notice; a sentence that goes
// on to a claim is not one.
func TestUpdatedWithNotice(t *testing.T) {
	for _, tt := range []struct {
		f    string
		want bool
	}{
		{"editor's note: this article has been updated with new figures from the hospital.", true},
		{"this story has been updated to include comment from the mayor.", true},
		{"the hospital has been updated with new beds.", false},
	} {
		if got := storyNotice(tt.f); got != tt.want {
			t.Errorf("storyNotice(%q) = %v, want %v", tt.f, got, tt.want)
		}
	}
}

// TestRangeMoved reports a range whose two ends both changed ("15 to 25
// centimetres" → "20 to 30 centimetres") as one change of number; two
// figures apart are two.
func TestRangeMoved(t *testing.T) {
	p := func(s string) []string { return []string{"Snow on the way", s, "Crews are ready."} }
	runMechanismCases(t, []mechanismCase{
		{"to", p("Forecasters expect 15 to 25 centimetres of snow this weekend."), p("Forecasters expect 20 to 30 centimetres of snow this weekend."), []string{"altered number"}},
		{"between", p("Between 30 and 40 percent of the reef is bleached, divers said."), p("Between 35 and 45 percent of the reef is bleached, divers said."), []string{"altered number"}},
		{"apart", p("Crews cleared 15 roads and 25 bridges on Sunday."), p("Crews cleared 20 roads and 30 bridges on Sunday."), []string{"altered number", "altered number"}},
	})
}

// TestCapacityModal reads "could hold about 800" as what a place holds,
// no hedge; "could hold talks" is still one.
func TestCapacityModal(t *testing.T) {
	p := func(s string) []string { return []string{"Cathedral fire", s, "Crews are ready."} }
	runMechanismCases(t, []mechanismCase{
		{"could hold", p("The cathedral seated about 800 people."), p("The cathedral could hold about 800 people."), nil},
		{"can accommodate", p("The hall seats up to 40 guests."), p("The hall can accommodate up to 40 guests."), nil},
		{"could hold talks", p("The two sides will hold talks on Friday."), p("The two sides could hold talks on Friday."), []string{"altered modality"}},
	})
}

// TestCouncillorTitles reads the abbreviations of a councillor's title
// ("Cr", "Coun.", "Cllr") and its American spelling as one title, and
// "snowplough" as "snowplow".
func TestCouncillorTitles(t *testing.T) {
	p := func(s string) []string { return []string{"Hail storm", s, "Crews are ready."} }
	runMechanismCases(t, []mechanismCase{
		{"Cr", p(`"Nobody budgets for a snowplough," said Cr Tregenza.`), p(`"Nobody budgets for a snowplow," said Councilor Tregenza.`), nil},
		{"Coun.", p("The storm was rare, said Coun. Marcus Tregenza on Monday."), p("The storm was rare, said Councillor Marcus Tregenza on Monday."), nil},
		{"another councillor", p("The storm was rare, said Cr Tregenza."), p("The storm was rare, said Councillor Ambrose."), []string{"altered attribution"}},
	})
}

// TestDatelineJoinedProvince reads a dateline whose province has two
// words joined by "and" ("Newfoundland and Labrador").
func TestDatelineJoinedProvince(t *testing.T) {
	s := "HAPPY VALLEY-GOOSE BAY, Newfoundland and Labrador, Nov 18 (Reuters) - The mill will close."
	if got, want := datelineEnd(s), strings.Index(s, "The mill"); got != want {
		t.Errorf("datelineEnd(%q) = %d, want %d", s, got, want)
	}
}

// TestCouldInTimeClause reads "could" in a clause of time ("before
// firefighters could free him") as when a thing was done, no hedge.
func TestCouldInTimeClause(t *testing.T) {
	p := func(s string) []string { return []string{"Tram derails", s, "Crews are ready."} }
	runMechanismCases(t, []mechanismCase{
		{"before could", p("The driver was trapped for 40 minutes until firefighters freed him."),
			p("The driver was trapped for 40 minutes before firefighters could free him."), nil},
		{"until and could", p("The school will stay closed until Friday and will remain shut for weeks."),
			p("The school will stay closed until Friday and could remain shut for weeks."), []string{"altered modality"}},
		{"could alone", p("Firefighters will free the driver within the hour."),
			p("Firefighters could free the driver within the hour."), []string{"altered modality"}},
	})
}

// TestSpanOpened reports a span of time told open-ended on the other side
// ("for at least two weeks" → "until further notice") as a change of
// date, not a number dropped.
func TestSpanOpened(t *testing.T) {
	p := func(s string) []string { return []string{"Museum flood", s, "Crews are ready."} }
	runMechanismCases(t, []mechanismCase{
		{"closed", p("The museum will be closed for at least two weeks, the director said."),
			p("The museum will remain closed until further notice, the director said."), []string{"altered date"}},
		{"opened", p("The levy will remain in force until further notice."),
			p("The levy will remain in force for three months."), []string{"altered date"}},
		{"count", p("The museum will be closed until further notice, the director said."),
			p("The museum will be closed until further notice, the director said, and two guards will stay."), []string{"altered number"}},
	})
}

// TestJudgedWordsTold reports "deafening" and "awkward" added as
// judgements, and reads "were frustrated" as "expressed frustration" told
// by its noun.
func TestJudgedWordsTold(t *testing.T) {
	p := func(s string) []string { return []string{"Tram derails", s, "Crews are ready."} }
	runMechanismCases(t, []mechanismCase{
		{"deafening", p("Witnesses described a bang followed by screaming."), p("Witnesses described a deafening bang followed by screaming."), []string{"altered characterization"}},
		{"awkward", p("The strike comes at a time when the depot is short of drivers."), p("The strike comes at an awkward time, when the depot is short of drivers."), []string{"altered characterization"}},
		{"by its noun", p("Patients turned away on Monday expressed frustration but also sympathy."),
			p("Patients turned away on Monday were frustrated but also sympathetic."), nil},
	})
}

// TestCopySourceNotices reads a copier's notes of where a copy comes from
// and on what terms as chrome: a named service that distributes it, a
// permission from a paper whose name holds a comma, an agency's
// information run under an agreement; a story sentence is not one.
func TestCopySourceNotices(t *testing.T) {
	runBoilerCases(t, []boilerCase{
		{"Content distributed by Andes Feature Service; views expressed are those of the original publisher.", true},
		{"Republished with permission from El Heraldo del Valle, Salta", true},
		{"(Information from EFE, republished under a content-sharing agreement.)", true},
		{"Information from residents was used by police to find the van.", false},
		{"Aid distributed by the Andes Relief Service reached 400 families on Monday.", false},
	})
}

// TestMedicalSpellings reads British medical spellings ("diarrhoea",
// "anaemia") as the American ones, inside quotes too.
func TestMedicalSpellings(t *testing.T) {
	p := func(s string) []string { return []string{"Jail riot", s, "Crews are ready."} }
	runMechanismCases(t, []mechanismCase{
		{"diarrhoea", p(`"Some men have skin infections and diarrhoea," the lawyer said.`), p(`"Some men have skin infections and diarrhea," the lawyer said.`), nil},
		{"anaemia", p("Two children were treated for anaemia."), p("Two children were treated for anemia."), nil},
	})
}

// TestYetToBeKnown reads "has yet to be identified" as "has not been
// identified", a matter open, and its settling as the hedge's change.
func TestYetToBeKnown(t *testing.T) {
	p := func(s string) []string { return []string{"Festival crush", s, "Crews are ready."} }
	runMechanismCases(t, []mechanismCase{
		{"yet to be", p("The fourth victim had not been identified by Monday afternoon."), p("The fourth victim had yet to be identified on Monday afternoon."), nil},
		{"settled", p("The fourth victim has yet to be identified."), p("The fourth victim has been identified."), []string{"altered modality"}},
		{"yet to pay", p("The firm has not paid the fine."), p("The firm has yet to pay the fine."), nil},
	})
}

// TestDegreeByScale reads a degree told as an adverb on one side and by
// another adjective of its scale on the other ("two of them slightly
// hurt" against "two of them with minor injuries") as one judgement; a
// degree added where none stood is still one.
func TestDegreeByScale(t *testing.T) {
	p := func(s string) []string { return []string{"Jail riot", s, "Crews are ready."} }
	runMechanismCases(t, []mechanismCase{
		{"minor, slightly", p("Three guards were released by the evening, two of them with minor injuries."),
			p("Three guards had been freed by the evening, two of them slightly hurt."), nil},
		{"slightly added", p("Three guards were released by the evening, two of them hurt."),
			p("Three guards were released by the evening, two of them slightly hurt."), []string{"altered characterization"}},
	})
}
