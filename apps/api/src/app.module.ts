import { AuthModule } from '@app/auth';
import { AppConfig, AppConfigModule, ResolvedSettings } from '@app/config';
import { DatabaseModule } from '@app/database';
import { DirectoryModule } from '@app/directory';
import { ReferralsModule } from '@app/referrals';
import { VettingModule } from '@app/vetting';
import { DynamicModule, Module, Type } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { GraphqlApiModule } from './graphql-api.module';
import { HealthModule } from './health/health.module';

@Module({})
export class AppModule {
  static forRoot(settings: ResolvedSettings, extraModules: Array<Type | DynamicModule> = []): DynamicModule {
    return {
      module: AppModule,
      imports: [
        AppConfigModule.forRoot(settings),
        LoggerModule.forRootAsync({
          inject: [AppConfig],
          useFactory: (config: AppConfig) => ({
            pinoHttp: {
              level: config.logLevel,
              // Query strings and bodies may carry what a client typed; requests are logged by route and status only.
              serializers: {
                req: (req: { method: string; url: string }) => ({ method: req.method, path: req.url.split('?')[0] }),
                res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
              },
              redact: ['req.headers.authorization', 'req.headers.cookie'],
            },
          }),
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
    };
  }
}
