import { describeForLog, sqlStateOf } from './error-description';

describe('describeForLog', () => {
  it('keeps the class, the SQL state and the frames, never the message', () => {
    const failure = Object.assign(new Error('invalid input syntax: "jamie@example.test"'), {
      driverError: { code: '22021' },
      parameters: ['jamie@example.test'],
    });

    const sut = describeForLog(failure);

    expect(sut).toMatchObject({ errorClass: 'Error', sqlState: '22021' });
    expect(sut.stack).toMatch(/^\s+at /);
    expect(JSON.stringify(sut)).not.toContain('jamie');
  });

  it('reads no SQL state from errors without one', () => {
    expect(sqlStateOf(new TypeError('x'))).toBeUndefined();
    expect(sqlStateOf(Object.assign(new Error('x'), { code: 'ECONNRESET' }))).toBeUndefined();
  });
});
