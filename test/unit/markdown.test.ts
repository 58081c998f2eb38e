import { strict as assert } from 'assert';
import { DEFAULT_RENDER_CAP, capNotice, createAnswerRenderer, describeLength } from '../../src/core/markdown';

/** Start tags in the output (escaped text has no raw `<`, so these are real elements). */
function tags(html: string): string[] {
  return html.match(/<[a-zA-Z][^>]*>/g) ?? [];
}

function tagNames(html: string): Set<string> {
  return new Set(tags(html).map((t) => (/^<([a-zA-Z0-9]+)/.exec(t)?.[1] ?? '').toLowerCase()));
}

describe('answer markdown renderer', () => {
  const md = createAnswerRenderer();
  const render = (text: string) => md.render(text).html;

  it('renders ordinary markdown', () => {
    const html = render('# Title\n\nSome **bold** and `code`.\n\n- one\n- two\n');
    assert.match(html, /<h1>Title<\/h1>/);
    assert.match(html, /<strong>bold<\/strong>/);
    assert.match(html, /<code>code<\/code>/);
    assert.match(html, /<ul>\s*<li>one<\/li>/);
  });

  it('escapes raw HTML instead of rendering it', () => {
    const html = render('Hello <script>alert(1)</script> and <img src=x onerror=alert(1)> and <b onclick="x()">b</b>');
    assert.deepEqual([...tagNames(html)], ['p']);
    assert.ok(html.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
    assert.ok(html.includes('&lt;img src=x onerror=alert(1)&gt;'));
  });

  it('keeps tags split across stream chunks inert at every step', () => {
    const chunks = ['Before <scr', 'ipt>alert(1)</scr', 'ipt> mid <img sr', 'c=x one', 'rror=alert(1)> <a hr', 'ef="javascript:alert(1)">x</a> end'];
    let text = '';
    for (const chunk of chunks) {
      text += chunk;
      const html = render(text);
      for (const name of tagNames(html)) {
        assert.ok(['p'].includes(name), `<${name}> appeared after chunk ${JSON.stringify(chunk)}`);
      }
      for (const tag of tags(html)) {
        assert.doesNotMatch(tag, /\son\w+\s*=/i);
      }
    }
  });

  it('renders javascript:, command:, vscode:, data:, file: and http: links as text', () => {
    const links = [
      '[a](javascript:alert(1))',
      '[b](JaVaScRiPt:alert(1))',
      '[c](command:workbench.action.terminal.new)',
      '[d](vscode://file/etc/passwd)',
      '[e](data:text/html;base64,PHNjcmlwdD4=)',
      '[f](file:///etc/passwd)',
      '[g](http://example.com)',
      '<javascript:alert(1)>',
      '<command:aiSafety.setApiKey>',
      '[h][ref]\n\n[ref]: javascript:alert(1)',
    ];
    for (const link of links) {
      const html = render(link);
      assert.ok(!html.includes('<a'), `${link} became a link: ${html}`);
    }
  });

  it('keeps https links, marked external with rel=noopener', () => {
    const html = render('See [the paper](https://arxiv.org/abs/1906.01820) and https://example.com/x.');
    const anchors = tags(html).filter((t) => t.startsWith('<a'));
    assert.equal(anchors.length, 2);
    for (const a of anchors) {
      assert.match(a, /href="https:\/\//);
      assert.match(a, /rel="noopener noreferrer"/);
      assert.match(a, /class="external-link"/);
    }
  });

  it('does not linkify bare domains into http links', () => {
    const html = render('Visit www.example.com today.');
    assert.ok(!html.includes('href="http://'), html);
  });

  it('never renders images, only their alt text', () => {
    const html = render('![a diagram](https://evil.example/track.png) and ![](https://evil.example/x.gif) and ![x](javascript:alert(1))');
    assert.ok(!tagNames(html).has('img'), html);
    assert.ok(!html.includes('evil.example'), 'image URLs do not reach the page');
    assert.ok(html.includes('[image: a diagram]'));
  });

  it('escapes hostile alt text', () => {
    const html = render('![<img src=x onerror=alert(1)>](https://evil.example/a.png)');
    assert.ok(!tagNames(html).has('img'));
    assert.ok(html.includes('&lt;img'));
  });

  it('renders code blocks escaped, with the language as a class', () => {
    const html = render('```python\nprint("<b>hi</b>")\n```\n\n```"><script>\nx\n```');
    assert.match(html, /<pre><code class="language-python">print\(&quot;&lt;b&gt;hi&lt;\/b&gt;&quot;\)\n<\/code><\/pre>/);
    assert.deepEqual([...tagNames(html)].sort(), ['code', 'pre']);
  });

  it('turns table alignment into classes (the CSP forbids style attributes)', () => {
    const html = render('| a | b |\n|:-:|--:|\n| 1 | 2 |\n');
    assert.ok(!/\sstyle=/.test(html), html);
    assert.match(html, /<th class="align-center">a<\/th>/);
    assert.match(html, /<td class="align-right">2<\/td>/);
  });

  it('renders at most the cap of a 5 MB answer and says so', () => {
    const line = 'Mesa-optimizers pursue **their own** objectives. ';
    const big = line.repeat(Math.ceil(5_000_000 / line.length));
    const out = md.render(big);
    assert.equal(out.truncated, true);
    assert.ok(out.notice?.includes('5.0 million characters'), out.notice);
    assert.ok(out.notice?.includes(`first ${DEFAULT_RENDER_CAP.toLocaleString('en-US')}`), out.notice);
    assert.ok(out.html.length < 3 * DEFAULT_RENDER_CAP, `html is ${out.html.length} chars`);
  });

  it('reports the full length when given only a prefix', () => {
    const out = md.render('short prefix', { totalLength: 2_500_000 });
    assert.equal(out.truncated, true);
    assert.equal(out.notice, capNotice(2_500_000, 12));
  });

  it('does not truncate an answer within the cap', () => {
    const out = md.render('x'.repeat(1000), { cap: 1000 });
    assert.equal(out.truncated, false);
    assert.equal(out.notice, undefined);
  });

  it('never cuts a surrogate pair at the cap', () => {
    const out = md.render('ab\u{1F600}cd', { cap: 3 });
    assert.equal(out.truncated, true);
    assert.ok(!/[\ud800-\udbff](?![\udc00-\udfff])/.test(out.html), 'no lone high surrogate');
  });

  it('describes lengths in words a reader understands', () => {
    assert.equal(describeLength(5_242_880), '5.2 million characters');
    assert.equal(describeLength(180_000), '180,000 characters');
  });
});
