// Package traceworld serves a small fake news web on the loopback
// interface, for the trace that `storydiff demo` runs and for the tests of
// `storydiff trace`.
//
// Each outlet is an HTTP server of its own on 127.0.0.1, with a robots.txt,
// discovery feeds (news sitemaps, a sitemap index, RSS and Atom) listing
// dozens of unrelated articles around the versions of one story, and
// article pages. One feed is broken XML and one never answers. The files
// are embedded from sites/OUTLET/; README.md says what each outlet holds.
// A registry naming the outlets at their loopback addresses is made from
// outlets.yml once the servers listen.
//
// Feeds may write {{BASE}} for their outlet's base URL. A file whose name
// ends in ".hang" makes its path (without the suffix) a request that is
// never answered. Every feed entry of an outlet without a file of its own
// and without a page given to Start (other than ArticlePath, WirePath and
// CopyPath) is served as a generated decoy article, from decoy.html.
package traceworld

import (
	"bytes"
	"embed"
	"errors"
	"fmt"
	"html/template"
	"io/fs"
	"net"
	"net/http"
	"net/url"
	"path"
	"sort"
	"strings"
	"time"

	"github.com/storydiff/storydiff/trace"
)

//go:embed outlets.yml decoy.html sites
var files embed.FS

var decoyTemplate = template.Must(template.ParseFS(files, "decoy.html"))

// Paths of the pages the world's feeds list but does not hold: the caller
// gives them to Start, so that the demo's bundled versions are served.
const (
	// ArticlePath is where "tribune" serves the traced article.
	ArticlePath = "/news/world/trump-administration-quietly-pushes-new-russia-ukraine-peace-plan-report/"
	// WirePath is where "ani" serves the wire agency's own story.
	WirePath = "/news/us-quietly-pushes-new-russia-ukraine-peace-plan"
	// CopyPath is where "courier" serves its syndicated copy.
	CopyPath = "/world/2025/11/20/trump-russia-ukraine-peace-plan.html"
)

// reserved are the paths of pages the caller gives: they are not served
// as decoys when not given.
var reserved = map[string]bool{ArticlePath: true, WirePath: true, CopyPath: true}

// Page is an HTML page to serve besides the embedded files.
type Page struct {
	// Outlet is the outlet's directory under sites/, such as "tribune".
	Outlet string
	// Path is the URL path, such as ArticlePath.
	Path string
	Body []byte
}

// World is the running fake web.
type World struct {
	// Registry is the registry of the outlets, in the YAML of
	// trace.ParseRegistry, naming their loopback hosts.
	Registry []byte

	hosts   map[string]string // outlet → host:port
	servers []*http.Server
	done    chan struct{}
}

// Start serves every outlet under sites/ on a loopback port of its own,
// with pages added, and returns the running world. Close stops it.
func Start(pages ...Page) (*World, error) {
	dirs, err := fs.ReadDir(files, "sites")
	if err != nil {
		return nil, fmt.Errorf("traceworld: reading the embedded sites: %w", err)
	}
	w := &World{hosts: map[string]string{}, done: make(chan struct{})}
	lns := map[string]net.Listener{}
	fail := func(err error) (*World, error) {
		for _, ln := range lns {
			ln.Close()
		}
		return nil, err
	}
	for _, d := range dirs {
		if !d.IsDir() {
			continue
		}
		ln, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			return fail(fmt.Errorf("traceworld: listening on loopback: %w", err))
		}
		lns[d.Name()] = ln
		w.hosts[d.Name()] = ln.Addr().String()
	}

	tmpl, err := files.ReadFile("outlets.yml")
	if err != nil {
		return fail(fmt.Errorf("traceworld: %w", err))
	}
	var pairs []string
	for name, host := range w.hosts {
		pairs = append(pairs, "{{"+name+"}}", host)
	}
	w.Registry = []byte(strings.NewReplacer(pairs...).Replace(string(tmpl)))
	reg, err := trace.ParseRegistry(w.Registry, "traceworld/outlets.yml")
	if err != nil {
		return fail(fmt.Errorf("traceworld: %w", err))
	}

	outlets := map[string]*outlet{}
	for name := range w.hosts {
		o := &outlet{dir: "sites/" + name, base: w.BaseURL(name), pages: map[string][]byte{}, done: w.done}
		if out := reg.OutletOf(o.base + "/"); out != nil {
			o.site = out.Name
		}
		outlets[name] = o
	}
	for _, p := range pages {
		o := outlets[p.Outlet]
		if o == nil {
			return fail(fmt.Errorf("traceworld: page %s: no outlet %q", p.Path, p.Outlet))
		}
		o.pages[p.Path] = p.Body
	}
	for name, o := range outlets {
		if err := o.findDecoys(); err != nil {
			return fail(fmt.Errorf("traceworld: outlet %s: %w", name, err))
		}
		srv := &http.Server{Handler: o, ReadHeaderTimeout: 5 * time.Second}
		w.servers = append(w.servers, srv)
		go func(ln net.Listener) {
			if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
				// A client sees the failure as a failed fetch.
				_ = err
			}
		}(lns[name])
	}
	return w, nil
}

// Outlets lists the outlets' names (their directories under sites/),
// sorted.
func (w *World) Outlets() []string {
	var names []string
	for n := range w.hosts {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// BaseURL returns the base URL of an outlet, such as
// "http://127.0.0.1:40123", or "" for an unknown outlet.
func (w *World) BaseURL(outlet string) string {
	h, ok := w.hosts[outlet]
	if !ok {
		return ""
	}
	return "http://" + h
}

// Close stops the servers, answering the requests that hang.
func (w *World) Close() {
	select {
	case <-w.done:
		return
	default:
	}
	close(w.done)
	for _, s := range w.servers {
		s.Close()
	}
}

// outlet serves one outlet's files, pages and decoys.
type outlet struct {
	dir    string // in files
	base   string
	site   string
	pages  map[string][]byte
	decoys map[string]decoy // path → decoy article
	done   <-chan struct{}
}

type decoy struct {
	Title, Site, Published string
}

// feedTypes maps the extensions of feed files to their media types.
var feedTypes = map[string]string{
	".xml":  "application/xml",
	".rss":  "application/rss+xml",
	".atom": "application/atom+xml",
}

// findDecoys reads the outlet's feeds and makes a decoy of every entry
// that is neither a file nor a given page. A feed that does not parse
// (the broken one) lists no decoy.
func (o *outlet) findDecoys() error {
	o.decoys = map[string]decoy{}
	return fs.WalkDir(files, o.dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || feedTypes[path.Ext(p)] == "" {
			return err
		}
		body, err := o.file(strings.TrimPrefix(p, o.dir))
		if err != nil {
			return err
		}
		entries, err := trace.ParseFeed(body, o.base+strings.TrimPrefix(p, o.dir))
		if err != nil {
			return nil
		}
		for _, e := range entries {
			u, err := url.Parse(e.URL)
			if err != nil || e.Sitemap || "http://"+u.Host != o.base {
				continue
			}
			if _, given := o.pages[u.Path]; given || reserved[u.Path] {
				continue
			}
			if _, err := fs.Stat(files, o.dir+u.Path); err == nil {
				continue
			}
			pub := ""
			if !e.Published.IsZero() {
				pub = e.Published.Format(time.RFC3339)
			}
			o.decoys[u.Path] = decoy{Title: e.Title, Site: o.site, Published: pub}
		}
		return nil
	})
}

// file returns an embedded file of the outlet with {{BASE}} filled in.
func (o *outlet) file(p string) ([]byte, error) {
	b, err := files.ReadFile(o.dir + p)
	if err != nil {
		return nil, err
	}
	return bytes.ReplaceAll(b, []byte("{{BASE}}"), []byte(o.base)), nil
}

func (o *outlet) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	p := path.Clean("/" + r.URL.Path)
	if strings.HasSuffix(r.URL.Path, "/") && p != "/" {
		p += "/"
	}
	if body, ok := o.pages[p]; ok {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write(body)
		return
	}
	if d, ok := o.decoys[p]; ok {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		if err := decoyTemplate.Execute(w, d); err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
		}
		return
	}
	if _, err := fs.Stat(files, o.dir+p+".hang"); err == nil {
		// A feed that never answers: wait for the client to give up or
		// the world to close.
		select {
		case <-r.Context().Done():
		case <-o.done:
		}
		return
	}
	if strings.HasSuffix(p, "/") || strings.HasSuffix(p, ".hang") {
		http.NotFound(w, r)
		return
	}
	body, err := o.file(p)
	if err != nil {
		http.NotFound(w, r)
		return
	}
	ct := feedTypes[path.Ext(p)]
	switch path.Ext(p) {
	case ".html":
		ct = "text/html; charset=utf-8"
	case ".txt":
		ct = "text/plain; charset=utf-8"
	}
	if ct == "" {
		ct = "application/octet-stream"
	}
	w.Header().Set("Content-Type", ct)
	w.Write(body)
}
