import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { ProviderEntity } from '../entities/provider.entity';
import { ListingAuditRepository } from '../listing/listing-audit.repository';
import { ListingContentRepository } from '../listing/listing-content.repository';
import { ListingStatus } from '../listing/listing-lifecycle';
import { ListingRepository } from '../listing/listing.repository';
import { VocabularyService } from '../vocabulary/vocabulary.service';
import { ZipCodeLocator } from '../zip/zip-code.locator';
import { prefillFromRegistry, RegistryPrefill } from './registry-prefill';
import { RegistryNpiDeactivatedError } from './registry-records.errors';
import { RegistryRecordsRepository } from './registry-records.repository';
import { isActiveRecord, RegistryRecord } from './registry.models';

/** The audit action of a listing started from the registry; its reason names the file and the data's date. */
export const CREATE_FROM_REGISTRY = 'CREATE_FROM_REGISTRY';

/**
 * Starts an unowned DRAFT listing from an NPI's registry record, so that a clinician whose NPI no listing has can
 * claim one: nothing public, no affirming-care statement, licenses unverified. Runs in the caller's transaction.
 */
@Injectable()
export class RegistryPrefillService {
  constructor(
    private readonly records: RegistryRecordsRepository,
    private readonly listings: ListingRepository,
    private readonly content: ListingContentRepository,
    private readonly audit: ListingAuditRepository,
    private readonly vocabulary: VocabularyService,
    private readonly zips: ZipCodeLocator,
  ) {}

  /** The new draft, locked; null when the registry has no listable record of the NPI. */
  async createDraft(manager: EntityManager, npi: string, actorId: string): Promise<ProviderEntity | null> {
    const record = await this.records.find(manager, npi);
    if (!record) return null;
    if (!isActiveRecord(record)) throw new RegistryNpiDeactivatedError(npi, record.deactivatedOn as string);
    const prefill = this.prefill(record);
    if (!prefill) return null;
    const id = await this.content.insertDraft(manager, null, prefill.vetted);
    await this.content.writeVettedFields(manager, id, prefill.vetted);
    await this.content.writeOpenFields(manager, id, prefill.open);
    await this.audit.append(manager, {
      providerId: id,
      revisionId: null,
      actorId,
      action: CREATE_FROM_REGISTRY,
      fromStatus: null,
      toStatus: ListingStatus.DRAFT,
      reason: `NPI registry file ${record.sourceFile}, data of ${record.sourceDate}`,
      checks: null,
    });
    return this.listings.findForUpdate(manager, id);
  }

  private prefill(record: RegistryRecord): RegistryPrefill | null {
    const categories = new Map(this.vocabulary.all().specialties.map((s) => [s.code, s.category]));
    return prefillFromRegistry(record, {
      // Specialties without a category are in the vocabulary for the registry's sake, not listed.
      inScope: (code) => categories.get(code) != null,
      locate: (zip) => this.zips.find(zip),
    });
  }
}
