package align

import (
	"regexp"
	"slices"
	"strings"
	"testing"
)

// Tests of session 7's work: the cheap tests on the hot paths of
// preparation must answer exactly as the slow tests they stand in for.

func TestSubstringsIn(t *testing.T) {
	set := newSubstrings([]string{"edited by", "©", "feed", "sign up", ""})
	for _, c := range []struct {
		text string
		want bool
	}{
		{"this story was edited by our desk", true},
		{"© example news agency", true},
		{"auto-generated from a syndicated feed", true},
		{"sign up for the newsletter", true},
		{"the council fed the data to the board", false},
		{"edited in haste", false},
		{"sign upstairs", true}, // a substring, as strings.Contains finds it
		{"", false},
		{"fee", false},
	} {
		if got := set.in(c.text); got != c.want {
			t.Errorf("in(%q) = %v, want %v", c.text, got, c.want)
		}
		if got := slices.ContainsFunc([]string{"edited by", "©", "feed", "sign up"}, func(sub string) bool { return strings.Contains(c.text, sub) }); got != c.want {
			t.Errorf("strings.Contains finds %v in %q: the table is wrong", got, c.text)
		}
	}
}

func TestHasSeparator(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"by ap · cairo", true},
		{"edited by sam lee | updated on mar 3", true},
		{"reuters • 2 min read", true},
		{"a café’s owner said", false}, // other two- and three-byte letters
		{"prices rose 2°c", false},
		{"the price fell to £3", false},
		{"a\xc2", false}, // a cut sequence
		{"a\xe2\x80", false},
		{"", false},
	} {
		if got := hasSeparator(c.text); got != c.want {
			t.Errorf("hasSeparator(%q) = %v, want %v", c.text, got, c.want)
		}
		if slow := strings.ContainsAny(c.text, "|·•"); slow != c.want {
			t.Errorf("ContainsAny(%q) = %v: the table is wrong", c.text, slow)
		}
	}
}

// TestBoilerHintSkipsOnlyWhatItChecked holds boilerHint to its meaning:
// a line is chrome by the line tests allowed by its process words, or by
// isBoilerFolded. The hint skips the line tests it has already run; an
// accented line must still meet them in its unaccented form.
func TestBoilerHintSkipsOnlyWhatItChecked(t *testing.T) {
	lines := []string{
		"reporting by lucía ferrándiz; editing by ana ruiz",
		"josé garcía, staff writer",                  // a role byline only once unaccented
		"this story is auto-published from the wire", // a process notice the patterns miss
		"(this copy is unedited)",
		"reporting by jo lee; editing by sam cox",
		"(reporting by jo lee; editing by sam cox)",
		"this article was generated from an automated news agency feed without modifications to text.",
		"this story has not been edited by our staff and is published from a syndicated feed.",
		"by ap · cairo · last updated: 14 july 2025",
		"© example news agency",
		"photo: reuters",
		"the ministry said the bridge would reopen on friday.",
		"more follows",
		"josé garcía, the editor, has been criticised by the board.",
		"subscribe to our newsletter for the latest updates.",
	}
	chrome := 0
	for _, f := range lines {
		for _, process := range []int{0, 1, 2} {
			want := chromeLine(f, process >= 2) || isBoilerFolded(f)
			if got := boilerHint(f, true, process); got != want {
				t.Errorf("boilerHint(%q, process %d) = %v, want %v", f, process, got, want)
			}
			if want {
				chrome++
			}
		}
	}
	if chrome == 0 || chrome == 3*len(lines) {
		t.Fatalf("the table holds %d chrome judgements of %d: it tests nothing", chrome, 3*len(lines))
	}
}

func FuzzBoilerHint(f *testing.F) {
	for _, s := range []string{"reporting by lucía ferrándiz", "by ap · cairo", "© agency", "the bridge reopened.",
		"this article was auto-published from a syndicated feed."} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		fold := Fold(s)
		for _, process := range []int{0, 2} {
			want := chromeLine(fold, process >= 2) || isBoilerFolded(fold)
			if got := boilerHint(fold, true, process); got != want {
				t.Errorf("boilerHint(%q, %d) = %v, want %v", fold, process, got, want)
			}
		}
		if hasSeparator(s) != strings.ContainsAny(s, "|·•") {
			t.Errorf("hasSeparator(%q) disagrees with ContainsAny", s)
		}
	})
}

// TestLedPatterns holds the cheap guards of the number patterns to the
// patterns: a guard may skip only tokens its pattern cannot match.
func TestLedPatterns(t *testing.T) {
	tokens := []string{"6pm", "2.30am", "10:30", "18", "-3c", "44.7c", "30°f", "rs40", "ksh500", "r2", "k27.90",
		"r250,000", "p12-million", "n5bn", "vnd300", "kes1,500", "a380", "m25", "march", "", "-", "2025", "£3"}
	digit := []*regexp.Regexp{clockRE, hourRE, degreeRE}
	letter := []*regexp.Regexp{gluedCurrencyRE, pricedLetterRE, groupedLetterRE, scaledCurrencyRE, isoGluedRE}
	matched := 0
	for _, w := range tokens {
		for _, re := range digit {
			want := re.FindStringSubmatch(w)
			if got := digitLed(w, re); len(got) != len(want) {
				t.Errorf("digitLed(%q, %s) = %q, want %q", w, re, got, want)
			} else if want != nil {
				matched++
			}
		}
		for _, re := range letter {
			want := re.FindStringSubmatch(w)
			if got := letterLed(w, re); len(got) != len(want) {
				t.Errorf("letterLed(%q, %s) = %q, want %q", w, re, got, want)
			} else if want != nil {
				matched++
			}
		}
	}
	if matched < 10 {
		t.Errorf("only %d matches: the tokens test too little", matched)
	}
}

// TestCurrencyKeyOfCode holds the codes and abbreviations of currencies
// without a symbol to the keys of their written-out names, so that "SAR
// 2.8 billion", "SR2.8 billion" and "2.8 billion riyals" compare equal.
func TestCurrencyKeyOfCode(t *testing.T) {
	for code, k := range currencyAbbrevs {
		if k == "" && isoCurrencies.key[code] == "" {
			t.Errorf("currencyAbbrevs[%q] defers to isoCurrencies, which has no key for it", code)
		}
	}
	for _, c := range []struct {
		code, text string
		glued      bool
		name, want string // the currency's name after an amount, and the key of both
	}{
		{"sar", "SAR", false, "riyals", "sr"},
		{"sr", "SR", true, "riyal", "sr"},
		{"ksh", "KSh", false, "shillings", "ksh"},
		{"kes", "kes", false, "shillings", "ksh"},
		{"php", "Php", false, "pesos", "p"},
		{"krw", "KRW", false, "won", "won"},
		{"brl", "BRL", false, "reais", "brl"},
		{"huf", "HUF", false, "forints", "forint"},
		{"vnd", "vnd", true, "dong", "vnd"},
		{"huf", "Huf", false, "", ""}, // other codes only in capitals
		{"all", "All", false, "", ""},
		{"try", "try", false, "", ""},
	} {
		got := currencyKeyOfCode(c.code, c.text, c.glued)
		if got != c.want {
			t.Errorf("currencyKeyOfCode(%q, %q, %v) = %q, want %q", c.code, c.text, c.glued, got, c.want)
		}
		if c.name != "" && currencyKeyOfName(c.name) != got {
			t.Errorf("currencyKeyOfName(%q) = %q, but its code %q gives %q", c.name, currencyKeyOfName(c.name), c.text, got)
		}
	}
}

// TestCurrencyCodeAgainstName compares amounts given by a currency's
// code in one version and by its name in the other.
func TestCurrencyCodeAgainstName(t *testing.T) {
	runMechanismCases(t, []mechanismCase{
		{"won by code and by name",
			[]string{"The carmaker will invest KRW 5 billion in the plant."},
			[]string{"The carmaker will invest 5 billion won in the plant."}, nil},
		{"won changed",
			[]string{"The carmaker will invest KRW 5 billion in the plant."},
			[]string{"The carmaker will invest 6 billion won in the plant."}, []string{"altered number"}},
		{"riyals by abbreviation and by name",
			[]string{"The fund holds SR2.8 billion in bonds."},
			[]string{"The fund holds 2.8 billion riyals in bonds."}, nil},
		{"shillings by mixed-case code",
			[]string{"Fares rose to Ksh 500 on Monday."},
			[]string{"Fares rose to 500 shillings on Monday."}, nil},
	})
}

// TestChromeStampsAndNotices covers update stamps with a numeric date or
// an agency before them, and rights notices that name the copy.
func TestChromeStampsAndNotices(t *testing.T) {
	runBoilerCases(t, []boilerCase{
		{"Updated: 09-09-2025 19:42 IST", true},
		{"Published: 14/02/2025 07:05 GMT", true},
		{"PTI, Updated: Feb 14, 2025, 19:05 IST", true},
		{"Last Updated: 14 July 2025", true},
		{"This article may not be reproduced without the agency's written consent.", true},
		{"The content may not be republished without prior permission of the publisher.", true},
		{"The bridge was updated on 09-09-2025 after inspectors found cracks.", false},
		{"The video was shared without the girl's consent, police said.", false},
		{"The court ruled that the photos may not be reproduced without the family's consent.", false},
	})
}

// TestDatelineDateWithPoint keeps a dateline's date metadata however the
// month is written: a rewrite that drops "RABAT, Oct. 4 (Xinhua) --"
// drops no claim, while a changed date in the story still counts.
func TestDatelineDateWithPoint(t *testing.T) {
	runMechanismCases(t, []mechanismCase{
		{"dateline with a point dropped",
			[]string{"RABAT, Oct. 4 (Xinhua) -- At least nine people were killed when a ferry sank on Friday."},
			[]string{"At least nine people were killed when a ferry sank on Friday."}, nil},
		{"dateline without a point dropped",
			[]string{"RABAT, Oct 4 (Xinhua) - At least nine people were killed when a ferry sank on Friday."},
			[]string{"At least nine people were killed when a ferry sank on Friday."}, nil},
		{"date in the story changed",
			[]string{"RABAT, Oct. 4 (Xinhua) -- At least nine people were killed when a ferry sank on Friday."},
			[]string{"At least nine people were killed when a ferry sank on Thursday."}, []string{"altered date"}},
	})
}

// TestStrippedDigitsAfterArticle reads "a  million pesos", what a feed
// that strips digits leaves of "a 23 million pesos", as damage rather
// than as the amount "a million".
func TestStrippedDigitsAfterArticle(t *testing.T) {
	ref := []string{"The municipality awarded a 23 million peso contract to a relative of a councillor.", "She was held for 14 hours."}
	runMechanismCases(t, []mechanismCase{
		{"digits stripped everywhere",
			ref,
			[]string{"The municipality awarded a  million peso contract to a relative of a councilor.", "She was held for  hours."}, nil},
		{"a million where digits remain",
			ref,
			[]string{"The municipality awarded a million peso contract to a relative of a councilor.", "She was held for 14 hours."},
			[]string{"altered number"}},
	})
}

func TestOtherBodies(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"Morocco's football federation", "The national professional league", true},
		{"the municipalities", "the teachers' union", true},
		{"the health ministry", "the city council", true},
		{"the health ministry", "the ministry", false},              // one body in fewer words
		{"the Financial Conduct Authority", "the regulator", false}, // generic heads say nothing
		{"the football federation", "officials", false},
		{"the league, the federation", "the union", false}, // several sources
		{"", "the union", false},
	} {
		if got := otherBodies(c.a, c.b); got != c.want {
			t.Errorf("otherBodies(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}

// TestBodySwappedInRetelling reports a claim given to a body of another
// kind in a retold story, even when the retelling names the first body
// elsewhere.
func TestBodySwappedInRetelling(t *testing.T) {
	ref := []string{
		"RABAT (AFP) - Moroccan prosecutors have charged 11 people, including a referee and two club officials, over the alleged fixing of at least six matches in the second division.",
		"Morocco's football federation said it had suspended all 11 suspects from any football activity pending the outcome of the case.",
		"The federation's president, Karim Alaoui, called the affair a stain on the game.",
		"The suspects face up to five years in prison if convicted, a judicial source said.",
	}
	ver := []string{
		"Eleven people, among them a referee and two club officials, have been charged by Moroccan prosecutors with rigging at least six second-division matches.",
		"The national professional league said it had suspended all 11 suspects from any football activity until the case is decided.",
		"Karim Alaoui, president of Morocco's football federation, described the scandal as a stain on the sport.",
		"If convicted, the suspects could be jailed for as long as five years, according to a judicial source.",
	}
	c := Compare(doc(ref...), doc(ver...))
	found := false
	for _, d := range c.Divergences {
		if d.Material && d.Facet == FacetAttribution && strings.Contains(d.VerText, "professional league") {
			found = true
		}
	}
	if !found {
		t.Errorf("the suspension credited to the league instead of the federation is not reported:\n%s", materialOf(c))
	}
}

// TestPronounSpeakerNamed reads a speaker given by a pronoun as the
// person the sentences before last credited by full name, against a
// version that names the speaker: only a person other than that one is a
// changed attribution.
func TestPronounSpeakerNamed(t *testing.T) {
	intro := "Police commander John Mwita said 40 inmates escaped on Sunday."
	introF := "Police spokeswoman Jane Mwita said 40 inmates escaped on Sunday."
	for _, c := range []struct {
		name     string
		ref, ver []string
		want     bool // an altered attribution
	}{
		{"claim given to someone else",
			[]string{intro, "Eleven prison officers were among the injured, he said."},
			[]string{intro, "Prisons spokesperson Amina Lusinde said eleven prison officers were among the injured."}, true},
		{"a body named instead",
			[]string{intro, "Eleven prison officers were among the injured, he said."},
			[]string{intro, "Eleven prison officers were among the injured, the Prisons Service said."}, true},
		{"the same person named",
			[]string{intro, "Eleven prison officers were among the injured, he said."},
			[]string{intro, "Eleven prison officers were among the injured, Mwita said."}, false},
		{"an outlet quoting him",
			[]string{intro, `"We will find every one of them," he said.`},
			[]string{intro, `"We will find every one of them," the Daily Star quoted him as saying.`}, false},
		{"a pronoun of the other gender refers to someone else",
			[]string{introF, "Eleven prison officers were among the injured, he said."},
			[]string{introF, "Eleven prison officers were among the injured, Amina Lusinde said."}, false},
		{"a speaker described, not named",
			[]string{intro, "Eleven prison officers were among the injured, he said."},
			[]string{intro, "Eleven prison officers were among the injured, the official said."}, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			cmp := Compare(doc(c.ref...), doc(c.ver...))
			got := slices.ContainsFunc(cmp.Divergences, func(d Divergence) bool {
				return d.Material && d.Kind == Altered && d.Facet == FacetAttribution
			})
			if got != c.want {
				t.Errorf("altered attribution = %v, want %v: %v", got, c.want, materialOf(cmp))
			}
		})
	}
}

// TestSpeakerDescribedAfterVerb reads the speaker of "…, said municipal
// manager Johan Fourie" and "…, said the provincial environment
// secretary, Mariela Quintana" (the name in apposition, the description
// its role), and of a few verbs of stance.
func TestSpeakerDescribedAfterVerb(t *testing.T) {
	for _, c := range []struct {
		sentence string
		want     []string // the attributions' texts
	}{
		{`"We are doing everything we can," said municipal manager Johan Fourie.`, []string{"municipal manager Johan Fourie"}},
		{`"The fire is under control," said the provincial environment secretary, Mariela Quintana.`, []string{"Mariela Quintana"}},
		{`"Prices will fall," said the company's chief executive.`, []string{"the company's chief executive"}},
		{`The river has risen two metres, said police, who closed the bridge.`, []string{"police"}},
		{`The dam is full, said residents were told.`, nil},
		{`Finance Minister Grace Kanyenda urged investors to stay calm.`, []string{"Finance Minister Grace Kanyenda"}},
		{`Opposition MP Velusamy Arumugam welcomed the law.`, []string{"Opposition MP Velusamy Arumugam"}},
		{`Local TD Mairéad Cunneen described the news as a hammer blow.`, []string{"Local TD Mairéad Cunneen"}},
	} {
		if got := attribTexts(extract(c.sentence, nil, nil).attribs); !slices.Equal(got, c.want) {
			t.Errorf("attributions of %q = %q, want %q", c.sentence, got, c.want)
		}
	}
	runMechanismCases(t, []mechanismCase{
		{"speaker described after the verb, swapped",
			[]string{`"We will not allow any company to poison our rivers," said the provincial environment secretary, Mariela Quintana.`},
			[]string{`"We will not allow any company to poison our rivers," said provincial governor Esteban Ruiz.`},
			[]string{"altered attribution"}},
		{"the same speaker with another role",
			[]string{`"The sanctity of the examination has been compromised," board chairman Arvind Sinha said.`},
			[]string{`"The sanctity of the examination has been compromised," said the board's chairman, Arvind Sinha.`}, nil},
	})
}

// TestLoadedWordsAdded reports loaded words a version puts on a claim.
func TestLoadedWordsAdded(t *testing.T) {
	runMechanismCases(t, []mechanismCase{
		{"panicked",
			[]string{"Hundreds of savers lined up outside the bank's branches on Friday."},
			[]string{"Hundreds of panicked savers lined up outside the bank's branches on Friday."}, []string{"altered characterization"}},
		{"crisis-hit",
			[]string{"Second-division side SV Rotenfels sacked its coach on Monday."},
			[]string{"Crisis-hit second-division side SV Rotenfels sacked its coach on Monday."}, []string{"altered characterization"}},
		{"long-delayed",
			[]string{"The listing is part of the government's privatisation programme."},
			[]string{"The listing is part of the government's long-delayed privatisation programme."}, []string{"altered characterization"}},
	})
}

// TestChromeSignoffsAndNotices covers wire desks' sign-offs, stamps to
// the second, agency file-photo credits and story notices behind a label.
func TestChromeSignoffsAndNotices(t *testing.T) {
	runBoilerCases(t, []boilerCase{
		{"sgk/jj", true},
		{"str/pma", true},
		{"bur-jm/kir", true},
		{"2025-03-03 21:14:06", true},
		{"(ANTARA/File)", true},
		{"Developing story – this article will be updated throughout the day.", true},
		{"Editor’s note: This article is being updated as the situation develops.", true},
		{"Update: This story will be updated as more information becomes available.", true},
		{"his/her", false},
		{"and/or", false},
		{"km/h", false},
		{"Updated figures show 14 people died.", false},
		{"The situation develops slowly, officials said.", false},
	})
}

// TestClaimFormsSession7 covers forms of session 7's development sets.
func TestClaimFormsSession7(t *testing.T) {
	runMechanismCases(t, []mechanismCase{
		{"a compound closed up inside a quote",
			[]string{`"The wind is forecast to turn north-easterly," he said.`},
			[]string{`"The wind is forecast to turn northeasterly," he said.`}, nil},
		{"assumed office is no belief",
			[]string{"Thapa, a former finance minister, took office in March last year."},
			[]string{"Thapa, a former finance minister, assumed office in March last year."}, nil},
		{"assumed as a belief",
			[]string{"Police said the fire was started deliberately."},
			[]string{"Police assumed the fire was started deliberately."}, []string{"altered modality"}},
		{"advises that against recommends that",
			[]string{"The agency recommends that anyone born after 1970 get a second dose."},
			[]string{"The agency advises that anyone born after 1970 get a second dose."}, nil},
	})
}

// TestReviewSession7 holds the cases a review of session 7's rules found
// them misreading: each rule must leave these as they were before it.
func TestReviewSession7(t *testing.T) {
	runMechanismCases(t, []mechanismCase{
		{"a stance reversed",
			[]string{"Opposition leaders welcomed the court's ruling on Monday."},
			[]string{"Opposition leaders condemned the court's ruling on Monday."}, []string{"altered wording"}},
		{"a claim that publishing needs permission",
			[]string{"The report can be published without the cabinet's permission, the minister said."},
			[]string{"The report cannot be published without the cabinet's permission, the minister said."}, []string{"altered negation"}},
		{"a real change from three to a million",
			[]string{"The bank lost 3 million pesos in the fraud."},
			[]string{"The bank lost a million pesos in the fraud."}, []string{"altered number"}},
		{"assumed as a belief about power",
			[]string{"Workers knew the power was off when they began the repair."},
			[]string{"Workers assumed the power was off when they began the repair."}, []string{"altered modality"}},
		{"re-sign is not resign",
			[]string{`"He will re-sign," the coach said.`},
			[]string{`"He will resign," the coach said.`}, []string{"altered quote"}},
	})
	if IsBoilerplate("The report cannot be published without the cabinet's permission, the minister said.") {
		t.Error("a minister's claim about publishing is read as a rights notice")
	}
	for _, c := range []struct {
		sentence string
		want     []string
	}{
		{`"We will rebuild every house," said the mayor, Tuesday.`, []string{"the mayor"}},
		{"The stadium, which welcomed 40,000 fans, was closed.", nil},
	} {
		if got := attribTexts(extract(c.sentence, nil, nil).attribs); !slices.Equal(got, c.want) {
			t.Errorf("attributions of %q = %q, want %q", c.sentence, got, c.want)
		}
	}
	// "he" after a person named between him and the last speaker, and
	// "they", are left unread.
	intro := "Police commander John Mwita said 40 inmates escaped on Sunday."
	for _, c := range [][2][]string{
		{{intro, "Prison officer Peter Otieno was stabbed during the breakout.", `"They came at me with knives," he said.`},
			{intro, "Prison officer Peter Otieno was stabbed during the breakout.", `"They came at me with knives," Otieno said.`}},
		{{intro, "Eleven prison officers were among the injured, they said."},
			{intro, "Eleven prison officers were among the injured, Amina Lusinde said."}},
	} {
		cmp := Compare(doc(c[0]...), doc(c[1]...))
		if slices.ContainsFunc(cmp.Divergences, func(d Divergence) bool {
			return d.Material && d.Facet == FacetAttribution && strings.Contains(d.Detail, "Mwita")
		}) {
			t.Errorf("a pronoun read as Mwita: %v", materialOf(cmp))
		}
	}
}

// TestWireTakeNotes covers Yonhap's marks of a new take and story notices
// joined or cut short.
func TestWireTakeNotes(t *testing.T) {
	runBoilerCases(t, []boilerCase{
		{"(LEAD) (ATTN: UPDATES with restoration time in paras 1-2, cause in para 3, CEO remarks in para 5, share price in last para)", true},
		{"(2nd LEAD)", true},
		{"(URGENT) (LEAD)", false},
		{"This is a developing story; check back for updates.", true},
		{"More details soon.", true},
		{"This is a developing story; the army said 12 people died.", false},
		{"(Lead) singer Ana Ruiz said the tour was off.", false},
		{"More details soon emerged of the deal between the two firms.", false},
	})
}

// TestReviewSession7Second holds the cases a second review found the
// fixes of the first still misreading.
func TestReviewSession7Second(t *testing.T) {
	runBoilerCases(t, []boilerCase{
		{"This article may not be reproduced without permission, in whole or in part.", true},
		{"This article may not be reproduced without the express written permission of The Straits Times, Singapore Press Holdings.", true},
		{"The report cannot be published without permission from the ministry, he said.", false},
	})
	runMechanismCases(t, []mechanismCase{
		{"re-elected is reelected",
			[]string{`"I expect to be re-elected," she said.`},
			[]string{`"I expect to be reelected," she said.`}, nil},
		{"assumed the role of",
			[]string{"Ana Ruiz assumed the role of mediator in March."},
			[]string{"Ana Ruiz took on the role of mediator in March."}, nil},
		{"assumed its duties",
			[]string{"The new board assumed its duties on Monday."},
			[]string{"The new board took up its duties on Monday."}, nil},
		{"a name that is also a month, in apposition",
			[]string{`"We will rebuild," said the health minister, June Okafor.`},
			[]string{`"We will rebuild," June Okafor said.`}, nil},
		{"a name in apposition before the time",
			[]string{`"We will rebuild," said the mayor, Ana Ruiz on Tuesday.`},
			[]string{`"We will rebuild," Ana Ruiz said on Tuesday.`}, nil},
		{"residents urged, in the passive",
			[]string{"Residents were urged to stay indoors."},
			[]string{"People were urged to stay indoors."}, nil},
		{"a stadium welcomed fans",
			[]string{"Wembley Stadium welcomed 40,000 fans on Saturday."},
			[]string{"The stadium welcomed 40,000 fans on Saturday."}, nil},
	})
	// A place named between the speaker and "he said" does not stop the
	// pronoun being read as the speaker.
	intro := "Police commander John Mwita said 40 inmates escaped on Sunday."
	cmp := Compare(doc(intro+" The inmates fled from Kamiti Maximum Prison near Nairobi. Eleven prison officers were among the injured, he said."),
		doc(intro+" The inmates fled from Kamiti Maximum Prison near Nairobi. Prisons spokesperson Amina Lusinde said eleven prison officers were among the injured."))
	if !slices.ContainsFunc(cmp.Divergences, func(d Divergence) bool { return d.Material && d.Facet == FacetAttribution }) {
		t.Errorf("the claim given to someone else past a place is not reported: %v", materialOf(cmp))
	}
}
