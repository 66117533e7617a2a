import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AccessGuard } from './access.guard';
import { AccessTokens } from './access-tokens';
import { AccountAdminResolver } from './account-admin.resolver';
import { AccountAdministrationService } from './account-administration.service';
import { AccountLinksResolver } from './links/account-links.resolver';
import { AccountRegistrationService } from './account-registration.service';
import { AccountSessions } from './sessions/account-sessions';
import { AccountsCoreModule } from './accounts-core.module';
import { AuthResolver } from './auth.resolver';
import { Authenticator } from './authenticator';
import { EmailConfirmationService } from './links/email-confirmation.service';
import { AccountLinkRepository } from './links/account-link.repository';
import { AccountLinks } from './links/account-links';
import { LogInService } from './log-in.service';
import { LoginThrottleRepository } from './login-throttle.repository';
import { PasswordChangeService } from './password-change.service';
import { PasswordHasher } from './password-hasher';
import { PasswordResetService } from './links/password-reset.service';
import { SessionRepository } from './sessions/session.repository';
import { SessionResolver } from './sessions/session.resolver';
import { SecondFactorEnrollmentService } from './second-factor/second-factor-enrollment.service';
import { SecondFactorRepository } from './second-factor/second-factor.repository';
import { SecondFactorResolver } from './second-factor/second-factor.resolver';
import { SecondFactorService } from './second-factor/second-factor.service';
import { TherapistLicenseRepository } from './therapist-license.repository';

@Module({
  imports: [AccountsCoreModule],
  providers: [
    { provide: APP_GUARD, useClass: AccessGuard },
    AccessTokens,
    AccountAdminResolver,
    AccountAdministrationService,
    AccountLinkRepository,
    AccountLinks,
    AccountLinksResolver,
    AccountRegistrationService,
    AccountSessions,
    AuthResolver,
    Authenticator,
    EmailConfirmationService,
    LogInService,
    LoginThrottleRepository,
    PasswordChangeService,
    PasswordHasher,
    PasswordResetService,
    SessionRepository,
    SessionResolver,
    SecondFactorEnrollmentService,
    SecondFactorRepository,
    SecondFactorResolver,
    SecondFactorService,
    TherapistLicenseRepository,
  ],
  exports: [AccountRegistrationService, PasswordHasher, SecondFactorEnrollmentService],
})
export class AuthModule {}
