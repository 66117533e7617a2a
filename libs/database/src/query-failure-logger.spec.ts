import { Logger } from '@nestjs/common';
import { QueryFailureLogger } from './query-failure-logger';

describe('QueryFailureLogger', () => {
  afterEach(() => jest.restoreAllMocks());

  it('logs a failed statement by its text, class and SQL state, never its parameters or message', () => {
    const written = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    const failure = Object.assign(new Error('invalid byte sequence for encoding "UTF8": 0x00 in "jamie\u0000"'), {
      driverError: { code: '22021' },
    });

    new QueryFailureLogger().logQueryError(failure, 'SELECT * FROM accounts WHERE email = $1', ['jamie@example.test']);

    expect(written).toHaveBeenCalledWith({
      msg: 'Statement failed',
      errorClass: 'Error',
      sqlState: '22021',
      statement: 'SELECT * FROM accounts WHERE email = $1',
    });
    expect(JSON.stringify(written.mock.calls)).not.toContain('jamie');
  });
});
