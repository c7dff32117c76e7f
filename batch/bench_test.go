package batch

import (
	"context"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// benchSave saves stories of 5 versions with divs divergences per
// non-reference version, one transaction each, and reports stories/s.
func benchSave(b *testing.B, divs int) {
	ctx := context.Background()
	s := openTemp(b)
	res := make([]StoryResult, 0, 1024)
	for i := range cap(res) {
		res = append(res, testResult(testStory(fmt.Sprintf("s%05d", i), 5), divs))
	}
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		r := res[i%len(res)]
		r.StoryID = fmt.Sprintf("b%07d", i)
		if err := s.SaveStory(ctx, r); err != nil {
			b.Fatal(err)
		}
		i++
	}
	b.ReportMetric(float64(i)/b.Elapsed().Seconds(), "stories/s")
}

// BenchmarkSaveStory stores stories of 5 versions and 20 divergences.
func BenchmarkSaveStory(b *testing.B) { benchSave(b, 5) }

// BenchmarkSaveStory100 stores stories of 5 versions and 100 divergences.
func BenchmarkSaveStory100(b *testing.B) { benchSave(b, 25) }

// BenchmarkClaimSave is the queue's overhead per story: claim one, save it.
func BenchmarkClaimSave(b *testing.B) {
	ctx := context.Background()
	s := openTemp(b)
	if _, err := s.Enqueue(ctx, testManifest(1, 5), 0); err != nil {
		b.Fatal(err)
	}
	m := Manifest{Name: "bench"}
	for i := range 20000 {
		m.Stories = append(m.Stories, testStory(fmt.Sprintf("q%06d", i), 5))
	}
	if _, err := s.Enqueue(ctx, m, 0); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		sts, err := s.Claim(ctx, 1, "w", time.Hour)
		if err != nil {
			b.Fatal(err)
		}
		if len(sts) == 0 {
			b.Fatal("queue ran dry; lower -benchtime")
		}
		if err := s.SaveStory(ctx, testResult(sts[0], 5)); err != nil {
			b.Fatal(err)
		}
		n++
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "stories/s")
}

// BenchmarkExport writes the divergences of 2,000 stories as CSV.
func BenchmarkExport(b *testing.B) {
	ctx := context.Background()
	s := openTemp(b)
	for i := range 2000 {
		if err := s.SaveStory(ctx, testResult(testStory(fmt.Sprintf("s%05d", i), 5), 5)); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportAllocs()
	for b.Loop() {
		if err := s.Export(ctx, io.Discard, "divergences", CSV); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(2000*4*5*b.N)/b.Elapsed().Seconds(), "rows/s")
}

// BenchmarkReadManifest parses a CSV manifest of 10,000 stories of 5 rows.
func BenchmarkReadManifest(b *testing.B) {
	var sb strings.Builder
	sb.WriteString("story_id,url,role,outlet\n")
	for i := range 10000 {
		for j := range 5 {
			fmt.Fprintf(&sb, "story-%d,https://www.outlet%d.example/news/%d/some-long-slug-of-a-story,,\n", i, j, i)
		}
	}
	in := sb.String()
	b.SetBytes(int64(len(in)))
	b.ReportAllocs()
	for b.Loop() {
		if _, _, err := ReadManifest(strings.NewReader(in), "bench.csv"); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkEnqueue enqueues a manifest of 10,000 stories of 5 rows into a
// new database, then again into the same one (which changes nothing).
func BenchmarkEnqueue(b *testing.B) {
	ctx := context.Background()
	m := Manifest{Name: "bench"}
	for i := range 10000 {
		m.Stories = append(m.Stories, testStory(fmt.Sprintf("e%06d", i), 5))
	}
	b.ReportAllocs()
	for b.Loop() {
		b.StopTimer()
		s, err := Open(ctx, filepath.Join(b.TempDir(), "e.db"))
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		for range 2 {
			if _, err := s.Enqueue(ctx, m, 0); err != nil {
				b.Fatal(err)
			}
		}
		b.StopTimer()
		s.Close()
		b.StartTimer()
	}
	b.ReportMetric(float64(2*10000*b.N)/b.Elapsed().Seconds(), "stories/s")
}
