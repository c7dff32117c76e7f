package batch_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"sync"
	"testing"
	"time"

	"github.com/storydiff/storydiff/batch"
	"github.com/storydiff/storydiff/batch/batchtest"
	"github.com/storydiff/storydiff/crawl"
)

// benchCorpus is the benchmark workload: stories of 5 versions.
func benchCorpus(stories int) batchtest.Corpus {
	return batchtest.Corpus{Stories: stories, Versions: 5, Seed: 1}
}

// memPeak samples the Go heap until stopped and returns the peak of
// memory obtained from the OS (MemStats.Sys minus released pages) and of
// the live heap, in bytes.
func memPeak() (stop func() (sys, heap uint64)) {
	var mu sync.Mutex
	var peakSys, peakHeap uint64
	done := make(chan struct{})
	finished := make(chan struct{})
	sample := func() {
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		mu.Lock()
		peakSys = max(peakSys, ms.Sys-ms.HeapReleased)
		peakHeap = max(peakHeap, ms.HeapInuse)
		mu.Unlock()
	}
	go func() {
		defer close(finished)
		t := time.NewTicker(20 * time.Millisecond)
		defer t.Stop()
		for {
			sample()
			select {
			case <-done:
				return
			case <-t.C:
			}
		}
	}()
	return func() (uint64, uint64) {
		close(done)
		<-finished
		sample()
		mu.Lock()
		defer mu.Unlock()
		return peakSys, peakHeap
	}
}

// benchRun runs the corpus through Run once per iteration, into a new
// database each time, reading with f, and reports pages/s and the peak
// memory.
func benchRun(b *testing.B, c batchtest.Corpus, f *crawl.Fetcher, url func(s, v int) string, rounds int) {
	ctx := context.Background()
	dir := b.TempDir()
	runtime.GC()
	stop := memPeak()
	cpu0 := cpuTime()
	pages := 0
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		b.StopTimer()
		s, err := batch.Open(ctx, filepath.Join(dir, fmt.Sprintf("b%d.db", i)))
		if err != nil {
			b.Fatal(err)
		}
		loadManifest(b, s, c, url)
		b.StartTimer()
		st, err := s.Run(ctx, batch.RunOptions{Loader: f, RoundSize: 64, ParallelRounds: rounds})
		if err != nil {
			b.Fatal(err)
		}
		if st.Versions != c.Pages() || st.VersionErrors > 0 {
			var msg string
			s.DB().QueryRow(`SELECT error FROM versions WHERE status = 'error' LIMIT 1`).Scan(&msg)
			b.Fatalf("read %d versions, %d unreadable (%s), want %d", st.Versions, st.VersionErrors, msg, c.Pages())
		}
		pages += st.Versions
		b.StopTimer()
		s.Close()
		b.StartTimer()
	}
	cpu := cpuTime() - cpu0
	sys, heap := stop()
	// The machine may be shared: pages per CPU-second, times the cores,
	// estimates the rate with the processors to oneself.
	if cpu > 0 {
		b.ReportMetric(float64(pages)/cpu.Seconds(), "pages/cpu-s")
	}
	b.ReportMetric(float64(pages)/b.Elapsed().Seconds(), "pages/s")
	b.ReportMetric(float64(sys)/(1<<20), "peak-MB")
	b.ReportMetric(float64(heap)/(1<<20), "peak-heap-MB")
}

// benchWARC runs a corpus of stories×5 pages from a WARC file, fetching
// nothing, two rounds at a time as storydiff batch --offline does.
func benchWARC(b *testing.B, stories int) {
	c := benchCorpus(stories)
	warc := filepath.Join(b.TempDir(), "corpus.warc.gz")
	if err := c.WriteWARC(context.Background(), warc); err != nil {
		b.Fatal(err)
	}
	f := crawl.NewFetcher(crawl.Options{WARCInputs: []string{warc}, Offline: true})
	defer f.Close()
	benchRun(b, c, f, batchtest.URL, 2)
}

// BenchmarkRunWARC2000 runs 2,000 pages (400 stories) from a WARC file.
func BenchmarkRunWARC2000(b *testing.B) { benchWARC(b, 400) }

// BenchmarkRunWARC10000 runs 10,000 pages (2,000 stories) from a WARC
// file: the scale target is >= 300 pages/s and < 500 MB.
func BenchmarkRunWARC10000(b *testing.B) { benchWARC(b, 2000) }

// benchLoopback runs a corpus of stories×5 pages from five loopback
// hosts with no delay.
func benchLoopback(b *testing.B, stories int) {
	c := benchCorpus(stories)
	srv := batchtest.NewServer(c, 0)
	defer srv.Close()
	f := crawl.NewFetcher(crawl.Options{UserAgent: "storydiff-bench/1"})
	defer f.Close()
	benchRun(b, c, f, srv.URL, 1)
}

// BenchmarkRunLoopback2000 runs 2,000 pages from loopback hosts.
func BenchmarkRunLoopback2000(b *testing.B) { benchLoopback(b, 400) }

// BenchmarkRunLoopback10000 runs 10,000 pages from loopback hosts.
func BenchmarkRunLoopback10000(b *testing.B) { benchLoopback(b, 2000) }

// TestWriteBenchCorpus writes the benchmark's WARC file and manifest to
// $STORYDIFF_BENCH_DIR, for measuring the storydiff binary itself, such
// as with /usr/bin/time -v storydiff batch --offline --warc-input DIR/corpus-N.warc.gz
// --manifest DIR/manifest-N.csv --db DIR/N.db. $STORYDIFF_BENCH_STORIES
// sets the number of stories (2000).
func TestWriteBenchCorpus(t *testing.T) {
	dir := os.Getenv("STORYDIFF_BENCH_DIR")
	if dir == "" {
		t.Skip("set STORYDIFF_BENCH_DIR to write the benchmark corpus")
	}
	n := 2000
	if v := os.Getenv("STORYDIFF_BENCH_STORIES"); v != "" {
		fmt.Sscan(v, &n)
	}
	c := benchCorpus(n)
	if err := c.WriteWARC(context.Background(), filepath.Join(dir, fmt.Sprintf("corpus-%d.warc.gz", c.Pages()))); err != nil {
		t.Fatal(err)
	}
	mf, err := os.Create(filepath.Join(dir, fmt.Sprintf("manifest-%d.csv", c.Pages())))
	if err != nil {
		t.Fatal(err)
	}
	defer mf.Close()
	if err := c.WriteManifest(mf, batchtest.URL); err != nil {
		t.Fatal(err)
	}
}
