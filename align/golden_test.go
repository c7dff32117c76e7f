package align

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/golden")

// TestCompareGolden compares the full Comparison of a wire story and a
// rewritten copy with testdata/golden/reuters-rewrite.json.
func TestCompareGolden(t *testing.T) {
	ref := doc(
		"LONDON (Reuters) - Britain's economy grew by 0.3% in the third quarter, official data showed on Friday, beating forecasts from economists polled by Reuters.",
		"The Office for National Statistics said services output rose 0.4%, while manufacturing shrank for a second month.",
		"\"The recovery remains fragile,\" said Jane Foster, chief economist at Oakridge Capital. \"We don't expect a rate cut before March.\"",
		"Finance minister Rachel Reeves welcomed the figures but warned that households were still under pressure.",
		"The Bank of England kept interest rates at 5.25% this month.",
		"Sterling rose 0.2% against the dollar after the data.",
	)
	ver := doc(
		"London, Nov 14 (Reuters): The UK economy expanded 0.3 per cent in the July-September quarter, official figures showed on Friday, ahead of economists' forecasts in a Reuters poll.",
		"Services output rose 0.4 per cent, the Office for National Statistics said, while manufacturing contracted for the second straight month.",
		"\"The recovery remains fragile,\" said Jane Foster, chief economist at Oakridge Capital. \"We do not expect a rate cut before March.\"",
		"Finance Minister Rachel Reeves hailed the figures but cautioned that families were still under strain.",
		"The Bank of England held interest rates at 5.25 per cent this month.",
		"The pound gained 0.2 per cent versus the dollar following the release.",
		"(Reporting by Tom Lee; Editing by Sam Hart)",
	)
	got, err := json.MarshalIndent(Compare(ref, ver), "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	got = append(got, '\n')
	path := filepath.Join("testdata", "golden", "reuters-rewrite.json")
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("reading golden file (run with -update to create it): %v", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("Compare output differs from %s (run with -update after checking):\n%s", path, got)
	}
}
