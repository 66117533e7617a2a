import { useLocale } from './locale';

export function SiteFooter() {
  const { t } = useLocale();
  return (
    <footer className="usa-footer usa-footer--slim site-footer">
      <div className="grid-container padding-y-3">
        <p>{t('layout.footerPrivacy')}</p>
        <p>
          <strong>{t('layout.footerEmergency')}</strong>
        </p>
      </div>
    </footer>
  );
}
