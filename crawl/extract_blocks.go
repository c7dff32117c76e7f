package crawl

import (
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// blockKind classifies a block of extracted text.
type blockKind int

const (
	blockPara blockKind = iota
	blockHeading
	blockItem    // list item
	blockQuote   // blockquote
	blockCaption // figcaption or caption
	blockCell    // table cell
)

// block is one paragraph-like run of text taken from an HTML subtree.
type block struct {
	kind blockKind
	text string
	// linked is the share of the text inside links, from 0 to 1.
	linked float64
}

// isBlockAtom reports whether elements with tag a start a new block.
func isBlockAtom(a atom.Atom) bool {
	switch a {
	case atom.P, atom.Div, atom.Section, atom.Article, atom.Main, atom.Aside,
		atom.Header, atom.Footer, atom.Nav, atom.Figure, atom.Figcaption,
		atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6,
		atom.Ul, atom.Ol, atom.Li, atom.Dl, atom.Dt, atom.Dd,
		atom.Blockquote, atom.Pre, atom.Table, atom.Tr, atom.Td, atom.Th,
		atom.Caption, atom.Hr, atom.Address, atom.Details, atom.Summary,
		atom.Form, atom.Fieldset, atom.Center, atom.Body, atom.Html:
		return true
	}
	return false
}

// skipAtom reports whether the subtree of an element with tag a holds no
// readable text.
func skipAtom(a atom.Atom) bool {
	switch a {
	case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Svg,
		atom.Iframe, atom.Object, atom.Embed, atom.Canvas, atom.Head,
		atom.Select, atom.Option, atom.Button, atom.Input, atom.Textarea,
		atom.Math, atom.Audio, atom.Video, atom.Picture, atom.Img:
		return true
	}
	return false
}

// blocksOf splits the text under n into blocks, one per paragraph-like
// element. Whitespace inside a block is collapsed; empty blocks are dropped.
func blocksOf(n *html.Node) []block {
	var (
		out    []block
		buf    strings.Builder
		kind   = blockPara
		linked int // bytes of buf inside links
		inLink int // depth of enclosing links
	)
	flush := func() {
		if t := collapseSpace(buf.String()); t != "" {
			lt := float64(linked) / float64(max(1, len(strings.TrimSpace(buf.String()))))
			out = append(out, block{kind: kind, text: t, linked: min(lt, 1)})
		}
		buf.Reset()
		kind = blockPara
		linked = 0
	}
	var walk func(*html.Node, blockKind)
	walk = func(n *html.Node, inherited blockKind) {
		switch n.Type {
		case html.TextNode:
			if buf.Len() == 0 {
				kind = inherited
			}
			if inLink > 0 {
				linked += len(strings.TrimSpace(n.Data))
			}
			buf.WriteString(n.Data)
			return
		case html.ElementNode:
			if skipAtom(tagAtom(n)) || hiddenElement(n) {
				return
			}
			if tagAtom(n) == atom.Br {
				flush()
				return
			}
		case html.DocumentNode:
		default:
			return
		}
		isBlock := n.Type == html.ElementNode && isBlockAtom(tagAtom(n))
		k := inherited
		switch tagAtom(n) {
		case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
			k = blockHeading
		case atom.Li, atom.Dd, atom.Dt:
			k = blockItem
		case atom.Blockquote:
			k = blockQuote
		case atom.Figcaption, atom.Caption:
			k = blockCaption
		case atom.Td, atom.Th:
			k = blockCell
		}
		if isBlock {
			flush()
		}
		isLink := n.Type == html.ElementNode && tagAtom(n) == atom.A
		if isLink {
			inLink++
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, k)
		}
		if isLink {
			inLink--
		}
		if isBlock {
			flush()
		}
	}
	walk(n, blockPara)
	flush()
	return out
}

// hiddenElement reports whether n is hidden from readers by markup.
func hiddenElement(n *html.Node) bool {
	for _, a := range n.Attr {
		switch a.Key {
		case "hidden":
			return true
		case "aria-hidden":
			if a.Val == "true" {
				return true
			}
		case "style":
			s := strings.ReplaceAll(strings.ToLower(a.Val), " ", "")
			if strings.Contains(s, "display:none") || strings.Contains(s, "visibility:hidden") {
				return true
			}
		}
	}
	return false
}

// collapseSpace replaces each run of white space (including non-breaking
// and zero-width spaces) in s by one space and trims both ends.
func collapseSpace(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		if unicode.IsSpace(r) || r == '\u00a0' || r == '\u200b' || r == '\ufeff' {
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}

// textOf returns the collapsed text content of n.
func textOf(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
			return
		}
		if n.Type == html.ElementNode && (skipAtom(tagAtom(n)) || isHidden(n)) {
			return
		}
		if n.Type == html.ElementNode && isBlockAtom(tagAtom(n)) {
			b.WriteByte(' ')
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		if n.Type == html.ElementNode && (isBlockAtom(tagAtom(n)) || tagAtom(n) == atom.Br) {
			b.WriteByte(' ')
		}
	}
	walk(n)
	return collapseSpace(b.String())
}

// isHidden reports whether element n is hidden from readers by its
// markup: the hidden attribute, aria-hidden="true", or an inline style
// with display:none or visibility:hidden.
func isHidden(n *html.Node) bool {
	for _, a := range n.Attr {
		switch strings.ToLower(a.Key) {
		case "hidden":
			return true
		case "aria-hidden":
			if strings.EqualFold(strings.TrimSpace(a.Val), "true") {
				return true
			}
		case "style":
			st := strings.ToLower(strings.Join(strings.Fields(a.Val), ""))
			if strings.Contains(st, "display:none") || strings.Contains(st, "visibility:hidden") {
				return true
			}
		}
	}
	return false
}

// tagAtom returns the atom of element n, looking it up from the tag name
// when the node was built without one (as extractors do).
func tagAtom(n *html.Node) atom.Atom {
	if n.DataAtom != 0 {
		return n.DataAtom
	}
	return atom.Lookup([]byte(strings.ToLower(n.Data)))
}

// linkListMaxWords is the length up to which a paragraph made of link
// text is taken for a cross link to another page.
const linkListMaxWords = 25

// dropLinkParagraphs removes short paragraphs and list items that are all
// link text: related-story links set between or after article paragraphs.
func dropLinkParagraphs(bs []block) []block {
	out := bs[:0:0]
	for _, b := range bs {
		// A bare URL names a source; keep it.
		bare := strings.HasPrefix(b.text, "http://") || strings.HasPrefix(b.text, "https://") || strings.HasPrefix(b.text, "www.")
		if b.linked >= 0.9 && !bare && b.kind != blockHeading && len(wordTokens(b.text)) <= linkListMaxWords {
			continue
		}
		out = append(out, b)
	}
	return out
}

// dropCaptions removes figure and table captions.
func dropCaptions(bs []block) []block {
	out := bs[:0:0]
	for _, b := range bs {
		if b.kind != blockCaption {
			out = append(out, b)
		}
	}
	return out
}
