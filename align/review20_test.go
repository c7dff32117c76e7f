package align

import "testing"

// Review probes of session 20's rules (commits c61f97b..HEAD). Each
// expectation was written before the probe was run, from what a news
// editor would call a material change; they were not adjusted to the
// answers got. Findings are compared as sorted "kind facet" strings.
// Probes are grouped by the rule they put to the test: cases the rule
// should fire on that the session's own tests (round32_test.go) do not
// cover, and near-misses, ordinary newswriting that only looks like the
// pattern.

// The review found 13 regressions in the rules as they stood then (a
// "monthly" read as a weekday, timelines and fact boxes apart by dashes
// read as meta lines, "reports distributed by news agencies said …" and
// "Shared with permission of his family, …" read as notices, "rose on
// May 4 to 15" read as a range of days, a forecaster named Gale and two
// winds in another order read as a wind graded, "infected by" read as
// any event's cause, a company's spokeswoman against the company read as
// another source); all were mended after it.

// review20Limits are probes, by group and name, whose expectation stands
// but whose miss the review left, with why, and whether it predates
// c61f97b. They are skipped with the answer got, and log when they start
// to pass.
var review20Limits = map[string]string{
	"update notes/Updated at 9:05 a.m. Monday with hospital statement": "a note with its time before its weekday is not read as chrome: updateWhen takes a day then a time, not a time then a day (added date, as at c61f97b)",
	"day ranges/range told into the next month":                        "'Nov. 28-Dec. 1' is cut at 'Dec.' as a sentence's end and read as numbers added (as at c61f97b)",
	"wind graded near-miss/strong → high":                              "'strong' dropped is read as a loaded word, a characterization, by an older rule (as at c61f97b)",
	"fortnight/twice a fortnight, every two weeks":                     "reported as wording, not number: the facet only, material either way (as at c61f97b)",
	"fortnight/fortnightly, every two weeks":                           "'fortnightly' is not read as every two weeks: everyFortnightRE knows only 'once a/every/each fortnight' (as at c61f97b)",
	"weighed then taken near-miss/still considering, a later day":      "'is considering' → 'is still considering' is read as the deliberation dropped, a modality change (as at c61f97b)",
	"country forms/British, UK":                                        "the demonym 'British' against 'UK officials' is read as another source (as at c61f97b)",
	"country forms near-miss/UK and US, Britain alone":                 "the dropped US is reported as altered, not dropped entity: the kind only, material either way (as at c61f97b)",
	"title abbreviated near-miss/Rep., another person written out":     "another person's name is reported as attribution, not entity: the facet only, material either way (as at c61f97b)",
	"title abbreviated near-miss/Gov., Lt. Gov.":                       "a lieutenant governor for the governor is read as paraphrase: 'Lt.' added to a kept title is no change (as at c61f97b)",
	"title abbreviated near-miss/Attorney General, Gen.":               "'Attorney General' → 'Gen.' is read as paraphrase (as at c61f97b; not from ab501bf, which got the same answer before)",
	"cause hedge settled/probable cause, then started":                 "in the retelling the probable cause told as what 'started the fire' is still demoted as paraphrase: causeHedged does not reach it (as at c61f97b)",
	"cause hedge near-miss/likely of a forecast":                       "'likely' → 'expects' is read as a hedge dropped, a modality change (as at c61f97b)",
	"dash meta near-miss/fact box deadline":                            "a fact box's line changed is reported as dropped and added, not altered: the kind only, material either way (as at c61f97b; a dash-separated meta line hid it before the review)",
}

// runReview20 compares each case and checks its sorted material findings.
func runReview20(t *testing.T, group string, tests []mechanismCase) {
	t.Helper()
	runLimitedProbes(t, group, tests, review20Limits)
}

// TestReview20 runs the review probes of session 20's rules.
func TestReview20(t *testing.T) {
	storm := []string{
		"Storm cuts power to coastal towns",
		"About 12,000 homes along the coast lost power on Sunday as a storm brought down lines.",
		"The utility said crews would work through the night.",
	}

	// --- 159b5d5: a take's update note with its day or time; "reproduction reserved".
	runReview20(t, "update notes", chromeLineCases(storm, []string{
		"Updated Tuesday at 4:30 p.m. ET with comment from the governor",
		"UPDATED Sept. 10, 2025, with quotes from residents",
		"Updated at 9:05 a.m. Monday with hospital statement",
		"All reproduction rights reserved.",
	}, []mechanismCase{
		{"updated monthly, a story sentence", nil,
			[]string{"Updated monthly with data from regional hospitals, the register lists every case of measles."}, []string{"added wording"}},
		{"updated as a verb between dashes", nil,
			[]string{"The ministry updated its guidance - again - on 12 March."}, []string{"added date"}},
		{"reproduction forbidden by law", nil,
			[]string{"Reproduction is forbidden for the 40 cloned cows under the new law, the ministry said."}, []string{"added number"}},
	}))

	// --- 159b5d5, adbaaf7: meta lines whose fields are apart by dashes.
	runReview20(t, "dash meta lines", chromeLineCases(storm, []string{
		"Island Times — Staff Writer — 3 June 2025",
		"The Suva Post news desk - 4 May",
		"By our correspondent – Suva – 12 March",
		"Published 12 Sep 2025 - Updated 14:05 - Reuters",
	}, []mechanismCase{
		{"hospital staff between dashes", nil,
			[]string{"Hospital staff - nurses, porters and cleaners - walked out on 12 March."}, []string{"added date"}},
	}))
	strike := func(line string) []string {
		return []string{"Nurses strike enters second week",
			"Nurses at Kenyatta National Hospital stayed off work on Monday over unpaid allowances.",
			line, "Talks resume on Friday."}
	}
	runReview20(t, "dash meta near-miss", []mechanismCase{
		{"timeline entry of a staff walkout", strike("12 March - Walkout by nursing staff"),
			strike("19 March - Walkout by nursing staff"), []string{"altered date"}},
		{"fact box, one-word name and a day", strike("Referendum - 4 May"),
			strike("Referendum - 11 May"), []string{"altered date"}},
		{"fact box deadline", strike("Deadline – 31 March"),
			strike("Deadline – 30 April"), []string{"altered date"}},
		{"listing of a strike by staff", strike("Strike by hospital staff – Kenyatta National Hospital – 12 March"),
			strike("Strike by hospital staff – Kenyatta National Hospital – 19 March"), []string{"altered date"}},
		{"score line", strike("Lions 2 - Stars 1"),
			strike("Lions 2 - Stars 3"), []string{"altered number"}},
	})

	// --- adbaaf7: a republisher's note of where its copy comes from.
	runReview20(t, "syndication terms", chromeLineCases(storm, []string{
		"All content is syndicated from partner sites and may be edited for length.",
		"Articles on Pacific Wire are provided by partner newsrooms.",
		"(Republished with kind permission of The Fiji Times)",
		"Suva Post staff - Republished with permission - 4 May",
	}, []mechanismCase{
		{"reports distributed by news agencies", nil,
			[]string{"Reports distributed by news agencies said at least 12 people had died in the storm."}, []string{"added number"}},
		{"video shared with permission", nil,
			[]string{"Shared with permission of his family, the video shows the rescue."}, []string{"added wording"}},
	}))

	// --- 159b5d5: a range of days of one month.
	fest := wrapBetween("Harvest festival dates set", "Tickets go on sale on Monday.")
	runReview20(t, "day ranges", []mechanismCase{
		{"through, second day changed", fest("The festival runs Sept. 12 through 14 in Nakuru."),
			fest("The festival runs Sept. 12 through 16 in Nakuru."), []string{"altered date"}},
		{"between, day first", fest("Talks will be held between 3 and 7 March in Nakuru."),
			fest("Talks will be held between 3 and 9 March in Nakuru."), []string{"altered date"}},
		{"day first with a year", fest("The festival runs from 5 to 10 October 2025."),
			fest("The festival runs from 5 to 12 October 2025."), []string{"altered date"}},
		{"range told into the next month", fest("The fair runs Nov. 28-30 in Nakuru."),
			fest("The fair runs Nov. 28-Dec. 1 in Nakuru."), []string{"altered date"}},
		{"hyphenated range, month moved", fest("The fair runs October 5-10 in Nakuru."),
			fest("The fair runs 5-10 October in Nakuru."), nil},
	})
	quake := wrapBetween("Quake toll rises", "Rescuers are still searching the rubble.")
	runReview20(t, "day ranges near-miss", []mechanismCase{
		{"a toll risen on a day to a figure", quake("The death toll rose on May 4 to 15."),
			quake("The death toll rose on May 4 to 18."), []string{"altered number"}},
		{"a toll risen on a day to a figure from another", quake("The death toll rose on May 4 to 15 from 12."),
			quake("The death toll rose on May 4 to 18 from 12."), []string{"altered number"}},
		{"an index fallen on a day to a level", quake("The stock index fell on March 3 to 12,400 points."),
			quake("The stock index fell on March 3 to 12,900 points."), []string{"altered number"}},
		{"flights to destinations", quake("Flights resume on June 1 to 12 destinations."),
			quake("Flights resume on June 1 to 14 destinations."), []string{"altered number"}},
	})

	// --- 159b5d5: a wind told stronger or weaker.
	blaze := wrapBetween("Bushfire threatens Katoomba", "Residents have been told to leave.")
	runReview20(t, "wind graded", []mechanismCase{
		{"light → strong", blaze("The fire spread quickly, driven by light winds."),
			blaze("The fire spread quickly, driven by strong winds."), []string{"altered characterization"}},
		{"storm-force → gale-force", blaze("Storm-force winds fanned the fire overnight."),
			blaze("Gale-force winds fanned the fire overnight."), []string{"altered characterization"}},
		{"moderate breezes → gale-force", blaze("Firefighters were helped by moderate breezes on Sunday."),
			blaze("Firefighters were hampered by gale-force winds on Sunday."), []string{"altered characterization"}},
	})
	runReview20(t, "wind graded near-miss", []mechanismCase{
		{"strong → high", blaze("Strong winds fanned the fire overnight."),
			blaze("High winds fanned the fire overnight."), nil},
		{"a forecaster named Gale", blaze("Strong winds will ease by Friday, said forecaster Tom Gale."),
			blaze("Forecaster Tom Gale said strong winds will ease by Friday."), nil},
		{"two winds told in another order", blaze("Light winds in the morning gave way to gale-force winds by evening."),
			blaze("By evening gale-force winds had replaced the light winds of the morning."), nil},
		{"a wind's speed changed", blaze("Gale-force winds of 80 km/h fanned the fire."),
			blaze("Gale-force winds of 90 km/h fanned the fire."), []string{"altered number"}},
	})

	// --- 159b5d5: "once a fortnight" is every two weeks.
	atoll := wrapBetween("Atoll waits for supply ship", "Residents have asked for more visits.")
	runReview20(t, "fortnight", []mechanismCase{
		{"every fortnight, every two weeks", atoll("A supply ship calls at the atoll every fortnight."),
			atoll("A supply ship calls at the atoll every two weeks."), nil},
		{"once a fortnight, once a month", atoll("A supply ship calls at the atoll once a fortnight."),
			atoll("A supply ship calls at the atoll once a month."), []string{"altered number"}},
		{"twice a fortnight, every two weeks", atoll("A supply ship calls at the atoll twice a fortnight."),
			atoll("A supply ship calls at the atoll every two weeks."), []string{"altered number"}},
		{"fortnightly, every two weeks", atoll("A fortnightly supply ship calls at the atoll."),
			atoll("A supply ship calls at the atoll every two weeks."), nil},
	})

	// --- eb54f8e: a matter not known yet and its answer, alone in their slot.
	market := func(mid ...string) []string {
		out := []string{"Fire guts market in Kumasi",
			"A fire destroyed dozens of stalls at the Kejetia market in Kumasi early on Sunday.",
			"Traders said they had lost goods worth thousands of cedis."}
		out = append(out, mid...)
		return append(out, "The regional minister visited the site on Sunday afternoon.")
	}
	runReview20(t, "open matter in slot", []mechanismCase{
		{"what started it, then told", market("It was not immediately clear what started the fire."),
			market("Fire officials said an electrical fault in a food stall started the fire."), []string{"altered modality"}},
		{"infected by ransomware", market("The cause of the fire was not yet known."),
			market("Officials said the market's alarm system had been infected by ransomware before the fire."), []string{"altered modality"}},
		{"no cause, a count", market("The cause of the fire was not known."),
			market("Two traders were taken to hospital with burns, police said."), []string{"added number", "dropped modality"}},
		{"infected by, not the cause", market("The cause of the fire was not known."),
			market("Several traders had also been infected by a skin rash."), []string{"added wording", "dropped modality"}},
		{"the open sentence not alone in its slot", market("The cause of the fire was not known.", "Firefighters fought the blaze for three hours."),
			market("Fire officials said an electrical fault in a food stall started the fire."), []string{"altered modality", "dropped number"}},
	})

	// --- 9ddc0be: a credit naming a person in apposition, told as another name.
	runReview20(t, "credit named otherwise", []mechanismCase{
		retoldCase("according to a planner, then the water company",
			"The river's operator, Tarrow Water, opened the sluices. About 200 homes lost power, according to the county's emergency planner, Helen Marsh.",
			"Tarrow Water, which manages the river, opened the sluices. About 200 homes lost power, according to Tarrow Water.",
			"altered attribution"),
		retoldCase("said by a planner, then the water company",
			"The river's operator, Tarrow Water, opened the sluices. About 200 homes lost power, the county's emergency planner, Helen Marsh, said.",
			"Tarrow Water, which manages the river, opened the sluices. About 200 homes lost power, Tarrow Water said.",
			"altered attribution"),
		retoldCase("the operator's own spokeswoman, then the operator",
			"The river's operator, Tarrow Water, opened the sluices. About 200 homes lost power, according to the company's spokeswoman, Helen Marsh.",
			"Tarrow Water, which manages the river, opened the sluices. About 200 homes lost power, according to Tarrow Water."),
		retoldCase("the same person by surname",
			"The river's operator, Tarrow Water, opened the sluices. About 200 homes lost power, according to the county's emergency planner, Helen Marsh.",
			"Tarrow Water, which manages the river, opened the sluices. About 200 homes lost power, according to Ms Marsh."),
	})

	// --- 130c887: a step weighed and then taken, its day changed.
	port := wrapBetween("Dockers' pay talks", "The port handles most of the country's imports.")
	runReview20(t, "weighed then taken", []mechanismCase{
		{"negotiating, then signed", port("The union is negotiating a pay deal with the port authority, officials said on Monday."),
			port("The union signed a pay deal with the port authority, officials said on Thursday."), []string{"altered date", "altered modality"}},
		{"mulling, then banned on a day", port("The council is mulling a ban on night shifts, the mayor said on Monday."),
			port("The council on Wednesday banned night shifts, the mayor said."), []string{"altered date", "altered modality"}},
		{"considering, then imposed, same day", port("The authority is considering a curfew at the docks, officials said on Sunday."),
			port("The authority imposed a curfew at the docks, officials said on Sunday."), []string{"altered modality"}},
	})
	runReview20(t, "weighed then taken near-miss", []mechanismCase{
		{"still considering, a later day", port("The authority is considering a curfew at the docks, officials said on Sunday."),
			port("The authority is still considering a curfew at the docks, officials said on Tuesday."), []string{"altered date"}},
		{"weighing another figure", port("The authority is weighing a pay rise of 40 percent, officials said on Sunday."),
			port("The authority is weighing a pay rise of 50 percent, officials said on Sunday."), []string{"altered number"}},
	})

	// --- adbaaf7: a country named by another of its names.
	aid := wrapBetween("Aid flights reach Tonga", "More flights are due next week.")
	runReview20(t, "country forms", []mechanismCase{
		{"United States, US", aid("The United States sent two military planes with water and tents."),
			aid("The US sent two military planes with water and tents."), nil},
		{"United Arab Emirates, UAE", aid("The United Arab Emirates sent two planes with water and tents."),
			aid("The UAE sent two planes with water and tents."), nil},
		{"Great Britain, the UK", aid("Great Britain sent two planes with water and tents."),
			aid("The UK sent two planes with water and tents."), nil},
		{"U.S., United States", aid("The U.S. sent two military planes with water and tents."),
			aid("The United States sent two military planes with water and tents."), nil},
		{"British, UK", aid("British officials said two planes with water and tents had landed."),
			aid("UK officials said two planes with water and tents had landed."), nil},
	})
	runReview20(t, "country forms near-miss", []mechanismCase{
		{"UK, US", aid("The UK sent two planes with water and tents."),
			aid("The US sent two planes with water and tents."), []string{"altered entity"}},
		{"United States, United Kingdom", aid("The United States sent two planes with water and tents."),
			aid("The United Kingdom sent two planes with water and tents."), []string{"altered entity"}},
		{"UAE, Saudi Arabia", aid("The UAE sent two planes with water and tents."),
			aid("Saudi Arabia sent two planes with water and tents."), []string{"altered entity"}},
		{"UK and US, Britain alone", aid("The UK and the US sent two planes with water and tents."),
			aid("Britain sent two planes with water and tents."), []string{"dropped entity"}},
	})

	// --- ab501bf: a title written out and abbreviated.
	bill := wrapBetween("Senate passes reef bill", "The bill goes to the governor.")
	runReview20(t, "title abbreviated", []mechanismCase{
		{"Sen., Senator", bill("The bill was rushed, said Sen. Maria Lopez."),
			bill("The bill was rushed, said Senator Maria Lopez."), nil},
		{"Lt. Col., Lieutenant Colonel", bill("The bill was rushed, said Lt. Col. John Reed."),
			bill("The bill was rushed, said Lieutenant Colonel John Reed."), nil},
		{"Det. Sgt., Detective Sergeant", bill("The bill was rushed, said Det. Sgt. Ann Mills."),
			bill("The bill was rushed, said Detective Sergeant Ann Mills."), nil},
	})
	runReview20(t, "title abbreviated near-miss", []mechanismCase{
		{"Rep., another person written out", bill("The bill was rushed, said Rep. Ana Cruz."),
			bill("The bill was rushed, said Representative Maria Lopez."), []string{"altered entity"}},
		{"Gov., Lt. Gov.", bill("The bill was rushed, said Gov. Ana Cruz."),
			bill("The bill was rushed, said Lt. Gov. Ana Cruz."), []string{"altered entity"}},
		{"Attorney General, Gen.", bill("The bill was rushed, said Attorney General Ana Cruz."),
			bill("The bill was rushed, said Gen. Ana Cruz."), []string{"altered entity"}},
	})

	// --- ab501bf: in a retelling, a cause told as likely then stated.
	runReview20(t, "cause hedge settled", []mechanismCase{
		retoldCase("probable cause, then started",
			"Investigators said the probable cause of the fire at the pumping station was a discarded cigarette.",
			"A discarded cigarette started the fire at the pumping station, investigators said.",
			"altered modality"),
		retoldCase("suspected cause, then blamed",
			"Police said the suspected cause of the crash on the bridge was a burst tyre.",
			"Police blamed a burst tyre for the crash on the bridge.",
			"altered modality"),
	})
	runReview20(t, "cause hedge near-miss", []mechanismCase{
		retoldCase("probable cause, then probably",
			"Investigators said the probable cause of the fire at the pumping station was a discarded cigarette.",
			"A discarded cigarette probably started the fire at the pumping station, investigators said."),
		retoldCase("likely of a forecast",
			"The council said more flooding was likely next winter.",
			"The council expects more flooding next winter."),
		retoldCase("likely reason, then probably the reason",
			"The likely reason for the delay, officials said, was a blocked drain.",
			"Officials said a blocked drain was probably the reason for the delay."),
	})
}
