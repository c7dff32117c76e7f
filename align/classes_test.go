package align

import (
	"slices"
	"testing"
)

// retoldFerry is a short story and a version of it retold in other words
// throughout (few sentences kept as they were), for the mechanisms that
// act on retellings.
var retoldFerry = [2][]string{{
	"KESTRA, Norland (NWS) - A ferry carrying 240 passengers ran aground off the island of Tarvo on Sunday, the coast guard said.",
	"All passengers were taken off the vessel by lifeboats within three hours, a coast guard spokesman said.",
	"The ferry operator, Baltrea Lines, said the ship had lost power in heavy seas shortly after leaving port.",
	"Divers will inspect the hull on Monday before the ship is towed to a dry dock.",
	"Ferry services to Tarvo and Osmund were suspended for the day.",
}, {
	"A ferry with 240 people on board struck rocks near Tarvo on Sunday, according to the coast guard.",
	"Every passenger was taken off by lifeboats in under three hours, a spokesman for the coast guard said.",
	"Baltrea Lines, which runs the ferry, said the vessel suffered a power failure in rough weather soon after it set off.",
	"The hull is to be examined by divers on Monday, after which the ship will be taken to a dry dock.",
	"Ferry crossings to Tarvo and Osmund were suspended until further notice.",
}}

// TestRetoldPlaceContext checks that in a retold version a place named on
// one side only of a reworded sentence pair (the country of the dateline,
// a strait or region the other side leaves to the context) is no change, while a
// name dropped from a list whose other names the version keeps still is.
func TestRetoldPlaceContext(t *testing.T) {
	ref, ver := retoldFerry[0], retoldFerry[1]
	strait := slices.Clone(ref)
	strait[0] = "KESTRA, Norland (NWS) - A ferry carrying 240 passengers ran aground off the island of Tarvo in the Kessel Strait on Sunday, the coast guard said."
	region := slices.Clone(ver)
	region[3] = "The hull is to be examined by divers on Monday, after which the ship will be taken to a dry dock in Vessmark."
	listed := slices.Clone(ver)
	listed[4] = "Ferry crossings to Tarvo were suspended until further notice."
	runMechanismCases(t, []mechanismCase{
		{"strait left out of the lede", strait, ver, nil},
		{"region of the dock filled in", ref, region, nil},
		{"name dropped from a list", ref, listed, []string{"altered entity"}},
	})
}

// TestListedWithKept checks the coordination test behind
// TestRetoldPlaceContext on its own.
func TestListedWithKept(t *testing.T) {
	for _, tt := range []struct {
		own, given, other string
		want              bool
	}{
		{"Ships to Tarvo, Osmund and the Lesser Isles were held.", "Lesser Isles", "Ships to Tarvo and Osmund were held.", true},
		{"Ships to Tarvo and Osmund were held.", "Osmund", "Ships to Tarvo were held.", true},
		{"Ships to Osmund, Tarvo and Kell were held.", "Osmund", "Ships to Tarvo and Kell were held.", true},
		{"KESTRA, Norland (NWS) - A ferry ran aground.", "Norland", "A ferry struck rocks.", false},
		{"The Institute for Coastal Safety and Rescue said so.", "Rescue", "The ICSR said so.", false},
		{"Ships to Tarvo were held in Osmund.", "Osmund", "Ships to Tarvo were held.", false},
	} {
		if got := listedWithKept(tt.own, tt.given, tt.other); got != tt.want {
			t.Errorf("listedWithKept(%q, %q, %q) = %v, want %v", tt.own, tt.given, tt.other, got, tt.want)
		}
	}
}

// TestNewFigureDetails checks that when an update rewrites a sentence
// around a new figure, the place or time at which it was counted is a
// detail of that change, not a change of its own; in a sentence only
// touched up, or with no figure changed, a new place is still reported.
func TestNewFigureDetails(t *testing.T) {
	ref := []string{
		"Flooding closed the main road between Ardley and Penn on Tuesday.",
		"The fire service said no one had been hurt.",
		"Council workers were clearing debris from drains across the town.",
		"Rail services were running normally, the operator said.",
		"More rain is forecast for the weekend.",
	}
	newFigure := slices.Clone(ref)
	newFigure[1] = "The fire service said two drivers were rescued from their cars and treated at Penn General Hospital."
	timed := slices.Clone(ref)
	timed[3] = "Rail services were cut by 40% on Wednesday, the operator said."
	sourced := slices.Clone(ref)
	sourced[4] = "More rain is forecast for the weekend, with up to 40 mm expected on Saturday, according to the Met Office."
	touched := slices.Clone(ref)
	touched[2] = "Council workers from Brenton were clearing debris from drains across the town."
	runMechanismCases(t, []mechanismCase{
		{"hospital of the rescued", ref, newFigure, []string{"altered number"}},
		{"hour of the cut", ref, timed, []string{"altered number"}},
		{"source of the forecast figure", ref, sourced, []string{"altered number"}},
		{"place added to a kept sentence", ref, touched, []string{"altered entity"}},
	})
}

// TestUnaccentedNames checks that a name written with or without its
// accents is the same name, while another name is not.
func TestUnaccentedNames(t *testing.T) {
	ref := []string{"Rescuers reached the village of Santa Inés in the Córdoba hills on Friday."}
	runMechanismCases(t, []mechanismCase{
		{"accents dropped", ref, []string{"Rescuers reached the village of Santa Ines in the Cordoba hills on Friday."}, nil},
		{"accents added", []string{"Rescuers reached the village of Santa Ines on Friday."},
			[]string{"Rescuers reached the village of Santa Inés on Friday."}, nil},
		{"another name", ref, []string{"Rescuers reached the village of Santa Inés in the Corrales hills on Friday."},
			[]string{"altered entity"}},
	})
	for _, tt := range [][2]string{{"inés", "ines"}, {"zürich", "zurich"}, {"łódź", "lodz"}, {"avcı", "avci"}, {"søren", "soren"}, {"plain", "plain"}} {
		if got := unaccented(tt[0]); got != tt[1] {
			t.Errorf("unaccented(%q) = %q, want %q", tt[0], got, tt[1])
		}
	}
}

// TestDisclaimersAndPaywalls checks standing disclaimers, metered
// paywall prompts and source credits as site chrome, and story sentences
// using the same words as claims.
func TestDisclaimersAndPaywalls(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want bool
	}{
		{"The information in this column is for general information purposes only.", true},
		{"This report does not constitute investment advice.", true},
		{"Nothing here is a substitute for professional medical advice.", false}, // no "is not"
		{"This page is not a substitute for professional legal advice.", true},
		{"You've used your quota of free stories for this month.", true},
		{"Subscribe for $2 a month to continue reading the Harbour Times.", true},
		{"Source: Valley Herald", true},
		{"Disclaimer: All content on this site is for informational purposes only.", true},
		{"The minister said the figures were for information only and would be revised.", false},
		{"Doctors said the clinic does not offer advice on vaccines by phone.", false},
		{"Source: a police officer at the scene said two men were held.", false},
		{"Source: police.", true},
	} {
		if got := IsBoilerplate(tt.in); got != tt.want {
			t.Errorf("IsBoilerplate(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

// TestClaimHeadline checks that a headline putting its story's claim in
// single quotes is site chrome above the lede, while a quoted sentence is
// not a headline.
func TestClaimHeadline(t *testing.T) {
	ref := []string{
		"A former council treasurer took 120,000 pounds from a road repair fund, a court heard on Monday.",
		"Prosecutors said the money was spent on a holiday home.",
	}
	runMechanismCases(t, []mechanismCase{
		{"claim headline", ref, append([]string{"Ex-treasurer 'took road fund cash for holiday home'"}, ref...), nil},
	})
	for _, tt := range []struct {
		in   string
		want bool
	}{
		{"Ex-treasurer 'took road fund cash for holiday home'", true},
		{"Striker ‘close to signing new deal’", true},
		{"'We will rebuild,' the mayor said.", false},
		{"He said it was 'a disgrace.'", false},
		{"The players' union", false},
		{"Bid 'on'", false},
	} {
		if got := claimHeadline(tt.in); got != tt.want {
			t.Errorf("claimHeadline(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

// TestDollarCountry checks that the letters saying whose dollar an
// amount is, before or after the sign ("US$40", "$NZ40"), are neither a
// name nor a change of the number, while another amount still is.
func TestDollarCountry(t *testing.T) {
	for _, in := range []string{"Copper fell below $NZ40 a kilo.", "Copper fell below NZ$40 a kilo.", "Copper fell below $US40 a kilo."} {
		f := extract(in, nil, nil)
		if len(f.numbers) != 1 || f.numbers[0].Key != "$40" || f.numbers[0].Text != "$40" {
			t.Errorf("numbers of %q = %+v, want one $40", in, f.numbers)
		}
		for _, e := range f.entities {
			if e.Key != "copper" {
				t.Errorf("entities of %q = %+v, want no dollar letters among them", in, f.entities)
			}
		}
	}
	ref := []string{"Shares of Tasman Ore fell 3% after copper dropped below $40 a kilo in London."}
	runMechanismCases(t, []mechanismCase{
		{"letters after the sign", ref, []string{"Shares of Tasman Ore fell 3% after copper dropped below $US40 a kilo in London."}, nil},
		{"letters before the sign", ref, []string{"Shares of Tasman Ore fell 3% after copper dropped below US$40 a kilo in London."}, nil},
		{"another amount", ref, []string{"Shares of Tasman Ore fell 3% after copper dropped below $US38 a kilo in London."},
			[]string{"altered number"}},
	})
}

// TestTieCompounds checks that a name tied to a participle ("Tehran-backed
// militia") is the same name as the one the version spells out ("a militia
// backed by Tehran"), while another name is a change.
func TestTieCompounds(t *testing.T) {
	ref := []string{"Fighters of a Kandor-backed militia seized two border posts on Friday, officials said."}
	runMechanismCases(t, []mechanismCase{
		{"compound spelt out", ref, []string{"Fighters of a militia backed by Kandor seized two border posts on Friday, officials said."}, nil},
		{"compound made", []string{"Fighters of a militia backed by Kandor seized two border posts on Friday, officials said."}, ref, nil},
		{"another backer", ref, []string{"Fighters of a Velmar-backed militia seized two border posts on Friday, officials said."},
			[]string{"altered entity"}},
	})
}

// TestRetoldJudgementLeftOut checks that a retelling which leaves out a
// judgement of the reference ("fierce", "devastating") makes no change,
// while one that adds a judgement, or an edited copy that drops one, does.
func TestRetoldJudgementLeftOut(t *testing.T) {
	ref, ver := retoldFerry[0], retoldFerry[1]
	judged := slices.Clone(ref)
	judged[2] = "The ferry operator, Baltrea Lines, said the ship had lost power in ferocious seas shortly after leaving port."
	added := slices.Clone(ver)
	added[2] = "Baltrea Lines, which runs the ferry, said the vessel suffered a disastrous power failure in rough weather soon after it set off."
	edited := slices.Clone(judged)
	edited[2] = "The ferry operator, Baltrea Lines, said the ship had lost power in seas shortly after leaving port."
	runMechanismCases(t, []mechanismCase{
		{"judgement left out of a retelling", judged, ver, nil},
		{"judgement added by a retelling", ref, added, []string{"altered characterization"}},
		{"judgement cut from an edited copy", judged, edited, []string{"altered characterization"}},
	})
}

// TestGluedDateline checks that a dateline in capitals joined to the
// story by an em dash without spaces is read as a dateline, not as part
// of the first name of the story, and that a hyphened pair of names is
// left alone.
func TestGluedDateline(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"OSLO—Nordvik Air said on Monday it would buy 12 jets.", "OSLO — Nordvik Air said on Monday it would buy 12 jets."},
		{"SAN JOSE, Calif.—Shares of Corvel rose 4%.", "SAN JOSE, Calif. — Shares of Corvel rose 4%."},
		{"US-China talks resumed on Monday.", "US-China talks resumed on Monday."},
		{"Nordvik Air—the country's largest carrier—said so.", "Nordvik Air—the country's largest carrier—said so."},
	} {
		if got := spaceGluedDateline(tt.in); got != tt.want {
			t.Errorf("spaceGluedDateline(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	runMechanismCases(t, []mechanismCase{
		{"glued dateline dropped",
			[]string{"OSLO—Nordvik Air said on Monday it would buy 12 jets from Airbus."},
			[]string{"Nordvik Air said on Monday it would buy 12 jets from Airbus."}, nil},
	})
}

// TestNameAcronym checks that an acronym in brackets after a name stands
// for it even when its letters follow the name in another language
// ("Regional Water Authority (ARA)"), while a bracketed acronym that
// follows no name, or a name put in another's place, is still a name.
func TestNameAcronym(t *testing.T) {
	ref := []string{"The Regional Water Authority said reservoirs were at 31% of capacity on Monday."}
	runMechanismCases(t, []mechanismCase{
		{"foreign acronym added", ref, []string{"The Regional Water Authority (ARA) said reservoirs were at 31% of capacity on Monday."}, nil},
	})
	for _, tt := range []struct {
		in   string
		want bool // whether ARA is read as a name
	}{
		{"The Regional Water Authority (ARA) said reservoirs were low.", false},
		{"Reservoirs run by the water agency (ARA) were low.", true},
	} {
		got := slices.ContainsFunc(extract(tt.in, nil, nil).entities, func(f Fact) bool { return f.Text == "ARA" })
		if got != tt.want {
			t.Errorf("ARA a name in %q = %v, want %v", tt.in, got, tt.want)
		}
	}
}

// TestTimedAndDoubleNegation checks two negators that deny nothing: "not
// … until" tells when a thing happens, and "not un-" is the plain word;
// a plain denial of the same claim is still a change of negation.
func TestTimedAndDoubleNegation(t *testing.T) {
	runMechanismCases(t, []mechanismCase{
		{"not until",
			[]string{"The museum said it would wait for the roof repairs to finish before reopening its east wing."},
			[]string{"The museum said it would not reopen its east wing until the roof repairs were finished."}, nil},
		{"not until on both sides, one shorter",
			[]string{"The museum said it would not reopen its east wing until the roof repairs were finished."},
			[]string{"The museum said it would not reopen its east wing."}, nil},
		{"plain denial",
			[]string{"The museum said it would reopen its east wing after the roof repairs."},
			[]string{"The museum said it would not reopen its east wing after the roof repairs."},
			[]string{"altered negation"}},
		{"double negative",
			[]string{"Residents of the valley are not unfamiliar with flash floods at this time of year."},
			[]string{"Residents of the valley are familiar with flash floods at this time of year."}, nil},
		{"double negative halved",
			[]string{"Residents of the valley are not unfamiliar with flash floods at this time of year."},
			[]string{"Residents of the valley are unfamiliar with flash floods at this time of year."},
			[]string{"altered negation"}},
	})
}

// TestPrivativeWithout checks that "without" telling the manner of an
// event ("without injury") denies nothing, while one whose object the
// other side names ("with a permit" → "without a permit") or that negates
// an act ("without telling") still changes the negation.
func TestPrivativeWithout(t *testing.T) {
	runMechanismCases(t, []mechanismCase{
		{"manner added",
			[]string{"The climbers were brought down from the ridge by a helicopter crew on Friday."},
			[]string{"The climbers were brought down from the ridge without a hitch by a helicopter crew on Friday."},
			[]string{"altered wording"}}, // the words added, not a denial
		{"object on the other side",
			[]string{"The stall had been trading with a permit from the market board, inspectors said."},
			[]string{"The stall had been trading without a permit from the market board, inspectors said."},
			[]string{"altered negation"}},
		{"negated act",
			[]string{"The club sold the striker and did not tell the fans."},
			[]string{"The club sold the striker without telling the fans."}, nil},
	})
}

// TestPlatformDropped checks that a platform a statement was posted on,
// dropped with the rest of the phrase, is no name dropped, while a person
// dropped is.
func TestPlatformDropped(t *testing.T) {
	runMechanismCases(t, []mechanismCase{
		{"platform dropped",
			[]string{"The ferry company said in a post on Telegram that sailings would resume on Friday."},
			[]string{"The ferry company said sailings would resume on Friday."}, nil},
		{"person dropped",
			[]string{"The ferry company said in a letter to Mayor Ilse Varga that sailings would resume on Friday."},
			[]string{"The ferry company said sailings would resume on Friday."},
			[]string{"altered entity"}},
	})
}

// TestOpenMatterAnswered checks that an update answering a question the
// first report left open ("not yet known" → "investigators believe …")
// is one claim of changed modality wherever the answer stands, even when
// the two sentences share no word, and that an answer is not paired by
// its kind when two sentences could give it.
func TestOpenMatterAnswered(t *testing.T) {
	ref := []string{
		"A warehouse fire in Dunmore destroyed stock worth millions on Friday night.",
		"Firefighters from four stations fought the blaze for six hours.",
		"What started the fire is not yet known.",
		"The owners, Callan Logistics, thanked the crews for their work.",
		"The road beside the site will stay shut until Sunday.",
	}
	inPlace := slices.Clone(ref)
	inPlace[2] = "Officers suspect faulty wiring in a loading bay was to blame."
	moved := []string{ref[0], ref[1], ref[3], ref[4],
		"Officers suspect faulty wiring in a loading bay sparked the blaze."}
	reverse := [2][]string{slices.Clone(ref), slices.Clone(ref)}
	reverse[0][2] = "Officers suspect faulty wiring in a loading bay was to blame."
	reverse[1][2] = "Just how it began is unclear."
	two := append(slices.Clone(moved), "Neighbours believe a storage tank may have exploded first.")
	runMechanismCases(t, []mechanismCase{
		{"answer in place", ref, inPlace, []string{"altered modality"}},
		{"answer moved to the end", ref, moved, []string{"altered modality"}},
		{"answer withdrawn", reverse[0], reverse[1], []string{"altered modality"}},
		{"two answers, both moved", ref, two, []string{"dropped modality", "added modality", "added modality"}},
	})
}

// TestRunTogetherMasthead checks that a page head an extractor ran into
// one paragraph (a navigation trail and the headline, or section,
// headline and byline fields closing in an update stamp) and a wire's
// credit with desk codes closing the story's last paragraph are chrome,
// while a story sentence with a pipe is not.
func TestRunTogetherMasthead(t *testing.T) {
	ref := []string{
		"Harwick, Mar 3 (PTI) Two bridges on the Solen river were closed on Tuesday after inspectors found cracks in their piers, district officials said.",
		"Traffic was diverted through Ormby, adding about 40 minutes to journeys.",
		"Engineers will decide within a week whether the bridges can reopen. (PTI) KLM JR",
	}
	crumbs := append([]string{"News » India » States Two Solen bridges shut after cracks found"}, ref...)
	stamp := append([]string{"Nation Solen bridges 'unsafe' after cracks found PTI | Harwick | Updated: 03-03-2026 14:05 IST"}, ref...)
	cut := slices.Clone(ref)
	cut[2] = "Engineers will decide within a week whether the bridges can reopen."
	told := slices.Clone(ref)
	told[1] = "Traffic was diverted through Ormby | Fenby, adding about 40 minutes to journeys."
	runMechanismCases(t, []mechanismCase{
		{"trail run into the headline", ref, crumbs, nil},
		{"section, headline and stamp", ref, stamp, nil},
		{"desk codes cut", ref, cut, nil},
		{"a pipe inside the story", ref, told, []string{"altered entity"}},
	})
}

// TestMastheadBlock checks the shapes behind TestRunTogetherMasthead.
func TestMastheadBlock(t *testing.T) {
	for _, tt := range []struct {
		raw  string
		want bool
	}{
		{"Home » Sport » Cricket Rain ends play at Harwick", true},
		{"World › Asia Quake hits coast", false}, // one separator: a headline with a label
		{"Business Stocks slide PTI | Harwick | Published: 5 June 2026 09:10 IST", true},
		{"Shares rose 4% | Updated figures are due in May.", false},
		{"The mayor said the plan was dead | the council disagreed.", false},
	} {
		if got := mastheadBlock(tt.raw); got != tt.want {
			t.Errorf("mastheadBlock(%q) = %v, want %v", tt.raw, got, tt.want)
		}
	}
}

// TestGradedQuantifier checks that a quantifier graded up or down
// ("several" → "most", one dropped) characterizes how widely a claim
// holds, while one swapped for all or none changes the claim.
func TestGradedQuantifier(t *testing.T) {
	ref := []string{"The union said several drivers had refused overtime since the pay offer was withdrawn."}
	most := []string{"The union said most drivers had refused overtime since the pay offer was withdrawn."}
	bare := []string{"The union said drivers had refused overtime since the pay offer was withdrawn."}
	every := []string{"The union said all drivers had refused overtime since the pay offer was withdrawn."}
	runMechanismCases(t, []mechanismCase{
		{"graded up", ref, most, []string{"altered characterization"}},
		{"quantifier dropped", ref, bare, []string{"altered characterization"}},
		{"made universal", ref, every, []string{"altered wording"}},
	})
}

// TestZeroTurned checks that a sentence saying there was none of
// something ("No charges have been filed.") and the one sentence of the
// other side telling of it happening are one claim changed, wherever the
// update put the new sentence, and that it is not paired when two
// sentences could be the one.
func TestZeroTurned(t *testing.T) {
	ref := []string{
		"A lorry crashed into a bus shelter on Dane Street in Holm on Thursday morning, the police said.",
		"Two people waiting for a bus were taken to hospital with minor injuries.",
		"No charges have been filed.",
		"A witness said the lorry had been travelling fast before it left the road.",
		"The shelter will be replaced by the council next month.",
	}
	ver := []string{ref[0],
		"A witness said the lorry had been travelling fast before it left the road.",
		"Two people waiting for a bus were taken to hospital with minor injuries.",
		"The shelter will be replaced by the council next month.",
		"Prosecutors on Friday charged the 52-year-old driver with dangerous driving.",
	}
	twice := append(slices.Clone(ver), "A second driver was charged over a separate crash in Holm.")
	runMechanismCases(t, []mechanismCase{
		{"none, then charged", ref, ver, []string{"altered number"}},
		{"two sentences charge someone", ref, twice, []string{"dropped negation", "added number", "added wording"}},
	})
}

// TestGluedCurrencyScale checks that an amount with its currency's
// letters glued on and the scale word apart ("N892 billion", "Rp1.1
// trillion") is compared as the amount, not as a word added.
func TestGluedCurrencyScale(t *testing.T) {
	runMechanismCases(t, []mechanismCase{
		{"naira", []string{"Turnover grew 12% to 310 billion naira."},
			[]string{"Turnover grew 12% to N310 billion."}, nil},
		{"rupiah", []string{"The bridge cost 2.4 trillion rupiah to build."},
			[]string{"The bridge cost Rp2.4 trillion to build."}, nil},
		{"naira changed", []string{"Sales rose 14% to 640 billion naira in the year."},
			[]string{"Sales rose 14% to N650 billion in the year."}, []string{"altered number"}},
	})
}

// TestOneCountedAnew checks that "one" counting a noun the other side
// counts with another number ("one person" → "two people") is the number
// changed, while a loose "one" of another noun is still no number.
func TestOneCountedAnew(t *testing.T) {
	runMechanismCases(t, []mechanismCase{
		{"one, then three", []string{"At least one firefighter was hurt tackling the blaze in Corran on Sunday."},
			[]string{"Three firefighters were hurt tackling the blaze in Corran on Sunday."}, []string{"altered number"}},
		{"one person, then two people, beside another count", []string{"One person died and 12 were hurt when the roof fell in."},
			[]string{"Two people died and 14 were hurt when the roof fell in."}, []string{"altered number", "altered number"}},
		{"one of another noun", []string{"One resident said the water rose fast, and 40 homes were flooded."},
			[]string{"A resident said the water rose fast, and 45 homes were flooded."}, []string{"altered number"}},
	})
}

// TestZeroNoun checks that the noun of a count of none is found past its
// modifiers, so that "no new developments" is not paired with any
// sentence that says "new".
func TestZeroNoun(t *testing.T) {
	tests := []struct{ fold, want string }{
		{"no arrests have been made.", "arrests"},
		{"there are no new developments to report so far.", "developments"},
		{"officials gave no further details.", "details"},
		{"police said there was no immediate threat to the public.", "threat"},
		{"the mayor said nothing new.", ""},
		{"there were no reports of injuries.", "injuries"},
		{"there has been no word of the crew since sunday.", "crew"},
		{"no reports were filed.", "reports"},
	}
	for _, tt := range tests {
		if got := zeroNoun(tt.fold); got != tt.want {
			t.Errorf("zeroNoun(%q) = %q, want %q", tt.fold, got, tt.want)
		}
	}
}
