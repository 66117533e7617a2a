import { InvalidInputError } from '../errors/domain-error';
import { CursorCodec } from './cursor-codec';

describe('CursorCodec', () => {
  const sut = new CursorCodec('a-secret-long-enough-for-an-hmac-key');
  const payload = { query: 'q1', keys: [-1035, 'núñez rowan', '6b0d2f4e-3f4c-4c39-9d43-5a1d0f6a2b11'] };

  it('round-trips keys for the query that issued the cursor', () => {
    expect(sut.decode(sut.encode(payload), 'cursor', 'q1')).toEqual(payload);
  });

  it('is URL-safe', () => {
    expect(sut.encode(payload)).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);
  });

  it('refuses a cursor issued for another query', () => {
    expect(() => sut.decode(sut.encode(payload), 'cursor', 'q2')).toThrow(
      expect.objectContaining({ code: 'PAGINATION.CURSOR_MISMATCH' }),
    );
  });

  it('refuses a cursor signed with another secret', () => {
    const foreign = new CursorCodec('another-secret-long-enough-for-hmac').encode(payload);
    expect(() => sut.decode(foreign, 'after', 'q1')).toThrow(InvalidInputError);
  });

  it.each([
    ['garbage', 'garbage'],
    [
      'a changed body',
      () => `${Buffer.from('["q1",[0,"a","b"]]').toString('base64url')}.${sut.encode(payload).split('.')[1]}`,
    ],
    ['too many parts', () => `${sut.encode(payload)}.extra`],
    ['an over-long value', 'x'.repeat(2000)],
  ])('refuses %s, naming the field', (_, cursor) => {
    const value = typeof cursor === 'function' ? cursor() : cursor;
    try {
      sut.decode(value, 'after', 'q1');
      throw new Error('expected a refusal');
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidInputError);
      expect((error as InvalidInputError).details).toEqual([{ field: 'after', reason: 'is not a valid cursor' }]);
    }
  });
});
