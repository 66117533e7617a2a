import {
  candidateFilterOf,
  candidateParams,
  candidateQueryOf,
  registryNameOf,
  type CandidateQuery,
} from '../../../admin/registry/candidate-filter';
import { Pager, pagesOf } from '../../../admin/pager';
import {
  RegistryCandidatesDocument,
  type RegistryCandidatesQuery,
  RegistryFilterChoicesDocument,
  type RegistryFilterChoicesQuery,
} from '../../../api/graphql.generated';
import { WorkspaceApi } from '../../../api/workspace-api.server';
import { ColumnHeads } from '../../../components/column-heads';
import { RouteErrorPage } from '../../../components/error-pages';
import { FormName, SelectField, TextField } from '../../../components/form-fields';
import { useLocale, useVisit } from '../../../components/locale';
import { requestLocale, workspaceMetaTags, workspaceTitle } from '../../../seo/page-meta';
import { requireAdmin } from '../../../workspace/guard.server';
import type { Route } from './+types/candidates';

const PAGE_SIZE = 25;
const PATH = '/admin/registry';

type Candidate = RegistryCandidatesQuery['registryCandidates']['nodes'][number];

export async function loader({ request, context }: Route.LoaderArgs) {
  requireAdmin(context);
  const params = new URL(request.url).searchParams;
  const api = new WorkspaceApi(context.api, request);
  const choices = await api.read(RegistryFilterChoicesDocument);
  const query = knownChoices(candidateQueryOf(params), choices);
  const filter = candidateFilterOf(query);
  const after = params.get('after');
  const found = filter && (await api.read(RegistryCandidatesDocument, { filter, first: PAGE_SIZE, after }));
  return {
    title: workspaceTitle(requestLocale(request), 'title.adminRegistry'),
    choices,
    query,
    candidates: found?.registryCandidates.nodes ?? null,
    dataDate: found?.registryDataDate ?? null,
    pages: found ? pagesOf(candidateParams(query), after, found.registryCandidates.pageInfo) : null,
  };
}

/** Filters the form cannot have sent (an edited address) are dropped rather than refused. */
function knownChoices(query: CandidateQuery, choices: RegistryFilterChoicesQuery): CandidateQuery {
  const specialties = new Set(['GYNECOLOGY', 'PRIMARY_CARE', ...choices.specialties.map((s) => s.slug)]);
  return {
    state: choices.usStates.some((s) => s.code === query.state) ? query.state : '',
    specialty: specialties.has(query.specialty) ? query.specialty : '',
    name: query.name,
  };
}

export const meta = ({ data: loaded }: Route.MetaArgs) => workspaceMetaTags(loaded?.title);

export default function RegistryCandidates({ loaderData }: Route.ComponentProps) {
  const { t, href, date } = useLocale();
  const { query, candidates, dataDate, pages } = loaderData;
  const csvQuery = new URLSearchParams(candidateParams(query));
  return (
    <main id="main-content" className="grid-container workspace-page">
      <h1>{t('registryCandidates.heading')}</h1>
      <p className="usa-intro">{t('registryCandidates.lead')}</p>
      <CandidateFilterForm choices={loaderData.choices} query={query} />
      {candidates === null ? (
        <p>{t('registryCandidates.chooseState')}</p>
      ) : (
        <>
          <p>
            {dataDate ? t('registryCandidates.dataDate', { date: date(dataDate) }) : t('registryCandidates.noData')}
          </p>
          {candidates.length > 0 ? (
            <>
              <p>
                <a className="usa-button usa-button--outline" href={href(`${PATH}/candidates.csv`, csvQuery)} download>
                  {t('registryCandidates.download')}
                </a>
                <span className="usa-hint display-block">{t('registryCandidates.downloadHint')}</span>
              </p>
              <CandidateTable candidates={candidates} />
            </>
          ) : (
            <p>{t('registryCandidates.none')}</p>
          )}
          {pages && <Pager path={PATH} {...pages} />}
        </>
      )}
    </main>
  );
}

function CandidateFilterForm({ choices, query }: { choices: RegistryFilterChoicesQuery; query: CandidateQuery }) {
  const { t } = useLocale();
  const { chosenLang } = useVisit();
  const specialtyOptions = (['GYNECOLOGY', 'PRIMARY_CARE'] as const).flatMap((category) => [
    {
      value: category,
      label: t('registryCandidates.anyOf', { category: t(`coverage.category.${category}`).toLowerCase() }),
    },
    ...choices.specialties.filter((s) => s.category === category).map((s) => ({ value: s.slug, label: s.name })),
  ]);
  return (
    <FormName.Provider value="registry">
      <form method="get" action={PATH} className="usa-form registry-filter">
        {chosenLang && <input type="hidden" name="lang" value={chosenLang} />}
        <div className="grid-row grid-gap">
          <div className="tablet:grid-col-4">
            <SelectField
              name="state"
              label={t('registryCandidates.filterState')}
              value={query.state}
              emptyLabel={t('registryCandidates.stateOption')}
              options={choices.usStates.map((s) => ({ value: s.code, label: s.name }))}
            />
          </div>
          <div className="tablet:grid-col-4">
            <SelectField
              name="specialty"
              label={t('registryCandidates.filterSpecialty')}
              value={query.specialty}
              emptyLabel={t('registryCandidates.anySpecialty')}
              options={specialtyOptions}
            />
          </div>
          <div className="tablet:grid-col-4">
            <TextField name="name" label={t('registryCandidates.filterName')} value={query.name} maxLength={60} />
          </div>
        </div>
        <button className="usa-button" type="submit">
          {t('registryCandidates.filter')}
        </button>
      </form>
    </FormName.Provider>
  );
}

function CandidateTable({ candidates }: { candidates: Candidate[] }) {
  const { t } = useLocale();
  const columns = {
    name: t('registryCandidates.column.name'),
    npi: t('registryCandidates.column.npi'),
    specialties: t('registryCandidates.column.specialties'),
    practice: t('registryCandidates.column.practice'),
  };
  return (
    <table className="usa-table usa-table--stacked usa-table--borderless people-table">
      <caption>{t('registryCandidates.tableCaption')}</caption>
      <ColumnHeads labels={Object.values(columns)} />
      <tbody>
        {candidates.map((candidate) => (
          <tr key={candidate.npi}>
            <th scope="row" data-label={columns.name}>
              {registryNameOf(candidate)}
              {candidate.credentials && `, ${candidate.credentials}`}
            </th>
            <td data-label={columns.npi}>{candidate.npi}</td>
            <td data-label={columns.specialties}>
              {candidate.taxonomies
                .filter((taxonomy) => taxonomy.name)
                .map((taxonomy) => taxonomy.name)
                .join('; ')}
            </td>
            <td data-label={columns.practice} className="people-table__breakable">
              {[candidate.practiceStreet, candidate.practiceCity, candidate.practiceState, candidate.practicePostalCode]
                .filter(Boolean)
                .join(', ')}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function ErrorBoundary() {
  return <RouteErrorPage />;
}
