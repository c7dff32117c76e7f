package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/olekukonko/tablewriter"
	"github.com/olekukonko/tablewriter/renderer"
	"github.com/olekukonko/tablewriter/tw"

	"github.com/storydiff/storydiff/batch"
	"github.com/storydiff/storydiff/crawl"
	"github.com/storydiff/storydiff/report"
)

const batchAbout = `Runs storydiff over many stories. The manifest (--manifest) is CSV with a
header, or JSON Lines, one version per row: story_id, url (an http(s) URL or a
file path, relative to the manifest's directory), and the optional role
("reference" marks a story's reference; else its first row is) and outlet.
Bad rows are reported with their line number and skipped; the rest run.

Results go to the SQLite database --db (see batch/QUERIES.md); each story is
saved in one transaction. A run killed at any moment and started again with
the same command resumes without reading again what was saved; a finished
run started again does nothing. Stories that failed (an unreadable
reference, or a story that stopped the process --max-attempts times) are
tried again only with --retry-failed.

Reading: all hosts in parallel (at most --workers at a time), each host one
request at a time with --delay between requests, robots.txt obeyed.
--cache keeps every response so that a second run makes no request;
--warc records them; --warc-input serves responses from WARC files (such as
Common Crawl News) instead of fetching, and with --offline nothing is
fetched at all.

Progress is a bar on a terminal and a line every --log-interval otherwise,
then a summary. Export results with "storydiff export" and see per-outlet
divergence rates with "storydiff stats".

Exit status: 0 when the run finished (unreadable versions are stored, not
errors), 1 when some stories failed, 2 on bad flags, an unreadable manifest,
a database error or an interruption.`

// stringList is a flag that may be given several times.
type stringList []string

func (l *stringList) String() string { return strings.Join(*l, ",") }

func (l *stringList) Set(v string) error {
	if v == "" {
		return errors.New("empty value")
	}
	*l = append(*l, v)
	return nil
}

// runBatch implements "storydiff batch".
func runBatch(ctx context.Context, std stdio, args []string) int {
	fs := newFlagSet(std, "batch", "--manifest FILE --db FILE [flags]", batchAbout)
	var ff fetchFlags
	ff.register(fs)
	manifest := fs.String("manifest", "", "manifest of story versions, CSV with a header or JSON Lines (required)")
	dbPath := fs.String("db", "", "SQLite database of the work queue and results (required; created if missing)")
	workers := fs.Int("workers", 8, "hosts fetched from at the same time")
	round := fs.Int("round", batch.DefaultRoundSize, "stories read per round")
	maxAttempts := fs.Int("max-attempts", batch.DefaultMaxAttempts, "times a story may stop the process before it is marked failed")
	retryFailed := fs.Bool("retry-failed", false, "queue the stories that failed in earlier runs again")
	progress := fs.String("progress", "auto", "progress display: auto (a bar on a terminal, else log lines), bar, log or none")
	logEvery := fs.Duration("log-interval", batch.DefaultLogInterval, "time between progress lines when not on a terminal")
	if code := parseFlags(fs, std, args); code >= 0 {
		return code
	}
	fail := func(code int, format string, a ...any) int {
		fmt.Fprintf(std.err, "storydiff batch: "+format+"\n", a...)
		return code
	}
	switch {
	case fs.NArg() > 0:
		return fail(exitUsage, "unexpected arguments %q (sources come from --manifest)", fs.Args())
	case *manifest == "":
		return fail(exitUsage, "--manifest is required")
	case *dbPath == "":
		return fail(exitUsage, "--db is required")
	case *workers < 1:
		return fail(exitUsage, "--workers must be at least 1")
	case *round < 1:
		return fail(exitUsage, "--round must be at least 1")
	case *maxAttempts < 1:
		return fail(exitUsage, "--max-attempts must be at least 1")
	}
	if err := checkFormat(*progress, "auto", "bar", "log", "none"); err != nil {
		return fail(exitUsage, "--progress: %v", err)
	}
	if err := ff.check(); err != nil {
		return fail(exitUsage, "%v", err)
	}

	m, err := readManifestFile(*manifest, std.err)
	if err != nil {
		return fail(exitUsage, "%v", err)
	}
	store, err := batch.Open(ctx, *dbPath)
	if err != nil {
		return fail(exitUsage, "%v", err)
	}
	defer store.Close()
	runID, err := store.StartRun(ctx, *manifest, args, batch.DefaultOwner)
	if err != nil {
		return fail(exitUsage, "%v", err)
	}
	if *retryFailed {
		n, err := store.RetryFailed(ctx)
		if err != nil {
			return fail(exitUsage, "%v", err)
		}
		fmt.Fprintf(std.err, "storydiff batch: %d failed stories queued again\n", n)
	}
	enq, err := store.Enqueue(ctx, m, runID)
	if err != nil {
		return fail(exitUsage, "%v", err)
	}
	if enq.Updated > 0 {
		fmt.Fprintf(std.err, "storydiff batch: %d pending stories take the manifest's changed rows\n", enq.Updated)
	}

	fopts := ff.options(std)
	fopts.Stdin = nil // manifest rows are URLs and files, never "-"
	fopts.MaxHosts = *workers
	fetcher := crawl.NewFetcher(fopts)

	mode := *progress
	if mode == "auto" {
		mode = "log"
		if isTerminal(std.err) {
			mode = "bar"
		}
	}
	var pw *batch.ProgressWriter
	if mode != "none" {
		pw = batch.NewProgressWriter(std.err, mode == "bar", *logEvery)
	}
	opts := batch.RunOptions{
		Loader:         fetcher,
		Delay:          ff.delay,
		RoundSize:      *round,
		ParallelRounds: 1,
		MaxAttempts:    *maxAttempts,
		BaseDir:        filepath.Dir(*manifest),
	}
	if ff.offline {
		// No host is asked anything: no pause between rounds, and two
		// rounds read at once to keep the processors busy.
		opts.Delay = 0
		opts.ParallelRounds = 2
	}
	if pw != nil {
		opts.Report = pw.Update
	}
	st, runErr := store.Run(ctx, opts)
	closeErr := fetcher.Close()
	if pw != nil {
		pw.Finish(st)
	} else {
		batch.WriteSummary(std.err, st)
	}
	// Record the end even when interrupted, so the runs table tells.
	if err := store.FinishRun(context.WithoutCancel(ctx), runID); err != nil && runErr == nil {
		runErr = err
	}
	if runErr != nil {
		return fail(exitUsage, "%v (run the same command again to resume)", runErr)
	}
	if closeErr != nil {
		return fail(exitUsage, "%v", closeErr)
	}
	p, err := store.Progress(ctx)
	if err != nil {
		return fail(exitUsage, "%v", err)
	}
	if p.Pending+p.Leased > 0 {
		fmt.Fprintf(std.err, "storydiff batch: %d stories are held by another worker; run again when it stops\n", p.Pending+p.Leased)
	}
	if p.Failed > 0 {
		fmt.Fprintf(std.err, "storydiff batch: %d stories failed; see the stories table, or run again with --retry-failed\n", p.Failed)
		return exitFail
	}
	return exitOK
}

// readManifestFile reads the manifest at path, reporting skipped rows on
// errw.
func readManifestFile(path string, errw io.Writer) (batch.Manifest, error) {
	f, err := os.Open(path)
	if err != nil {
		return batch.Manifest{}, fmt.Errorf("read manifest: %w", err)
	}
	defer f.Close()
	m, rowErrs, err := batch.ReadManifest(f, path)
	const maxShown = 20
	for i, e := range rowErrs {
		if i == maxShown {
			fmt.Fprintf(errw, "storydiff batch: ... and %d more bad rows\n", len(rowErrs)-maxShown)
			break
		}
		fmt.Fprintf(errw, "storydiff batch: skipped %s\n", report.Sanitize(e.Error()))
	}
	if err != nil {
		return batch.Manifest{}, err
	}
	if len(rowErrs) > 0 {
		fmt.Fprintf(errw, "storydiff batch: %d bad rows skipped; %d stories (%d versions) to run\n", len(rowErrs), len(m.Stories), m.Versions())
	}
	return m, nil
}

const exportAbout = `Writes one table of a batch database as CSV (with a header row) or JSON
Lines, for pandas, R or a spreadsheet. Tables: runs, stories, sources,
versions (the default), divergences and bodies; batch/QUERIES.md describes
their columns. In CSV, text cells that a spreadsheet would run as a formula
get a leading apostrophe.`

// runExport implements "storydiff export".
func runExport(ctx context.Context, std stdio, args []string) int {
	fs := newFlagSet(std, "export", "--db FILE [--format csv|jsonl] [--table TABLE] [--output FILE]", exportAbout)
	dbPath := fs.String("db", "", "batch database (required)")
	format := fs.String("format", "csv", "output format: csv or jsonl")
	table := fs.String("table", "versions", "table to export: "+strings.Join(batch.Tables(), ", "))
	output := fs.String("output", "", "write to this file (atomically) instead of standard output")
	if code := parseFlags(fs, std, args); code >= 0 {
		return code
	}
	fail := func(format string, a ...any) int {
		fmt.Fprintf(std.err, "storydiff export: "+format+"\n", a...)
		return exitUsage
	}
	if fs.NArg() > 0 {
		return fail("unexpected arguments %q", fs.Args())
	}
	if *dbPath == "" {
		return fail("--db is required")
	}
	if err := checkFormat(*format, "csv", "jsonl"); err != nil {
		return fail("%v", err)
	}
	if err := checkFormat(*table, batch.Tables()...); err != nil {
		return fail("--table: %v", strings.Replace(err.Error(), "--format", "table", 1))
	}
	store, err := openExisting(ctx, *dbPath)
	if err != nil {
		return fail("%v", err)
	}
	defer store.Close()
	write := func(w io.Writer) error { return store.Export(ctx, w, *table, batch.Format(*format)) }
	if *output != "" {
		err = report.WriteFile(*output, write)
	} else {
		err = write(std.out)
	}
	if err != nil {
		return fail("%v", err)
	}
	return exitOK
}

const statsAbout = `Prints, for each outlet of a batch database, how many of its versions were
compared with their story's reference, how many could not be read, how many
have at least one material divergence and the rate, how many have one of
high confidence (WITH HIGH: the surest changes), the material divergences
per version, and the facets (number, quote, attribution, ...) most often
altered with the share of versions showing each. References are not counted.`

// runStats implements "storydiff stats".
func runStats(ctx context.Context, std stdio, args []string) int {
	fs := newFlagSet(std, "stats", "--db FILE [--format table|json] [--output FILE]", statsAbout)
	dbPath := fs.String("db", "", "batch database (required)")
	format := fs.String("format", "table", "output format: table or json")
	output := fs.String("output", "", "write to this file (atomically) instead of standard output")
	if code := parseFlags(fs, std, args); code >= 0 {
		return code
	}
	fail := func(format string, a ...any) int {
		fmt.Fprintf(std.err, "storydiff stats: "+format+"\n", a...)
		return exitUsage
	}
	if fs.NArg() > 0 {
		return fail("unexpected arguments %q", fs.Args())
	}
	if *dbPath == "" {
		return fail("--db is required")
	}
	if err := checkFormat(*format, "table", "json"); err != nil {
		return fail("%v", err)
	}
	store, err := openExisting(ctx, *dbPath)
	if err != nil {
		return fail("%v", err)
	}
	defer store.Close()
	stats, err := store.Stats(ctx)
	if err != nil {
		return fail("%v", err)
	}
	write := func(w io.Writer) error {
		if *format == "json" {
			return writeStatsJSON(w, stats)
		}
		return writeStatsTable(w, stats)
	}
	if *output != "" {
		err = report.WriteFile(*output, write)
	} else {
		err = write(std.out)
	}
	if err != nil {
		return fail("%v", err)
	}
	return exitOK
}

// openExisting opens a batch database that must exist already, so that a
// mistyped path is reported instead of creating an empty database.
func openExisting(ctx context.Context, path string) (*batch.Store, error) {
	fi, err := os.Stat(path)
	if err != nil {
		return nil, fmt.Errorf("open batch database: %w", err)
	}
	if !fi.Mode().IsRegular() {
		return nil, fmt.Errorf("open batch database %s: not a regular file", path)
	}
	return batch.Open(ctx, path)
}

// statsAlign aligns the columns of the stats table: names left, figures
// right.
var statsAlign = []tw.Align{
	tw.AlignLeft, tw.AlignRight, tw.AlignRight, tw.AlignRight,
	tw.AlignRight, tw.AlignRight, tw.AlignLeft,
}

// writeStatsTable writes per-outlet figures as a table.
func writeStatsTable(w io.Writer, stats []batch.OutletStats) error {
	tb := tablewriter.NewTable(w,
		tablewriter.WithRenderer(renderer.NewBlueprint(tw.Rendition{
			Symbols: tw.NewSymbols(tw.StyleLight),
		})),
		tablewriter.WithConfig(tablewriter.Config{
			Header: tw.CellConfig{
				Formatting: tw.CellFormatting{AutoFormat: tw.Off, AutoWrap: tw.WrapNone},
				Alignment:  tw.CellAlignment{Global: tw.AlignLeft},
			},
			Row: tw.CellConfig{
				Formatting: tw.CellFormatting{AutoWrap: tw.WrapNone},
				Alignment:  tw.CellAlignment{PerColumn: statsAlign},
			},
			Footer: tw.CellConfig{
				Formatting: tw.CellFormatting{AutoFormat: tw.Off, AutoWrap: tw.WrapNone},
				Alignment:  tw.CellAlignment{PerColumn: statsAlign},
			},
		}),
	)
	tb.Header("Outlet", "Versions", "Unreadable", "With material", "Rate", "Per version", "Top facets")
	var tot batch.OutletStats
	for _, o := range stats {
		name := o.Outlet
		if name == "" {
			name = "(unknown)"
		}
		row := []string{
			report.Sanitize(name),
			strconv.Itoa(o.Versions),
			strconv.Itoa(o.Errors),
			strconv.Itoa(o.WithMaterial),
			fmt.Sprintf("%.1f%%", 100*o.Rate()),
			fmt.Sprintf("%.2f", o.PerVersion()),
			topFacetList(o, 3),
		}
		if err := tb.Append(row); err != nil {
			return fmt.Errorf("stats table: %w", err)
		}
		tot.Versions += o.Versions
		tot.Errors += o.Errors
		tot.WithMaterial += o.WithMaterial
		tot.Material += o.Material
	}
	tb.Footer("All", strconv.Itoa(tot.Versions), strconv.Itoa(tot.Errors), strconv.Itoa(tot.WithMaterial),
		fmt.Sprintf("%.1f%%", 100*tot.Rate()), fmt.Sprintf("%.2f", tot.PerVersion()), "")
	if err := tb.Render(); err != nil {
		return fmt.Errorf("stats table: %w", err)
	}
	return nil
}

// topFacetList names the n facets found in the most versions of o, with
// the share of versions showing each, or "-".
func topFacetList(o batch.OutletStats, n int) string {
	type fc struct {
		name  string
		count int
	}
	var fs []fc
	for f, c := range o.Facets {
		fs = append(fs, fc{string(f), c})
	}
	// Most versions first, then by name, for a stable table.
	for i := 1; i < len(fs); i++ {
		for j := i; j > 0 && (fs[j].count > fs[j-1].count || fs[j].count == fs[j-1].count && fs[j].name < fs[j-1].name); j-- {
			fs[j], fs[j-1] = fs[j-1], fs[j]
		}
	}
	if len(fs) > n {
		fs = fs[:n]
	}
	if len(fs) == 0 {
		return "-"
	}
	parts := make([]string, len(fs))
	for i, f := range fs {
		parts[i] = fmt.Sprintf("%s %.0f%%", report.Sanitize(f.name), 100*float64(f.count)/float64(max(o.Versions, 1)))
	}
	return strings.Join(parts, ", ")
}

// statsJSON is one outlet in stats --format json.
type statsJSON struct {
	batch.OutletStats
	Rate       float64 `json:"rate"`
	PerVersion float64 `json:"per_version"`
}

// writeStatsJSON writes per-outlet figures as a JSON array.
func writeStatsJSON(w io.Writer, stats []batch.OutletStats) error {
	out := make([]statsJSON, len(stats))
	for i, o := range stats {
		out[i] = statsJSON{OutletStats: o, Rate: o.Rate(), PerVersion: o.PerVersion()}
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	if err := enc.Encode(out); err != nil {
		return fmt.Errorf("stats JSON: %w", err)
	}
	return nil
}

// Ensure the flag package's Value interface is met.
var _ flag.Value = (*stringList)(nil)
