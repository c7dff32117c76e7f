package align

import (
	"slices"
	"testing"
)

// Tests of session 28's work.

// TestNameGivenPaired pairs the one sentence that says a name has not
// been given with the one sentence of the other side that gives a name,
// wherever the update put it: the name given is one claim, its
// negator and the age or figures told with the name its details.
func TestNameGivenPaired(t *testing.T) {
	story := func(mid ...string) []string {
		return append(append([]string{
			"Farm worker dies in silo collapse near Tarbes",
			"A farm worker died on Monday when a grain silo collapsed at a cooperative near Tarbes, the fire service said.",
		}, mid...), "The cooperative said it was cooperating with the inquiry.", "Labour inspectors visited the site on Tuesday.")
	}
	ref := story("The man, 52, was buried under maize for more than an hour. His name has not been released.")
	runMechanismCases(t, []mechanismCase{
		{"named later in the story",
			ref,
			append(story("The man, 52, was buried under maize for more than an hour."),
				"He was named on Wednesday as Laurent Caubet, a father of two from Aureilhan."),
			[]string{"altered entity"}},
		{"police identified, age with the name",
			story("The man, 52, was buried under maize for more than an hour. Police have not released the names of his two colleagues."),
			story("The man, 52, was buried under maize for more than an hour.", "Police identified the two colleagues as Marc Lafitte, 31, and Yves Dupuy, 47."),
			[]string{"altered entity"}},
		// Near-misses: "identified as" what, not who; a withheld name
		// kept and a naming sentence of someone else added beside it.
		{"identified as a thing",
			ref,
			append(story("The man, 52, was buried under maize for more than an hour. His name has not been released."),
				"The silo had been identified as a risk in an audit in 2023."),
			[]string{"added date"}},
	})
}

// TestChromeLines28 reads as chrome the page furniture set121–set123
// showed in copies: a byline with its time before the date, a blog's
// credit with its comment count, a stamp labelled by a word beside a
// section and a source, a sponsor's promotion and notices that the copy
// runs with leave. Story sentences that open alike stay news.
func TestChromeLines28(t *testing.T) {
	body := []string{"Ferry services cancelled as gales hit Orkney",
		"All sailings between Kirkwall and Aberdeen were cancelled on Tuesday as gusts reached 80 mph, the operator said.",
		"Services are expected to resume on Wednesday."}
	with := func(line string) []string {
		return append([]string{body[0], line}, body[1:]...)
	}
	runMechanismCases(t, []mechanismCase{
		{"byline, time then date", body, with("By Orcadian Reporter | 16:20, 14 May"), nil},
		{"blog credit and comment count", body, with("Posted by admin in Travel News | 3 comments"), nil},
		{"word-labelled stamp, section and source", body, with("Posted Tue, 14 Jan 2025 · North Isles · Source: The Island Courier"), nil},
		{"sponsor's promotion", body, with("Sponsored: Discover Orkney this winter – book direct and save"), nil},
		{"produced by, republished with permission", body, with("This article was produced by the Highland News Partnership and is republished with permission."), nil},
		{"written by, republished with permission", body, with("This report was written for the Highland News Partnership and is republished with permission."), nil},
		{"partner content with permission", body, with("Content from partner publications is republished with permission."), nil},
		// Near-misses: story sentences that open like the chrome.
		{"sponsored walk", body, with("Sponsored walkers raised £3,000 for the lifeboat station on Sunday."), []string{"added number"}},
		{"comments from the minister", body, with("The comments from the minister, posted on Tuesday, angered islanders."), []string{"added date"}},
	})
}

// TestHeadlineToNotPlan keeps a headline's "to" of a plan ("Council to
// close library") from the "to" after an irregular participle ("Four
// taken to hospital") or an indefinite pronoun ("Nothing to suggest
// foul play").
func TestHeadlineToNotPlan(t *testing.T) {
	for _, tt := range []struct {
		s    string
		want bool
	}{
		{"Council to close Brora library", true},
		{"Islanders to vote on ferry deal", true},
		{"Four taken to hospital after train derails", false},
		{"Climbers driven to safety as storm hits", false},
		{"Nothing to suggest foul play in Brora fire", false},
		{"Herder trampled to death", false},
	} {
		f := extract(tt.s, nil, nil)
		got := slices.ContainsFunc(f.modal, func(m Fact) bool { return m.Key == "hedge:intent" && m.Text == "to" })
		if got != tt.want {
			t.Errorf("%q: headline plan %v, want %v (modal %v)", tt.s, got, tt.want, f.modal)
		}
	}
}

// TestConditionTurned reports a patient's condition told anew as a
// characterization, its hedge and the "not" of "not life-threatening"
// its details; a count of those in a condition, or the same grade told
// in other words, is no such change.
func TestConditionTurned(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"his condition was described as serious but stable.", "serious but stable"},
		{"he was in a critical condition.", "critical"},
		{"her injuries are not thought to be life-threatening.", "not life-threatening"},
		{"her injuries are serious but are not believed to be life-threatening.", "serious, not life-threatening"},
		{"the boy was critically injured.", "critical"},
		{"his condition is now stable.", "stable"},
		{"one man is in a critical condition and two are in a serious condition.", ""}, // two grades
		{"none of them was in a serious condition.", "serious"},                        // a count, graded alike
		{"the council said the bridge was in a stable state.", ""},
	} {
		if got := patientCondition(tt.in); got != tt.want {
			t.Errorf("patientCondition(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	p := wrapBetween("Rider hurt as horse bolts at Okehampton show", "The show continued in the afternoon.")
	runMechanismCases(t, []mechanismCase{
		{"hedged grade to another",
			p("The rider was flown to Derriford Hospital. Her condition was described as serious but stable."),
			p("The rider was flown to Derriford Hospital. She was in a critical condition."),
			[]string{"altered characterization"}},
		{"grade given by the hospital",
			p("The rider was flown to Derriford Hospital. Her condition has been described as critical."),
			p("The rider was flown to Derriford Hospital. Her condition was now stable, the hospital said on Monday."),
			[]string{"altered characterization"}},
		// Near-misses: the same grade in other words, and a count.
		{"same grade reworded",
			p("The rider was flown to Derriford Hospital. Her injuries are serious but not believed to be life-threatening."),
			p("The rider was flown to Derriford Hospital. Her injuries are considered serious but are not believed to be life-threatening."),
			nil},
		{"two people graded",
			p("The rider was flown to Derriford Hospital. The woman was in a critical condition."),
			append(p("The rider was flown to Derriford Hospital."), "Her husband was in a stable condition on Sunday."),
			[]string{"dropped wording", "added date"}},
		{"count of the graded",
			p("Five people were hurt. Two of them were in a serious condition."),
			p("Five people were hurt. Three of them were in a serious condition."),
			[]string{"altered number"}},
	})
}

// TestNoCommentBothSides reads "did not answer questions" as no
// response where the other side's "did not respond" says the press
// asked; a response given is still the claim's change.
func TestNoCommentBothSides(t *testing.T) {
	p := wrapBetween("Scaffolder dies after fall in Lund", "Work at the site has stopped.")
	runMechanismCases(t, []mechanismCase{
		{"respond → answer",
			p("The contractor, Lundabygg, did not respond to questions about the accident."),
			p("The contractor, Lundabygg, did not answer questions about the accident."),
			nil},
		{"no answer → answer given",
			p("The contractor, Lundabygg, did not respond to questions about the accident."),
			p("The contractor, Lundabygg, said in a statement that it was cooperating with the inquiry."),
			[]string{"altered wording"}},
	})
}

// TestNoneCounted reports a count where the other side said there was
// none of the same thing as the number's change, its "no" the count's;
// "not one" counts none.
func TestNoneCounted(t *testing.T) {
	p := wrapBetween("Bees swarm over Greystones school yard", "Lessons resumed after lunch.")
	runMechanismCases(t, []mechanismCase{
		{"no pupil → one pupil",
			p("Pupils were kept indoors until a beekeeper arrived. No pupil was stung, the school said."),
			p("Pupils were kept indoors until a beekeeper arrived. One pupil was stung on the arm but was not badly hurt, the school said."),
			[]string{"altered number"}},
		{"not one pupil",
			p("Pupils were kept indoors until a beekeeper arrived. No pupil was stung, the school said."),
			p("Pupils were kept indoors until a beekeeper arrived. Not one pupil was stung, the school said."),
			nil},
	})
}

// TestCordonedSealed reads "cordoned off", "sealed off" and "closed off"
// a street as one act.
func TestCordonedSealed(t *testing.T) {
	p := wrapBetween("Scaffolding falls onto Ystad shopping street", "Nobody else was hurt.")
	runMechanismCases(t, []mechanismCase{
		{"cordoned → closed off",
			p("Rescue services cordoned off part of the pedestrian street on Monday."),
			p("Rescue services closed off part of the pedestrian street on Monday."), nil},
		{"closed → sealed off",
			p("Officers closed the promenade for two hours."),
			p("Officers sealed off the promenade for two hours."), nil},
	})
}
