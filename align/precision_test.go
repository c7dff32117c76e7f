package align

import (
	"strings"
	"testing"
)

// TestWriterChrome checks that lines about the writer and the copy's
// origin (a byline with the writer's role, a contact line, a beat line,
// a dashed sign-off, a note on where the report first appeared) are
// site chrome, not claims.
func TestWriterChrome(t *testing.T) {
	ref := []string{
		"The harbour board approved a second ferry berth at Quay Street on Thursday.",
		"Building work is due to start in April and cost about 4 million dollars.",
		"Board chair Lena Ostrova said the berth would end long queues in summer.",
	}
	with := func(before, after []string) []string {
		return append(append(append([]string{}, before...), ref...), after...)
	}
	runMechanismCases(t, []mechanismCase{
		{"byline with a role", ref, with(nil, []string{"By Tomas Reyes | Harbour Gazette reporter covering shipping and the waterfront"}), nil},
		{"byline with a long title", ref, with(nil, []string{"By Amara Obi / Bayside Mail staff writer covering coastal affairs"}), nil},
		{"beat and contact line", ref, with(nil, []string{"Nikos Ferrante covers city hall for Channel 9 Eyewitness. Email him at nferrante@ch9.example."}), nil},
		{"contact line alone", ref, with(nil, []string{"You can reach her at rmendes@star.example."}), nil},
		{"beat line closing the article", ref, with(nil, []string{"Rita Mendes writes about transport for the Lakeside Star."}), nil},
		{"dashed sign-off", append(append([]string{}, ref...), "— Lakeside News Service"), with(nil, []string{"--LNS"}), nil},
		{"first published note", append(append([]string{}, ref...), "— Lakeside News Service"),
			with(nil, []string{"This report by Lakeside News Service was first published May 4, 2026."}), nil},
		// A story sentence of the same shape is still a claim.
		{"beat verb in a story sentence", ref, with(nil, []string{"The new levy covers ferry fares for visitors from May."}),
			[]string{"added date"}},
		{"dashed list item", ref, with(nil, []string{"- free parking for residents"}), []string{"added wording"}},
	})
}

// TestDatelineVariants checks that datelines naming a region in
// brackets or the day before the month are no claims: the place and
// date they give differ in form between a wire story and its rewrite.
func TestDatelineVariants(t *testing.T) {
	runMechanismCases(t, []mechanismCase{
		{"region in brackets dropped",
			[]string{"Mysuru (Karnataka) [India], March 12 (ANI): Forest officials rescued a leopard from a dry well on Tuesday."},
			[]string{"MYSURU: Forest officials rescued a leopard from a dry well on Tuesday."}, nil},
		{"day before the month",
			[]string{"MUSCAT, 14 January 2026 — The port authority has opened a new container terminal at Sohar."},
			[]string{"MUSCAT, Jan 14 (Reuters) — The port authority has opened a new container terminal at Sohar."}, nil},
		{"press release dateline",
			[]string{"OSLO, Norway, March 4, 2026 /Nordwire/ -- Fjordline Shipping has ordered two electric ferries."},
			[]string{"Fjordline Shipping has ordered two electric ferries."}, nil},
		{"place still compared after the dateline",
			[]string{"Mysuru (Karnataka) [India], March 12 (ANI): Forest officials rescued a leopard in Hunsur on Tuesday."},
			[]string{"MYSURU: Forest officials rescued a leopard in Periyapatna on Tuesday."}, []string{"altered entity"}},
	})
}

// TestCurrencyForms checks amounts in currencies without a symbol of
// their own: a code glued to the number, a code before it and the name
// after it are the same amount; an amount in brackets after another is
// its conversion; a hyphened scale belongs to the number.
func TestCurrencyForms(t *testing.T) {
	runMechanismCases(t, []mechanismCase{
		{"code glued and name written out",
			[]string{"The ministry signed a QR1.5 billion deal for a new hospital in Al Khor."},
			[]string{"The ministry signed a 1.5 billion riyal deal for a new hospital in Al Khor."}, nil},
		{"code spaced and name written out",
			[]string{"Farmers will receive KES 2,000 for each bag of maize delivered."},
			[]string{"Farmers will receive 2,000 shillings for each bag of maize delivered."}, nil},
		{"conversion added in brackets",
			[]string{"The airline ordered jets worth 9 billion dirhams from the manufacturer."},
			[]string{"The airline ordered jets worth 9 billion dirhams ($2.45 billion) from the manufacturer."}, nil},
		{"glued letter with a hyphened scale changed",
			[]string{"Auditors flagged a P40-million overrun on the flood wall in Pasig."},
			[]string{"Auditors flagged a P45-million overrun on the flood wall in Pasig."}, []string{"altered number"}},
		{"written-out amount changed",
			[]string{"The ministry signed a QR1.5 billion deal for a new hospital in Al Khor."},
			[]string{"The ministry signed a 1.8 billion riyal deal for a new hospital in Al Khor."}, []string{"altered number"}},
		{"converted amount changed",
			[]string{"The airline ordered jets worth 9 billion dirhams ($2.45 billion) from the manufacturer."},
			[]string{"The airline ordered jets worth 9 billion dirhams ($3 billion) from the manufacturer."}, []string{"altered number"}},
	})
}

// TestRetoldForms checks paraphrases that tell the same claim in another
// form: a weekday for the day a dateline implies, a qualifier that comes
// with a changed number, a document's issuer or a study credited as
// "according to", a future tense for a present one, and a credit to the
// outlet a copy retells. Each also keeps a real change reported.
func TestRetoldForms(t *testing.T) {
	runMechanismCases(t, []mechanismCase{
		{"weekday for a day before the dateline",
			[]string{"Pune, Jan 9 (PTI) The university on Friday annulled the entrance test held a day earlier after complaints of cheating."},
			[]string{"PUNE: The entrance test held on Thursday was annulled by the university on Friday after complaints of cheating."}, nil},
		{"weekday changed against the dateline",
			[]string{"Pune, Jan 9 (PTI) The university on Friday annulled the entrance test held on Wednesday after complaints of cheating."},
			[]string{"PUNE: The entrance test held on Thursday was annulled by the university on Friday after complaints of cheating."},
			[]string{"altered date"}},
		{"qualifier with a changed number",
			[]string{"The new stand drew 412 complaints from neighbours about noise."},
			[]string{"The new stand drew nearly 450 complaints from neighbours about noise."}, []string{"altered number"}},
		{"issuer of a statement",
			[]string{"The operator, Brightwater Rail, said services would resume on Monday."},
			[]string{"Services will resume on Monday, according to a statement from the operator, Brightwater Rail."}, nil},
		{"another issuer of a statement",
			[]string{"The operator, Brightwater Rail, said services would resume on Monday."},
			[]string{"Services will resume on Monday, according to a statement from the regulator, Transit Watch."},
			[]string{"altered attribution"}},
		{"a study found",
			[]string{"A poll last month found that 64% of shops had cut opening hours."},
			[]string{"According to a poll last month, 64% of shops had cut opening hours."}, nil},
		{"a study found, then an official said",
			[]string{"A poll last month found that 64% of shops had cut opening hours."},
			[]string{"Some 64% of shops had cut opening hours, the mayor said."}, []string{"altered attribution"}},
		{"present told as future",
			[]string{"The budget also funds a night bus service for students."},
			[]string{"Under the budget, a night bus service for students will be funded."}, nil},
		{"plan told as future",
			[]string{"The board has agreed to move the archive to a new building."},
			[]string{"The archive is to be moved to a new building after a board vote."}, nil},
		{"done told as future",
			[]string{"The mill closed its packing line last month."},
			[]string{"The mill will close its packing line next month."}, []string{"altered date", "altered modality"}},
		{"outlet credited by a copy",
			[]string{"The county has closed the Mill Lane bridge after cracks were found in its supports."},
			[]string{"The county has closed the Mill Lane bridge after cracks were found in its supports, the Valley Herald reported."}, nil},
		{"outlet credited instead of an official",
			[]string{"The county has closed the Mill Lane bridge after cracks were found in its supports, a county engineer said."},
			[]string{"The county has closed the Mill Lane bridge after cracks were found in its supports, the Valley Herald reported."},
			[]string{"altered attribution"}},
	})
}

// TestOpenAndResolvedClaims checks claims that go from open to settled:
// a cause "under investigation" is not known yet (no inquiry is the
// news); the details that come with a cause found are the finding's, not
// claims of their own; a count of casualties where there were none is one
// changed claim, even worded apart. Speed units written out or
// abbreviated are the same unit.
func TestOpenAndResolvedClaims(t *testing.T) {
	runMechanismCases(t, []mechanismCase{
		{"cause under investigation for a suspected one",
			[]string{"Investigators believe a faulty heater may have started the fire, the fire service said."},
			[]string{"The cause of the fire is under investigation, the fire service said."}, []string{"altered modality"}},
		{"a person under investigation is news",
			[]string{"The clerk resigned on Monday."},
			[]string{"The clerk is under investigation."}, []string{"altered wording"}},
		{"cause found with its details",
			[]string{"The cause of the leak was not yet known."},
			[]string{"The leak came from a valve fitted 40 years ago, the water board said."}, []string{"altered modality"}},
		{"cause found, a detail still changed elsewhere",
			[]string{"The leak flooded 12 homes. The cause of the leak was not yet known."},
			[]string{"The leak flooded 15 homes. The leak came from a valve fitted 40 years ago, the water board said."},
			[]string{"altered number", "altered modality"}},
		{"casualties where there were none",
			[]string{"Crews put out the fire within an hour. Nobody was hurt."},
			[]string{"Crews put out the fire within an hour. Three residents were taken to hospital with burns."},
			[]string{"altered number"}},
		{"speed unit abbreviated",
			[]string{"The storm reached the coast on Sunday with maximum winds of 140 kilometres per hour."},
			[]string{"The storm reached the coast on Sunday with maximum winds of 140 km/h."}, nil},
		{"speed unit changed",
			[]string{"Gusts reached 140 kilometres per hour on the coast."},
			[]string{"Gusts reached 140 miles per hour on the coast."}, []string{"altered number"}},
	})
}

// TestSettledPlans checks claims that move from planned or suspected to
// done or found: the act done where it was weighed, and the inquiry that
// found what was suspected, are the modality's change, not claims of
// their own; an adverb after "is" keeps an intention a verb; a denial of
// "claims" or "reports" retells the claim and its unnamed sources.
func TestSettledPlans(t *testing.T) {
	runMechanismCases(t, []mechanismCase{
		{"weighed, then done",
			[]string{"The county is weighing a plan to close the landfill at Ash Creek."},
			[]string{"The county has approved a plan to close the landfill at Ash Creek."}, []string{"altered modality"}},
		{"hedged act dropped for another",
			[]string{"The mayor said the plan could be approved by the end of May."},
			[]string{"The mayor said work would start by the end of May."}, []string{"altered modality", "altered wording"}},
		{"suspected, then found by an inquiry",
			[]string{"Engineers suspect that corrosion may have weakened the bridge, officials said."},
			[]string{"An initial inquiry found that corrosion weakened the bridge, officials said."}, []string{"altered modality"}},
		{"intention after an adverb",
			[]string{"According to sources, the chain is also planning to close its store in Leeds."},
			[]string{"The chain denied reports that it was planning to close its store in Leeds."}, []string{"altered negation"}},
		{"denial added with its claims",
			[]string{"The ferry returned to service on Friday."},
			[]string{"The ferry returned to service on Friday. A spokeswoman for the operator denied claims that repairs had been rushed."},
			[]string{"added negation"}},
	})
}

// TestNegationForms checks negations that are no denial: a possibility
// "not ruled out" is a hedge, and a negation inside a quote told in
// reported speech on the other side stays the quote's. A count of
// casualties where there were none is paired however far it moved.
func TestNegationForms(t *testing.T) {
	runMechanismCases(t, []mechanismCase{
		{"possibility not ruled out, then settled",
			[]string{"The cause of the blackout was not yet known, but sabotage had not been ruled out, the utility said."},
			[]string{"The blackout was caused by a fire at the substation, the utility said."}, []string{"altered modality"}},
		{"plain negation kept",
			[]string{"The utility said sabotage was not involved."},
			[]string{"The utility said sabotage was involved."}, []string{"altered negation"}},
		{"negation of a quote told in part",
			[]string{`"The pilots followed every procedure and the jet landed without damage," the airline said.`},
			[]string{"The airline said the jet landed without damage but that the pilots had ignored a warning."},
			[]string{"altered quote"}},
		{"casualties of another event",
			[]string{"Flames spread to three sheds on Sunday.", "Several crews fought the fire overnight.", "No injuries were reported."},
			[]string{"Flames spread to three sheds on Sunday.", "Two drivers died in a crash on the Kellet bypass on Monday.", "Several crews fought the fire overnight."},
			[]string{"added number", "dropped negation"}},
		{"casualties in another paragraph",
			[]string{"Flames spread to three sheds on Sunday.", "Several crews fought the fire overnight.", "No injuries were reported."},
			[]string{"Flames spread to three sheds on Sunday.", "A volunteer was taken to hospital with smoke inhalation.", "Several crews fought the fire overnight."},
			[]string{"altered negation"}},
	})
}

// TestWordForms checks claims told with other word forms: a compound
// number word with "one" ("forty-one thousand"), and a negative prefix
// for a negated word ("no longer profitable" → "unprofitable").
func TestWordForms(t *testing.T) {
	runMechanismCases(t, []mechanismCase{
		{"compound number word with one",
			[]string{"The scheme now reaches 41,000 households in the district."},
			[]string{"The scheme now reaches forty-one thousand households in the district."}, nil},
		{"compound number word changed",
			[]string{"The scheme now reaches 41,000 households in the district."},
			[]string{"The scheme now reaches forty-two thousand households in the district."}, []string{"altered number"}},
		{"negated word for its negative prefix",
			[]string{"The owners said the hotel was no longer profitable because of high energy bills."},
			[]string{"High energy bills had made the hotel unprofitable, the owners said."}, nil},
		{"negation dropped",
			[]string{"The owners said the hotel was no longer profitable because of high energy bills."},
			[]string{"The owners said the hotel was profitable despite high energy bills."}, []string{"altered negation"}},
	})
}

// TestClaimFacetForms checks the facet given to a sentence added whole
// and to a comment appended to a sentence: a count opening a sentence
// ("One …") is a number; a verbless noun phrase after a comma judges the
// claim ("…, a rare sight in the city").
func TestClaimFacetForms(t *testing.T) {
	runMechanismCases(t, []mechanismCase{
		{"count opening an added sentence",
			[]string{"The road reopened at noon."},
			[]string{"The road reopened at noon. One driver was treated for minor cuts."}, []string{"added number"}},
		{"comment appended",
			[]string{"The new tram line will run on overhead power from a hydro plant."},
			[]string{"The new tram line will run on overhead power from a hydro plant, a rare arrangement for a city of its size."},
			[]string{"altered characterization"}},
		{"clause appended",
			[]string{"The new tram line will run on overhead power from a hydro plant."},
			[]string{"The new tram line will run on overhead power from a hydro plant, which the council bought from a private firm."},
			[]string{"altered wording"}},
	})
}

// TestRetoldQuoteStrengthened checks that a quote told in reported speech
// with a judging word added is the quote's change, while a faithful
// retelling is none.
func TestRetoldQuoteStrengthened(t *testing.T) {
	runMechanismCases(t, []mechanismCase{
		{"retold faithfully",
			[]string{`"We have seen reading scores rise in classes where tablets are used," the head teacher said.`},
			[]string{"The head teacher said they had seen reading scores rise in classes where tablets are used."}, nil},
		{"retold stronger",
			[]string{`"We have seen reading scores rise in classes where tablets are used," the head teacher said.`},
			[]string{"The head teacher said reading scores had risen sharply in classes where tablets are used."},
			[]string{"altered quote"}},
	})
}

// TestDatelineAbbreviatedState checks a dateline whose state is
// abbreviated before the agency ("CITY, St. (AP) —"): it stays with its
// sentence, and the place it gives is no name added when the rewrite
// names it in the text.
func TestDatelineAbbreviatedState(t *testing.T) {
	if got := Sentences("MILLBROOK, Ore. (AP) — A landslide closed Route 9 on Monday."); len(got) != 1 {
		t.Errorf("Sentences = %q, want one sentence", got)
	}
	runMechanismCases(t, []mechanismCase{
		{"place of the dateline named in the text",
			[]string{"MILLBROOK, Ore. (AP) — A landslide closed Route 9 on Monday, stranding about 40 drivers."},
			[]string{"A landslide in Millbrook, Oregon, closed Route 9 on Monday, stranding about 40 drivers, The Associated Press reported."}, nil},
		{"another place named in the text",
			[]string{"MILLBROOK, Ore. (AP) — A landslide closed Route 9 on Monday, stranding about 40 drivers."},
			[]string{"A landslide near Cedar Bluff closed Route 9 on Monday, stranding about 40 drivers, The Associated Press reported."},
			[]string{"altered entity"}},
	})
}

// TestSpeakerForms checks speakers and quotes told in other forms: a role
// naming its owner before a name ("Lee's lawyer, Ana Cruz,") is the same
// speaker as "his lawyer, Ana Cruz"; a quote retold with its negation
// reversed is the quote's change; a word inflected on the other side is
// not a negative of its own; a choice weighed is not a plan.
func TestSpeakerForms(t *testing.T) {
	runMechanismCases(t, []mechanismCase{
		{"owner's role before a name",
			[]string{"Lee's lawyer, Ana Cruz, said the contract had been signed under pressure."},
			[]string{"His lawyer, Ana Cruz, said the contract had been signed under pressure."}, nil},
		{"quote retold reversed",
			[]string{`"This ruling tells landlords that they cannot ignore repairs," Lee's lawyer, Ana Cruz, told the Courier.`},
			[]string{"His lawyer, Ana Cruz, told the Courier the ruling showed that landlords had been ignoring repairs."},
			[]string{"altered quote"}},
		{"choice weighed, then planned",
			[]string{"The club said in a statement that it was considering an appeal."},
			[]string{"The club said in a statement that it would appeal."}, []string{"altered modality"}},
		{"plan told as would",
			[]string{"The club said in a statement that it planned to appeal."},
			[]string{"The club said in a statement that it would appeal."}, nil},
	})
}

// TestSourceAndNameSpecifiers checks sources and names given more or less
// fully: dealers "quoted by" an outlet are the dealers, traders and
// dealers are one kind of source, and a country that only specifies a
// currency both sides name ("the US dollar" → "the dollar") is no name
// changed; a nationality dropped from other nouns still is.
func TestSourceAndNameSpecifiers(t *testing.T) {
	runMechanismCases(t, []mechanismCase{
		{"source quoted by an outlet",
			[]string{"The shilling weakened to 131.2 against the dollar on Friday, currency traders said."},
			[]string{"The shilling weakened to 131.2 against the dollar on Friday, according to currency dealers quoted by the Daily Ledger."}, nil},
		{"nationality specifying a shared noun",
			[]string{"The shilling weakened to 131.2 against the US dollar on Friday."},
			[]string{"The Kenyan shilling weakened to 131.2 against the dollar on Friday."}, nil},
		{"nationality swapped on a shared noun",
			[]string{"The shilling weakened to 131.2 against the US dollar on Friday."},
			[]string{"The shilling weakened to 131.2 against the Canadian dollar on Friday."}, []string{"altered entity"}},
		{"nationality dropped from people",
			[]string{"A group of Chinese investors bought a 20% stake in the port on Friday."},
			[]string{"A group of investors bought a 20% stake in the port on Friday."}, []string{"altered entity"}},
		{"nationality swapped, one opening the sentence",
			[]string{"The race was won by Kenyan runner Ada Moyo, who broke clear on the last lap."},
			[]string{"Ugandan runner Ada Moyo won the race after breaking clear on the last lap."}, []string{"altered entity"}},
	})
}

// TestSourceDetails checks details of a source told on one side only: a
// count of the sources ("two aides said" → "the office said"), a finding
// credited after the claim ("…, researchers have found"), the issuer of
// figures published on a day, and a condition cut with its negation.
func TestSourceDetails(t *testing.T) {
	runMechanismCases(t, []mechanismCase{
		{"count of sources dropped",
			[]string{"The governor will name Rita Osei as health minister, two aides in her office said on Monday."},
			[]string{"The governor will name Rita Osei as health minister, her office said on Monday."}, nil},
		{"count of sources changed",
			[]string{"The governor will name Rita Osei as health minister, two aides said on Monday."},
			[]string{"The governor will name Rita Osei as health minister, three aides said on Monday."}, []string{"altered number"}},
		{"finding credited after the claim",
			[]string{"Nearly half of the wells in Kord valley were dry last summer, according to a survey by hydrologists at Vell University."},
			[]string{"Nearly half of the wells in Kord valley were dry last summer, Vell University hydrologists have found."}, nil},
		{"issuer of published figures",
			[]string{"Rents in Varna rose 6.1% this year, according to figures published on Monday by the Housing Board."},
			[]string{"Rents in Varna rose 6.1% this year, the Housing Board said on Monday."}, nil},
		{"condition cut with its negation",
			[]string{"The union said clinics could close early if staffing was not improved."},
			[]string{"The union said clinics would close early."}, []string{"altered modality"}},
	})
}

// TestDroppedSentenceFacets checks the facet of a dropped sentence
// whose number names or refers back rather than counts ("Highway 12",
// "the two men" of a story that counted them before), and that a
// closing credit paired with a byline does not hide a truncated copy.
func TestDroppedSentenceFacets(t *testing.T) {
	runMechanismCases(t, []mechanismCase{
		{"road number",
			[]string{"A tanker overturned near Dunmore on Friday.", "The crash closed Highway 40 in both directions."},
			[]string{"A tanker overturned near Dunmore on Friday."}, []string{"dropped entity"}},
		{"count told before",
			[]string{"Police arrested two men at Dunmore station on Friday.", "The two men, both from Carlow, were charged with theft."},
			[]string{"Police arrested two men at Dunmore station on Friday."}, []string{"dropped wording"}},
		{"road number changed",
			[]string{"The crash closed Highway 40 in both directions."},
			[]string{"The crash closed Highway 44 in both directions."}, []string{"altered number"}},
	})
	ref := []string{
		"Heavy rain flooded the main street of Dunmore on Sunday night.",
		"Crews pumped water from 30 homes before dawn.",
		"The council opened a shelter at the town hall for families who had to leave.",
		"Forecasters expect more rain on Tuesday across the county.",
		"Schools in Dunmore will stay closed on Monday.",
		"DPA",
	}
	ver := []string{
		"By Ola Brennan, DPA",
		"Heavy rain flooded the main street of Dunmore on Sunday night.",
		"Crews pumped water from 30 homes before dawn.",
		"Subscribe to keep reading.",
	}
	if c := Compare(doc(ref...), doc(ver...)); !c.Summary.Truncated {
		t.Errorf("Truncated = false, want true; alignment %v", c.Alignment)
	}
}

// TestBeliefConfirmedWithCount checks that a belief confirmed with the
// count it lacked is one claim, while a count changed with it is another.
func TestBeliefConfirmedWithCount(t *testing.T) {
	runMechanismCases(t, []mechanismCase{
		{"count given with the confirmation",
			[]string{"Several boats are believed to have sunk in the harbour."},
			[]string{"The coastguard has confirmed that 12 boats sank in the harbour."}, []string{"altered modality"}},
		{"count changed with the confirmation",
			[]string{"About 20 boats are believed to have sunk in the harbour."},
			[]string{"The coastguard has confirmed that 12 boats sank in the harbour."}, []string{"altered number", "altered modality"}},
	})
}

// TestNamedDates checks dates named by a holiday or by the edge of a
// period: they are dates, compared as dates, not names.
func TestNamedDates(t *testing.T) {
	for _, tt := range []struct{ in, key string }{
		{"The market will reopen before Christmas.", "hol:christmas"},
		{"The fares will rise after Lunar New Year.", "hol:lunar new year"},
		{"The plan could be approved by the end of the month.", "rel:end this month"},
		{"The work will start at the beginning of next year.", "rel:start next year"},
	} {
		f := extract(tt.in, nil, nil)
		if len(f.dates) != 1 || f.dates[0].Key != tt.key {
			t.Errorf("dates of %q = %+v, want key %q", tt.in, f.dates, tt.key)
		}
		if len(f.entities) != 0 {
			t.Errorf("entities of %q = %+v, want none", tt.in, f.entities)
		}
	}
	runMechanismCases(t, []mechanismCase{
		{"holiday for a month's end",
			[]string{"The ferry service will resume by the end of the month."},
			[]string{"The ferry service will resume by Easter."}, []string{"altered date"}},
	})
}

// TestSourcePhrases checks source phrases read apart: figures cited
// without an issuer credit nobody, the agent of a passive speech verb
// is the source, and "striking workers" are on strike, not remarkable.
func TestSourcePhrases(t *testing.T) {
	runMechanismCases(t, []mechanismCase{
		{"data without an issuer",
			[]string{"The Green Party won 14 of the 40 council seats."},
			[]string{"The Green Party won 14 of the 40 council seats, according to final figures."}, nil},
		{"results declared by a body",
			[]string{"The Green Party won 14 of the 40 council seats, according to the electoral office."},
			[]string{"The Green Party won 14 of the 40 council seats, according to results announced by the electoral office."}, nil},
		{"results declared by another body",
			[]string{"The Green Party won 14 of the 40 council seats, according to the electoral office."},
			[]string{"The Green Party won 14 of the 40 council seats, according to results announced by the party."},
			[]string{"altered attribution"}},
		{"striking workers",
			[]string{"The port has been shut since Monday."},
			[]string{"The port has been shut since Monday. The operator denied that it had hired temporary staff to replace striking dockers."},
			[]string{"added negation"}},
	})
}

// TestCopyCredits checks more lines that credit or describe the copy
// rather than tell the story: contact lines in other words, files and
// inputs credited, feed disclaimers, an outlet's name alone at the end,
// an agency credit with its desk codes.
func TestCopyCredits(t *testing.T) {
	ref := []string{
		"The harbour board approved a second ferry berth at Quay Street on Thursday.",
		"Building work is due to start in April and cost about 4 million dollars.",
	}
	for _, line := range []string{
		"He can be reached at tmoss@gazette.example.",
		"Contact the writer: tmoss@gazette.example",
		"Got a tip? Email news@gazette.example.",
		"— With files from Lakeside News Service",
		"With reporting from Reuters.",
		"Disclaimer: This article is from a syndicated feed. Nothing but the headline has been changed.",
		"Lakeside News Service",
		"IANS RKT DSP",
		"(The writer is a retired judge of the High Court.)",
		"Tomas Moss contributed to this report.",
		"Tomas Moss reported from Port Elgin.",
		"Tomas Moss | Senior Correspondent",
		"Tomas Moss, Harbour Gazette",
		"Story by Tomas Moss",
		"Edited by Ana Vale | Updated on Apr 02, 2026 09:15 AM IST",
	} {
		t.Run(line, func(t *testing.T) {
			c := Compare(doc(ref...), doc(append(append([]string{}, ref...), line)...))
			if got := materialOf(c); len(got) != 0 {
				t.Errorf("material = %v, want none", got)
			}
		})
	}
	// Story sentences of the same shapes are still claims.
	for _, line := range []string{
		"Two men were detained at the berth, staff said.",
		"The writer is accused of copying a rival's plans.",
	} {
		c := Compare(doc(ref...), doc(append(append([]string{}, ref...), line)...))
		if got := materialOf(c); len(got) == 0 {
			t.Errorf("%q: material = none, want the added claim", line)
		}
	}
	// A story sentence that gives an address is still a claim.
	c := Compare(doc(ref...), doc(append(append([]string{}, ref...), "Residents can send objections to the board at berth@harbour.example until May 30.")...))
	if got := materialOf(c); len(got) == 0 {
		t.Errorf("material = none, want the added claim")
	}
}

// TestHalfMeasures checks "half a mile" and "a half-mile" read as a
// measure of one half, compared as a number.
func TestHalfMeasures(t *testing.T) {
	runMechanismCases(t, []mechanismCase{
		{"half for a whole",
			[]string{"Homes within half a mile of the plant were evacuated."},
			[]string{"Homes within one mile of the plant were evacuated."}, []string{"altered number"}},
		{"half written two ways",
			[]string{"Homes within half a mile of the plant were evacuated."},
			[]string{"Homes up to a half-mile from the plant were evacuated."}, nil},
	})
}

// TestMoreForms checks more forms of one claim: a temperature with a
// degree sign or in words, "mid-March" and "the middle of March", and
// "suspect" as a noun after a modifier.
func TestMoreForms(t *testing.T) {
	runMechanismCases(t, []mechanismCase{
		{"degree sign and words",
			[]string{"The town recorded 43°C on Saturday afternoon."},
			[]string{"The town recorded 43 degrees Celsius on Saturday afternoon."}, nil},
		{"degree changed",
			[]string{"The town recorded 43°C on Saturday afternoon."},
			[]string{"The town recorded 45°C on Saturday afternoon."}, []string{"altered number"}},
		{"middle of a month",
			[]string{"Repairs to the pier will begin in mid-April."},
			[]string{"Repairs to the pier will begin in the middle of April."}, nil},
		{"middle of another month",
			[]string{"Repairs to the pier will begin in mid-April."},
			[]string{"Repairs to the pier will begin in the middle of May."}, []string{"altered date"}},
		{"suspect as a noun",
			[]string{"The man, who has not been named, was charged with burglary."},
			[]string{"The unnamed suspect was charged with burglary."}, nil},
	})
}

// TestTallies checks vote tallies and scores written with a dash: both
// counts are compared, once, and "212 votes to 198" is "212-198".
func TestTallies(t *testing.T) {
	runMechanismCases(t, []mechanismCase{
		{"tally written two ways",
			[]string{"The assembly passed the bill by 61 votes to 48."},
			[]string{"The assembly passed the bill 61-48."}, nil},
		{"tally changed",
			[]string{"The board voted 6-3 to approve the merger."},
			[]string{"The board voted 5-4 to approve the merger."}, []string{"altered number"}},
	})
}

// TestTermsAndBaselines checks an acronym defined in brackets, which is
// a term rather than a name, and a comparison's baseline told as "a year
// earlier" for "last year"; a choice weighed still differs from a plan.
func TestTermsAndBaselines(t *testing.T) {
	runMechanismCases(t, []mechanismCase{
		{"acronym of a term dropped",
			[]string{"The guaranteed floor price (GFP) for maize this season is 3,100 shillings a bag."},
			[]string{"Maize is being bought at a guaranteed floor price of 3,100 shillings a bag this season."}, nil},
		{"baseline a year earlier",
			[]string{"Exports rose 8 per cent from the same month last year, the bureau said."},
			[]string{"Exports were 8% higher than a year earlier, the bureau said."}, nil},
		{"baseline added",
			[]string{"Rents in the city rose 6 per cent, the agency said."},
			[]string{"Rents in the city are 6 per cent higher than a year ago, the agency said."}, nil},
		{"weighed, not planned",
			[]string{"The club said it was considering an appeal."},
			[]string{"The club said it would appeal."}, []string{"altered modality"}},
	})
}

// FuzzClaimForms feeds the forms read by the mechanisms above (glued
// currencies, bracketed acronyms, degree signs, holidays, tallies,
// document sources, datelines) to the fact parser and to Compare, which
// must not fail on any text.
func FuzzClaimForms(f *testing.F) {
	f.Add("HOLLIS CITY, Ind. (AP) — A jury awarded P12-million (MSP) at 41°C by New Year's Eve.",
		"The bill passed 212-198, according to a statement from the developer, Corrib Holdings.")
	f.Add("RIYADH, 3 February 2026 — SR2.8 billion ($746 million)", "half a mile (")
	f.Add("Nothing but the headline has been changed. —", "(X)°")
	f.Add("four and a half years, 2 ½ hours, GH₵9, 40 zł, 10.000₫ at 1:30pm (1115 GMT Wednesday)",
		"($1 = 16,210 rupiah) 140-160 million, a six-to-three vote in more than a decade, R250,000 unless")
	f.Fuzz(func(t *testing.T, a, b string) {
		Facts(a)
		Facts(b)
		IsBoilerplate(a)
		IsBoilerplate(b)
		c := Compare(doc(strings.Split(a, "\n")...), doc(strings.Split(b, "\n")...))
		for _, d := range c.Divergences {
			if d.Kind == Added && d.RefPara != -1 || d.Kind == Dropped && d.VerPara != -1 {
				t.Fatalf("one-sided divergence with both paragraphs: %+v", d)
			}
		}
	})
}

// TestOpenQuestions checks two more ways of telling what is not yet
// known or will not happen: "trying to determine" for "not yet
// determined", and "ruled out raising" for "would not raise".
func TestOpenQuestions(t *testing.T) {
	runMechanismCases(t, []mechanismCase{
		{"trying to establish",
			[]string{"Engineers are still trying to establish what caused the outage."},
			[]string{"The cause of the outage has not yet been established, engineers said."}, nil},
		{"established after trying",
			[]string{"Engineers are still trying to establish what caused the outage."},
			[]string{"Engineers said a faulty relay caused the outage."}, []string{"altered modality"}},
		{"ruled out",
			[]string{"The council said it would not close the library."},
			[]string{"The council ruled out closing the library."}, nil},
		{"not ruled out, then ruled out",
			[]string{"The striker did not rule out a move to Spain."},
			[]string{"The striker ruled out a move to Spain."}, []string{"altered negation"}},
		{"no longer ruled out",
			[]string{"The council said it would not close the library."},
			[]string{"The council said it would close the library."}, []string{"altered negation"}},
	})
}
