import { InvalidInputError } from '@app/shared';

/** The registry deactivated the NPI: nobody may start a listing from it. */
export class RegistryNpiDeactivatedError extends InvalidInputError {
  constructor(npi: string, deactivatedOn: string) {
    super(
      [{ field: 'npi', reason: `NPI ${npi} was deactivated in the NPI registry on ${deactivatedOn}` }],
      'REGISTRY.NPI_DEACTIVATED',
    );
  }
}
