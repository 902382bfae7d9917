import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempCore } from '../support/temp-core.js';

/**
 * Each intent asked in the other words people use for it: the cue words live in
 * src/core/ask/lexicon.ts, and a class of paraphrase that stops being read as its intent fails here.
 */
describe('paraphrases of each intent', () => {
  const t = tempCore({ now: new Date('2026-11-30T12:00:00Z') });
  beforeAll(async () => {
    await t.core.ingest(undefined, { offline: true, dossier: 'russia-ukraine' });
  });
  afterAll(() => t.cleanup());

  const cases: [string, string, Record<string, string>][] = [
    // Who spoke for, fronted, represented a side.
    ['who spoke for Ukraine in Jeddah?', 'who-leads', { party: 'Ukraine', place: 'Jeddah' }],
    ['who fronted the Russian side in Riyadh?', 'who-leads', { party: 'Russia', place: 'Riyadh' }],
    ['who represented the US in Riyadh?', 'who-leads', { party: 'United States', place: 'Riyadh' }],
    ['who was Russia’s point man in Riyadh?', 'who-leads', { party: 'Russia', place: 'Riyadh' }],
    ['who did the talking for Kyiv at Jeddah?', 'who-leads', { party: 'Ukraine', place: 'Jeddah' }],
    ['who headed up Moscow’s negotiators?', 'who-leads', { party: 'Russia' }],
    ['who was the public face of the Russian delegation?', 'who-leads', { party: 'Russia' }],
    ['who negotiated on Russia’s behalf?', 'who-leads', { party: 'Russia' }],
    // Job, title, position, post.
    ['what is Umerov’s job?', 'role', { person: 'Rustem Umerov' }],
    ['what’s Karasin’s title?', 'role', { person: 'Grigory Karasin' }],
    ['what post does Beseda hold?', 'role', { person: 'Sergei Beseda' }],
    ['what position does Waltz hold?', 'role', { person: 'Mike Waltz' }],
    ['what does Peskov do?', 'role', { person: 'Dmitry Peskov' }],
    ['Witkoff - what’s his official capacity?', 'role', { person: 'Steve Witkoff' }],
    // Statements: remarks, comments, position, reaction, take, threats.
    ['what are Peskov’s remarks on the energy truce?', 'said', { person: 'Dmitry Peskov', topic: 'energy' }],
    ['Zelensky comments on the black sea', 'said', { person: 'Volodymyr Zelensky', topic: 'maritime' }],
    ['Kremlin reaction to the Riyadh talks', 'said', { party: 'Russia', place: 'Riyadh' }],
    ['what was Lavrov’s take on peacekeepers?', 'said', { person: 'Sergei Lavrov', topic: 'peacekeeping' }],
    ['what’s the Kremlin’s position on sanctions?', 'said', { party: 'Russia', topic: 'sanctions' }],
    ['how did Moscow respond to the energy strikes?', 'said', { party: 'Russia', topic: 'energy' }],
    ['what did Russia threaten?', 'said', { party: 'Russia' }],
    // What happened: went on, developments, came out of.
    ['what went on in Riyadh?', 'happened', { place: 'Riyadh' }],
    ['any developments in Jeddah?', 'happened', { place: 'Jeddah' }],
    ['what did happen in Saudi Arabia', 'happened', { place: 'Saudi Arabia' }],
    ['what came out of the Riyadh talks?', 'happened', { place: 'Riyadh' }],
    ['how did the talks in Riyadh go?', 'happened', { place: 'Riyadh' }],
    // Next: meeting again, follow-up round.
    ['when do they meet again?', 'next', {}],
    ['is there a follow-up round?', 'next', {}],
    ['is another round planned?', 'next', {}],
    ['when will talks resume?', 'next', {}],
    // Two sides meeting: the side at war is asked about, before the broker, whichever is typed first.
    ['Would you happen to know whether any further talks between Washington and Moscow have been scheduled?', 'next', { party: 'Russia' }],
    ['when do Washington and Moscow meet next?', 'next', { party: 'Russia' }],
    ['next talks between the US and Ukraine?', 'next', { party: 'Ukraine' }],
    // Latest: updates, anything new, state of play.
    ['any updates?', 'latest', {}],
    ['anything new on prisoners?', 'latest', { topic: 'prisoners' }],
    ['what’s the state of play on the Black Sea?', 'latest', { topic: 'maritime' }],
    ['what’s new with the Kremlin?', 'latest', { party: 'Russia' }],
    ['what’s happening with the energy truce?', 'latest', { topic: 'energy' }],
    // Stances in other words.
    ['what were Moscow’s preconditions?', 'demanded', { party: 'Russia' }],
    ['what were the Kremlin’s red lines?', 'demanded', { party: 'Russia' }],
    ['ukraine’s conditions on the black sea', 'demanded', { party: 'Ukraine', topic: 'maritime' }],
    ['what did the US put on the table?', 'proposed', { party: 'United States' }],
    // An organisation in capitals the record lacks is understood as the side asked about, not a person.
    ['Has the OSCE said anything about monitoring a ceasefire', 'said', { party: 'OSCE' }],
    ['what did NAFTA demand?', 'demanded', { party: 'NAFTA' }],
    // Calling on, urging someone to do something is asking it of them, not a membership question.
    ['What is Zelensky calling on Ukraine’s partners to do', 'demanded', { person: 'Volodymyr Zelensky' }],
    ['could you tell me what Zelensky urged Ukraine’s allies to do?', 'demanded', { person: 'Volodymyr Zelensky' }],
    ['what did Russia urge Washington to do', 'demanded', { party: 'Russia' }],
    ['what did the Kremlin call upon the US to do?', 'demanded', { party: 'Russia' }],
    ['what did Ukraine say no to?', 'refused', { party: 'Ukraine' }],
    ['what did Kyiv turn down?', 'refused', { party: 'Ukraine' }],
    ['what did Russia sign up to?', 'agreed', { party: 'Russia' }],
    // Newsroom fragments: shorthand, a name and a topic, a title before a name.
    ['Kremlin spox on energy truce', 'said', { party: 'Russia', topic: 'energy' }],
    ['Kyiv reax to Riyadh', 'said', { party: 'Ukraine', place: 'Riyadh' }],
    ['Lavrov: sanctions', 'said', { person: 'Sergei Lavrov', topic: 'sanctions' }],
    ['Zelensky accuses Russia', 'said', { person: 'Volodymyr Zelensky' }],
    ['Ukr delegation Riyadh 23/3', 'who-was-in', { party: 'Ukraine', place: 'Riyadh', date: '2025-03-23' }],
    ['Russian negs in Riyadh', 'who-was-in', { party: 'Russia', place: 'Riyadh' }],
    ['next rd of talks?', 'next', {}],
    // Discussed in other words, read the same whichever dossiers' reports are loaded ("raised" is a cue, not a word on record).
    ['Was the Black Sea raised in Riyadh?', 'happened', { place: 'Riyadh', topic: 'maritime' }],
    ['Was the energy truce mentioned in Riyadh?', 'happened', { place: 'Riyadh', topic: 'energy' }],
    ['Did prisoners come up in Jeddah?', 'happened', { place: 'Jeddah', topic: 'prisoners' }],
    ['Could you tell me whether sanctions were brought up in Riyadh?', 'happened', { place: 'Riyadh', topic: 'sanctions' }],
    ['what did Peskov mention about sanctions?', 'said', { person: 'Dmitry Peskov', topic: 'sanctions' }],
    // News of one calendar day is what happened that day; the latest for a briefing tomorrow is still the latest.
    ['was there any news on 1 March 2025', 'happened', { date: '2025-03-01' }],
    ['anything happen on the 22nd?', 'happened', { date: '2025-03-22' }],
    ['any developments on March 25', 'happened', { date: '2025-03-25' }],
    ['Could you tell me whether there was any news on the 18th?', 'happened', { date: '2025-03-18' }],
    ['any updates from Riyadh on 24/3', 'happened', { place: 'Riyadh', date: '2025-03-24' }],
    ['Please give me the latest on the Black Sea deal, as I need it for a briefing tomorrow.', 'latest', { topic: 'maritime' }],
    ['any news from last week?', 'latest', {}],
    ['Yanks’ proposal', 'proposed', { party: 'United States' }],
    ['RF MFA Zakharova says', 'said', { party: 'Russia', person: 'Maria Zakharova' }],
    ['US envoy Kellogg', 'who-is', { person: 'Kellogg' }],
    ['Sybiha comments', 'said', { person: 'Sybiha' }],
    ['british pm on troops', 'said', { party: 'United Kingdom', topic: 'peacekeeping' }],
    ['kremlin on grain deal', 'said', { party: 'Russia', topic: 'maritime' }],
    ['turkish role in black sea', 'happened', { party: 'Turkey', topic: 'maritime' }],
    ['umerov delegaton members', 'who-was-in', { person: 'Rustem Umerov' }],
    ['riyadh talks 24 mar who', 'who-was-in', { place: 'Riyadh', date: '2025-03-24' }],
    ['energy truce violatons', 'happened', { topic: 'energy' }],
    ['the Germans on peacekeepers', 'said', { party: 'Germany', topic: 'peacekeeping' }],
    ['Russian MoD claims', 'said', { party: 'Russia' }],
    // Fragments opening with a place, a capital as a city, titles before a name.
    ['Sumy 24/3 - what happened', 'happened', { place: 'Sumy', date: '2025-03-24' }],
    ['Odesa, night of the 21st?', 'happened', { place: 'Odesa', date: '2025-03-21' }],
    ['KYIV overnight 22-23 Mar', 'happened', { place: 'Kyiv', from: '2025-03-22', to: '2025-03-23' }],
    ['Doha talks - what happened', 'happened', { place: 'Doha' }],
    ['Czech pres Pavel on the Odesa strike', 'said', { person: 'Petr Pavel', place: 'Odesa' }],
    ['NSA Waltz on CBS 23/3 - gist', 'said', { person: 'Mike Waltz' }],
    ['what did Putin knock back on the 18th', 'refused', { person: 'Vladimir Putin' }],
    ['next US-Russia sitdown date?', 'next', {}],
    ['POW swap 19 March - numbers', 'happened', { topic: 'prisoners', date: '2025-03-19' }],
    ['who repped the Saudis at Riyadh', 'who-leads', { party: 'Saudi Arabia', place: 'Riyadh' }],
    ['who was Zelensky’s military adviser in the Riyadh delegation?', 'role', { party: 'Ukraine', role: 'military adviser' }],
  ];

  it.each(cases)('%s → %s', async (q, intent, slots) => {
    const r = await t.core.ask(q);
    expect(r.understood.intent).toBe(intent);
    expect(r.understood.slots).toMatchObject(slots);
  });

  // A real word is no slip for a term ("crimes" is not Crimea, "orders" not borders); a generic noun
  // is a topic only as what was spoken about or with its qualifier ("European troops").
  it.each([
    ['what did Russia say about war crimes?', undefined],
    ['Could you tell me whether war crimes came up in Riyadh?', undefined],
    ['what orders did Putin give?', undefined],
    ['how many troops does Russia have?', undefined],
    ['Could you tell me how many troops Russia has near Kursk?', undefined],
    ['what did Russia say about crimia?', 'territory'],
    ['Would you happen to know whether European troops were discussed?', 'peacekeeping'],
    ['what did Macron say about troops on the ground?', 'peacekeeping'],
    ['what did Macron say about troops?', 'peacekeeping'],
    ['when did the Russian delegation land in Riyadh?', undefined],
    ['what did Russia demand on land?', 'territory'],
    ['did Ukraine agree to a land swap?', 'territory'],
  ])('%s → topic %s', async (q, topic) => {
    const r = await t.core.ask(q);
    expect(r.understood.slots.topic).toBe(topic);
  });

  it('answers whether a side hosted talks with the rounds held there', async () => {
    const r = await t.core.ask('which talks did Saudi Arabia host?');
    expect(r.understood.slots).toMatchObject({ place: 'Saudi Arabia' });
    expect(r.answer).toMatch(/rounds? of talks/);
  });

  it('reads what a side gets out of a deal as what others committed to it', async () => {
    const r = await t.core.ask('what do the Russians get out of the 25/3 deal w/ Washington');
    expect(r.understood.intent).toBe('agreed');
    expect(r.lines.some((l) => /agricultural/.test(l.text))).toBe(true);
  });

  it('finds who heads a committee named in other word order or with a possessive', async () => {
    for (const q of ['Who chairs the Federation Council’s international affairs committee?', 'who heads the Federation Council international affairs committee?']) {
      const r = await t.core.ask(q);
      expect(r.understood.intent).toBe('role');
      expect(r.answer).toMatch(/^Grigory Karasin — /);
    }
    // Words of a name no title holds are no match.
    expect((await t.core.ask('who chairs the OSCE permanent council?')).answer).toMatch(/^Nothing on record/);
  });

  it('answers whether a known topic was discussed at a place with what is on record', async () => {
    for (const q of ['were prisoner exchanges discussed in Riyadh?', 'was the Black Sea discussed in Riyadh?']) {
      const r = await t.core.ask(q);
      expect(r.answer).not.toMatch(/^Nothing on record/);
      expect(r.lines.length).toBeGreaterThan(0);
    }
  });

  it('quotes a later report that names the day asked about ("the March 18 phone call")', async () => {
    for (const q of ['What did Putin refuse during his 18 March phone call with Trump', 'what did Putin reject on March 18th?']) {
      const r = await t.core.ask(q);
      expect(r.understood.slots.date).toBe('2025-03-18');
      expect(r.lines.some((l) => /rejected a full 30-day ceasefire/.test(l.text))).toBe(true);
    }
  });

  it('reads what was agreed with a side on its own interests as what others committed to it', async () => {
    for (const q of ['What was agreed with Russia on its agricultural and fertiliser exports?', 'could you tell me what was agreed with Moscow on their exports?']) {
      const r = await t.core.ask(q);
      expect(r.understood.intent).toBe('agreed');
      expect(r.lines.some((l) => /world markets/.test(l.text))).toBe(true);
    }
  });

  it('reads a condition or threat a side stated as what it demands', async () => {
    const r = await t.core.ask('ukraine’s conditions on the black sea');
    expect(r.lines.some((l) => /Umerov/.test(l.text) && /as a violation/.test(l.text))).toBe(true);
  });
});
