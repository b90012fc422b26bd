//! Customer catalogue: German. Translated from en.rs (literal, short sentences; no native review yet).

pub(super) static ENTRIES: &[(&str, &str)] = &[
    ("term.the_hostname", "dieser Name"),
    (
        "term.service_target",
        "die von Ihrem Dienstanbieter genannte Adresse",
    ),
    ("term.and", "und"),
    ("date.format", "{day}. {month} {year}, {time} UTC"),
    ("month.1", "Januar"),
    ("month.2", "Februar"),
    ("month.3", "März"),
    ("month.4", "April"),
    ("month.5", "Mai"),
    ("month.6", "Juni"),
    ("month.7", "Juli"),
    ("month.8", "August"),
    ("month.9", "September"),
    ("month.10", "Oktober"),
    ("month.11", "November"),
    ("month.12", "Dezember"),
    (
        "summary.awaiting_customer_dns",
        "{host} ist noch nicht verbunden: Einige DNS-Einträge müssen noch hinzugefügt oder korrigiert werden.",
    ),
    (
        "summary.awaiting_customer_dns.routing",
        "{host} ist auf der Seite des Dienstes bereit, aber sein DNS-Eintrag verweist noch nicht auf den Dienst.",
    ),
    (
        "summary.awaiting_customer_dns.caa",
        "Ein CAA-Eintrag Ihrer Domain erlaubt das Zertifikat für {host} nicht.",
    ),
    (
        "summary.awaiting_customer_dns.proxied",
        "{host} läuft über den Proxy eines eigenen Cloudflare-Kontos und kann deshalb noch nicht verbunden werden.",
    ),
    (
        "summary.awaiting_customer_dns.email",
        "Das Zertifikat für {host} wartet auf eine Freigabe per E-Mail.",
    ),
    (
        "summary.awaiting_customer_dns.dns_error",
        "Das Zertifikat für {host} kann erst ausgestellt werden, wenn ein Problem mit dem DNS Ihrer Domain behoben ist.",
    ),
    (
        "summary.verifying_ownership",
        "Ihre DNS-Einträge für {host} sehen richtig aus. Sie werden gerade bestätigt; Sie müssen nichts tun.",
    ),
    (
        "summary.verifying_ownership.lookup_failed",
        "Wir konnten das DNS von {host} gerade nicht prüfen. Wir versuchen es erneut; Sie müssen nichts tun.",
    ),
    (
        "summary.validating_certificate",
        "Ein Sicherheitszertifikat für {host} wird vorbereitet; Sie müssen nichts tun.",
    ),
    (
        "summary.issuing_certificate",
        "Das Sicherheitszertifikat für {host} wird ausgestellt; Sie müssen nichts tun.",
    ),
    (
        "summary.deploying_certificate",
        "Das Sicherheitszertifikat für {host} wird installiert; Sie müssen nichts tun.",
    ),
    ("summary.active", "{host} ist verbunden und sicher."),
    (
        "summary.active.unchecked",
        "{host} ist auf der Seite des Dienstes eingerichtet. Ob sein DNS auf den Dienst verweist, wurde nicht geprüft.",
    ),
    (
        "summary.routing_unconfirmed",
        "{host} ist auf der Seite des Dienstes bereit, aber wir konnten nicht bestätigen, dass sein DNS auf den Dienst verweist.",
    ),
    (
        "summary.routing_unconfirmed.unverifiable",
        "{host} ist auf der Seite des Dienstes bereit, aber sein DNS-Eintrag kann von hier aus nicht geprüft werden.",
    ),
    (
        "summary.routing_unconfirmed.proxied",
        "{host} ist auf der Seite des Dienstes bereit, wird aber über ein eigenes Cloudflare-Konto geleitet. Daher können wir nicht bestätigen, dass Besucher den Dienst erreichen.",
    ),
    (
        "summary.active_needs_attention",
        "{host} ist verbunden, aber etwas braucht bald Ihre Aufmerksamkeit.",
    ),
    (
        "summary.active_needs_attention.renewal",
        "{host} ist verbunden. Sein Zertifikat braucht neue Validierungseinträge, um erneuert zu werden.",
    ),
    (
        "summary.provider_action_required",
        "{host} wartet darauf, dass Ihr Dienstanbieter etwas auf seiner Seite behebt. Sie müssen nichts tun.",
    ),
    (
        "summary.timed_out",
        "Die Einrichtung von {host} wurde beendet, bevor sie abgeschlossen war. Ihr Dienstanbieter muss sie neu starten.",
    ),
    (
        "summary.blocked",
        "{host} kann im Moment nicht verbunden werden. Wenden Sie sich bitte an Ihren Dienstanbieter.",
    ),
    (
        "summary.moved",
        "{host} verweist nicht mehr auf den Dienst. Lassen Sie den Namen wieder auf den Dienst verweisen, sonst wird er entfernt.",
    ),
    ("summary.deleting", "{host} wird aus dem Dienst entfernt."),
    ("summary.deleted", "{host} wurde aus dem Dienst entfernt."),
    (
        "summary.unknown",
        "Der Zustand von {host} ist im Moment unklar. Ihr Dienstanbieter muss ihn prüfen.",
    ),
    (
        "step.create_routing_record",
        "Fügen Sie bei Ihrem DNS-Anbieter einen CNAME-Eintrag für {host} hinzu, der auf {target} verweist.",
    ),
    (
        "step.create_routing_record_no_target",
        "Fügen Sie bei Ihrem DNS-Anbieter einen CNAME-Eintrag für {host} hinzu, der auf die von Ihrem Dienstanbieter genannte Adresse verweist.",
    ),
    (
        "step.create_routing_record_apex",
        "Lassen Sie {host} bei Ihrem DNS-Anbieter mit einem ALIAS-, ANAME- oder abgeflachten CNAME-Eintrag auf {target} verweisen. Ein normaler CNAME-Eintrag ist auf der obersten Ebene einer Domain nicht erlaubt.",
    ),
    (
        "step.restore_routing_record",
        "Lassen Sie {host} bei Ihrem DNS-Anbieter wieder auf {target} verweisen.",
    ),
    (
        "step.restore_routing_record_no_target",
        "Lassen Sie {host} bei Ihrem DNS-Anbieter wieder auf die von Ihrem Dienstanbieter genannte Adresse verweisen.",
    ),
    (
        "step.switch_routing_record",
        "Alles ist bereit: Ändern Sie jetzt den DNS-Eintrag von {host} so, dass er auf {target} verweist.",
    ),
    (
        "step.add_ownership_txt",
        "Um ohne Ausfallzeit zu verbinden, fügen Sie einen TXT-Eintrag mit dem Namen {name} und dem Wert {value} hinzu.",
    ),
    (
        "step.serve_ownership_http",
        "Um ohne Ausfallzeit zu verbinden, legen Sie unter {url} eine Datei ab, die genau Folgendes enthält: {body}",
    ),
    (
        "step.add_dcv_delegation",
        "Fügen Sie einen CNAME-Eintrag mit dem Namen {name} hinzu, der auf {target} verweist. Damit kann das Zertifikat automatisch ausgestellt und erneuert werden.",
    ),
    (
        "step.add_dcv_txt.one",
        "Fügen Sie einen TXT-Eintrag mit dem Namen {name} und dem angezeigten Wert hinzu. Das Zertifikat wird ausgestellt, sobald der Eintrag gefunden wird.",
    ),
    (
        "step.add_dcv_txt.other",
        "Fügen Sie {count} TXT-Einträge mit dem Namen {name} hinzu, einen für jeden angezeigten Wert. Das Zertifikat wird ausgestellt, sobald die Einträge gefunden werden.",
    ),
    (
        "step.add_dcv_txt_alternative.one",
        "Statt des CNAME-Eintrags können Sie einen TXT-Eintrag mit dem Namen {name} und dem angezeigten Wert hinzufügen.",
    ),
    (
        "step.add_dcv_txt_alternative.other",
        "Statt des CNAME-Eintrags können Sie {count} TXT-Einträge mit dem Namen {name} hinzufügen, einen für jeden angezeigten Wert.",
    ),
    (
        "step.serve_dcv_http",
        "Damit das Zertifikat vor dem Umstellen bereit ist, legen Sie die angezeigte Datei unter {url} ab.",
    ),
    (
        "step.approve_dcv_email",
        "Öffnen Sie die E-Mail, die an eine dieser Adressen gesendet wurde, und geben Sie das Zertifikat frei: {emails}.",
    ),
    (
        "step.add_dcv_cname",
        "Fügen Sie einen CNAME-Eintrag mit dem Namen {name} hinzu, der auf {target} verweist.",
    ),
    (
        "step.fix_dns_records.one",
        "Korrigieren Sie diesen DNS-Eintrag bei Ihrem DNS-Anbieter.",
    ),
    (
        "step.fix_dns_records.other",
        "Korrigieren Sie diese {count} DNS-Einträge bei Ihrem DNS-Anbieter.",
    ),
    (
        "step.unproxy_own_zone",
        "{host} läuft über den Proxy Ihres eigenen Cloudflare-Kontos. Stellen Sie in den DNS-Einstellungen dieses Kontos den Eintrag für {host} auf \"DNS only\" (nur DNS) und lassen Sie ihn auf {target} verweisen, oder bitten Sie Ihren Dienstanbieter, die beiden Konten zu verbinden.",
    ),
    (
        "step.fix_dns_servers",
        "Bitten Sie Ihren DNS-Anbieter, sicherzustellen, dass das DNS Ihrer Domain aus jedem Land antwortet und dass die DNSSEC-Einstellungen gültig sind.",
    ),
    (
        "step.allow_certificate_authority",
        "Ändern Sie die CAA-Einträge Ihrer Domain so, dass die Zertifizierungsstelle das Zertifikat ausstellen darf, oder entfernen Sie diese Einträge.",
    ),
    (
        "step.check_routing_unverifiable",
        "Stellen Sie sicher, dass {host} auf {target} verweist. Für diesen Namen kann das nicht automatisch geprüft werden.",
    ),
    (
        "step.recheck_dns",
        "Wir konnten Ihr DNS gerade nicht abfragen. Es wird in einigen Minuten erneut geprüft; Sie müssen nichts tun.",
    ),
    (
        "step.wait_for_cloudflare",
        "Sie müssen nichts tun: Ihre Einträge werden automatisch bestätigt.",
    ),
    (
        "step.wait_for_certificate",
        "Sie müssen nichts tun: Das Zertifikat wird gerade erstellt.",
    ),
    (
        "step.wait_for_deletion",
        "Sie müssen nichts tun: Das Entfernen wird von selbst abgeschlossen.",
    ),
    (
        "step.wait_for_renewal",
        "Sie müssen nichts tun: Das Zertifikat wird automatisch erneuert.",
    ),
    (
        "step.wait_for_provider",
        "Sie müssen nichts tun: Zuerst muss Ihr Dienstanbieter handeln.",
    ),
    (
        "step.update_renewal_tokens",
        "Um das Zertifikat zu erneuern, fügen Sie die neuen TXT-Einträge mit dem Namen {name} hinzu, oder den CNAME-Eintrag, der es automatisch erneuert.",
    ),
    (
        "step.keep_records",
        "Behalten Sie die Einträge, die mit „Behalten“ markiert sind: Wenn Sie diese entfernen, wird die Verbindung von {host} getrennt oder sein Zertifikat wird nicht mehr erneuert.",
    ),
    (
        "deadline.hostname_validation_ends",
        "Wenn {host} nicht bis zum {date} bestätigt ist, enden die Prüfungen und Ihr Dienstanbieter muss neu beginnen.",
    ),
    (
        "deadline.hostname_validation_ends.undated",
        "Wenn {host} nicht innerhalb von 7 Tagen nach dem Hinzufügen bestätigt ist, enden die Prüfungen und Ihr Dienstanbieter muss neu beginnen.",
    ),
    (
        "deadline.dcv_token_expires",
        "Die Werte für die Zertifikatsvalidierung sind etwa bis zum {date} gültig. Danach werden neue Werte benötigt.",
    ),
    (
        "deadline.dcv_token_expires.undated",
        "Die Werte für die Zertifikatsvalidierung sind etwa {days} Tage gültig. Danach werden neue Werte benötigt.",
    ),
    (
        "deadline.moved_hostname_deleted",
        "Wenn {host} nicht innerhalb von 7 Tagen nach der Änderung wieder auf den Dienst verweist, wird der Name entfernt.",
    ),
    (
        "deadline.renewal_window_opens",
        "Die automatische Erneuerung des Zertifikats beginnt am {date}.",
    ),
    (
        "deadline.certificate_expires",
        "Wenn das Zertifikat nicht bis zum {date} erneuert wird, sehen Besucher eine Sicherheitswarnung.",
    ),
    ("dns.right", "Ihre DNS-Einträge sind richtig."),
    (
        "dns.right.routing_unverifiable",
        "Ihre Validierungseinträge sind richtig. Der Eintrag, der {host} auf den Dienst verweisen lässt, kann von hier aus nicht geprüft werden.",
    ),
    ("dns.wrong", "Einige DNS-Einträge fehlen oder sind falsch."),
    (
        "dns.inconclusive",
        "Einige DNS-Einträge konnten gerade nicht geprüft werden.",
    ),
    ("dns.empty", "Es wurden keine DNS-Einträge geprüft."),
    ("check.found", "Gefunden, mit dem richtigen Wert."),
    (
        "check.flattened",
        "{name} antwortet mit den Adressen des Dienstes: Der Eintrag ist richtig.",
    ),
    (
        "check.proxied_by_own_zone",
        "{name} läuft über den Proxy eines eigenen Cloudflare-Kontos, statt auf {expected} zu verweisen.",
    ),
    ("check.missing", "Noch nicht gefunden."),
    (
        "check.missing.ttl",
        "Noch nicht gefunden. Eine ältere Antwort kann noch bis zu {seconds} Sekunden lang zwischengespeichert sein.",
    ),
    (
        "check.points_elsewhere",
        "{name} verweist auf {found} statt auf {expected}.",
    ),
    (
        "check.addresses_instead_of_cname",
        "{name} hat Adresseinträge ({found}) statt eines CNAME-Eintrags, der auf {expected} verweist.",
    ),
    (
        "check.addresses_elsewhere",
        "{name} antwortet mit {found}, nicht mit den Adressen von {expected}.",
    ),
    (
        "check.quoted_value",
        "Der Wert wurde mit Anführungszeichen eingegeben. Entfernen Sie die Anführungszeichen.",
    ),
    (
        "check.other_values",
        "{name} hat andere Werte, aber nicht den benötigten Wert.",
    ),
    (
        "check.txt_beside_delegation",
        "TXT-Einträge bei {name} verhindern, dass der CNAME-Eintrag dort funktioniert. Löschen Sie diese Einträge.",
    ),
    (
        "check.txt_in_the_way",
        "Ein TXT-Eintrag bei {name} ist im Weg. Löschen Sie ihn und fügen Sie den CNAME-Eintrag hinzu.",
    ),
    (
        "check.still_present",
        "{name} hat diesen Eintrag noch ({found}). Löschen Sie ihn.",
    ),
    (
        "check.absent",
        "Nicht vorhanden: Es gibt nichts zu löschen.",
    ),
    (
        "check.caa_forbids",
        "Die CAA-Einträge bei {name} erlauben die Zertifizierungsstelle nicht.",
    ),
    (
        "check.caa_allows",
        "Die CAA-Einträge bei {name} erlauben die Zertifizierungsstelle.",
    ),
    (
        "check.no_caa",
        "Keine CAA-Einträge: Jede Zertifizierungsstelle darf Zertifikate ausstellen.",
    ),
    (
        "check.lookup_failed",
        "Dieser Eintrag konnte gerade nicht abgefragt werden. Das ist nicht Ihr Fehler; er wird später erneut geprüft.",
    ),
    (
        "check.not_needed",
        "Nicht mehr nötig: Sie können den Eintrag löschen, falls er noch vorhanden ist.",
    ),
    (
        "error.not_cname_to_zone",
        "{host} verweist noch nicht auf den Dienst. Das ist normal, bis Sie den Eintrag hinzufügen.",
    ),
    (
        "error.a_records_not_owned",
        "{host} verweist auf andere Adressen, und es wurde kein Validierungseintrag gefunden.",
    ),
    (
        "error.ownership_token_not_found",
        "Der TXT-Eintrag zur Validierung von {host} wurde nicht gefunden.",
    ),
    (
        "error.held_zone",
        "Ihre Domain ist bei Cloudflare gesperrt. Der Inhaber der Domain muss die Sperre aufheben lassen.",
    ),
    (
        "error.caa_servfail",
        "Die DNS-Server Ihrer Domain haben bei einer Zertifikatsprüfung (für CAA-Einträge) nicht geantwortet.",
    ),
    (
        "error.ca_dns_servfail",
        "Die DNS-Server Ihrer Domain haben der Zertifizierungsstelle nicht geantwortet.",
    ),
    (
        "error.dnssec_bogus",
        "Die DNSSEC-Einstellungen Ihrer Domain sind fehlerhaft. Deshalb kann man den DNS-Antworten der Domain nicht vertrauen.",
    ),
    (
        "error.caa_multi_perspective",
        "Die CAA-Einträge Ihrer Domain konnten aus einigen Ländern nicht gelesen werden.",
    ),
    (
        "error.mpic_corroboration_failed",
        "Das DNS Ihrer Domain hat in verschiedenen Ländern unterschiedliche Antworten gegeben. Deshalb konnte das Zertifikat nicht bestätigt werden.",
    ),
    (
        "error.caa_blocked",
        "Ein CAA-Eintrag Ihrer Domain erlaubt die Zertifizierungsstelle nicht.",
    ),
    (
        "error.provider_side",
        "Ihr Dienstanbieter muss etwas auf seiner Seite beheben. Sie müssen nichts tun.",
    ),
    (
        "error.transient",
        "Es gab ein vorübergehendes Problem. Es wird automatisch erneut versucht.",
    ),
    (
        "error.unrecognised",
        "Es wurde eine unerwartete Meldung empfangen. Ihr Dienstanbieter kann sie prüfen.",
    ),
    (
        "record.routing_cname",
        "Lässt {host} auf den Dienst verweisen. Sobald dieser Eintrag vorhanden ist, wird der Name geprüft und Besucher erreichen den Dienst.",
    ),
    (
        "record.routing_alias",
        "Lässt die oberste Ebene Ihrer Domain auf den Dienst verweisen. Ein normaler CNAME-Eintrag ist dort nicht erlaubt. Verwenden Sie daher den ALIAS-, ANAME- oder abgeflachten CNAME-Eintrag Ihres DNS-Anbieters.",
    ),
    (
        "record.routing_alias_unconfirmed",
        "Lässt die oberste Ebene Ihrer Domain mit einem ALIAS-, ANAME- oder abgeflachten CNAME-Eintrag auf den Dienst verweisen. Wenn Ihr DNS-Anbieter keinen dieser Einträge anbietet, verwenden Sie stattdessen einen Namen wie www.",
    ),
    (
        "record.routing_apex_ip",
        "Lässt die oberste Ebene Ihrer Domain auf die eigene Adresse des Dienstes verweisen.",
    ),
    (
        "record.routing_keep",
        "Behalten Sie diesen Eintrag: Er leitet Besucher zum Dienst.",
    ),
    (
        "record.remove_beside_routing",
        "Löschen Sie diesen vorhandenen Eintrag bei {name}: Er kann nicht neben dem neuen Eintrag bestehen.",
    ),
    (
        "record.remove_beside_routing_if_present",
        "Wenn {name} bereits {type}-Einträge hat, löschen Sie diese, wenn Sie den neuen Eintrag hinzufügen.",
    ),
    (
        "record.ownership_txt",
        "Beweist, dass Sie dem Dienst erlauben, diesen Namen zu verwenden. Sie können den Eintrag löschen, sobald der Name verbunden ist.",
    ),
    (
        "record.ownership_http",
        "Legen Sie diese Datei auf der Website ab, die heute unter diesem Namen antwortet. Sie beweist vor dem Umstellen, dass Ihnen der Name gehört.",
    ),
    (
        "record.ownership_removable",
        "Nicht mehr nötig: Der Name ist bestätigt. Sie können diesen Eintrag löschen.",
    ),
    (
        "record.dcv_delegation",
        "Damit kann das Zertifikat automatisch ausgestellt und erneuert werden. Behalten Sie diesen Eintrag.",
    ),
    (
        "record.dcv_txt",
        "Ein Wert für die Zertifikatsvalidierung. Wenn mehrere Werte denselben Namen haben, fügen Sie alle hinzu. Fügen Sie sie bald hinzu: Sie laufen nach einigen Tagen ab.",
    ),
    (
        "record.dcv_removable",
        "Nicht mehr nötig: Das Zertifikat ist ausgestellt. Sie können diesen Eintrag löschen.",
    ),
    (
        "record.dcv_http",
        "Legen Sie diese Datei auf der Website ab, die heute unter diesem Namen antwortet, damit das Zertifikat vor dem Umstellen bereit ist.",
    ),
    (
        "record.dcv_email",
        "Die Zertifizierungsstelle sendet eine Nachricht an eine dieser Adressen. Öffnen Sie die Nachricht und folgen Sie dem Link, um das Zertifikat freizugeben.",
    ),
    (
        "record.dcv_cname",
        "Ein Eintrag für die Zertifikatsvalidierung.",
    ),
    (
        "record.remove_stale_acme",
        "Löschen Sie diesen Eintrag bei {name}: Er verhindert, dass der Eintrag für das Zertifikat funktioniert.",
    ),
    (
        "record.remove_stale_acme_if_present",
        "Wenn {name} TXT-Einträge von einem früheren Zertifikat hat, löschen Sie diese.",
    ),
    (
        "record.remove_cname_beside_txt",
        "Löschen Sie diesen CNAME-Eintrag bei {name}: Die Validierungswerte können nicht neben ihm bestehen.",
    ),
    (
        "record.caa_add",
        "Ihre CAA-Einträge bei {at} erlauben die Zertifizierungsstelle nicht. Fügen Sie diesen Eintrag zusätzlich hinzu.",
    ),
    (
        "record.caa_if_present",
        "Nur wenn {at} oder ein übergeordneter Name bereits CAA-Einträge hat: Fügen Sie auch diesen Eintrag hinzu.",
    ),
    (
        "record.caa_keep",
        "Behalten Sie diesen Eintrag: Das Zertifikat wird damit erneuert.",
    ),
    (
        "rule.http_200",
        "Antworten Sie mit dem Status 200 über einfaches http:// (Port 80), ohne Weiterleitung auf https.",
    ),
    (
        "rule.exact_body",
        "Die Datei muss genau den angezeigten Wert enthalten, nicht mehr.",
    ),
    (
        "rule.user_agent",
        "Blockieren Sie keine Besucher mit dem Namen \"Cloudflare Custom Hostname Verification\".",
    ),
    (
        "rule.well_known",
        "Halten Sie den Ordner /.well-known/ erreichbar, ohne Anmeldung und ohne Weiterleitung.",
    ),
    (
        "order.simple",
        "Fügen Sie zuerst den Eintrag hinzu, der {host} auf den Dienst verweisen lässt. Das Zertifikat folgt innerhalb von Minuten.",
    ),
    (
        "order.simple_validation_first",
        "Fügen Sie zuerst die Validierungseinträge hinzu, dann den Eintrag für die oberste Ebene Ihrer Domain.",
    ),
    (
        "order.zero_downtime",
        "{host} zeigt bereits eine Website. Fügen Sie zuerst die Validierungseinträge hinzu und warten Sie, bis sie bestätigt sind. Ändern Sie erst dann den letzten Eintrag, damit Besucher keine Unterbrechung bemerken.",
    ),
    (
        "order.connected",
        "{host} ist verbunden. Behalten Sie die mit „Behalten“ markierten Einträge; die anderen können entfernt werden.",
    ),
    (
        "note.flattened_apex",
        "Die oberste Ebene Ihrer Domain kann nicht über ihren Eintrag geprüft werden. Deshalb werden die Validierungseinträge benötigt: Fügen Sie diese zuerst hinzu.",
    ),
    (
        "note.http_dcv_automatic",
        "Das Zertifikat wird automatisch ausgestellt, sobald der Name auf den Dienst verweist.",
    ),
    (
        "note.apex_no_flattening",
        "Ihr DNS-Anbieter kann die oberste Ebene Ihrer Domain nicht auf einen anderen Namen verweisen lassen. Verwenden Sie einen Namen wie www, oder bitten Sie Ihren Dienstanbieter um feste Adressen.",
    ),
    ("render.title", "DNS-Einträge für {host}"),
    (
        "render.intro",
        "Nehmen Sie diese Änderungen in den DNS-Einstellungen von {zone} vor, damit {host} verbunden werden kann.",
    ),
    (
        "render.intro.provider",
        "Nehmen Sie diese Änderungen in den DNS-Einstellungen von {zone} bei {provider} vor, damit {host} verbunden werden kann.",
    ),
    (
        "render.intro.service",
        "Nehmen Sie diese Änderungen in den DNS-Einstellungen von {zone} vor, damit {host} mit {service} funktioniert.",
    ),
    (
        "render.intro.service_provider",
        "Nehmen Sie diese Änderungen in den DNS-Einstellungen von {zone} bei {provider} vor, damit {host} mit {service} funktioniert.",
    ),
    (
        "render.intro.connected",
        "Dies sind die DNS-Einträge von {host} in den DNS-Einstellungen von {zone}.",
    ),
    (
        "render.written_as",
        "{host} (in DNS-Einstellungen als {ascii} geschrieben)",
    ),
    ("render.heading", "Schritt {n}: {action} ({condition})"),
    ("render.heading.short", "Schritt {n}: {action}"),
    ("render.why", "Warum"),
    ("render.table.field", "Feld"),
    ("render.table.value", "Wert"),
    ("render.step", "Schritt {n}"),
    ("render.at_provider", "Bei {provider}"),
    ("render.provider_help", "Hilfe von {provider}: {url}"),
    ("render.provider_help_link", "Hilfe von {provider}"),
    ("render.when.now", "Jetzt hinzufügen"),
    (
        "render.when.after_validation",
        "Hinzufügen, sobald die anderen bestätigt sind",
    ),
    ("render.when.if_present", "Nur falls vorhanden"),
    (
        "render.when.if_caa",
        "Nur wenn Ihre Domain CAA-Einträge hat",
    ),
    ("render.when.optional", "Optional"),
    ("render.when.keep", "Behalten"),
    ("render.when.removable", "Kann gelöscht werden"),
    ("render.action.add", "Hinzufügen"),
    ("render.action.delete", "Löschen"),
    ("render.action.serve", "Diese Datei online stellen"),
    ("render.action.approve", "Per E-Mail freigeben"),
    ("render.field.type", "Typ"),
    ("render.field.name", "Name / Hostname"),
    ("render.field.full_name", "Vollständiger Name"),
    ("render.field.value", "Wert / Inhalt"),
    ("render.field.target", "Ziel / Verweist auf"),
    ("render.type.alias", "ALIAS / ANAME / abgeflachter CNAME"),
    ("render.field.ttl", "TTL"),
    ("render.field.url", "Adresse"),
    ("render.field.body", "Inhalt"),
    ("render.field.emails", "Adressen"),
    ("render.field.rules", "Regeln"),
    ("render.notes", "Gut zu wissen"),
    ("render.ttl.seconds.one", "{count} Sekunde"),
    ("render.ttl.seconds.other", "{count} Sekunden"),
    ("render.ttl.minutes.one", "{count} Minute"),
    ("render.ttl.minutes.other", "{count} Minuten"),
    ("render.ttl.hours.one", "{count} Stunde"),
    ("render.ttl.hours.other", "{count} Stunden"),
    ("render.leave_blank", "(leer lassen)"),
    (
        "warning.trimmed_whitespace",
        "Leerzeichen vor und nach dem Namen wurden entfernt.",
    ),
    (
        "warning.trimmed_joiner",
        "Unsichtbare Zeichen vor und nach dem Namen wurden entfernt.",
    ),
    (
        "warning.trimmed_byte_order_mark",
        "Ein unsichtbares Zeichen am Anfang oder Ende des Namens wurde entfernt.",
    ),
    (
        "warning.removed_scheme",
        "„{scheme}://“ wurde entfernt: Nur der Name wird benötigt.",
    ),
    (
        "warning.removed_userinfo",
        "Der Teil vor „@“ wurde entfernt.",
    ),
    ("warning.removed_port", "Der Port „:{port}“ wurde entfernt."),
    (
        "warning.removed_path",
        "Der Pfad nach dem Namen wurde entfernt.",
    ),
    ("warning.removed_query", "Der Teil nach „?“ wurde entfernt."),
    (
        "warning.removed_fragment",
        "Der Teil nach „#“ wurde entfernt.",
    ),
    (
        "warning.removed_trailing_dot",
        "Der Punkt am Ende wurde entfernt.",
    ),
    (
        "warning.lowercased",
        "Der Name wurde in Kleinbuchstaben umgewandelt.",
    ),
    (
        "warning.converted_to_ascii",
        "Dieser Name enthält Sonderzeichen. DNS-Anbieter zeigen ihn möglicherweise als {ascii} an.",
    ),
    (
        "warning.mixed_script",
        "„{label}“ mischt verschiedene Alphabete. Prüfen Sie, ob das der gewünschte Name ist.",
    ),
    (
        "warning.confusable",
        "„{label}“ sieht aus wie „{lookalike}“. Prüfen Sie, ob das der gewünschte Name ist.",
    ),
    (
        "warning.unknown_suffix",
        "„.{suffix}“ ist keine bekannte Domain-Endung. Prüfen Sie die Schreibweise.",
    ),
    (
        "warning.private_suffix",
        "Dieser Name liegt unter der Domain {suffix}, die einem anderen Unternehmen gehört. Möglicherweise dürfen Sie das DNS dieses Namens nicht ändern.",
    ),
    (
        "warning.apex",
        "{domain} ist die oberste Ebene einer Domain. Manche DNS-Anbieter können sie nicht auf den Dienst verweisen lassen; ein Name wie www funktioniert immer.",
    ),
];
