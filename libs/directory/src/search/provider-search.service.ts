import { AppConfig } from '@app/config';
import { CursorCodec, DEFAULT_PAGE_SIZE, InvalidInputError, UsStateCode } from '@app/shared';
import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { DEFAULT_RADIUS_MILES, ProviderFilter } from '../dto/provider-filter.input';
import { PublicListingDocument } from '../listing/public-listing.document';
import { ServedVia } from '../models/enums';
import { VocabularyService } from '../vocabulary/vocabulary.service';
import { ZipCodeLocator } from '../zip/zip-code.locator';
import { ProviderSearchRepository } from './provider-search.repository';
import { buildSearchStatements, SearchRow } from './provider-search.sql';
import { PageRequest, ProviderSearchCriteria, ProviderSort, ServiceMode } from './search-criteria';

const METERS_PER_MILE = 1609.344;

export interface ProviderSearchHit {
  cursor: string;
  listing: PublicListingDocument;
  servesVia: ServedVia[];
  distanceMiles: number | null;
}

export interface ProviderSearchPage {
  hits: ProviderSearchHit[];
  totalCount: number;
  hasNextPage: boolean;
  endCursor: string | null;
}

/** Public directory search: the one implementation behind REST and GraphQL. Only approved listings exist here. */
@Injectable()
export class ProviderSearchService {
  private readonly cursors: CursorCodec;

  constructor(
    private readonly repository: ProviderSearchRepository,
    private readonly vocabulary: VocabularyService,
    private readonly zipCodes: ZipCodeLocator,
    config: AppConfig,
  ) {
    this.cursors = new CursorCodec(`search-cursor:${config.appSecret}`);
  }

  async search(filter: ProviderFilter, sort: ProviderSort | undefined, page: PageRequest): Promise<ProviderSearchPage> {
    const criteria = this.toCriteria(filter, sort);
    const fingerprint = fingerprintOf(criteria);
    const afterKeys = page.after ? this.cursors.decode(page.after, 'cursor', fingerprint).keys : undefined;
    const limit = page.first ?? DEFAULT_PAGE_SIZE;
    const statements = buildSearchStatements(criteria, { limit, afterKeys });
    const { rows, total } = await this.repository.findPageAndTotal(statements);
    const hits = rows.slice(0, limit).map((row) => this.toHit(row, statements.sortKeyCount, fingerprint));
    return {
      hits,
      totalCount: total,
      hasNextPage: rows.length > limit,
      endCursor: hits.at(-1)?.cursor ?? null,
    };
  }

  private toCriteria(filter: ProviderFilter, sort: ProviderSort | undefined): ProviderSearchCriteria {
    if (filter.radiusMiles !== undefined && !filter.zip) throw InvalidInputError.field('radiusMiles', 'needs a zip');
    const near = filter.zip
      ? { zip: filter.zip, point: this.zipCodes.locate(filter.zip, 'zip'), radiusMiles: filter.radiusMiles ?? DEFAULT_RADIUS_MILES }
      : undefined;
    const effectiveSort = sort ?? (near ? ProviderSort.DISTANCE : ProviderSort.RELEVANCE);
    if (effectiveSort === ProviderSort.DISTANCE && !near) throw InvalidInputError.field('sort', 'distance needs a zip');
    const languages = unique(filter.language);
    const attributes = unique(filter.attribute);
    const insurance = unique(filter.insurance);
    this.vocabulary.assertLanguages(languages, 'language');
    this.vocabulary.assertCareAttributes(attributes, 'attribute');
    this.vocabulary.assertInsurancePlans(insurance, 'insurance');
    return {
      state: filter.state as UsStateCode | undefined,
      mode: filter.mode ?? ServiceMode.ANY,
      category: filter.category,
      specialtyCode: filter.specialty ? this.vocabulary.resolveSpecialty(filter.specialty, 'specialty').code : undefined,
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

  private toHit(row: SearchRow, sortKeyCount: number, fingerprint: string): ProviderSearchHit {
    const keys = Array.from({ length: sortKeyCount }, (_, i) => row[`sort_key_${i}`]);
    const servesVia = [
      ...(row.serves_in_person ? [ServedVia.IN_PERSON] : []),
      ...(row.serves_by_telehealth ? [ServedVia.TELEHEALTH] : []),
    ];
    return {
      cursor: this.cursors.encode({ query: fingerprint, keys }),
      listing: row.document as unknown as PublicListingDocument,
      servesVia,
      distanceMiles: row.distance_m === null ? null : Math.round((row.distance_m / METERS_PER_MILE) * 10) / 10,
    };
  }
}

function unique(values: string[] | undefined): string[] {
  return [...new Set(values ?? [])].sort();
}

function fingerprintOf(criteria: ProviderSearchCriteria): string {
  const { near, ...rest } = criteria;
  const canonical = JSON.stringify({ ...rest, near: near && { zip: near.zip, radiusMiles: near.radiusMiles } });
  return createHash('sha256').update(canonical).digest('base64url').slice(0, 16);
}
