package align

import (
	"reflect"
	"slices"
	"strings"
	"testing"
)

// replayDocs returns reference and version pairs in which the version
// repeats paragraphs and sentences of the reference, and of itself, with
// edits, headlines and damaged text around them.
func replayDocs() [][2]Document {
	var out [][2]Document
	for _, seed := range []uint64{1, 2, 3, 7} {
		ref, ver := benchPair(12, seed)
		out = append(out, [2]Document{ref, ver})
	}
	shared := "The minister said 28 people were hurt. Officials in Washington did not comment."
	out = append(out,
		[2]Document{
			{Title: "Floods hit the north", Paragraphs: []string{"Floods hit the north", shared, "Rescue teams (ANI) arrived.", ""}},
			{Title: "Floods hit north", Paragraphs: []string{shared, "Floods hit the north", "  " + shared + "\t", shared, "donâ€™t panic, the Minister said. Officials in Washington did not comment."}},
		},
		[2]Document{
			{Paragraphs: []string{"“Quoted,” he said. The U.S. said 3,000.", "Reporting by Ann Lee; Editing by Tom Hart"}},
			{Paragraphs: []string{"Reporting by Ann Lee; Editing by Tom Hart", "“Quoted,” he said. The U.S. said 3,000.", "The U.S. said 3,000. “Quoted,” he said."}},
		},
	)
	return out
}

// TestPrepareReplay checks that preparing a version by replaying what the
// reference and earlier paragraphs left gives the units and word
// statistics that preparing everything afresh gives.
func TestPrepareReplay(t *testing.T) {
	for i, d := range replayDocs() {
		ref, ver := d[0], d[1]
		fresh, reused := newVocab(64), newVocab(64)
		reused.seed = fresh.seed
		rf := fresh.prepareWith(ref.Paragraphs, ref.Title, 0, nil, false)
		rr := reused.prepareWith(ref.Paragraphs, ref.Title, 0, nil, true)
		vf := fresh.prepareWith(ver.Paragraphs, ver.Title, 1, rf, false)
		vr := reused.prepareWith(ver.Paragraphs, ver.Title, 1, rr, true)
		for side, pair := range [][2]*prepared{{rf, rr}, {vf, vr}} {
			a, b := pair[0], pair[1]
			if !reflect.DeepEqual(a.paras, b.paras) || !reflect.DeepEqual(a.sents, b.sents) || !reflect.DeepEqual(a.idx, b.idx) || a.words != b.words {
				t.Errorf("case %d side %d: replayed units differ from fresh ones", i, side)
			}
		}
		if !reflect.DeepEqual(fresh.keys, reused.keys) || !slices.Equal(fresh.bonus, reused.bonus) ||
			!slices.Equal(fresh.flags, reused.flags) || !slices.Equal(fresh.df, reused.df) ||
			!reflect.DeepEqual(fresh.capsN, reused.capsN) || fresh.n != reused.n || fresh.sent != reused.sent {
			t.Errorf("case %d: replayed word statistics differ from fresh ones", i)
		}
	}
}

// TestReplayHits checks that the replay is used: a version repeating the
// reference is prepared without new sentences.
func TestReplayHits(t *testing.T) {
	ref, _ := benchPair(20, 5)
	v := newVocab(64)
	rp := v.prepare(ref.Paragraphs, "", 0, nil)
	keys := len(v.keys)
	vp := v.prepare(slices.Concat(ref.Paragraphs, ref.Paragraphs), "", 1, rp)
	if len(vp.sentOf) != 0 || len(vp.paraOf) != 0 {
		t.Errorf("version repeating the reference prepared %d sentences and %d paragraphs afresh, want 0", len(vp.sentOf), len(vp.paraOf))
	}
	if len(v.keys) != keys || len(vp.sents) != 2*len(rp.sents) {
		t.Errorf("got %d words and %d sentences, want %d and %d", len(v.keys), len(vp.sents), keys, 2*len(rp.sents))
	}
}

// TestPairIdentical checks that the shortcut for groups of identical
// sentences finds the pairs that scoring every pair finds, in the same
// order, and that it declines groups with repeated sentences.
func TestPairIdentical(t *testing.T) {
	took, declined := 0, 0
	for _, d := range replayDocs() {
		ref, ver := d[0], d[1]
		// Repeat a sentence inside a paragraph: the shortcut must decline.
		ref.Paragraphs = append(ref.Paragraphs, "It rained. It rained.")
		ver.Paragraphs = append(ver.Paragraphs, "It rained. It rained.")
		c := NewReference(ref).newComparer(ver, false)
		c.alignParagraphs()
		for _, l := range c.links {
			var rs, vs []int
			for _, p := range l.Ref {
				rs = append(rs, c.rSent[p]...)
			}
			for _, p := range l.Ver {
				vs = append(vs, c.vSent[p]...)
			}
			if len(rs) == 0 || len(vs) == 0 {
				continue
			}
			a, b := *c, *c
			a.rMatched, a.vMatched = slices.Clone(c.rMatched), slices.Clone(c.vMatched)
			b.rMatched, b.vMatched = slices.Clone(c.rMatched), slices.Clone(c.vMatched)
			if !a.pairIdentical(rs, vs) {
				declined++
				if a.pairs != nil || slices.Contains(a.rMatched, true) {
					t.Errorf("declined group %v %v changed the comparison", rs, vs)
				}
				continue
			}
			took++
			b.matchScored(rs, vs, sentMatchSim, false)
			if !reflect.DeepEqual(a.pairs, b.pairs) || !slices.Equal(a.rMatched, b.rMatched) || !slices.Equal(a.vMatched, b.vMatched) {
				t.Errorf("group %v %v: shortcut pairs %v, scoring pairs %v", rs, vs, a.pairs, b.pairs)
			}
		}
	}
	// Pairs at different distances come in order of distance.
	c := NewReference(Document{Paragraphs: []string{"Alpha one. Beta two."}}).newComparer(
		Document{Paragraphs: []string{"Zed here. Beta two. Omega now. Alpha one."}}, false)
	a, b := *c, *c
	a.rMatched, a.vMatched = slices.Clone(c.rMatched), slices.Clone(c.vMatched)
	b.rMatched, b.vMatched = slices.Clone(c.rMatched), slices.Clone(c.vMatched)
	if !a.pairIdentical([]int{0, 1}, []int{3, 1}) {
		t.Fatal("shortcut declined identical sentences")
	}
	b.matchScored([]int{0, 1}, []int{3, 1}, sentMatchSim, false)
	if !reflect.DeepEqual(a.pairs, b.pairs) || a.pairs[0].r[0] != 1 {
		t.Errorf("shortcut pairs %v, scoring pairs %v, want the pair at distance 0 first", a.pairs, b.pairs)
	}
	if took == 0 || declined == 0 {
		t.Errorf("shortcut taken %d times and declined %d times, want both", took, declined)
	}
}

// TestWordDiffSlices checks that the spans of WordDiff rebuild both texts
// when words repeat and move.
func TestWordDiffSlices(t *testing.T) {
	a := "the cat sat on the mat, the cat said"
	b := "on the mat the cat sat, said the dog"
	var ra, rb strings.Builder
	for _, sp := range WordDiff(a, b) {
		if sp.Op != SpanInsert {
			ra.WriteString(sp.Text)
		}
		if sp.Op != SpanDelete {
			rb.WriteString(sp.Text)
		}
	}
	if ra.String() != a || rb.String() != b {
		t.Errorf("spans rebuild %q and %q, want %q and %q", ra.String(), rb.String(), a, b)
	}
}
