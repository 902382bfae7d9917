import { z } from 'zod';

/**
 * The one contract every model answer is checked against, fake or real: people, delegations and
 * rounds, each with the words of the item that say so (`evidence`). The same zod schema is sent
 * to the endpoint as JSON Schema (`response_format: json_schema`) and validates the answer either
 * way. Nothing here is trusted yet: `gate.ts` decides what the item's text supports.
 */

/** ISO day, or null when the text gives none. */
const IsoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD');

export const ModelPerson = z.object({
  name: z.string().describe('The name exactly as the text writes it'),
  title: z.string().nullable().describe('The role or office the text gives them, or null'),
  side: z.string().nullable().describe('The country or party they act for, e.g. Ukraine, United States, Russia; null when the text does not say'),
  evidence: z.string().describe('The sentence (or the part of it) that names them, copied exactly'),
});

export const ModelDelegation = z.object({
  side: z.string().describe('The country or party the delegation represents'),
  round: z
    .object({
      place: z.string().nullable().describe('City or country of the talks as the text writes it, or null'),
      date: IsoDay.nullable().describe('The day of the talks (YYYY-MM-DD) when the text states it, or null'),
    })
    .nullable()
    .describe('The round of talks the delegation attends, or null'),
  leaders: z.array(z.string()).describe('Names the text says lead or head the delegation'),
  members: z.array(z.string()).describe('Other names the text places on the delegation'),
  evidence: z.string().describe('The sentence (or lines) that say who is on the delegation, copied exactly'),
});

export const ModelRound = z.object({
  place: z.string().nullable().describe('City (or country) of the talks as the text writes it, or null'),
  date: IsoDay.nullable().describe('The day of the talks (YYYY-MM-DD) when the text states it, or null'),
  status: z.enum(['held', 'scheduled']).describe('held: took place or under way; scheduled: still to come'),
  evidence: z.string().describe('The sentence that says where or when the talks are, copied exactly'),
});

export const ModelReading = z.object({
  people: z.array(ModelPerson),
  delegations: z.array(ModelDelegation),
  rounds: z.array(ModelRound),
});

export type ModelPerson = z.infer<typeof ModelPerson>;
export type ModelDelegation = z.infer<typeof ModelDelegation>;
export type ModelRound = z.infer<typeof ModelRound>;
export type ModelReading = z.infer<typeof ModelReading>;

/** The schema's name in the request (`response_format.json_schema.name`). */
export const READING_SCHEMA_NAME = 'parley_reading';

/**
 * The JSON Schema the request carries. zod 4 writes every property as required and closes each
 * object (`additionalProperties: false`), which is what OpenAI's strict mode asks for; the
 * `$schema` line is dropped because some servers refuse keys they do not know.
 */
export function readingJsonSchema(): Record<string, unknown> {
  const { $schema: _ignored, ...schema } = z.toJSONSchema(ModelReading, { target: 'draft-7', io: 'output' }) as Record<string, unknown>;
  return schema;
}

/** Why an answer was not a reading: unparseable JSON, or JSON that breaks the contract. */
export class MalformedAnswer extends Error {
  override readonly name = 'MalformedAnswer';
}

/**
 * Parses an answer's text into a reading. Tolerates what compatible servers wrap JSON in (a
 * ```json fence, text around the object); anything else that is not the contract is malformed.
 */
export function parseReading(content: string): ModelReading {
  const text = content.trim();
  const start = text.indexOf('{');
  const end = text.lastIndexOf('}');
  if (start < 0 || end < start) throw new MalformedAnswer('no JSON object in the answer');
  let json: unknown;
  try {
    json = JSON.parse(text.slice(start, end + 1));
  } catch (err) {
    throw new MalformedAnswer(`not JSON (${(err as Error).message.slice(0, 80)})`);
  }
  const parsed = ModelReading.safeParse(json);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new MalformedAnswer(`not the reading schema (${first ? `${first.path.join('.') || '(root)'}: ${first.message}` : 'invalid'})`);
  }
  return parsed.data;
}
