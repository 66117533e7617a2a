import { Caller } from '@app/auth';
import { InvalidInputError } from '@app/shared';
import { translateDatabaseError } from '@app/database';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { SaveListingInput } from '../dto/save-listing.input';
import { ProviderEntity } from '../entities/provider.entity';
import { ListingAuditRepository } from './listing-audit.repository';
import { OpenClaimExistsError } from './listing-claim.errors';
import { ListingClaims } from './listing-claims.service';
import { ListingSnapshot, sameVettedFields, vettedFieldsOf } from './listing-fields';
import { ListingInputNormalizer, NormalizedListing } from './listing-input.normalizer';
import {
  hasBeenApproved,
  isEditableDraft,
  ListingAction,
  ListingStatus,
  ListingTransitionError,
} from './listing-lifecycle';
import { ListingTransitions } from './listing-transitions';
import { ListingRepository } from './listing.repository';
import { ListingView, ListingViews } from './listing.views';
import { ListingContentRepository } from './listing-content.repository';
import { NoListingError, NpiAlreadyListedError, RevisionUnderReviewError } from './my-listing.errors';

const DATABASE_FIELDS = { providers_npi_key: 'npi', providers_owner_key: 'owner' };

/** A provider keeping their own listing: create, edit, submit for vetting, withdraw a submission. */
@Injectable()
export class MyListingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: ListingRepository,
    private readonly content: ListingContentRepository,
    private readonly transitions: ListingTransitions,
    private readonly audit: ListingAuditRepository,
    private readonly claims: ListingClaims,
    private readonly normalizer: ListingInputNormalizer,
    private readonly views: ListingViews,
  ) {}

  async find(caller: Caller): Promise<ListingView | null> {
    const manager = this.dataSource.manager;
    const owned = await this.repository.owned(manager, caller.id);
    return owned && this.views.load(manager, owned.id);
  }

  /** Creates the listing or saves changes; on an approved listing, vetted changes wait in a revision. */
  async save(caller: Caller, input: SaveListingInput): Promise<ListingView> {
    const listing = this.normalizer.normalize(input);
    try {
      return await this.dataSource.transaction(async (manager) => {
        const owned = await this.repository.ownedForUpdate(manager, caller.id);
        const current = owned ? await this.repository.specialtyCodes(manager, owned.id) : [];
        this.normalizer.assertChoosableSpecialties(listing, current);
        const id = owned
          ? await this.update(manager, caller, owned, listing)
          : await this.create(manager, caller, listing);
        if (listing.attestationVersion) await this.content.recordAttestation(manager, id, listing.attestationVersion);
        await this.content.publish(manager, id);
        return this.views.load(manager, id);
      });
    } catch (error) {
      return translateDatabaseError(error, DATABASE_FIELDS);
    }
  }

  submit(caller: Caller): Promise<ListingView> {
    return this.step(caller, ListingAction.SUBMIT, refuseUndatedLicenses);
  }

  withdraw(caller: Caller): Promise<ListingView> {
    return this.step(caller, ListingAction.WITHDRAW);
  }

  private step(
    caller: Caller,
    action: ListingAction,
    check?: (listing: ListingSnapshot) => void,
  ): Promise<ListingView> {
    return this.dataSource.transaction(async (manager) => {
      const owned = await this.repository.ownedForUpdate(manager, caller.id);
      if (!owned) throw new NoListingError();
      if (check) check((await this.views.load(manager, owned.id)).listing);
      await this.transitions.apply(manager, { listing: owned, action, actorId: caller.id });
      return this.views.load(manager, owned.id);
    });
  }

  private async create(manager: EntityManager, caller: Caller, listing: NormalizedListing): Promise<string> {
    if (await this.repository.npiUsedElsewhere(manager, listing.vetted.npi, null)) throw new NpiAlreadyListedError();
    if (await this.claims.hasOpenClaim(manager, caller.id)) throw new OpenClaimExistsError();
    const id = await this.content.insertDraft(manager, caller.id, listing.vetted);
    await this.content.writeVettedFields(manager, id, listing.vetted);
    await this.content.writeOpenFields(manager, id, listing.open);
    await this.audit.append(manager, {
      providerId: id,
      revisionId: null,
      actorId: caller.id,
      action: 'CREATE',
      fromStatus: null,
      toStatus: ListingStatus.DRAFT,
      reason: null,
      checks: null,
    });
    return id;
  }

  private async update(
    manager: EntityManager,
    caller: Caller,
    owned: ProviderEntity,
    listing: NormalizedListing,
  ): Promise<string> {
    if (await this.repository.npiUsedElsewhere(manager, listing.vetted.npi, owned.id))
      throw new NpiAlreadyListedError();
    if (isEditableDraft(owned.status)) {
      await this.content.writeVettedFields(manager, owned.id, listing.vetted);
    } else if (hasBeenApproved(owned.status)) {
      await this.stageVettedChanges(manager, caller, owned, listing);
    } else {
      throw new ListingTransitionError('edit', owned.status);
    }
    await this.content.writeOpenFields(manager, owned.id, listing.open);
    await this.repository.bumpVersion(manager, owned);
    return owned.id;
  }

  // The approved version stays in the source tables (and public); the proposal waits in the open revision.
  private async stageVettedChanges(
    manager: EntityManager,
    caller: Caller,
    owned: ProviderEntity,
    listing: NormalizedListing,
  ): Promise<void> {
    const approved = await this.repository.snapshot(manager, owned.id);
    const open = await this.repository.openRevision(manager, owned.id);
    if (approved && sameVettedFields(vettedFieldsOf(approved), listing.vetted) && !open) return;
    if (!open) {
      await this.repository.insertRevision(manager, {
        providerId: owned.id,
        status: ListingStatus.DRAFT,
        payload: listing.vetted,
        authorAccountId: caller.id,
      });
      return;
    }
    if (!isEditableDraft(open.status)) throw new RevisionUnderReviewError(open.status);
    await this.repository.replaceRevisionPayload(manager, open.id, listing.vetted);
  }
}

/** A draft started from the NPI registry has licenses without an expiry until the provider saves one. */
function refuseUndatedLicenses(listing: ListingSnapshot): void {
  const problems = listing.licenses.flatMap((license, index) =>
    license.expiresOn
      ? []
      : [
          {
            field: `licenses.${index}.expiresOn`,
            reason: `enter when the ${license.state} license expires, then submit`,
          },
        ],
  );
  if (problems.length) throw new InvalidInputError(problems);
}
