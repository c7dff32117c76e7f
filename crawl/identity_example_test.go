package crawl_test

import (
	"fmt"

	"github.com/storydiff/storydiff/crawl"
)

func ExampleNormalizeURL() {
	for _, u := range []string{
		"https://www.Example.com:443/news/flood-rescue/amp/?utm_source=twitter&fbclid=x#comments",
		"https://www.example.com/news/flood-rescue?outputType=amp",
		"https://www.example.com/search?q=flood&page=2",
	} {
		id, err := crawl.NormalizeURL(u)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Println(id)
	}
	// Output:
	// https://www.example.com/news/flood-rescue
	// https://www.example.com/news/flood-rescue
	// https://www.example.com/search?page=2&q=flood
}
