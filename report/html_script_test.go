package report

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// jsHarness stands in for the few DOM calls the page script makes, runs
// the script, changes the filters and prints which elements are hidden.
const jsHarness = `
function el(attrs) {
  return { attrs: attrs, hidden: false, id: attrs.id || "", value: attrs.value || "",
    checked: !!attrs.checked, getAttribute: function (k) { return k in this.attrs ? this.attrs[k] : null; } };
}
var version = el({ id: "f-version" });
var changed = el({ id: "f-changed" });
var confidence = el({ id: "f-confidence", value: "0" });
var boxes = [el({ value: "number", checked: true }), el({ value: "moved" }), el({ value: "constructor", checked: true })];
var sections = [el({ id: "v1" }), el({ id: "v2" })];
var tagged = [el({ "data-facet": "number", "data-confidence": "0.95" }), el({ "data-facet": "moved" }),
  el({ "data-facet": "number", "data-confidence": "0.3" })];
var rows = [el({ "data-facets": "number moved" }), el({ "data-facets": "" }), el({ "data-facets": "moved" }), el({})];
var listener = null;
var form = {
  querySelectorAll: function (sel) { if (sel === "input.f-facet") { return boxes; } throw new Error("form selector " + sel); },
  addEventListener: function (ev, f) { if (ev !== "change") { throw new Error(ev); } listener = f; }
};
var byId = { "filters": form, "f-version": version, "f-changed": changed, "f-confidence": confidence };
var bySel = { "section.version": sections, "[data-facet]": tagged, "tr.row": rows };
globalThis.document = {
  getElementById: function (id) { return byId[id] || null; },
  querySelectorAll: function (sel) { if (!(sel in bySel)) { throw new Error("selector " + sel); } return bySel[sel]; }
};
function hidden(list) { return list.map(function (e) { return e.hidden ? "H" : "-"; }).join(""); }
(0, eval)(SCRIPT);
var out = [];
out.push("tagged " + hidden(tagged) + " rows " + hidden(rows) + " sections " + hidden(sections));
changed.checked = true; listener();
out.push("changed-only rows " + hidden(rows));
boxes[1].checked = true; listener();
out.push("moved on rows " + hidden(rows) + " tagged " + hidden(tagged));
version.value = "v2"; listener();
out.push("v2 sections " + hidden(sections));
confidence.value = "0.75"; listener();
out.push("high only tagged " + hidden(tagged));
boxes[0].checked = false; confidence.value = "0"; listener();
out.push("number off tagged " + hidden(tagged));
console.log(out.join("\n"));
`

func TestPageScript(t *testing.T) {
	node, err := exec.LookPath("node")
	if err != nil {
		t.Skip("node not installed")
	}
	src, err := json.Marshal(pageJS)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "harness.js")
	if err := os.WriteFile(path, []byte("var SCRIPT = "+string(src)+";\n"+jsHarness), 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.CommandContext(t.Context(), node, path).CombinedOutput()
	if err != nil {
		t.Fatalf("node: %v\n%s", err, out)
	}
	want := strings.Join([]string{
		"tagged -H- rows ---- sections --", // unchecked facet hidden, all rows shown
		"changed-only rows -HHH",           // rows without a checked facet hidden
		"moved on rows -H-H tagged ---",
		"v2 sections H-",
		"high only tagged --H",  // the low-confidence finding hidden, the unrated one kept
		"number off tagged H-H", // the facet filter still applies

	}, "\n")
	if got := strings.TrimSpace(string(out)); got != want {
		t.Errorf("filter behaviour:\n%s\nwant:\n%s", got, want)
	}
}
