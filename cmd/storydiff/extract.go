package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/storydiff/storydiff/crawl"
	"github.com/storydiff/storydiff/report"
)

const extractAbout = `Prints the article extracted from each SOURCE: title, byline, date and the
body paragraphs. With --format json it prints one JSON object per source per
line, in the order given; a source that fails prints {"source", "error"} on its
line and the others go on.

Exit status: 0 when every source was extracted, 1 when some failed,
2 when none could be read or the command line is wrong.`

// extractJSON is one line of "extract --format json".
type extractJSON struct {
	Source     string   `json:"source"`
	URL        string   `json:"url,omitempty"`
	Title      string   `json:"title"`
	Byline     string   `json:"byline"`
	Published  string   `json:"published"`
	Paragraphs []string `json:"paragraphs"`
	Body       string   `json:"body"`
	Warnings   []string `json:"warnings,omitempty"`
}

type extractError struct {
	Source string `json:"source"`
	Error  string `json:"error"`
}

func runExtract(ctx context.Context, io stdio, args []string) int {
	fs := newFlagSet(io, "extract", "[flags] SOURCE...", extractAbout)
	var ff fetchFlags
	ff.register(fs)
	format := fs.String("format", "text", "output format: text or json")
	if code := parseFlags(fs, io, args); code >= 0 {
		return code
	}
	if fs.NArg() == 0 {
		fmt.Fprintln(io.err, "storydiff extract: need at least one SOURCE")
		fs.Usage()
		return exitUsage
	}
	if err := checkFormat(*format, "text", "json"); err != nil {
		fmt.Fprintf(io.err, "storydiff extract: %v\n", err)
		return exitUsage
	}
	if err := ff.check(); err != nil {
		fmt.Fprintf(io.err, "storydiff extract: %v\n", err)
		return exitUsage
	}
	failed := 0
	enc := json.NewEncoder(io.out)
	enc.SetEscapeHTML(false)
	f := ff.fetcher(io)
	results := f.Load(ctx, fs.Args())
	if !closeFetcher(io, "storydiff extract", f) {
		return exitUsage
	}
	for i, res := range results {
		if res.Err != nil {
			failed++
			fmt.Fprintf(io.err, "storydiff: %s\n", sourceError(res.Source, res.Err))
		}
		var err error
		switch {
		case *format == "json" && res.Err != nil:
			err = enc.Encode(extractError{Source: res.Source, Error: res.Err.Error()})
		case *format == "json":
			err = enc.Encode(articleJSON(res.Article))
		case res.Err == nil:
			if i > 0 {
				fmt.Fprintln(io.out)
			}
			err = writeArticleText(io.out, res.Article)
		}
		if err != nil {
			fmt.Fprintf(io.err, "storydiff extract: %v\n", err)
			return exitUsage
		}
	}
	switch {
	case failed == fs.NArg():
		return exitUsage
	case failed > 0:
		return exitFail
	}
	return exitOK
}

func articleJSON(a crawl.Article) extractJSON {
	paras := a.Paragraphs
	if paras == nil {
		paras = []string{}
	}
	return extractJSON{
		Source:     a.Source,
		URL:        a.URL,
		Title:      a.Title,
		Byline:     a.Byline,
		Published:  a.Published,
		Paragraphs: paras,
		Body:       strings.Join(paras, "\n\n"),
		Warnings:   a.Warnings,
	}
}

// writeArticleText prints an article for a reader, with page text
// stripped of terminal control sequences.
func writeArticleText(w io.Writer, a crawl.Article) error {
	clean := report.Sanitize
	fmt.Fprintf(w, "== %s\n", clean(a.Source))
	for _, f := range []struct{ name, value string }{
		{"Title", a.Title}, {"Byline", a.Byline}, {"Published", a.Published},
	} {
		if f.value != "" {
			fmt.Fprintf(w, "%s: %s\n", f.name, clean(f.value))
		}
	}
	for _, warn := range a.Warnings {
		fmt.Fprintf(w, "Warning: %s\n", clean(warn))
	}
	for _, p := range a.Paragraphs {
		if _, err := fmt.Fprintf(w, "\n%s\n", clean(p)); err != nil {
			return err
		}
	}
	return nil
}
