import { AuthModule } from '@app/auth';
import { AppConfigModule, ResolvedSettings } from '@app/config';
import { DatabaseModule } from '@app/database';
import { DirectoryModule } from '@app/directory';
import { ReferralsModule } from '@app/referrals';
import { VettingModule } from '@app/vetting';
import { DynamicModule, Module, Type } from '@nestjs/common';
import { GraphqlApiModule } from './graphql-api.module';
import { HealthModule } from './health/health.module';

@Module({})
export class AppModule {
  static forRoot(settings: ResolvedSettings, extraModules: Array<Type | DynamicModule> = []): DynamicModule {
    return {
      module: AppModule,
      imports: [
        AppConfigModule.forRoot(settings),
        DatabaseModule,
        AuthModule,
        DirectoryModule,
        VettingModule,
        ReferralsModule,
        HealthModule,
        GraphqlApiModule,
        ...extraModules,
      ],
    };
  }
}
