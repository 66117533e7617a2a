import { useLocale } from './locale';

/** What /workspace.js shows, in the page's language: it copies these templates when it needs them. */
export function WorkspaceScriptTexts() {
  const { t } = useLocale();
  return (
    <>
      <template id="session-warning">
        <div className="session-warning">
          <div className="grid-container">
            <div className="usa-alert usa-alert--warning usa-alert--slim" role="alert">
              <div className="usa-alert__body">
                <p className="usa-alert__text">{t('workspace.sessionEnding')}</p>
                <button type="button" className="usa-button session-warning__stay" data-stay-signed-in="">
                  {t('workspace.staySignedIn')}
                </button>
              </div>
            </div>
          </div>
        </div>
      </template>
      <template id="draft-restored">
        <div className="usa-alert usa-alert--info usa-alert--slim" role="status">
          <div className="usa-alert__body">
            <p className="usa-alert__text">{t('workspace.draftRestored')}</p>
          </div>
        </div>
      </template>
    </>
  );
}
