/**
 * A report of a negotiation Parley ships no dossier for is read by `other-negotiations`, and a
 * question that names no dossier finds it there: `parley ingest report.xml` then `parley who-leads
 * Serbia` answers, naming the dossier, where it used to say the report was irrelevant.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUNDLED_DOSSIER_DIR, loadDossier } from '../../src/core/dossier/load.js';
import { isUserError } from '../../src/core/errors.js';
import { createMultiRelevanceScorer } from '../../src/core/relevance.js';
import { rssDocument } from '../support/feed-server.js';
import { tempCore } from '../support/temp-core.js';

const BRUSSELS = {
  title: 'Belgrade and Pristina negotiators meet again in Brussels',
  guid: 'kosovo-1',
  link: 'https://balkans.example.test/dialogue-brussels',
  pubDate: 'Thu, 15 Jun 2023 18:00:00 GMT',
  description:
    "Serbia's chief negotiator Petar Petkovic and Kosovo's deputy prime minister Besnik Bislimi met in Brussels on Thursday for talks facilitated by the EU envoy Miroslav Lajcak. " +
    'The Serbian delegation was led by Petkovic; the Kosovo delegation was headed by Bislimi. The negotiators discussed de-escalation in the north.',
};

const ISTANBUL = {
  title: 'Russian and Ukrainian delegations meet in Istanbul',
  guid: 'ru-ua-1',
  link: 'https://news.example.test/istanbul',
  pubDate: 'Mon, 02 Jun 2025 18:00:00 GMT',
  description:
    'The Russian delegation, led by Vladimir Medinsky, and the Ukrainian delegation, headed by Rustem Umerov, held a second round of direct peace talks in Istanbul on Monday.',
};

describe('a fallback dossier reads only what no negotiation of its own claims', () => {
  const ukraine = loadDossier('russia-ukraine', BUNDLED_DOSSIER_DIR);
  const other = loadDossier('other-negotiations', BUNDLED_DOSSIER_DIR);
  const scorer = createMultiRelevanceScorer([ukraine, other]);

  it('takes talks in Brussels between Belgrade and Pristina, which Russia–Ukraine does not', () => {
    const [ru, rest] = scorer.score(BRUSSELS.title, BRUSSELS.description);
    expect(ru!.relevant).toBe(false);
    expect(rest!.relevant).toBe(true);
  });

  it('leaves the Istanbul round to Russia–Ukraine, though its talk words would qualify', () => {
    const [ru, rest] = scorer.score(ISTANBUL.title, ISTANBUL.description);
    expect(ru!.relevant).toBe(true);
    expect(rest!.relevant).toBe(false);
    expect(rest!.score).toBeGreaterThanOrEqual(other.relevance.threshold);
  });

  it('takes no football report', () => {
    const [, rest] = scorer.score('Barcelona beat Real Madrid', 'A late goal settled the match in extra time on Saturday.');
    expect(rest!.relevant).toBe(false);
  });

  it('takes no other kind of talks: a striker\'s transfer, a pay round, a merger', () => {
    const transfer = scorer.score(
      'Chelsea in transfer talks with Napoli over striker',
      'Chelsea opened transfer talks with Napoli on Monday; the clubs met in London and an agreement on the fee is close, the negotiators said.',
    );
    expect(transfer[1]!.relevant).toBe(false);
    expect(transfer[1]!.score).toBe(0);
    const pay = scorer.score('Rail unions resume pay talks', 'Union negotiators and the operators met for a new round of pay talks on Tuesday; no agreement was reached.');
    expect(pay[1]!.relevant).toBe(false);
    // The same words about a real negotiation still count.
    const [, peace] = scorer.score('Talks resume in Doha', 'Negotiators for the government and the rebels met in Doha on Tuesday for a new round of peace talks; no agreement was reached.');
    expect(peace!.relevant).toBe(true);
  });
});

describe('a question naming no dossier is answered where the facts are', () => {
  const t = tempCore({ now: new Date('2025-06-20T12:00:00Z') });
  const dir = mkdtempSync(join(tmpdir(), 'parley-any-'));
  beforeAll(async () => {
    const feed = join(dir, 'reports.xml');
    writeFileSync(feed, rssDocument([BRUSSELS, ISTANBUL]));
    const report = await t.core.ingest([feed]);
    expect(report.sources[0]).toMatchObject({ newItems: 2, irrelevant: 0 });
  });
  afterAll(() => {
    t.cleanup();
    rmSync(dir, { recursive: true, force: true });
  });

  it('finds Serbia’s delegation in other-negotiations and says so', async () => {
    const r = await t.core.whoLeads('Serbia');
    expect(r.dossier).toEqual({ id: 'other-negotiations', title: 'Other negotiations' });
    expect(r.delegations[0]).toMatchObject({ party: 'Serbia', leaders: ['Petar Petkovic'] });
    expect((await t.core.whoLeads('Kosovo')).delegations[0]?.leaders).toEqual(['Besnik Bislimi']);
  });

  it('keeps a named dossier to itself', async () => {
    expect((await t.core.whoLeads('Serbia', { dossier: 'russia-ukraine' })).delegations).toEqual([]);
    expect((await t.core.whoLeads('Russia', { dossier: 'other-negotiations' })).delegations).toEqual([]);
  });

  it('answers from the default dossier when it has the answer', async () => {
    const r = await t.core.whoLeads('Russia');
    expect(r.dossier?.id).toBe('russia-ukraine');
    expect(r.delegations[0]?.leaders).toEqual(['Vladimir Medinsky']);
  });

  it('finds a person and a party’s timeline the same way', async () => {
    const a = await t.core.actor('Bislimi');
    expect(a.dossier?.id).toBe('other-negotiations');
    expect(a.actor.delegations[0]).toMatchObject({ party: 'Kosovo', leaders: ['Besnik Bislimi'] });
    const tl = await t.core.timeline({ party: 'Kosovo' });
    expect(tl.dossier?.id).toBe('other-negotiations');
    expect(tl.events.some((e) => e.place === 'Brussels' && e.date === '2023-06-15')).toBe(true);
  });

  it('still refuses a person nobody reported, with the default dossier’s words', async () => {
    const e = await t.core.actor('Zzyzx').catch((x: unknown) => x);
    expect(isUserError(e)).toBe(true);
    expect((e as Error).message).toMatch(/No actor called "Zzyzx"/);
  });
});
