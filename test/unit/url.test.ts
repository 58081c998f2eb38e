import { strict as assert } from 'assert';
import { MAX_URL_LENGTH, isHttpsUrl } from '../../src/core/url';

describe('isHttpsUrl', () => {
  it('accepts only https URLs with a host and no credentials', () => {
    assert.ok(isHttpsUrl('https://arxiv.org/abs/1906.01820'));
    for (const bad of [
      'http://arxiv.org',
      'javascript:alert(1)',
      'JAVASCRIPT:alert(1)',
      'command:aiSafety.showTerm',
      'vscode://file/etc/passwd',
      'data:text/html,<script>',
      'file:///etc/passwd',
      'https://user:pass@example.com/',
      ' https://example.com',
      'https://exa mple.com',
      'java\tscript:alert(1)',
      '//example.com',
      '',
      42,
      undefined,
    ]) {
      assert.equal(isHttpsUrl(bad), false, String(bad));
    }
  });

  it('refuses URLs longer than the limit', () => {
    const base = 'https://example.com/';
    assert.ok(isHttpsUrl(base + 'a'.repeat(MAX_URL_LENGTH - base.length)));
    assert.equal(isHttpsUrl(base + 'a'.repeat(MAX_URL_LENGTH - base.length + 1)), false);
  });
});
