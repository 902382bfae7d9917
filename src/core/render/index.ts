/** The renderers: one neutral Doc in, Markdown / Slack / Discord payloads out. */
export * from './doc.js';
export { renderMarkdown } from './markdown.js';
export { renderSlack, type SlackBlock, type SlackMessage } from './slack.js';
export { renderDiscord, type DiscordEmbed, type DiscordEmbedField, type DiscordMessage } from './discord.js';
export * from './limits.js';
export * from './sanitize.js';
