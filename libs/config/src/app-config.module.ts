import { DynamicModule, Global, Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { AppConfig, ResolvedSettings, SETTINGS_KEY } from './app-config';
import { FIELD_CIPHER_PROVIDER, FieldCipher } from './secrets/field-cipher';

@Global()
@Module({})
export class AppConfigModule {
  /** Settings are resolved once before the app is created (see the api bootstrap), then served read-only. */
  static forRoot(settings: ResolvedSettings): DynamicModule {
    return {
      module: AppConfigModule,
      imports: [
        ConfigModule.forRoot({
          ignoreEnvFile: true,
          ignoreEnvVars: true,
          load: [() => ({ [SETTINGS_KEY]: settings })],
        }),
      ],
      providers: [AppConfig, FIELD_CIPHER_PROVIDER],
      exports: [AppConfig, FieldCipher],
    };
  }
}
