import { AuthModule } from '@app/auth';
import { AppConfigModule, ResolvedSettings } from '@app/config';
import { DatabaseModule } from '@app/database';
import { DynamicModule, Module } from '@nestjs/common';

/** Just enough of the application for account administration from the command line. */
@Module({})
export class CliModule {
  static forRoot(settings: ResolvedSettings): DynamicModule {
    return { module: CliModule, imports: [AppConfigModule.forRoot(settings), DatabaseModule, AuthModule] };
  }
}
