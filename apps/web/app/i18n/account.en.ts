/** The signed-in part of the site: logging in and out, and what every workspace page shares. */
export const accountEn = {
  'title.logIn': 'Log in',
  'workspace.nav': 'Your workspace',
  'workspace.signedInAs': 'Signed in as {name}',
  'workspace.logOut': 'Log out',
  'workspace.account': 'Account',
  'workspace.navReferrals': 'My referrals',
  'workspace.navInbox': 'Referral inbox',
  'workspace.navListing': 'My listing',
  'workspace.formRefused':
    'That form had expired, so nothing was changed. We loaded the page again: please check it and send it once more.',
  'logIn.heading': 'Log in',
  'logIn.lead': 'For therapists, providers and their clinic staff, and the directory’s team.',
  'logIn.email': 'Email address',
  'logIn.password': 'Password',
  'logIn.oneTimeCode': 'Code from your authenticator app',
  'logIn.oneTimeCodeHint': 'Six digits, or one of your recovery codes.',
  'logIn.submit': 'Log in',
  'logIn.needsOneTimeCode':
    'This account also needs the code from its authenticator app. Enter your password again with it.',
  'logIn.refused': 'We could not log you in.',
  'logIn.continueTo': 'After logging in you will go back to the page you opened.',
  'logIn.forgotPassword': 'Forgot your password?',
  'logIn.noAccount': 'New here? Create an account',
  'logIn.loggedOut': 'You are logged out.',
} as const;
