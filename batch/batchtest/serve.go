package batchtest

import (
	"bufio"
	"compress/gzip"
	"context"
	"database/sql"
	"encoding/csv"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/nlnwa/gowarc/v3"
)

// WriteManifest writes a CSV manifest of the corpus to w, naming version
// v of story s by url(s, v) and its outlet by Outlet(v). Version 0 is
// marked as the reference.
func (c Corpus) WriteManifest(w io.Writer, url func(s, v int) string) error {
	cw := csv.NewWriter(w)
	if err := cw.Write([]string{"story_id", "url", "role", "outlet"}); err != nil {
		return fmt.Errorf("write manifest: %w", err)
	}
	for s := range c.Stories {
		for v := range c.Versions {
			role := ""
			if v == 0 {
				role = "reference"
			}
			if err := cw.Write([]string{StoryID(s), url(s, v), role, Outlet(v)}); err != nil {
				return fmt.Errorf("write manifest: %w", err)
			}
		}
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return fmt.Errorf("write manifest: %w", err)
	}
	return nil
}

// Outlet returns the outlet name of version v in manifests, such as
// "outlet2.example".
func Outlet(v int) string { return fmt.Sprintf("outlet%d.example", v) }

// URL returns the canonical URL of version v of story s.
func URL(s, v int) string { return "https://" + Host(v) + Path(s) }

// Request is one request a Server answered.
type Request struct {
	Host       string // the server's outlet
	Path       string
	Start, End time.Time
}

// A Server serves a corpus over loopback HTTP, one httptest server per
// outlet, so that each outlet is a host of its own. Each request is
// answered after Latency, and recorded.
type Server struct {
	Corpus  Corpus
	Latency time.Duration

	servers []*httptest.Server

	mu       sync.Mutex
	requests []Request
}

// NewServer starts a Server for c with one host per version.
func NewServer(c Corpus, latency time.Duration) *Server {
	s := &Server{Corpus: c, Latency: latency}
	for v := range c.Versions {
		s.servers = append(s.servers, httptest.NewServer(s.handler(v)))
	}
	return s
}

// Close shuts the servers down.
func (s *Server) Close() {
	for _, ts := range s.servers {
		ts.Close()
	}
}

// URL returns the URL of version v of story s on the server.
func (s *Server) URL(st, v int) string { return s.servers[v].URL + Path(st) }

// HostOf returns the host:port of the server of version v.
func (s *Server) HostOf(v int) string { return s.servers[v].Listener.Addr().String() }

// Requests returns the requests answered so far, in order of their end.
func (s *Server) Requests() []Request {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Request(nil), s.requests...)
}

func (s *Server) handler(v int) http.Handler {
	host := func() string { return s.HostOf(v) } // once started
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		if s.Latency > 0 {
			select {
			case <-time.After(s.Latency):
			case <-r.Context().Done():
				return
			}
		}
		defer func() {
			s.mu.Lock()
			s.requests = append(s.requests, Request{Host: host(), Path: r.URL.Path, Start: start, End: time.Now()})
			s.mu.Unlock()
		}()
		if r.URL.Path == "/robots.txt" {
			w.Header().Set("Content-Type", "text/plain")
			io.WriteString(w, "User-agent: *\nAllow: /\n")
			return
		}
		st, ok := ParsePath(r.URL.Path)
		if !ok || st >= s.Corpus.Stories {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write(s.Corpus.Page(st, v))
	})
}

// WriteWARC writes every page of the corpus to the file path as WARC 1.1
// response records under their URL (see URL), each record gzip-compressed
// on its own as in Common Crawl's files when path ends in ".gz". Pages are
// generated and written one at a time, so memory use does not grow with
// the corpus.
func (c Corpus) WriteWARC(ctx context.Context, path string) error {
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("write WARC %s: %w", path, err)
	}
	defer f.Close()
	bw := bufio.NewWriterSize(f, 256<<10)
	compress := len(path) > 3 && path[len(path)-3:] == ".gz"
	var gz *gzip.Writer
	if compress {
		gz, _ = gzip.NewWriterLevel(nil, gzip.BestSpeed)
	}
	m := gowarc.NewMarshaler()
	opts := []gowarc.WarcRecordOption{gowarc.WithVersion(gowarc.V1_1), gowarc.WithAddMissingDigest(true)}
	date := time.Date(2025, 11, 20, 10, 0, 0, 0, time.UTC)
	for st := range c.Stories {
		if err := ctx.Err(); err != nil {
			return err
		}
		for v := range c.Versions {
			body := c.Page(st, v)
			b := gowarc.NewRecordBuilder(gowarc.Response, opts...)
			b.AddWarcHeader(gowarc.WarcTargetURI, URL(st, v))
			b.AddWarcHeaderTime(gowarc.WarcDate, date)
			b.AddWarcHeader(gowarc.ContentType, "application/http;msgtype=response")
			head := "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: " + strconv.Itoa(len(body)) + "\r\n\r\n"
			if _, err := b.WriteString(head); err != nil {
				return fmt.Errorf("write WARC %s: %w", path, err)
			}
			if _, err := b.Write(body); err != nil {
				return fmt.Errorf("write WARC %s: %w", path, err)
			}
			rec, _, err := b.Build()
			if err != nil {
				return fmt.Errorf("write WARC %s: record for %s: %w", path, URL(st, v), err)
			}
			var out io.Writer = bw
			if gz != nil {
				gz.Reset(bw)
				out = gz
			}
			_, _, err = m.Marshal(out, rec, 0)
			rec.Close()
			if err == nil && gz != nil {
				err = gz.Close()
			}
			if err != nil {
				return fmt.Errorf("write WARC %s: %w", path, err)
			}
		}
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write WARC %s: %w", path, err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("write WARC %s: %w", path, err)
	}
	return nil
}

// Dump returns the results stored in a batch database as text, one line
// per version, divergence and body, in a stable order and without times,
// so that the results of two runs can be compared.
func Dump(ctx context.Context, db *sql.DB) (string, error) {
	var b strings.Builder
	for _, q := range []string{
		`SELECT story_id, url, outlet, role, ord, status, error, title, byline, published, words,
			paragraphs, final_url, warnings, compared, material, cosmetic, added, dropped, altered, truncated
			FROM versions ORDER BY story_id, ord`,
		`SELECT * FROM divergences ORDER BY story_id, url, seq`,
		`SELECT * FROM bodies ORDER BY story_id, url`,
		`SELECT story_id, reference_url, status, error FROM stories ORDER BY story_id`,
	} {
		rows, err := db.QueryContext(ctx, q)
		if err != nil {
			return "", fmt.Errorf("dump batch database: %w", err)
		}
		cols, _ := rows.Columns()
		vals := make([]any, len(cols))
		ptrs := make([]any, len(cols))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		for rows.Next() {
			if err := rows.Scan(ptrs...); err != nil {
				rows.Close()
				return "", fmt.Errorf("dump batch database: %w", err)
			}
			for i, v := range vals {
				if i > 0 {
					b.WriteByte('\t')
				}
				if bs, ok := v.([]byte); ok {
					v = string(bs)
				}
				fmt.Fprintf(&b, "%q", fmt.Sprint(v))
			}
			b.WriteByte('\n')
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return "", fmt.Errorf("dump batch database: %w", err)
		}
	}
	return b.String(), nil
}
