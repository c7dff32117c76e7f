package align

import (
	"slices"
	"strings"
	"testing"
)

// Session 14's review: probe cases a reviewer wrote, with the material
// divergences a news editor would expect written down before running
// them, for the rules of this session (counts of none told by a report,
// care places, open causes and their answers, counts revised, meta
// lines, shares told as ratios, roles told by verbs, quotations split
// across paragraphs, open inquiries, and "should"). Only the cases the
// tool gets right are kept, as regressions.

// review14Case is one probe: want lists "kind facet" items joined by ";",
// alternatives by "||"; the facet "*" matches any.
type review14Case struct {
	rule     string
	name     string
	ref, ver []string
	want     string
}

// review14Match reports whether the material divergences got ("kind
// facet", sorted) are one of want's alternatives.
func review14Match(got []string, want string) bool {
	for _, alt := range strings.Split(want, "||") {
		var ws []string
		for _, w := range strings.Split(alt, ";") {
			if w = strings.TrimSpace(w); w != "" {
				ws = append(ws, w)
			}
		}
		if len(ws) != len(got) {
			continue
		}
		used := make([]bool, len(got))
		ok := true
		for _, w := range ws {
			wk, wf, _ := strings.Cut(w, " ")
			i := slices.IndexFunc(got, func(g string) bool {
				gk, gf, _ := strings.Cut(g, " ")
				return wk == gk && (wf == "*" || wf == gf)
			})
			for i >= 0 && used[i] {
				j := slices.IndexFunc(got[i+1:], func(g string) bool {
					gk, gf, _ := strings.Cut(g, " ")
					return wk == gk && (wf == "*" || wf == gf)
				})
				if j < 0 {
					i = -1
					break
				}
				i += j + 1
			}
			if i < 0 {
				ok = false
				break
			}
			used[i] = true
		}
		if ok {
			return true
		}
	}
	return false
}

// TestReviewSession14 runs the review's probes.
func TestReviewSession14(t *testing.T) {
	runReviewProbes(t, review14Cases, nil)
}

// runReviewProbes compares each probe but those in skip and checks its
// material divergences against the probe's want.
func runReviewProbes(t *testing.T, cases []review14Case, skip map[string]bool) {
	t.Helper()
	for _, c := range cases {
		if skip[c.name] {
			continue
		}
		t.Run(c.rule+" "+c.name, func(t *testing.T) {
			cmp := Compare(Document{Source: "r", Paragraphs: c.ref}, Document{Source: "v", Paragraphs: c.ver})
			var got []string
			for _, d := range cmp.Divergences {
				if d.Material {
					got = append(got, string(d.Kind)+" "+string(d.Facet))
				}
			}
			slices.Sort(got)
			if !review14Match(got, c.want) {
				for _, d := range cmp.Divergences {
					t.Logf("%s %s %v %q | %q | %s", d.Kind, d.Facet, d.Material, d.RefText, d.VerText, d.Detail)
				}
				t.Errorf("material = %q, want %q", got, c.want)
			}
		})
	}
}

var review14Fire = func(s ...string) []string {
	return append([]string{"Warehouse fire in Kisumu",
		"A fire broke out at a furniture warehouse in Kisumu's industrial area on Tuesday night, fire officials said.",
		"The blaze was brought under control after about three hours."}, s...)
}

var review14Wall = func(s string) []string {
	return []string{"Flood wall collapse", "About 40 metres of the flood wall collapsed at around 4am on Monday.",
		"Residents of 30 homes were moved to a school.", s, "Engineers will inspect the rest of the wall."}
}

var review14Depot = func(s string) []string {
	return []string{"Depot fire", "A fire broke out at a fuel depot in Garowe on Sunday. " + s, "Pumping was halted."}
}

var review14Cases = []review14Case{
	// ---------------- Rule 1: zeroNoun reportNouns ----------------
	{"1", "no reports of injuries to two treated",
		review14Fire("There were no reports of injuries."),
		review14Fire("Two firefighters were treated for smoke inhalation."),
		"altered number||altered negation"},
	{"1", "no reports of injuries = no injuries reported",
		review14Fire("There were no reports of injuries."),
		review14Fire("No injuries were reported."), ""},
	{"1", "no reports of arrests to arrests",
		review14Fire("There were no reports of arrests."),
		review14Fire("Police arrested two security guards on Wednesday."),
		"altered *"},
	{"1", "no word of fisherman to found",
		[]string{"Boat capsizes off Lamu", "A fishing boat capsized off Lamu on Friday evening, the coast guard said.",
			"There was no word of the missing fisherman.", "Two other fishermen swam to shore."},
		[]string{"Boat capsizes off Lamu", "A fishing boat capsized off Lamu on Friday evening, the coast guard said.",
			"The missing fisherman was found alive on a sandbank on Saturday.", "Two other fishermen swam to shore."},
		"altered *"},
	{"1", "no trace of hikers vs relatives gathered (near miss)",
		[]string{"Hikers missing on Mount Elgon", "Two hikers have been missing on Mount Elgon since Sunday, park officials said.",
			"Searchers found no trace of the missing hikers.", "Bad weather slowed the search."},
		[]string{"Hikers missing on Mount Elgon", "Two hikers have been missing on Mount Elgon since Sunday, park officials said.",
			"Bad weather slowed the search.", "Relatives of the hikers gathered at the park gate on Tuesday."},
		"dropped *;added *"},
	{"1", "no immediate reports of casualties to three killed",
		[]string{"Blast at market", "An explosion hit a crowded market in Bosaso on Thursday, police said.",
			"There were no immediate reports of casualties."},
		[]string{"Blast at market", "An explosion hit a crowded market in Bosaso on Thursday, police said.",
			"Three people were killed, a police officer said."},
		"altered number||altered negation||altered number;added attribution"},
	{"1", "no sign of damage to cracks found",
		[]string{"Tremor shakes Kericho", "A tremor of magnitude 4.1 shook Kericho county early on Monday, seismologists said.",
			"There were no reports of damage to the Chemosit dam.", "Schools opened as normal."},
		[]string{"Tremor shakes Kericho", "A tremor of magnitude 4.1 shook Kericho county early on Monday, seismologists said.",
			"Engineers found cracks in the Chemosit dam wall.", "Schools opened as normal."},
		"altered *"},
	{"1", "no sign of improvement kept, number changed elsewhere",
		[]string{"Talks stall", "There was no sign of improvement in the talks on Tuesday, delegates said.",
			"Negotiators from 14 countries attended."},
		[]string{"Talks stall", "Delegates said there was no sign of improvement in the talks on Tuesday.",
			"Negotiators from 16 countries attended."},
		"altered number"},
	{"1", "no reports of injuries kept + quote added",
		review14Fire("There were no reports of injuries."),
		review14Fire("No injuries were reported.", "\"We are grateful nobody was inside,\" the owner said."),
		"added quote"},
	{"1", "no reports of injuries vs one injured with number changed elsewhere",
		[]string{"Ferry runs aground", "A ferry carrying 120 passengers ran aground near Likoni on Monday.",
			"There were no reports of injuries."},
		[]string{"Ferry runs aground", "A ferry carrying 140 passengers ran aground near Likoni on Monday.",
			"One passenger was taken to hospital with a broken arm."},
		"altered number;altered number||altered number;altered negation"},

	// ---------------- Rule 2: careFacilityRE ----------------
	{"2", "no one hurt to health post in Garowe",
		review14Depot("No one was hurt, the company said."),
		review14Depot("One worker was treated for burns at a health post in Garowe, the company said."),
		"altered number||altered negation"},
	{"2", "no injuries to hospital in town",
		review14Depot("No injuries have been reported so far, he added."),
		review14Depot("Two contractors suffered minor burns and were treated at a hospital in Garowe, he added."),
		"altered number||altered negation"},
	{"2", "no pupils hurt to dispensary",
		[]string{"School roof collapses", "Part of a classroom roof collapsed at Mtwapa Primary School during heavy rain on Wednesday.",
			"No pupils were hurt, the head teacher said."},
		[]string{"School roof collapses", "Part of a classroom roof collapsed at Mtwapa Primary School during heavy rain on Wednesday.",
			"Three pupils were treated for cuts at the Mtwapa dispensary, the head teacher said."},
		"altered number||altered negation"},
	{"2", "no casualties to Basic Health Unit",
		[]string{"Gas cylinder blast", "A gas cylinder exploded at a roadside restaurant in Chak 45 on Friday, police said.",
			"No casualties were reported."},
		[]string{"Gas cylinder blast", "A gas cylinder exploded at a roadside restaurant in Chak 45 on Friday, police said.",
			"Five people were treated at the Chak 45 Basic Health Unit."},
		"altered number||altered negation"},
	{"2", "separate crash with other town named not paired",
		review14Depot("No injuries were reported, officials said."),
		review14Depot("Separately, two people were killed in a crash near Burtinle and taken to a hospital in Garowe."),
		"dropped *;added *"},
	{"2", "hospital named, same count paraphrase",
		review14Depot("Two workers were treated at a hospital in Garowe for burns."),
		review14Depot("Two workers were taken to hospital in Garowe with burns."),
		""},
	{"2", "hospital town changed",
		review14Depot("Two workers were treated at a hospital in Garowe for burns."),
		review14Depot("Two workers were treated at a hospital in Bosaso for burns."),
		"altered entity"},
	{"2", "health unit count changed",
		review14Depot("Two workers were treated at the Garowe Basic Health Unit."),
		review14Depot("Four workers were treated at the Garowe Basic Health Unit."),
		"altered number"},

	// ---------------- Rule 3: unknownAhead 'clear' ----------------
	{"3", "cause not yet clear to belief",
		review14Fire("The cause of the fire is not yet clear."),
		review14Fire("Fire officials believe an electrical fault started the fire."),
		"altered modality"},
	{"3", "cause not yet clear = not yet known",
		review14Fire("The cause of the fire is not yet clear."),
		review14Fire("The cause of the fire is not yet known."),
		""},
	{"3", "cause not yet clear = unclear what caused",
		review14Fire("The cause of the fire is not yet clear."),
		review14Fire("It was not immediately clear what caused the fire."),
		""},
	{"3", "motive not clear, credit moved",
		[]string{"Stabbing in Eldoret", "A man stabbed two people at a bus stop in Eldoret on Monday, police said.",
			"Police said the motive for the attack was not yet clear."},
		[]string{"Stabbing in Eldoret", "A man stabbed two people at a bus stop in Eldoret on Monday, police said.",
			"The motive for the attack was not yet clear, police said."},
		""},
	{"3", "cause not clear, credit added at end vs not",
		review14Fire("Officials said the cause of the fire was not clear."),
		review14Fire("The cause of the fire was not clear, officials said."),
		""},
	{"3", "road not clear (near miss) to blocked",
		[]string{"Landslide blocks road", "A landslide hit the Kapsowar road on Sunday after heavy rain.", "The road to the school is not clear."},
		[]string{"Landslide blocks road", "A landslide hit the Kapsowar road on Sunday after heavy rain.", "The road to the school is blocked."},
		"||altered negation"},
	{"3", "source: route not clear -> clear (near miss)",
		[]string{"Landslide blocks road", "A landslide hit the Kapsowar road on Sunday after heavy rain.",
			"A police source said the route was not clear."},
		[]string{"Landslide blocks road", "A landslide hit the Kapsowar road on Sunday after heavy rain.",
			"A police source said the route was clear."},
		"altered negation"},
	{"3", "source: route not clear = still blocked (near miss)",
		[]string{"Landslide blocks road", "A landslide hit the Kapsowar road on Sunday after heavy rain.",
			"A police source said the route was not clear."},
		[]string{"Landslide blocks road", "A landslide hit the Kapsowar road on Sunday after heavy rain.",
			"A police source said the route was still blocked."},
		"||altered negation"},
	{"3", "reason for evacuation, building not yet clear (near miss)",
		[]string{"Mall evacuated", "Shoppers were evacuated from the Garden City mall in Nairobi on Saturday.",
			"Police said the reason for the evacuation was a suspicious bag, and the building was not yet clear."},
		[]string{"Mall evacuated", "Shoppers were evacuated from the Garden City mall in Nairobi on Saturday.",
			"Police said the reason for the evacuation was a suspicious bag, and the building was now clear."},
		"altered negation"},
	{"3", "extent not clear = unclear how much",
		[]string{"Hailstorm hits farms", "A hailstorm swept through tea farms in Nandi Hills on Thursday afternoon.",
			"The extent of the damage was not immediately clear."},
		[]string{"Hailstorm hits farms", "A hailstorm swept through tea farms in Nandi Hills on Thursday afternoon.",
			"It was not immediately clear how much damage had been done."},
		""},
	{"3", "reason not clear to airline blamed",
		[]string{"Flight delayed", "A Kenya Airways flight to Dubai was delayed by nine hours on Sunday.", "The reason for the delay was not clear."},
		[]string{"Flight delayed", "A Kenya Airways flight to Dubai was delayed by nine hours on Sunday.", "The airline blamed the delay on a technical fault."},
		"altered modality"},
	{"3", "toll not clear, number changed in lead",
		[]string{"Bus crash", "A bus carrying 60 passengers overturned near Salgaa on Friday night.", "The death toll was not yet clear."},
		[]string{"Bus crash", "A bus carrying 65 passengers overturned near Salgaa on Friday night.", "The death toll is not yet clear."},
		"altered number"},
	{"3", "clear = settled fact (the reason is clear)",
		[]string{"Flight delayed", "A Kenya Airways flight to Dubai was delayed by nine hours on Sunday.", "The reason for the delay is clear."},
		[]string{"Flight delayed", "A Kenya Airways flight to Dubai was delayed by nine hours on Sunday.", "The reason for the delay is not clear."},
		"altered modality||altered negation"},

	// ---------------- Rule 4: tentative / answerFits / outbreakVerbs ----------------
	{"4", "cause not known to preliminary inspection",
		review14Wall("Officials say the cause of the collapse is not yet known."),
		review14Wall("A preliminary inspection pointed to a corroded anchor bolt, officials said."),
		"altered modality"},
	{"4", "how it began to preliminary investigation",
		review14Fire("It is not yet known how the fire began."),
		review14Fire("A preliminary investigation found the fire began in a paint store."),
		"altered modality"},
	{"4", "how outbreak began to belief",
		[]string{"Cholera outbreak", "Health officials have recorded 48 cholera cases in Kisii county since June 2.", "It is not yet known how the outbreak began."},
		[]string{"Cholera outbreak", "Health officials have recorded 48 cholera cases in Kisii county since June 2.", "Officials believe the outbreak began at a wedding in Nyamache."},
		"altered modality"},
	{"4", "who fired to preliminary report",
		[]string{"Shooting in Kisumu", "Two men were shot dead outside a bar in Kisumu on Saturday night.", "It was not immediately clear who fired the shots."},
		[]string{"Shooting in Kisumu", "Two men were shot dead outside a bar in Kisumu on Saturday night.", "A preliminary police report said the shots were fired by a security guard."},
		"altered modality"},
	{"4", "who behind attack to belief without shared word",
		[]string{"Attack on convoy", "Gunmen attacked an aid convoy near Mandera on Tuesday, killing two drivers.", "It was not immediately clear who was behind the attack."},
		[]string{"Attack on convoy", "Gunmen attacked an aid convoy near Mandera on Tuesday, killing two drivers.", "Police believe a local militia carried it out."},
		"altered modality"},
	{"4", "which company built to belief",
		review14Wall("It was not clear which company built the wall."),
		review14Wall("Officials believe the wall was built by Kendu Construction in 2009."),
		"altered modality||altered modality;added date"},
	{"4", "cause unknown dropped, unrelated estimated added",
		review14Fire("The cause of the fire is not yet known.", "Neighbours said the warehouse had been empty for weeks."),
		review14Fire("Neighbours said the warehouse had been empty for weeks.", "An estimated 200 people were evacuated from nearby homes."),
		"dropped *;added *"},
	{"4", "cause undetermined dropped, temporarily shut added",
		review14Fire("Investigators have not yet determined what caused the blaze."),
		review14Fire("A nearby petrol station was temporarily shut."),
		"dropped *;added *"},
	{"4", "when reopen to estimate",
		[]string{"Bridge closed", "The Athi river bridge on the Kitui road was closed on Monday after cracks appeared in a pillar.", "It is not clear when the bridge will reopen."},
		[]string{"Bridge closed", "The Athi river bridge on the Kitui road was closed on Monday after cracks appeared in a pillar.", "Engineers estimated the bridge would reopen in about six weeks."},
		"altered modality||altered modality;added number||altered modality;added date"},
	{"4", "when strike ends dropped, estimated cost added",
		[]string{"Dock strike", "Dock workers in Mombasa walked out on Monday over unpaid allowances.", "It is not clear when the strike will end.", "Ships are queuing outside the port."},
		[]string{"Dock strike", "Dock workers in Mombasa walked out on Monday over unpaid allowances.", "Ships are queuing outside the port.", "The strike has cost an estimated $40 million in lost trade."},
		"dropped *;added *"},
	{"4", "preliminary = provisional results",
		[]string{"Election count", "Counting continued on Wednesday in the Kiambu by-election.", "Preliminary results show turnout at 61 percent."},
		[]string{"Election count", "Counting continued on Wednesday in the Kiambu by-election.", "Provisional results put turnout at 61 percent."},
		""},
	{"4", "where capsized to provisional reports",
		[]string{"Boat capsizes", "A boat carrying 30 migrants capsized off the Somali coast on Friday.", "It was not clear where exactly the boat capsized."},
		[]string{"Boat capsizes", "A boat carrying 30 migrants capsized off the Somali coast on Friday.", "Provisional reports said the boat capsized near Ras Kamboni."},
		"altered modality"},
	{"4", "cause not known to preliminary + number changed in lead",
		review14Wall("Officials say the cause of the collapse is not yet known."),
		[]string{"Flood wall collapse", "About 60 metres of the flood wall collapsed at around 4am on Monday.",
			"Residents of 30 homes were moved to a school.", "Preliminary findings point to erosion beneath the foundation.", "Engineers will inspect the rest of the wall."},
		"altered number;altered modality"},
	{"4", "cause still open both sides, estimate elsewhere added",
		review14Fire("The cause of the fire is not yet known."),
		review14Fire("The cause of the fire is not yet known.", "Damage was provisionally put at 30 million shillings."),
		"added *"},

	// ---------------- Rule 5: unitOf / unitsOf ----------------
	{"5", "cases revised, old count repeated",
		[]string{"Palau has confirmed three cases of mpox, the ministry says.", "The infections were detected on Saturday among hotel staff in Koror."},
		[]string{"Palau has confirmed five cases of mpox, the ministry says.", "The first three infections were detected on Saturday among hotel staff in Koror."},
		"altered number"},
	{"5", "moved only",
		[]string{"About 2,300 members voted in the ballot.", "The union said the result was clear."},
		[]string{"Members voted in the ballot.", "About 2,300 of them took part, and the union said the result was clear."},
		""},
	{"5", "killed moved, injured revised",
		[]string{"Storm hits coast", "The storm killed three people and injured 12 people in Kilifi on Monday.", "Schools were closed."},
		[]string{"Storm hits coast", "The storm injured 14 people in Kilifi on Monday.", "Three people were killed, and schools were closed."},
		"altered number"},
	{"5", "arrests moved",
		[]string{"Protest in Nakuru", "Police arrested 14 people during the protest in Nakuru on Friday.", "The march began at noon."},
		[]string{"Protest in Nakuru", "Police made arrests during the protest in Nakuru on Friday.", "The march began at noon, and 14 people were held."},
		""},
	{"5", "cases revised, nothing repeated",
		[]string{"Outbreak", "Health officials have confirmed 48 cholera cases in Kisii.", "Most patients are children."},
		[]string{"Outbreak", "Health officials have confirmed 52 cholera cases in Kisii.", "Most patients are children."},
		"altered number"},
	{"5", "two counts swapped positions",
		[]string{"Crash", "Four people died and nine people were injured when a matatu hit a lorry near Gilgil on Sunday.", "The lorry driver fled."},
		[]string{"Crash", "Nine people were injured and four people died when a matatu hit a lorry near Gilgil on Sunday.", "The lorry driver fled."},
		""},
	{"5", "deaths revised, old in a quote nearby",
		[]string{"Floods", "The floods have killed 12 people in Budalangi, officials said.", "\"We have lost 12 people already,\" a local chief said on Monday."},
		[]string{"Floods", "The floods have killed 15 people in Budalangi, officials said.", "\"We have lost 12 people already,\" a local chief said on Monday."},
		"altered number"},

	// ---------------- Rule 6: metaLine ----------------
	{"6", "ANI meta line added",
		[]string{"Mudslide buries homes", "Rescuers searched through mud on Tuesday after a slide buried 12 homes, officials said.", "Two people were missing."},
		[]string{"Mudslide buries homes", "ANI ⋅ Updated: Jun 08, 11:41 PM IST", "Rescuers searched through mud on Tuesday after a slide buried 12 homes, officials said.", "Two people were missing."},
		""},
	{"6", "Xinhua source/editor meta added",
		[]string{"Trade deal", "China and Kenya signed a trade agreement in Beijing on Wednesday, state media said.", "The deal covers avocados and tea."},
		[]string{"Trade deal", "Source: Xinhua ⋅ Editor: M. Ndlovu ⋅ 12 Feb, 19:05", "China and Kenya signed a trade agreement in Beijing on Wednesday, state media said.", "The deal covers avocados and tea."},
		""},
	{"6", "PTI updated time changed",
		[]string{"Rail strike", "PTI ⋅ Last Updated: 21 Feb, 10:46 PM IST", "Railway workers in Kolkata went on strike on Friday over pay.", "Suburban trains were cancelled."},
		[]string{"Rail strike", "PTI ⋅ Last Updated: 21 Feb, 11:58 PM IST", "Railway workers in Kolkata went on strike on Friday over pay.", "Suburban trains were cancelled."},
		""},
	{"6", "Reuters bar meta added",
		[]string{"Rail strike", "Railway workers in Kolkata went on strike on Friday over pay.", "Suburban trains were cancelled."},
		[]string{"Rail strike", "Reuters | Updated: 3 May 2026 10:04 IST", "Railway workers in Kolkata went on strike on Friday over pay.", "Suburban trains were cancelled."},
		""},
	{"6", "byline with dot and time, author changed",
		[]string{"Rail strike", "By Amina Yusuf ⋅ 12 Feb, 19:05", "Railway workers in Kolkata went on strike on Friday over pay.", "Suburban trains were cancelled."},
		[]string{"Rail strike", "By Peter Otieno ⋅ 12 Feb, 19:05", "Railway workers in Kolkata went on strike on Friday over pay.", "Suburban trains were cancelled."},
		""},
	{"6", "author and photo credits line added",
		[]string{"Rail strike", "Railway workers in Kolkata went on strike on Friday over pay.", "Suburban trains were cancelled."},
		[]string{"Rail strike", "Author: Amina Yusuf | Photo: Peter Otieno", "Railway workers in Kolkata went on strike on Friday over pay.", "Suburban trains were cancelled."},
		""},
	{"6", "Source: story sentence added (near miss)",
		[]string{"Talks fail", "Talks between the two unions and the ministry ended on Monday without a deal.", "A strike is due next week."},
		[]string{"Talks fail", "Talks between the two unions and the ministry ended on Monday without a deal.", "Source: a ministry official said the talks had failed over pay.", "A strike is due next week."},
		"added *"},
	{"6", "Updated: story sentence added (near miss)",
		[]string{"Council vote", "The Nakuru county assembly rejected the budget on Tuesday.", "Members cited unpaid bills."},
		[]string{"Council vote", "The Nakuru county assembly rejected the budget on Tuesday.", "Members cited unpaid bills.", "Updated: the assembly will vote again on Friday."},
		"added *"},
	{"6", "bar-led story sentence added (near miss)",
		[]string{"Floods", "The floods have killed 12 people in Budalangi, officials said.", "Thousands have fled."},
		[]string{"Floods", "The floods have killed 12 people in Budalangi, officials said.", "Thousands have fled.", "Kenya | Two more people died on Wednesday, bringing the toll to 14."},
		"added *||added number"},
	{"6", "score line added (near miss)",
		[]string{"Derby", "Gor Mahia beat AFC Leopards in the Mashemeji derby at Kasarani on Sunday.", "The crowd was 25,000."},
		[]string{"Derby", "Gor Mahia beat AFC Leopards in the Mashemeji derby at Kasarani on Sunday.", "Score: Gor Mahia 2 · AFC Leopards 1", "The crowd was 25,000."},
		"added *"},
	{"6", "time field + headline-like field added (near miss)",
		[]string{"Floods", "The floods have killed 12 people in Budalangi, officials said.", "Thousands have fled."},
		[]string{"Floods", "Updated: 19:05 · Death toll rises to 14", "The floods have killed 12 people in Budalangi, officials said.", "Thousands have fled."},
		"added *||added number"},
	{"6", "meta line added + number changed",
		[]string{"Mudslide buries homes", "Rescuers searched through mud on Tuesday after a slide buried 12 homes, officials said.", "Two people were missing."},
		[]string{"Mudslide buries homes", "PTI · Updated: 14 Mar, 09:12 AM IST", "Rescuers searched through mud on Tuesday after a slide buried 15 homes, officials said.", "Two people were missing."},
		"altered number"},
	{"6", "Photo credit agency line added",
		[]string{"Mudslide buries homes", "Rescuers searched through mud on Tuesday after a slide buried 12 homes, officials said.", "Two people were missing."},
		[]string{"Mudslide buries homes", "Rescuers searched through mud on Tuesday after a slide buried 12 homes, officials said.", "Photo: AFP", "Two people were missing."},
		""},

	// ---------------- Rule 7: ratioShares ----------------
	{"7", "six in ten = 60 percent",
		[]string{"Vindas said roughly 60 percent of the debtors were migrants."},
		[]string{"About six in ten of the debtors are migrants, Vindas said."}, ""},
	{"7", "one in five -> one in four",
		[]string{"One in five children in the district is underweight, the survey found."},
		[]string{"One in four children in the district is underweight, the survey found."}, "altered number"},
	{"7", "one in a million kept, paraphrased",
		[]string{"Lightning strike", "A man was struck by lightning twice in Kakamega this year.", "The chance of that is one in a million, experts said."},
		[]string{"Lightning strike", "A man was struck by lightning twice in Kakamega this year.", "Experts said the chance of that was one in a million."}, ""},
	{"7", "one in 100,000 -> one in 200,000",
		[]string{"The risk is one in 100,000 for most patients."},
		[]string{"The risk is one in 200,000 for most patients."}, "altered number"},
	{"7", "two in three = two-thirds",
		[]string{"Referendum", "Two in three voters backed the measure, the electoral body said."},
		[]string{"Referendum", "About two-thirds of voters backed the measure, the electoral body said."}, ""},
	{"7", "nine out of ten = 90 percent",
		[]string{"Clinics", "Nine out of ten clinics in Turkana lack reliable power, the report said."},
		[]string{"Clinics", "Ninety percent of clinics in Turkana lack reliable power, the report said."}, ""},
	{"7", "nine out of ten -> eight out of ten",
		[]string{"Clinics", "Nine out of ten clinics in Turkana lack reliable power, the report said."},
		[]string{"Clinics", "Eight out of ten clinics in Turkana lack reliable power, the report said."}, "altered number"},
	{"7", "won five in six matches (near miss)",
		[]string{"League", "Gor Mahia have won five in six matches under their new coach."},
		[]string{"League", "Under their new coach, Gor Mahia have won five of six matches."}, ""},
	{"7", "one in three = 33 percent",
		[]string{"Survey", "One in three households in Kibera relies on shared taps, the survey found."},
		[]string{"Survey", "Some 33 percent of households in Kibera rely on shared taps, the survey found."}, ""},
	{"7", "six in ten -> seven in ten, dollar figure changed too",
		[]string{"Six in ten debtors are migrants, Vindas said, and most owe less than $500."},
		[]string{"Seven in ten debtors are migrants, Vindas said, and most owe less than $800."}, "altered number||altered number;altered number"},
	{"7", "3 in 10 = 30%",
		[]string{"Poll", "Just 3 in 10 adults trust the police, the poll found."},
		[]string{"Poll", "Just 30% of adults trust the police, the poll found."}, ""},
	{"7", "children under five in 12 districts reworded (near miss)",
		[]string{"Vaccination drive", "Children under five in 12 districts will be vaccinated against measles next week, the ministry said."},
		[]string{"Vaccination drive", "Children under five will be vaccinated against measles in 12 districts next week, the ministry said."}, ""},
	{"7", "one in five -> one in five, date changed",
		[]string{"Survey", "One in five children in the district is underweight, the survey published on Monday found."},
		[]string{"Survey", "One in five children in the district is underweight, the survey published on Tuesday found."}, "altered date"},
	{"7", "one in ten years frequency (near miss)",
		[]string{"Drought", "Droughts used to hit the region about one in ten years, but now come every three years, the report said."},
		[]string{"Drought", "Droughts used to hit the region about once in ten years, but now come every three years, the report said."}, ""},

	// ---------------- Rule 8: toldRoles ----------------
	{"8", "who chairs -> chairman",
		[]string{"Legislator Andrés Quirós, who chairs the committee, called the collection process abusive."},
		[]string{"The committee's chairman, Andrés Quirós, described the collection process as abusive."}, ""},
	{"8", "senator who chairs -> committee chairman",
		[]string{"Budget", "Senator Peter Kamau, who chairs the budget committee, said the plan was unaffordable."},
		[]string{"Budget", "Budget committee chairman Peter Kamau said the plan was unaffordable."}, ""},
	{"8", "mayor -> council leader, volunteers who led (near miss)",
		[]string{"Clean-up", "Mayor Lina Osei praised the volunteers who led the clean-up on Saturday."},
		[]string{"Clean-up", "Council leader Lina Osei praised the volunteers who led the clean-up on Saturday."}, "altered entity"},
	{"8", "governor -> senator, survivors who managed (near miss)",
		[]string{"Flood visit", "Governor Amina Hassan visited survivors who managed to escape the flood in Tana River."},
		[]string{"Flood visit", "Senator Amina Hassan visited survivors who managed to escape the flood in Tana River."}, "altered entity"},
	{"8", "minister -> union head, other person heads (near miss)",
		[]string{"Strike talks", "Minister Tomas Vidal met Ana Ruiz, who heads the dockworkers' union, on Monday."},
		[]string{"Strike talks", "Union head Tomas Vidal met Ana Ruiz on Monday."}, "altered entity||altered entity;dropped *"},
	{"8", "who led delegation -> delegation leader",
		[]string{"Trade mission", "Minister Grace Akinyi, who led the delegation, said the talks were productive."},
		[]string{"Trade mission", "Delegation leader Grace Akinyi said the talks were productive."}, ""},
	{"8", "deputy police chief rank added, headed inquiry",
		[]string{"Inquiry", "Police chief Joseph Mutua, who headed the inquiry, said no officer would be charged."},
		[]string{"Inquiry", "Deputy police chief Joseph Mutua, who headed the inquiry, said no officer would be charged."}, "altered entity"},
	{"8", "coach who captained -> captain? (role told of past)",
		[]string{"Football", "Coach Dennis Oliech, who captained the national team, named his squad on Monday."},
		[]string{"Football", "Former captain Dennis Oliech named his squad on Monday."}, "altered entity||"},
	{"8", "who chairs kept, number changed",
		[]string{"Budget", "Senator Peter Kamau, who chairs the budget committee, said the plan would cost 40 billion shillings."},
		[]string{"Budget", "Budget committee chairman Peter Kamau said the plan would cost 45 billion shillings."}, "altered number"},
	{"8", "director -> manager with told role of third party (near miss)",
		[]string{"Hospital", "Director Mary Njeri thanked nurses who managed the night shift during the outbreak."},
		[]string{"Hospital", "Manager Mary Njeri thanked nurses who managed the night shift during the outbreak."}, "altered entity"},

	// ---------------- Rule 9: quotes across split ----------------
	{"9", "quotation split across paragraphs",
		[]string{`"Our farmers cannot compete with subsidized imports that arrive at half the price. This tariff gives them breathing room," Hoxholli told a press conference.`},
		[]string{"“Our farmers cannot compete with subsidised imports that arrive at half the price.", "This tariff gives them breathing room,” Hoxholli told a press conference."}, ""},
	{"9", "quotation split and changed",
		[]string{`"Our farmers cannot compete with subsidized imports that arrive at half the price. This tariff gives them breathing room," Hoxholli told a press conference.`},
		[]string{"“Our farmers cannot compete with subsidised imports that arrive at half the price.", "This tariff gives them a fighting chance,” Hoxholli told a press conference."}, "altered quote"},
	{"9", "quotation joined (reverse)",
		[]string{"“Our farmers cannot compete with subsidised imports that arrive at half the price.", "This tariff gives them breathing room,” Hoxholli told a press conference."},
		[]string{`"Our farmers cannot compete with subsidized imports that arrive at half the price. This tariff gives them breathing room," Hoxholli told a press conference.`}, ""},
	{"9", "quotation split, speaker swapped",
		[]string{`"Our farmers cannot compete with subsidized imports that arrive at half the price. This tariff gives them breathing room," Hoxholli told a press conference.`},
		[]string{"“Our farmers cannot compete with subsidised imports that arrive at half the price.", "This tariff gives them breathing room,” Deda told a press conference."}, "altered attribution"},
	{"9", "three-sentence quotation split after two",
		[]string{`"The water came in the night. We lost everything. Now we sleep in the church," said Halima Abdi, a mother of four.`},
		[]string{"“The water came in the night. We lost everything.", "Now we sleep in the church,” said Halima Abdi, a mother of four."}, ""},
	{"9", "height 5'10\" paraphrased (near miss)",
		[]string{"Manhunt", `Police said the suspect is about 5'10" tall and was last seen wearing a red jacket.`},
		[]string{"Manhunt", `The suspect is about 5'10" tall and was last seen wearing a red jacket, police said.`}, ""},
	{"9", "TV 65\" price changed (near miss)",
		[]string{"Sale", `Shoppers queued overnight as the store sold a 65" television for $900 on Friday.`},
		[]string{"Sale", `Shoppers queued overnight as the store sold a 65" television for $1,200 on Friday.`}, "altered number"},
	{"9", "rainfall 3\" -> 4\" (near miss)",
		[]string{"Storm", `Rainfall totals reached 3" in parts of the county on Tuesday, forecasters said.`},
		[]string{"Storm", `Rainfall totals reached 4" in parts of the county on Tuesday, forecasters said.`}, "altered number"},
	{"9", "stray closing curly as apostrophe (near miss)",
		[]string{"Teachers strike", "The teachers” union said the strike would go ahead on Monday.", "Schools in 12 counties are affected."},
		[]string{"Teachers strike", "The teachers' union said the strike would go ahead on Monday.", "Schools in 12 counties are affected."}, ""},
	{"9", "stray closing curly, date changed (near miss)",
		[]string{"Teachers strike", "The teachers” union said the strike would go ahead on Monday.", "Schools in 12 counties are affected."},
		[]string{"Teachers strike", "The teachers' union said the strike would go ahead on Tuesday.", "Schools in 12 counties are affected."}, "altered date"},
	{"9", "two separate quotes split normally",
		[]string{`"We will rebuild," the mayor said. "It will take years," she added.`},
		[]string{`"We will rebuild," the mayor said.`, `"It will take years," she added.`}, ""},
	{"9", "quotation split + number changed in narration",
		[]string{`"The water came in the night. We lost everything," said Halima Abdi, one of 300 displaced residents.`},
		[]string{"“The water came in the night.", "We lost everything,” said Halima Abdi, one of 400 displaced residents."}, "altered number"},

	// ---------------- Rule 10: inquiryVerbs ----------------
	{"10", "investigating whether -> settled",
		[]string{"Police said they were investigating whether the fire was started by people tapping the line to steal oil."},
		[]string{"The fire was started by people tapping the line to steal oil, police said."}, "altered modality"},
	{"10", "would examine whether = would look into whether",
		[]string{"The minister said the government would examine whether the network had been adequately adapted."},
		[]string{"The minister said the government would look into whether the network had been adequately adapted."}, ""},
	{"10", "examining whether -> said fatigued",
		[]string{"Crash", "A cargo plane crashed on landing at Wilson Airport on Friday.", "Investigators are examining whether the pilot was fatigued."},
		[]string{"Crash", "A cargo plane crashed on landing at Wilson Airport on Friday.", "Investigators said the pilot was fatigued."}, "altered modality"},
	{"10", "examining whether = assessing whether",
		[]string{"Bridge", "A lorry struck a pillar of the Athi river bridge on Monday.", "Engineers are examining whether the bridge is safe."},
		[]string{"Bridge", "A lorry struck a pillar of the Athi river bridge on Monday.", "Engineers are assessing whether the bridge is safe."}, ""},
	{"10", "keep checking whether (advice) = check whether",
		[]string{"Floods", "Heavy rain flooded roads across Nairobi on Tuesday.", "Motorists were urged to keep checking whether roads were open."},
		[]string{"Floods", "Heavy rain flooded roads across Nairobi on Tuesday.", "Motorists were urged to check whether roads were open."}, ""},
	{"10", "looking into whether = investigating whether",
		[]string{"Audit", "The auditor general flagged 2 billion shillings in unsupported spending.", "Anti-graft officials are looking into whether the money was stolen."},
		[]string{"Audit", "The auditor general flagged 2 billion shillings in unsupported spending.", "Anti-graft officials are investigating whether the money was stolen."}, ""},
	{"10", "probing whether -> found",
		[]string{"Bribes", "The ministry is probing whether officials took bribes to approve the tender."},
		[]string{"Bribes", "The ministry found that officials took bribes to approve the tender."}, "altered modality"},
	{"10", "checking whether in a quote -> reported speech",
		[]string{"Pipe", "A water main burst in Westlands on Monday.", `"We are checking whether the pipe was damaged by roadworks," the engineer said.`},
		[]string{"Pipe", "A water main burst in Westlands on Monday.", "The engineer said crews were checking whether the pipe was damaged by roadworks."}, ""},
	{"10", "checking whether inside quotes, both sides",
		[]string{"Pipe", "A water main burst in Westlands on Monday.", `"We are checking whether the pipe was damaged by roadworks," the engineer said.`},
		[]string{"Pipe", "A water main burst in Westlands on Monday.", `"We are checking whether the pipe was damaged by roadworks," the engineer told reporters.`}, ""},
	{"10", "will be investigating = will investigate",
		[]string{"Blast", "An explosion damaged a fuel tanker in Naivasha on Sunday.", "Police said they will be investigating whether the blast was deliberate."},
		[]string{"Blast", "An explosion damaged a fuel tanker in Naivasha on Sunday.", "Police said they will investigate whether the blast was deliberate."}, ""},
	{"10", "investigating whether + arrests changed",
		[]string{"Blast", "Police are investigating whether the blast was deliberate, and two men were arrested on Monday."},
		[]string{"Blast", "Police are investigating whether the blast was deliberate, and three men were arrested on Monday."}, "altered number"},
	{"10", "investigating whether -> investigating the cause",
		[]string{"Blast", "An explosion damaged a fuel tanker in Naivasha on Sunday.", "Police are investigating whether the blast was deliberate."},
		[]string{"Blast", "An explosion damaged a fuel tanker in Naivasha on Sunday.", "Police are investigating the blast, which they said was deliberate."}, "altered modality"},
	{"10", "investigating whether -> ruled out",
		[]string{"Blast", "An explosion damaged a fuel tanker in Naivasha on Sunday.", "Police are investigating whether the blast was deliberate."},
		[]string{"Blast", "An explosion damaged a fuel tanker in Naivasha on Sunday.", "Police said the blast was not deliberate."}, "altered modality||altered negation||altered modality;altered negation"},

	// ---------------- Rule 11: epistemicShould ----------------
	{"11", "expected to take = should take",
		[]string{"Pipeline repairs", "Cassoma said repairs were expected to take 10 to 14 days.", "The line carries crude to the coast."},
		[]string{"Pipeline repairs", "Repairs should take between 10 and 14 days, Cassoma said.", "The line carries crude to the coast."}, ""},
	{"11", "due to start = should begin",
		[]string{"Road works", "Works are due to start in May, the ministry said."},
		[]string{"Road works", "Works should begin in May, the ministry said."}, ""},
	{"11", "should be back = expected to be back",
		[]string{"Power cut", "A nationwide blackout hit Kenya on Friday evening.", "Power should be back by midnight, the utility said."},
		[]string{"Power cut", "A nationwide blackout hit Kenya on Friday evening.", "The utility said power was expected to be back by midnight."}, ""},
	{"11", "should be back -> will be back",
		[]string{"Power cut", "A nationwide blackout hit Kenya on Friday evening.", "Power should be back by midnight, the utility said."},
		[]string{"Power cut", "A nationwide blackout hit Kenya on Friday evening.", "Power will be back by midnight, the utility said."}, "altered modality"},
	{"11", "residents should report = urged to report",
		[]string{"Storm", "Strong winds tore roofs off homes in Kisumu on Monday.", "Residents should report damage to the county office."},
		[]string{"Storm", "Strong winds tore roofs off homes in Kisumu on Monday.", "Residents are urged to report damage to the county office."}, ""},
	{"11", "paracetamol should be used",
		[]string{"Drug alert", "The regulator recalled a batch of ibuprofen syrup on Thursday.", "Paracetamol should be used instead, doctors said."},
		[]string{"Drug alert", "The regulator recalled a batch of ibuprofen syrup on Thursday.", "Doctors said paracetamol should be used in its place."}, ""},
	{"11", "women should take folic acid = advises women to take",
		[]string{"Health", "The ministry issued new pregnancy guidance on Monday.", "Women should take folic acid before pregnancy, the guidance says."},
		[]string{"Health", "The ministry issued new pregnancy guidance on Monday.", "The guidance advises women to take folic acid before pregnancy."}, ""},
	{"11", "government should reopen = urged government to reopen",
		[]string{"Border", "Traders protested in Busia on Monday over the border closure.", "Opposition leaders said the government should reopen the border."},
		[]string{"Border", "Traders protested in Busia on Monday over the border closure.", "Opposition leaders urged the government to reopen the border."}, ""},
	{"11", "Israel should end = called on Israel to end",
		[]string{"Gaza", "Foreign ministers met in Cairo on Sunday.", "Israel should end the war, Egypt's foreign minister said."},
		[]string{"Gaza", "Foreign ministers met in Cairo on Sunday.", "Egypt's foreign minister called on Israel to end the war."}, ""},
	{"11", "talks should resume -> will resume",
		[]string{"Talks", "Talks between the government and doctors broke down on Friday.", "The talks should resume next week, a mediator said."},
		[]string{"Talks", "Talks between the government and doctors broke down on Friday.", "The talks will resume next week, a mediator said."}, "altered modality"},
	{"11", "talks should resume = expected to resume",
		[]string{"Talks", "Talks between the government and doctors broke down on Friday.", "The talks should resume next week, a mediator said."},
		[]string{"Talks", "Talks between the government and doctors broke down on Friday.", "The talks are expected to resume next week, a mediator said."}, ""},
	{"11", "flights should resume Monday -> Tuesday",
		[]string{"Airport", "Jomo Kenyatta airport was closed on Saturday after a runway fire.", "Flights should resume on Monday, the airport authority said."},
		[]string{"Airport", "Jomo Kenyatta airport was closed on Saturday after a runway fire.", "Flights should resume on Tuesday, the airport authority said."}, "altered date"},
	{"11", "airport should be able to reopen = expected to reopen",
		[]string{"Airport", "Jomo Kenyatta airport was closed on Saturday after a runway fire.", "The airport should be able to reopen by Friday, officials said."},
		[]string{"Airport", "Jomo Kenyatta airport was closed on Saturday after a runway fire.", "The airport is expected to reopen by Friday, officials said."}, ""},
	{"11", "anyone should contact = asked to contact",
		[]string{"Ticket fraud", "Police arrested two men selling fake match tickets in Nairobi.", "Anyone who bought tickets from them should contact the police."},
		[]string{"Ticket fraud", "Police arrested two men selling fake match tickets in Nairobi.", "Anyone who bought tickets from them is asked to contact the police."}, ""},
	{"11", "doctors should take precautions = urged doctors",
		[]string{"Outbreak", "Kenya confirmed two mpox cases in Busia on Monday.", "Doctors should take extra precautions, the ministry said."},
		[]string{"Outbreak", "Kenya confirmed two mpox cases in Busia on Monday.", "The ministry urged doctors to take extra precautions."}, ""},
	{"11", "bridge should open 2027 -> 2028",
		[]string{"Bridge", "Construction of the Likoni bridge began in March.", "The bridge should open in 2027, officials said."},
		[]string{"Bridge", "Construction of the Likoni bridge began in March.", "The bridge should open in 2028, officials said."}, "altered date"},
	{"11", "deal should complete = expected to complete",
		[]string{"Merger", "Safaricom agreed to buy a stake in a Tanzanian lender on Monday.", "The deal should complete in June, the company said."},
		[]string{"Merger", "Safaricom agreed to buy a stake in a Tanzanian lender on Monday.", "The deal is expected to complete in June, the company said."}, ""},
	{"11", "should the talks fail = if the talks fail",
		[]string{"Strike", "Doctors met health officials on Friday.", "Should the talks fail, the strike will begin on Monday."},
		[]string{"Strike", "Doctors met health officials on Friday.", "If the talks fail, the strike will begin on Monday."}, ""},
	{"11", "parents should keep children home = asked parents",
		[]string{"Schools", "Floods cut roads in Tana River on Tuesday.", "Parents should keep children at home, the school said."},
		[]string{"Schools", "Floods cut roads in Tana River on Tuesday.", "The school asked parents to keep children at home."}, ""},
	{"11", "county should complete audit (demand) = must",
		[]string{"Audit", "MPs criticised Nairobi county's books on Tuesday.", "The county should complete the audit before June, the committee said."},
		[]string{"Audit", "MPs criticised Nairobi county's books on Tuesday.", "The committee told the county to complete the audit before June."}, ""},
	{"11", "repairs should take 10 days -> 14 days",
		[]string{"Pipeline repairs", "Repairs should take about 10 days, Cassoma said.", "The line carries crude to the coast."},
		[]string{"Pipeline repairs", "Repairs should take about 14 days, Cassoma said.", "The line carries crude to the coast."}, "altered number"},
	{"11", "should be restored -> would be reconnected",
		[]string{"Power", "Officials said the rest of the country should be reconnected by midnight."},
		[]string{"Power", "Officials said the rest of the country would be reconnected by midnight."}, "altered modality"},
	{"11", "advice: KPLC says customers should be patient vs expected state",
		[]string{"Power", "A blackout hit parts of Mombasa on Sunday.", "Customers should be patient, the utility said."},
		[]string{"Power", "A blackout hit parts of Mombasa on Sunday.", "The utility asked customers to be patient."}, ""},
	{"11", "ministry should take responsibility (demand)",
		[]string{"Exam leak", "Exam papers leaked in several counties last week.", "The ministry should take responsibility, the teachers' union said."},
		[]string{"Exam leak", "Exam papers leaked in several counties last week.", "The teachers' union said the ministry must take responsibility."}, ""},

	// ---------------- extra probes ----------------
	{"5", "deaths revised in pair, other sentence unchanged",
		[]string{"Floods", "The floods have killed 12 people, officials said.", "More than 3,000 people have fled their homes."},
		[]string{"Floods", "The floods have killed 16 people, officials said.", "More than 3,000 people have fled their homes."}, "altered number"},
	{"2", "other mine event with hospital town (near miss)",
		review14Depot("No one was hurt in the fire."),
		review14Depot("Three miners were killed in a collapse at the Macalder mine and taken to a hospital in Migori."),
		"dropped *;added *"},
	{"1", "no reports of looting vs shops shut for fear of looting (near miss)",
		[]string{"Protests", "Protesters marched through central Nakuru on Thursday.", "There were no reports of looting.", "Police fired tear gas near the market."},
		[]string{"Protests", "Protesters marched through central Nakuru on Thursday.", "Police fired tear gas near the market.", "Many shops stayed shut for fear of looting."},
		"dropped *;added *"},
	{"11", "traffic should return to normal = expected to",
		[]string{"Road", "A lorry overturned on Mombasa Road on Monday morning.", "Traffic should return to normal by evening, police said."},
		[]string{"Road", "A lorry overturned on Mombasa Road on Monday morning.", "Traffic is expected to return to normal by evening, police said."}, ""},
	{"11", "prices should fall (not outcome verb) = expected to fall",
		[]string{"Fuel", "The regulator cut fuel levies on Monday.", "Pump prices should fall next month, analysts said."},
		[]string{"Fuel", "The regulator cut fuel levies on Monday.", "Analysts said pump prices were expected to fall next month."}, ""},
	{"8", "who leads opposition = opposition leader (no title)",
		[]string{"Budget", "Raila Achieng, who leads the opposition, rejected the budget."},
		[]string{"Budget", "Opposition leader Raila Achieng rejected the budget."}, ""},
	{"9", "scare quotes kept, number changed",
		[]string{"Fuel", `The minister called the 12% price rise "temporary" on Monday.`},
		[]string{"Fuel", `The minister called the 15% price rise "temporary" on Monday.`}, "altered number"},
	{"4", "cause unknown -> preliminary report blames wiring",
		review14Fire("The cause of the fire is not yet known."),
		review14Fire("A preliminary report blamed faulty wiring."), "altered modality"},
}
