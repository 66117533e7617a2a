import { registerDecorator } from 'class-validator';
import { passwordProblem } from '../password-strength';

/**
 * Long enough, short enough and hard to guess (see passwordProblem), or the reason why not. `personalOf` names what
 * the rest of the input tells about its owner (email, display name), which the password must not be made of.
 */
export function IsStrongPassword<T extends object>(personalOf: (input: T) => string[] = () => []): PropertyDecorator {
  const problemOf = (value: unknown, input: object) =>
    typeof value === 'string' ? passwordProblem(value, personalOf(input as T)) : 'must be a string';
  return (target, propertyName) =>
    registerDecorator({
      name: 'isStrongPassword',
      target: target.constructor,
      propertyName: String(propertyName),
      validator: {
        validate: (value, args) => problemOf(value, args?.object ?? {}) === null,
        defaultMessage: (args) => problemOf(args?.value, args?.object ?? {}) ?? '',
      },
    });
}
