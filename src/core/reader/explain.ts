import { PUBLISHED_FROM_FEED } from '../store/knowledge.js';
import type { StoredReading } from '../store/model-reads.js';
import { verifyReading } from './gate.js';
import { parseReading } from './schema.js';

/** The model's reading of one item for `parley explain`: what the gate keeps of it and drops, and why. */
export interface ExplainedReading {
  model: string;
  promptVersion: string;
  status: 'read' | 'pending' | 'given-up';
  kept: string[];
  dropped: { what: string; why: string }[];
  lastError?: string;
}

/** Judges a stored reading again with today's gate (the same reading gives the same verdicts). */
export function explainReading(
  stored: StoredReading | undefined,
  item: { title: string; text: string; published: string; published_estimated: number; sentences: readonly string[] },
): ExplainedReading | undefined {
  if (!stored) return undefined;
  const out: ExplainedReading = {
    model: stored.model,
    promptVersion: stored.promptVersion,
    status: stored.status,
    kept: [],
    dropped: [],
    ...(stored.lastError ? { lastError: stored.lastError } : {}),
  };
  if (!stored.reading) return out;
  let v: ReturnType<typeof verifyReading>;
  try {
    v = verifyReading(parseReading(stored.reading), {
      title: item.title,
      text: item.text,
      sentences: item.sentences,
      published: new Date(item.published),
      publishedCertain: item.published_estimated === PUBLISHED_FROM_FEED,
    });
  } catch (err) {
    out.dropped.push({ what: 'the whole reading', why: (err as Error).message });
    return out;
  }
  for (const p of v.people) out.kept.push(`[${p.sentenceIndex}] person ${p.name}${p.title ? `, ${p.title}` : ''}${p.party ? ` [${p.party}]` : ''}`);
  for (const d of v.delegations) {
    const round = d.round ? ` at ${d.round.place ?? ''}${d.round.date ? ` ${d.round.date.date}` : ''}`.trimEnd() : '';
    out.kept.push(`[${d.sentenceIndex}] delegation ${d.party}${round}: led by ${d.leaders.join(', ') || 'no one named'}; members ${d.members.join(', ') || 'none'}`);
  }
  for (const r of v.rounds) out.kept.push(`[${r.sentenceIndex}] round ${r.place ?? '(no place)'} ${r.date ? `${r.date.date} (“${r.date.text}”)` : '(no date)'} ${r.status}`);
  out.dropped = v.dropped;
  return out;
}

/** The stored facts' readers and the model's reading as plain lines, after `formatExplain`'s sentences. */
export function formatReaders(r: { stored?: { fact: string; readers: string; rule: string | null }[]; model?: ExplainedReading }): string {
  const lines: string[] = [];
  if (r.stored?.length) {
    lines.push('Stored from this item (read by):');
    for (const f of r.stored) lines.push(`    ${f.fact} — ${f.readers}${f.rule ? ` (${f.rule})` : ''}`);
  }
  const m = r.model;
  if (m) {
    lines.push(`Model reading (${m.model}, prompt ${m.promptVersion}): ${m.status}${m.lastError ? `, last error: ${m.lastError}` : ''}`);
    for (const k of m.kept) lines.push(`    kept: ${k}`);
    for (const d of m.dropped) lines.push(`    dropped: ${d.what} — ${d.why}`);
  }
  return lines.length ? `${lines.join('\n')}\n` : '';
}
