package align

import (
	"slices"
	"strings"
	"testing"
)

// Tests of session 17's work.

// TestCouldNoLonger reads "could no longer", "could hardly" as an
// inability told, not a hedge, as "could not" already was; "could" alone
// stays a hedge.
func TestCouldNoLonger(t *testing.T) {
	for _, c := range []struct {
		s    string
		want int
	}{
		{"By then treatment could no longer help her, doctors said.", 0},
		{"Rescuers could hardly reach the village after the storm.", 0},
		{"Rescuers could not reach the village after the storm.", 0},
		{"The storm could reach the village by Friday.", 1},
		{"No one could say when the road would reopen.", 1},
	} {
		n := 0
		for _, f := range extract(c.s, nil, nil).modal {
			if f.Text == "could" {
				n++
			}
		}
		if n != c.want {
			t.Errorf("%q: %d hedges \"could\", want %d", c.s, n, c.want)
		}
	}
	p := func(a string) []string {
		return []string{"Girl dies of rabies in Leon", a, "Health teams have vaccinated 1,850 people since."}
	}
	runMechanismCases(t, []mechanismCase{
		{"no longer effective, could no longer help", p("By the time she fell ill, treatment was no longer effective, the ministry said."),
			p("By the time she fell ill, treatment could no longer help her, the ministry said."), nil},
	})
}

// TestLeftoversFarApart pairs a sentence told again in nearly the same
// words in a paragraph moved past two others, and so the paragraph's
// other sentence too, rather than reporting them dropped and added.
func TestLeftoversFarApart(t *testing.T) {
	ref := []string{"Quake rattles Hokkaido coast",
		"An earthquake rattled the Hokkaido coast on Monday, cracking roads, cutting power in the north of the island and prompting a brief tsunami advisory, officials said. There were no immediate reports of deaths.",
		"The magnitude 6.1 quake struck at 9:12 p.m. at a depth of 30 kilometres, the meteorological agency said.",
		"Rail services were halted for two hours while tracks were inspected.",
		"The region was hit by a larger quake in 2018."}
	ver := []string{"Quake rattles Hokkaido coast",
		"A magnitude 6.1 quake struck at 9:12 p.m. at a depth of 30 kilometres on Monday, the meteorological agency said.",
		"Rail services were suspended for two hours while tracks were checked.",
		"The tremor cracked roads and knocked out electricity in the north of the island, and a tsunami advisory was briefly issued. No deaths were immediately reported.",
		"The region was hit by a larger quake in 2018."}
	// The lead is paired with its retelling, which leaves out the island
	// and the officials; the deaths sentence is paired as a paraphrase.
	// (The island's name, which the version's headline still gives, is
	// context since session 22: see unlistedNames.)
	runMechanismCases(t, []mechanismCase{{"moved past two paragraphs", ref, ver, []string{"altered attribution"}}})
}

// TestMisnamedSource reads a source whose title is written in capitals
// on one side only, or whose title the other side leaves out, as the
// same person named wrongly when one name word changes; another person
// keeps the attribution.
func TestMisnamedSource(t *testing.T) {
	for _, c := range []struct {
		rem, add string
		want     bool
	}{
		{"provincial governor Chhim Sopheap", "Governor Chhim Sophal", true},
		{"Vilija Knit chief executive Darius Rimkus", "Dainius Rimkus", true},
		{"Justice Mary Wanjiru", "Justice Mary Wambui", true},
		{"Drilon Kastrati", "Arben Kastrati", false},
		{"Energy Minister Hendra Wiratmadja", "Deputy Energy Minister Yuliana Sitompul", false},
		{"provincial governor Chhim Sopheap", "Governor Sok Pheaktra", false},
		{"chief executive Darius Rimkus", "finance director Dainius Rimkus", false},
	} {
		if got := misnamed([]string{c.rem}, []string{c.add}); got != c.want {
			t.Errorf("misnamed(%q, %q) = %v, want %v", c.rem, c.add, got, c.want)
		}
	}
	p := func(a string) []string {
		return []string{"Bridge collapse kills five", a, "Rescue work ended on Sunday."}
	}
	runMechanismCases(t, []mechanismCase{
		{"governor misnamed", p("Five workers died, provincial governor Chhim Sopheap said."),
			p("Five workers died, Governor Chhim Sophal said."), []string{"altered entity"}},
		{"governor replaced", p("Five workers died, provincial governor Chhim Sopheap said."),
			p("Five workers died, police chief Sok Pheaktra said."), []string{"altered attribution"}},
	})
}

// TestOfficeSwap reads a named person given another office in an
// otherwise unchanged sentence as an entity change; a title only added
// to a name, or other words changed, are not.
func TestOfficeSwap(t *testing.T) {
	for _, c := range []struct {
		a, b, want string
	}{
		{"The plan is sound, Finance Ministry permanent secretary Charity Mwale told AFP.",
			"The plan is sound, Finance Minister Charity Mwale told AFP.",
			"Finance Ministry permanent secretary → Finance Minister"},
		{"Interior Undersecretary Camila Fuentes said the fires were contained.",
			"Interior Minister Camila Fuentes said the fires were contained.",
			"Interior Undersecretary → Interior Minister"},
		{`"Nobody closes libraries for fun," Dahlgren told TT.`,
			`"Nobody closes libraries for fun," council chair Lena Dahlgren told TT.`, ""},
		{"Health Minister Pradeep Nayak said 40 people died.",
			"Health Minister Pradeep Nayak said 45 people died.", ""},
		{"The plan is sound, Finance Minister Charity Mwale told AFP.",
			"The plan is sound, the finance minister told AFP.", ""},
	} {
		if got := officeSwap(c.a, c.b); got != c.want {
			t.Errorf("officeSwap(%q, %q) = %q, want %q", c.a, c.b, got, c.want)
		}
	}
	if got := RepairMojibake("skills,â€\ufffd Mwale said"); got != "skills,” Mwale said" {
		t.Errorf("RepairMojibake: right quote with U+FFFD for its lost byte = %q", got)
	}
	p := func(a string) []string {
		return []string{"Zambia to sell water stake", a, "The union threatened to strike."}
	}
	runMechanismCases(t, []mechanismCase{
		{"office swapped in a damaged copy",
			p("“We are not selling water,” Finance Ministry permanent secretary Charity Mwale told AFP. The ministry will keep a majority."),
			p("â€œWe are not selling water,â€\ufffd Finance Minister Charity Mwale told AFP. The ministry will keep a majority."),
			[]string{"altered entity"}},
	})
}

// TestNegatedSynonymKept reads a negator whose denied word the other
// side gives by a synonym ("not mandatory" → "compulsory") as a claim
// denied there, not a negation of a retelling's own wording.
func TestNegatedSynonymKept(t *testing.T) {
	for _, c := range []struct {
		own, other string
		want       bool
	}{
		{"the vaccine is free and not mandatory", "the vaccine is free and compulsory", true},
		{"the vaccine is free and not mandatory", "the vaccine is free and mandatory", true},
		{"the vaccine is free and not mandatory", "the vaccine costs nothing", false},
	} {
		if got := governedKept(strings.Fields(c.own), []string{"not"}, strings.Fields(c.other)); got != c.want {
			t.Errorf("governedKept(%q, not, %q) = %v, want %v", c.own, c.other, got, c.want)
		}
	}
	if !antonymSwap([]string{"mandatory"}, []string{"voluntary"}) || !synonymous("compulsory", "mandatory") {
		t.Error("mandatory: want compulsory a synonym and voluntary an antonym")
	}
}

// TestToldNewsAgency reads "told state news agency TAP" as the outlet
// told, with its name, so that one outlet told for another is a swap.
func TestToldNewsAgency(t *testing.T) {
	p := func(a string) []string {
		return []string{"Tunisia starts HPV vaccination", a, "The campaign runs until June."}
	}
	runMechanismCases(t, []mechanismCase{
		{"Reuters for a news agency", p(`"This is one of our best tools," Health Minister Radhia Mabrouk told Reuters at a school in Tunis.`),
			p(`"This is one of our best tools," Health Minister Radhia Mabrouk told state news agency TAP at a school in Tunis.`),
			[]string{"altered attribution"}},
		{"the news agency named again", p(`"This is one of our best tools," Health Minister Radhia Mabrouk told state news agency TAP.`),
			p(`"This is one of our best tools," Health Minister Radhia Mabrouk told state news agency TAP.`), nil},
	})
	var got []string
	for _, a := range extract("The minister told state news agency TAP on Tuesday that the drive had begun.", nil, nil).attribs {
		got = append(got, a.text)
	}
	if !slices.Contains(got, "state news agency TAP") {
		t.Errorf("attributions %q, want one \"state news agency TAP\"", got)
	}
}

// TestLastingJudgement reads a compound that says a judgement lasted
// ("long-troubled", "long-neglected") and "poorly" as characterizing;
// "long-term" and "long-running" describe.
func TestLastingJudgement(t *testing.T) {
	for w, want := range map[string]bool{
		"long-troubled": true, "long-neglected": true, "much-maligned": true,
		"long-term": false, "long-running": false, "flood-hit": false, "scandal-hit": true,
	} {
		if got := judgedCompound(w); got != want {
			t.Errorf("judgedCompound(%q) = %v, want %v", w, got, want)
		}
	}
	p := func(a string) []string {
		return []string{"Kafue mill workers strike", a, "Talks resume on Monday."}
	}
	runMechanismCases(t, []mechanismCase{
		{"long-troubled added", p("The mill, which reopened in 2019, employs 1,200 people."),
			p("The long-troubled mill, which reopened in 2019, employs 1,200 people."), []string{"altered characterization"}},
		{"poorly maintained added", p("Cracks had been visible on the bridge's pillars for months, villagers said."),
			p("Cracks had been visible on the poorly maintained bridge's pillars for months, villagers said."), []string{"altered characterization"}},
	})
}

// TestDatelineMonthInCapitals reads a dateline whose month is written in
// capitals ("WINDHOEK, 07 OCT (NAMPA) –") as a dateline, so a copy that
// drops its date and agency changes nothing.
func TestDatelineMonthInCapitals(t *testing.T) {
	for _, c := range []struct {
		s    string
		want string
	}{
		{"WINDHOEK, 07 OCT (NAMPA) – The High Court on Tuesday placed the airline in liquidation.", "WINDHOEK, 07 OCT (NAMPA) – "},
		{"KAMPALA, OCT 7 (Reuters) - Uganda's central bank held its rate.", "KAMPALA, OCT 7 (Reuters) - "},
		{"WINDHOEK – The High Court on Tuesday placed the airline in liquidation.", "WINDHOEK – "},
		{"OCT 7 was the day the court ruled.", ""},
	} {
		if got := c.s[:datelineEnd(c.s)]; got != c.want {
			t.Errorf("dateline of %q = %q, want %q", c.s, got, c.want)
		}
	}
	p := func(a string) []string {
		return []string{"Airline placed in liquidation", a, "About 300 staff are affected."}
	}
	runMechanismCases(t, []mechanismCase{
		{"date and agency dropped", p("WINDHOEK, 07 OCT (NAMPA) – The High Court in Windhoek on Tuesday placed the airline in provisional liquidation."),
			p("WINDHOEK – The High Court in Windhoek on Tuesday placed the airline in provisional liquidation."), nil},
	})
}

// TestMoreLoadedWordsSession17 reports "blasted", "flagship", "giant" and
// "paltry" added as characterization, and a union's secretary-general made its president as
// an office changed.
func TestMoreLoadedWordsSession17(t *testing.T) {
	p := func(a string) []string {
		return []string{"Airline collapses", a, "About 300 staff are affected."}
	}
	runMechanismCases(t, []mechanismCase{
		{"criticised, blasted", p("Employees criticised the board for failing to act, the union said."),
			p("Employees blasted the board for failing to act, the union said."), []string{"altered characterization"}},
		{"flagship added", p("The minister broke ground on a 120-megawatt solar farm on Monday."),
			p("The minister broke ground on a flagship 120-megawatt solar farm on Monday."), []string{"altered characterization"}},
		{"giant added", p("Two houses disappeared into a sinkhole in the town on Monday."),
			p("Two houses disappeared into a giant sinkhole in the town on Monday."), []string{"altered characterization"}},
		{"paltry added", p("The airline has offered staff 6.2 percent."),
			p("The airline has offered staff a paltry 6.2 percent."), []string{"altered characterization"}},
		{"secretary-general made president", p("Teachers will strike on Monday, said union secretary-general Rosa Campos."),
			p("Teachers will strike on Monday, said union president Rosa Campos."), []string{"altered entity"}},
	})
}

// TestDetailSpelling keeps a detail to the words the texts write:
// spelling variants are compared by one key ("criticized"), but shown as
// written ("criticised"), and words that only look like variants
// ("promised") are not respelt.
func TestDetailSpelling(t *testing.T) {
	for _, c := range []struct {
		ref, ver, want string
	}{
		{"The council criticised the plan on Monday.", "The council praised the plan on Monday.", "criticised → praised"},
		{"The project had created 600 construction jobs, he said.", "The project had promised 600 construction jobs, he said.", "created → promised"},
		{"The council criticized the plan on Monday.", "The council praised the plan on Monday.", "criticized → praised"},
	} {
		cmp := Compare(doc("Council row", c.ref), doc("Council row", c.ver))
		var got []string
		for _, d := range cmp.Divergences {
			if d.Material {
				got = append(got, d.Detail)
			}
		}
		if len(got) != 1 || got[0] != c.want {
			t.Errorf("%q → %q: details %q, want [%q]", c.ref, c.ver, got, c.want)
		}
	}
}

// TestPutAtFigure reads who "put" a count "at" a figure as its source,
// as "estimated" was; a reckoning that puts it is no source.
func TestPutAtFigure(t *testing.T) {
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"Organisers put the crowd at around 3,000.", true},
		{"Police placed the number of protesters at more than 12,000.", true},
		{"Revised estimates put the flooded area at 520 hectares.", false},
		{"The council put the plan on hold at its meeting.", false},
		{"Organisers put up tents at 3 locations.", false},
	} {
		toks := tokenize(c.s)
		got := slices.ContainsFunc(toks, func(tk token) bool {
			i := slices.IndexFunc(toks, func(x token) bool { return x.start == tk.start })
			return putAtFigure(toks, i)
		})
		if got != c.want {
			t.Errorf("%q: putAtFigure %v, want %v", c.s, got, c.want)
		}
	}
	p := func(a string) []string {
		return []string{"Thousands march in Riga", a, "The march ended peacefully."}
	}
	runMechanismCases(t, []mechanismCase{
		{"organisers for police", p("Organisers put the crowd at around 3,000."), p("Police put the crowd at around 3,000."), []string{"altered attribution"}},
	})
}

// TestRetoldLeftoversPaired pairs, in a retelling, two sentences left
// over in neighbouring paragraphs that share a few lemmas ("The company
// has not commented on the incident." → "The contractor has not
// commented."), rather than reporting one dropped and one added.
func TestRetoldLeftoversPaired(t *testing.T) {
	ref := []string{"Stadium roof collapses in Muscat",
		"Part of a stadium roof under construction in Muscat collapsed on Sunday, killing three workers, police said.",
		"The steel frame gave way during a concrete pour, according to the Royal Oman Police.",
		"Rescuers pulled two men from the rubble alive.",
		"The company has not commented on the incident.",
		"The stadium was due to open next year.",
	}
	ver := []string{"Three killed as Muscat stadium roof falls",
		"Three labourers died when a section of roof at a Muscat stadium that is still being built fell in on Sunday, according to police.",
		"Officers said the frame failed while concrete was being poured.",
		"Two men were rescued alive from the debris. The contractor has not commented.",
		"Opening had been planned for next year.",
	}
	for _, d := range Compare(doc(ref...), doc(ver...)).Divergences {
		if d.Material && d.Kind != Altered {
			t.Errorf("%s %s %q | %q: want the two paired", d.Kind, d.Facet, d.RefText, d.VerText)
		}
	}
}

// TestMetaLineWithNames reads a page's meta line whose stamp stands
// beside an outlet's or a section's name, or is labelled "Issued on", as
// chrome; names alone are not.
func TestMetaLineWithNames(t *testing.T) {
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"Caribbean Wire Service | Updated Sept 12, 2025, 3:14 PM", true},
		{"BalticWire  ·  Health  ·  25 March 2025", true},
		{"Issued on: 03/02/2025 - 14:22 Modified: 03/02/2025 - 14:25", true},
		{"Health | Education | Sport", false},
		{"Minister Ana Ruiz | Police Chief Tom Hale", false},
		{"Police said 12 people were hurt | Updated 3:14 PM", false},
		{"Registration Deadline · 31 March 2025", false},
		{"STA | 26.05.2025 | 17:32", true},
	} {
		if got := metaLine(c.s); got != c.want {
			t.Errorf("metaLine(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}

// TestDirectiveSwap reads a request made a demand ("called for the
// results to stand" → "demanded that the results stand") as the verb's
// change, wording, not a directive hedge added.
func TestDirectiveSwap(t *testing.T) {
	for _, c := range []struct {
		rem, add []string
		rf, vf   string
		want     string
	}{
		{nil, []string{"demanded"}, "he called for the results to stand", "he demanded that the results stand", "called for → demanded"},
		{[]string{"demanded"}, nil, "she demanded that the ministry publish its audit", "she called for its audit to be made public", "demanded → called for"},
		{nil, []string{"demanded"}, "he said the results should stand", "he demanded that the results stand", ""},
		{nil, []string{"demanded"}, "he demands a recount", "he demanded that the results stand", ""},
	} {
		if got := directiveSwap(c.rem, c.add, c.rf, c.vf); got != c.want {
			t.Errorf("directiveSwap(%v, %v, %q, %q) = %q, want %q", c.rem, c.add, c.rf, c.vf, got, c.want)
		}
	}
	p := func(a string) []string {
		return []string{"Iceland recount", a, "The board will meet on Monday."}
	}
	runMechanismCases(t, []mechanismCase{
		{"called for, demanded", p("Opposition leader Hjalti Ragnarsson called for the results of the first count to stand."),
			p("Opposition leader Hjalti Ragnarsson demanded that the results of the first count stand."), []string{"altered wording"}},
	})
}

// TestAdmissionAndDisabling reads an admission told as a plain statement
// ("acknowledged" → "said") and a system "disabled" told as "disrupted"
// as wording changes of a copy.
func TestAdmissionAndDisabling(t *testing.T) {
	if got := admissionSwap("the insurer acknowledged on thursday that data was stolen", "the insurer said on thursday that data was stolen"); got != "acknowledged → said" {
		t.Errorf("admissionSwap = %q, want \"acknowledged → said\"", got)
	}
	if got := admissionSwap("the insurer admitted that data was stolen, it said", "the insurer said that data was stolen"); got != "" {
		t.Errorf("admissionSwap with a statement on both sides = %q, want none", got)
	}
	p := func(a string) []string {
		return []string{"Hospital group hit by ransomware", a, "Patients were told to pay in cash."}
	}
	runMechanismCases(t, []mechanismCase{
		{"acknowledged, said", p("Mutualista Atlantida acknowledged on Thursday that patient data had been stolen."),
			p("Mutualista Atlantida said on Thursday that patient data had been stolen."), []string{"altered wording"}},
		{"disabled, disrupted", p("A ransomware attack has disabled the billing system of the hospital group."),
			p("A ransomware attack has disrupted the billing system of the hospital group."), []string{"altered wording"}},
		{"disrupted, interrupted", p("A ransomware attack has disrupted the billing system of the hospital group."),
			p("A ransomware attack has interrupted the billing system of the hospital group."), nil},
	})
}

// TestUntoldMatterAnswered reports a matter a source did not speak to
// ("did not say whether any ransom had been demanded") answered on the
// other side as the modality's change.
func TestUntoldMatterAnswered(t *testing.T) {
	p := func(a string) []string {
		return []string{"Mobile money service hit by cyberattack", a, "Customers were told to use cash."}
	}
	runMechanismCases(t, []mechanismCase{
		{"ransom answered", p("The company did not say whether any ransom had been demanded."),
			p("The company said no ransom had been demanded."), []string{"altered modality"}},
		{"left open on both sides", p("The company did not say whether any ransom had been demanded."),
			p("The company has not said whether any ransom had been demanded."), nil},
	})
}

// TestOfficeOfName keeps, in a retelling, a named person given another
// office as an entity change; a title one side leaves out, a former post
// or a place's possessive is none.
func TestOfficeOfName(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"Transport Minister Helena Cossa", "Finance Minister Helena Cossa", true},
		{"Kohtla-Järve mayor Jelena Kuznetsova", "Jõhvi mayor Jelena Kuznetsova", true},
		{"Minister Helena Cossa", "Helena Cossa", false},
		{"Former Las Toscas midfielder Martín Ocampo", "Reserve-team coach Martín Ocampo", false},
		{"Mozambique's Transport Minister Helena Cossa", "Transport Minister Helena Cossa", false},
	} {
		if got := officeOfName(c.a, c.b); got != c.want {
			t.Errorf("officeOfName(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}

// TestPossessiveRelativeDate dates "last year's floods" as "last year"
// does, so a retelling that moves the date into a possessive changes
// nothing.
func TestPossessiveRelativeDate(t *testing.T) {
	for _, s := range []string{"Similar promises followed last year's floods.", "Similar promises followed last year’s floods."} {
		ds := extract(s, nil, nil).dates
		if len(ds) != 1 || ds[0].Key != "rel:last year" {
			t.Errorf("%q: dates %v, want one rel:last year", s, ds)
		}
	}
	p := func(a string) []string {
		return []string{"Floods hit Bujumbura", a, "Aid agencies are sending tents."}
	}
	runMechanismCases(t, []mechanismCase{
		{"last year, last year's", p("Critics note that similar promises were made after floods last year."),
			p("Critics note that similar promises were made after last year's floods."), nil},
	})
}

// TestPublicBodyForCompany keeps, in a retelling, a statement credited to
// the state on one side and to a company named in the story on the other
// as another source.
func TestPublicBodyForCompany(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"The government", "Zeta Hydro", true},
		{"the interior ministry", "Ndour", true},
		{"The government", "the company", false},
		{"The government", "Interior Minister Petar Kaludjerovic", false},
		{"the regulator", "Health Ministry", false},
	} {
		if got := publicBodySource(c.a) && privateName(c.b); got != c.want {
			t.Errorf("%q → %q: another source %v, want %v", c.a, c.b, got, c.want)
		}
	}
}
