package align

import (
	"path/filepath"
	"testing"
)

// devFloors are the precision and recall below which TestDevSets fails,
// per development set: a little under what each scored when its floor
// was set (see testdata/devsets/README.md).
var devFloors = []struct {
	set       string
	precision float64
	recall    float64
}{
	{"set3", 0.85, 0.78}, // round 17: a credit moved in a close retold sentence is no change (one labelled one lost)
	{"set4", 0.85, 0.80},
	{"set5", 0.85, 0.85},
	{"set6", 0.92, 0.92},
	{"set7", 0.70, 0.83},
	{"set8", 0.62, 0.73},
	{"set9", 0.57, 0.77},
	{"set10", 0.70, 0.74},  // developed on in round 12 (blind: P 0.60, R 0.74)
	{"set11", 0.75, 0.85},  // developed on in round 12 (blind: P 0.72, R 0.85)
	{"set12", 0.60, 0.67},  // developed on in round 13 (blind: P 0.49, R 0.70)
	{"set13", 0.70, 0.78},  // developed on in round 14 (blind: P 0.67, R 0.80)
	{"set14", 0.62, 0.84},  // developed on in round 15 (blind: P 0.61, R 0.75)
	{"set15", 0.60, 0.73},  // developed on at the end of session 4 (blind: P 0.63, R 0.76)
	{"set16", 0.55, 0.68},  // developed on in round 17 (blind: P 0.54, R 0.67)
	{"set17", 0.72, 0.80},  // developed on in round 17 (blind: P 0.63, R 0.76)
	{"set18", 0.68, 0.85},  // developed on at the end of session 5 (blind: P 0.68, R 0.87 after round 17)
	{"set19", 0.70, 0.77},  // developed on at the end of session 5 (blind: P 0.72, R 0.79)
	{"set20", 0.64, 0.73},  // page labels taken from it at the end of session 5 (blind: P 0.67, R 0.76)
	{"set21", 0.80, 0.83},  // developed on in round 18 (blind: P 0.76, R 0.85)
	{"set22", 0.70, 0.82},  // chrome and forms taken from it in round 18 (blind: P 0.70, R 0.82)
	{"set23", 0.70, 0.76},  // blind at the end of session 6: P 0.73, R 0.80
	{"set24", 0.64, 0.69},  // blind at the end of session 6: P 0.67, R 0.71
	{"set25", 0.75, 0.75},  // blind at the start of session 7: P 0.77, R 0.78
	{"set26", 0.78, 0.85},  // blind in session 7 (after the set25 round): P 0.77, R 0.88
	{"set27", 0.68, 0.71},  // blind at the end of session 7: P 0.71, R 0.74
	{"set28", 0.66, 0.78},  // blind at the start of session 8: P 0.65, R 0.78
	{"set29", 0.69, 0.80},  // blind in session 8 (after the set28 round): P 0.72, R 0.83
	{"set30", 0.78, 0.80},  // blind at the start of session 9: P 0.76, R 0.79
	{"set31", 0.77, 0.84},  // blind in session 9 (after the set30 round): P 0.79, R 0.87
	{"set32", 0.76, 0.86},  // blind at the end of session 9: P 0.78, R 0.90
	{"set33", 0.75, 0.84},  // blind at the start of session 10: P 0.71, R 0.81
	{"set34", 0.74, 0.85},  // blind in session 10 (after the set33 round): P 0.74, R 0.84
	{"set35", 0.78, 0.80},  // blind at the end of session 10: P 0.81, R 0.82
	{"set36", 0.84, 0.89},  // blind at the start of session 11: P 0.84, R 0.87
	{"set37", 0.70, 0.79},  // blind at the end of session 11: P 0.72, R 0.81
	{"set38", 0.82, 0.84},  // blind at the start of session 12: P 0.76, R 0.78
	{"set39", 0.69, 0.80},  // blind at the end of session 12: P 0.70, R 0.82
	{"set40", 0.80, 0.86},  // blind in session 12 (after the set38 round): P 0.79, R 0.88
	{"set41", 0.73, 0.82},  // blind at the end of session 12: P 0.75, R 0.84
	{"set42", 0.82, 0.80},  // blind at the start of session 13: P 0.76, R 0.78
	{"set43", 0.72, 0.79},  // blind, kept unseen until the end of session 13: P 0.74, R 0.81
	{"set44", 0.80, 0.82},  // blind in session 13 (after the set42 round): P 0.78, R 0.82
	{"set45", 0.72, 0.85},  // blind, written and measured last in session 13: P 0.74, R 0.87
	{"set46", 0.82, 0.82},  // blind at the start of session 14: P 0.77, R 0.84
	{"set47", 0.79, 0.85},  // blind, kept unseen until the end of session 14: P 0.82, R 0.87
	{"set48", 0.81, 0.87},  // blind in session 14 (after the set46 round): P 0.79, R 0.87
	{"set49", 0.75, 0.81},  // blind, written mid-session 14 and kept unseen until its end: P 0.77, R 0.83
	{"set50", 0.85, 0.86},  // blind at the start of session 15: P 0.83, R 0.84
	{"set51", 0.86, 0.80},  // blind, kept unseen until the end of session 15: P 0.89, R 0.83 (P 0.89, R 0.82 under the session-start rules)
	{"set52", 0.80, 0.82},  // blind, written mid-session 15 and kept unseen until its end: P 0.83, R 0.85 (the same under the session-start rules)
	{"set53", 0.77, 0.74},  // blind, written late in session 15 and kept unseen until every rule but its own round was in: P 0.80, R 0.77 (the same under the session-start rules)
	{"set54", 0.82, 0.85},  // blind, written at the end of session 15 and measured once its rules were final: P 0.85, R 0.88 (P 0.85, R 0.87 under the session-start rules)
	{"set55", 0.83, 0.84},  // blind at the start of session 16: P 0.81, R 0.82
	{"set56", 0.87, 0.90},  // blind, kept unseen until mid-session 16: P 0.88, R 0.87 (P 0.88, R 0.86 under the session-start rules)
	{"set57", 0.76, 0.82},  // blind, written at the start of session 16 and kept unseen until its rules were final: P 0.79, R 0.85 (P 0.80, R 0.83 under the session-start rules)
	{"set58", 0.83, 0.84},  // blind, written mid-session 16 and measured before its round: P 0.84, R 0.83 (P 0.84, R 0.82 under the session-start rules)
	{"set59", 0.79, 0.83},  // blind, written mid-session 16 and kept unseen until its rules were final: P 0.82, R 0.86 (P 0.83, R 0.86 under the session-start rules)
	{"set60", 0.83, 0.88},  // blind at the start of session 17: P 0.83, R 0.87
	{"set61", 0.85, 0.87},  // blind, written at the start of session 17 and kept unseen until its rules were final: P 0.88, R 0.90 (the same under the session-start rules)
	{"set62", 0.82, 0.87},  // blind, kept unseen until mid-session 17: P 0.83, R 0.87 (the same under the session-start rules)
	{"set63", 0.85, 0.85},  // blind, written at the start of session 17 and kept unseen until its rules were final: P 0.88, R 0.88 (P 0.87, R 0.88 under the session-start rules)
	{"set64", 0.82, 0.83},  // blind, written mid-session 17 and measured before its round: P 0.85, R 0.84 (P 0.82, R 0.84 under the session-start rules)
	{"set65", 0.82, 0.82},  // blind, written mid-session 17 and measured before its round: P 0.83, R 0.84 (P 0.82, R 0.84 under the session-start rules)
	{"set66", 0.87, 0.88},  // blind at the start of session 18: P 0.87, R 0.89
	{"set67", 0.80, 0.81},  // blind, written at the start of session 18 and kept unseen until its rules were final: P 0.83, R 0.84 (P 0.82, R 0.84 under the session-start rules)
	{"set68", 0.82, 0.86},  // blind at the start of session 18: P 0.82, R 0.86
	{"set69", 0.79, 0.79},  // blind, written at the start of session 18 and kept unseen until its rules were final: P 0.82, R 0.82 (the same under the session-start rules)
	{"set70", 0.76, 0.80},  // blind, written mid-session 18 and measured before its round: P 0.78, R 0.83 (P 0.77, R 0.82 under the session-start rules)
	{"set71", 0.85, 0.86},  // blind, written mid-session 18 and measured before its round: P 0.88, R 0.87 (the same under the session-start rules)
	{"set72", 0.77, 0.81},  // blind at the start of session 19: P 0.77, R 0.83
	{"set73", 0.81, 0.81},  // blind, written at the start of session 19 and kept unseen until its rules were final: P 0.83, R 0.83 (the same under the session-start rules)
	{"set74", 0.80, 0.79},  // blind at the start of session 19: P 0.77, R 0.80
	{"set75", 0.77, 0.82},  // blind, written at the start of session 19 and kept unseen until its rules were final (two of its chrome lines seen early): P 0.79, R 0.84 (P 0.78, R 0.83 under the session-start rules)
	{"set76", 0.78, 0.85},  // blind, written mid-session 19 and measured before its round: P 0.77, R 0.86 (the same under the session-start rules)
	{"set77", 0.73, 0.81},  // blind, written mid-session 19 and measured before its round: P 0.73, R 0.83 (the same under the session-start rules)
	{"set78", 0.73, 0.83},  // blind at the start of session 20: P 0.71, R 0.81
	{"set79", 0.71, 0.81},  // blind, written at the start of session 20 and kept unseen until its rules were final: P 0.73, R 0.83 (the same under the session-start rules)
	{"set80", 0.76, 0.82},  // blind at the start of session 20: P 0.76, R 0.82
	{"set81", 0.72, 0.82},  // blind, written at the start of session 20 and kept unseen until its rules were final: P 0.74, R 0.84 (the same under the session-start rules)
	{"set82", 0.72, 0.81},  // blind, written mid-session 20 and measured before its round: P 0.70, R 0.83 (the same under the session-start rules)
	{"set83", 0.72, 0.83},  // blind, written mid-session 20 and measured before its round: P 0.73, R 0.84 (the same under the session-start rules)
	{"set84", 0.74, 0.77},  // blind at the start of session 21: P 0.72, R 0.77
	{"set85", 0.80, 0.81},  // blind, written at the start of session 21 and measured before its round: P 0.82, R 0.83 (the same under the session-start rules)
	{"set86", 0.70, 0.72},  // blind, written at the start of session 21 and measured before its round: P 0.70, R 0.74 (the same under the session-start rules)
	{"set87", 0.66, 0.78},  // blind at the start of session 21: P 0.64, R 0.79
	{"set88", 0.68, 0.71},  // blind, written in session 21 and kept unseen until the session's last round: P 0.70, R 0.73 (the same under the session-start rules)
	{"set89", 0.68, 0.74},  // blind, written in session 21 and kept unseen until the session's last round: P 0.70, R 0.76 (the same under the session-start rules, with one false alarm more)
	{"set90", 0.70, 0.83},  // blind, written after session 21's rules were frozen: P 0.72, R 0.85 (the same findings under the session-start rules)
	{"set91", 0.76, 0.83},  // blind at the start of session 22: P 0.72, R 0.82
	{"set92", 0.80, 0.82},  // blind at the start of session 22: the session-start rules panicked on two of its files (P 0.80, R 0.82 on the other 28)
	{"set93", 0.67, 0.71},  // blind at the start of session 22: P 0.66, R 0.72
	{"set94", 0.79, 0.82},  // blind, written in session 22 and kept unseen until the review: P 0.77, R 0.82 (one false alarm fewer than under the session-start rules)
	{"set95", 0.76, 0.81},  // blind, written in session 22 and kept unseen to the end: P 0.78, R 0.83 (the same findings under the session-start rules)
	{"set96", 0.82, 0.83},  // blind, written in session 23 and measured after its first rounds: P 0.83, R 0.83 (P 0.83, R 0.84 then: one hit more)
	{"set97", 0.75, 0.82},  // blind at the start of session 23: P 0.74, R 0.80
	{"set98", 0.77, 0.81},  // blind at the start of session 23: P 0.75, R 0.81
	{"set99", 0.74, 0.81},  // blind, written in session 23 and kept unseen until the review: P 0.75, R 0.83 (the same findings under the session-start rules)
	{"set100", 0.80, 0.85}, // blind, written in session 23 and kept unseen to the end: P 0.82, R 0.87 (the same findings under the session-start rules)
	{"set101", 0.82, 0.84}, // blind at the start of session 24: P 0.82, R 0.86
	{"set102", 0.79, 0.81}, // blind at the start of session 24: P 0.79, R 0.83
	{"set103", 0.78, 0.86}, // blind at the start of session 24, measured then developed on: P 0.75, R 0.88
	{"set104", 0.74, 0.80}, // blind, written in session 24 and kept unseen until the review: P 0.73, R 0.81 (P 0.74, R 0.82 then: one hit more)
	{"set105", 0.80, 0.81}, // blind, written in session 24 and kept unseen to the end: P 0.81, R 0.83 (one false alarm fewer under the final rules)
	{"set106", 0.76, 0.81}, // blind at the start of session 25: P 0.76, R 0.81
	{"set107", 0.78, 0.78}, // blind at the start of session 25: P 0.77, R 0.77
	{"set108", 0.74, 0.83}, // blind at the start of session 25: P 0.74, R 0.84
	{"set109", 0.83, 0.87}, // blind, written in session 25 and kept unseen until the review: P 0.83, R 0.89 (one false alarm fewer then; P 0.85, R 0.89 after a round on it)
	{"set110", 0.78, 0.80}, // blind, written in session 25 and kept unseen to the end: P 0.80, R 0.82 (the same findings under the final rules)
	{"set111", 0.80, 0.85}, // blind at the start of session 26: P 0.75, R 0.84
	{"set112", 0.76, 0.84}, // blind at the start of session 26: P 0.73, R 0.83
	{"set113", 0.76, 0.84}, // blind at the start of session 26: P 0.74, R 0.84
	{"set114", 0.72, 0.77}, // blind, written in session 26 and kept unseen until the review: P 0.73, R 0.78 (the same findings then; P 0.75, R 0.79 after rounds on it)
	{"set115", 0.75, 0.79}, // blind, written in session 26 and kept unseen until the sets were last measured: P 0.77, R 0.81 (the same findings then; P 0.78, R 0.82 after rounds on it)
	{"set116", 0.78, 0.76}, // blind at the start of session 27: P 0.78, R 0.78
	{"set117", 0.72, 0.75}, // blind at the start of session 27: P 0.72, R 0.76
	{"set118", 0.81, 0.86}, // blind at the start of session 27: P 0.79, R 0.86
	{"set119", 0.70, 0.82}, // blind, written in session 27 and kept unseen until the review: P 0.72, R 0.84 (one hit and one finding more then)
	{"set120", 0.72, 0.82}, // blind, written in session 27 and kept unseen to the end: P 0.74, R 0.84 (the same findings under the final rules)
	{"set121", 0.74, 0.81}, // blind at the start of session 28: P 0.72, R 0.81
	{"set122", 0.74, 0.77}, // blind at the start of session 28: P 0.73, R 0.78
	{"set123", 0.76, 0.80}, // blind at the start of session 28: P 0.76, R 0.80
	{"set124", 0.72, 0.73}, // blind, written in session 28 and kept unseen until the review: P 0.74, R 0.75 (the same findings under the final rules)
	{"set125", 0.70, 0.81}, // blind, written in session 28 and kept unseen to the end: P 0.72, R 0.83 (the same findings under the final rules)
}

// TestDevSets scores the development sets in testdata/devsets (see its
// README.md) and fails when one falls below its floor, so that a rule
// written for one story does not quietly undo what was learnt on others.
// Run TestCorpus with -corpus.dir=testdata/devsets/set3 -corpus.report for
// the misses of one set.
func TestDevSets(t *testing.T) {
	for _, fl := range devFloors {
		t.Run(fl.set, func(t *testing.T) {
			cases := loadCorpus(t, filepath.Join("testdata", "devsets", fl.set))
			if len(cases) < 20 {
				t.Fatalf("%d pairs in %s, want its 30", len(cases), fl.set)
			}
			var total tally
			for _, c := range cases {
				r := scoreCase(c, Compare(c.Ref, c.Ver))
				for f, tl := range r.byFacet {
					if f != "" {
						total.add(*tl)
					}
				}
			}
			p, r := ratio(total.Matched, total.Reported), ratio(total.Found, total.Expected)
			t.Logf("%s: precision %.3f (%d/%d), recall %.3f (%d/%d)", fl.set, p, total.Matched, total.Reported, r, total.Found, total.Expected)
			if p < fl.precision || r < fl.recall {
				t.Errorf("%s: precision %.3f or recall %.3f below the floors %.2f / %.2f", fl.set, p, r, fl.precision, fl.recall)
			}
		})
	}
}
