// Package report renders storydiff comparisons for people and programs:
// a terminal table, JSON, Markdown, a self-contained HTML side-by-side view,
// and formats read by CI systems.
package report

import (
	"github.com/storydiff/storydiff/align"
	"github.com/storydiff/storydiff/crawl"
)

// Report is everything one comparison run produced.
type Report struct {
	// Reference is the version every other version is compared against.
	Reference crawl.Article
	// Versions holds each compared version in the order given.
	Versions []Version
	// Errors lists the sources that could not be read.
	Errors []SourceError
	// Attributions holds, for a trace, the check of each claim the
	// reference attributes to another outlet; nil otherwise.
	Attributions []Attribution
}

// Version is one version of the story and its comparison with the reference.
type Version struct {
	Article    crawl.Article
	Comparison align.Comparison
	// FoundBy is, for a trace, the feed that listed the version; empty
	// when the version was given.
	FoundBy string
	// Confidence is, for a trace, how sure it is that the version tells
	// the same story, from 0 to 1; 0 when the version was given.
	Confidence float64
}

// SourceError names a source that could not be read and why.
type SourceError struct {
	Source string `json:"source"`
	Error  string `json:"error"`
}
