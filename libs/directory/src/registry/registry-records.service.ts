import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { RegistryRecordsRepository } from './registry-records.repository';
import { RegistryCandidateFilter, RegistryRecord } from './registry.models';

/**
 * The directory's copy of the national NPI registry, for vetting: the record beside a listing, candidates to invite,
 * the date of the data. Never exposed to the public.
 */
@Injectable()
export class RegistryRecords {
  constructor(private readonly records: RegistryRecordsRepository) {}

  /** The record of one NPI, in the caller's transaction. */
  find(manager: EntityManager, npi: string): Promise<RegistryRecord | null> {
    return this.records.find(manager, npi);
  }

  /** The records of these NPIs, by NPI; NPIs the registry does not have are absent. */
  async findMany(npis: string[]): Promise<Map<string, RegistryRecord>> {
    if (npis.length === 0) return new Map();
    const records = await this.records.findMany([...new Set(npis)]);
    return new Map(records.map((record) => [record.npi, record]));
  }

  /** The date of the newest registry data loaded (YYYY-MM-DD), null when none is. */
  dataDate(): Promise<string | null> {
    return this.records.newestDataDate();
  }

  /** At most `limit` candidates in NPI order, after `afterNpi`. */
  candidates(filter: RegistryCandidateFilter, limit: number, afterNpi: string | null): Promise<RegistryRecord[]> {
    return this.records.candidates(filter, limit, afterNpi);
  }
}
