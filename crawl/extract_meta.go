package crawl

import (
	"encoding/json"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// maxJSONLD bounds the size of one JSON-LD script that is decoded.
const maxJSONLD = 2 << 20

// pageMeta is the article metadata declared by a page in JSON-LD and
// <meta> tags.
type pageMeta struct {
	Title     string
	Byline    string
	Published string
	// Body is the JSON-LD articleBody, when declared.
	Body string
	// IsArticle reports whether the page declares an article type.
	IsArticle bool
	// Canonical is the page's canonical URL (link rel=canonical or
	// og:url), when declared.
	Canonical string
	// OGURL is the og:url of the page, when declared. A republished copy
	// often keeps the original's canonical link but names itself here.
	OGURL string
	// Site is the publication's name (og:site_name, application-name or
	// the JSON-LD publisher), when declared.
	Site string
}

// articleTypes are the schema.org types whose JSON-LD describes the
// article shown on the page.
var articleTypes = map[string]bool{
	"article": true, "newsarticle": true, "reportagenewsarticle": true,
	"analysisnewsarticle": true, "opinionnewsarticle": true,
	"backgroundnewsarticle": true, "reviewnewsarticle": true,
	"blogposting": true, "liveblogposting": true, "scholarlyarticle": true,
	"techarticle": true, "report": true, "socialmediaposting": true,
}

// readPageMeta collects metadata from the JSON-LD scripts and <meta> tags
// of doc. JSON-LD wins over <meta> tags.
func readPageMeta(doc *html.Node) pageMeta {
	var m pageMeta
	metas := map[string]string{}
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Script:
				if strings.Contains(strings.ToLower(attr(n, "type")), "ld+json") && n.FirstChild != nil {
					readJSONLD(n.FirstChild.Data, &m)
				}
				return
			case atom.Meta:
				key := strings.ToLower(attr(n, "property"))
				if key == "" {
					key = strings.ToLower(attr(n, "name"))
				}
				if key == "" {
					key = strings.ToLower(attr(n, "itemprop"))
				}
				if v := collapseSpace(attr(n, "content")); key != "" && v != "" {
					if _, ok := metas[key]; !ok {
						metas[key] = v
					}
				}
			case atom.Link:
				if strings.EqualFold(attr(n, "rel"), "canonical") && m.Canonical == "" {
					m.Canonical = strings.TrimSpace(attr(n, "href"))
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	first := func(keys ...string) string {
		for _, k := range keys {
			if v := metas[k]; v != "" {
				return v
			}
		}
		return ""
	}
	m.OGURL = first("og:url")
	if m.Canonical == "" {
		m.Canonical = m.OGURL
	}
	if v := first("og:site_name", "application-name"); v != "" {
		m.Site = v // the page's own name for itself beats the JSON-LD publisher
	}
	if m.Title == "" {
		m.Title = first("og:title", "twitter:title", "headline", "title")
	}
	if m.Byline == "" {
		a := first("author", "article:author", "byl", "dc.creator", "sailthru.author", "parsely-author")
		if !strings.HasPrefix(a, "http") {
			m.Byline = a
		}
	}
	if m.Published == "" {
		m.Published = first("article:published_time", "datepublished", "pubdate",
			"publishdate", "dc.date.issued", "dc.date", "date", "sailthru.date",
			"parsely-pub-date", "og:article:published_time", "article.published")
	}
	return m
}

// readJSONLD merges the article metadata found in one JSON-LD script
// into m, keeping values already set.
func readJSONLD(src string, m *pageMeta) {
	if len(src) > maxJSONLD {
		return
	}
	src = strings.TrimSpace(src)
	src = strings.TrimPrefix(src, "<!--")
	src = strings.TrimSuffix(src, "-->")
	var v any
	if err := json.Unmarshal([]byte(src), &v); err != nil {
		return
	}
	visitJSONLD(v, m, 0)
}

// visitJSONLD walks a decoded JSON-LD value looking for article objects.
func visitJSONLD(v any, m *pageMeta, depth int) {
	if depth > 8 {
		return
	}
	switch x := v.(type) {
	case []any:
		for _, e := range x {
			visitJSONLD(e, m, depth+1)
		}
	case map[string]any:
		if isArticleType(x["@type"]) {
			m.IsArticle = true
			if m.Title == "" {
				m.Title = collapseSpace(jsonString(x["headline"]))
			}
			if m.Byline == "" {
				m.Byline = jsonNames(x["author"])
			}
			if m.Published == "" {
				m.Published = strings.TrimSpace(jsonString(x["datePublished"]))
			}
			if m.Site == "" {
				m.Site = jsonNames(x["publisher"])
			}
			if b := jsonString(x["articleBody"]); len(b) > len(m.Body) {
				m.Body = b
			}
		}
		for _, k := range []string{"@graph", "mainEntity", "mainEntityOfPage", "itemListElement"} {
			if c, ok := x[k]; ok {
				visitJSONLD(c, m, depth+1)
			}
		}
	}
}

// isArticleType reports whether a JSON-LD @type value names an article.
func isArticleType(t any) bool {
	switch x := t.(type) {
	case string:
		return articleTypes[strings.ToLower(strings.TrimPrefix(x, "schema:"))]
	case []any:
		for _, e := range x {
			if isArticleType(e) {
				return true
			}
		}
	}
	return false
}

// jsonString returns v when it is a string.
func jsonString(v any) string {
	s, _ := v.(string)
	return s
}

// jsonNames returns the names in a JSON-LD author value (a string, an
// object with a name, or a list of these), joined by commas.
func jsonNames(v any) string {
	var names []string
	var add func(any, int)
	add = func(v any, depth int) {
		if depth > 3 {
			return
		}
		switch x := v.(type) {
		case string:
			if s := collapseSpace(x); s != "" && !strings.HasPrefix(s, "http") {
				names = append(names, s)
			}
		case map[string]any:
			add(x["name"], depth+1)
		case []any:
			for _, e := range x {
				add(e, depth+1)
			}
		}
	}
	add(v, 0)
	return strings.Join(names, ", ")
}

// attr returns the value of n's attribute key, or "".
func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}
