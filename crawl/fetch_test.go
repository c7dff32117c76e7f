package crawl

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/japanese"
)

// testOptions are Options with short bounds, so that no test can hang.
func testOptions() Options {
	return Options{
		Timeout:      3 * time.Second,
		Deadline:     5 * time.Second,
		Retries:      2,
		RetryBackoff: 5 * time.Millisecond,
		UserAgent:    UserAgent("0.0.0-test"),
	}
}

// fetchOne fetches one source and returns its result.
func fetchOne(t *testing.T, opts Options, src string) Result {
	t.Helper()
	rs := NewFetcher(opts).Fetch(context.Background(), []string{src})
	if len(rs) != 1 {
		t.Fatalf("Fetch returned %d results for 1 source", len(rs))
	}
	if rs[0].Source != src {
		t.Errorf("Result.Source = %q, want %q", rs[0].Source, src)
	}
	return rs[0]
}

const articleHTML = `<!DOCTYPE html><html><head><title>Test</title></head><body><article><p>Officials said on Thursday that 42 people were rescued.</p></article></body></html>`

// serve writes a fixed response.
func serve(status int, contentType, body string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if contentType != "" {
			w.Header().Set("Content-Type", contentType)
		} else {
			w.Header()["Content-Type"] = nil // no sniffing by net/http
		}
		w.WriteHeader(status)
		io.WriteString(w, body)
	}
}

// gzipped returns body compressed with gzip.
func gzipped(t testing.TB, body []byte) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&buf, gzip.BestSpeed)
	if _, err := zw.Write(body); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// gzipBomb returns an HTML page of n bytes, mostly spaces, compressed
// with gzip to about n/1000 bytes.
func gzipBomb(t testing.TB, n int) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	io.WriteString(zw, "<html><body><p>")
	if _, err := io.Copy(zw, spaces(n)); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// spaces yields n spaces.
func spaces(n int) io.Reader {
	return io.LimitReader(repeatByte(' '), int64(n))
}

type repeatByte byte

func (b repeatByte) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = byte(b)
	}
	return len(p), nil
}

// encode encodes s with e, for charset tests.
func encode(t *testing.T, e encoding.Encoding, s string) string {
	t.Helper()
	out, err := e.NewEncoder().String(s)
	if err != nil {
		t.Fatalf("encoding %q: %v", s, err)
	}
	return out
}

func TestFetchHTTP(t *testing.T) {
	const limit = 1 << 20
	bomb := func(t *testing.T) []byte { return gzipBomb(t, 64<<20) }
	tests := []struct {
		name     string
		handler  func(t *testing.T) http.Handler
		path     string
		wantErr  error  // sentinel matched with errors.Is, or nil
		wantCode int    // StatusError code, or 0
		wantMsg  string // substring of the error message
		wantType string // Page.ContentType on success
		wantBody string // substring of Page.Body on success
		wantPath string // path of Page.URL on success, when not path
	}{
		{
			name:     "html",
			handler:  func(*testing.T) http.Handler { return serve(200, "text/html; charset=utf-8", articleHTML) },
			wantType: TypeHTML,
			wantBody: "42 people were rescued",
		},
		{
			name:     "xhtml",
			handler:  func(*testing.T) http.Handler { return serve(200, "application/xhtml+xml", articleHTML) },
			wantType: TypeHTML,
			wantBody: "42 people",
		},
		{
			name:     "plain text",
			handler:  func(*testing.T) http.Handler { return serve(200, "text/plain", "Wire copy: 42 rescued.") },
			wantType: TypePlain,
			wantBody: "42 rescued",
		},
		{
			name:     "no content type, sniffed html",
			handler:  func(*testing.T) http.Handler { return serve(200, "", "\n  <article><p>Sniffed.</p></article>") },
			wantType: TypeHTML,
			wantBody: "Sniffed.",
		},
		{
			name:     "octet-stream, sniffed text",
			handler:  func(*testing.T) http.Handler { return serve(200, "application/octet-stream", "Just text.") },
			wantType: TypePlain,
			wantBody: "Just text.",
		},
		{
			name:    "pdf",
			handler: func(*testing.T) http.Handler { return serve(200, "application/pdf", "%PDF-1.7\n...") },
			wantErr: ErrUnsupportedType,
			wantMsg: "application/pdf",
		},
		{
			name:    "image",
			handler: func(*testing.T) http.Handler { return serve(200, "image/png", "\x89PNG\r\n\x1a\n") },
			wantErr: ErrUnsupportedType,
			wantMsg: "image/png",
		},
		{
			name:    "json",
			handler: func(*testing.T) http.Handler { return serve(200, "application/json", `{"a":1}`) },
			wantErr: ErrUnsupportedType,
			wantMsg: "application/json",
		},
		{
			name:    "pdf declared as html",
			handler: func(*testing.T) http.Handler { return serve(200, "text/html", "%PDF-1.7\n...") },
			wantErr: ErrUnsupportedType,
			wantMsg: "looks like application/pdf",
		},
		{
			name:    "pdf without content type",
			handler: func(*testing.T) http.Handler { return serve(200, "", "%PDF-1.7\n...") },
			wantErr: ErrUnsupportedType,
			wantMsg: "application/pdf",
		},
		{
			name:    "hostile content type is quoted and clipped",
			handler: func(*testing.T) http.Handler { return serve(200, `x/"a b`+strings.Repeat("y", 200), "z") },
			wantErr: ErrUnsupportedType,
			wantMsg: `"x/\"a byyyy`,
		},
		{
			name:    "empty body",
			handler: func(*testing.T) http.Handler { return serve(200, "text/html", "") },
			wantErr: ErrEmpty,
			wantMsg: "empty",
		},
		{
			name:    "blank body",
			handler: func(*testing.T) http.Handler { return serve(200, "text/html", " \n\t ") },
			wantErr: ErrEmpty,
		},
		{
			name:     "not found",
			handler:  func(*testing.T) http.Handler { return http.NotFoundHandler() },
			wantCode: 404,
			wantMsg:  "HTTP 404 Not Found",
		},
		{
			name:     "forbidden",
			handler:  func(*testing.T) http.Handler { return serve(403, "text/html", "no") },
			wantCode: 403,
			wantMsg:  "HTTP 403 Forbidden",
		},
		{
			name: "unsupported content encoding",
			handler: func(*testing.T) http.Handler {
				return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
					w.Header().Set("Content-Type", "text/html")
					w.Header().Set("Content-Encoding", "br")
					w.Write([]byte{0x1b, 0x00, 0xff})
				})
			},
			wantErr: ErrUnsupportedType,
			wantMsg: "content encoding br",
		},
		{
			name: "gzip decoded",
			handler: func(t *testing.T) http.Handler {
				z := gzipped(t, []byte(articleHTML))
				return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
					w.Header().Set("Content-Type", "text/html")
					w.Header().Set("Content-Encoding", "gzip")
					w.Write(z)
				})
			},
			wantType: TypeHTML,
			wantBody: "42 people",
		},
		{
			name: "gzip bomb",
			handler: func(t *testing.T) http.Handler {
				z := bomb(t)
				return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
					w.Header().Set("Content-Type", "text/html")
					w.Header().Set("Content-Encoding", "gzip")
					w.Write(z)
				})
			},
			wantErr: ErrTooLarge,
			wantMsg: "exceeds the 1 MiB limit",
		},
		{
			name: "gzip bomb declared as application/gzip",
			handler: func(t *testing.T) http.Handler {
				z := bomb(t)
				return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
					w.Header().Set("Content-Type", "application/gzip")
					w.Write(z)
				})
			},
			wantErr: ErrUnsupportedType,
			wantMsg: "application/gzip",
		},
		{
			name: "60 MB page, chunked",
			handler: func(*testing.T) http.Handler {
				return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
					w.Header().Set("Content-Type", "text/html")
					io.WriteString(w, "<html><body><p>")
					io.Copy(w, spaces(60<<20))
				})
			},
			wantErr: ErrTooLarge,
			wantMsg: "body exceeds the 1 MiB limit",
		},
		{
			name: "60 MB page, with Content-Length",
			handler: func(*testing.T) http.Handler {
				return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
					w.Header().Set("Content-Type", "text/html")
					w.Header().Set("Content-Length", fmt.Sprint(60<<20))
					io.Copy(w, spaces(60<<20))
				})
			},
			wantErr: ErrTooLarge,
			wantMsg: "Content-Length 62914560 exceeds the 1 MiB limit",
		},
		{
			name: "page of exactly the limit",
			handler: func(*testing.T) http.Handler {
				return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
					w.Header().Set("Content-Type", "text/plain")
					io.Copy(w, spaces(limit-3))
					io.WriteString(w, "end")
				})
			},
			wantType: TypePlain,
			wantBody: "  end",
		},
		{
			name: "redirect loop",
			handler: func(*testing.T) http.Handler {
				mux := http.NewServeMux()
				mux.Handle("/", http.RedirectHandler("/b", http.StatusFound))
				mux.Handle("/b", http.RedirectHandler("/c", http.StatusFound))
				mux.Handle("/c", http.RedirectHandler("/", http.StatusMovedPermanently))
				return mux
			},
			wantErr: ErrTooManyRedirects,
			wantMsg: "redirect loop",
		},
		{
			name: "redirect chain too long",
			handler: func(*testing.T) http.Handler {
				return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
					var n int
					fmt.Sscanf(r.URL.Query().Get("n"), "%d", &n)
					http.Redirect(w, r, fmt.Sprintf("/?n=%d", n+1), http.StatusFound)
				})
			},
			wantErr: ErrTooManyRedirects,
			wantMsg: "gave up after 10 redirects",
		},
		{
			name: "redirect back to the start through a cookie page",
			handler: func(*testing.T) http.Handler {
				mux := http.NewServeMux()
				mux.HandleFunc("/story", func(w http.ResponseWriter, r *http.Request) {
					if _, err := r.Cookie("consent"); err != nil {
						http.Redirect(w, r, "/consent", http.StatusFound)
						return
					}
					serve(200, "text/html", articleHTML)(w, r)
				})
				mux.HandleFunc("/consent", func(w http.ResponseWriter, r *http.Request) {
					http.SetCookie(w, &http.Cookie{Name: "consent", Value: "yes", Path: "/"})
					http.Redirect(w, r, "/story", http.StatusFound)
				})
				return mux
			},
			path:     "/story",
			wantType: TypeHTML,
			wantBody: "42 people",
		},
		{
			name: "redirect to another page",
			handler: func(*testing.T) http.Handler {
				mux := http.NewServeMux()
				mux.Handle("/old", http.RedirectHandler("/new", http.StatusMovedPermanently))
				mux.Handle("/new", serve(200, "text/html", articleHTML))
				return mux
			},
			path:     "/old",
			wantPath: "/new",
			wantType: TypeHTML,
			wantBody: "42 people",
		},
		{
			name: "robots.txt disallows",
			handler: func(*testing.T) http.Handler {
				mux := http.NewServeMux()
				mux.Handle("/robots.txt", serve(200, "text/plain", "User-agent: *\nDisallow: /news/\n"))
				mux.Handle("/", serve(200, "text/html", articleHTML))
				return mux
			},
			path:    "/news/story",
			wantErr: ErrRobotsDisallowed,
			wantMsg: "robots.txt disallows fetching it for storydiff",
		},
		{
			name: "robots.txt disallows storydiff only",
			handler: func(*testing.T) http.Handler {
				mux := http.NewServeMux()
				mux.Handle("/robots.txt", serve(200, "text/plain", "User-agent: *\nAllow: /\n\nUser-agent: storydiff\nDisallow: /\n"))
				mux.Handle("/", serve(200, "text/html", articleHTML))
				return mux
			},
			path:    "/news/story",
			wantErr: ErrRobotsDisallowed,
		},
		{
			name: "robots.txt allows storydiff only",
			handler: func(*testing.T) http.Handler {
				mux := http.NewServeMux()
				mux.Handle("/robots.txt", serve(200, "text/plain", "User-agent: *\nDisallow: /\n\nUser-agent: storydiff\nAllow: /\n"))
				mux.Handle("/", serve(200, "text/html", articleHTML))
				return mux
			},
			path:     "/news/story",
			wantType: TypeHTML,
			wantBody: "42 people",
		},
		{
			name: "robots.txt unavailable",
			handler: func(*testing.T) http.Handler {
				mux := http.NewServeMux()
				mux.Handle("/robots.txt", serve(503, "text/plain", "down"))
				mux.Handle("/", serve(200, "text/html", articleHTML))
				return mux
			},
			wantErr:  ErrRobotsDisallowed,
			wantCode: 503,
			wantMsg:  "robots.txt disallows fetching it while robots.txt is unavailable: HTTP 503 Service Unavailable (after 3 attempts)",
		},
		{
			name: "service unavailable forever",
			handler: func(*testing.T) http.Handler {
				return serve(503, "text/html", "busy")
			},
			wantCode: 503,
			wantMsg:  "HTTP 503 Service Unavailable (after 3 attempts)",
		},
		{
			name: "retry after beyond the deadline",
			handler: func(*testing.T) http.Handler {
				return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
					w.Header().Set("Retry-After", "3600")
					w.WriteHeader(http.StatusTooManyRequests)
				})
			},
			wantCode: 429,
			wantMsg:  "HTTP 429 Too Many Requests; the server asked to retry after 1h0m0s, beyond the 5s deadline",
		},
		{
			name: "5xx then success",
			handler: func(*testing.T) http.Handler {
				var n atomic.Int32
				return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
					if n.Add(1) < 3 {
						w.WriteHeader(http.StatusBadGateway)
						return
					}
					serve(200, "text/html", articleHTML)(w, r)
				})
			},
			wantType: TypeHTML,
			wantBody: "42 people",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			srv := httptest.NewServer(tt.handler(t))
			defer srv.Close()
			opts := testOptions()
			opts.MaxBodySize = limit
			src := srv.URL + tt.path
			if tt.path == "" {
				src += "/"
			}
			r := fetchOne(t, opts, src)
			checkResult(t, r, tt.wantErr, tt.wantCode, tt.wantMsg)
			if r.Err != nil {
				return
			}
			if r.Page.ContentType != tt.wantType {
				t.Errorf("ContentType = %q, want %q", r.Page.ContentType, tt.wantType)
			}
			if !bytes.Contains(r.Page.Body, []byte(tt.wantBody)) {
				t.Errorf("Body = %.200q, want it to contain %q", r.Page.Body, tt.wantBody)
			}
			wantURL := src
			if tt.wantPath != "" {
				wantURL = srv.URL + tt.wantPath
			}
			if r.Page.URL != wantURL {
				t.Errorf("URL = %q, want %q", r.Page.URL, wantURL)
			}
			if r.Page.Source != src {
				t.Errorf("Page.Source = %q, want %q", r.Page.Source, src)
			}
			if r.Page.FetchedAt.IsZero() {
				t.Error("FetchedAt is zero")
			}
		})
	}
}

// checkResult checks r's error: none when wantErr is nil and wantCode 0,
// else a *SourceError naming the source, matching wantErr or a
// *StatusError with wantCode, whose message contains wantMsg.
func checkResult(t *testing.T, r Result, wantErr error, wantCode int, wantMsg string) {
	t.Helper()
	if wantErr == nil && wantCode == 0 {
		if r.Err != nil {
			t.Fatalf("unexpected error: %v", r.Err)
		}
		return
	}
	if r.Err == nil {
		t.Fatalf("no error; want %v (code %d)", wantErr, wantCode)
	}
	var se *SourceError
	if !errors.As(r.Err, &se) || se.Source != r.Source {
		t.Errorf("error %v is not a SourceError for %q", r.Err, r.Source)
	}
	if !strings.HasPrefix(r.Err.Error(), r.Source+": ") {
		t.Errorf("error %q does not start with the source", r.Err)
	}
	if wantErr != nil && !errors.Is(r.Err, wantErr) {
		t.Errorf("error %q is not %q", r.Err, wantErr)
	}
	if wantCode != 0 {
		var st *StatusError
		if !errors.As(r.Err, &st) || st.Code != wantCode {
			t.Errorf("error %q is not a StatusError %d", r.Err, wantCode)
		}
	}
	if !strings.Contains(r.Err.Error(), wantMsg) {
		t.Errorf("error %q does not contain %q", r.Err, wantMsg)
	}
}

func TestFetchCharsets(t *testing.T) {
	const (
		ru = "Москва заявила, что 42 человека спасены."
		ja = "東京で42人が救助されたと当局が発表した。"
		fr = "Le préfet a déclaré : « 42 personnes sauvées », déjà."
	)
	page := func(meta, text string) string {
		return "<!DOCTYPE html><html><head>" + meta + "<title>t</title></head><body><p>" + text + "</p></body></html>"
	}
	tests := []struct {
		name        string
		contentType string
		body        func(t *testing.T) string
		want        string
	}{
		{"windows-1251 in header", "text/html; charset=windows-1251",
			func(t *testing.T) string { return encode(t, charmap.Windows1251, page("", ru)) }, ru},
		{"windows-1251 in meta", "text/html",
			func(t *testing.T) string {
				return encode(t, charmap.Windows1251, page(`<meta charset="windows-1251">`, ru))
			}, ru},
		{"windows-1251 in http-equiv meta", "",
			func(t *testing.T) string {
				return encode(t, charmap.Windows1251, page(`<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">`, ru))
			}, ru},
		{"Shift_JIS in header", "text/html; charset=Shift_JIS",
			func(t *testing.T) string { return encode(t, japanese.ShiftJIS, page("", ja)) }, ja},
		{"Shift_JIS in meta", "text/html",
			func(t *testing.T) string { return encode(t, japanese.ShiftJIS, page(`<meta charset="shift_jis">`, ja)) }, ja},
		{"ISO-8859-1 in header", "text/html; charset=ISO-8859-1",
			func(t *testing.T) string { return encode(t, charmap.ISO8859_1, page("", fr)) }, fr},
		{"ISO-8859-1 in meta", "text/html",
			func(t *testing.T) string {
				return encode(t, charmap.ISO8859_1, page(`<meta charset="iso-8859-1">`, fr))
			}, fr},
		{"header wins over meta", "text/html; charset=windows-1251",
			func(t *testing.T) string {
				return encode(t, charmap.Windows1251, page(`<meta charset="iso-8859-1">`, ru))
			}, ru},
		{"plain text in windows-1251", "text/plain; charset=windows-1251",
			func(t *testing.T) string { return encode(t, charmap.Windows1251, ru) }, ru},
		{"undeclared UTF-8 after a long ASCII head", "text/html",
			func(t *testing.T) string {
				return page("<script>"+strings.Repeat("var x = 1;\n", 200)+"</script>", ru)
			}, ru},
		{"UTF-8 despite a stale meta", "text/html",
			func(t *testing.T) string { return page(`<meta charset="windows-1251">`, ja) }, ja},
		{"UTF-8 with a byte order mark", "text/html",
			func(t *testing.T) string { return "\xef\xbb\xbf" + page("", ja) }, ja},
		{"undeclared legacy text falls back to windows-1252", "text/html",
			func(t *testing.T) string { return encode(t, charmap.Windows1252, page("", fr)) }, fr},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			srv := httptest.NewServer(serve(200, tt.contentType, tt.body(t)))
			defer srv.Close()
			r := fetchOne(t, testOptions(), srv.URL+"/")
			if r.Err != nil {
				t.Fatal(r.Err)
			}
			if !bytes.Contains(r.Page.Body, []byte(tt.want)) {
				t.Errorf("Body = %q, want it to contain %q", r.Page.Body, tt.want)
			}
			if bytes.HasPrefix(r.Page.Body, []byte("\xef\xbb\xbf")) {
				t.Error("Body starts with a byte order mark")
			}
		})
	}
}

// drip serves an HTML page one byte per interval until the client leaves.
func drip(interval time.Duration) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		rc := http.NewResponseController(w)
		for {
			if _, err := io.WriteString(w, "x"); err != nil {
				return
			}
			rc.Flush()
			select {
			case <-r.Context().Done():
				return
			case <-time.After(interval):
			}
		}
	}
}

func TestFetchSlowBodies(t *testing.T) {
	tests := []struct {
		name     string
		timeout  time.Duration
		deadline time.Duration
		handler  http.Handler
		wantMsg  string
	}{
		{"drip feed past the request timeout", 300 * time.Millisecond, 10 * time.Second,
			drip(20 * time.Millisecond), "no complete response within the 300ms request timeout"},
		{"drip feed past the source deadline", 10 * time.Second, 400 * time.Millisecond,
			drip(20 * time.Millisecond), "gave up after the 400ms deadline for one source"},
		{"no headers before the request timeout", 300 * time.Millisecond, 10 * time.Second,
			http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { <-r.Context().Done() }),
			"no complete response within the 300ms request timeout"},
		{"robots.txt drip feed past the deadline", 10 * time.Second, 400 * time.Millisecond,
			drip(20 * time.Millisecond), "gave up after the 400ms deadline"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			mux := http.NewServeMux()
			mux.Handle("/", tt.handler)
			if strings.HasPrefix(tt.name, "robots") {
				mux.Handle("/robots.txt", tt.handler)
			} else {
				mux.Handle("/robots.txt", http.NotFoundHandler())
			}
			srv := httptest.NewServer(mux)
			defer srv.Close()
			opts := testOptions()
			opts.Timeout, opts.Deadline = tt.timeout, tt.deadline
			start := time.Now()
			r := fetchOne(t, opts, srv.URL+"/")
			elapsed := time.Since(start)
			checkResult(t, r, ErrTimeout, 0, tt.wantMsg)
			// The bound is checked loosely: the point is that the fetch ends.
			if bound := min(tt.timeout, tt.deadline); elapsed > bound+2*time.Second {
				t.Errorf("took %v, want about %v", elapsed, bound)
			}
		})
	}
}

func TestFetchRetryAfter(t *testing.T) {
	tests := []struct {
		name       string
		retryAfter func() string
		minGap     time.Duration
	}{
		{"seconds", func() string { return "1" }, 900 * time.Millisecond},
		{"HTTP date", func() string { return time.Now().Add(2 * time.Second).UTC().Format(http.TimeFormat) }, 900 * time.Millisecond},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			var mu sync.Mutex
			var times []time.Time
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				if r.URL.Path == "/robots.txt" {
					http.NotFound(w, r)
					return
				}
				mu.Lock()
				times = append(times, time.Now())
				n := len(times)
				mu.Unlock()
				if n == 1 {
					w.Header().Set("Retry-After", tt.retryAfter())
					w.WriteHeader(http.StatusTooManyRequests)
					return
				}
				serve(200, "text/html", articleHTML)(w, r)
			}))
			defer srv.Close()
			r := fetchOne(t, testOptions(), srv.URL+"/")
			if r.Err != nil {
				t.Fatal(r.Err)
			}
			mu.Lock()
			defer mu.Unlock()
			if len(times) != 2 {
				t.Fatalf("server saw %d requests, want 2", len(times))
			}
			if gap := times[1].Sub(times[0]); gap < tt.minGap {
				t.Errorf("retried after %v, want at least %v as Retry-After asked", gap, tt.minGap)
			}
		})
	}
}

func TestFetchRetriesAreCounted(t *testing.T) {
	for _, retries := range []int{-1, 1, 3} {
		t.Run(fmt.Sprint(retries), func(t *testing.T) {
			t.Parallel()
			var n atomic.Int32
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				if r.URL.Path == "/robots.txt" {
					http.NotFound(w, r)
					return
				}
				n.Add(1)
				w.WriteHeader(http.StatusInternalServerError)
			}))
			defer srv.Close()
			opts := testOptions()
			opts.Retries = retries
			r := fetchOne(t, opts, srv.URL+"/")
			want := max(retries, 0) + 1
			checkResult(t, r, nil, 500, "HTTP 500 Internal Server Error")
			if got := int(n.Load()); got != want {
				t.Errorf("server saw %d requests, want %d", got, want)
			}
			var st *StatusError
			if errors.As(r.Err, &st) && st.Attempts != want {
				t.Errorf("Attempts = %d, want %d", st.Attempts, want)
			}
		})
	}
}

// hostLog records the requests one test server sees.
type hostLog struct {
	mu          sync.Mutex
	inflight    int
	maxInflight int
	spans       [][2]time.Time // start and end of each page request
	agents      []string
}

func (l *hostLog) handler(work time.Duration) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			http.NotFound(w, r)
			return
		}
		l.mu.Lock()
		start := time.Now()
		l.inflight++
		l.maxInflight = max(l.maxInflight, l.inflight)
		l.agents = append(l.agents, r.UserAgent())
		l.mu.Unlock()
		time.Sleep(work)
		l.mu.Lock()
		l.inflight--
		l.spans = append(l.spans, [2]time.Time{start, time.Now()})
		l.mu.Unlock()
		serve(200, "text/html", articleHTML)(w, r)
	}
}

func TestFetchPolitenessOneHost(t *testing.T) {
	t.Parallel()
	var log hostLog
	srv := httptest.NewServer(log.handler(20 * time.Millisecond))
	defer srv.Close()
	opts := testOptions()
	opts.Delay = 150 * time.Millisecond
	sources := []string{srv.URL + "/a", srv.URL + "/b", srv.URL + "/c", srv.URL + "/a"}
	rs := NewFetcher(opts).Fetch(context.Background(), sources)
	for i, r := range rs {
		if r.Err != nil || r.Source != sources[i] || r.Page.Source != sources[i] {
			t.Errorf("result %d = %+v, %v", i, r.Source, r.Err)
		}
	}
	log.mu.Lock()
	defer log.mu.Unlock()
	if len(log.spans) != 3 {
		t.Errorf("server saw %d page requests, want 3 (the repeated URL fetched once)", len(log.spans))
	}
	if log.maxInflight != 1 {
		t.Errorf("up to %d concurrent requests to one host, want 1", log.maxInflight)
	}
	for i := 1; i < len(log.spans); i++ {
		if gap := log.spans[i][0].Sub(log.spans[i-1][1]); gap < opts.Delay {
			t.Errorf("request %d started %v after the previous one ended, want at least %v", i, gap, opts.Delay)
		}
	}
	for _, ua := range log.agents {
		if ua != "storydiff/0.0.0-test (+https://github.com/storydiff/storydiff)" {
			t.Errorf("User-Agent = %q", ua)
		}
	}
}

func TestFetchHostsInParallel(t *testing.T) {
	t.Parallel()
	// Each server's page waits for the other server's page request: the
	// fetch completes quickly only if both hosts are fetched at once.
	arrived := [2]chan struct{}{make(chan struct{}), make(chan struct{})}
	var met [2]atomic.Bool
	newServer := func(me int) *httptest.Server {
		var once sync.Once
		return httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if r.URL.Path == "/robots.txt" {
				http.NotFound(w, r)
				return
			}
			once.Do(func() { close(arrived[me]) })
			select {
			case <-arrived[1-me]:
				met[me].Store(true)
			case <-time.After(2 * time.Second):
			}
			serve(200, "text/html", articleHTML)(w, r)
		}))
	}
	a, b := newServer(0), newServer(1)
	defer a.Close()
	defer b.Close()
	opts := testOptions()
	opts.Delay = time.Second // irrelevant across hosts
	rs := NewFetcher(opts).Fetch(context.Background(), []string{a.URL + "/1", b.URL + "/1"})
	for _, r := range rs {
		if r.Err != nil {
			t.Error(r.Err)
		}
	}
	if !met[0].Load() || !met[1].Load() {
		t.Error("the two hosts were not fetched concurrently")
	}
}

func TestFetchFailureDoesNotStopOthers(t *testing.T) {
	t.Parallel()
	var log hostLog
	good := httptest.NewServer(log.handler(0))
	defer good.Close()
	down := httptest.NewServer(http.NotFoundHandler())
	down.Close() // connection refused
	dir := t.TempDir()
	missing := dir + "/missing.html"
	sources := []string{
		good.URL + "/one",
		down.URL + "/story",
		missing,
		"ftp://example.com/story",
		good.URL + "/two",
		"",
		"testdata/fetch/article.html",
	}
	rs := NewFetcher(testOptions()).Fetch(context.Background(), sources)
	if len(rs) != len(sources) {
		t.Fatalf("%d results for %d sources", len(rs), len(sources))
	}
	wantErr := []string{
		"",
		"connection refused",
		missing + ": no such file or directory",
		`unsupported URL scheme "ftp"`,
		"",
		"empty source",
		"",
	}
	for i, r := range rs {
		if r.Source != sources[i] {
			t.Errorf("result %d is for %q, want %q", i, r.Source, sources[i])
		}
		switch {
		case wantErr[i] == "" && r.Err != nil:
			t.Errorf("%s: unexpected error %v", sources[i], r.Err)
		case wantErr[i] == "" && len(r.Page.Body) == 0:
			t.Errorf("%s: empty page", sources[i])
		case wantErr[i] != "" && (r.Err == nil || !strings.Contains(r.Err.Error(), wantErr[i])):
			t.Errorf("%s: error %v, want one containing %q", sources[i], r.Err, wantErr[i])
		}
	}
}

func TestFetchCanceled(t *testing.T) {
	t.Parallel()
	srv := httptest.NewServer(drip(10 * time.Millisecond))
	defer srv.Close()
	ctx, cancel := context.WithCancel(context.Background())
	time.AfterFunc(200*time.Millisecond, cancel)
	opts := testOptions()
	opts.Timeout, opts.Deadline = 10*time.Second, 10*time.Second
	rs := NewFetcher(opts).Fetch(ctx, []string{srv.URL + "/a", srv.URL + "/b"})
	for _, r := range rs {
		if r.Err == nil || !strings.Contains(r.Err.Error(), "canceled") {
			t.Errorf("%s: error %v, want cancellation", r.Source, r.Err)
		}
	}
}

// TestFetchMemoryBounded checks that a huge page or a gzip bomb costs
// memory in proportion to the body limit, not to the page. It is not
// parallel: it reads the process's allocation counter.
func TestFetchMemoryBounded(t *testing.T) {
	const limit = 1 << 20
	bomb := gzipBomb(t, 128<<20)
	tests := []struct {
		name    string
		handler http.HandlerFunc
	}{
		{"60 MB page", func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/html")
			io.Copy(w, spaces(60<<20))
		}},
		{"gzip bomb of 128 MiB", func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/html")
			w.Header().Set("Content-Encoding", "gzip")
			w.Write(bomb)
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := httptest.NewServer(tt.handler)
			defer srv.Close()
			opts := testOptions()
			opts.MaxBodySize = limit
			opts.IgnoreRobots = true
			f := NewFetcher(opts)
			var before, after runtime.MemStats
			runtime.GC()
			runtime.ReadMemStats(&before)
			r := f.Fetch(context.Background(), []string{srv.URL + "/"})[0]
			runtime.ReadMemStats(&after)
			checkResult(t, r, ErrTooLarge, 0, "exceeds the 1 MiB limit")
			if alloc := after.TotalAlloc - before.TotalAlloc; alloc > 16*limit {
				t.Errorf("allocated %d bytes for a page capped at %d", alloc, limit)
			}
		})
	}
}

func TestFetchRedirectToFetchedURL(t *testing.T) {
	t.Parallel()
	var hits atomic.Int32
	mux := http.NewServeMux()
	mux.HandleFunc("/story", func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		serve(200, "text/html", articleHTML)(w, r)
	})
	mux.Handle("/amp/story", http.RedirectHandler("/story", http.StatusMovedPermanently))
	mux.Handle("/short", http.RedirectHandler("/amp/story", http.StatusFound))
	srv := httptest.NewServer(mux)
	defer srv.Close()
	sources := []string{srv.URL + "/story", srv.URL + "/amp/story", srv.URL + "/short"}
	rs := NewFetcher(testOptions()).Fetch(context.Background(), sources)
	for i, r := range rs {
		if r.Err != nil {
			t.Errorf("%s: %v", sources[i], r.Err)
			continue
		}
		if r.Page.URL != srv.URL+"/story" || r.Page.Source != sources[i] {
			t.Errorf("%s: page from %q for source %q", sources[i], r.Page.URL, r.Page.Source)
		}
	}
	if n := hits.Load(); n != 3 {
		t.Errorf("/story served %d times, want 3", n)
	}
}

// dropFirst closes the connection without a response for the first n
// requests to non-robots paths, then serves h.
func dropFirst(n int64, h http.Handler) (http.Handler, *atomic.Int64) {
	var count atomic.Int64
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			h.ServeHTTP(w, r)
			return
		}
		if count.Add(1) <= n {
			conn, _, err := w.(http.Hijacker).Hijack()
			if err == nil {
				conn.Close()
			}
			return
		}
		h.ServeHTTP(w, r)
	}), &count
}

// noKeepAliveServer serves h on connections that are not reused, so that
// net/http's client never repeats a request on its own after a dropped
// connection.
func noKeepAliveServer(h http.Handler) *httptest.Server {
	srv := httptest.NewUnstartedServer(h)
	srv.Config.SetKeepAlivesEnabled(false)
	srv.Start()
	return srv
}

func TestFetchRetriesNetworkErrors(t *testing.T) {
	t.Run("reset, then served", func(t *testing.T) {
		h, count := dropFirst(2, serve(200, "text/html", articleHTML))
		srv := noKeepAliveServer(h)
		defer srv.Close()
		r := fetchOne(t, testOptions(), srv.URL+"/story") // Retries: 2
		if r.Err != nil {
			t.Fatalf("error %v, want success on the third attempt", r.Err)
		}
		if got := count.Load(); got != 3 {
			t.Errorf("%d requests, want 3", got)
		}
	})
	t.Run("retries exhausted", func(t *testing.T) {
		h, count := dropFirst(100, serve(200, "text/html", articleHTML))
		srv := noKeepAliveServer(h)
		defer srv.Close()
		r := fetchOne(t, testOptions(), srv.URL+"/story")
		if r.Err == nil || !strings.Contains(r.Err.Error(), "request failed") || !strings.Contains(r.Err.Error(), "(after 3 attempts)") {
			t.Errorf("error %v, want a request failure after 3 attempts", r.Err)
		}
		if got := count.Load(); got != 3 {
			t.Errorf("%d requests, want 3", got)
		}
	})
	t.Run("no retries", func(t *testing.T) {
		h, count := dropFirst(1, serve(200, "text/html", articleHTML))
		srv := noKeepAliveServer(h)
		defer srv.Close()
		opts := testOptions()
		opts.Retries = -1
		if r := fetchOne(t, opts, srv.URL+"/story"); r.Err == nil {
			t.Errorf("no error with retries off")
		}
		if got := count.Load(); got != 1 {
			t.Errorf("%d requests, want 1", got)
		}
	})
	t.Run("connection refused", func(t *testing.T) {
		srv := httptest.NewServer(serve(200, "text/html", articleHTML))
		addr := srv.URL
		srv.Close()
		opts := testOptions()
		opts.IgnoreRobots = true
		var logged []string
		opts.Logf = func(format string, args ...any) { logged = append(logged, fmt.Sprintf(format, args...)) }
		r := fetchOne(t, opts, addr+"/story")
		if r.Err == nil || !strings.Contains(r.Err.Error(), "(after 3 attempts)") {
			t.Errorf("error %v, want a failure after 3 attempts", r.Err)
		}
		if n := strings.Count(strings.Join(logged, "\n"), "; retry "); n != 2 {
			t.Errorf("%d retries logged, want 2: %q", n, logged)
		}
	})
	t.Run("canceled, not retried", func(t *testing.T) {
		ctx, cancel := context.WithCancel(context.Background())
		h := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if r.URL.Path != "/robots.txt" {
				cancel()
				<-r.Context().Done()
			}
		})
		srv := noKeepAliveServer(h)
		defer srv.Close()
		opts := testOptions()
		opts.RetryBackoff = time.Hour // a retry would hang the test
		rs := NewFetcher(opts).Fetch(ctx, []string{srv.URL + "/story"})
		if rs[0].Err == nil || !strings.Contains(rs[0].Err.Error(), "canceled") {
			t.Errorf("error %v, want canceled", rs[0].Err)
		}
	})
}

func TestFetchRedirectRobotsOtherHost(t *testing.T) {
	var robotsB, pagesB atomic.Int64
	b := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			robotsB.Add(1)
			fmt.Fprint(w, "User-agent: storydiff\nDisallow: /private/\n")
			return
		}
		pagesB.Add(1)
		serve(200, "text/html", articleHTML)(w, r)
	}))
	defer b.Close()
	c := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			w.WriteHeader(http.StatusServiceUnavailable)
			return
		}
		serve(200, "text/html", articleHTML)(w, r)
	}))
	defer c.Close()
	a := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/to-private":
			http.Redirect(w, r, b.URL+"/private/story", http.StatusFound)
		case "/to-public":
			http.Redirect(w, r, b.URL+"/news/story", http.StatusFound)
		case "/to-down":
			http.Redirect(w, r, c.URL+"/news/story", http.StatusFound)
		default:
			http.NotFound(w, r)
		}
	}))
	defer a.Close()
	opts := testOptions()
	opts.Retries = -1
	rs := NewFetcher(opts).Fetch(context.Background(), []string{a.URL + "/to-private", a.URL + "/to-public", a.URL + "/to-down"})
	if !errors.Is(rs[0].Err, ErrRobotsDisallowed) || !strings.Contains(rs[0].Err.Error(), b.URL+"/private/story") {
		t.Errorf("redirect to a disallowed page: error %v, want ErrRobotsDisallowed naming the target", rs[0].Err)
	}
	if rs[1].Err != nil || rs[1].Page.URL != b.URL+"/news/story" {
		t.Errorf("redirect to an allowed page: %v, URL %q", rs[1].Err, rs[1].Page.URL)
	}
	if !errors.Is(rs[2].Err, ErrRobotsDisallowed) || !strings.Contains(rs[2].Err.Error(), "unavailable") {
		t.Errorf("redirect to a host whose robots.txt fails: error %v, want ErrRobotsDisallowed", rs[2].Err)
	}
	if pagesB.Load() != 1 || robotsB.Load() != 1 {
		t.Errorf("other host saw %d page and %d robots.txt requests, want 1 and 1", pagesB.Load(), robotsB.Load())
	}
}

func TestFetchAcceptedTypes(t *testing.T) {
	feed := "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss><channel><title>caf\xe9</title></channel></rss>"
	gz := gzipped(t, []byte("<urlset></urlset>"))
	mux := http.NewServeMux()
	mux.Handle("/feed", serve(200, "application/rss+xml; charset=iso-8859-1", feed))
	mux.Handle("/sitemap.xml.gz", serve(200, "application/gzip", string(gz)))
	mux.Handle("/image", serve(200, "image/png", "\x89PNG\r\n\x1a\n"))
	srv := httptest.NewServer(mux)
	defer srv.Close()
	sources := []string{srv.URL + "/feed", srv.URL + "/sitemap.xml.gz", srv.URL + "/image"}

	opts := testOptions()
	opts.Accept = []string{"application/rss+xml", "APPLICATION/GZIP"}
	rs := NewFetcher(opts).Fetch(context.Background(), sources)
	if rs[0].Err != nil || string(rs[0].Page.Body) != feed || rs[0].Page.ContentType != "application/rss+xml" {
		t.Errorf("accepted feed: %q (%s), %v; want the body as sent", rs[0].Page.Body, rs[0].Page.ContentType, rs[0].Err)
	}
	if rs[1].Err != nil || !bytes.Equal(rs[1].Page.Body, gz) {
		t.Errorf("accepted gzip: %v; want the body as sent", rs[1].Err)
	}
	if !errors.Is(rs[2].Err, ErrUnsupportedType) {
		t.Errorf("type not accepted: error %v, want ErrUnsupportedType", rs[2].Err)
	}
	rs = NewFetcher(testOptions()).Fetch(context.Background(), sources[:1])
	if !errors.Is(rs[0].Err, ErrUnsupportedType) {
		t.Errorf("feed without Accept: error %v, want ErrUnsupportedType", rs[0].Err)
	}
}

// TestFetchRobotsRedirects checks that a robots.txt file that redirects,
// as sites moving to https or to a www host do, is followed: its rules
// apply, both to the host of the source and to a host redirected to.
func TestFetchRobotsRedirects(t *testing.T) {
	// rules serves the robots.txt that the others redirect to.
	rules := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/real-robots.txt" {
			fmt.Fprint(w, "User-agent: *\nDisallow: /private/\n")
			return
		}
		http.NotFound(w, r)
	}))
	defer rules.Close()
	// site redirects its robots.txt twice, then serves pages.
	site := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/robots.txt":
			http.Redirect(w, r, "/robots-moved.txt", http.StatusMovedPermanently)
		case "/robots-moved.txt":
			http.Redirect(w, r, rules.URL+"/real-robots.txt", http.StatusFound)
		default:
			serve(200, "text/html", articleHTML)(w, r)
		}
	}))
	defer site.Close()
	// endless redirects its robots.txt forever: unavailable, so allowed.
	endless := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var n int
		fmt.Sscanf(r.URL.Query().Get("n"), "%d", &n)
		if strings.HasSuffix(r.URL.Path, "robots.txt") {
			http.Redirect(w, r, fmt.Sprintf("/robots.txt?n=%d", n+1), http.StatusFound)
			return
		}
		serve(200, "text/html", articleHTML)(w, r)
	}))
	defer endless.Close()
	// hub redirects to the pages of the others.
	hub := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/to-private":
			http.Redirect(w, r, site.URL+"/private/story", http.StatusFound)
		case "/to-public":
			http.Redirect(w, r, site.URL+"/news/story", http.StatusFound)
		case "/to-endless":
			http.Redirect(w, r, endless.URL+"/private/story", http.StatusFound)
		default:
			http.NotFound(w, r)
		}
	}))
	defer hub.Close()

	tests := []struct {
		name       string
		src        string
		disallowed bool
	}{
		{"own robots.txt redirected, disallowed page", site.URL + "/private/story", true},
		{"own robots.txt redirected, allowed page", site.URL + "/news/story", false},
		{"redirect to a host whose robots.txt redirects, disallowed", hub.URL + "/to-private", true},
		{"redirect to a host whose robots.txt redirects, allowed", hub.URL + "/to-public", false},
		{"robots.txt redirected without end", endless.URL + "/private/story", false},
		{"redirect to a host whose robots.txt redirects without end", hub.URL + "/to-endless", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			opts := testOptions()
			opts.Retries = -1
			r := fetchOne(t, opts, tt.src)
			switch {
			case tt.disallowed && !errors.Is(r.Err, ErrRobotsDisallowed):
				t.Errorf("error %v, want ErrRobotsDisallowed", r.Err)
			case !tt.disallowed && r.Err != nil:
				t.Errorf("error %v, want the page", r.Err)
			}
		})
	}
}

// TestFetchRobotsDrip checks that a robots.txt file that never ends is a
// timeout of its source, reported as such.
func TestFetchRobotsDrip(t *testing.T) {
	mux := http.NewServeMux()
	mux.Handle("/robots.txt", drip(20*time.Millisecond))
	mux.Handle("/", serve(200, "text/html", articleHTML))
	srv := httptest.NewServer(mux)
	defer srv.Close()
	opts := testOptions()
	opts.Timeout = 300 * time.Millisecond
	opts.Deadline = 3 * time.Second
	opts.Retries = -1
	r := fetchOne(t, opts, srv.URL+"/story")
	if !errors.Is(r.Err, ErrTimeout) || !strings.Contains(r.Err.Error(), "robots.txt") {
		t.Errorf("error %v, want ErrTimeout naming robots.txt", r.Err)
	}
}
