import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AccessGuard } from './access.guard';
import { AccessTokens } from './access-tokens';
import { AccountAdminResolver } from './account-admin.resolver';
import { AccountAdministrationService } from './account-administration.service';
import { AccountRegistrationService } from './account-registration.service';
import { AccountSessions } from './account-sessions';
import { AccountsCoreModule } from './accounts-core.module';
import { AuthResolver } from './auth.resolver';
import { Authenticator } from './authenticator';
import { EmailConfirmationService } from './email-confirmation.service';
import { AccountLinkRepository } from './links/account-link.repository';
import { AccountLinks } from './links/account-links';
import { LogInService } from './log-in.service';
import { LoginThrottleRepository } from './login-throttle.repository';
import { PasswordChangeService } from './password-change.service';
import { PasswordHasher } from './password-hasher';
import { PasswordResetService } from './password-reset.service';
import { SessionRepository } from './session.repository';
import { SessionResolver } from './session.resolver';
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
    TherapistLicenseRepository,
  ],
  exports: [AccountRegistrationService, PasswordHasher],
})
export class AuthModule {}
