package align

import "testing"

// Review probes of session 24's rules (commits 957d7af..HEAD). Each
// expectation was written before the probe was run, from what a news
// editor would call a material change. Findings are compared as sorted
// "kind facet" strings.

// Probed: the session's rules, one group each with its near-misses
// beside its cases: a lone judging sentence told by what it names
// (judgedFacet, d36485a), irregular participles (participleBase, 4f88da3),
// "… in a file photo." captions (4f88da3), a paper named in its own
// language, "TV" for "television" and "still waiting to" as a negation
// (458dc25), a dateline's qualifier and the "has been updated with …"
// notice (bea0de5), a range moved, "could hold 800", a councillor's
// titles, British spellings, a dateline's province of two joined words
// and title abbreviations keyed (5203963), "could" in a clause of time
// and a span told open-ended (1b51d08), "could" after a coordinator
// (1adc0a1), and the new judgement words and a judgement told by its
// noun (4d61a6c): 101 probes in 19 groups. 31 of them fail at 957d7af
// and pass now, the rules doing what they were written for.
//
// The review found 10 regressions (failing at the review, passing at
// 957d7af):
//   - "judged facet/the operator judged, unnamed" (d36485a): "The
//     operator's response to the thefts has been chaotic, passengers
//     said." added gives [added wording], [added characterization] at
//     957d7af: judgedFacet asks for a proper name, so a party of the
//     story judged by its common noun ("the operator") counts as nothing
//     named.
//   - "TV is television/another country's TV" (458dc25): "She told
//     Romanian TV …" → "She told Hungarian television …" gives [altered
//     entity] ("Romanian → Hungarian"), [altered attribution] ("Romanian
//     TV → Hungarian television") at 957d7af; with "television" on both
//     sides it is still attribution now and then, so the spelling key
//     splits the audience compared.
//   - "still waiting negation/waiting for buses, still dropped"
//     (458dc25): "Dozens of people were still waiting for buses at the
//     shelter at midnight." → "… were waiting for buses …" gives [altered
//     negation] ("still waiting for → (none)"), nil at 957d7af: a wait
//     that denies nothing is read as "yet to".
//   - "updated-with notice/the report updated, a ministry's" (bea0de5):
//     "The report has been updated with 14 new recommendations, the
//     ministry said." added gives nil (boilerplate), [added number] at
//     957d7af: storyNoticeRE's "with …" tail takes any lower-case words,
//     a ministry's credit too, after "the report".
//   - "range moved/from 12 to 20, a rise" (5203963): "rose from 12 to 20"
//     → "rose from 15 to 25" gives one [altered number] ("12 to 20 → 15
//     to 25"), two at 957d7af ("12 → 15", "20 → 25"): figureRange reads
//     a change from one figure to another as a range.
//   - "dateline joined province/three names and a dash" (5203963):
//     "Mertens, Vogel and Brandt — the three directors charged … —
//     appeared in court" → "… Vogel and Krause — …" gives nil, [altered
//     entity] ("Brandt → Krause") at 957d7af: datelineRE's "and" now
//     takes a list of surnames before a dash as a dateline.
//   - "could in a clause of time/an inspection before the blast, could
//     overheat" and "…/until Monday as it could leak" (1b51d08): "An
//     inspection before the blast found the boiler could overheat." →
//     "… was overheating." and "… closed until Monday as the gas main
//     could leak again." → "… is leaking again." give nil, [altered
//     modality] ("could → (none)") at 957d7af: timeClauseBefore takes
//     "before" or "until" as a preposition, or with another clause
//     between, as opening the clause "could" stands in.
//   - "span told open-ended/a history dropped" (1b51d08): "The airline,
//     which has flown the route for 20 years, suspended flights …" → "The
//     airline suspended flights on the route until further notice …"
//     gives [altered date] ("20 years → until further notice"), [altered
//     number] ("20 years → (none)") at 957d7af: spanOpened pairs any span
//     of the sentence with the open end, whatever it measures.
//   - "new judgement words/frustrated the verb" (4d61a6c): "Heavy rain
//     frustrated efforts to dismantle the stage." → "Heavy rain hampered
//     efforts …" gives [altered characterization] ("frustrated →
//     (none)"), nil at 957d7af: "frustrated" in evaluative judges as a
//     verb too.
//
// All ten were mended after the review: a party told by its common noun
// as the owner of what is judged ("the operator's response") counts as
// named; "TV" is no longer keyed as "television"; a wait for a bus or a
// train is no "yet to"; the "updated with …" notice takes only "new",
// "the latest", "more" … and a few words, no figure or credit; "from 12
// to 20" is two figures, not a range; a dateline's place joined by "and"
// must go on to a date or an agency; "could" stands in a clause of time
// only after "before" or "until" and a subject, with no verb, clause
// opener or break between; a span told open-ended must be the span of a
// state ("closed for", "in force for", "not to sell … for"); and
// "frustrated" left the judgement words. With that the known miss
// "before paramedics and firefighters could" passes, and two probes of
// "frustrated" became known misses.
//
// No expectation was corrected after the run. The known misses, all
// failing at 957d7af too with the same answer, are in review24Limits.

// review24Limits are probes, by group and name, whose expectation stands
// but whose miss the review left, with why, and whether it predates
// 957d7af. They are skipped with the answer got, and log when they start
// to pass.
var review24Limits = map[string]string{
	"irregular participles/taken, given":                   "'were taken to the clinic' → 'were given blankets at the clinic' is read as paraphrase (no finding, as at 957d7af)",
	"irregular participles/had sunk, had been found":       "'had sunk in 40 metres of water' → 'had been found in 40 metres …' is read as paraphrase (no finding, as at 957d7af)",
	"irregular participles/withdrawn, withheld":            "'has withdrawn the licence' → 'has withheld the licence' is read as paraphrase (no finding, as at 957d7af)",
	"dateline qualifier/Springfield in another state":      "a dateline's state changed under the same town (Illinois → Missouri) is unreported (no finding, as at 957d7af); datelineQualifiers would now hide it too",
	"dateline qualifier/another town":                      "a dateline's town changed (BAGUIO → LA TRINIDAD) is unreported, read as punctuation (no finding, as at 957d7af)",
	"councillor titles/councillor to mayor":                "'said Cllr Priya Nair' → 'said Mayor Priya Nair' is read as paraphrase (no finding, as at 957d7af)",
	"new judgement words/frustrated dropped":               "'Frustrated fans' → 'Fans' gives no finding (as at 957d7af): 'frustrated' was taken out of the judgement words after the review, because it read 'Heavy rain frustrated efforts' as a judgement",
	"judgement told by its noun/frustrated, anger":         "'were frustrated by' → 'expressed anger over' gives no finding (as at 957d7af): 'frustrated' is no judgement word (see above)",
	"span told open-ended/one month, until further notice": "'for one month' → 'until further notice' gives no finding (as at 957d7af): 'one month' is not read as a span",
	"judgement told by its noun/disappointed, relieved":    "'was disappointed' → 'was relieved' is read as paraphrase (no finding, as at 957d7af): neither is a judgement word",
	"title abbreviations keyed/Sen., Rep.":                 "a source's title changed ('said Sen. Laura Whitfield' → 'said Rep. …') is reported as an entity changed (altered entity, as at 957d7af)",
	"title abbreviations keyed/Capt., Maj.":                "a source's title changed ('Capt. Ruth Obi said' → 'Maj. Ruth Obi said') is reported as an entity changed (altered entity, as at 957d7af)",
}

// runReview24 compares each case and checks its sorted material findings.
func runReview24(t *testing.T, group string, tests []mechanismCase) {
	t.Helper()
	runLimitedProbes(t, group, tests, review24Limits)
}

// review24Lead sets paragraph a after a headline and a lead paragraph
// kept the same on both sides, before a closing one: review24Lead(h, l,
// t)("") leaves a out.
func review24Lead(head, lead, tail string) func(string) []string {
	return func(a string) []string {
		if a == "" {
			return []string{head, lead, tail}
		}
		return []string{head, lead, a, tail}
	}
}

// TestReview24 runs the review probes of session 24's rules.
func TestReview24(t *testing.T) {
	// --- d36485a: a lone sentence that judges is a characterization when
	// it names what it judges, the sentence's wording when it names
	// nothing.
	cable := review24Lead("Thieves strip copper from rail line",
		"Thieves stole about 200 metres of copper cable from the Eastfield rail line overnight, halting trains for six hours, the operator said.",
		"Police have appealed for witnesses.")
	runReview24(t, "judged facet", []mechanismCase{
		{"a trend judged, nothing named", cable(""), cable("Cable theft has become rampant in recent years."), []string{"added wording"}},
		{"a trend judged, dropped", cable("Metal theft has surged alarmingly since prices rose."), cable(""), []string{"dropped wording"}},
		{"a named line judged", cable(""), cable("Commuters say the stations of the Eastfield line are crumbling."), []string{"added characterization"}},
		// Near-misses: a party of the story judged by its title, a
		// capital that only opens the sentence, a judgement with a count.
		{"the operator judged, unnamed", cable(""), cable("The operator's response to the thefts has been chaotic, passengers said."), []string{"added characterization"}},
		{"a capital opening the judgement", cable(""), cable("Brazen thefts like this have become common across the region."), []string{"added wording"}},
		{"a judgement with a count", cable(""), cable("Thefts on the network have surged to 40 this year."), []string{"added number"}},
	})

	// --- 4f88da3: an irregular participle is its verb ("sunk" is "sank").
	ferry := wrapBetween("Ferry sinks off island", "The coast guard said an inquiry would begin next week.")
	runReview24(t, "irregular participles", []mechanismCase{
		{"had taken, took", ferry("Rescuers said the crew had taken to the lifeboats before the ferry went down."),
			ferry("Rescuers said the crew took to the lifeboats before the ferry went down."), nil},
		{"has risen, rose", ferry("The death toll has risen to four, the coast guard said."),
			ferry("The death toll rose to four, the coast guard said."), nil},
		{"had spoken, spoke", ferry("The captain had spoken to the harbour master by radio shortly before the ferry sank."),
			ferry("The captain spoke to the harbour master by radio shortly before the ferry sank."), nil},
		{"had broken, broke", ferry("A crew member said the ferry had broken in two within minutes."),
			ferry("A crew member said the ferry broke in two within minutes."), nil},
		// Near-misses: another verb in the participle's place.
		{"taken, given", ferry("Survivors were taken to the island's clinic."),
			ferry("Survivors were given blankets at the island's clinic."), []string{"altered wording"}},
		{"had sunk, had been found", ferry("Divers said the ferry had sunk in 40 metres of water."),
			ferry("Divers said the ferry had been found in 40 metres of water."), []string{"altered wording"}},
		{"withdrawn, withheld", ferry("The ministry has withdrawn the operator's licence."),
			ferry("The ministry has withheld the operator's licence."), []string{"altered wording"}},
	})

	// --- 4f88da3: "… is seen in a file photo." ending its line is a
	// caption.
	measles := []string{"Measles cases rise in county",
		"Health officials confirmed 14 new measles cases in Dunmore County on Thursday.",
		"Clinics will offer free vaccinations this weekend."}
	runReview24(t, "caption in a file photo", chromeLineCases(measles, []string{
		"The Dunmore County health department building is seen in a file photo.",
		"A measles vaccine dose is shown in a file picture.",
		"Health director Amal Hussein is pictured in a handout photo.",
	}, []mechanismCase{
		// Near-misses: a story sentence that goes on after its photo.
		{"the clinic, seen in a file photo, treated 30", nil, []string{"The clinic, seen in a file photo, treated 30 children on Friday."}, []string{"added number"}},
		{"the hospital, shown in a file photo taken in 2019", nil, []string{"The hospital, shown in a file photo taken in 2019, has 40 isolation beds."}, []string{"added number"}},
	}))

	// --- 458dc25: a paper named in its own language is the outlet that
	// called itself "this newspaper".
	lodge := wrapBetween("Avalanche buries ski lodge", "Rescue teams searched through the night.")
	const roar = `"We heard a roar and then everything went dark," the lodge owner told `
	runReview24(t, "foreign paper named", []mechanismCase{
		{"Tiroler Zeitung", lodge(roar + "this newspaper."), lodge(roar + "the Tiroler Zeitung."), nil},
		{"Corriere della Sera", lodge(roar + "this newspaper."), lodge(roar + "Corriere della Sera."), nil},
		{"St. Galler Tagblatt", lodge(roar + "this newspaper."), lodge(roar + "the St. Galler Tagblatt."), nil},
		// Near-misses: a body, a person with a particle in the name.
		{"the state police", lodge(roar + "this newspaper."), lodge(roar + "the Tyrolean State Police."), []string{"altered attribution"}},
		{"a man named di Lorenzo", lodge(roar + "this newspaper."), lodge(roar + "Marco di Lorenzo."), []string{"altered attribution"}},
	})

	// --- 458dc25: "TV" is "television".
	resign := wrapBetween("Minister resigns over expenses", "The prime minister accepted the resignation.")
	runReview24(t, "TV is television", []mechanismCase{
		{"state TV", resign("The minister announced her resignation on state television on Sunday evening."),
			resign("The minister announced her resignation on state TV on Sunday evening."), nil},
		{"TV interview", resign(`"I made mistakes," she said in a TV interview.`),
			resign(`"I made mistakes," she said in a television interview.`), nil},
		{"TV channel named", resign("She told the private TV channel Antena Sur that she had repaid the money."),
			resign("She told the private television channel Antena Sur that she had repaid the money."), nil},
		// Near-misses: a count of viewers, another country's television.
		{"viewers counted", resign("The statement was watched by 2 million TV viewers."),
			resign("The statement was watched by 3 million television viewers."), []string{"altered number"}},
		{"another country's TV", resign("She told Romanian TV that she had repaid the money."),
			resign("She told Hungarian television that she had repaid the money."), []string{"altered attribution"}},
	})

	// --- 458dc25: "still waiting to" negates as "yet to" does.
	aid := wrapBetween("Flood victims await aid", "The regional government said more funds would be released next month.")
	runReview24(t, "still waiting negation", []mechanismCase{
		{"still waiting for, yet to receive", aid("Hundreds of families are still waiting for the compensation promised in March."),
			aid("Hundreds of families have yet to receive the compensation promised in March."), nil},
		{"still awaiting, not received", aid("Farmers said they were still awaiting payouts from the disaster fund."),
			aid("Farmers said they had not received payouts from the disaster fund."), nil},
		{"still waiting to, rehoused", aid("Residents of Valdera are still waiting to be rehoused, the mayor said."),
			aid("Residents of Valdera have been rehoused, the mayor said."), []string{"altered negation"}},
		// Near-misses: "still" dropped from a wait that denies nothing,
		// a count changed beside a wait kept.
		{"waiting for buses, still dropped", aid("Dozens of people were still waiting for buses at the shelter at midnight."),
			aid("Dozens of people were waiting for buses at the shelter at midnight."), nil},
		{"still waiting, count changed", aid("About 300 families are still waiting for new homes."),
			aid("About 350 families are still waiting for new homes."), []string{"altered number"}},
	})

	// --- bea0de5: the words after a dateline's town tell where it lies.
	slide := wrapBetween("Landslide hits mountain village", "Rescuers were using dogs to search the debris.")
	const killed = " — At least six people were killed when a landslide buried houses"
	runReview24(t, "dateline qualifier", []mechanismCase{
		{"province to country", slide("BAGUIO, Benguet" + killed + " on Tuesday, officials said."),
			slide("BAGUIO, Philippines (AFP)" + killed + " in the northern Philippines on Tuesday, officials said."), nil},
		{"state to country", slide("SHIMLA, Himachal Pradesh" + killed + " on Tuesday, officials said."),
			slide("SHIMLA, India (Reuters)" + killed + " in northern India on Tuesday, officials said."), nil},
		{"country to province", slide("BANDA ACEH, Indonesia (Reuters)" + killed + " on Tuesday, officials said."),
			slide("BANDA ACEH, Aceh" + killed + " on Tuesday, officials said."), nil},
		// Near-misses: a town of the same name in another state, another
		// town, a place in the body changed.
		{"Springfield in another state", slide("SPRINGFIELD, Illinois (AP)" + killed + " on Sunday, officials said."),
			slide("SPRINGFIELD, Missouri (AP)" + killed + " on Sunday, officials said."), []string{"altered entity"}},
		{"another town", slide("BAGUIO, Philippines (AFP)" + killed + " on Tuesday, officials said."),
			slide("LA TRINIDAD, Philippines (AFP)" + killed + " on Tuesday, officials said."), []string{"altered entity"}},
		{"body place changed", slide("BAGUIO, Benguet" + killed + " in Itogon on Tuesday, officials said."),
			slide("BAGUIO, Philippines (AFP)" + killed + " in Tuba on Tuesday, officials said."), []string{"altered entity"}},
	})

	// --- bea0de5: "This article has been updated with …" is a newsroom
	// notice.
	bus := review24Lead("Bus crash injures 19",
		"A bus carrying pilgrims overturned on a mountain road near Tarma on Sunday, injuring 19 people, police said.",
		"The driver was detained.")
	runReview24(t, "updated-with notice", []mechanismCase{
		{"updated with comment", bus(""), bus("This story has been updated with comment from the bus company."), nil},
		{"updated to reflect", bus(""), bus("This article has been updated to reflect the latest figures from police."), nil},
		{"updated to add", bus(""), bus("This report has been updated to add the name of the driver."), nil},
		// Near-misses: a safety report, the report, a timetable updated.
		{"the safety report updated", bus(""), bus("The safety report has been updated with 14 new recommendations, the ministry said."), []string{"added number"}},
		{"the report updated, a ministry's", bus(""), bus("The report has been updated with 14 new recommendations, the ministry said."), []string{"added number"}},
		{"a timetable updated", bus(""), bus("The bus timetable has been updated to include 3 extra services."), []string{"added number"}},
	})

	// --- 5203963: a range whose two ends both moved is one change.
	heat := wrapBetween("Heatwave grips region", "Hospitals reported a rise in admissions.")
	runReview24(t, "range moved", []mechanismCase{
		{"between thousands", heat("Between 2,000 and 3,000 people were evacuated from the valley."),
			heat("Between 4,000 and 5,000 people were evacuated from the valley."), []string{"altered number"}},
		{"ages", heat("The deaths were among people aged 70 to 85, officials said."),
			heat("The deaths were among people aged 65 to 80, officials said."), []string{"altered number"}},
		{"money", heat("Repairs to the water network will cost $2 million to $3 million, the council said."),
			heat("Repairs to the water network will cost $5 million to $6 million, the council said."), []string{"altered number"}},
		{"a vote", heat("The council voted 9 to 4 to open cooling centres."),
			heat("The council voted 10 to 3 to open cooling centres."), []string{"altered number"}},
		// Near-misses: a rise from one figure to another is two figures,
		// and a range with one end moved is one.
		{"from 12 to 20, a rise", heat("The number of heat alerts rose from 12 to 20 this summer."),
			heat("The number of heat alerts rose from 15 to 25 this summer."), []string{"altered number", "altered number"}},
		{"one end moved", heat("Between 2,000 and 3,000 people were evacuated from the valley."),
			heat("Between 2,000 and 4,000 people were evacuated from the valley."), []string{"altered number"}},
	})

	// --- 5203963: "could hold about 800" is what a place holds, no
	// hedge.
	shelter := wrapBetween("City opens storm shelter", "Volunteers will hand out blankets and food.")
	runReview24(t, "capacity modal", []mechanismCase{
		{"can seat", shelter("The sports hall can seat 1,200 people."), shelter("The sports hall seats 1,200 people."), nil},
		{"could sleep up to", shelter("The gym could sleep up to 150 people on camp beds."),
			shelter("The gym has room for up to 150 people on camp beds."), nil},
		{"can accommodate more than", shelter("The arena can accommodate more than 5,000 evacuees, officials said."),
			shelter("The arena has space for more than 5,000 evacuees, officials said."), nil},
		// Near-misses: a shelter that may house people once open, one
		// that may house them at all, a capacity changed.
		{"will house, could house when it opens", shelter("The new shelter will house up to 300 people when it opens in December."),
			shelter("The new shelter could house up to 300 people when it opens in December."), []string{"altered modality"}},
		{"could house families, no figure", shelter("The school will house displaced families."),
			shelter("The school could house displaced families."), []string{"altered modality"}},
		{"capacity changed", shelter("The sports hall can seat 1,200 people."), shelter("The sports hall can seat 1,500 people."), []string{"altered number"}},
	})

	// --- 5203963: "Cr", "Coun.", "Cllr" are a councillor's title.
	lanes := wrapBetween("Council approves bike lanes", "Work will begin in the spring.")
	runReview24(t, "councillor titles", []mechanismCase{
		{"Cllr, Councillor", lanes(`"This is a safer city for everyone," said Cllr Priya Nair.`),
			lanes(`"This is a safer city for everyone," said Councillor Priya Nair.`), nil},
		{"Coun., Councilor", lanes("Coun. Dave Ostrowski voted against the plan."),
			lanes("Councilor Dave Ostrowski voted against the plan."), nil},
		{"Cr, Cllr", lanes("The motion was moved by Cr Helen Barker."), lanes("The motion was moved by Cllr Helen Barker."), nil},
		// Near-misses: another title, a count after a title that ends
		// with a stop.
		{"councillor to mayor", lanes(`"This is a safer city for everyone," said Cllr Priya Nair.`),
			lanes(`"This is a safer city for everyone," said Mayor Priya Nair.`), []string{"altered attribution"}},
		{"Cllr. then a count", []string{"Council approves bike lanes", "The plan was backed by Cllr. Nair. Two members abstained.", "Work will begin in the spring."},
			[]string{"Council approves bike lanes", "The plan was backed by Councillor Nair. Three members abstained.", "Work will begin in the spring."}, []string{"altered number"}},
	})

	// --- 5203963: "snowplough" is "snowplow", "councillor" "councilor".
	snow := wrapBetween("Blizzard shuts roads", "Schools will reopen on Wednesday.")
	runReview24(t, "British spellings", []mechanismCase{
		{"snowploughs", snow("The city sent out 40 snowploughs overnight."), snow("The city sent out 40 snowplows overnight."), nil},
		{"ploughed", snow("Crews ploughed the main roads first, the city said."), snow("Crews plowed the main roads first, the city said."), nil},
		{"councillors", snow("Councillors criticised the slow response."), snow("Councilors criticized the slow response."), nil},
		// Near-miss: the count changed beside the spelling.
		{"count changed", snow("The city sent out 40 snowploughs overnight."), snow("The city sent out 60 snowplows overnight."), []string{"altered number"}},
	})

	// --- 5203963: a dateline's province may join two words.
	plant := wrapBetween("Fishing plant to close", "The union said it would fight the closure.")
	runReview24(t, "dateline joined province", []mechanismCase{
		{"Newfoundland and Labrador dropped", plant("ST. ANTHONY, Newfoundland and Labrador, Nov 18 (Reuters) - A seafood company said on Monday it would close its processing plant, cutting 140 jobs."),
			plant("A seafood company said on Monday it would close its processing plant in St. Anthony, cutting 140 jobs."), nil},
		{"Trinidad and Tobago, count changed", plant("PORT OF SPAIN, Trinidad and Tobago, May 3 (Reuters) - The fish processing plant will close next month, cutting 70 jobs."),
			plant("PORT OF SPAIN, Trinidad and Tobago, May 3 (Reuters) - The fish processing plant will close next month, cutting 90 jobs."), []string{"altered number"}},
		{"Bosnia and Herzegovina added", plant("Police in Sarajevo said the plant's owner had been arrested."),
			plant("SARAJEVO, Bosnia and Herzegovina, June 2 (Reuters) - Police in Sarajevo said the plant's owner had been arrested."), nil},
		// Near-miss: names in a list before a dash, one changed.
		{"three names and a dash", []string{"Directors appear in court", "Mertens, Vogel and Brandt — the three directors charged in the case — appeared in court on Tuesday.", "The trial is expected to last a month."},
			[]string{"Directors appear in court", "Mertens, Vogel and Krause — the three directors charged in the case — appeared in court on Tuesday.", "The trial is expected to last a month."}, []string{"altered entity"}},
	})

	// --- 1b51d08: "could" in a clause of time is no hedge.
	blast := wrapBetween("Gas blast destroys house", "Investigators are examining the boiler.")
	runReview24(t, "could in a clause of time", []mechanismCase{
		{"before could reach", blast("The house was engulfed before neighbours could reach the family."),
			blast("The house was engulfed before neighbours reached the family."), nil},
		{"until could check", blast("Residents were kept away until engineers could check the gas main."),
			blast("Residents were kept away until engineers had checked the gas main."), nil},
		{"before could, count changed", blast("The fire spread to two houses before crews could contain it."),
			blast("The fire spread to three houses before crews could contain it."), []string{"altered number"}},
		// Near-misses: "before" of a noun and a hedge after it, "until"
		// then a clause of reason that hedges, a time clause with "and"
		// inside it.
		{"an inspection before the blast, could overheat", blast("An inspection before the blast found the boiler could overheat."),
			blast("An inspection before the blast found the boiler was overheating."), []string{"altered modality"}},
		{"until Monday as it could leak", blast("The street will stay closed until Monday as the gas main could leak again."),
			blast("The street will stay closed until Monday as the gas main is leaking again."), []string{"altered modality"}},
		{"before paramedics and firefighters could", blast("The man died before paramedics and firefighters could reach him."),
			blast("The man died before paramedics and firefighters reached him."), nil},
	})

	// --- 1adc0a1: "could" after "and", "but" or "or" is in a clause of
	// its own.
	road := wrapBetween("Bridge damaged by barge", "Engineers are assessing the piers.")
	runReview24(t, "could after a coordinator", []mechanismCase{
		{"until but could", road("The bridge will stay closed until Friday but could reopen earlier."),
			road("The bridge will stay closed until Friday but will reopen earlier."), []string{"altered modality"}},
		{"until and could be weeks", road("Drivers will use a detour until the bridge is repaired and could face delays for weeks."),
			road("Drivers will use a detour until the bridge is repaired and will face delays for weeks."), []string{"altered modality"}},
		// Near-miss: the hedge kept on both sides, its span changed.
		{"until and could, span changed", road("The bridge will stay closed until Friday and could remain shut for two weeks."),
			road("The bridge will stay closed until Friday and could remain shut for three weeks."), []string{"altered number"}},
	})

	// --- 1b51d08: a span of time told open-ended on the other side is a
	// change of date.
	volcano := wrapBetween("Airport closed after volcano erupts", "Airlines advised passengers to check their flights.")
	runReview24(t, "span told open-ended", []mechanismCase{
		{"three days, until further notice", volcano("Flights are suspended for three days, the airport said."),
			volcano("Flights are suspended until further notice, the airport said."), []string{"altered date"}},
		{"foreseeable future, 48 hours", volcano("The airport will stay shut for the foreseeable future."),
			volcano("The airport will stay shut for 48 hours."), []string{"altered date"}},
		{"one month, until further notice", volcano("The exclusion zone around the crater will be in force for one month."),
			volcano("The exclusion zone around the crater will be in force until further notice."), []string{"altered date"}},
		// Near-misses: a span changed for another span, a history dropped
		// beside an open end added, a count beside an open end kept.
		{"three days, five days", volcano("Flights are suspended for three days."), volcano("Flights are suspended for five days."), []string{"altered number"}},
		{"a history dropped", volcano("The airline, which has flown the route for 20 years, suspended flights on Monday."),
			volcano("The airline suspended flights on the route until further notice on Monday."), []string{"altered number"}},
		{"open on both sides, count changed", volcano("The airport is closed until further notice, and 40 flights were cancelled."),
			volcano("The airport is closed until further notice, and 60 flights were cancelled."), []string{"altered number"}},
	})

	// --- 4d61a6c: "deafening", "awkward" and "frustrated" judge.
	concert := wrapBetween("Concert ends in chaos", "Police said no arrests were made.")
	runReview24(t, "new judgement words", []mechanismCase{
		{"awkward added", concert("The organiser faced questions from reporters on Sunday."),
			concert("The organiser faced awkward questions from reporters on Sunday."), []string{"altered characterization"}},
		{"deafening dropped", concert("The band played on through deafening boos."), concert("The band played on through boos."), []string{"altered characterization"}},
		{"frustrated dropped", concert("Frustrated fans waited three hours for the show to start."),
			concert("Fans waited three hours for the show to start."), []string{"altered characterization"}},
		// Near-misses: "frustrated" the verb, a count changed beside the
		// judgement kept.
		{"frustrated the verb", concert("Heavy rain frustrated efforts to dismantle the stage."),
			concert("Heavy rain hampered efforts to dismantle the stage."), nil},
		{"frustrated kept, count changed", concert("Frustrated fans waited three hours for the show to start."),
			concert("Frustrated fans waited four hours for the show to start."), []string{"altered number"}},
	})

	// --- 4d61a6c: a judgement told by its noun ("were frustrated" →
	// "expressed frustration") is no change.
	club := wrapBetween("Club fined over crowd trouble", "The club has 14 days to appeal.")
	runReview24(t, "judgement told by its noun", []mechanismCase{
		{"disappointed, disappointment", club("The club's chairman said he was disappointed with the fine."),
			club("The club's chairman expressed disappointment with the fine."), nil},
		{"devastated, devastation", club("Supporters were devastated by the ruling."), club("Supporters spoke of their devastation at the ruling."), nil},
		{"frustrated, frustration", club("Local residents said they were frustrated by years of disorder on match days."),
			club("Local residents voiced frustration over years of disorder on match days."), nil},
		// Near-misses: "outraged" told as "outrage" (no -ment), another
		// feeling told by its noun, another feeling.
		{"outraged, outrage", club("Fans were outraged by the decision."), club("Fans expressed outrage at the decision."), nil},
		{"frustrated, anger", club("Residents were frustrated by the disorder."), club("Residents expressed anger over the disorder."), []string{"altered characterization"}},
		{"disappointed, relieved", club("The chairman said he was disappointed with the fine."),
			club("The chairman said he was relieved by the fine."), []string{"altered characterization"}},
	})

	// --- 5203963: a title's abbreviation and its full form, keyed
	// (dropTitleForms).
	hearing := wrapBetween("Senator questions army chief", "The hearing resumes on Thursday.")
	runReview24(t, "title abbreviations keyed", []mechanismCase{
		{"Sen., Senator", hearing("Sen. Laura Whitfield pressed the general on the cost of the programme."),
			hearing("Senator Laura Whitfield pressed the general on the cost of the programme."), nil},
		{"Gen., General", hearing(`"We are ready," said Gen. Marcus Hale.`), hearing(`"We are ready," said General Marcus Hale.`), nil},
		{"Det. Insp., Detective Inspector", hearing("Det. Insp. Sara Quinn told the committee the files were missing."),
			hearing("Detective Inspector Sara Quinn told the committee the files were missing."), nil},
		// Near-misses: another title before the same name.
		{"Sen., Rep.", hearing(`"We are ready," said Sen. Laura Whitfield.`), hearing(`"We are ready," said Rep. Laura Whitfield.`), []string{"altered attribution"}},
		{"Capt., Maj.", hearing("Capt. Ruth Obi said the unit was ready."), hearing("Maj. Ruth Obi said the unit was ready."), []string{"altered attribution"}},
	})
}
