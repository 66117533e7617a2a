import { ChildProcess, fork } from 'node:child_process';
import { join } from 'node:path';
import { FromServer, ToServer } from './server/bench-messages';

/** The API server in a process of its own, so the load generator never competes with it on one event loop. */
export class ApiProcess {
  private constructor(
    private readonly child: ChildProcess,
    readonly port: number,
  ) {}

  /** `workingDirectory`: the repository root, where the app finds the web build (WEB_BUILD_DIR is relative). */
  static async start(databaseUrl: string, workingDirectory: string): Promise<ApiProcess> {
    // --expose-gc: the memory checkpoints read what the process holds after a full collection.
    const child = fork(join(__dirname, 'server', 'main.js'), [databaseUrl], {
      cwd: workingDirectory,
      // As deployed (the Dockerfile sets it): without it React and graphql-js load their development builds, whose
      // checks and warnings made the server-rendered page take about twice as long.
      env: { ...process.env, NODE_ENV: 'production' },
      stdio: 'inherit',
      execArgv: [...process.execArgv, '--expose-gc'],
    });
    const ready = await nextMessage(child, 'ready');
    return new ApiProcess(child, ready.port);
  }

  async ask<T extends FromServer['type']>(message: ToServer, answer: T): Promise<Extract<FromServer, { type: T }>> {
    const reply = nextMessage(this.child, answer);
    this.child.send(message);
    return reply;
  }

  async stop(): Promise<void> {
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    this.child.kill('SIGTERM');
    await exited;
  }
}

function nextMessage<T extends FromServer['type']>(
  child: ChildProcess,
  type: T,
): Promise<Extract<FromServer, { type: T }>> {
  return new Promise((resolve, reject) => {
    const onExit = (code: number | null) =>
      reject(new Error(`the API process exited (${code}) before answering ${type}`));
    const onMessage = (message: FromServer) => {
      if (message.type !== type) return;
      child.off('message', onMessage);
      child.off('exit', onExit);
      resolve(message as Extract<FromServer, { type: T }>);
    };
    child.on('message', onMessage);
    child.once('exit', onExit);
  });
}
