// Package trace finds where a news story came from and checks what an
// article attributes to other outlets.
//
// Given one article, such as a wire story republished by a syndicator, trace
// finds its attributions ("a source told CNN", "an Axios report noted that
// …", "first reported by The Wall Street Journal") and its wire credit
// ("(ANI)", "(Reuters)"), searches the discovery feeds of the outlets in a
// Registry (news sitemaps, sitemaps, RSS and Atom) for candidate versions
// published around the article's date, ranks them by how much their titles
// share the story's distinctive words, confirms the best ones by aligning
// their text with the article, and finally says for each attribution whether
// the cited outlet's version supports it, states it with a different fact,
// or was not found.
//
// Parsing, ranking and checking are pure functions; the Tracer does the
// I/O through a Fetcher, which the command line provides with crawl's
// polite fetcher and tests with a fake.
package trace
