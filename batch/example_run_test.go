package batch_test

import (
	"context"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"strings"

	"github.com/storydiff/storydiff/batch"
	"github.com/storydiff/storydiff/crawl"
)

// textLoader serves articles from memory, in place of a *crawl.Fetcher.
type textLoader map[string]string

func (l textLoader) Load(ctx context.Context, sources []string) []crawl.ArticleResult {
	out := make([]crawl.ArticleResult, len(sources))
	for i, src := range sources {
		out[i].Source = src
		text, ok := l[src]
		if !ok {
			out[i].Err = fmt.Errorf("%s: HTTP 404 Not Found", src)
			continue
		}
		out[i].Article = crawl.Article{Source: src, URL: src, Paragraphs: strings.Split(text, "\n\n")}
	}
	return out
}

// This example runs a manifest's stories through Store.Run. A real run
// passes a *crawl.Fetcher as the Loader, and the same Delay as the
// fetcher's.
func ExampleStore_Run() {
	ctx := context.Background()
	dir, err := os.MkdirTemp("", "storydiff-example")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(dir)
	s, err := batch.Open(ctx, filepath.Join(dir, "batch.db"))
	if err != nil {
		log.Fatal(err)
	}
	defer s.Close()
	m, _, err := batch.ReadManifest(strings.NewReader(`story_id,url,role
blast,https://wire.example/blast,reference
blast,https://paper.example/blast,
blast,https://gone.example/blast,
`), "stories.csv")
	if err != nil {
		log.Fatal(err)
	}
	if _, err := s.Enqueue(ctx, m, 0); err != nil {
		log.Fatal(err)
	}
	loader := textLoader{
		"https://wire.example/blast":  "Police said 28 people were hurt in the blast on Thursday.",
		"https://paper.example/blast": "Police said 38 people were hurt in the blast on Thursday.",
	}
	st, err := s.Run(ctx, batch.RunOptions{Loader: loader})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("%d done, %d versions read, %d unreadable\n", st.Done, st.Versions, st.VersionErrors)
	var kind, facet string
	s.DB().QueryRow(`SELECT kind, facet FROM divergences WHERE material = 1`).Scan(&kind, &facet)
	fmt.Println(kind, facet)
	// Output:
	// 1 done, 3 versions read, 1 unreadable
	// altered number
}
