import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { OpenFields, VettedFields } from './listing-fields';

export interface LicenseCheck {
  state: string;
  licenseType: string;
  number: string;
  source: string;
  /** YYYY-MM-DD */
  verifiedOn: string;
}

/**
 * A check an admin asked for that was not recorded: the listing has no such license, or its expiry is not entered
 * yet (the board's record is checked against it, and a verified license always has one).
 */
export interface RefusedLicenseCheck extends LicenseCheck {
  refusal: 'NOT_ON_LISTING' | 'NO_EXPIRY';
}

export interface EvidenceDecision {
  slug: string;
  evidence: string;
}

/**
 * Writes the source tables the public read model is built from. Callers own the transaction and call publish()
 * after anything that can change what the public sees.
 */
@Injectable()
export class ListingContentRepository {
  /** A new DRAFT; unowned (null) when started from the registry for claimants. */
  async insertDraft(manager: EntityManager, ownerAccountId: string | null, vetted: VettedFields): Promise<string> {
    const rows = await manager.query<Array<{ id: string }>>(
      `INSERT INTO providers (owner_account_id, npi, first_name, last_name, chosen_name, chosen_last_name, credentials,
                              status)
       VALUES ($1, $2, $3, $4, $5, $6, $7, 'DRAFT') RETURNING id`,
      [ownerAccountId, ...identityOf(vetted), vetted.credentials],
    );
    return rows[0].id;
  }

  /** Replaces the vetted fields, keeping evidence of unchanged attributes and verification of unchanged licenses. */
  async writeVettedFields(manager: EntityManager, id: string, vetted: VettedFields): Promise<void> {
    await manager.query(
      `UPDATE providers SET npi = $2, first_name = $3, last_name = $4, chosen_name = $5, chosen_last_name = $6,
                            credentials = $7, updated_at = now()
       WHERE id = $1`,
      [id, ...identityOf(vetted), vetted.credentials],
    );
    await manager.query('DELETE FROM provider_specialties WHERE provider_id = $1', [id]);
    await manager.query(
      `INSERT INTO provider_specialties (provider_id, specialty_code, is_primary)
       SELECT $1, e->>'code', (e->>'primary')::boolean FROM jsonb_array_elements($2::jsonb) AS e`,
      [id, JSON.stringify(vetted.specialties)],
    );
    await manager.query(
      'DELETE FROM provider_care_attributes WHERE provider_id = $1 AND attribute_slug <> ALL ($2::text[])',
      [id, vetted.careAttributes],
    );
    await manager.query(
      `INSERT INTO provider_care_attributes (provider_id, attribute_slug)
       SELECT $1, slug FROM unnest($2::text[]) AS slug ON CONFLICT DO NOTHING`,
      [id, vetted.careAttributes],
    );
    await this.writeLicenses(manager, id, vetted);
  }

  // A renewed license (same number, new expiry) must be verified again.
  private async writeLicenses(manager: EntityManager, id: string, vetted: VettedFields): Promise<void> {
    const licenses = JSON.stringify(vetted.licenses);
    await manager.query(
      `DELETE FROM licenses l WHERE l.provider_id = $1 AND NOT EXISTS (
         SELECT 1 FROM jsonb_array_elements($2::jsonb) AS e
         WHERE e->>'state' = l.state AND e->>'licenseType' = l.license_type AND e->>'number' = l.number)`,
      [id, licenses],
    );
    await manager.query(
      `INSERT INTO licenses AS l (provider_id, state, license_type, number, expires_on)
       SELECT $1, e->>'state', e->>'licenseType', e->>'number', (e->>'expiresOn')::date FROM jsonb_array_elements($2::jsonb) AS e
       ON CONFLICT ON CONSTRAINT licenses_unique_number DO UPDATE SET
         expires_on = EXCLUDED.expires_on,
         verification = CASE WHEN l.expires_on = EXCLUDED.expires_on THEN l.verification ELSE 'UNVERIFIED' END,
         verified_at = CASE WHEN l.expires_on = EXCLUDED.expires_on THEN l.verified_at END,
         verification_source = CASE WHEN l.expires_on = EXCLUDED.expires_on THEN l.verification_source END`,
      [id, licenses],
    );
  }

  async writeOpenFields(manager: EntityManager, id: string, open: OpenFields): Promise<void> {
    await manager.query(
      `UPDATE providers SET pronouns = $2, bio = $3, phone = $4, accepting_new_patients = $5, offers_telehealth = $6,
              updated_at = now()
       WHERE id = $1`,
      [id, open.pronouns, open.bio, open.phone, open.acceptingNewPatients, open.offersTelehealth],
    );
    await manager.query('DELETE FROM provider_languages WHERE provider_id = $1', [id]);
    await manager.query('INSERT INTO provider_languages (provider_id, language_code) SELECT $1, unnest($2::text[])', [
      id,
      open.languages,
    ]);
    await manager.query('DELETE FROM provider_insurance_plans WHERE provider_id = $1', [id]);
    await manager.query('INSERT INTO provider_insurance_plans (provider_id, plan_slug) SELECT $1, unnest($2::text[])', [
      id,
      open.insurancePlans,
    ]);
    await manager.query('DELETE FROM practice_locations WHERE provider_id = $1', [id]);
    await manager.query(
      `INSERT INTO practice_locations (provider_id, position, name, street, city, state, zip, latitude, longitude, hide_street, phone)
       SELECT $1, e.ord - 1, e.v->>'name', e.v->>'street', e.v->>'city', e.v->>'state', e.v->>'zip',
              (e.v->>'latitude')::float8, (e.v->>'longitude')::float8, (e.v->>'hideStreet')::boolean, e.v->>'phone'
       FROM jsonb_array_elements($2::jsonb) WITH ORDINALITY AS e(v, ord)`,
      [id, JSON.stringify(open.locations)],
    );
  }

  async recordAttestation(manager: EntityManager, id: string, version: string): Promise<void> {
    await manager.query('UPDATE providers SET attestation_version = $2, attested_at = now() WHERE id = $1', [
      id,
      version,
    ]);
  }

  async assignOwner(manager: EntityManager, id: string, accountId: string): Promise<void> {
    await manager.query('UPDATE providers SET owner_account_id = $2 WHERE id = $1', [id, accountId]);
  }

  /** Marks licenses verified by an admin; returns the checks it could not record, and why. */
  async verifyLicenses(
    manager: EntityManager,
    id: string,
    verifications: LicenseCheck[],
  ): Promise<RefusedLicenseCheck[]> {
    const refused: RefusedLicenseCheck[] = [];
    for (const v of verifications) {
      const found = await manager.query<Array<{ dated: boolean }>>(
        `WITH license AS (
           SELECT id, expires_on FROM licenses WHERE provider_id = $1 AND state = $2 AND license_type = $3 AND number = $4
         ), verified AS (
           UPDATE licenses l SET verification = 'VERIFIED', verified_at = $5::date, verification_source = $6
           FROM license WHERE l.id = license.id AND license.expires_on IS NOT NULL
         )
         SELECT expires_on IS NOT NULL AS dated FROM license`,
        [id, v.state, v.licenseType, v.number, v.verifiedOn, v.source],
      );
      if (found.length === 0) refused.push({ ...v, refusal: 'NOT_ON_LISTING' });
      else if (!found[0].dated) refused.push({ ...v, refusal: 'NO_EXPIRY' });
    }
    return refused;
  }

  /** Sets evidence levels decided by an admin; returns the slugs the listing does not carry. */
  async setEvidence(manager: EntityManager, id: string, decisions: EvidenceDecision[]): Promise<string[]> {
    const unmatched: string[] = [];
    for (const d of decisions) {
      const [, updated] = await manager.query<[unknown, number]>(
        `UPDATE provider_care_attributes SET evidence = $3, evidenced_on = current_date
         WHERE provider_id = $1 AND attribute_slug = $2`,
        [id, d.slug, d.evidence],
      );
      if (updated === 0) unmatched.push(d.slug);
    }
    return unmatched;
  }

  async markVerified(manager: EntityManager, id: string, reverifyOn: string): Promise<void> {
    await manager.query('UPDATE providers SET last_verified_at = now(), reverify_on = $2 WHERE id = $1', [
      id,
      reverifyOn,
    ]);
  }

  /** Puts the listing at the front of the re-verification queue: due today, unless it already was earlier. */
  async requestReverification(manager: EntityManager, id: string): Promise<void> {
    await manager.query(
      `UPDATE providers SET reverify_on = least(coalesce(reverify_on, current_date), current_date) WHERE id = $1`,
      [id],
    );
  }

  /** The baseline attributes (LGBTQ+ affirming, trauma-informed) are what an affirming visit confirms. */
  async confirmBaselineAttributes(manager: EntityManager, id: string): Promise<void> {
    await manager.query(
      `UPDATE provider_care_attributes pa SET evidence = 'REFERRAL_CONFIRMED', evidenced_on = current_date
       FROM care_attributes a
       WHERE a.slug = pa.attribute_slug AND a.baseline AND pa.provider_id = $1`,
      [id],
    );
  }

  /** Rebuilds the listing's row in the public read model (removing it unless APPROVED). */
  async publish(manager: EntityManager, id: string): Promise<void> {
    await manager.query('SELECT refresh_search_listings($1::uuid[])', [[id]]);
  }
}

/** The NPI and names, in the column order of both statements above. */
function identityOf(vetted: VettedFields): Array<string | null> {
  return [vetted.npi, vetted.firstName, vetted.lastName, vetted.chosenName, vetted.chosenLastName];
}
