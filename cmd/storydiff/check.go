package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/storydiff/storydiff/align"
	"github.com/storydiff/storydiff/check"
	"github.com/storydiff/storydiff/crawl"
	"github.com/storydiff/storydiff/report"
)

const checkAbout = `Checks that each COPY of a story (a page republishing wire copy) keeps faith
with the REFERENCE: a changed number, date, quote, attribution, entity or
negation, or a dropped claim, fails the copy; changed modality,
characterization or wording and added claims warn; cosmetic edits and the
copy's allowed boilerplate pass. Sources are as for compare: http(s) URLs,
.html/.htm files, .txt/.md files or - for standard input.

With no sources, checks the pairs of reference and copies listed in the
policy file. The policy (--policy, default .storydiff.yml in the current
directory, else a built-in default) says which facets fail, warn or pass;
its format is described in check/POLICY.md. A baseline (--baseline, default
.storydiff-baseline.json when it exists) lists reviewed divergences, matched
by content, that no longer fail; --write-baseline writes one accepting every
current finding.

Formats: text (default), json, sarif (SARIF 2.1.0 for code scanning), junit
(JUnit XML) and github (GitHub Actions annotations).

Exit status:
  0  every copy passes the policy (or --write-baseline wrote the baseline)
  1  a copy has a divergence the policy fails
  2  an error: a source cannot be read, a bad policy or baseline file, or
     bad flags`

// checkFormats are the --format values of check.
var checkFormats = []string{"text", "json", "sarif", "junit", "github"}

// runCheck implements "storydiff check".
func runCheck(ctx context.Context, io stdio, args []string) int {
	fs := newFlagSet(io, "check", "[flags] [REFERENCE COPY...]", checkAbout)
	var ff fetchFlags
	ff.register(fs)
	policyPath := fs.String("policy", "", "policy file (default "+check.DefaultPolicyFile+" when present, else the built-in policy)")
	baselinePath := fs.String("baseline", "", "baseline of accepted divergences (default "+check.DefaultBaselineFile+" when present)")
	writeBaseline := fs.Bool("write-baseline", false, "write the baseline file accepting every current finding, and exit 0")
	format := fs.String("format", "text", "output format: "+strings.Join(checkFormats, ", "))
	output := fs.String("output", "", "write the report to this file (atomically) instead of standard output")
	if code := parseFlags(fs, io, args); code >= 0 {
		return code
	}
	fail := func(err error) int {
		fmt.Fprintf(io.err, "storydiff check: %v\n", err)
		return exitUsage
	}
	if err := checkFormat(*format, checkFormats...); err != nil {
		return fail(err)
	}
	if err := ff.check(); err != nil {
		return fail(err)
	}
	if fs.NArg() == 1 {
		fmt.Fprintln(io.err, "storydiff check: need a REFERENCE and at least one COPY, or no sources to check the policy's pairs")
		fs.Usage()
		return exitUsage
	}
	policy, err := check.LoadPolicy(*policyPath)
	if err != nil {
		return fail(err)
	}
	var jobs []check.Job
	if fs.NArg() >= 2 {
		jobs = []check.Job{{Reference: fs.Arg(0), Copies: fs.Args()[1:]}}
	} else if jobs, err = policy.ExpandPairs(); err != nil {
		return fail(err)
	}
	var baseline *check.Baseline
	bpath := *baselinePath
	if !*writeBaseline {
		if bpath == "" {
			if _, err := os.Stat(check.DefaultBaselineFile); err == nil {
				bpath = check.DefaultBaselineFile
			}
		}
		if bpath != "" {
			if baseline, err = check.ReadBaseline(bpath); err != nil {
				return fail(err)
			}
		}
	}

	f := ff.fetcher(io)
	res := runJobs(ctx, f, policy, jobs)
	if !closeFetcher(io, "storydiff check", f) {
		return exitUsage
	}
	for _, c := range res.Copies {
		if c.Error != "" {
			fmt.Fprintf(io.err, "storydiff check: %s\n", c.Error)
		}
	}
	if ctx.Err() != nil {
		return fail(ctx.Err())
	}

	if *writeBaseline {
		if res.Errored() {
			fmt.Fprintln(io.err, "storydiff check: baseline not written: some sources could not be read")
			return exitUsage
		}
		if bpath == "" {
			bpath = check.DefaultBaselineFile
		}
		b := check.NewBaseline(res, filepath.Dir(bpath))
		if err := b.Write(bpath); err != nil {
			return fail(err)
		}
		fmt.Fprintf(io.err, "storydiff check: wrote %d accepted findings to %s\n", len(b.Entries), bpath)
		return exitOK
	}
	if baseline != nil {
		baseline.Apply(res)
	}

	write := checkWriter(*format, res)
	if *output != "" {
		err = report.WriteFile(*output, write)
	} else {
		err = write(io.out)
	}
	if err != nil {
		return fail(err)
	}
	switch {
	case res.Errored():
		return exitUsage
	case res.Failed():
		return exitFail
	}
	return exitOK
}

// checkWriter returns a function rendering res in format.
func checkWriter(format string, res *check.Result) func(io.Writer) error {
	return func(w io.Writer) error { return writeCheck(w, format, res) }
}

// writeCheck renders res in format.
func writeCheck(w io.Writer, format string, res *check.Result) error {
	switch format {
	case "json":
		return check.WriteJSON(w, res)
	case "sarif":
		return report.WriteSARIF(w, res, report.SARIFOptions{ToolVersion: Version})
	case "junit":
		return report.WriteJUnit(w, res)
	case "github":
		return report.WriteGitHub(w, res)
	}
	return check.WriteText(w, res)
}

// loaded is one source read and extracted.
type loaded struct {
	page    crawl.Page
	article crawl.Article
	err     error
}

// runJobs reads every source of jobs once and checks each copy against
// its reference.
func runJobs(ctx context.Context, f *crawl.Fetcher, policy *check.Policy, jobs []check.Job) *check.Result {
	defer f.CloseIdleConnections()
	var sources []string
	seen := make(map[string]bool)
	for _, j := range jobs {
		for _, s := range append([]string{j.Reference}, j.Copies...) {
			if !seen[s] {
				seen[s] = true
				sources = append(sources, s)
			}
		}
	}
	got := make(map[string]*loaded, len(sources))
	for _, r := range f.Fetch(ctx, sources) {
		l := &loaded{page: r.Page, err: r.Err}
		if l.err == nil {
			l.article, l.err = crawl.Extract(r.Page)
			if l.err != nil {
				l.err = fmt.Errorf("%s: extracting the article: %w", r.Source, l.err)
			}
		}
		got[r.Source] = l
	}

	res := &check.Result{Policy: policy.File, Copies: []check.CopyResult{}}
	for _, j := range jobs {
		ref := got[j.Reference]
		for _, c := range j.Copies {
			res.Copies = append(res.Copies, checkCopy(policy, j.Reference, ref, c, got[c]))
		}
	}
	return res
}

// checkCopy checks the copy named name, as loaded in cp, against the
// reference ref.
func checkCopy(policy *check.Policy, refName string, ref *loaded, name string, cp *loaded) check.CopyResult {
	path := localPath(name)
	cr := check.CopyResult{Reference: refName, Copy: name, Path: path, Findings: []check.Finding{}}
	switch {
	case ref == nil || cp == nil:
		cr.Error = fmt.Sprintf("%s: not read", name)
		return cr
	case ref.err != nil:
		cr.Error = "reference " + errorText(refName, ref.err)
		return cr
	case cp.err != nil:
		cr.Error = errorText(name, cp.err)
		return cr
	}
	paras, removed := policy.RemoveBoilerplate(name, cp.article.Paragraphs)
	refDoc := align.Document{Source: refName, Title: ref.article.Title, Paragraphs: ref.article.Paragraphs}
	verDoc := align.Document{Source: name, Title: cp.article.Title, Paragraphs: paras}
	in := check.Input{
		Reference:     refName,
		Copy:          name,
		Path:          path,
		RefParagraphs: len(refDoc.Paragraphs),
		Paragraphs:    paras,
		Boilerplate:   removed,
		Comparison:    align.Compare(refDoc, verDoc),
	}
	if path != "" {
		in.Raw = cp.page.Body
	}
	return policy.Evaluate(in)
}

// errorText renders err, naming source unless the message already does.
func errorText(source string, err error) string {
	msg := err.Error()
	if strings.HasPrefix(msg, source) {
		return msg
	}
	return source + ": " + msg
}

// localPath returns the path of a file source for CI locations, relative
// to the current directory when it lies inside it; "" for URLs and stdin.
func localPath(src string) string {
	if src == "-" || strings.Contains(src, "://") {
		return ""
	}
	if filepath.IsAbs(src) {
		if wd, err := os.Getwd(); err == nil {
			if rel, err := filepath.Rel(wd, src); err == nil && !strings.HasPrefix(rel, "..") {
				return filepath.ToSlash(rel)
			}
		}
		return filepath.ToSlash(src)
	}
	return filepath.ToSlash(filepath.Clean(src))
}
