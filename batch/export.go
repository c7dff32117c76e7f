package batch

import (
	"bufio"
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"
)

// Format is an export format.
type Format string

// The export formats.
const (
	CSV   Format = "csv"   // RFC 4180 with a header row
	JSONL Format = "jsonl" // one JSON object per line
)

// exportQuery returns the query that lists the rows of an exportable
// table in a stable order: stories in manifest order, a story's versions
// reference first, a version's divergences in the order found.
func exportQuery(table string) (string, bool) {
	switch table {
	case "runs":
		return `SELECT * FROM runs ORDER BY id`, true
	case "stories":
		return `SELECT * FROM stories ORDER BY seq`, true
	case "sources":
		return `SELECT src.* FROM sources AS src JOIN stories AS s ON s.story_id = src.story_id
			ORDER BY s.seq, src.ord`, true
	case "versions":
		return `SELECT v.* FROM versions AS v JOIN stories AS s ON s.story_id = v.story_id
			ORDER BY s.seq, v.ord`, true
	case "divergences":
		return `SELECT d.* FROM divergences AS d
			JOIN versions AS v ON v.story_id = d.story_id AND v.url = d.url
			JOIN stories AS s ON s.story_id = d.story_id
			ORDER BY s.seq, v.ord, d.seq`, true
	case "bodies":
		return `SELECT b.* FROM bodies AS b
			JOIN versions AS v ON v.story_id = b.story_id AND v.url = b.url
			JOIN stories AS s ON s.story_id = b.story_id
			ORDER BY s.seq, v.ord`, true
	}
	return "", false
}

// Tables returns the names of the tables Export accepts.
func Tables() []string {
	return []string{"runs", "stories", "sources", "versions", "divergences", "bodies"}
}

// Export writes every row of table to w in format, streaming, so memory
// use does not grow with the table. Columns are the table's, in schema
// order; NULL is an empty CSV cell or a JSON null; times are ISO 8601 text;
// material, compared and truncated are 1 or 0.
//
// CSV has a header row. A text cell that begins with "=", "+", "-", "@",
// a tab or a carriage return gets a leading apostrophe, so that a
// spreadsheet shows it as text rather than running it as a formula; numeric
// cells such as -1 are written as they are. JSON Lines output is not
// altered.
func (s *Store) Export(ctx context.Context, w io.Writer, table string, format Format) error {
	q, ok := exportQuery(table)
	if !ok {
		return fmt.Errorf("export from %s: unknown table %q (want one of %s)", s.path, table, strings.Join(Tables(), ", "))
	}
	if format != CSV && format != JSONL {
		return fmt.Errorf("export from %s: unknown format %q (want csv or jsonl)", s.path, format)
	}
	rows, err := s.db.QueryContext(ctx, q)
	if err != nil {
		return fmt.Errorf("export %s from %s: %w", table, s.path, err)
	}
	defer rows.Close()
	cols, err := rows.Columns()
	if err != nil {
		return fmt.Errorf("export %s from %s: %w", table, s.path, err)
	}
	vals := make([]any, len(cols))
	ptrs := make([]any, len(cols))
	for i := range vals {
		ptrs[i] = &vals[i]
	}
	bw := bufio.NewWriterSize(w, 64<<10)
	var rw rowWriter
	if format == CSV {
		rw = newCSVWriter(bw, cols)
	} else {
		rw = newJSONLWriter(bw, cols)
	}
	if err := rw.header(); err != nil {
		return fmt.Errorf("export %s from %s: %w", table, s.path, err)
	}
	for rows.Next() {
		if err := rows.Scan(ptrs...); err != nil {
			return fmt.Errorf("export %s from %s: %w", table, s.path, err)
		}
		if err := rw.row(vals); err != nil {
			return fmt.Errorf("export %s from %s: %w", table, s.path, err)
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("export %s from %s: %w", table, s.path, err)
	}
	if err := rw.flush(); err != nil {
		return fmt.Errorf("export %s from %s: %w", table, s.path, err)
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("export %s from %s: %w", table, s.path, err)
	}
	return nil
}

// rowWriter writes rows of one export format.
type rowWriter interface {
	header() error
	row(vals []any) error
	flush() error
}

type csvWriter struct {
	w    *csv.Writer
	cols []string
	rec  []string
}

func newCSVWriter(w io.Writer, cols []string) *csvWriter {
	return &csvWriter{w: csv.NewWriter(w), cols: cols, rec: make([]string, len(cols))}
}

func (c *csvWriter) header() error { return c.w.Write(c.cols) }

func (c *csvWriter) row(vals []any) error {
	for i, v := range vals {
		switch v := v.(type) {
		case nil:
			c.rec[i] = ""
		case int64:
			c.rec[i] = strconv.FormatInt(v, 10)
		case float64:
			c.rec[i] = strconv.FormatFloat(v, 'g', -1, 64)
		case bool:
			c.rec[i] = strconv.FormatBool(v)
		case string:
			c.rec[i] = NeutralizeCell(v)
		case []byte:
			c.rec[i] = NeutralizeCell(string(v))
		case time.Time:
			c.rec[i] = v.UTC().Format(timeLayout)
		default:
			c.rec[i] = NeutralizeCell(fmt.Sprint(v))
		}
	}
	return c.w.Write(c.rec)
}

func (c *csvWriter) flush() error {
	c.w.Flush()
	return c.w.Error()
}

// NeutralizeCell returns s with a leading apostrophe when it begins with a
// character that makes spreadsheets read a cell as a formula: "=", "+",
// "-", "@", a tab or a carriage return. Other text is returned unchanged.
func NeutralizeCell(s string) string {
	if s == "" {
		return s
	}
	switch s[0] {
	case '=', '+', '-', '@', '\t', '\r':
		return "'" + s
	}
	return s
}

type jsonlWriter struct {
	w    *bufio.Writer
	keys [][]byte
	buf  []byte
}

func newJSONLWriter(w *bufio.Writer, cols []string) *jsonlWriter {
	keys := make([][]byte, len(cols))
	for i, c := range cols {
		k, _ := json.Marshal(c) // a string always marshals
		keys[i] = k
	}
	return &jsonlWriter{w: w, keys: keys}
}

func (j *jsonlWriter) header() error { return nil }

func (j *jsonlWriter) row(vals []any) error {
	b := append(j.buf[:0], '{')
	for i, v := range vals {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, j.keys[i]...)
		b = append(b, ':')
		switch v := v.(type) {
		case nil:
			b = append(b, "null"...)
		case int64:
			b = strconv.AppendInt(b, v, 10)
		case bool:
			b = strconv.AppendBool(b, v)
		case []byte:
			enc, err := json.Marshal(string(v))
			if err != nil {
				return err
			}
			b = append(b, enc...)
		case time.Time:
			b = append(b, '"')
			b = v.UTC().AppendFormat(b, timeLayout)
			b = append(b, '"')
		default:
			enc, err := json.Marshal(v)
			if err != nil {
				return err
			}
			b = append(b, enc...)
		}
	}
	b = append(b, '}', '\n')
	j.buf = b
	_, err := j.w.Write(b)
	return err
}

func (j *jsonlWriter) flush() error { return nil }
