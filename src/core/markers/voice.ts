/**
 * How a note as a whole is written, which some of its sentences need to be read right: a client called "T" (where
 * elsewhere "T" is the therapist), a note written to the client ("you said"), a co-worked session ("RK and I"), a
 * session the client's family came to ("his dad said"). Read once a note, from its prose blocks.
 */
import { quoteSpans } from './context';
import type { ProseBlock } from './prose';

/** What the plain copy of each sentence needs to know of the note's voice (plain.ts). */
export interface NoteVoice {
  /** A session the client's family came to: someone of theirs speaking is a client (FAMILY_SUBJECT). */
  family?: boolean;
  /** A note written to the client: "you" is the client (YOU). */
  addressed?: boolean;
  /** A co-worked note: the co-worker's initials, as the note gives them ("co-therapist (RK)", "co-worked with DN"). */
  coWorkers?: readonly string[];
}

/**
 * A note that names a client "T": an age or a pseudonym in brackets, a title, someone of theirs, or a "T" who does
 * something to the writer ("T agreed with everything I said", "T told me"): a note that writes "I" has no "T" for itself.
 */
const T_IS_A_PERSON = /\bT (?:[\w'’]+ ){0,4}(?:me|I)\b|\b(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.? T\b|\bT \((?:\d{1,2}|pseudonym|aged? \d{1,2}|client|young person|[^)]{0,20}\byears?\b[^)]{0,20})\)|\bT['’]s (?:mum|mom|dad|mother|father|parents?|sister|brother|teacher|school|partner|wife|husband|carer|foster \w+|gran|grandmother|nan)\b/;
/**
 * A note whose writer acts as "I" ("when I said", "I wondered aloud", "I felt") and whose "T" does things of its own ("T swept
 * the figures into the box", "T hid under the table"), with no other word for the client ("Pt", "client", "Yp"): "T" is
 * the client's initial. (A note that calls its client "Pt" may still write "T said we could start somewhere else".)
 */
const WRITER_ACTS_AS_I = /(?:^|[^A-Za-z'’"“])I (?:\w+ly )?(?:said|asked|wondered|suggested|reflected|named|explained|offered|invited|mentioned|raised|tried|brought up|commented|introduced|returned|came back|gave|showed|noticed|felt|found myself)\b/;
const T_ACTS = /(?:^|[^A-Za-z'’])T (?:\w+ly )?(?:swept|sat|hid|ran|went|came|threw|knocked|refused|turned|kept|wouldn't|would not|didn't|did not|arrived|leaned|checked|answered|shrugged|laughed|cried|walked|left|stayed|wanted|wrote|drew|played|built|started|stopped|took|shook|nodded|pushed|stared|spent|talked|spoke)\b/;
const CLIENT_WORD = /\b(?:Pt|pt|Pt\.|patient|[Cc]lient|Cl|Clt|Yp|YP|SU|service user)\b/;
/** A note where "T:" opens the therapist's lines. */
const THERAPIST_T_LINE = /(?:^|\n)\s*T:/;
/** The initial a client called "T" is read under (same length: every offset stays). */
export const CLIENT_T = 'K';
/**
 * A note written to the client, as an open note or a therapy letter is: a letter's greeting ("Dear Sam,"), or "you" as the
 * one who said and did things ("You said", "you told me", "you shook your head") outside quotation marks, twice or more;
 * not a transcript with its speakers' lines ("T: How are you?"), where "you" is whoever the line speaks to.
 */
const YOU_DID = /\b[Yy]ou (?:\w+ly )?(?:said|told|came|asked|brought|talked|spoke|wanted|mentioned|described|wondered|seemed|looked|were|had|did|didn't|felt|went|shook|agreed|gave|kept|chose|sat|stayed|listened|answered|arrived|noticed|laughed|cried)\b/g;
const SPEAKER_LINE = /(?:^|\n)\s*(?:[-*>]\s*)?(?:T|Th|C|Cl|Client|Therapist|Me|Q|A|P|Pt|Counsell?or|[A-Z][a-z]{1,12})\s*:\s*\S/;
/** A co-worked session, and the co-worker's initials beside the word for them ("co-therapist (RK)", "co-worked with DN", "AJ (trainee) co-working"). */
const CO_WORK = /\bco-?(?:therap(?:ist|y)|work(?:er|ed|ing)?|facilitat(?:or|ed|ing)|lead|leader|led)\b|\bjointly with\b|\btwo of us\b/i;
const CO_WORKER_NAMED = /\bco-?(?:therapist|worker|facilitator|lead|leader)\s*\(([A-Z]{2,3})\)|\b(?:co-?(?:worked|working|facilitated|led)|jointly) with (?:my \w+ )?([A-Z]{2,3})\b|\b([A-Z]{2,3})\s*\([^)]{0,30}\)\s*co-?work|\b(?:with|and) ([A-Z]{2,3})\s*\((?:[^)]{0,20}\b)?(?:trainee|co-?\w+|colleague|play therapist|family therapist|nurse|psychologist)\b/g;
function coWorkersOf(text: string): string[] | undefined {
  if (!CO_WORK.test(text)) return undefined;
  const names = new Set<string>();
  CO_WORKER_NAMED.lastIndex = 0;
  for (let m = CO_WORKER_NAMED.exec(text); m; m = CO_WORKER_NAMED.exec(text)) names.add((m[1] ?? m[2] ?? m[3] ?? m[4]) as string);
  return [...names];
}
/**
 * A session the client's family or partner came to: the note says so ("Family session", "seen with her mum", "Dad
 * joined us", "both parents", "came together"), names its young client "the son" or "the girl", or tells what
 * someone of theirs did in the room ("his father interrupted", "her mum answered for her").
 */
const FAMILY_PRESENT = /\bfamily (?:session|therapy|work|meeting|appointment)|\b(?:couples?|joint|conjoint|parent-child|dyadic) (?:session|therapy|work|appointment)|\bseen (?:jointly|together)\b|\b(?:seen|came|come|attended|arrived|joined(?: us)?) (?:in )?with (?:her|his|their) (?:mum|mom|dad|mother|father|parents|carers?|foster carers?|husband|wife|partner|son|daughter|nan|gran|grandma|grandad|grandmother|grandfather)\b|\b(?:mum|mom|dad|mother|father|parents|carers?|husband|wife|partner) (?:also )?(?:attended|joined(?: us)?|was present|were present|sat in)\b|\bboth parents\b|\b(?:Mum|Dad) and (?:Mum|Dad)\b|\b(?:came|arrived|attended|were seen) together\b|\b(?:the )?family (?:arrived|came|attended)\b|\b(?:mother|father|mum|dad|parents?) and (?:son|daughter|child|boy|girl|baby)\b|\b[Tt]he (?:son|daughter|boy|girl|older boy|younger boy|older girl|younger girl|teenager)\b|\b(?:his|her|their|the) (?:mum|mom|dad|mother|father|parents?|carer) (?:interrupted|answered for|spoke over|cut in|took over|sat (?:in|beside|next to|between)|joined in)\b/i;
/** A letter's greeting to the client by first name ("Dear Sam,"), not to a colleague ("Dear Dr Okafor", "Dear colleague"). */
const DEAR_CLIENT = /^\s*Dear (?!(?:Dr|Doctor|Mr|Mrs|Ms|Miss|Mx|Prof|Professor|Colleague|Colleagues|Sir|Madam|All|Team|GP|Consultant|Nurse)\b)[A-Z][a-z]+(?:-[A-Z][a-z]+)?\s*,?\s*$/;
function addressedToClient(blocks: readonly ProseBlock[]): boolean {
  // A letter to the client (a cognitive analytic reformulation, a goodbye letter) from its greeting.
  const first = blocks.find((b) => b.text.trim());
  if (first && !first.quoted && DEAR_CLIENT.test(first.text)) return true;
  let n = 0;
  for (const b of blocks) {
    if (b.quoted) continue;
    if (SPEAKER_LINE.test(b.text)) return false;
    const spans = quoteSpans(b.text);
    YOU_DID.lastIndex = 0;
    for (let m = YOU_DID.exec(b.text); m; m = YOU_DID.exec(b.text)) if (!spans.some(([s, e]) => m!.index >= s && m!.index < e)) n++;
  }
  return n >= 2;
}

/** The note's voice: whether "T" is a client, and what the plain copy of its sentences needs to know. */
export function noteVoice(blocks: readonly ProseBlock[]): NoteVoice & { tIsAPerson: boolean } {
  const text = blocks.map((b) => b.text).join('\n');
  return {
    tIsAPerson: (T_IS_A_PERSON.test(text) || (WRITER_ACTS_AS_I.test(text) && T_ACTS.test(text) && !CLIENT_WORD.test(text))) && !THERAPIST_T_LINE.test(text),
    addressed: /\byou\b/i.test(text) && addressedToClient(blocks),
    coWorkers: coWorkersOf(text),
    family: FAMILY_PRESENT.test(text),
  };
}
