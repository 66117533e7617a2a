import { AuthModule } from '@app/auth';
import { AppConfig, AppConfigModule, loggingParams, QuietStartupLogger, ResolvedSettings } from '@app/config';
import { DatabaseModule } from '@app/database';
import { DirectoryModule } from '@app/directory';
import { ReferralsModule } from '@app/referrals';
import { VettingModule } from '@app/vetting';
import { DynamicModule, Module, Type } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import type { DestinationStream } from 'pino';
import { GraphqlApiModule } from './graphql-api.module';
import { HealthModule } from './health/health.module';

@Module({})
export class AppModule {
  static forRoot(
    settings: ResolvedSettings,
    extraModules: Array<Type | DynamicModule> = [],
    logDestination?: DestinationStream,
  ): DynamicModule {
    return {
      module: AppModule,
      imports: [
        AppConfigModule.forRoot(settings),
        LoggerModule.forRootAsync({
          inject: [AppConfig],
          useFactory: (config: AppConfig) => loggingParams(config, logDestination),
        }),
        DatabaseModule,
        AuthModule,
        DirectoryModule,
        VettingModule,
        ReferralsModule,
        HealthModule,
        GraphqlApiModule,
        ...extraModules,
      ],
      providers: [QuietStartupLogger],
    };
  }
}
