package crawl

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"mime"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/transform"
)

// Media types of the pages a Fetcher returns in Page.ContentType.
const (
	TypeHTML     = "text/html"
	TypePlain    = "text/plain"
	TypeMarkdown = "text/markdown"
)

// sourceKind tells how a source is read.
type sourceKind int

const (
	kindFile sourceKind = iota
	kindURL
	kindStdin
	kindWARC // a response in a WARC file: "FILE.warc#URL"
)

// classifySource tells whether src is an http(s) URL, standard input ("-")
// or a file path. For URLs it returns the parsed URL; for "file://" URLs it
// returns kindFile and the path in path.
func classifySource(src string) (kind sourceKind, u *url.URL, path string, err error) {
	switch {
	case src == "":
		return 0, nil, "", errors.New("empty source")
	case src == "-":
		return kindStdin, nil, "", nil
	}
	scheme, rest, ok := strings.Cut(src, "://")
	if !ok || !isScheme(scheme) {
		if path, rawURL, ok := splitWARCSource(src); ok {
			u, err := url.Parse(rawURL)
			if err != nil {
				return 0, nil, "", fmt.Errorf("invalid URL after the WARC file name: %w", unwrapURLError(err))
			}
			if s := strings.ToLower(u.Scheme); (s != "http" && s != "https") || u.Hostname() == "" {
				return 0, nil, "", errors.New("invalid URL after the WARC file name: want an absolute http or https URL")
			}
			return kindWARC, u, path, nil
		}
		return kindFile, nil, src, nil
	}
	switch strings.ToLower(scheme) {
	case "http", "https":
		u, err := url.Parse(src)
		if err != nil {
			return 0, nil, "", fmt.Errorf("invalid URL: %w", unwrapURLError(err))
		}
		if u.Host == "" || u.Hostname() == "" {
			return 0, nil, "", errors.New("invalid URL: no host")
		}
		if u.User != nil {
			return 0, nil, "", errors.New("invalid URL: credentials in URLs are not supported")
		}
		u.Fragment, u.RawFragment = "", ""
		return kindURL, u, "", nil
	case "file":
		u, err := url.Parse(src)
		if err != nil || (u.Host != "" && u.Host != "localhost") || u.Path == "" {
			return 0, nil, "", fmt.Errorf("invalid file URL %q", rest)
		}
		return kindFile, nil, filepath.FromSlash(u.Path), nil
	default:
		return 0, nil, "", fmt.Errorf("unsupported URL scheme %q (use http, https or a file path)", scheme)
	}
}

// splitWARCSource splits a "FILE.warc#URL" or "FILE.warc.gz#URL" source
// into the WARC file's path and the URL.
func splitWARCSource(src string) (path, rawURL string, ok bool) {
	lower := strings.ToLower(src)
	for _, ext := range []string{".warc.gz#", ".warc#"} {
		if i := strings.Index(lower, ext); i > 0 {
			cut := i + len(ext) - 1
			return src[:cut], src[cut+1:], true
		}
	}
	return "", "", false
}

// isScheme reports whether s is a URL scheme as RFC 3986 defines it.
// A one-letter scheme is taken for a Windows drive letter.
func isScheme(s string) bool {
	if len(s) < 2 {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z':
		case i > 0 && ('0' <= c && c <= '9' || c == '+' || c == '-' || c == '.'):
		default:
			return false
		}
	}
	return true
}

// unwrapURLError drops the *url.Error wrapper, whose message repeats the URL.
func unwrapURLError(err error) error {
	var ue *url.Error
	if errors.As(err, &ue) {
		return ue.Err
	}
	return err
}

// hostKey is the key by which URL sources are grouped for politeness:
// the lower-cased host with the scheme's default port removed.
func hostKey(u *url.URL) string {
	h := strings.ToLower(u.Host)
	switch {
	case u.Scheme == "http" && strings.HasSuffix(h, ":80"):
		h = strings.TrimSuffix(h, ":80")
	case u.Scheme == "https" && strings.HasSuffix(h, ":443"):
		h = strings.TrimSuffix(h, ":443")
	}
	return h
}

// fileMediaType returns the media type implied by a file name's extension,
// or "" when the content must be sniffed.
func fileMediaType(path string) string {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".html", ".htm", ".xhtml", ".shtml":
		return TypeHTML
	case ".txt", ".text":
		return TypePlain
	case ".md", ".markdown":
		return TypeMarkdown
	}
	return ""
}

// readFile reads a local file source of at most limit bytes.
func readFile(path string, limit int64) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, pathError(err)
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return nil, pathError(err)
	}
	if info.IsDir() {
		return nil, errors.New("is a directory, not a file")
	}
	if info.Mode().IsRegular() && info.Size() > limit {
		return nil, fmt.Errorf("%w: file is %s, over the %s limit", ErrTooLarge, byteSize(info.Size()), byteSize(limit))
	}
	return readLimited(f, limit, info.Size())
}

// pathError drops the *fs.PathError wrapper, whose message repeats the path
// that SourceError already names.
func pathError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// readLimited reads r to the end. It fails with ErrTooLarge when r holds
// more than limit bytes, reading at most limit+1 of them. sizeHint, when
// positive, is the expected size.
func readLimited(r io.Reader, limit, sizeHint int64) ([]byte, error) {
	var buf bytes.Buffer
	if sizeHint > 0 && sizeHint <= limit {
		buf.Grow(int(sizeHint) + bytes.MinRead)
	}
	n, err := buf.ReadFrom(io.LimitReader(r, limit+1))
	if err != nil {
		return nil, err
	}
	if n > limit {
		return nil, fmt.Errorf("%w: body exceeds the %s limit", ErrTooLarge, byteSize(limit))
	}
	return buf.Bytes(), nil
}

// byteSize formats n bytes for people.
func byteSize(n int64) string {
	const unit = 1024
	switch {
	case n >= unit*unit && n%(unit*unit) == 0:
		return fmt.Sprintf("%d MiB", n/(unit*unit))
	case n >= unit*unit:
		return fmt.Sprintf("%.1f MiB", float64(n)/(unit*unit))
	case n >= unit && n%unit == 0:
		return fmt.Sprintf("%d KiB", n/unit)
	default:
		return fmt.Sprintf("%d bytes", n)
	}
}

// sniffMediaType guesses the media type of a document without a usable
// declared type: TypeHTML when it looks like HTML, TypePlain for other text,
// and an error naming the detected type for anything else (PDF, images,
// archives, binary data).
func sniffMediaType(body []byte) (string, error) {
	if looksLikeHTML(body) {
		return TypeHTML, nil
	}
	detected := http.DetectContentType(body)
	if strings.HasPrefix(detected, "text/") {
		return TypePlain, nil
	}
	mt, _, _ := strings.Cut(detected, ";")
	return "", fmt.Errorf("%w: content looks like %s, not an HTML or text document", ErrUnsupportedType, mt)
}

// looksLikeHTML reports whether a document starts like HTML: a doctype, a
// comment or a known HTML element, or has an <html> or <body> tag near the
// top.
func looksLikeHTML(body []byte) bool {
	b := bytes.TrimPrefix(body, []byte("\xef\xbb\xbf"))
	b = bytes.TrimLeft(b, " \t\r\n\f")
	if len(b) > 1024 {
		b = b[:1024]
	}
	if strings.HasPrefix(http.DetectContentType(b), "text/html") {
		return true
	}
	lower := bytes.ToLower(b)
	if bytes.Contains(lower, []byte("<html")) || bytes.Contains(lower, []byte("<body")) {
		return true
	}
	if len(lower) < 3 || lower[0] != '<' {
		return false
	}
	if bytes.HasPrefix(lower, []byte("<!doctype html")) || bytes.HasPrefix(lower, []byte("<!--")) {
		return true
	}
	name := lower[1:]
	end := bytes.IndexFunc(name, func(r rune) bool { return !('a' <= r && r <= 'z' || '0' <= r && r <= '9') })
	if end <= 0 || (name[end] != '>' && name[end] != ' ' && name[end] != '/' && name[end] != '\n' && name[end] != '\t' && name[end] != '\r') {
		return false
	}
	return atom.Lookup(name[:end]) != 0
}

// utf8BOM is the UTF-8 byte order mark.
var utf8BOM = []byte("\xef\xbb\xbf")

// decodeBody converts a document to UTF-8. contentType is the declared
// Content-Type header ("" for files and standard input); isHTML enables the
// <meta charset> prescan. The encoding is chosen, in order, by a byte order
// mark, the charset parameter of contentType, the body being valid UTF-8, a
// <meta> declaration, and finally windows-1252, the web's legacy default.
// A valid UTF-8 body wins over <meta> because stale declarations left over
// from a site's move to UTF-8 are common, while legacy-encoded text with
// non-ASCII letters is almost never valid UTF-8 by accident. guessed
// reports that nothing declared the encoding of a non-UTF-8 body and
// windows-1252 was assumed.
func decodeBody(body []byte, contentType string, isHTML bool) (text []byte, guessed bool, err error) {
	enc, guessed := chooseEncoding(body, contentType, isHTML)
	if enc != nil {
		out, _, err := transform.Bytes(enc.NewDecoder(), body)
		if err != nil {
			return nil, false, fmt.Errorf("decoding text: %w", err)
		}
		body = out
	} else if !utf8.Valid(body) {
		body = bytes.ToValidUTF8(body, []byte("\uFFFD"))
	}
	return bytes.TrimPrefix(body, utf8BOM), guessed, nil
}

// chooseEncoding picks the decoder for body, or nil when body is UTF-8
// already. See decodeBody.
func chooseEncoding(body []byte, contentType string, isHTML bool) (e encoding.Encoding, guessed bool) {
	if e, name, ok := bomEncoding(body); ok {
		if name == "utf-8" {
			return nil, false
		}
		return e, false
	}
	if contentType != "" {
		if _, params, err := mime.ParseMediaType(contentType); err == nil {
			if label := params["charset"]; label != "" {
				if e, name := charset.Lookup(label); e != nil {
					if name == "utf-8" {
						return nil, false
					}
					return e, false
				}
			}
		}
	}
	if utf8.Valid(body) {
		return nil, false
	}
	if isHTML {
		// Without a BOM or a declaration, DetermineEncoding falls back to
		// windows-1252; a non-UTF-8 body rules out its UTF-8 guess.
		// A <meta> naming windows-1252 is told from the fallback by the
		// word "charset" in the prescanned head.
		e, name, _ := charset.DetermineEncoding(body, "")
		if name == "utf-8" {
			return nil, false
		}
		head := body[:min(len(body), 1024)]
		return e, name == "windows-1252" && !bytes.Contains(bytes.ToLower(head), []byte("charset"))
	}
	return charmap.Windows1252, true
}

// bomEncoding returns the encoding announced by a byte order mark.
func bomEncoding(body []byte) (encoding.Encoding, string, bool) {
	for _, b := range []struct {
		bom   string
		label string
	}{
		{"\xef\xbb\xbf", "utf-8"},
		{"\xfe\xff", "utf-16be"},
		{"\xff\xfe", "utf-16le"},
	} {
		if bytes.HasPrefix(body, []byte(b.bom)) {
			e, name := charset.Lookup(b.label)
			return e, name, e != nil
		}
	}
	return nil, "", false
}
