import { Caller, CurrentUser, Public, Role, Roles } from '@app/auth';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ClaimIdArgs, ClaimListingArgs } from '../dto/claim-listing.args';
import { SaveListingInput } from '../dto/save-listing.input';
import { ListingClaim } from '../models/listing-claim.model';
import { AffirmingCareAttestation, ManagedListing } from '../models/managed-listing.model';
import { VocabularyService } from '../vocabulary/vocabulary.service';
import { AFFIRMING_CARE_ATTESTATION } from './affirming-care-attestation';
import { toListingClaim } from './listing-claim.mapper';
import { ListingClaimService } from './listing-claim.service';
import { toManagedListing } from './listing.mapper';
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

  @Mutation(() => ListingClaim, {
    description:
      'Ask to own an unowned listing, or one started from the NPI registry when no listing has the NPI; holds once an ' +
      'admin approves it. One open claim at a time',
  })
  async claimListing(
    @CurrentUser() caller: Caller,
    @Args() { npi, licenses }: ClaimListingArgs,
  ): Promise<ListingClaim> {
    return toListingClaim(await this.claims.claim(caller, npi, licenses));
  }

  @Query(() => [ListingClaim], { description: 'This account’s claims, newest first' })
  async myClaims(@CurrentUser() caller: Caller): Promise<ListingClaim[]> {
    return (await this.claims.mine(caller)).map(toListingClaim);
  }

  @Mutation(() => ListingClaim, { description: 'Take back an open claim' })
  async withdrawClaim(@CurrentUser() caller: Caller, @Args() { id }: ClaimIdArgs): Promise<ListingClaim> {
    return toListingClaim(await this.claims.withdraw(caller, id));
  }

  private toModel(view: ListingView): ManagedListing {
    return toManagedListing(view, this.vocabulary.all());
  }
}
