import type { TotpEnrollment } from '@app/auth';
import { stripVTControlCharacters } from 'node:util';
import { toString as qrCode } from 'qrcode';

/**
 * How an admin adds the secret to an authenticator app: the otpauth URI and the secret always, and the URI as a QR
 * code when standard output is a terminal wide enough to draw it. Only ever printed, never logged.
 */
export async function printEnrollment(
  enrollment: TotpEnrollment,
  say: (message: string) => void,
  terminal: Pick<NodeJS.WriteStream, 'isTTY' | 'columns'> = process.stdout,
): Promise<void> {
  say('Add this to an authenticator app; the first log-in with one of its codes (as oneTimeCode) confirms it:');
  say(`  ${enrollment.otpauthUri}`);
  say(`  (secret, to type in: ${enrollment.secret})`);
  if (!terminal.isTTY) return;
  const drawing = await qrCode(enrollment.otpauthUri, { type: 'terminal', small: true });
  if (visibleWidth(drawing) <= terminal.columns) say(drawing);
}

// The drawing colours each cell with escape sequences, which take no room on screen.
function visibleWidth(drawing: string): number {
  return Math.max(...drawing.split('\n').map((line) => [...stripVTControlCharacters(line)].length));
}
