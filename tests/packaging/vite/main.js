// A bundled browser app: the bare package name, resolved by Vite through the
// package's "browser" export condition (top-level await instantiation).
import { parseHostname, dnsInstructions, interpretCustomHostname, version } from 'custom-hostnames';

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
const result = { runtime: 'vite', version: version(), ascii: host.ascii, cname: [cname.type, cname.name, cname.value], phase: assessment.phase, ready: assessment.ready, errorCode };
document.getElementById('out').textContent = JSON.stringify(result);
window.consumerResult = result;
