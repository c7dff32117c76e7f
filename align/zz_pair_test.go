package align

import (
	"os"
	"strings"
	"testing"
)

func TestZZPairs(t *testing.T) {
	data, err := os.ReadFile(os.Getenv("ZZ_PAIRS"))
	if err != nil {
		t.Skip()
	}
	for _, blk := range strings.Split(string(data), "\n===\n") {
		parts := strings.SplitN(blk, "\n---\n", 2)
		if len(parts) != 2 {
			continue
		}
		doc := func(x string) Document { return Document{Source: "x", Paragraphs: strings.Split(strings.TrimSpace(x), "\n\n")} }
		cmp := Compare(doc(parts[0]), doc(parts[1]))
		t.Logf("#### %.80q", parts[0])
		for _, d := range cmp.Divergences {
			t.Logf("%v %v mat=%v %q\n     R: %.150s\n     V: %.150s", d.Kind, d.Facet, d.Material, d.Detail, d.RefText, d.VerText)
		}
	}
}
