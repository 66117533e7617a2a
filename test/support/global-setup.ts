import { prepareTemplate, SERVER_URL_VARIABLE, startTestServer, TestServer } from './test-server';

declare global {
  // The global teardown runs in the same process and must find the server.
  var acdTestServer: TestServer | undefined;
}

/** Starts PostgreSQL (embedded unless DATABASE_URL is set) and migrates the template database once. */
export default async function globalSetup(): Promise<void> {
  const server = await startTestServer(process.env.DATABASE_URL);
  globalThis.acdTestServer = server;
  await prepareTemplate(server.serverUrl);
  // Workers are forked after this and inherit the variable.
  process.env[SERVER_URL_VARIABLE] = server.serverUrl;
}
