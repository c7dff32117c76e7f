package align

import (
	"slices"
	"strings"
	"unicode"
)

// sideDetailFacets are the facets of the details told around a changed
// claim (see detailsOfChangedClaim).
var sideDetailFacets = []Facet{FacetEntity, FacetWording, FacetDate}

// detailsOfChangedClaim marks as no material change the name, time or
// predicate that comparePair found, from index start, on one side only
// of a sentence of a copy or an edit (versionKind) whose claim changed in
// another way as well: a fact told differently on each side ("at least
// 12 → 19", "Tuesday → Wednesday", "the ministry → police") or a figure
// or negation given on one side only ("Ketta has not conceded" → "Ketta
// conceded defeat in a speech in Kisumu", "Police expected the closure
// to last into the afternoon" → "The carriageway towards Hamburg
// reopened at around 1 pm"). An update that rewrites a sentence around
// news tells the news with its circumstances (where, when, what
// followed); on the labelled development sets set3 to set13 such details
// were a claim of their own once in eight times, while the changed claim
// beside them is reported. Still reported: hedges and judgements (as
// often a claim changed as not), a name dropped from or added to a list
// whose other names are kept (see listedWithKept), words that add to the
// claim rather than tell a predicate ("in cash" → "in cash and shares"),
// a person's standing (see standing), and a date in a sentence about what
// is to come (see futureWords: "will be closed on Tuesday").
func (c *comparer) detailsOfChangedClaim(start int) {
	if start == len(c.divs) || c.kindOfVersion() == VersionRetelling {
		return
	}
	changed := slices.ContainsFunc(c.divs[start:], func(d Divergence) bool {
		if !d.Material || d.Kind != Altered {
			return false
		}
		_, _, one := oneSided(d.Detail)
		return !one || d.Facet == FacetNumber || d.Facet == FacetNegation
	})
	if !changed {
		return
	}
	numberSwapped := slices.ContainsFunc(c.divs[start:], func(d Divergence) bool {
		_, _, one := oneSided(d.Detail)
		return d.Material && d.Kind == Altered && d.Facet == FacetNumber && !one
	})
	if numberSwapped {
		// "Turnout was estimated at about 68 percent" → "Turnout was
		// 71 percent": the estimate gave way to a count, one claim.
		for d := range c.alteredFrom(start, FacetModality) {
			if given, added, ok := oneSided(d.Detail); ok && estimateWords[strings.ToLower(given)] && ofFigures(d, given, added) && c.estimatesSwapped(start, d, given, added) {
				d.demote("detail of the changed claim")
			}
		}
	}
	for d := range c.alteredFrom(start, sideDetailFacets...) {
		given, added, ok := oneSided(d.Detail)
		if !ok {
			continue
		}
		if d.Facet == FacetWording && (slices.ContainsFunc(strings.Split(given, ", "), standing) ||
			!allFunc(strings.Split(given, ", "), isKeyPredicate)) {
			// Words added to the claim ("in cash" → "in cash and
			// shares") change it; a predicate tells what followed.
			continue
		}
		if d.Facet == FacetWording && antonymSwap(strings.Split(given, ", "), oneSidedOwnWords(d, !added)) {
			// "has closed the bridge" → "has reopened the bridge":
			// the predicate reverses the other side's, the claim
			// itself.
			continue
		}
		if d.Facet == FacetEntity && listedInPair(d, given, added) {
			continue
		}
		if d.Facet == FacetDate && slices.ContainsFunc(oneSidedOwnWords(d, added), func(w string) bool { return futureWords[w] }) {
			// "Schools will be closed on Tuesday": the date of
			// what is to come is a claim, a deadline or a plan.
			continue
		}
		d.demote("detail of the changed claim")
	}
}

// estimatesSwapped reports whether the estimate word given on one side
// only of divergence d (the version's if added) qualifies a number that
// changed in the pair, among the divergences from index start: the first
// figure after it is that number ("estimated at about 68 percent" → "71
// percent", "estimated by the ministry's office at 1.5 billion euros" →
// "put at 1.8 billion euros"). An estimate of another figure of the
// sentence ("lent an estimated 6.2 billion crowns" beside "31,000 →
// 13,000 depositors") is a hedge dropped of its own.
func (c *comparer) estimatesSwapped(start int, d *Divergence, given string, added bool) bool {
	own := oneSidedOwnWords(d, added)
	at := slices.Index(own, given)
	if at < 0 {
		return true // the estimate's words are not found apart: keep the old judgement
	}
	for i := start; i < len(c.divs); i++ {
		n := &c.divs[i]
		if !n.Material || n.Kind != Altered || n.Facet != FacetNumber {
			continue
		}
		r, v, ok := strings.Cut(n.Detail, " → ")
		if !ok {
			continue
		}
		side := r
		if added {
			side = v
		}
		fw := words(side)
		if len(fw) == 0 {
			continue
		}
		figure := false // a figure in digits or words after the estimate
		for k := at + 1; k < len(own); k++ {
			if k <= at+4 && own[k] == fw[0] {
				return true
			}
			if _, word := numberWords[own[k]]; word || unicode.IsDigit(firstRune(own[k])) {
				if own[k] == fw[0] {
					return true
				}
				figure = true
				break // the estimate's figure is another
			}
		}
		if !figure {
			return true // "an estimated two-thirds": a figure the words do not tell apart
		}
	}
	return false
}

// oneSidedOwnWords returns the words of the sentence of divergence d
// that gives its one-sided detail: the version's if added.
func oneSidedOwnWords(d *Divergence, added bool) []string {
	if added {
		return words(d.VerText)
	}
	return words(d.RefText)
}

// allFunc reports whether f holds for every element of ss.
func allFunc(ss []string, f func(string) bool) bool {
	return !slices.ContainsFunc(ss, func(s string) bool { return !f(s) })
}

// ofFigures reports whether estimate word given, on the version's side
// of divergence d if added, qualifies figures: "preliminary figures",
// "provisional results", not "preliminary tests" or "a preliminary
// report", which hedge another claim. Other estimate words qualify the
// figure they stand by.
func ofFigures(d *Divergence, given string, added bool) bool {
	g := strings.ToLower(given)
	if g != "preliminary" && g != "provisional" {
		return true
	}
	own := oneSidedOwnWords(d, added)
	at := slices.Index(own, g)
	return at >= 0 && at+1 < len(own) && figureNouns[own[at+1]]
}

// figureNouns name figures as a whole: "preliminary figures".
var figureNouns = set(`figures figure estimate estimates data count counts tally tallies results numbers total totals
calculations calculation rankings ranking standings`)

// estimateWords hedge a figure as an estimate; a figure changed with one
// given on one side only is an estimate turned into a count or back.
var estimateWords = set(`estimated estimate estimates projected put preliminary provisional`)
