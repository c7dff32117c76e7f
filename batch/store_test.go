package batch

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/storydiff/storydiff/align"
	"github.com/storydiff/storydiff/crawl"
)

// openTemp opens a Store on a new file and closes it when the test ends.
func openTemp(t testing.TB) *Store {
	t.Helper()
	s, err := Open(context.Background(), filepath.Join(t.TempDir(), "batch.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// testStory returns a story id with n rows on hosts o0.example, o1.example...
func testStory(id string, n int) Story {
	st := Story{ID: id}
	for i := range n {
		role := RoleVersion
		if i == 0 {
			role = RoleReference
		}
		u := fmt.Sprintf("https://o%d.example/%s", i, id)
		st.Rows = append(st.Rows, Row{Line: i + 2, StoryID: id, URL: u, Role: role, Outlet: OutletOf(u)})
	}
	return st
}

// testManifest returns a manifest of n stories s00, s01... of v rows each.
func testManifest(n, v int) Manifest {
	m := Manifest{Name: "test.csv", Format: "csv"}
	for i := range n {
		m.Stories = append(m.Stories, testStory(fmt.Sprintf("s%02d", i), v))
	}
	return m
}

// testResult returns a result for st in which version i (i >= 1) has
// divs divergences, alternately material number changes and cosmetic
// spelling changes.
func testResult(st Story, divs int) StoryResult {
	vs := make([]VersionResult, len(st.Rows))
	for i, r := range st.Rows {
		vs[i] = NewVersionResult(r, crawl.Article{
			URL:        r.URL,
			Title:      "Blast in " + st.ID,
			Paragraphs: []string{"Twenty-eight people were hurt, police said.", "More follows."},
			FetchedAt:  time.Date(2025, 11, 20, 10, 0, 0, 0, time.UTC),
		}, nil)
		if i == 0 {
			continue
		}
		var c align.Comparison
		for j := range divs {
			d := align.Divergence{Kind: align.Altered, Facet: align.FacetSpelling, RefText: "colour", VerText: "color", RefPara: j, VerPara: j}
			if j%2 == 0 {
				d = align.Divergence{Kind: align.Altered, Facet: align.FacetNumber, Material: true,
					RefText: "28 people were hurt", VerText: "27 people were hurt", RefPara: j, VerPara: j, Detail: "28 → 27"}
			}
			c.Divergences = append(c.Divergences, d)
		}
		vs[i].SetComparison(c)
	}
	return NewStoryResult(st.ID, vs[0], vs[1:])
}

// count returns the number of rows of table matching where.
func count(t testing.TB, s *Store, table, where string, args ...any) int {
	t.Helper()
	var n int
	q := "SELECT COUNT(*) FROM " + table
	if where != "" {
		q += " WHERE " + where
	}
	if err := s.DB().QueryRow(q, args...).Scan(&n); err != nil {
		t.Fatalf("%s: %v", q, err)
	}
	return n
}

func TestOpenIdempotent(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "x.db")
	s, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Enqueue(ctx, testManifest(2, 3), 0); err != nil {
		t.Fatal(err)
	}
	s.Close()
	for range 2 {
		s, err = Open(ctx, path)
		if err != nil {
			t.Fatalf("reopen: %v", err)
		}
		if n := count(t, s, "stories", ""); n != 2 {
			t.Errorf("after reopen %d stories, want 2", n)
		}
		var v int
		var mode string
		var fk int
		s.DB().QueryRow("PRAGMA user_version").Scan(&v)
		s.DB().QueryRow("PRAGMA journal_mode").Scan(&mode)
		s.DB().QueryRow("PRAGMA foreign_keys").Scan(&fk)
		if v != SchemaVersion || mode != "wal" || fk != 1 {
			t.Errorf("user_version %d, journal_mode %q, foreign_keys %d; want %d, wal, 1", v, mode, fk, SchemaVersion)
		}
		s.Close()
	}
	// The schema creates every table the package documents.
	s, _ = Open(ctx, path)
	defer s.Close()
	for _, table := range Tables() {
		count(t, s, table, "")
	}
}

// TestOpenMigrates checks that a database of schema version 1 is brought
// up to date, keeping its rows, and takes the new columns.
func TestOpenMigrates(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "v1.db")
	s, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	// Make it a version 1 database: without the columns version 2 added.
	for _, stmt := range []string{
		"ALTER TABLE versions DROP COLUMN made_as",
		"ALTER TABLE divergences DROP COLUMN confidence",
		"PRAGMA user_version = 1",
	} {
		if _, err := s.DB().Exec(stmt); err != nil {
			t.Fatalf("%s: %v", stmt, err)
		}
	}
	if _, err := s.Enqueue(ctx, testManifest(1, 2), 0); err != nil {
		t.Fatal(err)
	}
	s.Close()

	s, err = Open(ctx, path)
	if err != nil {
		t.Fatalf("open a version 1 database: %v", err)
	}
	defer s.Close()
	var v int
	s.DB().QueryRow("PRAGMA user_version").Scan(&v)
	if v != SchemaVersion {
		t.Errorf("user_version %d after migration, want %d", v, SchemaVersion)
	}
	if n := count(t, s, "stories", ""); n != 1 {
		t.Errorf("%d stories after migration, want the 1 kept", n)
	}
	ref := VersionResult{URL: "https://ref.example/a", Outlet: "ref.example"}
	ver := VersionResult{URL: "https://copy.example/a", Outlet: "copy.example"}
	ver.SetComparison(align.Comparison{
		Divergences: []align.Divergence{{Kind: align.Altered, Facet: align.FacetNumber, Material: true, Detail: "28 → 27", Confidence: 0.93}},
		Summary:     align.Summary{Version: align.VersionCopy},
	})
	if err := s.SaveStory(ctx, NewStoryResult("m1", ref, []VersionResult{ver})); err != nil {
		t.Fatalf("save into a migrated database: %v", err)
	}
	var conf float64
	var madeAs string
	if err := s.DB().QueryRow("SELECT d.confidence, v.made_as FROM divergences d JOIN versions v USING (story_id, url) WHERE d.story_id = 'm1'").Scan(&conf, &madeAs); err != nil {
		t.Fatal(err)
	}
	if conf != 0.93 || madeAs != "copy" {
		t.Errorf("confidence %v, made_as %q; want 0.93, copy", conf, madeAs)
	}
}

func TestOpenNewerSchema(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "x.db")
	s, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.DB().Exec(fmt.Sprintf("PRAGMA user_version = %d", SchemaVersion+1)); err != nil {
		t.Fatal(err)
	}
	s.Close()
	if s, err := Open(ctx, path); err == nil {
		s.Close()
		t.Fatal("Open accepted a database of a newer schema version")
	} else if !strings.Contains(err.Error(), "newer") || !strings.Contains(err.Error(), path) {
		t.Errorf("error %q should name the file and say the schema is newer", err)
	}
}

func TestOpenPathWithURISyntax(t *testing.T) {
	ctx := context.Background()
	dir := filepath.Join(t.TempDir(), "a?b#c%20d e&f=ü")
	path := filepath.Join(dir, "x.db")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	s, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	if _, err := os.Stat(path); err != nil {
		t.Errorf("database not created at %q", path)
	}
}

func TestEnqueueIdempotent(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	m := testManifest(4, 3)
	got, err := s.Enqueue(ctx, m, 0)
	if err != nil {
		t.Fatal(err)
	}
	if got != (EnqueueResult{Added: 4}) {
		t.Errorf("first Enqueue = %+v, want 4 added", got)
	}
	if err := s.SaveStory(ctx, testResult(m.Stories[1], 2)); err != nil {
		t.Fatal(err)
	}
	got, err = s.Enqueue(ctx, m, 0)
	if err != nil {
		t.Fatal(err)
	}
	if got != (EnqueueResult{Unchanged: 3, Finished: 1}) {
		t.Errorf("second Enqueue = %+v, want 3 unchanged, 1 finished", got)
	}
	if n := count(t, s, "stories", ""); n != 4 {
		t.Errorf("%d stories, want 4", n)
	}
	if n := count(t, s, "sources", ""); n != 12 {
		t.Errorf("%d sources, want 12", n)
	}
	if n := count(t, s, "stories", "story_id = 's01' AND status = 'done'"); n != 1 {
		t.Error("re-enqueueing reset a done story")
	}
	// A pending story whose rows change takes the new rows; a done one
	// keeps its own.
	m2 := testManifest(4, 3)
	m2.Stories[0].Rows = m2.Stories[0].Rows[:2]
	m2.Stories[1].Rows = m2.Stories[1].Rows[:1]
	m2.Stories = append(m2.Stories, testStory("new", 2))
	got, err = s.Enqueue(ctx, m2, 0)
	if err != nil {
		t.Fatal(err)
	}
	if got != (EnqueueResult{Added: 1, Updated: 1, Unchanged: 2, Finished: 1}) {
		t.Errorf("changed Enqueue = %+v", got)
	}
	if n := count(t, s, "sources", "story_id = 's00'"); n != 2 {
		t.Errorf("updated story has %d sources, want 2", n)
	}
	if n := count(t, s, "sources", "story_id = 's01'"); n != 3 {
		t.Errorf("done story has %d sources, want its 3", n)
	}
	ids, err := s.Pending(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"s00", "s02", "s03", "new"}; !slices.Equal(ids, want) {
		t.Errorf("Pending = %v, want %v", ids, want)
	}
}

func TestSaveStoryReplaces(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	st := testStory("s", 5)
	for _, divs := range []int{4, 4, 2} {
		if err := s.SaveStory(ctx, testResult(st, divs)); err != nil {
			t.Fatal(err)
		}
	}
	if n := count(t, s, "versions", ""); n != 5 {
		t.Errorf("%d versions after saving thrice, want 5", n)
	}
	if n := count(t, s, "bodies", ""); n != 5 {
		t.Errorf("%d bodies after saving thrice, want 5", n)
	}
	if n := count(t, s, "divergences", ""); n != 4*2 {
		t.Errorf("%d divergences, want the last save's 8", n)
	}
	if n := count(t, s, "stories", "status = 'done'"); n != 1 {
		t.Errorf("%d done stories, want 1", n)
	}
	var material, cosmetic, altered int
	s.DB().QueryRow(`SELECT material, cosmetic, altered FROM versions WHERE url = ?`, st.Rows[1].URL).Scan(&material, &cosmetic, &altered)
	if material != 1 || cosmetic != 1 || altered != 1 {
		t.Errorf("summary counts %d material, %d cosmetic, %d altered; want 1, 1, 1", material, cosmetic, altered)
	}
}

func TestSaveStoryRejects(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	good := testResult(testStory("s", 3), 1)
	dupURL := testResult(testStory("s", 3), 1)
	dupURL.Versions[2].URL = dupURL.Versions[1].URL
	badRole := testResult(testStory("s", 3), 1)
	badRole.Versions[0].Role = RoleVersion
	noID := good
	noID.StoryID = ""
	for name, r := range map[string]StoryResult{"dup url": dupURL, "bad role": badRole, "no id": noID, "empty": {StoryID: "x"}} {
		if err := s.SaveStory(ctx, r); err == nil {
			t.Errorf("%s: SaveStory accepted it", name)
		}
	}
	if n := count(t, s, "stories", ""); n != 0 {
		t.Errorf("rejected results left %d stories", n)
	}
}

// TestSaveStoryAtomic makes the database fail in the middle of a story's
// transaction and checks that nothing of it is kept, not even the deletion
// of what an earlier save stored.
func TestSaveStoryAtomic(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	m := testManifest(2, 4)
	if _, err := s.Enqueue(ctx, m, 0); err != nil {
		t.Fatal(err)
	}
	if err := s.SaveStory(ctx, testResult(m.Stories[0], 2)); err != nil {
		t.Fatal(err)
	}
	if _, err := s.DB().Exec(`CREATE TRIGGER boom BEFORE INSERT ON divergences
		WHEN NEW.detail = 'boom' BEGIN SELECT RAISE(ABORT, 'boom'); END`); err != nil {
		t.Fatal(err)
	}
	for _, st := range m.Stories {
		r := testResult(st, 3)
		last := &r.Versions[len(r.Versions)-1]
		last.Divergences[len(last.Divergences)-1].Detail = "boom"
		if err := s.SaveStory(ctx, r); err == nil || !strings.Contains(err.Error(), "boom") {
			t.Fatalf("SaveStory(%s) error = %v, want the trigger's", st.ID, err)
		}
	}
	if n := count(t, s, "versions", "story_id = 's00'"); n != 4 {
		t.Errorf("failed re-save left %d versions of s00, want the earlier 4", n)
	}
	if n := count(t, s, "divergences", "story_id = 's00'"); n != 3*2 {
		t.Errorf("failed re-save left %d divergences of s00, want the earlier 6", n)
	}
	for _, table := range []string{"versions", "divergences", "bodies"} {
		if n := count(t, s, table, "story_id = 's01'"); n != 0 {
			t.Errorf("failed save left %d rows in %s", n, table)
		}
	}
	if ids, _ := s.Pending(ctx); !slices.Equal(ids, []string{"s01"}) {
		t.Errorf("Pending = %v, want [s01]", ids)
	}
}

// TestResumeAfterClose saves half the stories, closes the database without
// finishing, and checks that the reopened queue holds exactly the rest.
func TestResumeAfterClose(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "x.db")
	m := testManifest(6, 5)
	s, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Enqueue(ctx, m, 0); err != nil {
		t.Fatal(err)
	}
	claimed, err := s.Claim(ctx, 4, "w", time.Hour)
	if err != nil {
		t.Fatal(err)
	}
	for _, st := range claimed[:3] {
		if err := s.SaveStory(ctx, testResult(st, 4)); err != nil {
			t.Fatal(err)
		}
	}
	s.Close()

	s, err = Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	ids, err := s.Pending(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"s03", "s04", "s05"}; !slices.Equal(ids, want) {
		t.Fatalf("Pending = %v, want %v", ids, want)
	}
	if _, err := s.Enqueue(ctx, m, 0); err != nil {
		t.Fatal(err)
	}
	if err := s.Release(ctx, "w"); err != nil {
		t.Fatal(err)
	}
	rest := drain(t, s, "w")
	if want := []string{"s03", "s04", "s05"}; !slices.Equal(rest, want) {
		t.Errorf("resumed run did %v, want %v", rest, want)
	}
	if n := count(t, s, "versions", ""); n != 6*5 {
		t.Errorf("%d versions, want 30", n)
	}
	if n := count(t, s, "divergences", ""); n != 6*4*4 {
		t.Errorf("%d divergences, want 96", n)
	}
}

// drain claims and saves stories until none is left and returns their ids.
func drain(t testing.TB, s *Store, owner string) []string {
	t.Helper()
	ctx := context.Background()
	var done []string
	for {
		batch, err := s.Claim(ctx, 2, owner, time.Hour)
		if err != nil {
			t.Fatal(err)
		}
		if len(batch) == 0 {
			return done
		}
		for _, st := range batch {
			if err := s.SaveStory(ctx, testResult(st, 4)); err != nil {
				t.Fatal(err)
			}
			done = append(done, st.ID)
		}
	}
}

func TestClaimLeases(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	clock := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	s.now = func() time.Time { return clock }
	if _, err := s.Enqueue(ctx, testManifest(5, 2), 0); err != nil {
		t.Fatal(err)
	}
	ids := func(sts []Story) []string {
		var out []string
		for _, st := range sts {
			out = append(out, st.ID)
			if len(st.Rows) != 2 || st.Rows[0].Role != RoleReference || st.Rows[0].StoryID != st.ID {
				t.Errorf("claimed story %s has rows %+v", st.ID, st.Rows)
			}
		}
		return out
	}
	a, err := s.Claim(ctx, 2, "a", time.Minute)
	if err != nil {
		t.Fatal(err)
	}
	b, err := s.Claim(ctx, 2, "b", time.Minute)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(ids(a), []string{"s00", "s01"}) || !slices.Equal(ids(b), []string{"s02", "s03"}) {
		t.Fatalf("a got %v, b got %v", ids(a), ids(b))
	}
	if p, _ := s.Progress(ctx); p != (Progress{Pending: 1, Leased: 4}) {
		t.Errorf("Progress = %+v, want 1 pending, 4 leased", p)
	}
	// b renews its lease; a does not, and its lease runs out: c takes
	// a's stories, before the free one, but not b's.
	clock = clock.Add(30 * time.Second)
	if n, err := s.Renew(ctx, "b", 2*time.Minute); n != 2 || err != nil {
		t.Errorf("Renew(b) = %d, %v; want 2", n, err)
	}
	clock = clock.Add(80 * time.Second)
	if n, err := s.Renew(ctx, "a", time.Minute); n != 0 || err != nil {
		t.Errorf("Renew(a) after its lease expired = %d, %v; want 0", n, err)
	}
	c, err := s.Claim(ctx, 5, "c", time.Minute)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(ids(c), []string{"s00", "s01", "s04"}) {
		t.Errorf("after a's lease expired, c got %v", ids(c))
	}
	if c[0].Attempts != 2 || c[2].Attempts != 1 {
		t.Errorf("attempts %d and %d, want 2 and 1", c[0].Attempts, c[2].Attempts)
	}
	if more, _ := s.Claim(ctx, 5, "a", time.Minute); len(more) != 0 {
		t.Errorf("everything is leased, but a got %v", ids(more))
	}
	// b stops early and gives its stories back.
	if err := s.Release(ctx, "b"); err != nil {
		t.Fatal(err)
	}
	if d, _ := s.Claim(ctx, 5, "d", time.Minute); !slices.Equal(ids(d), []string{"s02", "s03"}) {
		t.Errorf("after b released, d got %v", ids(d))
	}
	if _, err := s.Claim(ctx, 1, "", time.Minute); err == nil {
		t.Error("Claim accepted an empty owner")
	}
	if _, err := s.Claim(ctx, 1, "x", 0); err == nil {
		t.Error("Claim accepted a zero lease")
	}
}

// TestClaimConcurrent has workers on separate connections pools drain one
// queue and checks that every story is done exactly once.
func TestClaimConcurrent(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "x.db")
	s0, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer s0.Close()
	const stories = 40
	if _, err := s0.Enqueue(ctx, testManifest(stories, 3), 0); err != nil {
		t.Fatal(err)
	}
	var mu sync.Mutex
	seen := map[string]int{}
	var wg sync.WaitGroup
	errs := make(chan error, 4)
	for w := range 4 {
		wg.Go(func() {
			s, err := Open(ctx, path)
			if err != nil {
				errs <- err
				return
			}
			defer s.Close()
			for {
				batch, err := s.Claim(ctx, 3, fmt.Sprintf("w%d", w), time.Hour)
				if err != nil {
					errs <- err
					return
				}
				if len(batch) == 0 {
					return
				}
				for _, st := range batch {
					mu.Lock()
					seen[st.ID]++
					mu.Unlock()
					if err := s.SaveStory(ctx, testResult(st, 2)); err != nil {
						errs <- err
						return
					}
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	if len(seen) != stories {
		t.Errorf("%d stories processed, want %d", len(seen), stories)
	}
	for id, n := range seen {
		if n != 1 {
			t.Errorf("story %s claimed %d times", id, n)
		}
	}
	if n := count(t, s0, "stories", "status = 'done'"); n != stories {
		t.Errorf("%d done, want %d", n, stories)
	}
}

func TestFailAndRetry(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	if _, err := s.Enqueue(ctx, testManifest(3, 2), 0); err != nil {
		t.Fatal(err)
	}
	cl, err := s.Claim(ctx, 1, "w", time.Hour)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Fail(ctx, cl[0].ID, errors.New("reference too large")); err != nil {
		t.Fatal(err)
	}
	if err := s.Fail(ctx, cl[0].ID, errors.New("again")); err == nil {
		t.Error("Fail of a story no longer pending succeeded")
	}
	var msg string
	s.DB().QueryRow(`SELECT error FROM stories WHERE story_id = ?`, cl[0].ID).Scan(&msg)
	if msg != "reference too large" {
		t.Errorf("stored error %q", msg)
	}
	if got := drain(t, s, "w"); !slices.Equal(got, []string{"s01", "s02"}) {
		t.Errorf("drained %v, want the two stories not failed", got)
	}
	if p, _ := s.Progress(ctx); p != (Progress{Done: 2, Failed: 1}) {
		t.Errorf("Progress = %+v", p)
	}
	if n, err := s.RetryFailed(ctx); n != 1 || err != nil {
		t.Errorf("RetryFailed = %d, %v; want 1", n, err)
	}
	if got := drain(t, s, "w"); !slices.Equal(got, []string{"s00"}) {
		t.Errorf("after RetryFailed drained %v, want [s00]", got)
	}
}

func TestRuns(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	id, err := s.StartRun(ctx, "m.csv", []string{"batch", "--manifest", "m.csv"}, "host:1")
	if err != nil {
		t.Fatal(err)
	}
	if err := s.FinishRun(ctx, id); err != nil {
		t.Fatal(err)
	}
	var args string
	var finished *string
	s.DB().QueryRow(`SELECT args, finished_at FROM runs WHERE id = ?`, id).Scan(&args, &finished)
	if args != `["batch","--manifest","m.csv"]` || finished == nil {
		t.Errorf("run row: args %s, finished %v", args, finished)
	}
}

func TestCompareStory(t *testing.T) {
	st := testStory("s", 4)
	ref := crawl.Article{URL: st.Rows[0].URL, Title: "T", Paragraphs: []string{
		"Twenty-eight people were hurt in a blast at a market in the city on Thursday, police said.",
		"The cause of the blast was not yet known, officials said.",
	}}
	same := ref
	same.URL = st.Rows[1].URL
	changed := ref
	changed.URL = st.Rows[3].URL
	changed.Paragraphs = []string{ref.Paragraphs[0], ref.Paragraphs[1],
		"The prime minister announced an inquiry into the security failures on Friday."}
	res := CompareStory(st, []crawl.Article{ref, same, {}, changed}, []error{nil, nil, errors.New("HTTP 404"), nil})
	if len(res.Versions) != 4 || res.Error != "" {
		t.Fatalf("result %+v", res)
	}
	v := res.Versions
	if v[0].Role != RoleReference || v[0].Compared {
		t.Errorf("reference: role %q, compared %v", v[0].Role, v[0].Compared)
	}
	if !v[1].Compared || countDivergences(v[1]).material != 0 {
		t.Errorf("identical copy: compared %v, divergences %+v", v[1].Compared, v[1].Divergences)
	}
	if v[2].Compared || v[2].Status() != StatusError || v[2].Err != "HTTP 404" {
		t.Errorf("unreadable copy: %+v", v[2])
	}
	if !v[3].Compared || len(v[3].Divergences) == 0 {
		t.Errorf("copy with an added paragraph: compared %v, no divergences", v[3].Compared)
	}
	if v[1].Words != 28 {
		t.Errorf("words = %d, want 28", v[1].Words)
	}

	// An unreadable reference leaves everything uncompared.
	res = CompareStory(st, []crawl.Article{{}, same}, []error{errors.New("timeout")})
	if !strings.Contains(res.Error, "timeout") {
		t.Errorf("story error %q should carry the reference's", res.Error)
	}
	for i, v := range res.Versions {
		if v.Compared {
			t.Errorf("version %d compared without a reference", i)
		}
	}
	if res.Versions[2].Err == "" || res.Versions[3].Err == "" {
		t.Error("rows without an article should be errors")
	}
}

// TestOpenConcurrent has several processes' worth of Stores create the
// same new database at once.
func TestOpenConcurrent(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "x.db")
	var wg sync.WaitGroup
	errs := make(chan error, 6)
	for i := range 6 {
		wg.Go(func() {
			s, err := Open(ctx, path)
			if err != nil {
				errs <- err
				return
			}
			defer s.Close()
			if _, err := s.Enqueue(ctx, testManifest(3+i, 2), 0); err != nil {
				errs <- err
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	s, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if n := count(t, s, "stories", ""); n != 8 {
		t.Errorf("%d stories, want 8", n)
	}
}

func TestSaveStoryUnreadableReference(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	st := testStory("s", 3)
	if _, err := s.Enqueue(ctx, Manifest{Stories: []Story{st}}, 0); err != nil {
		t.Fatal(err)
	}
	res := CompareStory(st, nil, []error{errors.New("HTTP 503")})
	if err := s.SaveStory(ctx, res); err != nil {
		t.Fatal(err)
	}
	if p, _ := s.Progress(ctx); p != (Progress{Failed: 1}) {
		t.Errorf("Progress = %+v, want 1 failed", p)
	}
	if n := count(t, s, "versions", "status = 'error'"); n != 3 {
		t.Errorf("%d error versions stored, want 3", n)
	}
	if n, _ := s.RetryFailed(ctx); n != 1 {
		t.Errorf("RetryFailed = %d, want 1", n)
	}
	if got := drain(t, s, "w"); !slices.Equal(got, []string{"s"}) {
		t.Errorf("retry did %v", got)
	}
	if n := count(t, s, "versions", "status = 'error'"); n != 0 {
		t.Errorf("%d error versions left after the retry replaced them", n)
	}
}

// TestManifestToQueue enqueues a manifest file and checks that claimed
// stories come back as the manifest grouped them.
func TestManifestToQueue(t *testing.T) {
	ctx := context.Background()
	f, err := os.Open(filepath.Join("testdata", "manifest.csv"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	m, _, err := ReadManifest(f, "manifest.csv")
	if err != nil {
		t.Fatal(err)
	}
	s := openTemp(t)
	run, err := s.StartRun(ctx, m.Name, nil, "t")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Enqueue(ctx, m, run); err != nil {
		t.Fatal(err)
	}
	got, err := s.Claim(ctx, 10, "t", time.Hour)
	if err != nil {
		t.Fatal(err)
	}
	for i := range got {
		got[i].Attempts = 0
	}
	if !slices.EqualFunc(got, m.Stories, func(a, b Story) bool { return fmt.Sprint(a) == fmt.Sprint(b) }) {
		t.Errorf("claimed\n%+v\nenqueued\n%+v", got, m.Stories)
	}
	var ref string
	var runID int64
	s.DB().QueryRow(`SELECT reference_url, run_id FROM stories WHERE story_id = 'quake'`).Scan(&ref, &runID)
	if ref != "https://apnews.example/article/quake" || runID != run {
		t.Errorf("quake: reference %q, run %d", ref, runID)
	}
}
