import { QueryRunner } from 'typeorm';

/** Inserts literal reference rows with bound parameters (one statement per table). */
export async function insertRows(
  queryRunner: QueryRunner,
  table: string,
  columns: string[],
  rows: ReadonlyArray<ReadonlyArray<string | boolean>>,
): Promise<void> {
  const values = rows.map((row, r) => `(${row.map((_, c) => `$${r * columns.length + c + 1}`).join(', ')})`);
  await queryRunner.query(`INSERT INTO ${table} (${columns.join(', ')}) VALUES ${values.join(', ')}`, rows.flat());
}
