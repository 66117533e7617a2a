import { Caller, ForbiddenError, Role } from '@app/auth';
import { VocabularyService } from '@app/directory';
import { Injectable } from '@nestjs/common';
import { RegistryRecord } from './models/registry-record.model';
import { matchRegistryName, RegistryNameMatch } from './registry-name-match';
import { RegistryRecordLoader } from './registry-record.loader';
import { toRegistryRecord } from './registry.mapper';

/** A listing as the registry fields read it: its NPI and legal name. */
export interface RegisteredListing {
  npi: string;
  firstName: string;
  lastName: string;
}

/**
 * The registry's record beside a listing, for the fields of the listing types. A type's field resolvers run without
 * the guard (it guards the query), and ManagedListing also answers a provider's myListing: so each asks itself.
 */
@Injectable()
export class RegistryCheck {
  constructor(
    private readonly loader: RegistryRecordLoader,
    private readonly vocabulary: VocabularyService,
  ) {}

  async record(caller: Caller, requestContext: object, listing: RegisteredListing): Promise<RegistryRecord | null> {
    assertAdmin(caller);
    const record = await this.loader.load(requestContext, listing.npi);
    return record && toRegistryRecord(record, this.vocabulary.all());
  }

  async nameMatch(caller: Caller, requestContext: object, listing: RegisteredListing): Promise<RegistryNameMatch> {
    assertAdmin(caller);
    return matchRegistryName(listing, await this.loader.load(requestContext, listing.npi));
  }
}

function assertAdmin(caller: Caller): void {
  if (caller.role !== Role.ADMIN) throw new ForbiddenError();
}
