import { data, redirect, type AppLoadContext } from 'react-router';
import { ResendEmailConfirmationDocument, SignUpDocument } from '../../api/graphql.generated';
import type { UsState } from '../../api/schema-types.generated';
import { DirectoryApi } from '../../api/directory-api.server';
import { WorkspaceApi } from '../../api/workspace-api.server';
import { ChoiceGroup, TextField } from '../../components/form-fields';
import { useLocale, type Locale } from '../../components/locale';
import { FormAlert, PostForm } from '../../components/post-form';
import { fieldReasons, refusalMessage, statusOf } from '../../account/refusals';
import { Notice } from '../../account/notice';
import { ResendConfirmationForm } from '../../account/resend-confirmation-form';
import { LICENSE_SLOTS, LicenseFields, licenseLabels, type LicenseValues } from '../../account/license-fields';
import { requestLocale, workspaceMetaTags, workspaceTitle } from '../../seo/page-meta';
import { readForm, type PostedForm } from '../../workspace/form-data';
import { homeOf } from '../../workspace/guard.server';
import type { Route } from './+types/signup';

const ROLES = ['THERAPIST', 'PROVIDER'] as const;
type SignUpRole = (typeof ROLES)[number];

interface SignUpValues {
  role: string;
  displayName: string;
  email: string;
  licenses: LicenseValues[];
}

export async function loader({ request, context }: Route.LoaderArgs) {
  const account = context.session.account;
  if (account) throw redirect(homeOf(account));
  const locale = requestLocale(request);
  return {
    title: workspaceTitle(locale, 'title.signUp'),
    csrfToken: context.csrfToken(),
    states: (await new DirectoryApi(context.api).vocabularies(locale.lang)).usStates,
  };
}

export async function action({ request, context }: Route.ActionArgs) {
  const form = await readForm(request);
  const api = new WorkspaceApi(context.api, request);
  const locale = requestLocale(request);
  if (form.text('intent') === 'resend') return resend(form.text('email').trim(), api, context, locale);
  return signUp(form, api, locale);
}

async function signUp(form: PostedForm, api: WorkspaceApi, locale: Locale) {
  const values = readValues(form);
  const problems = missingChoices(values, locale);
  if (Object.keys(problems).length) {
    return data({ view: 'form', values, message: locale.t('account.checkFields'), fieldErrors: problems } as const, {
      status: 400,
    });
  }
  // Only the license blocks filled in are sent; the API names them by their place in what it got.
  const given =
    values.role === 'THERAPIST' ? values.licenses.flatMap((license, slot) => (isBlank(license) ? [] : [slot])) : [];
  const outcome = await api.run(SignUpDocument, {
    input: {
      role: values.role as SignUpRole,
      displayName: values.displayName,
      email: values.email,
      password: form.text('password'),
      licenses: values.role === 'THERAPIST' ? given.map((slot) => licenseInput(values.licenses[slot])) : null,
    },
  });
  if (outcome.ok) {
    const { email, linkValidHours } = outcome.data.signUp;
    return data({ view: 'sent', email, hours: linkValidHours, resent: false } as const);
  }
  const fieldErrors = renumberLicenses(fieldReasons(locale, outcome.refusal), given);
  const message = refusalMessage(locale, outcome.refusal);
  return data({ view: 'form', values, message, fieldErrors } as const, { status: statusOf(outcome.refusal) });
}

async function resend(email: string, api: WorkspaceApi, context: AppLoadContext, locale: Locale) {
  const outcome = await api.run(ResendEmailConfirmationDocument, { email });
  if (outcome.ok) {
    const hours = context.accountLinks.emailConfirmationHours;
    return data({ view: 'sent', email, hours, resent: true } as const);
  }
  const refusal = {
    message: refusalMessage(locale, outcome.refusal),
    fieldErrors: fieldReasons(locale, outcome.refusal),
  };
  return data({ view: 'resendRefused', email, refusal } as const, { status: statusOf(outcome.refusal) });
}

function readValues(form: PostedForm): SignUpValues {
  return {
    role: form.text('role'),
    displayName: form.text('displayName').trim(),
    email: form.text('email').trim(),
    licenses: Array.from({ length: LICENSE_SLOTS }, (_, slot) => ({
      state: form.text(`licenses.${slot}.state`),
      licenseType: form.text(`licenses.${slot}.licenseType`).trim(),
      number: form.text(`licenses.${slot}.number`).trim(),
      npi: form.text(`licenses.${slot}.npi`).trim(),
    })),
  };
}

/** The choices the API cannot be asked without: a role, and the state of each license given. */
function missingChoices(values: SignUpValues, locale: Locale): Record<string, string> {
  const problems: Record<string, string> = {};
  if (!(ROLES as readonly string[]).includes(values.role)) problems.role = locale.t('signUp.chooseRole');
  if (values.role === 'THERAPIST') {
    values.licenses.forEach((license, slot) => {
      if (!isBlank(license) && !license.state)
        problems[`licenses.${slot}.state`] = locale.t('signUp.licenseStateMissing');
    });
  }
  return problems;
}

const isBlank = (license: LicenseValues) => !license.state && !license.licenseType && !license.number && !license.npi;

function licenseInput(license: LicenseValues) {
  return {
    state: license.state as UsState,
    licenseType: license.licenseType,
    number: license.number,
    npi: license.npi || null,
  };
}

/** `licenses.0.number` of what was sent is the field of the form's slot it came from. */
function renumberLicenses(fieldErrors: Record<string, string>, slots: number[]): Record<string, string> {
  return Object.fromEntries(
    Object.entries(fieldErrors).map(([field, reason]) => [
      field.replace(/^licenses\.(\d+)\./, (whole, index: string) =>
        slots[Number(index)] === undefined ? whole : `licenses.${slots[Number(index)]}.`,
      ),
      reason,
    ]),
  );
}

export const meta = ({ data: loaded }: Route.MetaArgs) => workspaceMetaTags(loaded?.title);

export default function SignUp({ loaderData, actionData }: Route.ComponentProps) {
  const { csrfToken } = loaderData;
  if (actionData?.view === 'sent') return <CheckYourEmail csrfToken={csrfToken} {...actionData} />;
  if (actionData?.view === 'resendRefused') return <ResendAgain csrfToken={csrfToken} {...actionData} />;
  return <SignUpForm csrfToken={csrfToken} states={loaderData.states} refused={actionData} />;
}

function CheckYourEmail({
  csrfToken,
  email,
  hours,
  resent,
}: {
  csrfToken: string;
  email: string;
  hours: number;
  resent: boolean;
}) {
  const { t } = useLocale();
  return (
    <main id="main-content" className="grid-container workspace-page">
      <h1>{t('signUp.checkEmailHeading')}</h1>
      <Notice type="success">{t(resent ? 'signUp.resent' : 'signUp.checkEmail', { email, hours })}</Notice>
      <p>{t('signUp.checkSpam')}</p>
      <h2>{t('resend.heading')}</h2>
      <ResendConfirmationForm csrfToken={csrfToken} knownEmail={email} />
    </main>
  );
}

function ResendAgain({
  csrfToken,
  email,
  refusal,
}: {
  csrfToken: string;
  email: string;
  refusal: { message: string; fieldErrors: Record<string, string> };
}) {
  const { t } = useLocale();
  return (
    <main id="main-content" className="grid-container workspace-page">
      <h1>{t('resend.heading')}</h1>
      <ResendConfirmationForm csrfToken={csrfToken} knownEmail={email} refusal={refusal} />
    </main>
  );
}

const EMPTY: SignUpValues = {
  role: '',
  displayName: '',
  email: '',
  licenses: Array.from({ length: LICENSE_SLOTS }, () => ({ state: '', licenseType: '', number: '', npi: '' })),
};

function SignUpForm({
  csrfToken,
  states,
  refused,
}: {
  csrfToken: string;
  states: Array<{ code: string; name: string }>;
  refused?: { values: SignUpValues; message: string; fieldErrors: Record<string, string> };
}) {
  const { t, href } = useLocale();
  const values = refused?.values ?? EMPTY;
  const fieldErrors = refused?.fieldErrors ?? {};
  const labels = {
    role: t('signUp.role'),
    displayName: t('signUp.displayName'),
    email: t('signUp.email'),
    password: t('signUp.password'),
    ...licenseLabels(t),
  };
  return (
    <main id="main-content" className="grid-container workspace-page">
      <h1>{t('signUp.heading')}</h1>
      <p className="usa-intro">{t('signUp.lead')}</p>
      <PostForm
        name="signup"
        csrfToken={csrfToken}
        action={href('/signup')}
        className="usa-form usa-form--large signup-form"
      >
        <FormAlert
          form="signup"
          message={refused && `${t('signUp.refused')} ${refused.message}`}
          fieldErrors={fieldErrors}
          labels={labels}
        />
        <ChoiceGroup
          type="radio"
          name="role"
          label={t('signUp.role')}
          values={[values.role]}
          error={fieldErrors.role}
          options={[
            { value: 'THERAPIST', label: t('signUp.roleTherapist'), description: t('signUp.roleTherapistDescription') },
            { value: 'PROVIDER', label: t('signUp.roleProvider'), description: t('signUp.roleProviderDescription') },
          ]}
        />
        <TextField
          name="displayName"
          label={t('signUp.displayName')}
          hint={t('signUp.displayNameHint')}
          value={values.displayName}
          autoComplete="name"
          maxLength={100}
          error={fieldErrors.displayName}
          required
        />
        <TextField
          name="email"
          type="email"
          label={t('signUp.email')}
          hint={t('account.emailHint')}
          value={values.email}
          autoComplete="email"
          error={fieldErrors.email}
          required
        />
        <TextField
          name="password"
          type="password"
          label={t('signUp.password')}
          hint={t('account.passwordHint')}
          value=""
          autoComplete="new-password"
          error={fieldErrors.password}
          required
        />
        {values.licenses.map((license, slot) => (
          <LicenseFields key={slot} slot={slot} values={license} states={states} fieldErrors={fieldErrors} />
        ))}
        <button className="usa-button" type="submit" name="intent" value="signUp">
          {t('signUp.submit')}
        </button>
      </PostForm>
      <p>
        <a href={href('/login')}>{t('signUp.haveAccount')}</a>
      </p>
    </main>
  );
}
