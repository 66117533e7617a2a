import { Module } from '@nestjs/common';
import { DatabaseSignals } from './database-signals';

/** One listening connection per process, whichever modules import it. */
@Module({ providers: [DatabaseSignals], exports: [DatabaseSignals] })
export class DatabaseSignalsModule {}
