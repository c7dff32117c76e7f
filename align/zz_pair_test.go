package align

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

func TestZZPair(t *testing.T) {
	fn := os.Getenv("ZZ_PAIRS")
	if fn == "" {
		t.Skip()
	}
	data, _ := os.ReadFile(fn)
	for _, block := range strings.Split(string(data), "\n===\n") {
		parts := strings.SplitN(block, "\n---\n", 2)
		if len(parts) != 2 {
			continue
		}
		doc := func(s string) Document {
			var ps []string
			for _, p := range strings.Split(strings.TrimSpace(s), "\n\n") {
				ps = append(ps, strings.Join(strings.Fields(p), " "))
			}
			return Document{Paragraphs: ps}
		}
		c := Compare(doc(parts[0]), doc(parts[1]))
		fmt.Printf("### %s\n", strings.TrimSpace(parts[0])[:min(60, len(strings.TrimSpace(parts[0])))])
		fmt.Printf("    version: %v\n", c.Summary.Version)
		for _, d := range c.Divergences {
			m := "cosm"
			if d.Material {
				m = "MAT "
			}
			fmt.Printf("  %s %s %s | %.60q | %.60q | %s\n", m, d.Kind, d.Facet, d.RefText, d.VerText, d.Detail)
		}
	}
}
