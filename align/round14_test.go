package align

import (
	"slices"
	"testing"
)

// keptHarbour is a short wire story that a copy or an update keeps word
// for word: the background against which the round-14 mechanisms of
// copies and updates are checked, one sentence pair added to it.
var keptHarbour = []string{
	"Dockers at the port of Valmora began a 48-hour stoppage on Monday over a planned change to shift patterns, their union said.",
	"About 1,200 workers took part, and no ships were loaded or unloaded during the morning, the port authority said.",
	"The operator, Valmora Terminals, said it regretted the action and remained open to talks.",
	"The port handles about a fifth of the country's container traffic.",
}

// keptCase is a mechanismCase on keptHarbour with one more sentence
// pair, so that the version is judged a copy.
func keptCase(name, ref, ver string, want ...string) mechanismCase {
	return mechanismCase{name, append(slices.Clone(keptHarbour), ref), append(slices.Clone(keptHarbour), ver), want}
}

// keptCase2 is keptCase with sentence both added to both sides first.
func keptCase2(name, both, ref, ver string, want ...string) mechanismCase {
	return mechanismCase{name, append(slices.Clone(keptHarbour), both, ref), append(slices.Clone(keptHarbour), both, ver), want}
}

// TestCopyNotation checks that a copy desk's house style for numbers
// (bounds, currency codes, rough conversions) is no change, while a bound
// put on a fixed amount still is.
func TestCopyNotation(t *testing.T) {
	runMechanismCases(t, []mechanismCase{
		keptCase("as much as for up to",
			"Hail ruined up to 40% of the pear harvest in the valley.",
			"Hail ruined as much as 40 per cent of the pear harvest in the valley."),
		keptCase("as many as for up to",
			"Up to 300 trucks were stuck outside the gates.",
			"As many as 300 trucks were stuck outside the gates."),
		keptCase("currency code for its name",
			"The union's strike fund holds about 25 million rupees.",
			"The union's strike fund holds about Rs 25 million."),
		keptCase("rough conversion in brackets",
			"Each docker loses a shift allowance of 15,000 pesos a month.",
			"Each docker loses a shift allowance of 15,000 pesos (about US$850) a month."),
		keptCase("bound on a fixed fine",
			"Workers who ignore the order face a fine of RM200.",
			"Workers who ignore the order face a fine of up to RM200.",
			"altered number"),
		keptCase("no more than is a bound",
			"Each crane may run no more than 10 hours a day under the new roster.",
			"Each crane may run up to 10 hours a day under the new roster."),
	})
}

// TestConsequenceWould checks that a consequence told as conditional
// ("which would let") against a plain verb weakens the claim, while the
// "would" of reported speech is the future it reports.
func TestConsequenceWould(t *testing.T) {
	runMechanismCases(t, []mechanismCase{
		keptCase("relative clause made conditional",
			"The government declared the port an essential service on Tuesday, which lets it order the dockers back to work.",
			"The government declared the port an essential service on Tuesday, which would let it order the dockers back to work.",
			"altered modality"),
		keptCase("reported speech",
			"The minister said the new roster will start in March.",
			"The minister said the new roster would start in March."),
	})
}

// TestCopyChrome checks site chrome that copies add: a two-level trail,
// a caption that quotes a title beside its photo credit, and notes on
// the terms of the copy.
func TestCopyChrome(t *testing.T) {
	withChrome := func(name string, before, after []string) mechanismCase {
		ver := append(append(slices.Clone(before), keptHarbour...), after...)
		return mechanismCase{name, slices.Clone(keptHarbour), ver, nil}
	}
	runMechanismCases(t, []mechanismCase{
		withChrome("two-level trail", []string{"Business » Shipping"}, nil),
		withChrome("caption quoting a title", nil, []string{"A scene from the film 'Low Tide'. (Photo: AFP)"}),
		withChrome("content-sharing note", []string{"This article is published under a content-sharing agreement with the Coastline Media Group."}, nil),
		withChrome("headline note after a feed note", nil, []string{"(This story was taken from a wire agency feed without changes to the text. Only the headline has been changed.)"}),
	})
}

// TestNamesInAddedWords checks that words that only name a speaker more
// fully, or a name that ends like an adverb, are not a change of wording
// or a judgement.
func TestNamesInAddedWords(t *testing.T) {
	runMechanismCases(t, []mechanismCase{
		keptCase2("speaker named in full as elsewhere in the story",
			"Union secretary Ada Okafor called the roster unsafe.",
			`"We will not accept longer shifts without more pay," Okafor told reporters.`,
			`"We will not accept longer shifts without more pay," union secretary Ada Okafor told reporters.`),
		keptCase2("name ending in -ly",
			"The freight app Brightly said it was cooperating with the regulator.",
			"The regulator opened an inquiry into Brightly in May 2024 after complaints from shippers.",
			"The regulator had opened its inquiry in May 2024 after complaints from shippers."),
	})
}

// updatedHarbour are sentences that an update words anew with the same
// facts, added to keptHarbour for the cases of updates.
var updatedHarbour = [2][]string{{
	"The port authority said operations would return to normal once the stoppage ended.",
	"Shipping agents said most vessels had been told to wait at anchor outside the harbour.",
	"The stoppage is the second at the port this year.",
}, {
	"Operations will return to normal once the stoppage ends, according to the port authority.",
	"Most vessels were told to wait at anchor outside the harbour, according to shipping agents.",
	"It is the port's second stoppage of the year.",
}}

// TestUpdatedHarbourBackground checks the background of the update
// cases: not judged a retelling, with no material change.
func TestUpdatedHarbourBackground(t *testing.T) {
	c := Compare(doc(append(slices.Clone(keptHarbour), updatedHarbour[0]...)...), doc(append(slices.Clone(keptHarbour), updatedHarbour[1]...)...))
	if c.Summary.Version == VersionRetelling {
		t.Errorf("version judged %q, want a copy or an edit", c.Summary.Version)
	}
	if got := materialOf(c); len(got) > 0 {
		t.Errorf("material = %v, want none", got)
	}
}

// updatedCase is a mechanismCase on keptHarbour and updatedHarbour with
// one more sentence pair.
func updatedCase(name, ref, ver string, want ...string) mechanismCase {
	r := append(append(slices.Clone(keptHarbour), updatedHarbour[0]...), ref)
	v := append(append(slices.Clone(keptHarbour), updatedHarbour[1]...), ver)
	return mechanismCase{name, r, v, want}
}

// TestDetailsOfChangedClaim checks that in an update the place, time or
// predicate told around a changed claim is not a claim of its own, while
// the changed claim, a hedge and a list that grew still are.
func TestDetailsOfChangedClaim(t *testing.T) {
	runMechanismCases(t, []mechanismCase{
		updatedCase("negation turned, with its circumstances",
			"The coast road to the port has not reopened, police said.",
			"The coast road to the port reopened towards Lisburn at 2 pm, police said.",
			"altered negation"),
		updatedCase("list that grew beside a changed figure",
			"Ferries to Kessa and Loran were cancelled, affecting 900 passengers.",
			"Ferries to Kessa, Loran and Tiry were cancelled, affecting 1,400 passengers.",
			"altered number", "altered entity"),
	})
}

// TestHedgesOfUntold checks that a retelling's hedge on a clause the
// other side does not tell is no change, while a hedge put on a claim
// both sides make still is.
func TestHedgesOfUntold(t *testing.T) {
	runMechanismCases(t, []mechanismCase{
		retoldCase("hedge in a clause told on one side",
			"The pumping station on Mill Lane serves about 4,000 homes.",
			"About 4,000 homes rely on the Mill Lane pumping station, and a failure there would likely cut their water supply."),
		retoldCase("hedge put on a shared claim",
			"The council will open a second relief centre on Monday.",
			"The council may open a second relief centre on Monday.",
			"altered modality"),
	})
}

// TestPossessiveDates checks that a day or month with a possessive dates
// what follows rather than naming anyone, unless a name runs on into it.
func TestPossessiveDates(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // entity keys
	}{
		{"month", "The Greens said they would reverse the cut after next September's election.", []string{"greens"}},
		{"weekday", "It said turnout in Sunday's runoff in Corvale was low.", []string{"corvale"}},
		{"name ending in a month", "It was Theresa May's government that signed it.", []string{"theresa", "may"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, f := range Facts(tt.text) {
				if f.Facet == FacetEntity {
					got = append(got, f.Key)
				}
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("entities of %q = %v, want %v", tt.text, got, tt.want)
			}
		})
	}
}
