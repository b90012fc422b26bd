//! Customer catalogue: Brazilian Portuguese. Translated from en.rs (literal, short sentences; no native review yet).

pub(super) static ENTRIES: &[(&str, &str)] = &[
    ("term.the_hostname", "este nome"),
    (
        "term.service_target",
        "o endereço informado pelo seu provedor de serviço",
    ),
    ("term.and", "e"),
    ("date.format", "{day} de {month} de {year}, {time} UTC"),
    ("month.1", "janeiro"),
    ("month.2", "fevereiro"),
    ("month.3", "março"),
    ("month.4", "abril"),
    ("month.5", "maio"),
    ("month.6", "junho"),
    ("month.7", "julho"),
    ("month.8", "agosto"),
    ("month.9", "setembro"),
    ("month.10", "outubro"),
    ("month.11", "novembro"),
    ("month.12", "dezembro"),
    (
        "summary.awaiting_customer_dns",
        "{host} ainda não está conectado: alguns registros DNS ainda precisam ser adicionados ou corrigidos.",
    ),
    (
        "summary.awaiting_customer_dns.routing",
        "{host} está pronto do lado do serviço, mas o registro DNS dele ainda não aponta para o serviço.",
    ),
    (
        "summary.awaiting_customer_dns.caa",
        "Um registro CAA do seu domínio não permite o certificado para {host}.",
    ),
    (
        "summary.awaiting_customer_dns.proxied",
        "{host} passa pelo proxy de uma conta Cloudflare própria, por isso ainda não pode ser conectado.",
    ),
    (
        "summary.awaiting_customer_dns.email",
        "O certificado para {host} está aguardando aprovação por e-mail.",
    ),
    (
        "summary.awaiting_customer_dns.dns_error",
        "O certificado para {host} não pode ser emitido até que um problema no DNS do seu domínio seja corrigido.",
    ),
    (
        "summary.verifying_ownership",
        "Seus registros DNS para {host} parecem corretos. Eles estão sendo confirmados agora; você não precisa fazer nada.",
    ),
    (
        "summary.verifying_ownership.lookup_failed",
        "Não conseguimos verificar o DNS de {host} agora. Vamos tentar de novo; você não precisa fazer nada.",
    ),
    (
        "summary.validating_certificate",
        "Um certificado de segurança para {host} está sendo preparado; você não precisa fazer nada.",
    ),
    (
        "summary.issuing_certificate",
        "O certificado de segurança para {host} está sendo emitido; você não precisa fazer nada.",
    ),
    (
        "summary.deploying_certificate",
        "O certificado de segurança para {host} está sendo instalado; você não precisa fazer nada.",
    ),
    ("summary.active", "{host} está conectado e seguro."),
    (
        "summary.active.unchecked",
        "{host} está configurado do lado do serviço. Não foi verificado se o DNS dele aponta para o serviço.",
    ),
    (
        "summary.routing_unconfirmed",
        "{host} está pronto do lado do serviço, mas não conseguimos confirmar que o DNS dele aponta para o serviço.",
    ),
    (
        "summary.routing_unconfirmed.unverifiable",
        "{host} está pronto do lado do serviço, mas o registro DNS dele não pode ser verificado daqui.",
    ),
    (
        "summary.routing_unconfirmed.proxied",
        "{host} está pronto do lado do serviço, mas passa por uma conta própria da Cloudflare, por isso não podemos confirmar que os visitantes chegam ao serviço.",
    ),
    (
        "summary.active_needs_attention",
        "{host} está conectado, mas algo vai precisar da sua atenção em breve.",
    ),
    (
        "summary.active_needs_attention.renewal",
        "{host} está conectado. O certificado dele precisa de novos registros de validação para ser renovado.",
    ),
    (
        "summary.provider_action_required",
        "{host} está aguardando seu provedor de serviço corrigir algo do lado dele. Você não precisa fazer nada.",
    ),
    (
        "summary.timed_out",
        "A configuração de {host} parou antes de terminar. Seu provedor de serviço precisa iniciá-la de novo.",
    ),
    (
        "summary.blocked",
        "{host} não pode ser conectado no momento. Entre em contato com seu provedor de serviço.",
    ),
    (
        "summary.moved",
        "{host} não aponta mais para o serviço. Faça-o apontar de novo para o serviço, ou ele será removido.",
    ),
    ("summary.deleting", "{host} está sendo removido do serviço."),
    ("summary.deleted", "{host} foi removido do serviço."),
    (
        "summary.unknown",
        "O estado de {host} não está claro no momento. Seu provedor de serviço precisa verificar.",
    ),
    (
        "step.create_routing_record",
        "No seu provedor de DNS, adicione um registro CNAME para {host} que aponte para {target}.",
    ),
    (
        "step.create_routing_record_no_target",
        "No seu provedor de DNS, adicione um registro CNAME para {host} que aponte para o endereço informado pelo seu provedor de serviço.",
    ),
    (
        "step.create_routing_record_apex",
        "No seu provedor de DNS, faça {host} apontar para {target} com um registro ALIAS, ANAME ou CNAME achatado. Um registro CNAME comum não é permitido na raiz de um domínio.",
    ),
    (
        "step.restore_routing_record",
        "No seu provedor de DNS, faça {host} apontar de novo para {target}.",
    ),
    (
        "step.restore_routing_record_no_target",
        "No seu provedor de DNS, faça {host} apontar de novo para o endereço informado pelo seu provedor de serviço.",
    ),
    (
        "step.switch_routing_record",
        "Tudo está pronto: agora altere o registro DNS de {host} para que ele aponte para {target}.",
    ),
    (
        "step.add_ownership_txt",
        "Para conectar sem nenhuma interrupção, adicione um registro TXT com o nome {name} e o valor {value}.",
    ),
    (
        "step.serve_ownership_http",
        "Para conectar sem nenhuma interrupção, coloque em {url} um arquivo que contenha exatamente: {body}",
    ),
    (
        "step.add_dcv_delegation",
        "Adicione um registro CNAME com o nome {name} que aponte para {target}. Ele permite que o certificado seja emitido e renovado automaticamente.",
    ),
    (
        "step.add_dcv_txt.one",
        "Adicione um registro TXT com o nome {name} e o valor mostrado. O certificado é emitido assim que o registro for encontrado.",
    ),
    (
        "step.add_dcv_txt.other",
        "Adicione {count} registros TXT com o nome {name}, um para cada valor mostrado. O certificado é emitido assim que os registros forem encontrados.",
    ),
    (
        "step.add_dcv_txt_alternative.one",
        "Em vez do registro CNAME, você pode adicionar um registro TXT com o nome {name} e o valor mostrado.",
    ),
    (
        "step.add_dcv_txt_alternative.other",
        "Em vez do registro CNAME, você pode adicionar {count} registros TXT com o nome {name}, um para cada valor mostrado.",
    ),
    (
        "step.serve_dcv_http",
        "Para que o certificado esteja pronto antes da troca, coloque o arquivo mostrado em {url}.",
    ),
    (
        "step.approve_dcv_email",
        "Abra o e-mail enviado para um destes endereços e aprove o certificado: {emails}.",
    ),
    (
        "step.add_dcv_cname",
        "Adicione um registro CNAME com o nome {name} que aponte para {target}.",
    ),
    (
        "step.fix_dns_records.one",
        "Corrija este registro DNS no seu provedor de DNS.",
    ),
    (
        "step.fix_dns_records.other",
        "Corrija estes {count} registros DNS no seu provedor de DNS.",
    ),
    (
        "step.unproxy_own_zone",
        "{host} passa pelo proxy de uma conta Cloudflare sua. Nas configurações de DNS dessa conta, defina o registro de {host} como \"DNS only\" (somente DNS) e faça-o apontar para {target}, ou peça ao seu provedor de serviço para conectar as duas contas.",
    ),
    (
        "step.fix_dns_servers",
        "Peça ao seu provedor de DNS para garantir que o DNS do seu domínio responda de todos os países e que as configurações de DNSSEC sejam válidas.",
    ),
    (
        "step.allow_certificate_authority",
        "Altere os registros CAA do seu domínio para que a autoridade certificadora possa emitir o certificado, ou remova esses registros.",
    ),
    (
        "step.check_routing_unverifiable",
        "Verifique se {host} aponta para {target}. Isso não pode ser verificado automaticamente para este nome.",
    ),
    (
        "step.recheck_dns",
        "Não conseguimos consultar seu DNS agora. Ele será verificado de novo em alguns minutos; você não precisa fazer nada.",
    ),
    (
        "step.wait_for_cloudflare",
        "Você não precisa fazer nada: seus registros estão sendo confirmados automaticamente.",
    ),
    (
        "step.wait_for_certificate",
        "Você não precisa fazer nada: o certificado está a caminho.",
    ),
    (
        "step.wait_for_deletion",
        "Você não precisa fazer nada: a remoção termina sozinha.",
    ),
    (
        "step.wait_for_renewal",
        "Você não precisa fazer nada: o certificado é renovado automaticamente.",
    ),
    (
        "step.wait_for_provider",
        "Você não precisa fazer nada: seu provedor de serviço precisa agir primeiro.",
    ),
    (
        "step.update_renewal_tokens",
        "Para renovar o certificado, adicione os novos registros TXT com o nome {name}, ou o registro CNAME que o renova automaticamente.",
    ),
    (
        "step.keep_records",
        "Mantenha os registros marcados como \"Manter\": se você removê-los, {host} é desconectado ou o certificado dele deixa de ser renovado.",
    ),
    (
        "deadline.hostname_validation_ends",
        "Se {host} não for confirmado até {date}, as verificações param e seu provedor de serviço precisa começar de novo.",
    ),
    (
        "deadline.hostname_validation_ends.undated",
        "Se {host} não for confirmado em até 7 dias depois de ser adicionado, as verificações param e seu provedor de serviço precisa começar de novo.",
    ),
    (
        "deadline.dcv_token_expires",
        "Os valores de validação do certificado são válidos até cerca de {date}. Depois disso, novos valores são necessários.",
    ),
    (
        "deadline.dcv_token_expires.undated",
        "Os valores de validação do certificado são válidos por cerca de {days} dias. Depois disso, novos valores são necessários.",
    ),
    (
        "deadline.moved_hostname_deleted",
        "Se {host} não voltar a apontar para o serviço em até 7 dias depois da mudança, ele será removido.",
    ),
    (
        "deadline.renewal_window_opens",
        "A renovação automática do certificado começa em {date}.",
    ),
    (
        "deadline.certificate_expires",
        "Se o certificado não for renovado até {date}, os visitantes verão um aviso de segurança.",
    ),
    ("dns.right", "Seus registros DNS estão corretos."),
    (
        "dns.right.routing_unverifiable",
        "Seus registros de validação estão corretos. O registro que faz {host} apontar para o serviço não pode ser verificado daqui.",
    ),
    (
        "dns.wrong",
        "Alguns registros DNS estão faltando ou errados.",
    ),
    (
        "dns.inconclusive",
        "Alguns registros DNS não puderam ser verificados agora.",
    ),
    ("dns.empty", "Nenhum registro DNS foi verificado."),
    ("check.found", "Encontrado, com o valor correto."),
    (
        "check.flattened",
        "{name} responde com os endereços do serviço: o registro está correto.",
    ),
    (
        "check.proxied_by_own_zone",
        "{name} passa pelo proxy de uma conta Cloudflare própria em vez de apontar para {expected}.",
    ),
    ("check.missing", "Ainda não encontrado."),
    (
        "check.missing.ttl",
        "Ainda não encontrado. Uma resposta antiga ainda pode ficar guardada em memória por até {seconds} segundos.",
    ),
    (
        "check.points_elsewhere",
        "{name} aponta para {found} em vez de {expected}.",
    ),
    (
        "check.addresses_instead_of_cname",
        "{name} tem registros de endereço ({found}) em vez de um registro CNAME para {expected}.",
    ),
    (
        "check.addresses_elsewhere",
        "{name} responde com {found}, e não com os endereços de {expected}.",
    ),
    (
        "check.quoted_value",
        "O valor foi digitado entre aspas. Remova as aspas.",
    ),
    (
        "check.other_values",
        "{name} tem outros valores, mas não o valor necessário.",
    ),
    (
        "check.txt_beside_delegation",
        "Registros TXT em {name} impedem que o registro CNAME funcione ali. Exclua esses registros.",
    ),
    (
        "check.txt_in_the_way",
        "Um registro TXT em {name} está bloqueando o registro CNAME. Exclua o registro TXT e adicione o registro CNAME.",
    ),
    (
        "check.still_present",
        "{name} ainda tem este registro ({found}). Exclua-o.",
    ),
    ("check.absent", "Não existe: não há nada para excluir."),
    (
        "check.caa_forbids",
        "Os registros CAA em {name} não permitem a autoridade certificadora.",
    ),
    (
        "check.caa_allows",
        "Os registros CAA em {name} permitem a autoridade certificadora.",
    ),
    (
        "check.no_caa",
        "Nenhum registro CAA: qualquer autoridade certificadora pode emitir certificados.",
    ),
    (
        "check.lookup_failed",
        "Não foi possível consultar este registro agora. Não é culpa sua; ele será verificado de novo mais tarde.",
    ),
    (
        "check.not_needed",
        "Não é mais necessário: você pode excluí-lo se ele ainda existir.",
    ),
    (
        "error.not_cname_to_zone",
        "{host} ainda não aponta para o serviço. Isso é normal até você adicionar o registro.",
    ),
    (
        "error.a_records_not_owned",
        "{host} aponta para outros endereços e nenhum registro de validação foi encontrado.",
    ),
    (
        "error.ownership_token_not_found",
        "O registro TXT de validação para {host} não foi encontrado.",
    ),
    (
        "error.held_zone",
        "Seu domínio está bloqueado na Cloudflare. O dono do domínio precisa pedir a remoção do bloqueio.",
    ),
    (
        "error.caa_servfail",
        "Os servidores DNS do seu domínio não responderam a uma verificação de certificado (para registros CAA).",
    ),
    (
        "error.ca_dns_servfail",
        "Os servidores DNS do seu domínio não responderam à autoridade certificadora.",
    ),
    (
        "error.dnssec_bogus",
        "As configurações de DNSSEC do seu domínio estão com erro, por isso as respostas DNS dele não são confiáveis.",
    ),
    (
        "error.caa_multi_perspective",
        "Os registros CAA do seu domínio não puderam ser lidos de alguns países.",
    ),
    (
        "error.mpic_corroboration_failed",
        "O DNS do seu domínio deu respostas diferentes em países diferentes, por isso o certificado não pôde ser confirmado.",
    ),
    (
        "error.caa_blocked",
        "Um registro CAA do seu domínio não permite a autoridade certificadora.",
    ),
    (
        "error.provider_side",
        "Seu provedor de serviço precisa corrigir algo do lado dele. Você não precisa fazer nada.",
    ),
    (
        "error.transient",
        "Houve um problema temporário. Uma nova tentativa é feita automaticamente.",
    ),
    (
        "error.unrecognised",
        "Uma mensagem inesperada foi recebida. Seu provedor de serviço pode verificá-la.",
    ),
    (
        "record.routing_cname",
        "Faz {host} apontar para o serviço. Quando este registro existir, o nome é verificado e os visitantes chegam ao serviço.",
    ),
    (
        "record.routing_alias",
        "Faz a raiz do seu domínio apontar para o serviço. Um registro CNAME comum não é permitido ali, então use o registro ALIAS, ANAME ou CNAME achatado do seu provedor de DNS.",
    ),
    (
        "record.routing_alias_unconfirmed",
        "Faz a raiz do seu domínio apontar para o serviço com um registro ALIAS, ANAME ou CNAME achatado. Se o seu provedor de DNS não oferecer nenhum deles, use um nome como www.",
    ),
    (
        "record.routing_apex_ip",
        "Faz a raiz do seu domínio apontar para o endereço próprio do serviço.",
    ),
    (
        "record.routing_keep",
        "Mantenha este registro: ele leva os visitantes ao serviço.",
    ),
    (
        "record.remove_beside_routing",
        "Exclua este registro existente em {name}: ele não pode ficar ao lado do novo registro.",
    ),
    (
        "record.remove_beside_routing_if_present",
        "Se {name} já tiver registros {type}, exclua esses registros quando adicionar o novo registro.",
    ),
    (
        "record.ownership_txt",
        "Prova que você permite que o serviço use este nome. Você pode excluí-lo depois que o nome estiver conectado.",
    ),
    (
        "record.ownership_http",
        "Coloque este arquivo no site que responde neste nome hoje. Ele prova que o nome é seu antes da troca.",
    ),
    (
        "record.ownership_removable",
        "Não é mais necessário: o nome está confirmado. Você pode excluir este registro.",
    ),
    (
        "record.dcv_delegation",
        "Permite que o certificado seja emitido e renovado automaticamente. Mantenha este registro.",
    ),
    (
        "record.dcv_txt",
        "Um valor de validação do certificado. Se vários valores tiverem o mesmo nome, adicione todos. Adicione logo: eles expiram depois de alguns dias.",
    ),
    (
        "record.dcv_removable",
        "Não é mais necessário: o certificado foi emitido. Você pode excluir este registro.",
    ),
    (
        "record.dcv_http",
        "Coloque este arquivo no site que responde neste nome hoje, para que o certificado esteja pronto antes da troca.",
    ),
    (
        "record.dcv_email",
        "A autoridade certificadora envia uma mensagem para um destes endereços. Abra a mensagem e siga o link para aprovar o certificado.",
    ),
    (
        "record.dcv_cname",
        "Um registro de validação do certificado.",
    ),
    (
        "record.remove_stale_acme",
        "Exclua este registro em {name}: ele impede que o registro do certificado funcione.",
    ),
    (
        "record.remove_stale_acme_if_present",
        "Se {name} tiver registros TXT que sobraram de um certificado anterior, exclua esses registros.",
    ),
    (
        "record.remove_cname_beside_txt",
        "Exclua este registro CNAME em {name}: os valores de validação não podem ficar ao lado dele.",
    ),
    (
        "record.caa_add",
        "Seus registros CAA em {at} não permitem a autoridade certificadora. Adicione este registro junto com eles.",
    ),
    (
        "record.caa_if_present",
        "Somente se {at} ou um nome acima dele já tiver registros CAA: adicione este também.",
    ),
    (
        "record.caa_keep",
        "Mantenha este registro: o certificado é renovado com ele.",
    ),
    (
        "rule.http_200",
        "Responda com o status 200 por http:// simples (porta 80), sem redirecionar para https.",
    ),
    (
        "rule.exact_body",
        "O arquivo deve conter exatamente o valor mostrado, nada mais.",
    ),
    (
        "rule.user_agent",
        "Não bloqueie visitantes chamados \"Cloudflare Custom Hostname Verification\".",
    ),
    (
        "rule.well_known",
        "Mantenha a pasta /.well-known/ acessível, sem login e sem redirecionamento.",
    ),
    (
        "order.simple",
        "Primeiro adicione o registro que faz {host} apontar para o serviço. O certificado vem em poucos minutos.",
    ),
    (
        "order.simple_validation_first",
        "Primeiro adicione os registros de validação, depois o registro para a raiz do seu domínio.",
    ),
    (
        "order.zero_downtime",
        "{host} já mostra um site. Primeiro adicione os registros de validação e espere até que eles sejam confirmados. Só então altere o último registro, para que os visitantes não vejam nenhuma interrupção.",
    ),
    (
        "order.connected",
        "{host} está conectado. Mantenha os registros marcados como \"Manter\"; os outros podem ser removidos.",
    ),
    (
        "note.flattened_apex",
        "A raiz do seu domínio não pode ser verificada pelo registro dela, por isso os registros de validação são necessários: adicione-os primeiro.",
    ),
    (
        "note.http_dcv_automatic",
        "O certificado é emitido automaticamente assim que o nome apontar para o serviço.",
    ),
    (
        "note.apex_no_flattening",
        "Seu provedor de DNS não consegue fazer a raiz do seu domínio apontar para outro nome. Use um nome como www, ou peça endereços fixos ao seu provedor de serviço.",
    ),
    ("render.title", "Registros DNS para {host}"),
    (
        "render.intro",
        "Faça estas alterações nas configurações de DNS de {zone} para que {host} possa ser conectado.",
    ),
    (
        "render.intro.provider",
        "Faça estas alterações nas configurações de DNS de {zone} em {provider} para que {host} possa ser conectado.",
    ),
    (
        "render.intro.service",
        "Faça estas alterações nas configurações de DNS de {zone} para que {host} funcione com {service}.",
    ),
    (
        "render.intro.service_provider",
        "Faça estas alterações nas configurações de DNS de {zone} em {provider} para que {host} funcione com {service}.",
    ),
    (
        "render.intro.connected",
        "Estes são os registros DNS de {host} nas configurações de DNS de {zone}.",
    ),
    (
        "render.written_as",
        "{host} (escrito {ascii} nas configurações de DNS)",
    ),
    ("render.heading", "Passo {n}: {action} ({condition})"),
    ("render.heading.short", "Passo {n}: {action}"),
    ("render.why", "Por quê"),
    ("render.table.field", "Campo"),
    ("render.table.value", "Valor"),
    ("render.step", "Passo {n}"),
    ("render.at_provider", "Em {provider}"),
    ("render.provider_help", "Ajuda de {provider}: {url}"),
    ("render.provider_help_link", "Ajuda de {provider}"),
    ("render.when.now", "Adicionar agora"),
    (
        "render.when.after_validation",
        "Adicionar quando os outros estiverem confirmados",
    ),
    ("render.when.if_present", "Somente se existir"),
    (
        "render.when.if_caa",
        "Somente se o seu domínio tiver registros CAA",
    ),
    ("render.when.optional", "Opcional"),
    ("render.when.keep", "Manter"),
    ("render.when.removable", "Pode ser excluído"),
    ("render.action.add", "Adicionar"),
    ("render.action.delete", "Excluir"),
    ("render.action.serve", "Publicar este arquivo"),
    ("render.action.approve", "Aprovar por e-mail"),
    ("render.field.type", "Tipo"),
    ("render.field.name", "Nome / Host"),
    ("render.field.full_name", "Nome completo"),
    ("render.field.value", "Valor / Conteúdo"),
    ("render.field.target", "Destino / Aponta para"),
    ("render.type.alias", "ALIAS / ANAME / CNAME achatado"),
    ("render.field.ttl", "TTL"),
    ("render.field.url", "Endereço"),
    ("render.field.body", "Conteúdo"),
    ("render.field.emails", "Endereços"),
    ("render.field.rules", "Regras"),
    ("render.notes", "Bom saber"),
    ("render.ttl.seconds.one", "{count} segundo"),
    ("render.ttl.seconds.other", "{count} segundos"),
    ("render.ttl.minutes.one", "{count} minuto"),
    ("render.ttl.minutes.other", "{count} minutos"),
    ("render.ttl.hours.one", "{count} hora"),
    ("render.ttl.hours.other", "{count} horas"),
    ("render.leave_blank", "(deixe em branco)"),
    (
        "warning.trimmed_whitespace",
        "Os espaços em volta do nome foram removidos.",
    ),
    (
        "warning.trimmed_joiner",
        "Caracteres invisíveis em volta do nome foram removidos.",
    ),
    (
        "warning.trimmed_byte_order_mark",
        "Uma marca invisível no início ou no fim do nome foi removida.",
    ),
    (
        "warning.removed_scheme",
        "\"{scheme}://\" foi removido: só o nome é necessário.",
    ),
    (
        "warning.removed_userinfo",
        "A parte antes de \"@\" foi removida.",
    ),
    ("warning.removed_port", "A porta \":{port}\" foi removida."),
    (
        "warning.removed_path",
        "O caminho depois do nome foi removido.",
    ),
    (
        "warning.removed_query",
        "A parte depois de \"?\" foi removida.",
    ),
    (
        "warning.removed_fragment",
        "A parte depois de \"#\" foi removida.",
    ),
    (
        "warning.removed_trailing_dot",
        "O ponto no final foi removido.",
    ),
    (
        "warning.lowercased",
        "O nome foi convertido para letras minúsculas.",
    ),
    (
        "warning.converted_to_ascii",
        "Este nome tem caracteres especiais. Os provedores de DNS podem mostrá-lo como {ascii}.",
    ),
    (
        "warning.mixed_script",
        "\"{label}\" mistura alfabetos diferentes. Verifique se é o nome que você quer.",
    ),
    (
        "warning.confusable",
        "\"{label}\" parece \"{lookalike}\". Verifique se é o nome que você quer.",
    ),
    (
        "warning.unknown_suffix",
        "\".{suffix}\" não é uma terminação de domínio conhecida. Verifique a grafia.",
    ),
    (
        "warning.private_suffix",
        "Este nome fica sob {suffix}, que pertence a outra empresa. Talvez você não tenha permissão para alterar o DNS dele.",
    ),
    (
        "warning.apex",
        "{domain} é a raiz de um domínio. Alguns provedores de DNS não conseguem fazê-la apontar para o serviço; um nome como www sempre funciona.",
    ),
];
