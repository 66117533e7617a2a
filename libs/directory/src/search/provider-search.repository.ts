import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { SearchRow, SearchStatements } from './provider-search.sql';

/** Runs search statements against the read model. */
@Injectable()
export class ProviderSearchRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The page (one row more than asked, to tell whether another page follows) and the total, in parallel. */
  async findPageAndTotal(statements: SearchStatements): Promise<{ rows: SearchRow[]; total: number }> {
    const [rows, counted] = await Promise.all([
      this.dataSource.query<SearchRow[]>(statements.pageSql, statements.pageParams),
      this.dataSource.query<Array<{ total: number }>>(statements.countSql, statements.countParams),
    ]);
    return { rows, total: counted[0].total };
  }
}
