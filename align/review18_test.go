package align

import "testing"

// Review probes of session 18's rules (commits ea3319e..HEAD). Each
// expectation was written before the probe was run, from what a news
// editor would call a material change; they were not adjusted to the
// answers got. Findings are compared as sorted "kind facet" strings.
// Probes are grouped by the rule (and commit) they put to the test: cases
// the rule should fire on that the session's own tests (round30_test.go)
// do not cover, and near-misses, ordinary newswriting that only looks
// like the pattern.

// review18Limits are probes, by group and name, whose expectation stands
// but whose miss the review left, with why, and whether it predates
// ea3319e. They are skipped with the answer got, and log when they start
// to pass.
var review18Limits = map[string]string{
	"office hyphen/Major-General, General":                                           "'major-general' is read as a paraphrase of 'general': 'major' is no rank word (predates ea3319e)",
	"estimate in currency code/code estimate, another currency":                      "a currency code changed (KES → UGX) is not read as the amount's change (predates ea3319e)",
	"granted/granted, approved":                                                      "'approved' is not in the group of 'granted' (predates ea3319e)",
	"granted/granted bail, denied bail":                                              "reported as negation, not wording: the facet only, material either way (predates ea3319e)",
	"same nation/Argentine, Argentinian":                                             "'Argentine' is not derived as Argentina's adjective (predates ea3319e)",
	"same nation/Nigerian, Niger":                                                    "demonym's stem rule reads 'Nigerian' as Niger's (predates ea3319e)",
	"misnamed speaker/Mayor, former Mayor of another given name":                     "the speaker's change is reported with the title's change (entity) besides, as at ea3319e (7a8d951 now reads a rank on either side)",
	"named agencies/UNHCR, United Nations refugee agency":                            "'UN' and 'United Nations' read as an entity's change (predates ea3319e)",
	"named agencies/Iran's state agency IRNA, official IRNA":                         "the country's possessive dropped is read as an entity's change (predates ea3319e)",
	"venue swap/statement, told a news conference":                                   "venueSwap stands down where both sides name an occasion; no finding (predates ea3319e)",
	"could hardly/could hardly, could easily":                                        "the negation is now found, but a spurious modality '(none) → could' and 'easily' stay (predates ea3319e)",
	"could hardly/could hardly be clearer, could be clearer":                         "the negation is now found, but a spurious modality '(none) → could' stays (predates ea3319e)",
	"about to/about to be evicted, had been evicted":                                 "imminent() refuses 'about to be' (a stop word after 'to'): the passive is missed, no finding (predates ea3319e)",
	"about to/about to take off, preparing to take off":                              "REGRESSION of 3315bd5: 'was about to' is an imminence 'was preparing to' is not, a modality (passes at ea3319e)",
	"about to/on the verge of tears, close to tears":                                 "'close to tears' is no imminence as 'on the verge of' is (predates ea3319e as modality; wording now)",
	"meta line/fact box ending in Online, date changed":                              "the day and month changed read as a number's change, as at ea3319e (55bde67's masthead 'online' withdrawn after this review)",
	"meta line/fact box magnitude changed":                                           "a fact box's figure changed is read as one dropped and one added, as at ea3319e (55bde67's dotted day and month withdrawn after this review)",
	"named for office/the mayor, Mayor named":                                        "describedByOffice needs a field word ('environment'): a bare 'the mayor' named is still an entity added (predates ea3319e)",
	"judgement words/fake banknotes, counterfeit banknotes":                          "'fake' is a judgement and 'counterfeit' none: the literal sense unknown (predates ea3319e)",
	"judgement words/a sham, fair":                                                   "reported as wording, not characterization: the facet only (predates ea3319e)",
	"judgement words/due, due to arrive":                                             "'due to' is read as a modality added (predates ea3319e)",
	"judgement by noun/helpful, of little help":                                      "'of little help' is read as a paraphrase of 'helpful': no finding (predates ea3319e)",
	"judgement by noun/hopeful, abandoned hope":                                      "b8e6057 excuses 'hopeful' by 'hope' though the hope is abandoned: only a spurious modality '(none) → hope' is left (ea3319e gave characterization and modality)",
	"estimate approximated/estimated 2,000, bare 2,500 beside another approximation": "the estimate dropped beside a figure changed is not reported (predates ea3319e; a10e968 now asks the approximation for a figure of its own)",
}

// runReview18 compares each case and checks its sorted material findings.
func runReview18(t *testing.T, group string, tests []mechanismCase) {
	t.Helper()
	runLimitedProbes(t, group, tests, review18Limits)
}

func TestReview18(t *testing.T) {
	// --- a6ee1c9: one office with and without its hyphen; compounds of another office.
	summit := wrapBetween("Donors pledge aid for drought relief", "A second conference is planned for October.")
	runReview18(t, "office hyphen", []mechanismCase{
		{"Director-General, Director General", summit("The pledges fall short, agency Director-General Mirela Kostic told delegates."),
			summit("The pledges fall short, agency Director General Mirela Kostic told delegates."), nil},
		{"Attorney-General, Solicitor-General", summit("The pledges are binding, Attorney-General Kofi Mensah told delegates."),
			summit("The pledges are binding, Solicitor-General Kofi Mensah told delegates."), []string{"altered entity"}},
		{"Major-General, General", summit("Troops will guard the convoys, Major-General Ivo Radan told delegates."),
			summit("Troops will guard the convoys, General Ivo Radan told delegates."), []string{"altered entity"}},
		{"Vice-President, Vice-Premier", summit("The pledges fall short, Vice-President Lin Hao told delegates."),
			summit("The pledges fall short, Vice-Premier Lin Hao told delegates."), []string{"altered entity"}},
		{"Secretary-General, Under-Secretary-General", summit("The pledges fall short, UN Secretary-General Ana Lobo told delegates."),
			summit("The pledges fall short, UN Under-Secretary-General Ana Lobo told delegates."), []string{"altered entity"}},
		{"Co-Chair, Chair", summit("The pledges fall short, conference Co-Chair Ines Duarte told delegates."),
			summit("The pledges fall short, conference Chair Ines Duarte told delegates."), []string{"altered entity"}},
	})

	// --- c5e9341: a title set after the name with a comma; an estimate with its currency code first.
	strike := wrapBetween("Pilots' strike grounds Baltic flights", "Talks resume on Thursday.")
	runReview18(t, "title after name", []mechanismCase{
		{"a spokeswoman for, firm spokeswoman", strike("Anna Kova, a spokeswoman for Balt Air, said 40 flights had been cancelled."),
			strike("Balt Air spokeswoman Anna Kova said 40 flights had been cancelled."), nil},
		{"firm's spokeswoman, another firm", strike("Anna Kova, Balt Air's spokeswoman, said 40 flights had been cancelled."),
			strike("Nordic Air spokeswoman Anna Kova said 40 flights had been cancelled."), []string{"altered entity"}},
		{"chief executive of, firm chief executive", strike("Tomas Berg, chief executive of Lund Energy, said fuel stocks were sufficient."),
			strike("Lund Energy chief executive Tomas Berg said fuel stocks were sufficient."), nil},
	})
	quake := wrapBetween("Earthquake damage assessed", "Reconstruction is due to start in spring.")
	runReview18(t, "estimate in currency code", []mechanismCase{
		{"USD code, dollar sign", quake("The damage, estimated at USD 2.3 billion, will take years to repair."),
			quake("The damage, estimated at $2.3 billion, will take years to repair."), nil},
		{"code estimate told as fact", quake("The damage is estimated at EUR 140 million, the government said."),
			quake("The damage amounts to EUR 140 million, the government said."), []string{"altered modality"}},
		{"code estimate, another currency", quake("The damage is estimated at KES 40 million, the county said."),
			quake("The damage is estimated at UGX 40 million, the county said."), []string{"altered number"}},
	})

	// --- edf6a09: 'granted' in the synonym table; a state or participle opening a sentence starts no name.
	mine := wrapBetween("Gold mine dispute in Kakamega", "Residents plan a protest on Friday.")
	runReview18(t, "granted", []mechanismCase{
		{"granted, revoked", mine("The ministry granted the mining licence in March."),
			mine("The ministry revoked the mining licence in March."), []string{"altered wording"}},
		{"granted, approved", mine("A building permit for the processing plant was granted in June."),
			mine("A building permit for the processing plant was approved in June."), nil},
		{"granted, awarded a contract", mine("The contract to build the access road was granted to a Turkish firm."),
			mine("The contract to build the access road was awarded to a Turkish firm."), nil},
		{"granted bail, denied bail", mine("The court granted the mine's manager bail on Tuesday."),
			mine("The court denied the mine's manager bail on Tuesday."), []string{"altered wording"}},
	})
	patrol := wrapBetween("Border patrols stepped up", "The patrols will continue until the end of the month.")
	runReview18(t, "opening participle", []mechanismCase{
		{"United Nations, African Union", patrol("United Nations troops patrolled the border on Sunday."),
			patrol("African Union troops patrolled the border on Sunday."), []string{"altered entity"}},
		{"United Airlines, American Airlines", patrol("United Airlines cancelled 300 flights on Monday."),
			patrol("American Airlines cancelled 300 flights on Monday."), []string{"altered entity"}},
		{"headline: missing hiker's nation changed",
			[]string{"Missing Kenyan hiker found alive", "A hiker missing for three days on Mount Elgon was found alive on Sunday.", "She was taken to hospital."},
			[]string{"Missing Ugandan hiker found alive", "A hiker missing for three days on Mount Elgon was found alive on Sunday.", "She was taken to hospital."},
			[]string{"altered entity"}},
		{"headline: stranded passengers reordered",
			[]string{"Stranded Qantas passengers flown home", "The airline sent two extra planes to Bali on Sunday.", "About 400 passengers were affected."},
			[]string{"Qantas flies home stranded passengers", "The airline sent two extra planes to Bali on Sunday.", "About 400 passengers were affected."},
			nil},
	})

	// --- 72e399c: sameNation, demonyms spelt two ways.
	crew := wrapBetween("Fishing crew detained", "The crew's families have appealed for their release.")
	runReview18(t, "same nation", []mechanismCase{
		{"Argentine, Argentinian", crew("Argentine officials said the trawler had been fishing illegally."),
			crew("Argentinian officials said the trawler had been fishing illegally."), nil},
		{"Malawian, Malaysian", crew("Six Malawian crew members were among those detained."),
			crew("Six Malaysian crew members were among those detained."), []string{"altered entity"}},
		{"Mauritanian, Mauritian", crew("Six Mauritanian crew members were among those detained."),
			crew("Six Mauritian crew members were among those detained."), []string{"altered entity"}},
		{"Nigerian, Niger", crew("The suspects were handed over to Nigerian police on Monday."),
			crew("The suspects were handed over to police in Niger on Monday."), []string{"altered entity"}},
	})

	// --- 8cdde9d, 0d1e040: 'the news agency' is the wire agency the other side names.
	coup := wrapBetween("Soldiers seize state broadcaster", "The capital was calm on Tuesday.")
	runReview18(t, "the news agency", []mechanismCase{
		{"told AFP, told the state news agency", coup("Gunfire was heard near the presidency overnight, a resident told AFP."),
			coup("Gunfire was heard near the presidency overnight, a resident told the state news agency."), []string{"altered attribution"}},
		{"told the BBC, told the news agency", coup("Gunfire was heard near the presidency overnight, a resident told the BBC."),
			coup("Gunfire was heard near the presidency overnight, a resident told the news agency."), []string{"altered attribution"}},
		{"space agency, the agency", coup("Satellite images show armoured vehicles near the airport, the space agency said."),
			coup("Satellite images show armoured vehicles near the airport, the agency said."), nil},
	})

	// --- 9888ced, 7a8d951, de91c30: a speaker misnamed (title capitalised on one side; a sole office, another given name).
	levee := wrapBetween("River breaches levee", "Water levels are expected to fall by Friday.")
	runReview18(t, "misnamed speaker", []mechanismCase{
		{"police spokesman capitalised, surname changed", levee("Two villages were evacuated overnight, police spokesman Jonas Petraitis said."),
			levee("Two villages were evacuated overnight, Police spokesman Jonas Petrauskas said."), []string{"altered entity"}},
		{"Health Minister, other given name", levee("Two villages were evacuated overnight, Health Minister Ana Costa said."),
			levee("Two villages were evacuated overnight, Health Minister Rita Costa said."), []string{"altered entity"}},
		{"state Governor, other given name", levee("Two villages were evacuated overnight, Kano Governor Abba Yusuf said."),
			levee("Two villages were evacuated overnight, Kano Governor Musa Yusuf said."), []string{"altered entity"}},
		{"Senator, other given name", levee("Two villages were evacuated overnight, Senator John Okafor said."),
			levee("Two villages were evacuated overnight, Senator James Okafor said."), []string{"altered attribution"}},
		{"Mayor, former Mayor of another given name", levee("Two villages were evacuated overnight, Mayor Tom Ellery said."),
			levee("Two villages were evacuated overnight, former Mayor Paul Ellery said."), []string{"altered attribution"}},
		{"spokesman capitalised, another person", levee("Two villages were evacuated overnight, ministry spokesman Andrei Kovalchuk said."),
			levee("Two villages were evacuated overnight, Ministry spokeswoman Olga Kovalenko said."), []string{"altered attribution"}},
	})

	// --- 9888ced: two agencies each named are two sources.
	runReview18(t, "named agencies", []mechanismCase{
		{"Xinhua, Kyodo", coup("The army has closed the airport, the official Xinhua news agency reported."),
			coup("The army has closed the airport, the Kyodo news agency reported."), []string{"altered attribution"}},
		{"UNHCR, United Nations refugee agency", coup("About 2,000 people have crossed into Togo, the UN refugee agency UNHCR said."),
			coup("About 2,000 people have crossed into Togo, the United Nations refugee agency said."), nil},
		{"Associated Press, AP", coup("The army has closed the airport, the Associated Press news agency reported."),
			coup("The army has closed the airport, the AP news agency reported."), nil},
		{"Iran's state agency IRNA, official IRNA", coup("The army has closed the airport, Iran's state news agency IRNA reported."),
			coup("The army has closed the airport, the official IRNA news agency reported."), nil},
	})

	// --- da73bc5, 14a1cd8: another occasion (statement, news conference → told an outlet); '…, telling X'.
	power := wrapBetween("Blackout hits capital", "Power was restored by Wednesday evening.")
	runReview18(t, "venue swap", []mechanismCase{
		{"news conference, told the BBC", power("The grid operator's chief Mele Tonga said at a news conference that sabotage was not ruled out."),
			power("The grid operator's chief Mele Tonga told the BBC that sabotage was not ruled out."), []string{"altered attribution"}},
		{"press release, told Reuters", power("The grid operator said in a press release that a transformer had failed."),
			power("The grid operator told Reuters that a transformer had failed."), []string{"altered attribution"}},
		{"statement to Reuters, told Reuters", power("The grid operator said in a statement to Reuters that a transformer had failed."),
			power("The grid operator told Reuters that a transformer had failed."), nil},
		{"statement, told a news conference", power("Energy Minister Sione Vea said in a statement that a transformer had failed."),
			power("Energy Minister Sione Vea told a news conference that a transformer had failed."), []string{"altered attribution"}},
		{"telling the crowd, adding", power(`"We will be back," the opposition leader said, telling the crowd the fight was not over.`),
			power(`"We will be back," the opposition leader said, adding that the fight was not over.`), nil},
		{"telling the story, recalling", power(`"It was terrifying," the nurse said, telling the story of the night the lights went out.`),
			power(`"It was terrifying," the nurse said, recalling the night the lights went out.`), nil},
	})

	// --- da73bc5: words of how often, ranked.
	ferry := wrapBetween("Ferry safety under scrutiny", "An inquiry will report in June.")
	runReview18(t, "frequency rank", []mechanismCase{
		{"rarely, often", ferry("Ferries on the route are rarely inspected, the port authority said."),
			ferry("Ferries on the route are often inspected, the port authority said."), []string{"altered characterization"}},
		{"repeated, occasional", ferry("The inquiry follows repeated engine failures on the vessel."),
			ferry("The inquiry follows occasional engine failures on the vessel."), []string{"altered characterization"}},
		{"constantly, sometimes", ferry("Passengers said the crew constantly ignored the capacity limit."),
			ferry("Passengers said the crew sometimes ignored the capacity limit."), []string{"altered characterization"}},
		{"regularly, frequently", ferry("Passengers regularly wait more than six hours for a crossing, the union said."),
			ferry("Passengers frequently wait more than six hours for a crossing, the union said."), nil},
		{"periodically, regularly", ferry("The vessels are inspected periodically, the port authority said."),
			ferry("The vessels are inspected regularly, the port authority said."), nil},
	})

	// --- 34c121e: 'could hardly' is 'could not'.
	match := wrapBetween("Underdogs knocked out of cup", "The club's next game is on Saturday.")
	runReview18(t, "could hardly", []mechanismCase{
		{"could hardly, could easily", match("The coach said the timing of the injury could hardly have been worse."),
			match("The coach said the timing of the injury could easily have been worse."), []string{"altered negation"}},
		{"could hardly be clearer, could be clearer", match("The coach said the message to his players could hardly be clearer."),
			match("The coach said the message to his players could be clearer."), []string{"altered negation"}},
		{"can hardly be blamed, cannot be blamed", match("The coach said the goalkeeper can hardly be blamed for the defeat."),
			match("The coach said the goalkeeper cannot be blamed for the defeat."), nil},
	})

	// --- 3315bd5: 'was about to' tells an event imminent.
	evict := wrapBetween("Market traders face eviction", "The council meets on Thursday.")
	runReview18(t, "about to", []mechanismCase{
		{"about to be evicted, had been evicted", evict("Traders said they were about to be evicted from the old market."),
			evict("Traders said they had been evicted from the old market."), []string{"altered modality"}},
		{"about to take off, preparing to take off", evict("The plane carrying the delegation was about to take off when the order came."),
			evict("The plane carrying the delegation was preparing to take off when the order came."), nil},
		{"on the verge of tears, close to tears", evict("One trader, on the verge of tears, said she had nowhere to go."),
			evict("One trader, close to tears, said she had nowhere to go."), nil},
	})

	// --- 55bde67: a meta line with a bare day and month, a masthead's name.
	fair := func(extra string) []string {
		p := []string{"Farm subsidy scheme opens", "Farmers can apply for the new seed subsidy from Monday, the ministry said."}
		if extra != "" {
			p = append(p, extra)
		}
		return append(p, "About 40,000 farmers are expected to apply.")
	}
	tremor := func(box string) []string {
		return []string{"Earthquake shakes western Nepal", "The quake struck at 11:47 pm on Friday, the seismology centre said.", box, "At least 12 houses collapsed."}
	}
	runReview18(t, "meta line", []mechanismCase{
		{"masthead, section and day/month added", fair(""), fair("Kampala Today · Politics · 03/05"), nil},
		{"fact box ending in Online, date changed", fair("Applications Open Online · 16/04"), fair("Applications Open Online · 30/04"), []string{"altered date"}},
		{"fact box magnitude changed", tremor("Magnitude · 6.1"), tremor("Magnitude · 5.8"), []string{"altered number"}},
	})

	// --- c8be1bd: a person named for an office the other side describes.
	spill := wrapBetween("Oil spill reaches beaches", "Clean-up crews worked through the night.")
	runReview18(t, "named for office", []mechanismCase{
		{"the mayor, Mayor named", spill("Fishing has been suspended along the coast, the mayor said."),
			spill("Fishing has been suspended along the coast, Mayor Ana Lopes said."), nil},
		{"the finance minister, named", spill("The clean-up will cost at least $2 million, the finance minister said."),
			spill("The clean-up will cost at least $2 million, Finance Minister Tomas Novak said."), nil},
		{"the finance minister, a former one named", spill("The finance minister attended the emergency meeting on Tuesday."),
			spill("Former Finance Minister Tomas Novak attended the emergency meeting on Tuesday."), []string{"altered entity"}},
		{"Malta's minister, an Italian one named", spill("Malta's environment minister visited the beaches on Tuesday."),
			spill("Italian Environment Minister Roberta Spiteri visited the beaches on Tuesday."), []string{"altered entity"}},
	})

	// --- c0bd569, c495303: fake/bogus/sham; '-ive' verbs; particularly/especially/notably; the majority of.
	scam := wrapBetween("Police break up fraud ring", "The suspects appear in court on Monday.")
	runReview18(t, "judgement words", []mechanismCase{
		{"fake banknotes, counterfeit banknotes", scam("Police seized fake banknotes worth $20,000 in the raid."),
			scam("Police seized counterfeit banknotes worth $20,000 in the raid."), nil},
		{"a sham, fair", scam("Opposition leaders called the investigation a sham."),
			scam("Opposition leaders called the investigation fair."), []string{"altered characterization"}},
		{"due, due to arrive", scam("Investigators from Interpol are due on Monday."),
			scam("Investigators from Interpol are due to arrive on Monday."), nil},
		{"notably, particularly", scam("Victims in several countries, notably Kenya, lost savings."),
			scam("Victims in several countries, particularly Kenya, lost savings."), nil},
		{"the majority of, a minority of", scam("The majority of the victims were pensioners, police said."),
			scam("A minority of the victims were pensioners, police said."), []string{"altered characterization"}},
	})

	// --- b8e6057: a judgement told by its noun.
	bridge := wrapBetween("Old bridge to be closed", "A temporary crossing will open next month.")
	runReview18(t, "judgement by noun", []mechanismCase{
		{"dangerous, posed no danger", bridge("Engineers said the bridge was dangerous."),
			bridge("Engineers said the bridge posed no danger."), []string{"altered negation"}},
		{"harmful, did no harm", bridge("Engineers said the vibrations were harmful to nearby houses."),
			bridge("Engineers said the vibrations did no harm to nearby houses."), []string{"altered negation"}},
		{"helpful, of little help", bridge("Residents said the council had been helpful."),
			bridge("Residents said the council had been of little help."), []string{"altered characterization"}},
		{"hopeful, abandoned hope", bridge("Residents were hopeful that the bridge could be saved."),
			bridge("Residents had abandoned hope that the bridge could be saved."), []string{"altered wording"}},
	})

	// --- e3cd3a6: casualties credited to a named speaker.
	runReview18(t, "casualties credited", []mechanismCase{
		{"no casualties, three hurt per fire chief",
			[]string{"Fire at Gyumri warehouse", "A fire broke out at a textile warehouse in Gyumri on Saturday, officials said.",
				"There were no immediate reports of casualties.", "The cause of the fire is being investigated."},
			[]string{"Fire at Gyumri warehouse", "A fire broke out at a textile warehouse in Gyumri on Saturday, officials said.",
				"Three firefighters were injured, fire chief Vardanyan said.", "The cause of the fire is being investigated."},
			[]string{"altered number"}},
	})

	// --- a10e968: an estimate given as another approximate figure.
	sewage := wrapBetween("Sewage spill closes beaches", "The beaches will reopen once tests are clear.")
	runReview18(t, "estimate approximated", []mechanismCase{
		{"estimated 40, about 140", sewage("An estimated 40 swimmers fell ill after the spill."),
			sewage("About 140 swimmers fell ill after the spill."), []string{"altered number"}},
		{"estimated 2,000, bare 2,500 beside another approximation", sewage("An estimated 2,000 cubic metres of sewage leaked and about 300 people were evacuated."),
			sewage("2,500 cubic metres of sewage leaked and about 300 people were evacuated."), []string{"altered modality", "altered number"}},
		{"estimated $3 million, roughly $4 million", sewage("The clean-up will cost an estimated $3 million, the council said."),
			sewage("The clean-up will cost roughly $4 million, the council said."), []string{"altered number"}},
	})

	// --- b372b3e: a sentence added whole reported by its claim's facet.
	fine := []string{"Regulator fines telecom operator", "The regulator fined Telnet 40 million shillings on Monday.", "The fine is the largest this year."}
	added := func(s string) []string { return []string{fine[0], fine[1], s, fine[2]} }
	runReview18(t, "added sentence", []mechanismCase{
		{"a quote added", fine, added(`"We will appeal," Telnet chief executive Mark Odhiambo said.`), []string{"added quote"}},
		{"a comment refused added", fine, added("Telnet declined to comment."), []string{"added attribution"}},
		{"a first publisher added", fine, added("The fine was first reported by the Daily Nation."), []string{"added attribution"}},
		{"police investigating added", fine, added("Police said they were investigating the operator's billing."), []string{"added wording"}},
		{"a figure added by a speaker", fine, added("The company earned 2 billion shillings last year, the regulator said."), []string{"added number"}},
	})
}
