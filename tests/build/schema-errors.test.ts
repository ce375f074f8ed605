/** A content file that breaks its schema fails the build, and the error names the file and the field. */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

describe('content schema errors', () => {
  it('fail `astro sync` naming the file and the field', () => {
    const result = spawnSync(
      'node_modules/.bin/node',
      ['node_modules/astro/bin/astro.mjs', 'sync', '--root', 'tests/fixtures/bad-content'],
      { encoding: 'utf8', timeout: 120_000, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } },
    );
    const output = `${result.stdout}\n${result.stderr}`;
    expect(result.status, output).not.toBe(0);
    expect(output).toContain('01-broken-chapter.mdx');
    expect(output).toContain('sources');
    expect(output).toContain('Every chapter lists at least one source.');
  }, 120_000);
});
