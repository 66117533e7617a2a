/** One search of the mix, as both APIs take it; `id` names it on the raw-SQL route. */
export interface MixSearch {
  id: string;
  filter: Record<string, string | number | boolean | string[]>;
  sort?: string;
  first?: number;
  after?: string;
}

export type ToServer =
  | { type: 'prepare'; searches: MixSearch[] }
  | { type: 'time-database'; ids: string[]; rounds: number }
  | { type: 'memory'; afterFullCollection: boolean };

export type FromServer =
  | { type: 'ready'; port: number }
  | { type: 'prepared' }
  | { type: 'database-times'; millis: Record<string, number[]> }
  | { type: 'memory'; rss: number; heapUsed: number; external: number };
