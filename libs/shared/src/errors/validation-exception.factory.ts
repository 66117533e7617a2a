import { ValidationError } from 'class-validator';
import { FieldProblem, InvalidInputError } from './domain-error';

/** Turns class-validator output into one InvalidInputError naming every bad field by its dotted path. */
export function validationExceptionFactory(errors: ValidationError[]): InvalidInputError {
  return new InvalidInputError(flatten(errors, ''));
}

function flatten(errors: ValidationError[], prefix: string): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    // Two checks of one rule (a date's shape and its calendar) may give the same reason: say it once.
    const reasons = new Set(
      Object.values(error.constraints ?? {}).map((reason) => stripFieldName(reason, error.property)),
    );
    const own = [...reasons].map((reason) => ({ field, reason }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

// class-validator messages start with the property name ("limit must not be greater than 100"); the field is
// already named separately, so the reason reads on its own.
function stripFieldName(reason: string, property: string): string {
  return reason.startsWith(`${property} `) ? reason.slice(property.length + 1) : reason;
}
