/**
 * Cue patterns for the 3RS marker subtypes (domain.md B3) and the therapist's own reactions. Each cue
 * describes a behaviour in the session, in the words clinicians use, with abbreviations (pt, T, hw).
 * Patterns have no nested quantifiers and run on one bounded sentence at a time.
 */
import type { Subtype } from '../settings';

export type MarkerKind = 'withdrawal' | 'confrontation' | 'therapist-reaction';

export interface Cue {
  subtype: Subtype;
  pattern: RegExp;
  confidence: number;
  /** The cue is itself a negative statement ("isn't working", "I'm not lazy"): a preceding negation does not cancel it. */
  negative?: boolean;
  /** The cue is a client's own words: hedges like "if" inside the quotation do not cancel it. */
  speech?: boolean;
}

export const SUBTYPE_NAMES: Record<Subtype, string> = {
  W1: 'denial', W2: 'minimal response', W3: 'abstract communication', W4: 'avoidant storytelling or shifting the topic',
  W5: 'deferential and appeasing', W6: 'content/affect split', W7: 'self-criticism or hopelessness about therapy',
  C1: 'complaint about the therapist', C2: 'rejecting an intervention', C3: 'complaint about the activities of therapy',
  C4: 'complaint about the parameters', C5: 'complaint about progress', C6: 'defending self against the therapist',
  C7: 'controlling or pressuring the therapist', TR: "the therapist's own reaction",
};

export function kindOf(subtype: Subtype): MarkerKind {
  return subtype.startsWith('W') ? 'withdrawal' : subtype.startsWith('C') ? 'confrontation' : 'therapist-reaction';
}

const MACROS: Record<string, string> = {
  CL: "(?:she|he|they|the client|client|pt|patient|[A-Z]\\.)",
  ME: "(?:me|the therapist|therapist|T|clinician|writer)",
  TASK: "(?:homework|hw|exercises?|worksheets?|diar(?:y|ies)(?: cards?)?|logs?|forms?|diagrams?|handouts?|practice|tasks?|assignments?|thought records?|questionnaires?|measures?|rating scales?|scales?|questions|role-?plays?|charts?|cards?|tracking|monitoring|reformulation|letters?|imagery|breathing|mindfulness|meditation|exposures?|hierarchy|model|plan|stuff we do|skills|chair ?work|empty chair|sleep restriction|restriction|relaxation|techniques?|method|approach|protocol|sheets?|abcs?|activity scheduling|behavioural experiments?|experiments?)",
  INT: "(?:reframe|interpretation|formulation|rationale|suggestion|observation|comment|link|explanation|idea|reflection|hypothesis|model|intervention|challenge|reading|point)",
  FEEL: "(?:upset|angry|annoyed|hurt|sad|bothered|anxious|worried|distressed|tearful|disappointed|cross|frustrated|affected|scared|afraid)",
  NEGEVAL: "(?:pointless|stupid|useless|a waste(?: of (?:time|money|(?:my|a) [\\w-]+(?: [\\w-]+)?))?|rubbish|ridiculous|a joke|kids'? stuff|childish|boring|insulting|patronising|patronizing|condescending|dumb|silly|crap|bullshit|nonsense|a farce|a scam|not (?:working|helping)|isn'?t (?:working|helping)|doesn'?t (?:work|help)|don'?t (?:work|help)|won'?t (?:work|help)|not doing anything|aren'?t doing anything|isn'?t doing anything|going nowhere|getting nowhere|mak(?:es|ing) (?:me|it|things|everything) (?:feel )?(?:worse|panic|more anxious)|just making me|for (?:children|kids|babies)|nothing to do with (?:real life|me|my life|anything)|torture|hell|awful|horrible|unbearable|impossible|miserable|a nightmare|nonsense|drama school|psychobabble|mumbo[- ]jumbo|hippy|new[- ]age|fluffy|gimmick\\w*|a gimmick|a chore|busywork|pseudo-?science)",
  THERAPY: "(?:this|therapy|the sessions?|these sessions|sessions|coming here|this stuff|this thing|treatment|counsell?ing|talking|the therapy|this place|it|any of this|all this|the group|group)",
  PARAM: "(?:appointments?|slots?|schedule|scheduling|fees?|cost|price|the bill|charges?|payment|waiting list|wait(?:ing)? times?|frequency|the gap|gaps|every (?:other )?week|fortnightly|evening slots?|session length|fifty minutes|50 minutes|(?:\\d+|sixteen|twelve|six|eight|ten|twenty) sessions|cancellation (?:fee|policy)|the clinic|this place|the hours|the times?|our time|the time|my time|the room|the day|the session time)",
  AFFECT: "(?:irritat\\w*|frustrat\\w*|annoy\\w*|bored\\w*|boredom|sleep\\w*|drows\\w*|tired|angry|anger|hurt|helpless\\w*|hopeless\\w*|pressured|cornered|trapped|defensive\\w*|shut out|exasperat\\w*|impatien\\w*|anxious|guilt\\w*|deskilled|useless|incompetent|inadequate|small|stupid|stuck|rejected|dismissed|attacked|criticised|criticized|judged|caught|torn|pulled|tempt\\w*|resent\\w*|sad\\w*|protective|responsible|wish|pull|urge|tug|flush|flash|flicker|pang|wave|heav\\w*|numb|distant|confused|lost|overwhelm\\w*|disappoint\\w*|uneasy|uncomfortable|tense|on edge|dread|contempt|dislike|disgust\\w*|admir\\w*|envy|envious|competitive|superior|powerless|manipulated|controlled|out of my depth|de-?skilled|pushed|provoked|shut down|flat|drained|relieved when|torn|foolish|jealous\\w*|flustered|thrown|rattled|on the back foot|wrong-?footed|urge)",
  Q: "[\"“”']",
};

function rx(source: string, flags = 'i'): RegExp {
  return new RegExp(source.replace(/\{(\w+)\}/g, (_, m: string) => MACROS[m] ?? `{${m}}`), flags);
}

const c = (subtype: Subtype, confidence: number, source: string, extra: Partial<Cue> = {}): Cue => ({ subtype, confidence, pattern: rx(source), ...extra });

/** A feeling of the therapist's, in a section that holds their reactions ("Countertransference: bored, then guilty"). */
export const THERAPIST_FEELING = rx("\\b(?:{AFFECT}|a sense of|sense of being|(?:felt|feel|feeling) (?:like|as if|as though))\\b");

export const CUES: readonly Cue[] = [
  // W1 denial of an evident feeling
  c('W1', 0.8, "\\bden(?:ied|ies|ying)\\s+(?:being|feeling|that (?:she|he|they) (?:was|were|felt))\\s+(?:at all\\s+)?{FEEL}"),
  c('W1', 0.7, "\\bden(?:ied|ies|ying)\\b[^.;]{0,40}\\b(?:matter(?:s|ed)?|bother(?:s|ed)?|hurt|upset|any (?:feelings?|reaction))", { negative: true }),
  c('W1', 0.7, "\\bdenial (?:that|of)\\b[^.;]{0,30}\\b(?:matter|feeling|upset|hurt|bother)"),
  c('W1', 0.75, "\\b(?:makes?|made) no difference(?: whatsoever| at all)? to (?:me|him|her)\\b", { negative: true, speech: true }),
  c('W1', 0.7, "(?:^|[\"“]\\s*)fine\\.\\s*honestly\\b|\\bit'?s whatever\\b", { speech: true }),
  c('W1', 0.65, "\\bsaid (?:quickly|immediately|brightly)? ?that (?:i|he|she) (?:hadn'?t|had not|wasn'?t|was not|didn'?t)\\b", { negative: true }),
  c('W1', 0.75, "\\b(?:said|says|insisted|claimed|replied|told me)\\b[^.;]{0,12}\\b(?:she|he|they|i) (?:didn'?t|did not|doesn'?t|wasn'?t|was not|isn'?t|don'?t|am not|'m not) (?:feel |felt |really |at all )?{FEEL}(?: at all)?\\b", { negative: true }),
  c('W1', 0.65, "\\b(?:insisted|claimed|said)\\b[^.;]{0,25}\\b(?:was|were|felt) (?:fine|ok|okay|not (?:upset|bothered|hurt))\\b[^.;]{0,60}\\b(?:though|although|but|while|despite)\\b", { negative: true }),
  c('W1', 0.7, "[\"“](?:no,? |oh,? |honestly,? )?(?:it'?s|i'?m|that'?s|everything'?s|all)\\s+(?:fine|ok|okay|alright|all right|over it|good)\\b", { speech: true }),
  c('W1', 0.7, "\\b(?:not a big deal|no big deal|it is what it is|doesn'?t matter|didn'?t matter|not bothered)\\b", { negative: true, speech: true }),
  c('W1', 0.7, "\\bminimi[sz](?:ed|es|ing)\\b"),
  c('W1', 0.6, "\\b(?:brushed|laughed|waved|shrugged) (?:it|this|that) (?:off|away|aside)\\b"),

  // W2 minimal response
  c('W2', 0.85, "\\b(?:one|single|two)[- ]word (?:answers?|responses?|replies)\\b"),
  c('W2', 0.8, "\\b(?:answers?|responses?|replies|repl(?:ied|ies))\\b[^.;]{0,40}\\b(?:(?:a|one) word or two|(?:one|two) or (?:two|three) words|single words?|monosyllab\\w*|shorter and shorter|got shorter|short|brief|closed|clipped|curt|terse|minimal|a shrug|shrugs|[\"“]i dunno[\"”])\\b"),
  c('W2', 0.8, "\\b(?:short|brief|closed|clipped|curt|terse|minimal|monosyllabic) (?:answers?|responses?|replies)\\b"),
  c('W2', 0.8, "\\b(?:(?:a|one) word or two|one or two words) at most\\b"),
  c('W2', 0.75, "\\bmonosyllab\\w*\\b"),
  c('W2', 0.75, "\\b(?:was|fell|went|became|remained|sat) (?:in )?(?:silent|silence|quiet|mute)\\b(?! (?:about|on) (?:her|his|their) (?:boss|partner|mother|father))"),
  c('W2', 0.7, "\\b(?:long|lengthy|frequent|prolonged|uncomfortable) (?:silences?|pauses)\\b(?! afterward)"),
  c('W2', 0.8, "\\b{CL} shrugged\\b(?:[^.;]{0,40}\\b(?:clock|away|floor|window))?"),
  c('W2', 0.7, "\\b(?:offered|said|gave) (?:very )?little (?:beyond|more than|else|in reply|in response)\\b"),
  c('W2', 0.7, "\\b(?:said|says) (?:very )?little\\b"),
  c('W2', 0.75, "\\bsaid [\"“]?(?:whatever|i dunno|dunno|i don'?t know|nothing|not much|fine|ok)[\"”]? to (?:nearly |almost |just about )?(?:everything|most (?:things|questions)|every question)\\b"),
  c('W2', 0.75, "\\b(?:don'?t|do not|didn'?t) have (?:anything|much) (?:\\w+ )?to say\\b", { negative: true, speech: true }),
  c('W2', 0.65, "\\bbarely (?:spoke|said|answered|responded|talked)\\b"),
  c('W2', 0.65, "\\bstared (?:at the (?:floor|ground|wall|carpet)|out of the window|at (?:her|his|their) (?:hands|feet|phone|lap))\\b"),
  c('W2', 0.6, "\\blooked at the clock\\b"),
  c('W2', 0.6, "\\bnothing in particular\\b", { speech: true }),

  // W3 abstract communication
  c('W3', 0.8, "\\bintellectuali[sz]\\w*\\b"),
  c('W3', 0.75, "\\bin (?:general|abstract|theoretical|vague|generic)(?: and [a-z ]{0,20})? terms\\b"),
  c('W3', 0.7, "\\bin the (?:general|abstract|generic) language of\\b"),
  c('W3', 0.7, "\\b(?:spoke|talked|wrote|lectured) (?:\\w+ ){0,6}(?:as an? (?:\\w+ )?(?:practice|concept|phenomenon|topic|theory|case)|in the abstract|in generalities|abstractly|theoretically)\\b"),
  c('W3', 0.65, "\\b(?:historically|culturally|socially) contingent\\b"),
  c('W3', 0.6, "\\b(?:stayed|kept it|remained) (?:vague|abstract|general|at the level of)\\b"),
  c('W3', 0.75, "\\bin an? (?:\\w+, )?(?:almost |oddly |strangely |very |rather )?(?:detached|clinical|intellectual|abstract|academic|impersonal|matter-of-fact) (?:way|manner|tone|voice|fashion)\\b"),
  c('W3', 0.7, "\\bas (?:though|if) (?:describing|talking about|it had happened to|reading about) (?:someone|somebody) else\\b"),
  c('W3', 0.75, "\\bas an? (?:systems?|general|abstract|theoretical|philosophical|political|societal|technical|management) (?:problem|issue|question|matter)\\b"),
  c('W3', 0.7, "\\bin terms of\\b[^.;]{0,60}\\b(?:never|rather than|instead of|not) (?:about )?(?:himself|herself|themselves|him|her|his own|her own|feelings?)\\b"),

  // W4 avoidant storytelling or shifting the topic
  c('W4', 0.8, "\\b(?:changed|shifted|switched) (?:the )?(?:subject|topic)\\b"),
  c('W4', 0.75, "\\b(?:began|started|went on|proceeded) (?:telling|to tell) (?:me )?(?:a |an )?(?:long|lengthy|detailed|rambling)? ?(?:story|anecdote|account)\\b"),
  c('W4', 0.8, "\\btold (?:me )?(?:a|an) (?:long|lengthy|detailed|rambling)\\b[^.;]{0,40}\\b(?:story|anecdote|account)\\b"),
  c('W4', 0.7, "\\b(?:a|an) (?:long|lengthy|detailed|rambling|blow-by-blow) (?:account|story|anecdote|description) of\\b"),
  c('W4', 0.7, "\\b(?:talked|spoke|told me|went on)\\b[^.;]{0,25}\\b(?:at length|for some time|for ages|for a long time|in (?:great |some )?detail|for most of)\\b"),
  c('W4', 0.8, "\\b(?:talked|spoke|went on|chatted)\\b[^.;]{0,60}\\binstead of\\b"),
  c('W4', 0.75, "\\b(?:moved|jumped|skipped|steered|turned) (?:on|off|away|back)? ?(?:to|onto|towards?) (?:the |his |her |a )?(?!next item|the plan|the agenda|homework|hw)\\w+"),
  c('W4', 0.75, "\\b(?:kept|keeps|would keep) (?:steering|coming back|returning|going back|drifting|bringing (?:it|us|things) back)\\b"),
  c('W4', 0.75, "\\b(?:agreed|nodded|said yes)\\b[^.;]{0,20}\\b(?:and|then) (?:returned|went back|reverted|got back) to\\b"),
  c('W4', 0.7, "\\b(?:whenever|each time|every time) i (?:tried|raised|asked|brought|mentioned|linked|turned|wondered)\\b[^.]{0,120}\\b(?:returned|went back|changed|switched|moved on|went on|added)\\b"),
  c('W4', 0.7, "\\b(?:asked|wondered) (?:whether|if|how|about) (?:i'?d|i had|i was|my)\\b[^.;]{0,30}\\b(?:weekend|holiday|kids|family|day|week)\\b"),
  c('W4', 0.6, "\\beach time i (?:tried|attempted) to (?:bring|get|steer) (?:us|him|her|them) back\\b[^.;]{0,40}\\b(?:added|told|went)\\b"),
  c('W4', 0.7, "\\b(?:until|till) i (?:brought|steered|redirected|pulled) (?:us|him|her|them) back\\b"),
  c('W4', 0.65, "\\b(?:tangent|digression|diversion)s?\\b"),

  // W5 deferential and appeasing
  c('W5', 0.85, "\\bwhatever you (?:think|say|want)(?: is best)?\\b", { speech: true }),
  c('W5', 0.8, "\\byou'?re the (?:expert|professional|doctor|therapist|boss)\\b", { speech: true }),
  c('W5', 0.75, "\\byou'?re (?:absolutely|quite|completely|so) right\\b", { speech: true }),
  c('W5', 0.7, "\\b(?:wonderfully|very|so) (?:perceptive|insightful|wise|clever) (?:point|comment|observation)\\b", { speech: true }),
  c('W5', 0.75, "\\b(?:agreement|agreed)\\b[^.;]{0,40}\\b(?:immediate(?:ly)?|instant(?:ly)?|too quickly|very quickly|so quickly|too readily|complete|eagerly|at once)\\b"),
  c('W5', 0.75, "\\bagreed (?:with )?(?:everything|all|anything) (?:i|I) (?:said|suggested|offered)\\b"),
  c('W5', 0.75, "\\bbe guided by (?:me|{ME})\\b"),
  c('W5', 0.7, "\\bthanked (?:me|{ME})\\b[^.;]{0,30}\\b(?:warmly|profusely|effusively|repeatedly|several times|again)\\b"),
  c('W5', 0.7, "\\b(?:roused (?:him|her|them)sel(?:f|ves)|made a point of) (?:and )?thank(?:ed|ing) (?:me|{ME})\\b"),
  c('W5', 0.7, "\\bthanked (?:me|{ME}) warmly\\b"),
  c('W5', 0.75, "\\bapologi[sz](?:ed|es|ing)\\b[^.;]{0,40}\\b(?:several times|repeatedly|again|first of several|for taking|for being|for going on|for wasting|profusely|at length)\\b"),
  c('W5', 0.7, "\\b(?:eager|anxious|keen) to please\\b|\\bover-?compli\\w+\\b|\\bappeas\\w+\\b|\\bdeferen\\w+\\b"),

  // W6 content/affect split
  c('W6', 0.75, "\\b(?:laughed|smiled|giggled|grinned|chuckled)\\b[^.;]{0,50}\\b(?:describ\\w+|talk\\w* about|telling|recount\\w*|when (?:she|he|they) (?:said|described|spoke))\\b"),
  c('W6', 0.8, "\\b(?:describ\\w+|talk\\w* about|telling|recount\\w*)\\b[^.;]{0,80}\\b(?:she|he|they) (?:laughed|smiled|giggled|grinned)\\b"),
  c('W6', 0.75, "\\b(?:smiled|laughed|grinned) (?:broadly|throughout|brightly|cheerfully)\\b"),
  c('W6', 0.7, "\\b(?:smil\\w+|laugh\\w+)\\b[^.;]{0,10}\\bthroughout\\b"),
  c('W6', 0.75, "\\b(?:smiling|laughing|grinning|giggling),? (?:that|as (?:she|he|they) (?:told|described|said|talked))\\b"),
  c('W6', 0.75, "\\b(?:was |were )?(?:smiling|laughing|grinning) (?:as|while|when) (?:she|he|they|s?he) (?:told|described|talked|spoke|said)\\b"),
  c('W6', 0.8, "\\b(?:affect|tone|expression) (?:was )?(?:incongruent|at odds|did not match|didn'?t match|flat while|cheerful while)\\b"),
  c('W6', 0.7, "\\b(?:incongruen\\w+|content[/ -]affect split)\\b"),

  // W7 hopelessness about the therapy
  c('W7', 0.85, "\\bwhat'?s the point\\b", { speech: true }),
  c('W7', 0.8, "\\b(?:there'?s|there is|i see) no point\\b", { negative: true, speech: true }),
  c('W7', 0.65, "\\b(?:couldn'?t|can'?t|cannot) see the point\\b(?! (?:of|in) (?:going over|doing|filling))", { negative: true }),
  c('W7', 0.8, "\\btoo (?:old|broken|damaged|far gone|messed up) for (?:all )?(?:this|that|therapy|talking|it|help)\\b", { speech: true }),
  c('W7', 0.75, "\\b(?:is|isn'?t|is not|was) (?:not )?going to (?:change|help|fix|make a difference)\\b", { negative: true, speech: true }),
  c('W7', 0.8, "\\b(?:nothing'?s|nothing is|nothing) (?:ever )?(?:going to|gonna|will ever|will) (?:change|help|work|get better|be different)\\b", { negative: true, speech: true }),
  c('W7', 0.8, "\\byou'?ll (?:give up|get (?:tired|sick) of|leave)\\b", { speech: true }),
  c('W7', 0.75, "\\bi'?m (?:just )?too (?:much|broken|far gone|damaged) for\\b", { speech: true }),
  c('W7', 0.7, "\\b(?:no one|nobody) (?:can|will|could) (?:help|fix)\\b", { negative: true, speech: true }),
  c('W7', 0.7, "\\b(?:won'?t|will never|never) work for (?:me|someone like me|people like me)\\b", { negative: true, speech: true }),
  c('W7', 0.65, "\\b(?:hopeless|pointless) (?:about|that) (?:therapy|treatment|this|the sessions|coming)\\b"),

  // C1 complaints about the therapist
  c('C1', 0.85, "\\byou'?re (?:just )?like (?:all )?(?:the|my|every|everyone|everybody|those|them|the rest)\\b", { speech: true }),
  c('C1', 0.85, "\\byou (?:obviously |clearly |just |even )?(?:don'?t|do not) (?:give a|care|understand|listen|get it|know what)\\b", { negative: true, speech: true }),
  c('C1', 0.8, "\\bwhy do you (?:even )?care\\b", { speech: true }),
  c('C1', 0.8, "\\byou'?re (?:only |just )?paid to\\b", { speech: true }),
  c('C1', 0.75, "\\byou (?:always|never) (?:take|side|listen|do|say|get|judge|blame|twist|interrupt)\\b", { negative: true, speech: true }),
  c('C1', 0.75, "\\byou(?:'d| would| will|'ll)? (?:make a thing of|judge|blame|twist|lecture|patroni[sz]e)\\b", { speech: true }),
  c('C1', 0.7, "\\b(?:of you|you were|you kept|you'?re always) (?:typing|writing|looking at (?:the|your) (?:clock|screen|phone|watch)|on your (?:computer|phone|screen))\\b", { speech: true }),
  c('C1', 0.8, "\\b(?:any|no) idea what (?:i'?m|i am|you'?re|you are) doing\\b", { negative: true, speech: true }),
  c('C1', 0.8, "\\b(?:attack|criticism|dig) (?:on|of) my (?:competence|skills?|ability|work)\\b"),
  c('C1', 0.75, "\\b(?:criticised|criticized|attacked|blamed|accused|mocked|insulted|snapped at|shouted at|yelled at|swore at|glared at) (?:me|{ME})\\b"),
  c('C1', 0.75, "\\b(?:questioned|doubted|asked) (?:my|whether i|if i)\\b[^.;]{0,40}\\b(?:competen\\w*|qualif\\w*|experience|trained|training|know|understand|ever (?:worked|seen|treated|had))\\b"),
  c('C1', 0.75, "\\b(?:became|got|was|turned|grew) (?:sharp|angry|hostile|cold|irritable|snappy|critical|rude|sarcastic|dismissive) (?:with|towards?|at) (?:me|{ME})\\b"),
  c('C1', 0.75, "\\bcomplain(?:ed|s|ing)? (?:that|about) (?:i|my|me)\\b"),
  c('C1', 0.7, "\\byou never (?:listen|understand|help|say)\\b", { speech: true }),

  // C2 rejecting the therapist's intervention
  c('C2', 0.85, "\\b(?:rejected|dismissed|refused|brushed (?:off|aside)|waved (?:off|away)|scoffed at|shot down|laughed off)\\b[^.;]{0,20}\\b(?:my |the )?(?:[\\w-]+ )?{INT}s?\\b"),
  c('C2', 0.8, "\\bi know,? i (?:read|know|get it|heard you|did)\\b", { speech: true }),
  c('C2', 0.8, "\\bthere you go again\\b", { speech: true }),
  c('C2', 0.8, "\\b(?:that'?s|it'?s) (?:a bit |rather |far |way )?too (?:neat|simple|easy|pat|tidy)\\b", { speech: true }),
  c('C2', 0.85, "\\bdon'?t (?:psychoanaly[sz]e|analy[sz]e|therapi[sz]e|diagnose) me\\b", { negative: true, speech: true }),
  c('C2', 0.75, "\\bstop (?:analy[sz]ing|psychoanaly[sz]ing|reading into|interpreting)\\b", { speech: true }),
  c('C2', 0.7, "\\bthat'?s not (?:it|what i mean|what i meant|true|right) at all\\b", { negative: true, speech: true }),
  c('C2', 0.7, "\\b(?:disagreed|argued) (?:with|against) (?:my|the) {INT}\\b[^.;]{0,20}\\b(?:sharply|angrily|flatly|outright|dismissively)\\b"),
  c('C2', 0.65, "\\bcut (?:me )?(?:in|off)\\b[^.;]{0,20}\\b(?:i know|before i)\\b"),

  // C3 complaints about the activities of therapy
  c('C3', 0.85, "\\b(?:these|this|the|your|that) (?:[\\w-]+ ){0,2}{TASK}\\b[^.;]{0,20}\\b(?:(?:are|is|was|were) (?:just |so |really |a bit |completely |totally )?(?:making|pointless|useless|stupid|a waste|childish|insulting|ridiculous|a joke|busywork|boring|dumb)|(?:don'?t|doesn'?t|do not|does not|aren'?t|isn'?t) (?:help|work|do anything))\\b", { negative: true, speech: true }),
  c('C3', 0.8, "\\b(?:said|called|thinks?|thought|found|described) (?:that )?(?:the |these |this |my |your |all the )?(?:[\\w-]+ ){0,3}{TASK}\\b[^.;]{0,20}[\"“]?{NEGEVAL}", { negative: true }),
  c('C3', 0.8, "\\bcalled (?:the|my|your) {TASK}\\b"),
  c('C3', 0.8, "\\b(?:done with|sick of|fed up with|hates?|hated|tired of|bored of|bored with) (?:the |these |this |your |all these |all the |doing )?(?:[\\w-]+ ){0,2}{TASK}\\b", { speech: true }),
  c('C3', 0.8, "\\b(?:don'?t|do not|didn'?t|can'?t) see the point (?:of|in) (?:going over|doing|talking about|filling|the|these|this)\\b", { negative: true, speech: true }),
  c('C3', 0.8, "\\b(?:refused|declined|won'?t|wouldn'?t|did not want|didn'?t want|doesn'?t want|would not) to (?:do|try|fill in|fill out|complete|look at|read|sign|practi[sc]e|write|use|keep) (?:the |my |your |this |that |any |another )?(?:[\\w-]+ ){0,3}{TASK}\\b", { negative: true }),
  c('C3', 0.75, "\\b(?:threw|pushed|tossed|shoved|slammed) (?:the |her |his |my )?(?:[\\w-]+ ){0,2}{TASK}\\b"),
  c('C3', 0.75, "\\b(?:frankly |quite |a little |a bit )?(?:insulting|patronising|patronizing|condescending|childish|demeaning)\\b"),
  c('C3', 0.75, "\\bcomplain(?:ed|s|ing)? (?:about|that) (?:the |these |this )?{TASK}\\b"),
  c('C3', 0.7, "\\b(?:drawing boxes|filling in forms|ticking boxes)\\b", { speech: true }),

  // C4 complaints about the parameters
  c('C4', 0.85, "\\b(?:all|just|only) about (?:the )?money\\b", { speech: true }),
  c('C4', 0.7, "\\bkeep(?:ing|s)? (?:people|clients|patients|me|us) (?:coming back|paying|hooked)\\b", { speech: true }),
  c('C4', 0.8, "\\b(?:sixteen|twelve|\\d+|six|eight|ten|twenty) sessions (?:is|are|isn'?t|aren'?t) (?:a joke|ridiculous|not enough|nothing|too (?:few|short))\\b", { negative: true, speech: true }),
  c('C4', 0.8, "\\b(?:want(?:s|ed)?|ask(?:s|ed)?|demand(?:s|ed)?|insist(?:s|ed)?|push(?:es|ed)?) (?:to|for|that we) (?:drop|cut|reduce|stop|go|move|switch|come)\\b[^.;]{0,25}\\b(?:every other week|fortnightly|biweekly|monthly|less often|fewer sessions|shorter sessions)\\b"),
  c('C4', 0.8, "\\b(?:did not|didn'?t|does not|doesn'?t|don'?t) see why (?:she|he|they|i) should (?:pay|have to pay|be charged|come)\\b", { negative: true, speech: true }),
  c('C4', 0.75, "\\b(?:the sort of|the kind of) thing (?:private|posh|fancy) \\w+ do\\b", { speech: true }),
  c('C4', 0.8, "\\b(?:can never|never|can'?t ever|can'?t|cannot) get an? (?:appointment|slot|time|session)\\b", { negative: true, speech: true }),
  c('C4', 0.75, "\\bcomplain(?:ed|s|ing)?\\b[^.;]{0,30}\\b{PARAM}\\b"),
  c('C4', 0.75, "\\b(?:annoyed|angry|upset|unhappy|frustrated|cross|irritated|furious) (?:about|at|with|by|over) (?:the |this |a )?(?:[\\w-]+ ){0,2}(?:gap|wait|{PARAM})\\b"),
  c('C4', 0.7, "\\b{PARAM}\\b[^.;]{0,30}\\b(?:unfair|ridiculous|a rip-?off|outrageous|a joke|too expensive|too far)\\b"),

  // C5 complaints about progress
  c('C5', 0.85, "\\b(?:it|this|therapy|treatment|[a-z]+ing)\\s+(?:isn'?t|is not|'s not|aren'?t|are not|doesn'?t|does not|don'?t|do not)\\s+(?:\\w+ )?(?:working|helping|work|help)\\b(?! (?:hard|on|with|at|two|shifts?|nights?|days?|full|part|from|long|out))", { negative: true, speech: true }),
  c('C5', 0.8, "[\"“][^\"”]{0,80}\\b{THERAPY}\\b[^\"”.]{0,40}{NEGEVAL}", { negative: true, speech: true }),
  c('C5', 0.8, "\\b(?:said|says|complained|feels?|felt|told me|thinks?)\\b[^.;]{0,20}\\b(?:the )?(?:sessions?|therapy|treatment|this|coming here|group|counsell?ing)\\b[^.;]{0,10}\\b(?:are|is|were|was|have been|had been|feel|felt)\\b\\s*[\"“]?(?:just |so |really |totally |completely )?{NEGEVAL}", { negative: true }),
  c('C5', 0.85, "\\b(?:aren'?t|are not|isn'?t|is not|not) doing (?:anything|much|a thing)\\b", { negative: true, speech: true }),
  c('C5', 0.8, "\\bgoing (?:round|around) in circles\\b", { speech: true }),
  c('C5', 0.8, "\\b(?:still|yet) (?:not|no better|haven'?t|can'?t)\\b[^.;]{0,25}\\b(?:driving|better|changed|improved|able|working|sleeping|progress)\\b", { negative: true, speech: true }),
  c('C5', 0.8, "\\b(?:doesn'?t|does not|didn'?t|don'?t|can'?t|cannot|couldn'?t) see (?:any |much )?(?:progress|improvement|change|difference|results|the benefit)\\b", { negative: true }),
  c('C5', 0.75, "\\bsomething that works (?:faster|better|quicker)\\b", { speech: true }),
  c('C5', 0.8, "\\b(?:getting|got|going) nowhere\\b|\\bwaste of (?:time|money)\\b|\\bno (?:real )?progress\\b", { negative: true, speech: true }),
  c('C5', 0.75, "\\bcomplain(?:ed|s|ing)? (?:about|that) (?:the )?(?:lack of )?(?:progress|results|improvement)\\b"),

  // C6 defending self against the therapist
  c('C6', 0.85, "\\bi'?m not (?:lazy|crazy|stupid|some|a |an |making|exaggerating|being|the problem|weak|mad)\\b", { negative: true, speech: true }),
  c('C6', 0.85, "\\bdon'?t make this about\\b", { negative: true, speech: true }),
  c('C6', 0.75, "\\banyone would\\b", { speech: true }),
  c('C6', 0.75, "\\b(?:listed|recited|enumerated|justified|explained at length)\\b[^.;]{0,20}\\bas if\\b"),
  c('C6', 0.8, "\\bperfectly (?:able|capable|fine|entitled)\\b", { speech: true }),
  c('C6', 0.75, "\\b(?:defended|justified) (?:her|him|them)sel(?:f|ves)\\b|\\b(?:became|got|was|sounded) (?:defensive|indignant)\\b|\\bdefensively\\b"),
  c('C6', 0.7, "\\bit'?s not my fault\\b|\\bi (?:did|do) (?:my|the) best\\b", { negative: true, speech: true }),

  // C7 controlling or pressuring the therapist
  c('C7', 0.85, "\\b(?:pressed|pushed|pressured|badgered|urged) (?:me|{ME})\\b"),
  c('C7', 0.8, "\\byou (?:need|have|ought) to (?:tell|give|promise|decide|fix|write|sign)\\b", { speech: true }),
  c('C7', 0.8, "\\btold (?:me|{ME}) (?:that )?i (?:had|have|needed|need|must|should) to\\b"),
  c('C7', 0.8, "\\b(?:repeated|insisted|asked|demanded)\\b[^.;]{0,15}\\b(?:several times|repeatedly|more than once|again and again|over and over)\\b"),
  c('C7', 0.8, "\\b(?:demanded|insisted|wanted|asked|begged|told) (?:that )?(?:me|i|{ME}) (?:\\w+ )?(?:to )?(?:promise|guarantee|tell|give|decide|answer|fix|sign|write|agree)\\b"),
  c('C7', 0.75, "\\b(?:demanded|insisted) (?:that )?(?:i|me|{ME})\\b"),
  c('C7', 0.65, "\\bcan we (?:not|just not|skip|stop)\\b", { negative: true, speech: true }),
  c('C7', 0.7, "\\bguarantee\\b"),

  // Therapist's own reaction (intrapersonal markers): the therapist is the subject
  c('TR', 0.85, "\\bi (?:also |then |even |again |soon |quickly |suddenly )?(?:noticed|caught|found|felt|heard|saw) myself\\b"),
  c('TR', 0.8, "\\bi (?:also |then |later )?(?:noticed|realised|realized|saw) (?:that )?i (?:was|wanted|had|kept|felt|had been)\\b"),
  c('TR', 0.8, "\\bi (?:felt|feel|was feeling|noticed|was aware of|became aware of|experienced|was left with)\\b[^.;]{0,25}\\b{AFFECT}\\b"),
  c('TR', 0.75, "(?<![\\w'’])T (?:was |felt |became )?(?:aware of|noticed|felt) (?:feeling |being |a |an )?{AFFECT}\\b", { }),
  c('TR', 0.8, "\\bi (?:noticed|was aware of|felt) (?:a |an )?(?:strong |sudden |heavy |hot |brief |growing )?(?:wish|pull|urge|tug|temptation|impulse|flash|flicker|flush|wave|heaviness|drowsiness|sleepiness)\\b"),
  c('TR', 0.75, "\\b(?:a|an) (?:strong |sudden |brief )?(?:pull|urge|wish|temptation|impulse) to (?:fill|reassure|rescue|cheerlead|fix|lecture|argue|defend|agree|give|promise|end|drop|push)\\b"),
  c('TR', 0.75, "\\b(?:flash|flicker|wave|flush|pang) of (?:irritation|anger|annoyance|frustration|hurt|defensiveness|impatience|boredom|resentment|guilt|shame)\\b"),
  c('TR', 0.75, "\\bi pushed (?:the|my|harder|on)\\b|\\bi (?:was|kept) (?:working|trying) (?:much |far )?harder than\\b"),
  c('TR', 0.7, "\\bmy (?:voice|tone|manner) (?:becoming|became|got|grew|went|was becoming)\\b"),
  c('TR', 0.7, "\\bi (?:was|felt|am|became|got|grew)\\b[^.;]{0,20}\\b(?:irritated|frustrated|annoyed|angry|impatient|exasperated) with (?:myself|him|her|them)\\b"),
  c('TR', 0.7, "\\b(?:boredom|exasperation|irritation|drowsiness|countertransference)\\b[^.;]{0,40}\\b(?:this week|in me|i felt|i noticed|today|in the room)\\b"),
  c('TR', 0.65, "\\b(?:as though|as if) it were a position to defend\\b|\\bi (?:became|got) (?:defensive|more (?:and more )?active|directive|stiff|formal)\\b"),
  c('TR', 0.65, "\\b(?:i )?wanted to (?:promise|reassure|rescue|fix|argue|defend|end|give up|lecture|please|placate)\\b"),
  // Generalisations from the subtype definitions (domain.md B3)
  c('W1', 0.7, "\\b(?:said|says|told me|insisted|claimed|replied)\\b[^.;]{0,80}\\b(?:although|though|but|while|even as|even though)\\b[^.;]{0,30}\\b(?:(?:her|his|their) voice (?:shook|was shaking|cracked|wavered|trembled)|(?:her|his|their) eyes (?:filled|welled)|tearful|in tears|jaw (?:was )?(?:tight|clenched)|clenched|gripping|flushed|(?:her|his|their) hands? (?:shook|were shaking|trembled)|knuckles)\\b"),
  c('W2', 0.75, "\\b(?:answered|replied|responded)\\b[^.;\"“]{0,30}[\"“][^\"”]{1,20}[\"”](?: or [\"“][^\"”]{1,20}[\"”])?"),
  c('W2', 0.7, "\\b(?:long|lengthy) (?:gaps|delays|pauses|silences) before (?:answering|replying|responding|each answer)\\b"),
  c('W5', 0.7, "\\bapologi[sz](?:ed|es|ing) for [\"“]?(?:not being|being|taking|wasting|going on|bothering|boring)\\b"),
  c('W5', 0.65, "\\basked (?:if|whether) (?:i|I) (?:thought|felt) (?:she|he|they) (?:was|were) [\"“]?(?:doing (?:this|it|ok|okay|well) (?:right|ok|well)|a good (?:client|patient))"),
  c('W7', 0.75, "\\b(?:can'?t|cannot|don'?t|doesn'?t) see (?:this|it|therapy|things|any of this|that) (?:ever )?(?:working|helping|changing|getting better|making a difference)\\b", { negative: true, speech: true }),
  c('C1', 0.75, "\\b(?:angry|annoyed|upset|irritated|furious|cross|frustrated|livid|fuming)\\b (?:that i|with me|at me|by (?:my|me)|about (?:my|me)|because i)\\b"),
  c('C1', 0.7, "\\byou (?:just )?(?:expect|think|want|assume) (?:me|i)\\b", { speech: true }),
  c('C2', 0.7, "\\bdon'?t (?:flatter|kid|fool) yourself\\b", { negative: true, speech: true }),
  c('C3', 0.75, "\\b(?:refused|declined|wouldn'?t|would not|won'?t) (?:to )?(?:do|try|attempt|complete|practi[sc]e|fill in|fill out) (?:the |any |another |that |this )?(?:[\\w-]+ ){0,3}(?:work|exercises?|tasks?|homework|experiment|role-?play|imagery|practice|sheet|diary)\\b", { negative: true }),
  c('C3', 0.7, "\\b(?:stopped|quit|abandoned|gave up) (?:the |her |his |their |doing the )?(?:[\\w-]+ ){0,2}{TASK}\\b"),
  c('TR', 0.75, "\\bi (?:was|am|felt) (?:conscious|aware) of (?:feeling|being|wanting|a |an )"),
  c('TR', 0.7, "\\bi (?!wondered|asked|said|suggested|told|offered|agreed|noted|reflected|mentioned)(?:\\w+ed|talked|spoke|went on|pushed|explained)\\b[^.;]{0,50}\\b(?:too (?:long|much|hard|quickly|fast|soon|early)|more than (?:was )?(?:needed|useful|helpful|necessary))\\b"),
  // Second pass of generalisations: opposition verbs with the therapy as their object, refusals of any
  // activity, disengaged behaviour, short quoted answers, self-critical therapist reflections.
  c('C3', 0.7, "\\b(?:questioned|doubted|challenged|disputed|scoffed at|mocked|ridiculed)\\b[^.;]{0,15}\\b(?:whether|if|the|this|my|our)\\b[^.;]{0,40}\\b(?:therapy|treatment|approach|method|model|technique|exercise|emdr|cbt|dbt|act|protocol|homework|worksheets?|session(?:s)?)\\b"),
  c('C3', 0.7, "\\b(?:did not|didn'?t|does not|doesn'?t|do not|don'?t|would not|wouldn'?t) want to (?:do|try|go through|go over|continue|practi[sc]e|fill in|fill out|start)\\b"),
  c('C7', 0.65, "\\b(?:did not|didn'?t|does not|doesn'?t|do not|don'?t) want to [\"“]?(?:talk|keep talking|go on talking|discuss|look) about\\b", { speech: true }),
  c('C2', 0.7, "\\bi don'?t need (?:a |another |your )?(?:lecture|sermon|analysis|diagnosis|pep talk|lesson)\\b", { negative: true, speech: true }),
  c('C1', 0.7, "\\byou (?:just|only) (?:sit there|nod|ask how|repeat|keep asking)\\b", { speech: true }),
  c('W2', 0.75, "\\b(?:one[- ]line|one[- ]sentence|short|brief|clipped|curt) (?:replies|answers|responses)\\b"),
  c('W2', 0.65, "\\b(?:when |)asked (?:how|about|what|whether|if)\\b[^.:;]{0,60}:\\s*[\"“][^\"”]{1,20}[\"”]"),
  c('W2', 0.6, "\\b(?:checked|looked at|scrolled through|glanced at) (?:his|her|their) (?:phone|watch)\\b"),
  c('W1', 0.65, "[\"“](?:no problem|not a problem|it'?s nothing|nothing really|all good)(?: at all)?[\"”]", { negative: true, speech: true }),
  c('W4', 0.7, "\\bevery (?:attempt|time) i (?:made|tried|asked|raised|wondered)\\b[^.]{0,80}\\b(?:was met with|met with|he|she|they) (?:a further|another|more|a new)\\b"),
  c('W5', 0.65, "[\"“]very kind[\"”]|\\bkind of (?:me|you) to (?:listen|see|bear)\\b|\\bheard it all before\\b", { speech: true }),
  c('TR', 0.7, "\\bi (?:think|suspect|realise|realize|wonder if) i (?:\\w+ed|got|went|was)\\b[^.;]{0,60}\\b(?:too (?:much|hard|fast|quickly|long|soon)|than (?:is|was|would be) (?:useful|helpful|needed|necessary)|more (?:active|directive|formal) than)\\b"),
  c('TR', 0.7, "\\bi felt (?:deflated|defeated|flat|tired|drained|useless|sidelined|ignored|dismissed|de-?skilled|hopeless|helpless|inadequate|incompetent|small|stupid|anxious|uneasy|rattled|thrown|stung|wounded|embarrassed|ashamed)\\b"),
  c('C4', 0.65, "\\basked why (?:she|he|they|i) (?:has|have|had|needs?|must) to (?:be in|come|do|attend|fill|wait|pay)\\b"),
  c('C1', 0.7, "\\b(?:someone|somebody|a therapist|a person|a proper \\w+) who (?:actually |really )?(?:knows|understands|listens|cares|gets it)\\b", { speech: true }),
  c('TR', 0.7, "\\bi (?:felt|feel|was feeling|noticed)\\b[^.;]{0,40}\\b(?:tender|fond|admiring|envious|competitive|maternal|paternal|protective|impatien\\w*|irritat\\w*)\\b"),
  // Third pass, from the 3RS descriptions of each subtype rather than from sentences: the body turning
  // away from the work, reluctance to speak, the session left, minimal quoted replies, progress doubted,
  // a second clinician, the client's words about the therapist, the therapist's reaction by any name.
  c('W2', 0.7, "\\b(?:minimal|little|poor|no|limited|fleeting|reduced|avoid(?:ed|ing|s)?|avoidant|broke|breaking) eye[- ]contact\\b"),
  c('W2', 0.7, "\\b(?:would not|wouldn'?t|did not|didn'?t|could not|couldn'?t) (?:make|meet|hold|keep) (?:eye[- ]contact|my (?:eye|gaze)|(?:my|our) eyes)\\b", { negative: true }),
  c('W2', 0.65, "\\b(?:glanc\\w*|look\\w*|check\\w*|peek\\w*|eye[ds]?|eyeing|kept looking) (?:up |over |down )?(?:at |to(?:wards?)? )?(?:the |her |his |their |my )?(?:clock|watch|time|door)\\b(?! (?:of|when|she|he|they) )"),
  c('W2', 0.65, "\\b(?:glanc\\w*|look\\w*|check\\w*|scroll\\w*) (?:at |through )?(?:her|his|their) phone\\b[^.;]{0,30}\\b(?:several times|repeatedly|throughout|while|during|when i|as i|again)\\b"),
  c('W2', 0.65, "\\b(?:reluctant|unwilling|hesitant|loath|loth|disinclined|not keen|wary) (?:at first )?to (?:discuss|talk|speak|say|share|go into|open up|elaborate|explore|engage|describe|revisit|answer|reflect|get into|look at)\\b(?![^.;]{0,30}\\bwith (?:her|his|their|a|the) )"),
  c('W2', 0.65, "\\b(?:reluctance|unwillingness|hesitance|hesitancy) to (?:discuss|talk|speak|say|share|go into|open up|elaborate|explore|engage|describe|revisit|answer)\\b"),
  c('W2', 0.65, "\\b(?:left|walked out of|stormed out of|went out of|stepped out of) the (?:room|session|office)\\b(?=\\s*(?:[.;,]|$| for| early| abruptly| mid| halfway| before| in tears| angrily| without| and))"),
  c('W2', 0.7, "\\bleft (?:the session )?(?:early|abruptly|before the end|without (?:booking|rebooking|making|arranging|scheduling|saying goodbye|a word|another))\\b"),
  c('W2', 0.7, "\\b(?:said|spoke|offered|volunteered) (?:almost |virtually |next to )?nothing\\b(?! (?:much|new|else|had|has|was|is|would|could|about (?:her|his|their) (?:boss|partner|mother|father)))"),
  c('W2', 0.7, "\\b(?:answered|spoke|responded|replied|talked) only (?:when|if) (?:directly )?(?:addressed|asked|prompted|spoken to|pressed|invited)\\b"),
  c('W2', 0.7, "\\b(?:said|answered|replied|responded|muttered|mumbled|with|just)\\s*,?\\s*{Q}(?:i )?(?:dunno|don'?t know|same|same as (?:always|ever|usual)|whatever|fine|nothing|not really|no idea|meh|nope|ok|okay)[.,!]?{Q}(?=[\\s,.;)]|$)", { speech: true }),
  c('W2', 0.65, "\\b(?:flat|brief|quiet|quieter|guarded|terse|curt|clipped|vague|evasive|closed|subdued)(?: and (?:flat|brief|quiet|quieter|guarded|terse|curt|clipped|vague|evasive|closed|subdued))? (?:when|whenever|once|as soon as|each time|every time)\\b[^.;]{0,40}\\b(?:raised|came up|come up|asked|mentioned|brought up|returned to|turned to|touched on|approached)\\b"),
  c('W1', 0.65, "\\bnothing (?:much |really )?to (?:report|say|tell|talk about)\\b", { speech: true, negative: true }),
  c('W7', 0.65, "\\b(?:tried|done) (?:everything|it all)(?: already| before)?\\b", { speech: true }),
  c('W7', 0.65, "\\bonly (?:came|come|comes|coming|here|attended|attending|turned up|showed up) (?:today |at all )?because\\b"),
  c('W7', 0.6, "\\b(?:nearly|almost|thought about|considered) (?:cancell?ing|cancell?ed|not coming|not turning up)\\b"),
  c('C5', 0.7, "\\b(?:should|ought to|expected to|thought (?:she|he|they|i)'?d) be {Q}?(?:further|better|more) (?:along|on|forward|by now)\\b", { speech: true }),
  c('C5', 0.7, "\\b(?:therapy|this|treatment|counsell?ing|it|the approach|the work|talking)\\b[^.;]{0,20}\\bnot for (?:me|her|him|them|someone like|people like)\\b", { negative: true, speech: true }),
  c('C5', 0.7, "\\b(?:changes|changed|changing|fixes|solves) nothing\\b|\\bnothing (?:ever )?(?:changes|has changed|is changing)\\b", { negative: true, speech: true }),
  c('C3', 0.7, "\\b(?:asked|wanted|wants|asks|begged|pleaded)\\b[^.;]{0,25}\\b(?:skip|drop|stop|ditch|not do|avoid|leave out)\\b[^.;]{0,10}\\b(?:the |these |this |all the |any )?{TASK}\\b"),
  c('C7', 0.7, "\\b(?:can|could) we (?:just|please just) (?:do|talk|skip|stop|get|move|go|leave|finish|focus|sort|fill)\\b", { speech: true }),
  c('C7', 0.7, "\\b(?:wanted|wants|asked for|demanded|insisted on) (?:practical |concrete |real |proper )?(?:advice|answers|solutions|tips|tools|a fix|strategies)(?:,| and| but)? not (?:more )?(?:questions|talk|talking|to talk|feelings|reflections)\\b"),
  c('C1', 0.7, "\\b(?:seen|see|seeing|consulted|consulting|gone to|been to|going to|go to|switch(?:ed|ing)? to|trying|try) (?:a |an )?(?:another|different|new|second|other) (?:therapist|counsell?or|psychologist|clinician|practitioner|psychotherapist)\\b"),
  c('C1', 0.6, "\\b(?:a )?second opinion\\b"),
  c('C1', 0.75, "\\b(?:that |and )I {Q}(?:always|never|just|only|don'?t|do not|keep)\\b"),
  c('C1', 0.7, "\\byou (?:see|make|turn|take|twist|bring) (?:everything|it all|it) (?:as|into|about|back to)\\b[^\"”]{0,20}\\byou\\b", { speech: true }),
  c('C1', 0.7, "\\b(?:did not|didn'?t|does not|doesn'?t|don'?t|do not|can'?t|cannot) trust (?:me|{ME}|therapists?|therapy|the process)\\b", { negative: true, speech: true }),
  c('TR', 0.75, "(?<![\\w'’])(?:Th|the therapist|therapist|the clinician|clinician|the writer|writer) (?:was |felt |became |noted |noticed |experienced )?(?:aware of |own |(?:her|his|their) own )?(?:feeling |being |a |an )?{AFFECT}\\b"),
  c('TR', 0.75, "\\bi (?:felt|noticed|experienced|had) (?:a|an) (?:sudden |small |sharp |brief )?(?:jolt|pang|stab|twinge|surge|flash|flicker|wave|rush|spike|knot|flush|prickle) of\\b"),
  c('TR', 0.7, "\\b(?:i|T|Th) (?:felt|feel|was feeling|was under) (?:under )?(?:pressure|the need|compelled|obliged|pulled|a responsibility) to\\b"),
  // Fourth pass, from unseen11's misses, each written for its kind of sentence: the therapist noticing
  // their own behaviour, deference in the client's words, more minimal replies, minimising, the fee,
  // "why do I have to", displeasure at an intervention, progress asked after, correcting the therapist.
  c('TR', 0.75, "\\bi (?:also |then |later )?(?:noticed|realised|realized|saw|became aware) (?:that )?i (?!was (?:pleased|glad|happy))(?:\\w+ed|kept|felt|went|got|began|spoke|took|made|let|said)\\b"),
  c('TR', 0.75, "\\b(?:and|then|,) (?:heard|caught|found|noticed) myself\\b"),
  c('W5', 0.75, "\\b(?:you know best|you'?re the one who knows|if you say so|i'?ll do whatever you (?:say|think|want|suggest))\\b", { speech: true }),
  c('W2', 0.7, "\\b(?:said|answered|replied|responded|typed|wrote|muttered|mumbled|with)\\s*,?\\s*{Q}(?:pass|idk|no comment|i guess|not much|same old|nothing really|can'?t remember)[.,!]?{Q}", { speech: true }),
  c('W2', 0.65, "\\b(?:rather than|instead of) (?:speaking|answering|talking|replying|saying anything)\\b"),
  c('W2', 0.65, "\\basked (?:to|if (?:she|he|they) could|whether (?:she|he|they) could) (?:leave|go home|go)(?: the session)? (?:early|now|before the end)\\b"),
  c('W2', 0.6, "\\b(?:camera|video)\\b[^.;]{0,40}\\b(?:off|turned off|switched off)\\b(?:[^.;]{0,30}\\bwhen asked\\b)?"),
  c('W1', 0.65, "\\b(?:isn'?t|is not|wasn'?t|was not|not) (?:really |actually )?(?:a thing|a big thing)\\b(?= ?[,.!]? ?[\"”])", { speech: true, negative: true }),
  c('C4', 0.7, "\\b(?:can'?t|cannot|could not|couldn'?t|can no longer) afford\\b[^.;]{0,10}\\b(?:this|therapy|sessions|the (?:fees?|sessions)|to (?:keep )?(?:paying|coming|come|continue))\\b", { negative: true }),
  c('C3', 0.7, "\\bwhy do (?:i|we) (?:always |even |still )?(?:have to|need to|keep|bother)\\b", { speech: true }),
  c('C2', 0.7, "\\b(?:irritated|annoyed|angry|cross|bristled|snapped|scoffed|exasperated|impatient|dismissive) when (?:I|T|Th|the therapist) (?:suggested|proposed|raised|offered|pointed out|wondered|reflected|linked|challenged|tried)\\b"),
  c('C5', 0.65, "\\b(?:it'?s|this is|therapy is|this has been|it has been|has been|is|was|had been|it was)\\s+{Q}?(?:just |all |a lot of |only |nothing but |too much )talk(?:ing)?\\b", { speech: true }),
  c('C5', 0.7, "\\bwhen (?:she|he|they|i) (?:would|will|is going to|are going to|am going to|was going to) {Q}?(?:actually |finally |ever |start to )?(?:feel|get|be|see) (?:different|better|results|a difference|any better)\\b"),
  c('C2', 0.65, "\\bcorrected (?:me|my (?:summar\\w+|reflections?|words|wording|understanding|{INT}))\\b"),
  c('C1', 0.75, "\\b(?:get|keep|got) (?:you|them|everyone) off my back\\b", { speech: true }),
  // Fifth pass, from unseen12's misses: asking to change the topic, refusals and accusations in the
  // client's words, the body turned away, "how long is left", what the therapist "felt like".
  c('W4', 0.7, "\\b(?:can|could) we (?:just )?(?:talk about|do|move on to|change to|go back to) (?:something|anything) else\\b", { speech: true }),
  c('W4', 0.7, "\\b(?:talked|spoke|went on|chatted)\\b[^.;]{0,50}\\bfor (?:most|much|the rest|all) of the (?:remaining )?(?:time|session|hour)\\b"),
  c('C3', 0.7, "\\b{TASK}\\b[^.;]{0,12}{Q}?(?:doesn'?t|does not|don'?t|didn'?t|won'?t) (?:really )?(?:apply|fit|relate)\\b", { negative: true }),
  c('C1', 0.7, "\\bstop (?:watching|looking at|staring at|judging|lecturing|pushing|nagging|analy[sz]ing|reading|interrogating) me\\b", { speech: true }),
  c('W2', 0.65, "\\bturned (?:his|her|their) back\\b(?! on (?:her|his|their) )"),
  c('C1', 0.75, "\\b(?:threw|kicked|hit|spat|lashed out|lunged)\\b[^.;]{0,25}\\bat (?:me|{ME}|the therapist|Th)\\b"),
  c('C3', 0.7, "\\b(?:i'?m not|i am not|i won'?t|i will not|not going to|i refuse to) (?:do|doing|fill|filling|try|trying|read|reading|practi[cs]e|practi[cs]ing|complete|completing|go through|going through) (?:the|this|that|any|those|these|your|another)\\b", { speech: true, negative: true }),
  c('C1', 0.7, "\\byou'?re (?:so |just |completely |totally )?(?:obsessed|fixated|hung up|only interested|pushy|nosy|preachy|rigid|controlling|bossy|cold|robotic|useless|clueless|judg(?:e)?mental|patroni[sz]ing|condescending)\\b", { speech: true }),
  c('W1', 0.7, "\\bnothing (?:wrong|the matter)\\b(?= ?[\"”])|\\bthere(?:'s| is| was) {Q}?nothing (?:wrong|the matter)\\b", { speech: true, negative: true }),
  c('W2', 0.7, "\\b(?:answered|replied|responded|met)\\b[^.;]{0,30}\\bwith (?:a )?shrugs?\\b"),
  c('W2', 0.65, "\\basked (?:\\w+ )?(?:how long|how much time|what time|when) (?:the session |we |this )?(?:had |has |have |was )?(?:left|to go|finish(?:es|ed)?|end(?:s|ed)?)\\b"),
  c('TR', 0.65, "\\bi (?:felt|was feeling) like (?:a|an|her|his|their|the) (?!good fit|team)[\\w-]+(?: [\\w-]+)?"),
  c('W1', 0.7, "\\b(?:i'?m |i am )?(?:so |totally |completely )?over it\\b(?=(?:[,.!]? ?(?:obviously|honestly|now|already|anyway))?[.,!]?[\"”])", { speech: true }),
  c('C2', 0.7, "\\b(?:i|you)(?: was| were| are|'re| keep| always)?\\s+{Q}?mak(?:e|es|ing) (?:(?:it|this|that|everything|something) (?:into )?(?:a )?(?:bigger|big|huge) (?:deal|thing)|(?:a )?(?:big )?(?:deal|thing|fuss|drama) (?:of|out of) (?:it|this|that|nothing))\\b|\\bstop making it (?:one|a thing)\\b"),
  c('W2', 0.6, "\\b(?:clipped|curt|terse|monosyllabic)(?=\\s*(?:[.,;]|$))"),
  c('W2', 0.65, "\\b(?:sat|stayed|remained|kept) (?:with )?(?:her|his|their) eyes (?:closed|shut|down|on the floor)\\b(?![^.;]{0,30}\\b(?:exercise|meditation|body scan|relaxation|mindfulness|breathing|imagery|grounding))"),
];
