package trace

import (
	"strings"
	"testing"
)

func TestFindAttributionsSeed(t *testing.T) {
	paras := seedParagraphs(t)
	got := FindAttributions(paras, DefaultRegistry())
	want := []struct {
		outlet, cue string
		para, sent  int
		context     bool
	}{
		{"CNN", "told CNN", 2, 2, false},
		{"CNN", "According to CNN", 3, 0, false},
		{"CNN", "told CNN", 6, 0, false},
		{"The Wall Street Journal", "reported by The Wall Street Journal", 8, 0, true},
		{"CNN", "telling CNN", 14, 0, false},
		{"Axios", "An Axios report", 16, 0, false},
		{"CNN", "CNN reported", 19, 0, false},
		{"CNN", "told CNN", 24, 0, false},
	}
	if len(got) != len(want) {
		for _, a := range got {
			t.Logf("%+v", a)
		}
		t.Fatalf("%d attributions, want %d", len(got), len(want))
	}
	for i, w := range want {
		g := got[i]
		if g.Outlet != w.outlet || g.Cue != w.cue || g.Para != w.para || g.Sentence != w.sent || (g.Context != "") != w.context {
			t.Errorf("attribution %d = %s %q p%d s%d context %q; want %s %q p%d s%d context %v",
				i, g.Outlet, g.Cue, g.Para, g.Sentence, g.Context, w.outlet, w.cue, w.para, w.sent, w.context)
		}
	}
	if got[3].Context == "" || got[3].Context[:8] != "Driscoll" {
		t.Errorf("WSJ context = %q, want the sentence before", got[3].Context)
	}
}

func TestFindAttributions(t *testing.T) {
	reg := DefaultRegistry()
	tests := []struct {
		sentence string
		outlets  []string // empty: no attribution
	}{
		{"The minister said in an interview with the BBC that talks would resume.", []string{"BBC"}},
		{"Prices rose 4%, Reuters reported on Monday.", []string{"Reuters"}},
		{"Reuters reported that prices rose 4%.", []string{"Reuters"}},
		{"The deal was first reported by the Wall Street Journal.", []string{"The Wall Street Journal"}},
		{"The plan, first reported by WSJ, has 20 points.", []string{"The Wall Street Journal"}},
		{"According to a report by the Associated Press, two people died.", []string{"Associated Press"}},
		{"Two people died, the official told AP.", []string{"Associated Press"}},
		{"Two people died, the official told AP and Reuters.", []string{"Associated Press", "Reuters"}},
		{"A CNN analysis found the numbers did not add up.", []string{"CNN"}},
		{"CNN's reporting showed the plan had changed.", []string{"CNN"}},
		{"The talks will resume, per Axios.", []string{"Axios"}},
		{"Officials speaking to Hindustan Times said the bridge was safe.", []string{"Hindustan Times"}},
		{"CNN has learned that the envoy met the minister.", []string{"CNN"}},
		// Not attributions.
		{"Protesters gathered outside CNN's headquarters in Atlanta.", nil},
		{"He told reporters that the talks were over.", nil},
		{"She worked at CNN for ten years before joining the campaign.", nil},
		{"The ap reported nothing.", nil}, // "AP" is case-sensitive
		{"A BBCX report said so.", nil},   // whole words only
		{"The company told investors it would grow.", nil},
		{"Reuters Street was closed for repairs.", nil},
	}
	for _, tt := range tests {
		got := FindAttributions([]string{tt.sentence}, reg)
		var outs []string
		for _, a := range got {
			outs = append(outs, a.Outlet)
			if a.Claim != tt.sentence {
				t.Errorf("%q: claim %q", tt.sentence, a.Claim)
			}
		}
		if len(outs) != len(tt.outlets) {
			t.Errorf("%q: attributed to %v, want %v", tt.sentence, outs, tt.outlets)
			continue
		}
		for i := range outs {
			if outs[i] != tt.outlets[i] {
				t.Errorf("%q: attributed to %v, want %v", tt.sentence, outs, tt.outlets)
			}
		}
	}
}

func TestFindWireCredit(t *testing.T) {
	reg := DefaultRegistry()
	tests := []struct {
		paras []string
		want  string // "" for none
	}{
		{seedParagraphs(t), "ANI"},
		{[]string{"LONDON (Reuters) - Shares fell on Monday.", "More follows."}, "Reuters"},
		{[]string{"New Delhi, Nov 20 (PTI) The court said.", "More."}, "PTI"},
		{[]string{"The court said.", "More.", "PTI ABC DEF"}, "PTI"},
		{[]string{"The storm hit the coast.", "Two died.", "— AP"}, "Associated Press"},
		{[]string{"The storm hit the coast.", "(With inputs from ANI)"}, "ANI"},
		{[]string{"The storm hit the coast, the AP reported.", "Two died."}, ""},
		{[]string{"Our reporter filed this story.", "Nothing else."}, ""},
	}
	for _, tt := range tests {
		got, ok := FindWireCredit(tt.paras, reg)
		if ok != (tt.want != "") || got.Outlet != tt.want {
			t.Errorf("FindWireCredit(%q) = %+v, %v; want %q", tt.paras[0], got, ok, tt.want)
		}
	}
}

func FuzzFindAttributions(f *testing.F) {
	f.Add("Washington [US], November 20 (ANI): A source told CNN. An Axios report noted 28 points.")
	f.Add("The trip was first reported by The Wall Street Journal.")
	f.Add("CNN's headquarters. He told reporters.")
	reg := DefaultRegistry()
	f.Fuzz(func(t *testing.T, text string) {
		paras := strings.Split(text, "\n")
		for _, a := range FindAttributions(paras, reg) {
			if reg.Outlet(a.Outlet) == nil {
				t.Errorf("attribution to unknown outlet %q", a.Outlet)
			}
			if a.Para < 0 || a.Para >= len(paras) || a.Cue == "" || !strings.Contains(normalizeQuotes(a.Claim), a.Cue) {
				t.Errorf("bad attribution %+v", a)
			}
		}
		FindWireCredit(paras, reg)
	})
}
