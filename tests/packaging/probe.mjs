// What every packaging consumer computes, whatever its runtime: each one
// imports the three entries its own way (require, named imports, an import
// map, a bundler) and hands them to `probe`; run.mjs's assertResult holds
// the answer. `full` carries the full entry's functions the consumer
// imported by name.
const TARGET = 'john.customers.saasprovider.com';
const OBJECT_ID = '0d89c70d-ad9f-4843-b99f-6cc0252067e9';

const codeOf = (lib) => {
  try {
    lib.parseHostname('shop..customer.com');
  } catch (e) {
    return e.code;
  }
  return undefined;
};

const kinds = (lib, names) => Object.fromEntries(names.map((n) => [n, typeof lib[n]]));

/** The seed CNAME and an active object's verdict through one entry. */
function basics(lib) {
  const host = lib.parseHostname('https://App.Customer.com/signup');
  const cname = lib.dnsInstructions({ hostname: host.ascii, cnameTarget: TARGET }).records.find((r) => r.purpose === 'traffic');
  const assessment = lib.interpretCustomHostname({
    id: OBJECT_ID,
    hostname: host.ascii,
    status: 'active',
    ssl: { status: 'active', method: 'txt', type: 'dv' },
  });
  return { ascii: host.ascii, cname: [cname.type, cname.name, cname.value], assessment };
}

export function probe(runtime, full, page, hostnameOnly) {
  const { ascii, cname, assessment } = basics(full);
  const onPage = basics(page);
  return {
    runtime,
    version: full.version(),
    ascii,
    cname,
    phase: assessment.phase,
    ready: assessment.ready,
    errorCode: codeOf(full),
    // The page and hostname-only entries: what each has, and what it leaves out.
    entries: {
      page: {
        ascii: onPage.ascii, cname: onPage.cname, phase: onPage.assessment.phase, errorCode: codeOf(page),
        exports: kinds(page, ['checkDns', 'interpretMany', 'renderInstructions', 'buildRequest', 'CloudflareClient']),
      },
      hostname: {
        ascii: hostnameOnly.parseHostname('App.Customer.com').ascii, errorCode: codeOf(hostnameOnly),
        exports: kinds(hostnameOnly, ['parseHostnameColumns', 'dnsInstructions', 'checkDns', 'interpretCustomHostname']),
      },
    },
  };
}
