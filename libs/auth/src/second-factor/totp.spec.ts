import { acceptedTimeStep, newTotpEnrollment, TOTP_PERIOD_SECONDS, totpCode, totpEnrollment } from './totp';

const secret = newTotpEnrollment('admin@example.test').secret;
const step = 59_000_000;
const startOf = (timeStep: number) => new Date(timeStep * TOTP_PERIOD_SECONDS * 1000);
const middleOf = (timeStep: number) => new Date(startOf(timeStep).getTime() + 15_000);

describe('TOTP codes', () => {
  it('makes 160-bit base32 secrets and an otpauth URI naming the directory and the account', () => {
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(totpEnrollment(secret, 'admin@example.test').otpauthUri).toBe(
      `otpauth://totp/Affirming%20Care%20Directory:admin%40example.test?secret=${secret}&issuer=Affirming%20Care%20Directory`,
    );
  });

  it('accepts the current code and those of one step either side, with spaces typed in', () => {
    const now = middleOf(step);
    expect(acceptedTimeStep(secret, totpCode(secret, now), null, now)).toBe(step);
    expect(acceptedTimeStep(secret, totpCode(secret, middleOf(step - 1)), null, now)).toBe(step - 1);
    expect(acceptedTimeStep(secret, totpCode(secret, middleOf(step + 1)), null, now)).toBe(step + 1);
    const spaced = totpCode(secret, now).replace(/^(\d{3})/, '$1 ');
    expect(acceptedTimeStep(secret, ` ${spaced} `, null, now)).toBe(step);
  });

  it('refuses codes two steps away, another secret’s code and anything not six digits', () => {
    const now = middleOf(step);
    const other = newTotpEnrollment('other@example.test').secret;
    expect(acceptedTimeStep(secret, totpCode(secret, middleOf(step - 2)), null, now)).toBeNull();
    expect(acceptedTimeStep(secret, totpCode(secret, middleOf(step + 2)), null, now)).toBeNull();
    expect(acceptedTimeStep(secret, totpCode(other, now), null, now)).toBeNull();
    for (const code of ['', '12345', '1234567', 'abcdef', 'k7mq-2xhd-9fpa']) {
      expect(acceptedTimeStep(secret, code, null, now)).toBeNull();
    }
  });

  it('refuses a replay: the step last accepted and any before it, even inside the window', () => {
    const now = middleOf(step);
    expect(acceptedTimeStep(secret, totpCode(secret, now), step, now)).toBeNull();
    expect(acceptedTimeStep(secret, totpCode(secret, middleOf(step - 1)), step - 1, now)).toBeNull();
    expect(acceptedTimeStep(secret, totpCode(secret, middleOf(step - 1)), step, now)).toBeNull();
    expect(acceptedTimeStep(secret, totpCode(secret, middleOf(step + 1)), step, now)).toBe(step + 1);
  });

  it('refuses every code, without throwing, when the last accepted step is ahead of the clock (set back since)', () => {
    const now = middleOf(step);
    expect(acceptedTimeStep(secret, totpCode(secret, now), step + 50, now)).toBeNull();
    expect(acceptedTimeStep(secret, totpCode(secret, middleOf(step + 1)), step + 50, now)).toBeNull();
  });
});
