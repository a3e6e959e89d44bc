import assert from 'node:assert/strict';
import { splitSentences } from '../../src/core/markers/sentences';

const texts = (text: string) => splitSentences(text, 0).map((s) => s.text);

describe('sentence splitting', () => {
  it('does not end a sentence at an abbreviation', () => {
    assert.deepEqual(texts('Seen with Dr. Khan and pt. today. She was quiet.'), ['Seen with Dr. Khan and pt. today.', 'She was quiet.']);
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

  it('gives offsets into the text', () => {
    const text = 'First one. Second one.';
    for (const s of splitSentences(text, 100)) assert.equal(text.slice(s.start - 100, s.end - 100), s.text);
  });
});
