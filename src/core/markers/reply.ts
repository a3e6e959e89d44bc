/**
 * The client's words in reply to the therapist's move ("When I suggested dropping the rehearsal, she said
 * 'I'll just do it my way, thanks'"). In the 3RS, markers are responses to what the therapist does, and a
 * reply that does not take the move up is a marker more often than not; the cues miss many of them because
 * clients say it in their own words. Read only when the cues found nothing in the words: a reply that
 * agrees, thanks, asks or takes the work up is left alone; a denial of feeling is W1, a few words declining
 * to speak W2; a reply refusing the move or the work ("don't start", "we've been over that") C2 (the kind
 * counts more than the subtype here, so the subtype is the commonest of its kind). A short reply or one
 * that says "you" is no sign by itself: a look-alike set of ordinary replies ("the panic attacks", "you
 * need to rest, Dad", said of a son) had half of them flagged when it was.
 */
import type { Subtype } from '../settings';
import { OPENING_FILLER, PHYSICAL_CAUSE, SAID_WHEN } from './vocabulary';
import { sentimentOf } from './tokens';

/** A filler opening the reply (plain.ts reads past it for the cues). */
const FILLER_FIRST = new RegExp(`^${OPENING_FILLER}`, 'i');

/** The therapist's moves, in the past and in the present of a note told as it happens ("When I ask about...", "I notice"). */
const MOVE = String.raw`(?:asked|mirrored|made (?:a|an|the|my) (?:reflection|comment|suggestion|link|observation|interpretation)|set up|got out|brought out|held up|set|used|read(?: out)?|suggested|raised|mentioned|brought|came back|returned|reflected|wondered|explained|offered|proposed|introduced|pointed|named|invited|tried|linked|showed|noted|noticed|commented|observed|interpreted|challenged|checked|picked|went back|moved|said|put|gave|encouraged|acknowledged|validated|summari[sz]ed|shared|reminded|reassured|paused|slowed|started|began|looked at|went through|turned to|spoke (?:about|of)|ask|suggest|raise|mention|bring(?: up)?|come back|return|reflect|wonder|explain|offer|propose|introduce|point|name|invite|try|link|notice|comment|observe|interpret|challenge|check|go back|move|encourage|summari[sz]e|share|remind)`;
/** "When I suggested...", "after I named it", "each time T raised it", "when we reached the stone for ...", and the
 * passive of a case note ("When asked what was going on in her mind", "when pressed about the debt"). */
const THERAPIST_MOVE = new RegExp(String.raw`\b(?:when|after|as|once|each time|every time|whenever)\s+(?:(?:I|T|Th|we|(?:the )?therapist|this writer|the writer|(?:the )?counsell?or|(?:the )?clinician|the co-?facilitator|my co-?(?:facilitator|therapist|worker|leader))\s+(?:\w+ly\s+)?(?:(?:${MOVE})s?|reached|got to|came to|arrived at)|(?:gently\s+)?(?:asked|invited|encouraged|pressed|prompted|challenged)(?=\s+(?:about|what|how|why|whether|if|to|again|directly|for)\b))\b|^\s*(?:When\s+)?Asked(?=\s+(?:about|what|how|why|whether|if)\b)|^\s*(?:When\s+)?(?:Offered|Shown|Handed)(?=\s+(?:the|a|an|some|my)\s+[\w-]+(?:\s+[\w-]+)?,)|^\s*(?:I|T|Th)\s+(?:\w+ly\s+)?(?:${MOVE})\b(?=[^.;"“]{0,100}(?:\b(?:and|but)|;)\s+(?:she|he|they|the client|client|pt)\s+(?:\w+ly\s+)?(?:said|says|replied|laughed|snapped|muttered|sighed|retorted|answered)\b)`, 'i');
const SPEECH = String.raw`(?:said|told me|replied|answered|responded|snapped|muttered|retorted|sighed|mumbled|shot back|insisted|laughed|shrugged and said|typed|signed|wrote|texted|messaged|whispered|shouted|mouthed|says|tells me|replies|answers|responds|snaps|mutters|retorts|sighs|mumbles|insists|laughs|shrugs and says|types|signs|writes|texts|whispers|shouts)${SAID_WHEN}`;
/** A reported lead-in to the client's quoted words: 'he said he was "not here to ..."', 'she said that it was "...". */
const REPORTED = String.raw`(?:(?:that\s+)?(?:she|he|they|it|this|that)\s+(?:was|were|is|are|had|has|would|did|'d|wasn'?t|isn'?t|didn'?t|wouldn'?t)\s+(?:not\s+)?)?`;
/** The client's reply after the move: 'she said, "..."'. */
const REPLY_AFTER = new RegExp(String.raw`\b(?:she|he|they|pt|the client|client|(?:the )?child|(?:the )?student|(?:the )?patient|and|then|[A-Z][a-z]*|[A-Z])\s+(?:\w+ly\s+)?${SPEECH}(?:\s+\w+ly)?\s*[,:]?\s*${REPORTED}["“]([^"”]{1,200})["”]`, 'dg');
/** "He answered my question about the messages with '...'": the move and the reply in one phrase. */
const MY_MOVE = String.raw`(?:my|the|all (?:my |the )?|every|each) (?:one |only |first |gentle |next )?(?:question|questions|comment|reflection|suggestion|offer|idea|invitation)\b`;
const ANSWERED_MOVE = new RegExp(String.raw`\b(?:answered|met) ${MY_MOVE}|\b${MY_MOVE}[^"“.;]{0,60}?\b(?:got|drew|earned)\s*[,:]?\s*["“]`, 'i');
const REPLY_WITH = new RegExp(String.raw`\b${MY_MOVE}[^"“.;]{0,60}?\b(?:with|got|drew|earned)\s*[,:]?\s*["“]([^"”]{1,200})["”]`, 'dgi');
/** A case note's reply with no verb of saying, straight after the move's clause: 'When I asked what he felt, "cold, mainly".' */
const REPLY_BARE = /^\s*(?:(?:when|after|as|once)\s+(?:I|T|Th)\s+|(?:when\s+)?asked\s+)[^"“.;]{3,80}?(?:,|\s*->|\s*→)\s*["“]([^"”]{1,200})["”]/dgi;
/** The reply before the move: 'She said "..." when I asked'. */
const REPLY_BEFORE = new RegExp(String.raw`\b${SPEECH}(?:\s+\w+ly)?\s*[,:]?\s*["“]([^"”]{1,200})["”](?:\s+(?:in|on|into|over) (?:the|a|her|his|their) [\w-]+(?: box)?)?,?\s+(?:when|after|as|each time|every time|whenever)\s+(?:I|T|Th|we|the therapist)\s+(?:\w+ly\s+)?${MOVE}\b`, 'dgi');

/** A reply that takes the move up: agreement, thanks, interest, a plan. */
const TAKEN_UP = /\bplease (?:carry on|go on|continue|keep going)\b|\b(?:carry on|go on|continue|keep going),? please\b|^(?!yeah,? no\b)(?:yes|yeah|yep|ok|okay|sure|good idea|that makes sense|makes sense|that'?s (?:true|right|fair|helpful|interesting|a good)|thanks?|i'?d like|i will|i'?ll try|let'?s(?! not| (?:just )?(?:talk|chat) about something)|i agree|exactly|absolutely|definitely|of course|i think so|maybe|perhaps|i suppose|i guess so|oh|wow|i never thought|i hadn'?t thought)\b(?![^.!?]{0,40}\b(?:but|whatever)\b)|\b(?:helpful|helped|useful|thank|glad|(?<!,\s?)love(?!\s*,)|like that|good idea|makes sense|interesting|relieved|hopeful|i can try|i'?ll try|worth a try|fair enough|you'?re right|you have a point)\b/i;
/** A denial of a feeling the note has in view. */
const DENIAL = new RegExp(String.raw`^(fine|good|ok(?:ay)?|grand)(?:,? \1)+\b(?!,? (?:but|until|except)\b)|\b(?:that'?s all that (?:matters|counts)|^(?:no,? )*(?:(?:it'?s|that'?s|it is|just) )?(?:just |only )?(?:(?:the|a|my) )?${PHYSICAL_CAUSE}(?:,? (?:eh|love|mate|dear|that'?s all|nothing else))?\W*$|^(?:did i\??,?\s*)?(?:i )?(?:can'?t|cannot|don'?t|do not) (?:remember|recall) (?:ever )?(?:saying|that)\b|^(?:it'?s|it is|that'?s|that is) (?:really |honestly |actually |just )?not\W*$|^(?:all )?ancient history\b|^(?:it'?s|that'?s) (?:just )?[\w-]+(?: [\w-]+)?,? (?:it|these things|stuff) happens?\W*$|(?:it was|it'?s been|that was) handled\b|^(?:(?:it'?s|that'?s|that is|it is|all) )+(?:covered|sorted|taken care of|in hand|dealt with)\W*$|^every(?:one|body) (?:has|does|gets|eats|drinks|needs|had|did) (?:a|an|one|it|that)\b(?:\s+[\w-]+)?\W*$|\bit'?s closed\W*$|^why would (?:i|it) (?:be|mind|care|matter)\b|(?:just|only) (?:talk|banter|messages|texts|a laugh|a joke),? nothing (?:happened|went on)|there'?s nothing (?:there|to (?:say|tell|feel|talk about))|^nothing,? (?:i|it'?s|it was|that'?s|that was|it) (?:just|only)\b|everyone'?s (?:tired|stressed|busy|anxious|low|like that|the same)|^every(?:one|body) (?:(?:in|at|on) (?:[\w-]+ ){1,2}(?:is|gets|feels|'s)|(?:(?:a?round|over|out) )?here(?:'s| is| gets| feels)) (?:tired|stressed|busy|anxious|low|like that|the same)\b|^there (?:isn'?t|wasn'?t|is no|was no) (?:one|a worst|a bad (?:bit|part))\b|\bi (?:feel|felt) (?:fine|ok|okay|alright|all right|good|grand)\b|^(?:they|doctors|the doctors?) (?:always|just) (?:say|exaggerate|make (?:a fuss|it up))\b|\bwhat'?s the big deal\b|^(?:it'?s|that'?s|it was) (?:all )?(?:done|forgotten|sorted|dealt with)(?:,|\W*$)|^(?:no,? )*(?:i'?m|i am) (?:strong|tough|a survivor|made of [\w-]+)\b|(?:i'?m|i am|we'?re|we are) (?:(?:all |just |really |honestly |doing |absolutely |totally )?(?:fine|ok|okay|alright|all right|good|grand|coping|managing|getting by|over it)\b|not (?:upset|bothered|angry|sad|depressed|low|anxious|stressed|struggling))|(?:it'?s|everything'?s) all (?:fine|good|ok|okay)|it'?ll (?:all )?be (?:fine|ok|okay|alright|all right)\b|(?:it'?s|that'?s|it was|that was|they'?re|they are|they were|those are) (?:fine|nothing|okay|ok|in the past|(?:all )?ancient history|not (?:that |a |so )?(?:bad|big deal|a problem|important|serious))|i'?ve (?:dealt with|moved on|got over|put (?:it|that) behind)|^you can'?t (?:cry|grieve|get upset|mourn|break down|fall apart) (?:for|over|about|at) (?:all|every|each|everyone|everybody)\b|\b(?:we'?re|i'?m|we are|i am) (?:so |very |really |just )?(?:lucky|blessed|fortunate)\W*$|^(?:i )?(?:don'?t|do not) know (?:nothing|anything) about (?:that|it)\b|\bwhat will be,? will be\b|\b(?:i'?ve|i have|she'?s|he'?s) had a good (?:innings|run|life|long life)\b|\bi'?ll sleep when i'?m dead\b|\bno (?:point|use) (?:worrying|fretting|dwelling)\b|^(?:that'?s|it'?s|that is|it is) (?:all )?(?:finished|over|done with|in the past|behind me)(?:,? (?:the [\w-]+|someone|they|he|she) sorted it|,? (?:we|i) (?:don'?t|do not|never) (?:talk|speak) (?:about|of) (?:it|that))?\W*$|^(?:(?:the usual|same as ever|same old|nothing much),? )?nothing worth (?:a session|talking about|mentioning|bringing up|discussing|going into|raising)\b|^(?:perfectly|entirely|quite|absolutely) (?:fine|satisfactory|adequate|all right|alright|ok|okay|normal)\W*$|\bthese things (?:do|happen|end|go)\W*$|^(?:oh,? )?(?:i|we) (?:manage|cope|get by)(?:,? (?:always (?:have|did)|fine|somehow))?\W*$|\b(?:it'?s|that'?s|it was|it is|that was) (?:nothing|not) personal\b|(?:doesn'?t|didn'?t) (?:matter|bother me)|not bothered|used to it|no big deal|whatever|(?:^|\bi )(?:hadn'?t|haven'?t|didn'?t|never) (?:noticed?|realised|realized|even thought about)|^(?:just )?a misunderstanding\b|(?:the )?(?:doctors?|consultant|scan|tests?|results?|lab)(?:'?s| has| have|'ve)? (?:made a mistake|got it wrong|mixed (?:it|them) up)|(?:that'?s|it'?s|it was|must be|must have been) (?:a )?(?:lab|test|testing|computer|machine) (?:error|mistake|mix-up|fault)|(?:it'?s|that'?s) (?:just )?(?:what happens|life|one of those things|how it (?:is|goes)|the way it (?:is|goes)|business|part of the job|a job)|(?:we'?re|i'?m|we are|i am|you'?re) trained for (?:it|this|that)|^(?:i'?m|i am|we'?re|we are) (?:a )?professionals?\b(?![^.!?]{0,20}\b(?:but|and i (?:still|do))\b)|people die|everyone (?:dies|goes through it)|^(?:it|these things|stuff|accidents) happens?\W*$|^(?:same|no different) (?:as|from|to) (?:everyone|everybody|the rest|anyone)(?: (?:else|on the [\w-]+|in (?:the|my|this) [\w-]+))?\W*$|^(?:just )?like (?:everyone|everybody|anyone|the rest)(?: else)?(?: (?:on|in|at) (?:the )?[\w-]+)?\W*$|^(?:(?:farmers|dads|mums|men|women|lads|blokes|people|folk|soldiers|squaddies|nurses|coppers|miners|firefighters|sailors|nobody|no one|everyone|everybody|a (?:real |proper |good |christian |decent |strong )?(?:man|woman|mother|father|mum|dad|farmer|soldier|nurse|christian)) (?:just |all |always |never )?(?:don'?t (?:sleep|cry|complain|moan|talk about it|get (?:upset|sad|depressed))|(?:have|has) to (?:crack|get|carry|soldier|cope|deal|put up)|(?:crack|get|carry|soldier) on\b|(?:forgives?|copes?|leaves?|dies?)(?=\W*$|,)|(?:sleeps?|cries|cry) in (?:this|that|my|the) [\w-]+|are (?:all )?like that|(?:goes|go) through (?:it|this|that))\b)|(?:every|all|most) (?:mums?|mothers|new mums|dads|parents|women|men|people|teenagers|kids) (?:gets?|has|have|feels?|goes through) (?:those|that|them|it|this))\b`, 'i');
/** Thanks to all in place of the feeling named: "I'm grateful to everyone" (W5, deferring). */
const GRATEFUL_TO_ALL = /^(?:(?:oh|no),? )?i'?m (?:very |so |really |just )?(?:grateful|thankful) (?:to (?:everyone|everybody|you all|all of you|the (?:staff|team|nurses))|for (?:everything|all of it|all (?:the|your) help))\W*$/i;
/** A reading set aside as a theory: "unsupported by evidence", "an interesting hypothesis, but". */
const AS_A_THEORY = /\b(?:unsupported by|no) evidence\b|\ban interesting (?:hypothesis|theory|idea),? (?:but|unsupported|however)\b/i;
/** What is known about a loss in place of it: "we had a teaching session on it", "I know the stages". */
const KNOWN_ABOUT = /\b(?:we had|i'?ve had|there was) (?:a |the )?(?:teaching|lecture|training|seminar|module|workshop)(?: session)? on (?:it|that|this|grief|death|loss)\b|\bi know the (?:stages|theory|science|research|model)\b/i;
/** A reply that refuses: "don't psychoanalyse me", "can we not", "keep walking" (the move passed over), "I'm not risking it". */
const REFUSING = /^(?:i'?ll (?:give (?:that|it|this) a miss|pass(?: on (?:that|this|it|the [\w-]+(?: [\w-]+){0,2}))?)\b|(?:he'?s|she'?s|they'?re|i'?m|we'?re) not (?:dead|gone|finished|done) yet\b|(?:it'?s )?(?:far |much |way )?too (?:early|soon) for (?:that|this)\b|don'?t you dare\b|you'?(?:ll|d) have me (?:throwing|getting rid of|giving up|doing|selling)\b|leave (?:my|her|his|their|it|that|him|them) (?:[\w-]+ )?out of (?:it|this)|(?:(?:i'?d|i would) )?rather (?:just )?(?:stay|not|keep (?:it|that)|leave it|you didn'?t|wing it|play it by ear|see how it goes)\b|don'?t (?:start|go there|bother|bring|make|do|push|analy[sz]e|psychoanaly[sz]e|psychologi[sz]e|overthink|read (?:into|too much)|copy me|mimic me|repeat me|parrot me|mirror me)|(?:i'?m|i am) not (?:risking|doing|writing|trying|wearing|filling|playing|touching|going to (?:do|try|write|wear|fill))\b(?! to )|stop|don'?t(?=\W*$)|leave it|drop it|just leave|not this|not now|not today|not (?:the|this|that|those|these|more|another) [\w-]+(?: [\w-]+)? again\b|please don'?t|can we not|(?:can|could) you (?:just )?not\b|let'?s not|keep (?:walking|going|moving|driving)|carry on|(?:let'?s )?move on|(?:i'?m |we'?re )?not going (?:there|into (?:that|it))\b|(?:(?:we|let'?s|can we|we'?ll|i'?ll|i'?m going to) )?skip (?:this|that|it)|make me\W*$|you can'?t make me)\b/i;
/** The work declined or already done: "not everything is about this room", "we've been over that", "we've tried all this". */
const NOT_THE_WORK = /\b(?:don'?t|do not|can'?t|cannot|really don'?t) see (?:the|any|a|that|much|what) (?:connection|link|relevance|parallel|similarity|resemblance)\b|\bi'?m not (?:picking at|going over|raking (?:over|up)|digging (?:up|into)|going into|revisiting|dragging up) (?:it|that|this|all that)\b|\b(?:not|n'?t|never)\b(?! (?:sure|certain|ready|quite (?:sure|ready)|yet)\b)[^.!?]{0,40}\b(?:this|that|here|room|therapy|point|about)\b|\bnot everything (?:is|means|has to)\b|\bbut (?:it'?s|that'?s) not (?:me|my|how|what|real|true|it)\b|\b(?:it'?s|that'?s) the same (?:[\w-]+ )?as (?:always|ever|every (?:week|time)|last (?:week|time))\b|^it'?s called [\w-]+,|\b(?:my (?:own )?way|been over|gone over|heard (?:it|that|all)|done (?:this|that|it) (?:all )?before|already (?:told|said|tried|done))\b|\b(?:we'?ve|i'?ve|we have|i have|they'?ve) (?:already )?(?:tried|done|heard|been through|had) (?:all (?:of )?(?:this|that|these|those|it)|(?:this|that|it) (?:all )?(?:before|already))\b/i;

/**
 * A practical question is no intervention ("when I asked whether the room was warm enough"); a question about what
 * happened on the train or the holiday is not practical ("the panic on the train", "the row on holiday").
 */
const MOMENT_ASKED = /\b(?:panic|attack|argument|row|fight|accident|crash|nightmares?|flashbacks?|assault|death|funeral|loss|anniversary|diagnosis|break-?up|divorce|incident|relapse|slip|binge|overdose|self-harm|cutting)\b/i;
const PRACTICAL = /\b(?:room (?:was|is|temperature|booking|change)|(?:hot|stuffy|noisy|quiet|other|waiting) room|warm|cold|heating|window|light|appointment|parking|tea|coffee|water|chair(?![\s-]*work)|next week|date|diary (?:for|dates?|to check)|holiday|journey|travel|bus|train|taxi|lift|toilet|coat|letter (?:for|from|to) (?:her|his|their|the) (?:GP|doctor|employer|work|housing|council|landlord|school|court|benefits|solicitor|DWP|bank)|form to sign)\b(?! (?:metaphor|analogy|image|imagery|exercise|story)\b)/i;
const practical = (asked: string) => PRACTICAL.test(asked) && !MOMENT_ASKED.test(asked) && !OFFERED_WORK.test(asked);
/** A move that offers a piece of the work, whatever it names ("when I tried the passengers on the bus"): never practical. */
const OFFERED_WORK = /^(?:\S+\s+){0,2}?(?:I|T|Th|we)\s+(?:\w+ly\s+)?(?:tried|used|introduced|interpreted|linked|reflected|named|challenged)\b|\b(?:spinning|exercise|exposure|breathing|hyperventilat\w*|role-?play|experiment|imagery|homework)\b/i;

/** Moves that offer a reading (not questions or practicalities): a flat contradiction of one rejects it. */
const READING_MOVE = /\b(?:wondered|suggested|reflected|interpreted|linked|named|offered|proposed|pointed|observed|commented|noted|challenged)\b/i;
/** A flat contradiction: "it's a horse, it doesn't think", "that's rubbish", "don't be daft". */
const CONTRADICTS = /^(?:(?:it'?s|that'?s) (?:just |only )?(?:a |an |some )?[\w-]+,? not (?:a|an|my|some|the) [\w-]+\W*$|(?:she|he|they|it)(?:'s| is| does| do| looks?| acts?| behaves?| gets?)\b[^.,;]{0,25}\b(?:everyone|everybody|anyone|all the time|with everyone) like that\W*$|(?:it'?s|that'?s) not (?:safe|real|relaxing|helpful|calm|nice|a [\w-]+),? (?:it'?s|that'?s) (?:just |only )?(?:a|an) [\w-]+|(?:it'?s|he'?s|she'?s|they'?re) (?:just |only )?(?:an? )?[\w-]+,? (?:it|he|she|they) (?:doesn'?t|don'?t|can'?t|isn'?t|aren'?t|won'?t)\b|(?:that'?s|it'?s) (?:not (?:true|it|right)|rubbish|nonsense|ridiculous|daft|stupid|silly|wrong|a load of)\b|don'?t be (?:silly|daft|ridiculous|stupid|soft)\b|(?:that'?s|it'?s) (?:just|only) (?:being (?:a|an) [\w-]+|what (?:a|an|any) [\w-]+ (?:does|do))\W*$|(?:it'?s|that'?s|he'?s|she'?s) (?:just |only )?(?:a|an|my) [\w-]+,? not (?:a|an) (?:metaphor|symbol|sign|feeling|emotion|message|meaning)\b)/i;

/** A move that asks what the client feels or felt, inside or in the body ("what he felt in his chest", "what it was like"). */
const FEELING_ASKED = /\bhow (?:the|her|his|their|that|this) [\w-]+(?: [\w-]+)? (?:had |has |have )?(?:felt|feels)\b|\b(?:what|how) (?:(?:she|he|they|it) )?(?:felt|feels?|feeling|was like|is like|happen(?:s|ed) inside|(?:had been|has been) like|(?:went|goes|was going) on (?:inside|for)|came up|(?:she|he|they) noticed)\b|\binside (?:him|her|them)\b|\bwhat\b[^.;"“]{0,40}\b(?:(?:had been|has been) like|(?:had meant|meant|means) to (?:her|him|them))\b|\b(?:what|how)\b[^.;"“]{0,40}\b(?:left|made|leaves|makes) (?:her|him|them) feel(?:ing)?\b/i;
/** A reply to a question about feeling in nothing but the question's own words ("a chest", "it's a kitchen"): the thing, not the feeling. */
function literal(words: string, asked: string): boolean {
  const content = words.toLowerCase().replace(/[^a-z' ]/g, ' ').split(/\s+/).filter((w) => w && !/^(?:a|an|the|it'?s|its|it|is|just|my|his|her|their)$/.test(w));
  if (!content.length || content.length > 2) return false;
  const move = new Set(asked.toLowerCase().replace(/[^a-z' ]/g, ' ').split(/\s+/));
  return content.every((w) => move.has(w));
}
/** What was asked kept back as the client's own: "that's my business", "that's private", "none of your business". */
const PRIVATE = /^(?:(?:that|it|this)(?:'s| is) (?:my|our) (?:own )?(?:business|affair|concern)|(?:that|it|this)(?:'s| is) private|none of your (?:business|concern))\b/i;
/** "this is about her, not me", "it's not about me": the self turned away from. */
const NOT_ABOUT_ME = /\b(?:this|it|that)(?:'s| is) (?:about|for) (?:her|him|them|my [\w-]+),? not (?:about )?me\b|^(?:it'?s|this is|that'?s) not about me\b|^(?:oh,? )?i (?:don'?t|do not) (?:come into|count in) (?:it|this)\b/i;
/** "There's no critic": what the therapist pointed to denied, after a move that was not a plain question. */
const NONE_THERE = /^there'?s (?:no (?!(?:rush|hurry|need|problem|time|way)\b)[\w-]+\b|nothing (?:to (?:say|mention|tell|talk about|discuss|add|process)|there|in it)\b)/i;
/** The therapist's noticing put down to the job: "you would, it's your job to notice". */
const YOUR_JOB = /^(?:well,? )?you would\b|\b(?:it'?s|that'?s) (?:your job|what you'?re paid)\b/i;

/** The one asked about put aside: "dead, next", "he's not relevant". */
const NEXT = /,\s*next(?: (?:topic|question|one|thing|subject))?(?:,? please)?\W*$/i;
const PUT_ASIDE = /^(?:he|she|they|that|it)(?:'s| is|'re| are) (?:not relevant|irrelevant|not important|not part of (?:this|it))\W*$/i;
/** A pastime or leaving asked for: "can we play Uno now", "can I go back to the Lego". */
const PASTIME_ASKED = /^(?:(?:please|but|so|um|ok|okay),? )?(?:can|could) (?:we|i) (?:just |please )?(?:play|go|do the [\w-]+ (?:thing|game|one)|draw|watch|get back to|go back to|have (?:a|the) (?:break|snack|biscuit|game))\b/i;
/** A turn to another topic asked for: "can we talk about something nicer", "let's talk about something else", or a topic of one's own named ("can we talk about my dissertation?"). */
const SOMETHING_ELSE = /(?:^|,\s*)(?:(?:can|could) we (?:just )?|let'?s (?:just )?)(?:talk|chat) about something (?:else|nicer|happier|lighter|different|cheerful|useful|more useful|productive|real)\b|^(?:can|could) we\b[^.?!]{0,40}\binstead\b|^(?:can|could) we (?:just )?(?:talk|chat) about (?:my|the) [\w-]+(?: [\w-]+)?\W*$/i;
/** What was asked put off to later: "that's the next appointment's problem", "a question for another day". */
const PUT_OFF = /^(?:(?:well|oh|look),? )?(?:that'?s|it'?s|this is) (?:a |one for |a problem for |a question for )?(?:the )?(?:next (?:appointment|session|week|time|month)|future me|tomorrow|another (?:day|time|week)|later|another appointment)(?:'?s)?(?: (?:problem|job|worry|question|business|one))?\W*$/i;
/** The question sent on to someone else: "dunno, ask the pony", "ask my wife", "how should I know, ask him". */
const ASK_SOMEONE_ELSE = /^(?:(?:dunno|i don'?t know|no idea|how (?:should|would|do|am) i (?:supposed to )?know)\W+)?(?:go (?:and )?)?ask (?:the|him|her|them|your|my|his)\b/i;
/**
 * A reply in words of welcome that mean the opposite: "great, now my pain gets a bus ticket", "oh brilliant, another
 * worksheet", "lovely, so it's all in my head"; not "great, now I get it" or "brilliant, so we can start".
 */
const SARCASTIC = /^(?:oh )?(?:great|brilliant|lovely|wonderful|fantastic|marvellous|perfect|terrific|super|charming|fab|smashing),? (?:(?:so )?now (?!(?:i|we) (?:get|see|understand|know|can|could|will|feel)\b)|so (?:now |it'?s |i'?m |my |you |that'?s |this is )|another |more (?!(?:time|practice)\b))|^you(?:'d| would) (?:like|love|enjoy|want) (?:that|it),? wouldn'?t you\W*$/i;
/** The same welcome closing a reply: "..., great plan" (ironic only with words of dread, DREADED). */
const SARCASTIC_CLOSE = /,\s*(?:great|brilliant|fantastic|lovely|genius|wonderful|marvellous|excellent|perfect|nice one|good one)(?: (?:plan|idea|thinking|suggestion|one))?[.!]?\s*$/i;
/** What makes a closing "great plan" ironic: the reply's own words of hating or dreading what was proposed. */
const DREADED = /\b(?:hate|hates|hated|loathe|worst|dread\w*|terrif\w*|can'?t stand|awful|horrible|nightmare|panic)\b/i;
/**
 * The move passed to other people: "it's for people who can still catch buses", "that's for hippies" (not to a
 * question, where "it's for people who have lost someone" answers it).
 */
const FOR_OTHERS = /(?:^|,\s*)(?:it'?s|that'?s|this is|those are|they'?re) (?:only |just |really |more |all )?for (?:(?:other |posh |rich |old |young |sporty |normal )?people|folk|those|someone|somebody|anyone|kids|children|babies|toddlers|hippies|golfers|athletes|yogis|students|teenagers|girls|boys|little (?:kids|ones|children))\b(?! like me\b)/i;
/** A reading said to be of someone else: "a nice story about someone else", "you're describing somebody else". */
const SOMEONE_ELSE = /\b(?:about|describ(?:es|ing)|sounds like|is|that'?s|of) (?:someone|somebody) else\b/i;
/** The question sent to what is written elsewhere: "you've got it in the referral", "it's all in my notes". */
const WRITTEN_ELSEWHERE = /^(?:(?:it'?s|that'?s|you'?ve got (?:it|that|all that)|you have (?:it|that)|you'?ll have (?:it|that)) (?:all )?(?:in|on) (?:the|my|your) (?:referral|notes|file|letter|records?|paperwork|forms?|system)|read (?:the|my) (?:referral|notes|file|letter|records))\b/i;
/** "I failed, end of": the topic closed; not when it refuses a place ("not going back there, end of"). */
const SOMEONE_THERE = /\b(?:with (?:him|her|them|my [\w-]+|the (?:kids|children)) (?:here|there|around|in the room|listening|present|sat there)|in front of (?:him|her|them|my [\w-]+|the (?:kids|children))|while (?:he|she|they)(?:'s|'re| is| are) (?:here|there|around|in the room|listening))\b/i;
/** "didn't do it, don't ask", "so don't ask me again": the question itself refused, at the end of the answer. */
const DONT_ASK = /(?:^|,\s*)(?:so |just )?don'?t ask(?: me)?(?: (?:again|that|that again|any more))?\W*$/i;
/** "that was luck", "a one-off": what I offered as the client's own doing put down to chance. */
const CHANCE = /^(?:(?:oh|no|nah),? )?(?:that|it) was (?:just |only |pure |sheer |a bit of )?(?:luck|a fluke|a one-?off|chance|coincidence)\W*$/i;
/** "it's not shame, it's professionalism": the feeling I named, denied and called something else. */
const NAMED_DENIED = /^(?:no,? )?(?:it'?s|that'?s|i'?m|it is|i am) not (?:shame|anger|angry|sadness|sad|grief|fear|scared|upset|hurt|guilt|guilty|jealousy|jealous|anxiety|anxious|frustration|frustrated|ashamed|embarrassed|embarrassment|loneliness|lonely),? (?:it'?s|i'?m|that'?s|it is|i am) (?:just )?[\w-]+/i;
/** An answer that opens by saying the move was tried already ("tried it, ignored it, next", "done that"). */
const TRIED_IT = /^(?:(?:i'?ve |we'?ve |already )?(?:tried|done) (?:it|that|this|them)|been there,? done that)\b/i;
const END_OF = /,\s*end of\W*$/i;
const REFUSED = /\b(?:not|never|won'?t|no)\b/i;

/** The therapist naming the end of the session, and a reply glad of it. */
const ENDING_NAMED = /\b(?:(?:nearly|almost|about) (?:time|the end)|(?:five|ten|two|few|\d+) minutes (?:left|to go)|(?:we|it) (?:had|was) to (?:stop|finish))\b/i;
const GLAD = /^(?:good|great|thank god|thank goodness|thank fuck|finally|at last|brilliant|thank heavens)(?:,? (?:i'?ve got|i have|got) (?:a|an|my) (?:[\w-]+ )?(?:meeting|train|bus|appointment|class|shift|division|call|lecture|flight|vote|lesson|interview)(?: (?:at|in) [\w\s:.-]{1,12})?)?\W*$/i;

/** A reply's subtype, and whether it only made what was asked small (`small`: the weakest sign, which adds nothing to a finding of its kind). */
export interface Reply { subtype: Subtype; start: number; end: number; small?: boolean; unquoted?: boolean }
/** What classify() reads in a reply: a subtype, or 'small' (W1, what was asked made small or ordinary). */
type Reading = Subtype | 'small';
const asReply = (reading: Reading, start: number, end: number): Reply => reading === 'small' ? { subtype: 'W1', start, end, small: true } : { subtype: reading, start, end };

/** The client going on with what was asked after the reply: "and showed me the photograph", "and we planned for it". */
const GOES_ON = /["”]?,?\s+(?:and|then)\s+(?:then\s+)?(?:(?:we|they both)\s+(?:planned|agreed|made|worked|went through|looked at|smiled)|showed me|read it (?:aloud|out))\b|\banswered (?:fully|openly)\b/i;
/** Thanks that close a reply ("we're coping, thank you"), and those or a word of address (", love"): neither takes a move up. */
const THANKS = String.raw`(?:thank you|thanks)(?: (?:for asking|very much))?`;
const CLOSING = new RegExp(String.raw`,?\s*(?:${THANKS}|,\s*(?:love|dear|mate|pet|hun|darling))\W*$`, 'i');

/**
 * Whether a sentence tells of a move of the therapist's that the client answered and took up or went on with: a
 * reply in words of taking it up ("I'd like to try it", "relieved, mostly"), or the client going on with it after
 * answering ("and showed me the photograph", "answered fully"). The learned layer leaves such sentences alone.
 */
export function answerTakenUp(sentence: string): boolean {
  const move = moveIn(sentence);
  if (!move) return false;
  if (GOES_ON.test(sentence)) return true;
  for (const m of quotedReplies(sentence, move)) {
    const w = m[1].trim().replace(FILLER_FIRST, '').replace(CLOSING, '');
    if (w && TAKEN_UP.test(w) && !DENIAL.test(w)) return true;
  }
  return false;
}

/**
 * A sentence that is the therapist's move and nothing else, told in the past or the present ("I asked about the
 * nightmares.", "10:20 I ask about the panic.", "When I wondered whether she was disappointed in me:"): the sentence
 * after it may be the client's reply ("She says 'it was nothing'", a block quote of the client's words).
 */
const MOVE_ALONE = new RegExp(String.raw`^\s*(?:when\s+)?(?:I|T|Th|we)\s+(?:\w+ly\s+)?${MOVE}\b(?![^.;"“]*(?:\b(?:and|but|then)|,)\s+(?:she|he|they|the client|client|pt)\b)(?![^.;"“]*\b(?:she|he|they|the client|client|pt)\s+(?:\w+ly\s+)?(?:said|says|replied|answered|asked|asks|shrugged|laughed|changed|talked|went|looked)\b)[^"“]*[.:]?\s*$`, 'i');
/** Whether a sentence is the therapist's move alone, which the next sentence may answer. */
export const moveAlone = (sentence: string): boolean => MOVE_ALONE.test(sentence);
/** The client's reply opening the sentence after a move: 'She says "..."', 'Pt: "..."'. */
const REPLY_OPENING = new RegExp(String.raw`^\s*(?:she|he|they|pt|the client|client|clt|[A-Z][a-z]*|[A-Z])\s+(?:\w+ly\s+)?${SPEECH}(?:\s+\w+ly)?\s*[,:]?\s*["“]([^"”]{1,200})["”]`, 'd');

/**
 * The client's reply to a move of the therapist's in a sentence, as offsets of its words, and its subtype; or, given
 * the sentence before when it was the move alone (`moveBefore`, one that moveAlone accepts), the reply that opens this
 * one, or this whole sentence when it is the client's words (`quoted`: a block quote or a "C:" line).
 */
export function replyToMove(sentence: string, moveBefore?: string, quoted = false): Reply[] {
  const here = moveIn(sentence);
  const found = !here ? (moveBefore !== undefined ? replyAfter(sentence, moveBefore, quoted) : smallSaid(sentence)) : repliesTo(sentence, here);
  return found.length || quoted ? found : thrownAside(sentence);
}

/**
 * What I said or did, and the client throwing, pushing or tipping something away in reply ("When I got out the worry
 * monster he pushed it off the bed", "When I said it sounded like a sad holiday he threw the sand scoop across the room",
 * "I wondered aloud if the mummy doll was lonely, and Leah dropped her in the bin"): the move pushed away (C2), or, swept
 * into the box, the play put away (W2). Older sets: 38 such sentences labelled, 2 look-alikes (a plough, a sand tray
 * filled to play with); 3 gained, 1 read as the other kind (dinosaurs thrown into the box, labelled C2).
 */
const THROWN_AFTER_MOVE = /(?:\b(?:when|as soon as|each time|every time|whenever|after)\s+(?:I|we)\b[^.;"“]{3,80}?,?\s+|^\s*I\s+(?:\w+ly\s+)?(?:wondered|reflected|said|named|commented|suggested|asked|mentioned|noticed)\b[^.;"“]{3,80}?,?\s+and\s+)(?:she|he|they|[A-Z][a-z]+)\s+(?:\w+ly\s+)?((?:threw|flung|hurled|tossed|shoved|pushed|swept|knocked|tipped|dropped|kicked|binned|hid)\s+(?:it|them|her|him|the [\w-]+(?: [\w-]+)?|my [\w-]+|a [\w-]+)(?:\s+(?:out\s+)?(?:at|across|in|into|onto|off|under|behind|away|over|down|out)\b(?:\s+(?:the|a|my|her|his|its)\s+[\w-]+(?:\s+box)?)?)|turned (?:it|them|her|him) over)/di;
/** A throw that is play taken up ("tipped the animals into it and started a zoo") or the work tidied away at its end. */
const PLAY_TAKEN_UP = /\b(?:and (?:started|began|made|built|played)|tid(?:y|ied) up|at the end|to start|for me to)\b/i;
/**
 * ...or, after my question, something of the client's own started in its place ("said 'quiet, mostly' and started the
 * engine", "and turned up the volume", "pressed the call button for a nurse", "ordered another coffee"): the
 * conversation left (W2). Older sets: 9 such sentences, all labelled, 5 of them missed; 3 gained, 1 read as the other kind
 * ('"not yet" and turned up the volume', labelled C7).
 */
const STARTED_INSTEAD = /\b(?:when|as soon as|each time|every time|whenever)\s+(?:I|we)\s+(?:\w+ly\s+)?(?:asked|raised|mentioned|brought up|came back to|turned to|said)\b[^.;]{3,100}?\b(?:she|he|they|and)\s+(?:then\s+)?((?:turned on|turned up|switched on|started|pressed|ordered|put|took out|got out|picked up|opened)\s+(?:the|his|her|their|another)\s+(?:radio|tv|telly|television|volume|engine|car|van|kettle|music|call button|bell|coffee|tea|drink|pint|phone|laptop|paper|newspaper)\b(?:\s+on\b)?)/di;
function thrownAside(sentence: string): Reply[] {
  const started = STARTED_INSTEAD.exec(sentence);
  // (Not what I asked for, "when I asked to see the diary she took out her phone and showed me the week".)
  if (started && !/\b(?:asked|said) (?:(?:her|him|them) )?(?:to|for)\b/i.test(started[0]) && !/^[^.;]{0,20}\band (?:then )?(?:showed|read|looked up|found|played|let me)\b/i.test(sentence.slice(started.index + started[0].length))) {
    const [start, end] = started.indices![1];
    return [{ subtype: 'W2', start, end, unquoted: true }];
  }
  const m = THROWN_AFTER_MOVE.exec(sentence);
  if (!m) return [];
  const [start, end] = m.indices![1];
  if (PLAY_TAKEN_UP.test(sentence.slice(start))) return [];
  // (Swept into the box, the play is put away: withdrawing from it, W2, as older sets label it.)
  const putAway = /\b(?:in|into) (?:the|a|its|her|his) (?:toy )?(?:box|basket|bag|drawer|tub|tray)\b/i.test(m[1]);
  return [{ subtype: putAway ? 'W2' : 'C2', start, end, unquoted: true }];
}

/**
 * The client's quoted words, with no move of mine before them, that make what happened small or ordinary or state a rule
 * of their kind for not feeling ('He said "pilots don't panic, we run the checklist"', 'Said "it happens on the railway,
 * you do the paperwork"'): what was felt denied (W1, the weakest sign; the context rules still ask who spoke).
 */
const SAID_OPENING = /^\s*(?:Says|Said|States|Stated|Reports|Reported|Told me)\s*[,:]?\s*(?:that\s+)?["“]([^"”]{1,200})["”]/dg;
function smallSaid(sentence: string): Reply[] {
  if (!sentence.includes('"') && !sentence.includes('“')) return [];
  const out: Reply[] = [];
  // A harm described in the client's words as small ('Described the attack at the grand final as "a bit of a wobble"',
  // 'Alcohol use was minimised as "a couple of glasses with the news"').
  DESCRIBED_AS.lastIndex = 0;
  for (let m = DESCRIBED_AS.exec(sentence); m; m = DESCRIBED_AS.exec(sentence)) {
    const w = m[2].trim();
    // (In the passive the harm is named before the verb: "Alcohol use was minimised as".)
    const named = /^(?:was|were|is|are)\b/i.test(m[0]) ? sentence.slice(Math.max(0, m.index - 60), m.index) : m[1];
    if (HARM_NAMED.test(named) && !FELT_IN_WORDS.test(w) && (SMALL_AS.test(w) || minimised(w, NO_MOVE))) out.push(asReply('small', ...m.indices![2]));
  }
  // (A case note's own "Said ..." with no subject is the client's too.)
  for (const re of [REPLY_AFTER, SAID_OPENING]) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(sentence))) {
      const w = m[1].trim();
      // (minimised() leaves out words that turn with "but" and a wish to be so: "insects don't panic, I'd like to be one".)
      if (minimised(w, NO_MOVE)) out.push(asReply('small', ...m.indices![1]));
    }
  }
  return out;
}

/** The reply that opens a sentence (or is all of it) after a sentence that was the therapist's move alone. */
function replyAfter(sentence: string, before: string, quoted: boolean): Reply[] {
  const m = quoted ? /^\s*(\S[^]*?)\s*$/d.exec(sentence) : REPLY_OPENING.exec(sentence);
  if (!m) return [];
  const moveWords = before.slice(0, 120).split(/["“]/)[0];
  if (practical(moveWords.slice(0, 80))) return [];
  const subtype = classify(m[1], { feelingAsked: FEELING_ASKED.test(moveWords), asked: moveWords, question: /\bask(?:ed|s)?\b|\bquestion|\?\s*$/i.test(moveWords) });
  if (!subtype) return [];
  const [start, end] = m.indices![1];
  return [asReply(subtype, start, end)];
}

/** The therapist's move in a sentence: "when I asked ...", "answered my question ...". */
const moveIn = (sentence: string) => THERAPIST_MOVE.exec(sentence) ?? ANSWERED_MOVE.exec(sentence);

/** The client's quoted replies to the move: after it, right before it ('said "..." when I asked'), or 'with "..."'. */
function* quotedReplies(sentence: string, move: RegExpExecArray): Generator<RegExpExecArray> {
  for (const re of [REPLY_AFTER, REPLY_BEFORE, REPLY_WITH, REPLY_BARE]) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(sentence))) if (re !== REPLY_AFTER || m.index >= move.index) yield m;
  }
}

/** A question that asks the client to guess or imagine ("asked what she had imagined I was thinking"), and the guess given. */
const GUESS_ASKED = /\bwhat (?:she|he|they|you) (?:had |might have |would have |may have )?(?:imagined|guessed|pictured|thought|assumed|expected|supposed|predicted)\b/i;
const GUESS_GIVEN = /^(?:well,? |um,? )?(?:i|we) (?:had |'d )?(?:assumed|imagined|guessed|thought|pictured|expected|supposed|predicted|figured)\b/i;
function repliesTo(sentence: string, move: RegExpExecArray): Reply[] {
  const replies: Reply[] = [];
  // The move's own words, up to the reply: what the therapist asked or said.
  const asked = sentence.slice(move.index, move.index + 80).split(/[,;:"“]/)[0];
  // The move's words up to the first quotation, for what it asked about (a feeling) and in which words.
  const moveWords = sentence.slice(move.index, move.index + 120).split(/["“]/)[0];
  const asking = { feelingAsked: FEELING_ASKED.test(moveWords), asked: moveWords, question: /\basked\b|\bquestion/i.test(move[0]) };
  // "When I raised the stairs she offered me a biscuit and asked about my holidays": the reply ends in another topic.
  // (Read when no quoted reply is, and before the practical check, which reads the reply's words too: the topic turned to
  // is often a practical one.)
  const turned = () => { const t = turnedAway(sentence, move); return t ? [t] : []; };
  if (practical(asked)) return turned();
  const offered = !asking.question && OFFER_MOVE.test(move[0]) && !LAUGH_SHARED.test(sentence);
  for (const m of quotedReplies(sentence, move)) {
    const [start, end] = m.indices![1];
    // "When I asked what she had imagined I was thinking ... 'I assumed you were bored'": the guess asked for, given.
    if (GUESS_ASKED.test(moveWords) && GUESS_GIVEN.test(m[1].trim())) continue;
    // "When I said it was nearly time she said 'good'": glad the work is ending, as asking to finish early is (W2).
    const gladToGo = ENDING_NAMED.test(asked) && GLAD.test(m[1].trim()) ? 'W2' : undefined;
    const subtype = gladToGo ?? classify(m[1], asking) ?? (READING_MOVE.test(move[0]) && flatContradiction(m[1], sentence.slice(end + 1)) ? 'C2' : undefined)
      ?? (offered && LAUGHED.test(laughLead(sentence, move, m, start)) && !TAKEN_UP.test(m[1].trim().replace(FILLER_FIRST, '').replace(CLOSING, '')) ? laughedAt(moveWords) : undefined);
    if (subtype) replies.push(asReply(subtype, start, end));
  }
  // "When I introduced the graded activity plan Mr D laughed out loud": the laugh all of the reply.
  if (!replies.length && offered) {
    const laugh = LAUGH_ALONE.exec(sentence.slice(move.index + move[0].length));
    if (laugh) {
      const [start, end] = laugh.indices![1].map((k) => move.index + move[0].length + k);
      replies.push({ subtype: laughedAt(moveWords), start, end, unquoted: true });
    }
  }
  return replies.length ? replies : turned();
}

/** A move that raised a topic: a question about it, its name said, a return to it. */
const TOPIC_MOVE = /\b(?:asked|ask|raised|raise|mentioned|mention|brought up|bring up|came back|come back|returned|return|named|name|said|wondered|wonder|turned to|got to|reached|came to)\b/i;
/**
 * The client's reply that ends in another topic after a move that raised one: "and then asked about parking permits",
 * "and asked if I had far to drive home", "and was straight onto the nursery", "and went back to the oil", "and offered me a
 * biscuit", "and moved on to her holiday plans" (W4). Older sets: 69 sentences of the form after my move, all labelled, 22
 * of them missed; this reading gained 12 (not "told me about", which answers). Without my move before it the form is most
 * often a plain request ("and asked for the dates"), so it is read only here.
 */
const TURNED_TO = /(?:\band|\bthen|,)\s+(?:then\s+)?(?:(?:was|went)\s+)?(?:straight\s+|quickly\s+|promptly\s+|swiftly\s+|immediately\s+)?((?:asked (?:me )?(?:about|to go back to|(?:if|whether) (?:I|we could (?:talk|do|go back|move)))|moved on to|changed (?:it )?to(?: talking about)?|(?:(?:went|was) )?(?:straight (?:back )?|back )(?:on)?to|(?:(?:went|was) )?(?:off )?onto|started (?:talking )?(?:on|about)|switched to|offered me (?:a|an|some|another) (?:biscuit|scone|sweet|mint|cup|tea|coffee|drink|cake|chocolate|toffee))\s+)([^.;"“]{3,60})/di;
function turnedAway(sentence: string, move: RegExpExecArray): Reply | undefined {
  if (!TOPIC_MOVE.test(move[0])) return undefined;
  const after = move.index + move[0].length;
  const rest = sentence.slice(after);
  // What the move raised: its words up to the client, who answers.
  const subject = /\b(?:she|he|they|pt|the client|client)\b|,/i.exec(rest);
  const topic = rest.slice(0, subject ? subject.index : 40);
  if (practical(move[0] + topic)) return undefined;
  const turn = TURNED_TO.exec(rest) ?? (subject ? ASKED_ABOUT_ME.exec(rest) : null);
  // ("launched into it with obvious pleasure": what was asked, taken up.)
  if (!turn || sharesWord(turn[2], topic) || /^(?:it|that|this|them|these|those)\b/i.test(turn[2])) return undefined;
  return { subtype: 'W4', start: after + turn.indices![1][0], end: after + turn.indices![2][1], unquoted: true };
}
/**
 * The reply all a question about me ("she asked about my holiday"), or all another topic set off on ("he started on the
 * hospital parking charges", "she launched into a story about her neighbour's extension").
 */
const ASKED_ABOUT_ME = /^[^.;"“]{0,80}?\b(?:she|he|they)\s+(?:\w+ly\s+)?((?:asked (?:me )?about (?=my\b|where I|how I)|asked (?:me )?(?:if|whether) I\s+(?=had|have|was|am|did|do|went|liked|like|lived|live)|started on (?:about )?|launched into |went off on (?:one about )?|set off on ))([^.;"“]{3,60})/di;
/** Whether the topic turned to shares a content word with the move's (an answer, not a turn: "asked about the resit exam"). */
function sharesWord(topic: string, move: string): boolean {
  const words = (s: string) => s.toLowerCase().match(/[a-z]{4,}/g)?.filter((w) => !/^(?:about|asked|what|that|this|there|their|with|from|when|then|them|they|mentioned|raised|brought|came|back|named|said|wondered|again)$/.test(w)) ?? [];
  const moved = new Set(words(move).map((w) => w.replace(/s$/, '')));
  return words(topic).some((w) => moved.has(w.replace(/s$/, '')));
}

/**
 * A reading, a piece of the work or a plan I offered (not a question, nor small talk: "when I said I knew nothing about
 * sheep"), laughed at in reply: the move laughed off (C2), or the feeling or harm it named (W1: "when I wondered if
 * she was lonely she laughed and said 'no, I am very busy'"). Older sets: 8 such replies gained in 8 sets, none read
 * wrong once the laugh was looked for only in the reply's own lead (laughLead); the look-alikes of the form are laughter
 * shared ("both laughed when I reflected the pattern") or someone else's.
 */
const OFFER_MOVE = /\b(?:suggest(?:ed|s)?|introduc(?:ed|es?)|explain(?:ed|s)?|propos(?:ed|es?)|brought in|bring in|offer(?:ed|s)?|link(?:ed|s)?|nam(?:ed|es?)|interpret(?:ed|s)?|wonder(?:ed|s)?|reflect(?:ed|s)?|set up|mention(?:ed|s)?|rais(?:ed|es?)|challeng(?:ed|es?)|observ(?:ed|es?)|comment(?:ed|s)?|tried)\b/i;
const LAUGHED = /\b(?:laughed|laughs|snorted|snorts|scoffed|scoffs)\b/i;
/**
 * The words that lead into a quoted reply, where the client's laugh would be ("she laughed and said", "She laughed and said
 * ... when I named"): the few words before it, after the move's own (not "when I wondered about the laughing, she said").
 */
function laughLead(sentence: string, move: RegExpExecArray, reply: RegExpExecArray, start: number): string {
  const from = reply.index > move.index ? Math.max(move.index + move[0].length, reply.index - 25) : Math.max(0, reply.index - 40);
  return sentence.slice(from, start).split(',').pop() ?? '';
}
/** Laughter shared or agreeing: "we both laughed", "laughed and agreed", "laughed with me". */
const LAUGH_SHARED = /\b(?:both|we|everyone|all of us)\b[^.;]{0,12}\b(?:laugh|giggl|chuckl)|\b(?:laugh|giggl|chuckl)\w*\s+(?:with me|too|as well|and (?:agreed|nodded|said yes|said that was|said it was true))\b/i;
/** A feeling named in the move: laughing it off is a feeling denied. */
const FEELING_NAMED = /\b(?:lonely|loneliness|hard|sad|sadness|angry|anger|upset|hurt|scared|afraid|frightened|anxious|disappointed|miss(?:ed|es|ing)?|grie(?:f|ving)|jealous|ashamed|shame|guilty|guilt|frustrat\w+|annoyed|cross|low|tearful|alone|worried|hurting)\b/i;
// (A harm named is made small by the laugh, as "when I mentioned the bruises he laughed and said it was 'a horse'": W1;
// so is what I wondered about someone or something of the client's, "when I wondered about Nala", the lioness she had
// reared, unless it was a reading, "when I wondered about the link with the arguments".)
const laughedAt = (moveWords: string): Subtype => FEELING_NAMED.test(moveWords) || HARM_NAMED.test(moveWords) || (/\bwonder/i.test(moveWords) && !WONDERED_READING.test(moveWords)) ? 'W1' : 'C2';
const WONDERED_READING = /\b(?:link|links|linked|pattern|connection|connected|idea|whether (?:we|it might)|if (?:we|it might)|about trying)\b/i;
/** The client's laugh as the whole reply after the move's words: "he laughed", "Mr D laughed out loud", "looked at her husband and laughed". */
const LAUGH_ALONE = /^[^.;"“]{0,80}?\b(?:she|he|they|pt|client|the client|[A-Z][a-z]*|and)\s+(?:\w+ly\s+)?((?:laughed|snorted|scoffed)(?: out loud| aloud| loudly)?)(?=\s*(?:[.;!]|$|,?\s+and\s+(?:looked away|shook (?:her|his|their) head|turned away|rolled (?:her|his|their) eyes)))/d;

/**
 * A reply that makes what was asked small or ordinary: everyone has it, it happens, it is only one of a thing, it was long
 * ago or is done with, "X's X", "X is the job", reassurance closed by "honestly". Read only after the words of taking a
 * move up, a question asked back, a wish and the other classes have had their say.
 */
const ORDINARY = /\blike (?:every|any) (?:other )?[\w-]+\W*$|\bwe'?re all (?:like (?:it|that)|the same|in the same boat)\b|\b(?:children|kids|babies) (?:bounce back|get over it|adapt|forget)\b|\b(?:every(?:one|body)(?: [\w-]+ing)?(?:'s| is| gets| finds| has| does| goes| else)\b|any(?:one|body) would\b|(?:lots|loads) of (?:people|folk)\b|(?:come|comes|happens?) to (?:us all|all of us|everyone|everybody)\b|same as (?:always|ever|usual|every [\w-]+|everybody|everyone|the rest)\b|(?:^|,\s*)it happens\b|it is known\b|you (?:get used to|stop noticing|stop feeling it)\b|(?:it'?s|that'?s) not (?:special|unusual|news)\b|(?:we'?re|we are|we were|i was) taught (?:not )?to\b|in my family\W*$|(?:i'?m|i am) not special\b)/i;
const SMALL = /\b(?:it'?s|that'?s|it was) funny (?:now|in hindsight|looking back)\b|\b(?:it'?s|that'?s|it was|that was) (?:just |only )?(?:a|an|one) [\w-]+(?: [\w-]+)?,? (?:end of|that'?s all|nothing more|it'?s not a [\w-]+)\b|\bnot a (?:crime|thing(?: any ?more)?|big thing)\b|\b(?:it'?s|that'?s) not relevant\b|^(?:it'?s|that'?s|they'?re) (?:just|only) (?:a |an )?[\w-]+(?:,|\W*$)|^(?:it'?s|that'?s|they'?re|it was) [\w-]+(?: [\w-]+)?,? (?:that'?s all|that'?s it)\W*$|\bages ago\b|\ball (?:done|sound|sorted|good|behind (?:me|us)) now\b|\bnothing (?:happened|useful|to write home about)\b|\b(?:i|we) keep busy\b|,\s*forget it\W*$|,\s*honestly\W*$|\bi got through it\b|\bdidn'?t dwell\b|\b(?:i|we) don'?t go there\b|\bcan we move on\b/i;
/**
 * A rule of one's kind or trade for not feeling: "pilots don't panic", "we don't do loud", "dads just have to crack on",
 * "you don't cry about it", "sleep is for the weak", "no point weeping over a whip".
 */
const STOIC = /\b(?:[a-z]+s|we|you|men|women|people|folk) (?:just |all |always |never |simply )?(?:don'?t|do not|doesn'?t|never) (?:panic|cry|complain|moan|sit|dwell|fuss|weep|bother|do (?:loud|tears|feelings|emotions|crying)|talk about (?:it|feelings)|get (?:upset|sad|depressed|tired|stressed|anxious|scared))\b|\b(?:is|are) for the weak\b|\b(?:have|has|had) to (?:crack|carry|soldier|get) on\b|\bno point (?:weeping|crying|moaning|dwelling|fretting)\b/i;
/** "work's work", "tired is the job", "the sea takes who it takes": the thing said to be only itself. */
const ITSELF = /\b([a-z]{3,})'s \1\b|^([a-z]{3,}) is (?:the|a) (?:job|life)\b|\btakes? (?:who|what) it takes\b/i;
/** A harm asked about: an injury, an attack, a lapse, a missed session. */
const HARM_ASKED = /\b(?:bruis\w*|cuts?|scars?|burns?|marks on|injur\w*|panic(?: attack)?|overdose|lapse|relapse|binge|drinking|missed|headaches?|fall|incident)\b/i;
/** A harm or a lapse named, in what the client described ("the attack at the grand final", "alcohol use", "the overdose"). */
const HARM_NAMED = /\b(?:attack|assault|incident|accident|crash|fight|death|fire|drinking|alcohol|drugs?|gambling|overdose|cuts?|bruis\w*|injur\w*|fall|relapse|lapse|binge|panic|collapse|seizure|arrest|amputation|row|argument|slip)\b/i;
/** What the client's words call it ("described X as"), the name coming before the words, or the passive of a case note. */
const DESCRIBED_AS = /\b(?:described|describes|referred to|refers to|minimi[sz]ed|minimi[sz]es|played down|plays down|(?:was|were|is|are) (?:described|minimi[sz]ed|played down|referred to))\s+([^"“.;]{0,60}?)\s*as\s+["“]([^"”]{1,150})["”]/dgi;
/** Words that make it small: "a bit of a wobble", "an occupational thing", "a blip", "no more", "comes with the route". */
const SMALL_AS = /^(?:just |only |honestly |basically )?(?:a bit of|a couple of|a few|a little|a small|a minor|a wobble|a blip|a silly|a bad day|handbags|nothing|no big|not a big|one of those|an? [\w-]+ thing\b)|\b(?:comes with|no more|nothing more|nothing really|that'?s all)\b/i;
/** Words that carry what was felt: then the harm is not made small. */
const FELT_IN_WORDS = /\b(?:worst|awful|terrible|horrible|horrific|terrifying|frightening|scary|scared|devastat\w*|heartbreak\w*|hell|nightmare|traumatic|broke me|cried|crying|hurt|sad|angry|afraid|terrified|ashamed|my fault)\b/i;
/** A plain cause for a harm, in four words or fewer, none of them a feeling or a "because". */
const PLAIN_CAUSE = /^(?:(?:it was|that was|i|just) )?(?!(?:i|we|yes|yeah|no|not)\b)[\w'’-]+(?: [\w'’-]+){0,3}\W*$/i;
function minimised(w: string, move: Asking): boolean {
  // (Not with a feeling or a reason in it, nor a refusal after it: "it's just paper, don't read into it" refuses the move.)
  // (Nor a wish to be so: "insects don't panic, I'd like to be an insect", "I just want to feel normal, like everyone else".)
  if (/\?\s*$/.test(w) || /\b(?:but|because|scared|sad|angry|upset|afraid|hurt|lonely|miss)\b|,\s*(?:don'?t|do not|stop|leave)\b|\bi'?d (?:like|love|want) to\b|\bi (?:just |only |really )?(?:want|wanted|wish|wished|hope|hoped)\b/i.test(w)) return false;
  if (ORDINARY.test(w) || SMALL.test(w) || ITSELF.test(w) || STOIC.test(w)) return true;
  return move.question && HARM_ASKED.test(move.asked) && PLAIN_CAUSE.test(w);
}

/** A short flat contradiction, not laughed off ("he's a dog, he doesn't mind as long as he is fed" and laughed). */
function flatContradiction(words: string, after: string): boolean {
  const w = words.trim();
  return CONTRADICTS.test(w) && w.split(/\s+/).length <= 8 && !/^\s*,?\s*(?:and|then)\s+(?:laughed|smiled|grinned|giggled|chuckled)\b/i.test(after);
}

/** What the move was: a question about a feeling, its words, a plain question ("asked"). */
interface Asking { feelingAsked: boolean; asked: string; question: boolean }
/** No move of mine before the client's words (smallSaid). */
const NO_MOVE: Asking = { question: false, feelingAsked: false, asked: '' };

function classify(words: string, move: Asking): Reading | undefined {
  // "Well, don't start": read without the filler that opens it (plain.ts).
  const w = words.trim().replace(FILLER_FIRST, '');
  // "an interesting hypothesis, unsupported by evidence": a reading dismissed in the words of taking it up.
  if (AS_A_THEORY.test(w)) return 'C2';
  // "oh great, now my pain gets a bus ticket": welcome that means the opposite, the move turned away (C2; before
  // the words of taking a move up, which "oh" opens).
  if (SARCASTIC.test(w)) return 'C2';
  // "right, stare at the thing I hate, great plan": the same welcome closing a reply that dreads the move.
  if (SARCASTIC_CLOSE.test(w) && DREADED.test(w)) return 'C2';
  if (!move.question && FOR_OTHERS.test(w)) return 'C2';
  // "a nice story about someone else", "that sounds like somebody else": the reading is not of me.
  if (!move.question && SOMEONE_ELSE.test(w)) return 'C2';
  // "no thank you, finished": the work ended (W2); a bare "no thanks" to what was offered declines it (C2); thanks
  // that open a refusal do not take the move up.
  if (/^no,? thank(?:s| you),? (?:finished|done|all done|that'?s enough|enough|stop)\b/i.test(w)) return 'W2';
  if (/^no,? thank(?:s| you)\W*$/i.test(w) && !move.question) return 'C2';
  // "he's a horse, he's feeling hungry": the question about a feeling put back on the animal or the toy as a thing (C2).
  if (/^(?:he'?s|she'?s|it'?s|they'?re) (?:just |only )?(?:an? )?(?:horse|pony|dog|cat|animal|toy|puppet|doll|teddy|robot|car|stone)s?\b/i.test(w) && /\bfeel/i.test(move.asked)) return 'C2';
  // "it's not a wall" when I commented on the wall: the very thing I named denied (W1).
  const named = /^(?:it'?s|that'?s|it is|that is|this is|this isn'?t|it isn'?t|they'?re|they are) (?:not )?(?:a |an |the )?([\w-]+)\W*$/i.exec(w);
  if (named && !move.question && /\bnot\b|n'?t\b/i.test(w) && named[1].length > 2 && new RegExp(`\\b${named[1]}s?\\b`, 'i').test(move.asked)) return 'W1';
  // "it's just paint": what the picture or the play might mean denied (W1).
  if (/^(?:it'?s|that'?s|they'?re) (?:just|only) (?:paint|a drawing|a picture|a doodle|a story|a dream|a game|colou?rs?|sand|toys|play|scribbles?)\W*$/i.test(w)) return 'W1';
  // "I know, I've read it, I just don't agree": what was explained or suggested disagreed with (C2).
  if (!move.question && /\b(?:i )?(?:just )?(?:don'?t|do not) (?:agree|buy (?:it|that)|believe (?:it|that|in it))\b/i.test(w)) return 'C2';
  // "I'm grateful to everyone" to a feeling named or asked about: thanks in place of it (W5; before the words of taking up).
  if (!move.question && GRATEFUL_TO_ALL.test(w)) return 'W5';
  // "it's done, can we talk about something useful": a turn away, whatever word of use it names (before taking up).
  if (SOMETHING_ELSE.test(w)) return 'W4';
  // "we're coping, thank you", "farmers don't sleep, love": thanks or a word of address that close a reply do not take
  // the move up.
  // ("oh, you get used to it": an "oh" that opens the ordinary takes nothing up.)
  if (/^oh,?\s/i.test(w) && minimised(w.replace(/^oh,?\s+/i, ''), move)) return 'small';
  // "hurt is not a useful category", "exhausted is the billable norm": the feeling I named, made a topic to define (W1;
  // before the words of taking up, which "useful" is).
  const namedFirst = /^([a-z]+) (?:is|was)\b/i.exec(w);
  if (namedFirst && (FEELING_NAMED.test(namedFirst[1]) || /^(?:exhausted|tired|worn)$/i.test(namedFirst[1])) && new RegExp(`\\b${namedFirst[1]}\\b`, 'i').test(move.asked)) return 'W1';
  const withoutThanks = w.replace(CLOSING, '');
  if (!w || TAKEN_UP.test(withoutThanks || w)) return undefined;
  // Asked what he felt: "nothing", or the question's own thing back ("a chest") holds the feeling away.
  if (move.feelingAsked && /^nothing\b(?! (?:else|more|much)\b)/i.test(w)) return 'W1';
  // ...or one bland word for all of it ("adequate", "functional").
  if (move.feelingAsked && /^(?:adequate|functional|acceptable|average|standard|unremarkable|satisfactory|neutral)\W*$/i.test(w)) return 'W1';
  // ...or a bodily state for it ("cold, mainly", "tired, that's all").
  if (move.feelingAsked && /^(?:just |mainly |mostly |a bit |really )?(?:cold|hot|tired|hungry|sore|wet|thirsty|stiff|achy|sleepy)(?:,? (?:mainly|mostly|really|i suppose|i guess|that'?s all|that'?s it))?\W*$/i.test(w)) return 'W1';
  if (move.feelingAsked && literal(w, move.asked)) return 'W2';
  // Asked what it was like: "it's normal", "it's feedback, it's normal" puts the feeling aside.
  if (move.feelingAsked && /\b(?:it'?s|that'?s|it was) (?:just |perfectly |totally |completely )?(?:normal|standard|routine|expected)\W*$/i.test(w)) return 'W1';
  // ...or "standard, we're trained for it": the one word first.
  if (move.feelingAsked && /^(?:just |pretty |totally |all )?(?:standard|routine|normal|fine|grand)\s*[,;.!-]/i.test(w)) return 'W1';
  // Asked what it left her feeling: one feeling and "that's all" ("clumsy, that's all") makes it small.
  if (move.feelingAsked && /^(?:just |only |a bit |a little )?[\w-]+,? (?:that'?s all|that'?s it|nothing more)\W*$/i.test(w)) return 'W1';
  if (!move.question && NONE_THERE.test(w)) return 'W1';
  // "that's my business", "that's private": what was asked kept back (W2).
  if (PRIVATE.test(w)) return 'W2';
  // "this is about her, not me": a turn away from the self (W4, as the guide has it).
  if (NOT_ABOUT_ME.test(w)) return 'W4';
  // "she's covered it", "he's answered that": a partner's words deferred to (W2).
  if (/^(?:he|she|they)(?:'s|'ve| has| have) (?:already |just )?(?:covered|answered) (?:it|that|this)\b/i.test(w)) return 'W2';
  // "what's a walk going to do": the step offered judged useless before it is tried (W7).
  if (!move.question && /^what'?s (?:a|an|the|that|this|one|some) [\w-]+(?: [\w-]+)? (?:going to|gonna|meant to|supposed to) (?:do|change|fix|help)\b/i.test(w)) return 'W7';
  if (YOUR_JOB.test(w)) return 'C1';
  // "numbers don't sleep, I do", to what I showed or suggested: the move turned back on itself (C2).
  if (!move.question && /^[\w-]+ (?:don'?t|doesn'?t|can'?t|won'?t) [\w-]+,? (?:i|we|people) (?:do|can|will)\W*$/i.test(w)) return 'C2';
  // "they're shoulders, mate", to what I asked him to do with them: the thing itself, flatly, in place of the exercise (C2).
  const literalThing = /^(?:it'?s|they'?re|that'?s) (?:just |only )?(?:a |an |the )?([a-z]{3,})(?:,? (?:mate|love|dear|pal|obviously|innit))?\W*$/i.exec(w);
  if (literalThing && /\basked (?:him|her|them) to\b/i.test(move.asked) && new RegExp(`\\b${literalThing[1].replace(/s$/, '')}s?\\b`, 'i').test(move.asked)) return 'C2';
  // "the last therapist tried that and I was in bed for a month", to a suggestion: the move refused on what came before (C2).
  if (!move.question && /^(?:the |my )?(?:last|previous|other|old) (?:therapist|counsell?or|physio|doctor|psychologist|one) (?:tried|did|made me do|had me do) (?:that|this|it)\b/i.test(w)) return 'C2';
  // "no they're not, they're just standing", "no, I'm not" to a reflection: what I reflected denied (W1).
  if (!move.question && /\b(?:reflect|named?\b|commented|observed|noted|wondered aloud)/i.test(move.asked) && /^(?:no|nope|nah),? (?:i'?m|i am|it'?s|it is|they'?re|they are|he'?s|he is|she'?s|she is|that'?s|that is|we'?re|we are) not\b/i.test(w)) return 'W1';
  // "my teachers say I should just work harder", to a suggestion: someone else's word set against the move (C2).
  if (!move.question && /^(?:my|the|our) (?:[\w-]+ ){0,2}(?:says?|said|thinks?|reckons?|told me) (?:i|we) (?:should|need to|ought to|have to|must) (?:just )?[\w-]+/i.test(w)) return 'C2';
  // "I don't need a club, I need sleep", "I'm too old to be making friends", "I've got a wife for that", "I'm fourteen", to a
  // suggestion: what was suggested turned down as not needed or not fitting the client (C2).
  if (!move.question && /^(?:(?:oh|well|no|nah|look),? )?(?:i (?:don'?t|do not) need (?:a |an |the |any |more )?[\w-]+(?:,? i need [\w-]+)?\W*$|i'?m (?:far |much |way |a bit )?too (?:old|young|busy|long in the tooth) (?:for|to)\b|i'?ve got (?:a|my|the) [\w-]+ for that\b|i'?m (?:\d{1,2}|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen)(?:,? (?:not [\w-]+|mate|miss|sir|love|dear))?\W*$)/i.test(w)) return 'C2';
  // A question is asked, not a reply refused (what the cues know of "why do I have to" stands).
  if (/\?\s*$/.test(w)) return undefined;
  // "I'd wake up and not be at this school", said to the miracle question: a wish imagined, not the move refused.
  if (/^(?:i'?d|i would|we'?d|we would)\s+(?!rather\b|prefer\b|sooner\b)/i.test(w)) return undefined;
  if (DENIAL.test(w)) return 'W1';
  // "we had a teaching session on it, I know the stages": the loss met with what is known about it.
  // ("I know the theory, thank you": the move sent back with thanks, a rebuff of it, as "I know what I'm doing, thanks" is.)
  if (KNOWN_ABOUT.test(w)) return /,? (?:thanks|thank you)\W*$/i.test(w) ? 'C2' : 'W3';
  // "he's already said it": a partner's words deferred to, not the work refused.
  if (/^(?:he|she|they)(?:'s|'ve| has| have)? (?:already|just) (?:said|told you|answered|covered)\b/i.test(w)) return 'W2';
  // Declining to speak in a few words ("don't want to", "rather not") holds back; declining the work moves against it.
  // ("Not really" to a reading, "I wonder if my going away is on your mind", disagrees with it: no decline to speak.)
  if (w.split(/\s+/).length <= 3 && /^(?:don'?t want|not really|rather not|i'?d rather not|can we not|not (?:today|now|this|again)|leave it|drop it)\b/i.test(w) && !(/^not really\b/i.test(w) && !move.question)) return 'W2';
  // "that part stays with me", "I'll keep that to myself": what was asked kept back.
  if (/^(?:(?:that|this|it) (?:part |bit )?(?:stays|is staying) with me|(?:i'?ll|i'?d rather|i want to|i'?m going to) keep (?:that|this|it) (?:to|for) myself)\b/i.test(w)) return 'W2';
  // "we'll see", "who knows" to a question: no answer given.
  if (move.question && /^(?:(?:oh|well),? )?(?:we'?ll see|we shall see|who knows|time will tell|(?:they|it|the days?|the evenings?|the nights?) pass(?:es)?)\W*$/i.test(w)) return 'W2';
  // "rather not say at this stage", in the words a note reports: declining to speak, not the work refused.
  if (/^(?:(?:i'?d|i would|she'?d|he'?d|they'?d) )?(?:much )?rather not (?:say|talk|discuss|go into|answer|share|get into)\b/i.test(w)) return 'W2';
  // "sorted, done, next question": the topic closed.
  if (/\b(?:next question|moving on|end of (?:story|discussion)|nothing (?:more|else) to say|(?:i'?ve|i have) said (?:my (?:bit|piece)|all i'?m going to(?: say)?|enough))\b/i.test(w)) return 'W2';
  // "dead, next", "he's not relevant", "I failed, end of": the one asked about put aside in a few words; "that's not
  // happening, next" puts aside what was raised, asked or not.
  // "tried it, ignored it, next" to a suggestion: the move refused, not only the topic closed.
  if (!move.question && TRIED_IT.test(w)) return 'C2';
  if (CHANCE.test(w)) return 'C2';
  // "it's not shame, it's professionalism": the feeling I named, denied and renamed (W1).
  if (NAMED_DENIED.test(w)) return 'W1';
  if (w.split(/\s+/).length <= 6 && (NEXT.test(w) || (move.question && (PUT_ASIDE.test(w) || (END_OF.test(w) && !REFUSED.test(w)))))) return 'W2';
  // "that's the next appointment's problem", "one for another day": what was asked put off to later (W4).
  if (PUT_OFF.test(w)) return 'W4';
  // "dunno, ask the pony", "ask the arresting officer": the question sent on to someone else, the answer withheld (W2);
  // "you've got it in the referral": sent to what is written elsewhere.
  if (ASK_SOMEONE_ELSE.test(w) || WRITTEN_ELSEWHERE.test(w)) return 'W2';
  // "can we talk about something nicer": a turn away from what was raised.
  if (SOMETHING_ELSE.test(w)) return 'W4';
  // Asked about something, "can we play Uno now", "can I go back to the Lego": a pastime or leaving asked for in its place
  // (W4; older sets: 14 such replies labelled withdrawal or a turn of the session, none a look-alike after a question).
  if (move.question && PASTIME_ASKED.test(w)) return 'W4';
  // "I'd rather not, with him here": declined because of who else is in the room, not the work refused.
  if (SOMEONE_THERE.test(w)) return undefined;
  if (REFUSING.test(w) || NOT_THE_WORK.test(w) || DONT_ASK.test(w)) return 'C2';
  // "it's just paper, don't read into it": the refusal after a few words of making it small.
  const after = /^[^,]{1,40},\s*((?:don'?t|do not)\b.*)$/i.exec(w);
  if (after && REFUSING.test(after[1])) return 'C2';
  // What was asked or named made small, ordinary or someone else's (W1): "anyone would, it's not special", "same as every
  // year, you get through it", "one drink, it's not a crime", "work's work", "like a log, honestly"; and a harm asked about
  // put down in a few words to a plain cause ("fell off my bike", "it was the heat").
  if (minimised(w, move)) return 'small';
  // "I'm not sitting in a church hall crying with strangers", said to what was suggested or mentioned (not to a question,
  // where "I'm not sleeping" answers it): the move refused. A feeling denied this way is no refusal ("I'm not crying").
  if (!move.question && /^(?:i'?m|i am|we'?re|we are) (?:just |simply |definitely |certainly |really )?not (?!(?:crying|feeling|getting|worrying|panicking|coping|sleeping|eating|managing|struggling|drinking|using)\b)[a-z]+ing\b/i.test(w)) return 'C2';
  // "so you're an accountant now", "you're reading a lot into a Tuesday", "you try living in my head": the client's words
  // turned on me in reply to my move, with no good word in them and no kindness or thanks (C2; "you tell me", "you can
  // read it there", an answer sent back or elsewhere, W2). Not when my move asked what someone else says ("what the voice
  // said": "you're worthless" is the voice's). Older sets: 27 such replies gained in 27 sets, four read wrong.
  // "you do the needful, I will just come", "you decide", "you know best": the work handed to me (W5), not turned on me.
  if (DEFER_TO_ME.test(w)) return 'W5';
  if (AT_ME.test(w) && !NOT_AT_ME.test(w) && !OTHERS_WORDS_ASKED.test(move.asked)) {
    if (SENT_ELSEWHERE.test(w)) return 'W2';
    if (sentimentOf(w) <= 0 && !KIND_TO_ME.test(w)) return 'C2';
  }
  return undefined;
}
/** The work handed to me: "you decide", "you know best", "you do the needful", "whatever you think". */
const DEFER_TO_ME = /^(?:(?:ok(?:ay)?|fine|yes|well),? )?(?:you (?:decide|choose|know best|(?:just )?do (?:the needful|what(?:ever)? (?:you think|is best|is needed|you want))|are the (?:doctor|expert|professional|one who knows))|whatever you (?:think|say|decide|want))\b/i;
/** The therapist addressed in the client's words. */
const AT_ME = /\byou(?:rs?|rself)?\b/i;
/** "you tell me", "you can read it there", "he can tell you": the answer sent back or elsewhere (W2). */
const SENT_ELSEWHERE = /\b(?:you tell me|you can read|can tell you|ask (?:it|him|her|them) yourself|you(?:'ve| have) (?:read|got) (?:it|the|my)|will have told you|your business)\b/i;
/** Kindness or thanks to me, or a reading agreed with. */
const KIND_TO_ME = /\b(?:without you|thanks to you|because of you|hard on yourself|after yourself|you'?re right|getting somewhere|you'?re (?:so |very |really )?(?:kind|good|lovely|helpful))\b/i;
/** A move that asked what someone else says or would say: the reply is that someone's words. */
const OTHERS_WORDS_ASKED = /\bwhat (?:[\w'-]+ ){0,4}(?:would |might |did |does |will )?(?:say|said|says|call|calls|called|tell|tells|told)\b/i;
/** "you" that is anyone, or asks, or fills: "thank you", "you know", "you've got to", "if you", "could you". */
const NOT_AT_ME = /\bthank you\b|\byou know\b|\bsee you\b|\byou(?:'ve)? (?:got|have) to\b|\byou get\b|\bmind you\b|\bif you\b|\bwill you\b|\bcould you\b|\bcan you\b|\bwould you\b|\bare you (?:ok|okay|alright|all right)\b/i;
