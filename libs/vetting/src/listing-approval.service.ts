import { Caller } from '@app/auth';
import { translateDatabaseError } from '@app/database';
import {
  AFFIRMING_CARE_ATTESTATION,
  isActiveRecord,
  ListingAction,
  ListingLookup,
  ListingSnapshot,
  ListingTransitions,
  ListingVerification,
  ListingView,
  ListingViews,
  RegistryRecords,
  ReviewSubject,
  VocabularyService,
} from '@app/directory';
import { FieldProblem, InvalidInputError, isValidNpi } from '@app/shared';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { ApprovalChecks, ApprovalFacts, evaluateApproval, registryProblem } from './approval-checks';
import { ApproveListingInput } from './dto/approve-listing.input';

/**
 * Approval and re-verification: apply what was under review (a revision's changes), record the admin's
 * license and evidence checks, enforce the approval rules and set the next re-verification date — all or nothing.
 */
@Injectable()
export class ListingApprovalService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly transitions: ListingTransitions,
    private readonly verification: ListingVerification,
    private readonly lookup: ListingLookup,
    private readonly views: ListingViews,
    private readonly vocabulary: VocabularyService,
    private readonly registry: RegistryRecords,
  ) {}

  approve(admin: Caller, input: ApproveListingInput): Promise<ListingView> {
    return this.vet(admin, input, ListingAction.APPROVE);
  }

  reverify(admin: Caller, input: ApproveListingInput): Promise<ListingView> {
    return this.vet(admin, input, ListingAction.REVERIFY);
  }

  private async vet(admin: Caller, input: ApproveListingInput, action: ListingAction): Promise<ListingView> {
    try {
      return await this.dataSource.transaction(async (manager) => {
        const listing = await this.transitions.load(manager, input.id);
        await this.transitions.apply(manager, {
          listing,
          action,
          actorId: admin.id,
          expectedVersion: input.version,
          reason: input.reason,
          effects: async (subject) => ({ ...(await this.check(manager, subject, input)) }),
        });
        return this.views.load(manager, listing.id);
      });
    } catch (error) {
      return translateDatabaseError(error);
    }
  }

  private async check(
    manager: EntityManager,
    subject: ReviewSubject,
    input: ApproveListingInput,
  ): Promise<ApprovalChecks> {
    const id = subject.listing.id;
    await this.verification.adoptReviewedRevision(manager, subject);
    await this.recordAdminChecks(manager, id, input);
    const { listing } = await this.views.load(manager, id);
    await this.assertActiveInRegistry(manager, listing.npi);
    const today = new Date().toISOString().slice(0, 10);
    const { checks, problems } = evaluateApproval(await this.factsOf(manager, listing), today);
    if (problems.length) throw new InvalidInputError(problems, 'VETTING.CHECKS_FAILED');
    await this.verification.markVerified(manager, id, checks.reverifyOn);
    return checks;
  }

  private async assertActiveInRegistry(manager: EntityManager, npi: string): Promise<void> {
    const record = await this.registry.find(manager, npi);
    const problem = registryProblem(
      npi,
      record && { active: isActiveRecord(record), deactivatedOn: record.deactivatedOn },
    );
    if (problem) throw new InvalidInputError([problem], 'VETTING.NPI_DEACTIVATED');
  }

  private async recordAdminChecks(manager: EntityManager, id: string, input: ApproveListingInput): Promise<void> {
    const refusedLicenses = await this.verification.verifyLicenses(manager, id, input.licenseVerifications ?? []);
    const unmatchedEvidence = await this.verification.setEvidence(manager, id, input.careAttributeEvidence ?? []);
    const problems: FieldProblem[] = [
      ...refusedLicenses.map((l) => ({
        field: 'licenseVerifications',
        reason:
          l.refusal === 'NO_EXPIRY'
            ? `the ${l.state} ${l.licenseType} license ${l.number} has no expiry yet; the provider must enter it first`
            : `the listing has no ${l.state} ${l.licenseType} license ${l.number}`,
      })),
      ...unmatchedEvidence.map((slug) => ({
        field: 'careAttributeEvidence',
        reason: `the listing does not carry "${slug}"`,
      })),
    ];
    if (problems.length) throw new InvalidInputError(problems);
  }

  private async factsOf(manager: EntityManager, listing: ListingSnapshot): Promise<ApprovalFacts> {
    const categories = new Map(this.vocabulary.all().specialties.map((s) => [s.code, s.category as string]));
    return {
      npi: listing.npi,
      npiCheckDigitValid: isValidNpi(listing.npi),
      npiUnique: !(await this.lookup.npiUsedElsewhere(manager, listing.npi, listing.id)),
      licenses: listing.licenseRecords,
      specialties: listing.specialties.map((s) => ({ code: s.code, category: categories.get(s.code) ?? null })),
      attestation: { version: listing.attestationVersion, attestedAt: listing.attestedAt?.toISOString() ?? null },
      currentAttestationVersion: AFFIRMING_CARE_ATTESTATION.version,
      careAttributes: listing.careAttributeEvidence,
      baselineAttributes: this.vocabulary
        .all()
        .careAttributes.filter((a) => a.baseline)
        .map((a) => a.slug),
    };
  }
}
