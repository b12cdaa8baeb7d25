import net from 'node:net';
import { setImmediate as immediate } from 'node:timers/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { letOthersRun } from '../../server/src/kernel/let-others-run.js';

/**
 * From inside an I/O callback (where a database answer continues a computation), a
 * pause must let bytes that arrived during the step be handled before the next step.
 */
describe('letOthersRun', () => {
  const closers: Array<() => void> = [];
  afterEach(() => closers.splice(0).forEach((close) => close()));

  async function arrivedDuringStep(pause: () => Promise<void>): Promise<boolean> {
    let handled = false;
    let accepted: () => void = () => undefined;
    const acceptedSender = new Promise<void>((resolve) => (accepted = resolve));
    const server = net.createServer((socket) => {
      socket.on('data', () => (handled = true));
      accepted();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as net.AddressInfo).port;
    const sender = net.connect(port, '127.0.0.1');
    closers.push(() => (sender.destroy(), server.close()));
    await acceptedSender;
    // The step runs in an I/O callback (an answer read from a socket), as in a server.
    const echo = net.connect(port, '127.0.0.1');
    closers.push(() => echo.destroy());
    return new Promise<boolean>((resolve) => {
      echo.once('connect', () => {
        sender.write('x');
        const until = Date.now() + 30;
        while (Date.now() < until); // the step: bytes arrive meanwhile
        void pause().then(() => resolve(handled));
      });
    });
  }

  it('lets what arrived during a step be handled before the next', async () => {
    expect(await arrivedDuringStep(letOthersRun)).toBe(true);
  });

  it('does what one setImmediate alone does not', async () => {
    expect(await arrivedDuringStep(() => immediate())).toBe(false);
  });
});
