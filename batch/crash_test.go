package batch

import (
	"bufio"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"testing"
	"time"
)

// crashEnv names the database the crash helper process works on.
const crashEnv = "STORYDIFF_BATCH_CRASH_DB"

// crashManifest is the work of the crash test: 8 stories of 5 versions.
func crashManifest() Manifest { return testManifest(8, 5) }

// TestCrashHelper is the worker that TestResumeAfterKill kills. Run on its
// own it does nothing.
func TestCrashHelper(t *testing.T) {
	path := os.Getenv(crashEnv)
	if path == "" {
		t.Skip("helper process for TestResumeAfterKill")
	}
	ctx := context.Background()
	s, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Enqueue(ctx, crashManifest(), 0); err != nil {
		t.Fatal(err)
	}
	// Save half the stories, one transaction each.
	for range 2 {
		batch, err := s.Claim(ctx, 2, "batch", time.Hour)
		if err != nil {
			t.Fatal(err)
		}
		for _, st := range batch {
			if err := s.SaveStory(ctx, testResult(st, 4)); err != nil {
				t.Fatal(err)
			}
		}
	}
	// Start on the fifth and be killed in the middle of its transaction,
	// after its old rows are deleted and some new ones written.
	batch, err := s.Claim(ctx, 2, "batch", time.Hour)
	if err != nil {
		t.Fatal(err)
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	tx.ExecContext(ctx, `DELETE FROM versions WHERE story_id = ?`, batch[0].ID)
	tx.ExecContext(ctx, `INSERT INTO stories(story_id, seq, reference_url, status, updated_at) VALUES ('ghost', 99, 'x', 'done', 'x')`)
	r := testResult(batch[0], 4)
	for i, v := range r.Versions {
		if _, err := tx.ExecContext(ctx, `INSERT INTO versions(story_id, url, role, ord, status) VALUES (?, ?, ?, ?, 'ok')`,
			r.StoryID, v.URL, v.Role, i); err != nil {
			t.Fatal(err)
		}
	}
	os.Stdout.WriteString("\nready\n")
	time.Sleep(time.Minute)
	t.Fatal("not killed")
}

// TestResumeAfterKill kills a worker process with SIGKILL in the middle of
// a story's transaction, then runs the same work again and checks that it
// finishes exactly the stories not saved, without duplicating rows, and
// that a third run does nothing.
func TestResumeAfterKill(t *testing.T) {
	if runtime.GOOS == "windows" || runtime.GOOS == "js" || runtime.GOOS == "wasip1" {
		t.Skip("needs processes and SIGKILL")
	}
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "crash.db")
	cmd := exec.Command(os.Args[0], "-test.run=^TestCrashHelper$", "-test.v")
	cmd.Env = append(os.Environ(), crashEnv+"="+path)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	ready := make(chan bool, 1)
	go func() {
		sc := bufio.NewScanner(out)
		ok := false
		for sc.Scan() {
			if sc.Text() == "ready" {
				ok = true
				break
			}
			t.Log("helper:", sc.Text())
		}
		ready <- ok
		for sc.Scan() {
		}
	}()
	select {
	case ok := <-ready:
		if !ok {
			cmd.Wait()
			t.Fatal("helper ended without reaching the middle of a transaction")
		}
	case <-time.After(2 * time.Minute):
		cmd.Process.Kill()
		cmd.Wait()
		t.Fatal("helper did not get ready")
	}
	if err := cmd.Process.Kill(); err != nil { // SIGKILL on Unix
		t.Fatal(err)
	}
	cmd.Wait()

	s, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	var check string
	if err := s.DB().QueryRow(`PRAGMA integrity_check`).Scan(&check); err != nil || check != "ok" {
		t.Fatalf("integrity_check = %q, %v", check, err)
	}
	ids, err := s.Pending(ctx)
	if err != nil {
		t.Fatal(err)
	}
	rest := []string{"s04", "s05", "s06", "s07"}
	if !slices.Equal(ids, rest) {
		t.Fatalf("Pending after kill = %v, want %v", ids, rest)
	}
	if n := count(t, s, "stories", ""); n != 8 {
		t.Errorf("%d stories, want 8: the killed transaction left some", n)
	}
	if n := count(t, s, "versions", "story_id = 's04'"); n != 0 {
		t.Errorf("killed transaction left %d versions of s04", n)
	}
	// The stories the killed process held are leased to it; the same
	// command, restarted, takes them back.
	if p, _ := s.Progress(ctx); p.Leased != 2 || p.Pending != 2 || p.Done != 4 {
		t.Errorf("Progress after kill = %+v", p)
	}

	for run := 1; run <= 2; run++ {
		got, err := s.Enqueue(ctx, crashManifest(), 0)
		if err != nil {
			t.Fatal(err)
		}
		if got.Added != 0 {
			t.Errorf("run %d: re-enqueueing added %d stories", run, got.Added)
		}
		if err := s.Release(ctx, "batch"); err != nil {
			t.Fatal(err)
		}
		did := drain(t, s, "batch")
		want := rest
		if run == 2 {
			want = nil
		}
		if !slices.Equal(did, want) {
			t.Errorf("run %d did %v, want %v", run, did, want)
		}
	}
	if n := count(t, s, "versions", ""); n != 8*5 {
		t.Errorf("%d versions, want 40", n)
	}
	if n := count(t, s, "divergences", ""); n != 8*4*4 {
		t.Errorf("%d divergences, want 128", n)
	}
	var dups int
	s.DB().QueryRow(`SELECT COUNT(*) FROM (SELECT story_id, url FROM versions GROUP BY 1, 2 HAVING COUNT(*) > 1)`).Scan(&dups)
	if dups != 0 {
		t.Errorf("%d duplicated versions", dups)
	}
}
