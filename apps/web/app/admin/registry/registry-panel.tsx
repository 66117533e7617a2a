import type { RegistryNameMatch, RegistryRecordFieldsFragment } from '../../api/graphql.generated';
import { ColumnHeads } from '../../components/column-heads';
import { useLocale } from '../../components/locale';
import { registryNameOf } from './candidate-filter';

/**
 * The NPI registry's record of a listing's NPI, for the admin weighing it: whether the names match, whether the NPI is
 * active, and the taxonomies with the licenses the registry lists; a section under an h2, or a part of the enclosing
 * region under an h3.
 */
export function RegistryPanel({
  record,
  nameMatch,
  dataDate,
  headingId,
  headingLevel = 2,
}: {
  record: RegistryRecordFieldsFragment | null | undefined;
  nameMatch: RegistryNameMatch;
  dataDate: string | null;
  headingId: string;
  headingLevel?: 2 | 3;
}) {
  const { t, date } = useLocale();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const body = (
    <>
      <Heading id={headingId}>{t('registry.heading')}</Heading>
      {record ? (
        <RecordFacts record={record} nameMatch={nameMatch} />
      ) : (
        <p>{dataDate ? t('registry.notInRegistry', { date: date(dataDate) }) : t('registry.notLoaded')}</p>
      )}
      {record && (
        <p className="registry-panel__source">
          {t('registry.dataOf', { date: date(record.dataDate), file: record.sourceFile })}
        </p>
      )}
    </>
  );
  // Inside a claim's region it is a part of that region: a landmark of its own would repeat one name per claim.
  return headingLevel === 2 ? (
    <section aria-labelledby={headingId} className="registry-panel">
      {body}
    </section>
  ) : (
    <div className="registry-panel">{body}</div>
  );
}

function RecordFacts({ record, nameMatch }: { record: RegistryRecordFieldsFragment; nameMatch: RegistryNameMatch }) {
  const { t } = useLocale();
  const place = [record.practiceCity, record.practiceState].filter(Boolean).join(', ');
  return (
    <>
      <ul className="usa-list usa-list--unstyled registry-panel__facts">
        <li className={nameMatch === 'MATCH' ? undefined : 'registry-panel__concern'}>
          {t(`registry.nameMatch.${nameMatch}`)}
        </li>
        <li className={record.active ? undefined : 'registry-panel__concern'}>
          <RecordStatus record={record} />
        </li>
        <li>{t('registry.nameLine', { name: registryNameOf(record) })}</li>
        {record.credentials && <li>{t('registry.credentialsLine', { credentials: record.credentials })}</li>}
        {place && <li>{t('registry.practiceLine', { place })}</li>}
      </ul>
      <TaxonomyTable record={record} />
    </>
  );
}

function RecordStatus({ record }: { record: RegistryRecordFieldsFragment }) {
  const { t, date } = useLocale();
  if (!record.active) return <>{t('registry.deactivated', { date: date(record.deactivatedOn ?? record.dataDate) })}</>;
  if (record.reactivatedOn) return <>{t('registry.reactivated', { date: date(record.reactivatedOn) })}</>;
  return <>{t('registry.active')}</>;
}

function TaxonomyTable({ record }: { record: RegistryRecordFieldsFragment }) {
  const { t } = useLocale();
  const columns = {
    taxonomy: t('registry.column.taxonomy'),
    license: t('registry.column.license'),
    primary: t('registry.column.primary'),
  };
  return (
    <table className="usa-table usa-table--stacked usa-table--borderless registry-panel__taxonomies">
      <caption>{t('registry.taxonomiesCaption')}</caption>
      <ColumnHeads labels={Object.values(columns)} />
      <tbody>
        {record.taxonomies.map((taxonomy, index) => (
          <tr key={`${taxonomy.code}-${index}`}>
            <th scope="row" data-label={columns.taxonomy}>
              {taxonomy.name ? `${taxonomy.name} (${taxonomy.code})` : taxonomy.code}
            </th>
            <td data-label={columns.license}>
              {taxonomy.licenseNumber
                ? [taxonomy.licenseState, taxonomy.licenseNumber].filter(Boolean).join(' ')
                : t('registry.noLicense')}
            </td>
            <td data-label={columns.primary}>{t(taxonomy.primary ? 'registry.primary' : 'registry.notPrimary')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
