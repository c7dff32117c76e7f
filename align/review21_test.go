package align

import "testing"

// Review probes of session 21's rules (commits 32d7d2c..HEAD). Each
// expectation was written before the probe was run, from what a news
// editor would call a material change; they were not adjusted to the
// answers got. Findings are compared as sorted "kind facet" strings.
// Probes are grouped by the rule they put to the test: cases the rule
// should fire on that the session's own tests (round33_test.go) do not
// cover, and near-misses, ordinary newswriting that only looks like the
// pattern.

// The review found 12 regressions (failing at the review, passing at
// 32d7d2c): a noun "plan" after a plural or a possessive plural, "want
// to know" and "who want to" read as intentions (be2a8ba); "boasts"
// (has), the noun "fumes" and "insisted on" (demanded) read as loaded
// verbs (505d1e6); a story sentence ending "not responsible for the
// content of linked sites" read as chrome (1af1e82); "as leading
// economists had predicted" read as a participle's clause, its source
// lost (fbb454d); counts "in 1850 cases", "by 1750 metres" read as years
// (e27d86c); "kills one strain" read as a toll (5467f22). All were
// mended after it, and so was a quoted "$5 million" against "5 million
// dollars"; review21Limits keeps the misses that predate 32d7d2c.

// review21Limits are probes, by group and name, whose expectation stands
// but whose miss the review left, with why, and whether it predates
// 32d7d2c. They are skipped with the answer got, and log when they start
// to pass.
var review21Limits = map[string]string{
	"plural intent/its members plan to, then walked out":             "'Its members plan to' is not read as an intention: pluralSubject does not take 'its' before the plural (paraphrase, as at 32d7d2c)",
	"loaded verbs near-miss/savaged, literal":                        "a dog that 'savaged' → 'mauled' a boy is read as a characterization (as at 32d7d2c, where 'mauled' alone was the loaded word; now one loaded word for another)",
	"republisher chrome/UPDATE 12 June: adds comment from the mayor": "'UPDATE' is no boilerplate trigger ('updated' is), so the note after a colon is chrome only as 'Updated 12 June: adds …' (added date, as at 32d7d2c)",
	"participle no source near-miss/while visiting engineers said":   "'visiting engineers' → 'local engineers' as the source is read as paraphrase (as at 32d7d2c)",
	"fraction after by near-miss/by half past nine, by 9.30":         "'half past nine' is read as the number nine against 9.30 (altered number, as at 32d7d2c)",
	"older years/a decade":                                           "'built in the 1890s' → 'the 1880s' is read as paraphrase: a decade is no date (as at 32d7d2c)",
	"tolls/a toll in one headline, killing 12":                       "a headline's 'killing 12' dropped is demoted as a headline detail (as at 32d7d2c)",
	"suspected near-miss/suspected of, suspected":                    "'men suspected of starting the fire' → 'suspected arsonists' is read as altered modality (suspected → suspected, as at 32d7d2c)",
	"suspected near-miss/suspected in, a suspect in":                 "'a man suspected in the arson' → 'a suspect in the arson' is read as the hedge dropped (altered modality, as at 32d7d2c)",
}

// runReview21 compares each case and checks its sorted material findings.
func runReview21(t *testing.T, group string, tests []mechanismCase) {
	t.Helper()
	runLimitedProbes(t, group, tests, review21Limits)
}

// review21Head sets headline h over a story of two paragraphs kept the
// same on both sides.
func review21Head(body, tail string) func(string) []string {
	return func(h string) []string { return []string{h, body, tail} }
}

// TestReview21 runs the review probes of session 21's rules.
func TestReview21(t *testing.T) {
	// --- be2a8ba: a plan or wish told by a plural subject is an intention.
	strike := wrapBetween("Teachers' pay dispute", "Talks with the ministry resume next week.")
	runReview21(t, "plural intent", []mechanismCase{
		{"teachers plan to, then struck", strike("Teachers at the two schools plan to strike on Monday over unpaid wages."),
			strike("Teachers at the two schools went on strike on Monday over unpaid wages."), []string{"altered modality"}},
		{"officials hope to, then reopened", strike("Officials hope to reopen the school bridge to traffic on Friday."),
			strike("Officials reopened the school bridge to traffic on Friday."), []string{"altered modality"}},
		{"two unions intend to, then appealed", strike("Two unions intend to appeal the ruling, their lawyers said."),
			strike("Two unions have appealed the ruling, their lawyers said."), []string{"altered modality"}},
		{"its members plan to, then walked out", strike("Its members plan to walk out on Friday, the union said."),
			strike("Its members walked out on Friday, the union said."), []string{"altered modality"}},
	})
	runReview21(t, "plural intent near-miss", []mechanismCase{
		{"plan to, are planning to", strike("The families plan to sue the education ministry."),
			strike("The families are planning to sue the education ministry."), nil},
		{"plan to, intend to", strike("Parents plan to block the road to the school on Friday."),
			strike("Parents intend to block the road to the school on Friday."), nil},
		{"the families' plan, a noun", strike("The families' plan to sue the ministry was announced on Monday."),
			strike("The families announced on Monday a plan to sue the ministry."), nil},
		{"a compound noun before plan", strike("The city's schools plan to add 40 classrooms by 2030 was approved on Tuesday."),
			strike("The city's schools plan, approved on Tuesday, adds 40 classrooms by 2030."), nil},
		{"want to know", strike("Parents want to know why the school was closed."),
			strike("Parents want answers about why the school was closed."), nil},
		{"who want to, wishing to", strike("Teachers who want to transfer must apply by May 1."),
			strike("Teachers wishing to transfer must apply by May 1."), nil},
	})

	// --- 505d1e6: a plain verb told as a loaded one.
	refinery := wrapBetween("Refinery row deepens", "An inquiry has been opened.")
	runReview21(t, "loaded verbs", []mechanismCase{
		{"says → insists", refinery("The ministry says the water near the refinery is safe to drink."),
			refinery("The ministry insists the water near the refinery is safe to drink."), []string{"altered characterization"}},
		{"said → boasted", refinery("The company said its new plant would create 300 jobs."),
			refinery("The company boasted its new plant would create 300 jobs."), []string{"altered characterization"}},
		{"said → fumed", refinery("The mayor said the company had ignored three warnings."),
			refinery("The mayor fumed that the company had ignored three warnings."), []string{"altered characterization"}},
		{"skipped → snubbed", refinery("The chief executive skipped the council hearing on Tuesday."),
			refinery("The chief executive snubbed the council hearing on Tuesday."), []string{"altered characterization"}},
		{"blocked → torpedoed", refinery("Two senators blocked the refinery bill on Tuesday."),
			refinery("Two senators torpedoed the refinery bill on Tuesday."), []string{"altered characterization"}},
		{"criticised → savaged", refinery("The opposition criticised the clean-up plan as reckless."),
			refinery("The opposition savaged the clean-up plan as reckless."), []string{"altered characterization"}},
		{"associates → cronies", refinery("The clean-up contracts went to business associates of the governor."),
			refinery("The clean-up contracts went to cronies of the governor."), []string{"altered characterization"}},
	})
	runReview21(t, "loaded verbs near-miss", []mechanismCase{
		{"insisted, tense changed", refinery("The minister insisted the talks were on track."),
			refinery("The minister has insisted the talks are on track."), nil},
		{"boasts, meaning has", refinery("The town boasts a 12th-century church and two museums."),
			refinery("The town has a 12th-century church and two museums."), nil},
		{"fumes, a noun", refinery("Fumes from the fire forced 200 people from their homes."),
			refinery("Smoke from the fire forced 200 people from their homes."), nil},
		{"torpedoed, literal, voice changed", refinery("The tanker was torpedoed by a German submarine in 1917."),
			refinery("A German submarine torpedoed the tanker in 1917."), nil},
		{"savaged, literal", refinery("A guard dog savaged a seven-year-old boy near the refinery gate."),
			refinery("A guard dog mauled a seven-year-old boy near the refinery gate."), nil},
		{"insisted on, demanded", refinery("The union insisted on a written agreement."),
			refinery("The union demanded a written agreement."), nil},
	})

	// --- 1af1e82: republishers' lines read as chrome.
	water := []string{
		"Water rationing extended in Nome",
		"The city extended water rationing on Tuesday as the reservoir fell to 20 percent of capacity.",
		"Officials said deliveries by barge would start next week.",
	}
	runReview21(t, "republisher chrome", chromeLineCases(water, []string{
		"This story was republished under licence from Reuters.",
		"This content is brought to you by the Alaska Tourism Board.",
		"Supported by the Pulitzer Center.",
		"The Island Voice is not responsible for the contents of external websites.",
		"First published in The Conversation.",
		"Got a tip?",
		"Contact our news desk at 555-0100.",
		"Metro Desk | Monday 09:30 EST",
		"Posted 8:00 a.m. EST, updated 10:15 a.m. EST",
		"UPDATE 12 June: adds comment from the mayor",
		"Published 9:40 p.m. ET",
	}, []mechanismCase{
		{"originally published map", nil,
			[]string{"Originally published in 1901, the map shows the harbour before the breakwater was built."}, []string{"added date"}},
		{"contact the police", nil,
			[]string{"Contact the police if you saw the two men, officers said."}, []string{"added number"}},
		{"sponsored festival", nil,
			[]string{"Sponsored by the city, the water festival drew 40,000 visitors."}, []string{"added number"}},
		{"a ruling on linked sites", nil,
			[]string{"A judge ruled on 4 May that the city's water portal is not responsible for the content of linked sites."}, []string{"added date"}},
	}))

	// --- 5467f22: a byline's stamp with its time after a dash.
	runReview21(t, "stamps after a dash", chromeLineCases(water, []string{
		"By Island Times Reporter Monday, 12 May 2025 – 09:30 WIB",
		"Reuters - 12 May 2025 - 09:30 GMT",
	}, nil))

	// --- fbb454d: a participle's clause after "while" or "as" is no source.
	bus := wrapBetween("Driver admits careless driving", "Twelve passengers were taken to hospital.")
	runReview21(t, "participle no source", []mechanismCase{
		{"pilot while carrying", bus("A pilot who landed on a motorway while carrying 12 passengers has said the engine failed."),
			bus("A pilot who landed on a motorway while carrying 14 passengers has said the engine failed."), []string{"altered number"}},
	})
	runReview21(t, "participle no source near-miss", []mechanismCase{
		{"while visiting engineers said", bus("The bridge reopened on Monday, while visiting engineers said repairs would take weeks."),
			bus("The bridge reopened on Monday, while local engineers said repairs would take weeks."), []string{"altered attribution"}},
		{"as leading economists predicted", bus("Fares rose by 4 percent in May, as leading economists had predicted."),
			bus("Fares rose by 4 percent in May, as the transport ministry had predicted."), []string{"altered attribution"}},
	})

	// --- 28be543: a fraction after "by" is a share.
	reservoir := wrapBetween("Reservoir levels fall", "Rationing continues.")
	runReview21(t, "fraction after by", []mechanismCase{
		{"a fifth → a quarter", reservoir("The reservoir level dropped by a fifth during the heatwave."),
			reservoir("The reservoir level dropped by a quarter during the heatwave."), []string{"altered number"}},
	})
	match := wrapBetween("Derby ends in draw", "The sides meet again in May.")
	runReview21(t, "fraction after by near-miss", []mechanismCase{
		{"by half-time, at half-time", match("The home side were two goals down by half-time."),
			match("The home side were two goals down at half-time."), nil},
		{"by half past nine, by 9.30", match("Fans had gathered outside the stadium by half past nine."),
			match("Fans had gathered outside the stadium by 9.30."), nil},
		{"delayed by half an hour", match("Kick-off was delayed by half an hour."),
			match("Kick-off was delayed by 30 minutes."), nil},
		{"by a third party", match("Ticket sales were handled by a third party."),
			match("Ticket sales were handled by an outside firm."), nil},
	})

	// --- e27d86c: a year before 1900 after a word that dates.
	mill := wrapBetween("Historic mill to close", "The owners have not said what will happen to the staff.")
	runReview21(t, "older years", []mechanismCase{
		{"founded in", mill("The mill, founded in 1851, will close in July."),
			mill("The mill, founded in 1856, will close in July."), []string{"altered date"}},
		{"dates from", mill("The mill's main building dates from 1872, the trust said."),
			mill("The mill's main building dates from 1878, the trust said."), []string{"altered date"}},
		{"across 1900", mill("The mill opened in 1899 on the banks of the Tarrow."),
			mill("The mill opened in 1901 on the banks of the Tarrow."), []string{"altered date"}},
		{"a decade", mill("The mill, built in the 1890s, is a listed building."),
			mill("The mill, built in the 1880s, is a listed building."), []string{"altered date"}},
	})
	runReview21(t, "older years near-miss", []mechanismCase{
		{"found in 1850 cases", mill("Mould was found in 1850 cases of flour last year."),
			mill("Mould was found in 1870 cases of flour last year."), []string{"altered number"}},
		{"1850 people said", mill("Police said 1850 people attended the protest against the closure."),
			mill("Police said 1950 people attended the protest against the closure."), []string{"altered number"}},
		{"a crowd of", mill("A crowd of 1850 marched to the mill gates."),
			mill("A crowd of 1890 marched to the mill gates."), []string{"altered number"}},
		{"by metres", mill("The mill race has silted up by 1750 metres since the weir was removed."),
			mill("The mill race has silted up by 1800 metres since the weir was removed."), []string{"altered number"}},
		{"before spectators", mill("The mill's football team played before 1850 spectators on Saturday."),
			mill("The mill's football team played before 1650 spectators on Saturday."), []string{"altered number"}},
	})

	// --- 5467f22: "kills one" is a toll; a toll in one headline only.
	slide := review21Head("Rescuers searched the hillside through the night.", "An inquiry has been opened.")
	runReview21(t, "tolls", []mechanismCase{
		{"injures one → five", slide("Gas explosion injures one in Kisumu"),
			slide("Gas explosion injures five in Kisumu"), []string{"altered number"}},
		{"a toll in one headline, kills three", slide("Storm batters Fiji's main island"),
			slide("Storm kills three on Fiji's main island"), []string{"altered number"}},
		{"a toll in one headline, killing 12", slide("Bus plunges into gorge in Himachal, killing 12"),
			slide("Bus plunges into gorge in Himachal"), []string{"altered number"}},
	})
	derna := func(head string) []string {
		return []string{head, "Floods swept through the city on Sunday, killing at least nine people.", "Rescuers are still searching."}
	}
	kumasi := func(head string) []string {
		return []string{head, "Fire destroyed dozens of stalls early on Sunday. Two traders died in the blaze.", "The minister visited the site."}
	}
	drug := wrapBetween("New malaria drug trial", "Results are due next year.")
	runReview21(t, "tolls near-miss", []mechanismCase{
		{"headline toll told in the story", derna("Floods sweep through Derna"), derna("Flood kills nine in Derna"), nil},
		{"headline toll told in words in the story", kumasi("Fire guts Kumasi market"), kumasi("Kumasi market fire kills two"), nil},
		{"killing one of them", drug("The gunman shot three guards at the lab, killing one of them."),
			drug("The gunman shot three guards at the lab, one of whom later died."), nil},
		{"kills one strain", drug("The new drug kills one strain of the parasite, researchers said."),
			drug("The new drug kills a strain of the parasite, researchers said."), nil},
	})

	// --- 5467f22: amounts with their sign or code in a quote, and after a bound.
	farm := wrapBetween("Fish die in Vembanad lake", "Officials are testing the water.")
	runReview21(t, "currency in quotes", []mechanismCase{
		{"$500, 500 dollars", farm(`"We lost $500 in one night," she said.`),
			farm(`"We lost 500 dollars in one night," she said.`), nil},
		{"$5 million, 5 million dollars", farm(`"It will cost $5 million to clean the lake," the mayor said.`),
			farm(`"It will cost 5 million dollars to clean the lake," the mayor said.`), nil},
		{"₹5,000, 5,000 rupees", farm(`"I paid ₹5,000 for the permit," said Joseph.`),
			farm(`"I paid 5,000 rupees for the permit," said Joseph.`), nil},
		{"nearly Rs, almost Rs", farm("Cage farmers lost nearly Rs 20,000 each, officials said."),
			farm("Cage farmers lost almost Rs 20,000 each, officials said."), nil},
	})
	runReview21(t, "currency in quotes near-miss", []mechanismCase{
		{"$500 → $800", farm(`"We lost $500 in one night," she said.`),
			farm(`"We lost $800 in one night," she said.`), []string{"altered quote"}},
		{"Rs 5,000 → Rs 8,000", farm(`"I paid Rs 5,000 for the permit," said Joseph.`),
			farm(`"I paid Rs 8,000 for the permit," said Joseph.`), []string{"altered quote"}},
		{"more than KES, changed", farm("Traders lost more than KES 50,000 each, officials said."),
			farm("Traders lost more than KES 80,000 each, officials said."), []string{"altered number"}},
	})

	// --- 5467f22: "suspected behind" is a belief, not an accusation.
	market := wrapBetween("Market fire inquiry", "Traders are counting their losses.")
	runReview21(t, "suspected", []mechanismCase{
		{"suspected behind, then caused", market("Faulty wiring is suspected behind the fire, officials said."),
			market("Faulty wiring caused the fire, officials said."), []string{"altered modality"}},
		{"suspected arsonists dropped", market("Two suspected arsonists were arrested near the market."),
			market("Two arsonists were arrested near the market."), []string{"altered modality"}},
	})
	runReview21(t, "suspected near-miss", []mechanismCase{
		{"suspected of, suspected", market("Three men suspected of starting the fire were arrested."),
			market("Three suspected arsonists were arrested."), nil},
		{"suspected in, a suspect in", market("A man suspected in the arson was arrested on Monday."),
			market("A suspect in the arson was arrested on Monday."), nil},
		{"suspected of being behind, believed to be behind", market("A gang is suspected of being behind the fire."),
			market("A gang is believed to be behind the fire."), nil},
	})

	// --- 49391f9: a preliminary finding told as an initial, early or first one.
	crash := wrapBetween("Air crash inquiry", "The airline has grounded its fleet.")
	runReview21(t, "preliminary", []mechanismCase{
		{"provisional → initial figures", crash("Provisional figures show bookings fell 4 percent after the crash."),
			crash("Initial figures show bookings fell 4 percent after the crash."), nil},
		{"preliminary → first findings", crash("Preliminary findings point to pilot error, investigators said."),
			crash("First findings point to pilot error, investigators said."), nil},
		{"provisional → early, number changed", crash("Provisional figures show bookings fell 4 percent after the crash."),
			crash("Early figures show bookings fell 5 percent after the crash."), []string{"altered number"}},
	})
	runReview21(t, "preliminary near-miss", []mechanismCase{
		{"preliminary → final", crash("Preliminary findings point to pilot error, investigators said."),
			crash("Final findings point to pilot error, investigators said."), []string{"altered modality"}},
		{"provisional dropped, first elsewhere", crash("Provisional figures show bookings fell 4 percent in the first week after the crash."),
			crash("Figures show bookings fell 4 percent in the first week after the crash."), []string{"altered modality"}},
	})
}
