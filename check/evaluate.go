package check

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/storydiff/storydiff/align"
)

// RuleDroppedShare is the rule of the finding made when a copy drops a
// larger share of the reference than the policy allows.
const RuleDroppedShare = "dropped-share"

// Finding is one divergence the policy fails or warns about.
type Finding struct {
	// Rule identifies what is judged: the facet of an altered claim,
	// "dropped" or "added" for a dropped or added claim, or
	// RuleDroppedShare.
	Rule string `json:"rule"`
	// Level is Fail or Warn.
	Level      Action           `json:"level"`
	Divergence align.Divergence `json:"divergence"`
	// Message describes the finding on one line.
	Message string `json:"message"`
	// Line is the 1-based line of the copy file the finding concerns,
	// 0 when the copy is not a file.
	Line int `json:"line,omitempty"`
	// Fingerprint identifies the finding by content, for baselines.
	Fingerprint string `json:"fingerprint"`
	// Baselined is true when a baseline accepted the finding; it then
	// neither fails nor warns.
	Baselined bool `json:"baselined,omitempty"`
}

// CopyResult is the outcome of checking one copy.
type CopyResult struct {
	Reference string `json:"reference"`
	Copy      string `json:"copy"`
	// Path is the copy's file path, used as its location in CI reports;
	// empty when the copy is a URL or standard input.
	Path     string    `json:"path,omitempty"`
	Findings []Finding `json:"findings"`
	// Passed counts the divergences the policy lets pass.
	Passed int `json:"passed"`
	// Boilerplate counts the copy paragraphs removed as allowed
	// boilerplate before comparison.
	Boilerplate int `json:"boilerplate"`
	// DroppedShare is the share of reference paragraphs the copy drops.
	DroppedShare float64 `json:"dropped_share"`
	// Error says why the copy or its reference could not be checked.
	Error string `json:"error,omitempty"`
}

// Failed reports whether the copy fails the policy: a finding at level
// Fail that no baseline accepted.
func (c *CopyResult) Failed() bool {
	for _, f := range c.Findings {
		if f.Level == Fail && !f.Baselined {
			return true
		}
	}
	return false
}

// Count returns the number of findings at level a not accepted by a
// baseline, and the number accepted by one.
func (c *CopyResult) Count(a Action) (open, baselined int) {
	for _, f := range c.Findings {
		if f.Level != a {
			continue
		}
		if f.Baselined {
			baselined++
		} else {
			open++
		}
	}
	return open, baselined
}

// Result is the outcome of one check run.
type Result struct {
	// Policy is the policy file used, empty for the built-in default.
	Policy string       `json:"policy"`
	Copies []CopyResult `json:"copies"`
}

// Failed reports whether any copy fails the policy.
func (r *Result) Failed() bool {
	for i := range r.Copies {
		if r.Copies[i].Failed() {
			return true
		}
	}
	return false
}

// Errored reports whether any copy could not be checked.
func (r *Result) Errored() bool {
	for i := range r.Copies {
		if r.Copies[i].Error != "" {
			return true
		}
	}
	return false
}

// Input is what Evaluate judges: one copy's comparison with its reference.
type Input struct {
	Reference string
	Copy      string
	// Path is the copy's file path, empty for a URL or standard input.
	Path string
	// Raw is the copy file as read, used to find the line of each
	// finding; nil leaves lines unset.
	Raw []byte
	// RefParagraphs is the number of reference paragraphs compared.
	RefParagraphs int
	// Paragraphs are the copy paragraphs compared, after boilerplate
	// removal; Divergence.VerPara indexes them.
	Paragraphs []string
	// Boilerplate is how many copy paragraphs were removed as boilerplate.
	Boilerplate int
	Comparison  align.Comparison
}

// Evaluate judges the comparison in in by p.
func (p *Policy) Evaluate(in Input) CopyResult {
	res := CopyResult{
		Reference:   in.Reference,
		Copy:        in.Copy,
		Path:        in.Path,
		Findings:    []Finding{},
		Boilerplate: in.Boilerplate,
	}
	var loc *Locator
	if in.Raw != nil {
		loc = NewLocator(in.Raw)
	}
	for _, d := range in.Comparison.Divergences {
		a := p.Action(d)
		if a == Pass {
			res.Passed++
			continue
		}
		f := Finding{
			Rule:        ruleOf(d),
			Level:       a,
			Divergence:  d,
			Message:     message(d),
			Fingerprint: Fingerprint(d),
		}
		if loc != nil {
			f.Line = loc.Line(locateText(d, in))
		}
		res.Findings = append(res.Findings, f)
	}
	dropped, total := droppedParagraphs(in)
	if total > 0 {
		res.DroppedShare = float64(dropped) / float64(total)
	}
	if res.DroppedShare > p.MaxDroppedShare {
		f := Finding{
			Rule:  RuleDroppedShare,
			Level: Fail,
			Message: fmt.Sprintf("copy drops %d of %d reference paragraphs (%.0f%%), more than the %.0f%% allowed",
				dropped, total, 100*res.DroppedShare, 100*p.MaxDroppedShare),
			Fingerprint: fingerprint(RuleDroppedShare),
		}
		if loc != nil {
			f.Line = 1
		}
		res.Findings = append(res.Findings, f)
	}
	return res
}

// droppedParagraphs counts the reference paragraphs the alignment drops,
// and the reference paragraphs in all.
func droppedParagraphs(in Input) (dropped, total int) {
	total = in.RefParagraphs
	for _, l := range in.Comparison.Alignment {
		if l.Op == align.OpDropped {
			dropped += len(l.Ref)
		}
		for _, r := range l.Ref {
			total = max(total, r+1)
		}
	}
	return dropped, total
}

// locateText returns text of the copy to find a divergence by: its version
// sentence, or for a dropped claim the start of the nearest following
// copy paragraph (the nearest preceding one when none follows).
func locateText(d align.Divergence, in Input) string {
	if d.VerText != "" {
		return d.VerText
	}
	if d.VerPara >= 0 && d.VerPara < len(in.Paragraphs) {
		return in.Paragraphs[d.VerPara]
	}
	if i := followingVerPara(d.RefPara, in.Comparison.Alignment); i >= 0 && i < len(in.Paragraphs) {
		return in.Paragraphs[i]
	}
	return ""
}

// followingVerPara returns the first copy paragraph aligned after the
// reference paragraph ref, or the last one aligned before it, or -1.
func followingVerPara(ref int, links []align.Link) int {
	at := -1
	for i, l := range links {
		for _, r := range l.Ref {
			if r == ref {
				at = i
			}
		}
	}
	if at < 0 {
		return -1
	}
	for _, l := range links[at+1:] {
		if len(l.Ver) > 0 {
			return l.Ver[0]
		}
	}
	for i := at - 1; i >= 0; i-- {
		if v := links[i].Ver; len(v) > 0 {
			return v[len(v)-1]
		}
	}
	return -1
}

func ruleOf(d align.Divergence) string {
	switch d.Kind {
	case align.Dropped, align.Added:
		return string(d.Kind)
	}
	return string(d.Facet)
}

const maxQuoted = 160

// message describes d on one line, quoting the sentence concerned.
func message(d align.Divergence) string {
	var b strings.Builder
	switch d.Kind {
	case align.Dropped, align.Added:
		fmt.Fprintf(&b, "%s claim", d.Kind)
		if d.Facet != "" && d.Facet != align.FacetWording {
			fmt.Fprintf(&b, " (%s)", d.Facet)
		}
		text := d.RefText
		if d.Kind == align.Added {
			text = d.VerText
		}
		fmt.Fprintf(&b, ": “%s”", clip(text))
	default:
		detail := oneLine(d.Detail)
		switch {
		case detail == "":
			fmt.Fprintf(&b, "%s changed", d.Facet)
		case strings.HasPrefix(strings.ToLower(detail), string(d.Facet)):
			b.WriteString(detail)
		default:
			fmt.Fprintf(&b, "%s changed: %s", d.Facet, detail)
		}
		if d.VerText != "" {
			fmt.Fprintf(&b, " in “%s”", clip(d.VerText))
		}
	}
	if band := align.Band(d.Confidence); band != "" {
		fmt.Fprintf(&b, " (confidence %s, %.2f)", band, d.Confidence)
	}
	return b.String()
}

func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// clip shortens s to at most maxQuoted runes on one line.
func clip(s string) string {
	s = oneLine(s)
	if utf8.RuneCountInString(s) <= maxQuoted {
		return s
	}
	r := []rune(s)
	return string(r[:maxQuoted-1]) + "…"
}

// Fingerprint identifies d by content: its kind, facet and the whitespace-
// normalised text of both sides, so it survives unrelated edits that move
// the sentence.
func Fingerprint(d align.Divergence) string {
	return fingerprint(string(d.Kind), string(d.Facet), oneLine(d.RefText), oneLine(d.VerText))
}

func fingerprint(parts ...string) string {
	h := sha256.New()
	for _, p := range parts {
		h.Write([]byte(p))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil)[:16])
}
