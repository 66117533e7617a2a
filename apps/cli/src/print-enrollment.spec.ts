import { printEnrollment } from './print-enrollment';

const enrollment = {
  secret: 'PTABVQQF2NWWK5K3XTYT5TNSWELMU3JR',
  otpauthUri:
    'otpauth://totp/Affirming%20Care%20Directory:ops%40example.org?secret=PTABVQQF2NWWK5K3XTYT5TNSWELMU3JR&issuer=Affirming%20Care%20Directory',
};

async function printed(terminal: { isTTY: boolean; columns: number }): Promise<string[]> {
  const lines: string[] = [];
  await printEnrollment(enrollment, (line) => lines.push(line), terminal);
  return lines;
}

describe('printEnrollment', () => {
  it('always prints the otpauth URI and the secret', async () => {
    const lines = await printed({ isTTY: false, columns: 200 });
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain(enrollment.otpauthUri);
    expect(lines[2]).toContain(enrollment.secret);
  });

  it('draws the QR code only on a terminal wide enough for it', async () => {
    expect(await printed({ isTTY: true, columns: 80 })).toHaveLength(4);
    expect((await printed({ isTTY: true, columns: 80 }))[3]).toContain('▀');
    expect(await printed({ isTTY: true, columns: 40 })).toHaveLength(3);
  });
});
