package report

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"github.com/storydiff/storydiff/align"
)

// compareSchemaValidator compiles the embedded schema.
func compareSchemaValidator(t *testing.T) *jsonschema.Schema {
	t.Helper()
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(CompareSchema()))
	if err != nil {
		t.Fatalf("schema is not JSON: %v", err)
	}
	c := jsonschema.NewCompiler()
	c.DefaultDraft(jsonschema.Draft2020)
	c.AssertFormat()
	const url = "https://github.com/storydiff/storydiff/report/schema/compare.v1.schema.json"
	if err := c.AddResource(url, doc); err != nil {
		t.Fatal(err)
	}
	s, err := c.Compile(url)
	if err != nil {
		t.Fatalf("compiling the schema: %v", err)
	}
	return s
}

func TestWriteJSONValidates(t *testing.T) {
	s := compareSchemaValidator(t)
	// Facets come from align, not from pages; the schema restricts them.
	hostile := hostileReport()
	for i := range hostile.Versions[0].Comparison.Divergences {
		hostile.Versions[0].Comparison.Divergences[i].Facet = align.FacetWording
	}
	reports := map[string]Report{
		"sample":  sampleReport(),
		"hostile": hostile,
		"empty":   {},
		"nil lists": {Versions: []Version{{Comparison: align.Comparison{
			Alignment: []align.Link{{Op: align.OpAdded, Ver: []int{0}}},
		}}}},
	}
	for name, r := range reports {
		var b bytes.Buffer
		if err := WriteJSON(&b, r); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		v, err := jsonschema.UnmarshalJSON(&b)
		if err != nil {
			t.Fatalf("%s: output is not JSON: %v", name, err)
		}
		if err := s.Validate(v); err != nil {
			t.Errorf("%s: output does not validate: %v", name, err)
		}
	}
}

func TestSchemaRejects(t *testing.T) {
	// The schema must be strict enough to catch broken output.
	s := compareSchemaValidator(t)
	var b bytes.Buffer
	if err := WriteJSON(&b, sampleReport()); err != nil {
		t.Fatal(err)
	}
	good := b.String()
	tests := []struct{ name, old, new string }{
		{"wrong schema id", `"storydiff.compare/v1"`, `"storydiff.compare/v2"`},
		{"unknown op", `"op": "moved"`, `"op": "shuffled"`},
		{"null list", `"errors": [`, `"errors": null, "x": [`},
		{"negative index", `"ref_para": 0`, `"ref_para": -1`},
		{"string index", `"ver_para": 4`, `"ver_para": "4"`},
		{"unknown kind", `"kind": "added"`, `"kind": "inserted"`},
		{"same with two paragraphs", `"op": "same",
          "ref": [
            1
          ]`, `"op": "same",
          "ref": [
            1, 2
          ]`},
	}
	for _, tt := range tests {
		bad := strings.Replace(good, tt.old, tt.new, 1)
		if bad == good {
			t.Fatalf("%s: %q not found in output", tt.name, tt.old)
		}
		v, err := jsonschema.UnmarshalJSON(strings.NewReader(bad))
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		if s.Validate(v) == nil {
			t.Errorf("%s: schema accepts it", tt.name)
		}
	}
}

func TestWriteJSONShape(t *testing.T) {
	var b bytes.Buffer
	if err := WriteJSON(&b, sampleReport()); err != nil {
		t.Fatal(err)
	}
	var got struct {
		Schema   string `json:"schema"`
		Versions []struct {
			Title       string            `json:"title"`
			FetchedAt   string            `json:"fetched_at"`
			Alignment   []json.RawMessage `json:"alignment"`
			Divergences []struct {
				Kind    string `json:"kind"`
				RefPara *int   `json:"ref_para"`
				VerPara *int   `json:"ver_para"`
				RefText string `json:"ref_text"`
			} `json:"divergences"`
			Summary struct {
				Ops       map[string]int `json:"ops"`
				Truncated bool           `json:"truncated"`
			} `json:"summary"`
		} `json:"versions"`
		Errors []SourceError `json:"errors"`
	}
	if err := json.Unmarshal(b.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	if got.Schema != SchemaID {
		t.Errorf("schema = %q", got.Schema)
	}
	v := got.Versions[0]
	if v.FetchedAt != "2025-11-20T14:05:02Z" {
		t.Errorf("fetched_at = %q", v.FetchedAt)
	}
	for _, d := range v.Divergences {
		switch d.Kind {
		case "added":
			if d.RefPara != nil || d.VerPara == nil {
				t.Errorf("added: ref_para %v, ver_para %v; want null and a number", d.RefPara, d.VerPara)
			}
		case "dropped":
			if d.VerPara != nil || d.RefPara == nil {
				t.Errorf("dropped: ref_para %v, ver_para %v; want a number and null", d.RefPara, d.VerPara)
			}
		}
	}
	if len(v.Summary.Ops) != 7 || v.Summary.Ops["moved"] != 1 || v.Summary.Ops["split"] != 0 {
		t.Errorf("ops = %v, want all seven operations", v.Summary.Ops)
	}
	if !got.Versions[1].Summary.Truncated {
		t.Error("truncated lost")
	}
	if len(got.Errors) != 1 || got.Errors[0].Error != "fetch: 403 Forbidden" {
		t.Errorf("errors = %v", got.Errors)
	}
}

func TestWriteJSONEmptyLists(t *testing.T) {
	var b bytes.Buffer
	r := Report{Versions: []Version{{}}}
	if err := WriteJSON(&b, r); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(b.String(), "null") {
		t.Errorf("output has null:\n%s", b.String())
	}
	for _, key := range []string{`"paragraphs": []`, `"alignment": []`, `"divergences": []`, `"errors": []`, `"material": {}`} {
		if !strings.Contains(b.String(), key) {
			t.Errorf("output lacks %s", key)
		}
	}
}

func TestWriteJSONKeepsText(t *testing.T) {
	// JSON carries the text as extracted: consumers get the exact
	// strings, escaped by JSON rules only.
	r := hostileReport()
	var b bytes.Buffer
	if err := WriteJSON(&b, r); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(b.String(), "<script>") || strings.Contains(b.String(), "\x1b") {
		t.Error("raw markup or escape character in JSON output")
	}
	var got struct {
		Reference struct {
			Title string `json:"title"`
		} `json:"reference"`
	}
	if err := json.Unmarshal(b.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	if got.Reference.Title != r.Reference.Title {
		t.Errorf("title = %q, want %q", got.Reference.Title, r.Reference.Title)
	}
}

func TestCompareSchemaCopy(t *testing.T) {
	a := CompareSchema()
	a[0] = 'x'
	if CompareSchema()[0] == 'x' {
		t.Error("CompareSchema returns the package's own slice")
	}
}
