import { ROSTER_FILTER } from './rosters.js';
import type { Extraction } from './types.js';

/** One sentence as `parley explain` shows it: the people found, the candidates and the facts. */
export interface ExplainedSentence {
  index: number;
  text: string;
  people: string[];
  candidates: string[];
  facts: string[];
  /** Why no rule placed anyone here, when the sentence names people but no fact came of it. */
  none?: string;
}

/**
 * Explains an extraction made with `trace: true`: per sentence, the people found, each roster
 * candidate with its rule, side evidence and score (kept or why not), the facts stored from it
 * (delegation members with their rule, rounds, dated events), or why no rule fired.
 */
export function explainExtraction(x: Extraction): ExplainedSentence[] {
  const trace = x.trace;
  return x.sentences.map((text, i) => {
    const people = (trace?.people[i] ?? []).map(
      (p) => `${p.name}${p.surface !== p.name ? ` ("${p.surface}")` : ''}${p.role ? `, ${p.role}` : ''}${p.party ? ` [${p.party}]` : ''}`,
    );
    const candidates = (trace?.roster ?? [])
      .filter((c) => c.sentenceIndex === i)
      .map(
        (c) =>
          `${c.accepted ? 'kept' : 'dropped'} ${c.role} ${c.name} → ${c.party ?? '?'} by ${c.rule}` +
          `${c.side ? ` (side: ${c.side})` : ''}, score ${c.score}${c.why ? `: ${c.why}` : ''}`,
      );
    const facts: string[] = [];
    for (const d of x.delegations)
      for (const p of d.people ?? []) if (p.sentenceIndex === i) facts.push(`delegation ${d.party}: ${p.role} ${p.name} (${p.rule})`);
    for (const r of x.rounds)
      if (r.sentenceIndex === i)
        facts.push(`round ${r.place ?? '(no place)'} ${r.date?.date ?? '(no date)'} ${r.status} [${r.parties.join(', ')}] (${r.rule ?? 'round.sentence-shapes'})`);
    for (const e of x.events) if (e.sentenceIndex === i) facts.push(`event ${e.kind} ${e.date.date}${e.place ? ` in ${e.place}` : ''}`);
    const out: ExplainedSentence = { index: i, text, people, candidates, facts };
    if (people.length && !candidates.length && !facts.length) {
      out.none = ROSTER_FILTER.test(text)
        ? 'a roster cue is here, but no side and list of people around it'
        : 'no rule cue (roster verb, heading or side) in this sentence';
    }
    return out;
  });
}

/** The explanation as plain lines for the terminal. */
export function formatExplain(sentences: ExplainedSentence[]): string {
  const lines: string[] = [];
  for (const s of sentences) {
    lines.push(`[${s.index}] ${s.text}`);
    if (s.people.length) lines.push(`    people: ${s.people.join('; ')}`);
    for (const c of s.candidates) lines.push(`    candidate: ${c}`);
    for (const f of s.facts) lines.push(`    fact: ${f}`);
    if (s.none) lines.push(`    no fact: ${s.none}`);
  }
  return `${lines.join('\n')}\n`;
}
