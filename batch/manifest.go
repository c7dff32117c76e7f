package batch

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/url"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Roles a manifest row can take.
const (
	RoleReference = "reference"
	RoleVersion   = "version"
)

// Limits on manifest input. Longer values are reported as row errors.
const (
	// MaxLineSize is the longest JSON Lines line read, in bytes.
	MaxLineSize = 1 << 20
	// MaxStoryIDLen is the longest story_id accepted, in bytes.
	MaxStoryIDLen = 512
	// MaxURLLen is the longest url accepted, in bytes.
	MaxURLLen = 8192
	// MaxOutletLen is the longest outlet accepted, in bytes.
	MaxOutletLen = 256
)

// Row is one version of a story as a manifest names it.
type Row struct {
	// Line is the line of the manifest the row starts on, counting from 1.
	Line int `json:"line"`
	// StoryID groups the versions of one story.
	StoryID string `json:"story_id"`
	// URL is an http(s) URL or a file path.
	URL string `json:"url"`
	// Role is RoleReference or RoleVersion once the row is in a Story.
	Role string `json:"role"`
	// Outlet names the publisher. When the manifest leaves it empty, it is
	// the host of the URL without a leading "www.", or empty for a path.
	Outlet string `json:"outlet"`
}

// Story is the versions of one story, the reference first.
type Story struct {
	ID string `json:"story_id"`
	// Rows holds the reference at index 0, then the other versions in
	// manifest order. Every story has at least one row.
	Rows []Row `json:"rows"`
	// Attempts is how many times the story has been claimed from a Store,
	// counting the current claim; it is zero in a Manifest.
	Attempts int `json:"attempts,omitempty"`
}

// Reference returns the row of the story's reference version.
func (s Story) Reference() Row { return s.Rows[0] }

// Manifest is a parsed batch manifest.
type Manifest struct {
	// Name is the name the manifest was read under, usually its path.
	Name string
	// Format is "csv" or "jsonl".
	Format string
	// Stories are in the order of their first row in the manifest.
	Stories []Story
}

// Versions returns the number of rows in all stories.
func (m Manifest) Versions() int {
	n := 0
	for _, s := range m.Stories {
		n += len(s.Rows)
	}
	return n
}

// RowError reports a manifest row that was skipped.
type RowError struct {
	Name string // manifest name
	Line int    // line the row starts on, counting from 1
	Err  error
}

// Error returns "name:line: reason".
func (e RowError) Error() string {
	return fmt.Sprintf("%s:%d: %v", e.Name, e.Line, e.Err)
}

// Unwrap returns the reason the row was skipped.
func (e RowError) Unwrap() error { return e.Err }

// ReadManifest reads a batch manifest from r. name is used in messages.
//
// The manifest is JSON Lines when its first non-blank character is "{",
// and CSV with a header row otherwise. CSV columns may come in any order,
// header names are matched without regard to case or surrounding space,
// and unknown columns are ignored; story_id and url are required. A
// leading UTF-8 byte order mark is skipped. JSON Lines objects carry the
// same names as keys; story_id may be a string or a number, and blank
// lines are skipped.
//
// Rows are grouped into stories. The row whose role is "reference" is a
// story's reference; without one, the story's first row is. A row with an
// empty story_id or url, an unknown role, a second reference, or a url
// already given for its story is returned as a RowError and skipped; the
// other rows are kept. The error is non-nil only when the manifest as a
// whole cannot be read: an I/O error, a CSV header lacking a required
// column, or no valid row at all.
func ReadManifest(r io.Reader, name string) (Manifest, []RowError, error) {
	br := bufio.NewReaderSize(r, 64<<10)
	if err := skipBOM(br); err != nil {
		return Manifest{}, nil, fmt.Errorf("read manifest %s: %w", name, err)
	}
	first, err := firstSignificantByte(br)
	if err != nil {
		return Manifest{}, nil, fmt.Errorf("read manifest %s: %w", name, err)
	}
	g := newGrouper(name)
	m := Manifest{Name: name}
	switch first {
	case 0:
		return Manifest{}, nil, fmt.Errorf("read manifest %s: empty", name)
	case '{':
		m.Format = "jsonl"
		err = readJSONL(br, g)
	default:
		m.Format = "csv"
		err = readCSV(br, g)
	}
	if err != nil {
		return Manifest{}, g.errs, fmt.Errorf("read manifest %s: %w", name, err)
	}
	m.Stories = g.stories()
	if len(m.Stories) == 0 {
		return m, g.errs, fmt.Errorf("read manifest %s: no valid rows", name)
	}
	return m, g.errs, nil
}

// skipBOM drops a UTF-8 byte order mark at the start of br.
func skipBOM(br *bufio.Reader) error {
	b, err := br.Peek(3)
	if err != nil && err != io.EOF && err != bufio.ErrBufferFull {
		return err
	}
	if bytes.HasPrefix(b, []byte("\xEF\xBB\xBF")) {
		_, err = br.Discard(3)
	}
	return err
}

// firstSignificantByte returns the first byte of br that is not ASCII
// white space, without consuming anything, or 0 at the end of input.
func firstSignificantByte(br *bufio.Reader) (byte, error) {
	for n := 1; ; n++ {
		b, err := br.Peek(n)
		if len(b) == n {
			switch c := b[n-1]; c {
			case ' ', '\t', '\r', '\n', '\f', '\v':
				continue
			default:
				return c, nil
			}
		}
		if err == io.EOF {
			return 0, nil
		}
		if err == bufio.ErrBufferFull {
			// A buffer's worth of blank space: treat as CSV and let its
			// reader find the header.
			return ' ', nil
		}
		if err != nil {
			return 0, err
		}
	}
}

// readCSV reads a CSV manifest with a header row into g.
func readCSV(r io.Reader, g *grouper) error {
	cr := csv.NewReader(r)
	cr.FieldsPerRecord = -1
	cr.ReuseRecord = true
	header, err := cr.Read()
	if err == io.EOF {
		return errors.New("no header row")
	}
	if err != nil {
		return fmt.Errorf("header: %w", err)
	}
	cols := map[string]int{}
	for i, h := range header {
		h = strings.ToLower(strings.TrimSpace(h))
		if h == "" {
			continue
		}
		if _, dup := cols[h]; dup {
			return fmt.Errorf("header: column %q given twice", h)
		}
		cols[h] = i
	}
	for _, need := range []string{"story_id", "url"} {
		if _, ok := cols[need]; !ok {
			return fmt.Errorf("header: no %q column (the header must name story_id and url; role and outlet are optional)", need)
		}
	}
	field := func(rec []string, name string) string {
		i, ok := cols[name]
		if !ok || i >= len(rec) {
			return ""
		}
		return rec[i]
	}
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			return nil
		}
		var pe *csv.ParseError
		if errors.As(err, &pe) {
			g.fail(pe.StartLine, fmt.Errorf("malformed CSV: %w", pe.Err))
			if pe.Err == csv.ErrQuote {
				// An unterminated quote swallows the rest of the input.
				return nil
			}
			continue
		}
		if err != nil {
			return err
		}
		line, _ := cr.FieldPos(0)
		g.add(line, field(rec, "story_id"), field(rec, "url"), field(rec, "role"), field(rec, "outlet"))
	}
}

// jsonRow is one JSON Lines object. Unknown keys are ignored.
type jsonRow struct {
	StoryID json.RawMessage `json:"story_id"`
	URL     *string         `json:"url"`
	Role    *string         `json:"role"`
	Outlet  *string         `json:"outlet"`
}

// readJSONL reads a JSON Lines manifest into g.
func readJSONL(br *bufio.Reader, g *grouper) error {
	for line := 1; ; line++ {
		b, tooLong, err := readLine(br, MaxLineSize)
		if len(b) == 0 && err == io.EOF {
			return nil
		}
		if err != nil && err != io.EOF {
			return err
		}
		if tooLong {
			g.fail(line, fmt.Errorf("line longer than %d bytes", MaxLineSize))
		} else if len(bytes.TrimSpace(b)) > 0 {
			g.addJSON(line, b)
		}
		if err == io.EOF {
			return nil
		}
	}
}

// readLine reads one line from br without its line ending. A line longer
// than limit is consumed and reported with tooLong set and no content.
func readLine(br *bufio.Reader, limit int) (line []byte, tooLong bool, err error) {
	var buf []byte
	for {
		chunk, err := br.ReadSlice('\n')
		if !tooLong {
			if len(buf)+len(chunk) > limit+2 { // allow for "\r\n"
				tooLong, buf = true, nil
			} else {
				buf = append(buf, chunk...)
			}
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		if tooLong {
			return nil, true, err
		}
		buf = bytes.TrimSuffix(buf, []byte("\n"))
		buf = bytes.TrimSuffix(buf, []byte("\r"))
		return buf, false, err
	}
}

// addJSON decodes one JSON Lines object and adds it to g.
func (g *grouper) addJSON(line int, b []byte) {
	var jr jsonRow
	if err := json.Unmarshal(b, &jr); err != nil {
		var ute *json.UnmarshalTypeError
		if errors.As(err, &ute) && ute.Field != "" {
			g.fail(line, fmt.Errorf("%s must be a string", ute.Field))
		} else if errors.As(err, &ute) {
			g.fail(line, fmt.Errorf("invalid JSON object: the row is a JSON %s", ute.Value))
		} else {
			g.fail(line, fmt.Errorf("invalid JSON object: %w", err))
		}
		return
	}
	id, err := jsonStoryID(jr.StoryID)
	if err != nil {
		g.fail(line, err)
		return
	}
	str := func(p *string) string {
		if p == nil {
			return ""
		}
		return *p
	}
	g.add(line, id, str(jr.URL), str(jr.Role), str(jr.Outlet))
}

// jsonStoryID accepts a JSON string or number as a story_id.
func jsonStoryID(raw json.RawMessage) (string, error) {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 || string(raw) == "null" {
		return "", nil
	}
	if raw[0] == '"' {
		var s string
		if err := json.Unmarshal(raw, &s); err != nil {
			return "", fmt.Errorf("story_id: %w", err)
		}
		return s, nil
	}
	var n json.Number
	if err := json.Unmarshal(raw, &n); err != nil {
		return "", errors.New("story_id must be a string or a number")
	}
	return n.String(), nil
}

// grouper collects valid rows into stories and invalid rows into errors.
type grouper struct {
	name  string
	order []string
	rows  map[string][]Row
	refs  map[string]bool
	urls  map[string]map[string]int // story -> url -> line
	errs  []RowError
}

func newGrouper(name string) *grouper {
	return &grouper{
		name: name,
		rows: map[string][]Row{},
		refs: map[string]bool{},
		urls: map[string]map[string]int{},
	}
}

func (g *grouper) fail(line int, err error) {
	g.errs = append(g.errs, RowError{Name: g.name, Line: line, Err: err})
}

// add validates one row and adds it to its story.
func (g *grouper) add(line int, storyID, u, role, outlet string) {
	storyID = strings.TrimSpace(storyID)
	u = strings.TrimSpace(u)
	role = strings.ToLower(strings.TrimSpace(role))
	outlet = strings.TrimSpace(outlet)
	if err := checkRow(storyID, u, role, outlet); err != nil {
		g.fail(line, err)
		return
	}
	if prev, dup := g.urls[storyID][u]; dup {
		g.fail(line, fmt.Errorf("url %q already given for story %q on line %d", u, storyID, prev))
		return
	}
	if role == RoleReference {
		if g.refs[storyID] {
			g.fail(line, fmt.Errorf("story %q has a second reference", storyID))
			return
		}
		g.refs[storyID] = true
	}
	if role == "" {
		role = RoleVersion
	}
	if outlet == "" {
		outlet = OutletOf(u)
	}
	if _, seen := g.rows[storyID]; !seen {
		g.order = append(g.order, storyID)
		g.urls[storyID] = map[string]int{}
	}
	g.urls[storyID][u] = line
	g.rows[storyID] = append(g.rows[storyID], Row{Line: line, StoryID: storyID, URL: u, Role: role, Outlet: outlet})
}

// checkRow reports what is wrong with a row's trimmed fields.
func checkRow(storyID, u, role, outlet string) error {
	switch {
	case storyID == "":
		return errors.New("empty story_id")
	case u == "":
		return errors.New("empty url")
	case len(storyID) > MaxStoryIDLen:
		return fmt.Errorf("story_id longer than %d bytes", MaxStoryIDLen)
	case len(u) > MaxURLLen:
		return fmt.Errorf("url longer than %d bytes", MaxURLLen)
	case len(outlet) > MaxOutletLen:
		return fmt.Errorf("outlet longer than %d bytes", MaxOutletLen)
	}
	for _, f := range []struct{ name, v string }{{"story_id", storyID}, {"url", u}, {"outlet", outlet}} {
		if !utf8.ValidString(f.v) {
			return fmt.Errorf("%s is not valid UTF-8", f.name)
		}
		if strings.IndexFunc(f.v, unicode.IsControl) >= 0 {
			return fmt.Errorf("%s %s contains a control character", f.name, strconv.Quote(f.v))
		}
	}
	if role != "" && role != RoleReference && role != RoleVersion {
		return fmt.Errorf("unknown role %q (want %q, %q or empty)", role, RoleReference, RoleVersion)
	}
	if strings.Contains(u, "://") {
		p, err := url.Parse(u)
		if err != nil {
			return fmt.Errorf("url: %w", err)
		}
		if p.Scheme != "http" && p.Scheme != "https" {
			return fmt.Errorf("url %q: scheme %q is not http or https", u, p.Scheme)
		}
		if p.Host == "" {
			return fmt.Errorf("url %q has no host", u)
		}
	}
	return nil
}

// stories returns the grouped stories, each with its reference first.
func (g *grouper) stories() []Story {
	out := make([]Story, 0, len(g.order))
	for _, id := range g.order {
		rows := g.rows[id]
		ref := 0
		for i, r := range rows {
			if r.Role == RoleReference {
				ref = i
				break
			}
		}
		ordered := make([]Row, 0, len(rows))
		r := rows[ref]
		r.Role = RoleReference
		ordered = append(ordered, r)
		for i, r := range rows {
			if i != ref {
				ordered = append(ordered, r)
			}
		}
		out = append(out, Story{ID: id, Rows: ordered})
	}
	return out
}

// OutletOf returns the host of an http(s) URL in lower case without a
// leading "www.", or "" for anything else, such as a file path.
func OutletOf(u string) string {
	if !strings.Contains(u, "://") {
		return ""
	}
	p, err := url.Parse(u)
	if err != nil || (p.Scheme != "http" && p.Scheme != "https") {
		return ""
	}
	h := strings.ToLower(p.Hostname())
	return strings.TrimPrefix(h, "www.")
}
