package align

import "testing"

// TestTitleRank checks that a rank word given to or taken from a title
// before the same name ("Transport Minister" → "Deputy Transport
// Minister") names another office, as does a capitalised field of the
// role swapped for another, while a nationality added before a
// lower-case title is no change.
func TestTitleRank(t *testing.T) {
	runMechanismCases(t, []mechanismCase{
		keptCase("rank before a capitalised portfolio",
			"Transport Minister Oriol Benet said the dispute would be settled by arbitration.",
			"Acting Transport Minister Oriol Benet said the dispute would be settled by arbitration.",
			"altered entity"),
		keptCase("rank dropped from a capitalised portfolio",
			"Interim Labour Secretary Ines Varga told reporters the talks would resume.",
			"Labour Secretary Ines Varga told reporters the talks would resume.",
			"altered entity"),
		keptCase("rank before a lower-case title with an adjective",
			"The figures were confirmed by regional registrar Tomas Kell on Tuesday.",
			"The figures were confirmed by former regional registrar Tomas Kell on Tuesday.",
			"altered entity"),
		keptCase("role of a rarer office with a rank",
			"The inquiry was opened by coroner Petra Lund, the court said.",
			"The inquiry was opened by assistant coroner Petra Lund, the court said.",
			"altered entity"),
		keptCase("capitalised field swapped, its word told in lower case",
			"Energy Minister Oriol Benet said trade through the port would recover.",
			"Trade Minister Oriol Benet said trade through the port would recover.",
			"altered entity"),
		keptCase("nationality added before a lower-case title",
			"Transport minister Oriol Benet said the dispute would be settled by arbitration.",
			"Andorran transport minister Oriol Benet said the dispute would be settled by arbitration."),
		keptCase("same title kept",
			"Deputy Transport Minister Oriol Benet said the dispute would be settled by arbitration.",
			"Deputy Transport Minister Oriol Benet said the dispute would be settled by arbitration, according to the ministry."),
	})
}

// TestNoticeNotClaim checks that a licence or permission named in a
// claim is not taken for a republication notice, while the notice still
// is one.
func TestNoticeNotClaim(t *testing.T) {
	runMechanismCases(t, []mechanismCase{
		keptCase("hedge cut before an offence without a licence",
			"A crane driver was detained for allegedly operating without a licence, the port police said.",
			"A crane driver was detained for operating without a licence, the port police said.",
			"altered modality"),
		keptCase("hedge cut before an offence without permission",
			"Two boats were seized for reportedly fishing in the harbour without permission, officials said.",
			"Two boats were seized for fishing in the harbour without permission, officials said.",
			"altered modality"),
		{"notice still chrome",
			keptHarbour,
			append(append([]string{}, keptHarbour...), "This article may not be reproduced without the permission of the publisher."),
			nil},
	})
}

// TestSuperlativeHedge checks that a superlative told outright where the
// other side made it one of a group ("one of the deepest" → "the
// deepest"), or hedged so, is a characterization, and that the same
// superlative on both sides is none.
func TestSuperlativeHedge(t *testing.T) {
	runMechanismCases(t, []mechanismCase{
		keptCase("hedge cut",
			"The harbour is among the deepest on the coast, the authority said.",
			"The harbour is the deepest on the coast, the authority said.",
			"altered characterization"),
		keptCase("hedge added",
			"The stoppage is the longest at the port since 1998.",
			"The stoppage is one of the longest at the port since 1998.",
			"altered characterization"),
		keptCase("with most and a possessive",
			"Valmora is one of the region's most crowded ports.",
			"Valmora is the region's most crowded port.",
			"altered characterization"),
		keptCase("first of a kind",
			"The crane is one of the first electric cranes in the country.",
			"The crane is the first electric crane in the country.",
			"altered characterization"),
		keptCase("superlative kept",
			"The harbour is among the deepest on the coast.",
			"The harbour is among the deepest on the whole coast."),
		keptCase("a noun in -est is no superlative",
			"The dockers are one of the groups behind the protest.",
			"The dockers are the group behind the protest.",
		),
	})
}

// TestCountBound checks that a bound put on a count written in words
// ("seven" → "more than seven") is a number change, while a preposition
// that only looks like a bound ("over four days") is none.
func TestCountBound(t *testing.T) {
	runMechanismCases(t, []mechanismCase{
		keptCase("bound added to a count in words",
			"Seven ships were turned away from the terminal.",
			"At least seven ships were turned away from the terminal.",
			"altered number"),
		keptCase("bound dropped from a count in words",
			"More than twenty lorries queued at the gate.",
			"Twenty lorries queued at the gate.",
			"altered number"),
		keptCase("over as a span of time",
			"The talks were held four days apart.",
			"The talks were held over four days apart."),
	})
}

// TestDeadlineDate checks that a date set as the end of a state ("until
// at least Friday") is a date added even where a weekday of a past event
// would be no change, and that a deadline bounded on one side only
// ("until at least Friday" → "until Friday") changes how sure its end is.
func TestDeadlineDate(t *testing.T) {
	runMechanismCases(t, []mechanismCase{
		keptCase("bounded deadline added",
			"Ferries to the island were cancelled, the operator said.",
			"Ferries to the island were cancelled until at least Friday morning, the operator said.",
			"altered date"),
		keptCase("deadline kept open",
			"Ferries to the island were cancelled, the operator said.",
			"Ferries to the island remain cancelled until at least Friday morning, the operator said.",
			"altered date"),
		keptCase("deadline bound dropped",
			"The terminal stays closed until at least Friday, the operator said.",
			"The terminal stays closed until Friday, the operator said.",
			"altered modality"),
		keptCase("deadline kept",
			"The terminal stays closed until at least Friday, the operator said.",
			"The terminal stays closed until at least Friday, the port operator said."),
	})
}

// TestJudgingModifiers checks that a word judging truth, a margin or
// conduct added to a kept sentence is a characterization, and that the
// same judgement told as an adjective on one side and its adverb on the
// other is none.
func TestJudgingModifiers(t *testing.T) {
	runMechanismCases(t, []mechanismCase{
		keptCase("truth judged",
			"Officials said claims that the cranes are unsafe have spread online.",
			"Officials said bogus claims that the cranes are unsafe have spread online.",
			"altered characterization"),
		keptCase("margin judged beside a count given",
			"The members backed the stoppage in a vote on Sunday, with most crane drivers in favour.",
			"The members narrowly backed the stoppage in a vote on Sunday, with 40 crane drivers in favour.",
			"altered number", "altered characterization"),
		keptCase("conduct judged beside a noun for a pronoun",
			"Guards escorted them out of the terminal.",
			"Guards escorted the disorderly crowd out of the terminal.",
			"altered characterization"),
		keptCase("adjective told as its adverb",
			"The members backed the stoppage by a comfortable margin on Sunday.",
			"The members comfortably backed the stoppage on Sunday."),
	})
}

// TestFractionShare checks that a share told as a fraction on both sides
// and changed ("half" → "a third") is a number change, and that an
// ordinal that only looks like a fraction ("a third ship", "the first
// half") is none.
func TestFractionShare(t *testing.T) {
	runMechanismCases(t, []mechanismCase{
		keptCase("half to a third",
			"The levy pays for about half the cost of each new crane.",
			"The levy pays for about a third of the cost of each new crane.",
			"altered number"),
		keptCase("hyphenated fractions",
			"Night shifts were cut by one-fifth last year.",
			"Night shifts were cut by one-quarter last year.",
			"altered number"),
		keptCase("fraction kept in other words",
			"Roughly a fifth of the cargo is grain, the authority said.",
			"About a fifth of the cargo is grain, the authority said."),
		keptCase("ordinals are no fractions",
			"A third ship was held in the first half of the shift.",
			"A fourth ship was held in the second half of the shift.",
			"altered number"),
	})
}

// TestRecordClaim checks that a figure ranked as a record on one side
// only is a characterization, and that "record" as a noun is none.
func TestRecordClaim(t *testing.T) {
	runMechanismCases(t, []mechanismCase{
		keptCase("record dropped before a figure",
			"Container traffic rose last year to a record 2.4 million boxes.",
			"Container traffic rose last year to 2.4 million boxes.",
			"altered characterization"),
		keptCase("record added before a noun",
			"The open day drew large crowds to the quay.",
			"The open day drew record crowds to the quay.",
			"altered characterization"),
		keptCase("record as a noun",
			"The port keeps a record of every ship that docks.",
			"The port keeps a log of every ship that docks."),
		keptCase("record kept in other words",
			"Traffic hit record highs in June.",
			"Traffic hit record levels in June."),
	})
}

// TestLetterPrice checks that a lone currency letter written onto an
// amount with two decimals ("K14.60" for kwacha) is a price, compared as
// a number, while a letter before a whole number stays a name.
func TestLetterPrice(t *testing.T) {
	runMechanismCases(t, []mechanismCase{
		keptCase("letter price changed",
			"A tonne of cement now costs K14.60 more at the quay, traders said.",
			"A tonne of cement now costs K16.20 more at the quay, traders said.",
			"altered number"),
		keptCase("letter price kept",
			"A tonne of cement now costs K14.60 more at the quay, traders said.",
			"A tonne of cement now costs K14.60 more at the quay, dealers said."),
		keptCase("model name",
			"The crane was built on an M25 chassis.",
			"The crane was built on an M26 chassis.",
			"altered entity"),
	})
}

// TestNearBound checks that a figure told as short of a number on one
// side and past it on the other ("nearly 900" → "more than 900") is a
// number change, while two ways of saying short of it are none.
func TestNearBound(t *testing.T) {
	runMechanismCases(t, []mechanismCase{
		keptCase("short of it turned past it",
			"Nearly 900 containers are stacked on the quay.",
			"More than 900 containers are stacked on the quay.",
			"altered number"),
		keptCase("short of it made exact",
			"The dockers lose almost 4,000 pesos a month.",
			"The dockers lose 4,000 pesos a month.",
			"altered number"),
		keptCase("short of it either way",
			"Nearly 900 containers are stacked on the quay.",
			"Almost 900 containers are stacked on the quay."),
	})
}

// TestDegreeModifiers checks that a word grading how severe, elaborate
// or lasting a thing is, cut from a kept sentence ("minor scuffles" →
// "scuffles"), is a characterization.
func TestDegreeModifiers(t *testing.T) {
	runMechanismCases(t, []mechanismCase{
		keptCase("severity cut",
			"There were slight delays at the gate on Tuesday.",
			"There were delays at the gate on Tuesday.",
			"altered characterization"),
		keptCase("elaborateness cut",
			"Smugglers used an elaborate network of false manifests.",
			"Smugglers used a network of false manifests.",
			"altered characterization"),
		keptCase("duration cut",
			"The crane drivers began an indefinite stoppage on Monday.",
			"The crane drivers began a stoppage on Monday.",
			"altered characterization"),
	})
}

// TestProvisionalHedge checks that an act made provisional ("ordered" →
// "temporarily ordered", "agreed" → "tentatively agreed") is a change of
// modality, not a characterization.
func TestProvisionalHedge(t *testing.T) {
	runMechanismCases(t, []mechanismCase{
		keptCase("temporarily",
			"A court on Friday barred the operator from hiring replacement staff.",
			"A court on Friday temporarily barred the operator from hiring replacement staff.",
			"altered modality"),
		keptCase("tentatively",
			"The union agreed to a new roster, the operator said.",
			"The union tentatively agreed to a new roster, the operator said.",
			"altered modality"),
	})
}
