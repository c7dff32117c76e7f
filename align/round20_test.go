package align

import "testing"

// Tests of session 8's work, each taken from a kind of error measured on
// the blind set set28 or the development sets before it.

// TestSentenceSplitIntoOwnParagraph pairs a clause a version split off
// into a paragraph of its own with the sentence it came from, wherever
// the paragraphs stand: the hedge it changed is an altered claim, not a
// sentence added.
func TestSentenceSplitIntoOwnParagraph(t *testing.T) {
	ref := []string{
		"Caustic soda leak kills fish in stream",
		"Thousands of fish have been killed after caustic soda leaked from a dairy factory into a stream near Ruakowhai, and the regional council says the company could face prosecution.",
		"About 14,000 litres of sodium hydroxide escaped from a storage tank at the plant on Wednesday night, the council said.",
		"Council staff found dead eels and trout along a two-kilometre stretch of the stream on Thursday morning.",
	}
	runMechanismCases(t, []mechanismCase{
		{"a hedge settled in the split-off clause",
			ref,
			[]string{
				"Dairy factory spill kills thousands of fish",
				"A caustic soda spill from a dairy factory near Ruakowhai has killed thousands of fish in a stream.",
				"About 14,000 litres of sodium hydroxide escaped from a storage tank at the plant on Wednesday night, the council said.",
				"Council staff found dead eels and trout along a two-kilometre stretch of the stream on Thursday morning.",
				"The regional council says the company will face prosecution.",
			}, []string{"altered modality"}},
		{"the clause split off unchanged",
			ref,
			[]string{
				"Dairy factory spill kills thousands of fish",
				"A caustic soda spill from a dairy factory near Ruakowhai has killed thousands of fish in a stream.",
				"About 14,000 litres of sodium hydroxide escaped from a storage tank at the plant on Wednesday night, the council said.",
				"Council staff found dead eels and trout along a two-kilometre stretch of the stream on Thursday morning.",
				"The regional council says the company could face prosecution.",
			}, nil},
	})
}

// TestNegationBeforeFiller reads the word a negator denies past "whether"
// and "yet": "has not said whether it will attend" → "said it would
// attend" in a retelling denies what the other side asserts.
func TestNegationBeforeFiller(t *testing.T) {
	for _, c := range []struct {
		own, other string
		want       bool
	}{
		{"the union has not said whether it will attend", "the union said it would attend", true},
		{"the company has not yet replied", "the company replied on friday", true},
		{"the union has not said whether it will attend", "the union is undecided about the talks", false},
		{"the firm did not have enough pilots", "the firm had a shortage of pilots", false},
	} {
		if got := governedKept(words(c.own), []string{"not"}, words(c.other)); got != c.want {
			t.Errorf("governedKept(%q, not, %q) = %v, want %v", c.own, c.other, got, c.want)
		}
	}
}

func TestChromeSession8(t *testing.T) {
	runBoilerCases(t, []boilerCase{
		{"Related Stories: Cambodia steps up poultry checks along border", true},
		{"More news on the economy: Rates rise again", true},
		{"You may also like: Ten towns to visit", true},
		{"(This article is carried unedited from an agency feed. Only the headline may have been changed.)", true},
		{"Only the headline act was changed after the singer fell ill.", false},
		{"By Jo Lee", true},
		{"By Jo Lee and Sam Oduya, Nairobi", true},
		{"By Wednesday they had identified seven urns, some of them more than a metre tall.", false},
		{"By noon the fire had spread to the roof", false},
		{"By the time firefighters arrived, the roof had collapsed", false},
		{"By then, the ship had sunk", false},
		{"Related news reports said the ship had sunk.", false},
		{"The council said the report was carried unedited from the agency feed of its partner.", true},
	})
}

func TestClaimFormsSession8(t *testing.T) {
	runMechanismCases(t, []mechanismCase{
		{"a hyphenated percent is a percent",
			[]string{"Under the 2014 mining code, the state receives a free 10-percent stake in every mine."},
			[]string{"Under the 2014 mining code, the state receives a free 10% stake in every mine."}, nil},
		{"a hyphenated percent changed",
			[]string{"Under the 2014 mining code, the state receives a free 10-percent stake in every mine."},
			[]string{"Under the 2014 mining code, the state receives a free 15% stake in every mine."}, []string{"altered number"}},
		{"claims counted are no hearsay, and a bound of a multiple dropped",
			[]string{"The insurer said it had received more than 6,700 claims, nearly twice as many as after any previous storm."},
			[]string{"The insurer said it had received more than 6,700 claims, twice as many as after any previous storm."}, []string{"altered number"}},
		{"claims as hearsay",
			[]string{"The group says it was founded in 1990."},
			[]string{"The group claims it was founded in 1990."}, []string{"altered modality"}},
		{"a source that gave no details",
			[]string{"Two soldiers were killed in the attack, a security source told AFP, without giving further details."},
			[]string{"Two soldiers were killed in the attack, a security source told AFP."}, nil},
		{"without as a claim",
			[]string{"The trucks crossed the border without permits, customs officials said."},
			[]string{"The trucks crossed the border with permits, customs officials said."}, []string{"altered negation"}},
	})
}

// TestClauseSplitOffNextToItsSentence pairs a clause retold as the next
// sentence, in a paragraph of its own, with the sentence it came from
// when it holds more than half of that clause's words and no other
// sentence holds as much: the hedge it dropped and the credit it added
// are changes of that claim, not a sentence added.
func TestClauseSplitOffNextToItsSentence(t *testing.T) {
	ref := []string{
		"Archaeologists in Cameroon have found a burial site holding the remains of at least 18 people alongside iron tools they say are around 2,500 years old, a discovery that could shed light on how ironworking spread across central Africa.",
		"The find was made in a rock shelter near the village of Ndikong in the Adamawa region, the ministry said on Monday.",
		"The team recovered 46 iron objects, including spearheads, bracelets and a hoe blade.",
	}
	runMechanismCases(t, []mechanismCase{
		{"the hedge dropped in the clause split off",
			ref,
			[]string{
				"The remains of at least 18 people have been found in a rock shelter in Cameroon, buried with iron tools that archaeologists say are around 2,500 years old.",
				"The discovery shows how ironworking spread across central Africa, according to the researchers.",
				"The find was made in a rock shelter near the village of Ndikong in the Adamawa region, the ministry said on Monday.",
				"The team recovered 46 iron objects, including spearheads, bracelets and a hoe blade.",
			}, []string{"altered attribution", "altered modality"}},
	})
}
