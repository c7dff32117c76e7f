package trace

import (
	"math"
	"net/url"
	"sort"
	"strings"
	"time"
	"unicode"

	"github.com/storydiff/storydiff/crawl"
)

// DefaultWindow is how far from the article's date a candidate may be
// published: wire copy is republished within hours, originals precede
// their copies by a day or two.
const DefaultWindow = 3 * 24 * time.Hour

// Scored is a candidate with how well its title and URL match the
// article.
type Scored struct {
	Candidate
	// Score is from 0 (nothing shared) to 1: the share of the candidate's
	// title words, weighted by rarity, that the article also uses, damped
	// when few words are shared.
	Score float64 `json:"score"`
	// Shared lists the words of the candidate found in the article, the
	// most distinctive first.
	Shared []string `json:"shared,omitempty"`
}

// Rank scores the candidates against the article and returns those that
// share at least one word with it, best first. Candidates published more
// than window before or after the article's date are left out, as are
// child sitemaps and the article's own URL; when the article's date is
// unknown (Published empty or unparsable) no candidate is left out for its
// date, and a candidate without a date is never left out for it. A window
// of zero means DefaultWindow.
//
// A word weighs more the fewer candidates use it (an inverse document
// frequency over all the candidates given, so that a word every decoy
// shares, such as "Ukraine" in a feed of Ukraine news, counts little);
// numbers and capitalised names weigh more, and words of the article's
// title and lead more than words further down. Titles and the words of
// URL paths both count, so ordinary sitemaps without titles rank too. A
// URL listed by several feeds is ranked once, as the first feed gave it
// (with the title of another when the first had none).
func Rank(article crawl.Article, candidates []Candidate, window time.Duration) []Scored {
	if window <= 0 {
		window = DefaultWindow
	}
	date, dateErr := parseDate(article.Published)
	self := normURL(article.URL)

	// Words of the article: 1 for the title and lead, 0.6 further down.
	art := map[string]float64{}
	addWords := func(s string, w float64) {
		for _, t := range terms(s) {
			if art[t.key] < w {
				art[t.key] = w
			}
		}
	}
	for i, p := range article.Paragraphs {
		if i < 3 {
			addWords(p, 1)
		} else {
			addWords(p, 0.6)
		}
	}
	addWords(article.Title, 1)

	type cand struct {
		c     Candidate
		terms []term
	}
	var cs []cand
	df := map[string]int{}
	seen := map[string]int{} // normURL → index in cs
	for _, c := range candidates {
		key := normURL(c.URL)
		if c.Sitemap || (self != "" && key == self) {
			continue
		}
		if i, dup := seen[key]; dup {
			// Listed by two feeds: keep the first, with a title if
			// either has one. (Its words were counted once.)
			if cs[i].c.Title == "" && c.Title != "" {
				for _, t := range cs[i].terms {
					df[t.key]--
				}
				cs[i].c.Title = c.Title
				cs[i].terms = candidateTerms(cs[i].c)
				for _, t := range cs[i].terms {
					df[t.key]++
				}
			}
			continue
		}
		if dateErr == nil && !c.Published.IsZero() {
			if d := c.Published.Sub(date); d > window || d < -window {
				continue
			}
		}
		ts := candidateTerms(c)
		seen[key] = len(cs)
		cs = append(cs, cand{c, ts})
		for _, t := range ts {
			df[t.key]++
		}
	}
	n := float64(len(cs))
	var out []Scored
	for _, c := range cs {
		var shared, total float64
		type hit struct {
			word string
			w    float64
		}
		var hits []hit
		for _, t := range c.terms {
			w := math.Log(1+n/float64(df[t.key])) * t.bonus
			total += w
			if aw, ok := art[t.key]; ok {
				shared += w * aw
				hits = append(hits, hit{t.key, w * aw})
			}
		}
		if len(hits) == 0 || total == 0 {
			continue
		}
		// A title sharing two words is weak evidence even when they are
		// all it has: the share is damped by the number of words shared,
		// to 0.49 for two, 0.74 for four, 0.95 for nine.
		score := shared / total * (1 - math.Exp(-float64(len(hits))/3))
		sort.SliceStable(hits, func(i, j int) bool { return hits[i].w > hits[j].w })
		s := Scored{Candidate: c.c, Score: math.Round(score*1000) / 1000}
		for _, h := range hits {
			s.Shared = append(s.Shared, h.word)
		}
		out = append(out, s)
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Score != out[j].Score {
			return out[i].Score > out[j].Score
		}
		return out[i].URL < out[j].URL
	})
	return out
}

// term is a word of a title or URL with its weight bonus.
type term struct {
	key   string
	bonus float64
}

// candidateTerms returns the words of a candidate's title and URL path,
// each once.
func candidateTerms(c Candidate) []term {
	seen := map[string]int{}
	var out []term
	add := func(ts []term) {
		for _, t := range ts {
			if i, ok := seen[t.key]; ok {
				out[i].bonus = max(out[i].bonus, t.bonus)
				continue
			}
			seen[t.key] = len(out)
			out = append(out, t)
		}
	}
	add(terms(c.Title))
	if u, err := url.Parse(c.URL); err == nil {
		// Slug words: lower case, so no name bonus. Numbers in paths
		// are mostly ids and dates ("/2025/11/20/"), which would match
		// the article's dates by chance; the title has the story's
		// numbers.
		for _, t := range terms(strings.ToLower(u.Path)) {
			if isDigits(t.key) {
				continue
			}
			add([]term{t})
		}
	}
	return out
}

// terms splits text into comparison words: lower-cased, stopwords and
// one-letter words dropped, a plural -s removed. Numbers get a bonus of
// 1.5 and capitalised words not opening the text 1.3.
func terms(s string) []term {
	var out []term
	words := strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	for i, w := range words {
		k := strings.ToLower(w)
		if stopwords[k] || len([]rune(k)) < 2 || urlNoise[k] {
			continue
		}
		bonus := 1.0
		switch {
		case isDigits(k):
			bonus = 1.5
		case i > 0 && unicode.IsUpper([]rune(w)[0]):
			bonus = 1.3
		}
		out = append(out, term{stem(k), bonus})
	}
	return out
}

// urlNoise are words of titles and URL paths that say nothing about the
// story. ("may" is a stopword already.)
var urlNoise = map[string]bool{
	"www": true, "html": true, "htm": true, "php": true, "aspx": true, "amp": true,
	"news": true, "article": true, "articles": true, "story": true, "index": true,
	"world": true, "india": true, "us": true, "politics": true,
	// Days and months date every story; they do not tell one from another.
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
	"january": true, "february": true, "march": true, "april": true, "june": true, "july": true,
	"august": true, "september": true, "october": true, "november": true, "december": true,
	"today": true, "yesterday": true,
}

// stem removes a plural ending, so that "talks" and "talk" match.
func stem(w string) string {
	switch {
	case len(w) > 4 && strings.HasSuffix(w, "ies"):
		return w[:len(w)-3] + "y"
	case len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is"):
		return w[:len(w)-1]
	}
	return w
}

// isDigits reports whether s is all ASCII digits.
func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// normURL is a URL reduced for identity: no scheme, "www.", query,
// fragment or trailing slash.
func normURL(s string) string {
	u, err := url.Parse(strings.TrimSpace(s))
	if err != nil || u.Host == "" {
		return ""
	}
	return strings.TrimPrefix(strings.ToLower(u.Host), "www.") + strings.TrimSuffix(u.EscapedPath(), "/")
}
