import { useTestServices } from '@test/support/use-test-services';
import { waitFor } from '@test/support/wait-for';
import { DataSource } from 'typeorm';
import { DatabaseSignal, DatabaseSignals } from './database-signals';
import { DatabaseSignalsModule } from './database-signals.module';

const CHANGED = DatabaseSignal.VOCABULARY_CHANGED;

describe('Signals between the processes on one database, on a real PostgreSQL', () => {
  const { get, database, startAnotherProcess } = useTestServices([DatabaseSignalsModule]);
  let heard = 0;

  beforeAll(async () => {
    const listener = await startAnotherProcess();
    await listener(DatabaseSignals).on(CHANGED, () => heard++);
  });

  const raiseIn = (outcome: 'commit' | 'rollback') =>
    get(DataSource)
      .transaction(async (manager) => {
        await DatabaseSignals.raise(manager, CHANGED);
        if (outcome === 'rollback') throw new Error('rolled back on purpose');
      })
      .catch(() => undefined);

  it('reaches a listening process when the transaction commits, and never when it rolls back', async () => {
    const before = heard;
    await raiseIn('rollback');
    await raiseIn('commit');

    // PostgreSQL delivers in commit order: a rolled-back signal would have come first.
    await waitFor(() => heard > before);
    expect(heard).toBe(before + 1);
  });

  it('calls every handler again once a lost connection is back, then hears new signals', async () => {
    const before = heard;
    const [{ ended }] = await database().query<{ ended: boolean }>(
      `SELECT bool_and(pg_terminate_backend(pid)) AS ended FROM pg_stat_activity
       WHERE datname = current_database() AND application_name = 'affirming-care-directory-signals'`,
    );
    expect(ended).toBe(true);

    await waitFor(() => heard === before + 1);
    await raiseIn('commit');
    await waitFor(() => heard === before + 2);
  });
});
