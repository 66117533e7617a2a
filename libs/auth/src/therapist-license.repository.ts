import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

export interface NewTherapistLicense {
  state: string;
  licenseType: string;
  number: string;
  npi: string | null;
}

export interface LicenseVerification {
  source: string;
  note: string | null;
  /** Null only for the demo data's licenses, which no admin checked. */
  verifiedBy: string | null;
}

export interface TherapistLicenseRow extends NewTherapistLicense {
  id: string;
  accountId: string;
  verificationSource: string | null;
  verificationNote: string | null;
  verifiedBy: string | null;
  verifiedAt: Date | null;
}

const COLUMNS = `id, account_id AS "accountId", state, license_type AS "licenseType", number, npi,
  verification_source AS "verificationSource", verification_note AS "verificationNote",
  verified_by AS "verifiedBy", verified_at AS "verifiedAt"`;

@Injectable()
export class TherapistLicenseRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async insert(manager: EntityManager, accountId: string, licenses: NewTherapistLicense[]): Promise<void> {
    await manager.query(
      `INSERT INTO therapist_licenses (account_id, state, license_type, number, npi)
       SELECT $1, * FROM unnest($2::text[], $3::text[], $4::text[], $5::text[])`,
      [
        accountId,
        licenses.map((license) => license.state),
        licenses.map((license) => license.licenseType),
        licenses.map((license) => license.number),
        licenses.map((license) => license.npi),
      ],
    );
  }

  /** By state, type and number, for many accounts at once (a page of the approval queue). */
  async findByAccounts(accountIds: string[]): Promise<TherapistLicenseRow[]> {
    return this.dataSource.query<TherapistLicenseRow[]>(
      `SELECT ${COLUMNS} FROM therapist_licenses WHERE account_id = ANY ($1::uuid[]) ORDER BY state, license_type, number`,
      [accountIds],
    );
  }

  /** Locks the license so two admins' verifications of it are recorded one after the other. */
  async findForUpdate(manager: EntityManager, id: string): Promise<TherapistLicenseRow | null> {
    const rows = await manager.query<TherapistLicenseRow[]>(
      `SELECT ${COLUMNS} FROM therapist_licenses WHERE id = $1 FOR UPDATE`,
      [id],
    );
    return rows[0] ?? null;
  }

  async verify(manager: EntityManager, id: string, verification: LicenseVerification): Promise<TherapistLicenseRow> {
    const [rows] = await manager.query<[TherapistLicenseRow[], number]>(
      `UPDATE therapist_licenses
       SET verification_source = $2, verification_note = $3, verified_by = $4, verified_at = now()
       WHERE id = $1 RETURNING ${COLUMNS}`,
      [id, verification.source, verification.note, verification.verifiedBy],
    );
    return rows[0];
  }

  async hasVerified(manager: EntityManager, accountId: string): Promise<boolean> {
    const rows = await manager.query<unknown[]>(
      'SELECT 1 FROM therapist_licenses WHERE account_id = $1 AND verified_at IS NOT NULL LIMIT 1',
      [accountId],
    );
    return rows.length > 0;
  }
}
