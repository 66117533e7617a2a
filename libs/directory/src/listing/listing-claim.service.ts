import { Caller } from '@app/auth';
import { AppConfig } from '@app/config';
import { translateDatabaseError } from '@app/database';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ClaimRecord } from './listing-claim.repository';
import { ClaimLicense, distinctLicenses, isClaimable } from './listing-claim-rules';
import { ListingClaims } from './listing-claims.service';
import { ListingRepository } from './listing.repository';
import { AlreadyOwnsListingError, UnownedListingNotFoundError } from './my-listing.errors';

// Two claims by one account at the same moment: the second one trips the one-open-claim index.
const CLAIM_CONFLICTS = { listing_claims_one_open_per_account_idx: 'claim' };

/** A provider asking to own an existing, unowned listing by its NPI; the claim holds once an admin approves it. */
@Injectable()
export class ListingClaimService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly listings: ListingRepository,
    private readonly claims: ListingClaims,
    private readonly config: AppConfig,
  ) {}

  async claim(caller: Caller, npi: string, licenses: ClaimLicense[]): Promise<ClaimRecord> {
    try {
      return await this.dataSource.transaction(async (manager) => {
        if (await this.listings.owned(manager, caller.id)) throw new AlreadyOwnsListingError();
        const found = await this.listings.findByNpi(manager, npi);
        const listing = found && (await this.listings.findForUpdate(manager, found.id));
        // An owned listing looks like a missing one: claims must not reveal who owns what.
        if (!listing || !isClaimable(listing)) throw new UnownedListingNotFoundError();
        return this.claims.submit(manager, {
          listingId: listing.id,
          claimantAccountId: caller.id,
          days: this.config.listingClaimDays,
          licenses: distinctLicenses(licenses),
        });
      });
    } catch (error) {
      return translateDatabaseError(error, CLAIM_CONFLICTS);
    }
  }

  mine(caller: Caller): Promise<ClaimRecord[]> {
    return this.claims.ofClaimant(this.dataSource.manager, caller.id);
  }

  withdraw(caller: Caller, id: string): Promise<ClaimRecord> {
    return this.dataSource.transaction((manager) => this.claims.withdraw(manager, id, caller.id));
  }
}
