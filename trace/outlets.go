package trace

import (
	_ "embed"
	"errors"
	"fmt"
	"net/url"
	"os"
	"strings"

	"github.com/goccy/go-yaml"
	"github.com/goccy/go-yaml/parser"
)

//go:embed outlets.yml
var defaultOutlets []byte

// Outlet is a news organisation known to the Registry.
type Outlet struct {
	// Name is how reports name the outlet, such as "The Wall Street Journal".
	Name string `yaml:"name"`
	// Aliases are the names used in attributions ("WSJ", "The Wall Street
	// Journal"). Matching is case-sensitive, except for a leading "The".
	Aliases []string `yaml:"aliases"`
	// Domains are the host names of the outlet's articles. A domain
	// matches itself and its subdomains; a domain with a port ("127.0.0.1:8080")
	// matches that host and port only.
	Domains []string `yaml:"domains"`
	// Feeds are discovery feeds: news sitemaps, sitemaps or sitemap
	// indexes, RSS or Atom feeds.
	Feeds []string `yaml:"feeds"`
	// Wire is true for news agencies whose copy others republish (ANI,
	// PTI, Reuters, AP); their aliases are looked for as wire credits.
	Wire bool `yaml:"wire"`
}

// Registry is the list of outlets trace knows.
type Registry struct {
	Outlets []Outlet `yaml:"outlets"`
}

// DefaultRegistry returns the registry embedded from outlets.yml.
func DefaultRegistry() *Registry {
	r, err := ParseRegistry(defaultOutlets, "outlets.yml")
	if err != nil {
		panic("trace: embedded outlets.yml: " + err.Error())
	}
	return r
}

// ReadRegistry reads a registry from a YAML file, such as the one given
// with --outlets.
func ReadRegistry(path string) (*Registry, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("outlet registry: %w", err)
	}
	return ParseRegistry(data, path)
}

// ParseRegistry reads a registry in YAML. name names the file in errors.
// Unknown keys, duplicate keys, wrong types and bad values (an outlet
// without a name or alias, a domain that is not a host name, a feed that
// is not an http(s) URL, a name or alias used twice) are errors naming the
// line.
func ParseRegistry(data []byte, name string) (*Registry, error) {
	var r Registry
	if err := yaml.UnmarshalWithOptions(data, &r, yaml.Strict()); err != nil {
		return nil, fmt.Errorf("outlet registry %s: %s", name, yamlErrorText(err))
	}
	if len(r.Outlets) == 0 {
		return nil, fmt.Errorf("outlet registry %s: no outlets", name)
	}
	file, err := parser.ParseBytes(data, 0)
	if err != nil {
		return nil, fmt.Errorf("outlet registry %s: %w", name, err)
	}
	at := func(path string) string {
		p, err := yaml.PathString(path)
		if err != nil {
			return name
		}
		n, err := p.FilterFile(file)
		if err != nil || n == nil || n.GetToken() == nil {
			return name
		}
		return fmt.Sprintf("%s:%d", name, n.GetToken().Position.Line)
	}
	seen := map[string]string{} // folded alias or name → outlet name
	for i := range r.Outlets {
		o := &r.Outlets[i]
		base := fmt.Sprintf("$.outlets[%d]", i)
		o.Name = strings.TrimSpace(o.Name)
		if o.Name == "" {
			return nil, fmt.Errorf("outlet registry %s: outlet %d has no name", at(base), i+1)
		}
		if len(o.Aliases) == 0 {
			o.Aliases = []string{o.Name}
		}
		for j, a := range o.Aliases {
			a = strings.TrimSpace(a)
			where := at(fmt.Sprintf("%s.aliases[%d]", base, j))
			if aliasKey(a) == "" {
				return nil, fmt.Errorf("outlet registry %s: outlet %q has an empty alias", where, o.Name)
			}
			if prev, ok := seen[aliasKey(a)]; ok && prev != o.Name {
				return nil, fmt.Errorf("outlet registry %s: alias %q of %q is already used by %q", where, a, o.Name, prev)
			}
			seen[aliasKey(a)] = o.Name
			o.Aliases[j] = a
		}
		for j, d := range o.Domains {
			d = strings.ToLower(strings.TrimSpace(d))
			if !validDomain(d) {
				return nil, fmt.Errorf("outlet registry %s: outlet %q: %q is not a host name", at(fmt.Sprintf("%s.domains[%d]", base, j)), o.Name, d)
			}
			o.Domains[j] = d
		}
		for j, f := range o.Feeds {
			f = strings.TrimSpace(f)
			u, err := url.Parse(f)
			if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
				return nil, fmt.Errorf("outlet registry %s: outlet %q: feed %q is not an http(s) URL", at(fmt.Sprintf("%s.feeds[%d]", base, j)), o.Name, f)
			}
			o.Feeds[j] = f
		}
	}
	return &r, nil
}

// yamlErrorText formats a go-yaml error on one line with its position.
func yamlErrorText(err error) string {
	var ye yaml.Error
	if errors.As(err, &ye) && ye.GetToken() != nil {
		p := ye.GetToken().Position
		return fmt.Sprintf("line %d column %d: %s", p.Line, p.Column, ye.GetMessage())
	}
	return strings.Join(strings.Fields(err.Error()), " ")
}

// validDomain reports whether d is a host name, optionally with a port.
func validDomain(d string) bool {
	if d == "" || strings.ContainsAny(d, "/?#@ ") {
		return false
	}
	u, err := url.Parse("http://" + d)
	return err == nil && u.Host == d && u.Hostname() != ""
}

// aliasKey folds an alias for comparison: a leading "the" dropped, case
// folded.
func aliasKey(a string) string {
	return strings.ToLower(stripThe(strings.Join(strings.Fields(a), " ")))
}

// stripThe drops a leading "The " from a name.
func stripThe(a string) string {
	if len(a) > 4 && strings.EqualFold(a[:4], "the ") {
		return a[4:]
	}
	return a
}

// Outlet returns the outlet with the given name or alias, or nil.
func (r *Registry) Outlet(nameOrAlias string) *Outlet {
	k := aliasKey(nameOrAlias)
	for i := range r.Outlets {
		o := &r.Outlets[i]
		if aliasKey(o.Name) == k {
			return o
		}
		for _, a := range o.Aliases {
			if aliasKey(a) == k {
				return o
			}
		}
	}
	return nil
}

// OutletOf returns the outlet whose domains include the host of rawURL,
// or nil.
func (r *Registry) OutletOf(rawURL string) *Outlet {
	u, err := url.Parse(rawURL)
	if err != nil || u.Host == "" {
		return nil
	}
	host, hostname := strings.ToLower(u.Host), strings.ToLower(u.Hostname())
	var best *Outlet
	bestLen := 0
	for i := range r.Outlets {
		for _, d := range r.Outlets[i].Domains {
			ok := false
			if strings.Contains(d, ":") {
				ok = host == d
			} else {
				ok = hostname == d || strings.HasSuffix(hostname, "."+d)
			}
			if ok && len(d) > bestLen {
				best, bestLen = &r.Outlets[i], len(d)
			}
		}
	}
	return best
}
