import assert from 'node:assert/strict';
import { splitSentences } from '../../src/core/markers/sentences';

const texts = (text: string) => splitSentences(text, 0).map((s) => s.text);

describe('sentence splitting', () => {
  it('does not end a sentence at an abbreviation', () => {
    assert.deepEqual(texts('Seen with Dr. Khan and pt. today. She was quiet.'), ['Seen with Dr. Khan and pt. today.', 'She was quiet.']);
  });

  it('ends a sentence at a title\'s letters when no name follows: the illness MS, or "Dr." before "She"', () => {
    assert.deepEqual(texts('Caring for her wife with MS. She spent the hour on the rules.'), ['Caring for her wife with MS.', 'She spent the hour on the rules.']);
    assert.deepEqual(texts('Referred back to the GP, Dr. The letter went today.'), ['Referred back to the GP, Dr.', 'The letter went today.']);
    assert.deepEqual(texts('Saw Ms. Patel with Mr. Osei.'), ['Saw Ms. Patel with Mr. Osei.']);
  });

  it('reads "No." as a number only before one', () => {
    assert.deepEqual(texts('Lives at No. 5 Acacia Road. Walked here.'), ['Lives at No. 5 Acacia Road.', 'Walked here.']);
    assert.deepEqual(texts('Answered the questions with yes/no. When I asked about evenings she talked about her neighbour.'), [
      'Answered the questions with yes/no.',
      'When I asked about evenings she talked about her neighbour.',
    ]);
  });

  it('ends no sentence at a capital initial before a lower-case word, and does before a capital', () => {
    assert.deepEqual(texts('Foster dad answered for J. every time. J. has started karate.'), ['Foster dad answered for J. every time.', 'J. has started karate.']);
    assert.deepEqual(texts('Spoke to Mum about J. She agreed.'), ['Spoke to Mum about J.', 'She agreed.']);
  });

  it('starts a line of a timestamped log after its clock time, and ends the line before the next one', () => {
    assert.deepEqual(texts('10:02 Arrives, sits by the door\n10:40 Tells me I "sound like a textbook".\n[14.05] - Long silence.'), [
      'Arrives, sits by the door',
      'Tells me I "sound like a textbook".',
      'Long silence.',
    ]);
    assert.deepEqual(texts('Next week 10.30 is fine. 10.30 suits her.'), ['Next week 10.30 is fine.', '10.30 suits her.']);
  });

  it('reads each spliced clause of a dictated run-on sentence as a sentence, and leaves a short splice whole', () => {
    const runOn = 'Saw D today he was quiet to start with and when I asked about the anniversary he said he did not want to go there, he did say at one point that he was not sure this was helping and that his friend had done six sessions, I think I was a bit flat myself today, we agreed to try the letter which he says he will think about.';
    assert.deepEqual(texts(runOn).map((t) => t.slice(0, 24)), ['Saw D today he was quiet', 'he did say at one point ', 'I think I was a bit flat', 'we agreed to try the let']);
    assert.equal(texts(runOn)[0].endsWith('go there'), true);
    assert.deepEqual(texts('She cried, she said it felt good to say it, we stayed with it.'), ['She cried, she said it felt good to say it, we stayed with it.']);
  });

  it('gives offsets into the text', () => {
    const text = 'First one. Second one.';
    for (const s of splitSentences(text, 100)) assert.equal(text.slice(s.start - 100, s.end - 100), s.text);
  });
});
