package check

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
)

// WriteText writes r for a person at a terminal: per copy, a table of the
// findings that fail or warn (baselined ones are counted, not listed),
// then a verdict line.
func WriteText(w io.Writer, r *Result) error {
	ew := &errWriter{w: w}
	failed := 0
	for i := range r.Copies {
		c := &r.Copies[i]
		status := "PASS"
		switch {
		case c.Error != "":
			status = "ERROR"
		case c.Failed():
			status = "FAIL"
			failed++
		}
		fmt.Fprintf(ew, "%s  %s  (reference %s)\n", status, sanitize(c.Copy), sanitize(c.Reference))
		if c.Error != "" {
			fmt.Fprintf(ew, "  %s\n\n", sanitize(c.Error))
			continue
		}
		tw := tabwriter.NewWriter(ew, 0, 4, 2, ' ', 0)
		for _, f := range c.Findings {
			if f.Baselined {
				continue
			}
			loc := ""
			if f.Line > 0 {
				loc = fmt.Sprintf("line %d", f.Line)
			}
			fmt.Fprintf(tw, "  %s\t%s\t%s\t%s\n", f.Level, f.Rule, loc, sanitize(f.Message))
		}
		tw.Flush()
		fails, bfails := c.Count(Fail)
		warns, bwarns := c.Count(Warn)
		fmt.Fprintf(ew, "  %d failing, %d warning, %d passed", fails, warns, c.Passed)
		if b := bfails + bwarns; b > 0 {
			fmt.Fprintf(ew, ", %d accepted by the baseline", b)
		}
		if c.Boilerplate > 0 {
			fmt.Fprintf(ew, ", %d boilerplate paragraphs removed", c.Boilerplate)
		}
		fmt.Fprint(ew, "\n\n")
	}
	switch {
	case r.Errored():
		fmt.Fprintln(ew, "check: some sources could not be read")
	case failed > 0:
		fmt.Fprintf(ew, "check: %d of %d copies fail the policy\n", failed, len(r.Copies))
	default:
		fmt.Fprintf(ew, "check: all %d copies pass the policy\n", len(r.Copies))
	}
	return ew.err
}

// WriteJSON writes r as indented JSON.
func WriteJSON(w io.Writer, r *Result) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(r)
}

// sanitize removes control characters (terminal escapes from hostile
// pages) from s.
func sanitize(s string) string {
	return strings.Map(func(r rune) rune {
		if r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0) {
			return ' '
		}
		return r
	}, s)
}

type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) Write(p []byte) (int, error) {
	if e.err != nil {
		return 0, e.err
	}
	n, err := e.w.Write(p)
	e.err = err
	return n, err
}
