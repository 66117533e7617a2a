import { Caller } from '@app/auth';
import { translateDatabaseError } from '@app/database';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ListingRevisionEntity, RevisionKind } from '../entities/listing-revision.entity';
import { ListingAuditRepository } from './listing-audit.repository';
import { ListingAction, ListingStatus } from './listing-lifecycle';
import { ListingRepository } from './listing.repository';
import { AlreadyOwnsListingError, ClaimPendingError, UnownedListingNotFoundError } from './my-listing.errors';

const UNCLAIMABLE = [ListingStatus.ARCHIVED, ListingStatus.REJECTED];

/** A provider asking to own an existing, unowned listing by its NPI; the claim holds once an admin approves it. */
@Injectable()
export class ListingClaimService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: ListingRepository,
    private readonly audit: ListingAuditRepository,
  ) {}

  async claim(caller: Caller, npi: string): Promise<ListingRevisionEntity> {
    try {
      return await this.dataSource.transaction(async (manager) => {
        if (await this.repository.owned(manager, caller.id)) throw new AlreadyOwnsListingError();
        const found = await this.repository.findByNpi(manager, npi);
        const listing = found && (await this.repository.findForUpdate(manager, found.id));
        // An owned listing looks like a missing one: claims must not reveal who owns what.
        if (!listing || listing.ownerAccountId || UNCLAIMABLE.includes(listing.status))
          throw new UnownedListingNotFoundError();
        if (await this.repository.openRevision(manager, listing.id)) throw new ClaimPendingError();
        const revision = await this.repository.insertRevision(manager, {
          providerId: listing.id,
          kind: RevisionKind.CLAIM,
          status: ListingStatus.SUBMITTED,
          payload: null,
          authorAccountId: caller.id,
        });
        await this.repository.bumpVersion(manager, listing);
        await this.audit.append(manager, {
          providerId: listing.id,
          revisionId: revision.id,
          actorId: caller.id,
          action: `CLAIM_${ListingAction.SUBMIT}`,
          fromStatus: null,
          toStatus: ListingStatus.SUBMITTED,
          reason: null,
          checks: null,
        });
        return revision;
      });
    } catch (error) {
      return translateDatabaseError(error, { listing_revisions_one_open_claim_idx: 'npi' });
    }
  }
}
