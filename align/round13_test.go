package align

import (
	"slices"
	"strings"
	"testing"
)

// retoldFlood is a story of four sentences and its retelling by another
// outlet, every sentence worded anew with the same facts: the background
// against which the round-13 class rules for retellings are checked.
var retoldFlood = [2][]string{{
	"Flooding along the Tarrow River forced about 3,000 residents of the town of Elsbury from their homes on Saturday, the regional emergency service said.",
	"Rescue crews in boats searched streets near the old bridge, where water reached the first floor of several houses.",
	"The river rose more than two metres overnight after two days of heavy rain across the uplands.",
	"Schools in the town will stay closed for the rest of the week, the district council said.",
}, {
	"Around 3,000 people in Elsbury had to leave their homes on Saturday as the Tarrow River flooded, according to the regional emergency service.",
	"Crews using boats combed the streets close to the old bridge, where houses were flooded up to their first floors.",
	"Two days of heavy rain in the uplands pushed the river up by more than two metres during the night.",
	"The district council said the town's schools would remain shut until the end of the week.",
}}

// retoldWith returns retoldFlood with sentence ref added to the
// reference and ver to the version.
func retoldWith(ref, ver string) (r, v []string) {
	return append(slices.Clone(retoldFlood[0]), ref), append(slices.Clone(retoldFlood[1]), ver)
}

// retoldCase is a mechanismCase on retoldFlood with one more sentence
// pair.
func retoldCase(name, ref, ver string, want ...string) mechanismCase {
	r, v := retoldWith(ref, ver)
	return mechanismCase{name, r, v, want}
}

// TestRetoldFloodBackground checks the background itself: judged a
// retelling, with no material change.
func TestRetoldFloodBackground(t *testing.T) {
	c := Compare(doc(retoldFlood[0]...), doc(retoldFlood[1]...))
	if c.Summary.Version != VersionRetelling {
		t.Errorf("version judged %q, want %q", c.Summary.Version, VersionRetelling)
	}
	if got := materialOf(c); len(got) > 0 {
		t.Errorf("material = %v, want none", got)
	}
}

// TestUnflippedNegations checks that a retelling's negator given on one
// side only is no change unless it denies what the other side states.
func TestUnflippedNegations(t *testing.T) {
	runMechanismCases(t, []mechanismCase{
		retoldCase("negator answered by another negator",
			"The mayor said the rising water was not a reason to panic.",
			"There was no reason to panic about the rising water, the mayor said."),
		retoldCase("refusal told as a plan",
			"The landlord refused to repair the damaged flats, tenants said.",
			"Tenants said the landlord would leave the damaged flats as they were."),
		retoldCase("same verb denied",
			"The insurer said it would not cover damage to cars parked by the river.",
			"The insurer said it would cover damage to cars parked by the river.",
			"altered negation"),
	})
}

// TestRetoldPredicates checks that a retelling's predicate swapped or
// given on one side only is no change, while a person's standing and a
// response that arrived still are.
func TestRetoldPredicates(t *testing.T) {
	runMechanismCases(t, []mechanismCase{
		retoldCase("predicate swapped",
			"Volunteers counted 140 damaged cars in the main car park.",
			"Volunteers found 140 damaged cars in the main car park."),
		retoldCase("predicate on one side only",
			"The pensioner was taken to hospital with a broken arm.",
			"The pensioner remains in hospital with a broken arm."),
		retoldCase("standing given on one side",
			"Ravel, the engineer in charge of the flood gates, was questioned by the inquiry on Friday.",
			"Ravel, the engineer in charge of the flood gates, was questioned by the inquiry on Friday and suspended.",
			"altered wording"),
		retoldCase("response arrived",
			"The water company did not respond to a request for comment.",
			"The water company rejected the criticism, saying its pumps had worked as designed.",
			"altered wording"),
	})
}

// TestUnlistedNamesInRetelling checks that a retelling's name given on
// one side only is context unless a list with a kept name grew or shrank.
func TestUnlistedNamesInRetelling(t *testing.T) {
	runMechanismCases(t, []mechanismCase{
		retoldCase("credit named on one side",
			"\"We lost everything on the ground floor,\" one resident said.",
			"\"We lost everything on the ground floor,\" one resident told the Elsbury Courier."),
		retoldCase("place added to a list",
			"Roads to Marnock and Tessel were closed by the police.",
			"The police shut the roads to Marnock, Tessel and Quarrow.",
			"altered entity"),
	})
}

// TestRenamedReferents checks that a retelling that names someone or
// something by another name the story gives is no swap, while one outlet
// or place for another is.
func TestRenamedReferents(t *testing.T) {
	runMechanismCases(t, []mechanismCase{
		retoldCase("source called by its other name",
			"Pump crews worked through the night to clear the underpass, Hollin said.",
			"Crews pumped through the night to drain the underpass, Dara Hollin, the council's engineer, told the Elsbury Courier.",
		),
		retoldCase("person told by the other part of the name",
			"Dara Hollin, the council's engineer, said more pumps were on the way. The pumps cleared the underpass by dawn, Hollin said.",
			"More pumps were coming, said Dara Hollin, the council's engineer. The underpass was clear at dawn, Dara said.",
		),
		retoldCase("outlet swapped",
			"A council official told the Courier that 12 pumps were in use.",
			"Twelve pumps were being used, a council official told the Herald.",
			"altered attribution"),
	})
}

// TestHedgeWordedAnew checks that a retelling's hedge the other side
// words another way is no change, while one taken out still is.
func TestHedgeWordedAnew(t *testing.T) {
	runMechanismCases(t, []mechanismCase{
		retoldCase("estimate told by the estimator",
			"There are estimated to be about 2,500 boats moored on the river.",
			"The river has roughly 2,500 boats moored on it, the boating association estimates."),
		retoldCase("hedge taken out",
			"Officials said a blocked culvert may have made the flooding worse.",
			"Officials said a blocked culvert made the flooding worse.",
			"altered modality"),
	})
}

// TestSettledCountStaysInRetelling checks that restatedDetails, now
// applied to every version judged a retelling, still reports a count
// where the other side counted none.
func TestSettledCountStaysInRetelling(t *testing.T) {
	runMechanismCases(t, []mechanismCase{
		retoldCase("count for none",
			"No injuries were reported in the town.",
			"Four residents of the town were treated in hospital for cuts.",
			"altered number"),
	})
}

// TestSyndicatedCopyDamage checks the damage a syndicated copy does:
// characters that lost their second byte, every digit stripped, a time
// stamp whose figures were stripped.
func TestSyndicatedCopyDamage(t *testing.T) {
	second := "The ruling can be appealed within 20 working days."
	runMechanismCases(t, []mechanismCase{
		{"lead bytes left of macrons",
			[]string{"The tribunal in Ōtāwhiti ruled that the Mātaura Trust had broken the lease.", second},
			[]string{"The tribunal in ÅtÄwhiti ruled that the MÄtaura Trust had broken the lease.", second}, nil},
		{"lead bytes left beside whole sequences",
			[]string{"Judge Pōtae Rēweti found for the Kūrae hapū.", second},
			[]string{"Judge PÅtae RÄ“weti found for the KÅ«rae hapÅ«.", second}, nil},
		{"digits stripped with another change in the sentence",
			[]string{"MILAN, March 4 (Wirecopy) - About 61,000 fans saw the final in Turin, the league said.", "It was the club's 9th title."},
			[]string{"MILAN, March  (Wirecopy) - About , fans saw the final in Genoa, the league said.", "It was the club's th title."},
			[]string{"altered entity"}},
		{"stamp with its figures stripped",
			[]string{"Fares on the northern line will rise from May, the operator said."},
			[]string{"Transport - Published: April , at :", "Fares on the northern line will rise from May, the operator said."}, nil},
		// Passed before round 13 too; kept as a regression case.
		{"stamp after a section's name",
			[]string{"Fares on the northern line will rise from May, the operator said."},
			[]string{"Transport - Updated: April 3, 2026 at 09:15", "Fares on the northern line will rise from May, the operator said."}, nil},
	})
}

// TestCopyUnitsAndCodes checks figures a copy writes another way: a time
// without its full stops, a unit abbreviated, a currency by its ISO 4217
// code, an acronym spelled out in brackets.
func TestCopyUnitsAndCodes(t *testing.T) {
	same := func(name, ref, ver string) mechanismCase {
		return mechanismCase{name, []string{ref}, []string{ver}, nil}
	}
	runMechanismCases(t, []mechanismCase{
		same("time without full stops", "Voting closed at 8 p.m. in most districts.", "Voting closed at 8 pm in most districts."),
		same("square unit abbreviated",
			"The survey, carried out between May and July by the wildlife department with the Marten Trust, used 150 cameras spread across 1,200 square kilometres of moorland around the Essel valley.",
			"The survey, carried out between May and July by the wildlife department with the Marten Trust, used 150 cameras spread across 1,200 sq km of moorland around the Essel valley."),
		same("forint by its code", "The city will borrow 12 billion forints to rebuild the bridge.", "The city will borrow HUF 12 billion to rebuild the bridge."),
		same("peso by its code", "The fine was set at 800,000 pesos, the regulator said.", "The fine was set at MXN 800,000, the regulator said."),
		same("lei by its code", "Farmers will receive 300 million lei in drought aid.", "Farmers will receive RON 300 million in drought aid."),
		same("dollar of another country by its code", "The mine will cost 2.1 billion dollars to build.", "The mine will cost AUD 2.1 billion to build."),
		same("acronym spelled out", "The terminal handled 85,000 TEU in March.", "The terminal handled 85,000 TEU (twenty-foot equivalent units) in March."),
		same("body's acronym spelled out", "The WMO said the year was the warmest on record.", "The WMO (World Meteorological Organization) said the year was the warmest on record."),
		// The next two passed before round 13 too: a code does not
		// hide a changed amount, and "won" is a verb where no amount
		// stands before it.
		{"amount changed beside a code", []string{"The city will borrow 12 billion forints to rebuild the bridge."},
			[]string{"The city will borrow HUF 15 billion to rebuild the bridge."}, []string{"altered number"}},
		{"currency name as a verb", []string{"The Greens candidate was leading in the ward by 310 votes."},
			[]string{"The Greens candidate won the ward by 310 votes."}, []string{"altered wording"}},
	})
}

// TestDamagedLike checks the word-by-word test for characters read byte
// by byte.
func TestDamagedLike(t *testing.T) {
	tests := []struct {
		r, v string
		want bool
	}{
		{"near Tōhora, in", "near TÅhora, in", true},
		{"Pōtae Rēweti", "PÅ\u008dtae RÄ“weti", true},
		{"the hapū’s land", "the hapÅ«â€™s land", true},
		{"Tōhora", "TÅ\uFFFDhora", true},
		{"Åsa Berg", "Asa Berg", false},
		{"Tohora", "TÅhora", false},
		{"near Tōhora", "near Tōhora", false},
		{"near Tōhora, in", "near TÅhora in", false},
	}
	for _, tt := range tests {
		if got := damagedLike(tt.r, tt.v); got != tt.want {
			t.Errorf("damagedLike(%q, %q) = %v, want %v", tt.r, tt.v, got, tt.want)
		}
	}
}

// FuzzDamagedLike checks that damagedLike never panics on any pair of
// texts, that a text is never damage of itself, and that a copy told
// damaged keeps the reference's number of words.
func FuzzDamagedLike(f *testing.F) {
	f.Add("near Tōhora, in", "near TÅhora, in")
	f.Add("the hapū’s land", "the hapÅ«â€™s land")
	f.Add("Tōhora", "TÅ\uFFFDhora")
	f.Fuzz(func(t *testing.T, r, v string) {
		if damagedLike(r, r) {
			t.Errorf("damagedLike(%q, itself) = true", r)
		}
		if damagedLike(r, v) && len(strings.Fields(r)) != len(strings.Fields(v)) {
			t.Errorf("damagedLike(%q, %q) = true with another number of words", r, v)
		}
	})
}

// TestRestatedFigures checks that a retelling's sentence given on one side
// only is no change when the other side gives all its figures elsewhere,
// and still is when one of them is new.
func TestRestatedFigures(t *testing.T) {
	ver := slices.Clone(retoldFlood[1])
	ver[1] = "Crews using boats, 45 rescuers in all, combed the streets close to the old bridge, where houses were flooded up to their first floors."
	runMechanismCases(t, []mechanismCase{
		{"figure told in another sentence",
			append(slices.Clone(retoldFlood[0]), "The service sent 45 rescuers to the town."), ver, nil},
		{"figure told nowhere else",
			append(slices.Clone(retoldFlood[0]), "The service sent 60 soldiers to the town."), ver,
			[]string{"dropped number"}},
	})
}

// TestYearEdgeAsMonth checks that the start or end of the year told as
// its first or last month is the same date, and another month is not.
func TestYearEdgeAsMonth(t *testing.T) {
	runMechanismCases(t, []mechanismCase{
		{"start of the year as January",
			[]string{"More than 9,000 cases of cholera have been recorded in the province since the start of the year, health officials said."},
			[]string{"More than 9,000 cases of cholera have been recorded in the province since January, health officials said."}, nil},
		{"end of the year as December",
			[]string{"The bridge is due to reopen by the end of the year, the ministry said."},
			[]string{"The bridge is due to reopen by December, the ministry said."}, nil},
		{"start of the year as March",
			[]string{"More than 9,000 cases of cholera have been recorded in the province since the start of the year, health officials said."},
			[]string{"More than 9,000 cases of cholera have been recorded in the province since March, health officials said."},
			[]string{"altered date"}},
	})
}
