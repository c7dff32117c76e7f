package align

import (
	"slices"
	"strings"
	"testing"
)

// Tests of session 27's work.

// TestCreditStamp reads a credit run into the page's time stamps as
// chrome: a byline, an outlet or a staff credit, then labelled stamps to
// the end of the line. A sentence whose subject "updated" something, or
// a credit followed by more than a stamp, is story text.
func TestCreditStamp(t *testing.T) {
	for _, tt := range []struct {
		s    string
		want bool
	}{
		{"Hina, published 17 January 10:24", true},
		{"Australian Associated Press, updated 7:55pm AEDT Friday", true},
		{"Staff report, posted 3:08 PM CDT Thursday", true},
		{"Kate Delaney Updated November 2 2025 - 4:55pm, first published 3:41pm", true},
		{"Our Staff Reporter Published March 9, 2025", true},
		{"The council updated on Monday.", false},
		{"Health officials, updated on the outbreak, said the risk was low.", false},
		{"Kate Delaney updated her forecast on Friday", false},
		{"Hina, published 17 January 10:24, said the train was late", false},
		{"Updated 7:55pm AEDT Friday", false}, // a stamp alone is labelledStamp's
	} {
		if got := creditStamp(tt.s); got != tt.want {
			t.Errorf("creditStamp(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
	// In a comparison the line is boilerplate, not a date added.
	p := wrapBetween("Tram and truck collide in Sale", "The highway reopened at 2.20pm.")
	runMechanismCases(t, []mechanismCase{
		{"credit and stamp added", p("Two people were hurt when a tram hit a truck."),
			append([]string{"Australian Associated Press, updated 7:55pm AEDT Friday"}, p("Two people were hurt when a tram hit a truck.")...), nil},
	})
}

// TestBoundaryMoved pairs two sentences with two when the version moves
// the boundary between them: the first reference sentence is joined
// into the second's pair instead of being reported as dropped, and the
// hedge the version settled is reported.
func TestBoundaryMoved(t *testing.T) {
	p := wrapBetween("Pupils rescued after kayaks capsize", "The school said the trip would be reviewed.")
	runMechanismCases(t, []mechanismCase{
		{"boundary moved, hedge settled",
			p("All 13 were checked by ambulance staff on the quay in Faaborg. Three pupils with mild hypothermia were taken to Svendborg Hospital for observation and were expected to be discharged on Tuesday evening."),
			p("All 13 were checked by paramedics on the quayside in Faaborg, and three pupils with mild hypothermia were taken to Svendborg Hospital for observation. They were discharged on Tuesday evening."),
			[]string{"altered modality"}},
		{"boundary moved, nothing else",
			p("All 13 were checked by ambulance staff on the quay in Faaborg. Three pupils with mild hypothermia were taken to Svendborg Hospital for observation and were discharged on Tuesday evening."),
			p("All 13 were checked by paramedics on the quayside in Faaborg, and three pupils with mild hypothermia were taken to Svendborg Hospital for observation. They were discharged on Tuesday evening."),
			nil},
	})
}

// TestRepostedWithPermission reads "Reposted with permission" as the
// republisher's notice "Republished with permission" is, and not a
// story sentence that reposts something.
func TestRepostedWithPermission(t *testing.T) {
	runBoilerCases(t, []boilerCase{
		{"Reposted with permission.", true},
		{"Re-posted with permission of the Samar Daily Star.", true},
		{"The council reposted the warning on its website.", false},
	})
}

// TestReadFullStoryAt reads a link to the rest of the story on the
// copier's site as chrome, so a copy that stops before it is reported
// truncated; a sentence that tells where to read a report is story.
func TestReadFullStoryAt(t *testing.T) {
	runBoilerCases(t, []boilerCase{
		{"Read the full story and more news from the Nordic region at nordicwire.net", true},
		{"See the full report at the council's website.", true},
		{"Read the full story", true},
		{"Residents can read the full report at the town library until Friday.", false},
	})
	ref := []string{"Freighter crew rescues kayaker adrift in Great Belt",
		"A 19-year-old kayaker was pulled from the Great Belt on Friday evening by the crew of a passing cargo ship.",
		"The young man had set out from Nyborg beach at around 5 pm, intending to paddle along the coast.",
		"He lost his paddle when a wave swept over the kayak about 3 km offshore.",
		"The crew of the cargo ship Hanne Kirk spotted him shortly after 7 pm and lowered a rescue boat.",
		"The kayaker was transferred to a lifeboat and taken to Odense University Hospital with mild hypothermia.",
		"Funen Police said the man had done many things right by wearing a life jacket.",
		"The rescue centre said it had coordinated 14 kayak rescues in Danish waters this summer.",
		"Kayaking is booming, and most people paddle safely, a spokesman said."}
	ver := append(slices.Clone(ref[:5]), "Read the full story and more news from the Nordic region at nordicwire.net")
	if c := Compare(doc(ref...), doc(ver...)); !c.Summary.Truncated {
		t.Errorf("a copy that stops before a link to the full story is not reported truncated")
	}
}

// TestAgeAndOthers reads "a man aged 61" as "a 61-year-old man" and
// "the 12 others" as "the other 12": no rewording. Another age, or
// another count of the others, is still the number's change.
func TestAgeAndOthers(t *testing.T) {
	p := wrapBetween("Fireworks rack topples into crowd at Aix-les-Bains", "The display was cancelled.")
	runMechanismCases(t, []mechanismCase{
		{"aged 61", p("Two of the injured, a 61-year-old man and a 17-year-old girl, were taken to hospital in Grenoble."),
			p("Two of the injured, a man aged 61 and a girl of 17, were taken to hospital in Grenoble."), nil},
		{"aged 62", p("Two of the injured, a 61-year-old man and a 17-year-old girl, were taken to hospital in Grenoble."),
			p("Two of the injured, a man aged 62 and a girl of 17, were taken to hospital in Grenoble."), []string{"altered number"}},
		{"the 12 others", p("The other 12 were treated for minor burns and shock at the scene."),
			p("The 12 others were treated for minor burns and shock at the scene."), nil},
		{"the 14 others", p("The other 12 were treated for minor burns and shock at the scene."),
			p("The 14 others were treated for minor burns and shock at the scene."), []string{"altered number"}},
	})
}

// TestWillNotRuleOut reads "will not rule out" and "has not ruled out"
// as one stance: a perfect negated tells nothing done. A step told as
// taken is still the future settled.
func TestWillNotRuleOut(t *testing.T) {
	p := wrapBetween("Nurses walk out at Phoenix hospital", "Talks collapsed on Monday.")
	runMechanismCases(t, []mechanismCase{
		{"will not rule out → has not ruled out", p("The union said it will not rule out a longer walkout."),
			p("The union said it has not ruled out a longer walkout."), nil},
		{"will extend → has extended", p("The union said it will extend the walkout."),
			p("The union said it has extended the walkout."), []string{"altered modality"}},
	})
}

// TestStateTurnSameSubject pairs two states of one thing in a slot of
// several sentences when both open on the same subject ("The woman was
// in critical condition" → "The woman, 56, died"), not by the words
// another sentence of the slot shares ("Her husband was in a stable
// condition").
func TestStateTurnSameSubject(t *testing.T) {
	// (The pair of set118's 20-kayakrescue-funen-update.txt.)
	ref := doc(
		"Two kayakers pulled from cold water off Svendborg",
		"Two kayakers were rescued from the water south of Svendborg on Saturday afternoon after their double kayak capsized in strong winds, Funen Police said.",
		"The pair, a man and a woman in their fifties from Germany, had set out from Thurø shortly after noon, planning to paddle around Tåsinge, according to police.",
		"Their kayak overturned at around 2.45 pm near the eastern mouth of Svendborgsund. A passing sailboat crew spotted them clinging to the hull and alerted the emergency services at 3.10 pm.",
		"\"They had been in the water for at least 20 minutes. The water is about eight degrees at this time of year, so that is very serious,\" said duty officer Lars Holmgaard of Funen Police.",
		"A boat from the coastal rescue service station in Svendborg reached the pair within minutes, and an air force rescue helicopter from Skrydstrup flew them to Odense University Hospital.",
		"The woman was in critical condition with severe hypothermia, police said. The man was conscious but also suffering from hypothermia.",
		"Both were wearing life jackets, which police said had probably saved their lives.",
		"\"We urge everyone who goes out in a kayak at this time of year to check the forecast, wear a dry suit and carry a phone in a waterproof bag,\" Holmgaard said.",
		"Police said it was not yet clear why the kayak capsized, but the Danish Meteorological Institute (DMI) had issued a warning for strong winds in the waters south of Funen, with gusts of up to 14 metres per second.",
		"Thurø harbour master Bent Frydendahl said the couple had asked him about conditions before launching. \"I told them it would get choppy after lunch. They seemed experienced,\" he said.",
	)
	ver := doc(
		"German kayaker dies after capsizing off Svendborg",
		"A German woman has died after her double kayak capsized in strong winds south of Svendborg on Saturday afternoon, Funen Police said on Sunday.",
		"The pair, a married couple aged 56 and 58 from Kiel, had set out from Thurø shortly after noon, planning to paddle around Tåsinge, according to police.",
		"Their kayak overturned at around 2.45 pm near the eastern mouth of Svendborgsund. A passing sailboat crew spotted them clinging to the hull and alerted the emergency services at 3.10 pm.",
		"\"They had been in the water for at least 20 minutes. The water is about eight degrees at this time of year, so that is very serious,\" said duty officer Lars Holmgaard of Funen Police.",
		"A boat from the coastal rescue service station in Svendborg reached the pair within minutes, and an air force rescue helicopter from Skrydstrup flew them to Odense University Hospital.",
		"The woman, 56, died in hospital late on Saturday evening, police said. Her husband was in a stable condition on Sunday.",
		"Both were wearing life jackets.",
		"Police believe a sudden gust overturned the kayak. The Danish Meteorological Institute (DMI) had issued a warning for strong winds in the waters south of Funen, with gusts of up to 14 metres per second.",
		"\"We urge everyone who goes out in a kayak at this time of year to check the forecast, wear a dry suit and carry a phone in a waterproof bag,\" Holmgaard said.",
		"Thurø harbour master Bent Frydendahl said the couple had asked him about conditions before launching. \"I told them it would get choppy after lunch. They seemed experienced,\" he said.",
	)
	paired := false
	for _, d := range Compare(ref, ver).Divergences {
		if d.Kind == Altered && strings.HasPrefix(d.RefText, "The woman was") {
			if !strings.HasPrefix(d.VerText, "The woman, 56, died") {
				t.Errorf("the woman's condition is paired with %q", d.VerText)
			}
			paired = true
		}
	}
	if !paired {
		t.Errorf("the woman's condition and her death are not paired")
	}
	if sameSubject("the woman was in critical condition.", "her husband was in a stable condition.") {
		t.Errorf("sameSubject: the woman and her husband are one subject")
	}
}

// TestClosureTurn reads a place closed and then open again as two
// states of one thing when both sentences open on it; a road closed and
// a rail line to reopen are two things.
func TestClosureTurn(t *testing.T) {
	for _, tt := range []struct {
		a, b string
		want bool
	}{
		{"the museum will remain closed until further notice.", "the museum will reopen on saturday.", true},
		{"harney street is closed between 9th and 11th streets.", "harney street reopened shortly after 1 p.m.", true},
		{"the derailment closed highway 12 in both directions.", "\"we expect to reopen the line by tuesday,\" a spokesman said.", false},
		{"the museum will remain closed until further notice.", "the museum will remain closed until monday.", false},
	} {
		if got := stateTurn(tt.a, tt.b); got != tt.want {
			t.Errorf("stateTurn(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

// TestUpdateHeadlineWording keeps as material a headline's word added or
// cut in an update that keeps the story's text ("Torsby library
// evacuated" → "Torsby library flooded"): an updated headline tells the
// news that changed. A copy's headline reworded by a republisher stays a
// headline's detail.
func TestUpdateHeadlineWording(t *testing.T) {
	body, later := torsbyBodies()
	ref := doc(append([]string{"Torsby library evacuated as Klarälven bursts its banks"}, body...)...)
	update := doc(append([]string{"Torsby library flooded as Klarälven bursts its banks"}, append(later,
		"Water reached the ground floor of the library by Wednesday morning, a spokeswoman said.")...)...)
	found := false
	for _, d := range Compare(ref, update).Divergences {
		if d.Material && d.Facet == FacetWording && strings.HasPrefix(d.RefText, "Torsby library") {
			found = true
		}
	}
	if !found {
		t.Errorf("an update's headline \"evacuated\" → \"flooded\" is not reported as material wording")
	}
	copied := doc(append([]string{"Torsby library evacuated as Klarälven river bursts its banks"}, body...)...)
	for _, d := range Compare(ref, copied).Divergences {
		if d.Material {
			t.Errorf("a copy's reworded headline is reported: %s %s %q", d.Kind, d.Facet, d.Detail)
		}
	}
}

// TestUpdateHeadlineRewritten reports a headline retold in other words in
// an update that keeps the story's text ("Torsby library evacuated as
// Klarälven bursts its banks" → "Klarälven floods Torsby library"), and
// not one that only moves its words.
func TestUpdateHeadlineRewritten(t *testing.T) {
	body, later := torsbyBodies()
	ref := doc(append([]string{"Torsby library evacuated as Klarälven bursts its banks"}, body...)...)
	for _, tt := range []struct {
		head string
		want bool
	}{
		{"Klarälven floods Torsby library, water reaches ground floor", true},
		{"As Klarälven bursts its banks, Torsby library evacuated", false},
	} {
		got := false
		for _, d := range Compare(ref, doc(append([]string{tt.head}, later...)...)).Divergences {
			if d.Material && d.Kind == Altered && d.RefText == ref.Paragraphs[0] {
				got = true
			}
		}
		if got != tt.want {
			t.Errorf("headline %q: reported %v, want %v", tt.head, got, tt.want)
		}
	}
}

// torsbyBodies returns the story of a flooded library below its headline
// and an update of it that keeps two sentences word for word and changes
// two.
func torsbyBodies() (body, later []string) {
	body = []string{
		"Staff and visitors were led out of the Torsby public library on Tuesday as the Klarälven burst its banks after days of heavy rain.",
		"The river rose by more than a metre overnight, the municipality said.",
		"Several roads in the town centre were closed to traffic.",
		"The municipality has opened an information line and urged residents to avoid the riverbank.",
	}
	later = slices.Clone(body)
	later[1] = "The river rose by more than two metres overnight, the municipality said."
	later[2] = "Several roads in the town centre remained closed to traffic on Wednesday, police said."
	return body, later
}

// TestOrdinalTally reports a sentence added that tallies events of a
// kind ("It is the third shark sighting reported this year") by its
// count, not by its "this year"; an ordinal of a set named before ("The
// second man is still being sought") is no such count.
func TestOrdinalTally(t *testing.T) {
	base := []string{"Shark sighting closes Raglan beach", "A great white shark was seen off Raglan's main beach on Saturday, lifeguards said.", "The beach was closed for the afternoon."}
	for _, tt := range []struct {
		added string
		want  Facet
	}{
		{"It is the third shark sighting reported on the west coast of the North Island this year.", FacetNumber},
		{"This was the second time in a week that the beach had been closed.", FacetNumber},
	} {
		ver := append(slices.Clone(base), tt.added)
		var got []Facet
		for _, d := range Compare(doc(base...), doc(ver...)).Divergences {
			if d.Kind == Added {
				got = append(got, d.Facet)
			}
		}
		if !slices.Equal(got, []Facet{tt.want}) {
			t.Errorf("%q added: facets %v, want %v", tt.added, got, []Facet{tt.want})
		}
	}
	for _, tt := range []struct {
		s    string
		want bool
	}{
		{"it is the third shark sighting this year.", true},
		{"the second man is still being sought.", false},
		{"it was the second such fire since 2021.", true},
	} {
		f := extract(tt.s, nil, nil)
		got := slices.ContainsFunc(f.numbers, func(n Fact) bool { return ordinalTally(n, tt.s) })
		if got != tt.want {
			t.Errorf("ordinalTally in %q = %v, want %v", tt.s, got, tt.want)
		}
	}
}

// TestMetaSeparated finds the separators of a meta line in one pass: a
// bar or a dot anywhere, a slash or a dash only between spaces.
func TestMetaSeparated(t *testing.T) {
	for _, tt := range []struct {
		s    string
		want bool
	}{
		{"PTI | Updated 9:05", true}, {"Xinhua ⋅ 12 Feb", true}, {"Xinhua · 12 Feb", true}, {"Xinhua • 12 Feb", true},
		{"Mining Courier / Mining", true}, {"Wire — Staff reporter", true}, {"Wire – Staff", true}, {"Wire - Staff", true},
		{"24/7 coverage", false}, {"a well-known fact", false}, {"a—b", false}, {"a–b", false}, {"café au lait", false}, {" -", false},
	} {
		if got := metaSeparated(tt.s); got != tt.want {
			t.Errorf("metaSeparated(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}
