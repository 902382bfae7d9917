/**
 * Statements: who said what, as facts. A statement is a sentence that attributes words or a
 * position to a speaker — a person ("Umerov said…") or a body that speaks for a side ("the
 * Kremlin said…", "Russia's foreign ministry accused…", "according to Ukrainian officials…").
 *
 * Rules are data: the speech verbs (with the stance a verb carries), the bodies that speak for a
 * side, the stance cues read in what was said, and the attribution shapes, each with its examples
 * (run one by one by tests/extract/statements.test.ts). The speaker's side is the speaker's own
 * — never a country the words are about: "I don't regard Putin as a bad guy," Witkoff said is a
 * US envoy's statement.
 */
import { countryRecords } from '../parties.js';
import type { PersonSpan } from './actors.js';
import type { DateSpan } from './dates.js';
import { topicHits } from './events.js';
import { ROLE_HEADS, ROLE_MODIFIERS } from './lexicon.js';
import { splitSentences } from './sentences.js';
import type { Token } from './tokens.js';
import type { ResolvedDate } from './types.js';
import { execAll } from './regex.js';

/** What a statement does beyond saying: read from its verb and from cue words in it. */
export type Stance = 'demanded' | 'proposed' | 'agreed' | 'refused';
export const STANCES: readonly Stance[] = ['demanded', 'proposed', 'agreed', 'refused'];

export interface StatementFact {
  /** The speaker as the text names them: "Rustem Umerov", "the Kremlin", "Russia's foreign ministry". */
  speaker: string;
  /** The person speaking (fullest name in the item), or the person a body's words are traced to. */
  person?: string;
  /** The speaker's side when the text gives it (a person's side is settled by the knowledge base). */
  party?: string;
  /** Direct: the sentence quotes the speaker; reported: it paraphrases them. */
  mode: 'direct' | 'reported';
  /** The quoted words, when direct. */
  quote?: string;
  /** The speech verb as written ("said", "told", "according to"). */
  verb: string;
  stances: Stance[];
  /** When it was said: a date phrase next to the verb, else the report's day; absent when unknown. */
  date?: ResolvedDate;
  /** Dossier topic ids the sentence mentions. */
  topics: string[];
  /** The attribution rule that found it. */
  rule: string;
  sentenceIndex: number;
  evidence: string;
  /** The sentence before, in the same paragraph: what "these actions" or "the deal" refers to. */
  context?: string;
}

/** Speech verbs, lower case, multi-word forms as written; `stance` when the verb itself carries one. */
export const SPEECH_VERBS: { forms: string[]; stance?: Stance }[] = [
  { forms: ['said', 'says', 'say', 'saying'] },
  { forms: ['told', 'tells', 'telling'] },
  { forms: ['added', 'adds', 'adding'] },
  { forms: ['stated', 'states'] },
  { forms: ['wrote', 'writes', 'writing'] },
  { forms: ['announced', 'announces'] },
  { forms: ['confirmed', 'confirms'] },
  { forms: ['stressed', 'stresses', 'noted', 'notes', 'warned', 'warns', 'argued', 'argues', 'arguing'] },
  { forms: ['insisted', 'insists', 'claimed', 'claims', 'denied', 'denies', 'indicated', 'suggested'] },
  { forms: ['accused', 'accuses', 'accusing', 'blamed', 'blames', 'blaming'] },
  { forms: ['described', 'describes', 'describing', 'called', 'calling', 'pointed out', 'points out', 'cited', 'reported'] },
  { forms: ['urged', 'urges', 'urging', 'demanded', 'demands', 'called on', 'calls on', 'called for', 'calls for'], stance: 'demanded' },
  { forms: ['proposed', 'proposes', 'offered', 'offers'], stance: 'proposed' },
  { forms: ['rejected', 'rejects', 'dismissed', 'dismisses', 'dismissing', 'ruled out', 'rules out'], stance: 'refused' },
];

/**
 * Cue words for a statement's stance, read in the whole sentence. Negated agreement ("had not
 * agreed to any easing") is a refusal, not an agreement.
 */
export const STANCE_CUES: Record<Stance, RegExp> = {
  demanded:
    /\b(?:demand(?:s|ed|ing)?|conditions?|condition(?:ed|al)|must|needs? to|would need|only after|only if|in exchange for|insist(?:s|ed)? on|urg(?:e|es|ed|ing)|call(?:s|ed|ing)? (?:on|for)|wants?|wanted|requires?|required|asked (?:\w+ ){0,3}to)\b/i,
  proposed: /\b(?:propos(?:e|es|ed|al|als|ing)|offer(?:s|ed|ing)?|would help|put forward|plan for)\b/i,
  agreed: /\b(?:agreed|agrees|agree to|accept(?:s|ed|ing)?|supported the idea|ready to accept|signed|consented)\b/i,
  refused:
    /\b(?:reject(?:s|ed|ing)?|refus(?:e|es|ed|ing)|rul(?:e|es|ed|ing) out|(?:would|will|could) not accept|won['’]t accept|not backed|(?:has|had|have) not agreed|not agreed|dismiss(?:es|ed|ing)?|declin(?:e|es|ed|ing) to (?!comment))\b/i,
};
const NEGATED_AGREEMENT = /\b(?:not|n['’]t|never|only)\s+(?:\w+\s+)?(?:agreed|agree|accept\w*)\b/i;
/**
 * A refusal denied to someone else is no refusal by the speaker: "it would not be for Russia to
 * approve or reject their presence", "Moscow has no right to veto it".
 */
const DENIED_REFUSAL = /\b(?:(?:not|never) (?:be )?(?:for|up to) (?:\p{L}+ ){1,3}to|no right to|no say in whether to) (?:\p{L}+ or )?(?:reject|refuse|veto|block)\b/giu;

/** The stances a sentence's words carry. Shared with `ask`, which reads event titles the same way. */
export function stancesOf(text: string): Stance[] {
  const out: Stance[] = [];
  for (const s of STANCES) {
    if (!STANCE_CUES[s].test(s === 'refused' ? text.replace(DENIED_REFUSAL, ' ') : text)) continue;
    if (s === 'agreed' && NEGATED_AGREEMENT.test(text) && !/\bagreed to (?!any)/i.test(text.replace(NEGATED_AGREEMENT, ''))) continue;
    out.push(s);
  }
  return out;
}

/**
 * Nouns that speak for a side: "Russia's foreign ministry", "Ukrainian officials", "the US side",
 * "a Kremlin spokesperson". Multi-word forms first. The side comes from a party word before them.
 */
export const BODY_NOUNS: string[] = [
  'foreign ministry',
  'defence ministry',
  'defense ministry',
  'foreign office',
  'general staff',
  'armed forces',
  "president's office",
  'presidential office',
  'military administration',
  'state media',
  'ministry',
  'military',
  'army',
  'officials',
  'official',
  'side',
  'government',
  'authorities',
  'administration',
  'embassy',
  'delegation',
  'leadership',
  'negotiators',
  'diplomats',
  'spokesperson',
  'spokesman',
  'spokeswoman',
  'sources',
  'analysts',
  'commentators',
  'media',
];
/** Words allowed between a party word and a body noun: "Russia's *regional* military administration". */
const BODY_MODIFIERS = new Set([
  'regional',
  'city',
  'local',
  'senior',
  'top',
  'state',
  'federal',
  'military',
  'foreign',
  'defence',
  'defense',
  'presidential',
  'government',
  'unnamed',
  'other',
  'two',
  'several',
  'some',
]);
/** Bodies that are media or commentators: they speak, but for no side. */
const SIDELESS_BODIES = new Set(['state media', 'media', 'analysts', 'commentators', 'sources']);
/** Generic descriptions of a side that refer back to its last speaker in the paragraph ("the Russian side"). */
const SIDE_ANAPHORA = new Set(['side']);

/** Role words a definite description of an earlier speaker may use: "the minister has also stressed…". */
const ROLE_ANAPHORA = new Set(['minister', 'president', 'envoy', 'spokesman', 'spokesperson', 'spokeswoman', 'senator', 'chancellor', 'adviser', 'advisor', 'diplomat', 'premier']);

/** Words that may stand between a subject and its verb: "Moscow has *repeatedly* said". */
const BETWEEN_SUBJECT_AND_VERB = new Set([
  'has',
  'have',
  'had',
  'also',
  'repeatedly',
  'earlier',
  'later',
  'again',
  'previously',
  'publicly',
  'reportedly',
  'recently',
  'already',
  'then',
  'separately',
  'however',
  'once',
  'now',
  'who',
  'which',
  'would',
  'will',
  'did',
]);
const PREPOSITIONS = new Set(['of', 'to', 'for', 'with', 'by', 'from', 'in', 'on', 'at', 'about', 'against', 'between', 'among', 'into', 'over', 'than', 'like']);
const PASSIVE = new Set(['was', 'were', 'is', 'are', 'be', 'been', 'being', "it's"]);
const NEGATION = new Set(['not', "n't", 'never', 'to']);
const QUOTE_CHARS = /["“”]/;
/** Verbs that put the speaker after them: '"…," said Peskov'. */
const INVERTING = new Set(['said', 'says', 'added', 'adds', 'wrote', 'writes']);

/** Demonym adjectives ("Russian", "Ukrainian") name a side only before a noun, never alone. */
const DEMONYMS = new Set(
  countryRecords().flatMap((c) => {
    const d = c.demonyms['eng'];
    return d ? [d.m.toLowerCase(), d.f.toLowerCase()] : [];
  }),
);

interface VerbForm {
  words: string[];
  stance?: Stance;
}
const VERB_FORMS: VerbForm[] = SPEECH_VERBS.flatMap((v) => v.forms.map((f) => ({ words: f.split(' '), ...(v.stance ? { stance: v.stance } : {}) }))).sort(
  (a, b) => b.words.length - a.words.length,
);
const BODY_FORMS = BODY_NOUNS.map((b) => b.split(' ')).sort((a, b) => b.length - a.length);
/** Indices into BODY_FORMS by each form's last word, ascending: bodyEndingAt runs at every token, most of which end no form. */
const BODY_FORMS_BY_LAST = new Map<string, number[]>();
BODY_FORMS.forEach((form, i) => {
  const last = form[form.length - 1]!;
  const list = BODY_FORMS_BY_LAST.get(last);
  if (list) list.push(i);
  else BODY_FORMS_BY_LAST.set(last, [i]);
});

interface Speaker {
  surface: string;
  person?: string;
  party?: string;
  first: number;
  last: number;
  kind: 'person' | 'body';
  /** A description that refers back ("the Russian side", "the minister"). */
  anaphor?: 'side' | 'role';
  role?: string;
}

export interface StatementInput {
  /** The item's plain text: paragraphs bound how far back "he" and "the Russian side" may refer. */
  text: string;
  sentences: string[];
  tokens: Token[][];
  people: PersonSpan[][];
  dates: DateSpan[][];
  /** A person's side known from elsewhere in the item (delegations). */
  partyOf: (name: string) => string | undefined;
  /** The report's day, when its date is certain. */
  published?: ResolvedDate;
  /** The dossier's topic lexicon (topic id → phrases). */
  topics: Record<string, string[]>;
  /**
   * What `paragraphsOf(text, …)` gives, when the caller has split the text already: the line of
   * each sentence of the whole text, in order (saves splitting the text a second time).
   */
  lines?: readonly number[];
}

/** Paragraph index of each sentence (splitSentences keeps paragraph order). */
function paragraphsOf(text: string, count: number): number[] {
  const out: number[] = [];
  text.split(/\n+/).forEach((para, pi) => {
    for (const _ of splitSentences(para)) out.push(pi);
  });
  while (out.length < count) out.push(out[out.length - 1] ?? 0);
  return out;
}

/** Character ranges inside quotation marks. */
/** Quotes in a sentence; one left open (or closed without opening) runs to the sentence's edge. */
const QUOTE_RE = /“[^”]*(?:”|$)|^[^“”]*”|"[^"]*(?:"|$)/g;

function quotedRanges(s: string): [number, number][] {
  return execAll(QUOTE_RE, s).map((m) => [m.index - 1, m.index + m[0].length] as [number, number]);
}

function quoteText(s: string): string | undefined {
  const parts = execAll(QUOTE_RE, s).map((m) => m[0].replace(/["“”]/g, '').trim()).filter((q) => q.split(/\s+/).length >= 2);
  return parts.length ? parts.join(' … ') : undefined;
}

/** The verb forms by first word, each list in VERB_FORMS' order: matchVerb runs at every token. */
const VERB_FORMS_BY_FIRST = new Map<string, VerbForm[]>();
for (const f of VERB_FORMS) {
  const list = VERB_FORMS_BY_FIRST.get(f.words[0]!);
  if (list) list.push(f);
  else VERB_FORMS_BY_FIRST.set(f.words[0]!, [f]);
}

function matchVerb(tokens: Token[], i: number): VerbForm | undefined {
  const forms = VERB_FORMS_BY_FIRST.get(tokens[i]?.lower ?? '');
  if (!forms) return undefined;
  for (const f of forms) {
    if (f.words.every((w, k) => tokens[i + k]?.lower === w)) return f;
  }
  return undefined;
}

/** The body phrase ending at token j, if any: "Russia's foreign ministry", "Ukrainian officials", "the Kremlin". */
function bodyEndingAt(tokens: Token[], j: number, sentence: string, people: PersonSpan[] = []): Speaker | undefined {
  const t = tokens[j];
  if (!t?.word) return undefined;
  let start = -1;
  let noun: string | undefined;
  // Only the forms whose last word token j can be (as `lower` or, where it differs, its text lower-cased), in BODY_FORMS' order.
  const byLower = BODY_FORMS_BY_LAST.get(t.lower);
  const byText = t.text !== t.base ? BODY_FORMS_BY_LAST.get(t.text.toLowerCase()) : undefined;
  const candidates = byLower && byText ? [...new Set([...byLower, ...byText])].sort((x, y) => x - y) : (byLower ?? byText ?? []);
  for (const fi of candidates) {
    const form = BODY_FORMS[fi]!;
    const k = j - form.length + 1;
    if (k < 0) continue;
    // `lower` is `base` lower-cased: the text's own lower case can differ only where the text is not its base ("Ukraine’s").
    if (form.every((w, m) => tokens[k + m]!.lower === w || (tokens[k + m]!.text !== tokens[k + m]!.base && tokens[k + m]!.text.toLowerCase() === w))) {
      start = k;
      noun = form.join(' ');
      break;
    }
  }
  let party: string | undefined;
  if (noun) {
    let k = start - 1;
    while (k >= 0) {
      const p = tokens[k]!;
      if (p.party) party ??= p.party.name;
      else if (!BODY_MODIFIERS.has(p.lower)) break;
      k--;
    }
    start = k + 1;
    if (SIDELESS_BODIES.has(noun)) party = undefined;
  } else if (t.party) {
    // A party word alone: "the Kremlin said", "Kyiv blamed Moscow", "Russia blames". A lone
    // demonym ("Russian") is an adjective, not a speaker.
    let k = j;
    while (k - 1 >= 0 && tokens[k - 1]!.party === t.party && !tokens[k - 1]!.poss) k--;
    const words = tokens.slice(k, j + 1).map((x) => x.lower).join(' ');
    if (DEMONYMS.has(words) && !/s$/.test(words)) return undefined;
    // "Kremlin spokesperson Dmitry Peskov", "Kremlin foreign policy aide": a title, not a speaker.
    const next = tokens[j + 1];
    if (next?.word && (next.cap || ROLE_HEADS.has(next.lower) || ROLE_MODIFIERS.has(next.lower))) return undefined;
    start = k;
    party = t.party.name;
  } else {
    return undefined;
  }
  if (start > 0 && /^(?:the|a|an)$/.test(tokens[start - 1]!.lower)) start--;
  // "foreign ministry spokeswoman Maria Zakharova": the person speaks, the words before are her title.
  if (tokens[j + 1]?.cap && tokens[j + 1]!.word && !tokens[j + 1]!.party) return undefined;
  const surface = sentence.slice(tokens[start]!.start, tokens[j]!.end).replace(/^The\b/, 'the').replace(/^An?\b/, (m) => m.toLowerCase());
  const out: Speaker = { surface, first: start, last: j, kind: 'body' };
  if (party) out.party = party;
  // "Russian officials, including Foreign Minister Sergei Lavrov, have said…"
  if (tokens[j + 1]?.text === ',' && tokens[j + 2]?.lower === 'including') {
    const named = people.find((p) => p.first > j + 2 && p.first <= j + 6);
    if (named) out.person = named.name;
  }
  if (noun && SIDE_ANAPHORA.has(noun)) out.anaphor = 'side';
  return out;
}

interface Context {
  tokens: Token[];
  people: PersonSpan[];
  sentence: string;
  partyOf: (name: string) => string | undefined;
  /** Resolves "he"/"she"/"it"/"the minister" to an earlier speaker. */
  antecedent: (kind: 'person' | 'body', role?: string) => Speaker | undefined;
}

function personSpeaker(p: PersonSpan, ctx: Context): Speaker {
  const party = p.party ?? ctx.partyOf(p.name);
  return { surface: p.name, person: p.name, first: p.first, last: p.last, kind: 'person', ...(party ? { party } : {}) };
}

/** A speaker whose last token is j: a person, a body, a pronoun or "the minister". */
function speakerEndingAt(j: number, ctx: Context): Speaker | undefined {
  if (j < 0) return undefined;
  const person = ctx.people.find((p) => p.last === j);
  if (person) {
    // "remarks by Trump's envoy Steve Witkoff, who told…" is Witkoff; but "a pause agreed by Putin" names no speaker.
    return personSpeaker(person, ctx);
  }
  const t = ctx.tokens[j]!;
  const at = (a: Speaker | undefined, first = j): Speaker | undefined => (a ? { ...a, first, last: j } : undefined);
  if (t.lower === 'he' || t.lower === 'she') return at(ctx.antecedent('person'));
  if (t.lower === 'it') return at(ctx.antecedent('body'));
  if (ROLE_ANAPHORA.has(t.lower) && ctx.tokens[j - 1]?.lower === 'the') {
    const a = ctx.antecedent('person', t.lower);
    if (a) return { ...a, first: j - 1, last: j, anaphor: 'role' };
  }
  const body = bodyEndingAt(ctx.tokens, j, ctx.sentence, ctx.people);
  if (body && PREPOSITIONS.has(ctx.tokens[body.first - 1]?.lower ?? '')) return undefined;
  return body;
}

/** A speaker starting at token i ("…, said Peskov"; "according to Ukrainian officials"). */
function speakerStartingAt(i: number, ctx: Context): Speaker | undefined {
  let k = i;
  if (/^(?:the|a|an)$/.test(ctx.tokens[k]?.lower ?? '')) k++;
  const person = ctx.people.find((p) => p.first >= k && p.first <= k + 4 && ctx.tokens.slice(k, p.first).every((x) => x.word));
  if (person) return personSpeaker(person, ctx);
  for (let j = Math.min(ctx.tokens.length - 1, k + 4); j >= k; j--) {
    const b = bodyEndingAt(ctx.tokens, j, ctx.sentence, ctx.people);
    if (b && b.first <= i + 1) return b;
  }
  return undefined;
}

/** The main clause's subject: the leftmost speaker not governed by a preposition. */
function sentenceSubject(ctx: Context, before: number): Speaker | undefined {
  let best: Speaker | undefined;
  for (let j = 0; j < before; j++) {
    const s = speakerEndingAt(j, ctx);
    if (!s) continue;
    if (PREPOSITIONS.has(ctx.tokens[s.first - 1]?.lower ?? '')) continue;
    if (best && s.first > best.last) break;
    if (!best || s.first < best.first || (s.first === best.first && s.last > best.last)) best = s;
  }
  return best;
}

function inRanges(pos: number, ranges: [number, number][]): boolean {
  return ranges.some(([a, b]) => pos > a && pos < b);
}

/** The statement date: a date phrase beside the verb ("said on Saturday"), not one inside what was said. */
function dateNear(verbAt: number, tokens: Token[], dates: DateSpan[], published: ResolvedDate | undefined): ResolvedDate | undefined {
  let best: { d: DateSpan; dist: number } | undefined;
  for (const d of dates) {
    const first = tokens.findIndex((t) => t.start >= d.start);
    const last = tokens.findLastIndex((t) => t.end <= d.end);
    if (first < 0) continue;
    const before = tokens[first - 1]?.lower ?? '';
    if (/^(?:from|since|until|till|by|after|before|during|of|for|the)$/.test(before)) continue;
    // "under the 2022 package deal" dates the deal, not the words: a day, or a month after "in".
    if (d.precision === 'year' || (d.precision === 'month' && before !== 'in')) continue;
    const dist = first > verbAt ? first - verbAt : verbAt - last;
    if (dist > 8) continue;
    if (published && d.date > published.date) continue;
    if (!best || dist < best.dist) best = { d, dist };
  }
  if (best) {
    const d = best.d;
    return { date: d.date, precision: d.precision, text: d.text, ...(d.approximate ? { approximate: true } : {}) };
  }
  return published;
}

/**
 * Attribution shapes, in the order they are tried for each speech verb; each example names the
 * speaker it must yield (tests/extract/statements.test.ts runs them one by one).
 */
export const ATTRIBUTION_RULES: { id: string; shape: string; examples: { text: string; speaker: string }[] }[] = [
  {
    id: 'attribution.subject',
    shape: '<speaker> [has|also|repeatedly|…] <verb>',
    examples: [
      { text: 'Moscow has repeatedly said it would not accept troops from NATO countries in Ukraine.', speaker: 'Moscow' },
      { text: "Russia's foreign ministry said Ukraine was trying to derail the peace process.", speaker: "Russia's foreign ministry" },
      { text: '"These actions show no desire for peace," foreign ministry spokeswoman Maria Zakharova said on Saturday.', speaker: 'Maria Zakharova' },
    ],
  },
  {
    id: 'attribution.apposition',
    shape: '<speaker>, <who they are>, [who …,] <verb>',
    examples: [
      {
        text: 'The consultations were useful, Grigory Karasin, Chairman of the Committee on International Affairs, who headed the Russian delegation, told journalists.',
        speaker: 'Grigory Karasin',
      },
      { text: 'The Kremlin, however, said the arrangement would take effect only after restrictions were lifted.', speaker: 'the Kremlin' },
    ],
  },
  { id: 'attribution.inverted', shape: '"…," <verb> <speaker>', examples: [{ text: '"We will keep working," said Dmitry Peskov.', speaker: 'Dmitry Peskov' }] },
  {
    id: 'attribution.coordinated',
    shape: '<speaker> … and <verb>',
    examples: [{ text: 'Steve Witkoff has echoed Kremlin talking points and said he "liked" Russian President Vladimir Putin.', speaker: 'Steve Witkoff' }],
  },
  {
    id: 'attribution.participle',
    shape: '<speaker> …, <verb>ing …',
    examples: [{ text: 'Russia did not extend the deal in July 2023, saying the West had ignored its part.', speaker: 'Russia' }],
  },
  {
    id: 'attribution.pronoun',
    shape: 'he|she|it <verb> → the last speaker; "the minister" → the last one with that title',
    examples: [
      { text: 'Rustem Umerov said the meeting was productive. "We are working to make that goal a reality," he added.', speaker: 'Rustem Umerov' },
    ],
  },
  {
    id: 'attribution.according-to',
    shape: 'according to <speaker>, …',
    examples: [{ text: 'According to Ukrainian officials, Kyiv wants to discuss three practical tracks.', speaker: 'Ukrainian officials' }],
  },
  {
    id: 'attribution.by',
    shape: '… <verb> by <speaker>',
    examples: [{ text: 'Among the key conditions cited by the Russian side are the reconnection of Rosselkhozbank to SWIFT.', speaker: 'the Russian side' }],
  },
  {
    id: 'quote.continuation',
    shape: 'a sentence that is all quote, after a statement → the same speaker',
    examples: [{ text: 'Petr Pavel said the strikes were cynical. "It is extremely difficult to deal with such a party."', speaker: 'Petr Pavel' }],
  },
];

/** What sentence `si` may refer back to: named up to three sentences before it (a module function, not a closure per sentence). */
function near(si: number, k: { sentenceIndex: number }): boolean {
  return si - k.sentenceIndex <= 3;
}

/** Finds the statements of one item, sentence by sentence. Pure: the same input gives the same facts. */
export function findStatements(input: StatementInput): StatementFact[] {
  const out: StatementFact[] = [];
  const paragraph = input.lines ?? paragraphsOf(input.text, input.sentences.length);
  const recent: { speaker: Speaker; sentenceIndex: number }[] = [];
  const rolesSeen: { name: string; role: string; party?: string; sentenceIndex: number }[] = [];

  input.sentences.forEach((sentence, si) => {
    const tokens = input.tokens[si] ?? [];
    const people = input.people[si] ?? [];
    const quotes = quotedRanges(sentence);
    // "he added" may follow a paragraph of quotes; "the Russian side" refers back within its paragraph.
    const ctx: Context = {
      tokens,
      people,
      sentence,
      partyOf: input.partyOf,
      antecedent(kind, role) {
        if (role) {
          const hit = [...rolesSeen].reverse().find((r) => near(si, r) && r.role.split(/\s+/).includes(role));
          if (hit) return { surface: hit.name, person: hit.name, first: -1, last: -1, kind: 'person', ...(hit.party ? { party: hit.party } : {}) };
          return undefined;
        }
        const hit = [...recent].reverse().find((r) => near(si, r) && r.speaker.kind === kind);
        if (hit) return { ...hit.speaker, first: -1, last: -1 };
        if (kind === 'person') {
          // "He said…" right after a sentence naming one person, who spoke of nothing yet.
          const prevQuotes = quotedRanges(input.sentences[si - 1] ?? '');
          const prev = (input.people[si - 1] ?? []).filter((p) => !inRanges(p.start, prevQuotes));
          const names = [...new Set(prev.map((p) => p.name))];
          if (names.length === 1 && paragraph[si - 1] === paragraph[si]) return personSpeaker(prev[0]!, ctx);
        }
        return undefined;
      },
    };
    const found: { speaker: Speaker; verb: string; verbAt: number; stance?: Stance; rule: string }[] = [];
    const add = (speaker: Speaker | undefined, verb: string, verbAt: number, rule: string, stance?: Stance) => {
      if (!speaker) return;
      if (found.some((f) => f.speaker.surface === speaker.surface)) return;
      found.push({ speaker, verb, verbAt, rule, ...(stance ? { stance } : {}) });
    };

    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (!t.word) continue;
      // "according to X, …" / "…, according to X."
      if (t.lower === 'according' && tokens[i + 1]?.lower === 'to') {
        add(speakerStartingAt(i + 2, ctx), 'according to', i, 'attribution.according-to');
        continue;
      }
      const verb = matchVerb(tokens, i);
      if (!verb || (t.cap && i > 0)) continue;
      if (inRanges(t.start, quotes)) continue;
      const prev = tokens[i - 1];
      // "was reported to have been", "is said to": passive; "did not comment", "declined to say": nothing said.
      if (prev && (PASSIVE.has(prev.lower) || NEGATION.has(prev.lower) || prev.lower === 'so-called')) continue;
      const verbText = verb.words.join(' ');
      const after = i + verb.words.length;
      if (tokens[after]?.lower === 'nothing') continue;
      // "… cited by the Russian side"
      if (tokens[after]?.lower === 'by') {
        add(speakerStartingAt(after + 1, ctx), verbText, i, 'attribution.by', verb.stance);
        continue;
      }
      let j = i - 1;
      let relative = false;
      while (j >= 0 && (BETWEEN_SUBJECT_AND_VERB.has(tokens[j]!.lower) || inDate(tokens[j]!, input.dates[si] ?? []))) {
        if (tokens[j]!.lower === 'who') relative = true;
        j--;
      }
      // "…by Putin, who told Trump…": the relative pronoun's antecedent speaks.
      if (relative && tokens[j]?.text === ',') {
        const s = speakerEndingAt(j - 1, ctx) ?? (ctx.people.find((p) => p.last === j - 1) ? undefined : undefined);
        if (s) {
          add(s, verbText, i, 'attribution.apposition', verb.stance);
          continue;
        }
      }
      const direct = speakerEndingAt(j, ctx);
      if (direct) {
        add(direct, verbText, i, direct.kind === 'person' && ['he', 'she'].includes(tokens[j]!.lower) ? 'attribution.pronoun' : 'attribution.subject', verb.stance);
        continue;
      }
      const tj = tokens[j];
      if (!tj) continue;
      // "The Russian president, Vladimir Putin, said…": the name closes the apposition.
      if (tj.text === ',') {
        const closing = ctx.people.find((p) => p.last === j - 1);
        if (closing && tokens[closing.first - 1]?.text === ',') {
          add(personSpeaker(closing, ctx), verbText, i, 'attribution.apposition', verb.stance);
          continue;
        }
      }
      if (tj.text === ',' && /ing$/.test(verb.words[0]!)) {
        add(sentenceSubject(ctx, j), verbText, i, 'attribution.participle', verb.stance);
        continue;
      }
      if (tj.lower === 'and' || tj.lower === 'but') {
        add(sentenceSubject(ctx, j), verbText, i, 'attribution.coordinated', verb.stance);
        continue;
      }
      if (tj.text === ',' || QUOTE_CHARS.test(tj.text)) {
        // Inverted: '"…," said Peskov.'
        const inverted = INVERTING.has(verbText) ? speakerStartingAt(after, ctx) : undefined;
        if (inverted && inverted.first <= after + 1) {
          add(inverted, verbText, i, 'attribution.inverted', verb.stance);
          continue;
        }
        // Apposition: walk back over up to three comma groups to the speaker before them.
        let c = j;
        for (let groups = 0; groups < 3 && c > 0; groups++) {
          let k = c - 1;
          while (k >= 0 && tokens[k]!.text !== ',' && !QUOTE_CHARS.test(tokens[k]!.text) && !matchVerb(tokens, k)) k--;
          if (k < 0 || tokens[k]!.text !== ',') break;
          const s = speakerEndingAt(k - 1, ctx);
          if (s) {
            add(s, verbText, i, 'attribution.apposition', verb.stance);
            break;
          }
          c = k;
        }
      }
    }

    // A sentence that is all quote continues the previous sentence's speaker.
    if (found.length === 0 && (/^["“]/.test(sentence.trim()) || opensBefore(sentence))) {
      const last = recent[recent.length - 1];
      if (last && last.sentenceIndex === si - 1) found.push({ speaker: last.speaker, verb: 'said', verbAt: 0, rule: 'quote.continuation' });
    }

    // What the sentence itself says (its quote, stances, topics) is the same for each of its speakers.
    let said: { quote: string | undefined; stances: Stance[]; topics: string[] } | undefined;
    for (const f of found) {
      let speaker = f.speaker;
      // "the Russian side" in a paragraph of a Russian speaker's words is that speaker's position.
      if (speaker.anaphor === 'side' && speaker.party) {
        const back = [...recent].reverse().find((r) => near(si, r) && paragraph[r.sentenceIndex] === paragraph[si] && r.speaker.kind === 'person' && r.speaker.party === speaker.party);
        if (back?.speaker.person) speaker = { ...speaker, person: back.speaker.person };
      }
      said ??= { quote: quoteText(sentence), stances: stancesOf(sentence), topics: Object.keys(topicHits(sentence.toLowerCase(), input.topics)) };
      const quote = said.quote;
      const stances = new Set<Stance>(said.stances);
      if (f.stance) stances.add(f.stance);
      const date = dateNear(f.verbAt, tokens, input.dates[si] ?? [], input.published);
      const fact: StatementFact = {
        speaker: speaker.surface,
        mode: quote ? 'direct' : 'reported',
        verb: f.verb,
        stances: STANCES.filter((s) => stances.has(s)),
        topics: [...said.topics],
        rule: f.rule,
        sentenceIndex: si,
        evidence: sentence,
      };
      if (speaker.person) fact.person = speaker.person;
      if (si > 0 && paragraph[si - 1] === paragraph[si]) fact.context = input.sentences[si - 1]!;
      if (speaker.party) fact.party = speaker.party;
      if (quote) fact.quote = quote;
      if (date) fact.date = date;
      out.push(fact);
      recent.push({ speaker, sentenceIndex: si });
    }
    for (const p of people) if (p.role) rolesSeen.push({ name: p.name, role: p.role.title.toLowerCase(), sentenceIndex: si, ...(p.party ? { party: p.party } : {}) });
  });
  return out;
}

/** A closing quote with no opening one: the quote began in the sentence before. */
function opensBefore(s: string): boolean {
  const open = (s.match(/“/g) ?? []).length;
  const close = (s.match(/”/g) ?? []).length;
  if (close > open) return true;
  const straight = (s.match(/"/g) ?? []).length;
  const at = s.indexOf('"');
  // An odd straight quote that closes (a word before it, none after) ends a quote begun earlier.
  return straight % 2 === 1 && at > 0 && /\S/.test(s[at - 1]!) && !/\w/.test(s[at + 1] ?? '');
}

function inDate(t: Token, dates: DateSpan[]): boolean {
  return dates.some((d) => t.start >= d.start && t.end <= d.end) || (t.lower === 'on' && dates.some((d) => d.start === t.end + 1));
}
