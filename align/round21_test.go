package align

import (
	"os"
	"slices"
	"strings"
	"testing"
)

// Tests of session 9's work.

// TestFigureCutIsNoStrip tells an editor who cut a figure from a sentence
// from a feed that stripped its digits: the feed leaves a trace (the gap
// the digits stood in, a sign or separator left alone, or no digit in
// the whole copy), the editor leaves none, and the cut is a change.
func TestFigureCutIsNoStrip(t *testing.T) {
	ref := []string{
		"Storm hits the coast",
		"The storm killed 24 people on Monday, officials said.",
		"Rescue teams from 3 towns worked through the night near Orvel.",
	}
	kept := ref[2]
	runMechanismCases(t, []mechanismCase{
		{"an editor cut the figure", ref,
			[]string{ref[0], "The storm killed people on Monday, officials said.", kept},
			[]string{"altered number"}},
		{"a feed left the gap", ref,
			[]string{ref[0], "The storm killed  people on Monday, officials said.", kept}, nil},
		{"a feed stripped every digit", ref,
			[]string{ref[0], "The storm killed people on Monday, officials said.",
				"Rescue teams from towns worked through the night near Orvel."}, nil},
		{"a sign left without its figure",
			[]string{"Shares climb", "Shares of Orvel Mining gained about 17% on Tuesday, traders said.", kept},
			[]string{"Shares climb", "Shares of Orvel Mining gained about % on Tuesday, traders said.", kept}, nil},
	})
}

// retoldPardon is a reference story and its retelling by another outlet,
// in which test cases change one sentence each.
var retoldPardon = [2][]string{{
	"BISHKEK (AP) — Kyrgyz President Nurlan Toktomushev has pardoned jailed opposition figure Ulan Sadyrbaev, who was serving a 10-year sentence for organising mass unrest.",
	"Presidential chief of staff Kanybek Osmonaliev said the pardon was granted on humanitarian grounds after Sadyrbaev's mother appealed to the president in July.",
	"The university's board suspended the rector on Thursday pending a review of admissions.",
	"Sadyrbaev's lawyer, Aida Beishenova, said her client would leave the prison colony near Bishkek within days.",
	"The pardon does not restore Sadyrbaev's right to run for public office, Osmonaliev added.",
}, {
	"Ulan Sadyrbaev, an opposition figure jailed in Kyrgyzstan for organising mass unrest, has been freed by a pardon from President Nurlan Toktomushev, cutting short a 10-year term.",
	"The pardon was granted on humanitarian grounds following an appeal from Sadyrbaev's mother to the president in July, presidential chief of staff Kanybek Osmonaliev said.",
	"The rector was suspended on Thursday by the university's board until admissions are reviewed.",
	"He should walk out of the prison colony close to Bishkek in the coming days, his lawyer Aida Beishenova told reporters.",
	"The pardon also restores Sadyrbaev's right to run for public office, chief of staff Kanybek Osmonaliev said.",
}}

// TestRetoldSourceOfAnotherKind reports a claim given in a retelling to
// a person in another post, or to a body of another kind, even when the
// retelling names the first source elsewhere: a press secretary is no
// chief of staff, and a ministry no university board. A source described
// in other words of the same kind is not reported.
func TestRetoldSourceOfAnotherKind(t *testing.T) {
	with := func(i int, s string) []string {
		v := slices.Clone(retoldPardon[1])
		v[i] = s
		return v
	}
	for _, c := range []struct {
		name string
		ver  []string
		want string // the facet of the material change reported in the changed sentence, or ""
	}{
		{"another post", with(1, "According to the president's press secretary, Erkin Mamytov, the pardon was granted on humanitarian grounds after Sadyrbaev's mother appealed to the president in July."), "attribution"},
		{"the same person described", with(1, "According to the president's chief of staff, the pardon was granted on humanitarian grounds after Sadyrbaev's mother appealed to the president in July."), ""},
		{"a body of another kind did it", with(2, "The Education Ministry suspended the rector on Thursday pending a review of admissions."), "entity"},
		{"a body of the same kind described", with(2, "The board of the university suspended the rector on Thursday pending a review of admissions."), ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			cmp := Compare(doc(retoldPardon[0]...), doc(c.ver...))
			got := ""
			for _, d := range cmp.Divergences {
				if d.Material && d.Kind == Altered && (strings.Contains(d.VerText, "pardon was granted") || strings.Contains(d.VerText, "suspended the rector")) {
					got = string(d.Facet)
				}
			}
			if got != c.want {
				for _, d := range cmp.Divergences {
					t.Logf("%s %s %v %q", d.Kind, d.Facet, d.Material, d.Detail)
				}
				t.Errorf("facet = %q, want %q", got, c.want)
			}
		})
	}
}

// TestOtherSources checks the kinds of source otherBodies and otherRoles
// tell apart.
func TestOtherSources(t *testing.T) {
	for _, c := range []struct {
		a, b        string
		body, roles bool
	}{
		{"The regional government", "The mayor of Vallorca", true, false},
		{"the ministry", "the minister", true, false},
		{"the Financial Conduct Authority", "the regulator", false, false},
		{"Presidential chief of staff Kanybek Osmonaliev", "the president's press secretary", false, true},
		{"Foreign Affairs Secretary Leonora Baltazar-Cruz", "its top diplomat", false, false},
		{"the police chief", "the chief of police", false, false},
		{"Health Minister Ana Ruiz", "the minister", false, false},
	} {
		if got := otherBodies(c.a, c.b); got != c.body {
			t.Errorf("otherBodies(%q, %q) = %v, want %v", c.a, c.b, got, c.body)
		}
		if got := otherRoles(c.a, c.b); got != c.roles {
			t.Errorf("otherRoles(%q, %q) = %v, want %v", c.a, c.b, got, c.roles)
		}
	}
}

// TestStanceSubjectsAsSources reads the subject of a verb of judgement,
// forecast or request as the source of the claim, so a claim given to
// another source is reported; "who asked not to be named" credits no
// one, and a sentence added with such a verb carries its stance, not a
// credit.
func TestStanceSubjectsAsSources(t *testing.T) {
	for _, c := range []struct {
		text    string
		sources []string
	}{
		{"Officials blamed unusually heavy rains in February for the outbreak.", []string{"Officials"}},
		{"The Nigerian Meteorological Agency has forecast below-normal rainfall.", []string{"The Nigerian Meteorological Agency"}},
		{"The mayor of Vallorca has asked Madrid to declare a disaster zone.", []string{"The mayor of Vallorca"}},
		{"A security analyst in Singapore, who asked not to be named, said the talks had stalled.", []string{"A security analyst in Singapore"}},
		{"Clinics have been asked to set aside their doses.", nil},
	} {
		if got := attribTexts(extract(c.text, nil, nil).attribs); !slices.Equal(got, c.sources) {
			t.Errorf("sources of %q = %q, want %q", c.text, got, c.sources)
		}
	}
	ref := []string{"Storm hits town", "The storm brought down power lines across the town on Monday."}
	runMechanismCases(t, []mechanismCase{
		{"a stance added is the claim", ref,
			append(slices.Clone(ref), "Police later praised volunteers who helped clear fallen trees."),
			[]string{"added wording"}},
	})
}

// TestChromeSession9 reads as chrome the time stamps with a label, the
// time first or a byline before them, a developing-story label alone, an
// agency credit above the story and a photo caption credited to an agency
// between the story's paragraphs.
func TestChromeSession9(t *testing.T) {
	ref := []string{
		"Blackout hits Paraguay",
		"ASUNCION, March 11 (AFP) - A nationwide blackout cut electricity to most of Paraguay on Tuesday, officials said.",
		"Hospitals switched to generators and traffic lights failed across the capital.",
		"The state power company said a fault on a high-voltage line had tripped the grid.",
	}
	for _, c := range []struct {
		name string
		ver  []string
		want []string
	}{
		{"stamps and credits", []string{ref[0], "Published 14:05 BST, 23 May 2025", "AFP, Asuncion.", ref[1], ref[2], ref[3]}, nil},
		{"byline with its stamp", []string{ref[0], "By dpa news agency, 13 March 2025, 18:05", ref[1], ref[2], ref[3]}, nil},
		{"labelled stamp", []string{ref[0], ref[1], "Last updated: 12 March 2025 at 09:10 GMT", ref[2], ref[3]}, nil},
		{"developing label", []string{ref[0], ref[1], ref[2], ref[3]}, nil},
		{"caption credited to the agency", []string{ref[0], ref[1], "A policeman looks at a dark traffic light in Asuncion. (AFP)", ref[2], ref[3]}, nil},
		{"a story sentence is no stamp", []string{ref[0], ref[1], ref[2], ref[3], "Power was restored by 18:05 on Wednesday, 12 March 2025."}, []string{"added date"}},
		{"the wire's closing credit keeps its sentence", []string{ref[0], ref[1], ref[2], ref[3], "Engineers found a broken insulator on the line, officials said. (AFP)"}, []string{"added wording"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			r := ref
			if c.name == "developing label" {
				r = []string{ref[0], "(Developing)", ref[1], ref[2], ref[3]} // cut from the update
			}
			if got := materialOf(Compare(doc(r...), doc(c.ver...))); !slices.Equal(got, c.want) {
				t.Errorf("material = %v, want %v", got, c.want)
			}
		})
	}
}

// TestClaimFormsSession9 reads a currency's ISO code written onto its
// amount in a house style's case before a scale word, and a name tied to
// a participle ("Maltese-flagged") as the name.
func TestClaimFormsSession9(t *testing.T) {
	line := func(s string) []string {
		return []string{"Salvage begins", s, "Divers will inspect the hull first, the company said."}
	}
	runMechanismCases(t, []mechanismCase{
		{"a glued amount changed", line("The work will cost around Rwf180 million, the ministry said."),
			line("The work will cost around Rwf18 million, the ministry said."), []string{"altered number"}},
		{"a glued amount kept", line("The work will cost around Rwf180 million, the ministry said."),
			line("The work will cost about Rwf180 million, the ministry said."), nil},
		{"a flag retold", line("The Maltese-flagged Ostrava Star sank on July 19 in fog."),
			line("The Ostrava Star, which flew the Maltese flag, sank on July 19 in fog."), nil},
		{"another flag", line("The Maltese-flagged Ostrava Star sank on July 19 in fog."),
			line("The Ostrava Star, which flew the Liberian flag, sank on July 19 in fog."), []string{"altered entity"}},
		{"a judgement added", line("The pardon was seen as a rare concession to critics abroad, the ministry said."),
			line("The pardon was seen as a rare and grudging concession to critics abroad, the ministry said."), []string{"altered characterization"}},
	})
}

// TestQuoteSentenceCut reports a sentence cut from a quote whose other
// sentences stay as a quote dropped (or added), not as the quote altered:
// the kind is decided at sentence level.
func TestQuoteSentenceCut(t *testing.T) {
	q := func(s string) []string {
		return []string{"Grid under strain", "The operator restored power to the capital on Tuesday night.", s}
	}
	both := `"The grid was under enormous strain because of the cold. Consumption this week reached a record," he said.`
	one := `"The grid was under enormous strain because of the cold," he said.`
	runMechanismCases(t, []mechanismCase{
		{"a quote sentence cut", q(both), q(one), []string{"dropped quote"}},
		{"a quote sentence added", q(one), q(both), []string{"added quote"}},
		{"a quote sentence reworded", q(both), q(`"The grid was under enormous strain because of the frost," he said.`), []string{"altered quote"}},
	})
}

// TestHedgesSession9 reports a hedge dropped in the cases measured as
// missed: an estimate of another figure than the one that changed, a
// condition dropped from a claim kept in a retelling, "may" dropped
// beside a "not ruled out" both sides keep, and an estimate in a clause
// of the noun ("millet estimated at 34.2 million tonnes").
func TestHedgesSession9(t *testing.T) {
	line := func(s string) []string {
		return []string{"Harvest figures", s, "The ministry will publish a full breakdown next month."}
	}
	runMechanismCases(t, []mechanismCase{
		{"estimate of another figure",
			line("The bank, which has about 31,000 depositors, lent an estimated 6.2 billion crowns to the farm."),
			line("The bank, which has about 13,000 depositors, lent 6.2 billion crowns to the farm."),
			[]string{"altered number", "altered modality"}},
		{"estimate of the figure that changed",
			line("Turnout was estimated at about 68 percent, the commission said."),
			line("Turnout was 71 percent, the commission said."),
			[]string{"altered number"}},
		{"may dropped beside a possibility kept",
			line("Findings suggest a fractured rail may have caused the derailment, though sabotage has not been ruled out."),
			line("Findings suggest a fractured rail caused the derailment, though sabotage has not been ruled out."),
			[]string{"altered modality"}},
		{"estimate in a clause of the noun",
			line("Output of maize and millet estimated at 34.2 million tonnes was a record, the official said."),
			line("Output of maize and millet at 34.2 million tonnes was a record, the official said."),
			[]string{"altered modality"}},
		{"estimate made by a source",
			line("Police estimated the crowd at 6,000 on Saturday."),
			line("Police put the crowd at 6,000 on Saturday."),
			nil},
	})
	if !conditionOnKeptClaim(&Divergence{Detail: "If → (none)", RefText: "If convicted, the suspects face up to 12 years in prison.",
		VerText: "The suspects face up to 12 years in prison."}, []string{"If"}) {
		t.Error("a condition dropped from a claim kept is not seen")
	}
	if conditionOnKeptClaim(&Divergence{Detail: "(none) → If", RefText: "The suspects could face up to eight years in prison.",
		VerText: "If convicted, the suspects could spend up to eight years in prison."}, []string{"If"}) {
		t.Error("a condition added to a claim hedged anyway is taken for a change")
	}
}

// TestHeadOfBody reads "head" as any title of the one person who heads a
// body, for the same name: "Senacave president Óscar Villagra" →
// "Senacave head Óscar Villagra" is no change, while "president" →
// "director" still is.
func TestHeadOfBody(t *testing.T) {
	for _, c := range []struct {
		a, b []string
		want bool
	}{
		{[]string{"president"}, []string{"head"}, true},
		{[]string{"head"}, []string{"chairman"}, true},
		{[]string{"president"}, []string{"director"}, false},
		{[]string{"head"}, []string{"spokesman"}, false},
	} {
		if got := rolesShared(c.a, c.b); got != c.want {
			t.Errorf("rolesShared(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}

// TestDottedClock reads a 24-hour time written with a point after a word
// of time and before its zone or a word of the clock as a time, and any
// other figure written so (a price, a rate, a share) as a number.
func TestDottedClock(t *testing.T) {
	for _, c := range []struct {
		text         string
		dates, count []string
	}{
		{"Rail traffic resumed gradually from 11.00 hours, though delays were likely.", []string{"11.00"}, nil},
		{"The vote is due at 14.30 local time.", []string{"14.30"}, nil},
		{"Shares of Zenith Bank closed at 12.45 on Friday.", []string{"Friday"}, []string{"12.45"}},
		{"Unemployment fell to 5.10 from 5.30 in the previous quarter.", []string{"previous quarter"}, []string{"5.10", "5.30"}},
		{"The object was seen at 7.15 p.m. over the bay.", []string{"7.15 p.m."}, nil},
		{"Shares closed at 11.50 euros.", nil, []string{"11.50 euros"}},
		{"The firm priced its offering at 14.25 Egyptian pounds per share.", nil, []string{"14.25 Egyptian pounds"}},
		{"Polls close at 20.00 GMT.", []string{"20.00 GMT"}, nil},
		{"The dirham was little changed at 9.05 to the dollar.", nil, []string{"9.05"}},
		{"Output fell to 8.14 million hectares from 8.42 million.", nil, []string{"8.14 million hectares", "8.42 million"}},
	} {
		f := extract(c.text, nil, nil)
		if got := texts(f.dates); !slices.Equal(got, c.dates) {
			t.Errorf("dates of %q = %q, want %q", c.text, got, c.dates)
		}
		if got := texts(f.numbers); !slices.Equal(got, c.count) {
			t.Errorf("numbers of %q = %q, want %q", c.text, got, c.count)
		}
	}
}

// TestAnonymousToOnRecord reports a claim an unnamed source gave that the
// other version credits to a body on the record: "a police source" and
// "the state police command" speak for one body, but not as one source.
func TestAnonymousToOnRecord(t *testing.T) {
	line := func(s string) []string {
		return []string{"Troops deployed", s, "Voting closed at 6 pm in most of the state."}
	}
	runMechanismCases(t, []mechanismCase{
		{"a police source → the police command",
			line("About 200 officers were deployed around the office, according to a police source."),
			line("About 200 officers were deployed around the office, the state police command said."),
			[]string{"altered attribution"}},
		{"an official asking not to be named → the ministry",
			line("The particles formed during transport, a ministry official told reporters, asking not to be named."),
			line("The particles formed during transport, the ministry said in a statement."),
			[]string{"altered attribution"}},
		{"one body told two ways",
			line("About 200 officers were deployed around the office, the police said."),
			line("About 200 officers were deployed around the office, the state police command said."),
			nil},
	})
}

// TestChromeSession9Second reads as chrome an agency's or a byline's
// time stamp, a notice that the article is being updated or that its
// comments are closed, and a dated caption beside its credit; and reads
// "up to four years" → "a four-year ban" as the bound dropped.
func TestChromeSession9Second(t *testing.T) {
	runBoilerCases(t, []boilerCase{
		{"Comments are closed for this story.", true},
		{"The article is being updated.", true},
		{"Comments from readers are welcome.", false},
	})
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Reuters - Sunday, August 17, 2025 3:05 PM", true},
		{"By Amira Bouaziz, The Associated Press Posted May 13, 2025 at 4:12 AM", true},
		{"By Sunday, May 13, 2025, the toll had risen.", false},
	} {
		if got := dateLineRE.MatchString(Fold(c.text)); got != c.want {
			t.Errorf("dateLineRE(%q) = %v, want %v", c.text, got, c.want)
		}
	}
	ref := []string{
		"Bus plunges off mountain road",
		"The coach left the road on a hairpin bend near the village of Horna Lucka, police said.",
		"Rescuers used ropes and a crane to reach the wreckage.",
	}
	runMechanismCases(t, []mechanismCase{
		{"a dated caption and its credit", ref,
			[]string{ref[0], ref[1], "Rescue workers at the crash site in central Slovakia, August 17, 2025. REUTERS", ref[2]}, nil},
		{"a bound dropped before a compound",
			[]string{"Runner banned", "A first offence carries a ban of up to four years, the unit said.", ref[2]},
			[]string{"Runner banned", "A first offence carries a four-year ban, the unit said.", ref[2]},
			[]string{"altered number"}},
		{"no bound before a compound",
			[]string{"Runner banned", "A first offence carries a ban of four years, the unit said.", ref[2]},
			[]string{"Runner banned", "A first offence carries a four-year ban, the unit said.", ref[2]},
			nil},
	})
}

// TestReviewSession9 keeps the misfires a review by fresh eyes found in
// this session's rules, each fixed: a sentence opening with "Asked", a
// dropped quote sentence's paragraphs, the wire's closing credit and a
// tagged fact taken for captions, a stripped copy with a dated footer,
// synonymous titles and bodies, "may" against "not ruled out", an
// estimate a source made, "poorly-built", "crippled", "head coach", an
// editor's cut of "1,200", an estimate far from its figure, the noun
// "forecast" and "U.S." inside a quote.
func TestReviewSession9(t *testing.T) {
	story := []string{
		"Blackout hits Paraguay",
		"ASUNCION, March 11 (AFP) - A nationwide blackout cut electricity to most of Paraguay on Tuesday, officials said.",
		"Hospitals switched to generators and traffic lights failed across the capital.",
		"The state power company said a fault on a high-voltage line had tripped the grid.",
	}
	plus := func(at int, s ...string) []string {
		return append(append(slices.Clone(story[:at]), s...), story[at:]...)
	}
	runMechanismCases(t, []mechanismCase{
		{"asked opening a sentence",
			[]string{"Minister under fire", "The transport minister faced questions over the rail delays on Monday.", "Asked the reason for the delay, the minister blamed the weather."},
			[]string{"Minister under fire", "The transport minister faced questions over the rail delays on Monday.", "Asked the reason for the delays, the minister blamed the cold weather."},
			nil},
		{"the wire's closing credit before a footer", story,
			append(slices.Clone(story), "Power was restored to most of the country by midnight. (AFP)", "Copyright 2025 AFP. All rights reserved."),
			[]string{"added date"}},
		{"a tagged fact between paragraphs", story,
			plus(2, "Two patients died when a hospital generator failed in Luque. (AFP)"),
			[]string{"added number"}},
		{"a digitless copy with a dated footer",
			[]string{"Storm hits coast", "The storm killed 24 people on Monday, officials said.", "Rescue teams from 3 towns worked through the night."},
			[]string{"Storm hits coast", "The storm killed people on Monday, officials said.", "Rescue teams from towns worked through the night.", "Published 14:05 BST, 23 May 2025"},
			nil},
		{"may against not ruled out",
			[]string{"Train derails", "Investigators said sabotage may have caused the derailment.", "Services on the line remain suspended."},
			[]string{"Train derails", "Investigators said sabotage had not been ruled out as the cause of the derailment.", "Services on the line remain suspended."},
			nil},
		{"an estimate a source made",
			[]string{"March in the capital", "The crowd, which police estimated at 6,000, marched to parliament on Saturday.", "Organisers said more rallies would follow."},
			[]string{"March in the capital", "The crowd, which police put at 6,000, marched to parliament on Saturday.", "Organisers said more rallies would follow."},
			nil},
		{"an editor's cut of a grouped figure",
			[]string{"Protests", "Police arrested 1,200 protesters on Saturday, officials said.", "The march had been banned by 3 courts."},
			[]string{"Protests", "Police arrested protesters on Saturday, officials said.", "The march had been banned by 3 courts."},
			[]string{"altered number"}},
		{"an estimate far from its figure",
			[]string{"Flood damage", "Damage was estimated by the ministry's disaster office at about 1.5 billion euros.", "Roads remain closed."},
			[]string{"Flood damage", "Damage was put by the ministry's disaster office at about 1.8 billion euros.", "Roads remain closed."},
			[]string{"altered number"}},
	})
	checkSources(t, "otherRoles", otherRoles, []sourceCase{
		{"Police spokesman Ali Khan", "police spokesperson Ali Khan", false},
		{"the lawyer", "the attorney", false},
		{"Home Secretary Jane Doe", "the home minister", false},
	})
	checkSources(t, "otherBodies", otherBodies, []sourceCase{
		{"The army", "Assimi Goita's military", false},
		{"the police", "the authorities", false},
		{"the government", "a government spokesman", false},
		{"the police", "a police spokesman", false},
		{"the regional government", "a police spokesman", true},
	})
	if !participleCompound("poorly-built") || participleCompound("maltese-flagged") {
		t.Error("participleCompound: poorly-built judges, Maltese-flagged ties")
	}
	if rolesShared([]string{"head", "coach"}, []string{"president"}) {
		t.Error(`rolesShared: "head coach" is no president`)
	}
	if evaluative["crippled"] || evaluative["needless"] {
		t.Error(`"crippled" and "needless" have plain uses`)
	}
	if got := attribTexts(extract("The IMF's forecast of 3.1 percent growth was cut on Tuesday.", nil, nil).attribs); len(got) > 0 {
		t.Errorf("the noun forecast credits %q", got)
	}
	if got := quoteSentences("We will buy power from the U.S. Army bases nearby"); len(got) != 1 {
		t.Errorf("quoteSentences split at an abbreviation: %q", got)
	}
	c := Compare(doc(story[0], `"The grid was under strain because of the cold. Consumption reached a record," he said.`),
		doc(story[0], `"The grid was under strain because of the cold," he said.`))
	for _, d := range c.Divergences {
		if d.Kind == Dropped && d.VerPara != -1 || d.Kind == Added && d.RefPara != -1 {
			t.Errorf("one-sided divergence with both paragraphs: %+v", d)
		}
	}
}

// TestFigureToldElsewhereKeepsItsUnit keeps a sentence a retelling drops
// when its measure is told elsewhere only as another thing's count:
// "three days of national mourning" is not the "three nurses" or "three
// times" the retelling gives (set31, a retold story of a hospital fire).
func TestFigureToldElsewhereKeepsItsUnit(t *testing.T) {
	name := "testdata/devsets/set31/06-hospital-fire-guatemala-rewrite.txt"
	data, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	p, err := parseCorpus(name, data)
	if err != nil {
		t.Fatal(err)
	}
	c := Compare(p.Ref, p.Ver)
	for _, d := range c.Divergences {
		if strings.Contains(d.RefText, "national mourning") {
			if !d.Material || d.Kind != Dropped {
				t.Errorf("the dropped mourning is reported as %s %s (%s)", d.Kind, d.Facet, d.Detail)
			}
			return
		}
	}
	t.Error("the dropped mourning is not reported")
}

// TestReviewSession9Second keeps the misfires a second review found in
// this session's rules, each fixed: a story sentence opening with "By"
// and ending in a date, "slapped" and "avoidable", market figures read as
// times, "100-plus", estimates made by observers or written in words,
// second references and generic bodies taken for other sources, "not
// authorised", a stripped copy whose page keeps a figure, present-tense
// facts beside "(AFP)", "may" under "not ruled out" and a word of assent
// cut from a quote.
func TestReviewSession9Second(t *testing.T) {
	kenya := []string{
		"Kenya sets election date",
		"NAIROBI, March 11 (Reuters) - Kenya's electoral commission said on Tuesday it would hold a general election in August next year, ending months of uncertainty.",
		"The commission said voter registration would open in May.",
		"Opposition leaders welcomed the announcement but demanded an audit of the voter roll.",
	}
	one := func(s string) []string { return []string{kenya[0], s, kenya[2], kenya[3]} }
	runMechanismCases(t, []mechanismCase{
		{"a story sentence opening with By", kenya,
			[]string{kenya[0], kenya[1], "By law, the election must be held by August 9, 2027.", kenya[2], kenya[3]},
			[]string{"added date"}},
		{"slapped for imposed", one("Washington slapped tariffs of up to 25% on Chinese steel last year."),
			one("Washington imposed tariffs of up to 25% on Chinese steel last year."), nil},
		{"a price after at", one("Shares of Zenith Bank closed at 12.45 on Friday."),
			one("Shares of Zenith Bank closed at N12.45 on Friday."), nil},
		{"a plus figure", one("The coast guard said it rescued more than 100 passengers."),
			one("The coast guard said it rescued 100-plus passengers."), nil},
		{"an estimate observers made", one("Turnout, which observers estimated at 60 percent, was lower than in 2020."),
			one("Turnout, which observers put at 60 percent, was lower than in 2020."), nil},
		{"an estimate in words", one("An estimated two-thirds of the rice crop was lost, the agriculture ministry said."),
			one("Three-quarters of the rice crop was lost, the agriculture ministry said."), []string{"altered number"}},
		{"not authorised", one("The Interior Ministry said 12 officers were hurt in the protest, which was not authorised."),
			one("Twelve officers were hurt at the unauthorised protest, the ministry said."), nil},
		{"may under not ruled out", one("Investigators have not ruled out that the crash may have been deliberate."),
			one("Investigators have not ruled out that the crash was deliberate."), nil},
		{"a word of assent cut", one(`"Absolutely. We will appeal," her lawyer said.`),
			one(`"We will appeal," her lawyer said.`), []string{"altered quote"}},
		{"a stripped copy whose headline keeps its figure",
			[]string{"Storm kills 24 on coast", "The storm killed 24 people on Monday, officials said.", "Rescue teams from 3 towns worked through the night near Orvel.", "About 1,200 homes were left without power."},
			[]string{"Storm kills 24 on coast", "The storm killed people on Monday, officials said.", "Rescue teams from towns worked through the night near Orvel.", "About homes were left without power."},
			nil},
	})
	if n := len(extract("The group stopped short of calling for a veto.", nil, nil).negs); n != 1 {
		t.Errorf(`"stopped short of" gives %d negations, want 1`, n)
	}
	for _, s := range []string{"Kenya is the worst-hit country in East Africa.", "Thousands of families in Marsabit now depend on food aid."} {
		if describesScene(s, Fold(s)) {
			t.Errorf("describesScene(%q) = true, want false: a fact, not a caption", s)
		}
	}
	checkSources(t, "otherRoles", otherRoles, []sourceCase{
		{"Prime Minister Ana Ruiz", "the premier", false},
		{"Senator Ana Ruiz", "the lawmaker", false},
		{"White House press secretary Ana Ruiz", "the spokeswoman", false},
	})
	checkSources(t, "otherBodies", otherBodies, []sourceCase{
		{"The Federal Board of Revenue", "the tax authority", false},
		{"The government", "The Energy Ministry", false},
		{"The regional government", "The Ministry of Finance", true},
	})
}

// TestCountOfSource reports a source counted anew as the number's change,
// not as another source: "Thousands of farmers rejected" → "Hundreds of
// farmers rejected".
func TestCountOfSource(t *testing.T) {
	line := func(s string) []string {
		return []string{"Farmers protest", s, "The board will meet again on Friday."}
	}
	runMechanismCases(t, []mechanismCase{
		{"a crowd counted anew", line("Thousands of farmers rejected the board's offer on Tuesday."),
			line("Hundreds of farmers rejected the board's offer on Tuesday."), []string{"altered number"}},
		{"sources counted anew", line("Two officials said the talks had stalled."),
			line("Three officials said the talks had stalled."), []string{"altered number"}},
		{"another source", line("Two officials said the talks had stalled."),
			line("Two diplomats said the talks had stalled."), []string{"altered attribution"}},
	})
}

// TestChromeSession9Third reads as chrome an agency's stamp after a
// slash, a numeric date, stamps told as a time ago, a take's note of what
// it added, a note that a feed's copy was imported as it came, and
// captions in the present tense that name a place or end with a date.
func TestChromeSession9Third(t *testing.T) {
	runBoilerCases(t, []boilerCase{
		{"Published 2 hours ago", true},
		{"Updated 40 minutes ago", true},
		{"Updated 16:45 with comment from the education minister", true},
		{"This article was automatically imported from a news agency feed and has not been edited by our newsroom.", true},
		{"Updated figures from the ministry showed 40 deaths.", false},
	})
	for _, s := range []string{"Reuters / Updated: 14 Apr 2025, 01:52 PM IST", "AFP / 14/07/2024 09:41"} {
		if !timeStamp(s, Fold(s)) {
			t.Errorf("timeStamp(%q) = false, want true", s)
		}
	}
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Rescuers search the Vranjica canyon near Split, Croatia.", true},
		{"A rescue helicopter flies over the Draganja canyon, August 9, 2025.", true},
		{"The canyons reopen on September 2, 2025.", false},
		{"Governor Will Ainsworth will tour the damage in Mobile.", false},
		{"Mayor Ana Ruiz Has Resigned.", false},
		{"THE COMMISSION HAS EXTENDED VOTING HOURS.", false},
		{"The election commission Will Not extend voting hours.", false},
		{"Rescuers found 12 bodies in the canyon on August 9, 2025.", false},
		{"The rains split the road in two.", false},
	} {
		if got := statesNothing(c.text, Fold(c.text)); got != c.want {
			t.Errorf("statesNothing(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// sourceCase is two descriptions of sources and whether a judge of
// sources (otherBodies, otherRoles) should call them different.
type sourceCase struct {
	a, b string
	want bool
}

// checkSources runs judge, named name, on each case.
func checkSources(t *testing.T, name string, judge func(a, b string) bool, cases []sourceCase) {
	t.Helper()
	for _, c := range cases {
		if got := judge(c.a, c.b); got != c.want {
			t.Errorf("%s(%q, %q) = %v, want %v", name, c.a, c.b, got, c.want)
		}
	}
}
