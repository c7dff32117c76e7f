package align

import (
	"slices"
	"strings"
	"testing"
)

// Tests of session 26's work.

// TestPredicateBesideNumber reports a predicate swapped for another
// beside a number changed in its place as two claims ("have arrested two
// men" → "have charged three men": who was counted, and what was done to
// them); a predicate that only comes or goes with its number is still
// the number's one claim.
func TestPredicateBesideNumber(t *testing.T) {
	p := wrapBetween("Copper cable stolen from rail line near Limerick", "Services resumed on Friday.")
	runMechanismCases(t, []mechanismCase{
		{"arrested two → charged three", p("Gardaí have arrested two men in connection with the theft."),
			p("Gardaí have charged three men in connection with the theft."), []string{"altered number", "altered wording"}},
		{"burning → under control, with a new count", p("The fire was still burning on Monday after destroying 40 hectares of forest."),
			p("The fire was brought under control on Monday after destroying 55 hectares of forest."), []string{"altered number", "altered wording"}},
		{"the same predicate", p("Gardaí have arrested two men in connection with the theft."),
			p("Gardaí have arrested three men in connection with the theft."), []string{"altered number"}},
		{"a predicate added with its count", p("Gardaí are questioning a man in connection with the theft."),
			p("Gardaí have arrested two men in connection with the theft."), []string{"altered wording"}},
	})
}

// TestNoOneDenies reads "no one … was injured" as the denial "no
// injuries" makes, and "with no sign of" as the absence "without" tells;
// a count of the hurt, or a settlement in sight, is still a change.
func TestNoOneDenies(t *testing.T) {
	p := wrapBetween("Storm lashes Harlingen as dike rumour spreads", "The water board said the dike was safe.")
	runMechanismCases(t, []mechanismCase{
		{"no one injured", p("No injuries were reported in Harlingen."), p("No one in Harlingen was reported injured."), nil},
		{"nobody hurt", p("No injuries were reported in Harlingen."), p("Nobody was reported injured in Harlingen."), nil},
		{"two injured", p("No injuries were reported in Harlingen."), p("Two people in Harlingen were reported injured."), []string{"altered number"}},
		{"with no → without", p("The strike entered its second week with no sign of a settlement."),
			p("The strike entered its second week without a deal in sight."), nil},
		{"a settlement in sight", p("The strike entered its second week with no sign of a settlement."),
			p("The strike entered its second week with a settlement in sight."), []string{"altered negation"}},
	})
}

// TestFeedNotices reads as chrome the lines a feed or a republisher adds
// ("Syndicated from …", "… republishes selected regional stories under
// licence", "Published via …", "More information follows.", "Posted by
// … News Network", a stamp in a US zone), and not story lines that share
// their words.
func TestFeedNotices(t *testing.T) {
	for _, tt := range []struct {
		s    string
		want bool
	}{
		{"Syndicated from the North Kerry Observer", true},
		{"Republished from the Kerryman.", true},
		{"Costa Norte News republishes selected regional stories under licence.", true},
		{"Published via NewsFeed Central.", true},
		{"More information follows.", true},
		{"Further details to follow.", true},
		{"Posted by Camino News Network • Travel", true},
		{"Updated 3:15 PM MT", true},
		{"By Plains 8 News Staff", true},
		{"By Channel 9 Staff", true},
		{"By Monday the hospital lacked staff", false},
		{"By 2030 the plant will need more staff.", false},
		{"More details will be released on Friday.", false},
		{"The council published the report via its website on Monday.", false},
		{"Syndicated loans rose 5 percent last year.", false},
		{"Posted by police on Facebook", false},
	} {
		if got := IsBoilerplate(tt.s); got != tt.want {
			t.Errorf("IsBoilerplate(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
	// A wire's closing note is no story paragraph the copy left out.
	ref := []string{"Scaffolding collapses at Apeldoorn school site",
		"Several people were injured on Thursday morning when scaffolding collapsed at a building site next to a primary school in Apeldoorn.",
		"The emergency services were at the scene with several ambulances and two trauma helicopters.",
		"It is not yet clear what caused the collapse. The road has been closed to traffic.",
		"Police have asked people to stay away from the area so as not to hinder the emergency services.",
		"More information follows."}
	ver := []string{"Worker dies after scaffolding collapses at Apeldoorn school site",
		"A construction worker was killed and two others were seriously injured on Thursday morning when scaffolding collapsed at a building site next to a primary school in Apeldoorn.",
		"The emergency services were at the scene with several ambulances and two trauma helicopters.",
		"The cause of the collapse is still unclear. The Netherlands Labour Authority has started an investigation.",
		"The road will remain closed to traffic until at least Friday evening."}
	if c := Compare(doc(ref...), doc(ver...)); c.Summary.Truncated {
		t.Errorf("an update that drops its last paragraph and the wire's note is reported truncated")
	}
}

// TestOutletNamesItself reads "told this newspaper" and the outlet named
// on the other side ("told the Noorderpost", "told local newspaper the
// Zutphen Courant") as one audience, names and all; another speaker is
// still another source, and a wire agency is another outlet than the
// paper's own.
func TestOutletNamesItself(t *testing.T) {
	p := wrapBetween("Trawler sinks off Harlingen", "The coastguard said the search continued.")
	runMechanismCases(t, []mechanismCase{
		{"the Noorderpost", p("\"There was a bang,\" skipper Hendrik Bakker, 58, told this newspaper."),
			p("\"There was a bang,\" skipper Hendrik Bakker, 58, told the Noorderpost."), nil},
		{"local newspaper the Zutphen Courant", p("\"He simply didn't see the pillar,\" a witness told this newspaper."),
			p("\"He simply didn't see the pillar,\" a witness told local newspaper the Zutphen Courant."), nil},
		{"another speaker", p("Skipper Hendrik Bakker told this newspaper that the hull gave way."),
			p("Deckhand Jan Visser told the Noorderpost that the hull gave way."), []string{"altered attribution"}},
	})
	for _, tt := range []struct {
		s    string
		want bool
	}{
		{"the Noorderpost", true},
		{"local newspaper", true},
		{"the APA", false},
		{"Reuters", false},
		{"reporters", false},
		{"the court", false},
		{"Marco di Lorenzo", false},
	} {
		a := attribution{text: tt.s, audience: true, words: words(strings.ToLower(tt.s))}
		if tt.s == "reporters" {
			a.keys = []string{"reporters"}
		}
		if got := outletAudience(a); got != tt.want {
			t.Errorf("outletAudience(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

// TestHeadlineEventSwap reports a headline that puts a key event of its
// own in place of the verb the other leads on ("Drought delays start of
// boat service" → "Boat service cancelled for summer"); a detail added
// to a headline that keeps its verb is still the copy desk's.
func TestHeadlineEventSwap(t *testing.T) {
	tail := []string{"The electric boat that crosses the Alloz reservoir will not begin its season until July, its operator said on Tuesday.",
		"The reservoir was at 31 percent of capacity on Monday."}
	runMechanismCases(t, []mechanismCase{
		{"delays → cancelled", append([]string{"Drought delays start of Alloz reservoir boat service"}, tail...),
			append([]string{"Navarre's Alloz boat service cancelled for summer"}, tail...), []string{"altered wording"}},
		{"injured → dies", append([]string{"Paraglider injured in fall at Horn Head"}, tail...),
			append([]string{"Paraglider dies after fall at Horn Head"}, tail...), []string{"altered wording"}},
		{"trapped → rescued", append([]string{"Four miners trapped after tunnel collapse near Casper"}, tail...),
			append([]string{"Four miners rescued after tunnel collapse near Casper"}, tail...), []string{"altered wording"}},
		{"a detail added", append([]string{"Drought delays start of Alloz reservoir boat service"}, tail...),
			append([]string{"Drought delays start of Navarre's Alloz reservoir boat service"}, tail...), nil},
	})
}

// TestGluedMetres reads a length with "m" written onto it ("the 24m
// catamaran") as the metres the other side writes out, not millions; a
// length changed is still a change.
func TestGluedMetres(t *testing.T) {
	p := wrapBetween("Fish-farm boat hits Lewis bridge", "The bridge remains closed.")
	runMechanismCases(t, []mechanismCase{
		{"24-metre → 24m", p("The 24-metre catamaran Solan Dawn hit the central span of the bridge on Tuesday."),
			p("The 24m catamaran Solan Dawn hit the central span of the bridge on Tuesday."), nil},
		{"300-metre → 300m", p("A fisherman has been ferrying passengers across the 300-metre channel."),
			p("A fisherman has been ferrying passengers across the 300m channel."), nil},
		{"24-metre → 26m", p("The 24-metre catamaran Solan Dawn hit the central span of the bridge on Tuesday."),
			p("The 26m catamaran Solan Dawn hit the central span of the bridge on Tuesday."), []string{"altered number"}},
	})
}

// TestIrishForms reads gardaí as the police, and "Co Cork" as "County
// Cork"; another service, or another county, is still a change.
func TestIrishForms(t *testing.T) {
	p := wrapBetween("Two dead as minibus leaves road near Dingle", "The road reopened on Monday.")
	runMechanismCases(t, []mechanismCase{
		{"gardaí → police", p("The vehicle left the road shortly before 9am, gardaí said."),
			p("The vehicle left the road shortly before 9am, police said."), nil},
		{"gardaí → the fire brigade", p("The vehicle left the road shortly before 9am, gardaí said."),
			p("The vehicle left the road shortly before 9am, the fire brigade said."), []string{"altered attribution"}},
		{"Co Cork → County Cork", p("The dead were a man and a woman, both in their forties, from Co Cork."),
			p("The dead were a man and a woman, both in their forties, from County Cork."), nil},
		{"Co Cork → Co Kerry", p("The dead were a man and a woman, both in their forties, from Co Cork."),
			p("The dead were a man and a woman, both in their forties, from Co Kerry."), []string{"altered entity"}},
	})
}

// TestPurposeNegator reads "so as not to" and "in order not to" as the
// purpose of what was done, no claim denied.
func TestPurposeNegator(t *testing.T) {
	for _, tt := range []struct {
		s    string
		negs int
	}{
		{"Police asked people to stay away so as not to hinder the emergency services.", 0},
		{"Crews worked at night in order not to disrupt traffic.", 0},
		{"Police asked people not to go near the site.", 1},
		{"Police said it was not so as to punish anyone.", 1},
	} {
		if got := len(extract(tt.s, nil, nil).negs); got != tt.negs {
			t.Errorf("negations of %q = %d, want %d", tt.s, got, tt.negs)
		}
	}
}

// TestHeadlineDeathGiven reports a death a headline adds where the other
// side's story tells of none ("14 workers rescued" → "One dead, 14
// rescued"); a death the other story tells is a detail the headline took
// from it.
func TestHeadlineDeathGiven(t *testing.T) {
	tail := func(death string) []string {
		return []string{"Firefighters rescued 14 workers trapped inside a cold storage building after an ammonia leak on Wednesday.",
			"Nine of the workers were taken to hospital." + death}
	}
	runMechanismCases(t, []mechanismCase{
		{"a death added", append([]string{"14 workers rescued after ammonia leak at Mandaue ice plant"}, tail("")...),
			append([]string{"One dead, 14 rescued after ammonia leak at Mandaue ice plant"}, tail("")...), []string{"altered wording"}},
		{"a death the story tells", append([]string{"14 workers rescued after ammonia leak at Mandaue ice plant"}, tail(" One of them later died.")...),
			append([]string{"One dead, 14 rescued after ammonia leak at Mandaue ice plant"}, tail(" One of them later died.")...), nil},
	})
}

// TestStatementDayApart reports the day of a statement moved ("the
// council said on Friday" → "on Tuesday") apart from the date the
// statement gives ("next week" → "until April 22"), but as one move with
// the dateline's day.
func TestStatementDayApart(t *testing.T) {
	p := wrapBetween("Arguedilla river ferry stays shut", "Farmers have had to take a 40-kilometre detour.")
	runMechanismCases(t, []mechanismCase{
		{"two dates", p("The ferry will remain out of service next week, the town council said on Friday."),
			p("The ferry will remain out of service until April 22, the town council said on Tuesday."), []string{"altered date", "altered date"}},
		{"the statement's day only", p("The ferry will remain out of service until April 22, the town council said on Friday."),
			p("The ferry will remain out of service until April 22, the town council said on Tuesday."), []string{"altered date"}},
		{"with the dateline", p("TUDELA, June 3 – The ferry will remain out of service, the town council said on Tuesday."),
			p("TUDELA, June 4 – The ferry will remain out of service, the town council said on Wednesday."), []string{"altered date"}},
	})
}

// TestHeadlineToIsWill reads a headline's "to" ("Ferry to stay shut") as
// the "will" it stands for; a hedge against it is still a change.
func TestHeadlineToIsWill(t *testing.T) {
	tail := []string{"The cable ferry across the Ebro at Arguedilla will remain out of service, the town council said.",
		"Engineers found that its main cable had been damaged."}
	runMechanismCases(t, []mechanismCase{
		{"will → to", append([]string{"Arguedilla ferry will stay shut until April 22"}, tail...),
			append([]string{"Arguedilla ferry to stay shut until April 22"}, tail...), nil},
		{"could → to", append([]string{"Arguedilla ferry could stay shut until April 22"}, tail...),
			append([]string{"Arguedilla ferry to stay shut until April 22"}, tail...), []string{"altered modality"}},
	})
}

// TestRecordSpan reports a sentence that claims a record over a span of
// years ("the worst storm in a decade") as a characterization, its span
// no count; a count beside it is still a number.
func TestRecordSpan(t *testing.T) {
	ref := []string{"Storm floods Harlingen harbour", "Dozens of families left their homes in Harlingen on Tuesday night.", "The water board said the dike held."}
	add := func(s string) []string { return append(slices.Clone(ref), s) }
	for _, tt := range []struct {
		s    string
		want Facet
	}{
		{"It was the worst storm to hit the northern Netherlands in a decade.", FacetCharacterization},
		{"The raid was the biggest jewel robbery in Monaco in more than 20 years.", FacetCharacterization},
		{"It was the worst storm in a decade, and 40 homes were flooded.", FacetNumber},
		{"The storm lasted for more than 20 hours.", FacetNumber},
	} {
		c := Compare(doc(ref...), doc(add(tt.s)...))
		got := Facet("")
		for _, d := range c.Divergences {
			if d.Material && d.Kind == Added {
				got = d.Facet
			}
		}
		if got != tt.want {
			t.Errorf("added %q: facet %q, want %q", tt.s, got, tt.want)
		}
	}
}

// TestHedgeForms reads "is also understood to" and "apparent" as hedges,
// so that a claim settled without them is a change of modality.
func TestHedgeForms(t *testing.T) {
	p := wrapBetween("Refinery strike ends in Navarre", "Production resumed on Friday.")
	runMechanismCases(t, []mechanismCase{
		{"is also understood to", p("The union is also understood to have won a commitment to hire 30 permanent workers."),
			p("The union also won a commitment to hire 30 permanent workers."), []string{"altered modality"}},
		{"an apparent fault", p("The cooperative blamed an apparent electrical fault at the gate."),
			p("The cooperative blamed an electrical fault at the gate."), []string{"altered modality"}},
		{"also understood by all", p("The rules were also understood by all workers at the plant."),
			p("The rules were known to all workers at the plant."), nil},
	})
}

// TestMojibakeNoBreakSecond mends a damaged character whose second byte
// was read as a no-break space ("Å\u00a0" for "Š"), so that a name
// damaged so is no name changed.
func TestMojibakeNoBreakSecond(t *testing.T) {
	if got, want := RepairMojibake("Å\u00a0Å¥astnÃ½'s neighbors"), "Šťastný's neighbors"; got != want {
		t.Errorf("RepairMojibake = %q, want %q", got, want)
	}
	if got := RepairMojibake("Prices in Ã\u00a0 la carte"); !strings.Contains(got, "la carte") {
		t.Errorf("RepairMojibake lost words: %q", got)
	}
	p := wrapBetween("Thieves take 40 hives near Mikulov", "Police are investigating.")
	runMechanismCases(t, []mechanismCase{
		{"damaged name and a spelling", p("Šťastný's neighbours have offered him swarms to help him start again."),
			p("Å\u00a0Å¥astnÃ½'s neighbors have offered him swarms to help him start again."), nil},
	})
}

// TestStateTurnInSlot pairs the one sentence each side leaves in a slot
// when they tell two states of one thing (a condition and a death, a
// suspect questioned and then arrested, a fire held and then out): one
// claim updated, not a drop and an addition. Two sentences of other
// matters in one slot stay apart.
func TestStateTurnInSlot(t *testing.T) {
	wrap := func(mid string) []string {
		return []string{"Jet ski crash on Veluwemeer", "A 16-year-old boy was injured on Saturday when two jet skis collided near Harderwijk.",
			"The rider of the other jet ski, a 34-year-old man, was not hurt. " + mid,
			"The water police are investigating the collision."}
	}
	runMechanismCases(t, []mechanismCase{
		{"questioned → arrested", wrap("Police said he had been questioned at the scene and released."),
			wrap("Police said on Sunday that he had been arrested on suspicion of causing bodily harm through negligence."), []string{"altered wording"}},
		{"critical → died", wrap("He was in critical condition Saturday night."),
			wrap("He died there shortly after 9 a.m. on Sunday."), []string{"altered date"}},
		{"other matters", wrap("The lake is popular with water skiers in summer."),
			wrap("Rental companies must check that riders hold a licence."), []string{"dropped wording", "added wording"}},
	})
	for _, tt := range []struct {
		a, b string
		want bool
	}{
		{"by 7 a.m., crews had the fire largely contained.", "crews declared the fire fully extinguished shortly before noon.", true},
		{"two fishermen were missing on tuesday.", "the bodies of the two fishermen were recovered on wednesday.", true},
		{"the pass has been the scene of several serious crashes.", "south africa has one of the highest road fatality rates.", false},
		{"police arrested two men.", "police arrested two more men on sunday.", false},
	} {
		if got := stateTurn(tt.a, tt.b); got != tt.want {
			t.Errorf("stateTurn(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

// TestQuoteReplacedInSlot pairs the one quote each side leaves in a slot
// when one speaker says both: the speaker's words replaced, one altered
// quote. Quotes of two speakers stay apart.
func TestQuoteReplacedInSlot(t *testing.T) {
	wrap := func(mid string) []string {
		return []string{"Pupils fall ill after school lunch in Cobán", "Forty pupils were taken to hospital on Monday after eating lunch at a school in Cobán.",
			"The school's director, Ana Choc, said the kitchen had been closed. " + mid,
			"Health inspectors took samples of the food."}
	}
	runMechanismCases(t, []mechanismCase{
		{"she said → she said", wrap("“None of them is in serious condition,” she said."),
			wrap("“Most of them are already recovering at home,” she said."), []string{"altered quote"}},
		{"another speaker", wrap("“None of them is in serious condition,” she said."),
			wrap("“We are still waiting for the results,” a health ministry spokesman said."), []string{"dropped quote", "added quote"}},
	})
}

// TestAsideBeforeSaid reads the speaker after "said" when an aside
// stands between the claim and the verb ("…, weather permitting, said
// spokesperson Melissa Tran"), and still reads a subject named before an
// appositive ("Bahia's security secretary, Ricardo Prates, said").
func TestAsideBeforeSaid(t *testing.T) {
	for _, tt := range []struct{ s, want string }{
		{"Crews are expected to begin stringing the cable across the river on Thursday, weather permitting, said county spokesperson Melissa Tran.", "county spokesperson Melissa Tran"},
		{"Work will begin on Thursday, if possible, said county spokesperson Melissa Tran.", "county spokesperson Melissa Tran"},
		{"Bahia's public security secretary, Ricardo Almeida Prates, said police had opened an investigation.", "Ricardo Almeida Prates"},
		{"Jane Doe, a lawyer for the family, said the school had been warned.", "Jane Doe"},
	} {
		got := attribTexts(extract(tt.s, nil, nil).attribs)
		if len(got) != 1 || got[0] != tt.want {
			t.Errorf("attribution of %q = %q, want %q", tt.s, got, tt.want)
		}
	}
}

// TestAudienceSwap reports the outlet a speaker told, swapped for
// another ("told the Shetland Herald" → "told BBC Radio Shetland"), as an
// attribution, not as names changed; a name changed beside a kept
// outlet is still an entity.
func TestAudienceSwap(t *testing.T) {
	p := wrapBetween("Boar gores dog walker on Shetland", "The boar was caught on Thursday.")
	runMechanismCases(t, []mechanismCase{
		{"Herald → BBC Radio Shetland", p("Margaret Isbister, 71, was bitten on the leg. She told the Shetland Herald: \"I heard a grunt and then I was on the ground.\""),
			p("Margaret Isbister, 71, was bitten on the leg. Ms Isbister told BBC Radio Shetland: \"I heard a grunt and then I was on the ground.\""), []string{"altered attribution"}},
		{"a place changed beside the outlet", p("She told the Shetland Herald she had been walking near Lerwick."),
			p("She told the Shetland Herald she had been walking near Scalloway."), []string{"altered entity"}},
	})
}

// TestAppealNotTo reports a sentence dropped or added whole that asks
// people not to do something ("Residents were advised not to use canal
// water") as wording, an appeal, not as a denial or a hedge; a source
// who asked not to be named, or a denial beside the appeal, keeps its
// older reading.
func TestAppealNotTo(t *testing.T) {
	ref := []string{"Chemical spill closes canal near Kampong Cham", "A tanker spilled about 2,000 litres of pesticide into an irrigation canal on Monday, officials said.",
		"Fish were seen floating in the water near three villages."}
	dropped := func(s string) Facet {
		c := Compare(doc(append(slices.Clone(ref), s)...), doc(ref...))
		for _, d := range c.Divergences {
			if d.Material && d.Kind == Dropped {
				return d.Facet
			}
		}
		return ""
	}
	for _, tt := range []struct {
		s    string
		want Facet
	}{
		{"Residents were advised not to use canal water for drinking or cooking until further notice.", FacetWording},
		{"Authorities urged the public not to circulate videos of the spill.", FacetWording},
		{"Golfers are advised never to shelter under isolated trees during a storm.", FacetWording},
		{"The company said it had no connection with the tanker and urged residents not to share rumours.", FacetNegation},
	} {
		if got := dropped(tt.s); got != tt.want {
			t.Errorf("dropped %q: facet %q, want %q", tt.s, got, tt.want)
		}
	}
	for _, tt := range []struct {
		s    string
		want bool
	}{
		{"police asked the public not to share the video.", true},
		{"a source, who asked not to be named, said the tanker was overloaded.", false},
		{"officials said the water was not safe to drink.", false},
	} {
		if got := appealNotTo(tt.s); got != tt.want {
			t.Errorf("appealNotTo(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

// TestPossibleOpensHeadline reads "Possible" opening a headline as a
// hedge, its article left out ("Possible bear tracks found" → "Bear
// confirmed"), and crews "working to contain" a fire as telling it
// burning, so that "brought it under control" settles it.
func TestPossibleOpensHeadline(t *testing.T) {
	if got := extract("Possible tornado hits crowd at Smoky Hill festival", nil, nil).modal; len(got) != 1 || got[0].Key != "hedge:possible" {
		t.Errorf("modal facts of a headline opening with \"Possible\" = %+v, want one hedge:possible", got)
	}
	if got := extract("Possible causes are being examined as soon as possible.", nil, nil).modal; len(got) != 1 {
		t.Errorf("modal facts = %+v, want only the opening \"Possible\"", got)
	}
	if d := fireSettled("crews were working to contain it on tuesday afternoon.", "crews brought it under control on tuesday evening."); d == "" {
		t.Errorf("fireSettled: \"working to contain\" → \"brought under control\" not read as settled")
	}
}
