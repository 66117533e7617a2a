import { passwordProblem } from './password-strength';

describe('passwordProblem', () => {
  const jordan = ['jordan.rivera@example.test', 'Jordan Rivera'];

  it.each([
    ['twelve spaces', ' '.repeat(12)],
    ['one letter repeated', 'aaaaaaaaaaaa'],
    ['a common password with digits', 'password1234'],
    ['a keyboard walk', 'qwertyuiop[]'],
  ])('refuses %s as too easy to guess', (_case, password) => {
    expect(passwordProblem(password)).toMatch(/^is too easy to guess\. \S/);
  });

  it.each(['jordan.rivera@example.test', 'Jordan Rivera 1'])(
    'refuses %s, made of the account’s own email or name, though a stranger’s may use it',
    (password) => {
      expect(passwordProblem(password, jordan)).toBe(
        'is too easy to guess. There should not be any personal or page related data. ' +
          'Add more words that are less common.',
      );
      expect(passwordProblem(password)).toBeNull();
    },
  );

  it('accepts a passphrase of four random words', () => {
    expect(passwordProblem('marble quilt tundra pickle', jordan)).toBeNull();
  });

  it('says why and how, in zxcvbn’s English feedback', () => {
    expect(passwordProblem('aaaaaaaaaaaa')).toBe(
      'is too easy to guess. Repeated characters like "aaa" are easy to guess. ' +
        'Add more words that are less common. Avoid repeated words and characters.',
    );
    expect(passwordProblem('password1234')).toContain('This is similar to a commonly used password.');
  });

  it('keeps the length bounds', () => {
    expect(passwordProblem('kq7#vRm2!zX')).toBe('must be at least 12 characters long');
    expect(passwordProblem('marble quilt '.repeat(20))).toBe('must be at most 256 characters long');
  });
});
