import { ConfigError, dotEnvLine, loadDiscordDeployConfig, loadDotEnv } from '../../config.js';
import { buildDiscordCommands } from './registration.js';

const DEFAULT_API = 'https://discord.com/api';

/** PUT replaces the whole set, so a command removed from commands/ disappears from Discord too. */
async function main(argv: string[]): Promise<number> {
  const body = buildDiscordCommands();
  if (argv.includes('--dry-run')) {
    process.stdout.write(`${JSON.stringify(body, null, 2)}\n`);
    return 0;
  }
  const dotenv = loadDotEnv();
  if (dotenv) process.stderr.write(`commands:deploy: ${dotEnvLine(dotenv)}\n`);
  const cfg = loadDiscordDeployConfig();
  const missing = [!cfg.token && 'DISCORD_TOKEN', !cfg.applicationId && 'DISCORD_APPLICATION_ID'].filter(Boolean);
  if (missing.length > 0) {
    process.stderr.write(`commands:deploy: missing ${missing.join(', ')}: set them in .env or the environment (see .env.example), or pass --dry-run to print the body\n`);
    return 2;
  }
  const url = `${(cfg.apiUrl ?? DEFAULT_API).replace(/\/$/, '')}/v10/applications/${cfg.applicationId}/commands`;
  const res = await fetch(url, {
    method: 'PUT',
    headers: { authorization: `Bot ${cfg.token}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(15_000),
  });
  if (!res.ok) {
    // The body names the offending option (Discord's "errors" tree); the token is never echoed.
    process.stderr.write(`Discord refused the commands: HTTP ${res.status} ${(await res.text()).slice(0, 2000)}\n`);
    return 1;
  }
  const registered = (await res.json()) as { name: string }[];
  process.stdout.write(`Registered ${registered.length} commands: ${registered.map((c) => `/${c.name}`).join(', ')}\n`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`commands:deploy: ${err instanceof ConfigError ? '' : 'failed: '}${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  },
);
