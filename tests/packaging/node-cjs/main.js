// A Node CommonJS consumer: require() of the bare package name.
const { parseHostname, dnsInstructions, interpretCustomHostname, version } = require('custom-hostnames');

const host = parseHostname('https://App.Customer.com/signup');
const instructions = dnsInstructions({ hostname: host.ascii, cnameTarget: 'john.customers.saasprovider.com' });
const cname = instructions.records.find((r) => r.purpose === 'traffic');
const assessment = interpretCustomHostname({
  id: '0d89c70d-ad9f-4843-b99f-6cc0252067e9',
  hostname: host.ascii,
  status: 'active',
  ssl: { status: 'active', method: 'txt', type: 'dv' },
});
let errorCode;
try {
  parseHostname('shop..customer.com');
} catch (e) {
  errorCode = e.code;
}
console.log(JSON.stringify({ runtime: 'node-cjs', version: version(), ascii: host.ascii, cname: [cname.type, cname.name, cname.value], phase: assessment.phase, ready: assessment.ready, errorCode }));
