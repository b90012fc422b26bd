//! Customer catalogue: Spanish. Translated from en.rs (literal, short sentences; no native review yet).

pub(super) static ENTRIES: &[(&str, &str)] = &[
    ("term.the_hostname", "este nombre"),
    (
        "term.service_target",
        "la dirección que le dio su proveedor de servicio",
    ),
    ("term.and", "y"),
    ("date.format", "{day} de {month} de {year}, {time} UTC"),
    ("month.1", "enero"),
    ("month.2", "febrero"),
    ("month.3", "marzo"),
    ("month.4", "abril"),
    ("month.5", "mayo"),
    ("month.6", "junio"),
    ("month.7", "julio"),
    ("month.8", "agosto"),
    ("month.9", "septiembre"),
    ("month.10", "octubre"),
    ("month.11", "noviembre"),
    ("month.12", "diciembre"),
    (
        "summary.awaiting_customer_dns",
        "{host} todavía no está conectado: aún hay que añadir o corregir algunos registros DNS.",
    ),
    (
        "summary.awaiting_customer_dns.routing",
        "{host} está listo en el lado del servicio, pero su registro DNS todavía no apunta al servicio.",
    ),
    (
        "summary.awaiting_customer_dns.caa",
        "Un registro CAA de su dominio no permite el certificado para {host}.",
    ),
    (
        "summary.awaiting_customer_dns.proxied",
        "{host} pasa por el proxy de su propia cuenta de Cloudflare, por eso todavía no se puede conectar.",
    ),
    (
        "summary.awaiting_customer_dns.email",
        "El certificado para {host} espera una aprobación por correo electrónico.",
    ),
    (
        "summary.awaiting_customer_dns.dns_error",
        "El certificado para {host} no se puede emitir hasta que se corrija un problema con el DNS de su dominio.",
    ),
    (
        "summary.verifying_ownership",
        "Sus registros DNS para {host} parecen correctos. Se están confirmando ahora; no tiene que hacer nada.",
    ),
    (
        "summary.verifying_ownership.lookup_failed",
        "No pudimos comprobar el DNS de {host} en este momento. Lo volveremos a intentar; no tiene que hacer nada.",
    ),
    (
        "summary.validating_certificate",
        "Se está preparando un certificado de seguridad para {host}; no tiene que hacer nada.",
    ),
    (
        "summary.issuing_certificate",
        "Se está emitiendo el certificado de seguridad para {host}; no tiene que hacer nada.",
    ),
    (
        "summary.deploying_certificate",
        "Se está instalando el certificado de seguridad para {host}; no tiene que hacer nada.",
    ),
    ("summary.active", "{host} está conectado y es seguro."),
    (
        "summary.active.unchecked",
        "{host} está configurado en el lado del servicio. No se comprobó si su DNS apunta al servicio.",
    ),
    (
        "summary.routing_unconfirmed",
        "{host} está listo en el lado del servicio, pero no pudimos confirmar que su DNS apunte al servicio.",
    ),
    (
        "summary.routing_unconfirmed.unverifiable",
        "{host} está listo en el lado del servicio, pero su registro DNS no se puede comprobar desde aquí.",
    ),
    (
        "summary.routing_unconfirmed.proxied",
        "{host} está listo en el lado del servicio, pero pasa por una cuenta de Cloudflare propia, así que no podemos confirmar que los visitantes lleguen al servicio.",
    ),
    (
        "summary.active_needs_attention",
        "{host} está conectado, pero pronto algo necesitará su atención.",
    ),
    (
        "summary.active_needs_attention.renewal",
        "{host} está conectado. Su certificado necesita nuevos registros de validación para renovarse.",
    ),
    (
        "summary.provider_action_required",
        "{host} espera a que su proveedor de servicio corrija algo por su parte. Usted no tiene que hacer nada.",
    ),
    (
        "summary.timed_out",
        "La configuración de {host} se detuvo antes de terminar. Su proveedor de servicio tiene que iniciarla de nuevo.",
    ),
    (
        "summary.blocked",
        "{host} no se puede conectar en este momento. Contacte con su proveedor de servicio.",
    ),
    (
        "summary.moved",
        "{host} ya no apunta al servicio. Haga que vuelva a apuntar al servicio; si no, se eliminará.",
    ),
    (
        "summary.deleting",
        "{host} se está eliminando del servicio.",
    ),
    ("summary.deleted", "{host} se ha eliminado del servicio."),
    (
        "summary.unknown",
        "El estado de {host} no está claro en este momento. Su proveedor de servicio tiene que revisarlo.",
    ),
    (
        "step.create_routing_record",
        "En su proveedor de DNS, añada un registro CNAME para {host} que apunte a {target}.",
    ),
    (
        "step.create_routing_record_no_target",
        "En su proveedor de DNS, añada un registro CNAME para {host} que apunte a la dirección que le dio su proveedor de servicio.",
    ),
    (
        "step.create_routing_record_apex",
        "En su proveedor de DNS, haga que {host} apunte a {target} con un registro ALIAS, ANAME o CNAME aplanado. Un registro CNAME normal no está permitido en la raíz de un dominio.",
    ),
    (
        "step.restore_routing_record",
        "En su proveedor de DNS, haga que {host} vuelva a apuntar a {target}.",
    ),
    (
        "step.restore_routing_record_no_target",
        "En su proveedor de DNS, haga que {host} vuelva a apuntar a la dirección que le dio su proveedor de servicio.",
    ),
    (
        "step.switch_routing_record",
        "Todo está listo: ahora cambie el registro DNS de {host} para que apunte a {target}.",
    ),
    (
        "step.add_ownership_txt",
        "Para conectar sin ninguna interrupción, añada un registro TXT con el nombre {name} y el valor {value}.",
    ),
    (
        "step.serve_ownership_http",
        "Para conectar sin ninguna interrupción, coloque en {url} un archivo que contenga exactamente: {body}",
    ),
    (
        "step.add_dcv_delegation",
        "Añada un registro CNAME con el nombre {name} que apunte a {target}. Permite emitir y renovar el certificado automáticamente.",
    ),
    (
        "step.add_dcv_txt.one",
        "Añada un registro TXT con el nombre {name} y el valor indicado. El certificado se emite en cuanto se encuentra el registro.",
    ),
    (
        "step.add_dcv_txt.other",
        "Añada {count} registros TXT con el nombre {name}, uno por cada valor indicado. El certificado se emite en cuanto se encuentran los registros.",
    ),
    (
        "step.add_dcv_txt_alternative.one",
        "En lugar del registro CNAME, puede añadir un registro TXT con el nombre {name} y el valor indicado.",
    ),
    (
        "step.add_dcv_txt_alternative.other",
        "En lugar del registro CNAME, puede añadir {count} registros TXT con el nombre {name}, uno por cada valor indicado.",
    ),
    (
        "step.serve_dcv_http",
        "Para que el certificado esté listo antes del cambio, coloque el archivo indicado en {url}.",
    ),
    (
        "step.approve_dcv_email",
        "Abra el correo electrónico enviado a una de estas direcciones y apruebe el certificado: {emails}.",
    ),
    (
        "step.add_dcv_cname",
        "Añada un registro CNAME con el nombre {name} que apunte a {target}.",
    ),
    (
        "step.fix_dns_records.one",
        "Corrija este registro DNS en su proveedor de DNS.",
    ),
    (
        "step.fix_dns_records.other",
        "Corrija estos {count} registros DNS en su proveedor de DNS.",
    ),
    (
        "step.unproxy_own_zone",
        "{host} pasa por el proxy de su propia cuenta de Cloudflare. En la configuración DNS de esa cuenta, ponga el registro de {host} en \"DNS only\" (solo DNS) y haga que apunte a {target}, o pida a su proveedor de servicio que conecte las dos cuentas.",
    ),
    (
        "step.fix_dns_servers",
        "Pida a su proveedor de DNS que se asegure de que el DNS de su dominio responde desde todos los países y de que su configuración DNSSEC es válida.",
    ),
    (
        "step.allow_certificate_authority",
        "Cambie los registros CAA de su dominio para que la autoridad de certificación pueda emitir el certificado, o elimínelos.",
    ),
    (
        "step.check_routing_unverifiable",
        "Asegúrese de que {host} apunta a {target}. Esto no se puede comprobar automáticamente para este nombre.",
    ),
    (
        "step.recheck_dns",
        "No pudimos consultar su DNS en este momento. Se comprobará de nuevo en unos minutos; no tiene que hacer nada.",
    ),
    (
        "step.wait_for_cloudflare",
        "No tiene que hacer nada: sus registros se están confirmando automáticamente.",
    ),
    (
        "step.wait_for_certificate",
        "No tiene que hacer nada: el certificado está en camino.",
    ),
    (
        "step.wait_for_deletion",
        "No tiene que hacer nada: la eliminación termina por sí sola.",
    ),
    (
        "step.wait_for_renewal",
        "No tiene que hacer nada: el certificado se renueva automáticamente.",
    ),
    (
        "step.wait_for_provider",
        "Usted no tiene que hacer nada: primero tiene que actuar su proveedor de servicio.",
    ),
    (
        "step.update_renewal_tokens",
        "Para renovar el certificado, añada los nuevos registros TXT con el nombre {name}, o el registro CNAME que lo renueva automáticamente.",
    ),
    (
        "step.keep_records",
        "Conserve los registros marcados como \"Conservar\": si los elimina, {host} se desconecta o su certificado deja de renovarse.",
    ),
    (
        "deadline.hostname_validation_ends",
        "Si {host} no se confirma antes del {date}, las comprobaciones se detienen y su proveedor de servicio tiene que empezar de nuevo.",
    ),
    (
        "deadline.hostname_validation_ends.undated",
        "Si {host} no se confirma en los 7 días siguientes a su alta, las comprobaciones se detienen y su proveedor de servicio tiene que empezar de nuevo.",
    ),
    (
        "deadline.dcv_token_expires",
        "Los valores de validación del certificado son válidos hasta aproximadamente el {date}. Después se necesitan valores nuevos.",
    ),
    (
        "deadline.dcv_token_expires.undated",
        "Los valores de validación del certificado son válidos durante unos {days} días. Después se necesitan valores nuevos.",
    ),
    (
        "deadline.moved_hostname_deleted",
        "Si {host} no vuelve a apuntar al servicio en los 7 días siguientes al cambio, se elimina.",
    ),
    (
        "deadline.renewal_window_opens",
        "La renovación automática del certificado empieza el {date}.",
    ),
    (
        "deadline.certificate_expires",
        "Si el certificado no se renueva antes del {date}, los visitantes verán una advertencia de seguridad.",
    ),
    ("dns.right", "Sus registros DNS son correctos."),
    (
        "dns.right.routing_unverifiable",
        "Sus registros de validación son correctos. El registro que hace que {host} apunte al servicio no se puede comprobar desde aquí.",
    ),
    (
        "dns.wrong",
        "Faltan algunos registros DNS o son incorrectos.",
    ),
    (
        "dns.inconclusive",
        "Algunos registros DNS no se pudieron comprobar en este momento.",
    ),
    ("dns.empty", "No se comprobó ningún registro DNS."),
    ("check.found", "Encontrado, con el valor correcto."),
    (
        "check.flattened",
        "{name} responde con las direcciones del servicio: el registro es correcto.",
    ),
    (
        "check.proxied_by_own_zone",
        "{name} pasa por el proxy de su propia cuenta de Cloudflare en lugar de apuntar a {expected}.",
    ),
    ("check.missing", "Todavía no se ha encontrado."),
    (
        "check.missing.ttl",
        "Todavía no se ha encontrado. Es posible que una respuesta anterior siga guardada en memoria hasta {seconds} segundos.",
    ),
    (
        "check.points_elsewhere",
        "{name} apunta a {found} en lugar de a {expected}.",
    ),
    (
        "check.addresses_instead_of_cname",
        "{name} tiene registros de dirección ({found}) en lugar de un registro CNAME que apunte a {expected}.",
    ),
    (
        "check.addresses_elsewhere",
        "{name} responde con {found}, no con las direcciones de {expected}.",
    ),
    (
        "check.quoted_value",
        "El valor se introdujo entre comillas. Quite las comillas.",
    ),
    (
        "check.other_values",
        "{name} tiene otros valores, pero no el que se necesita.",
    ),
    (
        "check.txt_beside_delegation",
        "Los registros TXT en {name} impiden que funcione el registro CNAME de ese nombre. Elimínelos.",
    ),
    (
        "check.txt_in_the_way",
        "Un registro TXT en {name} impide el registro CNAME. Elimínelo y añada el registro CNAME.",
    ),
    (
        "check.still_present",
        "{name} todavía tiene este registro ({found}). Elimínelo.",
    ),
    ("check.absent", "No existe: no hay nada que eliminar."),
    (
        "check.caa_forbids",
        "Los registros CAA en {name} no permiten la autoridad de certificación.",
    ),
    (
        "check.caa_allows",
        "Los registros CAA en {name} permiten la autoridad de certificación.",
    ),
    (
        "check.no_caa",
        "No hay registros CAA: cualquier autoridad de certificación puede emitir certificados.",
    ),
    (
        "check.lookup_failed",
        "No se pudo consultar este registro en este momento. No es culpa suya; se comprobará de nuevo más tarde.",
    ),
    (
        "check.not_needed",
        "Ya no se necesita: puede eliminarlo si todavía existe.",
    ),
    (
        "error.not_cname_to_zone",
        "{host} todavía no apunta al servicio. Es normal hasta que usted añada el registro.",
    ),
    (
        "error.a_records_not_owned",
        "{host} apunta a otras direcciones y no se encontró ningún registro de validación.",
    ),
    (
        "error.ownership_token_not_found",
        "No se encontró el registro TXT de validación para {host}.",
    ),
    (
        "error.held_zone",
        "Su dominio está bloqueado en Cloudflare. El propietario del dominio tiene que pedir que se quite el bloqueo.",
    ),
    (
        "error.caa_servfail",
        "Los servidores DNS de su dominio no respondieron a una comprobación del certificado (para registros CAA).",
    ),
    (
        "error.ca_dns_servfail",
        "Los servidores DNS de su dominio no respondieron a la autoridad de certificación.",
    ),
    (
        "error.dnssec_bogus",
        "La configuración DNSSEC de su dominio tiene errores, por eso no se puede confiar en sus respuestas DNS.",
    ),
    (
        "error.caa_multi_perspective",
        "Los registros CAA de su dominio no se pudieron leer desde algunos países.",
    ),
    (
        "error.mpic_corroboration_failed",
        "El DNS de su dominio dio respuestas diferentes en distintos países, por eso no se pudo confirmar el certificado.",
    ),
    (
        "error.caa_blocked",
        "Un registro CAA de su dominio no permite la autoridad de certificación.",
    ),
    (
        "error.provider_side",
        "Su proveedor de servicio tiene que corregir algo por su parte. Usted no tiene que hacer nada.",
    ),
    (
        "error.transient",
        "Hubo un problema temporal. Se vuelve a intentar automáticamente.",
    ),
    (
        "error.unrecognised",
        "Se recibió un mensaje inesperado. Su proveedor de servicio puede revisarlo.",
    ),
    (
        "record.routing_cname",
        "Hace que {host} apunte al servicio. Cuando este registro exista, se comprueba el nombre y los visitantes llegan al servicio.",
    ),
    (
        "record.routing_alias",
        "Hace que la raíz de su dominio apunte al servicio. Ahí no se permite un registro CNAME normal, así que use el registro ALIAS, ANAME o CNAME aplanado de su proveedor de DNS.",
    ),
    (
        "record.routing_alias_unconfirmed",
        "Hace que la raíz de su dominio apunte al servicio con un registro ALIAS, ANAME o CNAME aplanado. Si su proveedor de DNS no ofrece ninguno de ellos, use en su lugar un nombre como www.",
    ),
    (
        "record.routing_apex_ip",
        "Hace que la raíz de su dominio apunte a la dirección propia del servicio.",
    ),
    (
        "record.routing_keep",
        "Conserve este registro: envía a los visitantes al servicio.",
    ),
    (
        "record.remove_beside_routing",
        "Elimine este registro existente en {name}: no puede estar junto al nuevo registro.",
    ),
    (
        "record.remove_beside_routing_if_present",
        "Si {name} ya tiene registros {type}, elimínelos cuando añada el nuevo registro.",
    ),
    (
        "record.ownership_txt",
        "Demuestra que usted permite al servicio usar este nombre. Puede eliminarlo cuando el nombre esté conectado.",
    ),
    (
        "record.ownership_http",
        "Coloque este archivo en el sitio web que responde hoy en este nombre. Demuestra que el nombre es suyo antes del cambio.",
    ),
    (
        "record.ownership_removable",
        "Ya no se necesita: el nombre está confirmado. Puede eliminar este registro.",
    ),
    (
        "record.dcv_delegation",
        "Permite emitir y renovar el certificado automáticamente. Consérvelo.",
    ),
    (
        "record.dcv_txt",
        "Un valor de validación del certificado. Si varios valores tienen el mismo nombre, añádalos todos. Añádalos pronto: caducan después de unos días.",
    ),
    (
        "record.dcv_removable",
        "Ya no se necesita: el certificado está emitido. Puede eliminar este registro.",
    ),
    (
        "record.dcv_http",
        "Coloque este archivo en el sitio web que responde hoy en este nombre, para que el certificado esté listo antes del cambio.",
    ),
    (
        "record.dcv_email",
        "La autoridad de certificación envía un mensaje a una de estas direcciones. Ábralo y siga el enlace para aprobar el certificado.",
    ),
    (
        "record.dcv_cname",
        "Un registro de validación del certificado.",
    ),
    (
        "record.remove_stale_acme",
        "Elimine este registro en {name}: impide que funcione el registro del certificado.",
    ),
    (
        "record.remove_stale_acme_if_present",
        "Si {name} tiene registros TXT que quedaron de un certificado anterior, elimínelos.",
    ),
    (
        "record.remove_cname_beside_txt",
        "Elimine este registro CNAME en {name}: los valores de validación no pueden estar junto a él.",
    ),
    (
        "record.caa_add",
        "Sus registros CAA en {at} no permiten la autoridad de certificación. Añada este registro junto a ellos.",
    ),
    (
        "record.caa_if_present",
        "Solo si {at} o un nombre de nivel superior ya tiene registros CAA: añada también este.",
    ),
    (
        "record.caa_keep",
        "Conserve este registro: el certificado se renueva con él.",
    ),
    (
        "rule.http_200",
        "Responda con el estado 200 por http:// simple (puerto 80), sin redirigir a https.",
    ),
    (
        "rule.exact_body",
        "El archivo debe contener exactamente el valor indicado, nada más.",
    ),
    (
        "rule.user_agent",
        "No bloquee a los visitantes llamados \"Cloudflare Custom Hostname Verification\".",
    ),
    (
        "rule.well_known",
        "Mantenga accesible la carpeta /.well-known/, sin inicio de sesión y sin redirección.",
    ),
    (
        "order.simple",
        "Añada primero el registro que hace que {host} apunte al servicio. El certificado llega en pocos minutos.",
    ),
    (
        "order.simple_validation_first",
        "Añada primero los registros de validación y después el registro para la raíz de su dominio.",
    ),
    (
        "order.zero_downtime",
        "{host} ya muestra un sitio web. Añada primero los registros de validación y espere hasta que se confirmen. Solo entonces cambie el último registro, para que los visitantes no vean ninguna interrupción.",
    ),
    (
        "order.connected",
        "{host} está conectado. Conserve los registros marcados como \"Conservar\"; los demás se pueden quitar.",
    ),
    (
        "note.flattened_apex",
        "La raíz de su dominio no se puede comprobar a través de su registro, por eso se necesitan los registros de validación: añádalos primero.",
    ),
    (
        "note.http_dcv_automatic",
        "El certificado se emite automáticamente en cuanto el nombre apunta al servicio.",
    ),
    (
        "note.apex_no_flattening",
        "Su proveedor de DNS no puede hacer que la raíz de su dominio apunte a otro nombre. Use un nombre como www, o pida direcciones fijas a su proveedor de servicio.",
    ),
    ("render.title", "Registros DNS para {host}"),
    (
        "render.intro",
        "Haga estos cambios en la configuración DNS de {zone} para que {host} se pueda conectar.",
    ),
    (
        "render.intro.provider",
        "Haga estos cambios en la configuración DNS de {zone} en {provider} para que {host} se pueda conectar.",
    ),
    (
        "render.intro.service",
        "Haga estos cambios en la configuración DNS de {zone} para que {host} funcione con {service}.",
    ),
    (
        "render.intro.service_provider",
        "Haga estos cambios en la configuración DNS de {zone} en {provider} para que {host} funcione con {service}.",
    ),
    (
        "render.intro.connected",
        "Estos son los registros DNS de {host} en la configuración DNS de {zone}.",
    ),
    (
        "render.written_as",
        "{host} (se escribe {ascii} en la configuración DNS)",
    ),
    ("render.heading", "Paso {n}: {action} ({condition})"),
    ("render.heading.short", "Paso {n}: {action}"),
    ("render.why", "Por qué"),
    ("render.table.field", "Campo"),
    ("render.table.value", "Valor"),
    ("render.step", "Paso {n}"),
    ("render.at_provider", "En {provider}"),
    ("render.provider_help", "Ayuda de {provider}: {url}"),
    ("render.provider_help_link", "Ayuda de {provider}"),
    ("render.when.now", "Añadir ahora"),
    (
        "render.when.after_validation",
        "Añadir cuando los demás estén confirmados",
    ),
    ("render.when.if_present", "Solo si existe"),
    (
        "render.when.if_caa",
        "Solo si su dominio tiene registros CAA",
    ),
    ("render.when.optional", "Opcional"),
    ("render.when.keep", "Conservar"),
    ("render.when.removable", "Se puede eliminar"),
    ("render.action.add", "Añadir"),
    ("render.action.delete", "Eliminar"),
    ("render.action.serve", "Publicar este archivo"),
    ("render.action.approve", "Aprobar por correo electrónico"),
    ("render.field.type", "Tipo"),
    ("render.field.name", "Nombre / Host"),
    ("render.field.full_name", "Nombre completo"),
    ("render.field.value", "Valor / Contenido"),
    ("render.field.target", "Destino / Apunta a"),
    ("render.type.alias", "ALIAS / ANAME / CNAME aplanado"),
    ("render.field.ttl", "TTL"),
    ("render.field.url", "Dirección"),
    ("render.field.body", "Contenido"),
    ("render.field.emails", "Direcciones"),
    ("render.field.rules", "Reglas"),
    ("render.notes", "Información útil"),
    ("render.ttl.seconds.one", "{count} segundo"),
    ("render.ttl.seconds.other", "{count} segundos"),
    ("render.ttl.minutes.one", "{count} minuto"),
    ("render.ttl.minutes.other", "{count} minutos"),
    ("render.ttl.hours.one", "{count} hora"),
    ("render.ttl.hours.other", "{count} horas"),
    ("render.leave_blank", "(dejar vacío)"),
    (
        "warning.trimmed_whitespace",
        "Se quitaron los espacios alrededor del nombre.",
    ),
    (
        "warning.trimmed_joiner",
        "Se quitaron caracteres invisibles alrededor del nombre.",
    ),
    (
        "warning.trimmed_byte_order_mark",
        "Se quitó una marca invisible al principio o al final del nombre.",
    ),
    (
        "warning.removed_scheme",
        "Se quitó \"{scheme}://\": solo se necesita el nombre.",
    ),
    (
        "warning.removed_userinfo",
        "Se quitó la parte anterior a \"@\".",
    ),
    ("warning.removed_port", "Se quitó el puerto \":{port}\"."),
    (
        "warning.removed_path",
        "Se quitó la ruta que seguía al nombre.",
    ),
    (
        "warning.removed_query",
        "Se quitó la parte posterior a \"?\".",
    ),
    (
        "warning.removed_fragment",
        "Se quitó la parte posterior a \"#\".",
    ),
    (
        "warning.removed_trailing_dot",
        "Se quitó el punto del final.",
    ),
    ("warning.lowercased", "El nombre se pasó a minúsculas."),
    (
        "warning.converted_to_ascii",
        "Este nombre tiene caracteres especiales. Los proveedores de DNS pueden mostrarlo como {ascii}.",
    ),
    (
        "warning.mixed_script",
        "\"{label}\" mezcla alfabetos distintos. Compruebe que es el nombre que quiere.",
    ),
    (
        "warning.confusable",
        "\"{label}\" se parece a \"{lookalike}\". Compruebe que es el nombre que quiere.",
    ),
    (
        "warning.unknown_suffix",
        "\".{suffix}\" no es una terminación de dominio conocida. Compruebe la ortografía.",
    ),
    (
        "warning.private_suffix",
        "Este nombre está bajo {suffix}, que pertenece a otra empresa. Es posible que usted no pueda cambiar su DNS.",
    ),
    (
        "warning.apex",
        "{domain} es la raíz de un dominio. Algunos proveedores de DNS no pueden hacer que apunte al servicio; un nombre como www siempre funciona.",
    ),
];
