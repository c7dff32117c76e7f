package main

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/storydiff/storydiff/align"
	"github.com/storydiff/storydiff/batch"
	"github.com/storydiff/storydiff/batch/batchtest"
)

// writeCorpusManifest writes the manifest of c as served by srv.
func writeCorpusManifest(t *testing.T, dir string, c batchtest.Corpus, srv *batchtest.Server) string {
	t.Helper()
	var buf bytes.Buffer
	if err := c.WriteManifest(&buf, srv.URL); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "manifest.csv")
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// dumpDB returns the results in the batch database at path.
func dumpDB(t *testing.T, path string) string {
	t.Helper()
	s, err := batch.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	d, err := batchtest.Dump(context.Background(), s.DB())
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// batchDB runs a small batch in-process and returns its database.
func batchDB(t *testing.T) string {
	t.Helper()
	c := batchtest.Corpus{Stories: 8, Versions: 4, Seed: 42}
	srv := batchtest.NewServer(c, 0)
	t.Cleanup(srv.Close)
	dir := t.TempDir()
	manifest := writeCorpusManifest(t, dir, c, srv)
	db := filepath.Join(dir, "b.db")
	code, _, stderr := runCLI(t, "", "batch", "--manifest", manifest, "--db", db, "--delay", "0", "--progress", "log")
	if code != exitOK {
		t.Fatalf("batch exited %d:\n%s", code, stderr)
	}
	if !strings.Contains(stderr, "batch: 8 stories done, 0 failed, 0 left") {
		t.Errorf("no summary on standard error:\n%s", stderr)
	}
	return db
}

// statsDB stores fixed results, independent of how align classifies, and
// returns the database.
func statsDB(t *testing.T) string {
	t.Helper()
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "stats.db")
	s, err := batch.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	div := func(kind align.Kind, facet align.Facet, material bool) align.Divergence {
		return align.Divergence{Kind: kind, Facet: facet, Material: material, RefText: "a", VerText: "b"}
	}
	type ver struct {
		outlet string
		err    string
		divs   []align.Divergence
	}
	stories := [][]ver{
		{{"wire.example", "", nil}, {"tribune.example", "", []align.Divergence{div(align.Altered, align.FacetNumber, true), div(align.Altered, align.FacetAttribution, true)}},
			{"=cmd|' /C calc'!A0", "", []align.Divergence{div(align.Altered, align.FacetSpelling, false)}}},
		{{"wire.example", "", nil}, {"tribune.example", "", []align.Divergence{div(align.Dropped, align.FacetWording, true)}},
			{"ledger.example", "HTTP 404 Not Found", nil}},
		{{"wire.example", "", nil}, {"tribune.example", "", nil}, {"ledger.example", "", []align.Divergence{div(align.Altered, align.FacetQuote, true)}}},
	}
	for i, vs := range stories {
		var res []batch.VersionResult
		for j, v := range vs {
			r := batch.VersionResult{URL: fmt.Sprintf("https://%d.example/%d", j, i), Outlet: v.outlet, Err: v.err}
			if j > 0 && v.err == "" {
				r.SetComparison(align.Comparison{Divergences: v.divs})
			}
			res = append(res, r)
		}
		if err := s.SaveStory(ctx, batch.NewStoryResult(fmt.Sprint("s", i), res[0], res[1:])); err != nil {
			t.Fatal(err)
		}
	}
	return path
}

func TestStatsTable(t *testing.T) {
	db := statsDB(t)
	code, out, stderr := runCLI(t, "", "stats", "--db", db)
	if code != exitOK {
		t.Fatalf("stats exited %d: %s", code, stderr)
	}
	golden(t, "batch-stats.golden", out)

	out2 := filepath.Join(t.TempDir(), "stats.txt")
	if code, out, _ := runCLI(t, "", "stats", "--db", db, "--output", out2); code != exitOK || out != "" {
		t.Fatalf("stats --output: exit %d, stdout %q", code, out)
	}
	if b, _ := os.ReadFile(out2); !strings.Contains(string(b), "tribune.example") {
		t.Errorf("stats --output wrote %q", b)
	}
}

func TestBatchStatsAndExport(t *testing.T) {
	db := batchDB(t)

	code, out, stderr := runCLI(t, "", "stats", "--db", db, "--format", "json")
	var stats []struct {
		Outlet   string  `json:"outlet"`
		Versions int     `json:"versions"`
		Rate     float64 `json:"rate"`
	}
	if code != exitOK || json.Unmarshal([]byte(out), &stats) != nil || len(stats) != 3 {
		t.Log(stderr)
		t.Fatalf("stats --format json: %d %q", code, out)
	}
	for _, o := range stats {
		if o.Versions != 8 || o.Rate <= 0 || o.Rate > 1 {
			t.Errorf("stats JSON: %+v", o)
		}
	}

	// CSV of versions: a header and one row per version.
	code, out, stderr = runCLI(t, "", "export", "--db", db)
	if code != exitOK {
		t.Fatalf("export exited %d: %s", code, stderr)
	}
	recs, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != 1+32 || recs[0][0] != "story_id" || recs[0][1] != "url" {
		t.Errorf("versions CSV: %d records, header %v", len(recs), recs[0])
	}

	// JSON Lines of divergences to a file.
	outFile := filepath.Join(t.TempDir(), "div.jsonl")
	code, out, stderr = runCLI(t, "", "export", "--db", db, "--table", "divergences", "--format", "jsonl", "--output", outFile)
	if code != exitOK || out != "" {
		t.Fatalf("export --output exited %d, wrote %q to stdout: %s", code, out, stderr)
	}
	b, err := os.ReadFile(outFile)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(string(b)), "\n")
	var material int
	for _, l := range lines {
		var d struct {
			StoryID  string `json:"story_id"`
			Facet    string `json:"facet"`
			Material int    `json:"material"`
		}
		if err := json.Unmarshal([]byte(l), &d); err != nil || d.StoryID == "" || d.Facet == "" {
			t.Fatalf("bad JSON line %q: %v", l, err)
		}
		material += d.Material
	}
	if material == 0 {
		t.Error("no material divergence exported")
	}
}

func TestBatchUsageErrors(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.csv")
	os.WriteFile(bad, []byte("story,link\na,b\n"), 0o644)
	missing := filepath.Join(dir, "missing.db")
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"no manifest", []string{"batch", "--db", "x.db"}, "--manifest is required"},
		{"no db", []string{"batch", "--manifest", bad}, "--db is required"},
		{"bad header", []string{"batch", "--manifest", bad, "--db", filepath.Join(dir, "b.db")}, `no "story_id" column`},
		{"bad workers", []string{"batch", "--manifest", bad, "--db", "x.db", "--workers", "0"}, "--workers must be at least 1"},
		{"bad progress", []string{"batch", "--manifest", bad, "--db", "x.db", "--progress", "fancy"}, `unknown --format "fancy"`},
		{"export bad table", []string{"export", "--db", missing, "--table", "users"}, `unknown table "users"`},
		{"export bad format", []string{"export", "--db", missing, "--format", "xlsx"}, `unknown --format "xlsx"`},
		{"export missing db", []string{"export", "--db", missing}, "no such file"},
		{"stats missing db", []string{"stats", "--db", missing}, "no such file"},
		{"stats no db", []string{"stats"}, "--db is required"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, stderr := runCLI(t, "", tt.args...)
			if code != exitUsage || !strings.Contains(stderr, tt.want) {
				t.Errorf("exit %d, stderr %q; want %d and %q", code, stderr, exitUsage, tt.want)
			}
		})
	}
	if _, err := os.Stat(missing); err == nil {
		t.Error("export or stats created the missing database")
	}
}

// TestBatchBadRows runs a manifest with bad rows: they are reported with
// their line numbers and skipped, and the rest run. A story whose
// reference cannot be read fails, and the exit status says so.
func TestBatchBadRows(t *testing.T) {
	c := batchtest.Corpus{Stories: 2, Versions: 2, Seed: 1}
	srv := batchtest.NewServer(c, 0)
	defer srv.Close()
	dir := t.TempDir()
	manifest := "story_id,url,role\n" +
		"a," + srv.URL(0, 0) + ",reference\n" +
		"a," + srv.URL(0, 1) + ",\n" +
		",https://nowhere.example/x,\n" +
		"b," + srv.URL(1, 0) + ",chief\n" +
		"c," + srv.URL(99, 0) + ",\n" +
		"c," + srv.URL(1, 1) + ",\n"
	path := filepath.Join(dir, "m.csv")
	os.WriteFile(path, []byte(manifest), 0o644)
	db := filepath.Join(dir, "b.db")
	code, _, stderr := runCLI(t, "", "batch", "--manifest", path, "--db", db, "--delay", "0", "--progress", "none")
	if code != exitFail {
		t.Errorf("exit %d, want %d (story c failed)\n%s", code, exitFail, stderr)
	}
	for _, want := range []string{"m.csv:4: empty story_id", `m.csv:5: unknown role "chief"`, "2 bad rows skipped", "1 stories done, 1 failed"} {
		if !strings.Contains(stderr, want) {
			t.Errorf("standard error lacks %q:\n%s", want, stderr)
		}
	}
	// Again: nothing to do, and the failed story still fails the run.
	code, _, stderr = runCLI(t, "", "batch", "--manifest", path, "--db", db, "--delay", "0", "--progress", "none")
	if code != exitFail || !strings.Contains(stderr, "0 stories done, 0 failed, 0 left (2 were already finished)") {
		t.Errorf("second run: exit %d\n%s", code, stderr)
	}
	// --retry-failed reads the failed story again.
	code, _, stderr = runCLI(t, "", "batch", "--manifest", path, "--db", db, "--delay", "0", "--progress", "none", "--retry-failed")
	if code != exitFail || !strings.Contains(stderr, "1 failed stories queued again") || !strings.Contains(stderr, "0 stories done, 1 failed") {
		t.Errorf("--retry-failed: exit %d\n%s", code, stderr)
	}
}

// TestBatchKillAndResume is the acceptance test of storydiff batch: a
// 200-page batch on loopback hosts, killed hard after two seconds and
// started again, ends with every version stored once and the same
// results as an uninterrupted run.
func TestBatchKillAndResume(t *testing.T) {
	if testing.Short() {
		t.Skip("builds storydiff and runs it for several seconds")
	}
	if runtime.GOOS == "windows" || runtime.GOOS == "js" || runtime.GOOS == "wasip1" {
		t.Skip("needs processes and SIGKILL")
	}
	dir := t.TempDir()
	bin := filepath.Join(dir, "storydiff")
	build := exec.Command("go", "build", "-o", bin, ".")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	c := batchtest.Corpus{Stories: 40, Versions: 5, Seed: 2025}
	srv := batchtest.NewServer(c, 2*time.Millisecond)
	defer srv.Close()
	manifest := writeCorpusManifest(t, dir, c, srv)
	batchCmd := func(db string) *exec.Cmd {
		cmd := exec.Command(bin, "batch", "--manifest", manifest, "--db", db,
			"--delay", "80ms", "--round", "4", "--progress", "log", "--log-interval", "500ms")
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		t.Cleanup(func() {
			if t.Failed() {
				t.Logf("%s:\n%s", filepath.Base(db), stderr.String())
			}
		})
		return cmd
	}

	whole := filepath.Join(dir, "whole.db")
	if err := batchCmd(whole).Run(); err != nil {
		t.Fatalf("uninterrupted run: %v", err)
	}

	cut := filepath.Join(dir, "cut.db")
	cmd := batchCmd(cut)
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case err := <-done:
		t.Fatalf("run ended before it was killed (%v); slow it down", err)
	case <-time.After(2 * time.Second):
	}
	if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	<-done
	s, err := batch.Open(context.Background(), cut)
	if err != nil {
		t.Fatal(err)
	}
	p, _ := s.Progress(context.Background())
	s.Close()
	if p.Done == 40 {
		t.Fatal("all 40 stories were done after 2s; the test needs a run in progress")
	}
	t.Logf("killed with %d stories done, %d held", p.Done, p.Leased)

	if err := batchCmd(cut).Run(); err != nil {
		t.Fatalf("resumed run: %v", err)
	}
	got, want := dumpDB(t, cut), dumpDB(t, whole)
	if got != want {
		t.Errorf("resumed results differ from an uninterrupted run's")
	}
	if n := strings.Count(got, "\n"); n < 200 {
		t.Errorf("dump has %d lines, fewer than the 200 versions", n)
	}
	s, err = batch.Open(context.Background(), cut)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	var versions, distinct int
	s.DB().QueryRow(`SELECT COUNT(*), COUNT(DISTINCT story_id || ' ' || url) FROM versions`).Scan(&versions, &distinct)
	if versions != 200 || distinct != 200 {
		t.Errorf("%d versions stored (%d distinct), want 200", versions, distinct)
	}

	// A finished run started again does nothing.
	cmd = batchCmd(cut)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(stderr.String(), "0 stories done, 0 failed, 0 left (40 were already finished); 0 versions read") {
		t.Errorf("third run did work:\n%s", stderr.String())
	}
}

// TestBatchArchives records a batch in a WARC file and a cache, then runs
// it again from each of them without a request, with the same results.
func TestBatchArchives(t *testing.T) {
	c := batchtest.Corpus{Stories: 6, Versions: 3, Seed: 9}
	srv := batchtest.NewServer(c, 0)
	defer srv.Close()
	dir := t.TempDir()
	manifest := writeCorpusManifest(t, dir, c, srv)
	warc := filepath.Join(dir, "run.warc.gz")
	cache := filepath.Join(dir, "cache")
	first := filepath.Join(dir, "first.db")
	code, _, stderr := runCLI(t, "", "batch", "--manifest", manifest, "--db", first, "--delay", "0",
		"--progress", "none", "--warc", warc, "--cache", cache)
	if code != exitOK {
		t.Fatalf("recording run exited %d:\n%s", code, stderr)
	}
	want := dumpDB(t, first)
	fetched := len(srv.Requests())
	if fetched < c.Pages() {
		t.Fatalf("recording run made %d requests for %d pages", fetched, c.Pages())
	}
	for _, tt := range []struct {
		name string
		args []string
	}{
		{"warc", []string{"--offline", "--warc-input", warc}},
		{"cache", []string{"--cache", cache}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			db := filepath.Join(dir, tt.name+".db")
			args := append([]string{"batch", "--manifest", manifest, "--db", db, "--delay", "0", "--progress", "none"}, tt.args...)
			code, _, stderr := runCLI(t, "", args...)
			if code != exitOK {
				t.Fatalf("exit %d:\n%s", code, stderr)
			}
			if n := len(srv.Requests()) - fetched; n != 0 {
				t.Errorf("%d requests made; want none", n)
			}
			if got := dumpDB(t, db); got != want {
				t.Errorf("results differ from the recording run's")
			}
		})
	}
}

// TestBatchFiles reads versions from files named relative to the
// manifest's directory.
func TestBatchFiles(t *testing.T) {
	c := batchtest.Corpus{Stories: 1, Versions: 3, Seed: 4}
	dir := t.TempDir()
	os.Mkdir(filepath.Join(dir, "pages"), 0o755)
	manifest := "story_id,url,outlet\n"
	for v := range c.Versions {
		name := fmt.Sprintf("pages/v%d.html", v)
		if err := os.WriteFile(filepath.Join(dir, name), c.Page(0, v), 0o644); err != nil {
			t.Fatal(err)
		}
		manifest += fmt.Sprintf("s1,%s,%s\n", name, batchtest.Outlet(v))
	}
	path := filepath.Join(dir, "m.csv")
	os.WriteFile(path, []byte(manifest), 0o644)
	db := filepath.Join(dir, "b.db")
	code, _, stderr := runCLI(t, "", "batch", "--manifest", path, "--db", db, "--progress", "none")
	if code != exitOK || !strings.Contains(stderr, "1 stories done, 0 failed") || !strings.Contains(stderr, "3 versions read, 0 unreadable") {
		t.Fatalf("exit %d:\n%s", code, stderr)
	}
	code, out, _ := runCLI(t, "", "export", "--db", db, "--table", "versions", "--format", "jsonl")
	if code != exitOK || strings.Count(out, `"status":"ok"`) != 3 || !strings.Contains(out, `"url":"pages/v1.html"`) {
		t.Errorf("versions:\n%s", out)
	}
}
