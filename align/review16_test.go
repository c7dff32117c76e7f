package align

import (
	"reflect"
	"slices"
	"strings"
	"testing"
)

// Review probes of session 16's rules (commits 04b0e14..HEAD). Each
// expectation was written before the probe was run, from what an editor
// would call a material change. Findings are compared as sorted "kind
// facet" strings: their order tells an editor nothing.

// review16Limits are probes, by group and name, whose expectation stands
// but whose miss the review left: most predate the rules under review
// (04b0e14 gives the same or no better answer), the rest are named with
// why they were left. They are skipped with the answer got, and log when
// they start to pass.
var review16Limits = map[string]string{
	"may/between May and Corbyn":                            "first names added to both ('May' → 'Theresa May') read as names added (predates 04b0e14)",
	"reversed/was not closed, was reopened":                 "the denial is found, and the reversal reported besides it as wording",
	"reversed/talks not suspended, talks resumed":           "the denial is found, and the reversal reported besides it as wording",
	"intensity/condemned to death, sentenced to death":      "'condemned to death' is a sentence, not a harsh criticism: the intensity rule reads the verb out of its phrase",
	"intensity/severely disrupted, crippled":                "'severely' is counted as a judgement besides the verb's strength (predates 04b0e14)",
	"extent/completely destroyed, destroyed":                "a stressing 'completely' before a participle reads as the claim made whole (it did at 04b0e14 too)",
	"extent/partly due to, due to":                          "'was due to heavy rain' is read as a timetable (scheduleKey), which hides 'partly' (predates 04b0e14)",
	"extent/completely false, false":                        "a stressing 'completely' reads as an evaluative change (predates 04b0e14)",
	"outlets/speaking to the BBC, speaking to Al Jazeera":   "one outlet for another is given the entity facet, not attribution (predates 04b0e14)",
	"outlets/speaking to Parliament, told lawmakers":        "a body told by its members is given the entity facet (predates 04b0e14)",
	"chrome/The opinions expressed here do not refle":       "the opinions pattern is not anchored to a line of its own, as the views pattern was not: a minister's sentence that says it is read as chrome",
	"likely/uncertain, certain":                             "'uncertain' → 'certain' is not reported (predates 04b0e14)",
	"dateline/AFP spelt out with a hyphen":                  "'Agence France-Presse' is read as names besides the credit (predates 04b0e14)",
	"dateline/TASS as ITAR-TASS":                            "'ITAR-TASS' is read as a name besides the credit (predates 04b0e14)",
	"dateline/credit dropped, region in brackets":           "a region in brackets ('(J&K)') is read as a name (predates 04b0e14)",
	"purpose/meant to begin, scheduled to begin":            "'meant to' is a purpose and 'scheduled to' a timetable, two classes",
	"purpose/supposed to have fled, believed to have fled":  "'supposed to have' is hearsay and 'believed' a belief, two classes",
	"purpose/meant to, designed to":                         "'designed to' is left out of the purposes: it gave a false alarm on set25 ('designed to hold 600 inmates')",
	"survey/the survey's authors, Afrobarometer":            "the authors of a survey named by the survey's name are read as another source (predates 04b0e14)",
	"modal/should, must":                                    "'should' and 'must' are one class (predates 04b0e14)",
	"bounds/close to two crossings, near two crossings":     "'close to two' is read as a bound of the count; leaving 'close to' out would break 'almost' → 'close to'",
	"bounds/more than four, fewer than four":                "a bound turned the other way before a number word is reported twice, as number and wording",
	"loaded/opaque bags, literal":                           "'opaque' used of things is read as a judgement: the lexicon knows no sense",
	"deadline/by the afternoon, by this afternoon (future)": "in a sentence about what is to come a deadline's day told is a claim (futureWords), this one included",
	"headline/utility denies sabotage, confirms sabotage":   "a denial turned confirmation is reported as negation and modality both (predates 04b0e14)",
}

func runReview16(t *testing.T, group string, tests []mechanismCase) {
	t.Helper()
	runLimitedProbes(t, group, tests, review16Limits)
}

// runLimitedProbes runs review probes of one group: each case's sorted
// material findings against its expectation; a case listed in limits (by
// "group/name") is skipped with the answer got, and logs when it starts
// to pass.
func runLimitedProbes(t *testing.T, group string, tests []mechanismCase, limits map[string]string) {
	t.Helper()
	t.Run(group, func(t *testing.T) {
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				c := Compare(doc(tt.ref...), doc(tt.ver...))
				got := slices.Clone(materialOf(c))
				want := slices.Clone(tt.want)
				slices.Sort(got)
				slices.Sort(want)
				if len(got) == 0 {
					got = nil
				}
				if len(want) == 0 {
					want = nil
				}
				if why, known := limits[group+"/"+tt.name]; known {
					if reflect.DeepEqual(got, want) {
						t.Logf("known miss now passes: remove it from the limits (%s)", why)
						return
					}
					t.Skipf("known miss (%s): got %v, want %v", why, got, want)
				}
				if !reflect.DeepEqual(got, want) {
					t.Logf("version read as %s", c.Summary.Version)
					for _, d := range c.Divergences {
						t.Logf("%s %s %v %q | %q | %s", d.Kind, d.Facet, d.Material, d.RefText, d.VerText, d.Detail)
					}
					t.Errorf("material = %v, want %v", got, want)
				}
			})
		}
	})
}

func runReview16Boiler(t *testing.T, group string, tests []boilerCase) {
	t.Helper()
	t.Run(group, func(t *testing.T) {
		for _, tt := range tests {
			name := tt.text
			if len(name) > 40 {
				name = name[:40]
			}
			t.Run(name, func(t *testing.T) {
				if got := IsBoilerplate(tt.text); got != tt.want {
					t.Errorf("IsBoilerplate(%q) = %v, want %v", tt.text, got, tt.want)
				}
			})
		}
	})
}

func TestReview16(t *testing.T) {
	// --- sameMeasure: metric units of one family ---------------------
	seize := wrapBetween("Customs seize ivory and drugs at Mombasa port", "The shipment was bound for Vietnam, officials said.")
	rain := wrapBetween("Floods hit coastal towns", "The weather service warned of more rain on Thursday.")
	grid := wrapBetween("New power plant for Zambia", "The project is financed by a consortium of Chinese banks, the ministry said.")
	runReview16(t, "metric", []mechanismCase{
		{"grams as kilograms", seize("Officers found 500 grams of heroin hidden in a spare tyre, police said."),
			seize("Officers found 0.5 kilograms of heroin hidden in a spare tyre, police said."), nil},
		{"kg as tonnes", seize("Customs officers seized 3,400 kg of ivory at Mombasa port on Friday."),
			seize("Customs officers seized 3.4 tonnes of ivory at Mombasa port on Friday."), nil},
		{"tenfold slip in conversion", seize("Customs officers seized 3.4 tonnes of ivory at Mombasa port on Friday."),
			seize("Customs officers seized 34,000 kilograms of ivory at Mombasa port on Friday."), []string{"altered number"}},
		{"rounded in conversion", seize("Customs officers seized 1.25 tonnes of ivory at Mombasa port on Friday."),
			seize("Customs officers seized 1,200 kilograms of ivory at Mombasa port on Friday."), []string{"altered number"}},
		{"millimetres as centimetres", rain("The town received 120 millimetres of rain in 24 hours, the weather service said."),
			rain("The town received 12 centimetres of rain in 24 hours, the weather service said."), nil},
		{"MW as GW abbreviations", grid("The plant will add 1,500 MW to the national grid when it opens in 2027."),
			grid("The plant will add 1.5 GW to the national grid when it opens in 2027."), nil},
		{"metres as km", rain("Residents within 3,000 metres of the river were told to leave their homes."),
			rain("Residents within 3 km of the river were told to leave their homes."), nil},
		{"millilitres as litres", seize("Each kit holds 500 millilitres of rehydration solution, the agency said."),
			seize("Each kit holds 0.5 litres of rehydration solution, the agency said."), nil},
		{"km stretch to metre stretch, another value", rain("A 2.5-kilometre stretch of the coastal road was washed away, police said."),
			rain("A 250-metre stretch of the coastal road was washed away, police said."), []string{"altered number"}},
		{"kilowatts to megawatts", grid("Each of the village mini-grids will supply 50 kilowatts, the ministry said."),
			grid("Each of the village mini-grids will supply 50 megawatts, the ministry said."), []string{"altered number"}},
	})

	// --- 'May' in spans of months -------------------------------------
	rains := wrapBetween("Poor rains in Kenya", "The ministry said it would distribute seed to 200,000 farmers.")
	runReview16(t, "may", []mechanismCase{
		{"from May to July, June to July", rains("The long rains, which usually fall from May to July, were 40 percent below average, the met department said."),
			rains("The long rains, which usually fall from June to July, were 40 percent below average, the met department said."), []string{"altered date"}},
		{"May to July at sentence start", rains("May to July is usually the busiest season for safari lodges, the tourism board said."),
			rains("June to August is usually the busiest season for safari lodges, the tourism board said."), []string{"altered date"}},
		{"between March and May, March and April", rains("Rainfall between March and May was 40 percent below average, the met department said."),
			rains("Rainfall between March and April was 40 percent below average, the met department said."), []string{"altered date"}},
		{"between May and Corbyn", []string{"Debate draws big audience", "The televised debate between May and Corbyn drew 9 million viewers, the broadcaster said.", "Both leaders clashed over Brexit and the health service."},
			[]string{"Debate draws big audience", "The televised debate between Theresa May and Jeremy Corbyn drew 9 million viewers, the broadcaster said.", "Both leaders clashed over Brexit and the health service."}, nil},
		{"may and may not, lower case", rains("Farmers may or may not be able to plant before July, the met department said."),
			rains("Farmers may or may not be able to plant before August, the met department said."), []string{"altered date"}},
	})

	// --- a measure's stage in a retelling ------------------------------
	levyRef := func(a string) []string {
		return []string{"Kenya parliament acts on fuel levy", a,
			"The measure is expected to raise about 40 billion shillings a year, Treasury Secretary John Mbadi told lawmakers.",
			"Transport unions said the increase would push up bus fares across the country.",
			"The levy will take effect on July 1, the Treasury said."}
	}
	levyVer := func(a string) []string {
		return []string{"Fuel levy rise for Kenya", a,
			"Treasury Secretary John Mbadi told legislators the measure should bring in around 40 billion shillings annually.",
			"Unions representing transport workers warned that bus fares would go up nationwide.",
			"According to the Treasury, the levy takes effect on July 1."}
	}
	levy := "NAIROBI, May 6 (Reuters) - Kenya's parliament on Tuesday approved a bill raising the fuel levy by 5 shillings a litre to fund road repairs."
	runReview16(t, "stage", []mechanismCase{
		{"retelling control", levyRef(levy),
			levyVer("Kenya's parliament on Tuesday approved legislation that raises the fuel levy by 5 shillings a litre to pay for road repairs."), nil},
		{"approved as passed", levyRef(levy),
			levyVer("Kenyan lawmakers on Tuesday passed legislation that raises the fuel levy by 5 shillings a litre to pay for road repairs."), nil},
		{"approved as rejected", levyRef(levy),
			levyVer("Kenyan lawmakers on Tuesday rejected legislation that would raise the fuel levy by 5 shillings a litre to pay for road repairs."), []string{"altered wording"}},
		{"approved as tabled", levyRef(levy),
			levyVer("Kenyan lawmakers on Tuesday tabled legislation that would raise the fuel levy by 5 shillings a litre to pay for road repairs."), []string{"altered wording"}},
		{"approved as adopted", levyRef(levy),
			levyVer("Kenyan lawmakers on Tuesday adopted legislation that raises the fuel levy by 5 shillings a litre to pay for road repairs."), nil},
		{"recommended as proposed, copy", wrapBetween("Fuel levy review", "The Treasury will respond within 30 days.")("A parliamentary committee recommended raising the fuel levy by 5 shillings a litre on Tuesday."),
			wrapBetween("Fuel levy review", "The Treasury will respond within 30 days.")("A parliamentary committee proposed raising the fuel levy by 5 shillings a litre on Tuesday."), nil},
	})

	// --- begun → done ---------------------------------------------------
	flood := wrapBetween("Malawi floods", "The government has appealed for international aid.")
	runReview16(t, "begun", []mechanismCase{
		{"began evacuating, evacuated", flood("Soldiers began evacuating families from low-lying villages along the Shire River on Sunday, officials said."),
			flood("Soldiers evacuated families from low-lying villages along the Shire River on Sunday, officials said."), []string{"altered wording"}},
		{"started to rebuild, rebuilt", flood("Residents started to rebuild the washed-away footbridge at Makhanga on Monday."),
			flood("Residents rebuilt the washed-away footbridge at Makhanga on Monday."), []string{"altered wording"}},
		{"began negotiating, negotiated", flood("The two sides began negotiating a ceasefire in Lilongwe on Thursday, mediators said."),
			flood("The two sides negotiated a ceasefire in Lilongwe on Thursday, mediators said."), []string{"altered wording"}},
		{"began casting at, cast from", flood("Voters began casting ballots at 6 a.m. at more than 4,000 polling stations, the electoral commission said."),
			flood("Voters cast ballots from 6 a.m. at more than 4,000 polling stations, the electoral commission said."), nil},
		{"prices began rising in March, rose in March", flood("Food prices began rising in March after the harvest failed, the statistics office said."),
			flood("Food prices rose in March after the harvest failed, the statistics office said."), nil},
		{"rain started falling at noon, fell from noon", flood("Heavy rain started falling at noon on Saturday and did not stop for 30 hours, residents said."),
			flood("Heavy rain fell from noon on Saturday and did not stop for 30 hours, residents said."), nil},
		{"began selling, began to sell", flood("The state grain agency began selling maize at subsidised prices on Monday."),
			flood("The state grain agency began to sell maize at subsidised prices on Monday."), nil},
		{"began investigating, is investigating", flood("Police began investigating the collapse of the dyke on Monday."),
			flood("Police are investigating the collapse of the dyke, which gave way on Monday."), nil},
		{"began withdrawing beside a new figure", flood("Troops began withdrawing from the town on Friday, leaving about 200 soldiers behind, the army said."),
			flood("Troops withdrew from the town on Friday, leaving about 300 soldiers behind, the army said."), []string{"altered number", "altered wording"}},
	})

	// --- reversed predicates and antonyms -------------------------------
	air := func(dl, a, day string) []string {
		return []string{"Uganda Airlines and Juba", dl + " " + a + ", the carrier said on " + day + ".",
			"About 2,000 passengers were affected, it said."}
	}
	runReview16(t, "reversed", []mechanismCase{
		{"suspended, resumed beside a date", air("KAMPALA, Jan 9 (Reuters) -", "Uganda Airlines has suspended flights to Juba after clashes near the airport", "Thursday"),
			air("KAMPALA, Jan 10 (Reuters) -", "Uganda Airlines has resumed flights to Juba after clashes near the airport", "Friday"),
			[]string{"altered date", "altered wording"}},
		{"halted, resumed beside a date", air("KAMPALA, Jan 9 (Reuters) -", "Uganda Airlines has halted its cargo service to Juba after clashes near the airport", "Thursday"),
			air("KAMPALA, Jan 10 (Reuters) -", "Uganda Airlines has resumed its cargo service to Juba after clashes near the airport", "Friday"),
			[]string{"altered date", "altered wording"}},
		{"closed, shut beside a date", air("KAMPALA, Jan 9 (Reuters) -", "Uganda Airlines has closed its Juba office after clashes near the airport", "Thursday"),
			air("KAMPALA, Jan 10 (Reuters) -", "Uganda Airlines has shut its Juba office after clashes near the airport", "Friday"),
			[]string{"altered date"}},
		{"not reopened, remained closed", flood("Schools in the district have not reopened since the floods, officials said."),
			flood("Schools in the district have remained closed since the floods, officials said."), nil},
		{"remain suspended, have not resumed", flood("Flights to Blantyre remain suspended because of the flooded runway, the airport said."),
			flood("Flights to Blantyre have not resumed because of the flooded runway, the airport said."), nil},
		{"was not closed, was reopened", flood("The border post at Mwanza was not closed during the floods, officials said."),
			flood("The border post at Mwanza was reopened during the floods, officials said."), []string{"altered negation"}},
		{"talks not suspended, talks resumed", flood("Talks between the government and donors were not suspended on Monday, officials said."),
			flood("Talks between the government and donors resumed on Monday, officials said."), []string{"altered negation"}},
	})

	// --- verb intensity --------------------------------------------------
	tunis := wrapBetween("Crackdown in Tunis", "The interior ministry did not respond to a request for comment.")
	runReview16(t, "intensity", []mechanismCase{
		{"denounced, criticised", tunis("Rights groups denounced the arrests of 14 activists as politically motivated."),
			tunis("Rights groups criticised the arrests of 14 activists as politically motivated."), []string{"altered wording"}},
		{"crippled, disrupted", tunis("The cyberattack crippled the port's cargo system for two days, officials said."),
			tunis("The cyberattack disrupted the port's cargo system for two days, officials said."), []string{"altered wording"}},
		{"condemned, denounced", tunis("Rights groups condemned the arrests of 14 activists as politically motivated."),
			tunis("Rights groups denounced the arrests of 14 activists as politically motivated."), nil},
		{"condemned, condemns", tunis("The African Union condemned the arrests of 14 activists in a statement."),
			tunis("The African Union condemns the arrests of 14 activists, it said in a statement."), nil},
		{"condemned to death, sentenced to death", tunis("A military court condemned the two men to death on Monday, their lawyer said."),
			tunis("A military court sentenced the two men to death on Monday, their lawyer said."), nil},
		{"severely disrupted, crippled", tunis("Heavy snow severely disrupted rail services across the north on Monday."),
			tunis("Heavy snow crippled rail services across the north on Monday."), nil},
		{"paralyzed, paralysed", tunis("A strike by dockers paralyzed the port for six hours on Friday."),
			tunis("A strike by dockers paralysed the port for six hours on Friday."), nil},
	})

	// --- extent qualifiers -------------------------------------------------
	slide := wrapBetween("Landslide on the A1", "Engineers will inspect the slope again next week.")
	runReview16(t, "extent", []mechanismCase{
		{"partly reopened, reopened", slide("The highway was partly reopened to traffic on Tuesday after crews cleared the debris, police said."),
			slide("The highway was reopened to traffic on Tuesday after crews cleared the debris, police said."), []string{"altered wording"}},
		{"completely destroyed, destroyed", slide("The landslide completely destroyed four houses at the foot of the hill, police said."),
			slide("The landslide destroyed four houses at the foot of the hill, police said."), nil},
		{"fully vaccinated, vaccinated", slide("Only 30 percent of children in the district are fully vaccinated against measles, health officials said."),
			slide("Only 30 percent of children in the district are vaccinated against measles, health officials said."), []string{"altered wording"}},
		{"partly due to, due to", slide("The delay in clearing the road was partly due to heavy rain, the contractor said."),
			slide("The delay in clearing the road was due to heavy rain, the contractor said."), []string{"altered wording"}},
		{"largely destroyed, destroyed", slide("The landslide largely destroyed the village school, police said."),
			slide("The landslide destroyed the village school, police said."), []string{"altered wording"}},
		{"in part, partly", slide("The collapse was due in part to illegal quarrying on the slope, the contractor said."),
			slide("The collapse was partly due to illegal quarrying on the slope, the contractor said."), nil},
		{"completely, fully restored", slide("Power to the valley has been completely restored, the utility said."),
			slide("Power to the valley has been fully restored, the utility said."), nil},
		{"completely false, false", slide("The transport minister said claims that warnings had been ignored were completely false."),
			slide("The transport minister said claims that warnings had been ignored were false."), nil},
		{"fully aware, aware", slide("The contractor said it was fully aware of the risks posed by the slope."),
			slide("The contractor said it was aware of the risks posed by the slope."), nil},
	})

	// --- outlets spoken to ---------------------------------------------------
	acc := wrapBetween("Nairobi bus crash", "The bus was carrying 52 passengers, police said.")
	runReview16(t, "outlets", []mechanismCase{
		{"speaking to the BBC, told the BBC", acc(`"The brakes failed on the hill," said Peter Otieno, a survivor, speaking to the BBC.`),
			acc(`"The brakes failed on the hill," Peter Otieno, a survivor, told the BBC.`), nil},
		{"speaking to the BBC, speaking to Al Jazeera", acc(`"The brakes failed on the hill," said Peter Otieno, a survivor, speaking to the BBC.`),
			acc(`"The brakes failed on the hill," said Peter Otieno, a survivor, speaking to Al Jazeera.`), []string{"altered attribution"}},
		{"speaking to reporters, said", acc(`"The brakes failed on the hill," said Peter Otieno, a survivor, speaking to reporters at the hospital.`),
			acc(`"The brakes failed on the hill," said Peter Otieno, a survivor, at the hospital.`), nil},
		{"speaking to a named person in the event", acc("The conductor was speaking to Mary Wanjiku when the bus left the road, police said."),
			acc("The conductor was speaking to Grace Wanjiku when the bus left the road, police said."), []string{"altered entity"}},
		{"speaking to Parliament, told lawmakers", acc(`"We will not raise taxes this year," Finance Minister Ama Serwaa said, speaking to Parliament.`),
			acc(`"We will not raise taxes this year," Finance Minister Ama Serwaa told lawmakers.`), nil},
		{"speaking to CNN's anchor, told CNN", acc(`"We will not raise taxes this year," Finance Minister Ama Serwaa said, speaking to CNN's Christiane Amanpour.`),
			acc(`"We will not raise taxes this year," Finance Minister Ama Serwaa told CNN.`), nil},
		{"talking to local radio, said", acc(`"The driver was going too fast," a witness said, talking to local radio.`),
			acc(`"The driver was going too fast," a witness said.`), nil},
		{"told a news conference, told reporters", acc(`"The driver had no licence," police chief Japhet Koome told a news conference.`),
			acc(`"The driver had no licence," police chief Japhet Koome told reporters.`), nil},
	})

	// --- time stamps and disclaimers as chrome ---------------------------
	runReview16Boiler(t, "chrome", []boilerCase{
		{"Updated: 21/11 17:48", true},
		{"Published: 05/03 08:10 - Source: Xinhua", true},
		{"Posted 12/4 09:30 | Source: Reuters", true},
		{"Last updated 3/4", true},
		{"Published: 21/11 17:48 - Source: Vietnam News Agency", true},
		{"Published: 21/11 17:48 - Source: VNA/VOV", true},
		{"Updated 3/4: the death toll rose to 12.", false},
		{"Updated figures for 21/11 show 14 new cases.", false},
		{"The opinions expressed in this column are the author's own and do not reflect the views of Daily Monitor.", true},
		{"Opinions expressed by contributors do not necessarily reflect those of the publication.", true},
		{"Views and opinions expressed in this article are those of the author and do not necessarily reflect the official policy of the newspaper.", true},
		{"The opinions expressed here do not reflect the position of the government, the minister told lawmakers.", false},
		{"Opinions expressed in the survey were sharply divided, researchers said.", false},
	})

	// --- mojibake at a word's end ---------------------------------------------
	vil := wrapBetween("Lithuania budget", "Parliament will vote on the budget in December.")
	runReview16(t, "mojibake", []mechanismCase{
		{"ė at a surname's end", vil("Prime Minister Ingrida Šimonytė said the deficit would narrow to 2.5 percent next year."),
			vil("Prime Minister Ingrida Å imonytÄ— said the deficit would narrow to 2.5 percent next year."), nil},
		{"ė in a given name and surname", vil("Finance Minister Gintarė Skaistė said spending on defence would rise."),
			vil("Finance Minister GintarÄ— SkaistÄ— said spending on defence would rise."), nil},
	})

	// --- likelihood words as modality --------------------------------------
	bank := wrapBetween("Cooperative run in Asunción", "The regulator appointed an administrator on Tuesday.")
	runReview16(t, "likely", []mechanismCase{
		{"improbable, probable", bank("Scientists said it was improbable that the outbreak would reach the capital."),
			bank("Scientists said it was probable that the outbreak would reach the capital."), []string{"altered modality"}},
		{"uncertain, certain", bank("Analysts said it was uncertain whether the central bank would cut rates in March."),
			bank("Analysts said it was certain that the central bank would cut rates in March."), []string{"altered modality"}},
		{"unlikely, not likely", bank("Economists said the problems were unlikely to spread to other lenders."),
			bank("Economists said the problems were not likely to spread to other lenders."), nil},
		{"a deal unlikely, likely", bank("A rescue deal is unlikely before the weekend, two people familiar with the talks said."),
			bank("A rescue deal is likely before the weekend, two people familiar with the talks said."), []string{"altered modality"}},
	})

	// --- an amount's share of a whole -------------------------------------------
	cut := wrapBetween("Job cuts and exports", "Unions said they would challenge the decision in court.")
	runReview16(t, "share", []mechanismCase{
		{"share of them in a place, two claims", cut("The cyclone destroyed 1,200 homes, 30 percent of them in Beira, the disaster agency said."),
			cut("The cyclone destroyed 1,500 homes, 45 percent of them in Beira, the disaster agency said."), []string{"altered number", "altered number"}},
		{"percent of which, two claims", cut("Exports rose to $4 billion last year, 12 percent of which went to China, the ministry said."),
			cut("Exports rose to $5 billion last year, 20 percent of which went to China, the ministry said."), []string{"altered number", "altered number"}},
		{"jobs and their share, one claim", cut("The firm will cut 1,200 jobs, about 8 percent of its workforce, by March."),
			cut("The firm will cut 1,800 jobs, about 12 percent of its workforce, by March."), []string{"altered number"}},
		{"share alone changed", cut("The firm will cut 1,200 jobs, about 8 percent of its workforce, by March."),
			cut("The firm will cut 1,200 jobs, about 12 percent of its workforce, by March."), []string{"altered number"}},
		// An amount restated after "or" is counted apart by the set6
		// labels: two claims.
		{"or before the share, two claims", cut("The ministry will spend 180 billion shillings, or 6 per cent of the budget, on roads."),
			cut("The ministry will spend 240 billion shillings, or 8 per cent of the budget, on roads."), []string{"altered number", "altered number"}},
		{"share with a percent sign, one claim", cut("The council overspent by $4.2 million, roughly 3% of its annual budget, auditors said."),
			cut("The council overspent by $6 million, roughly 4% of its annual budget, auditors said."), []string{"altered number"}},
	})

	// --- given names spelt one letter apart ---------------------------------
	mad := wrapBetween("Cholera in Madrid suburb", "The city has opened two treatment centres.")
	runReview16(t, "nearname", []mechanismCase{
		{"Maria, Mario", mad("Health Minister Maria Lopez said 14 new cases had been confirmed."),
			mad("Health Minister Mario Lopez said 14 new cases had been confirmed."), []string{"altered entity"}},
		{"Anna, Hanna", mad("Police spokeswoman Anna Kowalski said the water supply had been cut off."),
			mad("Police spokeswoman Hanna Kowalski said the water supply had been cut off."), []string{"altered entity"}},
		{"another given name", mad("Police spokeswoman Anna Kowalski said the water supply had been cut off."),
			mad("Police spokeswoman Beata Kowalski said the water supply had been cut off."), []string{"altered attribution"}},
	})

	// --- dateline credits swapped in copies ----------------------------------
	dl := func(d string) []string {
		return []string{"Drought cuts hydropower output",
			d + " Hydropower output fell by a third in the first half of the year because of drought, the energy ministry said.",
			"The ministry said it would import electricity from neighbouring countries until the rains return.",
			"Factories have cut shifts because of daily power cuts of up to 10 hours."}
	}
	runReview16(t, "dateline", []mechanismCase{
		{"Reuters, AFP", dl("LUSAKA, July 9 (Reuters) -"), dl("LUSAKA, July 9 (AFP) -"), []string{"altered attribution"}},
		{"AFP spelt out with a hyphen", dl("LUSAKA, July 9 (AFP) -"), dl("LUSAKA, July 9 (Agence France-Presse) -"), nil},
		{"Anadolu as AA", dl("ANKARA, July 9 (Anadolu) -"), dl("ANKARA, July 9 (AA) -"), nil},
		{"TASS as ITAR-TASS", dl("MOSCOW, July 9 (TASS) -"), dl("MOSCOW, July 9 (ITAR-TASS) -"), nil},
		{"credit dropped, region in brackets", dl("SRINAGAR, July 9 (IANS) -"), dl("SRINAGAR (J&K), July 9 -"), nil},
		{"PTI spelt out", dl("NEW DELHI, July 9 (PTI) -"), dl("NEW DELHI, July 9 (Press Trust of India) -"), nil},
		{"dpa restyled", dl("BERLIN, July 9 (dpa) -"), dl("BERLIN, July 9 (DPA) -"), nil},
		{"AP as The Associated Press", dl("LUSAKA, July 9 (AP) -"), dl("LUSAKA, July 9 (The Associated Press) -"), nil},
	})

	// --- purpose: meant to, supposed to ----------------------------------
	hosp := wrapBetween("Hospital delays in Accra", "The contractor blamed late payments for the delays.")
	runReview16(t, "purpose", []mechanismCase{
		{"supposed to open, opened", hosp("The $300 million hospital was supposed to open in 2021, the auditor-general said."),
			hosp("The $300 million hospital opened in 2021, the auditor-general said."), []string{"altered modality"}},
		{"meant to begin, scheduled to begin", hosp("The hearing was meant to begin at 10 a.m. but was delayed by a power cut."),
			hosp("The hearing was scheduled to begin at 10 a.m. but was delayed by a power cut."), nil},
		{"supposed to have fled, believed to have fled", hosp("The contractor's director is supposed to have fled to Togo, police said."),
			hosp("The contractor's director is believed to have fled to Togo, police said."), nil},
		{"meant to, intended to", hosp("The levy is meant to fund the completion of 12 district hospitals."),
			hosp("The levy is intended to fund the completion of 12 district hospitals."), nil},
		{"meant to, designed to", hosp("The new sea wall is meant to keep floodwater out of the hospital grounds."),
			hosp("The new sea wall is designed to keep floodwater out of the hospital grounds."), nil},
	})

	// --- speaker beside a survey credit ---------------------------------------
	stunt := wrapBetween("Child stunting in Uganda", "The government plans to expand school feeding next year.")
	runReview16(t, "survey", []mechanismCase{
		{"the university said, the ministry said", stunt("A study by Makerere University found that one in five children in the district were stunted, the university said."),
			stunt("A study by Makerere University found that one in five children in the district were stunted, the health ministry said."), []string{"altered attribution"}},
		{"the bank, the World Bank", stunt("A report by the World Bank found that poverty in the district fell to 21 percent, the bank said."),
			stunt("A report by the World Bank found that poverty in the district fell to 21 percent, the World Bank said."), nil},
		{"Gallup said, it said", stunt("A poll by Gallup found 62 percent of voters backed the plan, Gallup said."),
			stunt("A poll by Gallup found 62 percent of voters backed the plan, it said."), nil},
		{"the survey's authors, Afrobarometer", stunt("An Afrobarometer survey found 58 percent of Ugandans distrust the police, the survey's authors said."),
			stunt("An Afrobarometer survey found 58 percent of Ugandans distrust the police, Afrobarometer said."), nil},
	})

	// --- a modal swapped in place --------------------------------------------
	dam := wrapBetween("Dam fears in Mozambique", "More surveys are planned, officials said.")
	runReview16(t, "modal", []mechanismCase{
		{"could, will beside another could", dam("Engineers said the dam could hold, but warned that more rain could force the release of water downstream."),
			dam("Engineers said the dam could hold, but warned that more rain will force the release of water downstream."), []string{"altered modality"}},
		{"may, might beside another may", dam("Officials said schools may reopen next week, but exams may be delayed."),
			dam("Officials said schools may reopen next week, but exams might be delayed."), nil},
		{"would, will in reported speech", dam("The minister said the company would cut 200 jobs and would close two plants."),
			dam("The minister said the company would cut 200 jobs and will close two plants."), nil},
		{"should, must", dam("Residents should boil water and should avoid the river, officials said."),
			dam("Residents should boil water and must avoid the river, officials said."), []string{"altered modality"}},
		{"could, can of a general property", dam("Officials said the virus could spread quickly and could reach the capital within weeks."),
			dam("Officials said the virus can spread quickly and could reach the capital within weeks."), nil},
		{"will, would in reported speech", dam("He said the government will raise wages and will cut fuel prices in March."),
			dam("He said the government will raise wages and would cut fuel prices in March."), nil},
	})

	// --- bounds before number words ------------------------------------------
	hear := wrapBetween("Trial of former minister", "The trial resumes on Monday.")
	runReview16(t, "bounds", []mechanismCase{
		{"nearly five hours, five hours", hear("The hearing lasted nearly five hours on Thursday, lawyers said."),
			hear("The hearing lasted five hours on Thursday, lawyers said."), []string{"altered number"}},
		{"almost three weeks, close to three weeks", hear("The defence spent almost three weeks questioning the witness."),
			hear("The defence spent close to three weeks questioning the witness."), nil},
		{"just over two years, more than two years", hear("The former minister has been held for just over two years without bail."),
			hear("The former minister has been held for more than two years without bail."), nil},
		{"less than two weeks, under two weeks", hear("The verdict is expected in less than two weeks, lawyers said."),
			hear("The verdict is expected in under two weeks, lawyers said."), nil},
		{"just over three weeks, over three weeks", hear("The trial has lasted just over three weeks so far."),
			hear("The trial has lasted over three weeks so far."), nil},
		{"close to two crossings, near two crossings", hear("The former minister's farm is close to two border crossings, prosecutors said."),
			hear("The former minister's farm lies near two border crossings, prosecutors said."), nil},
		{"no fewer than six, at least six", hear("No fewer than six witnesses have testified against him."),
			hear("At least six witnesses have testified against him."), nil},
		{"nearly two-thirds, almost two-thirds", hear("Nearly two-thirds of the charges relate to a road contract."),
			hear("Almost two-thirds of the charges relate to a road contract."), nil},
		{"more than four, fewer than four", hear("The hearing lasted more than four hours on Thursday, lawyers said."),
			hear("The hearing lasted fewer than four hours on Thursday, lawyers said."), []string{"altered number"}},
	})

	// --- a name swapped in place ------------------------------------------
	runReview16(t, "inplace", []mechanismCase{
		{"farmer in Kisumu, farmer in Kisii",
			[]string{"Floods hit western Kenya", "Floods have hit Kisumu and Kisii counties, displacing 4,000 people.", `"We lost everything," said Jane Atieno, a farmer in Kisumu.`},
			[]string{"Floods hit western Kenya", "Floods have hit Kisumu and Kisii counties, displacing 4,000 people.", `"We lost everything," said Jane Atieno, a farmer in Kisii.`},
			[]string{"altered entity"}},
		{"Russia, Moscow",
			[]string{"Kremlin warns over sanctions", "The European Union agreed new sanctions against Russia on Monday.", "The Kremlin said on Monday that Russia would respond in kind, without giving details.", "Moscow has faced EU sanctions since 2014."},
			[]string{"Kremlin warns over sanctions", "The European Union agreed new sanctions against Russia on Monday.", "The Kremlin said on Monday that Moscow would respond in kind, without giving details.", "Moscow has faced EU sanctions since 2014."},
			nil},
		{"China, Beijing",
			[]string{"Trade row deepens", "The United States raised tariffs on Chinese steel on Tuesday.", "A commerce ministry spokesman said on Wednesday that China would take firm countermeasures.", "Beijing has denied dumping steel on world markets."},
			[]string{"Trade row deepens", "The United States raised tariffs on Chinese steel on Tuesday.", "A commerce ministry spokesman said on Wednesday that Beijing would take firm countermeasures.", "Beijing has denied dumping steel on world markets."},
			nil},
		{"surname alone",
			[]string{"Family to appeal ruling", "Lawyer John Mbeki said the family would appeal.", "The ruling was criticised by John Mbeki, a lawyer for the family, on Friday."},
			[]string{"Family to appeal ruling", "Lawyer John Mbeki said the family would appeal.", "The ruling was criticised by Mbeki, a lawyer for the family, on Friday."},
			nil},
		{"spokesman swapped, both named elsewhere",
			[]string{"Clashes in Tripoli", "Interior ministry spokesman Ali Hamza and army spokesman Omar Salem gave conflicting tolls.", "At least 12 people were killed, said Ali Hamza, speaking on Sunday."},
			[]string{"Clashes in Tripoli", "Interior ministry spokesman Ali Hamza and army spokesman Omar Salem gave conflicting tolls.", "At least 12 people were killed, said Omar Salem, speaking on Sunday."},
			[]string{"altered attribution"}},
	})

	// --- loaded words ---------------------------------------------------
	camp := wrapBetween("Refugees in Goma", "Aid agencies said supplies would improve.")
	runReview16(t, "loaded", []mechanismCase{
		{"opaque bags, literal", camp("Police found the drugs wrapped in opaque plastic bags inside the truck."),
			camp("Police found the drugs wrapped in plastic bags inside the truck."), nil},
		{"pioneering surgeon added", camp("The clinic was founded by surgeon Amina Yusuf in 2009."),
			camp("The clinic was founded by pioneering surgeon Amina Yusuf in 2009."), []string{"altered characterization"}},
		{"squalid camps added", camp("Thousands of families live in camps on the city's outskirts."),
			camp("Thousands of families live in squalid camps on the city's outskirts."), []string{"altered characterization"}},
	})

	// --- a deadline whose day is told on one side ----------------------
	mud := wrapBetween("Mudslide in Freetown", "Officials said the search would continue.")
	runReview16(t, "deadline", []mechanismCase{
		{"by the evening, by Tuesday evening (past)", mud("Rescuers had recovered 23 bodies by the evening, the Red Cross said."),
			mud("Rescuers had recovered 23 bodies by Tuesday evening, the Red Cross said."), nil},
		{"by the morning, by yesterday afternoon", mud("Rescuers had recovered 23 bodies by the morning, the Red Cross said."),
			mud("Rescuers had recovered 23 bodies by yesterday afternoon, the Red Cross said."), []string{"altered date"}},
		{"by evening, by Sunday evening", mud("By evening, more than 300 people had been moved to a school, officials said."),
			mud("By Sunday evening, more than 300 people had been moved to a school, officials said."), nil},
		{"by the afternoon, by this afternoon (future)", mud("Officials said the road would reopen by the afternoon."),
			mud("Officials said the road would reopen by this afternoon."), nil},
	})

	// --- 'some' before a figure ------------------------------------------
	runReview16(t, "some", []mechanismCase{
		{"some 300, about 300", mud("Some 300 volunteers joined the search on Tuesday, officials said."),
			mud("About 300 volunteers joined the search on Tuesday, officials said."), nil},
		{"in some 20 countries, about 20", mud("The charity works in some 20 countries, its director said."),
			mud("The charity works in about 20 countries, its director said."), nil},
		{"some two dozen, about two dozen", mud("Some two dozen homes were buried, officials said."),
			mud("About two dozen homes were buried, officials said."), nil},
	})

	// --- facets of sentences added or dropped -----------------------------
	mal := []string{"Audit of Malawi fertiliser scheme", "An audit found irregularities in the $30 million fertiliser subsidy scheme, officials said.", "The supplier denied wrongdoing."}
	plus := func(s string) []string { return append(slices.Clone(mal), s) }
	runReview16(t, "addedfacet", []mechanismCase{
		{"detained a named man", mal, plus("Police have since detained the supplier's chief executive, Jonas Berg."), []string{"added wording"}},
		{"talks held at a place", mal, plus("The talks took place at State House in Lilongwe."), []string{"added entity"}},
		{"appointed dropped", plus("President Lazarus Chakwera appointed Mary Banda as interim head of the scheme."), mal, []string{"dropped wording"}},
		{"key word inside a name", mal, plus("The Missing Persons Unit in Blantyre led the search."), []string{"added entity"}},
	})

	// --- headlines over one-sided hedges ---------------------------------
	body := []string{"GABORONE, March 3 - A fault at the Morupule B plant cut power to much of Botswana on Monday, the utility said.",
		"About 400,000 households were affected, it said.",
		"The utility said repairs would cost about 40 million pula.",
		"Hospitals ran on generators through the night."}
	news := []string{"GABORONE, March 3 - A fault at the Morupule B plant cut power to much of Botswana on Monday, the utility said.",
		"About 550,000 households were affected, it said.",
		"The utility said repairs would cost about 60 million pula.",
		"Hospitals ran on generators through the night, and 12 schools closed."}
	hd := func(h string, b []string) []string { return append([]string{h}, b...) }
	runReview16(t, "headline", []mechanismCase{
		{"same headline, body news",
			hd("Blackout hits much of Botswana after main plant trips", body), hd("Blackout hits much of Botswana after main plant trips", news),
			[]string{"altered number", "altered number", "altered number"}},
		{"utility denies sabotage, confirms sabotage",
			hd("Botswana utility denies sabotage caused blackout", body), hd("Botswana utility confirms sabotage caused blackout", news),
			[]string{"altered negation", "altered number", "altered number", "altered wording"}},
	})
}

// TestReview16Details checks details the sorted findings do not show.
func TestReview16Details(t *testing.T) {
	t.Run("reversed detail names both words", func(t *testing.T) {
		p := func(a string) []string {
			return []string{"Port of Beira", a, "About 40 ships were waiting offshore, the port said."}
		}
		c := Compare(doc(p("BEIRA, Feb 2 (Reuters) - Mozambique has suspended operations at the port of Beira because of a cyclone, the port authority said on Sunday.")...),
			doc(p("BEIRA, Feb 3 (Reuters) - Mozambique has resumed operations at the port of Beira after a cyclone, the port authority said on Monday.")...))
		var got []string
		for _, d := range c.Divergences {
			if d.Material {
				got = append(got, string(d.Facet)+": "+d.Detail)
			}
		}
		if !slices.ContainsFunc(got, func(s string) bool {
			return strings.HasPrefix(s, "wording: ") && strings.Contains(s, "suspended") && strings.Contains(s, "resumed")
		}) {
			t.Errorf("material findings %q, want a wording finding naming suspended and resumed", got)
		}
	})
}
