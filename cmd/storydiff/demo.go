package main

import (
	"context"
	"embed"
	"errors"
	"fmt"
	"net"
	"net/http"
	"time"
)

// demoSite holds the bundled versions of the demo story: the ANI report of
// 20 November 2025 as published on The Tribune with its site chrome, and
// versions written for the demo (see demosite/README.md).
//
//go:embed demosite/*.html
var demoSite embed.FS

// demoPage is one outlet's version of the demo story.
type demoPage struct {
	file string // in demoSite
	path string // URL path it is served at
}

// demoPages lists the demo versions; the first is the reference.
var demoPages = []demoPage{
	{"ani-wire.html", "/news/us-quietly-pushes-new-russia-ukraine-peace-plan"},
	{"tribune.html", "/news/world/trump-administration-quietly-pushes-new-russia-ukraine-peace-plan-report/"},
	{"syndicated-trim.html", "/world/2025/11/20/trump-russia-ukraine-peace-plan.html"},
	{"rewrite.html", "/article/washington-works-on-new-ukraine-peace-framework"},
}

const demoAbout = `Serves the bundled versions of one story (a wire original, its copy on The
Tribune, a trimmed syndicated copy and another outlet's rewrite) from servers
on the loopback interface, one per outlet, crawls them with the real crawler and
prints the comparison report. It needs no network.`

func runDemo(ctx context.Context, io stdio, args []string) int {
	fs := newFlagSet(io, "demo", "[flags]", demoAbout)
	var of outputFlags
	of.register(fs, "table, json, markdown or html")
	if code := parseFlags(fs, io, args); code >= 0 {
		return code
	}
	if err := of.validate("table", "json", "markdown", "html"); err != nil {
		fmt.Fprintf(io.err, "storydiff demo: %v\n", err)
		return exitUsage
	}
	urls, stop, err := serveDemo()
	if err != nil {
		fmt.Fprintf(io.err, "storydiff demo: %v\n", err)
		return exitUsage
	}
	defer stop()
	fmt.Fprintf(io.err, "storydiff demo: serving %d versions of the story on loopback; reference %s\n", len(urls), urls[0])

	ff := fetchFlags{delay: time.Second, timeout: 10 * time.Second, retries: 1}
	results := ff.fetcher(io).Load(ctx, urls)
	rep, ok := buildReport(results, io.err)
	if err := writeReport(io, of, rep); err != nil {
		fmt.Fprintf(io.err, "storydiff demo: %v\n", err)
		return exitUsage
	}
	ok = runDemoTrace(ctx, io, of) && ok
	if !ok {
		return exitUsage
	}
	return exitOK
}

// serveDemo starts one loopback HTTP server per demo page, each a host of
// its own with a robots.txt, and returns the pages' URLs in demoPages order
// and a function that stops the servers.
func serveDemo() (urls []string, stop func(), err error) {
	var servers []*http.Server
	stop = func() {
		for _, s := range servers {
			s.Close()
		}
	}
	for _, p := range demoPages {
		body, err := demoSite.ReadFile("demosite/" + p.file)
		if err != nil {
			stop()
			return nil, nil, fmt.Errorf("reading bundled page %s: %w", p.file, err)
		}
		ln, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			stop()
			return nil, nil, fmt.Errorf("listening on loopback: %w", err)
		}
		srv := &http.Server{Handler: demoHandler(p.path, body), ReadHeaderTimeout: 5 * time.Second}
		servers = append(servers, srv)
		go func() {
			if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
				// The crawler reports the failed fetch; nothing more to do.
				_ = err
			}
		}()
		urls = append(urls, "http://"+ln.Addr().String()+p.path)
	}
	return urls, stop, nil
}

func demoHandler(path string, page []byte) http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("/robots.txt", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		fmt.Fprint(w, "User-agent: *\nDisallow: /private/\n")
	})
	mux.HandleFunc(path, func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Header().Set("Last-Modified", "Thu, 20 Nov 2025 10:30:00 GMT")
		w.Write(page)
	})
	return mux
}
