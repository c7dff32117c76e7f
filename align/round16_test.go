package align

import "testing"

// TestAgencyScaleWords checks that the scale abbreviations of agency copy
// ("mln", "bln", "trln") read as their words.
func TestAgencyScaleWords(t *testing.T) {
	intro, outro := "The quarterly report was published on Monday.", "Shares closed higher in Warsaw."
	runMechanismCases(t, []mechanismCase{
		{"mln for million", []string{intro, "The smelter lost 420 million zlotys in the first half.", outro},
			[]string{intro, "The smelter lost 420 mln zlotys in the first half.", outro}, nil},
		{"bln for billion", []string{intro, "Exports reached 3.6 billion dollars last year.", outro},
			[]string{intro, "Exports reached 3.6 bln dollars last year.", outro}, nil},
		{"trln for trillion", []string{intro, "The budget tops 1.2 trillion yen.", outro},
			[]string{intro, "The budget tops 1.2 trln yen.", outro}, nil},
		{"mln with another figure", []string{intro, "The smelter lost 420 million zlotys in the first half.", outro},
			[]string{intro, "The smelter lost 240 mln zlotys in the first half.", outro}, []string{"altered number"}},
	})
}

// TestSyndicationNotices checks the notices partner sites add to copy:
// who supplied it, whose views it is not, paywall offers, section names.
func TestSyndicationNotices(t *testing.T) {
	runBoilerCases(t, []boilerCase{
		{"Disclaimer: This content is provided by a syndication partner.", true},
		{"This story was supplied by our wire service.", true},
		{"The views expressed do not necessarily reflect those of this publication.", true},
		{"The views expressed in this article are the author's and do not reflect the position of the Herald.", true},
		{"Get unlimited access to breaking news and analysis for $3 a month.", true},
		{"Unlock full access to every story.", true},
		{"Residents expressed their views at a meeting that did not reflect the council's plan.", false},
		{"The content was provided by the ministry to reporters on Monday.", false},
		{"Villagers will get full access to the river from June.", false},
	})
	labels := []struct {
		text string
		want bool
	}{
		{"ECONOMY", true}, {"Technology", true}, {"Business & Finance", true}, {"World News", true},
		{"He resigned.", false}, {"Rs 50", false}, {"Police name four suspects", false}, {"", false},
	}
	for _, tt := range labels {
		if got := bareLabel(tt.text); got != tt.want {
			t.Errorf("bareLabel(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// TestCopyPageParts checks that a copy's section label, captioned photo
// and paywall add no claim, and that a copy cut off by its paywall is
// truncated even when its byline names the agency a dropped paragraph
// names.
func TestCopyPageParts(t *testing.T) {
	ref := []string{
		"Harbour workers began a 48-hour strike on Monday over unpaid overtime, the union said.",
		"The union said about 1,200 workers had walked out at the two container terminals.",
		"Ships were queueing outside the port by Monday evening, the harbour master said.",
		"The port company said it had offered to pay the overtime in two instalments.",
		"\"We will not accept promises that were broken last year,\" the union's secretary said.",
		"The strike is the second at the port this year.",
		"The Coastline News Agency reported that exporters had begun diverting cargo to other ports.",
	}
	ver := []string{
		"BUSINESS",
		"By Coastline News Agency",
		ref[0], ref[1],
		"Dockers walk out of the container terminal at dawn. — AFP",
		ref[2],
		"Subscribe to continue reading. Already a subscriber? Log in",
		"Get unlimited access to breaking news and analysis for $3 a month.",
	}
	c := Compare(doc(ref...), doc(ver...))
	if !c.Summary.Truncated {
		t.Errorf("copy cut off by its paywall not reported truncated")
	}
	for _, d := range c.Divergences {
		if d.Material && d.Kind == Added {
			t.Errorf("added claim %s %q", d.Facet, d.VerText)
		}
	}
}
