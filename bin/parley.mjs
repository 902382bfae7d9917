#!/usr/bin/env node
// The `parley` CLI from the TypeScript sources, without a build step.
import { register } from 'tsx/esm/api';

register();
await import(new URL('../src/cli/run.ts', import.meta.url).href);
