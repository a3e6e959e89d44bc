/**
 * Where a cue stands and whether it describes an in-session marker: negation with its scope, hypotheticals
 * and plans, history, third parties, risk screening, word senses (domain.md B5).
 */
import { ALL_OBJECT_WORDS, LET_THE_WORK_GO, OTHER_WORKER, PREVIOUS_THERAPIST, SET_ABOVE, SET_AGAINST, SHOWN_DESPITE, WORKER_DID } from './vocabulary';

export interface CueContext {
  /** The sentence text and the cue's offsets inside it. */
  sentence: string;
  start: number;
  end: number;
}

export type Veto =
  | 'negated' | 'hypothetical' | 'historical' | 'third-party' | 'risk-screening' | 'word-sense' | 'retrospective' | 'therapist-speech' | 'therapist-subject'
  | 'recovered';

/**
 * The therapist reporting what they said about the client ("I said he was smiling as he told me something
 * sad"): an intervention naming a marker described elsewhere, not a new one. Only when the client is the
 * subject right after the verb of speech; "I reflected this and he shrugged" is the client's own move.
 */
/** What the therapist named just before the cue: "When I named the minimising", "I pointed out the avoidance". */
const THERAPIST_NAMED = /\b(?:I|T)\s+(?:named|reflected|pointed out|noted|observed|challenged|commented on|wondered about|linked|gently named)\s+(?:the|her|his|their)\s+(?:(?!(?:she|he|they|it|we|you|i)\b)[\w-]+\s+)?$/i;
const CUE_OPENS_WITH_CLIENT = /^(?:she|he|they|the client|client|pt|patient|[A-Z][a-z]*\b)/;
/** I, saying something of myself, right before it: "I said", "I told her", "I explained that". */
const I_SAID_OF_ME = /\b(?:I|T)\s+(?:\w+ly\s+)?(?:said|told (?:him|her|them)|explained|answered|replied)\s+(?:that\s+)?$/i;
const THERAPIST_SAID = /\b(?:I|T)\s+(?:said|commented|reflected|named|noted|observed|pointed out|suggested|remarked|mentioned|told (?:him|her|them))\s+(?:that\s+)?(?:he|she|they|the client|pt)\b/i;
const SUBORDINATE_BEFORE = /\b(?:when|as|after|once|because|while|whenever)\s+$/i;
const CLIENT_SAID = /\b(?:he|she|they|the client|client|pt)\s+(?:said|stated|replied|answered|responded|told|added|shrugged|laughed)\b/i;

/** Words that close a negation's scope (NegEx terminators) or a hypothetical's; "and that" opens another reported clause; so does "because", except after "not" ("didn't open it because it was written for...", not "not because she was angry"). */
const CLAUSE_BREAK = /[;:,—–()]|\b(?:but|however|although|though|yet|whereas|except|then|and then|and that|instead|while|which|who|when)\b|(?<!\bnot\s|n't\s|n’t\s)\bbecause\b/gi;

/** The clause of the sentence that holds the cue: from the last break before it to the first break after it. */
export function clauseBounds(sentence: string, start: number, end: number): [number, number] {
  let from = 0;
  let to = sentence.length;
  CLAUSE_BREAK.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CLAUSE_BREAK.exec(sentence))) {
    if (m.index + m[0].length <= start) from = m.index + m[0].length;
    else if (m.index >= end) { to = m.index; break; }
  }
  return [from, to];
}

const NEGATION_WINDOW = 5;
const SUBJECT_START = /^(?:i|she|he|they|the client|client|pt|patient|T)\b/i;
const NEGATION = /\b(?:no|not|never|without|nothing|none|neither|nor|denies|denied|didn'?t|did not|doesn'?t|does not|don'?t|do not|wasn'?t|was not|weren'?t|isn'?t|hasn'?t|hadn'?t|no longer|free of|absence of|absent|ruled out|n't)\b/i;
/** A cue that opens with a verb in the past tense. */
const PAST_VERB_START = /^(?:[a-z]+ed|left|went|sat|gave|took|got|kept|made|told|stood|ran|hid|spent|came|fell|began|brought|shook|wrote|stormed|walked|spoke|said|drew|wore|chose|saw|heard|found|felt|thought|sought|sang|swore|ate|drank)\b/i;
/** A predicate that carries its own negation: "would not", "wouldn't", "refused". */
const OWN_REFUSAL_START = /^(?:(?:would|could|did|will)(?: not\b|n'?t\b)|won'?t\b|refused\b)/i;
/** Words with a negation in them that deny nothing the cue says: a doubt ("not sure what"), "not only". */
const PSEUDO_NEGATION = /\b(?:(?:was|is|were|are|am)n'?t|not)\s+(?:really\s+|quite\s+|entirely\s+)?sure\b|\bnot (?:only|just)\b|\bno (?:doubt|wonder)\b|\byes\s*(?:\/|-|or)\s*no\b/gi;
const NEGATION_PHRASE = /\bno (?:signs?|evidence|indications?|indicators?|sense|hint|trace)\b/i;
const HYPOTHETICAL = /\b(?:(?<!\bas )if|unless|should (?:she|he|they|the client)|in case|whether|would(?! not\b|n'?t\b| rather\b)|might(?! have\b)|may(?! have\b)|could(?! have\b)|watch (?:for|out)|(?<!\b(?:the|a|an|his|her|their|my|baby|heart|co|glucose|sugar) )monitor(?!s)|consider|be careful|be alert|look out|keep an eye|plan to|aim to|hope (?:to|that|we)|expect(?:ed)?|likely|risk of|next (?:session|time|week)|in future|going forward|to be discussed)\b/i;
const HISTORY = /\b(?:history of|histories of|previous(?:ly)?|prior|in the past|as a (?:child|teen(?:ager)?)|years ago|(?:19|20)\d\d|formerly|used to|when (?:she|he|they|I) (?:was|were) (?:little|young|small|a child|a kid|a teenager|at school)|(?<!\bthan )last (?:time|therapist|therapy)|(?:in|at|during) the last (?:group|session|meeting|class|appointment)|left the last (?:group|session|meeting|class) early|previous therapist|(?:old|former|first|ex-?)\s?(?:therapist|counsell?or|psychologist|psychiatrist)|(?<!(?:looking|searching|shopping around|look|search) (?:at|for|into) )other therap(?:y|ies|ists)|earlier therap)\b/i;
const REPAIR_ATTEMPTS = /\brepair attempts?\b/gi;
const RETRO = /\b(?:last week(?:'s)?|(?:in|from|since) session \d+|previous session|the earlier|after last|resolved|repaired|repair)\b/i;
const RISK = /\b(?:si\/hi|si|hi|suicid\w*|self[- ]harm\w*|intent|(?<!\b(?:the|a|our|this|that|his|her|their|my|your|treatment|care|exposure|session|weekly|reading|work|lesson|game) )plan|safety plan|overdose|kill (?:my|him|her)self|end (?:it|my life)|crisis)\b/i;
export const THIRD_PARTY = /\b(?:(?:her|his|their|my|the|a) (?:(?:ent|a&e|hospital|oncology|cancer|pain|diabetes|heart|cardiac|renal|fertility|maternity|surgical|medical) )?(?:(?!psych)[a-z]+ologists?|paediatricians?|pediatricians?|anaesthetists?|anesthetists?|pharmacists?|radiographers?|sonographers?|optometrists?|specialists?|registrars?)\b|(?:her|his|their|my|your) (?:(?:teenage|little|older|younger|eldest|youngest|elder|big|baby|new|late|adult|grown-up|twin|old|former|previous|last|current|usual|regular|foster|step|half|adoptive|birth) )?(?:toddler|teenagers?|teens?|baby|twins|boss|manager|foreman|gaffer|landlady|promoter|agent|sergeant|corporal|lieutenant|commanding officer|platoon commander|partner|husband|wife|mother|mum|mom|father|dad|brother|sister|son|daughter|nephew|niece|grandson|granddaughter|grandchild(?:ren)?|grandkids?|stepson|stepdaughter|stepmother|stepfather|stepmum|stepdad|nan|nana|nanna|gran|granny|grandma|grandad|grandpa|granda|grandda|da|mam|ma|flatmates?|housemates?|cellmates?|cellies|padmates?|mates?|pals?|tutor|lecturer|coach|lawyer|priest|vicar|imam|pastor|rabbi|child(?:ren)?|kids?|friends?|colleagues?|coworkers?|co-workers?|boyfriend|girlfriend|ex(?:-\w+)?|family|parents?|teacher|doctor|gp|physio|physiotherapist|psychiatrist|consultant|surgeon|dentist|nurse|midwife|health visitor|social worker|probation officer|care coordinator|solicitor|sponsor|idva|isva|advocate|mentor|supervisor|landlord|neighbou?r|grandmother|grandfather|uncle|aunt|cousin|in-laws?|fianc[ée]e?|spouse|team|group|dog|cat|puppy|kitten|pet|horse|pony|parrot|hamster|rabbit)|(?:a|the) (?:other (?:girls|boys|kids|children|pupils|students|lads|lasses|patients|residents|mums|dads|parents)|cat|dog|puppy|kitten|security guard|guard|postman|postwoman|builder|plumber|electrician|hairdresser|taxi driver|bus driver|waiter|waitress|receptionist|vet|barrister|chef|referee|umpire|quizmaster|coastguard|trainer|presenter|commentator|pundit|coworker|co-worker|colleague|friend|neighbou?r|stranger|customer|supervisor|doctor|nurse|teacher|gp|psychiatrist|consultant|physio|social worker|health visitor|midwife|surgeon|dentist|(?:[\w-]+ )?(?:panel|tribunal|judge|magistrates?|police|officers?|solicitor|interviewers?|bully|bullies|critic|partner|manager|boss|appraiser|examiner|assessor))|(?:prison |ward |care |school )?(?:officers|guards|wardens|nurses|carers|paramedics)|(?:the|her|his|their) (?:disability|housing|benefits?|council|careers|student (?:finance|support)|accommodation|immigration|social care|debt|legal|welfare|jobcentre|job centre) (?:service|services|office|team|department|people|advisers?|advisors?)|^\s*partner(?= (?:says|said|reports|reported|thinks|thought|feels|felt|states|stated)\b))\b/i;
const CHANGED_MIND = /\b(?:and )?then (?:tried|did) it\b|,? then (?:came|went|got) back to (?:it|that|the [\w-]+)\b|\bthen (?:tried|gave) it a (?:go|try)\b|\bbut (?:was|were|is|are) (?:getting used to it|coming round to it|starting to (?:like|enjoy|get) it)\b|,? (?:and )?then (?:listed|named|answered (?:it|the question)(?: in full)?|shared (?:her|his|their) [\w-]+)\b|\bthen\b[^.;]{0,50}\bagreed to (?:try|do|give it a go|start|have a go)\b|\band then (?:she|he|they) agreed\b|\bat first\b["”]?,? (?:but|then|and (?:then|now|later|less|she|he|they))\b|\bthen (?:finished|completed|did) (?:it|them)\b|\bbut (?:she|he|they) (?:has|have) (?:started|begun|come) to (?:enjoy|like|love|value|use)\b|\bbut (?:she|he|they) (?:has|have|had) (?:finished|done|read|completed|used)\b|\bbut (?:the |his |her |their )?[\w-]+ (?:helped|helps|worked|works|made (?:it|sense))\b|\band (?:has|have|had) (?:read|done|used|tried|finished|completed)\b|\b(?:then )?admitted (?:she|he|they) (?:had )?(?:read|done|liked|used|enjoyed)\b|\band (?:liked|enjoyed|loved) it\b|\bso (?:she|he|they|we) (?:filled|did|completed|went through|read|worked through) (?:it|them)\b[^.;]{0,20}\b(?:here|together|with me)\b|\buntil\b[^.;]{0,60}\bthen (?:she|he|they) (?:did|tried|went|managed)\b|\b(?:at first|initially|to begin with)\b[^.;]{0,60}\b(?:but|then)\b[^.;]{0,12}\b(?:now|later|eventually|soon|actually)\b|\bbut (?:now|these days) (?:(?:she|he|they|pt) )?(?:sees?|finds?|feels?|thinks?|says?|calls?|is|are|seems?)\b[^.;]{0,30}\b(?:working|works|useful|helpful|helps|worth (?:it|doing)|good|fine|ok|okay|better|sense)\b|\bbut (?:it|this|they|that) (?:has|have|did|does|do|had|helped|works|worked)\b|\bbut (?:she|he|they) (?:still |really )?(?:enjoys?|likes?|loves?|will keep|'ll keep|keeps? (?:going|trying|doing))\b|\b(?:said|agreed|decided) (?:that )?(?:she|he|they) (?:would|will|'d|'ll) (?:give it a (?:go|try)|try it|have a go)\b|\band (?:turned|switched|put) (?:it|them) (?:back )?on(?: again)?\b(?! (?:the|a|an|his|her|their|my|top)\b)|\band (?:then )?told me (?:all )?about (?:it|them)\b|\band (?:then )?described (?:it|them)\b|\bthen turned (?:round|back|around) and (?:talked|spoke|answered)\b|,? then (?:took|pulled|put) (?:it|them) (?:down|off|away)\b[^.;]{0,20}\band (?:kept going|carried on|went on|talked)\b|\bfor now\b[^.;]{0,20}\b(?:and|but|then) (?:offered|gave|shared|brought|added|volunteered) (?:an?|one|his|her|their) [\w-]+ later\b|\band (?:it|that|they) (?:was|were|had been) (?:fine|good|great|helpful|useful|ok|okay|alright|brilliant)\b|,? then turned (?:it|them) (?:back|over|round|face up)\b|["”]\s+and (?:it|this|that|they) (?:really )?(?:helped|helps|worked|works)\b|\bthen asked (?:about )?[^.;]{0,30}\b(?:himself|herself|themselves)\b|\band then got (?:on with|down to|going with)\b|\bbut (?:she|he|they) (?:could|can) see (?:why|the point|how|that it)\b|\band came back(?: in)? (?:on time|afterwards|a few minutes later|for the second half)\b|\b(?:and|,) ?then told me (?:all|everything|the (?:whole|rest)|what happened|about (?:it|them|that|what happened))\b|,? then said (?:that )?(?:it|that|this|I|you) (?:was|were|is|'s|might be|could be) (?:probably |maybe |perhaps |quite |very )?(?:right|true|fair|a fair point|a good point|spot on)\b/i;
/** The client noticing their own sign: "she noticed she was", "he caught himself". */
const NOTICED_OWN = /\b(?:she|he|they|pt|the client|client|[A-Z][a-z]+) (?:noticed|realised|realized|caught|spotted) (?:that )?(?:she|he|they|herself|himself|themselves)(?: (?:was|were|had been))?\s*$/;
/** A feeling overdone, which is strain however warm the feeling ('I overdid the warmth', 'I liked her, and I reassured sooner than was useful'). */
const OVERDONE = /\b(?:overdid|overdoing|overdone|too much)\b|\bthan (?:was|is|would have been) (?:useful|helpful|needed|necessary|wise|warranted)\b|\bthan I (?:had )?(?:meant|intended|needed|should have)\b/i;
/** The time said to have gone quickly or been enjoyed: a look at the clock that is no leaving. */
const TIME_FLEW = /\b(?:could(?:n'?t| not) believe|surprised) (?:that )?(?:an?|the) (?:hour|session|time|whole hour) had (?:gone|flown|passed|gone so fast)\b|\b(?:the )?time had flown\b|\b(?:was|were) enjoying (?:the|our|this) (?:hour|session|time|group)\b/i;
const AGREED = /\bso we (?:moved|switched|changed|went) (?:on )?to\b|\bso we (?:booked|arranged|rescheduled|planned|set up) (?:a|an|another|the)\b|\band said (?:she|he|they) (?:would like|wanted) (?:her|him|them) to(?: have (?:it|one|a copy))?[.!]?$|\bwhich worked(?: well| better| fine| a treat)?\b|\bwe (?:booked|arranged) (?:the|a|her|his|their) next\b|\b(?:which|that) (?:was|is) (?:the|what)\b[^.;]{0,30}\b(?:we|she|he|they) (?:had )?(?:scheduled|planned|agreed|set|chose|brought)\b|\bthis time (?:it|things) (?:was|were|is|are|felt|feels) different\b|\b(?:which|and) (?:we|I|this writer) agreed\b|\band we did\b|\bas (?:she|he|they|(?:the )?client|pt|(?:the )?patient) (?:had )?(?:wanted|asked|requested|preferred)\b|\bas (?:we|I) (?:had )?(?:agreed|arranged|planned)\b|\bas (?:she|he|they) (?:had )?said (?:she|he|they) would\b|\b(?:counted|saw|see) (?:it )?as a success\b|\bas (?:agreed|arranged|planned)\b|\bby agreement\b|\bwe agreed (?:to|on|this|it)\b|\bwhich (?:I|we) (?:will|'ll|agreed to|am going to|are going to) do\b/i;
/** A practice done with the eyes closed: breathing, relaxation, imagery, mindfulness, a body scan, meditation, prayer. */
const EYES_CLOSED_PRACTICE = /\b(?:breathing|relaxation|imagery|mindfulness|body scan|meditation|visuali[sz]ation|grounding|prayer|hypnosis|resource installation|safe place|calm place|bilateral|tapping)\b/i;
/** A silence told as thought, then gone on from ("quiet for a while, thinking, and then went on"). */
const THINKING_THEN = /^[^.;]{0,25}?,? (?:thinking|reflecting|considering|pondering|mulling)(?: (?:it|this|that) over| about (?:it|this|that))?,? (?:and )?then (?:said|told|spoke|talked|asked|added|began|started|went on|answered|continued|replied)\b/i;
const MOMENT = /^[^.;]{0,6}\b(?:for a (?:moment|second|minute|few seconds|few minutes|little while)|briefly|momentarily)\b|^[^.;]{0,6}\bfor a (?:while|bit|little|short time)\b,? (?:and )?then (?:said|told|spoke|talked|asked|added|began|started|went on)\b/i;
/** A noise outside the room that a look or a start answers: a siren going past, an alarm, the door banging. */
const NOISE_OUTSIDE = /^[^.;]{0,20}\b(?:(?:each|every) time|whenever|when) (?:a|an|the) (?:siren|ambulance|alarm|car alarm|fire engine|helicopter|plane|lorry|motorbike|door|doorbell|bell|train)s? (?:went (?:past|off|by|over)|flew (?:over|past)|came over|passed|rang|banged|slammed|sounded)\b/i;
/** A pressing reason of the family's given for a sign ("because her daughter was in labour"). */
const FAMILY_REASON = /\bin case it was (?:the|her|his|their) (?:unit|ward|hospital|school|nursery|care home|hospice|doctor|midwife|consultant)\b|\bbecause (?:her|his|their) (?:daughter|son|wife|husband|partner|mum|mother|dad|father|baby|child|sister|brother|grandchild|granddaughter|grandson) (?:was|is|were|had|has) (?:in labour|in hospital|in surgery|having|being|on (?:her|his|their) way|due|ill|poorly|unwell)\b/i;
/** A silence that follows someone's news or story in a group: room for it, not a withdrawal. */
const AFTER_NEWS = /^[^.;]{0,10}\bafter (?:[A-Z][\w-]*['’]s (?:[\w-]+ )?|(?:her|his|their|the) (?:[\w-]+ )?)(?:announcement|news|disclosure|story|sharing|share|reading|poem|account|tribute)\b|^[^.;]{0,10}\b(?:when|while|as|after) (?!(?:I|T|we|you|she|he|they|it)\b)[A-Z][\w-]* (?:read|shared|told|spoke|described|announced|talked|sang|played)\b/i;
/** The words answer an offer of something to drink or eat, a tissue, a seat: "I'm good" when I offered water. */
const OFFER_DECLINED = /^[^.;]{0,5}\bwhen (?:I|T|we) offered (?:(?:her|him|them) )?(?:a |an |some )?(?:water|tea|coffee|(?:a )?drink|tissues?|biscuits?|cookies?|a snack|a seat|a chair|a blanket|a cushion|a break)\b|^[^.;]{0,20}\bwhen (?:I|T|we) (?:asked|checked) (?:(?:her|him|them) )?(?:whether|if) (?:the (?:room|heating|light|window|chair|sound|volume|screen|camera|line|connection|signal|picture)|(?:she|he|they) (?:was|were) (?:warm|cold|comfortable) enough|(?:she|he|they) could (?:hear|see) (?:me|us|the screen))\b/i;
/** A silence that ends in the client's words: "after a long silence, she said", "after a pause he told me". */
const SILENCE_THEN_SPOKE = /\b[Aa]fter (?:a|the|some|several) (?:[\w-]+ ){0,2}(?:silences?|pauses?),? (?:she|he|they|[A-Z][\w-]*) (?:(?:quietly|slowly|softly|finally|eventually) )?(?:said|spoke|told|began|started|whispered|asked|went on|added|answered|described)\b|\b(?:was|were) (?:quiet|silent)(?: for a (?:moment|while|minute|bit))? and then (?:(?:quietly|slowly|softly) )?(?:said|asked|answered)\b/;
/** ...read so only for a silence or a lowered gaze: a chair turned to the window when someone speaks is no room given. */
const ROOM_GIVEN = /\b(?:silen\w*|quiet\w*|paus\w*|said (?:nothing|little)|still|looked down|lowered)\b/i;
const LOGISTICS = /^[^.;]{0,25}\b(?:i can do|instead|works for me|suits me|(?<!\bon an? )(?:mon|tues|wednes|thurs|fri|satur|sun)days?|the (?:time|change|room|date)|next week)\b/i;
const OTHER_MATTERS = /\b(?:with|about|of) (?:my|her|his|their|the) (?:medication|meds|tablets|dose|job|housing|benefits|application|case|claim|scan|operation)\b/i;
const GOOD_FEELING = /\b(?:steady|steadying|solid|grounded|humbled|inspired|privileged|honou?red|heartened|uplifted|smil\w*|laugh\w*|warm\w*|pleased|moved by|touched by|enjoy\w*|glad|delighted|hopeful|grateful|proud|relax\w*|calm\w*|at ease|comfortable|encouraged|impressed|lik(?:ing|ed) (?:him|her|them|this|the)|fond\w*|tender\w*|affection\w*|look(?:ing)? forward)\b/i;
/** A pull, urge or temptation towards the good word ("the pull to laugh along", "an urge to smile it away"). */
const PULLED_TO_GOOD = /\b(?:pull|urge|temptation|tug|impulse|wish) to (?:laugh|smile|joke|relax|reassure)\w*/i;
/** A good feeling as the next words. */
const GOOD_FEELING_NEXT = /^\s*(?:(?:really|quite|very|so|rather) )?(?:looking forward|fond|warm\w*|pleased|glad|enjoying|moved(?! (?:to|into|on|out|away|along|around|round|up|down|back|over|aside|my|her|his|their|the|a|it|them|myself)\b)|touched|proud|hopeful|relaxed|calm|at ease)\b/i;
/**
 * A good feeling that turns or fades within the sentence, or lets the work go ("touched by the biscuit and let the question
 * drop"), or puts me in a part in the client's life ("enjoying being a father to him").
 */
const FEELING_TURNED = new RegExp(String.raw`\b(?:and|but) (?:not wanting|didn'?t want|did not want) to (?:push|spoil|challenge|upset|rock|disturb|break|lose|risk|press|pressure|end)\b|\bso (?:that )?(?:he|she|they) (?:would|'d) (?:stay|come back|keep coming|not leave|like me)\b|\b(?:and|but) then\b|,\s*then\b|\b(?:and|yet|but),? (?:(?:\w+ly|a (?:bit|little)|rather|quite|also|at once) )*(?:deflected|dismissed|shut out|kept out|held off|sidestepped|side-stepped|managed|handled|played|fobbed off|useless|lost|brushed aside|brushed off|pushed away|invisible|unseen|stonewalled|deskilled|stuck|helpless|hopeless|judged|tested|drained|irritated|annoyed|frustrated|uneasy|anxious|worried|guilty|ashamed|on trial|told off|out of my depth|shy of \w+ing|hesitant|reluctant|wary|careful|cautious)\b|\bless than\b|\bno longer\b|\bany more\b|\bnot wanting to (?:spoil|disturb|challenge|lose|break|upset|interrupt|puncture|burst)\b|\b(?:and|so) (?:I )?(?:${LET_THE_WORK_GO})\b|\bbeing (?:a|the|his|her|their) (?:father|mother|dad|mum|parent|daughter|son|friend|mate|rescuer|saviour|savior|favourite|favorite|special one|grandchild|granddaughter|grandson)\b`, 'i');
/** What the therapist noticed of themselves, judged sound in the same sentence ("I had said very little, and this felt right"). */
const JUDGED_SOUND = /\b(?:(?:this|that|it) (?:felt|feels|seemed|seems) (?:right|fine|appropriate|helpful|useful)|(?:felt|seemed) right|(?:she|he|they) said (?:the pace|it|that) was (?:right|fine|ok|okay|good))\b/i;
/** Progress measured against before ("agreed, more readily than he would have a few months ago"; the group "less scary"). */
const IMPROVED = /\b(?:the )?(?:second|next|following|third) (?:week|time|day|night|session|go)s? (?:was|were|felt|went) (?:much |a lot |far )?(?:easier|better)\b|\bmore (?:readily|easily|openly|freely) than (?:(?:he|she|they|i) (?:would|could|did|used to|had|expected|thought|feared)|we (?:expected|thought|feared)|before|usual|at first|when we (?:started|began))\b|\bthan (?:a few|some|several) (?:weeks|months) ago\b|\bless (?:scary|daunting|frightening|awkward|intimidating|stressful|weird|strange|overwhelming)\b/i;
/** Asked by someone, not asking: "she has been asked to stop giving reassurance". */
const PASSIVE_BEFORE = /\b(?:is|are|was|were) (?:being )?$|\bbeen $/i;
const ASKED_OR_TOLD = /^(?:asked|told|advised|encouraged|invited|made)\b/i;
/** The therapist as the sentence's subject, a clause with no other subject, then ", and": the verb after is the therapist's. */
const THERAPIST_THEN_AND = /^\s*(?:I|T)\s+(?:(?!(?:she|he|they|pt|client|patient)\b|[A-Z][a-z])[\w'’]+\s+){1,6}[\w'’]+,\s+and\s+$/;
/** A place outside the session named just before the cue: "On the bus back she was quiet". */
const OUTSIDE_BEFORE = /\b(?:on the (?:bus|train|tube|drive|way|walk|journey|ride)(?: (?:back|home|there|in|over))?|at home|at work|at school|(?:at|from|during) the (?:family |birthday |work |christmas |office )?(?:wedding|party|reception|christening|barbecue|meal|dinner|funeral|wake|match|gig|concert|disco|ceilidh)|in the car|in the waiting room|in the car park|in (?:the|her|his|their) (?:[\w-]+ )?(?:class|lesson|lecture|gym|pool))\b[^.;]{0,20}$/i;
/** The place is part of what I asked about ("when I ask about the panic on the train, she talks about ..."), not where the client was. */
// ("When I asked what is the tension at home, she ...": the question's own words may run before the thing asked about;
// "every time we came to lunch at school she ...": a topic reached is one raised.)
const ASKED_ABOUT_THERE = /\b(?:asked|ask|raised|raise|mentioned|mention|brought up|bring up|wondered|wonder|came to|got to|reached|turned to) (?:about |re:? |(?:what|how) (?:is|was|are|were) )?(?:the |his |her |their )?[\w-]+ (?:on|at|in|during|from) [^.;]{0,25}$/i;
/** "I felt protective and slightly ": my own feeling runs on to the cue, no one else named between. */
const I_FELT_MYSELF = /\bI (?:felt|feel|was feeling|noticed myself being|found myself)\s+(?:(?!(?:she|he|they|her|him|them|the|client|pt|that)\b)[\w-]+,?\s+){0,4}$/i;
/** Said as a joke: no move against the therapist. */
/** (Not "half joking", "only half in jest": a dig made as a joke is still the dig.) */
const JOKE = /\b(?<!\bhalf[- ])(?:as a joke|jokingly|joking|in jest|teasingly|tongue in cheek|burst out laughing)\b/i;
/** What makes a therapist's reaction an errand: an action in its words, or a route taken right after them. */
const ERRAND_ACTION = /\b(?:avoided|avoiding|took|drove|went|turned|stopped|parked|left|chose)\b/i;
const ERRAND_NEXT = /^\s*(?:avoiding|taking|using)\b/i;
/** The therapist's own action with a cause outside the session ("avoided the main road on the way to the visit"). */
const THERAPIST_ERRAND = /^\s*(?:avoiding|avoided|taking|took|using|used) (?:the )?(?:lift|stairs|main road|road|route|motorway|bus|train|car park|shortcut)\b|^[^.;]{0,50}\b(?:on the way (?:to|home|back|in|there)|in the car|on the (?:drive|journey|train|bus)|because of the (?:traffic|roadworks|weather|snow|rain|strike|parking))\b/i;
/** "feels guilty when she does not answer": what a client does whenever something happens, not a move in the session. */
const WHENEVER_BEFORE = /\b(?:when|whenever|if)\s+(?:she|he|they)\s+$/i;
/** Laughing together is shared, not a split: "the group laughed together", "we both laughed". */
const SHARED_LAUGH = /\blaugh(?:ed|ing|s)? (?:together|with (?:me|us|each other|one another|the (?:group|others)))\b|\b(?:we|they|the group|everyone|all of us|both of (?:us|them)) (?:all |both )?laugh(?:ed|ing)\b/i;
/** A step the therapist advised, taken: "walked off like you said", "left the room as we practised". */
const ADVISED_STEP = /^[^.;]{0,12}\b(?:like|as) (?:you|we|I|T|the therapist) (?:had )?(?:said|suggested|showed|taught|advised|practised|practiced|planned|agreed|rehearsed)\b/i;
/** A sentence of the note with no subject, opened by a step of the session's work: its "and moved to ..." is the work's. */
const SESSION_STEP_OPENING = /^\s*(?:Reviewed|Discussed|Practi[sc]ed|Went through|Introduced|Explained|Completed|Finished|Recapped|Revisited|Looked at|Worked on|Checked|Set|Agreed|Did(?! not\b)|Started)\b(?:(?!\b(?:she|he|they|the client|pt|client)\b)[^.;])*\band\s+$/;

/** The therapist's question or topic, up to the client's move: "When I asked about her previous therapist, she". */
const ASKED_ABOUT_PAST = /\b(?:when|as|after)\s+(?:I|T)\s+(?:asked(?: (?:her|him|them))? about|raised|mentioned|brought up|turned to|came back to|returned to)\s+[^,;.]{0,60}?(?=,|\s+(?:she|he|they|the client|pt)\b)/gi;
/** A history named as what the cue is about. */
// (The last therapist who "at least" did something is set against this one, now: no history.)
const HISTORY_AS_MATTER = new RegExp(String.raw`\b(?:on|about|through|over) the (?:whole |long |full )?history of\b|\b(?:gave me|delivered|offered) (?:a|the|an) (?:[\w-]+ )?history (?:of|on)\b|\b(?:last|previous|old|other|first|last week'?s) (?:[\w-]+ )?${OTHER_WORKER}\b[^.;"“]{0,10}["“]${SET_AGAINST}|\b(?:last|previous|old|other) (?:[\w-]+ )?${OTHER_WORKER}\b[^.;"“]{0,10}["“]${WORKER_DID}|\bhistory of\b$|\b(?:told|repeated|went through) (?:the|his|her|their) (?:same )?(?:story|account|tale) (?:of|about)\b`, 'i');
/** A clause of time about someone else, then the client as the subject: "After the physio left she ". */
const AFTER_THEY_LEFT = /^\s*(?:after|when|once|as soon as|before|until)\b(?:(?!\b(?:said|says|told|tells|reported|reports|thinks|thought|noticed|noticing|felt|feels)\b)[^,;.]){0,60}?\b(?:left|went|had gone|arrived|came in|walked in|joined|stepped out)\b,?\s*(?:she|he|they)\s+(?:\w+ly\s+)?$/i;

/** A way of talking the client puts down to how they are made: "which she says is 'just how my brain works'". */
const HOW_THEY_ARE = /^[^.;]{0,20}\b(?:which|as|and) (?:she|he|they) (?:says|said|explains?|explained|calls?|called) (?:is |was |it )?["“]?(?:just |simply )?(?:how (?:my|her|his|their) (?:brain|head|mind) works|(?:my|her|his|their) (?:adhd|autism|dyslexia|tourette'?s|tics?))\b|^[^.;]{0,30}\b(?:because of|from|with) (?:her|his|their) (?:adhd|autism|tics|tourette'?s)\b/i;

/** A request about how the next sessions are held, just before a cue of the body or a device. */
/** What my question asks about ("asked A what happened inside when R went silent"): the moment asked of, not told. */
const ASKED_WHAT_WHEN = /\b(?:ask(?:ed|ing)?|wondered|explor(?:e|ed|ing))\b[^.;]{0,40}\b(?:what|how) (?:happens?|happened|goes on|went on|it (?:is|was) like|it feels|it felt)\b[^.;]{0,30}\b(?:when|if) (?:[\w-]+ ){1,3}$/i;
const ARRANGEMENT_ASKED = /\basked (?:if|whether) (?:we|I|she|he|they) could (?:keep|have|turn|leave|switch|do)\s+(?:the |her |his |their )?$/i;

/** Someone else's words retold, then the client's laugh in the telling. */
const RETOLD_LINE = /\b(?:told (?:her|him|them)|said)\b[^.;]{0,10}["“][^"”]*["”][^.;]{0,60}\b(?:laughed|smiled|giggled|chuckled) (?:while |when |as )?telling me\b/i;

/** A place or thing that goes quiet is no client withdrawing: "the way the house went quiet when his car pulled in". */
/**
 * Someone or something else as the subject right before "went quiet", "was silent": a third party of the client's
 * life ("Her boss went quiet"), or what a narrative therapist externalises and names with a capital ("The Worry
 * went quiet for most of the week").
 */
const OTHER_SUBJECT = new RegExp(String.raw`(?:${THIRD_PARTY.source}|(?:^|[.;:]\s*|\b(?:and|but|when|while|as) )[Tt]he (?!Client|Patient|Pt|Young|Therapist)[A-Z][a-z]+)\s+(?:(?:had|has|have|just|then|suddenly|also|finally|eventually|\w+ly)\s+)?$`);
const THING_SUBJECT = /\b(?:house|home|flat|street|kitchen|village|town|line|pub|office|school|road|world|place)\s+(?:(?:had|would|always|just|suddenly)\s+)?$/i;
/** The client's words after an apology are the apology's ("apologised and said I was 'only doing my job'"). */
const APOLOGY_BEFORE = /\bapologi[sz](?:ed|es|ing)\b[^.;"“]{0,30}$/i;
const OWN_CAUSE = /\bwhen (?:her|his|their|the|my) (?:phone|mobile|doorbell|bleep|pager) (?:rang|went off|buzzed)\b|\bwhen (?:a|the) (?:nurse|doctor|carer|relative|visitor|porter) came in\b|\b(?:after a (?:long|busy|full)|at the end of a (?:long|busy)|because of (?:my|a) (?:cold|illness|headache))\b|\bbut (?:stayed|remained) (?:attentive|present|focused|engaged)\b|\bat (?:her|his|their) request\b|\bas (?:she|he|they|(?:the )?client|pt|(?:the )?patient) (?:had )?(?:asked|requested|wanted|preferred)\b/i;
/** "Denies feeling low": a symptom screen; not when the note shows the feeling against it ("though she cried twice"). */
const SCREENING = new RegExp(String.raw`\bden(?:ies|ied|y)\s+(?:any\s+)?(?:feeling\s+)?(?:low|depress\w*|low mood|anxious|anxiety|suicidal|hopeless|hallucinations|voices|paranoi\w*|mania|manic|cravings|pain|symptoms?)\b(?![^.;]{0,40}?${SHOWN_DESPITE})(?!(?:\s+mood)?\s*[:,;–-]?\s*["“])`, 'i');
const USED_TO = /\b(?:used to (?:think|believe|feel)|i used to|i thought (?:at first|before))\b/i;
/** Her own body or belongings: "with her eyes filling up" is how she said it, not whom to. */
const OWN_BODY = String.raw`(?:own\s+)?(?:eyes|voice|face|hands?|head|arms?|jaw|lips?|mouth|tears|chin|shoulders?|feet|gaze|breath|fists?|knees?|legs?|coat|hood|phone|bag|sleeves?)\b`;
const AT_SOMEONE = new RegExp(String.raw`^[^"”.;]{0,20}(?:["”],?\s+)?\b(?:with|to|at|about) (?:him|her(?!\s+${OWN_BODY})|them|(?:my|his|her|their) (?:mum|dad|mother|father|boss|partner|husband|wife|sister|brother|son|daughter|friends?|mates|colleagues|family))\b`, 'i');
/**
 * The client's quoted words addressed to someone else: "to the receptionist", "when her sister brought up
 * the will", or after "told his brother".
 */
const SAID_TO_SOMEONE = new RegExp(`^[^"”.;]{0,25}(?:["”],?\\s+)?(?:\\bto|\\bwhen)\\s+(?:${THIRD_PARTY.source}|the (?:[\\w-]+ )?(?:receptionist|nurse|doctor|gp|officer|manager|teacher|waiter|driver|landlord|neighbou?r))`, 'i');
/** The client's words placed at another occasion ('"didn't have much to say" at the team meeting'). */
const SAID_ELSEWHERE = /^[^"”.;]{0,25}["”],?\s+(?:at|in|on) (?:the|a|an|her|his|their) (?:[\w'-]+ )?(?:meeting|party|wedding|funeral|dinner|meal|office|school|gym|pub|match|interview|hearing|evening|class|lecture)\b/i;
/** The client's words said to someone not in the room ('"none of your business" to the cold caller'). */
const SAID_TO_OTHER = /^[^"”.;]{0,20}["”],?\s+to (?:the|a|an|his|her|their) (?:[\w-]+ )?(?!(?:therapist|group|facilitators?|co-?therapist|clinician|counsell?or|psychologist|room|session|circle|others)\b)[a-z-]+/i;
/** The client's words about an everyday matter ('"it's just one of those things" about the rain'). */
const ABOUT_EVERYDAY = /^[^"”.;]{0,25}["”]?,?\s+about (?:the|a|an|her|his|their) (?:[\w-]+ )?(?:[\w-]+ (?:on|in|of|with|at) (?:the|a|an|her|his|their) (?:[\w-]+ )?)?(?:weather|rain|snow|traffic|delay|bus|train|queue|parking|car|bill|boiler|damp|noise|wi-?fi|internet|stairs|flat|house|garden|application|claim|appeal|sale|roof|shifts?|scratch|dent|phone|laptop|printer)\b/i;
/** Someone else's idea at work or school ('the plan at work was "his boss's idea, not mine"'). */
/** The client's words about something at work or school; not when the place is in the therapist's own move ("When I linked
 * his low mood to losing his role at work he said 'that's a bit neat'"). */
const IDEA_ELSEWHERE = /(?<!\b(?:when|after|as|once) (?:I|T|we) [^"“.;]{0,80})\bat (?:work|school|college|the office)\b[^"“]{0,30}["“][^"”]*$/i;
/** Something kept back in play (", grinning", "and joked that it was a secret ballot") or for a surprise. */
const IN_PLAY = /^[^.;]{0,30}\bas part of the (?:game|play|story)\b|^[^.;]{0,30}\bpopped (?:out|up) (?:laughing|giggling|smiling)\b|^[^.;]{0,30},\s*(?:smiling|grinning|laughing|teasing|playfully|coyly|with a (?:smile|grin|wink))\b|^[^.;]{0,40}\bbecause (?:it|this|that) (?:was|is|would be) (?:a |meant to be a |to be a )?(?:surprise|secret)\b|^[^.;]{0,40}\b(?:and |, )?(?:joked|joking|teased|teasing)\b/i;
/** The note saying the client's words are true ("..., and he is", "and it is fixed"). */
const BORNE_OUT = /\band (?:she|he|they) (?:loves?|enjoys?|likes?)\b|,?\s+and (?:she|he|they|it) (?:is|was|are|were|does|did|has|had)(?: (?:fixed|sorted|true|better|fine))?\s*[.;]?\s*$|,?\s+and (?:his|her|their|the) [\w-]+ (?:agrees|agreed|says so|confirms|confirmed|has healed|has recovered|has improved|is fine)\b|^[^.;]{0,40}\b(?:happily|proudly|with relief|cheerfully|with pride|and meant it)\b/i;
/** The client's words after telling someone else ('told his wife it was "none of your business"'). */
// (...or to a younger self, an inner child or the empty chair, in imagery or chair work: "told her younger self in the image, 'you weren't there for her'".)
const TOLD_SOMEONE = new RegExp(`\\b(?:told|said to|asked|snapped at|shouted at|texted|wrote to|replied to|answered)\\s+(?:${THIRD_PARTY.source}|(?:her|his|their) (?:younger|little|child|teenage|inner|eight-year-old|[\\w-]+-year-old) (?:self|selves|me|girl|boy|child)|the (?:empty )?chair)[^"“”]{0,25}["“][^"”]*$`, 'i');
const REFLECTIVE = /\b(?:reflective|thoughtful|contemplative|pensive|absorbed)\b/i;
const ENJOYED = /\b(?:enjoy(?:s|ed|ing)?|is loving|loves|which (?:she|he|they) (?:loved|liked)|proud of|excited about|pleased (?:with|about))\b/i;
const OUTSIDE = /^[^.;]{0,12}\b(?:in bed|at night|on the (?:drive|way|journey|walk|ride) (?:home|back|there|here|in|over|to)|(?:at|from) the (?:family |team |staff |office |birthday |work |christmas )?(?:meal|dinner|party|meeting|wedding|funeral|do|barbecue)|on (?:the|a|her|his|their) (?:family |group |work )?(?:chat|group chat|whatsapp|socials|social media)|with strangers|in public|on the (?:bus|train|tube)|in (?:shops|meetings|class)|at home|at work|at school|at the (?:gym|pub|club|office|shops|match|bus stop|station|day centre|day center)|in the (?:waiting room|car park|garden)|(?:at|over|of|for) the weekend|from work|at the (?:dinner|kitchen|breakfast|family|tea) table|(?<!\b(?:stared|looked|glanced|gazed|picked|tapped|scratched|drummed|pointed|sat)\s)at the table(?! (?:edge|top|corner|leg)\b)|in (?:her|his|their) (?:marriage|relationship|family|house|flat)|with (?:her|his|their) (?:friends|family|partner|husband|wife|kids|children|colleagues|sister|brother|mother|father|mum|dad|son|daughter|boss|manager))\b/i;
/** A topic not gone into with someone else ("would rather not discuss the diagnosis with her parents"). */
const TALKED_WITH_SOMEONE_ELSE = new RegExp(`\\b(?:go into|get into|talk about|discuss|dwell on|revisit)\\b[^.;]{0,40}\\bwith\\s+${THIRD_PARTY.source}`, 'i');
/**
 * Silent with her grandmother, nothing said to the neighbour, single words to a tribunal panel, a back
 * turned on the bully: a minimal response to someone else.
 */
/** A back kept to someone: whoever it is, they are in the room ("kept her back to her parents"). */
const BACK_TO = /\bback (?:half |partly )?(?:to|towards|on)\b/i;
/** The client's quoted words given as someone else's saying ('"I'm not an angry person" is what his father always claimed'). */
const QUOTE_IS_THIRDS = new RegExp(`^[^"”.;]{0,3}["”]?\\s*(?:is|was|'s) (?:what ${THIRD_PARTY.source} (?:always |used to |would )?(?:said|says|say|claimed|claims|told|tells)|${THIRD_PARTY.source}['’]s (?:favou?rite |usual |old |stock )?(?:line|saying|motto|phrase|catchphrase|excuse))`, 'i');
// (Not someone as the matter talked of: "stopped signing when his father came up".)
const TO_SOMEONE_ELSE = new RegExp(`\\b(?:to|with|at|on|from|answered|answering|answers|when)\\s+${THIRD_PARTY.source}(?!\\s+(?:came|comes) up\\b|\\s+(?:was|is|got) (?:mentioned|raised|brought up)\\b)`, 'i');
/** Someone else in the session, as the occasion the therapist is in or that they open ("while I talked to her
 * mum", "when her mum started talking about school"): not the one the client turned to. */
const OCCASION_WITH_SOMEONE = new RegExp(`\\b(?:[Ww]hen|[Ww]hile|[Aa]s|[Ww]henever)\\s+(?:I|T|we)\\b[\\s\\S]*$|\\bwhen\\s+${THIRD_PARTY.source}\\s+(?:started|began)\\s+(?:talking|to talk|speaking|to speak|on|describing|explaining|going on)\\b`, 'g');
/** The client's words to someone else as the answer to a move of the therapist's ('signed "boring" to her mum when I
 * asked about the rehab games'): said in the session, of its work. */
const ANSWERS_MY_MOVE = /\b(?:when|as|after) (?:I|T) (?:asked|raised|mentioned|suggested|brought up|showed|introduced|offered|got out)\b/;
/** Someone else spoken to or turned to, not counting someone else who is only the occasion. */
/** Messages from someone, answered in the session ("answered texts from her mum"): the phone is what the client turns to, not the sender. */
const MESSAGES_FROM = new RegExp(`\\b(?:texts?|messages?|calls?|emails?|voice ?notes?)\\s+from\\s+${THIRD_PARTY.source}`, 'gi');
const toSomeoneElse = (words: string) => TO_SOMEONE_ELSE.test(words.replace(OCCASION_WITH_SOMEONE, '').replace(MESSAGES_FROM, ''));
/** Someone else as the matter of a task of the session ("the role-play with her mother"). */
const ENACTED_WITH = new RegExp(`\\b(?:role-?plays?|rehearsals?|chair ?work|empty chair|imagery|dialogue|unsent letter)\\s+(?:with|to)\\s+${THIRD_PARTY.source}`, 'i');
/** Someone else's words as the object ("brushed off her sister's comment"). */
const THIRD_PARTYS = new RegExp(`${THIRD_PARTY.source}['’]s\\b`, 'i');
/** What other people think or say of the client, before a remark laughed or brushed off. */
const OTHERS_THINK = new RegExp(`(?:${THIRD_PARTY.source}|\\b(?:some of )?(?:the (?:lads|girls|others|other (?:lads|girls|men|women|patients|residents|prisoners))|people|everyone|everybody|his mates|her mates|the staff|the officers))\\s+(?:think|thinks|thought|say|says|said|reckon|reckons|call|calls|called)\\b[^.;]*$`, 'i');
/** Moving house to a named place ("she moved to Scotland"). */
const MOVED_TO_PLACE = /^moved to [A-Z]/;
/** Questions answered through someone else ('answered by looking at her husband'): the therapist is the one passed over. */
const ANSWERED_THROUGH = /\banswered\b[^.;]*\bby (?:looking|turning|glancing)\b/i;
/**
 * Questions put to someone else in the room and answered by the client ("answered every question I put to his wife"):
 * answering for them; an answer given in another language to someone else ("answered in Arabic to his brother when I
 * asked"): the therapist is the one passed over. (Case kept: a language is named with a capital.)
 */
const QUESTION_PUT_TO = /\b(?:[Qq]uestions?|[Ee]verything) (?:I|T) (?:put|asked|addressed|directed) to\b|\b[Aa]nswered in [A-Z][a-z]+ to\b/;
/** Looking to someone before answering the therapist ("glanced at his mum before each reply"). */
const BEFORE_ANSWERING = /\bbefore (?:every|each|any|most|answering|replying|speaking)\b/i;
/** The client's complaint or defence aimed at someone else ("complained that her manager never listens"). */
/** Someone else, then at most one word that is not a pronoun of ours ("her daughter thinks", "his dad had told"). */
/**
 * Someone else named after a preposition is not who speaks next: "glanced at her partner and said 'we're fine'", "turned
 * to his wife and said".
 */
const NOT_LOOKED_AT = String.raw`(?<!\b(?:at|to|towards?|over|with|from)\s)`;
// ("His manager, he told me, thinks ...": the client's aside between the third party and their verb is passed over.)
const THIRD_THEN = `${THIRD_PARTY.source}(?:,\\s*(?:she|he|they) (?:said|says|told me|tells me),)?\\s+(?:(?!(?:he|she|they|i|we)\\b)\\w+\\s+)?`;
/** ...or someone else doing something first, then speaking ("Her friend cried at the film and said"), no one else named between. */
const THIRD_THEN_AND = `${THIRD_PARTY.source}\\s+(?:(?!(?:he|she|they|i|we|t)\\b)[\\w'’-]+\\s+){1,6}?and\\s+(?:then\\s+)?`;
const THIRD_PARTY_OBJECT = new RegExp(`^[^.;]{0,25}\\b(?:that|with|at|towards?|(?<!as if )to)\\s+${THIRD_PARTY.source}`, 'i');
/** A person named after a preposition, just before a cue: the object of "between", "beside", "next to"... */
const AFTER_PREPOSITION = /\b(?:between|beside|next to|near|behind|opposite|alongside)\s+(?:her|his|their|my|the|a|an)\s+(?:[\w-]+\s+)?[\w-]+\s+$/i;
/** Someone else as the subject right before the cue ("felt his manager was putting words in his mouth"). */
const THIRD_PARTY_SUBJECT = new RegExp(`${THIRD_PARTY.source}\\s+(?:(?:was|is|were|had been|has been|had|has|would|kept|keeps|always|just|never|also|then|once|stood|sat|stands|sits)\\s+){0,2}$`, 'i');
/**
 * Someone named by what they did to the client ("The man who rang her about the boiler would not give his
 * name"): a relative clause with the client as its object makes the subject someone else.
 */
const RELATIVE_THIRD = /(?:^|[.;:]\s*)(?:the|a|an|this|that|one) (?:[\w-]+ )?(?:man|woman|lady|bloke|guy|person|people|girl|boy|chap|lad|someone|somebody|caller|driver|officer|worker|nurse|doctor|agent) (?:who|that) [^.;]{0,50}?\b(?:her|him|them)\b[^.;]{0,40}$/i;
/** The client's words describing someone else ("his mum is 'coping perfectly well'", 'his dad "always makes it about money"'). */
/** The client sent to the work by someone, for the client to be rid of: 'sent him here "to get rid of him"'. */
const SENT_TO_BE_RID_OF = /^(?:sent|referred|packed off|passed) (?:him|her|them)\b[^.;]{0,30}\bto get (?:rid of|(?:him|her|them) off)\b/i;
/** A thought of the therapist's own, quoted after "I": 'I felt myself getting fused with "'. */
const MY_OWN_THOUGHT = /\b(?:I|myself)\b[^.;"“”]{0,40}\b(?:fused with|hooked by|caught by|gripped by|caught up in|the thought|thinking)\s*["“][^"”]*$/i;
/** A thought the client stepped back from, in quotation marks after it ('unhooked from "'). */
const STEPPED_BACK_FROM = /\b(?:unhooked|unhooking|defused|defusing|stepped back|stepping back|got some distance|detached) from\s*["“][^"”]*$/i;
/** ("said talking about her birth mum 'won't make her come back'": the one talked about, not the one who said it.) */
const TALKED_ABOUT = String.raw`(?<!\b(?:talking|talk|talked|speaking|thinking|writing|going on|asking|crying) about )`;
const QUOTE_OF_THIRD = new RegExp(`${NOT_LOOKED_AT}${TALKED_ABOUT}${THIRD_PARTY.source}(?:\\s+(?!(?:he|she|they|i|we)\\s+(?:said|says|told|replied|answered|snapped|muttered|asked)\\b)[\\w-]+){0,4}?\\s+(?:(?:is|was|were|are|'s|has been|had been|seems?|seemed)\\s+(?:\\w+\\s+)?)?\\(?["“][^"”]*$`, 'i');
/** A quotation introduced as someone else's words. */
/** Someone else's opinion whose words in quotation marks the cue takes in ("her daughter thinks these sessions are 'a waste of money'"). */
const OPINION_OF_THIRD = new RegExp(`${THIRD_THEN}(?:thinks?|thought|reckons?|says|said|feels|felt|finds|found|calls?|called|believes?)\\s+(?:that\\s+)?[^"“”.;]{0,30}["“]?$`, 'i');
/** A step of one's own added to what was agreed: the plan taken up. */
const ADDED_OWN = /\band (?:then )?(?:added|suggested|proposed|chose|picked) (?:one|some|a (?:step|few|couple)|another|(?:one|some|a few) of (?:her|his|their) own|(?:her|his|their) own)\b/i;
/** "his dad had told him counselling was ...": what someone else told the client, up to the cue, in one clause. */
/** Before the session's work began. */
const BEFORE_WE_STARTED = /^[^.;]{0,40}\bbefore (?:we|the session|the work) (?:properly )?(?:started|began|got started|got going|got down to|settled)\b/i;
/** ...and after it ended: "at the end, when we had finished", "after we had said goodbye", "as we wound down". */
const AFTER_WE_FINISHED = /^[^.;]{0,40}\b(?:(?:once|when|after) (?:we|I) (?:had |'d )?(?:finished|ended|stopped|wrapped up|said (?:our )?goodbyes?)|as we (?:wound|were winding) (?:down|up))\b/i;
/**
 * What we then did with it together, in the same sentence: "and we stayed with it", "and we talked about it", "and we
 * went through it slowly", "and we made a plan" (the moment taken up in the work; not "instead", not a debate).
 */
const TAKEN_UP_TOGETHER = /^[^.;]{0,100}?,? and (?:then )?we (?:stayed with (?:it|that|this)|talked (?:about (?!(?:[^.;]{0,40}\binstead\b))|it through|(?:it )?over)|went through (?:it|them|that|this)|made a plan|looked at (?:it|that|this|what|how|why)|explored (?:it|that|this|what|how|why)|agreed (?:a|on|to)|worked (?:on|through) (?:it|that|this)|named (?:it|that|this)|thought about (?:it|that|this|what|how|why)|discussed (?:it|that|this|what|how|why))\b(?![^.;]{0,40}\binstead\b)/i;
/**
 * What was done, then called good for the client in the note's own words: ", which he said was a good decision for him",
 * ", which was a relief to him", ", which was right".
 */
const CALLED_GOOD_AFTER = /^[^.;"“”]{0,90}?, which (?:was|is|felt|seemed|(?:he|she|they) (?:said|says|felt|feels) (?:was|is)) (?:a |an |the )?(?:(?:very |really |quite )?(?:good|right|sensible|brave|wise|helpful|useful|better|healthy)\b|relief\b|(?:big |real )?step forward\b|progress\b)/i;
/**
 * A question or a request of the client's that I then simply answered or granted, and the sentence ends there: ", and I
 * answered", ", and I did", ", and I said it did", ", and I explained" (a question put and settled, not a challenge left
 * standing).
 */
const ANSWERED_AND_DONE = /^[^.;]{0,90}?,? and I (?:did|answered(?: (?:it|him|her|them))?(?: (?:briefly|honestly|simply|plainly))?|said (?:it|I|that I|we|yes|no)\b[^.;"“]{0,30}|agreed|explained)\s*[.!]?\s*\|?\s*$/i;
/**
 * A person of the client's life talked about at length, the person ending what was talked about: "talked about him for a
 * long time", "talked about her husband for a long time", "talked about Ken for most of the visit" (the telling the work
 * is for, not a way round it; not "her sister's wedding", not "instead", not when I had asked about something else).
 */
const TOLD_OF_SOMEONE = new RegExp(String.raw`^(?:talked|talks|talking|spoke|speaks|speaking) (?:about|of) (?:him|her|them|[A-Z][a-z]+|(?:his|her|their) (?:late |little |baby |older |younger |big )?(?:father|mother|dad|mum|mom|son|daughter|brother|sister|husband|wife|partner|baby|nan|gran|grandad|grandma|grandmother|grandfather|boy|girl|children|kids|friend))(?: with [^.;,]{3,30}?)? for (?:most of|much of|a long time|(?:about |nearly |almost )?(?:ten|fifteen|twenty|thirty|forty)\b|the (?:whole|rest))(?![^.;]{0,60}\b(?:instead|rather than)\b)`);
/**
 * A question or a topic of mine before, which the telling may have turned from ("When I asked about the overdose she
 * talked about her sister ...").
 */
const ASKED_ELSE_BEFORE = /\b(?:when|after|each time|whenever) (?:I|T|we) (?:\w+ly )?(?:asked|raised|brought up|mentioned|came back|returned|tried|turned|wondered|invited)\b/i;
/** Leaving: "on the way out", "as he left", "when he went out to the bus". */
const ON_LEAVING = /^[^.;]{0,30}\b(?:on (?:the|her|his|their) way out|as (?:she|he|they) (?:left|was leaving|were leaving)|when (?:she|he|they) (?:went|got|was going|were going|headed) (?:out|outside|home))\b/i;
/** What is put on or in for going out: a hood, earbuds, a coat (a body sign only while the session lasts). */
const PUT_ON_FOR_OUT = /\b(?:hood|hat|cap|earbuds|earphones|headphones|coat|jacket|sunglasses|scarf|gloves)\b/i;
/** What follows an objection to a task and takes it back as a whole ("was 'a bit clinical' but useful"). */
const BUT_GOOD = /^[^.;]{0,12}?\bbut (?:(?:very|quite|really|still|actually|also|genuinely) )?(?:useful|helpful|worth (?:it|doing|a try|trying)|interesting|doable|manageable|clear)\b|^[^.;]{0,12}?\b(?:but|then|and then)\b,? (?:(?:she|he|they) )?(?:said|added|admitted|conceded|found)? ?(?:that )?(?:it|this|that) (?:had |has )?(?:really |actually |genuinely )?helped\b/i;
/** A cue that opens with the client's "said" and goes on into someone else's opinion ("said his mates think counselling is ..."). */
const SAID_OTHERS_THINK = new RegExp(`^(?:said|says|stated|told me|complained)\\b[^.;"“]{0,5}?\\b${THIRD_THEN}(?:think|thinks|thought|reckon|reckons|find|finds|found|say|says|said|call|calls|called|believe|believes)\\b`, 'i');
const TOLD_BY_THIRD = new RegExp(`${THIRD_THEN}told(?: (?:him|her|them|me))?\\s+(?:that\\s+)?[^"“”.;,]{0,30}$`, 'i');
/**
 * The client's thought or belief quoted as the material of the work ("the stuck point 'it was my fault because
 * I went back'", "the hot thought 'I'm useless'"): what is examined, not something said against the therapist.
 */
const THOUGHT_QUOTED = /\b(?:stuck points?|(?:hot|automatic|negative|intrusive|unhelpful|alternative|balanced|core|anxious|critical|self-critical|old|new) (?:thoughts?|beliefs?)|core beliefs?|assumptions?|rules? for living|predictions?|self-talk|NATs?|mantras?|affirmations?|script decisions?|injunctions?|schemas?|cognitions?|appraisals?|the thought|the belief)\b[^"“”.;]{0,15}\(?["“](?:i|i'm|i've|it|it's|you|you're|he|she|they|we|my|nobody|no one|everyone|people|if|this|that|there|the|everything|nothing)\b[^"”]*$/i;

/** Inside a bracketed list after the name of what it lists ("dropping safety behaviours (rehearsing sentences, avoiding eye contact)"). */
const NAMED_LIST = /\b(?:safety behaviou?rs?|avoidance behaviou?rs?|safety strateg(?:y|ies)|behaviou?rs?|symptoms|signs|targets|examples|e\.g\.|such as|including|triggers|warning signs)\b[^()]{0,20}\([^)]*$/i;
// (Not when the client speaks after them: "what his mother had said he told us '...'" is his.)
/**
 * Words quoted as someone of the client's names a thing, whoever they are ("his promoter calls it 'an occupational
 * hazard'", "her landlady says it's"): a possessive, one word for who, and a verb of naming or saying right before the quote.
 */
const NAMED_BY_SOMEONE_OF_THEIRS = /\b(?:his|her|their) (?!own\b|voice\b|words?\b|answer\b|reply\b|tone\b)[a-z]+(?:-[a-z]+)?(?: [a-z]+)? (?:calls?|called|says|reckons?|describes|described|thinks)\b[^"“”.;]{0,40}["“][^"”]*$/i;
const QUOTED_BY_THIRD = new RegExp(`${NOT_LOOKED_AT}(?:${THIRD_THEN}|${THIRD_THEN_AND})(?:said|says|told her|told him|calls?|called|thinks?|thought|reckons?|whispers?|whispered|shouts?|shouted|texts?|texted|writes|wrote|yells?|yelled|sings|sang|goes)\\b(?:(?!\\b(?:he|she|they)\\s+(?:\\w+ly\\s+)?(?:said|told|replied|answered|snapped|shouted|asked|retorted)\\b)[^"“”]){0,30}["“][^"”]*$`, 'i');

/** Third parties a pronoun of one gender cannot stand for. */
const MALE_PARTY = /\b(?:husband|father|dad|son|brother|boyfriend|grandfather|grandad|grandpa|uncle|nephew|grandson|stepfather|stepdad|stepson|fianc[ée])\b/i;
const FEMALE_PARTY = /\b(?:wife|mother|mum|mom|daughter|sister|girlfriend|grandmother|gran|granny|grandma|nan|aunt|niece|granddaughter|stepmother|stepmum|stepdaughter|fianc[ée]e)\b/i;
/**
 * "Said his GP had sent him and he didn't see what talking would change": in what the client says, a pronoun after
 * "and" or "but" that is the owner of the other person named before it ("his GP" … "he") is the client, when that
 * person is of neither gender ("his dad … and he" may be the dad, and otherGenderAfterAnd reads the other gender).
 */
const THIRD_PARTY_ALL = new RegExp(THIRD_PARTY.source, 'gi');
const CLIENT_SAYS_OPENING = /^\s*(?:(?:she|he|they)\s+)?(?:said|says|told me|explained|reported|stated)\b/i;
/**
 * "His sponsor rang during the session and he took the call": whoever rang in the session, the one who takes the call is
 * someone else, the client (not a call in a visit, "during the visit", which the note tells as news).
 */
function callTaken(subject: string, cue: string): boolean {
  return /\b(?:rang|rung|called|phoned|buzzed)\b (?:during|in|halfway through|in the middle of|part way through) (?:the|our|this) session\b[^.;]{0,12}\b(?:and|so)\s+(?:(?:she|he|they)\s+)?$/i.test(subject) && /^(?:(?:she|he|they)\s+)?(?:took|answered|picked up)\b/i.test(cue);
}

/**
 * 'Said the carers' group was "full of people moaning"': the people a group, a course or a leaflet is for, named before it,
 * are the client's own kind and the service the client's; only someone else named besides them is a third party
 * ("His wife attends the carers' group").
 */
function ofClientsService(subject: string, cue: string): string {
  return /^(?:support )?(?:groups?|course|leaflets?|programme|program|workshop|class|handbook|booklet|pack)\b/i.test(cue)
    ? subject.replace(/\b(?:the|this|that|a) (?:carers|parents|mums|mothers|dads|fathers|men|women|veterans|families|siblings|survivors|patients)['’]s?\s*$/i, ' ')
    : subject;
}

/** "He went on about his cousin's cancer until I drew us back": my bringing the talk back marks the client's story, whoever it is of. */
const BROUGHT_BACK = /^(?:until|till) I \w+ (?:us|him|her|them) back\b/i;
/** One more of many, said of a death the client does the work of every day ("one more's no different", "just another one"). */
const ONE_MORE_OF_MANY = /\bone more(?:'s| is| doesn'?t| does not| makes no)\b|(?:'s|\bis) just another one\b/i;

function ownerAfterAnd(subject: string): boolean {
  const m = /\b(?:and|but)\s+(she|he)\s*$/i.exec(subject);
  if (!m || !CLIENT_SAYS_OPENING.test(subject)) return false;
  const parties = subject.slice(0, m.index).match(THIRD_PARTY_ALL);
  const last = parties?.[parties.length - 1];
  if (!last || MALE_PARTY.test(last) || FEMALE_PARTY.test(last)) return false;
  return (m[1].toLowerCase() === 'he' ? /^his\b/i : /^her\b/i).test(last);
}

/**
 * "Her husband did most of the talking and she nodded at everything he said": a pronoun after "and" or "but" that
 * cannot stand for the one other person named before it is the client, who opens a predicate of their own.
 */
function otherGenderAfterAnd(subject: string): boolean {
  const m = /\b(?:and|but|while|so|then)\s+(she|he)\s*$/i.exec(subject);
  if (!m) return false;
  const before = subject.slice(0, m.index);
  // Only when the other person's act is one in the room, something said or done there ("did most of the talking",
  // "said 'she's always been dramatic'"); "Her boyfriend hadn't replied since the morning and she checked her phone"
  // gives the reason for what the client did.
  if (!/\b(?:said|says|talked|talking|spoke|speaking|answered|asked|interrupted|joined|shouted|laughed|cried)\b/i.test(before) || /\b(?:had|hadn'?t)\b/i.test(before)) return false;
  // ...and not when it happened somewhere else: "Her husband took two calls during dinner and she said...".
  if (/\b(?:during|at|over|after|before) (?:dinner|lunch|breakfast|tea|supper|the meal|the party|home|work|night|school)\b|\b(?:last night|yesterday|at the weekend|on holiday|this morning)\b/i.test(before)) return false;
  return m[1].toLowerCase() === 'she' ? MALE_PARTY.test(before) && !FEMALE_PARTY.test(before) : FEMALE_PARTY.test(before) && !MALE_PARTY.test(before);
}
/**
 * "Mr O said the GP had made a fuss and he only came ...": the client opens the sentence with what they said of someone
 * else, and a pronoun of theirs after "and" brings the sentence back to them (Mr for "he", Mrs, Ms or Miss for "she",
 * the same pronoun, or any after a bare initial or "Pt").
 */
function backToOpener(subject: string): boolean {
  const back = /\b(?:and|but|so)\s+(she|he|they)\s+$/i.exec(subject);
  const opener = back && CLIENT_OPENER.exec(subject);
  if (!back || !opener) return false;
  const pronoun = back[1].toLowerCase();
  const [, title, own] = opener;
  if (title) return pronoun === (/^mr\b/i.test(title) ? 'he' : 'she');
  return !own || own.toLowerCase() === pronoun;
}
/**
 * "When I mentioned his little brother he fell silent", "When his mum praised him he put his hood up": someone of the
 * client's own in a clause of time, and then the client as the pronoun of the main clause — the one the therapist's move
 * named by the pronoun's own possessive ("his brother ... he"), or anyone named whose gender the pronoun cannot stand for
 * ("his mum ... he"). Not "When his dad came in he shouted", where the pronoun could be either.
 */
function clientAfterTheirsWhen(before: string): boolean {
  const m = /(?:^|[^\w'’])(?:when|whenever|as soon as|once|after|each time|every time)\s+([^,;.]{3,80}?),?\s+(she|he)\s+(?:\w+ly\s+)?$/i.exec(before);
  if (!m) return false;
  const [, clause, pronoun] = m;
  const she = pronoun.toLowerCase() === 'she';
  const own = she ? /\bher\b/i : /\bhis\b/i;
  const other = she ? /\b(?:he|his|him)\b/i : /\b(?:she|her|hers)\b/i;
  // ("When I asked about her son he ...": the client is someone else.)
  if (other.test(clause)) return false;
  if (/^(?:I|we|T)\s+(?:\w+ly\s+)?\w+/.test(clause) && own.test(clause)) return true;
  return she ? MALE_PARTY.test(clause) && !FEMALE_PARTY.test(clause) : FEMALE_PARTY.test(clause) && !MALE_PARTY.test(clause);
}
/** The client opening a sentence with a verb of saying: "Mr O said", "She told me", "G explained", "Pt reported". */
const CLIENT_OPENER = /^\s*(?:(Mr|Mrs|Ms|Miss)\.?\s+[A-Z][\w'-]*|(she|he|they)|pt|client|the client|[A-Z]\.?)\s+(?:\w+ly\s+)?(?:said|says|told|tells|explained|explains|reported|reports|described|describes|mentioned|mentions|complained|complains|insisted|insists|added|felt|feels|thinks|thought)\b/;
/** Pronoun subjects that can be the client, and the therapist's "I". */
const CLIENT_SUBJECT = /^\s*(?:she|he|they|the client|client|pt|patient|i|we|[A-Z]\.)\b/i;
/** A wish, urge or pull to do something, right before what it was to do. */
const WISH_TO = /\b(?:a|an|my|the) (?:[\w-]+ )?(?:wish|urge|pull|temptation|desire|impulse|tug|need|inclination) to\s+$/i;
/** A sentence the therapist opens as its subject ("I", "T", "this writer", "the therapist", "counselor"). */
const WRITER_OPENS = /^\s*(?:[-*]\s*)?(?:I|T|Th|[Tt]his writer|[Ww]riter|(?:[Tt]he )?[Tt]herapist|(?:[Tt]he )?[Cc]ounsell?or|(?:[Tt]he )?[Cc]linician|Me:)\s/;

/** The close of a quotation that names a pile, a box or a column ('the "doesn't matter" pile'). */
const QUOTED_LABEL = /^[^"“”.;]{0,3}["”]\s+(?:piles?|box(?:es)?|columns?|categor(?:y|ies)|headings?|trays?|bins?|folders?|labels?|sections?|heaps?|buckets?|jars?)\b/i;

/** A sentence opened by someone named with a title ("Mr S", "Mrs Okafor"), as a note names its client. */
const TITLED_SUBJECT = /^\s*(?:Mr|Mrs|Ms|Miss|Mx)\.? [A-Z][\w'’-]*\s+(?!and\b|or\b|&)[a-z]/;
/** A client named by a bare initial, as group and family notes do ("L kept her back to her parents"; not the article in "A friend said"). */
/** A first name opening the sentence, an age in brackets after it, then its verb ("Leah (14) came in with ..."). */
const NAMED_SUBJECT = /^\s*(?!(?:Mum|Mam|Mom|Dad|Nan|Gran|Grandma|Grandad|Mother|Father|Partner|Husband|Wife|Son|Daughter|Sister|Brother|Staff|Teacher|School|Mummy|Daddy)\b)[A-Z][a-z]{2,}(?:\s*\(\d{1,2}\))?\s+(?:came|sat|went|was|kept|said|had|did|told|left|took|got|began|arrived|walked|\w+ed)\b/;
const INITIAL_SUBJECT = /^\s*(?:[B-HJ-Z]|A(?=\s+(?:said|sat|kept|told|went|was|had|did|would|\w+ed)\b))(?=\s+[a-z])/;
/**
 * A client's initial just before the cue, after a clause of someone else's ("While her parents described the meals R"):
 * the client withdraws (a confrontation there may be aimed at the other: "When another member spoke M rolled her eyes").
 */
const INITIAL_BEFORE_CUE = /[a-z,]\s+(?:[B-HJ-SU-Z])\s+$/;

/** The withdrawal scales, as written (not the farmer's cows). */
const WITHDRAWAL_SCALE = /\b(?:CIWA(?:-Ar)?|COWS|ciwa)\b/;
/** A substance named: "withdrawal", "agitated", "shaky" may be its effects, not the client's words to the therapist. */
const SUBSTANCE = /\b(?:alcohol|opioid|opiate|benzo\w*|nicotine|caffeine|substance|detox(?! (?:referral|offer|place|admission)s? (?:was |were )?(?:declined|refused|turned down))|drug(?! (?:doses?|charts?|rounds?|names?|regimens?|interactions?|errors?|trials?|compan(?:y|ies))\b))\b/i;
/** "Her late husband": late is deceased; it sets aside a cue that reads "late", not every cue in the clause. */
const LATE_PERSON = /\blate (?:husband|wife|mother|father|mum|dad|grandmother|grandfather|son|daughter|brother|sister|partner|friend)\b/i;
const WORD_SENSE = /\b(?:minimi[sz]\w* (?:the|his|her|their) (?:offen[cs]es?|offending|drinking|drug use|use|gambling|violence|abuse|risk|crimes?|assault|behaviour|spending)|appropriate(?:ly)?|congruent(?:ly)?|withdrawal symptoms?|post-acute|paws|minimal(?:-to-mild)? (?:symptoms?|range|caffeine)|resistance (?:training|band|session|exercise)|confront\w* (?:a |the |his |her |their )?(?:feared|fear|phobi)\w*|withdr\w+ \$|\$\d)\b/i;

/**
 * A judgement turned round by a comparison with what was feared ("less cringe than I expected", "not as
 * bad as she thought"): relief, not a complaint.
 */
const BETTER_THAN_FEARED = /\b(?:less|not as|not so|nowhere near as|(?:is|are|was|were)n'?t (?:as|so))\s+[\w-]+(?:\s+[\w-]+)?\s+(?:than|as)\s+(?:(?:i|she|he|they|we)\s+(?:had\s+)?)?(?:expected|thought|feared|imagined|anticipated|worried)\b/i;
const WARMED_UP = /\b(?:but|then|and then|before)\b[^.;]{0,30}\b(?:warmed up|opened up|settled|talked (?:more )?(?:freely|easily|openly)|spoke (?:more )?(?:freely|easily|openly)|became (?:more )?(?:talkative|engaged|animated|open)|joined in (?:warmly|fully|well|readily|later|after that)|relaxed|engaged well|said it was the first time|gave a full account|talked about (?:her|his|their) (?:fears|feelings|worries|grief|loss|sadness)|said what was (?:on (?:her|his|their) mind|bothering (?:her|him|them))|(?:got|came) to the point|answered (?:properly|fully|in full)|said yes|worked it out|(?:described|told me about|spoke about) [^.;]{3,40}? (?:in (?:full|detail)|for a long time))\b/i;
/** Content whose telling is expected to carry pain (W6 needs it). */
const PAINFUL = /\b(?:put (?:down|to sleep)|repossess\w*|scream\w*|nightmares?|panic\w*|sob\w*|death|died|dying|dead|funeral|loss|lost|losing|abuse\w*|assault\w*|rape\w*|attack\w*|violen\w*|beat\w*|accident|crash|suicid\w*|overdose|cancer|diagnos\w*|illness|ill|miscarriage|homeless\w*|evict\w*|bankrupt\w*|divorce|affair|bull(?:ied|ying)|stab\w*|shot|fire|hospital\w*|injur\w*|pain\w*|trauma\w*|rages?|neglect\w*|redundan\w*|fired|sacked|humiliat\w*|terrif\w*|afraid|scared|shaking|tears?|tearful|crying|cried|hurt|distress\w*|awful|horrible|terrible|worst|grief|griev\w*|bereave\w*|widow\w*|killed|murder\w*|drown\w*|war|fight|arrest\w*|prison|custody|sick|dementia|stroke|heart attack|break-?up|rejection|abandon\w*|threat\w*|tendons?|fractur\w*|broken|amputat\w*|inquests?|coroner'?s?|post-?mortems?|autops(?:y|ies)|mortuary|cremat\w*|burial|buried|graves?(?:ide)?)\b/i;
/** Content a smile fits. */
const BENIGN = /\b(?:grand(?:children|child|kids?|son|daughter)|holidays?|jokes?|joking|funny|antics|wedding|birthday|party|parties|baby|babies|garden|gardening|pets?|puppy|kitten|dog|cat|friends?|hobby|hobbies|football|match|win|won|promotion|new job|(?<!\bby )date(?! by)|dating|holiday|weekend away|trip|concert|film|book|cooking|baking|(?:our |the )?ending(?! of)|going it alone)\b/i;
const INCONGRUENCE = /\b(?:incongruen\w*|eyes (?:not|never) (?:laughing|smiling)|smile (?:did not|didn'?t|never) reach\w*|did not fit|didn'?t fit|does not fit|doesn'?t fit|at odds|jarr\w*|did not match|didn'?t match|content\/affect|out of keeping)\b/i;
/** A story told with feeling is the work, not a way round it (W4). */
const ENGAGED_TELLING = /\b(?:with (?:(?:real|a lot of|much|great|some|genuine) )?(?:feeling|emotion|affect|energy|enthusiasm|interest|pleasure|pride|warmth|excitement)|openly|freely|easily|animatedly|enthusiastically|excitedly|proudly|warmly|fondly|glowing|beaming|movingly|tearfully|in tears|(?:and|then) (?:cried|wept|became tearful|was tearful|welled up)|because it (?:had )?(?:moved|touched|meant (?:a lot|something) to) (?:him|her|them))\b/i;
/** A topic taken up as part of the work ("football as the place he feels part of a team, which we explored"). */
const TAKEN_UP = /\b(?:which|and|,) we (?:explored|discussed|looked at|thought about|linked|worked (?:on|with))\b|\bthen we (?:set|started|began|moved on to|turned to|got on with) (?:the )?(?:agenda|work|session|plan)\b|\bat the start,? and then we (?:turned|moved on|got|came|went) to\b|\bas (?:the|a) (?:place|way|thing|time) (?:where |that |when )?(?:she|he|they)\b/i;
/** Quiet while absorbed in something ("quiet while he finished the drawing"). */
const ABSORBED = /^[^.;]{0,12}\bwhile (?:she|he|they) (?:finished|drew|wrote|painted|worked|completed|filled|read|coloured|colored|built|played)\b/i;
/**
 * A sign of withdrawal with a reason given after it: a look at the phone "to show me the photo" or "to turn it to
 * silent", a camera off
 * "(agreed)" or "to save the battery", a chair turned "so the sun was out of his eyes", pauses "which is usual
 * for him" or "because of his stammer", how many sessions are left "so she can plan her leave"; arms folded "when he got
 * cold", the clock looked at "and booked the next session", a watch "to work out when he last slept".
 */
const FOR_A_REASON = /^[^.;]{0,30}\b(?:at the end|on the way out|as (?:she|he|they) left) to (?:walk|go|head|get) home\b|^[^.;]{0,30}\b(?:to (?:walk|go|head|get) home|for the (?:walk|bus|train) home)\b|^[^.;]{0,30}\bbecause (?:her|his|their|the|my) (?:[\w-]+ )?(?:lift|taxi|cab|bus|train|sitter|carer|childminder|daughter|son|wife|husband|partner|sister|brother|mum|mother|dad|father|friend|appointment|shift|meeting|parking|meter)\b|^[^.;]{0,40}\b(?:and (?:then )?asked (?:if|whether) (?:we|she|he|they) could |to |and (?:then )?)(?:book|booked|arrange|arranged|fix|schedule|plan) (?:the|our|a|her|his|their) next\b|^[^.;]{0,10}\bwhen (?:she|he|they) (?:got|felt|was|were|grew) (?:cold|chilly|hot|warm)\b|^[^.;]{0,10}\bto (?:work out|count|calculate|check) (?:when|how (?:long|many)|what time)\b|^[^.;]{0,25}\bbecause (?:he|she|they) (?:had|has|needed|need|wanted) to (?:collect|pick up|get to|catch|be at|go to|fetch|meet|get back to)\b|^[^.;]{0,20}\bto (?:turn (?:it|them) (?:to silent|off|down)|silence (?:it|them)|put (?:it|them) on silent|switch (?:it|them) off)\b|^[^.;]{0,30}\b(?:to protect (?:his|her|their|the)|which I respect(?:ed)?|to show me)\b|^[^.;]{0,20}\bbecause (?:her|his|their|my|the) (?:battery|signal|connection|wi-?fi|internet|laptop|phone|camera|sound|audio|video|link)\b|^[^.;]{0,30}\bbecause the (?:sound|audio|video|link|connection|signal) (?:failed|dropped|went|cut out)\b|^[^.;]{0,30}\bto think\b|^\s*(?:(?:to|towards|on) (?:me|us|T|the group)\s+)?(?:because|as (?:he|she|they) (?:had|was|were)|(?:once |quickly |briefly )?to (?:show|find|look up|check|confirm|see(?! to\b)|read|answer|time|reach|fetch|grab|pick up|put (?:(?:the|her|his|their|a|an|some) )?(?:[\w-]+ ){0,2}?(?:away|back|down|up|in)|plug in|get (?:a|the|her|his|their|some)|make (?:a|some) (?:cup|tea|coffee|drink|cuppa))|for (?:the|a) (?:time|photo|message|number))\b|^[^.;]{0,40}\bwhile (?:the|her|his|their) (?:connection|signal|wi-?fi|internet|link|video|sound|audio|camera|laptop) (?:settled|dropped|reconnected|came back|buffered|froze|loaded|was (?:fixed|sorted|restored))\b|^[^.;]{0,30}\bwhile (?:she|he|they|the (?:caller|client|patient)|pt) (?:fetched|went to (?:get|fetch|find)|looked for|found|got|answered the door)\b|^[^.;]{0,50},? as (?:we|I) (?:had )?(?:practised|practiced|planned|agreed|rehearsed)\b|^[^.;]{0,30}\bwhile (?:we|she|he|they) (?:waited|were waiting) for\b|^[^.;]{0,30}\bso (?:that )?(?:the )?(?:sun|light|glare|heat|draught|noise)\b|^[^.;]{0,30}\((?:agreed|as agreed|by agreement|as arranged|as planned)\)|^[^.;]{0,30}\b(?:as agreed|by agreement|as arranged|as planned)\b|^[^.;]{0,50}\b(?:arranged|agreed|planned) (?:at|from) the (?:start|beginning|outset)\b|^[^.;]{0,10}\bto save (?:the |his |her |their )?(?:battery|data|bandwidth|signal)\b|^[^.;]{0,40}\bas (?:he|she|they) had (?:warned|told|said|explained|mentioned)\b|^[^.;]{0,40},? (?:which|this|that) (?:is|was) (?:usual|normal|typical|expected) for (?:him|her|them|his|their)\b|^[^.;]{0,40}\b(?:because of|due to|from) (?:his|her|their) (?:stammer|stutter|speech|hearing|aphasia|dysarthria|medication|tremor|breathing|fatigue)\b|^[^.;]{0,20}\bbecause (?:of )?the (?:sun|light|glare|heat|heating|draught|cold|noise)\b|^[^.;]{0,30}\bbecause it was (?:raining|pouring|snowing|cold|chilly|freezing|windy|hailing)\b|^[^.;]{0,10}\bagainst the (?:cold|chill|wind|draught|rain)\b|^[^.;]{0,10}\bso (?:that )?(?:the|her|his|their|its) (?:alarms?|notifications?|messages?|screen|phone|reminders?) (?:would(?:n'?t| not)|did(?:n'?t| not)|could(?:n'?t| not)) (?:distract|interrupt|disturb|go off|buzz|light up)\b|^[^.;]{0,10}\bfor (?:me|us) to (?:guess|find|choose|pick|turn over|match|sort)\b|^[^.;]{0,30}\bso (?:that )?(?:she|he|they|I|we) (?:can|could) (?:plan|book|arrange|organi[sz]e|sort out|work out|budget|fit|see (?:the|my|his|her|their) (?:screen|board|whiteboard|slides?|tv|monitor|clock|paper|sheet|notes|diagram)|hear (?:me|us|better)|reach|stretch|get comfortable|tell (?:her|his|their))\b|^[^.;]{0,40}\b(?:pleased|glad|relieved|proud) (?:that )?(?:she|he|they) (?:had )?(?:made it|got here|arrived|was|were|got in) (?:on|in) time\b/i;
/** An arrangement agreed or told beforehand ("which we had agreed last week", "as she had told me last week"). */
const AGREED_BEFORE = /\b(?:which|as|that) (?:we|I) had (?:agreed|arranged|planned)\b|\b(?:arranged|agreed|planned) (?:at|from) the (?:start|beginning|outset)\b|\b(?:as|by) (?:agreed|arranged|planned|agreement|arrangement)\b|\bas (?:he|she|they) had (?:warned|told|said|explained|mentioned)\b|\b(?:told|warned) me (?:last|the) (?:week|session|time)\b/i;
/**
 * The client asking to end the work early or how long it will take: a reason given ("because he had a show", "because he
 * was tired") does not excuse it as it excuses a coat kept on "because the room was cold" (LABELLING.md: W2), unless the
 * early end was agreed or told beforehand (AGREED_BEFORE).
 */
const ASKED_TO_END = /\b(?:asked|asking|asks|wanted to know|announced|saying)\b (?:me )?(?:twice |again |repeatedly |three times |several times )?(?:if|whether|to|how long|how much longer|what time|(?:she|he|they) (?:would|only had|had to))\b[^.;]{0,40}\b(?:early|take|last|left|longer|finish|stop|end|go|short|done|leave|time|till|until)\b/i;
/** A circumstance of the day after "fine despite" (the cue ends at "despite"). */
const GONE_ON_WITH = /^[^.;]*\b(?:about (?:the|her|his|their) (?:weekend|week|holiday|day|evening|night|trip)\b[^.;]{0,10}\bbecause (?:she|he|they) (?:had|was|were)\b|so (?:we|I) used (?:them|it|the time|those minutes|the minutes left) (?:for|to)|(?:she|he|they) wanted to use (?:the|those) (?:last|remaining|final) (?:minutes|few minutes|ten minutes|five minutes|time)\b|so there (?:was|is) no (?:rush|hurry)|and (?:then )?answered (?:it|them|the question|fully|everything)|,? (?:and )?then (?:tried again|had another go|had a (?:guess|go|try)|guessed|found the words|said it)|and (?:ate|finished) (?:the|her|his|their) (?:whole )?(?:snack|meal|lunch|dinner|breakfast|sandwich|plate|food))\b/i;
const DESPITE_THE_DAY = /^\s*(?:the|a|an|all the|his|her|their) (?:[\w-]+ )?(?:drive|journey|traffic|weather|rain|snow|cold|heat|delays?|wait|trip|flight|commute|move|early start|late night|night shift|hangover|bus|train|roadworks|parking)\b/i;
/** A quoted "fine" the note bears out: in spite of or after the day's circumstances, looked or sounded it. */
const FINE_BORNE_OUT = new RegExp(`^[^.;]{0,25}\\b(?:despite|after|because of)\\s+(?:${DESPITE_THE_DAY.source.replace(/^\^\\s\*/, '')})|\\band (?:she|he|they) (?:looked|seemed|sounded|meant) it\\b|\\b(?:her|his|their) (?:voice|tone|manner) (?:was|sounded|seemed|stayed) (?:warm|steady|relaxed|calm|easy|bright)`, 'i');
/** A form or an application for someone else's office ("the benefits form was just ticking boxes for the council"). */
const OTHER_FORM = /\b(?:benefits?|council|tax|insurance|pip|esa|universal credit|housing|passport|visa|court|job|college|university|mortgage|bank|dvla|voting|voter registration|census|ballot|postal vote|election|school|enrolment|enrollment|permission|planning|parking|tenancy|rental|loan|claim)\s+(?:forms?|application|paperwork)\b|\bfor the (?:council|dwp|jobcentre|job centre|bank|insurance|court|housing)\b/i;
/** Thanks at the end of the work are thanks, not appeasement. */
const AT_THE_ENDING = /\b(?:at|in) (?:the|our) (?:ending|last session|final session)\b|\bend of (?:therapy|our work|treatment|the work)\b/i;
/** Letters from someone else are not the therapy's. */
const FROM_SOMEONE = /^\s*(?:from|of|by) (?:his|her|their) /i;
/** What the client says of the therapist, with "I" as its subject ("said I was too young to understand"). */
/** The client's view of a clinician ("she felt the facilitator ignored her"): no reaction of the writer's. */
const CLIENT_VIEW_OF = /\b(?:she|he|they|the client|client|pt)\s+(?:said|says|felt|feels|thinks?|thought|believes?|complained|claimed)\s+(?:that\s+)?(?:the|her|his|their)\s+(?:co-?)?(?:facilitators?|therapists?|clinicians?|counsell?ors?)\s*$/i;
/**
 * A line under a label of the therapist's own ("Facilitator: felt I had lost R"), or a note's own subjectless "felt"
 * ("Felt I was working harder than him", as every such line in the sets is): the feeling is the writer's.
 */
const MY_OWN_HEAD = /^\s*(?:(?:me|self|facilitator|counsell?or|therapist|clinician|practitioner|counter-?transference|my reactions?|my feelings)\s*:\s*(?:felt|feel|thought|sensed)|(?:[-*•]\s*)?(?:felt|feel|sensed))\s+(?:that\s+)?$/i;
/**
 * "He said last week's exposure had 'set him back a month' and that I had pushed too fast": a second thing the client
 * said, about me, joined to the first by "and that".
 */
const CLIENT_SAID_AND_THAT = /(?<!\b(?:I|we) )\b(?:said|says|told (?:me|us)|complained|claimed|insisted)\b[^.;]{1,80}\b(?:and|but),?\s+that\s+$/i;
const CLIENT_SAYS_I = /(?<!\bI )\b(?:said|says|told (?:me|us)|thinks?|thought|feels?|felt|complained|claimed|insisted|implied|accused me of|assumed|assumes|imagined|imagines|guessed|supposed|suspected|believed|believes|feared|fears)\s+(?:that\s+)?$/i;
/** The therapist, and no one who says it of them, seeming like someone just before the cue ("I tried to sound like"). */
const THERAPIST_SEEMING = /^(?:[^.;"“”]*[^\w'’])?(?<!\b(?:said|says|told (?:me|us)|thinks?|thought|felt|complained|claimed|that) )(?:I|T)\s+(?:[\w'’]+\s+){0,4}(?:sound|seem|look|appear|come across|came across|act)(?:s|ed|ing)?\s+(?:like|as)\s+$/;
/** The client's quoted words about the therapist, still open ('told me I was "only doing this to tick a box'). */
const QUOTE_ABOUT_ME = /\b(?:said|says|told (?:me|us)|thinks?|thought|felt|complained|claimed|insisted|implied)\s+(?:that\s+)?I\b(?:\s+(?:was|am|had|have|were|would|will|'m))?\s*["“][^"”]*$/i;
/** The therapist glad the client has gone, or glad to leave: relief at an end, no good feeling. */
const RELIEVED_AT_END = /\b(?:glad|relieved) to (?:leave|go|get out|get away)\b(?! (?:with|for|on) )|\b(?:glad|relieved|pleased) (?:when|each time|every time|whenever)\b[^.;]{0,30}\b(?:ended|cancel\w*|left|finished|was over|came in to interrupt|interrupted (?:us|the session)|knocked to end|changed the (?:subject|topic)|moved (?:off|away from|on from)|steered (?:off|away)|dropped (?:it|the subject|the topic))\b/i;
/** Something else judged, named as the subject just before the cue ("the gym was a waste of money"). */
const JUDGED_SUBJECT = /\b(?:the|his|her|their|my|that|this) ([a-z-]+) (?:was|is|were|are|felt|feels|seemed|seems) (?:just |really |such |so |a bit of |totally |complete(?:ly)? )?(?:an? )?$/i;
/** Everything of the therapy a client's complaint can be about. */
const THERAPY_NOUNS = new Set([...ALL_OBJECT_WORDS, 'group', 'course', 'programme', 'program', 'counselling', 'it', 'this', 'that', 'everything', 'thing', 'hour']);
/** A noun of the therapy, in the singular or plural, with the session and its call. */
const isTherapyNoun = (word: string) => {
  const w = word.toLowerCase();
  return THERAPY_NOUNS.has(w) || THERAPY_NOUNS.has(w.replace(/e?s$/, '')) || /^(?:sessions?|calls?|consulting|therapy|therapist|group|hour|room|break|ending|gap|absence|cancellation)$/.test(w);
};
/** After the client's quoted words, where they were said or what about, when it is not the therapy ('"done all this before" when she trained her last puppy', '"didn't change anything" for his hay fever'). */
const QUOTE_PLACED = /^[^"”.;]{0,30}["”],?\s+(?:when|about|for|after|at)\b([^.;"“,]{0,40})/i;
// ("about telling the story", "about going over it again": the work of the session, told or gone over, is here.)
const WHERE_THE_THERAPY_IS = /\b(?:I|me|my|we|us|our|you|your|here|in session|this session|today|(?:was|were) (?:mentioned|raised|suggested|brought up|discussed|named)|came up|(?:telling|retelling|going over|reliving|revisiting) (?:the|it|that|this))\b/i;
const placedElsewhere = (words: string) => {
  const m = QUOTE_PLACED.exec(words);
  if (!m || WHERE_THE_THERAPY_IS.test(m[1])) return false;
  const named = [...m[1].matchAll(/\b(?:the|a|an|his|her|their|its)\s+((?:[\w'-]+\s+){0,2}[\w'-]+)/gi)];
  return named.length > 0 && named.every((n) => !n[1].split(/\s+/).some(isTherapyNoun));
};
/** Leaving somewhere that is not the session: "left the party", "went out of the meeting" (not "left the radio on"). */
const LEFT_PLACE = /\b(?:left|walked out of|went out of|slipped out of|stormed out of)\s+(?:the|a|an|his|her|their)\s+(?:(?:new|old|spare|replacement)\s+)?([\w'-]+)(?:\s+([\w'-]+))?/i;
/** Where a session can be held, and what is left on or behind rather than left as a place. */
const SESSION_PLACE = /^(?:hall|kitchen|lounge|studio|ward|circle|class|workshop|assessment|interview|garden|park)$/i;
const LEFT_ON = /^(?:on|off|running|playing|open|behind|in|out|unopened|untouched|blank)$/i;
const leftElsewhere = (cue: string) => {
  const m = LEFT_PLACE.exec(cue);
  // "left the talking to me": something handed to the therapist, not a place left.
  if (/\bto (?:me|us|T|the therapist)\b/.test(cue)) return false;
  return !!m && !isTherapyNoun(m[1]) && !SESSION_PLACE.test(m[1]) && !(m[2] && (isTherapyNoun(m[2]) || SESSION_PLACE.test(m[2]) || LEFT_ON.test(m[2])));
};
/** Spoken to someone else: "spoke to the floor manager about her hours". */
const SPOKE_TO_SOMEONE = new RegExp(`^(?:spoke|talked|chatted|speaking|talking|chatting) to\\s+(?:${THIRD_PARTY.source}|the (?:[\\w-]+ )?(?:manager|boss|receptionist|librarian|staff))`, 'i');
const judgesSomethingElse = (words: string) => { const m = JUDGED_SUBJECT.exec(words); return !!m && !isTherapyNoun(m[1]); };
/** Something else named and then judged in the client's words ('described the wedding as "a waste of money"'). */
const JUDGED_AS = /\b(?:described|describes|called|calls|thought of|thinks of|sees|saw|referred to|summed up) (?:the|his|her|their|my|that|this) ([a-z-]+) as\s+["“]?(?:just |really |such |a bit of |totally )?(?:an? )?$/i;
const judgedAsSomethingElse = (words: string) => { const m = JUDGED_AS.exec(words); return !!m && !isTherapyNoun(m[1]); };
/** Something that made the client worse that is not the therapy ("the tablets had made her 'more tired than when I started'"). */
const MEDICATION_MADE = /\b(?:tablets?|medication|meds|pills?|dose|antidepressants?|injections?|inhalers?|steroids|chemo(?:therapy)?|radiotherapy|night shifts?|new job)\b (?:had |have |has )?(?:made|left|been making) (?:her|him|them|me)\b[^.;]{0,12}$/i;
/**
 * A calm or light account that fits where things stand: progress ("said it no longer floods him"), relief, or a
 * matter settled ("in a light tone because it is finally settled").
 */
const FITS_NOW = /\b(?:no longer|not any more|doesn'?t (?:flood|overwhelm|floor|upset) (?:her|him|them) (?:any more|now)|now able|relieved|(?:is|was|has been) (?:finally )?(?:settled|over|sorted|resolved))\b/i;
/** Relief on the client's behalf at good news ("relieved when the scan results came back clear for her"). */
const RELIEVED_FOR = /\brelieved\b[^.;]{0,60}(?:\bfor (?:her|him|them)\s*[.;]?\s*$|\bcame back (?:clear|fine|normal|negative)\b|\b(?:results?|scan|tests?|biopsy) (?:was|were) (?:clear|fine|normal|negative)\b)/i;
/** Telling it calmly, then the feeling arriving. */
const FEELING_ARRIVED = /^[^.;]{0,30}\b(?:and )?then,? (?:(?:slowly|quietly|gradually|haltingly),? )?(?:(?:his|her|their) voice (?:broke|cracked|shook)|(?:he|she|they) (?:cried|wept|broke down|became tearful|welled up)|the tears came|how (?:frightened|scared|terrified|upset|angry|sad|ashamed|hurt|lonely|guilty) (?:he|she|they) (?:had been|was|were|felt|had felt))\b/i;
/** Shrugging off an illness. */
const ILLNESS = /\boff (?:a|the|his|her|their) (?:cold|flu|bug|virus|infection|injury|illness|cough|sore throat|hangover|tics?|twitch|spasm|sneeze|hiccups?|cramp)\b/i;
/** Homework for school, not for therapy. */
/** ...but a task of the work called schoolwork in the client's words is the work: 'Called the thought diary "school homework"'. */
const LIKE_SCHOOLWORK = /\b(?:diary|diaries|record|records|log|worksheet|sheet|task|exercise|plan|chart)\b[^.;"“]{0,12}["“](?:like |just |basically |literally |more |proper )?(?:school|college|uni)\b/i;
const SCHOOLWORK = /\b(?:school|college|uni(?:versity)?|maths|math|english|science|course) ?(?:homework|work|assignments?|worksheets?)\b|\b(?:college|university|uni|school|evening|night|driving|cookery|language|access|yoga|pilates) (?:course|class|lessons?)\b/i;
/** A parameter of someone else's place ("the parking at her daughter's school"). */
const ELSEWHERE = /^\s*(?:at|of|for|in|near|outside) (?:her|his|their) /i;
/** A question about the setting answered together ("and we checked the policy"). */
const SETTLED_TOGETHER = /\b(?:and|so) we (?:checked|agreed|looked (?:at|up)|went through|read|discussed|found|wrote|drafted|sent|arranged)\b|\bI (?:explained|clarified|went through|showed (?:her|him|them))\b[^.;]{0,60}\b(?:and|so) (?:she|he|they) (?:was|were|seemed|felt|said (?:she|he|they) (?:was|were))? ?(?:satisfied|reassured|content|happy with (?:that|this|it)|fine with (?:that|this|it))\b|\b(?:and )?(?:was|were|seemed|felt|looked) (?:reassured|content|satisfied|relieved|glad|pleased)\b(?: (?:when|that) I (?:said|explained|told|confirmed)\b)?|\band I (?:showed|explained|went through|gave|talked (?:her|him|them) through) (?:(?:her|him|them) )?(?:the |our )?(?:consent|confidentiality|policy|limits|rules|form|leaflet|agreement)|,? and I (?:said|confirmed|told (?:her|him|them)|promised) (?:that )?(?:it|they|I|she|he) (?:would|could|will|can|did)\b/i;
/**
 * A question about me answered and the answer taken ("asked about my qualifications ... and was satisfied with the answer",
 * "and I explained how supervision works; she was fine with it", "and I said a little, and he said that was fair enough"):
 * a question put and settled, not a challenge.
 */
const ANSWER_TAKEN = /\b(?:was|were|seemed|looked) (?:reassured|content|satisfied)(?: (?:with|by) (?:the|my) answer)?\b|\b(?:she|he|they) (?:was|were|seemed) (?:fine|happy|ok|okay) with (?:it|that|the answer)\b|\b(?:said|thought) (?:that was|that's|it was) fair(?: enough)?\b/i;
/**
 * A few minutes on something else and then on ("talked about the council dispute for a few minutes and then said 'anyway,
 * that's not why I'm here'", "told me about the pit closures for a few minutes and then about the panic at night"): a
 * warming up the client ends, as nine look-alikes have it and no older set's marker (not when what follows is another
 * turn away: "and then changed the subject").
 */
const BRIEF_THEN = /\bfor (?:a few|a couple of|(?:the first )?(?:two|three|four|five|ten|fifteen|twenty|\d+)) minutes,? and then\b(?! (?:changed|moved on|went on|switched|turned|asked|left|checked|looked|got up|walked|started on|moved to))/i;
/**
 * A phone looked at once, or looked at and put away ("checked her phone once at the start ... and put it away", "then put
 * it in her bag"): one look, as ten look-alikes have it and no older set's marker, not a mind elsewhere.
 */
const ONE_LOOK = /^(?:checked|looked at) (?:her|his|their) (?:phone|mobile) once\b|\b(?:then|and) (?:put|slipped) it (?:away|in (?:her|his|their) (?:bag|pocket))\b/i;
/**
 * Leaving told of before, or somewhere else left ("left early to collect his grandson, which he had told us about last
 * week", "as she had told us", "left work 15 mins early for the appt"): five decoys and no marker have it.
 */
const LEAVING_ANNOUNCED = /^left (?:work|the office|school|college|home|the house)\b|\b(?:as|which) (?:she|he|they) had (?:told|said|mentioned|warned|agreed)\b/i;
/** Eyes rolled and then a laugh or a smile ("rolled her eyes at Dad's joke and laughed", "amused"): fun, as six decoys have it and no marker. */
const EYES_ROLLED_IN_FUN = /^rolled (?:her|his|their) eyes\b[^.;]{0,40}\b(?:and (?:then )?(?:laughed|smiled|grinned)|amused)\b/i;
/** An office the client deals with, named right after a judgement ("felt processed, not helped, at the job centre"). */
const AT_AN_OFFICE = /^[^.;]{0,12}\b(?:at|by|from|with|in) the (?:job ?centre|jobcentre|dwp|council|bank|benefits office|housing office|police station|court|home office|care home|a&e|job interview)\b/i;
/** Another service named by what it does ("the waiting list at the pain clinic"); "the clinic" alone is ours. */
/** A service, helper or group the client had before this one, named before what is said of it ("his old day centre 'didn't change anything'"). */
const PREVIOUS_SERVICE = /\b(?:his|her|their|the|my|an?) (?:old|previous|former|last|other|first|earlier) (?:day (?:centre|center|service|hospital)|centre|center|service|therapist|therapy|counsell?or|counselling|counseling|group|clinic|team|psychologist|psychiatrist|course|programme|program|rehab|unit|placement|worker|support worker|key ?worker|care coordinator)s?\b[^.;]{0,30}$/i;
const OTHER_SERVICE = /\b(?:at|of|in|from) the (?!(?:same|this|our) )(?:[\w-]+ ){1,2}(?:clinic|service|hospital|surgery|department|dentist)\b/i;

/** The words a rule reads: the sentence, or a window around the cue. */
type Window = (sentence: string, start: number, end: number) => string;
const SENTENCE: Window = (s) => s;
const FROM_CUE: Window = (s, start) => s.slice(start);
const AFTER = (n?: number): Window => (s, _start, end) => s.slice(end, n === undefined ? undefined : end + n);
const CUE_AND = (n: number): Window => (s, start, end) => s.slice(start, Math.min(s.length, end + n));
/** The cue and up to n characters after it, ending where "and" with a verb in the past starts a new predicate. */
const CUE_UNTIL_AND = (n: number): Window => (s, start, end) => {
  const after = s.slice(end, Math.min(s.length, end + n));
  // A past verb, regular or not ("and left", "then went"), after "and", "then" or "before".
  const and = /\s(?:and|then|before)\s+(?:then\s+)?(?=\w)/g;
  let m: RegExpExecArray | null;
  while ((m = and.exec(after))) if (PAST_VERB_START.test(after.slice(m.index + m[0].length))) return s.slice(start, end) + after.slice(0, m.index);
  return s.slice(start, end) + after;
};
const BEFORE_AND_CUE = (n: number): Window => (s, start, end) => s.slice(Math.max(0, start - n), end);
const BEFORE = (n: number): Window => (s, start) => s.slice(Math.max(0, start - n), start);
const matches = (re: RegExp) => (text: string) => re.test(text);

/** The therapy itself, just before someone's idea of it is quoted: "counselling was", "coming here was". */
const THERAPY_ITSELF_WAS = /\b(?:counsell?ing|therapy|the sessions?|these sessions|this|coming (?:here|to (?:see you|these|the sessions))|the referral)\s+(?:was|were|is|are)\s*["“]?\s*$/i;

/**
 * Readings that are not the marker a cue names, by subtype (a pattern on the subtype: /^C/ for every
 * confrontation, /^(?!TR)/ for every client marker) and, where it matters, whether the cue stands in the
 * client's quoted words. The first that holds vetoes the finding.
 */
const SUBTYPE_VETOES: { subtypes: RegExp; quoted?: boolean; window: Window; test: (words: string, cue: string) => boolean; reason: Veto }[] = [
  // Relief ("less cringe than I expected").
  { subtypes: /^C/, window: CUE_AND(40), test: matches(BETTER_THAN_FEARED), reason: 'negated' },
  // Words said with an apology ("Later he apologised and said I was 'only doing my job'"): a repair, not a complaint.
  { subtypes: /^C/, window: BEFORE(40), test: matches(/\b(?:apologi[sz]ed|said sorry)(?: (?:later|then|afterwards|straight away|quickly))?(?: (?:to me|for (?:that|it|snapping|shouting|being (?:rude|short|sharp)|earlier)))? (?:and|then|,) ?(?:then )?(?:said|added|told me|explained)\b[^.;]*$/i), reason: 'recovered' },
  // A story told with feeling is the work, not a way round it.
  { subtypes: /^W4$/, window: SENTENCE, test: matches(ENGAGED_TELLING), reason: 'word-sense' },
  // A mind changed within the sentence ("hated the exposure at first but now finds it satisfying", "I didn't
  // think this would help, but it has") is the work going well.
  { subtypes: /^(?!TR)/, window: FROM_CUE, test: matches(CHANGED_MIND), reason: 'recovered' },
  // The clock looked at as the hour ended, the time said to have flown ("could not believe an hour had gone").
  { subtypes: /^W2$/, window: SENTENCE, test: matches(TIME_FLEW), reason: 'recovered' },
  // What was agreed or arranged is no complaint and no withdrawal ("asked to move to fortnightly, which we
  // agreed", "left early to collect his son, as arranged").
  { subtypes: /^(?!TR)/, window: SENTENCE, test: matches(AGREED), reason: 'recovered' },
  // The client catching it themself ("She noticed she was laughing while talking about the overdose, stopped"): the
  // work, not a way round it.
  { subtypes: /^W[1-6]$/, window: BEFORE(30), test: matches(NOTICED_OWN), reason: 'recovered' },
  // A pause before speaking, a short start before settling in.
  { subtypes: /^W[24]$/, window: AFTER(30), test: matches(MOMENT), reason: 'recovered' },
  { subtypes: /^W2$/, window: AFTER(80), test: matches(THINKING_THEN), reason: 'recovered' },
  // Eyes closed in a practice that asks for them closed ("kept his eyes closed during the breathing practice").
  { subtypes: /^W2$/, window: SENTENCE, test: (words, cue) => /\beyes\b/i.test(cue) && /\b(?:closed|shut)\b/i.test(cue) && EYES_CLOSED_PRACTICE.test(words), reason: 'word-sense' },
  { subtypes: /^W2$/, window: AFTER(40), test: (words, cue) => AFTER_NEWS.test(words) && ROOM_GIVEN.test(cue), reason: 'recovered' },
  // A silence the client ends by speaking ("after a long silence, she said quietly, ..."): a pause before words.
  { subtypes: /^W2$/, window: (s, start, end) => s.slice(Math.max(0, start - 20), end + 30), test: (words, cue) => ROOM_GIVEN.test(cue) && SILENCE_THEN_SPOKE.test(words), reason: 'recovered' },
  // A sign with a pressing reason given for it ("checked her phone every few minutes because her daughter was in
  // labour, and told me so"): no turning away from the work.
  { subtypes: /^W2$/, window: AFTER(70), test: matches(FAMILY_REASON), reason: 'word-sense' },
  // A look or a start at a noise outside ("looked at the door each time a siren went past"): the noise, not the work.
  { subtypes: /^W2$/, window: AFTER(50), test: matches(NOISE_OUTSIDE), reason: 'word-sense' },
  // "counselling was 'his wife's idea, not mine'": the therapy itself at someone else's wish is coming because told to
  // (W7, as a cue reads it and older sets label it), not a task complained of.
  { subtypes: /^C3$/, window: BEFORE(40), test: (words, cue) => /\bidea\b/i.test(cue) && THERAPY_ITSELF_WAS.test(words), reason: 'word-sense' },
  // "You only come because he's dying": the therapist's coming, not the client's reluctance.
  { subtypes: /^W7$/, window: BEFORE(6), test: (words) => /\byou\s+$/i.test(words), reason: 'therapist-subject' },
  // "It's fine, I can do Thursdays": fine about the arrangements, not a feeling denied.
  { subtypes: /^W1$/, window: AFTER(40), test: matches(LOGISTICS), reason: 'word-sense' },
  // "I'm good" when I offered water: a drink declined, not a feeling.
  // ...or "no, I'm fine" when I asked whether the room was too warm: the room, not a feeling.
  { subtypes: /^W[12]$/, window: AFTER(70), test: matches(OFFER_DECLINED), reason: 'word-sense' },
  // Progress with the medication, the housing: not the therapy's.
  { subtypes: /^C5$/, window: SENTENCE, test: matches(OTHER_MATTERS), reason: 'word-sense' },
  // Tired after a long clinic day, explaining again because she asked: the therapist's state has another cause.
  // (Not relief that someone came in to end it: "relieved when the nurse came in to interrupt" is strain.)
  { subtypes: /^TR$/, window: SENTENCE, test: (words) => OWN_CAUSE.test(words) && !RELIEVED_AT_END.test(words), reason: 'word-sense' },
  // "Denies feeling low; mood stable": a symptom screen, not a feeling denied in the room.
  { subtypes: /^W1$/, window: SENTENCE, test: matches(SCREENING), reason: 'risk-screening' },
  // In the client's words, an opinion they used to hold, or something pointless about someone else.
  { subtypes: /./, quoted: true, window: BEFORE_AND_CUE(40), test: matches(USED_TO), reason: 'historical' },
  // (Not "it's not about me, it's about him": the turn from the self to someone else is the client's own move.)
  { subtypes: /./, quoted: true, window: AFTER(30), test: (words, cue) => AT_SOMEONE.test(words) && !/\babout me\b/i.test(cue), reason: 'third-party' },
  { subtypes: /^(?!TR)/, quoted: true, window: AFTER(50), test: matches(SAID_TO_SOMEONE), reason: 'third-party' },
  { subtypes: /^(?!TR)/, quoted: true, window: AFTER(50), test: matches(QUOTE_IS_THIRDS), reason: 'third-party' },
  { subtypes: /^(?!TR)/, quoted: true, window: AFTER(40), test: matches(SAID_TO_OTHER), reason: 'third-party' },
  { subtypes: /^(?!TR)/, quoted: true, window: AFTER(50), test: matches(SAID_ELSEWHERE), reason: 'third-party' },
  { subtypes: /^W[1-7]$/, quoted: true, window: AFTER(50), test: matches(ABOUT_EVERYDAY), reason: 'word-sense' },
  { subtypes: /^C[2-5]$/, window: BEFORE(80), test: matches(IDEA_ELSEWHERE), reason: 'third-party' },
  // "said she was 'managing perfectly well' with the stairs, and she is": the note bears the words out.
  { subtypes: /^W1$/, window: AFTER(80), test: matches(BORNE_OUT), reason: 'word-sense' },
  { subtypes: /^(?!TR)/, quoted: true, window: BEFORE(80), test: matches(TOLD_SOMEONE), reason: 'third-party' },
  // The therapist's good feelings ("found myself smiling at her description") are no strain.
  // Glad or relieved when the session ended, though, is a strain.
  // Not when the feeling turns or fades ("tender towards him and then impatient", "look forward to these less than I used to").
  // (Not a warmth overdone: "I overdid the warmth" is strain.)
  // (Not "I felt the pull to laugh along": a good word the therapist was pulled towards is the pull, not a good feeling.)
  // (The turn may come after the one the feeling is for: "tender towards her and also stuck".)
  { subtypes: /^TR$/, window: CUE_AND(60), test: (words, cue) => { const near = words.slice(0, cue.length + 10); return GOOD_FEELING.test(near) && !PULLED_TO_GOOD.test(near) && !RELIEVED_AT_END.test(words) && !FEELING_TURNED.test(words) && !OVERDONE.test(cue); }, reason: 'word-sense' },
  // The good feeling just after the words that open it ("I noticed I was | looking forward to...").
  // (The turn read past the feeling's own words: "pleased with him and didn't want to spoil it".)
  { subtypes: /^TR$/, window: AFTER(70), test: (words) => GOOD_FEELING_NEXT.test(words) && !FEELING_TURNED.test(words) && !RELIEVED_AT_END.test(words), reason: 'word-sense' },
  { subtypes: /^TR$/, window: SENTENCE, test: matches(JUDGED_SOUND), reason: 'word-sense' },
  // "I felt protective and slightly patronising": a word of complaint in what I felt myself is mine, not the client's
  // (not "I felt she was patronising me").
  { subtypes: /^C/, quoted: false, window: BEFORE(50), test: matches(I_FELT_MYSELF), reason: 'therapist-subject' },
  // The client's words placed elsewhere after the quotation, leaving somewhere else, speaking to someone else.
  { subtypes: /^(?!TR)/, quoted: true, window: AFTER(50), test: (words) => placedElsewhere(words), reason: 'third-party' },
  { subtypes: /^W2$/, window: CUE_AND(0), test: (_words, cue) => leftElsewhere(cue), reason: 'third-party' },
  { subtypes: /^W4$/, window: CUE_AND(0), test: matches(SPOKE_TO_SOMEONE), reason: 'third-party' },
  // Progress against before, a request made of the client, laughter shared, a house gone quiet, an apology's words.
  { subtypes: /^(?!TR)/, window: CUE_AND(40), test: matches(IMPROVED), reason: 'recovered' },
  { subtypes: /^(?!TR)/, window: BEFORE(20), test: (words, cue) => ASKED_OR_TOLD.test(cue) && PASSIVE_BEFORE.test(words), reason: 'third-party' },
  { subtypes: /^W[2346]$/, window: SENTENCE, test: matches(SHARED_LAUGH), reason: 'word-sense' },
  { subtypes: /^C/, window: SENTENCE, test: (words) => JOKE.test(words) || SHARED_LAUGH.test(words), reason: 'word-sense' },
  // Only an action: a feeling on the drive back is still the therapist's reaction.
  { subtypes: /^TR$/, window: AFTER(60), test: (words, cue) => (ERRAND_ACTION.test(cue) || ERRAND_NEXT.test(words)) && THERAPIST_ERRAND.test(words), reason: 'word-sense' },
  { subtypes: /^W2$/, window: BEFORE(20), test: (words, cue) => /^(?:does|do|doesn'?t|don'?t)\b/i.test(cue) && WHENEVER_BEFORE.test(words), reason: 'word-sense' },
  { subtypes: /^W2$/, window: BEFORE(30), test: matches(THING_SUBJECT), reason: 'word-sense' },
  { subtypes: /^W2$/, quoted: false, window: BEFORE(60), test: (words, cue) => /^(?:was|were|fell|went|became|remained|stayed|grew|got)\b/i.test(cue) && OTHER_SUBJECT.test(words), reason: 'third-party' },
  { subtypes: /^C/, window: BEFORE(60), test: matches(APOLOGY_BEFORE), reason: 'recovered' },
  // Quiet because reflective is not withdrawal; a story the client enjoys is no way round the work.
  { subtypes: /^W2$/, window: SENTENCE, test: matches(REFLECTIVE), reason: 'recovered' },
  { subtypes: /^W4$/, window: SENTENCE, test: matches(ENJOYED), reason: 'recovered' },
  // Silence at home, defensive with his sister, switching to something lighter at the gym: the sign is
  // outside the session, or aimed at someone else.
  { subtypes: /^(?:W2|W4|C6|C7)$/, quoted: false, window: AFTER(40), test: matches(OUTSIDE), reason: 'third-party' },
  // (A place inside the client's quoted words is no place of the act: 'said he would "have a look at home" and put it in his pocket'.)
  { subtypes: /^(?:W2|W4)$/, quoted: false, window: BEFORE(60), test: (words) => OUTSIDE_BEFORE.test(words.replace(/["“][^"“”]*["”]/g, (q) => ' '.repeat(q.length))) && !ASKED_ABOUT_THERE.test(words), reason: 'third-party' },
  { subtypes: /^(?:C1|C6)$/, quoted: false, window: CUE_AND(30), test: (words, cue) => !/\b(?:me|my|I|T|Th|(?:the )?therapist)\b/.test(cue) && THIRD_PARTY_OBJECT.test(words), reason: 'third-party' },
  // Words in quotation marks spoken by someone else ("Her friend said therapy is 'a waste of money'").
  { subtypes: /./, quoted: true, window: BEFORE(80), test: matches(QUOTED_BY_THIRD), reason: 'third-party' },
  { subtypes: /./, quoted: true, window: BEFORE(60), test: matches(NAMED_BY_SOMEONE_OF_THEIRS), reason: 'third-party' },
  { subtypes: /./, window: BEFORE(80), test: matches(NAMED_LIST), reason: 'word-sense' },
  { subtypes: /^C/, quoted: true, window: BEFORE(60), test: (words, cue) => THOUGHT_QUOTED.test(words + cue), reason: 'word-sense' },
  { subtypes: /^(?!TR)/, window: BEFORE(80), test: (words, cue) => /["“]/.test(cue) && (OPINION_OF_THIRD.test(words) || TOLD_BY_THIRD.test(words)), reason: 'third-party' },
  // ("his neighbour thinks grab rails are for old people": someone else's verdict on a thing, in the note's words.)
  { subtypes: /^C[2-5]$/, quoted: false, window: BEFORE(60), test: (words) => OPINION_OF_THIRD.test(words), reason: 'third-party' },
  { subtypes: /^(?!TR)/, window: CUE_AND(0), test: (_words, cue) => SAID_OTHERS_THINK.test(cue), reason: 'third-party' },
  // Talk before the session began is not a turn from its work ("talked about her favourite band before we started").
  { subtypes: /^W4$/, window: AFTER(50), test: (words) => BEFORE_WE_STARTED.test(words), reason: 'word-sense' },
  // "changed the subject to his apprentice at the end, when we had finished": the work was done; the talk after it is
  // no way round it. "put her earbuds in on the way out", "put his hood up when he went out to the bus": dressed for
  // going, not shut off from me.
  { subtypes: /^W[24]$/, quoted: false, window: AFTER(80), test: (words) => AFTER_WE_FINISHED.test(words), reason: 'word-sense' },
  { subtypes: /^W2$/, quoted: false, window: AFTER(40), test: (words, cue) => PUT_ON_FOR_OUT.test(cue) && ON_LEAVING.test(words), reason: 'word-sense' },
  // "asked if I could write a letter for his employer, and I did": a question or a request of mine answered, and no more.
  { subtypes: /^(?:C|W2)/, quoted: false, window: AFTER(130), test: (words) => ANSWERED_AND_DONE.test(words), reason: 'recovered' },
  // "talked about her husband for a long time": a person of the client's life told of at length.
  { subtypes: /^W[34]$/, quoted: false, window: SENTENCE, test: (words, cue) => { const at = words.indexOf(cue); return at >= 0 && TOLD_OF_SOMEONE.test(words.slice(at)) && !ASKED_ELSE_BEFORE.test(words.slice(0, at)); }, reason: 'word-sense' },
  // "refused to go to the party, which he said was a good decision for him": what was done, called good after it.
  { subtypes: /^[WC]/, quoted: false, window: AFTER(120), test: (words) => CALLED_GOOD_AFTER.test(words), reason: 'recovered' },
  // "said she was angry with me for going away, and we stayed with it": the moment taken up together there and then.
  { subtypes: /^[WC]/, quoted: false, window: AFTER(140), test: (words) => TAKEN_UP_TOGETHER.test(words), reason: 'recovered' },
  // "looked at the window when she talked about the mountain, and then back at me": a look away that came back.
  { subtypes: /^W2$/, quoted: false, window: AFTER(80), test: (words, cue) => /^(?:looked|looks|looking|glanced|glances|stared|stares|gazed|gazes)\b/i.test(cue) && /^[^.;]{0,70},? (?:and )?then (?:looked |turned |came )?back (?:at|to) me\b/i.test(words), reason: 'recovered' },
  // A mixed verdict the same breath settles: the leaflet "a bit clinical" but useful.
  { subtypes: /^C[23]$/, window: CUE_AND(40), test: (words, cue) => BUT_GOOD.test(words.slice(cue.length)), reason: 'recovered' },
  { subtypes: /^(?!TR)/, quoted: true, window: BEFORE(60), test: matches(QUOTE_OF_THIRD), reason: 'third-party' },
  // A thought of mine in quotation marks ('I felt myself getting fused with "this isn't working" too'), and a thought the
  // client stepped back from ('unhooked from "I'm too broken for this" with the defusion exercise').
  { subtypes: /^(?!TR)/, window: BEFORE(60), test: matches(MY_OWN_THOUGHT), reason: 'therapist-speech' },
  { subtypes: /^(?!TR)/, window: BEFORE(60), test: matches(STEPPED_BACK_FROM), reason: 'word-sense' },
  // A content/affect split needs content that should hurt: laughing about the grandchildren is no split.
  { subtypes: /^W6$/, window: SENTENCE, test: (s) => BENIGN.test(s) && !PAINFUL.test(s) && !INCONGRUENCE.test(s), reason: 'word-sense' },
  // So does an account told without feeling: the holiday "with no feeling" is no detachment.
  { subtypes: /^W3$/, window: SENTENCE, test: (s, cue) => /\b(?:feeling|emotion|affect|monotone|flat)/i.test(cue) && BENIGN.test(s) && !PAINFUL.test(s), reason: 'word-sense' },
  // Someone else as the subject of the words: "He said his friends must have heard it all before".
  { subtypes: /^W/, window: BEFORE(30), test: matches(/\b(?:his|her|their) (?:[\w-]+ )?(?:friends|family|mates|kids|children|wife|husband|partner|sister|brother|mum|dad|mother|father|colleagues|boss|neighbours?|team)(?: (?:must|would|might|will|may|should))?(?: have)?\s*$/i), reason: 'third-party' },
  // Talk given somewhere else ("talked about attachment theory in a seminar this week"): not the talk of the session.
  { subtypes: /^W[34]$/, window: AFTER(40), test: matches(/^[^.;]{0,40}?\b(?:in|at|during|to) (?:a|an|her|his|their|the|this week's|last week's) (?:seminar|lecture|conference|class|lesson|tutorial|training(?: day)?|workshop|team meeting|staff meeting|work meeting|supervision group|reading group|journal club|webinar)\b/i), reason: 'word-sense' },
  // (A look to a parent before every answer is the client's withdrawal from the therapist, not a response to the parent;
  // "said 'fine now' and moved on to her sister's wedding": a new predicate after "and" names no one spoken to;
  // "apologised to his boss for taking up her time": appeasing someone else.)
  { subtypes: /^W[125]$/, quoted: false, window: CUE_UNTIL_AND(30), test: (words, cue) => toSomeoneElse(words) && !BEFORE_ANSWERING.test(cue) && !BACK_TO.test(cue) && !ANSWERED_THROUGH.test(cue) && !QUESTION_PUT_TO.test(cue), reason: 'third-party' },
  // "would rather not go into the details of the surgery with her children": a topic avoided with someone else.
  { subtypes: /^W4$/, quoted: false, window: CUE_AND(60), test: matches(TALKED_WITH_SOMEONE_ELSE), reason: 'third-party' },
  // Quiet at first, then warming up: the session moved on from it.
  { subtypes: /^W[24]$/, window: AFTER(), test: matches(WARMED_UP), reason: 'word-sense' },
  // A topic taken up in the work, quiet while absorbed in a drawing: no way round the work, no withdrawal.
  { subtypes: /^W[34]$/, window: AFTER(), test: matches(TAKEN_UP), reason: 'recovered' },
  { subtypes: /^W2$/, window: AFTER(40), test: matches(ABSORBED), reason: 'recovered' },
  { subtypes: /^W5$/, window: SENTENCE, test: matches(AT_THE_ENDING), reason: 'recovered' },
  // Agreeing and adding a step of one's own is taking the plan up ("agreed to each step and added one of her own").
  { subtypes: /^W5$/, window: CUE_AND(40), test: matches(ADDED_OWN), reason: 'recovered' },
  // (Leaving halfway through is leaving whatever it was for: "left halfway through to see about his benefits".)
  // Said and then done all the same, or with time to spare: the time left put to use together ("looked at the clock and said
  // he had ten minutes ..., so we used them for the plan"), "so there was no rush", a "next question" grinned and answered,
  // knees up on the sofa while she ate the whole snack, "nothing to tell" about a weekend because she had flu.
  // (A phone or a door "answered" is no question taken up.)
  { subtypes: /^W[12]$/, quoted: false, window: AFTER(120), test: (words, cue) => GONE_ON_WITH.test(words) && !(/\banswered\b/i.test(words) && /\b(?:phone|mobile|call|door)\b/i.test(cue + ' ' + words.slice(0, 60))), reason: 'word-sense' },
  // "turned to the window to show me the bird feeder": a turn with a reason given after it, as a look at the phone has.
  { subtypes: /^W4$/, quoted: false, window: AFTER(60), test: (words, cue) => /^(?:turned|moved|went) (?:round )?(?:to|towards?) (?:the )?(?:window|door|wall|garden|shelf|shelves|bookcase|desk|table|cupboard)\b/i.test(cue) && FOR_A_REASON.test(words), reason: 'word-sense' },
  { subtypes: /^W2$/, quoted: false, window: AFTER(60), test: (words, cue) => FOR_A_REASON.test(words) && !/^left (?:halfway|half way|part way|midway) through\b/i.test(cue) && (!ASKED_TO_END.test(cue) || AGREED_BEFORE.test(words)), reason: 'word-sense' },
  { subtypes: /^W/, window: AFTER(40), test: matches(ADVISED_STEP), reason: 'recovered' },
  // "asked if we could keep the video off next time": an arrangement asked for, not the camera off now.
  { subtypes: /^W2$/, window: BEFORE(40), test: matches(ARRANGEMENT_ASKED), reason: 'hypothetical' },
  { subtypes: /^W[12]$/, window: BEFORE(90), test: matches(ASKED_WHAT_WHEN), reason: 'hypothetical' },
  // "pushed the sheet across for me to see": the thing passed over to show me, not pushed away.
  { subtypes: /^C/, window: AFTER(40), test: (words) => /^[^.;]{0,25}\b(?:for me to (?:see|read|look at)|so (?:that )?(?:I|we) could (?:see|read|look at))\b/i.test(words), reason: 'word-sense' },
  // ...or handed back done: "pushed the sheet back across the table when he had finished it".
  { subtypes: /^C3$/, quoted: false, window: AFTER(40), test: (words, cue) => /^(?:pushed|pushes|slid|slides|handed|hands|passed|passes|gave|gives)\b[^.;]{0,40}\bback\b/i.test(cue) && /^[^.;]{0,25}\b(?:when|once|after) (?:she|he|they) (?:had |'d )?(?:finished|completed|done|filled (?:it|them) in)\b/i.test(words), reason: 'recovered' },
  // "not a drawing person but had a go": the objection and then the task tried after all.
  { subtypes: /^C3$/, window: AFTER(40), test: (words) => /^[^.;]{0,15}\bbut (?:had a (?:go|try)|gave it a (?:go|try)|tried (?:it|anyway)|did it(?: anyway)?)\b/i.test(words), reason: 'recovered' },
  // "would not sit down until the tea was handed round": hospitality, not a refusal.
  { subtypes: /^C/, window: AFTER(30), test: (words, cue) => /\bsit(?:ting)? down\b/i.test(cue) && /^\s*until\b/i.test(words), reason: 'word-sense' },
  // "Questions about the homework got a long and thoughtful answer": my questions, answered, not the client's.
  { subtypes: /^C/, window: AFTER(60), test: (words, cue) => /^questions?\b/i.test(cue) && /^\s*(?:got|received|drew|brought|were met with|was met with|had) (?:a |an )?(?:[\w-]+,? (?:and )?){0,3}(?:answers?|repl(?:y|ies)|responses?)\b/i.test(words), reason: 'word-sense' },
  // "Brushed off is how it felt": a feeling of the writer's, named first and owned after.
  { subtypes: /^W/, window: AFTER(60), test: (words) => /^[^.;]{0,40}\b(?:is|was) (?:how|what) (?:it|I) felt\b/i.test(words), reason: 'therapist-subject' },
  { subtypes: /^W[24]$/, window: AFTER(70), test: matches(HOW_THEY_ARE), reason: 'word-sense' },
  // "Her son told her 'you can't make me' about broccoli, and she laughed telling me": the laugh is at someone
  // else's line, retold.
  { subtypes: /^W6$/, window: SENTENCE, test: (words, cue) => /^(?:laughed|smiled|giggled|chuckled)\b/i.test(cue) && RETOLD_LINE.test(words), reason: 'third-party' },
  { subtypes: /^W4$/, quoted: false, window: BEFORE(200), test: matches(SESSION_STEP_OPENING), reason: 'therapist-subject' },
  // "said he was fine despite the long drive": fine in spite of the day's circumstances, not in spite of a sign of how they are.
  { subtypes: /^W1$/, window: AFTER(40), test: matches(DESPITE_THE_DAY), reason: 'word-sense' },
  // '"fine" after the night shift, and he looked it', '"fine, really", her voice warm and steady': a state the note bears out.
  { subtypes: /^W1$/, window: AFTER(80), test: matches(FINE_BORNE_OUT), reason: 'word-sense' },
  // "was on his phone when I came to get him from the waiting room": before the session, not in it.
  { subtypes: /^W2$/, window: AFTER(60), test: (words) => /^[^.;]{0,15}\b(?:(?:when|as|while|before) (?:I|T|we) (?:came|went) (?:out )?to (?:get|fetch|collect|call) (?:him|her|them)\b|in the waiting (?:room|area)\b)/i.test(words), reason: 'word-sense' },
  // '"not a big deal" anymore', 'no big deal these days': what used to be hard, said to be easy now (not "now": "over it
  // now, honestly" is the denial itself).
  { subtypes: /^W1$/, window: AFTER(20), test: (words) => /^\s*["”']?\s*(?:any ?more|these days|nowadays)\b/i.test(words), reason: 'recovered' },
  // "would not say who sent the flowers, smiling", "because it was a surprise": held back in play, not withdrawn.
  { subtypes: /^W2$/, quoted: false, window: AFTER(60), test: matches(IN_PLAY), reason: 'recovered' },
  { subtypes: /^C3$/, quoted: false, window: AFTER(20), test: matches(FROM_SOMEONE), reason: 'third-party' },
  // "Said I was too young to understand": the client's words about the therapist, not the therapist's state.
  { subtypes: /^TR$/, quoted: false, window: BEFORE(30), test: (words, cue) => /^I\b/.test(cue) && CLIENT_SAYS_I.test(words) && !MY_OWN_HEAD.test(words), reason: 'third-party' },
  { subtypes: /^TR$/, quoted: false, window: BEFORE(60), test: (words, cue) => CLIENT_VIEW_OF.test(words + cue.split(/\s+/)[0]), reason: 'third-party' },
  { subtypes: /^TR$/, quoted: false, window: BEFORE(100), test: (words, cue) => /^I\b/.test(cue) && CLIENT_SAID_AND_THAT.test(words), reason: 'third-party' },
  // What the client says of the therapist is no withdrawal of the client's own (flattery, W5, is).
  { subtypes: /^W[1-467]$/, window: BEFORE(60), test: matches(QUOTE_ABOUT_ME), reason: 'word-sense' },
  // School homework, the parking at her daughter's school: not the therapy's.
  { subtypes: /^C[35]$/, window: SENTENCE, test: (words) => SCHOOLWORK.test(words) && !LIKE_SCHOOLWORK.test(words), reason: 'word-sense' },
  { subtypes: /^C4$/, quoted: false, window: AFTER(30), test: matches(ELSEWHERE), reason: 'third-party' },
  { subtypes: /^C[34]$/, quoted: false, window: CUE_AND(40), test: matches(OTHER_SERVICE), reason: 'third-party' },
  // (Not what sets it against me: 'his old counsellor was "nicer than you\'ll ever be"'.)
  { subtypes: /^(?:C[1-5]|W7)$/, window: BEFORE(60), test: (words, cue) => PREVIOUS_SERVICE.test(words) && !/\b(?:you|your|you'll|you're|I|me|my|here)\b/i.test(cue), reason: 'historical' },
  // "asked whether his manager would be told ..., and we checked the policy together": a question settled together.
  { subtypes: /^C4$/, window: AFTER(80), test: matches(SETTLED_TOGETHER), reason: 'recovered' },
  { subtypes: /^W4$/, window: CUE_AND(40), test: matches(BRIEF_THEN), reason: 'recovered' },
  { subtypes: /^W2$/, window: CUE_AND(70), test: (words, cue) => /^(?:checked|looked at) (?:her|his|their) (?:phone|mobile)\b/i.test(cue) && ONE_LOOK.test(words), reason: 'word-sense' },
  { subtypes: /^W2$/, window: CUE_AND(80), test: (words, cue) => /^left\b/i.test(cue) && LEAVING_ANNOUNCED.test(words), reason: 'word-sense' },
  { subtypes: /^(?:W2|C[1-7])$/, window: CUE_AND(50), test: (words, cue) => /^rolled (?:her|his|their) eyes\b/i.test(cue) && EYES_ROLLED_IN_FUN.test(words), reason: 'word-sense' },
  { subtypes: /^C1$/, window: AFTER(80), test: (words, cue) => /^(?:asked|wondered|wanted to know)\b/i.test(cue) && ANSWER_TAKEN.test(words), reason: 'recovered' },
  { subtypes: /^(?:C[1-7]|W7)$/, quoted: false, window: AFTER(40), test: matches(AT_AN_OFFICE), reason: 'third-party' },
  { subtypes: /^C3$/, quoted: false, window: SENTENCE, test: matches(OTHER_FORM), reason: 'third-party' },
  // "refused to swap seats with her sister": refusing someone else.
  { subtypes: /^C3$/, quoted: false, window: CUE_UNTIL_AND(30), test: (words) => toSomeoneElse(words) && !ENACTED_WITH.test(words) && !ANSWERS_MY_MOVE.test(words), reason: 'third-party' },
  // "The gym was a waste of money": a judgement of something that is not the therapy.
  { subtypes: /^C[2-5]$/, quoted: false, window: BEFORE(50), test: (words) => judgesSomethingElse(words), reason: 'third-party' },
  { subtypes: /^C[2-5]$/, window: BEFORE(50), test: (words) => judgedAsSomethingElse(words), reason: 'third-party' },
  // Someone else's remark brushed off (the frame's finding ends at the person: the window takes in the "'s").
  { subtypes: /^(?:C2|W1)$/, window: CUE_AND(3), test: matches(THIRD_PARTYS), reason: 'third-party' },
  // ...or what others think of the client, laughed off ("some of the lads think Listeners are going soft, and laughed it off").
  { subtypes: /^W1$/, window: BEFORE(80), test: (words, cue) => /\boff\b/i.test(cue) && OTHERS_THINK.test(words), reason: 'third-party' },
  { subtypes: /^W4$/, window: CUE_AND(0), test: (_words, cue) => MOVED_TO_PLACE.test(cue), reason: 'word-sense' },
  { subtypes: /^C5$/, window: BEFORE(60), test: matches(MEDICATION_MADE), reason: 'third-party' },
  { subtypes: /^W6$/, window: AFTER(80), test: matches(FITS_NOW), reason: 'recovered' },
  { subtypes: /^TR$/, window: SENTENCE, test: matches(RELIEVED_FOR), reason: 'word-sense' },
  // Told calmly, then the voice broke: the feeling came.
  { subtypes: /^W[136]$/, window: AFTER(60), test: matches(FEELING_ARRIVED), reason: 'recovered' },
  // Shrugged off a cold: no denial, no shrug at a question.
  { subtypes: /^W[12]$/, window: CUE_AND(30), test: matches(ILLNESS), reason: 'word-sense' },
  // "His manager was putting words in his mouth", "her daughter keeps jumping between topics": someone
  // else's move.
  // (Not when the cue opens with its own subject: "When I came back to his brother he said...".)
  // ("sat between her parents with her knees up": a person after a preposition is no subject.)
  { subtypes: /^(?!TR)/, quoted: false, window: BEFORE(50), test: (words, cue) => ((THIRD_PARTY_SUBJECT.test(words) && !AFTER_PREPOSITION.test(words)) || RELATIVE_THIRD.test(words)) && !/^(?:she|he|they)\b/i.test(cue) && !SENT_TO_BE_RID_OF.test(cue), reason: 'third-party' },
];

/**
 * A cue that says the therapist was passed over for someone or something else: "rather than to me", "and not me";
 * "would only talk to his mum" (only someone else); "looked at her husband every time I asked", "the whole time I was
 * speaking" (the therapist named as the one not answered); "fobbed me off with you" (the therapist the complaint is
 * about); "sent him to a shrink" (the therapy is what the complaint is about, whoever did the sending). Someone else
 * named in such a cue is no third party the move is about.
 */
/**
 * The client's words, said by the client (the sentence opens on the verb of speech or a pronoun says it), that turn on
 * me with "you" set against someone else: 'Said the physio "gets me walking, you just get me talking"', 'she said the
 * physio had told her the same and that "none of you have had a back like mine"', 'Asked whether his daughter had "put
 * you up to this"' (not someone else speaking to me: 'Her father said "she ate everything, you can ask her"').
 */
const CLIENT_SAYS = /^\s*(?:(?:[-*•]\s*)?(?:said|says|asked|asks|told me|added|replied|answered)\b|(?:she|he|they|pt|client|clt)\s+(?:said|says|asked|asks|told me|added|replied|answered)\b)/i;
const OTHERS_SAYING = /\b(?:say|says|said|saying|call|calls|called|told|tells|used to|puts? it)\b/i;
const YOU_SET_AGAINST = /\b(?:none of you|you lot|you people|you(?:'re|’re| are)? (?:just|only)|you'd be|you’d be|put you)\b/i;
function setAgainstMe(sentence: string, start: number): boolean {
  const open = Math.max(sentence.lastIndexOf('"', start), sentence.lastIndexOf('“', start));
  if (open < 0 || (sentence.slice(0, open).match(/["“”]/g) ?? []).length % 2 === 1) return false;
  const close = sentence.slice(open + 1).search(/["”]/);
  const quote = sentence.slice(open, close < 0 ? sentence.length : open + 1 + close);
  // (The words close the sentence, and no one else's saying stands between: 'her late husband used to say "..."', '"you
  // lot" was her mother's saying'.)
  const lead = sentence.slice(0, open).replace(/^.*[;:]\s*/, '');
  return YOU_SET_AGAINST.test(quote) && CLIENT_SAYS.test(lead) && !OTHERS_SAYING.test(lead.replace(CLIENT_SAYS, ''))
    && close >= 0 && /^["”]?[.!?]?\s*$/.test(sentence.slice(open + 2 + close));
}

/** A clause of the client's inside a cue that opens on the therapist's move: "named the anger he flatly denied it". */
const CLIENT_CLAUSE_IN_CUE = /^\S+\b[^.;"“]*?[\s,](?:he|she|they)\s+(?:\w+ly\s+)?(?!(?:asked|answered|replied|added|wondered|queried|wanted)\b)(?:\w+ed|went|got|gave|took|shook|told|made|sat|kept|left|began|fell|grew|turned|looked)\b/i;

const PASSES_OVER_ME = /\b(?:rather than|instead of|and not|not)\s+(?:(?:asking|telling|talking to|answering)\s+)?(?:to\s+|at\s+|with\s+)?me\s*$|^(?:would|will|could) only (?:read|talk|speak|answer|whisper|sign|write)\b|\b(?:every|each) time (?:I|T) (?:asked|spoke)\b|\bthe whole time (?:I|T) (?:was )?(?:speaking|talking|spoke|talked)\b|\boff (?:with|onto) you\b|\bsent (?:him|her|them|me) (?:to|for) (?:a |an |the |some )?(?:shrink|therapist|counsell?or|psychologist|head ?doctor|therapy|counsell?ing|psychology|talking therapy)\b/i;

export function veto(ctx: CueContext, opts: { negative?: boolean; speech?: boolean; inQuote?: boolean; clientMove?: boolean; quoted?: boolean; subtype?: string }): Veto | undefined {
  const { sentence, start, end } = ctx;
  // "talked to the dog rather than to me": whoever else is named, the therapist is the one turned from.
  // ...and 'said the physio "gets me walking, you just get me talking"': the client's words set someone else against me.
  // (Read only when a third-party rule would veto: most candidates meet none.)
  let passesOverMe: boolean | undefined;
  const overMe = (): boolean => (passesOverMe ??= PASSES_OVER_ME.test(sentence.slice(start, end)) || setAgainstMe(sentence, start));
  // 'Said "I see the dead every day, my grandmother's just another one"': the client's own dead made one more of the work's
  // is a denial of the client's (W1), whoever is named.
  const oneMore = opts.subtype === 'W1' && ONE_MORE_OF_MANY.test(sentence.slice(start, end));
  for (const rule of SUBTYPE_VETOES) {
    if (!rule.subtypes.test(opts.subtype ?? '') || (rule.quoted !== undefined && rule.quoted !== !!opts.inQuote)) continue;
    if (!rule.test(rule.window(sentence, start, end), sentence.slice(start, end))) continue;
    if (rule.reason === 'third-party' && (oneMore || overMe())) continue;
    return rule.reason;
  }
  // "This writer noticed embarrassment and a wish to change the subject": the wish, and what it was to do, the writer's.
  if (opts.clientMove && !opts.inQuote && WISH_TO.test(sentence.slice(0, start)) && WRITER_OPENS.test(sentence)) return 'therapist-subject';
  // 'sorted every card onto the "doesn't matter" pile': words in quotation marks that name a pile, a box or a column
  // of the work are its label, not anything said.
  if (QUOTED_LABEL.test(sentence.slice(end))) return 'word-sense';
  // "my own impatience with the pace": outside the client's words, "my own" is the therapist's.
  if (opts.clientMove && !opts.inQuote && /(?:^|[^\w'’])my\s+own\s+$/i.test(sentence.slice(0, start))) return 'therapist-subject';
  // "I felt unwelcome and was relieved when she asked me to go": the client's act as the occasion of the therapist's
  // reaction is told for the reaction, as the refusal frame reads "I felt relieved when she refused".
  if (opts.clientMove && !opts.quoted && !opts.inQuote && OCCASION_OF_REACTION.test(sentence.slice(0, start))) return 'therapist-subject';
  // "I felt guilty about the email and then irritated that I felt guilty": a feeling word in a sentence the therapist's
  // feeling opens, with no one else named before it, is the therapist's too.
  if (opts.clientMove && !opts.quoted && !opts.inQuote && FEELING_WORD_START.test(sentence.slice(start, end)) && THERAPIST_FEELING_RUN.test(sentence.slice(0, start))) return 'therapist-subject';
  // "I felt a tug to let him off and a tug to push, and said nothing for too long": after "and", a past verb in a
  // sentence the therapist's feeling opens, with no client subject before it, is still the therapist's. (None of these
  // three reads the client's own words, a block quote or a "C:" line, where "I" is the client, as the rule for "I ...
  // and" below does not.)
  if (opts.clientMove && !opts.quoted && !opts.inQuote && FEELING_THEN_AND.test(sentence.slice(0, start)) && (PAST_VERB_START.test(sentence.slice(start, end)) || /^(?:said|was|became)\b/i.test(sentence.slice(start, end)))) return 'therapist-subject';
  // ...and so is a doing the verb before it keeps up: "I felt hemmed in and kept checking my watch".
  if (opts.clientMove && !opts.quoted && !opts.inQuote && FEELING_THEN_KEPT.test(sentence.slice(0, start)) && /^[a-z]+ing\b/i.test(sentence.slice(start, end))) return 'therapist-subject';
  // "We moved on to the next item": a joint step, not the client's move.
  if (opts.clientMove && !opts.inQuote && /(?:^|[^\w'’])we\s+(?:\w+ly\s+)?$/i.test(sentence.slice(0, start))) return 'therapist-subject';
  const [from, to] = clauseBounds(sentence, start, end);
  const clause = sentence.slice(from, to);
  // A cue that starts with its own subject ("I felt", "she shrugged") is a new statement.
  const ownSubject = SUBJECT_START.test(sentence.slice(start, end));
  // A client's move described with the therapist as subject ("I became defensive") is the therapist's reaction; not when the
  // client says it of me ("He said I would not last a week at his job"), nor when the cue goes on to the client's own clause
  // ("When I named the anger he flatly denied it").
  if (opts.clientMove && !opts.quoted && !opts.inQuote && !CLIENT_SAYS_I.test(sentence.slice(from, start).replace(/(?:I|T)\s+$/, '')) && !CLIENT_CLAUSE_IN_CUE.test(sentence.slice(start, end)) && /(?:^|[^\w'’])(?:I|T|(?:[Tt]his )?[Ww]riter)(?:['’]d)?\s+(?:(?:had|have|was|had been)\s+)?(?:\w+ly\s+)?(?:(?:noticed|caught|found|saw|felt) myself\s+(?:(?:getting|being|becoming|growing|feeling)\s+)?)?$/.test(sentence.slice(from, start))) return 'therapist-subject';
  // "I tried to sound like someone who knows football": what the therapist wanted to seem, not a client's complaint ("She
  // said I sound like someone who knows nothing" keeps it).
  if (opts.clientMove && !opts.quoted && !opts.inQuote && THERAPIST_SEEMING.test(sentence.slice(from, start))) return 'therapist-subject';
  // "I found myself reassuring her rather than staying with it": what the therapist did instead is still theirs.
  if (opts.clientMove && !opts.quoted && !opts.inQuote && /^(?:rather than|instead of)\b/i.test(sentence.slice(start, end))
    && /(?:^|[^\w'’])(?:I|T)\s+(?:[\w'’]+\s+){0,5}$/.test(sentence.slice(from, start))) return 'therapist-subject';
  // "I was bored and checked the clock": the therapist is still the subject after "and".
  // (Not when that "I" opens a clause of "when" after the client's own: "She sighed when I raised it and looked away".)
  const afterClientsWhen = () => /\b(?:when|while)\s*$/i.test(sentence.slice(0, from)) && !/^\s*(?:I|T|Th|when|while)\b/i.test(sentence);
  if (opts.clientMove && !opts.quoted && !opts.inQuote && !ownSubject
    && ((/(?:^|[^\w'’])(?<!\b(?:Mr|Mrs|Ms|Miss|Dr)\.? )(?:I|T|Th)\s+(?:[\w'’]+\s+){0,4}and\s+$/.test(sentence.slice(from, start)) && !afterClientsWhen())
      // "I said I had got it wrong, and turned back to her question": the comma does not bring in a new subject.
      || THERAPIST_THEN_AND.test(sentence.slice(0, start)))) return 'therapist-subject';
  // NegEx: a negation reaches at most five words forward, within its clause; a cue that starts with its
  // own subject ("I felt", "she shrugged") is a new statement that an earlier negation does not reach.
  // Nor does it reach out of a quotation into the words after it ('said it was "no big deal" and changed the subject').
  const head = sentence.slice(from, start);
  let words = (opts.inQuote ? head : head.slice(Math.max(head.lastIndexOf('"'), head.lastIndexOf('”'), head.lastIndexOf('“')) + 1)).split(/\s+/).filter(Boolean).slice(-NEGATION_WINDOW);
  // "said nothing in the round and left at the break": a verb in the past after "and" is a new predicate.
  const and = words.lastIndexOf('and');
  // So is a refusal of its own ("drew a house with no windows and would not say who lived there").
  if (and >= 0 && (PAST_VERB_START.test(sentence.slice(start, end)) || OWN_REFUSAL_START.test(sentence.slice(start, end)))) words = words.slice(and + 1);
  const ownClause = subjectOpensClause(sentence, start, end);
  if (ownClause) words = [];
  const before = words.join(' ');

  // "wasn't sure what coming here was 'supposed to fix'": a doubt voiced, not the cue denied.
  const negatable = before.replace(PSEUDO_NEGATION, ' ');
  // "did not do the exposures because 'spinning in a chair is ridiculous'": the work not done is the negation's; the
  // reason the client gives for it, in their quoted words, is not negated.
  // (...or the client's words on the part not done, after a comma or a colon: 'not practising the mindfulness track, "it just
  // makes me notice the pain more"'.)
  const reasonQuoted = /\bbecause,?\s+["“]|[,:]\s*["“]/i.test(sentence.slice(start, end));
  if (!opts.negative && !opts.inQuote && !ownSubject && !reasonQuoted && (NEGATION.test(negatable) || NEGATION_PHRASE.test(negatable))) return 'negated';
  // A negation phrase opening the sentence covers the list that follows ("No signs of withdrawal or disengagement").
  if (!opts.inQuote && NEGATION_PHRASE.test(sentence.slice(0, start)) && !/\b(?:but|however|though)\b/i.test(sentence.slice(0, start))) return 'negated';
  // A cue that opens with "and" and a verb in the past is a new predicate the hypothetical does not reach
  // ("I had assumed the diagram would suit her and felt a bit foolish"); so is a past verb after "and" that follows a
  // modal ("said he would need to think about it and changed the subject").
  if (!opts.inQuote && HYPOTHETICAL.test(sentence.slice(0, start)) && !/["“]/.test(sentence.slice(0, start)) && !/^and\s+(?:felt|\w+ed)\b/i.test(sentence.slice(start, end)) && !ownClause
    && !(MODAL_THEN_AND.test(sentence.slice(0, start)) && /^(?:\w+ed|felt|went|left|took|gave|kept|sat|stood|got|made|said|told|spoke|began|turned)\b/i.test(sentence.slice(start, end)))
    && hypotheticalScope(sentence, start)) return 'hypothetical';
  // The therapist's feeling now about last time is a reaction now ("I felt anxious about having pushed last time").
  // History in the client's quoted words ("'is what made me worse last time'") is theirs, not the note's.
  if (!opts.inQuote && !(opts.subtype === 'TR' && ownSubject) && HISTORY.test(historyWords(clause, sentence.slice(start, end), opts.subtype))) return 'historical';
  // A fear voiced as "what if it makes everything worse" is no complaint.
  if (opts.inQuote && /\bwhat if\b/i.test(sentence.slice(Math.max(0, start - 30), Math.min(end, start + 15)))) return 'hypothetical';
  if (RISK.test(clause) && /\bden(?:y|ies|ied)\b|\bno\b|hopeless/i.test(clause)) return 'risk-screening';
  if (WORD_SENSE.test(clause) || WITHDRAWAL_SCALE.test(clause)) return 'word-sense';
  // "Late" for the dead is no lateness; a cue of affect that does not fit (W6) reads the death as its content, and so does
  // a cue that holds the whole "late husband" ("talked about her late husband's garden instead").
  if (LATE_PERSON.test(clause) && /\blate\b/i.test(sentence.slice(start, end)) && !LATE_PERSON.test(sentence.slice(start, end)) && opts.subtype !== 'W6') return 'word-sense';
  // The client's own words in reply ("sorted, done, next question" when asked about alcohol) are not the substance's effects.
  if (!opts.inQuote && SUBSTANCE.test(clause)) return 'word-sense';
  if (!opts.inQuote) {
    // "His granddaughter set up the call and then left the room": "and then" goes on with the sentence's subject.
    // (Only someone named at the start: "Looked at the consultant's letter and then put it face down" is the client's.)
    const opener = sentence.slice(0, from);
    const subject = !sentence.slice(from, start).trim() && /\band then\s*$/i.test(opener) && THIRD_PARTY.exec(opener)?.index === 0 ? opener.replace(/then\s*$/i, '') : sentence.slice(from, start);
    // A predicate after "and" shares the sentence's subject ("She kept asking when her daughter was coming and did not answer",
    // "Mr S looked at his wife and did not meet my eye").
    const sharesSubject = (/\band\s*$/.test(subject) || (/\band\s+(?:sat|stood|stayed|lay|kept|went|came|\w+ed)\s+$/.test(subject) && NAMED_SUBJECT.test(sentence))) && (CLIENT_SUBJECT.test(sentence) || INITIAL_SUBJECT.test(sentence) || TITLED_SUBJECT.test(sentence) || NAMED_SUBJECT.test(sentence) || PAST_VERB_START.test(sentence.trimStart()));
    // "After the physio left she was quieter": the other person is in a clause of time; the client is the subject.
    // (Someone else's act that is the client's resignation: the GP "sent him here to get rid of him".)
    if (THIRD_PARTY.test(ofClientsService(subject, sentence.slice(start, end))) && !CLIENT_SUBJECT.test(subject) && !INITIAL_SUBJECT.test(subject) && !(INITIAL_BEFORE_CUE.test(subject) && /^W/.test(opts.subtype ?? '')) && !sharesSubject && !AFTER_THEY_LEFT.test(subject) && !otherGenderAfterAnd(subject) && !ownerAfterAnd(subject) && !backToOpener(subject) && !clientAfterTheirsWhen(sentence.slice(0, start)) && !SENT_TO_BE_RID_OF.test(sentence.slice(start, end)) && !callTaken(subject, sentence.slice(start, end)) && !BROUGHT_BACK.test(sentence.slice(start, end))) return 'third-party';
  }
  // (A couple's "repair attempts", Gottman's word for what partners do, is no repair of ours.)
  if (!opts.inQuote && RETRO.test(clause.replace(REPAIR_ATTEMPTS, ' ')) && /\b(?:resolved|repaired|repair|rupture)\b/i.test(sentence.replace(REPAIR_ATTEMPTS, ' '))) return 'retrospective';
  if (!opts.inQuote) {
    const said = THERAPIST_SAID.exec(sentence.slice(0, start));
    // "When I said she had been there too, she changed the subject": a clause of time that the comma closes;
    // what follows it is the client's.
    // Clinicians leave the comma out too: "When I reflected that he sounded exhausted he quoted a verse and changed the
    // subject" – the client named again after what I said opens the main clause.
    const between = said ? sentence.slice(said.index + said[0].length, start) : '';
    const closedClause = said && SUBORDINATE_BEFORE.test(sentence.slice(0, said.index)) && (between.includes(',') || /\b(?:he|she|they)\b/i.test(between));
    if (said && !closedClause && !CLIENT_SAID.test(sentence.slice(said.index + said[0].length, start)) && !/["“]/.test(sentence.slice(said.index, start))) return 'therapist-speech';
    // "when I said I would rather not say": my own words of myself, with no quotation marks, are no client's.
    if (/^I\b/.test(sentence.slice(start, end)) && I_SAID_OF_ME.test(sentence.slice(Math.max(0, start - 40), start))) return 'therapist-speech';
    // "When I named the minimising": the word is what I named, not the client's move in the note's words.
    // (Not a cue that opens with the client speaking after it: "When I wondered about the anniversary she said ...".)
    if (THERAPIST_NAMED.test(sentence.slice(Math.max(0, start - 40), start)) && !CUE_OPENS_WITH_CLIENT.test(sentence.slice(start, end))) return 'therapist-speech';
  }
  return undefined;
}

/**
 * The words of a cue's clause read for history: without the client's quotations; without a history that is itself
 * what the cue names ("spent most of the session on the history of the closure": the matter the client filled the
 * session with, not a time before it); and without a past the therapist asked about ("When I asked about the
 * previous birth she talked about the paint colours": the question is the session's, and so is the move that
 * answers it); and without the time a thing of the work was given ("the crisis plan from last time"), or of what
 * the client told while the cue happened ("laughing while describing being left as a child", "asked whether I
 * remember anything from previous weeks"), or, for a story told instead of the work (W4), the story ("talked about a
 * big win two years ago instead"). Read only when the history rule can apply (outside quotations), not for every cue.
 */
function historyWords(clause: string, cue: string, subtype?: string): string {
  const matter = HISTORY_AS_MATTER.test(cue) ? clause.replace(cue, ' ') : clause;
  const own = subtype === 'W4' ? matter.replace(STORY_TOLD, ' ').replace(WHEN_IT_HAPPENED, ' ') : /^C/.test(subtype ?? '') ? matter.replace(OUR_LAST_TIME, ' ') : matter;
  return own.replace(ASKED_ABOUT_PAST, ' ').replace(PREVIOUS_SET_ABOVE, ' ').replace(YEAR_REACHED, ' ').replace(GIVEN_LAST_TIME, ' ').replace(SAME_AS_LAST, ' ').replace(TOLD_WHILE, ' ').replace(REMEMBERED, ' ').replace(/["“][^"”]*["”]/g, '');
}

/**
 * Our own earlier sessions, which a complaint now is about ("what I had said last time", "we had ganged up on him last
 * time", "the previous sessions had been too much chat"): the therapy, not the client's history.
 */
const OUR_LAST_TIME = /\b(?:I|we|me|us)\b[^.;]{0,40}?\blast time\b|\b(?:the|our) previous sessions?\b/g;
/** The last therapist set above this one (vocabulary.ts): a complaint made now by comparison, not a matter of history. */
const PREVIOUS_SET_ABOVE = new RegExp(String.raw`\b${PREVIOUS_THERAPIST}\b(?=[^.;]{0,30}?\b${SET_ABOVE}\b)`, 'gi');
/** The story a client told, from what it was about to the end of the clause ("talked about a big win two years ago"). */
const STORY_TOLD = /\b(?:talked|talks|spoke|speaks|went on|goes on|told (?:me|us)|tells (?:me|us)|launched into a story) about\b[^.;]*|\b(?:talked|talks) (?:me|us) through\b[^.;]*|\bspent (?:[\w-]+ ){0,5}(?:session|hour|time|appointment|half|part|minutes) (?:on|talking about|telling me about|describing)\b[^.;]*|\b(?:time|minutes|hour|session|half) (?:was|were) (?:then )?spent on\b[^.;]*|^[^.;]*?(?=\btook up (?:most|much|half|all|the rest|a good part) of (?:the|our|what was left)\b)|\b(?:described|describes|recounted|recalled)\b[^.;]*?\bfor (?:most|much|the rest|all) of the (?:session|hour|visit|call)\b/gi;
/** When the thing a story is about happened, in a clause of its own ("back to the Harrogate job that went wrong in 2019"). */
const WHEN_IT_HAPPENED = /\b(?:that|which) (?:went|happened|was|were|had|took place|fell through|ended|started|began|collapsed|failed)\b[^.;,]*/gi;
/**
 * A year reached in the work, on a timeline or lifeline ("when we reached the stone for 2019", "got to 2015 on the
 * timeline"): where the work had got to in this session, not when the cue happened.
 */
const YEAR_REACHED = /\b(?:reached|got to|came to|arrived at|moved (?:on )?to)\b (?:[\w-]+ ){0,3}(?:19|20)\d\d\b/gi;
/** What is remembered, named by when it was said ("whether I remember anything from previous weeks"): the matter, not when. */
const REMEMBERED = /\b(?:remember|recall|forg[eo]t)\w*\b[^.;]{0,40}\b(?:from|of|in|about) (?:previous|the last|last|earlier|past|the previous) (?:weeks?|sessions?|times?|appointments?)\b/gi;
/** What the client was telling when the cue happened ("laughing while describing being left as a child"): the matter, not when. */
const TOLD_WHILE = /\b(?:while|whilst|when|as) (?:describing|recounting|talking about|telling (?:me|us) about|speaking about|remembering)\b[^.;]*/gi;

/** A thing of the work named by when it was given ("the crisis plan from last time"): what it is, not when the cue happened. */
/** "the same account as last time", "word for word as last week": now compared with then, not a time gone by. */
const SAME_AS_LAST = /\b(?:the same [\w-]+(?: [\w-]+)? as|word for word,? as|the same words as) (?:last|the last|the previous) (?:time|session|week|visit)\b/gi;
const GIVEN_LAST_TIME = /\b(?:plan|sheet|homework|hw|exercise|worksheet|diary|task|list|leaflet|booklet|letter|form|recording|card|handout|script)s? (?:from|of) (?:last|the last|the previous) (?:time|session|week|appointment|visit)\b/gi;

/** A modal (not "if" or "whether") and its clause, then "and" just before the cue. */
const MODAL_THEN_AND = /\b(?:would|might|could|may)\b(?![^.;]{0,80}\b(?:if|unless|whether|in case)\b)[^.;"“”]{0,80}\band\s+$/i;

/** A sentence the therapist's feeling opens, with no one else named up to the cue. */
const THERAPIST_FEELING_RUN = /^\s*(?:[-*]\s*)?(?:I|T)\s+(?:felt|feel|noticed|was|became|found myself|got)\b(?![^.;"“”]*\b(?:she|he|they|her|him|his|them|their|the client|client|pt)\b)[^.;"“”]*$/i;
/** The therapist's feeling opening the sentence, no client as subject after it, then "and" (the head of the two below). */
const FEELING_THEN = String.raw`^\s*(?:[-*]\s*)?(?:I|T)\s+(?:felt|noticed|was|found myself|became|could feel|could sense|caught myself)\b(?![^.;"“”]*\b(?:she|he|they)\b)[^.;"“”]*\band\s+`;
/** ...and (or "and had") just before the cue. */
const FEELING_THEN_AND = new RegExp(String.raw`${FEELING_THEN}(?:had\s+)?$`);
/** ...with a verb that keeps a doing up before the cue ("I felt hemmed in and kept "). */
const FEELING_THEN_KEPT = new RegExp(String.raw`${FEELING_THEN}(?:kept(?: on)?|was|started|began|carried on)\s+$`);
/** A cue that opens with a feeling word the therapist can have too. */
const FEELING_WORD_START = /^(?:angry|annoyed|upset|irritated|furious|cross|frustrated|livid|fuming|defensive|hurt|bored|impatient|exasperated)\b/i;
/** The therapist's feeling, then a clause of time or cause whose subject is the client, up to the cue. */
const OCCASION_OF_REACTION = /^\s*(?:[-*]\s*)?(?:I|T)\s+(?:felt|feel|was|noticed|found myself|became)\b[^.;"“”]{0,80}\b(?:when|as|after|because|until|once|each time|every time|whenever)\s+(?:she|he|they)\s+$/;

/**
 * "When I asked about the things he could no longer do he changed the subject": a subject right before a verb in the
 * past opens a clause of its own, which a negation or a modal before it does not reach — not after "and" or "but"
 * (read on their own above), nor after "that", "if", "whether", "in case" or a verb of thinking or saying, whose clause
 * it is ("did not think she changed the subject", "holding back in case he mocked it").
 */
function subjectOpensClause(sentence: string, start: number, end: number): boolean {
  return /(?:^|[^\w'’-])(?<!\b(?:and|but|or|so|then|that|if|whether|case|unless|lest|think|thinks|thought|say|says|said|feel|feels|felt|believe|believed|know|knew|sure|suppose|supposed|guess|hope|hoped|mean|meant)\s+)(?:she|he|they)\s+$/i.test(sentence.slice(Math.max(0, start - 40), start))
    && PAST_VERB_START.test(sentence.slice(start, end));
}

/**
 * A hypothetical cancels cues in its own clause, and a sentence that opens with a condition ("If she
 * misses next week, call") throughout. "I wondered whether...", a question in its own clause, does not
 * reach the clause after it.
 */
function hypotheticalScope(sentence: string, start: number): boolean {
  // A question or request reported ("asked if I could tell her what to do") is something said, not a hypothetical.
  // (The request is masked in the whole sentence: a cue may start inside it, "asked whether | I was writing...".)
  // So is what the therapist put forward ("When I suggested he might also be angry he corrected me").
  // ...and its second half ("asked whether I believed it or whether I said it because I was paid to").
  let requested = false;
  const masked = sentence.replace(REQUEST, (m) => { requested = true; return ' '.repeat(m.length); }).replace(PUT_FORWARD, (m) => ' '.repeat(m.length));
  const head = (requested ? masked.replace(OR_WHETHER, (m) => ' '.repeat(m.length)) : masked).slice(0, start);
  if (/^\s*(?:[-*]\s*)?(?:if|unless|in case|should (?:she|he|they|the client)|watch|monitor|consider|be careful|look out|keep an eye)\b/i.test(head)) return true;
  const [from] = clauseBounds(sentence, start, start);
  return HYPOTHETICAL.test(head.slice(from));
}

/** The therapist's suggestion with its modal: "when I suggested he might", "after I wondered whether it could", "when I wondered whether the eels might". */
const PUT_FORWARD = /\b(?:when|after|as|once)\s+(?:I|T|we)\s+(?:suggested|wondered|wondered aloud|reflected|proposed|offered|said|named|ventured)\s+(?:that\s+|whether\s+|if\s+)?(?:she|he|they|it|this|that|(?:the|her|his|their|these|those)\s+[\w-]+(?:\s+[\w-]+)?)\s+(?:might|could|would|may)\b/gi;

/** A reported question or request with its modal or verb: "asked if I could", "asked how long the report would take", "wanted to know whether we would", "asked whether I was", "asked me, not unkindly, whether I believed". */
const REQUEST = /\b(?:asked|asking|asks|wanted to know|demanded to know|begged|pleaded|checked)\s+(?:(?:me|us|T)\b\s*)?(?:again\s+|repeatedly\s+|twice\s+)?(?:,\s*[^,;.]{1,25},\s*)?(?:if|whether|how (?:long|many|much|often|soon)|when|where|why|what)\s+(?:I|we|she|he|they|T|you|(?:the|her|his|their|my|this|that|these|those|a|an|another|a different|a new)\s+[\w-]+(?:\s+[\w-]+)?)\s+["“]?(?:could|would|can|will|might|was|were|is|am|had|has|did|does|wanted|wants|needed|needs|felt|feels|liked|likes|believed|believes|meant|means|thought|thinks|knew|knows|cared|cares)\b/gi;

/** The second half of a reported question: "or whether I said them", "and who would get to read it". */
const OR_WHETHER = /\bor (?:if|whether)\s+(?:I|we|she|he|they|T|you)\s+[\w']+|\band (?:who|what|when|where|how (?:long|many|much|often))\s+(?:(?:else|I|we|she|he|they|T|you)\s+)?(?:could|would|can|will|might)\b/gi;

/** The length of a quotation a sentence carries on from the one before (up to its closing mark), or -1. */
export function carriedQuote(sentence: string): number {
  const close = /^[^"“”]*?[.!?,;]["”](?=\s|$)|^[^"“”]*?”/.exec(sentence);
  return close && (sentence.match(/"/g)?.length ?? 0) % 2 === 1 ? close[0].length : -1;
}

/** Where a quotation that a sentence leaves open begins (its opening mark), or -1. */
export function openQuoteAt(sentence: string): number {
  if ((sentence.match(/"/g)?.length ?? 0) % 2 === 1) return sentence.lastIndexOf('"');
  const curly = sentence.lastIndexOf('“');
  return curly > sentence.lastIndexOf('”') ? curly : -1;
}

/** Offsets of quoted passages ("..." or “...”) in a sentence. */
export function quoteSpans(sentence: string): [number, number][] {
  const spans: [number, number][] = [];
  // A quotation the sentence splitter cut can also end here, opened in the sentence before
  // ('he said, "Nowhere in particular. I don't have anything to say."').
  let first = 0;
  const carried = carriedQuote(sentence);
  if (carried > 0) { spans.push([0, carried]); first = carried; }
  const re = /["“]([^"“”]{1,600})["”]/g;
  re.lastIndex = first;
  let m: RegExpExecArray | null;
  let last = first;
  while ((m = re.exec(sentence))) { spans.push([m.index, m.index + m[0].length]); last = m.index + m[0].length; }
  // A quotation the sentence splitter cut ("I don't want to talk about Mum today. Can we...") runs to the end.
  const open = sentence.slice(last).search(/["“]/);
  if (open >= 0 && !/["”]/.test(sentence.slice(last + open + 1))) spans.push([last + open, sentence.length]);
  return spans;
}
