import assert from 'node:assert/strict';
import { moveAlone, replyToMove } from '../../src/core/markers/reply';
import { covered, findingsOf, note } from '../helpers';

/** [subtype, the reply's words] for each reply found in a sentence. */
const replies = (sentence: string) => replyToMove(sentence).map((r) => [r.subtype, sentence.slice(r.start, r.end)]);

describe('the client\'s reply to a move of the therapist\'s (reply.ts)', () => {
  it('after a sentence that was the move alone, the reply that opens the next, or all of the client\'s quoted words', () => {
    // As the detector reads it: the sentence before is passed only when it was the move alone.
    const after = (sentence: string, before: string, quoted = false) => replyToMove(sentence, moveAlone(before) ? before : undefined, quoted).map((r) => [r.subtype, sentence.slice(r.start, r.end)]);
    assert.deepEqual(after('She says "it was nothing" and asks about my weekend.', 'I ask about the argument with her sister.'), [['W1', 'it was nothing']]);
    assert.deepEqual(after('She said "it was nothing".', 'I asked about the argument with her sister.'), [['W1', 'it was nothing']]);
    assert.deepEqual(after('Why would I be disappointed? It\'s not a big deal.', 'When I wondered whether she was disappointed in me:', true), [['W1', 'Why would I be disappointed? It\'s not a big deal.']]);
    // Not after a sentence that holds more than the move, a practical question, or a reply that takes the move up.
    assert.deepEqual(after('She said "it was nothing".', 'I asked about her sister and she cried.'), []);
    assert.deepEqual(after('She said "it was fine".', 'I asked about the holiday.'), []);
    assert.deepEqual(after('She said "yes, that makes sense".', 'I suggested a letter to her sister.'), []);
    assert.deepEqual(after('She said "it was nothing".', 'Her sister rang.'), []);
  });
  it('a short reply, or one that says "you", is no sign by itself', () => {
    assert.deepEqual(replies('When I asked where he had gone, he said, "Nowhere in particular."'), []);
    assert.deepEqual(replies('When I asked what his son would say, he said "you need to rest, Dad".'), []);
    assert.deepEqual(replies('When I asked if she had any questions, she said "no, that\'s clear".'), []);
  });
  it('a denial of feeling is W1, words declining the move or the work are C2', () => {
    assert.deepEqual(replies('When I reflected how hard it sounded, she said "it\'s not that bad, I\'ve dealt with it".'), [['W1', 'it\'s not that bad, I\'ve dealt with it']]);
    assert.deepEqual(replies('When I linked it to her father, she said "we\'ve been over that".'), [['C2', 'we\'ve been over that']]);
    assert.deepEqual(replies('After I named the pattern he said "not everything is about the past".'), [['C2', 'not everything is about the past']]);
  });
  it('what was asked made small, ordinary or only itself is W1; a harm put down to a plain cause too', () => {
    assert.deepEqual(replies('When I named how frightening the scan sounded, he said "anyone would be, it\'s not special".'), [['W1', 'anyone would be, it\'s not special']]);
    assert.deepEqual(replies('When I asked about the christening he said "same as every family do, you smile through it".'), [['W1', 'same as every family do, you smile through it']]);
    assert.deepEqual(replies('When I asked about the night in the cells he said "one night, it\'s not a crime".'), [['W1', 'one night, it\'s not a crime']]);
    assert.deepEqual(replies('When I reflected how drained she looked, she said "school\'s school".'), [['W1', 'school\'s school']]);
    assert.deepEqual(replies('When I asked how the nights were, she said "oh, you get used to it".'), [['W1', 'oh, you get used to it']]);
    assert.deepEqual(replies('When I reflected how tired she sounded she said "it\'s care, you stop noticing".'), [['W1', 'it\'s care, you stop noticing']]);
    assert.deepEqual(replies('When I named how exhausted she seemed she said "everyone caring is exhausted, it\'s not special".'), [['W1', 'everyone caring is exhausted, it\'s not special']]);
    assert.deepEqual(replies('When I asked about the burns on her wrist she said "the oven door".'), [['W1', 'the oven door']]);
    // Not a plain answer with a feeling, a reason or "obviously" in it, nor a cause given for something that is no harm,
    // and a refusal after the small words refuses the move (the cues and C2 read it).
    assert.deepEqual(replies('When I asked who kept the family going, she said "my sister, obviously".'), []);
    assert.deepEqual(replies('When I asked about the burns on her wrist she said "the oven, and I was scared".'), []);
    assert.deepEqual(replies('When I asked about the wedding she said "the registry office".'), []);
    assert.deepEqual(replies('When I asked about the drawing she said "it\'s only a sketch, don\'t analyse it".'), [['C2', 'it\'s only a sketch, don\'t analyse it']]);
  });
  it('with no move before them, the client\'s words that make it ordinary or state a rule for not feeling are W1 too', () => {
    assert.deepEqual(replies('He said "surgeons don\'t panic, we scrub in".'), [['W1', 'surgeons don\'t panic, we scrub in']]);
    assert.deepEqual(replies('Said "it happens to every bride, you get used to it".'), [['W1', 'it happens to every bride, you get used to it']]);
    // Not a wish to be so, nor words that turn with "but".
    assert.deepEqual(replies('She said "cats don\'t panic, I\'d like to be a cat".'), []);
    assert.deepEqual(replies('He said "roofers don\'t cry, but I did".'), []);
  });
  it('the reply may follow the client\'s gesture ("put his head down and said")', () => {
    assert.deepEqual(replies('When I asked what he wanted to say, he looked away and said "don\'t want to".'), [['W2', 'don\'t want to']]);
  });
  it('the reply may come before the move', () => {
    assert.deepEqual(replies('She said "don\'t start" when I raised the drinking.'), [['C2', 'don\'t start']]);
  });
  it('a reply that takes the move up, thanks, asks or is long and neutral is left alone', () => {
    assert.deepEqual(replies('When I suggested the diary, she said "okay, I can try that".'), []);
    assert.deepEqual(replies('When I explained the model, he said "that makes sense of a lot".'), []);
    assert.deepEqual(replies('When I asked about the dream, she said "what do you think it means?"'), []);
    assert.deepEqual(replies('When I asked about work, he said "we have a new manager who started in March".'), []);
  });
  it('nothing without a move of the therapist\'s, and nothing after a practical question', () => {
    assert.deepEqual(replies('She said "nowhere in particular" about the weekend.'), []);
    assert.deepEqual(replies('When I asked whether the room was warm enough, she said "all good".'), []);
    assert.deepEqual(replies('When I asked about her diary for next week, she said "don\'t know yet".'), []);
    assert.deepEqual(replies('When I asked about the letter for his GP, he said "not now".'), []);
  });
  it('a question about the therapy\'s own diary or letter is no practical question', () => {
    assert.deepEqual(replies('When I asked about the thought diary, she said "don\'t start".'), [['C2', 'don\'t start']]);
    assert.deepEqual(replies('When I suggested the goodbye letter, he said "I\'d rather not".'), [['W2', 'I\'d rather not']]);
  });
  it('asked what they felt, "nothing" or the question\'s own thing back holds the feeling away', () => {
    assert.deepEqual(replies('When I asked what she felt in her stomach she said "a stomach".'), [['W2', 'a stomach']]);
    assert.deepEqual(replies('When I asked what it was like to hold the letter he said "it\'s a letter".'), [['W2', 'it\'s a letter']]);
    assert.deepEqual(replies('When I asked what he felt when his son left he said "nothing, he\'s an adult".'), [['W1', 'nothing, he\'s an adult']]);
    // Not when the question was not about a feeling.
    assert.deepEqual(replies('When I asked what happened next he said "nothing, we went home".'), []);
    assert.deepEqual(replies('When I asked what the house was like she said "a house".'), []);
  });
  it('what the therapist pointed to denied ("there\'s no anger"), not after a plain question', () => {
    assert.deepEqual(replies('When I invited him to notice the anger he said "there\'s no anger, I\'m just tired".'), [['W1', 'there\'s no anger, I\'m just tired']]);
    assert.deepEqual(replies('When I asked about the garden he said "there\'s no lawn any more".'), []);
  });
  it('the move put down to the job (C1), a relative kept out of it, a reading that is "not me", the same task again (C2)', () => {
    assert.deepEqual(replies('When I named the pattern she said "you would, you\'re trained to".'), [['C1', 'you would, you\'re trained to']]);
    assert.deepEqual(replies('When I wondered about his father he said "leave my dad out of this".'), [['C2', 'leave my dad out of this']]);
    assert.deepEqual(replies('When I offered the model she said "it\'s clever but it\'s not me".'), [['C2', 'it\'s clever but it\'s not me']]);
    assert.deepEqual(replies('When I began the exposure she said "it\'s the same ladder as last week".'), [['C2', 'it\'s the same ladder as last week']]);
  });
  it('"let\'s not" refuses, as "let\'s" takes the move up; a move spoken about; "I hadn\'t noticed"; a thing, "not a metaphor"', () => {
    assert.deepEqual(replies('She said "let\'s not go there" when I came back to the argument.'), [['C2', 'let\'s not go there']]);
    assert.deepEqual(replies('When I suggested a walk she said "let\'s do it next week".'), []);
    assert.deepEqual(replies('When I spoke about the summer break he said "I hadn\'t even thought about it".'), [['W1', 'I hadn\'t even thought about it']]);
    assert.deepEqual(replies('When I wondered whether the headaches were about the exams she said "it\'s a headache, not a message".'), [['C2', 'it\'s a headache, not a message']]);
    assert.deepEqual(replies('When I went back to the overdose he said "it\'s over, I\'m not raking over it".'), [['C2', 'it\'s over, I\'m not raking over it']]);
  });
  it('a reading set aside as a theory (C2) though it says "interesting"; what is known about a loss in place of it (W3)', () => {
    assert.deepEqual(replies('When I linked the rows to his father he said "an interesting theory, but no evidence".'), [['C2', 'an interesting theory, but no evidence']]);
    assert.deepEqual(replies('When I suggested the diary she said "interesting, I\'ll try it".'), []);
    assert.deepEqual(replies('When I asked about the baby she lost she said "we did a module on it, I know the stages".'), [['W3', 'we did a module on it, I know the stages']]);
    assert.deepEqual(replies('When I reflected his anger at her he said "don\'t you dare".'), [['C2', 'don\'t you dare']]);
  });
  it('one feeling and "that\'s all" when asked what something left him feeling (W1); the one asked about put aside (W2)', () => {
    assert.deepEqual(replies('When I asked what the news had left him feeling he said "tired, that\'s all".'), [['W1', 'tired, that\'s all']]);
    assert.deepEqual(replies('When I asked what she wanted from the summer she said "sleep, that\'s all".'), []);
    assert.deepEqual(replies('When I asked about her brother she said "gone, next".'), [['W2', 'gone, next']]);
    assert.deepEqual(replies('When I asked about her stepfather she said "he\'s irrelevant".'), [['W2', 'he\'s irrelevant']]);
    assert.deepEqual(replies('When I asked about the parking she said "it\'s not important".'), []);
  });
  it('"it\'s business" of a loss asked about is a denial (W1)', () => {
    assert.deepEqual(replies('When I asked about the day the herd was taken he said "they were stock, it\'s business".'), [['W1', 'they were stock, it\'s business']]);
  });
  it('asked what something had been like, "it\'s normal" puts the feeling aside (W1)', () => {
    assert.deepEqual(replies('When I asked what the letter had been like to read she said "it\'s feedback, it\'s normal".'), [['W1', 'it\'s feedback, it\'s normal']]);
    assert.deepEqual(replies('When I asked about the rash she said "it\'s normal".'), []);
  });
  it('a bare "don\'t" refuses (C2); "that was nothing" and "it\'s a job" of what was asked are denials (W1)', () => {
    assert.deepEqual(replies('When I mentioned his father he said "don\'t".'), [['C2', 'don\'t']]);
    assert.deepEqual(replies('When I asked about the night she took the tablets she said "that was nothing, I was tired".'), [['W1', 'that was nothing, I was tired']]);
    assert.deepEqual(replies('When I asked what the band had meant to him he said "it\'s a job, that\'s all".'), [['W1', 'it\'s a job, that\'s all']]);
    assert.deepEqual(replies('When I asked about the offer she said "don\'t know yet".'), []);
  });
  it('"end of" closes the topic (W2), not when it refuses a place; "a misunderstanding" is a denial (W1)', () => {
    assert.deepEqual(replies('When I asked about the exam he said "I failed, end of".'), [['W2', 'I failed, end of']]);
    assert.deepEqual(replies('When I asked about the hostel he said "not going back there, end of".'), []);
    assert.deepEqual(replies('When I asked about the fight he said "a misunderstanding".'), [['W1', 'a misunderstanding']]);
  });
  it('"all that matters", "why would I be", "just banter, nothing happened" are denials (W1); "answered my question ... with" is a move and its reply', () => {
    assert.deepEqual(replies('When I asked about the operation she said "he\'s home, that\'s all that matters".'), [['W1', 'he\'s home, that\'s all that matters']]);
    assert.deepEqual(replies('When I wondered if she was upset with me she said "why would I be".'), [['W1', 'why would I be']]);
    assert.deepEqual(replies('She answered my question about the texts with "just banter, nothing happened".'), [['W1', 'just banter, nothing happened']]);
    assert.deepEqual(replies('She answered my question about the weekend with "lovely, we went to the coast".'), []);
    assert.deepEqual(replies('When I asked how the exam went he said "I passed, that\'s the main thing".'), []);
  });
  it('"it\'s X, it happens" and "it was handled, it\'s closed" are denials (W1)', () => {
    assert.deepEqual(replies('When I asked about the fall she said "it\'s rugby, it happens".'), [['W1', 'it\'s rugby, it happens']]);
    assert.deepEqual(replies('When I asked about the complaint he said "it was handled, it\'s closed".'), [['W1', 'it was handled, it\'s closed']]);
    assert.deepEqual(replies('When I asked about the flat she said "it\'s sorted, I signed on Tuesday".'), []);
  });
  it('glad the end is named, with somewhere to be ("good, I\'ve got a meeting"), is leaving the work (W2)', () => {
    assert.deepEqual(replies('When I said we had five minutes left she said "good, I\'ve got a meeting at six".'), [['W2', 'good, I\'ve got a meeting at six']]);
    assert.deepEqual(replies('When I said we had five minutes left she said "good, I\'ve got a question for you first".'), []);
  });
  it('the move in a case note\'s passive or reached together; the reply typed or signed, or reported ("he said he was ...")', () => {
    assert.deepEqual(replies('When asked what was going on in her mind she said "nothing, that\'s your job".'), [['C1', 'nothing, that\'s your job']]);
    assert.deepEqual(replies('When we reached the stone for the detention centre he stepped back and said "we skip this one".'), [['C2', 'we skip this one']]);
    assert.deepEqual(replies('When I asked her to try the card she typed "make me".'), [['C2', 'make me']]);
    assert.deepEqual(replies('When I wondered about the locked room in it he said he was "not here to have his dreams picked over".'), [['C2', 'not here to have his dreams picked over']]);
    // Hesitancy is no refusal; declining to say holds back (W2); a practical question about the room is no move.
    assert.deepEqual(replies('When I suggested we start the memory work she said she was "not sure she\'s ready for that".'), []);
    assert.deepEqual(replies('When I asked about vomiting she said she would "rather not say at this stage".'), [['W2', 'rather not say at this stage']]);
    assert.deepEqual(replies('When I asked whether the room was warm enough she said "not this again".'), []);
    assert.deepEqual(replies('When asked about her week she said it was "really good".'), []);
  });
  it('a question about the client answered with what a whole kind of person does ("farmers don\'t sleep"), or "it happens", puts it aside (W1)', () => {
    assert.deepEqual(replies('When I asked how he was sleeping he said "farmers don\'t sleep, love".'), [['W1', 'farmers don\'t sleep, love']]);
    assert.deepEqual(replies('When I asked about his father he said "dads just have to crack on".'), [['W1', 'dads just have to crack on']]);
    assert.deepEqual(replies('When I asked about the affair she said "a Christian woman forgives, that\'s all there is to it".'), [['W1', 'a Christian woman forgives, that\'s all there is to it']]);
    assert.deepEqual(replies('When I asked how work was he said "same as everyone on the team".'), [['W1', 'same as everyone on the team']]);
    assert.deepEqual(replies('When I asked about the crash he said "it happens".'), [['W1', 'it happens']]);
    // Not what people do as the answer asked for, nor a word of address read as taking the move up or as the answer.
    assert.deepEqual(replies('When I asked what went wrong he said "people leave the door open".'), []);
    assert.deepEqual(replies('When I asked what helps she said "people at church help".'), []);
    assert.deepEqual(replies('When I asked how the group went he said "the lads are great, love".'), []);
  });
  it('"I\'m not sitting in a church hall ...", said to what was suggested or mentioned, refuses it (C2); not to a question, nor a feeling denied', () => {
    assert.deepEqual(replies('When I mentioned the bereavement group he said "I\'m not sitting in a church hall crying with strangers".'), [['C2', 'I\'m not sitting in a church hall crying with strangers']]);
    assert.deepEqual(replies('When I asked how she was sleeping she said "I\'m not sleeping".'), []);
    assert.deepEqual(replies('When I reflected that she seemed sad she said "I\'m not crying".'), []);
  });
  it('a welcome closing a reply that dreads the move is ironic, and the move passed to other people is turned away (C2); not sincere thanks, nor an answer to a question', () => {
    assert.deepEqual(replies('When I proposed the exposure he said "brilliant, the thing I dread most, great idea".'), [['C2', 'brilliant, the thing I dread most, great idea']]);
    assert.deepEqual(replies('When I introduced the leaves on a stream she said "that\'s for hippies".'), [['C2', 'that\'s for hippies']]);
    assert.deepEqual(replies('When I suggested a walk she said "great idea, I love walking".'), []);
    assert.deepEqual(replies('When I asked who the group was for she said "it\'s for people who have lost someone".'), []);
  });
  it('a move that offers a piece of the work is no practical question, whatever it names ("the passengers on the bus"); a reply "told me" is a reply', () => {
    assert.deepEqual(replies('When I tried the passengers on the bus she said "I\'ve heard it all before".'), [['C2', 'I\'ve heard it all before']]);
    assert.deepEqual(replies('When I asked about the bus she said "not this again".'), []);
    assert.deepEqual(replies('When I asked about the panic he told me "it\'s fine".'), [['W1', 'it\'s fine']]);
  });
  it('a reading said to be of someone else is turned away (C2); a turn to "something useful" is a turn away (W4) whatever word of use it names; "carry on, please" takes a reading up', () => {
    assert.deepEqual(replies('When I read out the summary she said "that sounds like somebody else".'), [['C2', 'that sounds like somebody else']]);
    assert.deepEqual(replies('When I asked about the divorce he said "it\'s over, can we talk about something useful".'), [['W4', 'it\'s over, can we talk about something useful']]);
    assert.deepEqual(replies('When I read out the letter she cried, and then said "carry on, please".'), []);
    assert.deepEqual(replies('When I asked who else was there she said "someone else, I think".'), []);
  });
  it('a case note\'s "Asked how it felt" is a move; one bland word for a feeling and "it\'ll be fine" hold it away (W1); "I\'ve said my bit" withholds (W2)', () => {
    assert.deepEqual(replies('Asked how the weekend had felt, he said "functional".'), [['W1', 'functional']]);
    assert.deepEqual(replies('When I asked what might get in the way she said "it\'ll be fine".'), [['W1', 'it\'ll be fine']]);
    assert.deepEqual(replies('When I invited her to say more she said "I\'ve said my bit".'), [['W2', 'I\'ve said my bit']]);
    assert.deepEqual(replies('Asked how the weekend had felt, he said "really good, we went to the coast".'), []);
  });
  it('"I\'ll pass" refuses a piece of the work however practical its words (C2); "no thank you, finished" ends it (W2); "it\'s just paint", "he\'s a horse" put a feeling question aside', () => {
    assert.deepEqual(replies('When we got to spinning in the chair he said "I\'ll pass on the fairground ride, thanks".'), [['C2', 'I\'ll pass on the fairground ride, thanks']]);
    assert.deepEqual(replies('When I tried again she said "no thank you, finished".'), [['W2', 'no thank you, finished']]);
    assert.deepEqual(replies('When I asked what Bramble might be feeling she said "he\'s a horse, he\'s feeling hungry".'), [['C2', 'he\'s a horse, he\'s feeling hungry']]);
    assert.deepEqual(replies('When I asked about the red figure she said "it\'s just paint".'), [['W1', 'it\'s just paint']]);
    assert.deepEqual(replies('When I asked whether the chair was comfortable she said "no thank you".'), []);
  });
  it('"nothing worth talking about", "that is over, we don\'t talk about it" hold the question away (W1); "nothing worth mentioning, she\'s lovely" about someone praised is no denial', () => {
    assert.deepEqual(replies('When I asked about the night shift he said "same as ever, nothing worth talking about".'), [['W1', 'same as ever, nothing worth talking about']]);
    assert.deepEqual(replies('When I asked about her sister she said "that is over, we don\'t talk about it".'), [['W1', 'that is over, we don\'t talk about it']]);
    assert.deepEqual(replies('When I asked about the trip she said "that is over, it went really well".'), []);
  });
  it('a case note\'s reply with no verb of saying ("When I asked what he felt, \\"cold, mainly\\"") is read; a bodily state for a feeling holds it away (W1); someone else\'s word against a suggestion turns it away (C2)', () => {
    assert.deepEqual(replies('When I asked what he felt on the ledge, "cold, mainly".'), [['W1', 'cold, mainly']]);
    assert.deepEqual(replies('When I suggested a walk, he said "my wife says I should just rest".'), [['C2', 'my wife says I should just rest']]);
    assert.deepEqual(replies('When I asked about the weekend, "lovely, thanks".'), []);
  });
  it('"that\'s a lab error" puts the result aside (W1); "my last physio tried that" to a suggestion refuses it on what came before (C2)', () => {
    assert.deepEqual(replies('When I raised the relapse, he said "that\'s a lab error".'), [['W1', 'that\'s a lab error']]);
    assert.deepEqual(replies('When I suggested a graded walk, she said "my last physio tried that".'), [['C2', 'my last physio tried that']]);
    assert.deepEqual(replies('When I asked about the physio, she said "my last physio tried that and it helped".'), []);
  });
  it('a shorthand reply after an arrow ("When T asked ... -> \\"...\\"") is read; "everyone in teaching is tired", "there isn\'t one" hold it away (W1)', () => {
    assert.deepEqual(replies('When T reflected how tired she sounded -> "everyone in teaching is tired".'), [['W1', 'everyone in teaching is tired']]);
    assert.deepEqual(replies('When T asked for the worst moment -> "there isn\'t one, it was quick".'), [['W1', 'there isn\'t one, it was quick']]);
    assert.deepEqual(replies('When T asked about the weekend -> "lovely, went to the coast".'), []);
  });
  it('a harm described in the client\'s words as small, with no move of mine, is W1 (small); not words that carry the feeling, nor something that is no harm', () => {
    assert.deepEqual(replies('Described the attack at the grand final as "a bit of a wobble".'), [['W1', 'a bit of a wobble']]);
    assert.deepEqual(replies('He describes the assault as "an occupational thing, comes with the route".'), [['W1', 'an occupational thing, comes with the route']]);
    assert.deepEqual(replies('Alcohol use was minimised as "a couple of glasses with the news".'), [['W1', 'a couple of glasses with the news']]);
    assert.deepEqual(replies('He described the accident as "the worst day of my life".'), []);
    assert.deepEqual(replies('He described the holiday as "a bit of a disaster, nothing more".'), []);
    assert.deepEqual(replies('He described the fall as "my fault, a bit of a silly trip".'), []);
  });
  it('in a note, it is the weakest finding shown, and only where no cue found anything in the words', () => {
    const found = (line: string, rule = 'rupture-withdrawal') => {
      const text = note(['client: C-1', 'session: 2'], [line]);
      return findingsOf(text).filter((f) => f.ruleId === rule).map((f) => [covered(text, f), f.data?.subtype, f.data?.reason, f.data?.confidence]);
    };
    assert.deepEqual(found('After I named the pattern he said "not everything is about the past".', 'rupture-confrontation'), [['not everything is about the past', 'C2', 'structure: reply to the therapist', 0.5]]);
    assert.deepEqual(found('When I asked about the funeral, she said "I don\'t know".').map(([, , reason]) => reason), ['phrase']);
  });
});
