import { Caller, CurrentUser, Public, Role, Roles } from '@app/auth';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ClaimListingArgs } from '../dto/claim-listing.args';
import { SaveListingInput } from '../dto/save-listing.input';
import { AffirmingCareAttestation, ListingRevision, ManagedListing } from '../models/managed-listing.model';
import { VocabularyService } from '../vocabulary/vocabulary.service';
import { AFFIRMING_CARE_ATTESTATION } from './affirming-care-attestation';
import { ListingClaimService } from './listing-claim.service';
import { toListingRevision, toManagedListing } from './listing.mapper';
import { ListingView } from './listing.views';
import { MyListingService } from './my-listing.service';

@Roles(Role.PROVIDER)
@Resolver(() => ManagedListing)
export class MyListingResolver {
  constructor(
    private readonly listings: MyListingService,
    private readonly claims: ListingClaimService,
    private readonly vocabulary: VocabularyService,
  ) {}

  @Public()
  @Query(() => AffirmingCareAttestation, { description: 'The statement providers affirm (current version)' })
  affirmingCareAttestation(): AffirmingCareAttestation {
    return AFFIRMING_CARE_ATTESTATION;
  }

  @Query(() => ManagedListing, { nullable: true, description: 'The listing this provider account owns' })
  async myListing(@CurrentUser() caller: Caller): Promise<ManagedListing | null> {
    const view = await this.listings.find(caller);
    return view && this.toModel(view);
  }

  @Mutation(() => ManagedListing, {
    description: 'Create or update; vetted changes to an approved listing wait for review',
  })
  async saveMyListing(@CurrentUser() caller: Caller, @Args('input') input: SaveListingInput): Promise<ManagedListing> {
    return this.toModel(await this.listings.save(caller, input));
  }

  @Mutation(() => ManagedListing, { description: 'Send the listing (or its pending changes) for vetting' })
  async submitMyListing(@CurrentUser() caller: Caller): Promise<ManagedListing> {
    return this.toModel(await this.listings.submit(caller));
  }

  @Mutation(() => ManagedListing, { description: 'Take back a submission no admin has started reviewing' })
  async withdrawMyListing(@CurrentUser() caller: Caller): Promise<ManagedListing> {
    return this.toModel(await this.listings.withdraw(caller));
  }

  @Mutation(() => ListingRevision, {
    description: 'Ask to own an existing unowned listing; holds once an admin approves it',
  })
  async claimListing(@CurrentUser() caller: Caller, @Args() { npi }: ClaimListingArgs): Promise<ListingRevision> {
    return toListingRevision(await this.claims.claim(caller, npi));
  }

  private toModel(view: ListingView): ManagedListing {
    return toManagedListing(view, this.vocabulary.all());
  }
}
