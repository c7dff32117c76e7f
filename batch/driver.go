package batch

import (
	"path/filepath"
	"strings"

	// modernc.org/sqlite is SQLite translated to Go: no cgo is needed.
	// It was chosen over github.com/ncruces/go-sqlite3 and
	// github.com/glebarez/go-sqlite by measurement (see BenchmarkSaveStory
	// and the project notes): writes tied with ncruces, reads were faster.
	_ "modernc.org/sqlite"
)

// driverName is the database/sql driver modernc.org/sqlite registers.
const driverName = "sqlite"

// dsn returns the data source name opening the file at path with the
// settings every connection needs. The path is made absolute and given
// as a SQLite URI, escaped so that "?", "#" and "%" in it are not taken
// for URI syntax. IMMEDIATE transactions take the write lock when they
// begin, so a busy database is waited for (busy_timeout) instead of
// failing in the middle of a transaction. synchronous=NORMAL in WAL mode
// keeps every committed transaction across a crash of the process; only
// a power loss may lose the last ones, never consistency.
func dsn(path string) string {
	if abs, err := filepath.Abs(path); err == nil {
		path = abs
	}
	path = filepath.ToSlash(path)
	if !strings.HasPrefix(path, "/") {
		path = "/" + path // a Windows drive letter
	}
	esc := strings.NewReplacer("%", "%25", "?", "%3F", "#", "%23").Replace(path)
	return "file:" + esc +
		"?_pragma=busy_timeout(60000)" +
		"&_pragma=journal_mode(WAL)" +
		"&_pragma=foreign_keys(1)" +
		"&_pragma=synchronous(NORMAL)" +
		"&_txlock=immediate"
}
