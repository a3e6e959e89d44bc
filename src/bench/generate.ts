/** Deterministic, fictional session notes for benchmarks: realistic size and shape, no real person. */

/** Ordinary clinical prose: most sentences of a note. */
const NEUTRAL = [
  'Reviewed the week and the diary; two panic episodes, both at work.',
  'Client described a tense call with her manager and how she coped afterwards.',
  'We revisited the formulation and linked the avoidance to the fear of being judged.',
  'Homework was partly done; she practised the breathing exercise three times.',
  'No signs of withdrawal during the exposure exercise; engaged and curious.',
  'Denies SI/HI. Sleep improved to about six hours a night.',
  'We agreed the hierarchy together and she chose the first step herself.',
  'Spent some time on values: being a dependable friend and a patient parent.',
  'Mood brighter than last week; she smiled when talking about her garden.',
  'Discussed the pattern of checking messages late at night and its cost to sleep.',
  'He brought his own list of situations to work on, which we ranked together.',
  'Psychoeducation on the panic cycle, with the diagram from session two.',
  'She noticed the urge to leave the supermarket and stayed until the anxiety fell.',
  'Reviewed medication with her GP last week; no changes.',
  'We practised the thought record with Tuesday\'s argument as the example.',
  'Her late grandmother\'s house came up again as a place she felt safe.',
];
/** Marker sentences: a typical note has one to three. */
const MARKERS = [
  'When I asked about the missed practice she changed the subject to her sister\'s wedding.',
  'He said, "I don\'t see the point of these worksheets," and pushed the sheet away.',
  'I noticed myself talking faster and explaining the rationale again.',
  'Her answers got shorter and shorter as we approached the topic of her father.',
  'He laughed while describing the argument, although his hands were shaking.',
  'She asked whether we could meet every other week because of the cost.',
];

function rng(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

/** A note of about `paragraphs` × 5 sentences, in SOAP layout. */
export function generateNote(client: number, session: number, paragraphs = 4, seed = client * 1000 + session): string {
  const r = rng(seed);
  // About one sentence in ten describes a marker.
  const pick = () => (r() < 0.1 ? MARKERS[Math.floor(r() * MARKERS.length)] : NEUTRAL[Math.floor(r() * NEUTRAL.length)]);
  const srs = 30 + Math.floor(r() * 11);
  const ors = 15 + Math.floor(r() * 20);
  const lines = [
    '---',
    `client: C-${String(client).padStart(5, '0')}`,
    `session: ${session}`,
    `date: 2026-${String(1 + (session % 12)).padStart(2, '0')}-${String(1 + (session % 28)).padStart(2, '0')}`,
    'format: SOAP',
    'modality: CBT',
    'attendance: attended',
    'measures:',
    `  srs: ${srs}`,
    `  ors: ${ors}`,
    `  wai-sr: { client: ${40 + Math.floor(r() * 20)}, therapist: ${40 + Math.floor(r() * 20)} }`,
    '---',
    '',
  ];
  const sections = ['**S**', '**O**', '**A**', '**P**'];
  for (let p = 0; p < paragraphs; p++) {
    lines.push(sections[p % sections.length], '');
    for (let i = 0; i < 5; i++) lines.push(`- ${pick()}`);
    lines.push('');
  }
  return lines.join('\n');
}

/** `count` notes spread over clients of about 10 sessions each: [relative path, text]. */
export function generateNotes(count: number): [string, string][] {
  const out: [string, string][] = [];
  for (let i = 0; i < count; i++) {
    const client = Math.floor(i / 10);
    const session = (i % 10) + 1;
    out.push([`C-${String(client).padStart(5, '0')}/s${String(session).padStart(2, '0')}.md`, generateNote(client, session)]);
  }
  return out;
}
