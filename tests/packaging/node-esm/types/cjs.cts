// The installed declarations as a CommonJS consumer under node16 resolution
// sees them ("types" condition, require → index.d.cts).
import ch = require('custom-hostnames');

const ascii: string = ch.parseHostname('app.customer.com').ascii;
const phase: ch.Phase = ch.interpretCustomHostname({ hostname: ascii }).phase;
void phase;
