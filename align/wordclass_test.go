package align

import (
	"reflect"
	"strings"
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
	for _, s := range []string{"Click here to read more stories like this.", "(Edited by our news desk.)", "Download our app for the latest updates.", "This article was originally published on our partner site.", "Read the full story on our website.", "(This article has been edited for length and clarity.)", "Get breaking news alerts in our app.", "This content was produced by our newsroom staff.", "Tap here to continue reading.", "Sign in to keep reading this article."} {
		if !IsBoilerplate(s) {
			t.Errorf("not boilerplate: %q", s)
		}
	}
	for _, s := range []string{"The publisher said it would cut 40 jobs.", "The editor of the paper resigned on Friday.", "Readers can download the report from the ministry website.", "The agency said it would publish the report on Friday.", "Reading police appealed for witnesses.", "The app was downloaded by 2 million users.", "Staff at the site were evacuated.", "The news agency's editor resigned on Monday."} {
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

func TestHasPhrasal(t *testing.T) {
	for k := range phrasalCanon {
		for _, s := range []string{k, "They " + k + " it.", strings.ToUpper(k[:1]) + k[1:] + " today"} {
			if !hasPhrasal(s) {
				t.Errorf("hasPhrasal(%q) = false", s)
			}
		}
	}
	for _, s := range []string{"", "called", "He called, off we went", "calledoff", "The plan was approved."} {
		if hasPhrasal(s) {
			t.Errorf("hasPhrasal(%q) = true", s)
		}
	}
	if got := canonPhrases("The match was Called Off on Friday."); got != "The match was cancelled on Friday." {
		t.Errorf("canonPhrases = %q", got)
	}
}

// TestParaphraseOrChange checks, on sentence pairs written apart from any
// corpus, that synonyms swapped are not material and that a changed
// action, state, hedge, modifier or source is.
func TestParaphraseOrChange(t *testing.T) {
	tests := []struct {
		ref, ver string
		material bool
	}{
		{"Police launched an investigation into the crash on Monday.", "Police opened an investigation into the crash on Monday.", false},
		{"The minister visited the flooded town on Sunday.", "The minister travelled to the flooded town on Sunday.", false},
		{"The firm posted a record profit for the quarter.", "The firm reported a record profit for the quarter.", false},
		{"Rescuers pulled three survivors from the rubble.", "Rescuers rescued three survivors from the rubble.", false},
		{"The government unveiled a new budget plan on Tuesday.", "The government presented a new budget plan on Tuesday.", false},
		{"Prices climbed sharply in March, data showed.", "Prices rose sharply in March, data showed.", false},
		{"The senator introduced the bill last week.", "The senator tabled the bill last week.", false},
		{"Workers walked out over pay on Thursday.", "Workers went on strike over pay on Thursday.", false},
		{"The company hired 200 new staff this year.", "The company recruited 200 new staff this year.", false},
		{"Fans gathered outside the stadium before the match.", "Fans assembled outside the stadium before the match.", false},
		{"The court ordered the release of the journalist.", "The court ordered that the journalist be freed.", false},
		{"The bridge collapsed after days of heavy rain.", "The bridge gave way after days of heavy rain.", false},
		{"He thanked the rescue teams for their work.", "He praised the rescue teams for their work.", false},
		{"The ship docked in the port on Friday.", "The ship arrived in the port on Friday.", false},
		{"Officials closed the airport after the storm hit the coast.", "Officials shut the airport after the storm battered the coast.", false},
		{"The mayor cancelled the parade because of the heat.", "The mayor scrapped the parade because of the heat.", false},
		{"The health agency recalled the contaminated batch of milk.", "The health agency withdrew the contaminated batch of milk.", false},
		{"Protesters blocked the main road into the city.", "Protesters barricaded the main road into the city.", false},
		{"The regulator fined the bank for the failures.", "The regulator penalised the bank for the failures.", false},
		{"The actor donated his fee to the hospital.", "The actor gave his fee to the hospital.", false},
		{"Volunteers cleaned the beach over the weekend.", "Volunteers cleared the beach over the weekend.", false},
		{"The striker scored twice in the second half.", "The striker netted twice in the second half.", false},
		{"Lawmakers debated the measure for six hours.", "Lawmakers discussed the measure for six hours.", false},
		{"The president appointed a new ambassador to Japan.", "The president named a new ambassador to Japan.", false},
		{"The ministry warned residents to stay indoors.", "The ministry told residents to stay indoors.", false},
		{"The minister visited the flooded town on Sunday.", "The minister avoided the flooded town on Sunday.", true},
		{"The company hired 200 new staff this year.", "The company fired 200 new staff this year.", true},
		{"The bridge collapsed after days of heavy rain.", "The bridge survived days of heavy rain.", true},
		{"Troops withdrew from the border town on Monday.", "Troops advanced on the border town on Monday.", true},
		{"The board accepted the offer on Friday.", "The board declined the offer on Friday.", true},
		{"The plan is expected to cost 2 million.", "The plan could cost 2 million.", true},
		{"The council said the museum was safe.", "The council admitted the museum was unsafe.", true},
		{"Hundreds of peaceful protesters marched.", "Hundreds of protesters marched.", true},
		{"Engineers said the dam was stable.", "The mayor said the dam was stable.", true},
		{"The regulator fined the bank for the failures.", "The regulator cleared the bank over the failures.", true},
		{"The government extended the deadline for applications.", "The government scrapped the deadline for applications.", true},
		{"The striker scored twice in the second half.", "The striker missed twice in the second half.", true},
		{"The court upheld the ban on the protest.", "The court overturned the ban on the protest.", true},
		{"Doctors said the boy was in a stable condition.", "Doctors said the boy was in a critical condition.", true},
		{"The talks may resume next week.", "The talks will resume next week.", true},
		{"A heated debate followed the vote.", "A debate followed the vote.", true},
		{"The airline delayed dozens of flights on Sunday.", "The airline cancelled dozens of flights on Sunday.", true},
		{"Teachers backed the reform at the conference.", "Teachers opposed the reform at the conference.", true},
		{"Residents said the water was unsafe to drink.", "Officials said the water was unsafe to drink.", true},
		{"The company expects profits to grow this year.", "The company knows profits will grow this year.", true},
		{"The storm caused huge damage along the coast.", "The storm caused massive damage along the coast.", false},
		{"Prices saw a sharp rise in March.", "Prices saw a steep rise in March.", false},
		{"The attack was brutal, witnesses said.", "The attack was savage, witnesses said.", false},
		{"The results were shocking, the minister said.", "The results were stunning, the minister said.", false},
		{"A fierce battle raged for the town.", "A ferocious battle raged for the town.", false},
		{"The mayor faced angry residents at the meeting.", "The mayor faced furious residents at the meeting.", false},
		{"The flood caused severe disruption to trains.", "The flood caused serious disruption to trains.", false},
		{"The storm caused huge damage along the coast.", "The storm caused some damage along the coast.", true},
		{"The attack was brutal, witnesses said.", "The attack was brief, witnesses said.", true},
		{"Engineers could restore power by Friday, the utility said.", "Engineers may restore power by Friday, the utility said.", false},
		{"Analysts think the bank will hold rates.", "Analysts believe the bank will hold rates.", false},
		{"The museum reopened on Saturday after repairs.", "The museum resumed operations on Saturday after repairs.", false},
		{"The suspect was detained near the border.", "The suspect was arrested near the border.", false},
		{"The fire destroyed 40 homes in the village.", "The blaze razed 40 homes in the village.", false},
		{"Sales fell 3 percent in the quarter.", "Sales declined 3 percent in the quarter.", false},
		{"The coach praised his players after the win.", "The coach hailed his players after the win.", false},
		{"Police said the driver died at the scene.", "Police said the driver was killed at the scene.", false},
		{"Engineers could restore power by Friday, the utility said.", "Engineers will restore power by Friday, the utility said.", true},
		{"The suspect was detained near the border.", "The suspect was released near the border.", true},
		{"Sales fell 3 percent in the quarter.", "Sales rose 3 percent in the quarter.", true},
		{"The coach praised his players after the win.", "The coach criticised his players after the win.", true},
		{"The fire destroyed 40 homes in the village.", "The fire damaged 40 homes in the village.", true},
		{"Police said the driver died at the scene.", "Police said the driver was injured at the scene.", true},
		{"The union said the talks had collapsed.", "The employer said the talks had collapsed.", true},
		{"The government denied the report.", "The government confirmed the report.", true},
		{"Firefighters battled a blaze at a warehouse.", "Firefighters battled a huge blaze at a warehouse.", true},
	}
	for _, tt := range tests {
		c := Compare(doc(ctxBefore, tt.ref, ctxAfter), doc(ctxBefore, tt.ver, ctxAfter))
		if got := len(materialOf(c)) > 0; got != tt.material {
			t.Errorf("%q → %q: material = %v, want %v\n%+v", tt.ref, tt.ver, got, tt.material, c.Divergences)
		}
	}
}
