// A Node CommonJS consumer: require() of the bare package name (the shared
// probe is an ES module, loaded with import()).
const { parseHostname, dnsInstructions, interpretCustomHostname, version } = require('custom-hostnames');
const page = require('custom-hostnames/page');
const hostnameOnly = require('custom-hostnames/hostname');

const full = { parseHostname, dnsInstructions, interpretCustomHostname, version };
import('../probe.mjs').then(({ probe }) => {
  console.log(JSON.stringify(probe('node-cjs', full, page, hostnameOnly)));
});
