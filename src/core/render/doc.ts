/**
 * The platform-neutral answer. Every core answer (query results, briefings, errors, help)
 * is a Doc; one renderer per platform turns it into Markdown, Slack Block Kit or Discord
 * messages. Text in a Doc is plain, untrusted text: renderers escape it for their platform,
 * so feed text can never ping anyone or inject formatting.
 */

export interface Span {
  text: string;
  bold?: boolean;
  italic?: boolean;
  /** http(s) URL only; renderers drop any other scheme. */
  link?: string;
}

export interface DocSource {
  title: string;
  url: string;
  outlet?: string;
  published?: string;
}

export type DocBlock =
  | { type: 'heading'; text: string }
  | { type: 'paragraph'; spans: Span[] }
  | { type: 'list'; items: Span[][] }
  | { type: 'fields'; fields: { name: string; value: Span[] }[] }
  | { type: 'sources'; sources: DocSource[] }
  | { type: 'context'; spans: Span[] }
  | { type: 'divider' };

export interface Doc {
  /** Shown as a header (Slack header block, Discord embed title, Markdown `#`). */
  title?: string;
  /** Plain one-line fallback: notification text, Slack `text`. */
  summary: string;
  blocks: DocBlock[];
  /** Errors and refusals: only the asker sees them where the platform allows. */
  ephemeral?: boolean;
}

export const span = (text: string, marks: Omit<Span, 'text'> = {}): Span => ({ text, ...marks });
