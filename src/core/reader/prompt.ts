import { READING_SCHEMA_NAME, readingJsonSchema } from './schema.js';

/**
 * The prompt, versioned: a cached reading is reused only for the same (content hash, model,
 * prompt version), so changing the words below must change PROMPT_VERSION.
 */
export const PROMPT_VERSION = 'reading-1';

const INSTRUCTIONS = `You read one news item about diplomatic negotiations and list, as JSON, only what its text states:
- people: each person named, with the title and the side (country or party) the text gives them.
- delegations: each side's delegation to talks, its leaders (only where the text says they lead or head it) and members, and the round it attends.
- rounds: each round of talks, its place, its date and whether it was held or is scheduled.
Rules:
- Copy names exactly as written in the text, and each "evidence" exactly as written: the sentence, or the lines of a list, that states the fact. Do not paraphrase, translate or correct them.
- A date is YYYY-MM-DD, resolved from the text (relative words such as "on Sunday" against the publication date given), and only when the evidence states it; otherwise null.
- A side is a country or party name (Ukraine, United States, Russia, European Union), only when the text gives it.
- Leave out anything the text does not state. Empty lists are fine.
Answer with the JSON object only.`;

export interface PromptItem {
  title: string;
  text: string;
  /** ISO time the item was published, when known: the reference for relative dates. */
  published: string | null;
}

export interface ChatMessage {
  role: 'system' | 'user';
  content: string;
}

/** The system message with the JSON Schema spelled out: for servers that cannot take it as `response_format`. */
export function withSchemaInPrompt(messages: ChatMessage[]): ChatMessage[] {
  if (messages[0]?.content.includes(READING_SCHEMA_NAME)) return messages;
  const note = `\nThe JSON object must match this JSON Schema (${READING_SCHEMA_NAME}):\n${JSON.stringify(readingJsonSchema())}`;
  return messages.map((m, i) => (i === 0 ? { ...m, content: `${m.content}${note}` } : m));
}

/** The messages for one item. With `schemaInPrompt`, the JSON Schema goes in the system message (JSON mode or none). */
export function readingMessages(item: PromptItem, opts: { schemaInPrompt: boolean }): ChatMessage[] {
  const published = item.published ? `Published: ${item.published.slice(0, 10)} (${weekday(item.published)})\n` : 'Published: unknown\n';
  const messages: ChatMessage[] = [
    { role: 'system', content: INSTRUCTIONS },
    { role: 'user', content: `${published}Title: ${item.title}\n\n${item.text}` },
  ];
  return opts.schemaInPrompt ? withSchemaInPrompt(messages) : messages;
}

function weekday(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? 'unknown' : d.toLocaleDateString('en-GB', { weekday: 'long', timeZone: 'UTC' });
}

/** A rough token count for budgeting before the endpoint reports the real one (about four characters a token). */
export function estimateTokens(messages: ChatMessage[], maxOutputTokens: number): number {
  let chars = 0;
  for (const m of messages) chars += m.content.length;
  return Math.ceil(chars / 4) + maxOutputTokens;
}
