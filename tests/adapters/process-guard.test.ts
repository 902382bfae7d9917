import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { installProcessGuard } from '../../src/process-guard.js';
import { recordingLogger } from './helpers.js';

describe('the process guard', () => {
  it('logs each stray error and carries on, but exits 1 on a burst (a broken process is better restarted)', () => {
    const logger = recordingLogger();
    const emitter = new EventEmitter();
    const target = emitter as unknown as NodeJS.Process;
    const exits: number[] = [];
    const uninstall = installProcessGuard(logger, { target, exit: (c) => exits.push(c), maxPerMinute: 3 });
    for (let i = 0; i < 3; i++) emitter.emit('unhandledRejection', new TypeError(`Cannot read properties of null (reading 'ssl_check') #${i}`));
    expect(exits).toEqual([]);
    expect(logger.entries.map((e) => e.msg)).toEqual(Array(3).fill('uncaught error outside any handler; carrying on'));
    emitter.emit('uncaughtException', new Error('fourth'));
    expect(exits).toEqual([1]);
    uninstall();
    expect(emitter.listenerCount('unhandledRejection')).toBe(0);
  });
});
