import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { OPEN_REVISION_STATUSES } from '../entities/listing-revision.entity';
import { TaxonomyCode } from './taxonomy-files';
import { KnownSpecialty, ScopeChange } from './taxonomy-import.plan';

/** Writes the taxonomy into `specialties`; every method runs in the import's transaction. */
@Injectable()
export class TaxonomyRepository {
  /** Every code, locked: no listing takes up a code while the import decides its scope. */
  lockAll(manager: EntityManager): Promise<KnownSpecialty[]> {
    return manager.query(`
      SELECT code, name, grouping, classification, specialization, definition, slug, category::text AS category,
             retired_on::text AS "retiredOn"
      FROM specialties ORDER BY code FOR UPDATE`);
  }

  /** The codes listings have, published or in an open revision. */
  async codesInUse(manager: EntityManager): Promise<string[]> {
    const rows = await manager.query<Array<{ code: string }>>(
      `SELECT specialty_code AS code FROM provider_specialties
       UNION
       SELECT chosen->>'code' FROM listing_revisions r
         CROSS JOIN jsonb_array_elements(r.payload->'specialties') AS chosen
       WHERE r.status::text = ANY($1)`,
      [OPEN_REVISION_STATUSES],
    );
    return rows.map((row) => row.code);
  }

  /** Adds new codes (out of scope) and rewrites the description of known ones. */
  async upsert(manager: EntityManager, codes: TaxonomyCode[]): Promise<void> {
    if (codes.length === 0) return;
    await manager.query(
      `INSERT INTO specialties (code, name, grouping, classification, specialization, definition)
       SELECT code, name, grouping, classification, specialization, definition
       FROM jsonb_to_recordset($1::jsonb)
         AS r(code text, name text, grouping text, classification text, specialization text, definition text)
       ON CONFLICT (code) DO UPDATE SET name = excluded.name, grouping = excluded.grouping,
         classification = excluded.classification, specialization = excluded.specialization,
         definition = excluded.definition`,
      [JSON.stringify(codes)],
    );
  }

  async retire(manager: EntityManager, codes: string[]): Promise<void> {
    await manager.query('UPDATE specialties SET retired_on = current_date WHERE code = ANY($1)', [codes]);
  }

  async restore(manager: EntityManager, codes: string[]): Promise<void> {
    await manager.query('UPDATE specialties SET retired_on = NULL WHERE code = ANY($1)', [codes]);
  }

  async applyScope(manager: EntityManager, changes: ScopeChange[]): Promise<void> {
    if (changes.length === 0) return;
    await manager.query(
      `UPDATE specialties s SET category = r.category::specialty_category, slug = r.slug
       FROM jsonb_to_recordset($1::jsonb) AS r(code text, category text, slug text)
       WHERE s.code = r.code`,
      [JSON.stringify(changes)],
    );
  }

  /** Published listings carry their specialties' names and categories: rewrite the ones having these codes. */
  async refreshListingsWith(manager: EntityManager, codes: string[]): Promise<void> {
    if (codes.length === 0) return;
    await manager.query(
      `SELECT refresh_search_listings(ARRAY(
         SELECT DISTINCT provider_id FROM provider_specialties WHERE specialty_code = ANY($1)))`,
      [codes],
    );
  }
}
