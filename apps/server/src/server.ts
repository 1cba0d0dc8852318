/** Starts the API: reads the configuration, listens, and shuts down gracefully on a signal. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError, loadConfig, REPO_ROOT } from '@shousi/submissions';
import closeWithGrace from 'close-with-grace';
import { buildApp } from './app.js';

// A .env beside package.json, if there is one; variables already set win.
const envFile = join(REPO_ROOT, '.env');
if (existsSync(envFile)) process.loadEnvFile(envFile);

let config;
try {
  config = loadConfig();
} catch (err) {
  if (!(err instanceof ConfigError)) throw err;
  console.error(err.message);
  process.exit(2);
}

const app = await buildApp(config, {
  logger: {
    level: config.LOG_LEVEL,
    redact: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]'],
    ...(process.stdout.isTTY ? { transport: { target: 'pino-pretty', options: { translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname' } } } : {}),
  },
});

// Stop taking work, let running judgements finish (or hand them back), then close the database.
closeWithGrace({ delay: config.SHUTDOWN_GRACE_MS + 5_000 }, async ({ signal, err }) => {
  if (err) app.log.error({ err }, 'shutting down after an error');
  else app.log.info({ signal }, 'shutting down');
  await app.close();
});

await app.listen({ port: config.PORT, host: config.HOST });
