package align

import "testing"

// Review probes of session 19's rules (commits 739cc2d..HEAD). Each
// expectation was written before the probe was run, from what a news
// editor would call a material change; they were not adjusted to the
// answers got. Findings are compared as sorted "kind facet" strings.
// Probes are grouped by the rule (and commit) they put to the test: cases
// the rule should fire on that the session's own tests (round31_test.go)
// do not cover, and near-misses, ordinary newswriting that only looks
// like the pattern.

// review19Limits are probes, by group and name, whose expectation stands
// but whose miss the review left, with why, and whether it predates
// 739cc2d. They are skipped with the answer got, and log when they start
// to pass.
var review19Limits = map[string]string{
	"span words near-miss/a cricket century, a hundred":        "'a hundred' is read as a number added against 'a century' (a batter's hundred, not a count); as at 739cc2d",
	"condition grade/grade and count both changed":             "the grade changed beside a count is reported as wording, not characterization: the facet only, material either way (predates 739cc2d)",
	"headline participle to/United sign, United to sign":       "a headline's 'to sign' against 'sign' is no modality (predates 739cc2d; a52bdc4's -ed rule passes capitalised names by since this review)",
	"headline participle to/a name ending in -ed to be sacked": "a headline's 'to be sacked' against 'sacked' is no modality (predates 739cc2d; a52bdc4's -ed rule passes capitalised names by since this review)",
	"called on/called on as a visit":                           "'called on' (visited) → 'visited' read as a wording change (predates 739cc2d)",
	"self named/this news service, a ministry's count":         "reported as an entity dropped and added, not an attribution changed: the facet only, material either way, as at 739cc2d (d864f58 hid it; fixed after this review)",
	"self named/our correspondent, a minister":                 "reported as an entity dropped and added, not an attribution changed: the facet only, material either way, as at 739cc2d (d864f58 hid it; fixed after this review)",
	"pressure graded/same grade, devastated → crushed":         "'devastated' → 'crushed' (same grade) is still a characterization by an older rule (predates 739cc2d)",
}

// runReview19 compares each case and checks its sorted material findings.
func runReview19(t *testing.T, group string, tests []mechanismCase) {
	t.Helper()
	runLimitedProbes(t, group, tests, review19Limits)
}

// review19Insert returns base with line set after its second paragraph.
func review19Insert(base []string, line string) []string {
	out := append([]string{}, base[:2]...)
	out = append(out, line)
	return append(out, base[2:]...)
}

func TestReview19(t *testing.T) {
	// --- 1b819fc: an estimated figure told as the same figure approximated.
	fire := wrapBetween("Wildfire sweeps through Kalo valley", "Firefighters expect to contain the blaze by Friday.")
	runReview19(t, "estimate approximated", []mechanismCase{
		{"an estimated dollar sum, roughly", fire("The fire caused an estimated $3 million in damage to farms."),
			fire("The fire caused roughly $3 million in damage to farms."), nil},
		{"estimated at, some", fire("The number of people evacuated was estimated at 5,000 by the county."),
			fire("Some 5,000 people were evacuated, according to the county."), nil},
		{"same figure, another unit", fire("The fire burned an estimated 40 hectares of pine forest."),
			fire("The fire burned about 40 acres of pine forest."), []string{"altered number"}},
		{"another figure approximated", fire("The fire destroyed an estimated 120 homes, the county said."),
			fire("The fire destroyed about 150 homes, the county said."), []string{"altered number"}},
		{"estimate dropped, same figure approximates a distance", fire("Fire destroyed an estimated 40 homes in Kalo, about 40 kilometres north of the capital."),
			fire("Fire destroyed 40 homes in Kalo, about 40 kilometres north of the capital."), []string{"altered modality"}},
	})

	// --- c81f5a8: a republisher's notices are chrome; story text that only looks like them is not.
	port := []string{
		"Mayor Okafor seeks second term",
		"Mayor Ada Okafor said on Monday she would stand for a second term in the November election.",
		"Voters go to the polls on November 4.",
	}
	runReview19(t, "republisher notices", []mechanismCase{
		{"first appeared and is republished with permission", port,
			review19Insert(port, "This story first appeared in the Lagos Ledger and is republished here with permission."), nil},
		{"opinions expressed", port,
			review19Insert(port, "The opinions expressed in this article are not necessarily those of Pan-African Wire."), nil},
		{"written by a desk", port, review19Insert(port, "Written by Staff Reporter"), nil},
		{"broken stamp with its updated field", port,
			review19Insert(port, "Politics Desk | Updated: --/--/-- | Source: Delta Newswire"), nil},
		{"a regulator not responsible for content", port,
			review19Insert(port, "The regulator is not responsible for the content of private broadcasts."), []string{"added negation"}},
		{"also on the ballot", port,
			review19Insert(port, "Also on the ballot: a proposal to raise the sales tax to 8 percent."), []string{"added number"}},
		{"also on a day, a hyphenated age", port,
			review19Insert(port, "Also on Sunday a three-year-old girl was among 14 people hurt by stray bullets."), []string{"added number"}},
		{"outlet, section and date", port,
			review19Insert(port, "Lagos City Ledger | Politics | 3 March 2025"), nil},
		{"fact box venue changed",
			[]string{"Leopards meet Stars in cup final", "Final | National Stadium | 14 June 2025",
				"The Leopards beat the Stars 2-1 when the sides last met in April.", "Tickets go on sale on Monday."},
			[]string{"Leopards meet Stars in cup final", "Final | Nyayo Stadium | 14 June 2025",
				"The Leopards beat the Stars 2-1 when the sides last met in April.", "Tickets go on sale on Monday."},
			[]string{"altered entity"}},
	})

	// --- bb816f4: a century, half a century and a fortnight as years and weeks.
	dam := wrapBetween("Old dam to be rebuilt", "Work starts in May.")
	runReview19(t, "span words", []mechanismCase{
		{"nearly a century, almost 100 years", dam("The dam has held back the river for nearly a century."),
			dam("The dam has held back the river for almost 100 years."), nil},
		{"within a fortnight, 14 days", dam("Engineers will report within a fortnight."),
			dam("Engineers will report within 14 days."), nil},
		{"over a century, over 150 years", dam("The dam has stood for over a century."),
			dam("The dam has stood for over 150 years."), []string{"altered number"}},
		{"half a century, five decades", dam("The dam is the oldest built in half a century."),
			dam("The dam is the oldest built in five decades."), nil},
	})
	cricket := wrapBetween("India fight back in Perth", "Play resumes on Sunday.")
	runReview19(t, "span words near-miss", []mechanismCase{
		{"a cricket century, a hundred", cricket("India recovered after a century from Kohli."),
			cricket("India recovered after a hundred from Kohli."), nil},
		{"a century stand, a 100-run stand", cricket("Rahul made 84 in a century stand with Pant."),
			cricket("Rahul made 84 in a 100-run stand with Pant."), nil},
	})

	// --- 59ca307: an hour told by the part of the day.
	vote := wrapBetween("Union to vote on offer", "The result is expected on Sunday.")
	runReview19(t, "clock words", []mechanismCase{
		{"five in the afternoon", vote("Polls open at 5 p.m. on Saturday."),
			vote("Polls open at five in the afternoon on Saturday."), nil},
		{"ten o'clock at night", vote("Polls close at 10 p.m. on Saturday."),
			vote("Polls close at ten o'clock at night on Saturday."), nil},
		{"one in the morning", vote("Counting ends at 1 a.m. on Sunday."),
			vote("Counting ends at one in the morning on Sunday."), nil},
		{"seven in the evening, 7 a.m.", vote("Polls open at seven in the evening on Saturday."),
			vote("Polls open at 7 a.m. on Saturday."), []string{"altered date"}},
	})
	raid := wrapBetween("Police raid markets in Kisumu", "Those held will appear in court on Monday.")
	runReview19(t, "clock words near-miss", []mechanismCase{
		{"a count before in the morning", raid("Police arrested five in the morning raid and two in the evening."),
			raid("Police arrested five people in the morning raid and two more in the evening."), nil},
		{"a count before at night", raid("Officers detained 12 traders, nine during the day and three at night."),
			raid("Officers detained 12 traders, nine during the day and three more after dark."), nil},
	})

	// --- a52bdc4: a patient's condition graded otherwise; "both"; a headline participle's "to".
	crash := wrapBetween("Bus overturns near Mbale", "Police are investigating the cause.")
	runReview19(t, "condition grade", []mechanismCase{
		{"critical → stable", crash("The driver was in critical condition at Mbale hospital."),
			crash("The driver was in stable condition at Mbale hospital."), []string{"altered characterization"}},
		{"good → fair", crash("The conductor was in good condition on Tuesday, doctors said."),
			crash("The conductor was in fair condition on Tuesday, doctors said."), []string{"altered characterization"}},
		{"same grades, patients told in another order",
			crash("The driver was in critical condition and the conductor in stable condition."),
			crash("The conductor was in stable condition and the driver in critical condition."), nil},
		{"grade and count both changed", crash("Three passengers were in critical condition on Tuesday."),
			crash("Five passengers were in serious condition on Tuesday."), []string{"altered characterization", "altered number"}},
	})
	runReview19(t, "both", []mechanismCase{
		{"both men, the two men", crash("Both men were taken to Mbale hospital."),
			crash("The two men were taken to Mbale hospital."), nil},
		{"both, all three", crash("Both suspects were charged on Tuesday."),
			crash("All three suspects were charged on Tuesday."), []string{"altered number"}},
		{"both as a conjunction dropped", crash("Both the driver and the conductor were taken to Mbale hospital."),
			crash("The driver and the conductor were taken to Mbale hospital."), nil},
	})
	transfer := func(h string) []string {
		return []string{h, "The club said on Monday that the Brazilian forward Joao Silva had passed a medical.", "Silva scored 21 goals last season."}
	}
	runReview19(t, "headline participle to", []mechanismCase{
		{"sentenced to, jails", wrapBetween("Court jails ivory trader for five years", "He plans to appeal.")("A trader was sentenced to five years in prison for smuggling ivory, a Mombasa court ruled."),
			wrapBetween("Ivory trader sentenced to five years", "He plans to appeal.")("A trader was sentenced to five years in prison for smuggling ivory, a Mombasa court ruled."), nil},
		{"United sign, United to sign", transfer("Manchester United sign Brazilian striker Silva"),
			transfer("Manchester United to sign Brazilian striker Silva"), []string{"altered modality"}},
		{"a name ending in -ed to be sacked", transfer("Mohammed sacked as Al Nasr coach"),
			transfer("Mohammed to be sacked as Al Nasr coach"), []string{"altered modality"}},
	})

	// --- ca42e23: "called on X to" credits its subject; advocates of a cause.
	flood := wrapBetween("Floods cut off Tana delta villages", "The Red Cross has sent boats.")
	runReview19(t, "called on", []mechanismCase{
		{"called upon, urged", flood("The county called upon residents to move to higher ground."),
			flood("The county urged residents to move to higher ground."), nil},
		{"another party called on", flood("Police called on residents to move to higher ground."),
			flood("The governor called on residents to move to higher ground."), []string{"altered attribution"}},
		{"called on as a visit", flood("The president called on flood victims at a camp in Garsen to offer his support."),
			flood("The president visited flood victims at a camp in Garsen to offer his support."), nil},
	})
	runReview19(t, "advocates", []mechanismCase{
		{"environmental campaigners, environmentalists", flood("Environmental campaigners said the dam had worsened the floods."),
			flood("Environmentalists said the dam had worsened the floods."), nil},
		{"the Nation, nationalists", flood("The dam had worsened the floods, the Nation reported."),
			flood("The dam had worsened the floods, nationalists said."), []string{"altered attribution"}},
		{"the Journal, journalists", flood("The dam had worsened the floods, the Journal reported."),
			flood("The dam had worsened the floods, journalists reported."), []string{"altered attribution"}},
	})

	// --- d864f58: an outlet's words for itself named by its copier.
	bank := wrapBetween("Bank of Kolonia to shut branches", "The bank declined to comment.")
	runReview19(t, "self named", []mechanismCase{
		{"told this newspaper, told the Herald", bank("The finance minister told this newspaper on Friday that 12 branches would close."),
			bank("The finance minister told the Kolonia Herald on Friday that 12 branches would close."), nil},
		{"named, and a figure changed", bank("The bank will close 12 branches, according to a memo seen by this newspaper."),
			bank("The bank will close 15 branches, according to a memo seen by the Pohnpei Ledger."), []string{"altered number"}},
		{"this news service, a ministry's count", bank("Eight ATMs ran out of cash on Friday, according to a count by this news service."),
			bank("Eight ATMs ran out of cash on Friday, according to a count by the Finance Ministry."), []string{"altered attribution"}},
		{"our correspondent, a minister", bank("The memo, seen by our correspondent, says 12 branches will close."),
			bank("The memo, seen by Finance Minister Leo Sana, says 12 branches will close."), []string{"altered attribution"}},
	})

	// --- ff77e22: literal "explosive"; a condition told without "if"; "later in the year".
	blast := wrapBetween("Blast hits Garissa market", "Police have cordoned off the area.")
	runReview19(t, "explosive", []mechanismCase{
		{"improvised explosive device, homemade bomb", blast("An improvised explosive device killed two soldiers on Sunday."),
			blast("A homemade bomb killed two soldiers on Sunday."), nil},
		{"explosive devices, bombs", blast("Police defused two explosive devices near the market."),
			blast("Police defused two bombs near the market."), nil},
		{"explosive material, figurative", blast("The leaked memo is explosive material for the opposition, analysts said."),
			blast("The leaked memo is material for the opposition, analysts said."), []string{"altered characterization"}},
	})
	rains := wrapBetween("Drought fears grow in Turkana", "Aid agencies meet on Friday.")
	runReview19(t, "inverted condition", []mechanismCase{
		{"Should opening, If", rains("Should the rains fail again, thousands of families will need food aid."),
			rains("If the rains fail again, thousands of families will need food aid."), nil},
		{"would ... should, if", rains("The strike would be called off should the government agree to talks."),
			rains("The strike would be called off if the government agrees to talks."), nil},
		{"Should-condition dropped", rains("Should the rains fail again, thousands of families will need food aid."),
			rains("Thousands of families will need food aid."), []string{"altered modality"}},
		{"an obligation after to-infinitive", rains("Families forced to move should receive compensation, the court ruled."),
			rains("Displaced families should receive compensation, the court ruled."), nil},
		{"an obligation after what", rains("Farmers will be told what they should plant next season, the ministry said."),
			rains("The ministry said it will tell farmers which crops they should plant next season."), nil},
		{"an obligation after how much", rains("Officials will decide how much residents should pay for water."),
			rains("Officials are deciding how much residents should pay for water."), nil},
	})
	mine := wrapBetween("Copper mine to expand", "The company employs 800 people.")
	runReview19(t, "later in the year", []mechanismCase{
		{"earlier in the year, earlier this year", mine("Copper exports fell sharply earlier in the year."),
			mine("Copper exports fell sharply earlier this year."), nil},
		{"a past year's later, this year", mine("The mine closed in March 2019 and reopened later in the year."),
			mine("The mine closed in March 2019 and reopened later this year."), []string{"altered date"}},
	})

	// --- e6f3154: a glottal stop's mark; a wire's update notes.
	isle := wrapBetween("Cyclone warning for Tonga", "Schools will close on Thursday.")
	runReview19(t, "glottal mark", []mechanismCase{
		{"Nuku'alofa, Nukualofa", isle("Ferries from Nuku'alofa were cancelled on Wednesday."),
			isle("Ferries from Nukualofa were cancelled on Wednesday."), nil},
		{"O'ahu, Oahu", isle("A second storm is expected to pass north of O'ahu."),
			isle("A second storm is expected to pass north of Oahu."), nil},
		{"another capital", isle("Ferries from Nuku'alofa were cancelled on Wednesday."),
			isle("Ferries from Neiafu were cancelled on Wednesday."), []string{"altered entity"}},
	})
	tonga := []string{"Cyclone warning for Tonga", "Ferries from Nuku'alofa were cancelled on Wednesday.", "Schools will close on Thursday."}
	runReview19(t, "update notes", []mechanismCase{
		{"(Updates with death toll)", tonga, review19Insert(tonga, "(Updates with death toll, comment from police)"), nil},
		{"Recasts with", tonga, review19Insert(tonga, "Recasts with new forecast"), nil},
		{"This content distributed via", tonga, review19Insert(tonga, "This content is distributed via Pacific Newsfeed."), nil},
	})

	// --- 27bad84: a pressure told harsher or milder.
	rent := wrapBetween("Rents climb in Nairobi", "The county will publish figures in June.")
	runReview19(t, "pressure graded", []mechanismCase{
		{"squeezed → devastated", rent("Families have been squeezed by rising rents, tenants' groups said."),
			rent("Families have been devastated by rising rents, tenants' groups said."), []string{"altered characterization"}},
		{"strained → battered", rent("Small landlords were strained by higher interest rates."),
			rent("Small landlords were battered by higher interest rates."), []string{"altered characterization"}},
		{"same grade, stretched → strained", rent("Household budgets are stretched by the rent rises."),
			rent("Household budgets are strained by the rent rises."), nil},
		{"same grade, devastated → crushed", rent("The tenants said they were devastated by the eviction ruling."),
			rent("The tenants said they were crushed by the eviction ruling."), nil},
	})
}
