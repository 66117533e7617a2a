import { RegistryRecord, RegistryRecords } from '@app/directory';
import { RegistryRecordLoader } from './registry-record.loader';

describe('RegistryRecordLoader', () => {
  const recordOf = (npi: string) => ({ npi }) as RegistryRecord;
  const findMany = jest.fn((npis: string[]) =>
    Promise.resolve(new Map(npis.filter((n) => n !== 'absent').map((n) => [n, recordOf(n)]))),
  );
  const loader = new RegistryRecordLoader({ findMany } as unknown as RegistryRecords);

  beforeEach(() => findMany.mockClear());

  it('reads the NPIs one response asks for in the same tick at once, each request on its own', async () => {
    const [request, other] = [{}, {}];
    // A field resolved after an awaited parent still joins the batch.
    const late = Promise.resolve().then(() => loader.load(request, 'c'));
    const loaded = await Promise.all([
      loader.load(request, 'a'),
      loader.load(request, 'absent'),
      late,
      loader.load(other, 'a'),
    ]);

    expect(loaded).toEqual([recordOf('a'), null, recordOf('c'), recordOf('a')]);
    expect(findMany.mock.calls).toEqual([[['a', 'absent', 'c']], [['a']]]);
  });

  it('starts a new batch once one is read', async () => {
    const request = {};
    await loader.load(request, 'a');
    await loader.load(request, 'b');
    expect(findMany.mock.calls).toEqual([[['a']], [['b']]]);
  });
});
