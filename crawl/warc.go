package crawl

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"crypto/rand"
	"fmt"
	"io"
	"net/http"
	"net/http/httputil"
	"os"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/nlnwa/gowarc/v3"
)

// isWARCPath reports whether a file name is that of a WARC file:
// .warc, or .warc.gz for a gzip-compressed one.
func isWARCPath(name string) bool {
	n := strings.ToLower(name)
	return strings.HasSuffix(n, ".warc") || strings.HasSuffix(n, ".warc.gz")
}

// warcRecordOptions are those of records written by a warcWriter.
var warcRecordOptions = []gowarc.WarcRecordOption{
	gowarc.WithVersion(gowarc.V1_1),
	gowarc.WithAddMissingDigest(true),
	gowarc.WithDefaultDigestAlgorithm("sha1"),
	gowarc.WithBufferMaxMemBytes(32 << 20),
	gowarc.WithRecordIdFunc(newRecordID),
}

// newRecordID returns a random (version 4) UUID URN for a WARC-Record-ID.
// gowarc's own generator reads a global of github.com/google/uuid that
// gowarc also writes; see gowarcMu.
func newRecordID() (string, error) {
	var b [16]byte
	if _, err := rand.Read(b[:]); err != nil {
		return "", err
	}
	b[6] = b[6]&0x0f | 0x40
	b[8] = b[8]&0x3f | 0x80
	return fmt.Sprintf("urn:uuid:%x-%x-%x-%x-%x", b[0:4], b[4:6], b[6:8], b[8:10], b[10:]), nil
}

// gowarcMu serializes the creation of gowarc record options. gowarc
// v3.1.0 sets a global of github.com/google/uuid (EnableRandPool) every
// time it makes them, which is a data race when done concurrently; and
// records get IDs from newRecordID, so that no uuid function reads it.
var gowarcMu sync.Mutex

// newRecordBuilder returns a builder of a record of type rt with
// warcRecordOptions.
func newRecordBuilder(rt gowarc.RecordType) gowarc.WarcRecordBuilder {
	gowarcMu.Lock()
	defer gowarcMu.Unlock()
	return gowarc.NewRecordBuilder(rt, warcRecordOptions...)
}

// newUnmarshaler returns a gowarc Unmarshaler with opts.
func newUnmarshaler(opts ...gowarc.WarcRecordOption) gowarc.Unmarshaler {
	gowarcMu.Lock()
	defer gowarcMu.Unlock()
	return gowarc.NewUnmarshaler(opts...)
}

// warcWriter writes WARC 1.1 records to one file, a warcinfo record first.
// When the file name ends in .gz, every record is a gzip member of its
// own, as WARC tools expect. It is safe for concurrent use: a mutex
// serializes the records.
type warcWriter struct {
	mu        sync.Mutex
	f         *os.File
	bw        *bufio.Writer
	gz        *gzip.Writer // nil when not compressing
	marshaler gowarc.Marshaler
	infoID    string
	err       error // the first write error
}

// newWARCWriter creates (or truncates) the file name and writes its
// warcinfo record, naming the software that wrote it and its robots.txt
// policy ("obey" or "ignore").
func newWARCWriter(name, software, robots string) (*warcWriter, error) {
	f, err := os.OpenFile(name, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o644)
	if err != nil {
		return nil, err
	}
	w := &warcWriter{f: f, bw: bufio.NewWriterSize(f, 64<<10), marshaler: gowarc.NewMarshaler()}
	if strings.HasSuffix(strings.ToLower(name), ".gz") {
		w.gz, _ = gzip.NewWriterLevel(nil, gzip.DefaultCompression)
	}
	b := newRecordBuilder(gowarc.Warcinfo)
	b.AddWarcHeaderTime(gowarc.WarcDate, time.Now())
	b.AddWarcHeader(gowarc.WarcFilename, baseName(name))
	b.AddWarcHeader(gowarc.ContentType, gowarc.ApplicationWarcFields)
	fmt.Fprintf(b, "software: %s\r\nformat: WARC File Format 1.1\r\nconformsTo: https://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/\r\nrobots: %s\r\n", software, robots)
	rec, _, err := b.Build()
	if err == nil {
		w.infoID = rec.RecordId()
		err = w.write(rec)
	}
	if err != nil {
		f.Close()
		return nil, err
	}
	return w, nil
}

// baseName is the last element of a slash- or backslash-separated path.
func baseName(p string) string {
	if i := strings.LastIndexAny(p, `/\`); i >= 0 {
		return p[i+1:]
	}
	return p
}

// write marshals one record and closes it.
func (w *warcWriter) write(rec gowarc.WarcRecord) error {
	defer rec.Close()
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.err != nil {
		return w.err
	}
	var out io.Writer = w.bw
	if w.gz != nil {
		w.gz.Reset(w.bw)
		out = w.gz
	}
	_, _, err := w.marshaler.Marshal(out, rec, 0)
	if err == nil && w.gz != nil {
		err = w.gz.Close()
	}
	if err == nil {
		err = w.bw.Flush()
	}
	if err != nil {
		w.err = err
	}
	return err
}

// writeExchange writes a response record, and a request record for it
// when req is not nil. body is the payload as read: the response header
// is adjusted to it (no Content-Encoding or Transfer-Encoding, the actual
// Content-Length).
func (w *warcWriter) writeExchange(req *http.Request, status string, proto string, header http.Header, body []byte, target string, date time.Time) error {
	resp := newRecordBuilder(gowarc.Response)
	resp.AddWarcHeader(gowarc.WarcTargetURI, target)
	resp.AddWarcHeaderTime(gowarc.WarcDate, date)
	resp.AddWarcHeader(gowarc.ContentType, "application/http;msgtype=response")
	if w.infoID != "" {
		resp.AddWarcHeader(gowarc.WarcWarcinfoID, "<"+w.infoID+">")
	}
	h := header.Clone()
	if h == nil {
		h = http.Header{}
	}
	h.Del("Content-Encoding")
	h.Del("Transfer-Encoding")
	h.Set("Content-Length", strconv.Itoa(len(body)))
	if proto == "" {
		proto = "HTTP/1.1"
	}
	var buf bytes.Buffer
	fmt.Fprintf(&buf, "%s %s\r\n", proto, status)
	h.Write(&buf)
	buf.WriteString("\r\n")
	buf.Write(body)
	if _, err := resp.Write(buf.Bytes()); err != nil {
		resp.Close()
		return err
	}
	rrec, _, err := resp.Build()
	if err != nil {
		return err
	}
	var qrec gowarc.WarcRecord
	if req != nil {
		q := newRecordBuilder(gowarc.Request)
		q.AddWarcHeader(gowarc.WarcTargetURI, target)
		q.AddWarcHeaderTime(gowarc.WarcDate, date)
		q.AddWarcHeader(gowarc.ContentType, "application/http;msgtype=request")
		q.AddWarcHeader(gowarc.WarcConcurrentTo, "<"+rrec.RecordId()+">")
		if w.infoID != "" {
			q.AddWarcHeader(gowarc.WarcWarcinfoID, "<"+w.infoID+">")
		}
		var rb bytes.Buffer
		host := req.Host
		if host == "" {
			host = req.URL.Host
		}
		fmt.Fprintf(&rb, "%s %s HTTP/1.1\r\nHost: %s\r\n", req.Method, req.URL.RequestURI(), host)
		req.Header.Write(&rb)
		rb.WriteString("\r\n")
		q.Write(rb.Bytes())
		if qrec, _, err = q.Build(); err != nil {
			rrec.Close()
			return err
		}
	}
	if qrec != nil {
		if err := w.write(qrec); err != nil {
			rrec.Close()
			return err
		}
	}
	return w.write(rrec)
}

// close flushes and closes the file, returning the first error met.
func (w *warcWriter) close() error {
	w.mu.Lock()
	defer w.mu.Unlock()
	err := w.err
	if ferr := w.bw.Flush(); err == nil {
		err = ferr
	}
	if cerr := w.f.Close(); err == nil {
		err = cerr
	}
	w.err = os.ErrClosed
	return err
}

// warcEntry locates one response record of a WARC file.
type warcEntry struct {
	uri      string // WARC-Target-URI
	offset   int64  // of the record (its gzip member) in the file
	length   int64  // Content-Length of the record's block
	status   int    // HTTP status
	html     bool   // a 2xx response declared or sniffable as HTML
	location string // Location header of a redirect
}

// warcIndex maps the URLs of the response records of one WARC file to
// their offsets. Only the offsets are kept: a record is read from the file
// when asked for, so the memory used does not grow with the bodies.
type warcIndex struct {
	path    string
	f       *os.File
	entries []warcEntry    // response records, in file order
	byID    map[string]int // URL identity -> first entry
	pool    sync.Pool      // of *warcReader
}

// indexOptions parse WARC and HTTP headers without reading or checking
// the blocks.
var indexOptions = []gowarc.WarcRecordOption{
	gowarc.WithSyntaxErrorPolicy(gowarc.ErrIgnore),
	gowarc.WithSpecViolationPolicy(gowarc.ErrIgnore),
	gowarc.WithUnknownRecordTypePolicy(gowarc.ErrIgnore),
	gowarc.WithBlockErrorPolicy(gowarc.ErrIgnore),
}

// openWARCIndex reads a WARC file once, recording where each response
// record is. The file stays open for reading records until close.
func openWARCIndex(path string) (*warcIndex, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, pathError(err)
	}
	if info, err := f.Stat(); err != nil || info.IsDir() {
		f.Close()
		if err == nil {
			return nil, fmt.Errorf("is a directory, not a WARC file")
		}
		return nil, pathError(err)
	}
	idx := &warcIndex{path: path, f: f, byID: map[string]int{}}
	gowarcMu.Lock()
	r, err := gowarc.NewWarcFileReaderFromStream(io.NewSectionReader(f, 0, 1<<62), 0, indexOptions...)
	gowarcMu.Unlock()
	if err != nil {
		f.Close()
		return nil, err
	}
	defer r.Close()
	for {
		rec, err := r.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			f.Close()
			return nil, fmt.Errorf("reading WARC record at offset %d: %w", rec.Offset, err)
		}
		idx.add(rec)
		rec.Close()
	}
	return idx, nil
}

// add records one record if it is a response to an http(s) URL.
func (idx *warcIndex) add(rec gowarc.Record) {
	wr := rec.WarcRecord
	if wr == nil || wr.Type() != gowarc.Response {
		return
	}
	uri := strings.Trim(wr.WarcHeader().Get(gowarc.WarcTargetURI), "<> ")
	id, err := NormalizeURL(uri)
	if err != nil {
		return
	}
	hb, ok := wr.Block().(gowarc.HttpResponseBlock)
	if !ok {
		return
	}
	length, _ := wr.ContentLength()
	e := warcEntry{uri: uri, offset: rec.Offset, length: length, status: hb.HttpStatusCode()}
	if h := hb.HttpHeader(); h != nil {
		e.location = h.Get("Location")
		if e.status >= 200 && e.status <= 299 {
			mt, sniff, err := classifyContentType(h.Get("Content-Type"), nil)
			e.html = err == nil && (mt == TypeHTML || sniff)
		}
	}
	if _, dup := idx.byID[id]; !dup {
		idx.byID[id] = len(idx.entries)
	}
	idx.entries = append(idx.entries, e)
}

// htmlURLs lists the target URIs of the HTML responses, in file order.
func (idx *warcIndex) htmlURLs() []string {
	var out []string
	for _, e := range idx.entries {
		if e.html {
			out = append(out, e.uri)
		}
	}
	return out
}

// find returns the entry for a URL identity.
func (idx *warcIndex) find(id string) (warcEntry, bool) {
	i, ok := idx.byID[id]
	if !ok {
		return warcEntry{}, false
	}
	return idx.entries[i], true
}

// warcReader reads single records; one is used at a time.
type warcReader struct {
	u  gowarc.Unmarshaler
	br *bufio.Reader
}

// read returns the response stored in the record of e, its body bounded
// by limit bytes after content decoding.
func (idx *warcIndex) read(e warcEntry, limit int64) (response, error) {
	const headerAllowance = 1 << 20
	if e.length > limit+headerAllowance {
		return response{}, fmt.Errorf("%w: WARC record of %s exceeds the %s limit", ErrTooLarge, byteSize(e.length), byteSize(limit))
	}
	wr, _ := idx.pool.Get().(*warcReader)
	if wr == nil {
		wr = &warcReader{
			u:  newUnmarshaler(gowarc.WithBufferMaxMemBytes(limit+headerAllowance), gowarc.WithSpecViolationPolicy(gowarc.ErrWarn), gowarc.WithSyntaxErrorPolicy(gowarc.ErrIgnore)),
			br: bufio.NewReaderSize(nil, 32<<10),
		}
	}
	defer idx.pool.Put(wr)
	wr.br.Reset(io.NewSectionReader(idx.f, e.offset, 1<<62))
	rec, _, _, err := wr.u.Unmarshal(wr.br)
	if err != nil {
		return response{}, fmt.Errorf("reading WARC record at offset %d: %w", e.offset, err)
	}
	defer rec.Close()
	hb, ok := rec.Block().(gowarc.HttpResponseBlock)
	if !ok {
		return response{}, fmt.Errorf("WARC record at offset %d is not an HTTP response", e.offset)
	}
	r := response{URL: e.uri, Status: hb.HttpStatusCode(), Header: http.Header{}}
	if h := hb.HttpHeader(); h != nil {
		r.Header = h.Clone()
	}
	if t, err := rec.Date(); err == nil {
		r.FetchedAt = t
	}
	payload, err := hb.PayloadBytes()
	if err != nil {
		return response{}, fmt.Errorf("reading WARC record at offset %d: %w", e.offset, err)
	}
	hint := e.length - int64(len(hb.ProtocolHeaderBytes()))
	body, err := decodeTransfer(payload, r.Header, isChunked(hb.ProtocolHeaderBytes()), limit, hint)
	if err != nil {
		return response{}, err
	}
	r.Body = body
	return r, nil
}

// isChunked reports whether raw HTTP headers declare the chunked transfer
// coding. (Parsed headers lose Transfer-Encoding.)
func isChunked(header []byte) bool {
	for line := range bytes.Lines(header) {
		name, value, ok := bytes.Cut(line, []byte(":"))
		if ok && strings.EqualFold(string(bytes.TrimSpace(name)), "Transfer-Encoding") &&
			bytes.Contains(bytes.ToLower(value), []byte("chunked")) {
			return true
		}
	}
	return false
}

// decodeTransfer reads an archived HTTP payload, undoing the chunked
// transfer coding and gzip content coding that crawlers often archive as
// sent, and removes those headers from h. sizeHint, when positive, is the
// expected size of the payload.
func decodeTransfer(payload io.Reader, h http.Header, chunked bool, limit, sizeHint int64) ([]byte, error) {
	rawLimit := limit
	if chunked {
		rawLimit += limit/16 + 4<<10 // chunk sizes and line ends
	}
	raw, err := readLimited(payload, rawLimit, sizeHint)
	if err != nil {
		return nil, err
	}
	if chunked {
		dec, err := io.ReadAll(io.LimitReader(httputil.NewChunkedReader(bytes.NewReader(raw)), limit+1))
		if err != nil {
			return nil, fmt.Errorf("archived body is not chunked as declared: %w", err)
		}
		raw = dec
	}
	h.Del("Transfer-Encoding")
	switch ce := strings.ToLower(strings.TrimSpace(h.Get("Content-Encoding"))); ce {
	case "", "identity":
	case "gzip", "x-gzip":
		zr, err := gzip.NewReader(bytes.NewReader(raw))
		if err != nil {
			return nil, fmt.Errorf("%w: archived body is not gzip: %v", ErrUnsupportedType, err)
		}
		if raw, err = readLimited(zr, limit, 0); err != nil {
			return nil, err
		}
	default:
		return nil, fmt.Errorf("%w: archived content encoding %s", ErrUnsupportedType, clip(ce))
	}
	h.Del("Content-Encoding")
	if int64(len(raw)) > limit {
		return nil, fmt.Errorf("%w: body exceeds the %s limit", ErrTooLarge, byteSize(limit))
	}
	return raw, nil
}

// close closes the file.
func (idx *warcIndex) close() error { return idx.f.Close() }

// warcSet is the WARC files a Fetcher reads: Options.WARCInputs and WARC
// files named as sources. Each is indexed once, when first needed.
type warcSet struct {
	mu    sync.Mutex
	files map[string]*warcFile
}

// warcFile is one WARC file, indexed once.
type warcFile struct {
	once sync.Once
	idx  *warcIndex
	err  error
}

// get returns the index of a WARC file, reading the file the first time.
func (s *warcSet) get(path string) (*warcIndex, error) {
	s.mu.Lock()
	if s.files == nil {
		s.files = map[string]*warcFile{}
	}
	wf := s.files[path]
	if wf == nil {
		wf = &warcFile{}
		s.files[path] = wf
	}
	s.mu.Unlock()
	wf.once.Do(func() { wf.idx, wf.err = openWARCIndex(path) })
	return wf.idx, wf.err
}

// close closes every file opened.
func (s *warcSet) close() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	var first error
	names := make([]string, 0, len(s.files))
	for n := range s.files {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		wf := s.files[n]
		wf.once.Do(func() { wf.err = os.ErrClosed })
		if wf.idx != nil {
			if err := wf.idx.close(); err != nil && first == nil {
				first = err
			}
		}
	}
	s.files = nil
	return first
}
