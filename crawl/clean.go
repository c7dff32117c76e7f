package crawl

import (
	"fmt"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// chromeMaxWords is the length up to which a paragraph that matches a
// chrome pattern is dropped; longer paragraphs are taken to be article
// text that merely mentions such words.
const chromeMaxWords = 40

// labelEnd matches what ends a label such as "Related:" or "READ MORE |".
const labelEnd = `\s*(?:[:|»›]|\s[-–—])`

var (
	// chromeStart matches paragraphs that open like site chrome: cross
	// links, share and subscription prompts, ad labels.
	chromeStart = regexp.MustCompile(`(?i)^(?:` +
		`related(?: articles?| stories| coverage| news| content| topics| links| reading| posts?)?` + labelEnd +
		`|(?:also|read|see|watch|listen)(?: also| more| next| now| this| too)?` + labelEnd +
		`|(?:also read|read more|read next|see more|see also|more from|more on this|more stories|recommended(?: for you| stories| reading)?|must read|trending now|you (?:may|might) (?:also )?like|editor[’']?s picks?|top stories|latest news)\b` +
		`|don[’']?t miss` +
		`|(?:order reprints|print article|text size|by)\s*$` +
		`|write to .{1,80}@` +
		`|(?:advertisement|advert|sponsored(?: content)?|story continues below|continue reading(?: below)?|article continues below|scroll to continue)\b` +
		`|(?:share|share this(?: article| story| post)?|share on \w+|tweet|email|print|comments?)\s*$` +
		`|(?:like this (?:story|article)|enjoyed this (?:story|article))\b` +
		`|(?:updated|published|posted|last updated|first published)\s*(?:on|at|:)?\s*[\d:]` +
		`|(?:photo|image|picture|video|file photo)(?: credit)?\s*:` +
		`|\((?:image|photo|picture)s?(?: credit)?\s*:` +
		`|(?:tags|topics|filed under|categories)\s*:` +
		`)`)
	// chromeAnywhere matches prompts that mark a short paragraph as chrome
	// wherever they occur in it.
	chromeAnywhere = regexp.MustCompile(`(?i)(?:` +
		`\bclick here\b|\btap here\b` +
		`|\bfollow (?:us|him|her|them|me)(?: on| at| @)|\bfollow @\w` +
		`|\b(?:sign up|subscribe|register)\b.{0,80}\b(?:newsletters?|inbox|updates|alerts)\b` +
		`|\b(?:newsletters?|alerts)\b.{0,60}\b(?:sign up|subscribe)\b` +
		`|\bget the latest\b.{0,60}\binbox\b` +
		`|\bdelivered (?:to|right to|straight to) your inbox\b` +
		`|\bshare (?:it|this) with (?:a|your) friends?\b` +
		`|\bdownload (?:the|our) (?:\w+ )?app\b|\bget the \w+(?: \w+)? app\b` +
		`|\bunlock exclusive\b|\bpremium access\b|\bmember only benefits\b` +
		`|\bthis slideshow requires javascript\b` +
		`)`)
	// shortcode matches WordPress-style shortcodes left in text.
	shortcode = regexp.MustCompile(`\[/?[a-z_]{2,20}(?:\s[^\[\]]{0,300})?\]`)
	// disclaimerParen matches a parenthesised syndication disclaimer.
	disclaimerParen = regexp.MustCompile(`(?i)\((?:[^()]{0,300}?)(?:syndicated feed|published as received|auto-generated from|has not been edited by|assumes no responsibility|agency feed|wire feed)(?:[^()]{0,300}?)\)`)
	// disclaimerPara matches a paragraph that is a syndication or legal
	// disclaimer.
	disclaimerPara = regexp.MustCompile(`(?i)^(?:disclaimer\s*[:\-–—]` +
		`|.{0,200}\b(?:syndicated feed|published as received|auto-generated from a|has not been edited by (?:\w+ ){0,4}staff|assumes no responsibility or liability)\b)`)
	// creditLine matches the staff credits that close wire copy.
	creditLine = regexp.MustCompile(`(?i)^(?:\(?(?:additional )?(?:reporting|writing|editing|compiled|produced|edited) by\b|\(?with inputs from\b|\(?\w+ (?:bureau|desk)\b)|;\s*editing by\b`)
	// trailingCredit matches a short parenthesised credit ending a
	// paragraph, such as "(ANI)".
	trailingCredit = regexp.MustCompile(`\s*\([^()]{1,60}\)$`)
	// paywall matches prompts shown where a paywall cuts the article.
	paywall = regexp.MustCompile(`(?i)(?:subscribe (?:now )?to (?:continue|keep) reading|(?:subscribe|subscription|subscriber|member|sign in|log in)\b[^.]{0,40}\bto continue reading|continue reading (?:this|the full) (?:article|story)|(?:already a subscriber|already have an account)\??\s*(?:sign|log) in|this (?:article|story|content) is (?:for|available to|reserved for) (?:paid |premium )?(?:subscribers|members)|subscribers only|to read the full (?:article|story)|(?:sign|log) in to (?:read|continue)|you have reached your (?:free )?(?:article|story) limit)`)
)

// months matches English month names and their abbreviations.
const months = `(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`

var (
	// datelineAgency matches the part of a news-agency dateline after the
	// place: "[US], November 20 (ANI):" or ", Nov 20 (PTI) -".
	datelineAgency = regexp.MustCompile(`^(?:\s*\[[^\]\n]{1,40}\])?,?\s+` + months + `\s+\d{1,2}(?:,\s*\d{4})?\s*\([A-Z][A-Za-z]{1,14}\)\s*[:\-–—]`)
	// datelineWire matches the part of a wire dateline after the place:
	// " (Reuters) -".
	datelineWire = regexp.MustCompile(`^(?:,\s*[A-Z][A-Za-z.]+(?:\s[A-Z][A-Za-z.]+)?)?\s*\((?:Reuters|AP|AFP|Bloomberg|ANI|PTI|IANS|UNI|dpa|Xinhua|CNN|UPI|EFE|ANSA|Kyodo|Yonhap|TASS|WAM|SPA)\)\s*[-–—:]`)
	// placeWord matches one word of a dateline place, such as "New",
	// "Delhi", "WASHINGTON" or "St.".
	placeWord = regexp.MustCompile(`[A-Z][\p{L}.'’-]*$`)
)

// datelineParas is the number of leading paragraphs searched for a
// dateline.
const datelineParas = 3

// cleanParagraphs removes site chrome and syndication boilerplate from
// extracted paragraphs, repairs promos glued to a dateline, and drops
// paragraphs that repeat the title. It returns the kept paragraphs and
// warnings about the text, such as a paywall prompt.
func cleanParagraphs(paras []string, title string) ([]string, []string) {
	var (
		out      []string
		warnings []string
	)
	nTitle := strings.Join(wordTokens(title), " ")
	seenDateline := false
	for i, p := range paras {
		p = collapseSpace(shortcode.ReplaceAllString(p, " "))
		p = collapseSpace(disclaimerParen.ReplaceAllString(p, " "))
		// Datelines open an article: look only at its first paragraphs.
		if !seenDateline && i < datelineParas {
			if q, ok := cutBeforeDateline(p); ok {
				p = q
				seenDateline = true
			}
		}
		if p == "" {
			continue
		}
		if m := paywall.FindString(p); m != "" && len(wordTokens(p)) <= chromeMaxWords {
			warnings = append(warnings, fmt.Sprintf("truncated: paywall prompt %q", m))
			continue
		}
		if isChrome(p) || disclaimerPara.MatchString(p) {
			continue
		}
		if nTitle != "" && strings.Join(wordTokens(p), " ") == nTitle {
			continue
		}
		if len(out) == 0 && i+1 < len(paras) && isSectionLabel(p) {
			continue
		}
		out = append(out, p)
	}
	return out, warnings
}

// isSectionLabel reports whether p looks like a section label or kicker
// ("World", "Business News") rather than text: at most three words of
// letters only. Such a line before the first paragraph of text belongs to
// the page's navigation, not to the article.
func isSectionLabel(p string) bool {
	words := strings.Fields(p)
	if len(words) == 0 || len(words) > 3 {
		return false
	}
	for _, r := range p {
		if !unicode.IsLetter(r) && r != ' ' {
			return false
		}
	}
	return true
}

// isChrome reports whether paragraph p is site chrome rather than article
// text.
func isChrome(p string) bool {
	words := len(wordTokens(p))
	if words == 0 {
		return true
	}
	if words > chromeMaxWords {
		return false
	}
	return chromeStart.MatchString(p) || chromeAnywhere.MatchString(p)
}

// cutBeforeDateline finds a news-agency dateline ("Washington [US],
// November 20 (ANI):", "LONDON (Reuters) -") in p that does not start the
// paragraph and removes the text before it: a promo or label glued to the
// dateline by the page layout. It reports whether p has a dateline.
func cutBeforeDateline(p string) (string, bool) {
	for i := 0; i < len(p) && i < 600; i++ {
		c := p[i]
		if c != '[' && c != ',' && c != ' ' && c != '(' {
			continue
		}
		rest := p[i:]
		if !datelineAgency.MatchString(rest) && !datelineWire.MatchString(rest) {
			continue
		}
		start := placeStart(p[:i])
		if start < 0 {
			continue
		}
		if start == 0 {
			return p, true
		}
		prefix := strings.TrimSpace(p[:start])
		glued := !strings.HasSuffix(p[:start], " ")
		if glued || !endsSentence(prefix) || isChrome(prefix) {
			return p[start:], true
		}
		return p, true
	}
	return p, false
}

// placeStart returns the byte offset where the dateline place that ends s
// begins: up to three capitalised words, the first of which may be glued
// to preceding text ("BenefitsWashington"). It returns -1 when s does not
// end with a capitalised word.
func placeStart(s string) int {
	end := len(s)
	start := -1
	for range 3 {
		loc := placeWord.FindStringIndex(s[:end])
		if loc == nil {
			break
		}
		if k := camelSplit(s[loc[0]:loc[1]]); k > 0 {
			return loc[0] + k
		}
		start = loc[0]
		if start == 0 || s[start-1] != ' ' {
			break
		}
		end = start - 1
		r, _ := utf8.DecodeLastRuneInString(s[:end])
		if !unicode.IsLetter(r) && r != '.' {
			break
		}
	}
	return start
}

// camelSplit returns the offset of the last capital letter in word that
// directly follows a lower-case letter, as where a promo is glued to a
// place name ("BenefitsWashington"), or 0 when there is none.
func camelSplit(word string) int {
	at := 0
	var prev rune
	for i, r := range word {
		if i > 0 && unicode.IsUpper(r) && unicode.IsLower(prev) {
			at = i
		}
		prev = r
	}
	return at
}

// truncationWarnings returns warnings when the body looks cut short by a
// paywall or teaser: the last paragraph ends mid-sentence or with an
// ellipsis.
func truncationWarnings(paras []string) []string {
	// Wire copy ends with credit lines ("Reporting by …; Editing by …").
	for len(paras) > 0 && creditLine.MatchString(paras[len(paras)-1]) && len(wordTokens(paras[len(paras)-1])) <= chromeMaxWords {
		paras = paras[:len(paras)-1]
	}
	if len(paras) == 0 {
		return nil
	}
	last := strings.TrimSpace(paras[len(paras)-1])
	// A closing credit such as "(ANI)" or "(With inputs from agencies)"
	// follows the last sentence.
	last = strings.TrimSpace(trailingCredit.ReplaceAllString(last, ""))
	trimmed := strings.TrimRight(last, " \"'”’»)]")
	switch {
	case strings.HasSuffix(trimmed, "...") || strings.HasSuffix(trimmed, "…"):
		return []string{"truncated: body ends with an ellipsis"}
	case len(wordTokens(last)) >= 8 && !endsSentence(last) && !strings.HasSuffix(trimmed, ":"):
		return []string{"truncated: body ends mid-sentence"}
	}
	return nil
}

// dropTitleHeadings removes leading headings that repeat the title.
func dropTitleHeadings(bs []block, title string) []block {
	nt := strings.Join(wordTokens(title), " ")
	for len(bs) > 0 && bs[0].kind == blockHeading {
		h := strings.Join(wordTokens(bs[0].text), " ")
		if nt == "" || h == "" || !(strings.Contains(nt, h) || strings.Contains(h, nt)) {
			break
		}
		bs = bs[1:]
	}
	return bs
}
