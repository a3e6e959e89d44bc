import assert from 'node:assert/strict';
import { plainWords, singleQuotesAsDouble } from '../../src/core/markers/plain';

describe('words that change nothing the cues read', () => {
  it('drops a filler opening the quotation and keeps the quotation mark', () => {
    assert.equal(plainWords('She said "Well, I don\'t see the point".')?.text, 'She said "I don\'t see the point".');
    assert.equal(plainWords('He said "Honestly I\'m fine" and looked away.')?.text, 'He said "I\'m fine" and looked away.');
    assert.equal(plainWords('"Look, can we not," she said.')?.text, '"can we not," she said.');
  });

  it('drops "literally" and when or how something was said', () => {
    assert.equal(plainWords('She said "literally nothing" without looking up.')?.text, 'She said "nothing" without looking up.');
    assert.equal(plainWords('He asked today whether the club would get a report.')?.text, 'He asked whether the club would get a report.');
    assert.equal(plainWords('She said quietly, "leave it".')?.text, 'She said "leave it".');
    assert.equal(plainWords('She then said it was pointless.')?.text, 'She said it was pointless.');
    assert.equal(plainWords('Pt eventually refused the worksheet.')?.text, 'Pt refused the worksheet.');
  });

  it('reads Scots in the English the cues know ("Ah\'m no here tae be preached at", "dinnae", "nae bother")', () => {
    assert.equal(plainWords('S: "Ah\'m no here tae be preached at."')?.text, 'S: "I\'m not here to be preached at."');
    assert.equal(plainWords('She said "ah dinnae want tae talk aboot it".')?.text, 'She said "I don\'t want to talk about it".');
    assert.equal(plainWords('He said "nae bother" and "it wisnae me".')?.text, 'He said "no bother" and "it wasn\'t me".');
    // Not tae kwon do.
    assert.equal(plainWords('He does tae kwon do on Tuesdays.'), undefined);
  });

  it('maps every offset of the copy back to the sentence', () => {
    const s = 'He then said "Well, whatever" today.';
    const p = plainWords(s)!;
    assert.equal(p.text, 'He said "whatever" today.');
    const at = p.text.indexOf('whatever');
    assert.equal(s.slice(p.toOriginal[at], p.toOriginal[at + 'whatever'.length]), 'whatever');
    assert.equal(s.slice(p.toOriginal[0], p.toOriginal[p.text.indexOf(' said')]), 'He');
    assert.equal(p.toOriginal[p.text.length], s.length);
  });

  it('spells "did not" as "didn\'t" and the therapist named as "this writer" as "I", "me" or "my"', () => {
    assert.equal(plainWords('She said "I do not want to" and "I cannot".')?.text, 'She said "I don\'t want to" and "I can\'t".');
    assert.equal(plainWords('When this writer suggested it she laughed at this writer\'s idea.')?.text, 'When I suggested it she laughed at my idea.');
    assert.equal(plainWords('She turned her back on this writer.')?.text, 'She turned her back on me.');
    // ...and the writer's own verb in the third person, past the client's quotation mark, agrees with "I".
    assert.equal(plainWords('Asks whether this writer "has ever worked a shift".')?.text, 'Asks whether I "have ever worked a shift".');
    // A hedge is read as what was done: "seemed to find" as "found", "appeared to be" as "was", "seemed keen" as "was keen".
    assert.equal(plainWords('He seemed to find his shoes interesting.')?.text, 'He found his shoes interesting.');
    assert.equal(plainWords('Appeared to be asleep.')?.text, 'Was asleep.');
    assert.equal(plainWords('She seemed keen to leave and said "it seemed to help".')?.text, 'She was keen to leave and said "it seemed to help".');
    assert.equal(plainWords('He said the clinician at A&E was rude.'), undefined);
    assert.equal(plainWords('She said the writer of the book was brave.'), undefined);
    assert.equal(plainWords('This writer noticed feeling tired.')?.reread, true);
  });

  it('reads the writer who opens a sentence, or before how they were, as its subject ("I"), not "me"', () => {
    assert.equal(plainWords('This writer became defensive.')?.text, 'I became defensive.');
    assert.equal(plainWords('Writer aware of pressure to abandon protocol.')?.text, 'I aware of pressure to abandon protocol.');
    assert.equal(plainWords('Th re: HW, clt shrugged.')?.text, 'me re: HW, pt shrugged.');
  });

  it('reads "Th" as the therapist, the subject of what the client said of them', () => {
    assert.equal(plainWords('Clt stated Th "never actually answers anything."')?.text, 'Pt said I "never actually answers anything."');
    assert.equal(plainWords('Th asked about the week.')?.text, 'I asked about the week.');
    assert.equal(plainWords('Clt angry at Th\'s comment.')?.text, 'Pt angry at my comment.');
    assert.equal(plainWords('The th sound was hard for him.'), undefined);
    // "Clt", "Ct", "Cl" for the client are "Pt", which the cues know; "CT:" is countertransference.
    assert.equal(plainWords('Th re: HW, clt shrugged.')?.text, 'me re: HW, pt shrugged.');
    assert.equal(plainWords('Cl. refused the form.')?.text, 'Pt refused the form.');
    assert.equal(plainWords('CT: bored.'), undefined);
  });

  it('turns the passive of a ward note, with the client as agent, into the client\'s act', () => {
    assert.equal(plainWords('Session was ended early by the patient after fifteen minutes.')?.text, 'The patient ended the session early after fifteen minutes.');
    assert.equal(plainWords('The worksheet was torn up by the client.')?.text, 'The client tore up the worksheet.');
    assert.equal(plainWords('The session was brought to an end by the patient when the plan was mentioned.')?.text, 'The patient brought the session to an end when the plan was mentioned.');
    assert.equal(plainWords('It was stated by the patient that psychology was "pointless".')?.text, 'The patient stated that psychology was "pointless".');
    // Not an agent who is someone else ("the patient advocate") or shares the act ("the patient and the team").
    assert.equal(plainWords('The form was completed by the patient advocate.'), undefined);
    assert.equal(plainWords('The plan was agreed by the patient and the team.'), undefined);
  });

  it('reads the emphatic "did" of a dictated note as the plain past', () => {
    assert.equal(plainWords('he did say at one point that he wasn\'t sure')?.text, 'he said at one point that he wasn\'t sure');
    assert.equal(plainWords('She does admit the homework is hard.')?.text, 'She admits the homework is hard.');
    assert.equal(plainWords('Did she say why?'), undefined);
  });

  it('reads "the therapist" as the writer, two initials as "Pt", and leaves out how or how often a thing was said', () => {
    assert.equal(plainWords('When the therapist asked about the birth she talked about paint.')?.text, 'When I asked about the birth she talked about paint.');
    assert.equal(plainWords('She told the therapist to "go and help someone who needs it".')?.text, 'She told me to "go and help someone who needs it".');
    // Not someone the words after it single out, nor in a sentence that names another therapy, nor in quotes.
    assert.equal(plainWords('She said the therapist at the hospital was kind.'), undefined);
    assert.equal(plainWords('Previous counselling ended when she felt the counsellor "didn\'t get it".'), undefined);
    assert.equal(plainWords('She said "the therapist was lovely".'), undefined);
    assert.equal(plainWords('JK denied any problem.')?.text, 'Pt denied any problem.');
    assert.equal(plainWords('GP increased the dose.'), undefined);
    assert.equal(plainWords('he told me, pleasantly and firmly, that he was fine')?.text, 'he told me that he was fine');
    assert.equal(plainWords('Pt asked ×3 when the appt would finish.')?.text, 'Pt asked when the appointment would finish.');
    assert.equal(plainWords('She asked three times whether it was over.')?.text, 'She asked whether it was over.');
    assert.equal(plainWords('He laughed and verbalized "me? never".')?.text, 'He laughed and said "me? never".');
    assert.equal(plainWords('Pt expressed that therapy was "pointless".')?.text, 'Pt said that therapy was "pointless".');
    assert.equal(plainWords('She expressed frustration with her landlord.'), undefined);
    // "reported" is "said" before the client's words, except on a SOAP note's subjective line, where it gives symptoms;
    // the present "reports" is that line's word wherever it stands.
    assert.equal(plainWords('S: Pt reports "same old".'), undefined);
    assert.equal(plainWords('Pt reports "same old".'), undefined);
    assert.equal(plainWords('Subjective: client reported that she "felt low most days".'), undefined);
    assert.equal(plainWords('Client reported he has been "cutting back".')?.text, 'Client said he has been "cutting back".');
    assert.equal(plainWords('Pt reported nausea after the tablets.'), undefined);
    assert.equal(plainWords('Client stated the group "is a waste of a Tuesday".')?.text, 'Client said the group "is a waste of a Tuesday".');
    assert.equal(plainWords('Pt states she "doesn\'t need this".')?.text, 'Pt says she "doesn\'t need this".');
    assert.equal(plainWords('Her stated goal was to sleep through.'), undefined);
    assert.equal(plainWords('As stated, she was fine.'), undefined);
  });

  it('reads the writer named by the role alone ("Counselor", "Clinician", "Therapist") as "I", "me" or "my"', () => {
    assert.equal(plainWords('Counselor felt like the bad guy.')?.text, 'I felt like the bad guy.');
    assert.equal(plainWords('- Therapist noticed feeling caught between them.')?.text, '- I noticed feeling caught between them.');
    assert.equal(plainWords('Dana stated therapist "always lets him off the hook".')?.text, 'Dana said I "always lets him off the hook".');
    assert.equal(plainWords('Client became angry with clinician.')?.text, 'Client became angry with me.');
    assert.equal(plainWords('Therapist: How has the week been?'), undefined);
    assert.equal(plainWords('Her school counselor said she is doing well.'), undefined);
    assert.equal(plainWords('She said her therapist at the clinic was "useless".'), undefined);
    assert.equal(plainWords('She said "my therapist never listened".'), undefined);
    assert.equal(plainWords('Client said previous therapist was "cold".'), undefined);
    // A role opening a sentence before a verb of saying is the client as "They" (the cues that need a speaker read it).
    assert.equal(plainWords('Veteran stated "I don\'t need to write it down".')?.text, 'They said "I don\'t need to write it down".');
    assert.equal(plainWords('Resident said the step work was "the same".')?.text, 'They said the step work was "the same".');
    assert.equal(plainWords('Resident reports sleeping well.'), undefined);
    // After any verb or preposition, not after a word that names which counselor ("her", "family", "female").
    assert.equal(plainWords('She became angry and interrupted counselor.')?.text, 'She became angry and interrupted me.');
    assert.equal(plainWords('Her family therapist said no.'), undefined);
    assert.equal(plainWords('Client is a therapist herself.'), undefined);
  });

  it('reads a case note\'s passive of observation ("was observed to be") as what was seen', () => {
    assert.equal(plainWords('Client was observed to be more withdrawn than usual.')?.text, 'Client was more withdrawn than usual.');
    assert.equal(plainWords('He was noted to turn his chair away.'), undefined);
  });

  it('reads single quotation marks as double ones, the same length, but not apostrophes or quotes inside quotes', () => {
    assert.equal(singleQuotesAsDouble("He said 'I don't care' and left."), 'He said "I don\'t care" and left.');
    assert.equal(singleQuotesAsDouble('She said ‘a bit much’.'), 'She said "a bit much".');
    assert.equal(singleQuotesAsDouble("the clients' group met; it's fine"), "the clients' group met; it's fine");
    assert.equal(singleQuotesAsDouble('Said "I\'m not saying \'good job\' for every brick".'), 'Said "I\'m not saying \'good job\' for every brick".');
  });

  it('reads a letter\'s present perfect of saying or meeting the work as the past, not a life\'s news since last time', () => {
    assert.equal(plainWords('He has described them as "homework for a failed exam".')?.text, 'He described them as "homework for a failed exam".');
    assert.equal(plainWords('He has repeatedly asked when he will be discharged.')?.text, 'He repeatedly asked when he will be discharged.');
    assert.equal(plainWords('I have found it hard at times.')?.text, 'I found it hard at times.');
    assert.equal(plainWords('He has been guarded.')?.text, 'He was guarded.');
    assert.equal(plainWords('They have been late.')?.text, 'They were late.');
    assert.equal(plainWords('His mother has moved to a day centre.'), undefined);
    assert.equal(plainWords('He has had a hard year.'), undefined);
  });

  it('reads medical shorthand ("↓ eye contact", "pt ++ irritable", "frustrated ++", "c/o"), a work phone as a phone', () => {
    assert.equal(plainWords('↓ eye contact when hx of fall raised.')?.text, 'reduced eye contact when hx of fall raised.');
    assert.equal(plainWords('Pacing revisited, pt ++ irritable.')?.text, 'Pacing revisited, pt very irritable.');
    assert.equal(plainWords('Clinician frustrated ++.')?.text, 'I very frustrated.');
    assert.equal(plainWords('c/o pain, ↑ since Xmas.')?.text, 'complains of pain, increased since Xmas.');
    assert.equal(plainWords('Dad checked his work phone throughout.')?.text, 'Dad checked his phone throughout.');
  });

  it('reads a sign\'s gloss in capitals and a translated quotation\'s gloss as the client\'s quoted words', () => {
    assert.equal(plainWords('When I asked about his brother he signed FINISH and looked away.')?.text, 'When I asked about his brother he signed "finish" and looked away.');
    assert.equal(plainWords('She said "no pasa nada" (it\'s nothing) when I asked.')?.text, 'She said "it\'s nothing" when I asked.');
    // (An aside that says how it was said is no gloss.)
    assert.equal(plainWords('She said "fine" (laughing).'), undefined);
    assert.equal(plainWords('She said "ça va" (in French).'), undefined);
  });

  it('reads the writer\'s aside between commas ("I wanted, I realise, to prove") as the sentence without it, and "PWP" as the writer', () => {
    assert.equal(plainWords('I wanted, I realise, to prove myself.')?.text, 'I wanted to prove myself.');
    assert.equal(plainWords('She agreed, I think, too readily.')?.text, 'She agreed too readily.');
    assert.equal(plainWords('PWP felt rushed.')?.text, 'I felt rushed.');
    // A note's "self" and "own" after the writer and a verb of noticing: "myself", "my own"; not after the client.
    assert.equal(plainWords('PWP heard self speeding up.')?.text, 'I heard myself speeding up.');
    assert.equal(plainWords('PWP noticed own voice getting brisk.')?.text, 'I noticed my own voice getting brisk.');
    assert.equal(plainWords('Pt found self crying in the car.'), undefined);
    // "Co" and "Cllr", as counsellors who write "Cl" for the client name themselves; not a company or a county.
    assert.equal(plainWords('Co felt dismissed, then curious.')?.text, 'I felt dismissed, then curious.');
    assert.equal(plainWords("Corrected Co's summary twice.")?.text, 'Corrected my summary twice.');
    assert.equal(plainWords('Cllr noticed own eyes filling.')?.text, 'I noticed my own eyes filling.');
    assert.equal(plainWords('He works for Smith & Co in Leeds.'), undefined);
    assert.equal(plainWords('She moved to Co. Durham last year.'), undefined);
    assert.equal(plainWords('She saw her previous PWP in May.'), undefined);
    assert.equal(plainWords('She was here, she said, because of her mum.')?.text, 'She was here because of her mum.');
    assert.equal(plainWords('OT aware of carrying the plan.')?.text, 'I aware of carrying the plan.');
    assert.equal(plainWords('When OT asked about the stairs she laughed.')?.text, 'When I asked about the stairs she laughed.');
    assert.equal(plainWords('She attended OT on Tuesday.'), undefined);
    assert.equal(plainWords("She read OT's summary aloud.")?.text, 'She read my summary aloud.');
    // (A dictated note's contractions without their apostrophe.)
    assert.equal(plainWords('she said she didnt see the point')?.text, "she said she didn't see the point");
    // (The client's words in full, as some Englishes write them, in the cues' short forms; only inside quotation marks.)
    assert.equal(plainWords('She said "I am fine, it is nothing, we will manage".')?.text, 'She said "I\'m fine, it\'s nothing, we\'ll manage".');
    assert.equal(plainWords('Said "I am not crying, it is not a problem".')?.text, 'Said "I\'m not crying, it isn\'t a problem".');
    assert.equal(plainWords('I said it is fine and that I am glad she came.'), undefined);
    assert.equal(plainWords('She said "madam, let us not go there".')?.text, 'She said "madam, let\'s not go there".');
  });

  it('gives the writer\'s own present after the name the person that agrees with "I" ("When clinician asks" as "When I ask"), and keeps the words of stress in the frames\' copy', () => {
    assert.equal(plainWords("When clinician asks about her mother's diagnosis, client begins talking about work.")?.text, "When I ask about her mother's diagnosis, client begins talking about work.");
    assert.equal(plainWords('Clinician feels like an intrusion on his day.')?.text, 'I feel like an intrusion on his day.');
    assert.equal(plainWords('When this writer tries to explore it, client changes the subject.')?.text, 'When I try to explore it, client changes the subject.');
    assert.equal(plainWords('This clinician is aware of wanting to prove herself.')?.text, 'I am aware of wanting to prove herself.');
    assert.equal(plainWords('Clinician touches on the loss.')?.text, 'I touch on the loss.');
    assert.equal(plainWords('Clinician focuses on the week.')?.text, 'I focus on the week.');
    assert.equal(plainWords('Clinician uses her name.')?.text, 'I use her name.');
    // (Not a verb after "me": "asks clinician whether" keeps the client's verb.)
    assert.equal(plainWords('Asks clinician whether she is "a believer".')?.text, 'Asks me whether she is "a believer".');
    assert.equal(plainWords('Tells clinician "you don\'t even know me".')?.text, 'Tells me "you don\'t know me".');
    assert.equal(plainWords('Tells clinician "you don\'t even know me".')?.frames?.text, 'Tells me "you don\'t even know me".');
  });

  it('reads a clinic letter\'s passive in the active: the agent as subject, "It was stated that" as the client\'s, what the client did to something, and "The writer" opening a sentence as "I"', () => {
    assert.equal(plainWords('The formulation was described by him as "a checklist".')?.text, 'He described the formulation as "a checklist".');
    assert.equal(plainWords('It was insisted by Mr J that the debt was fine.')?.text, 'Mr J insisted that the debt was fine.');
    assert.equal(plainWords('It was stated that she was fine.')?.text, 'Pt stated that she was fine.');
    assert.equal(plainWords('Low mood was denied.')?.text, 'Pt denied low mood.');
    assert.equal(plainWords('The session was steered repeatedly towards his pension.')?.text, 'Pt steered the session repeatedly towards his pension.');
    assert.equal(plainWords('A pull to side with Mrs J was noticed by the writer.')?.text, 'I noticed a pull to side with Mrs J.');
    assert.equal(plainWords('The writer felt kept out.')?.text, 'I felt kept out.');
    // (Not what the writer noted, nor the writer of something else.)
    assert.equal(plainWords('It was noted that he arrived late.'), undefined);
    assert.equal(plainWords('She read the writer of the letter a poem.'), undefined);
  });

  it('reads "you" in a note written to the client as the client, outside the quotation marks: "she" as a subject, "her" otherwise, the verb agreeing', () => {
    const toClient = { addressed: true };
    assert.equal(plainWords('When I asked you about the weekend you said "fine" and looked at the clock.', toClient)?.text, 'When I asked her about the weekend she said "fine" and looked at the clock.');
    assert.equal(plainWords('You were quiet and your answers got shorter.', toClient)?.text, 'She was quiet and her answers got shorter.');
    assert.equal(plainWords('You said "you never listen" and you\'re right to say it.', toClient)?.text, 'She said "you never listen" and she\'s right to say it.');
    assert.equal(plainWords('You don\'t want to talk about it, you told me.', toClient)?.text, 'She doesn\'t want to talk about it, she told me.');
    assert.equal(plainWords('When I asked you about the weekend you said "fine".'), undefined);
  });

  it('reads the two clinicians of a co-worked session as the writer: "my co-lead and I", the co-worker\'s initials and I, "We both" opening a co-worked note\'s sentence, and their "we" after', () => {
    assert.equal(plainWords('My co-lead and I noticed we avoided calling on her.')?.text, 'I noticed I avoided calling on her.');
    assert.equal(plainWords('RK and I both noticed we had been siding with her.', { coWorkers: ['RK'] })?.text, 'I noticed I had been siding with her.');
    assert.equal(plainWords('SM and I noticed afterwards that we had both talked over the silences.', { coWorkers: ['SM'] })?.text, 'I noticed afterwards that I had talked over the silences.');
    assert.equal(plainWords('We both felt we were working harder than the family.', { coWorkers: [] })?.text, 'I felt I was working harder than the family.');
    // Not outside a co-worked note, nor someone else and I (the client, "Jo and I talked"), nor in the client's words.
    assert.equal(plainWords('We both felt we were working harder than the family.'), undefined);
    assert.equal(plainWords('Jo and I talked about the overdose.', { coWorkers: ['DN'] }), undefined);
    assert.equal(plainWords('She said "my co-worker and I never agree".'), undefined);
  });

  it('reads someone of the family as the subject of what they said or did in a session the family came to as "They"', () => {
    const family = { family: true };
    assert.equal(plainWords('His dad said the sessions were "not really doing anything".', family)?.text, 'They said the sessions were "not really doing anything".');
    assert.equal(plainWords('When we set up the exercise his dad said "what a waste".', family)?.text, 'When we set up the exercise They said "what a waste".');
    // Not an object ("told his dad"), not in the client's words, not outside a family session.
    assert.equal(plainWords('She told his dad said nothing.', family), undefined);
    assert.equal(plainWords('She said "his dad said no".', family), undefined);
    assert.equal(plainWords('His dad said the sessions were "not really doing anything".'), undefined);
  });

  it('reads the client\'s words after a dash from a verb of saying, or after a colon that ends my move, as said', () => {
    assert.equal(plainWords('He said — "you always bring it back to you".')?.text, 'He said "you always bring it back to you".');
    assert.equal(plainWords('When I suggested touching the bin lid together: "not a chance".')?.text, 'When I suggested touching the bin lid together, they said "not a chance".');
    // (Not where the client's own verb stands after a comma.)
    assert.equal(plainWords('When I asked how it felt, he corrected me: "I deal in facts".'), undefined);
  });

  it('reads a case note\'s "when asked" with no one named as my question, "when I asked"; not "when asked by" someone', () => {
    assert.equal(plainWords('When asked about the debt, he said "sorted".')?.text, 'When I asked about the debt, he said "sorted".');
    assert.equal(plainWords('She went quiet once questioned about it.')?.text, 'She went quiet once I questioned about it.');
    assert.equal(plainWords('When asked by her mother she said no.'), undefined);
    assert.equal(plainWords('When asked about the letters: "sorted".')?.text, 'When I asked about the letters, they said "sorted".');
    assert.equal(plainWords('She said "when asked, I lie" to me.'), undefined);
  });

  it('leaves a sentence without them alone, and "then" that is not between the client and a verb', () => {
    assert.equal(plainWords('She said it was pointless.'), undefined);
    assert.equal(plainWords('We agreed a plan and then stopped for the day.'), undefined);
    assert.equal(plainWords('Well, the session went well.'), undefined);
  });
});
