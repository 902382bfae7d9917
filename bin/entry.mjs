// Runs an entry point from the TypeScript sources through tsx (a dev dependency, there after
// `npm ci`) when they are here, else the compiled one in dist/ (`npm run build`): the Docker image
// ships no sources and no tsx, and `parley` there is this same shim.
import { existsSync } from 'node:fs';

export async function runEntry(source, compiled) {
  const src = new URL(`../${source}`, import.meta.url);
  if (existsSync(src)) {
    const tsx = await import('tsx/esm/api').catch(() => undefined);
    if (tsx) {
      tsx.register();
      await import(src.href);
      return;
    }
  }
  const dist = new URL(`../${compiled}`, import.meta.url);
  if (!existsSync(dist)) {
    process.stderr.write(`parley: cannot start: run \`npm ci\` (to run ${source} with tsx) or \`npm run build\` (for ${compiled})\n`);
    process.exitCode = 1;
    return;
  }
  await import(dist.href);
}
