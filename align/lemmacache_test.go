package align

import "testing"

// TestLemmaInfoSynonymous checks that the cached synonym test answers as
// synonymous does, on pairs of inflections, derivations, adverbs, scales,
// synonym groups and unrelated words.
func TestLemmaInfoSynonymous(t *testing.T) {
	words := []string{
		"evacuation", "evacuated", "evacuate", "cancellation", "cancelled", "cancel",
		"postponement", "postpones", "approval", "approved", "quickly", "quick",
		"easily", "easy", "arrested", "detained", "held", "stopped", "stop",
		"significant", "major", "huge", "said", "told", "warned", "fell", "dropped",
		"ly", "ily", "ally", "tally", "rental", "rent", "addition", "added",
		"election", "elect", "government", "govern", "police", "#neg", "",
	}
	for _, a := range words {
		for _, b := range words {
			want := synonymous(a, b)
			if got := newLemmaInfo(a).synonymous(newLemmaInfo(b)); got != want {
				t.Errorf("lemmaInfo synonymous(%q, %q) = %v, synonymous says %v", a, b, got, want)
			}
		}
	}
}

// TestLemmaCacheOverlap checks that the cached overlap equals lemmaOverlap.
func TestLemmaCacheOverlap(t *testing.T) {
	tests := []struct{ a, b string }{
		{"Nobody was reported injured.", "No injuries were reported."},
		{"The council cancelled the festival.", "The festival's cancellation was announced by the council."},
		{"Prices rose sharply in March.", "The minister resigned on Friday."},
		{"", "Something happened."},
	}
	lc := &lemmaCache{}
	for _, tt := range tests {
		a, b := lemmas(Fold(tt.a)), lemmas(Fold(tt.b))
		ws, wn := lemmaOverlap(a, b)
		gs, gn := lc.overlap(a, b)
		if gs != ws || gn != wn {
			t.Errorf("overlap(%q, %q) = %v, %d; lemmaOverlap says %v, %d", tt.a, tt.b, gs, gn, ws, wn)
		}
	}
}
