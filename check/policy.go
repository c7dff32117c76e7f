// Package check decides whether republished copies of a story keep faith
// with the reference (wire) original, for use as a CI gate.
//
// A Policy, read from a YAML file, says which divergences found by
// align.Compare fail a copy, which only warn and which pass, which
// paragraphs of a copy are allowed boilerplate, how large a share of the
// reference may be dropped, and which copies to check against which
// reference. Evaluate applies a policy to one comparison; a Baseline accepts
// divergences that were reviewed, matching them by content so that only new
// ones fail.
package check

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"math"
	"net/url"
	"os"
	"path"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"strings"

	"github.com/gobwas/glob"
	"github.com/goccy/go-yaml"
	"github.com/goccy/go-yaml/ast"
	"github.com/goccy/go-yaml/parser"

	"github.com/storydiff/storydiff/align"
)

// DefaultPolicyFile is the policy file read from the current directory when
// no --policy is given.
const DefaultPolicyFile = ".storydiff.yml"

// maxPolicySize bounds the size of a policy file.
const maxPolicySize = 1 << 20

// Action is what a policy does with a divergence.
type Action string

// The policy actions.
const (
	Fail Action = "fail" // the copy fails the check
	Warn Action = "warn" // reported, but the copy passes
	Pass Action = "pass" // not reported
)

func parseAction(s string) (Action, bool) {
	switch a := Action(s); a {
	case Fail, Warn, Pass:
		return a, true
	}
	return "", false
}

// Boilerplate lists paragraphs a copy may carry that the reference lacks,
// such as a syndication disclaimer or a newsletter prompt.
type Boilerplate struct {
	// Copies is a glob (with ** for any number of directories) matched
	// against the copy's URL or its path relative to the directory of the
	// policy file; empty matches every copy.
	Copies string
	// Site is a host name matched against the host of a copy's URL and
	// its subdomains; empty matches every copy.
	Site string
	// Patterns are regular expressions (Go RE2 syntax); a copy paragraph
	// that any of them matches is removed before comparison.
	Patterns []*regexp.Regexp

	copies glob.Glob
}

// Applies reports whether b applies to the copy named copy: a URL, or a
// path relative to the policy file's directory.
func (b *Boilerplate) Applies(copy string) bool {
	if b.copies != nil && !b.copies.Match(NormalizeSource(copy)) {
		return false
	}
	if b.Site != "" {
		u, err := url.Parse(copy)
		if err != nil || u.Host == "" {
			return false
		}
		host := strings.ToLower(u.Hostname())
		site := strings.ToLower(b.Site)
		if host != site && !strings.HasSuffix(host, "."+site) {
			return false
		}
	}
	return true
}

// Pair names a reference and the copies to check against it. Paths are
// relative to the directory of the policy file; a copy may be a glob.
type Pair struct {
	Reference string
	Copies    []string
	// Line is the line of the pair in the policy file, for errors.
	Line int
}

// Policy says how divergences are judged.
type Policy struct {
	// File is the policy file read, empty for the built-in default.
	File string
	// Facets maps a facet to the action for altered claims of that facet.
	// A material facet missing from the map warns; a cosmetic one passes.
	Facets map[align.Facet]Action
	// Dropped and Added are the actions for dropped and added claims.
	Dropped Action
	Added   Action
	// MaxDroppedShare is the largest share (0 to 1) of reference
	// paragraphs a copy may drop; a copy dropping more fails.
	MaxDroppedShare float64
	// MinFailConfidence is the confidence (align.Divergence.Confidence)
	// below which a material divergence the policy fails only warns;
	// 0 lets every one fail.
	MinFailConfidence float64
	// Boilerplate lists the allowed boilerplate paragraphs.
	Boilerplate []Boilerplate
	// Pairs lists the references and copies checked when no sources are
	// named on the command line.
	Pairs []Pair
}

// materialFacets are the facets of material changes, in the order they are
// documented.
var materialFacets = []align.Facet{
	align.FacetNumber, align.FacetDate, align.FacetQuote, align.FacetAttribution,
	align.FacetEntity, align.FacetNegation, align.FacetModality,
	align.FacetCharacterization, align.FacetWording,
}

var cosmeticFacets = []align.Facet{
	align.FacetSpelling, align.FacetPunctuation, align.FacetBoilerplate,
	align.FacetMoved, align.FacetParagraphing,
}

// DefaultPolicy returns the built-in policy: changed numbers, dates,
// quotes, attributions, entities and negations fail, as do dropped claims;
// modality, characterization and wording changes and added claims warn;
// cosmetic changes pass; at most a fifth of the reference may be dropped.
func DefaultPolicy() *Policy {
	p := &Policy{
		Facets:          make(map[align.Facet]Action),
		Dropped:         Fail,
		Added:           Warn,
		MaxDroppedShare: 0.2,
	}
	for _, f := range []align.Facet{align.FacetNumber, align.FacetDate, align.FacetQuote,
		align.FacetAttribution, align.FacetEntity, align.FacetNegation} {
		p.Facets[f] = Fail
	}
	for _, f := range []align.Facet{align.FacetModality, align.FacetCharacterization, align.FacetWording} {
		p.Facets[f] = Warn
	}
	for _, f := range cosmeticFacets {
		p.Facets[f] = Pass
	}
	return p
}

// Action returns the action p takes on d.
func (p *Policy) Action(d align.Divergence) Action {
	switch d.Kind {
	case align.Dropped:
		return p.unsure(d, p.Dropped)
	case align.Added:
		return p.unsure(d, p.Added)
	}
	a, ok := p.Facets[d.Facet]
	switch {
	case !ok && d.Material:
		a = Warn
	case !ok:
		a = Pass
	}
	return p.unsure(d, a)
}

// unsure lowers the action a on d from fail to warn when d's confidence is
// below MinFailConfidence.
func (p *Policy) unsure(d align.Divergence, a Action) Action {
	if a == Fail && d.Material && d.Confidence < p.MinFailConfidence {
		return Warn
	}
	return a
}

// RemoveBoilerplate returns the paragraphs of the copy named copy (a URL,
// or a path as given on the command line) that no applicable boilerplate
// pattern matches, and how many were removed.
func (p *Policy) RemoveBoilerplate(copy string, paras []string) (kept []string, removed int) {
	if len(p.Boilerplate) == 0 {
		return paras, 0
	}
	name := copy
	if p.File != "" {
		name = copyName(filepath.Dir(p.File), copy)
	}
	var pats []*regexp.Regexp
	for i := range p.Boilerplate {
		if p.Boilerplate[i].Applies(name) {
			pats = append(pats, p.Boilerplate[i].Patterns...)
		}
	}
	if len(pats) == 0 {
		return paras, 0
	}
	kept = make([]string, 0, len(paras))
	for _, para := range paras {
		if slices.ContainsFunc(pats, func(re *regexp.Regexp) bool { return re.MatchString(para) }) {
			removed++
			continue
		}
		kept = append(kept, para)
	}
	return kept, removed
}

// PolicyError is an error in a policy file, naming its line.
type PolicyError struct {
	File string
	Line int // 0 when unknown
	Msg  string
}

// Error implements error.
func (e *PolicyError) Error() string {
	name := e.File
	if name == "" {
		name = "policy"
	}
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", name, e.Line, e.Msg)
	}
	return fmt.Sprintf("%s: %s", name, e.Msg)
}

// LoadPolicy reads the policy file at path. When path is empty it reads
// DefaultPolicyFile if the current directory has one and returns the
// built-in default otherwise.
func LoadPolicy(path string) (*Policy, error) {
	explicit := path != ""
	if !explicit {
		path = DefaultPolicyFile
	}
	f, err := os.Open(path)
	if err != nil {
		if !explicit && errors.Is(err, os.ErrNotExist) {
			return DefaultPolicy(), nil
		}
		return nil, fmt.Errorf("read policy: %w", err)
	}
	defer f.Close()
	var buf bytes.Buffer
	if _, err := buf.ReadFrom(io.LimitReader(f, maxPolicySize+1)); err != nil {
		return nil, fmt.Errorf("read policy %s: %w", path, err)
	}
	if buf.Len() > maxPolicySize {
		return nil, &PolicyError{File: path, Msg: fmt.Sprintf("larger than %d bytes", maxPolicySize)}
	}
	return ParsePolicy(path, buf.Bytes())
}

// policyFile is the YAML form of a policy.
type policyFile struct {
	Version         *int              `yaml:"version"`
	Fail            []string          `yaml:"fail"`
	Warn            []string          `yaml:"warn"`
	Pass            []string          `yaml:"pass"`
	Dropped         *string           `yaml:"dropped"`
	Added           *string           `yaml:"added"`
	MaxDroppedShare *float64          `yaml:"max_dropped_share"`
	MinFailConf     *float64          `yaml:"min_fail_confidence"`
	Boilerplate     []boilerplateFile `yaml:"boilerplate"`
	Pairs           []pairFile        `yaml:"pairs"`
}

type boilerplateFile struct {
	Copies   string   `yaml:"copies"`
	Site     string   `yaml:"site"`
	Patterns []string `yaml:"patterns"`
}

type pairFile struct {
	Reference string   `yaml:"reference"`
	Copies    []string `yaml:"copies"`
}

// ParsePolicy parses the YAML policy data read from the file named name.
// Settings the data leaves out keep their DefaultPolicy values; facets
// listed under fail, warn or pass override the default for those facets.
// Unknown keys, bad values and malformed YAML are reported as a
// *PolicyError naming the line.
func ParsePolicy(name string, data []byte) (*Policy, error) {
	p := DefaultPolicy()
	p.File = name
	if len(bytes.TrimSpace(data)) == 0 {
		return p, nil
	}
	var pf policyFile
	if err := decodeYAML(data, &pf); err != nil {
		return nil, yamlError(name, err)
	}
	v := validator{name: name}
	if err := v.parse(data); err != nil {
		return nil, err
	}
	if pf.Version != nil && *pf.Version != 1 {
		return nil, v.errorf("$.version", "unsupported version %d (want 1)", *pf.Version)
	}
	seen := make(map[align.Facet]string)
	for _, list := range []struct {
		key    string
		action Action
		facets []string
	}{{"fail", Fail, pf.Fail}, {"warn", Warn, pf.Warn}, {"pass", Pass, pf.Pass}} {
		for i, s := range list.facets {
			at := fmt.Sprintf("$.%s[%d]", list.key, i)
			f := align.Facet(strings.TrimSpace(s))
			if !slices.Contains(materialFacets, f) && !slices.Contains(cosmeticFacets, f) {
				return nil, v.errorf(at, "unknown facet %q (want one of %s)", s, facetList())
			}
			if prev, ok := seen[f]; ok {
				return nil, v.errorf(at, "facet %q is listed under both %s and %s", f, prev, list.key)
			}
			seen[f] = list.key
			p.Facets[f] = list.action
		}
	}
	for _, kv := range []struct {
		key string
		val *string
		dst *Action
	}{{"dropped", pf.Dropped, &p.Dropped}, {"added", pf.Added, &p.Added}} {
		if kv.val == nil {
			continue
		}
		a, ok := parseAction(strings.TrimSpace(*kv.val))
		if !ok {
			return nil, v.errorf("$."+kv.key, "%s: bad action %q (want fail, warn or pass)", kv.key, *kv.val)
		}
		*kv.dst = a
	}
	if pf.MaxDroppedShare != nil {
		s := *pf.MaxDroppedShare
		if math.IsNaN(s) || s < 0 || s > 1 {
			return nil, v.errorf("$.max_dropped_share", "max_dropped_share %v is not between 0 and 1", s)
		}
		p.MaxDroppedShare = s
	}
	if pf.MinFailConf != nil {
		s := *pf.MinFailConf
		if math.IsNaN(s) || s < 0 || s > 1 {
			return nil, v.errorf("$.min_fail_confidence", "min_fail_confidence %v is not between 0 and 1", s)
		}
		p.MinFailConfidence = s
	}
	for i, bf := range pf.Boilerplate {
		at := fmt.Sprintf("$.boilerplate[%d]", i)
		b := Boilerplate{Copies: bf.Copies, Site: strings.TrimSpace(bf.Site)}
		if bf.Copies != "" {
			g, err := glob.Compile(path.Clean(bf.Copies), '/')
			if err != nil {
				return nil, v.errorf(at+".copies", "bad glob %q: %v", bf.Copies, err)
			}
			b.copies = g
		}
		if b.Site != "" && (strings.ContainsAny(b.Site, "/:* ") || strings.HasPrefix(b.Site, ".")) {
			return nil, v.errorf(at+".site", "site %q is not a host name", bf.Site)
		}
		if len(bf.Patterns) == 0 {
			return nil, v.errorf(at, "boilerplate entry has no patterns")
		}
		for j, s := range bf.Patterns {
			re, err := regexp.Compile(s)
			if err != nil {
				return nil, v.errorf(fmt.Sprintf("%s.patterns[%d]", at, j), "bad pattern %q: %v", s, err)
			}
			b.Patterns = append(b.Patterns, re)
		}
		p.Boilerplate = append(p.Boilerplate, b)
	}
	for i, pr := range pf.Pairs {
		at := fmt.Sprintf("$.pairs[%d]", i)
		if strings.TrimSpace(pr.Reference) == "" {
			return nil, v.errorf(at, "pair has no reference")
		}
		if len(pr.Copies) == 0 {
			return nil, v.errorf(at, "pair has no copies")
		}
		for j, c := range pr.Copies {
			if isURL(c) {
				continue
			}
			if _, err := glob.Compile(path.Clean(c), '/'); err != nil {
				return nil, v.errorf(fmt.Sprintf("%s.copies[%d]", at, j), "bad glob %q: %v", c, err)
			}
		}
		p.Pairs = append(p.Pairs, Pair{Reference: pr.Reference, Copies: pr.Copies, Line: v.line(at)})
	}
	return p, nil
}

// decodeYAML decodes data into v strictly. go-yaml v1.19.2 panics on some
// malformed input (a tagged flow sequence, found by fuzzing); the panic is
// turned into an error.
func decodeYAML(data []byte, v any) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("malformed YAML (%v)", r)
		}
	}()
	return yaml.UnmarshalWithOptions(data, v, yaml.Strict())
}

func facetList() string {
	var s []string
	for _, f := range append(slices.Clone(materialFacets), cosmeticFacets...) {
		s = append(s, string(f))
	}
	return strings.Join(s, ", ")
}

// yamlError turns a go-yaml decoding error into a *PolicyError.
func yamlError(name string, err error) error {
	var ye yaml.Error
	if errors.As(err, &ye) {
		line := 0
		if tk := ye.GetToken(); tk != nil && tk.Position != nil {
			line = tk.Position.Line
		}
		msg := ye.GetMessage()
		var uf *yaml.UnknownFieldError
		var te *yaml.TypeError
		switch {
		case errors.As(err, &uf) && uf.Token != nil:
			msg = fmt.Sprintf("unknown key %q", uf.Token.Value)
		case errors.As(err, &te):
			msg = typeMessage(te)
		}
		return &PolicyError{File: name, Line: line, Msg: msg}
	}
	return &PolicyError{File: name, Msg: err.Error()}
}

// typeMessage describes a value of the wrong type in the words of the
// policy file rather than of its Go types.
func typeMessage(te *yaml.TypeError) string {
	key := "value"
	if te.StructFieldName != nil {
		name := *te.StructFieldName
		if i := strings.LastIndexByte(name, '.'); i >= 0 {
			name = name[i+1:]
		}
		for _, t := range []reflect.Type{reflect.TypeFor[policyFile](), reflect.TypeFor[boilerplateFile](), reflect.TypeFor[pairFile]()} {
			if f, ok := t.FieldByName(name); ok {
				key = strings.Split(f.Tag.Get("yaml"), ",")[0]
				break
			}
		}
	}
	want := "a value of another type"
	if te.DstType != nil {
		switch te.DstType.Kind() {
		case reflect.Float32, reflect.Float64:
			want = "a number"
		case reflect.Int, reflect.Int64:
			want = "an integer"
		case reflect.String:
			want = "a string"
		case reflect.Slice:
			want = "a list"
		case reflect.Struct, reflect.Map:
			want = "a mapping"
		}
	}
	return fmt.Sprintf("bad %s: want %s", key, want)
}

// validator finds the lines of values in a policy for error messages.
type validator struct {
	name string
	file *ast.File
}

func (v *validator) parse(data []byte) error {
	f, err := parser.ParseBytes(data, 0)
	if err != nil {
		return yamlError(v.name, err)
	}
	v.file = f
	return nil
}

// line returns the line of the node at the YAML path p, 0 if unknown.
func (v *validator) line(p string) int {
	yp, err := yaml.PathString(p)
	if err != nil {
		return 0
	}
	n, err := yp.FilterFile(v.file)
	if err != nil || n == nil || n.GetToken() == nil || n.GetToken().Position == nil {
		return 0
	}
	return n.GetToken().Position.Line
}

func (v *validator) errorf(p, format string, args ...any) error {
	return &PolicyError{File: v.name, Line: v.line(p), Msg: fmt.Sprintf(format, args...)}
}

func isURL(s string) bool {
	return strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://")
}

// NormalizeSource returns the form of a source name used to match
// boilerplate globs and baseline entries: a URL without its fragment and
// with a lower-case scheme and host, or a cleaned slash-separated path.
func NormalizeSource(s string) string {
	if s == "-" {
		return s
	}
	if isURL(strings.ToLower(s)) {
		u, err := url.Parse(s)
		if err != nil {
			return s
		}
		u.Scheme = strings.ToLower(u.Scheme)
		u.Host = strings.ToLower(u.Host)
		u.Fragment = ""
		u.RawFragment = ""
		return u.String()
	}
	return path.Clean(strings.ReplaceAll(s, `\`, "/"))
}
