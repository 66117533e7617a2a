import { plainToInstance, Type } from 'class-transformer';
import { IsInt, Max, ValidateNested, validateSync } from 'class-validator';
import { IsCalendarDate } from '../validation/is-calendar-date';
import { validationExceptionFactory as sut } from './validation-exception.factory';

class Entry {
  @IsCalendarDate()
  on!: string;
}

class Form {
  @IsInt()
  @Max(100)
  limit!: number;

  @ValidateNested({ each: true })
  @Type(() => Entry)
  entries!: Entry[];
}

const problemsOf = (input: object) => sut(validateSync(plainToInstance(Form, input))).details;

describe('validationExceptionFactory', () => {
  it('names each bad field by its dotted path, with a reason that reads on its own', () => {
    expect(problemsOf({ limit: 101, entries: [{ on: '2026-01-01' }, { on: 'soon' }] })).toEqual([
      { field: 'limit', reason: 'must not be greater than 100' },
      { field: 'entries.1.on', reason: expect.stringMatching(/^must be a date/) },
    ]);
  });

  it('gives a reason once when two checks of one rule refuse the value alike', () => {
    expect(problemsOf({ limit: 1, entries: [{ on: '' }] })).toEqual([
      { field: 'entries.0.on', reason: expect.stringMatching(/^must be a date/) },
    ]);
  });
});
