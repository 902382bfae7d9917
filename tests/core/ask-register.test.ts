import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatPart, loadQuestions, scorePart } from '../../eval/questions.js';
import { peelRegister, roundSpan } from '../../src/core/ask/normalise.js';
import { AskResult } from '../../src/core/schemas.js';
import { tempCore } from '../support/temp-core.js';

/**
 * The long, polite register read as the terse one (issue 11). The rounds are the demo dossier's:
 * Jeddah on 11 March, Riyadh with Ukraine on Sunday 23 and with Russia on Monday 24 March 2025.
 */
describe('questions written in full, polite sentences', () => {
  const rounds = [
    { place: 'Jeddah', date: '2025-03-11', parties: ['Ukraine', 'United States'] },
    { place: null, date: '2025-03-18', parties: ['Russia', 'United States'] },
    { place: 'Riyadh', date: '2025-03-23', parties: ['Ukraine', 'United States'] },
    { place: 'Riyadh', date: '2025-03-24', parties: ['Russia', 'United States'] },
  ];
  const refs = { today: new Date('2026-11-30T12:00:00Z'), corpus: new Date('2025-03-25T12:00:00Z') };
  const peel = (q: string) => peelRegister(q, { rounds, refs });

  it('peels greetings, asides and politeness wrappers off the front', () => {
    expect(peel("Hi Parley, I'd like to know who headed the Ukrainian side in Riyadh.")).toBe('who headed the Ukrainian side in Riyadh.');
    expect(peel('Could you remind me what the Kremlin said after the talks?')).toBe('what the Kremlin said after the talks?');
    expect(peel('Good morning! Could you please tell me who led the Russian delegation?')).toBe('who led the Russian delegation?');
    expect(peel('Thanks in advance — could you tell me what the US proposed on prisoner exchanges?')).toBe('what the US proposed on prisoner exchanges?');
    expect(peel('Sorry to bother you, but is there any chance you could tell me what was agreed on energy?')).toBe('what was agreed on energy?');
    expect(peel('Quick question for you: what did Karasin say?')).toBe('what did Karasin say?');
    expect(peel('Please summarise what happened in Jeddah.')).toBe('what happened in Jeddah.');
  });

  it('peels closings and narrowing adverbs off the end', () => {
    expect(peel('who led the US team, please?')).toBe('who led the US team?');
    expect(peel('what did Lavrov demand, if possible, thanks!')).toBe('what did Lavrov demand!');
    expect(peel('which officials were on the American team, specifically in Riyadh?')).toBe('which officials were on the American team in Riyadh?');
  });

  it('drops chat asides (lol, tbh, rn, actually) in the middle and at the end', () => {
    expect(peel('did the russians actually agree to anything lol')).toBe('did the russians agree to anything');
    expect(peel('who led the ukraine side tbh?')).toBe('who led the ukraine side?');
    expect(peel("who's running the ukraine side rn")).toBe("who's running the ukraine side");
  });

  it('puts an indirect question back in question order', () => {
    expect(peel('Hello there, would you be able to tell me who Sergei Beseda is?')).toBe('who is Sergei Beseda?');
    expect(peel("could you explain what Rustem Umerov's role is in the negotiations?")).toBe("what is Rustem Umerov's role in the negotiations?");
    expect(peel('Would you happen to know whether anything was agreed about the Black Sea?')).toBe('was anything agreed about the Black Sea?');
    expect(peel('I was hoping you could tell me what you can help with.')).toBe('what can you do');
    expect(peel('Do you know if Sergei Beseda attended the Riyadh talks?')).toBe('did Sergei Beseda attend the Riyadh talks?');
    expect(peel('I was wondering whether Russia rejected the full ceasefire.')).toBe('did Russia reject the full ceasefire.');
    expect(peel('I was wondering whether the delegates frobnicated.')).toBe('the delegates frobnicated.');
  });

  it('moves a clause setting the scene behind the question, as its place or subject', () => {
    expect(peel('Following up on the Jeddah talks, who led the Ukrainian side?')).toBe('who led the Ukrainian side at the Jeddah talks?');
    expect(peel('Regarding the Black Sea, what did Russia demand?')).toBe('what did Russia demand about the Black Sea?');
    expect(peel('Following the talks in Riyadh, what did the White House announce?')).toBe('what did the White House announce after the talks in Riyadh?');
    expect(peel('In Riyadh, on the first day, who did the Americans meet with?')).toBe('who did the Americans meet with in Riyadh on 23 March 2025?');
    expect(peel('As for Beseda, was he on the Russian team?')).toBe('was Beseda on the Russian team?');
    expect(peel('Regarding the Black Sea deal, has it been agreed?')).toBe('has the Black Sea deal been agreed?');
    expect(peel('About Umerov, what was his role?')).toBe("what was Umerov's role?");
    expect(peel('Regarding the Jeddah talks, what did they agree?')).toBe('what did they agree at the Jeddah talks?');
  });

  it('reads days counted from a round as the dates they name', () => {
    expect(peel('what happened on the first day of the Riyadh talks')).toBe('what happened on 23 March 2025 at the Riyadh talks');
    expect(peel('Following up on the Riyadh talks, which officials were on the American team, specifically on the second day?')).toBe(
      'which officials were on the American team on 24 March 2025 at the Riyadh talks?',
    );
    expect(peel('who spoke for Kyiv on the final day of the talks')).toBe('who spoke for Kyiv on 24 March 2025');
    expect(peel('what did Peskov say the day after the Riyadh talks')).toBe('what did Peskov say on 25 March 2025');
    expect(peel('what happened the day before the US-Russia talks')).toBe('what happened on 23 March 2025');
    expect(peel('what happened the day after March 11')).toBe('what happened on 12 March 2025');
    expect(peel('who led the Russian delegation on the Monday')).toBe('who led the Russian delegation on 24 March 2025');
    expect(peel('what was said in Jeddah on the first day')).toBe('what was said in Jeddah on 11 March 2025');
    expect(peel("I'd like to know what Peskov said on the day after they finished.")).toBe('what Peskov said on 25 March 2025.');
    expect(peel('what did Zelensky say on the day before the talks in Riyadh began?')).toBe('what did Zelensky say on 22 March 2025?');
  });

  it('drops a pleasantry sentence and an apology before the question, and "the current" before a title', () => {
    expect(peel("Hello, I hope you're well. Who led the Russian delegation?")).toBe('Who led the Russian delegation?');
    expect(peel('Sorry if this is a basic question, but who is Marco Rubio?')).toBe('who is Marco Rubio?');
    expect(peel('Could you tell me who Mike Waltz is, please?')).toBe('who is Mike Waltz?');
    expect(peel('Hi Parley, who is the current US national security adviser?')).toBe('who is the US national security adviser?');
    expect(peel('Thanks for the help earlier. Now, who headed the Russian side?')).toBe('who headed the Russian side?');
    expect(peel("If it's not too much trouble, could you tell me what Zelensky said?")).toBe('what Zelensky said?');
    expect(peel('Was any agreement reached on energy, do you know?')).toBe('Was any agreement reached on energy?');
    expect(peel('Are there any further rounds of talks planned that you know of?')).toBe('Are there any further rounds of talks planned?');
  });

  it('drops asides set off by commas, requests closing the question, and a summary asked for', () => {
    expect(peel('What, if anything, did the Kremlin say about the energy truce?')).toBe('What did the Kremlin say about the energy truce?');
    expect(peel("I'm not sure who Grigory Karasin is — could you help?")).toBe('who is Grigory Karasin?');
    expect(peel('Dear Parley, what did Ukraine propose regarding the energy ceasefire? Many thanks.')).toBe('what did Ukraine propose regarding the energy ceasefire?');
    expect(peel("I'd love a summary of what was agreed on 25 March.")).toBe('what was agreed on 25 March.');
    expect(peel('Do you have any information on who led the Ukrainian team in Jeddah?')).toBe('who led the Ukrainian team in Jeddah?');
    expect(peel('Could you find out for me who the Ukrainian foreign minister is?')).toBe('who is the Ukrainian foreign minister?');
    expect(peel('Would you mind letting me know who Kaja Kallas is?')).toBe('who is Kaja Kallas?');
    expect(peel("Hi! Quick one: what's Mike Waltz's job?")).toBe("what's Mike Waltz's job?");
  });

  it('reads "tell me about" a bare name as who that is, and anything else as what it names', () => {
    expect(peel('What can you tell me about Kirill Dmitriev, please?')).toBe('who is Kirill Dmitriev?');
    expect(peel('Could you tell me a little about who represented Washington?')).toBe('who represented Washington?');
    expect(peel('Tell me about the Riyadh talks')).toBe('the Riyadh talks');
    expect(peel('Would it be possible to find out who the spokesperson for the Kremlin is?')).toBe('who is the spokesperson for the Kremlin?');
  });

  it('counts a night, a morning or a weekday before or after a meeting told by who met whom', () => {
    expect(peel('What happened in Kyiv the night before the Ukrainian delegation met the Americans')).toBe('What happened in Kyiv between 22 and 23 March 2025');
    expect(peel('What happened the day after the Russians met the Americans in Riyadh')).toBe('What happened on 25 March 2025');
    expect(peel('What happened in Odesa on the Friday before the Riyadh talks')).toBe('What happened in Odesa on 21 March 2025');
    expect(peel('what happened the morning after the Jeddah meeting')).toBe('what happened on 12 March 2025');
  });

  it('keeps a place the question names over the round its scene names, and dates from the round', () => {
    expect(peel('Following up on the Riyadh talks, could you tell me what happened in Sumy on the second day')).toBe('what happened in Sumy on 24 March 2025');
    expect(peel('Following up on the Jeddah talks, what happened in Mariupol on the first day')).toBe('what happened in Mariupol on 11 March 2025');
  });

  it('reads circumlocutions of the long register the short way', () => {
    expect(peel('Who led the team in the Saudi capital?')).toBe('Who led the team in Riyadh?');
    expect(peel('what happened in the capital of Ukraine')).toBe('what happened in Kyiv');
    expect(peel('Who is currently heading Moscow’s negotiators?')).toBe('Who is heading Moscow’s negotiators?');
    expect(peel('What role did Hakan Fidan play in the talks')).toBe("what was Hakan Fidan's role in the talks");
    expect(peel('what did Pavel say after the attack on Odesa?')).toBe('what did Pavel say after the Odesa attack?');
    expect(peel('what happened after the end of March?')).toBe('what happened after the end of March?');
  });

  it('leaves the past day, and questions already terse, as they were', () => {
    expect(peel('what happened in the last day')).toBe('what happened in the last day');
    expect(peel('what happened on the first day of march')).toBe('what happened on the first day of march');
    expect(peel('morning of the 24th, what happened')).toBe('morning of the 24th, what happened');
    expect(peel('Hi who led the russian side')).toBe('who led the russian side');
    expect(peel('who led russia in riyadh')).toBe('who led russia in riyadh');
    expect(peel('hi')).toBe('hi');
    expect(peel('what can you do?')).toBe('what can you do?');
  });

  it('takes consecutive days at one place as one round, and two sides as the day they met', () => {
    expect(roundSpan('the Riyadh talks', '', rounds).map((r) => r.date)).toEqual(['2025-03-23', '2025-03-24']);
    expect(roundSpan('the US-Russia talks', '', rounds).map((r) => r.date)).toEqual(['2025-03-24']);
    expect(roundSpan('', 'what happened in jeddah', rounds).map((r) => r.date)).toEqual(['2025-03-11']);
  });
});

/** The same register through `ask` on the demo dossier: the rounds come from the record, not the test. */
describe('polite questions on the demo dossier', () => {
  const t = tempCore({ now: new Date('2026-11-30T12:00:00Z') });
  beforeAll(async () => {
    await t.core.ingest(undefined, { offline: true, dossier: 'russia-ukraine' });
  });
  afterAll(() => t.cleanup());
  const cases: [string, string, Record<string, string>][] = [
    ["Hi Parley, I'd like to know who headed the Ukrainian side in Riyadh.", 'who-leads', { party: 'Ukraine', place: 'Riyadh' }],
    ['Following up on the Riyadh talks, which officials were on the American team, specifically on the second day?', 'who-was-in', { party: 'United States', place: 'Riyadh', date: '2025-03-24' }],
    ['Would you happen to know whether anything was agreed about the Black Sea?', 'agreed', { topic: 'maritime' }],
    ['Hello there, would you be able to tell me who Sergei Beseda is?', 'who-is', { person: 'Sergei Beseda' }],
    ['Thanks in advance — could you tell me what the US proposed on prisoner exchanges?', 'proposed', { party: 'United States', topic: 'prisoners' }],
    ['Good morning! Could you please tell me who led the Russian delegation on the Monday?', 'who-leads', { party: 'Russia', date: '2025-03-24' }],
    ['I was hoping you could tell me what you are able to help with.', 'help', {}],
    ['Is there any chance you could tell me what was agreed on energy infrastructure?', 'agreed', { topic: 'energy' }],
    ['Following up on the Riyadh talks, could you tell me what happened in Sumy on the second day', 'happened', { place: 'Sumy', date: '2025-03-24' }],
    ['What happened in Kyiv the night before the Ukrainian delegation met the Americans', 'happened', { place: 'Kyiv', from: '2025-03-22', to: '2025-03-23' }],
    ["Who led the Americans' team at the meetings in the Saudi capital?", 'who-leads', { party: 'United States', place: 'Riyadh' }],
    ['Who is currently heading Moscow’s negotiators in the talks with the United States?', 'who-leads', { party: 'Russia' }],
    ["I'd like to know what Moscow has rejected with regard to a European troop presence in Ukraine.", 'refused', { party: 'Russia', topic: 'peacekeeping' }],
    ['Do you know if Sergei Beseda attended the Riyadh talks?', 'who-was-in', { person: 'Sergei Beseda', place: 'Riyadh' }],
    // The side a proposal went to is no place; a delegation sent somewhere goes to one.
    ['Would you happen to know what the United States proposed to Ukraine in Jeddah on 11 March?', 'proposed', { party: 'United States', place: 'Jeddah', date: '2025-03-11' }],
    ['What did Petr Pavel say about negotiating with Russia after the attack on Odesa?', 'said', { person: 'Petr Pavel', place: 'Odesa' }],
    ['As for Beseda, was he on the Russian team?', 'who-was-in', { party: 'Russia', person: 'Sergei Beseda' }],
    ['which kremlin guys did they send to saudi', 'who-was-in', { party: 'Russia', place: 'Saudi Arabia' }],
    ['Can you help me understand what the Kremlin wants in exchange for a maritime ceasefire?', 'demanded', { party: 'Russia', topic: 'maritime' }],
  ];
  for (const [q, intent, slots] of cases) {
    it(`${q} → ${intent}`, async () => {
      const u = AskResult.parse(await t.core.ask(q)).understood;
      expect(u.intent).toBe(intent);
      expect(u.slots).toMatchObject(slots);
    });
  }
});

describe('casual chat shorthand on the demo dossier', () => {
  const t = tempCore({ now: new Date('2026-11-30T12:00:00Z') });
  beforeAll(async () => {
    await t.core.ingest(undefined, { offline: true, dossier: 'russia-ukraine' });
  });
  afterAll(() => t.cleanup());
  // An adverb or a chat word where a name could stand is no one asked about; "wut" is "what".
  const cases: [string, string, Record<string, string>][] = [
    ['did the russians actually agree to anything lol', 'agreed', { party: 'Russia' }],
    ['wut happened w/ the black sea deal', 'happened', { topic: 'maritime' }],
    ['wat did peskov say after the talks lol', 'said', { person: 'Dmitry Peskov' }],
  ];
  for (const [q, intent, slots] of cases) {
    it(`${q} → ${intent}, naming no one else`, async () => {
      const u = AskResult.parse(await t.core.ask(q)).understood;
      expect(u.intent).toBe(intent);
      expect(u.slots).toMatchObject(slots);
      if (!slots.person) expect(u.slots.person).toBeUndefined();
      expect(u.unknown).toEqual([]);
    });
  }
});

/**
 * The sixth author's part in this register (dev-qa7.json), held to floors it missed before the
 * register was read (intent 0.91, slots 0.84, answer 0.81 on the parser without it).
 */
describe('labelled questions in the polite register, development part', () => {
  // The bound only catches a hang: the part is ingested and scored beside whatever else holds both cores.
  it('reads intents, slots and answers at or above the floors', { timeout: 120_000 }, async () => {
    const s = await scorePart(loadQuestions('dev-qa7'));
    console.log(formatPart('dev-qa7', s));
    expect(s.n).toBe(75);
    expect(s.intent / s.n).toBeGreaterThanOrEqual(0.95);
    expect(s.slots / s.slotTotal).toBeGreaterThanOrEqual(0.9);
    expect(s.answer / s.n).toBeGreaterThanOrEqual(0.95);
    // Every unanswerable one says "nothing on record" about what it understood, never "couldn't place".
    expect(s.unanswerable.nothingOnRecord).toBe(s.unanswerable.n);
    expect(s.unanswerable.couldntPlace).toBe(0);
  });
});
