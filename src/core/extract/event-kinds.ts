/**
 * What a sentence says happened to the negotiation, as a table of rules: each rule is a sentence
 * shape with the development it reports (a round held, a meeting scheduled, an agreement signed,
 * a refusal, an accusation…) and the stored event kind that goes with it. Extraction uses the
 * kind (`classify` in events.ts); the briefing uses the development to decide a track's status.
 *
 * Order matters: the first rule whose shape matches wins. Hedged and forward-looking shapes
 * (analysts' speculation, previews of what talks "would focus on") come first, so that "a deal
 * could be signed" is never read as a signing. Each rule's `examples` must classify to it and its
 * `counterExamples` must not (tests/extract/event-kinds.test.ts runs them all).
 */
import type { EventKind } from './types.js';
import { MAX_SENTENCE } from './sentences.js';

/** What a sentence reports about the negotiation. */
export type Development =
  | 'speculation'
  | 'preview'
  | 'walk-out'
  | 'suspension'
  | 'refusal'
  | 'signed'
  | 'announced'
  | 'accusation'
  | 'held'
  | 'scheduled'
  | 'proposal'
  | 'demand';

export interface EventKindRule {
  /** Stable id, shown by `parley briefing --explain`. */
  id: string;
  development: Development;
  /** The stored event kind of a dated sentence of this shape. */
  kind: EventKind;
  /** The sentence shape (case-insensitive). */
  shape: RegExp;
  examples: string[];
  counterExamples?: string[];
}

const TALKS = '(?:talks|negotiations|meeting|round|consultations|discussions|summit)';
const ACCORD = '(?:agreements?|deals?|accords?|memorand(?:um|a)|treat(?:y|ies)|declarations?|frameworks?|protocols?|ceasefires?|truces?|moratori(?:um|a)|initiatives?)';

export const EVENT_KIND_RULES: readonly EventKindRule[] = [
  {
    id: 'speculation.analysts',
    development: 'speculation',
    kind: 'statement',
    shape: /\b(?:analysts?|experts?|observers|commentators)\s+(?:say|said|says|believe[sd]?|expect(?:ed|s)?|warn(?:ed|s)?|suggest(?:ed|s)?|think|thought|caution(?:ed|s)?|predict(?:ed|s)?|note[sd]?)\b|\bspeculat\w*|\brumou?rs?\b/i,
    examples: [
      'Analysts say a maritime deal could be easier to reach than a full truce, since both sides have an interest in safe shipping.',
      'Analysts cautioned that previous pauses in the fighting had collapsed within days amid mutual accusations.',
    ],
    counterExamples: ['US and Ukrainian delegations met in Riyadh on Sunday.'],
  },
  {
    id: 'talks.preview',
    development: 'preview',
    kind: 'talks',
    shape: new RegExp(
      String.raw`\b(?:would|will|is to|are to|is expected to|are expected to|is set to|are set to|is likely to|are likely to)\s+(?:then\s+)?(?:focus|concentrate|centre|center)\s+on\b` +
        String.raw`|\bon the agenda\b|\bexpected to (?:discuss|address|cover|tackle)\b` +
        String.raw`|\b${TALKS}\s+would\s+(?:then\s+)?(?:move|turn|shift|proceed)\s+to\b|\bmain (?:topic|item|issue|subject)\b`,
      'i',
    ),
    examples: [
      'US National Security Adviser Mike Waltz told the CBS network on Sunday that the talks in Riyadh would focus on a maritime ceasefire.',
      'Talks would then move to the “line of control”, including details of peacekeeping and verification mechanisms, Waltz said.',
      'The Kremlin has described the planned U.S.-Russian meeting in Riyadh on March 24 as a technical discussion that would focus on shipping in the Black Sea.',
    ],
    counterExamples: ['The talks focused on energy, Umerov said after the meeting on Sunday.'],
  },
  {
    id: 'talks.walk-out',
    development: 'walk-out',
    kind: 'refusal',
    shape: new RegExp(
      String.raw`\bwalk(?:ed|s|ing)? out\b|\bwalkout\b|\bstormed out\b|\bleft the (?:talks|negotiating table|table|room)\b` +
        String.raw`|\bbr(?:oke|eaks|eaking) off (?:the\s+)?${TALKS}|\bcall(?:ed|s|ing)? off (?:the\s+)?(?:\w+\s+){0,2}${TALKS}|\bcancel(?:l?ed|s|l?ing)? (?:the\s+)?(?:\w+\s+){0,2}${TALKS}`,
      'i',
    ),
    examples: [
      'The Russian delegation walked out of the talks in Istanbul on Friday after two hours.',
      'Moscow called off the planned meeting in Geneva on Tuesday.',
    ],
  },
  {
    id: 'agreement.suspension',
    development: 'suspension',
    kind: 'refusal',
    shape: new RegExp(
      String.raw`\b(?:suspend(?:ed|s|ing)?|froze|freez(?:es|ing)|withdr(?:ew|aws|awn|awing) from|pull(?:ed|s|ing)? out of|quit|exit(?:ed|s)?|abandon(?:ed|s|ing)?|tore up|scrapp(?:ed|ing)|scraps)\b(?:\s+(?:its|their|the|a|an|his|her|from|participation|in|of|\w+-\w+)){0,4}\s+(?:\w+\s+){0,2}(?:${TALKS}|${ACCORD}|participation|grain deal)\b`,
      'i',
    ),
    examples: [
      'Russia suspended its participation in the Black Sea grain deal on 17 July.',
      'Kyiv pulled out of the talks on Monday, citing continued strikes.',
    ],
    counterExamples: ['Washington resumed military aid and intelligence sharing that had been severed last month.'],
  },
  {
    id: 'position.refusal',
    development: 'refusal',
    kind: 'refusal',
    shape: new RegExp(
      String.raw`\b(?:reject(?:ed|s|ing)?|refus(?:ed|es|ing)|turn(?:ed|s)? down|dismiss(?:ed|es)|rul(?:ed|es) out)\b[^;]{0,60}?\b(?:proposals?|plans?|offers?|deals?|ceasefire|truce|terms|demands?|conditions|agreement|${TALKS}|initiative|framework|memorandum|request|ultimatum)\b` +
        String.raw`|\b(?:refus(?:ed|es|ing)|declin(?:ed|es|ing)) to (?:sign|join|accept|attend|meet|negotiate|endorse|back|agree|take part)\b`,
      'i',
    ),
    examples: [
      'Putin rejected the broader U.S. proposal for a full 30-day ceasefire on March 18.',
      'Moscow refused to sign the joint statement on Tuesday.',
    ],
    counterExamples: ['Kyiv rejected the accusation over Sudzha on Saturday, saying Russian forces had shelled the station themselves.'],
  },
  {
    id: 'agreement.signed',
    development: 'signed',
    kind: 'agreement',
    shape: new RegExp(String.raw`\b(?:signed|initial(?:l)?ed|ratified|inked)\b[^;]{0,60}?\b(?:${ACCORD}|document|statement)\b|\b${ACCORD}\s+(?:was|were|has been|have been)\s+signed\b`, 'i'),
    examples: ['Ukraine and the United States signed the minerals agreement in Washington on 30 April.'],
    counterExamples: ['The two sides are expected to sign a memorandum next week.'],
  },
  {
    id: 'agreement.announced',
    development: 'announced',
    kind: 'agreement',
    shape: new RegExp(
      String.raw`(?<!\b(?:not|never)\s)\bagreed\s+(?:only\s+|in principle\s+)?(?:to|on|that)\b|\breached (?:an?\s+|the\s+)?(?:\w+\s+){0,2}(?:agreements?|deals?|understandings?|accords?)\b` +
        String.raw`|\bannounced (?:an?\s+|the\s+)?(?:\w+\s+){0,2}${ACCORD}\b|\b(?:agreement|deal) (?:was|has been) reached\b`,
      'i',
    ),
    examples: [
      'In two statements issued on Tuesday, the White House said the sides had agreed to "ensure safe navigation" in the Black Sea.',
      'Both sides agreed on Monday to work on an energy truce.',
      'The United States says it has reached separate agreements with Ukraine and Russia to ensure safe navigation in the Black Sea.',
    ],
    counterExamples: ['The sides could agree on a maritime truce next week, diplomats hope.'],
  },
  {
    id: 'claim.accusation',
    development: 'accusation',
    kind: 'statement',
    shape: /\baccus(?:ed|es|ing|ations?)\b|\bblam(?:ed|es|ing)\b|\btrade[sd]? blame\b|\balleg(?:ed|es|ing)\b|\bcharged that\b/i,
    examples: [
      'Russia and Ukraine have accused each other of breaking a United States-backed pause on attacks against energy facilities.',
      'Kyiv blamed Moscow for the Sudzha attack on Saturday.',
    ],
  },
  {
    id: 'talks.held',
    development: 'held',
    kind: 'talks',
    shape: new RegExp(
      String.raw`(?<!\b(?:not|never)\s)\bmet\b(?!\s+(?:with\s+)?(?:criticism|resistance|scepticism|skepticism|opposition|silence))|\bheld (?:\w+\s+){0,3}(?:talks|a meeting|meetings|a round|consultations|negotiations|discussions)\b` +
        String.raw`|\b${TALKS}\s+(?:\S+\s+){0,8}?(?:took place|(?:have |has |had )?(?:ended|finished|concluded|wrapped up)|(?:were|was) held|lasted)\b` +
        String.raw`|\b(?:began|opened|started) (?:\w+\s+){0,2}${TALKS}|\bsat down\b`,
      'i',
    ),
    examples: [
      'Ukrainian and U.S. delegations held technical talks in Riyadh, Saudi Arabia, on March 23.',
      'The talks between the Ukrainian and American delegations in Riyadh have finished late on Sunday evening.',
      'US and Russian officials began talks in the Saudi capital, Riyadh, on Monday.',
    ],
    counterExamples: ['U.S. officials are due to meet a Russian delegation in Riyadh on March 24.'],
  },
  {
    id: 'talks.scheduled',
    development: 'scheduled',
    kind: 'talks',
    shape: new RegExp(
      String.raw`\b(?:will|to)\s+(?:meet|hold (?:\w+\s+){0,2}(?:talks|a meeting|a round|consultations)|resume (?:the\s+)?talks)\b` +
        String.raw`|\b(?:planned|scheduled|upcoming|next|separate)\s+(?:\S+\s+){0,2}?(?:meeting|talks|round|summit)\b|\b${TALKS}\s+(?:is|are|was|were)\s+(?:planned|scheduled|set)\b`,
      'i',
    ),
    examples: [
      'U.S. officials are due to meet a Russian delegation in Riyadh on March 24.',
      'A separate US–Russian meeting is planned in the Saudi capital on Monday.',
      'The Americans will meet the Russian delegation in Riyadh on Monday, 24 March.',
    ],
  },
  {
    id: 'position.proposal',
    development: 'proposal',
    kind: 'statement',
    shape: /\b(?:propos(?:ed|es|ing)|offer(?:ed|s)|put forward|tabled|floated)\b/i,
    examples: ['Putin instead offered only a 30-day pause on strikes against energy infrastructure on March 18.'],
  },
  {
    id: 'position.demand',
    development: 'demand',
    kind: 'statement',
    shape: /\bdemand(?:ed|s|ing)?\b|\binsist(?:ed|s|ing)? (?:on|that)\b|\bas a (?:pre)?condition\b/i,
    examples: ['Moscow insists on keeping the regions it claims, the Kremlin said on Friday.'],
  },
];

/**
 * The first rule (in table order) whose shape the sentence has, or undefined. No pre-filter:
 * measured on a day of 13,000 report sentences, testing the twelve shapes in turn (26 ms) was
 * cheaper than any cue scan in front of them (a word-start cue index: 70 ms; one alternation of
 * the cues: 35 ms), since two sentences in three hold some cue anyway.
 */
export function matchEventKind(sentence: string): EventKindRule | undefined {
  // The shapes have bounded gaps; a sentence cut to extraction's own limit keeps each test linear.
  const s = sentence.length > MAX_SENTENCE ? sentence.slice(0, MAX_SENTENCE) : sentence;
  for (const rule of EVENT_KIND_RULES) if (rule.shape.test(s)) return rule;
  return undefined;
}

/**
 * The stored kind of a dated sentence. A call or a prisoner exchange is an event of its own whose identity merges outlets' reports
 * ("Putin, in a phone call with Trump on March 18, agreed only to…" is the call): the keyword
 * kind stays. Otherwise the sentence's shape decides the kind, else the keyword kind.
 */
const KEYWORD_KINDS_KEPT: ReadonlySet<EventKind> = new Set(['call', 'prisoner-exchange']);

export function eventKindOf(sentence: string, keywordKind: EventKind): EventKind {
  if (KEYWORD_KINDS_KEPT.has(keywordKind)) return keywordKind;
  const rule = matchEventKind(sentence);
  if (!rule) return keywordKind;
  // Talks reported as held stay a meeting, whatever was refused or agreed at it; so do talks
  // proposed for a place and day ("Putin proposed opening direct talks in Istanbul on May 15").
  if (keywordKind === 'talks' && rule.kind !== 'talks' && (rule.development === 'proposal' || HELD.shape.test(sentence.slice(0, MAX_SENTENCE))))
    return 'talks';
  return rule.kind;
}

const HELD = EVENT_KIND_RULES.find((r) => r.id === 'talks.held') as EventKindRule;
