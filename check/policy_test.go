package check

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/goccy/go-yaml"

	"github.com/storydiff/storydiff/align"
)

func TestParsePolicyErrors(t *testing.T) {
	tests := []struct {
		name string
		yaml string
		line int
		msg  string
	}{
		{"unknown top key", "version: 1\nfail: [number]\nfial: [date]\n", 3, `unknown key "fial"`},
		{"unknown nested key", "version: 1\nboilerplate:\n  - copies: a.html\n    pattern: [x]\n", 4, `unknown key "pattern"`},
		{"unknown facet", "version: 1\nfail:\n  - number\n  - numbr\n", 4, `unknown facet "numbr"`},
		{"facet twice", "fail: [number]\nwarn:\n  - date\n  - number\n", 4, `listed under both fail and warn`},
		{"bad version", "\n\nversion: 2\n", 3, "unsupported version 2"},
		{"bad action", "version: 1\ndropped: maybe\n", 2, `bad action "maybe"`},
		{"share too big", "version: 1\nadded: pass\nmax_dropped_share: 1.5\n", 3, "not between 0 and 1"},
		{"share not a number", "max_dropped_share: lots\n", 1, "bad max_dropped_share: want a number"},
		{"confidence too big", "version: 1\nmin_fail_confidence: 75\n", 2, "min_fail_confidence 75 is not between 0 and 1"},
		{"confidence negative", "min_fail_confidence: -0.1\n", 1, "not between 0 and 1"},
		{"bad regexp", "boilerplate:\n  - site: example.com\n    patterns:\n      - '^ok$'\n      - '(unclosed'\n", 5, "bad pattern"},
		{"no patterns", "boilerplate:\n  - site: example.com\n", 2, "no patterns"},
		{"bad site", "boilerplate:\n  - site: https://example.com/\n    patterns: [x]\n", 2, "not a host name"},
		{"bad glob", "boilerplate:\n  - copies: 'site/[a'\n    patterns: [x]\n", 2, "bad glob"},
		{"pair without reference", "pairs:\n  - copies: [a.md]\n", 2, "no reference"},
		{"pair without copies", "pairs:\n  - reference: wire.md\n", 2, "no copies"},
		{"list not a list", "version: 1\nfail: number\n", 2, ""},
		{"syntax error", "version: 1\nfail: [number\n", 0, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParsePolicy("p.yml", []byte(tt.yaml))
			var pe *PolicyError
			if !errors.As(err, &pe) {
				t.Fatalf("ParsePolicy error = %v (%T), want *PolicyError", err, err)
			}
			if tt.line > 0 && pe.Line != tt.line {
				t.Errorf("line = %d, want %d (error %v)", pe.Line, tt.line, err)
			}
			if tt.line == 0 && pe.Line == 0 && !strings.HasPrefix(err.Error(), "p.yml") {
				t.Errorf("error %q does not name the file", err)
			}
			if !strings.Contains(err.Error(), tt.msg) {
				t.Errorf("error %q does not contain %q", err, tt.msg)
			}
			if tt.line > 0 && !strings.HasPrefix(err.Error(), "p.yml:") {
				t.Errorf("error %q does not start with file:line", err)
			}
		})
	}
}

func TestParsePolicy(t *testing.T) {
	src := `# newsroom policy
version: 1
fail: [number, wording]
warn: [negation]
pass: [characterization]
dropped: warn
added: pass
max_dropped_share: 0.5
min_fail_confidence: 0.75
boilerplate:
  - site: tribuneindia.com
    patterns: ['^Disclaimer:', '(?i)^follow us on']
  - copies: "site/**/*.md"
    patterns: ['^Read more']
pairs:
  - reference: wire/story.txt
    copies: [site/*.html, https://example.com/story]
`
	p, err := ParsePolicy("p.yml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	checks := []struct {
		d    align.Divergence
		want Action
	}{
		{align.Divergence{Kind: align.Altered, Facet: align.FacetWording, Material: true, Confidence: 0.9}, Fail},
		{align.Divergence{Kind: align.Altered, Facet: align.FacetNumber, Material: true, Confidence: 0.75}, Fail},
		{align.Divergence{Kind: align.Altered, Facet: align.FacetNumber, Material: true, Confidence: 0.74}, Warn},
		{align.Divergence{Kind: align.Altered, Facet: align.FacetDate, Material: true, Confidence: 0.3}, Warn},
		{align.Divergence{Kind: align.Altered, Facet: align.FacetNegation, Material: true, Confidence: 0.3}, Warn},
		{align.Divergence{Kind: align.Altered, Facet: align.FacetCharacterization, Material: true, Confidence: 0.3}, Pass},
		{align.Divergence{Kind: align.Altered, Facet: align.FacetNegation, Material: true}, Warn},
		{align.Divergence{Kind: align.Altered, Facet: align.FacetCharacterization, Material: true}, Pass},
		{align.Divergence{Kind: align.Altered, Facet: align.FacetModality, Material: true}, Warn},
		{align.Divergence{Kind: align.Altered, Facet: align.FacetSpelling}, Pass},
		{align.Divergence{Kind: align.Dropped, Facet: align.FacetQuote, Material: true}, Warn},
		{align.Divergence{Kind: align.Added, Facet: align.FacetWording, Material: true}, Pass},
	}
	for _, c := range checks {
		if got := p.Action(c.d); got != c.want {
			t.Errorf("Action(%s %s) = %s, want %s", c.d.Kind, c.d.Facet, got, c.want)
		}
	}
	loose := DefaultPolicy()
	for _, d := range []align.Divergence{
		{Kind: align.Altered, Facet: align.FacetDate, Material: true, Confidence: 0.3},
		{Kind: align.Dropped, Facet: align.FacetQuote, Material: true, Confidence: 0.1},
	} {
		if got := loose.Action(d); got != Fail {
			t.Errorf("default Action(%s %s, confidence %v) = %s, want fail: min_fail_confidence defaults to 0", d.Kind, d.Facet, d.Confidence, got)
		}
	}
	if got := loose.Action(align.Divergence{Kind: align.Dropped, Facet: align.FacetQuote, Material: true, Confidence: 0.1}); got != Fail {
		t.Errorf("default dropped = %s", got)
	}
	strict := DefaultPolicy()
	strict.MinFailConfidence = 0.5
	if got := strict.Action(align.Divergence{Kind: align.Dropped, Facet: align.FacetQuote, Material: true, Confidence: 0.4}); got != Warn {
		t.Errorf("dropped below min_fail_confidence = %s, want warn", got)
	}
	if p.MinFailConfidence != 0.75 {
		t.Errorf("MinFailConfidence = %v", p.MinFailConfidence)
	}
	if p.MaxDroppedShare != 0.5 {
		t.Errorf("MaxDroppedShare = %v", p.MaxDroppedShare)
	}
	if len(p.Pairs) != 1 || p.Pairs[0].Reference != "wire/story.txt" || len(p.Pairs[0].Copies) != 2 || p.Pairs[0].Line != 16 {
		t.Errorf("Pairs = %+v", p.Pairs)
	}
	paras := []string{"Disclaimer: this story is auto-generated.", "The minister said 28 died.", "Follow us on X."}
	kept, n := p.RemoveBoilerplate("https://www.tribuneindia.com/news/x", paras)
	if n != 2 || len(kept) != 1 || kept[0] != paras[1] {
		t.Errorf("RemoveBoilerplate(tribune) = %q, %d", kept, n)
	}
	if kept, n := p.RemoveBoilerplate("https://nottribuneindia.com/x", paras); n != 0 || len(kept) != 3 {
		t.Errorf("RemoveBoilerplate(other site) removed %d", n)
	}
	md := []string{"Read more: other stories", "Body."}
	p.File = "newsroom/p.yml" // globs are relative to the policy's directory
	if kept, n := p.RemoveBoilerplate("newsroom/site/2025/story.md", md); n != 1 || kept[0] != "Body." {
		t.Errorf("RemoveBoilerplate(md glob under the policy dir) = %q, %d", kept, n)
	}
	if _, n := p.RemoveBoilerplate("site/2025/story.md", md); n != 0 {
		t.Errorf("RemoveBoilerplate(md outside the policy dir) removed %d", n)
	}
	p.File = "p.yml"
	if kept, n := p.RemoveBoilerplate("./site/2025/11/story.md", md); n != 1 || kept[0] != "Body." {
		t.Errorf("RemoveBoilerplate(md glob) = %q, %d", kept, n)
	}
	if _, n := p.RemoveBoilerplate("other/story.md", md); n != 0 {
		t.Errorf("RemoveBoilerplate(md outside glob) removed %d", n)
	}
}

func TestDefaultPolicy(t *testing.T) {
	p := DefaultPolicy()
	for _, f := range []align.Facet{"number", "date", "quote", "attribution", "entity", "negation"} {
		if a := p.Action(align.Divergence{Kind: align.Altered, Facet: f, Material: true}); a != Fail {
			t.Errorf("default %s = %s, want fail", f, a)
		}
	}
	for _, f := range []align.Facet{"modality", "characterization", "wording", "some-new-facet"} {
		if a := p.Action(align.Divergence{Kind: align.Altered, Facet: f, Material: true}); a != Warn {
			t.Errorf("default %s = %s, want warn", f, a)
		}
	}
	for _, f := range cosmeticFacets {
		if a := p.Action(align.Divergence{Kind: align.Altered, Facet: f}); a != Pass {
			t.Errorf("default %s = %s, want pass", f, a)
		}
	}
	if a := p.Action(align.Divergence{Kind: align.Altered, Facet: "unknown-cosmetic"}); a != Pass {
		t.Errorf("unknown cosmetic facet = %s, want pass", a)
	}
	if p.Dropped != Fail || p.Added != Warn {
		t.Errorf("dropped %s added %s", p.Dropped, p.Added)
	}
	empty, err := ParsePolicy("empty.yml", []byte("# nothing\n"))
	if err != nil || empty.Dropped != Fail || len(empty.Facets) != len(p.Facets) {
		t.Errorf("empty policy = %+v, %v", empty, err)
	}
}

func TestLoadPolicy(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	p, err := LoadPolicy("")
	if err != nil || p.File != "" {
		t.Fatalf("LoadPolicy without a file = %+v, %v; want the default", p, err)
	}
	if _, err := LoadPolicy("missing.yml"); err == nil {
		t.Error("LoadPolicy(missing.yml) succeeded")
	}
	if err := os.WriteFile(filepath.Join(dir, DefaultPolicyFile), []byte("version: 1\nadded: fail\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	p, err = LoadPolicy("")
	if err != nil || p.Added != Fail || p.File != DefaultPolicyFile {
		t.Errorf("LoadPolicy(default file) = %+v, %v", p, err)
	}
}

func FuzzParsePolicy(f *testing.F) {
	f.Add([]byte("version: 1\nfail: [number]\nboilerplate:\n  - site: a.com\n    patterns: [x]\n"))
	f.Add([]byte("pairs:\n  - reference: a\n    copies: ['**/*.md']\n"))
	f.Add([]byte("max_dropped_share: .3\n"))
	f.Add([]byte("min_fail_confidence: 0.75\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		p, err := ParsePolicy("f.yml", data)
		if err != nil {
			var pe *PolicyError
			if !errors.As(err, &pe) {
				t.Fatalf("error %v is %T, not *PolicyError", err, err)
			}
			return
		}
		if p.MaxDroppedShare < 0 || p.MaxDroppedShare > 1 {
			t.Fatalf("MaxDroppedShare %v accepted", p.MaxDroppedShare)
		}
		if !(p.MinFailConfidence >= 0 && p.MinFailConfidence <= 1) {
			t.Fatalf("MinFailConfidence %v accepted", p.MinFailConfidence)
		}
	})
}

// TestPolicyDoc checks the YAML examples of POLICY.md: the policy example
// parses as a policy, and the CI examples are valid YAML.
func TestPolicyDoc(t *testing.T) {
	doc, err := os.ReadFile("POLICY.md")
	if err != nil {
		t.Fatal(err)
	}
	blocks := strings.Split(string(doc), "```yaml\n")[1:]
	if len(blocks) != 3 {
		t.Fatalf("POLICY.md has %d yaml blocks, want 3 (policy, GitHub, GitLab)", len(blocks))
	}
	for i, b := range blocks {
		b = b[:strings.Index(b, "```")]
		if i == 0 {
			p, err := ParsePolicy("POLICY.md", []byte(b))
			if err != nil {
				t.Errorf("policy example: %v", err)
				continue
			}
			if len(p.Pairs) != 2 || len(p.Boilerplate) != 2 {
				t.Errorf("policy example parsed to %d pairs, %d boilerplate entries", len(p.Pairs), len(p.Boilerplate))
			}
			continue
		}
		var v map[string]any
		if err := yaml.Unmarshal([]byte(b), &v); err != nil || len(v) == 0 {
			t.Errorf("CI example %d: %v", i, err)
		}
	}
}
