package align

import (
	"os"
	"testing"
)

func TestTmpDump(t *testing.T) {
	if os.Getenv("F") == "" {
		t.Skip()
	}
	data, _ := os.ReadFile(os.Getenv("F"))
	c, err := parseCorpus("x", data)
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range Compare(c.Ref, c.Ver).Divergences {
		t.Logf("%s %s %v %q | %q | %s", d.Kind, d.Facet, d.Material, d.RefText, d.VerText, d.Detail)
	}
}
