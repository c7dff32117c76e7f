package report

import (
	"encoding/xml"
	"fmt"
	"io"
	"strings"

	"github.com/storydiff/storydiff/check"
)

// WriteJUnit writes the result of a check as JUnit XML, as read by CI
// systems such as GitLab and Jenkins: one test suite per reference, one
// test case per copy, one failure per failing finding, an error for a copy
// that could not be checked, and the warnings in the case's system-out.
// Findings accepted by a baseline are left out.
func WriteJUnit(w io.Writer, r *check.Result) error {
	root := junitSuites{Name: "storydiff check"}
	suites := make(map[string]int)
	for _, c := range r.Copies {
		i, ok := suites[c.Reference]
		if !ok {
			i = len(root.Suites)
			suites[c.Reference] = i
			root.Suites = append(root.Suites, junitSuite{Name: Sanitize(c.Reference)})
		}
		s := &root.Suites[i]
		tc := junitCase{Name: Sanitize(c.Copy), ClassName: "storydiff.check"}
		where := c.Copy
		if c.Path != "" {
			where = c.Path
		}
		if c.Error != "" {
			tc.Errors = append(tc.Errors, junitProblem{
				Message: Sanitize(c.Error), Type: "error", Text: Sanitize(c.Error),
			})
			s.Errors++
		}
		var warn strings.Builder
		for _, f := range c.Findings {
			if f.Baselined {
				continue
			}
			at := where
			if f.Line > 0 {
				at = fmt.Sprintf("%s:%d", where, f.Line)
			}
			text := Sanitize(fmt.Sprintf("%s: %s: %s", at, f.Rule, f.Message))
			if f.Level == check.Fail {
				tc.Failures = append(tc.Failures, junitProblem{Message: Sanitize(f.Message), Type: f.Rule, Text: text})
				continue
			}
			fmt.Fprintf(&warn, "warning: %s\n", text)
		}
		if warn.Len() > 0 {
			tc.SystemOut = warn.String()
		}
		if len(tc.Failures) > 0 {
			s.Failures++
		}
		s.Tests++
		s.Cases = append(s.Cases, tc)
	}
	for _, s := range root.Suites {
		root.Tests += s.Tests
		root.Failures += s.Failures
		root.Errors += s.Errors
	}
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return err
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	if err := enc.Encode(root); err != nil {
		return fmt.Errorf("junit: %w", err)
	}
	_, err := io.WriteString(w, "\n")
	return err
}

type (
	junitSuites struct {
		XMLName  xml.Name     `xml:"testsuites"`
		Name     string       `xml:"name,attr"`
		Tests    int          `xml:"tests,attr"`
		Failures int          `xml:"failures,attr"`
		Errors   int          `xml:"errors,attr"`
		Suites   []junitSuite `xml:"testsuite"`
	}
	junitSuite struct {
		Name     string      `xml:"name,attr"`
		Tests    int         `xml:"tests,attr"`
		Failures int         `xml:"failures,attr"`
		Errors   int         `xml:"errors,attr"`
		Cases    []junitCase `xml:"testcase"`
	}
	junitCase struct {
		Name      string         `xml:"name,attr"`
		ClassName string         `xml:"classname,attr"`
		Failures  []junitProblem `xml:"failure"`
		Errors    []junitProblem `xml:"error"`
		SystemOut string         `xml:"system-out,omitempty"`
	}
	junitProblem struct {
		Message string `xml:"message,attr"`
		Type    string `xml:"type,attr"`
		Text    string `xml:",chardata"`
	}
)
