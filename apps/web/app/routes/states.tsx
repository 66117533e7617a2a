import { DirectoryApi } from '../api/directory-api.server';
import { useLocale } from '../components/locale';
import { metaTags, pageMeta, requestLocale } from '../seo/page-meta';
import type { Route } from './+types/states';

export async function loader({ request, context }: Route.LoaderArgs) {
  const locale = requestLocale(request);
  return {
    states: (await new DirectoryApi(context.api).vocabularies(locale.lang)).usStates,
    meta: pageMeta(locale, context.siteUrl, {
      titleKey: 'title.state',
      description: locale.t('meta.homeDescription'),
      path: '/states',
    }),
  };
}

export const meta = ({ data }: Route.MetaArgs) => metaTags(data?.meta);

export default function StatesPage({ loaderData }: Route.ComponentProps) {
  const { states } = loaderData;
  const { t, href } = useLocale();
  return (
    <main id="main-content" className="grid-container padding-y-4">
      <h1>{t('state.browseHeading')}</h1>
      <ul className="usa-list usa-list--unstyled state-list">
        {states.map((state) => (
          <li key={state.code}>
            <a href={href(`/states/${state.code.toLowerCase()}`)}>{state.name}</a>
          </li>
        ))}
      </ul>
    </main>
  );
}
