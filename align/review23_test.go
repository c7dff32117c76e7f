package align

import "testing"

// Review probes of session 23's rules (commits efa94df..HEAD). Each
// expectation was written before the probe was run, from what a news
// editor would call a material change. Findings are compared as sorted
// "kind facet" strings.

// Probed: the session's rules, one group each and a near-miss group
// beside most: a town's or village's office (scopeWords holds
// bodyLevels, 536569a), the words that join a name in a sign-off
// (nameParticles holds nameJoiners, 536569a), money in a quote keyed
// with its sign and scale (quotedMoneyRE, 536569a), the words of death
// and injury (deathWords, injuryWords, tellsCasualty, harmLexicon,
// 536569a), "is understood to" and "It is understood" (7a227ea), a
// headline's vague count told as a figure (vagueCountGiven, 7a227ea), a
// site's name ending "Online" beside a stamp with its minute and one
// ending "Newswire" as meta lines (7a227ea), "More details are awaited."
// (7a227ea), a bare dollar and one with its country's letters (7a227ea),
// plurals of nouns ending in a hiss (sibilantPlural, 0a25885), square
// and cubic conversions (0a25885), a range of percentages written once
// (rangePercents, 0a25885), "well" or "far" before a word of position
// (0a25885), one short chrome line on each side (chromePair, 5af06b4)
// and an appositive telling what kind of outlet a source spoke to
// (outletNouns, 5af06b4): 92 probes in 30 groups. 29 of them fail at
// efa94df and pass now, the rules doing what they were written for.
//
// The review found 7 regressions (failing at the review, passing at
// efa94df):
//   - "casualty words near-miss/vow to kill a bill added" (536569a): "One
//     senator vowed to kill the mining bill." added gives [added number],
//     [added wording] at efa94df: "kill", now in deathWords and so in
//     harmLexicon, makes harmWords hold, and the loose "One" counts harm.
//   - "casualty words near-miss/none hurt, oversight bodies" (536569a):
//     "No one was hurt." → "Two oversight bodies will investigate the
//     slide." gives [altered number] ("(none) → Two oversight"), [added
//     number, dropped negation] at efa94df: "bodies", now in harmLexicon,
//     reads public bodies as the dead, and pairCasualties pairs the two
//     as a toll changed.
//   - "vague count headline near-miss/many objections, budget's figure
//     added" (7a227ea): "Council approves budget despite many objections"
//     → "Council approves $40 million budget" (the story giving the $40
//     million on both sides) gives [altered number] ("(none) → $40
//     million budget"), nil at efa94df: vagueCountGiven takes any vague
//     word of the other headline, whatever it counts.
//   - "vague count headline near-miss/number of burglaries, percent
//     added" (7a227ea): "Number of burglaries rises in Leeds" →
//     "Burglaries rise 12% in Leeds" (12% in the story on both sides)
//     gives [altered number], nil at efa94df: "number" in vagueAmounts
//     takes "the number of" as "a number of".
//   - "online stamp/registration opens online" (7a227ea): "Registration
//     Opens Online · 3 May 2025, 09:00" added between paragraphs gives
//     nil (chrome), [added date] at efa94df: nameField takes any three
//     capitalised words ending "Online" beside a day and minute as a
//     site's name, a verb among them too.
//   - "degree judged near-miss/gas well inside" (0a25885): "drilled a gas
//     well inside the nature reserve" → "drilled a well inside the
//     nature reserve" gives [altered characterization] ("well inside →
//     (none)"), nil at efa94df: "well" the noun after a noun ("gas",
//     "oil", "old") is read as a degree; only a determiner before it is
//     excluded.
//   - "degree judged near-miss/well past midnight" (0a25885): "The crisis
//     meeting ran well past midnight." → "… ran past midnight." gives
//     [altered characterization], nil at efa94df: a time's "well past" is
//     read as a judgement of degree (the softest of the seven: an editor
//     might let it stand, but it judges nothing of the claim).
//
// All seven were mended after the review: "kill", "kills", "dying",
// "bodies" and "injuring" tell a toll only where one is looked for
// (tollWords, in tellsCasualty), and bodies count as harm only when
// found ("were recovered"); the vague word must count what the figure
// counts, a few words on, and "number" only in "a number of"; a site's
// name ending "Online" has no verb among its words; "well" after a noun
// of wells ("gas", "oil", "old") is the noun, and "past" is no word of
// degree.
//
// Three expectations were corrected after the run, with a comment where
// they stand. The known misses, all failing at efa94df too, are in
// review23Limits.

// review23Limits are probes, by group and name, whose expectation stands
// but whose miss the review left, with why, and whether it predates
// efa94df. They are skipped with the answer got, and log when they start
// to pass.
var review23Limits = map[string]string{
	"office scope words near-miss/village office for the district's": "a village's office and a district's, the same field, are read as one source: paraphrase (as at efa94df)",
	"sign-off joiners near-miss/a named director changed":            "'Khalid bin Salim' → 'Faisal bin Salim' as the subject is read as paraphrase, the given name not a name's change (as at efa94df)",
	"quoted money near-miss/NZ$ said as dollars":                     "inside a quote 'NZ$40 million' keys as 'NZ40 million dollars', not '40 million dollars': the country's letters stay (altered quote, as at efa94df)",
	"understood hearsay near-miss/not yet understood, not yet known": "'not yet understood' → 'not yet known' gives altered modality '(none) → not' (as at efa94df; not the session's rule)",
	"newswire masthead/a fare board's notice":                        "a board's name beside a day ('Fare Review Board | 2 June 2025') is read as a time stamp (chrome, as at efa94df)",
	"dollar country near-miss/A$ for US$":                            "'A$2.4 billion' → 'US$2.4 billion' is read as paraphrase: the currency's country changed unreported (as at efa94df)",
	"chrome pair near-miss/fact box magnitude":                       "'Magnitude: 6.1' → 'Magnitude: 6.4' is left unpaired, dropped and added numbers (as at efa94df); chromePair does not hide it",
	"outlet appositive/a Danish tabloid":                             "'a Danish tabloid' appended is read as a name added ('(none) → Danish', altered entity, as at efa94df): the outlet rule is not reached",
}

// runReview23 compares each case and checks its sorted material findings.
func runReview23(t *testing.T, group string, tests []mechanismCase) {
	t.Helper()
	runLimitedProbes(t, group, tests, review23Limits)
}

// TestReview23 runs the review probes of session 23's rules.
func TestReview23(t *testing.T) {
	// --- 536569a: a town's or a village's word before an office's noun
	// tells where it works (scopeWords holds bodyLevels).
	wells := wrapBetween("Wells run dry in hill villages", "Tankers will supply the villages until the monsoon.")
	runReview23(t, "office scope words", []mechanismCase{
		{"town water office, water office", wells("Forty wells have run dry since March, the town water office said."),
			wells("Forty wells have run dry since March, the water office said."), nil},
		{"village health office, health office", wells("Two children were treated for dehydration, according to the village health office."),
			wells("Two children were treated for dehydration, according to the health office."), nil},
		{"town added before the office", wells("The tankers will come twice a week, the planning office said."),
			wells("The tankers will come twice a week, the town planning office said."), nil},
	})
	runReview23(t, "office scope words near-miss", []mechanismCase{
		{"village office for the district's", wells("Forty wells have run dry since March, the village health office said."),
			wells("Forty wells have run dry since March, the district health office said."), []string{"altered attribution"}},
		{"town planning, town housing", wells("The tankers will come twice a week, the town planning office said."),
			wells("The tankers will come twice a week, the town housing office said."), []string{"altered attribution"}},
		{"village office, count changed", wells("Forty wells have run dry since March, the village water office said."),
			wells("Fifty wells have run dry since March, the village water office said."), []string{"altered number"}},
	})

	// --- 536569a: the words that join a name's words sign a story off
	// ("— Ahmed bin Said").
	port := []string{"Port strike ends after pay deal",
		"Dockers at the port of Duqm returned to work on Tuesday after a four-day strike over pay.",
		"The deal raises wages by 6 percent over two years, the port operator said."}
	withLast := func(last string) []string { return append(append([]string{}, port...), last) }
	runReview23(t, "sign-off joiners", []mechanismCase{
		{"bin sign-off added", port, withLast("— Ahmed bin Khalid"), nil},
		{"van der sign-off changed", withLast("— Jan van der Berg"), withLast("— Pieter de la Cruz"), nil},
		{"al sign-off dropped", withLast("— Salim al Harthi"), port, nil},
	})
	runReview23(t, "sign-off joiners near-miss", []mechanismCase{
		{"a named director changed", withLast("Khalid bin Salim was named port director on Wednesday."),
			withLast("Faisal bin Salim was named port director on Wednesday."), []string{"altered entity"}},
		{"a sentence after the name", withLast("Talks with the Port of Duqm resume in May."),
			withLast("Talks with the Port of Duqm resume in June."), []string{"altered date"}},
	})

	// --- 536569a: one quotedMoneyRE keys every currency's sign with its
	// scale inside a quote.
	bridge := wrapBetween("Bridge repairs to take a year", "Traffic will be diverted through the town centre.")
	runReview23(t, "quoted money", []mechanismCase{
		{"euros with a scale", bridge("\"The repairs will cost €4.2 million and take a year,\" the mayor said."),
			bridge("\"The repairs will cost 4.2 million euros and take a year,\" the mayor said."), nil},
		{"pounds", bridge("\"Every driver caught will be fined £300,\" the mayor said."),
			bridge("\"Every driver caught will be fined 300 pounds,\" the mayor said."), nil},
		{"dollars with billion", bridge("\"We have lost $1.5 billion in trade,\" the mayor said."),
			bridge("\"We have lost 1.5 billion dollars in trade,\" the mayor said."), nil},
		{"rupees in lakh", bridge("\"Each family will get Rs 2 lakh,\" the mayor said."),
			bridge("\"Each family will get 2 lakh rupees,\" the mayor said."), nil},
	})
	runReview23(t, "quoted money near-miss", []mechanismCase{
		{"euros for pounds", bridge("\"The repairs will cost €4.2 million and take a year,\" the mayor said."),
			bridge("\"The repairs will cost £4.2 million and take a year,\" the mayor said."), []string{"altered quote"}},
		{"million for billion", bridge("\"The repairs will cost €4.2 million and take a year,\" the mayor said."),
			bridge("\"The repairs will cost 4.2 billion euros and take a year,\" the mayor said."), []string{"altered quote"}},
		{"NZ$ said as dollars", bridge("\"The repairs will cost NZ$40 million,\" the mayor said."),
			bridge("\"The repairs will cost 40 million dollars,\" the mayor said."), nil},
	})

	// --- 536569a: deathWords and injuryWords make tellsCasualty and
	// harmLexicon ("kills", "dying", "bodies" added to the harm read).
	slide := func(a string) []string {
		return []string{"Landslide buries homes in Kalimpong", "A landslide buried three homes on the edge of Kalimpong early on Sunday.", a,
			"Rescue teams worked through the night."}
	}
	runReview23(t, "casualty words", []mechanismCase{
		{"none reported, bodies recovered", slide("No casualties were reported."),
			slide("Two bodies were recovered from the mud."), []string{"altered number"}},
		{"bodies count changed", slide("Rescuers recovered the bodies of four people."),
			slide("Rescuers recovered the bodies of five people."), []string{"altered number"}},
		{"headline wounds, told below", []string{"Grenade attack on market in Kidal", "A grenade attack on a market in Kidal on Friday wounded 12 people, officials said.", "The army has sealed the town."},
			[]string{"Grenade attack wounds 12 in Kidal market", "A grenade attack on a market in Kidal on Friday wounded 12 people, officials said.", "The army has sealed the town."}, nil},
	})
	runReview23(t, "casualty words near-miss", []mechanismCase{
		{"vow to kill a bill added", slide("No casualties were reported."),
			[]string{"Landslide buries homes in Kalimpong", "A landslide buried three homes on the edge of Kalimpong early on Sunday.", "No casualties were reported.",
				"Rescue teams worked through the night.", "One senator vowed to kill the mining bill."}, []string{"added wording"}},
		{"none hurt, oversight bodies", slide("No one was hurt."),
			slide("Two oversight bodies will investigate the slide."), []string{"added number", "dropped negation"}},
	})

	// --- 7a227ea: "is understood to" and "It is understood" are hearsay.
	club := wrapBetween("Club in talks over stadium sale", "The club's board meets on Thursday.")
	runReview23(t, "understood hearsay", []mechanismCase{
		{"understood to be negotiating, cut", club("The club is understood to be negotiating with two buyers."),
			club("The club is negotiating with two buyers."), []string{"altered modality"}},
		{"understood to have offered, added", club("The chairman offered to resign on Friday."),
			club("The chairman is understood to have offered to resign on Friday."), []string{"altered modality"}},
		{"it is understood that, cut", club("It is understood that the stadium will be sold by June."),
			club("The stadium will be sold by June."), []string{"altered modality"}},
		{"it is widely understood that, cut", club("It is widely understood that the stadium will be sold by June."),
			club("The stadium will be sold by June."), []string{"altered modality"}},
	})
	runReview23(t, "understood hearsay near-miss", []mechanismCase{
		{"not yet understood, not yet known", club("It is not yet understood why the stand's roof failed."),
			club("It is not yet known why the stand's roof failed."), nil},
		{"little is understood", club("Little is understood about the buyers, who have not been named."),
			club("Little is known about the buyers, who have not been named."), nil},
		{"it is understood on both sides, count changed", club("It is understood that 12 staff will lose their jobs."),
			club("It is understood that 14 staff will lose their jobs."), []string{"altered number"}},
	})

	// --- 7a227ea: a headline's vague count told as a figure.
	fog := func(head, body string) []string {
		return []string{head, body, "The airport said it expected normal service on Wednesday."}
	}
	runReview23(t, "vague count headline", []mechanismCase{
		{"several flights to forty", fog("Several flights cancelled as fog grounds planes", "Several flights were cancelled at Dublin Airport on Tuesday as thick fog settled."),
			fog("Forty flights cancelled as fog grounds planes", "Forty flights were cancelled at Dublin Airport on Tuesday as thick fog settled."),
			[]string{"altered number", "altered number"}},
		{"some schools to 40, story kept", fog("Some schools shut as snow hits Cumbria", "Forty schools in Cumbria were closed on Tuesday after heavy snow."),
			fog("Snow shuts 40 schools in Cumbria", "Forty schools in Cumbria were closed on Tuesday after heavy snow."),
			[]string{"altered number"}},
		{"numerous to twelve", fog("Numerous homes flooded in Carlisle", "Twelve homes in Carlisle were flooded on Tuesday after the river burst its banks."),
			fog("Twelve homes flooded in Carlisle", "Twelve homes in Carlisle were flooded on Tuesday after the river burst its banks."),
			[]string{"altered number"}},
	})
	runReview23(t, "vague count headline near-miss", []mechanismCase{
		{"many objections, budget's figure added", fog("Council approves budget despite many objections", "The council approved a $40 million budget on Tuesday."),
			fog("Council approves $40 million budget", "The council approved a $40 million budget on Tuesday."), nil},
		{"number of burglaries, percent added", fog("Number of burglaries rises in Leeds", "Burglaries in Leeds rose 12% last year, police figures show."),
			fog("Burglaries rise 12% in Leeds", "Burglaries in Leeds rose 12% last year, police figures show."), nil},
		{"many flee, toll changed", fog("Many flee as floods kill three", "Floods killed three people in Carlisle on Tuesday, police said."),
			fog("Many flee as floods kill five", "Floods killed five people in Carlisle on Tuesday, police said."),
			[]string{"altered number", "altered number"}},
	})

	// --- 7a227ea: a site's name ending "Online" beside a stamp with its
	// minute, its words joined by "&", is a meta line.
	toll := []string{"Ferry fares to rise",
		"Fares on the Waiheke ferry will rise by 8 percent from July, the operator said on Thursday.",
		"Commuters' groups said the rise would push more people into cars."}
	runReview23(t, "online stamp", runChromeLinesCases(toll, []string{
		"Capital & Coast Online · 3 Mar 2025, 09:45",
		"Gulf Harbour Online | 12 May 2025 18:05",
		"Isles of Hauraki Online · 12 May 2025, 7.40",
	}, []mechanismCase{
		{"registration opens online", nil, []string{"Registration Opens Online · 3 May 2025, 09:00"}, []string{"added date"}},
		// (Expectation corrected after the run: a section's name and a
		// day, with no verb, is a page's label an editor would not mark;
		// it is read so at efa94df too.)
		{"a fare box without a minute", nil, []string{"Fares & Passes Online | 3 March 2025"}, nil},
	}))

	// --- 7a227ea: a masthead ending "Newswire" is a meta line.
	runReview23(t, "newswire masthead", runChromeLinesCases(toll, []string{
		"Pacific Islands Newswire | 2 June 2025",
		"Bay of Islands Newswire · 2 June 2025",
	}, []mechanismCase{
		{"a fare board's notice", nil, []string{"Fare Review Board | 2 June 2025"}, []string{"added date"}},
	}))

	// --- 7a227ea: "More details are awaited." is a newsroom notice.
	blast := []string{"Blast at fireworks factory", "An explosion tore through a fireworks factory in Sivakasi on Monday, police said.", "Fire crews were still at the scene in the evening."}
	plus := func(last string) []string { return append(append([]string{}, blast...), last) }
	runReview23(t, "details awaited", []mechanismCase{
		{"notice dropped", plus("More details are awaited."), blast, nil},
		{"still awaited added", blast, plus("Further details are still awaited."), nil},
		{"without are", blast, plus("More details awaited."), nil},
	})
	runReview23(t, "details awaited near-miss", []mechanismCase{
		{"victims' details awaited", blast, plus("Details of the 14 victims are awaited."), []string{"added number"}},
		// (Expectation corrected after the run: one sentence added is
		// one finding, its facet the count it gives; its source is part
		// of it.)
		{"notice for a count", plus("More details are awaited."), plus("Police said 14 workers were missing."), []string{"added number"}},
	})

	// --- 7a227ea: a bare dollar and one with its country's letters are
	// one amount.
	mine := wrapBetween("Mine expansion approved", "Work is due to start next year.")
	runReview23(t, "dollar country", []mechanismCase{
		{"A$ bare", mine("The expansion of the Olympic Dam mine will cost A$2.4 billion, the company said."),
			mine("The expansion of the Olympic Dam mine will cost $2.4 billion, the company said."), nil},
		{"US$ added", mine("The company will pay $300 million in royalties over a decade, the state said."),
			mine("The company will pay US$300 million in royalties over a decade, the state said."), nil},
		{"C$ small amount", mine("Permits for the site cost C$45 each, the council said."),
			mine("Permits for the site cost $45 each, the council said."), nil},
	})
	runReview23(t, "dollar country near-miss", []mechanismCase{
		{"A$ for US$", mine("The expansion of the Olympic Dam mine will cost A$2.4 billion, the company said."),
			mine("The expansion of the Olympic Dam mine will cost US$2.4 billion, the company said."), []string{"altered number"}},
		{"bare to A$ another amount", mine("The expansion of the Olympic Dam mine will cost $2.4 billion, the company said."),
			mine("The expansion of the Olympic Dam mine will cost A$2.6 billion, the company said."), []string{"altered number"}},
		{"A$ bare, second amount changed", mine("The expansion will cost A$2.4 billion and create 900 jobs, the company said."),
			mine("The expansion will cost $2.4 billion and create 950 jobs, the company said."), []string{"altered number"}},
	})

	// --- 0a25885: plurals of nouns ending in a hiss lose "es".
	snow := wrapBetween("Snow closes mountain passes", "Ploughs will work through the night.")
	runReview23(t, "sibilant plurals", []mechanismCase{
		{"inches, conversion added", snow("Up to 6 inches of snow fell on the pass overnight."),
			snow("Up to 6 inches (15 centimetres) of snow fell on the pass overnight."), nil},
		{"inches, conversion dropped", snow("Hailstones measuring 2 inches (5 cm) across smashed windscreens."),
			snow("Hailstones measuring 2 inches across smashed windscreens."), nil},
		{"witnesses as the source", snow("Two witnesses said the plough had slid off the road."),
			snow("The plough slid off the road, two witnesses said."), nil},
	})
	runReview23(t, "sibilant plurals near-miss", []mechanismCase{
		{"inches changed with their conversion", snow("Up to 12 inches (30 cm) of snow fell on the pass overnight."),
			snow("Up to 14 inches (35 cm) of snow fell on the pass overnight."), []string{"altered number"}},
		{"avalanches to an avalanche", snow("Two avalanches hit the pass on Sunday, police said."),
			snow("An avalanche hit the pass on Sunday, police said."), []string{"altered number"}},
		{"tranches changed", snow("The repair fund will be paid in three tranches, the ministry said."),
			snow("The repair fund will be paid in four tranches, the ministry said."), []string{"altered number"}},
	})

	// --- 0a25885: a conversion in brackets read in square or cubic
	// units.
	fire := wrapBetween("Warehouse fire in Tilbury", "The cause is under investigation.")
	runReview23(t, "square and cubic conversions", []mechanismCase{
		{"square metres to square feet, dropped", fire("The blaze destroyed 2,500 square metres (27,000 square feet) of storage space."),
			fire("The blaze destroyed 2,500 square metres of storage space."), nil},
		{"cubic metres to cubic feet, dropped", fire("Crews pumped 50,000 cubic metres (1.8 million cubic feet) of water from the river."),
			fire("Crews pumped 50,000 cubic metres of water from the river."), nil},
		{"square miles added", fire("Smoke from the fire covered 120 square kilometres of the estuary."),
			fire("Smoke from the fire covered 120 square kilometres (46 square miles) of the estuary."), nil},
	})
	runReview23(t, "square and cubic conversions near-miss", []mechanismCase{
		{"conversion's figure changed", fire("Smoke from the fire covered 80 square kilometres (31 square miles) of the estuary."),
			fire("Smoke from the fire covered 80 square kilometres (35 square miles) of the estuary."), []string{"altered number"}},
		{"a second area in brackets dropped", fire("The blaze destroyed 2,500 square metres (of 6,000 square metres on the site) of storage space."),
			fire("The blaze destroyed 2,500 square metres of storage space."), []string{"altered number"}},
		{"area changed, conversion kept", fire("The blaze destroyed 2,500 square metres (27,000 square feet) of storage space."),
			fire("The blaze destroyed 3,500 square metres (27,000 square feet) of storage space."), []string{"altered number"}},
	})

	// --- 0a25885: a range of percentages written once gives its first
	// figure the percent.
	rates := wrapBetween("Mortgage rates climb", "Brokers expect rates to level off next year.")
	runReview23(t, "range percents", []mechanismCase{
		{"from to percent", rates("Fixed rates rose from 5 to 7 percent over the year, the bank said."),
			rates("Fixed rates rose from 5% to 7% over the year, the bank said."), nil},
		{"or per cent", rates("Lenders expect 30 or 40 per cent of borrowers to refinance, the bank said."),
			rates("Lenders expect 30% or 40% of borrowers to refinance, the bank said."), nil},
		{"en dash", rates("Repayments will rise 10–15% for most borrowers, the bank said."),
			rates("Repayments will rise 10% to 15% for most borrowers, the bank said."), nil},
		{"percent after the first figure", rates("Fixed rates rose from 5 percent to 7 over the year, the bank said."),
			rates("Fixed rates rose from 5% to 7% over the year, the bank said."), nil},
	})
	runReview23(t, "range percents near-miss", []mechanismCase{
		{"lower bound changed", rates("Fixed rates rose from 3 to 5 percent over the year, the bank said."),
			rates("Fixed rates rose from 4 to 5 percent over the year, the bank said."), []string{"altered number"}},
		{"a count and a percent", rates("The bank will close 30 branches and 5 percent of its cash machines."),
			rates("The bank will close 30 branches and 6 percent of its cash machines."), []string{"altered number"}},
		{"a count changed before a percent", rates("Some 2,000 to 3,000 borrowers, 4 percent of the total, are in arrears."),
			rates("Some 2,000 to 4,000 borrowers, 4 percent of the total, are in arrears."), []string{"altered number"}},
	})

	// --- 0a25885: "well" or "far" before a word of position is a degree
	// judged.
	river := wrapBetween("Drought grips the Rhine", "Barges are sailing with half loads.")
	runReview23(t, "degree judged", []mechanismCase{
		{"far short of, short of", river("Rainfall this spring has fallen far short of the average, the weather service said."),
			river("Rainfall this spring has fallen short of the average, the weather service said."), []string{"altered characterization"}},
		{"well below, below", river("The river at Kaub is well below its usual summer level."),
			river("The river at Kaub is below its usual summer level."), []string{"altered characterization"}},
		{"well behind added", river("Repairs to the lock at Iffezheim are behind schedule."),
			river("Repairs to the lock at Iffezheim are well behind schedule."), []string{"altered characterization"}},
	})
	runReview23(t, "degree judged near-miss", []mechanismCase{
		{"gas well inside", river("The company drilled a gas well inside the nature reserve in 2019."),
			river("The company drilled a well inside the nature reserve in 2019."), nil},
		{"well past midnight", river("The crisis meeting ran well past midnight."),
			river("The crisis meeting ran past midnight."), nil},
		{"well over, more than", river("Well over 100 barges are stuck at Kaub, the shipping board said."),
			river("More than 100 barges are stuck at Kaub, the shipping board said."), nil},
		{"as well as, count changed", river("The drought has hit farmers as well as 40 shipping firms."),
			river("The drought has hit farmers as well as 45 shipping firms."), []string{"altered number"}},
	})

	// --- 5af06b4: one short line on each side that chrome reads as
	// chrome of one kind is chrome changed.
	quake := func(a string) []string {
		return []string{"Quake shakes southern Peru", "A magnitude 6.1 earthquake struck near Arequipa on Sunday, the geophysics institute said.", a,
			"Aftershocks were felt through the night."}
	}
	runReview23(t, "chrome pair", []mechanismCase{
		{"photo credit changed", quake("Photo: Ana Quispe / AFP"), quake("Photo: Luis Mamani / Reuters"), nil},
		{"editing credit changed", quake("Reporting by Ana Quispe; Editing by Tom Hale"), quake("Reporting by Ana Quispe; Editing by Kim Lo"), nil},
	})
	runReview23(t, "chrome pair near-miss", []mechanismCase{
		{"fact box toll", quake("Death toll: 14"), quake("Death toll: 17"), []string{"altered number"}},
		{"fact box magnitude", quake("Magnitude: 6.1"), quake("Magnitude: 6.4"), []string{"altered number"}},
		{"next hearing", quake("Next inspection: March 14."), quake("Next inspection: March 21."), []string{"altered date"}},
		{"short sentence, day moved", quake("Schools reopen on Monday."), quake("Schools reopen on Tuesday."), []string{"altered date"}},
	})

	// --- 5af06b4: an appositive telling what kind of outlet a source
	// spoke to is no characterization.
	strike := wrapBetween("Teachers strike over pay", "Talks resume on Monday.")
	runReview23(t, "outlet appositive", []mechanismCase{
		{"the state broadcaster", strike("Union leader Mere Tane said the strike would last a week, speaking to Radio Kiribati."),
			strike("Union leader Mere Tane said the strike would last a week, speaking to Radio Kiribati, the state broadcaster."), nil},
		{"a Danish tabloid", strike("The minister called the walkout unlawful in an interview with Ekstra Bladet."),
			strike("The minister called the walkout unlawful in an interview with Ekstra Bladet, a Danish tabloid."), nil},
		{"the capital's daily dropped", strike("Tane said 4,000 teachers had joined, according to the Tarawa Times, the capital's daily."),
			strike("Tane said 4,000 teachers had joined, according to the Tarawa Times."), nil},
	})
	// (Expectations corrected after the run: both tails tell a fact of
	// their own, who attacked or repeated the claim, not the writer's
	// comment; an added fact is wording. They must stay material.)
	runReview23(t, "outlet appositive near-miss", []mechanismCase{
		{"a decision attacked by every newspaper", strike("The ministry docked the strikers' pay."),
			strike("The ministry docked the strikers' pay, a decision attacked by every national newspaper."), []string{"altered wording"}},
		{"a claim repeated on state television", strike("The minister said the schools would stay open."),
			strike("The minister said the schools would stay open, a claim repeated on state television."), []string{"altered wording"}},
	})
}

// runChromeLinesCases is chromeLineCases under another name, for probe
// groups: each line (want nil) and each claim's one ver line (its want)
// set between the second and third paragraphs of base.
func runChromeLinesCases(base, lines []string, claims []mechanismCase) []mechanismCase {
	return chromeLineCases(base, lines, claims)
}
