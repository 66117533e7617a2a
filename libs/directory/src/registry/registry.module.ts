import { Module } from '@nestjs/common';
import { DirectoryCoreModule } from '../directory-core.module';
import { RegistryImportRepository } from './registry-import.repository';
import { RegistryImport } from './registry-import.service';

/** Loading the NPI registry from NPPES files (the CLI's import-nppes). */
@Module({
  imports: [DirectoryCoreModule],
  providers: [RegistryImport, RegistryImportRepository],
  exports: [RegistryImport],
})
export class RegistryImportModule {}
