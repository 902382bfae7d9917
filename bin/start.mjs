#!/usr/bin/env -S node --max-old-space-size=256
// Runs the TypeScript sources directly, so `npm start` works right after `npm ci` without a build.
import { register } from 'tsx/esm/api';

register();
await import(new URL('../src/main.ts', import.meta.url).href);
