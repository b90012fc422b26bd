// Prints the parsed model and DNS zone of a few hostnames (or of the ones
// given as arguments) using the package's Node build.
import { parseHostname } from '../pkg/node/custom_hostnames.js';

const inputs = process.argv.slice(2);
const samples = inputs.length ? inputs : [
  'https://Bücher.Example.co.uk:443/x',
  'App.Customer.com',
  '*.shop.customer.com',
  'customer.com',
  'myapp.github.io',
  'аррӏе.com',
  'shop..customer.com',
  'localhost',
];
for (const input of samples) {
  try {
    const h = parseHostname(input);
    console.log(`${JSON.stringify(input)}\n  ascii ${h.ascii}  unicode ${h.unicode}\n  zone ${h.registrableDomain} (suffix ${h.publicSuffix}, ${h.suffixKind})  name in zone: ${h.subdomain || '@'}`);
    for (const w of h.warnings) console.log(`  warning ${w.code}: ${w.message}`);
  } catch (e) {
    console.log(`${JSON.stringify(input)}\n  refused ${e.code}: ${e.message}`);
  }
}
