import { FieldCipher } from '@app/config';
import { Caller } from '@app/auth';
import { Injectable } from '@nestjs/common';
import { ReferralEntity } from '../entities/referral.entity';
import { ListingFeedbackService } from '../feedback/listing-feedback.service';
import { sealOutcomeNote } from '../privacy/client-details';
import { ReferralAccess } from '../referral-access';
import { ReferralAuditAction, ReferralJournal } from '../referral-journal';
import { OUTCOME_RECORDABLE } from '../referral-state-machine';
import { ReferralRepository } from '../referral.repository';
import { OutcomeAlreadyRecordedError, ReferralNotFoundError, ReferralTransitionError } from '../referrals.errors';
import { ReferralOutcome } from '../referral.vocabulary';

const ACTION = 'RECORD_OUTCOME';

/** After the visit the therapist says how it went; the note is sealed and only admins read it. */
@Injectable()
export class RecordOutcomeService {
  constructor(
    private readonly referrals: ReferralRepository,
    private readonly access: ReferralAccess,
    private readonly journal: ReferralJournal,
    private readonly feedback: ListingFeedbackService,
    private readonly cipher: FieldCipher,
  ) {}

  record(caller: Caller, id: string, outcome: ReferralOutcome, note: string | null): Promise<ReferralEntity> {
    return this.referrals.transaction(async (manager) => {
      const { referral, side } = await this.access.load(manager, caller, id);
      if (side !== 'THERAPIST') throw new ReferralNotFoundError();
      if (referral.outcome) throw new OutcomeAlreadyRecordedError();
      if (!OUTCOME_RECORDABLE.includes(referral.status)) throw new ReferralTransitionError(ACTION, referral.status);
      const sealed = note ? sealOutcomeNote(this.cipher, referral.id, note) : null;
      if (!(await this.referrals.recordOutcome(manager, referral, outcome, sealed))) {
        const now = (await this.referrals.findById(manager, referral.id))!;
        throw now.outcome ? new OutcomeAlreadyRecordedError() : new ReferralTransitionError(ACTION, now.status);
      }
      await this.journal.audit(manager, referral.id, caller.id, ReferralAuditAction.RECORD_OUTCOME);
      await this.feedback.outcomeRecorded(manager, referral.providerId, outcome);
      return (await this.referrals.findById(manager, referral.id))!;
    });
  }
}
