package trace

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestDefaultRegistry(t *testing.T) {
	reg := DefaultRegistry()
	for _, name := range []string{"CNN", "Axios", "The Wall Street Journal", "Reuters", "Associated Press", "BBC", "ANI", "PTI",
		"The Tribune", "ThePrint", "Devdiscourse", "LatestLY", "Business Standard", "Hindustan Times"} {
		o := reg.Outlet(name)
		if o == nil {
			t.Errorf("default registry lacks %s", name)
			continue
		}
		if len(o.Domains) == 0 {
			t.Errorf("%s has no domain", name)
		}
	}
	for alias, want := range map[string]string{"WSJ": "The Wall Street Journal", "Wall Street Journal": "The Wall Street Journal", "the wall street journal": "The Wall Street Journal", "AP": "Associated Press"} {
		if o := reg.Outlet(alias); o == nil || o.Name != want {
			t.Errorf("Outlet(%q) = %v, want %s", alias, o, want)
		}
	}
	for _, w := range []string{"ANI", "PTI", "Reuters", "Associated Press"} {
		if !reg.Outlet(w).Wire {
			t.Errorf("%s is not marked wire", w)
		}
	}
}

func TestOutletOf(t *testing.T) {
	reg, err := ParseRegistry([]byte("outlets:\n  - name: A\n    domains: [a.example]\n  - name: B\n    domains: [news.a.example, \"127.0.0.1:8080\"]\n"), "r.yml")
	if err != nil {
		t.Fatal(err)
	}
	tests := map[string]string{
		"https://a.example/x":          "A",
		"https://www.a.example/x":      "A",
		"https://news.a.example/x":     "B",
		"http://127.0.0.1:8080/x":      "B",
		"http://127.0.0.1:9090/x":      "",
		"https://evila.example/x":      "",
		"https://a.example.evil.com/x": "",
		"not a url":                    "",
	}
	for u, want := range tests {
		got := ""
		if o := reg.OutletOf(u); o != nil {
			got = o.Name
		}
		if got != want {
			t.Errorf("OutletOf(%q) = %q, want %q", u, got, want)
		}
	}
}

func TestParseRegistryErrors(t *testing.T) {
	tests := []struct {
		name, yml, want string
	}{
		{"unknown key", "outlets:\n  - name: A\n    domain: [a.example]\n", "r.yml: line 3"},
		{"unknown top key", "outlet:\n  - name: A\n", "r.yml: line 1"},
		{"wrong type", "outlets:\n  - name: A\n    wire: maybe\n", "r.yml: line 3"},
		{"no name", "outlets:\n  - aliases: [A]\n", "r.yml:2"},
		{"bad domain", "outlets:\n  - name: A\n    domains:\n      - a.example\n      - https://b.example/\n", "r.yml:5"},
		{"bad feed", "outlets:\n  - name: A\n    feeds:\n      - ftp://a.example/feed\n", "r.yml:4"},
		{"alias used twice", "outlets:\n  - name: A\n    aliases: [X]\n  - name: B\n    aliases: [Y, x]\n", "r.yml:5"},
		{"empty alias", "outlets:\n  - name: A\n    aliases: [\"\"]\n", "r.yml:3"},
		{"no outlets", "outlets: []\n", "no outlets"},
		{"not YAML", "outlets: [\n", "r.yml"},
	}
	for _, tt := range tests {
		_, err := ParseRegistry([]byte(tt.yml), "r.yml")
		if err == nil {
			t.Errorf("%s: no error", tt.name)
			continue
		}
		if !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: error %q, want it to contain %q", tt.name, err, tt.want)
		}
		if strings.Contains(err.Error(), "\n") {
			t.Errorf("%s: error spans lines: %q", tt.name, err)
		}
	}
}

func TestReadRegistry(t *testing.T) {
	path := filepath.Join(t.TempDir(), "outlets.yml")
	if err := os.WriteFile(path, []byte("outlets:\n  - name: A\n    bogus: 1\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := ReadRegistry(path); err == nil || !strings.Contains(err.Error(), path+": line 3") {
		t.Errorf("ReadRegistry(bad file): %v", err)
	}
	if _, err := ReadRegistry(filepath.Join(t.TempDir(), "missing.yml")); err == nil {
		t.Error("ReadRegistry(missing file): no error")
	}
}

func FuzzParseRegistry(f *testing.F) {
	f.Add(defaultOutlets)
	f.Add([]byte("outlets:\n  - name: A\n    domains: [a.example]\n"))
	f.Add([]byte("outlets: [\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		reg, err := ParseRegistry(data, "f.yml")
		if err != nil {
			if !strings.Contains(err.Error(), "f.yml") {
				t.Errorf("error does not name the file: %v", err)
			}
			return
		}
		for _, o := range reg.Outlets {
			if o.Name == "" || len(o.Aliases) == 0 {
				t.Errorf("accepted outlet %+v", o)
			}
		}
		// Whatever it accepts, the attribution patterns must compile.
		FindAttributions([]string{"A source told CNN."}, reg)
		FindWireCredit([]string{"(ANI)"}, reg)
	})
}
