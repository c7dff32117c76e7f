package align

import (
	"reflect"
	"slices"
	"strings"
	"testing"
)

// mechanismCase is a reference and a version, each given as paragraphs,
// and the material divergences ("kind facet") expected between them.
type mechanismCase struct {
	name     string
	ref, ver []string
	want     []string
}

// runMechanismCases compares each case and checks its material
// divergences.
func runMechanismCases(t *testing.T, tests []mechanismCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := Compare(doc(tt.ref...), doc(tt.ver...))
			if got := materialOf(c); !reflect.DeepEqual(got, tt.want) {
				for _, d := range c.Divergences {
					t.Logf("%s %s %v %q | %q | %s", d.Kind, d.Facet, d.Material, d.RefText, d.VerText, d.Detail)
				}
				t.Errorf("material = %v, want %v", got, tt.want)
			}
		})
	}
}

// wrapBetween sets paragraph a between a headline and a closing
// paragraph kept the same on both sides.
func wrapBetween(head, tail string) func(string) []string {
	return func(a string) []string { return []string{head, a, tail} }
}

// boilerCase is a line and whether IsBoilerplate should call it site
// chrome.
type boilerCase struct {
	text string
	want bool
}

// runBoilerCases checks IsBoilerplate on each case.
func runBoilerCases(t *testing.T, tests []boilerCase) {
	t.Helper()
	for _, tt := range tests {
		if got := IsBoilerplate(tt.text); got != tt.want {
			t.Errorf("IsBoilerplate(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// TestToldAudience checks that naming who heard a statement ("she told
// the Gazette" for "she said") credits nobody new, while a swapped
// audience or another statement told to a new one is a change.
func TestToldAudience(t *testing.T) {
	runMechanismCases(t, []mechanismCase{
		{"outlet added after a pronoun",
			[]string{`"The water came up in minutes," he said.`},
			[]string{`"The water came up in minutes," he told the Riverside Courier.`}, nil},
		{"outlet added after a named speaker",
			[]string{"Fire chief Dana Olsen said the blaze was under control by midnight."},
			[]string{"Fire chief Dana Olsen told Coastal Radio the blaze was under control by midnight."}, nil},
		{"outlet added at the end",
			[]string{"The council will vote on the budget next month, spokesman Leo Fenn said."},
			[]string{"The council will vote on the budget next month, spokesman Leo Fenn told the Valley Herald."}, nil},
		{"audience swapped",
			[]string{"Mayor Ruth Kagame told the Daily Lantern the bridge would reopen in May."},
			[]string{"Mayor Ruth Kagame told Metro TV the bridge would reopen in May."},
			[]string{"altered attribution"}},
		{"new words told to a new audience",
			[]string{`"We expect him back on the pitch within a month," said coach Ben Tal.`},
			[]string{`"We expect him back on the pitch by the end of the season," coach Ben Tal told Sport Weekly.`},
			[]string{"altered quote", "altered attribution"}},
		{"retouched words told to a new audience",
			[]string{`Port director Ana Silva said the new crane was "the most important investment in a decade".`},
			[]string{`The new crane was "the single most important investment in a decade", port director Ana Silva told Harbour FM.`},
			[]string{"altered quote"}},
	})
}

// TestSiteChromeLines checks that lines a site wraps around a story
// (social and app promotions, log-in prompts, author notes, a headline
// above the lede, an agency's bracketed credit) are not claims.
func TestSiteChromeLines(t *testing.T) {
	ref := []string{
		"The county council approved a new cycle lane on Harbour Road on Monday.",
		"Work will start in September and cost about 2 million pounds.",
	}
	with := func(before, after []string) []string {
		return append(append(append([]string{}, before...), ref...), after...)
	}
	runMechanismCases(t, []mechanismCase{
		{"social promotion", ref, with(nil, []string{"Follow the Eastbridge Echo on Instagram and Threads for more local news."}), nil},
		{"app promotion", ref, with(nil, []string{"Download our Valley News 24 app to get breaking alerts."}), nil},
		{"log-in prompt", ref, with(nil, []string{"Already a member? Log in."}), nil},
		{"author note", ref, with(nil, []string{"Priya Natarajan is our transport reporter. She covers roads, rail and ports."}), nil},
		{"about the author", ref, with(nil, []string{"About the author: Tom Reyes writes on local politics for the Echo."}), nil},
		{"headline above the lede", ref, with([]string{"Council backs Harbour Road cycle lane"}, nil), nil},
		{"agency credit", with(nil, []string{"(KNA)"}), ref, nil},
		// A sentence about a reporter inside the story is a claim.
		{"reporter in the story", ref, with(nil, []string{"She covers the courts and was arrested outside the council offices on Tuesday."}),
			[]string{"added date"}},
	})
}

// TestNumberForms checks numbers written in other forms: a currency
// code before the number and the word "one" against the digit.
func TestNumberForms(t *testing.T) {
	runMechanismCases(t, []mechanismCase{
		{"rupee code and crore",
			[]string{"The firm reported a loss of Rs 120 crore in the quarter."},
			[]string{"The firm reported a loss of 1.2 billion rupees in the quarter."}, nil},
		{"one as a digit",
			[]string{"The striker has scored just one goal in six matches."},
			[]string{"The striker has scored just 1 goal in 6 matches."}, nil},
		{"one to a count",
			[]string{"The fire destroyed one house on Elm Street."},
			[]string{"The fire destroyed three houses on Elm Street."},
			[]string{"altered number"}},
		{"one of",
			[]string{"He is one of the longest-serving members of the board."},
			[]string{"He is among the longest-serving members of the board."}, nil},
		{"region in a dateline",
			[]string{"PORTVALE, Northland, May 3 (Wire) - Dockworkers began a 48-hour strike on Friday."},
			[]string{"PORTVALE, May 3 - Dockworkers began a 48-hour strike on Friday."}, nil},
	})
}

// TestSentenceClaimFacet checks the facet given to an added or dropped
// sentence: a forecast credited to unnamed sources is a modality, an
// order ("told jurors to…") credits nobody, and a speaker named before an
// appositive ("Jane Doe, a lawyer for the family, said") is a source,
// a common-noun source credited after the claim ("…, the operator
// said") leaves the claim's own fact as the facet, and a weekday placing
// a past event yields to the name, unlike a deadline or a plan. A
// sentence added or dropped whole is told by its claim, not its source,
// even when the claim has no fact of its own (wording).
func TestSentenceClaimFacet(t *testing.T) {
	keep := []string{
		"The port reopened on Monday after a two-day closure.",
		"Shipping lines said traffic would return to normal within days.",
	}
	plus := func(s string) []string { return append(append([]string{}, keep...), s) }
	runMechanismCases(t, []mechanismCase{
		{"forecast from unnamed sources", plus("Fuel prices may rise further this winter, analysts said."), keep,
			[]string{"dropped modality"}},
		{"forecast from the people familiar", plus("An agreement could be signed within weeks, two people familiar with the talks said."), keep,
			[]string{"dropped modality"}},
		{"forecast from a named source", keep, plus("Fuel prices may rise further this winter, harbour master Ivan Petrov said."),
			[]string{"added modality"}},
		{"forecast from a named source dropped", plus("Fuel prices may rise further this winter, harbour master Ivan Petrov said."), keep,
			[]string{"dropped modality"}},
		{"order told to someone", keep, plus("Harbour master Ivan Petrov told crews to stay clear of the breakwater."),
			[]string{"added entity"}},
		{"speaker before an appositive", plus("Ivan Petrov, the harbour master, said crews had worked through the night."),
			plus("Tomas Berg, the harbour master, said crews had worked through the night."), []string{"altered attribution"}},
		{"two speakers before an appositive", plus("Mira Holt and Dev Anand, who run the ferry service, said bookings had recovered."),
			plus("Ana Ruiz and Tom Hale, who run the ferry service, said bookings had recovered."), []string{"altered attribution"}},
		{"name as the appositive", plus("The port's operations chief, Lena Varga, said crews had worked through the night."),
			plus("The port's operations chief, Ivan Petrov, said crews had worked through the night."), []string{"altered entity"}}, // one role, another name
		{"speaker of a claim with no fact of its own", keep, plus("Ivan Petrov, the harbour master, said crews had worked through the night."),
			[]string{"added wording"}},
		{"deadline credited after the claim", plus("Ferries will resume sailings on Friday, the operator said."), keep,
			[]string{"dropped date"}},
		{"place credited after the claim", keep, plus("Divers recovered the anchor near Gull Island, the coastguard said."),
			[]string{"added entity"}},
		{"source leading the claim", keep, plus("The coastguard said divers had recovered the anchor near Gull Island."),
			[]string{"added entity"}},
		{"named person after the claim", keep, plus("Ferries will resume sailings on Friday, harbour master Ivan Petrov said."),
			[]string{"added date"}},
		{"named person after the claim dropped", plus("Ferries will resume sailings on Friday, harbour master Ivan Petrov said."), keep,
			[]string{"dropped date"}},
		{"past event on a weekday", keep, plus("Divers recovered a cargo container near Gull Island on Tuesday."),
			[]string{"added entity"}},
		{"deadline on a weekday", keep, plus("Operators at Gull Island have until Tuesday to file safety reports."),
			[]string{"added date"}},
		{"future event on a weekday", keep, plus("Divers will search the wreck near Gull Island on Tuesday."),
			[]string{"added date"}},
	})
}

// TestAppositiveNames checks a speaker named in apposition: another
// person in another role is a new source, another name in the same role
// is the name's change.
func TestAppositiveNames(t *testing.T) {
	runMechanismCases(t, []mechanismCase{
		{"other role, other name",
			[]string{"The library will close in June, the city's mayor, Omar Reid, said on Monday."},
			[]string{"The library will close in June, the library's director, Jo Park, said on Monday."},
			[]string{"altered attribution"}},
		{"same role, other name",
			[]string{"The team's captain, Sara Voss, said the players were ready."},
			[]string{"The team's captain, Sara Vos, said the players were ready."},
			[]string{"altered entity"}},
		{"same role, same name",
			[]string{"The team's captain, Sara Voss, said the players were ready."},
			[]string{"The players were ready, the team's captain, Sara Voss, said."}, nil},
	})
}

// TestNumberBounds checks that a bound given to or taken from an
// unchanged number is a change of the number, and that bounds written
// in other words are not.
func TestNumberBounds(t *testing.T) {
	runMechanismCases(t, []mechanismCase{
		{"bound dropped",
			[]string{"The floods have killed at least 23 people in the region."},
			[]string{"The floods have killed 23 people in the region."}, []string{"altered number"}},
		{"bound added",
			[]string{"Police said 40 officers were injured in the clashes."},
			[]string{"Police said up to 40 officers were injured in the clashes."}, []string{"altered number"}},
		{"bound turned",
			[]string{"The repairs will cost up to 5,000 dollars, the council said."},
			[]string{"The repairs will cost more than 5,000 dollars, the council said."}, []string{"altered number"}},
		{"bound in other words",
			[]string{"More than 300 coins were found at the site."},
			[]string{"Over 300 coins were found at the site."}, nil},
		{"bound written after",
			[]string{"The fire forced at least 200 residents from their homes."},
			[]string{"The fire forced 200 or more residents from their homes."}, nil},
	})
}

// TestSamePersonRetitled checks that one person credited with another
// description ("Kingsmere manager X" → "boss X") is the same source.
func TestSamePersonRetitled(t *testing.T) {
	runMechanismCases(t, []mechanismCase{
		{"club manager as boss",
			[]string{"Harford manager Tom Ellery said the squad was tired."},
			[]string{"Boss Tom Ellery said the squad was tired."}, nil},
		{"other person",
			[]string{"Harford manager Tom Ellery said the squad was tired."},
			[]string{"Harford manager Paul Ellery said the squad was tired."}, []string{"altered attribution"}},
		{"other role",
			[]string{"Harford manager Tom Ellery said the squad was tired."},
			[]string{"Harford captain Tom Ellery said the squad was tired."}, []string{"altered entity"}},
	})
}

// TestGluedCurrency checks currency codes written onto their numbers.
func TestGluedCurrency(t *testing.T) {
	for _, tt := range []struct{ in, key, text string }{
		{"The thieves took about R2 million in cash.", "r:2000000", "R2 million"},
		{"The fine was Rs500 for each offence.", "₹500", "₹500"},
		{"Each farmer was paid KSh3,000 a bag.", "ksh:3000", "KSh3,000"},
	} {
		f := extract(tt.in, nil, nil)
		if len(f.numbers) != 1 || f.numbers[0].Key != tt.key || f.numbers[0].Text != tt.text {
			t.Errorf("numbers of %q = %+v, want key %q text %q", tt.in, f.numbers, tt.key, tt.text)
		}
		for _, e := range f.entities {
			if strings.ContainsAny(e.Text, "0123456789") {
				t.Errorf("entities of %q = %+v, want no amount among them", tt.in, f.entities)
			}
		}
	}
	// A road or a model name is no amount.
	for _, in := range []string{"The crash closed the R2 near Durban.", "The R2 route reopened on Monday."} {
		if f := extract(in, nil, nil); len(f.numbers) != 0 {
			t.Errorf("numbers of %q = %+v, want none", in, f.numbers)
		}
	}
}

// TestNegatedAntonym checks that a word negated for its opposite says
// the same ("would remain" → "would not leave"), while a plain negation
// or a swap without one is a change.
func TestNegatedAntonym(t *testing.T) {
	runMechanismCases(t, []mechanismCase{
		{"remain for not leave",
			[]string{"The striker said he would remain at the club next season."},
			[]string{"The striker said he would not leave the club next season."}, nil},
		{"keep for not lose",
			[]string{"Officials expect the town to keep its rail link after the review."},
			[]string{"Officials expect the town not to lose its rail link after the review."}, nil},
		{"negation alone",
			[]string{"The striker said he would leave the club next season."},
			[]string{"The striker said he would not leave the club next season."}, []string{"altered negation"}},
		{"swap without negation",
			[]string{"The striker said he would remain at the club next season."},
			[]string{"The striker said he would leave the club next season."}, []string{"altered wording"}},
		{"remaining for left",
			[]string{"The hosts scored twice with ten minutes remaining."},
			[]string{"The hosts scored twice with ten minutes left."}, nil},
	})
}

// TestOwnerBeforeName checks that an owner put before a name both sides
// give adds no claim, while a name changed inside a possessive is one.
func TestOwnerBeforeName(t *testing.T) {
	runMechanismCases(t, []mechanismCase{
		{"parent body",
			[]string{"The World Food Programme has warned of shortages in the north."},
			[]string{"The UN's World Food Programme has warned of shortages in the north."}, nil},
		{"owner company",
			[]string{"Shares in Brightwave Energy fell 4 percent on Monday."},
			[]string{"Shares in Halden's Brightwave Energy fell 4 percent on Monday."}, nil},
		{"name in the possessive changed",
			[]string{"The patient was taken to St Agnes's Hospital."},
			[]string{"The patient was taken to St Anne's Hospital."}, []string{"altered entity"}},
		{"owner before a new name",
			[]string{"The project is run by the city council."},
			[]string{"The project is run by Halden's Brightwave Energy."}, []string{"altered entity"}},
	})
}

// TestFlippedClaimClause checks that a clause cut or added whole with a
// flipped claim is part of that claim, while a hedge changed in a clause
// kept on both sides is its own.
func TestFlippedClaimClause(t *testing.T) {
	runMechanismCases(t, []mechanismCase{
		{"reason cut with the flip",
			[]string{"The union has not accepted the offer, saying members could still reject a deal in a bitter vote."},
			[]string{"The union has accepted the offer."}, []string{"altered negation"}},
		{"reason added with the flip",
			[]string{"The mayor has resigned."},
			[]string{"The mayor has not resigned, saying she might reconsider."}, []string{"altered negation"}},
		{"hedge in a kept clause",
			[]string{"The union has not accepted the offer, saying members will vote on Friday."},
			[]string{"The union has accepted the offer, saying members may vote on Friday."},
			[]string{"altered negation", "altered modality"}},
	})
}

// TestPaperSources checks "…, the Echo understands" as a source, and the
// day of a statement as part of a swapped source.
func TestPaperSources(t *testing.T) {
	runMechanismCases(t, []mechanismCase{
		{"statement for the paper's sources",
			[]string{"The club will appoint a new coach next week, the board said on Monday."},
			[]string{"The club will appoint a new coach next week, the Clarion understands."},
			[]string{"altered attribution"}},
		{"paper has learned",
			[]string{"The factory will close in March, the company said."},
			[]string{"The factory will close in March, the Daily Post has learned."},
			[]string{"altered attribution"}},
		{"understood inside the sentence",
			[]string{"Residents understood the risks, the council said."},
			[]string{"Residents understood the risks, the council said."}, nil},
		{"day changed, source kept",
			[]string{"The club will appoint a new coach next week, the board said on Monday."},
			[]string{"The club will appoint a new coach next week, the board said on Tuesday."},
			[]string{"altered date"}},
	})
}

// TestGluedUnits checks units written onto their numbers ("40mm",
// "12in", "80km/h"): the same measure as the spelled-out unit, and a
// change when the unit or the number differs.
func TestGluedUnits(t *testing.T) {
	runMechanismCases(t, []mechanismCase{
		{"millimetres abbreviated",
			[]string{"Forecasters warned of 40 millimetres of rain overnight."},
			[]string{"Forecasters warned of 40mm of rain overnight."}, nil},
		{"inches abbreviated",
			[]string{"The tablet has a 12-inch display."},
			[]string{"The tablet has a 12in display."}, nil},
		{"speed spaced",
			[]string{"The ferry was cruising at 80km/h when it struck the pier."},
			[]string{"The ferry was cruising at 80 km/h when it struck the pier."}, nil},
		{"unit changed",
			[]string{"Forecasters warned of 40mm of rain overnight."},
			[]string{"Forecasters warned of 40cm of rain overnight."}, []string{"altered number"}},
		{"number changed",
			[]string{"The tablet has a 12in display."},
			[]string{"The tablet has a 13in display."}, []string{"altered number"}},
	})
}

// TestMoreChromeLines checks site chrome that earlier patterns missed: a
// bare agency credit, a "Read more" link, a market ticker, an author's
// beat line and a note that the wire copy was not changed; and that story
// sentences alike in form are not chrome.
func TestMoreChromeLines(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want bool
	}{
		{"AAP", true},
		{"(Kyodo)", true},
		{"Read more »", true},
		{"Continue reading...", true},
		{"Nikkei ▲ 1.2% | Hang Seng ▼ 0.3% | USD/JPY ▲ 151.2", true},
		{"Tomás Ferreira covers trade and energy for the Lisbon bureau.", true},
		{"Only the headline of this report has been edited by our staff.", true},
		{"Read more about the new rules in the council's statement on Monday.", false},
		{"The index fell 1.2% while the yen rose 0.3% against the dollar.", false},
		{"The policy covers workers employed for the regional bureau.", false},
		{"The report has been changed by the ministry twice since January.", false},
	} {
		if got := IsBoilerplate(tt.in); got != tt.want {
			t.Errorf("IsBoilerplate(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

// TestChromeNotPaired checks that site chrome is not taken for the
// counterpart of a story sentence, and that one credit for another is
// cosmetic.
func TestChromeNotPaired(t *testing.T) {
	runMechanismCases(t, []mechanismCase{
		{"credit for a byline",
			[]string{"The ferry service resumed on Monday after a two-day strike.", "AAP"},
			[]string{"By Nadia Kerr, AAP", "The ferry service resumed on Monday after a two-day strike."}, nil},
		{"ticker for a market sentence",
			[]string{"The Nikkei closed 1.2% higher on Friday.", "The yen weakened to 151.2 per dollar."},
			[]string{"The Nikkei closed 1.2% higher on Friday.", "Nikkei ▲ 1.2% | Hang Seng ▼ 0.3% | USD/JPY ▲ 151.2"},
			[]string{"dropped number"}},
	})
}

// TestEpistemicPrefix checks that a claim settled ("unconfirmed reports"
// → "officials confirmed") is a change of modality, not a denial, while
// other un- antonyms stay negations.
func TestEpistemicPrefix(t *testing.T) {
	runMechanismCases(t, []mechanismCase{
		{"unconfirmed confirmed",
			[]string{"There were unconfirmed reports that the dam had burst near Kelso."},
			[]string{"Officials confirmed that the dam had burst near Kelso."},
			[]string{"altered modality"}},
		{"unverified verified",
			[]string{"An unverified video showed troops crossing the river at dawn."},
			[]string{"A verified video showed troops crossing the river at dawn."},
			[]string{"altered modality"}},
		{"other antonym",
			[]string{"The vaccine was available at pharmacies across the region."},
			[]string{"The vaccine was unavailable at pharmacies across the region."},
			[]string{"altered negation"}},
	})
}

// TestMojibakeNames checks that names damaged by a character-set error,
// even with a byte lost, are damage only, while a real change in a
// damaged sentence is still reported.
func TestMojibakeNames(t *testing.T) {
	runMechanismCases(t, []mechanismCase{
		{"accented name damaged",
			[]string{"Crowds filled the Plaza de San Andrés in Valdemoro on Sunday."},
			[]string{"Crowds filled the Plaza de San AndrÃ©s in Valdemoro on Sunday."}, nil},
		{"capital with a lost byte",
			[]string{"SAN ANDRÍA, Corvel — Crowds filled the main square on Sunday."},
			[]string{"SAN ANDRÃA, Corvel — Crowds filled the main square on Sunday."}, nil},
		{"number changed beside damage",
			[]string{"About 3.5 million people visited San Andrés last year."},
			[]string{"About 35 million people visited San AndrÃ©s last year."}, []string{"altered number"}},
	})
}

// TestDatelineForms checks datelines with letters beyond ASCII and an
// agency credit left alone when the place has a paragraph of its own:
// the words after them start the sentence and name nothing.
func TestDatelineForms(t *testing.T) {
	runMechanismCases(t, []mechanismCase{
		{"accented place",
			[]string{"SÃO JOSÉ, Brazil (AP) — Firefighters contained a blaze at a textile plant on Monday."},
			[]string{"SÃO JOSÉ, Brazil — Crews contained a blaze at a textile plant on Monday, firefighters said."}, nil},
		{"agency alone",
			[]string{"MILLBROOK, Ont.", "(CP) — Investigators found the cause of a barn fire that killed 40 cows."},
			[]string{"MILLBROOK, Ont. (CP) — Investigators found the cause of a barn fire that killed 40 cows."}, nil},
		{"agency alone, number changed",
			[]string{"(CP) — Investigators found the cause of a barn fire that killed 40 cows."},
			[]string{"(CP) — Investigators found the cause of a barn fire that killed 45 cows."}, []string{"altered number"}},
	})
}

// TestWireCreditRetold checks that crediting the wire agency of the
// other copy's dateline in prose is the same report retold, while
// another outlet is a change of source.
func TestWireCreditRetold(t *testing.T) {
	runMechanismCases(t, []mechanismCase{
		{"agency named in full",
			[]string{"DENVER (AP) — A grain elevator in Lakeville collapsed on Sunday, injuring three workers."},
			[]string{"A grain elevator in Lakeville collapsed on Sunday, injuring three workers, The Associated Press reported."}, nil},
		{"agency described",
			[]string{"MADRID (EFE) — Floodwater closed the port of Valencia on Sunday for the first time in 30 years."},
			[]string{"Floodwater closed the port of Valencia on Sunday for the first time in 30 years, the Spanish news agency EFE said."}, nil},
		{"another outlet",
			[]string{"DENVER (AP) — A grain elevator in Lakeville collapsed on Sunday, injuring three workers."},
			[]string{"A grain elevator in Lakeville collapsed on Sunday, injuring three workers, Reuters reported."},
			[]string{"altered attribution"}},
	})
}

// TestCountryForAdjective checks that a country's adjective and its
// name are one place, either way round, and another country a change.
func TestCountryForAdjective(t *testing.T) {
	runMechanismCases(t, []mechanismCase{
		{"adjective to country",
			[]string{"The club agreed a fee with Portuguese side Estrela for the winger."},
			[]string{"The club agreed a fee with Estrela of Portugal for the winger."}, nil},
		{"country to adjective",
			[]string{"Shipments from Lebanon resumed on Monday after the strike."},
			[]string{"Lebanese shipments resumed on Monday after the strike."}, nil},
		{"another country",
			[]string{"The club agreed a fee with Portuguese side Estrela for the winger."},
			[]string{"The club agreed a fee with Estrela of Spain for the winger."}, []string{"altered entity"}},
	})
}

// TestOutletDescribed checks that one outlet described by two common
// nouns ("the newspaper", "the paper") is the same source, while another
// kind of body is not.
func TestOutletDescribed(t *testing.T) {
	runMechanismCases(t, []mechanismCase{
		{"newspaper as paper",
			[]string{"The striker is expected to sign a three-year deal, the newspaper said."},
			[]string{"The striker is expected to sign a three-year deal, the paper said."}, nil},
		{"broadcaster as network",
			[]string{"The minister will resign on Friday, the broadcaster reported."},
			[]string{"The minister will resign on Friday, the network reported."}, nil},
		{"outlet for a ministry",
			[]string{"The minister will resign on Friday, the broadcaster reported."},
			[]string{"The minister will resign on Friday, the ministry said."}, []string{"altered attribution"}},
	})
}

// TestStatementDay checks that the day a statement was made, given or
// left out right after its verb, is no claim, while a day given to the
// event or a statement's day changed is.
func TestStatementDay(t *testing.T) {
	runMechanismCases(t, []mechanismCase{
		{"day added after said",
			[]string{"The bridge will stay closed for repairs, the council said."},
			[]string{"The bridge will stay closed for repairs, the council said on Thursday."}, nil},
		{"day dropped after announced",
			[]string{"The insurer announced Tuesday that it would cut 400 jobs."},
			[]string{"The insurer announced that it would cut 400 jobs."}, nil},
		{"day given to the event",
			[]string{"The bridge will reopen, the council said."},
			[]string{"The bridge will reopen on Thursday, the council said."}, []string{"altered date"}},
		{"statement day changed",
			[]string{"The bridge will stay closed for repairs, the council said on Wednesday."},
			[]string{"The bridge will stay closed for repairs, the council said on Thursday."}, []string{"altered date"}},
	})
}

// TestOpeningWordInside checks that a word capitalised only because it
// opens one sentence is the same word given inside the other, while a
// name truly added is still a change.
func TestOpeningWordInside(t *testing.T) {
	runMechanismCases(t, []mechanismCase{
		{"flight number moved",
			[]string{"Flight 417 from Oslo landed safely after a bird strike on Sunday."},
			[]string{"After a bird strike on Sunday, Flight 417 from Oslo landed safely."}, nil},
		{"route number moved",
			[]string{"Route 9 was closed for hours after the crash near Dunmore."},
			[]string{"The crash near Dunmore closed Route 9 for hours."}, nil},
		{"name added",
			[]string{"Flight 417 from Oslo landed safely after a bird strike on Sunday."},
			[]string{"Flight 417 from Oslo landed safely in Bergen after a bird strike on Sunday."}, []string{"altered entity"}},
	})
}

// TestDayParts checks that a part of the day named on both sides and
// changed moves the event, while one added or dropped alone is detail.
func TestDayParts(t *testing.T) {
	runMechanismCases(t, []mechanismCase{
		{"morning to evening after a weekday",
			[]string{"The ferry ran aground off Kestrel Point on Thursday morning, the coastguard said."},
			[]string{"The ferry ran aground off Kestrel Point on Thursday evening, the coastguard said."},
			[]string{"altered date"}},
		{"after a relative day",
			[]string{"Crews reopened the bypass yesterday afternoon after clearing the debris."},
			[]string{"Crews reopened the bypass yesterday morning after clearing the debris."},
			[]string{"altered date"}},
		{"night to dawn",
			[]string{"Looters broke into the warehouse during the night, police said."},
			[]string{"Looters broke into the warehouse at dawn, police said."},
			[]string{"altered date"}},
		{"part of the day added",
			[]string{"The ferry ran aground off Kestrel Point on Thursday, the coastguard said."},
			[]string{"The ferry ran aground off Kestrel Point on Thursday morning, the coastguard said."},
			nil},
		{"same part of the day",
			[]string{"Late on Sunday night the river burst its banks at Millford."},
			[]string{"The river burst its banks at Millford late on Sunday night."},
			nil},
		{"evening to early on the day",
			[]string{"The tanker caught fire off Brannock on Friday evening."},
			[]string{"The tanker caught fire off Brannock early on Friday."},
			[]string{"altered date"}},
		{"morning as early on the day",
			[]string{"The tanker caught fire off Brannock on Friday morning."},
			[]string{"The tanker caught fire off Brannock early on Friday."},
			nil},
		{"night as the early hours",
			[]string{"Thieves raided the jeweller on Tuesday night."},
			[]string{"Thieves raided the jeweller in the early hours of Tuesday."},
			nil},
	})
}

// TestChangedNumberNotStripped checks that a number replaced by one with
// fewer digits is a changed number, not a feed that stripped digits.
func TestChangedNumberNotStripped(t *testing.T) {
	runMechanismCases(t, []mechanismCase{
		{"fewer digits after the point",
			[]string{"Fares will rise by 4.75 per cent from April."},
			[]string{"Fares will rise by 4.5 per cent from April."},
			[]string{"altered number"}},
		{"a tally lowered",
			[]string{"The motion passed by 40 votes to 33 on Monday."},
			[]string{"The motion passed by 40 votes to 30 on Monday."},
			[]string{"altered number"}},
		{"digits stripped whole",
			[]string{"The motion passed by 40 votes to 33 on Monday."},
			[]string{"The motion passed by  votes to  on Monday."},
			nil},
	})
}

// TestExtentSwap checks that swapping a word of whole extent for one of
// part extent changes a claim, also beside a characterization, while a
// swap within one extent does not.
func TestExtentSwap(t *testing.T) {
	runMechanismCases(t, []mechanismCase{
		{"whole to part",
			[]string{"Power was completely restored to the hospital by midnight."},
			[]string{"Power was partially restored to the hospital by midnight."},
			[]string{"altered wording"}},
		{"part to whole",
			[]string{"The new stadium will be paid for largely by private investors."},
			[]string{"The new stadium will be paid for wholly by private investors."},
			[]string{"altered wording"}},
		{"beside an added judgement",
			[]string{"The dam, built mostly with foreign loans, opened in 2019."},
			[]string{"The notorious dam, built entirely with foreign loans, opened in 2019."},
			[]string{"altered characterization", "altered wording"}},
		{"within whole extent",
			[]string{"Power was completely restored to the hospital by midnight."},
			[]string{"Power was fully restored to the hospital by midnight."},
			nil},
	})
}

// TestRatesAndFrequencies checks that the time unit of a rate belongs to
// its number ("a day" → "an hour") and that a frequency given on both
// sides and changed ("every week" → "every month") is a change, while a
// rate or frequency given on one side only is a detail.
func TestRatesAndFrequencies(t *testing.T) {
	runMechanismCases(t, []mechanismCase{
		{"rate unit of a number swapped",
			[]string{"The new pumps can move 40,000 litres of sewage a minute, the utility said."},
			[]string{"The new pumps can move 40,000 litres of sewage an hour, the utility said."},
			[]string{"altered number"}},
		{"per and a",
			[]string{"Cleaners at the hospital will be paid £14 per hour from May."},
			[]string{"Cleaners at the hospital will be paid £14 a week from May."},
			[]string{"altered number"}},
		{"same rate written otherwise",
			[]string{"The refinery processes 90,000 barrels of crude a day."},
			[]string{"The refinery processes 90,000 barrels of crude per day."},
			nil},
		{"rate dropped",
			[]string{"The refinery processes 90,000 barrels of crude a day."},
			[]string{"The refinery processes 90,000 barrels of crude."},
			nil},
		{"a span is no rate",
			[]string{"The pier was closed for a week after 300 people crowded onto it."},
			[]string{"The pier was closed for a month after 300 people crowded onto it."},
			nil},
		{"frequency swapped",
			[]string{"Inspectors will visit the care homes every week under the new rules."},
			[]string{"Inspectors will visit the care homes every month under the new rules."},
			[]string{"altered wording"}},
		{"adverb against every",
			[]string{"The board publishes its accounts annually."},
			[]string{"The board publishes its accounts every quarter."},
			[]string{"altered wording"}},
		{"adverb for every",
			[]string{"The board publishes its accounts annually."},
			[]string{"The board publishes its accounts every year."},
			nil},
		{"adjective of a frequency",
			[]string{"Residents pay an annual fee of £40 for the garden waste bin."},
			[]string{"Residents pay a monthly fee of £40 for the garden waste bin."},
			[]string{"altered wording"}},
		{"per annum as a year",
			[]string{"The contract is worth €2 million per annum to the club."},
			[]string{"The contract is worth €2 million a year to the club."},
			nil},
		{"count of a frequency",
			[]string{"Bins in the old town are emptied twice a week."},
			[]string{"Bins in the old town are emptied once a week."},
			[]string{"altered number"}},
	})
}

// TestTitlePortfolio checks that the field of a role before a name
// ("transport minister") is part of the title, that a title set before
// the name with a comma ("the club's treasurer, Ana Ruiz") is compared
// too, and that a portfolio given on one side only, or in capitalised
// words that may name a body, is no change.
func TestTitlePortfolio(t *testing.T) {
	runMechanismCases(t, []mechanismCase{
		{"portfolio swapped",
			[]string{"Opposition health spokeswoman Tara Quill called the cuts reckless."},
			[]string{"Opposition education spokeswoman Tara Quill called the cuts reckless."},
			[]string{"altered entity"}},
		{"rank added before a portfolio",
			[]string{"Fire chief Owen Marsh said the blaze started in a kitchen."},
			[]string{"Assistant fire chief Owen Marsh said the blaze started in a kitchen."},
			[]string{"altered entity"}},
		{"title with a comma",
			[]string{"The rules were unfair, club treasurer Nadia Osei said."},
			[]string{"The rules were unfair, said the club's president, Nadia Osei."},
			[]string{"altered entity"}},
		{"same title with a comma",
			[]string{"The rules were unfair, club treasurer Nadia Osei said."},
			[]string{"The rules were unfair, said the club's treasurer, Nadia Osei."},
			nil},
		{"portfolio on one side only",
			[]string{"Opposition health spokeswoman Tara Quill called the cuts reckless."},
			[]string{"Opposition spokeswoman Tara Quill called the cuts reckless."},
			nil},
		{"a verb before the role in two forms",
			[]string{"Rovers are close to signing striker Amal Idris from Dunmore."},
			[]string{"Rovers have agreed to sign striker Amal Idris from Dunmore."},
			[]string{"altered modality"}},
		{"a describing word is no portfolio",
			[]string{"The club will miss its veteran coach Ilse Brandt, who leaves in June."},
			[]string{"The club will miss its longtime coach Ilse Brandt, who leaves in June."},
			nil},
	})
}

// TestHarmTurn checks that a sentence saying nobody was harmed, replaced
// in its place by one telling of harm to people, is one changed claim,
// while sentences of other topics are not paired so.
func TestHarmTurn(t *testing.T) {
	runMechanismCases(t, []mechanismCase{
		{"count for none, same paragraph",
			[]string{"The roof of the depot caved in after heavy snow. Nobody was hurt.", "The depot will stay shut this week."},
			[]string{"The roof of the depot caved in after heavy snow. Three drivers were taken to hospital.", "The depot will stay shut this week."},
			[]string{"altered number"}},
		{"harm for none, own paragraph",
			[]string{"A gas main exploded under Mill Lane on Sunday.", "No casualties were reported.", "Engineers sealed the pipe by evening."},
			[]string{"A gas main exploded under Mill Lane on Sunday.", "A passer-by was treated for burns at the scene.", "Engineers sealed the pipe by evening."},
			[]string{"altered negation"}},
		{"another topic in the same place",
			[]string{"The roof of the depot caved in after heavy snow. Nobody was hurt.", "The depot will stay shut this week."},
			[]string{"The roof of the depot caved in after heavy snow. Buses will run from a car park instead.", "The depot will stay shut this week."},
			[]string{"dropped negation", "added wording"}},
	})
}

// TestScaledCurrencyLetters checks that any currency's letters written
// onto a scaled amount ("N5bn", "GH2.5-million") make a number, while
// letters onto a bare number ("A380", "M25") stay a name.
func TestScaledCurrencyLetters(t *testing.T) {
	for _, tt := range []struct{ in, key, text string }{
		{"The port authority borrowed N5bn from a lender.", "n:5000000000", "N5bn"},
		{"Investors lost GH2.5-million in the scheme.", "gh:2500000", "GH2.5-million"},
	} {
		f := extract(tt.in, nil, nil)
		if len(f.numbers) != 1 || f.numbers[0].Key != tt.key || f.numbers[0].Text != tt.text {
			t.Errorf("numbers of %q = %+v, want key %q text %q", tt.in, f.numbers, tt.key, tt.text)
		}
	}
	for _, in := range []string{"The airline retired its last A380 on Friday.", "The M25 was closed after the crash."} {
		if f := extract(in, nil, nil); len(f.numbers) != 0 {
			t.Errorf("numbers of %q = %+v, want none", in, f.numbers)
		}
	}
	runMechanismCases(t, []mechanismCase{
		{"scaled amount changed",
			[]string{"The mayor is accused of taking a K40-million bribe from a contractor."},
			[]string{"The mayor is accused of taking a K14-million bribe from a contractor."},
			[]string{"altered number"}},
	})
}

// TestHarmCountFacet checks that a sentence added to count one person
// harmed carries a number, as one counting two would.
func TestHarmCountFacet(t *testing.T) {
	ref := []string{"A landslide blocked the mountain road above Tarrow on Sunday.", "Crews expect to clear it by Wednesday."}
	runMechanismCases(t, []mechanismCase{
		{"one person harmed",
			ref, append(append([]string{}, ref...), "One hiker suffered a broken leg and was taken to hospital."),
			[]string{"added number"}},
		{"one without harm",
			ref, append(append([]string{}, ref...), "One lane will reopen after the crews have cleared the debris."),
			[]string{"added wording"}},
	})
}

// TestMisnamedSpeaker checks that a speaker whose surname alone changed,
// title and given name kept, is one person misnamed (a name's change),
// while a speaker swapped for another is an attribution's.
func TestMisnamedSpeaker(t *testing.T) {
	runMechanismCases(t, []mechanismCase{
		{"surname garbled",
			[]string{"Magistrate Ruth Achterberg said the bail terms had been breached twice."},
			[]string{"Magistrate Ruth Achterbosch said the bail terms had been breached twice."},
			[]string{"altered entity"}},
		{"another speaker",
			[]string{"Magistrate Ruth Achterberg said the bail terms had been breached twice."},
			[]string{"Prosecutor Ines Baptiste said the bail terms had been breached twice."},
			[]string{"altered attribution"}},
	})
}

// TestMultipleVerbs checks that a verb of a multiple ("halve",
// "double") swapped for another action changes the claim.
func TestMultipleVerbs(t *testing.T) {
	runMechanismCases(t, []mechanismCase{
		{"halve for scrap",
			[]string{"The school board voted to halve the lunch charge from September."},
			[]string{"The school board voted to scrap the lunch charge from September."},
			[]string{"altered wording"}},
		{"doubled for tripled",
			[]string{"The port doubled its handling capacity after the new quay opened."},
			[]string{"The port tripled its handling capacity after the new quay opened."},
			[]string{"altered wording"}},
		{"inflection kept",
			[]string{"The port doubled its handling capacity after the new quay opened."},
			[]string{"The port has doubled its handling capacity after the new quay opened."},
			nil},
	})
}

// TestDenialSentence checks that an added sentence denying what others
// said carries a negation, not the hedge of the denied allegation, and
// that an intention stays one with an adverb before its verb.
func TestDenialSentence(t *testing.T) {
	ref := []string{"The regional airline cancelled 40 flights on Monday.", "Passengers were offered refunds."}
	runMechanismCases(t, []mechanismCase{
		{"denied claims",
			ref, append(append([]string{}, ref...), "A spokeswoman for the airline rejected suggestions that pilots had been overworked."),
			[]string{"added negation"}},
		{"intention with also",
			[]string{"The airline is also planning to close its maintenance base in Corran."},
			[]string{"The airline is planning to close its maintenance base in Corran."},
			nil},
	})
}

// TestQuoteToldStronger checks that a quote told in reported speech with
// a judgement the speaker did not utter is the quote's change, while a
// faithful telling is none.
func TestQuoteToldStronger(t *testing.T) {
	ref := []string{`"Bookings at the harbour hotels have picked up since the ferry returned," Marta Venn said.`}
	runMechanismCases(t, []mechanismCase{
		{"told with a judgement added",
			ref,
			[]string{"Marta Venn said bookings at all the harbour hotels had picked up dramatically since the ferry returned."},
			[]string{"altered quote"}},
		{"told faithfully",
			ref,
			[]string{"Marta Venn said bookings at the harbour hotels had picked up since the ferry returned."},
			nil},
	})
}

// TestDeliberation checks that weighing a step is weaker than intending
// it ("was considering an appeal" → "would appeal"), while a deliberation
// told with another verb is none, and one that replaces a denied plan
// is the negation's claim alone.
func TestDeliberation(t *testing.T) {
	runMechanismCases(t, []mechanismCase{
		{"considering to would",
			[]string{"The builder said it was considering legal action against the council."},
			[]string{"The builder said it would take legal action against the council."},
			[]string{"altered modality"}},
		{"considering to weighing",
			[]string{"The builder said it was considering legal action against the council."},
			[]string{"The builder said it was weighing legal action against the council."},
			nil},
		{"intention to would",
			[]string{"The builder said it planned to take legal action against the council."},
			[]string{"The builder said it would take legal action against the council."},
			nil},
		{"no plans to considering",
			[]string{"The minister said the government had no plans to raise the fuel duty."},
			[]string{"The minister said the government was considering raising the fuel duty."},
			[]string{"altered negation"}},
	})
}

// TestHalfAndOneUnit checks that "half a mile" is a number, that "one
// mile" against it is a changed number, and that a lone "one" with its
// unit restated in figures is none.
func TestHalfAndOneUnit(t *testing.T) {
	runMechanismCases(t, []mechanismCase{
		{"half against one",
			[]string{"Homes within half a mile of the chemical plant were evacuated."},
			[]string{"Homes within one mile of the chemical plant were evacuated."},
			[]string{"altered number"}},
		{"half against two",
			[]string{"The queue stretched for half a kilometre outside the stadium."},
			[]string{"The queue stretched for two kilometres outside the stadium."},
			[]string{"altered number"}},
		{"one in figures",
			[]string{"Homes within one mile of the chemical plant were evacuated."},
			[]string{"Homes within 1 mile of the chemical plant were evacuated."},
			nil},
	})
}

// TestProgressiveSwap checks that an action in progress replaced by
// another action done ("was leading" → "won") changes the claim, while
// the same action told done is no other action.
func TestProgressiveSwap(t *testing.T) {
	runMechanismCases(t, []mechanismCase{
		{"leading to won",
			[]string{"The Greens candidate was leading in the Eastmoor ward by 310 votes."},
			[]string{"The Greens candidate won the Eastmoor ward by 310 votes."},
			[]string{"altered wording"}},
		{"same action done",
			[]string{"The Greens candidate was leading in the Eastmoor ward by 310 votes."},
			[]string{"The Greens candidate led in the Eastmoor ward by 310 votes."},
			nil},
	})
}

// TestTitleAfterName checks that a title set after a name in apposition
// is compared by its head ("chief economist" is an economist), and that
// the same role told otherwise is no change.
func TestTitleAfterName(t *testing.T) {
	runMechanismCases(t, []mechanismCase{
		{"role after the name swapped",
			[]string{"Lena Ortiz, head of research at Calder Securities, said the bond sale was oversubscribed."},
			[]string{"Lena Ortiz, chief analyst at Calder Securities, said the bond sale was oversubscribed."},
			[]string{"altered entity"}},
		{"role after the name kept",
			[]string{"Lena Ortiz, chief analyst at Calder Securities, said the bond sale was oversubscribed."},
			[]string{"Lena Ortiz, an analyst at Calder Securities, said the bond sale was oversubscribed."},
			nil},
		{"role before and after the name",
			[]string{"Calder Securities analyst Lena Ortiz said the bond sale was oversubscribed."},
			[]string{"Lena Ortiz, chief analyst at Calder Securities, said the bond sale was oversubscribed."},
			nil},
	})
}

// TestNoveltyJudgement checks that calling something rare or unusual
// judges it: a clause added to say so is a characterization.
func TestNoveltyJudgement(t *testing.T) {
	runMechanismCases(t, []mechanismCase{
		{"unusual step added",
			[]string{"The parish council voted to sue the water company over sewage spills."},
			[]string{"The parish council voted to sue the water company over sewage spills, an unusual step for a body of its size."},
			[]string{"altered characterization"}},
		{"rare kept",
			[]string{"The parish council took the rare step of banning cars from the green."},
			[]string{"In a rare step, the parish council banned cars from the green."},
			nil},
	})
}

// TestQuoteToldNarration checks that a judgement of the speaker added
// before the telling of a quote stays a characterization.
func TestQuoteToldNarration(t *testing.T) {
	runMechanismCases(t, []mechanismCase{
		{"judgement of the speaker",
			[]string{`"We will rebuild the pier before the summer," the mayor said.`},
			[]string{"The beleaguered mayor said they would rebuild the pier before the summer."},
			[]string{"altered characterization"}},
	})
}

// TestHarmTurnUncounted checks that a sentence naming a hospital without
// counting anyone harmed is not taken for the count of a harm.
func TestHarmTurnUncounted(t *testing.T) {
	runMechanismCases(t, []mechanismCase{
		{"hospital without a count",
			[]string{"The roof of the depot caved in after heavy snow. Nobody was hurt.", "The depot will stay shut this week."},
			[]string{"The roof of the depot caved in after heavy snow. The hospital next door was evacuated as a precaution.", "The depot will stay shut this week."},
			[]string{"dropped negation", "added wording"}},
		{"hospital as a place",
			[]string{"The roof of the depot caved in after heavy snow. Nobody was hurt.", "The depot will stay shut this week."},
			[]string{"The roof of the depot caved in after heavy snow. A nearby hospital was put on standby.", "The depot will stay shut this week."},
			[]string{"dropped negation", "added wording"}},
	})
}

// TestSpeedUnitAbbreviated checks that a speed's unit written out and
// abbreviated is the same number, with no detail added.
func TestSpeedUnitAbbreviated(t *testing.T) {
	runMechanismCases(t, []mechanismCase{
		{"kilometres per hour as km/h",
			[]string{"Gusts of 120 kilometres per hour brought down power lines across the county."},
			[]string{"Gusts of 120 km/h brought down power lines across the county."},
			nil},
		{"speed changed",
			[]string{"Gusts of 120 kilometres per hour brought down power lines across the county."},
			[]string{"Gusts of 140 km/h brought down power lines across the county."},
			[]string{"altered number"}},
	})
}

// TestRateAndTimeForms checks that a rate, a frequency or a time of day
// written in another form is the same claim.
func TestRateAndTimeForms(t *testing.T) {
	runMechanismCases(t, []mechanismCase{
		{"miles per hour as mph",
			[]string{"The lorry was doing 70 miles per hour when it left the road."},
			[]string{"The lorry was doing 70 mph when it left the road."}, nil},
		{"an hour with a slash",
			[]string{"Cleaners at the depot will earn £13 an hour."},
			[]string{"Cleaners at the depot will earn £13/hour."}, nil},
		{"times a day as daily",
			[]string{"The drug is given four times a day."},
			[]string{"The drug is given four times daily."}, nil},
		{"a year as annually",
			[]string{"Membership will cost €240 a year from January."},
			[]string{"Membership will cost €240 annually from January."}, nil},
		{"every day as daily",
			[]string{"Buses to the airport run every day in winter."},
			[]string{"Buses to the airport run daily in winter."}, nil},
		{"tonight as this evening",
			[]string{"The council will vote on the budget tonight."},
			[]string{"The council will vote on the budget this evening."}, nil},
		{"every two weeks to every week",
			[]string{"Recycling is collected every two weeks."},
			[]string{"Recycling is collected every week."},
			[]string{"altered number"}},
	})
}

// TestQuoteToldHedges checks that a quote told in reported speech keeps
// its hedges there, as it keeps its negations: a hedge dropped in the
// telling is a change, one kept in other words is none.
func TestQuoteToldHedges(t *testing.T) {
	quoted := func(m string) []string {
		return []string{`"The ferry company ` + m + ` restore the winter timetable on the island routes," transport officer Ida Moen said.`}
	}
	told := func(m string) []string {
		return []string{"Transport officer Ida Moen said the ferry company " + m + " restore the winter timetable on the island routes."}
	}
	runMechanismCases(t, []mechanismCase{
		{"hedge dropped in the telling", quoted("may"), told("would"), []string{"altered modality"}},
		{"hedge kept in other words", quoted("may"), told("might"), nil},
		{"certainty kept", quoted("will"), told("would"), nil},
		{"hedge added in the telling", quoted("will"), told("could"), []string{"altered modality"}},
	})
}

// TestCurrencyConversion checks that an amount converted into another
// currency in parentheses is no amount of its own: copies give or drop
// it, while the amount itself still counts.
func TestCurrencyConversion(t *testing.T) {
	runMechanismCases(t, []mechanismCase{
		{"conversion dropped",
			[]string{"The city borrowed 40 million euros ($43 million) to extend the tram line."},
			[]string{"The city borrowed 40 million euros to extend the tram line."},
			nil},
		{"conversion added to a written currency",
			[]string{"The port will cost 900 million dirhams to build."},
			[]string{"The port will cost 900 million dirhams ($245 million) to build."},
			nil},
		{"amount changed",
			[]string{"The city borrowed 40 million euros ($43 million) to extend the tram line."},
			[]string{"The city borrowed 45 million euros ($48 million) to extend the tram line."},
			[]string{"altered number"}},
	})
}

// TestLoneSentenceFacet checks the facet of a sentence added or dropped
// whole: a party's "no comment" added is an attribution, dropped what
// the party did not say (wording), a count that only
// recalls what the story counted or named before and a number inside a
// name are no number claim, and a claim without other facts added with
// its credit is the wording's, as one dropped is.
func TestLoneSentenceFacet(t *testing.T) {
	lead := "Customs officers stopped two travellers at Brenmouth airport on Sunday with undeclared gold."
	runMechanismCases(t, []mechanismCase{
		{"declined to comment added",
			[]string{lead},
			[]string{lead, "The airline declined to comment."},
			[]string{"added attribution"}},
		{"declined to comment dropped",
			[]string{lead, "The airline declined to comment."},
			[]string{lead},
			[]string{"dropped wording"}},
		{"no immediate comment added",
			[]string{lead},
			[]string{lead, "There was no immediate comment from the airport operator."},
			[]string{"added attribution"}},
		{"count recalled with the",
			[]string{lead, "The two travellers were later charged and released on bail."},
			[]string{lead},
			[]string{"dropped wording"}},
		{"things counted were named before",
			[]string{"The worst-hit wards are Eastgate and Millbrook, where water stood a metre deep."},
			[]string{"The worst-hit wards are Eastgate and Millbrook, where water stood a metre deep.",
				"Volunteers handed out sandbags in the two wards, the fire service said."},
			[]string{"added wording"}},
		{"another count of the same things",
			[]string{lead, "The three travellers were later charged and released on bail."},
			[]string{lead},
			[]string{"dropped number"}},
		{"new count still a number",
			[]string{lead},
			[]string{lead, "Three more passengers were questioned on Monday."},
			[]string{"added number"}},
		{"count beside a numbered name",
			[]string{lead, "The search delayed 40 flights at Terminal 2."},
			[]string{lead},
			[]string{"dropped number"}},
		{"road number",
			[]string{lead, "The convoy later blocked Route 9 in both directions."},
			[]string{lead},
			[]string{"dropped entity"}},
	})
}

// TestNoCommentNeedsResponse checks that a party's "no comment" is paired
// with a sentence naming that party only when the sentence gives a
// response, not when it merely mentions the party.
func TestNoCommentNeedsResponse(t *testing.T) {
	runMechanismCases(t, []mechanismCase{
		{"mention is no response",
			[]string{"Harlow's navy tested a new torpedo off the coast on Monday.",
				"There was no immediate comment from Veldan's defence ministry."},
			[]string{"Harlow's navy tested a new torpedo off the coast on Monday.",
				"The test comes amid a border dispute with Veldan."},
			[]string{"dropped wording", "added entity"}},
		{"response arrived",
			[]string{"Harlow's navy tested a new torpedo off the coast on Monday.",
				"There was no immediate comment from Veldan's defence ministry."},
			[]string{"Harlow's navy tested a new torpedo off the coast on Monday.",
				"Veldan's defence ministry said the test was a provocation."},
			[]string{"altered wording"}},
	})
}

// TestOneClaimWhenSettled checks that a sentence settling what the other
// side left open (an unknown cause found, a plan weighed then approved, a
// charge decided) is one change of modality or negation, not that change
// plus the new verb, names and figures that settle it.
func TestOneClaimWhenSettled(t *testing.T) {
	first := "A fire gutted a bakery on Lorne Street in Tilbury early on Friday."
	last := "Two neighbouring shops were closed as a precaution."
	runMechanismCases(t, []mechanismCase{
		{"unknown cause found",
			[]string{first, "What started the fire is not yet known, police said.", last},
			[]string{first, "Investigators said a faulty oven left on overnight by a contractor started the fire.", last},
			[]string{"altered modality"}},
		{"hedged cause now under investigation",
			[]string{first, "A gas leak may have started the fire, police said.", last},
			[]string{first, "The cause of the fire is under investigation, police said.", last},
			[]string{"altered modality"}},
		{"withheld detail given",
			[]string{first, "The owners did not say which of their shops would stay shut.", last},
			[]string{first, "The owners said they will keep the Lorne Street and Quay Road shops shut until March.", last},
			[]string{"altered negation"}},
		{"plan weighed then approved",
			[]string{first, "The council is considering a grant for the bakery's owners.", last},
			[]string{first, "The council has approved a grant for the bakery's owners.", last},
			[]string{"altered modality"}},
		{"negation settled by a new verb",
			[]string{first, "Bus routes on Lorne Street have not been affected.", last},
			[]string{first, "Bus routes on Lorne Street were suspended.", last},
			[]string{"altered negation"}},
	})
}

// TestConditionHedge checks that a condition ("if convicted", "unless
// talks resume") is a hedge of its claim, while "if" meaning "whether" is
// not.
func TestConditionHedge(t *testing.T) {
	runMechanismCases(t, []mechanismCase{
		{"condition dropped",
			[]string{"Each defendant faces up to ten years in prison if convicted of smuggling."},
			[]string{"Each defendant faces up to ten years in prison."},
			[]string{"altered modality"}},
		{"unless clause added",
			[]string{"The ferry crews will strike on Monday."},
			[]string{"The ferry crews will strike on Monday unless the operator improves its offer."},
			[]string{"altered modality"}},
		{"negated condition dropped",
			[]string{"Rural clinics could close by the summer if their funding is not renewed, the health board warned."},
			[]string{"Rural clinics could close by the summer, the health board warned."},
			[]string{"altered modality"}},
		{"if as whether",
			[]string{"Reporters asked if the minister would resign."},
			[]string{"Reporters asked whether the minister would resign."},
			nil},
	})
}

// TestSpelledNumbers checks that an ordinal or a compound number spelled
// out is the same claim as its digits, and that a span of years changed
// is a date.
func TestSpelledNumbers(t *testing.T) {
	runMechanismCases(t, []mechanismCase{
		{"ordinal spelled out",
			[]string{"Norvik took the lead in the 7th minute through Lena Ortiz."},
			[]string{"Norvik took the lead in the seventh minute through Lena Ortiz."},
			nil},
		{"compound number spelled out",
			[]string{"The scheme now reaches 51,000 households."},
			[]string{"The scheme now reaches fifty-one thousand households."},
			nil},
		{"span of years moved",
			[]string{"She led the hospital trust between 2012 and 2019, the court heard."},
			[]string{"She led the hospital trust between 2011 and 2019, the court heard."},
			[]string{"altered date"}},
	})
}

// TestNumberMovedBetweenSentences checks that a number a rewrite carries
// into a neighbouring sentence is no change of either sentence, while
// numbers changed in place next to each other still are.
func TestNumberMovedBetweenSentences(t *testing.T) {
	runMechanismCases(t, []mechanismCase{
		{"count moved up a sentence",
			[]string{"Dock workers at the port of Halden have voted to strike from March 3, their union said on Friday.",
				"About 1,200 members of the Halden Dockers' Union took part in the ballot, which closed on Thursday.",
				"The port handles most of the region's grain and timber exports."},
			[]string{"Some 1,200 dock workers at the port of Halden have voted to strike from March 3, their union said on Friday.",
				"Members of the Halden Dockers' Union took part in the ballot, which closed on Thursday.",
				"The port handles most of the region's grain and timber exports."},
			nil},
		{"neighbouring counts changed in place",
			[]string{"Three people were killed in the blast at the Halden chemical plant.",
				"Five others were injured, the fire service said.",
				"The plant makes fertiliser."},
			[]string{"Five people were killed in the blast at the Halden chemical plant.",
				"Seven others were injured, the fire service said.",
				"The plant makes fertiliser."},
			[]string{"altered number", "altered number"}},
	})
}

// TestQuoteSplitAndTimeZone checks two retellings that change no claim: a
// quote split in two around its speaker, and a time given without its
// time zone.
func TestQuoteSplitAndTimeZone(t *testing.T) {
	runMechanismCases(t, []mechanismCase{
		{"quote split around the speaker",
			[]string{`Harbour master Ivo Lind told the Courier: "We had no warning at all. The fog came in within minutes."`},
			[]string{`"We had no warning at all," harbour master Ivo Lind told the Courier. "The fog came in within minutes."`},
			nil},
		{"quote split with a word changed",
			[]string{`Harbour master Ivo Lind told the Courier: "We had no warning at all. The fog came in within minutes."`},
			[]string{`"We had no warning whatsoever," harbour master Ivo Lind told the Courier. "The fog came in within minutes."`},
			[]string{"altered quote"}},
		{"time zone left out",
			[]string{"The ferry crews stopped work at 07:00 GMT on Monday."},
			[]string{"The ferry crews stopped work at 7am on Monday."},
			nil},
	})
}

// TestEventReportedWithFacts checks that an awaited event reported as
// done, with its new figures or day and a new verb, is told by those
// facts, while a hedge removed from the same verb is still a change of
// its own.
func TestEventReportedWithFacts(t *testing.T) {
	first := "Shareholders of Arden Mills met in Tarrow to decide on the takeover offer from Velo Foods."
	last := "The offer values the miller at 410 million euros."
	runMechanismCases(t, []mechanismCase{
		{"vote awaited then counted",
			[]string{first, "The vote will take place at a special meeting of the board.", last},
			[]string{first, "Shareholders approved the offer by 512 votes to 87.", last},
			[]string{"altered number"}},
		{"trial awaited then decided",
			[]string{first, "A jury began deliberating on Monday in the trial of Arden's former finance chief, who is accused of fraud.", last},
			[]string{first, "A jury on Tuesday convicted Arden's former finance chief of fraud.", last},
			[]string{"altered date"}},
		{"belief confirmed with a count", // the confirmation is the claim, its count a detail
			[]string{first, "Several mills are believed to have been damaged by the flood.", last},
			[]string{first, "Officials confirmed that four mills were damaged by the flood.", last},
			[]string{"altered modality"}},
		{"same verb, hedge removed",
			[]string{first, "Arden Mills is likely to lay off nearly 300 workers after the sale.", last},
			[]string{first, "Arden Mills will lay off 250 workers after the sale.", last},
			[]string{"altered number", "altered modality"}},
	})
}

// TestTitledNameMovedNear checks that a name with a title before it
// ("Sen. Ana Ruiz"), left out of a rewritten sentence but given in the
// next one, moved there rather than dropped.
func TestTitledNameMovedNear(t *testing.T) {
	runMechanismCases(t, []mechanismCase{
		{"titled name moved to the next sentence",
			[]string{"Sen. Ilse Marten, who chairs the transport committee, plans to summon the rail operator's board over repeated delays, two aides said.",
				"The hearing could take place next month."},
			[]string{"A senior senator plans to summon the rail operator's board over repeated delays, two aides said.",
				"Ilse Marten, who chairs the transport committee, could hold the hearing next month."},
			nil},
	})
}

// TestTimeOfNewEvent checks that the time given for the event that
// replaces a sentence's old state ("remain under an order" → "the order
// was lifted at 6 p.m.") is part of that one change.
func TestTimeOfNewEvent(t *testing.T) {
	first := "A grass fire burned through 300 hectares near Elm Flats on Sunday."
	last := "Two roads remain closed."
	runMechanismCases(t, []mechanismCase{
		{"order lifted at a time",
			[]string{first, "Residents of Elm Flats remain under an evacuation order.", last},
			[]string{first, "The evacuation order for Elm Flats was lifted at 6 p.m.", last},
			[]string{"altered wording"}},
		{"time moved, same event",
			[]string{first, "The evacuation order for Elm Flats was lifted at 6 p.m.", last},
			[]string{first, "The evacuation order for Elm Flats was lifted at 8 p.m.", last},
			[]string{"altered date"}},
	})
}

// TestSplitRestatesVerb checks that a sentence split in two, the second
// part opening with a verb that restates the first's ("is seeking … and"
// → "… It also wants"), changes no claim, while a new demand does.
func TestSplitRestatesVerb(t *testing.T) {
	ref := []string{"The pilots' union is seeking a 9% pay rise and a cap on night flights per month."}
	runMechanismCases(t, []mechanismCase{
		{"verb restated after a split",
			ref,
			[]string{"The pilots' union is seeking a 9% pay rise. It also wants a cap on night flights per month."},
			nil},
		{"another verb after a split",
			ref,
			[]string{"The pilots' union is seeking a 9% pay rise. It also opposes a cap on night flights per month."},
			[]string{"altered wording"}},
	})
}

// TestRewrittenInPlace checks that in an update, which keeps most of its
// sentences word for word, a sentence retold with other content words in
// the same place is a new claim, while a retelling that keeps its words,
// or any retelling in a rewrite by another writer, is a paraphrase.
func TestRewrittenInPlace(t *testing.T) {
	kept := []string{"A chemical leak forced the closure of the Marlow Road depot on Tuesday.",
		"Forty workers were sent home as a precaution."}
	tail := []string{"The depot stores cleaning products for the city's schools.",
		"It opened in 2011."}
	update := func(s string) []string { return append(append(append([]string{}, kept...), s), tail...) }
	runMechanismCases(t, []mechanismCase{
		{"new claim in place",
			update("Depot manager Rhys Owen said engineers were still checking the tanks."),
			update("Depot manager Rhys Owen said the council would replace the ageing pipework."),
			[]string{"altered wording"}},
		{"same words reordered",
			update("Engineers were still checking the tanks on Tuesday evening, depot manager Rhys Owen said."),
			update("Depot manager Rhys Owen said engineers were still checking the tanks on Tuesday evening."),
			nil},
		{"retold in a rewrite",
			[]string{"Depot manager Rhys Owen said engineers were still checking the tanks."},
			[]string{"Rhys Owen, who runs the depot, said the tanks remained under inspection."},
			nil},
	})
}

// TestQualifierWithNumber checks that a qualifier put before a changed
// number ("87 objections" → "almost 90 objections") is part of the
// number's change, not a wording change of its own.
func TestQualifierWithNumber(t *testing.T) {
	runMechanismCases(t, []mechanismCase{
		{"qualifier added to a changed number",
			[]string{"The wind farm plan had drawn 212 objections from residents of the valley, who raised concerns about noise."},
			[]string{"The wind farm plan had drawn nearly 250 objections from residents of the valley, who raised concerns about noise."},
			[]string{"altered number"}},
	})
}

// TestRelativeDateRestated checks that a relative date told another way
// ("last year" → "a year earlier", "the past decade" → "the last ten
// years") is no change, while another period is.
func TestRelativeDateRestated(t *testing.T) {
	runMechanismCases(t, []mechanismCase{
		{"a year earlier",
			[]string{"Exports of cut flowers rose 8 per cent from the same month last year, the trade board said."},
			[]string{"Exports of cut flowers rose 8 per cent from a year earlier, the trade board said."},
			nil},
		{"past decade in years",
			[]string{"The reservoir has lost nearly a fifth of its volume over the past decade."},
			[]string{"The reservoir has lost nearly a fifth of its volume over the last ten years."},
			nil},
		{"a day earlier as a weekday",
			[]string{"Tarrow, May 4 (PTI) The exams board on Sunday cancelled the clerks' test held a day earlier after its papers leaked."},
			[]string{"Tarrow, May 4 (PTI) The clerks' test held on Saturday was cancelled by the exams board on Sunday after its papers leaked."},
			nil},
		{"another period",
			[]string{"The reservoir has lost nearly a fifth of its volume over the past decade."},
			[]string{"The reservoir has lost nearly a fifth of its volume over the past year."},
			[]string{"altered date"}},
	})
}

// TestSourceCount checks that the count of a credit's sources dropped
// with the credit kept ("three aides in her office said" → "her office
// said") is no number change, while a count changed is.
func TestSourceCount(t *testing.T) {
	runMechanismCases(t, []mechanismCase{
		{"source count dropped",
			[]string{"The governor will sign the water bill on Friday, three aides in her office said."},
			[]string{"The governor will sign the water bill on Friday, her office said."},
			nil},
		{"source count changed",
			[]string{"The governor will sign the water bill on Friday, three aides in her office said."},
			[]string{"The governor will sign the water bill on Friday, two aides in her office said."},
			[]string{"altered number"}},
	})
}

// TestAcronymBesideWords checks that an acronym given or left out beside
// the words it stands for ("the regional transport authority (RTA)") is
// no new or dropped name, while another body's acronym is.
func TestAcronymBesideWords(t *testing.T) {
	runMechanismCases(t, []mechanismCase{
		{"acronym dropped",
			[]string{"The regional transport authority (RTA) will raise bus fares by 5% in June."},
			[]string{"The regional transport authority will raise bus fares by 5% in June."},
			nil},
		{"acronym added",
			[]string{"Officials fear a glacial lake outburst flood in the valley."},
			[]string{"Officials fear a glacial lake outburst flood (GLOF) in the valley."},
			nil},
		{"other body's acronym",
			[]string{"The regional transport authority will raise bus fares by 5% in June."},
			[]string{"The regional transport authority will raise bus fares by 5% in June, the NTSB said."},
			[]string{"altered attribution"}},
	})
}

// TestDirectiveClause checks that a clause someone asked for ("urged that
// the school be closed") is not the event told as certain ("the school
// would be closed"), while a directive told in other words is no change.
func TestDirectiveClause(t *testing.T) {
	runMechanismCases(t, []mechanismCase{
		{"recommendation told as fact",
			[]string{"The inspectors found damp in four classrooms and recommended that the annexe be closed for repairs."},
			[]string{"The inspectors found damp in four classrooms and said that the annexe would be closed for repairs."},
			[]string{"altered modality"}},
		{"recommendation kept",
			[]string{"The inspectors found damp in four classrooms and recommended that the annexe be closed for repairs."},
			[]string{"The inspectors found damp in four classrooms and proposed that the annexe be closed for repairs."},
			nil},
	})
}

// TestRoleAfterName checks that the role given after a titled name ("Dr
// Ana Ruiz, the study's lead author") is compared: another rank is a
// change of who the speaker is, the same role in other words is not.
func TestRoleAfterName(t *testing.T) {
	quote := `"We did not expect the decline to be this steep," said Dr Lena Vasquez, the report's `
	runMechanismCases(t, []mechanismCase{
		{"rank changed",
			[]string{quote + "lead author."},
			[]string{quote + "senior author."},
			[]string{"altered entity"}},
		{"role kept",
			[]string{quote + "lead author."},
			[]string{quote + "lead writer."},
			nil},
	})
}

// TestDeniedReport checks that a sourced claim answered by a denial of
// "reports" is one change, the denial, not also a lost source.
func TestDeniedReport(t *testing.T) {
	runMechanismCases(t, []mechanismCase{
		{"sourced plan denied",
			[]string{"According to people familiar with the matter, the brewer is also preparing to sell its Dundee plant."},
			[]string{"The brewer denied reports that it was preparing to sell its Dundee plant."},
			[]string{"altered negation"}},
	})
}

// TestRetellingRestatedDetails checks that in a version retold in other
// words throughout, a number, name, date or credit given by one side
// only of a reworded sentence pair is no change, as the writer spread the
// story's details over other sentences; a fact changed for another is
// still one, and so is a detail added where the version kept most
// sentences as they were (an update).
func TestRetellingRestatedDetails(t *testing.T) {
	ref := []string{
		"Dock workers at the port of Carvel walked off the job on Monday in a dispute over night-shift pay, halting cargo handling at all four terminals.",
		"About 1,800 members of the Harbour Workers Union voted for the stoppage last week.",
		"The union wants a 9% rise over two years and an end to split shifts.",
		"The port authority said talks would resume on Thursday with a mediator.",
		"Shipping lines have begun diverting vessels to the port of Lusk, 80 km to the south.",
	}
	retold := []string{
		"Dock workers in Carvel stopped work on Monday over night-shift pay, bringing all four cargo terminals at the port to a standstill.",
		"About 1,800 members of the Harbour Workers Union voted for the stoppage last week.",
		"They are seeking a 9% pay increase spread over two years, along with the scrapping of split shifts.",
		"A mediator will join fresh negotiations on Thursday, the port authority said.",
		"Some shipping companies are already sending their vessels to Lusk, further down the coast.",
	}
	swapped := slices.Clone(retold)
	swapped[2] = "They are seeking a 12% pay increase spread over two years, along with the scrapping of split shifts."
	update := slices.Clone(ref)
	update[3] = "The port authority said talks had collapsed late on Wednesday after 14 hours."
	trimmed := slices.Clone(ref)
	trimmed[4] = "Shipping lines have begun diverting vessels to Lusk, further down the coast."
	runMechanismCases(t, []mechanismCase{
		{"distance left out of a retold sentence", ref, retold, nil},
		{"figure changed in the retelling", ref, swapped, []string{"altered number"}},
		{"update with a count added", ref, update, []string{"altered number", "altered date"}},
		{"distance left out of a kept story", ref, trimmed, []string{"altered number"}},
	})
}
