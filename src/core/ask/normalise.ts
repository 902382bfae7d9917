import { countryRecords, findParties } from '../parties.js';
import { type DateRefs, parseQuestionDates } from './dates.js';
import {
  ASK_JOINERS,
  ASK_OPENERS,
  EVENT_PLACE_NOUNS,
  PLACE_SPELLINGS,
  REGISTER_ASIDES,
  REGISTER_CLOSINGS,
  REGISTER_CONTEXT_LEADS,
  REGISTER_FILLERS,
  REGISTER_GREETINGS,
  REGISTER_HELP,
  REGISTER_KEPT_LEADS,
  REGISTER_MODALS,
  REGISTER_MEETING_VERBS,
  REGISTER_NARROWERS,
  REGISTER_PARENTHETICALS,
  REGISTER_PAST_VERBS,
  REGISTER_RECIPIENT_VERBS,
  REGISTER_PLEASANTRIES,
  REGISTER_PREMISE_IF_VERB,
  REGISTER_PREMISE_LEADS,
  REGISTER_ROUND_VERBS,
  REGISTER_SOFTENERS,
  REGISTER_SUMMARISE,
  REGISTER_TELL,
  REGISTER_WANTS,
  ROUND_DAY_NUMBERS,
  ROUND_DAY_ORDINALS,
  ROUND_NOUNS,
} from './lexicon.js';
import type { RoundDay } from './vocabulary.js';

/**
 * The long, polite register read as the terse one the parser knows (issue 11): "Hi Parley, I'd
 * like to know who headed the Ukrainian side in Riyadh." is "who headed the Ukrainian side in
 * Riyadh". Greetings, asides and wrappers are peeled off the front, closings off the end; a
 * clause setting the scene ("Following up on the Riyadh talks, …") moves behind the question as
 * its place or subject; an indirect question is put back in question order ("who Beseda is",
 * "whether anything was agreed"); days counted from a round ("the second day of the talks", "the
 * day after the Riyadh talks", "on the Monday") become the dates they name. The words are data in
 * lexicon.ts; this module only says how they are applied.
 */
export interface RegisterContext {
  /** Held rounds dated to the day, oldest first. */
  rounds: readonly RoundDay[];
  refs: DateRefs;
}

/** A verb of giving or telling just before "to": "proposed to Ukraine", "said to the Americans". */
export const RECIPIENT_VERBS = new RegExp(String.raw`\b(?:${alt(REGISTER_RECIPIENT_VERBS)})\s+(?:[\p{L}'’-]+\s+){0,3}$`, 'iu');

/** A phrase list as one alternation: longest first, an apostrophe as either kind, spaces as any run. */
function alt(phrases: readonly string[]): string {
  return [...phrases]
    .sort((a, b) => b.length - a.length)
    .map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, "['’]").replace(/ /g, '\\s+'))
    .join('|');
}

const WH = `(?:who|whom|whose|what|which|when|where|why|how|whether|if|is|was|were|are|did|does|do|has|have|had|will|would|could|can)`;
/** What may follow a greeting or aside without punctuation: the question or its wrapper ("Hi who led …", "please tell me …"). */
const OPENS = String.raw`\s+(?=(?:${alt([...REGISTER_SOFTENERS, ...REGISTER_MODALS, ...REGISTER_WANTS, ...REGISTER_TELL, ...REGISTER_SUMMARISE])}|${WH})\b)`;
/** "Hi Parley,", "Good morning!": a bare "morning" before other words is no greeting ("morning of the 24th …"). */
const GREETING_RE = new RegExp(String.raw`^(?:(?:${alt(REGISTER_GREETINGS)})(?:\s+@?parley)?|@?parley)\b(?:\s*[,!.:;—–-]+\s*|(?<=parley)\s+|${OPENS})`, 'i');
/** Asides need their punctuation ("Out of interest, …"); a lone softener ("please tell me …") does not. */
const ASIDE_RE = new RegExp(String.raw`^(?:${alt(REGISTER_ASIDES)})(?:\s*[,!.:;—–-]+\s*|\s+but\s+|${OPENS})`, 'i');
/** A sentence of pleasantry before the question: "I hope you're well.", "I have a quick question." */
const PLEASANTRY_RE = new RegExp(String.raw`^(?:${alt(REGISTER_PLEASANTRIES)})\b[^.!?:]{0,40}[.!?:]+\s*`, 'i');
/** "Sorry if this is a basic question, but …", "Apologies for the long message, but …". */
const APOLOGY_RE = /^(?:sorry|apologies|apologi[sz]e|forgive me|excuse me|pardon me)\b[^?]{0,60}?[,\s]but\s+/i;
const SOFT = String.raw`(?:\s+(?:${alt(REGISTER_SOFTENERS)}))*`;
const MODAL_TELL_RE = new RegExp(String.raw`^(?:(?:${alt(REGISTER_MODALS)})${SOFT}\s+)?(?:${alt(REGISTER_TELL)})\b(?:\s+for\s+(?:me|us))?\s*[,:]?\s*`, 'i');
const WANTS_RE = new RegExp(String.raw`^(?:${alt(REGISTER_WANTS)})\b${SOFT}\s*[,:]?\s*`, 'i');
const SUMMARISE_RE = new RegExp(String.raw`^(?:(?:${alt(REGISTER_MODALS)})${SOFT}\s+)?(?:${alt(REGISTER_SUMMARISE)})\b\s*(?:for me\s+)?[,:]?\s*`, 'i');
/** What the wrapper governs: "tell me *whether* …", "curious *about* …", "tell me *what you know about* …". */
const GOVERNED_RE = /^(?:(?:a (?:little|bit)(?: more)? |(?:some|a few) (?:more )?(?:details? |things )?|more )?(?:about|on|regarding)\s+)?(?:what you know about\s+|anything (?:about|on)\s+)?/i;
/** Two or three capitalised words and nothing else: a person's name. */
const BARE_NAME_RE = /^\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){1,2}[?.!]*$/u;
const INDIRECT_YES_NO_RE = /^(?:whether|if)\s+/i;
const HELP_RE = new RegExp(String.raw`^(?:${alt(REGISTER_HELP)})\b`, 'i');
const CLOSING_RE = new RegExp(String.raw`(?:[,;\s—–-]+|^)(?:${alt(REGISTER_CLOSINGS)})\s*([?.!]*)\s*$`, 'i');
const PARENTHETICAL_RE = new RegExp(String.raw`\s*,\s*(?:${alt(REGISTER_PARENTHETICALS)})\s*,\s*`, 'gi');
const NARROWER_RE = new RegExp(String.raw`(?:\s*,\s*|\s+)(?:${alt(REGISTER_NARROWERS)})\b\s*,?`, 'gi');
const CONTEXT_RE = new RegExp(String.raw`^(${alt(REGISTER_CONTEXT_LEADS)})\s+([^,?]{2,80}?)\s*,\s*(.+)$`, 'i');
const OWN_PLACE_RE = /\b(?:in|at)\s+(?:the\s+)?(\p{Lu}[\p{L}'’-]+)/gu;
const NOT_A_PLACE_RE = /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|(?:mon|tues|wednes|thurs|fri|satur|sun)day)$/i;
/** A pronoun a scene-setting clause stands for: "Regarding the Black Sea deal, has *it* been agreed?" */
const PRONOUN_RE = /\b(?:he|she|they|him|her|them|it|his|their|its)\b/i;
const ROUND_PRONOUN_RE = /\b(?:them|it)\b/i;
const POSSESSIVES = new Set(['his', 'their', 'its']);
const QUESTION_START_RE = new RegExp(`^${WH}\\b`, 'i');
const AUX = 'is|was|are|were|has|have|had|will|would|could|can|did|does|do';
/** "who Sergei Beseda is", "what Umerov's role was in the talks": the verb comes back to the front. */
const INDIRECT_WH_RE = new RegExp(
  String.raw`^(who|what|where|when|which)\s+((?:(?!\b(?:${AUX}|said|did)\b)[^,?])+?)\s+(is|was|are|were)((?:\s+(?:in|at|on|during|for|within|now|currently|today|these days|at the moment|right now)\b[^?]*)?)([?.!]*)$`,
  'i',
);
/** "whether anything was agreed": "was anything agreed". The subject is a few words, no question word. */
const YES_NO_CLAUSE_RE = new RegExp(String.raw`^((?:(?!\b(?:${AUX}|who|what|which|when|where)\b)[\p{L}\p{N}'’-]+\s+){1,5}?)(${AUX})\s+(.+)$`, 'iu');
const PAST_CLAUSE_RE = new RegExp(
  String.raw`^((?:(?!\b(?:${AUX}|who|what|which|when|where)\b)[\p{L}\p{N}'’-]+\s+){1,5}?)(${Object.keys(REGISTER_PAST_VERBS).join('|')})\b(.*)$`,
  'iu',
);

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const WEEKDAY_WORDS = WEEKDAYS.join('|');
const ROUND_NOUN = alt(ROUND_NOUNS);
const ROUND_WORD_RE = new RegExp(`\\b(?:${ROUND_NOUN})\\b`, 'i');
/** "the talks", "the Riyadh talks", "the US-Russia talks", "the talks in Riyadh", "Monday's meeting". */
const ROUND_NP = String.raw`(?:the\s+)?(?:[\p{L}\p{N}'’-]+\s+){0,3}?(?:${ROUND_NOUN})(?:\s+(?:in|at)\s+[\p{L}-]+)?`;
const ORDINAL_DAY_RE = new RegExp(
  String.raw`(?<!\b(?:in|over|within|past)\s+)(?:\b(?:on|during)\s+)?(?:\bthe\s+(${alt(Object.keys(ROUND_DAY_ORDINALS))})\s+day|\bday\s+(${alt(Object.keys(ROUND_DAY_NUMBERS))})\b)(?:\s+(?:of|at|in)\s+(${ROUND_NP}))?(?![\p{L}])`,
  'iu',
);
/** What "the day before/after" counts from: a round ("the Riyadh talks", "they"), and how it went ("… began", "… ended"). */
const ROUND_TARGET_RE = new RegExp(String.raw`^(?:${ROUND_NP}|they|it)(?:\s+(?:${alt(REGISTER_ROUND_VERBS)}))?\b`, 'iu');
/** "who is the current US secretary of state": now is what the record's newest report says. */
const THE_CURRENT_RE = /\bthe (?:current|present|sitting) /gi;
/** "Who is *currently* heading …": now is what the record's newest report says. */
const FILLER_RE = new RegExp(String.raw`\b(?:${alt(REGISTER_FILLERS)})\s+`, 'gi');
/** "the Saudi capital", "the capital of Ukraine": the city. */
const CAPITAL_RE = /\bthe\s+(?:([\p{L}'’-]+(?:\s+[\p{L}'’-]+)?)\s+capital|capital\s+of\s+((?:the\s+)?[\p{L}'’-]+(?:\s+[\p{L}'’-]+)?))\b/iu;
const EVENT_ON_RE = /\bthe\s+(\p{L}+)\s+(?:on|in|against|of)\s+(\p{Lu}[\p{L}'’-]+)/gu;
/** "what role did Fidan play in the talks": "what was Fidan's role in the talks". */
const ROLE_PLAYED_RE = /^what\s+(?:role|part)\s+(?:did|does|has|had|is|was)\s+((?:[\p{L}'’.-]+\s+){0,3}?[\p{L}'’.-]+)\s+(?:play|played|playing|have|had)\b/iu;
const BEFORE_AFTER_RE = new RegExp(String.raw`\b(?:the|that)\s+(day|night|morning|${WEEKDAY_WORDS})\s+(before|after)\s+`, 'i');
/** "the Ukrainian delegation met the Americans (in Riyadh)": a meeting told by who met whom. */
const MEETING_CLAUSE_RE = new RegExp(
  String.raw`^(?:[\p{L}'’-]+\s+){1,6}?(?:${alt(REGISTER_MEETING_VERBS)})\s+(?:the\s+)?[\p{L}'’-]+(?:\s+(?:delegation|team|side|negotiators))?(?:\s+(?:in|at)\s+[\p{L}-]+)?`,
  'iu',
);
const THE_WEEKDAY_RE = new RegExp(String.raw`(?:\bon\s+)?\b(?:the|that)\s+(${WEEKDAYS.join('|')})\b(?!\s+(?:the\s+)?\d)`, 'i');

const DAY_MS = 86_400_000;
const isoDay = (t: number) => new Date(t).toISOString().slice(0, 10);
const dayMs = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
/** "24 March 2025": a form every date reader takes. */
function spelled(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  return d.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/** Round places named in some words (as the rounds spell them), with the other spellings people type. */
function placesIn(words: string, rounds: readonly RoundDay[]): Set<string> {
  const lower = ` ${words.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
  const out = new Set<string>();
  for (const r of rounds) {
    if (!r.place) continue;
    const p = r.place.toLowerCase();
    const spellings = [p, ...Object.entries(PLACE_SPELLINGS).filter(([, to]) => to === p).map(([from]) => from)];
    if (spellings.some((s) => lower.includes(` ${s} `))) out.add(r.place);
  }
  return out;
}

/**
 * The days of the round some words name ("the Riyadh talks", "the US-Russia meeting"), or of the
 * last round held somewhere when they name none: consecutive days at one place are one round.
 */
export function roundSpan(words: string, whole: string, rounds: readonly RoundDay[]): RoundDay[] {
  let pool = rounds.filter((r) => r.place !== null);
  const named = placesIn(words, rounds);
  const places = named.size ? named : placesIn(whole, rounds);
  if (places.size) pool = pool.filter((r) => places.has(r.place!));
  const parties = new Set(findParties(words, { caseInsensitive: true }).map((m) => m.party.name));
  // "the US-Russia talks": the days both sides met, if any; two sides name one day of a longer round.
  const withParties = parties.size >= 2 ? pool.filter((r) => [...parties].every((p) => r.parties.includes(p))) : [];
  if (withParties.length) pool = withParties;
  const last = pool[pool.length - 1];
  if (!last) return [];
  const span = [last];
  for (let i = pool.length - 2; i >= 0; i--) {
    const r = pool[i]!;
    if (r.place !== last.place || dayMs(span[0]!.date) - dayMs(r.date) > 2 * DAY_MS) break;
    if (r.date !== span[0]!.date) span.unshift(r);
  }
  return span;
}

/** The days of the event "the day before/after" counts from: a round, a meeting told by who met whom, or a date. */
function eventAt(target: string, whole: string, ctx: RegisterContext): { first: number; last: number; used: number } | undefined {
  const np = ROUND_TARGET_RE.exec(target) ?? MEETING_CLAUSE_RE.exec(target);
  if (np) {
    const span = roundSpan(np[0], whole, ctx.rounds);
    return span.length ? { first: dayMs(span[0]!.date), last: dayMs(span[span.length - 1]!.date), used: np[0].length } : undefined;
  }
  const d = parseQuestionDates(target, ctx.refs);
  return d && d.start === 0 ? { first: dayMs(d.from), last: dayMs(d.to), used: d.end } : undefined;
}

/**
 * "the day/morning before" is the day before the event's first day; "the night before" the night into
 * it (two dates); "the Friday before" the last Friday before it. "after" counts the same way from its last day.
 */
function dayRelative(unit: string, after: boolean, first: number, last: number): string | undefined {
  const from = after ? last : first;
  const step = after ? DAY_MS : -DAY_MS;
  if (unit === 'night') {
    const [a, b] = after ? [from, from + DAY_MS] : [from - DAY_MS, from];
    return `between ${new Date(a).getUTCDate()} and ${spelled(isoDay(b))}`;
  }
  const want = WEEKDAYS.indexOf(unit);
  if (want < 0) return `on ${spelled(isoDay(from + step))}`;
  for (let t = from + step, k = 0; k < 7; t += step, k++) if (new Date(t).getUTCDay() === want) return `on ${spelled(isoDay(t))}`;
  return undefined;
}

/** Days counted from a round become the dates they name (see the module comment). */
function roundDates(q: string, ctx: RegisterContext, scene = ''): string {
  if (!ctx.rounds.length) return q;
  let out = q;
  const whole = () => `${out} ${scene}`;
  const ord = ORDINAL_DAY_RE.exec(out);
  // "the first day of March", "the last day of the ceasefire": a day of something that is no round.
  if (ord && !(ord[3] === undefined && /^\s+of\b/i.test(out.slice(ord.index + ord[0].length)))) {
    const n = ord[1] !== undefined ? ROUND_DAY_ORDINALS[ord[1].toLowerCase()] : ROUND_DAY_NUMBERS[ord[2]!.toLowerCase()];
    const np = ord[3] ?? '';
    const span = roundSpan(np, whole(), ctx.rounds);
    const day = n === undefined ? undefined : n < 0 ? span[span.length + n] : span[n];
    if (day) {
      // "the final day of the Riyadh talks": the date, and the round's place kept as the place asked about.
      const keep = np && placesIn(np, ctx.rounds).size ? ` at ${np}` : '';
      out = `${out.slice(0, ord.index)}on ${spelled(day.date)}${keep}${out.slice(ord.index + ord[0].length)}`;
    }
  }
  const rel = BEFORE_AFTER_RE.exec(out);
  if (rel) {
    const target = out.slice(rel.index + rel[0].length);
    // "on the day after …": the "on" goes with the phrase.
    const at = / on $/i.test(out.slice(Math.max(0, rel.index - 4), rel.index)) ? rel.index - 3 : rel.index;
    const event = eventAt(target, whole(), ctx);
    const day = event && dayRelative(rel[1]!.toLowerCase(), rel[2]!.toLowerCase() === 'after', event.first, event.last);
    if (event && day) out = `${out.slice(0, at)}${day}${target.slice(event.used)}`;
  }
  const wd = THE_WEEKDAY_RE.exec(out);
  if (wd) {
    const span = roundSpan('', whole(), ctx.rounds);
    const want = WEEKDAYS.indexOf(wd[1]!.toLowerCase());
    if (span.length) {
      // The nearest such weekday to the round: within it, else in the days around it.
      const first = dayMs(span[0]!.date);
      const last = dayMs(span[span.length - 1]!.date);
      let best: number | undefined;
      for (let t = first - 3 * DAY_MS; t <= last + 3 * DAY_MS; t += DAY_MS) {
        if (new Date(t).getUTCDay() !== want) continue;
        const gap = t < first ? first - t : t > last ? t - last : 0;
        if (best === undefined || gap < (best < first ? first - best : best > last ? best - last : 0)) best = t;
      }
      if (best !== undefined) out = `${out.slice(0, wd.index)}on ${spelled(isoDay(best))}${out.slice(wd.index + wd[0].length)}`;
    }
  }
  return out;
}

/** Does the question name a place of its own ("in Sumy", "at Jeddah")? A month or weekday is none. */
function namesPlace(q: string): boolean {
  for (const m of q.matchAll(OWN_PLACE_RE)) if (!NOT_A_PLACE_RE.test(m[1]!)) return true;
  return false;
}

/** Peels what wraps the question off its front, as often as something does. */
function peelFront(q: string): { q: string; embedded: boolean } {
  let out = q;
  let embedded = false;
  for (let pass = 0; pass < 8; pass++) {
    const before = out;
    for (const re of [GREETING_RE, PLEASANTRY_RE, APOLOGY_RE, ASIDE_RE]) {
      const m = re.exec(out);
      if (m && m[0].length < out.length) out = out.slice(m[0].length);
    }
    for (const re of [MODAL_TELL_RE, WANTS_RE]) {
      const m = re.exec(out);
      if (m && m[0].length < out.length) {
        out = out.slice(m[0].length);
        embedded = true;
      }
    }
    const sum = SUMMARISE_RE.exec(out);
    // "summarise what happened …" keeps its question; "summarise the Riyadh talks" asks what happened there.
    if (sum && sum[0].length < out.length) {
      const rest = out.slice(sum[0].length);
      out = QUESTION_START_RE.test(rest) ? rest : `what happened at ${rest}`;
      embedded = true;
    }
    if (embedded) {
      const g = GOVERNED_RE.exec(out);
      if (g?.[0] && g[0].length < out.length) out = out.slice(g[0].length);
    }
    if (out === before) break;
  }
  return { q: out, embedded };
}

/** An indirect question in question order: "who Beseda is" → "who is Beseda", "whether X was Y" → "was X Y". */
function direct(q: string): string {
  if (HELP_RE.test(q)) return 'what can you do';
  // "what can you tell me about Kirill Dmitriev": a name alone asks who that is.
  if (BARE_NAME_RE.test(q)) return `who is ${q}`;
  const yn = INDIRECT_YES_NO_RE.exec(q);
  if (yn) {
    const clause = q.slice(yn[0].length);
    const m = YES_NO_CLAUSE_RE.exec(clause);
    if (m) return `${m[2]} ${m[1]!.trim()} ${m[3]}`;
    // "whether Beseda attended the talks": "did Beseda attend the talks".
    const past = PAST_CLAUSE_RE.exec(clause);
    const base = past && REGISTER_PAST_VERBS[past[2]!.toLowerCase()];
    return past && base ? `did ${past[1]!.trim()} ${base}${past[3]}` : clause;
  }
  const wh = INDIRECT_WH_RE.exec(q);
  if (wh) return `${wh[1]} ${wh[3]} ${wh[2]}${wh[4] ?? ''}${wh[5] ?? ''}`;
  return q;
}

/** Closing words and narrowing adverbs: "…, specifically on the second day, please?" */
function peelBack(q: string): string {
  let out = q.replace(PARENTHETICAL_RE, ' ').replace(NARROWER_RE, ' ');
  for (let pass = 0; pass < 4; pass++) {
    const m = CLOSING_RE.exec(out);
    if (!m || m.index === 0) break;
    out = `${out.slice(0, m.index)}${m[1] ?? ''}`;
  }
  // "…?. Many thanks." leaves "?.": the question's own mark is kept.
  return out.replace(/\s+/g, ' ').replace(/ (?=[,?.!])/g, '').replace(/\?[.!]+$/, '?').trim();
}

/** The text without its closing "?", "." or "!" (by characters: no regex to prove linear). */
function withoutEndPunctuation(q: string): string {
  let end = q.length;
  while (end > 0 && '?.!'.includes(q[end - 1]!)) end--;
  return q.slice(0, end);
}

/** "the attack on Odesa" → "the Odesa attack": the short form names the place (EVENT_PLACE_NOUNS). */
function eventPlace(q: string): string {
  return q.replace(EVENT_ON_RE, (m, noun: string, place: string) => (EVENT_PLACE_NOUNS.test(noun) ? `the ${place} ${noun}` : m));
}

/** "the Saudi capital" → "Riyadh": a country's capital named by the country. */
function capitalNamed(q: string): string {
  const m = CAPITAL_RE.exec(q);
  const words = m?.[1] ?? m?.[2];
  if (!m || !words) return q;
  const found = findParties(words, { caseInsensitive: true })[0];
  const city = found && countryRecords().find((c) => c.cca3 === found.party.code)?.capital[0];
  return city ? `${q.slice(0, m.index)}${city}${q.slice(m.index + m[0].length)}` : q;
}

/** The question in the terse register the parser reads (see the module comment). */
/** A premise clause up to the comma before the question: its lead, the clause, the question. */
const PREMISE_RE = new RegExp(String.raw`^(${alt([...REGISTER_PREMISE_LEADS, ...REGISTER_PREMISE_IF_VERB])})\s+([^?]{2,220}?)\s*,\s*(?=(?:and\s+)?(?:${WH}|what's|who's)\b)(.+)$`, 'i');
/** Verbs a clause may have that end in neither -ing nor -ed: auxiliaries, verbs of saying. */
const CLAUSE_VERBS = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'did', 'does', 'do', 'been', 'will', 'would', 'can', 'could', 'says', 'said', 'argues', 'kept', 'keeps', 'came', 'went', 'met']);

/** Does a clause have a verb: an auxiliary, a verb of saying, or an -ing or -ed form ("blaming", "stayed"), not "the reported strikes"? */
function hasVerb(clause: string): boolean {
  const words = clause.toLowerCase().split(/[^\p{L}]+/u);
  return words.some((w, i) => CLAUSE_VERBS.has(w) || (w.length >= 6 && (w.endsWith('ing') || w.endsWith('ed')) && !['the', 'a', 'an'].includes(words[i - 1] ?? '')));
}
const THAT_ROUND_RE = new RegExp(String.raw`\b(?:that|this)\s+(${ROUND_NOUN}|gathering)\b`, 'i');
const PERSON_PRONOUN_RE = /\b(he|she|him|his|her)\b/i;
/** A name in a clause: capitalised words after its first word ("… announced by Yuri Ushakov"). */
const CLAUSE_NAME_RE = /(?<=\s)\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)*/gu;

/** A premise clause before the question, as `withoutPremise` reads it. */
function premiseMatch(q: string): RegExpExecArray | undefined {
  const m = PREMISE_RE.exec(q);
  if (!m) return undefined;
  const lead = m[1]!.toLowerCase().replace(/\s+/g, ' ');
  const clause = m[2]!;
  if (!REGISTER_PREMISE_LEADS.includes(lead) && !hasVerb(clause)) return undefined;
  // "As for Beseda, …", "with regard to …": scene leads, read below.
  if (/^(?:for|regards?|to|respect|regard)\b/i.test(clause)) return undefined;
  return m;
}

/**
 * The premise before a question ("Given that Washington met both sides in the Saudi capital, …"), whose
 * place, dates or side fill what the question leaves open; undefined when there is none.
 */
export function premiseOf(raw: string): string | undefined {
  return premiseMatch(peelFront(raw.replace(/\s+/g, ' ').trim()).q)?.[2];
}

/** The question without a premise clause before it; a name in the premise stands for the question's "he" or "she". */
function withoutPremise(q: string): string {
  const m = premiseMatch(q);
  if (!m) return q;
  const clause = m[2]!;
  let rest = m[3]!.replace(/^and\s+/i, '');
  const pronoun = PERSON_PRONOUN_RE.exec(rest);
  const names = [...clause.matchAll(CLAUSE_NAME_RE)].map((x) => x[0]).filter((n) => !/^(?:I|The|A|An)$/.test(n));
  const name = names[names.length - 1];
  if (pronoun && name) {
    rest = `${rest.slice(0, pronoun.index)}${/^(?:his|her)$/i.test(pronoun[1]!) ? `${name}'s` : name}${rest.slice(pronoun.index + pronoun[0].length)}`;
  }
  // "After planners gathered at Northwood, what came out of that meeting": the meeting is the one named there.
  const that = THAT_ROUND_RE.exec(rest);
  if (that && name && !pronoun) rest = `${rest.slice(0, that.index)}the ${name} ${that[1]}${rest.slice(that.index + that[0].length)}`;
  return rest;
}

export function peelRegister(raw: string, ctx: RegisterContext): string {
  let q = raw.replace(/\s+/g, ' ').trim();
  let { q: core, embedded } = peelFront(q);
  core = withoutPremise(core);
  // "Following up on the Riyadh talks, which officials …": the scene goes behind the question.
  // "In Riyadh, on the first day, who …": up to three scenes, each behind the question in the order written.
  const scenes: string[] = [];
  let roundScene = '';
  let rest = core;
  let restEmbedded = embedded;
  for (let k = 0; k < 3; k++) {
    const scene = CONTEXT_RE.exec(rest);
    if (!scene) break;
    const inner = peelFront(scene[3]!);
    const lead = scene[1]!.toLowerCase();
    const np = scene[2]!.trim();
    const isRound = ROUND_WORD_RE.test(np) || placesIn(np, ctx.rounds).size > 0;
    rest = inner.q;
    // "Following up on the Riyadh talks, … what happened in Sumy": the round dates the question, Sumy is its place.
    // In a round's scene "they" are its sides ("what did they agree"); only "it" and "them" stand for the round.
    const pronoun = REGISTER_KEPT_LEADS[lead] === undefined ? (isRound ? ROUND_PRONOUN_RE : PRONOUN_RE).exec(rest) : null;
    if (isRound && namesPlace(rest)) roundScene = `${roundScene} ${np}`;
    // "As for Beseda, was he on the team?": the scene is whom the pronoun stands for.
    else if (pronoun) rest = `${rest.slice(0, pronoun.index)}${np}${POSSESSIVES.has(pronoun[0].toLowerCase()) ? "'s" : ''}${rest.slice(pronoun.index + pronoun[0].length)}`;
    else scenes.push(`${REGISTER_KEPT_LEADS[lead] ?? (isRound ? 'at' : 'about')} ${np}`);
    restEmbedded = restEmbedded || inner.embedded;
    if (QUESTION_START_RE.test(rest)) {
      const body = withoutEndPunctuation(rest);
      core = `${body.trimEnd()} ${scenes.join(' ')}${rest.slice(body.length)}`;
      embedded = restEmbedded;
      break;
    }
  }
  q = peelBack(core);
  if (embedded) q = direct(q);
  q = q.replace(THE_CURRENT_RE, 'the ').replace(FILLER_RE, '').replace(ROLE_PLAYED_RE, (_m, who: string) => `what was ${who}'s role`);
  q = eventPlace(capitalNamed(q));
  return roundDates(q || raw, ctx, roundScene);
}

/** "…, and who …", "… plus what …", "…? And did …": a joiner before a second question's first word. */
const SECOND_ASK_RE = new RegExp(String.raw`(?:\s*[,;?]\s*|\s+)(?:${alt(ASK_JOINERS)})\s+(?=(?:${alt(ASK_OPENERS)})\b)|\?\s+(?=(?:${alt(ASK_OPENERS)})\b)`, 'i');

/**
 * Two questions in one message ("who led the Russian delegation and who led the Ukrainian one?"):
 * the first and the second, each a question of its own; undefined when there is one. The first must be
 * more than a question word ("When and where is the next round" is one question).
 */
export function splitAsks(q: string): [string, string] | undefined {
  const m = SECOND_ASK_RE.exec(q);
  if (!m) return undefined;
  const first = q.slice(0, m.index).trim();
  const second = q.slice(m.index + m[0].length).trim();
  if (first.split(/\s+/).length < 2 || second.split(/\s+/).length < 2) return undefined;
  return [first, second];
}
