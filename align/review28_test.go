package align

import "testing"

// Review probes of session 28's rules (commits fb3d2ac..e4c4757). Each
// expectation was written before the probe was run, from what a news
// editor would call a material change. Findings are compared as sorted
// "kind facet" strings.

// Probed: the session's rules, one group each with its near-misses
// beside its cases: a stance kept open read through contractions and the
// progressive (a95902d); a figure cut with its words from a reference of
// one figure as a figure dropped, not a feed's strip (6091100); a name
// withheld and a name given paired wherever they stand, "have not
// released her identity" as a name withheld and the figures after the
// name as its details (cb97a02); a time before the date and a
// word-labelled stamp beside a section, a comment count, "Sponsored: …"
// and its kin, and a notice that the copy "is republished with
// permission" after who made it, as chrome (7d6a0d7); a headline's "to"
// after an irregular participle or an indefinite pronoun, and a quote's
// "to", as no plan (e9d3e18); a patient's condition told anew as a
// characterization, the one graded sentence of each side paired
// (e4c4757): 61 probes in 9 groups. 18 of them fail at fb3d2ac and pass
// now, the rules doing what they were written for.
//
// The review found 4 regressions (failing at the review, passing at
// fb3d2ac), all mended in the commit after the review with findings
// identical on every set (a name given is two capitalised words; a time
// before the day is a stamp only beside a byline or a label; the notice
// names who made the copy in a phrase, not a clause; two sentences that
// open on two different nouns grade two people):
//   - "name given paired/identified as a nationality" (cb97a02): "He was
//     with another hunter. Their names have not been released." → "He
//     was with another hunter." and, in a paragraph added at the foot,
//     "The men were identified as Australian tourists by the consulate."
//     gives [altered entity] ("(none) → Australian"), [added entity,
//     dropped negation] at fb3d2ac: namesSomeone takes any capital after
//     "identified as" for a name, so a nationality is paired with the
//     name withheld as the name given.
//   - "time before date, labelled stamp/a vigil's fact box, one-word
//     names" (7d6a0d7): the line "Vigil · 19:00, 4 July · Richmond" added
//     gives nil (chrome), [added date] at fb3d2ac: bareStampRE now takes
//     a time before the day ("19:00, 4 July"), and metaLine lets one-word
//     names stand beside a bare date, so an event's fact box is read as a
//     page's meta line.
//   - "republished with permission/a report's finding, then reprinted"
//     (7d6a0d7): the line "The report, which found E. coli in three
//     samples, was reprinted with permission of the council." added gives
//     nil (chrome), [added number] at fb3d2ac: the new notice pattern
//     lets up to 80 characters of any words stand between "The report"
//     and "was reprinted with permission", so a finding told in a clause
//     is taken for who made the copy.
//   - "condition turned/cyclist dropped, truck driver added" (e4c4757):
//     "The cyclist was in a critical condition." dropped and "The truck
//     driver was treated for shock and is in a stable condition." added
//     at the foot gives [altered characterization] ("critical →
//     stable"), [added wording, dropped wording] at fb3d2ac:
//     pairConditions pairs the one graded sentence of each side, and
//     otherPeople tells two people apart only when both opening nouns
//     are among patientWords ("cyclist" and "truck" are not), so two
//     people's conditions are read as one turned.
//
// One expectation was corrected after the run ("name given paired/a
// speed told after the name", first written as [added number, altered
// entity]): a figure new to a paired sentence is an altered number by
// this package's kinds. It fails at fb3d2ac too, but otherwise: there
// [altered number] with the name a detail, now [altered entity] with the
// speed swallowed as a detail of the name by cb97a02's "any figure told
// after the name given" — a miss the session moved rather than made, and
// worth a look with the regressions. The known misses, 15 with that one,
// all failing at fb3d2ac too, are in review28Limits; the two bare comment
// counts ("12 comments", "1 comment") left it when a comment count on a
// line of its own became chrome.

// review28Limits are probes, by group and name, whose expectation stands
// but whose miss the review left, with why, and whether it predates
// fb3d2ac. They are skipped with the answer got, and log when they start
// to pass.
var review28Limits = map[string]string{
	"stance kept open/isn't running → hasn't ruled out running":                                                                      "a decision not to run turned into a possibility kept open is read as a negation dropped ('not → (none)'), not as modality, as at fb3d2ac",
	"one figure cut/an age in apposition cut":                                                                                        "'the man, 23, hiding' → 'the man hiding' is the reference's words with the digits taken out (words drop the commas), so digitsStrippedFrom reads it as a feed's strip ('digits stripped (23 → (none))') before the one-figure test is reached, as at fb3d2ac",
	"name given paired/a speed told after the name":                                                                                  "the name given is read as a detail of the new figure (the speed) and not reported: [altered number], as at fb3d2ac; cb97a02 swallowed the speed too until the figures told with a name stopped at its clause ('who police say …')",
	"time before date, labelled stamp/Sam Brown · 7.45pm, 2 Jul":                                                                     "a byline of two words beside a bare time and day is read as an added date: only a one-word name stands beside a bare date in metaLine, as at fb3d2ac",
	"time before date, labelled stamp/Updated Wed, 2 Jul 2025 · Top of the South · Source: RNZ":                                      "a section named with lowercase words ('Top of the South') is no name field, so the meta line fails and the line is an added date, as at fb3d2ac (with 'North Isles' it is chrome)",
	"republished with permission/This piece first appeared on The Conversation and is republished under a Creative Commons licence.": "'republished under a Creative Commons licence' is no permissionPattern ('under (a )?licence' only), so the notice is an added entity, as at fb3d2ac",
	"republished with permission/the council said it had leave":                                                                      "'The report was reproduced with permission of …' takes any words after 'of' ('the ministry, the council said on Wednesday'), so a story sentence is chrome, as at fb3d2ac (the older permission pattern)",
	"headline to not a plan/nothing to suggest arson":                                                                                "'suggest' of 'nothing to suggest' is read as an appearance hedge dropped ('suggest → (none)'); at fb3d2ac 'to, suggest → (none)': the session took the 'to' away, the hedge is left",
	"headline to not a plan/quote: nothing to suggest, retold":                                                                       "'nothing to suggest' retold as 'no sign' is read as the hedge 'suggest' dropped, as at fb3d2ac",
	"headline to not a plan/quote: expected, retold as will":                                                                         "a quote's 'We expect the road to reopen' retold as 'the road would reopen' is read as paraphrase, the forecast's hedge lost unseen, as at fb3d2ac",
	"condition turned/not believed life-threatening → critical":                                                                      "the rule fires ('not life-threatening → critical') but leaves the words of the grade as material wording ('injuries, believed, life-threatening → critical, condition'); fails at fb3d2ac too, with [dropped modality] and the version's sentence taken for a line added to a copy",
	"condition turned/critically injured → now stable, moved to the foot":                                                            "paired now, but the hospital spokeswoman who tells the grade is reported as attribution beside the characterization; fails at fb3d2ac too, as [added wording, dropped wording]",
	"condition turned/same grade reworded":                                                                                           "'critically injured' → 'in a critical condition' gives altered wording ('injured → (none)'); conditionTurned sees one grade and leaves the pair alone, as at fb3d2ac",
}

// runReview28 compares each case and checks its sorted material findings.
func runReview28(t *testing.T, group string, tests []mechanismCase) {
	t.Helper()
	runLimitedProbes(t, group, tests, review28Limits)
}

// TestReview28 runs the review probes of session 28's rules.
func TestReview28(t *testing.T) {
	// --- a95902d: a stance kept open reads through contractions and
	// the progressive.
	rail := wrapBetween("Freight train derails near Timaru",
		"KiwiRail said the line would stay closed until Friday.")
	runReview28(t, "stance kept open", []mechanismCase{
		{"haven't ruled out → aren't ruling out", rail("Investigators haven't ruled out sabotage."),
			rail("Investigators aren't ruling out sabotage."), nil},
		{"isn't ruling out → has not ruled out", rail("KiwiRail isn't ruling out further closures on the line."),
			rail("KiwiRail has not ruled out further closures on the line."), nil},
		{"can't rule out → haven't ruled out", rail("Engineers said they can't rule out a fault in the track."),
			rail("Engineers said they haven't ruled out a fault in the track."), nil},
		{"aren't ruling out → have ruled out", rail("Police aren't ruling out vandalism."),
			rail("Police have ruled out vandalism."), []string{"altered negation"}},
		// Near-misses: a contracted refusal of another verb turned into
		// nothing done so far, and a decision turned into a stance kept
		// open.
		{"won't renew → hasn't renewed", rail("The operator said it won't renew its contract with the track maintenance firm."),
			rail("The operator said it hasn't renewed its contract with the track maintenance firm."), []string{"altered modality"}},
		{"isn't running → hasn't ruled out running", rail("The rail union's leader said she isn't running for re-election."),
			rail("The rail union's leader said she hasn't ruled out running for re-election."), []string{"altered modality"}},
	})

	// --- 6091100: a figure cut with its words from a reference of one
	// figure is a figure dropped, not a feed's strip. (Each version has
	// no digit at all.)
	burglary := wrapBetween("Man charged after Invercargill burglary",
		"He will appear in the Invercargill District Court.")
	scrub := wrapBetween("Scrub fire near Blenheim contained",
		"Residents of nearby Renwick were told they could return home.")
	runReview28(t, "one figure cut", []mechanismCase{
		{"an age in apposition cut", burglary("Police found the man, 23, hiding in a garden shed in Glengarry."),
			burglary("Police found the man hiding in a garden shed in Glengarry."), []string{"altered number"}},
		{"a count of firefighters cut", scrub("About 40 firefighters worked through the night to stop the blaze."),
			scrub("Firefighters worked through the night to stop the blaze."), []string{"altered number"}},
		{"a year cut", scrub("The fire destroyed a woolshed, built in 1887, on a farm in the Waihopai Valley."),
			scrub("The fire destroyed a woolshed on a farm in the Waihopai Valley."), []string{"altered date"}},
		// Near-misses: the one figure stripped by a feed, its gap left;
		// a reference of two figures stripped by a feed, one sentence
		// also reworded.
		{"one figure stripped, gap left", burglary("Police found the man, 23, hiding in a garden shed in Glengarry."),
			burglary("Police found the man, , hiding in a garden shed in Glengarry."), nil},
		{"two figures stripped, one sentence reworded",
			burglary("Police found the man, 23, hiding in a garden shed in Glengarry. Officers recovered 40 stolen items from his car."),
			burglary("Police found the man, , hiding in a garden shed in Glengarry. Officers later recovered  stolen items from his car."), nil},
	})

	// --- cb97a02: a name withheld and a name given pair wherever the
	// update put them; the figures told after the name are its details.
	hunter := func(mid string, more ...string) []string {
		return append([]string{"Hunter dies after fall in Kaimanawa Range",
			"A hunter died after falling down a steep bank in the Kaimanawa Range on Saturday, police said.",
			mid,
			"A post-mortem examination will be held."}, more...)
	}
	wharf := func(mid string, more ...string) []string {
		return append([]string{"Woman found dead in car at Dunedin wharf",
			"Police were called to Dunedin's Steamer Basin early on Sunday after a passer-by saw a woman slumped in a car.",
			mid,
			"Police said the death was not being treated as suspicious."}, more...)
	}
	runReview28(t, "name given paired", []mechanismCase{
		{"named in a new paragraph, age with the name",
			hunter("The man was found by his hunting companion. He has not been named."),
			hunter("The man was found by his hunting companion.", "Police have named him as Rawiri Hēnare, 46, of Taupō."),
			[]string{"altered entity"}},
		{"identity withheld, named by police with a figure after",
			wharf("Officers found the woman dead at the scene. Police have not yet released her identity."),
			wharf("Officers found the woman dead at the scene.", "The woman was identified by police as Megan Loader, a mother of three from Mosgiel."),
			[]string{"altered entity"}},
		{"name given, then withheld",
			hunter("The man was found by his hunting companion. He was named as Tomasz Nowak, 38, of Taupō."),
			hunter("The man was found by his hunting companion.", "His name has not been released."),
			[]string{"altered entity"}},
		// Near-misses: someone else named for another role; a
		// nationality, not a name; a figure after the name that is news
		// of its own.
		{"another person named for a role",
			hunter("Two of his companions were treated for hypothermia. Their names have not been released."),
			hunter("Two of his companions were treated for hypothermia.", "The Mountain Safety Council has named Graham Pike as head of a review of the trip."),
			[]string{"added entity", "dropped negation"}},
		{"identified as a nationality",
			hunter("He was with another hunter. Their names have not been released."),
			hunter("He was with another hunter.", "The men were identified as Australian tourists by the consulate."),
			[]string{"added entity", "dropped negation"}},
		{"a speed told after the name",
			[]string{"Driver charged over fatal Hutt crash",
				"A man has been charged after a crash on State Highway 2 near Petone killed a motorcyclist on Friday night.",
				"The driver, who has not been named, was charged with dangerous driving causing death.",
				"The highway was closed for six hours."},
			[]string{"Driver charged over fatal Hutt crash",
				"A man has been charged after a crash on State Highway 2 near Petone killed a motorcyclist on Friday night.",
				"The driver, named in court as Ben Ross, 27, who police say was travelling at 140km/h, was charged with dangerous driving causing death.",
				"The highway was closed for six hours."},
			// (Expectation corrected after the run: first written as
			// [added number, altered entity]; a figure new to a paired
			// sentence is an altered number by this package's kinds, as
			// review27's "age dropped" is, and the speed is still news.)
			[]string{"altered entity", "altered number"}},
	})

	// --- 7d6a0d7: a time before the date, and a word-labelled stamp
	// beside a section, are a page's stamps.
	nelsonBase := []string{"Power restored to most of Nelson after storm",
		"Network Tasman said power had been restored to all but 300 homes in Nelson by Wednesday evening.",
		"Crews will work through the night to reconnect the rest."}
	runReview28(t, "time before date, labelled stamp", runChromeLinesCases(nelsonBase, []string{
		"By Nelson Mail staff | 08:15, 3 July",
		"Sam Brown · 7.45pm, 2 Jul",
		"14:05, 3 July 2025 | Updated 16:30",
		"Published Thu, 3 Jul 2025 | Regional News",
		"Updated Wed, 2 Jul 2025 · Top of the South · Source: RNZ",
	}, []mechanismCase{
		// Near-misses: a fact box of a meeting, a time and day told in
		// a sentence, a word that opens like a label.
		{"a meeting's fact box", nil, []string{"Community meeting · 19:00, 4 July · Stoke Memorial Hall"}, []string{"added date"}},
		{"a vigil's fact box, one-word names", nil, []string{"Vigil · 19:00, 4 July · Richmond"}, []string{"added date"}},
		{"time and day in a sentence", nil, []string{"At 16:20 on 2 July crews reconnected the last homes in the valley."}, []string{"added date"}},
		{"posted to a place", nil, []string{"Posted to Nelson in 2019, the network's operations manager said crews were exhausted."}, []string{"added date"}},
	}))

	// --- 7d6a0d7: a comment count is a page's furniture.
	schoolBase := []string{"Wānaka school closes after burst pipe",
		"Holy Family School in Wānaka was closed on Monday after a pipe burst in its main block.",
		"The school hopes to reopen on Thursday."}
	runReview28(t, "comment count", runChromeLinesCases(schoolBase, []string{
		"12 comments",
		"No comments",
		"1 comment",
		"Education | 4 comments",
	}, []mechanismCase{
		// Near-misses: comments counted as news.
		{"comments on a plan", nil, []string{"The board received 212 comments on its rebuild plan."}, []string{"added number"}},
		{"comments removed", nil, []string{"Two comments posted by parents on Facebook were later removed by the school."}, []string{"added number"}},
	}))

	// --- 7d6a0d7: a promotion under its label is chrome.
	heatBase := []string{"Heat warning issued for Canterbury",
		"MetService issued a heat warning for inland Canterbury on Friday, with temperatures expected to reach 35C.",
		"Residents were urged to check on elderly neighbours."}
	runReview28(t, "sponsored promotion", runChromeLinesCases(heatBase, []string{
		"Sponsored: Five ways to keep your home cool this summer",
		"Paid content: How one Timaru firm keeps its staff cool",
		"Partner content: Explore Canterbury's lakes this summer",
		"Promoted: The best fans for under $100",
		"Advertisement: Shop our summer sale",
	}, []mechanismCase{
		// Near-misses: story sentences that open with the labels' words.
		{"paid parking", nil, []string{"Paid parking at the hospital was suspended on Friday."}, []string{"added date"}},
		{"sponsored lessons", nil, []string{"Sponsored swimming lessons for children will start at the town pool on 6 January."}, []string{"added date"}},
		{"promoted forecaster", nil, []string{"Promoted to chief forecaster in 2022, Dr Ruiz said such heat was unusual so early."}, []string{"added date"}},
	}))

	// --- 7d6a0d7: a notice that the copy is republished with
	// permission, after who made it, is chrome.
	waterBase := []string{"Boil-water notice for Greytown",
		"Residents of Greytown were told to boil drinking water on Tuesday after E. coli was found at the treatment plant.",
		"The notice will stay in place until three clear tests are returned."}
	runReview28(t, "republished with permission", runChromeLinesCases(waterBase, []string{
		"This story was originally published by the Wairarapa Times-Age and is republished with permission.",
		"Stories from Local Democracy Reporting are reproduced with kind permission.",
		"All reports on this page are reprinted with permission of RNZ.",
		"This piece first appeared on The Conversation and is republished under a Creative Commons licence.",
	}, []mechanismCase{
		// Near-misses: a report's finding told before the notice's
		// words; a claim about a copy; a copy without permission.
		{"a report's finding, then reprinted", nil, []string{"The report, which found E. coli in three samples, was reprinted with permission of the council."}, []string{"added number"}},
		{"the council said it had leave", nil, []string{"The report was reproduced with permission of the ministry, the council said on Wednesday."}, []string{"added date"}},
		{"republished without permission", nil, []string{"The article, which named the plant's operators, was republished without permission by two websites."}, []string{"added number"}},
	}))

	// --- e9d3e18: a headline's "to" of a plan is not the "to" after an
	// irregular participle or an indefinite pronoun, nor a hedge a
	// quote's words carry.
	napier := func(head, mid string) []string {
		return []string{head,
			"Fire destroyed a two-storey house in Napier's Marewa suburb early on Thursday.",
			mid,
			"The house was empty at the time."}
	}
	napierMid := "Fire and Emergency said the blaze was well alight when crews arrived."
	runReview28(t, "headline to not a plan", []mechanismCase{
		{"nobody to blame", napier("Nobody to blame for Napier fire, coroner says", napierMid),
			napier("No one at fault for Napier fire, coroner says", napierMid), nil},
		{"nowhere to turn", napier("Nowhere to turn for Napier fire victims", napierMid),
			napier("Napier fire victims left with nowhere to turn", napierMid), nil},
		{"crews brought to help", napier("Crews brought to help fight Napier blaze", napierMid),
			napier("Crews called in to help fight Napier blaze", napierMid), nil},
		{"nothing to suggest arson", napier("Nothing to suggest arson in Napier fire, police say", napierMid),
			napier("Police find no sign of arson in Napier fire", napierMid), nil},
		{"quote: nothing to suggest, retold",
			napier("Napier house destroyed by fire", `"There is nothing to suggest this fire was deliberate," fire investigator Tom Reed said.`),
			napier("Napier house destroyed by fire", "Fire investigator Tom Reed said there was no sign the fire had been lit deliberately."), nil},
		// Near-misses: a plan told as done, and a quote's real hedge
		// left out of its retelling.
		{"plan told as done", napier("Council to demolish Napier fire ruins", napierMid),
			napier("Council demolishes Napier fire ruins", napierMid), []string{"altered modality"}},
		{"quote: expected, retold as will",
			napier("Napier house destroyed by fire", `"We expect the road to reopen on Friday," a council spokesman said.`),
			napier("Napier house destroyed by fire", "A council spokesman said the road would reopen on Friday."), []string{"altered modality"}},
	})

	// --- e4c4757: a patient's condition told anew is a
	// characterization; the one graded sentence of each side pairs.
	cyclist := func(mid string, more ...string) []string {
		return append([]string{"Cyclist hurt in collision with truck in Palmerston North",
			"A cyclist was taken to hospital after a collision with a truck on Rangitikei Street on Tuesday morning.",
			mid,
			"Police are investigating the cause of the crash."}, more...)
	}
	runReview28(t, "condition turned", []mechanismCase{
		{"serious → stable, in place", cyclist("The cyclist was taken to Palmerston North Hospital in a serious condition."),
			cyclist("The cyclist was taken to Palmerston North Hospital in a stable condition."), []string{"altered characterization"}},
		{"not believed life-threatening → critical", cyclist("The cyclist's injuries are not believed to be life-threatening."),
			cyclist("The cyclist is in a critical condition."), []string{"altered characterization"}},
		{"critically injured → now stable, moved to the foot",
			cyclist("The cyclist was critically injured. The truck driver was not hurt."),
			cyclist("The truck driver was not hurt.", "The cyclist's condition is now stable, a hospital spokeswoman said."),
			[]string{"altered characterization"}},
		{"count kept, grade changed", cyclist("Three people were seriously injured."),
			cyclist("Three people were critically injured."), []string{"altered characterization"}},
		// Near-misses: the same grade in other words; two people, one
		// dropped and one added; a grade told in a quote.
		{"same grade reworded", cyclist("The cyclist was critically injured."),
			cyclist("The cyclist was in a critical condition."), nil},
		{"cyclist dropped, truck driver added",
			cyclist("The cyclist was in a critical condition. Witnesses said the truck was turning left."),
			cyclist("Witnesses said the truck was turning left.", "The truck driver was treated for shock and is in a stable condition."),
			[]string{"added wording", "dropped wording"}},
		{"grade in a quote", cyclist(`"He's in a critical condition," his brother said.`),
			cyclist(`"His condition is now stable," his brother said.`), []string{"altered quote"}},
	})
}
