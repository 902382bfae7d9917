import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { askDoc } from '../../src/core/answers.js';
import { renderMarkdown } from '../../src/core/render/markdown.js';
import { AskResult } from '../../src/core/schemas.js';
import { tempCore } from '../support/temp-core.js';

/** The demo snapshots, read on the day the question authors had: the coverage ended long before. */
describe('plain questions on the demo dossier', () => {
  const t = tempCore({ now: new Date('2026-11-30T12:00:00Z') });
  beforeAll(async () => {
    await t.core.ingest(undefined, { offline: true, dossier: 'russia-ukraine' });
  });
  afterAll(() => t.cleanup());

  const ask = async (q: string) => AskResult.parse(await t.core.ask(q));
  /** The whole reply as the shell shows it. */
  const reply = async (q: string) => renderMarkdown(askDoc(await ask(q)));

  describe('reading the question', () => {
    const cases: [string, string, Record<string, string>][] = [
      ['who spoke for Moscow’s delegation in Riyadh on Monday 24th', 'who-leads', { party: 'Russia', place: 'Riyadh', date: '2025-03-24' }],
      ['who headed the russian side at the saudi talks', 'who-leads', { party: 'Russia', place: 'Saudi Arabia' }],
      ['who led UKR delegation in riyahd', 'who-leads', { party: 'Ukraine', place: 'Riyadh' }],
      ['who’s heading the ukrainian team between the 22nd and 24th of march 2025', 'who-leads', { party: 'Ukraine', from: '2025-03-22', to: '2025-03-24' }],
      ['was beseda on the kremlin team', 'who-was-in', { party: 'Russia', person: 'Sergei Beseda' }],
      ['who’s Witkof', 'who-is', { person: 'Steve Witkoff' }],
      ['what position does zakarova hold', 'role', { person: 'Maria Zakharova' }],
      ['who is the US national security adviser', 'role', { party: 'United States', role: 'national security adviser' }],
      ['what did Umierov say after the meeting with the americans', 'said', { person: 'Rustem Umerov' }],
      ['what happened in Kiev overnight on March 23rd?', 'happened', { place: 'Kyiv', date: '2025-03-23' }],
      ['what happened on 24/3', 'happened', { date: '2025-03-24' }],
      ['what did kyiv agree to at jeddah', 'agreed', { party: 'Ukraine', place: 'Jeddah' }],
      ['what did Washington offer on the grain corridor', 'proposed', { party: 'United States', topic: 'maritime' }],
      ['what is Russia demanding for the Black Sea deal', 'demanded', { party: 'Russia', topic: 'maritime' }],
      ['did moscow rule out peacekeepers', 'refused', { party: 'Russia', topic: 'peacekeeping' }],
      ['where r the next talks with the russians', 'next', { party: 'Russia' }],
      ['any news on the POW swap', 'latest', { topic: 'prisoners' }],
      ['hey what can u do', 'help', {}],
      // German spellings of places and people, and membership asked as a fragment.
      ['who headed Kiew’s delegation on 23/3', 'who-leads', { party: 'Ukraine', date: '2025-03-23' }],
      ['what did selenskyj say about the black sea deal', 'said', { person: 'Volodymyr Zelensky', topic: 'maritime' }],
      ['beseda part of moscow’s delegation?', 'who-was-in', { party: 'Russia', person: 'Sergei Beseda' }],
      ['russian delegation riyadh - who’s in it', 'who-was-in', { party: 'Russia', place: 'Riyadh' }],
      ['what did petr pavel say about the odesa attack', 'said', { person: 'Petr Pavel', place: 'Odesa' }],
      // Shapes, not sentences: other verbs and nouns of leading, "the us" in lower case, a month-first range.
      ['who fronted the ukrainian side at the riyadh meeting', 'who-leads', { party: 'Ukraine', place: 'Riyadh' }],
      ['USA delegation leader on the 23rd', 'who-leads', { party: 'United States', date: '2025-03-23' }],
      ['who was the top russian negotiator', 'who-leads', { party: 'Russia' }],
      ['who was part of the us delegation', 'who-was-in', { party: 'United States' }],
      ['what did the us propose at jeddah', 'proposed', { party: 'United States', place: 'Jeddah' }],
      ['who is the head of the FSB', 'role', { party: 'Russia' }],
      ['what happened between march 20 and 22', 'happened', { from: '2025-03-20', to: '2025-03-22' }],
      ['who is the uk prime minister', 'role', { party: 'United Kingdom', role: 'prime minister' }],
      ['who led the usa team', 'who-leads', { party: 'United States' }],
      ['anything new on prisoner swaps', 'latest', { topic: 'prisoners' }],
      ['was there an agreement on prisoners', 'agreed', { topic: 'prisoners' }],
      ['what about northwood', 'happened', {}],
      ['jeddah', 'happened', { place: 'Jeddah' }],
      ['riyadh 24 march', 'happened', { place: 'Riyadh', date: '2025-03-24' }],
      ['zelenskyy on sanctions', 'said', { person: 'Volodymyr Zelensky', topic: 'sanctions' }],
      ['did witkoff attend the riyadh talks', 'who-was-in', { person: 'Steve Witkoff', place: 'Riyadh' }],
      ['who was the russian negotiator in saudi arabia', 'who-leads', { party: 'Russia' }],
      ['the russian foreign minister?', 'role', { party: 'Russia', role: 'foreign minister' }],
      ['what did the two sides discuss on monday', 'happened', { date: '2025-03-24' }],
      ['agreement on energy infrastructure?', 'agreed', { topic: 'energy' }],
      ['news?', 'latest', {}],
      ["who's Russia's main guy at the talks", 'who-leads', { party: 'Russia' }],
      ['what did the fsb say', 'said', { party: 'Russia' }],
      ['what happened on 23.03', 'happened', { date: '2025-03-23' }],
      ['what did russia demnad', 'demanded', { party: 'Russia' }],
      ['did russia violate the energy pause', 'happened', { party: 'Russia', topic: 'energy' }],
      ['what are the conditions for the black sea ceasefire', 'demanded', { topic: 'maritime' }],
      ['who led the talks in jeddah', 'who-leads', { place: 'Jeddah' }],
      ['who was the ukrainian point person', 'who-leads', { party: 'Ukraine' }],
      ['what happened on friday', 'happened', { date: '2025-03-21' }],
      ['who is the head of the kyiv city military administration', 'role', { party: 'Ukraine' }],
      ['what did the kremlin publish', 'said', { party: 'Russia' }],
      // The bot addressed by name is no one in the reports (George Parker, "additional reporting").
      ['hey parley, who is witkoff', 'who-is', { person: 'Steve Witkoff' }],
      ['@Parley who leads the russian delegation?', 'who-leads', { party: 'Russia' }],
      ["what's the name of russia's foreign minister", 'role', { party: 'Russia', role: 'foreign minister' }],
      ['were there strikes during the talks', 'happened', {}],
      // A word of the reports before a strike or a facility is where it was, capitalised or not.
      ['What did Zakharova say about the Sudzha attack?', 'said', { person: 'Maria Zakharova', place: 'Sudzha' }],
      ['what happened with the sudzha gas station', 'happened', { place: 'Sudzha' }],
      // The verb before its subject ("What said OSCE …"): the name after it is who is asked about, not the topic.
      ['What said OSCE about the Riyadh talks?', 'said', { party: 'OSCE', place: 'Riyadh' }],
      // Words of comparing are no names the reports lack; the one ranking higher on a side is who led it.
      ['Who was more important in Russian delegation, Karasin or Beseda?', 'who-leads', { party: 'Russia' }],
      ['who was most senior on the ukrainian side', 'who-leads', { party: 'Ukraine' }],
      // Whether someone is something the reports call people is who they are.
      ['Is Karasin a spy?', 'who-is', { person: 'Grigory Karasin' }],
      ['Karasin is diplomat or spy?', 'who-is', { person: 'Grigory Karasin' }],
      ['Is Zakharova spokeswoman?', 'who-is', { person: 'Maria Zakharova' }],
      // A side's people asked for by count or as "they"; a person's position on a topic; a promise offered.
      ["russia's guys in riyadh who were they", 'who-was-in', { party: 'Russia', place: 'Riyadh' }],
      ['How many people in Russian delegation?', 'who-was-in', { party: 'Russia' }],
      ['what was zelensky position on energy truce', 'said', { person: 'Volodymyr Zelensky', topic: 'energy' }],
      ['What did US promise to Russia?', 'proposed', { party: 'United States' }],
      ['What is position of Kremlin on Black Sea?', 'said', { party: 'Russia', topic: 'maritime' }],
      ['Which delegation was bigger, Russian or Ukrainian?', 'who-was-in', { party: 'Russia' }],
      // A topic after "after the" dates the question; the one asked about is the topic.
      ['what did zelenskiy say about sanctions after the black sea deal', 'said', { person: 'Volodymyr Zelensky', topic: 'sanctions' }],
    ];
    for (const [q, intent, slots] of cases) {
      it(`${q} → ${intent}`, async () => {
        const u = (await ask(q)).understood;
        expect(u.intent).toBe(intent);
        expect(u.slots).toMatchObject(slots);
        expect(u.unknown).toEqual([]);
      });
    }

    it('reads the verb after "agree to" or "refuse to", and a facility\'s kind, as no place', async () => {
      for (const q of ['did russia agree to stop strikes', 'did ukraine refuse to sign anything', 'was the nuclear plant discussed?', 'what happened to the power plant', 'is black sea deal in force yet']) {
        expect((await ask(q)).understood.slots.place).toBeUndefined();
      }
    });

    it('reads a slip as a name only when the word is no word of the reports', async () => {
      for (const q of ['how many people were killed in kyiv', 'was the energy truce kept', 'do the sides trust each other', 'what about the power cuts in odesa']) {
        expect((await ask(q)).understood.slots.person, q).toBeUndefined();
      }
      expect((await ask('who is witkof')).understood.slots.person).toBe('Steve Witkoff');
      expect((await ask('who is karassin')).understood.slots.person).toBe('Grigory Karasin');
      // Two words nobody on record bears, typed in lower case, are a name Parley does not know.
      const unknown = await ask('who is hakan fidan');
      expect(unknown.understood.slots.person).toBe('Hakan Fidan');
      expect(renderMarkdown(askDoc(unknown))).toMatch(/Nothing on record about Hakan Fidan/);
      // A one-word "name" seen once ("Plan", from "Trump's Plan") is no typo target for "plant".
      expect((await ask('any agreement on nuclear plant')).understood.slots.person).toBeUndefined();
      // A title nobody on record holds is said back with its article, not dropped.
      expect(await reply('what did the pope say about the talks')).toMatch(/Nothing on record about the Pope/);
    });

    it('reads a slip in a cue word or a side as meant', async () => {
      expect((await ask('whats the lastest')).understood.intent).toBe('latest');
      expect((await ask('what was agred on the black sea')).understood.intent).toBe('agreed');
      expect((await ask('who headed the ukranian team in riyadh')).understood.slots).toMatchObject({ party: 'Ukraine', place: 'Riyadh' });
    });

    it('reads questions about meetings in the past as what happened, between the sides named', async () => {
      const a = await ask('did the us and russia meet');
      expect(a.understood.intent).toBe('happened');
      expect(a.lines[0]!.lead).toMatch(/^Riyadh, 24 Mar 2025/);
    });

    it('reports a phrase it cannot link instead of dropping it', async () => {
      const a = await ask('what did the Kremlin say about the zapad exercises');
      expect(a.understood.unknown).toContain('zapad exercises');
      expect(await reply('what did the Kremlin say about the zapad exercises')).toMatch(/I don't know “zapad exercises” yet/);
    });
  });

  describe('answering', () => {
    it('says what it understood on one line first', async () => {
      const a = await ask('who led the US side in Riyadh on 23 March?');
      expect(a.understood.line).toBe("United States' delegation in Riyadh, 23 Mar 2025:");
      expect(a.answer).toMatch(/led by Andrew Peek and Michael Anton \(3 sources; listed as members by 1\)/);
    });

    it('narrows who-leads by place and date, and gives the leaders named in an earlier round', async () => {
      expect((await ask('who led Russia’s delegation in Riyadh?')).answer).toMatch(/Grigory Karasin \(\d sources/);
      expect((await ask('who headed the Ukrainian delegation in Jeddah?')).answer).toMatch(/^Nothing on record about Ukraine's delegation in Jeddah/);
      // The US team of 24 March is only "included"; on 23 March three reports say it was led.
      const us = (await ask('who was in charge of the Americans?')).answer;
      expect(us).toMatch(/no source names a leader/);
      expect(us).toMatch(/23 Mar 2025: led by Andrew Peek and Michael Anton/);
    });

    it('covers every day of a range, oldest first', async () => {
      const a = await ask('what happened between the 21st and 23rd of March 2025?');
      const days = new Set(a.lines.map((l) => l.lead?.match(/\d{1,2} Mar 2025/)?.[0]));
      expect(days).toEqual(new Set(['21 Mar 2025', '22 Mar 2025', '23 Mar 2025']));
    });

    it('quotes what a person said, newest first, each with its source', async () => {
      const a = await ask('what did Peskov say?');
      expect(a.understood.line).toBe('Statements by Dmitry Peskov:');
      expect(a.lines.length).toBeGreaterThan(2);
      for (const l of a.lines) expect(l.sources.length).toBeGreaterThan(0);
      const days = a.lines.map((l) => l.lead!.slice(0, 11));
      expect(days[0]).toBe('24 Mar 2025');
    });

    it('reads "the <country> president" as the person in that office, not the country', async () => {
      expect((await ask('what did the Czech president say?')).understood.line).toBe("Statements by Petr Pavel (Czechia's president):");
      expect(await reply('what did the ukrainian president say about pressure on Russia')).toMatch(/pressure/);
      expect((await ask('who is the ukrainian president')).answer).toMatch(/^Volodymyr Zelensky — president/);
      // A title's head decides: "foreign minister" is not a "foreign ministry spokeswoman".
      expect((await ask('who is the russian foreign minister')).answer).toMatch(/^Sergei Lavrov/);
      expect((await ask('who is the kremlin spokesman')).answer).toMatch(/^Dmitry Peskov/);
    });

    it('covers the Kremlin’s spokespeople and bodies, and never a US envoy’s words about Putin', async () => {
      const text = await reply('what did the Kremlin say?');
      expect(text).toMatch(/the Kremlin —/);
      expect(text).toMatch(/Dmitry Peskov|Maria Zakharova|Sergey Lavrov|Grigory Karasin/);
      expect(text).not.toMatch(/bad guy/);
    });

    it('quotes the conditions a side stated on a topic, not the topic’s generic list', async () => {
      const a = await ask('what is Russia demanding for the Black Sea deal?');
      expect(a.lines[0]!.text).toMatch(/Rosselkhozbank/);
      expect(a.lines.every((l) => /Black Sea|ships|grain|Rosselkhozbank|SWIFT/i.test(l.text))).toBe(true);
    });

    it('says no talks are scheduled after today, and which were the last', async () => {
      const a = await ask('when are the next talks?');
      expect(a.answer).toMatch(/^No talks after 30 Nov 2026 are on record, and none were scheduled when the sources end \(25 Mar 2025\)\. The last rounds held: Riyadh, 24 Mar 2025/);
    });

    it('gives the newest developments with their dates', async () => {
      const a = await ask('what’s the latest?');
      expect(a.answer).toMatch(/from 25 Mar 2025 \(nothing newer is on record as of 30 Nov 2026\)/);
      expect(a.lines[0]!.lead).toMatch(/^25 Mar 2025/);
    });

    it('narrows what happened to what the question names, and says when only statements mention a place', async () => {
      const sudzha = (await ask('what happened with the sudzha gas station'));
      expect(sudzha.lines.length).toBeGreaterThan(0);
      for (const l of sudzha.lines) expect(l.text).toMatch(/Sudzha/);
      const krasnodar = (await ask('what happened in krasnodar'));
      expect(krasnodar.answer).toMatch(/^No dated development in Krasnodar is on record; \d+ statements on record mention it:/);
      expect(krasnodar.lines.length).toBeGreaterThan(0);
      expect((await reply('what about northwood'))).toMatch(/Northwood/);
    });

    it('quotes what a person said their side wanted when asked their proposals and none is stated in so many words', async () => {
      const a = await ask('What did Waltz propose for the Riyadh talks?');
      expect(a.answer).toMatch(/Nothing on record of Mike Waltz proposing in so many words; what Mike Waltz said United States wanted:/);
      expect(a.lines.length).toBeGreaterThan(0);
      for (const l of a.lines) expect(l.text).toMatch(/Waltz[\s\S]*wanted[\s\S]*(?:Black Sea|line of control)/);
    });

    it('answers what two sides joined by "and" agreed under both names, with what either stated', async () => {
      const both = await ask('Did the US and Russia agree on energy?');
      expect(both.understood.line).toMatch(/^What United States and Russia agreed about energy/);
      expect(both.lines.some((l) => /Russia has agreed only to a 30-day moratorium/.test(l.text))).toBe(true);
      // A side after "with" is whom it agreed with, not a second subject.
      expect((await ask('what did the US agree with Ukraine')).understood.line).toMatch(/^What United States agreed/);
    });

    it('quotes reports naming a person\'s side when neither the person nor the side is quoted on the stance', async () => {
      const a = await ask('Zelensky is agree with Black Sea deal?');
      expect(a.answer).toMatch(/Nothing on record from Volodymyr Zelensky in person, nor in Ukraine's own words; reports that name Ukraine:/);
      expect(a.lines.some((l) => /safe navigation/.test(l.text))).toBe(true);
    });

    it('quotes statements on a topic when no dated development is on it', async () => {
      const a = await ask("what's the deal w/ rosselkhozbank");
      expect(a.answer).toMatch(/^No dated development about sanctions is on record; \d+ statements on record mention it:/);
      expect(a.lines.some((l) => /Rosselkhozbank/.test(l.text))).toBe(true);
    });

    it('quotes reports naming a side as the subject of a stance when the side is not quoted itself', async () => {
      expect((await reply('what did britain and france offer'))).toMatch(/Not in United Kingdom's own words[\s\S]*The UK and France have offered to lead/);
      expect((await reply('what did kyiv agree to on the black sea'))).toMatch(/the sides had agreed to "ensure safe navigation/);
      expect((await reply("who's trump's envoy to russia"))).toMatch(/Steve Witkoff — envoy/);
    });

    it('reads "what did they say after the talks" as the newest round’s leaders, that day and the next', async () => {
      const a = (await ask('what did they say after the talks'));
      expect(a.understood.line).toMatch(/^Statements by the newest round's leaders over 24–25 Mar 2025/);
      expect(a.lines[0]?.lead).toMatch(/Karasin/);
    });

    it('reads the side after "with" as the one a latest question is about', async () => {
      expect((await ask("what's the latest with the ukrainians")).understood.line).toBe('Latest on record from Ukraine:');
    });

    it('gives what happened on a topic when no stance on it is stated, saying so first', async () => {
      const a = (await ask('was there an agreement on prisoners'));
      expect(a.answer).toMatch(/^Nothing on record says what the sides agreed on prisoner exchanges\. What is on record about it:$/);
      expect((await reply('was there an agreement on prisoners'))).toContain('175');
    });

    it('answers "nothing on record" for what it understood, with two questions to try', async () => {
      for (const q of ['who led the Chinese delegation?', 'what did Erdogan say about the grain corridor?', 'who is Kaja Kallas', 'what happened on 14 Jan 2025', 'did moscow demand new elections in ukraine', 'what was agreed in Geneva?', 'what did Hungary demand?']) {
        const a = await ask(q);
        expect(a.answer, q).toMatch(/^Nothing on record/);
        expect(a.answer, q).toMatch(/Try: “.+” or “.+”\./);
      }
      expect((await ask('who led the Chinese delegation?')).understood.line).toBe("China's delegation:");
      expect((await ask('what did Hungary demand?')).answer).toMatch(/^Nothing on record about what Hungary demanded\./);
      // Talks on record whose people no report names: nothing on record, and which talks.
      expect((await ask('who led the us delegation in jeddah')).answer).toMatch(/^Nothing on record about United States' delegation in Jeddah: the talks at Jeddah, 11 Mar 2025 \(Ukraine–United States\)/);
      expect((await reply('who is the head of the FSB?'))).toContain('Bortnikov');
    });

    it('never guesses when it understands nothing', async () => {
      const a = await ask('asdf qwerty');
      expect(a.intent).toBe('unknown');
      expect(a.answer).toMatch(/^Nothing on record about “asdf qwerty”/);
    });
  });
});
