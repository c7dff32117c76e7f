package align

import (
	"reflect"
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
// a past event yields to the name, unlike a deadline or a plan.
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
		{"forecast from a named source", plus("Fuel prices may rise further this winter, harbour master Ivan Petrov said."), keep,
			[]string{"dropped attribution"}},
		{"order told to someone", keep, plus("Harbour master Ivan Petrov told crews to stay clear of the breakwater."),
			[]string{"added entity"}},
		{"speaker before an appositive", keep, plus("Ivan Petrov, the harbour master, said crews had worked through the night."),
			[]string{"added attribution"}},
		{"two speakers before an appositive", keep, plus("Mira Holt and Dev Anand, who run the ferry service, said bookings had recovered."),
			[]string{"added attribution"}},
		{"name as the appositive", keep, plus("The port's operations chief, Lena Varga, said crews had worked through the night."),
			[]string{"added attribution"}},
		{"deadline credited after the claim", plus("Ferries will resume sailings on Friday, the operator said."), keep,
			[]string{"dropped date"}},
		{"place credited after the claim", keep, plus("Divers recovered the anchor near Gull Island, the coastguard said."),
			[]string{"added entity"}},
		{"source leading the claim", keep, plus("The coastguard said divers had recovered the anchor near Gull Island."),
			[]string{"added attribution"}},
		{"named person after the claim", plus("Ferries will resume sailings on Friday, harbour master Ivan Petrov said."), keep,
			[]string{"dropped attribution"}},
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
