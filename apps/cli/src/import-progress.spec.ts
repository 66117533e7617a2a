import { progressDisplay } from './import-progress';

const notATerminal = { isTTY: false };

describe('progressDisplay, away from a terminal', () => {
  let clock: number;
  let lines: string[];
  const sut = () =>
    progressDisplay(
      (line) => lines.push(line),
      notATerminal,
      () => clock,
    );

  beforeEach(() => {
    clock = 0;
    lines = [];
  });

  it('says rows read, kept, rows/s and the time left every ten seconds, not more often', () => {
    const display = sut();
    clock = 5_000;
    display.update({ bytesRead: 100, totalBytes: 1_000, rowsRead: 50_000, rowsKept: 20_000 });
    clock = 10_000;
    display.update({ bytesRead: 250, totalBytes: 1_000, rowsRead: 100_000, rowsKept: 40_000 });
    clock = 15_000;
    display.update({ bytesRead: 400, totalBytes: 1_000, rowsRead: 150_000, rowsKept: 60_000 });

    expect(lines).toEqual(['25%: 100,000 rows read, 40,000 kept, 10,000 rows/s, ETA 30s']);
  });

  it('says the end at once, and minutes in a long wait', () => {
    const display = sut();
    clock = 10_000;
    display.update({ bytesRead: 100, totalBytes: 10_000, rowsRead: 1_000, rowsKept: 10 });
    clock = 11_000;
    display.update({ bytesRead: 10_000, totalBytes: 10_000, rowsRead: 99_000, rowsKept: 990 });

    expect(lines).toEqual([
      '1%: 1,000 rows read, 10 kept, 100 rows/s, ETA 16m30s',
      '100%: 99,000 rows read, 990 kept, 9,000 rows/s, ETA 0s',
    ]);
  });
});
