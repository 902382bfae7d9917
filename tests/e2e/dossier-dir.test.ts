/**
 * A negotiation Parley does not ship, set up without reading code: `parley dossier new` in a
 * folder outside the package, filled in, `parley dossier check`ed, and pointed at with
 * PARLEY_DOSSIER_DIR — then used by ingest, who-leads, timeline and briefing, each a real `parley`
 * process as an operator would run it.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, runNode, STACK_LINE } from '../support/processes.js';

const dir = mkdtempSync(join(tmpdir(), 'parley-dossier-dir-'));
const dossiers = join(dir, 'dossiers');
const db = join(dir, 'parley.db');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function parley(args: string[], env: Record<string, string> = { PARLEY_DOSSIER_DIR: dossiers }) {
  const run = runNode([join(ROOT, 'bin', 'parley.mjs'), ...args], { PARLEY_DB: db, ...env });
  const code = await run.exited;
  return { code, stdout: run.stdout(), stderr: run.stderr() };
}

const FEED = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Caucasus Wire</title><link>https://caucasus.example.test/</link><description>A test wire</description>
<item><guid>cw-1</guid><link>https://caucasus.example.test/news/armenia-azerbaijan-talks-abu-dhabi</link><pubDate>Mon, 07 Jul 2025 15:00:00 +0400</pubDate>
<title>Armenia and Azerbaijan hold peace talks in Abu Dhabi</title>
<description>Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev held peace talks in Abu Dhabi on Monday, the first meeting of the two leaders without a mediator. Armenia's delegation was led by Foreign Minister Ararat Mirzoyan. The Azerbaijani delegation was headed by Foreign Minister Jeyhun Bayramov. The sides discussed the peace treaty and the opening of transport links, Yerevan said.</description></item>
<item><guid>cw-2</guid><link>https://caucasus.example.test/news/peace-treaty-initialled</link><pubDate>Fri, 08 Aug 2025 20:00:00 +0400</pubDate>
<title>Armenia and Azerbaijan initial peace treaty in Washington</title>
<description>Armenia and Azerbaijan initialled the text of a peace treaty at the White House on Friday, Yerevan said. The treaty also covers a transit route through southern Armenia.</description></item>
<item><guid>cw-3</guid><link>https://caucasus.example.test/news/tbilisi-marathon</link><pubDate>Sun, 06 Jul 2025 09:00:00 +0400</pubDate>
<title>Thousands run the Tbilisi marathon</title><description>Runners from twenty countries took part in the race.</description></item>
</channel></rss>`;

describe('a dossier of its own, in PARLEY_DOSSIER_DIR', () => {
  it('is written as a commented starter that check refuses, field by field, until it is filled in', async () => {
    const made = await parley(['dossier', 'new', 'armenia-azerbaijan', '--title', 'Armenia–Azerbaijan peace talks', '--tz', 'Asia/Yerevan']);
    expect(made.code, made.stderr).toBe(0);
    const file = join(dossiers, 'armenia-azerbaijan', 'dossier.json');
    expect(made.stdout).toContain(`wrote ${file}`);
    expect(readFileSync(file, 'utf8')).toMatch(/^\/\/ A Parley dossier/);

    const unfilled = await parley(['dossier', 'check', 'armenia-azerbaijan']);
    expect(unfilled.code).toBe(2);
    expect(unfilled.stderr).toContain(`${file}: invalid dossier`);
    expect(unfilled.stderr).toContain('at feeds: add at least one feed, e.g. { "name":');
    expect(unfilled.stderr).toContain('at topics: add at least one topic');
    expect(unfilled.stderr).toContain('at relevance.require: list at least one name that marks this negotiation');
    expect(unfilled.stderr).not.toMatch(STACK_LINE);

    // A second `new` never overwrites what someone is filling in.
    const again = await parley(['dossier', 'new', 'armenia-azerbaijan', '--title', 'X', '--tz', 'Asia/Yerevan']);
    expect(again.code).toBe(2);
    expect(again.stderr.trim().split('\n')).toHaveLength(1);
    expect(again.stderr).toContain('exists already: edit it, then run parley dossier check armenia-azerbaijan');
  });

  it('passes check once filled in, and is listed beside the bundled dossiers', async () => {
    const file = join(dossiers, 'armenia-azerbaijan', 'dossier.json');
    // Filled in as a person would: the starter's comments stay.
    const filled = readFileSync(file, 'utf8')
      .replace('"principals": [],', '"principals": ["Armenia", "Azerbaijan"],')
      .replace(
        '"feeds": [\n',
        '"feeds": [\n    { "name": "Caucasus Wire", "url": "https://caucasus.example.test/rss.xml", "language": "en", "snapshot": "snapshots/caucasus-wire.xml" }\n',
      )
      .replace(
        '"topics": [\n',
        '"topics": [\n    { "id": "treaty", "label": "Peace treaty", "terms": ["peace treaty", "treaty"] },\n    { "id": "transport", "label": "Transport links", "terms": ["transport links", "transit route"] }\n',
      )
      .replace('"require": [],', '"require": ["armenia", "armenian", "azerbaijan", "azerbaijani", "pashinyan", "aliyev"],')
      .replace('{ "term": "ceasefire", "weight": 3 },', '{ "term": "ceasefire", "weight": 3 }, { "term": "peace treaty", "weight": 3 },');
    writeFileSync(file, filled);
    writeFileSync(join(dossiers, 'armenia-azerbaijan', 'snapshots', 'caucasus-wire.xml'), FEED);

    const checked = await parley(['dossier', 'check', 'armenia-azerbaijan']);
    expect(checked.stderr).toBe('');
    expect(checked.code).toBe(0);
    expect(checked.stdout).toContain(`ok       armenia-azerbaijan — ${file}: 1 feed (1 with an offline snapshot), 2 topics`);
    expect(checked.stdout).not.toContain('warning');

    const listed = await parley(['dossier', 'list']);
    expect(listed.code).toBe(0);
    expect(listed.stdout).toMatch(/^ {2}armenia-azerbaijan +Armenia–Azerbaijan peace talks · Asia\/Yerevan · 0 items on record/m);
    expect(listed.stdout).toMatch(/^\* russia-ukraine +Russia–Ukraine ceasefire talks/m);
  });

  it('is what ingest, who-leads, timeline and briefing use when named', async () => {
    const ingested = await parley(['ingest', '--offline', '--dossier', 'armenia-azerbaijan']);
    expect(ingested.stderr).toBe('');
    expect(ingested.code).toBe(0);
    expect(ingested.stdout).toMatch(/^new +Caucasus Wire \(snapshot\) — 2 new, 0 duplicate, 1 irrelevant$/m);
    expect(existsSync(db)).toBe(true);

    const leads = await parley(['who-leads', 'Armenia', '--dossier', 'armenia-azerbaijan', '--json']);
    expect(leads.code, leads.stderr).toBe(0);
    const r = JSON.parse(leads.stdout) as { party: string; delegations: { leaders: string[]; round: { place: string; date: string } | null; sources: { url: string }[] }[] };
    expect(r.party).toBe('Armenia');
    expect(r.delegations[0]).toMatchObject({
      leaders: ['Ararat Mirzoyan'],
      round: { place: 'Abu Dhabi', date: '2025-07-07' },
      sources: [{ url: 'https://caucasus.example.test/news/armenia-azerbaijan-talks-abu-dhabi' }],
    });

    const timeline = await parley(['timeline', '--dossier', 'armenia-azerbaijan']);
    expect(timeline.code, timeline.stderr).toBe(0);
    expect(timeline.stdout).toContain('Abu Dhabi —');
    expect(timeline.stdout).toContain('https://caucasus.example.test/news/armenia-azerbaijan-talks-abu-dhabi');

    const briefing = await parley(['briefing', '--dossier', 'armenia-azerbaijan', '--date', '2025-07-08']);
    expect(briefing.code, briefing.stderr).toBe(0);
    expect(briefing.stdout).toMatch(/^# Armenia–Azerbaijan peace talks — briefing for Tue 8 Jul 2025/);
    expect(briefing.stdout).toContain('GMT+4');
    expect(briefing.stdout).toContain('**Armenia (Abu Dhabi, Mon 7 Jul 2025):** led by Ararat Mirzoyan');
    expect(briefing.stdout).not.toContain('marathon');

    // The default dossier knows nothing of it: asked there by name, it says so; asked with no
    // dossier named, the answer comes from the dossier that has it, and says which.
    const inDefault = await parley(['who-leads', 'Armenia', '--dossier', 'russia-ukraine']);
    expect(inDefault.code).toBe(0);
    expect(inDefault.stdout).toContain('No delegation of Armenia is on record yet');
    const unnamed = await parley(['who-leads', 'Armenia']);
    expect(unnamed.code).toBe(0);
    expect(unnamed.stdout).toContain('_Dossier: Armenia–Azerbaijan peace talks (armenia-azerbaijan)_');
    expect(unnamed.stdout).toContain('Ararat Mirzoyan');
  });

  it('is unknown without PARLEY_DOSSIER_DIR: one line naming the known dossiers', async () => {
    const r = await parley(['who-leads', 'Armenia', '--dossier', 'armenia-azerbaijan'], {});
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('No dossier "armenia-azerbaijan". Known: gaza-ceasefire, iran-us-nuclear, other-negotiations, russia-ukraine. Try: --dossier russia-ukraine');
    expect(r.stderr).not.toMatch(STACK_LINE);
  });
});
