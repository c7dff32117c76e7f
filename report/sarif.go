package report

import (
	"encoding/json"
	"io"
	"math"
	"net/url"
	"path/filepath"
	"strings"

	"github.com/storydiff/storydiff/check"
)

// SARIFSchema is the $schema URI written in SARIF logs.
const SARIFSchema = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"

// SARIFOptions configure WriteSARIF.
type SARIFOptions struct {
	// ToolVersion is the storydiff version recorded as the driver's
	// version; empty leaves it out.
	ToolVersion string
}

// WriteSARIF writes the result of a check as a SARIF 2.1.0 log: one run
// whose driver lists the check rules, and one result per finding with the
// rule as ruleId, "error" for findings that fail and "warning" for those
// that warn, the finding's message, and the copy file and line as
// location. Findings accepted by a baseline carry an external suppression.
// Copies that could not be read are tool execution notifications.
func WriteSARIF(w io.Writer, r *check.Result, opts SARIFOptions) error {
	rules := check.Rules()
	index := make(map[string]int, len(rules))
	var sr []sarifRule
	for i, rule := range rules {
		index[rule.ID] = i
		sr = append(sr, sarifRule{
			ID:               rule.ID,
			ShortDescription: sarifMessage{Text: rule.Description},
		})
	}
	run := sarifRun{
		Tool: sarifTool{Driver: sarifDriver{
			Name:           "storydiff",
			Version:        opts.ToolVersion,
			InformationURI: "https://github.com/storydiff/storydiff",
			Rules:          sr,
		}},
		Results: []sarifResult{},
	}
	inv := sarifInvocation{ExecutionSuccessful: true}
	for _, c := range r.Copies {
		loc := sarifArtifact(c)
		if c.Error != "" {
			inv.ExecutionSuccessful = false
			n := sarifNotification{Level: "error", Message: sarifMessage{Text: Sanitize(c.Error)}}
			if loc != nil {
				n.Locations = []sarifLocation{{PhysicalLocation: sarifPhysical{ArtifactLocation: *loc}}}
			}
			inv.ToolExecutionNotifications = append(inv.ToolExecutionNotifications, n)
			continue
		}
		for _, f := range c.Findings {
			i, ok := index[f.Rule]
			if !ok {
				i = len(run.Tool.Driver.Rules)
				index[f.Rule] = i
				run.Tool.Driver.Rules = append(run.Tool.Driver.Rules, sarifRule{
					ID:               f.Rule,
					ShortDescription: sarifMessage{Text: f.Rule},
				})
			}
			res := sarifResult{
				RuleID:    f.Rule,
				RuleIndex: i,
				Level:     sarifLevel(f.Level),
				Message:   sarifMessage{Text: Sanitize(f.Message)},
				PartialFingerprints: map[string]string{
					"storydiffFingerprint/v1": f.Fingerprint,
				},
				Locations: []sarifLocation{},
			}
			if loc != nil {
				pl := sarifLocation{PhysicalLocation: sarifPhysical{ArtifactLocation: *loc}}
				if c.Path != "" && f.Line > 0 {
					pl.PhysicalLocation.Region = &sarifRegion{StartLine: f.Line}
				}
				res.Locations = append(res.Locations, pl)
			}
			if c := f.Divergence.Confidence; c > 0 {
				rank := math.Round(1000*c) / 10
				res.Rank = &rank
			}
			if f.Baselined {
				res.Suppressions = []sarifSuppression{{Kind: "external", Justification: "accepted in the storydiff baseline"}}
			}
			run.Results = append(run.Results, res)
		}
	}
	run.Invocations = []sarifInvocation{inv}
	log := sarifLog{Schema: SARIFSchema, Version: "2.1.0", Runs: []sarifRun{run}}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(log)
}

func sarifLevel(a check.Action) string {
	if a == check.Fail {
		return "error"
	}
	return "warning"
}

// sarifArtifact returns the artifact location of a copy: its file path as
// a relative URI reference (or a file URI when absolute), its URL, or nil
// for standard input.
func sarifArtifact(c check.CopyResult) *sarifArtifactLocation {
	if c.Path != "" {
		p := filepath.ToSlash(c.Path)
		p = strings.TrimPrefix(p, "./")
		if filepath.IsAbs(c.Path) || strings.HasPrefix(p, "/") {
			return &sarifArtifactLocation{URI: (&url.URL{Scheme: "file", Path: p}).String()}
		}
		return &sarifArtifactLocation{URI: (&url.URL{Path: p}).String()}
	}
	if u, err := url.Parse(c.Copy); err == nil && (u.Scheme == "http" || u.Scheme == "https") {
		return &sarifArtifactLocation{URI: u.String()}
	}
	return nil
}

// The SARIF 2.1.0 objects written, a small subset of the format.
type (
	sarifLog struct {
		Schema  string     `json:"$schema"`
		Version string     `json:"version"`
		Runs    []sarifRun `json:"runs"`
	}
	sarifRun struct {
		Tool        sarifTool         `json:"tool"`
		Invocations []sarifInvocation `json:"invocations,omitempty"`
		Results     []sarifResult     `json:"results"`
	}
	sarifTool struct {
		Driver sarifDriver `json:"driver"`
	}
	sarifDriver struct {
		Name           string      `json:"name"`
		Version        string      `json:"version,omitempty"`
		InformationURI string      `json:"informationUri,omitempty"`
		Rules          []sarifRule `json:"rules"`
	}
	sarifRule struct {
		ID               string       `json:"id"`
		ShortDescription sarifMessage `json:"shortDescription"`
	}
	sarifMessage struct {
		Text string `json:"text"`
	}
	sarifResult struct {
		RuleID              string             `json:"ruleId"`
		RuleIndex           int                `json:"ruleIndex"`
		Level               string             `json:"level"`
		Message             sarifMessage       `json:"message"`
		Locations           []sarifLocation    `json:"locations"`
		PartialFingerprints map[string]string  `json:"partialFingerprints,omitempty"`
		Suppressions        []sarifSuppression `json:"suppressions,omitempty"`
		// Rank is the finding's confidence in percent, absent when it
		// has none (SARIF's rank: a priority from 0 to 100).
		Rank *float64 `json:"rank,omitempty"`
	}
	sarifLocation struct {
		PhysicalLocation sarifPhysical `json:"physicalLocation"`
	}
	sarifPhysical struct {
		ArtifactLocation sarifArtifactLocation `json:"artifactLocation"`
		Region           *sarifRegion          `json:"region,omitempty"`
	}
	sarifArtifactLocation struct {
		URI string `json:"uri"`
	}
	sarifRegion struct {
		StartLine int `json:"startLine"`
	}
	sarifSuppression struct {
		Kind          string `json:"kind"`
		Justification string `json:"justification,omitempty"`
	}
	sarifInvocation struct {
		ExecutionSuccessful        bool                `json:"executionSuccessful"`
		ToolExecutionNotifications []sarifNotification `json:"toolExecutionNotifications,omitempty"`
	}
	sarifNotification struct {
		Level     string          `json:"level"`
		Message   sarifMessage    `json:"message"`
		Locations []sarifLocation `json:"locations,omitempty"`
	}
)
