import { IsIn, ValidationOptions } from 'class-validator';
import { US_STATE_CODES } from '../geo/us-states';

/** A USPS state code (UsState): what GraphQL's enum already checks, checked again for REST and nested inputs. */
export const IsUsState = (options: ValidationOptions = {}) =>
  IsIn(US_STATE_CODES, { message: 'must be a USPS state code such as KS', ...options });
