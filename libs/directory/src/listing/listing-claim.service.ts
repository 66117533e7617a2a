import { Caller } from '@app/auth';
import { AppConfig } from '@app/config';
import { translateDatabaseError } from '@app/database';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { ProviderEntity } from '../entities/provider.entity';
import { RegistryPrefillService } from '../registry/registry-prefill.service';
import { ClaimRecord } from './listing-claim.repository';
import { ClaimLicense, distinctLicenses, isClaimable } from './listing-claim-rules';
import { ListingClaims } from './listing-claims.service';
import { ListingRepository } from './listing.repository';
import { AlreadyOwnsListingError, UnownedListingNotFoundError } from './my-listing.errors';

// Two claims by one account at the same moment trip the one-open-claim index; two first claims of one registry NPI,
// the NPI's unique key (the later claimant, trying again, claims the draft the first one started).
const CLAIM_CONFLICTS = { listing_claims_one_open_per_account_idx: 'claim', providers_npi_key: 'npi' };

/**
 * A provider asking to own an unowned listing by its NPI; the claim holds once an admin approves it. An NPI no listing
 * has but the NPI registry does gets a draft started from the registry, claimed the same way: whoever shows the
 * licenses an admin accepts owns it, so nobody can squat on a clinician's NPI.
 */
@Injectable()
export class ListingClaimService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly listings: ListingRepository,
    private readonly claims: ListingClaims,
    private readonly registry: RegistryPrefillService,
    private readonly config: AppConfig,
  ) {}

  async claim(caller: Caller, npi: string, licenses: ClaimLicense[]): Promise<ClaimRecord> {
    try {
      return await this.dataSource.transaction(async (manager) => {
        if (await this.listings.owned(manager, caller.id)) throw new AlreadyOwnsListingError();
        const listing = await this.claimableListing(manager, npi, caller.id);
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

  private async claimableListing(
    manager: EntityManager,
    npi: string,
    callerId: string,
  ): Promise<ProviderEntity | null> {
    const found = await this.listings.findByNpi(manager, npi);
    if (found) return this.listings.findForUpdate(manager, found.id);
    return this.registry.createDraft(manager, npi, callerId);
  }

  mine(caller: Caller): Promise<ClaimRecord[]> {
    return this.claims.ofClaimant(this.dataSource.manager, caller.id);
  }

  withdraw(caller: Caller, id: string): Promise<ClaimRecord> {
    return this.dataSource.transaction((manager) => this.claims.withdraw(manager, id, caller.id));
  }
}
