package align

import "testing"

// Tests of session 23's work.

// TestQuoteKeyMoney keys an amount written with its currency's sign as
// it is said, in every currency and with its scale word after it:
// "€2.5 million" is "2.5 million euros", "£ 40" is "40 pounds"; the same
// figure in another currency is another amount.
func TestQuoteKeyMoney(t *testing.T) {
	for _, tt := range []struct {
		a, b string
		same bool
	}{
		{"it will cost €2.5 million", "it will cost 2.5 million euros", true},
		{"it will cost $2.5 million", "it will cost 2.5 million dollars", true},
		{"a fine of Rs. 20,000", "a fine of 20,000 rupees", true},
		{"a fine of ₹5 crore", "a fine of 5 crore rupees", true},
		{"a ticket costs £ 40", "a ticket costs 40 pounds", true},
		{"a ticket costs £40", "a ticket costs 40 euros", false},
		{"it will cost €2.5 million", "it will cost €2.5 billion", false},
	} {
		if ka, kb := quoteKey(tt.a), quoteKey(tt.b); (ka == kb) != tt.same {
			t.Errorf("quoteKey(%q) = %q, quoteKey(%q) = %q; same = %v, want %v", tt.a, ka, tt.b, kb, ka == kb, tt.same)
		}
	}
}

// TestSignOffJoiners reads a sign-off whose name is joined by any word
// that joins a name's words ("— Ahmed bin Said", "— Bank of England") as
// a sign-off; words of a sentence after the name are not.
func TestSignOffJoiners(t *testing.T) {
	for _, tt := range []struct {
		raw  string
		want bool
	}{
		{"— Ahmed bin Said", true},
		{"— Bank of England", true},
		{"— Courrier de l'Orne", true},
		{"— Ahmed bin Said said on Monday", false},
		{"— Route de l'Orne closed for 3 days", false},
	} {
		if got := signOff(tt.raw); got != tt.want {
			t.Errorf("signOff(%q) = %v, want %v", tt.raw, got, tt.want)
		}
	}
}

// TestOfficeScopeWords reads a town's or a village's word before an
// office's noun as where it works, as a district's or a city's is: "the
// town planning office" and "the planning office" are one office.
func TestOfficeScopeWords(t *testing.T) {
	for _, tt := range []struct {
		x, y string
		want bool
	}{
		{"the town planning office", "the planning office", false},
		{"the village planning office", "the district planning office", false},
		{"the town planning office", "the town tax office", true},
	} {
		x := attribution{text: tt.x, head: "office"}
		y := attribution{text: tt.y, head: "office"}
		if got := otherOffices(x, y); got != tt.want {
			t.Errorf("otherOffices(%q, %q) = %v, want %v", tt.x, tt.y, got, tt.want)
		}
	}
}

// TestCasualtyWords reads every form of killing and dying, and bodies
// found, as a casualty told (tellsCasualty) and as harm to people
// (harmWords); a word of damage to things is neither.
func TestCasualtyWords(t *testing.T) {
	for _, tt := range []struct {
		f    string
		want bool
	}{
		{"the blast kills two workers", true},
		{"three bodies were recovered", true},
		{"a man dying of his injuries", true},
		{"four people were wounded", true},
		{"the roof was damaged", false},
	} {
		if got := tellsCasualty(tt.f); got != tt.want {
			t.Errorf("tellsCasualty(%q) = %v, want %v", tt.f, got, tt.want)
		}
		if got := harmWords(tt.f); got != tt.want {
			t.Errorf("harmWords(%q) = %v, want %v", tt.f, got, tt.want)
		}
	}
}
