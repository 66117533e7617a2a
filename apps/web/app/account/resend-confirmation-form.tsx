import { TextField } from '../components/form-fields';
import { useLocale } from '../components/locale';
import { FormAlert, PostForm } from '../components/post-form';

export interface ResendRefusal {
  message: string;
  fieldErrors: Record<string, string>;
}

/**
 * Asks for a new confirmation link (under a heading the page gives it); the sign-up page answers it. With the address known (just signed up) it is one
 * button, otherwise the visitor types the address.
 */
export function ResendConfirmationForm({
  csrfToken,
  knownEmail,
  refusal,
}: {
  csrfToken: string;
  knownEmail?: string;
  refusal?: ResendRefusal;
}) {
  const { t, href } = useLocale();
  const askForEmail = knownEmail === undefined || refusal !== undefined;
  return (
    <PostForm name="resend" csrfToken={csrfToken} action={href('/signup')} className="usa-form">
      <FormAlert form="resend" message={refusal && `${t('resend.refused')} ${refusal.message}`} />
      {askForEmail ? (
        <TextField
          name="email"
          type="email"
          label={t('resend.email')}
          value={knownEmail ?? ''}
          autoComplete="email"
          error={refusal?.fieldErrors.email}
          required
        />
      ) : (
        <input type="hidden" name="email" value={knownEmail} />
      )}
      <button className="usa-button usa-button--outline" type="submit" name="intent" value="resend">
        {t('resend.submit')}
      </button>
    </PostForm>
  );
}
