import { Caller, Role } from '@app/auth';
import { ListingLookup } from '@app/directory';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { ReferralEntity } from './entities/referral.entity';
import { ReferralRepository } from './referral.repository';
import { ReferralNotFoundError } from './referrals.errors';

/** The two people a referral is shared with; everyone else (admins included) may not know it exists. */
export type ReferralSide = 'THERAPIST' | 'PROVIDER';

export interface AccessibleReferral {
  referral: ReferralEntity;
  side: ReferralSide;
}

/** Which side of `referral` the caller is on, if any; `ownedListingId` is the listing a provider account owns. */
export function sideOf(caller: Caller, referral: ReferralEntity, ownedListingId: string | null): ReferralSide | null {
  if (caller.role === Role.THERAPIST && referral.therapistAccountId === caller.id) return 'THERAPIST';
  if (caller.role === Role.PROVIDER && ownedListingId !== null && referral.providerId === ownedListingId)
    return 'PROVIDER';
  return null;
}

/** Loads a referral for a caller, checking first that they may see it: not found and not theirs look the same. */
@Injectable()
export class ReferralAccess {
  constructor(
    private readonly referrals: ReferralRepository,
    private readonly listings: ListingLookup,
  ) {}

  async load(manager: EntityManager, caller: Caller, id: string): Promise<AccessibleReferral> {
    const referral = await this.referrals.findById(manager, id);
    const ownedListingId = caller.role === Role.PROVIDER ? await this.listings.ownedListingId(caller.id) : null;
    const side = referral && sideOf(caller, referral, ownedListingId);
    if (!referral || !side) throw new ReferralNotFoundError();
    return { referral, side };
  }
}
