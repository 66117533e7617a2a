import { useLocale } from './locale';

/** For therapists: refer a client to this provider (signed-out visitors are asked to log in first). */
export function ReferLink({ providerId, providerName }: { providerId: string; providerName: string }) {
  const { t, href } = useLocale();
  return (
    <p className="refer-link">
      <a href={href('/referrals/new', new URLSearchParams({ provider: providerId }))}>
        {t('referAction.link')}
        <span className="usa-sr-only"> {t('referAction.to', { name: providerName })}</span>
      </a>
    </p>
  );
}
