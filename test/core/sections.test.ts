import assert from 'node:assert/strict';
import { inSectionKind, scanSections, type Section, type SectionKind } from '../../src/core/sections';
import { LineIndex } from '../../src/core/text';

const sections = (text: string) => scanSections(new LineIndex(text), 0);
/** [kind, title, the text the section covers] for each section. */
const outline = (text: string) => sections(text).map((s) => [s.kind, s.title, text.slice(s.headingStart, s.end)]);

describe('note sections (sections.ts)', () => {
  it('reads headings, and bold label lines and note-format labels nested in them, as sections to the next of their level', () => {
    const text = '## Session\nShe came in.\n\n**Plan**\nNext week.\n\nP:\nReview.\n';
    assert.deepEqual(outline(text), [
      ['other', 'Session', text],
      ['plan', 'Plan', '**Plan**\nNext week.\n\n'],
      ['plan', 'P', 'P:\nReview.\n'],
    ]);
  });

  it('reads a plan label with its text on the line as a plan section to the end of its paragraph', () => {
    const text = 'She came in late.\n\n**Plan.** One more session before the break.\nThink about naming it.\n\nShe left.\n';
    assert.deepEqual(outline(text), [['plan', 'Plan', '**Plan.** One more session before the break.\nThink about naming it.']]);
    const at = (words: string) => text.indexOf(words);
    assert.equal(inSectionKind(sections(text), at('One more'), 'plan'), true);
    assert.equal(inSectionKind(sections(text), at('She left'), 'plan'), false);
  });

  it('reads a bold label of the therapist\'s reactions with its text on the line as a reflection section to the end of its paragraph, and a heading of them as one', () => {
    const text = 'He talked about the builders.\n\n**Countertransference.** Drowsy for the first half,\nthen ashamed of it.\n\nHe left.\n';
    assert.deepEqual(outline(text), [['reflection', 'Countertransference', '**Countertransference.** Drowsy for the first half,\nthen ashamed of it.']]);
    for (const heading of ['## Me', '### Worker', '## Reflection', '## Note to self', '## My reactions']) {
      assert.deepEqual(sections(`${heading}\nFelt pushed.\n`).map((s) => s.kind), ['reflection'], heading);
    }
    // (A plain label may be a line the therapist spoke, "Me: You seem angry with me?": the detector reads those.)
    assert.deepEqual(sections('Me: felt pushed.\n').map((s) => s.kind), []);
  });

  it('knows the inline labels of plans and homework, not other labels', () => {
    for (const line of ['Next: the letter exercise.', 'HW: diary daily.', 'Homework: the thought record.', '**Practice:** challenging questions worksheet.', 'Plan: continue weekly.', '**Commitment:** card daily.']) {
      assert.deepEqual(sections(`${line}\n`).map((s) => s.kind), ['plan'], line);
    }
    for (const line of ['Risk: no thoughts of harm.', '**Session:** she was quiet.', 'She said: not today.', 'Mood: low.']) {
      assert.deepEqual(sections(`${line}\n`).map((s) => s.kind), [], line);
    }
  });

  it('answers "inside a section of this kind?" as a scan of every section would, at every offset', () => {
    const naive = (sections: readonly Section[], offset: number, kind: SectionKind) => sections.some((s) => s.kind === kind && offset >= s.headingStart && offset < s.end);
    const text = [
      '## Session', 'She came in.', '', '**Plan**', 'Next week.', '', '## Rupture resolution', '### Acknowledgement', 'Named it.', '',
      'Next: the letter.', '', '## Countertransference', 'I felt tired.', 'HW: diary.', 'P:', 'Review.', '# Other', 'Plan: again.', '',
    ].join('\n');
    const sections = scanSections(new LineIndex(text), 0);
    for (let offset = 0; offset <= text.length; offset++) {
      for (const kind of ['plan', 'resolution', 'reflection', 'other'] as const) {
        assert.equal(inSectionKind(sections, offset, kind), naive(sections, offset, kind), `${kind} at ${offset}`);
      }
    }
  });

  it('ends an inline plan at a heading that interrupts its paragraph', () => {
    const text = 'Plan: continue weekly.\n## Next session\nShe refused the worksheet.\n';
    assert.deepEqual(outline(text), [
      ['plan', 'Plan', 'Plan: continue weekly.'],
      ['other', 'Next session', '## Next session\nShe refused the worksheet.\n'],
    ]);
  });
});
