// What other libraries and the apps may use; the account tables stay behind AccountContacts and the services.
export { Public, Roles } from './access.decorators';
export { AccountContacts } from './account-contacts';
export type { AccountContact } from './account.repository';
export { AccountRegistrationService } from './account-registration.service';
export { AccountsCoreModule } from './accounts-core.module';
export type { CreatedAdmin } from './account-registration.service';
export { seedActiveAccounts, seedTherapistAwaitingApproval } from './account-seeding';
export type { SeedAccount } from './account-seeding';
export { AuthModule } from './auth.module';
export { CurrentUser, OptionalCaller } from './caller';
export type { Caller } from './caller';
export { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from './password-hasher';
export { passwordProblem } from './password-strength';
export { AccountStatus, Role } from './roles';
export { SecondFactorEnrollmentService } from './second-factor/second-factor-enrollment.service';
export { demoSecondFactor, seedConfirmedSecondFactor } from './second-factor/second-factor-seeding';
export type { DemoSecondFactor } from './second-factor/second-factor-seeding';
export type { TotpEnrollment } from './second-factor/totp';
