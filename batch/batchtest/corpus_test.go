package batchtest

import (
	"bytes"
	"context"
	"encoding/csv"
	"path/filepath"
	"strings"
	"testing"

	"github.com/storydiff/storydiff/crawl"
)

func TestCorpusPages(t *testing.T) {
	c := Corpus{Stories: 50, Versions: 5, Seed: 3}
	edited := 0
	for s := range c.Stories {
		ref := c.Page(s, 0)
		if !bytes.Equal(ref, c.Page(s, 0)) {
			t.Fatalf("story %d: the reference differs between two calls", s)
		}
		if s > 0 && c.reference(s).paragraphs[0] == c.reference(s - 1).paragraphs[0] {
			t.Errorf("stories %d and %d open alike", s-1, s)
		}
		for v := 1; v < c.Versions; v++ {
			if strings.Join(c.version(s, v).paragraphs, "\n") != strings.Join(c.version(s, 0).paragraphs, "\n") {
				edited++
			}
		}
		if got, ok := ParsePath(Path(s)); !ok || got != s {
			t.Errorf("ParsePath(Path(%d)) = %d, %v", s, got, ok)
		}
	}
	// Some edits (such as a split without ", and ") change nothing; most
	// versions must differ from their reference.
	if total := c.Stories * (c.Versions - 1); edited < total*3/4 {
		t.Errorf("%d of %d versions differ from their reference", edited, total)
	}
	for _, p := range []string{"/news/1/story-2.html", "/robots.txt", "/news/000001/story-1.htm"} {
		if _, ok := ParsePath(p); ok {
			t.Errorf("ParsePath(%q) accepted", p)
		}
	}
}

func TestWriteManifest(t *testing.T) {
	c := Corpus{Stories: 2, Versions: 3}
	var buf bytes.Buffer
	if err := c.WriteManifest(&buf, URL); err != nil {
		t.Fatal(err)
	}
	recs, err := csv.NewReader(&buf).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != 1+6 || recs[1][2] != "reference" || recs[2][2] != "" || recs[6][1] != URL(1, 2) || recs[6][3] != Outlet(2) {
		t.Errorf("manifest: %q", recs)
	}
}

// TestWriteWARC checks that the crawler serves the pages of a written
// WARC file under their URLs.
func TestWriteWARC(t *testing.T) {
	c := Corpus{Stories: 3, Versions: 2, Seed: 8}
	path := filepath.Join(t.TempDir(), "c.warc.gz")
	if err := c.WriteWARC(context.Background(), path); err != nil {
		t.Fatal(err)
	}
	f := crawl.NewFetcher(crawl.Options{WARCInputs: []string{path}, Offline: true})
	defer f.Close()
	var urls []string
	for s := range c.Stories {
		for v := range c.Versions {
			urls = append(urls, URL(s, v))
		}
	}
	for i, r := range f.Fetch(context.Background(), urls) {
		if r.Err != nil {
			t.Fatalf("%s: %v", urls[i], r.Err)
		}
		if want := c.Page(i/c.Versions, i%c.Versions); !bytes.Equal(r.Page.Body, want) {
			t.Errorf("%s: body differs from the page written", urls[i])
		}
	}
}
