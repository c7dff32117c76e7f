package check

import "github.com/storydiff/storydiff/align"

// Rule describes one rule a Finding can name, for CI formats that list
// their rules (SARIF).
type Rule struct {
	ID          string
	Description string
}

// Rules returns the rules findings can name, in a fixed order: the facets
// of altered claims, then "dropped", "added" and RuleDroppedShare.
func Rules() []Rule {
	return []Rule{
		{string(align.FacetNumber), "A number in a claim differs from the reference."},
		{string(align.FacetDate), "A date or time in a claim differs from the reference."},
		{string(align.FacetQuote), "A quotation differs from the words quoted in the reference."},
		{string(align.FacetAttribution), "A claim is attributed to a different source than in the reference."},
		{string(align.FacetEntity), "A person, place or organisation named in a claim differs from the reference."},
		{string(align.FacetNegation), "A claim is negated or un-negated relative to the reference."},
		{string(align.FacetModality), "A claim's certainty differs from the reference (hedge or certainty)."},
		{string(align.FacetCharacterization), "A claim carries a characterization the reference does not."},
		{string(align.FacetWording), "A claim is reworded in a way that may change its meaning."},
		{string(align.FacetSpelling), "Spelling differs from the reference (cosmetic)."},
		{string(align.FacetPunctuation), "Punctuation differs from the reference (cosmetic)."},
		{string(align.FacetBoilerplate), "The copy carries boilerplate the reference lacks (cosmetic)."},
		{string(align.FacetMoved), "A paragraph is moved relative to the reference (cosmetic)."},
		{string(align.FacetParagraphing), "Paragraphs are split or merged relative to the reference (cosmetic)."},
		{string(align.Dropped), "A claim of the reference is missing from the copy."},
		{string(align.Added), "The copy makes a claim the reference does not."},
		{RuleDroppedShare, "The copy drops a larger share of the reference's paragraphs than the policy allows."},
	}
}
