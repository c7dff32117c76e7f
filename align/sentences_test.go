package align

import (
	"reflect"
	"testing"
)

func TestSentences(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"simple", "One thing. Another thing.", []string{"One thing.", "Another thing."}},
		{"titles", "Army Chief of Staff Gen. Randy George met Col. Dave Butler. They spoke.",
			[]string{"Army Chief of Staff Gen. Randy George met Col. Dave Butler.", "They spoke."}},
		{"us abbreviation", "U.S. officials met in the U.S. capital on Nov. 20 at 3 p.m. local time.",
			[]string{"U.S. officials met in the U.S. capital on Nov. 20 at 3 p.m. local time."}},
		{"us at end", "The envoy flew to the U.S. The talks began.", []string{"The envoy flew to the U.S.", "The talks began."}},
		{"initials", "J. D. Vance spoke. Mr. Smith, Jr. and Dr. Jones of St. Louis agreed.",
			[]string{"J. D. Vance spoke.", "Mr. Smith, Jr. and Dr. Jones of St. Louis agreed."}},
		{"dateline", "Washington [US], November 20 (ANI): The Trump administration has been working. It is new.",
			[]string{"Washington [US], November 20 (ANI): The Trump administration has been working.", "It is new."}},
		{"number end", "The toll rose to 14. Officials said more were missing.",
			[]string{"The toll rose to 14.", "Officials said more were missing."}},
		{"decimal", "Inflation was 3.5 percent. It fell.", []string{"Inflation was 3.5 percent.", "It fell."}},
		{"ellipsis", "Wait... what? He left… Then he came back.", []string{"Wait... what?", "He left…", "Then he came back."}},
		{"quote spans sentences", `"He is here. He left," he said. Next one.`, []string{`"He is here. He left," he said.`, "Next one."}},
		{"curly quote spans", "“We won. It is over,” she said. Then she left.", []string{"“We won. It is over,” she said.", "Then she left."}},
		{"quote then sentence", `Trump said on Wednesday. "He knows that."`, []string{"Trump said on Wednesday.", `"He knows that."`}},
		{"question in quote", `"Is it over?" he asked. No.`, []string{`"Is it over?" he asked.`, "No."}},
		{"unclosed quote", `He said: "We are here. We will stay.`, []string{`He said: "We are here.`, "We will stay."}},
		{"credit line", "It ended. (ANI)", []string{"It ended.", "(ANI)"}},
		{"no terminal", "No period here", []string{"No period here"}},
		{"empty", "  ", nil},
		{"month no day", "It happened in Jan. The next month was calm.", []string{"It happened in Jan.", "The next month was calm."}},
		{"single curly quotes", "‘We won. It is over,’ she said. Then she left.", []string{"‘We won. It is over,’ she said.", "Then she left."}},
		{"single straight quotes", "'We won. It is over,' she said. Then she left.", []string{"'We won. It is over,' she said.", "Then she left."}},
		{"apostrophes", "Trump's envoy didn't come. The players' union met. It ended.", []string{"Trump's envoy didn't come.", "The players' union met.", "It ended."}},
		{"number abbreviation", "He lives at No. 10 Downing Street. The answer was no. Then he left.", []string{"He lives at No. 10 Downing Street.", "The answer was no.", "Then he left."}},
		{"currency abbreviation", "The levy rose to Rs. 60 a kilo from Rs. 30. Fares stay at Tk. 40. The rupee fell to Rs. The end.",
			[]string{"The levy rose to Rs. 60 a kilo from Rs. 30.", "Fares stay at Tk. 40.", "The rupee fell to Rs.", "The end."}},
		{"inc", "He works at Acme Inc. in Ohio. He likes it.", []string{"He works at Acme Inc. in Ohio.", "He likes it."}},
		{"ranks of police and army", "RCMP Cpl. Danielle Arsenault spoke. Const. Mark Lee, Cst. Amy Roy, Pte. Sam Ng, Pvt. Ho Li and Spc. Tom Lee agreed. Then they left.",
			[]string{"RCMP Cpl. Danielle Arsenault spoke.", "Const. Mark Lee, Cst. Amy Roy, Pte. Sam Ng, Pvt. Ho Li and Spc. Tom Lee agreed.", "Then they left."}},
		{"envoys and clergy", "Amb. Jo Li met Msgr. Carlo Ricci. They prayed.", []string{"Amb. Jo Li met Msgr. Carlo Ricci.", "They prayed."}},
		{"road numbers", "Hwy. 2 and Rte. 9 were shut. Drivers used the Hwy. Police said so.",
			[]string{"Hwy. 2 and Rte. 9 were shut.", "Drivers used the Hwy.", "Police said so."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Sentences(tt.in)
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Sentences(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestSentencesGlued(t *testing.T) {
	got := Sentences("Read more with other Member Only BenefitsWashington [US], November 20 (ANI): It began. Watch it on YouTube and LinkedIn.")
	want := []string{"Read more with other Member Only Benefits", "Washington [US], November 20 (ANI): It began.", "Watch it on YouTube and LinkedIn."}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %q\nwant %q", got, want)
	}
}
