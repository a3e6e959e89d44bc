import { OF_THE_WORK, WORK_OPENING } from './lexicon';
import { rewrite, type Edit } from './tense';

/**
 * Many notes give the client's words without quotation marks: "he said he hadn't come here to be pitied", "She told me
 * I was just another one who would leave". The cues of speech are written for the words as the client said them
 * ("I didn't come here to be pitied", anchored on the quotation mark). A sentence that reports the client's words so
 * is also read in a copy with the words put back in the client's mouth, between quotation marks: the client's "she",
 * "her", "his" as "I", "me", "my"; the therapist's "I", "me", "my" as "you", "me", "your"; "was" and "could" as the
 * present the client spoke in. Offsets map back to the sentence (tense.ts `rewrite`).
 */
export interface Reported {
  text: string;
  toOriginal: Int32Array;
  /**
   * The words name the work or the two of us ("the diary", "coming here", "you"), or answer a move of mine ("When I
   * pointed out the gap"): only then are they read as a challenge to the work (a confrontation), where "she said she
   * can't do the banking on the phone" is her life. A turn away from feeling ("she said she sees worse every day") is
   * read either way.
   */
  aboutTheWork: boolean;
  /** The same words with their past kept ("you weren't there"), when that differs from the present read above. */
  past?: { text: string; toOriginal: Int32Array };
  /** The words answer a move of mine in the same sentence ("When I wondered about the gap she said it was nothing"). */
  answersMe: boolean;
}

/** Who reports: the client as a pronoun, a note's abbreviation, a title and name, or an initial or a first name. */
const REPORTER = String.raw`(?:\b(?:she|he|they|pt|client|the client|patient)|\b(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+[A-Z][\w'-]*|\b(?!(?:I|We|When|As|After|Then|Later|Once|If|The|This|It|Mum|Mom|Dad|Mother|Father|Nan|Nana|Gran|Grandma|Grandad|Granny|Aunt|Auntie|Uncle|Sister|Brother|Nurse|Doctor|Matron|Sir|Miss)\b)[A-Z][a-z]*|(?<=\w[^.;:]*)\b(?:and|but|then|and then)(?=\s))`;
/** How: a verb of saying, with "me" where it takes one, and "that" when written. */
const SAYING = String.raw`(?:said|says|told me|tells me|told us|(?:was|were|is) (?:saying|telling me)|reported|reports|verbali[sz]ed|verbali[sz]es|wrote|texted|typed|signed|explained|explains|insisted|insists|claimed|claims|stated|states|replied|replies|answered|answers|added|adds|admitted|admits|declared|announced|complained|complains|protested|argued|objected|snapped|muttered|remarked|commented|mentioned|made it clear|let me know|informed me|assured me|reminded me|pointed out|maintained|suggested|repeated|kept saying|kept telling me)`;
const REPORTING = new RegExp(String.raw`(?:^\s*(?:Said|Says|Told me|Made it clear|Insisted|Explained|Added|Complained|Stated)(?:\s+(?:again|also|then|later|only))?|${REPORTER}\s+(?:(?:then|also|just|again|later|only|quickly|flatly|simply|firmly|quietly|sharply|angrily|calmly|curtly|tersely|\w+ly)\s+)?${SAYING})(?:,\s+[^,.;"“]{1,30},)?(?:\s+that(?!\s+(?:was|is|would|will|had|has|could|made|sounded|seemed|felt|wasn't|isn't|won't|wouldn't)\b))?\s+(?=\S)`, 'g');

/** Where the reported words end: a new clause of the client's own ("and looked at his phone"), or the sentence's end. */
const CLAUSE_END = /\s*(?:;|:|\s+-\s+|,?\s+and then\b|,\s+which (?:we|I)\b|,\s+and\s+(?:(?:she|he|they)\s+)?(?=[a-z]+ed\b|(?:looked|went|got|sat|left|took|put|gave|turned|stood|shrugged|laughed|moved|changed|asked|said|told)\b)|,?\s+(?:before|while|then)\s+(?:she|he|they)\b|\s+and\s+(?:she|he|they)\s+(?=[a-z]+ed\b|(?:looked|went|got|sat|left|took|put|gave|turned|stood|shrugged|laughed|moved|changed|asked|said|told)\b)|\s+and\s+(?=(?:looked|went|got|sat|left|took|put|gave|turned|stood|shrugged|laughed|moved|changed|asked|told|started|began|walked|picked|closed|opened|reached|stared|folded|crossed|checked)\b))/;

const CLIENT_FORMS: Record<'she' | 'he' | 'they', { subject: string; object: string; possessive: string; self: string }> = {
  she: { subject: 'she', object: 'her', possessive: 'her', self: 'herself' },
  he: { subject: 'he', object: 'him', possessive: 'his', self: 'himself' },
  they: { subject: 'they', object: 'them', possessive: 'their', self: 'themselves' },
};
/** Words after "her" that show it is an object, not a possessive ("pitied her", "told her to", "gave her a"). */
const AFTER_OBJECT = /^(?:to|a|an|the|that|this|it|and|or|but|so|if|when|because|about|for|from|with|at|in|on|up|down|out|off|over|back|again|anymore|any more|too|as|like|what|how|why|is|was|were|be|more|less|very|[,.;:!?]|$)$/i;
/** Verbs that take a person and then a verb ("made her write", "let her go"): the "her" after them is an object. */
const CAUSATIVE = /^(?:made|make|makes|let|lets|helped|help|watched|saw|heard|had|got|asked|told|wanted|forced|pushed)$/i;
/** Adverbs between a subject and its verb. */
const ADVERB = /^(?:just|only|really|never|always|already|still|even|also|simply|honestly|ever|once|\w+ly)$/i;
/** Participles that are also the verb's base ("hadn't come" is "didn't come"). */
const BASE_PARTICIPLE = /^(?:come|become|run|put|cut|let|set|read|hit|quit|shut|hurt|cost)$/;
/** Participles of irregular verbs that are also their past ("had told" is "told"). */
const IRREGULAR_PARTICIPLE = /^(?:told|said|made|had|got|thought|felt|found|heard|left|kept|brought|bought|sent|spent|run|put|cut|let|set|read|meant|understood|lost|sat|stood|paid|slept|won|hung|taught|caught|sold|held|led|fed|met|built|burnt|learnt|dreamt)$/;
/** Participles that are not their verb's past ("had done", "had eaten"): read as the present perfect, "I've done". */
const OWN_PARTICIPLE = /^(?:done|been|gone|come|become|given|taken|seen|known|written|spoken|forgotten|chosen|eaten|drunk|driven|ridden|fallen|broken|woken|worn|begun|swum|thrown|grown|shown|flown|hidden|bitten|beaten|gotten|stolen|frozen|shaken|torn|sworn|drawn)$/;
/** Full forms the client would have said short: "I am", "it is", "you are", "was not", "I have tried". */
const SPOKEN_FORMS = /\b(?:I am|(?:you|we|they) are|(?:it|that|there|what|who|he|she) is(?! to\b)|(?:I|you|we|they) have(?= (?:already |just |never |ever |only |always )?(?:[a-z]+ed|[a-z]+en|been|got|had|done|seen|heard|told|said|tried|come|gone|made|known|read|drunk|swum|begun|run|thought|felt|found|left|kept|lost|sent|spent)\b)|(?:I|you|we|they) will|(?:is|are|was|were|do|does|did|have|has|had|could|would|should) not|can ?not|will not)\b/g;
function spoken(full: string): string {
  const [a, b] = full.split(' ');
  if (b === undefined) return "can't";
  if (b === 'not') return a === 'will' ? "won't" : a === 'can' ? "can't" : `${a}n't`;
  return `${a}${({ am: "'m", are: "'re", is: "'s", have: "'ve", will: "'ll" } as Record<string, string>)[b]}`;
}
/** The therapist's role, after "this" in the reported words ("the writer" too; "the therapist" may be another one). */
const ROLE = /^(?:writer|therapist|counsel(?:l)?or|clinician|practitioner|worker)$/;
/** The auxiliaries and forms of "be" a clause carries on with after "and" ("and didn't need", "but was"). */
const AUXILIARY = /^(?:was|were|wasn't|weren't|had|hadn't|would|wouldn't|could|couldn't|did|didn't|does|doesn't|is|isn't|has|hasn't)$/;
/** A move of the therapist's before the client's words. */
const MY_MOVE = /\b(?:when|after|as|once|each time|whenever) I\b|\bI (?:asked|suggested|raised|mentioned|named|wondered|reflected|pointed|offered|invited|brought|said|proposed|noted)\b/i;
const WORD = /[A-Za-z]+(?:['’][A-Za-z]+)?|[,.;:!?]/g;

/** The client's pronoun in words that report them: the reporter's own (or the sentence's subject, for "and said"), or the first one the words use. */
function clientPronoun(reporter: string, clause: string): 'she' | 'he' | 'they' | undefined {
  const own = /\b(she|he|they)\b(?![\s\S]*\b(?:she|he|they)\b)/i.exec(reporter)?.[1]?.toLowerCase();
  if (own === 'she' || own === 'he' || own === 'they') return own;
  if (/^\s*(?:Mrs|Ms|Miss)\b/.test(reporter)) return 'she';
  if (/^\s*Mr\b/.test(reporter)) return 'he';
  const first = /\b(she|he|her|his|him)\b/i.exec(clause)?.[1]?.toLowerCase();
  return first === 'she' || first === 'her' ? 'she' : first === 'he' || first === 'his' || first === 'him' ? 'he' : undefined;
}

/** The copy with the reported words in the client's own, or undefined when the sentence reports none. */
export function reportedSpeech(sentence: string): Reported | undefined {
  REPORTING.lastIndex = 0;
  // (The first report whose words are the client's: "she mentioned last time she said she had been exaggerating".)
  for (let m = REPORTING.exec(sentence); m; m = REPORTING.exec(sentence)) {
    const read = reportAt(sentence, m);
    if (read) return read;
    if (m[0].length === 0) REPORTING.lastIndex++;
  }
  return undefined;
}

function reportAt(sentence: string, m: RegExpExecArray): Reported | undefined {
  let start = m.index + m[0].length;
  const rest = sentence.slice(start);
  const endAt = CLAUSE_END.exec(rest);
  let trimmed = rest.slice(0, endAt ? endAt.index : rest.length).replace(/[\s.!?]+$/, '');
  if (trimmed.split(/\s+/).length < 2) return undefined;
  const end = start + trimmed.length;
  const who = clientPronoun(/^\s*(?:and|but|then)\b/.test(m[0]) ? sentence.slice(0, start) : m[0], trimmed);
  const forms = who ? CLIENT_FORMS[who] : undefined;
  // Only words the client says of themselves or of me: a clause about someone else ("her GP thinks it is all in her
  // head") is read as written, where the context knows whose words they are.
  let opening = /^(?:(?:honestly|frankly|just|only|really),?\s+)?([A-Za-z]+(?:['’][a-z]+)?)/.exec(trimmed)?.[1] ?? '';
  const mine = (word: string) => word === 'I' || /^I['’]/.test(word) || (forms !== undefined && word.toLowerCase().split(/['’]/)[0] === forms.subject);
  // (Or, in answer to a move of mine, words about what I named: "When I wondered about the gap she said it was nothing";
  // or words about the work itself: "she said counselling was for people who had nobody".)
  // (...or words that open on what I asked about, or on "the past", "the point": "When I asked about the fear of re-injury
  // he said fear wasn't really a thing for him", "When I asked about the dreams he said the past was the past".)
  const move = MY_MOVE.exec(sentence.slice(0, m.index));
  const askedOf = move ? new Set((/\b(?:about|on|into|whether|if|how)\s+((?:[\w'-]+\s+){0,5})/i.exec(sentence.slice(move.index, m.index))?.[1] ?? '').toLowerCase().split(/\s+/).filter((x) => x.length > 2 && !/^(?:her|his|their|she|they|the|and|how|was|were)$/.test(x))) : new Set<string>();
  const answer = move !== null && (/^(?:it|that|this|everything|nothing|whatever)$/i.test(opening) || askedOf.has(opening.toLowerCase()) || /^the\s+(?:past|point|problem|truth|answer|thing)\b/i.test(trimmed));
  const ofTheWork = WORK_OPENING.test(trimmed);
  const aboutMe = /^(?:this\s+(?:writer|therapist|counsel(?:l)?or|clinician|practitioner|worker)|the\s+writer)\b/i.test(trimmed);
  if (!mine(opening) && !answer && !ofTheWork && !aboutMe) {
    // ...or the clause of the client's own after one about someone else ("civilians always wanted the war stories and
    // he wasn't here to entertain me").
    const own = forms ? new RegExp(String.raw`\b(?:and|but|so)\s+(?:that\s+)?(${forms.subject})\b`, 'i').exec(trimmed) : null;
    if (!own) return undefined;
    start += own.index + own[0].length - own[1].length;
    trimmed = sentence.slice(start, end);
    opening = own[1];
  }
  const words: { word: string; at: number }[] = [];
  WORD.lastIndex = 0;
  let w: RegExpExecArray | null;
  while ((w = WORD.exec(trimmed))) words.push({ word: w[0], at: start + w.index });
  // (Words the note quotes at the end of the report are the client's as they were said: their quotation marks go, their
  // words stay as written — 'she said chain analyses were "pointless homework" and she knew why'. A quotation elsewhere,
  // or with the report going on after it ('"coping perfectly well" with the new job'), is read as written, where its
  // context is, and the sentence is not copied.)
  const marks = [...sentence.matchAll(/["“”]/g)].map((q) => q.index);
  if (marks.length > 0 && (marks.length !== 2 || marks[0] < start || !/^(?:\s+(?:again|too|as well|now|today|here|all the time|every time))?(?:[\s.!?,]*$|,?\s+(?:and|but)\s+(?:she|he|they)\b)/.test(sentence.slice(marks[1] + 1, end)))) return undefined;
  const inQuote = (at: number) => marks.some((q, k) => k % 2 === 0 && q < at && at < marks[k + 1]);
  const own = (edits: Edit[]) => [...edits.filter((e) => !inQuote(e.start)), ...marks.map((q) => ({ start: q, end: q + 1, by: '' }))];
  const present = spokenCopy(sentence, start, end, own(transposed(words, forms, who, false)));
  // (Not a state reported as the note's own plain news, "she said she was fine", "he said it was OK": the note's words
  // are read as written there, where only a sign against them makes them a denial.)
  // (But said to a state of hers I named, "When I named how exhausted she looked she said she was fine", it is the denial.)
  if (PLAIN_NEWS.test(present.text.slice(present.toOriginal.indexOf(start))) && !I_NAMED.test(sentence.slice(0, m.index))) return undefined;
  // ...and the same words with their past kept, where it differs: "he said I wasn't there" is "you weren't there".
  const kept = spokenCopy(sentence, start, end, own(transposed(words, forms, who, true)));
  // ...and only words about the work or the two of us, or said in answer to a move of mine ("When I pointed out the gap").
  const said = present.text.slice(present.toOriginal.indexOf(start), present.toOriginal.lastIndexOf(end));
  // (Words about what I named are about the work when what I named is: "When I suggested the diary she said it was
  // pointless", not "When I asked about her sleep she said it was awful".)
  const before = sentence.slice(0, m.index);
  const answersMe = move !== null;
  // (...or a task named before the report: "She stopped the set after a few seconds and said she couldn't do this today".)
  return { ...present, past: kept.text === present.text ? undefined : kept, answersMe, aboutTheWork: OF_THE_WORK.test(said) || (answersMe && (!answer || OF_THE_WORK.test(before))) || (!answer && TASK_BEFORE.test(before)) };
}

/** A task of the session named before the report ("stopped the set", "refused the diary"). */
const TASK_BEFORE = /\b(?:stopped|paused|broke off|refused|abandoned|left|ended) (?:the|her|his|their) (?:set|exercise|exposure|task|role-?play|imagery|reliving|recording|diary|worksheet|homework|breathing)\b/i;

/** A move of mine that names a state of the client's: "When I named how tired she looked", "I reflected that he seemed low". */
const I_NAMED = /\bI (?:named|reflected|noticed|noted|commented (?:on|that)|observed|pointed out|wondered (?:aloud )?(?:whether|if)|said (?:that )?(?:she|he|they) (?:looked|seemed|sounded))\b/i;

/** A state given as plain news: "I'm fine", "it's OK", "I don't need a counsellor any more" (the work ending, told). */
const PLAIN_NEWS = /^"(?:(?:I'm|it's|that's|everything's|all's) (?:(?:absolutely|totally|perfectly|completely|really|quite|just) )?(?:fine|ok|okay|alright|all right|good|well|better|great)\b|I (?:don't|do not) need (?:a |any |the )?(?:counsell?or|counsell?ing|therap(?:y|ist)|sessions?|help|group)s? any ?more\b)/i;

/**
 * The sentence with the reported words between quotation marks and their edits made, in the short forms the client
 * speaks in ("I am not" as "I'm not"), as the cues of speech spell them.
 */
function spokenCopy(sentence: string, start: number, end: number, edits: Edit[]): { text: string; toOriginal: Int32Array } {
  const all = [{ start, end: start, by: '"' }, ...edits, { start: end, end, by: '"' }].sort((a, b) => a.start - b.start || (a.end - a.start) - (b.end - b.start));
  const first = rewrite(sentence, all);
  const open = first.toOriginal.indexOf(start);
  const close = first.text.indexOf('"', open + 1);
  const short: Edit[] = [];
  SPOKEN_FORMS.lastIndex = 0;
  let f: RegExpExecArray | null;
  while ((f = SPOKEN_FORMS.exec(first.text.slice(open, close)))) short.push({ start: open + f.index, end: open + f.index + f[0].length, by: spoken(f[0]) });
  const second = rewrite(first.text, short);
  return { text: second.text, toOriginal: second.toOriginal.map((k) => first.toOriginal[k]) };
}

/**
 * The edits that put reported words in the client's mouth: the client's "she", "her", "his" as "I", "me", "my", mine as
 * "you", "your"; with `keepPast` false, "was", "could", "would", "had" as the present the client most often spoke in.
 */
function transposed(words: readonly { word: string; at: number }[], forms: (typeof CLIENT_FORMS)['she'] | undefined, who: string | undefined, keepPast: boolean): Edit[] {
  const edits: Edit[] = [];
  let subject: 'I' | 'you' | 'other' = 'other';
  // The subject of the clause, which "and" or "but" before a verb carries on ("I'll sort it ... and didn't need you").
  let clause: 'I' | 'you' | 'other' = 'other';
  words.forEach(({ word, at }, i) => {
    const lower = word.toLowerCase().replace('’', "'");
    const next = words[i + 1]?.word.toLowerCase() ?? '';
    // (...and says it again where the client would: "and don't need a leaflet" as "and I don't need a leaflet".)
    if ((lower === 'and' || lower === 'but') && AUXILIARY.test(next)) { subject = clause; if (clause === 'I') edits.push({ start: at + word.length, end: at + word.length, by: ' I' }); return; }
    const put = (by: string) => edits.push({ start: at, end: at + word.length, by });
    if (forms && lower === forms.subject) { put('I'); subject = clause = 'I'; return; }
    // (The client's pronoun shortened: "he'd rather not" as "I'd rather not", "she's tried" as "I've tried".)
    if (forms && lower.startsWith(`${forms.subject}'`)) {
      const rest = lower.slice(forms.subject.length);
      put(rest === "'re" || (rest === "'s" && !(/ed$/.test(next) || OWN_PARTICIPLE.test(next) || IRREGULAR_PARTICIPLE.test(next))) ? "I'm" : rest === "'s" ? "I've" : `I${rest}`);
      subject = clause = 'I'; return;
    }
    if (forms && who !== 'she' && lower === forms.object) { put('me'); return; }
    // ("made her write", "let her go": after a verb that takes a person and a verb, the object.)
    if (forms && lower === forms.possessive) { put(who === 'she' && (AFTER_OBJECT.test(next) || CAUSATIVE.test(words[i - 1]?.word ?? '')) ? 'me' : 'my'); return; }
    if (forms && lower === forms.self) { put('myself'); return; }
    if (word === 'I') { put('you'); subject = clause = 'you'; return; }
    // (The therapist named by role, as some hands write: "she said this writer was just another one", "the counselor".)
    if (ROLE.test(lower) && (/^this$/i.test(words[i - 1]?.word ?? '') || (lower === 'writer' && /^the$/i.test(words[i - 1]?.word ?? '')))) { edits.push({ start: words[i - 1].at, end: at + word.length, by: 'you' }); subject = clause = 'you'; return; }
    if (lower === "i'm") { put("you're"); subject = clause = 'you'; return; }
    if (lower === "i'd" || lower === "i've" || lower === "i'll") { put(`you${lower.slice(1)}`); subject = clause = 'you'; return; }
    if (lower === 'me') { put('you'); return; }
    if (lower === 'my') { put('your'); return; }
    if (lower === 'mine') { put('yours'); return; }
    if (lower === 'myself') { put('yourself'); return; }
    if (keepPast) {
      // (The past as it was: only the person's own form, "you was" as "you were".)
      if (subject === 'you' && (lower === 'was' || lower === "wasn't")) put(lower === 'was' ? 'were' : "weren't");
      else if (subject === 'I' && (lower === 'were' || lower === "weren't")) put(lower === 'were' ? 'was' : "wasn't");
      if (subject !== 'other' && ADVERB.test(word)) return;
      subject = 'other';
      return;
    }
    // The client's present, as they said it.
    if (lower === 'was' || lower === 'were') { put(subject === 'I' ? 'am' : subject === 'you' ? 'are' : lower === 'was' ? 'is' : 'are'); subject = 'other'; return; }
    if (lower === "wasn't" || lower === "weren't") { put(subject === 'I' ? "am not" : subject === 'you' ? "aren't" : lower === "wasn't" ? "isn't" : "aren't"); subject = 'other'; return; }
    if (lower === 'could') { put('can'); subject = 'other'; return; }
    if (lower === "couldn't") { put("can't"); subject = 'other'; return; }
    if (lower === 'would' && !/^(?:rather|like|prefer|have)$/.test(next)) { put('will'); subject = 'other'; return; }
    if (lower === "wouldn't") { put("won't"); subject = 'other'; return; }
    // The past perfect as the simple past the client spoke in ("she had tried" as "I tried", "he hadn't come" as "I didn't
    // come"), or as the present perfect before "had", "been", "got" or an adverb of time ("she had had worse" as "I've had worse").
    const participle = words.slice(i + 1).find((x) => !ADVERB.test(x.word))?.word.toLowerCase() ?? '';
    if (lower === 'had' && subject !== 'other' && (/ed$/.test(participle) || IRREGULAR_PARTICIPLE.test(participle) || OWN_PARTICIPLE.test(participle))) {
      if (/^(?:had|got)$/.test(participle) || OWN_PARTICIPLE.test(participle) || /^(?:already|always|never|just|ever)$/i.test(words[i + 1]?.word ?? '')) put('have');
      else edits.push({ start: at, end: at + word.length + 1, by: '' });
      subject = 'other';
      return;
    }
    // ("you had no idea": "had" as a verb of its own, the present "have".)
    if (lower === 'had' && subject !== 'other' && !ADVERB.test(next) && /^(?:no|a|an|the|any|some|nothing|everything|enough|it|that|this)$/i.test(next)) { put('have'); subject = 'other'; return; }
    if (lower === "hadn't" && subject !== 'other') { put(BASE_PARTICIPLE.test(participle) ? "didn't" : "haven't"); subject = 'other'; return; }
    if (subject === 'I' && (lower === "doesn't" || lower === 'does' || lower === 'has' || lower === 'is')) { put(({ "doesn't": "don't", does: 'do', has: 'have', is: 'am' } as Record<string, string>)[lower]); subject = 'other'; return; }
    // "didn't" as the client's present ("she didn't need to talk" as "I don't need to talk"), and a verb's "-s" after "I".
    // (Not "didn't come here to", which the client says in the past: the coming is done.)
    if (subject !== 'other' && lower === "didn't" && !(next === 'come' && /^(?:here|in|to)$/i.test(words[i + 2]?.word ?? ''))) { put("don't"); subject = 'other'; return; }
    if (subject === 'I' && /^[a-z]{3,}s$/.test(word) && !/(?:ss|us|is|ous)$/.test(word) && !ADVERB.test(word)) { put(word.replace(/ies$/, 'y').replace(/(s|sh|ch|x|o)es$/, '$1').replace(/([^s])s$/, '$1')); subject = 'other'; return; }
    if (subject !== 'other' && ADVERB.test(word)) return;
    subject = 'other';
  });
  return edits;
}
