package align

import (
	"flag"
	"os"
	"strings"
	"testing"
)

var zzFile = flag.String("zz.file", "", "")
var zzGrep = flag.String("zz.grep", "", "")

func TestZZFile(t *testing.T) {
	data, err := os.ReadFile(*zzFile)
	if err != nil {
		t.Skip()
	}
	c, err := parseCorpus(*zzFile, data)
	if err != nil {
		t.Fatal(err)
	}
	cmp := Compare(c.Ref, c.Ver)
	for _, d := range cmp.Divergences {
		s := d.RefText + " || " + d.VerText
		if *zzGrep == "" || strings.Contains(s, *zzGrep) {
			t.Logf("%v %v mat=%v %q\n     R: %.150s\n     V: %.150s", d.Kind, d.Facet, d.Material, d.Detail, d.RefText, d.VerText)
		}
	}
}
