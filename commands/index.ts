import actor from './actor.js';
import ask from './ask.js';
import brief from './brief.js';
import type { CommandDef } from './define.js';
import parley from './parley.js';
import timeline from './timeline.js';
import whoLeads from './who-leads.js';

/** Every command, listed by hand: the order is the order of help, the manifest and Discord's picker. */
export const COMMANDS: readonly CommandDef[] = [whoLeads, actor, timeline, brief, ask, parley];

export function findCommand(name: string): CommandDef | undefined {
  const n = name.replace(/^\//, '').toLowerCase();
  return COMMANDS.find((c) => c.name === n);
}

export type { CommandDef } from './define.js';
