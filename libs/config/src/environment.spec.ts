import { InvalidEnvironmentError, trustedProxies, validateEnvironment } from './environment';

describe('validateEnvironment', () => {
  it('has defaults that start the service with nothing set', () => {
    const sut = validateEnvironment({});
    expect(sut).toMatchObject({ NODE_ENV: 'development', PORT: 3000, DATA_DIR: '.data', LOG_LEVEL: 'info' });
    expect(sut.DATABASE_URL).toBeUndefined();
  });

  it('reads and converts the variables it knows, ignoring the rest', () => {
    const sut = validateEnvironment({
      PORT: '8080',
      SEED_DEMO: 'true',
      DATABASE_URL: 'postgres://u@h:5432/db',
      PATH: '/bin',
    });
    expect(sut).toMatchObject({ PORT: 8080, SEED_DEMO: true, DATABASE_URL: 'postgres://u@h:5432/db' });
    expect(sut).not.toHaveProperty('PATH');
  });

  it('refuses bad values with a message naming each variable', () => {
    const attempt = () =>
      validateEnvironment({ PORT: 'eighty', DATABASE_URL: 'mysql://x', APP_SECRET: 'short', LOG_LEVEL: 'loud' });
    expect(attempt).toThrow(InvalidEnvironmentError);
    expect(attempt).toThrow(/PORT[\s\S]*DATABASE_URL[\s\S]*APP_SECRET[\s\S]*LOG_LEVEL/);
  });

  it('refuses an example APP_SECRET, which anyone could sign tokens with', () => {
    const attempt = () => validateEnvironment({ APP_SECRET: 'change-me-to-a-long-random-string-of-48-chars' });

    expect(attempt).toThrow(/APP_SECRET: is an example value/);
  });

  it('believes no proxy unless told which', () => {
    expect(trustedProxies(validateEnvironment({}))).toBe(false);
    expect(trustedProxies(validateEnvironment({ TRUST_PROXY: '10.0.0.0/8,127.0.0.1' }))).toEqual([
      '10.0.0.0/8',
      '127.0.0.1',
    ]);
    expect(() => validateEnvironment({ TRUST_PROXY: 'everyone' })).toThrow(/TRUST_PROXY/);
  });
});
