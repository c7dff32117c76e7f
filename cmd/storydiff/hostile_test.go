package main

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"runtime"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"golang.org/x/text/encoding/charmap"
)

// hostileCase is one bad or awkward page served from a loopback host of
// its own, and what compare must say about it.
type hostileCase struct {
	name    string
	path    string
	handler http.Handler
	wantErr string // substring of its error in the report; "" when it must be compared
}

// repeatReader yields n copies of b.
type repeatReader struct {
	b byte
	n int64
}

func (r *repeatReader) Read(p []byte) (int, error) {
	if r.n <= 0 {
		return 0, io.EOF
	}
	if int64(len(p)) > r.n {
		p = p[:r.n]
	}
	for i := range p {
		p[i] = r.b
	}
	r.n -= int64(len(p))
	return len(p), nil
}

func hostileCases(t *testing.T) []hostileCase {
	t.Helper()
	page := func(file string) []byte {
		b, err := demoSite.ReadFile("demosite/" + file)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	html := func(body []byte) http.HandlerFunc {
		return func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			w.Write(body)
		}
	}

	// A gzip bomb: 200 MiB of spaces in about 200 KB.
	var bomb bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&bomb, gzip.BestCompression)
	if _, err := io.Copy(zw, &repeatReader{' ', 200 << 20}); err != nil {
		t.Fatal(err)
	}
	zw.Close()

	// The syndicated copy re-encoded as windows-1251, with a Cyrillic
	// paragraph added, declared only in a <meta> element.
	trim := string(page("syndicated-trim.html"))
	trim = strings.Replace(trim, "<meta charset=\"utf-8\">", "", 1)
	trim = strings.Replace(trim, "<head>", `<head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251">`, 1)
	i := strings.Index(trim, "(ANI)</p>")
	if i < 0 {
		t.Fatal("syndicated-trim.html has no closing paragraph")
	}
	i += len("(ANI)</p>")
	trim = trim[:i] + "<p>Кирилл Дмитриев прибыл в Вашингтон для переговоров о мирном плане.</p>" + trim[i:]
	cp1251, err := charmap.Windows1251.NewEncoder().String(trim)
	if err != nil {
		t.Fatal(err)
	}

	var tooMany atomic.Int64
	return []hostileCase{
		{name: "drip-feed", path: "/drip", wantErr: "", handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/html")
			rc := http.NewResponseController(w)
			for {
				if _, err := io.WriteString(w, "<p>"); err != nil {
					return
				}
				rc.Flush()
				select {
				case <-r.Context().Done():
					return
				case <-time.After(50 * time.Millisecond):
				}
			}
		})},
		{name: "redirect loop", path: "/a", wantErr: "redirect loop", handler: func() http.Handler {
			mux := http.NewServeMux()
			mux.Handle("/a", http.RedirectHandler("/b", http.StatusFound))
			mux.Handle("/b", http.RedirectHandler("/a", http.StatusFound))
			return mux
		}()},
		{name: "gzip bomb", path: "/bomb", wantErr: "exceeds the", handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/html")
			w.Header().Set("Content-Encoding", "gzip")
			w.Write(bomb.Bytes())
		})},
		{name: "60 MB page", path: "/huge", wantErr: "exceeds the", handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/html")
			io.WriteString(w, "<html><body><p>")
			io.Copy(w, &repeatReader{'a', 60 << 20})
		})},
		{name: "PDF", path: "/story.pdf", wantErr: "application/pdf", handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "application/pdf")
			io.WriteString(w, "%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n")
		})},
		{name: "empty page", path: "/empty", wantErr: "empty", handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/html")
		})},
		{name: "robots disallow", path: "/news/story", wantErr: "robots.txt disallows", handler: func() http.Handler {
			mux := http.NewServeMux()
			mux.HandleFunc("/robots.txt", func(w http.ResponseWriter, r *http.Request) {
				io.WriteString(w, "User-agent: *\nDisallow: /news/\n")
			})
			mux.Handle("/news/story", html(page("tribune.html")))
			return mux
		}()},
		{name: "429 then 200", path: "/busy", handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if tooMany.Add(1) == 1 {
				w.Header().Set("Retry-After", "1")
				http.Error(w, "slow down", http.StatusTooManyRequests)
				return
			}
			html(page("rewrite.html"))(w, r)
		})},
		{name: "windows-1251", path: "/cp1251", handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/html")
			io.WriteString(w, cp1251)
		})},
	}
}

// peakMemory samples the memory the process holds until stop is closed
// and returns the largest figure seen.
func peakMemory(stop <-chan struct{}) <-chan uint64 {
	out := make(chan uint64, 1)
	go func() {
		var peak uint64
		var ms runtime.MemStats
		tick := time.NewTicker(5 * time.Millisecond)
		defer tick.Stop()
		for {
			runtime.ReadMemStats(&ms)
			if held := ms.HeapInuse + ms.StackInuse; held > peak {
				peak = held
			}
			select {
			case <-stop:
				out <- peak
				return
			case <-tick.C:
			}
		}
	}()
	return out
}

// TestCompareHostileSources runs compare on the wire reference, a good
// copy and one loopback host per hostile case. The run must end within its
// timeouts, hold less than 512 MB, name each bad source with its cause,
// and still compare the good and the recoverable versions.
func TestCompareHostileSources(t *testing.T) {
	if testing.Short() {
		t.Skip("serves 60 MB and a gzip bomb")
	}
	ref := serveDemoPages(t)[:2] // the wire reference and the Tribune copy
	cases := hostileCases(t)
	args := []string{"compare", "--format", "json", "--delay", "0", "--timeout", "2s", "--deadline", "4s", "--retries", "2"}
	args = append(args, ref...)
	urls := map[string]hostileCase{}
	for _, c := range cases {
		srv := httptest.NewServer(c.handler)
		t.Cleanup(srv.Close)
		u := srv.URL + c.path
		urls[u] = c
		args = append(args, u)
	}
	// The drip-feed never ends, so its request times out.
	for u, c := range urls {
		if c.name == "drip-feed" {
			c.wantErr = "timed out"
			urls[u] = c
		}
	}

	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	stop := make(chan struct{})
	peak := peakMemory(stop)
	var out, errb bytes.Buffer
	code := run(ctx, stdio{strings.NewReader(""), &out, &errb}, args)
	close(stop)
	if ctx.Err() != nil {
		t.Fatalf("compare did not finish within its timeouts; stderr:\n%s", errb.String())
	}
	if p := <-peak; p > 512<<20 {
		t.Errorf("compare held %d MB, want under 512 MB", p>>20)
	} else {
		t.Logf("peak heap and stacks: %d MB", p>>20)
	}
	if code != exitOK {
		t.Fatalf("exit %d, want %d; stderr:\n%s", code, exitOK, errb.String())
	}

	var rep compareJSON
	if err := json.Unmarshal(out.Bytes(), &rep); err != nil {
		t.Fatalf("report is not JSON: %v\n%s", err, out.String())
	}
	errs := map[string]string{}
	for _, e := range rep.Errors {
		errs[e.Source] = e.Error
	}
	compared := map[string]bool{}
	for _, v := range rep.Versions {
		compared[v.Source] = true
	}
	if !compared[ref[1]] {
		t.Errorf("the good copy %s was not compared", ref[1])
	}
	for u, c := range urls {
		msg, failed := errs[u]
		switch {
		case c.wantErr == "" && failed:
			t.Errorf("%s: failed (%s), want it compared", c.name, msg)
		case c.wantErr == "" && !compared[u]:
			t.Errorf("%s: not compared", c.name)
		case c.wantErr != "" && !failed:
			t.Errorf("%s: no error in the report, want one mentioning %q", c.name, c.wantErr)
		case c.wantErr != "" && !strings.Contains(strings.ToLower(msg), strings.ToLower(c.wantErr)):
			t.Errorf("%s: error %q does not mention %q", c.name, msg, c.wantErr)
		}
		if c.wantErr != "" && !strings.Contains(errb.String(), u) {
			t.Errorf("%s: standard error does not name %s", c.name, u)
		}
	}

	// The windows-1251 copy was decoded: its Cyrillic paragraph is an
	// addition, spelled right.
	var cyrillic bool
	for _, v := range rep.Versions {
		if urls[v.Source].name != "windows-1251" {
			continue
		}
		for _, d := range v.Divergences {
			if strings.Contains(d.VerText, "Кирилл Дмитриев прибыл в Вашингтон") {
				cyrillic = true
			}
		}
	}
	if !cyrillic {
		t.Errorf("the windows-1251 copy's Cyrillic paragraph is not reported as added, correctly decoded")
	}
	if t.Failed() {
		t.Logf("stderr:\n%s\nreport:\n%s", errb.String(), out.String())
	}
}

func TestSourceError(t *testing.T) {
	tests := []struct {
		source string
		err    error
		want   string
	}{
		{"http://a.example/x", errors.New("http://a.example/x: timed out"), "http://a.example/x: timed out"},
		{"story.html", errors.New("no article text"), "story.html: no article text"},
		{"http://a.example/x", errors.New("http://a.example/xy: moved"), "http://a.example/x: http://a.example/xy: moved"},
	}
	for _, tt := range tests {
		if got := sourceError(tt.source, tt.err); got != tt.want {
			t.Errorf("sourceError(%q, %q) = %q, want %q", tt.source, tt.err, got, tt.want)
		}
	}
}
