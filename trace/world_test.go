package trace

import (
	"fmt"
	"html"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/storydiff/storydiff/crawl"
)

// The loopback world: one httptest server per fake outlet, each with a
// robots.txt, a discovery feed listing dozens of unrelated decoys around
// the true versions, and article pages. All article text below is
// invented for these tests.

// storyDate is when the traced article was published.
var storyDate = time.Date(2025, 11, 20, 8, 0, 0, 0, time.UTC)

// page is an article page of the world.
type page struct {
	title      string
	published  time.Time
	paragraphs []string
}

// cnnOriginal is a rewrite, not a copy, of the story, stating what the
// traced article attributes to CNN.
var cnnOriginal = page{
	title:     "Trump team quietly drafts new plan with Moscow to end Ukraine war",
	published: storyDate.Add(-14 * time.Hour),
	paragraphs: []string{
		"The Trump administration has quietly been drafting a new plan with Russia aimed at ending the war in Ukraine, according to a source familiar with the talks, in what would be one of the biggest diplomatic efforts of the president's term.",
		"Steve Witkoff, the president's special envoy, who has been at the center of back-channel contacts with Moscow, is leading the negotiations, the source said.",
		"Discussions sped up this week because US officials believe the Kremlin is newly open to a deal, the source added.",
		"Army Secretary Dan Driscoll arrived in Kyiv on Wednesday with a senior Pentagon delegation. A US official said President Trump ordered the visit as part of the administration's push to revive peace efforts.",
		"Driscoll is expected to brief President Volodymyr Zelensky and senior Ukrainian leaders on conditions on the battlefield, weapons needs and the diplomatic track.",
		"Russian officials acknowledged the high-level contacts and said engagement between the US and Russia is continuing, including through Witkoff.",
		"It remains unclear how closely Europe or Ukraine are involved in the negotiations, or whether either would back the emerging framework.",
		"The White House concluded that Putin's position on ending the war had not meaningfully shifted since his last meeting with Trump at a US air base in Alaska, US officials said.",
		"Earlier efforts focused on freezing forces along the current front lines, an approach the Kremlin rejected in favor of a long-term settlement.",
	},
}

// axiosOriginal states a different number than the one the traced
// article attributes to Axios (27 points, not 28).
var axiosOriginal = page{
	title:     "Scoop: US and Russia draft new Ukraine peace framework",
	published: storyDate.Add(-20 * time.Hour),
	paragraphs: []string{
		"The Trump administration has been secretly negotiating with Russia on a new framework to end the war in Ukraine, two US officials say.",
		"The draft currently runs to 27 points, covering security guarantees for Ukraine and Europe and the future of US relations with both countries.",
		"Special envoy Steve Witkoff has been working on the plan with Kremlin envoy Kirill Dmitriev, who visited the US in October for talks.",
		"The officials said Ukraine has been briefed on the draft but has not signed on to it.",
		"What to watch: whether Europe supports the framework, and whether Kyiv accepts any of its terms.",
	},
}

// topicalDecoy is about the same war but another story: it should rank,
// perhaps be fetched, and never be confirmed.
var topicalDecoy = page{
	title:     "Russia launches drone attack on Ukraine energy grid as winter nears",
	published: storyDate.Add(-5 * time.Hour),
	paragraphs: []string{
		"Russia launched more than 400 drones and 40 missiles at Ukraine's power plants overnight, officials in Kyiv said.",
		"Blackouts hit the eastern regions of Kharkiv and Dnipro, where repair crews worked through the night in freezing temperatures.",
		"Ukraine's energy ministry said it had asked European partners for emergency generators and air defense systems.",
		"The strikes were the largest on the grid since the spring, according to the air force.",
	},
}

// decoyTitles are headlines of unrelated stories, a few on the same
// countries and people.
var decoyTitles = []string{
	"Central bank holds interest rates steady amid sticky inflation",
	"Monsoon floods displace thousands in coastal districts",
	"Tech giant unveils new smartphone with foldable screen",
	"Cricket board names new captain for test series",
	"Oil prices slip as stockpiles rise for third week",
	"Scientists map deep ocean trench in record dive",
	"City council approves budget for new metro line",
	"Film festival opens with tribute to veteran director",
	"Airline orders 50 new jets in record aviation deal",
	"Ukraine's grain exports rise despite port attacks",
	"Russia's central bank cuts key rate for second time",
	"Trump hosts Saudi crown prince at the White House",
	"Zelensky visits troops near front line in Donetsk",
	"Kremlin says Putin has no plans to attend G20 summit",
	"Football club sacks manager after losing streak",
	"Heatwave breaks temperature records across southern Europe",
	"Court upholds ban on single-use plastics",
	"Startup raises funding for battery recycling plant",
	"Election commission announces dates for state polls",
	"Vaccine drive reaches remote mountain villages",
	"Stock markets rally on strong earnings season",
	"Wildfire forces evacuation of hillside towns",
	"Parliament debates new data protection bill",
	"Astronauts return safely after six months in orbit",
	"Army chief reviews border security in northern sector",
	"Pentagon announces new weapons package for Taiwan",
	"European leaders meet in Brussels on migration",
	"Tennis star withdraws from final with injury",
	"Rail strike disrupts commuter services nationwide",
	"New museum of modern art opens its doors",
	"Auto sales climb ahead of festive season",
	"Health ministry warns of rise in dengue cases",
	"US senators push sanctions bill on Russian oil buyers",
	"Ukraine war: Moscow claims capture of village in east",
	"Drought threatens coffee harvest in highlands",
	"Telecom regulator proposes cap on roaming fees",
}

// decoyPage is the article of a decoy headline: invented filler on the
// headline's subject that shares nothing with the story.
func decoyPage(title string, published time.Time) page {
	return page{title: title, published: published, paragraphs: []string{
		title + ", officials said on Tuesday.",
		"The announcement followed weeks of speculation among analysts and local residents about the matter.",
		"A spokesperson declined to give further details but said a full statement would be published next month.",
		"Critics said the decision came too late, while supporters welcomed what they called a long overdue step.",
	}}
}

// seedParagraphs reads the seed story: the article traced.
func seedParagraphs(t testing.TB) []string {
	t.Helper()
	b, err := os.ReadFile("testdata/seed-ani-tribune.txt")
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, l := range strings.Split(strings.TrimSpace(string(b)), "\n") {
		if l = strings.TrimSpace(l); l != "" {
			out = append(out, l)
		}
	}
	return out
}

// seedArticle is the traced article as crawl would give it, with its
// title line and the site's premium banner dropped.
func seedArticle(t testing.TB, url string) crawl.Article {
	p := seedParagraphs(t)
	body := p[2:]
	// The first body line carries the banner text glued to the dateline.
	if i := strings.Index(body[0], "Washington [US]"); i > 0 {
		body[0] = body[0][i:]
	}
	return crawl.Article{Source: url, URL: url, Title: p[0], Published: storyDate.Format(time.RFC3339), Paragraphs: body}
}

// syndicatedCopy is the wire copy as another syndicator runs it, with
// cosmetic changes: spelling, its own disclaimer.
func syndicatedCopy(t testing.TB) page {
	a := seedArticle(t, "")
	var ps []string
	for _, p := range a.Paragraphs {
		if strings.HasPrefix(p, "(This content is sourced") {
			continue
		}
		ps = append(ps, strings.ReplaceAll(p, "defence", "defense"))
	}
	ps = append(ps, "This report is auto-generated from a news agency feed. The site holds no responsibility for its content.")
	return page{title: "Trump admin quietly pushes new Russia-Ukraine peace plan: Report", published: storyDate.Add(40 * time.Minute), paragraphs: ps}
}

// renderPage writes an article page with some site chrome.
func renderPage(p page) string {
	var b strings.Builder
	fmt.Fprintf(&b, "<!DOCTYPE html><html><head><title>%s</title>", html.EscapeString(p.title))
	fmt.Fprintf(&b, `<meta property="article:published_time" content="%s">`, p.published.Format(time.RFC3339))
	b.WriteString(`</head><body><header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/business">Business</a></nav></header><main><article>`)
	fmt.Fprintf(&b, "<h1>%s</h1>\n", html.EscapeString(p.title))
	for _, para := range p.paragraphs {
		fmt.Fprintf(&b, "<p>%s</p>\n", html.EscapeString(para))
	}
	b.WriteString(`</article></main><footer><p>© Example Media. All rights reserved.</p></footer></body></html>`)
	return b.String()
}

// outletServer is one fake outlet.
type outletServer struct {
	*httptest.Server
	pages map[string]page // path → article
	feeds map[string]func(base string) (contentType, body string)
	block chan struct{} // closed at cleanup; slow handlers wait on it
}

func newOutlet(t testing.TB) *outletServer {
	o := &outletServer{pages: map[string]page{}, feeds: map[string]func(string) (string, string){}, block: make(chan struct{})}
	o.Server = httptest.NewServer(http.HandlerFunc(o.serve))
	t.Cleanup(func() { close(o.block); o.Close() })
	return o
}

func (o *outletServer) serve(w http.ResponseWriter, r *http.Request) {
	if r.URL.Path == "/robots.txt" {
		w.Header().Set("Content-Type", "text/plain")
		fmt.Fprint(w, "User-agent: *\nDisallow: /private/\n")
		return
	}
	if f, ok := o.feeds[r.URL.Path]; ok {
		ct, body := f(o.URL)
		w.Header().Set("Content-Type", ct)
		fmt.Fprint(w, body)
		return
	}
	if p, ok := o.pages[r.URL.Path]; ok {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, renderPage(p))
		return
	}
	http.NotFound(w, r)
}

// addDecoys adds n decoy articles under prefix, published around the
// story's date, starting at headline off.
func (o *outletServer) addDecoys(prefix string, n, off int) []string {
	var paths []string
	for i := 0; i < n; i++ {
		title := decoyTitles[(off+i)%len(decoyTitles)]
		path := fmt.Sprintf("%s/%s-%d", prefix, slug(title), 1000+i)
		pub := storyDate.Add(time.Duration(i%9-4) * 9 * time.Hour)
		o.pages[path] = decoyPage(title, pub)
		paths = append(paths, path)
	}
	return paths
}

func slug(s string) string {
	f := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !('a' <= r && r <= 'z' || '0' <= r && r <= '9') })
	return strings.Join(f, "-")
}

// newsSitemap renders a news sitemap of the given paths.
func (o *outletServer) newsSitemap(paths []string) func(string) (string, string) {
	return func(base string) (string, string) {
		var b strings.Builder
		b.WriteString(`<?xml version="1.0" encoding="UTF-8"?>` + "\n")
		b.WriteString(`<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">` + "\n")
		for _, p := range paths {
			pg := o.pages[p]
			fmt.Fprintf(&b, "<url><loc>%s%s</loc><news:news><news:publication><news:name>Example</news:name><news:language>en</news:language></news:publication><news:publication_date>%s</news:publication_date><news:title>%s</news:title></news:news></url>\n",
				base, p, pg.published.Format(time.RFC3339), html.EscapeString(pg.title))
		}
		b.WriteString("</urlset>\n")
		return "application/xml", b.String()
	}
}

// rss renders an RSS 2.0 feed of the given paths.
func (o *outletServer) rss(paths []string) func(string) (string, string) {
	return func(base string) (string, string) {
		var b strings.Builder
		b.WriteString(`<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Example</title><link>` + base + `</link><description>News</description>` + "\n")
		for _, p := range paths {
			pg := o.pages[p]
			fmt.Fprintf(&b, "<item><title>%s</title><link>%s%s</link><pubDate>%s</pubDate></item>\n",
				html.EscapeString(pg.title), base, p, pg.published.Format(time.RFC1123Z))
		}
		b.WriteString("</channel></rss>\n")
		return "application/rss+xml", b.String()
	}
}

// atom renders an Atom feed of the given paths.
func (o *outletServer) atom(paths []string) func(string) (string, string) {
	return func(base string) (string, string) {
		var b strings.Builder
		b.WriteString(`<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Example</title><id>` + base + `/</id><updated>2025-11-20T09:00:00Z</updated>` + "\n")
		for _, p := range paths {
			pg := o.pages[p]
			fmt.Fprintf(&b, "<entry><title>%s</title><link href=\"%s\"/><id>%s%s</id><updated>%s</updated></entry>\n",
				html.EscapeString(pg.title), p, base, p, pg.published.Format(time.RFC3339))
		}
		b.WriteString("</feed>\n")
		return "application/atom+xml", b.String()
	}
}

// world is the loopback world of a trace test.
type world struct {
	cnn, axios, wsj, reuters, theprint, tribune, bbc *outletServer

	registry *Registry
	article  crawl.Article
	// true versions, by URL
	cnnURL, axiosURL, copyURL string
}

// newWorld builds the world: CNN (news sitemap: a rewrite of the story,
// a topical decoy, an old story on the same subject, decoys), Axios (RSS:
// an original stating 27 points, decoys), WSJ (broken XML), Reuters (a
// feed that never answers), ThePrint (Atom: a copy of the wire story,
// decoys), The Tribune (sitemap index: the traced article and decoys)
// and BBC (ordinary sitemap, decoys without titles).
func newWorld(t testing.TB) *world {
	w := &world{}
	for _, p := range []**outletServer{&w.cnn, &w.axios, &w.wsj, &w.reuters, &w.theprint, &w.tribune, &w.bbc} {
		*p = newOutlet(t)
	}

	cnnPaths := w.cnn.addDecoys("/2025/11/20/world", 30, 0)
	w.cnn.pages["/2025/11/19/politics/trump-russia-ukraine-peace-plan-witkoff"] = cnnOriginal
	w.cnn.pages["/2025/11/20/europe/russia-drone-attack-ukraine-energy"] = topicalDecoy
	old := cnnOriginal
	old.title = "Trump administration quietly pushes Russia-Ukraine peace plan, sources say"
	old.published = storyDate.AddDate(0, -5, 0)
	w.cnn.pages["/2025/06/20/politics/old-peace-plan"] = old
	cnnPaths = append(cnnPaths[:12], append([]string{"/2025/11/19/politics/trump-russia-ukraine-peace-plan-witkoff", "/2025/11/20/europe/russia-drone-attack-ukraine-energy", "/2025/06/20/politics/old-peace-plan"}, cnnPaths[12:]...)...)
	w.cnn.feeds["/sitemaps/news.xml"] = w.cnn.newsSitemap(cnnPaths)
	w.cnnURL = w.cnn.URL + "/2025/11/19/politics/trump-russia-ukraine-peace-plan-witkoff"

	axPaths := w.axios.addDecoys("/2025/11/19", 25, 7)
	w.axios.pages["/2025/11/19/us-russia-ukraine-peace-framework"] = axiosOriginal
	axPaths = append([]string{"/2025/11/19/us-russia-ukraine-peace-framework"}, axPaths...)
	w.axios.feeds["/feed/"] = w.axios.rss(axPaths)
	w.axiosURL = w.axios.URL + "/2025/11/19/us-russia-ukraine-peace-framework"

	w.wsj.addDecoys("/articles", 10, 3)
	w.wsj.feeds["/rss/world.xml"] = func(string) (string, string) {
		return "application/rss+xml", `<?xml version="1.0"?><rss version="2.0"><channel><title>World</title><item><title>Half an item</title><link>`
	}

	w.reuters.feeds["/news-sitemap.xml"] = func(string) (string, string) {
		<-w.reuters.block
		return "application/xml", "<urlset/>"
	}

	tpPaths := w.theprint.addDecoys("/world", 30, 11)
	copyPath := "/world/trump-admin-quietly-pushes-new-russia-ukraine-peace-plan-report/2790001/"
	w.theprint.pages[copyPath] = syndicatedCopy(t)
	tpPaths = append(tpPaths[:20], append([]string{copyPath}, tpPaths[20:]...)...)
	w.theprint.feeds["/feed/"] = w.theprint.atom(tpPaths)
	w.copyURL = w.theprint.URL + copyPath

	trPaths := w.tribune.addDecoys("/news/world", 20, 17)
	selfPath := "/news/world/trump-administration-quietly-pushes-new-russia-ukraine-peace-plan-report/"
	w.tribune.pages[selfPath] = page{title: "Trump administration 'quietly' pushes new Russia-Ukraine peace plan: Report", published: storyDate, paragraphs: seedArticle(t, "").Paragraphs}
	trPaths = append(trPaths, selfPath)
	w.tribune.feeds["/sitemap/news-today.xml"] = w.tribune.newsSitemap(trPaths)
	w.tribune.feeds["/sitemap/news-older.xml"] = w.tribune.newsSitemap(w.tribune.addDecoys("/news/archive", 5, 2))
	w.tribune.feeds["/sitemap.xml"] = func(base string) (string, string) {
		return "text/xml", `<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">` +
			`<sitemap><loc>` + base + `/sitemap/news-older.xml</loc><lastmod>2025-11-10</lastmod></sitemap>` +
			`<sitemap><loc>` + base + `/sitemap/news-today.xml</loc><lastmod>2025-11-20T09:00:00+05:30</lastmod></sitemap></sitemapindex>`
	}
	self := w.tribune.URL + selfPath
	w.article = seedArticle(t, self)

	bbcPaths := w.bbc.addDecoys("/news/articles", 20, 5)
	w.bbc.feeds["/sitemap.xml"] = func(base string) (string, string) {
		var b strings.Builder
		b.WriteString(`<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">`)
		for _, p := range bbcPaths {
			fmt.Fprintf(&b, "<url><loc>%s%s</loc><lastmod>%s</lastmod></url>", base, p, w.bbc.pages[p].published.Format("2006-01-02"))
		}
		b.WriteString("</urlset>")
		return "application/xml", b.String()
	}

	host := func(o *outletServer) string { return strings.TrimPrefix(o.URL, "http://") }
	yml := fmt.Sprintf(`outlets:
  - name: CNN
    aliases: [CNN]
    domains: [%s]
    feeds: [%s/sitemaps/news.xml]
  - name: Axios
    aliases: [Axios]
    domains: [%s]
    feeds: [%s/feed/]
  - name: The Wall Street Journal
    aliases: [The Wall Street Journal, WSJ]
    domains: [%s]
    feeds: [%s/rss/world.xml]
  - name: Reuters
    aliases: [Reuters]
    domains: [%s]
    wire: true
    feeds: [%s/news-sitemap.xml]
  - name: ANI
    aliases: [ANI]
    domains: [ani.invalid]
    wire: true
  - name: ThePrint
    aliases: [ThePrint]
    domains: [%s]
    feeds: [%s/feed/]
  - name: The Tribune
    aliases: [The Tribune]
    domains: [%s]
    feeds: [%s/sitemap.xml]
  - name: BBC
    aliases: [BBC]
    domains: [%s]
    feeds: [%s/sitemap.xml]
`, host(w.cnn), w.cnn.URL, host(w.axios), w.axios.URL, host(w.wsj), w.wsj.URL, host(w.reuters), w.reuters.URL,
		host(w.theprint), w.theprint.URL, host(w.tribune), w.tribune.URL, host(w.bbc), w.bbc.URL)
	reg, err := ParseRegistry([]byte(yml), "test registry")
	if err != nil {
		t.Fatal(err)
	}
	w.registry = reg
	return w
}
