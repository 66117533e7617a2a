import { EventEmitter } from 'node:events';
import { shutDownInOrderOnSignals } from './shutdown';

describe('shutDownInOrderOnSignals', () => {
  it('takes the signal from listeners already there and runs the steps in order, then exits', async () => {
    const process = new EventEmitter();
    const order: string[] = [];
    process.on('SIGTERM', () => order.push('database stopped by a listener of its own'));
    const exited = new Promise<number>((resolve) =>
      shutDownInOrderOnSignals(
        [
          async () => {
            await new Promise((done) => setTimeout(done, 5));
            order.push('app closed');
          },
          () => Promise.resolve(void order.push('database stopped')),
        ],
        resolve,
        process as never,
      ),
    );

    process.emit('SIGTERM');
    process.emit('SIGINT');

    await expect(exited).resolves.toBe(0);
    expect(order).toEqual(['app closed', 'database stopped']);
  });

  it('exits with 1 when a step fails', async () => {
    const process = new EventEmitter();
    const exited = new Promise<number>((resolve) =>
      shutDownInOrderOnSignals([() => Promise.reject(new Error('pool would not close'))], resolve, process as never),
    );

    process.emit('SIGINT');

    await expect(exited).resolves.toBe(1);
  });
});
