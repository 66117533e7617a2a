// The subset of autocannon's programmatic API the benchmark uses (the package ships no types).
declare module 'autocannon' {
  namespace autocannon {
    interface Request {
      method?: 'GET' | 'POST';
      path: string;
      headers?: Record<string, string>;
      body?: string;
    }
    interface Options {
      url: string;
      connections: number;
      duration: number;
      requests: Request[];
    }
    interface Result {
      requests: { average: number; total: number };
      non2xx: number;
      errors: number;
      timeouts: number;
    }
  }
  /** A run in progress: awaited for its result, and an emitter of each response (its time in milliseconds). */
  interface Run extends PromiseLike<autocannon.Result> {
    on(
      event: 'response',
      listener: (client: unknown, statusCode: number, bytes: number, responseTime: number) => void,
    ): this;
  }
  function autocannon(options: autocannon.Options): Run;
  export = autocannon;
}
