package report

// pageTemplate is the html/template source of the page WriteHTML writes.
// Every value it inserts is escaped for its context; only pageCSS and
// pageJS, constants of this package, are inserted as they are.
const pageTemplate = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{{.CSP}}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="storydiff">
<title>{{.Title}}</title>
<style>{{.CSS}}</style>
</head>
<body>
<header>
<h1>{{.Title}}</h1>
<table class="sources">
<thead><tr><th></th><th>Source</th><th>Title</th><th>Fetched</th><th>Text</th></tr></thead>
<tbody>
<tr class="refsrc"><th scope="row">Reference</th>{{template "srccells" .Reference}}</tr>
{{- range .Versions}}
<tr><th scope="row"><a href="#{{.ID}}">[{{.N}}]</a></th>{{template "srccells" .Article}}</tr>
{{- end}}
</tbody>
</table>
{{- with .Errors}}
<section class="errors">
<h2>Sources that failed</h2>
<ul>
{{- range .}}
<li><span class="src">{{.Source}}</span>: {{.Error}}</li>
{{- end}}
</ul>
</section>
{{- end}}
<form id="filters" class="filters" autocomplete="off">
<label>Version <select id="f-version">
<option value="">All versions</option>
{{- range .Versions}}
<option value="{{.ID}}">[{{.N}}] {{.Article.Label}}</option>
{{- end}}
</select></label>
<fieldset><legend>Facets</legend>
{{- range .Facets}}
<label class="facet {{if .Material}}material{{else}}cosmetic{{end}}"><input type="checkbox" class="f-facet" value="{{.Name}}"{{if .Checked}} checked{{end}}> {{.Name}} ({{.Count}})</label>
{{- else}}
<span class="none">no divergences</span>
{{- end}}
</fieldset>
<label>Confidence <select id="f-confidence">
{{- range .Confidence}}
<option value="{{.Value}}"{{if .Selected}} selected{{end}}>{{.Label}}</option>
{{- end}}
</select></label>
<label><input type="checkbox" id="f-changed"> Only rows with a checked facet</label>
</form>
</header>
<main>
{{- with .Attributions}}
<section class="attributions" id="attributions">
<h2>Attributions</h2>
<p class="summary">{{$.AttributionCounts}}.</p>
<table class="attributions">
<thead><tr><th>Status</th><th>Outlet</th><th>Claim</th><th>Evidence</th><th>Detail</th></tr></thead>
<tbody>
{{- range .}}
<tr><td><span class="badge {{.Class}}">{{.Status}}</span></td><td>{{.Outlet}}</td><td class="text">{{.Claim}}</td>
<td class="text">{{.Evidence}}{{if .URL}}<br><a class="src" href="{{.URL}}" rel="noopener noreferrer">{{.Source}}</a>{{else if .Source}}<br><span class="src">{{.Source}}</span>{{end}}</td><td>{{.Detail}}</td></tr>
{{- end}}
</tbody>
</table>
</section>
{{- end}}
{{- range .Versions}}
<section class="version" id="{{.ID}}">
<h2>[{{.N}}] {{.Article.Label}}{{with .Article.Title}}: {{.}}{{end}}</h2>
<p class="summary">{{.Article.Words}} words, {{.Article.Paras}} paragraphs: {{.Ops}}.
{{- if .Material}} Material changes: {{len .Material}} ({{.Facets}}).{{else}} No material changes.{{end}}</p>
{{- with .FoundBy}}
<p class="meta">Found by {{.}}</p>
{{- end}}
{{- with .Article.Warnings}}
<p class="warning">Warning:{{range $i, $w := .}}{{if $i}};{{end}} {{$w}}{{end}}</p>
{{- end}}
<h3>Divergences</h3>
{{- if or .Material .Cosmetic}}
<table class="divergences">
<thead><tr><th>Kind</th><th>Facet</th><th>Confidence</th><th>Reference</th><th>Version</th><th>Detail</th><th>Where</th></tr></thead>
<tbody>
{{- range .Material}}{{template "div" .}}{{end}}
{{- range .Cosmetic}}{{template "div" .}}{{end}}
</tbody>
</table>
{{- else}}
<p class="none">No divergences.</p>
{{- end}}
<h3>Side by side</h3>
<table class="aligned">
<thead><tr><th class="num"></th><th>Reference</th><th class="op">Step</th><th class="num"></th><th>{{.Article.Label}}</th></tr></thead>
<tbody>
{{- range .Rows}}
<tr class="row op-{{.Op}}{{if .Ghost}} ghost{{end}}" id="{{.ID}}" data-facets="{{.Facets}}">
<td class="num">{{range .RefAnchors}}<a id="{{.}}"></a>{{end}}{{.RefNums}}</td>
<td class="text">{{if .Ghost}}{{if .RefNums}}<a href="{{.LinkHref}}">{{.LinkText}}</a>{{end}}{{else}}{{template "segs" .Ref}}{{end}}</td>
<td class="op"><span class="op-tag">{{.Op}}</span>
{{- range .Badges}} <span class="badge {{if .Material}}material{{else}}cosmetic{{end}}" data-facet="{{.Facet}}"{{with .Conf}} data-confidence="{{.}}"{{end}} title="{{.Detail}}"{{if .Hidden}} hidden{{end}}>{{.Facet}}</span>{{end}}
{{- if and .LinkHref (not .Ghost)}} <a class="movelink" href="{{.LinkHref}}">{{.LinkText}}</a>{{end}}</td>
<td class="num">{{range .VerAnchors}}<a id="{{.}}"></a>{{end}}{{.VerNums}}</td>
<td class="text">{{if .Ghost}}{{if .VerNums}}<a href="{{.LinkHref}}">{{.LinkText}}</a>{{end}}{{else}}{{template "segs" .Ver}}{{end}}</td>
</tr>
{{- end}}
</tbody>
</table>
</section>
{{- end}}
</main>
<footer><p>Made by storydiff. Deleted words are <del>struck through</del>, inserted words <ins>underlined</ins>.</p></footer>
<script>{{.JS}}</script>
</body>
</html>
{{define "srccells"}}<td>{{if .URL}}<a href="{{.URL}}" rel="noopener noreferrer">{{.Source}}</a>{{else}}{{.Source}}{{end}}</td><td>{{.Title}}{{with .Byline}}<br><span class="meta">by {{.}}</span>{{end}}{{with .Published}}<br><span class="meta">published {{.}}</span>{{end}}</td><td>{{.FetchedAt}}</td><td>{{.Words}} words, {{.Paras}} paragraphs{{range .Warnings}}<br><span class="warning">{{.}}</span>{{end}}</td>{{end}}
{{define "segs"}}{{range .}}{{if eq .Op "del"}}<del>{{.Text}}</del>{{else if eq .Op "ins"}}<ins>{{.Text}}</ins>{{else}}{{.Text}}{{end}}{{end}}{{end}}
{{define "div"}}
<tr class="{{if .Material}}material{{else}}cosmetic{{end}}" data-facet="{{.Facet}}"{{with .Conf}} data-confidence="{{.}}"{{end}}{{if .Hidden}} hidden{{end}}>
<td>{{.Kind}}</td><td><span class="badge {{if .Material}}material{{else}}cosmetic{{end}}">{{.Facet}}</span></td><td>{{.Confidence}}</td>
<td class="text">{{template "segs" .Ref}}</td><td class="text">{{template "segs" .Ver}}</td>
<td>{{.Detail}}</td><td>{{if .Href}}<a href="{{.Href}}">{{.Where}}</a>{{else}}{{.Where}}{{end}}</td>
</tr>
{{- end}}`

// pageCSS is the page's style sheet. It is hashed into the page's
// Content-Security-Policy, so it must not be built at run time.
const pageCSS = `
:root { color-scheme: light dark; --fg: #1f2328; --bg: #fff; --muted: #656d76; --line: #d0d7de;
  --del: #ffebe9; --del-fg: #82071e; --ins: #dafbe1; --ins-fg: #116329; --mat: #cf222e; --cos: #8c959f; --hl: #fff8c5; }
@media (prefers-color-scheme: dark) {
  :root { --fg: #e6edf3; --bg: #0d1117; --muted: #8d96a0; --line: #30363d;
    --del: #490202; --del-fg: #ffdcd7; --ins: #04260f; --ins-fg: #aff5b4; --mat: #f85149; --cos: #6e7681; --hl: #3b2e00; }
}
* { box-sizing: border-box; }
[hidden] { display: none !important; }
table.divergences:not(:has(tbody > tr:not([hidden]))), table.aligned:not(:has(tbody > tr:not([hidden]))) { display: none; }
body { margin: 0 auto; max-width: 1500px; padding: 1rem; color: var(--fg); background: var(--bg);
  font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; }
h1 { font-size: 1.4rem; margin: 0 0 .5rem; }
h2 { font-size: 1.2rem; margin: 2rem 0 .25rem; border-bottom: 1px solid var(--line); }
h3 { font-size: 1rem; margin: 1rem 0 .25rem; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid var(--line); padding: .3rem .5rem; vertical-align: top; text-align: left; }
td.text { white-space: pre-wrap; overflow-wrap: anywhere; }
table.aligned td.text { width: 45%; }
td.num, th.num { width: 3rem; color: var(--muted); font-size: .85em; white-space: nowrap; }
td.op, th.op { width: 9rem; font-size: .85em; }
.meta, .summary, .none, footer { color: var(--muted); }
.warning { color: var(--mat); }
.src { overflow-wrap: anywhere; }
del { background: var(--del); color: var(--del-fg); }
ins { background: var(--ins); color: var(--ins-fg); text-decoration: underline; }
.badge { display: inline-block; padding: 0 .4rem; margin: .1rem 0; border-radius: 1rem; font-size: .8em;
  color: #fff; background: var(--mat); }
.badge.cosmetic { background: var(--cos); }
.op-tag { font-family: ui-monospace, monospace; }
tr.op-same .op-tag { color: var(--muted); }
tr.ghost td { font-style: italic; color: var(--muted); }
tr:target { background: var(--hl); }
.filters { display: flex; flex-wrap: wrap; gap: .5rem 1.5rem; align-items: center; margin: 1rem 0; }
.filters fieldset { border: 1px solid var(--line); margin: 0; padding: .2rem .6rem; }
.filters label.facet { margin-right: .6rem; white-space: nowrap; }
.filters label.cosmetic { color: var(--muted); }
table.sources td, table.sources th { font-size: .9em; }
`

// pageJS is the page's script: the facet and version filters. It is
// hashed into the page's Content-Security-Policy, so it must not be built
// at run time.
const pageJS = `
(function () {
  "use strict";
  var form = document.getElementById("filters");
  if (!form) { return; }
  function apply() {
    var version = document.getElementById("f-version").value;
    var changedOnly = document.getElementById("f-changed").checked;
    var conf = document.getElementById("f-confidence");
    var min = conf ? parseFloat(conf.value) || 0 : 0;
    var on = Object.create(null);
    form.querySelectorAll("input.f-facet").forEach(function (c) { on[c.value] = c.checked; });
    document.querySelectorAll("section.version").forEach(function (s) {
      s.hidden = version !== "" && s.id !== version;
    });
    document.querySelectorAll("[data-facet]").forEach(function (e) {
      var c = e.getAttribute("data-confidence");
      e.hidden = !on[e.getAttribute("data-facet")] || (c !== null && parseFloat(c) < min);
    });
    document.querySelectorAll("tr.row").forEach(function (tr) {
      var facets = (tr.getAttribute("data-facets") || "").split(" ");
      tr.hidden = changedOnly && !facets.some(function (f) { return on[f]; });
    });
  }
  form.addEventListener("change", apply);
  apply();
})();
`
