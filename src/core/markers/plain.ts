/**
 * Words a note puts in that change nothing the cues read: a filler opening the client's quoted words ('said
 * "Well, I don't see the point"'), "literally" ("said literally nothing"), and when or how something was said,
 * between the client and the verb or after it ("She then said", "asked today whether"), "whole" in "her whole body"; and words the cues
 * spell another way: "did not" for "didn't", "cos" for "because", "this writer" for the therapist's "I", "me" or "my". A sentence
 * that holds any is also matched in a copy in the cues' words, and the offsets of what matches are mapped back
 * to the sentence, as for the past-tense copy (tense.ts).
 */
import { type Edit, inside, quotedSpans, type Retensed, rewrite } from './tense';
import { OPENING_FILLER, WHEN_SAID } from './vocabulary';
import type { NoteVoice } from './voice';

/** A filler that opens a quotation: the quotation mark is kept, the filler and what separates it go. */
const QUOTE_FILLER = new RegExp(String.raw`(?<=["“]\s*)${OPENING_FILLER}`, 'gi');
const INTENSIFIER = /\bliterally\s+(?=\S)/gi;
/** "did not once meet my eye", "would not even look at me", "never ever": the negation the cues read without its stress. */
const NOT_ONCE = /(?<=(?:\bnot|n't|n’t|\bnever) )(?:once|even|ever) (?=[a-z]{2,}\b)/gi;
/**
 * The writer's aside between commas after what they tell ("I wanted, I realise, to prove", "She agreed, I think, too
 * readily"), or who said it ("She was here, she said, because ..."): the sentence as told without it.
 */
const COMMA_ASIDE = /,\s(?:(?:she|he|they) (?:said|says|told me|insisted|explained|claimed|added)|(?:I|we) (?:reali[sz]e|realised|realized|think|thought|suspect|suspected|noticed|notice|guess|imagine|admit|confess|believe|sense|sensed|see now|now see|would say|fear|feared))\s?,(?=\s)/g;
/**
 * An aside of when or how long between commas after a verb ("I felt, for a moment, like an unwelcome guest", "She said,
 * at one point, that ..."): the sentence as told without it, as with the writer's aside above.
 */
const WHEN_ASIDE = /(?<=\b(?:felt|feel|feels|was|were|said|says|told me|became|seemed|looked|sounded|found myself)),\s(?:for a (?:moment|second|minute|while|time|few minutes)|briefly|momentarily|at times|at one point|once or twice|for once)\s?,(?=\s)/g;
/** "Her whole body", "his entire face": the body turned or hidden, as the cues read it without the word. */
const WHOLE = /(?<=\b(?:her|his|their|my) )(?:whole|entire) (?=(?:body|face|head|back|torso|self)\b)/gi;
/** "didn't see the sense in raking it all up", "what's the sense of it": the "point" the cues read. */
const SENSE = /(?<=\b(?:see|saw|sees|seeing) (?:the|any|no|much) |\bwhat['’]s the )sense(?= (?:in|of)\b|\s*["”.,;!?]|\s*$)/gi;
/** "Cos", "coz", "'cause": the client's "because" ("only here cos Dad took the PC"). */
const COS = /(?<![\w'’])(?:cos|coz|cuz|['’]cause)(?=\s+[a-z])/gi;
/** A dash between a verb of saying and the client's words, as a Markdown note writes it ('he said — *...*'). */
const SAID_DASH = /(?<=\b(?:said|says|replied|answered|added|muttered|snapped|retorted|told me|asked|went))\s*[—–]\s*(?=["“])/g;
/**
 * The client's words after a colon that ends my move, as a bulleted note writes them ("When I suggested touching the
 * bin lid together: *not a chance*", or a case note's "When asked about the letters: ..."): the client said them.
 * (Not after a comma, where the client's own verb may stand: "When I asked how it felt, he corrected me: ...".)
 */
const MOVE_COLON = /(?<=^[\s*•-]*(?:when|after|as soon as|each time|every time|whenever) (?:(?:I|T|we) |(?=(?:asked|questioned)\b))[^.;:,"“]{3,80}?):\s*(?=["“])/gi;
/** A text's "u" and "ur" in the client's quoted words ("u sound like my mum"). */
const TEXT_YOU = /(?<=["“][^"”]{0,60})\b(?:u|ur)\b(?=\s)/g;
/**
 * A hedged account of what the client did ("seemed to find his trainers very interesting", "appeared to be asleep",
 * "seemed keen to finish early", "seemed not to hear"): the cues read what was done, in the past.
 */
const HEDGED = /\b(?:seemed|appeared)(?: (not) to| to)? (\w+)\b/gi;
/** The therapist's perceiving before a hedge ("I noticed she seemed ..."). */
const PERCEIVED_BEFORE = /\b(?:I|T|we)\s+(?:\w+ly\s+)?(?:noticed|felt|thought|sensed|wondered|observed|saw|could see|was aware)\b[^.;]*$/i;
/** Past forms of the verbs a hedge most often carries; the rest take -ed. */
const HEDGED_PAST: Record<string, string> = {
  be: 'was', have: 'had', find: 'found', take: 'took', get: 'got', go: 'went', make: 'made', keep: 'kept', lose: 'lost',
  think: 'thought', feel: 'felt', say: 'said', do: 'did', know: 'knew', hear: 'heard', see: 'saw', tell: 'told', leave: 'left',
  give: 'gave', come: 'came', sit: 'sat', hold: 'held', stand: 'stood', forget: 'forgot', bring: 'brought', drift: 'drifted',
};
/** Words after "seemed" that say how the client was ("seemed keen", "appeared relieved"): "was" takes the hedge's place. */
const HEDGED_STATE = /^(?:keen|relieved|reluctant|irritated|bored|distracted|cheerful|composed|embarrassed|annoyed|impatient|guarded|distant|flat|detached|uninterested|unwilling|eager|anxious|uncomfortable|irritable|dismissive|defensive|preoccupied)$/i;
/** The past of the bare verb a hedge carries ("find" as "found", "drift" as "drifted"), or undefined for any other form. */
function hedgedPast(verb: string): string | undefined {
  const v = verb.toLowerCase();
  if (HEDGED_PAST[v]) return HEDGED_PAST[v];
  if (!/^[a-z]{3,}$/.test(v) || /(?:ed|ing|ly|s)$/.test(v)) return undefined;
  return v.endsWith('e') ? `${v}d` : /[^aeiou]y$/.test(v) ? `${v.slice(0, -1)}ied` : `${v}ed`;
}

/** A case note's passive of observation ("was observed to be more withdrawn", "was noted to be guarded"): what was seen. */
const SEEN_TO_BE = /(?<=\b(?:was|were) )(?:noted|observed|seen|felt|thought|judged|assessed|described|reported) to be (?=\S)/gi;
/** "stated" as an American note reports the client's words ("Client stated she ..."), not "her stated goal", "as stated". */
const STATED = String.raw`(?<!\b(?:her|his|their|the|my|our|its|your|a|an|as|previously|clearly|above|explicitly|openly|stated|frequently)\s)`;
/** The subjective line of a SOAP note, where "reports" gives symptoms ('S: Pt reports "same old"'). */
const SUBJECTIVE_LINE = /^\s*(?:S|Subjective|Subj)\s*[:\-–]/i;
/**
 * The verbs a progress note reports the client's words with ("Client verbalized", "shared", "expressed", "voiced",
 * an American note's "stated"): "said" (expressed and shared only before the client's quoted words, a clause or
 * "nothing"; not the passive). The narrative's past "reported" too, before the client's words or a clause, but not on a
 * SOAP note's subjective line; never the present "reports" ('Pt reports "same old"' is that line's symptom report),
 * "endorsed" or "indicated". The structural layer and the context rules read the copy too.
 */
const WORDS_FOLLOW = String.raw`(?=,?\s+(?:that\s+)?(?:["“]|(?:she|he|they|it|this|that|therapy|the sessions?|nothing|little|feeling|being)\b))`;
const REPORTED = new RegExp(String.raw`(?<!\b(?:was|were|been|is|are|be) )\b(?:(verbali[sz]ed|voiced|remarked|${STATED}stated|(?:expressed|shared|reported)${WORDS_FOLLOW}|signed(?=,?\s+(?:that\b|["“]|(?:she|he|they)\s)))|(verbali[sz]es|voices|remarks|${STATED}states|(?:expresses|shares)${WORDS_FOLLOW}|signs(?=,?\s+(?:that\b|["“]|(?:she|he|they)\s))))(?=,?\s+\S)`, 'gi');
/**
 * Scots in the client's words or the note's ("Ah'm no here tae be preached at", "dinnae", "nae bother"): the English the cues
 * read ("I'm not here to be preached at", "don't", "no bother"). Looked for only when a word of it is there.
 */
const SCOTS_HINT = /nae\b|\btae\b|\bah['’](?:m|ll|ve|d)\b|\bdinna|\bcanna|\baboot\b/i;
const SCOTS = /\b(?:(dinnae|dinna|dinny|cannae|canna|didnae|isnae|wisnae|wouldnae|couldnae|shouldnae|hasnae|hisnae|havnae|huvnae|hivnae|wernae|wurnae|willnae|winnae|doesnae|arenae)|(ah)(?=['’](?:m|ll|ve|d)\b| (?:dinnae|dinna|cannae|canna|didnae|wisnae|wouldnae|couldnae|don['’]t|can['’]t|didn['’]t|was|am|have|had|think|know|want|need|never|just)\b)|(tae)(?![ -]kwon)|(aboot)|(nae)|(?<=\b(?:I['’]m|ah['’]m|he['’]s|she['’]s|it['’]s|that['’]s|ye['’]re|you['’]re|we['’]re|they['’]re) )(no)(?= [a-z]))\b/gi;
const SCOTS_ENGLISH: Record<string, string> = {
  dinnae: "don't", dinna: "don't", dinny: "don't", cannae: "can't", canna: "can't", didnae: "didn't", isnae: "isn't", wisnae: "wasn't",
  wouldnae: "wouldn't", couldnae: "couldn't", shouldnae: "shouldn't", hasnae: "hasn't", hisnae: "hasn't", havnae: "haven't",
  huvnae: "haven't", hivnae: "haven't", wernae: "weren't", wurnae: "weren't", willnae: "won't", winnae: "won't", doesnae: "doesn't", arenae: "aren't",
};
const scotsEnglish = (m: RegExpExecArray) => m[1] ? SCOTS_ENGLISH[m[1].toLowerCase()] : m[2] ? 'I' : m[3] ? 'to' : m[4] ? 'about' : m[5] ? 'no' : 'not';
/**
 * The present perfect of a letter to a referrer ("He has described them as", "has repeatedly asked", "I have found it
 * hard"): the simple past the cues are written in, for verbs of saying, meeting the work or the therapist's own finding
 * (not a life's news since last time: "his mother has moved to a day centre"). Only right after a subject, with the
 * participle right after "has" (or one adverb), so "has not done" and "has had a hard year" stay as written.
 */
const PERFECT = /(?<=\b(?:she|he|they|I|we|pt|client|patient|[A-Z][a-z]*) )(?:has|have)( (?:\w+ly|also|since|then|twice|often))? (?:(been)(?! ["“]?\w+ing\b)|(told|said|found|felt|thought|written|spoken|refused|declined|described|asked|called|stated|complained|questioned|criticised|criticized|dismissed|wondered|insisted|suggested|mentioned|expressed|voiced|challenged|disagreed|objected|struggled|avoided|rejected|laughed|joked|argued|admitted|denied|told me|cancelled|canceled|missed|arrived|left|walked out))\b/g;
const PAST_OF_PERFECT: Record<string, string> = { written: 'wrote', spoken: 'spoke' };
/**
 * The signs of a medical shorthand ("↓ eye contact", "pt ++ irritable", "frustrated ++", "c/o pain"): the words the cues
 * read ("reduced eye contact", "very irritable", "complains of").
 */
const SHORTHAND = /(↓|⇓)\s*|(↑|⇑)\s*|\+\+\s+(?=[a-z])|(?<=\b([a-z]+)) \+\+(?=\s*(?:[.,;:!?)]|$))|\b(c\/o)\b/gi;
/** "his work phone", "her mobile phone": the phone the cues read. */
const PHONE_KIND = /(?<=\b(?:his|her|their|the|my) )(?:work|mobile|personal|new|own|other|second|old|smart) (?=phone\b)/gi;
/**
 * A sign written as its gloss in capitals after "signed" ("he signed FINISH", "signed NO MORE"), as a British Sign
 * Language note writes it: the words quoted, as the cues read a client's words ('signed "finish"').
 */
const SIGN_GLOSS = /(?<=\bsigned )([A-Z]{2,}(?:[ -][A-Z]{2,})*)\b(?![a-z])/g;
/**
 * The client's words in another language with the therapist's gloss after them ('said "no pasa nada" (it's nothing)'):
 * the gloss, quoted, in their place, as the cues read English.
 */
const GLOSSED = /(["“])([^"”]{1,80})(["”])\s*\(([^()"“”]{2,80})\)/g;
/** An aside in brackets after the client's words that is no gloss: whose or when ("(her words)", "(again)"), or how ("(laughing)"). */
const ASIDE = /^(?:(?:her|his|their|my|again|twice|sic|quote|pause|long pause|i\.e|e\.g|sp|verbatim|in \w+)\b|laugh|smil|sigh|cry|crie|tear|shrug|nod|whisper|mutter|quiet|loud|sarcas|angr|snap|grin|smirk|rais|look|paus|sob|shout|yell)/i;
/** "the interviewer", as a mental state examination names its writer, after the word it follows ("sat side-on to the interviewer"). */
const INTERVIEWER = /(?<=\b(?:to|towards|with|at|from|of|by) )the (?:interviewer|examiner|assessor)\b/gi;
/**
 * Indian English reporting the client's words: "was telling" (about), "told that", "telling" before them ("she told that
 * 'it is not your concern'", "telling 'I am not a child'"): the "said" and "talking" the cues read.
 */
const TELLING = /\b(?:(was telling|were telling|is telling) (?=about\b)|(told|telling|was telling) (?=that\b|["“]))/g;
/**
 * A case note's passive of the therapist's question with no one named ("When asked about the messages he sent, he
 * said ...", "once questioned about the debt"): my question, as the cues read it ("when I asked"); not when the note
 * says who asked ("when asked by her mother").
 */
const WHEN_ASKED = /(?<=\b(?:[Ww]hen|[Aa]fter|[Oo]nce|[Ww]henever|[Aa]s soon as) )(?=(?:asked|questioned)\b(?! by\b))/g;
/** "appt" as a note shortens the appointment. */
const APPT = /\bappts?\b\.?/gi;
/** "She then said", "Pt eventually asked": the word between the client and the verb. */
const BETWEEN = new RegExp(String.raw`(?<=\b(?:she|he|they|pt|client|patient|[A-Z]\.?) )${WHEN_SAID} (?=(?:[a-z]+ed|said|says|told|asks|gave|kept|went|sat|took|left|came|spoke|began|got|made|felt|fell|would|refused|declined)\b)`, 'gi');
/** "said today that", "asked again whether", "said quietly, '...'": the words after the verb. */
const AFTER = new RegExp(String.raw`(?<=\b(?:said|says|stated|states|asked|asks|told me|replied|answered|added|explained|insisted|admitted|mentioned|commented)),? ${WHEN_SAID}\b,?(?= )`, 'gi');

/** "he did say at one point that ...": the emphatic "did" of a dictated note, not a question or a negation. */
const EMPHATIC = /(?<=\b(?:she|he|they|pt|client|patient|clt|[A-Z]\w*) )(?:did|does) (say|state|mention|admit|ask|tell|complain|agree)\b/gi;
const EMPHASISED: Record<string, string[]> = { say: ['said', 'says'], state: ['stated', 'states'], mention: ['mentioned', 'mentions'], admit: ['admitted', 'admits'], ask: ['asked', 'asks'], tell: ['told', 'tells'], complain: ['complained', 'complains'], agree: ['agreed', 'agrees'] };

/** A dictated note's contractions without the apostrophe ("she didnt see the point", "hadnt thought"). */
const NO_APOSTROPHE = /\b(did|had|was|is|do|does|would|could|should|has|have|were|are)nt\b/gi;
/** "did not" as the cues mostly spell it, "didn't" ('said she "did not see the point"'). */
const UNCONTRACTED = /\b(do|does|did|is|was|were|are|could|would|should|has|have|had)\s+not\b|\b(can)not\b|\b(will) not\b/gi;
const contracted = (m: RegExpExecArray) => (m[3] ? `${m[3][0]}on't` : m[2] ? `${m[2]}'t` : `${m[1]}n't`);
/**
 * The client's words in full where speech contracts them ('"I am fine"', '"it is God's plan"', '"I will try"', as
 * clinicians in India, Nigeria or Kenya write them): "I'm", "it's", "I'll", as the cues mostly spell them. Only inside
 * quotation marks, where the words are the client's ("it is" in the writer's own words is no speech).
 */
const FULL_FORM = /\b(?:(I) am|(it|that|there|what|everything|nothing) is|(you|we|they) are|(I|you|we|they) will|(let) us)\b/gi;
const shortForm = (m: RegExpExecArray) => m[1] ? `${m[1]}'m` : m[2] ? `${m[2]}'s` : m[3] ? `${m[3]}'re` : m[4] ? `${m[4]}'ll` : `${m[5]}'s`;

/**
 * The therapist as an agency's progress note names them ("this writer", "writer", "this clinician"; not "the
 * clinician" or "a writer", who may be someone else) or a telegraphic note abbreviates them ("Th"), in the words
 * the cues are mostly written with: "my" for "this writer's", "I" before what they did, "me" elsewhere.
 */
const WRITER = /(?<!\b(?:the|a|an|her|his|their|my|[\w-]+['’]s) )\b(?:this )?writer(?:['’]s)?\b|\bthis (?:clinician|counsell?or)(?:['’]s)?\b|(?<=^[\s"“(]*)[Tt]he writer(?=\s+(?:\w+ly\s+)?(?:felt|feels|noticed|notices|was|is|came|experienced|experiences|sensed|senses|found|finds|had|has|wondered|became|remained)\b)/gi;
/**
 * "The therapist" as a note written in the third person names its writer ("When the therapist asked about the
 * birth she talked about paint colours"; a group's note "the facilitator"), outside the client's quoted words and not
 * someone the words after it single out ("the therapist she saw before", "the therapist at the clinic"; "her previous
 * therapist" is not "the therapist" at all), in a sentence that names no other therapy.
 */
const THE_THERAPIST = /\b(?:the|this) (?:therapist|counsell?or|counselor|psychologist|facilitator|(?:trainee|supervisee)(?!\s+(?:nurse|doctor|teacher|solicitor|accountant|pilot|electrician|plumber|mechanic|officer|manager|chef|paramedic|engineer|barber|hairdresser|midwife|surveyor|lawyer|barrister|architect|vet|pharmacist|police)\b))(?:['’]s)?\b(?!\s+(?:who|that|whom|at|in|from|she|he|they|before|previously|there|of|on|for|with|to whom)\b)/gi;
/** Words that say which counselor is meant ("her", "family", "female"): then it is not the writer. */
const WHICH_ONE = `the a an this that these her his their my our your its previous former old new other another any every each no some own
  school college university student peer youth family couples couple marriage grief debt career drug alcohol addiction speech occupational
  physical physio art music drama play sex massage genetic lay trainee private nhs cbt dbt emdr primary lead senior junior assigned allocated
  named female male good bad first last next one two is was be been being`.split(/\s+/).map((w) => `[${w[0]}${w[0].toUpperCase()}]${w.slice(1)}`).join('|');
/**
 * The therapist named by the role alone, with no article, as an American agency's note names its writer
 * ("Counselor felt like the bad guy", "Clinician was aware of ...", 'Dana stated therapist "always lets him off the
 * hook"', "interrupted counselor"): opening the sentence (after a bullet or a "D:" label) or after any word that does
 * not say which counselor is meant; not a speaker's label ("Therapist: ..."), not someone the words after it single
 * out ("therapist at the clinic", "Therapist Jane").
 */
const BARE_WRITER = new RegExp(String.raw`(?:(?<=^[\s"“(]*(?:[-*•>]\s*)?(?:[A-Z]{1,2}:\s*)?)(?:Counsell?or|Clinician|Therapist)|(?<=(?:^|[^\w'’])(?!(?:${WHICH_ONE})\b)[A-Za-z]+ )(?:[Cc]ounsell?or|[Cc]linician|[Tt]herapist))(?:['’]s)?\b(?!\s*:|\s+(?:who|that|whom|at|in|from|before|previously|there|of|on|for|with|to whom)\b|\s+[A-Z][a-z])`, 'g');
/** Another therapy named in the sentence: its therapist is someone else ("Previous counselling ended when she felt the counsellor 'didn't get it'"). */
const ANOTHER_THERAPY = /\b(?:previous(?:ly)?|former|earlier|another|other|past|years ago|as a (?:child|teenager|student)|in (?:19|20)\d\d)\b/i;
/** "Clt", "Ct", "Cl", as a telegraphic note abbreviates the client: "Pt", which the cues know (not "CT", countertransference). */
const CLT = /(?<![\w.'’])(?:Clt|clt|Ct|Cl)\.?(?=\s+[a-z])/g;
/**
 * The client named by two initials opening a line of the note ("JK denied any problem", "AB's sister"): "Pt", which
 * the cues know; not the two-letter abbreviations a note names others or things by (a GP, HR, an OT).
 */
const INITIALS = /^(\s*(?:[-*•>]\s*|\d{1,2}[:.]\d\d\s+)?)([A-Z]{2})(?=(?:['’]s)?\s+[a-z])/;
/**
 * The client named by a role opening a sentence before a verb of saying ("Veteran stated", "Resident said", "The
 * caller replied"): "They", the pronoun the cues that need the client as the speaker read ("Client", "Pt" and "the
 * patient" they read as written).
 */
const ROLE_SAID = /^(\s*(?:[-*•>]\s*)?)((?:the )?(?:veteran|resident|caller|member|student|participant|consumer|youth|service user|young person))(?=\s+(?:\w+ly\s+)?(?:said|stated|replied|answered|insisted|added|told me|typed|wrote|signed)\b)/i;
const NOT_INITIALS = new Set(['GP', 'HR', 'OT', 'SW', 'TA', 'PA', 'MP', 'PC', 'AA', 'NA', 'ED', 'ER', 'UK', 'US', 'TV', 'PE', 'IT', 'DJ', 'YP', 'SU', 'RN', 'NP', 'MD', 'DV', 'MH', 'SI', 'HI', 'SH', 'BP', 'OK', 'ID', 'CT', 'CP', 'PT', 'RE', 'AM', 'PM', 'NB', 'PS', 'IV', 'IM', 'GI', 'AI', 'QA', 'DC', 'HQ', 'ME', 'MS', 'MR', 'DR']);
/** "Th", as a telegraphic note abbreviates the therapist (case matters: "th" is no one), at the end of a sentence too. */
const TH = /(?<![\w.'’])Th(?:['’]s)?(?![\w'’]|\.\w)/g;
/**
 * "PWP", as a psychological wellbeing practitioner's note names its writer ("PWP felt like she was reading from a
 * script"); not someone's other PWP ("her previous PWP", "a PWP").
 */
const PWP = /(?<![\w.'’])(?<!\b(?:a|an|her|his|their|my|previous|another|other|new|the|former|old) )PWP(?:['’]s)?(?![\w'’])/g;
/**
 * "Co" and "Cllr", as counsellors trained to write "Cl" for the client name themselves ("Co felt dismissed", "asked
 * whether Co was married", "corrected Co's summary"); not a company ("& Co", "and Co."), a county ("Co. Durham") nor
 * someone's other counsellor.
 */
const CO = /(?<![\w.'’&])(?<!(?:\b(?:a|an|her|his|their|my|previous|another|other|new|the|former|old|and)|&) )(?:Co|Cllr)(?:['’]s)?(?![\w'’.-])/g;
/**
 * "OT", as an occupational therapist's note names its writer, only as the subject of what they did or with what is
 * theirs ("OT aware of carrying the whole plan", "When OT asked"); not the therapy itself ("attended OT", "the OT group").
 */
const OT = /(?<![\w.'’])(?<!\b(?:a|an|her|his|their|my|previous|another|other|new|the|former|old|attended|attends|in|at|to|from|with|of|for) )OT(?:['’]s(?=\s)|(?![\w'’])(?=\s+(?:\w+ly\s+)?(?:aware|noticed|felt|asked|suggested|said|offered|explained|wondered|reflected|invited|tried|found|was|had|raised|named|checked|introduced|showed|gave|encouraged)\b))/g;
/** "self" and "own" with no pronoun after the writer's name (or "I") and a verb of noticing: a note's "myself", "my own". */
const NOTE_SELF = /(?<=(?:\bI|(?<![\w.'’])(?:PWP|Th|OT|Co|Cllr)|\b(?:[Ww]riter|[Cc]linician|[Tt]herapist|[Cc]ounsell?or|[Pp]ractitioner))\s+(?:\w+ly\s+)?(?:found|noticed|heard|caught|felt|watched|stopped|checked|kept|finds|notices|hears|catches|feels|watches|stops|checks|keeps)\s+)(?:self|own)\b(?![-'’])/g;
/** A verb in the third person right after the writer's name, past a quotation mark: "has", "is", "does". */
const AGREES = /^(\s*["“]?)(has|is|does)\b/i;
const AGREEING: Record<string, string> = { has: 'have', is: 'am', does: 'do' };
/**
 * The writer's own verb in the present's third person, right after the name ("When clinician asks about", "Clinician
 * feels like an intrusion", "this clinician notices"): it agrees with "I" once the name is ("I ask", "I feel").
 */
const OWN_PRESENT = /^(\s+(?:\w+ly\s+)?)(asks|says|notices|feels|wonders|reflects|suggests|names|raises|tries|invites|offers|brings|tells|thinks|finds|observes|explores|notes|attempts|uses|gives|checks|validates|provides|encourages|introduces|returns|acknowledges|explains|describes|mentions|proposes|challenges|interprets|points|links|gets|speaks|shows|touches|focuses|reminds|summari[sz]es|clarifies|models|prompts|reviews|normali[sz]es|shares|sits|waits|pauses|responds|replies|answers|agrees|apologi[sz]es|misses|forgets|wants|hopes|worries|senses|reali[sz]es|becomes|remains|continues|starts|stops|is|has|does)\b/i;
/** "I" and the verb of the present that agrees with it: "is" → "am", "tries" → "try", "asks" → "ask". */
function agreeWithI(verb: string): string {
  const lower = verb.toLowerCase();
  if (AGREEING[lower]) return AGREEING[lower];
  if (lower.endsWith('ies')) return lower.slice(0, -3) + 'y';
  if (/(?:ch|sh|ss|x|[^aeiou]us)es$/.test(lower)) return lower.slice(0, -2);
  return lower.slice(0, -1);
}
/** A role the note names with "(me)" after it ("Facilitator (me) felt on the back foot", "the worker (me)"): the writer. */
const ROLE_ME = /(?<![\w'’])(?:(?:the|this) )?(?:[Cc]o-?)?(?:[Ff]acilitator|[Ww]orker|[Pp]ractitioner|[Cc]linician|[Tt]herapist|[Cc]ounsell?or|[Cc]ounselor|[Nn]urse|[Pp]sychologist|[Tt]rainee|[Gg]roup leader|[Ll]ead)\s*\((?:me|myself|I|this writer|writer)\)/g;
/** A verb of saying or thinking right before the therapist's name: they are the subject of what follows. */
const SAID_OF = /\b(?:said|says|stated|states|felt|feels|thinks|thought|complained|told me)(?: that)?\s+$/i;
/** How the writer was, as a note puts it with no verb ('Writer aware of', 'writer unsure whether'). */
/** A word after the writer that opens a sentence, that is no preposition, conjunction or punctuation: a verb or a state. */
const OPENS_WITH_VERB = /^\s+(?!(?:re|and|or|with|to|for|in|on|at|of|from|by|as|the|a|an|&)\b)[a-z][a-z'’-]*\b/i;
const STATE = /^\s+(?:aware|conscious|mindful|unsure|uncertain|concerned|worried|struck|tempted|inclined)\b/i;
const DID = /^\s+(?:\w+ly\s+)?(?:\w+ed|was|had|would|could|will|said|says|asked|asks|felt|feels|thought|noticed|notices|tried|gave|took|made|went|came|brought|told|began|kept|found|sat|spoke|heard|saw|am|is|did|does|offered|suggested|reflected|wondered|invited|named|raised|got|gets|stood|left|put|read|showed|shows|drew|speaks)\b/i;

/**
 * The client as a passive sentence's agent ("by the patient", "by Pt", "by him", "by Mr J"), or the writer ("by the
 * writer", as "I").
 */
const AGENT = String.raw`(?:the )?(?:patient|client|pt|clt|service user|young person|resident|caller)|him|her|them|(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.? [A-Z][\w'-]*|(?:the |this )?writer`;
/** The agent as the subject of the active verb: "him" as "He", "the writer" as "I", "the patient" as "The patient". */
function agentAsSubject(agent: string): string {
  const lower = agent.toLowerCase();
  if (/^(?:the |this )?writer$/.test(lower)) return 'I';
  if (lower === 'him' || lower === 'her' || lower === 'them') return { him: 'He', her: 'She', them: 'They' }[lower] as string;
  return agent[0].toUpperCase() + agent.slice(1);
}
/**
 * A passive sentence's opening noun phrase as the object of the active verb: its determiner (or `article` when it has
 * none) in lower case; only the word that opened the sentence loses its capital ("with Mrs J" keeps hers).
 */
function asObject(det: string | undefined, noun: string, article: string): string {
  return det ? `${det.toLowerCase()}${noun}` : `${article}${noun[0].toLowerCase()}${noun.slice(1)}`;
}
/** "It was stated by the patient that ...": the client who said it, as the subject the cues read ("the patient stated that"). */
const IT_WAS_BY = new RegExp(String.raw`\bit was (stated|said|reported|expressed|voiced|mentioned|acknowledged|disclosed|indicated|explained|asserted|insisted|requested|asked|suggested|complained) by (${AGENT})\b`, 'gi');
/**
 * "It was stated that ...", "It was insisted that", "It was asked whether": with no agent, in a note's passive, the
 * client who said it ("Pt stated that"); not what the writer noted or observed.
 */
const IT_WAS = /\bit was (stated|said|reported|expressed|voiced|mentioned|acknowledged|disclosed|explained|asserted|insisted|requested|asked|suggested|complained|claimed|maintained|added)(?= (?:that|whether|if)\b)/gi;
/**
 * What the client did to something, in a note's passive with no agent ("Low mood was denied", "Goals were declined",
 * "The exercise was dismissed as", "The session was steered towards"): the client as the subject ("Pt denied low mood").
 */
const DONE_UNSAID = /^(\s*)((?:the|this|that|her|his|their|a|an|any) )?((?:[\w'-]+ ){0,4}?(?!it\b|this\b|that\b|she\b|he\b|they\b|there\b)[\w'-]+) (?:was|were) ((?:\w+ly )?)(denied|declined|refused|rejected|dismissed|minimi[sz]ed|steered|redirected|avoided|deflected|ignored|laughed off|brushed off|brushed aside|shrugged off|played down|waved away)(?=\s*(?:$|[.,;:!?]|as\b|towards?\b|with\b|again\b|repeatedly\b|by\b|\w+ly\b))/i;
/** Participles whose past tense is another word; the rest are their own past ("ended", "cut", "left"). */
const PAST_OF: Record<string, string> = { torn: 'tore', thrown: 'threw', given: 'gave', taken: 'took', done: 'did', broken: 'broke', shaken: 'shook', withdrawn: 'withdrew', written: 'wrote', ripped: 'ripped' };
/**
 * What the client did, written in the passive voice of a ward or agency note ("Session was ended early by the
 * patient", "The worksheet was torn up by the client"): the sentence's opening words become the object of the
 * client's verb ("the patient ended the session early"), as one replacement that maps to where they stood.
 */
const DONE_BY = new RegExp(String.raw`^(\s*)((?:the|this|that|today's|our|her|his|their|my|a|an) )?((?:[\w-]+ ){0,6}?(?!it\b|this\b|that\b|she\b|he\b|they\b)[\w-]+) (?:was|were) ((?:\w+ly )?)(\w+ed|cut|shut|put|left|brought|torn|thrown|given|taken|done|broken|shaken|withdrawn|written|said|told|refused|declined)( (?:up|off|out|down|away|back|short|early|to an end|to a close|to a halt))?((?: \w+ly)?) by (${AGENT})(?=\s*(?:$|[.,;:!?)(]|(?:after|before|at|in|on|during|when|while|within|as|because|then|today|again|\w+ly)\b))`, 'i');

export interface Plain extends Retensed {
  /**
   * A rewrite the structural layer and the context rules read too: the therapist named "this writer", "Th" or "the
   * therapist", a reporting verb made "said".
   */
  reread: boolean;
  /**
   * When `reread`, the copy the frames read: the same rewrite with the words of stress the cues are written without kept
   * ("you don't even know", "literally"); absent when there are none.
   */
  frames?: { text: string; toOriginal: Int32Array };
}

/**
 * "You" in a note written to the client (an open note, a therapy letter: "You said the diary 'just reminds me I'm
 * broken'", "when I asked you about the weekend you said 'fine'"), outside the client's quoted words: the client, in
 * the third person the cues are written in ("she" before a verb or after a conjunction, "her" after a verb or a
 * preposition, "herself", "hers"), with the verb after it agreeing ("you were" as "she was").
 */
const YOU = /\b(?:(you)(?:['’](re|ve|d|ll))?|(your)|(yours)|(yourself|yourselves))\b/gi;
/** What follows "you" as a subject: a verb (an -ed form, a common past or a modal), an adverb before one, "and". */
const YOU_SUBJECT_BEFORE = /^\s+(?:\w+ly\b|[a-z]+ed\b|(?:said|told|came|went|were|are|was|had|have|did|do|does|felt|seemed|looked|shook|sat|gave|kept|made|took|got|chose|brought|spoke|thought|knew|wrote|left|ran|put|began|let|read|fell|held|stood|lost|won|found|heard|saw|became|could|would|will|can|might|should|must|may|also|then|still|never|just|both|and|agreed|cried|tried|stayed|hadn'?t|didn'?t|don'?t|doesn'?t|couldn'?t|wouldn'?t|won'?t|can'?t|wasn'?t|weren'?t|haven'?t|aren'?t|isn'?t)\b)/i;
/** What comes before "you" as a subject: the start, a clause's punctuation or a conjunction. */
const YOU_SUBJECT_AFTER = /(?:^|[,;:(—–-]|\b(?:when|whenever|and|but|as|because|if|that|while|so|then|until|after|before|though|although|whether|where|how|what|why|once|since|or))\s*$/i;
const YOU_AGREES: Record<string, string> = { were: 'was', are: 'is', have: 'has', do: 'does', "don't": "doesn't", "weren't": "wasn't", "aren't": "isn't", "haven't": "hasn't" };
const YOU_CONTRACTED: Record<string, string> = { re: "she's", ve: "she's", d: "she'd", ll: "she'll" };
const capitalAs = (word: string, like: string) => (/^[A-Z]/.test(like) ? word[0].toUpperCase() + word.slice(1) : word);

/**
 * The two clinicians of a co-worked session ("RK and I both noticed we had been siding with her", "My co-lead and I
 * noticed we avoided calling on her", "We both felt we were working harder than the family"): the writer, as the cues
 * read a therapist's reaction ("I noticed I had been siding with her"). The co-worker is "my co-therapist" (or
 * co-worker, co-facilitator, co-lead) or the initials the note gives them beside such a word (`coWorkers`), and a
 * sentence that opens "We both" only in a note that is co-worked; a "we" after them in the same sentence is theirs.
 */
const CO_WORKER = String.raw`[Mm]y co-?(?:therapist|worker|facilitator|lead|leader|clinician)`;
const WE_AFTER = /\b(?:(we)(?: (had|have))?(?: both)?(?: (were|are))?|both of us)\b/g;
const WE_AGREES: Record<string, string> = { were: 'was', are: 'am' };
/** The pair's pattern for a note's co-workers (one note's array, one pattern), built the first time a sentence needs it. */
const PAIRS = new WeakMap<readonly string[], RegExp>();
const NO_CO_WORKERS: readonly string[] = [];
const pairOf = (coWorkers: readonly string[] | undefined): RegExp => {
  const key = coWorkers ?? NO_CO_WORKERS;
  let re = PAIRS.get(key);
  if (!re) PAIRS.set(key, (re = new RegExp(String.raw`(?:\b(?:${CO_WORKER}${coWorkers?.length ? `|${coWorkers.join('|')}` : ''}) and I|${coWorkers ? '^\\s*We' : '(?!)'})(?: both)?\b`)));
  return re;
};

/**
 * Someone of the client's family as the subject of what they said or did in a session the family came to ("His dad
 * said the sessions were 'not really doing anything at home'", "Her father asked whether"): a client of that session,
 * read as "They" (the cues' client), where elsewhere "his dad" is a third party whose words are not the client's.
 */
const FAMILY_SUBJECT = /(?<!\b(?:to|with|at|for|from|of|by|about|on|in|than|like|told|asked|called|ask|tell|call)\s)\b(?:[Hh]is|[Hh]er|[Tt]heir|[Tt]he) (?:mum|mom|dad|mother|father|step-?(?:dad|mum|father|mother)|nan|gran|grandma|grandad|grandmother|grandfather|carer|foster (?:carer|mum|dad|mother|father)|husband|wife|partner|parents|son|daughter|brother|sister|boyfriend|girlfriend)\b(?=\s+(?:\w+ly\s+|then\s+|also\s+|again\s+)?(?:said|says|asked|told|answered|replied|insisted|complained|wanted|interrupted|laughed|sighed|snapped|added|wondered|shrugged|refused|declined|stayed|kept|corrected|rolled|walked|left|folded|took|would|did|didn't|had|was|were|spent|talked|spoke|looked)\b)/g;


/** The sentence in the cues' plain words, or undefined when nothing in it changes. */
export function plainWords(sentence: string, voice: NoteVoice = {}): Plain | undefined {
  const edits: Edit[] = [];
  let reread = false;
  // The client's quoted words, found once for every rewrite that asks (quotedSpans is empty without a quotation mark).
  let spans: [number, number][] | undefined;
  const quoteSpans = () => (spans ??= quotedSpans(sentence));
  const addressed = voice.addressed === true;
  // The pair of clinicians, then their "we" after it.
  const coWorked = voice.coWorkers !== undefined;
  const pair = /\bco-?(?:therapist|worker|facilitator|lead|leader|clinician) and I\b/.test(sentence) || (coWorked && /\b(?:and I|We both)\b/.test(sentence))
    ? pairOf(voice.coWorkers).exec(sentence)
    : null;
  if (pair && !inside(quoteSpans(), pair.index)) {
    reread = true;
    const start = pair.index + (pair[0].length - pair[0].trimStart().length);
    edits.push({ start, end: pair.index + pair[0].length, by: 'I' });
    WE_AFTER.lastIndex = pair.index + pair[0].length;
    for (let m = WE_AFTER.exec(sentence); m; m = WE_AFTER.exec(sentence)) {
      if (inside(quoteSpans(), m.index)) continue;
      edits.push({ start: m.index, end: m.index + m[0].length, by: m[1] ? ['I', m[2], m[3] ? WE_AGREES[m[3]] : ''].filter(Boolean).join(' ') : 'I' });
    }
  }
  FAMILY_SUBJECT.lastIndex = 0;
  for (let m = voice.family ? FAMILY_SUBJECT.exec(sentence) : null; m; m = FAMILY_SUBJECT.exec(sentence)) {
    if (inside(quoteSpans(), m.index)) continue;
    reread = true;
    edits.push({ start: m.index, end: m.index + m[0].length, by: 'They' });
  }
  YOU.lastIndex = 0;
  for (let m = addressed && /\byou/i.test(sentence) ? YOU.exec(sentence) : null; m; m = YOU.exec(sentence)) {
    if (inside(quoteSpans(), m.index)) continue;
    reread = true;
    const end = m.index + m[0].length;
    if (m[3] || m[4] || m[5]) { edits.push({ start: m.index, end, by: capitalAs(m[3] ? 'her' : m[4] ? 'hers' : 'herself', m[0]) }); continue; }
    if (m[2]) { edits.push({ start: m.index, end, by: capitalAs(YOU_CONTRACTED[m[2].toLowerCase()], m[0]) }); continue; }
    const after = sentence.slice(end);
    const subject = YOU_SUBJECT_BEFORE.test(after) || YOU_SUBJECT_AFTER.test(sentence.slice(0, m.index));
    edits.push({ start: m.index, end, by: capitalAs(subject ? 'she' : 'her', m[0]) });
    const verb = subject ? /^(\s+)(were|are|have|do|don't|weren't|aren't|haven't)\b/i.exec(after) : null;
    if (verb) edits.push({ start: end + verb[1].length, end: end + verb[0].length, by: YOU_AGREES[verb[2].toLowerCase()] });
  }
  // (Words of stress, dropped for the cues and kept in the frames' copy.)
  const stress = new Set<Edit>();
  for (const re of [QUOTE_FILLER, INTENSIFIER, NOT_ONCE]) {
    re.lastIndex = 0;
    for (let m = re.exec(sentence); m; m = re.exec(sentence)) { const e = { start: m.index, end: m.index + m[0].length, by: '' }; edits.push(e); stress.add(e); }
  }
  for (const re of [BETWEEN, AFTER, SEEN_TO_BE, WHOLE, COMMA_ASIDE, WHEN_ASIDE]) {
    re.lastIndex = 0;
    for (let m = re.exec(sentence); m; m = re.exec(sentence)) edits.push({ start: m.index, end: m.index + m[0].length, by: '' });
  }
  HEDGED.lastIndex = 0;
  const hedged = /\b(?:seemed|appeared)\b/i.test(sentence);
  const hedgeQuoted = hedged ? quoteSpans() : [];
  for (let m = hedged ? HEDGED.exec(sentence) : null; m; m = HEDGED.exec(sentence)) {
    if (inside(hedgeQuoted, m.index)) continue;
    // ("I noticed she seemed bored": how she seemed to me is my observation, which the context rules read as such.)
    if (PERCEIVED_BEFORE.test(sentence.slice(0, m.index))) continue;
    const to = / to /.test(m[0]);
    // "seemed keen to", "appeared relieved": how the client was.
    if (!to && HEDGED_STATE.test(m[2])) { edits.push({ start: m.index, end: m.index + m[0].length - m[2].length - 1, by: /^[A-Z]/.test(m[0]) ? 'Was' : 'was' }); continue; }
    const past = to ? hedgedPast(m[2]) : undefined;
    if (!past) continue;
    const by = m[1] ? `did not ${m[2]}` : past;
    // (A hedge that opens the sentence keeps its capital: "Seemed to want ..." as "Wanted ...".)
    edits.push({ start: m.index, end: m.index + m[0].length, by: /^[A-Z]/.test(m[0]) ? by[0].toUpperCase() + by.slice(1) : by });
  }
  for (const re of /[—–]|:\s*["“]/.test(sentence) ? [SAID_DASH, MOVE_COLON] : []) {
    re.lastIndex = 0;
    for (let m = re.exec(sentence); m; m = re.exec(sentence)) edits.push({ start: m.index, end: m.index + m[0].length, by: re === SAID_DASH ? ' ' : ', they said ' });
  }
  TEXT_YOU.lastIndex = 0;
  for (let m = /\bur?\b/.test(sentence) ? TEXT_YOU.exec(sentence) : null; m; m = TEXT_YOU.exec(sentence)) edits.push({ start: m.index, end: m.index + m[0].length, by: m[0] === 'u' ? 'you' : 'your' });
  COS.lastIndex = 0;
  for (let m = /c[ou][sz]|cause/i.test(sentence) ? COS.exec(sentence) : null; m; m = COS.exec(sentence)) edits.push({ start: m.index, end: m.index + m[0].length, by: 'because' });
  SENSE.lastIndex = 0;
  for (let m = /\bsense\b/i.test(sentence) ? SENSE.exec(sentence) : null; m; m = SENSE.exec(sentence)) edits.push({ start: m.index, end: m.index + m[0].length, by: 'point' });
  REPORTED.lastIndex = 0;
  for (let m = /\b(?:verbali|express|share|voice|remark|state|report|sign)/i.test(sentence) && !SUBJECTIVE_LINE.test(sentence) ? REPORTED.exec(sentence) : null; m; m = REPORTED.exec(sentence)) { edits.push({ start: m.index, end: m.index + m[0].length, by: m[1] ? 'said' : 'says' }); reread = true; }
  SCOTS.lastIndex = 0;
  for (let m = SCOTS_HINT.test(sentence) ? SCOTS.exec(sentence) : null; m; m = SCOTS.exec(sentence)) edits.push({ start: m.index, end: m.index + m[0].length, by: scotsEnglish(m) });
  INTERVIEWER.lastIndex = 0;
  for (let m = /\b(?:interviewer|examiner|assessor)\b/i.test(sentence) ? INTERVIEWER.exec(sentence) : null; m; m = INTERVIEWER.exec(sentence)) { edits.push({ start: m.index, end: m.index + m[0].length, by: 'me' }); reread = true; }
  WHEN_ASKED.lastIndex = 0;
  for (let m = /\b(?:asked|questioned)\b/.test(sentence) ? WHEN_ASKED.exec(sentence) : null; m; m = WHEN_ASKED.exec(sentence)) {
    // (The match is empty: the search goes on past it, or it would find the same place again.)
    WHEN_ASKED.lastIndex = m.index + 1;
    if (inside(quoteSpans(), m.index)) continue;
    edits.push({ start: m.index, end: m.index, by: 'I ' });
    reread = true;
  }
  TELLING.lastIndex = 0;
  for (let m = /\btell(?:ing)?\b|\btold that\b/.test(sentence) ? TELLING.exec(sentence) : null; m; m = TELLING.exec(sentence)) edits.push({ start: m.index, end: m.index + m[0].length, by: m[1] ? 'was talking ' : 'said ' });
  PHONE_KIND.lastIndex = 0;
  for (let m = /phone/i.test(sentence) ? PHONE_KIND.exec(sentence) : null; m; m = PHONE_KIND.exec(sentence)) edits.push({ start: m.index, end: m.index + m[0].length, by: '' });
  SIGN_GLOSS.lastIndex = 0;
  for (let m = /\bsigned [A-Z]{2}/.test(sentence) ? SIGN_GLOSS.exec(sentence) : null; m; m = SIGN_GLOSS.exec(sentence)) edits.push({ start: m.index, end: m.index + m[0].length, by: `"${m[1].toLowerCase()}"` });
  GLOSSED.lastIndex = 0;
  for (let m = /["”]\s*\(/.test(sentence) ? GLOSSED.exec(sentence) : null; m; m = GLOSSED.exec(sentence)) {
    if (ASIDE.test(m[4])) continue;
    edits.push({ start: m.index, end: m.index + m[0].length, by: `${m[1]}${m[4]}${m[3]}` });
  }
  PERFECT.lastIndex = 0;
  const perfect = / ha(?:s|ve) /.test(sentence);
  const spoken = perfect ? quoteSpans() : [];
  for (let m = perfect ? PERFECT.exec(sentence) : null; m; m = PERFECT.exec(sentence)) {
    // (The client's own words stay as said: 'said "I have told you already"'.)
    if (inside(spoken, m.index)) continue;
    const subject = /(\S+) $/.exec(sentence.slice(0, m.index))?.[1].toLowerCase();
    const verb = m[2] ? (subject === 'they' || subject === 'we' ? 'were' : 'was') : (PAST_OF_PERFECT[m[3]] ?? m[3]);
    edits.push({ start: m.index, end: m.index + m[0].length, by: `${m[1] ? m[1].trim() + ' ' : ''}${verb}` });
  }
  SHORTHAND.lastIndex = 0;
  for (let m = /[↓↑⇓⇑]|\+\+|c\/o/i.test(sentence) ? SHORTHAND.exec(sentence) : null; m; m = SHORTHAND.exec(sentence)) {
    // ("frustrated ++" becomes "very frustrated": the "very" goes before the word, the "++" goes.)
    if (m[3]) { edits.push({ start: m.index - m[3].length, end: m.index - m[3].length, by: 'very ' }); edits.push({ start: m.index, end: m.index + m[0].length, by: '' }); continue; }
    edits.push({ start: m.index, end: m.index + m[0].length, by: m[1] ? 'reduced ' : m[2] ? 'increased ' : m[4] ? 'complains of' : 'very ' });
  }
  APPT.lastIndex = 0;
  for (let m = /appt/i.test(sentence) ? APPT.exec(sentence) : null; m; m = APPT.exec(sentence)) edits.push({ start: m.index, end: m.index + m[0].length, by: /s\.?$/i.test(m[0]) ? 'appointments' : 'appointment' });
  NO_APOSTROPHE.lastIndex = 0;
  for (let m = /nt\b/i.test(sentence) ? NO_APOSTROPHE.exec(sentence) : null; m; m = NO_APOSTROPHE.exec(sentence)) edits.push({ start: m.index, end: m.index + m[0].length, by: `${m[1]}n't` });
  UNCONTRACTED.lastIndex = 0;
  for (let m = UNCONTRACTED.exec(sentence); m; m = UNCONTRACTED.exec(sentence)) edits.push({ start: m.index, end: m.index + m[0].length, by: contracted(m) });
  FULL_FORM.lastIndex = 0;
  const inQuotes = quoteSpans();
  for (let m = inQuotes.length ? FULL_FORM.exec(sentence) : null; m; m = FULL_FORM.exec(sentence)) {
    // (Not where a negation is contracted over it already: "it is not" is "it isn't" above; "I am not" is "I'm not",
    // "let us not" "let's not".)
    if (inside(inQuotes, m.index) && (m[1] || m[5] || !/^\s+not\b/i.test(sentence.slice(m.index + m[0].length)))) edits.push({ start: m.index, end: m.index + m[0].length, by: shortForm(m) });
  }
  // (The rarer rewrites are looked for only when a word they need is there: "did"/"does", "by".)
  const emphatic = /\bdo(?:es)?\b|\bdid\b/i.test(sentence);
  EMPHATIC.lastIndex = 0;
  for (let m = emphatic ? EMPHATIC.exec(sentence) : null; m; m = EMPHATIC.exec(sentence)) {
    edits.push({ start: m.index, end: m.index + m[0].length, by: EMPHASISED[m[1].toLowerCase()][/^does/i.test(m[0]) ? 1 : 0] });
  }
  const passive = / by /i.test(sentence);
  IT_WAS_BY.lastIndex = 0;
  for (let m = passive ? IT_WAS_BY.exec(sentence) : null; m; m = IT_WAS_BY.exec(sentence)) {
    const by = `${agentAsSubject(m[2])} ${m[1].toLowerCase()}`;
    edits.push({ start: m.index, end: m.index + m[0].length, by: m[0][0] === 'I' ? by[0].toUpperCase() + by.slice(1) : by });
  }
  IT_WAS.lastIndex = 0;
  for (let m = /\bit was\b/i.test(sentence) && !passive ? IT_WAS.exec(sentence) : null; m; m = IT_WAS.exec(sentence)) {
    edits.push({ start: m.index, end: m.index + m[0].length, by: `${m[0][0] === 'I' ? 'Pt' : 'pt'} ${m[1].toLowerCase()}` });
    reread = true;
  }
  const unsaid = !passive ? DONE_UNSAID.exec(sentence) : null;
  if (unsaid) {
    const [all, space, det, noun, adverb, verb] = unsaid;
    edits.push({ start: space.length, end: all.length, by: `Pt ${adverb}${verb.toLowerCase()} ${asObject(det, noun, '')}` });
    reread = true;
  }
  const done = passive ? DONE_BY.exec(sentence) : null;
  if (done) {
    const [all, space, det, noun, adverb, participle, particle, after, agent] = done;
    const past = PAST_OF[participle.toLowerCase()] ?? participle.toLowerCase();
    const object = asObject(det, noun, 'the ');
    const subject = agentAsSubject(agent);
    reread = true;
    // "tore up the worksheet", but "ended the session early", "brought the session to an end".
    const last = particle && /short|early|end|close|halt/i.test(particle);
    const by = `${subject} ${adverb}${past}${particle && !last ? particle : ''} ${object}${last ? particle : ''}${after}`;
    edits.push({ start: space.length, end: all.length, by });
  }
  const role = ROLE_SAID.exec(sentence);
  if (role) edits.push({ start: role[1].length, end: role[1].length + role[2].length, by: 'They' });
  const initials = INITIALS.exec(sentence);
  if (initials && !NOT_INITIALS.has(initials[2])) edits.push({ start: initials[1].length, end: initials[1].length + 2, by: 'Pt' });
  CLT.lastIndex = 0;
  for (let m = CLT.exec(sentence); m; m = CLT.exec(sentence)) edits.push({ start: m.index, end: m.index + m[0].length, by: m[0][0] === 'c' ? 'pt' : 'Pt' });
  const third = /\b(?:the|this) (?:therap|counsel|psycholog|facilitat|trainee|supervisee)/i.test(sentence) && !ANOTHER_THERAPY.test(sentence);
  const bare = /\b(?:counsell?or|clinician|therapist)\b/i.test(sentence) && !ANOTHER_THERAPY.test(sentence);
  const quoted = third || bare ? quoteSpans() : [];
  const roleMe = /\((?:me|myself|I|this writer|writer)\)/.test(sentence);
  for (const re of [...(roleMe ? [ROLE_ME] : []), WRITER, TH, PWP, CO, OT, ...(third ? [THE_THERAPIST] : []), ...(bare ? [BARE_WRITER] : [])]) {
    re.lastIndex = 0;
    for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
      if ((re === THE_THERAPIST || re === BARE_WRITER) && inside(quoted, m.index)) continue;
      reread = true;
      const own = /['’]s$/.test(m[0]);
      const first = m.index === 0 || /^[\s"“(]*$/.test(sentence.slice(0, m.index));
      // The subject of what the client said or thought of them ('stated Th "never answers"'), or of what they did.
      // ...or before how they were ("Writer aware of pressure to abandon protocol": not "me aware").
      const subject = re === OT || SAID_OF.test(sentence.slice(Math.max(0, m.index - 20), m.index)) || DID.test(sentence.slice(m.index + m[0].length)) || OWN_PRESENT.test(sentence.slice(m.index + m[0].length)) || STATE.test(sentence.slice(m.index + m[0].length))
        // ...or opening the sentence before a word of its own ("This writer became defensive"; not "Th re: HW", "Th and pt").
        || (first && OPENS_WITH_VERB.test(sentence.slice(m.index + m[0].length)));
      // ...or before its own verb in the third person, past the client's opening quotation mark ('asks whether this writer
      // "has ever worked a shift"'): the subject, and the verb agrees with "I" ("have").
      const agrees = !own ? AGREES.exec(sentence.slice(m.index + m[0].length)) : null;
      const by = own ? 'my' : subject || agrees ? 'I' : 'me';
      edits.push({ start: m.index, end: m.index + m[0].length, by: first && by === 'my' ? 'My' : by });
      const present = by === 'I' && !agrees ? OWN_PRESENT.exec(sentence.slice(m.index + m[0].length)) : null;
      const verb = agrees ?? present;
      if (verb) {
        const at = m.index + m[0].length + verb[1].length;
        edits.push({ start: at, end: at + verb[2].length, by: agreeWithI(verb[2]) });
      }
    }
  }
  // A note's "self" and "own" with no "my" after the writer and a verb of noticing ("PWP found self filling the pauses",
  // "noticed own voice getting brisk"): "myself", "my own".
  NOTE_SELF.lastIndex = 0;
  for (let m = /\b(?:self|own)\b/.test(sentence) ? NOTE_SELF.exec(sentence) : null; m; m = NOTE_SELF.exec(sentence)) {
    edits.push({ start: m.index, end: m.index + m[0].length, by: m[0] === 'self' ? 'myself' : 'my own' });
    reread = true;
  }
  if (!edits.length) return undefined;
  edits.sort((x, y) => x.start - y.start);
  const frames = reread && stress.size ? rewrite(sentence, edits.filter((e) => !stress.has(e))) : undefined;
  return { ...rewrite(sentence, edits), verbs: [], reread, ...(frames ? { frames } : {}) };
}

/**
 * Single quotation marks, as British notes write the client's words ("She said 'not really' and put her hood up"),
 * as double ones: the same length, so every offset holds. An opening mark follows a space or a bracket and comes
 * before a letter; the closing one comes before a space, punctuation or the end; an apostrophe inside a word
 * ("don't") is neither. A sentence with double quotation marks is left as written.
 */
const SINGLE_QUOTED = /(^|[\s(\[—–:,-])['‘]((?:[^'’‘\n]|['’](?=[A-Za-z]))+?)['’](?=$|[\s.,;:!?)\]—–-])/g;
export function singleQuotesAsDouble(text: string): string {
  // (Not inside the client's double-quoted words, where they quote someone else: 'Said "I'm not saying 'good job'"'.)
  if (!/['‘]/.test(text) || /["“”]/.test(text)) return text;
  return text.replace(SINGLE_QUOTED, (_all, before: string, words: string) => `${before}"${words}"`);
}
