package align

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func FuzzSentences(f *testing.F) {
	for _, s := range []string{
		"Washington [US], November 20 (ANI): The Trump administration has been working. It is new.",
		`"He is here. He left," he said. Next one.`,
		"The toll rose to 14. Officials said more were missing.",
		"J. D. Vance met Gen. Randy George in the U.S. on Nov. 20 at 3 p.m.",
		"Wait... what?! “Quote.” ‘Single’ «guillemets»",
		"\xff\xfe broken \xc3",
		"",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, p string) {
		got := Sentences(p)
		// Every sentence is non-empty, trimmed and in order in the input.
		clean := strings.ToValidUTF8(p, "\uFFFD")
		pos := 0
		for _, s := range got {
			if s == "" || strings.TrimSpace(s) != s {
				t.Fatalf("sentence %q is empty or untrimmed", s)
			}
			if !utf8.ValidString(s) {
				t.Fatalf("sentence %q is not valid UTF-8", s)
			}
			i := strings.Index(clean[pos:], s)
			if i < 0 && len(clean) <= maxInput {
				t.Fatalf("sentence %q not found in order in %q", s, clean)
			}
			if i >= 0 {
				pos += i + len(s)
			}
		}
		// No text is lost: the words of the input are the words of the sentences.
		if len(clean) <= maxInput && strings.Join(strings.Fields(strings.Join(got, " ")), "") != strings.Join(strings.Fields(clean), "") {
			t.Fatalf("sentences %q lose text of %q", got, clean)
		}
	})
}

func FuzzCompare(f *testing.F) {
	f.Add("The draft spans 28 points.\nOfficials said so on Wednesday.", "The draft spans 27 points.\n\nOfficials said so on Thursday.")
	f.Add("A.\nB.\nC.", "C.\nA.")
	f.Add("\xff\xfe\n“x”", "donâ€™t\n鈥")
	f.Add("", "One paragraph.")
	f.Add("The cause is under investigation.", "The Oak Point First Nation, whose reserve lies downstream, said it was not told.")
	f.Fuzz(func(t *testing.T, a, b string) {
		ref := Document{Paragraphs: strings.Split(a, "\n")}
		ver := Document{Paragraphs: strings.Split(b, "\n")}
		c := Compare(ref, ver)
		checkCoverage(t, c, len(ref.Paragraphs), len(ver.Paragraphs))
		for _, d := range c.Divergences {
			if d.RefPara >= len(ref.Paragraphs) || d.VerPara >= len(ver.Paragraphs) {
				t.Fatalf("divergence paragraph out of range: %+v", d)
			}
			if d.Kind == Added && d.RefPara != -1 || d.Kind == Dropped && d.VerPara != -1 {
				t.Fatalf("one-sided divergence with both paragraphs: %+v", d)
			}
		}
		WordDiff(a, b)
	})
}

func FuzzWordDiff(f *testing.F) {
	f.Add("talks on a fresh peace plan went on", "talks behind the scenes went on")
	f.Add("one big red fox", "one small red cat")
	f.Add("a  b\tc", "a b c d")
	f.Add("", "x y")
	f.Add("\xff x", "y \xfe")
	f.Fuzz(func(t *testing.T, a, b string) {
		spans := WordDiff(a, b)
		// Invalid UTF-8 is replaced before diffing.
		checkRebuild(t, strings.ToValidUTF8(a, "\uFFFD"), strings.ToValidUTF8(b, "\uFFFD"), spans)
	})
}
