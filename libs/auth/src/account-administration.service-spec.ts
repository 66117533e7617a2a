import { InvalidInputError } from '@app/shared';
import { insertAccount } from '@test/factories/account.factory';
import { useTestServices } from '@test/support/use-test-services';
import { AccountAction, AccountAdministrationService, AccountNotFoundError } from './account-administration.service';
import { AuthModule } from './auth.module';
import { AccountStatus, Role } from './roles';

describe('Account administration on real rows: finding accounts and reading their audit trail', () => {
  const { get, database } = useTestServices([AuthModule]);
  const administration = () => get(AccountAdministrationService);

  async function accountWithEmail(email: string, status = AccountStatus.ACTIVE): Promise<string> {
    const { id } = await insertAccount(database(), Role.PROVIDER, { status });
    await database().query('UPDATE accounts SET email = $2 WHERE id = $1', [id, email]);
    return id;
  }

  it('finds accounts whose email contains the text, whatever its case, in every status or in one', async () => {
    const active = await accountWithEmail('dana.search@clinic-one.test');
    const suspended = await accountWithEmail('dana.search@clinic-two.test', AccountStatus.SUSPENDED);
    await accountWithEmail('someone-else@clinic-one.test');

    const everyStatus = await administration().list({ email: '  Dana.Search ' }, 10, undefined);
    expect(everyStatus.nodes.map((account) => account.id)).toEqual([active, suspended]);

    const suspendedOnly = await administration().list(
      { email: 'dana.search', status: AccountStatus.SUSPENDED },
      10,
      undefined,
    );
    expect(suspendedOnly.nodes.map((account) => account.id)).toEqual([suspended]);
  });

  it('takes % and _ in the search as plain characters', async () => {
    await accountWithEmail('percent_less@clinic.test');
    const page = await administration().list({ email: '%' }, 10, undefined);
    expect(page.nodes).toEqual([]);
  });

  it('pages a search with its own cursors, and refuses a cursor of another search', async () => {
    const ids = [
      await accountWithEmail('paged-1@search.test'),
      await accountWithEmail('paged-2@search.test'),
      await accountWithEmail('paged-3@search.test'),
    ];
    const first = await administration().list({ email: '@search.test' }, 2, undefined);
    expect(first.nodes.map((account) => account.id)).toEqual(ids.slice(0, 2));
    const next = await administration().list({ email: '@search.test' }, 2, first.pageInfo.endCursor ?? undefined);
    expect(next.nodes.map((account) => account.id)).toEqual(ids.slice(2));
    await expect(
      administration().list({ email: '@other.test' }, 2, first.pageInfo.endCursor ?? undefined),
    ).rejects.toBeInstanceOf(InvalidInputError);
  });

  it('reads the audit trail oldest first, with who did each thing and why', async () => {
    const admin = await insertAccount(database(), Role.ADMIN);
    const therapist = await insertAccount(database(), Role.THERAPIST, { status: AccountStatus.PENDING_APPROVAL });
    await administration().decide(admin, therapist.id, AccountAction.APPROVE, null);
    await administration().decide(admin, therapist.id, AccountAction.SUSPEND, 'Board reports a lapsed license');

    const history = await administration().history(therapist.id);

    expect(history).toEqual([
      expect.objectContaining({
        action: 'APPROVE',
        fromStatus: AccountStatus.PENDING_APPROVAL,
        toStatus: AccountStatus.ACTIVE,
        actorId: admin.id,
        actorDisplayName: 'Test ADMIN',
        reason: null,
      }),
      expect.objectContaining({
        action: 'SUSPEND',
        fromStatus: AccountStatus.ACTIVE,
        toStatus: AccountStatus.SUSPENDED,
        reason: 'Board reports a lapsed license',
      }),
    ]);
    expect(history[0].at).toBeInstanceOf(Date);
  });

  it('refuses the trail of an account that does not exist', async () => {
    await expect(administration().history('00000000-0000-4000-8000-000000000000')).rejects.toBeInstanceOf(
      AccountNotFoundError,
    );
  });
});
