import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { RegistryCandidateFilter, RegistryRecord } from './registry.models';

const RECORD_SQL = `
  SELECT r.npi, r.last_name AS "lastName", r.first_name AS "firstName", r.middle_name AS "middleName",
         r.name_prefix AS "namePrefix", r.name_suffix AS "nameSuffix", r.credentials, r.taxonomies,
         r.primary_taxonomy_code AS "primaryTaxonomyCode", r.practice_line1 AS "practiceLine1",
         r.practice_line2 AS "practiceLine2", r.practice_city AS "practiceCity", r.practice_state AS "practiceState",
         r.practice_postal_code AS "practicePostalCode", r.practice_phone AS "practicePhone",
         r.enumerated_on::text AS "enumeratedOn", r.last_updated_on::text AS "lastUpdatedOn",
         r.deactivated_on::text AS "deactivatedOn", r.deactivation_reason AS "deactivationReason",
         r.reactivated_on::text AS "reactivatedOn", r.source_file AS "sourceFile", r.source_date::text AS "sourceDate"
  FROM registry_practitioners r`;

// The SQL twin of isActiveRecord.
const ACTIVE = `(r.deactivated_on IS NULL OR r.reactivated_on >= r.deactivated_on)`;

/** Reads of the NPI registry's copy; the importer writes it. */
@Injectable()
export class RegistryRecordsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async find(manager: EntityManager, npi: string): Promise<RegistryRecord | null> {
    const [record] = await manager.query<RegistryRecord[]>(`${RECORD_SQL} WHERE r.npi = $1`, [npi]);
    return record ?? null;
  }

  findMany(npis: string[]): Promise<RegistryRecord[]> {
    return this.dataSource.query<RegistryRecord[]>(`${RECORD_SQL} WHERE r.npi = ANY ($1::text[])`, [npis]);
  }

  /** The date of the newest registry file loaded; null before the first. */
  async newestDataDate(): Promise<string | null> {
    const [row] = await this.dataSource.query<Array<{ date: string }>>(
      'SELECT data_date::text AS date FROM registry_imports ORDER BY data_date DESC, finished_at DESC LIMIT 1',
    );
    return row?.date ?? null;
  }

  /**
   * Active practitioners of the filter that no listing has, by NPI: registry_practitioners_state_idx walks the
   * state's rows in this order, so a page reads only as far as it needs.
   */
  candidates(filter: RegistryCandidateFilter, limit: number, afterNpi: string | null): Promise<RegistryRecord[]> {
    return this.dataSource.query<RegistryRecord[]>(
      `${RECORD_SQL}
       WHERE r.practice_state = $1 AND r.taxonomy_codes && $2::text[] AND ${ACTIVE}
         AND ($3::text IS NULL OR starts_with(lower(r.last_name), $3) OR starts_with(lower(r.first_name), $3))
         AND ($4::text IS NULL OR r.npi > $4)
         AND NOT EXISTS (SELECT 1 FROM providers p WHERE p.npi = r.npi)
       ORDER BY r.npi
       LIMIT $5`,
      [filter.state, filter.taxonomyCodes, filter.name?.toLowerCase() ?? null, afterNpi, limit],
    );
  }
}
