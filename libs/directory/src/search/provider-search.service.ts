import { AppConfig } from '@app/config';
import { InvalidInputError, KeysetPager, KeysetRead, METERS_PER_MILE, Page, PageRequest, SortKeys } from '@app/shared';
import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { DEFAULT_RADIUS_MILES, ProviderFilter } from '../dto/provider-filter.input';
import { PublicListingDocument } from '../listing/public-listing.document';
import { ServedVia } from '../models/enums';
import { VocabularyService } from '../vocabulary/vocabulary.service';
import { ZipCodeLocator } from '../zip/zip-code.locator';
import { ProviderSearchRepository } from './provider-search.repository';
import { buildSearchStatements, SearchRow, SearchStatements, TOTAL_COUNT_CAP } from './provider-search.sql';
import { ProviderSearchCriteria, ProviderSort, ServiceMode } from './search-criteria';

export interface ProviderSearchHit {
  cursor: string;
  listing: PublicListingDocument;
  servesVia: ServedVia[];
  distanceMiles: number | null;
}

/** How the calling API names the inputs, so an error points at the field the caller actually sent. */
export interface SearchFieldNames {
  filter: (name: keyof ProviderFilter) => string;
  cursor: string;
}

export const REST_FIELD_NAMES: SearchFieldNames = { filter: (name) => name, cursor: 'cursor' };

/** A validated search turned into SQL, with the page being read to turn the rows into. */
export interface PreparedSearch {
  statements: SearchStatements;
  read: KeysetRead;
}

export interface ProviderSearchPage extends Page<ProviderSearchHit> {
  /** Matches, counted up to TOTAL_COUNT_CAP. */
  totalCount: number;
  /** False when there are more matches than totalCount says. */
  totalCountIsExact: boolean;
}

/** Public directory search: the one implementation behind REST and GraphQL. Only approved listings exist here. */
@Injectable()
export class ProviderSearchService {
  private readonly pager: KeysetPager;

  constructor(
    private readonly repository: ProviderSearchRepository,
    private readonly vocabulary: VocabularyService,
    private readonly zipCodes: ZipCodeLocator,
    config: AppConfig,
  ) {
    this.pager = new KeysetPager(`search-cursor:${config.appSecret}`);
  }

  async search(
    filter: ProviderFilter,
    sort: ProviderSort | undefined,
    page: PageRequest,
    fields: SearchFieldNames = REST_FIELD_NAMES,
  ): Promise<ProviderSearchPage> {
    const { statements, read } = this.prepare(filter, sort, page, fields);
    const { rows, total } = await this.repository.findPageAndTotal(statements);
    const keysOf = (row: SearchRow) => sortKeysOf(row, statements);
    const { nodes, pageInfo } = read.toPage(rows, keysOf);
    return {
      nodes: nodes.map((row) => toHit(row, read.cursorOf(keysOf(row)))),
      pageInfo,
      totalCount: Math.min(total, TOTAL_COUNT_CAP),
      totalCountIsExact: total <= TOTAL_COUNT_CAP,
    };
  }

  /** Validates a search and builds its SQL without running it; the benchmark's raw-SQL floor runs the same SQL. */
  prepare(
    filter: ProviderFilter,
    sort: ProviderSort | undefined,
    page: PageRequest,
    fields: SearchFieldNames = REST_FIELD_NAMES,
  ): PreparedSearch {
    const criteria = this.toCriteria(filter, sort, fields);
    const read = this.pager.read(fingerprintOf(criteria), page, fields.cursor);
    // The statement fetches the extra row itself: it takes the page size.
    return { statements: buildSearchStatements(criteria, { limit: read.size, afterKeys: read.afterKeys }), read };
  }

  private toCriteria(
    filter: ProviderFilter,
    sort: ProviderSort | undefined,
    fields: SearchFieldNames,
  ): ProviderSearchCriteria {
    const field = fields.filter;
    if (filter.radiusMiles !== undefined && !filter.zip)
      throw InvalidInputError.field(field('radiusMiles'), 'needs a zip');
    const near = filter.zip
      ? {
          zip: filter.zip,
          point: this.zipCodes.locate(filter.zip, field('zip')),
          radiusMiles: filter.radiusMiles ?? DEFAULT_RADIUS_MILES,
        }
      : undefined;
    const effectiveSort = sort ?? (near ? ProviderSort.DISTANCE : ProviderSort.RELEVANCE);
    if (effectiveSort === ProviderSort.DISTANCE && !near) throw InvalidInputError.field('sort', 'distance needs a zip');
    const languages = unique(filter.language);
    const attributes = unique(filter.attribute);
    const insurance = unique(filter.insurance);
    this.vocabulary.assertLanguages(languages, field('language'));
    this.vocabulary.assertCareAttributes(attributes, field('attribute'));
    this.vocabulary.assertInsurancePlans(insurance, field('insurance'));
    return {
      state: filter.state,
      mode: filter.mode ?? ServiceMode.ANY,
      category: filter.category,
      specialtyCode: filter.specialty
        ? this.vocabulary.resolveSpecialty(filter.specialty, field('specialty')).code
        : undefined,
      near,
      nameQuery: filter.q,
      acceptingNewPatients: filter.acceptingNewPatients,
      telehealth: filter.telehealth,
      languages,
      attributes,
      insurance,
      sort: effectiveSort,
    };
  }
}

function sortKeysOf(row: SearchRow, statements: SearchStatements): SortKeys {
  return Array.from({ length: statements.sortKeyCount }, (_, i) => row[`sort_key_${i}`]);
}

function toHit(row: SearchRow, cursor: string): ProviderSearchHit {
  const servesVia = [
    ...(row.serves_in_person ? [ServedVia.IN_PERSON] : []),
    ...(row.serves_by_telehealth ? [ServedVia.TELEHEALTH] : []),
  ];
  return {
    cursor,
    listing: row.document as unknown as PublicListingDocument,
    servesVia,
    distanceMiles: row.distance_m === null ? null : Math.round((row.distance_m / METERS_PER_MILE) * 10) / 10,
  };
}

function unique(values: string[] | undefined): string[] {
  return [...new Set(values ?? [])].sort();
}

function fingerprintOf(criteria: ProviderSearchCriteria): string {
  const { near, ...rest } = criteria;
  const canonical = JSON.stringify({ ...rest, near: near && { zip: near.zip, radiusMiles: near.radiusMiles } });
  return createHash('sha256').update(canonical).digest('base64url').slice(0, 16);
}
