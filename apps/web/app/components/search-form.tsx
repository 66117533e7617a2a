import type { Vocabularies } from '../api/directory-api.server';
import type { Translate } from '../i18n/i18n';
import { isMessageKey, type MessageKey } from '../i18n/messages.en';
import type { SearchFormValues } from '../search/search-query';
import { ChoiceGroup, fieldId, SelectField, TextField } from './form-fields';
import { useLocale, useVisit } from './locale';

const RADIUS_MILES = [5, 10, 25, 50, 100, 250];
const FIELD_LABELS: Record<string, MessageKey> = {
  state: 'search.state',
  mode: 'search.mode',
  category: 'search.category',
  specialty: 'search.specialty',
  zip: 'search.zip',
  radiusMiles: 'search.radius',
  q: 'search.name',
  language: 'search.language',
  attribute: 'search.attributes',
  insurance: 'search.insurance',
  acceptingNewPatients: 'search.acceptingNewPatients',
  telehealth: 'search.telehealth',
  sort: 'search.sort',
};

interface SearchFormProps {
  values: SearchFormValues;
  vocabularies: Vocabularies;
  fieldErrors?: Record<string, string>;
  /** The form on the search page shows every filter open; elsewhere the rarer ones wait behind "More filters". */
  expanded?: boolean;
}

/** A plain GET form to `/search` whose field names are the API's query parameters. */
export function SearchForm({ values, vocabularies, fieldErrors = {}, expanded = false }: SearchFormProps) {
  const { t } = useLocale();
  const { chosenLang } = useVisit();
  const error = (name: string) =>
    fieldErrors[name] === undefined ? undefined : fieldErrorMessage(t, name, fieldErrors[name]);
  const rarerFiltersSet =
    values.language.length + values.insurance.length > 0 || values.q !== '' || values.specialty !== '';
  return (
    <form method="get" action="/search" className="usa-form usa-form--large search-form" role="search">
      <ErrorSummary fieldErrors={fieldErrors} />
      {chosenLang && <input type="hidden" name="lang" value={chosenLang} />}
      <SelectField
        name="state"
        label={t('search.state')}
        hint={t('search.stateHint')}
        error={error('state')}
        value={values.state}
        emptyLabel={t('search.anyState')}
        options={vocabularies.usStates.map((s) => ({ value: s.code, label: s.name }))}
      />
      <SelectField
        name="category"
        label={t('search.category')}
        error={error('category')}
        value={values.category}
        emptyLabel={t('search.anyCategory')}
        options={[
          { value: 'gynecology', label: t('search.categoryGynecology') },
          { value: 'primary-care', label: t('search.categoryPrimaryCare') },
        ]}
      />
      <ChoiceGroup
        name="mode"
        type="radio"
        label={t('search.mode')}
        error={error('mode')}
        values={[values.mode]}
        options={[
          { value: 'ANY', label: t('search.modeAny') },
          { value: 'IN_PERSON', label: t('search.modeInPerson') },
          { value: 'TELEHEALTH', label: t('search.modeTelehealth') },
        ]}
      />
      <TextField
        name="zip"
        label={t('search.zip')}
        hint={t('search.zipHint')}
        error={error('zip')}
        value={values.zip}
        inputMode="numeric"
        autoComplete="postal-code"
        maxLength={5}
      />
      <SelectField
        name="radiusMiles"
        label={t('search.radius')}
        error={error('radiusMiles')}
        value={values.radiusMiles || '25'}
        options={RADIUS_MILES.map((miles) => ({ value: String(miles), label: t('search.radiusMiles', { miles }) }))}
      />
      <ChoiceGroup
        name="acceptingNewPatients"
        type="checkbox"
        label={t('search.acceptingNewPatients')}
        error={error('acceptingNewPatients')}
        values={values.acceptingNewPatients ? ['true'] : []}
        options={[{ value: 'true', label: t('search.acceptingNewPatients') }]}
      />
      <ChoiceGroup
        name="attribute"
        type="checkbox"
        label={t('search.attributes')}
        hint={t('search.attributesHint')}
        error={error('attribute')}
        values={values.attribute}
        options={vocabularies.careAttributes.filter((a) => !a.baseline).map((a) => ({ value: a.slug, label: a.name }))}
      />
      <details className="search-form__more" open={expanded || rarerFiltersSet || undefined}>
        <summary>{t('search.moreFilters')}</summary>
        <TextField
          name="q"
          label={t('search.name')}
          hint={t('search.nameHint')}
          error={error('q')}
          value={values.q}
          maxLength={100}
        />
        <SelectField
          name="specialty"
          label={t('search.specialty')}
          error={error('specialty')}
          value={values.specialty}
          emptyLabel={t('search.anySpecialty')}
          options={vocabularies.specialties.map((s) => ({
            value: s.slug,
            label: s.name,
            group: t(s.category === 'PRIMARY_CARE' ? 'search.categoryPrimaryCare' : 'search.categoryGynecology'),
          }))}
        />
        <ListField
          name="language"
          label={t('search.language')}
          emptyLabel={t('search.anyLanguage')}
          error={error('language')}
          values={values.language}
          options={vocabularies.languages.map((l) => ({ value: l.code, label: l.name }))}
        />
        <ListField
          name="insurance"
          label={t('search.insurance')}
          emptyLabel={t('search.anyInsurance')}
          error={error('insurance')}
          values={values.insurance}
          options={vocabularies.insurancePlans.map((p) => ({ value: p.slug, label: p.name }))}
        />
        <SelectField
          name="sort"
          label={t('search.sort')}
          error={error('sort')}
          value={values.sort}
          options={[
            { value: '', label: t('search.sortRelevance') },
            { value: 'distance', label: t('search.sortDistance') },
            { value: 'name', label: t('search.sortName') },
          ]}
        />
      </details>
      <button className="usa-button search-form__submit" type="submit">
        {t('search.submit')}
      </button>
    </form>
  );
}

/**
 * A filter the API takes as a list ("any of them"): one choice from a list suits a person, so it is a select; a
 * shared link that names several values shows them as checkboxes, so that none is lost.
 */
function ListField(props: {
  name: string;
  label: string;
  emptyLabel: string;
  error?: string;
  values: string[];
  options: Array<{ value: string; label: string }>;
}) {
  const { values, ...field } = props;
  if (values.length > 1) return <ChoiceGroup {...field} type="checkbox" values={values} />;
  return <SelectField {...field} value={values[0] ?? ''} />;
}

/** The site's own words for a field the API refused, in the visitor's language; the API's reason otherwise. */
function fieldErrorMessage(t: Translate, field: string, reason: string): string {
  const key = `fieldError.${field}`;
  return isMessageKey(key) ? t(key) : reason;
}

/** Lists each problem as a link to its field, first thing in the form. */
function ErrorSummary({ fieldErrors }: { fieldErrors: Record<string, string> }) {
  const { t } = useLocale();
  const entries = Object.entries(fieldErrors);
  if (entries.length === 0) return null;
  return (
    <div className="usa-alert usa-alert--error" role="alert">
      <div className="usa-alert__body">
        <h2 className="usa-alert__heading">{t('search.errorSummary')}</h2>
        <ul className="usa-list">
          {entries.map(([field, reason]) => (
            <li key={field}>
              <a href={`#${FIELD_LABELS[field] ? fieldId(field) : 'search-state'}`}>
                {FIELD_LABELS[field] ? `${t(FIELD_LABELS[field])}: ` : ''}
                {fieldErrorMessage(t, field, reason)}
              </a>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
