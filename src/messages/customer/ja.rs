//! Customer catalogue: Japanese. Translated from en.rs (literal, short sentences; no native review yet).

pub(super) static ENTRIES: &[(&str, &str)] = &[
    ("term.the_hostname", "この名前"),
    (
        "term.service_target",
        "サービス提供者から伝えられたアドレス",
    ),
    ("term.and", "と"),
    ("date.format", "{year}年{month}{day}日 {time} UTC"),
    ("month.1", "1月"),
    ("month.2", "2月"),
    ("month.3", "3月"),
    ("month.4", "4月"),
    ("month.5", "5月"),
    ("month.6", "6月"),
    ("month.7", "7月"),
    ("month.8", "8月"),
    ("month.9", "9月"),
    ("month.10", "10月"),
    ("month.11", "11月"),
    ("month.12", "12月"),
    (
        "summary.awaiting_customer_dns",
        "{host}はまだ接続されていません。一部のDNSレコードを追加または修正する必要があります。",
    ),
    (
        "summary.awaiting_customer_dns.routing",
        "{host}はサービス側では準備ができていますが、そのDNSレコードはまだサービスを指していません。",
    ),
    (
        "summary.awaiting_customer_dns.caa",
        "お使いのドメインのCAAレコードが、{host}の証明書を許可していません。",
    ),
    (
        "summary.awaiting_customer_dns.proxied",
        "{host}は独自のCloudflareアカウントのプロキシを経由しているため、まだ接続できません。",
    ),
    (
        "summary.awaiting_customer_dns.email",
        "{host}の証明書は、メールでの承認を待っています。",
    ),
    (
        "summary.awaiting_customer_dns.dns_error",
        "お使いのドメインのDNSの問題が解決されるまで、{host}の証明書は発行できません。",
    ),
    (
        "summary.verifying_ownership",
        "{host}のDNSレコードは正しいようです。現在確認中です。お客様の操作は必要ありません。",
    ),
    (
        "summary.verifying_ownership.lookup_failed",
        "現在、{host}のDNSを確認できませんでした。もう一度確認します。お客様の操作は必要ありません。",
    ),
    (
        "summary.validating_certificate",
        "{host}のセキュリティ証明書を準備しています。お客様の操作は必要ありません。",
    ),
    (
        "summary.issuing_certificate",
        "{host}のセキュリティ証明書を発行しています。お客様の操作は必要ありません。",
    ),
    (
        "summary.deploying_certificate",
        "{host}のセキュリティ証明書をインストールしています。お客様の操作は必要ありません。",
    ),
    ("summary.active", "{host}は接続済みで、安全です。"),
    (
        "summary.active.unchecked",
        "{host}はサービス側で設定済みです。そのDNSがサービスを指しているかどうかは確認していません。",
    ),
    (
        "summary.routing_unconfirmed",
        "{host}はサービス側では準備ができていますが、そのDNSがサービスを指していることを確認できませんでした。",
    ),
    (
        "summary.routing_unconfirmed.unverifiable",
        "{host}はサービス側では準備ができていますが、そのDNSレコードはここからは確認できません。",
    ),
    (
        "summary.routing_unconfirmed.proxied",
        "{host}はサービス側では準備ができていますが、独自のCloudflareアカウントを経由しているため、訪問者がサービスに届くことを確認できません。",
    ),
    (
        "summary.active_needs_attention",
        "{host}は接続されていますが、近いうちに対応が必要なことがあります。",
    ),
    (
        "summary.active_needs_attention.renewal",
        "{host}は接続されています。証明書を更新するには、新しい検証用レコードが必要です。",
    ),
    (
        "summary.provider_action_required",
        "{host}は、サービス提供者が提供者側の問題を修正するのを待っています。お客様の操作は必要ありません。",
    ),
    (
        "summary.timed_out",
        "{host}の設定は完了する前に停止しました。サービス提供者が設定をやり直す必要があります。",
    ),
    (
        "summary.blocked",
        "{host}は現在接続できません。サービス提供者にお問い合わせください。",
    ),
    (
        "summary.moved",
        "{host}はサービスを指さなくなりました。もう一度サービスを指すように設定してください。設定しない場合は削除されます。",
    ),
    ("summary.deleting", "{host}をサービスから削除しています。"),
    ("summary.deleted", "{host}はサービスから削除されました。"),
    (
        "summary.unknown",
        "{host}の状態は現在不明です。サービス提供者による確認が必要です。",
    ),
    (
        "step.create_routing_record",
        "DNSプロバイダーで、{host}のCNAMEレコードを追加し、{target}を指すように設定してください。",
    ),
    (
        "step.create_routing_record_no_target",
        "DNSプロバイダーで、{host}のCNAMEレコードを追加し、サービス提供者から伝えられたアドレスを指すように設定してください。",
    ),
    (
        "step.create_routing_record_apex",
        "DNSプロバイダーで、ALIAS、ANAME、またはフラット化されたCNAMEレコードを使って、{host}が{target}を指すように設定してください。ドメインの最上位では、通常のCNAMEレコードは使用できません。",
    ),
    (
        "step.restore_routing_record",
        "DNSプロバイダーで、{host}がもう一度{target}を指すように設定してください。",
    ),
    (
        "step.restore_routing_record_no_target",
        "DNSプロバイダーで、{host}がもう一度サービス提供者から伝えられたアドレスを指すように設定してください。",
    ),
    (
        "step.switch_routing_record",
        "すべての準備ができました。{host}のDNSレコードを変更して、{target}を指すようにしてください。",
    ),
    (
        "step.add_ownership_txt",
        "停止時間なしで接続するには、名前が{name}、値が{value}のTXTレコードを追加してください。",
    ),
    (
        "step.serve_ownership_http",
        "停止時間なしで接続するには、{url}にファイルを置いてください。ファイルの内容は、正確に次のとおりにしてください：{body}",
    ),
    (
        "step.add_dcv_delegation",
        "名前が{name}で、{target}を指すCNAMEレコードを追加してください。これにより、証明書が自動的に発行・更新されます。",
    ),
    (
        "step.add_dcv_txt.one",
        "名前が{name}で、表示されている値を持つTXTレコードを追加してください。このレコードが見つかると、証明書が発行されます。",
    ),
    (
        "step.add_dcv_txt.other",
        "名前が{name}のTXTレコードを{count}件追加してください。表示されている値ごとに1件ずつです。これらのレコードが見つかると、証明書が発行されます。",
    ),
    (
        "step.add_dcv_txt_alternative.one",
        "CNAMEレコードの代わりに、名前が{name}で、表示されている値を持つTXTレコードを追加することもできます。",
    ),
    (
        "step.add_dcv_txt_alternative.other",
        "CNAMEレコードの代わりに、名前が{name}のTXTレコードを{count}件（表示されている値ごとに1件ずつ）追加することもできます。",
    ),
    (
        "step.serve_dcv_http",
        "切り替える前に証明書を準備しておくには、表示されているファイルを{url}に置いてください。",
    ),
    (
        "step.approve_dcv_email",
        "次のいずれかのアドレスに送信されたメールを開き、証明書を承認してください：{emails}。",
    ),
    (
        "step.add_dcv_cname",
        "名前が{name}で、{target}を指すCNAMEレコードを追加してください。",
    ),
    (
        "step.fix_dns_records.one",
        "DNSプロバイダーで、このDNSレコードを修正してください。",
    ),
    (
        "step.fix_dns_records.other",
        "DNSプロバイダーで、これら{count}件のDNSレコードを修正してください。",
    ),
    (
        "step.unproxy_own_zone",
        "{host}は、お客様ご自身のCloudflareアカウントのプロキシを経由しています。そのアカウントのDNS設定で{host}のレコードを\"DNS only\"（DNSのみ）にして{target}を指すように設定するか、2つのアカウントを接続するようサービス提供者に依頼してください。",
    ),
    (
        "step.fix_dns_servers",
        "お使いのドメインのDNSがすべての国から応答すること、そしてDNSSECの設定が有効であることを確認するよう、DNSプロバイダーに依頼してください。",
    ),
    (
        "step.allow_certificate_authority",
        "認証局が証明書を発行できるように、ドメインのCAAレコードを変更するか、CAAレコードを削除してください。",
    ),
    (
        "step.check_routing_unverifiable",
        "{host}が{target}を指していることを確認してください。この名前については、自動で確認することができません。",
    ),
    (
        "step.recheck_dns",
        "現在、お客様のDNSを確認できませんでした。数分後にもう一度確認します。お客様の操作は必要ありません。",
    ),
    (
        "step.wait_for_cloudflare",
        "お客様の操作は必要ありません。レコードは自動的に確認されます。",
    ),
    (
        "step.wait_for_certificate",
        "お客様の操作は必要ありません。証明書は準備中です。",
    ),
    (
        "step.wait_for_deletion",
        "お客様の操作は必要ありません。削除は自動的に完了します。",
    ),
    (
        "step.wait_for_renewal",
        "お客様の操作は必要ありません。証明書は自動的に更新されます。",
    ),
    (
        "step.wait_for_provider",
        "お客様の操作は必要ありません。まずサービス提供者が対応する必要があります。",
    ),
    (
        "step.update_renewal_tokens",
        "証明書を更新するには、名前が{name}の新しいTXTレコードを追加するか、証明書を自動的に更新するCNAMEレコードを追加してください。",
    ),
    (
        "step.keep_records",
        "「残す」と表示されたレコードは削除しないでください。削除すると、{host}の接続が切れるか、証明書が更新されなくなります。",
    ),
    (
        "deadline.hostname_validation_ends",
        "{date}までに{host}が確認されない場合、確認は停止し、サービス提供者が最初からやり直す必要があります。",
    ),
    (
        "deadline.hostname_validation_ends.undated",
        "追加されてから7日以内に{host}が確認されない場合、確認は停止し、サービス提供者が最初からやり直す必要があります。",
    ),
    (
        "deadline.dcv_token_expires",
        "証明書の検証用の値は、{date}頃まで有効です。その後は新しい値が必要になります。",
    ),
    (
        "deadline.dcv_token_expires.undated",
        "証明書の検証用の値は、約{days}日間有効です。その後は新しい値が必要になります。",
    ),
    (
        "deadline.moved_hostname_deleted",
        "{host}が別の場所を指すようになってから7日以内にもう一度サービスを指さない場合、この名前は削除されます。",
    ),
    (
        "deadline.renewal_window_opens",
        "証明書の自動更新は{date}に始まります。",
    ),
    (
        "deadline.certificate_expires",
        "{date}までに証明書が更新されない場合、訪問者にセキュリティ警告が表示されます。",
    ),
    ("dns.right", "DNSレコードは正しく設定されています。"),
    (
        "dns.right.routing_unverifiable",
        "検証用レコードは正しく設定されています。{host}をサービスに向けるレコードは、ここからは確認できません。",
    ),
    (
        "dns.wrong",
        "一部のDNSレコードが見つからないか、間違っています。",
    ),
    (
        "dns.inconclusive",
        "一部のDNSレコードは、現在確認できませんでした。",
    ),
    ("dns.empty", "確認したDNSレコードはありません。"),
    ("check.found", "見つかりました。値も正しいです。"),
    (
        "check.flattened",
        "{name}はサービスのアドレスで応答しています。レコードは正しいです。",
    ),
    (
        "check.proxied_by_own_zone",
        "{name}は{expected}を指さずに、独自のCloudflareアカウントのプロキシを経由しています。",
    ),
    ("check.missing", "まだ見つかりません。"),
    (
        "check.missing.ttl",
        "まだ見つかりません。古い応答が最大{seconds}秒間保存されたままになっている可能性があります。",
    ),
    (
        "check.points_elsewhere",
        "{name}は{expected}ではなく{found}を指しています。",
    ),
    (
        "check.addresses_instead_of_cname",
        "{name}には、{expected}を指すCNAMEレコードではなく、アドレスのレコード（{found}）があります。",
    ),
    (
        "check.addresses_elsewhere",
        "{name}は{expected}のアドレスではなく、{found}で応答しています。",
    ),
    (
        "check.quoted_value",
        "値が引用符で囲まれて入力されています。引用符を削除してください。",
    ),
    (
        "check.other_values",
        "{name}には他の値がありますが、必要な値はありません。",
    ),
    (
        "check.txt_beside_delegation",
        "{name}にあるTXTレコードのため、そこにあるCNAMEレコードが機能しません。TXTレコードを削除してください。",
    ),
    (
        "check.txt_in_the_way",
        "{name}にあるTXTレコードが妨げになっています。TXTレコードを削除して、CNAMEレコードを追加してください。",
    ),
    (
        "check.still_present",
        "{name}にはまだこのレコード（{found}）があります。削除してください。",
    ),
    ("check.absent", "ありません。削除するものはありません。"),
    (
        "check.caa_forbids",
        "{name}のCAAレコードは、認証局を許可していません。",
    ),
    (
        "check.caa_allows",
        "{name}のCAAレコードは、認証局を許可しています。",
    ),
    (
        "check.no_caa",
        "CAAレコードはありません。どの認証局でも証明書を発行できます。",
    ),
    (
        "check.lookup_failed",
        "現在、このレコードを確認できませんでした。お客様の問題ではありません。後でもう一度確認します。",
    ),
    (
        "check.not_needed",
        "もう必要ありません。まだ残っている場合は削除してかまいません。",
    ),
    (
        "error.not_cname_to_zone",
        "{host}はまだサービスを指していません。レコードを追加するまでは、これは正常な状態です。",
    ),
    (
        "error.a_records_not_owned",
        "{host}は別のアドレスを指しており、検証用レコードも見つかりませんでした。",
    ),
    (
        "error.ownership_token_not_found",
        "{host}の検証用TXTレコードが見つかりませんでした。",
    ),
    (
        "error.held_zone",
        "お使いのドメインはCloudflareで保留状態になっています。ドメインの所有者が保留を解除してもらう必要があります。",
    ),
    (
        "error.caa_servfail",
        "お使いのドメインのDNSサーバーが、証明書の確認（CAAレコードの確認）に応答しませんでした。",
    ),
    (
        "error.ca_dns_servfail",
        "お使いのドメインのDNSサーバーが、認証局に応答しませんでした。",
    ),
    (
        "error.dnssec_bogus",
        "お使いのドメインのDNSSEC設定に問題があるため、そのDNSの応答を信頼できません。",
    ),
    (
        "error.caa_multi_perspective",
        "一部の国から、お使いのドメインのCAAレコードを読み取れませんでした。",
    ),
    (
        "error.mpic_corroboration_failed",
        "お使いのドメインのDNSが国によって異なる応答を返したため、証明書を確認できませんでした。",
    ),
    (
        "error.caa_blocked",
        "お使いのドメインのCAAレコードが、認証局を許可していません。",
    ),
    (
        "error.provider_side",
        "サービス提供者が提供者側で問題を修正する必要があります。お客様の操作は必要ありません。",
    ),
    (
        "error.transient",
        "一時的な問題が発生しました。自動的に再試行されます。",
    ),
    (
        "error.unrecognised",
        "予期しないメッセージを受け取りました。サービス提供者が確認できます。",
    ),
    (
        "record.routing_cname",
        "{host}をサービスに向けます。このレコードが設定されると、名前が確認され、訪問者がサービスにアクセスできるようになります。",
    ),
    (
        "record.routing_alias",
        "ドメインの最上位をサービスに向けます。そこでは通常のCNAMEレコードは使用できないため、DNSプロバイダーのALIAS、ANAME、またはフラット化されたCNAMEレコードを使用してください。",
    ),
    (
        "record.routing_alias_unconfirmed",
        "ALIAS、ANAME、またはフラット化されたCNAMEレコードで、ドメインの最上位をサービスに向けます。DNSプロバイダーがこれらのどれも提供していない場合は、代わりにwwwなどの名前を使用してください。",
    ),
    (
        "record.routing_apex_ip",
        "ドメインの最上位を、サービス自身のアドレスに向けます。",
    ),
    (
        "record.routing_keep",
        "このレコードは削除しないでください。訪問者をサービスに送るためのレコードです。",
    ),
    (
        "record.remove_beside_routing",
        "{name}にあるこの既存のレコードを削除してください。新しいレコードと同時に存在することはできません。",
    ),
    (
        "record.remove_beside_routing_if_present",
        "{name}にすでに{type}レコードがある場合は、新しいレコードを追加するときにそれらを削除してください。",
    ),
    (
        "record.ownership_txt",
        "お客様がこの名前の使用をサービスに許可していることを証明します。名前が接続された後は削除してかまいません。",
    ),
    (
        "record.ownership_http",
        "現在この名前で応答しているウェブサイトに、このファイルを置いてください。切り替える前に、お客様がこの名前の所有者であることを証明します。",
    ),
    (
        "record.ownership_removable",
        "もう必要ありません。名前は確認済みです。このレコードは削除してかまいません。",
    ),
    (
        "record.dcv_delegation",
        "証明書を自動的に発行・更新できるようにします。このレコードは削除しないでください。",
    ),
    (
        "record.dcv_txt",
        "証明書の検証用の値です。同じ名前の値が複数ある場合は、すべて追加してください。数日で期限が切れるため、早めに追加してください。",
    ),
    (
        "record.dcv_removable",
        "もう必要ありません。証明書は発行済みです。このレコードは削除してかまいません。",
    ),
    (
        "record.dcv_http",
        "切り替える前に証明書を準備しておくため、現在この名前で応答しているウェブサイトにこのファイルを置いてください。",
    ),
    (
        "record.dcv_email",
        "認証局が次のいずれかのアドレスにメッセージを送信します。そのメッセージを開き、リンクを開いて承認してください。",
    ),
    ("record.dcv_cname", "証明書の検証用レコードです。"),
    (
        "record.remove_stale_acme",
        "{name}にあるこのレコードを削除してください。このレコードがあると、証明書用のレコードが機能しません。",
    ),
    (
        "record.remove_stale_acme_if_present",
        "{name}に以前の証明書のTXTレコードが残っている場合は、削除してください。",
    ),
    (
        "record.remove_cname_beside_txt",
        "{name}にあるこのCNAMEレコードを削除してください。このレコードがあると、同じ名前に検証用の値を置くことができません。",
    ),
    (
        "record.caa_add",
        "{at}にあるCAAレコードは、認証局を許可していません。既存のCAAレコードに加えて、このレコードを追加してください。",
    ),
    (
        "record.caa_if_present",
        "{at}またはその上位の名前にすでにCAAレコードがある場合のみ、このレコードも追加してください。",
    ),
    (
        "record.caa_keep",
        "このレコードは削除しないでください。証明書の更新に使われます。",
    ),
    (
        "rule.http_200",
        "通常のhttp://（ポート80）でステータス200を返してください。httpsへのリダイレクトはしないでください。",
    ),
    (
        "rule.exact_body",
        "ファイルには、表示されている値だけを正確に入れてください。それ以外は何も入れないでください。",
    ),
    (
        "rule.user_agent",
        "\"Cloudflare Custom Hostname Verification\"という名前の訪問者をブロックしないでください。",
    ),
    (
        "rule.well_known",
        "/.well-known/フォルダーには、ログインやリダイレクトなしでアクセスできるようにしてください。",
    ),
    (
        "order.simple",
        "まず、{host}をサービスに向けるレコードを追加してください。証明書は数分以内に発行されます。",
    ),
    (
        "order.simple_validation_first",
        "まず検証用レコードを追加し、その後でドメインの最上位のレコードを追加してください。",
    ),
    (
        "order.zero_downtime",
        "{host}ではすでにウェブサイトが公開されています。まず検証用レコードを追加し、確認されるまで待ってください。その後で最後のレコードを変更してください。こうすると、訪問者にとって中断がありません。",
    ),
    (
        "order.connected",
        "{host}は接続されています。「残す」と表示されたレコードは削除しないでください。その他のレコードは削除してかまいません。",
    ),
    (
        "note.flattened_apex",
        "ドメインの最上位は、そのレコードでは確認できません。そのため検証用レコードが必要です。先に検証用レコードを追加してください。",
    ),
    (
        "note.http_dcv_automatic",
        "名前がサービスを指すようになると、証明書は自動的に発行されます。",
    ),
    (
        "note.apex_no_flattening",
        "お使いのDNSプロバイダーでは、ドメインの最上位を別の名前に向けることができません。wwwなどの名前を使用するか、固定アドレスをサービス提供者に依頼してください。",
    ),
    ("render.title", "{host}のDNSレコード"),
    (
        "render.intro",
        "{host}を接続できるように、{zone}のDNS設定で次の変更を行ってください。",
    ),
    (
        "render.intro.provider",
        "{host}を接続できるように、{provider}で{zone}のDNS設定に次の変更を行ってください。",
    ),
    (
        "render.intro.service",
        "{host}が{service}で使えるように、{zone}のDNS設定で次の変更を行ってください。",
    ),
    (
        "render.intro.service_provider",
        "{host}が{service}で使えるように、{provider}で{zone}のDNS設定に次の変更を行ってください。",
    ),
    (
        "render.intro.connected",
        "{zone}のDNS設定にある{host}のDNSレコードは次のとおりです。",
    ),
    ("render.written_as", "{host}（DNS設定では{ascii}と表記）"),
    ("render.heading", "手順{n}：{action}（{condition}）"),
    ("render.heading.short", "手順{n}：{action}"),
    ("render.why", "理由"),
    ("render.table.field", "項目"),
    ("render.table.value", "値"),
    ("render.step", "手順{n}"),
    ("render.at_provider", "{provider}での設定"),
    ("render.provider_help", "{provider}のヘルプ：{url}"),
    ("render.provider_help_link", "{provider}のヘルプ"),
    ("render.when.now", "今すぐ追加"),
    (
        "render.when.after_validation",
        "他のレコードが確認されてから追加",
    ),
    ("render.when.if_present", "ある場合のみ"),
    ("render.when.if_caa", "ドメインにCAAレコードがある場合のみ"),
    ("render.when.optional", "任意"),
    ("render.when.keep", "残す"),
    ("render.when.removable", "削除可能"),
    ("render.action.add", "追加"),
    ("render.action.delete", "削除"),
    ("render.action.serve", "このファイルを公開"),
    ("render.action.approve", "メールで承認"),
    ("render.field.type", "タイプ"),
    ("render.field.name", "名前 / ホスト"),
    ("render.field.full_name", "完全な名前"),
    ("render.field.value", "値 / 内容"),
    ("render.field.target", "ターゲット / 参照先"),
    ("render.type.alias", "ALIAS / ANAME / フラット化されたCNAME"),
    ("render.field.ttl", "TTL"),
    ("render.field.url", "アドレス"),
    ("render.field.body", "内容"),
    ("render.field.emails", "アドレス"),
    ("render.field.rules", "ルール"),
    ("render.notes", "補足情報"),
    ("render.ttl.seconds.one", "{count}秒"),
    ("render.ttl.seconds.other", "{count}秒"),
    ("render.ttl.minutes.one", "{count}分"),
    ("render.ttl.minutes.other", "{count}分"),
    ("render.ttl.hours.one", "{count}時間"),
    ("render.ttl.hours.other", "{count}時間"),
    ("render.leave_blank", "（空欄のまま）"),
    (
        "warning.trimmed_whitespace",
        "名前の前後の空白を削除しました。",
    ),
    (
        "warning.trimmed_joiner",
        "名前の前後にある見えない文字を削除しました。",
    ),
    (
        "warning.trimmed_byte_order_mark",
        "名前の先頭または末尾にある見えない記号を削除しました。",
    ),
    (
        "warning.removed_scheme",
        "「{scheme}://」を削除しました。必要なのは名前だけです。",
    ),
    (
        "warning.removed_userinfo",
        "「@」より前の部分を削除しました。",
    ),
    ("warning.removed_port", "ポート「:{port}」を削除しました。"),
    ("warning.removed_path", "名前の後ろのパスを削除しました。"),
    ("warning.removed_query", "「?」より後の部分を削除しました。"),
    (
        "warning.removed_fragment",
        "「#」より後の部分を削除しました。",
    ),
    (
        "warning.removed_trailing_dot",
        "末尾のドットを削除しました。",
    ),
    ("warning.lowercased", "名前を小文字に変換しました。"),
    (
        "warning.converted_to_ascii",
        "この名前には特殊な文字が含まれています。DNSプロバイダーでは{ascii}と表示される場合があります。",
    ),
    (
        "warning.mixed_script",
        "「{label}」には複数の種類の文字が混ざっています。意図した名前かどうか確認してください。",
    ),
    (
        "warning.confusable",
        "「{label}」は「{lookalike}」に似ています。意図した名前かどうか確認してください。",
    ),
    (
        "warning.unknown_suffix",
        "「.{suffix}」は既知のドメインの末尾ではありません。つづりを確認してください。",
    ),
    (
        "warning.private_suffix",
        "この名前は{suffix}の下にあります。このドメインは別の会社のものです。お客様がそのDNSを変更できない可能性があります。",
    ),
    (
        "warning.apex",
        "{domain}はドメインの最上位です。一部のDNSプロバイダーでは、これをサービスに向けることができません。wwwなどの名前であれば常に使用できます。",
    ),
];
