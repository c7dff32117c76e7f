package trace

import (
	"regexp"
	"sort"
	"strings"
	"unicode"

	"github.com/storydiff/storydiff/align"
)

// Attribution is a sentence of an article that names an outlet as the
// source of what it says.
type Attribution struct {
	// Outlet is the registry name of the cited outlet.
	Outlet string `json:"outlet"`
	// Alias is the name as the article wrote it, such as "WSJ".
	Alias string `json:"alias"`
	// Cue is the attributing words, such as "told CNN".
	Cue string `json:"cue"`
	// Claim is the attributed sentence.
	Claim string `json:"claim"`
	// Context is the sentence before Claim when Claim says little by
	// itself ("The trip was first reported by The Wall Street Journal."),
	// else empty.
	Context string `json:"context,omitempty"`
	// Para and Sentence locate Claim: paragraph index and sentence index
	// within the paragraph, both from 0.
	Para     int `json:"para"`
	Sentence int `json:"sentence"`
}

// WireCredit is the news agency an article credits as the source of its
// copy, such as "(ANI)" in a dateline.
type WireCredit struct {
	Outlet string `json:"outlet"`
	Alias  string `json:"alias"`
	// Para is the paragraph holding the credit.
	Para int `json:"para"`
}

// Attribution cues. In each, the literal ALIAS stands for an outlet's
// alias (with an optional "the" before it) and is replaced when the
// patterns are compiled for a registry.
var cuePatterns = []string{
	// "told CNN", "telling CNN", "said to Reuters", "speaking to the BBC"
	`\b(?:told|tell|tells|telling|said to|speaking to|spoke to|confirmed to|in a statement to|in remarks to)\s+ALIAS\b`,
	// "told AP and Reuters", "told lawmakers and CNN"
	`\b(?:told|telling|speaking to|spoke to)\s+(?:[\w.'’-]+\s+){1,4}?(?:and|&)\s+ALIAS\b`,
	// "in an interview with CNN", "an interview on the BBC"
	`\b(?:interview|interviews)\s+(?:with|on|to)\s+ALIAS\b`,
	// "according to CNN", "according to a report by the WSJ"
	`\baccording to\s+(?:(?:a|an|the)\s+(?:new\s+|recent\s+|latest\s+)?(?:report|story|article|investigation|analysis)\s+(?:by|in|from|on)\s+)?ALIAS\b`,
	// "first reported by The Wall Street Journal", "as reported by AP",
	// "cited by Reuters", "quoted by the BBC", "was broken by Axios"
	`\b(?:reported|revealed|broken|disclosed|cited|quoted|obtained|seen|viewed|published)\s+(?:earlier\s+|first\s+|previously\s+|exclusively\s+)?by\s+ALIAS\b`,
	// "a report by CNN", "a story in the Wall Street Journal"
	`\b(?:a|an|the)\s+(?:new\s+|recent\s+|earlier\s+|latest\s+|exclusive\s+)?(?:report|story|article|investigation|analysis|interview)\s+(?:by|in|from|on)\s+ALIAS\b`,
	// "an Axios report", "a CNN analysis", "the WSJ story"
	`\b(?:a|an|the)\s+ALIAS\s+(?:report|story|article|investigation|analysis|interview|exclusive)\b`,
	// "CNN's report", "Reuters' reporting"
	`\bALIAS(?:'s|’s|'|’)\s+(?:earlier\s+|initial\s+|original\s+)?(?:report|reporting|story|article|investigation|analysis|interview)\b`,
	// "CNN reported", "Axios has reported", "the WSJ first reported",
	// "Reuters said", "CNN has learned"
	`\bALIAS\s+(?:has\s+|had\s+|first\s+|earlier\s+|previously\s+|also\s+|exclusively\s+)?(?:reported|reports|reporting|learned|learnt|revealed|noted|notes|wrote|writes|said|says|cited|quoted|confirmed|disclosed)\b`,
	// "per Axios", "via Reuters"
	`(?:^|[,;(—–-]\s*)(?:per|via)\s+ALIAS\b`,
}

// aliasPattern is the regular expression of an alias: its words separated
// by any space, a leading "the" left out (the cue patterns allow one).
func aliasPattern(a string) string {
	words := strings.Fields(stripThe(a))
	for i, w := range words {
		words[i] = regexp.QuoteMeta(w)
	}
	return strings.Join(words, `\s+`)
}

// aliasRef is an outlet and one of its aliases.
type aliasRef struct{ outlet, alias string }

// aliasSet is the aliases of a set of outlets as one regular expression
// alternation, longest first so that "Wall Street Journal" wins over a
// shorter alias it contains, with a map from the words as written to the
// outlet.
type aliasSet struct {
	pattern string
	byWords map[string]aliasRef
}

// newAliasSet collects the aliases of the outlets for which keep is true.
func newAliasSet(reg *Registry, keep func(Outlet) bool) aliasSet {
	set := aliasSet{byWords: map[string]aliasRef{}}
	var alts []string
	for _, o := range reg.Outlets {
		if !keep(o) {
			continue
		}
		for _, a := range o.Aliases {
			w := aliasWords(a)
			if _, dup := set.byWords[w]; dup || w == "" {
				continue
			}
			set.byWords[w] = aliasRef{o.Name, a}
			alts = append(alts, aliasPattern(a))
		}
	}
	sort.SliceStable(alts, func(i, j int) bool { return len(alts[i]) > len(alts[j]) })
	set.pattern = `(?:[Tt]he\s+)?(` + strings.Join(alts, "|") + `)`
	return set
}

// lookup returns the alias written as matched, case included: the cue
// patterns ignore case, names do not ("AP" is not "ap").
func (s aliasSet) lookup(matched string) (aliasRef, bool) {
	r, ok := s.byWords[aliasWords(matched)]
	return r, ok
}

// aliasWords is an alias without a leading "the", its words separated by
// single spaces.
func aliasWords(a string) string {
	return strings.Join(strings.Fields(stripThe(strings.Join(strings.Fields(a), " "))), " ")
}

// FindAttributions lists the sentences of paragraphs that name an outlet
// of reg as their source, in reading order (within a sentence, in the
// order the outlets are named). A sentence citing two outlets yields one
// Attribution for each; a sentence citing one outlet twice yields one.
// Mentions that are not attributions ("CNN's headquarters", "he told
// reporters") are left out.
func FindAttributions(paragraphs []string, reg *Registry) []Attribution {
	set := newAliasSet(reg, func(Outlet) bool { return true })
	if len(set.byWords) == 0 {
		return nil
	}
	res := make([]*regexp.Regexp, len(cuePatterns))
	for i, p := range cuePatterns {
		res[i] = regexp.MustCompile(`(?i)` + strings.ReplaceAll(p, "ALIAS", set.pattern))
	}
	type hit struct {
		ref        aliasRef
		start, end int // the cue
		aliasAt    int
	}
	var out []Attribution
	for pi, p := range paragraphs {
		for si, s := range align.Sentences(p) {
			norm := normalizeQuotes(s)
			var hits []hit
			for _, re := range res {
				for _, loc := range re.FindAllStringSubmatchIndex(norm, -1) {
					if ref, ok := set.lookup(norm[loc[2]:loc[3]]); ok {
						hits = append(hits, hit{ref, loc[0], loc[1], loc[2]})
					}
				}
			}
			sort.SliceStable(hits, func(i, j int) bool { return hits[i].aliasAt < hits[j].aliasAt })
			done := map[string]bool{}
			for _, h := range hits {
				if done[h.ref.outlet] {
					continue
				}
				done[h.ref.outlet] = true
				cue := norm[h.start:h.end]
				a := Attribution{
					Outlet:   h.ref.outlet,
					Alias:    h.ref.alias,
					Cue:      strings.TrimLeft(cue, ",;(—–- "),
					Claim:    strings.TrimSpace(s),
					Para:     pi,
					Sentence: si,
				}
				if contentWords(strings.Replace(norm, cue, " ", 1)) < 4 {
					a.Context = previousSentence(paragraphs, pi, si)
				}
				out = append(out, a)
			}
		}
	}
	return out
}

// previousSentence returns the sentence before sentence si of paragraph
// pi, looking into earlier paragraphs, or "".
func previousSentence(paragraphs []string, pi, si int) string {
	if si > 0 {
		return strings.TrimSpace(align.Sentences(paragraphs[pi])[si-1])
	}
	for p := pi - 1; p >= 0; p-- {
		if s := align.Sentences(paragraphs[p]); len(s) > 0 {
			return strings.TrimSpace(s[len(s)-1])
		}
	}
	return ""
}

// normalizeQuotes replaces curly apostrophes and non-breaking spaces, so
// that the cue patterns see one form. The result has the same length in
// runes but not in bytes, so indexes into it are used only on it.
func normalizeQuotes(s string) string {
	return strings.NewReplacer("\u2019", "'", "\u00a0", " ", "\u202f", " ").Replace(s)
}

// stopwords are words too common to say what a sentence is about.
var stopwords = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`a an the and or but of to in on at by for from with as is are was were be been being
		it its this that these those he she they them his her their we our you your i me my
		has have had do does did not no so if then than there here who whom which what when where why how
		said says say told tell reported report reports according also first earlier would could should will can may might
		about after before over under into out up down more most some any all other such only very just
		mr mrs ms dr while during since until because though although`) {
		stopwords[w] = true
	}
}

// contentWords counts the words of s that are not stopwords.
func contentWords(s string) int {
	n := 0
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		if !stopwords[w] {
			n++
		}
	}
	return n
}

// wireCuePatterns find a wire credit; WIRE stands for an agency's alias.
var wireCuePatterns = []string{
	`\(\s*WIRE\s*\)`,                     // "November 20 (ANI):", "… ceasefire. (ANI)"
	`^\s*(?:—|–|-{1,2})\s*WIRE\s*$`,      // a closing "— AP" line
	`(?:—|–|--)\s*WIRE\s*$`,              // "… said. — AP"
	`^\s*WIRE(?:\s+[A-Z]{2,5}){1,4}\s*$`, // PTI's closing slug, "PTI ABC DEF"
	`^\s*\(?\s*[Ww]ith inputs from WIRE\s*\)?\.?\s*$`,
	`^\s*[Ss]ource\s*:\s*WIRE\s*$`,
	`^[A-Z][A-Za-z .]+(?:,\s*[A-Za-z .]+)?\s*[,(]\s*WIRE\s*\)?\s*[-—–:]`, // "NEW DELHI (Reuters) -"
}

// FindWireCredit returns the wire credit of an article: a news agency of
// reg named as the source of the copy in a dateline ("Washington [US],
// November 20 (ANI):", "LONDON (Reuters) -") or a closing credit ("(ANI)",
// "— AP", "(With inputs from PTI)"). Only the first three and the last
// three paragraphs are searched. ok is false when there is none.
func FindWireCredit(paragraphs []string, reg *Registry) (credit WireCredit, ok bool) {
	set := newAliasSet(reg, func(o Outlet) bool { return o.Wire })
	if len(set.byWords) == 0 {
		return WireCredit{}, false
	}
	res := make([]*regexp.Regexp, len(wireCuePatterns))
	for i, p := range wireCuePatterns {
		res[i] = regexp.MustCompile(strings.ReplaceAll(p, "WIRE", set.pattern))
	}
	var order []int
	for i := 0; i < len(paragraphs) && i < 3; i++ {
		order = append(order, i)
	}
	for i := max(3, len(paragraphs)-3); i < len(paragraphs); i++ {
		order = append(order, i)
	}
	for _, i := range order {
		p := normalizeQuotes(paragraphs[i])
		for _, re := range res {
			for _, loc := range re.FindAllStringSubmatchIndex(p, -1) {
				if ref, ok := set.lookup(p[loc[2]:loc[3]]); ok {
					return WireCredit{Outlet: ref.outlet, Alias: ref.alias, Para: i}, true
				}
			}
		}
	}
	return WireCredit{}, false
}
