import { Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { ListingRevisionEntity, OPEN_REVISION_STATUSES } from '../entities/listing-revision.entity';
import { ProviderEntity } from '../entities/provider.entity';
import { ListingSnapshot, VettedFields } from './listing-fields';
import { ListingStatus } from './listing-lifecycle';

const SNAPSHOT_SQL = `
  SELECT p.id, p.owner_account_id AS "ownerAccountId", p.status, p.version, p.npi,
         p.first_name AS "firstName", p.last_name AS "lastName", p.chosen_name AS "chosenName",
         p.chosen_last_name AS "chosenLastName", p.credentials,
         p.pronouns, p.bio, p.phone, p.accepting_new_patients AS "acceptingNewPatients",
         p.offers_telehealth AS "offersTelehealth", p.attestation_version AS "attestationVersion",
         p.attested_at AS "attestedAt", p.last_verified_at AS "lastVerifiedAt", p.reverify_on::text AS "reverifyOn",
         p.status_changed_at AS "statusChangedAt",
         coalesce((SELECT jsonb_agg(jsonb_build_object('code', s.specialty_code, 'primary', s.is_primary)
                                    ORDER BY s.is_primary DESC, s.specialty_code)
                   FROM provider_specialties s WHERE s.provider_id = p.id), '[]') AS specialties,
         coalesce((SELECT jsonb_agg(jsonb_build_object('slug', a.attribute_slug, 'evidence', a.evidence,
                                                       'evidencedOn', a.evidenced_on) ORDER BY a.attribute_slug)
                   FROM provider_care_attributes a WHERE a.provider_id = p.id), '[]') AS "careAttributeEvidence",
         ARRAY(SELECT l.language_code::text FROM provider_languages l WHERE l.provider_id = p.id ORDER BY 1) AS languages,
         ARRAY(SELECT i.plan_slug FROM provider_insurance_plans i WHERE i.provider_id = p.id ORDER BY 1) AS "insurancePlans",
         coalesce((SELECT jsonb_agg(jsonb_build_object('id', pl.id, 'name', pl.name, 'street', pl.street,
                                     'hideStreet', pl.hide_street, 'city', pl.city, 'state', pl.state, 'zip', pl.zip,
                                     'latitude', pl.latitude, 'longitude', pl.longitude, 'phone', pl.phone)
                                    ORDER BY pl.position, pl.id)
                   FROM practice_locations pl WHERE pl.provider_id = p.id), '[]') AS locations,
         coalesce((SELECT jsonb_agg(jsonb_build_object('id', l.id, 'state', l.state, 'licenseType', l.license_type,
                                     'number', l.number, 'expiresOn', l.expires_on, 'verification', l.verification,
                                     'verifiedAt', l.verified_at, 'verificationSource', l.verification_source)
                                    ORDER BY l.state, l.license_type, l.number)
                   FROM licenses l WHERE l.provider_id = p.id), '[]') AS "licenseRecords"
  FROM providers p
  WHERE p.id = $1`;

type SnapshotRow = Omit<ListingSnapshot, 'careAttributes' | 'licenses'>;

/** Reads and versioned updates of listings and their revisions; every method runs in the caller's transaction. */
@Injectable()
export class ListingRepository {
  async snapshot(manager: EntityManager, id: string): Promise<ListingSnapshot | null> {
    const rows = await manager.query<SnapshotRow[]>(SNAPSHOT_SQL, [id]);
    if (rows.length === 0) return null;
    const row = rows[0];
    return {
      ...row,
      careAttributes: row.careAttributeEvidence.map((a) => a.slug),
      licenses: row.licenseRecords.map(({ state, licenseType, number, expiresOn }) => ({
        state,
        licenseType,
        number,
        expiresOn,
      })),
    };
  }

  async specialtyCodes(manager: EntityManager, id: string): Promise<string[]> {
    const rows = await manager.query<Array<{ code: string }>>(
      'SELECT specialty_code AS code FROM provider_specialties WHERE provider_id = $1',
      [id],
    );
    return rows.map((row) => row.code);
  }

  /** Locks the row: concurrent writes to one listing queue behind each other. */
  findForUpdate(manager: EntityManager, id: string): Promise<ProviderEntity | null> {
    return manager.findOne(ProviderEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  owned(manager: EntityManager, accountId: string): Promise<ProviderEntity | null> {
    return manager.findOneBy(ProviderEntity, { ownerAccountId: accountId });
  }

  async ownedForUpdate(manager: EntityManager, accountId: string): Promise<ProviderEntity | null> {
    const owned = await this.owned(manager, accountId);
    return owned && this.findForUpdate(manager, owned.id);
  }

  findByNpi(manager: EntityManager, npi: string): Promise<ProviderEntity | null> {
    return manager.findOneBy(ProviderEntity, { npi });
  }

  async npiUsedElsewhere(manager: EntityManager, npi: string, exceptId: string | null): Promise<boolean> {
    const rows = await manager.query<unknown[]>('SELECT 1 FROM providers WHERE npi = $1 AND id IS DISTINCT FROM $2', [
      npi,
      exceptId,
    ]);
    return rows.length > 0;
  }

  /** `UPDATE … WHERE status = from AND version = v`: false when someone else moved the listing first. */
  async changeStatus(manager: EntityManager, listing: ProviderEntity, to: ListingStatus): Promise<boolean> {
    const [, updated] = await manager.query<[unknown, number]>(
      `UPDATE providers SET status = $4, version = version + 1, updated_at = now(),
              status_changed_at = CASE WHEN status = $4 THEN status_changed_at ELSE now() END
       WHERE id = $1 AND status = $2 AND version = $3`,
      [listing.id, listing.status, listing.version, to],
    );
    return updated === 1;
  }

  async bumpVersion(manager: EntityManager, listing: ProviderEntity): Promise<boolean> {
    const [, updated] = await manager.query<[unknown, number]>(
      'UPDATE providers SET version = version + 1, updated_at = now() WHERE id = $1 AND version = $2',
      [listing.id, listing.version],
    );
    return updated === 1;
  }

  openRevision(manager: EntityManager, listingId: string): Promise<ListingRevisionEntity | null> {
    return manager.findOneBy(ListingRevisionEntity, { providerId: listingId, status: In(OPEN_REVISION_STATUSES) });
  }

  revisions(manager: EntityManager, listingId: string): Promise<ListingRevisionEntity[]> {
    return manager.find(ListingRevisionEntity, {
      where: { providerId: listingId },
      order: { createdAt: 'DESC', id: 'ASC' },
    });
  }

  async insertRevision(
    manager: EntityManager,
    revision: {
      providerId: string;
      status: ListingStatus;
      payload: VettedFields;
      authorAccountId: string;
    },
  ): Promise<ListingRevisionEntity> {
    const inserted = await manager.insert(ListingRevisionEntity, revision);
    return manager.findOneByOrFail(ListingRevisionEntity, { id: inserted.identifiers[0].id as string });
  }

  async replaceRevisionPayload(manager: EntityManager, revisionId: string, payload: VettedFields): Promise<void> {
    await manager.query('UPDATE listing_revisions SET payload = $2 WHERE id = $1', [
      revisionId,
      JSON.stringify(payload),
    ]);
  }

  async changeRevisionStatus(
    manager: EntityManager,
    revision: ListingRevisionEntity,
    to: ListingStatus,
    decidedBy: string | null,
  ): Promise<boolean> {
    const [, updated] = await manager.query<[unknown, number]>(
      `UPDATE listing_revisions SET status = $3, status_changed_at = now(),
              decided_at = CASE WHEN $4::uuid IS NULL THEN decided_at ELSE now() END,
              decided_by = coalesce($4::uuid, decided_by)
       WHERE id = $1 AND status = $2`,
      [revision.id, revision.status, to, decidedBy],
    );
    return updated === 1;
  }
}
