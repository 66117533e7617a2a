import { InvalidInputError } from '@app/shared';

export const invalidUuid = (field: string) => () => InvalidInputError.field(field, 'must be a UUID');
