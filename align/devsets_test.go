package align

import (
	"flag"
	"path/filepath"
	"testing"
)

var (
	devMinPrecision = flag.Float64("devsets.minp", 0.85, "TestDevSets fails when a development set's precision is below this")
	devMinRecall    = flag.Float64("devsets.minr", 0.80, "TestDevSets fails when a development set's recall is below this")
)

// TestDevSets scores the development sets in testdata/devsets (see its
// README.md) and fails when one falls below its floor, so that a rule
// written for one story does not quietly undo what was learnt on others.
// Run TestCorpus with -corpus.dir=testdata/devsets/set3 -corpus.report for
// the misses of one set.
func TestDevSets(t *testing.T) {
	for _, set := range []string{"set3", "set4"} {
		t.Run(set, func(t *testing.T) {
			cases := loadCorpus(t, filepath.Join("testdata", "devsets", set))
			if len(cases) < 20 {
				t.Fatalf("%d pairs in %s, want its 30", len(cases), set)
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
			t.Logf("%s: precision %.3f (%d/%d), recall %.3f (%d/%d)", set, p, total.Matched, total.Reported, r, total.Found, total.Expected)
			if p < *devMinPrecision || r < *devMinRecall {
				t.Errorf("%s: precision %.3f or recall %.3f below the floors %.2f / %.2f", set, p, r, *devMinPrecision, *devMinRecall)
			}
		})
	}
}
