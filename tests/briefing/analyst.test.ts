import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import { briefingToDoc, buildBriefing } from '../../src/core/briefing/build.js';
import { type Briefing, BriefingSchema, type TrackStatus } from '../../src/core/briefing/schema.js';
import { renderDiscord } from '../../src/core/render/discord.js';
import { checkDiscordMessage, checkSlackMessage } from '../../src/core/render/limits.js';
import { renderMarkdown } from '../../src/core/render/markdown.js';
import { renderSlack } from '../../src/core/render/slack.js';
import { ActorResult } from '../../src/core/schemas.js';
import { SEED_FEED, tempCore } from '../support/temp-core.js';
import { proseSentences, repeatedSentences } from './support/prose.js';
import { createSqliteClient } from '../../src/core/store/sql.js';

/** Ingested as of 26 March 2025: the snapshot Meduza dates 2030 is then a future date. */
const INGESTED = new Date('2025-03-26T12:00:00Z');
/** The reader's "now" in most tests: a later year, so 2025 dates must carry theirs. */
const READ = new Date('2026-11-30T09:00:00Z');
const DAYS = ['2025-03-23', '2025-03-24', '2025-03-25', '2025-03-26'];

/** The developments each status may rest on. */
const GROUNDS: Record<Exclude<TrackStatus, 'quiet'>, string[]> = {
  advanced: ['held', 'signed', 'announced'],
  scheduled: ['scheduled'],
  stalled: ['refusal', 'walk-out', 'suspension'],
  reversed: ['walk-out', 'suspension'],
  contested: ['accusation'],
};

describe('a briefing an analyst would forward (demo dossier, offline snapshots)', () => {
  const t = tempCore({ now: INGESTED });
  const db = t.db;
  const dossier = t.dossier();
  const build = (date: string, now = READ, extra: Partial<Parameters<typeof buildBriefing>[2]> = {}) =>
    buildBriefing(createSqliteClient(db), dossier, { date, tz: 'Europe/Kyiv', ...extra }, now);
  const md = (b: Briefing, explain = false) => renderMarkdown(briefingToDoc(b, { explain }));
  const itemText = (url: string) => db.prepare<[string], { text: string }>('SELECT text FROM items WHERE url = ?').get(url)?.text ?? '';

  beforeAll(async () => {
    const report = await t.core.ingest(undefined, { offline: true, dossier: 'russia-ukraine' });
    expect(report.sources.every((s) => s.status !== 'failed')).toBe(true);
  });
  afterAll(() => t.cleanup());

  it('opens 24 March 2025 with a sourced bottom line: the Riyadh round, the three delegations’ leaders and the US–Russia talks of 24 March', async () => {
    const b = await build('2025-03-24');
    expect(() => BriefingSchema.parse(b)).not.toThrow();
    expect(b.bottomLine.length).toBeGreaterThanOrEqual(2);
    expect(b.bottomLine.length).toBeLessThanOrEqual(3);
    const text = b.bottomLine.map((x) => x.text).join(' ');
    for (const name of ['Riyadh', 'Rustem Umerov', 'Andrew Peek and Michael Anton', 'Grigory Karasin and Sergei Beseda', '24 March 2025']) {
      expect(text).toContain(name);
    }
    // Every sentence is sourced, and its sources say what it names.
    const byN = new Map(b.sources.map((x) => [x.n, x]));
    for (const line of b.bottomLine) {
      expect(line.sources.length, line.text).toBeGreaterThan(0);
      const cited = line.sources.map((n) => itemText(byN.get(n)!.url)).join('\n');
      for (const surname of ['Umerov', 'Peek', 'Anton', 'Karasin', 'Beseda', 'Riyadh']) {
        if (line.text.includes(surname)) expect(cited, `${surname} in the sources of "${line.text}"`).toContain(surname);
      }
    }
    // The reader meets it first.
    expect(md(b).split('\n').filter((l) => l.startsWith('## '))[0]).toBe('## Bottom line');
  });

  it('tells the Riyadh round once, however many outlets reported it and however they worded it', async () => {
    const b = await build('2025-03-24');
    const round = b.top.filter((c) => /Riyadh|Saudi Arabia/.test(c.headline));
    expect(round).toHaveLength(1);
    expect(round[0]!.outlets.map((o) => o.outlet).sort()).toEqual(['Financial Times — Europe', 'Kyiv Independent', 'Ukrainska Pravda']);
    expect(md(b)).toContain('reported by 3 outlets');
  });

  it('never shows a sentence of eight or more words twice, on any day', async () => {
    for (const date of DAYS) expect(repeatedSentences(md(await build(date))), date).toEqual([]);
  });

  it('would catch a repeated sentence (the check can fail)', async () => {
    const text = md(await build('2025-03-24'));
    const lead = (await build('2025-03-24')).top[0]!.summary;
    expect(repeatedSentences(`${text.replace('## Sources', `- ${lead}\n\n## Sources`)}`)).toHaveLength(1);
  });

  it('collapses the tracks nothing moved into one "Quiet:" line, with no filler', async () => {
    for (const date of DAYS) {
      const b = await build(date);
      const text = md(b);
      expect(text).not.toMatch(/No new developments in this window|unchanged/);
      const moved = text.split('## What moved')[1]?.split('\n## ')[0] ?? '';
      const lines = moved.split('\n').filter((l) => l.startsWith('- '));
      const quiet = b.tracks.filter((x) => x.status === 'quiet');
      expect(lines.filter((l) => l.startsWith('- **Quiet:**')), date).toHaveLength(quiet.length ? 1 : 0);
      for (const track of quiet) {
        expect(track.event).toBeNull();
        expect(lines.filter((l) => l.includes(track.label)), `${date} ${track.label}`).toHaveLength(1);
        expect(lines.find((l) => l.includes(track.label))).toMatch(/^- \*\*Quiet:\*\*/);
      }
      expect(lines).toHaveLength(b.tracks.length - quiet.length + (quiet.length ? 1 : 0));
    }
  });

  it('rests every status on an event of the right kind, never on a preview or speculation', async () => {
    for (const date of DAYS) {
      for (const track of (await build(date)).tracks) {
        if (track.status === 'quiet') continue;
        expect(GROUNDS[track.status], `${date} ${track.topic}`).toContain(track.event?.development);
        expect(track.event?.sources[0]?.url).toMatch(/^https:\/\//);
        expect(itemText(track.event!.sources[0]!.url)).toContain(track.event!.title);
      }
    }
    const mar24 = await build('2025-03-24');
    const track = (b: Briefing, topic: string) => b.tracks.find((x) => x.topic === topic)!;
    // The Russia–US meeting of the 24th, not the Kremlin's preview of what it would discuss.
    expect(track(mar24, 'maritime')).toMatchObject({ status: 'scheduled', event: { date: '2025-03-24', development: 'scheduled' } });
    expect(track(mar24, 'energy')).toMatchObject({ status: 'contested', event: { development: 'accusation' } });
    // "Analysts say a maritime deal could be easier…" and "Talks would then move to…" change nothing.
    expect(track(mar24, 'sanctions').status).toBe('quiet');
    expect(track(mar24, 'peacekeeping').status).toBe('quiet');
    // The day after, the meeting was held: advanced, on a sentence saying so.
    expect(track(await build('2025-03-25'), 'maritime')).toMatchObject({ status: 'advanced', event: { date: '2025-03-24', development: 'held' } });
    const mar26 = await build('2025-03-26');
    expect(track(mar26, 'maritime')).toMatchObject({ status: 'advanced', event: { development: 'announced' } });
    // What was agreed leads that day's bottom line, in the source's own words.
    expect(mar26.bottomLine[0]?.text).toMatch(/the White House said the sides had agreed to "ensure safe navigation/);
  });

  it('explains each status with the developments seen, the rule that read each and the verdict', async () => {
    const maritime = (await build('2025-03-24')).tracks.find((x) => x.topic === 'maritime')!;
    expect(maritime.explain[0]).toMatchObject({ development: 'scheduled', rule: 'talks.scheduled', verdict: 'scheduled → scheduled' });
    expect(maritime.explain.some((v) => v.development === 'preview' && v.verdict === 'preview: never changes a status')).toBe(true);
    const out: string[] = [];
    const code = await runCli(['briefing', '--date', '2025-03-24', '--tz', 'Europe/Kyiv', '--explain', '--db', t.dbPath], {
      stdout: (s) => out.push(s),
      stderr: () => {},
    });
    expect(code).toBe(0);
    const text = out.join('');
    expect(text).toContain('## Why each status');
    expect(text).toMatch(/\*\*Energy infrastructure strikes: CONTESTED\*\*\n\s+accusation → contested \\\[claim\.accusation, 2025-03-23\\\]/);
    expect(text).toMatch(/preview: never changes a status \\\[talks\.preview/);
  });

  it('quotes up to three principals in "Said", one quote each, never the same words twice', async () => {
    for (const date of DAYS) {
      const b = await build(date);
      expect(b.said.length).toBeLessThanOrEqual(3);
      expect(new Set(b.said.map((q) => q.speaker)).size).toBe(b.said.length);
      expect(new Set(b.said.map((q) => q.quote)).size).toBe(b.said.length);
      for (const q of b.said) {
        expect(dossier.principals).toContain(q.side);
        const words = (s: string) => (s.match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');
        expect(words(itemText(q.sources[0]!.url)), q.quote).toContain(words(q.quote));
      }
    }
    const said = (await build('2025-03-24')).said;
    expect(said.map((q) => q.speaker)).toEqual(expect.arrayContaining(['Rustem Umerov', 'Steve Witkoff', 'Maria Zakharova']));
    expect(said.find((q) => q.speaker === 'Steve Witkoff')?.quote).toMatch(/30-day ceasefire/);
  });

  it('keeps every Slack and Discord limit with the new sections and the explain appendix', async () => {
    for (const date of DAYS) {
      const doc = briefingToDoc(await build(date), { explain: true });
      for (const m of renderSlack(doc)) expect(checkSlackMessage(m), date).toEqual([]);
      for (const m of renderDiscord(doc)) expect(checkDiscordMessage(m), date).toEqual([]);
    }
  });

  it('writes the year wherever it is not the current one, and on both ends of a range that crosses one', async () => {
    const old = md(await build('2025-03-24'));
    expect(old).toMatch(/^# .* — briefing for Mon 24 Mar 2025$/m);
    expect(old).toContain('Covering Sun 23 Mar 2025, 00:00 EET to Mon 24 Mar 2025, 00:00 EET');
    expect(old).toContain('Russia (Riyadh, Mon 24 Mar 2025)');
    const current = md(await build('2025-03-24', INGESTED));
    expect(current).toMatch(/^# .* — briefing for Mon 24 Mar$/m);
    expect(current).toContain('Covering Sun 23 Mar, 00:00 EET to Mon 24 Mar, 00:00 EET');
    const crossing = md(await build('2026-01-01', READ, { since: '2025-03-20T00:00:00Z' }));
    expect(crossing).toMatch(/^# .* — briefing for Thu 1 Jan$/m);
    expect(crossing).toContain('Catch-up briefing covering the whole gap Thu 20 Mar 2025, 02:00 EET to Thu 1 Jan 2026, 00:00 EET');
    expect(md(await build('2026-01-01', READ, { since: '2025-12-20T00:00:00Z' }))).toContain('No new developments since Sat 20 Dec 2025, 02:00 EET.');
  });

  it('says there is no news yet for a date still ahead, and which day has the latest', async () => {
    const b = await build('2030-01-01');
    expect(b).toMatchObject({ empty: true, noNewsYet: { latestNewsDay: '2025-03-25' }, top: [], sources: [] });
    const text = md(b);
    expect(text).toContain('No news yet for Tue 1 Jan 2030');
    expect(text).toContain('The latest news is from Tue 25 Mar 2025, in the briefing for Wed 26 Mar 2025.');
    expect(text).not.toContain('Covering');
    // The chat command goes through the same door, with the core's own clock.
    expect(renderMarkdown(await t.core.briefingDoc({ date: '2025-03-27' }))).toContain('No news yet for Thu 27 Mar');
  });

  it('keeps a feed’s future date as a flag: the item is shown undated and dates no fact', async () => {
    const row = db
      .prepare<[], { id: number; url: string; published_estimated: number }>("SELECT id, url, published_estimated FROM items WHERE title LIKE 'What was the Black Sea grain deal%'")
      .get()!;
    expect(row.published_estimated).toBe(2);
    // Fetched on 26 March: in that day's window, undated, and not the bottom line's news.
    const b = await build('2025-03-27');
    const src = b.sources.find((x) => x.url === row.url);
    expect(src).toMatchObject({ published: '', futureDate: true });
    expect(md(b)).toMatch(/— Meduza · undated/);
    expect(b.bottomLine.map((x) => x.text).join(' ')).not.toMatch(/on Monday/);

    const lavrov = ActorResult.parse(await t.core.actor('Lavrov')).actor;
    const dated = lavrov.roles.flatMap((r) => r.sources).filter((x) => !x.futureDate);
    const latest = dated.map((x) => x.published.slice(0, 10)).sort().pop()!;
    const dates = [...lavrov.roles.map((r) => r.asOf), lavrov.firstSeen?.slice(0, 10), lavrov.lastSeen?.slice(0, 10)];
    for (const d of dates) expect(d! <= latest, `${d} after ${latest}`).toBe(true);
    expect(JSON.stringify(lavrov)).not.toContain('2025-03-26');
  });
});

describe('the seed article alone', () => {
  const NOW = new Date('2025-03-24T06:00:00Z');
  const t = tempCore({ now: NOW });
  beforeAll(async () => {
    await t.core.ingest([SEED_FEED]);
  });
  afterAll(() => t.cleanup());

  it('repeats no sentence and names the round, its leaders and the next meeting', async () => {
    const b = await buildBriefing(createSqliteClient(t.db), t.dossier(), { date: '2025-03-24', tz: 'Europe/Kyiv' }, NOW);
    const text = renderMarkdown(briefingToDoc(b));
    expect(repeatedSentences(text)).toEqual([]);
    expect(proseSentences(text).length).toBeGreaterThan(5);
    expect(b.bottomLine.map((x) => x.text).join(' ')).toMatch(/Riyadh.*Rustem Umerov.*Andrew Peek and Michael Anton.*24 March.*Grigory Karasin and Sergei Beseda/);
  });
});
