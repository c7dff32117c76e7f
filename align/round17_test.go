package align

import (
	"slices"
	"strings"
	"testing"
)

// TestStatesNothing checks the lines a copier adds that report nothing:
// captions in the present tense, photo credits and calls to follow the
// site, against the sentences a later take of the wire adds.
func TestStatesNothing(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"Vendors arrange sacks of rice at a public market in the capital.", true},
		{"A vial of vaccine is seen in a file photo.", true},
		{"NATIONAL PRESS/File", true},
		{"(Courtesy)", true},
		{"Stay safe, everyone!", true},
		{"The council opened the library to commuters.", false},     // an event
		{"The line is used by about 9,000 commuters.", false},       // a figure
		{"Pryce denies all the charges.", false},                    // a denial
		{"He is not expected to attend.", false},                    // a negation
		{"Express buses will run from the station instead.", false}, // the future
		{`The mayor called it "a disgrace".`, false},                // a quote
		{"Officials say the road remains closed.", false},           // someone says
		{"Will the government step in now?", false},                 // a question
		{"Has the council run out of money?", false},
		{"", false},
	}
	for _, tt := range tests {
		if got := statesNothing(tt.text, Fold(tt.text)); got != tt.want {
			t.Errorf("statesNothing(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// TestStoryNotices checks the notices that a story is still being
// written, which an update drops as the story settles.
func TestStoryNotices(t *testing.T) {
	runBoilerCases(t, []boilerCase{
		{"This story is developing and will be updated.", true},
		{"This is a developing story.", true},
		{"This is a breaking news update.", true},
		{"More details to follow.", true},
		{"The agency's earlier story follows below.", true},
		{"Check back for updates.", true},
		{"This story will be updated as more information becomes available.", true},
		{"More to come.", true},
		{"It will be updated.", true},
		{"It will be updated in May with new figures, the ministry said.", false},
		{"(More to follow)", true},
		{"Enditem", true},
		{"-- ENDS --", true},
		{"-30-", true},
		{"More to come from the minister on Friday.", false},
		{"More details will come out at the hearing on Monday, the minister said.", false},
		{"This is a developing story about the council's plan to cut 500 jobs.", false},
		{"This story is developing fast, police said.", false},
		{"Check back for more on this developing story.", true},
		{"($1 = 16,210 rupiah)", true},
		{"(1 euro = $1.08)", true},
		{"($1 = 0.7895 pounds; 1 euro = 0.8451 pounds)", true},
		{"(The exchange rate fell to 16,210 rupiah.)", false},
		{"(Reporting by Lucía Ferrándiz; Editing by Tom Halvorsen)", true},
		{"By José Núñez", true},
		{"The Canadian Press · Published Feb 24, 2025 · 2 minute read", true},
		{"(The ministry said 30 people died.)", false},
		{"Liked this story?", true},
		{"Share it with your friends.", true},
		{"Catch all the Business News and Economy updates here.", true},
		{"This story was carried from a wire agency feed without edits to its text.", true},
		{"Details to follow.", true},
		{"Share prices fell with the market.", false},
		{"Published: Mon 10 Nov 2025, 9:48 AM", true},
		{"By AFP | Listen to this article (3 min)", true},
		{"Related stocks: no related instruments.", true},
		{"Most read: 1.", true},
		{"Most read stories of the week were about the floods in the north of the country and the election.", false},
		{"Supplied photo", true},
		{"Published Tuesday, the report found the council overspent.", false},
		{"This story was taken from a court filing.", false},
		{"The story of the rescue is developing into a film.", false},
		{"More details of the deal will follow next week, the minister said.", false},
		{"Officials said the report will be updated in March.", false},
	})
}

// TestCopyAddsInertLines checks that a copy's added paragraphs that
// report nothing (a caption and its credit, a call to follow the site)
// are no change, while a paragraph adding a fact to the copy still is.
func TestCopyAddsInertLines(t *testing.T) {
	ref := []string{
		"Harbour workers began a 48-hour strike on Monday over unpaid overtime, the union said.",
		"The union said about 1,200 workers had walked out at the two container terminals.",
		"Ships were queueing outside the port by Monday evening, the harbour master said.",
		"The port company said it had offered to pay the overtime in two instalments.",
		"The strike is the second at the port this year.",
	}
	with := func(at int, add string) []string {
		v := append([]string{}, ref[:at]...)
		return append(append(v, add), ref[at:]...)
	}
	runMechanismCases(t, []mechanismCase{
		{"caption and credit", ref, with(2, "Dockers gather at the gate of the container terminal. COASTLINE PRESS/File"), nil},
		{"call to follow", ref, with(4, "Get the latest port news on our channel."), nil},
		{"a fact added", ref, with(4, "Exporters said they had diverted 30 ships to other ports."), []string{"added number"}},
		{"an event added", ref, with(4, "The transport minister met union leaders on Tuesday."), []string{"added date"}},
	})
}

// TestRetoldCreditsAndDates checks that a retelling which keeps a
// sentence close still moves credits and dates of the past about without
// a change, while a deadline it adds is one.
func TestRetoldCreditsAndDates(t *testing.T) {
	runMechanismCases(t, []mechanismCase{
		retoldCase("credit added to a close sentence",
			"The gang is responsible for at least 11 murders in the northern city of Trujillo.",
			"The gang is responsible for at least 11 murders in the northern city of Trujillo, police sources said."),
		retoldCase("past year added to a close sentence",
			"The gang carried out at least 11 murders in the northern city of Trujillo.",
			"The gang carried out at least 11 murders in the northern city of Trujillo in 2023."),
		retoldCase("deadline added to a close sentence",
			"The school by the river will remain closed while engineers inspect the building.",
			"The school by the river will remain closed until at least next Monday while engineers inspect the building.",
			"altered date"),
	})
}

// TestHalfCounts checks counts with a half or a quarter more, in words,
// figures and vulgar fractions.
func TestHalfCounts(t *testing.T) {
	tests := []struct {
		text, key string
	}{
		{"He was sentenced to four and a half years.", "4.5"},
		{"The match lasted 2½ hours.", "2.5"},
		{"The match lasted 2 ½ hours.", "2.5"},
		{"The trail is ½ mile long.", "0.5"},
		{"One and a half million people voted.", "1500000"},
		{"Talks went on for a year and a half.", "18"},
		{"The flight took an hour and a half.", "90"},
		{"The tank was 3 and three quarters full.", "3.75"},
		{"He served twenty-two and a half years.", "22.5"},
		{"He served thirty-one and a half years.", "31.5"},
	}
	for _, tt := range tests {
		if keys := numberKeys(tt.text); len(keys) != 1 || keys[0] != tt.key {
			t.Errorf("Facts(%q) numbers = %v, want [%s]", tt.text, keys, tt.key)
		}
	}
	runMechanismCases(t, []mechanismCase{
		{"a half more", []string{"The court sentenced him to four years in prison."},
			[]string{"The court sentenced him to four and a half years in prison."}, []string{"altered number"}},
		{"the same span", []string{"The agreement was negotiated over 18 months."},
			[]string{"The agreement was negotiated over a year and a half."}, nil},
		{"fraction in figures", []string{"The match lasted two and a half hours."},
			[]string{"The match lasted 2½ hours."}, nil},
	})
}

// TestCurrencySigns checks that the signs of currencies read as their
// codes and names do.
func TestCurrencySigns(t *testing.T) {
	tests := []struct{ a, b string }{
		{"The fare rises by about GH₵9 a month.", "The fare rises by about 9 cedis a month."},
		{"He was fined ₦5,000 on Monday.", "He was fined 5,000 naira on Monday."},
		{"Rice sells at ₱60 a kilo.", "Rice sells at 60 pesos a kilo."},
		{"Tickets cost 40 zł each.", "Tickets cost 40 zlotys each."},
		{"Tickets cost 40 zł each.", "Tickets cost 40 złoty each."},
		{"A meal costs ฿200 here.", "A meal costs 200 baht here."},
		{"The fee is ৳500 a year.", "The fee is 500 taka a year."},
		{"The reserve offered a reward of R250,000.", "The reserve offered a reward of 250,000 rand."},
		{"The firm offered each family P15,000.", "The firm offered each family 15,000 pesos."},
	}
	for _, tt := range tests {
		a, b := numberKeys(tt.a), numberKeys(tt.b)
		if len(a) != 1 || !slices.Equal(a, b) {
			t.Errorf("numbers of %q = %v, of %q = %v: want one, the same", tt.a, a, tt.b, b)
		}
	}
	if k := numberKeys("The B52,000 series was sold."); len(k) == 1 && strings.HasPrefix(k[0], "b:") {
		t.Errorf("B52,000 read as a currency: %v", k)
	}
	if got := Fold("change from 5 ₪20 coins"); strings.Contains(got, "520") {
		t.Errorf("a sign after one amount took the next one's digit: %q", got)
	}
	if k := numberKeys("The A380 landed."); len(k) != 0 {
		t.Errorf("A380 read as an amount: %v", k)
	}
	if got := Fold("Michał paid 40 złoty"); got != "michał paid 40 złoty" {
		t.Errorf("Fold changed a name or the word złoty: %q", got)
	}
	if a, b := numberKeys("The fine is ₦5,000."), numberKeys("The fine is ₦6,000."); slices.Equal(a, b) {
		t.Errorf("₦5,000 and ₦6,000 read alike: %v", a)
	}
}

// numberKeys returns the keys of the numbers Facts finds in s.
func numberKeys(s string) []string {
	var keys []string
	for _, f := range Facts(s) {
		if f.Facet == FacetNumber {
			keys = append(keys, f.Key)
		}
	}
	return keys
}

// TestHopesAndExpectations checks that a hope told in reported speech
// and an expectation with a deadline are hedges, weaker than "would".
func TestHopesAndExpectations(t *testing.T) {
	intro, outro := "The council met on Monday to discuss the season.", "Ticket sales opened in the spring."
	runMechanismCases(t, []mechanismCase{
		{"hope turned certain", []string{intro, "The club said they hoped to name a permanent coach before the derby.", outro},
			[]string{intro, "The club said they would name a permanent coach before the derby.", outro}, []string{"altered modality"}},
		{"plan told as would", []string{intro, "The club said they planned to name a permanent coach before the derby.", outro},
			[]string{intro, "The club said they would name a permanent coach before the derby.", outro}, nil},
		{"expectation with a deadline", []string{intro, "Officials said the results were expected by Saturday evening.", outro},
			[]string{intro, "Officials said the results would be announced by Saturday evening.", outro}, []string{"altered modality"}},
		{"expected by someone", []string{intro, "The rise in fares was expected by most commuters.", outro},
			[]string{intro, "The rise in fares was foreseen by most commuters.", outro}, nil},
	})
}

// TestGluedClockTimes checks that a time with minutes and a glued
// meridiem ("1:30pm") reads as the time, not as the number 1.
func TestGluedClockTimes(t *testing.T) {
	for _, s := range []string{"Services were restored shortly before 1:30pm.", "Services were restored shortly before 1:30 pm.", "Services were restored shortly before 13:30."} {
		f := extract(s, nil, nil)
		if len(f.numbers) != 0 || len(f.dates) != 1 || f.dates[0].Key != "t13:30" {
			t.Errorf("%q: numbers %v, dates %v; want one date t13:30", s, f.numbers, f.dates)
		}
	}
	runMechanismCases(t, []mechanismCase{
		{"same time", []string{"Services were restored at 1:30pm, the bank said."}, []string{"Services were restored at 1:30 p.m., the bank said."}, nil},
		{"other time", []string{"Services were restored at 1:30pm, the bank said."}, []string{"Services were restored at 2:30pm, the bank said."}, []string{"altered date"}},
	})
}

// TestSharesOfOneWhole checks that two shares of one whole changed
// together are one claim, and two unrelated figures two.
func TestSharesOfOneWhole(t *testing.T) {
	runMechanismCases(t, []mechanismCase{
		{"vote shares", []string{"Hartley led with 52.4 percent of the vote against 47.6 percent for Moss, the count showed."},
			[]string{"Hartley took 51.1 percent of the vote against 48.9 percent for Moss, the count showed."}, []string{"altered number"}},
		{"two counts", []string{"The blast killed three people and wounded 11 in the market."},
			[]string{"The blast killed five people and wounded 19 in the market."}, []string{"altered number", "altered number"}},
		{"two rates", []string{"Inflation rose to 4.1 percent while unemployment fell to 5.2 percent."},
			[]string{"Inflation rose to 4.3 percent while unemployment fell to 5.0 percent."}, []string{"altered number", "altered number"}},
	})
}

// TestRetoldSourceDescriptions checks that a retelling describing one
// source in other words ("the Milan-based firm" → "the company") changes
// no attribution, while another source does.
func TestRetoldSourceDescriptions(t *testing.T) {
	runMechanismCases(t, []mechanismCase{
		retoldCase("firm told as company",
			"The Milan-based firm said the intrusion was detected on the same night.",
			"The intrusion was spotted on the same night, the company said."),
		retoldCase("analysts described anew",
			"Cybersecurity analysts said the attack bore the hallmarks of a known gang.",
			"Security analysts said the attack bore the hallmarks of a well-known gang."),
		retoldCase("officials of another country",
			"Ukrainian officials said the talks would resume in Geneva next month.",
			"Russian officials said the talks would resume in Geneva next month.", "altered attribution"),
		retoldCase("another source",
			"Cybersecurity analysts said the attack bore the hallmarks of a known gang.",
			"Police said the attack bore the hallmarks of a known gang.", "altered attribution"),
	})
}

// TestNegatedEventSettled checks that an update telling an event where
// the first report said it had not happened is one changed claim, not a
// sentence dropped and another added, and that "unable to" negates.
func TestNegatedEventSettled(t *testing.T) {
	intro := "Hartley led with 52 percent of the vote against 48 percent for Wulan Moss."
	outro := "Turnout was about 71 percent of registered voters, officials said."
	runMechanismCases(t, []mechanismCase{
		{"concession", []string{intro, "Moss has not yet conceded.", outro},
			[]string{intro, "Moss conceded in a short video posted on her account late on Wednesday and congratulated her rival.", outro},
			[]string{"altered negation"}},
		{"still not conceded, told anew", []string{intro, "Moss has not yet conceded.", outro},
			[]string{intro, "Moss has still not conceded and said she would wait for the official count.", outro},
			[]string{"altered wording"}},
		{"unable to reach", []string{"Rescue teams have been unable to reach two communes in the province."},
			[]string{"Rescue teams reached two communes in the province."}, []string{"altered negation"}},
	})
}

// TestRetoldFigureSwaps checks that a retelling giving a figure anew in a
// sentence of its own is one changed figure, when its unit is given once
// on each side, and no change when the figure is the same.
func TestRetoldFigureSwaps(t *testing.T) {
	r, v := retoldWith("Council pumps ran in the flooded town centre for five days before the water fell.", "Council pumps worked in the flooded town centre until the water fell.")
	with := func(ref, ver string) (rr, vv []string) {
		rr, vv = slices.Clone(r), slices.Clone(v)
		if ref != "" {
			rr = append(rr, ref)
		}
		return rr, append(vv, ver)
	}
	r2, v2 := with("", "The pumping lasted six days.")
	r3, v3 := with("", "The pumping lasted five days.")
	r4, v4 := with("A second crew of volunteers stayed in the town for three days.", "The pumping lasted six days.")
	// A figure the retelling aligned with a sentence that leaves it
	// out, and gives in a sentence of its own.
	r5, v5 := with("Residents have until 14 March to claim help from the relief fund, the council said.",
		"Residents can claim help from the relief fund, the council said.")
	v5 = append(v5, "Claims close on 21 March.")
	r6, v6 := with("At least 14 houses near the old bridge collapsed in the flood, the council said.",
		"Houses near the old bridge collapsed in the flood, the council said.")
	v6 = append(v6, "Some 40 houses came down.")
	runMechanismCases(t, []mechanismCase{
		{"figure retold apart", r2, v2, []string{"altered number"}},
		{"same figure retold apart", r3, v3, nil},
		// Two figures of days on the reference side: which one changed
		// is not told by the unit.
		{"unit given twice", r4, v4, []string{"dropped number", "added number"}},
		{"day of a month retold apart", r5, v5, []string{"altered date"}},
		{"count of things retold", r6, v6, []string{"altered number"}},
	})
}

// TestTimeConversions checks wire times in a zone ("1115 GMT") and the
// same instant given in brackets after the local time, which a copy may
// convert or leave out.
func TestTimeConversions(t *testing.T) {
	if f := extract("Trading halted at 0900 GMT on Monday.", nil, nil); len(f.numbers) != 0 || len(f.dates) != 2 || f.dates[0].Key != "t9:00 gmt" {
		t.Errorf("0900 GMT: numbers %v, dates %v; want the time and the day", f.numbers, f.dates)
	}
	runMechanismCases(t, []mechanismCase{
		{"conversion to another zone", []string{"The quake hit at 4:17 am (1917 GMT Wednesday) about 10 kilometres deep, the agency said."},
			[]string{"The quake hit at 4:17 am local time (12:47 am IST) about 10 km deep, the agency said."}, nil},
		{"conversion left out", []string{"The quake hit at 4:17 am (1917 GMT Wednesday), the agency said."},
			[]string{"The quake hit at 4:17 am, the agency said."}, nil},
		{"time changed with its conversion", []string{"The object was seen at around 7.15 p.m. local time (1115 GMT) from the coast."},
			[]string{"The object was seen at 7.08 p.m. local time (1108 GMT) from the coast."}, []string{"altered date"}},
	})
}

// TestEstimateTurnedCount checks that an estimate given way to a count,
// its figure changed, is one claim, while an estimate added to the same
// figure is a hedge.
func TestEstimateTurnedCount(t *testing.T) {
	intro, outro := "Voting closed at 5 p.m. across the district.", "Results are due on Friday."
	runMechanismCases(t, []mechanismCase{
		{"estimate to count", []string{intro, "Turnout was estimated at about 68 percent of registered voters.", outro},
			[]string{intro, "Turnout was about 71 percent of registered voters.", outro}, []string{"altered number"}},
		{"count to estimate, same figure", []string{intro, "Turnout was 68 percent of registered voters.", outro},
			[]string{intro, "Turnout was estimated at 68 percent of registered voters.", outro}, []string{"altered modality"}},
	})
}

// TestLoadedResultWords checks that a result told with a loaded word
// ("thrashed", "a drubbing") is a new characterization.
func TestLoadedResultWords(t *testing.T) {
	runMechanismCases(t, []mechanismCase{
		{"thrashed", []string{"The club sacked the coach a day after a 4-1 home defeat by Stal."},
			[]string{"The club sacked the coach a day after Stal thrashed them 4-1 at home."}, []string{"altered characterization"}},
		{"narrow vote", []string{"The council approved the tax by six votes to three on Tuesday."},
			[]string{"The council approved the tax in a narrow six-to-three vote on Tuesday."}, []string{"altered characterization"}},
		{"drubbing", []string{"Labor held the seat but suffered a swing against it."},
			[]string{"Labor held the seat despite a drubbing."}, []string{"altered characterization"}},
	})
}

// TestNotClearSettled checks that "not clear" leaves a matter open: a
// cause given later is a change of modality, a count of the hurt given
// later a change of number.
func TestNotClearSettled(t *testing.T) {
	intro, outro := "Police used tear gas after the match between the two clubs on Sunday.", "The league said it would review the security plan."
	runMechanismCases(t, []mechanismCase{
		{"cause given", []string{intro, "It was not immediately clear what sparked the trouble.", outro},
			[]string{intro, "The trouble began when home fans threw flares onto the pitch after the second goal.", outro}, []string{"altered modality"}},
		{"count given", []string{intro, "It was not immediately clear whether anyone was hurt.", outro},
			[]string{intro, "Three fans were treated in hospital for burns.", outro}, []string{"altered number"}},
	})
}

// TestUnverifiedClaims checks that an outlet's "could not independently
// verify" leaves a claim open, while "did not confirm" still denies.
func TestUnverifiedClaims(t *testing.T) {
	for _, tt := range []struct {
		text string
		open bool
	}{
		{"Reuters could not independently verify the data.", true},
		{"The agency could not immediately confirm the report.", true},
		{"The ministry did not confirm the report.", false},
	} {
		f := extract(tt.text, nil, nil)
		if open := indexKey(f.modal, "hedge:unknown") >= 0 && len(f.negs) == 0; open != tt.open {
			t.Errorf("%q: negations %v, hedges %v; want open %v", tt.text, f.negs, f.modal, tt.open)
		}
	}
}

// TestUnlessConditions checks that "unless" is "if … not": a negative
// condition told either way is the same, a condition turned positive is a
// flipped negation, and a condition added whole is no negation.
func TestUnlessConditions(t *testing.T) {
	ref := "Schools may close early unless the government releases the funds."
	runMechanismCases(t, []mechanismCase{
		{"if it fails to", []string{ref}, []string{"Schools may close early if the government fails to release the funds."}, nil},
		{"if it does not", []string{ref}, []string{"Schools may close early if the government does not release the funds."}, nil},
		{"if it does", []string{ref}, []string{"Schools may close early if the government releases the funds."}, []string{"altered negation"}},
		{"condition added", []string{"Further strikes are planned for June 12 and 13."},
			[]string{"Further strikes are planned for June 12 and 13 unless the government improves its offer."}, []string{"altered modality"}},
	})
}

// TestScaledRangesAndDecades checks a range whose scale word follows its
// second end and a decade told as ten years.
func TestScaledRangesAndDecades(t *testing.T) {
	tests := []struct{ a, b string }{
		{"It expects EBITDA of 140-160 million zlotys.", "It expects EBITDA of between 140 million and 160 million zlotys."},
		{"It was their best finish in more than a decade.", "It was their highest finish in over ten years."},
		{"The plant will cost $140-160 million.", "The plant will cost $140 million to $160 million."},
		{"The council approved it in a six-to-three vote.", "The council approved it in a six to three vote."},
	}
	for _, tt := range tests {
		if a, b := numberKeys(tt.a), numberKeys(tt.b); len(a) == 0 || !slices.Equal(a, b) {
			t.Errorf("numbers of %q = %v, of %q = %v: want the same", tt.a, a, tt.b, b)
		}
	}
	if k := numberKeys("The war lasted a decade-long stretch."); len(k) != 0 {
		t.Errorf("decade-long read as a figure: %v", k)
	}
	if k := numberKeys("She left a nine-to-five office job."); len(k) != 0 {
		t.Errorf("nine-to-five read as figures: %v", k)
	}
}

// TestSharpS checks that "ß" written "ss" is a spelling variant.
func TestSharpS(t *testing.T) {
	runMechanismCases(t, []mechanismCase{
		{"ss for ß", []string{"Assistant coach Timo Weidlich will take charge against Preußen Lindenau on Saturday."},
			[]string{"Assistant coach Timo Weidlich will take charge against Preussen Lindenau on Saturday."}, nil},
		{"another club", []string{"Assistant coach Timo Weidlich will take charge against Preußen Lindenau on Saturday."},
			[]string{"Assistant coach Timo Weidlich will take charge against Borussia Lindenau on Saturday."}, []string{"altered entity"}},
	})
}

// TestDigitsStrippedInOneSentence checks that a sentence whose digits a
// feed stripped, the rest kept, is damage even where the rest of the copy
// keeps its digits.
func TestDigitsStrippedInOneSentence(t *testing.T) {
	intro := "The central bank held its key rate at 27% on Monday."
	ref := "The cedi has gained about 17% against the dollar this year, helped by a $3 billion IMF programme."
	runMechanismCases(t, []mechanismCase{
		{"digits stripped", []string{intro, ref}, []string{intro, "The cedi has gained about % against the dollar this year, helped by a $ billion IMF program."}, nil},
		{"figure changed", []string{intro, ref}, []string{intro, "The cedi has gained about 7% against the dollar this year, helped by a $3 billion IMF programme."}, []string{"altered number"}},
	})
	if !digitsStrippedFrom(ref, "The cedi has gained about % against the dollar this year, helped by a $ billion IMF program.") {
		t.Error("digitsStrippedFrom: want true for the sentence with its digits taken out")
	}
	if digitsStrippedFrom(ref, "The cedi has lost about % against the dollar this year, helped by a $ billion IMF program.") {
		t.Error("digitsStrippedFrom: want false when a word changed too")
	}
}

// TestAllegePresent checks that "allege" in the present is hearsay as
// "alleged" is, so that the tense of a report changes nothing.
func TestAllegePresent(t *testing.T) {
	runMechanismCases(t, []mechanismCase{
		{"tense of the allegation", []string{"Prosecutors allege that the factory's exits were kept locked."},
			[]string{"Prosecutors alleged that the factory's exits were kept locked."}, nil},
		{"allegation made fact", []string{"Prosecutors allege that the factory's exits were kept locked."},
			[]string{"The factory's exits were kept locked, prosecutors said."}, []string{"altered modality"}},
	})
}

// TestUpdateIsNoTruncation checks that a version which writes new
// paragraphs of its own and leaves the old ending out is not a copy cut
// short, while a copy that only adds page furniture and stops early is.
func TestUpdateIsNoTruncation(t *testing.T) {
	ref := []string{
		"A fire broke out at a warehouse in the port district on Monday night, the fire service said.",
		"About 60 firefighters were sent to the scene and the blaze was under control by midnight.",
		"Residents of nearby streets were told to keep their windows closed because of the smoke.",
		"The cause of the fire was not immediately known and an inquiry has been opened by the police.",
		"The warehouse, owned by a shipping company, stored furniture and textiles for export.",
	}
	update := []string{ref[0],
		"Investigators said on Tuesday that an electrical fault in a loading bay had probably started the fire.",
		"The shipping company said its losses would run to several million euros and that no one had been hurt.",
		ref[1], ref[2],
	}
	copyCut := []string{"NEWS » CITY", ref[0], ref[1], ref[2]}
	if c := Compare(doc(ref...), doc(update...)); c.Summary.Truncated {
		t.Errorf("update with new paragraphs judged truncated")
	}
	if c := Compare(doc(ref...), doc(copyCut...)); !c.Summary.Truncated {
		t.Errorf("copy cut short not judged truncated")
	}
}

// TestNegatedDone checks the test that pairs a sentence denying an event
// with one telling it.
func TestNegatedDone(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"moss has not yet conceded.", "moss conceded in a short video.", true},
		{"rescue teams have been unable to reach two communes.", "rescue teams reached two communes.", true},
		{"no one was hurt and police have not yet charged the driver.", "police charged the driver with speeding.", true},
		{"moss has not yet conceded.", "moss has still not conceded.", false},
		{"moss has not yet conceded.", "moss thanked her voters.", false},
	}
	for _, tt := range tests {
		if got := negatedDone(tt.a, tt.b); got != tt.want {
			t.Errorf("negatedDone(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}
