import assert from 'node:assert/strict';
import { reportedSpeech } from '../../src/core/markers/reported';

/** The copy's words, and the offset in the sentence each of its characters maps to. */
const copy = (s: string) => reportedSpeech(s)?.text;

describe('the client\'s words reported without quotation marks, put back in their mouth', () => {
  it('puts the client\'s "he" and "his" as "I" and "my", between quotation marks, in the short forms spoken', () => {
    assert.equal(copy('He said he was not a talker, the wife\'s the talker.'), 'He said "I\'m not a talker, the wife\'s the talker".');
    assert.equal(copy('K said his PO is new and keeps changing appointments.'), undefined);
  });

  it('puts the therapist\'s "I" and "me" as "you", with the past the client spoke in as the present', () => {
    assert.equal(copy('He said I was just another one who would leave in six months.'), 'He said "you\'re just another one who will leave in six months".');
    assert.equal(copy('Later she said that I seemed to need her to have feelings about me and she didn\'t.'), 'Later she said that "you seemed to need me to have feelings about you and I don\'t".');
  });

  it('keeps a copy with the past as it was, where that differs ("you weren\'t there")', () => {
    const r = reportedSpeech('He said I wasn\'t there, so I would never get it.');
    assert.equal(r?.text, 'He said "you aren\'t there, so you\'ll never get it".');
    assert.equal(r?.past?.text, 'He said "you weren\'t there, so you would never get it".');
  });

  it('reads the past perfect as the simple past, or the present perfect before "had" and "already"', () => {
    assert.equal(copy('When I said how much he had carried alone he said he hadn\'t come here to be pitied.'), 'When I said how much he had carried alone he said "I didn\'t come here to be pitied".');
    assert.equal(copy('L said she had expected more structure and fewer questions.'), 'L said "I expected more structure and fewer questions".');
    assert.equal(copy('She said she had had worse, it was just a job.'), 'She said "I\'ve had worse, it\'s just a job".');
  });

  it('ends the words where a new clause of the client\'s own begins', () => {
    assert.equal(copy('When I asked about his week he said fine, all good, nothing to report, and looked at his phone.'), undefined);
    assert.equal(copy('When I wondered about the gap she said it was nothing, the trains, and moved straight on to her sister\'s wedding plans.'),
      'When I wondered about the gap she said "it\'s nothing, the trains", and moved straight on to her sister\'s wedding plans.');
    assert.equal(copy('She laughed and said she was a lost cause, honestly.'), 'She laughed and said "I\'m a lost cause, honestly".');
  });

  it('puts the client\'s shortened pronoun in their mouth: "he\'d" as "I\'d", "she\'s" as "I\'m" or "I\'ve"', () => {
    assert.equal(copy('He said he\'d rather not, it was his business.'), 'He said "I\'d rather not, it\'s my business".');
    assert.equal(copy('She said she\'s tried all that before.'), 'She said "I\'ve tried all that before".');
    assert.equal(copy('They said they\'re done with the group.'), 'They said "I\'m done with the group".');
  });

  it('takes off the quotation marks of words quoted at the end of the report, leaving them as written', () => {
    assert.equal(copy('She told me I was "always on at her".'), 'She told me "you\'re always on at her".');
    assert.equal(copy('She said chain analyses were "pointless" and she knew why she did it.'), 'She said "chain analyses are pointless and I knew why I did it".');
    // (A report going on after the quotation, or a quotation before it, is read as written.)
    assert.equal(copy('She said I was "always on at her" when she got home.'), undefined);
    assert.equal(copy('"Fine," she said, and she was tired.'), undefined);
  });

  it('reads words that open on the work after a hedge, and a bare "Said" with "again"', () => {
    assert.equal(copy('She said that maybe talking about it made it worse.'), 'She said that "maybe talking about it made it worse".');
    assert.equal(copy('Said again that the diary was pointless.'), 'Said again that "the diary is pointless".');
  });

  it('maps each character of the copy to the sentence: the words added to where they stand', () => {
    const s = 'He said he could not come.';
    const r = reportedSpeech(s)!;
    assert.equal(r.text, 'He said "I can\'t come".');
    const at = (word: string) => s.slice(r.toOriginal[r.text.indexOf(word)], r.toOriginal[r.text.indexOf(word) + word.length]);
    assert.equal(at('come'), 'come');
    assert.equal(r.toOriginal[r.text.indexOf('"')], s.indexOf('he could'));
  });

  it('reads the words after other verbs of reporting: "was saying", "reported", "verbalized", "typed"', () => {
    assert.equal(copy('He was saying he was not a talker.'), 'He was saying "I\'m not a talker".');
    assert.equal(copy('Client reported she had done all her crying.'), 'Client reported "I\'ve done all my crying".');
    assert.equal(copy('He typed that he didn\'t need to talk about it.'), 'He typed that "I don\'t need to talk about it".');
  });

  it('reads past a manner between commas, and "this writer" as me ("the therapist" may be another)', () => {
    assert.equal(copy('Later she said, with a smile, that I seemed to need her.'), 'Later she said, with a smile, that "you seemed to need me".');
    assert.equal(copy('He said this writer was just another one who would leave.'), 'He said "you\'re just another one who will leave".');
    assert.equal(copy('She said the therapist at school had been useless.'), undefined);
  });

  it('reads no one else\'s words: a clause about someone else, someone else reporting, or I reporting', () => {
    assert.equal(copy('She said her GP thinks it is all in her head.'), undefined);
    assert.equal(copy('Mum said she was fine and didn\'t want a fuss.'), undefined);
    assert.equal(copy('I said she was doing well.'), undefined);
    assert.equal(copy('She said "I\'m done".'), undefined);
  });

  it('leaves a state given as plain news as the note wrote it ("she said she was fine")', () => {
    assert.equal(copy('She said she was fine.'), undefined);
    assert.equal(copy('I felt I was pushing the homework, so I asked, and she said it was fine.'), undefined);
  });

  it('says whether the words are about the work or answer a move of mine', () => {
    assert.equal(reportedSpeech('She said she can\'t do the banking on the phone any more.')?.aboutTheWork, false);
    assert.equal(reportedSpeech('He said he didn\'t need to talk about it.')?.aboutTheWork, true);
    assert.equal(reportedSpeech('When I suggested the diary she said it was pointless.')?.aboutTheWork, true);
    assert.equal(reportedSpeech('When I asked about her sleep she said it was awful.')?.aboutTheWork, false);
    assert.equal(reportedSpeech('When I asked about her sleep she said it was awful.')?.answersMe, true);
  });
});
