package trace

import (
	"fmt"
	"math"
	"regexp"
	"sort"
	"strings"
	"unicode"

	"github.com/storydiff/storydiff/align"
)

// Status is the verdict on one attribution.
type Status string

// Verdicts on attributions.
const (
	// Supported: a sentence of the cited outlet's version states the
	// claim with the same numbers, dates and polarity.
	Supported Status = "supported"
	// Altered: a sentence of the cited outlet's version states the claim,
	// but a number, date or negation differs.
	Altered Status = "altered"
	// NotFound: no version from the cited outlet was found, or none of
	// its sentences states the claim.
	NotFound Status = "not_found"
)

// Version is an article confirmed to be a version of the story.
type Version struct {
	// URL is the article's address; Outlet the registry name of its
	// outlet, "" when its host is in no outlet's domains.
	URL    string `json:"url"`
	Outlet string `json:"outlet,omitempty"`
	Title  string `json:"title"`
	// Published is the date the feed gave.
	Published string `json:"published,omitempty"`
	// FoundBy is the feed that listed it.
	FoundBy string `json:"found_by"`
	// Score is the rank score of its feed entry.
	Score float64 `json:"score"`
	// Confidence is the share of sentences that align between the
	// article and the version, on the side where that share is larger
	// (a short original quoted in part by a long copy is still found),
	// from 0 to 1.
	Confidence float64 `json:"confidence"`
	// Matched is how many sentences of the version align with the
	// article.
	Matched int `json:"matched"`
	// Paragraphs is the version's text, kept to check attributions.
	Paragraphs []string `json:"-"`
}

// Check is the verdict on one attribution.
type Check struct {
	Attribution
	Status Status `json:"status"`
	// Source is the URL of the version holding Evidence.
	Source string `json:"source,omitempty"`
	// Evidence is the sentence of the cited outlet's version that best
	// matches the claim.
	Evidence string `json:"evidence,omitempty"`
	// Similarity is how close Evidence is to the claim, 0 to 1.
	Similarity float64 `json:"similarity,omitempty"`
	// Detail explains the verdict, such as "28 points → 27 points".
	Detail string `json:"detail"`
}

// Thresholds of sentence matching.
const (
	// MatchThreshold is the similarity from which two sentences are taken
	// to state the same thing.
	MatchThreshold = 0.35
	// DefaultMinConfidence is the confidence from which a fetched
	// candidate is confirmed as a version.
	DefaultMinConfidence = 0.2
	// minMatched is how many sentences must align for a confirmation,
	// unless the candidate has fewer.
	minMatched = 2
)

// sentencesOf returns the sentences of paragraphs, without site chrome
// and sentences of fewer than four words.
func sentencesOf(paragraphs []string) []string {
	var out []string
	for _, p := range paragraphs {
		for _, s := range align.Sentences(p) {
			if len(strings.Fields(s)) < 4 || align.IsBoilerplate(s) {
				continue
			}
			out = append(out, s)
		}
	}
	return out
}

// similarity is align's default sentence similarity.
func similarity(a, b string) float64 {
	return align.TokenScorer{}.Similarity(a, b)
}

// Confirm measures how much of a fetched candidate is the same story as
// the article. It aligns their sentences (each sentence with its most
// similar one on the other side, at MatchThreshold or above) and returns
// the larger of the two shares of aligned sentences, and how many of the
// candidate's sentences aligned.
func Confirm(article, candidate []string) (confidence float64, matched int) {
	ref, ver := sentencesOf(article), sentencesOf(candidate)
	if len(ref) == 0 || len(ver) == 0 {
		return 0, 0
	}
	refHit := make([]bool, len(ref))
	for _, v := range ver {
		hit := false
		for i, r := range ref {
			if quickReject(r, v) {
				continue
			}
			if similarity(r, v) >= MatchThreshold {
				refHit[i], hit = true, true
			}
		}
		if hit {
			matched++
		}
	}
	nRef := 0
	for _, h := range refHit {
		if h {
			nRef++
		}
	}
	if matched < min(minMatched, len(ver)) {
		return 0, matched
	}
	c := max(float64(nRef)/float64(len(ref)), float64(matched)/float64(len(ver)))
	return math.Round(c*1000) / 1000, matched
}

// quickReject reports whether two sentences share fewer than two content
// words, which rules out a match without scoring them.
func quickReject(a, b string) bool {
	wa := map[string]bool{}
	for _, t := range terms(a) {
		wa[t.key] = true
	}
	n := 0
	for _, t := range terms(b) {
		if wa[t.key] {
			n++
			if n >= 2 {
				return false
			}
		}
	}
	return true
}

// CheckAttributions judges each attribution against the versions from
// its cited outlet. The claim (without its attributing words, and with
// its Context sentence when it has one) is matched with every sentence and
// pair of adjacent sentences of those versions; the best match at
// MatchThreshold or above is the evidence. The claim is Supported when the
// evidence states each of its numbers and dates and has the same polarity,
// Altered when the evidence states a different number or date or the
// opposite polarity, and NotFound otherwise.
func CheckAttributions(attrs []Attribution, versions []Version) []Check {
	out := make([]Check, 0, len(attrs))
	for _, a := range attrs {
		out = append(out, checkOne(a, versions))
	}
	return out
}

// evidence is a candidate evidence passage.
type evidence struct {
	text, source string
	sim          float64
	claim        string
}

func checkOne(a Attribution, versions []Version) Check {
	c := Check{Attribution: a, Status: NotFound}
	var mine []Version
	for _, v := range versions {
		if v.Outlet == a.Outlet {
			mine = append(mine, v)
		}
	}
	if len(mine) == 0 {
		c.Detail = fmt.Sprintf("no version from %s was found", a.Outlet)
		return c
	}
	claims := []string{stripDateline(stripCue(a.Claim, a.Cue))}
	if a.Context != "" {
		claims = append(claims, a.Context)
	}
	var best evidence
	for _, v := range mine {
		sents := sentencesOf(v.Paragraphs)
		var passages []string
		for i, s := range sents {
			passages = append(passages, s)
			if i+1 < len(sents) {
				passages = append(passages, s+" "+sents[i+1])
			}
		}
		for _, claim := range claims {
			for _, p := range passages {
				if quickReject(claim, p) {
					continue
				}
				if sim := similarity(claim, p); sim > best.sim {
					best = evidence{text: p, source: v.URL, sim: sim, claim: claim}
				}
			}
		}
	}
	if best.sim < MatchThreshold {
		c.Detail = fmt.Sprintf("none of the %d %s version(s) states this claim", len(mine), a.Outlet)
		if best.text != "" {
			c.Detail += fmt.Sprintf(" (closest sentence %.2f similar)", best.sim)
		}
		return c
	}
	// Prefer a single sentence as evidence when it is nearly as good as
	// the pair that won.
	c.Source, c.Evidence, c.Similarity = best.source, best.text, math.Round(best.sim*1000)/1000
	diffs, missingNumbers, missingDates := compareFacts(best.claim, best.text)
	switch {
	case len(diffs) > 0:
		c.Status = Altered
		c.Detail = strings.Join(diffs, "; ")
	case len(missingNumbers) > 0:
		c.Status = NotFound
		c.Detail = fmt.Sprintf("%s's closest sentence does not state %s", a.Outlet, strings.Join(missingNumbers, ", "))
	default:
		c.Status = Supported
		c.Detail = fmt.Sprintf("%s states it", a.Outlet)
		if len(missingDates) > 0 {
			// Rewrites often drop the day; that is no contradiction.
			c.Detail += fmt.Sprintf(", without %s", strings.Join(missingDates, ", "))
		}
	}
	return c
}

// stripCue removes the attributing words from a claim, so that "told CNN"
// does not count towards its similarity with CNN's own sentence.
func stripCue(claim, cue string) string {
	n := normalizeQuotes(claim)
	if cue == "" || !strings.Contains(n, cue) {
		return claim
	}
	return strings.Join(strings.Fields(strings.Replace(n, cue, " ", 1)), " ")
}

// datelineRe matches a dateline opening a story: place, date, credit and
// a colon or dash: "Washington [US], November 20 (ANI): ", "LONDON
// (Reuters) - ".
var datelineRe = regexp.MustCompile(`^[^.:()]{2,80}\(\s*[A-Z][A-Za-z.]{1,30}\s*\)\s*(?::|-|—|–)\s*`)

// stripDateline removes a dateline from the start of a claim: its date is
// when the copy was filed, not part of what the cited outlet said.
func stripDateline(claim string) string {
	return datelineRe.ReplaceAllString(claim, "")
}

// compareFacts compares the numbers, dates and polarity of a claim with
// those of its evidence. diffs lists conflicts ("28 points → 27 points");
// missingNumbers and missingDates list the numbers and dates of the claim
// that the evidence neither states nor contradicts.
//
// It is a thin local helper over align.Facts: align compares facts only
// inside Compare, between sentences it aligned itself.
func compareFacts(claim, ev string) (diffs, missingNumbers, missingDates []string) {
	cf, ef := align.Facts(claim), align.Facts(ev)
	for _, facet := range []align.Facet{align.FacetNumber, align.FacetDate} {
		ck, ek := factsOf(cf, facet), factsOf(ef, facet)
		var only, other []align.Fact
		for _, f := range ck {
			if !hasKey(ek, f.Key) {
				only = append(only, f)
			}
		}
		for _, f := range ek {
			if !hasKey(ck, f.Key) {
				other = append(other, f)
			}
		}
		for _, f := range only {
			if o, ok := counterpart(f, other); ok {
				diffs = append(diffs, fmt.Sprintf("%s → %s", f.Text, o.Text))
			} else if facet == align.FacetNumber {
				missingNumbers = append(missingNumbers, fmt.Sprintf("%q", f.Text))
			} else {
				missingDates = append(missingDates, fmt.Sprintf("%q", f.Text))
			}
		}
	}
	if negations(claim, ev)%2 != negations(ev, claim)%2 {
		diffs = append(diffs, "negation differs")
	}
	return diffs, missingNumbers, missingDates
}

// negationWords are the words that negate what follows them.
var negationWords = map[string]bool{
	"not": true, "no": true, "never": true, "none": true, "nothing": true,
	"nobody": true, "neither": true, "nor": true, "cannot": true,
}

// negations counts the negations of s that bear on what other says: a
// negation counts when one of the four content words after it is also a
// word of other. A negation in a clause of s that other does not share
// ("…, and said no one was hurt") is left out.
func negations(s, other string) int {
	words := map[string]bool{}
	for _, t := range terms(other) {
		words[t.key] = true
	}
	toks := strings.FieldsFunc(strings.ToLower(normalizeQuotes(s)), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\''
	})
	n := 0
	for i, tok := range toks {
		if !negationWords[tok] && !strings.HasSuffix(tok, "n't") {
			continue
		}
		seen := 0
		for _, next := range toks[i+1:] {
			if seen == 4 {
				break
			}
			if stopwords[next] || negationWords[next] {
				continue
			}
			seen++
			if words[stem(next)] {
				n++
				break
			}
		}
	}
	return n
}

// counterpart finds the fact of others that f was changed into: one with
// the same unit word ("28 points" and "27 points"), else the only one.
func counterpart(f align.Fact, others []align.Fact) (align.Fact, bool) {
	u := unitWord(f.Text)
	for _, o := range others {
		if u != "" && unitWord(o.Text) == u {
			return o, true
		}
	}
	if len(others) == 1 && u == "" {
		return others[0], true
	}
	return align.Fact{}, false
}

var unitRe = regexp.MustCompile(`[A-Za-z%]+$`)

// unitWord is the trailing word of a number as written, stemmed:
// "points" for "28 points", "" for "28".
func unitWord(text string) string {
	f := strings.Fields(text)
	if len(f) < 2 {
		return ""
	}
	return stem(strings.ToLower(unitRe.FindString(f[len(f)-1])))
}

func factsOf(fs []align.Fact, facet align.Facet) []align.Fact {
	var out []align.Fact
	for _, f := range fs {
		if f.Facet == facet {
			out = append(out, f)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Key < out[j].Key })
	return out
}

func hasKey(fs []align.Fact, key string) bool {
	for _, f := range fs {
		if f.Key == key {
			return true
		}
	}
	return false
}
