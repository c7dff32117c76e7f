package align

import (
	"fmt"
	"reflect"
	"strings"
	"sync"
	"testing"
)

// doc builds a document from paragraphs.
func doc(paras ...string) Document { return Document{Paragraphs: paras} }

// material returns the material divergences as "kind facet" strings.
func materialOf(c Comparison) []string {
	var out []string
	for _, d := range c.Divergences {
		if d.Material {
			out = append(out, string(d.Kind)+" "+string(d.Facet))
		}
	}
	return out
}

func cosmeticOf(c Comparison) []string {
	var out []string
	for _, d := range c.Divergences {
		if !d.Material {
			out = append(out, string(d.Kind)+" "+string(d.Facet))
		}
	}
	return out
}

// context paragraphs keep the documents realistic around the sentence
// under test.
var (
	ctxBefore = "The city council met on Monday to debate the new transport budget for the coming decade."
	ctxAfter  = "Residents will be able to comment on the proposals at public meetings across the region."
)

func TestCompareFacets(t *testing.T) {
	tests := []struct {
		name     string
		ref, ver string
		want     []string // material divergences
		detail   string   // substring of the first material detail
	}{
		{"identical", "Police said 14 people were hurt.", "Police said 14 people were hurt.", nil, ""},
		{"number", "The draft spans 28 points, officials said.", "The draft spans 27 points, officials said.", []string{"altered number"}, "28 points → 27 points"},
		{"number word equal", "Eighteen people were rescued from the river.", "18 people were rescued from the river.", nil, ""},
		{"thousands separator", "The plant employs 1,000 workers in the valley.", "The plant employs 1000 workers in the valley.", nil, ""},
		{"million", "The project costs 3 million dollars over five years.", "The project costs 3,000,000 dollars over five years.", nil, ""},
		{"percent", "Unemployment rose to 5 percent in March.", "Unemployment rose to 6% in March.", []string{"altered number"}, "5"},
		{"unit", "The bank cut rates by 25 basis points on Friday.", "The bank cut rates by 25 percentage points on Friday.", []string{"altered number"}, ""},
		{"weekday", "Driscoll arrived in Kyiv on Wednesday with his team.", "Driscoll arrived in Kyiv on Thursday with his team.", []string{"altered date"}, "Wednesday → Thursday"},
		{"month day", "The summit was held on November 20 in Geneva.", "The summit was held on November 21 in Geneva.", []string{"altered date"}, ""},
		{"day month order", "The summit was held on November 20 in Geneva.", "The summit was held on 20 November in Geneva.", nil, ""},
		{"ordinal day", "The summit was held on 20 November in Geneva.", "The summit was held on 20th November in Geneva.", nil, ""},
		{"clock time", "The blast happened at 10:30 a.m. local time near the port.", "The blast happened at 10:45 a.m. local time near the port.", []string{"altered date"}, "10:30"},
		// A copy that credits its dateline to another agency claims
		// another source for the story (see TestDatelineCreditSwapped).
		{"dateline agency", "New Delhi, March 3 (ANI): The cabinet approved the housing scheme on Wednesday.", "New Delhi, March 3 (PTI) The cabinet approved the housing scheme on Wednesday.", []string{"altered attribution"}, "ANI → PTI"},
		{"dateline agency restyled", "New Delhi, March 3 (ANI): The cabinet approved the housing scheme on Wednesday.", "New Delhi, March 3 (ANI) The cabinet approved the housing scheme on Wednesday.", nil, ""},
		{"not a dateline", "Prime Minister Narendra Modi (BJP) opened the new bridge on Wednesday.", "Prime Minister Amit Shah (BJP) opened the new bridge on Wednesday.", []string{"altered entity"}, ""},
		{"relative", "Trump spoke with Putin by phone last month about the plan.", "Trump spoke with Putin by phone last week about the plan.", []string{"altered date"}, "last month → last week"},
		{"quote", `He said there were "no new developments to report so far."`, `He said there were "no developments to report so far."`, []string{"altered quote"}, "-new"},
		{"curly quote same", `He expressed "gratitude" to the allies.`, "He expressed “gratitude” to the allies.", nil, ""},
		{"attribution outlet", "A US official told CNN the visit was ordered by the president.", "A US official told Reuters the visit was ordered by the president.", []string{"altered attribution"}, "CNN → Reuters"},
		{"attribution number", "Officials said the talks would resume in Oslo.", "An official said the talks would resume in Oslo.", []string{"altered attribution"}, ""},
		{"speaker swapped", `"We will not give up," Marsh said after the match.`, `"We will not give up," Okafor said after the match.`, []string{"altered attribution"}, ""},
		{"entity", "Army Chief of Staff Gen. Randy George joined the trip to Kyiv.", "Army Chief of Staff Gen. Randy Jones joined the trip to Kyiv.", []string{"altered entity"}, "George → Jones"},
		{"title swapped", "Army Secretary Dan Driscoll met Gen. Randy George in Kyiv on the trip.", "Army Secretary Randy George met Gen. Dan Driscoll in Kyiv on the trip.", []string{"altered entity"}, "Driscoll"},
		{"title case changed", "Finance minister Rachel Reeves welcomed the figures on the economy.", "Finance Minister Rachel Reeves welcomed the figures on the economy.", nil, ""},
		{"entity shortened", "Army Secretary Dan Driscoll will brief the ministers in Kyiv.", "Driscoll will brief the ministers in Kyiv.", nil, ""},
		{"negation", "Driscoll has not previously been visible in the talks.", "Driscoll has previously been visible in the talks.", []string{"altered negation"}, "not"},
		{"negation contraction", "The ministry didn't confirm the report on Monday.", "The ministry did confirm the report on Monday.", []string{"altered negation"}, "not"},
		{"modality", "US officials believe the Kremlin has shown new openness.", "US officials confirmed the Kremlin has shown new openness.", []string{"altered modality"}, "believe → confirmed"},
		{"hedge dropped", "The minister reportedly resigned after the vote.", "The minister resigned after the vote.", []string{"altered modality"}, "reportedly"},
		{"expected to", "Driscoll is expected to brief Zelensky on the plan.", "Driscoll will brief Zelensky on the plan.", []string{"altered modality"}, ""},
		{"characterization", "It marks one of the most significant diplomatic pushes of the year.", "It marks one of the most desperate diplomatic pushes of the year.", []string{"altered characterization"}, "significant → desperate"},
		{"characterization added", "A wildfire near the village destroyed three homes overnight.", "A ferocious wildfire near the village destroyed three homes overnight.", []string{"altered characterization"}, "ferocious"},
		{"intensifier", "The economy added fewer jobs than economists had expected.", "The economy added far fewer jobs than economists had expected.", []string{"altered characterization"}, ""},
		{"wording predicate", "Police in Marlow Bay arrested two men after the robbery.", "Police in Marlow Bay questioned two men after the robbery.", []string{"altered wording"}, "arrested → questioned"},
		{"direction", "Petrol prices rose by 4 cents a litre in March, the regulator said.", "Petrol prices fell by 4 cents a litre in March, the regulator said.", []string{"altered wording"}, "rose → fell"},
		{"same direction", "Petrol prices rose by 4 cents a litre in March, the regulator said.", "Petrol prices climbed by 4 cents a litre in March, the regulator said.", nil, ""},
		{"quantifier", "Officers recovered some of the stolen items from the van.", "Officers recovered all of the stolen items from the van.", []string{"altered wording"}, ""},
		{"spelling", "He has largely worked on defence acquisitions for the army.", "He has largely worked on defense acquisitions for the army.", nil, ""},
		{"transliteration", "The convoy reached Kiev late on Tuesday evening.", "The convoy reached Kyiv late on Tuesday evening.", nil, ""},
		{"paraphrase", "The city has opened two extra vaccination centres this winter.", "Two extra vaccination centres have been opened by the city this winter.", nil, ""},
		{"phrasal verb", "But within days, the meeting was canceled by the White House.", "But within days, the meeting was called off by the White House.", nil, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := Compare(doc(ctxBefore, tt.ref, ctxAfter), doc(ctxBefore, tt.ver, ctxAfter))
			got := materialOf(c)
			if !reflect.DeepEqual(got, tt.want) {
				t.Fatalf("material divergences = %v, want %v\n%+v", got, tt.want, c.Divergences)
			}
			if tt.detail != "" {
				for _, d := range c.Divergences {
					if d.Material {
						if !strings.Contains(d.Detail, tt.detail) {
							t.Errorf("detail %q does not contain %q", d.Detail, tt.detail)
						}
						break
					}
				}
			}
			for _, d := range c.Divergences {
				if d.Kind == Altered && (d.RefPara != 1 || d.VerPara != 1) {
					t.Errorf("divergence at paragraphs %d/%d, want 1/1: %+v", d.RefPara, d.VerPara, d)
				}
			}
		})
	}
}

func TestCompareCosmetic(t *testing.T) {
	tests := []struct {
		name     string
		ref, ver string
		want     string // a cosmetic "kind facet" expected
	}{
		{"spelling", "He has largely worked on defence acquisitions for the army.", "He has largely worked on defense acquisitions for the army.", "altered spelling"},
		{"quotes", `He expressed "gratitude" to the allies for their help.`, "He expressed “gratitude” to the allies for their help.", "altered punctuation"},
		{"mojibake", "He said the country’s army would hold the line.", "He said the countryâ€™s army would hold the line.", "altered damage"},
		{"digits stripped", "The toll rose to 14 on Tuesday, officials said.", "The toll rose to on Tuesday, officials said.", "altered damage"},
		{"paraphrase", "The city has opened two extra vaccination centres this winter.", "Two extra vaccination centres have been opened by the city this winter.", "altered wording"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := Compare(doc(ctxBefore, tt.ref, ctxAfter), doc(ctxBefore, tt.ver, ctxAfter))
			if m := materialOf(c); len(m) > 0 {
				t.Fatalf("material divergences %v on a cosmetic change", m)
			}
			got := cosmeticOf(c)
			found := false
			for _, g := range got {
				found = found || g == tt.want
			}
			if !found {
				t.Errorf("cosmetic divergences = %v, want one %q", got, tt.want)
			}
		})
	}
}

var alignParas = []string{
	"The Trump administration has been quietly working on a fresh peace plan with Russia.",
	"Steve Witkoff, the president's special envoy, has been leading the negotiations.",
	"Army Secretary Dan Driscoll arrived in Ukraine on Wednesday alongside a Pentagon team.",
	"Ukrainian Defense Minister Denys Shmyhal confirmed his meeting with Driscoll in a Telegram post.",
	"Russian Special Envoy Kirill Dmitriev visited the US in October for meetings.",
	"An Axios report noted that the draft currently spans 28 points on security guarantees.",
	"Kremlin spokesperson Dmitry Peskov downplayed the report on Thursday.",
	"The Kremlin rejected that approach, insisting it wanted a long-term settlement.",
}

func TestCompareAlignment(t *testing.T) {
	p := alignParas
	tests := []struct {
		name string
		ver  []string
		want []Link
	}{
		{"same", p[:4], []Link{{OpSame, []int{0}, []int{0}}, {OpSame, []int{1}, []int{1}}, {OpSame, []int{2}, []int{2}}, {OpSame, []int{3}, []int{3}}}},
		{"edited", []string{p[0], strings.Replace(p[1], "leading", "running", 1), p[2], p[3]},
			[]Link{{OpSame, []int{0}, []int{0}}, {OpEdited, []int{1}, []int{1}}, {OpSame, []int{2}, []int{2}}, {OpSame, []int{3}, []int{3}}}},
		{"dropped", []string{p[0], p[2], p[3]},
			[]Link{{OpSame, []int{0}, []int{0}}, {OpDropped, []int{1}, []int{}}, {OpSame, []int{2}, []int{1}}, {OpSame, []int{3}, []int{2}}}},
		{"added", []string{p[0], p[1], "A completely new paragraph about the weather in Lisbon appeared.", p[2], p[3]},
			[]Link{{OpSame, []int{0}, []int{0}}, {OpSame, []int{1}, []int{1}}, {OpAdded, []int{}, []int{2}}, {OpSame, []int{2}, []int{3}}, {OpSame, []int{3}, []int{4}}}},
		{"moved", []string{p[0], p[2], p[3], p[1]},
			[]Link{{OpSame, []int{0}, []int{0}}, {OpSame, []int{2}, []int{1}}, {OpSame, []int{3}, []int{2}}, {OpMoved, []int{1}, []int{3}}}},
		{"split", []string{p[0], "Steve Witkoff, the president's special envoy,", "has been leading the negotiations.", p[2], p[3]},
			[]Link{{OpSame, []int{0}, []int{0}}, {OpSplit, []int{1}, []int{1, 2}}, {OpSame, []int{2}, []int{3}}, {OpSame, []int{3}, []int{4}}}},
		{"merged", []string{p[0], p[1] + " " + p[2], p[3]},
			[]Link{{OpSame, []int{0}, []int{0}}, {OpMerged, []int{1, 2}, []int{1}}, {OpSame, []int{3}, []int{2}}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ref := p[:4]
			c := Compare(doc(ref...), doc(tt.ver...))
			if !reflect.DeepEqual(c.Alignment, tt.want) {
				t.Errorf("alignment\n got %v\nwant %v", c.Alignment, tt.want)
			}
			checkCoverage(t, c, len(ref), len(tt.ver))
		})
	}
}

// checkCoverage fails unless the alignment covers every paragraph of
// both documents exactly once.
func checkCoverage(t *testing.T, c Comparison, nRef, nVer int) {
	t.Helper()
	seenR := make([]int, nRef)
	seenV := make([]int, nVer)
	for _, l := range c.Alignment {
		for _, r := range l.Ref {
			if r < 0 || r >= nRef {
				t.Fatalf("link %v: reference index out of range", l)
			}
			seenR[r]++
		}
		for _, v := range l.Ver {
			if v < 0 || v >= nVer {
				t.Fatalf("link %v: version index out of range", l)
			}
			seenV[v]++
		}
	}
	for i, n := range seenR {
		if n != 1 {
			t.Errorf("reference paragraph %d covered %d times", i, n)
		}
	}
	for i, n := range seenV {
		if n != 1 {
			t.Errorf("version paragraph %d covered %d times", i, n)
		}
	}
}

func TestCompareAddedDropped(t *testing.T) {
	ref := doc(alignParas[:6]...)
	ver := doc(alignParas[0], alignParas[1], alignParas[2], alignParas[3], alignParas[4],
		`"We are close to a deal," Witkoff told reporters in Miami on Friday.`)
	c := Compare(ref, ver)
	got := materialOf(c)
	want := []string{"dropped number", "added quote"}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("material = %v, want %v", got, want)
	}
	if c.Summary.Added != 1 || c.Summary.Dropped != 1 || c.Summary.Altered != 0 {
		t.Errorf("summary counts %+v", c.Summary)
	}
}

func TestCompareTruncated(t *testing.T) {
	ref := doc(alignParas...)
	ver := doc(alignParas[:3]...)
	c := Compare(ref, ver)
	if !c.Summary.Truncated {
		t.Fatal("Summary.Truncated is false for a version that stops early")
	}
	m := materialOf(c)
	if len(m) != 1 || m[0] != "dropped wording" {
		t.Fatalf("material = %v, want one dropped divergence", m)
	}
	for _, d := range c.Divergences {
		if d.Material && !strings.Contains(d.Detail, "truncated: 5 paragraphs") {
			t.Errorf("detail %q", d.Detail)
		}
	}
	// A version missing one last paragraph is not truncated.
	c = Compare(ref, doc(alignParas[:7]...))
	if c.Summary.Truncated {
		t.Error("one missing paragraph reported as truncation")
	}
}

func TestCompareCutOff(t *testing.T) {
	ref := doc(ctxBefore, ctxAfter)
	ver := doc(ctxBefore, "Residents will be able to comment on the propos")
	c := Compare(ref, ver)
	if m := materialOf(c); len(m) > 0 {
		t.Fatalf("material divergences on a copy cut mid-sentence: %v", m)
	}
	if c.Summary.Cosmetic[FacetDamage] != 1 {
		t.Errorf("cosmetic = %v, want one damage", c.Summary.Cosmetic)
	}
	// The same cut inside the story is a change, not damage.
	c = Compare(doc(ctxAfter, ctxBefore), doc("Residents will be able to comment on the proposals.", ctxBefore))
	if c.Summary.Cosmetic[FacetDamage] != 0 {
		t.Errorf("a shortened sentence inside the story reported as damage")
	}
}

func TestCompareBoilerplate(t *testing.T) {
	ref := doc(alignParas[0], alignParas[1])
	ver := doc("Unlock Exclusive Insights with The Tribune Premium", alignParas[0], alignParas[1]+" (ANI)",
		"Also read: Ten things to know about the peace plan",
		"(This content is sourced from a syndicated feed and is published as received. The Tribune assumes no responsibility or liability for its accuracy, completeness, or content.)")
	c := Compare(ref, ver)
	if m := materialOf(c); len(m) > 0 {
		t.Fatalf("material divergences on boilerplate: %v\n%+v", m, c.Divergences)
	}
	if n := c.Summary.Cosmetic[FacetBoilerplate]; n < 4 {
		t.Errorf("cosmetic boilerplate = %d, want >= 4: %v", n, cosmeticOf(c))
	}
}

func TestCompareHeadlineInBody(t *testing.T) {
	ref := Document{Title: "Peace plan pushed", Paragraphs: []string{alignParas[0], alignParas[1]}}
	ver := Document{Title: "Trump administration 'quietly' pushes new peace plan: Report",
		Paragraphs: []string{"Trump administration 'quietly' pushes new peace plan: Report", alignParas[0], alignParas[1]}}
	c := Compare(ref, ver)
	if m := materialOf(c); len(m) > 0 {
		t.Fatalf("material divergences on the headline repeated in the body: %v", m)
	}
	if c.Summary.Cosmetic[FacetBoilerplate] != 1 {
		t.Errorf("cosmetic = %v, want one boilerplate", c.Summary.Cosmetic)
	}
}

func TestCompareDuplicatedParagraph(t *testing.T) {
	ref := doc(alignParas[:4]...)
	ver := doc(alignParas[0], alignParas[1], alignParas[1], alignParas[2], alignParas[3])
	c := Compare(ref, ver)
	if m := materialOf(c); len(m) > 0 {
		t.Fatalf("material divergences on a duplicated paragraph: %v", m)
	}
	if c.Summary.Cosmetic[FacetDamage] != 1 {
		t.Errorf("cosmetic = %v, want one damage", c.Summary.Cosmetic)
	}
	checkCoverage(t, c, 4, 5)
}

func TestCompareMovedSentence(t *testing.T) {
	ref := doc("The minister arrived in Oslo on Monday. She met the prime minister for two hours.",
		"The talks focused on fishing quotas and energy prices in the North Sea region.")
	ver := doc("The minister arrived in Oslo on Monday.",
		"The talks focused on fishing quotas and energy prices in the North Sea region. She met the prime minister for two hours.")
	c := Compare(ref, ver)
	if m := materialOf(c); len(m) > 0 {
		t.Fatalf("material divergences on a moved sentence: %v\n%+v", m, c.Divergences)
	}
	checkCoverage(t, c, 2, 2)
}

func TestCompareEmpty(t *testing.T) {
	c := Compare(Document{}, Document{})
	if len(c.Alignment) != 0 || len(c.Divergences) != 0 {
		t.Errorf("empty documents: %+v", c)
	}
	c = Compare(doc("One paragraph here about the vote."), Document{})
	checkCoverage(t, c, 1, 0)
	if c.Summary.Dropped != 1 {
		t.Errorf("dropped = %d, want 1", c.Summary.Dropped)
	}
}

// fixedScorer is a Scorer that says every pair of texts is the same.
type fixedScorer float64

func (f fixedScorer) Similarity(ref, ver string) float64 { return float64(f) }

func TestCompareWithScorer(t *testing.T) {
	ref := doc("Alpha beta gamma delta epsilon zeta.", "Completely different words appear here.")
	ver := doc("Alpha beta gamma delta epsilon zeta.", "Nothing in common with the reference text.")
	// With a scorer that rejects every pair, no sentence pair is found.
	c := CompareWith(ref, ver, Options{Scorer: fixedScorer(0)})
	if c.Summary.Added == 0 || c.Summary.Dropped == 0 {
		t.Errorf("zero scorer: want added and dropped sentences, got %+v", c.Summary)
	}
	// The default scorer keeps the identical paragraph.
	c = Compare(ref, ver)
	if c.Summary.Ops[OpSame] != 1 {
		t.Errorf("ops = %v, want one same", c.Summary.Ops)
	}
}

func TestTokenScorer(t *testing.T) {
	var s TokenScorer
	same := s.Similarity("The draft spans 28 points.", "The draft spans 28 points.")
	num := s.Similarity("The draft spans 28 points.", "The draft spans 27 points.")
	fn := s.Similarity("The draft spans 28 points.", "A draft spans 28 points.")
	if same < 0.99 {
		t.Errorf("identical similarity %v", same)
	}
	if !(num < fn) {
		t.Errorf("a changed number (%v) should weigh more than a changed article (%v)", num, fn)
	}
}

func TestSummaryCounts(t *testing.T) {
	ref := doc(ctxBefore, "The draft spans 28 points, officials said.", ctxAfter)
	ver := doc(ctxBefore, "The draft spans 27 points, officials said.", ctxAfter)
	s := Compare(ref, ver).Summary
	want := Summary{RefWords: 38, VerWords: 38, Ops: map[Op]int{OpSame: 2, OpEdited: 1},
		Material: map[Facet]int{FacetNumber: 1}, Cosmetic: map[Facet]int{}, Altered: 1, Version: VersionEdit}
	if !reflect.DeepEqual(s, want) {
		t.Errorf("summary\n got %+v\nwant %+v", s, want)
	}
}

func TestFacts(t *testing.T) {
	got := Facts(`Gen. Randy George said on Nov. 20 that 3 million people "may leave," CNN reported.`)
	var keys []string
	for _, f := range got {
		keys = append(keys, fmt.Sprintf("%s:%s", f.Facet, f.Key))
	}
	for _, want := range []string{"date:m11d20", "number:3000000", "quote:may leave", "entity:randy", "entity:george"} {
		found := false
		for _, k := range keys {
			found = found || k == want
		}
		if !found {
			t.Errorf("Facts missing %s; got %v", want, keys)
		}
	}
}

func TestNumberParsing(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"The toll rose to 14.", []string{"14"}},
		{"It cost $2.5bn and 3.5 percent more.", []string{"$2500000000", "3.5%"}},
		{"It cost 2.5 billion dollars.", []string{"$2500000000"}},
		{"A bill of 300 million pounds, or €340 million.", []string{"£300000000", "€340000000"}},
		{"Fees rose to Rs 500 a month.", []string{"₹500"}},
		{"The third-placed team of the second-largest city.", []string{"3th", "2th"}}, // ("third-quarter" is a date: TestYearParts)
		{"A second-hand car.", nil},
		{"The 300-million-pound deal.", []string{"£300000000"}},
		{"Twenty-eight people and a dozen dogs.", []string{"28", "12"}},
		{"The 52-year-old won 1,000 votes.", []string{"52", "1000"}},
		{"It happened in 2025 after the second round.", []string{"2th"}},
	}
	for _, tt := range tests {
		var got []string
		for _, f := range Facts(tt.in) {
			if f.Facet == FacetNumber {
				got = append(got, f.Key)
			}
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("numbers of %q = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestIsBoilerplate(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"(ANI)", true},
		{"Also read: How the peace plan came together", true},
		{"Subscribe to our newsletter for daily updates", true},
		{"(This content is sourced from a syndicated feed and is published as received.)", true},
		{"The Trump administration has been working on a plan.", false},
		{"Officials said they would read the report carefully.", false},
		{"Published: November 20, 2025 11:05 IST", true},
		{"By Jane Foster", true},
		{"Photo: Reuters", true},
		{"Follow us on Google News for more updates", true},
		{"By Wednesday the fire had spread across the whole valley and into the town.", false},
		{"Updated figures published on Monday showed the toll had risen to 14.", false},
		{"Advertisement · Scroll to continue", true},
		{"ADVERTISEMENT - story continues below", true},
		{"Sponsored content", true},
		{"Continue reading below", true},
		{"Scroll down to read more", true},
		{"The advertisement campaign will continue until May, the company said.", false},
		{"Rescuers had to scroll through hours of camera footage to continue the search.", false},
	}
	for _, tt := range tests {
		if got := IsBoilerplate(tt.in); got != tt.want {
			t.Errorf("IsBoilerplate(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestRepairMojibake(t *testing.T) {
	tests := []struct{ in, want string }{
		{"donâ€™t", "don’t"},
		{"history鈥檚 first", "history’s first"},
		{"Deputy Minister AistÄ— KavaliauskienÄ— said", "Deputy Minister Aistė Kavaliauskienė said"},
		{"PELÉ’S", "PELÉ’S"},
		{"plain text", "plain text"},
	}
	for _, tt := range tests {
		if got := RepairMojibake(tt.in); got != tt.want {
			t.Errorf("RepairMojibake(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestReferenceCompare checks that a prepared reference gives the same
// result as Compare for several versions, in any order and concurrently.
func TestReferenceCompare(t *testing.T) {
	ref, _ := benchPair(20, 3)
	var vers []Document
	for i := range 4 {
		_, v := benchPair(20, uint64(40+i))
		v.Paragraphs = append(append([]string{}, ref.Paragraphs[:10]...), v.Paragraphs[10:]...)
		vers = append(vers, v)
	}
	vers = append(vers, ref, Document{}, Document{Paragraphs: []string{"Café – “quoted” donâ€™t"}})
	want := make([]Comparison, len(vers))
	for i, v := range vers {
		want[i] = Compare(ref, v)
	}
	r := NewReference(ref)
	var wg sync.WaitGroup
	got := make([]Comparison, len(vers))
	for i := len(vers) - 1; i >= 0; i-- {
		wg.Add(1)
		go func() {
			defer wg.Done()
			got[i] = r.Compare(vers[i])
		}()
	}
	wg.Wait()
	for i := range vers {
		if !reflect.DeepEqual(got[i], want[i]) {
			t.Errorf("version %d: Reference.Compare differs from Compare", i)
		}
		if again := r.Compare(vers[i]); !reflect.DeepEqual(again, want[i]) {
			t.Errorf("version %d: second Reference.Compare differs", i)
		}
	}
}

func TestNumberUnits(t *testing.T) {
	tests := []struct {
		in   string
		unit string
	}{
		{"It fell 42 km short.", "kilometer"},
		{"It fell 42 kilometres short.", "kilometer"},
		{"A 10-storey block.", "story"},
		{"About 210 millimetres of rain.", "millimeter"},
		{"It weighed 40 lbs in all.", "pound"},
		{"Roughly 5 tons of grain.", "tonne"},
		{"It cost $5 in all.", "dollar"},
		{"It cost 5 euros in all.", "euro"},
		{"We saw 5 cats.", ""},
	}
	for _, tt := range tests {
		f := extract(tt.in, nil, nil)
		if len(f.numbers) != 1 || f.numbers[0].unit != tt.unit {
			t.Errorf("numbers of %q = %+v, want one with unit %q", tt.in, f.numbers, tt.unit)
		}
	}
}

// TestCompareLeftoverPairing checks that sentences the aligner leaves
// unmatched inside a paragraph, or moved to the next paragraph, are paired
// by their lemmas instead of being reported as a drop and an addition.
func TestCompareLeftoverPairing(t *testing.T) {
	tests := []struct {
		name     string
		ref, ver []string
		want     []string
	}{
		{"paraphrase in group",
			[]string{ctxBefore, "Forty people were taken to a school gym by bus. Nobody was reported hurt."},
			[]string{ctxBefore, "Buses took 40 people to a school gym. No injuries were reported."}, nil},
		{"moved to next paragraph",
			[]string{ctxBefore, "The thieves entered through a window at night.", "Nobody was injured during the burglary."},
			[]string{ctxBefore, "The thieves entered through a window at night. No one was hurt in the burglary."}, nil},
		{"denial replaced by event",
			[]string{ctxBefore, "Ninety patients have fallen ill since Monday. No deaths have been recorded at the clinic."},
			[]string{ctxBefore, "Ninety patients have fallen ill since Monday. A man in his eighties has died at the clinic."},
			[]string{"altered negation"}},
		{"two sentences merged",
			[]string{ctxBefore, "The cause of the fire is being investigated. Officials said it may have been started by a discarded cigarette."},
			[]string{ctxBefore, "Investigators are looking into the cause of the blaze, which officials said may have been started by a discarded cigarette."}, nil},
		{"name moved to the next sentence",
			[]string{ctxBefore, "Mayor Ana Ruiz, 61, was first elected in 2018. She will not stand again."},
			[]string{ctxBefore, "First elected in 2018, the 61-year-old will not stand again, Ana Ruiz said."}, nil},
		{"rewritten in place",
			[]string{ctxBefore, "Crews were called to the depot at 9 p.m.", "It was not clear what had started the blaze.", ctxAfter},
			[]string{ctxBefore, "Crews were called to the depot at 9 p.m.", "Investigators believe a faulty heater started the blaze.", ctxAfter},
			// "not clear what" leaves the cause open as "not known"
			// does: one claim, a change of modality.
			[]string{"altered modality"}},
		{"unknown made probable in place",
			[]string{ctxBefore, "Crews were called to the depot at 9 p.m.", "The cause of the blaze was not immediately known.", ctxAfter},
			[]string{ctxBefore, "Crews were called to the depot at 9 p.m.", "Initial checks suggest a faulty heater may have started the blaze.", ctxAfter},
			[]string{"altered modality"}},
		{"schedule changed in place",
			[]string{ctxBefore, "The hall was damaged in the storm.", "It will reopen in March after repairs.", ctxAfter},
			[]string{ctxBefore, "The hall was damaged in the storm.", "The venue will open its doors again in May once it has been repaired.", ctxAfter},
			[]string{"altered date"}},
		{"count in place of none",
			[]string{ctxBefore, "Hundreds of homes lost power.", "Nobody was hurt.", ctxAfter},
			[]string{ctxBefore, "Hundreds of homes lost power.", "Two linesmen were hurt.", ctxAfter},
			[]string{"altered number"}},
		{"unrelated sentences in one slot stay apart",
			[]string{ctxBefore, "Hundreds of homes lost power.", "The storm moved east by evening.", ctxAfter},
			[]string{ctxBefore, "Hundreds of homes lost power.", "Insurers face a large bill.", ctxAfter},
			[]string{"dropped wording", "added wording"}},
		{"lone paragraphs sharing only the subject",
			[]string{ctxBefore, "Harlow Foods recalled 4,000 jars of soup.", `"We acted as soon as we knew," Harlow Foods director Ana Ruiz said.`},
			[]string{ctxBefore, "Harlow Foods recalled 4,000 jars of soup.", "Harlow Foods has offered refunds to customers."},
			[]string{"dropped quote", "added entity"}},
		{"response arrived",
			[]string{ctxBefore, "Hundreds of homes lost power.", "Brightline Energy did not respond to a request for comment.", ctxAfter},
			[]string{ctxBefore, "Hundreds of homes lost power.", "Brightline Energy blamed the storm for the outage.", ctxAfter},
			[]string{"altered wording"}},
		{"same subject, another claim",
			[]string{"Hundreds of homes lost power across the county on Sunday.", "Police closed the main road for two hours.", "Engineers expect to restore all supplies by Tuesday."},
			[]string{"Hundreds of homes lost power across the county on Sunday.", "Police later praised volunteers who helped clear fallen trees.", "Engineers expect to restore all supplies by Tuesday."},
			[]string{"dropped number", "added wording"}},
		{"same quantified subject, another claim",
			[]string{"Hundreds of homes lost power across the county on Sunday.", "Schools in the area will stay closed on Monday.", "Engineers expect to restore all supplies by Tuesday."},
			[]string{"Hundreds of homes lost power across the county on Sunday.", "Several schools have minor roof damage.", "Engineers expect to restore all supplies by Tuesday."},
			[]string{"dropped date", "added wording"}},
		{"unrelated sentences stay apart",
			[]string{ctxBefore, "Ninety patients have fallen ill since Monday. The clinic has closed its cafe."},
			[]string{ctxBefore, "Ninety patients have fallen ill since Monday. Visitors must wear masks."},
			[]string{"dropped wording", "added wording"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := Compare(doc(tt.ref...), doc(tt.ver...))
			if got := materialOf(c); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("material divergences = %v, want %v\n%+v", got, tt.want, c.Divergences)
			}
		})
	}
}

// TestCompareChrome checks that site chrome added by a republisher is
// cosmetic: breadcrumbs, photo credits and the captions next to them,
// verbless captions standing alone, and promotions; while story
// sentences added in the same places stay material.
func TestCompareChrome(t *testing.T) {
	lead := "DUNMORE, May 2 (Newswire) - Fire swept through a warehouse in Dunmore on Friday, destroying stock worth millions, the fire service said."
	tail := "The cause of the fire is being investigated, the service said."
	tests := []struct {
		name  string
		added []string // version paragraphs inserted after the lead
		want  []string // material divergences
	}{
		{"breadcrumb", []string{"Home › Regions › Dunmore"}, nil},
		{"caption with credit", []string{"Firefighters tackle the blaze at the Dunmore warehouse. (Harbour Times photo)"}, nil},
		{"caption with credit line", []string{"Smoke rises over the industrial estate on Friday. Photo: Coastline Agency"}, nil},
		{"verbless caption", []string{"Firefighters at the scene of the blaze in Dunmore on Friday."}, nil},
		{"credit alone", []string{"(File photo)"}, nil},
		{"promotion with label", []string{"LIVE UPDATES: Follow the latest on the fire here"}, nil},
		{"section label", []string{"More on this story"}, nil},
		{"reading time", []string{"3 min read"}, nil},
		{"newsletter promotion", []string{"Get our regional news briefing in your inbox every morning — sign up here"}, nil},
		{"story sentence", []string{"Firefighters rescued two workers from the roof of the warehouse."}, []string{"added number"}},
		{"story sentence with a place", []string{"Residents near the estate were told to keep their windows shut."}, []string{"added wording"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ver := append(append([]string{lead}, tt.added...), tail)
			c := Compare(doc(lead, tail), doc(ver...))
			if got := materialOf(c); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("material divergences = %v, want %v\n%+v", got, tt.want, c.Divergences)
			}
		})
	}
}

// TestCompareChromeLines checks common chrome lines, added after the lead
// of a story, one by one: none is a material change, while story
// sentences added in the same place are.
func TestCompareChromeLines(t *testing.T) {
	lead := "DUNMORE, May 2 (Newswire) - Fire swept through a warehouse in Dunmore on Friday, destroying stock worth millions, the fire service said."
	tail := "The cause of the fire is being investigated, the service said."
	chrome := []string{"Sign up for our daily newsletter", "Follow us on Facebook", "Click here to subscribe", "Advertisement",
		"Continue reading on The Courier", "Get the latest headlines delivered to your inbox", "This story has been updated.",
		"Read more: Warehouse fires rise", "Photo: AFP", "(Photo by Jane Doe/Getty Images)", "Image: Supplied", "File image",
		"Share this article", "Listen to this article", "Related Topics", "Topics: Fire, Dunmore", "Tags: fire, warehouse",
		"Most Popular", "Trending Now", "Story continues below advertisement", "(With inputs from agencies)",
		"Edited by: John Doe", "Updated: May 2, 2025 10:31 IST", "By Jane Doe", "Jane Doe is a reporter at the Courier.",
		"Copyright 2025 The Courier. All rights reserved.", "Smoke rises over the warehouse in Dunmore on Friday. REUTERS/Jane Doe",
		"Firefighters work at the scene. (AP Photo/John Doe)", "Firefighters at the scene on Friday (Courtesy: Dunmore Fire Service)"}
	for _, l := range chrome {
		c := Compare(doc(lead, tail), doc(lead, l, tail))
		if m := materialOf(c); len(m) > 0 {
			t.Errorf("chrome line %q reported as material %v", l, m)
		}
	}
	story := []string{"Firefighters rescued two workers from the roof of the warehouse.",
		"The owner, Jane Doe, said the building was insured.",
		"Topics of the inquiry will include the sprinkler system.",
		"Smoke could be seen across the town on Friday evening.",
		"Jane Doe, a reporter at the Courier, was among those evacuated."}
	for _, l := range story {
		c := Compare(doc(lead, tail), doc(lead, l, tail))
		if m := materialOf(c); len(m) == 0 {
			t.Errorf("story sentence %q not reported as material", l)
		}
	}
}
