package align

import "testing"

// TestQuoteCutTold checks quotes cut to a part of themselves in a
// retelling: the rest told in the narration is no change, the rest left
// out or words put inside the quotation marks are.
func TestQuoteCutTold(t *testing.T) {
	runMechanismCases(t, []mechanismCase{
		{"opening words cut",
			[]string{`"It is a warning, not a ban," said Ana Ruiz of the port authority.`},
			[]string{`Ana Ruiz of the port authority called it "a warning, not a ban."`}, nil},
		{"opening told in the narration",
			[]string{`"Fishermen are losing money on every trip because fuel costs have doubled," said co-operative head Tomas Vidal.`},
			[]string{`Co-operative head Tomas Vidal said fishermen were losing money on every trip "because fuel costs have doubled."`}, nil},
		{"ending told in the narration",
			[]string{`"The river is rising fast and we are asking families near the banks to leave tonight," the mayor said.`},
			[]string{`"The river is rising fast," the mayor said, asking families near the banks to leave tonight.`}, nil},
		{"ending left out",
			[]string{`"We will reopen the bridge in May, and the tolls will stay the same," the minister said.`},
			[]string{`"We will reopen the bridge in May," the minister said.`}, []string{"altered quote"}},
		{"closing words without content left out",
			[]string{`"Some of the boats have nothing left on them," the fisherman said.`},
			[]string{`"Some of the boats have nothing left," the fisherman said.`}, []string{"altered quote"}},
		{"only half told",
			[]string{`"The new ruling gives us breathing room to hire and to expand," said Dana Kross.`},
			[]string{`Dana Kross said the ruling gave the firm "breathing room to hire".`}, []string{"altered quote"}},
		{"words put inside the quote",
			[]string{`The minister said the bridge was "safe for cars and lorries."`},
			[]string{`"It is safe for cars and lorries," the minister said of the bridge.`}, []string{"altered quote"}},
	})
}
