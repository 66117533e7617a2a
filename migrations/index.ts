import { CreateReferenceVocabularies1795886400000 } from './1795886400000-CreateReferenceVocabularies';
import { CreateDirectorySchema1795886460000 } from './1795886460000-CreateDirectorySchema';
import { CreateSearchReadModel1795886520000 } from './1795886520000-CreateSearchReadModel';
import { CreateAccounts1795887000000 } from './1795887000000-CreateAccounts';
import { CreateListingVetting1795887060000 } from './1795887060000-CreateListingVetting';
import { NarrowSearchReadModel1795888000000 } from './1795888000000-NarrowSearchReadModel';
import { CreateReferrals1795889000000 } from './1795889000000-CreateReferrals';
import { SearchListingLocations1795890000000 } from './1795890000000-SearchListingLocations';
import { SearchNamesByState1795890060000 } from './1795890060000-SearchNamesByState';
import { LoginThrottlesCountUntilQuiet1795891000000 } from './1795891000000-LoginThrottlesCountUntilQuiet';
import { PublicNameIsChosenName1795892000000 } from './1795892000000-PublicNameIsChosenName';
import { CreateTherapistLicenses1795893000000 } from './1795893000000-CreateTherapistLicenses';
import { AccountsConfirmEmail1795894000000 } from './1795894000000-AccountsConfirmEmail';
import { CreateAccountSessions1795895000000 } from './1795895000000-CreateAccountSessions';
import { CreateSecondFactors1795896000000 } from './1795896000000-CreateSecondFactors';
import { FairListingClaims1795897000000 } from './1795897000000-FairListingClaims';
import { OutboxServesEveryLibrary1795898000000 } from './1795898000000-OutboxServesEveryLibrary';
import { CreateAccountLinkTokens1795899000000 } from './1795899000000-CreateAccountLinkTokens';
import { FullProviderTaxonomy1795900000000 } from './1795900000000-FullProviderTaxonomy';
import { CreateNpiRegistry1795901000000 } from './1795901000000-CreateNpiRegistry';
import { LicenseExpiryMayBeUnknown1795902500000 } from './1795902500000-LicenseExpiryMayBeUnknown';
import { SpanishVocabularyNames1795903000000 } from './1795903000000-SpanishVocabularyNames';

/** Every migration in order; listed explicitly so the same list works from TypeScript sources and compiled output. */
export const ALL_MIGRATIONS = [
  CreateReferenceVocabularies1795886400000,
  CreateDirectorySchema1795886460000,
  CreateSearchReadModel1795886520000,
  CreateAccounts1795887000000,
  CreateListingVetting1795887060000,
  NarrowSearchReadModel1795888000000,
  CreateReferrals1795889000000,
  SearchListingLocations1795890000000,
  SearchNamesByState1795890060000,
  LoginThrottlesCountUntilQuiet1795891000000,
  PublicNameIsChosenName1795892000000,
  CreateTherapistLicenses1795893000000,
  AccountsConfirmEmail1795894000000,
  CreateAccountSessions1795895000000,
  CreateSecondFactors1795896000000,
  FairListingClaims1795897000000,
  OutboxServesEveryLibrary1795898000000,
  CreateAccountLinkTokens1795899000000,
  FullProviderTaxonomy1795900000000,
  CreateNpiRegistry1795901000000,
  LicenseExpiryMayBeUnknown1795902500000,
  SpanishVocabularyNames1795903000000,
];
