import { RegistryRecord, RegistryRecords } from '@app/directory';
import { Injectable } from '@nestjs/common';

interface Batch {
  npis: Set<string>;
  records: Promise<Map<string, RegistryRecord>>;
}

/**
 * Registry records of the listings in one GraphQL response, read in one query: the fields of a page of listings
 * ask within the same tick, and the batch is read once they all have (as DataLoader does).
 */
@Injectable()
export class RegistryRecordLoader {
  /** The open batch of each request, keyed by its GraphQL context. */
  private readonly batches = new WeakMap<object, Batch>();

  constructor(private readonly records: RegistryRecords) {}

  async load(requestContext: object, npi: string): Promise<RegistryRecord | null> {
    const batch = this.openBatch(requestContext);
    batch.npis.add(npi);
    return (await batch.records).get(npi) ?? null;
  }

  private openBatch(requestContext: object): Batch {
    const open = this.batches.get(requestContext);
    if (open) return open;
    const npis = new Set<string>();
    const records = new Promise<Map<string, RegistryRecord>>((resolve, reject) => {
      // After the promise jobs of this tick: resolvers called from them ask for their NPIs first.
      void Promise.resolve().then(() =>
        process.nextTick(() => {
          this.batches.delete(requestContext);
          this.records.findMany([...npis]).then(resolve, reject);
        }),
      );
    });
    const batch = { npis, records };
    this.batches.set(requestContext, batch);
    return batch;
  }
}
