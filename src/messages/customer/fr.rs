//! Customer catalogue: French. Translated from en.rs (literal, short sentences; no native review yet).

pub(super) static ENTRIES: &[(&str, &str)] = &[
    ("term.the_hostname", "ce nom"),
    (
        "term.service_target",
        "l'adresse que votre fournisseur de service vous a donnée",
    ),
    ("term.and", "et"),
    ("date.format", "{day} {month} {year}, {time} UTC"),
    ("month.1", "janvier"),
    ("month.2", "février"),
    ("month.3", "mars"),
    ("month.4", "avril"),
    ("month.5", "mai"),
    ("month.6", "juin"),
    ("month.7", "juillet"),
    ("month.8", "août"),
    ("month.9", "septembre"),
    ("month.10", "octobre"),
    ("month.11", "novembre"),
    ("month.12", "décembre"),
    (
        "summary.awaiting_customer_dns",
        "{host} n'est pas encore connecté : certains enregistrements DNS doivent encore être ajoutés ou corrigés.",
    ),
    (
        "summary.awaiting_customer_dns.routing",
        "{host} est prêt du côté du service, mais son enregistrement DNS ne pointe pas encore vers le service.",
    ),
    (
        "summary.awaiting_customer_dns.caa",
        "Un enregistrement CAA de votre domaine n'autorise pas le certificat pour {host}.",
    ),
    (
        "summary.awaiting_customer_dns.proxied",
        "{host} passe par le proxy de son propre compte Cloudflare. Il ne peut donc pas encore être connecté.",
    ),
    (
        "summary.awaiting_customer_dns.email",
        "Le certificat pour {host} attend une approbation par e-mail.",
    ),
    (
        "summary.awaiting_customer_dns.dns_error",
        "Le certificat pour {host} ne peut pas être émis tant qu'un problème avec le DNS de votre domaine n'est pas corrigé.",
    ),
    (
        "summary.verifying_ownership",
        "Vos enregistrements DNS pour {host} semblent corrects. Ils sont en cours de confirmation ; vous n'avez rien à faire.",
    ),
    (
        "summary.verifying_ownership.lookup_failed",
        "Nous n'avons pas pu vérifier le DNS de {host} pour le moment. Nous allons réessayer ; vous n'avez rien à faire.",
    ),
    (
        "summary.validating_certificate",
        "Un certificat de sécurité pour {host} est en cours de préparation ; vous n'avez rien à faire.",
    ),
    (
        "summary.issuing_certificate",
        "Le certificat de sécurité pour {host} est en cours d'émission ; vous n'avez rien à faire.",
    ),
    (
        "summary.deploying_certificate",
        "Le certificat de sécurité pour {host} est en cours d'installation ; vous n'avez rien à faire.",
    ),
    ("summary.active", "{host} est connecté et sécurisé."),
    (
        "summary.active.unchecked",
        "{host} est configuré du côté du service. Nous n'avons pas vérifié si son DNS pointe vers le service.",
    ),
    (
        "summary.routing_unconfirmed",
        "{host} est prêt du côté du service, mais nous n'avons pas pu confirmer que son DNS pointe vers le service.",
    ),
    (
        "summary.routing_unconfirmed.unverifiable",
        "{host} est prêt du côté du service, mais son enregistrement DNS ne peut pas être vérifié d'ici.",
    ),
    (
        "summary.routing_unconfirmed.proxied",
        "{host} est prêt du côté du service, mais il passe par un compte Cloudflare qui lui est propre. Nous ne pouvons donc pas confirmer que les visiteurs atteignent le service.",
    ),
    (
        "summary.active_needs_attention",
        "{host} est connecté, mais un point demandera bientôt votre attention.",
    ),
    (
        "summary.active_needs_attention.renewal",
        "{host} est connecté. Son certificat a besoin de nouveaux enregistrements de validation pour être renouvelé.",
    ),
    (
        "summary.provider_action_required",
        "{host} attend que votre fournisseur de service corrige quelque chose de son côté. Vous n'avez rien à faire.",
    ),
    (
        "summary.timed_out",
        "La configuration de {host} s'est arrêtée avant la fin. Votre fournisseur de service doit la relancer.",
    ),
    (
        "summary.blocked",
        "{host} ne peut pas être connecté pour le moment. Contactez votre fournisseur de service.",
    ),
    (
        "summary.moved",
        "{host} ne pointe plus vers le service. Faites-le pointer de nouveau vers le service, sinon il sera supprimé.",
    ),
    (
        "summary.deleting",
        "{host} est en cours de suppression du service.",
    ),
    ("summary.deleted", "{host} a été supprimé du service."),
    (
        "summary.unknown",
        "L'état de {host} n'est pas clair pour le moment. Votre fournisseur de service doit l'examiner.",
    ),
    (
        "step.create_routing_record",
        "Chez votre fournisseur DNS, ajoutez un enregistrement CNAME pour {host} qui pointe vers {target}.",
    ),
    (
        "step.create_routing_record_no_target",
        "Chez votre fournisseur DNS, ajoutez un enregistrement CNAME pour {host} qui pointe vers l'adresse que votre fournisseur de service vous a donnée.",
    ),
    (
        "step.create_routing_record_apex",
        "Chez votre fournisseur DNS, faites pointer {host} vers {target} avec un enregistrement ALIAS, ANAME ou CNAME aplati. Un enregistrement CNAME simple n'est pas autorisé à la racine d'un domaine.",
    ),
    (
        "step.restore_routing_record",
        "Chez votre fournisseur DNS, faites de nouveau pointer {host} vers {target}.",
    ),
    (
        "step.restore_routing_record_no_target",
        "Chez votre fournisseur DNS, faites de nouveau pointer {host} vers l'adresse que votre fournisseur de service vous a donnée.",
    ),
    (
        "step.switch_routing_record",
        "Tout est prêt : modifiez maintenant l'enregistrement DNS de {host} pour qu'il pointe vers {target}.",
    ),
    (
        "step.add_ownership_txt",
        "Pour vous connecter sans interruption, ajoutez un enregistrement TXT nommé {name} avec la valeur {value}.",
    ),
    (
        "step.serve_ownership_http",
        "Pour vous connecter sans interruption, placez à l'adresse {url} un fichier qui contient exactement : {body}",
    ),
    (
        "step.add_dcv_delegation",
        "Ajoutez un enregistrement CNAME nommé {name} qui pointe vers {target}. Il permet d'émettre et de renouveler le certificat automatiquement.",
    ),
    (
        "step.add_dcv_txt.one",
        "Ajoutez un enregistrement TXT nommé {name} avec la valeur indiquée. Le certificat est émis dès que cet enregistrement est trouvé.",
    ),
    (
        "step.add_dcv_txt.other",
        "Ajoutez {count} enregistrements TXT nommés {name}, un pour chaque valeur indiquée. Le certificat est émis dès que ces enregistrements sont trouvés.",
    ),
    (
        "step.add_dcv_txt_alternative.one",
        "Au lieu de l'enregistrement CNAME, vous pouvez ajouter un enregistrement TXT nommé {name} avec la valeur indiquée.",
    ),
    (
        "step.add_dcv_txt_alternative.other",
        "Au lieu de l'enregistrement CNAME, vous pouvez ajouter {count} enregistrements TXT nommés {name}, un pour chaque valeur indiquée.",
    ),
    (
        "step.serve_dcv_http",
        "Pour que le certificat soit prêt avant le changement, placez le fichier indiqué à l'adresse {url}.",
    ),
    (
        "step.approve_dcv_email",
        "Ouvrez l'e-mail envoyé à l'une de ces adresses et approuvez le certificat : {emails}.",
    ),
    (
        "step.add_dcv_cname",
        "Ajoutez un enregistrement CNAME nommé {name} qui pointe vers {target}.",
    ),
    (
        "step.fix_dns_records.one",
        "Corrigez cet enregistrement DNS chez votre fournisseur DNS.",
    ),
    (
        "step.fix_dns_records.other",
        "Corrigez ces {count} enregistrements DNS chez votre fournisseur DNS.",
    ),
    (
        "step.unproxy_own_zone",
        "{host} passe par le proxy de votre propre compte Cloudflare. Dans les paramètres DNS de ce compte, réglez l'enregistrement de {host} sur \"DNS only\" (DNS uniquement) et faites-le pointer vers {target}, ou demandez à votre fournisseur de service de relier les deux comptes.",
    ),
    (
        "step.fix_dns_servers",
        "Demandez à votre fournisseur DNS de vérifier que le DNS de votre domaine répond depuis tous les pays et que ses paramètres DNSSEC sont valides.",
    ),
    (
        "step.allow_certificate_authority",
        "Modifiez les enregistrements CAA de votre domaine pour que l'autorité de certification puisse émettre le certificat, ou supprimez-les.",
    ),
    (
        "step.check_routing_unverifiable",
        "Vérifiez que {host} pointe vers {target}. Cela ne peut pas être vérifié automatiquement pour ce nom.",
    ),
    (
        "step.recheck_dns",
        "Nous n'avons pas pu consulter votre DNS pour le moment. Il sera vérifié de nouveau dans quelques minutes ; vous n'avez rien à faire.",
    ),
    (
        "step.wait_for_cloudflare",
        "Vous n'avez rien à faire : vos enregistrements sont confirmés automatiquement.",
    ),
    (
        "step.wait_for_certificate",
        "Vous n'avez rien à faire : le certificat est en préparation.",
    ),
    (
        "step.wait_for_deletion",
        "Vous n'avez rien à faire : la suppression se termine toute seule.",
    ),
    (
        "step.wait_for_renewal",
        "Vous n'avez rien à faire : le certificat se renouvelle automatiquement.",
    ),
    (
        "step.wait_for_provider",
        "Vous n'avez rien à faire : votre fournisseur de service doit d'abord agir.",
    ),
    (
        "step.update_renewal_tokens",
        "Pour renouveler le certificat, ajoutez les nouveaux enregistrements TXT nommés {name}, ou l'enregistrement CNAME qui le renouvelle automatiquement.",
    ),
    (
        "step.keep_records",
        "Conservez les enregistrements marqués « À conserver » : si vous les supprimez, {host} est déconnecté ou son certificat n'est plus renouvelé.",
    ),
    (
        "deadline.hostname_validation_ends",
        "Si {host} n'est pas confirmé d'ici le {date}, les vérifications s'arrêtent et votre fournisseur de service doit recommencer.",
    ),
    (
        "deadline.hostname_validation_ends.undated",
        "Si {host} n'est pas confirmé dans les 7 jours qui suivent son ajout, les vérifications s'arrêtent et votre fournisseur de service doit recommencer.",
    ),
    (
        "deadline.dcv_token_expires",
        "Les valeurs de validation du certificat sont valables jusqu'au {date} environ. Ensuite, de nouvelles valeurs sont nécessaires.",
    ),
    (
        "deadline.dcv_token_expires.undated",
        "Les valeurs de validation du certificat sont valables environ {days} jours. Ensuite, de nouvelles valeurs sont nécessaires.",
    ),
    (
        "deadline.moved_hostname_deleted",
        "Si {host} ne pointe pas de nouveau vers le service dans les 7 jours qui suivent son changement, il est supprimé.",
    ),
    (
        "deadline.renewal_window_opens",
        "Le renouvellement automatique du certificat commence le {date}.",
    ),
    (
        "deadline.certificate_expires",
        "Si le certificat n'est pas renouvelé d'ici le {date}, les visiteurs verront un avertissement de sécurité.",
    ),
    ("dns.right", "Vos enregistrements DNS sont corrects."),
    (
        "dns.right.routing_unverifiable",
        "Vos enregistrements de validation sont corrects. L'enregistrement qui fait pointer {host} vers le service ne peut pas être vérifié d'ici.",
    ),
    (
        "dns.wrong",
        "Certains enregistrements DNS sont manquants ou incorrects.",
    ),
    (
        "dns.inconclusive",
        "Certains enregistrements DNS n'ont pas pu être vérifiés pour le moment.",
    ),
    ("dns.empty", "Aucun enregistrement DNS n'a été vérifié."),
    ("check.found", "Trouvé, avec la bonne valeur."),
    (
        "check.flattened",
        "{name} répond avec les adresses du service : l'enregistrement est correct.",
    ),
    (
        "check.proxied_by_own_zone",
        "{name} passe par le proxy de son propre compte Cloudflare au lieu de pointer vers {expected}.",
    ),
    ("check.missing", "Pas encore trouvé."),
    (
        "check.missing.ttl",
        "Pas encore trouvé. Une ancienne réponse peut encore être gardée en mémoire pendant {seconds} secondes au maximum.",
    ),
    (
        "check.points_elsewhere",
        "{name} pointe vers {found} au lieu de {expected}.",
    ),
    (
        "check.addresses_instead_of_cname",
        "{name} a des enregistrements d'adresse ({found}) au lieu d'un enregistrement CNAME vers {expected}.",
    ),
    (
        "check.addresses_elsewhere",
        "{name} répond avec {found}, et non avec les adresses de {expected}.",
    ),
    (
        "check.quoted_value",
        "La valeur a été saisie entre guillemets. Supprimez les guillemets.",
    ),
    (
        "check.other_values",
        "{name} a d'autres valeurs, mais pas celle qui est nécessaire.",
    ),
    (
        "check.txt_beside_delegation",
        "Les enregistrements TXT sur {name} empêchent l'enregistrement CNAME de fonctionner à cet endroit. Supprimez-les.",
    ),
    (
        "check.txt_in_the_way",
        "Un enregistrement TXT sur {name} bloque l'enregistrement CNAME. Supprimez-le et ajoutez l'enregistrement CNAME.",
    ),
    (
        "check.still_present",
        "{name} a encore cet enregistrement ({found}). Supprimez-le.",
    ),
    ("check.absent", "Absent : rien à supprimer."),
    (
        "check.caa_forbids",
        "Les enregistrements CAA sur {name} n'autorisent pas l'autorité de certification.",
    ),
    (
        "check.caa_allows",
        "Les enregistrements CAA sur {name} autorisent l'autorité de certification.",
    ),
    (
        "check.no_caa",
        "Aucun enregistrement CAA : toute autorité de certification peut émettre un certificat.",
    ),
    (
        "check.lookup_failed",
        "Cet enregistrement n'a pas pu être consulté pour le moment. Ce n'est pas de votre faute ; il sera vérifié de nouveau plus tard.",
    ),
    (
        "check.not_needed",
        "N'est plus nécessaire : vous pouvez le supprimer s'il existe encore.",
    ),
    (
        "error.not_cname_to_zone",
        "{host} ne pointe pas encore vers le service. C'est normal tant que vous n'avez pas ajouté l'enregistrement.",
    ),
    (
        "error.a_records_not_owned",
        "{host} pointe vers d'autres adresses et aucun enregistrement de validation n'a été trouvé.",
    ),
    (
        "error.ownership_token_not_found",
        "L'enregistrement TXT de validation pour {host} n'a pas été trouvé.",
    ),
    (
        "error.held_zone",
        "Votre domaine est bloqué chez Cloudflare. Le propriétaire du domaine doit faire lever ce blocage.",
    ),
    (
        "error.caa_servfail",
        "Les serveurs DNS de votre domaine n'ont pas répondu à une vérification de certificat (pour les enregistrements CAA).",
    ),
    (
        "error.ca_dns_servfail",
        "Les serveurs DNS de votre domaine n'ont pas répondu à l'autorité de certification.",
    ),
    (
        "error.dnssec_bogus",
        "Les paramètres DNSSEC de votre domaine sont défectueux. On ne peut donc pas faire confiance à ses réponses DNS.",
    ),
    (
        "error.caa_multi_perspective",
        "Les enregistrements CAA de votre domaine n'ont pas pu être lus depuis certains pays.",
    ),
    (
        "error.mpic_corroboration_failed",
        "Le DNS de votre domaine a donné des réponses différentes selon les pays. Le certificat n'a donc pas pu être confirmé.",
    ),
    (
        "error.caa_blocked",
        "Un enregistrement CAA de votre domaine n'autorise pas l'autorité de certification.",
    ),
    (
        "error.provider_side",
        "Votre fournisseur de service doit corriger quelque chose de son côté. Vous n'avez rien à faire.",
    ),
    (
        "error.transient",
        "Il y a eu un problème temporaire. Une nouvelle tentative est faite automatiquement.",
    ),
    (
        "error.unrecognised",
        "Un message inattendu a été signalé. Votre fournisseur de service peut l'examiner.",
    ),
    (
        "record.routing_cname",
        "Fait pointer {host} vers le service. Une fois cet enregistrement en place, le nom est vérifié et les visiteurs arrivent sur le service.",
    ),
    (
        "record.routing_alias",
        "Fait pointer la racine de votre domaine vers le service. Un enregistrement CNAME simple n'y est pas autorisé. Utilisez donc l'enregistrement ALIAS, ANAME ou CNAME aplati de votre fournisseur DNS.",
    ),
    (
        "record.routing_alias_unconfirmed",
        "Fait pointer la racine de votre domaine vers le service avec un enregistrement ALIAS, ANAME ou CNAME aplati. Si votre fournisseur DNS ne propose aucun de ces enregistrements, utilisez plutôt un nom comme www.",
    ),
    (
        "record.routing_apex_ip",
        "Fait pointer la racine de votre domaine vers l'adresse propre du service.",
    ),
    (
        "record.routing_keep",
        "Conservez cet enregistrement : il envoie les visiteurs vers le service.",
    ),
    (
        "record.remove_beside_routing",
        "Supprimez cet enregistrement existant sur {name} : il ne peut pas rester à côté du nouvel enregistrement.",
    ),
    (
        "record.remove_beside_routing_if_present",
        "Si {name} a déjà des enregistrements {type}, supprimez-les quand vous ajoutez le nouvel enregistrement.",
    ),
    (
        "record.ownership_txt",
        "Prouve que vous autorisez le service à utiliser ce nom. Vous pouvez le supprimer une fois le nom connecté.",
    ),
    (
        "record.ownership_http",
        "Placez ce fichier sur le site web qui répond aujourd'hui à ce nom. Il prouve, avant le changement, que ce nom vous appartient.",
    ),
    (
        "record.ownership_removable",
        "N'est plus nécessaire : le nom est confirmé. Vous pouvez supprimer cet enregistrement.",
    ),
    (
        "record.dcv_delegation",
        "Permet d'émettre et de renouveler le certificat automatiquement. Conservez-le.",
    ),
    (
        "record.dcv_txt",
        "Une valeur de validation du certificat. Si plusieurs valeurs ont le même nom, ajoutez-les toutes. Ajoutez-les rapidement : elles expirent après quelques jours.",
    ),
    (
        "record.dcv_removable",
        "N'est plus nécessaire : le certificat est émis. Vous pouvez supprimer cet enregistrement.",
    ),
    (
        "record.dcv_http",
        "Placez ce fichier sur le site web qui répond aujourd'hui à ce nom, pour que le certificat soit prêt avant le changement.",
    ),
    (
        "record.dcv_email",
        "L'autorité de certification envoie un message à l'une de ces adresses. Ouvrez-le et suivez le lien pour approuver le certificat.",
    ),
    (
        "record.dcv_cname",
        "Un enregistrement de validation du certificat.",
    ),
    (
        "record.remove_stale_acme",
        "Supprimez cet enregistrement sur {name} : il empêche l'enregistrement du certificat de fonctionner.",
    ),
    (
        "record.remove_stale_acme_if_present",
        "Si {name} a des enregistrements TXT restés d'un ancien certificat, supprimez-les.",
    ),
    (
        "record.remove_cname_beside_txt",
        "Supprimez cet enregistrement CNAME sur {name} : les valeurs de validation ne peuvent pas exister à côté de lui.",
    ),
    (
        "record.caa_add",
        "Vos enregistrements CAA sur {at} n'autorisent pas l'autorité de certification. Ajoutez cet enregistrement à côté d'eux.",
    ),
    (
        "record.caa_if_present",
        "Seulement si {at} ou un nom de niveau supérieur a déjà des enregistrements CAA : ajoutez aussi celui-ci.",
    ),
    (
        "record.caa_keep",
        "Conservez cet enregistrement : il sert au renouvellement du certificat.",
    ),
    (
        "rule.http_200",
        "Répondez avec le statut 200 en http:// simple (port 80), sans redirection vers https.",
    ),
    (
        "rule.exact_body",
        "Le fichier doit contenir exactement la valeur indiquée, rien de plus.",
    ),
    (
        "rule.user_agent",
        "Ne bloquez pas les visiteurs nommés \"Cloudflare Custom Hostname Verification\".",
    ),
    (
        "rule.well_known",
        "Laissez le dossier /.well-known/ accessible, sans connexion et sans redirection.",
    ),
    (
        "order.simple",
        "Ajoutez d'abord l'enregistrement qui fait pointer {host} vers le service. Le certificat suit en quelques minutes.",
    ),
    (
        "order.simple_validation_first",
        "Ajoutez d'abord les enregistrements de validation, puis l'enregistrement pour la racine de votre domaine.",
    ),
    (
        "order.zero_downtime",
        "{host} affiche déjà un site web. Ajoutez d'abord les enregistrements de validation et attendez qu'ils soient confirmés. Modifiez seulement ensuite le dernier enregistrement, pour que les visiteurs ne voient aucune interruption.",
    ),
    (
        "order.connected",
        "{host} est connecté. Conservez les enregistrements marqués « À conserver » ; les autres peuvent être supprimés.",
    ),
    (
        "note.flattened_apex",
        "La racine de votre domaine ne peut pas être vérifiée par son enregistrement. Les enregistrements de validation sont donc nécessaires : ajoutez-les d'abord.",
    ),
    (
        "note.http_dcv_automatic",
        "Le certificat est émis automatiquement dès que le nom pointe vers le service.",
    ),
    (
        "note.apex_no_flattening",
        "Votre fournisseur DNS ne peut pas faire pointer la racine de votre domaine vers un autre nom. Utilisez un nom comme www, ou demandez des adresses fixes à votre fournisseur de service.",
    ),
    ("render.title", "Enregistrements DNS pour {host}"),
    (
        "render.intro",
        "Faites ces modifications dans les paramètres DNS de {zone} pour que {host} puisse être connecté.",
    ),
    (
        "render.intro.provider",
        "Faites ces modifications dans les paramètres DNS de {zone} chez {provider} pour que {host} puisse être connecté.",
    ),
    (
        "render.intro.service",
        "Faites ces modifications dans les paramètres DNS de {zone} pour que {host} fonctionne avec {service}.",
    ),
    (
        "render.intro.service_provider",
        "Faites ces modifications dans les paramètres DNS de {zone} chez {provider} pour que {host} fonctionne avec {service}.",
    ),
    (
        "render.intro.connected",
        "Voici les enregistrements DNS de {host} dans les paramètres DNS de {zone}.",
    ),
    (
        "render.written_as",
        "{host} (écrit {ascii} dans les paramètres DNS)",
    ),
    ("render.heading", "Étape {n} : {action} ({condition})"),
    ("render.heading.short", "Étape {n} : {action}"),
    ("render.why", "Pourquoi"),
    ("render.table.field", "Champ"),
    ("render.table.value", "Valeur"),
    ("render.step", "Étape {n}"),
    ("render.at_provider", "Chez {provider}"),
    ("render.provider_help", "Aide de {provider} : {url}"),
    ("render.provider_help_link", "Aide de {provider}"),
    ("render.when.now", "À ajouter maintenant"),
    (
        "render.when.after_validation",
        "À ajouter une fois les autres confirmés",
    ),
    ("render.when.if_present", "Seulement s'il existe"),
    (
        "render.when.if_caa",
        "Seulement si votre domaine a des enregistrements CAA",
    ),
    ("render.when.optional", "Facultatif"),
    ("render.when.keep", "À conserver"),
    ("render.when.removable", "Peut être supprimé"),
    ("render.action.add", "Ajouter"),
    ("render.action.delete", "Supprimer"),
    ("render.action.serve", "Mettre ce fichier en ligne"),
    ("render.action.approve", "Approuver par e-mail"),
    ("render.field.type", "Type"),
    ("render.field.name", "Nom / Hôte"),
    ("render.field.full_name", "Nom complet"),
    ("render.field.value", "Valeur / Contenu"),
    ("render.field.target", "Cible / Pointe vers"),
    ("render.type.alias", "ALIAS / ANAME / CNAME aplati"),
    ("render.field.ttl", "TTL"),
    ("render.field.url", "Adresse"),
    ("render.field.body", "Contenu"),
    ("render.field.emails", "Adresses"),
    ("render.field.rules", "Règles"),
    ("render.notes", "Bon à savoir"),
    ("render.ttl.seconds.one", "{count} seconde"),
    ("render.ttl.seconds.other", "{count} secondes"),
    ("render.ttl.minutes.one", "{count} minute"),
    ("render.ttl.minutes.other", "{count} minutes"),
    ("render.ttl.hours.one", "{count} heure"),
    ("render.ttl.hours.other", "{count} heures"),
    ("render.leave_blank", "(laisser vide)"),
    (
        "warning.trimmed_whitespace",
        "Les espaces autour du nom ont été supprimés.",
    ),
    (
        "warning.trimmed_joiner",
        "Des caractères invisibles autour du nom ont été supprimés.",
    ),
    (
        "warning.trimmed_byte_order_mark",
        "Une marque invisible au début ou à la fin du nom a été supprimée.",
    ),
    (
        "warning.removed_scheme",
        "« {scheme}:// » a été supprimé : seul le nom est nécessaire.",
    ),
    (
        "warning.removed_userinfo",
        "La partie avant « @ » a été supprimée.",
    ),
    (
        "warning.removed_port",
        "Le port « :{port} » a été supprimé.",
    ),
    (
        "warning.removed_path",
        "Le chemin après le nom a été supprimé.",
    ),
    (
        "warning.removed_query",
        "La partie après « ? » a été supprimée.",
    ),
    (
        "warning.removed_fragment",
        "La partie après « # » a été supprimée.",
    ),
    (
        "warning.removed_trailing_dot",
        "Le point à la fin a été supprimé.",
    ),
    ("warning.lowercased", "Le nom a été converti en minuscules."),
    (
        "warning.converted_to_ascii",
        "Ce nom contient des caractères spéciaux. Les fournisseurs DNS peuvent l'afficher sous la forme {ascii}.",
    ),
    (
        "warning.mixed_script",
        "« {label} » mélange plusieurs alphabets. Vérifiez que c'est bien le nom voulu.",
    ),
    (
        "warning.confusable",
        "« {label} » ressemble à « {lookalike} ». Vérifiez que c'est bien le nom voulu.",
    ),
    (
        "warning.unknown_suffix",
        "« .{suffix} » n'est pas une fin de nom de domaine connue. Vérifiez l'orthographe.",
    ),
    (
        "warning.private_suffix",
        "Ce nom se trouve sous {suffix}, qui appartient à une autre entreprise. Il est possible que vous n'ayez pas le droit de modifier son DNS.",
    ),
    (
        "warning.apex",
        "{domain} est la racine d'un domaine. Certains fournisseurs DNS ne peuvent pas la faire pointer vers le service ; un nom comme www fonctionne toujours.",
    ),
];
