// The web integration run's loopback services (test/harness/runIntegration.js --web): the suites run
// in the browser's web worker extension host, which can start no server and read no file of the
// harness, so the harness starts them here and names them in the run's settings (`aiSafetyTest.web`):
//   - the fake OpenAI API with CORS headers (test/fixtures/fakeOpenAiServer.ts, as built into out/),
//     and its redirect target;
//   - a second fake API without CORS headers, as an endpoint that does not allow browser origins;
//   - a control server (CORS open to the workbench) where the suites set the scenario, read what the
//     fake servers received, and POST their results.
'use strict';
const http = require('http');
const path = require('path');

const ROOT = path.resolve(__dirname, '../..');

/** The requests a fake server received, with the Authorization header (test-only; never printed). */
function listRequests(server) {
  return server.requests.map((r) => ({ method: r.method, path: r.path, body: r.body, ...(r.authorization !== undefined ? { authorization: r.authorization } : {}) }));
}

async function startWebTestBroker() {
  const { startFakeOpenAiServer } = require(path.join(ROOT, 'out/test/fixtures/fakeOpenAiServer.js'));
  const api = await startFakeOpenAiServer({ cors: true });
  const noCors = await startFakeOpenAiServer();
  let resolveResults;
  const results = new Promise((r) => { resolveResults = r; });
  const control = http.createServer((req, res) => {
    res.setHeader('access-control-allow-origin', '*');
    res.setHeader('access-control-allow-methods', 'GET, POST, OPTIONS');
    res.setHeader('access-control-allow-headers', 'content-type');
    if (req.method === 'OPTIONS') return void res.writeHead(204).end();
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url, 'http://127.0.0.1');
      let body = {};
      try { body = chunks.length ? JSON.parse(Buffer.concat(chunks).toString('utf8')) : {}; } catch { /* empty */ }
      try {
        if (req.method === 'POST' && url.pathname === '/results') {
          resolveResults(body);
        } else if (req.method === 'POST' && url.pathname === '/scenario') {
          api.setScenario(body.name, body.options || {});
        } else if (req.method === 'POST' && url.pathname === '/reset') {
          api.setScenario('ok');
          for (const list of [api.requests, api.secondOrigin.requests, noCors.requests]) list.length = 0;
        } else if (req.method === 'GET' && url.pathname === '/requests') {
          const which = url.searchParams.get('server');
          const server = which === 'second' ? api.secondOrigin : which === 'noCors' ? noCors : api;
          res.writeHead(200, { 'content-type': 'application/json' });
          return void res.end(JSON.stringify(listRequests(server)));
        } else {
          return void res.writeHead(404).end();
        }
        res.writeHead(204).end();
      } catch (e) {
        res.writeHead(400, { 'content-type': 'text/plain' }).end(String(e && e.message || e));
      }
    });
  });
  await new Promise((r) => control.listen(0, '127.0.0.1', r));
  const controlUrl = `http://127.0.0.1:${control.address().port}`;
  return {
    /** What the suites read as the setting `aiSafetyTest.web`. */
    env: { resultsUrl: `${controlUrl}/results`, controlUrl, apiUrl: api.url, secondUrl: api.secondOrigin.url, noCorsUrl: noCors.url },
    /** Resolves with the results the suites POST. */
    results,
    async close() {
      await Promise.all([api.close(), noCors.close(), new Promise((r) => { control.closeAllConnections?.(); control.close(r); })]);
    },
  };
}

module.exports = { startWebTestBroker };
