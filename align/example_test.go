package align_test

import (
	"fmt"

	"github.com/storydiff/storydiff/align"
)

func ExampleCompare() {
	ref := align.Document{Paragraphs: []string{
		"The draft spans 28 points, a US official told CNN on Wednesday.",
		"Talks will continue next week.",
	}}
	ver := align.Document{Paragraphs: []string{
		"The draft spans 27 points, a US official told Reuters on Wednesday.",
		"Talks will continue next week.",
		"(ANI)",
	}}
	c := align.Compare(ref, ver)
	for _, d := range c.Divergences {
		fmt.Printf("%s %s material=%v [%s]\n", d.Kind, d.Facet, d.Material, d.Detail)
	}
	fmt.Println(c.Summary.Ops)
	// Output:
	// altered number material=true [28 points → 27 points]
	// altered attribution material=true [CNN → Reuters]
	// added boilerplate material=false []
	// map[added:1 edited:1 same:1]
}

func ExampleWordDiff() {
	for _, s := range align.WordDiff("a source told CNN on Wednesday", "a source told Reuters on Thursday") {
		fmt.Printf("%+d %q\n", s.Op, s.Text)
	}
	// Output:
	// +0 "a source told "
	// -1 "CNN"
	// +1 "Reuters"
	// +0 " on "
	// -1 "Wednesday"
	// +1 "Thursday"
}

func ExampleSentences() {
	p := `Washington [US], November 20 (ANI): Gen. Randy George met J. D. Vance in the U.S. capital. The toll rose to 14. "We are close. Very close," he said.`
	for _, s := range align.Sentences(p) {
		fmt.Println(s)
	}
	// Output:
	// Washington [US], November 20 (ANI): Gen. Randy George met J. D. Vance in the U.S. capital.
	// The toll rose to 14.
	// "We are close. Very close," he said.
}

func ExampleFacts() {
	for _, f := range align.Facts(`Officials said on Wednesday that eighteen people "may have left."`) {
		fmt.Printf("%s %s\n", f.Facet, f.Key)
	}
	// Output:
	// number 18
	// date wednesday
	// quote may have left
	// attribution officials
}

func ExampleIsBoilerplate() {
	fmt.Println(align.IsBoilerplate("(ANI)"))
	fmt.Println(align.IsBoilerplate("Also read: Ten things to know"))
	fmt.Println(align.IsBoilerplate("The Kremlin rejected that approach."))
	// Output:
	// true
	// true
	// false
}

func ExampleRepairMojibake() {
	fmt.Println(align.RepairMojibake("donâ€™t"))
	// Output: don’t
}

func ExampleFold() {
	fmt.Println(align.Fold("  “Kyiv’s”   DEFENCE — plan "))
	// Output: "kyiv's" defence - plan
}

func ExampleCompareWith() {
	ref := align.Document{Paragraphs: []string{"Prices rose 4 percent in March."}}
	ver := align.Document{Paragraphs: []string{"Prices rose 5 percent in March."}}
	c := align.CompareWith(ref, ver, align.Options{Scorer: align.TokenScorer{}})
	fmt.Println(c.Summary.Material)
	// Output: map[number:1]
}

func ExampleHasMojibake() {
	fmt.Println(align.HasMojibake("history鈥檚"), align.HasMojibake("history’s"))
	// Output: true false
}

func ExampleTokenScorer() {
	var s align.TokenScorer
	fmt.Printf("%.2f\n", s.Similarity("The draft spans 28 points.", "The draft spans 28 points."))
	// Output: 1.00
}

func ExampleReference() {
	ref := align.NewReference(align.Document{Paragraphs: []string{
		"The council approved the plan on Tuesday, the mayor said.",
		"Work may start in May.",
	}})
	for _, ver := range []align.Document{
		{Paragraphs: []string{"The council approved the plan on Wednesday, the mayor said.", "Work may start in May."}},
		{Paragraphs: []string{"The council rejected the plan on Tuesday, the mayor said.", "Work might start in May."}},
	} {
		c := ref.Compare(ver)
		for _, d := range c.Divergences {
			fmt.Println(d.Facet, d.Material, d.Detail)
		}
	}
	// Output:
	// date true Tuesday → Wednesday
	// wording true approved → rejected
	// wording false paraphrase
}

func ExampleClassOf() {
	ref := align.Document{Paragraphs: []string{
		"Rescuers pulled 14 people from the rubble on Tuesday, the fire service said.",
		"The building, a five-storey block of flats, collapsed shortly after midnight.",
		"Engineers are expected to inspect neighbouring blocks this week.",
		"Residents of the street have been moved to a school hall.",
		"The cause of the collapse is not yet known.",
	}}
	ver := align.Document{Paragraphs: []string{
		"Rescuers pulled 41 people from the rubble on Tuesday, the fire service said.",
		"The building, a five-storey block of flats, collapsed shortly after midnight.",
		"Engineers are expected to inspect neighbouring blocks this week.",
		"Residents of the street have been moved to a school hall.",
		"The cause of the collapse is not yet known.",
	}}
	c := align.Compare(ref, ver)
	for _, d := range c.Divergences {
		if d.Material {
			cl := align.ClassOf(d, c.Summary.Version)
			fmt.Printf("%s: %s %s in a %s, confidence %s\n", d.Detail, cl.Shape, cl.Facet, cl.Version, align.Band(d.Confidence))
		}
	}
	// Output:
	// 14 people → 41 people: swap number in a copy, confidence high
}

func ExampleBand() {
	for _, c := range []float64{0.95, 0.6, 0.3, 0} {
		fmt.Printf("%.2f %q\n", c, align.Band(c))
	}
	// Output:
	// 0.95 "high"
	// 0.60 "medium"
	// 0.30 "low"
	// 0.00 ""
}
