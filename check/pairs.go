package check

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"

	"github.com/gobwas/glob"
)

// Job is one reference and the copies to check against it.
type Job struct {
	Reference string
	Copies    []string
}

// maxWalk bounds the number of directory entries a glob expansion visits.
const maxWalk = 200000

// ExpandPairs resolves the pairs of p to jobs. Paths in the policy are
// relative to the policy file's directory (the current directory for the
// built-in policy); a copy containing *, ?, [ or { is a glob, where **
// matches any number of directories. A glob that matches no file is an
// error, as is a policy without pairs.
func (p *Policy) ExpandPairs() ([]Job, error) {
	if len(p.Pairs) == 0 {
		return nil, fmt.Errorf("%s: no pairs to check: name a REFERENCE and COPY files, or list pairs in the policy", p.name())
	}
	base := "."
	if p.File != "" {
		base = filepath.Dir(p.File)
	}
	var files []string // slash paths relative to base, walked once
	walked := false
	var jobs []Job
	for _, pr := range p.Pairs {
		job := Job{Reference: joinBase(base, pr.Reference)}
		for _, c := range pr.Copies {
			if isURL(c) || !hasMeta(c) {
				job.Copies = append(job.Copies, joinBase(base, c))
				continue
			}
			if !walked {
				var err error
				files, err = walkFiles(base)
				if err != nil {
					return nil, fmt.Errorf("%s: expand pairs: %w", p.name(), err)
				}
				walked = true
			}
			g, err := glob.Compile(path.Clean(filepath.ToSlash(c)), '/')
			if err != nil {
				return nil, &PolicyError{File: p.File, Line: pr.Line, Msg: fmt.Sprintf("bad glob %q: %v", c, err)}
			}
			n := 0
			for _, f := range files {
				if g.Match(f) && joinBase(base, f) != job.Reference {
					job.Copies = append(job.Copies, joinBase(base, f))
					n++
				}
			}
			if n == 0 {
				return nil, &PolicyError{File: p.File, Line: pr.Line, Msg: fmt.Sprintf("copies %q match no file", c)}
			}
		}
		jobs = append(jobs, job)
	}
	return jobs, nil
}

func (p *Policy) name() string {
	if p.File == "" {
		return "built-in policy"
	}
	return p.File
}

func hasMeta(s string) bool {
	return strings.ContainsAny(s, "*?[{")
}

func joinBase(base, p string) string {
	if isURL(p) || p == "-" || filepath.IsAbs(p) {
		return p
	}
	return filepath.Join(base, filepath.FromSlash(p))
}

// walkFiles lists the regular files under dir as slash paths relative to
// it, skipping hidden directories such as .git.
func walkFiles(dir string) ([]string, error) {
	var files []string
	visited := 0
	errTooMany := errors.New("too many files")
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		visited++
		if visited > maxWalk {
			return fmt.Errorf("%s: %w (more than %d)", dir, errTooMany, maxWalk)
		}
		if d.IsDir() {
			if p != dir && strings.HasPrefix(d.Name(), ".") {
				return filepath.SkipDir
			}
			return nil
		}
		if !d.Type().IsRegular() {
			return nil
		}
		rel, err := filepath.Rel(dir, p)
		if err != nil {
			return err
		}
		files = append(files, filepath.ToSlash(rel))
		return nil
	})
	if err != nil && !errors.Is(err, os.ErrNotExist) {
		return nil, err
	}
	slices.Sort(files)
	return files, nil
}
