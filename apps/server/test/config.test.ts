import { VERDICTS as API_VERDICTS, MAX_CODE_BYTES as API_MAX_CODE } from '@shousi/contracts';
import { MAX_CODE_BYTES, VERDICTS } from '@shousi/judge';
import { ConfigError, loadConfig } from '@shousi/submissions';
import { describe, expect, it } from 'vitest';

describe('configuration', () => {
  it('has a default for everything, and an empty value means the default', () => {
    const c = loadConfig({ JUDGE_WORKERS: '', DATABASE_URL: '' });
    expect(c).toMatchObject({ PORT: 3000, HOST: 'localhost', QUEUE_LIMIT: 1000, RATE_LIMIT_SUBMIT: 30 });
    expect(c.JUDGE_WORKERS).toBeGreaterThanOrEqual(1);
    expect(c.DATABASE_URL).toBeUndefined();
    expect(c.dataDir).toMatch(/\/data$/);
  });

  it('refuses a bad value, naming every key at fault', () => {
    let err: unknown;
    try {
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', COOKIE_SECRET: 'short' });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ConfigError);
    const message = (err as Error).message;
    for (const key of ['PORT', 'DATABASE_URL', 'COOKIE_SECRET']) expect(message).toContain(key);
  });
});

describe('contracts', () => {
  it('speak the judge\'s verdicts and code limit', () => {
    expect(API_VERDICTS).toEqual(VERDICTS);
    expect(API_MAX_CODE).toBe(MAX_CODE_BYTES);
  });
});
