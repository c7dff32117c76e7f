package crawl_test

import (
	"fmt"
	"log"

	"github.com/storydiff/storydiff/crawl"
)

func ExampleExtract() {
	page := crawl.Page{
		Source:      "story.html",
		ContentType: "text/html",
		Body: []byte(`<html><head><title>Ferry service resumes - Example Times</title>
<meta property="og:title" content="Ferry service resumes">
<meta property="article:published_time" content="2025-11-20T08:00:00Z"></head>
<body><nav><a href="/">Home</a> <a href="/local">Local</a></nav>
<article><h1>Ferry service resumes</h1>
<p><span class="promo">Get our app for exclusive alerts</span>Harbourside [UK], November 20 (ANI): Ferry services between the two islands resumed on Thursday after a week of storms kept boats in port, the operator said.</p>
<p>The first crossing left at dawn with more than two hundred passengers on board, many of them workers who had been unable to reach their jobs on the mainland.</p>
<p>The operator said timetables would return to normal by the weekend, although some evening sailings could still be cancelled at short notice. (ANI)</p>
<p>(This content is sourced from a syndicated feed and is published as received.)</p>
</article><footer>Follow us on X</footer></body></html>`),
	}
	a, err := crawl.Extract(page)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(a.Title)
	fmt.Println(a.Published)
	for _, p := range a.Paragraphs {
		fmt.Println("-", p)
	}
	// Output:
	// Ferry service resumes
	// 2025-11-20T08:00:00Z
	// - Harbourside [UK], November 20 (ANI): Ferry services between the two islands resumed on Thursday after a week of storms kept boats in port, the operator said.
	// - The first crossing left at dawn with more than two hundred passengers on board, many of them workers who had been unable to reach their jobs on the mainland.
	// - The operator said timetables would return to normal by the weekend, although some evening sailings could still be cancelled at short notice. (ANI)
}
