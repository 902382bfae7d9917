/**
 * A bare Bolt HTTPReceiver (no guarded front) in its own process, to show what the process guard
 * does when a library throws outside every handler. Prints `port N` when listening.
 * Usage: bolt-child.ts SIGNING_SECRET SLACK_API_URL [--no-guard]
 */
import { App, HTTPReceiver, LogLevel } from '@slack/bolt';
import { createLogger } from '../../../src/logging.js';
import { installProcessGuard } from '../../../src/process-guard.js';

const [secret = '', apiUrl = '', flag] = process.argv.slice(2);
if (flag !== '--no-guard') installProcessGuard(createLogger({ level: 'info' }));
const receiver = new HTTPReceiver({ signingSecret: secret, logLevel: LogLevel.ERROR });
const app = new App({ token: 'xoxb-guard-test', receiver, botId: 'B0GUARD', botUserId: 'U0GUARD', clientOptions: { slackApiUrl: apiUrl }, logLevel: LogLevel.ERROR });
app.command('/ping', async ({ ack }) => {
  await ack('pong');
});
const server = (await app.start({ port: 0, host: '127.0.0.1' })) as import('node:http').Server;
const address = server.address();
process.stdout.write(`port ${typeof address === 'object' && address ? address.port : 0}\n`);
