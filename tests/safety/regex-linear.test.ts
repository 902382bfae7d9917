import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ROSTER_FILTER } from '../../src/core/extract/rosters.js';
import { compileCues, DELEGATION_RULES } from '../../src/core/extract/rules.js';
import { loadVerdicts, recheck, verdictKey } from './recheck.js';
import { ALLOWED } from './regex-allow.js';
import { dynamicRegexSites, regexLiterals } from './regexes.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DIRS = ['src', 'commands'];

/**
 * `new RegExp(…)` sites, whose source is built at run time: each says what it is built from. The
 * ones built from extraction's rule table are also checked by recheck below, compiled.
 */
const DYNAMIC: { file: string; reason: string }[] = [
  { file: 'src/core/relevance.ts', reason: 'one alternation of escaped dossier terms between \\b: linear' },
  { file: 'src/core/extract/events.ts', reason: 'one alternation of escaped topic phrases: linear' },
  { file: 'src/core/extract/rules.ts', reason: 'the rule table cues, escaped; compiled results checked below' },
  { file: 'src/core/extract/rosters.ts', reason: "one alternation of the statement reader's speech verbs (letters and spaces) between \\b: linear; the principal offices (PRINCIPAL_OFFICES, letters and spaces) between \\b, then \"of\" and at most 80 characters of one class (recheck: safe)" },
  { file: 'src/core/extract/delegations.ts', reason: 'fixed pattern sources (String.raw constants) and alternations of the sentence shapes\' word lists in rules.ts (letters and spaces, escaped), no text from feeds in them; the sources are the literals recheck proved linear before the lists moved (alternations only reordered or spelt out: "included?" as "included|include", "travell?ing", "authori[sz]ed")' },
  { file: 'src/core/extract/dates.ts', reason: 'PAST_RE/FUTURE_RE sources recompiled with other flags; listed above' },
  { file: 'src/core/extract/actors.ts', reason: 'fixed pattern sources' },
  { file: 'src/core/extract/rounds.ts', reason: 'fixed pattern sources' },
  { file: 'src/core/extract/event-kinds.ts', reason: 'fixed shapes (word alternatives, gaps bounded to {0,8}); matchEventKind cuts the sentence to MAX_SENTENCE first' },
  { file: 'src/core/briefing/quotes.ts', reason: 'one escaped name around a speech verb, gaps bounded ({1,100}, {0,6}), tested on one stored evidence sentence' },
  { file: 'src/core/briefing/developments.ts', reason: 'CLAUSE_BREAK recompiled without the g flag: a plain alternation after a comma or dash' },
  { file: 'src/core/feeds/feed-date.ts', reason: 'fixed date shapes anchored at ^…$, applied to one date field of at most 100 characters' },
  { file: 'src/core/feeds/xml-prepare.ts', reason: 'a closing tag of one element name from the document, dots escaped; searched forward once per name' },
  { file: 'src/core/feeds/html-text.ts', reason: 'a closing tag of one element name from the parser, not free text' },
  { file: 'src/core/ask/answer.ts', reason: "one alternation of a topic's escaped phrases, tested on one evidence line" },
  { file: 'src/core/ask/dates.ts', reason: 'fixed date shapes around the month-name alternation, on one question (≤ 500 characters, single spaces)' },
  { file: 'src/core/ask/lexicon.ts', reason: 'cue patterns written in this file (the one place the question language lives), on one question (≤ 500 characters, single spaces)' },
  { file: 'src/core/ask/normalise.ts', reason: "alternations of lexicon.ts's escaped register phrases, anchored at the question's start or end, gaps bounded ({0,3}, {1,5}, {2,80}); on one question (≤ 500 characters, single spaces)" },
  { file: 'src/core/ask/parse.ts', reason: 'escaped topic phrases between letter look-arounds, and the alternation of role abbreviations: linear' },
];

const allowedFor = (file: string, name: string | undefined, source: string) =>
  ALLOWED.find((a) => a.file === file && ((a.name !== undefined && a.name === name) || (a.source !== undefined && a.source === source)));

describe('every regex on untrusted text is linear or vouched for', () => {
  const literals = regexLiterals(ROOT, DIRS);
  const verdicts = loadVerdicts();

  it('finds the regexes (a scanner that saw none would prove nothing)', () => {
    expect(literals.length).toBeGreaterThan(300);
  });

  it('has recheck prove each literal linear, or an allow-list entry with a reason', { timeout: 600_000 }, () => {
    const offenders: string[] = [];
    for (const r of literals) {
      const v = verdicts[verdictKey(r.source, r.flags)] ?? recheck(r.source, r.flags);
      if (v === 'safe') continue;
      const a = allowedFor(r.file, r.name, r.source);
      if (!a || a.reason.length < 20) offenders.push(`${r.file}:${r.line} ${v} ${r.name ?? ''} /${r.source.slice(0, 80)}/${r.flags}`);
    }
    expect(offenders).toEqual([]);
  });

  it('keeps the allow-list free of regexes that are gone or now linear', () => {
    const stale = ALLOWED.filter((a) => {
      const hits = literals.filter((r) => r.file === a.file && ((a.name !== undefined && r.name === a.name) || (a.source !== undefined && r.source === a.source)));
      return hits.length === 0 || hits.every((r) => (verdicts[verdictKey(r.source, r.flags)] ?? 'unknown') === 'safe');
    });
    expect(stale.map((a) => `${a.file} ${a.name ?? a.source}`)).toEqual([]);
  });

  it('vouches for every RegExp built at run time', () => {
    const unvouched = dynamicRegexSites(ROOT, DIRS).filter((d) => !DYNAMIC.some((x) => x.file === d.file));
    expect(unvouched.map((d) => `${d.file}:${d.line}`)).toEqual([]);
  });

  it('compiles the rule table into linear cue matchers', { timeout: 120_000 }, () => {
    const { re } = compileCues(DELEGATION_RULES);
    for (const compiled of [re, ROSTER_FILTER]) {
      const v = verdicts[verdictKey(compiled.source, compiled.flags)] ?? recheck(compiled.source, compiled.flags);
      expect(v).toBe('safe');
    }
  });
});
