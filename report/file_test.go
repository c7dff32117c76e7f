package report

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"testing"
)

func TestWriteFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "report.html")
	if err := WriteFile(path, func(w io.Writer) error {
		_, err := io.WriteString(w, "first")
		return err
	}); err != nil {
		t.Fatal(err)
	}
	checkFile(t, path, "first")
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if fi.Mode().Perm() != 0o644 {
		t.Errorf("mode %v, want 0644", fi.Mode().Perm())
	}

	// Replacing keeps the file's permissions.
	if err := os.Chmod(path, 0o600); err != nil {
		t.Fatal(err)
	}
	if err := WriteFile(path, func(w io.Writer) error {
		_, err := io.WriteString(w, "second")
		return err
	}); err != nil {
		t.Fatal(err)
	}
	checkFile(t, path, "second")
	if fi, _ := os.Stat(path); fi.Mode().Perm() != 0o600 {
		t.Errorf("mode %v after replacing, want 0600", fi.Mode().Perm())
	}
	checkOnly(t, dir, "report.html")
}

func TestWriteFileFailure(t *testing.T) {
	errWrite := errors.New("disk on fire")
	failing := func(w io.Writer) error {
		io.WriteString(w, "partial")
		return errWrite
	}

	// A failing writer leaves no file.
	dir := t.TempDir()
	path := filepath.Join(dir, "new.json")
	if err := WriteFile(path, failing); !errors.Is(err, errWrite) {
		t.Errorf("error %v, want %v", err, errWrite)
	}
	if _, err := os.Stat(path); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("file exists after a failed write: %v", err)
	}
	checkOnly(t, dir)

	// Nor does it clobber an existing one.
	old := filepath.Join(dir, "old.json")
	if err := os.WriteFile(old, []byte("old content"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := WriteFile(old, failing); err == nil {
		t.Error("no error")
	}
	checkFile(t, old, "old content")
	checkOnly(t, dir, "old.json")

	// Nor does a panicking one.
	func() {
		defer func() { recover() }()
		WriteFile(old, func(w io.Writer) error { panic("boom") })
	}()
	checkFile(t, old, "old content")
	checkOnly(t, dir, "old.json")
}

func TestWriteFileBadPath(t *testing.T) {
	dir := t.TempDir()
	called := false
	write := func(w io.Writer) error { called = true; return nil }
	if err := WriteFile(filepath.Join(dir, "missing", "x.txt"), write); err == nil {
		t.Error("no error for a missing directory")
	}
	if err := WriteFile(dir, write); err == nil {
		t.Error("no error for a directory")
	}
	if called {
		t.Error("write called although the file cannot be made")
	}
}

func checkFile(t *testing.T, path, want string) {
	t.Helper()
	got, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != want {
		t.Errorf("%s holds %q, want %q", path, got, want)
	}
}

// checkOnly fails unless dir holds exactly the named files: no
// temporary file is left behind.
func checkOnly(t *testing.T, dir string, names ...string) {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range entries {
		got = append(got, e.Name())
	}
	if len(got) != len(names) {
		t.Fatalf("%s holds %q, want %q", dir, got, names)
	}
	for i := range got {
		if got[i] != names[i] {
			t.Fatalf("%s holds %q, want %q", dir, got, names)
		}
	}
}
