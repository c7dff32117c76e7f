package report

import (
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/storydiff/storydiff/check"
)

// WriteGitHub writes the result of a check as GitHub Actions workflow
// commands, which annotate the pull request: "::error file=F,line=N,
// title=T::message" for each failing finding and "::warning ...::" for each
// warning, with the copy file and line where the copy is a file. Copies
// that could not be read are errors too. Findings accepted by a baseline
// are left out. A last plain line sums up the check.
func WriteGitHub(w io.Writer, r *check.Result) error {
	ew := &ghWriter{w: w}
	failed := 0
	for _, c := range r.Copies {
		if c.Error != "" {
			ew.command("error", ghProps(c, 0, "storydiff: source error"), c.Error)
			continue
		}
		if c.Failed() {
			failed++
		}
		for _, f := range c.Findings {
			if f.Baselined {
				continue
			}
			cmd := "warning"
			if f.Level == check.Fail {
				cmd = "error"
			}
			msg := f.Message
			if c.Path == "" {
				msg = c.Copy + ": " + msg
			}
			ew.command(cmd, ghProps(c, f.Line, "storydiff: "+f.Rule), msg)
		}
	}
	switch {
	case r.Errored():
		fmt.Fprintln(ew, "storydiff check: some sources could not be read")
	case failed > 0:
		fmt.Fprintf(ew, "storydiff check: %d of %d copies fail the policy\n", failed, len(r.Copies))
	default:
		fmt.Fprintf(ew, "storydiff check: all %d copies pass the policy\n", len(r.Copies))
	}
	return ew.err
}

// ghProps returns the properties of a workflow command about copy c.
func ghProps(c check.CopyResult, line int, title string) []string {
	var props []string
	if c.Path != "" {
		props = append(props, "file="+ghEscapeProperty(strings.TrimPrefix(filepath.ToSlash(c.Path), "./")))
		if line > 0 {
			props = append(props, fmt.Sprintf("line=%d", line))
		}
	}
	return append(props, "title="+ghEscapeProperty(title))
}

// ghEscapeData escapes the message of a workflow command as the runner
// expects: %, CR and LF.
func ghEscapeData(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A").Replace(Sanitize(s))
}

// ghEscapeProperty escapes a property value of a workflow command: as the
// message, and also : and , which delimit properties.
func ghEscapeProperty(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C").Replace(Sanitize(s))
}

type ghWriter struct {
	w   io.Writer
	err error
}

func (g *ghWriter) Write(p []byte) (int, error) {
	if g.err != nil {
		return 0, g.err
	}
	n, err := g.w.Write(p)
	g.err = err
	return n, err
}

func (g *ghWriter) command(name string, props []string, msg string) {
	fmt.Fprintf(g, "::%s %s::%s\n", name, strings.Join(props, ","), ghEscapeData(msg))
}
