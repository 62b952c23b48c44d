#!/usr/bin/env node
// Test-only bridge to Joyent's http-signature (an independent draft-cavage implementation), driven by the
// C# cross-check tests. Reads one JSON document on stdin, prints one JSON document on stdout.
//
//   node httpsig-crosscheck.js sign    {"method","path","headers":{name:value},"privateKeyPem","keyId","signedHeaders":[...]}
//                                      -> {"authorization": "Signature keyId=..."}
//   node httpsig-crosscheck.js verify  {"method","url","headers":{name:value},"publicKeyPem","requiredHeaders":[...],"clockSkewSeconds"}
//                                      -> {"verified": bool, "keyId": "...", "error": "..."}
'use strict';

const httpSignature = require('http-signature');

function readStdin() {
  return new Promise((resolve, reject) => {
    const chunks = [];
    process.stdin.on('data', (c) => chunks.push(c));
    process.stdin.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    process.stdin.on('error', reject);
  });
}

function lowerCaseKeys(headers) {
  const result = {};
  for (const [name, value] of Object.entries(headers || {})) {
    result[name.toLowerCase()] = value;
  }
  return result;
}

// sshpk rejects text around the PEM block, such as the "TEST KEY ONLY" banner of our test keys.
function pemOnly(text) {
  const start = text.indexOf('-----BEGIN');
  return start < 0 ? text : text.slice(start);
}

function sign(input) {
  const headers = lowerCaseKeys(input.headers);
  // The shape of a Node http.ClientRequest that signRequest needs.
  const request = {
    method: input.method,
    path: input.path,
    getHeader: (name) => headers[name.toLowerCase()],
    setHeader: (name, value) => { headers[name.toLowerCase()] = value; },
  };
  httpSignature.sign(request, {
    key: pemOnly(input.privateKeyPem),
    keyId: input.keyId,
    algorithm: 'rsa-sha256',
    headers: input.signedHeaders,
  });
  return { authorization: headers.authorization };
}

function verify(input) {
  // The shape of a Node http.IncomingMessage that parseRequest needs.
  const request = {
    method: input.method || 'GET',
    url: input.url || '/',
    httpVersion: '1.1',
    headers: lowerCaseKeys(input.headers),
  };
  try {
    const parsed = httpSignature.parseRequest(request, {
      headers: input.requiredHeaders,
      clockSkew: input.clockSkewSeconds || 300,
      algorithms: ['rsa-sha256'],
    });
    const verified = httpSignature.verifySignature(parsed, pemOnly(input.publicKeyPem));
    return { verified, keyId: parsed.keyId, signingString: parsed.signingString };
  } catch (err) {
    return { verified: false, error: `${err.name}: ${err.message}` };
  }
}

async function main() {
  const mode = process.argv[2];
  const input = JSON.parse(await readStdin());
  let output;
  if (mode === 'sign') {
    output = sign(input);
  } else if (mode === 'verify') {
    output = verify(input);
  } else {
    throw new Error(`unknown mode '${mode}': expected sign or verify`);
  }
  process.stdout.write(JSON.stringify(output));
}

main().catch((err) => {
  process.stderr.write(String(err && err.stack ? err.stack : err));
  process.exit(1);
});
