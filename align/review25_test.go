package align

import "testing"

// Review probes of session 25's rules (commits 3e745e4..d193d94). Each
// expectation was written before the probe was run, from what a news
// editor would call a material change. Findings are compared as sorted
// "kind facet" strings.

// Probed: the session's rules, one group each with its near-misses
// beside its cases: ranks written short ("Spc.", "Msgr.", "Const.") and
// "Hwy."/"Rte." before a number (32a2a94), a name's body in lower case
// after it ("according to Braga city council", 32a2a94), states and
// provinces abbreviated in news style (placeAbbrevs, 8f9311c), a source
// ended at "after"/"when" before a bare plural and "at least a
// fortnight" (62c7414), "named by … on Monday as", "named locally as",
// "described by … as", "what X described as" and gardaí, gendarmes and
// carabinieri as sources (b4c94fb), public services told apart by what
// they serve (fb98752, 8683202), ages told by their decade and
// "considered", "regarded as", "forecast to" and forecasters' verbs as
// hedges (dc36f0d), "mum-of-two", "the two sides" and a bound whose
// currency moved (6bd88d2), a dateline with two places after its town,
// times inside quotes, and share bars, "Shared content" and "Posted by
// Newsroom on …" as chrome (d193d94): 98 probes in 17 groups. 30 of them
// fail at 3e745e4 and pass now, the rules doing what they were written
// for.
//
// The review found 5 regressions (failing at the review, passing at
// 3e745e4), all mended after it in the commit that added this file
// (Louisiana's "La." left out of placeAbbrevs; "rescue" read as the fire
// service's kind and "emergency" as no kind; "considered" before an
// adverb and either verb with its holders named by "by" no hedge; the
// places after a town in capitals written in lower case, an agency's
// short credit last):
//   - "state abbreviations/LA, Louisiana" (8f9311c): "The tanker was
//     bound for a refinery in LA, the company said." → "… in Louisiana,
//     …" gives nil (paraphrase), [altered entity] ("LA → Louisiana") at
//     3e745e4: placeAbbrevs takes "la" for Louisiana, and a name word in
//     capitals counts, so "LA" (Los Angeles in news copy; AP writes
//     Louisiana "La.") is read as the state written out.
//   - "service kinds/Scottish Fire and Rescue Service, the fire service"
//     (fb98752, not mended by 8683202): "About 40 staff were evacuated,
//     the Scottish Fire and Rescue Service said." → "…, the fire service
//     said." gives [altered attribution] ("Rescue Service → (none)"), nil
//     at 3e745e4: the credit before "said" is taken as "Rescue Service"
//     (cut at "and"), so serviceKindsIn sees "rescue" only and
//     otherServices parts it from "the fire service"; 8683202 mended the
//     kinds of the full words, not of the credit as extracted.
//   - "judged and forecast hedges/considered carefully" (dc36f0d): "The
//     evacuation plan was considered carefully by the committee." → "The
//     committee carefully considered the evacuation plan." gives
//     [altered modality] ("considered → (none)"), nil at 3e745e4: the
//     "considered" hedge excludes a preposition or article after it but
//     not an adverb, so a plan weighed with care reads as a judgement
//     held.
//   - "judged and forecast hedges/regarded by fans, seen by fans"
//     (dc36f0d): "The decision to cancel the regatta was regarded as a
//     betrayal by local sailors." → "Local sailors saw the decision … as
//     a betrayal." gives [altered modality] ("regarded → (none)"), nil at
//     3e745e4: "regarded as" with its holders named ("by local sailors")
//     is their view, told as plainly by "saw … as", not a hedge.
//   - "dateline two places/three agencies in capitals and a dash"
//     (d193d94): "NOAA, CSIRO, AIMS — three agencies have surveyed the
//     reef since 2020." → "NOAA, CSIRO, UNEP — …" gives nil
//     (punctuation), [altered entity] ("AIMS → UNEP") at 3e745e4:
//     joinedPlaceDated takes any first word in capitals as a town, so a
//     list of three acronyms before a dash is read as a dateline.
//
// No expectation was corrected after the run. The known misses, 15,
// all failing at 3e745e4 too, were put in review25Limits; one of them
// ("The two sides" opening a sentence) was mended with the regressions,
// leaving 14.

// review25Limits are probes, by group and name, whose expectation stands
// but whose miss the review left, with why, and whether it predates
// 3e745e4. They are skipped with the answer got, and log when they start
// to pass.
var review25Limits = map[string]string{
	"rank abbreviations/Cst., another name":                               "another name after the same rank before 'said' is reported as an entity changed (altered entity 'Cst Amy Roy → Cst Amy Leblanc'; as at 3e745e4, 'Amy Roy → Amy Leblanc')",
	"road abbreviations/Hwy., Highway":                                    "'Hwy. 16' → 'Highway 16' gives altered entity ('Hwy → Highway') and altered number ('16 near → (none)'); at 3e745e4 'Hwy.' ended a sentence: altered number, dropped entity. No rule keys 'Hwy' as 'Highway'",
	"body after a name/city council to fire service":                      "'according to Braga city council' → 'according to Braga fire service' is read as paraphrase (no finding, as at 3e745e4): the town both credits share matches them, and a council has no service kind",
	"body after a name/fire service to city council":                      "'according to Porto fire service' → 'according to Porto city council' is read as paraphrase (no finding, as at 3e745e4), as above",
	"body after a name/residents to officials":                            "'according to Braga residents' → 'according to Braga officials' is read as paraphrase (no finding, as at 3e745e4): the credit is the town alone",
	"state abbreviations/NSW, New South Wales":                            "'Dubbo, NSW' → 'Dubbo, New South Wales' gives altered entity ('(none) → New, South, Wales', as at 3e745e4): 'NSW' is no name word on its side, so dropPlaceForms has nothing to pair",
	"service kinds/fire service, firefighters":                            "'the fire service said' → 'firefighters said' gives altered attribution (as at 3e745e4): a service and those who serve in it are two sources",
	"service kinds/Var prefecture, the prefecture":                        "'the Var prefecture said' → 'the prefecture said' gives altered entity ('Var → (none)', as at 3e745e4)",
	"age decades/80s, 83-year-old":                                        "'a woman in her 80s' → 'an 83-year-old woman' gives altered number ('(none) → 83-year-old', as at 3e745e4): the weak decade is not matched against an age inside it",
	"age decades/temperatures in the 30s":                                 "'reached the 30s' → 'reached the 40s' (temperatures) is read as paraphrase (no finding, as at 3e745e4): a decade without a possessive is no number",
	"age decades/built in the sixties":                                    "'built in the sixties' → 'built in the seventies' is read as paraphrase (no finding, as at 3e745e4): a decade of history in words is no date",
	"judged and forecast hedges/forecasters expect, forecasters say will": "'Forecasters expect the river to peak' → 'Forecasters say the river will peak' gives altered modality ('expect → will'; at 3e745e4 '(none) → will'): a forecaster's 'will' is read as certainty",
}

// runReview25 compares each case and checks its sorted material findings.
func runReview25(t *testing.T, group string, tests []mechanismCase) {
	t.Helper()
	runLimitedProbes(t, group, tests, review25Limits)
}

// TestReview25 runs the review probes of session 25's rules.
func TestReview25(t *testing.T) {
	// --- 32a2a94: police, army and church ranks written short are their
	// titles, and keep the name after them in the sentence.
	patrol := wrapBetween("Soldier killed in convoy ambush", "The army said an investigation had been opened.")
	runReview25(t, "rank abbreviations", []mechanismCase{
		{"Spc., Specialist", patrol("Spc. Jordan Reyes, 24, of El Paso, was killed when the convoy was ambushed on Tuesday."),
			patrol("Specialist Jordan Reyes, 24, of El Paso, was killed when the convoy was ambushed on Tuesday."), nil},
		{"Msgr., Monsignor", patrol("Msgr. Carlo Ricci will lead the funeral Mass at St. Anne's on Saturday."),
			patrol("Monsignor Carlo Ricci will lead the funeral Mass at St. Anne's on Saturday."), nil},
		{"Const., Constable", patrol("Const. Aaron Whitfield said the road would stay closed overnight."),
			patrol("Constable Aaron Whitfield said the road would stay closed overnight."), nil},
		{"Amb., Ambassador", patrol("Amb. Ruth Kagame laid a wreath at the base on Friday."),
			patrol("Ambassador Ruth Kagame laid a wreath at the base on Friday."), nil},
		{"Pvt. then a count", patrol("The convoy was hit twice, said Pvt. Lena Ortiz. Three soldiers were wounded."),
			patrol("The convoy was hit twice, said Private Lena Ortiz. Four soldiers were wounded."), []string{"altered number"}},
		// Near-misses: another rank before the same name, another name
		// after the same rank.
		{"Pte. to Cpl.", patrol("Pte. Sam Ng, 22, was wounded in the leg."),
			patrol("Cpl. Sam Ng, 22, was wounded in the leg."), []string{"altered entity"}},
		{"Cst., another name", patrol("Cst. Amy Roy said the convoy had no escort."),
			patrol("Cst. Amy Leblanc said the convoy had no escort."), []string{"altered attribution"}},
	})

	// --- 32a2a94: "Hwy." and "Rte." before a number end no sentence.
	crash := wrapBetween("Truck crash closes highway", "Drivers were told to expect delays.")
	runReview25(t, "road abbreviations", []mechanismCase{
		{"Hwy., Highway", crash("The crash closed Hwy. 16 near Hinton for six hours."),
			crash("The crash closed Highway 16 near Hinton for six hours."), nil},
		{"Rte. then a count", crash("Traffic was diverted to Rte. 9. Two lanes reopened at noon."),
			crash("Traffic was diverted to Rte. 9. Three lanes reopened at noon."), []string{"altered number"}},
		{"Hwy. 16 to Hwy. 40", crash("The crash closed Hwy. 16 near Hinton for six hours."),
			crash("The crash closed Hwy. 40 near Hinton for six hours."), []string{"altered number"}},
		// Near-misses: "Hwy." ending a sentence before a number word, and
		// before a capital.
		{"Hwy. ends, Two opens", crash("The truck overturned on the Trans-Canada Hwy. Two people were hurt."),
			crash("The truck overturned on the Trans-Canada Hwy. Three people were hurt."), []string{"altered number"}},
		{"Hwy. ends, a source opens", crash("The truck overturned on the Trans-Canada Hwy. Police said the driver was unhurt."),
			crash("The truck overturned on the Trans-Canada Hwy. Paramedics said the driver was unhurt."), []string{"altered attribution"}},
	})

	// --- 32a2a94: a name's body in lower case after it is part of the
	// credit ("according to Avilés city council").
	pool := wrapBetween("Gas leak forces evacuation of sports centre", "The centre will stay closed until Monday.")
	runReview25(t, "body after a name", []mechanismCase{
		{"city council to fire service", pool("About 200 people were evacuated, according to Braga city council."),
			pool("About 200 people were evacuated, according to Braga fire service."), []string{"altered attribution"}},
		{"fire service to city council", pool("The leak was caused by a faulty valve, according to Porto fire service."),
			pool("The leak was caused by a faulty valve, according to Porto city council."), []string{"altered attribution"}},
		{"county council, the article added", pool("Four people were treated for dizziness, according to Galway county council."),
			pool("Four people were treated for dizziness, according to the Galway county council."), nil},
		// Near-misses: a name then people who are no body, a count beside
		// the credit kept, a lower-case noun that goes on.
		{"residents to officials", pool("The smell was noticed before noon, according to Braga residents."),
			pool("The smell was noticed before noon, according to Braga officials."), []string{"altered attribution"}},
		{"credit kept, count changed", pool("About 200 people were evacuated, according to Braga city council."),
			pool("About 300 people were evacuated, according to Braga city council."), []string{"altered number"}},
		{"council documents, council records", pool("The valve had failed an inspection in March, according to Braga council documents."),
			pool("The valve had failed an inspection in March, according to Braga council records."), nil},
	})

	// --- 8f9311c: a state or province abbreviated in news style is the
	// one written out.
	tanker := wrapBetween("Tanker fire sparks evacuation", "Police are investigating.")
	runReview25(t, "state abbreviations", []mechanismCase{
		{"Calif., California", tanker("The fire broke out at a depot in Fresno, Calif., on Sunday."),
			tanker("The fire broke out at a depot in Fresno, California, on Sunday."), nil},
		{"Tenn., Tennessee", tanker("The driver, from Knoxville, Tenn., was treated for burns."),
			tanker("The driver, from Knoxville, Tennessee, was treated for burns."), nil},
		{"NSW, New South Wales", tanker("The fire broke out at a depot near Dubbo, NSW, on Sunday."),
			tanker("The fire broke out at a depot near Dubbo, New South Wales, on Sunday."), nil},
		{"Alta., Alberta", tanker("About 300 residents of Hinton, Alta., were told to leave their homes."),
			tanker("About 300 residents of Hinton, Alberta, were told to leave their homes."), nil},
		// Near-misses: another state abbreviated, Virginia and West
		// Virginia, Los Angeles and Louisiana.
		{"Calif., Ore.", tanker("The fire broke out at a depot in Fresno, Calif., on Sunday."),
			tanker("The fire broke out at a depot in Fresno, Ore., on Sunday."), []string{"altered entity"}},
		{"S.C., N.C.", tanker("The driver, from Charleston, S.C., was treated for burns."),
			tanker("The driver, from Charleston, N.C., was treated for burns."), []string{"altered entity"}},
		{"LA, Louisiana", tanker("The tanker was bound for a refinery in LA, the company said."),
			tanker("The tanker was bound for a refinery in Louisiana, the company said."), []string{"altered entity"}},
	})

	// --- 62c7414: a source told before its verb ends at "after", "when"
	// or "before" with a bare plural between.
	fire := wrapBetween("Fire guts warehouse", "The cause of the fire is not yet known.")
	runReview25(t, "bare plural after a subordinator", []mechanismCase{
		{"11pm written two ways", fire("Firefighters arrived at 11pm when residents reported flames."),
			fire("Firefighters arrived at 11 p.m. when residents reported flames."), nil},
		{"neighbours to staff", fire("Firefighters were called at 3am after neighbours reported smoke."),
			fire("Firefighters were called at 3am after staff reported smoke."), []string{"altered attribution"}},
		{"officials to engineers", fire("Workers returned to the site after officials said the gas supply was safe."),
			fire("Workers returned to the site after engineers said the gas supply was safe."), []string{"altered attribution"}},
		// Near-misses: the time changed beside the source kept, a bare
		// plural that is no source ("tests showed").
		{"time changed", fire("Firefighters were called at 3am after neighbours reported smoke."),
			fire("Firefighters were called at 4am after neighbours reported smoke."), []string{"altered date"}},
		{"tests showed, tests found", fire("The site was sealed off after tests showed high levels of asbestos."),
			fire("The site was sealed off after tests found high levels of asbestos."), nil},
	})

	// --- 62c7414: "at least a fortnight" is two weeks.
	bridge := wrapBetween("Bridge shut after lorry strike", "Diversions are in place.")
	runReview25(t, "fortnight", []mechanismCase{
		{"only a fortnight", bridge("The bridge had reopened only a fortnight earlier after repairs."),
			bridge("The bridge had reopened only two weeks earlier after repairs."), nil},
		{"at least a fortnight, shut", bridge("Engineers said the bridge would be shut for at least a fortnight."),
			bridge("Engineers said the bridge would be shut for at least two weeks."), nil},
		{"just a fortnight after", bridge("The lorry hit the bridge just a fortnight after it was repainted."),
			bridge("The lorry hit the bridge just two weeks after it was repainted."), nil},
		// Near-misses: a fortnight and a month, bins collected once a
		// fortnight.
		{"at least a fortnight, a month", bridge("Engineers said the bridge would be shut for at least a fortnight."),
			bridge("Engineers said the bridge would be shut for at least a month."), []string{"altered number"}},
		{"once a fortnight", bridge("The bridge is inspected once a fortnight, the council said."),
			bridge("The bridge is inspected every two weeks, the council said."), nil},
	})

	// --- b4c94fb: who gave a name or a description is its source.
	drown := wrapBetween("Woman dies after being pulled from river", "An inquest will be held.")
	runReview25(t, "named and described by", []mechanismCase{
		{"a day added before as", drown("The woman was named by police as Siobhan Daly, 41."),
			drown("The woman was named by police on Tuesday as Siobhan Daly, 41."), nil},
		{"named locally, named by her family", drown("The woman, who has been named locally as Siobhan Daly, was 41."),
			drown("The woman, who has been named by her family as Siobhan Daly, was 41."), []string{"altered attribution"}},
		{"described by witnesses, by police", drown("The man who pulled her out, described by witnesses as a passing cyclist, left before paramedics arrived."),
			drown("The man who pulled her out, described by police as a passing cyclist, left before paramedics arrived."), []string{"altered attribution"}},
		{"what the council described as", drown("She fell from a section of path that had been closed after what the council described as a landslip."),
			drown("She fell from a section of path that had been closed after what the coastguard described as a landslip."), []string{"altered attribution"}},
		// Near-misses: a pronoun's description, an age changed beside the
		// credit kept.
		{"what he described, what he called", drown("Her brother said the path's closure was what he described as a shambles."),
			drown("Her brother said the path's closure was what he called a shambles."), nil},
		{"named by the coroner, age changed", drown("The woman was named by the coroner's office on Friday as Siobhan Daly, 41."),
			drown("The woman was named by the coroner's office on Friday as Siobhan Daly, 42."), []string{"altered number"}},
	})

	// --- b4c94fb: gardaí, gendarmes and carabinieri are sources as
	// police are.
	arson := wrapBetween("Car set alight outside house", "The family was not at home at the time.")
	runReview25(t, "gardaí and gendarmes as sources", []mechanismCase{
		{"gardaí to the fire brigade", arson("The fire was started deliberately, gardaí said."),
			arson("The fire was started deliberately, the fire brigade said."), []string{"altered attribution"}},
		{"gendarmes to prosecutors", arson("Gendarmes said the car's owner had received threats."),
			arson("Prosecutors said the car's owner had received threats."), []string{"altered attribution"}},
		{"carabinieri, police", arson("The car had been doused with petrol, the carabinieri said."),
			arson("The car had been doused with petrol, police said."), nil},
		// Near-misses: gardaí as those who act, a count changed.
		{"gardaí arrested, count changed", arson("Gardaí arrested two men on Monday."),
			arson("Gardaí arrested three men on Monday."), []string{"altered number"}},
		{"gardaí appealing, police appealing", arson("Gardaí are appealing for witnesses to come forward."),
			arson("Police are appealing for witnesses to come forward."), nil},
	})

	// --- fb98752, 8683202: public services told apart by what they
	// serve.
	leak := wrapBetween("Chemical spill at factory", "The factory will remain closed while the spill is cleaned up.")
	runReview25(t, "service kinds", []mechanismCase{
		{"ambulance service to fire brigade", leak("Two workers were treated for breathing problems, the ambulance service said."),
			leak("Two workers were treated for breathing problems, the fire brigade said."), []string{"altered attribution"}},
		{"health department to fire department", leak("The spill posed no risk to residents, the county health department said."),
			leak("The spill posed no risk to residents, the county fire department said."), []string{"altered attribution"}},
		{"Scottish Fire and Rescue Service, the fire service", leak("About 40 staff were evacuated, the Scottish Fire and Rescue Service said."),
			leak("About 40 staff were evacuated, the fire service said."), nil},
		{"Welsh Ambulance Service, the ambulance service", leak("Two workers were taken to hospital, the Welsh Ambulance Service said."),
			leak("Two workers were taken to hospital, the ambulance service said."), nil},
		// Near-misses: the service told by those who serve in it, the
		// prefecture named two ways, the count changed beside the service
		// kept.
		{"fire service, firefighters", leak("About 40 staff were evacuated, the fire service said."),
			leak("About 40 staff were evacuated, firefighters said."), nil},
		{"Var prefecture, the prefecture", leak("About 40 staff were evacuated, the Var prefecture said."),
			leak("About 40 staff were evacuated, the prefecture said."), nil},
		{"service kept, count changed", leak("Two workers were treated for breathing problems, the ambulance service said."),
			leak("Three workers were treated for breathing problems, the ambulance service said."), []string{"altered number"}},
	})

	// --- dc36f0d: an age told by its decade is a weak number.
	attack := wrapBetween("Pensioner attacked in her home", "Police have appealed for witnesses.")
	runReview25(t, "age decades", []mechanismCase{
		{"40s, forties", attack("A man in his 40s was arrested on Thursday."),
			attack("A man in his forties was arrested on Thursday."), nil},
		{"80s, 83-year-old", attack("The victim, a woman in her 80s, suffered a broken wrist."),
			attack("The victim, an 83-year-old woman, suffered a broken wrist."), nil},
		{"80s, 91-year-old", attack("The victim, a woman in her 80s, suffered a broken wrist."),
			attack("The victim, a 91-year-old woman, suffered a broken wrist."), []string{"altered number"}},
		{"twenties, teens", attack("Two men in their twenties were seen running from the house."),
			attack("Two men in their teens were seen running from the house."), []string{"altered number"}},
		// Near-misses: temperatures in the 30s, a decade of history in
		// words.
		{"temperatures in the 30s", attack("Temperatures in the house had reached the 30s, a neighbour said."),
			attack("Temperatures in the house had reached the 40s, a neighbour said."), []string{"altered number"}},
		{"built in the sixties", attack("The house was built in the sixties, a neighbour said."),
			attack("The house was built in the seventies, a neighbour said."), []string{"altered date"}},
	})

	// --- dc36f0d: "considered", "regarded as", "forecast to" and
	// forecasters' verbs are hedges.
	storm := wrapBetween("Storm brings flooding to coast", "Schools in the area will stay closed on Monday.")
	runReview25(t, "judged and forecast hedges", []mechanismCase{
		{"considered serious, serious", storm("A fisherman was injured, and his condition is considered serious."),
			storm("A fisherman was injured, and his condition is serious."), []string{"altered modality"}},
		{"regarded as safe, considered safe", storm("The sea wall is regarded as safe, the council said."),
			storm("The sea wall is considered safe, the council said."), nil},
		{"projected to exceed, will exceed", storm("Rainfall is projected to exceed 200mm in the hills."),
			storm("Rainfall will exceed 200mm in the hills."), []string{"altered modality"}},
		{"forecast to reach, expected to reach", storm("Winds are forecast to reach 120km/h overnight."),
			storm("Winds are expected to reach 120km/h overnight."), nil},
		// Near-misses: a plan considered with care, a view held by named
		// people, forecasters saying "will", candidates considered and
		// counted.
		{"considered carefully", storm("The evacuation plan was considered carefully by the committee."),
			storm("The committee carefully considered the evacuation plan."), nil},
		{"regarded by fans, seen by fans", storm("The decision to cancel the regatta was regarded as a betrayal by local sailors."),
			storm("Local sailors saw the decision to cancel the regatta as a betrayal."), nil},
		{"forecasters expect, forecasters say will", storm("Forecasters expect the river to peak at 5 metres on Friday."),
			storm("Forecasters say the river will peak at 5 metres on Friday."), nil},
		{"candidates considered, count changed", storm("Three sites for a new sea wall are being considered."),
			storm("Four sites for a new sea wall are being considered."), []string{"altered number"}},
	})

	// --- 6bd88d2: "mum-of-two" is "a mother of two".
	flat := wrapBetween("Family escapes flat fire", "The fire service said a smoke alarm saved their lives.")
	runReview25(t, "parent of", []mechanismCase{
		{"father-of-three, a father of three", flat("Father-of-three Tom Reid, 38, carried his children down the stairs."),
			flat("Tom Reid, 38, a father of three, carried his children down the stairs."), nil},
		{"grandmother-of-five, grandmother-of-six", flat("Grandmother-of-five Ada Okafor, 71, was treated for smoke inhalation."),
			flat("Grandmother-of-six Ada Okafor, 71, was treated for smoke inhalation."), []string{"altered number"}},
		{"dad-of-one, father of one", flat("Dad-of-one Liam Price, who lives below, raised the alarm."),
			flat("Liam Price, a father of one who lives below, raised the alarm."), nil},
		// Near-misses: in-laws, the age changed beside the count kept.
		{"mother-in-law", flat("His mother-in-law, 67, was also rescued."),
			flat("His mother-in-law, 69, was also rescued."), []string{"altered number"}},
		{"mum-of-two kept, age changed", flat("Mum-of-two Jess Hale, 29, smashed a window to get out."),
			flat("Mum-of-two Jess Hale, 31, smashed a window to get out."), []string{"altered number"}},
	})

	// --- 6bd88d2: "the two sides" are both parties of a talk.
	talks := wrapBetween("Port strike talks resume", "Ships have been queuing outside the harbour for a week.")
	runReview25(t, "the two sides", []mechanismCase{
		{"the two sides, both sides", talks("The two sides agreed to meet again on Friday."),
			talks("Both sides agreed to meet again on Friday."), nil},
		{"the union and the port, the two sides", talks("The union and the port authority will resume talks on Monday."),
			talks("The two sides will resume talks on Monday."), nil},
		// Near-misses: three parties, the sides of a building.
		{"the two sides, the three sides", talks("The two sides agreed to meet again on Friday."),
			talks("The three sides agreed to meet again on Friday."), []string{"altered number"}},
		{"sides of a warehouse", talks("Fire damaged the two sides of the warehouse facing the quay."),
			talks("Fire damaged the three sides of the warehouse facing the quay."), []string{"altered number"}},
	})

	// --- 6bd88d2: a bound on an amount with the currency written before
	// or after the figure is one bound.
	repairs := wrapBetween("Flood damage bill mounts", "The council will meet on Thursday to discuss funding.")
	runReview25(t, "bound with the currency moved", []mechanismCase{
		{"more than $5 million, 5 million dollars", repairs("The mayor said repairs would cost more than $5 million."),
			repairs("The mayor said repairs would cost more than 5 million dollars."), nil},
		{"up to €8 million, 8 million euros", repairs("Insurers expect to pay out up to €8 million."),
			repairs("Insurers expect to pay out up to 8 million euros."), nil},
		// Near-misses: another currency under the same bound, the bound
		// turned round, the figure changed.
		{"dollars to euros", repairs("The mayor said repairs would exceed $6 million."),
			repairs("The mayor said repairs would exceed 6 million euros."), []string{"altered number"}},
		{"up to, at least", repairs("Insurers expect to pay out up to €8 million."),
			repairs("Insurers expect to pay out at least 8 million euros."), []string{"altered number"}},
		{"figure changed", repairs("The mayor said repairs would cost more than $5 million."),
			repairs("The mayor said repairs would cost more than 7 million dollars."), []string{"altered number"}},
	})

	// --- d193d94: a dateline whose town in capitals is followed by two
	// places is one.
	reef := wrapBetween("Divers find reef damaged by anchors", "The tourism board said it would review mooring rules.")
	const divers = " — Divers have found large areas of coral smashed by boat anchors"
	runReview25(t, "dateline two places", []mechanismCase{
		{"province dropped", reef("KOTA KINABALU, Sabah, Malaysia" + divers + " off the coast, officials said."),
			reef("KOTA KINABALU, Malaysia" + divers + " off the coast, officials said."), nil},
		{"island added", reef("SAN PEDRO, Belize" + divers + " near the town, officials said."),
			reef("SAN PEDRO, Ambergris Caye, Belize" + divers + " near the town, officials said."), nil},
		{"two places, count changed", reef("CORON, Palawan, Philippines — Divers have found 12 reefs smashed by boat anchors, officials said."),
			reef("CORON, Palawan, Philippines — Divers have found 15 reefs smashed by boat anchors, officials said."), []string{"altered number"}},
		// Near-misses: a list of cities before a dash, a list of agencies
		// in capitals before a dash.
		{"three cities and a dash", reef("Cairns, Townsville, Mackay — all three towns reported damaged reefs this year."),
			reef("Cairns, Townsville, Bowen — all three towns reported damaged reefs this year."), []string{"altered entity"}},
		{"three agencies in capitals and a dash", reef("NOAA, CSIRO, AIMS — three agencies have surveyed the reef since 2020."),
			reef("NOAA, CSIRO, UNEP — three agencies have surveyed the reef since 2020."), []string{"altered entity"}},
	})

	// --- d193d94: a time inside a quote is read one way however written.
	gig := wrapBetween("Festival cancels final night over storm", "Ticket holders will get refunds.")
	runReview25(t, "quoted times", []mechanismCase{
		{"7pm, 7 p.m.", gig(`"The gates will close at 7pm tonight," the organiser said.`),
			gig(`"The gates will close at 7 p.m. tonight," the organiser said.`), nil},
		{"10:45 a.m., 10.45am", gig(`"We made the call at 10:45 a.m. after the warning," she said.`),
			gig(`"We made the call at 10.45am after the warning," she said.`), nil},
		// Near-misses: morning for evening, a quarter-hour moved, "I am"
		// in a quote beside an age changed.
		{"7pm, 7am", gig(`"The gates will close at 7pm tonight," the organiser said.`),
			gig(`"The gates will close at 7am tonight," the organiser said.`), []string{"altered quote"}},
		{"8.30pm, 8.45pm", gig(`"The last band goes on at 8.30pm," she said.`),
			gig(`"The last band goes on at 8.45pm," she said.`), []string{"altered quote"}},
		{"I am 62, I am 63", gig(`"I am 62 and I have never seen a storm like this," one fan said.`),
			gig(`"I am 63 and I have never seen a storm like this," one fan said.`), []string{"altered quote"}},
	})

	// --- d193d94: a share bar, "Shared content" and "Posted by Newsroom
	// on 9 September" are chrome.
	measles := []string{"Measles outbreak spreads to second school",
		"Health officials confirmed 9 new measles cases at Riverside Primary on Wednesday.",
		"Parents were urged to check their children's vaccination records."}
	runReview25(t, "share bars and posted lines", chromeLineCases(measles, []string{
		"Share this article: Facebook · LinkedIn · Email",
		"Share on WhatsApp · Copy link · Print",
		"Posted by Web Desk on 12 March",
		"Shared content · Thursday, March 12, 2026",
	}, []mechanismCase{
		// Near-misses: a story's sentence of shares and a post by a
		// source.
		{"appeal shared 12,000 times", nil, []string{"The appeal was shared 12,000 times on Facebook, the health board said."}, []string{"added number"}},
		{"share of children vaccinated", nil, []string{"Share of children vaccinated: 81 percent."}, []string{"added number"}},
		{"posted by the school", nil, []string{"Posted by the school on 12 March, the letter warned 40 pupils to stay home."}, []string{"added number"}},
	}))
}
