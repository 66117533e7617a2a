import { failureDelayMs } from './login-throttle.policy';

describe('failureDelayMs', () => {
  const settings = { failureDelayMs: 100 };

  it('lets the first two failures answer at once', () => {
    expect(failureDelayMs(1, settings)).toBe(0);
    expect(failureDelayMs(2, settings)).toBe(0);
  });

  it('slows each later failure a step more', () => {
    expect(failureDelayMs(3, settings)).toBe(100);
    expect(failureDelayMs(4, settings)).toBe(200);
  });

  it('stops growing after four steps', () => {
    expect(failureDelayMs(6, settings)).toBe(400);
    expect(failureDelayMs(50, settings)).toBe(400);
  });

  it('can be turned off', () => {
    expect(failureDelayMs(5, { failureDelayMs: 0 })).toBe(0);
  });
});
