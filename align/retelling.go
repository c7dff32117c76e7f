package align

import (
	"slices"
	"strings"
	"unicode"
)

// restatedSim is the similarity (sentPair.sim) below which a pair of
// aligned sentences counts as reworded throughout: a rewrite's retelling
// rather than an edit of one sentence.
const restatedSim = 0.7

// restatedFacets are the facets of the details a retelling moves between
// sentences, adds from elsewhere in the story or leaves to its context.
// A predicate given on one side only ("(none) → died", "postponed →
// (none)") is among them: on the labelled rewrites of nine development
// sets such wording changes were a claim changed 2 times in 15, and
// both of those told a person's standing (see standing).
var restatedFacets = map[Facet]bool{FacetNumber: true, FacetEntity: true, FacetDate: true, FacetAttribution: true, FacetWording: true}

// restatedDetails marks as no material change the facts that comparePair
// found, from index start, on one side only of pair p ("(none) → 2,300
// workers", "U.S. → (none)") when the pair is reworded throughout. A
// writer who retells a story redistributes its details among sentences:
// in such pairs a number, name, date or credit given on one side only was
// found, on labelled stories, to be a changed claim far less often than
// not. A fact changed for another ("14 → 41") is still reported, and so
// are one-sided changes of hedges, negations and quotes. A judgement the
// retelling leaves out ("torrential rain" → "heavy rain", "was devastated
// by" → "suffered") is no change in any of its pairs, however close: the
// labelled retellings showed spin added, never an adjective left out, as
// a changed claim. One it adds still is.
func (c *comparer) restatedDetails(p sentPair, start int) {
	if start == len(c.divs) || !c.retoldThroughout() {
		return
	}
	for i := start; i < len(c.divs); i++ {
		d := &c.divs[i]
		given, added, oneSide := oneSided(d.Detail)
		if d.Material && d.Kind == Altered && d.Facet == FacetCharacterization && oneSide && !added {
			d.demote("paraphrase")
			continue
		}
		if p.sim >= restatedSim || !d.Material || d.Kind != Altered || !restatedFacets[d.Facet] || !oneSide {
			continue
		}
		if d.Facet == FacetWording && slices.ContainsFunc(strings.Split(given, ", "), standing) {
			// A person's standing before the law or in office given
			// on one side only ("charged", "suspended") is the claim
			// itself, however the rest is retold.
			continue
		}
		// A name the other side never gives is still only context left
		// out or filled in ("TARIJA, Bolivia" → "Tarija", "the state" →
		// "New South Wales"), unless it stood in a list with a name the
		// other side keeps: one dropped from "Hungary, Slovakia and the
		// Czech Republic" → "Hungary and Slovakia" is gone.
		if d.Facet == FacetEntity && !c.namedOnSide(given, !added) {
			own, other := d.RefText, d.VerText
			if added {
				own, other = other, own
			}
			if listedWithKept(own, given, other) {
				continue
			}
		}
		d.demote("paraphrase")
	}
}

// standing reports whether w, a word of a divergence detail, tells a
// person's standing before the law or in a post: arrested, charged,
// questioned, convicted, freed, suspended, sacked, resigned. Other
// predicates a retelling gives on one side only (a death, a search, a
// postponement) were found, on labelled rewrites, to be told elsewhere
// in the story far more often than changed.
func standing(w string) bool {
	return standingStems[verbStem(strings.ToLower(w))]
}

// standingStems are the verb stems standing looks for.
var standingStems = func() map[string]bool {
	m := make(map[string]bool)
	for w := range set(`arrested detained charged indicted convicted acquitted sentenced jailed imprisoned freed released
		questioned questioning suspended sacked dismissed fired resigned`) {
		m[verbStem(w)] = true
	}
	return m
}()

// listedWithKept reports whether one of the names in given (a divergence
// detail's side: "Czech Republic", "Rio Grande, Sul") stands in raw
// sentence text own in a coordination ("A, B and C", "A or B") next to a
// capitalised word that sentence other also has.
func listedWithKept(own, given, other string) bool {
	otherWords := strings.FieldsFunc(other, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' })
	kept := func(w string) bool {
		return capitalised(w) && !titleWords[strings.ToLower(w)] && slices.Contains(otherWords, w)
	}
	for _, name := range strings.Split(given, ", ") {
		i := strings.Index(own, name)
		if name == "" || i < 0 {
			continue
		}
		before := strings.Fields(strings.TrimSuffix(strings.TrimSpace(own[:i]), " the"))
		if n := len(before); n >= 2 && (before[n-1] == "and" || before[n-1] == "or") && kept(strings.Trim(before[n-2], ",")) ||
			n >= 1 && strings.HasSuffix(before[n-1], ",") && kept(strings.TrimSuffix(before[n-1], ",")) {
			return true
		}
		after := strings.Fields(own[i+len(name):])
		if len(after) >= 2 && (after[0] == "and" || after[0] == "or" || after[0] == ",") {
			w := after[1]
			if w == "the" && len(after) >= 3 {
				w = after[2]
			}
			if kept(strings.Trim(w, ",.;")) {
				return true
			}
		}
		if len(after) >= 1 && strings.HasPrefix(own[i+len(name):], ",") && kept(strings.Trim(after[0], ",.;")) {
			return true // "Osmund,Tarvo": a comma without its space
		}
	}
	return false
}

// newFigureSim is the similarity under which an edited sentence counts as
// rewritten around a new figure rather than touched up.
const newFigureSim = 0.6

// detailsOfNewFigure marks as no material change the place or time given
// on one side only of pair p, and the source the version alone credits,
// among the divergences comparePair found from index start, when an
// edited version (not a retelling) rewrote the sentence around a new
// figure: "All passengers were in good health" → "One man was found dead
// and three passengers were taken to hospital in Larnaca", "Shares fell
// 4% in premarket trading" → "Shares fell more than 7% by midday", "Sales
// rose 3%" → "Sales rose 3%, short of the 5% analysts expected, according
// to a Datastream poll". The figure is the claim changed and is still
// reported; where, when and by whom it was counted are its details, which
// measured on labelled updates were far more often not a claim of their
// own. A source dropped is still reported.
func (c *comparer) detailsOfNewFigure(p sentPair, start int) {
	if p.sim >= newFigureSim || c.retoldThroughout() {
		return
	}
	if !slices.ContainsFunc(c.divs[start:], func(d Divergence) bool {
		return d.Material && d.Kind == Altered && d.Facet == FacetNumber
	}) {
		return
	}
	for i := start; i < len(c.divs); i++ {
		d := &c.divs[i]
		if !d.Material || d.Kind != Altered || d.Facet != FacetEntity && d.Facet != FacetDate && d.Facet != FacetAttribution {
			continue
		}
		_, added, ok := oneSided(d.Detail)
		if !ok || !added && d.Facet == FacetAttribution {
			continue
		}
		d.demote("detail of the new figure")
	}
}

// namedOnSide reports whether every word of the names in text (a
// divergence detail's side: "Marcus Delacroix", "United, States") occurs
// in the version, or with ver false in the reference.
func (c *comparer) namedOnSide(text string, ver bool) bool {
	ws := c.sideWords(ver)
	n := 0
	for _, w := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return r == ' ' || r == ',' }) {
		if k := wordKey(w); k != "" {
			if !ws[k] {
				return false
			}
			n++
		}
	}
	return n > 0
}

// retoldKept, retoldShare and retoldMinPairs: a version is a retelling
// when it has retoldMinPairs aligned sentence pairs or more and fewer
// than retoldShare of them have a similarity of retoldKept or more, that
// is when few of its sentences were kept as they were.
const (
	retoldKept     = 0.8
	retoldShare    = 0.3
	retoldMinPairs = 4
)

// retoldThroughout reports whether the version retells the reference in its own
// words throughout (a rewrite by another outlet) rather than editing it
// (an update, a syndicated copy), judged once per comparison.
func (c *comparer) retoldThroughout() bool {
	if c.retold == 0 {
		kept := 0
		for _, p := range c.pairs {
			if p.sim >= retoldKept {
				kept++
			}
		}
		c.retold = 2
		// A story of a few sentences gives too little to judge by.
		if len(c.pairs) >= retoldMinPairs && float64(kept) < retoldShare*float64(len(c.pairs)) {
			c.retold = 1
		}
	}
	return c.retold == 1
}
