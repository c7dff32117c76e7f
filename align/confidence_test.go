package align

import (
	"flag"
	"fmt"
	"io"
	"math"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

var confidencePrint = flag.Bool("confidence.print", false, "TestConfidenceTable prints the confidence tables measured on the calibration sets, as Go code for confidence.go")

// calibrationSets are the development sets the confidence tables were
// measured on.
var calibrationSets = []string{"set7", "set8", "set9", "set10", "set11", "set12", "set13", "set14", "set15", "set16", "set17", "set18", "set19", "set20", "set21", "set22", "set23", "set24", "set25", "set26", "set27", "set28", "set29", "set30", "set31", "set32", "set33", "set34", "set35", "set36", "set37", "set38", "set39", "set40", "set41", "set42", "set43", "set44", "set45", "set46", "set47", "set48", "set49", "set50", "set51", "set52", "set53", "set54", "set55", "set56", "set57", "set58", "set59", "set60", "set61", "set62", "set63", "set64", "set65", "set66", "set67", "set68", "set69", "set70", "set71", "set72", "set73", "set74", "set75", "set76", "set77", "set78", "set79", "set80", "set81", "set82", "set83", "set84", "set85", "set86", "set87", "set88", "set89", "set90", "set91", "set92", "set93", "set94", "set95", "set96", "set97", "set98", "set99", "set100", "set101", "set102", "set103", "set104", "set105", "set106", "set107", "set108", "set109", "set110", "set111", "set112", "set113", "set114", "set115", "set116", "set117", "set118", "set119", "set120", "set121", "set122", "set123", "set124", "set125"}

func TestClassOf(t *testing.T) {
	tests := []struct {
		d    Divergence
		v    VersionKind
		want Class
	}{
		{Divergence{Kind: Altered, Facet: FacetNumber, Detail: "28 points → 27 points"}, VersionCopy,
			Class{VersionCopy, ShapeSwap, FacetNumber}},
		{Divergence{Kind: Altered, Facet: FacetModality, Detail: "(none) → reportedly"}, VersionEdit,
			Class{VersionEdit, ShapeOneSided, FacetModality}},
		{Divergence{Kind: Altered, Facet: FacetEntity, Detail: "Kyiv → (none)"}, VersionRetelling,
			Class{VersionRetelling, ShapeOneSided, FacetEntity}},
		{Divergence{Kind: Altered, Facet: FacetQuote, Detail: "quote changed: -very +quite"}, VersionEdit,
			Class{VersionEdit, ShapeSwap, FacetQuote}},
		{Divergence{Kind: Added, Facet: FacetQuote}, VersionRetelling,
			Class{VersionRetelling, ShapeLone, FacetQuote}},
		{Divergence{Kind: Dropped, Facet: FacetNumber}, VersionCopy,
			Class{VersionCopy, ShapeLone, FacetNumber}},
	}
	for _, tt := range tests {
		if got := ClassOf(tt.d, tt.v); got != tt.want {
			t.Errorf("ClassOf(%s %s %q, %s) = %+v, want %+v", tt.d.Kind, tt.d.Facet, tt.d.Detail, tt.v, got, tt.want)
		}
	}
}

func TestBand(t *testing.T) {
	tests := []struct {
		c    float64
		want string
	}{
		{0, ""}, {0.1, "low"}, {LowConfidence - 0.01, "low"}, {LowConfidence, "medium"},
		{HighConfidence - 0.01, "medium"}, {HighConfidence, "high"}, {1, "high"},
	}
	for _, tt := range tests {
		if got := Band(tt.c); got != tt.want {
			t.Errorf("Band(%v) = %q, want %q", tt.c, got, tt.want)
		}
	}
}

func TestConfidenceRated(t *testing.T) {
	ref := doc(ctxBefore, "The draft spans 28 points, officials said.", ctxAfter)
	ver := doc(ctxBefore, "The draft spans 27 points, officials said.", ctxAfter)
	cmp := Compare(ref, ver)
	for _, d := range cmp.Divergences {
		want := 0.0
		if d.Material {
			want = ClassOf(d, cmp.Summary.Version).Confidence()
		}
		if d.Confidence != want || d.Material && (d.Confidence <= 0 || d.Confidence > 1) {
			t.Errorf("%s %s: confidence %v, want %v", d.Kind, d.Facet, d.Confidence, want)
		}
	}
	for v, shapes := range shapeConfidence {
		for s, p := range shapes {
			if p <= 0 || p >= 1 {
				t.Errorf("shapeConfidence[%s][%s] = %v, outside (0, 1)", v, s, p)
			}
		}
	}
	for cl, p := range facetConfidence {
		if p <= 0 || p >= 1 {
			t.Errorf("facetConfidence[%+v] = %v, outside (0, 1)", cl, p)
		}
	}
}

// calibration counts the right and wrong findings of each class, each
// shape (a class without its facet), each band and each kind of version as
// labelled and as judged, on labelled pairs.
type calibration struct {
	class map[Class]*[2]int
	shape map[Class]*[2]int
	other map[string]*[2]int // bands and kinds of version
}

func newCalibration() *calibration {
	return &calibration{class: map[Class]*[2]int{}, shape: map[Class]*[2]int{}, other: map[string]*[2]int{}}
}

func tick[K comparable](m map[K]*[2]int, k K, wrong int) {
	if m[k] == nil {
		m[k] = &[2]int{}
	}
	m[k][wrong]++
}

// add counts the findings of one pair labelled as kind (syndicated, update
// or rewrite) and judged as version v.
func (cb *calibration) add(kind string, v VersionKind, r *caseResult) {
	for wrong, ds := range [][]Divergence{r.hitOf, r.extraOf} {
		for _, d := range ds {
			cl := ClassOf(d, v)
			tick(cb.class, cl, wrong)
			cl.Facet = ""
			tick(cb.shape, cl, wrong)
			tick(cb.other, "band "+Band(d.Confidence), wrong)
			tick(cb.other, fmt.Sprintf("labelled %s, judged %s", kind, v), wrong)
		}
	}
}

// share is the share of right findings in n, NaN for none.
func share(n *[2]int) float64 {
	if n == nil || n[0]+n[1] == 0 {
		return math.NaN()
	}
	return float64(n[0]) / float64(n[0]+n[1])
}

// write prints the counts as a table.
func (cb *calibration) write(w io.Writer) {
	type line struct {
		key string
		n   *[2]int
	}
	var lines []line
	for cl, n := range cb.class {
		lines = append(lines, line{fmt.Sprintf("class %-9s %-9s %s", cl.Version, cl.Shape, cl.Facet), n})
	}
	for cl, n := range cb.shape {
		lines = append(lines, line{fmt.Sprintf("shape %-9s %s", cl.Version, cl.Shape), n})
	}
	for k, n := range cb.other {
		lines = append(lines, line{k, n})
	}
	sort.Slice(lines, func(i, j int) bool { return lines[i].key < lines[j].key })
	fmt.Fprintf(w, "%-48s %5s %5s %9s\n", "findings", "right", "wrong", "precision")
	for _, l := range lines {
		fmt.Fprintf(w, "%-48s %5d %5d %9.2f\n", l.key, l.n[0], l.n[1], share(l.n))
	}
	fmt.Fprintln(w)
}

func measureCalibration(t *testing.T, sets []string) *calibration {
	cb := newCalibration()
	for _, set := range sets {
		for _, c := range loadCorpus(t, filepath.Join("testdata", "devsets", set)) {
			cmp := Compare(c.Ref, c.Ver)
			cb.add(c.Kind, cmp.Summary.Version, scoreCase(c, cmp))
		}
	}
	return cb
}

// TestConfidenceTable checks that the confidence bands mean what they say on
// the calibration sets: most high-confidence findings are right and most
// low-confidence ones wrong. With -confidence.print it writes the tables
// of confidence.go as measured on those sets.
func TestConfidenceTable(t *testing.T) {
	if testing.Short() {
		t.Skip("reads the development sets")
	}
	cb := measureCalibration(t, calibrationSets)
	bands := [3]*[2]int{cb.other["band high"], cb.other["band medium"], cb.other["band low"]}
	high, medium, low := share(bands[0]), share(bands[1]), share(bands[2])
	t.Logf("right findings by band on %v: high %.2f %v, medium %.2f %v, low %.2f %v", calibrationSets,
		high, bands[0], medium, bands[1], low, bands[2])
	if !(high >= 0.8 && medium > low && high > medium && low < 0.5) {
		t.Errorf("confidence bands out of order: high %.2f, medium %.2f, low %.2f (want high ≥ 0.80 > medium > low, low < 0.50); run with -confidence.print", high, medium, low)
	}
	if *confidencePrint {
		t.Logf("tables for confidence.go:\n%s", cb.tables())
	}
}

// tables writes shapeConfidence and facetConfidence as Go code.
func (cb *calibration) tables() string {
	const weight = 6 // findings' weight of a shape's share in a facet's
	var b strings.Builder
	shapeShare := func(cl Class) (float64, int, int) {
		cl.Facet = ""
		n := cb.shape[cl]
		if n == nil {
			return 0.5, 0, 0
		}
		return float64(n[0]+1) / float64(n[0]+n[1]+2), n[0], n[0] + n[1]
	}
	versions := []VersionKind{VersionCopy, VersionEdit, VersionRetelling}
	shapes := []Shape{ShapeSwap, ShapeOneSided, ShapeLone}
	fmt.Fprintln(&b, "var shapeConfidence = map[VersionKind]map[Shape]float64{")
	for _, v := range versions {
		fmt.Fprintf(&b, "\t%s: {\n", goName("Version", string(v)))
		for _, s := range shapes {
			p, h, n := shapeShare(Class{Version: v, Shape: s})
			fmt.Fprintf(&b, "\t\t%s: %.2f, // %d of %d\n", goName("Shape", string(s)), p, h, n)
		}
		fmt.Fprintln(&b, "\t},")
	}
	fmt.Fprintln(&b, "}")
	fmt.Fprintln(&b, "\nvar facetConfidence = map[Class]float64{")
	classes := make([]Class, 0, len(cb.class))
	for cl := range cb.class {
		classes = append(classes, cl)
	}
	sort.Slice(classes, func(i, j int) bool {
		return fmt.Sprint(classes[i]) < fmt.Sprint(classes[j])
	})
	for _, cl := range classes {
		n := cb.class[cl]
		if n[0]+n[1] < 4 {
			continue
		}
		base, _, _ := shapeShare(cl)
		p := (float64(n[0]) + weight*base) / float64(n[0]+n[1]+weight)
		if math.Abs(p-base) < 0.05 {
			continue
		}
		fmt.Fprintf(&b, "\t{%s, %s, %s}: %.2f, // %d of %d\n", goName("Version", string(cl.Version)),
			goName("Shape", string(cl.Shape)), goName("Facet", string(cl.Facet)), p, n[0], n[0]+n[1])
	}
	fmt.Fprintln(&b, "}")
	return b.String()
}

// goName returns the Go constant for a kind, shape or facet name.
func goName(prefix, name string) string {
	var b strings.Builder
	b.WriteString(prefix)
	for _, part := range strings.Split(name, "-") {
		b.WriteString(strings.ToUpper(part[:1]) + part[1:])
	}
	return b.String()
}

func TestVersionKind(t *testing.T) {
	ref := []string{
		"Pūhanga council approved the Waikōura water plant on Tuesday after a two-hour debate.",
		"Councillor Rāwiri Moana said the plant would draw 40 litres a second from the aquifer.",
		"Opponents said the Tōtara stream had already run dry twice this summer.",
		"The company said it would fund a monitoring bore near Ōtaki.",
		"A hearing on the consent is set for March in Whanganui.",
	}
	damaged := make([]string, len(ref))
	for i, p := range ref {
		// A feed that lost the second byte of every macron vowel.
		damaged[i] = strings.NewReplacer("ū", "Å", "ō", "Å", "ā", "Ä", "Ō", "Å").Replace(p)
	}
	retold := []string{
		"After two hours of argument on Tuesday, councillors in Pūhanga gave the go-ahead to a bottling plant at Waikōura.",
		"It will take 40 litres every second from the aquifer, according to Rāwiri Moana, a councillor.",
		"Critics pointed out that the Tōtara stream has dried up twice already this summer.",
		"A bore to monitor the aquifer near Ōtaki will be paid for by the firm, it said.",
		"Whanganui will host a hearing on the consent in March.",
	}
	edited := []string{
		"Pūhanga council approved the Waikōura water plant on Tuesday after a two-hour debate, its chair said.",
		"Councillor Rāwiri Moana said the plant would draw 40 litres a second from the aquifer below the town.",
		"Opponents said the Tōtara stream had already run dry twice this summer, in January and February.",
		"The company said on Wednesday it would fund a monitoring bore near Ōtaki.",
		"A hearing on the consent is set for March in Whanganui, the council said.",
	}
	ref2 := []string{
		"The plant will employ 35 people once it opens next year.",
		"Its owner, Ōtaki Springs, already bottles water in two other towns.",
		"Local iwi said they had not been consulted on the plan.",
		"The council received 412 submissions, most of them opposed.",
		"Three councillors voted against the consent.",
		"The mayor said the decision followed the law.",
		"Protesters gathered outside the council building before the vote.",
		"The regional council must still approve a discharge permit.",
	}
	edited2 := []string{
		"Its owner, Ōtaki Springs, already bottles water in two other North Island towns.",
		"Local iwi said they had never been consulted on the plan.",
	}
	retold2 := []string{
		"Of the 412 submissions the council received, most were against it.",
		"The consent was opposed by three councillors.",
		"According to the mayor, the council had followed the law in deciding.",
		"Before the vote, a crowd of protesters had gathered outside the building.",
		"A discharge permit from the regional council is still needed.",
	}
	tests := []struct {
		name     string
		ref, ver []string
		want     VersionKind
	}{
		{"the same text", ref, ref, VersionCopy},
		{"damaged by its feed in every sentence", ref, damaged, VersionCopy},
		{"a clause added to every sentence", ref, edited, VersionCopy},
		// Nothing kept word for word, yet most sentences nearly: an
		// edit, not a retelling.
		{"three sentences edited, one retold", ref[:4], append(edited[:3:3], retold[3]), VersionEdit},
		{"told again in other words", ref, retold, VersionRetelling},
		// One sentence in nine kept word for word, two nearly: still
		// a retelling.
		{"retold, one sentence kept", append(ref[:1:1], ref2...),
			append(append(retold[:1:1], ref2[0], edited2[0], edited2[1]), retold2...), VersionRetelling},
	}
	for _, tt := range tests {
		if got := Compare(doc(tt.ref...), doc(tt.ver...)).Summary.Version; got != tt.want {
			t.Errorf("%s: version %q, want %q", tt.name, got, tt.want)
		}
	}
}
