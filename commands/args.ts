import { z } from 'zod';
import { UserError } from '../src/core/index.js';
import { allOptions, type CommandDef, type LeafDef, type OptionMap, type OptionSpec, usage } from './define.js';

/** Arguments as a platform hands them over: Discord's typed options, or what the Slack parser made of text. */
export type RawArgs = Record<string, unknown>;

/** A call before validation: which subcommand (for groups) and the raw options. */
export interface RawCall {
  subcommand?: string;
  args: RawArgs;
}

/** A leaf ready to run: resolved subcommand, typed and checked args. */
export interface ValidCall {
  command: CommandDef;
  leaf: LeafDef;
  subcommand?: string;
  args: Record<string, unknown>;
  /** `/who-leads` or `/parley help`, for messages and logs. */
  label: string;
}

// Slack and phones turn quotes into curly ones and `--` into dashes; accept what people actually send.
const QUOTES: Record<string, string> = { '"': '"', "'": "'", '“': '”', '‘': '’', '„': '“' };
const KEY_VALUE_RE = /^([a-z][a-z0-9-]*):(.*)$/s;
const FLAG_RE = /^(?:--|—|–)([a-z][a-z0-9-]*)(?:=(.*))?$/s;

interface Token {
  text: string;
  /** A quoted token is never read as `key:value` or `--flag`. */
  quoted: boolean;
}

/** Splits on whitespace, keeping quoted runs (also inside `actor:"Keir Starmer"`) together. */
export function tokenize(input: string): Token[] {
  const tokens: Token[] = [];
  let cur = '';
  let quoted = false;
  let inToken = false;
  let i = 0;
  while (i < input.length) {
    const ch = input[i] as string;
    const close = QUOTES[ch];
    if (close !== undefined && (cur === '' || /[:=]$/.test(cur))) {
      const end = input.indexOf(close, i + 1);
      if (end !== -1) {
        // A token that starts with a quote is plain text; `actor:"Keir Starmer"` stays a key:value.
        if (cur === '') quoted = true;
        cur += input.slice(i + 1, end);
        inToken = true;
        i = end + 1;
        continue;
      }
    }
    if (/\s/.test(ch)) {
      if (inToken) tokens.push({ text: cur, quoted });
      cur = '';
      quoted = false;
      inToken = false;
    } else {
      cur += ch;
      inToken = true;
    }
    i += 1;
  }
  if (inToken) tokens.push({ text: cur, quoted });
  return tokens;
}

/** Finds the leaf a call runs, or says which subcommands exist. */
export function resolveLeaf(command: CommandDef, subcommand: string | undefined): { leaf: LeafDef; subcommand?: string } {
  if (command.kind === 'leaf') return { leaf: command };
  const name = subcommand ?? command.defaultSubcommand;
  const leaf = command.subcommands[name];
  if (!leaf) {
    const known = Object.keys(command.subcommands);
    const near = closest(name, known);
    throw new UserError(
      `Unknown subcommand \`${name}\` of /${command.name}.` +
        (near ? ` Did you mean \`${near}\`?` : '') +
        ` Try: ${known.map((s) => `/${command.name} ${s}`).join(', ')}`,
      { suggestions: near ? [near] : known },
    );
  }
  return { leaf, subcommand: name };
}

/**
 * The one Slack/shell text parser: `Ukraine round:Riyadh`, `actor:"Keir Starmer"`, `--round Riyadh`,
 * `--public`. Words that are not `key:value` fill the required options in order (the last one takes
 * the remaining words, so `United States` stays one party), then the option marked `rest`.
 * For groups, the first word names the subcommand.
 */
export function parseText(command: CommandDef, text: string): RawCall {
  let tokens = tokenize(text.trim());
  let subcommand: string | undefined;
  if (command.kind === 'group') {
    const first = tokens[0];
    if (first && !first.quoted && !KEY_VALUE_RE.test(first.text) && !FLAG_RE.test(first.text)) {
      subcommand = first.text.toLowerCase();
      tokens = tokens.slice(1);
    }
  }
  const { leaf } = resolveLeaf(command, subcommand);
  const options = allOptions(leaf);
  const restName = Object.entries(options).find(([, o]) => o.rest)?.[0];
  // A required free-text option (a question) keeps `word:value` as words: "what changed at 10:00 in Riyadh".
  const freeText = restName !== undefined && options[restName]?.required === true;

  const args: RawArgs = {};
  const positionals: string[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const tok = tokens[i] as Token;
    if (!tok.quoted) {
      const flag = FLAG_RE.exec(tok.text);
      if (flag) {
        const key = flag[1] as string;
        const spec = options[key];
        if (flag[2] !== undefined) {
          args[key] = flag[2];
        } else if (spec?.type === 'boolean') {
          const next = tokens[i + 1];
          if (next && /^(true|false|yes|no)$/i.test(next.text)) {
            args[key] = next.text;
            i += 1;
          } else {
            args[key] = 'true';
          }
        } else {
          const next = tokens[i + 1];
          args[key] = next ? next.text : '';
          if (next) i += 1;
        }
        continue;
      }
      const kv = KEY_VALUE_RE.exec(tok.text);
      if (kv && (options[kv[1] as string] !== undefined || !freeText)) {
        args[kv[1] as string] = kv[2];
        continue;
      }
    }
    positionals.push(tok.text);
  }

  // Bare words with an option's shape ("07:30", "Europe/Kyiv") go to that option.
  for (let i = positionals.length - 1; i >= 0; i--) {
    const word = positionals[i] as string;
    const takers = Object.entries(options).filter(
      ([name, o]) => o.type === 'string' && o.shape?.test(word) === true && args[name] === undefined,
    );
    if (takers.length === 1) {
      args[takers[0]![0]] = word;
      positionals.splice(i, 1);
    }
  }

  if (positionals.length > 0) {
    const fillable = Object.entries(options)
      .filter(([name, o]) => o.required && args[name] === undefined)
      .map(([name]) => name);
    if (restName && args[restName] === undefined && !fillable.includes(restName)) fillable.push(restName);
    // A command with a single text option takes it bare: `/brief 2025-03-24`.
    if (fillable.length === 0) {
      const single = Object.entries(options).filter(([name, o]) => name !== 'public' && o.type !== 'boolean' && !(o.type === 'string' && o.named));
      if (single.length === 1 && args[single[0]![0]] === undefined) fillable.push(single[0]![0]);
    }
    if (fillable.length === 0) {
      throw new UserError(
        `I don't know where \`${positionals.join(' ')}\` goes. Name the option, e.g. ${usage(command.name, leaf, subcommand)}`,
      );
    }
    fillable.forEach((name, idx) => {
      if (idx >= positionals.length) return;
      const last = idx === fillable.length - 1;
      args[name] = last ? positionals.slice(idx).join(' ') : positionals[idx];
    });
  }
  return subcommand === undefined ? { args } : { subcommand, args };
}

function isRealDate(s: string): boolean {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

function shown(v: unknown): string {
  const s = typeof v === 'string' ? v : JSON.stringify(v);
  return s.length > 40 ? `${s.slice(0, 40)}…` : s;
}

function schemaFor(name: string, o: OptionSpec, example: string): z.ZodType {
  const hint = ` Try: ${example}`;
  let s: z.ZodType;
  if (o.type === 'string') {
    let str = z.string({ error: (iss) => `\`${name}\` must be text, got \`${shown(iss.input)}\`.${hint}` }).trim();
    str = str.min(o.required ? 1 : 0, { error: `\`${name}\` is empty.${hint}` });
    if (o.maxLength !== undefined) {
      const max = o.maxLength;
      str = str.max(max, {
        error: (iss) => `\`${name}\` is too long: ${String(iss.input ?? '').length} characters, at most ${max}.`,
      });
    }
    s = str;
    if (o.format === 'date') {
      s = str.refine((v) => v === '' || (/^\d{4}-\d{2}-\d{2}$/.test(v) && isRealDate(v)), {
        error: (iss) => `\`${name}\` must be a date as YYYY-MM-DD, got \`${shown(iss.input)}\`.${hint}`,
      });
    }
    // An empty optional value (`round:`) means "not given".
    if (!o.required) s = s.transform((v) => (v === '' ? undefined : v));
  } else if (o.type === 'integer') {
    let int = z.number({ error: (iss) => `\`${name}\` must be a whole number, got \`${shown(iss.input)}\`.${hint}` }).int({
      error: (iss) => `\`${name}\` must be a whole number, got \`${shown(iss.input)}\`.${hint}`,
    });
    if (o.min !== undefined) int = int.min(o.min, { error: `\`${name}\` must be at least ${o.min}.${hint}` });
    if (o.max !== undefined) int = int.max(o.max, { error: `\`${name}\` must be at most ${o.max}.${hint}` });
    s = z.preprocess((v) => (typeof v === 'string' && /^\s*-?\d+\s*$/.test(v) ? Number(v) : v), int);
  } else {
    s = z.preprocess(
      (v) => {
        if (typeof v !== 'string') return v;
        if (/^(true|yes|1|on)$/i.test(v.trim())) return true;
        if (/^(false|no|0|off)$/i.test(v.trim())) return false;
        return v;
      },
      z.boolean({ error: (iss) => `\`${name}\` must be true or false, got \`${shown(iss.input)}\`.${hint}` }),
    );
  }
  return o.required ? s : s.optional();
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    let prev = row[0] as number;
    row[0] = i;
    for (let j = 1; j <= b.length; j += 1) {
      const tmp = row[j] as number;
      row[j] = Math.min((row[j] as number) + 1, (row[j - 1] as number) + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length] as number;
}

function closest(word: string, candidates: string[]): string | undefined {
  let best: string | undefined;
  let bestD = Number.POSITIVE_INFINITY;
  for (const c of candidates) {
    const d = distance(word, c);
    if (d < bestD) {
      best = c;
      bestD = d;
    }
  }
  return bestD <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
}

/** An example that shows `option`, else the canonical one. */
function exampleFor(commandName: string, leaf: LeafDef, subcommand: string | undefined, option?: string): string {
  const head = subcommand ? `/${commandName} ${subcommand}` : `/${commandName}`;
  const withOption = option ? leaf.examples.find((e) => e.includes(`${option}:`)) : undefined;
  if (withOption) return `${head} ${withOption}`;
  return usage(commandName, leaf, subcommand);
}

/**
 * The one validator for every platform, so an error reads the same on Slack, Discord and in the shell,
 * and always says what to type instead. Throws UserError (exit code 2).
 */
export function validateArgs(command: CommandDef, call: RawCall): ValidCall {
  const { leaf, subcommand } = resolveLeaf(command, call.subcommand);
  const options: OptionMap = allOptions(leaf);
  const label = subcommand ? `/${command.name} ${subcommand}` : `/${command.name}`;

  const unknown = Object.keys(call.args).filter((k) => !(k in options));
  if (unknown.length > 0) {
    const bad = unknown[0] as string;
    const near = closest(bad, Object.keys(options));
    const known = Object.keys(options).map((k) => `\`${k}\``);
    throw new UserError(
      `Unknown option \`${bad}\`.` +
        (near ? ` Did you mean \`${near}\`?` : ` ${label} takes ${known.join(', ')}.`) +
        ` Try: ${exampleFor(command.name, leaf, subcommand, near)}`,
      { suggestions: near ? [near] : [] },
    );
  }

  for (const [name, o] of Object.entries(options)) {
    const v = call.args[name];
    if (o.required && (v === undefined || v === null || (typeof v === 'string' && v.trim() === ''))) {
      throw new UserError(`Missing \`${name}\` (${o.description}). Try: ${exampleFor(command.name, leaf, subcommand, name)}`);
    }
  }

  const shape: Record<string, z.ZodType> = {};
  for (const [name, o] of Object.entries(options)) {
    shape[name] = schemaFor(name, o, exampleFor(command.name, leaf, subcommand, name));
  }
  const parsed = z.object(shape).safeParse(call.args);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new UserError(issue?.message ?? `Those options don't fit ${label}. Try: ${usage(command.name, leaf, subcommand)}`);
  }
  const args: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(parsed.data as Record<string, unknown>)) if (v !== undefined) args[k] = v;
  return subcommand === undefined ? { command, leaf, args, label } : { command, leaf, subcommand, args, label };
}
