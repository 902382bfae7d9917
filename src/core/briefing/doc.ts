import type { Doc, DocBlock, Span } from '../render/doc.js';
import type { SourceRef } from '../schemas.js';
import { briefingDates } from './dates.js';
import type { Briefing, TrackStatus } from './schema.js';

const s = (text: string, marks: Omit<Span, 'text'> = {}): Span => ({ text, ...marks });

const STATUS_LABEL: Record<TrackStatus, string> = {
  advanced: 'ADVANCED',
  scheduled: 'SCHEDULED',
  stalled: 'STALLED',
  reversed: 'REVERSED',
  contested: 'CONTESTED',
  quiet: 'quiet',
};

export interface BriefingDocOptions {
  /** Add "Why each status": every development seen on each track and what was made of it. */
  explain?: boolean;
}

const link = (src: SourceRef | undefined): Span[] => (src?.url ? [s(' '), s(src.outlet ?? 'source', { link: src.url })] : []);

/** The briefing as a neutral Doc; each platform's renderer lays it out within its limits. */
export function briefingToDoc(b: Briefing, opts: BriefingDocOptions = {}): Doc {
  const dates = briefingDates(b.tz, new Date(b.generatedAt));
  const title = `${b.dossier.title} — briefing for ${dates.day(b.date)}`;
  if (b.noNewsYet) {
    const latest = b.noNewsYet.latestNewsDay;
    const text = `No news yet for ${dates.day(b.date)}: that day is still ahead.`;
    const more = latest
      ? ` The latest news is from ${dates.day(latest)}, in the briefing for ${dates.day(nextDay(latest))}.`
      : ' The knowledge base has no news yet.';
    return { title, summary: text, blocks: [{ type: 'paragraph', spans: [s(text + more)] }] };
  }
  const since = `since ${dates.instant(b.window.start)}`;
  if (b.empty) {
    const blocks: DocBlock[] = [{ type: 'paragraph', spans: [s(`No new developments ${since}.`)] }];
    if (b.upcoming.length) blocks.push(...upcomingBlocks(b, dates));
    for (const n of b.notices) blocks.push({ type: 'context', spans: [s(n)] });
    return { title, summary: `No new developments ${since}.`, blocks };
  }
  const blocks: DocBlock[] = [];
  const windowSources = b.sources.filter((x) => !x.earlier);
  const n = windowSources.length;
  blocks.push({
    type: 'context',
    spans: [
      s(
        `${b.window.catchUp ? 'Catch-up briefing covering the whole gap ' : 'Covering '}${dates.range(b.window.start, b.window.end)} · ${n} item${n === 1 ? '' : 's'} from ${new Set(windowSources.map((x) => x.outlet)).size} outlet(s)`,
      ),
    ],
  });
  for (const notice of b.notices) blocks.push({ type: 'context', spans: [s(notice)] });
  if (b.bottomLine.length) {
    const byN = new Map(b.sources.map((x) => [x.n, x]));
    blocks.push({ type: 'heading', text: 'Bottom line' });
    blocks.push({
      type: 'paragraph',
      spans: b.bottomLine.flatMap((line, i) => [
        s(`${i ? ' ' : ''}${line.text}`),
        ...line.sources.flatMap((num, k) => {
          const url = byN.get(num)?.url;
          return [s(k ? ', ' : ' ('), s(String(num), url ? { link: url } : {})];
        }),
        ...(line.sources.length ? [s(')')] : []),
      ]),
    });
  }
  blocks.push({ type: 'heading', text: 'Top developments' });
  blocks.push({
    type: 'list',
    items: b.top.map((c) => [
      s(c.headline, { bold: true }),
      s(c.summary ? ` — ${c.summary} ` : ' '),
      s(c.reportedBy > 1 ? `(reported by ${c.reportedBy} outlets: ` : '('),
      ...c.outlets.flatMap((o, i) => [...(i ? [s(', ')] : []), s(o.outlet, { link: o.url })]),
      s(')'),
    ]),
  });
  if (b.tracks.length) {
    const moved = b.tracks.filter((t) => t.status !== 'quiet');
    const quiet = b.tracks.filter((t) => t.status === 'quiet');
    blocks.push({ type: 'heading', text: 'What moved' });
    blocks.push({
      type: 'list',
      items: [
        ...moved.map((t) => [s(`${t.label}: `, { bold: true }), s(`${STATUS_LABEL[t.status]} — `), s(t.line), ...link(t.event?.sources[0])]),
        // Filler helps no one: the tracks nothing moved share one line.
        ...(quiet.length ? [[s('Quiet: ', { bold: true }), s(quiet.map((t) => t.label).join('; '))]] : []),
      ],
    });
  }
  if (b.said.length) {
    blocks.push({ type: 'heading', text: 'Said' });
    blocks.push({
      type: 'list',
      items: b.said.map((q) => [s(q.speaker, { bold: true }), s(`${q.side ? ` (${q.side})` : ''}: “${q.quote}”`), ...link(q.sources[0])]),
    });
  }
  if (b.delegations.length) {
    blocks.push({ type: 'heading', text: "Who's at the table" });
    blocks.push({
      type: 'list',
      items: b.delegations.map((d) => {
        const round = d.round ? `${d.round.place ?? 'place unknown'}, ${d.round.date ? dates.day(d.round.date) : 'date unknown'}` : 'round not identified';
        return [
          // A mediator's team is the go-between's: said so, never passed off as a side.
          s(`${d.party}${d.mediator ? ', mediator' : ''} (${round}): `, { bold: true }),
          s(d.leaders.length ? `led by ${d.leaders.join(' and ')}` : 'no leader named'),
          s(d.members.length ? `; with ${d.members.join(', ')}` : ''),
          ...link(d.sources[0]),
        ];
      }),
    });
  }
  if (b.upcoming.length) blocks.push(...upcomingBlocks(b, dates));
  blocks.push({ type: 'heading', text: 'Sources' });
  blocks.push({
    type: 'sources',
    sources: b.sources.map((x) => ({
      title: x.title,
      url: x.url,
      outlet: x.outlet,
      published: `${x.futureDate ? 'undated' : x.published.slice(0, 10)}${x.earlier ? ', earlier report' : ''}`,
    })),
  });
  if (opts.explain) blocks.push(...explainBlocks(b));
  const lead = b.top[0];
  return { title, summary: lead ? `${title}: ${lead.headline}` : title, blocks };
}

function nextDay(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

function upcomingBlocks(b: Briefing, dates: ReturnType<typeof briefingDates>): DocBlock[] {
  return [
    { type: 'heading', text: 'Coming up' },
    {
      type: 'list',
      items: b.upcoming.slice(0, 10).map((u) => [
        s(`${u.label}, ${dates.withPrecision(u.date, u.datePrecision)}${u.place ? `, ${u.place}` : ''}`, { bold: true }),
        ...link(u.sources[0]),
      ]),
    },
  ];
}

/** `--explain`: for each track, the developments seen, the rule that read each, and the verdict. */
function explainBlocks(b: Briefing): DocBlock[] {
  return [
    { type: 'heading', text: 'Why each status' },
    {
      type: 'list',
      items: b.tracks.map((t) => [
        s(`${t.label}: ${STATUS_LABEL[t.status]}`, { bold: true }),
        s(t.explain.length ? '' : ' — nothing on this track in the window'),
        ...t.explain.flatMap((v) => [s(`\n${v.verdict} [${v.rule}, ${v.date}]: “${v.sentence}”`), ...link(v.sources[0])]),
      ]),
    },
  ];
}
