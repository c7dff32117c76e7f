package crawl

import (
	"embed"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strings"
	"sync"

	"github.com/PuerkitoBio/goquery"
	"github.com/andybalholm/cascadia"
	"github.com/goccy/go-yaml"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

//go:embed profiles/*.yaml
var profileFiles embed.FS

// Profile describes how to read one site's article pages. Profiles are
// data: one YAML file per site under profiles/, matched by host. Each
// selector list is tried in order and the first selector that matches
// wins, so a list can name the site's current markup and older layouts.
type Profile struct {
	// Name names the site, as in warnings.
	Name string `yaml:"name"`
	// Hosts are the host names the profile applies to; a page matches
	// when its host equals one of them or is a subdomain of one.
	Hosts []string `yaml:"hosts"`
	// Body selects the element or elements holding the article text.
	Body []string `yaml:"body"`
	// Title, Byline and Date select the headline, the author line and the
	// publication time. A <meta> element gives its content attribute. For
	// Date, a datetime, content or data-timestamp attribute is preferred
	// to the element's text.
	Title  []string `yaml:"title"`
	Byline []string `yaml:"byline"`
	Date   []string `yaml:"date"`
	// Drop selects chrome inside the body to remove: related links,
	// promos, captions, share bars.
	Drop []string `yaml:"drop"`
	// Paywall selects elements whose presence means the page shows only a
	// teaser of the article.
	Paywall []string `yaml:"paywall"`
}

// validate checks that p names hosts and a body, and that every selector
// parses.
func (p *Profile) validate() error {
	if p.Name == "" {
		return fmt.Errorf("profile has no name")
	}
	if len(p.Hosts) == 0 || len(p.Body) == 0 {
		return fmt.Errorf("profile %s: hosts and body are required", p.Name)
	}
	for _, list := range [][]string{p.Body, p.Title, p.Byline, p.Date, p.Drop, p.Paywall} {
		for _, sel := range list {
			if _, err := cascadia.ParseGroup(sel); err != nil {
				return fmt.Errorf("profile %s: selector %q: %w", p.Name, sel, err)
			}
		}
	}
	return nil
}

// matches reports whether the profile applies to host.
func (p *Profile) matches(host string) bool {
	host = strings.TrimSuffix(strings.ToLower(host), ".")
	for _, h := range p.Hosts {
		h = strings.ToLower(h)
		if host == h || strings.HasSuffix(host, "."+h) {
			return true
		}
	}
	return false
}

// maxProfileBytes bounds the size of a profile given to ParseProfile.
const maxProfileBytes = 64 << 10

// ParseProfile decodes one profile from YAML and validates it.
func ParseProfile(data []byte) (p Profile, err error) {
	if len(data) > maxProfileBytes {
		return Profile{}, fmt.Errorf("decode profile: %d bytes, more than the %d allowed", len(data), maxProfileBytes)
	}
	// The YAML decoder panics on some malformed documents (a custom tag
	// on a sequence field); report those as errors.
	defer func() {
		if r := recover(); r != nil {
			p, err = Profile{}, fmt.Errorf("decode profile: malformed YAML: %v", r)
		}
	}()
	if err := yaml.UnmarshalWithOptions(data, &p, yaml.DisallowUnknownField()); err != nil {
		return Profile{}, fmt.Errorf("decode profile: %w", err)
	}
	if err := p.validate(); err != nil {
		return Profile{}, err
	}
	return p, nil
}

// loadProfiles reads the embedded profiles once; they are never modified
// afterwards.
var loadProfiles = sync.OnceValues(func() ([]Profile, error) {
	names, err := fs.Glob(profileFiles, "profiles/*.yaml")
	if err != nil {
		return nil, err
	}
	sort.Strings(names)
	var out []Profile
	for _, name := range names {
		data, err := profileFiles.ReadFile(name)
		if err != nil {
			return nil, fmt.Errorf("read %s: %w", name, err)
		}
		p, err := ParseProfile(data)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path.Base(name), err)
		}
		out = append(out, p)
	}
	return out, nil
})

// Profiles returns the built-in site profiles.
func Profiles() ([]Profile, error) {
	ps, err := loadProfiles()
	if err != nil {
		return nil, err
	}
	return append([]Profile(nil), ps...), nil
}

// profileFor returns the built-in profile for host, if any.
func profileFor(host string) (Profile, bool) {
	ps, err := loadProfiles()
	if err != nil || host == "" {
		return Profile{}, false
	}
	for _, p := range ps {
		if p.matches(host) {
			return p, true
		}
	}
	return Profile{}, false
}

// profileResult is what a profile found on a page.
type profileResult struct {
	blocks    []block
	title     string
	byline    string
	published string
	paywalled bool
}

// apply extracts the article from doc as the profile describes. doc is
// not modified.
func (p *Profile) apply(doc *html.Node) profileResult {
	var r profileResult
	gd := goquery.NewDocumentFromNode(cloneNode(doc))
	r.title = firstText(gd, p.Title)
	r.byline = firstText(gd, p.Byline)
	for _, sel := range p.Date {
		s := gd.Find(sel).First()
		if s.Length() == 0 {
			continue
		}
		for _, a := range []string{"datetime", "content", "data-timestamp"} {
			if v, ok := s.Attr(a); ok && strings.TrimSpace(v) != "" {
				r.published = strings.TrimSpace(v)
				break
			}
		}
		if r.published == "" {
			r.published = collapseSpace(s.Text())
		}
		if r.published != "" {
			break
		}
	}
	for _, sel := range p.Paywall {
		if gd.Find(sel).Length() > 0 {
			r.paywalled = true
			break
		}
	}
	for _, sel := range p.Drop {
		gd.Find(sel).Remove()
	}
	for _, sel := range p.Body {
		found := gd.Find(sel)
		if found.Length() == 0 {
			continue
		}
		// Skip matches nested in an earlier match.
		var roots []*html.Node
		found.Each(func(_ int, s *goquery.Selection) {
			n := s.Nodes[0]
			for _, r := range roots {
				if contains(r, n) {
					return
				}
			}
			roots = append(roots, n)
		})
		for _, n := range roots {
			r.blocks = append(r.blocks, blocksOf(n)...)
		}
		if len(r.blocks) > 0 {
			break
		}
	}
	return r
}

// firstText returns the text of the first element matched by the first
// matching selector in sels that yields text; a <meta> element yields its
// content attribute.
func firstText(d *goquery.Document, sels []string) string {
	for _, sel := range sels {
		s := d.Find(sel).First()
		if s.Length() == 0 {
			continue
		}
		var t string
		if s.Nodes[0].DataAtom == atom.Meta {
			t = collapseSpace(s.AttrOr("content", ""))
		} else {
			t = collapseSpace(s.Text())
		}
		if t != "" {
			return t
		}
	}
	return ""
}

// contains reports whether n is a descendant of (or is) root.
func contains(root, n *html.Node) bool {
	for ; n != nil; n = n.Parent {
		if n == root {
			return true
		}
	}
	return false
}

// cloneNode returns a deep copy of n.
func cloneNode(n *html.Node) *html.Node {
	c := &html.Node{
		Type:      n.Type,
		DataAtom:  n.DataAtom,
		Data:      n.Data,
		Namespace: n.Namespace,
		Attr:      append([]html.Attribute(nil), n.Attr...),
	}
	for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
		c.AppendChild(cloneNode(ch))
	}
	return c
}
