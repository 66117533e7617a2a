import type { Vocabularies } from '../api/directory-api.server';
import type { FilterParam } from '../search/search-query';
import type { Locale } from './locale';

/** How a filter value reads in "Remove …" links: the vocabulary's names, not the slugs in the URL. */
export function filterLabel(name: FilterParam, value: string, vocabularies: Vocabularies, { t }: Locale): string {
  switch (name) {
    case 'state':
      return vocabularies.usStates.find((s) => s.code === value.toUpperCase())?.name ?? value;
    case 'category':
      return value === 'primary-care' ? t('search.categoryPrimaryCare') : t('search.categoryGynecology');
    case 'mode':
      return value.toUpperCase() === 'TELEHEALTH' ? t('search.modeTelehealth') : t('search.modeInPerson');
    case 'specialty':
      return vocabularies.specialties.find((s) => s.slug === value || s.code === value.toUpperCase())?.name ?? value;
    case 'zip':
      return `${t('search.zip')} ${value}`;
    case 'radiusMiles':
      return t('search.radiusMiles', { miles: value });
    case 'acceptingNewPatients':
      return t('search.acceptingNewPatients');
    case 'telehealth':
      return t('search.telehealth');
    case 'language':
      return vocabularies.languages.find((l) => l.code === value)?.name ?? value;
    case 'attribute':
      return vocabularies.careAttributes.find((a) => a.slug === value)?.name ?? value;
    case 'insurance':
      return vocabularies.insurancePlans.find((p) => p.slug === value)?.name ?? value;
    case 'q':
      return value;
  }
}
