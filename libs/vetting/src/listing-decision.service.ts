import { Caller } from '@app/auth';
import { ListingAction, ListingTransitions, ListingView, ListingViews } from '@app/directory';
import { InvalidInputError } from '@app/shared';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ListingDecisionInput } from './dto/listing-decision.input';

/** Steps that hold the provider back or take a listing off the directory must say why. */
const NEEDS_REASON = [ListingAction.REQUEST_CHANGES, ListingAction.REJECT, ListingAction.SUSPEND];

export type DecisionAction =
  | ListingAction.START_REVIEW
  | ListingAction.REQUEST_CHANGES
  | ListingAction.REJECT
  | ListingAction.SUSPEND
  | ListingAction.REINSTATE
  | ListingAction.ARCHIVE;

/** Admin decisions that change a status and nothing else (approval has its own service). */
@Injectable()
export class ListingDecisionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly transitions: ListingTransitions,
    private readonly views: ListingViews,
  ) {}

  decide(admin: Caller, input: ListingDecisionInput, action: DecisionAction): Promise<ListingView> {
    if (NEEDS_REASON.includes(action) && !input.reason?.trim()) {
      throw InvalidInputError.field('reason', `is required to ${action.toLowerCase().replace(/_/g, ' ')}`);
    }
    return this.dataSource.transaction(async (manager) => {
      const listing = await this.transitions.load(manager, input.id);
      await this.transitions.apply(manager, {
        listing,
        action,
        actorId: admin.id,
        expectedVersion: input.version,
        reason: input.reason,
      });
      return this.views.load(manager, listing.id);
    });
  }
}
