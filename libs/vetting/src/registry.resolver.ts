import { Caller, CurrentUser, Role, Roles } from '@app/auth';
import { ManagedListing, RegistryRecords, VocabularyService } from '@app/directory';
import { Type } from '@nestjs/common';
import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { RegistryCandidatesArgs } from './dto/registry-candidates.args';
import { ClaimedListing } from './models/claim-for-review.model';
import { RegistryCandidateConnection, RegistryRecord } from './models/registry-record.model';
import { RegistryCandidatesService } from './registry-candidates.service';
import { RegisteredListing, RegistryCheck } from './registry-check';
import { RegistryNameMatch } from './registry-name-match';
import { toRegistryRecord } from './registry.mapper';

const RECORD_FIELD = { nullable: true, description: 'The NPI registry’s record of the NPI; admins only' };
const NAME_MATCH_FIELD = { description: 'The legal name against the registry’s; admins only' };

@Roles(Role.ADMIN)
@Resolver()
export class RegistryResolver {
  constructor(
    private readonly candidates: RegistryCandidatesService,
    private readonly records: RegistryRecords,
    private readonly vocabulary: VocabularyService,
  ) {}

  @Query(() => RegistryCandidateConnection, {
    description: 'Active registry practitioners of the directory’s specialties whom no listing has, to invite',
  })
  async registryCandidates(
    @Args() { filter, first, after }: RegistryCandidatesArgs,
  ): Promise<RegistryCandidateConnection> {
    const page = await this.candidates.candidates(filter, { first, after });
    const vocabularies = this.vocabulary.all();
    return { nodes: page.nodes.map((record) => toRegistryRecord(record, vocabularies)), pageInfo: page.pageInfo };
  }

  @Query(() => String, { nullable: true, description: 'The date of the newest NPI registry data loaded (YYYY-MM-DD)' })
  registryDataDate(): Promise<string | null> {
    return this.records.dataDate();
  }
}

/** The registry's fields on a kind of listing admins review (a field resolver needs its type up front). */
function registryFieldsOf(listingType: Type<RegisteredListing>) {
  @Resolver(() => listingType)
  class RegistryFieldsResolver {
    constructor(private readonly check: RegistryCheck) {}

    @ResolveField(() => RegistryRecord, RECORD_FIELD)
    registryRecord(
      @CurrentUser() caller: Caller,
      @Context() context: object,
      @Parent() listing: RegisteredListing,
    ): Promise<RegistryRecord | null> {
      return this.check.record(caller, context, listing);
    }

    @ResolveField(() => RegistryNameMatch, NAME_MATCH_FIELD)
    registryNameMatch(
      @CurrentUser() caller: Caller,
      @Context() context: object,
      @Parent() listing: RegisteredListing,
    ): Promise<RegistryNameMatch> {
      return this.check.nameMatch(caller, context, listing);
    }
  }
  return RegistryFieldsResolver;
}

export class ManagedListingRegistryResolver extends registryFieldsOf(ManagedListing) {}

export class ClaimedListingRegistryResolver extends registryFieldsOf(ClaimedListing) {}
