package crawl

import (
	"bytes"
	"errors"
	"net"
	"net/url"
	"slices"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/publicsuffix"
)

// trackingParams are query parameters that identify a campaign, a click or
// a referrer rather than a document. Names starting with "utm_" are
// tracking parameters too.
var trackingParams = map[string]bool{
	"fbclid": true, "gclid": true, "gclsrc": true, "dclid": true,
	"gbraid": true, "wbraid": true, "msclkid": true, "yclid": true,
	"twclid": true, "ttclid": true, "igshid": true, "li_fat_id": true,
	"mc_cid": true, "mc_eid": true, "_ga": true, "_gl": true,
	"_hsenc": true, "_hsmi": true, "mkt_tok": true, "oly_anon_id": true,
	"oly_enc_id": true, "vero_id": true, "wt_mc": true, "ocid": true,
	"cmpid": true, "smid": true, "ito": true, "ns_campaign": true,
	"ns_mchannel": true, "ns_source": true, "ns_linkname": true,
	"ns_fee": true, "ref_src": true, "ref_url": true,
}

// NormalizeURL returns the identity of a web page's URL: two URLs with the
// same identity are taken for the same page. It lower-cases the scheme and
// host, removes the default port, the fragment, tracking parameters
// (utm_*, fbclid, gclid and the like), AMP markers (a trailing /amp path
// segment, amp=1, outputType=amp) and a trailing slash, and sorts the
// remaining query parameters. It fails for anything but an absolute http
// or https URL.
//
// The identity is a key, not a URL to fetch: dropping a trailing slash or
// an AMP marker may name a document the server does not have.
func NormalizeURL(rawURL string) (string, error) {
	u, err := url.Parse(strings.TrimSpace(rawURL))
	if err != nil {
		return "", unwrapURLError(err)
	}
	return normalizeParsed(u)
}

// normalizeParsed is NormalizeURL for a parsed URL, which it does not modify.
func normalizeParsed(in *url.URL) (string, error) {
	scheme := strings.ToLower(in.Scheme)
	if scheme != "http" && scheme != "https" {
		return "", errors.New("not an http or https URL")
	}
	if in.Host == "" || in.Opaque != "" {
		return "", errors.New("URL has no host")
	}
	u := url.URL{Scheme: scheme, Host: hostKey(&url.URL{Scheme: scheme, Host: in.Host})}
	if h, p, err := net.SplitHostPort(u.Host); err == nil {
		u.Host = net.JoinHostPort(strings.TrimRight(h, "."), p)
	} else {
		u.Host = strings.TrimRight(u.Host, ".")
	}
	if u.Hostname() == "" {
		return "", errors.New("URL has no host")
	}

	path := in.EscapedPath()
	path = strings.TrimRight(path, "/")
	for {
		lower := strings.ToLower(path)
		if !strings.HasSuffix(lower, "/amp") {
			break
		}
		path = strings.TrimRight(path[:len(path)-len("/amp")], "/")
	}
	if path == "" {
		path = "/"
	}
	if p, err := url.PathUnescape(path); err == nil {
		u.Path = p
		u.RawPath = path
		if u.EscapedPath() != path {
			u.RawPath = ""
		}
	} else {
		u.Path, u.RawPath = path, ""
	}

	if in.RawQuery != "" {
		q, err := url.ParseQuery(in.RawQuery)
		if err != nil {
			// An unparsable query is kept as the server sees it.
			u.RawQuery = in.RawQuery
		} else {
			for name, vals := range q {
				if isTrackingParam(name) || isAMPParam(name, vals) {
					delete(q, name)
				}
			}
			u.RawQuery = q.Encode() // sorted by name
		}
	}
	return u.String(), nil
}

// isTrackingParam reports whether a query parameter name is known to track
// visitors rather than select a document.
func isTrackingParam(name string) bool {
	n := strings.ToLower(name)
	return strings.HasPrefix(n, "utm_") || trackingParams[n]
}

// isAMPParam reports whether a query parameter asks for the AMP rendering
// of a page: amp, amp=1 or amp=true, outputType=amp.
func isAMPParam(name string, vals []string) bool {
	switch strings.ToLower(name) {
	case "amp", "_amp":
		return !slices.ContainsFunc(vals, func(v string) bool {
			v = strings.ToLower(v)
			return v != "" && v != "1" && v != "true"
		})
	case "outputtype", "output":
		return len(vals) == 1 && strings.EqualFold(vals[0], "amp")
	}
	return false
}

// pageLinks returns the targets of a page's <link rel="canonical"> and
// <link rel="amphtml"> elements in its head, resolved against base.
// It stops at the body, or after the first 256 KiB.
func pageLinks(body []byte, base *url.URL) []*url.URL {
	const headLimit = 256 << 10
	z := html.NewTokenizer(bytes.NewReader(body[:min(len(body), headLimit)]))
	var out []*url.URL
	for {
		switch z.Next() {
		case html.ErrorToken:
			return out
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			switch atom.Lookup(name) {
			case atom.Body:
				return out
			case atom.Link:
				var rel, href string
				for hasAttr {
					var k, v []byte
					k, v, hasAttr = z.TagAttr()
					switch string(k) {
					case "rel":
						rel = strings.ToLower(string(v))
					case "href":
						href = strings.TrimSpace(string(v))
					}
				}
				if href == "" || !slices.ContainsFunc(strings.Fields(rel), func(r string) bool { return r == "canonical" || r == "amphtml" }) {
					continue
				}
				if ref, err := base.Parse(href); err == nil {
					out = append(out, ref)
				}
			}
		}
	}
}

// sameSite reports whether two hosts belong to one site: the same
// registrable domain (news.example.co.uk and amp.example.co.uk), or the
// same host when either is an IP address or has no public suffix.
func sameSite(a, b *url.URL) bool {
	ha, hb := strings.ToLower(a.Hostname()), strings.ToLower(b.Hostname())
	if net.ParseIP(ha) != nil || net.ParseIP(hb) != nil {
		return hostKey(a) == hostKey(b)
	}
	da, errA := publicsuffix.EffectiveTLDPlusOne(ha)
	db, errB := publicsuffix.EffectiveTLDPlusOne(hb)
	if errA != nil || errB != nil {
		return ha == hb
	}
	return da == db
}

// pageIdentities returns the identities under which a fetched page is
// known: those of the URL it was asked for, of its final URL after
// redirects, and of the canonical and AMP links in its head that stay on
// the same site. Links to another site are ignored, because syndicators
// point their canonical link at the original publisher, whose version is
// a different one; so are links to a site's home page from an article.
func pageIdentities(requested *url.URL, p Page) []string {
	var ids []string
	add := func(u *url.URL) {
		if id, err := normalizeParsed(u); err == nil && !slices.Contains(ids, id) {
			ids = append(ids, id)
		}
	}
	if requested != nil {
		add(requested)
	}
	final, err := url.Parse(p.URL)
	if err != nil || final.Host == "" {
		return ids
	}
	add(final)
	if p.ContentType != TypeHTML {
		return ids
	}
	for _, l := range pageLinks(p.Body, final) {
		if !sameSite(final, l) || (isHomePath(l.Path) && !isHomePath(final.Path)) {
			continue
		}
		add(l)
	}
	return ids
}

// isHomePath reports whether a URL path is a site's root.
func isHomePath(p string) bool { return strings.Trim(p, "/") == "" }

// markSamePages finds results that are the same page as an earlier one,
// by pageIdentities, and makes each such result a copy of the earlier page
// with SameAs naming its source. requested holds the parsed URL of each URL
// source, nil for other sources. Pages are compared only within a scope:
// scope[i] is "" for pages from the web (or the cache and WARC inputs
// standing for it) and the WARC file of a "FILE.warc#URL" source, so
// that an archived page and today's page at the same URL stay two
// versions.
func markSamePages(results []Result, requested []*url.URL, scope []string) {
	first := map[string]int{}
	for i := range results {
		r := &results[i]
		if r.Err != nil || r.SameAs != "" || r.Page.URL == "" {
			continue
		}
		ids := pageIdentities(requested[i], r.Page)
		if scope[i] != "" {
			for k := range ids {
				ids[k] = scope[i] + "#" + ids[k]
			}
		}
		j, dup := -1, false
		for _, id := range ids {
			if k, ok := first[id]; ok {
				j, dup = k, true
				break
			}
		}
		if dup {
			p := results[j].Page
			p.Source = r.Source
			r.Page, r.SameAs = p, results[j].Source
			continue
		}
		for _, id := range ids {
			first[id] = i
		}
	}
}
