import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccessGuard } from './access.guard';
import { AccessTokens } from './access-tokens';
import { AccountAdminResolver } from './account-admin.resolver';
import { AccountAdministrationService } from './account-administration.service';
import { AccountRegistrationService } from './account-registration.service';
import { AccountSessions } from './account-sessions';
import { AccountRepository } from './account.repository';
import { AuthResolver } from './auth.resolver';
import { Authenticator } from './authenticator';
import { AccountEntity } from './entities/account.entity';
import { LogInService } from './log-in.service';
import { LoginThrottleRepository } from './login-throttle.repository';
import { PasswordChangeService } from './password-change.service';
import { PasswordHasher } from './password-hasher';
import { SessionRepository } from './session.repository';
import { SessionResolver } from './session.resolver';
import { TherapistLicenseRepository } from './therapist-license.repository';

@Module({
  imports: [TypeOrmModule.forFeature([AccountEntity])],
  providers: [
    { provide: APP_GUARD, useClass: AccessGuard },
    AccessTokens,
    AccountAdminResolver,
    AccountAdministrationService,
    AccountRegistrationService,
    AccountRepository,
    AccountSessions,
    AuthResolver,
    Authenticator,
    LogInService,
    LoginThrottleRepository,
    PasswordChangeService,
    PasswordHasher,
    SessionRepository,
    SessionResolver,
    TherapistLicenseRepository,
  ],
  exports: [AccountRegistrationService, PasswordHasher],
})
export class AuthModule {}
