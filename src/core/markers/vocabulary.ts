/**
 * Word classes of the structural layer, as lemmas: what the client does (verbs of withdrawal and of
 * confrontation), to what (the therapist, an intervention, a task of therapy, its parameters, the
 * therapy itself), and what the therapist feels. A finding needs a verb of one class and, for most, an
 * object of another: the classes combine, so "questioned the usefulness of the thought records" and
 * "rubbished my formulation" are found without either sentence being written down anywhere.
 */

const set = (words: string) => new Set(words.trim().split(/\s+/));

/** What the object of a verb is about. */
export type ObjectClass = 'therapist' | 'intervention' | 'task' | 'parameter' | 'therapy' | 'self';

export const OBJECT_WORDS: Record<Exclude<ObjectClass, 'therapist' | 'self'>, Set<string>> = {
  intervention: set(`interpretation reflection suggestion comment observation formulation reformulation link explanation idea
    reframe hypothesis rationale feedback challenge question questions validation summary empathy reassurance advice
    understanding read take reparenting`),
  task: set(`homework hw exercise worksheet sheet diary card record log form chart handout practice task assignment
    exposure hierarchy reprocessing installation desensitisation desensitization technique skill skills roleplay role-play
    chair imagery visualisation visualization breathing mindfulness meditation relaxation questionnaire measure scale
    experiment agenda tapping script drill tracking monitoring reading letter values plan protocol model stuff
    activity activities movements stimulation sets restriction writing journaling journal scan rating ratings image
    challenging inventory planner strategy strategies tool tools timeline genogram weighing weigh-in weigh-ins analysis
    blocker software notebook workbook booklet goal goals reminder reminders acceptance defusion baseline baselines patch patches
    beater beaters drum drums instrument instruments shaker shakers tambourine generator metaphor metaphors checklist checklists compassion self-compassion kindness
    leaflet leaflets grid grids regimen prompt prompts rescripting counter tracker pedometer training retraining reliving
    diagram diagrams graph graphs reversal thermometer sculpt sculpting keyboard naps boot spacer stockings calendar aid aids mask counting video grounding externalising externalizing externalisation externalization modification
    narrative sleeve sleeves bandage bandages garment garments test tests testing improvisation improvisations recording recordings
    slide slides powerpoint toy toys cd cds logging activation bls pacing`),
  parameter: set(`fee fees cost price bill charge payment appointment appointments slot slots schedule scheduling timing frequency service
    length room clinic waiting wait list lift elevator parking building reception receptionist cancellation policy
    contract gap limit visits`),
  therapy: set(`therapy treatment session sessions counselling counseling progress approach method process work pace
    change improvement results outcome programme program group assessment module
    psychodrama dramatherapy psychotherapy cbt dbt emdr erp mbt ipt hypnotherapy psychoanalysis groupwork calls workshop workshops referral
    keywork key-work check-in check-ins coaching psychology course`),
};

/** Nouns a note names the therapist by ("the therapist", "this writer", "the facilitators"). */
export const THERAPIST_WORDS: ReadonlySet<string> = new Set(['therapist', 'clinician', 'writer', 'counsellor', 'counselor', 'facilitator', 'facilitators', 'co-facilitator', 'therapists']);

/** Every word of the classes above, in one set. */
export const ALL_OBJECT_WORDS: ReadonlySet<string> = new Set(Object.values(OBJECT_WORDS).flatMap((words) => [...words]));

/** What a tool of therapy is for, before its name: "worry tree", "coping card", "thought bubble" are tasks; so is work done by degrees ("the graded return"). */
export const TOOL_FOR = set(`worry coping safety thought thoughts feelings feeling emotion decision grounding mood anger values stress
  panic craving urge sleep hunger pain fear graded memory self-help blocking grief imagery reassurance impact`);

/** Verbs of opposition: their object tells which confrontation subtype (C1–C5) they are. */
export const OPPOSE = set(`complain grumble moan protest object argue dispute contest challenge question doubt criticise
  criticize mock ridicule belittle dismiss reject scoff sneer resist attack blame accuse rubbish disparage deride
  bristle snipe scorn knock slate`);

/** Opposition that is hostile without an object ("he sneered", "she snapped"): a complaint about the therapist. */
export const HOSTILE = set(`sneer scoff mock snap bristle snipe glare snarl huff bark`);

/** Refusals: of a task (C3), of an intervention (C2). */
export const REFUSE = set(`refuse decline resist skip abandon boycott`);

/** Pressure on the therapist (C7). */
export const PRESSURE = set(`demand insist press pressure urge badger beg push nag`);

/** Defending oneself (C6), with "himself"/"herself" as object. */
export const DEFEND = set(`defend justify`);

/** Interrupting the therapist (C1). */
export const INTERRUPT = set(`interrupt`);

/** Verbs of speech whose manner can carry hostility (C1): "asked, with a sneer", "said sharply". */
export const SPEECH = set(`say ask reply answer respond tell add remark retort comment counter note`);
export const HOSTILE_MANNER = set(`icy frosty sneer sneering sneeringly sarcastic sarcastically sarcasm scornful scornfully scorn
  contempt contemptuous contemptuously mocking mockingly dismissive dismissively sharply sharp irritably curtly coldly
  icily bitterly snide sardonic sardonically acid acidly testily tartly snappily derisively derision edge edgy`);

/** Withdrawal verbs, by subtype. */
export const WITHDRAW_QUIET = set(`mumble mutter shrug clam zone sulk stonewall`);
/** Withdrawal that is also a symptom outside the room ("withdrawn from friends"): a marker only towards the therapy. */
export const WITHDRAW_FROM = set(`withdraw retreat disengage`);
export const WITHDRAW_TOPIC = set(`deflect dodge evade sidestep skirt divert digress ramble veer drift sidetrack`);
export const DENY = set(`deny minimise minimize downplay`);
export const DEFER = set(`defer placate appease apologise apologize comply acquiesce thank agree`);
export const ABSTRACT = set(`intellectualise intellectualize theorise theorize generalise generalize philosophise philosophize`);

/** Words that make deference a marker: it is too quick, too much, too often. */
export const EXCESS = set(`profusely repeatedly effusively eagerly readily everything anything several too each every`);
/** What "avoided" must be about to be a marker rather than a symptom (avoiding the gym is agoraphobia). */
export const AVOIDED = set(`eye contact gaze question questions topic subject me talking looking`);
/** Feelings whose denial is W1 ("denied being upset"), unlike "denies cravings". */
export const DENIED_FEELING = set(`upset angry hurt sad bothered annoyed anxious disappointed feeling feelings emotion emotions
  matter mattered affected tearful cross frustrated`);

/** Nouns for what a client says, and what makes it minimal (W2) or abstract (W3). */
export const RESPONSE = set(`answer answers response responses reply replies account contribution speech messages texts`);
export const MINIMAL = set(`short brief minimal clipped curt terse monosyllabic delayed slow halting perfunctory sparse
  limited few one-word single-word one-line guarded flat slowed`);
export const ABSTRACT_QUALITY = set(`vague general abstract generic evasive noncommittal impersonal intellectual theoretical
  academic detached`);

/** Crying and shaking, a sign that contradicts "I'm fine" as the bodily ones below do (W1). */
export const CRYING = set(`crying cried tearful tears sobbing wept weeping shaking trembling`);
/** Bodily signs that contradict "I'm fine" (W1). */
export const BODY_SIGN = set(`clench clenched tear tears tearful shake shook shaking tremble trembled trembling flush
  flushed crack cracked well welled grip gripped gripping tight fist fists jaw knuckle knuckles wring wringing blink
  blinking`);
/** Words of "it's nothing" (W1). */
export const FINE = set(`fine ok okay alright nothing whatever good`);

/** What the therapist feels (intrapersonal markers). */
export const THERAPIST_AFFECT = set(`irritated irritation irritable annoyed annoyance frustrated frustration bored boredom
  sleepy sleepiness drowsy drowsiness tired weary heavy heaviness drained exhausted numb detached distant disconnected
  distracted helpless hopeless powerless deskilled de-skilled useless incompetent inadequate underqualified unqualified stupid clumsy awkward guilty
  guilt ashamed shame embarrassed anxious anxiety nervous tense uneasy uncomfortable defensive pressured cornered trapped
  stuck lost confused overwhelmed protective rescuing angry anger hurt wounded stung rejected dismissed
  attacked criticised criticized judged devalued impatient impatience exasperated exasperation resentful resentment
  envious envy competitive contempt dislike dread afraid scared intimidated wary manipulated controlled sidelined ignored
  unsettled rattled deflated defeated disappointed disappointment pull urge wish tug temptation impulse irritability fear
  provoked hostile cold shut unwelcome unwanted mistrusted distrusted ineffective ineffectual stilted wooden doubt doubtful self-doubt unsure uncertain
  redundant superfluous irrelevant invisible`);
/** Verbs of asking for fewer or shorter sessions ("wants to drop to every other week", "floated going fortnightly"). */
export const ASK_LESS = set(`want ask request suggest propose push float moot broach raise wonder`);
/** The therapist's body or temper reacting, as a verb ("I bristled", "winced"). */
export const THERAPIST_FLINCH = set(`flinch wince cringe squirm bristle stiffen recoil bridle prickle seethe`);
/** Perception and feeling verbs with the therapist as subject. */
export const PERCEIVE = set(`feel notice note sense experience register find catch become grow get`);
/** What a therapist wants to do when the relationship pulls on them. */
export const THERAPIST_PULL = set(`rescue reassure fix persuade convince argue defend end escape push lecture please placate
  like approve agree fill justify explain soothe comfort cheer`);
/** The therapist doing too much. */
export const OVERDO = set(`talk push explain rush lecture persuade argue interrupt reassure fill justify defend
  over-explain hurry press`);

/** Verbs that report the client's opinion: what follows is an evaluation ("said the log was pointless"). */
export const OPINION = set(`say think feel find call describe complain report tell insist claim reckon consider label dismiss`);
/** Dismissals the sentiment lexicon scores as neutral ("for children", "a lab rat", "on paper"). */
export const DISMISSIVE = set(`nursery playschool preschool creche nosy nosey prying weird joke pointless useless stupid silly childish children kids babies rat waste rubbish nonsense
  gimmick gimmicky patronising patronizing insulting torture hell boring tedious fluffy grader kindergarten toddlers american californian hippy hippie
  infants schoolkids indulgent self-indulgent navel-gazing wishy-washy airy-fairy touchy-feely pretentious naff cringe cringey gimmicky psychobabble bullshit crap
  ridiculous irrelevant worse nowhere fake cheesy corny twee forced contrived artificial mechanical madness insane bonkers
  barmy tick-box box-ticking hoop-jumping cult charade farce pantomime fiddly faffy faff clunky starvation interrogation
  inquisition punishment babyish chore chores whingeing whinging whining infantilising infantilizing belittling hokey`);
/** A stretch of the session's time, as "spent" takes it ("spent the rest of the session", "the first ten minutes"). */
export const SESSION_HOUR = set(`session hour minutes mins rest remainder half stretch quarter part turn check-in slot call visit`);
/**
 * Another worker the client sets against this one ("her last therapist 'at least listened'", "last week's nurse
 * 'just hands them over'"), as regular-expression source: a phrase cue finds the comparison with these, and the
 * history check in context.ts reads the same words as a comparison, not as history. What a past worker did, in the
 * past tense ("'just wanted me to cry'"), is history.
 */
export const OTHER_WORKER = String.raw`(?:therapist|counsell?or|psychologist|one|worker|nurse|doctor|physio|gp|consultant|dietitian|midwife|social worker|key ?worker|osteopath|chiropractor|acupuncturist|dentist|hygienist|optician|podiatrist|physiotherapist|health visitor|psychiatrist|librarian|volunteer|adviser|advisor|mentor|trainer|befriender|support worker|slt|speech (?:and language )?therapist|psychotherapist|cpn|care co-?ordinator|occupational therapist)`;
/**
 * A feeling shown while it is denied, after a word that sets it against the denial ("denied any low mood although she
 * cried when the baby woke", "but his fists were clenched"), as regular-expression source: the W1 cue reads a denial
 * with it, and the symptom-screen check in context.ts lets such a denial stand.
 */
export const SHOWN_DESPITE = String.raw`\b(?:despite|in spite of|though|although|but|yet|while|whilst)\b[^.;]{0,40}?\b(?:tearful|teary|tears|teared up|tearing up|cried|crying|in tears|sobbed|sobbing|welled up|eyes (?:welled|filled|were (?:wet|red|full))|red-eyed|shaking|shook|trembling|trembled|clenched|flushed|voice (?:broke|cracked|shook|wobbled|caught|was shaking)|visibly (?:upset|distressed|shaken|angry|agitated|tense|anxious|low)|jaw (?:was )?(?:tight|set))\b`;
export const SET_AGAINST = String.raw`(?:at least |actually |(?:never|just|always) (?![\w']+ed\b))`;
/**
 * The client's last therapist, named to be set above this one in the note's words ("her previous counsellor had been
 * much more relaxed", "his previous therapist never made him", "the last therapist just let him talk"), as
 * regular-expression source: the C1 cue reads the comparison with them, and the history check in context.ts reads it as
 * a complaint made now, not history.
 */
export const PREVIOUS_THERAPIST = String.raw`(?:her|his|their|the|our) (?:last|previous|old|former|other|first) (?:therapist|counsell?or|psychologist|worker|psychiatrist|clinician|practitioner|key ?worker)`;
export const SET_ABOVE = String.raw`(?:(?:much |far |a lot |way |so )?(?:more (?:relaxed|use|useful|helpful|understanding|flexible|patient|human|normal|laid[- ]back)|better|nicer|kinder|easier)|never (?:made|pushed|asked|forced|put|had)|just let (?:her|him|them) (?:talk|be|get on)|at least)`;
/**
 * What another worker did, in the client's words, that sets them against this one ("the last worker 'got him back in
 * school'", "'did EMDR properly'", "'only came for the biscuits'", "'never bothered with all this'"), after the
 * opening quotation mark: the phrase cue reads it as a comparison and the history check in context.ts as no history.
 */
export const WORKER_DID = String.raw`(?:(?:did|does|used to do) (?:it|this|that|[\w-]+) properly\b|only (?:came|comes|did it|was there|turned up) for\b|never (?:bothered|made|asked|checked|did|used to) (?:me |us )?(?:with |about )?(?:all )?(?:this|that|it|a fuss)\b|(?:got|had|managed|sorted) (?:him|her|them|me|it|us)\b|gave (?:us|me|him|her|them) a (?:leaflet|hug|pat on the back|number)\b[^"”]{0,30}\b(?:and|then) (?:disappeared|vanished|left|was gone)\b)`;
/**
 * What a client puts tears or a feeling down to, in the body or the room ("hay fever", "the heating", "a cold"), as
 * regular-expression source: the W1 cue for tears explained away, the older cue for "hay fever" said when I mentioned
 * something, and the reply reading of a denial in reply.ts read the same list.
 */
export const PHYSICAL_CAUSE = String.raw`(?:allerg(?:y|ies)|hay ?fever|pollen|ragweed|dust|cold|heat|heating|coffee|caffeine|air con|draught|weather|light|wind)`;
/**
 * Short answers that grew ("short at the start and longer by the end", "brief, then opened up"), as regular-expression
 * source after the quality: the W2 cue for short answers and the minimal-response frame read the same words.
 */
/** What a client says there is no time to be ("no time to be depressed", "haven't got time to be frightened"): a denial (W1). */
export const NO_TIME_TO_BE = String.raw`(?:depressed|ill|sick|sad|anxious|low|poorly|unwell|upset|stressed|frightened|scared|afraid|worried|tired|angry|lonely|emotional|down|weak|grieving)`;

export const THEN_FULLER = String.raw`\b(?:and|but|then),? (?:then )?(?:much |a lot |far )?(?:longer|fuller|opened up|got (?:longer|fuller))\b`;

/**
 * What I catch myself at that is no strain ("found myself wondering what had made the difference", "found myself
 * moved"), as regular-expression alternatives: the TR cues for "found myself" and the therapist frame read the same
 * words. Not a pleasure that took me from the work ("found myself admiring the photographs and losing the thread").
 */
export const CAUGHT_AT_NO_STRAIN = String.raw`wondering|curious|moved|hopeful|touched|glad|delighted`;
/**
 * The work let go in the therapist's own words ("let the question drop", "did not push the plan"): read by the cue for a
 * feeling of mine that let the work go (lexicon.ts) and by the check that a good feeling turned (context.ts FEELING_TURNED).
 */
export const LET_THE_WORK_GO = String.raw`let (?:it|the question|the matter|that|this|the subject|the topic|the plan|the homework|the task) (?:drop|go|slide|pass)|(?:did not|didn'?t) (?:push|press|challenge|pursue|follow up on|come back to|return to) (?:the|her|his|their|it|that|this)`;
/** Sessions less often, as regular-expression alternatives: the C4 cues for asking to come less often read them. */
export const LESS_OFTEN = String.raw`every other week|every (?:two|three|four|2|3|4|few|couple of) weeks|fortnightly|biweekly|monthly`;
/** Words that make talk about something a story told at length (W4). */
// "In detail" only of a pastime (PASTIME): an account in detail is as often the work told fully ("told me about
// the inquest in detail") as a story away from it ("in detail about his fantasy football league").
export const AT_LENGTH = set(`length minutes ages hour hours time while`);
/** "In (some, great) detail": length, when what is told is a pastime (the withdrawal frame and its gate read it). */
export const IN_DETAIL = set(`detail`);
/** What a client can tell at length to stay away from the work: pastimes and small things. */
export const PASTIME = set(`football league fantasy match game games team golf fishing holiday holidays car cars motorbike garden
  allotment dog dogs cat cats pet pets weather traffic telly tv television soap soaps series film films band gaming garden recipe
  recipes shopping darts racing horses cricket rugby snooker tennis boxing fixtures diy decorating kitchen boiler printer youtuber
  stock stocks shares crypto bitcoin investments`);
/** Talking verbs for W4. */
export const TALK = set(`talk speak tell chat describe recount ramble explain`);
/** Topics that are the work itself, not a story away from it. */
export const CORE_TOPIC = set(`it this feeling feelings grief loss death trauma abuse mood anxiety depression panic fear
  fears childhood relationship problem problems difficulty difficulties illness session therapy`);
/** Verbs of being affected: negated about the client, a denial (W1) — "it doesn't bother her". */
export const AFFECT_VERB = set(`bother matter affect upset hurt faze touch`);

/** The client's displeasure: with its object, a complaint about that object. */
export const DISPLEASED = set(`angry annoyed frustrated irritated furious cross fed unhappy disappointed impatient resentful
  sceptical skeptical dubious doubtful cynical exasperated dissatisfied upset livid fuming displeased suspicious
  distrustful mistrustful wary irritable tetchy testy snappy grumpy agitated patronised patronized insulted dismissive scornful contemptuous scathing`);
/** The client's displeasure named as a thing ("expressed frustration with this writer", "irritation with therapist evident"). */
export const DISPLEASURE = set(`frustration irritation annoyance anger impatience dissatisfaction displeasure resentment hostility
  scepticism skepticism disappointment distrust mistrust suspicion contempt exasperation`);
/** An act of opposition named as a thing, "to" what it opposes ("strong resistance to the interpretation"). */
export const OPPOSITION = set(`resistance opposition objection objections pushback`);
/** The client's stance toward something, with "of", "to" or "toward" ("critical of my approach", "hostile to T"). */
export const STANCE = set(`critical hostile sarcastic rude curt abrupt cold frosty combative argumentative confrontational challenging
  dismissive scornful contemptuous scathing suspicious sceptical skeptical distrustful mistrustful resistant resentful`);
/** How a client felt the therapist treated them, "by me" ("felt judged by this writer"): a complaint about the therapist. */
export const WRONGED = set(`judged criticised criticized blamed dismissed misunderstood patronised patronized pressured pressurised
  pressurized pushed rushed ignored lectured invalidated attacked interrogated analysed analyzed scrutinised scrutinized belittled
  shamed labelled labeled unheard unsupported abandoned talked-down cornered trapped manipulated humiliated`);
/** What a client says is wrong with the therapist ("said I was patronising"). */
export const THERAPIST_FAULT = set(`patronising patronizing condescending cold robotic judgmental judgemental rude wrong
  useless incompetent clueless arrogant smug fake scripted script lecturing nosy nosey intrusive pushy bossy preachy biased`);
/** Adverbs of a complaint to the therapist's face ("you never...", "you just..."). */
/** Words that negate what follows them (the frames' and the quotation's reading of a negation). */
export const NEGATORS = new Set(['not', "n't", 'never', 'no', 'without', 'nor', 'nobody', 'none', 'neither', 'nothing', 'noone']);
export const ALWAYS_NEVER = set(`never always just only keep clearly obviously`);
/** Verbs of brushing a feeling aside, with a particle ("brushed it off", "played it down"). */
export const BRUSH = set(`brush shrug laugh wave play gloss skate skim`);
/** Joking as a way out of a topic ("joked whenever I asked"). */
export const JOKE = set(`joke quip`);
/** Verbs of telling something that happened. */
export const RECOUNT = set(`describe recount tell mention report talk speak relate discuss narrate list`);
/** Ways of telling that do not fit pain (W6). */
export const INCONGRUENT_MANNER = set(`cheerfully brightly breezily casually flippantly jokingly lightly laughing smiling grinning
  giggling matter-of-factly nonchalantly offhand offhandedly airily blithely jokily jokey light-heartedly lightheartedly joking
  cheerful upbeat chirpy animated`);
/** Events whose telling is expected to carry pain. */
export const DISTRESS = set(`death died dying abuse abused assault assaulted rape raped attack attacked diagnosis cancer loss
  funeral accident suicide violence violent beaten beating miscarriage overdose crash bereavement killed hit
  intrusive flashbacks flashback nightmares trauma traumatic stillbirth ruined devastated devastating humiliated humiliation
  losing evicted eviction repossessed bankrupt`);
/** What "not" turns into work left undone ("not done", "hadn't filled in", "not been completed"). */
export const UNDONE = set(`done completed filled attempted tried practised practiced started returned brought`);
/** Verbs of taking part, which "barely", "hardly" turn into a withdrawal. */
export const ENGAGE = set(`speak say talk answer respond engage look reply contribute participate`);
/** Pairs of words a client uses of themself when giving up on help (W7). */
export const HOPELESS_SELF = new Set(['lost cause', 'beyond help', 'far gone', 'hopeless case', 'beyond repair', 'basket case']);
/** What the client hopes to do in therapy: "I'll never change", "I can't be fixed" — hopelessness (W7). */
export const CHANGE_VERB = set(`change fix help improve recover`);
/** Keeping a distance (W2): "kept a polite distance", "held me at arm's length". */
export const KEEP = set(`keep maintain hold`);
export const DISTANCE = set(`distance length guard`);
/** Coming to therapy, in "I don't know why I keep coming" (W7). */
export const ATTEND = set(`coming come here bother bothering`);
/** Saying no more (W2): "would not say more", "wouldn't elaborate". */
export const SAY_MORE = set(`say talk elaborate expand answer speak explain add`);
export const MORE = set(`more anything much further else`);
/** Leaving early (W2). */
export const LEAVE = set(`leave go end finish`);
/** Cutting a task short in the client's words: "can we just get this over with", "can we skip this" (C7; "can we stop now" asks
 * to end, W2, as older sets label it). */
export const CUT_SHORT = set(`skip leave get move wrap`);
/** Gestures of contempt (C1, or about the part of the therapy they answer): "rolled his eyes", "tutted". */
export const SCORN_GESTURE = set(`tut smirk snort scoff`);
/** Adjectives of a telling that does not fit its content (W6), before "voice", "tone", "way", "manner". */
export const INCONGRUENT_TONE = set(`level bored flat rehearsed scripted practised bright chatty cheerful breezy casual light jokey jolly detached matter-of-fact
  offhand upbeat airy`);
export const TONE_NOUN = set(`voice tone way manner`);
/** Ending the therapy (C5): "stop coming", "quit therapy", "drop out". */
export const END_VERB = set(`stop quit end drop give`);
export const END_OBJECT = set(`coming therapy sessions treatment out up counselling`);
/** Another clinician instead (C1): "find someone more experienced", "see someone else". */
export const SOMEONE = set(`someone somebody another`);
/** The work's own doings, as gerunds after a verb of opinion ("said naming it was 'a kids' trick'", "writing it down", "rating the urges"). */
export const TASK_DOING = set(`name write rate record log track monitor breathe visualise visualize imagine journal practise practice label
  externalise externalize rehearse improvise meditate roleplay role-play wear use`);
/** Complaining, which at length about something else is a story too: "moaned about the bus for ten minutes". */
export const MOAN = set(`complain moan grumble rant whinge gripe grouse`);
/** The clinician before me: "the last nurse", "her previous counsellor". */
export const PREVIOUS = set(`last previous former`);
export const CLINICIAN = set(`therapist counsellor counselor nurse worker psychologist psychiatrist doctor one cpn clinician keyworker`);
/** Going into the work, refused (C3): "didn't want to go there", "didn't want to look at it". */
export const GO_INTO = set(`go talk look do try discuss revisit return think explore`);
/** Responding to the therapist; negated, a withdrawal (W2): "did not look up", "didn't answer". */
export const RESPOND = set(`look answer respond reply acknowledge engage`);
/** The therapist asking, in "When I asked..., he said 'same'". */
export const ASKING = set(`ask wonder enquire inquire try check invite`);
/** Asking to stop the work ("asked to stop", "asked if we could skip it"): the verbs of asking, then of stopping. */
export const ASK_TO_STOP = set(`ask want beg request plead`);
export const STOP = set(`stop skip end pause finish quit`);
/** What a client does in the session that can stop ("stopped playing"; not habits: "stopped drinking"). */
export const ACTIVITY = set(`play talk speak draw write answer engage respond move sing participate work colour build paint`);
/** What the therapist offers, which the client's quoted answer may dismiss ("When I named the mode..."). */
export const INVITE = set(`suggest propose invite introduce offer name reflect link interpret explain raise try set bring encourage`);

/**
 * Words that name a part of the therapy plainly enough for a pronoun in the next sentence to stand for it
 * ("Compassionate-self imagery. She said it felt 'fake'"): not the everyday ones (work, plan, change).
 */
type PartOfTherapy = Exclude<ObjectClass, 'therapist' | 'self'>;
const ANTECEDENTS: Record<string, PartOfTherapy> = {};
for (const w of `homework hw exercise exercises worksheet worksheets diary handout assignment exposure exposures hierarchy
  reprocessing desensitisation desensitization technique skill skills roleplay role-play imagery visualisation
  visualization breathing mindfulness meditation relaxation questionnaire questionnaires experiment tapping script
  tracking monitoring journaling logging inventory planner strategy strategies genogram timeline weighing retraining
  log chart app`.split(/\s+/)) ANTECEDENTS[w] = 'task';
for (const w of 'interpretation reflection reframe formulation reformulation'.split(' ')) ANTECEDENTS[w] = 'intervention';
for (const w of 'therapy treatment counselling counseling'.split(' ')) ANTECEDENTS[w] = 'therapy';

/** A note's opening fragment that names the session's activity ("Attention-switching practice.", "Pacing review."). */
const ACTIVITY_FRAGMENT = /^\s*(?:[\w-]+\s+){0,4}(?:practice|review|session|exercise|task|training|retraining|feedback|module|rehearsal|role-?play)\.?\s*$/i;

/** The part of the therapy a sentence names last, by the words of ANTECEDENTS, or the activity a fragment names. */
export function namedLast(text: string): PartOfTherapy | undefined {
  let found: PartOfTherapy | undefined;
  for (const m of text.toLowerCase().matchAll(/[a-z][a-z-]*/g)) found = ANTECEDENTS[m[0]] ?? found;
  return found ?? (ACTIVITY_FRAGMENT.test(text) ? 'task' : undefined);
}

/**
 * When or how something was said or done, written between the client and the verb ("She then said") or between the
 * verb and the words ("said today that", "asked again whether", "said quietly, '...'"): words that change nothing
 * the cues read (plain.ts), and that the reply frame reads past (reply.ts).
 */
/** How a thing was said, in a word a note puts beside the verb: "pleasantly and firmly", "brightly". */
const MANNER = String.raw`(?:quietly|flatly|calmly|softly|firmly|simply|abruptly|suddenly|quickly|immediately|pleasantly|politely|cheerfully|brightly|breezily|lightly|casually|briskly|smoothly|warmly|evenly|matter-of-factly|carefully|slowly|eventually|finally)`;
export const WHEN_SAID = String.raw`(?:today|again|later|then|twice|at one point|at first|at last|also|almost immediately|at the end|near the end|towards? the end|as (?:she|he|they) (?:was|were) leaving|on (?:her|his|their) way out|at the door|in passing|this week|this time|once more|(?:two|three|four|five|several|a few|many|multiple|numerous|\d{1,2}) times|[×x] ?\d{1,2}|more than once|repeatedly|over and over|again and again|with a (?:smile|laugh|grin|shrug|sigh|little laugh|wry smile|half-smile)|${MANNER}(?:,? and ${MANNER})?)`;
export const SAID_WHEN = String.raw`(?:,? ${WHEN_SAID}\b)?`;

/**
 * A filler that opens the client's words and changes nothing they say ('"Well, don't start"', '"och, it's only furniture"'),
 * and what follows it ("och", "ah" only before a comma: a Scots "Ah" is "I").
 */
export const OPENING_FILLER = String.raw`(?:(?:well|look|listen|honestly|um+|erm+|er|uh|so|i mean|to be honest|frankly|oh well|you know)\s*[,.…-]*\s+|(?:och|ach|ah|aye),\s*)(?=\S)`;

/**
 * Words that carry no meaning of their own: left out when a moment told again is compared with its first telling,
 * and (with a few more, learned/model.ts) from the words a learned finding names as its reason.
 */
export const FUNCTION_WORDS = new Set('a an the to of if we could would can she he they her his their i me my it and or that was were be so then just'.split(' '));
