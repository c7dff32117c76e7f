package align

import (
	"reflect"
	"testing"
)

// TestGeneralClasses checks the word classes on sentences written apart
// from any corpus: hedge strength classes, verb synonyms and swaps,
// evaluative words, common-noun sources, mojibake and publication notices.
func TestGeneralClasses(t *testing.T) {
	tests := []struct {
		name, ref, ver string
		want           []string
	}{
		{"hedge same class", "The bridge could reopen next month, engineers said.", "The bridge might reopen next month, engineers said.", nil},
		{"hedge belief", "Investigators think the fire started in the kitchen.", "Investigators believe the fire started in the kitchen.", nil},
		{"hedge to certain", "The bridge may reopen next month, engineers said.", "The bridge will reopen next month, engineers said.", []string{"altered modality"}},
		{"assert vs said", "The club confirmed the striker had signed a new contract.", "The club said the striker had signed a new contract.", nil},
		{"verb swap", "The council approved the new housing plan on Tuesday.", "The council rejected the new housing plan on Tuesday.", []string{"altered wording"}},
		{"verb swap2", "Firefighters extinguished the blaze at the warehouse overnight.", "Firefighters contained the blaze at the warehouse overnight.", []string{"altered wording"}},
		{"verb syn", "The company bought the rival firm for an undisclosed sum.", "The company acquired the rival firm for an undisclosed sum.", nil},
		{"verb syn2", "Authorities shut the border crossing after the attack.", "Authorities closed the border crossing after the attack.", nil},
		{"verb infl", "The council approves the plan each year in spring.", "The council approved the plan each year in spring.", nil},
		{"evaluative drop", "Riot police broke up a peaceful march through the capital.", "Riot police broke up a march through the capital.", []string{"altered characterization"}},
		{"evaluative add", "The minister gave a speech to the assembly.", "The minister gave a defiant speech to the assembly.", []string{"altered characterization"}},
		{"evaluative add2", "The storm caused damage along the coast.", "The storm caused severe damage along the coast.", []string{"altered characterization"}},
		{"neutral adj", "The company opened a factory near the river.", "The company opened a new factory near the river.", nil},
		{"attribution common noun", "The plant will close next year.", "The plant will close next year, the workers' union said.", []string{"altered attribution"}},
		{"attribution swap", "Hospital staff said the patient was stable.", "The patient's family said the patient was stable.", []string{"altered attribution"}},
		{"mojibake name", "The prize went to José Álvarez of Seville.", "The prize went to JosÃ© Ã\u0081lvarez of Seville.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := Compare(doc(ctxBefore, tt.ref, ctxAfter), doc(ctxBefore, tt.ver, ctxAfter))
			if got := materialOf(c); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("material divergences = %v, want %v\n%+v", got, tt.want, c.Divergences)
			}
		})
	}
}

func TestProcessNotice(t *testing.T) {
	for _, s := range []string{"Read the full story on our website.", "(This article has been edited for length and clarity.)", "Get breaking news alerts in our app.", "This content was produced by our newsroom staff.", "Tap here to continue reading.", "Sign in to keep reading this article."} {
		if !IsBoilerplate(s) {
			t.Errorf("not boilerplate: %q", s)
		}
	}
	for _, s := range []string{"The agency said it would publish the report on Friday.", "Reading police appealed for witnesses.", "The app was downloaded by 2 million users.", "Staff at the site were evacuated.", "The news agency's editor resigned on Monday."} {
		if IsBoilerplate(s) {
			t.Errorf("boilerplate: %q", s)
		}
	}
}

func TestSynonymous(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"said", "stated", true},
		{"jailed", "imprisoned", true},
		{"rose", "climbed", true},
		{"fell", "declined", true},
		{"postpones", "postponed", true},
		{"stopped", "stopping", true},
		{"rose", "fell", false},
		{"approved", "rejected", false},
		{"arrested", "charged", false},
	}
	for _, tt := range tests {
		if got := synonymous(tt.a, tt.b); got != tt.want {
			t.Errorf("synonymous(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestHasMojibakeLatin1(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"Chef RenÃ© opened ÃŽle", true},
		{"the Ã‰cole", true},
		{"donâ€™t", true},
		{"Café, São Paulo, Zürich", false},
		{"„Straße“ und „CAFÉ“", false},
		{"ÉCOLE «NORMALE»", false},
	}
	for _, tt := range tests {
		if got := HasMojibake(tt.in); got != tt.want {
			t.Errorf("HasMojibake(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}
