package batch

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/storydiff/storydiff/align"
)

// timeLayout is how times are stored: UTC, fixed width, sortable as text.
const timeLayout = "2006-01-02T15:04:05.000Z"

// Store is a batch database: the work queue and the results.
// Its methods are safe for concurrent use, and several processes may open
// the same file; SQLite serialises their writes.
type Store struct {
	db   *sql.DB
	path string
	now  func() time.Time
}

// Open opens the batch database at path, creating the file and its schema
// when they do not exist. Opening an existing database leaves its
// contents alone; one written by a newer storydiff, whose schema version
// is higher than SchemaVersion, is refused.
//
// The database is put in WAL mode, waits up to a minute for a lock held
// by another process, and enforces foreign keys.
func Open(ctx context.Context, path string) (*Store, error) {
	if path == "" {
		return nil, errors.New("open batch database: empty path")
	}
	db, err := sql.Open(driverName, dsn(path))
	if err != nil {
		return nil, fmt.Errorf("open batch database %s: %w", path, err)
	}
	db.SetMaxOpenConns(4)
	db.SetMaxIdleConns(4)
	s := &Store{db: db, path: path, now: time.Now}
	// Several processes opening a new database at once can find it busy
	// without SQLite waiting; try again for as long as busy_timeout.
	wait := 5 * time.Millisecond
	deadline := time.Now().Add(time.Minute)
	for {
		err = s.migrate(ctx)
		if err == nil {
			return s, nil
		}
		if !isBusy(err) || time.Now().After(deadline) {
			break
		}
		select {
		case <-ctx.Done():
			err = ctx.Err()
		case <-time.After(wait):
			wait = min(2*wait, 500*time.Millisecond)
			continue
		}
		break
	}
	db.Close()
	return nil, fmt.Errorf("open batch database %s: %w", path, err)
}

// migrate creates the schema if needed and checks its version.
func (s *Store) migrate(ctx context.Context) error {
	var mode string
	if err := s.db.QueryRowContext(ctx, "PRAGMA journal_mode = WAL").Scan(&mode); err != nil {
		return fmt.Errorf("set WAL mode: %w", err)
	}
	if !strings.EqualFold(mode, "wal") {
		return fmt.Errorf("journal mode is %q, not WAL (is the file on a network file system?)", mode)
	}
	return s.inTx(ctx, func(tx *sql.Tx) error {
		var v int
		if err := tx.QueryRowContext(ctx, "PRAGMA user_version").Scan(&v); err != nil {
			return err
		}
		if v > SchemaVersion {
			return fmt.Errorf("schema version %d is newer than this storydiff supports (%d)", v, SchemaVersion)
		}
		for from := max(v, 1); v > 0 && from < SchemaVersion; from++ {
			for _, stmt := range migrations[from] {
				if _, err := tx.ExecContext(ctx, stmt); err != nil {
					return fmt.Errorf("migrate schema from version %d: %w", from, err)
				}
			}
		}
		if _, err := tx.ExecContext(ctx, Schema); err != nil {
			return fmt.Errorf("create schema: %w", err)
		}
		if v != SchemaVersion {
			// PRAGMA takes no parameters; the value is a constant.
			if _, err := tx.ExecContext(ctx, fmt.Sprintf("PRAGMA user_version = %d", SchemaVersion)); err != nil {
				return err
			}
		}
		return nil
	})
}

// Close closes the database.
func (s *Store) Close() error {
	if err := s.db.Close(); err != nil {
		return fmt.Errorf("close batch database %s: %w", s.path, err)
	}
	return nil
}

// DB returns the underlying database handle for queries of one's own,
// such as those in QUERIES.md. Writes through it bypass the Store's
// bookkeeping.
func (s *Store) DB() *sql.DB { return s.db }

// Path returns the file the Store was opened on.
func (s *Store) Path() string { return s.path }

// inTx runs f in a write transaction, committing when f returns nil.
// The driver begins it IMMEDIATE, so the write lock is taken up front and
// a busy database is waited for rather than failing mid-transaction.
func (s *Store) inTx(ctx context.Context, f func(*sql.Tx) error) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("begin transaction: %w", err)
	}
	if err := f(tx); err != nil {
		tx.Rollback()
		return err
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("commit: %w", err)
	}
	return nil
}

// stamp returns the current time in the stored layout.
func (s *Store) stamp() string { return s.now().UTC().Format(timeLayout) }

// formatTime returns t in the stored layout, or nil for the zero time.
func formatTime(t time.Time) any {
	if t.IsZero() {
		return nil
	}
	return t.UTC().Format(timeLayout)
}

// StartRun records the start of a batch invocation and returns its id.
// manifest names the manifest, args are the command-line arguments and
// owner names the process, as given to Claim.
func (s *Store) StartRun(ctx context.Context, manifest string, args []string, owner string) (int64, error) {
	if args == nil {
		args = []string{}
	}
	a, err := json.Marshal(args)
	if err != nil {
		return 0, fmt.Errorf("start run in %s: %w", s.path, err)
	}
	res, err := s.db.ExecContext(ctx,
		`INSERT INTO runs(started_at, manifest, args, owner) VALUES (?, ?, ?, ?)`,
		s.stamp(), manifest, string(a), owner)
	if err != nil {
		return 0, fmt.Errorf("start run in %s: %w", s.path, err)
	}
	return res.LastInsertId()
}

// FinishRun records the end of the run id.
func (s *Store) FinishRun(ctx context.Context, id int64) error {
	if _, err := s.db.ExecContext(ctx, `UPDATE runs SET finished_at = ? WHERE id = ?`, s.stamp(), id); err != nil {
		return fmt.Errorf("finish run %d in %s: %w", id, s.path, err)
	}
	return nil
}

// EnqueueResult counts what Enqueue did with a manifest's stories.
type EnqueueResult struct {
	Added     int // stories new to the queue
	Updated   int // pending stories whose rows changed in the manifest
	Unchanged int // pending stories already queued with the same rows
	Finished  int // stories already done or failed, left alone
}

// Enqueue adds the stories of m to the work queue in one transaction and
// records runID (0 for none) on the stories it adds. It is idempotent:
// stories already queued are not duplicated, and stories already done or
// failed are left as they are, so enqueueing the manifest of a finished
// run again adds no work. A pending story whose rows differ in m takes
// m's rows.
func (s *Store) Enqueue(ctx context.Context, m Manifest, runID int64) (EnqueueResult, error) {
	var res EnqueueResult
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		res = EnqueueResult{}
		var seq int64
		if err := tx.QueryRowContext(ctx, `SELECT COALESCE(MAX(seq), 0) FROM stories`).Scan(&seq); err != nil {
			return err
		}
		var run any
		if runID != 0 {
			run = runID
		}
		now := s.stamp()
		getStatus, err := tx.PrepareContext(ctx, `SELECT status FROM stories WHERE story_id = ?`)
		if err != nil {
			return err
		}
		defer getStatus.Close()
		addStory, err := tx.PrepareContext(ctx, `INSERT INTO stories(story_id, seq, run_id, reference_url, status, updated_at) VALUES (?, ?, ?, ?, 'pending', ?)`)
		if err != nil {
			return err
		}
		defer addStory.Close()
		addSource, err := tx.PrepareContext(ctx, `INSERT INTO sources(story_id, url, outlet, role, ord, line) VALUES (?, ?, ?, ?, ?, ?)`)
		if err != nil {
			return err
		}
		defer addSource.Close()
		for _, st := range m.Stories {
			if len(st.Rows) == 0 {
				continue
			}
			var status string
			err := getStatus.QueryRowContext(ctx, st.ID).Scan(&status)
			switch {
			case errors.Is(err, sql.ErrNoRows):
				seq++
				if _, err := addStory.ExecContext(ctx, st.ID, seq, run, st.Rows[0].URL, now); err != nil {
					return fmt.Errorf("story %q: %w", st.ID, err)
				}
				res.Added++
			case err != nil:
				return fmt.Errorf("story %q: %w", st.ID, err)
			case status != "pending":
				res.Finished++
				continue
			default:
				old, err := loadRows(ctx, tx, st.ID)
				if err != nil {
					return err
				}
				if sameRows(old, st.Rows) {
					res.Unchanged++
					continue
				}
				if _, err := tx.ExecContext(ctx, `DELETE FROM sources WHERE story_id = ?`, st.ID); err != nil {
					return fmt.Errorf("story %q: %w", st.ID, err)
				}
				if _, err := tx.ExecContext(ctx, `UPDATE stories SET reference_url = ?, updated_at = ? WHERE story_id = ?`, st.Rows[0].URL, now, st.ID); err != nil {
					return fmt.Errorf("story %q: %w", st.ID, err)
				}
				res.Updated++
			}
			for i, r := range st.Rows {
				role := RoleVersion
				if i == 0 {
					role = RoleReference
				}
				if _, err := addSource.ExecContext(ctx, st.ID, r.URL, r.Outlet, role, i, r.Line); err != nil {
					return fmt.Errorf("story %q, url %q: %w", st.ID, r.URL, err)
				}
			}
		}
		return nil
	})
	if err != nil {
		return EnqueueResult{}, fmt.Errorf("enqueue %s into %s: %w", m.Name, s.path, err)
	}
	return res, nil
}

// querier is what loadRows needs of a *sql.DB or *sql.Tx.
type querier interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
}

// loadRows returns the enqueued rows of a story, the reference first.
func loadRows(ctx context.Context, q querier, storyID string) ([]Row, error) {
	rows, err := q.QueryContext(ctx, `SELECT url, outlet, role, line FROM sources WHERE story_id = ? ORDER BY ord`, storyID)
	if err != nil {
		return nil, fmt.Errorf("story %q: %w", storyID, err)
	}
	defer rows.Close()
	var out []Row
	for rows.Next() {
		r := Row{StoryID: storyID}
		if err := rows.Scan(&r.URL, &r.Outlet, &r.Role, &r.Line); err != nil {
			return nil, fmt.Errorf("story %q: %w", storyID, err)
		}
		out = append(out, r)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("story %q: %w", storyID, err)
	}
	return out, nil
}

// sameRows reports whether two row lists name the same versions in the
// same order with the same outlets. Line numbers are not compared.
func sameRows(a, b []Row) bool {
	return slices.EqualFunc(a, b, func(x, y Row) bool {
		return x.URL == y.URL && x.Outlet == y.Outlet
	})
}

// Pending returns the ids of the stories not yet done or failed, in
// queue order, whether or not a worker holds them.
func (s *Store) Pending(ctx context.Context) ([]string, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT story_id FROM stories WHERE status = 'pending' ORDER BY seq`)
	if err != nil {
		return nil, fmt.Errorf("pending stories in %s: %w", s.path, err)
	}
	defer rows.Close()
	var ids []string
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			return nil, fmt.Errorf("pending stories in %s: %w", s.path, err)
		}
		ids = append(ids, id)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("pending stories in %s: %w", s.path, err)
	}
	return ids, nil
}

// Progress counts the stories of the queue by state.
type Progress struct {
	Pending int // waiting, not leased
	Leased  int // pending and held by a worker whose lease has not expired
	Done    int
	Failed  int
}

// Total returns the number of stories in the queue.
func (p Progress) Total() int { return p.Pending + p.Leased + p.Done + p.Failed }

// Progress counts the queue's stories by state.
func (s *Store) Progress(ctx context.Context) (Progress, error) {
	var p Progress
	err := s.db.QueryRowContext(ctx, `
		SELECT
			COALESCE(SUM(status = 'pending' AND (lease_until IS NULL OR lease_until <= ?1)), 0),
			COALESCE(SUM(status = 'pending' AND lease_until > ?1), 0),
			COALESCE(SUM(status = 'done'), 0),
			COALESCE(SUM(status = 'failed'), 0)
		FROM stories`, s.stamp()).Scan(&p.Pending, &p.Leased, &p.Done, &p.Failed)
	if err != nil {
		return Progress{}, fmt.Errorf("progress of %s: %w", s.path, err)
	}
	return p, nil
}

// Claim leases up to n pending stories, in queue order, to owner for the
// duration lease and returns them with their rows, the reference first.
// A story is available when it is pending and not leased, or its lease
// has expired. Each claim adds one to the story's Attempts, so a worker
// can give up on a story that keeps failing (see Fail). The claim is one
// transaction, so concurrent workers, in one process or several, never
// get the same story while its lease holds. An empty result means that
// no story is available now; Progress tells whether others hold some.
//
// A process that restarts under the same owner name after being killed
// should call Release first, to take back at once the stories its
// predecessor held instead of waiting for their leases to expire.
func (s *Store) Claim(ctx context.Context, n int, owner string, lease time.Duration) ([]Story, error) {
	if n <= 0 {
		return nil, nil
	}
	if owner == "" {
		return nil, fmt.Errorf("claim stories in %s: empty owner", s.path)
	}
	if lease <= 0 {
		return nil, fmt.Errorf("claim stories in %s: lease %v is not positive", s.path, lease)
	}
	var out []Story
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		out = nil
		now := s.now()
		rows, err := tx.QueryContext(ctx, `
			SELECT story_id, attempts FROM stories
			WHERE status = 'pending' AND (lease_until IS NULL OR lease_until <= ?)
			ORDER BY seq LIMIT ?`, now.UTC().Format(timeLayout), n)
		if err != nil {
			return err
		}
		for rows.Next() {
			var st Story
			if err := rows.Scan(&st.ID, &st.Attempts); err != nil {
				rows.Close()
				return err
			}
			st.Attempts++
			out = append(out, st)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
		until := now.Add(lease).UTC().Format(timeLayout)
		for i := range out {
			if _, err := tx.ExecContext(ctx, `
				UPDATE stories SET lease_owner = ?, lease_until = ?, attempts = ?, updated_at = ?
				WHERE story_id = ?`, owner, until, out[i].Attempts, now.UTC().Format(timeLayout), out[i].ID); err != nil {
				return err
			}
			if out[i].Rows, err = loadRows(ctx, tx, out[i].ID); err != nil {
				return err
			}
			for j := range out[i].Rows {
				out[i].Rows[j].StoryID = out[i].ID
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("claim stories in %s for %s: %w", s.path, owner, err)
	}
	return out, nil
}

// Renew extends to lease from now every lease owner holds on pending
// stories, and returns how many it extended. A worker whose stories can
// take longer than its lease calls it periodically as a heartbeat.
func (s *Store) Renew(ctx context.Context, owner string, lease time.Duration) (int, error) {
	if lease <= 0 {
		return 0, fmt.Errorf("renew leases of %s in %s: lease %v is not positive", owner, s.path, lease)
	}
	now := s.now()
	res, err := s.db.ExecContext(ctx, `
		UPDATE stories SET lease_until = ?, updated_at = ?
		WHERE status = 'pending' AND lease_owner = ? AND lease_until > ?`,
		now.Add(lease).UTC().Format(timeLayout), now.UTC().Format(timeLayout), owner, now.UTC().Format(timeLayout))
	if err != nil {
		return 0, fmt.Errorf("renew leases of %s in %s: %w", owner, s.path, err)
	}
	n, err := res.RowsAffected()
	return int(n), err
}

// Release gives back the leases owner holds on pending stories, as a
// worker should when it stops before finishing them, or when it starts
// under the name of a predecessor that was killed.
func (s *Store) Release(ctx context.Context, owner string) error {
	_, err := s.db.ExecContext(ctx, `
		UPDATE stories SET lease_owner = NULL, lease_until = NULL, updated_at = ?
		WHERE status = 'pending' AND lease_owner = ?`, s.stamp(), owner)
	if err != nil {
		return fmt.Errorf("release stories of %s in %s: %w", owner, s.path, err)
	}
	return nil
}

// Unclaim gives back stories that owner claimed and did not finish,
// undoing the attempt each claim counted, for a worker that stops for a
// reason other than the stories themselves, such as being cancelled.
// Stories not pending or not held by owner are left alone.
func (s *Store) Unclaim(ctx context.Context, owner string, ids []string) error {
	if len(ids) == 0 {
		return nil
	}
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		now := s.stamp()
		stmt, err := tx.PrepareContext(ctx, `
			UPDATE stories SET lease_owner = NULL, lease_until = NULL,
				attempts = MAX(attempts - 1, 0), updated_at = ?
			WHERE story_id = ? AND status = 'pending' AND lease_owner = ?`)
		if err != nil {
			return err
		}
		defer stmt.Close()
		for _, id := range ids {
			if _, err := stmt.ExecContext(ctx, now, id, owner); err != nil {
				return fmt.Errorf("story %q: %w", id, err)
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("unclaim stories of %s in %s: %w", owner, s.path, err)
	}
	return nil
}

// Fail marks a story failed with the reason cause, for a story that
// could not be processed at all; versions that could not be read are
// recorded by SaveStory instead. Failed stories are not claimed again
// until RetryFailed.
func (s *Store) Fail(ctx context.Context, storyID string, cause error) error {
	msg := "unknown error"
	if cause != nil {
		msg = cause.Error()
	}
	res, err := s.db.ExecContext(ctx, `
		UPDATE stories SET status = 'failed', error = ?, lease_owner = NULL, lease_until = NULL, updated_at = ?
		WHERE story_id = ? AND status = 'pending'`, msg, s.stamp(), storyID)
	if err != nil {
		return fmt.Errorf("mark story %q failed in %s: %w", storyID, s.path, err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return fmt.Errorf("mark story %q failed in %s: no such pending story", storyID, s.path)
	}
	return nil
}

// RetryFailed puts failed stories back in the queue with no attempts and
// returns how many there were.
func (s *Store) RetryFailed(ctx context.Context) (int, error) {
	res, err := s.db.ExecContext(ctx, `
		UPDATE stories SET status = 'pending', attempts = 0, error = '', updated_at = ?
		WHERE status = 'failed'`, s.stamp())
	if err != nil {
		return 0, fmt.Errorf("retry failed stories in %s: %w", s.path, err)
	}
	n, err := res.RowsAffected()
	return int(n), err
}

// SaveStory stores a story's versions and divergences and marks the story
// done, all in one transaction: either all of it is stored or none. Rows
// stored for the story before are deleted first in the same transaction,
// so saving a story again replaces it and never duplicates rows. A story
// that was not enqueued is added to the queue. The story's lease is
// cleared.
//
// A result with Error set, such as a story whose reference could not be
// read, is stored the same way but marks the story failed, so that
// RetryFailed can queue it again.
func (s *Store) SaveStory(ctx context.Context, res StoryResult) error {
	if err := res.check(); err != nil {
		return fmt.Errorf("save story %q in %s: %w", res.StoryID, s.path, err)
	}
	status := "done"
	if res.Error != "" {
		status = "failed"
	}
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		now := s.stamp()
		for _, q := range []string{
			`DELETE FROM divergences WHERE story_id = ?`,
			`DELETE FROM bodies WHERE story_id = ?`,
			`DELETE FROM versions WHERE story_id = ?`,
		} {
			if _, err := tx.ExecContext(ctx, q, res.StoryID); err != nil {
				return err
			}
		}
		if _, err := tx.ExecContext(ctx, `
			INSERT INTO stories(story_id, seq, reference_url, status, error, updated_at)
			VALUES (?1, (SELECT COALESCE(MAX(seq), 0) + 1 FROM stories), ?2, ?5, ?3, ?4)
			ON CONFLICT(story_id) DO UPDATE SET
				status = ?5, error = ?3, updated_at = ?4,
				lease_owner = NULL, lease_until = NULL`,
			res.StoryID, res.Versions[0].URL, res.Error, now, status); err != nil {
			return err
		}
		insVersion, err := tx.PrepareContext(ctx, `
			INSERT INTO versions(story_id, url, outlet, role, ord, status, error, title, byline,
				published, words, paragraphs, fetched_at, final_url, warnings, compared,
				material, cosmetic, added, dropped, altered, truncated, made_as)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
		if err != nil {
			return err
		}
		defer insVersion.Close()
		insBody, err := tx.PrepareContext(ctx, `INSERT INTO bodies(story_id, url, text) VALUES (?, ?, ?)`)
		if err != nil {
			return err
		}
		defer insBody.Close()
		insDiv, err := tx.PrepareContext(ctx, `
			INSERT INTO divergences(story_id, url, seq, kind, facet, material,
				ref_text, ver_text, ref_para, ver_para, detail, confidence)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
		if err != nil {
			return err
		}
		defer insDiv.Close()
		for i, v := range res.Versions {
			c := countDivergences(v)
			if _, err := insVersion.ExecContext(ctx, res.StoryID, v.URL, v.Outlet, v.Role, i,
				v.Status(), v.Err, v.Title, v.Byline, v.Published, v.Words, len(v.Paragraphs),
				formatTime(v.FetchedAt), v.FinalURL, strings.Join(v.Warnings, "; "), v.Compared,
				c.material, c.cosmetic, c.added, c.dropped, c.altered, v.Compared && v.Summary.Truncated,
				string(v.Summary.Version)); err != nil {
				return fmt.Errorf("version %q: %w", v.URL, err)
			}
			if len(v.Paragraphs) > 0 {
				if _, err := insBody.ExecContext(ctx, res.StoryID, v.URL, strings.Join(v.Paragraphs, "\n\n")); err != nil {
					return fmt.Errorf("body of %q: %w", v.URL, err)
				}
			}
			for j, d := range v.Divergences {
				if _, err := insDiv.ExecContext(ctx, res.StoryID, v.URL, j, string(d.Kind), string(d.Facet),
					d.Material, d.RefText, d.VerText, d.RefPara, d.VerPara, d.Detail, d.Confidence); err != nil {
					return fmt.Errorf("divergence %d of %q: %w", j, v.URL, err)
				}
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("save story %q in %s: %w", res.StoryID, s.path, err)
	}
	return nil
}

// check reports what makes a StoryResult unfit to store.
func (r StoryResult) check() error {
	if r.StoryID == "" {
		return errors.New("empty story id")
	}
	if len(r.Versions) == 0 {
		return errors.New("no versions")
	}
	seen := make(map[string]bool, len(r.Versions))
	for i, v := range r.Versions {
		if v.URL == "" {
			return fmt.Errorf("version %d has an empty url", i)
		}
		if seen[v.URL] {
			return fmt.Errorf("url %q given twice", v.URL)
		}
		seen[v.URL] = true
		want := RoleVersion
		if i == 0 {
			want = RoleReference
		}
		if v.Role != want {
			return fmt.Errorf("version %d (%q) has role %q, want %q", i, v.URL, v.Role, want)
		}
	}
	return nil
}

// counts tallies a version's divergences for the versions table.
type counts struct{ material, cosmetic, added, dropped, altered int }

func countDivergences(v VersionResult) counts {
	var c counts
	for _, d := range v.Divergences {
		if !d.Material {
			c.cosmetic++
			continue
		}
		c.material++
		switch d.Kind {
		case align.Added:
			c.added++
		case align.Dropped:
			c.dropped++
		case align.Altered:
			c.altered++
		}
	}
	return c
}
