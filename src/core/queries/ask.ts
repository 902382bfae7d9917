// English only: the package root loads every locale (~12 MB more resident memory).
import type { ParsedComponents } from 'chrono-node';
import * as chrono from 'chrono-node/en';
import { isUserError, UserError } from '../errors.js';
import { findParties } from '../parties.js';
import type { ActorResult, AskResult, TimelineQuery, TimelineResult, WhoLeadsResult } from '../schemas.js';
import { possessive, truncate } from './common.js';

export const MAX_QUESTION_LENGTH = 500;

export interface AskDeps {
  whoLeads(party: string, opts?: { round?: string }): WhoLeadsResult;
  actor(name: string): ActorResult;
  /** The actor most recently reported in a role ("envoy", "defence minister"), of a party if given. */
  actorByRole(role: string, party?: string): ActorResult | null;
  /** Today, for "when are the next talks?". */
  today(): string;
  timeline(q: TimelineQuery & { kinds?: string[] }): TimelineResult;
  resolveTopic(text: string): string;
  /** Places of rounds on record, to spot "in Riyadh" in a question. */
  roundPlaces(): string[];
  /** The newest event date on record: "March 11" resolves against the coverage, not today. */
  referenceDate(): Date;
  topicTerms(): { id: string; terms: string[] }[];
}

export const ASK_EXAMPLES = [
  'who leads the Ukrainian delegation?',
  'who led Russia in Riyadh?',
  'who is Witkoff?',
  'what happened on March 11?',
  'what was agreed about the Black Sea?',
  'what happened with prisoner exchanges?',
  'who is the US envoy?',
  'what did the Kremlin say?',
  'when are the next talks?',
];

const HELP_ANSWER = `I can answer questions like: ${ASK_EXAMPLES.map((e) => `"${e}"`).join(', ')}.`;

const WHO_LEADS_RE =
  /\b(who(?:'s| is| was)?\s+(?:leads?|led|leading|heads?|headed|heading|represents?|represented|negotiat\w*|on|in|at)\b|who\s+(?:are|were)\s+(?:the\s+)?(?:\w+\s+)?(?:negotiators|delegates|delegation)|head of (?:the )?\w+ delegation|delegation|negotiating team)/i;
const WHO_IS_RE = /^(?:who\s+(?:is|was|'s)|who's|tell me about|what (?:do we know|is known) about|what role does|profile(?: of)?)\s+(.+?)(?:\s+(?:play|do|hold))?\s*\??$/i;
const NEXT_TALKS_RE =
  /\b(?:next|upcoming|coming|scheduled|planned)\b.*\b(?:talks|round|meeting|negotiations)\b|\bwhen\b.*\b(?:talks|round|meet|meeting|negotiations)\b/i;
const SAID_RE = /^what (?:did|does|has|have|do) (.+?) (?:say|said|claim|claimed|announce|announced|state|stated)\b/i;
const AGREED_RE = /\b(agreed?|agreement|deal|accord|commit(?:ted|ment)s?)\b/i;
const WHEN_RE = /\b(what happened|what's happened|events?|timeline|news|developments?|what (?:was|were) (?:said|decided))\b/i;

function ensureQuestion(raw: string): string {
  const q = (raw ?? '').replace(/[\u0000-\u001f\u007f]/g, ' ').replace(/\s+/g, ' ').trim();
  if (!q) throw new UserError(`Ask a question in plain words. Try: /ask ${ASK_EXAMPLES[0]}`);
  if (q.length > MAX_QUESTION_LENGTH) {
    throw new UserError(
      `That question is ${q.length} characters; keep it under ${MAX_QUESTION_LENGTH}. Try: /ask ${ASK_EXAMPLES[0]}`,
    );
  }
  return q;
}

function findTopic(q: string, deps: AskDeps): string | undefined {
  const lower = q.toLowerCase();
  let best: { id: string; len: number } | undefined;
  for (const t of deps.topicTerms()) {
    for (const term of [t.id.replace(/-/g, ' '), ...t.terms]) {
      const re = new RegExp(`\\b${term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'i');
      if (re.test(lower) && (!best || term.length > best.len)) best = { id: t.id, len: term.length };
    }
  }
  return best?.id;
}

function findRound(q: string, deps: AskDeps): string | undefined {
  const lower = q.toLowerCase();
  return deps.roundPlaces().find((p) => new RegExp(`\\b${p.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`).test(lower));
}

function dateRange(q: string, ref: Date): { from: string; to: string; text: string } | undefined {
  // The casual (US) parser: the GB one reads "March 11" as March 2011.
  const results = chrono.parse(q, { instant: ref, timezone: 'UTC' }, { forwardDate: false });
  const r = results[0];
  if (!r) return undefined;
  const iso = (d: Date) => d.toISOString().slice(0, 10);
  // chrono without a year picks the nearest; questions are about the past, so step back a year when it lands ahead.
  const past = (c: ParsedComponents) => {
    const d = c.date();
    if (!c.isCertain('year') && d.getTime() > ref.getTime() + 86_400_000) {
      return new Date(Date.UTC(d.getUTCFullYear() - 1, d.getUTCMonth(), d.getUTCDate()));
    }
    return d;
  };
  const start = past(r.start);
  const second = results[1];
  if (r.end || second) {
    const end = r.end ? past(r.end) : past(second!.start);
    return { from: iso(start), to: iso(end), text: r.text };
  }
  if (!r.start.isCertain('day') && r.start.isCertain('month')) {
    const y = start.getUTCFullYear();
    const m = start.getUTCMonth();
    return { from: iso(new Date(Date.UTC(y, m, 1))), to: iso(new Date(Date.UTC(y, m + 1, 0))), text: r.text };
  }
  if (/\bweek\b/i.test(r.text)) return { from: iso(start), to: iso(new Date(start.getTime() + 6 * 86_400_000)), text: r.text };
  return { from: iso(start), to: iso(start), text: r.text };
}

/**
 * Routes a plain-English question to a query. Order matters: "who leads the delegation" is
 * checked before "who is X", and a question that fits nothing gets the list of what Parley
 * can answer rather than a guess.
 */
export function createAsk(deps: AskDeps) {
  return function ask(raw: string): AskResult {
    const q = ensureQuestion(raw);

    if (WHO_LEADS_RE.test(q)) {
      const parties = findParties(q, { caseInsensitive: false });
      const party = parties.find((m) => !deps.roundPlaces().some((p) => p.toLowerCase() === m.surface.toLowerCase()))?.party ??
        parties[0]?.party;
      if (party) {
        const round = findRound(q, deps);
        const data = deps.whoLeads(party.name, round ? { round } : {});
        const latest = data.delegations[0];
        let answer: string;
        if (!latest) answer = `No ${party.name} delegation is on record${round ? ` for ${round}` : ''} yet.`;
        else {
          const where = latest.round ? ` (${[latest.round.place, latest.round.date].filter(Boolean).join(', ')})` : '';
          answer = latest.leaders.length
            ? `${latest.leaders.join(' and ')} ${latest.leaders.length > 1 ? 'lead' : 'leads'} ${possessive(party.name)} delegation${where}` +
              (latest.members.length ? `, with ${latest.members.join(', ')}.` : '.')
            : `The sources name no leader of ${possessive(party.name)} delegation${where}; its members are ${latest.members.join(', ') || 'not named'}.`;
        }
        return { intent: 'who-leads', answer, data };
      }
    }

    if (NEXT_TALKS_RE.test(q)) {
      const today = deps.today();
      const data = deps.timeline({ from: today, kinds: ['talks'], limit: 10 });
      if (data.events.length) {
        const e = data.events[0]!;
        const answer = `Next on record: ${e.parties.join('–') || 'talks'}${e.place ? ` in ${e.place}` : ''} on ${e.date}. ${truncate(e.title, 200)}`;
        return { intent: 'timeline', answer, data };
      }
      const last = deps.timeline({ kinds: ['talks'], limit: 1 });
      const e = last.events[0];
      const answer = e
        ? `No talks after ${today} are on record. The most recent: ${e.parties.join('–') || 'talks'}${e.place ? ` in ${e.place}` : ''} on ${e.date}.`
        : 'No talks are on record yet.';
      return { intent: 'timeline', answer, data: last };
    }

    const said = SAID_RE.exec(q);
    if (said?.[1]) {
      const speaker = said[1].trim();
      const party = findParties(speaker, { caseInsensitive: true })[0]?.party;
      const topic = findTopic(q, deps);
      const filter = party ? { party: party.name } : { actor: speaker };
      const data = deps.timeline({ ...filter, ...(topic ? { topic } : {}), kinds: ['statement', 'refusal', 'agreement'], limit: 20 });
      const latest = [...data.events].sort((a, b) => b.date.localeCompare(a.date)).slice(0, 3);
      const answer = latest.length
        ? `Latest statements involving ${party?.name ?? speaker}${topic ? ` on ${topic}` : ''}: ${latest.map((e) => `${e.date}: ${truncate(e.title, 160)}`).join(' ')}`
        : `No statements involving ${party?.name ?? speaker} are on record${topic ? ` on ${topic}` : ''}.`;
      return { intent: 'timeline', answer, data };
    }

    const who = WHO_IS_RE.exec(q);
    if (who?.[1]) {
      const name = who[1].replace(/^(the|mr\.?|mrs\.?|ms\.?|dr\.?)\s+/i, '').replace(/[?.!]+$/, '').trim();
      try {
        const data = deps.actor(name);
        const a = data.actor;
        const role = a.roles[0];
        const answer = role
          ? `${a.name}: ${role.title}${role.party ? ` (${role.party})` : ''}, ${role.asOf ? `as reported ${role.asOf}` : 'date not known'}.`
          : `${a.name}${a.party ? ` (${a.party})` : ''}: mentioned ${a.mentions} time${a.mentions === 1 ? '' : 's'}; no role stated in the sources.`;
        return { intent: 'actor', answer, data };
      } catch (err) {
        if (!isUserError(err) || err.exitCode !== 1) throw err;
        // "the US envoy", "Ukraine's defence minister": a role, not a name.
        const mention = findParties(name, { caseInsensitive: true })[0];
        const role = mention ? `${name.slice(0, mention.start)} ${name.slice(mention.end).replace(/^['’]s?\b/, '')}`.trim() : name;
        const data = deps.actorByRole(role, mention?.party.name);
        if (data) {
          const a = data.actor;
          const r = a.roles.find((x) => x.title.toLowerCase().includes(role.toLowerCase())) ?? a.roles[0];
          const answer = `${a.name}${r ? ` — ${r.title}${r.party ? ` (${r.party})` : ''}, ${r.asOf ? `as reported ${r.asOf}` : 'date not known'}` : ''}.`;
          return { intent: 'actor', answer, data };
        }
        throw new UserError(err.message, { exitCode: 1, suggestions: err.suggestions });
      }
    }

    const topic = findTopic(q, deps);
    if (AGREED_RE.test(q) && topic) {
      const data = deps.timeline({ topic, kinds: ['agreement', 'refusal', 'statement', 'talks', 'call'], limit: 20 });
      const agreements = data.events.filter((e) => e.kind === 'agreement' || /\bagree(?:d|s|ment)\b/i.test(e.title));
      const shown = agreements.length ? agreements : data.events;
      const latest = [...shown].sort((a, b) => b.date.localeCompare(a.date)).slice(0, 3);
      const answer = shown.length
        ? `${agreements.length ? 'On record' : 'No agreement on record; latest developments'} on ${topic}: ${latest
            .map((e) => `${e.date}: ${truncate(e.title, 160)}`)
            .join(' ')}`
        : `Nothing on record about ${topic} yet.`;
      return { intent: 'agreement', answer, data: { ...data, events: shown } };
    }

    const range = dateRange(q, deps.referenceDate());
    if (range || WHEN_RE.test(q) || topic) {
      const data = deps.timeline({ ...(range ? { from: range.from, to: range.to } : {}), ...(topic ? { topic } : {}), limit: 20 });
      const label = range ? (range.from === range.to ? `on ${range.from}` : `from ${range.from} to ${range.to}`) : topic ? `on ${topic}` : 'recently';
      const answer = data.events.length
        ? `${data.events.length} development${data.events.length === 1 ? '' : 's'} ${label}: ${data.events
            .slice(0, 3)
            .map((e) => truncate(e.title, 160))
            .join(' ')}`
        : `Nothing on record ${label}.`;
      return { intent: 'timeline', answer, data };
    }

    return { intent: 'help', answer: `I couldn't place that question. ${HELP_ANSWER}`, data: { examples: ASK_EXAMPLES } };
  };
}
