package align

import (
	"slices"
	"strings"
)

// This file holds the general word classes the classifier reasons with:
// hedge strength, evaluative words, verb synonyms and the vocabulary of
// publication notices. Each class is meant to cover the common usage of
// news writing, not the sentences of any one story.

// modalClasses maps a hedge or certainty marker to its strength class.
// Swapping markers within a class ("may" → "might", "think" → "believe")
// keeps the claim's strength; only a change of class is a modality change.
// Keys starting with "hedge" weaken a claim, keys starting with "certain"
// assert it.
var modalClasses = func() map[string]string {
	m := make(map[string]string)
	add := func(class, words string) {
		for _, w := range strings.Fields(words) {
			m[w] = class
		}
	}
	add("hedge:possible", `may might could possibly perhaps potentially potential maybe conceivably possible theoretically`)
	add("hedge:likely", `likely probably presumably expected`)
	add("hedge:unlikely", `unlikely improbable`)
	add("hedge:belief", `believe believes believed think thinks thought suspect suspects suspected
		assume assumes assumed`)
	add("hedge:appearance", `appear appears appeared apparent apparently seem seems seemed seemingly suggest
		suggests suggested`)
	add("hedge:hearsay", `reportedly allegedly purportedly supposedly claimed claims alleged allege alleges rumoured
		rumored unconfirmed unverified`)
	add("hedge:estimate", `estimated preliminary provisional tentative provisionally tentatively temporarily`)
	add("certain:future", `will shall`)
	add("certain:assert", `confirmed confirms confirm verified established proven conclusively certainly
		definitely clearly undoubtedly`)
	return m
}()

// assertionVerbs state a claim plainly; against them a certainty marker of
// the assertion class ("confirmed" → "said") is not a change of strength.
var assertionVerbs = set(`said says stated states announced announces told tells declared reported`)

// evaluative lists words that characterize rather than report: adjectives
// and adverbs of judgement, intensity or emotion, and loaded labels for
// people and events. A version that adds, drops or swaps one of them
// changes the story's framing. Neutral descriptors (new, senior, local,
// top) and words that carry facts of their own (numbers, names, dates,
// legal outcomes) are left out.
var evaluative = set(`
panicked deafening awkward panic-stricken exploitative rioting crumbling dilapidated decrepit grudging needlessly firebrand gutsy plucky runaway crisis-hit long-delayed much-delayed betrayal reeling shady dodgy
flagging measly stormy uneasy ruinous meteoric
acute chronic horror neglected overcrowded lax treasured panicking stampeded stampeding long-suffering
cumbersome squalid moribund pioneering opaque fledgling long-stalled
thrashed thrashing drubbing drubbed trounced trouncing thumped walloped mauled humbled hammering
abrupt abruptly absurd abysmal acclaimed acrimonious aggressive aggressively agonizing agonising alarming
alarmingly ambitious angrily angry anguished appalling astonishing astounding atrocious audacious awful
baffling baseless beleaguered beloved besieged bitter bitterly bizarre blatant bleak blistering bloody
bold boldly botched brave brazen brazenly brilliant brutal brutally bumbling bungled callous calamitous
catastrophic categorically chaotic cherished clandestine colossal combative contentious controversial
controversially costly courageous covert covertly cowardly credible crippling critically crucial cruel
crushing cynical damaging damning daring deadly defiant defiantly deeply delighted deplorable desperate
desperately devastated devastating dire disastrous discredited disgraced disgraceful dismal dismayed
disappointing disturbing divisive draconian dramatic dramatically drastic drastically dreadful dubious
eagerly egregious elated embarrassing embattled emphatic emphatically enormous enormously epic
exceptional exceptionally excessive exorbitant explosive extraordinary extraordinarily extreme extremely
fabled famed fanatical farcical fatal fearless feeble ferocious fierce fiercely firmly flagrant flatly
flawed formidable fraught frantic frantically frenzied frightening frosty fruitful furious furiously
gigantic glaring glowing gloomy gory grave gravely grievous grim grisly groundless grudgingly gruelling
grueling gruesome hapless harrowing harsh harshly hasty hastily hateful heated heavy-handed heinous
heroic hideous historic horrendous horrible horrific horrifying horrified hostile huge hugely
humiliating humiliated hysterical iconic illegal illegitimate immense impressive inept infamous
inflammatory incendiary incompetent inhumane insulting intense intensely legendary lethal lavish
lucrative marvellous marvelous massive massively meagre meager menacing merciless mighty miraculous
misguided misleading monstrous mounting murky mysterious nefarious notorious notoriously obscene
ominous openly outrageous outraged overtly painful paltry peaceful peacefully pitiful polarizing
polarising powerful precarious prestigious provocative punishing questionable quietly radical rampant
rash reckless recklessly relentless relentlessly reluctant reluctantly remarkable remarkably renowned
repressive resounding revered ridiculous risky rogue ruthless ruthlessly sad sadly savage savagely
scandalous scathing secret secretive secretly sensational severe severely shaky shameful shameless
sharp sharply steep steeply serious seriously shadowy significant significantly shocking shockingly shocked sinister skyrocketing slammed sloppy soaring
sorely spectacular spiralling spiraling stark barbaric disputed escalating fragile legitimate plummeting plunging surprising surprisingly sweeping tacitly vital startling staggering staggeringly stellar stern
stinging strident striking strong strongly stunning stunned stunningly swift swiftly tense tenuous
terrible terrified terrifying thrilled thriving torrential toxic tragic tragically traumatic
tremendous triumphant troubled troubling tumultuous turbulent unacceptable unbelievable unchecked
unexpected unexpectedly unfair unfounded unhinged unjust unlawful unparalleled unprecedented unruly
unscrupulous unthinkable upbeat urgent urgently vague valiant vast vastly vehement vehemently vicious
viciously vile violent violently volatile vulnerable warm weak whopping wild withering woeful worrying
worrisome wrenching
extravagant profligate wasteful bloated hefty sky-high eye-watering bumper mammoth mediocre lacklustre
lackluster tepid sluggish generous modest substantial considerable marginal negligible sizeable
sizable outlandish ludicrous messy nasty ugly fiery impassioned passionate emotional tearful bullish
bearish rosy dangerous irresponsible negligent shoddy tainted ailing cash-strapped luckless ill-fated
doomed much-needed overdue belated glittering illustrious splendid opulent luxurious
extensive widespread moderate mild
rare unusual unique
hard-line hardline far-right far-left so-called authoritarian autocratic extremist militant
optimistic pessimistic hopeful cordial constructive productive inflamed
breakthrough landmark fiasco debacle farce shambles ordeal humiliation catastrophe disaster crisis
chaos turmoil mayhem carnage bloodbath massacre slaughter atrocity atrocities genocide genocidal
rampage spree onslaught crackdown purge witch-hunt scandal saga triumph
regime junta dictator autocrat strongman tyrant warlord thug thugs mob mobs rioters riot riots looters
militants insurgents insurgent rebels rebel terrorists terrorist extremists fanatics zealots
hardliners radicals jihadists separatists freedom-fighters guerrillas vigilantes hooligans agitators
activists protesters protestors demonstrators dissidents
false bogus fake spurious unsubstantiated debunked
narrowly comfortably overwhelmingly unanimously easily barely decisively convincingly handily narrow comfortable overwhelming decisive convincing landslide razor-thin
rowdy disorderly thuggish belligerent irate terse curt brusque illegally unlawfully
slight slightly mildly sophisticated elaborate indefinite indefinitely
infuriated enraged incensed livid disgruntled
hard-won hard-fought long-awaited long-overdue much-anticipated groundbreaking rickety ramshackle scam scams
vaunted much-vaunted much-touted miracle poorly maligned blasted flagship giant paltry
scourge pocketed ploughed plowed
insisted insists boasted bragged brags fumed scoffed scoffs
savaged berated snubbed torpedoed decimated cronies`)

// keyPredicates are the verbs and event nouns that state the news of a
// sentence: what happened to people (arrested, charged, killed, freed),
// to decisions (approved, vetoed, postponed) and to places or things
// (closed, evacuated, destroyed). A version that keeps the sentence but
// loses such a predicate, or gains one, changes the claim however the
// rest is worded. Synonyms come from verbSynonyms.
var keyPredicates = set(`arrested detained charged indicted convicted acquitted sentenced jailed imprisoned
freed killed died dead deaths injured wounded resigned sacked dismissed
elected appointed approved proposed tabled ratified rejected vetoed banned cancelled canceled postponed delayed suspended
evacuated destroyed collapsed sank crashed exploded kidnapped abducted rescued sued fined
investigated investigation inquiry probe questioned searched raided seized confiscated
impeached deported extradited executed reopened halted lifted missing trapped`)

// keyPredicateStems holds the stems of keyPredicates.
var keyPredicateStems = func() map[string]bool {
	m := make(map[string]bool)
	for w := range keyPredicates {
		m[verbStem(w)] = true
	}
	return m
}()

// strongChange are verbs of rising or falling that tell the change as
// sudden or large; their plain synonyms ("rose", "fell") do not.
var strongChange = set(`jumped jump jumps jumping surged surge surges surging soared soar soars soaring
rocketed rocket skyrocketed skyrocket leapt leaped leap spiked spike zoomed ballooned
plunged plunge plunges plunging plummeted plummet slumped slump slumps tumbled tumble tumbles
nosedived tanked slashed`)

// neutralModifiers are common descriptive adjectives and adverbs that
// neither judge nor add a fact of their own ("a new factory", "the main
// road"); added or cut, they change no claim.
var neutralModifiers = set(`new old big small large little local senior top former main major key national
regional international global public private early late recent current latest further additional
other several various whole entire same different similar general special total full overall nearby
central northern southern eastern western north south east west upper lower inner outer high low long
short young elderly daily weekly annual monthly usual normal regular separate single joint initial
final previous next last first second third certain particular specific common standard original
also still just now already again later recently currently earlier soon then there here today
then-current so-called`)

// antonyms maps the stems of common opposites of news writing to each
// other; swapping one for the other reverses a claim.
var antonyms = func() map[string][]string {
	m := make(map[string][]string)
	for _, p := range strings.Fields(`profit:loss profits:losses surplus:deficit victory:defeat win:defeat
		won:lost winner:loser success:failure succeeded:failed gain:loss gains:losses
		increase:decrease expansion:contraction growth:decline majority:minority allies:rivals
		ally:rival support:opposition supporters:opponents supported:opposed approval:rejection
		acceptance:refusal import:export imports:exports bought:sold buyer:seller buying:selling
		lender:borrower creditor:debtor guilty:innocent legal:illegal lawful:unlawful
		possible:impossible able:unable likely:unlikely first:last earliest:latest
		maximum:minimum highest:lowest best:worst strongest:weakest largest:smallest
		biggest:smallest oldest:youngest north:south east:west northern:southern eastern:western
		upstream:downstream inbound:outbound arrival:departure arrived:departed entry:exit
		accepted:rejected agreed:refused allowed:banned permitted:forbidden public:private
		domestic:foreign internal:external rural:urban civilian:military full-time:part-time
		temporary:permanent partial:complete minor:major optimistic:pessimistic bullish:bearish
		remain:leave stay:leave open:closed keep:lose present:absent include:exclude included:excluded
		mandatory:voluntary compulsory:voluntary mandatory:optional compulsory:optional` + " " + reversalPairs) {
		a, b, _ := strings.Cut(p, ":")
		a, b = verbStem(a), verbStem(b)
		m[a], m[b] = append(m[a], b), append(m[b], a)
	}
	return m
}()

// reversalPairs are acts and the acts that undo them: opposites told of
// one thing at two times, not a word and its denial. "has not reopened"
// is "remains closed", but "was not closed" is no "was reopened".
const reversalPairs = `closed:reopened shut:reopened suspended:resumed halted:resumed`

// undoneBy gives the stem of an act of reversalPairs the stems of the
// acts that undo it.
var undoneBy = func() map[string][]string {
	m := make(map[string][]string)
	for _, p := range strings.Fields(reversalPairs) {
		a, b, _ := strings.Cut(p, ":")
		m[verbStem(a)] = append(m[verbStem(a)], verbStem(b))
	}
	return m
}()

// wholeExtent and partExtent say how much of something a claim covers;
// swapping a word of one for a word of the other ("fully" → "partly")
// changes the claim, while swapping within one ("fully" → "completely")
// does not.
var (
	wholeExtent = set(`fully entirely completely wholly totally`)
	partExtent  = set(`partly partially largely mostly mainly chiefly half halfway`)
	// extentQualifiers, given on one side only, make a claim partial
	// or whole: "partly locked" → "locked", "largely destroyed" →
	// "destroyed", "restored" → "fully restored". A word of whole
	// extent counts only before a participle: "fully aware",
	// "completely false" only stress.
	extentQualifiers = set(`partly partially largely mostly mainly fully completely`)
)

// harmLexicon names harm done to people: death, injury, treatment.
var harmLexicon = union(deathWords, injuryWords, set(`hospital hospitalised hospitalized treated casualty casualties
harmed unhurt injure injures missing ill sickened`))

// injuryWords tell of people injured.
var injuryWords = set(`injured injury injuries hurt wounded wound wounds`)

// classifierNouns name the kind of a named place or body ("the city of
// Leeds", "the Acme company"); added next to the name they add nothing.
var classifierNouns = union(placeNouns, set(`company firm group organisation organization
party club team chain maker manufacturer carmaker automaker retailer carrier airline lender bank insurer
operator developer producer supplier conglomerate startup giant brand label outlet network charity`))

// placeNouns are the classifierNouns of places, no parties: "across the
// region".
var placeNouns = set(`city town village province region county district country capital island area
neighbourhood neighborhood suburb municipality state`)

// speechNouns name the form a statement took ("said in a statement", "told
// a news conference"); added, they change no claim.
var speechNouns = set(`statement release briefing conference interview post tweet email letter message
remarks comments speech address video broadcast news`)

// lightNouns are the nouns of light-verb phrases ("took place", "gave
// way", "resumed operations", "took action"): they restate the verb and
// add no detail.
var lightNouns = set(`place way operations operation service services work action actions steps step
measures measure effort efforts activity activities business part use note account effect care
attention decision issue matter thing things situation case process`)

// roleNouns name what a person is or does: offices, ranks, trades and
// roles in a story. Before a name they form its title ("council leader
// Ana Ruiz"); after "the" they refer to someone named before ("the
// mayor").
var roleNouns = set(`mayor deputy leader councillor councilor alderman minister president premier
chancellor chairman chairwoman chair chairperson chief executive ceo cfo director manager head boss
founder owner coach captain striker forward midfielder defender goalkeeper winger player author
professor researcher scientist doctor physician nurse surgeon judge magistrate lawyer attorney
solicitor barrister counsel prosecutor officer commander general colonel major lieutenant sergeant
admiral governor senator congressman congresswoman lawmaker legislator mp spokesman spokeswoman
spokesperson secretary ambassador envoy diplomat commissioner inspector superintendent constable
detective sheriff marshal king queen prince princess pope bishop archbishop priest imam rabbi cardinal
speaker treasurer auditor regulator official chef singer actor actress writer novelist poet artist
painter sculptor architect designer economist analyst editor reporter journalist activist campaigner
candidate champion star pilot driver engineer teacher principal headteacher student resident victim
suspect defendant witness survivor patient worker farmer trustee adviser advisor aide negotiator
mediator administrator curator conductor composer director-general vice-president vice-chairman
statistician registrar ombudsman comptroller controller coroner warden rector dean provost
vice-chancellor attorney-general solicitor-general auditor-general surveyor-general undersecretary
under-secretary permanent-secretary secretary-general`)

// officeWord reports whether w, in any case, is a title or a role noun:
// a word of a person's office.
func officeWord(w string) bool {
	lw := strings.ToLower(w)
	return titleWords[lw] || roleNouns[lw]
}

// roleSynonyms groups role nouns used for the same role; a title swapped
// within a group ("activist" → "campaigner") is no change. A word may
// belong to several groups ("boss": the chief, or a club's manager).
var roleSynonyms = func() map[string][]int {
	m := make(map[string][]int)
	for gi, g := range []string{
		`activist campaigner`,
		`spokesman spokeswoman spokesperson`,
		`chief head boss leader`,
		`chief executive ceo`,
		`lawyer attorney solicitor barrister counsel`,
		`chairman chairwoman chair chairperson`,
		`striker forward`,
		`coach manager boss`, // a club's "boss" is its manager
		`doctor physician`,
		`author writer novelist`,
		`lawmaker legislator mp congressman congresswoman`,
		`adviser advisor aide`,
		`premier prime`,
		`minister secretary`,
		`councillor councilor`,
		`undersecretary under-secretary`, // one office spelt two ways
	} {
		for _, w := range strings.Fields(g) {
			m[w] = append(m[w], gi+1)
		}
	}
	return m
}()

// rankWords qualify a title: a "deputy mayor" is not the mayor.
var rankWords = set(`deputy vice acting interim former ex assistant associate junior senior co lead`)

// labelNouns are the evaluative words that label people, groups or
// events ("rebels", "regime", "massacre").
var labelNouns = set(`breakthrough landmark fiasco debacle farce shambles ordeal humiliation catastrophe
disaster crisis chaos turmoil mayhem carnage bloodbath massacre slaughter atrocity atrocities genocide
rampage spree onslaught crackdown purge witch-hunt scandal saga triumph
regime junta dictator autocrat strongman tyrant warlord thug thugs mob mobs rioters riot riots looters
militants insurgents insurgent rebels rebel terrorists terrorist extremists fanatics zealots
hardliners radicals jihadists separatists freedom-fighters guerrillas vigilantes hooligans agitators
activists protesters demonstrators dissidents`)

// evaluativeScales groups evaluative words of about the same meaning and
// strength: swapping one for another of its group ("huge" → "massive") is
// no change of characterization, while a swap across groups or adding or
// dropping one is.
var evaluativeScales = func() map[string]string {
	m := make(map[string]string)
	for _, g := range []string{
		`huge massive enormous vast immense colossal gigantic tremendous whopping hefty hugely massively enormously vastly`,
		`sharp steep dramatic drastic sharply steeply dramatically drastically`,
		`severe serious grave severely seriously gravely`,
		`brutal savage vicious barbaric ruthless cruel brutally savagely viciously ruthlessly`,
		`shocking stunning startling astonishing astounding staggering shockingly stunningly staggeringly`,
		`shocked stunned dismayed horrified`,
		`fierce ferocious intense fiercely intensely`,
		`angry furious outraged irate angrily furiously infuriated enraged incensed livid`,
		`disastrous catastrophic calamitous devastating`,
		`horrific horrifying horrendous horrible terrible awful dreadful appalling gruesome grisly atrocious`,
		`alarming worrying troubling disturbing worrisome alarmingly`,
		`grim bleak dire gloomy dismal`,
		`crumbling dilapidated decrepit ramshackle decaying`,
		`unprecedented unparalleled`,
		`remarkable extraordinary exceptional striking remarkably extraordinarily exceptionally`,
		`controversial contentious divisive polarizing polarising`,
		`bitter acrimonious bitterly`,
		`protesters protestors demonstrators`,
		`terse curt brusque`,
		`illegally unlawfully`,
		`secret secretive covert clandestine secretly covertly`,
		`swift rapid abrupt sudden hasty swiftly rapidly abruptly suddenly hastily`,
		`desperate frantic desperately frantically`,
		`deadly lethal fatal`,
		`scathing blistering withering damning stinging`,
		`glowing lavish fulsome`,
		`tense fraught volatile turbulent chaotic tumultuous`,
		`strong firm strongly firmly`,
		`embattled beleaguered besieged`,
		`baseless groundless unfounded`,
		`particularly especially notably`,
		`fake bogus sham phoney phony`,
		`notorious infamous notoriously`,
		`hefty sizeable sizable substantial considerable`,
		`modest slight marginal negligible minor`,
		`lacklustre lackluster tepid sluggish`,
		`ludicrous absurd ridiculous outlandish farcical`,
		`extravagant opulent luxurious profligate`,
		`far much greatly considerably substantially`,
	} {
		ws := strings.Fields(g)
		for _, w := range ws {
			m[w] = ws[0]
		}
	}
	return m
}()

// judgedCompound reports whether w is a compound that labels what it
// describes by a judgement: "scandal-hit", "crisis-ridden",
// "graft-tainted". A compound of an event or a state ("flood-hit",
// "disaster-stricken", "riot-hit", "violence-hit", "debt-laden")
// describes.
func judgedCompound(w string) bool {
	if judgingAdverb(w) != "" {
		return true // (an adverb of a judgement, not a compound)
	}
	head, tail, ok := strings.Cut(w, "-")
	// "long-troubled", "much-maligned": a judgement said to last.
	return ok && (judgedHeads[head] && blightWords[tail] || lastingHeads[head] && (evaluative[tail] || blightWords[tail]))
}

// judgedHeads and blightWords make the compounds judgedCompound reads.
var (
	judgedHeads = set(`scandal crisis controversy turmoil chaos strife graft corruption`)
	blightWords = set(`hit plagued ridden stricken tainted mired battered ravaged laden scarred`)
	// lastingHeads open a compound whose judgement has lasted.
	lastingHeads = set(`long much often chronically`)
)

// evaluativeKey is the comparison key of an evaluative word: its scale
// group, or the word itself; an adverb judgingAdverb reads has its
// adjective's ("spectacularly" is "spectacular").
func evaluativeKey(w string) string {
	if k, ok := evaluativeScales[w]; ok {
		return k
	}
	if a := judgingAdverb(w); a != "" {
		return evaluativeKey(a)
	}
	return w
}

// judgingAdverb returns the evaluative adjective of an -ly adverb that the
// list of evaluative words lacks ("spectacularly", "lavishly",
// "recklessly" is listed), or "" for other words; adverbs of frequency
// and degree that only look so ("rarely", "uniquely") are no judgement.
func judgingAdverb(w string) string {
	b, ok := strings.CutSuffix(w, "ly")
	if !ok || len(b) < 3 || evaluative[w] || plainAdverbs[w] {
		return ""
	}
	for _, c := range [...]string{b, b + "e", b + "le", strings.TrimSuffix(b, "i") + "y"} {
		if c != w && evaluative[c] {
			return c
		}
	}
	return ""
}

// plainAdverbs are -ly adverbs of listed adjectives that tell how often,
// how far or how much, not how well.
var plainAdverbs = set(`rarely uniquely unusually fatally legally illegally vitally mildly moderately
extensively widely narrowly heavily`)

// intensifiers strengthen the comparative or adjective after them
// ("more" → "far more").
var intensifiers = set(`far much very extremely highly vastly greatly significantly slightly somewhat barely hugely
overwhelmingly considerably substantially markedly sharply dramatically even increasingly deeply
incredibly exceptionally particularly especially utterly totally`)

// degreePrepositions are the words after which "well" tells how far: "well
// above", "well short of", "well inside".
var degreePrepositions = set(`above below short over under inside outside ahead behind beyond within`)

// wellNouns come before "well" the noun: "a gas well inside the reserve".
var wellNouns = set(`gas oil water old new deep village artesian exploration production disposal injection`)

// comparatives are words an intensifier may modify.
var comparatives = set(`more less fewer greater worse better larger smaller higher lower bigger too`)

// verbSynonyms groups content verbs (and the nouns and adjectives that
// report the same event) that news writers use interchangeably. Swapping a
// word for another of its group, or for an inflection of itself, keeps the
// claim; swapping a content verb for a word outside its group changes it.
// A word may belong to several groups.
var verbSynonyms = buildSynonyms([]string{
	`said stated told says states tells noted added remarked commented`,
	`jailed imprisoned incarcerated sentenced prison jail imprisonment`,
	`rose increased climbed grew gained jumped surged soared rise increase climb grow gain jump surge soar higher up`,
	`fell dropped declined decreased slipped slid dipped eased fall drop decline decrease slip dip lower down`,
	`cut reduced lowered trimmed slashed cut reduce lower trim slash`,
	`raised increased hiked lifted boosted raise hike lift boost`,
	`began started launched opened commenced kicked begin start launch commence`,
	`ended finished concluded closed wrapped completed end finish conclude complete`,
	`evacuated cleared emptied evacuate clear`,
	`killed died dead deaths death fatalities lives perished slain kill die`,
	`injured wounded hurt injuries injure wound`,
	`hit struck battered slammed pounded hit strike batter`,
	`destroyed razed wrecked flattened levelled leveled demolished gutted burned burnt destroy raze wreck flatten`,
	`damaged harmed damage harm`,
	`helped assisted aided supported backed help assist aid support back`,
	`backed supported endorsed approved favoured favored back support endorse favour favor`,
	`approved passed adopted cleared ratified authorised authorized sanctioned approve pass adopt ratify authorise authorize`,
	`rejected refused dismissed spurned rebuffed rejected reject refuse`,
	`showed revealed indicated suggested found showed show reveal indicate`,
	`found discovered located uncovered identified spotted find discover locate`,
	`named identified`,
	`bought purchased acquired buy purchase acquire takeover`,
	`sold offloaded divested sell`,
	`built constructed erected build construct`,
	`asked requested urged called ask request urge`,
	`ordered instructed directed commanded order instruct direct command`,
	`disrupted interrupted paralysed paralyzed crippled disabled disrupt interrupt paralyse paralyze cripple disable`,
	`needed required need require`,
	`mandatory compulsory obligatory`,
	`tried attempted sought try attempt seek`,
	`sought wanted demanded seek want demand`, // "is seeking a 6% rise", "wants a 6% rise"
	`got received obtained secured won get receive obtain secure`,
	`gave provided offered supplied handed give provide offer supply`,
	`used employed utilised utilized use employ utilise utilize`,
	`allowed permitted let enabled allow permit enable`,
	`banned prohibited barred outlawed forbade forbidden ban prohibit bar outlaw`,
	`closed shut shuttered close shut`,
	`cordoned sealed closed cordon seal close`, // "cordoned off", "sealed off", "closed off" a street
	`reopened resumed restarted reopen resume restart`,
	`postponed delayed deferred pushed rescheduled postpone delay defer`,
	`cancelled canceled scrapped axed abandoned dropped shelved cancel scrap axe abandon shelve`,
	`fired sacked dismissed ousted removed fire sack dismiss oust`,
	`resigned quit left stepped resign quit`,
	`hired recruited employed appointed named hire recruit appoint name`,
	`warned cautioned alerted warn caution alert`,
	`blamed accused faulted blame accuse`,
	`criticised criticized condemned denounced slammed blasted criticise criticize condemn denounce`,
	`praised hailed lauded commended welcomed praise hail laud commend`,
	`planned intended aimed proposed plan intend aim propose`,
	`proposed recommended suggested advised propose recommend suggest advise`,
	`fixed repaired restored mended resolved fix repair restore resolve`,
	`rescued saved freed rescue save`,
	`released freed discharged release free`,
	`arrested detained held seized apprehended arrest detain`,
	`charged indicted charge indict`,
	`convicted found-guilty convict`,
	`investigated probed examined investigating probing investigate probe examine inquiry investigation probe`,
	`met talked held-talks discussed meet talk discuss`,
	`visited toured visit tour`,
	`announced unveiled disclosed revealed announce unveil disclose`,
	`expanded widened broadened extended expand widen broaden extend`,
	`won clinched secured captured claimed win clinch`,
	`lost forfeited lose`,
	`led headed ran chaired lead head chair`,
	`attacked assaulted targeted attack assault target`,
	`fought battled clashed fight battle clash`,
	`burned burnt torched burn torch`,
	`moved relocated transferred shifted move relocate transfer shift`,
	`signed inked sign`,
	`accelerated quickened intensified increased escalated accelerate quicken intensify escalate`,
	`talks discussions negotiations talks discussion negotiation`,
	`stayed remained stay remain unchanged steady kept held maintained retained keep hold maintain retain`,
	`cost costs priced price`,
	`owned controlled own control`,
	`described called termed labelled labeled describe call term label`,
	`caused triggered sparked prompted cause trigger spark prompt`,
	`continued persisted continue persist`,
	`removed withdrew withdrawn pulled remove withdraw`,
	`reached hit touched reach`,
	`affected hit impacted affect impact`,
	`suspended halted paused stopped suspend halt pause stop`,
	`vowed pledged promised vow pledge promise`,
	`denied rejected rebutted deny`,
	`admitted acknowledged conceded admit acknowledge concede`,
	`confirmed verified corroborated confirm verify`,
	`visited toured travelled traveled journeyed went flew visit tour travel`,
	`arrived reached landed docked came arrive reach land dock`,
	`departed left exited sailed depart leave exit`,
	`presented unveiled introduced tabled submitted filed lodged present introduce table submit file`,
	`gathered assembled congregated massed rallied converged gather assemble rally`,
	`collapsed crumbled caved gave buckled toppled fell collapse crumble cave buckle topple`,
	`thanked praised credited thank credit`,
	`pulled rescued extracted freed pull extract`,
	`accepted agreed approved endorsed took accept agree`,
	`declined refused rejected turned decline refuse`,
	`survived withstood endured weathered survive withstand endure weather`,
	`questioned interrogated interviewed quizzed grilled question interrogate interview`,
	`contained controlled curbed checked limited contain curb limit`,
	`advanced pushed marched moved progressed advance march progress`,
	`retreated withdrew pulled fled retreat flee`,
	`avoided evaded dodged skipped shunned avoid evade dodge skip shun`,
	`ignored disregarded overlooked ignore disregard overlook`,
	`created formed established founded set create form establish found`,
	`joined entered signed join enter`,
	`protested demonstrated rallied marched protest demonstrate`,
	`struck walked striking strike`,
	`sued challenged litigated sue challenge`,
	`ruled decided determined found ruled rule decide determine`,
	`voted elected chose picked selected vote elect choose pick select`,
	`defeated beat overcame overwhelmed routed defeat beat overcome`,
	`threatened menaced endangered threaten menace endanger`,
	`demanded insisted called urged demand insist`,
	`offered proposed suggested tabled offer propose suggest`,
	`paid compensated reimbursed pay compensate reimburse`,
	`spent invested allocated spend invest allocate`,
	`saved spared preserved protected save spare preserve protect`,
	`delivered supplied shipped sent deliver ship send`,
	`produced made manufactured generated produce make manufacture generate`,
	`reported recorded registered logged posted report record register log post`,
	`estimated calculated reckoned put estimate calculate reckon`,
	`expected anticipated forecast predicted projected expect anticipate predict project`,
	`surrendered gave yielded capitulated surrender yield capitulate`,
	`escaped fled broke escape flee`,
	`hid concealed hidden hide conceal`,
	`searched combed scoured search comb scour`,
	`treated tended cared treat tend`,
	`recovered recuperated healed recover recuperate heal`,
	`exploded blew detonated erupted blast explode detonate erupt`,
	`flooded inundated submerged swamped flood inundate submerge swamp`,
	`responded replied answered reacted respond reply answer react`,
	`worked served operated work serve operate`,
	`managed oversaw supervised ran manage oversee supervise`,
	`included featured contained comprised include feature comprise`,
	`merged combined united merge combine unite`,
	`split divided separated split divide separate`,
	`returned came went back return`,
	`stopped halted ended ceased stop halt cease`,
	`opposed resisted fought oppose resist`,
	`welcomed greeted hailed welcome greet`,
	`mourned grieved mourn grieve`,
	`celebrated marked commemorated celebrate mark commemorate`,
	`announced declared proclaimed announce declare proclaim`,
	`published released issued publish release issue`,
	`granted awarded issued grant award`, // "a licence was granted", "was issued"
	`confiscated seized impounded confiscate seize impound`,
	`robbed stole burgled looted rob steal burgle loot`,
	`shot fired gunned shoot`,
	`stabbed knifed stab`,
	`extinguished doused quenched extinguish douse quench`,
	`prosecuted tried prosecute`,
	`acquitted cleared exonerated acquit exonerate`,
	`kidnapped abducted seized snatched kidnap abduct snatch`,
	`rescinded revoked repealed overturned reversed annulled rescind revoke repeal overturn reverse annul`,
	`extended renewed prolonged extend renew prolong`,
	`imposed introduced levied impose levy`,
	`lifted eased relaxed scrapped lift ease relax`,
	`criticised attacked`,
	`fined penalised penalized sanctioned fine penalise penalize sanction`,
	`scored netted notched score net notch`,
	`missed failed`,
	`upheld confirmed affirmed maintained uphold affirm`,
	`recalled withdrew summoned recall summon`,
	`crashed collided smashed crash collide smash`,
	// Common nouns of news writing used for the same thing.
	`fire blaze inferno flames fires blazes`,
	`earthquake quake tremor earthquakes quakes tremors`,
	`explosion blast explosions blasts`,
	`crash collision accident crashes collisions accidents`,
	`deal agreement accord pact deals agreements`,
	`plan proposal scheme plans proposals schemes`,
	`company firm business companies firms businesses`,
	`ship vessel boat ships vessels boats`,
	`plane aircraft jet airliner planes jets airliners`,
	`troops soldiers forces`,
	`residents locals inhabitants`,
	`car vehicle cars vehicles`,
	`house home houses homes`,
	`children kids youngsters`,
	`people persons individuals`,
	`electricity power`,
	`forest woodland woods forests`,
	`cause reason causes reasons`,
	`job post position role jobs posts positions`,
	`money funds funding cash`,
	`country nation countries nations`,
	`meeting gathering meetings`,
	`hospital hospitals`,
	`rules regulations`,
	`inquiry investigation probe inquiries investigations probes`,
	`vetoed blocked veto block`,
	`deported expelled deport expel`,
	`killed died bodies body succumbed`,
	`sued lawsuit sue`,
	`fined penalty fine`,
	`considered weighed contemplated mulled pondered explored consider weigh contemplate mull ponder explore`,
	`reviewed assessed evaluated appraised reassessed review assess evaluate appraise reassess`,
	`gutted destroyed ravaged gut ravage`,
	// Multiples are changes of their own size: "halve the fee" is
	// neither "cut" nor "scrap" it, "doubled" is not "tripled".
	`halved halve`,
	`doubled double`,
	`tripled triple`,
	`quadrupled quadruple`,
})

// buildSynonyms indexes synonym groups by word and by the word's spelling
// key, since compared words are spelling-folded ("praised" → "praized").
func buildSynonyms(groups []string) map[string][]int {
	m := make(map[string][]int)
	for gi, g := range groups {
		for _, w := range strings.Fields(g) {
			for _, k := range []string{w, spellingKey(w)} {
				if ids := m[k]; len(ids) == 0 || ids[len(ids)-1] != gi {
					m[k] = append(m[k], gi)
				}
			}
		}
	}
	return m
}

// verbStemGroups indexes the synonym groups by the stem of each word, so
// that an inflection missing from the table ("postpones") finds the group
// of its listed form ("postponed").
var verbStemGroups = func() map[string][]int {
	m := make(map[string][]int)
	for w, gs := range verbSynonyms {
		st := verbStem(w)
		for _, g := range gs {
			if !slices.Contains(m[st], g) {
				m[st] = append(m[st], g)
			}
		}
	}
	return m
}()

// synonymGroups returns the synonym groups of a word or of its stem.
func synonymGroups(w string) []int {
	if gs := verbSynonyms[w]; len(gs) > 0 {
		return gs
	}
	return verbStemGroups[verbStem(w)]
}

// synonymous reports whether two words share a synonym group or a stem.
func synonymous(a, b string) bool {
	if a == b || verbStem(a) == verbStem(b) || irregularForm(a, b) && baseStem(a) == baseStem(b) {
		return true // "sank" and "sunk", "took" and "takes"
	}
	if adverbOf(a, b) || adverbOf(b, a) || derived(a, b) || derived(b, a) {
		return true // "evacuation" and "evacuated", "approval" and "approves"
	}
	if ea, ok := evaluativeScales[a]; ok && ea == evaluativeScales[b] {
		return true
	}
	gb := synonymGroups(b)
	for _, x := range synonymGroups(a) {
		if slices.Contains(gb, x) {
			return true
		}
	}
	return false
}

// wordPairs maps each first word of the pairs in s to the second.
func wordPairs(s string) map[string]string {
	f := strings.Fields(s)
	m := make(map[string]string, len(f)/2)
	for i := 0; i+1 < len(f); i += 2 {
		m[f[i]] = f[i+1]
	}
	return m
}

// irregularForm reports whether a or b is an irregular past form or
// participle.
func irregularForm(a, b string) bool {
	_, pa := participleBase[a]
	_, pb := participleBase[b]
	return irregularPast[a] || irregularPast[b] || pa || pb
}

// knownVerb reports whether the synonym table lists a word: only then can
// a swap for a word outside its groups be told from a paraphrase.
func knownVerb(w string) bool {
	return len(synonymGroups(w)) > 0
}

// verbStem strips the regular inflections of a verb ("postponed",
// "postpones", "postponing" → "postpon") so that inflections compare equal.
func verbStem(w string) string {
	for _, suf := range []string{"ied", "ies", "ing", "ed", "es", "s", "e"} {
		if stem, ok := strings.CutSuffix(w, suf); ok && len(stem) >= 3 {
			if suf == "ied" || suf == "ies" {
				return stem + "y"
			}
			// "stopped" → "stop"
			if n := len(stem); n >= 2 && stem[n-1] == stem[n-2] && !strings.ContainsRune("aeiouls", rune(stem[n-1])) {
				stem = stem[:n-1]
			}
			return stem
		}
	}
	return w
}

// adverbOf reports whether a is the adverb of adjective b: "calmly" of
// "calm", "happily" of "happy".
func adverbOf(a, b string) bool {
	if len(b) < 3 || !strings.HasSuffix(a, "ly") {
		return false
	}
	return a == b+"ly" || strings.HasSuffix(b, "y") && a == b[:len(b)-1]+"ily"
}

// derived reports whether noun a is derived from the verb of b:
// "evacuation" from "evacuated", "cancellation" from "cancelled",
// "postponement" from "postpones", "approval" from "approved".
func derived(a, b string) bool {
	return slices.Contains(nounRoots(a), verbStem(b))
}

// nounRoots returns the forms a verb's stem takes if noun w is derived
// from it: "evacuation" → "evacu", "evacuat" (and their stems).
func nounRoots(w string) []string {
	for _, suf := range []string{"ation", "ition", "ion", "ment", "al"} {
		stem, ok := strings.CutSuffix(w, suf)
		if !ok || len(stem) < 4 {
			continue
		}
		cands := []string{stem}
		if suf == "ation" || suf == "ition" {
			cands = append(cands, stem+suf[:2]) // "evacu-at-ion" of "evacuate"
		}
		var out []string
		for _, c := range cands {
			if n := len(c); n >= 2 && c[n-1] == c[n-2] {
				c = c[:n-1] // "cancell-ation" of "cancel"
			}
			out = append(out, verbStem(c), c)
		}
		return out
	}
	return nil
}

// pastBase maps common irregular past forms of content verbs, which do
// not end in -ed, to their base forms: "took" to "take".
var pastBase = wordPairs(`began begin beat beat bought buy brought bring built build caught catch chose choose came come cut cut dealt deal
drew draw drove drive fell fall felt feel fought fight found find fled flee flew fly forbade forbid forgot forget froze freeze
gave give got get grew grow held hold hid hide hit hit hurt hurt kept keep knew know laid lay led lead left leave lent lend
lost lose made make meant mean met meet paid pay put put quit quit ran run rang ring rose rise sank sink sat sit saw see
sent send set set shook shake shot shoot shut shut slid slide sold sell spent spend split split spoke speak spread spread
stole steal stood stand struck strike swore swear swept sweep swam swim took take taught teach threw throw told tell
tore tear understood understand went go withdrew withdraw won win wrote write upheld uphold withheld withhold
overcame overcome overthrew overthrow undertook undertake forgave forgive foresaw foresee rebuilt rebuild`)

// participleBase maps common irregular participles that are not also
// past forms to their base forms: "taken" to "take". (They are not
// looksLikeVerb's: "is seen in a file photo" states nothing.)
var participleBase = wordPairs(`begun begin beaten beat chosen choose drawn draw driven drive fallen fall flown fly forbidden forbid forgotten forget
frozen freeze given give gotten get grown grow hidden hide known know risen rise sunk sink shaken shake spoken speak
stolen steal sworn swear swum swim taken take torn tear thrown throw withdrawn withdraw written write overthrown overthrow
undertaken undertake forgiven forgive foreseen foresee broken break eaten eat worn wear blown blow shown show gone go
ridden ride seen see`)

// irregularPast are the irregular past forms pastBase knows.
var irregularPast = func() map[string]bool {
	m := make(map[string]bool, len(pastBase))
	for w := range pastBase {
		m[w] = true
	}
	return m
}()

// baseStem is verbStem of w's base form: "took" and "takes" have the
// stem of "take". Past forms that are as often other words ("left",
// "rose", "saw") keep their own stem.
func baseStem(w string) string {
	if b, ok := pastBase[w]; ok && !pastHomographs[w] {
		w = b
	} else if b, ok := participleBase[w]; ok {
		w = b
	}
	return verbStem(w)
}

// pastHomographs are irregular past forms that news text uses as often
// for other words: "the left", "Rose", "a saw".
var pastHomographs = set(`left rose saw fell lay`)

// looksLikeVerb reports whether a content word is probably a verb in the
// past tense or a participle: a regular -ed form or a common irregular one.
func looksLikeVerb(w string) bool {
	if irregularPast[w] {
		return true
	}
	if len(w) > 4 && strings.HasSuffix(w, "ed") && !notVerbsEd[w] {
		return true
	}
	_, syn := verbSynonyms[w]
	return syn && strings.HasSuffix(w, "ed")
}

// notVerbsEd are common -ed words that are not verbs.
var notVerbsEd = set(`hundred bed red shed speed seed need feed breed greed creed wed
sacred naked wicked rugged ragged kindred`)

// processWords name the publishing of a story rather than its events:
// the feed it came from, the app or site it is read in, the staff who
// edited it. A short paragraph made mostly of them is a publication
// notice (boilerplate), not story text.
var processWords = set(`feed feeds agency agencies wire wires app apps application subscribe subscribed
subscriber subscribers subscription subscriptions newsletter newsletters publish published publishing
republished republish edit edited editing editor editors editorial staff story stories article articles
copy reading read continue continues continued click tap download install link links website site
page browser notification notifications alert alerts login log sign account premium paywall print
edition automatically automated auto-generated generated syndicated syndication unedited headline
headlines news update updates podcast email inbox follow share sharing content modified text
verbatim received courtesy via full produced newsroom length clarity style corrected correction reviewed
auto-published autopublished`)

// processNotice reports whether folded text is a short publication notice:
// at most 30 words, no digits, quotes or speech verbs, no past-tense verb
// that reports an event rather than the publishing, at least two process
// words, and more than half of its content words process words. A text
// that refers to itself ("this story", "our app") or is wholly in
// parentheses needs fewer.
func processNotice(f string) bool {
	if len(f) > 250 || strings.ContainsAny(f, "0123456789\"") {
		return false
	}
	ws := words(f)
	if len(ws) == 0 || len(ws) > 30 {
		return false
	}
	content, process := 0, 0
	for i, w := range ws {
		if speechVerbs[w] {
			return false
		}
		if i > 0 && (ws[i-1] == "this" || ws[i-1] == "our") && processWords[w] {
			process++ // the text names itself or its publisher
		}
		if stopWords[w] {
			continue
		}
		content++
		if processWords[w] {
			process++
		} else if looksLikeVerb(w) {
			return false
		}
	}
	paren := strings.HasPrefix(f, "(") && strings.HasSuffix(strings.TrimRight(f, "."), ")")
	if process < 2 {
		return false
	}
	if paren {
		return 2*process >= content
	}
	return 2*process > content
}

// participle reports whether w, a folded word, reads as a past
// participle: "restored", "locked", "built", "broken".
func participle(w string) bool {
	return looksLikeVerb(w) || len(w) > 4 && strings.HasSuffix(w, "en")
}
