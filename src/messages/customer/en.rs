//! Customer catalogue: English (the reference; every key is here).
//!
//! Written for the owner of the domain, not for developers: short, literal
//! sentences (they are translated), the hostname in Unicode (`{host}`), no
//! spec sections, API calls, field names, raw statuses or codes. What each
//! sentence claims follows `spec/cloudflare-for-saas.md` (§5 statuses, §7
//! errors, §8 records, §9 timings).

pub(super) static ENTRIES: &[(&str, &str)] = &[
    // Words used inside other sentences.
    ("term.the_hostname", "this name"),
    (
        "term.service_target",
        "the address your service provider gave you",
    ),
    ("term.and", "and"),
    // Dates: "5 December 2026, 14:30 UTC".
    ("date.format", "{day} {month} {year}, {time} UTC"),
    ("month.1", "January"),
    ("month.2", "February"),
    ("month.3", "March"),
    ("month.4", "April"),
    ("month.5", "May"),
    ("month.6", "June"),
    ("month.7", "July"),
    ("month.8", "August"),
    ("month.9", "September"),
    ("month.10", "October"),
    ("month.11", "November"),
    ("month.12", "December"),
    // One line per verdict.
    (
        "summary.awaiting_customer_dns",
        "{host} is not connected yet: some DNS records still need to be added or corrected.",
    ),
    (
        "summary.awaiting_customer_dns.routing",
        "{host} is ready on the service's side, but its DNS record does not point to the service yet.",
    ),
    (
        "summary.awaiting_customer_dns.caa",
        "A CAA record on your domain does not allow the certificate for {host}.",
    ),
    (
        "summary.awaiting_customer_dns.proxied",
        "{host} is proxied by its own Cloudflare account, so it cannot be connected yet.",
    ),
    (
        "summary.awaiting_customer_dns.email",
        "The certificate for {host} waits for approval by e-mail.",
    ),
    (
        "summary.awaiting_customer_dns.dns_error",
        "The certificate for {host} cannot be issued until a problem with your domain's DNS is fixed.",
    ),
    (
        "summary.verifying_ownership",
        "Your DNS records for {host} look right. They are being confirmed now; there is nothing to do.",
    ),
    (
        "summary.verifying_ownership.lookup_failed",
        "We could not check the DNS of {host} just now. We will try again; there is nothing to do.",
    ),
    (
        "summary.validating_certificate",
        "A security certificate for {host} is being prepared; there is nothing to do.",
    ),
    (
        "summary.issuing_certificate",
        "The security certificate for {host} is being issued; there is nothing to do.",
    ),
    (
        "summary.deploying_certificate",
        "The security certificate for {host} is being installed; there is nothing to do.",
    ),
    ("summary.active", "{host} is connected and secure."),
    (
        "summary.active.unchecked",
        "{host} is set up on the service's side. Whether its DNS points to the service was not checked.",
    ),
    (
        "summary.routing_unconfirmed",
        "{host} is ready on the service's side, but we could not confirm that its DNS points to the service.",
    ),
    (
        "summary.routing_unconfirmed.unverifiable",
        "{host} is ready on the service's side, but its DNS record cannot be checked from here.",
    ),
    (
        "summary.routing_unconfirmed.proxied",
        "{host} is ready on the service's side, but it is proxied by a Cloudflare account of its own, so we cannot confirm that visitors reach the service.",
    ),
    (
        "summary.active_needs_attention",
        "{host} is connected, but something needs attention soon.",
    ),
    (
        "summary.active_needs_attention.renewal",
        "{host} is connected. Its certificate needs new validation records to renew.",
    ),
    (
        "summary.provider_action_required",
        "{host} is waiting for your service provider to fix something on their side. There is nothing to do for you.",
    ),
    (
        "summary.timed_out",
        "Setting up {host} stopped before it finished. Your service provider needs to start it again.",
    ),
    (
        "summary.blocked",
        "{host} cannot be connected at the moment. Your service provider is the one to contact.",
    ),
    (
        "summary.moved",
        "{host} no longer points to the service. Point it back, or it will be removed.",
    ),
    (
        "summary.deleting",
        "{host} is being removed from the service.",
    ),
    (
        "summary.deleted",
        "{host} has been removed from the service.",
    ),
    (
        "summary.unknown",
        "The state of {host} is unclear at the moment. Your service provider needs to look at it.",
    ),
    // Steps for the customer (or telling them there is nothing to do).
    (
        "step.create_routing_record",
        "At your DNS provider, add a CNAME record for {host} that points to {target}.",
    ),
    (
        "step.create_routing_record_no_target",
        "At your DNS provider, add a CNAME record for {host} that points to the address your service provider gave you.",
    ),
    (
        "step.create_routing_record_apex",
        "At your DNS provider, point {host} to {target} with an ALIAS, ANAME or flattened CNAME record. A plain CNAME record is not allowed at the top of a domain.",
    ),
    (
        "step.restore_routing_record",
        "At your DNS provider, point {host} back to {target}.",
    ),
    (
        "step.restore_routing_record_no_target",
        "At your DNS provider, point {host} back to the address your service provider gave you.",
    ),
    (
        "step.switch_routing_record",
        "Everything is ready: now change the DNS record of {host} so that it points to {target}.",
    ),
    (
        "step.add_ownership_txt",
        "To connect without any downtime, add a TXT record named {name} with the value {value}.",
    ),
    (
        "step.serve_ownership_http",
        "To connect without any downtime, put a file at {url} that contains exactly: {body}",
    ),
    (
        "step.add_dcv_delegation",
        "Add a CNAME record named {name} that points to {target}. It lets the certificate be issued and renewed automatically.",
    ),
    (
        "step.add_dcv_txt.one",
        "Add a TXT record named {name} with the value shown. The certificate is issued once it is found.",
    ),
    (
        "step.add_dcv_txt.other",
        "Add {count} TXT records named {name}, one for each value shown. The certificate is issued once they are found.",
    ),
    (
        "step.add_dcv_txt_alternative.one",
        "Instead of the CNAME record, you can add a TXT record named {name} with the value shown.",
    ),
    (
        "step.add_dcv_txt_alternative.other",
        "Instead of the CNAME record, you can add {count} TXT records named {name}, one for each value shown.",
    ),
    (
        "step.serve_dcv_http",
        "To have the certificate ready before you switch, put the file shown at {url}.",
    ),
    (
        "step.approve_dcv_email",
        "Open the e-mail sent to one of these addresses and approve the certificate: {emails}.",
    ),
    (
        "step.add_dcv_cname",
        "Add a CNAME record named {name} that points to {target}.",
    ),
    (
        "step.fix_dns_records.one",
        "Correct this DNS record at your DNS provider.",
    ),
    (
        "step.fix_dns_records.other",
        "Correct these {count} DNS records at your DNS provider.",
    ),
    (
        "step.unproxy_own_zone",
        "{host} is proxied by a Cloudflare account of your own. In that account's DNS settings, set the record for {host} to \"DNS only\" and point it to {target}, or ask your service provider to connect the two accounts.",
    ),
    (
        "step.fix_dns_servers",
        "Ask your DNS provider to make sure your domain's DNS answers from every country and that its DNSSEC settings are valid.",
    ),
    (
        "step.allow_certificate_authority",
        "Change your domain's CAA records so that the certificate authority may issue, or remove them.",
    ),
    (
        "step.check_routing_unverifiable",
        "Make sure {host} points to {target}. This cannot be checked automatically for this name.",
    ),
    (
        "step.recheck_dns",
        "We could not look up your DNS just now. It is checked again in a few minutes; there is nothing to do.",
    ),
    (
        "step.wait_for_cloudflare",
        "There is nothing to do: your records are being confirmed automatically.",
    ),
    (
        "step.wait_for_certificate",
        "There is nothing to do: the certificate is on its way.",
    ),
    (
        "step.wait_for_deletion",
        "There is nothing to do: the removal finishes by itself.",
    ),
    (
        "step.wait_for_renewal",
        "There is nothing to do: the certificate renews automatically.",
    ),
    (
        "step.wait_for_provider",
        "There is nothing to do for you: your service provider has to act first.",
    ),
    (
        "step.update_renewal_tokens",
        "To renew the certificate, add the new TXT records named {name}, or the CNAME record that renews it automatically.",
    ),
    (
        "step.keep_records",
        "Keep the records that are marked to keep: removing them disconnects {host} or stops its certificate from renewing.",
    ),
    // Deadlines, always with a date when the dates are known.
    (
        "deadline.hostname_validation_ends",
        "If {host} is not confirmed by {date}, the checks stop and your service provider has to start again.",
    ),
    (
        "deadline.hostname_validation_ends.undated",
        "If {host} is not confirmed within 7 days of being added, the checks stop and your service provider has to start again.",
    ),
    (
        "deadline.dcv_token_expires",
        "The certificate validation values are valid until about {date}. After that, new values are needed.",
    ),
    (
        "deadline.dcv_token_expires.undated",
        "The certificate validation values are valid for about {days} days. After that, new values are needed.",
    ),
    (
        "deadline.moved_hostname_deleted",
        "If {host} does not point to the service again within 7 days of moving away, it is removed.",
    ),
    (
        "deadline.renewal_window_opens",
        "Automatic renewal of the certificate starts on {date}.",
    ),
    (
        "deadline.certificate_expires",
        "If the certificate is not renewed by {date}, visitors will see a security warning.",
    ),
    // The live DNS check in one line.
    ("dns.right", "Your DNS records are right."),
    (
        "dns.right.routing_unverifiable",
        "Your validation records are right. The record that points {host} to the service cannot be checked from here.",
    ),
    ("dns.wrong", "Some DNS records are missing or wrong."),
    (
        "dns.inconclusive",
        "Some DNS records could not be checked just now.",
    ),
    ("dns.empty", "No DNS records were checked."),
    // One record's live state.
    ("check.found", "Found, with the right value."),
    (
        "check.flattened",
        "{name} answers with the service's addresses: the record is right.",
    ),
    (
        "check.proxied_by_own_zone",
        "{name} is proxied by a Cloudflare account of its own instead of pointing to {expected}.",
    ),
    ("check.missing", "Not found yet."),
    (
        "check.missing.ttl",
        "Not found yet. An older answer may still be cached for up to {seconds} seconds.",
    ),
    (
        "check.points_elsewhere",
        "{name} points to {found} instead of {expected}.",
    ),
    (
        "check.addresses_instead_of_cname",
        "{name} has address records ({found}) instead of a CNAME record to {expected}.",
    ),
    (
        "check.addresses_elsewhere",
        "{name} answers with {found}, not with the addresses of {expected}.",
    ),
    (
        "check.quoted_value",
        "The value was entered with quotation marks around it. Remove them.",
    ),
    (
        "check.other_values",
        "{name} has other values, but not the one needed.",
    ),
    (
        "check.txt_beside_delegation",
        "TXT records at {name} stop the CNAME record there from working. Delete them.",
    ),
    (
        "check.txt_in_the_way",
        "A TXT record at {name} is in the way. Delete it and add the CNAME record.",
    ),
    (
        "check.still_present",
        "{name} still has this record ({found}). Delete it.",
    ),
    ("check.absent", "Not there: nothing to delete."),
    (
        "check.caa_forbids",
        "The CAA records at {name} do not allow the certificate authority.",
    ),
    (
        "check.caa_allows",
        "The CAA records at {name} allow the certificate authority.",
    ),
    (
        "check.no_caa",
        "No CAA records: any certificate authority may issue.",
    ),
    (
        "check.lookup_failed",
        "This record could not be looked up just now. It is not your fault; it is checked again later.",
    ),
    (
        "check.not_needed",
        "Not needed any more: you can delete it if it is still there.",
    ),
    // Cloudflare and certificate-authority messages, in plain words.
    (
        "error.not_cname_to_zone",
        "{host} does not point to the service yet. This is normal until you add the record.",
    ),
    (
        "error.a_records_not_owned",
        "{host} points to other addresses and no validation record was found.",
    ),
    (
        "error.ownership_token_not_found",
        "The validation TXT record for {host} was not found.",
    ),
    (
        "error.held_zone",
        "Your domain is on hold at Cloudflare. The domain's owner has to have the hold removed.",
    ),
    (
        "error.caa_servfail",
        "Your domain's DNS servers failed to answer a certificate check (for CAA records).",
    ),
    (
        "error.ca_dns_servfail",
        "Your domain's DNS servers failed to answer the certificate authority.",
    ),
    (
        "error.dnssec_bogus",
        "Your domain's DNSSEC settings are broken, so its DNS answers cannot be trusted.",
    ),
    (
        "error.caa_multi_perspective",
        "Your domain's CAA records could not be read from some countries.",
    ),
    (
        "error.mpic_corroboration_failed",
        "Your domain's DNS gave different answers in different countries, so the certificate could not be confirmed.",
    ),
    (
        "error.caa_blocked",
        "A CAA record on your domain does not allow the certificate authority.",
    ),
    (
        "error.provider_side",
        "Your service provider has to fix something on their side. There is nothing to do for you.",
    ),
    (
        "error.transient",
        "There was a temporary problem. It is retried automatically.",
    ),
    (
        "error.unrecognised",
        "An unexpected message was reported. Your service provider can look at it.",
    ),
    // DNS instructions: why each record is there.
    (
        "record.routing_cname",
        "Points {host} to the service. Once it is in place, the name is checked and visitors reach the service.",
    ),
    (
        "record.routing_alias",
        "Points the top of your domain to the service. A plain CNAME record is not allowed there, so use your DNS provider's ALIAS, ANAME or flattened CNAME record.",
    ),
    (
        "record.routing_alias_unconfirmed",
        "Points the top of your domain to the service with an ALIAS, ANAME or flattened CNAME record. If your DNS provider offers none of these, use a name such as www instead.",
    ),
    (
        "record.routing_apex_ip",
        "Points the top of your domain to the service's own address.",
    ),
    (
        "record.routing_keep",
        "Keep this record: it sends visitors to the service.",
    ),
    (
        "record.remove_beside_routing",
        "Delete this existing record at {name}: it cannot stay next to the new record.",
    ),
    (
        "record.remove_beside_routing_if_present",
        "If {name} already has {type} records, delete them when you add the new record.",
    ),
    (
        "record.ownership_txt",
        "Proves that you allow the service to use this name. You can delete it once the name is connected.",
    ),
    (
        "record.ownership_http",
        "Put this file on the website that answers at this name today. It proves that you own the name before you switch.",
    ),
    (
        "record.ownership_removable",
        "Not needed any more: the name is confirmed. You can delete this record.",
    ),
    (
        "record.dcv_delegation",
        "Lets the certificate be issued and renewed automatically. Keep it.",
    ),
    (
        "record.dcv_txt",
        "A certificate validation value. If several values have the same name, add them all. Add them soon: they expire after a few days.",
    ),
    (
        "record.dcv_removable",
        "Not needed any more: the certificate is issued. You can delete this record.",
    ),
    (
        "record.dcv_http",
        "Put this file on the website that answers at this name today, so the certificate is ready before you switch.",
    ),
    (
        "record.dcv_email",
        "The certificate authority sends a message to one of these addresses. Open it and follow the link to approve.",
    ),
    ("record.dcv_cname", "A certificate validation record."),
    (
        "record.remove_stale_acme",
        "Delete this record at {name}: it stops the certificate record from working.",
    ),
    (
        "record.remove_stale_acme_if_present",
        "If {name} has TXT records left from an earlier certificate, delete them.",
    ),
    (
        "record.remove_cname_beside_txt",
        "Delete this CNAME record at {name}: the validation values cannot sit next to it.",
    ),
    (
        "record.caa_add",
        "Your CAA records at {at} do not allow the certificate authority. Add this record next to them.",
    ),
    (
        "record.caa_if_present",
        "Only if {at} or a name above it already has CAA records: add this one too.",
    ),
    (
        "record.caa_keep",
        "Keep this record: the certificate is renewed with it.",
    ),
    (
        "rule.http_200",
        "Answer with status 200 over plain http:// (port 80), without redirecting to https.",
    ),
    (
        "rule.exact_body",
        "The file must contain exactly the value shown, nothing more.",
    ),
    (
        "rule.user_agent",
        "Do not block visitors named \"Cloudflare Custom Hostname Verification\".",
    ),
    (
        "rule.well_known",
        "Keep the /.well-known/ folder reachable, without a login or a redirect.",
    ),
    // The order of the steps.
    (
        "order.simple",
        "Add the record that points {host} to the service first. The certificate follows within minutes.",
    ),
    (
        "order.simple_validation_first",
        "Add the validation records first, then the record for the top of your domain.",
    ),
    (
        "order.zero_downtime",
        "{host} already serves a website. Add the validation records first and wait until they are confirmed. Only then change the last record, so that visitors see no interruption.",
    ),
    (
        "order.connected",
        "{host} is connected. Keep the records marked \"keep\"; the others can go.",
    ),
    // Notes under the records.
    (
        "note.flattened_apex",
        "The top of your domain cannot be checked through its record, so the validation records are needed: add them first.",
    ),
    (
        "note.http_dcv_automatic",
        "The certificate is issued automatically once the name points to the service.",
    ),
    (
        "note.apex_no_flattening",
        "Your DNS provider cannot point the top of your domain to another name. Use a name such as www, or ask your service provider for fixed addresses.",
    ),
    // Documents: labels and headings.
    ("render.title", "DNS records for {host}"),
    (
        "render.intro",
        "Make these changes in the DNS settings of {zone} so that {host} can be connected.",
    ),
    (
        "render.intro.provider",
        "Make these changes in the DNS settings of {zone} at {provider} so that {host} can be connected.",
    ),
    (
        "render.intro.service",
        "Make these changes in the DNS settings of {zone} so that {host} works with {service}.",
    ),
    (
        "render.intro.service_provider",
        "Make these changes in the DNS settings of {zone} at {provider} so that {host} works with {service}.",
    ),
    (
        "render.intro.connected",
        "These are the DNS records of {host} in the DNS settings of {zone}.",
    ),
    (
        "render.written_as",
        "{host} (written {ascii} in DNS settings)",
    ),
    ("render.heading", "Step {n}: {action} ({condition})"),
    ("render.heading.short", "Step {n}: {action}"),
    ("render.why", "Why"),
    ("render.table.field", "Field"),
    ("render.table.value", "Value"),
    ("render.step", "Step {n}"),
    ("render.at_provider", "At {provider}"),
    ("render.provider_help", "Help from {provider}: {url}"),
    ("render.provider_help_link", "Help from {provider}"),
    ("render.when.now", "Add now"),
    (
        "render.when.after_validation",
        "Add once the others are confirmed",
    ),
    ("render.when.if_present", "Only if present"),
    ("render.when.if_caa", "Only if your domain has CAA records"),
    ("render.when.optional", "Optional"),
    ("render.when.keep", "Keep"),
    ("render.when.removable", "Can be deleted"),
    ("render.action.add", "Add"),
    ("render.action.delete", "Delete"),
    ("render.action.serve", "Put this file online"),
    ("render.action.approve", "Approve by e-mail"),
    ("render.field.type", "Type"),
    ("render.field.name", "Name / Host"),
    ("render.field.full_name", "Full name"),
    ("render.field.value", "Value / Content"),
    ("render.field.target", "Target / Points to"),
    ("render.type.alias", "ALIAS / ANAME / flattened CNAME"),
    ("render.field.ttl", "TTL"),
    ("render.field.url", "Address"),
    ("render.field.body", "Content"),
    ("render.field.emails", "Addresses"),
    ("render.field.rules", "Rules"),
    ("render.notes", "Good to know"),
    ("render.ttl.seconds.one", "{count} second"),
    ("render.ttl.seconds.other", "{count} seconds"),
    ("render.ttl.minutes.one", "{count} minute"),
    ("render.ttl.minutes.other", "{count} minutes"),
    ("render.ttl.hours.one", "{count} hour"),
    ("render.ttl.hours.other", "{count} hours"),
    ("render.leave_blank", "(leave empty)"),
    // What was done to the name typed.
    (
        "warning.trimmed_whitespace",
        "Spaces around the name were removed.",
    ),
    (
        "warning.trimmed_joiner",
        "Invisible characters around the name were removed.",
    ),
    (
        "warning.trimmed_byte_order_mark",
        "An invisible mark at the start or end of the name was removed.",
    ),
    (
        "warning.removed_scheme",
        "\"{scheme}://\" was removed: only the name is needed.",
    ),
    (
        "warning.removed_userinfo",
        "The part before \"@\" was removed.",
    ),
    ("warning.removed_port", "The port \":{port}\" was removed."),
    (
        "warning.removed_path",
        "The path after the name was removed.",
    ),
    ("warning.removed_query", "The part after \"?\" was removed."),
    (
        "warning.removed_fragment",
        "The part after \"#\" was removed.",
    ),
    (
        "warning.removed_trailing_dot",
        "The dot at the end was removed.",
    ),
    ("warning.lowercased", "The name was changed to lower case."),
    (
        "warning.converted_to_ascii",
        "This name has special characters. DNS providers may show it as {ascii}.",
    ),
    (
        "warning.mixed_script",
        "\"{label}\" mixes alphabets. Check that it is the name you mean.",
    ),
    (
        "warning.confusable",
        "\"{label}\" looks like \"{lookalike}\". Check that it is the name you mean.",
    ),
    (
        "warning.unknown_suffix",
        "\".{suffix}\" is not a known domain ending. Check the spelling.",
    ),
    (
        "warning.private_suffix",
        "This name is under {suffix}, which belongs to another company. Its DNS may not be yours to change.",
    ),
    (
        "warning.apex",
        "{domain} is the top of a domain. Some DNS providers cannot point it to the service; a name such as www always works.",
    ),
];
