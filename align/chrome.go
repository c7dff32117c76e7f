package align

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// addressLineRE matches a folded line that gives only e-mail addresses,
// closed perhaps by a wire's end marker: a reporter's address signing a
// wire copy ("mskim@yna.co.kr (END)").
var addressLineRE = regexp.MustCompile(`^(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+[ ,;/]*)+(?:\(?(?:end|ends|enditem|###)\)?\.?)?$`)

// chrome names the kind of site chrome sentence i of us (paragraphs'
// sentences in sents) is when the boilerplate patterns alone miss it, or
// returns "": a breadcrumb trail, a promotion headed by a capitalised
// label, a photo credit, a reporter's address, a section label, or a
// photo caption. A caption is a sentence without quotes that shares its
// paragraph with a photo credit ("Waves break over the sea wall. Photo:
// Coastwire"), or a short verbless line standing alone as a paragraph
// after the first ("Crowds at the open-air stage on Saturday night.").
func (c *comparer) chrome(us []unit, sents [][]int, i int) string {
	u := &us[i]
	if u.boiler {
		return ""
	}
	para := sents[u.para]
	// alone: no other sentence of its paragraph but chrome, or a time
	// stamp or an outlet's name, which are chrome themselves when alone
	// ("ARMENPRESS, Yerevan. Updated May 15"); judged once, when asked.
	aloneOf := int8(0) // 0 unknown, 1 alone, 2 not
	alone := func() bool {
		if aloneOf == 0 {
			aloneOf = 1
			if slices.ContainsFunc(para, func(j int) bool {
				return j != i && !us[j].boiler && !outletLine(us[j].raw) && !timeStamp(us[j].raw, us[j].fold)
			}) {
				aloneOf = 2
			}
		}
		return aloneOf == 1
	}
	switch {
	case breadcrumb(u.raw):
		return "breadcrumb"
	case labelPromo(u.raw):
		return "promotion"
	case photoCredit(u.fold):
		return "photo credit"
	case addressLineRE.MatchString(u.fold):
		return "reporter's address"
	case sectionLabel(u.fold):
		return "section label"
	case len(sents[u.para]) == 1 && bareLabel(u.raw):
		return "section label" // "ECONOMY", "World News", "Business & Finance"
	case timeStamp(u.raw, u.fold) && alone():
		// "September 2, 2026", "Tue, 3 March 2026 10:04 IST", alone or
		// after a byline ("By AFP. September 2, 2026").
		return "time stamp"
	}
	if mastheadBlock(u.raw) && c.beforeStory(us, i) {
		return "masthead" // "Home » World » Asia Quake hits …", "… | Updated: 3 May 2026 10:04 IST"
	}
	if len(sents[u.para]) == 1 && claimHeadline(u.raw) && c.beforeStory(us, i) {
		return "headline" // "Landlord 'kept £20k of tenants' deposits'"
	}
	if k := strings.LastIndexByte(u.fold, '('); k > 0 && photoCredit(u.fold[k:]) {
		return "photo caption" // "Crews at the scene (Photo: Fire Service)"
	}
	if captionCreditRE.MatchString(u.fold) {
		return "photo caption" // "Farmers block the motorway. — AFP"
	}
	// A line sharing its paragraph with a photo credit is the photo's
	// caption, even when it quotes a title ("A still from 'Dry
	// Season'. (Photo: IANS)"): a story's paragraph carries no credit.
	for _, j := range para {
		if j != i && photoCredit(us[j].fold) {
			return "photo caption"
		}
	}
	// A line with quote marks may quote someone; only then are its facts
	// read to find out.
	if strings.ContainsAny(u.raw, "\"“”«»„‘’'`") && len(c.factsOf(u).quotes) > 0 {
		return ""
	}
	if u.para > 0 && verbless(u.fold) && alone() {
		return "photo caption" // alone, or beside its credit: "… Slovakia, August 17, 2025. REUTERS"
	}
	if agencyCreditRE.MatchString(strings.TrimSpace(u.raw)) {
		return "agency credit" // "(PNA)", "(KNA)"
	}
	if namePlaceRE.MatchString(strings.TrimSpace(u.raw)) && len(para) == 1 && c.beforeLede(us, i) {
		return "byline" // "Kinley Dorji, Wangbarma": the reporter and where they filed from
	}
	if outletLine(u.raw) && alone() && c.beforeLede(us, i) {
		return "agency credit" // "AFP, Asuncion." above the story, alone or beside its time stamp
	}
	if len(para) > 1 && slices.ContainsFunc(para, func(j int) bool { return j != i && agencyCreditRE.MatchString(strings.TrimSpace(us[j].raw)) }) && alone() &&
		describesScene(u.raw, u.fold) && c.storyAfter(us, sents, u.para) {
		// "A farmer looks at locusts on a maize plant. (AFP)" between
		// the story's paragraphs: a photo and its credit. The wire's
		// credit closing the story's last paragraph is not one.
		return "photo caption"
	}
	if len(para) == 1 && loneDatelineRE.MatchString(strings.TrimSpace(u.raw)) {
		return "dateline" // "VIENTIANE –", "LAUNCESTON, Feb 15 -": a dateline set apart from its story
	}
	if len(para) == 1 && (signOff(u.raw) || creditCodes(u.raw) || u.para == len(sents)-1 && outletLine(u.raw)) {
		return "agency credit" // "— The Northern Press", "PTI ABC XYZ"
	}
	if len(para) > 1 && para[len(para)-1] == i && (strings.HasPrefix(strings.TrimSpace(u.raw), "(") || u.para == len(sents)-1) && creditCodes(u.raw) {
		// The wire's credit and desk codes closing the last paragraph
		// of the story: "… officials said. (PTI) ABC DE", or closing
		// the story without brackets: "… took shelter. PTI AB CD".
		return "agency credit"
	}
	if len(para) == 1 && u.para == len(sents)-1 && acronymLine(u.raw) {
		return "agency credit" // a closing "XNA" or "NNA": the wire's initials alone
	}
	if reportedFromRE.MatchString(strings.TrimSpace(u.raw)) {
		return "author note" // "Jo Lee reported from Nairobi."
	}
	if writerBeat(u.raw, u.fold) && c.writerNoteNear(us, sents, i) {
		// "Jo Lee covers health for the Courier." beside a line
		// telling how to reach her, or closing the article.
		return "author note"
	}
	if authorFollowRE.MatchString(u.fold) {
		// "She covers trade and markets." after "Jane Doe is our
		// business correspondent."
		for p := max(u.para-1, 0); p <= u.para; p++ {
			for _, j := range sents[p] {
				if j != i && authorNoteRE.MatchString(us[j].fold) {
					return "author note"
				}
			}
		}
	}
	if len(para) == 1 && headline(u.raw) && c.beforeStory(us, i) {
		return "headline"
	}
	return ""
}

// outletWord reports whether lower-cased word lw names news outlets
// ("press", "agency", "wire", "herald", "reuters", "correspondent").
func outletWord(lw string) bool {
	return outletWords[lw] || outletNames[lw] || creditWords[lw] || lw == "press" || lw == "agency" || lw == "wire" || lw == "roundup" || lw == "digest"
}

// fusedOutlet reports whether w is an agency's or paper's name written
// in capitals as one word with its outlet word: "ARMENPRESS", "AGERPRES".
// The word before the outlet word has four letters or more: "EXPRESS",
// "CYPRESS" and "HAYWIRE" are words of their own.
func fusedOutlet(w string) bool {
	if strings.ToUpper(w) != w {
		return false
	}
	lw := strings.ToLower(w)
	for _, suf := range []string{"press", "pres", "news", "wire"} {
		if p, ok := strings.CutSuffix(lw, suf); ok && len(p) >= 4 {
			return true
		}
	}
	return false
}

// signOff reports whether raw text is a closing sign-off: dashes and then
// the name of the agency or writer, one to five capitalised words ("— The
// Northern Press", "--KNA", "- Staff Reporter").
func signOff(raw string) bool {
	t := strings.TrimSpace(raw)
	rest := strings.TrimLeft(t, "-–—― ")
	if len(rest) == len(t) || rest == "" || len(rest) > 60 {
		return false
	}
	ws := strings.Fields(strings.TrimSuffix(rest, "."))
	if len(ws) > 5 {
		return false
	}
	for k, w := range ws {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) && !(k > 0 && (w == "and" || w == "&" || nameParticle(w))) || strings.ContainsAny(w, ",;:!?\"“”0123456789") {
			return false
		}
	}
	return true
}

// nameParticle reports whether lower-case word w joins the words of a
// name in a language of Europe: "de", "la", "von", or an elided article
// before a capital ("l'Orne", "d'Ivoire").
func nameParticle(w string) bool {
	if nameParticles[w] {
		return true
	}
	for _, el := range [...]string{"l'", "d'", "l’", "d’"} {
		if rest, ok := strings.CutPrefix(w, el); ok && unicode.IsUpper(firstRune(rest)) {
			return true
		}
	}
	return false
}

// nameParticles are the lower-case words inside names: those that join
// a name's words (nameJoiners) and more articles of the languages of
// Europe: "Courrier de l'Orne", "Gazzetta di Parma", "Stimme von Sachsen".
var nameParticles = union(nameJoiners, set(`des le les di del della dos das do den el y`))

// creditCodes reports whether raw text is an agency credit followed by
// the desk codes of its staff: "PTI ABC DEF".
func creditCodes(raw string) bool {
	ws := strings.Fields(strings.TrimSpace(raw))
	if len(ws) < 2 || len(ws) > 5 || !creditWords[strings.ToLower(strings.Trim(ws[0], "()[]."))] {
		return false
	}
	for _, w := range ws[1:] {
		if len(w) < 2 || len(w) > 4 || strings.ToUpper(w) != w || strings.ContainsAny(w, "0123456789.,;:") {
			return false
		}
	}
	return true
}

// acronymLine reports whether raw text is a lone word of two to five
// capital letters, such as the initials of a news agency closing its
// copy ("XNA").
func acronymLine(raw string) bool {
	t := strings.TrimSpace(strings.Trim(strings.TrimSpace(raw), "()[]-–—."))
	if len(t) < 2 || len(t) > 5 {
		return false
	}
	for _, r := range t {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	return true
}

// loneDatelineRE matches a dateline standing as a paragraph of its own,
// its place in capitals and its dash or colon at the end: "VIENTIANE –",
// "LAUNCESTON, Feb 15 -", "BRADES, Montserrat, CMC –".
var loneDatelineRE = regexp.MustCompile(`^\p{Lu}[\p{Lu} .'’-]{1,40}(?:, ?\p{Lu}[\pL .'’-]{1,40}){0,3}(?:,? (?:\p{Lu}[a-z]{2,8}\.? \d{1,2}|\d{1,2} \p{Lu}[a-z]{2,8}))?(?: \([^)]{2,20}\))?\s*[-–—:]$`)

// reportedFromRE matches a credit for reporting done elsewhere: "Jo Lee
// reported from Nairobi.", "Sam Oduya contributed reporting from Lagos."
var reportedFromRE = regexp.MustCompile(`^(?:\p{Lu}[\pL.'-]+ ){1,3}\p{Lu}[\pL.'-]+ (?:also )?(?:reported|contributed reporting|contributed) from (?:\p{Lu}[\pL.'-]+(?:,? |\.?$)){1,4}$`)

// outletLine reports whether raw text is only the name of a news outlet,
// or a writer's name and the outlet's: one to six capitalised words, one
// of them a word that names outlets ("The Northern Press", "Jo Lee,
// Valley Herald").
func outletLine(raw string) bool {
	t := strings.TrimSuffix(strings.TrimSpace(raw), ".")
	if strings.Count(t, ",")+strings.Count(t, "|") > 1 {
		return false
	}
	ws := strings.FieldsFunc(t, func(r rune) bool { return r == ' ' || r == ',' || r == '|' || r == '/' }) // "Vientiane Times/ANN"
	if len(ws) == 0 || len(ws) > 6 {
		return false
	}
	outlet := false
	for k, w := range ws {
		if k > 0 && (w == "of" || w == "and" || w == "&") {
			continue // "Press Trust of India"
		}
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) || strings.ContainsAny(w, ",;:!?\"“”0123456789") {
			return false
		}
		lw := strings.ToLower(w)
		outlet = outlet || outletWord(lw) || lw == "service" || fusedOutlet(w) || lw == "desk" && k == len(ws)-1
	}
	return outlet
}

// writerBeatRE matches a folded line giving a writer's beat and outlet:
// "jo lee covers health for the courier.", "sam oduya reports on courts at
// the gazette." The name, two to four words, is checked by writerBeat.
var writerBeatRE = regexp.MustCompile(`^([\pL.'-]+(?: [\pL.'-]+){1,3}) (covers|reports on|writes about|writes on) [^.!?;:]{1,80} (for|at) [^.!?;:]{1,40}\.?$`)

// writerBeat reports whether a sentence, raw and folded, is a writer's
// beat line: writerBeatRE with a capitalised name as its subject.
func writerBeat(raw, f string) bool {
	if !strings.Contains(f, " covers ") && !strings.Contains(f, " reports on ") && !strings.Contains(f, " writes ") {
		return false
	}
	m := writerBeatRE.FindStringSubmatch(f)
	if m == nil {
		return false
	}
	first, _, _ := strings.Cut(m[1], " ")
	if stopWords[first] || determinerWords[first] {
		return false
	}
	for _, w := range strings.Fields(raw)[:len(strings.Fields(m[1]))] {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// writerNoteNear reports whether sentence i of us (paragraphs' sentences
// in sents) stands where a note on the writer does: in the last
// paragraph, or beside a contact line or an author note in its own
// paragraph or the next.
func (c *comparer) writerNoteNear(us []unit, sents [][]int, i int) bool {
	p := us[i].para
	if p == len(sents)-1 {
		return true
	}
	for q := p; q <= p+1 && q < len(sents); q++ {
		for _, j := range sents[q] {
			if j != i && (contactLine(us[j].fold) || authorNoteRE.MatchString(us[j].fold)) {
				return true
			}
		}
	}
	return false
}

// leadingCrumbsRE finds a navigation trail opening a line: two or more
// capitalised segments of one to three words, each followed by a trail
// separator ("Home » Markets » Commodities …").
var leadingCrumbsRE = regexp.MustCompile(`^(?:\p{Lu}[\pL&'-]*(?: \p{Lu}[\pL&'-]*){0,2} [»›>/|] ){2,}`)

// pipedStampRE finds a page's byline fields closing a line: a publication
// or update stamp after a pipe ("PTI | Mumbai | Updated: 3 May 2026 10:04
// IST").
var pipedStampRE = regexp.MustCompile(`(?i)\| *(?:last )?(?:updated|published|posted)(?: on| at)?:? *[^|]{0,40}\d[^|]{0,30}$`)

// mastheadBlock reports whether raw text is the head of a web page that
// an extractor ran together into one paragraph: a navigation trail
// followed by the headline, or section, headline and byline fields ending
// in an update stamp. Neither shape opens a sentence of a story.
func mastheadBlock(raw string) bool {
	raw = strings.TrimSpace(raw)
	return leadingCrumbsRE.MatchString(raw) || pipedStampRE.MatchString(raw)
}

// agencyCreditRE matches a news agency's credit standing alone: a short
// acronym in brackets.
var agencyCreditRE = regexp.MustCompile(`^\(\s*[A-Z]{2,6}\s*\)\.?$`)

// beforeStory reports whether no sentence before sentence i of us (the
// reference's or the version's) is matched with the other side.
func (c *comparer) beforeStory(us []unit, i int) bool {
	matched := c.matchedOf(us)
	return !slices.Contains(matched[:i], true)
}

// matchedOf returns which sentences of us (the reference's or the
// version's) are matched with the other side.
func (c *comparer) matchedOf(us []unit) []bool {
	if len(us) > 0 && len(c.rs) > 0 && &us[0] == &c.rs[0] {
		return c.rMatched
	}
	return c.vMatched
}

// beforeLede reports whether sentence i of us comes before the story: no
// sentence before it but a headline is matched with the other side.
func (c *comparer) beforeLede(us []unit, i int) bool {
	matched := c.matchedOf(us)
	for j := range i {
		if matched[j] && !headline(us[j].raw) {
			return false
		}
	}
	return true
}

// describesScene reports whether a line, raw and folded, could be a
// photo's caption: short, in the present tense or without a verb,
// quoting no one, with no one saying anything, nothing denied and no
// figure but its date ("A farmer looks at locusts on a maize plant."). A
// story's sentence tells what happened: "Two patients died when a
// generator failed."
func describesScene(raw, f string) bool {
	if strings.ContainsAny(raw, "\"“”«»„") {
		return false
	}
	if loc := trailingDateRE.FindStringIndex(f); loc != nil {
		f = f[:loc[0]]
	}
	if strings.ContainsAny(f, "0123456789") {
		return false
	}
	ws := words(f)
	if len(ws) == 0 || len(ws) > 30 {
		return false
	}
	return !slices.ContainsFunc(ws, func(w string) bool {
		return negators[w] || speechVerbs[w] || looksLikeVerb(w) || pastOrFuture[w]
	})
}

// pastOrFuture are auxiliaries of a time other than a caption's present.
var pastOrFuture = set(`was were had did will would died is are has have remain remains depend depends`)

// storyAfter reports whether a paragraph after paragraph p of us (in
// sents) holds a story sentence, one matched with the other side: a line
// between the story's paragraphs, not after its end.
func (c *comparer) storyAfter(us []unit, sents [][]int, p int) bool {
	matched := c.matchedOf(us)
	for q := p + 1; q < len(sents); q++ {
		for _, j := range sents[q] {
			if matched[j] && !us[j].boiler {
				return true
			}
		}
	}
	return false
}

// headline reports whether raw text reads as a headline: a line of three
// to twenty words without quotes that does not end as a sentence does.
func headline(raw string) bool {
	t := strings.TrimSpace(raw)
	if t == "" || strings.ContainsAny(t, "\"“”") {
		return false
	}
	if r, _ := utf8.DecodeLastRuneInString(t); strings.ContainsRune(".!?:;,'’)", r) {
		return false
	}
	n := countWords(t)
	return n >= 3 && n <= 20
}

// claimHeadline reports whether raw text reads as a headline that puts
// the claim of its story in single quotes, as British and Australian
// papers do: a line of three to twenty words that ends with the quote it
// opened after a space, with no sentence end inside the quote ("Mayor
// 'misled council over bridge costs'"). A quoted sentence ends with its
// punctuation inside the quote or goes on to say who spoke.
func claimHeadline(raw string) bool {
	t := strings.TrimSpace(raw)
	if strings.ContainsAny(t, "\"“”") {
		return false
	}
	body, ok := strings.CutSuffix(t, "'")
	if !ok {
		if body, ok = strings.CutSuffix(t, "’"); !ok {
			return false
		}
	}
	open := max(strings.LastIndex(body, " '"), strings.LastIndex(body, " ‘"))
	if open < 0 {
		return false
	}
	if r, _ := utf8.DecodeLastRuneInString(body); strings.ContainsRune(".!?:;,", r) {
		return false
	}
	n := countWords(t)
	return n >= 3 && n <= 20
}

// verbless reports whether a folded sentence of 4 to 25 words, without
// digits or negators, that places something (“at”, “in”, “on”, “during”
// …) has no word that looks like a finite verb: no auxiliary or modal,
// no past tense, no common present-tense verb. Story sentences state
// something; a verbless line that places a scene is a caption.
func verbless(f string) bool {
	if loc := trailingDateRE.FindStringIndex(f); loc != nil && loc[0] > 0 {
		f = f[:loc[0]] // "Rescue workers at the crash site, August 17, 2025."
	}
	if strings.ContainsAny(f, "0123456789") {
		return false
	}
	ws := words(f)
	if len(ws) < 4 || len(ws) > 25 {
		return false
	}
	placed := false
	for k, w := range ws {
		if finiteWords[w] || speechVerbs[w] || negators[w] {
			return false
		}
		placed = placed || scenePrepositions[w]
		if k == 0 || determinerWords[ws[k-1]] {
			// A caption opens with a noun ("Rescue workers at …");
			// after a determiner a verb-like word is a modifier.
			continue
		}
		if looksLikeVerb(w) || len(verbSynonyms[w]) > 0 && !strings.HasSuffix(w, "ing") {
			return false
		}
	}
	return placed
}

// scenePrepositions place the scene of a photo caption.
var scenePrepositions = set(`at in on during outside inside near beside after before`)

// finiteWords are auxiliaries, modals, pronoun subjects and common
// present-tense verbs: a sentence with one of them is not a bare caption.
var finiteWords = set(`is are was were be been am has have had do does did will would shall should can could may
might must he she they we i you it who which that this these those remains remain continues continue says
say stands stand lies lie sits sit looks look seems seem appears appear gets get goes go comes come makes
make takes take gives give shows show becomes become wants want needs need plans plan expects expect
hopes hope faces face warns warn calls call leads lead keeps keep holds hold runs run sees see knows know
thinks think believes believe tells tell`)

// bareLabel reports whether raw text is a paragraph of one to three words
// with neither digits nor punctuation to end a sentence: a section's name
// or a subheading set between paragraphs ("ECONOMY", "Technology",
// "Business & Finance"), which states no claim.
func bareLabel(raw string) bool {
	ws := strings.Fields(raw)
	if len(ws) == 0 || len(ws) > 3 || len(raw) > 60 {
		return false
	}
	for _, w := range ws {
		if w == "&" {
			continue
		}
		for _, r := range w {
			if !unicode.IsLetter(r) && r != '-' && r != '\'' && r != '’' {
				return false
			}
		}
	}
	return true
}

// dateLineRE matches folded text that is a page's time stamp on a line of
// its own: a date, with its weekday and time or not ("September 2, 2026",
// "Tue, 3 March 2026 10:04 IST"), the time first or not ("14:05 BST, 23
// May 2025"), labelled or not ("Published …", "Last updated: …"), or
// after a byline or agency ("By dpa news agency, 13 March 2025, 18:05",
// "By Jo Lee, The Associated Press Posted May 13, 2025 at 4:12 AM",
// "Reuters - Sunday, August 17, 2025 3:05 PM", "By Nusantara Times Staff
// Thursday, 10 April 2025 - 17:05 WITA").
var dateLineRE = regexp.MustCompile(`^((by [^.;:!?]{2,80}?|[a-z][a-z .&'-]{1,30} [-–—|/])[ ,]+)?((first |last )?(published|updated|posted|modified)( on| at)? ?:? )?` +
	`(` + stampTime + `,? )?((mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\.?,? )?` +
	`(` + dayDate + `|\d{4}-\d\d-\d\d|\d{1,2}/\d{1,2}/\d{4}|\d{1,2}\.\d{1,2}\.\d{4}|` + labelledDay + `)` +
	`(([.,]? |,? [-–—|·] )` + stampTime + `)?\.?$`)

// trailingDateRE matches the date a photo caption ends with, after a
// comma: ", August 17, 2025.", ", 17 August 2025". A date after "on"
// tells when something happens: "Counting begins on 15 July 2024."
var trailingDateRE = regexp.MustCompile(`, (` + dayDate + `)\.?$`)

// labelledDay is a stamp's day without its year, which only its label
// tells from story text: "Updated May 15", "Published: 3 Jan" (and
// labelledStamp reads the label before a time: "Published 11:05, 17
// April").
const labelledDay = `(?:(?:first |last )?(?:published|updated|posted|modified)(?: on| at)?:? )(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.? \d{1,2}|` +
	`(?:(?:first |last )?(?:published|updated|posted|modified)(?: on| at)?:? )\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?`

// dayDate is a date with its day, month and year: "August 17, 2025", "17
// Aug. 2025".
const dayDate = `(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.? \d{1,2},? \d{4}|\d{1,2} (jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?,? \d{4}`

// timeStamp reports whether a line, raw and folded (f), is a time stamp
// (dateLineRE) and, if it opens with "by", a byline before it rather
// than a story sentence ending in a date ("By law, the election must be
// held by August 9, 2027", "By contrast, the last vote was held on …"):
// the words before the stamp name someone, with no verb among them but
// in a name ("The Associated Press").
func timeStamp(raw, f string) bool {
	if !dateLineRE.MatchString(f) && !weekdayStamp(raw, f) {
		// "Reuters Tue, February 18, 2025 at 2:14 PM GMT+1": a wire's
		// name before its stamp.
		if w, rest, ok := strings.Cut(f, " "); ok && creditWords[strings.TrimSuffix(w, ",")] && w != "advertisement" && dateLineRE.MatchString(rest) {
			return true // (also after a comma: "dpa, 3 September 2025, 14:27 CEST")
		}
		return strippedStampRE.MatchString(f)
	}
	if !strings.HasPrefix(f, "by ") {
		return true
	}
	if byTime(f) {
		return false
	}
	for _, w := range strings.Fields(raw)[1:] {
		lw := strings.ToLower(strings.Trim(w, ",.;:"))
		if stampLabels[lw] || months[lw] != 0 || weekdays[lw] || unicode.IsDigit(firstRune(lw)) {
			break
		}
		if unicode.IsUpper(firstRune(w)) {
			continue // a name
		}
		if finiteWords[lw] || auxiliaryWords[lw] || looksLikeVerb(lw) || scenePrepositions[lw] {
			return false
		}
	}
	return true
}

// strippedStampRE matches a folded stamp whose figures a broken feed
// stripped, after its label: "published april , , : gmt", "updated sept
// , , : pm".
var strippedStampRE = regexp.MustCompile(`^(?:(?:first |last )?(?:published|updated|posted|modified)(?: on| at)? ?:? )(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6},? )?` +
	`(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?[ ,:/.-]*(?:am|pm|a\.m\.|p\.m\.)?(?: [a-z]{2,4})?$`)

// weekdayStampRE matches folded text that is a time stamp giving a
// weekday and a time but no date, after an agency or a label or not:
// "Associated Press · Wednesday 14:06 BST", "Updated Tuesday 9:40 am".
var weekdayStampRE = regexp.MustCompile(`^(([a-z][a-z .&'-]{1,30}) [-–—|/·•] ?)?((published|updated|posted)(:| on| at)? )?(mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6},? ` + stampTime + `\.?$`)

// weekdayStamp reports whether a line, raw and folded (f), is a stamp of
// weekdayStampRE whose words before the separator, if any, name an
// outlet ("Associated Press · Wednesday 14:06 BST"), not an event
// ("Polls close — Sunday at 8:00 pm").
func weekdayStamp(raw, f string) bool {
	m := weekdayStampRE.FindStringSubmatch(f)
	if m == nil {
		return false
	}
	if m[2] == "" {
		return true
	}
	// The outlet's words as the page wrote them: folding changes the
	// separator ("—" is "-"), not the words before it.
	n, rw := len(strings.Fields(m[2])), strings.Fields(raw)
	return n < len(rw) && outletLine(strings.Join(rw[:n], " "))
}

// stampLabels open the time stamp after a byline: "… Posted May 13".
var stampLabels = set(`published updated posted modified first last`)

// stampTime is the time of a time stamp: "at 10:04 pm IST", "18:05".
const stampTime = `(at )?\d{1,2}[:.]\d\d(:\d\d)?( ?(am|pm|a\.m\.|p\.m\.))?( [a-z]{2,4}([+-]\d{1,2}(:\d\d)?)?)?`

// captionCreditRE matches folded text ending, after its last sentence, in
// a dash and the credit of a picture or news agency: a photo's caption
// ("Farmers block the A62 motorway. — AFP", "Rescuers search the rubble.
// - Reuters/Jo Lee"). A story's sentence never ends so.
var captionCreditRE = regexp.MustCompile(`[.!?]["'”’)]? ?[-–—]{1,2} ?(afp|reuters|ap|epa|ani|pti|ians|xinhua|anadolu|getty images|bloomberg|aap|efe|dpa|kyodo|yonhap|bernama|ansa|pa|unb|bss|nan|photo|file photo|supplied|handout)(/[a-z .'-]{2,40})?( photo)?\.?$`)

// statesNothing reports whether a line, raw and folded, reports nothing
// that happened: no figure, no quote, no negation, nothing said, no past
// tense, no pronoun subject, auxiliary, modal or common verb in the
// present (finiteWords) but "is", "are" and a verb calling on the reader
// first. A copier's lines standing alone between a story's paragraphs
// are of this kind: photo
// captions in the present tense ("Vendors arrange sacks of rice at a
// market"), photo credits ("AFP FILE PHOTO"), calls to follow the site
// ("Get the latest news on our channel"), links to other stories ("Read
// next: Coach praises display"). A paragraph a later take of the wire
// added states an event ("The council opened …") or a figure.
func statesNothing(raw, f string) bool {
	if loc := trailingDateRE.FindStringIndex(f); loc != nil && loc[0] > 0 {
		// "Rescuers search the canyon near Split, August 9, 2025.": the
		// photo's date is no figure of the story.
		f = f[:loc[0]]
		if loc := trailingDateRE.FindStringIndex(strings.ToLower(strings.TrimSpace(raw))); loc != nil {
			raw = strings.TrimSpace(raw)[:loc[0]]
		}
	}
	if strings.ContainsAny(raw, "0123456789\"“”«»„") || listItem(raw) {
		return false // a figure, a quote, an item added to a list
	}
	// A word like a verb written with a capital after a preposition is
	// a place: "near Split". "Governor Will Ainsworth will tour", "Mayor
	// Ana Ruiz Has Resigned" and "from May" keep their verbs and dates.
	names := make(map[string]bool)
	fields := strings.Fields(raw)
	for i := 1; i < len(fields); i++ {
		w, prev := fields[i], strings.ToLower(fields[i-1])
		if lw := strings.ToLower(strings.Trim(w, ",.;:")); unicode.IsUpper(firstRune(w)) && scenePrepositions[prev] &&
			months[lw] == 0 && !weekdays[lw] {
			names[lw] = true
		}
	}
	ws := words(f)
	if len(ws) == 0 || len(ws) > 25 {
		return false
	}
	if strings.HasSuffix(strings.TrimSpace(raw), "?") && !strings.Contains(f, "story") && !strings.Contains(f, "article") {
		return false // "Will the government step in now?" asks of the news
	}
	for k, w := range ws {
		// A line opening with a verb is a call to the reader ("Get the
		// latest news on our channel"), not a claim; an auxiliary
		// opens a question.
		imperative := k == 0 && !subjectPronouns[w] && !auxiliaryWords[w]
		if names[w] {
			continue
		}
		if w != "is" && w != "are" && !imperative && finiteWords[w] || negators[w] || speechVerbs[w] || looksLikeVerb(w) {
			return false
		}
	}
	for _, p := range negatorPhrases {
		if strings.Contains(f, p) {
			return false // "Pryce denies all the charges."
		}
	}
	return true
}

// subjectPronouns open a sentence that states something of someone.
var subjectPronouns = set(`he she they we i you it who which that this these those there`)

// listItem reports whether raw text opens with a list marker: a dash,
// bullet or asterisk and a space ("- free parking for residents").
func listItem(raw string) bool {
	t := strings.TrimSpace(raw)
	for _, m := range []string{"- ", "• ", "* ", "– ", "— ", "· "} {
		if strings.HasPrefix(t, m) {
			return true
		}
	}
	return false
}

// auxiliaryWords are the auxiliaries and modals, which no call to the
// reader opens with.
var auxiliaryWords = set(`is are was were be been am has have had do does did will would shall should can could may might must`)

// namePlaceRE matches a byline of a reporter's name and the place filed
// from, alone on a line: "Kinley Dorji, Wangbarma".
var namePlaceRE = regexp.MustCompile(`^\p{Lu}[\pL.'’-]+(?: \p{Lu}[\pL.'’-]+){1,2}, \p{Lu}[\pL'’-]+(?: \p{Lu}[\pL'’-]+)?$`)

// metaLabelRE finds the labels of a page's meta line: "Published:",
// "Last Updated:", "Source:", "Editor:".
var metaLabelRE = regexp.MustCompile(`(?i)\b(?:(?:first |last )?(?:published|updated|posted|modified|issued)(?: on)?|source|editor|edited by|written by|reporter|author|photo|credit)s?:\s*`)

// metaSepRE splits a page's meta line into its fields: "Xinhua ⋅ 12
// Feb", "PTI | Updated …", "Daily Mining Courier / Mining / May 21, 2024"
// (a slash between spaces; "24/7" is no separator), "Pacific Islands Wire
// — Staff reporter — 12 March" (a dash between spaces).
var metaSepRE = regexp.MustCompile(`\s*[⋅·•|]\s*|\s+[/—–-]\s+`)

// bareStampRE matches a folded field that is a date or time alone, the
// year left out: "12 feb, 19:05", "jun 08, 11:41 pm ist", "15:40 gmt".
var bareStampRE = regexp.MustCompile(`^(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6},? )?(?:(?:\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?|` +
	`\d{1,2}[/.-]\d{1,2}[/.-]\d{4}(?: -)?|(?:0[1-9]|[12]\d|3[01])/(?:0[1-9]|1[0-2])|` +
	`(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.? \d{1,2})(?:,? \d{4})?(?:,? ` + stampTime + `)?|` + stampTime + `)(?:,? (?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6})?\.?$`)

// timeFirstStampRE matches a folded field that is a time and then the
// day, the year left out: "16:20, 14 may", "9.05am, tuesday 3 june".
var timeFirstStampRE = regexp.MustCompile(`^` + stampTime + `,? (?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6},? )?` + stampMonthDay + `(?:,? \d{4})?$`)

// stampMonthDay matches a day of the month and its month, either way
// round, in a folded stamp: "14 may", "jun 08".
const stampMonthDay = `(?:\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.? \d{1,2})`

// creditStamp reports whether raw line s is a credit run into the page's
// time stamps: a byline, an outlet's name or a staff credit, a comma or
// nothing, and then one or more labelled stamps ("Hina, published 17
// January 10:24", "Kate Delaney Updated November 2 2025 - 4:55pm, first
// published 3:41pm", "Staff report, posted 3:08 PM CDT Thursday"). The
// credit's capitals tell it from a sentence's subject, and each stamp
// must be a stamp to its end.
func creditStamp(s string) bool {
	s = strings.TrimSpace(s)
	if len(s) > 160 {
		return false
	}
	at := stampLabelRE.FindAllStringIndex(s, -1)
	if len(at) == 0 || at[0][0] == 0 {
		return false
	}
	credit := strings.TrimSuffix(strings.TrimSpace(s[:at[0][0]]), ",")
	if !nameField(credit) && !staffByline(credit) {
		return false
	}
	for k, a := range at {
		end := len(s)
		if k+1 < len(at) {
			end = at[k+1][0]
		}
		f := strings.ToLower(Fold(strings.TrimSuffix(strings.TrimSpace(s[a[0]:end]), ",")))
		if !labelledStamp(f) && !isBoilerFolded(f) {
			return false
		}
	}
	return true
}

// stampLabelled is creditStamp's cheap test on the folded line f: one of
// the labels among its words.
func stampLabelled(f string) bool {
	return len(f) <= 160 && (strings.Contains(f, "published") || strings.Contains(f, "updated") || strings.Contains(f, "posted") || strings.Contains(f, "modified"))
}

// stampLabelRE finds the label of a page's time stamp in a raw line.
var stampLabelRE = regexp.MustCompile(`(?i)\b(?:(?:first|last) )?(?:published|updated|posted|modified)\b`)

// metaLine reports whether a raw line is a page's meta line: fields
// apart by dots or bars, or opened by labels, each an outlet, a byline,
// a date or time, or a labelled value ("By Associated Press Reporter
// Published: 15:12 GMT, Tuesday ⋅ Updated: 15:40 GMT", "Source: Xinhua ⋅
// Editor: M. Ndlovu ⋅ 12 Feb, 19:05"). A story sentence has a verb
// among its words; these fields have none.
func metaLine(raw string) bool {
	raw = strings.TrimSpace(raw)
	if len(raw) > 200 || !metaSeparated(raw) && !labelBeforeColon(raw) {
		return false
	}
	// Each label opens a field of its own.
	marked := metaLabelRE.ReplaceAllStringFunc(raw, func(l string) string { return "\x00" + strings.TrimSpace(l) })
	labelled := strings.Contains(marked, "\x00")
	fields, stamped, dated, calendar, clocked, bylined, worded, section, timeFirst := 0, false, false, false, false, false, false, false, false
	credited := false  // a field opens "By …"
	var names []string // fields that only name something, judged last
	for _, part := range metaSepRE.Split(marked, -1) {
		for _, f := range strings.Split(part, "\x00") {
			f = strings.TrimSpace(f)
			if f == "" {
				continue
			}
			fields++
			section = section || sectionField(f)
			switch {
			case timeFirstStampRE.MatchString(strings.ToLower(strings.TrimSuffix(f, "."))):
				// "16:20, 14 May": a stamp only beside a byline or a
				// label (judged below), where an event's fact box
				// ("Vigil · 19:00, 4 July · Richmond") has neither.
				timeFirst, dated, calendar, clocked = true, true, true, true
			case metaField(f):
				bylined = bylined || staffByline(f)
				credited = credited || len(f) > 3 && strings.EqualFold(f[:3], "by ")
				wordLabelled := wordLabelledStamp(strings.ToLower(strings.TrimSuffix(f, ".")))
				worded = worded || wordLabelled
				if stampField(f) {
					dated = true
					day := calendarDay(f)
					calendar = calendar || day
					clocked = clocked || day && minuteRE.MatchString(f)
					// "Posted Fri, 14 Mar 2025" is labelled as surely
					// as "Posted: 14 Mar 2025".
					stamped = stamped || wordLabelled || metaLabelRE.MatchString(f)
				}
			case nameField(f):
				names = append(names, f)
			default:
				return false
			}
		}
	}
	// An outlet's or a section's name stands in a meta line beside its
	// labelled stamp: "Caribbean Wire Service | Updated Sept 12, 2025,
	// 3:14 PM"; beside a bare date only a one-word name ("BalticWire ·
	// Health · 25 March 2025", "STA | 26.05.2025 | 17:32"): "Registration
	// Deadline · 31 March 2025" is a fact box's.
	if len(names) > 0 && !dated {
		return false
	}
	if timeFirst && !bylined && !credited && !labelled && !worded {
		return false
	}
	// Fields apart by dashes only are a meta line's when one is a
	// staff byline or a labelled stamp: "Referendum - 4 May" and "12
	// March - Walkout by nursing staff" are a fact box's or a
	// timeline's.
	if dashesOnly(raw) && !bylined && !stamped && !worded && !labelled {
		return false
	}
	// "Prague Today Online | Health | 15 August 2025": a name of more
	// words beside a section's one word and a day of the calendar, the
	// outlet's ("Kickoff · National Stadium · 19:00" is a fact box's).
	sectioned := fields >= 3 && calendar && section
	// "Pacific Islands Wire — Staff reporter — 12 March": beside the
	// byline of its staff and a day of the calendar, the outlet's name.
	sectioned = sectioned || bylined && calendar && fields >= 3
	for _, n := range names {
		if !stamped && !sectioned && len(strings.Fields(n)) > 1 && !outletLine(n) && !masthead(n) && !(clocked && onlineMasthead(n)) {
			return false
		}
	}
	return fields >= 2 || labelled && fields == 1
}

// onlineMasthead reports whether name n is a news site's ending "Online",
// which a meta line gives beside the day and minute it published ("Lakes
// & Borders Online · 29 Apr 2025, 16:20"); "Applications Open Online"
// and "Registration Opens Online" are a fact box's, a verb among the
// words.
func onlineMasthead(n string) bool {
	ln := strings.ToLower(n)
	return strings.HasSuffix(ln, " online") && !slices.ContainsFunc(words(ln), knownVerb)
}

// minuteRE finds a time of day in figures in a meta field: "16:20", "6.40".
var minuteRE = regexp.MustCompile(`\b\d{1,2}[:.]\d\d\b`)

// dashesOnly reports whether the fields of meta line s stand apart by
// dashes alone.
func dashesOnly(s string) bool {
	return !strings.ContainsAny(s, "|⋅·•") && !strings.Contains(s, " / ")
}

// masthead reports whether name n ends in a word that ends the names of
// news sites and papers besides outletWords: "WestAfrica Today", "Gulf
// Insider", "Southern Star Newswire".
func masthead(n string) bool {
	ws := strings.Fields(strings.ToLower(n))
	return len(ws) > 1 && mastheadEnds[ws[len(ws)-1]]
}

// mastheadEnds end the names of news sites and papers.
var mastheadEnds = set(`today weekly insider digital daily newswire`)

// staffByline reports whether meta field f credits the outlet's own
// staff, not a person by name: "staff reporter", "by our
// correspondent", "news desk", "By Pago Pago Herald staff".
func staffByline(f string) bool {
	return staffBylineRE.MatchString(strings.ToLower(f)) || outletStaffRE.MatchString(f)
}

// staffBylineRE matches a byline crediting an outlet's staff.
var staffBylineRE = regexp.MustCompile(`^(by )?(a |the |our )?((staff|special|own|senior|political|foreign|local) )?(reporter|correspondent|writer|journalist|desk|news desk|web desk|staff)s?$|^(from )?staff reports?$`)

// outletStaffRE matches, in raw text, a byline crediting a named
// outlet's staff: "By Pago Pago Herald staff", "Outre-Mer Sport staff".
var outletStaffRE = regexp.MustCompile(`^(?:[Bb]y )?(?:\p{Lu}[\pL0-9.'&-]*(?: |-)){1,4}(?:staff|staff reporters?|news desk|web desk|desk)$`)

// permissionNotice reports whether folded meta field f says on what
// terms the copy is run: "republished with permission".
func permissionNotice(f string) bool {
	return permissionRE.MatchString(f)
}

// permissionRE matches a note that a copy runs with its owner's leave.
var permissionRE = regexp.MustCompile(`^` + permissionPattern + `$`)

// permissionPattern matches, in folded text, a note that a copy runs
// with its owner's leave: "republished with kind permission of The Fiji
// Times", "republished with permission from El Heraldo del Valle, Salta",
// "reposted with permission", "republished under licence".
const permissionPattern = `(re-?published|re-?posted|reprinted|reproduced) (here )?(with (kind |the )?permission|under (a )?licen[cs]e)( (of|from) [a-z .,'&-]{1,60})?`

// syndicationFieldRE matches a meta field that says where the copy comes
// from: "syndicated content", "partner feed", "wire copy".
var syndicationFieldRE = regexp.MustCompile(`^(syndicated|shared|partner|sponsored|wire|agency)( (content|copy|story|feed))?$`)

// shareFieldRE matches a field of a page's share bar: "Share: Facebook",
// "X", "WhatsApp", "Copy link".
var shareFieldRE = regexp.MustCompile(`^(share( this( article| story| page)?)?( on)?:? )?(facebook|x|twitter|whatsapp|linkedin|email|e-mail|telegram|reddit|pinterest|messenger|bluesky|threads|copy link|print)$`)

// stampField reports whether meta field f gives a day or a time.
func stampField(f string) bool {
	if m := metaLabelRE.FindStringIndex(f); m != nil && m[0] == 0 {
		f = strings.TrimSpace(f[m[1]:])
		if f != "" && strings.Trim(f, "/.:,- ") == "" {
			return true // "Published: // :": a stamp whose digits a broken feed stripped
		}
	}
	lv := strings.ToLower(strings.TrimSuffix(f, "."))
	return lv != "" && (bareStampRE.MatchString(lv) || dateLineRE.MatchString(lv) || weekdayStampRE.MatchString(lv) || wordLabelledStamp(lv))
}

// wordLabelledStamp reports whether folded meta field f is a bare stamp
// after its label's word without a colon: "updated 14:05", "published
// 12 sep".
func wordLabelledStamp(f string) bool {
	for _, l := range [...]string{"published ", "updated ", "posted ", "modified ", "last updated "} {
		if rest, ok := strings.CutPrefix(f, l); ok {
			rest = strings.TrimPrefix(strings.TrimPrefix(rest, "on "), "at ")
			return bareStampRE.MatchString(rest)
		}
	}
	return false
}

// sectionWords name the sections of a news site: "Health", "Politics".
var sectionWords = set(`news health politics business sport sports world local national regional opinion science
technology tech economy culture entertainment lifestyle environment education crime travel markets finance africa asia
europe americas pacific caribbean weather nation region service`)

// sectionField reports whether meta field f names a section of a site:
// one or two words of sectionWords ("Health", "Regional News").
func sectionField(f string) bool {
	ws := strings.Fields(strings.ToLower(f))
	if len(ws) == 0 || len(ws) > 2 {
		return false
	}
	for _, w := range ws {
		if !sectionWords[w] {
			return false
		}
	}
	return true
}

// calendarDay reports whether meta field f names a month or a year, not
// only a time of day.
func calendarDay(f string) bool {
	for _, w := range strings.Fields(strings.ToLower(f)) {
		w = strings.Trim(w, ",.")
		if months[w] != 0 || len(w) == 4 && strings.Trim(w, "0123456789") == "" || numericDayRE.MatchString(w) {
			return true
		}
	}
	return false
}

// numericDayRE matches a day of the calendar in figures: "14.06.2024",
// "3/11/2025".
var numericDayRE = regexp.MustCompile(`^\d{1,2}[/.-]\d{1,2}[/.-]\d{4}$`)

// nameField reports whether f only names something: up to four words,
// each capitalised but the words that join a name's, no figures.
func nameField(f string) bool {
	ws := strings.Fields(f)
	if len(ws) == 0 || len(ws) > 4 {
		return false
	}
	for k, w := range ws {
		if k > 0 && k < len(ws)-1 && (w == "&" || w == "and" || nameParticle(w)) {
			continue // "Lakes & Borders Online", "Voice of Kent"
		}
		if !unicode.IsUpper(firstRune(w)) || strings.ContainsAny(w, ";:!?\"“”0123456789") {
			return false
		}
	}
	return true
}

// metaSeparated reports whether s has a separator of metaSepRE: a bar
// or a dot between fields, or a slash or a dash between spaces (searched
// in one pass over the bytes).
func metaSeparated(s string) bool {
	spaced := func(i, n int) bool { return i > 0 && s[i-1] == ' ' && i+n < len(s) && s[i+n] == ' ' }
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '|':
			return true
		case '/', '-': // " / ", " - "
			if spaced(i, 1) {
				return true
			}
		case 0xC2: // "·" is C2 B7
			if i+1 < len(s) && s[i+1] == 0xB7 {
				return true
			}
		case 0xE2: // "⋅" E2 8B 85, "•" E2 80 A2, " — " E2 80 94, " – " E2 80 93
			if i+2 < len(s) {
				b1, b2 := s[i+1], s[i+2]
				if b1 == 0x8B && b2 == 0x85 || b1 == 0x80 && b2 == 0xA2 || b1 == 0x80 && (b2 == 0x94 || b2 == 0x93) && spaced(i, 3) {
					return true
				}
			}
		}
	}
	return false
}

// labelBeforeColon reports whether a word of metaLabelRE's labels stands
// right before a colon in s: the cheap test before the pattern.
func labelBeforeColon(s string) bool {
	for k := 0; ; {
		i := strings.IndexByte(s[k:], ':')
		if i < 0 {
			return false
		}
		i += k
		// The label's last word is the run of letters before the colon,
		// whatever stands before it (metaLabelRE's \b): "Roe\u00a0Updated:",
		// "Reuters\tSource:".
		j := i
		for j > 0 && isASCIIAlnum(s[j-1]) {
			j--
		}
		if metaLabels[strings.ToLower(s[j:i])] {
			return true
		}
		k = i + 1
	}
}

// metaLabels are the last words of metaLabelRE's labels.
var metaLabels = set(`published updated posted modified issued on source sources editor editors by reporter reporters author
authors photo photos credit credits`)

// metaField reports whether f is one field of a meta line (see metaLine).
func metaField(f string) bool {
	value := f
	label := ""
	if m := metaLabelRE.FindStringIndex(f); m != nil && m[0] == 0 {
		label, value = strings.ToLower(strings.TrimSpace(f[:m[1]])), strings.TrimSpace(f[m[1]:])
	}
	lv := strings.ToLower(strings.TrimSuffix(value, "."))
	if value == "" {
		return label != ""
	}
	stamp := bareStampRE.MatchString(lv) || dateLineRE.MatchString(lv) || weekdayStampRE.MatchString(lv) || wordLabelledStamp(lv) ||
		label != "" && strings.Trim(lv, "/.:,- ") == "" || // "Published: // :": its digits stripped by a broken feed
		strippedStampRE.MatchString(lv) // "Updated Sept , , : PM"
	switch {
	case strings.Contains(label, "published") || strings.Contains(label, "updated") || strings.Contains(label, "posted") || strings.Contains(label, "modified") || strings.Contains(label, "issued"):
		return stamp
	case stamp || outletLine(value) || label == "" && (staffByline(strings.TrimSuffix(value, ".")) || permissionNotice(lv) || syndicationFieldRE.MatchString(lv) || shareFieldRE.MatchString(lv)):
		return true
	}
	// A name: "By Associated Press Reporter", "Source: Xinhua", "Editor:
	// M. Ndlovu".
	ws := strings.Fields(value)
	if len(ws) > 0 && strings.EqualFold(ws[0], "by") && label == "" {
		ws = ws[1:]
	} else if label == "" {
		return false
	}
	if len(ws) == 0 || len(ws) > 6 {
		return false
	}
	for k, w := range ws {
		if k > 0 && (w == "of" || w == "and" || w == "&" || w == "the") {
			continue
		}
		if !unicode.IsUpper(firstRune(w)) || strings.ContainsAny(w, ";!?\"“”0123456789") {
			return false
		}
	}
	return true
}
