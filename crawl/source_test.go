package crawl

import (
	"bytes"
	"context"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

func TestClassifySource(t *testing.T) {
	tests := []struct {
		src     string
		kind    sourceKind
		host    string // hostKey for URLs
		path    string // for files
		wantErr string
	}{
		{src: "https://www.example.com/news/story?id=1#top", kind: kindURL, host: "www.example.com"},
		{src: "HTTP://Example.COM:80/a", kind: kindURL, host: "example.com"},
		{src: "https://example.com:443/a", kind: kindURL, host: "example.com"},
		{src: "http://127.0.0.1:8080/a", kind: kindURL, host: "127.0.0.1:8080"},
		{src: "http://[::1]:8080/a", kind: kindURL, host: "[::1]:8080"},
		{src: "-", kind: kindStdin},
		{src: "story.html", kind: kindFile, path: "story.html"},
		{src: "dir/with://colon.txt", kind: kindFile, path: "dir/with://colon.txt"},
		{src: `C:\news\story.html`, kind: kindFile, path: `C:\news\story.html`},
		{src: "file:///tmp/story.html", kind: kindFile, path: filepath.FromSlash("/tmp/story.html")},
		{src: "", wantErr: "empty source"},
		{src: "ftp://example.com/x", wantErr: `unsupported URL scheme "ftp"`},
		{src: "https:///path", wantErr: "no host"},
		{src: "https://user:pw@example.com/", wantErr: "credentials"},
		{src: "http://exa mple.com/", wantErr: "invalid URL"},
		{src: "crawl.warc.gz#https://example.com/a?b=1", kind: kindWARC, host: "example.com", path: "crawl.warc.gz"},
		{src: "dir/Crawl.WARC#http://example.com:80/a", kind: kindWARC, host: "example.com", path: "dir/Crawl.WARC"},
		{src: "crawl.warc.gz", kind: kindFile, path: "crawl.warc.gz"},
		{src: "https://example.com/a.warc#frag", kind: kindURL, host: "example.com"},
		{src: "crawl.warc#story.html", wantErr: "after the WARC file name"},
		{src: "crawl.warc#ftp://example.com/", wantErr: "after the WARC file name"},
	}
	for _, tt := range tests {
		kind, u, path, err := classifySource(tt.src)
		if tt.wantErr != "" {
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Errorf("classifySource(%q) error = %v, want %q", tt.src, err, tt.wantErr)
			}
			continue
		}
		if err != nil {
			t.Errorf("classifySource(%q): %v", tt.src, err)
			continue
		}
		if kind != tt.kind {
			t.Errorf("classifySource(%q) kind = %v, want %v", tt.src, kind, tt.kind)
		}
		if kind == kindURL || kind == kindWARC {
			if got := hostKey(u); got != tt.host {
				t.Errorf("hostKey(%q) = %q, want %q", tt.src, got, tt.host)
			}
			if u.Fragment != "" {
				t.Errorf("classifySource(%q) kept the fragment", tt.src)
			}
		}
		if path != tt.path {
			t.Errorf("classifySource(%q) path = %q, want %q", tt.src, path, tt.path)
		}
	}
}

func TestFetchFiles(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	cp1251, err := charmap.Windows1251.NewEncoder().String(`<html><head><meta charset="windows-1251"></head><body><p>Мост открыт.</p></body></html>`)
	if err != nil {
		t.Fatal(err)
	}
	legacy := write("legacy.htm", []byte(cp1251))
	pdf := write("paper.pdf", []byte("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"))
	unknownPDF := write("paper.dat", []byte("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"))
	empty := write("empty.html", nil)
	big := write("big.txt", bytes.Repeat([]byte("a"), 2048))

	tests := []struct {
		src      string
		wantType string
		wantBody string
		wantErr  error
		wantMsg  string
	}{
		{src: "testdata/fetch/article.html", wantType: TypeHTML, wantBody: "city’s transport office"},
		{src: "testdata/fetch/article.txt", wantType: TypePlain, wantBody: "eight weeks of repairs"},
		{src: "testdata/fetch/article.md", wantType: TypeMarkdown, wantBody: "# Bridge reopens"},
		{src: "testdata/fetch/article-noext", wantType: TypeHTML, wantBody: "<article>"},
		{src: "testdata/fetch/wire-noext", wantType: TypePlain, wantBody: "Bridge reopens"},
		{src: legacy, wantType: TypeHTML, wantBody: "Мост открыт."},
		{src: "file://" + filepath.ToSlash(legacy), wantType: TypeHTML, wantBody: "Мост открыт."},
		{src: pdf, wantErr: ErrUnsupportedType, wantMsg: "application/pdf"},
		{src: unknownPDF, wantErr: ErrUnsupportedType, wantMsg: "application/pdf"},
		{src: empty, wantErr: ErrEmpty, wantMsg: empty + ": empty document"},
		{src: big, wantErr: ErrTooLarge, wantMsg: "file is 2 KiB, over the 1 KiB limit"},
		{src: filepath.Join(dir, "nope.html"), wantErr: fs.ErrNotExist, wantMsg: filepath.Join(dir, "nope.html") + ": no such file"},
		{src: dir, wantMsg: dir + ": is a directory"},
	}
	opts := testOptions()
	opts.MaxBodySize = 1024
	f := NewFetcher(opts)
	for _, tt := range tests {
		r := f.Fetch(context.Background(), []string{tt.src})[0]
		if tt.wantMsg != "" {
			if r.Err == nil || !strings.Contains(r.Err.Error(), tt.wantMsg) {
				t.Errorf("%s: error %v, want one containing %q", tt.src, r.Err, tt.wantMsg)
			}
			if tt.wantErr != nil && !errors.Is(r.Err, tt.wantErr) {
				t.Errorf("%s: error %v is not %v", tt.src, r.Err, tt.wantErr)
			}
			continue
		}
		if r.Err != nil {
			t.Errorf("%s: %v", tt.src, r.Err)
			continue
		}
		if r.Page.ContentType != tt.wantType || r.Page.Source != tt.src || r.Page.URL != "" {
			t.Errorf("%s: page %q %q %q, want type %q", tt.src, r.Page.Source, r.Page.URL, r.Page.ContentType, tt.wantType)
		}
		if !bytes.Contains(r.Page.Body, []byte(tt.wantBody)) {
			t.Errorf("%s: body %q does not contain %q", tt.src, r.Page.Body, tt.wantBody)
		}
	}
}

func TestFetchStdin(t *testing.T) {
	tests := []struct {
		name     string
		in       string
		wantType string
		wantMsg  string
	}{
		{"html", "<!doctype html><p>Hi</p>", TypeHTML, ""},
		{"fragment", "\n<article><p>Hi</p></article>", TypeHTML, ""},
		{"text", "Hi there.\nA <b> in text is not HTML.", TypePlain, ""},
		{"less-than text", "<3 this story", TypePlain, ""},
		{"empty", "   \n", "", "standard input: empty document"},
		{"binary", "\x89PNG\r\n\x1a\n\x00\x00", "", "standard input: unsupported content type: content looks like image/png"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			opts := testOptions()
			opts.Stdin = strings.NewReader(tt.in)
			rs := NewFetcher(opts).Fetch(context.Background(), []string{"-", "-"})
			for _, r := range rs {
				if tt.wantMsg != "" {
					if r.Err == nil || !strings.Contains(r.Err.Error(), tt.wantMsg) {
						t.Errorf("error %v, want %q", r.Err, tt.wantMsg)
					}
					continue
				}
				if r.Err != nil {
					t.Fatal(r.Err)
				}
				if r.Source != "-" || r.Page.ContentType != tt.wantType || string(r.Page.Body) != tt.in {
					t.Errorf("page = %q %q %q, want type %q and the input", r.Source, r.Page.ContentType, r.Page.Body, tt.wantType)
				}
			}
		})
	}
	r := NewFetcher(testOptions()).Fetch(context.Background(), []string{"-"})[0]
	if r.Err == nil || !strings.Contains(r.Err.Error(), "standard input: not available") {
		t.Errorf("no Stdin: error %v", r.Err)
	}
}

func TestDecodeBody(t *testing.T) {
	tests := []struct {
		name        string
		body        string
		contentType string
		html        bool
		want        string
		guessed     bool
	}{
		{"utf-8 untouched", "héllo", "", false, "héllo", false},
		{"bom stripped", "\xef\xbb\xbfhéllo", "", false, "héllo", false},
		{"utf-16le bom", "\xff\xfeh\x00i\x00", "", false, "hi", false},
		{"utf-16be bom", "\xfe\xff\x00h\x00i", "", false, "hi", false},
		{"declared utf-8 with bad bytes", "a\xffb", "text/html; charset=utf-8", true, "a\uFFFDb", false},
		{"latin-1 text falls back to windows-1252", "caf\xe9 \x93q\x94", "", false, "café “q”", true},
		{"latin-1 html falls back to windows-1252", "<p>caf\xe9", "", true, "<p>café", true},
		{"unknown label ignored", "caf\xe9", "text/plain; charset=x-nonsense", false, "café", true},
		{"meta ignored for text", "<meta charset=windows-1251>\xcc", "", false, "<meta charset=windows-1251>Ì", true},
		{"meta used for html", "<meta charset=windows-1251>\xcc", "", true, "<meta charset=windows-1251>М", false},
	}
	for _, tt := range tests {
		got, guessed, err := decodeBody([]byte(tt.body), tt.contentType, tt.html)
		if err != nil {
			t.Errorf("%s: %v", tt.name, err)
			continue
		}
		if string(got) != tt.want || guessed != tt.guessed {
			t.Errorf("%s: decodeBody = %q, guessed %v; want %q, %v", tt.name, got, guessed, tt.want, tt.guessed)
		}
	}
}

func TestParseRetryAfter(t *testing.T) {
	now := time.Date(2025, 11, 20, 12, 0, 0, 0, time.UTC)
	tests := []struct {
		in   string
		want time.Duration
		ok   bool
	}{
		{"120", 2 * time.Minute, true},
		{" 0 ", 0, true},
		{"Thu, 20 Nov 2025 12:00:30 GMT", 30 * time.Second, true},
		{"Thursday, 20-Nov-25 12:01:00 GMT", time.Minute, true},
		{"Thu Nov 20 12:00:05 2025", 5 * time.Second, true},
		{"Wed, 19 Nov 2025 12:00:00 GMT", 0, true},
		{"99999999999999999999999", maxRetryAfter, true},
		{"", 0, false},
		{"-5", 0, false},
		{"1.5", 0, false},
		{"soon", 0, false},
	}
	for _, tt := range tests {
		got, ok := parseRetryAfter(tt.in, now)
		if got != tt.want || ok != tt.ok {
			t.Errorf("parseRetryAfter(%q) = %v, %v; want %v, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

func FuzzParseRetryAfter(f *testing.F) {
	for _, s := range []string{"120", "0", "Thu, 20 Nov 2025 12:00:30 GMT", "Thursday, 20-Nov-25 12:01:00 GMT", "99999999999999999999", "-1", ""} {
		f.Add(s)
	}
	now := time.Date(2025, 11, 20, 12, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, s string) {
		d, ok := parseRetryAfter(s, now)
		if d < 0 || d > maxRetryAfter {
			t.Errorf("parseRetryAfter(%q) = %v out of range", s, d)
		}
		if !ok && d != 0 {
			t.Errorf("parseRetryAfter(%q) = %v with ok false", s, d)
		}
	})
}

func FuzzClassifySource(f *testing.F) {
	for _, s := range []string{"https://example.com/a?b#c", "-", "story.html", "file:///tmp/x", "ftp://x", "http://[::1]:80/", "HTTPS://EXAMPLE.COM:443", "a.warc.gz#https://example.com/x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		kind, u, path, err := classifySource(s)
		if err != nil {
			return
		}
		switch kind {
		case kindURL:
			if u == nil || (u.Scheme != "http" && u.Scheme != "https") || hostKey(u) == "" {
				t.Errorf("classifySource(%q) = URL %v", s, u)
			}
		case kindFile:
			if path == "" {
				t.Errorf("classifySource(%q) = file with no path", s)
			}
		case kindStdin:
			if s != "-" {
				t.Errorf("classifySource(%q) = stdin", s)
			}
		case kindWARC:
			if !isWARCPath(path) || u == nil || u.Hostname() == "" {
				t.Errorf("classifySource(%q) = WARC %q, URL %v", s, path, u)
			}
		}
	})
}

func FuzzDecodeBody(f *testing.F) {
	f.Add([]byte("<meta charset=shift_jis>\x93\xfa"), "text/html", true)
	f.Add([]byte("\xff\xfeh\x00"), "", false)
	f.Add([]byte("caf\xe9"), "text/plain; charset=iso-8859-1", false)
	f.Fuzz(func(t *testing.T, body []byte, contentType string, html bool) {
		out, _, err := decodeBody(body, contentType, html)
		if err != nil {
			return
		}
		if !utf8.Valid(out) {
			t.Errorf("decodeBody(%q, %q) = %q, not UTF-8", body, contentType, out)
		}
		if bytes.HasPrefix(out, utf8BOM) && !bytes.HasPrefix(bytes.TrimPrefix(out, utf8BOM), utf8BOM) {
			// One BOM is always removed; only a doubled one may remain.
			t.Errorf("decodeBody(%q) kept a byte order mark", body)
		}
	})
}

func FuzzSniffMediaType(f *testing.F) {
	for _, s := range []string{"<!doctype html>", "<p>x", "<3 text", "%PDF-", "plain", "\x00\x01"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, body []byte) {
		mt, err := sniffMediaType(body)
		if err == nil && mt != TypeHTML && mt != TypePlain {
			t.Errorf("sniffMediaType(%q) = %q", body, mt)
		}
		if err != nil && !errors.Is(err, ErrUnsupportedType) {
			t.Errorf("sniffMediaType(%q) error %v is not ErrUnsupportedType", body, err)
		}
	})
}
