package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/storydiff/storydiff/align"
	"github.com/storydiff/storydiff/crawl"
	"github.com/storydiff/storydiff/report"
)

// fetchFlags are the crawler flags shared by the commands that read sources.
type fetchFlags struct {
	delay     time.Duration
	timeout   time.Duration
	deadline  time.Duration
	retries   int
	userAgent string
	cacheDir  string
	offline   bool
	warcOut   string
	warcIn    stringList
}

func (f *fetchFlags) register(fs *flag.FlagSet) {
	fs.DurationVar(&f.delay, "delay", time.Second, "delay between two requests to the same host")
	fs.DurationVar(&f.timeout, "timeout", 20*time.Second, "timeout of one request")
	fs.DurationVar(&f.deadline, "deadline", crawl.DefaultDeadline, "time allowed for all the work on one source: robots.txt, redirects, retries and a slow body")
	fs.IntVar(&f.retries, "retries", 3, "retries of a request answered 429 or 5xx")
	fs.StringVar(&f.userAgent, "user-agent", "", "User-Agent header (default names storydiff and its version)")
	fs.StringVar(&f.cacheDir, "cache", "", "directory keeping every response fetched, so that a second run makes no request")
	fs.BoolVar(&f.offline, "offline", false, "fetch nothing: read only from --cache and --warc-input")
	fs.StringVar(&f.warcOut, "warc", "", "write every response fetched to this WARC 1.1 file")
	fs.Var(&f.warcIn, "warc-input", "serve responses from this WARC file instead of fetching (repeatable)")
}

// check reports flag combinations that cannot work.
func (f *fetchFlags) check() error {
	if f.timeout < 0 || f.deadline < 0 || f.delay < 0 {
		return errors.New("--delay, --timeout and --deadline must not be negative")
	}
	if f.offline && f.cacheDir == "" && len(f.warcIn) == 0 {
		return errors.New("--offline needs --cache or --warc-input to read from")
	}
	return nil
}

func (f *fetchFlags) fetcher(io stdio) *crawl.Fetcher {
	return crawl.NewFetcher(f.options(io))
}

// closeFetcher closes f, reporting on io.err (prefixed by name) why the
// WARC file could not be finished. It returns false on such a failure.
func closeFetcher(io stdio, name string, f *crawl.Fetcher) bool {
	if err := f.Close(); err != nil {
		fmt.Fprintf(io.err, "%s: %v\n", name, err)
		return false
	}
	return true
}

// options returns the crawler options the flags select.
func (f *fetchFlags) options(io stdio) crawl.Options {
	ua := f.userAgent
	if ua == "" {
		ua = crawl.UserAgent(Version)
	}
	retries := f.retries
	if retries == 0 {
		retries = -1 // crawl.Options reads 0 as "the default"
	}
	return crawl.Options{
		Delay:      f.delay,
		Timeout:    f.timeout,
		Deadline:   f.deadline,
		Retries:    retries,
		UserAgent:  ua,
		Stdin:      io.in,
		CacheDir:   f.cacheDir,
		Offline:    f.offline,
		WARCOutput: f.warcOut,
		WARCInputs: f.warcIn,
	}
}

// outputFlags select and place a report.
type outputFlags struct {
	format string
	output string
	all    bool
	color  string
	// minConfidence leaves the material changes below it out of the
	// table and Markdown lists and presets the HTML confidence filter.
	minConfidence float64
}

func (o *outputFlags) register(fs *flag.FlagSet, formats string) {
	fs.StringVar(&o.format, "format", "table", "output format: "+formats)
	fs.StringVar(&o.output, "output", "", "write the report to this file (atomically) instead of standard output")
	fs.BoolVar(&o.all, "all", false, "also list cosmetic changes")
	fs.StringVar(&o.color, "color", "auto", "colour the table: auto, always or never (NO_COLOR is honoured)")
	fs.Float64Var(&o.minConfidence, "min-confidence", 0, "list in the table and Markdown only the material changes of this confidence (0 to 1) or more, counting the others, "+
		fmt.Sprintf("and preset the HTML page's confidence filter; %.2f keeps the high ones (JSON lists every change with its confidence)", align.HighConfidence))
}

// validate checks the format, one of formats, and the other output flags.
func (o *outputFlags) validate(formats ...string) error {
	if o.minConfidence < 0 || o.minConfidence > 1 || o.minConfidence != o.minConfidence {
		return fmt.Errorf("--min-confidence %v is not between 0 and 1", o.minConfidence)
	}
	return checkFormat(o.format, formats...)
}

// newFlagSet returns a flag set that reports errors to io.err and prints
// the given usage text before the flag defaults.
func newFlagSet(io stdio, name, synopsis, about string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(io.err)
	fs.Usage = func() {
		w := fs.Output()
		fmt.Fprintf(w, "Usage: storydiff %s %s\n\n%s\n\nFlags:\n", name, synopsis, about)
		fs.PrintDefaults()
	}
	return fs
}

// parseFlags parses args, returning the exit code to use when parsing
// stopped the command (help or a bad flag), or -1 to go on.
func parseFlags(fs *flag.FlagSet, io stdio, args []string) int {
	fs.SetOutput(io.err)
	// The flag package prints the usage itself on any error, help
	// included; print it here instead, once, on the right stream.
	usage := fs.Usage
	fs.Usage = func() {}
	err := fs.Parse(args)
	fs.Usage = usage
	switch {
	case errors.Is(err, flag.ErrHelp):
		fs.SetOutput(io.out)
		fs.Usage()
		return exitOK
	case err != nil:
		fs.Usage()
		return exitUsage
	}
	return -1
}

const compareAbout = `Compares each VERSION of a story with the REFERENCE and lists the claims that
were added, dropped or altered. A source is an http(s) URL, an .html/.htm file,
a .txt/.md file (paragraphs separated by blank lines) or - for standard input.

Exit status: 0 when the reference and at least one version were compared,
2 when fewer than two sources could be read or the command line is wrong.`

func runCompare(ctx context.Context, io stdio, args []string) int {
	fs := newFlagSet(io, "compare", "[flags] REFERENCE VERSION...", compareAbout)
	var ff fetchFlags
	var of outputFlags
	ff.register(fs)
	of.register(fs, "table, json, markdown or html")
	if code := parseFlags(fs, io, args); code >= 0 {
		return code
	}
	if fs.NArg() < 2 {
		fmt.Fprintln(io.err, "storydiff compare: need a REFERENCE and at least one VERSION")
		fs.Usage()
		return exitUsage
	}
	if err := of.validate("table", "json", "markdown", "html"); err != nil {
		fmt.Fprintf(io.err, "storydiff compare: %v\n", err)
		return exitUsage
	}
	if err := ff.check(); err != nil {
		fmt.Fprintf(io.err, "storydiff compare: %v\n", err)
		return exitUsage
	}
	f := ff.fetcher(io)
	results := f.Load(ctx, fs.Args())
	if !closeFetcher(io, "storydiff compare", f) {
		return exitUsage
	}
	rep, ok := buildReport(results, io.err)
	if err := writeReport(io, of, rep); err != nil {
		fmt.Fprintf(io.err, "storydiff compare: %v\n", err)
		return exitUsage
	}
	if !ok {
		return exitUsage
	}
	return exitOK
}

// sourceError describes the failure of source, naming it once: the
// crawler's errors already start with the source they concern.
func sourceError(source string, err error) string {
	return source + ": " + withoutSource(source, err.Error())
}

// withoutSource returns msg without the "source: " it starts with, if it
// does, for places that name the source apart.
func withoutSource(source, msg string) string {
	return strings.TrimPrefix(msg, source+": ")
}

// buildReport compares every loaded version with the first source. Failed
// sources are reported on errw and kept in the report's Errors. ok is false
// when the reference or every version failed.
func buildReport(results []crawl.ArticleResult, errw io.Writer) (rep report.Report, ok bool) {
	refOK := false
	for i, res := range results {
		if res.Err != nil {
			fmt.Fprintf(errw, "storydiff: %s\n", sourceError(res.Source, res.Err))
			rep.Errors = append(rep.Errors, report.SourceError{Source: res.Source, Error: res.Err.Error()})
			continue
		}
		if i == 0 {
			rep.Reference = res.Article
			refOK = true
			continue
		}
		if !refOK {
			// Without a reference nothing can be compared; keep the
			// article out of the report but do not call it an error.
			continue
		}
		cmp := align.Compare(document(rep.Reference), document(res.Article))
		rep.Versions = append(rep.Versions, report.Version{Article: res.Article, Comparison: cmp})
	}
	if !refOK && len(results) > 0 {
		rep.Reference = crawl.Article{Source: results[0].Source}
	}
	return rep, refOK && len(rep.Versions) > 0
}

func document(a crawl.Article) align.Document {
	return align.Document{Source: a.Source, Title: a.Title, Paragraphs: a.Paragraphs}
}

func checkFormat(format string, allowed ...string) error {
	for _, a := range allowed {
		if format == a {
			return nil
		}
	}
	return fmt.Errorf("unknown --format %q (want %s)", format, strings.Join(allowed, ", "))
}

// writeReport renders rep in the chosen format to standard output or,
// atomically, to the --output file.
func writeReport(std stdio, of outputFlags, rep report.Report) error {
	write := func(w io.Writer) error {
		switch of.format {
		case "json":
			return report.WriteJSON(w, rep)
		case "markdown":
			return report.WriteMarkdown(w, rep, report.MarkdownOptions{All: of.all, MinConfidence: of.minConfidence})
		case "html":
			return report.WriteHTML(w, rep, report.HTMLOptions{All: of.all, MinConfidence: of.minConfidence})
		default:
			return report.WriteTable(w, rep, report.TableOptions{
				Width:         terminalWidth(std.out),
				Color:         useColor(of.color, of.output == "" && isTerminal(std.out)),
				All:           of.all,
				MinConfidence: of.minConfidence,
			})
		}
	}
	if of.output != "" {
		return report.WriteFile(of.output, write)
	}
	return write(std.out)
}

// useColor decides whether to colour terminal output.
func useColor(mode string, tty bool) bool {
	switch mode {
	case "always":
		return true
	case "never":
		return false
	}
	if _, set := os.LookupEnv("NO_COLOR"); set {
		return false
	}
	return tty
}
