import { CoverageChart } from '../../../admin/figures/coverage-chart';
import { DirectoryCoverageDocument, type DirectoryCoverageQuery } from '../../../api/graphql.generated';
import { WorkspaceApi } from '../../../api/workspace-api.server';
import { useLocale } from '../../../components/locale';
import { requestLocale, workspaceMetaTags, workspaceTitle } from '../../../seo/page-meta';
import { requireAdmin } from '../../../workspace/guard.server';
import type { Route } from './+types/coverage';

// The decline that says the client's state went unserved; the other reasons are about the provider.
const UNSERVED_STATE = 'NOT_LICENSED_IN_CLIENT_STATE';

export async function loader({ request, context }: Route.LoaderArgs) {
  requireAdmin(context);
  const { directoryCoverage, referralStatisticsByState } = await new WorkspaceApi(context.api, request).read(
    DirectoryCoverageDocument,
  );
  const unserved = new Map(
    referralStatisticsByState.map(({ state, declined }) => [
      state,
      declined.find((decline) => decline.key === UNSERVED_STATE)?.count ?? 0,
    ]),
  );
  return {
    states: directoryCoverage
      .map((state) => ({ ...state, declinedUnserved: unserved.get(state.state) ?? 0 }))
      .sort((a, b) => a.name.localeCompare(b.name)),
    title: workspaceTitle(requestLocale(request), 'title.adminCoverage'),
  };
}

export const meta = ({ data: loaded }: Route.MetaArgs) => workspaceMetaTags(loaded?.title);

type StateRow = DirectoryCoverageQuery['directoryCoverage'][number] & { declinedUnserved: number };

export default function CoveragePage({ loaderData }: Route.ComponentProps) {
  const { t } = useLocale();
  const { states } = loaderData;
  const categories = states[0]?.categories.map((c) => c.category) ?? [];
  return (
    <main id="main-content" className="grid-container workspace-page">
      <h1>{t('coverage.heading')}</h1>
      <p>{t('coverage.lead')}</p>
      <p>{t('coverage.declinesLead')}</p>
      <CoverageTable states={states} />
      <section aria-labelledby="coverage-chart-heading" className="coverage-chart-section">
        <h2 id="coverage-chart-heading">{t('coverage.chartHeading')}</h2>
        <CoverageChart states={states} categories={categories} />
      </section>
    </main>
  );
}

/**
 * Five dozen rows of numbers: too many to stack on a phone, so the table keeps its columns and scrolls sideways in a
 * region the keyboard can reach.
 */
function CoverageTable({ states }: { states: StateRow[] }) {
  const { t, number } = useLocale();
  const categories = states[0]?.categories.map((c) => t(`coverage.category.${c.category}`)) ?? [];
  return (
    <div className="usa-table-container--scrollable" role="region" aria-labelledby="coverage-caption" tabIndex={0}>
      <table className="usa-table usa-table--borderless coverage-table">
        <caption id="coverage-caption">{t('coverage.caption')}</caption>
        <thead>
          <tr>
            <th scope="col" rowSpan={2}>
              {t('coverage.state')}
            </th>
            {categories.map((category) => (
              <th scope="colgroup" colSpan={2} key={category}>
                {category}
              </th>
            ))}
            <th scope="col" rowSpan={2}>
              {t('coverage.serving')}
            </th>
            <th scope="col" rowSpan={2}>
              {t('coverage.declinedNotLicensed')}
            </th>
          </tr>
          <tr>
            {categories.flatMap((category) => [
              <th scope="col" key={`${category}-in-person`}>
                {t('coverage.inPerson')}
              </th>,
              <th scope="col" key={`${category}-telehealth`}>
                {t('coverage.telehealth')}
              </th>,
            ])}
          </tr>
        </thead>
        <tbody>
          {states.map((state) => {
            const cells = [
              ...state.categories.flatMap((c) => [c.inPerson, c.telehealth]),
              state.serving,
              state.declinedUnserved,
            ];
            return (
              <tr key={state.state} id={`coverage-${state.state}`}>
                <th scope="row">{state.name}</th>
                {cells.map((value, index) => (
                  <td key={index} className="coverage-table__count">
                    {number(value)}
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
