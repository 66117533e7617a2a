import { AuthModule } from '@app/auth';
import { AppConfigModule, ResolvedSettings } from '@app/config';
import { DatabaseModule } from '@app/database';
import { RegistryImportModule, VocabularyModule } from '@app/directory';
import { DynamicModule, Module } from '@nestjs/common';

/** Just enough of the application for account administration, the taxonomy import and registry loading from the
 * command line. */
@Module({})
export class CliModule {
  static forRoot(settings: ResolvedSettings): DynamicModule {
    return {
      module: CliModule,
      imports: [AppConfigModule.forRoot(settings), DatabaseModule, AuthModule, VocabularyModule, RegistryImportModule],
    };
  }
}
