package align

import (
	"fmt"
	"math/rand/v2"
	"os"
	"strings"
	"testing"
)

// seedSentences returns the sentences of the seed story when it is
// present, else sentences from a built-in generator.
func seedSentences() []string {
	data, err := os.ReadFile("/work/shared/seed/ani-tribune-2025-11-20.txt")
	var out []string
	if err == nil {
		for _, p := range strings.Split(string(data), "\n") {
			for _, s := range Sentences(p) {
				if !IsBoilerplate(s) && countWords(s) > 5 {
					out = append(out, s)
				}
			}
		}
	}
	if len(out) >= 10 {
		return out
	}
	subjects := []string{"The minister", "A senior official", "The company", "Police", "The council", "Analysts"}
	verbs := []string{"said", "announced", "confirmed", "denied", "reported"}
	objects := []string{"the plan would cost %d million dollars", "%d people were affected", "talks resumed after %d days", "the vote was delayed by %d weeks"}
	r := rand.New(rand.NewPCG(1, 2))
	for i := 0; i < 40; i++ {
		o := fmt.Sprintf(objects[r.IntN(len(objects))], r.IntN(500)+2)
		out = append(out, fmt.Sprintf("%s %s on Tuesday that %s.", subjects[r.IntN(len(subjects))], verbs[r.IntN(len(verbs))], o))
	}
	return out
}

var benchNames = []string{"Alder", "Brant", "Corvin", "Delacroix", "Esterhazy", "Fenwick", "Galloway", "Hartigan", "Iverson", "Jarrow", "Kessler", "Lindqvist"}

// varySentence rewrites a sentence with fresh numbers and a name so that
// generated paragraphs are alike but not identical.
func varySentence(r *rand.Rand, s string) string {
	ws := strings.Fields(s)
	for i, w := range ws {
		switch {
		case strings.ContainsAny(w[:1], "0123456789"):
			ws[i] = fmt.Sprint(r.IntN(900) + 10)
		case i > 0 && r.IntN(12) == 0:
			ws[i] = benchNames[r.IntN(len(benchNames))]
		}
	}
	return strings.Join(ws, " ") + fmt.Sprintf(" The figure was %d.", r.IntN(100000))
}

// benchPair builds a reference of n paragraphs and an edited version.
func benchPair(n int, seed uint64) (Document, Document) {
	r := rand.New(rand.NewPCG(seed, seed+1))
	sents := seedSentences()
	ref := make([]string, n)
	for i := range ref {
		k := 1 + r.IntN(3)
		parts := make([]string, k)
		for j := range parts {
			parts[j] = varySentence(r, sents[r.IntN(len(sents))])
		}
		ref[i] = strings.Join(parts, " ")
	}
	var ver []string
	for i := 0; i < n; i++ {
		p := ref[i]
		switch x := r.IntN(100); {
		case x < 4: // dropped
			continue
		case x < 8: // added before
			ver = append(ver, varySentence(r, sents[r.IntN(len(sents))]))
		case x < 18: // number changed
			p = strings.Replace(p, "The figure was ", "The figure was 1", 1)
		case x < 22: // split
			ss := Sentences(p)
			if len(ss) > 1 {
				ver = append(ver, ss[0])
				p = strings.Join(ss[1:], " ")
			}
		case x < 25 && i+1 < n: // moved down
			ver = append(ver, ref[i+1])
			i++
		}
		ver = append(ver, p)
	}
	return Document{Paragraphs: ref}, Document{Paragraphs: ver}
}

func BenchmarkCompare30(b *testing.B) {
	ref, ver := benchPair(30, 7)
	b.ReportAllocs()
	for b.Loop() {
		Compare(ref, ver)
	}
}

func BenchmarkCompareStory8(b *testing.B) {
	ref, _ := benchPair(30, 7)
	vers := make([]Document, 8)
	for i := range vers {
		_, vers[i] = benchPair(30, 7)
		// Each version edits the same reference differently.
		_, v := benchPair(30, uint64(100+i))
		vers[i] = v
		vers[i].Paragraphs = append(append([]string{}, ref.Paragraphs[:15]...), v.Paragraphs[15:]...)
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, v := range vers {
			Compare(ref, v)
		}
	}
}

func BenchmarkCompare2000(b *testing.B) {
	ref, ver := benchPair(2000, 11)
	b.ReportAllocs()
	for b.Loop() {
		Compare(ref, ver)
	}
}

func BenchmarkSentences(b *testing.B) {
	sents := seedSentences()
	para := strings.Join(sents, " ")
	b.SetBytes(int64(len(para)))
	b.ReportAllocs()
	for b.Loop() {
		Sentences(para)
	}
}

func BenchmarkWordDiff(b *testing.B) {
	ref, ver := benchPair(30, 3)
	a, c := strings.Join(ref.Paragraphs, "\n"), strings.Join(ver.Paragraphs, "\n")
	b.ReportAllocs()
	for b.Loop() {
		WordDiff(a, c)
	}
}

// BenchmarkReferenceStory8 is BenchmarkCompareStory8 with the reference
// prepared once through NewReference.
func BenchmarkReferenceStory8(b *testing.B) {
	ref, _ := benchPair(30, 7)
	vers := make([]Document, 8)
	for i := range vers {
		_, v := benchPair(30, uint64(100+i))
		vers[i] = v
		vers[i].Paragraphs = append(append([]string{}, ref.Paragraphs[:15]...), v.Paragraphs[15:]...)
	}
	b.ReportAllocs()
	for b.Loop() {
		r := NewReference(ref)
		for _, v := range vers {
			r.Compare(v)
		}
	}
}

// BenchmarkNewReference30 measures the preparation of the reference of
// BenchmarkCompare30 alone: segmenting, folding and interning its words.
func BenchmarkNewReference30(b *testing.B) {
	ref, _ := benchPair(30, 7)
	b.ReportAllocs()
	for b.Loop() {
		NewReference(ref)
	}
}
