import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccessGuard } from './access.guard';
import { AccessTokens } from './access-tokens';
import { AccountAdminResolver } from './account-admin.resolver';
import { AccountAdministrationService } from './account-administration.service';
import { AccountRegistrationService } from './account-registration.service';
import { AccountRepository } from './account.repository';
import { AuthResolver } from './auth.resolver';
import { Authenticator } from './authenticator';
import { AccountEntity } from './entities/account.entity';
import { LogInService } from './log-in.service';
import { LoginThrottleRepository } from './login-throttle.repository';
import { PasswordChangeService } from './password-change.service';
import { PasswordHasher } from './password-hasher';
import { SecondFactorEnrollmentService } from './second-factor-enrollment.service';
import { SecondFactorRepository } from './second-factor.repository';
import { SecondFactorService } from './second-factor.service';
import { TherapistLicenseRepository } from './therapist-license.repository';
import { TOTP_SECRET_CIPHER_PROVIDER } from './totp-secret-cipher';

@Module({
  imports: [TypeOrmModule.forFeature([AccountEntity])],
  providers: [
    { provide: APP_GUARD, useClass: AccessGuard },
    AccessTokens,
    AccountAdminResolver,
    AccountAdministrationService,
    AccountRegistrationService,
    AccountRepository,
    AuthResolver,
    Authenticator,
    LogInService,
    LoginThrottleRepository,
    PasswordChangeService,
    PasswordHasher,
    SecondFactorEnrollmentService,
    SecondFactorRepository,
    SecondFactorService,
    TherapistLicenseRepository,
    TOTP_SECRET_CIPHER_PROVIDER,
  ],
  exports: [AccountRegistrationService, PasswordHasher, SecondFactorEnrollmentService],
})
export class AuthModule {}
