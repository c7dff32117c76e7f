package batch

import (
	"errors"
	"path/filepath"
	"strings"

	// modernc.org/sqlite is SQLite translated to Go: no cgo is needed.
	// It was chosen over github.com/ncruces/go-sqlite3 and
	// github.com/glebarez/go-sqlite by measurement: writes tied with
	// ncruces and beat glebarez, and reads were the fastest of the three.
	"modernc.org/sqlite"
)

// driverName is the database/sql driver modernc.org/sqlite registers.
const driverName = "sqlite"

// dsn returns the data source name opening the file at path with the
// settings every connection needs. The path is made absolute and given
// as a SQLite URI, escaped so that "?", "#" and "%" in it are not taken
// for URI syntax. WAL mode is set once, by Open, as it persists in the
// file. IMMEDIATE transactions take the write lock when they
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
		"&_pragma=foreign_keys(1)" +
		"&_pragma=synchronous(NORMAL)" +
		"&_txlock=immediate"
}

// isBusy reports whether err is SQLite's SQLITE_BUSY or SQLITE_LOCKED,
// which SQLite returns at once, without waiting out busy_timeout, when
// waiting could deadlock, such as while another connection changes the
// journal mode of a new database.
func isBusy(err error) bool {
	var se *sqlite.Error
	if !errors.As(err, &se) {
		return false
	}
	code := se.Code() & 0xff
	return code == 5 || code == 6 // SQLITE_BUSY, SQLITE_LOCKED
}
