import { MigrationInterface, QueryRunner } from 'typeorm';
import { readNuccFile } from './support/nucc-data';

// The whole NUCC Health Care Provider Taxonomy instead of the 23 codes copied by hand, so registry records and
// listings can name any code and the scope becomes data. A code is in scope when it has a category (NULL = outside
// the directory; the NPI registry import relies on that meaning); in scope it needs a slug, which never changes once
// published. retired_on marks a code a later NUCC release dropped: never deleted, listings keep it.
//
// This loads release 24.1 and the reviewed scope as checked in (data/nucc/); newer releases and scope changes are
// loaded with `npm run cli -- import-taxonomy`. The 23 existing codes keep their slugs and categories (the scope
// file repeats them) and their names (NUCC's display names already). A scope code the release lacks is skipped.
const RELEASE_FILE = 'nucc-taxonomy-24.1.csv';
const SCOPE_FILE = 'directory-scope.csv';

const orNull = (value: string) => value || null;

export class FullProviderTaxonomy1795900000000 implements MigrationInterface {
  name = 'FullProviderTaxonomy1795900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE specialties
        ALTER COLUMN slug DROP NOT NULL,
        ALTER COLUMN category DROP NOT NULL,
        ADD COLUMN grouping text,
        ADD COLUMN classification text,
        ADD COLUMN specialization text,
        ADD COLUMN definition text,
        ADD COLUMN retired_on date,
        ADD CONSTRAINT specialties_in_scope_has_slug CHECK (category IS NULL OR slug IS NOT NULL)`);
    const release = readNuccFile(RELEASE_FILE).map((row) => ({
      code: row['Code'],
      name: row['Display Name'],
      grouping: row['Grouping'],
      classification: row['Classification'],
      specialization: orNull(row['Specialization']),
      definition: orNull(row['Definition']),
    }));
    await queryRunner.query(
      `INSERT INTO specialties (code, name, grouping, classification, specialization, definition)
       SELECT code, name, grouping, classification, specialization, definition
       FROM jsonb_to_recordset($1::jsonb)
         AS r(code text, name text, grouping text, classification text, specialization text, definition text)
       ON CONFLICT (code) DO UPDATE SET name = excluded.name, grouping = excluded.grouping,
         classification = excluded.classification, specialization = excluded.specialization,
         definition = excluded.definition`,
      [JSON.stringify(release)],
    );
    await queryRunner.query(`ALTER TABLE specialties ALTER COLUMN grouping SET NOT NULL,
                               ALTER COLUMN classification SET NOT NULL`);
    const scope = readNuccFile(SCOPE_FILE).map((row) => ({ code: row.code, category: row.category, slug: row.slug }));
    await queryRunner.query(
      `UPDATE specialties s SET category = r.category::specialty_category, slug = r.slug
       FROM jsonb_to_recordset($1::jsonb) AS r(code text, category text, slug text)
       WHERE s.code = r.code`,
      [JSON.stringify(scope)],
    );
  }

  // Codes outside the scope go (a listing can only have chosen in-scope ones); the codes brought into scope stay,
  // with the categories and slugs they have now.
  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM specialties WHERE category IS NULL`);
    await queryRunner.query(`
      ALTER TABLE specialties
        DROP CONSTRAINT specialties_in_scope_has_slug,
        DROP COLUMN grouping,
        DROP COLUMN classification,
        DROP COLUMN specialization,
        DROP COLUMN definition,
        DROP COLUMN retired_on,
        ALTER COLUMN slug SET NOT NULL,
        ALTER COLUMN category SET NOT NULL`);
  }
}
