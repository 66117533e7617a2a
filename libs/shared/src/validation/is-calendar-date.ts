import { applyDecorators } from '@nestjs/common';
import { IsISO8601, Matches } from 'class-validator';

const MESSAGE = 'must be a date (YYYY-MM-DD)';

/** A calendar date written YYYY-MM-DD that exists (no 2026-02-30). */
export const IsCalendarDate = () =>
  applyDecorators(
    Matches(/^\d{4}-\d{2}-\d{2}$/, { message: MESSAGE }),
    IsISO8601({ strict: true }, { message: MESSAGE }),
  );
