// Package align compares versions of one news story with a reference version.
//
// It segments article text into paragraphs and sentences, aligns the
// paragraphs and sentences of a version to those of the reference, extracts
// the facts each sentence states (numbers, dates, quotes, attributions,
// entities, negation, modality, characterizations) and classifies every
// difference as an added, dropped or altered claim, marking whether it is
// material or cosmetic.
//
// The package is pure: it does no network or file I/O.
package align

// Document is one version of a story as plain text paragraphs.
type Document struct {
	// Source names where the text came from (a URL or a file path).
	Source string
	// Title is the headline, if known.
	Title string
	// Paragraphs holds the article body, one paragraph per element.
	Paragraphs []string
}

// Op names how a group of reference paragraphs relates to a group of
// version paragraphs.
type Op string

// The alignment operations.
const (
	OpSame    Op = "same"    // one paragraph each side, identical after normalisation
	OpEdited  Op = "edited"  // one paragraph each side, text differs
	OpMoved   Op = "moved"   // one paragraph each side, out of order relative to the rest
	OpSplit   Op = "split"   // one reference paragraph became several
	OpMerged  Op = "merged"  // several reference paragraphs became one
	OpAdded   Op = "added"   // version paragraph(s) with no reference counterpart
	OpDropped Op = "dropped" // reference paragraph(s) with no version counterpart
)

// Link is one step of a paragraph alignment: the indexes of the reference
// paragraphs and of the version paragraphs it relates.
type Link struct {
	Op  Op    `json:"op"`
	Ref []int `json:"ref"`
	Ver []int `json:"ver"`
}

// Kind says whether a claim was added, dropped or altered.
type Kind string

// The divergence kinds.
const (
	Added   Kind = "added"
	Dropped Kind = "dropped"
	Altered Kind = "altered"
)

// Facet says what aspect of a claim changed.
type Facet string

// Facets of material changes.
const (
	FacetNumber           Facet = "number"
	FacetDate             Facet = "date"
	FacetQuote            Facet = "quote"
	FacetAttribution      Facet = "attribution"
	FacetEntity           Facet = "entity"
	FacetNegation         Facet = "negation"
	FacetModality         Facet = "modality"
	FacetCharacterization Facet = "characterization"
	FacetWording          Facet = "wording"
)

// Facets of cosmetic changes (reported with Material false).
const (
	FacetSpelling     Facet = "spelling"
	FacetPunctuation  Facet = "punctuation"
	FacetBoilerplate  Facet = "boilerplate"
	FacetMoved        Facet = "moved"
	FacetParagraphing Facet = "paragraphing"
	// FacetDamage marks text damaged by a copier: mojibake, a duplicated
	// paragraph, stripped digits.
	FacetDamage Facet = "damage"
)

// Divergence is one difference between the reference and a version.
type Divergence struct {
	Kind     Kind  `json:"kind"`
	Facet    Facet `json:"facet"`
	Material bool  `json:"material"`
	// RefText and VerText hold the sentence concerned on each side; the
	// side that lacks the claim is empty.
	RefText string `json:"ref_text"`
	VerText string `json:"ver_text"`
	// RefPara and VerPara are paragraph indexes, -1 for the side that
	// lacks the claim.
	RefPara int `json:"ref_para"`
	VerPara int `json:"ver_para"`
	// Detail says what changed in a few words, such as "28 → 27".
	Detail string `json:"detail"`
	// Confidence is how likely a material divergence is to be a real
	// change of claim rather than a misreading of a reworded sentence,
	// from 0 to 1: the share of findings of its class (ClassOf) that were
	// right on labelled stories nobody tuned the rules on. Band names its
	// level. It is 0 for cosmetic divergences.
	Confidence float64 `json:"confidence,omitempty"`
}

// Summary counts what a comparison found.
type Summary struct {
	RefWords int `json:"ref_words"`
	VerWords int `json:"ver_words"`
	// Ops counts paragraph alignment steps by operation.
	Ops map[Op]int `json:"ops"`
	// Material counts material divergences by facet.
	Material map[Facet]int `json:"material"`
	// Cosmetic counts cosmetic divergences by facet.
	Cosmetic map[Facet]int `json:"cosmetic"`
	// Added, Dropped and Altered count material divergences by kind.
	Added   int `json:"added"`
	Dropped int `json:"dropped"`
	Altered int `json:"altered"`
	// Truncated is true when the version stops early (a paywalled or
	// trimmed copy); its missing tail is then reported once, not as a
	// drop per paragraph.
	Truncated bool `json:"truncated"`
	// Version says how the version was made from the reference, judged
	// from the share of its aligned sentences kept nearly as they were: a
	// copy, an edit (an update) or a retelling in other words (a rewrite
	// by another outlet). Findings in a retelling are the least certain
	// (see Divergence.Confidence).
	Version VersionKind `json:"version"`
}

// Comparison is the result of comparing one version with the reference.
type Comparison struct {
	Alignment   []Link       `json:"alignment"`
	Divergences []Divergence `json:"divergences"`
	Summary     Summary      `json:"summary"`
}

// SpanOp is the operation of one span of a word-level diff.
type SpanOp int8

// Word-level diff operations.
const (
	SpanEqual  SpanOp = 0
	SpanDelete SpanOp = -1 // text only in the reference
	SpanInsert SpanOp = 1  // text only in the version
)

// Span is one run of a word-level diff.
type Span struct {
	Op   SpanOp
	Text string
}
