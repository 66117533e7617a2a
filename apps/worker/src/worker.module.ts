import { AppConfigModule, ResolvedSettings } from '@app/config';
import { DatabaseModule } from '@app/database';
import { ReferralsCoreModule } from '@app/referrals';
import { DynamicModule, Module } from '@nestjs/common';

/** No HTTP: configuration, the database and the referral delivery machinery. */
@Module({})
export class WorkerModule {
  static forRoot(settings: ResolvedSettings): DynamicModule {
    return {
      module: WorkerModule,
      imports: [AppConfigModule.forRoot(settings), DatabaseModule, ReferralsCoreModule],
    };
  }
}
