package batch

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// describe renders a manifest's stories one per line as
// "id: url[outlet]@line url[outlet]@line", the reference first.
func describe(m Manifest) string {
	var b strings.Builder
	for _, s := range m.Stories {
		fmt.Fprintf(&b, "%s:", s.ID)
		for i, r := range s.Rows {
			want := RoleVersion
			if i == 0 {
				want = RoleReference
			}
			if r.Role != want || r.StoryID != s.ID {
				fmt.Fprintf(&b, " !role=%s,story=%s", r.Role, r.StoryID)
			}
			fmt.Fprintf(&b, " %s[%s]@%d", r.URL, r.Outlet, r.Line)
		}
		b.WriteString("\n")
	}
	return b.String()
}

func TestReadManifest(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		format  string
		want    string   // describe() of the stories
		errs    []string // "line: substring" of each row error, in order
		wantErr string   // substring of the fatal error, if any
	}{
		{
			name:   "csv basic",
			format: "csv",
			in: "story_id,url,role,outlet\n" +
				"s1,https://www.ani.example/a,,ANI\n" +
				"s1,https://tribune.example/b,,\n" +
				"s2,https://x.example/c,,\n",
			want: "s1: https://www.ani.example/a[ANI]@2 https://tribune.example/b[tribune.example]@3\n" +
				"s2: https://x.example/c[x.example]@4\n",
		},
		{
			name:   "csv columns in any order, extra columns, BOM, CRLF, case and space in header",
			format: "csv",
			in: "\xEF\xBB\xBFnotes, URL ,Story_ID\r\n" +
				"hello,https://www.a.example/1,7\r\n" +
				"x,/tmp/file.html,7\r\n",
			want: "7: https://www.a.example/1[a.example]@2 /tmp/file.html[]@3\n",
		},
		{
			name:   "explicit reference not first; stories interleaved keep first-appearance order",
			format: "csv",
			in: "story_id,url,role\n" +
				"b,https://b.example/1,\n" +
				"a,https://a.example/1,\n" +
				"b,https://b.example/2,Reference\n" +
				"a,https://a.example/2,version\n" +
				"b,https://b.example/3,\n",
			want: "b: https://b.example/2[b.example]@4 https://b.example/1[b.example]@2 https://b.example/3[b.example]@6\n" +
				"a: https://a.example/1[a.example]@3 https://a.example/2[a.example]@5\n",
		},
		{
			name:   "bad rows are reported with their line and skipped",
			format: "csv",
			in: "story_id,url,role\n" +
				"s1,https://a.example/1,reference\n" +
				",https://a.example/2,\n" +
				"s1,,\n" +
				"s1,https://a.example/3,reference\n" +
				"s1,https://a.example/1,\n" +
				"s1,https://a.example/4,editor\n" +
				"s1,ftp://a.example/5,\n" +
				"s1,https://a.example/6,\n",
			want: "s1: https://a.example/1[a.example]@2 https://a.example/6[a.example]@9\n",
			errs: []string{
				"3: empty story_id",
				"4: empty url",
				"5: second reference",
				"6: already given for story \"s1\" on line 2",
				"7: unknown role",
				"8: scheme \"ftp\"",
			},
		},
		{
			name:   "multi-line quoted field keeps line numbers right",
			format: "csv",
			in: "story_id,url,outlet\n" +
				"s1,https://a.example/1,\"The\nOutlet\"\n" +
				"s1,,\n",
			errs:    []string{"2: outlet \"The\\nOutlet\" contains a control character", "4: empty url"},
			wantErr: "no valid rows",
		},
		{
			name:   "malformed CSV row is skipped",
			format: "csv",
			in: "story_id,url\n" +
				"s1,https://a.example/1\n" +
				"s1,https://a.ex\"ample/2\n" +
				"s1,https://a.example/3\n",
			want: "s1: https://a.example/1[a.example]@2 https://a.example/3[a.example]@4\n",
			errs: []string{"3: malformed CSV"},
		},
		{
			name:    "csv header without url",
			in:      "story_id,link\ns1,https://a.example/1\n",
			wantErr: `no "url" column`,
		},
		{
			name:    "csv header twice the same column",
			in:      "story_id,url,URL\ns1,https://a.example/1,x\n",
			wantErr: `column "url" given twice`,
		},
		{
			name:    "empty input",
			in:      " \n\n",
			wantErr: "empty",
		},
		{
			name:    "header only",
			in:      "story_id,url\n",
			wantErr: "no valid rows",
		},
		{
			name:   "jsonl basic with numbers, unknown keys and blank lines",
			format: "jsonl",
			in: "\n" +
				`{"story_id": 12, "url": "https://a.example/1", "extra": [1,2]}` + "\n" +
				"\n" +
				`{"story_id": "12", "url": "https://b.example/1", "role": "reference", "outlet": "B"}` + "\r\n" +
				`{"story_id": "13", "url": "file.txt"}`,
			want: "12: https://b.example/1[B]@4 https://a.example/1[a.example]@2\n" +
				"13: file.txt[]@5\n",
		},
		{
			name:   "jsonl bad rows",
			format: "jsonl",
			in: `{"story_id": "s", "url": "https://a.example/1"}` + "\n" +
				`{"story_id": "s", "url": 5}` + "\n" +
				`not json` + "\n" +
				`{"story_id": true, "url": "https://a.example/2"}` + "\n" +
				`[1]` + "\n" +
				`{"story_id": null, "url": "https://a.example/3"}` + "\n" +
				`{"story_id": "s", "url": "https://a.example/4"}` + "\n",
			want: "s: https://a.example/1[a.example]@1 https://a.example/4[a.example]@7\n",
			errs: []string{
				"2: url must be a string",
				"3: invalid JSON",
				"4: story_id must be a string or a number",
				"5: invalid JSON",
				"6: empty story_id",
			},
		},
		{
			name:   "jsonl over-long line",
			format: "jsonl",
			in: `{"story_id": "s", "url": "https://a.example/1"}` + "\n" +
				`{"story_id": "s", "url": "https://a.example/` + strings.Repeat("x", MaxLineSize) + `"}` + "\n" +
				`{"story_id": "s", "url": "https://a.example/3"}` + "\n",
			want: "s: https://a.example/1[a.example]@1 https://a.example/3[a.example]@3\n",
			errs: []string{"2: line longer than"},
		},
		{
			name:   "jsonl line longer than the read buffer but within the limit",
			format: "jsonl",
			in: `{"story_id": "s", "url": "https://a.example/1", "notes": "` + strings.Repeat("n", 300<<10) + `"}` + "\n" +
				`{"story_id": "s", "url": "https://a.example/2"}`,
			want: "s: https://a.example/1[a.example]@1 https://a.example/2[a.example]@2\n",
		},
		{
			name:   "long and odd values",
			format: "csv",
			in: "story_id,url\n" +
				strings.Repeat("i", MaxStoryIDLen+1) + ",https://a.example/1\n" +
				"s,https://a.example/" + strings.Repeat("u", MaxURLLen) + "\n" +
				"s,https://\n" +
				"s,\"https://a.example/\x00\"\n" +
				"s,https://a.example/\xff\n" +
				"s,https://a.example/ok\n",
			want: "s: https://a.example/ok[a.example]@7\n",
			errs: []string{
				"2: story_id longer than",
				"3: url longer than",
				"4: has no host",
				"5: control character",
				"6: not valid UTF-8",
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, rowErrs, err := ReadManifest(strings.NewReader(tt.in), "m")
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("error = %v, want one containing %q", err, tt.wantErr)
				}
				if !strings.HasPrefix(err.Error(), "read manifest m: ") {
					t.Errorf("error %q does not name the manifest", err)
				}
			} else if err != nil {
				t.Fatalf("ReadManifest: %v", err)
			}
			if tt.format != "" && err == nil && m.Format != tt.format {
				t.Errorf("format = %q, want %q", m.Format, tt.format)
			}
			if got := describe(m); got != tt.want {
				t.Errorf("stories:\n%s\nwant:\n%s", got, tt.want)
			}
			if len(rowErrs) != len(tt.errs) {
				t.Errorf("row errors = %v, want %d: %v", rowErrs, len(tt.errs), tt.errs)
			}
			for i := 0; i < len(rowErrs) && i < len(tt.errs); i++ {
				line, sub, _ := strings.Cut(tt.errs[i], ": ")
				got := rowErrs[i].Error()
				if fmt.Sprint(rowErrs[i].Line) != line || !strings.Contains(got, sub) || !strings.HasPrefix(got, "m:"+line+": ") {
					t.Errorf("row error %d = %q, want line %s and %q", i, got, line, sub)
				}
			}
		})
	}
}

func TestReadManifestIOError(t *testing.T) {
	boom := errors.New("boom")
	_, _, err := ReadManifest(&failingReader{data: "story_id,url\ns,https://a.example/1\n", err: boom}, "m")
	if !errors.Is(err, boom) {
		t.Fatalf("error = %v, want it to wrap %v", err, boom)
	}
}

// failingReader returns data, then err.
type failingReader struct {
	data string
	err  error
}

func (f *failingReader) Read(p []byte) (int, error) {
	if f.data == "" {
		return 0, f.err
	}
	n := copy(p, f.data)
	f.data = f.data[n:]
	return n, nil
}

func TestReadManifestFiles(t *testing.T) {
	// The same manifest as CSV and as JSON Lines gives the same stories.
	var got []string
	for _, name := range []string{"manifest.csv", "manifest.jsonl"} {
		f, err := os.Open(filepath.Join("testdata", name))
		if err != nil {
			t.Fatal(err)
		}
		m, rowErrs, err := ReadManifest(f, name)
		f.Close()
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if len(rowErrs) != 1 || rowErrs[0].Line != 6 {
			t.Errorf("%s: row errors %v, want one on line 6", name, rowErrs)
		}
		if len(m.Stories) != 3 || m.Versions() != 7 {
			t.Errorf("%s: %d stories, %d versions; want 3 and 7", name, len(m.Stories), m.Versions())
		}
		got = append(got, describe(m))
	}
	if got[0] != got[1] {
		t.Errorf("CSV and JSON Lines differ:\n%s\n%s", got[0], got[1])
	}
}

func TestOutletOf(t *testing.T) {
	tests := map[string]string{
		"https://www.Tribune.example/x": "tribune.example",
		"http://ani.example:8080/a":     "ani.example",
		"https://wwwx.example/":         "wwwx.example",
		"/home/me/page.html":            "",
		"page.html":                     "",
		"ftp://x.example/":              "",
	}
	for in, want := range tests {
		if got := OutletOf(in); got != want {
			t.Errorf("OutletOf(%q) = %q, want %q", in, got, want)
		}
	}
}

func FuzzReadManifest(f *testing.F) {
	f.Add([]byte("story_id,url,role,outlet\ns1,https://a.example/1,,A\ns1,https://b.example/2,reference,\n"))
	f.Add([]byte("\xEF\xBB\xBFurl,story_id\n/tmp/x,1\n\"a\nb\",2\n"))
	f.Add([]byte(`{"story_id":1,"url":"https://a.example/"}` + "\n" + `{"story_id":"1","url":"x","role":"reference"}`))
	f.Add([]byte("story_id,url\ns,\"unterminated\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		m, rowErrs, err := ReadManifest(strings.NewReader(string(data)), "fuzz")
		for _, re := range rowErrs {
			if re.Line < 1 {
				t.Fatalf("row error with line %d: %v", re.Line, re)
			}
		}
		if err != nil {
			return
		}
		if len(m.Stories) == 0 {
			t.Fatal("no stories and no error")
		}
		seenStory := map[string]bool{}
		for _, s := range m.Stories {
			if s.ID == "" || seenStory[s.ID] {
				t.Fatalf("bad or repeated story id %q", s.ID)
			}
			seenStory[s.ID] = true
			urls := map[string]bool{}
			for i, r := range s.Rows {
				want := RoleVersion
				if i == 0 {
					want = RoleReference
				}
				if r.Role != want || r.URL == "" || urls[r.URL] || r.StoryID != s.ID || r.Line < 1 {
					t.Fatalf("story %q row %d invalid: %+v", s.ID, i, r)
				}
				urls[r.URL] = true
			}
		}
	})
}
