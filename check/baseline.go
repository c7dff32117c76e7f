package check

import (
	"bytes"
	"cmp"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// DefaultBaselineFile is the baseline written by --write-baseline when no
// --baseline is given.
const DefaultBaselineFile = ".storydiff-baseline.json"

// maxBaselineSize bounds the size of a baseline file.
const maxBaselineSize = 64 << 20

// BaselineEntry accepts one reviewed finding. It matches by content:
// the copy, the kind and facet of the divergence, and a fingerprint of the
// text of both sides; line numbers play no part.
type BaselineEntry struct {
	Copy        string `json:"copy"`
	Kind        string `json:"kind"`
	Facet       string `json:"facet"`
	Fingerprint string `json:"fingerprint"`
	// Note describes the finding for reviewers; it is not matched.
	Note string `json:"note,omitempty"`
}

func (e BaselineEntry) key() baselineKey {
	return baselineKey{NormalizeSource(e.Copy), e.Kind, e.Facet, e.Fingerprint}
}

// copyName returns the name a baseline in directory dir records for a
// copy: a URL or "-" as it is, a file path relative to dir when dir is
// set, so that the baseline holds wherever the check is run from.
func copyName(dir, copy string) string {
	if dir == "" || copy == "-" || isURL(strings.ToLower(copy)) {
		return NormalizeSource(copy)
	}
	absDir, err1 := filepath.Abs(dir)
	absCopy, err2 := filepath.Abs(copy)
	if err1 != nil || err2 != nil {
		return NormalizeSource(copy)
	}
	rel, err := filepath.Rel(absDir, absCopy)
	if err != nil {
		return NormalizeSource(copy)
	}
	return NormalizeSource(rel)
}

type baselineKey struct{ copy, kind, facet, fingerprint string }

// Baseline is a set of accepted findings. An entry listed n times accepts
// up to n identical findings.
type Baseline struct {
	Version int             `json:"version"`
	Entries []BaselineEntry `json:"entries"`
	// Dir is the directory file paths of copies are relative to: the
	// baseline file's directory. Empty takes paths as they are.
	Dir string `json:"-"`
}

func (b *Baseline) entryFor(copy string, f Finding) BaselineEntry {
	kind, facet := string(f.Divergence.Kind), string(f.Divergence.Facet)
	if f.Rule == RuleDroppedShare {
		kind, facet = RuleDroppedShare, ""
	}
	return BaselineEntry{
		Copy:        copyName(b.Dir, copy),
		Kind:        kind,
		Facet:       facet,
		Fingerprint: f.Fingerprint,
		Note:        f.Message,
	}
}

// NewBaseline returns a baseline accepting every finding in r, failing or
// warning, sorted so that it diffs well under version control. File paths
// of copies are recorded relative to dir, the directory the baseline will
// be written to ("" records them as they are).
func NewBaseline(r *Result, dir string) *Baseline {
	b := &Baseline{Version: 1, Entries: []BaselineEntry{}, Dir: dir}
	for _, c := range r.Copies {
		for _, f := range c.Findings {
			b.Entries = append(b.Entries, b.entryFor(c.Copy, f))
		}
	}
	slices.SortFunc(b.Entries, func(x, y BaselineEntry) int {
		return cmp.Or(cmp.Compare(x.Copy, y.Copy), cmp.Compare(x.Kind, y.Kind),
			cmp.Compare(x.Facet, y.Facet), cmp.Compare(x.Fingerprint, y.Fingerprint),
			cmp.Compare(x.Note, y.Note))
	})
	return b
}

// Apply marks the findings of r that b accepts as Baselined and returns
// how many it marked.
func (b *Baseline) Apply(r *Result) int {
	left := make(map[baselineKey]int)
	for _, e := range b.Entries {
		left[e.key()]++
	}
	n := 0
	for i := range r.Copies {
		c := &r.Copies[i]
		for j := range c.Findings {
			k := b.entryFor(c.Copy, c.Findings[j]).key()
			if left[k] > 0 {
				left[k]--
				c.Findings[j].Baselined = true
				n++
			}
		}
	}
	return n
}

// ParseBaseline parses a baseline read from the file named name.
func ParseBaseline(name string, data []byte) (*Baseline, error) {
	var b Baseline
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&b); err != nil {
		return nil, fmt.Errorf("baseline %s: %w", name, err)
	}
	if b.Version != 1 {
		return nil, fmt.Errorf("baseline %s: unsupported version %d (want 1)", name, b.Version)
	}
	for i, e := range b.Entries {
		if e.Copy == "" || e.Kind == "" || e.Fingerprint == "" {
			return nil, fmt.Errorf("baseline %s: entry %d lacks copy, kind or fingerprint", name, i)
		}
	}
	return &b, nil
}

// ReadBaseline reads the baseline file at path.
func ReadBaseline(path string) (*Baseline, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("read baseline: %w", err)
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, maxBaselineSize+1))
	if err != nil {
		return nil, fmt.Errorf("read baseline %s: %w", path, err)
	}
	if len(data) > maxBaselineSize {
		return nil, fmt.Errorf("baseline %s: larger than %d bytes", path, maxBaselineSize)
	}
	b, err := ParseBaseline(path, data)
	if err != nil {
		return nil, err
	}
	b.Dir = filepath.Dir(path)
	return b, nil
}

// Write writes b to the file at path atomically: to a temporary file in
// the same directory, renamed over path once complete.
func (b *Baseline) Write(path string) error {
	data, err := json.MarshalIndent(b, "", "  ")
	if err != nil {
		return fmt.Errorf("write baseline %s: %w", path, err)
	}
	return WriteFileAtomic(path, append(data, '\n'))
}

// WriteFileAtomic writes data to path through a temporary file in the same
// directory that is synced and renamed over path, so readers never see a
// partial file.
func WriteFileAtomic(path string, data []byte) error {
	dir := filepath.Dir(path)
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".tmp*")
	if err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	defer os.Remove(tmp.Name()) // fails harmlessly after the rename
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := tmp.Chmod(0o644); err != nil {
		tmp.Close()
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}
