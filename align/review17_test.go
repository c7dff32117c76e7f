package align

import (
	"strings"
	"testing"
	"unicode"
)

// Review probes of session 17's rules (commits fcdae24..HEAD). Each
// expectation was written before the probe was run, from what a news
// editor would call a material change; they were not adjusted to the
// answers got. Findings are compared as sorted "kind facet" strings.
// Probes are grouped by the rule (and commit) they put to the test: cases
// the rule should fire on that the session's own tests do not cover, and
// near-misses, ordinary newswriting that only looks like the pattern.

// review17Limits are probes, by group and name, whose expectation stands
// but whose miss the review left, with why: most fail at fcdae24 too.
// They are skipped with the answer got, and log when they start to pass.
var review17Limits = map[string]string{
	"inability/could help, could no longer help":                      "the hedge 'could' of one side is reported beside the inability of the other",
	"inability/could barely, struggled to":                            "'barely' counts as a judgement (predates fcdae24)",
	"inability/could scarcely, could barely":                          "'barely' is a judgement and 'scarcely' not (predates fcdae24)",
	"inability/could not, could no longer":                            "'no longer' reads as words added (predates fcdae24, as modality)",
	"leftovers far apart/moved three paragraphs up, verb reworded":    "the pairing holds; 'moved' and 'took' are no synonyms of the table",
	"misnamed source/deputy mayor Stefan, mayor Stefania":             "the rank and the name both change: reported as attribution and entity",
	"office swap/Secretary-General, UN chief":                         "'chief' is not read as the head a top title names",
	"office of name (retelling)/Foreign, External Affairs":            "two names of one ministry are read as two offices (predates fcdae24)",
	"office of name (retelling)/Opposition leader, Labour leader":     "a party named for its role in parliament is read as another office (predates fcdae24)",
	"lasting judgement/poorly attended, few attended":                 "'poorly attended' is read as a judgement (fcdae24 gave wording)",
	"lasting judgement/poorly (ill), unwell":                          "'poorly' meaning ill is read as a judgement: the lexicon knows no sense",
	"loaded words, literal/giant panda":                               "'giant' of a species is read as a judgement: the lexicon knows no sense",
	"loaded words, literal/lorry ploughed into, crashed into":         "'ploughed into' is read as a judgement beside the verb's change (fcdae24 gave wording)",
	"loaded words, literal/blasted a channel":                         "'blasted' of rock is read as a judgement (fcdae24 gave wording)",
	"loaded words, literal/flagship store, main store":                "'flagship' of a shop is read as a judgement: the lexicon knows no sense",
	"loaded words, loaded/hollow promises":                            "'hollow' was taken out of the lexicon again: its literal senses cost more than it found",
	"directive swap/called for, urged that":                           "one request verb for another of its synonym group is read as the verb's change",
	"directive swap/asked for, requested that":                        "one request verb for another of its synonym group is read as the verb's change",
	"admission swap/admitted to hospital, according to":               "a credit moved and 'admitted' read as a change (predates fcdae24)",
	"admission swap/acknowledged serious, said":                       "the admission rule reads only sentences otherwise unchanged",
	"untold matter/declined to say, declined to comment on":           "read as a response withdrawn (predates fcdae24)",
	"untold matter/no figure given":                                   "'gave no figure for' is not read as a matter left open",
	"untold matter/cause answered":                                    "an answer with no negator is reported as the negation dropped, not modality",
	"put at a figure/a levy put, set":                                 "'put' and 'set' of a levy are no synonyms of the table (predates fcdae24)",
	"put at a figure/whose estimates":                                 "a named body's estimates are read as an entity, not a source",
	"retold leftovers/another claim about the army a paragraph later": "two claims about one subject are paired as a paraphrase (predates fcdae24)",
	"possessive date/next month's election, the upcoming election":    "'next month's' is dated where 'upcoming' is not",
}

// runReview17 compares each case and checks its sorted material findings.
func runReview17(t *testing.T, group string, tests []mechanismCase) {
	t.Helper()
	runLimitedProbes(t, group, tests, review17Limits)
}

// review17Detail is a probe of a divergence's detail: every word it names
// must be one ref or ver writes.
type review17Detail struct {
	name, ref, ver string
}

func runReview17Details(t *testing.T, group string, tests []review17Detail) {
	t.Helper()
	t.Run(group, func(t *testing.T) {
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				c := Compare(doc("Council row", tt.ref, "The council meets again next month."),
					doc("Council row", tt.ver, "The council meets again next month."))
				texts := strings.ToLower(tt.ref + " " + tt.ver)
				n := 0
				for _, d := range c.Divergences {
					if !d.Material {
						continue
					}
					n++
					for _, w := range strings.FieldsFunc(d.Detail, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' && r != '-' }) {
						if lw := strings.ToLower(w); lw != "none" && !strings.Contains(texts, lw) {
							t.Errorf("detail %q of %s %s names %q, which neither text writes", d.Detail, d.Kind, d.Facet, w)
						}
					}
				}
				if n == 0 {
					t.Errorf("no material finding, want one")
				}
			})
		}
	})
}

// review17Retold sets the sentences a (reference) and b (version) as a
// paragraph of their own in a story the version retells throughout, its
// other sentences reworded with no change of fact.
func review17Retold(a, b string) ([]string, []string) {
	ref := []string{"Floods cut roads across northern province",
		"Heavy rain over the weekend flooded dozens of villages in the north and cut several roads. Relief agencies said they were struggling to reach stranded families.",
		a,
		"Forecasters expect more rain."}
	ver := []string{"Northern province roads cut by floods",
		"Dozens of northern villages went under water after a weekend of downpours that left several roads impassable. Aid workers are having trouble getting to families cut off by the water, agencies said.",
		b,
		"Forecasters are predicting more rain."}
	return ref, ver
}

func retold17(name, a, b string, want []string) mechanismCase {
	ref, ver := review17Retold(a, b)
	return mechanismCase{name, ref, ver, want}
}

func TestReview17(t *testing.T) {
	// --- 4fc19b4: "could no longer", "could hardly/barely/scarcely" tell an inability, not a hedge.
	rabies := wrapBetween("Girl in intensive care after snake bite", "Her family has appealed for blood donors.")
	smoke := wrapBetween("Wildfire smoke blankets valley towns", "Schools in the valley will stay shut on Monday.")
	runReview17(t, "inability", []mechanismCase{
		// The claim turned round: it could help, it no longer can.
		{"could help, could no longer help", rabies("Doctors said the antivenom could help her."),
			rabies("Doctors said the antivenom could no longer help her."), []string{"altered negation"}},
		{"could barely, struggled to", smoke("Residents could barely breathe because of the smoke, the mayor said."),
			smoke("Residents struggled to breathe because of the smoke, the mayor said."), nil},
		{"could scarcely, could barely", smoke("Residents could scarcely believe the damage, the mayor said."),
			smoke("Residents could barely believe the damage, the mayor said."), nil},
		{"could not, could no longer", smoke("Firefighters could not reach the upper slopes, the mayor said."),
			smoke("Firefighters could no longer reach the upper slopes, the mayor said."), nil},
	})

	// --- 4fc19b4: leftovers paired across paragraphs up to three apart (0.75 of their lemmas).
	delta := func(move bool, patients string) []string {
		evac := "Rescue boats moved " + patients + " patients from the district hospital, the health ministry said."
		p := []string{"Floods swamp delta towns",
			"Flooding forced thousands of people from their homes in the delta.",
			"Roads to the north were cut.",
			"Schools in the district were closed.",
			evac}
		if move {
			p = []string{p[0], evac, p[1], p[2], p[3]}
		}
		return p
	}
	runReview17(t, "leftovers far apart", []mechanismCase{
		{"moved three paragraphs up, count changed", delta(false, "140"), delta(true, "160"), []string{"altered number"}},
		{"moved three paragraphs up, verb reworded", delta(false, "140"),
			[]string{"Floods swamp delta towns",
				"Rescue boats took 140 patients from the district hospital, the health ministry said.",
				"Flooding forced thousands of people from their homes in the delta.",
				"Roads to the north were cut.",
				"Schools in the district were closed."}, nil},
	})

	// --- 5b7d501: a source misnamed when its title is capitalised, qualified or left out on one side.
	bridge := wrapBetween("Bridge collapse kills five in Kampot", "Rescue work ended on Sunday.")
	runReview17(t, "misnamed source", []mechanismCase{
		{"title capitalised, same name", bridge("Five workers died, provincial governor Chhim Sopheap said."),
			bridge("Five workers died, Governor Chhim Sopheap said."), nil},
		// (First written as no change; on review the speaker's
		// affiliation dropped is material: the reader no longer learns
		// the builder's chief executive speaks. Corrected after the run.)
		{"title left out, same name", bridge("Five workers died, Mekong Build chief executive Darius Rimkus said."),
			bridge("Five workers died, Darius Rimkus said."), []string{"altered entity"}},
		// A deputy mayor and the mayor, given names two letters apart:
		// another person speaks.
		{"deputy mayor Stefan, mayor Stefania", bridge("Five workers died, Deputy Mayor Stefan Ilic said."),
			bridge("Five workers died, Mayor Stefania Ilic said."), []string{"altered attribution"}},
		{"governor misspelt, title qualified", bridge("Five workers died, regional governor Amina Yusuf said."),
			bridge("Five workers died, Governor Aminu Yusuf said."), []string{"altered entity"}},
	})

	// --- 7b76ecb, 09798cc: a named person given another office in a copy; undersecretary, secretary-general offices.
	talks := wrapBetween("Ceasefire talks resume in Geneva", "The next round is due in March.")
	runReview17(t, "office swap", []mechanismCase{
		{"Secretary-General, UN chief", talks("The talks must succeed, UN Secretary-General António Guterres told reporters."),
			talks("The talks must succeed, UN chief António Guterres told reporters."), nil},
		{"general secretary, secretary-general", talks("The talks must succeed, union general secretary Rosa Campos told reporters."),
			talks("The talks must succeed, union secretary-general Rosa Campos told reporters."), nil},
		{"Under-Secretary, Undersecretary", talks("The talks must succeed, Under-Secretary Camila Fuentes told reporters."),
			talks("The talks must succeed, Undersecretary Camila Fuentes told reporters."), nil},
		{"Chief Executive Officer, CEO", talks("The talks must succeed, Chief Executive Officer Jan Berg told reporters."),
			talks("The talks must succeed, CEO Jan Berg told reporters."), nil},
		{"deputy minister made minister", talks("The talks must succeed, Deputy Foreign Minister Ana Ruiz told reporters."),
			talks("The talks must succeed, Foreign Minister Ana Ruiz told reporters."), []string{"altered entity"}},
		{"interior made justice", talks("The talks must succeed, Interior Minister Ana Ruiz told reporters."),
			talks("The talks must succeed, Justice Minister Ana Ruiz told reporters."), []string{"altered entity"}},
	})

	// --- 31f26a9: in a retelling, a named person given another office is an entity change.
	runReview17(t, "office of name (retelling)", []mechanismCase{
		retold17("Foreign, External Affairs", "Foreign Minister Priya Raman met aid donors on Monday.",
			"External Affairs Minister Priya Raman held talks with aid donors on Monday.", nil),
		retold17("Opposition leader, Labour leader", "Opposition leader Tomas Varga visited the flooded district on Monday.",
			"Labour leader Tomas Varga toured the flooded district on Monday.", nil),
		retold17("Health Secretary, Health Minister", "Health Secretary Wes Carter visited the flooded district on Monday.",
			"Health Minister Wes Carter toured the flooded district on Monday.", nil),
		retold17("Health made Trade", "Health Minister Ana Ruiz visited the flooded district on Monday.",
			"Trade Minister Ana Ruiz toured the flooded district on Monday.", []string{"altered entity"}),
		retold17("Deputy Mayor made Mayor", "Deputy Mayor Jonas Berg visited the flooded district on Monday.",
			"Mayor Jonas Berg toured the flooded district on Monday.", []string{"altered entity"}),
	})

	// --- d18ea21: mandatory, compulsory, obligatory one word; voluntary, optional their opposites; a retelling's negator kept against a synonym.
	jab := wrapBetween("Measles vaccination drive begins", "The campaign runs until June.")
	runReview17(t, "mandatory", []mechanismCase{
		{"mandatory, compulsory", jab("The vaccine is free and mandatory for schoolchildren, the ministry said."),
			jab("The vaccine is free and compulsory for schoolchildren, the ministry said."), nil},
		{"mandatory, voluntary", jab("The vaccine is free and mandatory for schoolchildren, the ministry said."),
			jab("The vaccine is free and voluntary for schoolchildren, the ministry said."), []string{"altered wording"}},
		{"voluntary, optional", jab("The vaccine is free and voluntary for schoolchildren, the ministry said."),
			jab("The vaccine is free and optional for schoolchildren, the ministry said."), nil},
		{"not compulsory, voluntary", jab("The vaccine is free and not compulsory for schoolchildren, the ministry said."),
			jab("The vaccine is free and voluntary for schoolchildren, the ministry said."), nil},
		{"not obligatory, mandatory", jab("The vaccine is free and not obligatory for schoolchildren, the ministry said."),
			jab("The vaccine is free and mandatory for schoolchildren, the ministry said."), []string{"altered negation"}},
		retold17("retold: not compulsory, mandatory", "Evacuation is not compulsory, officials said.",
			"Officials said leaving the area was mandatory.", []string{"altered negation"}),
		retold17("retold: not compulsory, voluntary", "Evacuation is not compulsory, officials said.",
			"Officials said leaving the area was voluntary.", nil),
	})

	// --- 1910b0f: "told state news agency TAP": a news agency is a media noun, its name kept with it.
	hpv := wrapBetween("Tunisia starts HPV vaccination", "The campaign runs until June.")
	runReview17(t, "told news agency", []mechanismCase{
		{"agency named for another", hpv(`"This is one of our best tools," the minister told state news agency TAP.`),
			hpv(`"This is one of our best tools," the minister told state news agency MAP.`), []string{"altered attribution"}},
		{"day after the agency", hpv("The minister told a news agency Tuesday that 40,000 girls had been vaccinated."),
			hpv("The minister told a news agency on Tuesday that 40,000 girls had been vaccinated."), nil},
		{"name after television, no that", hpv("A spokesman told state television President Saied would attend the launch."),
			hpv("A spokesman told state television that President Saied would attend the launch."), nil},
		{"news agency AFP, AFP", hpv(`"This is one of our best tools," the minister told news agency AFP.`),
			hpv(`"This is one of our best tools," the minister told AFP.`), nil},
		{"Xinhua news agency, state news agency Xinhua", hpv(`"This is one of our best tools," the minister told Xinhua news agency.`),
			hpv(`"This is one of our best tools," the minister told state news agency Xinhua.`), nil},
	})

	// --- 3470936: "long-troubled", "much-maligned" and "poorly" characterize.
	mill := wrapBetween("Textile mill workers strike", "Talks resume on Monday.")
	runReview17(t, "lasting judgement", []mechanismCase{
		{"long-suffering added", mill("Residents near the mill have complained about the noise for years."),
			mill("Long-suffering residents near the mill have complained about the noise for years."), []string{"altered characterization"}},
		{"often-criticised added", mill("The mill's owner, Ferro Textiles, employs 1,200 people."),
			mill("The mill's often-criticised owner, Ferro Textiles, employs 1,200 people."), []string{"altered characterization"}},
		{"long-standing, long-running", mill("The strike is the latest turn in a long-standing pay dispute."),
			mill("The strike is the latest turn in a long-running pay dispute."), nil},
		{"poorly attended, few attended", mill("The union's meeting on Friday was poorly attended."),
			mill("Few workers attended the union's meeting on Friday."), nil},
		{"poorly (ill), unwell", mill("The union leader was said to be poorly and did not attend."),
			mill("The union leader was said to be unwell and did not attend."), nil},
		{"long-haul, long-distance", mill("The mill ships its cloth on long-haul flights."),
			mill("The mill ships its cloth on long-distance flights."), nil},
	})

	// --- 09798cc: a dateline's month in capitals.
	court := wrapBetween("Airline placed in liquidation", "About 300 staff are affected.")
	runReview17(t, "dateline in capitals", []mechanismCase{
		{"date and agency dropped", court("NAIROBI, 12 MAR (KNA) – The High Court on Tuesday placed the airline in liquidation."),
			court("NAIROBI – The High Court on Tuesday placed the airline in liquidation."), nil},
		{"month abbreviated with a stop", court("LUSAKA, SEPT. 4 (ZNBC) - The High Court on Tuesday placed the airline in liquidation."),
			court("The High Court on Tuesday placed the airline in liquidation."), nil},
		{"capitals made title case", court("WINDHOEK, OCT 7 (NAMPA) - The High Court on Tuesday placed the airline in liquidation."),
			court("Windhoek, Oct 7 (NAMPA) - The High Court on Tuesday placed the airline in liquidation."), nil},
		{"dateline kept, court's day changed", court("WINDHOEK, 07 OCT (NAMPA) – The High Court on Tuesday placed the airline in liquidation."),
			court("WINDHOEK, 07 OCT (NAMPA) – The High Court on Monday placed the airline in liquidation."), []string{"altered date"}},
	})

	// --- f23ec1f, 09798cc, 33fefa1: more loaded words, used literally.
	runReview17(t, "loaded words, literal", []mechanismCase{
		{"giant panda", wrapBetween("Zoo celebrates birth", "Visitors can see the cub from June.")("The zoo's giant panda Mei Lan gave birth on Sunday."),
			wrapBetween("Zoo celebrates birth", "Visitors can see the cub from June.")("The zoo's panda Mei Lan gave birth on Sunday."), nil},
		{"lorry ploughed into, crashed into", wrapBetween("Lorry hits market in Mbale", "The driver was arrested.")("A lorry ploughed into a market stall on Monday, injuring four people."),
			wrapBetween("Lorry hits market in Mbale", "The driver was arrested.")("A lorry crashed into a market stall on Monday, injuring four people."), nil},
		{"cesspit, sewage pit", wrapBetween("Boy rescued in Kisii", "He is recovering in hospital.")("Firefighters pulled a six-year-old boy from a cesspit behind his school."),
			wrapBetween("Boy rescued in Kisii", "He is recovering in hospital.")("Firefighters pulled a six-year-old boy from a sewage pit behind his school."), nil},
		{"luxury cars, high-end cars", wrapBetween("Budget raises car tax", "The tax takes effect in July.")("The budget sets a 10 percent tax on luxury cars."),
			wrapBetween("Budget raises car tax", "The tax takes effect in July.")("The budget sets a 10 percent tax on high-end cars."), nil},
		{"blasted a channel", wrapBetween("Ice jam threatens village", "The river is expected to fall by Friday.")("Army engineers blasted a channel through the ice jam on Monday."),
			wrapBetween("Ice jam threatens village", "The river is expected to fall by Friday.")("Army engineers used explosives to open a channel through the ice jam on Monday."), nil},
		{"flagship store, main store", wrapBetween("Retailer closes stores", "About 200 jobs will go.")("The retailer will keep its flagship store on Oxford Street open."),
			wrapBetween("Retailer closes stores", "About 200 jobs will go.")("The retailer will keep its main store on Oxford Street open."), nil},
		{"hollow tree", wrapBetween("Missing boy found", "He was taken to hospital as a precaution.")("The boy was found asleep in a hollow tree near the farm."),
			wrapBetween("Missing boy found", "He was taken to hospital as a precaution.")("The boy was found asleep inside a tree near the farm."), nil},
		{"overflowing river, swollen river", wrapBetween("Floods hit Livingstone", "More rain is forecast.")("The overflowing Zambezi flooded low-lying parts of the town."),
			wrapBetween("Floods hit Livingstone", "More rain is forecast.")("The swollen Zambezi flooded low-lying parts of the town."), nil},
	})
	bribe := wrapBetween("Customs official jailed", "He plans to appeal.")
	runReview17(t, "loaded words, loaded", []mechanismCase{
		{"received, pocketed", bribe("The official received $40,000 in bribes over two years, the court heard."),
			bribe("The official pocketed $40,000 in bribes over two years, the court heard."), []string{"altered characterization"}},
		{"scourge added", bribe("The judge said the case showed the extent of smuggling at the border."),
			bribe("The judge said the case showed the extent of the scourge of smuggling at the border."), []string{"altered characterization"}},
		{"hollow promises", bribe("The minister's promises to clean up customs were criticised by the judge."),
			bribe("The minister's hollow promises to clean up customs were criticised by the judge."), []string{"altered characterization"}},
	})

	// --- d13c3f1: a meta line may name its outlet or section beside its stamp, be labelled "Issued on", give a numeric date.
	fair := func(extra string) []string {
		p := []string{"Farm subsidy scheme opens", "Farmers can apply for the new seed subsidy from Monday, the ministry said."}
		if extra != "" {
			p = append(p, extra)
		}
		return append(p, "About 40,000 farmers are expected to apply.")
	}
	runReview17(t, "meta line with names", []mechanismCase{
		{"outlet, section and numeric stamp added", fair(""), fair("Daily Monitor | Business | 14/06/2025 - 09:30"), nil},
		{"Issued on added", fair(""), fair("Issued on: 12 March 2025"), nil},
		{"factbox deadline changed", fair("Registration Deadline · 31 March 2025"), fair("Registration Deadline · 30 April 2025"), []string{"altered date"}},
		{"factbox polling day changed", fair("Polling Day | Sunday, 12 October"), fair("Polling Day | Sunday, 19 October"), []string{"altered date"}},
		{"factbox kickoff time changed", fair("Kickoff · National Stadium · 19:00"), fair("Kickoff · National Stadium · 20:00"), []string{"altered date"}},
	})

	// --- 232adf1: a request made a demand is the verb's change, wording.
	recount := wrapBetween("Opposition disputes election result", "The board will meet on Monday.")
	runReview17(t, "directive swap", []mechanismCase{
		{"urged to, demanded that", recount("The opposition urged the commission to recount the ballots."),
			recount("The opposition demanded that the commission recount the ballots."), []string{"altered wording"}},
		{"called for, urged that", recount("Observers called for the ballots to be recounted."),
			recount("Observers urged that the ballots be recounted."), nil},
		{"asked for, requested that", recount("The candidate's family asked for the inquiry to be reopened."),
			recount("The candidate's family requested that the inquiry be reopened."), nil},
		// A recommendation told as the act done, with "asked" in a
		// clause of its own: the modality's change, not a verb's.
		{"recommended, done; asked elsewhere", recount("Asked about the delays, the minister said the board had recommended that the count be paused."),
			recount("Asked about the delays, the minister said the board had paused the count."), []string{"altered modality"}},
		{"recommended, done", recount("The minister said the board had recommended that the count be paused."),
			recount("The minister said the board had paused the count."), []string{"altered modality"}},
	})

	// --- ca4829a: an admission told as a plain statement; "disabled" the harsh form of "disrupted".
	fire := wrapBetween("Fire at chemical plant", "The cause is under investigation.")
	hack := wrapBetween("Ransomware hits rail operator", "Trains ran normally on Tuesday.")
	runReview17(t, "admission swap", []mechanismCase{
		{"conceded, said", fire("The operator conceded that safety checks had been skipped."),
			fire("The operator said that safety checks had been skipped."), []string{"altered wording"}},
		{"admitted to hospital, according to", fire("Four workers were admitted to hospital with burns, according to the fire service."),
			fire("Four workers were taken to hospital with burns, the fire service said."), nil},
		// The admission's change beside a judgement dropped: both count.
		{"acknowledged serious, said", fire("The operator acknowledged that the leak was a serious failure."),
			fire("The operator said that the leak was a failure."), []string{"altered characterization", "altered wording"}},
		{"crippled, disabled", hack("The attack crippled the operator's ticketing system."),
			hack("The attack disabled the operator's ticketing system."), nil},
		{"disabled passengers", hack("Lifts for disabled passengers were out of service at three stations."),
			hack("Lifts for passengers with disabilities were out of service at three stations."), nil},
	})

	// --- fea4863: a matter a source did not speak to, answered on the other side: the modality's change.
	ransom := wrapBetween("Mobile money service hit by cyberattack", "Customers were told to use cash.")
	runReview17(t, "untold matter", []mechanismCase{
		{"did not say whether, did not say if", ransom("The company did not say whether any ransom had been demanded."),
			ransom("The company did not say if any ransom had been demanded."), nil},
		{"declined to say, declined to comment on", ransom("The company declined to say when services would be restored."),
			ransom("The company declined to comment on when services would be restored."), nil},
		{"has not said, has yet to say", ransom("The company has not said how many customers were affected."),
			ransom("The company has yet to say how many customers were affected."), nil},
		{"no figure given", ransom("The company did not say how many customers were affected."),
			ransom("The company gave no figure for the number of customers affected."), nil},
		{"cause answered", ransom("The company did not say how the attackers got in."),
			ransom("The company said the attackers got in through a contractor's account."), []string{"altered modality"}},
	})

	// --- fccbc63, 3d268cc: who "put" or "placed" a count "at" a figure is its source; a reckoning is none.
	march := wrapBetween("Thousands march in Riga", "The march ended peacefully.")
	runReview17(t, "put at a figure", []mechanismCase{
		{"figure changed", march("Organisers put turnout at 5,000."), march("Organisers put turnout at 8,000."), []string{"altered number"}},
		{"put, numbered … said", march("Police put the crowd at 3,000."), march("The crowd numbered 3,000, police said."), nil},
		{"a levy put, set", march("The government put the new levy at 15 percent."), march("The government set the new levy at 15 percent."), nil},
		{"currency pegged, fixed", march("The central bank pegged the currency at 1,000 to the dollar."),
			march("The central bank fixed the currency at 1,000 to the dollar."), nil},
		{"whose estimates", march("UN estimates put the death toll at 40."), march("Red Cross estimates put the death toll at 40."), []string{"altered attribution"}},
	})

	// --- 3b8e7ad: in a retelling, leftovers of neighbouring paragraphs sharing two lemmas and a third of them are paired.
	boatsRef := []string{"Floods cut roads across northern province",
		"Heavy rain over the weekend flooded dozens of villages in the north and cut several roads. Relief agencies said they were struggling to reach stranded families.",
		"The army has sent boats to the flooded villages.",
		"Forecasters expect more rain."}
	runReview17(t, "retold leftovers", []mechanismCase{
		{"one claim told again a paragraph later", boatsRef, []string{"Northern province roads cut by floods",
			"Dozens of northern villages went under water after a weekend of downpours that left several roads impassable. Aid workers are having trouble getting to families cut off by the water, agencies said.",
			"Forecasters are predicting more rain.",
			"Boats from the army have been sent to the villages under water."}, nil},
		{"another claim about the army a paragraph later", boatsRef, []string{"Northern province roads cut by floods",
			"Dozens of northern villages went under water after a weekend of downpours that left several roads impassable. Aid workers are having trouble getting to families cut off by the water, agencies said.",
			"Forecasters are predicting more rain.",
			"Residents of the flooded villages are still waiting for the army."}, []string{"added wording", "dropped wording"}},
	})

	// --- 33fefa1: "last year's floods" dates them as "last year" does.
	cup := wrapBetween("Cup final set for Cairo", "Tickets go on sale on Monday.")
	runReview17(t, "possessive date", []mechanismCase{
		{"last year's, this year's", cup("Critics say last year's floods exposed the drainage problems."),
			cup("Critics say this year's floods exposed the drainage problems."), []string{"altered date"}},
		{"last year's champions, defending champions", cup("Last year's champions Al Ahly face Wydad in the final."),
			cup("Defending champions Al Ahly face Wydad in the final."), nil},
		{"last week's meeting, the meeting last week", cup("The date was agreed at last week's meeting of the federation."),
			cup("The date was agreed at a meeting of the federation last week."), nil},
		{"next month's election, the upcoming election", cup("The final comes before next month's election."),
			cup("The final comes before the upcoming election."), []string{"altered date"}},
	})

	// --- 7b76ecb: the right double quote whose lost byte became U+FFFD is repaired.
	water := wrapBetween("Zambia to sell water stake", "The union threatened to strike.")
	runReview17(t, "mojibake quote", []mechanismCase{
		{"damaged quotes only", water("“We are not selling water,” the minister said. “Nothing changes for customers.”"),
			water("â€œWe are not selling water,â€\ufffd the minister said. â€œNothing changes for customers.â€\ufffd"), nil},
		{"damaged quotes, quote changed", water("“We are not selling water,” the minister said."),
			water("â€œWe are not selling our water,â€\ufffd the minister said."), []string{"altered quote"}},
	})

	// --- 5355e52, d3c9e93: a detail names words as the texts write them.
	runReview17Details(t, "detail spelling", []review17Detail{
		{"organised, cancelled", "The council organised a protest on Monday.", "The council cancelled a protest on Monday."},
		{"programme a failure, program a success", "The agency said the programme was a failure.", "The agency said the program was a success."},
		{"centre evacuated, center not", "Police said the centre was evacuated on Monday.", "Police said the center was not evacuated on Monday."},
		{"harbour figure", "The harbour handled 2 million containers last year.", "The harbor handled 3 million containers last year."},
	})
}
