import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/** The therapist's practice as a provider sees it: who sent the referral and how to reach them. */
export interface TherapistContact {
  name: string;
  email: string;
}

/** Names of the people on either side of referrals, looked up once per page. */
@Injectable()
export class ReferralPartiesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async therapists(accountIds: string[]): Promise<Map<string, TherapistContact>> {
    const rows = await this.dataSource.query<Array<{ id: string; name: string; email: string }>>(
      'SELECT id, display_name AS name, email FROM accounts WHERE id = ANY ($1::uuid[])',
      [[...new Set(accountIds)]],
    );
    return new Map(rows.map((row) => [row.id, { name: row.name, email: row.email }]));
  }

  async listingNames(providerIds: string[]): Promise<Map<string, string>> {
    const rows = await this.dataSource.query<Array<{ id: string; name: string }>>(
      `SELECT id, concat_ws(' ', coalesce(chosen_name, first_name), last_name) AS name FROM providers WHERE id = ANY ($1::uuid[])`,
      [[...new Set(providerIds)]],
    );
    return new Map(rows.map((row) => [row.id, row.name]));
  }
}
