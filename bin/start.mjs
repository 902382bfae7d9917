#!/usr/bin/env -S node --max-old-space-size=256
// `npm start`: the TypeScript sources right after `npm ci`, without a build; the compiled bot if only dist/ is here.
import { runEntry } from './entry.mjs';

await runEntry('src/main.ts', 'dist/src/main.js');
