import { UsState } from '@app/shared';

export enum ServiceMode {
  IN_PERSON = 'IN_PERSON',
  TELEHEALTH = 'TELEHEALTH',
  ANY = 'ANY',
}

export enum SpecialtyCategory {
  GYNECOLOGY = 'gynecology',
  PRIMARY_CARE = 'primary-care',
}

export enum ProviderSort {
  RELEVANCE = 'relevance',
  DISTANCE = 'distance',
  NAME = 'name',
}

export interface GeoPoint {
  latitude: number;
  longitude: number;
}

/** A validated search: every vocabulary value is known and the ZIP is resolved to coordinates. */
export interface ProviderSearchCriteria {
  state?: UsState;
  mode: ServiceMode;
  category?: SpecialtyCategory;
  /** NUCC code, resolved from a slug or code. */
  specialtyCode?: string;
  near?: { zip: string; point: GeoPoint; radiusMiles: number };
  nameQuery?: string;
  acceptingNewPatients?: boolean;
  telehealth?: boolean;
  /** Any of these languages. */
  languages: string[];
  /** Every one of these attributes. */
  attributes: string[];
  /** Any of these plans. */
  insurance: string[];
  sort: ProviderSort;
}
