package crawl

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/http"
	"os"
	"path/filepath"
	"time"
)

// ErrOffline is the cause of the failure of a URL that Options.Offline
// forbids fetching because neither the cache nor a WARC input has it.
var ErrOffline = errors.New("not in the cache (offline)")

// response is a stored HTTP response: a cache entry, or a response record
// of a WARC file.
type response struct {
	// URL is the URL that answered, after redirects.
	URL string `json:"url"`
	// Status is the HTTP status code.
	Status int `json:"status"`
	// Header is the response header, Content-Type included.
	Header http.Header `json:"header,omitempty"`
	// FetchedAt is when the response was received.
	FetchedAt time.Time `json:"fetched_at"`
	// Body is the body as received, before character decoding (after
	// any transfer and content encoding was removed). Not in the JSON.
	Body []byte `json:"-"`
}

// cacheableStatus reports whether a response with this status is kept in
// the cache: documents, and client errors that asking again will not cure.
func cacheableStatus(code int) bool {
	switch {
	case code >= 200 && code <= 299:
		return true
	case code == http.StatusRequestTimeout, code == http.StatusTooManyRequests:
		return false
	case code >= 400 && code <= 499:
		return true
	}
	return false
}

// cacheMagic starts every cache file, naming its format.
const cacheMagic = "storydiff-cache 1\n"

// maxCacheHeader bounds the JSON line of a cache file.
const maxCacheHeader = 1 << 20

// diskCache keeps responses in a directory, one file per URL identity,
// named by the SHA-256 of the identity. A file holds a magic line, a line
// of JSON (the response without its body), and the body. Files are
// written to a temporary name and renamed, so readers never see half a
// file and concurrent writers of one entry leave one whole entry.
type diskCache struct {
	dir   string
	limit int64 // largest body read back
}

// path returns the file of a cache key.
func (c *diskCache) path(key string) string {
	sum := sha256.Sum256([]byte(key))
	name := hex.EncodeToString(sum[:])
	return filepath.Join(c.dir, name[:2], name+".resp")
}

// get returns the response stored under key. ok is false when there is
// none; err reports an entry that exists but cannot be read.
func (c *diskCache) get(key string) (r response, ok bool, err error) {
	f, err := os.Open(c.path(key))
	if errors.Is(err, fs.ErrNotExist) {
		return response{}, false, nil
	}
	if err != nil {
		return response{}, false, fmt.Errorf("reading the cache: %w", err)
	}
	defer f.Close()
	br := bufio.NewReader(f)
	bad := func(what string) error {
		return fmt.Errorf("cache entry %s is damaged: %s", f.Name(), what)
	}
	magic := make([]byte, len(cacheMagic))
	if _, err := io.ReadFull(br, magic); err != nil || string(magic) != cacheMagic {
		return response{}, false, bad("not a storydiff cache file")
	}
	line, err := readLine(br, maxCacheHeader)
	if err != nil {
		return response{}, false, bad(err.Error())
	}
	if err := json.Unmarshal(line, &r); err != nil {
		return response{}, false, bad(err.Error())
	}
	if r.Body, err = readLimited(br, c.limit, 0); err != nil {
		return response{}, false, fmt.Errorf("cache entry %s: %w", f.Name(), err)
	}
	return r, true, nil
}

// readLine reads one line of at most limit bytes, without its newline.
func readLine(br *bufio.Reader, limit int) ([]byte, error) {
	var line []byte
	for {
		chunk, err := br.ReadSlice('\n')
		line = append(line, chunk...)
		if len(line) > limit {
			return nil, errors.New("header line too long")
		}
		switch {
		case err == nil:
			return bytes.TrimSuffix(line, []byte("\n")), nil
		case errors.Is(err, bufio.ErrBufferFull):
			continue
		default:
			return nil, fmt.Errorf("truncated header: %w", err)
		}
	}
}

// put stores r under key, replacing any earlier entry.
func (c *diskCache) put(key string, r response) error {
	meta, err := json.Marshal(r)
	if err != nil {
		return err
	}
	path := c.path(key)
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("writing the cache: %w", err)
	}
	tmp, err := os.CreateTemp(dir, ".tmp-*")
	if err != nil {
		return fmt.Errorf("writing the cache: %w", err)
	}
	defer os.Remove(tmp.Name()) // fails harmlessly after the rename
	w := bufio.NewWriter(tmp)
	w.WriteString(cacheMagic)
	w.Write(meta)
	w.WriteByte('\n')
	w.Write(r.Body)
	err = w.Flush()
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp.Name(), path)
	}
	if err != nil {
		return fmt.Errorf("writing the cache: %w", err)
	}
	return nil
}

// lookupStored returns the response for a URL identity kept in
// Options.WARCInputs or Options.CacheDir, in that order. ok is false when
// neither has it. Redirects archived in a WARC input are followed within
// it.
func (f *Fetcher) lookupStored(id string) (r response, ok bool, err error) {
	for _, in := range f.opts.WARCInputs {
		idx, err := f.warcs.get(in)
		if err != nil {
			return response{}, false, fmt.Errorf("WARC input %s: %w", in, err)
		}
		e, found := idx.find(id)
		if !found {
			continue
		}
		r, err := f.followWARC(idx, e, f.opts.Offline)
		if err != nil || r.Status != 0 {
			return r, true, err
		}
	}
	if f.cache == nil {
		return response{}, false, nil
	}
	r, ok, err = f.cache.get(id)
	if err != nil {
		if f.opts.Offline {
			return response{}, false, err
		}
		f.logf("warning: %v; fetching again", err)
		return response{}, false, nil
	}
	if ok {
		f.archiveStored(r)
	}
	return r, ok, nil
}

// cachePut keeps a response fetched for identity id, and also under the
// identity of its final URL when it was redirected. Failures are logged:
// the page was fetched all the same.
func (f *Fetcher) cachePut(id, finalURL string, r response) {
	if f.cache == nil {
		return
	}
	if err := f.cache.put(id, r); err != nil {
		f.logf("warning: %v", err)
		return
	}
	if finalURL == "" {
		return
	}
	if fid, err := NormalizeURL(finalURL); err == nil && fid != id {
		if err := f.cache.put(fid, r); err != nil {
			f.logf("warning: %v", err)
		}
	}
}

// responsePage makes the page of a stored response to the URL raw, with
// the checks that a fetched response goes through.
func (f *Fetcher) responsePage(raw string, r response) (Page, error) {
	if r.Status < 200 || r.Status > 299 {
		return Page{}, &StatusError{Code: r.Status}
	}
	ct := r.Header.Get("Content-Type")
	mt, sniff, err := classifyContentType(ct, f.opts.Accept)
	if err != nil {
		return Page{}, err
	}
	if int64(len(r.Body)) > f.opts.MaxBodySize {
		return Page{}, fmt.Errorf("%w: body exceeds the %s limit", ErrTooLarge, byteSize(f.opts.MaxBodySize))
	}
	if len(bytes.TrimSpace(r.Body)) == 0 {
		return Page{}, fmt.Errorf("%w: HTTP %d with an empty body", ErrEmpty, r.Status)
	}
	if sniff {
		if mt, err = sniffMediaType(r.Body); err != nil {
			return Page{}, err
		}
	}
	text, err := f.decodeDocument(raw, r.Body, ct, mt)
	if err != nil {
		return Page{}, err
	}
	u := r.URL
	if u == "" {
		u = raw
	}
	return Page{URL: u, ContentType: mt, Body: text, FetchedAt: r.FetchedAt}, nil
}
