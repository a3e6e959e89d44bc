import assert from 'node:assert/strict';
import { presentToPast, retense } from '../../src/core/markers/tense';

describe('present and -ing verb forms read as the past the cues are written in', () => {
  const map = presentToPast(['\\b(?:changed|moved|insisted|giggled|justified|stopped) the subject\\b']);

  it('maps the present and -ing forms of the past forms in the cues, irregular verbs from a list', () => {
    assert.equal(map.get('changes'), 'changed');
    assert.equal(map.get('changing'), 'changed');
    assert.equal(map.get('justifies'), 'justified');
    assert.equal(map.get('stops'), 'stopped');
    assert.equal(map.get('stopping'), 'stopped');
    assert.equal(map.get('becomes'), 'became');
    assert.equal(map.get('frustrating'), undefined);
  });

  it('maps the present of a verb whose past is its own base ("cuts", "puts", "lets") when a cue spells that past', () => {
    const cut = presentToPast(['\\bcut (?:me|T) off\\b', '\\bput (?:it|them) face down\\b']);
    assert.equal(cut.get('cuts'), 'cut');
    assert.equal(cut.get('puts'), 'put');
    assert.equal(cut.get('cutting'), 'cut');
  });

  it('rewrites a verb that opens the sentence or follows the client, and maps offsets back', () => {
    const s = 'Changes the subject whenever the drinking is mentioned.';
    const r = retense(s, map)!;
    // (The "is" of what follows shifts with the verb read in the past.)
    assert.equal(r.text, 'changed the subject whenever the drinking was mentioned.');
    // "changed the subject" in the copy is "Changes the subject" in the sentence.
    const end = r.text.indexOf(' whenever');
    assert.equal(s.slice(r.toOriginal[0], r.toOriginal[end]), 'Changes the subject');
    assert.equal(retense('She insists it is fine.', map)?.text, 'She insisted it was fine.');
    assert.equal(retense('S: Giggling through the story.', map)?.text, 'S: giggled through the story.');
  });

  it('reads the therapist\'s own present after an opening "I", not in the client\'s words', () => {
    const noticed = presentToPast(['\\bi noticed my mind\\b', '\\bsaid\\b']);
    assert.equal(retense('I notice my mind wandering to my next client.', noticed)?.text, 'I noticed my mind wandering to my next client.');
    assert.equal(retense('I then notice my mind wandering.', noticed)?.text, 'I then noticed my mind wandering.');
    assert.equal(retense('"I notice it more at night," she said.', noticed), undefined);
    assert.equal(retense('She asked me to notice my breathing.', noticed), undefined);
    assert.equal(retense('I realised I notice it more with him.', noticed), undefined);
    // A block quote or a "C:" line: the client's "I".
    assert.equal(retense('I notice it more at night.', noticed, false), undefined);
  });

  it('reads a participle after the client who opens a note\'s line as its verb', () => {
    const laughed = presentToPast(['\\b(?:laughed) while describing\\b']);
    assert.equal(retense('Pt laughing while describing the accident.', laughed)?.text, 'Pt laughed while describing the accident.');
    assert.equal(retense('- Client laughing about the dog.', laughed)?.text, '- Client laughed about the dog.');
    assert.equal(retense('I heard her laughing in the waiting room.', laughed), undefined);
  });

  it('reads the client\'s past progressive and present perfect, and the therapist\'s present perfect, as the past', () => {
    const past = presentToPast(['\\b(?:changed) the (?:topic|subject)\\b', '\\b(?:answered) only\\b', '\\bi felt\\b', '\\b(?:started) to\\b']);
    assert.equal(retense('He was changing the topic to football.', past)?.text, 'He changed the topic to football.');
    assert.equal(retense('She has started to speak about the parking.', past)?.text, 'She started to speak about the parking.');
    assert.equal(retense('She has given very short answers.', past)?.text, 'She gave very short answers.');
    assert.equal(retense('I have felt clumsy.', past)?.text, 'I felt clumsy.');
    assert.equal(retense('She has been quiet.', past)?.text, 'She was quiet.');
    // Not a question asked or a time ("how she was feeling"), the future seen from the past, the news of a life, or the client's quoted words.
    assert.equal(retense('I asked how she was changing things.', past), undefined);
    assert.equal(retense('She was going to change the topic.', past), undefined);
    assert.equal(retense('He has moved to the day shift.', presentToPast(['\\bmoved\\b'])), undefined);
    assert.equal(retense('She said "he keeps changing the subject".', past), undefined);
  });

  it('leaves nouns and gerunds elsewhere alone', () => {
    assert.equal(retense('She asked about changes in the plan.', map), undefined);
    assert.equal(retense('We talked about her changing jobs.', map), undefined);
  });

  it('reads a whole session told in the present: named subjects, the therapist in a clause, be and the modals, irregular verbs', () => {
    const past = presentToPast(['\\b(?:asked|said|left|looked) (?:if|whether|that)?\\b', '\\bspent\\b', '\\bcame\\b']);
    // A client named, by initials or as a family member: "Kai asks", "JK says", "Dad says", "the daughter leaves".
    assert.equal(retense('Kai asks if he can wait in the car.', past)?.text, 'Kai asked if he could wait in the car.');
    assert.equal(retense('When I turn to him JK says nothing.', past)?.text, 'When I turn to him JK said nothing.');
    assert.equal(retense('The daughter leaves the room.', past)?.text, 'The daughter left the room.');
    // ...but not a verb opening the sentence in note style, as if it named someone ("Demands answers": the verb, not "answered").
    assert.equal(retense('Demands answers I cannot give.', presentToPast(['\\b(?:answered|demanded)\\b']))?.text, 'demanded answers I cannot give.');
    // The therapist in a clause: "when I ask", "whether I am"; and in the client's quoted words nothing moves.
    assert.equal(retense('When I ask about her daughter she says "we don\'t mention her".', past)?.text, 'When I asked about her daughter she said "we don\'t mention her".');
    assert.equal(retense('She asks whether I am married.', past)?.text, 'She asked whether I was married.');
    // Be, the modals and their "n't", after the client or after a verb already read in the past, with the note's apostrophe.
    assert.equal(retense('She is silent and doesn’t look up.', past)?.text, 'She was silent and didn’t look up.');
    assert.equal(retense('He asks if the sessions can be shorter.', past)?.text, 'He asked if the sessions could be shorter.');
    assert.equal(retense('He says he won\'t do it.', past)?.text, 'He said he wouldn\'t do it.');
    // Irregular verbs: spends, comes.
    assert.equal(retense('She spends the hour on the wedding.', past)?.text, 'She spent the hour on the wedding.');
    assert.equal(retense('He comes in late.', past)?.text, 'He came in late.');
    // Not "realised I": the present of the writing.
    assert.equal(retense('I realised I ask too much of her.', past), undefined);
  });
});
