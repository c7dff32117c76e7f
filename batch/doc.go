// Package batch runs storydiff over many stories: it reads a manifest of
// story versions, keeps a work queue and the results in an embedded SQLite
// database, and exports them for analysis.
//
// A manifest (ReadManifest) is CSV with a header or JSON Lines, one version
// per row, grouped into Stories by story_id. Open creates or opens a
// database; Enqueue adds a manifest's stories to its queue, Claim leases
// pending stories to a worker, and SaveStory stores one story's versions and
// divergences and marks it done in a single transaction, replacing anything
// stored for it before. A run killed at any moment therefore resumes, with
// the same manifest, at the first story not yet saved, without duplicating
// rows. Claim's leases (with Renew as a heartbeat and Release on exit) let
// several processes share one queue in one database file.
//
// Run works through the queue: it reads rounds of claimed stories with a
// Loader such as a *crawl.Fetcher, compares and saves each story, and
// reports progress (ProgressWriter draws it). Politeness holds across the
// whole run, not only within one fetch: rounds are read one at a time,
// so that within a round every host is fetched in parallel with the
// others and one request at a time, with the crawler's delay between
// requests, and Run keeps the same delay between the end of one round
// and the start of the next for every host they share. This was chosen
// over a scheduler of its own in front of the crawler because the
// crawler's per-host machinery (robots.txt, retries, redirects, the
// delay) works per Fetch call; a round of many stories lets it do its
// work unchanged, and costs one delay per host per round.
//
// Stats summarises divergence rates per outlet and Export writes a table as
// CSV or JSON Lines. The schema is described in Schema.
package batch
