import { NotificationRenderers } from './notification-renderers';
import { retryDelaySeconds } from './outbox.repository';

describe('NotificationRenderers', () => {
  const renderer = { render: () => Promise.resolve({ to: 'x@example.test', subject: 's', text: 't' }) };

  it('refuses a second renderer for a kind, which would make delivery depend on start-up order', () => {
    const sut = new NotificationRenderers();
    sut.register(['A', 'B'], renderer);
    expect(() => sut.register(['B'], renderer)).toThrow(/B has two renderers/);
    expect(sut.rendererFor('A')).toBe(renderer);
  });

  it('names a kind nobody renders', () => {
    expect(() => new NotificationRenderers().rendererFor('C')).toThrow(/No renderer for notification kind C/);
  });
});

describe('retryDelaySeconds', () => {
  it('doubles from 30 seconds up to an hour', () => {
    expect([1, 2, 3, 4, 7, 8, 20].map(retryDelaySeconds)).toEqual([30, 60, 120, 240, 1920, 3600, 3600]);
  });
});
