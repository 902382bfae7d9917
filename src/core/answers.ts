import { isUserError } from './errors.js';
import { possessive } from './queries/common.js';
import { leadershipLine } from './queries/delegations.js';
import type { Doc, DocBlock, DocSource, Span } from './render/doc.js';
import type { ActorResult, AskResult, DelegationOut, DossierRef, EventOut, SourceRef, TimelineResult, WhoLeadsResult } from './schemas.js';

/**
 * Query results as neutral Docs: data stays apart from presentation, and every platform
 * renders the same answer. Each answer cites its sources.
 */

const s = (text: string, marks: Omit<Span, 'text'> = {}): Span => ({ text, ...marks });
const joinNames = (names: string[]) => (names.length <= 1 ? (names[0] ?? 'none named') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`);

function formatDate(date: string | null, precision?: string | null): string {
  if (!date) return 'date unknown';
  const d = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return date;
  if (precision === 'month') return d.toLocaleDateString('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
  if (precision === 'year') return String(d.getUTCFullYear());
  return d.toLocaleDateString('en-GB', { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
}

/** A role's date: only undated reports (a feed's future date) support it, then say so. */
const asOfText = (asOf: string | null) => (asOf ? `as of ${asOf}` : 'date not known');

function toDocSources(refs: SourceRef[]): DocSource[] {
  const seen = new Set<string>();
  const out: DocSource[] = [];
  for (const r of refs) {
    const key = r.url || r.title;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ title: r.title, url: r.url, outlet: r.outlet, published: r.futureDate ? 'undated' : r.published ? r.published.slice(0, 10) : undefined });
  }
  return out;
}

function roundLabel(d: DelegationOut): string {
  if (!d.round) return 'round not identified';
  const when = formatDate(d.round.date, d.round.datePrecision);
  const status = d.round.status === 'scheduled' ? ' (scheduled)' : '';
  const mediated = d.round.mediators?.length ? `, mediated by ${d.round.mediators.join(' and ')}` : '';
  return `${d.round.place ?? 'place unknown'}, ${when}${status}${mediated}`;
}

function delegationBlocks(d: DelegationOut, withParty = false, maxSources = 5): DocBlock[] {
  const lines: Span[][] = [];
  const count = (name: string) => {
    const w = d.weights?.find((x) => x.name === name);
    if (!w) return '';
    const n = (k: number) => `${k} source${k === 1 ? '' : 's'}`;
    // "Grigory Karasin (leader per 4 sources; member per 3)": how many reports say each.
    if (w.led && w.listed) return ` (leader per ${n(w.led)}; member per ${w.listed})`;
    return ` (${n(w.led || w.listed)})`;
  };
  if (d.leaders.length) lines.push([s('Led by: ', { bold: true }), s(d.leaders.map((n) => `${n}${count(n)}`).join(', '))]);
  else lines.push([s('Leader: ', { bold: true }), s('not named in the sources', { italic: true })]);
  if (d.members.length) lines.push([s('Members: ', { bold: true }), s(d.members.map((n) => `${n}${count(n)}`).join(', '))]);
  return [
    { type: 'heading', text: `${withParty ? `${d.party} — ` : ''}${roundLabel(d)}` },
    { type: 'list', items: lines },
    { type: 'context', spans: [s(`“${d.evidence}”`)] },
    { type: 'sources', sources: toDocSources(d.sources).slice(0, maxSources) },
    ...(d.sources.length > maxSources
      ? [{ type: 'context', spans: [s(`and ${d.sources.length - maxSources} more source${d.sources.length - maxSources === 1 ? '' : 's'}`)] } as DocBlock]
      : []),
  ];
}

/** "Hamas does not negotiate with Israel face to face": the reports' own sentences, each with its source. */
function indirectBlocks(r: WhoLeadsResult): DocBlock[] {
  if (!r.indirect?.length) return [];
  return [
    { type: 'heading', text: 'Through mediators' },
    { type: 'list', items: r.indirect.map((n) => [s(`“${n.evidence}”`), ...sourceSpans(n.sources)]) },
  ];
}

const sourceSpans = (refs: SourceRef[]): Span[] =>
  toDocSources(refs).flatMap((src) => [s(' '), s(`${src.outlet ?? 'source'}${src.published ? `, ${src.published}` : ''}`, src.url ? { link: src.url } : {})]);

function whoLeadsBody(r: WhoLeadsResult): Doc {
  const latest = r.delegations[0];
  if (latest?.mediator) {
    // The go-between's people, said as such: a mediator leads no side's delegation.
    const summary = `${r.party} mediates these talks and is none of their sides. ${possessive(r.party)} people named at the table (${roundLabel(latest)}): ${joinNames([...latest.leaders, ...latest.members])}.`;
    return {
      title: `${r.party}, mediator`,
      summary,
      blocks: [{ type: 'paragraph', spans: [s(summary)] }, ...r.delegations.slice(0, 5).flatMap((d) => delegationBlocks(d))],
    };
  }
  const reports = (n: number) => `${n} report${n === 1 ? '' : 's'}`;
  if (!latest) {
    if (r.indirect?.length) {
      // Say what the sources say, not a roster they do not give.
      const summary = `No ${r.party} negotiator is named in the sources: they report that ${r.party} talks through mediators (${reports(r.indirect.length)}).`;
      return { title: `${possessive(r.party)} delegation`, summary, blocks: [{ type: 'paragraph', spans: [s(summary)] }, ...indirectBlocks(r)] };
    }
    return {
      title: `${possessive(r.party)} delegation`,
      summary: `No ${r.party} delegation on record yet.`,
      blocks: [{ type: 'paragraph', spans: [s(`No delegation of ${r.party} is on record yet. Try /timeline party:${r.party}`)] }],
    };
  }
  // Leaders by weight of sources: "led by Andrew Peek and Michael Anton (3 sources); listed as members by 1".
  // When the newest round names no leader, the latest one that does says who led the side.
  const named = latest.leaders.length ? undefined : r.delegations.find((d) => d.leaders.length);
  const summary = `${possessive(r.party)} delegation (${roundLabel(latest)}): ${leadershipLine(latest)}${
    named ? ` At ${roundLabel(named)}: ${leadershipLine(named)}` : ''
  }${r.indirect?.length ? ` The sources also report that ${r.party} talks through mediators (${reports(r.indirect.length)}).` : ''}`;
  return {
    title: `Who leads ${possessive(r.party)} delegation`,
    summary,
    blocks: [{ type: 'paragraph', spans: [s(summary)] }, ...r.delegations.slice(0, 5).flatMap((d) => delegationBlocks(d)), ...indirectBlocks(r)],
  };
}

function actorBody(r: ActorResult): Doc {
  const a = r.actor;
  const role = a.roles[0];
  // Roles come from the asked negotiation's reports; another's only when it states none, and then named.
  const elsewhere = role?.from ? ` no role is stated in this negotiation's reports; in the ${role.from.title} dossier:` : '';
  const summary = role
    ? `${a.name} —${elsewhere} ${role.title}${role.party ? ` (${role.party})` : ''}, ${asOfText(role.asOf)}.`
    : `${a.name}${a.party ? ` (${a.party})` : ''} — no role stated in the sources.`;
  const blocks: DocBlock[] = [{ type: 'paragraph', spans: [s(summary)] }];
  if (a.aliases.length) blocks.push({ type: 'context', spans: [s(`Also written: ${a.aliases.slice(0, 8).join(', ')}`)] });
  if (a.roles.length) {
    blocks.push({ type: 'heading', text: role?.from ? `Roles (from the ${role.from.title} dossier)` : 'Roles' });
    blocks.push({
      type: 'list',
      items: a.roles.slice(0, 8).map((x) => [s(x.title, { bold: true }), s(`${x.party ? ` (${x.party})` : ''}, ${asOfText(x.asOf)}`)]),
    });
  }
  for (const d of a.delegations.slice(0, 3)) blocks.push(...delegationBlocks(d, true, 3));
  blocks.push({
    type: 'context',
    spans: [s(`${a.mentions} mention${a.mentions === 1 ? '' : 's'}; first seen ${a.firstSeen?.slice(0, 10) ?? '—'}, last seen ${a.lastSeen?.slice(0, 10) ?? '—'}`)],
  });
  blocks.push({ type: 'sources', sources: toDocSources(a.roles.flatMap((x) => x.sources)).slice(0, 10) });
  return { title: a.name, summary, blocks };
}

function eventLine(e: EventOut): Span[] {
  const where = e.place ? ` · ${e.place}` : '';
  const src = e.sources[0];
  return [
    s(`${formatDate(e.date, e.datePrecision)}${where} — `, { bold: true }),
    s(e.attribution && !e.title.toLowerCase().includes(e.attribution.toLowerCase()) ? `${e.attribution}: ${e.title}` : e.title),
    ...(src?.url ? [s(' '), s(src.outlet ?? 'source', { link: src.url })] : []),
  ];
}

function timelineBody(r: TimelineResult, label: string): Doc {
  if (r.events.length === 0) {
    return { title: label, summary: 'No events match.', blocks: [{ type: 'paragraph', spans: [s('No events match. Try a wider range, e.g. /timeline from:2025-03-01')] }] };
  }
  return {
    title: label,
    summary: `${r.events.length} event${r.events.length === 1 ? '' : 's'}, ${r.events[0]!.date} to ${r.events[r.events.length - 1]!.date}.`,
    blocks: [
      { type: 'list', items: r.events.map(eventLine) },
      { type: 'sources', sources: toDocSources(r.events.flatMap((e) => e.sources)) },
    ],
  };
}

/**
 * A plain-words answer: what was understood (one line, so a wrong reading shows), the answer,
 * the lines it rests on with their sources, and any words that linked to nothing.
 */
function askBody(r: AskResult): Doc {
  const blocks: DocBlock[] = [];
  // A second question in the same message is answered after the first, in the same shape.
  for (const part of [{ line: r.understood.line, answer: r.answer, lines: r.lines }, ...(r.also ?? [])]) {
    blocks.push({ type: 'paragraph', spans: [s(part.line, { bold: true })] }, { type: 'paragraph', spans: [s(part.answer)] });
    if (part.lines.length) {
      blocks.push({
        type: 'list',
        items: part.lines.map((l) => [
          ...(l.lead ? [s(`${l.lead} — `, { bold: true })] : []),
          s(l.text),
          ...l.sources.flatMap((src) => [s(' '), s(`${src.outlet ?? 'source'}${src.published ? `, ${src.published.slice(0, 10)}` : ''}`, src.url ? { link: src.url } : {})]),
        ]),
      });
    }
  }
  if (r.understood.unknown.length) {
    blocks.push({ type: 'context', spans: [s(r.understood.unknown.map((u) => `I don't know “${u}” yet.`).join(' '))] });
  }
  return { summary: `${r.understood.line} ${r.answer}`, blocks };
}

/**
 * An answer from one of several negotiations on record says which, before anything else: the
 * same party or person may figure in two (the US envoy in Gaza and in Ukraine talks).
 */
export function fromDossier(doc: Doc, d: DossierRef | undefined): Doc {
  if (!d) return doc;
  return {
    ...doc,
    summary: `${d.title}: ${doc.summary}`,
    blocks: [{ type: 'context', spans: [s(`Dossier: ${d.title} (${d.id})`)] }, ...doc.blocks],
  };
}

export const whoLeadsDoc = (r: WhoLeadsResult): Doc => fromDossier(whoLeadsBody(r), r.dossier);
export const actorDoc = (r: ActorResult): Doc => fromDossier(actorBody(r), r.dossier);
export const timelineDoc = (r: TimelineResult, label = 'Timeline'): Doc => fromDossier(timelineBody(r, label), r.dossier);
export const askDoc = (r: AskResult): Doc => fromDossier(askBody(r), r.dossier);

export interface HelpEntry {
  usage: string;
  description: string;
}

export function helpDoc(commands: HelpEntry[], examples: string[] = []): Doc {
  const blocks: DocBlock[] = [
    { type: 'paragraph', spans: [s('Parley keeps you briefed on the negotiations. Commands:')] },
    { type: 'list', items: commands.map((c) => [s(c.usage, { bold: true }), s(` — ${c.description}`)]) },
  ];
  if (examples.length) {
    blocks.push({ type: 'heading', text: 'Or just ask' });
    blocks.push({ type: 'list', items: examples.map((e) => [s(e)]) });
  }
  return { title: 'Parley help', summary: 'Parley commands and questions', blocks, ephemeral: true };
}

/** What a person sees when their command fails. Internal errors never leak details. */
export function errorDoc(err: unknown): Doc {
  if (isUserError(err)) {
    // Messages quote what to type in backticks; every renderer shows untrusted text literally
    // (no code spans), so typographic quotes read better than escaped backticks.
    const message = err.message.replace(/`([^`\n]*)`/g, '“$1”');
    return { summary: message, blocks: [{ type: 'paragraph', spans: [s(message)] }], ephemeral: true };
  }
  const msg = 'Something went wrong on our side; it has been logged. Please try again in a minute.';
  return { summary: msg, blocks: [{ type: 'paragraph', spans: [s(msg)] }], ephemeral: true };
}
