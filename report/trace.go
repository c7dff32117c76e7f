package report

import (
	"fmt"
	"strings"
)

// AttributionStatus is the verdict on one attributed claim.
type AttributionStatus string

// Verdicts on attributed claims.
const (
	// Supported: the cited outlet's version states the claim with the
	// same numbers, dates and polarity.
	Supported AttributionStatus = "supported"
	// Altered: the cited outlet's version states the claim, but a
	// number, date or negation differs.
	Altered AttributionStatus = "altered"
	// NotFound: no version from the cited outlet was found, or none of
	// its sentences states the claim.
	NotFound AttributionStatus = "not_found"
)

// Attribution is the check of one claim that the reference attributes to
// another outlet ("a source told CNN …") against that outlet's version.
type Attribution struct {
	// Outlet is the cited outlet's name.
	Outlet string `json:"outlet"`
	// Cue is the attributing words, such as "told CNN"; may be empty.
	Cue string `json:"cue,omitempty"`
	// Claim is the reference's attributed sentence.
	Claim string `json:"claim"`
	// Status is the verdict.
	Status AttributionStatus `json:"status"`
	// Source is the URL of the cited outlet's version holding Evidence;
	// empty when none was found.
	Source string `json:"source"`
	// Evidence is the sentence of that version that best matches the
	// claim; empty when none does.
	Evidence string `json:"evidence"`
	// Detail explains the verdict, such as "28 points → 27 points".
	Detail string `json:"detail"`
}

// attributionCounts summarises attributions as "5 supported, 1 altered,
// 2 not found", naming only the verdicts that occur.
func attributionCounts(as []Attribution) string {
	n := map[AttributionStatus]int{}
	for _, a := range as {
		n[a.Status]++
	}
	var parts []string
	for _, s := range []AttributionStatus{Supported, Altered, NotFound} {
		if n[s] > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", n[s], statusText(s)))
		}
	}
	// Verdicts of unknown kinds, so that none goes uncounted.
	other := len(as)
	for _, s := range []AttributionStatus{Supported, Altered, NotFound} {
		other -= n[s]
	}
	if other > 0 {
		parts = append(parts, fmt.Sprintf("%d unchecked", other))
	}
	return strings.Join(parts, ", ")
}

// statusText is a verdict for people: "not found" rather than "not_found".
func statusText(s AttributionStatus) string {
	if s == "" {
		return "unchecked"
	}
	return strings.ReplaceAll(string(s), "_", " ")
}

// statusColor is the ANSI colour of a verdict in the table.
func statusColor(s AttributionStatus) string {
	switch s {
	case Supported:
		return ansiGreen
	case Altered:
		return ansiRed
	}
	return ansiYellow
}

// foundBy describes how a traced version was found, or returns "" for a
// version that was given.
func foundBy(v Version) string {
	if v.FoundBy == "" {
		return ""
	}
	return fmt.Sprintf("%s (confidence %.2f)", v.FoundBy, v.Confidence)
}

// attributions writes the attributions section of the table: one block
// per claim, its verdict in a column of its own.
func (t *textWriter) attributions(as []Attribution) {
	if len(as) == 0 {
		return
	}
	t.blank()
	t.heading("Attributions", "")
	t.field("", fmt.Sprintf("%d attributed %s: %s", len(as), plural(len(as), "claim", "claims"), attributionCounts(as)))
	for _, a := range as {
		t.hanging(fmt.Sprintf("  %-10s ", statusText(a.Status)), a.Outlet+": "+a.Claim, statusColor(a.Status))
		if a.Evidence != "" {
			t.hanging(strings.Repeat(" ", 13), "Evidence: "+a.Evidence, "")
		}
		if a.Source != "" {
			t.hanging(strings.Repeat(" ", 13), "Source: "+a.Source, "")
		}
		if a.Detail != "" {
			t.hanging(strings.Repeat(" ", 13), "Detail: "+a.Detail, "")
		}
	}
}

// hanging writes prefix and value, wrapping value under itself; the
// prefix is coloured with code.
func (t *textWriter) hanging(prefix, value, code string) {
	pad := strings.Repeat(" ", len(prefix))
	for i, line := range wrapPlain(value, t.width-len(pad)) {
		p := pad
		if i == 0 {
			p = t.style(prefix, code)
		}
		t.write(p + line + "\n")
	}
}

// mdAttributions writes the attributions section of the Markdown report.
func mdAttributions(b *strings.Builder, h2 string, as []Attribution) {
	if len(as) == 0 {
		return
	}
	fmt.Fprintf(b, "\n%sAttributions\n\n%s.\n\n", h2, EscapeMarkdown(attributionCounts(as)))
	b.WriteString("| Status | Outlet | Claim | Evidence | Detail |\n")
	b.WriteString("| --- | --- | --- | --- | --- |\n")
	for _, a := range as {
		evidence := EscapeMarkdown(a.Evidence)
		if a.Source != "" {
			evidence += " (" + EscapeMarkdown(a.Source) + ")"
		}
		fmt.Fprintf(b, "| %s | %s | %s | %s | %s |\n", EscapeMarkdown(statusText(a.Status)),
			EscapeMarkdown(a.Outlet), EscapeMarkdown(a.Claim), strings.TrimSpace(evidence), EscapeMarkdown(a.Detail))
	}
}

// htmlAttribution is an attribution prepared for the page.
type htmlAttribution struct {
	Status   string // for people
	Class    string // "material" for altered, else "cosmetic"
	Outlet   string
	Claim    string
	Evidence string
	Source   string
	URL      string // link target; empty when Source is not http(s)
	Detail   string
}

func attributionsHTML(as []Attribution) []htmlAttribution {
	var out []htmlAttribution
	for _, a := range as {
		h := htmlAttribution{
			Status:   Sanitize(statusText(a.Status)),
			Class:    "cosmetic",
			Outlet:   Sanitize(a.Outlet),
			Claim:    Sanitize(a.Claim),
			Evidence: Sanitize(a.Evidence),
			Source:   Sanitize(a.Source),
			Detail:   Sanitize(a.Detail),
		}
		if a.Status == Altered {
			h.Class = "material"
		}
		if strings.HasPrefix(a.Source, "https://") || strings.HasPrefix(a.Source, "http://") {
			h.URL = h.Source
		}
		out = append(out, h)
	}
	return out
}
